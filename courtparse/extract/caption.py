"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import Caption
from courtparse.text import CleanText


def extract_caption(clean: CleanText) -> Caption:
    return Caption()
