"""The kind of event an article reports, decided from its headline and lead.

The main event is what the headline and the first sentences say (bench/data/intel/GUIDE.md §4):
a story about a LockBit affiliate's arrest speaks of ransomware all along, but its event is the
arrest. So each kind's vocabulary is looked for in the headline first, then in the lead, and when
several kinds are present the guide's overlap rules decide, in their order: police and justice,
ransomware, a product's flaw, a state or espionage actor, stolen data, denial of service, fraud,
malware, policy, research and tools. Only a page whose headline and lead name no kind falls back on
the weight of each kind's vocabulary in the whole text.
"""

from __future__ import annotations

from veilleur.enrich import category_shapes as shapes
from veilleur.enrich.category_address import names_no_kind, section_kind
from veilleur.enrich.category_agency import agency_appointment
from veilleur.enrich.category_context import lead_weak_kind
from veilleur.enrich.category_figures import many_flaws
from veilleur.enrich.category_hardware import built_in_backdoor, product_side_channel
from veilleur.enrich.category_hedges import essay_lead, hedges_removed, scares_removed
from veilleur.enrich.category_influence import influence_operation
from veilleur.enrich.category_lead import team_names_removed
from veilleur.enrich.category_ransom import (
    data_ransom,
    flaw_first,
    ransomware_as_customer,
    ransomware_named,
    state_extortion,
)
from veilleur.enrich.category_regulator import regulator_acts
from veilleur.enrich.category_review import no_single_event, podcast_kicker, product_controversy, view_piece
from veilleur.enrich.category_rules import (
    breach_named_before,
    charges_in,
    gang_breached,
    government_ban,
    led_to,
    lifecycle,
    listings_removed,
    names_attack,
    names_deal,
    names_incident,
    names_outage,
    penalty_law,
    personal_advice,
    police_in_lead,
    research_bounty_removed,
    slug_words,
    tracker,
    unmasked,
    updates_only,
    without_leaked_tools,
)
from veilleur.enrich.category_sabotage import physical_sabotage
from veilleur.enrich.category_state import spied
from veilleur.enrich.category_takedown import police_takedown
from veilleur.enrich.category_vocabulary import PATTERNS as _PATTERNS
from veilleur.enrich.category_vocabulary import at as _at
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.models import Category
from veilleur.text.sentences import split_sentences
from veilleur.text.signature import article_start, kicker_removed

CATEGORIES = tuple(Category)  # in the guide's order
# Kinds strong enough to be decided by the headline alone (research and policy words are too common
# in headlines of other kinds, "Researchers find...", "government agencies hit", to outrank them).
# Malware before fraud: phishing whose focus is the malware it drops is a malware campaign.
_STRONG = (Category.LAW_ENFORCEMENT, Category.RANSOMWARE, Category.VULNERABILITY, Category.APT_ESPIONAGE,
           Category.DATA_BREACH, Category.DDOS, Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING)  # fmt: skip
_WEAK = (Category.POLICY_REGULATION, Category.RESEARCH_TOOLING)
# Kinds a government's ban does not outrank, and kinds that a "could be attacked" headline keeps.
_OUTRANK_BAN = {Category.LAW_ENFORCEMENT, Category.RANSOMWARE, Category.VULNERABILITY}
_OUTRANK_POTENTIAL = _OUTRANK_BAN | {Category.DATA_BREACH}
# Kinds a headline names as its subject: police action in the lead is then background.
_NAMED_KINDS = (Category.MALWARE_CAMPAIGN, Category.VULNERABILITY, Category.APT_ESPIONAGE)
# Kinds whose reports keep the kind (the guide: reports on one kind of threat take that kind; ransomware
# is decided before); other reports and outlooks are research.
_ONE_KIND_REPORTS = {Category.APT_ESPIONAGE, Category.DDOS, Category.FRAUD_PHISHING}
LEAD_SENTENCES = 2  # sentences of the text, after the headline, that make the lead
# A security page that names no event (the guide: "else other").
FALLBACK = Category.OTHER
# A kind the lead names decides a headline that names none only when the article names it again
# (this many words of its vocabulary, or a name of the galaxies after the lead) ...
LEAD_KIND_MENTIONS = 2
# ... when the article goes on for at least this many words after its lead.
LEAD_KIND_REST_WORDS = 40
# A kind needs this many mentions in the whole text to be chosen from it alone.
MIN_SCORE = 3


