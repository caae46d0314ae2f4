"""The two entry points: ``parse`` for PDFs, ``parse_text`` for text already extracted."""

from __future__ import annotations

from courtparse.document import build_document
from courtparse.models import Document
from courtparse.textinput import clean_text_input


def parse_text(text: str, source: str | None = None) -> Document:
    """Parse text that a PDF-to-text tool (or a person) already produced."""
    clean = clean_text_input(text)
    return build_document(clean, source=source, pages=None, ecf=clean_stamp(clean))


def clean_stamp(_clean: object) -> None:
    return None
