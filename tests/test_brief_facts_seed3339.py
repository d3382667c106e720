"""Facts a briefing stated wrongly on an unlabelled sample (seed 3339, 27 pages): a probation said
as a prison term, a reporter's words read as a claim, a lawsuit's "takedown requests" and a
network's "takedown" said as seizures, 1,209 arrests said as one, services "struggling" to come
back said as restored, a possible disruption said as one that happened, and a gang's takings from
many victims said as this attack's ransom. Made-up pages only."""

from __future__ import annotations

from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.extract import content_hash
from veilleur.models import Article


def _published(title: str, text: str) -> str:
    """Every line of the briefing the facts backend publishes for the page, after its guard."""
    article = Article(url="https://www.gullnews.example/a", canonical_url="https://www.gullnews.example/a",
                      title=title, text=text, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet="Gull News", url=article.url)
    briefing = Writer(BriefConfig()).write(request, content_hash(text)).briefing
    assert briefing is not None
    return "\n".join([briefing.summary] + [f"{p.label} : {p.text}" for p in briefing.key_points])


def test_a_probation_is_not_said_a_prison_term() -> None:
    text = (
        "A court in Gullport sentenced the Quillpad ransomware developer Arvo Tamm on Tuesday. "
        "Tamm was sentenced to two years probation after he admitted writing the malware. "
        "Police arrested Tamm in March and seized his servers, investigators said. " * 2
    )
    said = _published("Quillpad ransomware developer sentenced in Gullport", text)
    assert "de prison" not in said, said
    assert "deux ans de mise à l'épreuve" in said, said


def test_reporters_saying_when_an_incident_took_place_claim_nothing() -> None:
    from veilleur.enrich.facts import attack_facts

    said = "Reporters claimed the incident took place in April, but Gullmail denied any breach."
    facts = attack_facts("Gullmail breach panic", said)
    assert facts is None or not facts.claimed_by, facts
    claimed = attack_facts("Quillgang hits Gullport", "Quillgang claimed the attack on Gullport Council.")
    assert claimed is not None and [f.value for f in claimed.claimed_by] == ["Quillgang"]


def test_takedown_requests_in_a_lawsuit_are_no_seizure() -> None:
    from veilleur.enrich.facts import law_enforcement_facts

    text = (
        "In a lawsuit filed at a federal court in Gullport, Quillsearch accused two men of sending "
        "over 100,000 fraudulent takedown requests. The court granted a default judgment against them."
    )
    facts = law_enforcement_facts("Quillsearch wins lawsuit over fake takedown requests", text)
    assert facts is None or not facts.seizures, facts


def test_a_takedown_with_nothing_seized_is_not_said_seizures() -> None:
    text = (
        "The head of a phone scam network that targeted elderly people in Gullport has been arrested, "
        "Europol has announced. Europol says the suspect was arrested in Quillton, where he ran the "
        "network. Europol estimates that €1.4 million of losses were prevented thanks to the "
        "successful takedown. Callers posed as police officers and asked for cash. " * 2
    )
    said = _published("Phone scam kingpin arrested", text)
    assert "Saisies" not in said and "saisies" not in said, said
    assert "Démantèlement annoncé par les autorités." in said, said


def test_a_thousand_and_more_arrests_are_not_one() -> None:
    text = (
        "Gullpol on Friday announced that authorities from 18 countries have arrested 1,209 "
        "cybercriminals who targeted 88,000 victims. The operation ran between June and August, "
        "Gullpol said, and tackled ransomware and online scams across the region. " * 2
    )
    said = _published("Gullpol arrests 1,209 cybercriminals in crackdown", text)
    assert "Une arrestation" not in said, said
    assert "1 209 arrestations" in said.replace("\u202f", " ").replace("\xa0", " "), said


def test_a_possible_disruption_an_effort_to_restore_and_a_disrupted_criminal_service_are_no_impacts() -> None:
    from veilleur.enrich.impacts import find_impacts

    def kinds(text: str) -> list[str]:
        return [impact.kind for impact in find_impacts(text)]

    possible = (
        "Transit is an essential service and any long-term disruption of its networks could harm "
        "the people who ride it to their medical appointments."
    )
    assert "services_disrupted" not in kinds(possible)
    assert "services_restored" not in kinds("Gullcare struggles to bring services back online.")
    assert "services_restored" not in kinds("The council is working to restore its systems.")
    assert "services_restored" in kinds("Gullcare's systems were restored on Monday.")
    assert "services_disrupted" not in kinds("Gullpol and partners disrupted this criminal service.")
    assert "services_disrupted" in kinds("Appointments were disrupted for two days at Gullcare.")


def test_a_gangs_takings_from_many_victims_of_a_country_are_no_ransom() -> None:
    from veilleur.enrich.facts import attack_facts

    text = (
        "Quillgang is said to have extorted at least £27 million from 149 UK organisations. "
        "It demanded a $2 million ransom from Gullport Council."
    )
    facts = attack_facts("Quillgang hits Gullport", text)
    assert facts is not None and [f.value for f in facts.ransom] == ["$2 million"]


def test_an_exploit_used_in_the_wild_and_a_score_out_of_ten_are_read() -> None:
    from veilleur.enrich.vulnerability import vulnerability_facts

    text = (
        "Quillcraft mods are at risk. QuillPipe is an exploit being used in the wild allowing remote "
        "code execution on servers running the mods."
    )
    facts = vulnerability_facts("QuillPipe vulnerability in Quillcraft mods", text, [])
    assert facts is not None and facts.exploited, facts
    text = (
        "Gullsoft has issued a patch for a critical 10 out of 10 severity bug in its Quill Gateway "
        "that could allow an unauthenticated attacker to run code as root."
    )
    facts = vulnerability_facts("Max-severity bug in Gullsoft Quill Gateway", text, [])
    assert facts is not None and facts.cvss == 10.0, facts
    said = _published("Max-severity bug in Gullsoft Quill Gateway", (text + " ") * 3)
    assert "Score CVSS de 10" in said, said


def test_an_agency_written_in_capitals_is_named() -> None:
    text = (
        "INTERPOL on Friday announced that authorities from 18 countries arrested 1,209 suspects. "
        "The operation ran between June and August and targeted online scams. " * 2
    )
    said = _published("Crackdown across 18 countries", text)
    assert "INTERPOL" in said or "Interpol" in said, said
