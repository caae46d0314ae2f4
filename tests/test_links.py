"""Links across a batch (``courtparse/links.py``): cases and the batch's filing behind each
cited docket entry, on the pool's filings of one C.D. Cal. case, checked with DuckDB."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

import courtparse
from courtparse.links import build_index, docket_link_rows

CASE = "gov.uscourts.cacd.657892"


@pytest.fixture(scope="module")
def records(pool_dir: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(pool_dir.glob(f"{CASE}.*.pdf")):
        record = courtparse.parse(path, ocr=False).to_dict()
        record["doc_id"] = hashlib.sha256(path.read_bytes()).hexdigest()
        out.append(record)
    assert len(out) >= 20
    return out


def test_one_case_with_every_filing_of_the_batch(records: list[dict[str, Any]]) -> None:
    (case,) = build_index(records).case_rows()
    assert (case["court_id"], case["case"]) == ("cacd", "16-cv-06794")
    # exhibits that print no court join the case by their stamp
    assert case["documents"] == len(records)
    assert case["first_filed"] <= case["last_filed"]
    assert "NORTHROP GRUMMAN CORPORATION" in case["parties"].split(";")


def test_docket_links_resolve_entries_in_the_batch(records: list[dict[str, Any]], tmp_path: Path) -> None:
    """Through the tables a user reads: ``courtparse tables`` over the batch's records, then
    DuckDB joins of ``docket_links`` with ``documents``."""
    import json

    import duckdb

    from courtparse.tables import write_tables

    (tmp_path / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    counts = write_tables(tmp_path)
    assert counts["cases"] == 1
    links, docs = tmp_path / "docket_links.parquet", tmp_path / "documents.parquet"
    ((resolved,),) = duckdb.sql(f"select count(*) from '{links}' where cited_doc_id is not null").fetchall()
    assert resolved >= 5
    # every resolved link points to the filing stamped with that entry, attachment included
    wrong = duckdb.sql(
        f"select l.* from '{links}' l join '{docs}' d on d.doc_id = l.cited_doc_id "
        "where d.ecf_document != l.number or d.ecf_attachment is distinct from l.attachment"
    ).fetchall()
    assert wrong == []
    # and every cited entry whose filing is in the batch is resolved
    missed = duckdb.sql(
        f"select l.* from '{links}' l join '{docs}' d on d.ecf_document = l.number "
        "and d.ecf_attachment is not distinct from l.attachment where l.cited_doc_id is null"
    ).fetchall()
    assert missed == []


def test_a_filing_of_another_case_is_never_the_target() -> None:
    def rec(doc_id: str, court: str, case: str, document: int, cites: list[int]) -> dict[str, Any]:
        return {
            "doc_id": doc_id, "court": {"court_id": court},
            "ecf": {"normalized": case, "document": document, "attachment": None},
            "caption": {"re": [{"number": n, "attachment": None} for n in cites], "parties": []},
            "docket_citations": [],
        }

    batch = [rec("a", "cand", "20-cv-00001", 12, []), rec("b", "cacd", "20-cv-00001", 12, []),
             rec("c", "cand", "20-cv-00001", 30, [12]), rec("d", "nysd", "20-cv-00001", 31, [12])]
    index = build_index(batch)
    assert [r["cited_doc_id"] for r in docket_link_rows(batch[2], index)] == ["a"]
    assert [r["cited_doc_id"] for r in docket_link_rows(batch[3], index)] == [None]