def _first_present(text: str, kinds: tuple[str, ...]) -> str:
    kind = next((kind for kind in kinds if _at(kind, text) >= 0), "")
    return _thief(text) or kind if kind == Category.DATA_BREACH else kind


def _thief(text: str) -> str:
    """The kind of the theft's subject when the text's first stolen-data words are a theft verb whose
    sentence names a malware or a scam before it ("Spyware steals data", "Crooks pose as HR to steal
    information"), or any break-in or leak words whose sentence names a scam before them ("Scammers
    who hacked X's account"): the malware or the scam is the event, not a leak from a named
    organisation."""
    found = _PATTERNS[Category.DATA_BREACH].search(text)
    if found is None:
        return ""
    # the sentence up to the theft's words, which a thief's words may run into ("X toolkit steals")
    sentence = split_sentences(text[: found.end()])[-1]
    theft_at = len(sentence) - len(found.group(0))
    # a scam named before any break-in or leak word is the event ("Scammers who hacked X's account",
    # "Phishing with hacked sites"); malware only before a theft verb ("a malware breach" of a firm is a leak)
    thieves = (
        (Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING)
        if shapes.THEFT.match(found.group(0))
        else (Category.FRAUD_PHISHING,)
    )
    return next((k for k in thieves if 0 <= _at(k, sentence) < theft_at), "")


def _lead_kind(lead: str, text: str, kinds: tuple[str, ...] = _STRONG) -> str:
    """The first kind the lead names (in the guide's rule order) when the article names it again:
    a kind the lead mentions once and the article never again is background ("the flaw hunters'
    ontology covers vulnerabilities and exploits", "a broker who sold access to spies"), not the
    main subject of a page whose headline names no kind. Police action the lead states is the event
    whatever follows (the guide's rule 1), and a text that is little more than its lead keeps the
    lead's kind: nothing of it confirms or belies it."""
    kind = _first_present(
        hedges_removed(lead), kinds
    )  # (not what a protection keeps out, nor a mishap supposed)
    if kind in {"", Category.LAW_ENFORCEMENT} or len(text.split()) < len(lead.split()) + LEAD_KIND_REST_WORDS:
        return kind
    if kind == Category.VULNERABILITY and shapes.DISCLOSED.search(lead):
        return kind  # flaws the lead says were found: the disclosure is the event, however short the capture
    # the article after its lead: the last lead sentence's end, wherever the capture put it
    last = split_sentences(lead)[-1] if lead else ""
    at = text.find(last)
    rest = text[at + len(last) :] if last and at >= 0 else text[len(lead) :]
    return kind if _PATTERNS[kind].count(text) >= LEAD_KIND_MENTIONS or _at(kind, rest) >= 0 else ""


def _lead(text: str) -> str:
    """The article's first sentences, read from its own first paragraph (`text` from article_start): not a
    standfirst, a byline or a dateline, nor the section label its outlet prints before it ("Feature")."""
    lead = " ".join(split_sentences(listings_removed(kicker_removed(text)[:2000]))[:LEAD_SENTENCES])
    return team_names_removed(lead)


def categorise(title: str, text: str, url: str = "") -> str:
    """One of CATEGORIES for the article's main event. `url` is read for a podcast's section and,
    when the text names no kind of event, for the words of its slug."""
    return rule_category(title, text, url)


