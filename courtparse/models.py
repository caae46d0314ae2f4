"""The typed records courtparse produces.

Every class is an attrs frozen, slotted value object. Collections are tuples so
records are hashable and compare by value; the JSON contract (lists, ISO dates,
``null`` for absent) is produced by :mod:`courtparse.serialize`.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Literal

import attrs

BBox = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in PDF points, origin at the page's top-left corner."""

Precision = Literal["day", "month", "year"]

DOCUMENT_TYPES: tuple[str, ...] = (
    "order", "opinion", "judgment", "minutes", "motion", "opposition", "reply", "brief",
    "complaint", "notice", "stipulation", "declaration", "proposed_order", "letter",
    "transcript", "report_and_recommendation", "other",
)
DISPOSITIONS: tuple[str, ...] = (
    "granted", "denied", "granted_in_part", "dismissed", "affirmed", "reversed", "vacated",
    "remanded", "transferred", "stayed", "moot", "other",
)
DATE_ROLES: tuple[str, ...] = ("signed", "filed", "hearing", "deadline", "event")


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class Span:
    """Where an item is printed: offsets into ``Document.text`` (or into one footnote's
    text when ``footnote`` is its index in ``Document.footnotes``), the 1-based page and
    the box enclosing its characters on that page (None for text input)."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()
    page: int | None = None
    bbox: BBox | None = None
    footnote: int | None = None

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} before start {self.start}")


@attrs.frozen
class Court:
    name: str
    district: str | None
    court_id: str | None
    span: Span | None = None


@attrs.frozen
class EcfStamp:
    """The CM/ECF header line printed on every page of a filed document."""

    case_number: str
    document: int | None
    attachment: int | None
    filed: dt.date | None
    page_count: int | None
    raw: str = ""
    page_id: int | None = None


@attrs.frozen
class DocketEntryRef:
    number: int
    attachment: int | None = None


@attrs.frozen
class Party:
    name: str
    role: str | None
    et_al: bool = False
    span: Span | None = None


@attrs.frozen
class Caption:
    parties: tuple[Party, ...] = ()
    title: str | None = None
    re: tuple[DocketEntryRef, ...] = ()
    title_span: Span | None = None


@attrs.frozen
class DocketCitation:
    raw: str
    entries: tuple[DocketEntryRef, ...]
    pin: str | None
    span: Span


@attrs.frozen
class CaseNumber:
    raw: str
    office: int | None
    year: int | None
    kind: str | None
    number: int | None
    judges: tuple[str, ...] = ()
    referral_judges: tuple[str, ...] = ()
    normalized: str | None = None
    span: Span | None = None


@attrs.frozen
class DateMention:
    text: str
    value: dt.date
    precision: Precision = "day"
    role: str | None = None
    span: Span | None = None


@attrs.frozen
class Passage:
    """A sentence the holdings extractor kept: an ordering sentence or a ruling."""

    text: str
    span: Span | None = None


@attrs.frozen
class Holdings:
    so_ordered: bool = False
    disposition: str | None = None
    orders: tuple[Passage, ...] = ()
    rulings: tuple[Passage, ...] = ()


@attrs.frozen
class Footnote:
    marker: str
    text: str
    span: Span | None = None
    anchor: Span | None = None
    """Where the marker is printed in the body, when it was found."""


@attrs.frozen
class Signature:
    judge: str | None = None
    title: str | None = None
    date: dt.date | None = None
    span: Span | None = None


@attrs.frozen
class DefinedTerm:
    short: str
    full: str
    span: Span | None = None


@attrs.frozen
class Document:
    source: str | None
    pages: int | None
    text: str
    court: Court | None = None
    ecf: EcfStamp | None = None
    caption: Caption = Caption()
    case_numbers: tuple[CaseNumber, ...] = ()
    docket_citations: tuple[DocketCitation, ...] = ()
    dates: tuple[DateMention, ...] = ()
    document_type: str = "other"
    holdings: Holdings = Holdings()
    footnotes: tuple[Footnote, ...] = ()
    signature: Signature | None = None
    defined_terms: tuple[DefinedTerm, ...] = ()
    warnings: tuple[str, ...] = ()
    doc_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of DESIGN.md (snake_case, ISO dates, null, lists)."""
        from courtparse.serialize import to_jsonable

        return typing.cast(dict[str, object], to_jsonable(self))

    def to_json(self, *, indent: int | None = None) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Document:
        from courtparse.serialize import from_jsonable

        return typing.cast(Document, from_jsonable(cls, data))
