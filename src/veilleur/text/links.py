"""Article addresses as they are written out: the link a post, a feed, an export or the console
gives for a source, without the parameters that only say how a reader arrived."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Parameters that only say how a reader arrived, on top of those courlan's cleaner removes
# (`utm_*`, `fbclid`, `gclid`, `mc_cid`, `xtor`, `ref`, `source`…): Blogger's mobile switch, share
# and feed markers, HubSpot's, Yahoo's and Webtrekk's campaign tags. None selects an article
# (`?id=123`, `?p=42` and every other parameter are kept).
TRACKING_PARAMS = frozenset(
    {
        "m", "amp", "output", "ref", "ref_src", "share", "rss", "feed", "cmpid", "at_medium",
        "at_campaign", "_hsenc", "_hsmi", "ncid", "sr_share", "__twitter_impression", "wt_mc", "wt_zmc",
    }
)  # fmt: skip


def without_tracking_params(query: str) -> str:
    """`query` without the parameters of TRACKING_PARAMS, the others in their order."""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() not in TRACKING_PARAMS]
    return urlencode(kept)


def public_url(url: str) -> str:
    """The address to write out for an article: what it was fetched at, with the query and the
    fragment of courlan's cleaner (its non-strict `normalize_url`, as trafilatura uses it:
    trackers gone from both) and without TRACKING_PARAMS. Host and path stay as fetched (the
    cleaner percent-encodes a path's `;` or `(`, which some servers read differently). A fragment
    naming a part of the page (`avis.html#AVIS-2026-101`) is kept: that part is the article.
    Anything that is no http(s) address (a capture's `urn:`, a file) is given as is.
    A feed's link `…?utm_source=rss&utm_medium=feed` was written into every post, feed and export;
    the reader wants the article's address, and two outlets' links compare on it."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"}:
            return url
        cleaned = urlsplit(normalize_url(url))
    except (ValueError, TypeError):  # an address courlan cannot read: as fetched
        return url
    query = without_tracking_params(cleaned.query)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, cleaned.fragment))
