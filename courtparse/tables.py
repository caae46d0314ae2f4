"""Flat tables from batch records: one Parquet file per kind of item, joined by doc_id.

The JSON Lines records are nested (a document holds parties, citations, dates, …);
pandas, DuckDB and Spark want one row per item with typed columns. Each table's
schema is explicit (docs/tables.md lists every column), so an empty batch still
writes files with the right columns and a date is a date, not a string.
"""

from __future__ import annotations

import contextlib
import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from courtparse.errors import BatchError
from courtparse.links import build_index, docket_link_rows
from courtparse.records import JSONL_NAME, LIST_SEP
from courtparse.records import as_date as _date
from courtparse.records import as_int as _int
from courtparse.records import as_str as _str
from courtparse.records import get as _get

Row = dict[str, Any]
CHUNK_RECORDS = 2000
"""Records per Parquet row group: memory stays flat over a million-record run."""

# Column lists as (name, type name); type names map to pyarrow types in _schema, so
# this module imports without pyarrow and docs/tables.md can be checked against them.
_BOX = [("page", "int32"), ("x0", "float64"), ("top", "float64"), ("x1", "float64"), ("bottom", "float64")]
"""Where an item is printed: its page and box in PDF points from the page's top-left corner."""
_SPAN = [*_BOX, ("start", "int64"), ("end", "int64"), ("in_footnote", "bool")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "string"), ("source", "string"), ("pages", "int32"),
        ("court_id", "string"), ("court_name", "string"), ("district", "string"),
        ("document_type", "string"), ("disposition", "string"), ("so_ordered", "bool"),
        ("ecf_case_number", "string"), ("ecf_normalized", "string"), ("ecf_document", "int64"),
        ("ecf_attachment", "int32"),
        ("ecf_filed", "date32"), ("ecf_page_count", "int32"),
        ("signature_judge", "string"), ("signature_title", "string"),
        ("signature_date", "date32"), ("title", "string"),
        ("n_parties", "int32"), ("n_case_numbers", "int32"), ("n_docket_citations", "int32"),
        ("n_dates", "int32"), ("n_orders", "int32"), ("n_rulings", "int32"),
        ("n_footnotes", "int32"), ("n_warnings", "int32"), ("warnings", "string"),
        ("text", "string"),
    ],
    "parties": [
        ("doc_id", "string"), ("idx", "int32"), ("name", "string"), ("role", "string"),
        ("et_al", "bool"), *_SPAN,
    ],
    "case_numbers": [
        ("doc_id", "string"), ("idx", "int32"), ("raw", "string"), ("normalized", "string"),
        ("office", "int32"), ("year", "int32"), ("kind", "string"), ("number", "int64"),
        ("judges", "string"), ("referral_judges", "string"), ("role", "string"), *_SPAN,
    ],
    "docket_citations": [
        ("doc_id", "string"), ("citation_idx", "int32"), ("entry_idx", "int32"),
        ("location", "string"), ("number", "int64"), ("attachment", "int32"),
        ("raw", "string"), ("pin", "string"), *_SPAN,
    ],
    "dates": [
        ("doc_id", "string"), ("idx", "int32"), ("text", "string"), ("value", "date32"),
        ("precision", "string"), ("role", "string"), *_SPAN,
    ],
    "orders": [
        ("doc_id", "string"), ("kind", "string"), ("idx", "int32"), ("text", "string"),
        *_SPAN,
    ],
    "footnotes": [
        ("doc_id", "string"), ("idx", "int32"), ("marker", "string"), ("text", "string"),
        *_SPAN, ("anchor_page", "int32"), ("anchor_start", "int64"),
    ],
    "defined_terms": [
        ("doc_id", "string"), ("idx", "int32"), ("short", "string"), ("full", "string"), *_SPAN,
    ],
    "citations": [
        ("doc_id", "string"), ("idx", "int32"), ("raw", "string"), ("kind", "string"),
        ("volume", "string"), ("reporter", "string"), ("cite_page", "string"), ("pin", "string"),
        ("year", "int32"), ("court", "string"), ("case_name", "string"), ("antecedent", "int32"),
        *_SPAN,
    ],
    "removed": [
        ("doc_id", "string"), ("idx", "int32"), ("kind", "string"), *_BOX, ("text", "string"),
    ],
    "cases": [
        ("court_id", "string"), ("case", "string"), ("documents", "int32"),
        ("first_filed", "date32"), ("last_filed", "date32"), ("parties", "string"),
    ],
    "docket_links": [
        ("doc_id", "string"), ("location", "string"), ("number", "int64"),
        ("attachment", "int32"), ("cited_doc_id", "string"),
    ],
    "errors": [
        ("doc_id", "string"), ("source", "string"), ("error_type", "string"),
        ("message", "string"),
    ],
}
TABLES: tuple[str, ...] = tuple(COLUMNS)


