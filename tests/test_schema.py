"""The JSON contract: ``courtparse/schema/document.schema.json`` describes exactly
``Document.to_dict()``, every document courtparse produces validates against it, and
``Document.from_dict`` reads back what ``to_dict`` wrote."""

from __future__ import annotations

import datetime as dt
import io
import json
import typing
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import courtparse
from courtparse import models
from courtparse.models import (
    CASE_NUMBER_ROLES,
    CITATION_KINDS,
    DATE_ROLES,
    DISPOSITIONS,
    DOCUMENT_TYPES,
    REMOVED_KINDS,
    Caption,
    CaseNumber,
    Citation,
    Court,
    DateMention,
    DefinedTerm,
    DocketCitation,
    DocketEntryRef,
    Document,
    EcfStamp,
    Footnote,
    Holdings,
    Party,
    Passage,
    Removed,
    Signature,
    Span,
)


def _schema() -> dict[str, Any]:
    text = resources.files("courtparse").joinpath("schema/document.schema.json").read_text("utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


SCHEMA = _schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def _errors(record: object) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in VALIDATOR.iter_errors(record)
    ]


def assert_valid(doc: Document) -> None:
    errors = _errors(doc.to_dict())
    assert not errors, "\n".join(errors[:20])


# --- the schema itself ------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def _def_name(node: dict[str, Any]) -> str | None:
    """The $defs name a property refers to, through a nullable anyOf or an array."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    for option in node.get("anyOf", []):
        if "$ref" in option:
            return str(option["$ref"]).rsplit("/", 1)[-1]
    items = node.get("items")
    if isinstance(items, dict):
        return _def_name(items)
    return None


_DEF_OF_CLASS: dict[type, str] = {
    Span: "span", Court: "court", EcfStamp: "ecf_stamp", DocketEntryRef: "docket_entry_ref",
    Party: "party", Caption: "caption", DocketCitation: "docket_citation",
    CaseNumber: "case_number", DateMention: "date_mention", Passage: "passage",
    Holdings: "holdings", Footnote: "footnote", Signature: "signature",
    DefinedTerm: "defined_term", Citation: "citation", Removed: "removed",
}


def _attrs_classes_in(tp: object) -> list[type]:
    if isinstance(tp, type) and attrs.has(tp):
        return [tp]
    return [c for arg in typing.get_args(tp) for c in _attrs_classes_in(arg)]


def _walk(cls: type, node: dict[str, Any], seen: set[type]) -> None:
    """Every attrs field is a required property, no property lacks a field, and nested
    records point at the $defs entry of their class."""
    seen.add(cls)
    fields = [f.name for f in attrs.fields(cls)]
    assert sorted(node["properties"]) == sorted(fields), cls.__name__
    assert sorted(node["required"]) == sorted(fields), cls.__name__
    assert node["additionalProperties"] is False, cls.__name__
    hints = typing.get_type_hints(cls, vars(models))
    for name in fields:
        for inner in _attrs_classes_in(hints[name]):
            expected = _DEF_OF_CLASS[inner]
            assert _def_name(node["properties"][name]) == expected, f"{cls.__name__}.{name}"
            if inner not in seen:
                _walk(inner, SCHEMA["$defs"][expected], seen)


def test_schema_has_exactly_the_fields_of_the_models() -> None:
    seen: set[type] = set()
    _walk(Document, SCHEMA, seen)
    assert seen == {Document, *_DEF_OF_CLASS}


def test_schema_enums_are_the_models_vocabularies() -> None:
    props = SCHEMA["properties"]
    defs = SCHEMA["$defs"]
    assert props["document_type"]["enum"] == list(DOCUMENT_TYPES)
    assert defs["holdings"]["properties"]["disposition"]["enum"] == [*DISPOSITIONS, None]
    assert defs["date_mention"]["properties"]["role"]["enum"] == [*DATE_ROLES, None]
    assert defs["removed"]["properties"]["kind"]["enum"] == list(REMOVED_KINDS)
    assert defs["case_number"]["properties"]["role"]["enum"] == [*CASE_NUMBER_ROLES, None]
    assert defs["date_mention"]["properties"]["precision"]["enum"] == list(
        typing.get_args(models.Precision)
    )


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("document_type",), "ruling"),
        (("dates", 0, "value"), "01/06/2016"),
        (("dates", 0, "role"), "signing"),
        (("holdings", "disposition"), "partly granted"),
        (("caption", "parties"), None),
        (("warnings",), None),
        (("ecf", "document"), "343"),
        (("unexpected",), 1),
    ],
)
def test_schema_rejects_records_that_break_the_contract(path: tuple[Any, ...], value: object) -> None:
    """The schema is not vacuous: each of these edits of a valid record is caught."""
    doc = Document(
        source="order.pdf", pages=2, text="Dated: January 6, 2016",
        ecf=EcfStamp("3:15-cv-00798-HSG", 343, None, dt.date(2016, 1, 6), 2),
        dates=(DateMention("January 6, 2016", dt.date(2016, 1, 6), role="signed", span=Span(7, 22)),),
    )
    record: Any = doc.to_dict()
    assert not _errors(record)
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(record)


# --- documents the suite produces -------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["ndcal-order-denying-leave", "ndcal-second-order-unilateral-letters"]
)
def test_parsed_examples_validate(examples_dir: Path, name: str) -> None:
    text = (examples_dir / f"{name}.txt").read_text(encoding="utf-8")
    assert_valid(courtparse.parse_text(text, source=f"{name}.txt"))


TEXT_FIXTURES = [
    "",
    "\f\f",
    "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2\n\nUNITED STATES DISTRICT COURT\n"
    "NORTHERN DISTRICT OF CALIFORNIA\n\nLOOP AI LABS INC,\nPlaintiff,\n\nv.\n\nANNA GATTI, et al.,\n"
    "Defendants.\n\nCase No. 15-cv-00798-HSG (DMR)\n\nORDER\n\nRe: Dkt. No. 337\n\n"
    "The motion is DENIED. [Docket Nos. 337, 340.]¹\n\n¹ See Docket No. 339.\n\nIT IS SO ORDERED.\n\n"
    "Dated: January 6, 2016\n",
    "1 UNITED STATES DISTRICT COURT\n2 EASTERN DISTRICT OF CALIFORNIA\n3\n4 UNITED STATES OF AMERICA,\n"
    "5 Plaintiff,\n6 v.\n7 JOHN DOE,\n8 Defendant.\n9\n10 Case No. 1:20-cr-00173-NONE-SKO\n",
]


@pytest.mark.parametrize("text", TEXT_FIXTURES)
def test_parsed_text_fixtures_validate(text: str) -> None:
    assert_valid(courtparse.parse_text(text))


def _order_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    lines = [
        "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 1",
        "UNITED STATES DISTRICT COURT",
        "NORTHERN DISTRICT OF CALIFORNIA",
        "LOOP AI LABS INC,",
        "Plaintiff,",
        "v.",
        "ANNA GATTI, et al.,",
        "Defendants.",
        "Case No. 15-cv-00798-HSG (DMR)",
        "ORDER DENYING ADMINISTRATIVE MOTION",
        "Re: Dkt. No. 337",
        "The administrative motion is denied. [Docket No. 339.]",
        "IT IS SO ORDERED.",
        "Dated: January 6, 2016",
    ]
    y = 750.0
    for line in lines:
        pdf.setFont("Times-Roman", 9 if line.startswith("Case 3:") else 12)
        pdf.drawString(72, y, line)
        y -= 24
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_parsed_generated_pdf_validates() -> None:
    from benchmarks.accuracy import pdf_parser

    parse = pdf_parser()
    assert parse is not None, "courtparse.parse (the PDF entry point) is missing"
    doc = parse(_order_pdf())
    assert_valid(doc)
    assert doc.ecf is not None
    assert doc.ecf.document == 343


FIXTURE_PDFS = Path(__file__).parent / "fixtures" / "pdfs"


@pytest.mark.parametrize(
    "path", sorted(FIXTURE_PDFS.glob("*.pdf")) if FIXTURE_PDFS.is_dir() else [], ids=lambda p: p.name
)
def test_parsed_fixture_pdfs_validate(path: Path) -> None:
    """Every generated fixture either parses into a valid record or raises courtparse's
    own error (the encrypted, empty and not-a-PDF ones)."""
    from benchmarks.accuracy import pdf_parser

    parse = pdf_parser()
    assert parse is not None, "courtparse.parse (the PDF entry point) is missing"
    try:
        doc = parse(path)
    except courtparse.CourtparseError:
        return
    assert_valid(doc)


def test_parsed_labeled_pdfs_validate(labeled_dir: Path) -> None:
    from benchmarks.accuracy import pdf_parser

    parse = pdf_parser()
    assert parse is not None, "courtparse.parse (the PDF entry point) is missing"
    small = sorted(labeled_dir.glob("*.pdf"), key=lambda p: p.stat().st_size)[:6]
    for path in small:
        errors = _errors(parse(path).to_dict())
        assert not errors, f"{path.name}: " + "\n".join(errors[:10])


# --- hypothesis: any Document ------------------------------------------------------------

_text = st.text(max_size=30)
_opt_text = st.none() | _text
_count = st.integers(min_value=0, max_value=10**12)
_opt_count = st.none() | _count
_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_coord = st.floats(allow_nan=False, allow_infinity=False, width=32)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10**6))
    end = draw(st.integers(min_value=start, max_value=start + 10**4))
    return Span(
        start,
        end,
        page=draw(st.none() | st.integers(min_value=1, max_value=5000)),
        bbox=draw(st.none() | st.tuples(_coord, _coord, _coord, _coord)),
        footnote=draw(st.none() | st.integers(min_value=0, max_value=200)),
    )


_span = st.none() | spans()
_entry = st.builds(DocketEntryRef, number=_count, attachment=_opt_count)
_role = st.none() | st.sampled_from(
    ["plaintiff", "defendant", "appellant", "counter-defendant", "real party in interest"]
)

documents = st.builds(
    Document,
    source=_opt_text,
    pages=_opt_count,
    text=st.text(max_size=200),
    court=st.none() | st.builds(Court, name=_text, district=_opt_text, court_id=_opt_text, span=_span),
    ecf=st.none() | st.builds(
        EcfStamp, case_number=_text, document=_opt_count, attachment=_opt_count,
        filed=st.none() | _dates, page_count=_opt_count, raw=_text, page_id=_opt_count, normalized=_opt_text,
    ),
    caption=st.builds(
        Caption,
        parties=st.lists(st.builds(Party, name=_text, role=_role, et_al=st.booleans(), span=_span), max_size=3).map(tuple),
        title=_opt_text,
        re=st.lists(_entry, max_size=3).map(tuple),
        title_span=_span,
    ),
    case_numbers=st.lists(
        st.builds(
            CaseNumber, raw=_text, office=st.none() | st.integers(0, 9), year=st.none() | st.integers(1900, 2100),
            kind=_opt_text, number=_opt_count, judges=st.lists(_text, max_size=2).map(tuple),
            referral_judges=st.lists(_text, max_size=2).map(tuple), normalized=_opt_text, span=_span,
            role=st.none() | st.sampled_from(CASE_NUMBER_ROLES),
        ),
        max_size=2,
    ).map(tuple),
    docket_citations=st.lists(
        st.builds(DocketCitation, raw=_text, entries=st.lists(_entry, max_size=3).map(tuple), pin=_opt_text, span=spans()),
        max_size=3,
    ).map(tuple),
    dates=st.lists(
        st.builds(
            DateMention, text=_text, value=_dates, precision=st.sampled_from(["day", "month", "year"]),
            role=st.none() | st.sampled_from(DATE_ROLES), span=_span,
        ),
        max_size=3,
    ).map(tuple),
    document_type=st.sampled_from(DOCUMENT_TYPES),
    holdings=st.builds(
        Holdings,
        so_ordered=st.booleans(),
        disposition=st.none() | st.sampled_from(DISPOSITIONS),
        orders=st.lists(st.builds(Passage, text=_text, span=_span), max_size=2).map(tuple),
        rulings=st.lists(st.builds(Passage, text=_text, span=_span), max_size=2).map(tuple),
    ),
    footnotes=st.lists(st.builds(Footnote, marker=_text, text=_text, span=_span, anchor=_span), max_size=2).map(tuple),
    signature=st.none() | st.builds(Signature, judge=_opt_text, title=_opt_text, date=st.none() | _dates, span=_span),
    defined_terms=st.lists(st.builds(DefinedTerm, short=_text, full=_text, span=_span), max_size=2).map(tuple),
    citations=st.lists(
        st.builds(
            Citation, raw=_text, kind=st.sampled_from(CITATION_KINDS), volume=_opt_text, reporter=_opt_text,
            page=_opt_text, pin=_opt_text, year=st.none() | st.integers(1700, 2100), court=_opt_text,
            case_name=_opt_text, antecedent=_opt_count, span=_span,
        ),
        max_size=2,
    ).map(tuple),
    warnings=st.lists(_text, max_size=2).map(tuple),
    doc_id=_opt_text,
    removed=st.lists(
        st.builds(
            Removed, kind=st.sampled_from(REMOVED_KINDS), page=st.none() | st.integers(1, 5000),
            bbox=st.none() | st.tuples(_coord, _coord, _coord, _coord), text=_text,
        ),
        max_size=3,
    ).map(tuple),
)

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(documents)
def test_any_document_validates(doc: Document) -> None:
    assert_valid(doc)


@_SETTINGS
@given(documents)
def test_from_dict_reads_back_to_dict(doc: Document) -> None:
    assert Document.from_dict(doc.to_dict()) == doc


@_SETTINGS
@given(documents)
def test_json_round_trip(doc: Document) -> None:
    data = json.loads(doc.to_json())
    assert data == doc.to_dict()
    assert Document.from_dict(data) == doc


def test_model_docstring_examples_run() -> None:
    """The models' docstring examples (the contract in short) run as written."""
    import doctest

    result = doctest.testmod(models, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Document(source=None, pages=None, text="", document_type="decree"), "document_type"),
        (lambda: Holdings(disposition="partially granted"), "disposition"),
        (lambda: DateMention("May 1, 2020", dt.date(2020, 5, 1), "day", "due"), "role"),
        (lambda: Removed("watermark", 1, None, "DRAFT"), "kind"),
    ],
)
def test_vocabularies_are_enforced_at_construction(make: typing.Callable[[], object], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        make()
