"""Specification of the CLI's tables (printed with rich): plain lines for scripts, a header and colours on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from governance_dagster.cli import main
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import open_audit_store

#: Identities and statements a table must show as they are: rich markup, an emoji code, a long value.
ODD_VALUES = [("[bold red]mallory[/]", "SELECT ':smile:'"), ("bob", "SELECT " + "x, " * 60 + "y FROM t"),
              ("a" * 40, "SELECT 1")]


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    audit = open_audit_store(url)
    for identity, statement in ODD_VALUES:
        audit.append(Draft("read", identity, False, {"statement": statement}))
    return url


def test_when_stdout_is_not_a_terminal_then_a_table_is_plain_aligned_lines_without_header_colour_or_wrapping(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "tail", "--store", store, "-n", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["1", "2", "3"]
    assert "\x1b" not in "".join(lines) and all(line == line.rstrip() for line in lines)
    for line, (identity, statement) in zip(lines, ODD_VALUES, strict=True):
        assert identity in line and statement[:80] in line  # shown literally, cut at 80 characters, not wrapped
    starts = {line.index(identity) for line, (identity, _) in zip(lines, ODD_VALUES, strict=True)}
    assert len(starts) == 1  # the identity column is aligned


@pytest.mark.parametrize(("no_color", "coloured"), [("", True), ("1", False)], ids=["colour", "NO_COLOR"])
def test_when_stdout_is_a_terminal_then_a_table_has_a_header_and_colours_unless_no_color(
    store: str, no_color: str, coloured: bool
) -> None:
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    env |= {"COLUMNS": "120", "TERM": "xterm-256color", **({"NO_COLOR": no_color} if no_color else {})}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    with subprocess.Popen([sys.executable, "-m", "governance_dagster.cli", "audit", "tail", "--store", store],
                          stdout=follower, stderr=subprocess.PIPE, env=env) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait() == 0, process.stderr.read() if process.stderr else ""
    os.close(leader)
    out = b"".join(chunks).decode()
    plain = out
    while "\x1b[" in plain:  # drop the escape sequences to read the text
        start = plain.index("\x1b[")
        plain = plain[:start] + plain[plain.index("m", start) + 1:]
    assert plain.splitlines()[0].split()[:4] == ["seq", "time", "kind", "identity"]
    assert ("\x1b[36m" in out) is coloured  # the kind column is cyan; NO_COLOR keeps only bold and dim
    assert "[bold red]mallory[/]" in plain and all(len(line.rstrip()) <= 120 for line in plain.splitlines())
