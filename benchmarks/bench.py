"""Speed and memory of courtparse, per backend, in one process (issue 6).

    python benchmarks/bench.py                      # the whole pool, both backends
    python benchmarks/bench.py --sample 40          # a fixed sample (every k-th file) for a quick run
    python benchmarks/bench.py --dir DIR --backend pdfium --no-batch

Prints, per backend: files, pages, pages/s of full parse(), time per stage (open + extract,
layout cleaning, extractors, serialization), and the ratio of full parse() time to the bare
extraction of the same pages by the same library in the same run. Then peak RSS of one long
and one 20-page filing (each in a fresh process), import and first-parse time, and
`courtparse batch` with 1 and 2 workers.

"Bare extraction" is the library alone, without courtparse: pdfplumber's ``page.chars`` for
each page, and pypdfium2's characters with box, font size and angle (the numbers issue 6
quotes). Files every backend rejects are skipped in both measurements alike.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_POOL = REPO.parent / "shared" / "corpus" / "pool"
LONG_FILE = "gov.uscourts.cand.306945.1244.0.pdf"


def bare_pdfplumber(data: bytes) -> int:
    import io

    import pdfplumber

    n = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _ = page.chars
            n += 1
            page.close()
    return n


def bare_pdfium(data: bytes) -> int:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(data)
    n = 0
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            for c in range(raw.FPDFText_CountChars(tp)):
                raw.FPDFText_GetUnicode(tp, c)
                raw.FPDFText_GetCharBox(
                    tp, c, ctypes.byref(left), ctypes.byref(right),
                    ctypes.byref(bottom), ctypes.byref(top),
                )
                raw.FPDFText_GetFontSize(tp, c)
                raw.FPDFText_GetCharAngle(tp, c)
            tp.close()
            page.close()
            n += 1
    finally:
        pdf.close()
    return n


BARE: dict[str, Callable[[bytes], int]] = {"pdfplumber": bare_pdfplumber, "pdfium": bare_pdfium}


def stage_times(data: bytes, name: str, backend_name: str) -> dict[str, float]:
    """Run the pipeline stage by stage on one file (the same calls parse() makes)."""
    from courtparse.document import build_document
    from courtparse.layout import clean_pages
    from courtparse.pdf import get_backend

    backend = get_backend(backend_name)
    t0 = time.perf_counter()
    with backend.open(data, name) as pdf:
        pages = list(pdf.pages())
    t1 = time.perf_counter()
    result = clean_pages(pages)
    t2 = time.perf_counter()
    doc = build_document(
        result.clean, source=name, pages=len(pages), ecf=result.ecf,
        warnings=tuple(result.warnings),
    )
    t3 = time.perf_counter()
    doc.to_json()
    t4 = time.perf_counter()
    return {
        "pages": len(pages), "extract": t1 - t0, "layout": t2 - t1,
        "extractors": t3 - t2, "serialize": t4 - t3,
    }


def bench_backend(files: list[Path], backend_name: str) -> dict[str, object]:
    import courtparse
    from courtparse.errors import CourtparseError

    totals = {"extract": 0.0, "layout": 0.0, "extractors": 0.0, "serialize": 0.0}
    parse_time = bare_time = 0.0
    pages = n_files = errors = 0
    for path in files:
        data = path.read_bytes()
        try:
            t0 = time.perf_counter()
            doc = courtparse.parse(data, backend=backend_name)
            t_parse = time.perf_counter() - t0
        except CourtparseError:
            errors += 1
            continue
        t0 = time.perf_counter()
        try:
            BARE[backend_name](data)
        except Exception:  # the bare library fails where courtparse recovers: not comparable
            errors += 1
            continue
        bare_time += time.perf_counter() - t0
        parse_time += t_parse
        st = stage_times(data, path.name, backend_name)
        for k in totals:
            totals[k] += st[k]
        pages += doc.pages or 0
        n_files += 1
    return {
        "backend": backend_name, "files": n_files, "rejected": errors, "pages": pages,
        "parse_s": parse_time, "pages_per_s": pages / parse_time if parse_time else 0.0,
        "bare_s": bare_time, "bare_pages_per_s": pages / bare_time if bare_time else 0.0,
        "parse_over_bare": parse_time / bare_time if bare_time else 0.0, "stages_s": totals,
    }


_RSS_SNIPPET = """
import resource, sys, courtparse
courtparse.parse(sys.argv[1], backend=sys.argv[2])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_rss_mb(path: Path, backend_name: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _RSS_SNIPPET, str(path), backend_name],
        capture_output=True, text=True, check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


