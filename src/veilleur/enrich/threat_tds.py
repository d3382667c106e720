"""A malicious traffic distribution system named as such ("VexTrio, which is thought to be the oldest
malicious traffic distribution system (TDS)", "X, a malicious TDS"): a crime group's service that
sends victims to scams and malware, an actor (guide §13: facilitators are actors). A TDS the text
does not call malicious may be an advertiser's software, abused or not: no actor. Read by `new_threats`."""

from __future__ import annotations

import re
from functools import lru_cache

_NAME = r"([A-Z][A-Za-z0-9$]{2,30})"
_TDS = r"(?:traffic\sdistribution\s(?:system|service|network)s?|TDS(?:es)?)\b"
_MALICIOUS = r"(?i:malicious|criminal|rogue|fraudulent|scam)"


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern[str], ...]:
    """Compiled at first use, not at import."""
    return (
        # "VexTrio, which is thought to be the oldest malicious traffic distribution system", "X, a
        # malicious TDS", "X, the largest criminal TDS"
        re.compile(
            rf"(?<![\w$-]){_NAME},\s(?:(?:which|that)\s(?:is|was)\s(?:[\w-]+\s){{0,3}}?)?(?:a|an|the)\s"
            rf"(?:[\w-]+\s){{0,2}}?{_MALICIOUS}\s{_TDS}"
        ),
        # "a malicious traffic distribution system called X", "the criminal TDS known as X"
        re.compile(rf"\b{_MALICIOUS}\s{_TDS}\s(?:(?:called|named|dubbed|known\sas)\s)[\"“‘']?{_NAME}\b"),
    )


def malicious_tds_names(text: str) -> list[str]:
    """Names the text gives a malicious traffic distribution system, in order, each once."""
    if "TDS" not in text and "traffic distribution" not in text:
        return []
    return list(dict.fromkeys(m.group(1) for shape in _shapes() for m in shape.finditer(text)))
