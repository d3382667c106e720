"""The console's languages: French by default, English available.

Template strings are English msgids translated by gettext catalogs (`locale/<lang>.po`), read
with Babel at first use and kept in memory (no compiled .mo file to forget to rebuild)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


@cache
def translations(lang: str) -> NullTranslations:
    """The catalog of `lang` ("fr"); English is the msgids themselves."""
    if lang not in LANGUAGES or lang == "en":
        return NullTranslations()
    source = files("veilleur.web").joinpath("locale", f"{lang}.po").read_bytes()
    catalog = read_po(BytesIO(source), locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def choose(query: str | None, cookie: str | None) -> str:
    """The language asked by `?lang=`, else the cookie's, else French."""
    for wanted in (query, cookie):
        if wanted in LANGUAGES:
            return wanted
    return DEFAULT
