"""The words that weigh a fact instead of stating it, in the four languages read (EN, FR, NL, DE).

"The attackers may have accessed the records", "des données auraient été dérobées", "de aanvallers
zouden gegevens hebben gestolen", "die Lücke könnte ausgenutzt werden": each says what possibly
happened, not what did. A briefing says a hedged fact as a possibility ("pourrait permettre") or
not at all, and it must read a hedge the same way wherever it reads one (the impacts and the
stolen amounts of enrich, the exploitation of a flaw, what a flaw allows, a complaint considered).

Shape: `HEDGE_WORDS` is one alternation of whole words (no group, no anchor): a user puts it
between `\\b(?:` and `)\\b` (`HEDGE`), or inside a longer pattern that wants a hedge word before
something of its own (enrich/exploitation: "may have been exploited"). Patterns using it ignore
case; English "may" alone is matched in lower case, since "May" the month is capitalised ("in May
2025 the attackers stole") and a sentence rarely opens with the modal.

Each language says the same things:
- a modal of possibility: may, might, could; pourrait/pourraient; zou/zouden (also "zou kunnen");
  könnte/könnten;
- the French conditional of a reported or supposed fact: aurait/auraient, serait/seraient ("les
  pirates auraient dérobé": they reportedly stole);
- an adverb of possibility: possibly, potentially, perhaps, conceivably, theoretically, in theory;
  peut-être, éventuellement, potentiellement, possiblement; mogelijk ("kan mogelijk"),
  mogelijkerwijs, wellicht, misschien, vermoedelijk; möglicherweise, eventuell, vielleicht,
  womöglich, vermutlich.
Sources: the modules' former lists (enrich/impacts._MODAL, brief/flaw_phrases._HEDGE,
enrich/exploitation._HEDGED, brief/statements._INTENDED), the audited pages they cite, and
the grammars' usual hedges for Dutch and German. Apart: hearsay (`HEARSAY_WORDS`: "allegedly",
"reportedly", "angeblich", "naar verluidt"), which weighs an impact or what a flaw allows but not a
stolen amount (said as the attackers' claim, brief/record_facts), and a condition ("if", "when",
"in some cases"), which only some rules read as a hedge.
"""

from __future__ import annotations

import re

# Per language, each alternative a whole word or phrase, by what it says.
# A modal of possibility: what may happen or may have happened.
_MODALS: dict[str, tuple[str, ...]] = {
    "en": ("(?-i:may)", "might", "could"),
    "fr": ("pourrai(?:t|ent)",),
    "nl": ("zou(?:den)?",),  # "zou kunnen", and the reported "zouden hebben gestolen"
    "de": ("könnte(?:n)?",),
}
# The French conditional of a reported or supposed fact: "les pirates auraient dérobé".
_SUPPOSED: dict[str, tuple[str, ...]] = {"fr": ("aurai(?:t|ent)", "serai(?:t|ent)")}
# An adverb of possibility. "mogelijk" is no hedge in "zo snel mogelijk" (as soon as possible),
# "zo goed mogelijk", "zoveel mogelijk": fixed-width look-behinds rule those out (Python's cannot
# vary in width); "kan mogelijk" is a hedge by its "mogelijk".
_ADVERBS: dict[str, tuple[str, ...]] = {
    "en": ("possibly", "potentially", "perhaps", "conceivably", "theoretically", "in theory"),
    "fr": ("peut-être", "éventuellement", "potentiellement", "possiblement"),
    "nl": (
        "(?<!snel )(?<!goed )(?<!veel )mogelijk",
        "mogelijkerwijs",
        "wellicht",
        "misschien",
        "vermoedelijk",
    ),
    "de": ("möglicherweise", "eventuell", "vielleicht", "womöglich", "vermutlich"),
}


def _alternation(*senses: dict[str, tuple[str, ...]]) -> str:
    return "|".join(word for sense in senses for words in sense.values() for word in words)


# Every hedge word: what these words weigh is not stated as done.
HEDGE_WORDS = _alternation(_MODALS, _SUPPOSED, _ADVERBS)
HEDGE = re.compile(rf"\b(?:{HEDGE_WORDS})\b", re.I)
# The modals alone, for a rule that reads what someone may do ("could file a complaint": considered),
# where the French conditional of a supposed fact says something else ("aurait porté plainte": it
# reportedly was filed, not considered).
MODAL_WORDS = _alternation(_MODALS)
# What is told at second hand. French, Dutch and German say it with the conditional too
# ("auraient dérobé", "zouden … gestolen", HEDGE_WORDS).
HEARSAY_WORDS = "allegedly|reportedly|purportedly|supposedly|prétendument|supposément|angeblich|naar verluidt"
# The conditionals that weigh what was just named, said after it in the same clause: "any
# disruption here would also be very disruptive", "gegevens gestolen zouden kunnen zijn". "Would"
# is no hedge before a fact ("said it would restore the systems" is a future), so it is only here.
CONDITIONAL_WORDS = "would|could|might|pourrai(?:t|ent)|zou(?:den)?|könnte(?:n)?|würde(?:n)?"


def hedged(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does `text` (between characters `start` and `end`) hold a word that weighs a fact?"""
    return HEDGE.search(text, start, len(text) if end is None else end) is not None
