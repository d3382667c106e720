"""Who a complaint is filed with is a name the sentence writes as one: an all-capitals sentence has
a capital on every word, so "FILED A COMPLAINT WITH THE POLICE AND NOTIFIED THE DATA PROTECTION
AUTHORITY" names no one (the briefing said "Une plainte a été déposée (POLICE AND NOTIFIED THE DATA
PROTECTION AUTHORITY)"), and a Title Case line's capitalised "And" ends the name. Fictional
sentences written for the test."""

from __future__ import annotations

import pytest

from veilleur.enrich.response import find_response


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        ("THE HOSPITAL FILED A COMPLAINT WITH THE POLICE AND NOTIFIED THE DATA PROTECTION AUTHORITY.", ""),
        ("UNE PLAINTE A ÉTÉ DÉPOSÉE AUPRÈS DE LA POLICE FÉDÉRALE ET LA CNIL A ÉTÉ INFORMÉE.", ""),
        ("Hospital Filed A Complaint With The Federal Police And Notified The Regulator", "Federal Police"),
        (
            "The hospital filed a complaint with the Federal Police and notified the regulator.",
            "Federal Police",
        ),
        ("Une plainte a été déposée auprès de la Police fédérale, a indiqué la clinique.", "de la Police"),
    ],
)
def test_a_complaint_names_whom_it_was_filed_with_only_as_a_name(sentence: str, to: str) -> None:
    complaint = {r.kind: r.amount for r in find_response(sentence)}["complaint"]
    assert complaint == to
