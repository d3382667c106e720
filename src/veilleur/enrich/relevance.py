"""Is the article's main subject cybersecurity? A weighted multilingual (FR, EN, NL, DE) lexicon.

The score saturates with evidence: a single passing mention of "password" in a sports story
stays low, a story built around an attack, a flaw or a breach scores near 1. Title terms count
double because a headline states the main subject.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.enrich.topic import security_log_odds
from veilleur.text.prefilter import Screened, counted, screened

# term (regex, matched case-insensitively at word starts) → weight. Strong terms name security
# events outright; weak ones are common in security stories but also elsewhere.
LEXICON: dict[str, float] = {
    # events and threats
    r"ransomware|rançongiciel|rançon(?:giciel)?s?\b|ransom\b|losgeld|lösegeld": 3.0,
    r"cyber[- ]?(?:attack|attaque|aanval|angriff)|cyberattaque|cyber-attaque": 3.0,
    # (the vendor Malwarebytes, in its own bylines and footers, names no malware: "by Malwarebytes Labs")
    r"malware(?!bytes)|maliciels?|logiciels? malveillants?|schadsoftware|trojan|cheval de troie|spyware|infostealer|"
    r"stealer\b|backdoor|porte dérobée|wiper\b|botnet|rootkit|keylogger": 3.0,
    r"vulnerabilit|vulnérabilit|kwetsba|schwachstelle|sicherheitslücke|(?:beveiligings)?lek(?:ken)?\b|zero[- ]day|0-day|\bcve-\d": 3.0,
    r"data breach|fuite de données|violation de données|datalek|datenleck|datenpanne|breach\b": 3.0,
    # (a fake CAPTCHA is a lure: "Fake CAPTCHA tests trick users into running malware")
    r"phishing|hameçonnage|smishing|vishing|credential stuffing|fake captchas?\b": 3.0,
    r"\bddos\b|déni de service|denial[- ]of[- ]service": 3.0,
    r"exploit(?:ed|s|ation|é|ée)?\b|remote code execution|\brce\b|privilege escalation|"
    r"élévation de privilèges|authentication bypass|injection sql|sql injection|\bxss\b|open redirects?": 2.5,
    r"hacker|hacked|hacking\b|(?:na|door|after|following|in|nach) (?:an? |the |de |een |einem )?hack\b|hackaanval\w*|hackerangriff\w*|kwaadwillend\w*|piratage|pirates? informatiques?|piraté|gehackt|hackers?|cybercrimin": 2.5,
    r"supply[- ]chain attacks?|attacco informatico|attacchi informatici|incidenti? informatic\w*": 3.0,
    # Data stolen, as a headline says it in each language without a threat word ("Des pirates volent
    # les données des clients de X", "les données de 300 000 clients dérobées", "Klantgegevens van X
    # gestolen", "Kundendaten von X gestohlen", "Thieves steal data of…"): the verb and the data
    # together, never the verb alone (a painting stolen, a flight's "vol").
    r"(?:vol(?:ent|é|ée|és|ées|er|ait|aient)?|vols|dérob\w{0,8}|subtilis\w{0,8}|siphonn\w{0,8}|exfiltr\w{0,8}) "
    r"(?:les |des |de |d['’]|du )?(?:[\w'’-]+ ){0,2}(?:données|identifiants|fichiers (?:clients|de clients))|"
    r"données (?:[\w'’-]+ ){0,6}(?:volées|dérobées|piratées|subtilisées|siphonnées|exfiltrées|dérobées)|"
    r"\w{0,20}gegevens (?:[\w.-]+ ){0,5}(?:gestolen|buitgemaakt|gelekt|uitgelekt|op straat)|(?:stelen|stal|stalen|"
    r"buitmaken|buitgemaakt) (?:[\w.-]+ ){0,3}\w{0,20}gegevens|datadiefstal|gegevensdiefstal|"
    r"\w{0,20}daten (?:[\w.-]+ ){0,5}(?:gestohlen|erbeutet|abgegriffen|abgeflossen|geleakt)|(?:stehlen|stahlen|"
    r"erbeuten|erbeuteten|erbeutet|abgreifen) (?:[\w.-]+ ){0,3}\w{0,20}daten|datendiebstahl|datenklau|"
    r"(?:steal(?:s|ing)?|stole) (?:[\w,.-]+ ){0,3}(?:data|records|credentials|passwords|personal information)|"
    r"(?:data|records|information|details) (?:[\w-]+ ){0,3}(?:was|were|is|are|been) stolen|data theft": 3.0,
    # French headlines call hackers "pirates" (the weight of "pirates informatiques" once they act:
    # "paralysée par des pirates", "des pirates volent"), and a victim held to ransom "rançonnée";
    # the German and Dutch cybercriminals ("Cyberkriminelle").
    r"(?:par (?:des|un groupe de|les) |(?:groupe|gang|collectif) de )pirates\b|pirates? (?:ont |a |auraient |"
    r"aurait )?(?:vol|dérob|attaqu|pirat|infiltr|pénètr|rançonn|revendiqu|exig|paralys|bloqu|chiffr|accéd|cibl|"
    r"s['’]en prenn|s['’]attaqu|publi|diffus)\w{0,10}|rançonn\w{0,8}|cyberkrimin\w{0,10}": 2.5,
    # Sabotage of networks and cables is an attack whatever carried it out ("Sweden seizes cargo ship
    # after another undersea cable hit in suspected sabotage").
    r"sabotage\w{0,2}|saboté\w{0,2}|sabotiert\w{0,2}|gesaboteerd": 1.5,
    # Italian as the IT-management outlets write it ("Attacco a LastPass", "Regolamento DORA", "Pubblicata la
    # ISO/IEC 27001:2022", "Tassonomia incidenti ACN", "Guide per lo sviluppo sicuro")
    # (not "sicurezza delle informazioni": that outlet's tagline, on every page; not the privacy standards
    # 27018 and 27701; DORA only as the regulation, never a name)
    r"attacc(?:o|hi) (?:a|al|alla|alle|ai|agli|contro|di|del|ransomware)\b|infezion[ei]\b|(?:dati|messaggi|credenziali) "
    r"rubat[ie]|sviluppo sicuro|iso/iec 270(?:0\d|1[0-7]|3\d|xx)\b|iso 27001|(?:regolamento|secondo|regulation|"
    r"autovalut\w*) dora\b|\bdora (?:e |regulation|act|regolamento)|\bacn\b|agenzia per la cybersicurezza|"
    r"polizia postale": 2.0,
    # attacks on AI models' guardrails (the guide: AI jailbreaks are security research)
    r"jailbreak\w*|prompt injection": 2.5,
    r"threat actor|acteur malveillant|\bapt\d*\b|espionnage|cyber-?espionage|state-sponsored": 2.5,
    r"extortion|extorsion|afpersing|erpressung|leak site|site de fuite|exfiltrat": 2.5,
    r"cybersecurity|cybersécurité|cyberbeveiliging|cybersicherheit|sécurité informatique|"
    r"it-sicherheit|informatiebeveiliging|infosec|sicurezza (?:informatica|cibernetica)|cibersicurezza|"
    r"cybersicurezza|\bclusit\b|cyber resilience act|\bnis ?2\b": 2.0,
    r"\bcisa\b|\banssi\b|cert-fr|\bcert\b|\bcsirt\b|\bncsc\b|\bbsi\b|\bccb\b|computer crime unit|"
    r"europol|\benisa\b": 1.5,
    r"patch(?:es|ed)?\b|security update|mise à jour de sécurité|correctif|beveiligingsupdate|"
    r"sicherheitsupdate|\bcvss\b|\bkev\b": 2.0,
    r"\bioc|indicators? of compromise|command[- ]and[- ]control|\bc2\b|payload|charge utile|"
    r"compromis|compromised|gecompromitteerd|kompromittiert": 2.0,
    r"logiciel de cryptage|chiffré les|encrypted (?:the )?(?:files|systems|servers)|versleuteld|"
    r"verschlüsselt": 2.0,
    r"intrusion|broke into|stolen (?:data|files|credentials|information)|données (?:volées|dérobées)|"
    r"attackers?\b|attaquants?\b|aanvallers?|angreifer|threat\b|menace": 2.0,
    r"leak(?:s|ed)?\b|pwned|exposed (?:data|records|info|personal)|personal (?:info|data|information)|"
    r"données personnelles|s3 buckets?|misconfigured|exposes (?:[\w,.+-]+ ){0,3}(?:files|records|data|users|customers|"
    r"documents)|stalkerware|spying|espion\w*|video[- ]surveillance|surveillance cameras?": 2.0,
    r"scam(?:s|mers?)?\b|arnaque\w*|escroqu\w*|escrocs?\b|oplichters?\b|betrüger\w*|fraud\w*|fraude\w*|oplichting|betrug\w*|money launder\w*|"
    r"blanchiment|"
    # scams by phone, as consumer-security outlets name them ("billions of spam calls a month")
    r"robocalls?\b|(?:spam|scam|fraud) calls?\b|appels? (?:frauduleux|d['’]arnaque)|spam-?anrufe?|betrugsanrufe?|"
    r"nepbellers?|spoofing[- ]?(?:calls?|anrufe?)": 2.0,
    r"arrest\w*|interpell\w*|indicted|extradit\w*|sentenced|condamné|charged with|takedown|démantel\w*|"
    r"seized|saisi\w*|jailed|behind bars|pleaded guilty|pleads guilty|convicted|incarcéré\w*|inhaftiert|"
    r"veroordeeld": 1.5,
    # weaker context
    # encrypted messaging as a subject (its backdoor laws, AI reading chats): "The new rules for AI and
    # encrypted messaging", "le chiffrement de bout en bout", "Ende-zu-Ende-Verschlüsselung"
    r"end-to-end encrypt\w{0,6}|encrypted (?:messaging|messages|chats?|apps?)|chiffrement de bout en bout|"
    r"messageries? chiffrées?|ende-zu-ende-verschlüssel\w{0,6}|end-to-end versleutel\w{0,6}|versleutelde "
    r"(?:berichten|chats?|apps?)": 1.5,
    r"password|mot de passe|wachtwoord|passwort|credential|identifiants|authentication|"
    r"authentification|encryption|chiffrement|firewall|pare-feu|antivirus|edr\b|soc\b|siems?\b": 1.0,
    r"security researchers?|chercheurs? en sécurité|threat intelligence|cyber|surveillance": 1.0,
    # what attackers send or plant ("a malicious document", "une pièce jointe malveillante"); not the
    # law's or the office's ("malicious prosecution", "malicious compliance")
    r"malicious(?! prosecution| compliance)|malveillante?s?\b|bösartige?[nrs]?\b|kwaadaardige?\b": 2.5,
    # Attacks and incidents headlines name without a threat word ("Telco suffers attack, takes
    # systems offline", "'Deliberate attack' deletes app's cloud resources").
    r"suffers? (?:an? )?(?:\w+ )?attack|(?:deliberate|targeted|coordinated) attack|attack on (?:its|the) "
    r"(?:systems|network|servers|infrastructure)|(?:takes?|took|knocked|knocks?) (?:\w+ )?(?:systems|"
    r"services|servers) offline|systems offline|(?:cyber|security) incident|incident (?:de sécurité|cyber)|"
    r"sicherheitsvorfall|beveiligingsincident|cyberincident": 2.5,
    # Offensive-security frameworks and detection content are security subjects whoever uses them
    # (the galaxies' tools need a threat word nearby to count as malware).
    r"cobalt strike|mimikatz|metasploit|brute ratel|sliver c2|yara rules?|sigma rules?|detection rules?|"
    r"règles de détection|erkennungsregeln|detectieregels": 2.5,
    # Defensive practice named by its tools and teams ("Improving your DLP response", "Burnout in SOCs").
    r"\bdlp\b|data loss prevention|\bsocs\b|security operations cent\w+|fingerprinting|\bgpos?\b|"
    r"embedded (?:files|objects|macros)|sysmon|pcaps?\b|packet captures?|wireshark|zeek\b|suricata|honeypots?|"
    r"dshield|"
    r"campaign targets|campagne cibl\w*|kampagne (?:gegen|zielt)": 1.5,
    # The craft of defenders and code-makers in its own words, which short diaries and blog posts use
    # without any threat word ("the Zone.Identifier ADS", "my first DNS sinkhole", "COMSEC and SIGINT
    # training videos"): cryptography and signals security, Windows' download mark, sinkholes and
    # blocklists of bad domains. (Not "crypto": the currency.)
    r"cryptograph\w*|cryptolog\w*|cryptanaly\w*|comsec\b|sigint\b|signals intelligence|"
    r"mark[- ]of[- ]the[- ]web|motw\b|zone\.identifier|sinkhol\w*|block ?lists?\b|"
    r"(?:bad|malicious|blocked) domains|"
    # the analysts' own tools and checks, named without a threat word in their diaries ("YARA 4.5.1
    # Release", "Password Cracking & Energy" with hashcat, "SPF and DMARC use on popular domains",
    # "Same Origin, CORS, DNS Rebinding"): signature matching, password cracking, mail authentication,
    # packet crafting and document triage
    r"yara[- ](?:rules?|v?\d|signatures?)|hashcat|john the ripper|password[- ]crack\w*|(?:crack|cracking|cracked) "
    r"(?:the |a )?(?:password|hash)\w*|dmarc\b|dkim\b|dns rebinding|same[- ]origin polic\w*|cyberchef|networkminer|"
    r"scapy\b|pdfid|oledump|\bnmap\b|port[- ]scan\w*": 2.0,
    # Security vendors and their bulletins ("Kaspersky Security Bulletin 2022. Statistics").
    r"kaspersky|eset\b|sophos|crowdstrike|mandiant|sentinelone|trend micro|bitdefender|malwarebytes|"
    r"proofpoint|security bulletin": 1.5,
    # flaws and tooling as headlines name them ("A high-severity bug in F5 BIG-IP", "AlienFox toolkit")
    r"bugs?\b|flaws?\b|failles?\b|security holes?\b|trous? de sécurité|toolkit|dark ?web|darknet|cyberwar\w*|hacktivis\w*|\bsoc\b": 2.0,
    r"security\b|sécurité|sicherheit|beveiliging|sicurezza|insicurezza|seguridad|passkeys?\b|owasp": 1.0,
    r"outages?\b|indisponibilit\w+|disservizi\w*|pannes? (?:mondiale|géante|informatique)\w*|\w*störung\w*|storing": 1.5,
    r"charged\b|crooks?\b|cybercrooks?|criminals?\b|stolen\b|(?:crypto)?miners?\b|cryptojack\w*|"
    r"incident response|playbook|\bsiem\b|suspicious activity": 1.5,
}
# Subjects that borrow security words without being about security: piracy and copyright
# enforcement ("pirate sites", "threat to creators"), and privacy matters that are not a security
# event (the guide: data transfers, age verification, content moderation, data brokers, tracking,
# surveillance laws), which the users do not want briefed.
OFF_TOPIC: dict[str, float] = {
    r"piracy|pirate (?:sites?|streaming|iptv)|piratage de (?:films|séries|contenus)|torrent\w*|copyright|"
    r"droit d'auteur|anti-piracy|dmca|riaa|\bmpa\b|iptv|warez": 3.0,
    r"(?:unlawful(?:ly)? )?data transfers?|transferts? de données|age verification|vérification de l'âge|"
    r"content moderation|misinformation|désinformation|data brokers?|courtiers? en données|ad tracking|"
    # (the ad industry's data and its trade: "The Global Surveillance Free-for-All in Mobile Ad Data",
    # "Publicité ciblée : les données de localisation …", "Werbedaten")
    r"(?:mobile |location )?(?:ad|advertising|marketing) data|data-surveillance|surveillance (?:advertising|"
    r"marketing|capitalism|pricing)|données publicitaires|werbedaten|advertentiedata|"
    r"commercial surveillance|mass surveillance|surveillance laws?|snoop\w* on (?:staff|employees|workers)|"
    r"employee monitoring|privacy (?:invasion|rules|laws?|lawsuits?|settlements?|policy|policies|regulators?)|"
    r"(?:kids|children)['’]s? (?:privacy|online safety)|adult(?:-only)? (?:content|websites?|sites?)|"
    # privacy rules on cookies and consent, data shared or sold, location tracking (the guide: a privacy
    # fine for unlawful processing is out; a fine for a breach names the breach)
    r"(?:advertising |tracking |third-party )?cookies? (?:laws?|polic(?:y|ies)|rules|consent|banners?|violations?)|"
    r"advertising cookies|without (?:user |users['’] )?consent|gdpr violations?|data transparency|"
    # a regulator's privacy action named by the law or the watchdog ("fined … for violating GDPR", "Italy's
    # data protection watchdog fined…"): a breach named beside it outweighs it
    r"(?:violat\w*|breach\w* of|under|verstoß\w* gegen|schending van) (?:the |du |de la |die |der |de )?(?:gdpr|rgpd|"
    r"dsgvo|avg)\b|(?:data protection|privacy) watchdogs?|"
    r"(?:gendarme|garant\w*) de la vie privée|datenschutzbehörde|"
    r"data protection authority['’]?s?|shared (?:[\w-]+ ){0,2}(?:information|data) with|location data|"
    r"digital (?:services )?laws?|digital services act|protection de la vie privée|vie privée des|"
    r"jugendschutz|privacywetgeving|counterfeit goods|contrefaçons?|privacy (?:plans?|bills?|acts?)|"
    r"(?:personal )?data protection (?:bills?|laws?|acts?)|protection des données personnelles|datenschutzgesetz\w*|"
    r"(?:police|cops|law enforcement)(?:['’]s?)? (?:[\w-]+ ){0,2}(?:surveillance|spying|face recognition|"
    r"facial recognition|drones?|license plate readers?)|spying on (?:political|protesters?|activists|movements|"
    r"immigrants)|face recognition|facial recognition|license plate readers?|domestic spying|warrantless (?:spying|"
    r"surveillance)|section 702|\bfisa\b|advertisers? (?:[\w-]+ ){0,3}tracking|tracking your (?:teens?|kids|children)": 2.0,
    # The organisation's own news: grants, donations, fundraisers (not a security subject), and its
    # personal news (the guide leaves it out): memorials and obituaries, a trivia night.
    r"receives? (?:a )?\$?[\d.,]+ ?[km]? grant|grant from|donations?|fundraiser|fundraising|in memoriam|"
    r"celebrat\w* the life (?:and work )?of|in appreciation of|obituar(?:y|ies)|trivia night": 2.0,
    # Financial fraud on investors or the tax office is not fraud carried out online (GUIDE.md §3): "AI
    # chatbot startup founder … accused of ripping off investors in $60M fraud" (securities fraud).
    r"securities fraud|accounting fraud|tax (?:fraud|evasion)|ripping off investors|defraud\w{0,4} (?:its |the |"
    r"their )?investors|investors out of|fraude fiscale|steuerbetrug|steuerhinterziehung|belastingfraude|"
    r"insider trading|délit d['’]initié": 2.0,
    # Schneier's weekly open thread: about a squid unless its title says otherwise.
    r"friday squid blogging": 6.0,
    # Book announcements and reviews (the guide leaves them out) and Graham Cluley's AI show; an
    # author's news of the book ("My latest book continues to sell well", "order a signed copy", "a
    # book talk") and the review magazines' names in a headline ("Booklist Review of …"). In Italian, a
    # headline that opens on the book ("Libro sulla …") or the author's own ("il mio nuovo libro"): a
    # book named in passing ("ha pubblicato il libro …", "vorrei trovare un libro che spieghi …") is
    # not the subject of a regulation or guidance post.
    r"is now published|first review of|book review|my (?:new |latest |next |forthcoming )?book|^libro\b|"
    r"(?:il )?mio (?:nuovo |ultimo |prossimo )?libro|the ai fix|"
    r"signed (?:copy|copies|book)|book (?:talk|tour|signing|launch)|must-read book|(?:about|shipping|order(?:ed)?) (?:the|my) book|"
    r"(?:booklist|kirkus|publishers?['’]?s? weekly)(?:['’]s?)? review|mon (?:nouveau |dernier |prochain )?livre|"
    r"mein (?:neues |letztes )?buch|mijn (?:nieuwe |laatste )?boek": 6.0,
}
# Civil liberties as a headline's subject (the guide's digital-rights topics: free speech, a rights
# case and the briefs filed in it, the state's surveillance equipment at a border or in the sky):
# "EFF Files Amicus Brief …", "… Border Surveillance Technologies", "Organizing for Digital Rights".
# Counted in the headline only: security news names them in passing (spyware used against human
# rights defenders, a ban argued over free speech), the headline says what the page is about.
OFF_TOPIC_HEADLINE: dict[str, float] = {
    r"civil (?:liberties|rights)|digital rights|free(?:dom of)? (?:speech|expression)|(?:first|fourth) amendment|"
    r"amicus (?:brief|curiae)|net neutrality|reproductive (?:health|rights|care)|abortion\w*|"
    r"(?:border|drone|aerial|biometric|street[- ]level) surveillance|surveillance (?:tech\w*|towers?)": 2.0,
    # the ad industry's tracking as a headline's subject (GUIDE.md §3: ad tracking is a privacy matter):
    # "Your browser has ad tech's fingerprints all over it"
    r"ad[- ]?tech\b|advertising technolog\w*": 2.0,
}
# Cybercrime named as the headline's subject (a convention or a law against it, a report on it): "UN
# Cybercrime Treaty …" states a security subject that "cyber", a weak word, does not carry, and that
# a civil-liberties phrase beside it ("cross-border surveillance powers") must not outweigh. Counted
# in the headline only: a text names it in passing ("a department responsible for preventing
# cybercrime" in a piracy story).
#
# Surveillance as a headline's subject weighs as a strong word (the weak one of the text plus this);
# in a text it is context (the state's or the police's watching, on a digital-rights page: "Police
# Tools", "dragnet digital surveillance"), unless it is the devices sold as such ("video surveillance
# products" banned on national security grounds).
HEADLINE_LEXICON: dict[str, float] = {r"cyber[- ]?crimes?\b": 2.5, r"surveillance": 1.0}
_TERMS = [(screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in LEXICON.items()]
_HEADLINE_TERMS = [
    *_TERMS,
    *((screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in HEADLINE_LEXICON.items()),
]
_OFF = [(screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in OFF_TOPIC.items()]
_OFF_HEADLINE = [
    (screened(rf"(?<!\w)(?:{pattern})", re.I), weight) for pattern, weight in OFF_TOPIC_HEADLINE.items()
]
counted(pattern for pattern, _ in (*_HEADLINE_TERMS, *_OFF, *_OFF_HEADLINE))  # read by `_occurrences`
THREAT_NAME_WEIGHT = 3.0
# Each term counts at most this many times: repetition says little more than presence.
MAX_OCCURRENCES = 3
# Evidence at which the score reaches 1 - 1/e ≈ 0.63; calibrated so that one strong term in the
# title plus one in the text passes the default 0.5 threshold, and a lone weak term does not.
SCALE = 7.0


def _occurrences(pattern: Screened, text: str) -> int:
    """Matches of the pattern in the text (as `findall` counts them), at most MAX_OCCURRENCES: the
    scan stops at the last one that counts."""
    return pattern.count(text, MAX_OCCURRENCES)


def evidence(text: str, headline: bool = False) -> float:
    """Weighted security terms of the text; a headline's (`headline`) counts its own terms too."""
    total = 0.0
    for pattern, weight in _HEADLINE_TERMS if headline else _TERMS:
        total += weight * _occurrences(pattern, text)
    return total


