"""The console in French names sectors, impacts and skip reasons in French ("santé", "urgences
déviées", "hors sujet"), as the posts and the register page do, not by their codes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from veilleur.config import Settings
from veilleur.models import PriorityReason, ReasonCode, Sector
from veilleur.publish import labels
from veilleur.store import Store
from veilleur.text.french import IMPACT_NAMES, SECTOR_NAMES
from veilleur.web import i18n
from veilleur.web.app import create_app


def test_every_sector_and_impact_code_has_its_french_name() -> None:
    french = i18n.translations("fr")
    for sector in Sector:
        assert french.gettext(sector.value) == SECTOR_NAMES[sector]
    for kind, name in IMPACT_NAMES.items():
        assert french.gettext(kind) == name
    for reason in ("too old", "duplicate in the feed", "not relevant", "no usable article", "fetch failed"):
        assert french.gettext(reason) != reason
    assert i18n.translations("en").gettext("healthcare") == "healthcare"


def test_the_register_page_shows_french_names(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        app = create_app(Settings(), store)
    finally:
        store.close()
    incident = SimpleNamespace(
        story_id=3,
        first_reported="2026-11-30",
        victim="Centre hospitalier de Valmont",
        sectors=["healthcare"],
        countries=["BE"],
        category="ransomware",
        actors=[],
        malware=[],
        impacts=["emergency_diverted", "patients_transferred"],
        sources=[1, 2],
    )
    env = app.state.console.envs["fr"]
    for name in ("incidents.html", "today.html", "story.html", "sources.html"):
        source = Path(env.loader.get_source(env, name)[1])
        env.get_template(name)  # compiles: the filter exists
        assert "sectors|join" not in source.read_text(encoding="utf-8"), name
    cells = '{{ i.sectors|map("named")|join(", ") }} · {{ i.impacts|map("named")|join(", ") }}'
    assert env.from_string(cells).render(i=incident) == "santé · urgences déviées, patients transférés"
    english = app.state.console.envs["en"].from_string('{{ i.sectors|map("named")|join(", ") }}')
    assert english.render(i=incident) == "healthcare"


def test_stories_are_sujets_and_their_states_agree_with_it() -> None:
    # "Histoire" is a word-for-word "story"; the digest and a French analyst say "sujet", which is
    # masculine: its states agree ("publié", not "publiée").
    french = i18n.translations("fr")
    assert french.gettext("Stories by priority") == "Sujets par priorité"
    assert french.gettext("%(n)s stories") == "%(n)s sujets"
    assert [french.gettext(s) for s in ("published", "not published", "approved", "rejected")] == [
        "publié",
        "non publié",
        "approuvé",
        "rejeté",
    ]
    catalog = (Path(i18n.__file__).parent / "locale" / "fr.po").read_text(encoding="utf-8")
    assert "histoire" not in catalog.lower()


def test_register_impacts_with_an_amount_and_one_actor_named_twice(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        app = create_app(Settings(), store)
    finally:
        store.close()
    incident = SimpleNamespace(
        impacts=["data_stolen (400 Go)", "emergency_diverted"], actors=["Nébulor"], malware=["Nébulor"]
    )
    env = app.state.console.envs["fr"]
    cells = '{{ i.impacts|map("named")|join(", ") }} · {{ (i.actors + i.malware)|unique|join(", ") }}'
    assert env.from_string(cells).render(i=incident) == "données volées (400 Go), urgences déviées · Nébulor"
    english = app.state.console.envs["en"].from_string('{{ i.impacts|map("named")|join(", ") }}')
    assert english.render(i=incident) == "data_stolen (400 Go), emergency_diverted"
    template = Path(env.loader.get_source(env, "incidents.html")[1]).read_text(encoding="utf-8")
    assert "(i.actors + i.malware)|unique" in template


def test_the_story_pages_facts_are_named_in_french() -> None:
    # A tester saw `systems_shut_down`, `when`, `stopped` on a French Story page: every fact's kind
    # and every code among its values is said in French; a value as written stays as written.
    from veilleur.models.intel import (
        AttackFacts,
        Fact,
        ImpactRecord,
        Intel,
        LawEnforcementFacts,
        VulnerabilityFacts,
    )
    from veilleur.web.story_view import facts_of

    said = "La mairie de Valbourg a coupé ses serveurs mardi."
    attack = AttackFacts(
        **{field: [Fact(value="mardi", sentence=said)] for field in AttackFacts.model_fields}
    )
    police = LawEnforcementFacts(
        **{field: [Fact(value="deux", sentence=said)] for field in LawEnforcementFacts.model_fields}
    )
    codes = ["update", "restrict_access", "enable_mfa"]
    flaw = VulnerabilityFacts(
        affected_versions=[Fact(value="4.2", sentence=said)],
        advice=[Fact(value=code, sentence=said) for code in codes],
        effects=[Fact(value="code execution:remote,root", sentence=said)],
        evidence=[Fact(value=name, sentence=said) for name in ("exploited", "no patch", "in CISA KEV")],
    )
    impact = ImpactRecord(kind="systems_shut_down", amount="3", sentence=said)
    intel = Intel(
        relevant=True,
        relevance_score=0.9,
        category="ransomware",
        attack=attack,
        law_enforcement=police,
        vulnerability=flaw,
        impacts=[impact],
    )
    facts = facts_of(intel)
    french = i18n.translations("fr").gettext
    name = i18n.named("fr")
    kinds = {f["what"] for f in facts}
    assert kinds >= {"impact", "when", "stopped", "claimed_by", "arrests", "sentences", "advice", "evidence"}
    for kind in kinds - {"impact"}:  # "impact" is French too
        assert french(kind) != kind, kind
    shown = [name(f["value"]) for f in facts]
    assert "systèmes coupés (3)" in shown and "mardi" in shown and "4.2" in shown
    for code in [*codes, "exploited", "no patch", "in CISA KEV"]:
        assert name(code) != code and name(code) in shown, code
    # A flaw's effect and what its sentence says of it, each a code named in French.
    effect = next(f for f in facts if f["what"] == "effects")
    assert name(effect["value"]) == "exécution de code"
    assert [name(d) for d in effect["details"]] == ["à distance", "en root"]
    template = Path(i18n.__file__).parent / "templates" / "story.html"
    assert "{{ _(f.what) }}</em> {{ f.value|named }}" in template.read_text(encoding="utf-8")


def test_priority_reasons_are_said_in_french_with_their_points() -> None:
    from veilleur.config import WatchlistConfig
    from veilleur.enrich.priority import prioritise
    from veilleur.models.intel import ImpactRecord, Intel

    said = "La mairie de Valbourg a coupé ses serveurs après une attaque exploitée activement."
    intel = Intel(
        relevant=True,
        relevance_score=0.9,
        category="ransomware",
        sectors=["healthcare"],
        impacts=[ImpactRecord(kind="data_stolen", sentence=said)],
    )
    _, reasons = prioritise(
        intel, "exploited in the wild, critical. Valbourg", WatchlistConfig(keywords=["Valbourg"])
    )
    say = i18n.reason("fr")
    shown = [say(r) for r in reasons]
    assert "secteur critique : santé (+10)" in shown
    assert "données volées (+10)" in shown and "exploitée activement (+20)" in shown
    assert "liste de veille, mot-clé : Valbourg (+15)" in shown
    assert shown[0] == "Rançongiciel (+40)"
    # The same wording as the alerts and the digest, from the codes; the Story page holds the
    # record as JSON.
    assert shown == [labels.reason(r) for r in reasons] == [say(r.model_dump(mode="json")) for r in reasons]
    capped = PriorityReason(code=ReasonCode.NOT_RELEVANT, values=("10",))
    assert say(capped) == "hors cybersécurité (plafonnée à 10)"
    english = [i18n.reason("en")(r) for r in reasons]
    assert "critical sector: healthcare (+10)" in english and english[0] == "ransomware (+40)"
    # A reason stored as text before the codes (and not rewritten by revision 22) is shown as written.
    assert say("odd reason (+5)") == "odd reason (+5)"


def test_every_clustering_signal_is_said_in_french_from_its_code() -> None:
    from veilleur.models.signals import ENGLISH, SCORE_NAMES, SignalCode, signal

    french = i18n.translations("fr").gettext
    for code, english in ENGLISH.items():
        assert french(english) != english, code
    for name in SCORE_NAMES:
        assert french(name) != name, name
    say = i18n.signal("fr")
    assert (
        say(signal(SignalCode.SCORES, "0.90", "0.86", "0.33", "0.38"))
        == "sens 0.90, texte 0.86, noms 0.33, titres 0.38"
    )
    assert (
        say(signal(SignalCode.SHARED_CVE, "CVE-2026-1000", "CVE-2026-1001"))
        == "CVE commune CVE-2026-1000, CVE-2026-1001"
    )
    assert (
        say(signal(SignalCode.CLUSTERING_FAILED, "3", "boom")) == "seul : regroupement en échec 3 fois : boom"
    )
    assert say({"code": "same_outlet", "values": []}) == "même média"  # as the store's JSON holds it
    assert say("shared CVE CVE-2026-1000") == "shared CVE CVE-2026-1000"  # stored as text before the codes
    english = i18n.signal("en")
    assert english(signal(SignalCode.SHARED_VICTIM, "valmont")) == "shared victim valmont"
