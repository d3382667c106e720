"""The words `victim_relations` reads a name's ties to an attack with, in EN/FR/NL/DE: the attack's
nouns, the attacker's verbs, what a victim suffered, and the short description allowed between a
preposition and the name. Shared by the relation patterns (`victim_relations`,
`victim_relation_clauses`)."""

from __future__ import annotations

_ATTACK_NOUN = (
    r"(?:cyber[- ]?attacks?|attacks?|breach(?:es)?|data breach|hacks?|hacking|intrusions?|ransomware"
    r"(?: attack)?|compromise|incidents?|cyber[- ]?incidents?|security incident|leaks?|data leak|extortion|"
    r"theft|heist|outage|DDoS(?: attack)?|scam|fraud|fine|"
    # ("a 'data security event' it discovered hit the data of…", "a cybersecurity event"): a firm's
    # own word for its incident
    r"(?:data\s|cyber[- ]?)?security events?|"
    r"cyberattaques?|attaques?|piratage|intrusion|fuite de données|rançongiciel|"
    r"cyberaanval|aanval|datalek|hack|inbraak|cyberangriff|angriff|hackerangriff|datenleck)"
)
_ON = r"(?:on|at|of|against|targeting|affecting|into|hitting|aimed at|directed at|contre|visant|chez|de|du|op|bij|tegen|auf|bei|gegen)"
# Kinds of product: a list "including" makers after them names vendors of what was hit, not victims.
_PRODUCT_KIND = (
    r"(?:routers?|devices?|appliances?|brands?|products?|firmware|cameras?|models?|plug-?ins?|browsers?|"
    r"modems?|printers?|handsets?|smartphones?|chipsets?|NAS|appareils|routeurs|apparaten|Geräte)"
)
# Words allowed between the preposition and the name: articles and a short lower-case description
# ("attack on the Belgian hospital X", "breach at payments firm X").
_DESC = (
    r"(?:(?:the|a|an|la|le|les|l['’]|het|de|die|der|den|dem|des)\s?)?(?:[a-z][\w-]*\s){0,3}"
    # "London-headquartered X", "Hamm-based X": where it is based, before the name.
    r"(?:(?-i:[A-Z])[\w]*-[a-z]+\s)?"
)
# "New York's X": the place that has it, before the name.
_OWNER = r"(?:(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*)?['’]s\s)?"
_ATTACKER_VERB = (
    r"(?:hacked|hacks?|breached|breach(?:es)?|hits?|struck|strikes|targets?|targeted|attacked|attacks|"
    r"compromised|compromises|extorted|extorts|infiltrated|infiltrates|crippled|cripples|stole from|"
    # (an amount may come between: "stole $69 million from")
    r"(?:stole|stolen|took|exfiltrated|leaked)\s(?:[\w$€£.,'’]+\s){0,3}?from|"
    # ("steal 171K customers' data from X": a headline's present tense with its haul, not what a
    # malware "can steal … from" any browser)
    r"(?:steal|steals|stealing)\s[\d$€£][\w$€£.,'’]*\s(?:[\w$€£.,'’]+\s){0,2}?from|"
    r"robbed|robs|scammed|scams|defrauded|defrauds|tricked|fined|fines|claimed|claims|leaked data of|"
    # ("the watchdog slapped X with a £4.4m fine", "LockBit boasts of ransoming X")
    r"slapped|slaps|ransomed|ransoming|"
    r"disrupted|disrupts|encrypted|paralysed|paralyzed|"
    # (a gerund of the same verbs: "first breaching X and then Y", "infiltrating X's network")
    r"breaching|infiltrating|extorting|"
    # ("LockBit said it broke into X", "crooks broke into X's network": not the bare infinitive, "how to
    # break into a network", which names no one hit, nor "broke into our X account": the victim's
    # own account on a platform, the platform no victim)
    r"(?:broke|breaks|breaking)\sinto(?!\s(?:our|its|their|his|her|my|your)\b)|"
    r"a piraté|piratent|pirate|vise|visent|cible|frappe|frappent|paralyse|treft|trof|trifft|traf|"
    r"legt lahm|legte lahm|rançonne|rançonnent|beboet|persen|perst|erpressen|erpresst)"
)
# What may come between a name and its verb: a possessive, a bracketed abbreviation, an apposition
# between commas, two words ("X, a UK firm, has been", "X (XYZ) was", "X has also been").
_HEAD = r"(?i:^(?:['’]s|\.(?=\s(?-i:[a-z])))?(?:\s\([^)]{1,30}\))?(?:,\s[^,.;]{2,70},)?,?\s(?:[\w-]+\s){0,2}?"
_AUX = (
    r"(?:is|was|were|has been|have been|had been|got|gets|is being|was being|"
    r"a été|ont été|est|sont|a|werd|werden|wordt|worden|is|zijn|wurde|wurden|wird|ist|sind)"
)
_SUFFERED = (
    r"hacked|breached|hit|attacked|targeted|compromised|struck|crippled|extorted|fined|scammed|duped|conned|"
    r"swindled|defrauded|phished|robbed|tricked|doxxed|impacted|disrupted|paralysed|paralyzed|infiltrated|"
    r"victimi[sz]ed|defaced|rocked|piraté|piratée|attaqué|attaquée|touché|touchée|frappé|frappée|visé|visée|ciblé|ciblée|"
    r"paralysé|paralysée|escroqué|escroquée|getroffen|gehackt|aangevallen|opgelicht|angegriffen|lahmgelegt|"
    r"betrogen|rançonné|rançonnée|rançonnés|rançonnées|afgeperst|beboet|erpresst"
)
# Words after a participle that leave it without an object ("hacked by", "breached in March").
_NO_OBJECT = r"(?:by|in|after|and|as|via|through|over|during|following|amid|last|this|on|for|par|door|von)\b"
# German and Dutch put the participle last: "X wurde von Hackern angegriffen", "X ist von einem
# Ransomware-Angriff getroffen worden", "X wordt door criminelen afgeperst" (a few words between).
_VERB_LAST_AUX = r"(?:wurde|wurden|wird|werden|ist|sind|war|waren|werd|wordt|worden|zijn|is)"
_VERB_LAST_SUFFERED = (
    r"getroffen|gehackt|aangevallen|opgelicht|angegriffen|lahmgelegt|betrogen|afgeperst|beboet|erpresst|"
    r"gekapert|kompromittiert|infiltriert|verschlüsselt|bestohlen|geraakt|platgelegd|gegijzeld"
)
