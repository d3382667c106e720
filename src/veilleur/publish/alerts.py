"""Alerts: a story that matches the watchlist, or whose priority reaches `[alerts] min_priority`,
is announced on every configured channel through apprise (e-mail, JSON webhook, Slack, Teams,
Mattermost, Matrix, ntfy…): its French heading, TLP, priority and reasons, its watchlist matches,
its summary and the post link.

Once per (story, channel): the store records what each alert announced (victims, CVEs, confirmed
exploitation) right after the channel accepted it; the story is announced again only when one of
these grows. A channel that fails is not recorded, so the next run tries it again; its failure is
the caller's to record (the pipeline's error boundary), and it never stops the other channels.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.config import Settings
from veilleur.models import AlertState, PublishedStory
from veilleur.models import Channel as Channel  # the record, defined with the others
from veilleur.models.briefings import SERVER_SCHEMES
from veilleur.publish import escape, labels
from veilleur.publish.outbound import absolute
from veilleur.redact import redact

TEST_TITLE = "veilleur : message de test"
TEST_BODY = "Les alertes de veilleur arrivent bien sur ce canal."
# A mention in a chat ('@channel', '@all', '@everyone', '<@&123>' a role) notifies a whole team:
# a word joiner after the '@' of text from outside keeps the word and stops the mention.
_MENTION = re.compile(r"@(?=[\w&])")


def _quiet(text: str) -> str:
    """`text` from outside, cleaned of control characters, its mentions made plain words."""
    return _MENTION.sub("@\u2060", escape.clean(text))


class ChannelError(Exception):
    """The channel refused the alert or could not be reached."""


def notify(channel: Channel, title: str, body: str) -> None:
    """Send one message on one channel. Raises ChannelError with why, as apprise logged it ("Failed
    to send JSON notification: Not Implemented - … error=501"), without the channel's path, query
    or credentials (they may hold a token); the caller names the channel by its label."""
    import logging

    import apprise  # imported here: the pipeline pays for it only when alerts are configured

    sender = apprise.Apprise()
    if not sender.add(channel.url):
        raise ChannelError("not a notification URL apprise knows")
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as logged:  # type: ignore[no-untyped-call]
        sent = sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    if not sent:
        raise ChannelError(_why(channel, logged.getvalue()))


def _why(channel: Channel, logged: str) -> str:
    """The last line apprise logged for a failed notification, made safe to show and store."""
    lines = [line.strip() for line in logged.splitlines() if line.strip()]
    if not lines:
        return "the channel refused the alert or could not be reached"
    reason = lines[-1]
    try:
        parts = urlsplit(channel.url)
        secrets = [channel.url, parts.path if len(parts.path) > 1 else "", parts.query, parts.password or ""]
        if parts.scheme.lower() not in SERVER_SCHEMES:  # its host part may be a token (see Channel.label)
            secrets += [parts.netloc, parts.hostname or ""]
    except ValueError:
        secrets = [channel.url]
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        reason = reason.replace(secret, "…")
    return "not delivered: " + redact(reason)[:300]


def state_of(story: PublishedStory) -> AlertState:
    return AlertState(
        victims=frozenset(v.casefold() for v in story.victims),
        cves=frozenset(story.cves),
        exploited=story.exploited,
    )


def news(story: PublishedStory, before: AlertState | None) -> list[str] | None:
    """None: nothing to announce. [] : a first alert. Else what is new since the last alert."""
    if before is None:
        return []
    now = state_of(story)
    found = [f"victime {v}" for v in story.victims if v.casefold() in now.victims - before.victims]
    found += [f"{cve}" for cve in sorted(now.cves - before.cves)]
    if now.exploited and not before.exploited:
        found.append("exploitation confirmée")
    return list(dict.fromkeys(found)) or None


def qualifies(story: PublishedStory, settings: Settings) -> bool:
    config = settings.alerts
    return (config.watchlist and bool(story.watchlist)) or story.priority >= config.min_priority


def compose(story: PublishedStory, settings: Settings, new: list[str]) -> tuple[str, str]:
    """(title, plain-text body) in French; every value from outside is cleaned of control
    characters and its mentions (apprise escapes for each service's own format)."""
    clean = _quiet
    heading = clean(story.title).strip()
    title = f"[{story.tlp.label}] {'Mise à jour : ' if new else ''}{heading}"
    lines = [f"Priorité {story.priority}/100"]
    if story.priority_reasons:
        lines[0] += " — " + "; ".join(clean(labels.reason(r)) for r in story.priority_reasons)
    if story.watchlist:
        lines.append("Liste de veille : " + ", ".join(clean(labels.watch_match(w)) for w in story.watchlist))
    if new:
        lines.append("Nouveau : " + "; ".join(clean(item) for item in new))
    lines += ["", clean(story.briefing.summary).strip(), ""]
    post = escape.url(absolute(settings, story.permalink))
    if post:
        lines.append(f"Article : {post}")
    links = [escape.url(s.url) for s in story.sources]
    lines += [f"Source : {link}" for link in links if link]
    lines.append(f"Marquage : {story.tlp.label}")
    return title, "\n".join(lines).strip() + "\n"


def send_test(settings: Settings) -> list[tuple[str, str]]:
    """A test message on every channel: (channel label, "" or the error) for each."""
    results = []
    for channel in (Channel(url) for url in dict.fromkeys(settings.alerts.urls)):
        try:
            notify(channel, TEST_TITLE, TEST_BODY)
        except Exception as exc:
            results.append((channel.label, str(exc) or type(exc).__name__))
        else:
            results.append((channel.label, ""))
    return results
