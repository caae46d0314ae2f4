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

DocumentType = Literal[
    "order", "opinion", "judgment", "minutes", "motion", "opposition", "reply", "brief",
    "complaint", "notice", "stipulation", "declaration", "proposed_order", "letter",
    "transcript", "report_and_recommendation", "other",
]
"""``Document.document_type``: what kind of paper the filing is (a magistrate judge's
findings and recommendation is ``report_and_recommendation``)."""
DOCUMENT_TYPES: tuple[DocumentType, ...] = typing.get_args(DocumentType)
"""The words of ``DocumentType``, in order (the JSON Schema's enum)."""
# Kinds a party files: the court rules on nothing in them.
PARTY_FILINGS: frozenset[str] = frozenset(
    {"motion", "opposition", "reply", "brief", "complaint", "notice", "declaration", "letter",
     "stipulation", "proposed_order"}
)
# Kinds that record or carry papers without ruling: a transcript reports what was said
# ("THE COURT: The motion is granted" is not the order that grants it), an exhibit
# carries someone else's paper.
# A magistrate judge's findings and recommendation recommends a ruling to the district
# judge and makes none ("IT IS RECOMMENDED that the motion be GRANTED").
NO_RULING: frozenset[str] = PARTY_FILINGS | {"transcript", "report_and_recommendation", "other"}
Disposition = Literal[
    "granted", "denied", "granted_in_part", "dismissed", "affirmed", "reversed", "vacated",
    "remanded", "transferred", "stayed", "moot", "other",
]
"""``Holdings.disposition``: what the court decided, or None where the filing rules on nothing."""
DISPOSITIONS: tuple[Disposition, ...] = typing.get_args(Disposition)
DateRole = Literal["signed", "filed", "hearing", "deadline", "event"]
"""``DateMention.role``: what the date is to the filing, or None where none is clear."""
DATE_ROLES: tuple[DateRole, ...] = typing.get_args(DateRole)
PRECISIONS: tuple[Precision, ...] = typing.get_args(Precision)
CaseNumberRole = Literal["this_case", "lower_court", "consolidated", "cited"]
CASE_NUMBER_ROLES: tuple[CaseNumberRole, ...] = typing.get_args(CaseNumberRole)
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


W = typing.TypeVar("W", bound=str)


def in_vocabulary(word: str, vocabulary: tuple[W, ...]) -> W:
    """``word`` as a word of ``vocabulary`` (typed as its ``Literal``); ValueError when it
    is none of them. Where an extractor's own string becomes a field of the contract.

    >>> in_vocabulary("denied", DISPOSITIONS)
    'denied'
    >>> in_vocabulary("overruled", DISPOSITIONS)
    Traceback (most recent call last):
    ...
    ValueError: 'overruled' is not one of granted, denied, granted_in_part, dismissed, affirmed, reversed, vacated, remanded, transferred, stayed, moot, other
    """
    for known in vocabulary:
        if known == word:
            return known
    raise ValueError(f"{word!r} is not one of {', '.join(vocabulary)}")


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class Span:
    """Where an item is printed: offsets ``start`` and ``end`` into ``Document.text`` (or
    into one footnote's text when ``footnote`` is its index in ``Document.footnotes``), the
    1-based ``page`` and the ``bbox`` enclosing its characters on that page (None for text
    input).

    >>> Span(3, 9, page=1).end
    9
    >>> Span(9, 3)
    Traceback (most recent call last):
    ...
    ValueError: span end 3 before start 9
    """

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
    ("cand"; None where the name resolves to no single court); ``span``: where the name
    is printed."""

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
    "et al." to it, ``span``: where the name is printed."""

    name: str
    role: str | None
    et_al: bool = False
    span: Span | None = None


@attrs.frozen
class Caption:
    """The caption: ``parties``, the paper's ``title`` (its own heading), the docket entries
    it answers (``re``: "Re: Dkt. No. 337") and where the title is printed
    (``title_span``).

    >>> Caption(title="ORDER DENYING MOTION", re=(DocketEntryRef(337),)).re[0].number
    337
    """

    parties: tuple[Party, ...] = ()
    title: str | None = None
    re: tuple[DocketEntryRef, ...] = ()
    title_span: Span | None = None


