"""Accuracy of courtparse against the hand-made labels, per field.

    python benchmarks/accuracy.py                       # labeled PDFs + text examples
    python benchmarks/accuracy.py --backend pdfium --verbose
    python benchmarks/accuracy.py --labels DIR --json

Parses every ``NAME.pdf`` beside a ``NAME.expected.json`` in the labels folder with
``courtparse.parse`` and every ``NAME.txt`` of the examples folder with
``courtparse.parse_text``, scores them with the rules of ``benchmarks/scoring.py`` (the
rules of shared/examples/README.md and shared/corpus/README.md), and prints checks passed
per field, then the share per set and overall, last: ``overall: 412/450 = 91.6%``.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.scoring import (  # noqa: E402  (the repo root must be importable first)
    Check,
    Tally,
    by_field,
    failures,
    input_for,
    label_paths,
    load_label,
    score_document,
    tally,
)

SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))
DEFAULT_LABELS = SHARED / "corpus" / "labeled"
DEFAULT_EXAMPLES = SHARED / "examples"


def pdf_parser() -> Callable[..., Any] | None:
    """``courtparse.parse``, or the pipeline's ``parse`` before the package exports it."""
    import importlib

    import courtparse

    parse = getattr(courtparse, "parse", None)
    if parse is None:
        try:
            parse = getattr(importlib.import_module("courtparse.pipeline"), "parse", None)
        except ImportError:
            return None
    return parse if callable(parse) else None


def pdf_parser_available() -> bool:
    return pdf_parser() is not None


def _parse_pdf(path: Path, backend: str | None) -> Any:
    parse = pdf_parser()
    if parse is None:
        raise RuntimeError("courtparse.parse is not available")
    if backend is not None and "backend" in inspect.signature(parse).parameters:
        return parse(path, backend=backend)
    return parse(path)


def score_file(label_path: Path, kind: str, backend: str | None = None) -> tuple[list[Check], float]:
    """Parse one labeled input (``kind`` "pdf" or "txt") and score it; a parse that
    raises fails every check of its label. Returns the checks and the parse time."""
    from courtparse import parse_text

    label = load_label(label_path)
    source = input_for(label_path, "." + kind)
    start = time.perf_counter()
    doc = None
    error = None
    try:
        if kind == "txt":
            doc = parse_text(source.read_text(encoding="utf-8"), source=source.name)
        else:
            doc = _parse_pdf(source, backend)
    except Exception as exc:  # scored as failures, reported, never fatal to the run
        error = f"{type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    return score_document(doc, label, file=source.name, error=error), elapsed


def _size(job: tuple[Path, str, str | None]) -> int:
    source = input_for(job[0], "." + job[1])
    return source.stat().st_size if source.exists() else 0


def _score_one(job: tuple[Path, str, str | None]) -> tuple[list[Check], float]:
    return score_file(*job)


def run(
    labels: Path | None, examples: Path | None, backend: str | None, jobs: int
) -> dict[str, list[Check]]:
    """Checks per set ("labeled", "examples")."""
    work: list[tuple[str, tuple[Path, str, str | None]]] = []
    if labels is not None:
        if pdf_parser_available():
            work += [("labeled", (p, "pdf", backend)) for p in label_paths(labels)]
        else:
            print("note: courtparse.parse is not available yet; PDFs not scored", file=sys.stderr)
    if examples is not None:
        work += [("examples", (p, "txt", None)) for p in label_paths(examples)]
    results: dict[str, list[Check]] = {}
    if jobs > 1 and len(work) > 1:
        # biggest files first, so the longest parse does not start last
        order = sorted(range(len(work)), key=lambda i: -_size(work[i][1]))
        with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
            done = dict(zip(order, pool.map(_score_one, [work[i][1] for i in order]), strict=True))
        outcomes = [done[i] for i in range(len(work))]
    else:
        outcomes = [_score_one(job) for _, job in work]
    for (name, _), (checks, _elapsed) in zip(work, outcomes, strict=True):
        results.setdefault(name, []).extend(checks)
    return results


def report(results: dict[str, list[Check]], *, verbose: bool, seconds: float | None = None) -> str:
    every = [c for checks in results.values() for c in checks]
    lines = [f"{'field':<32} {'passed':>7} {'total':>6} {'%':>7}"]
    for field, t in by_field(every).items():
        lines.append(f"{field:<32} {t.passed:>7} {t.total:>6} {100 * t.share:>6.1f}%")
    if verbose:
        lines.append("")
        lines.append("failed checks:")
        lines += [f"  {line}" for line in failures(every)] or ["  none"]
    lines.append("")
    if seconds is not None:
        lines.append(f"time: {seconds:.1f} s")
    for name, checks in results.items():
        lines.append(f"{name}: {tally(checks)}")
    lines.append(f"overall: {tally(every)}")
    return "\n".join(lines)


def as_json(results: dict[str, list[Check]]) -> dict[str, Any]:
    every = [c for checks in results.values() for c in checks]

    def t(x: Tally) -> dict[str, Any]:
        return {"passed": x.passed, "total": x.total, "share": round(x.share, 4)}

    return {
        "overall": t(tally(every)),
        "sets": {name: t(tally(checks)) for name, checks in results.items()},
        "fields": {field: t(x) for field, x in by_field(every).items()},
        "failures": [asdict(c) for c in every if not c.passed],
    }


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backend", choices=["pdfplumber", "pdfium"], default=None,
                   help="PDF backend (default: courtparse's default)")
    p.add_argument("--labels", type=Path, default=DEFAULT_LABELS,
                   help="folder of NAME.pdf + NAME.expected.json (default: %(default)s)")
    p.add_argument("--examples", type=Path, default=DEFAULT_EXAMPLES,
                   help="folder of NAME.txt + NAME.expected.json (default: %(default)s)")
    p.add_argument("--no-labels", action="store_true", help="score the text examples only")
    p.add_argument("--no-examples", action="store_true", help="score the labeled PDFs only")
    p.add_argument("--jobs", "-j", type=int, default=min(4, os.cpu_count() or 1),
                   help="processes parsing files in parallel (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--verbose", "-v", action="store_true", help="list every failed check")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    labels = None if args.no_labels else args.labels
    examples = None if args.no_examples else args.examples
    for folder in (labels, examples):
        if folder is not None and not folder.is_dir():
            print(f"error: no such folder {folder}", file=sys.stderr)
            return 2
    start = time.perf_counter()
    results = run(labels, examples, args.backend, args.jobs)
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=2))
    else:
        print(report(results, verbose=args.verbose, seconds=time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