_IMPORT_SNIPPET = """
import time, sys
t0 = time.perf_counter(); import courtparse; t1 = time.perf_counter()
heavy = [m for m in ("dateparser", "pyarrow", "dask", "distributed", "pdfplumber") if m in sys.modules]
t2 = time.perf_counter(); courtparse.parse(sys.argv[1], backend=sys.argv[2]); t3 = time.perf_counter()
print(t1 - t0, t3 - t2, ",".join(heavy))
"""


def import_and_first_parse(path: Path, backend_name: str) -> tuple[float, float, str]:
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_SNIPPET, str(path), backend_name],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), out[2] if len(out) > 2 else ""


def batch_speed(folder: Path, workers: int, backend_name: str) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "courtparse.cli", "batch", str(folder), "--out", out,
             "--workers", str(workers), "--backend", backend_name],
            check=True, capture_output=True,
        )
        elapsed = time.perf_counter() - t0
        pages = files = 0
        with open(Path(out) / "documents.jsonl", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                files += 1
                pages += rec.get("pages") or 0
    return elapsed, pages, files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_POOL)
    ap.add_argument("--backend", action="append", choices=sorted(BARE))
    ap.add_argument("--sample", type=int, default=0, help="use every k-th file of a fixed sorted list of this many")
    ap.add_argument("--no-batch", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.dir.rglob("*.pdf"))
    if args.sample:
        step = max(1, len(files) // args.sample)
        files = files[::step][: args.sample]
    backends = args.backend or ["pdfium", "pdfplumber"]
    results: dict[str, object] = {"dir": str(args.dir), "files": len(files)}

    first = files[0]
    for b in backends:
        imp, first_parse, heavy = import_and_first_parse(first, b)
        print(f"[{b}] import courtparse {imp * 1000:.0f} ms (heavy modules loaded: {heavy or 'none'}); "
              f"first parse() {first_parse * 1000:.0f} ms")
    per_backend = {}
    for b in backends:
        r = bench_backend(files, b)
        per_backend[b] = r
        st = r["stages_s"]
        assert isinstance(st, dict)
        print(f"\n== backend {b}: {r['files']} files ({r['rejected']} rejected), {r['pages']} pages")
        print(f"  parse():          {r['parse_s']:.1f} s  = {r['pages_per_s']:.1f} pages/s")
        print(f"  bare extraction:  {r['bare_s']:.1f} s  = {r['bare_pages_per_s']:.1f} pages/s")
        print(f"  parse / bare:     {r['parse_over_bare']:.2f}x time "
              f"({1 / r['parse_over_bare'] if r['parse_over_bare'] else 0:.2f}x speed)")
        print("  stages:           " + ", ".join(f"{k} {v:.1f} s" for k, v in st.items()))
    if len(per_backend) == 2:
        fast, ref = per_backend["pdfium"], per_backend["pdfplumber"]
        print(f"\npdfium parse() is {fast['pages_per_s'] / ref['pages_per_s']:.1f}x pdfplumber parse()")
    results["backends"] = per_backend

    long_path = args.dir / LONG_FILE
    if long_path.exists():
        twenty = next((p for p in files if _pages(p) == 20), None)
        for b in backends:
            long_rss = peak_rss_mb(long_path, b)
            line = f"[{b}] peak RSS {LONG_FILE} ({_pages(long_path)} pages): {long_rss:.0f} MB"
            if twenty is not None:
                short_rss = peak_rss_mb(twenty, b)
                line += f"; 20-page {twenty.name}: {short_rss:.0f} MB; ratio {long_rss / short_rss:.2f}"
            print(line)

    if not args.no_batch:
        for b in backends[:1]:
            t1, pages1, files1 = batch_speed(args.dir, 1, b)
            t2, pages2, files2 = batch_speed(args.dir, 2, b)
            print(f"\n[{b}] batch 1 worker: {files1} records, {pages1} pages in {t1:.1f} s = {pages1 / t1:.1f} pages/s")
            print(f"[{b}] batch 2 workers: {files2} records, {pages2} pages in {t2:.1f} s = {pages2 / t2:.1f} pages/s")
            print(f"[{b}] speed-up 2 vs 1 workers: {t1 / t2:.2f}x")
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    return 0


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:
        return -1
    try:
        return len(pdf)
    finally:
        pdf.close()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    raise SystemExit(main())
