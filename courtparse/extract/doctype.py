"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import Caption, Holdings
from courtparse.text import CleanText


def classify_document(clean: CleanText, caption: Caption, holdings: Holdings) -> str:
    return "other"
