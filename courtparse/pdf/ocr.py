"""Optional OCR for pages printed as images (``pip install courtparse[ocr]``).

About a fifth of PACER filings are scans: a page image and, at most, the ECF stamp
as text. This module renders such a page with pypdfium2, recognizes it with the
Tesseract engine (Debian's ``tesseract-ocr``, through pytesseract) and returns the
words as ordinary ``Char`` records in PDF points, so the page goes through the same
layout cleaning as a text page and spans keep their page and box.

Like the rest of ``courtparse.pdf`` it knows pixels, glyphs and boxes only. Without
pytesseract or the tesseract binary this module still imports; ``ocr_available()``
is then False and the pipeline warns that OCR is not installed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from types import TracebackType
from typing import TYPE_CHECKING, Any

from courtparse.errors import (
    CourtparseError,
    DamagedPdfError,
    EncryptedPdfError,
    NotAPdfError,
    NoTextError,
)
from courtparse.pdf.base import BOTTOM, TEXT, TOP, X0, X1, Char, Page, make_char

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["OCR_FONT", "OcrError", "PdfOcr", "ocr_available", "ocr_page", "words_to_chars"]

OCR_FONT = "ocr"
"""The font (``Char[FONT]``) of every recognized glyph, so later stages can tell OCR text apart."""

_SIZE_PER_HEIGHT = 1 / 0.75
"""Font size from a word's box height. A box spans cap height (~0.66 em, "CASE") to
ascender-plus-descender (~0.9 em, "(for"); 0.75 em is the middle, within ±20%."""

_OVERLAP_DROP = 0.3
"""An OCR word is dropped when this share of its box is covered by text-layer chars
(the ECF stamp is both text and pixels on a scanned page: keep the exact text)."""


class OcrError(NoTextError):
    """Tesseract failed or timed out on a page. A ``NoTextError``: that page yields
    no text, and a caller may go on with the others."""


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """True when pytesseract imports and the tesseract binary runs. Cached: the
    answer is asked once per scanned page and costs a process spawn."""
    try:
        import pytesseract
    except ImportError:
        return False
    cmd = str(pytesseract.pytesseract.tesseract_cmd)
    if shutil.which(cmd) is None:
        return False
    try:
        pytesseract.get_tesseract_version()
    except Exception:  # any failure to run the engine means "not available"
        return False
    return True


# Tesseract's OpenMP threads are a pessimisation: one page took 1.8 s single-threaded
# and 44 s with two threads on a busy two-core machine. pytesseract passes os.environ
# to the engine, so OMP_THREAD_LIMIT=1 is set while an OCR call runs (unless the user
# set it) and restored after the last concurrent call ends.
_env_lock = threading.Lock()
_env_users = 0
_env_set_by_us = False


@contextmanager
def _single_threaded_engine() -> Iterator[None]:
    global _env_users, _env_set_by_us
    with _env_lock:
        if _env_users == 0 and "OMP_THREAD_LIMIT" not in os.environ:
            os.environ["OMP_THREAD_LIMIT"] = "1"
            _env_set_by_us = True
        _env_users += 1
    try:
        yield
    finally:
        with _env_lock:
            _env_users -= 1
            if _env_users == 0 and _env_set_by_us:
                os.environ.pop("OMP_THREAD_LIMIT", None)
                _env_set_by_us = False


def words_to_chars(
    data: dict[str, list[Any]], scale: float, *, min_conf: float = 0.0
) -> list[Char]:
    """Tesseract's word table (``image_to_data`` as a dict, pixel boxes) → ``Char``
    records in points (``scale`` = points per pixel), in Tesseract's reading order.

    Each word's box is split evenly among its characters, which share its top and
    bottom; a space char spans the gap to the next word of the same line, as a text
    layer prints one, so lines read as words whatever the layout does with gaps.
    Words with negative confidence (Tesseract's "not a word") or no text are dropped.
    """
    texts = data.get("text", [])
    out: list[Char] = []
    prev_line: tuple[int, int, int] | None = None
    prev_x1 = prev_top = prev_bottom = 0.0
    for i, raw in enumerate(texts):
        if int(data["level"][i]) != 5:
            continue
        text = "".join(str(raw).split())
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if not text or conf < 0 or conf < min_conf:
            continue
        x0 = float(data["left"][i]) * scale
        top = float(data["top"][i]) * scale
        width = float(data["width"][i]) * scale
        height = float(data["height"][i]) * scale
        if width <= 0 or height <= 0:
            continue
        x1 = x0 + width
        bottom = top + height
        size = height * _SIZE_PER_HEIGHT
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if line == prev_line:
            # Touching or overlapping boxes (tight kerning) still get a (thin) space.
            gap0 = min(prev_x1, x0)
            out.append(
                make_char(
                    " ",
                    gap0,
                    max(prev_x1, x0, gap0 + 0.01),
                    min(top, prev_top),
                    max(bottom, prev_bottom),
                    size,
                    True,
                    OCR_FONT,
                )
            )
        step = width / len(text)
        for k, ch in enumerate(text):
            cx0 = x0 + k * step
            cx1 = x1 if k == len(text) - 1 else cx0 + step
            out.append((ch, cx0, cx1, top, bottom, size, True, OCR_FONT))
        prev_line, prev_x1, prev_top, prev_bottom = line, x1, top, bottom
    return out


def _covered_share(char: Char, boxes: Sequence[Char]) -> float:
    area = (char[X1] - char[X0]) * (char[BOTTOM] - char[TOP])
    if area <= 0:
        return 1.0
    covered = 0.0
    for b in boxes:
        w = min(char[X1], b[X1]) - max(char[X0], b[X0])
        h = min(char[BOTTOM], b[BOTTOM]) - max(char[TOP], b[TOP])
        if w > 0 and h > 0:
            covered += w * h
    return covered / area


def _drop_known(ocr_chars: list[Char], known: Sequence[Char]) -> list[Char]:
    """OCR chars minus the words the text layer already prints (whole words go)."""
    boxes = [c for c in known if not c[TEXT].isspace()]
    if not boxes:
        return ocr_chars
    out: list[Char] = []
    word: list[Char] = []

    def flush() -> None:
        if not word:
            return
        box = make_char(
            "",
            min(c[X0] for c in word),
            max(c[X1] for c in word),
            word[0][TOP],
            word[0][BOTTOM],
            0.0,
            True,
        )
        near = [b for b in boxes if b[BOTTOM] > box[TOP] and b[TOP] < box[BOTTOM]]
        if _covered_share(box, near) < _OVERLAP_DROP:
            out.extend(word)
        elif out and out[-1][TEXT] == " ":
            out.pop()
        word.clear()

    for c in ocr_chars:
        if c[TEXT] == " ":
            flush()
            if out and out[-1][TEXT] != " ":
                out.append(c)
            continue
        if word and (c[TOP] != word[-1][TOP] or abs(c[X0] - word[-1][X1]) > 1e-3):
            flush()  # a new line starts without a space char
        word.append(c)
    flush()
    while out and out[-1][TEXT] == " ":
        out.pop()
    return out


def _open_error(data: bytes, source_name: str | None, exc: Exception) -> CourtparseError:
    """pdfium's one "failed to load" → which of our errors the bytes deserve."""
    if b"%PDF" not in data[:1024]:
        return NotAPdfError(source_name, "not a PDF (no %PDF header)")
    if "password" in str(exc).lower():
        return EncryptedPdfError(source_name, "the PDF needs a password")
    return DamagedPdfError(source_name, f"cannot open for OCR: {exc}")


class PdfOcr:
    """One PDF opened for OCR; ``page(index)`` recognizes one page.

    Open it once per document (a context manager) and call ``page`` for each
    scanned page: the PDF is parsed once, and each page costs one render and one
    Tesseract run (~2 s at 300 dpi on one core). Accepts raw bytes or an already
    open ``pypdfium2.PdfDocument``, which it then does not close.
    """

    def __init__(
        self,
        source: bytes | pypdfium2.PdfDocument,
        *,
        source_name: str | None = None,
        dpi: int = 300,
        lang: str = "eng",
        psm: int = 3,
        min_conf: float = 0.0,
        timeout: float = 120.0,
    ) -> None:
        import pypdfium2

        self.source_name = source_name
        self.dpi = dpi
        self.lang = lang
        self.psm = psm
        self.min_conf = min_conf
        self.timeout = timeout
        if isinstance(source, pypdfium2.PdfDocument):
            self._doc = source
            self._owned = False
        else:
            try:
                self._doc = pypdfium2.PdfDocument(source)
            except pypdfium2.PdfiumError as exc:
                raise _open_error(source, source_name, exc) from exc
            self._owned = True

    def __enter__(self) -> PdfOcr:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._doc.close()
            self._owned = False

    @property
    def page_count(self) -> int:
        return len(self._doc)

    def page(self, index: int, *, base: Page | None = None) -> Page:
        """Recognize page ``index`` (0-based) into a ``Page`` of OCR chars.

        With ``base`` (the text backend's ``Page`` for the same page) the result
        keeps base's number, size, image share and its chars (the stamp a scanned
        page often carries as text), followed by the OCR words those chars do not
        already cover. Raises ``OcrError`` when Tesseract is missing or fails and
        ``DamagedPdfError`` when the page cannot be rendered.
        """
        if not ocr_available():
            raise OcrError(
                self.source_name,
                "OCR is not installed (pip install courtparse[ocr] and the tesseract-ocr package)",
            )
        if not 0 <= index < len(self._doc):
            raise IndexError(f"page index {index} out of range for {len(self._doc)} pages")
        scale = self.dpi / 72
        try:
            pdf_page = self._doc[index]
            try:
                width, height = pdf_page.get_size()
                image = pdf_page.render(scale=scale, grayscale=True).to_pil()
            finally:
                pdf_page.close()
        except Exception as exc:  # pdfium raises bare PdfiumError/OSError on broken pages
            raise DamagedPdfError(
                self.source_name, f"cannot render page {index + 1} for OCR: {exc}"
            ) from exc
        if image.mode != "L":
            image = image.convert("L")
        data = self._recognize(image, index)
        if (width > height) != (image.width > image.height):
            width, height = height, width  # /Rotate 90 or 270: the render is turned
        # Pixels → points from the rendered size, which rounds, not the nominal scale.
        px_scale = width / image.width if image.width else 1 / scale
        chars = words_to_chars(data, px_scale, min_conf=self.min_conf)
        if base is None:
            return Page(index + 1, width, height, chars, 1.0)
        return base._replace(chars=[*base.chars, *_drop_known(chars, base.chars)])

    def _recognize(self, image: Any, index: int) -> dict[str, list[Any]]:
        import pytesseract

        # A PGM file: pytesseract would otherwise write a PNG, whose compression
        # costs ~0.2 s a page; Tesseract reads PNM directly.
        fd, path = tempfile.mkstemp(prefix="courtparse-ocr-", suffix=".pgm")
        os.close(fd)
        try:
            image.save(path)
            with _single_threaded_engine():
                result: dict[str, list[Any]] = pytesseract.image_to_data(
                    path,
                    lang=self.lang,
                    config=f"--psm {self.psm}",
                    output_type=pytesseract.Output.DICT,
                    timeout=self.timeout,
                )
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            raise OcrError(
                self.source_name, f"tesseract failed on page {index + 1}: {exc}"
            ) from exc
        finally:
            with suppress(OSError):
                os.unlink(path)
        return result


def ocr_page(
    data: bytes, page_index: int, *, dpi: int = 300, source_name: str | None = None
) -> Page:
    """Recognize one page of PDF bytes. For several pages of one file use ``PdfOcr``,
    which parses the PDF once."""
    with PdfOcr(data, source_name=source_name, dpi=dpi) as ocr:
        return ocr.page(page_index)
