"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import DateMention, Signature
from courtparse.text import CleanText


def extract_signature(clean: CleanText, dates: list[DateMention]) -> Signature | None:
    return None
