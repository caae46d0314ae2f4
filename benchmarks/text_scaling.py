"""How the cost of parsing grows with the length of the text (issue 17).

    python benchmarks/text_scaling.py                   # every shape at 10 k, 100 k, 1 M characters
    python benchmarks/text_scaling.py --sizes 10000 100000 --shape docket --shape footnotes
    python benchmarks/text_scaling.py --no-pdf --timeout 60
    python benchmarks/text_scaling.py --profile docket:100000   # cProfile one run, top functions

Each text shape below is generated at each size (exactly that many characters) and parsed
with ``courtparse.parse_text`` in a child process, with a CPU-time limit so a quadratic case
cannot hang the run; the time is the CPU seconds of that child spent in ``parse_text``
(``time.process_time``, after a warm-up parse that pays for the lazy imports), the least of
three runs for those under ``REPEAT_UNDER`` seconds (other load on the machine only adds). A PDF that is one long paragraph is generated with
reportlab at 10, 20, 40 and 80 pages and timed through ``courtparse.parse`` the same way.

The table gives each time and, between consecutive sizes, the growth t(k·n)/t(n). Linear
work grows k-fold, n log n a little more, quadratic k²-fold (100× for 10× the text). The
bound: the growth must stay within ``GROWTH_MARGIN`` times the size ratio (15× for 10× the
text, 3× for twice the pages); a timeout fails too. Exit status 1 when any bound is broken.

The shapes are the adversarial texts of issue 17, each the worst of its kind for a rule
that looks back or forward without a bound: a docket sheet pasted as text, footnote-heavy
text, dates one per line, case numbers on one line, numbered paragraphs, wrapped lines
without a full stop, one long paragraph, plus plain order prose.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SIZES = (10_000, 100_000, 1_000_000)
PDF_PAGES = (10, 20, 40, 80)
GROWTH_MARGIN = 1.5
"""Growth allowed over the size ratio: 15× for 10× the text (quadratic would be 100×)."""
TIMEOUT = 300.0
"""CPU seconds one child may spend (a linear 1 M-character parse takes a few)."""
REPEAT_UNDER = 5.0
"""A run that took less CPU time than this is repeated (three times in all), the least kept."""
REPEATS = 3

# --- the shapes -------------------------------------------------------------------------

_PROSE = (
    "the court finds that plaintiff has not shown good cause for the relief requested in "
    "the motion and defendant opposes the request on the grounds stated in its brief which "
    "the parties have fully briefed and argued at the hearing held before this court"
)
_WORDS = _PROSE.split(" ")

_CAPTION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

JANE DOE, et al.,
Plaintiffs,
v.
ACME CORPORATION,
Defendant.

Case No. 3:21-cv-04567-ABC

ORDER GRANTING IN PART AND DENYING IN PART MOTION TO DISMISS

"""

_SIGNATURE = """
IT IS SO ORDERED.

Dated: March 14, 2023

______________________________________
HAYWOOD S. GILLIAM, JR.
United States District Judge
"""


def _words(k: int, start: int = 0) -> str:
    return " ".join(_WORDS[(start + i) % len(_WORDS)] for i in range(k))


