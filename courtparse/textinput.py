"""PLACEHOLDER: text-input cleaning rules (in progress this session)."""

from __future__ import annotations

from courtparse.text import CleanText


def clean_text_input(text: str) -> CleanText:
    return CleanText.from_string(text)
