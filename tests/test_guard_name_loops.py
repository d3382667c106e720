"""A name the briefing gives its subject, said in the heading, the summary and a key point, is no
repetition loop, though the sources never write it in one run: the facts backend names a product
with its maker ("Tarvik" + "Secure Ledger Management Console (SLMC)"), and three facts briefings of
622 unlabelled pages were refused as loops on such a name, so never published. A name said again
and again inside one text, or plain words across texts, are still loops. Fictional sentences."""

from __future__ import annotations

from veilleur.brief.guard import guard_briefing
from veilleur.brief.guard.repetition import loop
from veilleur.models import Briefing, KeyPoint, Vulnerability

SOURCE = (
    "Tarvik is warning that a serious flaw in the Secure Ledger Management Console (SLMC) has been "
    "exploited in the wild. The vulnerability, tracked as CVE-2026-31337, has a CVSS score of 7.5. "
    "Tarvik said it has released a patch and urged customers to apply the update."
)
NAME = "Tarvik Secure Ledger Management Console (SLMC)"


def test_a_products_full_name_in_three_fields_is_no_loop() -> None:
    briefing = Briefing(
        heading=f"Vulnérabilité : {NAME} (CVE-2026-31337)",
        summary=(
            f"Une vulnérabilité touche {NAME}. Le score CVSS de la faille est de 7,5 ; "
            "la faille est activement exploitée ; un correctif est disponible."
        ),
        key_points=[
            KeyPoint(label="Produit", text=f"Vulnérabilité dans {NAME}."),
            KeyPoint(label="Gravité", text="Score CVSS de 7,5."),
            KeyPoint(label="Exploitation", text="Exploitation active signalée."),
        ],
        vulnerabilities=[Vulnerability(cve="CVE-2026-31337", text="Score CVSS 7,5.")],
    )
    _cleaned, report = guard_briefing(briefing, [SOURCE], [], min_words=30, model=False)
    assert report.rejected == [] and report.removed == [], report


def test_a_name_said_again_and_again_in_one_text_is_still_a_loop() -> None:
    assert loop([f"{NAME}, " * 3], [SOURCE]) is not None


def test_plain_words_across_texts_are_still_a_loop() -> None:
    texts = [f"Point {n} : les attaquants ont pris le contrôle des serveurs." for n in range(3)]
    assert loop(texts, [SOURCE]) is not None


def test_the_playbooks_advice_as_written_is_not_checked_as_a_fact() -> None:
    """Our advice "surveiller les flux entre les deux": no "two" of the article to find. A
    recommendation of another wording still states nothing the sources lack."""
    from veilleur.brief.playbook import advice_texts

    advice = next(text for text in advice_texts() if "entre les deux" in text)
    briefing = Briefing(
        heading="Vulnérabilité : Secure Ledger Management Console (SLMC)",
        summary="Une vulnérabilité touche Secure Ledger Management Console (SLMC).",
        key_points=[KeyPoint(label="Gravité", text="Score CVSS de 7,5.")],
        recommendations=[
            KeyPoint(label="Systèmes industriels", text=advice),
            KeyPoint(label="Correctifs", text="Appliquer les trois correctifs publiés."),
        ],
    )
    cleaned, report = guard_briefing(briefing, [SOURCE], [], min_words=10, model=False)
    assert [p.text for p in cleaned.recommendations] == [advice]
    assert [r.reasons for r in report.removed] == [["number absent from the sources: trois"]]


def test_a_plain_run_said_in_every_field_is_a_loop_though_one_field_capitalises_it() -> None:
    # A name only where it is written as one: the heading's Title Case made the same words, said
    # plainly in three other fields, pass as a name's run.
    sentence = "les attaquants ont chiffré les serveurs du groupe"
    texts = [
        "Les Attaquants Ont Chiffré Les Serveurs Du Groupe",
        f"Hier, {sentence}.",
        f"Selon le rapport, {sentence}.",
        f"Et {sentence}.",
    ]
    assert loop(texts, ["The attackers encrypted the group's servers."]) is not None
