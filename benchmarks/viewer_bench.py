"""What the viewer costs (issue 12): the HTML of a long filing, its load in a headless
browser, and the parse-time cost of the audit list (``Document.removed``) it draws.

    python benchmarks/viewer_bench.py                       # the 50-page pool filing
    python benchmarks/viewer_bench.py --pdf FILE.pdf --runs 5
    python benchmarks/viewer_bench.py --audit-dir ../shared/corpus/pool --audit-sample 40
    python benchmarks/viewer_bench.py --screenshot docs/viewer.png   # the docs' picture

Prints: the size of ``courtparse.show(doc, pdf)`` for the filing (budget: under 10 MB); the
time headless Chromium takes to load it (budget: under 2 s), measured two ways, each the
median of ``--runs``: the page's own ``load`` event inside a frame (``performance.now()`` of
a wrapper page whose frame loads the viewer, read back with ``--dump-dom``), and the wall
time of a ``--screenshot`` run (which lays out and paints it) minus that of a blank page,
so the browser's start-up is not counted; then what recording the audit list costs: layout
cleaning of a sample of filings with the list recorded and without
(``courtparse.layout.removed.RECORD``), on pages extracted once, runs alternating, best of
``--audit-runs`` each, the difference as a share of ``parse()``'s CPU time on the same
files (budget: under 5 %).

``--screenshot PNG`` takes the docs' screenshot instead: page 1 of the labeled C.D. Cal.
minutes order, by the test suite's screenshot helper (tests/browser.py), quantized to a
palette to keep the file small.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))
LONG_FILING = SHARED / "corpus" / "pool" / "gov.uscourts.cacd.645219.282.1.pdf"
"""50 pages: a C.D. Cal. exhibit with pleading paper, stamps and footers on every page."""
DOCS_FILING = SHARED / "corpus" / "labeled" / "gov.uscourts.cacd.657892.238.0.pdf"
SIZE_BUDGET_MB = 10.0
LOAD_BUDGET_S = 2.0
AUDIT_BUDGET = 0.05
BROWSER_TIMEOUT_S = 120

_WRAPPER = """<!doctype html><html><body>
<iframe id="v" style="width:1300px;height:900px" src="{src}"></iframe>
<script>
document.getElementById('v').addEventListener('load', () => {{
  const out = document.createElement('pre');
  out.id = 'loaded';
  out.textContent = performance.now().toFixed(1);
  document.body.appendChild(out);
}});
</script></body></html>"""


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("no headless browser (apt-get install chromium)")


def _run_browser(url: str, *extra: str) -> tuple[float, str]:
    """Wall seconds of one headless run on ``url`` (a fresh temporary profile), and stdout."""
    with tempfile.TemporaryDirectory(prefix="courtparse-chromium-") as profile:
        cmd = [
            _browser(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--allow-file-access-from-files", f"--user-data-dir={profile}", *extra, url,
        ]
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=BROWSER_TIMEOUT_S, check=True)
        return time.perf_counter() - start, done.stdout


def load_times(html: Path, runs: int) -> tuple[float, float]:
    """(median in-page load seconds, median screenshot wall seconds minus a blank page's)."""
    work = html.parent
    wrapper = work / "wrapper.html"
    wrapper.write_text(_WRAPPER.format(src=html.name), encoding="utf-8")
    blank = work / "blank.html"
    blank.write_text("<!doctype html><title>blank</title>", encoding="utf-8")
    shot = work / "shot.png"
    in_page: list[float] = []
    painted: list[float] = []
    for _ in range(runs):
        _, dom = _run_browser(wrapper.as_uri(), "--dump-dom", "--virtual-time-budget=30000")
        marker = dom.split('<pre id="loaded">', 1)
        if len(marker) < 2:
            raise SystemExit("the wrapper page never saw the viewer load")
        in_page.append(float(marker[1].split("<", 1)[0]) / 1000)
        base, _ = _run_browser(blank.as_uri(), f"--screenshot={shot}", "--window-size=1300,900")
        full, _ = _run_browser(html.as_uri(), f"--screenshot={shot}", "--window-size=1300,900")
        painted.append(full - base)
    return statistics.median(in_page), statistics.median(painted)


def audit_cost(files: list[Path], runs: int) -> tuple[float, float, float, int]:
    """(CPU seconds of parse(), of layout cleaning with the audit list, without it, files).

    Layout runs on each file's pages extracted once beforehand, with and without the list,
    alternating, best of ``runs`` each: the backend's time, which the list does not touch,
    stays out of the difference and out of its noise. parse() is timed whole, best of
    ``runs``, as the reference the cost is a share of."""
    import courtparse
    from courtparse.layout import clean_pages, removed
    from courtparse.pdf import get_backend
    from courtparse.pipeline import DEFAULT_BACKEND

    parse_s = with_list = without = 0.0
    parsed = 0
    for path in files:
        data = path.read_bytes()
        try:
            with get_backend(DEFAULT_BACKEND).open(data, path.name) as doc:
                pages = list(doc.pages())
            best_parse = float("inf")
            for _ in range(runs):
                start = time.process_time()
                courtparse.parse(data, ocr=False)
                best_parse = min(best_parse, time.process_time() - start)
        except courtparse.CourtparseError:
            continue
        best = {True: float("inf"), False: float("inf")}
        try:
            for r in range(runs):
                for record in ((True, False) if r % 2 == 0 else (False, True)):
                    removed.RECORD = record
                    start = time.process_time()
                    clean_pages(pages, ocr_note="OCR disabled")
                    best[record] = min(best[record], time.process_time() - start)
        finally:
            removed.RECORD = True
        parse_s += best_parse
        with_list += best[True]
        without += best[False]
        parsed += 1
    return parse_s, with_list, without, parsed


def recording_share(files: list[Path]) -> float:
    """Share of layout cleaning's time spent in the recording code itself (the functions of
    ``courtparse/layout/removed.py`` and ``_unturned``), under cProfile: a figure the load of
    the machine hardly moves, unlike a difference of two timings."""
    import cProfile
    import pstats

    from courtparse.errors import CourtparseError
    from courtparse.layout import clean_pages
    from courtparse.pdf import get_backend
    from courtparse.pipeline import DEFAULT_BACKEND

    pages = []
    for path in files:
        try:
            with get_backend(DEFAULT_BACKEND).open(path.read_bytes(), path.name) as doc:
                pages.append(list(doc.pages()))
        except CourtparseError:  # a file the backend rejects is left out
            continue
    profile = cProfile.Profile()
    profile.enable()
    for file_pages in pages:
        clean_pages(file_pages, ocr_note="OCR disabled")
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.values())
    recording = sum(
        tt for (path, _line, name), (_cc, _nc, tt, _ct, _callers) in stats.items()
        if path.endswith("layout/removed.py") or name == "_unturned"
    )
    return recording / total if total else 0.0


