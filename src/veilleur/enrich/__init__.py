"""Articles → Intel: relevance, category, victims with sectors and countries, actors, malware,
CVEs, IOCs, impacts and priority. One concern per module; this one puts them together."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from veilleur.config import DEFAULT_MIN_RELEVANCE, WatchlistConfig
from veilleur.enrich.actors import attackers_of_victims, find_threats
from veilleur.enrich.category import categorise
from veilleur.enrich.cves import find_cves, fold_cves, unique_cves
from veilleur.enrich.facts import attack_facts, law_enforcement_facts, vulnerability_facts
from veilleur.enrich.geo import abbreviation_positions, country_positions, demonym_positions, find_countries
from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.iocs import find_indicators
from veilleur.enrich.nlp import english_words, entities
from veilleur.enrich.people import people_charged
from veilleur.enrich.people_leakers import leakers
from veilleur.enrich.priority import prioritise, watchlist_matches
from veilleur.enrich.promotional import promotional_reason
from veilleur.enrich.relevance import SHORT_TEXT_WORDS, relevance_score
from veilleur.enrich.response import find_response
from veilleur.enrich.roundups import roundup_headlines
from veilleur.enrich.sector_words import known_country
from veilleur.enrich.threat_agencies import agencies_at_work
from veilleur.enrich.threat_described import described_union
from veilleur.enrich.threat_influence import influence_union
from veilleur.enrich.threat_order import attributed_first
from veilleur.enrich.topic import security_log_odds
from veilleur.enrich.victim_country import (
    attackers_countries,
    attackers_place,
    authorities_place,
    described_countries,
    people_place,
    victim_countries,
)
from veilleur.enrich.victim_full_names import headline_form, with_own_article, with_own_possessive
from veilleur.enrich.victim_model import Candidate, candidates, choose, full_names, outlet_of
from veilleur.enrich.victim_model import weights as victim_weights
from veilleur.enrich.victim_person_places import hidden_places, without_name_places
from veilleur.enrich.victim_recall_reads import joined_possessive
from veilleur.enrich.victim_sectors import listed_together, page_sector, sector_of_victim, sectors_of
from veilleur.enrich.victim_state_places import us_place
from veilleur.enrich.victims import VictimMention, find_victims, rule_reads
from veilleur.models import Article, Category, CveMentionRecord, ImpactRecord, Intel, Named, Sector, Victim
from veilleur.models.intel import excerpt
from veilleur.text import ARTICLE_CHARS, HEADLINE_CHARS
from veilleur.text.prefilter import fold, prepare
from veilleur.text.sentences import split_sentences

__all__ = ["enrich", "find_victims", "warm_up"]
_ATTACK_CATEGORIES = {
    Category.RANSOMWARE,
    Category.DATA_BREACH,
    Category.DDOS,
    Category.APT_ESPIONAGE,
    Category.MALWARE_CAMPAIGN,
    Category.FRAUD_PHISHING,  # a campaign's size, when it started
    Category.OTHER,
}


def _cve_sentences(text: str) -> list[CveMentionRecord]:
    records: dict[str, CveMentionRecord] = {}
    if "cve" not in fold(fold_cves(text)):
        return []  # every CVE id holds the letters, next to each other in the text as in a sentence
    for sentence in split_sentences(text):
        for mention in find_cves(sentence):
            if mention.cve not in records:  # the window around this id of a long list
                records[mention.cve] = CveMentionRecord(
                    id=mention.cve, sentence=excerpt(sentence, mention.start)
                )
    return list(records.values())


def _victims(
    article: Article, text: str, countries: list[str], category: str, whole: str = ""
) -> list[Victim]:
    """Victims from the headline and lead, or from each item of a roundup's list: the candidate
    names our model calls victims (`victim_model`), never a date, number, nationality, pronoun,
    threat, place or the outlet itself; with sectors and the victim's country: from its own
    sentence, never from where attackers are said to be."""
    source = outlet_of(article.url)
    title = joined_possessive(article.title)  # ("Salesloft ’s GitHub": `victim_recall_reads`)
    if title != article.title:
        article, text = article.model_copy(update={"title": title}), f"{title}\n{article.text}"
    # A roundup's items are headlines of their own: each names its victims as a headline does,
    # and its sector and country (not the page's: the other items speak of other firms and
    # places); the roundup's own headline and blurb ("Smashing Security podcast #305: Norton
    # unlocked") are not a story's.
    items = roundup_headlines(article.title, whole or article.text)  # (its own bounds: whole text)
    chosen: list[tuple[Candidate, str]] = []
    if not items:
        found = candidates(article.title, article.text, article.lang, source, category)
        chosen = [(c, text) for c in full_names(choose(found), text)]
    for item in items:
        # (the trigger rules' regular expressions first: most items name no victim, and the
        # recogniser is the costly part of reading one)
        if not rule_reads(item)[0]:
            continue
        for candidate in choose(candidates(item, "", article.lang, source, categorise(item, ""))):
            # A one-line item is read by a trigger rule or not at all: the model, fitted on whole
            # pages, takes any word of attack in a short headline for one ("a 'hit piece'").
            if not any(f.startswith("rule:") for f in candidate.features):
                continue
            key = f" {candidate.name.casefold()} "
            if not any(key in f" {c.name.casefold()} " or f" {c.name.casefold()} " in key for c, _ in chosen):
                chosen.append((candidate, item))
    read: list[list[Sector]] = []
    for candidate, own_text in chosen:
        # (read with the article its name opens with: "De Lijn", "Le Monde" are known names)
        candidate.name = with_own_article(candidate.name, own_text)
        candidate.name = with_own_possessive(candidate.name, own_text)  # "McDonald's says"
        # A person (the recogniser's, or a name the text treats as one: "producer Gwen Howerton …
        # she"), unless the page says what it is ("the hospital operator Meridon Care") or writes
        # it as a firm's ("the Estée Lauder attack"); else the words the page uses next to it.
        # An article's sole victim is what its definite descriptions speak of ("the insurer said").
        sole = len(chosen) == 1 and own_text == text
        read.append(
            [Sector.GOVERNMENT]  # (a US state or city chosen as a victim is its government)
            if us_place(candidate.name)
            else sector_of_victim(
                candidate.name, own_text, candidate.described_as, candidate.label, text, sole
            )
        )
    victims: list[Victim] = []
    page_country: list[str] | None = None  # (`_page_country`, read once, when a victim needs it)
    # ("Thai": TH; "US law firm X": US, an abbreviation the page's countries leave out)
    demonyms = (
        {code for code, _ in [*demonym_positions(text), *abbreviation_positions(text)]} if chosen else set()
    )
    for (candidate, own_text), sectors in zip(chosen, read, strict=True):
        mention = VictimMention(candidate.name, candidate.sentence, candidate.described_as)
        if not sectors:
            # A name the article does not describe, listed with victims it does ("Gucci, Balenciaga
            # and Alexander McQueen"), is of their sector; else of the sector its own text's lead
            # names most ("Other affected companies under the group are Echo, Pressedruck, and
            # RegioMail" under a lead about newspapers: not tech firms); else most named victims of
            # the news are tech firms. (A roundup's item is its own text: not the page's lead.)
            peers = [
                s
                for (c, _), s in zip(chosen, read, strict=True)
                if s
                and c.sentence == candidate.sentence
                and listed_together(candidate.name, c.name, candidate.sentence)
            ]
            sectors = peers[0] if peers else (page_sector(own_text) or [Sector.TECHNOLOGY])
        # (a person's name holding a place's, "Jordan Smith", is read with that place hidden)
        person = sectors == [Sector.INDIVIDUALS] and hidden_places(mention.name) != mention.name
        name, described, sentence, read_text = (
            without_name_places(mention.name, mention.described_as, mention.sentence, text)
            if person
            else (mention.name, mention.described_as, mention.sentence, text)
        )
        read_countries = find_countries(read_text) if person else countries
        stated = victim_countries(name, described, sentence, read_text)
        own = [c for c in stated if c in read_countries or c in demonyms]
        # A household name's country, when its own words name none (the page's may be another's).
        known = known_country(mention.name)
        own = own or ([known] if known else [])
        if not own and own_text == text:
            if page_country is None:
                # (not a country another victim's own words give: "Indian paper manufacturer X")
                theirs = {code for c, _ in chosen for code in described_countries(c.described_as)}
                page_country = [c for c in _page_country(countries, text) if c not in theirs]
            # (not a country only the person's name gave: "Jordan" of "Jordan Smith")
            own = [c for c in page_country if c in read_countries]
        # (read under its full name, named as the headline names it: "TDECU")
        name = headline_form(mention.name, own_text)
        victims.append(Victim(name=name, sectors=sectors, countries=own[:1]))
    return victims


def _page_country(countries: list[str], text: str) -> list[str]:
    """The page's country, for a victim whose own words name none: only when it is the one country
    besides the attackers' (a second is another item's), the lead names it, and not only to
    attribute, sanction or speak of spying ("… tied to North Korea"): a UK firm is not "en Russie"."""
    # (nor a country the text places as the attackers' anywhere: "China's Microsoft breach" of
    # "suspected Chinese hackers")
    attackers = attackers_countries(text)
    rest = [c for c in countries if not _only_attackers(c, text) and c not in attackers]
    lead = " ".join(re.split(r"(?<=[.!?])\s+", text)[:2])
    if len(rest) == 1 and not _attribution_only(rest[0], text) and rest[0] in dict(country_positions(lead)):
        return rest
    return []


# A sentence that attributes or sanctions: the country it names is the attackers' or the state's.
_ATTRIBUTION = re.compile(
    r"sanction|attribut|state[- ]sponsored|regime|espionage|espionnage|spy|spies|espion|nation[- ]state|"
    r"threat actors?|APT\d*|intelligence|renseignement|régime|parrainé|soutenu par",
    re.I,
)


def _attribution_only(code: str, text: str) -> bool:
    """True when every sentence naming the country attributes, sanctions or speaks of spying."""
    naming = [s for s in split_sentences(text) if any(found == code for found, _ in country_positions(s))]
    return bool(naming) and all(_ATTRIBUTION.search(s) for s in naming)


def _only_attackers(code: str, text: str) -> bool:
    """True when every mention of the country places the attackers ("pirates actifs en Ukraine"),
    the authorities that act on the event ("Thai authorities are investigating") or some of a
    firm's people ("its employees in Vietnam", "a developer based in Vietnam")."""
    positions = [start for found, start in country_positions(text) if found == code]
    return bool(positions) and all(
        attackers_place(text, p) or authorities_place(text, p) or people_place(text, p) for p in positions
    )


