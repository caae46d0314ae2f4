"""Text records: rows of a CSV, JSON Lines or Parquet file that hold a filing's text.

The shape of CourtListener's bulk files (issue 11): one row per RECAP document or opinion,
an ``id`` column and a ``plain_text`` column holding what poppler's pdftotext extracted.
Rows are read one at a time (Parquet in small batches), so a multi-GB file never sits in
memory: the batch run pulls a row only when a worker is free for it.

CourtListener exports its CSVs with PostgreSQL's ``COPY … WITH (FORMAT csv, ESCAPE '\\',
FORCE_QUOTE *)``: a quote inside a field is written ``\\"`` and a backslash ``\\\\``, not the
RFC 4180 doubled quote (their issue #6706), and a field holds a whole filing over many lines.
The reader takes both escapes by default (``CSV_ESCAPE``); ``csv_escape=None`` reads strict
RFC 4180, where a backslash is an ordinary character.
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import json
import lzma
import os
import sys
from collections.abc import Callable, Generator, Iterator
from typing import IO, Any, NamedTuple

from courtparse.errors import SourceError

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
"""Record file suffixes (before a compression suffix) and the format each names."""
# Each opener's file is entered (and closed) by _open_text's ExitStack.
COMPRESSIONS: dict[str, Callable[[Any], Any]] = {
    ".gz": lambda fh: gzip.GzipFile(fileobj=fh, mode="rb"),
    ".bz2": lambda fh: bz2.BZ2File(fh, mode="rb"),
    ".xz": lambda fh: lzma.LZMAFile(fh, mode="rb"),  # noqa: SIM115 - see above
}
"""Compression suffixes of CSV and JSON Lines files, decompressed as a stream."""
CSV_ESCAPE = "\\"
"""The escape character of CourtListener's bulk CSVs (PostgreSQL ``ESCAPE '\\'``)."""
PARQUET_BATCH_ROWS = 16
"""Rows read from a Parquet file at a time: a batch of filings' texts, never the file."""


class TextRow(NamedTuple):
    """One row: its 1-based number in its file (the header not counted), its id as a
    string (None when the cell is empty or null) and its text (None when empty or null)."""

    row: int
    id: str | None
    text: str | None


def record_format(name: str) -> tuple[str, str | None] | None:
    """(format, compression suffix) of a record file's name, or None when the name is not
    one: ``recap.csv.bz2`` -> ("csv", ".bz2"), ``ops.parquet`` -> ("parquet", None)."""
    lower = name.lower()
    compression = next((c for c in COMPRESSIONS if lower.endswith(c)), None)
    if compression is not None:
        lower = lower[: -len(compression)]
    for suffix, fmt in FORMATS.items():
        if lower.endswith(suffix):
            if fmt == "parquet" and compression is not None:
                return None  # Parquet compresses its own pages
            return fmt, compression
    return None


def _cell(value: Any) -> str | None:
    """A cell as a string, None when empty or null (an id 42 read from JSON is "42")."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


@contextlib.contextmanager
def _open_binary(path: str) -> Iterator[IO[bytes]]:
    """A local file or an fsspec URL, opened for reading bytes."""
    if "://" in path:
        import fsspec

        with fsspec.open(path, "rb") as fh:
            yield fh
    else:
        with open(path, "rb") as fh:
            yield fh


@contextlib.contextmanager
def _open_text(path: str, compression: str | None) -> Iterator[IO[str]]:
    with _open_binary(path) as raw, contextlib.ExitStack() as stack:
        stream = stack.enter_context(COMPRESSIONS[compression](raw)) if compression else raw
        # utf-8-sig: a byte-order mark written by a spreadsheet is not part of the header
        yield io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")


def _raise_field_size_limit() -> None:
    """A CSV field holds a whole filing (megabytes); the csv module's default limit is
    128 KiB. The largest the platform's C long takes."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _missing(path: str, missing: list[str], have: list[str]) -> SourceError:
    shown = ", ".join(repr(c) for c in have[:30]) or "none"
    return SourceError(
        path, f"no column {' or '.join(repr(m) for m in missing)}; its columns: {shown}"
    )


def _csv_rows(
    path: str, compression: str | None, text_column: str, id_column: str, escape: str | None
) -> Iterator[TextRow]:
    _raise_field_size_limit()
    with _open_text(path, compression) as fh:
        reader = csv.reader(fh, escapechar=escape, doublequote=True, strict=False)
        header = next(reader, None)
        if header is None:
            return
        missing = [c for c in (text_column, id_column) if c not in header]
        if missing:
            raise _missing(path, missing, header)
        t, i = header.index(text_column), header.index(id_column)
        for n, row in enumerate(reader, start=1):
            if not row:
                continue  # a blank line between records
            yield TextRow(
                n,
                _cell(row[i]) if i < len(row) else None,
                _cell(row[t]) if t < len(row) else None,
            )


def _jsonl_rows(
    path: str, compression: str | None, text_column: str, id_column: str
) -> Iterator[TextRow]:
    with _open_text(path, compression) as fh:
        n = 0
        for line in fh:
            if not line.strip():
                continue
            n += 1
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            if not isinstance(obj, dict):
                # not an object: a row without id or text, recorded as such
                yield TextRow(n, None, None)
                continue
            text = obj.get(text_column)
            yield TextRow(n, _cell(obj.get(id_column)), text if isinstance(text, str) and text.strip() else None)


def _parquet_rows(path: str, text_column: str, id_column: str) -> Iterator[TextRow]:
    import pyarrow.parquet as pq

    with _open_binary(path) as raw, pq.ParquetFile(raw) as pf:
        names = pf.schema_arrow.names
        missing = [c for c in (text_column, id_column) if c not in names]
        if missing:
            raise _missing(path, missing, names)
        n = 0
        columns = [id_column] if id_column == text_column else [id_column, text_column]
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            ids = batch.column(id_column).to_pylist()
            texts = batch.column(text_column).to_pylist()
            for id_, text in zip(ids, texts, strict=True):
                n += 1
                yield TextRow(n, _cell(id_), _cell(text) and str(text))


def parquet_rows(path: str) -> int | None:
    """How many rows a Parquet file holds (from its footer), None for other formats."""
    found = record_format(path)
    if found is None or found[0] != "parquet":
        return None
    import pyarrow.parquet as pq

    with _open_binary(path) as raw, pq.ParquetFile(raw) as pf:
        return int(pf.metadata.num_rows)


def read_rows(
    path: str | os.PathLike[str],
    text_column: str,
    id_column: str,
    *,
    csv_escape: str | None = CSV_ESCAPE,
) -> Generator[TextRow, None, None]:
    """The rows of a record file, one at a time, in file order. A file whose header or
    schema lacks a column raises ``SourceError`` naming the columns it has; a row that
    lacks one has None there (the batch gives it an error record)."""
    name = os.fspath(path)
    found = record_format(name)
    if found is None:
        raise SourceError(
            name, "not a record file: .csv, .jsonl or .parquet (CSV and JSON Lines also .gz, .bz2, .xz)"
        )
    fmt, compression = found
    try:
        if fmt == "csv":
            yield from _csv_rows(name, compression, text_column, id_column, csv_escape)
        elif fmt == "jsonl":
            yield from _jsonl_rows(name, compression, text_column, id_column)
        else:
            yield from _parquet_rows(name, text_column, id_column)
    except (OSError, EOFError, csv.Error, ValueError) as exc:
        # a truncated .bz2, a torn gzip member, a Parquet footer that is not one
        if isinstance(exc, SourceError):
            raise
        raise SourceError(name, f"cannot read: {type(exc).__name__}: {exc}") from exc
