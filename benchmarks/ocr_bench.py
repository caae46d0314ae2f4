"""OCR on the pool's scanned filings (issue 7): cost and what it yields.

    python benchmarks/ocr_bench.py                 # every scanned file (MANIFEST text_layer = no)
    python benchmarks/ocr_bench.py --limit 20      # a fixed sample (every k-th file) for a quick run
    python benchmarks/ocr_bench.py --jobs 2 --max-pages 3 --no-parse
    python benchmarks/ocr_bench.py --limit 15 --include cand.345947.79.12 --no-orient  # as before turning

Two measurements over the same files:

1. OCR alone (``courtparse.pdf.ocr.PdfOcr``, every page up to --max-pages): render and
   recognition time, pages/s (wall clock per worker: the engine runs single-threaded), and
   the share of files whose recognized text holds a court-name pattern and a case-number-like
   pattern, both anywhere and outside the ECF stamp line (which also prints as pixels).
2. ``courtparse.parse(path, ocr=True)`` (skipped with --no-parse or when the pipeline is
   absent): the share of files whose Document has a court, a caption case number, and either
   (caption or ECF stamp) case number, and how many had OCR run at all (its warning).

Pages scanned sideways or upside down are turned before recognition (PdfOcr's
orientation check); --no-orient measures without it, as before that check existed. The
report counts the pages read turned and the pages that paid for orientation detection
(an upright reading too poor to keep without checking).

Text-layer pages are not timed here; benchmarks/bench.py reports them.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_POOL = REPO.parent / "shared" / "corpus" / "pool"

COURT = re.compile(
    r"""
    UNITED \s+ STATES \s+ (?:DISTRICT|BANKRUPTCY) \s+ COURT   # "UNITED STATES DISTRICT COURT"
    | COURT \s+ OF \s+ APPEALS                              # "UNITED STATES COURT OF APPEALS"
    | (?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE) \s+ DISTRICT \s+ OF  # "CENTRAL DISTRICT OF CALIFORNIA"
    """,
    re.IGNORECASE | re.VERBOSE,
)
CASE_NUMBER = re.compile(
    r"""
    \b \d{1,2} : \d{2} - [a-z]{2,5} - \d{3,5}   # "2:20-mj-06108", "3:17-cv-01138"
    | \b \d{2} \s? - \s? [a-z]{2,4} \s? - \s? \d{3,5}   # "20-cv-1234", OCR's "20 - cv - 1234"
    | \b \d{2} \s? [a-z]{2} \s? \d{3,5} \b           # the C.D. Cal. form's "20MJ6108"
    | \b (?:No\.|Case\s+No\.?|Number) \s* [:.]? \s* \d{2}-\d{3,6} \b   # appellate "No. 19-15472"
    """,
    re.IGNORECASE | re.VERBOSE,
)
STAMP_LINE = re.compile(r"Case\s+\S+\s+(?:Document|Doc)\b[^\n]*", re.IGNORECASE)
"""The ECF stamp ("Case 2:20-mj-06108-DUTY Document 10 Filed 12/21/20 Page 1 of 1")."""


def scanned_files(pool: Path) -> list[Path]:
    with (pool / "MANIFEST.tsv").open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [pool / r["file"] for r in rows if r["text_layer"] == "no"]


def _lines(chars: list[Any]) -> str:
    """Chars in reading order → text with a newline where a new line starts."""
    from courtparse.pdf.base import BOTTOM, TEXT, TOP, X0

    out: list[str] = []
    prev = None
    for c in chars:
        if (
            prev is not None
            and c[TEXT] != " "
            and prev[TEXT] != " "
            and (c[X0] < prev[X0] or c[TOP] >= prev[BOTTOM])
        ):
            out.append("\n")
        out.append(c[TEXT])
        prev = c
    return "".join(out)


def _count_detections() -> list[int]:
    """Count PdfOcr's orientation detections in this worker (one per poorly read page)."""
    from courtparse.pdf.ocr import PdfOcr

    counter = [0]
    detect = PdfOcr._detect

    def counted(self: PdfOcr, *a: Any, **k: Any) -> int:
        counter[0] += 1
        return detect(self, *a, **k)

    setattr(PdfOcr, "_detect", counted)  # noqa: B010  (a method patched for counting)
    return counter


