"""A figure about flaws as a class is a statistic, not one product's flaw.

"Most of 2023's top exploited vulnerabilities were zero-days", "Google's shift to Rust cuts Android memory
vulnerabilities by 52%", "In 2022, more than 40% of zero-day exploits were variants of previous issues":
the headline's flaw words are a plural class, measured by a share or a change, so the page reports
figures over many flaws. The guide (bench/data/intel/GUIDE.md §4) files reports with threat statistics,
and research over many products, as `research-tooling`; `vulnerability` is a specific flaw in a named
product. A share told of one flaw ("nOAuth vulnerability still affects 9% of apps") stays that flaw.
"""

from __future__ import annotations

import re

from veilleur.enrich.category_rules import advisory
from veilleur.enrich.category_shapes import MANY_PRODUCTS

# A share or a change: "40% of", "by 52%", "most of", "the majority of", "half of" (EN/FR/DE/NL).
_FIGURE = re.compile(
    r"(?<!\w)(?:\d+(?:[.,]\d+)? ?(?:%|percent|per cent) of|by \d+(?:[.,]\d+)? ?(?:%|percent|per cent)|"
    r"(?:most|(?:the )?majority|half) of(?! (?:them|these|those|which|it)\b)|la plupart des|la majorité des|"
    r"\d+ ?% des|die meisten|die mehrheit der|\d+ ?% der|de meeste|\d+ ?% van)(?!\w)",
    re.I,
)
# Flaws as a plural class (EN/FR/DE/NL), and the words of one flaw.
_CLASS = re.compile(
    r"(?<!\w)(?:vulnerabilities|flaws|bugs|zero[- ]days|0-days|zero[- ]day (?:exploits|vulnerabilities|flaws|bugs)|"
    r"exploits|cves|vulnérabilités|failles|schwachstellen|sicherheitslücken|kwetsbaarheden)\b",
    re.I,
)
_ONE = re.compile(
    r"(?<!\w)(?:vulnerability|flaw|bug|cve-\d+-\d+|vulnérabilité|faille|schwachstelle|sicherheitslücke|"
    r"kwetsbaarheid)\b",
    re.I,
)


# A vendor's patches or fixes: "Microsoft patches 72 flaws, most of them critical" is its Patch Tuesday.
_PATCH = re.compile(r"(?<!\w)(?:patch\w*|fix\w*|correctif\w*|corrige\w*|behebt|verhelp\w*|updates?)\b", re.I)


def many_flaws(title: str) -> bool:
    """The headline's flaws are many: across many products (category_shapes.MANY_PRODUCTS) unless it is an
    advisory on their exploitation or patches, or a class measured by a figure (whatever it measures)."""
    return (MANY_PRODUCTS.search(title) is not None and not advisory(title)) or flaw_statistics(title)


def flaw_statistics(title: str) -> bool:
    """The headline measures flaws as a class by a share or a change, and names no single flaw."""
    found = _FIGURE.search(title) and _CLASS.search(title)
    return bool(found) and _ONE.search(title) is None and _PATCH.search(title) is None
