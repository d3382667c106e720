"""The words victim candidates are read with, in French, English, Dutch and German: the word
classes of the context (`CLASSES`), the words that open or end no name (`_STOPS`, `_PARTICLES`),
the lead's bounds. Reporters, agencies and products are in `victim_reporter_words`, peoples and
regions in `victim_place_words`, what the text's writing around a name says in `victim_written_as`;
their names are re-exported here for the modules that read them from this one."""

from __future__ import annotations

import re

from veilleur.enrich.victim_name_sets import _STOP_NAMES
from veilleur.enrich.victim_place_words import REGION as REGION
from veilleur.enrich.victim_place_words import REGION_KIND as REGION_KIND
from veilleur.enrich.victim_place_words import nationality as nationality
from veilleur.enrich.victim_place_words import part_of_place as part_of_place
from veilleur.enrich.victim_reporter_words import PRODUCTS as PRODUCTS
from veilleur.enrich.victim_reporter_words import REPORTERS as REPORTERS
from veilleur.enrich.victim_reporter_words import SECURITY_FIRM as SECURITY_FIRM
from veilleur.enrich.victim_reporter_words import agency as agency
from veilleur.enrich.victim_shapes import _NAME
from veilleur.enrich.victim_written_as import written_roles as written_roles

LEAD_SENTENCES = 6
LEAD_CHARS = 1100
# Characters of the headline and lead's attack passages that the recogniser reads: it is most of
# enrich's time.
NER_CHARS = 800
_TOKEN = re.compile(r"[\w][\w'’&.+-]*[\w]|[\w]")
_NAME_RUN = re.compile(_NAME)
_LIST_NEXT = re.compile(r"(?:,\s|\s(?:and|et|en|und|&)\s)[A-Z]")
_LIST_PREV = re.compile(r"(?<![\w'’-])[A-Z][\w&'’-]*(?:,|\s(?:and|et|en|und|&))\s$")
# "MC2 Data", "National Public Data": "Data" capitalised inside a sentence, after a name and before a
# lower-case word or a stop, is the name's last word (sentence case writes the noun in lower case;
# a run stops at "Data" for Title Case headlines' "Acme Data Breach").
_DATA_WORD = re.compile(r" Data(?=[,.;:!?)]|\s[a-z]|$)")


def data_named(passage: str, end: int) -> int:
    """Where a name of `passage` that a run ends at `end` ends, past a "Data" that is its last word."""
    match = _DATA_WORD.match(passage, end)
    return match.end() if match else end


_PARTICLES = frozenset("of de du des d la le l van der von do da dos del di della".split())
# Pronouns, sentence words, generic nouns, months: never a name ("There", "Hackers", "April").
# The firms and agencies of the rules' stop list may be breached too: they are REPORTERS here.
_STOPS = (_STOP_NAMES - {"microsoft", "google", "apple", "cisa", "fbi", "nsa", "europol"}) | frozenset(
    """het een die der das den dem des ein eine einer eines nach bei auf im van voor met zijn na door
    bij laut wie was wat dit deze dat healthcare health finance financial retail education government
    technology energy media insurance banking hospitality telecom telecommunications manufacturing
    transportation legal defense defence ddos dos html ai dns api vpn sql xss rce iot plusieurs selon
    depuis dans pour cette ces aucun aucune tous toutes mais ainsi lors après avant hier également enfin
    certains certaines quelques volgens sinds daarnaast ook maar gisteren vandaag enkele seit auch aber
    gestern heute mehrere einige alle dozens hundreds thousands millions residents citizens weekly
    recap von wurden wird werden hackern angreifern kriminellen cyberkriminellen erpressern millionen
    milliarden kundenservice ziel zielscheibe doelwit
    another other others every each several many most such both either neither various numerous
    number via through during amid despite following into within without among amongst across toward
    towards per avec pour sans durant pendant parmi tijdens zonder met mit durch während ohne für
    if unless whether although though because""".split()
)  # (the last lines: determiners, prepositions and conjunctions, which open no name: "hits ANOTHER
# school", "Via X", a quoted post's "If Examplia attacks Europe, …")


def _words(pattern: str) -> frozenset[str]:
    return frozenset(pattern.split())


