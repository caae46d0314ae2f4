"""Accuracy of courtparse against the hand-made labels, per field.

    python benchmarks/accuracy.py                       # labeled PDFs + text examples
    python benchmarks/accuracy.py --backend pdfium --verbose
    python benchmarks/accuracy.py --labels DIR --json
    python benchmarks/accuracy.py --check-baseline      # compare with the committed baseline
    python benchmarks/accuracy.py --write-baseline      # re-measure it (both backends)
    python benchmarks/accuracy.py --text-from pdftotext-layout   # parse_text on pdftotext output

Parses every ``NAME.pdf`` beside a ``NAME.expected.json`` in the labels folder with
``courtparse.parse`` and every ``NAME.txt`` of the examples folder with
``courtparse.parse_text``, scores them with the rules of ``benchmarks/scoring.py`` (the
rules of shared/examples/README.md and shared/corpus/README.md), and prints checks passed
per field, then the share per set and overall, last: ``overall: 412/450 = 91.6%``.

The baseline (``benchmarks/accuracy_baseline.json``) is the ratchet the test suite holds
the labeled corpus to: per backend, each field's checks passed and total, and every check
that fails today by file. The suite fails when a field passes fewer checks, when a check
fails that the baseline does not list (a regression), and when a listed check no longer
fails (a fix: rewrite the baseline so the list only shrinks). Rewrite it with
``--write-baseline`` after a change that moves accuracy, and commit it with the change.

``--text-from pdftotext-layout`` / ``pdftotext-raw`` scores text input instead of the PDF
path (issue 11): every labeled PDF is converted with poppler's ``pdftotext`` (with
``-layout``, or with no option: its default reading order, the plain text most tools and
bulk archives hold) and parsed with ``courtparse.parse_text``, scored with the same rules.
Left out are only the checks text cannot answer: ``text_layer`` (whether a page has a
text layer is a fact of the PDF; text input has no way to tell a scanned page from a
blank one). No check of the labels depends on a box (``bbox``) either, so none other is
dropped: a value printed only on a scanned page fails, as the PDF path without OCR does.
The examples (already text) are scored as always; the baseline is of the PDF path only.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import subprocess
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
BASELINE = Path(__file__).resolve().parent / "accuracy_baseline.json"
BASELINE_BACKENDS = ("pdfium", "pdfplumber")
"""The backends the baseline is measured with: the default and the reference."""


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


TEXT_FROM = {"pdftotext-layout": ("-layout",), "pdftotext-raw": ()}
"""``--text-from`` choices: the pdftotext options of each flavour of text input."""

TEXT_ONLY_SKIPPED = frozenset({"text_layer"})
"""Label fields that need the PDF itself, left out when scoring text input."""


def pdftotext_available() -> bool:
    return shutil.which("pdftotext") is not None


def pdftotext(path: Path, flavour: str) -> str:
    """The text poppler's pdftotext prints for a PDF, in one of the ``TEXT_FROM`` flavours."""
    out = subprocess.run(
        ["pdftotext", *TEXT_FROM[flavour], "-enc", "UTF-8", str(path), "-"],
        check=True, capture_output=True, timeout=300,
    )
    return out.stdout.decode("utf-8", errors="replace")


def _source_suffix(kind: str) -> str:
    return ".txt" if kind == "txt" else ".pdf"


def score_file(label_path: Path, kind: str, backend: str | None = None) -> tuple[list[Check], float]:
    """Parse one labeled input (``kind`` "pdf", "txt" or a ``TEXT_FROM`` flavour: the
    PDF converted by pdftotext) and score it; a parse that raises fails every check of
    its label. Returns the checks and the parse time (of ``parse_text`` alone for a
    converted PDF)."""
    from courtparse import parse_text

    label = load_label(label_path)
    source = input_for(label_path, _source_suffix(kind))
    doc = None
    error = None
    if kind in TEXT_FROM:
        label = {k: v for k, v in label.items() if k not in TEXT_ONLY_SKIPPED}
        try:
            text = pdftotext(source, kind)
        except (OSError, subprocess.SubprocessError) as exc:
            return score_document(None, label, file=source.name, error=f"pdftotext: {exc}"), 0.0
    start = time.perf_counter()
    try:
        if kind in TEXT_FROM:
            doc = parse_text(text, source=source.name)
        elif kind == "txt":
            doc = parse_text(source.read_text(encoding="utf-8"), source=source.name)
        else:
            doc = _parse_pdf(source, backend)
    except Exception as exc:  # scored as failures, reported, never fatal to the run
        error = f"{type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    return score_document(doc, label, file=source.name, error=error), elapsed


