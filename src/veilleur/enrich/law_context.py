"""Sentences of a police and court story that tell another case or describe a person, not this
story's step (enrich/facts.law_enforcement_facts reads none of their facts)."""

from __future__ import annotations

import re

from veilleur.text.prefilter import screened

# A sentence that opens on an earlier time recalls another case, told as background: "Then in late
# February 2024, a 68-year-old man from Melbourne was sentenced to two years…" (an espionage arrest),
# "In mid-December 2022, the DOJ … charged six U.S. men" (a host's raid), "In June 2022, authorities
# … announced a joint operation to dismantle" (sixth audit: each briefed as this story's sentence,
# charges or seizures). Outside the headline and the lead, such a sentence gives no police fact.
_RECALL = screened(
    r"^(?:then,?\s|and\s|but\s)?(?:(?:back\s)?in\s(?:(?:early|mid|late)[-\s])?(?:(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s)?(?:19|20)\d\d\b|"
    r"last\s(?:year|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b|(?:a|one|two|three|several)\s(?:years?|months?)\s(?:later|earlier|before|ago)\b|"
    r"(?:en|fin|début|mi-)\s?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\s)?(?:19|20)\d\d\b|previously|earlier|in\sthe\spast|auparavant)",
    re.I,
)
# A participle that describes a person, not the story's step: "a criminal convicted for the murder of
# Dutch journalist …" (a messenger's takedown), "a convicted fraudster".
_DESCRIBED = screened(r"\b(?:an?|the)\s(?:[\w-]+\s)?$", re.I)
# The headline and this many body sentences tell the story's own event.
_LEAD = 3


def recalled(index: int, sentence: str) -> bool:
    """Does the `index`-th sentence (0: the headline) open on an earlier case, after the lead?"""
    return index > _LEAD and _RECALL.search(sentence.strip()) is not None


def describes_person(sentence: str, at: int) -> bool:
    """Is the participle at `at` ("convicted") a person's description ("a criminal convicted for …")?"""
    return _DESCRIBED.search(sentence[max(0, at - 40) : at]) is not None


# A headline that tells a court's step (a plea, a verdict, a sentence) and no arrest: the story is
# that step, and an arrest its body dates or gives to the defendant ("in March 2019 when he was
# arrested", "three months after his arrest") is the case's history (seed-3340 sample: a guilty
# plea briefed "Arrestations annoncées" from a 2019 arrest).
_COURT_HEADLINE = screened(
    r"\b(?:pleads?|pleaded|pled|sentenced|convicted|jailed|imprisoned|guilty|condamnée?s?|veroordeeld|verurteilt)\b",
    re.I,
)
_ARREST_HEADLINE = re.compile(r"\barrest|\binterpell|\barrêt|\baangehouden|\bfestgenommen", re.I)
_DATED_OR_OWNED = re.compile(
    r"(?:\b(?:19|20)\d\d\b[^.;]{0,60}$|\b(?:his|her|their|its|sa|son|leur|zijn|haar|seine?|ihre?)\s(?:[\w-]+\s)?$)",
    re.I,
)


def court_story(title: str) -> bool:
    """Does the headline tell a plea, a verdict or a sentence, and no arrest?"""
    return _COURT_HEADLINE.search(title) is not None and _ARREST_HEADLINE.search(title) is None


def past_arrest(sentence: str, at: int) -> bool:
    """Is the arrest word at `at` dated by a year before it, or the defendant's own ("his arrest")?"""
    return _DATED_OR_OWNED.search(sentence[max(0, at - 80) : at]) is not None
