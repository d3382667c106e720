"""Which named "malware" the galaxies class as an offensive or dual-use tool (`offensive_tool`):
"Metasploit", "Mimikatz", "Impacket", "PsExec" are frameworks and utilities that attackers and
penetration testers both run, not malicious programs. The labelling guide lists them among `malware`
(named in the attack chain), so extraction keeps them there; the briefing calls them tools.

A name is a tool when the galaxies hold it only as one: in the MITRE tool galaxy and not in its
malware galaxy ("Cobalt Strike" is in both: MITRE calls it malware) nor a kind of family's ("Remcos"
is a RAT), or in MISP's tool galaxy and in no malware galaxy ("Emotet", "QakBot", "Mirai" are there
too, and in malpedia or a botnet's)."""

from __future__ import annotations

from functools import lru_cache

from veilleur.enrich.galaxies import clusters

_KINDS = ("ransomware", "rat", "botnet", "stealer", "backdoor", "banker", "android")  # a family's kind


def _names(galaxy: str) -> frozenset[str]:
    cluster = clusters().get(galaxy)
    if cluster is None:
        return frozenset()
    out: set[str] = set()
    for value in cluster.cluster_values.values():
        synonyms = value.meta.synonyms if value.meta is not None else ()
        out.update(" ".join(n.split()).casefold() for n in (value.value, *synonyms) if isinstance(n, str))
    return frozenset(out)


@lru_cache(maxsize=1)
def _tools() -> frozenset[str]:
    kinds = frozenset().union(*(_names(g) for g in _KINDS), _names("mitre-malware"))
    return frozenset((_names("mitre-tool") - kinds) | (_names("tool") - kinds - _names("malpedia")))


def offensive_tool(name: str) -> bool:
    """Whether the galaxies class `name` (as written or canonical) as a tool, not a malware family."""
    return " ".join(name.split()).casefold() in _tools()
