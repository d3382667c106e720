"""Victims are who the headline and lead say was attacked, breached, hit, extorted or fined, in
English, French, Dutch and German (issue 11). Fictional firms and places; each case names its
victim one way, and the regulator that fines or the attackers are never the victim."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.models import Article

# (lang, what happened, headline, lead, victim, names that must not be victims)
CASES = [
    ("en", "attacked", "Hackers attacked Norvale Water Company",
     "Hackers attacked Norvale Water Company, a utility in Leeds, on Monday, disrupting its billing systems.",
     "Norvale Water Company", ()),
    ("en", "breached", "Brindle Insurance breached, customer records stolen",
     "Brindle Insurance, a Canadian insurer, said attackers breached its network and stole customer records.",
     "Brindle Insurance", ()),
    ("en", "hit", "Ransomware hits Corvel Logistics",
     "Corvel Logistics, a German freight firm, was hit by ransomware that halted deliveries.",
     "Corvel Logistics", ()),
    ("en", "extorted", "Hackers extort Palmyre Hotels after data theft",
     "Palmyre Hotels, a French hotel chain, is being extorted by hackers who stole guest data and demand a ransom.",
     "Palmyre Hotels", ()),
    ("en", "fined", "ICO fines Tessory Bank over data breach",
     "The ICO fined Tessory Bank, an Irish lender, £2 million after a breach exposed customer data.",
     "Tessory Bank", ("ICO",)),
    ("fr", "attacked", "La mairie de Valbourg attaquée par des pirates",
     "La mairie de Valbourg, en Belgique, a été attaquée par des pirates informatiques lundi.",
     "Valbourg", ()),
    ("fr", "breached", "Fuite de données chez Assurances Morlet après un piratage",
     "Les Assurances Morlet, un assureur belge, ont été piratées et des données de clients ont été volées.",
     "Assurances Morlet", ()),
    ("fr", "hit", "Le groupe Pellerin frappé par un rançongiciel",
     "Le groupe Pellerin, une entreprise française, a été frappé par un rançongiciel qui a paralysé ses usines.",
     "Pellerin", ()),
    ("fr", "extorted", "Des pirates rançonnent la société Darvel",
     "La société Darvel, une entreprise suisse, est rançonnée par des pirates informatiques qui ont volé ses données.",
     "Darvel", ()),
    ("fr", "fined", "La CNIL inflige une amende à Telvia",
     "La CNIL a infligé une amende de 2 millions d'euros à Telvia, un opérateur français, après une fuite de données.",
     "Telvia", ("CNIL",)),
    ("nl", "attacked", "Gemeente Veldhoven aangevallen door hackers",
     "De gemeente Veldhoven is aangevallen door hackers, waardoor de dienstverlening is verstoord.",
     "Veldhoven", ()),
    ("nl", "breached", "Datalek bij Zorgverzekeraar Novalis na hack",
     "Zorgverzekeraar Novalis is gehackt; aanvallers hebben klantgegevens buitgemaakt.",
     "Novalis", ()),
    ("nl", "hit", "Transportbedrijf Van Dael getroffen door ransomware",
     "Het Belgische transportbedrijf Van Dael is getroffen door ransomware.",
     "Van Dael", ()),
    ("nl", "extorted", "Hackers persen Brouwerij Hoeksma af",
     "Brouwerij Hoeksma wordt afgeperst door hackers die bedrijfsgegevens hebben gestolen.",
     "Brouwerij Hoeksma", ()),
    ("nl", "fined", "Autoriteit Persoonsgegevens beboet Valdomar na datalek",
     "De Autoriteit Persoonsgegevens heeft Valdomar een boete van 500.000 euro opgelegd na een datalek.",
     "Valdomar", ("Autoriteit Persoonsgegevens",)),
    ("de", "attacked", "Stadtwerke Almfeld von Hackern angegriffen",
     "Die Stadtwerke Almfeld wurden von Hackern angegriffen; der Kundenservice ist gestört.",
     "Stadtwerke Almfeld", ("Kundenservice", "von Hackern")),
    ("de", "breached", "Datenleck bei Versicherer Helmkamp nach Hackerangriff",
     "Beim Versicherer Helmkamp sind Angreifer in das Netzwerk eingedrungen und haben Kundendaten gestohlen.",
     "Helmkamp", ()),
    ("de", "hit", "Ransomware trifft Maschinenbauer Korbach",
     "Der Maschinenbauer Korbach ist von einem Ransomware-Angriff getroffen worden.",
     "Korbach", ()),
    ("de", "extorted", "Hacker erpressen Brauerei Tannberg",
     "Die Brauerei Tannberg wird von Hackern erpresst, die Firmendaten gestohlen haben.",
     "Brauerei Tannberg", ()),
    ("de", "fined", "Datenschutzbehörde verhängt Bußgeld gegen Verilon",
     "Die Datenschutzbehörde hat gegen Verilon nach einem Datenleck ein Bußgeld von 1,2 Millionen Euro verhängt.",
     "Verilon", ("Datenschutzbehörde", "Millionen Euro")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "what", "title", "text", "victim", "not_victims"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_who_was_attacked_breached_hit_extorted_or_fined_is_the_victim(
    lang: str, what: str, title: str, text: str, victim: str, not_victims: tuple[str, ...]
) -> None:
    url = "https://news.example.org/a"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang=lang))
    names = [v.name for v in intel.victims]
    assert any(victim.casefold() in name.casefold() for name in names), (what, names)
    for other in not_victims:
        assert not any(other.casefold() in name.casefold() for name in names), (what, names)
    # the attackers, a verb or an amount are no name ("von Hackern", "Wurden", "Millionen Euro")
    first_words = {name.split()[0].casefold() for name in names}
    assert not first_words & {"von", "wurden", "wird", "door", "hackers", "hacker", "millionen", "des"}, names
