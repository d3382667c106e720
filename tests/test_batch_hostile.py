"""`veilleur intel --jsonl` and `veilleur stories --jsonl` on hostile input lines: bytes that are
not UTF-8, lone surrogate escapes, JSON nested past the parser's depth, fields of the wrong type,
an address urlsplit refuses, dates out of datetime's range, one id given to two pages, a page
over the fetcher's byte limit and a line longer than the reader holds. Each bad line gets its own
output line naming it, the good pages are all processed, the exit status says lines were refused,
and nothing raises. The pages are fictional."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main
from veilleur.collect.dates import parse_date
from veilleur.jsonl import MAX_LINE_BYTES

BREACH = (
    "The fictional Valmont-sur-Lys hospital was hit by a ransomware attack on Monday: the attackers "
    "encrypted its servers and stole patient records, and the hospital diverted ambulances. "
) * 6
PATCH = (
    "Fictional vendor Orbitex fixed CVE-2025-49242, a remote code execution flaw in its Gatekeeper VPN "
    "appliance that attackers exploited in the wild before the patch, the vendor said on Tuesday. "
) * 6


def _line(**record: object) -> bytes:
    return json.dumps(record).encode() + b"\n"


def _hostile_batch(path: Path) -> dict[str, int]:
    """Writes the batch; returns the line number of each case."""
    lines = {
        "good": b"\xef\xbb\xbf"
        + _line(id="good", url="https://news.example/a", title="Hospital hit", text=BREACH),
        "not utf-8": b'{"id": "latin", "url": "https://news.example/b", "text": "Caf\xe9 '
        + BREACH.encode()
        + b'"}\n',
        "surrogate": b'{"id": "sur", "url": "https://news.example/\\ud800", "title": "x \\udfff", "text": "'
        + BREACH.encode()
        + b'"}\n',
        "not json": b"{not json\n",
        "too deep": b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "number text": _line(id="num", text=12345),
        "list html": _line(id="lst", html=["<p>a</p>"]),
        "bad url": _line(id="ipv6", url="http://[::1", title="Orbitex patch", text=PATCH),
        "year 1": _line(id="old", published="0001-01-01T00:00:00-23:59", text=PATCH),
        "year 9999": _line(id="far", published="9999-12-31", text=PATCH),
        "wrong types": _line(id="types", title={"a": 1}, published=["2031"], source=["x"], text=PATCH),
        "same id": _line(id="good", url="https://news.example/c", title="Orbitex fixes flaw", text=PATCH),
        "over the byte limit": _line(id="huge", text="word " * 1_700_000),
        "longer than read": b'{"id": "endless", "text": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}\n',
        "after all": _line(id="last", url="https://news.example/d", title="Orbitex fixes flaw", text=PATCH),
    }
    path.write_bytes(b"".join(lines.values()))
    return {name: number for number, name in enumerate(lines, start=1)}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("hostile") / "in.jsonl"
    return path, _hostile_batch(path)


def test_intel_jsonl_gives_each_hostile_line_its_own_answer(
    batch: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    source, at = batch
    done = CliRunner().invoke(main, ["intel", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 1 and isinstance(done.exception, SystemExit), done.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(at)
    refused = {
        at[name]
        for name in (
            "not json",
            "too deep",
            "number text",
            "list html",
            "over the byte limit",
            "longer than read",
        )
    }
    assert f"{len(refused)} input line(s) refused: " + ", ".join(map(str, sorted(refused))) in done.output
    for number in refused:
        row = rows[number - 1]
        assert row["line"] == number and row["usable"] is False and row["reason"], row
    assert "nested too deeply" in rows[at["too deep"] - 1]["reason"]
    assert "text must be a string, not int" in rows[at["number text"] - 1]["reason"]
    assert "larger than 8,000,000 bytes" in rows[at["over the byte limit"] - 1]["reason"]
    assert "line longer than" in rows[at["longer than read"] - 1]["reason"]
    # The pages read with repairs are processed, the repair named; the good ones are untouched.
    for name in (
        "good",
        "not utf-8",
        "surrogate",
        "bad url",
        "year 1",
        "year 9999",
        "wrong types",
        "same id",
        "after all",
    ):
        row = rows[at[name] - 1]
        assert row["usable"] is True and row["intel"]["relevant"] is True, (name, row)
    assert "line" not in rows[at["good"] - 1] and rows[at["good"] - 1]["id"] == "good"
    assert (
        "not UTF-8" in rows[at["not utf-8"] - 1]["notes"] and "Caf\ufffd" in rows[at["not utf-8"] - 1]["text"]
    )
    assert (
        "surrogate" in rows[at["surrogate"] - 1]["notes"] and rows[at["surrogate"] - 1]["title"] == "x \ufffd"
    )
    assert "cannot be read" in rows[at["bad url"] - 1]["notes"]
    assert rows[at["year 1"] - 1]["published"] is None and "no date" in rows[at["year 1"] - 1]["notes"]
    assert "title must be a string, not dict" in rows[at["wrong types"] - 1]["notes"]
    assert [cve["id"] for cve in rows[at["after all"] - 1]["intel"]["cves"]] == ["CVE-2025-49242"]


def test_stories_jsonl_places_every_page_and_names_every_bad_line(
    batch: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    source, at = batch
    done = CliRunner().invoke(main, ["stories", "--jsonl", str(source), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 1 and isinstance(done.exception, SystemExit), done.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(at)
    by_line = {row.get("line"): row for row in rows if "line" in row}
    for name in ("not json", "too deep", "longer than read"):
        assert by_line[at[name]]["story_id"] is None and by_line[at[name]]["reason"], name
    # One id for two pages of two events: two stories, the second page's key says why.
    first = next(row for row in rows if row.get("id") == "good" and "line" not in row)
    second = by_line[at["same id"]]
    assert "already given" in second["notes"]
    assert first["story_id"] != second["story_id"]
    # The patch pages (the out-of-range dates among them) are placed; the good ones join.
    assert by_line[at["year 1"]]["story_id"] and by_line[at["year 9999"]]["story_id"]
    last = next(row for row in rows if row.get("id") == "last")
    assert last["story_id"] == second["story_id"] != first["story_id"]


def test_stdin_bytes_that_are_not_utf8_do_not_stop_the_batch(tmp_path: Path) -> None:
    data = _line(id="a", text=BREACH) + b"\xff\xfe\x00garbage\n" + _line(id="b", text=PATCH)
    done = CliRunner().invoke(main, ["intel", "--jsonl", "-", str(tmp_path / "out.jsonl")], input=data)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert done.exit_code == 1 and "refused: 2" in done.output
    assert [row.get("id") for row in rows] == ["a", None, "b"] and rows[1]["line"] == 2
    assert rows[0]["intel"]["relevant"] and rows[2]["intel"]["relevant"]


def test_dates_outside_datetime_arithmetic_read_as_none() -> None:
    assert parse_date("0001-01-01T00:00:00-23:59") is None
    assert parse_date("9999-12-31") is None
    assert parse_date("Fri, 31 Dec 9999 23:59:59 -2359") is None
    found = parse_date("1999-05-01T10:00:00+02:00")
    assert found is not None and found.year == 1999