def _no_orient() -> None:
    """parse() as before pages were turned: every page read upright, once."""
    from courtparse.pdf.ocr import PdfOcr

    setattr(PdfOcr, "_orient", lambda self, image, data, index: (0, data))  # noqa: B010


def ocr_file(path: Path, max_pages: int, dpi: int, orient: bool = True) -> dict[str, Any]:
    import pypdfium2

    from courtparse.errors import CourtparseError
    from courtparse.pdf.ocr import PdfOcr

    rec: dict[str, Any] = {
        "file": path.name,
        "pages": 0,
        "render_s": 0.0,
        "page_s": 0.0,
        "error": None,
        "rotated": {},
        "detections": 0,
    }
    counter = _count_detections()
    texts: list[str] = []
    words = []
    try:
        with PdfOcr(path.read_bytes(), source_name=path.name, dpi=dpi, orient=orient) as ocr:
            n = min(ocr.page_count, max_pages)
            for i in range(n):
                t0 = time.perf_counter()
                # Render cost alone, measured on the side: page() renders again.
                p = ocr._doc[i]
                p.render(scale=dpi / 72, grayscale=True).to_pil()
                p.close()
                t1 = time.perf_counter()
                page = ocr.page(i)
                t2 = time.perf_counter()
                rec["render_s"] += t1 - t0
                rec["page_s"] += t2 - t1
                rec["pages"] += 1
                text = _lines(page.chars)
                texts.append(text)
                words.append(len(text.split()))
            rec["rotated"] = dict(ocr.rotations)
    except (CourtparseError, pypdfium2.PdfiumError) as exc:
        rec["error"] = str(exc)
    rec["detections"] = counter[0]
    text = "\n".join(texts)
    body = STAMP_LINE.sub("", text)
    rec["words_per_page"] = words
    rec["court"] = bool(COURT.search(text))
    rec["case_number"] = bool(CASE_NUMBER.search(text))
    rec["case_number_off_stamp"] = bool(CASE_NUMBER.search(body))
    rec["head"] = " ".join(text.split())[:160]
    return rec


def parse_file(path: Path, orient: bool = True) -> dict[str, Any]:
    if not orient:
        _no_orient()
    try:
        from courtparse import parse  # type: ignore[attr-defined]
    except ImportError:
        from courtparse.pipeline import parse

    t0 = time.perf_counter()
    try:
        doc = parse(str(path), ocr=True)
    except Exception as exc:  # a benchmark records, it does not stop
        return {"file": path.name, "error": f"{type(exc).__name__}: {exc}"}
    return {
        "file": path.name,
        "error": None,
        "seconds": time.perf_counter() - t0,
        "ocr_ran": any("recognized by OCR" in w for w in doc.warnings),
        "court": doc.court is not None,
        "caption_case_number": bool(doc.case_numbers),
        "any_case_number": bool(doc.case_numbers)
        or (doc.ecf is not None and bool(doc.ecf.case_number)),
        "turned": any("scanned sideways" in w or "scanned upside down" in w for w in doc.warnings),
        "warnings": list(doc.warnings),
    }


