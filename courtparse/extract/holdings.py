"""PLACEHOLDER: to be replaced by the real extractor (in progress this session)."""

from __future__ import annotations

from courtparse.models import Holdings
from courtparse.text import CleanText


def extract_holdings(clean: CleanText) -> Holdings:
    return Holdings()
