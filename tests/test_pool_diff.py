"""``benchmarks/pool_diff.py``: what it reports between two saved runs."""

from __future__ import annotations

from typing import Any

from benchmarks.pool_diff import _without_spans, compare


def _row(**record: Any) -> dict[str, Any]:
    return {"file": "pool/a.pdf", "record": record}


def test_unchanged_runs_report_nothing() -> None:
    old = {"pool/a.pdf": _row(text="x", caption={"title": "ORDER"})}
    assert compare(old, old) == ([], {})


def test_changed_fields_are_named_with_old_and_new_values() -> None:
    old = {"pool/a.pdf": _row(text="a\nb", caption={"title": "ORDER", "parties": []})}
    new = {"pool/a.pdf": _row(text="a\nc", caption={"title": "ORDER GRANTING", "parties": []})}
    lines, per_field = compare(old, new)
    assert lines[0] == "pool/a.pdf:"
    assert '  caption.title: "ORDER" -> "ORDER GRANTING"' in lines
    assert any(line.startswith("  text: -'b' +'c'") for line in lines)
    assert per_field == {"caption.title": 1, "text": 1}
    only_title, _ = compare(old, new, fields=["caption"])
    assert len(only_title) == 2


def test_an_error_and_a_missing_file_are_changes() -> None:
    old = {"pool/a.pdf": _row(text="x"), "pool/b.pdf": _row(text="y")}
    new = {"pool/a.pdf": {"file": "pool/a.pdf", "error": "DamagedPdfError: truncated"}}
    lines, per_field = compare(old, new)
    assert "pool/b.pdf: only in the old run" in lines
    assert per_field["error"] == 1


def test_spans_are_left_out_of_saved_records() -> None:
    record = {"dates": [{"value": "2020-01-02", "span": {"start": 3}}], "caption": {"title_span": {}}}
    assert _without_spans(record) == {"dates": [{"value": "2020-01-02"}], "caption": {}}
