"""Flat tables: record → rows mapping, Parquet types, DuckDB over the output, docs in sync."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from courtparse.batch import BatchError, error_record, process_one
from courtparse.tables import COLUMNS, TABLES, rows_of, write_tables

REPO = Path(__file__).resolve().parent.parent
DOC_ID = "0" * 63 + "a"


def span(start: int, end: int, page: int | None = 1, footnote: int | None = None) -> dict[str, Any]:
    return {"start": start, "end": end, "page": page, "bbox": None, "footnote": footnote}


# The JSON contract's own example (DESIGN.md), completed with a footnote citation.
FULL_RECORD: dict[str, Any] = {
    "doc_id": DOC_ID,
    "source": "/data/gov.uscourts.cand.285845.343.0.pdf",
    "pages": 2,
    "text": "…clean body…",
    "court": {"name": "United States District Court", "district": "Northern District of California",
              "court_id": "cand", "span": span(0, 60)},
    "ecf": {"case_number": "3:15-cv-00798-HSG", "document": 343, "attachment": None,
            "filed": "2016-01-06", "page_count": 2, "raw": "", "page_id": None},
    "caption": {
        "parties": [
            {"name": "LOOP AI LABS INC", "role": "plaintiff", "et_al": False, "span": span(62, 79)},
            {"name": "ANNA GATTI", "role": "defendant", "et_al": True, "span": span(96, 115)},
        ],
        "title": "ORDER DENYING ADMINISTRATIVE MOTION FOR LEAVE TO FILE MOTIONS TO COMPEL",
        "re": [{"number": 337, "attachment": None}],
        "title_span": span(161, 232),
    },
    "case_numbers": [
        {"raw": "15-cv-00798-HSG (DMR)", "office": None, "year": 2015, "kind": "cv", "number": 798,
         "judges": ["HSG"], "referral_judges": ["DMR"], "normalized": "15-cv-00798",
         "span": span(140, 161)},
    ],
    "docket_citations": [
        {"raw": "Docket Nos. 337, 340", "entries": [{"number": 337, "attachment": None},
                                                     {"number": 340, "attachment": None}],
         "pin": None, "span": span(1203, 1223)},
        {"raw": "Docket No. 339", "entries": [{"number": 339, "attachment": 2}],
         "pin": "at 4", "span": span(180, 194, page=1, footnote=0)},
    ],
    "dates": [
        {"text": "January 15, 2016", "value": "2016-01-15", "precision": "day", "role": "deadline",
         "span": span(1872, 1888, page=2)},
        {"text": "March 2016", "value": "2016-03-01", "precision": "month", "role": None, "span": None},
    ],
    "document_type": "order",
    "holdings": {
        "so_ordered": True, "disposition": "denied",
        "orders": [{"text": "The parties shall submit a joint letter by no later than January 15, 2016.",
                    "span": span(1721, 1889, page=2)}],
        "rulings": [{"text": "That portion of Plaintiff's administrative motion is denied.", "span": None}],
    },
    "footnotes": [{"marker": "1", "text": "Plaintiff's response included …", "span": span(0, 31, footnote=0),
                   "anchor": span(1103, 1103)}],
    "signature": {"judge": "Donna M. Ryu", "title": "United States Magistrate Judge",
                  "date": "2016-01-06", "span": None},
    "defined_terms": [{"short": "IQS", "full": "IQSystem, Inc.", "span": None}],
    "warnings": ["page 2: no text layer"],
}


def test_rows_of_full_record() -> None:
    rows = rows_of(FULL_RECORD)
    doc = rows["documents"][0]
    assert {k: doc[k] for k in ("court_id", "ecf_document", "ecf_attachment", "ecf_filed",
                                "signature_date", "so_ordered", "disposition", "n_warnings", "text")} == {
        "court_id": "cand", "ecf_document": 343, "ecf_attachment": None,
        "ecf_filed": dt.date(2016, 1, 6), "signature_date": dt.date(2016, 1, 6),
        "so_ordered": True, "disposition": "denied", "n_warnings": 1, "text": None,
    }
    assert [(p["name"], p["role"], p["et_al"], p["page"]) for p in rows["parties"]] == [
        ("LOOP AI LABS INC", "plaintiff", False, 1), ("ANNA GATTI", "defendant", True, 1),
    ]
    assert rows["case_numbers"][0]["judges"] == "HSG"
    assert rows["case_numbers"][0]["referral_judges"] == "DMR"
    cites = [(c["location"], c["number"], c["attachment"], c["raw"], c["pin"], c["in_footnote"])
             for c in rows["docket_citations"]]
    assert cites == [
        ("caption_re", 337, None, None, None, False),
        ("body", 337, None, "Docket Nos. 337, 340", None, False),
        ("body", 340, None, "Docket Nos. 337, 340", None, False),
        ("footnote", 339, 2, "Docket No. 339", "at 4", True),
    ]
    assert [(d["value"], d["precision"], d["page"]) for d in rows["dates"]] == [
        (dt.date(2016, 1, 15), "day", 2), (dt.date(2016, 3, 1), "month", None),
    ]
    assert [(o["kind"], o["idx"]) for o in rows["orders"]] == [("order", 0), ("ruling", 0)]
    assert rows["footnotes"][0]["anchor_start"] == 1103
    assert rows["errors"] == []
    assert rows_of(FULL_RECORD, include_text=True)["documents"][0]["text"] == "…clean body…"


def test_rows_of_error_record_and_sparse_record() -> None:
    rows = rows_of(error_record("/x/empty.pdf", "not_a_pdf", "the file is empty", DOC_ID))
    assert rows["errors"] == [{"doc_id": DOC_ID, "source": "/x/empty.pdf",
                               "error_type": "not_a_pdf", "message": "the file is empty"}]
    assert all(not rows[t] for t in TABLES if t != "errors")
    # a record with nulls and missing keys (an older courtparse, text input) still loads
    sparse = rows_of({"doc_id": DOC_ID, "source": "a.txt", "pages": None, "court": None,
                      "ecf": None, "signature": None, "dates": [{"text": "Jan. 2016", "value": "bad"}]})
    assert sparse["documents"][0]["court_id"] is None
    assert sparse["documents"][0]["so_ordered"] is False
    assert sparse["dates"][0]["value"] is None


@pytest.fixture
def records_dir(tmp_path: Path, examples_dir: Path) -> tuple[Path, list[dict[str, Any]]]:
    records = [process_one(str(p)) for p in sorted(examples_dir.glob("*.txt"))]
    records += [FULL_RECORD, error_record("/x/empty.pdf", "not_a_pdf", "the file is empty", None)]
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return out, records


def expected_count(table: str, records: list[dict[str, Any]]) -> int:
    """Rows a table must have, counted from the JSON records without courtparse.tables."""
    docs = [r for r in records if "error" not in r]
    return {
        "documents": len(docs),
        "parties": sum(len(r["caption"]["parties"]) for r in docs),
        "case_numbers": sum(len(r["case_numbers"]) for r in docs),
        "docket_citations": sum(len(r["caption"]["re"]) + sum(len(c["entries"]) for c in r["docket_citations"])
                                for r in docs),
        "dates": sum(len(r["dates"]) for r in docs),
        "orders": sum(len(r["holdings"]["orders"]) + len(r["holdings"]["rulings"]) for r in docs),
        "footnotes": sum(len(r["footnotes"]) for r in docs),
        "defined_terms": sum(len(r["defined_terms"]) for r in docs),
        "citations": sum(len(r.get("citations", [])) for r in docs),
        "removed": sum(len(r.get("removed", [])) for r in docs),
        # every cited entry is a link, found in the batch or not
        "docket_links": sum(len(r["caption"]["re"]) + sum(len(c["entries"]) for c in r["docket_citations"])
                            for r in docs),
        # one case per distinct (court, stamp or caption number) of a filing whose court is known
        "cases": len({key for key in (
            ((r.get("court") or {}).get("court_id"), (r.get("ecf") or {}).get("normalized")
             or next((c["normalized"] for c in r["case_numbers"] if c.get("normalized")), None))
            for r in docs) if all(key)}),
        "errors": len(records) - len(docs),
    }[table]


def test_duckdb_over_the_parquet(records_dir: tuple[Path, list[dict[str, Any]]]) -> None:
    duckdb = pytest.importorskip("duckdb")
    out, records = records_dir
    counts = write_tables(out)
    for table in TABLES:
        [(n,)] = duckdb.sql(f"select count(*) from '{out}/{table}.parquet'").fetchall()
        assert n == counts[table] == expected_count(table, records), table
    assert counts["documents"] == 3
    assert counts["errors"] == 1
    joined = duckdb.sql(f"""
        select d.court_id, d.ecf_filed, p.name, p.role
        from '{out}/parties.parquet' p join '{out}/documents.parquet' d using (doc_id)
        where d.doc_id = '{DOC_ID}' order by p.idx
    """).fetchall()
    assert joined == [("cand", dt.date(2016, 1, 6), "LOOP AI LABS INC", "plaintiff"),
                      ("cand", dt.date(2016, 1, 6), "ANNA GATTI", "defendant")]
    # every party of every document joins to its document
    [(orphans,)] = duckdb.sql(f"""
        select count(*) from '{out}/parties.parquet' p
        anti join '{out}/documents.parquet' d using (doc_id)
    """).fetchall()
    assert orphans == 0
    types = {row[0]: row[1] for row in
             duckdb.sql(f"describe select * from '{out}/documents.parquet'").fetchall()}
    assert (types["ecf_filed"], types["pages"], types["so_ordered"]) == ("DATE", "INTEGER", "BOOLEAN")


def test_big_numbers_fit(tmp_path: Path) -> None:
    """A Third Circuit stamp prints "Document: 003112692106": more than int32 holds."""
    duckdb = pytest.importorskip("duckdb")
    record = {**FULL_RECORD, "ecf": {**FULL_RECORD["ecf"], "document": 3112692106, "page_count": 2**40}}
    (tmp_path / "documents.jsonl").write_text(json.dumps(record) + "\n")
    write_tables(tmp_path)
    rows = duckdb.sql(f"select ecf_document, ecf_page_count from '{tmp_path}/documents.parquet'").fetchall()
    assert rows == [(3112692106, None)]


def test_empty_run_writes_every_table_with_its_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "documents.jsonl").write_text("")
    assert write_tables(tmp_path) == dict.fromkeys(TABLES, 0)
    for table in TABLES:
        assert pq.read_schema(tmp_path / f"{table}.parquet").names == [c for c, _ in COLUMNS[table]]


def test_missing_records_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="no such records file"):
        write_tables(tmp_path)


def test_docs_list_every_column_with_its_type() -> None:
    doc = (REPO / "docs" / "tables.md").read_text(encoding="utf-8")
    for table, columns in COLUMNS.items():
        section = re.search(rf"^## `{table}`$(.*?)(?=^## |\Z)", doc, re.M | re.S)
        assert section is not None, f"docs/tables.md has no section for {table}"
        documented = re.findall(r"^\| `(\w+)` \| (\w+) \|", section.group(1), re.M)
        assert documented == list(columns), table


def test_boxes_of_real_items_reach_the_tables(tmp_path: Path, labeled_dir: Path) -> None:
    """Every item table carries its item's page and box (the JSON's ``span.bbox``) and its
    offsets; ``removed`` carries each removed block's page, box, kind and text."""
    pq = pytest.importorskip("pyarrow.parquet")
    record = process_one(str(labeled_dir / "gov.uscourts.cacd.657892.238.0.pdf"), ocr=False)
    (tmp_path / "documents.jsonl").write_text(json.dumps(record) + "\n")
    write_tables(tmp_path)
    citation = record["docket_citations"][0]
    row = pq.read_table(tmp_path / "docket_citations.parquet").to_pylist()[0]
    assert row["raw"] == citation["raw"]
    assert (row["page"], row["start"], row["end"]) == (
        citation["span"]["page"], citation["span"]["start"], citation["span"]["end"],
    )
    assert [row["x0"], row["top"], row["x1"], row["bottom"]] == pytest.approx(citation["span"]["bbox"])
    assert " ".join(record["text"][row["start"] : row["end"]].split()) == row["raw"]
    party = pq.read_table(tmp_path / "parties.parquet").to_pylist()[0]
    assert party["x0"] is not None
    assert party["x0"] < party["x1"]
    assert party["top"] < party["bottom"]
    removed = pq.read_table(tmp_path / "removed.parquet").to_pylist()
    stamp = next(r for r in removed if r["kind"] == "ecf_stamp")
    first = next(r for r in record["removed"] if r["kind"] == "ecf_stamp")
    assert stamp["text"] == first["text"]
    assert stamp["text"].startswith("Case 2:")
    assert [stamp["x0"], stamp["top"], stamp["x1"], stamp["bottom"]] == pytest.approx(first["bbox"])
    assert stamp["top"] < 60  # printed atop the page
    assert len(removed) == len(record["removed"])
