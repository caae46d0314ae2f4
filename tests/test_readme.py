"""The README's first fenced block is the contract with a new user: two commands."""

from __future__ import annotations

import subprocess

from tests.conftest import REPO


def _first_block() -> list[str]:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("```"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("```"))
    return lines[start + 1 : end]


def test_first_block_has_exactly_the_two_commands() -> None:
    block = _first_block()
    assert len(block) == 2
    setup_and_run, setup_and_test = block
    assert "python3 -m venv" in setup_and_run
    assert "courtparse batch --samples" in setup_and_run
    assert "pytest" in setup_and_test
    assert "[test" in setup_and_test


def test_ci_runs_the_readme_test_command() -> None:
    script = REPO / ".ci" / "run"
    out = subprocess.run(
        ["bash", "-c", "sed -n '/^```/,/^```/p' README.md | sed -n '3p'"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == _first_block()[1]
    assert "README.md" in script.read_text(encoding="utf-8")
