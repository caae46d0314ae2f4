"""Speed and memory of courtparse, per backend, in one process (issue 6).

    python benchmarks/bench.py                      # the whole pool, both backends
    python benchmarks/bench.py --sample 40          # a fixed sample (every k-th file) for a quick run
    python benchmarks/bench.py --dir DIR --backend pdfium --no-batch

Prints, per backend: files, pages, pages/s of full parse(), time per stage (open + extract,
layout cleaning, extractors, serialization), and the ratio of full parse() time to the bare
extraction of the same pages by the same library in the same run. Then peak RSS of one long
and one 20-page filing (each in a fresh process), import and first-parse time, and
`courtparse batch` with 1 and 2 workers. Then ``parse_text`` throughput (issue 11): the
labeled PDFs and the files measured, converted with poppler's ``pdftotext -layout`` (outside
the clock), parsed by ``parse_text``: MB of text (UTF-8) per CPU-second. ``--text-only``
measures that alone.

Every in-process time is given twice: CPU seconds of this process (``time.process_time``,
what the work costs, hardly moved by other load on the machine) and wall seconds. Ratios and
pages/s use CPU time; batch speeds use wall time (that is what more workers buy).

OCR is off everywhere (``parse(..., ocr=False)``, ``batch --no-ocr``): the benchmark measures
reading text layers. With the OCR extra installed ``parse`` would recognize the pool's
scanned pages with Tesseract, at about a second per page, which would swamp everything else
and is measured by benchmarks/ocr_bench.py instead.

"Bare extraction" is the library alone, without courtparse: pdfplumber's ``page.chars`` for
each page, and pypdfium2's characters with box, font size and angle (the numbers issue 6
quotes). Files either measurement rejects are left out of both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_POOL = REPO.parent / "shared" / "corpus" / "pool"
DEFAULT_LABELED = REPO.parent / "shared" / "corpus" / "labeled"
LONG_FILE = "gov.uscourts.cand.306945.1244.0.pdf"
STAGES = ("extract", "layout", "extractors", "serialize")
SLOWEST_MIN_BYTES = 10_000
"""Texts shorter than this are left out of the slowest-file figure: a scanned filing's few
bytes of text cost the fixed time of a parse, which per MB says nothing."""


class Clock:
    """CPU and wall seconds together."""

    __slots__ = ("cpu", "wall")

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def add(self, cpu: float, wall: float) -> None:
        self.cpu += cpu
        self.wall += wall

    def __str__(self) -> str:
        return f"{self.cpu:7.1f} s CPU {self.wall:7.1f} s wall"


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    c0, w0 = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.process_time() - c0, time.perf_counter() - w0


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
    refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            for c in range(raw.FPDFText_CountChars(tp)):
                raw.FPDFText_GetUnicode(tp, c)
                raw.FPDFText_GetCharBox(tp, c, *refs)
                raw.FPDFText_GetFontSize(tp, c)
                raw.FPDFText_GetCharAngle(tp, c)
            tp.close()
            page.close()
            n += 1
    finally:
        pdf.close()
    return n


BARE: dict[str, Callable[[bytes], int]] = {"pdfplumber": bare_pdfplumber, "pdfium": bare_pdfium}


def stage_times(data: bytes, name: str, backend_name: str) -> dict[str, tuple[float, float]]:
    """Run the pipeline stage by stage on one file, with the calls parse() makes (OCR off):
    pages are pulled one at a time by clean_pages, as in parse(), and the time spent
    producing them (backend + pdfplumber fallback) is the extract stage."""
    from contextlib import ExitStack

    from courtparse.document import build_document
    from courtparse.layout import clean_pages
    from courtparse.pdf import get_backend
    from courtparse.pdf.base import Page

    ext = [0.0, 0.0]

    def timed_pages(it: Iterator[Page]) -> Iterator[Page]:
        while True:
            c0, w0 = time.process_time(), time.perf_counter()
            page = next(it, None)
            ext[0] += time.process_time() - c0
            ext[1] += time.perf_counter() - w0
            if page is None:
                return
            yield page

    backend = get_backend(backend_name)
    c0, w0 = time.process_time(), time.perf_counter()
    with ExitStack() as stack:
        doc = stack.enter_context(backend.open(data, name))
        result = clean_pages(timed_pages(doc.pages()), ocr_note="OCR disabled")
        count = doc.page_count
        extra = list(doc.warnings)
    c1, w1 = time.process_time(), time.perf_counter()
    document, c_ex, w_ex = timed(
        lambda: build_document(
            result.clean, source=name, pages=count, ecf=result.ecf,
            warnings=tuple(result.warnings) + tuple(extra), removed=result.removed,
        )
    )
    _, c_ser, w_ser = timed(document.to_json)
    return {
        "extract": (ext[0], ext[1]),
        "layout": (c1 - c0 - ext[0], w1 - w0 - ext[1]),
        "extractors": (c_ex, w_ex),
        "serialize": (c_ser, w_ser),
    }


def bench_backend(files: list[Path], backend_name: str, stage_every: int) -> dict[str, Any]:
    import courtparse
    from courtparse.errors import CourtparseError

    stages = {k: Clock() for k in STAGES}
    parse, bare = Clock(), Clock()
    pages = n_files = rejected = staged_pages = fallback_files = 0
    # Warm up (imports, regex compilation): measured separately as "first parse()".
    for path in files[:1]:
        with suppress(CourtparseError):
            courtparse.parse(path.read_bytes(), backend=backend_name, ocr=False)
    bare_fn = BARE[backend_name]
    for i, path in enumerate(files):
        data = path.read_bytes()
        try:
            doc, c_parse, w_parse = timed(
                partial(courtparse.parse, data, backend=backend_name, ocr=False)
            )
        except CourtparseError:
            rejected += 1
            continue
        try:
            _, c_bare, w_bare = timed(partial(bare_fn, data))
        except Exception:  # the bare library fails where courtparse recovers: not comparable
            rejected += 1
            continue
        parse.add(c_parse, w_parse)
        bare.add(c_bare, w_bare)
        pages += doc.pages or 0
        n_files += 1
        fallback_files += any("read with the pdfplumber backend" in w for w in doc.warnings)
        if i % stage_every == 0:
            for k, (c, w) in stage_times(data, path.name, backend_name).items():
                stages[k].add(c, w)
            staged_pages += doc.pages or 0
    return {
        "backend": backend_name, "files": n_files, "rejected": rejected, "pages": pages,
        "parse": parse, "bare": bare, "stages": stages, "staged_pages": staged_pages,
        "fallback_files": fallback_files,
        "pages_per_s": pages / parse.cpu if parse.cpu else 0.0,
        "bare_pages_per_s": pages / bare.cpu if bare.cpu else 0.0,
        "parse_over_bare": parse.cpu / bare.cpu if bare.cpu else 0.0,
    }


# Peak RSS of the child itself. Linux keeps ru_maxrss across execve, so a child of a
# benchmark that has grown to 450 MB would report 450 MB; VmHWM belongs to the new
# address space. ru_maxrss only where /proc is missing (it is then in KB on Linux
# and BSD, bytes on macOS: read as KB).
_RSS_SNIPPET = """
import resource, sys, courtparse
courtparse.parse(sys.argv[1], backend=sys.argv[2], ocr=False)
try:
    with open("/proc/self/status") as fh:
        kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(kb / 1024)
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
heavy = [m for m in ("dateparser", "pyarrow", "dask", "distributed", "pdfplumber", "pypdfium2")
         if m in sys.modules]