def docs_screenshot(png: Path) -> None:
    """The docs' picture: page 1 of the labeled minutes order, in headless Chromium."""
    sys.path.insert(0, str(REPO))
    from PIL import Image

    import courtparse
    from tests.browser import screenshot

    doc = courtparse.parse(DOCS_FILING, ocr=False)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "viewer.html"
        courtparse.show(doc, DOCS_FILING, page, pages=[1])
        shot = screenshot(page, Path(tmp) / "shot.png", width=1400, height=1180)
        Image.open(shot).convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(png, optimize=True)
    print(f"{png}: {png.stat().st_size / 1024:.0f} KB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdf", type=Path, default=LONG_FILING)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--audit-dir", type=Path, default=SHARED / "corpus" / "pool")
    ap.add_argument("--audit-sample", type=int, default=30, help="every k-th file, this many")
    ap.add_argument("--audit-runs", type=int, default=4)
    ap.add_argument("--screenshot", type=Path, help="write the docs' screenshot here and stop")
    ap.add_argument("--no-load", action="store_true", help="skip the HTML and browser part")
    ap.add_argument("--no-audit", action="store_true", help="skip the audit list's cost")
    args = ap.parse_args(argv)
    if args.screenshot is not None:
        docs_screenshot(args.screenshot)
        return 0

    ok = True
    if not args.no_load:
        ok &= _load_part(args)
    if not args.no_audit:
        ok &= _audit_part(args)
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


def _load_part(args: argparse.Namespace) -> bool:
    import courtparse

    with tempfile.TemporaryDirectory(prefix="courtparse-viewer-bench-") as tmp:
        html = Path(tmp) / "viewer.html"
        doc = courtparse.parse(args.pdf, ocr=False)
        start = time.perf_counter()
        courtparse.show(doc, args.pdf, html)
        made = time.perf_counter() - start
        size_mb = html.stat().st_size / 1e6
        print(f"{args.pdf.name}: {doc.pages} pages, {len(doc.removed)} removed blocks")
        print(f"  HTML {size_mb:.2f} MB (budget {SIZE_BUDGET_MB:.0f} MB), written in {made:.2f} s")
        in_page, painted = load_times(html, args.runs)
        print(f"  load in headless Chromium: {in_page:.2f} s to the load event, {painted:.2f} s to a"
              f" screenshot beyond a blank page's (median of {args.runs}; budget {LOAD_BUDGET_S:.0f} s)")
        return size_mb < SIZE_BUDGET_MB and max(in_page, painted) < LOAD_BUDGET_S


def _audit_part(args: argparse.Namespace) -> bool:
    pool = sorted(args.audit_dir.glob("*.pdf"))
    step = max(1, len(pool) // max(1, args.audit_sample))
    files = pool[::step][: args.audit_sample]
    parse_s, with_list, without, parsed = audit_cost(files, args.audit_runs)
    share = (with_list - without) / parse_s if parse_s else 0.0
    print(f"audit list over {parsed} files: layout cleaning {with_list:.2f} s CPU with it, {without:.2f} s"
          f" without; parse() {parse_s:.2f} s: the list costs {share * 100:+.2f} % of parse time"
          f" ({(with_list - without) / without * 100:+.1f} % of layout; budget {AUDIT_BUDGET * 100:.0f} % of parse)")
    profiled = recording_share(files)
    print(f"  under cProfile the recording code is {profiled * 100:.2f} % of layout's time"
          f" (layout {without / parse_s * 100:.0f} % of parse(): {profiled * without / parse_s * 100:.2f} % of parse time)")
    return share < AUDIT_BUDGET


if __name__ == "__main__":
    sys.exit(main())
