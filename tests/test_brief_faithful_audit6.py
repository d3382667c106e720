"""Faithfulness of the facts briefing, sixth audit (development pages of the intel parts tune, train,
check-d1, check-e1 and fr, and multi-outlet stories of stories tune/dev*): police and court facts of
another case recalled in the background told as this story's, a theft or a flaw's effect only
weighed ("may", "could", "allegedly") told as certain, a DDoS-for-hire service's site exported as an
indicator, a prison term of years and months cut to its years. Fictional pages only."""

from __future__ import annotations

import pytest

from veilleur.brief.arrests import prison_term
from veilleur.brief.record_facts import law_statements, vulnerability_statements
from veilleur.enrich.facts import attack_facts, law_enforcement_facts
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.vulnerability import states_exploitation
from veilleur.models import Fact, Intel, LawEnforcementFacts, VulnerabilityFacts

_SPIES = (
    "Two Quillish nationals have been arrested and charged with spying for a foreign state. "
    "The pair were arrested at their home in Gullport on May 3, the federal police said. "
    "They face up to 15 years in prison if convicted. "
    "The arrests follow a two-year investigation by the Gullport police. "
)


def test_a_case_recalled_in_the_background_gives_no_police_fact() -> None:
    background = (
        "Then in late February 2030, a 68-year-old man from Brackwater was sentenced to two years in "
        "prison for a similar offence. In mid-December 2029, prosecutors indicted four other men. "
        "Last July, the police seized the servers of another spy ring."
    )
    facts = law_enforcement_facts("Two Quillish nationals charged with spying", _SPIES + background)
    assert facts is not None
    assert not facts.sentences and not facts.seizures, (facts.sentences, facts.seizures)
    assert not any("indicted" in f.sentence for f in facts.charges)
    assert facts.arrests and facts.charges  # the story's own arrest and charge are told
    said = [
        s.sentence for s in law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=facts))
    ]
    assert not any("Peine" in s or "prison" in s for s in said), said
    # In the lead, an opening date tells the story's own step.
    lead = "In March 2030, the Gullport police arrested a Quillish national for running a spy ring."
    facts = law_enforcement_facts("Quillish national arrested", lead)
    assert facts is not None and facts.arrests


def test_a_person_described_as_convicted_is_no_conviction() -> None:
    text = (
        "Police took down Quillchat, a messenger used by criminals. The investigation began when the "
        "app was found on the phone of a criminal convicted for a murder in Brackwater."
    )
    facts = law_enforcement_facts("Police take down Quillchat", text)
    assert facts is None or not facts.charges, facts
    told = "The Quillchat administrator was convicted of fraud on Monday."
    facts = law_enforcement_facts("Quillchat administrator convicted", told)
    assert facts is not None and facts.charges


@pytest.mark.parametrize(
    "sentence",
    [
        "A malicious website may exfiltrate audio data cross-origin.",
        "Attackers may have stolen the data of some Quillpad customers.",
        "The gang allegedly stole 200GB of data from Quillpad.",
        "Hackers reportedly leaked the files of Quillpad's clients.",
        "Des données auraient été dérobées chez Quillpad.",
    ],
)
def test_a_theft_only_weighed_is_not_stated(sentence: str) -> None:
    assert "data_stolen" not in {i.kind for i in find_impacts(sentence)}, sentence


def test_an_amount_only_weighed_is_not_stated_stolen() -> None:
    weighed = "Quillpad said the attackers may have accessed the records of 3,000 customers."
    facts = attack_facts("Quillpad breach", weighed)
    assert facts is None or not facts.stolen, facts
    after = "Quillpad says 61,193 people may have had their card details stolen."
    facts = attack_facts("Quillpad breach", after)
    assert facts is None or not facts.stolen, facts
    told = "Quillpad said the attackers accessed and stole the records of 3,000 customers."
    facts = attack_facts("Quillpad breach", told)
    assert facts is not None and facts.stolen
    # "May" the month is no hedge.
    assert "data_stolen" in {i.kind for i in find_impacts("In May, hackers stole the data of 2,000 clients.")}


@pytest.mark.parametrize(
    ("sentence", "said", "point"),
    [
        ("Processing an image may lead to arbitrary code execution.",
         "La faille pourrait permettre l'exécution de code.", "Exécution de code possible."),
        ("A remote attacker could execute code on the Quillpad server.",
         "La faille pourrait permettre l'exécution de code à distance.", "Exécution de code à distance possible."),
        ("The bug allows remote code execution on the Quillpad server.",
         "La faille permet l'exécution de code à distance.", "Exécution de code à distance."),
    ],
)  # fmt: skip
def test_a_vendor_s_may_is_kept(sentence: str, said: str, point: str) -> None:
    kind = "code execution:remote" if "remote" in sentence else "code execution"
    flaw = VulnerabilityFacts(product="Quillpad OS", effects=[Fact(value=kind, sentence=sentence)])
    statements, _ = vulnerability_statements(
        Intel(relevant=True, relevance_score=1.0, vulnerability=flaw), ""
    )
    assert [(s.sentence, s.point) for s in statements if s.label == "Nature"] == [(said, point)]


def test_a_flaw_that_may_have_been_used_in_attacks_is_not_said_exploited() -> None:
    assert not states_exploitation("Quillware says the flaw may have been used in targeted attacks.")
    assert not states_exploitation("Quillware is aware of a report that this issue may have been exploited.")
    assert states_exploitation("Quillware says the flaw has been used in targeted attacks.")


