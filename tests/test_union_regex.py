"""The factored French tokenizer pattern accepts exactly the strings spaCy's own pattern accepts."""

from __future__ import annotations

import gzip
import itertools
import json
import re

import pytest
from conftest import shared_path

from veilleur.enrich.union_regex import atoms, compiling_factored, factored, union


def _matches(pattern: str, words: list[str]) -> list[bool]:
    compiled = re.compile(pattern)
    return [compiled.match(word) is not None for word in words]


def test_union_of_atom_sequences_accepts_the_same_strings() -> None:
    alternatives = ["^ab[cd]+$", "^a[xy]?[cd]+$", "^ab$", "^(?:q|r)z[cd]*$", "^zz[cd]+$", "^a$"]
    pattern = "(?iu)" + "|".join(f"(?:{alt})" for alt in alternatives)
    rewritten = factored(pattern)
    assert rewritten is not None and rewritten != pattern
    words = ["".join(p) for n in range(1, 5) for p in itertools.product("abcdqrxyzAB", repeat=n)]
    assert _matches(rewritten, words) == _matches(pattern, words)
    assert sum(_matches(pattern, words)) > 50  # the words exercise every alternative


def test_atoms_refuse_what_they_cannot_factor_safely() -> None:
    assert atoms(r"^a[b\]c]?(?:x|[)]y)+\.z$") == ("^", "a", r"[b\]c]?", "(?:x|[)]y)+", r"\.", "z", "$")
    assert atoms("^a|b$") is None  # a top-level alternation
    assert atoms("^a{2}$") is None
    assert atoms("^a+?$") is None
    assert factored("(?iu)(?:^a$)|(?:b$)") is None  # an alternative without its anchor
    optional = re.compile(union([("^", "a", "$"), ("^", "$")]))  # an empty middle: optional
    assert [bool(optional.match(word)) for word in ("", "a", "b", "aa")] == [True, True, False, False]


def test_other_patterns_compile_unchanged_inside_the_block() -> None:
    with compiling_factored(min_chars=10):
        short = re.compile("(?iu)(?:^a$)")
        long = re.compile("(?iu)(?:^abc[xy]+$)|(?:^abd[xy]+$)")
        odd = re.compile("x" * 12)
    assert short.pattern == "(?iu)(?:^a$)"
    assert long.pattern == "(?iu)(?:^ab(?:c|d)[xy]+$)"
    assert odd.pattern == "x" * 12
    assert re.compile("(?iu)(?:^abc[xy]+$)|(?:^abd[xy]+$)").pattern.startswith("(?iu)(?:^abc")  # restored


def test_spacy_french_token_match_and_its_factored_form_agree_on_real_words() -> None:
    te = pytest.importorskip("spacy.lang.fr.tokenizer_exceptions")
    # The pattern as spaCy writes it (tokenizer_exceptions.py), not TOKEN_MATCH's: when the
    # French model was loaded earlier in this process, spaCy's module was imported inside
    # compiling_factored and TOKEN_MATCH already holds the factored form.
    original = "(?iu)" + "|".join(f"(?:{m})" for m in te._regular_exp)
    assert te.TOKEN_MATCH.__self__.pattern in {original, factored(original)}
    rewritten = factored(original)
    assert rewritten is not None
    assert len(rewritten) < len(original) / 50  # the letter classes are written a few times, not 500
    words: set[str] = set()
    with gzip.open(shared_path("corpus", "news-dev.jsonl.gz"), "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, 1500):
            words.update((json.loads(line).get("markdown") or "").split())
    for prefix in ("anti", "auto", "Contre", "ÉLECTRO", "entr", "grandes", "sous", "vice"):
        for tail in ("-x", "-truc-de", "'abat", "’Été", "-", "-1", "–Abc", "-été\n"):
            words.add(prefix + tail)
    for combo in ("la", "des", "sur", "saint", "près", "lès", "aux", "du", "et"):
        for shape in ("pomme-{}-terre", "Pomme-{}-l'eau", "x-{}-y", "é-{}-l’é", "a-{}-", "-{}-b"):
            words.add(shape.format(combo))
            words.add(shape.format(combo).upper())
    ordered = sorted(words)
    expected = _matches(original, ordered)
    assert sum(expected) > 300
    assert _matches(rewritten, ordered) == expected


def test_french_model_tokenises_and_recognises_as_spacy_loads_it() -> None:
    spacy = pytest.importorskip("spacy")
    from veilleur.enrich import nlp

    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt").read_text(encoding="utf-8")
    reference = spacy.load(nlp.MODELS["fr"], exclude=nlp._EXCLUDE)
    nlp._model.cache_clear()
    ours = nlp._model(nlp.MODELS["fr"])
    assert ours is not None
    for text in (seed, seed[:1200], "L'aujourd'hui porte-parole d'entr'ouvert a dit qu'il est-ce vrai"):
        theirs, mine = reference(text), ours(text)
        assert [t.text for t in mine] == [t.text for t in theirs]
        assert [(e.text, e.label_) for e in mine.ents] == [(e.text, e.label_) for e in theirs.ents]