@attrs.frozen
class DocketCitation:
    """A citation of docket entries in the text: ``raw`` as printed ("Dkt. Nos. 337,
    340"), the ``entries`` it names, a ``pin`` cite ("at 3") when printed, its ``span``."""

    raw: str
    entries: tuple[DocketEntryRef, ...]
    pin: str | None
    span: Span


@attrs.frozen
class CaseNumber:
    """A case number as printed (``raw``) and its parts: ``office`` (the division digit),
    ``year``, ``kind`` ("cv", "cr", "bk", …), ``number``, the assigned judges' initials
    (``judges``), the referral judges' (``referral_judges``: "(DMR)"), ``normalized``,
    the ``yy-kind-nnnnn`` core that matches a case across filings, its ``role`` (one of
    ``CASE_NUMBER_ROLES``; None for a number parsed alone, out of a filing) and its ``span``.

    >>> CaseNumber("3:15-cv-00798-HSG", 3, 2015, "cv", 798, ("HSG",), (), "15-cv-00798").normalized
    '15-cv-00798'
    """

    raw: str
    office: int | None
    year: int | None
    kind: str | None
    number: int | None
    judges: tuple[str, ...] = ()
    referral_judges: tuple[str, ...] = ()
    normalized: str | None = None
    span: Span | None = None
    role: CaseNumberRole | None = attrs.field(default=None, validator=_optional_in(CASE_NUMBER_ROLES))


@attrs.frozen
class DateMention:
    """A date printed in the filing: ``text`` as printed, its ``value``, ``precision``
    ("day", or "month"/"year" for "March 2020"/"2020"), its ``role`` (one of
    ``DATE_ROLES`` or None), its ``span``.

    >>> DateMention("January 6, 2016", dt.date(2016, 1, 6), role="signed").value.isoformat()
    '2016-01-06'
    """

    text: str
    value: dt.date
    precision: Precision = attrs.field(default="day", validator=attrs.validators.in_(PRECISIONS))
    role: DateRole | None = attrs.field(default=None, validator=_optional_in(DATE_ROLES))
    span: Span | None = None


@attrs.frozen
class Passage:
    """A sentence the holdings extractor kept (an ordering sentence or a ruling): its
    ``text``, white space collapsed, and its ``span``."""

    text: str
    span: Span | None = None


@attrs.frozen
class Holdings:
    """What the filing decides: ``so_ordered`` when it prints the formula "SO ORDERED",
    the ``disposition`` (one of ``DISPOSITIONS`` or None), the court's ordering sentences
    (``orders``) and its rulings on requests (``rulings``).

    >>> Holdings(so_ordered=True, disposition="granted_in_part").disposition
    'granted_in_part'
    """

    so_ordered: bool = False
    disposition: Disposition | None = attrs.field(default=None, validator=_optional_in(DISPOSITIONS))
    orders: tuple[Passage, ...] = ()
    rulings: tuple[Passage, ...] = ()


@attrs.frozen
class Footnote:
    """A footnote split off the body: its ``marker`` ("1", "*"), its ``text``, and where
    the marker stands in the body (``anchor``); ``span`` covers its text (in the
    footnote's own text)."""

    marker: str
    text: str
    span: Span | None = None
    anchor: Span | None = None
    """Where the marker is printed in the body, when it was found."""


@attrs.frozen
class Signature:
    """Who signs for the court (``judge``: name as printed, without "Hon."; a clerk who
    signs an appellate order too), the ``title`` printed under the name, the ``date``,
    the block's ``span``."""

    judge: str | None = None
    title: str | None = None
    date: dt.date | None = None
    span: Span | None = None


@attrs.frozen
class DefinedTerm:
    """A defined short name and its full name: ``IQSystem, Inc. ("IQS")`` → ``short``
    "IQS", ``full`` "IQSystem, Inc.", and the definition's ``span``."""

    short: str
    full: str
    span: Span | None = None


