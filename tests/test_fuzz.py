"""A seeded, bounded run of ``benchmarks/fuzz.py``: one mutant of one pool filing per
mutation kind, under both backends, either parses or raises courtparse's own error,
within a time and memory limit, and never loses half its text without a warning."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.fuzz import LOST_SHARE, MADE_UP, MUTATORS, run_one
from courtparse.pdf import BACKENDS

MUST_NOT = ("other exception", "timeout", "memory limit")


@pytest.fixture(scope="module")
def source(pool_dir: Path) -> Path:
    path = pool_dir / "gov.uscourts.cand.203070.27.0.pdf"
    return path if path.is_file() else sorted(pool_dir.glob("*.pdf"))[0]


# Every mutation under every backend, but thousands of pages under pdfminer: that one is
# the benchmark's (benchmarks/fuzz.py), minutes rather than seconds.
CASES = [(m, b) for m in sorted(MUTATORS) for b in sorted(BACKENDS) if (m, b) != ("many pages", "pdfplumber")]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("mutation", "backend"), CASES, ids=[f"{m}-{b}" for m, b in CASES])
def test_each_mutation_parses_or_raises_a_clear_error(source: Path, backend: str, mutation: str) -> None:
    data = MUTATORS[mutation](source.read_bytes(), random.Random(20261202))
    outcome, length, warned, detail = run_one(data, backend, timeout=60, limit_mb=3000)
    assert outcome not in MUST_NOT, detail
    if outcome == "parsed" and not warned and mutation not in MADE_UP:
        whole = run_one(source.read_bytes(), backend, timeout=60, limit_mb=3000)[1]
        assert length >= LOST_SHARE * whole, f"{length} of {whole} characters, no warning"
