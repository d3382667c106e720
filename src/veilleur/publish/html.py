"""Stories as HTML fragments (feeds, the digest): Jinja2 with autoescape, so every value read from
outside is text, and links pass `escape.url` (an unsafe URL is named, never linked)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from veilleur.models import PublishedStory
from veilleur.publish import escape


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("veilleur", "templates"),
        autoescape=select_autoescape(["html", "html.j2", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def link_sources(story: PublishedStory) -> list[dict[str, Any]]:
    """Each source once: its outlet (clean text) and its safe link ("" when not linkable)."""
    return [{"outlet": escape.clean(s.outlet), "href": escape.url(s.url)} for s in story.sources]


def story_html(story: PublishedStory, post_url: str = "") -> str:
    """The briefing, TLP, priority and every source link as an HTML fragment."""
    return (
        environment()
        .get_template("story.html.j2")
        .render(
            story=story,
            b=story.briefing,
            tlp=story.tlp.label,
            sources=link_sources(story),
            post_url=escape.url(post_url),
        )
    )