def _not_victims(threats: list[Named], victims: list[Victim], text: str) -> list[Named]:
    """The threats without those written only as part of a victim's name: "Gamma" (a malware of
    the galaxies) in "Ransomware hits Gamma Corp" is the victim's name, not a threat."""
    if not victims:
        return threats
    names = [v.name for v in victims]
    out = []
    for threat in threats:
        if _written_in_none(threat.name, names):
            out.append(threat)  # (no victim's name holds it: no pattern built for the threat's name)
            continue
        word = re.compile(rf"(?<![\w-]){re.escape(threat.name)}(?![\w-])", re.I)
        inside = [n for n in names if word.search(n) and n.casefold() != threat.name.casefold()]
        rest = text
        for name in inside:
            rest = re.sub(re.escape(name), " ", rest, flags=re.I)
        if not inside or word.search(rest):
            out.append(threat)
    return out


def _written_in_none(name: str, names: list[str]) -> bool:
    """True when no name of `names` holds `name`, case aside, as `re.I` reads it: for ASCII names
    only, where `re.I` compares characters by their lower case (beyond ASCII it also matches other
    characters: "ſ" an "s"), so a False only means the pattern decides."""
    folded = name.lower()
    return name.isascii() and all(n.isascii() and folded not in n.lower() for n in names)


