"""One redaction for every error text veilleur stores, prints or explains.

Removed: URL userinfo (`https://user:pass@host` → `https://***@host`), `Bearer …` and `Basic …`
credentials, the values of secret-looking query or form parameters (`api_key=`, `token=`…), common
API key shapes (`sk-…`, `AIza…`, `ghp_…`), and every value registered with `register_secret`
(the API key read from the environment, the passwords of source URLs) wherever it appears —
an upstream that echoes a key in its error message gets it redacted even when the key has no
recognisable shape.
"""

from __future__ import annotations

import re
import threading
from urllib.parse import quote

MASK = "***"

_secrets: set[str] = set()
_lock = threading.Lock()

_NAMES = (
    r"api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|secret|password|passwd|client[_-]?secret|"
    r"key|sig|signature"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # scheme://userinfo@ — everything up to the last @ before the host.
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@]+@"), rf"\1{MASK}@"),
    (re.compile(r"(?i)\b(authorization[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]+(\s+[^\s\"',;}]+)?"), rf"\1{MASK}"),
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{6,}"), rf"\1{MASK}"),
    # Base64 credentials: a digit, +, / or = in them tells them from "Basic authentication".
    (re.compile(r"\b(Basic\s+)(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}"), rf"\1{MASK}"),
    # name=value (query strings, forms), "name": "value" (JSON), Api-Key: value (headers).
    (re.compile(rf"(?i)\b({_NAMES})=[^\s&\"',;}}]+"), rf"\1={MASK}"),
    (re.compile(rf"(?i)([\"']({_NAMES})[\"']\s*:\s*[\"']?)[^\s\"',;}}]+"), rf"\1{MASK}"),
    (re.compile(r"(?i)\b((?:x-)?api[_-]?key\s*:\s*)[^\s\"',;}]+"), rf"\1{MASK}"),
    (re.compile(r"\b(sk|pk|rk)-[A-Za-z0-9_-]{12,}"), MASK),
    (re.compile(r"\bAIza[0-9A-Za-z_-]{20,}"), MASK),
    (re.compile(r"\b(ghp|gho|ghs|ghu|github_pat|glpat|xox[abprs])[-_][A-Za-z0-9_-]{10,}"), MASK),
]


def register_secret(value: str) -> None:
    """Redact `value` (and its URL-encoded form) from every text from now on. Short values are
    ignored: masking every "a" or "admin" would destroy messages and protect nothing."""
    if len(value) < 4:
        return
    with _lock:
        _secrets.add(value)
        _secrets.add(quote(value, safe=""))


def redact(text: str) -> str:
    """`text` without credentials or secrets (see the module docstring)."""
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
