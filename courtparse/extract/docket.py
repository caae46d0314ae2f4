"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import DocketCitation, DocketEntryRef
from courtparse.text import CleanText


def extract_docket_citations(clean: CleanText) -> list[DocketCitation]:
    return []


def extract_re_entries(clean: CleanText) -> list[DocketEntryRef]:
    return []
