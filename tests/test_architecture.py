"""Imports point down the flow: records and text at the bottom, then the stages in flow order
(collect → extract → enrich → cluster → brief → publish), the store beside them, then the runner,
then the CLI and the web console. Every module of the package is parsed (ast) and placed in a layer;
a module nobody placed fails the test, so a new one is placed on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "veilleur"

BASE = 0  # records, settings, text helpers, checks of what users give
STAGES = ("collect", "extract", "enrich", "cluster", "brief", "publish")  # ranks 1 to 6, in flow order
RUNNER = 7  # reads from the store, runs the stages, writes back
FRONT = 8  # the CLI and the web console

# The first dotted part after `veilleur.` → its rank. The store has no rank: see `_allowed`.
LAYER: dict[str, int] = {
    "": BASE,  # veilleur/__init__.py (the version)
    "models": BASE,
    "config": BASE,
    "text": BASE,
    "clock": BASE,
    "redact": BASE,
    "edge": BASE,
    "crowded": BASE,
    "boundary": BASE,
    "catalogue": BASE,
    "opml": BASE,
    "jsonl": BASE,  # JSON-lines files read line by line, bounded and repaired
    "cache_folder": BASE,  # the user's cache folder and the removal of stale copies in it
    **{stage: rank for rank, stage in enumerate(STAGES, start=1)},
    "pipeline": RUNNER,
    "brief_stage": RUNNER,
    "publish_stage": RUNNER,
    "collect_stage": RUNNER,
    "extract_stage": RUNNER,
    "stage_host": RUNNER,
    "cluster_stage": RUNNER,
    "cluster_window": RUNNER,
    "summary": RUNNER,  # what a run did
    "publishing": RUNNER,  # the publish stage's steps over the store
    "parallel": RUNNER,
    "thread_limit": RUNNER,
    "preload": RUNNER,  # what the runner loads before forking the workers of the later stages
    "corrections": RUNNER,
    "decisions": RUNNER,
    "report": RUNNER,
    "demo": RUNNER,
    "workers": RUNNER,  # the same steps as jobs on PostgreSQL-backed workers
    "batch": RUNNER,  # JSON-lines batches through extraction, enrichment and clustering
    "cli": FRONT,
    "web": FRONT,
    "__main__": FRONT,
}
STORE = "store"

# Known violations still to remove, (importer, imported) module names. The list may only shrink:
# an entry that no longer happens fails the test too, so it is deleted when it is fixed.
# Each is a stage that drives the store (or takes a record the store defines) instead of returning
# records for the runner to save.
DEBTS: set[tuple[str, str]] = set()  # none left


def module_name(path: Path, src: Path = SRC) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, src: Path = SRC) -> set[str]:
    """The `veilleur…` modules `path` imports, relative imports resolved, under TYPE_CHECKING too."""
    name = module_name(path, src)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
    return {module for module in found if module == "veilleur" or module.startswith("veilleur.")}


def part(module: str) -> str:
    """`veilleur.brief.guard.names` → `brief`; `veilleur` → ``."""
    return module.split(".")[1] if "." in module else ""


def _allowed(importer: str, imported: str) -> bool:
    low, high = part(importer), part(imported)
    if low == high:
        return True
    if high == STORE:  # the store is read and written by the runner and above, never by a stage
        return LAYER[low] >= RUNNER
    if low == STORE:  # the store loads and saves records: it knows the bottom layer only
        return LAYER[high] == BASE
    return LAYER[high] <= LAYER[low]


def import_edges() -> set[tuple[str, str]]:
    return {
        (module_name(path), imported)
        for path in sorted(PACKAGE.rglob("*.py"))
        for imported in imports_of(path)
    }


def test_every_module_is_placed_in_a_layer() -> None:
    unplaced = sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if part(module_name(path)) not in LAYER and part(module_name(path)) != STORE
    )
    assert unplaced == [], f"place these modules in a layer of tests/test_architecture.py: {unplaced}"


def test_imports_point_down_the_flow() -> None:
    wrong = sorted(edge for edge in import_edges() - DEBTS if not _allowed(*edge))
    assert wrong == [], "imports against the flow:\n" + "\n".join(f"{a} -> {b}" for a, b in wrong)


def test_the_list_of_known_violations_only_shrinks() -> None:
    fixed = sorted(DEBTS - {edge for edge in import_edges() if not _allowed(*edge)})
    assert fixed == [], f"these are fixed: delete them from DEBTS: {fixed}"


def test_the_checker_sees_violations() -> None:
    """The rules themselves: a stage importing a later stage or the store, the store importing a
    stage, or a base module importing a stage, are refused; the runner importing both is not."""
    assert not _allowed("veilleur.enrich.victims", "veilleur.brief.guard")
    assert not _allowed("veilleur.collect.http", "veilleur.extract")
    assert not _allowed("veilleur.publish.register", "veilleur.store.rows")
    assert not _allowed("veilleur.store.store", "veilleur.brief.guard")
    assert not _allowed("veilleur.edge", "veilleur.publish.jekyll")
    assert not _allowed("veilleur.pipeline", "veilleur.cli")
    assert _allowed("veilleur.brief.facts", "veilleur.enrich.cves")
    assert _allowed("veilleur.enrich.facts", "veilleur.text.sentences")
    assert _allowed("veilleur.store.store", "veilleur.models")
    assert _allowed("veilleur.pipeline", "veilleur.store")
    assert _allowed("veilleur.cli", "veilleur.pipeline")


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    """`from ..store import x` inside a stage is seen as importing the store."""
    package = tmp_path / "src" / "veilleur" / "publish"
    package.mkdir(parents=True)
    module = package / "plan.py"
    module.write_text("from ..store import rows\nfrom . import slug\nimport veilleur.models\n")
    assert imports_of(module, tmp_path / "src") == {"veilleur.store", "veilleur.publish", "veilleur.models"}
    assert not _allowed("veilleur.publish.plan", "veilleur.store")


MAX_LINES = 400  # a module is read in one sitting
# Modules still longer, to split; a module not listed here may not grow past MAX_LINES.
LARGE: set[str] = set()  # none left


def test_modules_stay_small() -> None:
    long = {
        module_name(path): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    new = {name: count for name, count in long.items() if name not in LARGE}
    assert new == {}, f"split these modules (one role each, under {MAX_LINES} lines): {new}"


# The store is a set of small repositories that load and save records: `Store` holds the engine,
# the migrations, the batch and the repositories, and no record method of its own.
STORE_METHODS = {"batch", "close", "counts"}  # the transaction scope, closing, row counts
MAX_REPOSITORY_METHODS = 15  # one kind of record each


def public_methods(cls: type) -> set[str]:
    """The public callables of `cls`, inherited ones included (`object`'s are not public)."""
    return {name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name))}


