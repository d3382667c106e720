"""`find_names` skips words with no capital and no digit without looking at where they stand:
the names it finds are those of the word-by-word reading it replaced, on any text."""

from __future__ import annotations

import random

import pytest

from veilleur.text import names
from veilleur.text.names import find_names

TEXTS = [
    "L'ANSSI a alerté lundi: le groupe Kestrel a frappé l'hôpital de Valmont. Selon Acme Labs, "
    "le rançongiciel njRAT et APT28 sont en cause. Sujet : Nouvelle attaque contre la ville.",
    "researchers at acme found cve-2031-12345 in the vpn; Acme's team said ab1c and x²y were used.",
    "Die Stadtverwaltung von Kestrelburg wurde Opfer. (Valmont) «Orbix» “Nordlicht” 3CX, 7-Zip.",
    "",
    "...-- ' ’ l’Orbix d'Acme qu’APT99 ǅemal ﬁrm Ⅻ ١٢٣ abc١",
]


def _reference(text: str) -> list[str]:
    """The reading before plain words were skipped: every token's place looked at."""
    found = []
    for match in names._TOKEN.finditer(text):
        token = match.group(0).strip(".-")
        before = text[max(0, match.start() - 6) : match.start()]
        starts = bool(names._SENTENCE_START.search(before)) or (
            bool(names._AFTER_COLON.search(before))
            and names.fold(token.split("'")[0].split("’")[0]) in names.FUNCTION_WORDS
        )
        if names._is_name(token, starts):
            found.append(token.split("'")[-1].split("’")[-1])
    return found


def test_written_texts_give_the_same_names() -> None:
    for text in TEXTS:
        assert find_names(text) == _reference(text)
    assert "Kestrel" in find_names(TEXTS[0]) and "ab1c" in find_names(TEXTS[1])


def test_random_texts_give_the_same_names() -> None:
    alphabet = "aAbBéÉzZ019²١ǅ'’.-:;!?«(\" \n\t"
    rng = random.Random(12)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
        assert find_names(text) == _reference(text), text


class _Counting:
    """A pattern that counts the places it is asked about."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text: str) -> object:
        self.calls += 1
        return self.pattern.search(text)  # type: ignore[attr-defined]


def test_plain_words_place_is_not_looked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(names._SENTENCE_START)
    monkeypatch.setattr(names, "_SENTENCE_START", counting)
    found = find_names("the hospital of Valmont was hit by kestrel and APT28 on monday")
    assert found == ["Valmont", "APT28"]
    assert counting.calls == 2  # "Valmont" and "APT28": the ten plain words are not looked at


def test_whole_word_starts_finds_a_name_only_where_no_letter_touches_it() -> None:
    from veilleur.text.names import whole_word_starts

    text = "Acme's clients and (Acme) were hit, but Acmeware and MegaAcme were not."
    assert whole_word_starts(text, "Acme") == [0, 20]
    assert whole_word_starts(text, "") == []