def _schema(table: str) -> Any:
    import pyarrow as pa

    types: dict[str, Callable[[], Any]] = {
        "string": pa.string, "int32": pa.int32, "int64": pa.int64,
        "bool": pa.bool_, "date32": pa.date32, "float64": pa.float64,
    }
    return pa.schema([pa.field(name, types[kind]()) for name, kind in COLUMNS[table]])


# --------------------------------------------------------------------------- records → rows


def _list(obj: Any, *keys: str) -> list[Any]:
    value = _get(obj, *keys)
    return value if isinstance(value, list) else []


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _box(page: Any, bbox: Any) -> Row:
    box = bbox if isinstance(bbox, list) and len(bbox) == 4 else [None] * 4
    return {
        "page": _int(page), "x0": _float(box[0]), "top": _float(box[1]),
        "x1": _float(box[2]), "bottom": _float(box[3]),
    }


def _span(span: Any) -> Row:
    return {
        **_box(_get(span, "page"), _get(span, "bbox")),
        "start": _int(_get(span, "start")),
        "end": _int(_get(span, "end")),
        "in_footnote": _get(span, "footnote") is not None if isinstance(span, dict) else None,
    }


def _joined(values: Any) -> str | None:
    if not isinstance(values, list) or not values:
        return None
    return LIST_SEP.join(str(v) for v in values)


def _document_row(record: dict[str, Any], doc_id: str | None, include_text: bool) -> Row:
    """The one ``documents`` row of a parsed record."""
    parties = _list(record, "caption", "parties")
    citations = _list(record, "docket_citations")
    orders = _list(record, "holdings", "orders")
    rulings = _list(record, "holdings", "rulings")
    warnings = [w for w in _list(record, "warnings") if isinstance(w, str)]
    return {
        "doc_id": doc_id,
        "source": _str(record.get("source")),
        "pages": _int(record.get("pages")),
        "court_id": _str(_get(record, "court", "court_id")),
        "court_name": _str(_get(record, "court", "name")),
        "district": _str(_get(record, "court", "district")),
        "document_type": _str(record.get("document_type")),
        "disposition": _str(_get(record, "holdings", "disposition")),
        "so_ordered": _get(record, "holdings", "so_ordered") is True,
        "ecf_case_number": _str(_get(record, "ecf", "case_number")),
        "ecf_normalized": _str(_get(record, "ecf", "normalized")),
        "ecf_document": _int(_get(record, "ecf", "document")),
        "ecf_attachment": _int(_get(record, "ecf", "attachment")),
        "ecf_filed": _date(_get(record, "ecf", "filed")),
        "ecf_page_count": _int(_get(record, "ecf", "page_count")),
        "signature_judge": _str(_get(record, "signature", "judge")),
        "signature_title": _str(_get(record, "signature", "title")),
        "signature_date": _date(_get(record, "signature", "date")),
        "title": _str(_get(record, "caption", "title")),
        "n_parties": len(parties),
        "n_case_numbers": len(_list(record, "case_numbers")),
        "n_docket_citations": len(citations),
        "n_dates": len(_list(record, "dates")),
        "n_orders": len(orders),
        "n_rulings": len(rulings),
        "n_footnotes": len(_list(record, "footnotes")),
        "n_warnings": len(warnings),
        "warnings": "\n".join(warnings) if warnings else None,
        "text": _str(record.get("text")) if include_text else None,
    }


def _docket_rows(record: dict[str, Any], doc_id: str | None) -> list[Row]:
    """One ``docket_citations`` row per entry: the caption's "Re:" entries, then each
    citation's entries."""
    rows: list[Row] = []
    citations = _list(record, "docket_citations")
    for i, ref in enumerate(_list(record, "caption", "re")):
        rows.append({
            "doc_id": doc_id, "citation_idx": None, "entry_idx": i, "location": "caption_re",
            "number": _int(_get(ref, "number")), "attachment": _int(_get(ref, "attachment")),
            "raw": None, "pin": None, **_span(None), "in_footnote": False,
        })
    for i, c in enumerate(citations):
        span = _span(_get(c, "span"))
        location = "footnote" if span["in_footnote"] else "body"
        for j, ref in enumerate(_list(c, "entries")):
            rows.append({
                "doc_id": doc_id, "citation_idx": i, "entry_idx": j, "location": location,
                "number": _int(_get(ref, "number")), "attachment": _int(_get(ref, "attachment")),
                "raw": _str(_get(c, "raw")), "pin": _str(_get(c, "pin")), **span,
            })
    return rows


