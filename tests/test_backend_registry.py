"""Briefing backends are found one way: the `veilleur.backends` entry points, where the project
declares its built-in ones (pyproject.toml) as an installed plugin declares its own. Every backend
meets one interface, `BriefingBackend` (`name`, `brief(request) -> Briefing`)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from veilleur.brief.backend import GROUP, BriefingBackend, BriefRequest, create_backend, registered
from veilleur.brief.facts import FactsBackend
from veilleur.brief.llamacpp_backend import LlamaCppBackend
from veilleur.brief.model import ChatBackend, ModelBackend
from veilleur.brief.openai_backend import OpenAIBackend
from veilleur.config import BriefConfig
from veilleur.enrich import enrich
from veilleur.models import Article

PLUGIN = '''
from veilleur.models import Briefing


class WholeBackend:
    """A plugin that writes whole briefings."""

    name = "whole"

    def __init__(self, config):
        self.config = config

    def brief(self, request):
        return Briefing(heading="Titre", summary="Résumé du plugin.", sources=[request.url])


class NoBrief:
    name = "nobrief"

    def __init__(self, config):
        pass
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An installed plugin distribution (its dist-info and module on sys.path): its name."""
    (tmp_path / "veilleur_whole_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = tmp_path / "veilleur_whole_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: veilleur-whole-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[veilleur.backends]\n"
        "whole = veilleur_whole_plugin:WholeBackend\n"
        "nobrief = veilleur_whole_plugin:NoBrief\n"
        # A plugin cannot take a built-in's name: the project's own declaration comes first.
        "facts = veilleur_whole_plugin:WholeBackend\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    return "veilleur-whole-plugin"


def test_a_plugin_and_a_built_in_are_found_the_same_way(plugin: str) -> None:
    points = registered()
    assert {"facts", "extractive", "openai", "llamacpp", "whole"} <= set(points)
    # Entry points by what they are, not by class: once the console's charts (pygal) have imported
    # the importlib_metadata backport, its finder yields the backport's EntryPoint class.
    assert all(point.group == GROUP and callable(point.load) for point in points.values())
    # The built-ins come from the project's own distribution, the plugin from its own.
    assert {points[name].dist.name for name in ("facts", "openai", "llamacpp")} == {"veilleur"}  # type: ignore[union-attr]
    assert points["whole"].dist.name == plugin  # type: ignore[union-attr]
    assert points["facts"].load() is FactsBackend
    assert points["openai"].load() is OpenAIBackend and points["llamacpp"].load() is LlamaCppBackend

    article = Article(
        url="https://news.example/a", canonical_url="https://news.example/a", title="T", text="x"
    )
    request = BriefRequest(article=article, intel=enrich(article), outlet="News", url=article.url)
    for name in ("whole", "facts"):
        backend = create_backend(name, BriefConfig())
        assert isinstance(backend, BriefingBackend) and backend.brief(request).sources == [article.url]


def test_an_object_without_brief_is_no_backend(plugin: str) -> None:
    with pytest.raises(TypeError, match="nobrief"):
        create_backend("nobrief", BriefConfig())
    with pytest.raises(KeyError, match=r"known: .*facts"):
        create_backend("nosuch", BriefConfig())


def test_models_meet_the_one_interface_and_say_they_are_models() -> None:
    for model in (OpenAIBackend, LlamaCppBackend):
        assert issubclass(model, ChatBackend) and callable(model.brief)
    assert isinstance(create_backend("facts", BriefConfig()), BriefingBackend)
    assert not isinstance(create_backend("facts", BriefConfig()), ModelBackend)
