"""A cache of compiled patterns that is damaged, foreign, hostile or not a file never changes what a
pattern matches, never stops or hangs the process, and never piles up (`text/regex_cache.py`).

Each process runs in a subprocess (the cache replaces `re`'s compiler for the whole process) with its
own cache and data folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

# Compiles a few patterns through the cache, saves, and says what they matched.
PROBE = """
import json, re, sys
from veilleur.text import regex_cache
regex_cache.SAVE_AFTER = 0.0  # always written, however little was compiled
regex_cache.install()
found = {
    "installed": re._compiler.compile is regex_cache._compile,
    "password_finds_secret": bool(re.compile("password").search("my secret")),
    "password_finds_password": bool(re.compile("password").search("a password")),
}
try:
    re.compile("(")
    found["unbalanced_compiles"] = True
except re.error:
    found["unbalanced_compiles"] = False
for number in range(int(sys.argv[1]) if len(sys.argv) > 1 else 0):
    re.compile(f"(?<![\\\\w-])name-{number}(?![\\\\w-])")
regex_cache.save()
print(json.dumps(found))
"""

SAFE = {
    "installed": True,
    "password_finds_secret": False,
    "password_finds_password": True,
    "unbalanced_compiles": False,
}


def _env(home: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        **extra,
    }


def _probe(home: Path, *args: str, timeout: float = 120, **extra: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _cache_file(home: Path) -> Path:
    code = "from veilleur.text import regex_cache\nprint(regex_cache.cache_file())"
    done = subprocess.run([sys.executable, "-c", code], env=_env(home), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return Path(done.stdout.strip())


def _program(pattern: str) -> list[Any]:
    """What `re` hands the engine for `pattern` (flags, code, groups - 1, groupindex, indexgroup)."""
    code = (
        "import json, sys\nfrom veilleur.text import regex_cache\n"
        "print(json.dumps(regex_cache._program(sys.argv[1], 0)))"
    )
    done = subprocess.run([sys.executable, "-c", code, pattern], capture_output=True, text=True, check=True)
    program: list[Any] = json.loads(done.stdout)
    return program


def _hostile_files(home: Path) -> list[bytes]:
    """Files that map 'password' to another pattern's program, '(' to a valid program, or hold a
    program whose numbers the engine cannot take: bare JSON (the format of a cache without
    signatures), and the same under a header signed by another key."""
    secret, other = _program("secret"), _program("x")
    overflowing = _program("password")
    overflowing[1] = [10**30] * len(overflowing[1])
    negative = _program("password")
    negative[2] = -(10**20)
    bodies = [
        {"programs": [["password", 0, *secret], ["(", 0, *other]], "derived": {}},
        {"programs": [["password", 0, *overflowing]], "derived": {}},
        {"programs": [["password", 0, *negative]], "derived": {}},
        {"programs": [["password", 0, *secret[:3], ["x"], "abc"]], "derived": []},
    ]
    files = [json.dumps(body).encode() for body in bodies]
    header = b"veilleur-regex-cache-1 " + b"0" * 64 + b"\n"
    return files + [header + body for body in files]


def test_a_hostile_file_changes_no_match_and_stops_nothing(tmp_path: Path) -> None:
    for number, content in enumerate(_hostile_files(tmp_path)):
        home = tmp_path / str(number)
        file = _cache_file(home)
        file.parent.mkdir(parents=True)
        file.write_bytes(content)
        assert _probe(home) == SAFE, content[:200]
        # Written again by the run, and read back by the next one with the same matches.
        assert not file.read_bytes().startswith(content[:40])
        assert _probe(home) == SAFE


def test_a_signed_program_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    """Even a file signed with the user's own key (damaged in memory, a bug) cannot stop a run."""
    _probe(tmp_path)  # makes the key and a file
    file = _cache_file(tmp_path)
    overflowing = _program("password")
    overflowing[1] = [10**30] * len(overflowing[1])
    body = json.dumps({"programs": [["password", 0, *overflowing]], "derived": {}}).encode()
    sign = (
        "import sys\nfrom pathlib import Path\nfrom veilleur.text import regex_cache as r\n"
        "path, body = Path(sys.argv[1]), sys.stdin.buffer.read()\n"
        "path.write_bytes(r._HEADER + r._signature(r._key(create=False), path, body) + b'\\n' + body)"
    )
    subprocess.run([sys.executable, "-c", sign, str(file)], input=body, env=_env(tmp_path), check=True)
    assert _probe(tmp_path) == SAFE


def test_a_file_moved_from_another_python_is_not_read(tmp_path: Path) -> None:
    _probe(tmp_path, "50")
    file = _cache_file(tmp_path)
    foreign = file.parent.with_name("regex-cpython-399-0-1") / "programs.json"
    foreign.parent.mkdir()
    file.rename(foreign)
    code = "from veilleur.text import regex_cache as r\nr.cache_file = lambda: r.Path(r.sys.argv[1])\n"
    code += "print(len(r._load()))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(foreign)], env=_env(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.split() == ["0"], done.stderr[-2000:]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_a_folder_in_place_of_the_file_neither_hangs_nor_leaves_files(tmp_path: Path) -> None:
    fifo_home, folder_home = tmp_path / "fifo", tmp_path / "folder"
    fifo = _cache_file(fifo_home)
    fifo.parent.mkdir(parents=True)
    os.mkfifo(fifo)
    # Opening a pipe nobody writes to blocks for ever: the run must not wait on it.
    assert _probe(fifo_home, "50", timeout=60) == SAFE
    assert fifo.is_file() and _probe(fifo_home) == SAFE
    folder = _cache_file(folder_home)
    folder.mkdir(parents=True)
    for _ in range(3):
        assert _probe(folder_home, "50") == SAFE
    assert folder.is_dir() and sorted(p.name for p in folder.parent.iterdir()) == ["programs.json"]


def test_temporary_files_a_killed_save_left_are_removed(tmp_path: Path) -> None:
    file = _cache_file(tmp_path)
    file.parent.mkdir(parents=True)
    old, fresh = file.parent / "tmpold.tmp", file.parent / "tmpfresh.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b"{half a file")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    assert _probe(tmp_path, "20") == SAFE
    # A fresh one may be another run's save under way: kept.
    assert not old.exists() and fresh.exists() and file.is_file()


def test_the_file_stays_under_its_size_and_is_read_back(tmp_path: Path) -> None:
    code = (
        "import re, json\nfrom veilleur.text import regex_cache as r\nr.MAX_BYTES = 60_000\n"
        "r.SAVE_AFTER = 0.0\nr.install()\n"
        "for n in range(400):\n    re.compile('(?:' + '|'.join(f'w{n}x{i}' for i in range(30)) + ')')\n"
        "r.save()\nprint(r.cache_file().stat().st_size)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert 30_000 < int(done.stdout) <= 60_000
    read = "from veilleur.text import regex_cache as r\nr.MAX_BYTES = 60_000\nprint(len(r._load()))"
    done = subprocess.run([sys.executable, "-c", read], env=_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0 and int(done.stdout) > 20, done.stderr[-2000:]
    # A larger file than a reader accepts is not read at all.
    smaller = read.replace("60_000", "20_000")
    done = subprocess.run([sys.executable, "-c", smaller], env=_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.split() == ["0"], done.stderr[-2000:]


def test_two_runs_saving_at_once_leave_one_good_file(tmp_path: Path) -> None:
    env = _env(tmp_path)
    for _ in range(3):
        runs = [
            subprocess.Popen([sys.executable, "-c", PROBE, "300"], env=env, stdout=subprocess.PIPE)
            for _ in range(2)
        ]
        for run in runs:
            out, _ = run.communicate(timeout=120)
            assert run.returncode == 0 and json.loads(out) == SAFE
    check = (
        "from veilleur.text import regex_cache as r\nprograms = r._load()\n"
        "print(len(programs), sum(r._build(p, s) != r._ORIGINAL(s, f) for (s, f), p in programs.items()))"
    )
    done = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, text=True)
    kept, differ = map(int, done.stdout.split())
    assert kept > 300 and differ == 0
    assert [p.name for p in _cache_file(tmp_path).parent.iterdir()] == ["programs.json"]


def test_switched_off_by_the_environment(tmp_path: Path) -> None:
    for value in ("off", "0", "no", "false", "OFF"):
        found = _probe(tmp_path, "50", VEILLEUR_REGEX_CACHE=value)
        assert found == {**SAFE, "installed": False}
        assert not (tmp_path / "cache" / "veilleur").exists()
    assert _probe(tmp_path, "50", VEILLEUR_REGEX_CACHE="on") == SAFE
    assert _cache_file(tmp_path).is_file()


def test_a_rewriting_the_engine_refuses_is_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """`text.folded`'s kept rewriting of a pattern: a program with numbers the engine cannot take
    (OverflowError, which escaped before) is rewritten again, to the same pattern."""
    from veilleur.text import folded

    expected = folded.folded_source("(?i)quillpage|brisebourg", 0)
    assert expected is not None
    damaged = folded._folded_program("(?i)quillpage|brisebourg", 0)
    assert damaged is not None
    damaged[1] = [10**30] * len(damaged[1])
    monkeypatch.setattr(folded, "remembered", lambda _kind, _key, _compute: damaged)
    assert folded.folded_source("(?i)quillpage|brisebourg", 0) == expected


def test_a_symlink_or_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    # A signed file elsewhere, linked in place of the cache file: not followed, replaced at save.
    _probe(tmp_path / "elsewhere", "50")
    target = _cache_file(tmp_path / "elsewhere")
    link = _cache_file(tmp_path / "linked")
    link.parent.mkdir(parents=True)
    link.symlink_to(target)
    assert _probe(tmp_path / "linked", "50") == SAFE
    assert not link.is_symlink() and link.is_file() and target.is_file()
    # A cache folder that cannot be made (its parent is a file): compiled as before, nothing kept.
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "cache").write_text("not a folder", encoding="utf-8")
    assert _probe(blocked, "50") == SAFE
    assert (blocked / "cache").read_text(encoding="utf-8") == "not a folder"
