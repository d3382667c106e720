"""Physical sabotage of infrastructure: cut or damaged undersea cables, exploding pagers. The guide
(bench/data/intel/GUIDE.md §13) files it as relevant but `other`, whatever else the headline names: a
ship seized after a cable was cut is not a police takedown of cybercriminals, exploding pagers are not
malware. Sabotage of systems by software ("cyber sabotage", a wiper) is not physical and keeps its kind.
"""

from __future__ import annotations

import re

# What can be sabotaged physically: cables, pipelines, lines, and the devices made to explode.
_INFRASTRUCTURE = (
    r"(?:(?:undersea|subsea|submarine|underwater|baltic|internet|telecom|fib(?:re|er)|power|data|sea) )?"
    r"(?:cables?|pipelines?|power lines?|railway lines?|rail lines?)|câbles? sous-marins?|unterseekabel\w*|"
    r"zeekabel\w*|onderzeese kabels?"
)
_DAMAGE = (
    r"(?<!cyber )(?<!cyber-)sabota\w*|cut|cuts|severed|severs?|snapped|damaged|damages?|ruptured?|dragg\w* anchors?|"
    r"coupée?s?|endommagée?s?|beschädigt\w*|durchtrennt|doorgesneden|beschadigd"
)
PHYSICAL_SABOTAGE = re.compile(
    rf"(?<!\w)(?:(?:{_INFRASTRUCTURE})\b[^.;:]{{0,50}}?\b(?:{_DAMAGE})|(?:{_DAMAGE})\b[^.;:]{{0,50}}?\b(?:{_INFRASTRUCTURE})|"
    # devices rigged to explode ("Remotely Exploding Pagers", "walkie-talkies blew up")
    r"exploding (?:pagers?|walkie-talkies|radios|devices|phones)|(?:pagers?|walkie-talkies) (?:explod\w*|blew up|blow up))\b",
    re.I,
)


def physical_sabotage(title: str) -> bool:
    """The headline tells of infrastructure cut, damaged or sabotaged by physical means."""
    return PHYSICAL_SABOTAGE.search(title) is not None
