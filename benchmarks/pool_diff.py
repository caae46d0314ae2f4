"""Save every filing's record over the unlabeled corpora, and compare two saved runs.

How a refactor shows it changed nothing, and how a rule change shows what it moved:

    git stash; .venv/bin/python benchmarks/pool_diff.py save /tmp/before.jsonl.gz; git stash pop
    .venv/bin/python benchmarks/pool_diff.py save /tmp/after.jsonl.gz
    .venv/bin/python benchmarks/pool_diff.py compare /tmp/before.jsonl.gz /tmp/after.jsonl.gz

``save`` parses every PDF below ``../shared/corpus/pool`` and ``../shared/corpus/pool2``
(``--dir`` for others; pool2's ``state/`` included) with ``courtparse.parse``, one process
per file with a time limit, OCR off unless ``--ocr`` (so a run is quick and does not depend
on the engine), and writes one JSON line per file: its ``to_dict()`` without spans (a span
moves whenever text before it does; the values are what a change should move), or the
error it raised. ``compare`` prints, per file, which fields changed, with the old and new
value of each (``--show`` characters at most), then a count of changed files per field;
``--field`` keeps only fields that start with one of the given names.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.pool_check import run_isolated  # noqa: E402  (the repo root must be importable first)

SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))
DEFAULT_DIRS = (SHARED / "corpus" / "pool", SHARED / "corpus" / "pool2")
_SPAN_KEYS = frozenset({"span", "title_span", "anchor"})


def _without_spans(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items() if k not in _SPAN_KEYS}
    if isinstance(value, list):
        return [_without_spans(v) for v in value]
    return value


def _record(job: tuple[str, str, str, bool]) -> dict[str, object]:
    path, name, backend, ocr = job
    from courtparse.pipeline import parse

    try:
        doc = parse(path, backend=backend, ocr=ocr)
    except Exception as exc:  # an error is an outcome to compare, like a record
        return {"file": name, "error": f"{type(exc).__name__}: {exc}"}
    data = _without_spans(doc.to_dict())
    data.pop("source", None)
    return {"file": name, "record": data}


def pdfs(dirs: Sequence[Path]) -> list[tuple[str, str]]:
    """(path, name) of every PDF below ``dirs``; the name is ``DIR/relative path``."""
    out = []
    for d in dirs:
        out += [(str(p), f"{d.name}/{p.relative_to(d)}") for p in sorted(d.rglob("*.pdf"))]
    return out


def save(out: Path, dirs: Sequence[Path], backend: str, ocr: bool, jobs: int, timeout: float) -> int:
    work = [(path, name, backend, ocr) for path, name in pdfs(dirs)]
    results = run_isolated(work, jobs, timeout, progress=False, work=_record)  # type: ignore[arg-type]
    results.sort(key=lambda r: str(r["file"]))
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for r in results:
            if "timeout" in r or "crash" in r:
                r = {"file": r["file"], "error": str(r.get("timeout") or r.get("crash"))}
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(results)} files -> {out}")
    return 0


def load(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {r["file"]: r for r in rows}


def _flat(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """A record's fields as (dotted name, value); lists stay whole, one field each."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _flat(v, f"{prefix}.{k}" if prefix else k)
    else:
        yield prefix, value


def _fields(row: dict[str, Any]) -> dict[str, Any]:
    if "error" in row:
        return {"error": row["error"]}
    return dict(_flat(row["record"]))


def _brief(value: Any, width: int) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def _text_change(old: str, new: str, width: int) -> str:
    """The first changed run of lines of two texts, as '-old / +new'."""
    a, b = old.splitlines(), new.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            gone, came = " / ".join(a[i1:i2]), " / ".join(b[j1:j2])
            return f"-{gone[:width]!r} +{came[:width]!r}"
    return "(white space)"


def compare(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]], *,
            fields: Sequence[str] = (), show: int = 160) -> tuple[list[str], Counter[str]]:
    """Lines describing every changed field of every file, and changed files per field."""
    lines: list[str] = []
    per_field: Counter[str] = Counter()
    for name in sorted(old.keys() | new.keys()):
        if name not in old or name not in new:
            lines.append(f"{name}: only in the {'new' if name in new else 'old'} run")
            per_field["(file)"] += 1
            continue
        a, b = _fields(old[name]), _fields(new[name])
        changed = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
        if fields:
            changed = [k for k in changed if k.startswith(tuple(fields))]
        if not changed:
            continue
        lines.append(f"{name}:")
        for k in changed:
            per_field[k] += 1
            if k == "text" and isinstance(a.get(k), str) and isinstance(b.get(k), str):
                lines.append(f"  text: {_text_change(a[k], b[k], show // 2)}")
            else:
                lines.append(f"  {k}: {_brief(a.get(k), show)} -> {_brief(b.get(k), show)}")
    return lines, per_field


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("save", help="parse every PDF and save the records")
    s.add_argument("out", type=Path, help="output file (.jsonl.gz)")
    s.add_argument("--dir", type=Path, action="append", dest="dirs",
                   help="a folder of PDFs (repeatable; default: shared pool and pool2)")
    s.add_argument("--backend", default="pdfium", choices=["pdfium", "pdfplumber"])
    s.add_argument("--ocr", action="store_true", help="recognize scanned pages (slow; needs the OCR extra)")
    s.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    s.add_argument("--timeout", type=float, default=300.0, help="seconds per file before it is killed")
    c = sub.add_parser("compare", help="print what changed between two saved runs")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--field", action="append", default=[], help="only fields starting with this (repeatable)")
    c.add_argument("--show", type=int, default=160, help="characters of each value shown")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "save":
        dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
        if not dirs:
            print(f"error: no corpus folders found (looked in {SHARED / 'corpus'})", file=sys.stderr)
            return 2
        return save(args.out, dirs, args.backend, args.ocr, args.jobs, args.timeout)
    lines, per_field = compare(load(args.old), load(args.new), fields=args.field, show=args.show)
    for line in lines:
        print(line)
    files = sum(1 for line in lines if not line.startswith("  "))
    print(f"\nfiles changed: {files}")
    for field, n in per_field.most_common():
        print(f"  {field}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