def _size(job: tuple[Path, str, str | None]) -> int:
    source = input_for(job[0], _source_suffix(job[1]))
    return source.stat().st_size if source.exists() else 0


def _score_one(job: tuple[Path, str, str | None]) -> tuple[list[Check], float]:
    return score_file(*job)


def run(
    labels: Path | None, examples: Path | None, backend: str | None, jobs: int,
    text_from: str | None = None,
) -> dict[str, list[Check]]:
    """Checks per set ("labeled", "examples"); with ``text_from``, the labeled PDFs are
    scored as that flavour of pdftotext output (set "labeled (pdftotext-layout)")."""
    work: list[tuple[str, tuple[Path, str, str | None]]] = []
    if labels is not None and text_from is not None:
        work += [(f"labeled ({text_from})", (p, text_from, None)) for p in label_paths(labels)]
    elif labels is not None:
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


# --- the ratchet ------------------------------------------------------------------------


def measure(checks: Sequence[Check]) -> dict[str, Any]:
    """One backend's entry of the baseline: figures per field and failing checks per file."""
    failing: dict[str, list[str]] = {}
    for c in checks:
        if not c.passed:
            failing.setdefault(c.file, []).append(c.ident)
    total = tally(checks)
    return {
        "overall": {"passed": total.passed, "total": total.total},
        "fields": {f: {"passed": t.passed, "total": t.total} for f, t in by_field(checks).items()},
        "failing": {f: sorted(v) for f, v in sorted(failing.items())},
    }


def compare(baseline: dict[str, Any], checks: Sequence[Check]) -> list[str]:
    """What keeps ``checks`` from matching one backend's baseline entry, one line each:
    a field that passes fewer checks or a lower share, a failing check the baseline does
    not list (regressed), a listed one that no longer fails (fixed: take it off the list).
    Empty when the run is as good as the baseline and the list is exact."""
    from collections import Counter

    problems: list[str] = []
    now = by_field(checks)
    for field, was in baseline.get("fields", {}).items():
        got = now.get(field, Tally(0, 0))
        was_share = was["passed"] / was["total"] if was["total"] else 0.0
        if got.passed < was["passed"] or got.share < was_share - 1e-9:
            problems.append(
                f"field {field}: {got} < baseline {was['passed']}/{was['total']} = {100 * was_share:.1f}%"
            )
    listed = Counter((f, ident) for f, idents in baseline.get("failing", {}).items() for ident in idents)
    failing = Counter((c.file, c.ident) for c in checks if not c.passed)
    details = {(c.file, c.ident): c.detail for c in checks if not c.passed}
    for (file, ident), n in sorted((failing - listed).items()):
        problems.append(f"regressed: {file}: {ident}: {details[(file, ident)]}" + (f" (x{n})" if n > 1 else ""))
    for (file, ident), _ in sorted((listed - failing).items()):
        problems.append(f"fixed but still listed: {file}: {ident}")
    return problems


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("backends"), dict):
        raise ValueError(f"{path}: not an accuracy baseline (no 'backends' object)")
    return data