def test_a_booter_site_is_no_indicator() -> None:
    text = (
        "For years Quill openly ran Zapblast[.]net, a popular attack-for-hire service. "
        "Prosecutors said his booter services — downpour[.]org and flatline[.]com — served 2,000 "
        "customers. He also sold quillstresser[.]com. The phishing kit sent data to collect-quill[.]top."
    )
    assert [i.value for i in find_indicators(text)] == ["collect-quill.top"]


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("two years and nine months in prison", "deux ans et neuf mois"),
        ("one year and one day in prison", "un an et un jour"),
        ("5 years and 4 months in prison", "5 ans et 4 mois"),
        ("deux ans et six mois", "deux ans et six mois"),
        ("two years in prison and a fine", "deux ans"),
        ("seven-and-a-half years", "sept ans et demi"),
        ("18 months", "18 mois"),
        ("over three years in prison", "plus de trois ans"),
        ("nearly 5 years", "près de 5 ans"),
    ],
)
def test_a_term_of_years_and_months_is_said_whole(value: str, said: str) -> None:
    assert prison_term(value) == said


def test_a_name_shaped_like_a_count_is_no_count_of_victims() -> None:
    sentence = "A month later, 4K had alerted its users that some of their data had been stolen."
    facts = attack_facts("Quillgames breach", sentence)
    assert facts is None or not facts.stolen, facts
    for counted in (
        "The attackers stole the data of 4K users.",
        "Hackers stole 2,000 customer records.",
        "Quillgames said 12,000 of its users had their data stolen.",
    ):
        facts = attack_facts("Quillgames breach", counted)
        assert facts is not None and facts.stolen, counted


def test_what_a_family_or_a_group_usually_does_is_no_fact_of_this_event() -> None:
    family = "Quillcrypt is a family of ransomware that encrypts a company's files and demands a ransom."
    assert "ransom_demanded" not in {i.kind for i in find_impacts(family)}
    habit = "For large businesses, the Quill gang has exfiltrated between 10-100 terabytes of data."
    facts = attack_facts("Quill gang", habit)
    assert facts is None or not facts.stolen, facts
    assert not find_impacts("Most ransomware gangs threaten to publish the target's stolen data.")
    assert not find_impacts("So, does Quillcrypt leave a ransom note?")
    told = "The Quill gang exfiltrated 12 terabytes of data from Gullport Bank and demanded a ransom."
    facts = attack_facts("Gullport Bank breach", told)
    assert facts is not None and facts.stolen
    assert "ransom_demanded" in {i.kind for i in find_impacts(told)}


@pytest.mark.parametrize(
    ("sentence", "value", "point"),
    [
        ("On December 9, Quillpad said it became aware of an attack on its systems.", "On December 9",
         "Attaque détectée le 9 décembre."),
        ("On December 9, hackers breached Quillpad, which discovered the intrusion weeks later.",
         "On December 9", "Attaque survenue le 9 décembre."),
        ("Quillpad was attacked on December 9.", "on December 9", "Attaque survenue le 9 décembre."),
        ("The breach occurred on December 9, but wasn't discovered until March.", "on December 9",
         "Attaque survenue le 9 décembre."),
    ],
)  # fmt: skip
def test_a_date_before_a_verb_of_finding_dates_the_detection(sentence: str, value: str, point: str) -> None:
    from veilleur.brief.stolen import dated

    said = dated("le 9 décembre", sentence, value)
    assert said is not None and said[0] == point


def test_a_spoofing_service_names_no_impersonated_brand() -> None:
    from veilleur.brief.lure import impersonated

    text = (
        "The crew calls victims while posing as Quillbank support. Researchers tested the caller ID "
        "spoofing service shown in Perm's video."
    )
    assert impersonated(text) == ["Quillbank"]
    assert impersonated("The texts were spoofing Quillbank's fraud team.") == ["Quillbank"]
    assert impersonated("Links lead to pages posing as services like Quillbox.") == ["Quillbox"]


def test_the_us_justice_department_is_named_in_french() -> None:
    from veilleur.brief.guard import Guard
    from veilleur.models import Fact

    source = "The Department of Justice (DOJ) and the FBI charged two Quillish men in Gullport."
    law = LawEnforcementFacts(
        charges=[Fact(value="charged", sentence=source)],
        agencies=[Fact(value=v, sentence=source) for v in ("Department of Justice", "DOJ", "FBI")],
    )
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law), source)
    said = [(s.point, s.sentence) for s in statements if s.label == "Autorités"]
    assert said == [
        (
            "Services impliqués : ministère américain de la Justice (DOJ) et FBI.",
            "L'action implique le ministère américain de la Justice (DOJ) et le FBI.",
        )
    ], said
    assert not Guard([source], []).problems(said[0][1])


def test_a_lower_case_kind_word_after_a_threat_name_is_not_said() -> None:
    from veilleur.brief.statements import threat_statements
    from veilleur.models import Named

    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        malware=[
            Named(name=n, canonical=n)
            for n in ("Quillbat", "Quilla stealer", "Quilla", "Donutto loader", "Fickle Stealer")
        ],
    )
    said = [s.sentence for s in threat_statements(intel)]
    assert said == ["L'article décrit les logiciels malveillants Quillbat, Quilla et Donutto."], said
