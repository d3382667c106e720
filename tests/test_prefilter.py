"""The literal pre-check of `veilleur.text.prefilter` never drops a match: varied fictional texts
(mixed case, accents, the characters `re` folds differently from `str.lower`), every screened
pattern of enrichment, the screened result equal to the pattern's own."""

from __future__ import annotations

import random
import re
import sys

import pytest

from veilleur.enrich import (
    category,
    facts,
    impacts,
    iocs,
    new_threats,
    people,
    priority,
    promotional,
    relevance,
    response,
    threat_context,
    threat_mentions,
    victims,
    vulnerability,
)
from veilleur.text.prefilter import Screened, fold, required_literals, screened

# `veilleur.enrich.victim_sectors` is shadowed by the function of that name in the package.
_SECTORS = sys.modules["veilleur.enrich.victim_sectors"]


def _project_patterns() -> list[Screened]:
    """Every screened pattern enrichment keeps at module level (alone, in a dict or in pairs)."""
    found: dict[int, Screened] = {}
    modules = (category, facts, impacts, people, priority, promotional, relevance, response, _SECTORS)
    # Patterns that ignore case only in parts (`(?i:…)`), screened folded.
    modules += (iocs, new_threats, threat_context, threat_mentions, victims, vulnerability)
    for module in modules:
        for value in vars(module).values():
            items = (
                value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
            )
            for item in items:
                for candidate in item if isinstance(item, tuple) else (item,):
                    if isinstance(candidate, Screened):
                        found[id(candidate)] = candidate
    return list(found.values())


