"""Prompts are versioned files: changing one means a new version, so cached briefings made with
the old one are not mistaken for the new."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined

from veilleur.brief.backend import BriefRequest
from veilleur.brief.facts import fact_lines

# v2: the model also receives the facts the facts backend would state (brief/facts.py), in French.
PROMPT_VERSION = "briefing-v2"
LANGUAGES = {"fr": "français", "en": "anglais", "nl": "néerlandais", "de": "allemand"}
# Words of article text sent to a model: enough for any news article, bounded for small contexts.
MAX_INPUT_WORDS = 1500


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return files("veilleur.brief").joinpath("prompts", name).read_text("utf-8")


def trim(text: str, max_words: int = MAX_INPUT_WORDS) -> str:
    words = text.split(" ")
    return text if len(words) <= max_words else " ".join(words[:max_words]) + " […]"


def messages(
    request: BriefRequest, feedback: list[str], max_words: int = MAX_INPUT_WORDS
) -> list[dict[str, str]]:
    """Chat messages for one article; the article is delimited as data."""
    article, intel = request.article, request.intel
    # The delimiters must stay unambiguous: an article cannot close them itself.
    text = (
        trim(article.text, max_words).replace("ARTICLE>>>", "ARTICLE»»»").replace("<<<ARTICLE", "«««ARTICLE")
    )
    user = Environment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True).from_string(
        _read(f"{PROMPT_VERSION}.user.md")
    )
    content = user.render(
        outlet=request.outlet,
        title=article.title,
        language=LANGUAGES.get(article.lang, article.lang or "inconnue"),
        category=intel.category,
        cves=", ".join(intel.cve_ids),
        facts=fact_lines(request),
        text=text,
        feedback=feedback,
    )
    return [
        {"role": "system", "content": _read(f"{PROMPT_VERSION}.system.md")},
        {"role": "user", "content": content},
    ]
