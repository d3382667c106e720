"""`extract`, `intel` and `stories --jsonl` with an input file that does not exist or an output in
a folder that does not exist, or a folder given for either: a usage error naming the path (exit
status 2), never a traceback, and no page is read first."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.cli import main

COMMANDS = ["extract", "intel", "stories"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_input_file_is_a_usage_error_naming_it(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-batch.jsonl"
    done = CliRunner().invoke(main, [command, "--jsonl", str(missing), str(tmp_path / "out.jsonl")])
    assert done.exit_code == 2 and "no such file" in done.output and "no-such-batch.jsonl" in done.output
    assert not isinstance(done.exception, OSError) and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_in_a_missing_folder_is_a_usage_error_naming_it(command: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "A short text."}\n', encoding="utf-8")
    out = tmp_path / "missing-folder" / "out.jsonl"
    done = CliRunner().invoke(main, [command, "--jsonl", str(source), str(out)])
    assert done.exit_code == 2 and "no such folder" in done.output and "missing-folder" in done.output
    assert not isinstance(done.exception, OSError)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_given_as_input_or_output_is_named_a_folder(command: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "A short text."}\n', encoding="utf-8")
    folder = tmp_path / "results"
    folder.mkdir()
    as_out = CliRunner().invoke(main, [command, "--jsonl", str(source), str(folder)])
    assert as_out.exit_code == 2 and "is a folder" in as_out.output and "OUT" in as_out.output
    assert not isinstance(as_out.exception, OSError)
    as_in = CliRunner().invoke(main, [command, "--jsonl", str(folder), str(tmp_path / "out.jsonl")])
    assert as_in.exit_code == 2 and "is a folder" in as_in.output and "IN" in as_in.output