def test_fold_agrees_with_ignorecase_on_every_code_point() -> None:
    """Every character `re.IGNORECASE` matches with an ASCII character folds to its lower case:
    the reason a literal absent from the folded text cannot be part of a match."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for code in range(128):
        char = chr(code)
        for pattern in (re.escape(char), f"[{re.escape(char)}]"):
            for found in re.findall(pattern, every, re.I):
                assert fold(found) == char.lower(), (char, found)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bvisa\b", "Paiement VİSA refusé"),  # 'İ' matches i under IGNORECASE, lowers to 'i̇'
        (r"\bvisa\b", "paiement vıſa"),  # dotless i, long s
        (r"kernel panic", "\u212aernel PANIC"),  # Kelvin sign
        (r"(?<!\w)(?:ransom\w*|rançon)", "Le RANÇON demandée"),
        (r"cyber[- ]?(?:attack|attaque)", "une CYBER-ATTAQUE"),
        (r"data (?:breach|leak)s?", "DATA  breach"),  # two spaces: no match, and none claimed
    ],
)
def test_screened_gives_the_patterns_own_results(pattern: str, text: str) -> None:
    plain = re.compile(pattern, re.I)
    fast = Screened(plain)
    assert fast.literals is not None
    assert fast.findall(text) == plain.findall(text)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.sub("_", text) == plain.sub("_", text)


def test_the_special_characters_are_the_ones_a_lowercasing_check_would_miss() -> None:
    """Without folding 'İ', 'ı', 'ſ' first, a lower-cased text would not contain the literal: the
    test above would fail with a plain `str.lower`."""
    assert "visa" not in "VİSA".lower() and "visa" in fold("VİSA")
    assert re.search("visa", "vıſa", re.I) and "visa" in fold("vıſa")


def test_required_literals_are_derived_only_from_what_a_match_consumes() -> None:
    assert required_literals(re.compile(r"(?<!\w)(?:abc|de)fg", re.I)) == {"abcfg", "defg"}
    assert required_literals(re.compile(r"colou?r", re.I)) == {"colour", "color"}
    assert required_literals(re.compile(r"ab\w*|x", re.I)) is None  # one-letter literal: not worth it
    # Scoped flags: a pattern ignoring case anywhere is screened folded, its literals lower-cased.
    assert required_literals(re.compile(r"(?-i:Abc)|fgh", re.I)) == {"abc", "fgh"}
    assert required_literals(re.compile(r"(?-i:Abc)de|fgh", re.I)) == {"abcde", "fgh"}
    assert required_literals(re.compile(r"Abc(?i:De)|FGH")) == {"abcde", "fgh"}
    assert required_literals(re.compile(r"(?s:Abc.)de")) == {"Abc"}  # other scoped flags: as written
    assert required_literals(re.compile(r"\w+ing")) == {"ing"}
    assert required_literals(re.compile(r"(?:foo)?bar")) == {"bar"}
    assert required_literals(re.compile(r"sécurité", re.I)) == {"curit"}  # ASCII runs only


_ODD = "İıſ\u212aÉéÀàÇçÜüÖößẞ’'"


def _variants(word: str, rng: random.Random) -> str:
    """The word as a page might write it: any case, and letters swapped for those `re` equates."""
    out = []
    for char in word:
        roll = rng.random()
        if char in "iI" and roll < 0.15:
            out.append(rng.choice("İı"))
        elif char in "sS" and roll < 0.1:
            out.append("ſ")
        elif char in "kK" and roll < 0.1:
            out.append("\u212a")
        else:
            out.append(char.upper() if rng.random() < 0.4 else char.lower())
    return "".join(out)


def _texts(pattern: str, rng: random.Random, count: int) -> list[str]:
    """Fictional texts made of the pattern's own words (so that many match), mixed case, odd
    characters and separators between them."""
    words = re.findall(r"[^\W\d_]{2,}", pattern) or ["word"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            choice = rng.random()
            if choice < 0.7:
                parts.append(_variants(rng.choice(words), rng))
            elif choice < 0.85:
                parts.append(rng.choice(_ODD))
            else:
                parts.append(rng.choice(["the", "de", "12", "Σ", "a"]))
            parts.append(rng.choice([" ", "  ", "-", "\n", ". ", "’", "'", ""]))
        texts.append("".join(parts))
    return texts


def test_no_project_pattern_loses_a_match_on_varied_texts() -> None:
    rng = random.Random(17)
    patterns = _project_patterns()
    assert len(patterns) >= 100
    assert sum(p.literals is not None for p in patterns) >= 0.8 * len(patterns)
    matched = 0
    for fast in patterns:
        for text in _texts(fast.pattern.pattern, rng, 150):
            expected = [m.span() for m in fast.pattern.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, (fast.pattern.pattern[:60], text)
            assert fast.findall(text) == fast.pattern.findall(text)
            matched += bool(expected)
    assert matched > 1000  # the texts do exercise matches, not only misses


def test_screened_is_the_compiled_pattern() -> None:
    fast = screened(r"back online|restored", re.I)
    assert fast.pattern.flags & re.I and fast.search("Systems are BACK ONLINE") is not None
    assert fast.search("systems back\nonline") is None


def test_a_pattern_made_after_a_text_was_screened_still_finds_its_literals() -> None:
    """The literals of all patterns are found in one pass and remembered per text: a pattern made
    later brings new literals, which the next screening of the same text must look for."""
    text = "Le zorblaxe du QUINTROPHE, an 2031"
    assert screened(r"quintrophe", re.I).search(text) is not None
    assert screened(r"zorblaxe\b", re.I).search(text) is not None
    assert screened(r"\bzorblaxes\b", re.I).search(text) is None
    assert screened(r"QUINTROPHE").search(text) is not None  # case-sensitive literals: the text as written
    assert screened(r"Quintrophe").search(text) is None


def test_patterns_made_on_one_thread_while_others_screen_give_the_patterns_answers() -> None:
    """A worker runs jobs on threads: a module imported by one registers its patterns while the
    others screen texts. No screening fails, and each pattern answers as the pattern itself."""
    import threading

    texts = [f"zq{n}vortal and xk{n}brume" for n in range(40)]
    made: list[tuple[Screened, re.Pattern[str]]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def screen() -> None:
        try:
            while not done.is_set():
                for fast, slow in list(made):
                    for text in texts:
                        assert (fast.search(text) is None) == (slow.search(text) is None)
        except BaseException as exc:  # reported below: an assertion or a reset automaton
            errors.append(exc)

    readers = [threading.Thread(target=screen) for _ in range(3)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch between any two steps: the races show
    for reader in readers:
        reader.start()
    try:
        for n in range(40):
            for word in (f"zq{n}vortal", f"xk{n}brume", f"nowhere{n}word"):
                made.append((screened(word, re.I), re.compile(word, re.I)))
    finally:
        done.set()
        for reader in readers:
            reader.join()
        sys.setswitchinterval(interval)
    assert errors == []


_TEXTS = [
    (
        "Ransomware attack hits Kestrel Hospital: patient data stolen",
        "The LockBit ransomware gang claimed an attack on Kestrel Hospital, a healthcare provider in Lyon, "
        "France. Hackers stole 2 TB of patient records and demanded a $2 million ransom; systems were "
        "encrypted and patients were transferred. Police arrested two suspects, who were charged and "
        "sentenced. The bank and the university were also breached; a phishing campaign and a DDoS hit "
        "the ministry. A critical vulnerability (CVE-2024-12345) in Fortinet firewalls was exploited.",
    ),
    (
        "Cyberattaque contre la mairie de Nantes : des données volées",
        "Une cyberattaque par rançongiciel a frappé la mairie et l'hôpital. Les pirates ont dérobé des "
        "données personnelles et exigé une rançon. Deux suspects ont été interpellés et mis en examen. "
        "La faille de sécurité a été corrigée; l'école et la banque ont été touchées par une fuite.",
    ),
]


def test_patterns_read_with_count_or_first_are_marked_for_prepare() -> None:
    """`prepare` builds the folded rewritings of the patterns marked `counted` only: every pattern
    enrichment reads with `count` or `first` must be marked (else each worker rewrites it)."""
    from veilleur.enrich import enrich
    from veilleur.models import Article
    from veilleur.text import prefilter

    read: list[Screened] = []
    original = Screened._folded_or_own

    def recording(self: Screened, text: str) -> tuple[re.Pattern[str], str]:
        read.append(self)
        return original(self, text)

    Screened._folded_or_own = recording  # type: ignore[method-assign]
    try:
        for title, text in _TEXTS:
            enrich(
                Article(
                    url="https://example.org/a", canonical_url="https://example.org/a", title=title, text=text
                )
            )
    finally:
        Screened._folded_or_own = original  # type: ignore[method-assign]
    assert len(set(read)) > 20  # the texts do reach many of them
    unmarked = {s.pattern.pattern[:80] for s in read if s not in prefilter._COUNTED}
    assert not unmarked


def test_prepare_rewrites_the_counted_patterns_only() -> None:
    from veilleur.text import prefilter

    marked = screened(r"\bvoilà\b", re.I)
    other = screened(r"\bailleurs\b", re.I)
    prefilter.counted([marked])
    prefilter.prepare()
    assert isinstance(marked._folded, re.Pattern)
    assert other._folded is False  # rewritten at its first count or first, if ever
    assert other.count("Ailleurs, ailleurs") == 2 and isinstance(other._folded, re.Pattern)
