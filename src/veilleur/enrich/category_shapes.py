"""Shapes of a headline that decide its kind of event beside each kind's vocabulary (category_words.py),
used by category.py (bench/data/intel/GUIDE.md §4): a policy act, a backdoor order, how something could
be attacked, a report of figures, a defence, whom espionage targets, flaws across many products, a
bot analysed rather than an attack, a bare ransom, a campaign named without its kind; and the words
category.py reads beside them (a theft verb, police action as background, a podcast's address, a bare
break-in, data words).
"""

from __future__ import annotations

import re

from veilleur.text.openings import opened

# A fine, penalty or settlement ("sanzione a Regione X", "fined €2M", "to pay $3M penalty"): for a breach
# the lead names, the guide files it as an information leak (a regulator's other acts are policy).
FINE = re.compile(
    r"(?<!\w)(?:fines|fined|fining|fine (?:for|of|over)|(?:[\d.,]+ ?[mkb]?|million|billion|milliard\w*) (?:[\w$€£-]+ )?fine|"
    r"penalt(?:y|ies)|settlements?|sanzion\w*|mult[ae]|amendes?|sanctionn\w*|bußgeld\w*|geldbuße|boetes?|beboet)\b",
    re.I,
)
# Policy acts that make a headline's subject when it names no event ("Brussels faces privacy
# crossroads over encryption backdoors"): they outrank the lead's event words.
POLICY_HEADLINE = re.compile(
    r"(?<!\w)(?:encryption backdoors?|backdoor laws?|chat control|cyber safety review board|\bcsrb\b|summon(?:s|ed)\b|cve program|funding for [\w'’ ]{0,20}cve\b|lawmakers|legislat\w*|bills?\b(?! of materials)|"
    r"executive order|(?<!-)bans?\b|banned|banning|cyber resilience act|\bnis ?2\b|regulators?\b|regulation\b|"
    r"directive\b|backdoor (?:orders?|demands?|requests?|mandates?)|orders? (?:\w+ )?to (?:create|build|add) "
    r"a backdoor|dems\b|democrats|republicans|senators?\b|\bmeps?\b|\bmps\b|députés|sénateurs?|abgeordnete\w*|"
    r"kamerleden|parlementariërs)",
    re.I,
)
# A government's order or demand for a backdoor is policy whatever the malware word (rule 7 before
# rule 6: the backdoor is the law's subject, not a malware's).
BACKDOOR_ORDER = re.compile(
    r"(?<!\w)(?:backdoor (?:orders?|demands?|requests?|mandates?|laws?|bills?)|orders? (?:\w+ )?to (?:create|build|add) "
    r"a backdoor|encryption backdoors?|"
    # the order or demand named before its backdoor ("UK's order for Apple iCloud backdoor", "demands backdoor to
    # access iCloud"), and a backdoor kept for a state's agencies ("NSA backdoor", "'lawful access' backdoor")
    r"(?:orders?|demands?|requests?|mandates?) (?:for |of )?(?:an? |the )?(?:[\w'’-]+ ){0,3}backdoors?|"
    r"(?:nsa|gchq|fbi|government|lawful[- ]access)['’‘”\"]? backdoors?|"
    # a maker refusing to add one ("Rather than add a backdoor, Apple decides to kill iCloud E2EE"): the
    # debate over a demanded backdoor, not an implant
    r"(?:rather than|refus\w* to|won['’]?t|will not|declin\w* to) (?:add|build|create|insert|put in) (?:an? )?backdoors?)",
    re.I,
)
# A government or lawmakers acting on rules ("UK proposes ban on ransomware payments", "EU adopts rules
# for connected devices"): the act is the main event, whatever threat it is about (rule 7 names it).
POLICY_ACT = opened(
    r"(?<!\w)(?:propos\w*|plans?|adopts?|pass(?:es|ed)|approves?|considers?|mulls?|weighs?|drafts?|introduces?|eyes) "
    r"(?:an? |new |the |its )?(?:[\w-]+ ){0,3}(?:ban|bans|law|laws|bill|act|rules|regulations?|legislation|directive|"
    r"mandate|treaty|convention)\b(?! enforcement)|\b(?:to|will) (?:ban|outlaw)\b|\bnew (?:[\w-]+ )?(?:law|bill|legislation)\b(?! enforcement)|(?:projet|proposition) de loi|gesetzentwurf|wetsvoorstel|"
    r"(?:mandates?|requires?|obliges?) (?:[\w-]+ ){0,3}(?:reporting|disclosure|notification)|"
    # a rule obliging a class of organisations to tell ("requires ransomware victims to declare payments",
    # "financial institutions ordered to notify customers"): the rule is the event, not what it is about
    r"(?:requires?|required|orders?|ordered|obliges?|obliged|compels?|compelled|mandates?|mandated)(?: [\w-]+){0,3} "
    r"to (?:declare|report|disclose|notify)\b|oblig\w* (?:[\w'’-]+ ){0,3}à (?:déclarer|signaler|notifier)\b|"
    r"verpflicht\w* (?:[\w-]+ ){0,4}(?:zu melden|zur meldung|offenzulegen)\b|verplicht\w* (?:[\w-]+ ){0,4}te melden\b|"
    # a law about flaws ("China's bug-hoarding laws", "vulnerability disclosure rules") or about telling of
    # incidents ("India's infosec reporting rules", "breach notification law"): the law is the subject
    # a deadline or duty to tell of incidents ("China slaps 1-hour deadline on reporting serious incidents")
    r"(?:deadlines?|windows?|requirements?|obligations?|duty|duties) (?:on|for|to) (?:reporting|disclosing|notifying|"
    r"report|disclose|notify|disclosure|notification)\b|"
    r"(?:bug|vulnerabilit\w+|flaw|disclosure|zero[- ]day|hoarding|reporting|notification)[- ](?:[\w-]+ )?"
    r"(?:laws?|rules|regulations?|legislation)\b"
    r"(?! enforcement)|(?:loi|règles?|réglementation) sur (?:la divulgation|les vulnérabilités|les failles)",
    re.I,
)
# Research on how a system could be attacked, not an attack: AI jailbreaks and prompt injection,
# side channels, "X can be tricked / could be reused", "at risk from" (the guide: techniques and
# academic attacks not tied to one product's flaw are research).
POTENTIAL = re.compile(
    r"(?<!\w)(?<!so they )(?<!so you )(?<!so that )(?:jailbreak\w*|prompt injection|side[- ]channel\w*|(?:can|could|may|might) be (?:\w+ed|used|abused|"
    r"tricked|reused|hijacked|fooled)\b|at risk from|"
    # what attackers could do, told as a possibility ("Hackers could take over your account by stealing
    # cookies"), not an attack that happened ("may have stolen")
    r"(?:hackers?|attackers?|adversar(?:y|ies)|threat actors?) (?:can|could|may|might) (?!be\b|have\b|not\b|soon\b)|"
    # a headline asking how they could do it ("How hackers might be exploiting ChatGPT") explains a possibility
    r"^how (?:hackers?|attackers?|adversar(?:y|ies)|threat actors?|(?:cyber ?)?criminals|crooks|scammers) "
    r"(?:can|could|may|might)\b|"
    # a jailbreak told without its name ("How to trick ChatGPT into revealing keys")
    r"(?:trick|fool|coax)(?:s|ed|ing)? (?:an? |the )?(?:chatgpt|gemini|copilot|claude|grok|chatbots?|llms?|ai "
    r"(?:models?|chatbots?|assistants?|agents?)) into|pourrai(?:en)?t être|peuvent être (?:détournée?s|utilisée?s)|"
    r"könnte\w* (?:missbraucht|ausgenutzt))",
    re.I,
)
# A malware's source code or builder leaked ("The source code of X Stealer leaked online", "X Banking Trojan
# Source Code Leak"): the malware is the news (the guide files leaked tools under what they build), not a
# leak from an organisation; a firm's own code leaked stays a leak (no malware named).
CODE_LEAK = re.compile(
    r"(?<!\w)(?:(?:source ?code|builders?|code ?base)\b[^.;:]{0,40}?\b(?:leak\w*|dumped|posted|published)|"
    r"(?:leak\w*|dumped|posted|published) (?:[\w'’.-]+ ){0,4}(?:source ?code|builders?)|"
    r"code source\b[^.;:]{0,40}?\b(?:fuit\w*|publié\w*|divulgué\w*)|fuite du code source|"
    r"quellcode\b[^.;:]{0,40}?\b(?:geleakt|veröffentlicht|durchgesickert)|broncode\b[^.;:]{0,40}?\b(?:uitgelekt|gelekt))\b",
    re.I,
)
# A count of a class of devices or servers exposed, open or unprotected on the internet, described only by
# what they are ("3.5m IP cameras exposed", "3.3 million POP3 and IMAP mail servers lack TLS"): exposure
# statistics over many makers' products (the guide: research), not one product's flaw; a named product
# ("17,000 Fortinet devices exposed") stays its flaw.
EXPOSURE_COUNT = re.compile(
    r"(?<!\w)(?:[\d.,]+ ?(?:k|m|million|billion|thousand)?\+?|thousands of|millions of|hundreds of thousands of) "
    r"(?:(?:ip|security|surveillance|web|mail|e-?mail|pop3|imap|smtp|ftp|rdp|ssh|vpn|dns|internet-exposed|exposed|online|"
    r"home|smart|iot|network|industrial|unpatched|vulnerable|misconfigured|open|and|&|,) ?){1,5}"
    r"(?:cameras|servers|devices|routers|hosts|databases|instances)\b[^.;:]{0,20}?\b(?:exposed|lack\w*|without|open to|"
    r"vulnerable|unprotected|unencrypted)\b",
    re.I,
)
FLAW_WORDS = re.compile(
    r"(?<!\w)(?:flaws?|bugs?|vulnerab\w+|exploit\w*|cve-\d|zero[- ]days?|failles?|exposed to (?:hack|attack)\w*)",
    re.I,
)
# Headlines about figures, reports, outlooks and the craft of analysing malware (the guide: reports
# with threat statistics and techniques are research, unless about ransomware or state actors only).
REPORT = re.compile(
    r"(?<!\w)(?:q[1-4] \d{4}|statistics|stats\b|research (?:reveals|finds|shows)|says (?:a |new |the )?(?:[\w-]+ )?(?:study|report|"
    r"survey|research)|^(?:study|survey|report):|according to (?:a |new )?(?:study|report|survey)|(?:report|study|survey) "
    r"(?:reveals|finds|shows|says)|on the rise|(?<!in the )threat landscape|threat evolution|predictions? for \d{4}|"
    r"\w+ in (?:19|20)\d\d\s*$|trends report|"
    r"all-time high|(?:up|down|rose|fell|jumped|grew) (?:by )?\d+ ?%|\d+ ?% (?:rise|increase|jump|drop|surge)|"
    r"(?:hausse|baisse) de \d+ ?%|year in review|annual review|what awaits|year ahead|outlook for|malware (?:and [\w-]+ )?analysis|analy[sz]ing malware|"
    r"reverse[- ]engineering|"
    # a count that changed by a factor ("third-party breaches doubled in a year"), a yearly investigations report
    r"(?:doubled|tripled|quadrupled|halved)(?! down)\b|investigations? report|"
    # a ranking of weaknesses over many products ("Top 25 Most Dangerous Software Weaknesses", "the ten most
    # exploited flaws of the year"): a list, which the guide files with research over many products
    r"top (?:\d+|ten|five|twenty) (?:[\w-]+ ){0,3}(?:weaknesses|vulnerabilities|flaws|bugs|cwes)\b|"
    r"most (?:dangerous|exploited|common|routinely exploited) (?:[\w-]+ )?(?:weaknesses|vulnerabilities|flaws|bugs)\b|"
    # the same in French, German, Dutch and Italian ("Paysage des menaces : T2 2025", "Rapporto Clusit")
    r"paysage des menaces|t[1-4] \d{4}|\d(?:er|e) trimestre|rapport annuel|bilan (?:annuel|\d{4})|"
    r"(?:rapport|étude|enquête) (?:révèle|montre)|statistiques|tendances (?:de la |des |du )?(?:cyber|menaces?)\w*|lagebericht|bedrohungslage|"
    r"jahresbericht|dreigingsbeeld|jaarverslag|cijfers|rapporto(?: annuale)?|statistiche)",
    re.I,
)
# A claim the headline says is false ("Telegram post about a ransomware award is fake"): the guide files a
# fake bounty or hoax about a gang as `other`, whatever the gang's kind. So is a headline denying the event
# it names, opening on "No" ("No, we didn't warn every user of a breach, says X") or answering its own
# question no ("'Cameras hacked'? Maker says no"): the denial is the story, not the event it denies.
HOAX = re.compile(
    r"(?<!\w)(?:awards?|bount(?:y|ies)|rewards?|claims?|posts?|announcements?)\b[^.?!]{0,40}?\b(?:is|was|are|were) "
    r"(?:an? )?(?:fake|hoax|bogus|false)\b|^no,? (?:[\w'’-]+ ){0,3}(?:didn['’]t|did not|never|hasn['’]t|has not|"
    r"haven['’]t|have not|isn['’]t|is not|wasn['’]t|was not|weren['’]t|were not)\b|\?\W{0,3}(?:[\w'’-]+ ){1,3}says no\b",
    re.I,
)
# A system hijacked to show or play its attackers' message ("Hacked buses blare out anthems", "Crosswalks
# hacked to play fake audio"): a defacement, which the guide files as `other` unless data leaked.
DEFACEMENT = re.compile(
    r"(?<!\w)(?:defac(?:e|es|ed|ing|ement)|blar(?:e|es|ed|ing)|(?:hacked|hijacked) to (?:play|display|show|"
    r"broadcast|air)|(?:play|display|broadcast|show)(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}(?:audio|messages?|"
    r"anthems?|songs?|music|slogans?)\b)",
    re.I,
)
# Defences: security features, authentication, hardening, when no attacker is the headline's subject.
DEFENCE = re.compile(
    r"(?<!\w)(?:(?:new )?security features?|(?:features?|modes?) (?:(?:aims?|designed|meant) )?to (?:protect|block|fight|stop|detect|keep|hide|shield)|\bmfa\b|"
    r"(?:adds?|new|launch\w*|rolls? out) [\w ]{0,30}protection (?:against|from|for)\b|"
    # a measure lifting a platform's security ("Developer verification: a promised lift for Android security")
    r"(?:lift|boost)s? (?:for|to) (?:[\w'’-]+ ){0,3}security\b|"
    # a protective mechanism announced for a product ("Short-lived certificates coming to X", "Passkeys arrive in Y")
    r"(?:certificates?|encryption|passkeys?|signatures?|sandbox\w*|protections?|security features?) (?:are |is )?"
    r"(?:coming|comes|arriv\w*|land(?:s|ing)?) (?:to|in|on)\b|"
    r"multi-?factor|two-factor|2fa\b|passkeys?|"
    r"password-?(?:free|less)|guest authentication|by default|improves? (?:its )?security|"
    r"security (?:lifecycle|strategy)|secure development|(?:tools?|scanners?|utility|framework) (?:that |to )?(?:detect|detects|"
    r"finds?|spots?|flags?|identifies|uncovers?)\b|"
    # a defence against a kind of attack, a guide to one ("DDoS protection guide", "protéger … contre")
    r"(?:ddos|ransomware|phishing|malware|bot|fraud|rançongiciel) (?:protection|mitigation|defen[cs]e)\b|"
    r"protection (?:guide|checklist)|guide (?:de|de la) protection|^protecting (?!your\b)|^protéger (?!vos\b|votre\b)|"
    # a headline opening on securing a system ("Securing X: lessons from the Y breach"), not one's own things
    r"^securing (?!your\b|our\b)|^sécuriser (?!vos\b|votre\b|nos\b|notre\b)|"
    # a headline teaching how to stop or detect a threat ("X: how to detect this silent threat", "Three
    # cracking techniques and how to defend against them"): advice on a defensive practice (the guide)
    r"how to (?:stop|prevent|defend|detect|fight|combat|mitigate|counter|block|defeat)\b|"
    r"comment (?:se protéger|détecter|bloquer|contrer)\b|wie man (?:sich )?(?:schützt|erkennt)|hoe (?:je )?(?:stop|voorkom|detecteer)\w*|"
    # a platform's or a firm's measure against a scam ("changes to tackle spam", "the answer to Drive spam")
    r"(?:tackl(?:e|es|ing)|answer to|battle against|lutte contre) (?:[\w'’-]+ ){0,3}(?:spam|scam(?:s|mers?)?|"
    r"frauds?|phishing|arnaques?|hameçonnage)\b)",
    re.I | re.M,
)
# A defensive practice: making something's security better ("Enhancing X security by…", "to improve
# supply chain security"), the attacker's craft practised for defence and its maps ("penetration
# testing", "threat matrix"). A research word of the headline, weaker than any kind of event it names
# and than a government as its subject.
PRACTICE = re.compile(
    r"(?<!\w)(?:penetration test\w*|pen-?test\w*|tests? d['’]intrusion|penetrationstest\w*|red[- ]team\w*|"
    r"threat matri\w*|(?:improv|enhanc|strengthen|bolster)\w* (?:[\w-]+ ){0,3}security\b|(?:renforcer|améliorer) la "
    r"sécurité|sicherheit (?:verbessern|stärken|erhöhen)|beveiliging (?:verbeteren|versterken)|"
    # the controls a risk assessment chooses (the guide: advice on a defensive practice)
    r"security controls|controlli di sicurezza|contrôles de sécurité|sicherheitskontrollen|beveiligingsmaatregelen|"
    # keeping a fleet patched is a practice ("Patch management still abysmal"), not one product's patch
    r"(?:patch(?:ing)?|vulnerability|exposure) management|patch(?:ing)? (?:rates|practices|cadence|habits|hygiene)|"
    # a standards body's work (the guide, after sample c's second reading: ISO/IEC drafts are research)
    r"iso(?:/iec)? \d{3,5}(?:xx?)?\b)",  # a standard or its series ("ISO/IEC 270xx")
    re.I,
)
# A product or its maker adding a measure to keep a threat out ("Chrome adds app-bound encryption to protect
# cookies from malware", "Tor turns to proof-of-work puzzles to defend its network from DDoS attacks"): a
# defence (the guide: security features are research and tools), whatever threat it names. A fix or a
# patch is no such measure: it is the flaw's news (category.py leaves a flaw's headline to rule 3).
MEASURE = re.compile(
    r"(?<!\w)(?:adds?|adding|introduces?|rolls? out|unveils?|debuts?|tightens?|turns? to|deploys?|brings?)\b"
    r"[^.:;?!]{1,60}?\bto (?:protect|block|defend|shield|prevent|stop|thwart|fight|combat|counter)\b",
    re.I,
)
# A lead telling that flaws were found or disclosed ("reverse engineers have already discovered vulnerabilities
# in the system", "This vulnerability hacks a feature…"), or opening on the flaw: a disclosure is the page's
# event, not a passing mention, even when a capture cut short never names it again.
DISCLOSED = re.compile(
    r"(?<!\w)(?:(?:found|discovered|uncovered|disclosed|reported|identified)(?: [\w-]+){0,3} (?:vulnerabilit\w+|flaws?|"
    r"bugs?)\b|^(?:this|the) (?:vulnerability|flaw|bug)\b)",
    re.I,
)
# A machine that finds flaws as the headline's subject ("AI bug hunters sniff out two dozen bugs", "LLM tool
# primed to sniff out zero-days", "L'IA : un mois de découvertes de vulnérabilités"): the news is the way
# flaws are found (the guide: research and tools), not one product's flaw. People who find a flaw
# ("Researchers find a flaw in X") are no such machine, and a machine named after the finding verb is the
# flaw's host ("Flaw found in AI tool"). (AI, IA and KI are matched in capitals only: "ai" is a word;
# "AIs" is their plural.) A tool that hunts for exposed secrets is the same way of finding, for leaks.
FLAW_FINDER = re.compile(
    r"(?:(?<![\w-])(?-i:AIs?|IA|KI|LLMs?)\b|(?<!\w)(?:llms?|fuzz(?:er|ers|ing)|machine learning|(?:language |ai )?models?|"
    # (an AI agent that finds flaws: "GPT-5 Agent That Finds and Fixes Code Flaws")
    r"(?:open[- ]source |automated |scanning )?tools?|outils?|modèles?|werkzeug\w*|(?:ai |security |autonomous )?agents?)\b)"
    r"[^.;!?]{0,40}?(?<!\w)(?:spot(?:s|ted|ting)?|sniff\w*|find(?:s|ing)?|found|uncover\w*|discover\w*|hunt\w*|unearth\w*|"
    r"découv\w*|trouv\w*|repér\w*|entdeck\w*|aufspür\w*|findet|gefunden|ontdek\w*|vind\w*|gevonden)\b",
    re.I,
)
ATTACKER = re.compile(
    r"(?<!\w)(?:hackers?|attackers?|threat actors?|crooks?|criminals?|gangs?|bypass\w*|exploit\w*|abus\w*|"
    r"disabl\w*|désactiv\w*|deaktivier\w*|evad\w*|contourn\w*)",
    re.I,
)
# Defences aimed at attackers ("new security features fight scammers and hackers") stay defences.
AGAINST = re.compile(
    r"(?<!\w)(?:fights?|combat\w*|against|blocks?|stops?|thwarts?|lutter contre|contre les|gegen|tegen)\b",
    re.I,
)
# Whom espionage targets: malware aimed at them is an espionage operation (rule 4).
ESPIONAGE_TARGETS = re.compile(
    r"(?<!\w)(?<!non-)(?<!non )(?:government(?:al)? (?:entities|agencies|bodies|organi[sz]ations|attacks|networks|institutions|"
    r"departments|offices|officials|ministries)|governments|"
    r"embass(?:y|ies)|diplomat\w*|ministr(?:y|ies) of|foreign ministr\w*|activists?|dissidents?|"
    r"journalists?|politicians?|opposition|human rights|civil society|uyghur\w*|tibetan\w*|opposants?|"
    r"politiker\w*|politici|agences gouvernementales|gouvernements|ambassades?|ministères?|"
    r"forces de défense|regierungsbehörden|botschaft\w*|ministeri\w*|overheidsinstanties|ambassades)",
    re.I,
)
# Flaws in a class of products rather than one product ("vulnerabilities in open-source AI and ML
# models", "flaws in 15 VPN apps"): the guide files such reports as research.
MANY_PRODUCTS = re.compile(
    r"(?<!\w)(?:in|across|affecting) (?:various|multiple|several|many|dozens of|popular|\d+\+?|open[- ]source)"
    r"(?: [\w-]+){0,3} (?:tools|apps|applications|models|products|devices|plugins|extensions|libraries|"
    r"vendors|routers|browsers)\b|(?:dans|in) (?:plusieurs|de nombreux|mehreren|zahlreichen|meerdere)",
    re.I,
)
# A DDoS headline about the bot that makes it ("KmsdBot, a new bot for cryptomining and DDoS") rather
# than an attack on someone ("DDoS attack on X", "record 7 Tbps DDoS").
BOT_ANALYSIS = re.compile(
    r"(?<!\w)(?:bot(?:net)?s?|\w+bot|malware|payloads?|cryptojacking|cryptomining)\b", re.I
)
DDOS_EVENT = re.compile(
    r"(?<!\w)(?:record|largest|peak|tbps|gbps|rps\b|attacks? (?:on|against)|hit|hits|targets?|targeting|"
    r"knock\w*|disrupt\w*|takes? down)",
    re.I,
)
# Ransom words without ransomware: extortion, which a state actor's headline does not make ransomware.
BARE_RANSOM = re.compile(r"(?<!\w)(?:ransom|rançon|losgeld|lösegeld)\b", re.I)
# A campaign the headline names without saying of what: a malware campaign (the guide's rule 6).
CAMPAIGN = re.compile(r"(?<!\w)(?:campaign|campagne|kampagne)\b", re.I)
# A documentary, series or film telling a security story, or the outlet appearing in one ("X in new
# HBO series", "documentaire sur le piratage de Y"): the page's event is the show, industry news (`other`).
MEDIA = re.compile(
    r"(?<!\w)(?:documentar(?:y|ies)|docu-?series|documentaire|série documentaire|dokumentation|dokumentarfilm|"
    r"(?:hbo|hulu|netflix|prime video|apple tv)\b[\w'‘’ +]{0,30}\b(?:series|show|film|série|serie))\b",
    re.I,
)
# A headline giving a former official's or practitioner's view ("Ex-NSA cyber-boss: AI will soon be…",
# "Former CISA chief: …"): an interview or an opinion (the guide: `other`), whatever the view names.
FORMER_SAYS = re.compile(
    r"(?:ex-|former |ancien(?:ne)? |ehemalige\w* |voormalig\w* )[^:]{0,60}?(?:boss|chief|head|director|guru|"
    r"hacker|official|advis[eo]r|czar|tsar|ceo|ciso|cto|agent|spy|spook|general|chef|directeur|leiter\w*)"
    r"[^:]{0,30}:\s",
    re.I,
)
# A headline opening on detecting or hunting a threat ("Detecting X infections", "Hunting for Y"; not
# "How to spot a scam", advice to people):
# a way of finding it (research and tools), whatever threat it names; a flaw or an arrest still decides.
DETECTING = re.compile(
    r"(?:detecting|hunting (?:for|down)|how to (?:detect|hunt)|détecter|comment détecter|erkennen|"
    r"aufspüren|detecteren|opsporen)\b",
    re.I,
)
# A share of people (not of organisations) who worry, agree or do something ("nearly a third of people
# who worry their vote could be leaked", "only half of teens agree they feel supported", "la moitié des
# salariés avouent…"): a survey of people's security habits and feelings, which the guide files as
# `other` whatever threat they worry about (a share of firms hit is a threat statistic: not here).
_SHARE = (
    r"(?:half|(?:a |one )?third|(?:a |one )?quarter|(?:a |the )?majority|most|one in (?:\d+|two|three|four|five|ten)|"
    r"\d{1,3} ?(?:%|percent|per cent)|(?:la )?moitié|(?:un )?tiers|(?:un )?quart|(?:la )?majorité|\d{1,3} ?%|"
    r"(?:die )?hälfte|(?:ein )?drittel|(?:ein )?viertel|\d{1,3} ?prozent|(?:de )?helft|(?:een )?derde|"
    r"\d{1,3} ?procent)"
)
_PEOPLE = (
    r"(?:people|users|teens|teenagers|parents|consumers|adults|kids|children|students|employees|workers|"
    r"respondents|americans|brits|britons|voters|shoppers|gamers|gen z|millennials|"
    r"français|salariés|internautes|utilisateurs|jeunes|consommateurs|parents|"
    r"deutschen|nutzer|verbraucher|beschäftigten|arbeitnehmer|jugendlichen|eltern|"
    r"nederlanders|gebruikers|werknemers|consumenten|jongeren|ouders)"
)
_FEELING = (
    r"(?:worr\w*|fears?|feared|feel\w*|agree\w*|believe\w*|think\w*|say|said|admit\w*|trust\w*|want\w*|use|"
    r"reuse\w*|re-use\w*|share|know|don['’]?t|never|click\w*|craign\w*|s['’]inquiète\w*|pens\w*|estim\w*|avou\w*|"
    r"utilis\w*|ignor\w*|cliqu\w*|font confiance|fürchte\w*|sorg\w*|glaub\w*|geben zu|gibt zu|nutz\w*|wiss\w*|"
    r"vertrau\w*|klick\w*|vrez\w*|maakt zich zorgen|maken zich zorgen|denk\w*|geeft toe|geven toe|gebruik\w*|"
    r"vertrouw\w*|klik\w*)"
)
HABIT_SURVEY = re.compile(
    rf"(?<!\w){_SHARE} (?:of |des |de |der |van )?(?:the |les |die |de )?(?:[\w-]+ )?{_PEOPLE}\b"
    rf"[^.?!]{{0,40}}?(?<!\w){_FEELING}(?!\w)",
    re.I,
)
# A paper's abstract quoted near the page's start ("…Ear Speakers”: Abstract: Eavesdropping from…"): the
# page presents academic research (the guide: research not tied to one product's flaw). Papers in
# French, German or Dutch head their abstract "Abstract" too; "Résumé" would be a news summary's word.
PAPER_ABSTRACT = re.compile(r"(?<!\w)abstract ?[:—–]", re.I)
# How far into the text an abstract still introduces the page rather than a link at its end.
PAPER_ABSTRACT_CHARS = 600

