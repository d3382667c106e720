"""Is a candidate indicator a real one? One validation pass, whatever found the candidate.

A candidate is a value (refanged), its kind, whether the article defanged it, and the text around
each of its occurrences. It is refused when it is:

* an address no attacker can be reached at: private, loopback, link-local, carrier-grade NAT,
  multicast, reserved, unspecified or documentation (RFC 1918, 6598, 5737, 3849…), read with the
  standard library's `ipaddress`; a URL on such an address or on a reserved name (RFC 2606/6761);
* a version or build number that looks like an IPv4 address (`agent 2.21.7.14-play-release`,
  `build 1.4.2.7`, `Chrome/120.0.6099.109`) — unless the article defanged it, which only indicators
  get;
* a file name whose extension is also a top-level domain (`libudev-sync.so`, `kit.zip`) — unless
  presented as a domain: defanged, or the host of a URL; a name in a URL's path; a host name with
  `_`;
* an antivirus detection name (`Agent.SH!tr`, `Trojan:Win32/Dunlin.one`, `HEUR:Trojan.AndroidOS…`);
* a hash that the text does not present as one (no IOC list, no "SHA-256", "MD5", "hash" nearby),
  or a commit id.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from veilleur.models import IocType

# Extensions of the files an article names (payloads, scripts, archives, documents, packages). The
# ones that are also top-level domains in ioc-finder's IANA list (`.zip`, `.so`, `.one`, `.cab`,
# `.sh`, `.py`, `.mov`…) make a file name look like a domain. `.com` (DOS executables) is left
# out on purpose: it is far more often a domain.
FILE_EXTENSIONS = frozenset(
    "7z ace apk app asp aspx bat bin bz2 cab cc cfg chm cmd cpl cs csv dat db deb dll dmg doc docm docx "
    "dot dotm elf eml exe gz hta htm html img inf ini iso jar java js jse json key ko lnk log lua md ml mo "
    "mobi mov msi one onepkg pdf php pif pkg pl pm png ps ps1 pub py pyc rar rb reg rpm rs rtf run scr sh "
    "so sql svg sys tar tgz tmp txt vbe vbs vhd vhdx wsf xls xlsm xlsx xml xz zip".split()
)


@lru_cache(maxsize=1)
def tld_set() -> frozenset[str]:
    """ioc-finder's IANA top-level domains, lower-cased; imported when first needed (importing
    ioc-finder builds its grammars: half a second that a page without indicators never needs)."""
    from veilleur.enrich.ioc_grammars import finder

    return frozenset(finder().ioc_grammars.TLD_SET)


@lru_cache(maxsize=1)
def file_tlds() -> frozenset[str]:
    """The file extensions that are also top-level domains."""
    return FILE_EXTENSIONS & tld_set()


# Names reserved for documentation and local use (RFC 2606, RFC 6761, RFC 6762).
_RESERVED_NAMES = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid|localhost|local)$", re.I)
# Words that announce a version, a build or a client rather than a host, just before the number.
_VERSION_WORDS = re.compile(
    r"\b(versions?|vers?|v|build|release|rev(ision)?|firmware|agent|user[- ]agent|update|patch|"
    r"edition|kernel|android|ios|chrome|firefox|edge|safari|windows|macos|okhttp|mozilla|sdk|api|"
    r"bêta|beta|mise à jour|versie|fassung)\W{0,3}$",
    re.I,
)
_AV_PREFIX = re.compile(
    r"\b(trojan|backdoor|worm|virus|heur|riskware|pua|pup|adware|ransom|exploit|hacktool|spyware|"
    r"downloader|dropper|generic|malware|w32|w64|win32|win64|msil|js|vbs|linux|elf|android(os)?|osx|"
    r"macos|html|pdf|script)[\w-]*[:/.]$",
    re.I,
)
_AV_SUFFIX = re.compile(r"^!\w+")  # Fortinet/Microsoft style "…!tr", "…!ml", "…!MTB"
_HASH_WORDS = re.compile(
    r"\b(sha-?\d{1,3}|md5|hash(es)?|hachages?|empreintes?|checksums?|sha256sum|iocs?|indicat\w+|"
    r"fichiers?|files?|samples?|échantillons?|payload|charge utile|imphash)\b",
    re.I,
)
_COMMIT_WORDS = re.compile(r"\b(commits?|git|revision|changeset|merged?|pull request|tree|blob)\b", re.I)
_SAMPLE_PAGE = re.compile(r"/(?:gui/)?(?:file|files|sample|samples|sha256|md5)/$", re.I)
_HEX = re.compile(r"\b[0-9a-fA-F]{32,64}\b")
CONTEXT_CHARS = 60
HASH_CONTEXT_CHARS = 2000  # far enough back to reach the line that announces a list of hashes
COMMIT_CONTEXT_CHARS = 30


@dataclass
class Candidate:
    """A value found by ioc-finder or by its shape, with what the text says around it."""

    kind: IocType
    value: str  # refanged
    defanged: bool = False  # the article wrote it defanged
    in_url: bool = False  # a domain that is the host of a URL of the same text
    listed: bool = False  # found in an "Indicators of compromise" section
    contexts: list[tuple[str, str]] = field(default_factory=list)  # (text before, text after)


def occurrences(text: str, value: str, kind: IocType) -> list[tuple[str, str]]:
    """The text before and after each occurrence of `value` (case-insensitive) that is not part of
    a longer value of its kind: an address is not inside a longer run of digits and dots, a name
    not inside a longer name."""
    if kind.is_address:
        pattern = rf"(?<![\d.:]){re.escape(value)}(?![\d:]|\.\d)"
    else:
        pattern = rf"(?<![\w.-]){re.escape(value)}(?![\w-]|\.\w)"
    found = []
    for match in re.finditer(pattern, text, re.I):
        before = text[max(0, match.start() - CONTEXT_CHARS) : match.start()]
        found.append((before, text[match.end() : match.end() + CONTEXT_CHARS]))
    return found


def public_address(value: str) -> bool:
    """A global unicast address: not private, loopback, link-local, CGNAT, multicast, reserved,
    unspecified or documentation."""
    try:
        address = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_unspecified)


def host_name(value: str) -> bool:
    """A host name an indicator can carry: letters, digits and hyphens, a real top-level domain,
    not a reserved name."""
    labels = value.lower().rstrip(".").split(".")
    if len(labels) < 2 or labels[-1] not in tld_set() or _RESERVED_NAMES.search(value.rstrip(".")):
        return False
    return all(re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|xn--[a-z0-9-]+", label) for label in labels)


def url_host(url: str) -> str:
    """The host of a URL, with or without its scheme ("evil.com/gate.php")."""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # an unbalanced "[" in the host part
        return ""


def _host_ok(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host_name(host)
    return public_address(host)


def _looks_like_version(before: str, after: str) -> bool:
    if re.match(r"[-_+~]?[A-Za-z]|[-_+~]\w|\.\d", after):  # "2.21.7.14-play-release", "1.2.3.4b"
        return True
    if re.search(r"[/vV]$", before):  # "Chrome/120.0.6099.109", "v1.4.2.7"
        return True
    return bool(_VERSION_WORDS.search(before))


def _in_url_path(before: str) -> bool:
    """The occurrence follows a "/" of the same word that is not the "//" of a scheme: a file in a
    URL's path ("…/stage/kit.zip"), or a detection name ("Trojan:Win32/Dunlin.so")."""
    if not before or before[-1] != "/" or before.endswith("//"):
        return False
    return not before.split()[-1].startswith("//")


