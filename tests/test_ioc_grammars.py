"""ioc-finder's grammars built with the faster `one_of` are pyparsing's own."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pyparsing
import pytest

from veilleur.enrich import ioc_grammars

SRC = Path(__file__).resolve().parents[1] / "src"

pytestmark = pytest.mark.skipif(
    pyparsing.__version__ != ioc_grammars.PYPARSING,
    reason="the faster one_of is used with pyparsing 3.3.3 only",
)


def _same(ours: pyparsing.ParserElement, theirs: pyparsing.ParserElement, choices: list[str]) -> None:
    assert type(ours) is type(theirs)
    assert str(ours) == str(theirs)  # the name: every choice, in order
    assert getattr(ours, "pattern", None) == getattr(theirs, "pattern", None)
    assert getattr(ours, "flags", None) == getattr(theirs, "flags", None)
    assert len(ours.parseAction) == len(theirs.parseAction)
    for choice in choices[:200]:
        for written in {choice, choice.upper(), choice.lower()}:
            try:
                expected = theirs.parse_string(written).as_list()
            except pyparsing.ParseException:
                with pytest.raises(pyparsing.ParseException):
                    ours.parse_string(written)
                continue
            assert ours.parse_string(written).as_list() == expected


def test_every_one_of_ioc_finder_builds_is_pyparsings() -> None:
    """In a fresh process, each of ioc-finder's one_of calls is built both ways and compared."""
    script = f"""
import json, sys
import pyparsing
sys.path.insert(0, {str(SRC)!r})
from veilleur.enrich import ioc_grammars
original = pyparsing.one_of
calls = []
def both(strs, caseless=False, use_regex=True, as_keyword=False, **kwargs):
    choices = strs.split() if isinstance(strs, str) else list(strs)
    calls.append([choices, caseless, use_regex, as_keyword])
    return original(strs, caseless, use_regex, as_keyword, **kwargs)
pyparsing.one_of = both
import ioc_finder
print(json.dumps(calls))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    calls = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(calls) >= 15 and sum(len(c[0]) >= ioc_grammars.SMALL for c in calls) >= 5
    for choices, caseless, use_regex, as_keyword in calls:
        theirs = pyparsing.one_of(list(choices), caseless, use_regex, as_keyword)
        ours = ioc_grammars._one_of(pyparsing.one_of, list(choices), caseless, use_regex, as_keyword)
        _same(ours, theirs, choices)


@pytest.mark.parametrize("caseless", [True, False])
def test_repeats_prefixes_and_case_are_reordered_as_pyparsing_does(caseless: bool) -> None:
    rng = random.Random(17)
    letters = "abAB.ßSs-"
    for _ in range(30):
        choices = [
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 5)))
            for _ in range(rng.randint(50, 120))
        ]
        choices += ["", "ab", "AB", "ab"]
        rng.shuffle(choices)
        theirs = pyparsing.one_of(list(choices), caseless=caseless)
        ours = ioc_grammars._one_of(pyparsing.one_of, list(choices), caseless, True, False)
        _same(ours, theirs, choices)


def test_finder_builds_the_grammars_once_and_restores_one_of() -> None:
    module = ioc_grammars.finder()
    assert ioc_grammars.finder() is module
    assert pyparsing.one_of.__module__ == "pyparsing.helpers"
    found = module.find_iocs("Payload from http://bad-host.com/x.exe and 203.0.113.7 (refanged).")
    assert "bad-host.com" in found["domains"] and found["ipv4s"] == ["203.0.113.7"]
