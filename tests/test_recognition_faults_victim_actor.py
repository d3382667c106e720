"""What the briefing says happened to whom (issue 11, audits of development pages): a victim is an
organisation or a named group of people hit by the event — never a world region, nor a person
named in passing (an owner, a security instructor); a victim's country is its own, not the country
of a firm listed next to it nor of the authorities that act; the page's actor is the one the event
is attributed to, not one cited for comparison; a security researcher or a security firm's founder
is no threat actor unless the text says they were charged. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.people import people_charged
from veilleur.models import Article, Intel

URL = "https://echo.example/a"


def _intel(title: str, text: str) -> Intel:
    return enrich(Article(url=URL, canonical_url=URL, title=title, text=text, lang="en"))


def test_each_listed_victim_takes_the_country_of_its_own_description() -> None:
    intel = _intel(
        "Ransomware gang claims five victims",
        "A new ransomware gang claims a Californian city, an Indian paper manufacturer and two drug makers "
        "as victims. The alleged victims are the city of Quarrydale; Bangladeshi drugs maker Tellmont Pharma "
        "Limited; Indian paper manufacturer Vexa Mills; and Malaysian pharma firm Orrin Biotech Berhad.",
    )
    countries = {v.name: v.countries for v in intel.victims}
    assert countries["Tellmont Pharma Limited"] == ["BD"]
    assert countries["Vexa Mills"] == ["IN"]
    assert countries["Orrin Biotech Berhad"] == ["MY"]
    assert countries["City of Quarrydale"] == []  # India is another victim's country


def test_the_country_of_the_authorities_is_not_the_victim_s() -> None:
    intel = _intel(
        "Brelmont Bank confirms data breach",
        "Brelmont Bank confirmed a data breach after attackers stole customer records, the Japanese "
        "government said on Monday.",
    )
    assert [v.countries for v in intel.victims if v.name == "Brelmont Bank"] == [[]]


def test_a_world_region_is_no_victim() -> None:
    intel = _intel(
        "Asia-Pacific governments targeted by new APT",
        "Government and military organizations in the Asia-Pacific region are being targeted by a "
        "previously unknown APT actor, per research by Fictive Labs. The Asia-Pacific region saw seven "
        "successful attacks.",
    )
    assert intel.victims == []


def test_a_person_named_in_passing_is_no_victim() -> None:
    intel = _intel(
        "Vortexa developer leaks API key for private models",
        "An employee at Dana Quill’s software company Vortexa leaked a private key on GitHub that exposed "
        "private models. Vortexa confirmed the breach of its systems. Marten Holloway, senior instructor "
        "with the Brightwater security school, said the leaked key was the breach's root cause.",
    )
    names = [v.name for v in intel.victims]
    assert "Vortexa" in names
    assert "Dana Quill" not in names and "Marten Holloway" not in names


def test_the_actor_cited_for_comparison_does_not_head_the_page() -> None:
    intel = _intel(
        "Crimson Vale ransomware gang hits Norbridge Logistics",
        "Researchers at Fictive Labs say a new ransomware gang called Crimson Vale is behind the attack on "
        "Norbridge Logistics. Similar to LockBit, Crimson Vale runs an affiliate programme, and several of "
        "LockBit's former affiliates now work for it. The Crimson Vale ransomware encrypted servers and the "
        "gang demanded a ransom.",
    )
    actors = [a.name for a in intel.threat_actors]
    assert actors[0] == "Crimson Vale"
    assert "LockBit" in actors  # still listed: the guide labels groups cited in background too


def test_a_security_researcher_or_founder_is_no_threat_actor() -> None:
    for text in (
        "Marten Holloway, a security researcher at Fictive Labs, was the first to report that the forum's "
        "admin had been arrested.",
        "Marten Holloway, founder of security firm Fictive Labs, said the suspect was arrested in Spain and "
        "charged with fraud.",
        "According to Marten Holloway, threat analyst at Fictive Labs, two members of the gang were "
        "arrested last week.",
    ):
        assert people_charged("Forum admin arrested", text, "en", set()) == []


def test_a_researcher_the_text_says_was_charged_stays_a_threat_actor() -> None:
    text = (
        "The other founder of Quillgate Security was Corvin Ashby, a Leeds man who pleaded guilty in 2020 "
        "to paying a DDoS-for-hire service to attack rivals."
    )
    assert [p.name for p in people_charged("Founder pleaded guilty", text, "en", set())] == ["Corvin Ashby"]


def test_the_victim_of_the_crime_a_person_is_charged_with_is_no_threat_actor() -> None:
    text = (
        "Some messages referred to Luigi Varrow, who has been charged with the murder of Kestrel Health CEO "
        "Brian Tolland."
    )
    names = [p.name for p in people_charged("Crosswalks hacked", text, "en", set())]
    assert "Brian Tolland" not in names


def test_a_country_s_possessive_of_the_attackers_is_not_the_victim_s() -> None:
    intel = _intel(
        "US government to investigate China's Norvale Cloud email breach",
        "The July breach of Norvale Cloud Exchange Online by suspected Chinese hackers is the next topic up "
        "for review by the Cyber Safety Review Board.",
    )
    assert intel.victims and all(v.countries == [] for v in intel.victims)
