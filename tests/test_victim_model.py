"""Victims chosen by our model among the names of the headline and lead (enrich/victim_model.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_model import Candidate, admissible, candidates, is_title_case, weights
from veilleur.enrich.victim_sectors import sectors_of, victim_sectors
from veilleur.models import Article

ROOT = Path(__file__).resolve().parent.parent


def _intel(
    title: str, text: str, lang: str, url: str = "https://news.example.org/a"
) -> list[tuple[str, str, list[str]]]:
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    return [(v.name, v.sectors[0] if v.sectors else "", v.countries) for v in enrich(article).victims]


@pytest.mark.parametrize(
    ("lang", "title", "text", "victim", "sector", "country"),
    [
        (
            "en",
            "Planet Ice hacked!",
            "The UK ice rink operator Planet Ice said hackers accessed customer data. The company is investigating.",
            "Planet Ice",
            "hospitality-leisure",
            "GB",
        ),
        (
            "en",
            "UK hospital resorts to paper after ransomware attack",
            "Wirral University Teaching Hospital declared a major incident after a cyberattack took its "
            "systems offline. Patients were asked to attend appointments.",
            "Wirral University Teaching Hospital",
            "healthcare",
            "GB",
        ),
        (
            "fr",
            "La clinique Sainte-Marie victime d'une cyberattaque",
            "La clinique Sainte-Marie à Namur a été victime d'une attaque par rançongiciel ce lundi. Les "
            "urgences ont été délestées vers d'autres hôpitaux.",
            "Clinique Sainte-Marie",
            "healthcare",
            "BE",
        ),
        (
            "nl",
            "AZ Sint-Jan getroffen door cyberaanval",
            "Het ziekenhuis AZ Sint-Jan in Brugge is getroffen door een cyberaanval. De spoeddienst werd "
            "tijdelijk gesloten.",
            "AZ Sint-Jan",
            "healthcare",
            "BE",
        ),
        (
            "de",
            "Klinikum Lippe nach Cyberangriff lahmgelegt",
            "Das Klinikum Lippe ist Opfer eines Cyberangriffs geworden. Die Notaufnahme wurde abgemeldet.",
            "Klinikum Lippe",
            "healthcare",
            None,
        ),
    ],
)
def test_headline_victim_in_four_languages(
    lang: str, title: str, text: str, victim: str, sector: str, country: str | None
) -> None:
    found = _intel(title, text, lang)
    assert found and found[0][0] == victim
    assert found[0][1] == sector
    assert found[0][2] == ([country] if country else [])
    # Articles, cases of German nouns and Dutch function words are not names.
    assert not {name.casefold() for name, _, _ in found} & {"het", "opfer", "cyberangriffs", "das", "die"}


def test_confirms_cyberattack_names_the_company_not_the_subsidiary_country() -> None:
    found = _intel(
        "Yamaha confirms cyberattack on Philippines subsidiary",
        "Yamaha Motor said its Philippine subsidiary was hit by a ransomware attack on October 25. The INC "
        "Ransom gang claimed the attack.",
        "en",
    )
    names = [name for name, _, _ in found]
    assert names and names[0].startswith("Yamaha")
    assert not {"Philippines", "October 25", "INC Ransom"} & set(names)


def test_dates_pronouns_outlets_and_quoted_researchers_are_never_victims() -> None:
    title = "April 19: There is a new phishing attack hitting The Hacker News readers"
    text = (
        "There were reports on April 19 that scammers sent emails, The Hacker News reported. "
        "Researchers at Kaspersky said the attack used fake invoices, according to Kaspersky's Jane Doe."
    )
    found = candidates(title, text, "en", "thehackernewscom")
    never = {c.name for c in found if not admissible(c)}
    # A date, a sentence word, the outlet itself, a researcher quoted: vetoed before the model.
    assert {"April 19", "There", "Jane Doe", "Researchers"} <= never
    assert not {c.name for c in found if "Hacker News" in c.name or c.name == "News"} - never
    chosen = [name for name, _, _ in _intel(title, text, "en", "https://thehackernews.com/2025/04/x.html")]
    assert not {"April 19", "April", "There", "The Hacker News", "Hacker News", "Jane Doe"} & set(chosen)


def test_shipped_model_is_small_and_weights_the_attack_shapes() -> None:
    model = weights()
    path = ROOT / "src" / "veilleur" / "enrich" / "data" / "victims.json"
    assert path.stat().st_size < 50_000
    assert 0.0 < model["threshold"] < 1.0
    # A name the trigger rules read before "hacked"/"confirms breach" counts for, a threat against.
    assert model["weights"]["rule:before"] > 0
    assert model["weights"].get("known:threat", 0.0) <= 0


def test_training_never_reads_the_aside_part_nor_blogs_check() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from train_victims import training_records
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = ROOT / "bench" / "data" / "intel"

    def urls(name: str, split: str) -> set[str]:
        lines = (folder / name).open(encoding="utf-8")
        return {r["url"] for line in lines if line.strip() and (r := json.loads(line))["split"] == split}

    held = urls("labels.jsonl", "aside") | urls("labels-blogs.jsonl", "blogs-check")
    records = training_records()
    used = {r["url"] for r in records if "url" in r}
    assert held and used
    assert not used & held
    # The blog-style pages one may tune on and the French pages are training pages too.
    assert urls("labels-blogs.jsonl", "blogs-tune") <= used
    assert any(r.get("source") == "posts-deleted" for r in records)
    # Every train sample present (a, b, c1, c2) is read, whichever of them exist.
    for path in sorted(folder.glob("labels-train-*.jsonl")):
        assert urls(path.name, "train") <= used, path.name


def test_brands_the_recogniser_calls_dates_or_peoples_stay_candidates() -> None:
    # spaCy labels "Workday" a date and "Experian" a nationality: the label vetoes only names
    # shaped like one (digits, a month, a people of a known place).
    assert admissible(Candidate("Workday", label="DATE", features={"rule:before"}))
    assert admissible(Candidate("Experian", label="NORP", features={"rule:before"}))
    assert not admissible(Candidate("April 19", label="DATE", features={"known:date"}))
    assert not admissible(Candidate("Bangladeshi", label="NORP", features={"known:place"}))


def test_each_veto_names_its_reason() -> None:
    # bench/victim_diagnosis.py --vetoes counts what each reason removes: a veto says which it is,
    # and a name nothing vetoes gets none.
    from veilleur.enrich.victim_admissible import veto

    assert veto(Candidate("April 19", label="DATE", features={"known:date"})) == "entity label"
    assert veto(Candidate("Windows 11", label="PRODUCT", features={"shape:digit", "rule:after"})) == "digits"
    assert (
        veto(Candidate("Quelqu'un", label="", features={"rule:before", "lang:fr"})) == "pronoun or short word"
    )
    assert veto(Candidate("Workday", label="DATE", features={"rule:before", "lang:en"})) == ""
    assert veto(Candidate("Brelford Logistics", label="ORG", features={"rule:after", "lang:en"})) == ""


def test_acronym_named_in_full_and_sector_from_the_description() -> None:
    found = _intel(
        "Car rental giant Avis discloses data breach",
        "Car rental giant Avis disclosed a data breach after hackers accessed a business application. "
        "Separately, attackers hit American Associated Pharmacies (AAP), which confirmed that AAP "
        "systems were encrypted by ransomware.",
        "en",
    )
    assert ("Avis", "transportation") in [(name, sector) for name, sector, _ in found]
    assert "AAP" not in [name for name, _, _ in found]


def test_sector_of_a_known_firm_and_of_a_described_one() -> None:
    found = _intel(
        "AT&T confirms data breach",
        "AT&T confirmed that hackers stole call records of nearly all its customers. Separately, "
        "Vesuvius, a UK engineering company, said a cyberattack forced it to shut down systems.",
        "en",
    )
    sectors = {name: sector for name, sector, _ in found}
    assert sectors.get("AT&T") == "telecommunications"
    # The apposition describes the firm (whether or not the model keeps this lead name).
    assert victim_sectors("Vesuvius", "Separately, Vesuvius, a UK engineering company, said …") == [
        "manufacturing"
    ]


@pytest.mark.parametrize(
    "words",
    [
        "health insurer",
        "medical billing firm",
        "mutuelle santé",
        "pharmacie",
        "centre de radiologie",
        "EHPAD",
        "zorgverzekeraar",
        "apotheek",
        "woonzorgcentrum",
        "Krankenkasse",
        "Uniklinik",
        "Kantonsspital",
        "Pflegeheim",
    ],
)
def test_healthcare_organisations_in_four_languages(words: str) -> None:
    assert sectors_of(words)[0] == "healthcare"


@pytest.mark.parametrize(
    ("title", "text", "victim"),
    [
        (
            "Ransomware attack on 3CX",
            "The fictional phone-system maker 3CX was hit by a ransomware attack on Monday that encrypted its "
            "servers, the company said. Attackers demanded a ransom.",
            "3CX",
        ),
        (
            "Hackers breach 23andMe",
            "Hackers breached 23andMe and stole customer profiles, the genetics company said on Friday.",
            "23andMe",
        ),
        (
            "Ransomware attack on Org7 Ltd",
            "The fictional organisation Org7 Ltd was hit by a ransomware attack on Monday that encrypted "
            "seven of its servers, the company said.",
            "Org7 Ltd",
        ),
    ],
)
def test_brands_written_with_digits_are_victims(title: str, text: str, victim: str) -> None:
    # The recogniser calls "3CX" and "23andMe" numbers, and a number among a name's words rarely
    # names a victim; digits inside a brand's word do.
    assert victim in [name for name, _, _ in _intel(title, text, "en")]


def test_numbers_among_the_words_are_still_no_victims() -> None:
    names = [name for name, _, _ in _intel(
        "Windows 11 flaw exploited in ransomware attacks",
        "Attackers exploited CVE-2025-12345 in Windows 11 to deploy ransomware, Microsoft said. "
        "About 5.7M devices run the affected build.",
        "en",
    )]  # fmt: skip
    assert not [n for n in names if any(c.isdigit() for c in n)], names


@pytest.mark.parametrize("name", ["Gamma Corp", "Delta Corp", "Omega Corp"])
def test_a_company_hit_by_ransomware_is_its_victim_not_a_threat(name: str) -> None:
    # "Gamma" and "Delta" are galaxy names; followed by a legal form they name a company. The
    # recogniser does not know "Omega Corp": its legal form and the trigger rules say enough.
    title, text = (
        f"Ransomware hits {name}",
        (
            f"{name}, a fictional firm, was hit by ransomware on Monday. Its systems were shut down and staff "
            "moved to manual procedures while the company investigates the attack."
        ),
    )
    article = Article(url="https://news.example.org/a", canonical_url="https://news.example.org/a", title=title,
                      text=text, lang="en")  # fmt: skip
    intel = enrich(article)
    assert [v.name for v in intel.victims] == [name]
    assert not intel.threat_actors and not intel.malware


@pytest.mark.parametrize(
    ("lang", "title", "text", "victim"),
    [
        (
            "en",
            "Ransomware hits Alpha Corp",
            "Alpha Corp, a fictional company, was hit by ransomware.",
            "Alpha Corp",
        ),
        (
            "en",
            "Ransomware strikes Norvik Logistics",
            "Norvik Logistics was struck by a ransomware attack on Monday that halted deliveries.",
            "Norvik Logistics",
        ),
        (
            "en",
            "Hackers target Brightwater Utilities",
            "Brightwater Utilities has been targeted by hackers who stole customer records.",
            "Brightwater Utilities",
        ),
        (
            "en",
            "Kestrel Bank hit by cyberattack",
            "Kestrel Bank said a cyberattack disrupted its online services for two days.",
            "Kestrel Bank",
        ),
        (
            "en",
            "Halden Foods suffers data breach",
            "Halden Foods suffered a data breach that exposed the details of its suppliers.",
            "Halden Foods",
        ),
        (
            "en",
            "Orsay Motors confirms ransomware attack",
            "Orsay Motors confirmed a ransomware attack on its factories in a statement.",
            "Orsay Motors",
        ),
        (
            "fr",
            "Cyberattaque contre la mairie de Valbourg",
            "La mairie de Valbourg a été victime d'une cyberattaque qui a paralysé ses services.",
            "Valbourg",
        ),
        (
            "fr",
            "Rançongiciel : la société Pellerin frappée",
            "La société Pellerin a été frappée par un rançongiciel, ses usines sont à l'arrêt.",
            "Pellerin",
        ),
    ],
)
def test_plain_headline_and_lead_name_the_victim(lang: str, title: str, text: str, victim: str) -> None:
    # Short sentence-case headlines: the name is capitalised, not the headline (not Title Case),
    # and the trigger rules read the same name in the headline and the lead.
    names = [name for name, _, _ in _intel(title, text, lang)]
    assert any(victim.casefold() in name.casefold() for name in names), names


def test_title_case_is_a_headline_shape_not_a_capitalised_name() -> None:
    assert is_title_case("Yamaha Confirms Cyberattack On Unit")
    assert is_title_case("Hackers Breach Firm with Old VPN")
    assert not is_title_case("Ransomware hits Alpha Corp")
    assert not is_title_case("Ransomware hits Alpha Corp Systems Group")
    assert not is_title_case("Cyberattaque contre la mairie de Valbourg")


def test_a_threat_name_written_only_inside_the_victim_name_is_the_victim() -> None:
    # "Gamma" and "Delta" are galaxy names; here they are only ever part of the victim's name.
    for name in ("Gamma Corp", "Delta Corp"):
        url = "https://news.example.org/a"
        text = f"{name}, a fictional company, was hit by ransomware. The attack was detected on Monday."
        intel = enrich(
            Article(url=url, canonical_url=url, title=f"Ransomware hits {name}", text=text, lang="en")
        )
        assert [v.name for v in intel.victims] == [name]
        assert intel.threat_actors == [] and intel.malware == []
    # A threat also named on its own stays a threat.
    text = "Alpha Corp was hit by LockBit ransomware, the LockBit gang claimed."
    intel = enrich(Article(url=url, canonical_url=url, title="LockBit hits Alpha Corp", text=text, lang="en"))
    assert [m.name for m in intel.malware] == ["LockBit"]


def test_the_town_a_victim_is_in_is_no_victim() -> None:
    # The demo's capture: a dateline, "la clinique X à <town>", the town's other news below.
    capture = ROOT / "src" / "veilleur" / "demo" / "site" / "captures" / "clinique-sainte-aurore.txt"
    title = "La clinique Sainte-Aurore victime d'une cyberattaque"
    text = capture.read_text(encoding="utf-8").split(title, 1)[1]
    assert [name for name, _, _ in _intel(title, text, "fr")] == ["Clinique Sainte-Aurore"]


def test_a_compound_adjective_is_no_victim() -> None:
    # "Belgian-style", "state-backed": they describe the victim; the demo published "Autres victimes :
    # Belgian-style." before this.
    for title, lead, victim in [
        (
            "Belgian-style regional hospital in Valmont hit by ransomware",
            "The Valmont hospital centre, a Belgian-style regional hospital, was hit by ransomware.",
            "Valmont",
        ),
        (
            "Texas-based Orlin Freight hit by ransomware",
            "Orlin Freight was hit by ransomware.",
            "Orlin Freight",
        ),
    ]:
        intel = enrich(Article(url="https://news.example/a", canonical_url="https://news.example/a",
                               title=title, text=lead, lang="en"))  # fmt: skip
        names = [v.name for v in intel.victims]
        assert names and victim in names[0], names
        assert not any(n.endswith(("-style", "-based")) for n in names), names


@pytest.mark.parametrize(
    ("short", "full", "lang"),
    [
        ("Quellmark", "Quellmark Canada Music", "en"),
        ("Brevanor", "Brevanor Santé Services", "fr"),
        ("Melvoort", "Melvoort Logistiek Groep", "nl"),
        ("Halvesta", "Halvesta Maschinenbau Nord", "de"),
    ],
)
def test_of_a_short_name_and_its_full_form_both_likely_the_full_form_is_the_victim(
    short: str, full: str, lang: str
) -> None:
    from veilleur.enrich.victim_model import choose

    model = {"bias": 0.0, "weights": {"strong": 4.0, "fair": 1.5}, "threshold": 0.7}
    features = {"rule:before", f"lang:{lang}", "ent:ORG"}
    found = [
        Candidate(short, f"{short} was hit by an attack.", label="ORG", features=features | {"strong"}),
        Candidate(full, f"{full} confirmed the attack.", label="ORG", features=features | {"fair"}),
    ]
    assert [c.name for c in choose(found, model)] == [full]
    # a longer form under the bar is not chosen for it
    model["weights"]["fair"] = 0.2
    assert [c.name for c in choose(found, model)] == [short]


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Quellbrook Bank customers robbed in a scam",
            "Attackers abusing Vorlink stole money from Quellbrook Bank customers, the bank said.",
        ),
        (
            "fr",
            "Des clients de la Banque Quellbrook escroqués",
            "Des escrocs, en abusant de Vorlink, ont dérobé l'argent de clients de la Banque Quellbrook.",
        ),
        (
            "nl",
            "Klanten van Quellbrook Bank opgelicht",
            "Criminelen maakten misbruik van Vorlink om klanten van Quellbrook Bank op te lichten.",
        ),
        (
            "de",
            "Kunden der Quellbrook Bank betrogen",
            "Kriminelle missbrauchen Vorlink, um Kunden der Quellbrook Bank zu betrügen.",
        ),
    ],
)
def test_a_platform_the_crime_went_through_is_never_chosen(lang: str, title: str, text: str) -> None:
    from veilleur.enrich.victim_choice import not_chosen
    from veilleur.enrich.victim_model import choose

    found = candidates(title, text, lang)
    vorlink = next(c for c in found if c.name == "Vorlink")
    assert "rel:platform" in vorlink.features
    assert not_chosen(vorlink)
    model = {"bias": 3.0, "weights": {}, "threshold": 0.7}  # every admissible candidate is likely
    chosen = [c.name for c in choose(found, model)]
    assert "Vorlink" not in chosen
    if lang == "en":  # the bank its customers belong to stays
        assert "Quellbrook Bank" in chosen
    quellbrook = Candidate("Vorlink", "Quellbrook Bank was breached.", features={"rel:passive"})
    assert not not_chosen(quellbrook)
