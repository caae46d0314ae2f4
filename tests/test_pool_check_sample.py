"""``benchmarks/pool_check.py`` on a sample of pool and pool2, as CI runs it (issue 14): no
crash, no timeout, no "(cid:" in any record, no ECF stamp line left in any text, and the
party-name and title checks print their counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pool_check import main

SAMPLE = 16


def test_pool_check_on_a_sample(pool_dir: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--pool", str(pool_dir), "--pool", str(shared_dir / "corpus" / "pool2"),
                   "--sample", str(SAMPLE), "-j", "2", "--timeout", "240"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert f"files: {SAMPLE}" in out
    assert "other exceptions: 0  timeouts: 0" in out
    assert '"(cid:" in records: 0 in 0 files' in out
    assert "stamp lines left in text: 0 files" in out
    assert "party names" in out.lower()
