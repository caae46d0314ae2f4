"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import DefinedTerm
from courtparse.text import CleanText


def extract_defined_terms(clean: CleanText) -> list[DefinedTerm]:
    return []
