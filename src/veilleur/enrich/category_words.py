"""Each kind of event's vocabulary in EN/FR/NL/DE (and a few IT words), as regular expressions
matched case-insensitively at word starts; category.py applies the labelling guide's overlap
rules to them (bench/data/intel/GUIDE.md §4)."""

from __future__ import annotations

from veilleur.models import Category

# In the guide's rule order: the first kind present in the headline (then the lead) wins.
VOCABULARY: dict[str, str] = {
    Category.LAW_ENFORCEMENT: r"arrest\w*|arrêté|interpellé\w*|interpellations?|(?:police|gendarmes?|gendarmerie|policiers|enquêteurs)\b[^.]{0,30}?\binterpell\w*|zerschlag\w*|beschlagnahm\w*|in beslag (?:genomen|neemt|nemen)|neemt [\w -]{0,40}in beslag\b|inbeslagname|extradit\w*|sentenced|condamné\w*|jail(?:ed|s)?\b|behind bars|prison|criminal complaint|unseal\w*|fac(?:es|ing) (?:[\w-]+ ){0,2}charges|"
    r"pleads? guilty|pleaded guilty|guilty|indict\w*|inculpé\w*|charged|charges against|takedown|taken down|"
    r"imprison\w*|dismantl\w*|démantel\w*|"
    # (not a takeover: "seized control over the account", unless the police are named beside it, below)
    r"seiz\w*\b(?! control\b)|saisi[es]?\b|"
    # a bounty on criminals, not a bug bounty ("$250K bounty for a sandbox escape")
    r"(?<!bug )bount(?:y|ies)\b(?! (?:payouts?|programs?|programmes?|hunt\w*|platforms?|"
    # (a vendor's reward for a flaw: "a $70,000 bounty from Google for a lock screen bypass bug")
    r"(?:from (?:[\w-]+ ){1,2})?for (?:an? |the )?(?:[\w-]+ ){0,3}"
    r"(?:vulnerabilit\w*|flaws?|bugs?|exploits?|escapes?)))|reward of|"
    r"(?:police|fbi|authorities|officers|agents)\s(?:\w+\s)?raid\w*|(?:europol|eurojust|interpol|police) targets?\b|raid(?:ed|s)? by (?:the )?(?:police|fbi|authorities)|"
    r"(?:europol|eurojust|interpol|fbi|feds|doj|justice department|police|cops|authorities|law enforcement)\b"
    r"[^.]{0,40}?\b(?:disrupt\w*|bust\w*|shut\w*(?: down)?|takes? down|took down|seiz\w*|dismantl\w*|power\w* down|"
    r"cuff\w*|nab\w*|pull\w* the plug|swoop\w*|crack\w* down)|"
    # anyone disrupting a crime ring (a vendor's legal team too: "Microsoft disrupted a cybercrime ring")
    r"(?:disrupt\w*|dismantl\w*|takes? down|took down|shut\w* down|bust(?:s|ed)?) (?:[\w-]+ ){0,3}(?:cybercrime|crime|"
    r"criminal|scam|fraud|phishing|botnet|ddos-for-hire|malware) (?:rings?|networks?|gangs?|groups?|operations?|"
    r"services?|platforms?|market\w*|forums?|infrastructure|servers?)\b|"
    # sanctions as an act against someone, not a context ("evading sanctions", "scoffing at sanctions")
    r"sanctioned\b|sanctions (?:on|against)\b|(?:imposes?|slaps?|announces?|new) sanctions\b|sanctions (?:[\w-]+ ){0,3}"
    r"(?:hackers?|firms?|compan(?:y|ies)|entit(?:y|ies)|individuals|nationals?|actors?|operators?|members?|people|men|"
    r"exchanges?|groups?|administrators?|developers?|leaders?|officials?|networks?|services?|providers?|hosts?)\b|"
    r"charges? (?:[\w-]+ ){1,4}(?:with|over|in connection with)\b|"
    r"sued by\b(?![^.]{0,60}\b(?:breach\w*|leak\w*|privacy))|"
    # a court's ruling or order in a case (civil suits against those said to hack are justice action, GUIDE
    # §13), not one in a breach or privacy case, nor an order to block a service (a ban: policy) or a ruling on
    # the state's powers (warrants, surveillance, what is constitutional: policy)
    r"(?:court|judge|jury)s? (?:rules?|ruled|orders?|ordered|sides? with|sided with)\b(?![^.]{0,60}\b(?:breach\w*|"
    r"leak\w*|privacy|block\w*|warrants?|surveillance|(?:un)?constitutional))|(?:hacking|botnet|malware|cybercrime|scraping|phishing|ransomware|fraud|scam)['’]? (?:case|trial|lawsuit|suit)\b|"
    r"(?:attaquée?|poursuivie?) en justice par\b(?![^.]{0,60}\b(?:fuite|violation|vie privée))|"
    r"rewards? for (?:information|tips|info|details)\b|récompense pour (?:des |toute )?(?:informations?|renseignements?)\b|"
    r"belohnung für (?:hinweise|informationen)|beloning voor (?:tips|informatie)|"
    r"(?:legal action|lawsuits?|sues?|sued|suing) (?:[\w-]+ ){0,3}(?:crooks|hackers?|criminals?|cybercriminals?|scammers?|"
    r"fraudsters?|threat actors?|gangs?|botnet operators?)\b|"
    # a civil suit against a botnet's operators, named or not ("sues 25 alleged BadBox 2.0 botnet operators",
    # "wins lawsuit against Russians linked to the X botnet"): the guide files civil suits against hackers as police action
    r"(?:legal action|lawsuits?|sues?|sued|suing) (?:against )?(?:[\w.-]+ ){0,10}botnet(?: operators?| herders?)?\b|"
    r"accused of (?:[\w-]+ ){0,2}(?:hacking|breaking into|stealing|laundering|extort\w*|defraud\w*|posing as|"
    # (the same in the perfect: "accused of having stolen personal data")
    r"having (?:stolen|hacked|breached|leaked|broken into|sold|run|operated))\b|"
    # a state's prosecutors accusing someone is a charge ("Feds accuse X of renting out malware", "US
    # accuses man of being …"), not a state blaming another ("China accuses the US of …")
    r"(?:u\.s\.|us|feds|uncle sam|doj|justice department|prosecutors?) accuses?\b|"
    # (busted by the police, not "busted in" or "busted into" a network: crooks breaking in)
    r"(?:police|law enforcement|europol|interpol)(?: [\w-]+){0,2} (?:actions?|operations?|crackdowns?)\b|festgenommen|verhaftet|aangehouden|opgepakt|operation endgame|law enforcement operation|busted\b(?! into\b| in[.,;:!?)])|convicted|"
    r"charges? (?:[\w-]+ ){0,3}(?:nationals?|man|woman|men|hackers?|suspects?|operators?|administrators?|members?|"
    r"individuals|people|teen\w*|developers?)\b|démant[eè]l\w*|mis en examen|festnahme\w*|nimmt [\w -]{0,40}fest\b|"
    r"verurteilt|angeklagt|anklage|pakt [\w -]{0,40}op\b|arresteert|veroordeeld|aanklacht|"
    # an admission of a crime ("admits to running a botnet"), not a quote's speaker after its comma ("…, admits
    # outgoing cyber director")
    r"(?<!, )admit(?:s|ted) (?:to )?(?!an? |the |its |his |her |their )(?:[\w-]+ )?[\w-]+ing\b|reconnaît avoir|gesteht|"
    r"bekent (?:schuld|[\w ]{0,30}te hebben)",
    Category.RANSOMWARE: r"(?<!pre-)ransomware|rançongiciel|ransom\b|rançon|losgeld|lösegeld|logiciel de cryptage|"
    r"(?:encrypted|chiffré|chiffrant)(?: [\w'-]+){0,3} (?:files|systems|servers|serveurs|fichiers|systèmes|"
    r"postes)|versleuteld|verschlüsselt|lockbit|akira\b|qilin|black ?basta|\bclop\b|cl0p|medusa|rhysida|"
    r"blackcat|alphv|ransomhub|\binc ransom|play ransomware|double extortion|"
    # the trade's own name for its affiliate programmes ("Chaos RaaS emerges"), its initials included
    r"\braas\b",
    # (a vulnerability scanner or programme is a tool or a practice, not a flaw)
    Category.VULNERABILITY: r"vulnerabilit\w*\b(?! scann\w*| management| assessments?)|vulnérabilit\w*|kwetsba\w*|schwachstelle\w*|sicherheitslücke\w*|"
    r"zero[- ]days?|0-days?|\bcve-\d|flaws?\b|security holes?\b|failles?\b|bugs?\b(?! bount)|patch(?:es|ed)?\b(?! management)|patch tuesday|correctif\w*|"
    r"security updates?|mises? à jour de sécurité|"
    # a device maker's fixed firmware ("orders router firmware updates"): its fix, as a patch is
    r"firmware (?:security )?updates?|\bkev\b|exploited|exploitée?s?|advisory|\brce\b|"
    # (the flaw class "authentication bypass", not an attack's "authentication bypassed by phishing")
    r"remote code execution|privilege escalation|auth(?:entication)? bypass(?!ed|ing)|sql injection|"
    # classes of flaw (CWE names) a headline gives instead of "flaw"
    r"open redirects?|cross-site (?:scripting|request forgery)|\bxss\b|\bcsrf\b|\bssrf\b|(?:path|directory) traversal|"
    r"buffer overflows?|use-after-free|command injection|code injection|(?:unsafe |insecure )?deserializ\w+|"
    # the CWE's "improper …" classes ("addressed an improper access control issue in its firewalls")
    r"improper (?:access control|authentication|authori[sz]ation|input validation|privilege management)\b|"
    r"injection de (?:code|commandes?|sql)|dépassement de tampon|pufferüberlauf|"
    # a product shipped with credentials anyone knows (CWE-798, CWE-1392): its weakness, not its users'
    r"(?:default|hard-?coded) (?:admin )?(?:credentials|passwords?)|identifiants par défaut|standardpasswörter|"
    r"(?:password|credenziali) (?:di default|predefinite)|"
    r"standaardwachtwoorden?|"
    # (clickjacking is a flaw class, CWE-1021, a site's missing frame protection)
    r"out-of-band update|fixe[sd]\b|hotfix|pwn2own|sandbox escapes?|clickjacking\b|"
    # a product's weakness, not people's ("vulnerable communities") nor a honeypot's ("mimicking a vulnerable server")
    r"vulnerable (?:apps?|software|versions?|plugins?|drivers?|firmware)\b|"
    # the hosts of a product it names ("4,460 vulnerable Pulse Connect Secure hosts"); a class of devices
    # counted is exposure statistics (category_shapes.EXPOSURE_COUNT)
    r"vulnerable (?:[\w.-]+ ){1,3}(?:hosts|servers|instances|appliances|gateways)\b|"
    r"exposed to (?:hack\w*|attacks?|exploit\w*|takeover)|open to (?:remote )?(?:hijack\w*|attacks?|takeover|exploit\w*)|"
    r"expos(?:es|ing) (?:[\w'’-]+ ){1,4}to (?:[\w-]+ ){0,3}(?:attacks?|hack\w*|hijack\w*|takeover|theft|exploit\w*|"
    r"compromise|abuse)\b",
    Category.APT_ESPIONAGE: r"\bapt ?\d*\b|\bunc\d{3,5}\b|\buac-\d{4}\b|storm-\d{4}|espionage|espionnage|spionage|cyber ?spies|"
    # (malware "spying on users" is what spyware does to anyone: its kind is malware, not a state's espionage)
    r"(?:\bspies|spying)\b(?! on (?:[\w'’-]+ ){0,2}(?:users|people|victims|customers|consumers|owners|players|gamers|"
    # (nor a gadget "spying on you": what it could do to its owner)
    r"employees|kids|children|partners|spouses|visitors|shoppers|drivers|you|your|yourself|us|them|everyone)\b)|espionn\w*|spionier\w*|bespion\w*|staatlich\w* (?:hacker|akteure|angreifer)|"
    r"statelijke (?:hackers|actoren)|staatshackers|(?:liée?s?|soutenue?s?|financée?s?) (?:à|par) l['’]état (?:chinois|russe|iranien|nord-coréen)|(?:hackers|pirates) (?:étatiques|d['’]état)|liée?s? à (?:la chine|la russie|l['’]iran|"
    r"la corée du nord|pékin|moscou)|hacker\w* aus (?:russland|china|iran|nordkorea)|pirates (?:russes|chinois|iraniens|"
    r"nord-coréens)|(?:russische|chinese|iraanse|noord-koreaanse) hackers|(?:russische|chinesische|iranische|"
    r"nordkoreanische) hacker|state[- ]sponsored|state[- ]backed|nation[- ]state|government[- ]backed|"
    # a state's hackers told without naming the state ("Dutch police breached by a state actor", "state-linked
    # hackers"); a non-state actor is none, nor "state actors" listed among a policy's targets
    r"(?:(?<!non-)(?<!non )state[- ](?:hackers?|attackers?|linked|aligned|nexus)|\b(?:an?|the) state[- ]actor)\b|étatique|lazarus|sandworm|"
    # vendors' naming schemes ("Volt Typhoon", "Midnight Blizzard", "Fancy Bear"): a name before the word, not an
    # article, a preposition or a common adjective ("lost in a blizzard", "le blizzard", "the red panda", "a teddy bear")
    r"(?!(?:a|an|the|in|of|to|by|and|or|for|from|with|at|on|as|this|that|its|his|her|their|our|your|le|la|un|une|du|"
    r"de|der|die|das|een|het|red|giant|polar|teddy|brown|grizzly|black|snow|winter|heavy|severe|super|tropical|massive|"
    r"deadly|big|baby|little|cute|pet|stray)\b)\w+ (?:typhoon|blizzard|sleet|sandstorm|panda\b|bear\b|kitten\b)|kimsuky|turla|"
    # (North Korea also goes by its initials, "DPRK", and by The Register's slang, "Nork", below)
    # (other states whose hackers vendors track: "Pakistan-linked hackers", "a threat actor with ties to Pakistan")
    r"(?:china|russia|iran|north korea|dprk|pyongyang|beijing|kremlin|pakistan|india|belarus|vietnam)[- ]"
    r"(?:linked|nexus|backed|aligned|affiliated)|(?:actors?|hackers?|groups?|crews?) with (?:[\w-]+ )?(?:ties|links) to "
    r"(?:china|russia|iran|north korea|pakistan|india|belarus|vietnam)\b|"
    r"(?:chinese|russian|iranian|north korean|n\. ?korean)[- ](?:linked|nexus|backed|aligned|sponsored|affiliated)|cyber ?spy\w*|cyber-?espion\w*|espions (?:chinois|russes|iraniens|nord-coréens)|snooping campaign|"
    # gathering intelligence is what spies do ("from browser stealer to intelligence-gathering tool"); a
    # defender's threat intelligence is not
    r"(?<!threat )intelligence[- ]gathering|collecte de renseignements|inlichtingen (?:te )?verzamel\w*|"
    # a state as the subject of an attack ("China hacked…", "Beijing has quietly pwned…", "Ukraine claims it
    # hacked…": cyber warfare)
    r"(?:china|russia|iran|north korea|pyongyang|beijing|moscow|tehran|kremlin|ukraine|kyiv)(?: claims? (?:it|to "
    r"have)| says? it)?(?: has| have| had| is| are| was| were)?(?: \w+ly)? "
    r"(?:hack(?:s|ed)|pwn(?:s|ed)|breach(?:es|ed)|attack(?:s|ed)|target(?:s|ed|ing)|infiltrat\w*|compromis(?:es|ed)|"
    # (a state hunting for flaws to use: "Russia scanning for your unpatched vulnerabilities")
    r"scann(?:s|ed|ing)|prob(?:es|ed|ing)|exploit(?:s|ed|ing)|spie[sd]|spying|snoop\w*)\b|"
    r"(?:fingers?|fingered|blames?|blamed|attribut\w*|pins?|pinned|links?|linked|accuses?|accused|ties) (?:[\w-]+ ){0,3}(?:to )?"
    r"(?:north korea|china|russia|iran|pyongyang|beijing|moscow|kremlin|tehran|democratic people['’]s republic of korea)\b|"
    r"(?:china|russia|iran|north korea|pyongyang|beijing|kremlin) (?:is |was |are |were )?behind|"
    r"(?:china|russia|iran|north korea|ukraine|kyiv|israel|beijing|moscow|tehran|pyongyang)['’]s (?:state )?(?:hackers|spies|snoops|operatives|goons|cyber[- ]?(?:goons|spies|crews?|army|troops|operatives|snoops))|"
    r"(?:iran|china|russia|north korea) (?:named|blamed|accused)|"
    # a state named as the source of cyberattacks or of a cyber threat ("Norway warns of Russia cyber threat",
    # "Pro-Russia cyberattacks aim at destabilizing Poland"): cyber warfare, as the guide files it
    r"(?:pro-)?(?:china|russia|iran|north korea|chinese|russian|iranian|north korean|beijing|moscow|kremlin|tehran|pyongyang)"
    r"[- ]cyber[- ]?(?:attacks?|threats?|offensives?|operations?|campaigns?|aggression)\b|"
    r"(?:pro-)?(?:chinese|russian|iranian|north korean|n\. ?korean|dprk|norks?|ukrainian|israeli|pakistani|belarusian|vietnamese) "
    r"(?:state |military |intelligence |government )?(?:hackers|apt|actors?|threat actors?|spies|"
    r"cyber ?spies|snoops|intelligence|it workers?|operatives?|crews?|(?:threat |hacking )?groups?)|pegasus|predator spyware|paragon|"
    # cyber war (and its conference, CYBERWARCON), not the armed forces' "cyber warriors" who defend
    r"cyber ?war(?:fare|s|con)?\b|digital warfare|wiper|"
    # North Korea's workers hired under false names (the guide: a state-attributed scheme), however the
    # headline calls them ("fake North Korean techie", "DPRK remote developers")
    r"(?:north korean|n\. ?korean|dprk|nork)(?: [\w-]+)? (?:it |tech |remote )?(?:workers?|techies?|employees?|"
    r"developers?|freelancers?|contractors?|hires?)\b",
    Category.DATA_BREACH: r"data breach(?:es|ed)?\b|breach(?:es|ed|ing)?\b(?! (?:of )?(?:its |their |the |his |her |a )?(?:contract|duty|trust|terms|"
    r"confidentiality|the peace|fiduciary))|fuite de données|fuite|violation de données|datalek|datenleck|"
    # (a "leaky" infrastructure or pipe is a weak one, not a leak; a leaky bucket or database spills data)
    r"datenpanne|leak(?!y\b)\w*|leaky (?:[\w-]+ )?(?:buckets?|databases?|servers?|apps?|apis?)\b|exposed(?! (?:[\w-]+ ){0,2}(?:services?|servers?|instances?|devices?|endpoints?|interfaces?|ports?|"
    r"panels?|hosts?|systems?|grids?|apis?)\b)|exposes|dati rubati|(?:messaggi|credenziali|informazioni|documenti|file) rubat[oaie]|furto di dati|violazione (?:dei|di) dati|stolen data|(?<!risk of )data theft|stole data|hacked|hack of|"
    r"compromised|données (?:volées|dérobées)|extortion|extorsion|erpressung|afpersing|customer (?:data|records|information)|"
    r"dossiers patients|signing keys?|swiped|snatch\w*|(?:cyber ?)?security incident|"
    r"st(?:ole|eal(?:s|ing)?) (?:[\w$€£.,'’-]+ ){0,4}(?:data|files|records|credit cards?|card (?:data|numbers|details)|documents|information|"
    r"details|databases?|source code|e-?mails?|backups?|(?:encryption |signing |private )?keys)\b|"
    r"stolen (?:[\w-]+ ){0,2}(?:files|information|records|documents|databases?|(?:signing |private |encryption )?keys)\b|"
    r"stolen from\b|unauthori[sz]ed access\b|(?:gain\w*|got|obtain\w*) (?:unauthori[sz]ed )?access to (?:[\w-]+ ){0,3}(?:data|information|records|"
    r"files|databases?|e-?mails?|details)\b|exposing (?:[\w-]+ ){0,3}(?:data|information|records|files|details)\b|"
    r"spill\w* (?:[\w-]+ ){0,3}(?:data|information|records|details)\b|"
    r"(?:data|files|records|information|details|documents|databases?) (?:[\w-]+ ){0,5}(?:was|were|had been|have been|"
    r"has been) (?:stolen|leaked)|(?:data|files|records|information|details|documents) (?:stolen|leaked) (?:in|from|by|"
    r"after|during|when)\b|(?:data|files|records|information|details|documents) (?:[\w-]+ ){0,5}(?:feared|believed|"
    r"thought|presumed|possibly|likely|allegedly) (?:to have been )?(?:stolen|leaked)\b|incident de sécurité|"
    r"(?:vol(?:e|ent|é|ée|és|ées|aient|ait)?|dérob\w+) (?:les |des |de )?(?:[\w'’-]+ ){0,2}(?:données|fichiers|informations|identifiants)\b|"
    r"sicherheitsvorfall|beveiligingsincident|theft of (?:\d[\d.,]* ?(?:tb|gb|mb)\b|(?:[\w-]+ ){0,2}(?:data|files|records|documents|information|details))|dérobée?s?\b|gestohlen\w*|erbeut\w*|gestolen|buitgemaakt|"
    r"access(?:ed|ing) (?:[\w-]+ ){0,3}(?:data|names|information|records|details|files)|"
    # the same told in the passive, with its intruder or its time ("2.3M people's data accessed when crooks
    # broke in"; not "no sensitive data was accessed.")
    r"(?:data|information|records|details|files) (?:(?:was|were|has been|have been|had been) )?accessed (?:by|when|after|"
    r"during|in (?:a|an|the))\b|"
    # a skimmer planted on a site steals its customers' cards (the labels: an information leak)
    r"(?:web|online|digital|e-?commerce|javascript|js|magecart|checkout|payment[- ]page) skimm(?:ers?|ing)\b|"
    # data offered or posted by criminals ("Data of 1.2 million students posted on hacking forum",
    # "Des données de 600 000 patients mises en vente"), or read by an intruder ("informations consultées")
    r"(?:data|records|databases?|details|données|informations) (?:[\w'’.,&-]+ ){0,12}(?:(?<!be )(?:posted|dumped) (?:online|on|in)\b|put up for sale|"
    r"(?:is |are |was |were )?(?:sold|for sale|offered for sale|published) (?:on|in|via) (?:an? |the )?(?:[\w-]+ )?"
    r"(?:hack\w*|criminal|cybercrime|dark ?web|underground|leak) (?:forums?|sites?|markets?|channels?)|mises? en vente|"
    r"(?:publiée?s|diffusée?s) sur (?:un|le) forum|consultée?s\b|zum verkauf|te koop)|"
    r"dumped (?:online|on (?:an? |the )?(?:[\w-]+ )?(?:forums?|sites?))|(?:database|data) dumps?\b|(?:card|payment) (?:[\w-]+ ){0,2}skimmed|skimmed (?:[\w-]+ ){0,3}(?:cards?|payment)|"
    r"(?:données|cartes?|informations)\b[^.]{0,40}siphonnée?s|siphonn\w* (?:les |des )?(?:données|informations)|"
    r"unauthori[sz]ed (?:party|third party|individual|actor|user)s? (?:[\w-]+ ){0,2}(?:accessed|gained access|viewed|"
    r"obtained)|tiers non autorisé\w* a (?:eu accès|accédé|consulté)",
    Category.DDOS: r"\bddos\w*|déni de service|denial[- ]of[- ]service|noname057|booter|stresser|killnet|"
    r"anonymous sudan|ddosia|überlastungsangriff|overbelastingsaanval|"
    r"knock\w* (?:[\w-]+ ){0,4}(?:sites?|websites?|portals?|pages) offline",
    Category.FRAUD_PHISHING: r"phish\w*|hameçonnage|smishing|vishing|scam\w*|spam\w*|arnaque\w*|fraud\w*|fraude\w*|"
    r"oplichting|betrug|\bbec\b|business email compromise|sim[- ]swap\w*|impersonat\w*|pos(?:es|ing) as|masquerad\w* as|pretend\w* to be|se fai(?:t|sant) passer|"
    r"gibt sich als|geben sich als|doe[nt] zich voor|credential stuffing|"
    # credential stuffing told without its name (the guide: account takeover campaigns are phishing)
    r"(?:recycled|reused|re-used) (?:logins|passwords|credentials)|password (?:reuse|spraying)|"
    # wallet drainers and seed-phrase theft are phishing for crypto ("a crypto draining attack", "steal crypto
    # wallet seed phrases"), and so is money drained from accounts by crooks ("drained $272m from accounts")
    r"(?:crypto|wallet|token)[- ]?drain\w*|drainers?\b|seed phrases?|(?:drain\w*|siphon\w*) (?:[\w$€£.,-]+ ){0,3}from "
    r"(?:[\w'’-]+ ){0,2}(?:accounts?|wallets?)\b|"
    r"account takeover|fake (?:[\w'’.-]+ ){0,3}(?:shops?|stores?|websites?|sites?|pages?)\b|betrüger\w*|oplicht\w*|escroc\w*|"
    r"gefälscht\w* (?:\w+ )?(?:nachricht|mail|sms|paket)\w*|valse (?:sms|e-?mails?|berichten)\w*|"
    # "De faux SMS de colis volent les identifiants": the fake message is the scam
    r"faux (?:sms|e-?mails?|courriels?|messages?|sites?)\b|fausses? (?:pages?|boutiques?|annonces?)\b|phishing kit|phaas|social[- ]engineering|ingénierie sociale|"
    r"lookalike domains?|hijackers?|takes? over (?:\w+ ){0,2}accounts?|account hijack\w*|"
    r"hijack\w* (?:\w+ ){0,2}accounts?|piratage de comptes?|kontoübernahme",
    Category.MALWARE_CAMPAIGN: r"malware(?!bytes)|maliciels?|logiciels? malveillants?|logiciels? espions?|schadsoftware|schadprogramm\w*|"
    r"kwaadaardige software|trojan|cheval de troie|botnet|stealer|"
    r"infostealer|voleurs? d['’]informations|loader|(?<!encryption )(?<!alleged )backdoors?|\brat\b|spyware|worm(?!able)|rootkit|cryptominer|miners?\b|"
    # a family named after its kind ("SnakeKeylogger", "MintsLoader", "ShellBot"; not a chatbot, robot, Certbot…)
    r"\w*keylogger\w*|\w+(?:stealer|loader|dropper)s?\b|(?!(?:chat|ro|ab|tal|cert|dependa|renovate|aml|co|web|sales)bots?\b)\w+bots?\b|crimeware|"
    r"cyber ?weapons?|(?:edr|av|antivirus)[- ](?:killers?|bypass tools?)|cryptojack\w*|proxyjack\w*|crypto ?-?min(?:ing|ers?)\b|cryptocurrency min(?:ing|ers?)\b|mine (?:crypto\w*|monero|bitcoin)\b|"
    r"malicious (?:[\w-]+ ){0,2}(?:code|scripts?|payloads?|javascript|files|documents|attachments|executables|binaries)\b|"
    # a payload delivered or hidden is the malware ("a payload delivered through steganography"); a crafted
    # payload that triggers a flaw is not
    r"payloads? (?:delivered|dropped|hidden|concealed|embedded|caché\w*)|(?:deliver|drop|hid|conceal|embedd|cach)\w* "
    r"(?:an? |the |its |their |le |un |des )?(?:[\w.-]+ )?payloads?\b|"
    # resource hijacking (the guide: a malware campaign even when no malware is named); accounts are fraud
    r"hijack\w* (?:[\w-]+ ){0,3}(?:servers?|notebooks?|instances?|containers?|clusters?|cloud resources|"
    r"computing resources|bandwidth|routers?|devices?)\b|"
    # (the same told as abuse: "unsecured notebook servers abused for illegal streaming")
    r"(?:servers?|notebooks?|instances?|containers?|clusters?) (?:abused|hijacked|misused) (?:for|to) (?:[\w-]+ ){0,2}"
    r"(?:stream\w*|restream\w*|cryptomining|mining|proxy\w*)\b|malicious (?:[\w-]+ ){0,2}(?:packages?|"
    r"npm|pypi|extensions?|apps?|crates?|gems?|modules?|librar(?:y|ies))|"
    # fake software to download is a malware's bait ("Fake Zoom Client Downloads", "posing as fake GitHub
    # projects", "fake game cheats"); fake shops and sites stay fraud
    r"fake (?:[\w-]+ ){0,4}(?:extensions?|apps?|packages?|installers?|updates?|updaters?|clients?|downloads?|"
    r"projects?|repos|repositor(?:y|ies)|software|programs?|tools?|utilit(?:y|ies)|games?|mods?|cheats?|cracks?)\b|"
    r"npm packages?|pypi packages?|malvertis\w*|supply[- ]chain attack|webshell|"
    # a banking trojan's module that rewrites the bank's pages in the victim's browser ("web-inject toolkit")
    r"web[- ]?injects?\b|"
    # an exploit kit is crimeware that infects its visitors (RIG, Magnitude), not a flaw of its own
    r"exploit kits?|"
    # criminals' tools and services ("X toolkit steals cloud keys", "hacking service for hire",
    # "crooks turn open-source tools against banks", "outils de piratage")
    r"hack(?:ing|er)[- ](?:services?|for[- ]hire)|hack[- ]for[- ]hire|(?:toolkits?|tools?|kits?) (?:[\w-]+ ){0,2}(?:harvest|"
    r"steal|hijack|infect|compromis|drain)\w*|(?:criminals?|hackers?|attackers?|threat actors?|gangs?|crooks?) (?:[\w-]+ ){0,3}"
    r"(?:tools?|toolkits?)\b(?! (?:to|that) (?:detect|find|spot|hunt|block))|outils? (?:de piratage|malveillants?)|"
    r"(?:cybercriminels|pirates) (?:[\w-]+ ){0,3}outils?\b",
    Category.POLICY_REGULATION: r"regulation|"
    # rules a government or regulator sets ("New cybersecurity rules land for Defense Department contractors"),
    # not a defender's detection rules ("new YARA rules") nor "rules out"
    r"(?:new|final|proposed|draft|federal|government|eu|sec|fcc|ftc) (?:(?!yara|sigma|detection|firewall|snort|"
    r"suricata|waf|forwarding|inbox|mail|transport)[\w-]+ ){0,3}rules?\b(?! out)|"
    # the certification schemes a law sets up (the EU Cybersecurity Act's), not a person's certificate
    r"(?:cyber ?security |eu |european )certification schemes?|schem[ie] (?:europei )?di certificazione|"
    r"certificazion\w* (?:di|della|per la) cyber\w*|cybersecurity-zertifizierung\w*|règlement|regolamento|verordnung|directive|\bcnil\b|\bico\b|\bedpb\b|data protection (?:authority|regulator)|"
    r"autorité de protection des données|datenschutzbehörde|\bnis ?2?\b|\bdora\b|cyber resilience act|\bcra\b|"
    # (a law, not a law firm nor law enforcement, who are people in the story)
    r"législation|legislation|\blaw\b(?! firms?\b| enforcement\b)|\bloi\b|\blaws\b|\bbill\b|wetgeving|gesetz|executive order|"
    # (a ban, not the second half of a brand: "Ray-Bans")
    r"(?<!-)ban(?:s|ned)?\b|interdi\w*|(?<!non-)(?<!non )government(?! contracts?\b| contractors?\b)|gouvernement|ministry|(?<!group )policy|politique|strategy|stratégie|"
    r"white house|kremlin|putin|(?:trump|biden) administration|downing street|élysée|matignon|official probe|officials? (?:say|warn|urge|order)\w*|"
    r"regulator|\w+wet\b|\blegge\b|decreto|determinazion[ei]\b|\bdpcm\b|wetsvoorstel|kabinet|\w*gesetz\w*|bundesregierung|bundestag|projet de loi|\bsec\b|\bfcc\b|\bftc\b|treaty|backdoor law|lawmakers|senat\w*|congress|parliament",
    Category.RESEARCH_TOOLING: r"research\w*|technique\w*|tool\w*|outil\w*|framework|proof[- ]of[- ]concept|\bpoc\b|"
    r"github|open[- ]source|(?<!progress )report\b|survey|statistics|trends|fast flux|jailbreak\w*|detection|"
    r"hunting|analysis|feature|hardening|guide\b|guida\b|how to|diary|fingerprint\w*|honeypot|\bllms?\b|"
    r"side[- ]channel\w*|prompt injection|prediction\w*|playbook|benchmark\w*|packet tuesday|scans? for|"
    r"best practices|bonnes pratiques|zero[- ]trust|"
    # paying outsiders to find flaws: a defensive practice ("promotes the benefits of bug bounties")
    r"bug bount(?:y|ies)|(?:bounty|vulnerability disclosure) programs?|\bsiem\b|\bdlp\b|\bsoc\b|\bedr\b|\bxdr\b|\bsdl\b|shellcode|exposure management",
}
# Words whose case is their meaning, read case-sensitively beside the kind's vocabulary (a scoped
# `(?-i:…)` inside it would keep the whole vocabulary off its fast path: veilleur.text.cased_union).
CASED: dict[str, str] = {
    Category.RESEARCH_TOOLING: r"\bAI\b",  # artificial intelligence, not the word "ai"
    Category.POLICY_REGULATION: r"\bAct\b",  # a law ("the Online Safety Act"), not the verb ("to act as")
}