def warm_up(languages: Sequence[str] | None = None) -> None:
    """Load the models once (galaxies, gazetteer, NER pipelines, topic and victim models): a long-running
    process or a benchmark calls it before its first article; `enrich` otherwise loads lazily.

    `languages`: those of the articles about to be enriched (one per article), when known. The
    runner calls this before forking its workers, which then share what it loaded; a pipeline left
    out is loaded by a worker that needs it, for itself. So the NER pipeline of a language (French;
    English for the others) is loaded here for two articles or more, and left to the worker for a
    single one: that worker loads it only if the article reaches the recogniser (relevant pages)."""
    find_threats("LockBit")
    find_countries("Belgique")
    security_log_odds("", "")
    pipelines = Counter("fr" if lang == "fr" else "en" for lang in languages or ())
    for lang in ("en", "fr"):
        if languages is None or pipelines[lang] >= 2:
            entities("Warm up.", lang)
    from veilleur.enrich.ioc_grammars import finder

    finder()  # ioc-finder builds its grammars on import

    victim_weights()
    english_words()
    described_union()  # their branches' literals, in the automaton `prepare` builds
    influence_union()
    prepare()  # the screened patterns' automata and rewritings, now that every module made its own


def enrich(
    article: Article, min_relevance: float = DEFAULT_MIN_RELEVANCE, watchlist: WatchlistConfig | None = None
) -> Intel:
    if len(article.title) > HEADLINE_CHARS:
        article = article.model_copy(update={"title": article.title[:HEADLINE_CHARS]})  # see HEADLINE_CHARS
    whole = article.text  # a roundup's list is read whole: MAX_ITEMS headlines bound its cost
    if len(article.text) > ARTICLE_CHARS:
        article = article.model_copy(update={"text": article.text[:ARTICLE_CHARS]})  # see ARTICLE_CHARS
    text = f"{article.title}\n{article.text}"
    score = relevance_score(article.title, article.text, article.url, article.lang or "")
    promotion = promotional_reason(
        article.title, article.text, article.url, article.lang or "en", article.byline
    )
    relevant = score >= min_relevance and not promotion
    countries = find_countries(text)
    category = categorise(article.title, article.text, article.url)
    victims = _victims(article, text, countries, category, whole) if relevant else []
    sectors = list(dict.fromkeys(s for v in victims for s in v.sectors))
    if not sectors:
        # Without a named victim, the article's dominant sector, if it clearly has one.
        # (The headline first: most name no sector, and then the text need not be read.)
        sectors = sectors_of(text)[:1] if sectors_of(article.title) else []
    # Like victims, the threats of a page that is no security news are none (GUIDE.md §3: "all
    # lists empty"): the galaxies' names are also words, firms and products ("Arcom", "Heise"), which
    # only a security page's context makes threats.
    actors, malware = find_threats(text) if relevant else ([], [])
    actors, malware = _not_victims(actors, victims, text), _not_victims(malware, victims, text)
    actors = attackers_of_victims(actors, [v.name for v in victims], text)
    malware = attackers_of_victims(malware, [v.name for v in victims], text)
    cves = _cve_sentences(text)
    if len(article.text.split()) < SHORT_TEXT_WORDS:
        # A capture that lost its article still has the flaw's id in its address.
        known = {c.id for c in cves}
        cves += [
            CveMentionRecord(id=c, sentence=article.title) for c in unique_cves(article.url) if c not in known
        ]
    if relevant:
        # (a family's name is no person's either: "Cobalt Strike" among "the usual suspects")
        known = {n.casefold() for a in [*actors, *malware] for n in (a.name, a.canonical, *a.aliases)}
        actors += people_charged(article.title, article.text, article.lang, known)
        # ("classified documents leaked on Discord by X": the insider who leaked, guide §13)
        known |= {a.name.casefold() for a in actors}
        actors += [Named(name=n, canonical=n) for n in leakers(article.text, article.lang or "en", known)]
        # ("Ukraine's Defence Intelligence agency (HUR) claims that its hackers…": the agency ran it)
        actors += [Named(name=a, canonical=a) for a in agencies_at_work(text) if a.casefold() not in known]
    # (the briefing's heading takes the first actor, else the first malware)
    actors, malware = attributed_first(actors, text), attributed_first(malware, text)
    intel = Intel(
        relevant=relevant,
        relevance_score=score,
        promotional=bool(promotion),
        category=Category(category),
        cves=cves,
        victims=victims,
        sectors=sectors,
        countries=countries,
        threat_actors=actors,
        malware=malware,
        iocs=find_indicators(article.text, [article.url, article.canonical_url]),
        impacts=[ImpactRecord(kind=i.kind, sentence=i.sentence, amount=i.amount) for i in find_impacts(text)],
        response=find_response(article.text),
        notes=[promotion] if promotion else [],
    )
    if relevant:
        if cves or category == Category.VULNERABILITY:
            intel.vulnerability = vulnerability_facts(article.title, article.text, [c.id for c in cves])
        if category in _ATTACK_CATEGORIES or victims:
            intel.attack = attack_facts(article.title, article.text)
        intel.law_enforcement = law_enforcement_facts(article.title, article.text)
    if watchlist is not None:
        intel.watchlist = watchlist_matches(intel, text, watchlist)
    intel.priority, intel.priority_reasons = prioritise(intel, text, watchlist)
    return intel