def strongest(title: str) -> float:
    """The weight of the strongest lexicon term the headline holds (0.0 for none)."""
    return max((weight for pattern, weight in _HEADLINE_TERMS if pattern.search(title)), default=0.0)


def _off_topic(text: str, headline: bool = False) -> float:
    """Evidence of another subject; a headline's (`headline`) counts its own terms too."""
    terms = (*_OFF, *_OFF_HEADLINE) if headline else _OFF
    return sum(weight * _occurrences(p, text) for p, weight in terms)


# A privacy regulator's fine for a data breach is a breach story (GUIDE §3: "a fine for a breach is
# kept"): the regulator's words are off-topic only when neither the headline nor the lead names a breach.
_REGULATOR = screened(
    r"(?<!\w)(?:(?:data protection|privacy) watchdogs?|(?:gendarme|garant\w*) de la vie privée|"
    r"datenschutzbehörde|data protection authority['’]?s?)",
    re.I,
)
_BREACH_NAMED = screened(
    r"(?<!\w)(?:data breach|fuite de données|violation de données|datalek|datenleck|datenpanne)", re.I
)
LEAD_CHARS = 600


def _regulator_of_breach(title: str, text: str) -> tuple[str, str]:
    """(title, text) without the privacy regulator's words when a breach is named in the headline or
    the lead; unchanged otherwise."""
    if _BREACH_NAMED.search(title) or _BREACH_NAMED.search(text[:LEAD_CHARS]):
        return _REGULATOR.sub(" ", title), _REGULATOR.sub(" ", text)
    return title, text


