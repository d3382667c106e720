"""When a threat was first seen is its history, not the date of the attack an article tells.

"The backdoor, first documented in March 2019, was used in the attack", "first seen in June 2023",
"active since May 2022" date the malware or the gang, and were told as "l'attaque a eu lieu en mars
2019". A breach "first detected" or "first discovered" on a day keeps that day: discovery is the
incident's own date; so does "first reported" (its disclosure, `statement_dates._STATEMENT_BEFORE`).
"""

from __future__ import annotations

import re

_HISTORY = re.compile(
    r"\b(?:first\s(?:seen|documented|spotted|observed|identified|described|detailed|appeared|emerged|surfaced|"
    r"active|publicly\sdocumented|publicly\sreported)|"
    r"(?:seen|documented|spotted|observed|identified|described)\sfor\sthe\sfirst\stime|"
    r"(?:been\s)?(?:active|operating|operational|in\soperation)|(?:been\s)?(?:formed|founded|established)|"
    r"(?:observé|documenté|repéré|identifié|décrit)e?s?\spour\sla\spremière\sfois|apparue?s?|"
    r"actif|active|actifs|actives|"
    r"erstmals\s(?:gesehen|entdeckt|beobachtet|dokumentiert)|aktiv|"
    r"voor\shet\seerst\s(?:gezien|waargenomen|beschreven)|actief)\s(?:\w+\s)?$",
    re.I,
)


# The event itself as the subject: "These attacks, which were first observed on December 6",
# "The campaign … active since September" date the attacks the article tells.
_EVENT = re.compile(
    r"\b(?:attacks?|campaigns?|activity|intrusions?|operations?|incidents?|breach|wave)\b", re.I
)


def threat_history(sentence: str, start: int) -> bool:
    """Does the date starting at character `start` of `sentence` date when a threat was first seen?"""
    return _HISTORY.search(sentence, max(0, start - 60), start) is not None and not _EVENT.search(
        sentence, 0, start
    )
