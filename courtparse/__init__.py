"""courtparse: US court filings (PACER PDFs) into typed, trustworthy records."""

from __future__ import annotations

from courtparse.errors import (
    CourtparseError,
    DamagedPdfError,
    EncryptedPdfError,
    LimitExceededError,
    NotAPdfError,
    NoTextError,
    ParseTimeoutError,
    SourceError,
)
from courtparse.models import (
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
from courtparse.pdf.limits import Limits
from courtparse.pipeline import parse, parse_text
from courtparse.results import read_documents, read_table
from courtparse.viewer import show

__version__ = "0.1.0"

__all__ = [
    "Caption",
    "CaseNumber",
    "Citation",
    "Court",
    "CourtparseError",
    "DamagedPdfError",
    "DateMention",
    "DefinedTerm",
    "DocketCitation",
    "DocketEntryRef",
    "Document",
    "EcfStamp",
    "EncryptedPdfError",
    "Footnote",
    "Holdings",
    "LimitExceededError",
    "Limits",
    "NoTextError",
    "NotAPdfError",
    "ParseTimeoutError",
    "Party",
    "Passage",
    "Removed",
    "Signature",
    "SourceError",
    "Span",
    "__version__",
    "parse",
    "parse_text",
    "read_documents",
    "read_table",
    "show",
]
