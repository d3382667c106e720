"""The kinds of promotion a headline states, in EN/FR/NL/DE, as regular expressions matched
case-insensitively at word starts; promotional.py reads them (bench/data/intel/GUIDE.md §2)."""

from __future__ import annotations

import re
from functools import lru_cache

# The kinds of promotion, by what the headline says in EN/FR/NL/DE (the outlet does not matter):
# analyst rankings and awards, webinars and events, launches and release notes, job offers, funding
# rounds, buyer's guides. Reporting on a launch or an award names it as news ("X says its new tool
# ..."); these are the forms a vendor's own page or a paid slot takes.
TITLE_KINDS: dict[str, str] = {
    "ranking or award": r"named [\"“‘']best [\w -]{0,40}[\"”’]|(?:nommée?|reconnue?|positionnée?|désignée?) (?:comme )?(?:un )?leader|"
    r"leader (?:du|dans le) (?:magic quadrant|forrester)|als leader (?:erkannt|ausgezeichnet|positioniert|genannt)|"
    r"(?:uitgeroepen|benoemd|erkend) (?:tot|als) leader|(?:wins?|won|receives?|earns?|honou?red with) "
    r"(?:an? |the )?[\w' -]{0,40}awards?\b|remporte (?:le |un |les )?(?:prix|trophée)|lauréat\w*|"
    r"\btrophées? de|(?:wint|won) (?:de |een )?[\w-]{0,30}prijs|auszeichnung|ausgezeichnet",
    "webinar or event": r"\bwebcasts?\b|\blive[- ]demo|inscrivez-vous|register (?:now|today|here)|"
    r"jetzt anmelden|(?:schrijf je|meld je) (?:nu )?(?:in|aan)|see you at|rendez-vous (?:au|à|sur le)|"
    r"retrouvez-nous|rejoignez-nous|besuchen sie uns|bezoek ons|(?:our|visit|stop by|find us at|meet us at|come to) (?:the |our )?booth\b|booth ?(?:#|no\.? ?)?\d|(?:notre|unser|ons) stand\b|"
    # a press release inviting reporters to a briefing, labelled so at its headline's start ("Media
    # Briefing: X and partners warn …", "Media Advisory:", "Point presse :"): the page is the invitation,
    # whatever the briefing's subject (a cybercrime treaty too), told elsewhere
    r"^(?:media|press) (?:briefing|advisory|call)\s?[:–—]|^(?:point|conférence) (?:presse|de presse)\s?[:–—]|"
    r"conference agenda|agenda (?:of|for) (?:the )?(?:conference|summit|event)|programme (?:de la|du) "
    r"(?:conférence|salon|sommet)|interventions à venir|"
    # an event's programme or stand, whatever the event is called ("Agenda: X Summit 2025 speakers and
    # sessions", "Programme du Forum X 2025", "Retrouvez X aux Assises…, stand 42", "Stand B12")
    r"^(?:agenda|programme|programm|tagesordnung) ?[:–—|]|speakers and sessions|(?:programme|agenda|programm) (?:de la |du |des |"
    r"de l['’]|of the |for the |des |der )?(?:[\w-]+ ){0,2}(?:forum|congrès|assises|rencontres|colloque|journées?|"
    r"summit|expo|kongress|konferenz|messe|congres|beurs)\b|\bstand (?:[a-z]?\d+[a-z]?|n°)|(?:sur|à) (?:notre|son|leur) stand|"
    r"auf (?:unserem|dem) stand|retrouvez [\w .'’-]{1,40} (?:au|aux|à la|à|sur le|lors d)",
    "launch or release notes": r"^announcing\b|^(?:présentation de|découvrez|entdecken sie|ontdek)\b|"
    r"nouveautés (?:de|du|dans|d')|neuerungen in|nieuw in\b|release notes|notes de version|"
    r"(?:lance|dévoile) (?:sa|son|ses|une|un) nouve|stellt neue\w* [\w -]{0,30}vor",
    "job offer": r"we(?:['’]re| are) hiring|now hiring|job (?:opening|offer|vacanc\w+)|join our team|"
    r"nous recrutons|on recrute|offre d['’]emploi|rejoignez notre équipe|wir suchen|stellenangebot|"
    r"stellenausschreibung|vacature|we zoeken (?:een|versterking)",
    "funding round": r"raises? \$?€?[\d.,]+ ?(?:m\b|mn\b|million|billion|bn\b)|(?:secures?|closes?|lands?) "
    r"\$?€?[\d.,]+ ?(?:m\b|million)|series [a-f] (?:funding|round|financing)|seed (?:funding|round)|"
    r"funding round|lève [\d.,]+ ?(?:millions?|m)|levée de fonds|finanzierungsrunde|"
    r"sammelt [\d.,]+ (?:millionen|mio)|haalt [\d.,]+ miljoen (?:euro )?op|investeringsronde",
    "customer story": r"(?:ciso|cio|cto)['’]s journey|(?:security|digital|zero trust|cloud) journey|"
    r"success stor(?:y|ies)|témoignage client|erfolgsgeschichte|klantverhaal|praxisbericht",
    # A product's tagline as headline: "X: vulnerability management simplified".
    "product tagline": r"\w+ (?:simplified|made simple)$|simplifiée?s?$|vereinfacht$|vereenvoudigd$|"
    r"(?:tout|all) en un|all-in-one",
    "buyer's guide": r"how to (?:choose|pick|select|evaluate)\b|choosing the (?:right|best)|buyer['’]?s guide|"
    r"comment (?:bien )?choisir|guide d['’]achat|wie (?:wählt|findet) man|worauf (?:sie|man) [\w ]{0,30}achten|"
    r"hoe kies je|\ba practical guide to\b|guide pratique|the (?:complete|definitive|essential) guide to|"
    r"le guide (?:complet|ultime|pratique)",
}

