"""The reference backend: pdfplumber (pdfminer.six) characters.

Slower than pdfium but pure Python and the behaviour the layout rules and labels
were written against; the pdfium backend is tested for agreement with this one.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSEOF
from pdfplumber.utils.exceptions import PdfminerException

from courtparse.errors import CourtparseError, DamagedPdfError, EncryptedPdfError
from courtparse.pdf import base_font_name, is_upright
from courtparse.pdf.base import Char, Page


class PdfplumberBackend:
    name = "pdfplumber"

    def open(self, data: bytes, source_name: str) -> AbstractContextManager[PlumberDocument]:
        return _open(data, source_name)


@contextmanager
def _open(data: bytes, source_name: str) -> Iterator[PlumberDocument]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        # The page tree is read here so a broken one fails at open, not mid-iteration.
        with _recursion_limit(TREE_DEPTH_FRAMES):
            count = len(pdf.pages)
    except Exception as exc:
        raise map_error(exc, source_name) from exc
    numbers, missing = _tree_positions(pdf, count)
    try:
        doc = PlumberDocument(pdf, source_name, count + len(missing), numbers)
        if missing:
            # pdfminer leaves out a page-tree entry it cannot resolve without a word;
            # PDFium counts it and fails to load it (corpus/bad/missing_page_kid.pdf).
            doc.warnings.extend(
                f"page {n}: unreadable, skipped (the page tree's entry is missing)" for n in missing
            )
        yield doc
    finally:
        # Closing a damaged PDF re-reads its page tree; that must not mask the real error.
        with suppress(Exception):
            pdf.close()


TREE_DEPTH_FRAMES = 20_000
"""Python frames allowed while pdfminer walks the page tree: it recurses once per
level (two frames), so a tree 1,000 levels deep (corpus/bad/sp.deeptree1000.pdf,
which PDFium reads) passed the default 1,000 and raised RecursionError."""


@contextmanager
def _recursion_limit(frames: int) -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, frames))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


class PlumberDocument:
    """An open PDF. ``warnings`` names each page that could not be read and was skipped."""

    def __init__(
        self, pdf: Any, source_name: str, page_count: int, numbers: list[int] | None = None
    ) -> None:
        self._pdf = pdf
        self.source_name = source_name
        self._page_count = page_count
        self._numbers = numbers
        """The page number of each page pdfminer found (its place in the page tree)."""
        self.warnings: list[str] = []

    @property
    def page_count(self) -> int:
        return self._page_count

    def page(self, number: int) -> Page:
        """Page ``number`` (1-based) alone: for reading single pages another backend
        could not (the pdfium backend's fallback). Raises what pdfminer raises."""
        index = self._numbers.index(number) if self._numbers else number - 1
        page = self._pdf.pages[index]
        try:
            return _read_page(page, number)
        finally:
            page.close()

    def pages(self) -> Iterator[Page]:
        yielded = 0
        failures: list[str] = []
        for index, page in enumerate(self._pdf.pages):
            number = self._numbers[index] if self._numbers else index + 1
            try:
                result = _read_page(page, number)
            except Exception as exc:
                cause = describe(exc)
                failures.append(cause)
                self.warnings.append(f"page {number}: unreadable, skipped ({cause})")
                continue
            finally:
                # pdfplumber keeps every parsed object on the Page until told
                # otherwise (pdfplumber #193, #1229): release before moving on.
                page.close()
                _drop_object_cache(self._pdf)
            yielded += 1
            yield result
        if yielded == 0 and failures:
            raise DamagedPdfError(self.source_name, f"no page could be read ({failures[0]})")
        if yielded == 0 and self._page_count:
            # Every entry of the page tree is missing (gov.uscourts.caed.380641.4.0
            # with one byte flipped), where PDFium refuses the file.
            raise DamagedPdfError(
                self.source_name, "damaged PDF: no page could be read (the page tree's entries are missing)"
            )


_TREE_WALK_CAP = 100_000
"""Page-tree nodes visited when placing pages (a tree of more is not checked)."""


def _tree_positions(pdf: Any, found: int) -> tuple[list[int] | None, list[int]]:
    """(the page number of each page pdfminer found, the page numbers of entries it
    left out), walking the page tree as pdfminer does but counting an entry that
    does not resolve as a page. (None, []) when the walk does not end at ``found``
    pages."""
    from pdfminer.pdftypes import PDFObjRef, resolve1
    from pdfminer.psparser import LIT

    try:
        root = pdf.doc.catalog.get("Pages")
    except Exception:
        return None, []
    numbers: list[int] = []
    missing: list[int] = []
    visited: set[int] = set()
    stack: list[Any] = [root]
    budget = _TREE_WALK_CAP
    while stack and budget > 0:
        budget -= 1
        node = stack.pop()
        if isinstance(node, PDFObjRef):
            if node.objid in visited:
                continue
            visited.add(node.objid)
        try:
            value = resolve1(node)
        except Exception:
            value = None
        if not isinstance(value, dict):
            if value is None and isinstance(node, PDFObjRef):
                missing.append(len(numbers) + len(missing) + 1)
            continue
        kind = value.get("Type") or value.get("type")
        if kind is LIT("Pages") and "Kids" in value:
            kids = resolve1(value["Kids"])
            if isinstance(kids, list):
                stack.extend(reversed(kids))
        elif kind is LIT("Page"):
            numbers.append(len(numbers) + len(missing) + 1)
    if stack or len(numbers) != found:
        return None, []
    return numbers, missing


def _drop_object_cache(pdf: Any) -> None:
    """pdfminer's document caches every object it has resolved, content streams with
    their decoded bytes included, so a long filing's memory grows page after page.
    Objects a later page needs (fonts, shared resources) are read again on demand."""
    cache = getattr(getattr(pdf, "doc", None), "_cached_objs", None)
    if isinstance(cache, dict):
        cache.clear()


def _read_page(page: Any, number: int) -> Page:
    width = float(page.width)
    height = float(page.height)
    chars = [_char(c) for c in page.chars]
    return Page(number, width, height, chars, _image_area(page.images, width, height))


SIZE_DIGITS = 3
"""Decimals (of a point) a char's size is rounded to; see ``_char``."""


def _char(c: dict[str, Any]) -> Char:
    x0, x1 = float(c["x0"]), float(c["x1"])
    top, bottom = float(c["top"]), float(c["bottom"])
    a, b, c_, d = c["matrix"][:4]
    size = float(c["size"])
    if abs(b) > abs(a):
        # pdfminer's size is the box height; on text turned 90° that is the glyph's
        # advance, not its size. The em size is then the box width.
        size = x1 - x0
    # pdfminer's size is a difference of two box edges, so one font size comes out as
    # several floats by the line's position (10.02000000000001, 10.019999999999982).
    # Rounded, every later comparison sees one value per font size, as with pdfium
    # (font size x matrix scale, no such noise): layout's count of characters per size
    # split cand.306945.1244's 10.02pt text three ways.
    return (
        c["text"],
        x0,
        x1,
        top,
        bottom,
        round(size, SIZE_DIGITS),
        is_upright(a, b, c_, d),
        base_font_name(c.get("fontname") or ""),
    )


def _image_area(images: list[dict[str, Any]], width: float, height: float) -> float:
    """Share of the page covered by images (summed, so overlaps count twice; capped at 1)."""
    page_area = width * height
    if page_area <= 0:
        return 0.0
    total = 0.0
    for im in images:
        x0 = max(0.0, float(im["x0"]))
        x1 = min(width, float(im["x1"]))
        top = max(0.0, float(im["top"]))
        bottom = min(height, float(im["bottom"]))
        if x1 > x0 and bottom > top:
            total += (x1 - x0) * (bottom - top)
    return min(1.0, total / page_area)


_CAUSE_CHARS = 160
"""Characters of a pdfminer message kept in a warning or error."""


def describe(exc: BaseException) -> str:
    """A short cause for a pdfminer failure, unwrapping pdfplumber's wrapper."""
    inner = unwrap(exc)
    text = str(inner).strip()
    if len(text) > _CAUSE_CHARS:
        # pdfminer puts whole objects in its messages (a font's 256 widths)
        text = text[:_CAUSE_CHARS] + "…"
    name = type(inner).__name__
    return f"{name}: {text}" if text else name


def unwrap(exc: BaseException) -> BaseException:
    while (
        isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException)
    ):
        exc = exc.args[0]
    return exc


def map_error(exc: BaseException, source_name: str) -> CourtparseError:
    """Translate anything pdfplumber/pdfminer raised into one of our errors."""
    inner = unwrap(exc)
    if isinstance(inner, CourtparseError):
        return inner
    if isinstance(inner, PDFEncryptionError):
        return EncryptedPdfError(
            source_name, f"encrypted PDF, cannot read without the password ({describe(inner)})"
        )
    if isinstance(inner, (PSEOF, EOFError)):
        return DamagedPdfError(source_name, f"truncated PDF ({describe(inner)})")
    return DamagedPdfError(source_name, f"damaged PDF ({describe(inner)})")
