"""A page that is no security news names no threat actor and no malware, as it names no victim
(GUIDE.md §3: "all lists empty"): a media group's or a toolkit's name read by the threat shapes is
a false threat there. Fictional text."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.models import Article, Intel

URL = "https://news.example/2025/01/a"


def _intel(title: str, text: str) -> Intel:
    return enrich(Article(url=URL, canonical_url=URL, title=title, text=text))


def test_a_piracy_page_names_no_group() -> None:
    intel = _intel(
        "Publisher Vormsand blocked by piracy portal after DNS error",
        "For several days, visitors to the website of media group Vormsand were diverted to the "
        "copyright blocking portal. The ISP refused to comment. In a sea of clickbait, the German "
        "Vormsand group is known as a reliable news source. The blocking of pirate sites is decided "
        "by a private clearing body.",
    )
    assert not intel.relevant
    assert intel.threat_actors == []


def test_a_teaching_page_names_no_malware() -> None:
    intel = _intel(
        "How teachers can use chatbots in class",
        "Schools want to make the best use of AI in lessons. That is what the Examplar Institute aims "
        "to deliver with its Examplar AI Toolkit, a package of free lesson plans released this autumn. "
        "Teachers can download it for free.",
    )
    assert not intel.relevant
    assert intel.malware == []


def test_a_security_page_keeps_its_group() -> None:
    intel = _intel(
        "Ransomware gang Vormsand claims attack on regional hospital",
        "The Vormsand ransomware gang claimed a cyberattack on a regional hospital on its leak site and "
        "demanded a ransom. The hospital said its systems were encrypted and patients were diverted.",
    )
    assert intel.relevant
    assert [a.name for a in intel.threat_actors] == ["Vormsand"]
