"""benchmarks/bench.py runs end to end (no timing asserted: only that it reports)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PDFS = REPO / "tests" / "fixtures" / "pdfs"


def test_bench_runs_on_two_files(tmp_path: Path) -> None:
    for name in ("ca7-order.pdf", "cdcal-minutes.pdf"):
        shutil.copy(PDFS / name, tmp_path / name)
    out = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench.py"), "--dir", str(tmp_path),
         "--no-rss", "--json", "--labeled", str(tmp_path / "no-labels")],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    assert "import courtparse" in out
    assert "modules loaded by the import: none" in out
    for backend in ("pdfium", "pdfplumber"):
        assert f"== backend {backend}: 2 files (0 rejected)" in out
    assert "parse / bare:" in out
    for stage in ("extract", "layout", "extractors", "serialize"):
        assert stage in out
    assert "pdfium parse() is" in out
    assert "batch 1 worker: 2 records" in out
    assert "batch 2 workers: 2 records" in out
    assert "speed-up 2 vs 1 workers" in out
    if shutil.which("pdftotext"):
        assert "parse_text on pdftotext -layout output of 2 files" in out
        assert "MB/CPU-s" in out
