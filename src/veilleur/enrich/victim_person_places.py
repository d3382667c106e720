"""A person's name that holds a place's ("Jordan Smith", "Paris Hilton", "Kenya Moore", "India
Walton") says nothing of where the person lives: a victim the page reads as a person takes no
country from its own name, nor from the page's countries that only its name gave ("Jordan" is the
page's one country when the page names no other). The place's words are hidden in the name and in
the page before its country is read, so every reading (own words, apposition, sentence, page)
skips them alike."""

from __future__ import annotations

from veilleur.enrich.geo import place_spans


def hidden_places(name: str) -> str:
    """The name with each place it holds written as letters of the same length no place has
    ("Qqqqqq Smith" for "Jordan Smith"); the name itself when it holds none."""
    out = name
    for start, end in place_spans(name):
        out = out[:start] + "Q" + "q" * (end - start - 1) + out[end:]
    return out


def without_name_places(name: str, *texts: str) -> tuple[str, ...]:
    """The name with its places hidden (`hidden_places`), then each of `texts` with every mention of
    the name written so: the same offsets, the person's other words kept."""
    hidden = hidden_places(name)
    return (hidden, *(text.replace(name, hidden) for text in texts))
