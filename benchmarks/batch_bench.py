"""Batch throughput with 1 and 2 (or more) local workers: pages/s and the speed-up.

    .venv/bin/python benchmarks/batch_bench.py                       # the whole pool
    .venv/bin/python benchmarks/batch_bench.py --sample 60 --backend pdfium

Runs ``courtparse.batch.batch`` on the same inputs once per worker count, each into a
fresh temporary folder, and reports files, pages, errors, seconds, pages/s and the
speed-up over one worker. The sample is a fixed, evenly spaced choice of the folder's
PDFs (sorted by name), so runs compare across machines and commits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from courtparse.batch import BatchSummary, batch, expand_inputs

DEFAULT_POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pool"


def sample(folder: Path, n: int | None) -> list[str]:
    files = expand_inputs([folder])
    if n is None or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def run_once(
    files: list[str], workers: int, backend: str | None, ocr: bool | None, timeout: float
) -> BatchSummary:
    with tempfile.TemporaryDirectory(prefix="courtparse-bench-") as out:
        return batch(files, out, workers=workers, backend=backend, ocr=ocr, timeout=timeout,
                     progress=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_POOL)
    parser.add_argument("--sample", type=int, metavar="N", help="N PDFs of the folder, evenly spaced")
    parser.add_argument("--backend", help="PDF backend (default: the library's)")
    parser.add_argument("--ocr", action=argparse.BooleanOptionalAction, default=None,
                        help="OCR textless pages (default: parse's default)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], metavar="N")
    parser.add_argument("--timeout", type=float, default=300.0, help="per-file timeout, s")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args(argv)

    if not args.folder.is_dir():
        print(f"no such folder: {args.folder}", file=sys.stderr)
        return 1
    files = sample(args.folder, args.sample)
    print(f"batch benchmark: {len(files)} files from {args.folder}, backend "
          f"{args.backend or 'default'}, ocr {args.ocr}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'workers':>7} {'files':>6} {'pages':>6} {'errors':>6} {'seconds':>8} "
          f"{'pages/s':>8} {'speed-up':>8}")
    results = []
    base: float | None = None
    for n in args.workers:
        s = run_once(files, n, args.backend, args.ocr, args.timeout)
        base = base or s.pages_per_second
        speedup = s.pages_per_second / base if base else 0.0
        results.append({"workers": n, "files": s.files, "pages": s.pages, "errors": s.errors,
                        "seconds": round(s.seconds, 2),
                        "pages_per_second": round(s.pages_per_second, 1),
                        "speedup": round(speedup, 2)})
        print(f"{n:>7} {s.files:>6} {s.pages:>6} {s.n_errors:>6} {s.seconds:>8.1f} "
              f"{s.pages_per_second:>8.1f} {speedup:>7.2f}x", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
