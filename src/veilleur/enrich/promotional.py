"""Is the page's purpose to promote a vendor, product, event or person rather than to report?

Vendor marketing, analyst rankings ("named a Leader in the Forrester Wave"), awards, webinar and
event invitations, conference agendas, product launches and release notes, job offers, funding
rounds, buyer's guides, customer stories, sponsored and partner content: such pages are never
briefed, whatever their topic (bench/data/intel/GUIDE.md §2). They are recognised by their own
wording and structure, in English, French, Dutch and German, on any outlet: the headline's kind of
promotion, a label opening the article ("Sponsored Post", "Contenu partenaire"), a closing note,
commercial calls to action, a press release's "is pleased to announce", a pitch written as an
article (addressed to organisations about solutions, quoting no one), the address's slug. Threat
research by a vendor is not promotional, so product words alone ("our platform blocks this") never
decide, and a headline naming a threat, malware or CVE is reporting on it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.enrich.byline import HOUSE_BYLINES, byline_promotion, house_signed
from veilleur.enrich.cves import unique_cves
from veilleur.enrich.house_news import ATTRIBUTION as _ATTRIBUTION
from veilleur.enrich.house_news import house_news
from veilleur.enrich.promotional_address import SLUG as _SLUG
from veilleur.enrich.promotional_claims import vendor_claim
from veilleur.enrich.promotional_company import COMPANY_VERBS
from veilleur.enrich.promotional_howto import own_how_to
from veilleur.enrich.promotional_marks import (
    ATTACK_SURFACE,
    CLASS_BENEFIT,
    VENDOR_AUTHOR,
    organisers_note,
    paid_label,
)
from veilleur.enrich.promotional_release import makers_release
from veilleur.enrich.promotional_words import (
    BRAND_LABEL,
    DEFENDING,
    MARKETING_VERB,
    MORE_KINDS,
    OFFER_HEADLINE,
    OWN_MEANS,
    OWN_STORY,
    TITLE_KINDS,
    site_pattern,
)
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.text.openings import opened
from veilleur.text.prefilter import Screened, screened

_TITLE = screened(
    r"\bwebinar\b|\bwebinaire\b|named (?:a|as a) leader|recogni[sz]ed as a leader|magic quadrant|forrester wave|"
    # ("sponsored" as the page's label, not "sponsored search results" where scammers lurk)
    r"\bidc marketscape\b|upcoming speaking (?:engagements|events)|feed sponsor|^\W*sponsored\b|[(\[]sponsored[)\]]|"
    r"\bsponsored (?:post|content|feature|article|story)\b|partner content|"
    r"\bintroducing\b|award winners|"
    r"excellence awards|\bwins? (?:the )?\d{4} [\w ]{0,30}award|customer (?:story|success)|"
    r"training courses?\b|join us at|see us at|meet us at|visit us at|"
    r"\b(?:live|on-demand) (?:demo|event)\b|free trial|\bdeliver(?:s|ed)? \d+% (?:roi|return on investment)\b|^what[’']?s new in\b|"
    r"\bg2 (?:comparison|grid|report)|gartner peer insights|\bultimate guide to\b|"
    r"\bthe right (?:edr|xdr|mdr|siem|soar|sase|casb|dlp|solution|platform|vendor)\b",
    re.I,
)
# The kinds of promotion a headline states (promotional_words.py): the forms a vendor's own page or
# a paid slot takes; the second set counts only when the headline names no lure or crook (_BAIT).
_KIND_PATTERNS = {kind: screened(rf"(?<!\w)(?:{p})", re.I) for kind, p in TITLE_KINDS.items()}
_MORE_PATTERNS = {kind: screened(rf"(?<!\w)(?:{p})", re.I) for kind, p in MORE_KINDS.items()}
# A sum that was lost, paid or stolen is the harm of the news, not a round raised ("Ransomware cost
# US banks $1.2 billion": "banks $1.2 billion" reads as the slang verb of a funding headline).
_LOSS = re.compile(
    r"(?<!\w)(?:costs?|lost|loss(?:es)?|paid|pays?|payments?|payouts?|ransoms?|stole|stolen|theft|fined?|"
    r"extort\w*|heists?|drain\w*|coûte\w*|pertes?|rançons?|volés?|kostet|kosten|verlust\w*|kost|verlies\w*|"
    r"gestolen|gestohlen)(?!\w)",
    re.I,
)
# ("anti-scam", "anti-fraude": the defenders' name, not the crooks')
_BAIT = opened(
    r"(?<!\w)(?<!anti-)(?:fake|bogus|malicious|malvertis\w*|phish\w*|lures?|abus\w*|impersonat\w*|spoof\w*|scam\w*|fraud\w*|"
    # (not the hackers' own gatherings: "Examplesoft at the Las Vegas Hacker Conferences" is a stand)
    r"hackers?(?! (?:conferences?|summer camp|camps?|conventions?|congress)(?!\w))|"
    r"attackers?|criminals?|crooks?|cybercrim\w*|stolen|steal\w*|malware|faux|fausses?|frauduleu\w*|arnaque\w*|"
    r"escroc\w*|pirates?|gefälscht\w*|betrüger\w*|nep|valse|oplichters?)(?!\w)",
    re.I,
)
# What a headline says it fights ("to fight cybercrime", "contre la fraude", "gegen Betrug").
_PURPOSE = re.compile(
    r"(?<!\w)(?:fight\w*|combat\w*|tackl\w*|counter(?:s|ing)?|against|lutter contre|contre|combattre|gegen|"
    r"bekämpf\w*|tegen|bestrijd\w*) (?:the |la |le |les |l['’]|de |die |den |het |online )?[\w-]+",
    re.I,
)
# Words that make a headline's offer, job or award the crooks' lure ("fake job offers", "the 'We are
# hiring' scam"); narrower than _BAIT, whose threat words a vendor's award headline uses too.
_LURE = re.compile(
    r"(?<!\w)(?:fake|bogus|scam(?:s|mers?)?|lures?|impersonat\w*|spoof\w*|faux|fausses?|arnaque\w*|"
    r"gefälscht\w*|betrüger\w*|oplichters?|nep)(?!\w)",
    re.I,
)
_LURE_KINDS = {"job offer", "webinar or event", "ranking or award", "funding round"}
# A vendor speaking of its own launch in its text ("we're excited to announce", "today we are
# introducing", "nous lançons", "wir freuen uns"): with a headline that announces, the page is the
# vendor's own announcement; a reporter writes of the vendor in the third person.
_VENDOR_VOICE = screened(
    r"(?<!\w)(?:we(?:['’]re| are) (?:excited|thrilled|proud|happy|delighted|pleased) to|today,? we(?:['’]re| are)? "
    r"(?:announc|introduc|launch|releas|unveil)\w*|we(?:['’]ve| have) (?:just )?(?:launched|released|introduced)|"
    r"(?:nous sommes|sommes) (?:heureux|ravis|fiers) d|nous (?:annonçons|lançons|présentons)|wir freuen uns|"
    r"we zijn (?:blij|trots|verheugd)|wij (?:introduceren|lanceren))",
    re.I,
)
_ANNOUNCING = screened(
    r"(?<!\w)(?:launch(?:es|ed)?|unveils?|introduc(?:es|ing)|announces?|debuts?|rolls? out|releases?|expands?|lance|dévoile|"
    rf"annonce|présente|stellt [\w -]{{0,30}}vor|kündigt|lanceert|introduceert|onthult|{COMPANY_VERBS})(?!\w)",
    re.I,
)
# A press release's opening under an announcing headline: the issuer "today announced" or "today
# launched" its own thing ("Acme, a leader in X, today announced the launch of…", "annonce aujourd'hui
# le lancement de", "gab heute bekannt"); a reporter dates the news ("on Tuesday") and attributes it.
_RELEASE_OPENING = screened(
    r"(?<!\w)(?:today (?:announced|launched|unveiled|introduced|released|debuted)|announced today|"
    r"(?:annonce|a annoncé|dévoile|a dévoilé|lance|présente) aujourd['’]hui|annonce le lancement|"
    r"(?:gab|gibt|kündigte|kündigt|stellte|stellt) heute|kondigt vandaag|(?:heeft|maakte) vandaag [\w ]{0,30}bekend)",
    re.I,
)
_RELEASE_CHARS = 400
# A vendor's survey or report as the headline's label ("Acme Survey: 78% of CISOs…", "Étude Acme :
# …", "Baromètre X 2025 :"): marketing when the text also makes an offer (one call to action).
_OWN_SURVEY = screened(
    r"^[\w.&-]+(?: [\w.&-]+)? (?:survey|study|report|research|index)\s*[:–—|]|^(?:étude|enquête|rapport|"
    r"baromètre|umfrage|studie|onderzoek|peiling) [\w.&-]+(?: \d{4})?\s*[:–—|]",
    re.I,
)
# Commercial calls to action in the article itself: a demo, a trial, a discount. A paid post or a
# product page makes several offers; a vendor's news and research end on one in a standing footer
# ("Get a free trial below") and a podcast's sponsor read holds one, so one call alone never decides.
_CALL_TO_ACTION = re.compile(
    r"(?<!\w)(?:request (?:a|your) (?:free |personali[sz]ed )?demo|download (?:the|our|your|a) (?:free )?(?:e-?book|"
    r"white ?paper|buyer['’]s guide)|téléchargez (?:le|notre) (?:livre blanc|e-?book)|whitepaper herunter|"
    r"download (?:de|ons|het) (?:whitepaper|e-?book)|book a (?:free )?demo|schedule a (?:free )?demo|"
    r"get a (?:free )?demo|start (?:your|a) free trial|(?:free|\d+-day) trial|try \w+ (?:for )?free|"
    r"demander une démo|demandez une démo|essai gratuit|période d['’]essai|offre de réduction|"
    r"kostenlos testen|demo anfordern|kostenlose testversion|gratis (?:uit)?proberen|(?:vraag|plan) een demo)",
    re.I,
)
# A press release: the issuer "is pleased to announce" (no reporter writes that of another).
_PRESS_RELEASE = screened(
    r"(?<!\w)(?:is|are|re) (?:pleased|proud|excited|thrilled|delighted|happy) to announce|"
    r"(?:a le plaisir|est (?:fière?|heureux|heureuse|ravie?)|sommes (?:fiers|heureux|ravis)) d['’]annoncer|"
    r"freut sich,? (?:bekannt ?zu ?geben|"
    r"anzukündigen)|(?:is|zijn) (?:trots|verheugd) (?:om|te) (?:aan te kondigen|melden)",
    re.I,
)
# Vendor listicles and buyer's guides: "6 Steps to 24/7 In-House SOC Success", "Top 10 Trends to
# Expect", "4 things to look for in a ... solution", "How to set up ... in <product>".
_LISTICLE = screened(
    r"^(?:top \d+\b|(?:the )?\d+ (?:simple |practical |proven )?(?:steps|ways|things|trends|reasons|best practices|key|"
    r"must-have|questions|actionable|overlooked|essential|critical steps|cornerstones|pillars|lessons)\b|"
    r"how to (?:choose|select|evaluate)\b)|\bwhat (?:enterprises|cisos|security teams|"
    r"organi[sz]ations) (?:must|need to|should) know\b",
    re.I,
)
# A how-to that builds something for a business is a vendor's walk-through when it speaks to
# organisations ("How to set up an automated SMS analysis service"); the same words for people
# ("How to set up two-factor authentication on your account") are advice.
_HOW_TO_BUILD = screened(r"^how to (?:set up|build|get started|deploy|automate)\b", re.I)
# Podcast and roundup pages read their sponsors' lines: never a pitch by their words alone (the
# guide: a podcast episode page is not promotional by itself).
_SHOW = re.compile(
    r"(?<!\w)(?:podcast|episode|épisode|aflevering|folge \d+|#\d+|week in|weekly|newsletter|recap|round-?up|"
    r"revue de (?:la )?semaine|wochenrückblick|weekoverzicht)",
    re.I,
)
# A show's page known by its address when its headline is only the episode's subject ("8 security
# tips for small businesses" at /blog/podcast/…): the outlet files its episodes there.
_SHOW_PATH = re.compile(r"/(?:podcasts?|episodes?|afleveringen|folgen)/", re.I)
# A vendor's own site whose headline has the vendor announce, launch or support something of its own
# ("Microsoft shifts to a comprehensive SaaS security solution" on microsoft.com), or buy a firm (the
# buyer's own announcement, "Examplesoft acquires Globex to add VPN features": the press's report of
# the deal is security-industry news, the buyer's page sells it); the same words in a news outlet's
# headline about a vendor are reporting.
_OWN_NEWS = screened(
    r"\b(?:announces?|launch(?:es|ed)?|unveils?|introduc(?:es|ing)|expands?|shifts? to|delivers?|"
    r"now available|general availability|new (?:features?|capabilities)|solutions?|platforms?|suite|extends?|"
    r"supports|acquires|acquired|completes (?:the )?acquisition|to acquire|acquiert|rachète|übernimmt|neemt [\w -]{1,40} over)\b",
    re.I,
)
_BRAND = re.compile(r"[A-Za-z]{4,}")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# A threat in a vendor's headline makes it research ("X research uncovers new botnet capabilities").
_THREAT = re.compile(
    r"(?<!\w)(?:botnets?|ransomware|malware|trojans?|backdoors?|spyware|stealers?|exploit\w*|vulnerab\w*|flaws?|"
    r"zero-days?|phishing|attacks?|threat actors?|campaigns?|rançongiciels?|maliciels?|logiciels? malveillants?|"
    r"hameçonnage|vulnérabilités?|failles?|attaques?|schadsoftware|schwachstellen?|angriff\w*|aanval\w*|"
    r"kwetsbaarhe\w*)(?!\w)",
    re.I,
)
# A pitch written as an article, on any outlet and in any language: long, quoting no one (reporters
# attribute: "said", "told", "selon", "volgens", "laut"), and addressed to organisations about
# solutions and platforms ("your security team", "les entreprises", "Ihr Unternehmen"). On the
# labelled pages the vendors' thought-leadership pieces have at least 0.75 such words per 100 and
# under 0.2 attributions; the outlets' news and explainers about a named threat do not (a headline
# naming a threat, malware or CVE is reporting on it, whatever its tone).
_AUDIENCE_PITCH = screened(
    r"(?<!\w)(?:your (?:organi[sz]ations?|teams?|business(?:es)?|company|security (?:team|posture|stack|program)|"
    r"soc|environment|defen[cs]es|employees|users)|security teams|security leaders|cisos?|soc teams?|"
    r"organi[sz]ations|enterprises|businesses|"
    r"votre (?:organisation|entreprise|équipe|sécurité)|les (?:entreprises|organisations|équipes de sécurité)|"
    r"rssi|ihre?s? (?:unternehmen|organisation|team)|unternehmen|uw (?:organisatie|bedrijf|team)|"
    r"organisaties|bedrijven)(?!\w)",
    re.I,
)
_OFFER = screened(
    r"(?<!\w)(?:solutions?|platforms?|plateformes?|lösung(?:en)?|plattform(?:en)?|oplossing(?:en)?)(?!\w)",
    re.I,
)
PITCH_MIN_WORDS = 250
PITCH_MAX_ATTRIBUTIONS = 0.2  # per 100 words
PITCH_MIN_AUDIENCE = 0.4  # words on organisations per 100 words
PITCH_MIN_WORDS_OF_PITCH = 0.75  # the same with the solutions and platforms offered, per 100 words
# A pitch that quotes a source or two (a vendor's thought-leadership citing a survey or an analyst):
# addressed to organisations twice as much, offering solutions at least once per 1,000 words, and
# headlined without a threat or an event. Over the 12,026 unlabelled news-dev pages this finds 7
# vendors' pieces under an outlet's house byline and no news (a data broker's leak is kept by the
# event in its headline).
PITCH_SOFT_MAX_ATTRIBUTIONS = 0.4
PITCH_SOFT_MIN_AUDIENCE = 0.8
PITCH_SOFT_MIN_OFFER = 0.1
PITCH_SOFT_MIN_WORDS_OF_PITCH = 1.0
_EVENT = screened(
    r"(?<!\w)(?:leak\w*|breach\w*|hack\w*|stole\w*|exposed|attack\w*|arrest\w*|charged|fined|fuite\w*|piraté\w*|"
    r"gehackt|datalek\w*)(?!\w)",
    re.I,
)
# Outlets that publish vendors' thought-leadership under a house byline (the guide, §13: The Hacker
# News articles bylined "The Hacker News"); a long piece there that attributes nothing is one even
# when it does not address organisations (a vendor's how-to walk-through, a vendor report's summary).
# (the outlets byline.py knows sign their partners' pieces with the house name)
_HOUSE_BYLINE_OUTLETS = tuple(HOUSE_BYLINES)
HOUSE_MIN_WORDS = 300
HOUSE_MAX_ATTRIBUTIONS = 0.2  # per 100 words
# How far from the text's end an author's note is.
_TAIL_CHARS = 600

_OFFER_HEADLINE = re.compile(OFFER_HEADLINE, re.I)
_DEFENDING = re.compile(DEFENDING, re.I)
_MARKETING_VERB = re.compile(MARKETING_VERB, re.I)


# Below this many words of text the capture kept the headline alone (menus-only pages).
HEADLINE_ONLY_WORDS = 20
_HOW_DOES = r"(?i)\bhow does SITE\b[\w ]{0,40} work|^faq\b"  # (SITE: the site's name)


def _own_offer(title: str, text: str, host: str, bait: bool, headline_only: bool = False) -> str:
    site = host.split(".")[-2] if host.count(".") else ""
    if bait or len(site) < 3:
        return ""
    labelled = headline_only and site_pattern(BRAND_LABEL, site).search(title)
    if labelled and not _names_a_threat(title) and not _THREAT.search(title):
        return f"the vendor's page on its own product: {title[:60]!r}"
    branded = site_pattern(r"(?<!\w)SITE(?!\w)", site).search(title) is not None
    # the site's own product as the means ("… with Examplesoft Purview", "… in Examplesoft Intune")
    means = site_pattern(OWN_MEANS, site).search(title)
    # (a task done with the product is a walk-through, not the offer: promotional_howto.py)
    offer = _OFFER_HEADLINE.search(title) or (
        means and not own_how_to(title, text) and (not _THREAT.search(title) or _DEFENDING.search(title))
    )
    marketing = (branded and offer) or (_MARKETING_VERB.search(title) and (branded or offer))
    marketing = marketing or site_pattern(OWN_STORY, site).search(title)
    # "FAQ: How does Examplesoft ransomware rollback work?": the brand's own product is the subject,
    # whatever threat the product is named for.
    own_product = branded and site_pattern(_HOW_DOES, site).search(title)
    if (marketing and not _names_a_threat(title)) or own_product:
        return f"the vendor's own offer on its site: {title[:60]!r}"
    return ""


def _rate(pattern: Screened, text: str, words: int) -> float:
    return 100 * len(pattern.findall(text)) / max(words, 1)


def _names_a_threat(title: str) -> bool:
    return bool(unique_cves(title) or threat_mentions(title))


def promotional_reason(title: str, text: str, url: str = "", lang: str = "en", byline: str = "") -> str:
    """Why the page is promotional ("" when it is not): which mark was found. `lang` is the text's
    language: the house-byline test counts English attributions, so it reads English text only (a
    French summary of such an outlet's news attributes in French). `byline`: the page's author line
    (enrich/byline.py), when the page's markup gave one."""
    signed = byline_promotion(byline, url) if byline else ""
    if signed and not (house_signed(byline, url) and house_news(title, text)):
        return signed
    title = _INVISIBLE.sub("", title)  # ("\u200b\u200bExplore…": a headline's opening word is its first)
    host = (urlsplit(url).hostname or "").casefold()
    bait = _BAIT.search(title)
    headline = _TITLE.search(title)
    if headline and not (bait and headline.group(0).casefold() in {"webinar", "webinaire"}):
        # ("Hackers abuse fake webinar invitations": the webinar is the lure, the page is news)
        return f"promotional headline: {headline.group(0)!r}"
    if release := makers_release(title, text, host):
        return release
    lure = _LURE.search(title)
    for kind, pattern in _KIND_PATTERNS.items():
        if (kind == "funding round" and _LOSS.search(title)) or (lure and kind in _LURE_KINDS):
            continue  # ('Watch out for the "We are hiring" message scam': the offer is the lure)
        if found := pattern.search(title):
            return f"promotional headline ({kind}): {found.group(0)!r}"
    if not bait:
        for kind, pattern in _MORE_PATTERNS.items():
            if kind == "funding round" and _LOSS.search(title):
                continue
            if (found := pattern.search(title)) and not _names_a_threat(title):
                return f"promotional headline ({kind}): {found.group(0)!r}"
        claim = vendor_claim(title, _THREAT.search(title) is not None)
        if claim and not _names_a_threat(title):
            return claim
    sold = CLASS_BENEFIT.search(title) and not _THREAT.search(ATTACK_SURFACE.sub(" ", title))
    if sold and not bait and not _names_a_threat(title):
        return f"a product class sold by its benefit: {title[:60]!r}"
    # (a listicle or a pitch on a threat or a lure the headline names reports on it: "PikaBot malware
    # on the rise: what organizations need to know", "… Be Aware of Possible Donation Scams")
    reported = _names_a_threat(title) or _LURE.search(title) is not None
    if _LISTICLE.search(title) and not reported:
        return f"promotional listicle headline: {title[:60]!r}"
    if label := paid_label(text):
        return label
    # (the headline first: the text is read for the vendor's voice only under an announcing one)
    voice = _VENDOR_VOICE.search(text) if not bait and _ANNOUNCING.search(title) else None
    if voice:
        return f"the vendor announces in its own voice: {voice.group(0)!r}"
    opening = (
        _RELEASE_OPENING.search(text[:_RELEASE_CHARS]) if not bait and _ANNOUNCING.search(title) else None
    )
    if opening and not _names_a_threat(title):
        return f"a press release's opening: {opening.group(0)!r}"
    # A show's page reads its sponsors' offers ("Sponsored by: … Start your 30-day free trial"): the
    # guide's podcast episode is not promotional by itself, so its notes and calls do not count.
    show = _SHOW.search(title) or _SHOW_PATH.search(urlsplit(url).path)
    note = (None if show else organisers_note(text)) or _PRESS_RELEASE.search(text)
    note = note or VENDOR_AUTHOR.search(text[-_TAIL_CHARS:])
    if note:
        return f"promotional note: {note.group(0)!r}"
    words = len(text.split())
    said = _rate(_ATTRIBUTION, text, words)
    sourceless = said < PITCH_MAX_ATTRIBUTIONS and not reported
    calls = {m.group(0).casefold() for m in _CALL_TO_ACTION.finditer(text)}
    if calls and not show and not bait and (survey := _OWN_SURVEY.search(title)):
        return f"a vendor's survey with an offer: {survey.group(0)!r}, {sorted(calls)[0]!r}"
    if len(calls) >= 2 and not show:
        return f"call to action: {', '.join(sorted(calls))!r}"
    brand = _BRAND.match(title.strip())
    if (
        brand
        and brand.group(0).casefold() in host.split(".")
        and _OWN_NEWS.search(title)
        and not _THREAT.search(title)
    ):
        return f"the vendor's own announcement on its site: {brand.group(0)!r}"
    # (the site's own headline may name crooks as what it fights: "Examplesoft partners with an
    # alliance to fight cybercrime" offers a partnership, the crime is its purpose, not a lure)
    baited = _BAIT.search(_PURPOSE.sub(" ", title)) is not None
    if own := _own_offer(title, text, host, baited, words < HEADLINE_ONLY_WORDS):
        return own
    audience = _rate(_AUDIENCE_PITCH, text, words)
    if _HOW_TO_BUILD.search(title) and audience >= PITCH_MIN_AUDIENCE:
        return f"a vendor's walk-through: {title[:60]!r}"
    if words >= PITCH_MIN_WORDS and sourceless and not show:
        pitch = audience + _rate(_OFFER, text, words)
        if audience >= PITCH_MIN_AUDIENCE and pitch >= PITCH_MIN_WORDS_OF_PITCH:
            return f"a pitch: {pitch:.1f} words on organisations and solutions per 100, no one quoted"
    if (
        words >= PITCH_MIN_WORDS
        and said < PITCH_SOFT_MAX_ATTRIBUTIONS
        and audience >= PITCH_SOFT_MIN_AUDIENCE
        and not _names_a_threat(title)
        and not _THREAT.search(title)
        and not _EVENT.search(title)
        and not show
    ):
        offer = _rate(_OFFER, text, words)
        if offer >= PITCH_SOFT_MIN_OFFER and audience + offer >= PITCH_SOFT_MIN_WORDS_OF_PITCH:
            return f"a pitch: {audience + offer:.1f} words on organisations and solutions per 100, {said:.2f} quotes"
    # (as the pitch tests read them, a show — the outlet's weekly recap — and a page whose headline
    # names the threat or the lure it reports are the outlet's news, whatever their share of quotes:
    # "Attackers Exploit Teams and AnyDesk to Deploy DarkGate Malware" under a reporter's name quotes
    # the researchers twice in 600 words)
    house = host.endswith(_HOUSE_BYLINE_OUTLETS) and lang.startswith("en") and not (show or reported)
    if house and words >= HOUSE_MIN_WORDS and said < HOUSE_MAX_ATTRIBUTIONS:
        return f"house-byline piece: {said:.2f} attributed statements per 100 words"
    # (the address is the weakest mark: a headline naming a threat or a lure is reporting on it —
    # "Europol says post about Qilin ransomware award is fake" lives at …-award-is-fake)
    slug = _SLUG.search(urlsplit(url).path)
    if slug and not bait and not _names_a_threat(title):
        return f"promotional address: {slug.group(0)!r}"
    return ""
