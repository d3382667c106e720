"""Patterns compiled from the programs a process kept are the patterns `re` compiles itself.

Each process runs in a subprocess (the cache replaces `re`'s compiler for the whole process), with
its own cache folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Enrichment's modules and models, as a run loads them before its workers fork; then what the
# process kept: (patterns compiled, programs missing from the file, Screened patterns read again).
WARM = """
import json
from veilleur.text import regex_cache
regex_cache.install()
import veilleur.enrich
from veilleur.text import prefilter
veilleur.enrich.warm_up(["en", "en"])
misses = regex_cache._misses
regex_cache.save()
print(json.dumps([len(regex_cache._used), misses, len(prefilter._MADE)]))
"""

# Every program of the file against `re`'s own compilation of its pattern; every Screened pattern's
# reading (literals, folding) and every case-sensitive rewriting (`text.folded`) against making it
# again.
CHECK = """
import json
from veilleur.text import regex_cache, prefilter
regex_cache.install()
import veilleur.enrich
veilleur.enrich.warm_up(["en", "en"])
programs = regex_cache._load()
differ = [p for (p, f), program in programs.items() if regex_cache._build(program, p) != regex_cache._ORIGINAL(p, f)]
readings = 0
for screen in list(prefilter._MADE):
    literals, folds = prefilter._reading(screen.pattern)
    kept = (set(screen.literals or ()), screen._fold is prefilter.fold)
    readings += kept != (set(literals or ()), folds)
from veilleur.text import folded
rewritings = [name for name in regex_cache._derived if name.startswith("folded")]
for name in rewritings:
    flags, source = name.split(chr(0), 1)[1].split(":", 1)
    kept, again = regex_cache._derived[name], folded._folded_program(source, int(flags))
    readings += (kept is None) != (again is None) or (
        kept is not None and regex_cache.build(kept) != regex_cache.build(again)
    )
assert len(rewritings) > 50
print(json.dumps([len(programs), len(differ), readings, len(prefilter._MADE)]))
"""


def _run(code: str, cache: Path) -> list[int]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "XDG_DATA_HOME": str(cache / "data")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    result: list[int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_programs_read_back_compile_the_same_patterns(tmp_path: Path) -> None:
    used, misses, screened = _run(WARM, tmp_path)
    assert used > 300 and misses >= used  # nothing kept yet: every pattern compiled, every reading made
    [file] = (tmp_path / "veilleur").glob("install-*/regex-*/programs.json")
    written = file.stat().st_mtime_ns
    used_again, misses_again, _ = _run(WARM, tmp_path)
    # Read back: only the few patterns built in a set's order (new in each process) are compiled,
    # and the file is not written again for them.
    assert used_again == used and misses_again < 10
    assert file.stat().st_mtime_ns == written
    kept, differ, readings, screened_again = _run(CHECK, tmp_path)
    assert kept >= used and screened_again == screened > 100
    assert differ == 0 and readings == 0


def _write_signed(file: Path, data: object, home: Path) -> None:
    """`data` as the cache file, signed with the key of the data folder `_run` gives (`home/data`)."""
    code = (
        "import json, sys\nfrom pathlib import Path\nfrom veilleur.text import regex_cache as r\n"
        "path, body = Path(sys.argv[1]), json.dumps(json.load(sys.stdin)).encode()\n"
        "path.write_bytes(r._HEADER + r._signature(r._key(create=True), path, body) + b'\\n' + body)"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data")}
    subprocess.run(
        [sys.executable, "-c", code, str(file)], input=json.dumps(data), text=True, env=env, check=True
    )


def test_a_damaged_file_is_compiled_afresh_and_written_again(tmp_path: Path) -> None:
    env_file = tmp_path / "veilleur"
    used, _, _ = _run(WARM, tmp_path)
    [file] = env_file.glob("install-*/regex-*/programs.json")
    data = json.loads(file.read_bytes().partition(b"\n")[2])
    for entry in data["programs"]:
        entry[3] = [0, 0, 0]  # a program the engine refuses
    _write_signed(file, data, tmp_path)
    used_again, misses, _ = _run(WARM, tmp_path)
    assert used_again == used and misses >= used
    file.write_text("{not json", encoding="utf-8")
    _run(WARM, tmp_path)
    kept, differ, readings, _ = _run(CHECK, tmp_path)
    assert kept >= used and differ == 0 and readings == 0


def test_without_install_nothing_is_kept(tmp_path: Path) -> None:
    code = (
        "import re\nfrom veilleur.text import regex_cache\n"
        "re.compile('veilleur-not-kept')\nregex_cache.save()\n"
        "print(regex_cache._owner, len(regex_cache._used))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "0"]
    assert not (tmp_path / "veilleur").exists()


# A long-running process (a worker, the console) compiles patterns built from article text: what it
# notes for `save` stays within what `save` writes, and a forked process, which never saves, notes
# nothing.
BOUNDED = """
import os, re
from veilleur.text import regex_cache
regex_cache.MAX_PATTERNS = 50
regex_cache.install()
for number in range(500):
    re.compile(f"(?<![\\\\w-])name-{number}(?![\\\\w-])")
noted = len(regex_cache._used)
read, write = os.pipe()
if os.fork() == 0:
    for number in range(500, 600):
        re.compile(f"name-{number}")
    os.write(write, str(len(regex_cache._used)).encode())
    os._exit(0)
os.wait()
print(noted, os.read(read, 100).decode())
"""


def test_a_long_running_process_notes_no_more_than_it_saves(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", BOUNDED], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["50", "50"]


def test_post_prints_the_same_post_from_kept_programs(tmp_path: Path) -> None:
    """`veilleur post` compiles its patterns through the cache: the second process, reading what the
    first one kept, prints the same post, and has no pattern left to write."""
    from conftest import shared_path

    seed = shared_path("seeds", "000_2c8f3f87bf6db0f0.txt")
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "VEILLEUR_NOW": "2026-03-10T07:00:00+00:00",
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    command = [sys.executable, "-m", "veilleur", "post", str(seed)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, check=True)
    [file] = (tmp_path / "cache" / "veilleur").glob("install-*/regex-*/programs.json")
    written = file.stat().st_mtime_ns
    assert file.stat().st_size > 100_000  # hundreds of programs
    second = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, check=True)
    assert second.stdout == first.stdout and "title: " in first.stdout
    assert file.stat().st_mtime_ns == written
