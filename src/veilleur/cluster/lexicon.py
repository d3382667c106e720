"""A small bilingual lexicon of the field's headline words, written by us: French, Dutch and German
words (folded: lower case, no accents) read as the English word an English headline would use, so
that a French post and its English source compare headline stems across languages
("rançongiciel" / "ransomware", "lecteurs de plaques" / "plate readers", "fuite" / "leak").

Cognates need no entry: the stems of `agreement.stems` already agree on them ("vulnérabilité",
"analyse", "automatiques"). An entry is a word whose English form shares no stem with it. A few
English synonyms are read as one word too ("fixes" / "patches"), so that the French word for both
meets either. Plurals are looked up by their singular (`english` drops a final -s, -x or -es); a
French feminine form is not derived, it is an entry of its own ("volee", "chiffree").
"""

from __future__ import annotations

from functools import lru_cache

# One line per English word: the English word, then the words read as it.
_ENTRIES = """
ransomware: rancongiciel rancongiciels gijzelsoftware erpressungssoftware erpressersoftware
phishing: hameconnage filoutage
leak: fuite datalek lek
flaw: faille lucke sicherheitslucke
patch: correctif correctifs corrige corrigee corrigees corriges correction corrections fix fixes
  fixed fixing patched patches patching
takedown: demantelement
dismantle: demantele demantelee demanteles dismantled dismantles
arrested: interpelle interpelles arrete arretes gearresteerd aangehouden opgepakt festgenommen verhaftet
arrest: arrestation arrestations interpellation interpellations
sentenced: condamne condamnes veroordeeld verurteilt
charged: inculpe inculpes
seizure: saisie saisies beschlagnahmt
guilty: coupable coupables
trial: proces
court: tribunal rechtbank gericht
lawsuit: plainte poursuite poursuites
fine: amende amendes
reward: recompense
theft: vol vols
stolen: vole volee voles volees derobe derobes gestolen gestohlen
backdoor: derobee derobees
hacking: piratage
hacked: pirate piratee piratees gehackt
hack: pirater
spyware: espion espionne espionner
software: logiciel logiciels
espionage: espionnage cyberespionnage cyber-espionnage
trojan: troie
ransom: rancon rancons
blackmail: chantage
scam: arnaque arnaques escroquerie escroqueries oplichting betrug
fake: faux fausse fausses nep contrefait falsifie falsifiee falsifiees falsifies
credentials: identifiants
password: passe
account: compte comptes
email: courriel courriels
browser: navigateur navigateurs
firewall: pare-feu pare-feux
kernel: noyau
driver: pilote pilotes
firmware: micrologiciel
update: mise mises
buffer: tampon
overflow: depassement debordement
denial: deni
remote: distance
bypass: contournement contourne contourner contournent
disclosure: divulgation
breach: violation breche
hijack: detournement detourne detournent kapen
takeover: prise
auction: enchere encheres
researcher: chercheur chercheurs onderzoeker onderzoekers forscher
report: rapport rapporte
warning: avertissement avertit waarschuwing warnt
threat: menace
attacker: attaquant attaquants aanvaller aanvallers angreifer
vendor: editeur fournisseur
supply: approvisionnement
chain: chaine chaines
company: entreprise societe firme firm bedrijf unternehmen
hospital: hopital ziekenhuis krankenhaus
health: sante
bank: banque banques
banking: bancaire bancaires
school: ecole ecoles scolaire scolaires
government: gouvernement gouvernemental gouvernementale gouvernementales overheid regierung
chinese: chinois chinoise chinoises
china: chine
russian: russe russes
russia: russie
korean: coreen coreenne
north: nord
germany: allemagne duitsland deutschland
german: allemand allemande
file: fichier fichiers bestand bestanden datei dateien
upload: televerse televerses televersement
download: telechargement telecharge telecharger
repository: depot depots
package: paquet paquets
device: appareil appareils
phone: telephone telephones
vehicle: automobile automobiles voiture voitures
trend: tendance tendances
challenge: defi defis
reader: lecteur lecteurs
plate: plaque plaques
license: immatriculation
payment: paiement paiements
address: adresse adresses
tool: outil outils
cloud: nuage
network: reseau reseaux netwerk netzwerk
key: cle cles
encryption: chiffrement
decryptor: dechiffreur dechiffrement
backup: sauvegarde sauvegardes
outage: panne pannes coupure storing uitval ausfall
disruption: perturbation perturbations
block: bloque bloquee blocage bloquer
ban: interdiction interdit interdire
law: loi
disinformation: desinformation
child: enfant enfants
game: jeu jeux
player: joueur joueurs
airport: aeroport aeroports
airline: aerienne aeriennes
insurance: assurance
insurer: assureur assureurs
factory: usine usines
manufacturer: constructeur fabricant constructeurs fabricants hersteller fabrikant
week: semaine
month: mois
year: annee annees
billion: milliard milliards
discover: decouvre decouvert decouverte decouvertes decouvrent
student: etudiant etudiants
customer: client clients klant klanten kunde kunden
city: ville stad stadt
municipality: commune gemeente gemeinde
attack: aanval angriff
vulnerability: kwetsbaarheid schwachstelle
founder: fondateur fondatrice oprichter grunder
years: ans
loader: chargeur
wave: vague
abuse: abus
encrypted: chiffree chiffrees
shortcut: raccourci
form: formulaire
human: humain humaine humains
unveil: devoile devoilee devoilent
launch: lancement
engineering: ingenierie
browsing: navigation
market: marche marches markt
global: mondial mondiale mondiaux wereldwijd weltweit
open: ouvre ouvrent ouvert ouverte ouverts ouvertes
lock: serrure serrures schloss
safe: coffre coffre-fort coffres-forts kluis
"""


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    english = ""
    for line in _ENTRIES.splitlines():
        head, colon, rest = line.partition(":")
        if colon and not line.startswith(" "):
            english, words = head.strip(), rest.split()
        else:
            words = line.split()
        for word in words:
            table.setdefault(word, english)
    # An English headline's inflections of those words read as the word too: stems of four or five
    # letters differ by them ("leak" / "leaks" / "leaked").
    for english in sorted(set(table.values())):
        for end in ("s", "es", "ed", "d", "ing", "er", "ers"):
            table.setdefault(english + end, english)
    # ...and a word read as an inflected one reads as its base ("pirate" → "hacked" → "hack").
    return {word: table.get(english, english) for word, english in table.items()}


@lru_cache(maxsize=1 << 14)
def english(word: str) -> str:
    """The English word a folded headline word stands for (itself when the lexicon has none):
    "rancongiciels" → "ransomware", "lecteurs" → "reader", "malware" → "malware"."""
    table = _table()
    for form in (word, word.removesuffix("s"), word.removesuffix("x"), word.removesuffix("es")):
        if form in table:
            return table[form]
    return word


def in_english(words: frozenset[str]) -> frozenset[str]:
    """`english` of each word."""
    return frozenset(english(w) for w in words)
