"""The ``courtparse`` command: ``parse`` one filing, ``batch`` many, ``tables`` for analytics.

``main(argv) -> int`` with the parser built apart, so tests call it directly. A
CourtparseError (bad input, a run that cannot start) is a one-line message and exit
status 1, never a traceback; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from courtparse.errors import CourtparseError, SourceError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="courtparse",
        description="US court filings (PACER PDFs) into typed records and tables.",
    )
    from courtparse import __version__

    parser.add_argument("--version", action="version", version=f"courtparse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse one filing (PDF, or .txt of extracted text)")
    p.add_argument("file", metavar="FILE", help="a PDF, or a .txt file of its text")
    p.add_argument("--json", action="store_true", help="print the full record as JSON")
    p.add_argument("--backend", metavar="B", help="PDF backend (default: the library's)")

    b = sub.add_parser(
        "batch",
        help="parse many filings into DIR/documents.jsonl (and Parquet tables)",
        description=(
            "INPUT: a file, a folder (searched recursively for *.pdf), a glob ('**' "
            "recursive), @LIST (a file naming inputs, one a line), or an fsspec URL "
            "(s3://bucket/prefix/). One record per input in DIR/documents.jsonl."
        ),
    )
    b.add_argument("inputs", nargs="*", metavar="INPUT")
    b.add_argument("--out", required=True, metavar="DIR", help="output folder")
    b.add_argument("--workers", type=int, metavar="N", help="processes (default: all cores)")
    b.add_argument(
        "--timeout", type=float, metavar="S",
        help="seconds per file; a file past it is stopped and recorded as an error",
    )
    b.add_argument(
        "--resume", action="store_true", help="keep DIR's records, parse only the rest"
    )
    b.add_argument(
        "--format", choices=("jsonl", "parquet"), default="jsonl",
        help="parquet: also write the flat tables (DIR/<table>.parquet)",
    )
    b.add_argument("--backend", metavar="B", help="PDF backend (default: the library's)")
    b.add_argument(
        "--citations", action="store_true",
        help="also read case-law citations (needs courtparse[citations]; about doubles parse time)",
    )
    b.add_argument(
        "--ocr", action=argparse.BooleanOptionalAction, default=None,
        help="recognize pages without a text layer (default: when the OCR extra is installed)",
    )
    b.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="run on a Dask cluster, e.g. tcp://host:8786 (needs courtparse[dask])",
    )
    b.add_argument(
        "--samples", action="store_true", help="add the sample PDFs bundled with courtparse"
    )
    b.add_argument(
        "--text-column", metavar="COL",
        help="INPUTs are record files (CSV, JSON Lines or Parquet; CSV and JSON Lines also "
        ".gz/.bz2/.xz) and COL holds each row's text, e.g. plain_text in CourtListener's "
        "bulk files: one record per row",
    )
    b.add_argument(
        "--id-column", metavar="COL", default="id",
        help="with --text-column: the column whose value is each record's doc_id (default: id)",
    )
    b.add_argument(
        "--csv-escape", choices=("backslash", "none"), default="backslash",
        help="with --text-column: CSV escapes (backslash: \\\" and \\\\ as CourtListener "
        "writes them, and doubled quotes; none: RFC 4180 doubled quotes only)",
    )
    b.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar (default: only on a terminal)",
    )

    t = sub.add_parser("tables", help="write DIR/<table>.parquet from DIR/documents.jsonl")
    t.add_argument("dir", metavar="DIR")
    t.add_argument("--text", action="store_true", help="include each document's full text")

    v = sub.add_parser("show", help="write an HTML page viewer of one PDF with every extracted item boxed and what cleaning removed shaded")
    v.add_argument("file", metavar="FILE", help="a PDF")
    v.add_argument("-o", "--output", metavar="HTML", help="the HTML file (default: FILE.html)")
    v.add_argument("--pages", metavar="LIST", help="pages to show, e.g. 1-3,7 (default: all)")
    v.add_argument("--backend", metavar="B", help="PDF backend (default: the library's)")
    v.add_argument("--citations", action="store_true", help="also box case-law citations (courtparse[citations])")

    r = sub.add_parser("report", help="write an HTML run report of a batch's output folder")
    r.add_argument("dir", metavar="DIR", help="a batch's --out folder (with documents.jsonl)")
    r.add_argument("-o", "--output", metavar="HTML", help="the HTML file (default: DIR/report.html)")
    return parser


def page_numbers(spec: str) -> list[int]:
    """ "1-3,7" -> [1, 2, 3, 7]; raises ValueError naming a part that is not a page range."""
    pages: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            raise ValueError(f"not a page or page range: {part.strip()!r}")
        pages.extend(range(int(lo), int(hi or lo) + 1))
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "show":
            return _show(args)
        if args.command == "report":
            return _report(args)
        return _tables(args)
    except CourtparseError as exc:
        print(f"courtparse: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("courtparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def run() -> None:
    sys.exit(main())


# --------------------------------------------------------------------------- parse


def _parse(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() == ".txt":
        from courtparse.pdf.source import read_regular_file, shown_name
        from courtparse.pipeline import parse_text

        name = shown_name(str(path))  # a non-UTF-8 file name, printable
        text = read_regular_file(str(path), name).decode("utf-8-sig", errors="replace")
        doc = parse_text(text, source=name)
    else:
        from courtparse.batch import check_backend

        check_backend(args.backend)
        from courtparse.pipeline import parse

        doc = parse(path) if args.backend is None else parse(path, backend=args.backend)
    if args.json:
        print(doc.to_json(indent=2))
    else:
        print(summarize(doc.to_dict()))
    return EXIT_OK


def summarize(record: dict[str, Any]) -> str:
    """A few lines a person reads to see what was found."""

    def get(*keys: str) -> Any:
        obj: Any = record
        for k in keys:
            obj = obj.get(k) if isinstance(obj, dict) else None
        return obj

    court = get("court", "name")
    if get("court", "district"):
        court = f"{court}, {get('court', 'district')}"
    if get("court", "court_id"):
        court = f"{court} ({get('court', 'court_id')})"
    parties = ", ".join(
        f"{p.get('name')} [{p.get('role') or '?'}]" + (" et al." if p.get("et_al") else "")
        for p in get("caption", "parties") or []
    )
    cases = ", ".join(c.get("raw", "") for c in record.get("case_numbers") or [])
    ecf = get("ecf")
    stamp = None
    if isinstance(ecf, dict):
        stamp = f"{ecf.get('case_number')} Document {ecf.get('document')}"
        if ecf.get("attachment") is not None:
            stamp += f"-{ecf.get('attachment')}"
        if ecf.get("filed"):
            stamp += f" filed {ecf.get('filed')}"
    sig = get("signature")
    signed = None
    if isinstance(sig, dict) and (sig.get("judge") or sig.get("date")):
        signed = ", ".join(str(v) for v in (sig.get("judge"), sig.get("title"), sig.get("date")) if v)
    disposition = get("holdings", "disposition")
    if get("holdings", "so_ordered"):
        disposition = f"{disposition or 'no disposition'}; IT IS SO ORDERED"
    rows = [
        ("source", record.get("source")),
        ("pages", record.get("pages")),
        ("court", court),
        ("case", cases or None),
        ("stamp", stamp),
        ("type", record.get("document_type")),
        ("title", get("caption", "title")),
        ("parties", parties or None),
        ("holdings", disposition),
        ("signed", signed),
        (
            "found",
            f"{len(record.get('docket_citations') or [])} docket citations, "
            f"{len(record.get('dates') or [])} dates, "
            f"{len(record.get('footnotes') or [])} footnotes",
        ),
    ]
    rows.extend(("warning", w) for w in record.get("warnings") or [])
    return "\n".join(f"{k + ':':<10}{'-' if v is None else v}" for k, v in rows)


# --------------------------------------------------------------------------- batch


@contextmanager
def _sample_paths() -> Iterator[list[str]]:
    """The PDFs shipped in ``courtparse/samples`` as real paths (copied out of a zip
    install only when the package is not on disk)."""
    import importlib.resources
    import tempfile

    folder = importlib.resources.files("courtparse").joinpath("samples")
    entries = sorted(
        (e for e in folder.iterdir() if e.name.lower().endswith(".pdf")), key=lambda e: e.name
    ) if folder.is_dir() else []
    if not entries:
        raise SourceError("courtparse/samples", "no sample PDFs are installed")
    if all(isinstance(e, Path) for e in entries):
        yield [str(e) for e in entries]
        return
    with tempfile.TemporaryDirectory(prefix="courtparse-samples-") as tmp:
        paths = []
        for e in entries:
            target = Path(tmp) / e.name
            target.write_bytes(e.read_bytes())
            paths.append(str(target))
        yield paths


def _batch(args: argparse.Namespace) -> int:
    from courtparse.batch import batch
    from courtparse.errors import BatchError

    if not args.inputs and not args.samples:
        raise BatchError(None, "no INPUT given (or pass --samples)")
    client: Any = None
    if args.scheduler:
        try:
            import distributed
        except ImportError as exc:
            raise BatchError(
                None, "--scheduler needs dask.distributed: pip install 'courtparse[dask]'"
            ) from exc
        if args.timeout is not None:
            print(
                "courtparse: warning: --timeout is not enforced on a Dask cluster "
                "(see docs/batch.md)",
                file=sys.stderr,
            )
        try:
            client_cls: Any = distributed.Client
            client = client_cls(args.scheduler)
        except OSError as exc:
            raise BatchError(args.scheduler, f"cannot reach the Dask scheduler: {exc}") from exc
    try:
        with _maybe_samples(args.samples) as samples:
            summary = batch(
                [*args.inputs, *samples],
                args.out,
                workers=args.workers,
                timeout=args.timeout,
                resume=args.resume,
                backend=args.backend,
                ocr=args.ocr,
                citations=args.citations,
                client=client,
                progress=args.progress,
                text_column=args.text_column,
                id_column=args.id_column,
                csv_escape="\\" if args.csv_escape == "backslash" else None,
            )
    except KeyboardInterrupt:
        print(
            f"courtparse: interrupted; records so far are in {args.out}; "
            "run again with --resume to finish",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        if client is not None:
            client.close()
    print(summary.format())
    if args.format == "parquet":
        _print_tables(args.out)
    return EXIT_OK


@contextmanager
def _maybe_samples(wanted: bool) -> Iterator[list[str]]:
    if not wanted:
        yield []
        return
    with _sample_paths() as paths:
        yield paths


# --------------------------------------------------------------------------- tables


def _print_tables(out: str, include_text: bool = False) -> None:
    from courtparse.tables import write_tables

    def warn(message: str) -> None:
        print(f"courtparse: warning: {message}", file=sys.stderr)

    counts = write_tables(out, include_text=include_text, on_warning=warn)
    width = max(len(t) for t in counts)
    print(f"tables in {out}:")
    for table, n in counts.items():
        print(f"  {table + '.parquet':<{width + 8}} {n} rows")


def _tables(args: argparse.Namespace) -> int:
    _print_tables(args.dir, include_text=args.text)
    return EXIT_OK


# --------------------------------------------------------------------------- show, report


def _show(args: argparse.Namespace) -> int:
    from courtparse.batch import check_backend
    from courtparse.pipeline import parse
    from courtparse.viewer import show

    check_backend(args.backend)
    path = Path(args.file)
    try:
        pages = page_numbers(args.pages) if args.pages else None
    except ValueError as exc:
        raise SourceError(None, f"--pages: {exc}") from exc
    options: dict[str, Any] = {"citations": args.citations}
    if args.backend is not None:
        options["backend"] = args.backend
    doc = parse(path, **options)
    out = Path(args.output) if args.output else path.with_name(path.name + ".html")
    show(doc, path, out, pages=pages)
    print(f"wrote {out}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from courtparse.report import write_report

    out = Path(args.output) if args.output else Path(args.dir) / "report.html"
    write_report(args.dir, out)
    print(f"wrote {out}")
    return EXIT_OK