# Word classes of the context, in the four languages (folded to lower case).
CLASSES: dict[str, frozenset[str]] = {
    "attack": _words(
        """cyberattack cyberattacks cyber-attack cyber-attacks attack attacks breach breaches hack hacks
        hacking intrusion incident incidents ransomware leak leaks outage compromise extortion theft
        cyberincident cyber-incident heist raid cyberattaque cyberattaques cyber-attaque attaque attaques
        piratage fuite rançongiciel intrusion cyberaanval aanval datalek hack lek inbraak cyberangriff
        angriff angriffs cyberangriffs hackerangriff datenleck datenpanne sicherheitsvorfall cyber fine fined amende boete bußgeld
        penalty settlement lawsuit disruption"""
    ),
    "passive": _words(
        """hacked breached hit attacked targeted compromised struck crippled extorted fined victim victims
        victime victimes paralysé paralysée touché touchée frappé frappée visé visée ciblé ciblée piraté
        piratée attaqué attaquée getroffen gehackt aangevallen slachtoffer opfer angegriffen lahmgelegt
        infiltrated disrupted impacted affected exposed leaked stolen suffers suffered suffer spied
        rançonné rançonnée afgeperst beboet erpresst"""
    ),
    "disclose": _words(
        """confirms confirmed discloses disclosed admits admitted investigates investigating notifies
        notifying notified says said detects detected restores restoring recovering reports reported warns
        bevestigt bestätigt confirme confirmé signale reconnaît déclare annonce meldet"""
    ),
    "verb_on": _words(
        """hits hacks breaches targets attacks stole steals claims claimed claim compromises infiltrates
        extorts leaks leaked revendique vise cible frappe treft trifft fines fined sues sued targeting
        hitting affecting impacting breaching rançonne rançonnent beboet persen erpressen"""
    ),
    "prep": _words("on against at of contre visant chez sur op bij tegen auf gegen bei from"),
    "place_prep": _words("in à te aus uit near based located headquartered nahe près"),
    "reporter": _words(
        """researchers researcher according analysts analyst experts expert report firm vendor told
        chercheurs selon onderzoekers forscher laut spokesperson spokesman"""
    ),
    "vendor_act": _words(
        """patches patched fixes fixed releases released update updates advisory warns warned discovered
        found observed published publishes urges launches launched announces announced unveils says"""
    ),
    "flaw": _words(
        """vulnerability vulnerabilities flaw flaws bug bugs zero-day 0-day exploit exploits exploited
        products product devices software firewall firewalls router routers appliance appliances
        servers instances versions plugin faille vulnérabilité kwetsbaarheid lücke schwachstelle"""
    ),
    "actor": _words(
        """ransomware gang group hackers hacker apt actors actor operators botnet malware stealer rat loader
        spyware campaign crew affiliates groupe pirates bende gruppe"""
    ),
    "victim_noun": _words(
        """customers users employees patients students data records members subscribers clients
        systems network networks staff accounts database clients patiënten kunden daten données"""
    ),
    "descriptor": _words(
        """giant firm company maker carmaker automaker provider retailer operator chain startup manufacturer
        developer insurer hospital clinic bank airline telco isp agency department university school
        charity brand publisher broadcaster network city town county council ministry government
        hôpital clinique ziekenhuis krankenhaus klinikum société entreprise bedrijf unternehmen ville
        gemeente stad stadt commune mairie journalist activist centre center hospitalier chu chr az
        universität université universiteit groupe municipality province provincie région college
        academy institute"""
    ),
    "date": _words(
        """january february march april may june july august september october november december monday
        tuesday wednesday thursday friday saturday sunday janvier février mars avril mai juin juillet
        août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
        januari februari maart mei juni juli augustus oktober januar februar märz juni juli oktober
        dezember week today yesterday mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept
        oct nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag montag dienstag mittwoch
        donnerstag freitag samstag sonnabend sonntag"""
    ),
}
# Descriptor words that, before or after a name, make the institution's own name ("city of Antwerp",
# "Clinique X", "X Bank"); not a firm's kind ("l'entreprise Valmont", "the giant X"), a description.
INSTITUTION_WORDS = CLASSES["descriptor"] - _words(
    """giant firm company maker carmaker automaker provider retailer operator chain startup manufacturer
    developer insurer airline telco isp brand publisher broadcaster journalist activist société entreprise
    bedrijf unternehmen"""
)


def particle_to_stop(words: list[str]) -> bool:
    """ "Stadtwerke Almfeld von Hackern", a span the recogniser calls a person: a particle ("von",
    "van") followed by a word that is never a name (the attackers, an auxiliary) ends no name."""
    return any(
        w.casefold() in {"von", "van"} and words[i + 1].casefold() in _STOPS for i, w in enumerate(words[:-1])
    )
