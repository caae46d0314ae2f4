"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import CaseNumber
from courtparse.text import CleanText


def extract_case_numbers(clean: CleanText) -> list[CaseNumber]:
    return []