def repositories() -> dict[str, type]:
    """Every repository class of the store's modules, by `module.Class`."""
    import importlib
    import inspect

    from veilleur.store.db import Repository

    found: dict[str, type] = {}
    for path in sorted((PACKAGE / "store").glob("*.py")):
        module = importlib.import_module(module_name(path))
        for name, value in vars(module).items():
            defined_here = inspect.isclass(value) and value.__module__ == module.__name__
            if defined_here and issubclass(value, Repository) and value is not Repository:
                found[f"{module.__name__}.{name}"] = value
    return found


def test_the_store_has_no_record_methods_of_its_own() -> None:
    from veilleur.store import Store

    extra = sorted(public_methods(Store) - STORE_METHODS)
    assert extra == [], f"record methods on Store (move them to a repository in veilleur/store/): {extra}"


def test_each_repository_is_small_and_in_a_module_of_its_own() -> None:
    found = repositories()
    assert len(found) >= 10, sorted(found)
    fat = {name: len(public_methods(cls)) for name, cls in found.items()}
    fat = {name: count for name, count in fat.items() if count > MAX_REPOSITORY_METHODS}
    assert fat == {}, f"split these repositories (one kind of record each): {fat}"
    modules = [name.rsplit(".", 1)[0] for name in found]
    assert len(modules) == len(set(modules)), f"one repository per module: {sorted(found)}"


def test_every_repository_is_one_of_the_store_s(tmp_path: Path) -> None:
    """Each repository class is reached as an attribute of an open store (`store.posts`…), all
    over one shared `Db`: a batch groups the writes of every one of them."""
    from veilleur.store import Store
    from veilleur.store.db import Repository

    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        held = {name: value for name, value in vars(store).items() if isinstance(value, Repository)}
        assert {type(value) for value in held.values()} == set(repositories().values())
        assert all(value.db is store.db for value in held.values())
    finally:
        store.close()


def test_the_size_checks_see_a_fat_store() -> None:
    class Fat:
        def batch(self) -> None: ...

        def save_post(self) -> None: ...

    assert public_methods(Fat) - STORE_METHODS == {"save_post"}
    many = {f"load_{n}": lambda self: None for n in range(MAX_REPOSITORY_METHODS + 1)}
    assert len(public_methods(type("Many", (), many))) > MAX_REPOSITORY_METHODS


def _records_built_outside_their_stage(src: Path = SRC) -> set[tuple[str, str]]:
    """(stage module, class) for each dataclass or pydantic model a stage defines that a module
    outside that stage imports by name and builds."""
    defined: dict[tuple[str, str], str] = {}  # (module, class) → its stage
    for path in sorted((src / "veilleur").rglob("*.py")):
        name = module_name(path, src)
        if part(name) in STAGES:
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.ClassDef) and (
                    any("dataclass" in ast.unparse(d) for d in node.decorator_list)
                    or any(ast.unparse(b).endswith("BaseModel") for b in node.bases)
                ):
                    defined[(name, node.name)] = part(name)
    found: set[tuple[str, str]] = set()
    for path in sorted((src / "veilleur").rglob("*.py")):
        name = module_name(path, src)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.asname or alias.name: (node.module, alias.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
            for alias in node.names
        }
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in imported:
                origin = imported[call.func.id]
                if origin in defined and defined[origin] != part(name):
                    found.add(origin)
    return found


def test_records_that_cross_a_stage_are_defined_with_the_records() -> None:
    """A record a stage defines and another part builds crosses a stage: it belongs in
    veilleur.models (the stage may re-export it under its old name)."""
    assert _records_built_outside_their_stage() == set()


def test_the_record_check_sees_a_stage_record_built_elsewhere(tmp_path: Path) -> None:
    package = tmp_path / "veilleur"
    (package / "cluster").mkdir(parents=True)
    (package / "cluster" / "features.py").write_text(
        "from dataclasses import dataclass\n\n@dataclass\nclass Input:\n    id: str\n", encoding="utf-8"
    )
    (package / "batch.py").write_text(
        "from veilleur.cluster.features import Input\n\nITEM = Input('1')\n", encoding="utf-8"
    )
    assert _records_built_outside_their_stage(tmp_path) == {("veilleur.cluster.features", "Input")}
