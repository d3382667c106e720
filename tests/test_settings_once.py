"""Settings are built once per command and never changed afterwards: what a command is given
(`run --out`, `stories merge --out`, the demo's loopback web) makes new settings, read wherever
they are needed; no module of the package assigns to a setting."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pydantic import ValidationError

from veilleur.config import Settings, load_settings, replaced
from veilleur.demo import demo_settings
from veilleur.models import Source, SourceKind

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "veilleur"


def _holders(node: ast.expr) -> list[str]:
    """The names `node` is reached through, not its own: `self.settings.http.retries` →
    ['http', 'settings', 'self']."""
    names = []
    node = node.value if isinstance(node, (ast.Attribute, ast.Subscript)) else node
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
    return names


def _changes_to_settings(tree: ast.AST) -> list[int]:
    """Lines that assign to `settings.…` (or `self.settings.…`) or call a list or dict method
    that changes one in place (`settings.sources.append(…)`)."""
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr
            in {"append", "extend", "insert", "update", "pop", "clear", "remove", "setdefault"}
        ):
            targets = [node.func]  # the method: what holds it is what changes
        for target in targets:
            if isinstance(target, (ast.Attribute, ast.Subscript)) and "settings" in _holders(target):
                found.append(node.lineno)
    return sorted(found)


def test_no_module_changes_settings_once_built() -> None:
    changed = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _changes_to_settings(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert changed == {}, f"settings changed after they were built (use config.replaced): {changed}"


def test_the_checker_sees_changes() -> None:
    code = (
        "settings.publish.out_dir = out\n"
        "self.settings.store_url = 'x'\n"
        "settings.sources.append(source)\n"
        "settings.http.retries += 1\n"
        "other.publish = 1\n"
        "self.settings = settings\n"
        "self.settings.sources.clear()\n"
        "settings = replaced(settings, store_url='x')\n"
    )
    assert _changes_to_settings(ast.parse(code)) == [1, 2, 3, 4, 7]


def test_replaced_gives_new_validated_settings_and_leaves_the_old_ones(tmp_path: Path) -> None:
    source = Source(name="f", kind=SourceKind.FEED, url="https://u:pw@feeds.example/rss", tag="f")
    before = load_settings(None, catalogue=False, sources=[source])
    after = replaced(before, publish__out_dir=str(tmp_path), http__retries="5", store_url="sqlite:///x.db")

    assert after.publish.out_dir == tmp_path and isinstance(after.publish.out_dir, Path)  # validated
    assert after.http.retries == 5 and after.store_url == "sqlite:///x.db"
    # A key never written out is kept: the feed's credentials taken from its URL at load.
    assert after.http.credentials == before.http.credentials == {"https://feeds.example:443": ("u", "pw")}
    # The settings it was made from are as they were.
    assert before.http.retries == 2 and before.store_url == "" and before.publish.out_dir != tmp_path
    assert after.brief is before.brief  # what did not change is shared, not copied


@pytest.mark.parametrize(
    "changes",
    [{"publish__no_such_key": 1}, {"no_such_section__x": 1}, {"http__retries": "many"}, {"store_url": 3}],
)
def test_replaced_refuses_a_misspelt_key_or_a_wrong_value(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # pydantic's ValidationError is a ValueError
        replaced(Settings(catalogue=False), **changes)
    assert issubclass(ValidationError, ValueError)


def test_the_demo_settings_allow_its_loopback_web(tmp_path: Path) -> None:
    settings = demo_settings(tmp_path, "http://127.0.0.1:8642")
    assert settings.publish.out_dir == tmp_path
    assert settings.http.allow_private and settings.http.politeness_delay == 0.0
    assert (settings.http.retries, settings.http.backoff) == (1, 0.1)
    assert settings.sources and not settings.catalogue
