"""Facts a briefing stated wrongly or missed on an unlabelled sample (seed 3340, 45 pages): stolen data
named as a forum's goods said as a theft, an old arrest told in a guilty plea's story, a penalty a
charge carries said as a seizure, an arrest authorised or an extradition to come said as an arrest;
claims worded "group calling itself", "published details of the attack", "hacker group claimed",
volumes in words, a fix worded "the goof has been fixed", a fixed version after "a new version
(…) to patch" or "a safe version (Product x.y.z or greater)", a score "using the CVSSv4
framework". Made-up sentences only."""

from __future__ import annotations

from veilleur.brief.amounts import parse_amount
from veilleur.brief.backend import BriefRequest
from veilleur.brief.writer import Writer
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.enrich.facts import attack_facts, law_enforcement_facts, vulnerability_facts
from veilleur.enrich.impacts import find_impacts
from veilleur.extract import content_hash
from veilleur.models import Article


def _published(title: str, text: str) -> str:
    """Every line of the briefing the facts backend publishes for the page, after its guard."""
    article = Article(url="https://www.gullnews.example/b", canonical_url="https://www.gullnews.example/b",
                      title=title, text=text, lang="en")  # fmt: skip
    request = BriefRequest(article=article, intel=enrich(article), outlet="Gull News", url=article.url)
    briefing = Writer(BriefConfig()).write(request, content_hash(text)).briefing
    assert briefing is not None
    return "\n".join([briefing.summary] + [f"{p.label} : {p.text}" for p in briefing.key_points])


def test_stolen_data_a_forum_trades_is_no_theft() -> None:
    kinds = {
        i.kind
        for i in find_impacts("Started in 2021, the Quillbay forum was a hotbed of adverts for stolen data.")
    }
    assert "data_stolen" not in kinds
    kinds = {
        i.kind
        for i in find_impacts(
            "The Quillbay site, used by extortion crews to leak stolen company data, is gone."
        )
    }
    assert "data_stolen" not in kinds
    # the data of a theft the story tells is still stolen
    kinds = {i.kind for i in find_impacts("The gang put the stolen data up for sale on its market.")}
    assert "data_stolen" in kinds


def test_an_old_arrest_in_a_plea_story_is_history() -> None:
    text = (
        "Arvo Tamm pleaded guilty in a Gullport court to selling card data. "
        "His scheme ended in March 2019 when he was arrested at the Gullport airport. "
        "Three months after his arrest, his lawyers asked for an evaluation."
    )
    facts = law_enforcement_facts("Hacker pleads guilty to selling stolen card data", text)
    assert facts is not None and not facts.arrests, facts
    assert facts.charges
    # a new arrest in the headline is kept
    facts = law_enforcement_facts("Police arrest a second suspect as first hacker pleads guilty", text)
    assert facts is not None and facts.arrests


def test_a_penalty_risked_is_no_seizure_but_one_ordered_is() -> None:
    risked = "The charge could mean a maximum of five years in prison, a fine, plus the seizure of assets."
    facts = law_enforcement_facts("", "Arvo Tamm pleaded guilty on Monday. " + risked)
    assert facts is not None and not facts.seizures, facts
    ordered = "Tamm, who had been facing up to five years, was sentenced to a year and ordered to pay a forfeiture of $9,000."
    facts = law_enforcement_facts("", ordered)
    assert facts is not None and facts.seizures, facts


def test_an_arrest_authorised_or_an_extradition_to_come_is_no_arrest() -> None:
    text = (
        "In May, the minister authorized Arvo Tamm's immediate arrest and extradition. "
        "Many readers believe Tamm should be extradited. "
        "Tamm said a lost vote would see his rival indicted."
    )
    facts = law_enforcement_facts("Arvo Tamm fends off arrest once more", text)
    assert facts is None or not (facts.arrests or facts.charges), facts