def _detection_name(before: str, after: str) -> bool:
    return bool(_AV_SUFFIX.match(after) or _AV_PREFIX.search(before))


def _presented_hash(before: str, after: str, listed: bool) -> bool:
    lines = before.split("\n")
    line_before = lines[-1]
    if _SAMPLE_PAGE.search(line_before):
        return True  # ".../gui/file/<sha256>": a sample page names the file by its hash
    near = line_before[-COMMIT_CONTEXT_CHARS:] + " " + after.split("\n", 1)[0][:COMMIT_CONTEXT_CHARS]
    if line_before.endswith("/") or _COMMIT_WORDS.search(near):
        return False  # ".../commit/<id>", "fixed in commit <id>", an asset path
    if listed or _HASH_WORDS.search(line_before):
        return True
    if re.sub(r"[\W_]", "", line_before):
        return False  # a hash in the middle of a sentence that does not call it one
    # The hash opens its line: a list, announced by the first line above it that is not a hash.
    for line in reversed(lines[:-1]):
        if line.strip() and not _HEX.search(line):
            return bool(_HASH_WORDS.search(line))
    return False


def valid(candidate: Candidate) -> bool:
    """Whether the candidate is an indicator (see the module docstring for what is refused)."""
    kind, value, contexts = candidate.kind, candidate.value, candidate.contexts or [("", "")]
    if kind.is_address:
        if not public_address(value):
            return False
        return candidate.defanged or not all(_looks_like_version(b, a) for b, a in contexts)
    if kind == IocType.URL:
        return _host_ok(url_host(value))
    if kind == IocType.DOMAIN:
        if not host_name(value) or all(_in_url_path(b) or _detection_name(b, a) for b, a in contexts):
            return False
        file_like = value.rsplit(".", 1)[-1].lower() in file_tlds()
        return not file_like or candidate.defanged or candidate.in_url
    if kind == IocType.EMAIL:
        return host_name(value.rsplit("@", 1)[-1])
    if kind.is_hash:
        return any(_presented_hash(b, a, candidate.listed) for b, a in contexts)
    return False
