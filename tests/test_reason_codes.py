"""Priority reasons are records worded from their code: every reason `prioritise` gives reads, once
written as the English text releases before stored, back as the same record through revision 22
(so an upgraded store says its old reasons in French too); a text of no known shape stays as written."""

from __future__ import annotations

import importlib

from veilleur.config import WatchlistConfig
from veilleur.enrich.priority import prioritise
from veilleur.models import PriorityReason, ReasonCode
from veilleur.models.intel import ImpactRecord, Intel
from veilleur.publish import labels

r0022 = importlib.import_module("veilleur.store.revisions.versions.r0022_reason_codes")
SAID = "La mairie fictive de Valbourg a coupé ses serveurs."


def _every_reason() -> list[PriorityReason]:
    incident = Intel(relevant=True, relevance_score=0.9, category="ransomware", sectors=["healthcare", "government"],
                     impacts=[ImpactRecord(kind="data_stolen", sentence=SAID),
                              ImpactRecord(kind="emergency_diverted", sentence=SAID)])  # fmt: skip
    watch = WatchlistConfig(vendors=["Fictivex"], keywords=["Valbourg"], sectors=["healthcare"])
    _, reasons = prioritise(incident, "Fictivex flaw exploited in the wild, critical. Valbourg", watch)
    study = Intel(relevant=False, relevance_score=0.1, category="information-leak")
    _, more = prioritise(study, "A study.")
    return reasons + more


def test_every_reason_has_a_code_and_reads_back_from_its_former_text() -> None:
    reasons = _every_reason()
    assert {r.code for r in reasons} == set(ReasonCode) - {ReasonCode.WRITTEN}
    for reason in reasons:
        assert PriorityReason.model_validate(r0022.coded(str(reason))) == reason, reason
        assert labels.reason(reason) != str(reason)  # said in French
    assert r0022.coded("a reason of no known shape") == "a reason of no known shape"
    stored = Intel(relevant=True, relevance_score=0.9, priority_reasons=["kept as written"])  # type: ignore[list-item]
    assert stored.priority_reasons == [PriorityReason(code=ReasonCode.WRITTEN, values=("kept as written",))]
