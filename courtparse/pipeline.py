"""``parse``: a PDF source → a Document (read, sniff, extract, clean, assemble)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from courtparse.document import build_document
from courtparse.errors import CourtparseError
from courtparse.layout import OcrHook, clean_pages
from courtparse.models import Document
from courtparse.pdf import get_backend
from courtparse.pdf.base import Page
from courtparse.pdf.source import read_source, sniff


def _ocr_hook(data: bytes, name: str, stack: ExitStack, warnings: list[str]) -> OcrHook:
    """Recognize textless pages with one PdfOcr opened lazily for the whole file."""
    from courtparse.pdf.ocr import PdfOcr

    holder: list[PdfOcr] = []

    def hook(page: Page) -> Page | None:
        try:
            if not holder:
                holder.append(stack.enter_context(PdfOcr(data, source_name=name)))
            return holder[0].page(page.number - 1, base=page)
        except CourtparseError as exc:
            warnings.append(f"page {page.number}: OCR failed ({exc.cause})")
            return None

    return hook


def parse(source: Any, *, backend: str = "pdfplumber", ocr: bool | None = None) -> Document:
    """Parse a PDF (path, bytes, binary file object or fsspec URL) into a Document.

    ``ocr``: None recognizes pages without a text layer when the OCR extra is
    installed, True requires it, False never runs it. Pages left unread are named
    in ``Document.warnings``."""
    data, name = read_source(source)
    sniff(data, name)
    chosen = get_backend(backend)
    extra: list[str] = []
    with ExitStack() as stack:
        hook: OcrHook | None = None
        note = "OCR not installed"
        if ocr is False:
            note = "OCR disabled"
        else:
            from courtparse.pdf.ocr import ocr_available

            if ocr_available():
                hook = _ocr_hook(data, name, stack, extra)
            elif ocr:
                note = "OCR requested but not installed (pip install courtparse[ocr])"
        doc = stack.enter_context(chosen.open(data, name))
        pages: Iterator[Page] = doc.pages()
        result = clean_pages(pages, ocr=hook, ocr_note=note)
        page_count = doc.page_count
        extra.extend(getattr(doc, "warnings", ()))
    warnings = [*result.warnings, *extra]
    if not result.clean.text.strip() and not any("no text layer" in w for w in warnings):
        warnings.append("no text found on any page")
    return build_document(
        result.clean, source=name, pages=page_count, ecf=result.ecf, warnings=tuple(warnings)
    )
