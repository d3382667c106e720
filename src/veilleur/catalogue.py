"""Built-in sources: the ten feeds of the reference blog (POST-FORMAT.md §2.4), with its tags,
plus French, Belgian, Dutch and German sources that are off until a user enables them
(`veilleur sources enable NAME`), so that zero configuration reproduces the reference blog."""

from __future__ import annotations

from veilleur.models import Source, SourceKind

_FEED = SourceKind.FEED

CATALOGUE: list[Source] = [
    Source(
        name="bleepingcomputer",
        kind=_FEED,
        tag="bleepingcomp",
        title="BleepingComputer",
        url="https://www.bleepingcomputer.com/feed/",
        lang="en",
    ),
    Source(
        name="thehackernews",
        kind=_FEED,
        tag="hackernews",
        title="The Hacker News",
        url="https://feeds.feedburner.com/TheHackersNews",
        lang="en",
    ),
    Source(
        name="sans-isc",
        kind=_FEED,
        tag="sans-isc",
        title="SANS Internet Storm Center",
        url="https://isc.sans.edu/rssfeed_full.xml",
        lang="en",
    ),
    Source(
        name="schneier",
        kind=_FEED,
        tag="schneier",
        title="Schneier on Security",
        url="https://www.schneier.com/feed/atom/",
        lang="en",
    ),
    Source(
        name="zerodaysfans",
        kind=_FEED,
        tag="zerodaysfans",
        title="0dayfans (research blogs)",
        url="https://0dayfans.com/feed.rss",
        lang="en",
    ),
    Source(
        name="securelist",
        kind=_FEED,
        tag="securelist",
        title="Securelist",
        url="https://securelist.com/feed/",
        lang="en",
    ),
    Source(
        name="troyhunt",
        kind=_FEED,
        tag="troyhunt",
        title="Troy Hunt",
        url="https://www.troyhunt.com/rss/",
        lang="en",
    ),
    Source(
        name="krebs",
        kind=_FEED,
        tag="krebs",
        title="Krebs on Security",
        url="https://krebsonsecurity.com/feed/",
        lang="en",
    ),
    Source(
        name="philvenables",
        kind=_FEED,
        tag="philvenables",
        title="Phil Venables",
        url="https://www.philvenables.com/post?format=rss",
        lang="en",
    ),
    Source(
        name="certfr",
        kind=_FEED,
        tag="certfr",
        title="CERT-FR (alertes)",
        url="https://www.cert.ssi.gouv.fr/alerte/feed/",
        lang="fr",
    ),
    # Off by default: French, Belgian, Dutch and German sources.
    Source(
        name="certfr-avis",
        kind=_FEED,
        tag="certfr",
        title="CERT-FR (avis)",
        url="https://www.cert.ssi.gouv.fr/avis/feed/",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="certfr-actualites",
        kind=_FEED,
        tag="certfr",
        title="CERT-FR (actualités)",
        url="https://www.cert.ssi.gouv.fr/actualite/feed/",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="zataz",
        kind=_FEED,
        tag="zataz",
        title="ZATAZ",
        url="https://www.zataz.com/feed/",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="lemagit",
        kind=_FEED,
        tag="lemagit",
        title="LeMagIT",
        url="https://www.lemagit.fr/rss/Securite.xml",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="lemondeinformatique",
        kind=_FEED,
        tag="lmi",
        title="Le Monde Informatique (sécurité)",
        url="https://www.lemondeinformatique.fr/flux-rss/thematique/securite/rss.xml",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="ccb-belgium",
        kind=_FEED,
        tag="ccb",
        title="Centre for Cybersecurity Belgium (avis)",
        url="https://ccb.belgium.be/advisories/rss.xml",
        lang="fr",
        enabled=False,
    ),
    Source(
        name="securitynl",
        kind=_FEED,
        tag="securitynl",
        title="Security.NL",
        url="https://www.security.nl/rss/headlines.xml",
        lang="nl",
        enabled=False,
    ),
    Source(
        name="heise-security",
        kind=_FEED,
        tag="heise",
        title="heise Security",
        url="https://www.heise.de/security/rss/news-atom.xml",
        lang="de",
        enabled=False,
    ),
]


def by_name() -> dict[str, Source]:
    return {source.name: source for source in CATALOGUE}
