"""Indicators of compromise — only real ones.

An article is full of things that look like indicators: its own links, version numbers
("1.2.3.4"), file names ("setup.zip" — .zip is a top-level domain), home-router addresses. We look
only where the article presents indicators: defanged values (`evil[.]com`, `hxxps://…`,
`45.77.1[.]2`), the section under an "Indicators of compromise" heading, and hashes the text calls
hashes. Values are refanged (ioc-fanger) and found with ioc-finder; every candidate then passes the
one validation of `ioc_checks` whatever found it. Values are defanged again when displayed.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from veilleur.enrich.ioc_checks import (
    CONTEXT_CHARS,
    HASH_CONTEXT_CHARS,
    Candidate,
    occurrences,
    url_host,
    valid,
)
from veilleur.models import Ioc, IocType
from veilleur.text.prefilter import screened

# A defanged value is a whitespace-free run holding a defang mark. The runs are cut first and the
# mark searched in each: one pattern `\S*mark\S*` backtracks over every start of a long run
# without a mark ("1.1.1.1.…": quadratic, minutes on a 40 kB line).
# ioc-finder's time grows with the square of a run's length, and no indicator a reader copies is
# longer than a long URL: longer runs are not indicators.
_RUN = re.compile(r"\S+")
DEFANGED_MAX_CHARS = 2048
_DEFANG_MARK = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\bhxxps?|\[:\]|\[://\]|\[@\]|\[at\]", re.I)
# (a heading's leading marks are its own line's: "^\W*" read the newlines too, and tried at each line of
# a run of blank or "-" lines read the rest of the run from each: 5,000 such lines cost 2.6 s)
_IOC_HEADING = screened(
    r"^[^\w\n]*(?:indicators? of compromise|iocs?|indicateurs? de compromission|ioc list|network indicators|"
    r"file hashes|hashes|indicatoren|kompromittierungsindikatoren)\b.{0,40}$",
    re.I | re.M,
)
_HASHES = {IocType.MD5: 32, IocType.SHA1: 40, IocType.SHA256: 64}
_HASH = re.compile(r"(?<![0-9a-fA-F])([0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9a-fA-F])")
# A sentence that ends on a URL lends it its full stop; brackets close around it.
_URL_TRAIL = ".,;:!?'\"»”’…*`"
IOC_SECTION_CHARS = 6000
# The outlet's own site is no indicator: its domain and every subdomain of it (links, images, a
# newsletter address). Its registrable part is its last two labels, three under a country's
# second level ("valbrune-news.co.uk"): another site of that suffix is another site.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gouv", "ac", "edu", "ne", "or", "go", "nic"})
# A share button: a social site's share endpoint ("facebook.com/sharer/sharer.php?u=…",
# "twitter.com/intent/tweet?url=…"), or any URL whose query names the page's own site.
_SHARE = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)*(?:facebook|twitter|x|linkedin|reddit|pinterest|whatsapp|telegram|t|tumblr|"
    r"bsky|xing|vk|threads)\.(?:com|me|app|net|ru)/(?:sharer|share|intent/|shareArticle|sharing/|submit|"
    r"pin/create|send|home\?status|compose)",
    re.I,
)
# ioc-finder's result keys → our types.
_KINDS = {
    "ipv4s": IocType.IPV4,
    "ipv6s": IocType.IPV6,
    "domains": IocType.DOMAIN,
    "urls": IocType.URL,
    "email_addresses": IocType.EMAIL,
}


def _finder(text: str) -> dict[str, list[str]]:
    from veilleur.enrich.ioc_grammars import finder  # imported when needed: it builds grammars

    find_iocs = finder().find_iocs

    # Not `parse_from_url_path=False`: in ioc-finder 9.4.1 it cuts the first letter of the host
    # ("ccount-check.net"); names found in a URL's path are refused by `ioc_checks` instead.
    found: dict[str, list[str]] = find_iocs(text)
    return found


def _trim_url(url: str) -> str:
    while url and url[-1] in _URL_TRAIL + ")]":
        if url[-1] in ")]" and url.count("(" if url[-1] == ")" else "[") >= url.count(url[-1]):
            break  # a balanced bracket belongs to the URL (Wikipedia-style paths)
        url = url[:-1]
    return url


def _place(text: str, value: str) -> int:
    """Where `value` is first written in `text` (case aside), or after its end when it is not."""
    place = text.lower().find(value.lower())
    return place if place >= 0 else len(text)


def _candidates(segment: str, defanged: bool, listed: bool) -> list[Candidate]:
    results = _finder(segment)
    # URLs in the order the segment writes them (ioc-finder lists those with a scheme first), as
    # its other kinds come: the order a reader meets them, the same at every run.
    urls = sorted((_trim_url(url) for url in results.get("urls", [])), key=lambda url: _place(segment, url))
    hosts = {url_host(url) for url in urls}
    found = []
    for key, kind in _KINDS.items():
        values = urls if kind == IocType.URL else results.get(key, [])
        for value in values:
            found.append(
                Candidate(
                    kind=kind,
                    value=value,
                    defanged=defanged,
                    in_url=kind == IocType.DOMAIN and value.lower() in hosts,
                    listed=listed,
                    contexts=occurrences(segment, value, kind),
                )
            )
    return found


def _hash_candidates(text: str, section: tuple[int, int] | None) -> list[Candidate]:
    found = []
    for match in _HASH.finditer(text):
        value = match.group(1).lower()
        kind = next(name for name, size in _HASHES.items() if size == len(value))
        listed = section is not None and section[0] <= match.start() < section[1]
        before = text[max(0, match.start() - HASH_CONTEXT_CHARS) : match.start()]
        context = (before, text[match.end() : match.end() + CONTEXT_CHARS])
        found.append(Candidate(kind=kind, value=value, listed=listed, contexts=[context]))
    return found


def site_of(host: str) -> str:
    """A host's registrable domain, approximately: "static.valbrune-news.fr" → "valbrune-news.fr",
    "www.valbrune-news.co.uk" → "valbrune-news.co.uk"; an IP address as it is."""
    labels = host.lower().strip(".").split(".")
    if labels[-1].isdigit() or ":" in host:
        return host.lower()
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _own(host: str, own_sites: set[str]) -> bool:
    return bool(host) and any(host == site or host.endswith(f".{site}") for site in own_sites)


def _shares(url: str, own_sites: set[str]) -> bool:
    """A share button of the page: a social site's share endpoint, or a URL whose query names the
    page's own site (an attacker's redirect through a known site names another: kept)."""
    if _SHARE.match(url):
        return True
    query = unquote(url.partition("?")[2]).lower()
    return any(re.search(rf"(?:^|[/.@=])(?:www\.)?{re.escape(site)}\b", query) for site in own_sites)


def on_own_site(ioc: Ioc, urls: list[str]) -> bool:
    """Whether `ioc` lies on the site of one of `urls` (the pages a story was read from) or is a
    share button of it: what the exports leave out, records enriched before this rule included."""
    sites = {site_of(host) for host in (url_host(url) for url in urls if url) if host}
    kind = IocType(ioc.kind) if ioc.kind in set(IocType) else None
    if kind not in (IocType.URL, IocType.DOMAIN, IocType.EMAIL):
        return False
    host = url_host(ioc.value) if kind == IocType.URL else ioc.value.split("@")[-1].lower()
    return _own(host, sites) or (kind == IocType.URL and _shares(ioc.value, sites))


# A DDoS-for-hire ("booter", "stresser") service's site is a business the article reports on, not an
# indicator of a compromise (sixth audit: Krebs's "Gatrel's booter services — downthem[.]org and
# ampnode[.]com —" and IPStresser[.]com were exported as IOCs). A domain named so in its sentence,
# or whose name says it, is no indicator; the same domain in an indicators section stays one.
_BOOTER = screened(
    r"\b(?:booters?|(?:ip\s)?stressers?|(?:attack|ddos|dos)[- ]for[- ]hire|ddos[- ](?:as[- ]a[- ])?services?|"
    r"ddos\s(?:[\w-]+\s)?(?:platforms?|sites?|websites?)|services?\sde\sddos)\b",
    re.I,
)
_BOOTER_NAME = re.compile(r"booter|stresser", re.I)
_DEFANGED_DOT = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
# The sentence around a name: at most this many characters either side, cut at a full stop.
_AROUND_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _booter_site(text: str, host: str) -> bool:
    """Is `host` named in `text` as a DDoS-for-hire service's site (by its sentence or its name)?"""
    if _BOOTER_NAME.search(host):
        return True
    labels = host.split(".")
    if len(labels) > 8 or any(len(label) > 63 for label in labels):
        return False
    pattern = rf"(?<![\w.-]){_DEFANGED_DOT.join(re.escape(label) for label in labels)}(?![\w-])"
    for match in re.finditer(pattern, text, re.I):
        before = text[max(0, match.start() - _AROUND_CHARS) : match.start()]
        after = text[match.end() : match.end() + _AROUND_CHARS]
        ends = list(_SENTENCE_END.finditer(before))
        before = before[ends[-1].end() :] if ends else before
        end = _SENTENCE_END.search(after)
        if _BOOTER.search(before + " " + (after[: end.start()] if end else after)):
            return True
    return False


