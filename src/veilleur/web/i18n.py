"""The console's languages: French by default, English available.

Template strings are English msgids translated by gettext catalogs (`locale/<lang>.po`), read
with Babel at first use and kept in memory (no compiled .mo file to forget to rebuild)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib.resources import files
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from pydantic import TypeAdapter

from veilleur.models import PriorityReason
from veilleur.models.intel import Reason
from veilleur.models.signals import ENGLISH, SCORE_NAMES, Said, Signal, SignalCode
from veilleur.publish import labels
from veilleur.text.french import IMPACT_NAMES, SECTOR_NAMES

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


@cache
def translations(lang: str) -> NullTranslations:
    """The catalog of `lang` ("fr"); English is the msgids themselves."""
    if lang not in LANGUAGES or lang == "en":
        return NullTranslations()
    source = files("veilleur.web").joinpath("locale", f"{lang}.po").read_bytes()
    catalog = read_po(BytesIO(source), locale=lang)
    # Sector and impact codes the pages show (`healthcare`, `ransom_demanded`) take the French names
    # the posts and the register use, kept in one place (text/french.py), not copied here.
    for code, name in [*((s.value, n) for s, n in SECTOR_NAMES.items()), *IMPACT_NAMES.items()]:
        if code not in catalog:
            catalog.add(code, name)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def named(lang: str) -> Callable[[str], str]:
    """A code in `lang` ("healthcare" → "santé"), an amount after it kept as written: the register's
    "data_stolen (400 Go)" → "données volées (400 Go)"."""
    gettext = translations(lang).gettext

    def name(code: str) -> str:
        head, bracket, rest = code.partition(" (")
        return gettext(head) + bracket + rest if bracket else gettext(code)

    return name


def reason(lang: str) -> Callable[[object], str]:
    """A priority reason in `lang` (the record, or its JSON as the Story page holds it), worded from
    its code and values, points kept: French as the alerts and the digest say it
    (`publish/labels.reason`), English as enrichment records it."""
    word: Callable[[PriorityReason], str] = labels.reason if lang == "fr" else str

    def say(value: object) -> str:
        return word(_REASON.validate_python(value))

    return say


_REASON: TypeAdapter[PriorityReason] = TypeAdapter(Reason)


# The notes the console's own actions leave on the story page (`/stories/N?note=saved`): only
# these are shown. The address is anyone's to write, and `_()` marks what it returns as safe HTML.
NOTES = frozenset({"saved", "merged", "split", "corrected", "approved", "rejected", "published", "busy"})


def signal(lang: str) -> Callable[[object], str]:
    """A clustering signal in `lang` (the record, or the text a release before the codes stored),
    worded from its code: "shared CVE" with its ids → "CVE commune CVE-2026-1000"."""
    gettext = translations(lang).gettext

    def say(value: object) -> str:
        said = _SIGNAL.validate_python(value)
        values = said.values
        if said.code == SignalCode.SCORES:
            return ", ".join(f"{gettext(name)} {v}" for name, v in zip(SCORE_NAMES, values, strict=False))
        if said.code == SignalCode.WRITTEN:
            return "".join(values)
        if said.code == SignalCode.CLUSTERING_FAILED:
            attempts, reason = values
            return gettext(ENGLISH[said.code]).format(attempts=attempts, reason=reason)
        head = gettext(ENGLISH[said.code])
        return f"{head} {', '.join(values)}" if values else head

    return say


_SIGNAL: TypeAdapter[Signal] = TypeAdapter(Said)


def choose(query: str | None, cookie: str | None) -> str:
    """The language asked by `?lang=`, else the cookie's, else French."""
    for wanted in (query, cookie):
        if wanted in LANGUAGES:
            return wanted
    return DEFAULT
