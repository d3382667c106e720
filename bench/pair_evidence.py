"""The evidence of one pair of articles as numbers (`pair_vector`), for bench/train_pairs.py: what
the clusterer's rules (`veilleur.cluster.stories.Clusterer.score`) read of a pair — closeness of
meaning and wording, names and headline words shared, CVE ids, victims, actors, coined names,
vendors, dates, countries, numbers, outlets — each as one value, whether or not a rule would have
stopped at an earlier one, and a few overlaps the rules do not read (CVE ids, victims, actors,
numbers and headline names in common, as Jaccard; same category; both police actions).

Every value is in [0, 1]; `NAMES` gives their order. The conditions are those of the rules (same
helpers of `veilleur.cluster.evidence`, same constants); tests/test_pair_evidence.py checks they
agree."""

from __future__ import annotations

from veilleur.cluster import agreement as ag
from veilleur.cluster import evidence as ev
from veilleur.cluster.agreement import jaccard
from veilleur.cluster.evidence import days_apart
from veilleur.cluster.features import Features
from veilleur.cluster.vocabulary import PLATFORMS
from veilleur.cluster.weights import Weights

WEIGHTS = Weights()
FEW_CVES = WEIGHTS.few_cves
LONE_COSINE = WEIGHTS.lone_cosine

NAMES = (
    "cosine",
    "cosine above 0.3",
    "cosine above 0.65",
    "text",
    "names",
    "titles",
    "names beyond platforms",
    "headline words beyond platforms",
    "shared CVE",
    "different CVE ids",
    "CVE id an aside",
    "other product's flaw",
    "victims apart",
    "shared victim",
    "victim not named",
    "different months",
    "stated months apart",
    "different days",
    "same outlet",
    "same outlet, other subject",
    "shared actor",
    "different actors",
    "same actor, other victim",
    "shared numbers",
    "different countries",
    "different coined names",
    "different kinds of event",
    "different vendors",
    "shared subject",
    "victim unnamed by other",
    "headlines apart",
    "corroborated",
    "days between",
    "headline-only page",
    "wording apart",
    "CVE ids in common",
    "lead CVE ids in common",
    "victims in common",
    "actors in common",
    "numbers in common",
    "headline names in common",
    "same category",
    "both police actions",
    "vendor named by the other",
)


def pair_vector(new: Features, old: Features, cosine: float, text: float) -> list[float]:
    """The pair's evidence, in `NAMES` order (symmetric in `new` and `old` but for ties)."""
    names = jaccard(new.names, old.names)
    titles, event = ag.headline_overlap(new, old)  # words as written or stemmed, as the rules read them
    cves = new.cves & old.cves
    few_apart = bool(not cves and new.cves and old.cves and min(len(new.cves), len(old.cves)) <= FEW_CVES)
    both_victims = bool(new.victims and old.victims)
    apart = both_victims and ev.victims_apart(
        new.victim or new.victims,
        new.victims | new.mentioned,
        old.victim or old.victims,
        old.victims | old.mentioned,
    )
    not_named = False
    if not both_victims and (new.victims or old.victims):
        named, other = (new, old) if new.victims else (old, new)
        victim = named.victim or named.victims
        not_named = bool(victim & named.title_words) and not victim & other.mentioned
    subject = ag.same_subject(new, old)
    stated_months = days_apart(new.months, old.months, old.stated_months) or days_apart(
        old.months, new.months, new.stated_months
    )
    dated = days_apart(new.dates, old.dates, old.stated_days) or days_apart(
        old.dates, new.dates, new.stated_days
    )
    same_source = bool(new.source) and new.source == old.source
    actors = ag.shared_actors(new, old)
    numbers = new.numbers & old.numbers
    alone = actors and not (cves or numbers or new.victims & old.victims)
    other_victim = bool(alone and (ev.unnamed_victim(new, old) or ev.unnamed_victim(old, new)))
    kinds = (new.enforcement and not old.maybe_enforcement) or (old.enforcement and not new.maybe_enforcement)
    vendors = bool(
        new.vendor and old.vendor and not new.vendor & old.mentioned and not old.vendor & new.mentioned
    )
    plain_names = 0.0 if new.names & old.names <= PLATFORMS else names
    unnamed_by = ev.victim_unnamed_by(new, old) or ev.victim_unnamed_by(old, new)
    if cosine < LONE_COSINE and unnamed_by:
        plain_names, event = ag.beyond_descriptors(new, old)
    corroborated = (
        plain_names >= WEIGHTS.lone_overlap
        or event >= WEIGHTS.lone_titles
        or text >= WEIGHTS.lone_text
        or bool(cves or numbers or new.victims & old.victims)
        or (both_victims and not apart)
    )
    values = [
        cosine,
        max(0.0, cosine - 0.3),
        max(0.0, cosine - LONE_COSINE),
        text,
        names,
        titles,
        plain_names,
        event,
        float(bool(cves) and not ev.lead_flaws_apart(new, old)),
        float(few_apart),
        float(bool(cves) and ev.lead_flaws_apart(new, old)),
        float(not cves and not few_apart and ev.other_products_flaws(new, old, FEW_CVES)),
        float(apart),
        float(both_victims and not apart),
        float(not_named and text >= WEIGHTS.template),
        float(bool(new.months and old.months and not new.months & old.months)),
        float(stated_months and not subject),
        float(dated and not subject),
        float(same_source),
        float(same_source and titles >= WEIGHTS.template and ev.headlines_apart(new, old)),
        float(bool(actors)),
        float(not actors and bool(new.actors and old.actors)),
        float(other_victim),
        min(3, len(numbers)) / 3,
        float(bool(new.countries and old.countries and not new.countries & old.countries)),
        float(ev.coined_apart(new, old)),
        float(kinds),
        float(vendors),
        float(bool(ag.thin_subjects(new, old))),
        float(unnamed_by),
        float(ev.headlines_apart(new, old)),
        float(corroborated),
        min(7, abs((new.day - old.day).days)) / 7,
        float(new.headline_only or old.headline_only),
        float(text < 0.05),
        jaccard(new.cves, old.cves),
        jaccard(new.lead_cves, old.lead_cves),
        jaccard(new.victims, old.victims),
        jaccard(new.actors, old.actors),
        jaccard(new.numbers, old.numbers),
        jaccard(new.headline_names, old.headline_names),
        float(bool(new.category) and new.category == old.category),
        float(new.maybe_enforcement and old.maybe_enforcement),
        float(bool(new.vendor & old.mentioned or old.vendor & new.mentioned)),
    ]
    return values
