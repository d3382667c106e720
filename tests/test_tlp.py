"""TLP labels: order, the strictest of a story's sources, what a public channel may carry."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veilleur.models import Source, Tlp


def test_strictest_label_wins() -> None:
    assert Tlp.strictest([Tlp.CLEAR, Tlp.AMBER_STRICT, Tlp.GREEN]) is Tlp.AMBER_STRICT
    assert Tlp.strictest([Tlp.AMBER, Tlp.RED]) is Tlp.RED
    assert Tlp.strictest([]) is Tlp.CLEAR


def test_allows_up_to_the_limit() -> None:
    assert Tlp.CLEAR.allows(Tlp.CLEAR)
    assert not Tlp.GREEN.allows(Tlp.CLEAR)
    assert Tlp.AMBER.allows(Tlp.AMBER_STRICT)
    assert not Tlp.RED.allows(Tlp.AMBER_STRICT)
    assert Tlp.AMBER_STRICT.label == "TLP:AMBER+STRICT"


def test_source_label_defaults_to_clear_and_is_checked() -> None:
    assert Source(name="a", url="https://a.example/feed").tlp is Tlp.CLEAR
    assert Source(name="a", url="https://a.example/feed", tlp="amber+strict").tlp is Tlp.AMBER_STRICT
    with pytest.raises(ValidationError):
        Source(name="a", url="https://a.example/feed", tlp="white")