def _without_off_topic(text: str) -> str:
    """The text without its off-topic terms: "mass surveillance laws" says surveillance as part of an
    off-topic subject, not as a security one."""
    for pattern, _ in (*_OFF, *_OFF_HEADLINE):
        text = pattern.sub(" ", text)
    return text


# The topic model (topic.py): log-odds from which it vouches for a page, the score it then gives,
# and the words of text it needs (menus-only captures have fewer).
TOPIC_LOG_ODDS = 4.0
TOPIC_SCORE = 0.5
TOPIC_MIN_WORDS = 20
# The log-odds from which the model vouches for a page it knows by its headline (and address) only:
# on the labelled title-only pages, security headlines the lexicon misses score 1.5-9, other subjects
# at most 1.7 (promotional pages, caught apart, up to 3.8).
HEADLINE_LOG_ODDS = 2.0
# A headline that states an off-topic subject (a privacy law, age verification, a data broker's trade)
# in more words than it states a security one outside that subject's own words, and names no threat,
# says what the page is about: the text's security vocabulary does not make it security news
# (GUIDE.md §3: the main subject decides).
OFF_TOPIC_HEADLINE_SCORE = 0.1
# Below this many words of text the page gave little more than its headline (menus-only pages,
# title-and-subtitle captures): the headline is then most of the evidence there is.
SHORT_TEXT_WORDS = 80
# A page of another subject that borrows security words in passing (an ERP how-to's "authentication"
# and "patch", a billing guide's "charged", a lawsuit over an app store): the topic model, sure it is
# another subject, decides when the headline states no security subject and names no threat. Only
# English pages: the model's other languages are too thin to be that sure (an Italian regulation post
# reads as strongly negative).
TOPIC_OFF_LOG_ODDS = -60.0
TOPIC_OFF_SCORE = 0.1
TOPIC_OFF_LANGS = ("en", "")
# A headline whose only security words are the weak context ones (security, password,
# authentication, encryption: weight 1.0) states no security subject either: an ERP's "Password
# reset cross-client", "BW Security: migrating the roles" are product how-tos the model is sure of.
WEAK_HEADLINE = 1.0
# An attack the lead says someone carried out or served (a registrar "a draw for spammers and phishers",
# a site sued "for alleged hacking") makes the page security news whatever the rest of its words: the
# topic model, which reads them all, does not rule it out (GUIDE.md §13: civil suits against those said
# to hack or to serve phishers are relevant). Not flaws and patches: an ERP patching how-to names them;
# nor the law's breaches ("sued Apple for breach of contract" over an app's removal).
_ATTACK_IN_LEAD = screened(
    r"(?<!\w)(?:hack(?:ing|ed|ers?)|phish\w*|breach(?:es|ed)?(?! of (?:contract|duty|trust|fiduciary|warranty))|stole|stolen|steal\w*|malware|ransomware|"
    r"cyber-?attacks?|cyber-?criminals?)(?!\w)",
    re.I,
)


