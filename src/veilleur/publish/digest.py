"""The French daily digest: the day's stories, watchlist matches first, then by category (the
category of the highest priority first), each by priority, with its French summary, TLP and links.

Rendered three ways from the same sections: HTML for e-mail (inline styles, layout tables, what
common mail clients render) and for a file, plain text (the e-mail's other part), and Markdown.
HTML is autoescaped by Jinja2; Markdown values pass `escape.text` / `escape.url`; plain text
`escape.clean`. `send` delivers a multipart/alternative message through SMTP (smtplib).
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from babel.dates import format_date

from veilleur.config import Settings, SmtpConfig
from veilleur.models import Category, PublishedStory, Tlp
from veilleur.publish import escape, labels
from veilleur.publish.html import environment
from veilleur.publish.outbound import absolute
from veilleur.text.french import CATEGORY_HEADINGS

WATCHLIST_SECTION = "Votre liste de veille"
TLP_COLORS = {  # FIRST TLP 2.0 colours, as text on white
    Tlp.CLEAR: "#000000",
    Tlp.GREEN: "#33a532",
    Tlp.AMBER: "#b36b00",
    Tlp.AMBER_STRICT: "#b36b00",
    Tlp.RED: "#cc0033",
}


class DigestError(Exception):
    """The digest cannot be sent: no recipient, the password variable unset, the server refused."""


@dataclass(frozen=True)
class Digest:
    day: date
    subject: str
    stories: int
    markdown: str
    html: str
    text: str


def day_label(day: date) -> str:
    """`lundi 30 novembre 2026` (CLDR French)."""
    return format_date(day, format="full", locale="fr_FR")


def order(stories: list[PublishedStory]) -> list[tuple[str, list[PublishedStory]]]:
    """(section title, stories) in reading order: watchlist matches, then categories."""
    ranked = sorted(stories, key=lambda s: (-s.priority, *s.key))
    sections: list[tuple[str, list[PublishedStory]]] = []
    watched = [s for s in ranked if s.watchlist]
    if watched:
        sections.append((WATCHLIST_SECTION, watched))
    by_category: dict[Category, list[PublishedStory]] = {}
    for story in ranked:
        if not story.watchlist:
            by_category.setdefault(story.category, []).append(story)
    # dicts keep insertion order: the category of the highest priority story comes first
    for category, items in by_category.items():
        sections.append((CATEGORY_HEADINGS[category], items))
    return sections


def _view(
    stories: list[PublishedStory], settings: Settings, text: Callable[[str], str], link: Callable[[str], str]
) -> list[dict[str, Any]]:
    sections = []
    for title, items in order(stories):
        rows = []
        for story in items:
            rows.append(
                {
                    "title": text(story.title),
                    "summary": text(story.briefing.summary),
                    "tlp": story.tlp.label,
                    "tlp_color": TLP_COLORS[story.tlp],
                    "priority": story.priority,
                    "watchlist": [text(labels.watch_match(w)) for w in story.watchlist],
                    "post_url": link(absolute(settings, story.permalink)),
                    "sources": [{"outlet": text(s.outlet), "href": link(s.url)} for s in story.sources],
                }
            )
        sections.append({"title": title, "stories": rows})
    return sections


def build(stories: list[PublishedStory], day: date, settings: Settings) -> Digest:
    """The digest of `stories` (the caller picks the day's, within the digest's TLP limit)."""
    count = len(stories)
    count_label = f"{count} sujet{'s' if count > 1 else ''}" if count else "aucun sujet"
    common = {
        "site_title": settings.publish.site_title,
        "day_label": day_label(day),
        "count_label": count_label,
    }
    subject = f"{settings.publish.site_title} du {day_label(day)} — {count_label}"
    env = environment()

    def html_text(value: str) -> str:
        return escape.clean(value)  # autoescaped by the template

    html = env.get_template("digest.html.j2").render(
        sections=_view(stories, settings, html_text, escape.url), subject=subject, **common
    )
    markdown = env.get_template("digest.md.j2").render(
        sections=_view(stories, settings, escape.text, escape.url), **common
    )
    plain = env.get_template("digest.txt.j2").render(
        sections=_view(stories, settings, lambda v: escape.clean(v).strip(), escape.url), **common
    )
    return Digest(day=day, subject=subject, stories=count, markdown=markdown, html=html, text=plain)


def day_stories(stories: list[PublishedStory], day: date, limit: Tlp) -> list[PublishedStory]:
    """The stories of `day` (their post date, or first day when not on the site) within `limit`."""
    return [s for s in stories if s.post_date == day and s.tlp.allows(limit)]


def write_files(digest: Digest, folder: Path) -> list[Path]:
    """`digest-YYYY-MM-DD.md` and `.html` in `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix, content in ((".md", digest.markdown), (".html", digest.html)):
        path = folder / f"digest-{digest.day.isoformat()}{suffix}"
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def message(digest: Digest, sender: str, to: list[str]) -> EmailMessage:
    """multipart/alternative: the plain text first, the HTML last (the part clients prefer)."""
    mail = EmailMessage()
    mail["Subject"] = escape.clean(digest.subject)
    mail["From"] = sender
    mail["To"] = ", ".join(to)
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    mail["Content-Language"] = "fr"
    mail.set_content(digest.text, subtype="plain", charset="utf-8")
    mail.add_alternative(digest.html, subtype="html", charset="utf-8")
    return mail


def send(mail: EmailMessage, smtp: SmtpConfig) -> None:
    """Deliver `mail` through the configured server. Raises DigestError."""
    password = ""
    if smtp.user:
        password = os.environ.get(smtp.password_env, "")
        if not password:
            raise DigestError(f"the SMTP password variable {smtp.password_env} is not set")
    try:
        server: smtplib.SMTP
        if smtp.security == "ssl":
            server = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=smtp.timeout, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with server:
            if smtp.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if smtp.user:
                server.login(smtp.user, password)
            server.send_message(mail)
    except (OSError, smtplib.SMTPException) as exc:
        raise DigestError(f"SMTP {smtp.host}:{smtp.port}: {exc}") from exc