def _share(recs: list[dict[str, Any]], *keys: str) -> str:
    n = len(recs)
    k = sum(all(r.get(key) for key in keys) for r in recs)
    return f"{k}/{n} ({100 * k / n:.0f}%)" if n else "0/0"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dir", type=Path, default=DEFAULT_POOL, help="pool folder with MANIFEST.tsv")
    ap.add_argument("--limit", type=int, default=0, help="sample this many files (every k-th)")
    ap.add_argument("--max-pages", type=int, default=5, help="OCR at most this many pages a file")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (one engine each)")
    ap.add_argument("--no-parse", action="store_true", help="skip courtparse.parse(ocr=True)")
    ap.add_argument(
        "--no-orient", action="store_true", help="read every page upright (as before turning)"
    )
    ap.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="TEXT",
        help="also take the scanned files whose name holds TEXT (repeatable)",
    )
    ap.add_argument("--json", type=Path, help="write per-file records here")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each file's record")
    args = ap.parse_args(argv)

    from courtparse.pdf.ocr import ocr_available

    if not ocr_available():
        print(
            "OCR not installed: pip install courtparse[ocr] and apt-get install tesseract-ocr",
            file=sys.stderr,
        )
        return 2
    files = scanned_files(args.dir)
    if args.limit and args.limit < len(files):
        step = len(files) / args.limit
        sample = [files[int(i * step)] for i in range(args.limit)]
        extra = [f for f in files if f not in sample and any(t in f.name for t in args.include)]
        files = sample + extra
    orient = not args.no_orient
    print(
        f"{len(files)} scanned files, <= {args.max_pages} pages each, {args.dpi} dpi, "
        f"{args.jobs} job(s), orientation check {'on' if orient else 'off'}"
    )

    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        ocr_recs = list(
            pool.map(
                ocr_file,
                files,
                [args.max_pages] * len(files),
                [args.dpi] * len(files),
                [orient] * len(files),
            )
        )
    wall = time.perf_counter() - t0
    pages = sum(r["pages"] for r in ocr_recs)
    render = sum(r["render_s"] for r in ocr_recs)
    page_s = sum(r["page_s"] for r in ocr_recs)
    errors = [r for r in ocr_recs if r["error"]]
    sparse = sum(1 for r in ocr_recs for w in r["words_per_page"] if w < 20)
    print("\n== OCR alone (PdfOcr.page) ==")
    print(f"pages OCRed           {pages}  in {wall:.1f} s wall")
    # Wall time also holds a second render per page (timed on the side); per-worker
    # pages/s counts PdfOcr.page() alone, which is what a parse pays.
    print(
        f"pages/s               {pages / max(page_s, 1e-9):.2f} per worker (PdfOcr.page); "
        f"{pages / wall:.2f} overall with {args.jobs} job(s)"
    )
    print(
        f"per page              {page_s / max(pages, 1):.2f} s, of which render {render / max(pages, 1):.2f} s"
    )
    print(f"pages with <20 words  {sparse}  (blank, photo, or rotated)")
    turned = sum(len(r["rotated"]) for r in ocr_recs)
    detections = sum(r["detections"] for r in ocr_recs)
    print(f"pages read turned     {turned}  (orientation detection ran on {detections} pages)")
    print(f"errors                {len(errors)}")
    ok = [r for r in ocr_recs if not r["error"]]
    print(f"court pattern         {_share(ok, 'court')}")
    print(
        f"case-number pattern   {_share(ok, 'case_number')}  (outside the stamp: {_share(ok, 'case_number_off_stamp')})"
    )
    print(
        f"court AND case number {_share(ok, 'court', 'case_number')}  (outside the stamp: {_share(ok, 'court', 'case_number_off_stamp')})"
    )
    if args.verbose:
        for r in ocr_recs:
            print(
                f"  {r['file']}: court={r['court']} case={r['case_number']} "
                f"turned={r['rotated'] or '-'} err={r['error']} | {r['head'][:100]}"
            )

    parse_recs: list[dict[str, Any]] = []
    if not args.no_parse:
        try:
            from courtparse import pipeline  # noqa: F401
        except ImportError:
            print("\ncourtparse.parse not available yet: skipped")
        else:
            t0 = time.perf_counter()
            with ProcessPoolExecutor(args.jobs) as pool:
                parse_recs = list(pool.map(parse_file, files, [orient] * len(files)))
            wall = time.perf_counter() - t0
            good = [r for r in parse_recs if not r["error"]]
            print(f"\n== courtparse.parse(path, ocr=True) ({wall:.1f} s) ==")
            print(f"errors                {len(parse_recs) - len(good)}")
            print(f"OCR ran               {_share(good, 'ocr_ran')}")
            print(f"pages turned (warned) {_share(good, 'turned')}")
            print(f"court                 {_share(good, 'court')}")
            print(f"caption case number   {_share(good, 'caption_case_number')}")
            print(
                f"court AND case number {_share(good, 'court', 'any_case_number')}  (caption only: {_share(good, 'court', 'caption_case_number')})"
            )
            if args.verbose:
                for r in parse_recs:
                    print(
                        f"  {r['file']}: {json.dumps({k: v for k, v in r.items() if k != 'file'})}"
                    )
    if args.json:
        args.json.write_text(json.dumps({"ocr": ocr_recs, "parse": parse_recs}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