def rule_category(title: str, text: str, url: str = "") -> str:
    """The guide's overlap rules over each kind's vocabulary, in the headline then the lead."""
    if no_single_event(title, url) or podcast_kicker(text):
        return Category.OTHER  # a roundup, a year's review, a hoax, a podcast's page (the guide: `other`)
    if physical_sabotage(title) and not shapes.POLICY_ACT.search(title):
        # cables cut, pagers exploded: physical sabotage (the guide), even with a ship seized; a law about it is policy
        return Category.OTHER
    # police action the headline gives as background ("X emerges after Y takedown"): so is the lead's telling of it
    past_police = shapes.AFTER_POLICE.search(title) is not None
    title = scares_removed(research_bounty_removed(shapes.AFTER_POLICE.sub(" ", title)))
    headline = title  # (the shapes that read a headline's end read the headline, not the slug after it)
    bare = bool(url) and names_no_kind(text)  # no article captured: the address stands in for it
    title = f"{title} {slug_words(url)}" if bare else title
    opening = article_start(text)  # the article's own first paragraph: no standfirst, byline nor dateline
    lead = _lead(opening)
    kind = _first_present(title, _STRONG)
    if bare and not _first_present(headline, _STRONG):
        kind = section_kind(url) or kind  # the outlet's filing before the slug's loose words
    if police_takedown(title):
        kind = Category.LAW_ENFORCEMENT  # rule 1: a police or state takedown, whatever it took down
    flaws = [m.group(0) for m in _PATTERNS[Category.VULNERABILITY].finditer(title)]
    if kind == Category.VULNERABILITY and updates_only(flaws) and _at(Category.DATA_BREACH, title) >= 0:
        kind = Category.DATA_BREACH  # "X compromised, patches halted": the updates are not a flaw
    if kind == Category.DATA_BREACH and (rest := without_leaked_tools(title)) != title:
        kind = _first_present(rest, _STRONG) or Category.MALWARE_CAMPAIGN  # built on leaked malware
    if kind == Category.DATA_BREACH and shapes.CODE_LEAK.search(title):
        # a malware's source code or builder leaked: the malware is the news (a firm's code stays a leak)
        kind = _first_present(title, (Category.RANSOMWARE, Category.MALWARE_CAMPAIGN)) or kind
    if shapes.BACKDOOR_ORDER.search(title) or penalty_law(title) or shapes.POLICY_ACT.search(title):
        return Category.POLICY_REGULATION
    if government_ban(title) and kind not in _OUTRANK_BAN:
        return Category.POLICY_REGULATION
    if kind in {"", Category.DATA_BREACH} and names_deal(title) and not shapes.DATA_WORDS.search(title):
        return Category.OTHER  # a firm buying another is industry news ("to snatch X in a buyout")
    if personal_advice(title) and kind in {"", Category.DATA_BREACH}:
        return Category.OTHER
    if shapes.HABIT_SURVEY.search(title) and kind not in _OUTRANK_BAN:
        return Category.OTHER  # a survey of people's habits and fears (the guide: `other`), not their threat
    if (lifecycle(title) and not shapes.FLAW_WORDS.search(title)) or shapes.MEDIA.search(title):
        return Category.OTHER  # a support lifecycle; a documentary or series telling a story
    if influence_operation(title, kind):
        return Category.OTHER  # propaganda and fake personas: an influence operation (the labels: `other`)
    if shapes.FORMER_SAYS.match(headline) and kind not in _OUTRANK_BAN:
        return Category.OTHER  # a former official's view: an interview or an opinion
    if tracker(title) or (shapes.DETECTING.match(title) and kind not in _OUTRANK_BAN):
        return Category.RESEARCH_TOOLING  # a tool that follows threats, a way of detecting them
    if kind in {Category.VULNERABILITY, Category.DATA_BREACH} and shapes.FLAW_FINDER.search(title):
        return Category.RESEARCH_TOOLING  # a machine that finds flaws or exposed secrets: the way, not one
    if kind == Category.FRAUD_PHISHING and shapes.PRACTICE.match(title):
        return Category.RESEARCH_TOOLING  # a red teamer's deception is her craft, practised for defence
    if kind in {"", Category.VULNERABILITY, Category.DATA_BREACH} and product_side_channel(title):
        return Category.VULNERABILITY  # a side channel in a product it names (what it leaks too): its flaw
    if kind in {"", Category.VULNERABILITY, Category.MALWARE_CAMPAIGN} and built_in_backdoor(title):
        return Category.VULNERABILITY  # a backdoor its maker left in a product: its flaw
    if kind not in _OUTRANK_POTENTIAL and shapes.POTENTIAL.search(title):
        return Category.RESEARCH_TOOLING
    if kind in {"", Category.DATA_BREACH, Category.VULNERABILITY} and shapes.EXPOSURE_COUNT.search(title):
        return Category.RESEARCH_TOOLING  # a count of a class of devices exposed: exposure statistics
    if _landscape(title):
        return Category.RESEARCH_TOOLING  # three kinds of event in one headline: a landscape, not an event
    if kind == Category.DATA_BREACH and (spread := _compromise_spreads(title)):
        return spread
    if kind == Category.DATA_BREACH and _bare_compromise(title) and shapes.DEFACEMENT.search(title):
        return Category.OTHER  # the guide: a defacement with no data leaked is `other`
    if kind == Category.RANSOMWARE and state_extortion(title):
        return Category.APT_ESPIONAGE
    extortion = kind == Category.RANSOMWARE and data_ransom(title, lead)
    if extortion:
        kind = Category.DATA_BREACH  # a ransom for stolen data, nothing encrypted: extortion-only theft
    if kind == Category.LAW_ENFORCEMENT or (
        kind not in _NAMED_KINDS
        and (not names_attack(title) or unmasked(title))
        and not past_police
        and police_in_lead(lead)
    ):
        return Category.LAW_ENFORCEMENT
    if kind in _NAMED_KINDS and charges_in(split_sentences(lead)[0] if lead else ""):
        # a malware, flaw or actor the headline names whose lead opens on charges against its makers ("The
        # DoJ unsealed charges against 16 people accused of running X"): the charges are the event (rule
        # 1); police action in passing or later in the lead stays the background of the headline's subject
        return Category.LAW_ENFORCEMENT
    if kind == Category.RANSOMWARE and gang_breached(title):
        return Category.DATA_BREACH  # the gang itself breached (the guide's rule for criminals hacked)
    customer = kind == Category.RANSOMWARE and ransomware_as_customer(title)
    if customer:
        kind = Category.MALWARE_CAMPAIGN
    elif kind == Category.RANSOMWARE and flaw_first(title) and not led_to(title):
        kind = Category.VULNERABILITY  # rule 3: "ESXi flaw exploited by ransomware gangs" is about the flaw
    if kind == Category.RANSOMWARE:
        return kind
    if kind not in _ONE_KIND_REPORTS and (shapes.REPORT.search(title) or shapes.REPORT.search(headline)):
        return Category.RESEARCH_TOOLING
    measure = kind != Category.VULNERABILITY and shapes.MEASURE.search(title)
    defended = (shapes.DEFENCE.search(title) or measure) and (
        not shapes.ATTACKER.search(title) or shapes.AGAINST.search(title)
    )
    if defended and kind != Category.APT_ESPIONAGE and not names_outage(title):
        return Category.RESEARCH_TOOLING
    if kind == Category.VULNERABILITY and many_flaws(title):
        return Category.RESEARCH_TOOLING  # flaws across many products, or counted as a class: research
    if kind == Category.DDOS and shapes.BOT_ANALYSIS.search(title) and not shapes.DDOS_EVENT.search(title):
        return Category.MALWARE_CAMPAIGN  # a botnet's malware analysed, no attack on anyone (the guide)
    if kind == Category.VULNERABILITY and breach_named_before(title, _at(Category.VULNERABILITY, title)):
        # "X data breach caused by the exploitation of a zero-day": the breach is the event
        return Category.DATA_BREACH
    if kind == Category.VULNERABILITY:
        # The headline's subject decides (rule 3): "ScarCruft exploits a Windows zero-day" is the
        # actor's campaign, "Windows zero-day exploited by ScarCruft" the flaw.
        kind = _subject(title, (Category.VULNERABILITY, Category.APT_ESPIONAGE, Category.MALWARE_CAMPAIGN))
        kind = _actor_campaign(title) or kind
    if spied(kind, title, hedges_removed(lead), text):  # (not what a thing could be used for)
        return Category.APT_ESPIONAGE  # rule 4: a state's or espionage actor's malware or break-in, or spying
    if kind == Category.FRAUD_PHISHING and _at(Category.APT_ESPIONAGE, lead) >= 0:
        return Category.APT_ESPIONAGE  # rule 4 before rule 6: deception by a state's actors
    # A flaw in the headline whose lead speaks of ransomware is still the flaw, and so is malware the
    # headline names ("Domino backdoor"; the lead's ransomware gang is its author); but "X hit by a
    # cyberattack" (information-leak words) whose lead says ransomware is a ransomware attack.
    ransom_lead = ransomware_named(lead, text)
    if not customer and not extortion and kind in {Category.DATA_BREACH, ""} and ransom_lead:
        return Category.RANSOMWARE
    if kind:
        return kind
    if shapes.FINE.search(title) and _at(Category.DATA_BREACH, lead) >= 0:
        return Category.DATA_BREACH  # a fine or settlement for the breach the lead names (the guide)
    if shapes.POLICY_HEADLINE.search(title) or agency_appointment(title) or regulator_acts(headline):
        # a policy act, who heads a national cyber agency, a regulator acting (the guide): before the lead's
        # words for what the act is about (a robocall's "scammers", a breach's "stolen data")
        return Category.POLICY_REGULATION
    # An attack or an outage the headline names ("X hit by a cyberattack") is the event: police action and
    # a flaw (a faulty update's fix) the lead states are its aftermath and its means, never its kind.
    means = (Category.LAW_ENFORCEMENT, Category.VULNERABILITY)
    event_kinds = tuple(k for k in _STRONG if k not in means) if names_incident(title) else _STRONG
    campaign = Category.MALWARE_CAMPAIGN if shapes.CAMPAIGN.search(title) else ""  # a campaign of unsaid kind
    view = (view_piece(opening) or essay_lead(opening)) and not names_attack(
        title
    )  # an opinion: its lead's kinds are its occasion
    kind = ("" if view else _lead_kind(lead, text, event_kinds)) or campaign
    # An attack the headline names without its kind: the policy and research words of such a page
    # are its victims and context ("hackers hit government sites"), never its kind.
    # (or one the lead names under a headline that names nothing: "X: the Monday after", a faulty update)
    outage = names_outage(title) or (names_outage(hedges_removed(lead)) and not names_attack(title))
    if not kind and outage:
        return Category.OTHER  # an outage with no attack named (the guide: `other`, a faulty update too)
    attacked = not kind and names_attack(title)
    debated = product_controversy(title) and _at(Category.POLICY_REGULATION, title) < 0
    if not kind and not attacked and debated:
        return Category.OTHER  # a product stirring worries: industry news, not its research words ("feature")
    if not attacked:
        paper = shapes.PAPER_ABSTRACT.search(text[: shapes.PAPER_ABSTRACT_CHARS]) is not None
        practice = Category.RESEARCH_TOOLING if shapes.PRACTICE.search(title) or paper else ""
        kind = kind or _first_present(title, _WEAK) or practice or lead_weak_kind(hedges_removed(lead), text)
    if kind:
        return kind
    kinds = event_kinds if attacked else tuple(_PATTERNS)
    scores = {name: _PATTERNS[name].count(text) for name in kinds}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] >= MIN_SCORE and not view:
        return best
    # A handler's diary that names no event is a note on tools, logs or traffic (the guide: research)
    return Category.RESEARCH_TOOLING if shapes.DIARY.search(headline) and not attacked else FALLBACK