def _wrapped(text: str, width: int = 78) -> list[str]:
    """Greedy word wrap, as a PDF-to-text tool prints a paragraph's lines."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _date(i: int) -> str:
    month, day, year = i % 12, 1 + (i * 7) % 28, 2000 + i % 25
    forms = (
        f"{_MONTHS[month]} {day}, {year}",
        f"{month + 1:02d}/{day:02d}/{year}",
        f"{day} {_MONTHS[month]} {year}",
        f"{month + 1}/{day}/{year % 100:02d}",
    )
    return forms[i % len(forms)]


def _case_number(i: int) -> str:
    return f"{1 + i % 5}:{10 + i % 15}-{('cv', 'cr', 'md')[i % 3]}-{i % 100000:05d}-{'ABC' if i % 2 else 'JST'}"


def shape_docket(i: int) -> str:
    """A PACER docket sheet pasted as text: one entry per row, dates and numbers in each."""
    if i == 0:
        return (
            "U.S. District Court\nNorthern District of California (San Francisco)\n"
            "CIVIL DOCKET FOR CASE #: 3:21-cv-04567-ABC\n\nDoe v. Acme Corporation\n"
            "Assigned to: Judge Haywood S Gilliam, Jr\nDate Filed: 06/14/2021\n\n"
            "Date Filed # Docket Text\n"
        )
    judge = ("Magistrate Judge Jacqueline Scott Corley", "United States District Judge Haywood S Gilliam, Jr")
    return (
        f"{_date(i * 3 + 1)} {i} ORDER granting [{i - 1}] Motion for Extension of Time to File "
        f"Response re {max(1, i - 2)} Motion to Dismiss (Dkt. No. {max(1, i - 3)}). Responses due by "
        f"{_date(i * 3 + 2)}. Signed by {judge[i % 2]} on {_date(i * 3)}. (ndr, COURT STAFF) "
        f"(Filed on {_date(i * 3)}) (Entered: {_date(i * 3)})\n"
    )


def shape_footnotes(i: int) -> str:
    """Footnote-heavy text: every paragraph marks a footnote, printed after it."""
    if i == 0:
        return _CAPTION
    n = i
    body = "\n".join(_wrapped(f"{_words(40, i)} as the record shows.{n} {_words(25, i + 3)}."))
    note = "\n".join(_wrapped(f"{n} See Smith v. Jones, {100 + i} F.3d {200 + i} (9th Cir. 2001) "
                              f"({_words(12, i)})."))
    return f"{body}\n\n{note}\n\n"


def shape_dates_per_line(i: int) -> str:
    """Dates one per line (a schedule, a list of hearing dates)."""
    return _CAPTION if i == 0 else f"{_date(i)}\n"


def shape_case_numbers_line(i: int) -> str:
    """Case numbers on one line (a consolidated or related-case list), each labeled,
    some after a case name."""
    if i == 0:
        return _CAPTION + "This Document Relates To: "
    name = "Doe v. Acme Corp., " if i % 3 == 0 else ""
    return f"{name}Case No. {_case_number(i)}; "


def shape_numbered_paragraphs(i: int) -> str:
    """Numbered paragraphs (a complaint's or a stipulation's), each a short sentence."""
    return _CAPTION if i == 0 else f"{i}. {_words(14, i).capitalize()}.\n\n"


def shape_wrapped_no_stop(i: int) -> str:
    """Wrapped lines without a full stop anywhere, a blank line after every second one (a
    double-spaced page): each piece goes on the sentence of the one before."""
    return _CAPTION if i == 0 else _words(11, i * 11) + ("\n\n" if i % 2 else "\n")


def shape_long_paragraph(i: int) -> str:
    """One long paragraph of sentences, wrapped as a PDF-to-text tool prints it."""
    if i == 0:
        return _CAPTION
    return f"{_words(16, i).capitalize()} on {_date(i)}. "


def shape_order_prose(i: int) -> str:
    """Plain order prose: a caption, paragraphs with citations and dates, a signature."""
    if i == 0:
        return _CAPTION + "I. BACKGROUND\n\n"
    para = (
        f"On {_date(i)}, Plaintiffs filed a motion to compel (Dkt. No. {i}). "
        f"{_words(30, i).capitalize()}. See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009); "
        f"Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007). The Court GRANTS the motion "
        f"as to the claims in Case No. {_case_number(i)} and DENIES it otherwise."
    )
    return "\n".join(_wrapped(para)) + "\n\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "docket": shape_docket,
    "footnotes": shape_footnotes,
    "dates_per_line": shape_dates_per_line,
    "case_numbers_line": shape_case_numbers_line,
    "numbered_paragraphs": shape_numbered_paragraphs,
    "wrapped_no_stop": shape_wrapped_no_stop,
    "long_paragraph": shape_long_paragraph,
    "order_prose": shape_order_prose,
}


def make_text(shape: str, size: int) -> str:
    """``size`` characters of ``shape``: its pieces until the size is reached, the last cut,
    and the signature block at the end (where a signature and date are read)."""
    piece = SHAPES[shape]
    tail = "" if shape == "case_numbers_line" else _SIGNATURE
    parts: list[str] = []
    total = len(tail)
    i = 0
    while total < size:
        text = piece(i)
        parts.append(text)
        total += len(text)
        i += 1
    body = "".join(parts)[: max(0, size - len(tail))]
    if shape == "long_paragraph":  # its sentences wrapped as one paragraph (a space becomes "\n")
        head = len(parts[0])
        body = body[:head] + "\n".join(_wrapped(body[head:])) + body[head:][len(body[head:].rstrip()):]
    return body + tail


# --- the PDF shape ----------------------------------------------------------------------


def make_pdf(pages: int, path: Path) -> None:
    """A PDF that is one long paragraph of ``pages`` pages (reportlab, Times 12, single
    spaced), with a caption on the first page."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    width, height = letter
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setFont("Times-Roman", 12)
    y = height - 72.0
    for line in _CAPTION.strip().split("\n"):
        c.drawCentredString(width / 2, y, line)
        y -= 14
    lines = iter(_wrapped(" ".join(f"{_words(16, i).capitalize()} on {_date(i)}." for i in range(20_000)), 90))
    page = 1
    while True:
        while y > 72:
            c.drawString(72, y, next(lines))
            y -= 14
        c.drawCentredString(width / 2, 40, str(page))
        if page == pages:
            break
        c.showPage()
        c.setFont("Times-Roman", 12)
        page += 1
        y = height - 72.0
    c.save()


