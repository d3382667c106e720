"""Rules of the kind of event that read the headline's shape rather than a kind's vocabulary
(bench/data/intel/GUIDE.md §4), used by category.py: who the ransomware is for, which of a flaw and a
ransomware the headline is about, an attack named without a kind, deals and outages that are no
attack. Patterns are compiled at their first use (`_rx`), not when the module is imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol
from urllib.parse import urlsplit

_SOURCES = {
    # A gang named as the customer or partner of the malware the headline is about ("SocGholish
    # delivers access to LockBit", "FIN7 peddles its malware to ransomware gangs", "a partner for Clop").
    "customer": r"(?<!\w)(?:access to|partners? (?:for|of|to|with)|(?:sells?|selling|sold|peddl\w*|offers?|offering|"
    r"rents?|renting|leas\w*|delivers?|delivering|suppl(?:y|ies|ying)|provid\w*|brokers?)\b[^.;:]{0,60}?\b(?:to|for))\b",
    # An event headline that names an attack but no kind of attack ("A cyber attack hit government
    # sites", "Stock firm pulls website amid cyberattack"): no policy or research word makes it so. A
    # "new attack against" a system is a technique (research), not an event: not here, nor a headline
    # explaining how to hack something ("How to hack casino card shufflers"): a method, not an attack.
    "attack": r"(?<!\w)(?<!risk of )(?<!threat of )(?<!risks of )(?<!how to )(?<!ways to )(?:hackers?|hacked|hack\b|pwn(?:s|ed)?\b|"
    r"cyber[- ]?attack(?:s|ed)?|cyber[- ]?assaults?|attacks? hit|(?:hit|struck) by|suffers?|"
    # an attack told by what it did ("Deliberate attack deletes shopping app's cloud resources")
    r"(?:attacks?|attackers?|intruders?)['’]? (?:delete[sd]?|wipe[sd]?|destroy(?:s|ed)?|cripple[sd]?|disrupt(?:s|ed)?|"
    r"knock(?:s|ed)? (?:out|offline)|takes? down|took down)\b|"
    # a break-in told by its verb ("Crooks broke into 100k accounts", "website hijacked to advertise loans")
    r"(?:broke|break(?:s|ing)?) into|hijacked|s['’]introdui\w+ dans|eingedrungen|ingebroken|"
    r"cyberattaque|cyber-?angriff\w*|cyberaanval\w*|hackerangriff\w*|piraté\w*|gehackt)",
    # A person the headline says was unmasked or named as a criminal operation's head or member ("Russian
    # hacker X unmasked as LockBit administrator"): with police action in the lead, the naming is the event
    # (rule 1), the "hacker" no attack.
    "unmasked": r"(?<!\w)(?:unmasked|identified|named|outed|revealed|exposed|doxx?ed) as (?:the )?(?:[\w'’.-]+ ){0,4}"
    r"(?:administrators?|admins?|leaders?|boss(?:es)?|operators?|developers?|masterminds?|heads?|founders?|kingpins?|"
    r"members?|ringleaders?|affiliates?)\b",
    # A deal: one firm buying another ("to snatch X in $859M buyout") is industry news.
    "deal": r"(?<!\w)(?:buyouts?|acquir(?:es|ed|ing)|acquisitions?|to buy|buys|merger|snaps? up|in talks to buy|"
    r"rachète|rachat|übernimmt|übernahme|neemt \w+ over|overname)\b",
    # An outage with no attack (the guide: `other`).
    # (Dutch "storing" is an outage, English "storing passwords in plain text" keeping something)
    "outage": r"(?<!\w)(?:outages?|downtime|pannes?|störung|storing(?! (?:[\w'’-]+ ){0,3}(?:passwords?|credentials|"
    r"data|secrets|keys|tokens|information|files|logs|cookies|records)\b)|indisponibilit\w+|disservizi\w*|"
    r"blue screens?|bsods?|"
    r"faulty (?:[\w-]+ )?(?:updates?|patch(?:es)?)|(?:update|patch) (?:[\w-]+ )?crash\w*|crash(?:es|ed)? (?:[\w-]+ ){0,2}"
    r"(?:systems|computers|machines|pcs|servers|windows)|mise à jour défectueuse|"
    # machines crashing, told as the news ("Widespread Windows crashes due to X's updates")
    r"(?:systems?|computers?|machines?|pcs?|servers?|windows|devices?|laptops?) crash(?:es|ed)?\b|"
    # a fire, flood or power failure that takes services down ("Datacenter fire takes … offline")
    r"(?:fire|blaze|flood(?:ing)?|power (?:cut|failure|outage)|blackout)s? (?:[\w-]+ ){0,2}(?:takes?|took|knocks?|knocked|"
    r"forces?|forced|brings?|brought|puts?) [^.;:]{0,60}?\b(?:offline|down)|"
    r"(?:data ?cent(?:er|re)|server room) (?:fire|blaze|flood))\b",
    # A government banning products or vendors, or demanding encryption be broken: policy.
    "ban": r"(?<!\w)(?:bans? (?:[\w-]+ ){0,3}(?:software|products?|equipment|vendors?|devices?|phones?|iphones?|"
    r"cameras?|routers?|chips?|the use)\b|bans? on\b|(?:break|weaken|bypass)(?:ing|s)? (?:[\w-]+ )?encryption|"
    r"verbiedt|interdit (?:les?|l['’])|verbietet|"
    # a court or authority ordering a service blocked is an official ban ("Court orders action to block X")
    r"(?:orders?|ordered) (?:[\w-]+ ){0,2}to block\b)",
    # What a ban is not about: a store removing malicious apps.
    "malicious": r"(?<!\w)(?:malicious|malware|fake|rogue|scam\w*)",
    # A law that changes penalties ("Australia increases fines for data breaches") is policy, not a breach.
    "penalty": r"(?<!\w)(?:(?:increases?|raises?|doubles?|hikes?|toughens?) (?:the )?(?:maximum )?(?:fines|penalties|"
    r"sanctions)|(?:augmente|alourdit|durcit) (?:les )?(?:amendes|sanctions)|(?:erhöht|verschärft) (?:die )?"
    r"(?:bußgelder|strafen)|verhoogt (?:de )?boetes)",
    # Support lifecycles: extended security updates and end of support are news of a product, not a flaw.
    "lifecycle": r"(?<!\w)(?:extended security updates|months of security updates|end of (?:support|life)|"
    r"ends? (?:extended |mainstream |direct )?(?:support|sales?) (?:for|of)\b|"
    r"end-of-(?:support|life)|fin de (?:support|vie)|supportende|"
    # a vendor's policy of patching only its newest release ("only commits to patching latest OS version")
    r"(?:commits?|pledges?|promises?) to (?:patch|fix|updat)\w* (?:only )?(?:the )?(?:latest|newest|current) "
    r"(?:os |operating system |major )?(?:versions?|releases?))",
    # A headline reporting exploitation or a fix: one vendor's advisory over its models ("X confirms
    # active exploitation of flaws affecting multiple appliance models"), not research on many products.
    "advisory": r"(?<!\w)(?:exploitation|exploited|patch\w*|fix\w*|updates?)\b",
    # A line listing an event before the article ("Course title | Online | Time zone | Oct 20th - Oct 25th
    # 2025"): a page's advertisement, not its lead.
    # A column's standfirst listing its other items ("PLUS: Japan shifts to…; and more", "Also, a phishing
    # gang goes Royal…"): the items after the headline's, not its lead.
    "listing": r"^[^\n|]{0,200}\|[^\n]{0,200}\|[^\n]{0,200}\b(?:19|20)\d\d[ \t]*$|\A(?:also|plus)\b[,:][^\n]*",
    # A data breach named as such ("X data breach caused by a zero-day").
    "data breach": r"(?<!\w)(?:data breach(?:es)?|datalek|datenleck|fuite de données|violation de données)\b",
    # A gang, forum or leak site that was itself breached ("LockBit ransomware gang breached, secrets
    # exposed", "BreachForums hacked"): the guide files a breach of criminals as a data breach. Not a gang
    # that hacked someone, the verb then followed by its object ("8Base ransomware group hacked Croatia's
    # port"): only by an end, a mark or a word that tells how, when or by whom.
    "gang breached": r"(?<!\w)(?:gang|group|crew|operation|forum|leak site|panel|site|servers?)(?:['’]s? [\w-]+(?: [\w-]+)?)? "
    r"(?:(?:was|is|has been|gets?|got) )?(?:itself )?(?:breached|hacked|pwned|doxx?ed|compromised)\b"
    r"(?!\s+(?!(?:by|and|in|after|as|again|itself|on|via|through|with|over|amid|for|at|from|twice|too|once)\b)\w)",
    # A product's update words ("patches halted", "security updates delayed"): when they are a headline's
    # only flaw words, a compromise it names is the event, not a flaw.
    "updates": r"patch(?:es|ed)?|patch tuesday|(?:security )?updates?|fixe[sd]|hotfix|correctif\w*|"
    r"mises? à jour(?: de sécurité)?|out-of-band update",
    # Leaked or stolen tools reused to build something ("backdoor built on leaked CIA's Hive malware",
    # "leaked LockBit builder"): the leak is the tool's origin, not the event.
    "leaked tool": r"(?<!\w)(?:leaked|stolen)(?: [\w'’-]+){0,3} (?:malware|builders?|source code|toolkits?|tools?|"
    r"exploits?|code|implants?|frameworks?)\b",
    # Tools that follow threats ("launches the Dashboard Ransomware Monitor", "a leak-site tracker").
    "tracker": r"(?<!\w)(?:(?:ransomware|threat|leak[- ]site|breach) (?:monitor|tracker|dashboard|observator(?:y|ie))s?|"
    r"(?:monitor|tracker|dashboard|observatoire|tableau de bord) (?:of |des? |du )?(?:ransomware|rançongiciels|menaces))\b",
    # A bounty paid to whoever finds a flaw ("nets security researcher $70k bounty", "prime versée au
    # chercheur"), not a reward on criminals: police words it is not.
    "research bounty": r"(?<!\w)(?:(?:researchers?|hunters?|finders?|chercheu\w*|forscher\w*|onderzoekers?)\b[^.;:]{0,40}?"
    r"\b(?:bount(?:y|ies)|rewards?|primes?|prämie|beloning)|(?:bount(?:y|ies)|rewards?|primes?)\b[^.;:]{0,30}?\b"
    r"(?:researchers?|hunters?|finders?|chercheu\w*|forscher\w*|onderzoekers?))\b",
    # Charges a lead opens on, told as done ("unsealed criminal charges against 16 individuals", "has
    # agreed to plead guilty", "were indicted"), not police efforts in passing ("despite law enforcement
    # efforts that disrupted its operators"): they outrank the malware or flaw the headline names.
    "charges": r"(?<!\w)(?:unseal\w* (?:[\w-]+ ){0,3}(?:charges|indictments?|complaints?)|(?:pleaded|pleads|plead) guilty|"
    r"(?:has|have|had|was|were|has been|have been) (?:arrested|charged|indicted|sentenced|extradited|convicted)|"
    r"(?:a été|ont été) (?:arrêtée?s?|inculpée?s?|condamnée?s?)|(?:wurde|wurden) (?:festgenommen|angeklagt|verurteilt)|"
    r"(?:is|zijn|werd|werden) (?:aangehouden|opgepakt|veroordeeld))\b",
    # A ransomware brand's name followed by another kind of malware names that malware ("Venom RAT").
    "other kind": r"[\w.-]+(?: [\w.-]+)?? (?:rat|stealers?|loaders?|backdoors?|spyware|botnets?|trojans?|worms?|"
    r"miners?|malware)\b",
    # A flaw that led to an attack: the attack is the event ("X zero-day leads to ransomware activity",
    # "opened the door to Y ransomware": the guide's rule 2, ransomware in the attack, before rule 3).
    "led to": r"(?<!\w)(?:leads?|led|opens?|opened) (?:the )?(?:door|way)? ?to\b|paved? the way (?:for|to)|"
    r"(?:ouvre|ouvert|a ouvert) la (?:porte|voie) (?:à|au|aux)|(?:mène|mènent|a mené|conduit|a conduit) (?:à|au|aux)|"
    r"führt(?:e)? zu|öffnet(?:e)? (?:die tür|den weg) für|leidde? tot|opende? de deur voor",
    # Advice to people on protecting their own things is general advice (the guide: `other`).
    "advice": r"(?<!\w)(?:how to (?:protect|secure|keep|safeguard) your|comment protéger (?:vos|votre|ses|son|sa)|"
    r"so schützen sie|wie sie (?:ihre?n?|sich) [\w ]{0,20}schützen|hoe (?:bescherm|beveilig) je|"
    # step-by-step help to turn on, update or upgrade one's own things ("How to set up two-factor
    # authentication on X using an app", "How to update Chrome on every operating system", "Why you should
    # upgrade to Windows 11 now, and how to do it")
    r"how to (?:set ?up|enable|turn on|switch on|activate|update|upgrade)\b|why you should (?:upgrade|update|switch|enable|turn on)\b|"
    r"comment (?:activer|configurer|mettre en place)\b|pourquoi (?:vous devriez|il faut) (?:passer à|mettre à jour|"
    r"activer)|so (?:aktivieren|richten|nutzen) sie\b|zo (?:activeer|stel|gebruik) je\b)",
    # Police or justice action stated in the lead makes the main event (rule 1) whatever the headline's
    # crime ("Operation Eastwood shutters 100+ servers used to DDoS…", "International cops shut down…"),
    # and so does a prosecution the lead states ("faces up to ten years in prison", "prosecutors say").
    "police": r"(?<!\w)(?:europol|eurojust|interpol|fbi|feds|doj|justice department|police|cops|authorities|"
    r"law enforcement|national crime agency|nca)\b[^.]{0,40}?\b(?:disrupt\w*|bust\w*|shut\w* down|takes? down|took down|"
    # (a police agency naming a suspect: "The NCA has unmasked the administrator of X")
    r"seiz\w*|dismantl\w*|arrest\w*|unmask\w*)|(?:pleaded|pleads|plead) guilty|sentenced to|(?:was|were|has been|have been) "
    r"(?:arrested|charged|indicted|sentenced|extradited|convicted|sanctioned)|prosecutors (?:say|said|allege\w*)|"
    r"fac(?:es|ing) (?:up to )?[\w-]+ years\b|"
    # charges brought against someone ("prosecutors last week levied criminal hacking charges against")
    r"(?:levie[sd]|levy|fil(?:es|ed)|br(?:ings|ought)|lodg(?:es|ed)|announc(?:es|ed)) (?:[\w-]+ ){0,3}charges against\b|"
    # the prosecution's own word for its case ("…, the government alleges"), as "prosecutors allege"
    r"(?:the )?(?:government|feds|prosecution) alleges\b|"
    r"(?:risque|encourt) (?:jusqu['’]à )?[\w-]+ ans (?:de prison|d['’]emprisonnement)|"
    r"(?:le parquet|les procureurs) (?:affirme|estime|accuse)\w*|"
    # the court or jury as the sentence's subject ("A federal grand jury has indicted…"), a sentence
    # passed ("spared jail with a suspended sentence", "condamné à … avec sursis", "Bewährungsstrafe")
    r"(?:grand jury|jury|court|judge|tribunal|la cour|le juge|gericht|rechtbank|rechter)\b[^.]{0,30}?\b(?:has |have |a |hat |heeft )?"
    r"(?:indicted|charged|convicted|sentenced|jailed|condamné\w*|mis en examen|verurteilt|angeklagt|veroordeeld)|"
    r"(?:suspended|prison|jail|custodial) sentence|spared (?:from )?(?:going to )?(?:jail|prison)|"
    r"peine (?:de prison|d['’]emprisonnement)|avec sursis|bewährungsstrafe|haftstrafe|freiheitsstrafe|"
    r"(?:voorwaardelijke )?celstraf|gevangenisstraf|"
    # sanctions imposed on someone (the guide: sanctions are police action), not a context ("evading sanctions")
    r"(?:hit|slapped|targeted) with (?:[\w-]+ )?sanctions|(?:imposed|imposes|impose) (?:[\w-]+ )?sanctions (?:on|against)\b",
}


# A word joined to the next or the previous ones by a comma, a slash or a conjunction (a list), and the
# "from" that makes "to" a list's joint ("from ransomware to password stealers").
_JOINED_AFTER = re.compile(
    r"(?:[ -][\w-]+)?\s*(?P<joint>,|/|&|\band\b|\bor\b|\bto\b|\bet\b|\bou\b|\bund\b|\ben\b)\s*"
)
_JOINED_BEFORE = re.compile(r"(?:,|/|&|\band|\bor|\bet|\bou|\bund|\ben)\s*$")
_FROM = re.compile(r"(?<!\w)(?:from|de|von|van)\s+$", re.I)


class _Vocabulary(Protocol):
    def first(self, text: str) -> int: ...


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile(_SOURCES[name], re.I | re.M)


def customer_before(title: str, at: int) -> bool:
    """True when the headline, before position `at` (its first ransomware word), presents what
    it is about as sold, delivered or partnered to someone: the ransomware is the customer."""
    return bool(_rx("customer").search(title[:at]))


def names_attack(title: str) -> bool:
    return bool(_rx("attack").search(title))


def unmasked(title: str) -> bool:
    return bool(_rx("unmasked").search(title))


def names_deal(title: str) -> bool:
    return bool(_rx("deal").search(title))


def names_outage(title: str) -> bool:
    return bool(_rx("outage").search(title)) and not names_attack(title)


def names_incident(title: str) -> bool:
    """The headline names an attack, or an outage with no attack ("Windows crashes due to X's update")."""
    return names_attack(title) or names_outage(title)


def government_ban(title: str) -> bool:
    return bool(_rx("ban").search(title)) and not _rx("malicious").search(title)


def penalty_law(title: str) -> bool:
    return bool(_rx("penalty").search(title))


def lifecycle(title: str) -> bool:
    return bool(_rx("lifecycle").search(title))


def advisory(title: str) -> bool:
    return bool(_rx("advisory").search(title))


def other_kind_after(text: str, at: int) -> bool:
    """True when the name at `at` is followed by another kind of malware than ransomware."""
    return bool(_rx("other kind").match(text, at))


def breach_named_before(title: str, at: int) -> bool:
    """True when the headline names a data breach before position `at` (its first flaw word)."""
    found = _rx("data breach").search(title)
    return found is not None and found.start() < at


def gang_breached(title: str) -> bool:
    """True when the headline says a gang, forum or leak site was itself breached."""
    return bool(_rx("gang breached").search(title))


def updates_only(words: list[str]) -> bool:
    """True when the flaw words a headline holds (`words`) are all a product's patches or updates."""
    return bool(words) and all(_rx("updates").fullmatch(word) for word in words)


