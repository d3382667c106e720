"""What of a lead's words is a name rather than a kind of work.

A research team's name ("Google's Threat Analysis Group (TAG) has burned more than 50,000 fake news
stories", "Microsoft Threat Intelligence Center", "the Detection Response Team") names who acted, not
research done: the research vocabulary's "analysis" in it made an influence operation's takedown a
research page once the lead was read from the article's first sentence (text/signature.py).
"""

from __future__ import annotations

import re

# A capitalised research word inside a team's name: before a capitalised noun of an organisation.
_TEAM_NAME = re.compile(
    r"\b(?:Research|Analysis|Detection|Hunting|Intelligence)(?= (?:Group|Center|Centre|Team|Unit|Labs?|Institute|"
    r"Division|Office|Service)\b)"
)


def team_names_removed(lead: str) -> str:
    """`lead` with a research word that is part of a team's name left out (see _TEAM_NAME)."""
    return _TEAM_NAME.sub("", lead)
