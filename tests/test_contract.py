"""The contract from one source: the attrs models in ``courtparse/models.py``.

``tests/test_schema.py`` checks the JSON Schema against them field by field (every field
a required property, nested records at their ``$defs``, the enums the vocabularies).
Here: the Parquet columns of ``courtparse.tables.COLUMNS`` against the same fields —
every field of every model is in a column of the right type, or is listed below as left
out of the tables with its reason — and every model's docstring names its fields.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import attrs
import pytest

import courtparse
from courtparse import models as m
from courtparse.records import LIST_SEP
from courtparse.tables import COLUMNS, rows_of

SPAN = ("page", "x0", "top", "x1", "bottom", "start", "end", "in_footnote")
"""The columns a m.Span becomes in a table of items."""

# model -> (table, {field: its columns}); a field with no columns is not in the tables,
# for the reason in LEFT_OUT.
WHERE: dict[type, tuple[str, dict[str, tuple[str, ...]]]] = {
    m.Document: ("documents", {
        "doc_id": ("doc_id",), "source": ("source",), "pages": ("pages",), "text": ("text",),
        "document_type": ("document_type",), "warnings": ("warnings", "n_warnings"),
        "court": ("court_id", "court_name", "district"),
        "ecf": ("ecf_case_number", "ecf_normalized", "ecf_document", "ecf_attachment",
                "ecf_filed", "ecf_page_count"),
        "caption": ("title", "n_parties"), "case_numbers": ("n_case_numbers",),
        "docket_citations": ("n_docket_citations",), "dates": ("n_dates",),
        "holdings": ("disposition", "so_ordered", "n_orders", "n_rulings"),
        "footnotes": ("n_footnotes",),
        "signature": ("signature_judge", "signature_title", "signature_date"),
        "defined_terms": (), "citations": (), "removed": (),
    }),
    m.Court: ("documents", {"name": ("court_name",), "district": ("district",),
                          "court_id": ("court_id",), "span": ()}),
    m.EcfStamp: ("documents", {
        "case_number": ("ecf_case_number",), "normalized": ("ecf_normalized",),
        "document": ("ecf_document",), "attachment": ("ecf_attachment",),
        "filed": ("ecf_filed",), "page_count": ("ecf_page_count",), "raw": (), "page_id": (),
    }),
    m.Signature: ("documents", {"judge": ("signature_judge",), "title": ("signature_title",),
                              "date": ("signature_date",), "span": ()}),
    m.Holdings: ("documents", {"disposition": ("disposition",), "so_ordered": ("so_ordered",),
                             "orders": ("n_orders",), "rulings": ("n_rulings",)}),
    m.Caption: ("documents", {"title": ("title",), "parties": ("n_parties",), "re": (),
                            "title_span": ()}),
    m.Party: ("parties", {"name": ("name",), "role": ("role",), "et_al": ("et_al",),
                        "span": SPAN}),
    m.CaseNumber: ("case_numbers", {
        "raw": ("raw",), "office": ("office",), "year": ("year",), "kind": ("kind",),
        "number": ("number",), "judges": ("judges",), "referral_judges": ("referral_judges",),
        "normalized": ("normalized",), "role": ("role",), "span": SPAN,
    }),
    m.DocketEntryRef: ("docket_citations", {"number": ("number",), "attachment": ("attachment",)}),
    m.DocketCitation: ("docket_citations", {"raw": ("raw",), "entries": ("entry_idx",),
                                          "pin": ("pin",), "span": SPAN}),
    m.DateMention: ("dates", {"text": ("text",), "value": ("value",), "precision": ("precision",),
                            "role": ("role",), "span": SPAN}),
    m.Passage: ("orders", {"text": ("text",), "span": SPAN}),
    m.Footnote: ("footnotes", {"marker": ("marker",), "text": ("text",), "span": SPAN,
                             "anchor": ("anchor_page", "anchor_start")}),
    m.DefinedTerm: ("defined_terms", {"short": ("short",), "full": ("full",), "span": SPAN}),
    m.Removed: ("removed", {"kind": ("kind",), "page": ("page",), "bbox": ("x0", "top", "x1", "bottom"),
                          "text": ("text",)}),
    m.Citation: ("citations", {
        "raw": ("raw",), "kind": ("kind",), "volume": ("volume",), "reporter": ("reporter",),
        "page": ("cite_page",), "pin": ("pin",), "year": ("year",), "court": ("court",),
        "case_name": ("case_name",), "antecedent": ("antecedent",), "span": SPAN,
    }),
}

LEFT_OUT: dict[tuple[type, str], str] = {
    (m.Document, "defined_terms"): "its own table (defined_terms), joined by doc_id",
    (m.Document, "citations"): "its own table (citations), joined by doc_id",
    (m.Court, "span"): "where the court's name is printed: a viewer's detail, not an analysis column",
    (m.EcfStamp, "raw"): "the stamp line as printed; its parts are the columns",
    (m.EcfStamp, "page_id"): "an appellate stamp's page id, no join key",
    (m.Signature, "span"): "where the block is printed: a viewer's detail",
    (m.Caption, "re"): "rows of docket_citations with location 'caption_re'",
    (m.Caption, "title_span"): "where the title is printed: a viewer's detail",
    (m.Document, "removed"): "its own table (removed), joined by doc_id",
}

KEYS = {"doc_id", "idx", "citation_idx", "entry_idx", "location", "kind"}
"""Columns that place a row (its document, its index, which list it comes from)."""

# Parquet types a field's annotation may take.
_TYPES: dict[object, frozenset[str]] = {
    str: frozenset({"string"}), int: frozenset({"int32", "int64"}), bool: frozenset({"bool"}),
    dt.date: frozenset({"date32"}), float: frozenset({"float64"}),
}


def _models() -> list[type]:
    return [c for c in vars(m).values()
            if isinstance(c, type) and attrs.has(c) and c.__module__ == m.__name__]


def _scalar(tp: object) -> object | None:
    """The scalar type of an annotation: ``str | None`` -> str, a ``Literal`` of words ->
    str, ``tuple[str, ...]`` -> str (joined in one column); None for a record or a list of
    records."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) is typing.Literal:
        return str
    if typing.get_origin(tp) is tuple:
        return _scalar(args[0]) if args and not attrs.has(args[0]) else None
    if args:
        return _scalar(args[0]) if len(args) == 1 else None
    return tp if tp in _TYPES else None