t2 = time.perf_counter(); courtparse.parse(sys.argv[1], backend=sys.argv[2], ocr=False)
t3 = time.perf_counter()
print(t1 - t0, t3 - t2, ",".join(heavy) or "none")
"""


def import_and_first_parse(path: Path, backend_name: str) -> tuple[float, float, str]:
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_SNIPPET, str(path), backend_name],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), out[2]


# The `courtparse` command of this interpreter (courtparse.cli has no __main__ block).
_CLI = "import sys; from courtparse.cli import main; sys.exit(main(sys.argv[1:]))"


def batch_speed(folder: Path, workers: int, backend_name: str) -> tuple[float, int, int]:
    """Wall seconds, pages, records. (No CPU time: the workers are children of the
    multiprocessing forkserver, which nobody waits for, so RUSAGE_CHILDREN misses them.)"""
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _CLI, "batch", str(folder), "--out", out,
             "--workers", str(workers), "--backend", backend_name, "--no-ocr",
             "--no-progress"],
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


def pdftotext_layout(path: Path) -> str | None:
    """poppler's ``pdftotext -layout`` of a PDF, or None when it fails (a damaged file)."""
    try:
        out = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            check=True, capture_output=True, timeout=300,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.decode("utf-8", errors="replace")


def text_throughput(pdfs: list[Path]) -> dict[str, Any]:
    """``parse_text`` over the pdftotext output of ``pdfs``: MB of UTF-8 text per CPU
    second of the parse alone (the conversion is outside the clock), and the slowest file."""
    from courtparse import parse_text

    texts = [(p, t) for p in pdfs if (t := pdftotext_layout(p))]
    if texts:
        parse_text(texts[0][1])  # imports and compiled patterns outside the clock
    total = Clock()
    size = 0
    slowest = (0.0, "")
    for path, text in texts:
        _, cpu, wall = timed(partial(parse_text, text, source=path.name))
        total.add(cpu, wall)
        n = len(text.encode("utf-8"))
        size += n
        if n >= SLOWEST_MIN_BYTES:
            slowest = max(slowest, (cpu / n * 1e6, path.name))
    mb = size / 1e6
    return {
        "files": len(texts), "mb": mb, "time": total,
        "mb_per_cpu_s": mb / total.cpu if total.cpu else 0.0,
        "slowest_s_per_mb": slowest[0], "slowest": slowest[1],
    }


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dir", type=Path, default=DEFAULT_POOL)
    ap.add_argument("--backend", action="append", choices=sorted(BARE))
    ap.add_argument(
        "--sample", type=int, default=0,
        help="use this many files, every k-th of the sorted list (a fixed sample)",
    )
    ap.add_argument(
        "--stage-every", type=int, default=1, metavar="K",
        help="time the stages on every K-th file only (the stage run parses the file again)",
    )
    ap.add_argument("--no-batch", action="store_true")
    ap.add_argument("--no-rss", action="store_true")
    ap.add_argument("--no-text", action="store_true", help="skip the parse_text throughput")
    ap.add_argument(
        "--text-only", action="store_true",
        help="only the parse_text throughput (labeled PDFs and the files, via pdftotext)",
    )
    ap.add_argument("--labeled", type=Path, default=DEFAULT_LABELED,
                    help="labeled PDFs added to the parse_text throughput (if the folder exists)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = ap.parse_args(argv)
    all_files = sorted(args.dir.rglob("*.pdf"))
    files = all_files
    if args.sample:
        step = max(1, len(files) // args.sample)
        files = files[::step][: args.sample]
    if not files:
        print(f"no PDFs under {args.dir}", file=sys.stderr)
        return 1
    backends = args.backend or ["pdfium", "pdfplumber"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(files)} files under {args.dir}; {os.cpu_count()} CPUs; load average {load:.2f}")
    results: dict[str, Any] = {"dir": str(args.dir), "files": len(files)}
    if args.text_only:
        _report_text(files, args.labeled, results)
        if args.json:
            print(json.dumps(results, indent=2, default=str))
        return 0

    first = files[0]
    for b in backends:
        imp, first_parse, heavy = import_and_first_parse(first, b)
        print(f"[{b}] import courtparse {imp * 1000:.0f} ms (modules loaded by the import: "
              f"{heavy}); first parse() {first_parse * 1000:.0f} ms ({first.name})")
        results[f"import_{b}"] = {"import_s": imp, "first_parse_s": first_parse, "heavy": heavy}

    per_backend: dict[str, dict[str, Any]] = {}
    for b in backends:
        r = bench_backend(files, b, max(1, args.stage_every))
        per_backend[b] = r
        print(f"\n== backend {b}: {r['files']} files ({r['rejected']} rejected), {r['pages']} pages"
              + (f", {r['fallback_files']} with pages read by the pdfplumber fallback"
                 if r["fallback_files"] else ""))
        print(f"  parse():          {r['parse']} = {r['pages_per_s']:.1f} pages/CPU-s")
        print(f"  bare extraction:  {r['bare']} = {r['bare_pages_per_s']:.1f} pages/CPU-s")
        ratio = r["parse_over_bare"]
        print(f"  parse / bare:     {ratio:.2f}x CPU time "
              f"(parse runs at {1 / ratio if ratio else 0:.2f}x bare speed)")
        staged = sum(c.cpu for c in r["stages"].values())
        note = "" if args.stage_every <= 1 else f" (one file in {args.stage_every})"
        print(f"  stages over {r['staged_pages']} pages{note}, CPU s (share):")
        for k, c in r["stages"].items():
            share = c.cpu / staged if staged else 0.0
            per_page = 1000 * c.cpu / r["staged_pages"] if r["staged_pages"] else 0.0
            print(f"    {k:<11} {c}  {share:5.1%}  {per_page:.2f} ms/page")
    if len(per_backend) == 2:
        fast, ref = per_backend["pdfium"], per_backend["pdfplumber"]
        print(f"\npdfium parse() is {fast['pages_per_s'] / ref['pages_per_s']:.1f}x "
              "the pages/CPU-s of pdfplumber parse()")
    results["backends"] = per_backend

    long_path = args.dir / LONG_FILE
    if long_path.exists() and not args.no_rss:
        print()
        twenty = next((p for p in all_files if _pages(p) == 20), None)
        for b in backends:
            long_rss = peak_rss_mb(long_path, b)
            line = f"[{b}] peak RSS {LONG_FILE} ({_pages(long_path)} pages): {long_rss:.0f} MB"
            if twenty is not None:
                short_rss = peak_rss_mb(twenty, b)
                line += (f"; 20-page {twenty.name}: {short_rss:.0f} MB; "
                         f"ratio {long_rss / short_rss:.2f}")
            print(line)
            results[f"rss_{b}"] = line

    if not args.no_batch:
        b = backends[0]
        print(f"\nbatch over {args.dir} (all files, --no-ocr, backend {b}):")
        speeds = {}
        for workers in (1, 2):
            wall, pages, nrec = batch_speed(args.dir, workers, b)
            speeds[workers] = pages / wall
            print(f"[{b}] batch {workers} worker{'s' if workers > 1 else ''}: {nrec} records, "
                  f"{pages} pages in {wall:.1f} s wall = {pages / wall:.1f} pages/s")
        print(f"[{b}] speed-up 2 vs 1 workers: {speeds[2] / speeds[1]:.2f}x pages/s")
        results["batch"] = speeds
    if not args.no_text:
        _report_text(files, args.labeled, results)
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    return 0


def _report_text(files: list[Path], labeled: Path, results: dict[str, Any]) -> None:
    if shutil.which("pdftotext") is None:
        print("\nparse_text throughput: skipped (no pdftotext; apt install poppler-utils)")
        return
    pdfs = sorted(labeled.glob("*.pdf")) if labeled.is_dir() else []
    pdfs += [p for p in files if p not in pdfs]
    r = text_throughput(pdfs)
    print(f"\nparse_text on pdftotext -layout output of {r['files']} files "
          f"({r['mb']:.2f} MB of text): {r['time']} = {r['mb_per_cpu_s']:.2f} MB/CPU-s "
          f"(slowest {r['slowest']}: {r['slowest_s_per_mb']:.2f} CPU-s/MB)")
    results["parse_text"] = r


if __name__ == "__main__":
    import logging

    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    # pdfminer logs a warning per damaged ToUnicode map; the figures are what is wanted here.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    raise SystemExit(main())
