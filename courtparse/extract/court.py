"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import Court
from courtparse.text import CleanText


def extract_court(clean: CleanText) -> Court | None:
    return None