def without_leaked_tools(title: str) -> str:
    """The headline without its leaked or stolen tools ("Using Leaked CIA's Hive Malware")."""
    return _rx("leaked tool").sub(" ", title)


def listings_removed(text: str) -> str:
    """The text without its lines that list an event (a course or conference advertised on the page)
    or a column's other items."""
    return _rx("listing").sub("", text)


def tracker(title: str) -> bool:
    """True when the headline names a tool that follows threats (a ransomware or leak-site tracker)."""
    return bool(_rx("tracker").search(title))


def research_bounty_removed(title: str) -> str:
    """The headline without a bounty paid to a researcher (which is no police action)."""
    return _rx("research bounty").sub(" ", title)


def personal_advice(title: str) -> bool:
    return bool(_rx("advice").search(title))


def police_in_lead(lead: str) -> bool:
    return bool(_rx("police").search(lead))


def charges_in(sentence: str) -> bool:
    return bool(_rx("charges").search(sentence))


def led_to(title: str) -> bool:
    return bool(_rx("led to").search(title))


def listed_beside(text: str, start: int, end: int, vocabularies: Sequence[_Vocabulary]) -> bool:
    """True when the words at text[start:end] are joined by a comma, a slash or a conjunction to words of
    one of `vocabularies` within three words ("X and data breaches", "stealers/X", "from X to Y"): a
    list of kinds, not one event. "X led to data theft" is a sequence: "to" joins a list after "from" only."""
    after = _JOINED_AFTER.match(text, end)
    if after and after.group("joint").lower() == "to" and not _FROM.search(text[max(0, start - 12) : start]):
        after = None
    beside = " ".join(text[after.end() :].split()[:3]) if after else ""
    before = text[max(0, start - 60) : start]
    if _JOINED_BEFORE.search(before):
        beside += " " + " ".join(_JOINED_BEFORE.sub("", before).split()[-3:])
    return bool(beside.strip()) and any(vocabulary.first(beside) >= 0 for vocabulary in vocabularies)


# A word given as one example of a class ("ransomware and other cybersecurity threats", "threats such as
# ransomware", "les rançongiciels et autres menaces"): the class is the subject, not the example. (The
# word's end may be past the vocabulary's match: "rançongiciel|s".)
_OTHERS_AFTER = re.compile(
    r"\w*\s*,?\s*(?:and|or|&|et|ou|und|oder|en|of)\s+(?:d['’]\s*)?(?:other|similar|related|autres|andere\w*)\b",
    re.I,
)
_EXAMPLE_BEFORE = re.compile(r"(?<!\w)(?:such as|like|comme|notamment|wie|zoals)\s+$", re.I)


def named_as_example(text: str, start: int, end: int) -> bool:
    """True when the words at text[start:end] are one example of a class the sentence names."""
    return bool(_OTHERS_AFTER.match(text, end) or _EXAMPLE_BEFORE.search(text[max(0, start - 20) : start]))


def slug_words(url: str) -> str:
    """The words of the address's last worded path segment ("/minas-miner-on-the-way/109692/")."""
    segments = [p.rsplit(".", 1)[0] for p in urlsplit(url).path.split("/") if "-" in p or "_" in p]
    return " ".join(re.split(r"[-_]+", segments[-1])) if segments else ""
