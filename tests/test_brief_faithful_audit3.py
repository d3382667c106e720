"""Faithfulness and French of the facts briefing, third audit (30 news-dev pages no label file
names, run through `Pipeline.run` as captures of one folder per outlet): a roundup said "La faille
permet …" before naming the flaw, an agency that is a common noun had no article ("l'action
implique police"), … Fictional pages and records only."""

from __future__ import annotations

import pytest

from veilleur.brief.amounts import parse_amount
from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import FactsBackend
from veilleur.brief.record_facts import attack_statements, law_statements, vulnerability_statements
from veilleur.brief.stolen import exposure
from veilleur.models import (
    Article,
    AttackFacts,
    Category,
    Fact,
    Intel,
    LawEnforcementFacts,
    VulnerabilityFacts,
)

_TEXT = (
    "This week's digest covers many stories. Quillpad Archiver has a flaw that lets attackers run "
    "remote commands on a desktop. The flaw has a CVSS score of 8.1 and is being exploited. "
    "Other items cover phishing kits and a new botnet. " * 3
)


def _summary(intel: Intel, text: str = _TEXT) -> str:
    article = Article(url="https://www.gullnews.example/digest", canonical_url="https://www.gullnews.example/digest",
                      title="Weekly digest: archivers, botnets and more", text=text, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=intel, outlet="Gull News", url=article.url)
    return FactsBackend().brief(request).summary


def test_a_roundup_names_the_flaw_before_saying_what_it_allows() -> None:
    flaw = VulnerabilityFacts(
        vendor="Quillpad", product="Archiver", cvss=8.1, exploited=True,
        effects=[Fact(value="code execution:commands,remote", sentence="lets attackers run remote commands")],
    )  # fmt: skip
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.OTHER, vulnerability=flaw)
    summary = _summary(intel)
    named, allows = (
        summary.find("Une vulnérabilité touche Quillpad Archiver"),
        summary.find("La faille permet"),
    )
    assert 0 <= named < allows, summary


@pytest.mark.parametrize(
    ("agency", "said"),
    [
        ("police", "L'action implique la police."),
        ("Police", "L'action implique la police."),
        ("gendarmerie", "L'action implique la gendarmerie."),
        ("parquet", "L'action implique le parquet."),
        ("politie", "L'action implique la police (politie)."),
        ("Polizei", "L'action implique la police (Polizei)."),
        ("FBI", "L'action implique le FBI."),
        (
            "National Crime Agency",
            "L'action implique l'agence nationale britannique de lutte contre la criminalité.",
        ),
        ("ANSSI", "L'action implique l'ANSSI."),
        ("Europol", "L'action implique Europol."),
    ],
)
def test_an_agency_that_is_a_common_noun_takes_its_article(agency: str, said: str) -> None:
    sentence = f"The {agency} took part in the search of a flat in Gullport."
    law = LawEnforcementFacts(agencies=[Fact(value=agency, sentence=sentence)])
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law), sentence)
    assert [s.sentence for s in statements if s.label == "Autorités"] == [said]


def test_several_agencies_each_take_their_article() -> None:
    sentence = "The FBI, Europol and the Department of Justice (DOJ) seized the Gullport forum."
    law = LawEnforcementFacts(
        agencies=[
            Fact(value=v, sentence=sentence) for v in ("FBI", "Europol", "Department of Justice", "DOJ")
        ]
    )
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law), sentence)
    said = [s.sentence for s in statements if s.label == "Autorités"]
    # (the Justice Department is said in French since the sixth audit)
    assert said == ["L'action implique le FBI, Europol et le ministère américain de la Justice (DOJ)."]


@pytest.mark.parametrize(
    ("sentences", "said"),
    [
        (["Gullport police have arrested a suspected hacker for changing exam grades."], "Une arrestation"),
        (["A 19-year-old student was arrested in Gullport on Monday."], "Une arrestation"),
        (["Police arrested an alleged administrator of the Quill forum."], "Une arrestation"),
        (["Police arrested a suspect, and two accomplices were held later."], "Des arrestations"),
        (["Officers arrested suspects in three towns."], "Des arrestations"),
    ],
)
def test_one_person_arrested_is_said_as_one_arrest(sentences: list[str], said: str) -> None:
    law = LawEnforcementFacts(arrests=[Fact(value="arrested", sentence=s) for s in sentences])
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law))
    arrests = [s.sentence for s in statements if s.label == "Arrestations"]
    assert len(arrests) == 1 and arrests[0].startswith(f"{said} "), arrests