# The same kinds in the other words vendors' headlines use for them, EN/FR/NL/DE. They also fit a
# report on a lure ("Hackers abuse fake webinar invitations", "Scammers promise 30% off"): a headline
# that names the bait or the crooks (_BAIT) is reporting, so these forms count only without one.
MORE_KINDS: dict[str, str] = {
    # (a product's measured benefit, as its vendor's study states it: "X delivered a 30% reduction in …")
    "ranking or award": r"positioned (?:highest|furthest|as an? (?:leader|visionary|challenger))|leadership compass|"
    r"deliver(?:s|ed)? (?:an? |up to )?\d+ ?% (?:roi|return|reduction|lower|fewer|faster|less|more|increase|improvement|"
    r"savings?|cost)|"
    r"(?:demonstrates?|delivers?|achieves?|shows?) industry-leading|industry-leading (?:protection|results|detection)|"
    r"names [\w.-]+(?: [\w.-]+){0,3} (?:a|as a) leader|recogni[sz]ed as [\w -]{0,40}leader|\bwave report\b|"
    r"ranked (?:number one|first|no\.? ?1)|seal of approval|achieves [\w -]{0,50}certification|"
    r"(?:partner|vendor|company|product|solution|provider) of the year|named (?:to|on) (?:the )?[\w'&.-]+(?: [\w'&.-]+){0,5} "
    r"(?:list|100|50)\b|(?:finalist|shortlisted) (?:for|in)\b|ranked (?:#|no\.? ?|number )?1\b|top spot in|"
    r"élue? (?:meilleure?|entreprise|solution|produit)|classée? (?:leader|premier|première|n°? ?1)|"
    r"(?:gewinnt|erhält) (?:den |die |das )?[\w -]{0,40}(?:preis|award)|(?:wint|won|krijgt) (?:de |een )?[\w -]{0,30}award",
    "webinar or event": r"upcoming (?:events?|webcasts?|sessions?)|save the date|join us (?:for|on)\b|(?:tournament|party|meetup|reception|"
    r"happy hour|booth) at (?:black hat|rsac?\b|rsa conference|def ?con|bsides\w*|infosecurity)|(?:meet|visit|find|catch|see|with) (?:us|the team|"
    r"[\w.-]+) at (?:black hat|rsac?\b|rsa conference|infosecurity|it-sa|gitex|def ?con|vivatech|the [\w -]{0,30}(?:summit|"
    r"conference|expo|show))|register for (?:our|the|this|a)\b[\w -]{0,40}(?:summit|event|session|conference|workshop|"
    r"masterclass|webinar|webcast)|(?:virtual|online|digital) (?:summit|event|conference)|on-demand session|live event|"
    r"masterclass|^invitation\b|matinale|petit-déjeuner|\bwebinaires?\b|participez à|treffen sie uns|einladung zu|"
    r"kom naar (?:ons|onze)|(?:ons|onze) (?:webinar|seminar|event)|"
    # an event's opening call ("Open now: the 2022 X Challenge", "Registration is now open for",
    # "Inscriptions ouvertes"), and a headline that is only an event's name and year ("X Holiday
    # Hack Challenge 2024", "Exemple Summit 2026", an ISC diary's date after it); a report from the
    # event says what happened there ("RSAC 2025: attackers …")
    r"open now\s?[:!–—-]|(?:registrations?|inscriptions?|anmeldung|inschrijving(?:en)?) (?:is |are |sont |ist )?"
    r"(?:now |jetzt |nu )?(?:open|ouvertes?|geöffnet|geopend)\b|^(?:[\w&'’.-]+ ){0,5}(?:challenge|hackathon|ctf|"
    r"summit|conference|kongress|congrès|forum|days|con) \d{4}(?:, \(\w{3}, \w{3} \d{1,2}\w{0,2}\))?$|"
    # the organiser's calls before its event: for papers or speakers, its agenda or speakers announced,
    # its tickets on sale, a last chance to register ("Call for Speakers: X Summit", "Agenda announced for
    # …", "Early-bird tickets", "Appel à communications"), and a recording or a session offered by its
    # label ("On-demand: …", "Free workshop: …"); a report on an event tells what was said there
    r"call for (?:papers|speakers|proposals|presentations|talks)\b|(?:agenda|speakers?|line-?up|keynotes?) "
    r"(?:is |are )?(?:now )?(?:announced|revealed|unveiled)\b|early[- ]bird (?:tickets|pricing|registration|rates?|"
    r"discounts?)|tickets? (?:are |is )?(?:now )?on sale|last chance to (?:register|book|save|join|attend)\b|"
    r"^on-demand\s?[:–—|]|^free (?:workshop|training|masterclass|session|course|webcast)\s?[:–—|]|"
    r"appel à (?:communications|contributions|conférenciers|orateurs|propositions)|billetterie (?:est )?ouverte|"
    r"call for papers|aufruf zur einreichung|(?:oproep|call) voor (?:sprekers|bijdragen)",
    # the employer's own call, in its own voice or under its careers label ("We're looking for a senior
    # threat researcher", "Careers at Examplesoft: meet the SOC team", "Wir suchen Verstärkung"); not
    # "… is hiring", which crooks' recruitment news says too ("Ransomware gang is hiring pentesters")
    "job offer": r"careers at [\w.&-]+|we(?:['’]re| are) looking for (?:an? |our )(?:new )?(?:[\w-]+ ){0,3}"
    r"(?:engineers?|researchers?|analysts?|developers?|managers?|specialists?|consultants?|interns?|architects?|"
    r"hunters?)\b|nous cherchons (?:un|une|des) (?:[\w-]+ ){0,3}(?:ingénieur|analyste|chercheur|développeur|"
    r"consultant|stagiaire)\w*|(?:wir suchen|gesucht:?) (?:eine?n? )?(?:[\w-]+ ){0,2}(?:engineer|analyst|"
    r"entwickler|berater|forscher)\w*",
    # (a headline labelled as a feature's release note: "New Feature: Weekly Scan Report")
    "launch or release notes": r"^now available\b|general availability|\bannouncing (?:new|the|our)\b|^new in\b|^product updates?\b|what['’]s new in\b|"
    r"^(?:new|nouvelle|neue|nieuwe) (?:features?|fonctionnalités?|funktion(?:en)?|functie|functies)\s?[:–—|]|"
    r"annonce la disponibilité|présente (?:sa|son|ses) nouve|kündigt [\w -]{0,40}(?:plattform|lösung|version) an|"
    r"bringt [\w -]{0,40} auf den markt|(?:introduceert|lanceert) (?:een )?nie\w+",
    "funding round": r"(?:bags|nabs|lands|gets|obtains?|snags|banks|secures) (?:a )?[$€£]?[\d.,]+ ?(?:m\b|mn\b|million|billion|bn\b)|"
    r"obtient [\d.,]+ millions?|boucle (?:une )?levée|(?:erhält|sichert sich) [\d.,]+ (?:millionen|mio)|"
    r"(?:millionen|mio\.?)[- ]finanzierung|in (?:series [a-f]|seed) funding",
    "partnership or customer story": r"(?:announces?|forms?|forges?|expands?) (?:a |new |its )?(?:strategic |global )?partnership|"
    r"(?:customer|client) spotlight|^case study\b|étude de cas|cut [\w ]{0,40} by \d+ ?% with|"
    r"(?:annonce|noue|signe|conclut|officialise|étend) (?:un |une |le |son )?(?:nouveau )?(?:partenariat|alliance)|"
    r"(?:schließt|verkündet|kündigt|startet) [\w -]{0,30}partnerschaft|(?:gaat|sluit) (?:een )?(?:[\w-]+ )?partnerschap|"
    r"kondigt [\w -]{0,30}partnerschap aan|"
    # a customer's case labelled so, or a partner's or brand's paid slot labelled at the headline's start
    # ("Customer case study: …", "Client story: …", "Partner insight: …", "Brand story: …")
    r"customer case stud(?:y|ies)|^(?:customer|client) (?:story|stories|spotlight|case)\s?[:–—|]|"
    r"^(?:partner|brand|sponsor) (?:insights?|story|stories|perspectives?|voices?|content)\s?[:–—|]|"
    r"^(?:témoignage|cas) client\s?[:–—|]|^(?:kundenbericht|anwenderbericht|klantcase)\s?[:–—|]",
    # (the features a product class must have, as its seller lists them, not those a user should
    # turn on: "5 Features Every AI-Powered SOC Platform Needs in 2025", "les fonctionnalités que
    # tout EDR doit avoir", "Funktionen, die jede SIEM-Lösung braucht", "functies die elke firewall
    # nodig heeft")
    "buyer's guide": r"\bguidebook\b|"
    r"fonctionnalités (?:que |dont )(?:tout|toute|chaque|votre) [\w -]{0,30}(?:doit avoir|a besoin)|"
    r"funktionen,? die (?:jede|jeder|jedes|ihre?) [\w -]{0,30}(?:braucht|haben muss|benötigt)|"
    r"functies die (?:elke|elk|uw|je) [\w -]{0,30}(?:nodig heeft|moet hebben)|"
    r"^(?:an? |the )?(?:[\w-]+ )?guide to [\w -]{0,50} with [\w.]+$|(?:choosing|selecting|picking|finding) the right\b|(?:choosing|selecting) (?:an?|the|your) [\w -]{0,30}(?:provider|vendor|solution|platform|tool)|"
    r"what to look for (?:in|when)|questions to ask (?:your|a|an|before)|checklist for (?:selecting|choosing|evaluating)|"
    r"features? (?:your|every) (?!(?:users?|one|body|person|people|parents?|famil\w*|kids?|child\w*|teens?)\b)"
    r"[\w -]{0,30}(?:should have|must have|needs?\b)|critères? pour choisir|choisir (?:sa|son|ses|une|un|votre) "
    r"(?:solution|outil|prestataire|fournisseur|sauvegarde|edr|xdr|siem|antivirus)|(?:richtigen|passenden) [\w-]{0,30}"
    r"(?:anbieter|lösung)|bij het kiezen van|(?:de juiste|een goede) [\w-]{0,30}(?:kiezen|leverancier)",
    # (an e-book is the vendor's lead magnet; a new whitepaper can be research: not here)
    "download offer": r"(?:new|free|our|latest|download(?: the| our| a| your)?) e-?books?\b|(?:nouvel|notre) e-?book|"
    r"(?:neues|unser|kostenloses) e-?book|(?:nieuw|ons|gratis) e-?book",
    # (a free tool, trial or audit offered by the headline: "Map your exposed passwords with this free tool")
    "offer": r"with (?:this|our|a) free (?:[\w-]+ )?(?:tool|trial|scanner|assessment|audit|e-?book|guide|template|checklist)|"
    r"(?:avec|grâce à) (?:cet|notre|un) outil gratuit|(?:audit|diagnostic|essai) gratuit|mit (?:diesem|unserem) kostenlosen|"
    r"met (?:deze|onze) gratis|brought to you by|\d+ ?% off\b|exclusive (?:deal|offer|discount)|black friday (?:deals?|sale|offers?)|promo code|code promo|"
    r"rabattcode|kortingscode|^promoted\b|"
    # an author's or a publisher's sale of a book ("Audiobook Sale", "e-book deal", "livre en promotion")
    r"(?:audio-?book|e-?book|book|livre|buch|boek)s? (?:sale|deals?|discounts?|en promotion|im angebot|in de aanbieding)\b",
}