CitationKind = Literal["full", "short", "supra", "id"]
"""``Citation.kind``: a full case citation, a short form ("565 F.3d at 232"), "supra", "id."."""
CITATION_KINDS: tuple[CitationKind, ...] = typing.get_args(CitationKind)


@attrs.frozen
class Citation:
    """A case-law citation (eyecite): ``raw`` as printed ("565 F.3d 228"), its ``kind``
    (one of ``CITATION_KINDS``), ``volume``, ``reporter`` and ``page`` as printed, the
    ``pin`` cite ("at 232"), the ``year`` and ``court`` of its parenthetical, the
    ``case_name`` where printed before it, and for a short form, "supra" or "id." the
    index in ``Document.citations`` of the full citation it stands for (``antecedent``);
    its ``span``."""

    raw: str
    kind: CitationKind = attrs.field(validator=attrs.validators.in_(CITATION_KINDS))
    volume: str | None = None
    reporter: str | None = None
    page: str | None = None
    pin: str | None = None
    year: int | None = None
    court: str | None = None
    case_name: str | None = None
    antecedent: int | None = None
    span: Span | None = None


REMOVED_KINDS: tuple[str, ...] = (
    "ecf_stamp", "line_numbers", "margin_text", "running_header", "running_footer",
    "page_number", "form_id", "filed_box", "separator_column", "unmapped_glyphs",
)
"""``Removed.kind``: what layout cleaning took out of the text. ``ecf_stamp`` the CM/ECF
header (and its companion lines: a bankruptcy court's second line, a wrapped "Page ID");
``line_numbers`` a pleading paper's (or transcript's) numbered column; ``margin_text``
text printed sideways in the margin, or (text input) a line repeated on most pages;
``running_header`` / ``running_footer`` a line repeated in the top / bottom band of the
neighbour pages; ``page_number`` a folio in a page-edge band; ``form_id`` a court form's
or a word processor's document id ("CV-90 (12/02)", "258445_7.doc"); ``filed_box`` a
clerk's docketing stamp ("FILED / 2021 Feb-16 AM 08:55 / U.S. DISTRICT COURT");
``separator_column`` the stacked ")" between a caption's two columns;
``unmapped_glyphs`` glyphs with no Unicode mapping that no rule could read (its text a
U+FFFD per glyph)."""


@attrs.frozen
class Removed:
    """One block layout cleaning took out of the text: its ``kind`` (one of
    ``REMOVED_KINDS``), the 1-based ``page``, the ``bbox`` enclosing it (PDF points from
    the page's top-left corner, as ``Span.bbox``; None for text input) and its ``text``
    (lines joined by newlines). Consecutive removed lines of one kind on one page are one
    block: a page's line-number column is one item."""

    kind: str = attrs.field(validator=attrs.validators.in_(REMOVED_KINDS))
    page: int | None
    bbox: BBox | None
    text: str


@attrs.frozen
class Document:
    """One parsed filing: ``source`` (its name), ``pages``, the clean body ``text`` every
    span points into, and what was read from it — ``court``, ``ecf`` (the stamp),
    ``caption``, ``case_numbers``, ``docket_citations``, ``dates``, ``document_type`` (one
    of ``DOCUMENT_TYPES``), ``holdings``, ``footnotes``, ``signature``, ``defined_terms``,
    ``citations`` (case law, read only when asked for) — plus ``warnings`` (what could not be read, and why), a batch's ``doc_id`` and
    ``removed``, what layout cleaning took out of the text (stamps, line numbers, running
    headers, …), one ``Removed`` per block.

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
    document_type: DocumentType = attrs.field(default="other")
    holdings: Holdings = Holdings()
    footnotes: tuple[Footnote, ...] = ()
    signature: Signature | None = None
    defined_terms: tuple[DefinedTerm, ...] = ()
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = ()
    doc_id: str | None = None
    removed: tuple[Removed, ...] = ()

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
