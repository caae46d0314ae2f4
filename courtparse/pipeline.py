"""``parse``: a PDF source → a Document (read, sniff, extract, clean, assemble)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from functools import cache
from typing import Any

from courtparse.document import build_document
from courtparse.errors import CourtparseError
from courtparse.layout import OcrHook, clean_pages
from courtparse.models import Document
from courtparse.pdf import get_backend
from courtparse.pdf.base import Page, page_list
from courtparse.pdf.source import read_source, sniff

DEFAULT_BACKEND = "pdfium"
"""The backend ``parse``, the CLI and ``courtparse batch`` use unless told otherwise:
pdfium is several times faster than pdfplumber and scores the same on the labeled
corpus (benchmarks/accuracy.py); pdfplumber stays the reference."""


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None elsewhere (macOS, musl, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def _release_freed_memory() -> None:
    """Hand the heap the PDF library freed back to the OS before the extractors run.

    PDFium and pdfminer grow their per-document caches with every page of a long
    filing; closing the document frees them, but glibc keeps freed heap in the
    process, so the extractors' allocations came on top of it and the peak of a
    391-page filing was 1.8x a 20-page one's (issue 6). A few ms per call."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _ocr_hook(data: bytes, name: str, stack: ExitStack, warnings: list[str]) -> OcrHook:
    """Recognize textless pages with one PdfOcr opened lazily for the whole file."""
    from courtparse.pdf.ocr import PdfOcr

    holder: list[PdfOcr] = []
    # Pages OCR read turned (scanned sideways or upside down), said once at the end.
    stack.callback(lambda: warnings.extend(holder[0].warnings if holder else ()))

    def hook(page: Page) -> Page | None:
        try:
            if not holder:
                holder.append(stack.enter_context(PdfOcr(data, source_name=name)))
            return holder[0].page(page.number - 1, base=page)
        except CourtparseError as exc:
            warnings.append(f"page {page.number}: OCR failed ({exc.cause})")
            return None

    return hook




def _read_missing_with_plumber(
    pages: Iterator[Page],
    no_chars: dict[int, int],
    data: bytes,
    name: str,
    stack: ExitStack,
    fallback: list[int],
    warnings: list[str],
) -> Iterator[Page]:
    """The pages, with each page where PDFium saw text objects but no characters
    (caed.338083.91.0: text in form XObjects) read by pdfplumber instead. pdfplumber
    is opened once, on the first such page; only those pages pay for it."""
    plumber: list[Any] = []
    failed = False
    for page in pages:
        if page.chars or page.number not in no_chars or failed:
            yield page
            continue
        try:
            if not plumber:
                from courtparse.pdf.plumber import PdfplumberBackend

                plumber.append(stack.enter_context(PdfplumberBackend().open(data, name)))
            other = plumber[0].page(page.number)
        except Exception as exc:  # pdfminer cannot read it either: keep PDFium's page
            failed = not plumber  # the file did not open: do not retry every page
            warnings.append(
                f"page {page.number}: pdfium found no characters in "
                f"{no_chars[page.number]} text objects and pdfplumber could not read it "
                f"({type(exc).__name__}: {exc})"
            )
            yield page
            continue
        if other.chars:
            fallback.append(page.number)
            yield other
        else:
            yield page


def parse(
    source: Any, *, backend: str = DEFAULT_BACKEND, ocr: bool | None = None, citations: bool = False
) -> Document:
    """Parse a PDF (path, bytes, binary file object or fsspec URL) into a Document.

    ``ocr``: None recognizes pages without a text layer when the OCR extra is
    installed, True requires it, False never runs it. Pages left unread are named
    in ``Document.warnings``. ``citations``: also read case-law citations (the
    ``citations`` extra; about as costly as the rest of the parse)."""
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
        no_chars: dict[int, int] | None = getattr(doc, "no_chars", None)
        fallback: list[int] = []
        if no_chars is not None:
            pages = _read_missing_with_plumber(pages, no_chars, data, name, stack, fallback, extra)
        result = clean_pages(pages, ocr=hook, ocr_note=note)
        page_count = doc.page_count
        extra.extend(getattr(doc, "warnings", ()))
        if fallback:
            extra.append(
                f"{page_list(fallback)}: pdfium found text objects but no characters; "
                "read with the pdfplumber backend"
            )
    # Nothing reads the PDF any more: drop its bytes (a long filing's are MBs) and the
    # library's freed caches before the extractors allocate.
    del data, doc, pages, stack, hook
    _release_freed_memory()
    warnings = [*result.warnings, *extra]
    if not result.clean.text.strip() and not any("no text layer" in w for w in warnings):
        warnings.append("no text found on any page")
    return build_document(
        result.clean, source=name, pages=page_count, ecf=result.ecf, warnings=tuple(warnings),
        citations=citations,
    )
