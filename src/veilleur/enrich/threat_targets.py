"""Names a list gives as the systems, apps or products attacked or used, not as threats: "messaging
apps like Signal, Telegram, and WhatsApp, and Ukraine's military systems such as DELTA, Teneta, and
Kropyva" (a galaxy lists a "DELTA"; the names in capitals look distinctive). Read by `threat_status`."""

from __future__ import annotations

import re

# The kind of thing a list names, then its cue; not malicious software ("rogue apps such as X" are
# the attackers' own) nor tools (the guide labels the tools of an attack chain: "tools such as Mimikatz").
_TARGET_LIST = re.compile(
    r"(?<!malicious\s)(?<!rogue\s)(?<!fake\s)(?<!offensive\s)(?<!hacking\s)(?<!trojanized\s)"
    r"\b(?:systems|apps|applications|products|devices|browsers|messengers|websites|banks|brands)"
    # (the list's own items only: no verb's "to", no clause, no other list's cue after it — "devices
    # like routers and cameras to deploy backdoors such as X" lists the backdoors)
    r"\s(?:such as|like|including)\s(?:(?!\b(?:to|that|which|who|such as|like|including)\b)[^.;:\n]){0,120}$",
    re.I,
)


def in_target_list(text: str, start: int) -> bool:
    """Whether the name at `start` is an item of a list of systems, apps or products."""
    return _TARGET_LIST.search(text, max(0, start - 160), start) is not None
