"""docs/courtlistener.md runs as written (issue 11): its commands on a generated
CourtListener-shaped bulk CSV print what the page shows (numbers aside: the test's file is
smaller), and its DuckDB queries run on their output."""

from __future__ import annotations

import bz2
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.generate import write_recap_csv

DOC = Path(__file__).resolve().parent.parent / "docs" / "courtlistener.md"
_BLOCK = re.compile(r"```(?P<lang>\w+)\n(?P<code>.*?)```", re.DOTALL)
CLI = [sys.executable, "-c", "from courtparse.cli import run; run()"]


def blocks(lang: str) -> list[str]:
    return [m["code"] for m in _BLOCK.finditer(DOC.read_text(encoding="utf-8")) if m["lang"] == lang]


def shape(text: str) -> list[str]:
    """Lines with numbers and runs of padding collapsed: what a run of another size prints."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"\d+(\.\d+)?", "N", line)
        out.append(re.sub(r"[ ─]+", " ", line).strip())
    return out


def console(block: str) -> list[tuple[list[str], str]]:
    """(command argv after `courtparse`, the output shown) for each `$ courtparse` line."""
    runs: list[tuple[list[str], str]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            argv = line[2:].split()
            assert argv[0] == "courtparse"
            runs.append((argv[1:], ""))
        else:
            argv, shown = runs[-1]
            runs[-1] = (argv, shown + line + "\n")
    return runs


def test_the_courtlistener_page_runs_as_written(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    ids = write_recap_csv(tmp_path / "recap.csv.bz2", 18, start_id=412000)
    with bz2.open(tmp_path / "recap.csv.bz2", "at", encoding="utf-8") as fh:
        fh.write(f'"{ids[10]}","a second row with the id of row 11","cand","1","1"\n')
        fh.write('"412999","","cand","3","1"\n')
    (cmds,) = blocks("console")
    runs = console(cmds)
    assert [argv[0] for argv, _ in runs] == ["batch", "tables"]
    assert "--text-column" in runs[0][0]
    for argv, shown in runs:
        done = subprocess.run([*CLI, *argv], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        printed = shape(done.stdout)
        if argv[0] == "batch":  # the time line varies in more than its numbers
            printed = [ln for ln in printed if not ln.startswith("time:")]
            shown = "".join(ln + "\n" for ln in shown.splitlines() if not ln.startswith("time:"))
        assert printed == shape(shown)

    (queries,) = blocks("python")
    (first_table, *_) = blocks("text")
    script = tmp_path / "queries.py"
    script.write_text(queries, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = shape(done.stdout)
    expected = shape(first_table)
    assert printed[: len(expected)] == expected
    assert "duplicate_id" in done.stdout
    assert "no_text" in done.stdout
