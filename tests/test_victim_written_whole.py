"""Victims the code missed or cut though the page writes them whole (session 34): a lead behind an
author's and a date's lines, a brand's word in capitals, a firm's app, an abbreviated place, a long
public body with its short form in brackets, a city's services. Names are fictional."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.victim_admissible import owned_thing
from veilleur.enrich.victim_full_names import spelled_out
from veilleur.enrich.victim_lead import lead_sentences, signature_line
from veilleur.models import Article


def _victims(title: str, text: str, lang: str = "en") -> list[str]:
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang=lang)
    return [v.name for v in enrich(article).victims]


def test_signature_lines_do_not_use_up_the_lead() -> None:
    assert signature_line("Mira Kestrel")
    assert signature_line("Tue 21 Mar 2023 //")
    assert signature_line("03:58 UTC")
    assert not signature_line("A cloud?")
    assert not signature_line("Acme was hit.")
    text = "It is one. It is two? It is three? It is four.\n\nMira Kestrel\n\nTue 21 Mar 2023 //\n\n03:58 UTC"
    read = lead_sentences(text + "\n\nIt is five. It is six. It is seven.", 6)
    assert read[-1] == "It is six."
    title = "Aussie lender takes itself offline to deal with cyber incident"
    text = (
        "Varnel blames a 'major vendor' for its woes. Is that a vendor? A cloud? Whoever they are, they're "
        "in trouble\n\nMira Kestrel\n\nTue 21 Mar 2023 //\n\n03:58 UTC\n\nVarnel Financial has taken itself "
        "offline while it tries to clean up an attack on its systems. The listed company last week "
        "halted trade in its shares. Varnel Financial said data was stolen."
    )
    assert _victims(title, text) == ["Varnel Financial"]


def test_a_word_in_capitals_is_the_brands_not_the_dictionarys() -> None:
    title = "Ransomware led to multiple ROOF Network outages"
    text = (
        "Satellite broadcast organisation ROOF experienced a major system issue over the past week which "
        "affected multiple services. ROOF has reported to regulators that a ransomware attack is "
        "responsible. ROOF filed a form to explain the situation."
    )
    assert _victims(title, text) == ["ROOF Network"]


def test_a_firms_app_is_the_firm() -> None:
    title = "Lessons from the Quill breach"
    text = (
        "The breach of the Quill App showed how a database left open leaks users' images. "
        "Quill stored them in a public bucket. Attackers downloaded 70,000 images from Quill."
    )
    assert "Quill App" not in _victims(title, text)
    assert "Quill" in _victims(title, text)


def test_an_abbreviated_place_is_spelled_out_as_the_lead_writes_it() -> None:
    text = "NV Harbor Port closes after ransomware attack\nNorth Vale Harbor Port closed all its terminals."
    assert spelled_out("NV Harbor Port", text) == "North Vale Harbor Port"
    assert (
        spelled_out("NV Harbor Port", "NV Harbor Port closes\nNew Harbor Port is fine.") == "NV Harbor Port"
    )
    assert spelled_out("Acme Port", text) == "Acme Port"
    title = "NV County Superior Court closes doors after ransomware attack"
    text = (
        "North Vale County Superior Court, the largest trial court in the state, closed all 36 of its "
        "courthouses today following a ransomware attack on Friday. The court said systems were down."
    )
    assert _victims(title, text) == ["North Vale County Superior Court"]


def test_a_long_body_with_its_short_form_is_named_as_the_headline_names_it() -> None:
    title = "LockBit ransomware demands $2 million for Dunmore Transit data"
    text = (
        "The Dunmore County Public Transportation Benefit Area Corporation (Dunmore Transit) has fallen "
        "victim to a cyberattack using LockBit ransomware. Dunmore Transit is a public transit operator."
    )
    assert _victims(title, text) == ["Dunmore Transit"]


def test_a_citys_services_are_the_city() -> None:
    title = "Ransomware attack cripples the city services of Valmont"
    text = "The city services of Valmont were hit by a ransomware attack on Monday. Staff work on paper."
    assert _victims(title, text) == ["City of Valmont"]
    title = "Cyberattaque contre les services de la ville de Valmont"
    text = "Les services de la ville de Valmont ont été victimes d'une cyberattaque. La mairie travaille sur papier."
    assert _victims(title, text, "fr") == ["Ville de Valmont"]


def test_a_makers_compound_noun_opening_a_headline_is_no_part_of_the_name() -> None:
    title = "Chipmaker Varlon reveals cyber attack whacked manufacturing capacity"
    text = (
        "US semiconductor firm Varlon Technology has revealed an unauthorized party disrupted the use of "
        "certain servers. Varlon said it detected suspicious activity."
    )
    assert _victims(title, text) == ["Varlon Technology"]


def test_a_firms_kind_before_its_name_is_no_institution_of_it() -> None:
    title = "Valmont victime d'une cyberattaque"
    text = "L'entreprise Valmont a été victime d'une cyberattaque lundi. Ses services sont fermés."
    assert _victims(title, text, "fr") == ["Valmont"]
    # (an institution's word stays its name's)
    title = "Play ransomware attacks city of Valmont"
    text = "The city of Valmont’s digital systems have come to a grinding halt. Valmont confirmed a ransomware attack."
    assert _victims(title, text) == ["City of Valmont"]


def test_a_german_headlines_capitals_do_not_veto_a_rules_name() -> None:
    assert _victims("Hackerangriff auf Stadtwerke Valmont", "Die Stadtwerke sind offline.", "de") == [
        "Stadtwerke Valmont"
    ]


def test_what_its_speaker_calls_our_site_is_no_second_victim() -> None:
    assert owned_thing(
        "Kestrel Research Center", "an incident involving our Kestrel Research Center (KRC) website"
    )
    assert not owned_thing("Kestrel Research Center", "hackers breached the Kestrel Research Center")
    title = "US survey agency breached, but insists no secrets spilled"
    text = (
        "A computer intrusion hit the US survey agency, officials said. The National Survey Office (NSO) "
        'confirmed that attackers gained limited access to its networks. "We can confirm that an incident '
        'involving our unclassified Kestrel Research Center (KRC) website is being investigated," the agency said.'
    )
    assert "Kestrel Research Center" not in _victims(title, text)


def test_whose_provider_is_no_victim() -> None:
    title = "Hacking gang leaks documents stolen from Pentagon IT provider"
    text = (
        "Hackers have released internal documents stolen from one of America's largest IT services "
        "providers. The leaked data belonged to Virginia-based Varlon Holdings, which was breached."
    )
    assert "Pentagon IT" not in _victims(title, text)
    assert "Pentagon" not in _victims(title, text)