def find_indicators(text: str, own_urls: list[str] | None = None) -> list[Ioc]:
    """Indicators the article gives, refanged and validated, without the outlet's own site (its
    domain and subdomains) nor the page's share buttons."""
    from ioc_fanger import fang

    own_sites = {site_of(host) for host in (url_host(url) for url in own_urls or [] if url) if host}
    candidates: list[Candidate] = []
    # A mark holds no whitespace: it is in some run iff it is in the text (most texts have none).
    runs = _RUN.finditer(text) if _DEFANG_MARK.search(text) else iter(())
    for match in runs:
        if len(match.group(0)) <= DEFANGED_MAX_CHARS and _DEFANG_MARK.search(match.group(0)):
            candidates += _candidates(fang(match.group(0)), defanged=True, listed=False)
    heading = _IOC_HEADING.search(text)
    section = None
    if heading:
        section = (heading.end(), heading.end() + IOC_SECTION_CHARS)
        candidates += _candidates(fang(text[section[0] : section[1]]), defanged=False, listed=True)
    candidates += _hash_candidates(text, section)
    shared = {url_host(c.value) for c in candidates if c.kind == IocType.URL and _shares(c.value, own_sites)}
    found: dict[tuple[IocType, str], Ioc] = {}
    for candidate in candidates:
        kind, value = candidate.kind, candidate.value
        host = url_host(value) if kind == IocType.URL else value.split("@")[-1].lower()
        if _own(host, own_sites) or not valid(candidate):
            continue
        if (kind == IocType.URL and _shares(value, own_sites)) or (candidate.in_url and host in shared):
            continue
        if kind in (IocType.DOMAIN, IocType.URL) and not candidate.listed and _booter_site(text, host):
            continue
        found.setdefault((kind, value), Ioc(kind=kind, value=value))
    return list(found.values())