def test_every_model_is_placed() -> None:
    assert set(_models()) - {m.Span} == set(WHERE)


@pytest.mark.parametrize("model", list(WHERE), ids=lambda cls: cls.__name__)
def test_every_field_is_a_column_of_its_type_or_left_out_with_a_reason(model: type) -> None:
    table, where = WHERE[model]
    types = dict(COLUMNS[table])
    hints = typing.get_type_hints(model, vars(m))
    assert sorted(where) == sorted(f.name for f in attrs.fields(model)), model.__name__
    for name, columns in where.items():
        if not columns:
            assert (model, name) in LEFT_OUT, f"{model.__name__}.{name}: a column or a reason"
            continue
        assert (model, name) not in LEFT_OUT
        for column in columns:
            assert column in types, f"{model.__name__}.{name} -> {table}.{column}"
        scalar = _scalar(hints[name])
        if scalar is not None and len(columns) == 1:
            assert types[columns[0]] in _TYPES[scalar], f"{model.__name__}.{name}: {types[columns[0]]}"


@pytest.mark.parametrize("table", sorted({t for t, _ in WHERE.values()}))
def test_every_column_comes_from_a_field(table: str) -> None:
    placed = {c for t, where in WHERE.values() if t == table for cols in where.values() for c in cols}
    assert {name for name, _ in COLUMNS[table]} - placed - KEYS == set()


ORDER = (
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
    "LOOP AI LABS INC,\nPlaintiff,\nv.\nANNA GATTI, et al.,\nDefendants.\n\n"
    "Case No. 15-cv-00798-HSG (DMR)\n\nORDER DENYING MOTION TO COMPEL\n\n"
    "Re: Dkt. No. 337\n\nThe motion (Dkt. No. 341 at 3) is DENIED. The parties shall file a "
    "joint letter by January 15, 2016.\n\nIT IS SO ORDERED.\n\nDated: January 6, 2016\n\n"
    "DONNA M. RYU\nUnited States Magistrate Judge\n"
)


def _value(obj: Any) -> Any:
    if isinstance(obj, tuple) and all(isinstance(v, str) for v in obj):
        return LIST_SEP.join(obj) if obj else None
    return obj


def test_rows_carry_the_field_values() -> None:
    """Each one-column scalar field of a parsed filing reaches its column unchanged."""
    doc = courtparse.parse_text(ORDER)
    rows = rows_of(doc.to_dict(), include_text=True)
    checked = 0
    items: list[tuple[type, Any, dict[str, Any]]] = [
        (m.Document, doc, rows["documents"][0]),
        (m.Holdings, doc.holdings, rows["documents"][0]),
        (m.CaseNumber, doc.case_numbers[0], rows["case_numbers"][0]),
        (m.DateMention, doc.dates[0], rows["dates"][0]),
        (m.Party, doc.caption.parties[0], rows["parties"][0]),
    ]
    for model, item, row in items:
        hints = typing.get_type_hints(model, vars(m))
        for name, columns in WHERE[model][1].items():
            if len(columns) == 1 and _scalar(hints[name]) is not None and columns[0] in row:
                want = _value(getattr(item, name))
                if isinstance(want, tuple):
                    continue
                got = row[columns[0]]
                if name == "warnings":
                    want = "\n".join(item.warnings) or None
                assert got == want, f"{model.__name__}.{name}"
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize("model", _models(), ids=lambda cls: cls.__name__)
def test_every_model_docstring_names_its_fields(model: type) -> None:
    doc = model.__doc__ or ""
    missing = [f.name for f in attrs.fields(model) if f"``{f.name}``" not in doc]
    assert missing == [], f"{model.__name__}'s docstring does not name {missing}"
