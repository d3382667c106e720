"""A crypter named by a naming verb, and a legitimate thing that a naming verb names, on made-up
sentences (labelling guide §7: offensive tools are named as written; legitimate software abused is
no malware)."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats


def _malware(text: str) -> list[str]:
    return [m.name for m in find_threats(text)[1]]


def test_a_crypter_service_is_named_whole() -> None:
    text = (
        "Attack Flow of Campaign Using Ghost Crypt\n"
        "The operators used a new crypter-as-a-service offering known as Ghost Crypt to run PureRAT."
    )
    assert "Ghost Crypt" in _malware(text)  # a crypter is an offensive tool (guide §7)


def test_a_legitimate_thing_named_after_a_threat_word_is_no_family() -> None:
    text = (
        "The payload relies on DLL hijacking via a legitimate service called Examplesoft Transaction "
        "Broker to start."
    )
    assert _malware(text) == []
