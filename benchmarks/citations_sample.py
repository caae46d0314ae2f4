"""Case-law citations (eyecite, the ``citations`` extra) on the labeled orders and opinions:
how many each filing gives, and a seeded sample of them with the text around each, to check
by hand against the page (precision), plus the reporter-looking strings of the body that
gave no citation (where recall is lost).

    .venv/bin/python benchmarks/citations_sample.py [--sample 30] [--seed 1]

The labels carry no citations, so this is a reading aid, not a score: the closing note of
issue 13 records the hand check of one run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))
CONTEXT = 70
"""Characters of text shown on each side of a sampled citation."""
# A volume, a reporter-like run of capitals and periods, a page ("565 U.S. 228",
# "2019 WL 1234567", "F. Supp. 3d"): a rough net for citations eyecite did not return.
_REPORTERISH = regex.compile(r"\b\d{1,4}\s+(?:[A-Z][A-Za-z.]*\s?){1,4}(?:\d[a-z]{1,2}\s)?\d{1,7}\b")
COURT_PAPERS = frozenset({"order", "opinion", "judgment", "report_and_recommendation", "minutes"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=SHARED / "corpus" / "labeled")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    import courtparse

    pool: list[tuple[str, str, str]] = []
    missed: list[tuple[str, str]] = []
    total = 0
    print(f"{'filing':60} {'type':26} {'cites':>5} {'full':>5} {'short/id/supra':>14}")
    for pdf in sorted(args.labels.glob("*.pdf")):
        doc = courtparse.parse(pdf, citations=True)
        if doc.document_type not in COURT_PAPERS:
            continue
        full = sum(1 for c in doc.citations if c.kind == "full")
        total += len(doc.citations)
        print(f"{pdf.name[:60]:60} {doc.document_type:26} {len(doc.citations):5} {full:5} {len(doc.citations) - full:14}")
        for c in doc.citations:
            a, b = c.span.start, c.span.end
            where = doc.text if c.span.footnote is None else doc.footnotes[c.span.footnote].text
            ctx = where[max(0, a - CONTEXT):a] + "[[" + where[a:b] + "]]" + where[b:b + CONTEXT]
            shown = f"{c.kind} vol={c.volume} rep={c.reporter} page={c.page} pin={c.pin} year={c.year} name={c.case_name}"
            pool.append((pdf.name, shown, " ".join(ctx.split())))
        covered = [(c.span.start, c.span.end) for c in doc.citations if c.span.footnote is None]
        for m in _REPORTERISH.finditer(doc.text):
            if not any(a <= m.end() and m.start() <= b for a, b in covered):
                missed.append((pdf.name, m[0]))
    print(f"\n{total} citations")
    rng = random.Random(args.seed)
    for name, shown, ctx in rng.sample(pool, min(args.sample, len(pool))):
        print(f"\n{name}\n  {shown}\n  …{ctx}…")
    print(f"\n{len(missed)} reporter-like strings of the bodies with no citation over them (read for recall):")
    for name, text in rng.sample(missed, min(args.sample, len(missed))):
        print(f"  {name[:50]:50} {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
