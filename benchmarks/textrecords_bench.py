"""Peak memory of `courtparse batch` over text records, by the size of the file (issue 11).

    python benchmarks/textrecords_bench.py                    # 2,000 and 20,000 rows
    python benchmarks/textrecords_bench.py --rows 2000 --rows 200000 --workers 2

For each size, a CourtListener-shaped bulk CSV (bz2; id, plain_text, … as
tests/fixtures/generate.py writes it: a two-page order, ~0.7 KB of text a row) is batched by
the CLI in a fresh process, and its memory is measured two ways:

- ``ru_maxrss``: ``getrusage(RUSAGE_CHILDREN)`` of a wrapper process whose only child is the
  run: the peak RSS of the run's own process (workers are children of the forkserver and
  are not counted there);
- sampled every 0.1 s with psutil (when installed): the peak RSS of the parent alone, of the
  largest worker, and of the whole process tree (parent, forkserver, workers) summed.

The run streams rows to its workers (a bounded number in flight), so none of these should
grow with the number of rows; only the set of ids already seen (for duplicate ids) grows,
by tens of bytes a row.
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.fixtures.generate import write_recap_csv  # noqa: E402  (the repo root must be importable first)

_WRAPPER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def _tree_rss(proc: Any) -> tuple[float, float, float]:
    """(parent, largest other process, all) RSS in MB of ``proc`` and its descendants."""
    import psutil

    try:
        parent = proc.memory_info().rss
        others = []
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # a worker that just ended
                others.append(child.memory_info().rss)
    except psutil.Error:
        return 0.0, 0.0, 0.0
    mb = 1024 * 1024
    return parent / mb, max(others, default=0) / mb, (parent + sum(others)) / mb


def measure(rows: int, workers: int, tmp: Path) -> dict[str, Any]:
    src = tmp / f"recap-{rows}.csv.bz2"
    write_recap_csv(src, rows)
    with bz2.open(src, "rb") as fh:
        csv_mb = sum(len(chunk) for chunk in iter(lambda: fh.read(1 << 20), b"")) / 1e6
    out = tmp / f"parsed-{rows}"
    cmd = [sys.executable, "-c", "from courtparse.cli import run; run()", "batch", str(src),
           "--text-column", "plain_text", "--id-column", "id", "--out", str(out),
           "--workers", str(workers), "--no-progress"]
    wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, *cmd], stdout=subprocess.PIPE,
                               text=True)
    peaks = [0.0, 0.0, 0.0]
    start = time.perf_counter()
    try:
        import psutil

        watched = psutil.Process(wrapper.pid)
        while wrapper.poll() is None:
            for run in watched.children():  # the CLI process under the wrapper
                for i, v in enumerate(_tree_rss(run)):
                    peaks[i] = max(peaks[i], v)
            time.sleep(0.1)
    except ImportError:
        pass
    stdout, _ = wrapper.communicate()
    wall = time.perf_counter() - start
    code, maxrss_kb = (int(x) for x in stdout.split())
    if code != 0:
        raise SystemExit(f"the batch of {rows} rows failed (exit {code})")
    with open(out / "documents.jsonl", "rb") as fh:
        records = sum(1 for _ in fh)
    return {
        "rows": rows, "records": records, "csv_bz2_mb": src.stat().st_size / 1e6, "csv_mb": csv_mb,
        "wall_s": wall, "ru_maxrss_mb": maxrss_kb / 1024,
        "parent_mb": peaks[0], "worker_mb": peaks[1], "tree_mb": peaks[2],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--rows", type=int, action="append", help="rows of a run (repeat)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sizes = args.rows or [2000, 20000]
    results = []
    with tempfile.TemporaryDirectory(prefix="courtparse-textrecords-") as tmp:
        for rows in sizes:
            r = measure(rows, args.workers, Path(tmp))
            results.append(r)
            sampled = (f"; sampled: parent {r['parent_mb']:.0f} MB, largest worker "
                       f"{r['worker_mb']:.0f} MB, whole tree {r['tree_mb']:.0f} MB"
                       if r["tree_mb"] else "")
            print(f"{r['rows']:>8} rows ({r['csv_mb']:.1f} MB of CSV, {r['csv_bz2_mb']:.2f} MB bz2): {r['records']} records "
                  f"in {r['wall_s']:.1f} s; peak RSS of the run's process (ru_maxrss) {r['ru_maxrss_mb']:.0f} MB"
                  + sampled, flush=True)
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"{b['rows'] / a['rows']:.0f}x the rows: peak RSS of the run's process "
              f"{b['ru_maxrss_mb'] / a['ru_maxrss_mb']:.2f}x"
              + (f", whole tree {b['tree_mb'] / a['tree_mb']:.2f}x" if a["tree_mb"] else ""))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