_RECAP = (
    "Quillpad Archiver flaw — The makers of the Quillpad Archiver tool released an update for a flaw. "
    "Ferry Console zero-day — Ferry Systems said two console flaws, rated 9.4 on the CVSS scale, are "
    "actively exploited, and offered temporary mitigations. Even one unpatched flaw could let attackers in. "
)


def _recap_flaw() -> VulnerabilityFacts:
    sentences = _RECAP.split(". ")
    ferry = next(s for s in sentences if "9.4" in s)
    return VulnerabilityFacts(
        vendor="Quillpad", product="Quillpad Archiver", cvss=9.4, exploited=True, patch_available=False,
        workaround=True,
        evidence=[Fact(value="cvss", sentence=ferry), Fact(value="exploited", sentence=ferry),
                  Fact(value="workaround", sentence=ferry),
                  Fact(value="no patch", sentence="Even one unpatched flaw could let attackers in.")],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "roundup"),
    [("Weekly Recap: Quillpad Archiver flaw, Ferry Console zero-day & more", True),
     ("Quillpad Archiver flaw patched as Ferry Console zero-day is exploited", False)],
)  # fmt: skip
def test_a_roundups_flaw_is_not_said_with_another_items_facts(title: str, roundup: bool) -> None:
    intel = Intel(relevant=True, relevance_score=1.0, category=Category.OTHER, vulnerability=_recap_flaw())
    article = Article(url="https://www.gullnews.example/recap", canonical_url="https://www.gullnews.example/recap",
                      title=title, text=_RECAP * 3, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=intel, outlet="Gull News", url=article.url)
    summary = FactsBackend().brief(request).summary
    assert "Quillpad Archiver" in summary
    others = ("9,4", "activement exploitée", "Aucun correctif")
    if roundup:  # each of these is the other item's or no item's
        assert not any(said in summary for said in others), summary
    else:  # one story: the record's facts are said as before
        assert all(said in summary for said in others[:2]), summary


@pytest.mark.parametrize(
    ("sentence", "said", "point"),
    [
        ("Attackers could break the card's firewall and potentially even achieve native code execution.",
         "La faille pourrait permettre l'exécution de code.", "Exécution de code possible."),
        ("In theory, the bug might allow remote code execution.",
         "La faille pourrait permettre l'exécution de code à distance.", "Exécution de code à distance possible."),
        ("The bug allows remote code execution on the Quillpad server.",
         "La faille permet l'exécution de code à distance.", "Exécution de code à distance."),
    ],
)  # fmt: skip
def test_an_effect_the_article_only_weighs_is_said_as_possible(sentence: str, said: str, point: str) -> None:
    kind = "code execution:remote" if "remote" in sentence else "code execution"
    flaw = VulnerabilityFacts(product="Quillpad Card", effects=[Fact(value=kind, sentence=sentence)])
    statements, _ = vulnerability_statements(
        Intel(relevant=True, relevance_score=1.0, vulnerability=flaw), ""
    )
    assert [(s.sentence, s.point) for s in statements if s.label == "Nature"] == [(said, point)]


@pytest.mark.parametrize(
    ("charges", "said"),
    [
        (["plead guilty"], "Un plaidoyer de culpabilité est annoncé."),
        (["plead guilty", "charged"], "Un plaidoyer de culpabilité est annoncé."),
        (["plead guilty", "plead guilty", "charged"], "Un plaidoyer de culpabilité est annoncé."),
        (["plaidera coupable"], "Un plaidoyer de culpabilité est annoncé."),
        (["pleaded guilty"], "Un plaidoyer de culpabilité a été enregistré."),
        (["plead guilty", "pleaded guilty"], "Un plaidoyer de culpabilité a été enregistré."),
        (["guilty plea"], "Un plaidoyer de culpabilité a été enregistré."),
    ],
)
def test_a_plea_to_come_is_not_said_entered(charges: list[str], said: str) -> None:
    sentence = "A Gullport student has agreed to plead guilty to hacking a Quillpad school supplier."
    law = LawEnforcementFacts(charges=[Fact(value=c, sentence=sentence) for c in charges])
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law))
    assert [s.sentence for s in statements if s.label == "Justice"] == [said]


