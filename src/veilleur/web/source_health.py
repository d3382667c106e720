"""A source's health as the console says it: the cause of its last error and how its recent pages
fared, as short codes its catalog words in French ("HTTP 410", "délai dépassé", "pages en échec
1/4"). The error's text is the server's or the library's English ("HTTP 410 Gone for https://…",
"timed out (ReadTimeout)"): the page shows its cause, the JSON API the text as recorded."""

from __future__ import annotations

import re

from veilleur.report import page_causes

# A cause's code (an English msgid of locale/fr.po) by what the error's text says, first match first.
_CAUSES = [
    (re.compile(r"robots\.txt", re.I), "disallowed by robots.txt"),
    (re.compile(r"network error", re.I), "network error"),
    (re.compile(r"time ?out|timed out|deadline", re.I), "timeout"),
    (re.compile(r"redirect", re.I), "redirect problem"),
    (re.compile(r"refused", re.I), "address refused by the settings"),
    (re.compile(r"too large|byte cap|exceeds", re.I), "too large"),
    (re.compile(r"HTML page was served instead of a feed", re.I), "HTML page instead of a feed"),
    (re.compile(r"not a feed|malformed feed|unreadable feed|empty response", re.I), "unreadable feed"),
    (re.compile(r"not HTML", re.I), "watched page not HTML"),
    (re.compile(r"malformed URL", re.I), "malformed address"),
    (re.compile(r"corrupt compressed", re.I), "corrupt compressed body"),
    (re.compile(r"unreadable page", re.I), "unreadable page"),
]


def error_cause(error: str | None) -> str:
    """ "HTTP 410" (said alike in both languages), a cause's code ("timeout"), "other error", or ""
    without an error."""
    if not error:
        return ""
    status = re.search(r"\bHTTP (\d{3})\b", error)
    if status:
        return f"HTTP {status.group(1)}"
    return next((code for pattern, code in _CAUSES if pattern.search(error)), "other error")


def pages_health(pages: list[tuple[str, str | None, str, str]]) -> dict[str, object]:
    """A source's recent page fetches (`store.entries.recent_pages`): how many were tried, how many
    failed and their causes' codes, most frequent first."""
    counts: dict[str, int] = {}
    for cause, n in page_causes(pages).items():
        code = error_cause(cause)
        counts[code] = counts.get(code, 0) + n
    causes = [code for code, _ in sorted(counts.items(), key=lambda item: -item[1])]
    return {"tried": len(pages), "failed": sum(counts.values()), "causes": causes}