# --- timing (in a child) ----------------------------------------------------------------


def _child(kind: str, arg: str, size: int) -> None:
    """Time one parse in this (child) process and print ``{"cpu": seconds}``."""
    import courtparse

    if kind == "text":
        courtparse.parse_text(make_text(arg, 5_000))  # warm-up: lazy imports, regex caches
        text = make_text(arg, size)

        def run() -> object:
            return courtparse.parse_text(text)
    else:
        warm = Path(arg).with_suffix(".warm.pdf")
        make_pdf(1, warm)
        courtparse.parse(warm, ocr=False)
        path = Path(arg)

        def run() -> object:
            return courtparse.parse(path, ocr=False)

    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        run()
        took = time.process_time() - start
        best = min(best, took)
        if took >= REPEAT_UNDER:
            break
    print(json.dumps({"cpu": best}))


def time_child(kind: str, arg: str, size: int, timeout: float) -> float | None:
    """CPU seconds of the parse in a child process, or None when it ran out of time."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (int(timeout) + 1, int(timeout) + 2))

    cmd = [sys.executable, __file__, "--child", kind, arg, str(size)]
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout * 4, preexec_fn=limit, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        if done.returncode < 0:  # SIGXCPU / SIGKILL: the CPU limit
            return None
        raise RuntimeError(f"child failed on {kind} {arg} {size}:\n{done.stderr}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"])


def _growth(rows: list[tuple[int, float | None]]) -> Iterator[tuple[int, int, float | None, bool]]:
    """(size, previous size, growth, within bound) for consecutive sizes."""
    for (n0, t0), (n1, t1) in itertools.pairwise(rows):
        allowed = GROWTH_MARGIN * n1 / n0
        if t0 is None or t1 is None:
            yield n1, n0, None, False
            continue
        growth = t1 / max(t0, 1e-3)
        yield n1, n0, growth, growth <= allowed


def _fmt(t: float | None) -> str:
    return "timeout" if t is None else f"{t:8.3f}"


def report(name: str, rows: list[tuple[int, float | None]], unit: str) -> bool:
    cells = "  ".join(f"{n:>9,}{unit}: {_fmt(t)} s" for n, t in rows)
    ok = True
    growths = []
    for n1, n0, g, within in _growth(rows):
        ok &= within
        mark = "" if within else " !"
        growths.append(f"×{n1 // n0}: {'-' if g is None else f'{g:.1f}'}{mark}")
    print(f"{name:<20} {cells}   growth {'  '.join(growths)}", flush=True)
    return ok


def profile(spec: str) -> None:
    import cProfile
    import pstats

    import courtparse

    shape, size = spec.split(":")
    courtparse.parse_text(make_text(shape, 5_000))
    text = make_text(shape, int(size))
    prof = cProfile.Profile()
    prof.enable()
    courtparse.parse_text(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only this shape (repeatable)")
    p.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="text sizes in characters")
    p.add_argument("--pages", type=int, nargs="+", default=list(PDF_PAGES), help="PDF sizes in pages")
    p.add_argument("--no-pdf", action="store_true", help="skip the PDF shape")
    p.add_argument("--no-text", action="store_true", help="skip the text shapes")
    p.add_argument("--timeout", type=float, default=TIMEOUT, help="CPU seconds per child")
    p.add_argument("--profile", metavar="SHAPE:SIZE", help="cProfile one parse_text and exit")
    p.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    print(f"load average {os.getloadavg()[0]:.2f}; CPU seconds of parse_text / parse in a child; "
          f"bound: growth ≤ {GROWTH_MARGIN} × size ratio", flush=True)
    ok = True
    if not args.no_text:
        for shape in args.shape or list(SHAPES):
            rows = [(n, time_child("text", shape, n, args.timeout)) for n in args.sizes]
            ok &= report(shape, rows, " ch")
    if not args.no_pdf:
        with tempfile.TemporaryDirectory() as tmp:
            rows = []
            for pages in args.pages:
                path = Path(tmp) / f"long_paragraph_{pages}.pdf"
                make_pdf(pages, path)
                rows.append((pages, time_child("pdf", str(path), pages, args.timeout)))
            ok &= report("pdf_long_paragraph", rows, " pp")
    print("ok" if ok else "FAIL: growth beyond the bound (or a timeout)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
