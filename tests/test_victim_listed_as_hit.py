"""A list of three names or more said to have suffered an attack together ("A, B, and C have all
been hit"): each name is the passive's subject (`victim_relations.listed_as_hit`), and a name of
it that is also an English word is still a name. Every name and sentence is fictional."""

from __future__ import annotations

from veilleur.enrich.victim_model import candidates, choose
from veilleur.enrich.victim_relations import listed_as_hit, relation_features


def _read(sentence: str, name: str) -> bool:
    at = sentence.find(name)
    return listed_as_hit(sentence, at, at + len(name))


def test_every_name_of_a_list_said_to_be_hit_is_tied() -> None:
    sentence = "Big brands such as Orvane, Pelican, and Kestrel Bank have all been hit over the years."
    assert all(_read(sentence, name) for name in ("Orvane", "Pelican", "Kestrel Bank"))
    at = sentence.find("Orvane")
    assert "rel:passive" in relation_features(sentence, at, at + len("Orvane"))
    assert _read("Orvane, Pelican and Kestrel were breached last spring.", "Pelican")


def test_no_list_no_tie() -> None:
    # two names are no such list; a list that is an object or hit nothing is none either
    assert not _read("Orvane and Pelican have been targeted by the same crew.", "Orvane")
    assert not _read("The outage disrupted Orvane, Pelican and Kestrel for hours.", "Pelican")
    assert not _read("Orvane, Pelican and Kestrel have all been renamed.", "Pelican")
    # a part of a longer run is no name of the list
    assert not _read("Orvane, Pelican Bay and Kestrel have all been hit.", "Pelican")


def test_an_english_word_in_such_a_list_is_a_victim() -> None:
    text = (
        "Fraudsters read what people share online and buy what others steal. They know your pets' names "
        "and your favourite shop. Well-known firms like Quorvex, Lantern, and Halvorsen Bank have all been hit, and "
        "their stolen records end up for sale on criminal forums."
    )
    chosen = {c.name for c in choose(candidates("How fraudsters turn leaked data into tailored lures", text))}
    assert {"Quorvex", "Lantern", "Halvorsen Bank"} <= chosen  # "Lantern" is an English word


def test_such_a_list_past_the_lead_is_chosen() -> None:
    # a blog post's advice names the firms hit deep in its body, under a headline that names no
    # attack: the model scores each name under its threshold for lack of a verb of its own
    filler = "Your details travel further than you think once you post them on a public profile. " * 14
    text = filler + "Big names like Quorvex, Lantern, and Tallow have all been hit."
    found = candidates("How fraudsters use your data to craft tricks", text, category="research-tooling")
    assert {"Quorvex", "Lantern", "Tallow"} <= {c.name for c in choose(found)}