def test_claims_worded_by_name_or_by_the_leak() -> None:
    facts = attack_facts(
        "", "A group calling itself “Quillcrew” claims to have stolen the files of 900 pupils."
    )
    assert facts is not None and [f.value for f in facts.claimed_by] == ["Quillcrew"]
    facts = attack_facts(
        "", "On May 2, the Quillcrew ransomware group published details of the attack on Gullport."
    )
    assert facts is not None and [f.value for f in facts.claimed_by] == ["Quillcrew"]
    facts = attack_facts("", "The Quillcrew hacker group claimed responsibility for the attack on Gullport.")
    assert facts is not None and [f.value for f in facts.claimed_by] == ["Quillcrew"]
    # an outlet publishing details claims nothing
    facts = attack_facts("", "On May 2, Gull News published details of the attack on Gullport.")
    assert facts is None or not facts.claimed_by


def test_a_volume_in_words_is_read_and_said() -> None:
    facts = attack_facts("", "The crew said it stole four terabytes of data from Gullport Health.")
    assert facts is not None and [f.value for f in facts.stolen] == ["four terabytes"]
    assert parse_amount("four terabytes") == "4 téraoctets de données"
    assert parse_amount("approximately 1 TB") == "environ 1 téraoctet de données"
    said = _published(
        "Gullport Health hit by ransomware",
        "Gullport Health was hit by a ransomware attack on May 3. "
        "The attackers stole two terabytes of patient files, the hospital said.",
    )
    assert "2 téraoctets de données" in said, said


def test_a_volume_put_up_for_sale_is_read() -> None:
    facts = attack_facts("", "A seller put up for sale what they said was 30 GB of Gullport's internal data.")
    assert facts is not None and [f.value for f in facts.stolen] == ["30 GB"]


def test_fixes_worded_as_a_goof_fixed_or_a_new_version() -> None:
    facts = vulnerability_facts(
        "Quillpad app flaw left notes exposed",
        "The app stored notes in plain text. The goof has now been fixed.",
        [],
    )
    assert facts is not None and facts.patch_available is True
    facts = vulnerability_facts(
        "Quillpad vulnerability exploited",
        "On May 2, Quillsoft released a new version (7.13 Final) to patch a vulnerability used in attacks.",
        ["CVE-2031-0001"],
    )
    assert facts is not None and facts.fixed_version == "7.13"
    facts = vulnerability_facts(
        "Quillsoft patches critical Quillweb bug",
        "Quillsoft asked customers to upgrade to a safe version (Quillweb 6.4.0 or greater).",
        ["CVE-2031-0002"],
    )
    assert facts is not None and facts.fixed_version == "6.4.0"


def test_a_score_using_the_cvss_framework() -> None:
    facts = vulnerability_facts(
        "Quillsoft patches critical Quillweb bug",
        "The database scored CVE-2031-0002 a 9.5 using the CVSSv4 framework.",
        ["CVE-2031-0002"],
    )
    assert facts is not None and facts.cvss == 9.5


def test_an_extradition_awaited_in_custody_is_an_arrest() -> None:
    text = (
        "Arvo Tamm is being held in Gullport while he awaits extradition on fraud charges, prosecutors said."
    )
    facts = law_enforcement_facts("Gullport man accused of renting out malware", text)
    assert facts is not None and facts.arrests, facts


def test_a_notification_denied_is_none() -> None:
    from veilleur.enrich.response import find_response

    text = 'He searched for "signs of an investigation by police or the FBI even if you have not been contacted by them".'
    assert not [r for r in find_response(text) if r.kind == "notified"]


def test_a_theft_told_with_a_participle_is_not_goods() -> None:
    text = "An extortionist claims to have stolen files from Gullport Air and now claims to be selling them."
    assert "data_stolen" in {i.kind for i in find_impacts(text)}


def test_a_volume_in_words_needs_a_theft_and_a_sale_is_the_sellers_word() -> None:
    facts = attack_facts(
        "", "The ISP would block the site to prevent six million customers from accessing it."
    )
    assert facts is None or not facts.stolen
    said = _published(
        "20 million Gullport accounts offered for sale",
        "A seller on a forum says it holds 20 million Gullport accounts, offered for sale since May 3. "
        "Gullport says it found no breach of its systems after the listing.",
    )
    assert "Vol de données :" not in said, said


def test_a_headline_carrying_out_seizures_is_no_penalty() -> None:
    facts = law_enforcement_facts(
        "FBI Carries Out Fresh Round of Gullport Domain Name Seizures", "Nothing else."
    )
    assert facts is not None and facts.seizures
