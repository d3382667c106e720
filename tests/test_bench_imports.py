"""Every name a bench script imports from veilleur still exists.

The bench scripts import private names of veilleur's modules (a pattern, a helper), mostly inside
their functions so that another checkout's code can be scored; moving such a name inside src/
breaks a bench that no other test runs (bench/learned_category.py imported `_POLICE_ACTION` from
category.py after it had moved). Every `from veilleur… import …` of bench/, at any depth of a
script, is resolved against the package imported here.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def _guarded(tree: ast.AST) -> set[int]:
    """ids of the nodes inside a `try` that catches ImportError: a fallback for an older checkout's
    code (a baseline), expected to fail on the current one."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            "ImportError" in ast.unparse(h.type) for h in node.handlers if h.type is not None
        ):
            guarded |= {
                id(inner) for part in (node.body, node.handlers) for top in part for inner in ast.walk(top)
            }
    return guarded


def veilleur_imports(path: Path) -> list[tuple[int, str, str]]:
    """(line, module, name) of every `from veilleur[.x] import name` in a Python file, nested ones
    included, but those guarded by `except ImportError`; `import veilleur.x` gives
    (line, "veilleur.x", "")."""
    found: list[tuple[int, str, str]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = _guarded(tree)
    for node in ast.walk(tree):
        if id(node) in guarded:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "veilleur" or node.module.startswith("veilleur."):
                found += [(node.lineno, node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, "") for a in node.names if a.name.startswith("veilleur.")]
    return found


def unresolved(path: Path) -> list[str]:
    """`file:line module.name` of each veilleur import of `path` that does not resolve."""
    missing = []
    for line, module, name in veilleur_imports(path):
        try:
            imported = importlib.import_module(module)
        except ImportError:
            missing.append(f"{path.name}:{line} {module}")
            continue
        if name and name != "*" and not hasattr(imported, name):
            try:
                importlib.import_module(f"{module}.{name}")  # a submodule
            except ImportError:
                missing.append(f"{path.name}:{line} {module}.{name}")
    return missing


def test_every_veilleur_name_a_bench_script_imports_exists() -> None:
    scripts = sorted(BENCH.rglob("*.py"))
    assert len(scripts) > 20
    assert sum(len(veilleur_imports(p)) for p in scripts) > 50
    assert [m for p in scripts for m in unresolved(p)] == []


def test_a_moved_name_is_reported_even_inside_a_function(tmp_path: Path) -> None:
    script = tmp_path / "moved_bench.py"
    script.write_text(
        "import json\n"
        "from veilleur.models import Article\n"
        "def main():\n"
        "    from veilleur.enrich.category import _NO_SUCH_PATTERN, rule_category\n"
        "    import veilleur.no_such_module\n"
        "    try:\n"
        "        from veilleur.batch import _OLD_NAME\n"
        "    except ImportError:  # an older checkout's name\n"
        "        from veilleur.cli import _OLDER_NAME\n",
        encoding="utf-8",
    )
    assert unresolved(script) == [
        "moved_bench.py:4 veilleur.enrich.category._NO_SUCH_PATTERN",
        "moved_bench.py:5 veilleur.no_such_module",
    ]


def test_every_stage_bench_cores_times_is_a_method_of_the_runner() -> None:
    # bench/cores.py called `pipeline.brief()` by name after the method became cluster_then_brief:
    # an AttributeError in its child process, a CalledProcessError traceback for the user.
    import sys

    from veilleur.pipeline import Pipeline

    sys.path.insert(0, str(BENCH))
    import cores  # type: ignore[import-not-found]

    assert list(cores.STAGES) == ["collect", "fetch", "extract", "enrich", "cluster", "brief", "publish"]
    assert [m for m in cores.STAGES.values() if not callable(getattr(Pipeline, m, None))] == []