def rows_of(record: dict[str, Any], *, include_text: bool = False) -> dict[str, list[Row]]:
    """The rows one JSONL record gives each table; an error record gives one ``errors``
    row. Tolerant of missing keys, so records of an older or newer courtparse load."""
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    doc_id = _str(record.get("doc_id"))
    error = record.get("error")
    if isinstance(error, dict):
        rows["errors"].append({
            "doc_id": doc_id, "source": _str(record.get("source")),
            "error_type": _str(error.get("type")), "message": _str(error.get("message")),
        })
        return rows

    rows["documents"].append(_document_row(record, doc_id, include_text))
    parties = _list(record, "caption", "parties")
    orders = _list(record, "holdings", "orders")
    rulings = _list(record, "holdings", "rulings")
    for i, p in enumerate(parties):
        rows["parties"].append({
            "doc_id": doc_id, "idx": i, "name": _str(_get(p, "name")),
            "role": _str(_get(p, "role")), "et_al": _get(p, "et_al") is True,
            **_span(_get(p, "span")),
        })
    for i, c in enumerate(_list(record, "case_numbers")):
        rows["case_numbers"].append({
            "doc_id": doc_id, "idx": i, "raw": _str(_get(c, "raw")),
            "normalized": _str(_get(c, "normalized")), "office": _int(_get(c, "office")),
            "year": _int(_get(c, "year")), "kind": _str(_get(c, "kind")),
            "number": _int(_get(c, "number")), "judges": _joined(_get(c, "judges")),
            "referral_judges": _joined(_get(c, "referral_judges")), "role": _str(_get(c, "role")),
            **_span(_get(c, "span")),
        })
    rows["docket_citations"].extend(_docket_rows(record, doc_id))
    for i, d in enumerate(_list(record, "dates")):
        rows["dates"].append({
            "doc_id": doc_id, "idx": i, "text": _str(_get(d, "text")),
            "value": _date(_get(d, "value")), "precision": _str(_get(d, "precision")),
            "role": _str(_get(d, "role")), **_span(_get(d, "span")),
        })
    for kind, passages in (("order", orders), ("ruling", rulings)):
        for i, o in enumerate(passages):
            rows["orders"].append({
                "doc_id": doc_id, "kind": kind, "idx": i, "text": _str(_get(o, "text")),
                **_span(_get(o, "span")),
            })
    for i, f in enumerate(_list(record, "footnotes")):
        rows["footnotes"].append({
            "doc_id": doc_id, "idx": i, "marker": _str(_get(f, "marker")),
            "text": _str(_get(f, "text")), **_span(_get(f, "span")),
            "anchor_page": _int(_get(f, "anchor", "page")),
            "anchor_start": _int(_get(f, "anchor", "start")),
        })
    for i, t in enumerate(_list(record, "defined_terms")):
        rows["defined_terms"].append({
            "doc_id": doc_id, "idx": i, "short": _str(_get(t, "short")),
            "full": _str(_get(t, "full")), **_span(_get(t, "span")),
        })
    for i, c in enumerate(_list(record, "citations")):
        rows["citations"].append({
            "doc_id": doc_id, "idx": i, "raw": _str(_get(c, "raw")), "kind": _str(_get(c, "kind")),
            "volume": _str(_get(c, "volume")), "reporter": _str(_get(c, "reporter")),
            "cite_page": _str(_get(c, "page")), "pin": _str(_get(c, "pin")),
            "year": _int(_get(c, "year")), "court": _str(_get(c, "court")),
            "case_name": _str(_get(c, "case_name")), "antecedent": _int(_get(c, "antecedent")),
            **_span(_get(c, "span")),
        })
    for i, r in enumerate(_list(record, "removed")):
        rows["removed"].append({
            "doc_id": doc_id, "idx": i, "kind": _str(_get(r, "kind")),
            **_box(_get(r, "page"), _get(r, "bbox")), "text": _str(_get(r, "text")),
        })
    return rows


# --------------------------------------------------------------------------- files

_INT_BITS = {"int32": 32, "int64": 64}
_INT_COLUMNS = {
    t: [(c, _INT_BITS[kind]) for c, kind in cols if kind in _INT_BITS]
    for t, cols in COLUMNS.items()
}
MAX_VALUE_WARNINGS = 20
"""Values that do not fit their column are each reported up to this many; the rest
are counted in one last warning."""


class TableValueWarning(UserWarning):
    """A value of a record that its Parquet column cannot hold was written as null."""


