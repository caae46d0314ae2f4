"""Reading a batch's output back from Python: the records of ``documents.jsonl`` as
``Document``s, and the Parquet tables as pyarrow tables.

    for doc in courtparse.read_documents("parsed/"):
        print(doc.court.court_id if doc.court else None, doc.holdings.disposition)
    parties = courtparse.read_table("parsed/", "parties").to_pandas()   # courtparse[tables]

Error records (a file that could not be parsed) have no Document: ``read_documents`` skips
them, the ``errors`` table lists them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from courtparse.errors import SourceError
from courtparse.models import Document
from courtparse.records import JSONL_NAME


def _records_file(out: str | os.PathLike[str]) -> Path:
    path = Path(out)
    if path.is_dir():
        path = path / JSONL_NAME
    if not path.is_file():
        raise SourceError(str(path), "no documents.jsonl here (run `courtparse batch` first)")
    return path


def read_documents(out: str | os.PathLike[str]) -> Iterator[Document]:
    """The parsed Documents of a batch's output folder (or of a ``documents.jsonl``), in
    the order they were written, one at a time. Error records are skipped; a torn last
    line (a run killed mid-write) is ignored, as ``--resume`` does."""
    path = _records_file(out)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.endswith("\n"):
                return
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise SourceError(str(path), f"line {n} is not JSON ({exc})") from exc
            if isinstance(record, dict) and "error" not in record:
                yield Document.from_dict(record)


def read_table(out: str | os.PathLike[str], table: str) -> Any:
    """One Parquet table of a batch's output folder as a ``pyarrow.Table`` (call
    ``.to_pandas()`` on it for a DataFrame; the ``tables`` extra installs pyarrow and pandas). The tables are written by ``--format parquet``
    or ``courtparse tables DIR``; ``courtparse.tables.TABLES`` names them."""
    from courtparse.tables import TABLES

    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    path = Path(out) / f"{table}.parquet"
    if not path.is_file():
        raise SourceError(str(path), "no such table (write them with `courtparse tables DIR`)")
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise SourceError(str(path), "reading tables needs pyarrow: pip install 'courtparse[tables]'") from exc
    return pq.read_table(path)