def _slug_words(url: str) -> str:
    """The words of the address's last path segment ("progress-software-loadmaster-flaws")."""
    segments = [p.rsplit(".", 1)[0] for p in urlsplit(url).path.split("/") if "-" in p or "_" in p]
    return " ".join(re.split(r"[-_]+", segments[-1])) if segments else ""


def relevance_score(title: str, text: str, url: str = "", lang: str = "") -> float:
    """0..1: how much the article is about cybersecurity. `url` is read only when the page gave
    almost no text: its slug then stands in for a headline the capture lost. `lang` (ISO 639-1, ""
    when unknown) says whether the topic model may rule a page out (TOPIC_OFF_LANGS)."""
    words = max(len(text.split()), 1)
    title_weight = 4 if words < SHORT_TEXT_WORDS else 2
    title, text = _regulator_of_breach(title, text)
    headline, off_headline = evidence(title, headline=True), _off_topic(title, headline=True)
    raw = title_weight * headline + evidence(text) - 2 * off_headline - _off_topic(text)
    # A threat actor or malware family the galaxies know, named in the headline ("Pro-Russia group
    # Killnet targets Germany"), is the subject: as strong as a threat word.
    named = min(len(threat_mentions(title)), 2)
    raw += title_weight * THREAT_NAME_WEIGHT * named
    if off_headline and not named and off_headline > evidence(_without_off_topic(title), headline=True):
        return OFF_TOPIC_HEADLINE_SCORE
    if (
        not named
        and lang[:2].casefold() in TOPIC_OFF_LANGS
        and words >= TOPIC_MIN_WORDS
        and strongest(title) <= WEAK_HEADLINE
        and security_log_odds(title, text) <= TOPIC_OFF_LOG_ODDS
        and not (_ATTACK_IN_LEAD.search(text[:LEAD_CHARS]) and not _off_topic(text[:LEAD_CHARS]))
    ):
        return TOPIC_OFF_SCORE
    if words < SHORT_TEXT_WORDS and url:
        raw += 2 * evidence(_slug_words(url))
    # Long articles accumulate incidental mentions: scale evidence down past 600 words.
    raw /= max(1.0, math.sqrt(words / 600))
    lexicon = 1 - math.exp(-max(raw, 0.0) / SCALE)
    # Pages that say security in words the lexicon does not know (a diary on a scan, a Kremlin
    # iPhone ban): our topic model, confident, lifts them to the publication level. Menus-only
    # captures (under TOPIC_MIN_WORDS words) are not lifted: the model would read the menus.
    # A page whose headline states an off-topic subject (a podcast on AI, a privacy law, a book) is
    # not lifted either: the model reads its security vocabulary, the headline says what it is about.
    if (
        lexicon < TOPIC_SCORE
        and words >= TOPIC_MIN_WORDS
        and not off_headline
        and security_log_odds(title, text) >= TOPIC_LOG_ODDS
    ):
        return TOPIC_SCORE
    # A capture that kept only its headline (title-only and menus-only pages): the model reads the
    # headline and the address's words, not the menus, and vouches for the subject they state
    # ("Iran-linked actors target critical infrastructure organizations", "WormGPT … BEC attacks").
    if (
        lexicon < TOPIC_SCORE
        and words < TOPIC_MIN_WORDS
        and not off_headline
        and security_log_odds(f"{title} {_slug_words(url)}", "") >= HEADLINE_LOG_ODDS
    ):
        return TOPIC_SCORE
    return round(lexicon, 3)
