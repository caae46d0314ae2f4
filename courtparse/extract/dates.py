"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import DateMention
from courtparse.text import CleanText


def extract_dates(clean: CleanText) -> list[DateMention]:
    return []
