"""The relevance lexicon's word lists (relevance.py reads them): security terms and their weights,
other subjects that borrow security words, and the terms counted in a headline only. Regular
expressions matched case-insensitively at word starts, in FR/EN/NL/DE/IT.
"""

from __future__ import annotations

# term (regex, matched case-insensitively at word starts) → weight. Strong terms name security
# events outright; weak ones are common in security stories but also elsewhere.
LEXICON: dict[str, float] = {
    # events and threats
    r"ransomware|rançongiciel|rançon(?:giciel)?s?\b|ransom\b|losgeld|lösegeld": 3.0,
    r"cyber[- ]?(?:attack|attaque|aanval|angriff)|cyberattaque|cyber-attaque": 3.0,
    # (the vendor Malwarebytes, in its own bylines and footers, names no malware: "by Malwarebytes Labs")
    r"malware(?!bytes)|maliciels?|logiciels? malveillants?|schadsoftware|trojan|cheval de troie|spyware|surveillanceware|infostealer|"
    # (not the law's "backdoor searches" of intercepted communications, a surveillance-law matter: "Court
    # Rules Backdoor Searches of 702 Data Unconstitutional")
    r"stealer\b|backdoor(?!s? search)|porte dérobée|wiper\b|botnet|rootkit|keylogger": 3.0,
    r"vulnerabilit|vulnérabilit|kwetsba|schwachstelle|sicherheitslücke|(?:beveiligings)?lek(?:ken)?\b|zero[- ]day|0-day|\bcve-\d": 3.0,
    # (not the law's and the rulebook's breach: "Twitter says it doesn't breach its safety policies", "in
    # breach of contract": a rule broken, not a system)
    r"data breach|fuite de données|violation de données|datalek|datenleck|datenpanne|breach\b"
    r"(?! (?:of )?(?:its|their|the|his|her|our|your|any) (?:own )?(?:[\w-]+ )?(?:rules|polic(?:y|ies)|terms|"
    r"guidelines|contracts?|dut(?:y|ies)|obligations|code of conduct|agreements?|undertakings?)\b)"
    r"(?! of (?:contract|duty|trust|fiduciary|warranty|confidence|the peace|privilege|bail|sanctions)\b)": 3.0,
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
    r"documents)|stalkerware|spying|espion\w*|eavesdroppers?\b|video[- ]surveillance|surveillance cameras?": 2.0,
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
    # (and the laws that would have it scanned: "chat control", client-side or message scanning)
    r"end-to-end encrypt\w{0,6}|encrypted (?:messaging|messages|chats?|apps?)|chiffrement de bout en bout|"
    r"chat ?control\b|client[- ]side scanning|message[- ]scanning|"
    r"messageries? chiffrées?|ende-zu-ende-verschlüssel\w{0,6}|end-to-end versleutel\w{0,6}|versleutelde "
    r"(?:berichten|chats?|apps?)": 1.5,
    r"password|mot de passe|wachtwoord|passwort|credential|identifiants|authentication|"
    r"authentification|encryption|chiffrement|firewall|pare-feu|antivirus|edr\b|soc\b|siems?\b": 1.0,
    r"security researchers?|chercheurs? en sécurité|threat intelligence|cyber|surveillance": 1.0,
    # what attackers send or plant ("a malicious document", "une pièce jointe malveillante"); not the
    # law's or the office's ("malicious prosecution", "malicious compliance")
    r"malicious(?! prosecution| compliance)|malveillante?s?\b|bösartige?[nrs]?\b|kwaadaardige?\b": 2.5,
    # Attacks and incidents headlines name without a threat word ("Telco suffers attack, takes
    # systems offline", "'Deliberate attack' deletes app's cloud resources"), and outages, relevant
    # without an attack (GUIDE §3), whose headline names whose services went down ("fire takes 600
    # city government services offline").
    r"suffers? (?:an? )?(?:\w+ )?attack|(?:deliberate|targeted|coordinated) attack|attack on (?:its|the) "
    r"(?:systems|network|servers|infrastructure)|(?:takes?|took|knocked|knocks?) (?:\w+ ){0,4}(?:systems|"
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
    r"scapy\b|pdfid|oledump|\bnmap\b|port[- ]scan\w*|"
    # hidden payloads and the triage tools that take files apart ("Steganography Challenge: My
    # Solution", "zipdump & PKZIP Records", "xorsearch.py: Python Functions", "Kaitai Struct WebIDE"):
    # the analysts' diaries name them without a threat word
    r"steganogra\w*|zipdump|xorsearch|pngdump|base64dump|emldump|pdf-parser|kaitai struct": 2.0,
    # The responders' craft after an intrusion, named without a threat word in their diaries ("Live Linux
    # IR with UAC" collects artifacts for a live response and a plaso timeline; "convert-ts-bash-history.py"
    # builds a super-timeline for triage), and the search engines of exposed hosts that measure the
    # internet's attack surface ("disappearing Russian servers" counted with Shodan): digital forensics
    # and incident response (DFIR), not a lab's or an accountant's "forensic" work, which names none of
    # these objects.
    # what the defenders' scanners look for and are, which a short capture names without a threat word
    # ("command-line virus scanner ClamAV puts out version 1", a browser's tool that got rid of "unwanted
    # software"); not a virus of the body, which no scanner, signature or definition follows
    r"(?:anti-?)?virus (?:scanners?|scanning|signatures?|definitions?|engines?)|virenscanner\w*|virusscanner\w*|"
    r"(?:potentially )?unwanted (?:software|programs?|apps?|applications?)|adware\b|logiciels? indésirables?|"
    r"digital forensics?|computer forensics?|forensic (?:analys\w*|artifacts?|images?|timelines?|tools?|triage|"
    r"acquisitions?|investigat\w*|examinations?)|dfir\b|live[ _]response|plaso\b|log2timeline|super-?timelines?|"
    r"criminalistique numérique|analyse forensique|forensische (?:analyse|untersuchung)|digitale forensik|"
    r"digitaal forensisch\w*|shodan\b|censys\b|greynoise": 1.5,
    # Security vendors and their bulletins ("Kaspersky Security Bulletin 2022. Statistics").
    r"kaspersky|eset\b|sophos|crowdstrike|mandiant|sentinelone|trend micro|bitdefender|malwarebytes|"
    r"proofpoint|security bulletin": 1.5,
    # flaws and tooling as headlines name them ("A high-severity bug in F5 BIG-IP", "AlienFox toolkit")
    r"bugs?\b|flaws?\b|failles?\b|security holes?\b|trous? de sécurité|toolkit|dark ?web|darknet|cyberwar\w*|hacktivis\w*|\bsoc\b": 2.0,
    # (not the other securities: a state's welfare, food and borders, its guards, forces and Security
    # Council — "social security", "border security", "security guards", "sécurité sociale", "forces de
    # sécurité", "Sicherheitsrat", "Sicherheitskräfte", "sicurezza pubblica": a passenger-data plan "to
    # improve border security" or a rights group's page on "Homeland Security funding" says no security of
    # systems)
    r"(?<!social )(?<!food )(?<!energy )(?<!job )(?<!water )(?<!financial )(?<!economic )(?<!airport )"
    r"(?<!border )(?<!maritime )(?<!homeland )(?<!armed )security\b(?! (?:guards?|forces|council|clearances?|"
    r"deposits?|checkpoints?|personnel)\b)|(?<!conseil de )(?<!forces de )(?<!agents de )(?<!agent de )"
    r"sécurité(?! (?:sociale|routière|alimentaire|civile|intérieure))|(?<!soziale )sicherheit"
    r"(?!s(?:rat|kräfte|dienst|behörde|politik))|beveiliging|(?:in)?sicurezza(?! (?:pubblica|stradale|sociale|"
    r"alimentare|urbana|sul lavoro))|seguridad|passkeys?\b|owasp": 1.0,
    r"outages?\b|indisponibilit\w+|disservizi\w*|pannes? (?:mondiale|géante|informatique)\w*|\w*störung\w*|storing": 1.5,
    r"charged\b|crooks?\b|cybercrooks?|criminals?\b|stolen\b|(?:crypto)?miners?\b|cryptojack\w*|"
    # (an analyst's own words for what they investigate: "suspicious behaviour", "a suspicious connection")
    r"incident response|playbook|\bsiem\b|suspicious (?:activity|behaviou?rs?|connections?|traffic|"
    r"process(?:es)?|files?|logins?|sign-ins?|e-?mails?|links?)": 1.5,
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
    # Consumer-protection law as the subject (GUIDE.md §13: rules on deceptive marketing are out, online
    # scams stay in): a marketplace told to respect "consumer protection laws", shops' "dark patterns",
    # "unfair commercial practices", "pratiques commerciales trompeuses"; and people's data passed to
    # advertisers, privacy's matter (GUIDE.md §3: ad tracking, data sale), "fined for sharing user data
    # with advertisers". A scam warning from a consumer agency names its scam, which outweighs these.
    r"consumer[- ]protection (?:laws?|rules|regulations?|authorit\w*|agenc\w*|cooperation|network|bod(?:y|ies))|"
    r"consumer laws?|unfair commercial practices|misleading advertising|dark patterns|protection des consommateurs|"
    r"droit de la consommation|pratiques commerciales (?:trompeuses|déloyales)|verbraucherschutz\w*|"
    r"consumentenbescherming|(?:shar(?:e|es|ed|ing)|s[eo]ld|sell(?:s|ing)?|pass(?:es|ed|ing)?) (?:[\w-]+ ){0,3}"
    r"(?:information|data) (?:with|to) (?:[\w-]+ ){0,2}(?:advertisers|marketers|ad(?:vertising)? (?:networks|"
    r"platforms|partners|companies|firms))": 2.0,
    # The organisation's own news: grants, donations, fundraisers (not a security subject), and its
    # personal news (the guide leaves it out): memorials and obituaries, a trivia night.
    r"receives? (?:a )?\$?[\d.,]+ ?[km]? grant|grant from|donations?|fundraiser|fundraising|in memoriam|"
    r"celebrat\w* the life (?:and work )?of|in appreciation of|obituar(?:y|ies)|trivia night": 2.0,
    # Financial fraud on investors or the tax office is not fraud carried out online (GUIDE.md §3): "AI
    # chatbot startup founder … accused of ripping off investors in $60M fraud" (securities fraud), nor is
    # the bribing of officials ("charged with bribing foreign officials"): corruption, not cybercrime;
    # nor the securities laws' own offences, tokens sold as unregistered securities or shilled by paid
    # celebrities ("sold crypto asset securities", "shilling a cryptocurrency without disclosing…").
    r"securities fraud|accounting fraud|tax (?:fraud|evasion)|ripping off investors|defraud\w{0,4} (?:its |the |"
    r"their )?investors|investors out of|fraude fiscale|steuerbetrug|steuerhinterziehung|belastingfraude|"
    r"insider trading|délit d['’]initié|brib\w* (?:[\w-]+ ){0,2}officials|(?:crypto )?asset securities|"
    r"unregistered (?:offer\w*|sales?|securities)|shill\w* (?:a |the |their )?crypto\w*|crypto(?:currency)? shill\w*": 2.0,
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
# "EFF Files Amicus Brief …", "… Border Surveillance Technologies", "Organizing for Digital Rights";
# the state's and the market's surveillance as the subject ("… Advancing Dangerous Surveillance Bill",
# "… Stop Buying Corporate Surveillance Data", "Illegal Surveillance of Cell Phones"), not a
# surveillance tool, which may be spyware ("surveillance tool X used by police").
# Counted in the headline only: security news names them in passing (spyware used against human
# rights defenders, a ban argued over free speech), the headline says what the page is about.
OFF_TOPIC_HEADLINE: dict[str, float] = {
    r"civil (?:liberties|rights)|digital rights|free(?:dom of)? (?:speech|expression)|(?:first|fourth) amendment|"
    r"amicus (?:brief|curiae)|net neutrality|reproductive (?:health|rights|care)|abortion\w*|"
    r"(?:border|drone|aerial|biometric|street[- ]level|corporate|government|illegal|social media) surveillance|"
    r"surveillance (?:tech\w*|towers?|bills?|powers?|data|state|programs?)|national security state": 2.0,
    # censorship and its circumvention, free speech's matter (GUIDE.md §3): "… proxy support to help
    # users bypass internet censorship", "Apple accused of censoring apps". Weak, so that any security
    # word of the headline outweighs it ("… invites attacks on its censorship infrastructure").
    r"censor\w*|internet shutdowns?|censure|zensur\w*|censuur": 1.0,
    # policing and immigration as a headline's subject, the rights groups' matter (GUIDE.md §3: police
    # surveillance technology is no security subject): "The Human Toll of ALPR Errors", "… Protest-Related
    # Arrests Do Not Justify Dragnet Device Searches", "No Postal Service Data Sharing to Deport
    # Immigrants", "SFPD's Intended Purchase of a Robot Dog"; any security word of the headline as strong
    # keeps it ("Spyware maker's tool used on protesters' phones").
    r"\balprs?\b|automated license plate|predictive polic\w*|dragnet\w*|(?:device|phone|border|digital data) "
    r"searches|immigrants?\b|immigration\b|deport\w*|protest(?:s|ers?|ors?)\b|robot dogs?|police robots?": 2.0,
    # films, music and shows leaked before their release, piracy's matter (GUIDE.md §3): "Oscar-Nominated
    # Movie Screeners Leak Online", "Employee Who Leaked 'Spider-Man' Blu-ray Sentenced", "Radiohead
    # 'Leaked' Their Own Track"; a leak of data or code names neither
    r"(?:unreleased|pre-?release|leak(?:s|ed)?\W{0,2}) (?:[\w'’‘-]+ ){0,3}(?:films?|movies?|screeners?|episodes?|"
    r"tracks?|songs?|albums?|music|blu-?rays?|trailers?|footage|scripts?|comics|manga)\b|screeners?\b|"
    r"season finale": 2.0,
    # Arms and the trade war as a headline's subject: weapons platforms bought, grounded or fielded ("UK to
    # buy nuclear-capable F-35As", "US military grounds entire Osprey tiltrotor fleet", "British Army zaps
    # drones out of the sky with laser trucks", "sets robotic target-tracking turrets"), and export rules,
    # entity lists and tariffs ("US adds 36 Chinese entities to naughty list", "chip export controls"). The
    # topic model, which learned the security outlets' words for states and armies, lifts them; no
    # security subject is stated. A cyberattack on an arms maker or a spy's theft of missile secrets names
    # its own security words, which outweigh these (GUIDE.md §3: the main subject decides). Not ships: they
    # are in the news of cables cut and of radio interference ("Vessels claiming to be Chinese warships are
    # messing with passenger planes"), and in spies' cases.
    r"fighter jets?|stealth (?:bombers?|aircraft|jets?)|tiltrotors?|f-35\w*|aircraft carriers?|"
    r"howitzers?|artillery|turrets?|laser (?:weapons?|trucks?|cannons?)|"
    r"missile defen[cs]e|defen[cs]e shields?|(?:nuclear|missile)-capable|munitions|ammunition|"
    r"entity list|export (?:controls?|restrictions?|curbs|bans?)|tariffs?\b|trade war|chip sanctions|"
    r"(?:tech|trade|chip|export) sanctions|sanctions[- ](?:busting|evasion|evaders?)": 2.0,
    # counterfeit goods as a headline's subject, intellectual-property crime as piracy is (GUIDE.md §3):
    # "Europol warns about counterfeit goods and the criminals behind them", "contrefaçons saisies";
    # fake network gear sold to an army is a supply-chain matter, named by its kit, not by goods
    r"counterfeit (?:goods|products|items|clothes|clothing|watches|perfumes?|medicines?|drugs|luxury goods|"
    r"toys|cosmetics)|fake (?:designer|luxury|branded) (?:goods|products|items)|intellectual property crimes?|"
    r"contrefaçons?|produits contrefaits|(?:produkt|marken)fälschungen|namaak(?:producten|goederen|artikelen)": 2.0,
    # the ad industry's tracking as a headline's subject (GUIDE.md §3: ad tracking is a privacy matter):
    # "Your browser has ad tech's fingerprints all over it"
    r"ad[- ]?tech\b|advertising technolog\w*": 2.0,
    # the same tracking named by its means, the headline's subject (GUIDE.md §13: tracking pixels and web
    # beacons are a privacy-only topic): "Web beacons on websites and in e-mail", "… device analytics can
    # identify users", "… pauses mobile port tracking tech", "Google now allows device fingerprinting";
    # the topic model, reading a researcher's words, would lift them. Not a scan's fingerprinting of
    # servers ("Attackers Fingerprinting Honeypots") nor an implant's beacon.
    r"web[- ]beacons?|tracking[- ](?:pixels?|tech\w*|code|scripts?|sdks?)|(?:meta|facebook|tiktok|ad) pixels?|"
    r"(?:device|usage|app) analytics|(?:device|digital|browser)[- ]fingerprinting|pixels? (?:de suivi|espions?)|"
    r"pistage (?:publicitaire|en ligne)|(?:tracking|zähl)-?pixel\w*|(?:geräte|browser)-fingerprinting|"
    r"(?:tracking|volg)pixels?": 2.0,
    # people's data used to train AI as a headline's subject: a privacy matter (GUIDE.md §3), however
    # much its text talks of data and consent ("… will use your data to train its AI", "sells data for
    # AI training", "… would train AI on your files"); not datasets that leak secrets ("API keys found
    # in datasets used for LLM training" names no one's data used to train).
    r"train(?:s|ing|ed)? (?:its |their |an? |the )?(?:generative )?(?:ai|models?|llms?|chatbots?)(?: models?)? "
    r"(?:on|with|using) (?:[\w'’-]+ ){0,3}(?:data|posts|files|photos|profiles?|content|conversations|chats|"
    r"messages|recordings|images|videos)(?!\w)|(?:data|posts|files|photos|audio|profiles?|content|conversations|"
    r"chats|messages|recordings|images|videos)(?!\w) (?:[\w'’-]+ ){0,2}(?:for|to train|for training) "
    r"(?:its |their )?(?:generative )?(?:ai|models?|llms?|chatbots?)(?!\w)": 2.0,
    # a messaging app's ads and AI features as a headline's subject (GUIDE.md §3: ad tracking and generic
    # AI news are no security subject): "Meta Starts Showing Ads on WhatsApp", "WhatsApp Adds AI-Powered
    # Message Summaries"; the text's passing "privacy" and "end-to-end encrypted" do not make them security
    # news, while a security word of the headline outweighs these ("Malicious ads serve …")
    r"(?:show(?:s|ing)?|serv(?:e|es|ing)|bring(?:s|ing)?|introduc(?:e|es|ing)|roll(?:s|ing)? out|start(?:s|ing)? "
    r"(?:showing|serving)|target(?:s|ing)? (?:you|users|people) with) (?:targeted |personali[sz]ed )?(?:ads|adverts|"
    r"advertising)\b|(?:ai-powered |ai-generated |ai )?(?:message|chat|e-?mail|meeting|call) summar(?:y|ies)\b": 2.0,
    # a law's shortcomings as its critics name them ("Congress Passes TAKE IT DOWN Act Despite Major Flaws"):
    # the rights groups' criticism of a bill, no vulnerability
    r"(?:act|bill|law|treaty|regulation|proposal)\b[\w ,'’-]{0,30}\b(?:despite|with) (?:[\w-]+ ){0,2}flaws\b": 2.0,
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
#
# The attackers' and testers' trade in its own words counts in a headline, where it says what the page
# is about: outlets whose captures keep only the headline (or a cut lead) give nothing else to read
# ("… enhance penetration testing results", "Our secret ingredient for reverse engineering", "Police
# shut down the largest crime marketplace", a hacking contest's prize money). In a text, other subjects
# use the same words in passing (a piracy story's DRM "reverse engineering", a rights group's
# "doxxing", a consumer guide's "account takeover").
HEADLINE_LEXICON: dict[str, float] = {
    r"cyber[- ]?crimes?\b": 2.5,
    # A security business as the headline's subject (GUIDE.md §3: security-industry news, the layoffs and
    # acquisitions of security firms): "Security shop Adarma ceases trading", "Infosec biz boss accused…",
    # "Sicherheitsfirma … übernommen", "beveiligingsbedrijf … ontslaat". The weak "security" alone (1.0)
    # left such short captures unpublished; a firm whose trade is security states the subject.
    # (not a bare "sec", the markets' regulator: "SEC firms")
    r"(?:(?:(?:cyber|it|network|email|endpoint|cloud|data|identity|application|mobile)[- ]?)?security|infosec) "
    r"(?:shops?|firms?|vendors?|biz|outfits?|compan(?:y|ies)|startups?|start-ups?|providers?|players?|makers?|"
    r"giants?|houses?|industry|business(?:es)?)\b|(?:éditeurs?|entreprises?|sociétés?|fournisseurs?|spécialistes?) "
    r"(?:de |en )?(?:la )?(?:cyber)?sécurité|(?:it-)?sicherheits(?:firma|firmen|anbieter|unternehmens?|hersteller|"
    r"branche|spezialisten?)|(?:cyber)?beveiligingsbedrij(?:f|ven)|securitybedrij(?:f|ven)": 2.5,
    r"surveillance": 1.0,
    # the crooks and their frauds by name ("Why phishers…", "account takeovers", "SIM-swap heist")
    r"(?:spear[- ]?)?phishers?\b|account takeovers?|sim[- ]?swap\w*|carding\b|carders?\b|(?:card )?skimmers?\b|"
    r"card skimming|(?:hacking|hacker|criminal|crime|cybercrime|underground|carding) (?:forums?|markets?|"
    r"marketplaces?)\b": 3.0,
    # classes of flaw, a hacking contest, exposure of people and data
    r"information disclosure|\w*clickjack\w*|pwn2own|dox(?:x\w*|ing|ed|es)?\b|de-?anonymi[sz]\w*|leakage\b": 2.5,
    # the testers' and analysts' craft
    r"penetration test\w*|pen-?test\w*|red[- ]team\w*|reverse[- ]engineer\w*": 2.0,
    # security's own negation, which the word-start match of "security" does not read inside
    # ("The Insecurity of Photo Cropping", "Mailbox Insecurity", "an unsecured bucket")
    r"insecur\w*|unsecured": 2.0,
    # data left open to anyone and cards dumped, as a headline-only capture says them ("Dealer left your
    # data up for grabs", "X's Stash released 1 Million credit cards"): a carding dump names no thief
    r"(?:data|details|info\w*|records|files|cookies|passwords) (?:left )?up for grabs|(?:releas\w*|leak\w*|"
    r"dump\w*|sells?|sold|offer\w*|publish\w*|expos\w*) (?:[\w.,]+ ){0,3}(?:credit|debit|payment) cards\b": 3.0,
    # a state's influence operation as the headline's subject: its troll farms and the bots or fake
    # accounts that spread its propaganda ("bounty on Russian troll farm", "bots hard at work spreading
    # political unrest"); the content-moderation words of a text (misinformation) stay another subject
    r"troll farms?\b|influence (?:operations?|campaigns?|ops)\b|coordinated inauthentic|(?:bots?|fake accounts|"
    r"fake personas|sock ?puppets?) (?:[\w-]+ ){0,4}(?:spread\w*|push\w*|amplif\w*|sow\w*|stok\w*)": 2.5,
    # An IT outage as the headline's subject, told by its cause rather than as an "outage" (a word the
    # lexicon holds): with or without an attack it is security-industry news (GUIDE.md §3: an outage from
    # a faulty update, a misconfiguration or an expired certificate is relevant, `other`): "Airline grounded
    # itself due to mysterious IT problem", "homeserver grinds to a halt after RAID meltdown", "… felled by
    # expired certificate", "incident informatique", "IT-Probleme legen … lahm", "computerprobleem". Such
    # headlines hold no other security word, so the topic model, reading a newsroom's words on airlines
    # or the grid, ruled them out as another subject. Counted in the headline only.
    r"(?:an?|the|mysterious|major|massive|global|widespread|technical|unspecified) it (?:problems?|issues?|"
    r"failures?|glitch\w*|meltdowns?|faults?|outages?|chaos)\b|expired (?:tls |ssl |security |root )?"
    r"certificates?\b|(?:raid|server|storage|datacenter|data center) meltdowns?\b|(?:problèmes?|incidents?|"
    r"bugs?) informatiques?|it-(?:probleme?n?|pannen?|ausf(?:a|ä)ll\w*)|(?:system|server|rechenzentrums?)"
    r"ausf(?:a|ä)ll\w*|(?:it|computer|systeem)[- ]?(?:problems?|probleem|problemen)\b": 2.5,
}
