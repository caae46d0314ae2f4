"""The entry points: ``parse``, a PDF source → a Document (read, sniff, extract, clean,
assemble), and ``parse_text``, text a PDF-to-text tool (or a person) already produced →
the same Document without page boxes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from courtparse.document import build_document
from courtparse.errors import CourtparseError, DamagedPdfError
from courtparse.layout import OcrHook, clean_pages
from courtparse.models import Document
from courtparse.pdf import get_backend
from courtparse.pdf.base import TEXT, Char, Page, page_list
from courtparse.pdf.limits import DEFAULT_LIMITS, Limits, scan_streams, stream_warnings
from courtparse.pdf.source import read_source, sniff
from courtparse.serialize import REPLACEMENT_CHARACTER, SURROGATES, valid_unicode
from courtparse.textinput import read_text_input

DEFAULT_BACKEND = "pdfium"
"""The backend ``parse``, the CLI and ``courtparse batch`` use unless told otherwise:
pdfium is several times faster than pdfplumber and scores the same on the labeled
corpus (benchmarks/accuracy.py); pdfplumber stays the reference."""


def _ocr_hook(
    data: bytes, name: str, stack: ExitStack, warnings: list[str], limits: Limits
) -> OcrHook:
    """Recognize textless pages with one PdfOcr opened lazily for the whole file."""
    from courtparse.pdf.ocr import PdfOcr

    holder: list[PdfOcr] = []
    # Pages OCR read turned (scanned sideways or upside down), said once at the end.
    stack.callback(lambda: warnings.extend(holder[0].warnings if holder else ()))

    def hook(page: Page) -> Page | None:
        try:
            if not holder:
                holder.append(
                    stack.enter_context(
                        PdfOcr(data, source_name=name, max_pixels=limits.max_render_pixels)
                    )
                )
            return holder[0].page(page.number - 1, base=page)
        except CourtparseError as exc:
            warnings.append(f"page {page.number}: OCR failed ({exc.cause})")
            return None

    return hook




# A font's ToUnicode map can map a glyph to a UTF-16 surrogate (<D800>, in
# corpus/bad/lone_surrogate_tounicode.pdf); PDFium then reports it as a character. Its
# high and low halves come as two glyphs of one character.
_HIGH = range(0xD800, 0xDC00)
_LOW = range(0xDC00, 0xE000)


def _valid_unicode(chars: list[Char]) -> tuple[list[Char], int]:
    """The characters with each surrogate pair (in one glyph or two neighbours) joined
    into its character and each lone surrogate replaced by U+FFFD, which keeps one
    character per glyph so offsets and boxes stay; and how many were replaced."""
    out: list[Char] = []
    replaced = 0
    i = 0
    while i < len(chars):
        ch = chars[i]
        text = ch[TEXT]
        if SURROGATES.search(text) is None:
            out.append(ch)
            i += 1
            continue
        nxt = chars[i + 1] if i + 1 < len(chars) else None
        if (
            nxt is not None and len(text) == 1 and ord(text) in _HIGH
            and len(nxt[TEXT]) == 1 and ord(nxt[TEXT]) in _LOW
        ):
            text, ch = text + nxt[TEXT], (text, ch[1], nxt[2], *ch[3:])
            i += 1
        fixed = valid_unicode(text)
        replaced += fixed.count(REPLACEMENT_CHARACTER) - text.count(REPLACEMENT_CHARACTER)
        out.append((fixed, *ch[1:]))
        i += 1
    return out, replaced


def _without_surrogates(pages: Iterator[Page], warnings: list[str]) -> Iterator[Page]:
    """The pages with valid Unicode text (see ``_valid_unicode``); the pages where a
    character was replaced are named in ``warnings``."""
    bad: list[int] = []
    count = 0
    for page in pages:
        if any(SURROGATES.search(c[TEXT]) for c in page.chars):
            chars, replaced = _valid_unicode(page.chars)
            page = page._replace(chars=chars)
            if replaced:
                bad.append(page.number)
                count += replaced
        yield page
    if bad:
        warnings.append(
            f"{page_list(bad)}: {count} character{'s' if count != 1 else ''} mapped to no "
            "valid Unicode (a lone UTF-16 surrogate in the font's ToUnicode map), "
            "replaced with U+FFFD"
        )


def _within_page_chars(pages: Iterator[Page], limit: int, warnings: list[str]) -> Iterator[Page]:
    """The pages with at most ``limit`` characters each (the first ones, in drawing
    order); the pages cut are named in ``warnings``."""
    cut: list[int] = []
    for page in pages:
        if len(page.chars) > limit:
            cut.append(page.number)
            page = page._replace(chars=page.chars[:limit])
        yield page
    if cut:
        warnings.append(
            f"{page_list(cut)}: more than {limit:,} characters; the rest of the page "
            "was left out (Limits.max_page_chars)"
        )


def parse(
    source: Any,
    *,
    backend: str = DEFAULT_BACKEND,
    ocr: bool | None = None,
    citations: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Document:
    """Parse a PDF (path, bytes, binary file object or fsspec URL) into a Document.

    ``ocr``: None recognizes pages without a text layer when the OCR extra is
    installed, True requires it, False never runs it. Pages left unread are named
    in ``Document.warnings``. ``citations``: also read case-law citations (the
    ``citations`` extra; about as costly as the rest of the parse). ``limits``: what
    one file may cost (decompressed streams, characters per page, OCR render size;
    see ``Limits``); past one, a ``LimitExceededError`` or a warning."""
    data, name = read_source(source)
    sniff(data, name)
    chosen = get_backend(backend)
    extra: list[str] = []
    # Encrypted streams cannot be inflated without the key: the backends decrypt them.
    problems = scan_streams(data, name, limits) if b"/Encrypt" not in data else []
    with ExitStack() as stack:
        hook: OcrHook | None = None
        note = "OCR not installed"
        if ocr is False:
            note = "OCR disabled"
        else:
            from courtparse.pdf.ocr import ocr_available

            if ocr_available():
                # Pages still textless with OCR installed are pages OCR failed on
                # (each named with its cause by the hook).
                note = "OCR failed"
                hook = _ocr_hook(data, name, stack, extra, limits)
            elif ocr:
                note = "OCR requested but not installed (pip install courtparse[ocr])"
        doc = stack.enter_context(chosen.open(data, name))
        pages = _without_surrogates(doc.pages(), extra)
        pages = _within_page_chars(pages, limits.max_page_chars, extra)
        result = clean_pages(pages, ocr=hook, ocr_note=note)
        page_count = doc.page_count
        if page_count == 0:
            # pdfminer opens a file whose page tree it cannot read as a PDF of no pages
            # (corpus/bad/pages_is_not_a_dict.pdf), where PDFium refuses it: the same
            # file is damaged under either backend.
            raise DamagedPdfError(name, "damaged PDF: no page could be found (broken page tree)")
        extra.extend(doc.warnings)
        if problems:
            extra.extend(stream_warnings(data, problems))
    # Nothing reads the PDF any more: drop its bytes (a long filing's are MBs) before the
    # extractors allocate. (A batch worker hands the freed heap back to the OS after each
    # file: ``batch.release_freed_memory``.)
    del data, doc, pages, stack, hook
    warnings = [*result.warnings, *extra]
    if not result.clean.text.strip() and not any("no text layer" in w for w in warnings):
        warnings.append("no text found on any page")
    return build_document(
        result.clean, source=name, pages=page_count, ecf=result.ecf, warnings=tuple(warnings),
        citations=citations, removed=result.removed,
    )


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
