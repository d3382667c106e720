"""How same-story clustering adds up its evidence (`Weights`, tuned on the `tune` part of
bench/data/stories) and what it decides for each article (`Decision`); the clusterer is in
`veilleur.cluster.stories`, which exports both."""

from __future__ import annotations

from dataclasses import dataclass, field

from veilleur.models.signals import Signal


@dataclass
class Weights:
    """How evidence adds up (tuned on the `tune` part of bench/data/stories)."""

    cosine: float = 1.5
    cosine_floor: float = 0.3  # below it the embedding counts for nothing
    text: float = 0.6
    names: float = 0.75
    titles: float = 0.4
    # Headline stems that agree once read in English (`lexicon`): across languages wording and
    # names weigh little, the translated headline stands for them.
    translated: float = 0.3
    shared_cve: float = 0.25
    few_cves: int = 3
    shared_victim: float = 0.15
    shared_actor: float = 0.05
    other_actors: float = 0.1
    shared_number: float = 0.04
    # One day a headline is dated to, named by the other side's headline or lead: a daily page and
    # its summary in another language, which share few words (dev: 0.30 and 0.37 for two SANS
    # Stormcasts and their French posts; one outlet's pages of one day are kept apart by
    # `same_source`, other outlets' by needing backing besides it).
    shared_day: float = 0.15
    thin_subject: float = 0.35  # a headline-only page's subject named by the other article
    other_countries: float = 0.3
    same_source: float = 0.6
    other_coined: float = 1.0
    other_kind: float = 0.35
    other_vendor: float = 0.35
    # Closeness of meaning alone (no shared name, headline word, wording, CVE id, victim, actor
    # or number) joins only above this cosine: "same theme, same week" reads alike too.
    lone_cosine: float = 0.65
    # Below this cosine, a malware only one headline names parts two reports sharing only an actor
    # (dev2 and dev3: 0.46 for two operations, 0.64 for one ESET report told two ways).
    other_operation: float = 0.55
    # `lone_cosine` for a page that gave little but its headline (`headline_only`: Security Affairs
    # pages cut after their first sentence) and a full one: a headline against another's lead reads
    # less alike (dev4a: 0.56-0.58 for one PyPI or Copilot Studio report told two ways). Not when
    # they share an actor: "same gang, other victim" reads as close.
    thin_lone_cosine: float = 0.55
    lone_overlap: float = 0.08  # names shared, as Jaccard: corroboration
    lone_titles: float = 0.05  # headline words shared, as Jaccard: corroboration
    # MinHash agreement that counts as shared wording: a theme's vocabulary ("chats", "indexed",
    # "search engines") reaches 0.23 between two stories that share no name or headline word.
    lone_text: float = 0.3
    template: float = 0.3  # headline words one outlet's two pages share when it uses a template
    join: float = 0.4
    # Reports of one victim 5 to 7 days apart (past `WINDOW`, within `SPAN`; a breach's second
    # week), compared only when nothing of the window takes the article, join at this score (dev3:
    # 1.12 and 1.13 for one breach told a week apart; 0.7-0.9 keep every part's figures).
    late_join: float = 0.8
    candidates: int = 12  # closest articles by embedding scored in full
    candidate_cosine: float = 0.3
    # Articles of the window sharing a CVE id or a victim word are scored too, the latest this many
    # per key: a page repeated a thousand times in a day made every newcomer score all its copies.
    key_candidates: int = 100


@dataclass
class Decision:
    story_id: str
    joined: str | None  # the article it was matched with, None for a new story
    score: float
    signals: list[Signal] = field(default_factory=list)
    near_duplicate: bool = False