def write_baseline(labels: Path, backends: Sequence[str], jobs: int, path: Path = BASELINE) -> dict[str, Any]:
    """Measure ``backends`` on the labeled corpus and write them into the baseline file,
    keeping the entries of backends not measured."""
    data = load_baseline(path) if path.exists() else {}
    entries: dict[str, Any] = dict(data.get("backends", {}))
    for backend in backends:
        entries[backend] = measure(run(labels, None, backend, jobs).get("labeled", []))
    out = {
        "about": (
            "Accuracy ratchet of the labeled corpus (benchmarks/accuracy.py): per backend, "
            "checks passed per field and the checks that fail today. The suite fails on a "
            "field below its figure, on a failing check not listed here, and on a listed "
            "check that passes. Rewrite with `python benchmarks/accuracy.py --write-baseline`."
        ),
        "labels": len(label_paths(labels)),
        "ocr": ocr_available(),
        "backends": {b: entries[b] for b in sorted(entries)},
    }
    path.write_text(_baseline_json(out), encoding="utf-8")
    return out


def _baseline_json(data: dict[str, Any]) -> str:
    """Indented JSON with every leaf object or list of strings on one line, so that a
    rewrite's diff shows one line per field figure and per check that moved."""

    def dump(value: Any, depth: int) -> str:
        leaf = not isinstance(value, dict) or all(not isinstance(v, dict | list) for v in value.values())
        if isinstance(value, list) or leaf:
            if isinstance(value, list) and value:
                pad = " " * (depth + 1)
                items = ",\n".join(pad + json.dumps(v, ensure_ascii=False) for v in value)
                return "[\n" + items + "\n" + " " * depth + "]"
            return json.dumps(value, ensure_ascii=False)
        pad = " " * (depth + 1)
        body = ",\n".join(f"{pad}{json.dumps(k, ensure_ascii=False)}: {dump(v, depth + 1)}" for k, v in value.items())
        return "{\n" + body + "\n" + " " * depth + "}"

    return dump(data, 0) + "\n"


def ocr_available() -> bool:
    from courtparse.pdf.ocr import ocr_available

    return bool(ocr_available())


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
    p.add_argument("--text-from", choices=sorted(TEXT_FROM), default=None,
                   help="score parse_text on the labeled PDFs converted by poppler's pdftotext "
                        "(-layout, or its default order for -raw); text_layer checks left out")
    ratchet = p.add_mutually_exclusive_group()
    ratchet.add_argument("--check-baseline", action="store_true",
                         help="compare the labeled corpus with the committed baseline; exit 1 on a difference")
    ratchet.add_argument("--write-baseline", action="store_true",
                         help="measure the labeled corpus and rewrite the baseline "
                              f"({', '.join(BASELINE_BACKENDS)}, or --backend only)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    labels = None if args.no_labels else args.labels
    examples = None if args.no_examples else args.examples
    for folder in (labels, examples):
        if folder is not None and not folder.is_dir():
            print(f"error: no such folder {folder}", file=sys.stderr)
            return 2
    backends = [args.backend] if args.backend else list(BASELINE_BACKENDS)
    if args.text_from is not None:
        if args.write_baseline or args.check_baseline:
            print("error: the baseline is of the PDF path; drop --text-from", file=sys.stderr)
            return 2
        if labels is not None and not pdftotext_available():
            print("error: --text-from needs poppler's pdftotext (apt install poppler-utils)", file=sys.stderr)
            return 2
    if args.write_baseline or args.check_baseline:
        if labels is None:
            print("error: the baseline is of the labeled corpus; drop --no-labels", file=sys.stderr)
            return 2
        if args.write_baseline:
            data = write_baseline(labels, backends, args.jobs)
            for b in backends:
                o = data["backends"][b]["overall"]
                print(f"{b}: {Tally(o['passed'], o['total'])}")
            print(f"wrote {BASELINE}")
            return 0
        baseline = load_baseline()
        status = 0
        for b in backends:
            problems = compare(baseline["backends"].get(b, {}), run(labels, None, b, args.jobs).get("labeled", []))
            print(f"{b}: " + ("as the baseline" if not problems else f"{len(problems)} differences"))
            for line in problems:
                print(f"  {line}")
            status = status or (1 if problems else 0)
        return status
    start = time.perf_counter()
    results = run(labels, examples, args.backend, args.jobs, text_from=args.text_from)
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=2))
    else:
        print(report(results, verbose=args.verbose, seconds=time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
