"""A web address written out in the text names no threat (guide §13: names only in a url are not
labelled): "…+pages+pushing+IcedID+Bokbot/29344" is a link to another post. Fictional text."""

from __future__ import annotations

from veilleur.enrich.actors import find_threats

POST = """Fake editor pages push Quillfeather Stealer
I wrote about this before:

https://isc.example/diary/Google+ads+lead+to+fake+software+pages+pushing+IcedID+Bokbot/29344

<https://blog.example/lumma-stealer-spreads-via-fake-captcha

Today the fake page served Quillfeather Stealer malware."""


def test_a_name_only_in_an_address_is_no_threat() -> None:
    assert [m.name for m in find_threats(POST)[1]] == ["Quillfeather Stealer"]


def test_a_name_the_text_writes_outside_the_address_stays() -> None:
    text = "The IcedID malware was pushed by ads, as shown at https://isc.example/diary/IcedID/1 today."
    assert [m.name for m in find_threats(text)[1]] == ["IcedID"]