@pytest.mark.parametrize(
    ("value", "point", "sentence"),
    [
        ("up to 400,000 people", "Vol des données de 400\u202f000 personnes au plus.",
         "L'article fait état du vol des données de 400\u202f000 personnes au plus."),
        ("about 2,000 customers", "Vol des données d'environ 2\u202f000 clients.",
         "L'article fait état du vol des données d'environ 2\u202f000 clients."),
        ("nearly 3,000 patients", "Vol des données de près de 3\u202f000 patients.",
         "L'article fait état du vol des données de près de 3\u202f000 patients."),
    ],
)  # fmt: skip
def test_a_qualified_count_reads_as_french_after_de(value: str, point: str, sentence: str) -> None:
    said = f"Attackers stole the data of {value} from Quillpad Clinics."
    attack = AttackFacts(stolen=[Fact(value=value, sentence=said)])
    statements = attack_statements(Intel(relevant=True, relevance_score=1.0, attack=attack), said)
    assert [(s.point, s.sentence) for s in statements if s.label == "Données"] == [(point, sentence)]


@pytest.mark.parametrize(
    ("value", "said"),
    [("up to 400,000 people", "Les données de 400\u202f000 personnes au plus ont été exposées."),
     ("about 2,000 customers", "Les données d'environ 2\u202f000 clients ont été exposées.")],
)  # fmt: skip
def test_a_qualified_count_exposed_reads_as_french_after_de(value: str, said: str) -> None:
    assert exposure(parse_amount(value))[1] == said


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("seven-and-a-half years", "Une peine de sept ans et demi de prison a été prononcée."),
        ("two years and a half", "Une peine de deux ans et demi de prison a été prononcée."),
        ("three and a half years", "Une peine de trois ans et demi de prison a été prononcée."),
        ("a year", "Une peine d'un an de prison a été prononcée."),
        ("18 months", "Une peine de 18 mois de prison a été prononcée."),
        ("1 year", "Une peine de 1 an de prison a été prononcée."),
        ("2.5 years", "Une peine de 2,5 ans de prison a été prononcée."),
        ("a 4-year sentence", "Une peine de 4 ans de prison a été prononcée."),
    ],
)
def test_a_prison_term_written_in_words_is_said(value: str, said: str) -> None:
    sentence = f"A Gullport intern was jailed for {value} for copying Quillpad files."
    law = LawEnforcementFacts(sentences=[Fact(value=value, sentence=sentence)])
    statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law))
    assert [s.sentence for s in statements if s.label == "Peine"] == [said]


@pytest.mark.parametrize(
    ("product", "vendor", "said"),
    [
        ("Quillpad 0-Day", "Quillpad", "Une vulnérabilité touche Quillpad."),
        ("Ferry Archiver Zero-Day Flaw", None, "Une vulnérabilité touche Ferry Archiver."),
        ("Ferry Archiver", None, "Une vulnérabilité touche Ferry Archiver."),
        ("Day Planner", "Gull", "Une vulnérabilité touche Gull Day Planner."),
    ],
)
def test_a_product_is_named_without_the_flaw_words_of_a_headline(
    product: str, vendor: str | None, said: str
) -> None:
    flaw = VulnerabilityFacts(product=product, vendor=vendor)
    text = f"Weekly recap: {vendor or ''} {product}, and more."
    statements, _ = vulnerability_statements(
        Intel(relevant=True, relevance_score=1.0, vulnerability=flaw), text
    )
    assert [s.sentence for s in statements if s.label == "Produit"] == [said]