# A vendor's site presenting its own offer: the headline names the site's brand with words of an
# offer ("Discover Microsoft Security solutions", "Latest Examplesoft Entra advancements", "The
# Examplesoft Suite fuels…", "FAQ: how does Examplesoft rollback work?", "… at Examplesoft Secure",
# "Examplesoft's latest updates for simpler sign-ins": its release notes, not a security update's),
# or opens on a marketing verb ("Leverage…", "Unlock…", "Découvrez…") about the brand or an offer.
# Its threat research names threats, and news outlets' names are not in their headlines.
OFFER_HEADLINE = (
    r"(?<!\w)(?:solutions?|suite|platforms?|innovations?|advancements?|e-?books?|strategies to|get you "
    r"started|named [\"“‘']?best|best [\w ]{0,40} of (?:the year|\d{4})|how does [\w ]{0,40} work|faq\b|"
    r"say hello to|(?:new|next|\w+th) generation of|(?:latest|newest) (?:updates|enhancements|improvements) (?:for|to|in)\b|"
    r"(?:at|with) [\w ]{0,20}(?:secure|ignite|build|inspire|summit)\b|"
    # the brand at a trade show, its marketing verbs, a partnership it announces
    r"^[\w.-]+ (?:at|aux?|à|auf der|op) (?:black hat|rsac?\b|rsa conference|infosecurity|it-sa|gitex|def ?con|"
    r"vivatech|(?:les )?assises|fic\b|(?:the )?(?:[\w&'’-]+ ){0,4}(?:conferences?|summit|expo|congress|show|salon|"
    r"congrès|messe|kongress|beurs)\b)|"
    r"(?:redefin|reinvent|reshap|revolutioni[sz]|réinvent|révolutionn)\w*|"
    # the brand's product sold by its benefit ("How Examplesoft Vault and Keeper help simplify data
    # protection", "Examplesoft Lake: unify signals, cut costs")
    r"helps? (?:you )?(?:simplify|streamline|unify|modernize|accelerate)|cut (?:your )?costs|"
    r"(?:unify|simplify|streamline) (?:your )?(?:signals|operations|management|security operations)|"
    r"(?:partners?|s['’]associe|joins forces|teams up) (?:with|avec)\b|"
    # the brand's product sold by its measured worth ("Transparency on Examplesoft Defender's email
    # security effectiveness")
    r"effectiveness|efficacité|wirksamkeit|effectiviteit)"
)
# The site telling its own story ("Building security that lasts: Examplesoft's journey towards
# durability", "le parcours d'Examplesoft", "Examplesofts Weg zu…"): a vendor's page about itself, as
# a customer's journey is its customer story. SITE stands for the site's name.
OWN_STORY = r"(?<!\w)SITE['’]s (?:own )?(?:journey|story)\b|(?:parcours|histoire) d['’]SITE\b|(?<!\w)SITEs (?:weg|reise)\b"
MARKETING_VERB = (
    r"^(?:gain|leverage|discover|explore|unlock|boost|empower|accelerate|simplify|streamline|maximi[sz]e|"
    r"transform|moderni[sz]e|elevate|future-proof|do more with less|découvrez|boostez|optimisez|simplifiez|"
    r"profitez|entdecken|optimieren sie|ontdek|"
    # the brand introducing its own people or products ("Meet the deputy CISOs who shape Examplesoft's
    # approach", "Rencontrez l'équipe d'Examplesoft", "Lernen Sie … kennen", "Maak kennis met"): a
    # profile the vendor publishes of itself promotes it (GUIDE.md §2: a vendor, product or person)
    r"meet (?:the|our)|rencontrez|lernen sie|maak kennis met)\b"
)
# A headline labelled with the site's brand and one of its products ("Examplesoft Intune: 5 endpoint
# management predictions", "Examplesoft Sentinel data lake: unify signals"): the vendor's page on its
# own product. Read only when the capture kept the headline alone (promotional.py): a page with text
# is judged by what it says ("Examplesoft ISC Internship Setup: …" is a diary's how-to). SITE stands
# for the site's name.
BRAND_LABEL = r"^SITE(?: [\w-]+){1,3}\s?:"
# A defence done with the site's own product ("How to prevent lateral movement attacks using
# Examplesoft Defender"): the attack is what the product is sold against, not the page's subject.
# Hunting or detecting a threat with it stays research ("Hunting for ransomware with Examplesoft Sentinel").
DEFENDING = (
    r"(?<!\w)(?:prevent|protect|defend|stop|block|mitigat|harden|empêch|protég|bloqu|verhinder|schütz|"
    r"voorkom|bescherm)\w*"
)
# The site's own product as the means ("… with Examplesoft Purview", "… in Examplesoft Intune", "… with
# Partnerco MTD and Examplesoft Entra"), or the site speaking to its own product's customers: a move,
# migration or upgrade to its product, a notice for that product's customers ("Planning your move to
# Examplesoft Console for all Examplesoft Vault customers", "migrer vers Examplesoft", "Umstieg auf
# Examplesoft"); SITE stands for the site's name (a news outlet's name is not in its headlines).
OWN_MEANS = (
    r"(?<!\w)(?:with|in|using|via|through|avec|dans|mit|met) (?:the |[\w-]+ (?:[\w-]+ )?(?:and|et|und|en) )?SITE \w|"
    r"(?<!\w)(?:with|avec|mit|met) [\w-]+ (?:[\w-]+ )?(?:and|et|und|en) SITE$|"
    r"(?<!\w)(?:(?:move|moving|migrat\w*|upgrad\w*|transition\w*|switch\w*) to|(?:migrer|migration|passer|passage) (?:vers|à)|"
    r"(?:umstieg|umzug|migration|wechsel) (?:auf|zu|nach)|(?:overstap|migratie|overgang) naar) (?:the )?SITE\b|"
    r"(?<!\w)SITE (?:[\w-]+ ){0,3}(?:customers|clients|kunden|klanten)\b"
)


@lru_cache(maxsize=512)  # one pattern per site and template: compiled once, not at every headline
def site_pattern(template: str, site: str) -> re.Pattern[str]:
    """`template` ("SITE" standing for the site's escaped name), compiled case aside."""
    return re.compile(template.replace("SITE", re.escape(site)), re.I)
