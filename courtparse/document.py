"""Assemble a Document from a CleanText: run every extractor once, in order.

The only place that knows the list of extractors and their order; each extractor is a
pure function of the CleanText (and, where one field depends on another, of that field's
result, passed in as an argument: no extractor imports another). What several extractors
read — where the caption ends, the sentences, a printed form — is computed once per
document into :class:`courtparse.regions.Regions` and passed to each.

The graph, in the order it runs::

    regions ─┬─ court ──────────────┐
             ├─ re_entries (docket) ┴─ caption ─┐
             ├─ head_kind (doctype) ─ holdings ─┴─ document_type (doctype)
             ├─ dates ─ signature
             └─ case_numbers, docket_citations, defined_terms, footnotes, citations

Every extractor runs through :func:`_run`: one that raises leaves its field empty and
adds a warning naming it ("extractor dates failed: ValueError: ..."), so one bug costs
one field of one filing, never the record, and never silently. With the environment
variable ``COURTPARSE_STRICT=1`` (the test suite sets it) the exception propagates
instead, so a bug fails the tests rather than hiding in a warning.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

import attrs

from courtparse.extract.caption import extract_caption
from courtparse.extract.case_numbers import extract_case_numbers
from courtparse.extract.citations import (
    MISSING_EXTRA_WARNING,
    citations_available,
    extract_citations,
)
from courtparse.extract.court import extract_court
from courtparse.extract.dates import extract_dates
from courtparse.extract.defined_terms import extract_defined_terms
from courtparse.extract.docket import extract_docket_citations, extract_re_entries
from courtparse.extract.doctype import classify_document, head_kind
from courtparse.extract.holdings import extract_holdings
from courtparse.extract.signature import extract_signature
from courtparse.models import (
    DOCUMENT_TYPES,
    Caption,
    Citation,
    DateMention,
    DocketEntryRef,
    Document,
    EcfStamp,
    Footnote,
    Holdings,
    Removed,
    in_vocabulary,
)
from courtparse.regions import no_regions, regions_of
from courtparse.text import CleanText

T = TypeVar("T")

STRICT_ENV = "COURTPARSE_STRICT"
"""Set to 1 to let an extractor's exception propagate (tests, debugging)."""


def _strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def _run(name: str, warnings: list[str], default: T, extractor: Callable[[], T]) -> T:
    """``extractor()``, or ``default`` with a warning naming ``name`` when it raises."""
    try:
        return extractor()
    except Exception as exc:  # one extractor's bug must not cost the record; see module doc
        if _strict():
            raise
        warnings.append(f"extractor {name} failed: {type(exc).__name__}: {exc}")
        return default


def footnote_records(clean: CleanText) -> tuple[Footnote, ...]:
    out = []
    for fn in clean.footnotes:
        anchor = clean.span(*fn.anchor) if fn.anchor is not None else None
        out.append(
            Footnote(
                marker=fn.marker,
                text=fn.clean.text,
                span=fn.clean.span(0, len(fn.clean.text)),
                anchor=anchor,
            )
        )
    return tuple(out)


def _with_normalized_case(ecf: EcfStamp | None) -> EcfStamp | None:
    """The stamp with its case number's ``yy-kind-nnnnn`` core, by the case-number rule."""
    if ecf is None or ecf.normalized is not None:
        return ecf
    found = extract_case_numbers(CleanText.from_string(ecf.case_number))
    core = found[0].normalized if found else None
    return attrs.evolve(ecf, normalized=core) if core else ecf


def build_document(
    clean: CleanText,
    *,
    source: str | None,
    pages: int | None,
    ecf: EcfStamp | None = None,
    warnings: tuple[str, ...] = (),
    doc_id: str | None = None,
    citations: bool = False,
    removed: tuple[Removed, ...] = (),
) -> Document:
    """Every extractor over ``clean``; case-law citations only when ``citations`` (they
    cost as much as the rest; see ``courtparse.extract.citations``). ``removed``: what
    cleaning took out of the text, passed through to ``Document.removed``."""
    failed: list[str] = []
    cited: tuple[Citation, ...] = ()
    if citations and not citations_available():
        failed.append(MISSING_EXTRA_WARNING)
    elif citations:
        cited = _run("citations", failed, (), lambda: extract_citations(clean))
    text = clean.text
    regions = _run("regions", failed, no_regions(clean), lambda: regions_of(clean))
    court = _run("court", failed, None, lambda: extract_court(clean))
    re_entries: tuple[DocketEntryRef, ...] = _run(
        "docket", failed, (), lambda: tuple(extract_re_entries(clean, regions))
    )
    caption = _run("caption", failed, Caption(re=re_entries),
                   lambda: extract_caption(clean, court, re_entries))
    dates: tuple[DateMention, ...] = _run("dates", failed, (), lambda: tuple(extract_dates(clean, regions)))
    head = _run("doctype", failed, None, lambda: head_kind(text, regions.form_kind))
    holdings = _run("holdings", failed, Holdings(), lambda: extract_holdings(clean, regions, head))
    return Document(
        source=source,
        pages=pages,
        text=text,
        court=court,
        ecf=_run("ecf", failed, ecf, lambda: _with_normalized_case(ecf)),
        caption=caption,
        case_numbers=_run("case_numbers", failed, (), lambda: tuple(extract_case_numbers(clean, regions))),
        docket_citations=_run("docket", failed, (), lambda: tuple(extract_docket_citations(clean, regions))),
        dates=dates,
        document_type=_run(
            "doctype", failed, "other",
            lambda: in_vocabulary(
                classify_document(clean, caption, holdings, regions.form_kind, head,
                                  attachment=ecf.attachment if ecf is not None else None),
                DOCUMENT_TYPES,
            ),
        ),
        holdings=holdings,
        footnotes=_run("footnotes", failed, (), lambda: footnote_records(clean)),
        signature=_run("signature", failed, None, lambda: extract_signature(clean, list(dates))),
        defined_terms=_run("defined_terms", failed, (), lambda: tuple(extract_defined_terms(clean))),
        citations=cited,
        warnings=(*warnings, *failed),
        doc_id=doc_id,
        removed=removed,
    )