class _Misfits:
    """Reports values written as null because their column's type cannot hold them."""

    def __init__(self, report: Callable[[str], None]) -> None:
        self._report = report
        self.count = 0

    def add(self, table: str, column: str, value: object, doc_id: object) -> None:
        self.count += 1
        if self.count <= MAX_VALUE_WARNINGS:
            self._report(
                f"{table}.{column}: {value} does not fit the column's type; written as "
                f"null (doc_id {doc_id})"
            )

    def close(self) -> None:
        if self.count > MAX_VALUE_WARNINGS:
            self._report(
                f"{self.count - MAX_VALUE_WARNINGS} more values did not fit their "
                "column's type and were written as null"
            )


def _fit_ints(table: str, rows: list[Row], misfits: _Misfits) -> None:
    """A printed number too big for its integer column (a misread, or "Document
    99999999999999999999999") becomes null, reported, rather than failing the whole
    table with OverflowError; numbers that can be big (docket entries, appellate
    document ids like 003112692106) have int64 columns."""
    for row in rows:
        for col, bits in _INT_COLUMNS[table]:
            v = row.get(col)
            if v is not None and not -(2 ** (bits - 1)) <= v < 2 ** (bits - 1):
                misfits.add(table, col, v, row.get("doc_id"))
                row[col] = None


def _warn(message: str) -> None:
    warnings.warn(message, TableValueWarning, stacklevel=3)


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a documents.jsonl; a torn last line (a crash mid-write) is skipped."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                return
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record


def write_tables(
    out: str | Path,
    *,
    jsonl: str | Path | None = None,
    include_text: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Write ``out/<table>.parquet`` for every table from ``out/documents.jsonl`` (or
    ``jsonl``); returns the row count of each. Every table's file is written, empty
    ones included, so a query over the folder never misses a file.

    A value its column cannot hold (an integer beyond int64) is written as null and
    reported to ``on_warning`` (default: a ``TableValueWarning``). Writing fails with a
    one-line ``BatchError`` (a full disk, a read-only folder) and leaves no partial
    table behind; the tables already there stay as they were."""
    try:
        return _write_tables(out, jsonl, include_text, _Misfits(on_warning or _warn))
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else str(out)
        raise BatchError(where, f"cannot write the tables: {exc.strerror or exc}") from exc


def _write_tables(
    out: str | Path, jsonl: str | Path | None, include_text: bool, misfits: _Misfits
) -> dict[str, int]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise BatchError(None, "Parquet tables need pyarrow: pip install 'courtparse[tables]'") from exc

    out_dir = Path(out)
    source = Path(jsonl) if jsonl is not None else out_dir / JSONL_NAME
    if not source.is_file():
        raise BatchError(str(source), "no such records file (run `courtparse batch` first)")
    out_dir.mkdir(parents=True, exist_ok=True)
    schemas = {t: _schema(t) for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    pending: dict[str, list[Row]] = {t: [] for t in TABLES}
    # Written to temporary names and renamed at the end: readers never see half a table.
    tmp = {t: out_dir / f".{t}.parquet.tmp" for t in TABLES}
    writers: dict[str, Any] = {}

    def flush() -> None:
        for t in TABLES:
            if pending[t]:
                _fit_ints(t, pending[t], misfits)
                writers[t].write_table(pa.Table.from_pylist(pending[t], schema=schemas[t]))
                counts[t] += len(pending[t])
                pending[t] = []

    # A first pass indexes the batch's cases and stamped entries (a few fields a filing),
    # which the second links each cited docket entry to (courtparse/links.py).
    index = build_index(iter_records(source))
    try:
        for t in TABLES:
            writers[t] = pq.ParquetWriter(tmp[t], schemas[t])
        for n, record in enumerate(iter_records(source), start=1):
            for t, rows in rows_of(record, include_text=include_text).items():
                pending[t].extend(rows)
            pending["docket_links"].extend(docket_link_rows(record, index))
            if n % CHUNK_RECORDS == 0:
                flush()
        pending["cases"].extend(index.case_rows())
        flush()
        for t in TABLES:
            writers.pop(t).close()  # a full disk can fail here too, on the last flush
    except BaseException:
        # Every temporary file goes, whatever fails on the way (closing a writer on a
        # full disk raises again).
        for t in TABLES:
            if t in writers:
                with contextlib.suppress(Exception):
                    writers[t].close()
            with contextlib.suppress(OSError):
                tmp[t].unlink(missing_ok=True)
        raise
    for t in TABLES:
        tmp[t].replace(out_dir / f"{t}.parquet")
    misfits.close()
    return counts
