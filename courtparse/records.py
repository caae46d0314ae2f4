"""Reading values out of a batch record (the JSON dict of ``documents.jsonl``) without
trusting its shape: records of an older or newer courtparse, or hand-edited ones, give
None where a value is missing or of another type, never an exception."""

from __future__ import annotations

import datetime as dt
from typing import Any

JSONL_NAME = "documents.jsonl"
TIMINGS_NAME = "timings.jsonl"
"""Beside the records: one line per record the local pool wrote, ``{"source", "doc_id",
"seconds", "pages"}``, the wall time its worker spent on it. Kept out of the records so
that a record depends only on its input (two runs give identical ``documents.jsonl``)."""
"""The records file of a batch run in its output folder (batch writes it, tables and
report read it)."""
LIST_SEP = ";"
"""Joins a list into one table cell (a case number's judges "HSG;DMR", a case's parties):
it never occurs in initials, and a plain string column loads the same in every engine."""


def get(obj: Any, *keys: str) -> Any:
    """``obj[k1][k2]…``, or None where a level is missing or not an object."""
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_str(value: Any) -> str | None:
    """A string as valid Unicode: a lone surrogate (a record written by an older
    courtparse) would stop Arrow's UTF-8 conversion of a whole table."""
    from courtparse.serialize import valid_unicode

    return valid_unicode(value) if isinstance(value, str) else None


def as_date(value: Any) -> dt.date | None:
    """An ISO date string as a date; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
