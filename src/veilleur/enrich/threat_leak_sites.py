"""A gang named only as the owner of a leak site the law seized: "leak site for BlackSuit seized",
"BlackSuit's leak site was taken down", "police seized the data leak site of X". Only an extortion
gang runs a leak site, so its owner is a threat actor (guide §6) even when the text gives it no
other threat's word; a seizure tells no attack, so no malware either. Read by `new_threats`."""

from __future__ import annotations

import re
from functools import lru_cache

# The gang's site: "leak site", "data leak blog", "dark web leak sites", "Tor extortion portal".
_SITE = (
    r"(?i:(?:(?:data|dark[\s-]web|Tor|onion|extortion)\s)?(?:leak|extortion)\s(?:site|blog|portal|page)s?)"
)
# What the law did to it.
_SEIZED = r"(?i:seized|taken\s(?:down|offline)|dismantled|shut\sdown|disrupted)"
_BEEN = (
    r"(?:(?:was|were|has\sbeen|have\sbeen|is|are|got|had\sbeen)\s)?(?:(?:reportedly|also|now|apparently)\s)?"
)
# A gang's name: one capitalised word of letters and digits ("BlackSuit", "8Base"), or two after "for"/"of".
_ONE = r"[A-Z0-9][A-Za-z0-9$]{2,30}"
_KIND = r"(?:\s(?i:ransomware|extortion))?(?:\s(?i:gang|group|crew|operation))?"


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern[str], ...]:
    """Compiled at first use, not at import."""
    return (
        # "leak site for BlackSuit seized", "the leak site of the X gang was taken down"
        re.compile(rf"\b{_SITE}\s(?:for|of)\s(?:the\s)?({_ONE}(?:\s{_ONE})?){_KIND},?\s{_BEEN}{_SEIZED}\b"),
        # "BlackSuit's leak site seized", "X's dark web leak sites have been taken down"
        re.compile(rf"(?<![\w$])({_ONE})['’]s?{_KIND}\s{_SITE}\s{_BEEN}{_SEIZED}\b"),
        # "police seized the data leak site of X", "took down the leak blog run by the X gang"
        re.compile(
            rf"\b(?i:seized|took\sdown|dismantled|shut\sdown|disrupted)\s(?:the\s)?(?:\w+\s)?{_SITE}\s"
            rf"(?:of|for|(?:used|run|operated)\sby)\s(?:the\s)?({_ONE}(?:\s{_ONE})?){_KIND}\b"
        ),
    )


def leak_site_owners(text: str) -> list[str]:
    """Names of gangs whose leak site the text says was seized, in order, each once."""
    if "leak" not in text.casefold() and "extortion" not in text.casefold():
        return []
    found = [m.group(1) for shape in _shapes() for m in shape.finditer(text)]
    return list(dict.fromkeys(found))
