"""The indicators of compromise an article publishes, as one statement of the briefing's key
points (brief/facts.py): their kinds, in French, never their values."""

from __future__ import annotations

from veilleur.brief.statements import Statement
from veilleur.models import Intel, IocType
from veilleur.text.french import join

_IOC_KINDS = {
    IocType.IPV4: "adresses IP",
    IocType.IPV6: "adresses IP",
    IocType.DOMAIN: "domaines",
    IocType.URL: "URL",
    IocType.MD5: "empreintes de fichiers",
    IocType.SHA1: "empreintes de fichiers",
    IocType.SHA256: "empreintes de fichiers",
    IocType.EMAIL: "adresses électroniques",
}


def ioc_statement(intel: Intel) -> Statement | None:
    kinds = list(dict.fromkeys(_IOC_KINDS[i.kind] for i in intel.iocs if i.kind in _IOC_KINDS))
    if not kinds:
        return None
    return Statement("Indicateurs", f"Indicateurs de compromission publiés ({join(kinds)}).")