# A theft verb ("steals data", "stole files"): who steals decides (the guide's rule 6 for malware and scams).
THEFT = re.compile(
    r"(?<!\w)(?:st(?:ole|eal(?:s|ing)?)|vol(?:e|ent|é|ée|és|ées|aient|ait)?|dérob\w+|gestohlen\w*|erbeut\w*|gestolen)\b",
    re.I,
)

# Police action the headline gives as background ("X returns after takedown attempt", "emerges
# following last year's arrests"): the event is what came after it.
AFTER_POLICE = re.compile(
    r"(?<!\w)(?:after|despite|following|since|post|survives?|nach|ondanks|malgré|après)[- ](?:an? |the |its |last "
    r"year['’]s |a failed |une? |la |le |les |de |der |die |dem |den )?(?:[\w-]+ ){0,2}(?:takedowns?|arrests?|"
    r"seizures?|disruption|crackdown|sanctions|démantèlement|festnahmen?|razzia|zerschlagung|oprolling)"
    r"(?: attempts?)?",
    re.I,
)

# An address whose path has a podcast section ("/blog/podcast/2023/07/…"): an episode's page, whatever
# its headline says (the guide: podcast episode pages are `other`).
PODCAST_PATH = re.compile(r"/podcasts?/", re.I)

# Words that say a system was broken into without saying data was taken: when the headline also names
# malware, the break-in is how the malware spread (a compromised library, a hacked repository
# publishing malicious packages): the guide's supply-chain rule files it as a malware campaign.
BARE_COMPROMISE = re.compile(
    r"(?<!\w)(?:compromised|breach(?:es|ed)?|hacked|hack of|gehackt|piraté\w*)(?!\w)", re.I
)
DATA_WORDS = re.compile(
    r"(?<!\w)(?:data|records|customers?|users['’]? (?:data|details)|information|données|daten|gegevens|"
    r"leak\w*|stolen|stole|steal\w*|theft|source code|exposed|fuite|vol de|diebstahl|diefstal)(?!\w)",
    re.I,
)
# A handler's diary, dated in its headline as the Internet Storm Center dates them ("Finding that one
# setting, (Tue, Jan 17th)"): a note on tools, logs or traffic unless it names an event.
DIARY = re.compile(r",? \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}(?:st|nd|rd|th)\)\s*$")
