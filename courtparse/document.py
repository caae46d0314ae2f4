"""Assemble a Document from a CleanText: run every extractor once, in order.

The only place that knows the list of extractors; each extractor is a pure function
of the CleanText (and, where one field depends on another, of that field's result).
"""

from __future__ import annotations

from courtparse.extract.caption import extract_caption
from courtparse.extract.case_numbers import extract_case_numbers
from courtparse.extract.court import extract_court
from courtparse.extract.dates import extract_dates
from courtparse.extract.defined_terms import extract_defined_terms
from courtparse.extract.docket import extract_docket_citations
from courtparse.extract.doctype import classify_document
from courtparse.extract.holdings import extract_holdings
from courtparse.extract.signature import extract_signature
from courtparse.models import Document, EcfStamp, Footnote
from courtparse.text import CleanText


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


def build_document(
    clean: CleanText,
    *,
    source: str | None,
    pages: int | None,
    ecf: EcfStamp | None = None,
    warnings: tuple[str, ...] = (),
    doc_id: str | None = None,
) -> Document:
    caption = extract_caption(clean)
    dates = extract_dates(clean)
    holdings = extract_holdings(clean)
    return Document(
        source=source,
        pages=pages,
        text=clean.text,
        court=extract_court(clean),
        ecf=ecf,
        caption=caption,
        case_numbers=tuple(extract_case_numbers(clean)),
        docket_citations=tuple(extract_docket_citations(clean)),
        dates=tuple(dates),
        document_type=classify_document(clean, caption, holdings),
        holdings=holdings,
        footnotes=footnote_records(clean),
        signature=extract_signature(clean, dates),
        defined_terms=tuple(extract_defined_terms(clean)),
        warnings=warnings,
        doc_id=doc_id,
    )