def _bare_compromise(title: str) -> bool:
    """The headline's stolen-data words only say a system was broken into, and it names no data."""
    breach = [m.group(0) for m in _PATTERNS[Category.DATA_BREACH].finditer(title)]
    return (
        bool(breach)
        and all(shapes.BARE_COMPROMISE.fullmatch(word) for word in breach)
        and not shapes.DATA_WORDS.search(title)
    )


def _compromise_spreads(title: str) -> str:
    """What a bare break-in the headline names was for: the malware it spreads (the supply-chain rule), else
    the fraud it launches ("mailing list compromised to launch a crypto draining attack")."""
    kinds = (Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING) if _bare_compromise(title) else ()
    return next((k for k in kinds if _PATTERNS[k].first(title) >= 0), "")


def _landscape(title: str) -> bool:
    """A headline listing three kinds of attack ("sector terrorised by ransomware, data theft and
    denial-of-service") reports a threat landscape (the guide: mixed reports are research)."""
    # Kinds of attack only: a flaw and a malware next to an attack are one event's means.
    kinds = (Category.RANSOMWARE, Category.DATA_BREACH, Category.DDOS, Category.FRAUD_PHISHING)
    return sum(_PATTERNS[kind].first(title) >= 0 for kind in kinds) >= 3


def _actor_campaign(title: str) -> str:
    """The campaign's kind (espionage, then malware, wherever the headline names it) when an actor is
    named before the headline's first flaw word ("NSO Group exploited WhatsApp to install Pegasus
    spyware"): rule 3 gives the headline whose subject is an actor using a flaw to the actor's campaign,
    whether or not the galaxies know the actor's state."""
    flaw = _at(Category.VULNERABILITY, title)
    if flaw <= 0 or not any(m.kind == "actor" for m in threat_mentions(title[:flaw])):
        return ""
    return next((k for k in (Category.APT_ESPIONAGE, Category.MALWARE_CAMPAIGN) if _at(k, title) >= 0), "")


def _subject(title: str, kinds: tuple[str, ...]) -> str:
    """Of the kinds present in the headline, the one named first."""
    found = [(at, kind) for kind in kinds if (at := _at(kind, title)) >= 0]
    return min(found)[1] if found else ""
