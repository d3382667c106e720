"""A name's document relations read through the short form the article gives it in brackets.

"Jaguar Land Rover (JLR) has announced a further extension to its shutdown" under the headline "JLR
stuck in neutral … amid cyberattack cleanup": the page ties the attack to "JLR" only, so the full
name, whose mentions `victim_relations.document_relations` reads, stayed `doc:untied` (the model's
strongest weight against) though it is the story's victim. When the full name is untied and the
headline opens with its short form, tied, the short form's ties are the name's.
"""

from __future__ import annotations

import re

from veilleur.enrich.victim_relations import document_relations

# The short form in brackets right after a name: "Jaguar Land Rover (JLR)".
_SHORT = re.compile(r"\s\((?P<short>[A-Z][A-Za-z0-9&]{1,7})\)")


def _short_form(name: str, text: str) -> re.Match[str] | None:
    """The short form after the first mention of `name` (not inside a longer word) that has one.

    A pattern built per name (the name escaped, then its bracket) cost a compilation per candidate of every
    page, 5 % of enrichment, and filled `re`'s cache: the name is looked up as a string instead."""
    at = text.find(name) if name else -1
    while at >= 0:
        before = text[at - 1] if at else ""
        if not (before.isalnum() or before == "_"):
            short = _SHORT.match(text, at + len(name))
            if short is not None:
                return short
        at = text.find(name, at + 1)
    return None


def name_relations(name: str, text: str) -> set[str]:
    """`document_relations` of `name`, with those of its bracketed short form ("X (ABC)") when only
    the short form's mentions tie it to the attack."""
    relations = document_relations(name, text)
    if "doc:untied" not in relations or "(" not in text:
        return relations
    short = _short_form(name, text)
    # (the short form the headline opens with, its subject: not "settle FCC data breach investigation",
    # where the regulator's initials describe another's breach, nor a thing named in the lead only)
    if short is None or not text.startswith(f"{short.group('short')} "):
        return relations
    through = document_relations(short.group("short"), text)
    if "doc:untied" in through:
        return relations
    return (relations - {"doc:untied"}) | through
