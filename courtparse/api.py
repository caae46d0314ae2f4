"""The text entry point, ``parse_text``, for text a PDF-to-text tool (or a person) already
produced; ``parse`` for PDFs lives in :mod:`courtparse.pipeline`."""

from __future__ import annotations

from courtparse.document import build_document
from courtparse.models import Document
from courtparse.textinput import read_text_input


def parse_text(text: str, source: str | None = None, *, citations: bool = False) -> Document:
    """Parse text input: the same Document a PDF gives, without page boxes.

    The ECF stamp printed in the text (if any) is parsed and taken out of the body;
    ``pages`` is known only when the text keeps the form feeds between pages.
    ``citations``: also read case-law citations (the ``citations`` extra)."""
    read = read_text_input(text)
    return build_document(
        read.clean, source=source, pages=read.pages, ecf=read.ecf, warnings=read.warnings,
        citations=citations, removed=read.removed,
    )
