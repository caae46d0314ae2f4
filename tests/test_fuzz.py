"""A seeded, bounded run of ``benchmarks/fuzz.py``: damaged and hostile PDFs either parse or
raise courtparse's own error, within a time and memory limit. (Text lost without a warning
is counted by the full benchmark; issue 17 tracks it.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.fuzz import MUTATORS, run_one

MUST_NOT = ("other exception", "timeout", "memory limit")


@pytest.mark.parametrize("mutation", sorted(MUTATORS))
def test_each_mutation_parses_or_raises_a_clear_error(pool_dir: Path, mutation: str) -> None:
    source = pool_dir / "gov.uscourts.cand.203070.27.0.pdf"
    if not source.is_file():
        source = sorted(pool_dir.glob("*.pdf"))[0]
    data = MUTATORS[mutation](source.read_bytes(), random.Random(20261202))
    outcome, _length, _warned, detail = run_one(data, "pdfium", timeout=60, limit_mb=3000)
    assert outcome not in MUST_NOT, detail
