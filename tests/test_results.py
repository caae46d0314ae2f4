"""Reading a batch's output back: ``courtparse.read_documents`` and ``read_table``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import courtparse
from courtparse.errors import SourceError

ORDER = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nORDER\n\nThe motion is DENIED.\n\nIT IS SO ORDERED.\n"


def _write_batch(out: Path) -> None:
    doc = courtparse.parse_text(ORDER, source="a.txt")
    good = {**doc.to_dict(), "doc_id": "a" * 64}
    error = {"doc_id": "b" * 64, "source": "b.pdf", "error": {"type": "not_a_pdf", "message": "b.pdf: not a PDF"}}
    with open(out / "documents.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good) + "\n")
        fh.write(json.dumps(error) + "\n")
        fh.write('{"doc_id": "torn')  # a run killed mid-write


def test_read_documents_yields_documents_and_skips_errors(tmp_path: Path) -> None:
    _write_batch(tmp_path)
    docs = list(courtparse.read_documents(tmp_path))
    assert len(docs) == 1
    assert docs[0].holdings.disposition == "denied"
    assert docs[0].doc_id == "a" * 64
    assert docs[0].court is not None
    assert docs[0].court.court_id == "cand"
    assert list(courtparse.read_documents(tmp_path / "documents.jsonl")) == docs


def test_read_documents_of_a_folder_without_records_says_so(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="courtparse batch"):
        list(courtparse.read_documents(tmp_path))


def test_read_table(tmp_path: Path) -> None:
    from courtparse.tables import write_tables

    _write_batch(tmp_path)
    write_tables(tmp_path)
    documents = courtparse.read_table(tmp_path, "documents")
    assert documents.num_rows == 1
    assert documents.column("disposition").to_pylist() == ["denied"]
    assert courtparse.read_table(tmp_path, "errors").column("error_type").to_pylist() == ["not_a_pdf"]
    with pytest.raises(ValueError, match="no table"):
        courtparse.read_table(tmp_path, "nonsense")
