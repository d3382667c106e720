"""Groups of accounts are no threat groups: a directory's or a platform's group that attackers add
accounts to or create ("an Active Directory group named ESX Admins", "a security group called
Domain Backup"), read by the shapes that take "a group named X" for a gang."""

from __future__ import annotations

import re

# The directory or platform whose group it is, right before "group named/called".
_ACCOUNT_GROUP_BEFORE = re.compile(
    r"\b(?:Active\sDirectory|AD|LDAP|Entra(?:\sID)?|Azure\sAD|security|user|users'|local|domain|"
    r"admin(?:istrator)?s?|distribution|Okta|Unix|Linux|Windows)\sgroups?,?\s(?:named|called|dubbed)\s"
    r"[\"“‘']?$",
    re.I,
)


def account_group(text: str, name: str) -> bool:
    """Whether the text introduces `name` (at its first place) as a group of accounts."""
    at = text.find(name)
    return at > 0 and _ACCOUNT_GROUP_BEFORE.search(text, max(0, at - 60), at) is not None
