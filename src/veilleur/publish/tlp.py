"""TLP of stories: each source has a label (`[[sources]] tlp = "amber"`, default clear) and a
story takes the strictest label of the sources of its articles. Public channels (the site's posts,
`feed.xml`, `feed.json`) carry only stories at or below `[publish] max_public_tlp`."""

from __future__ import annotations

from collections.abc import Iterable

from veilleur import catalogue
from veilleur.config import Settings
from veilleur.models import Tlp


def source_labels(settings: Settings) -> dict[str, Tlp]:
    """Source name → its TLP: the built-in catalogue's (clear) overridden by the configured
    sources'. A source added by hand (`veilleur sources add`) is not listed: clear."""
    labels: dict[str, Tlp] = {}
    if settings.catalogue:
        labels.update({source.name: source.tlp for source in catalogue.CATALOGUE})
    labels.update({source.name: source.tlp for source in settings.sources})
    return labels


def story_label(sources: Iterable[str], labels: dict[str, Tlp]) -> Tlp:
    """The strictest label of the named sources (CLEAR for an unknown source)."""
    return Tlp.strictest([labels.get(name, Tlp.CLEAR) for name in sources])


def public(label: Tlp, settings: Settings) -> bool:
    """True when a story of `label` may leave by a public channel."""
    return label.allows(settings.publish.max_public_tlp)
