"""A person charged came out as 'Danny" Wang of' or 'Wei Wang of': the span read as the name kept
a quote whose pair was cut off and the preposition before the person's town. Names are trimmed of
unbalanced quotes and of the words that cannot end or start a name (EN/FR prepositions, articles,
conjunctions); a nickname in balanced quotes stays another name of the person. Fictional people."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.people_shapes import trim_name
from veilleur.models import Article


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ('Danny" Wang of', "Danny Wang"),
        ("'Danny\" Wang", "Danny Wang"),
        ("“Danny Wang", "Danny Wang"),
        ("Wei Wang of", "Wei Wang"),
        ("Jean Dupont de", "Jean Dupont"),
        ("Jean Dupont et", "Jean Dupont"),
        ("de Jean Dupont", "Jean Dupont"),
        ("Marie Durand, du", "Marie Durand"),
        ("the Wang from", "Wang"),
        ('Wei "Danny" Wang', 'Wei "Danny" Wang'),
        ("Seán O'Rourke", "Seán O'Rourke"),
        ("Jean de La Fontaine", "Jean de La Fontaine"),
        ("Ana d'Almeida", "Ana d'Almeida"),
    ],
)
def test_a_name_is_trimmed_of_debris(written: str, name: str) -> None:
    assert trim_name(written) == name


def _actors(title: str, text: str, lang: str = "en") -> list[tuple[str, list[str]]]:
    article = Article(url="https://n.example/a", canonical_url="https://n.example/a", title=title, text=text,
                      lang=lang)  # fmt: skip
    return [(actor.name, actor.aliases) for actor in enrich(article).threat_actors]


def test_a_charged_person_of_a_town_with_a_nickname_comes_out_clean() -> None:
    found = _actors(
        "Hacker charged",
        'Federal prosecutors charged Wei "Danny" Wang of Shenzhen with computer intrusion. '
        "Wang was arrested in March.",
    )
    assert found == [("Wei Wang", ['Wei "Danny" Wang', "Danny"])]


def test_no_actor_keeps_an_unbalanced_quote() -> None:
    found = _actors(
        "Hacker charged",
        'Prosecutors said that Li Ming, known as Danny" Wang of Shenzhen, was charged with wire fraud.',
    )
    names = [n for name, aliases in found for n in (name, *aliases)]
    assert names and not any(n.count('"') % 2 or n.endswith((" of", " de")) for n in names)
