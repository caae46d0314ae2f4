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
"""``Document.document_type``: what kind of paper the filing is (a magistrate judge's
findings and recommendation is ``report_and_recommendation``)."""
DISPOSITIONS: tuple[str, ...] = (
    "granted", "denied", "granted_in_part", "dismissed", "affirmed", "reversed", "vacated",
    "remanded", "transferred", "stayed", "moot", "other",
)
"""``Holdings.disposition``: what the court decided, or None where the filing rules on nothing."""
DATE_ROLES: tuple[str, ...] = ("signed", "filed", "hearing", "deadline", "event")
"""``DateMention.role``: what the date is to the filing, or None where none is clear."""
CASE_NUMBER_ROLES: tuple[str, ...] = ("this_case", "lower_court", "consolidated", "cited")
"""``CaseNumber.role``: whose number it is. ``this_case`` the paper's own (the caption's);
``lower_court`` the court below of an appeal ("D.C. No.", "Appeal from …"); ``consolidated``
a case consolidated or related to this one ("Consolidated with", "(consolidated)");
``cited`` another case's number the body names after a "Case No." label."""


def _optional_in(vocabulary: tuple[str, ...]) -> typing.Callable[[object, attrs.Attribute[str | None], str | None], None]:
    """An attrs validator: None or one word of ``vocabulary``."""

    def check(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and value not in vocabulary:
            raise ValueError(f"{attribute.name} must be one of {', '.join(vocabulary)} or None, got {value!r}")

    return check


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
    """The court the filing is made in, as its caption names it: ``name`` ("United States
    District Court"), ``district`` ("Northern District of California"; None for a court of
    appeals or a national court) and ``court_id``, the courts-db / CourtListener id
    ("cand"; None where the name resolves to no single court)."""

    name: str
    district: str | None
    court_id: str | None
    span: Span | None = None


@attrs.frozen
class EcfStamp:
    """The CM/ECF header line printed on every page of a filed document: ``case_number``
    as printed, ``document`` and ``attachment`` (the docket entry; None for none), the
    ``filed`` date, ``page_count`` ("Page 1 of 43" → 43), the ``raw`` line, an
    appellate stamp's ``page_id``, and ``normalized``, the ``yy-kind-nnnnn`` core of its case
    number ("3:17-cv-01138-JST" → "17-cv-01138"), read by the rule of ``CaseNumber``, so
    stamps join with case numbers."""

    case_number: str
    document: int | None
    attachment: int | None
    filed: dt.date | None
    page_count: int | None
    raw: str = ""
    page_id: int | None = None
    normalized: str | None = None


@attrs.frozen
class DocketEntryRef:
    """One docket entry: its ``number`` and ``attachment`` ("Dkt. No. 79-10" → 79, 10)."""

    number: int
    attachment: int | None = None


@attrs.frozen
class Party:
    """One party of the caption: ``name`` as printed (no role word), ``role`` (plaintiff,
    defendant, appellant, debtor, …; an open list), ``et_al`` when the caption adds
    "et al." to it."""

    name: str
    role: str | None
    et_al: bool = False
    span: Span | None = None


@attrs.frozen
class Caption:
    """The caption: ``parties``, the paper's ``title`` (its own heading), the docket entries
    it answers (``re``: "Re: Dkt. No. 337") and where the title is printed."""

    parties: tuple[Party, ...] = ()
    title: str | None = None
    re: tuple[DocketEntryRef, ...] = ()
    title_span: Span | None = None


@attrs.frozen
class DocketCitation:
    """A citation of docket entries in the text: ``raw`` as printed ("Dkt. Nos. 337,
    340"), the ``entries`` it names, a ``pin`` cite ("at 3") when printed."""

    raw: str
    entries: tuple[DocketEntryRef, ...]
    pin: str | None
    span: Span


@attrs.frozen
class CaseNumber:
    """A case number as printed (``raw``) and its parts: ``office`` (the division digit),
    ``year``, ``kind`` ("cv", "cr", "bk", …), ``number``, the assigned judges' initials
    (``judges``), the referral judges' (``referral_judges``: "(DMR)"), ``normalized``,
    the ``yy-kind-nnnnn`` core that matches a case across filings, and its ``role`` (one
    of ``CASE_NUMBER_ROLES``; None for a number parsed alone, out of a filing)."""

    raw: str
    office: int | None
    year: int | None
    kind: str | None
    number: int | None
    judges: tuple[str, ...] = ()
    referral_judges: tuple[str, ...] = ()
    normalized: str | None = None
    span: Span | None = None
    role: str | None = attrs.field(default=None, validator=_optional_in(CASE_NUMBER_ROLES))


@attrs.frozen
class DateMention:
    """A date printed in the filing: ``text`` as printed, its ``value``, ``precision``
    ("day", or "month"/"year" for "March 2020"/"2020"), its ``role`` (one of
    ``DATE_ROLES`` or None)."""

    text: str
    value: dt.date
    precision: Precision = "day"
    role: str | None = attrs.field(default=None, validator=_optional_in(DATE_ROLES))
    span: Span | None = None


@attrs.frozen
class Passage:
    """A sentence the holdings extractor kept: an ordering sentence or a ruling."""

    text: str
    span: Span | None = None


@attrs.frozen
class Holdings:
    """What the filing decides: ``so_ordered`` when it prints the formula "SO ORDERED",
    the ``disposition`` (one of ``DISPOSITIONS`` or None), the court's ordering sentences
    (``orders``) and its rulings on requests (``rulings``)."""

    so_ordered: bool = False
    disposition: str | None = attrs.field(default=None, validator=_optional_in(DISPOSITIONS))
    orders: tuple[Passage, ...] = ()
    rulings: tuple[Passage, ...] = ()


@attrs.frozen
class Footnote:
    """A footnote split off the body: its ``marker`` ("1", "*"), its ``text``, and where
    the marker stands in the body (``anchor``)."""

    marker: str
    text: str
    span: Span | None = None
    anchor: Span | None = None
    """Where the marker is printed in the body, when it was found."""


@attrs.frozen
class Signature:
    """Who signs for the court (``judge``: name as printed, without "Hon."; a clerk who
    signs an appellate order too), the ``title`` printed under the name, the ``date``."""

    judge: str | None = None
    title: str | None = None
    date: dt.date | None = None
    span: Span | None = None


@attrs.frozen
class DefinedTerm:
    """A defined short name and its full name: ``IQSystem, Inc. ("IQS")`` → short "IQS",
    full "IQSystem, Inc."."""

    short: str
    full: str
    span: Span | None = None


CITATION_KINDS: tuple[str, ...] = ("full", "short", "supra", "id")
"""``Citation.kind``: a full case citation, a short form ("565 F.3d at 232"), "supra", "id."."""


@attrs.frozen
class Citation:
    """A case-law citation (eyecite): ``raw`` as printed ("565 F.3d 228"), its ``kind``
    (one of ``CITATION_KINDS``), ``volume``, ``reporter`` and ``page`` as printed, the
    ``pin`` cite ("at 232"), the ``year`` and ``court`` of its parenthetical, the
    ``case_name`` where printed before it, and for a short form, "supra" or "id." the
    index in ``Document.citations`` of the full citation it stands for (``antecedent``)."""

    raw: str
    kind: str = attrs.field(validator=attrs.validators.in_(CITATION_KINDS))
    volume: str | None = None
    reporter: str | None = None
    page: str | None = None
    pin: str | None = None
    year: int | None = None
    court: str | None = None
    case_name: str | None = None
    antecedent: int | None = None
    span: Span | None = None


@attrs.frozen
class Document:
    """One parsed filing: ``source`` (its name), ``pages``, the clean body ``text`` every
    span points into, and what was read from it — ``court``, ``ecf`` (the stamp),
    ``caption``, ``case_numbers``, ``docket_citations``, ``dates``, ``document_type`` (one
    of ``DOCUMENT_TYPES``), ``holdings``, ``footnotes``, ``signature``, ``defined_terms``,
    ``citations`` (case law, read only when asked for) — plus ``warnings`` (what could not be read, and why) and a batch's ``doc_id``.

    >>> doc = Document(source="order.pdf", pages=1, text="The motion is DENIED.",
    ...                document_type="order", holdings=Holdings(disposition="denied"))
    >>> doc.to_dict()["holdings"]["disposition"]
    'denied'
    >>> Document(source=None, pages=None, text="", document_type="decree")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: document_type must be one of order, opinion, ..., other, got 'decree'
    """

    source: str | None
    pages: int | None
    text: str
    court: Court | None = None
    ecf: EcfStamp | None = None
    caption: Caption = Caption()
    case_numbers: tuple[CaseNumber, ...] = ()
    docket_citations: tuple[DocketCitation, ...] = ()
    dates: tuple[DateMention, ...] = ()
    document_type: str = attrs.field(default="other")
    holdings: Holdings = Holdings()
    footnotes: tuple[Footnote, ...] = ()
    signature: Signature | None = None
    defined_terms: tuple[DefinedTerm, ...] = ()
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = ()
    doc_id: str | None = None

    @document_type.validator
    def _check_document_type(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if value not in DOCUMENT_TYPES:
            raise ValueError(f"document_type must be one of {', '.join(DOCUMENT_TYPES)}, got {value!r}")

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
