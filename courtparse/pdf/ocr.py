"""Optional OCR for pages printed as images (``pip install courtparse[ocr]``).

About a fifth of PACER filings are scans: a page image and, at most, the ECF stamp
as text. This module renders such a page with pypdfium2, recognizes it with the
Tesseract engine (Debian's ``tesseract-ocr``, through pytesseract) and returns the
words as ordinary ``Char`` records in PDF points, so the page goes through the same
layout cleaning as a text page and spans keep their page and box.

A page scanned sideways or upside down is turned before recognition (``PdfOcr.page``):
when the upright reading is poor, Tesseract's orientation detection (the ``osd`` data,
Debian's ``tesseract-ocr-osd``) or, without it, trial readings of a small render at the
other three angles say how to turn it. Such a page is then reported turned, as the
backends report a ``/Rotate``'d page as displayed: see ``PdfOcr.page``.

Like the rest of ``courtparse.pdf`` it knows pixels, glyphs and boxes only. Without
pytesseract or the tesseract binary this module still imports; ``ocr_available()``
is then False and the pipeline warns that OCR is not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from courtparse.errors import (
    CourtparseError,
    DamagedPdfError,
    EncryptedPdfError,
    NotAPdfError,
    NoTextError,
)
from courtparse.pdf.base import (
    BOTTOM,
    TEXT,
    TOP,
    X0,
    X1,
    Char,
    Page,
    make_char,
    page_list,
    turn_chars,
)

if TYPE_CHECKING:
    import pypdfium2

__all__ = [
    "OCR_FONT",
    "OcrError",
    "PdfOcr",
    "ocr_available",
    "ocr_page",
    "osd_available",
    "words_to_chars",
]

OCR_FONT = "ocr"
"""The font (``Char[FONT]``) of every recognized glyph, so later stages can tell OCR text apart."""

_SIZE_PER_HEIGHT = 1 / 0.75
"""Font size from a word's box height. A box spans cap height (~0.66 em, "CASE") to
ascender-plus-descender (~0.9 em, "(for"); 0.75 em is the middle, within ±20%."""

_OVERLAP_DROP = 0.3
"""An OCR word is dropped when this share of its box is covered by text-layer chars
(the ECF stamp is both text and pixels on a scanned page: keep the exact text)."""


_WORD_CONF = 60.0
"""A recognized word counts towards a page's reading when Tesseract is this sure of it."""

_WORD_LIKE = re.compile(
    r"""
    [("'\[]?                     # an opening mark: "(the", '"Plaintiff'
    [A-Za-z]{3,} (?:['-][A-Za-z]+)*  # a word of three letters or more: "ORDER", "court's", "non-party"
    [.,;:!?)"'\]]*               # closing punctuation: "GRANTED.", "Defendants,"
    """,
    re.VERBOSE,
)
"""A dictionary-like word. A page read at the wrong angle gives short fragments, digits
and symbols ("=", "|", "Il", "ayy"), few of them at 60% confidence."""

_MIN_WORDS = 8
"""With fewer word boxes (a blank page, a photo, a signature) there is nothing to orient."""

_READS_WELL = 0.4
"""The upright reading is kept without further checks when at least this share of its
word boxes are confident, dictionary-like words printed across the page. Scans at the
right angle measure 0.6-0.85; at a wrong angle 0.0-0.15."""

_OSD_DPI = 150
"""Orientation detection reads a render reduced to about this resolution: at 300 dpi it
costs 1-1.5 s a page, more than recognizing the page; at 150 dpi 0.7-0.9 s, as sure."""

_OSD_MIN_CONF = 2.0
"""Below this orientation confidence Tesseract's answer is a guess (measured: 2.7-30 on
printed pages); the trial readings decide instead."""

_TRIAL_DPI = 100
"""Trial readings at the other angles (when orientation detection cannot decide) use a
render reduced to about this resolution: ~1 s each on a full page instead of ~2 s."""


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


class _Reading(NamedTuple):
    """How well one Tesseract run read a page."""

    words: int
    """Word boxes with text (any confidence)."""
    good: int
    """Confident dictionary-like words whose box is wider than tall (text across the page)."""

    @property
    def needs_turning(self) -> bool:
        return self.words >= _MIN_WORDS and self.good < _READS_WELL * self.words


def _reading(data: dict[str, list[Any]]) -> _Reading:
    """Score a word table. A word Tesseract read from a vertical line (it reads text
    turned 90° clockwise, with tall boxes) is not counted: its chars would be laid out
    across a box that runs down the page."""
    words = good = 0
    for i, raw in enumerate(data.get("text", [])):
        if int(data["level"][i]) != 5:
            continue
        text = str(raw).strip()
        if not text:
            continue
        words += 1
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            continue
        if (
            conf >= _WORD_CONF
            and int(data["width"][i]) >= int(data["height"][i])
            and _WORD_LIKE.fullmatch(text)
        ):
            good += 1
    return _Reading(words, good)


def _turn(image: Any, rotation: int) -> Any:
    """The image turned ``rotation`` degrees clockwise (exact: no resampling)."""
    from PIL import Image

    if rotation == 90:
        return image.transpose(Image.Transpose.ROTATE_270)  # PIL turns counter-clockwise
    if rotation == 180:
        return image.transpose(Image.Transpose.ROTATE_180)
    if rotation == 270:
        return image.transpose(Image.Transpose.ROTATE_90)
    return image


def _reduced(image: Any, dpi: int, target: int) -> tuple[Any, int]:
    """The image reduced by an integer factor to about ``target`` dpi, and its dpi."""
    factor = max(1, round(dpi / target))
    return (image.reduce(factor) if factor > 1 else image), round(dpi / factor)


@lru_cache(maxsize=1)
def osd_available() -> bool:
    """True when Tesseract has its orientation data (``osd.traineddata``, Debian's
    ``tesseract-ocr-osd``). Without it pages are oriented by trial readings."""
    if not ocr_available():
        return False
    import pytesseract

    try:
        return "osd" in pytesseract.get_languages(config="")
    except Exception:  # the engine could not list its data: no OSD
        return False


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
    scanned page: the PDF is parsed once, and an upright page costs one render and
    one Tesseract run (~2 s at 300 dpi on one core). Accepts raw bytes or an already
    open ``pypdfium2.PdfDocument``, which it then does not close.

    ``rotations`` maps each page number (1-based) read turned to the degrees it was
    turned clockwise; ``warnings`` says so in sentences for ``Document.warnings``.
    ``orient=False`` reads every page upright, once.
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
        orient: bool = True,
        max_pixels: int = 40_000_000,
    ) -> None:
        import pypdfium2

        self.source_name = source_name
        self.dpi = dpi
        self.lang = lang
        self.psm = psm
        self.min_conf = min_conf
        self.timeout = timeout
        self.orient = orient
        self.max_pixels = max_pixels
        self.rotations: dict[int, int] = {}
        self.reduced: dict[int, int] = {}
        """Page number -> dpi of pages too large to render at ``dpi`` within
        ``max_pixels`` (corpus/bad/sp.scan_mediabox_14400.pdf: 60,001 x 60,001 pixels)."""
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

    @property
    def warnings(self) -> list[str]:
        """One sentence per angle naming the pages read turned, e.g. "page 2 scanned
        sideways; text recognized by OCR after turning it 270° clockwise (its boxes
        are on the turned page)"."""
        out: list[str] = []
        for rotation in sorted(set(self.rotations.values())):
            pages = sorted(n for n, r in self.rotations.items() if r == rotation)
            one = len(pages) == 1
            how = "upside down" if rotation == 180 else "sideways"
            turn = "180°" if rotation == 180 else f"{rotation}° clockwise"
            out.append(
                f"{page_list(pages)} scanned {how}; text recognized by OCR after turning "
                f"{'it' if one else 'them'} {turn} ({'its' if one else 'their'} boxes are "
                "on the turned page)"
            )
        if self.reduced:
            lowest = min(self.reduced.values())
            out.append(
                f"{page_list(sorted(self.reduced))}: too large to render for OCR at "
                f"{self.dpi} dpi; rendered at {lowest} dpi or more (Limits.max_render_pixels)"
            )
        return out

    def page(self, index: int, *, base: Page | None = None) -> Page:
        """Recognize page ``index`` (0-based) into a ``Page`` of OCR chars.

        With ``base`` (the text backend's ``Page`` for the same page) the result
        keeps base's number, image share and its chars (the stamp a scanned page
        often carries as text), followed by the OCR words those chars do not
        already cover. Raises ``OcrError`` when Tesseract is missing or fails and
        ``DamagedPdfError`` when the page cannot be rendered.

        A page scanned sideways or upside down (``rotations``) is reported turned
        so that its text reads upright, as the backends report a page with /Rotate
        as displayed: width and height swap for 90° and 270°, every box (OCR words
        and base's chars alike) is in the turned page's frame, and base's chars,
        upright on the page as displayed, are marked not upright (the layout reads
        a sideways ECF stamp from them). A box (x0, top, x1, bottom) on a page of
        displayed size (w, h) turned r° clockwise maps back to the displayed page as
        (x0, top, x1, bottom) for 0, (top, h - x1, bottom, h - x0) for 90,
        (w - x1, h - bottom, w - x0, h - top) for 180 and (w - bottom, x0, w - top, x1)
        for 270.
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
                if width * height * scale * scale > self.max_pixels:
                    # A page box of 14,400 pt would be 60,001 x 60,001 pixels at 300 dpi.
                    scale = (self.max_pixels / max(width * height, 1.0)) ** 0.5
                    self.reduced[index + 1] = max(1, int(scale * 72))
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
        rotation = 0
        if self.orient:
            rotation, data = self._orient(image, data, index)
        chars = words_to_chars(data, px_scale, min_conf=self.min_conf)
        if rotation:
            self.rotations[index + 1] = rotation
        turned_w, turned_h = (height, width) if rotation in (90, 270) else (width, height)
        if base is None:
            return Page(index + 1, turned_w, turned_h, chars, 1.0)
        if not rotation:
            return base._replace(chars=[*base.chars, *_drop_known(chars, base.chars)])
        known = turn_chars(base.chars, rotation, base.width, base.height)
        bw, bh = (base.height, base.width) if rotation in (90, 270) else (base.width, base.height)
        return base._replace(width=bw, height=bh, chars=[*known, *_drop_known(chars, known)])

    def _orient(
        self, image: Any, upright: dict[str, list[Any]], index: int
    ) -> tuple[int, dict[str, list[Any]]]:
        """(clockwise degrees, word table) of the best reading of the page.

        A page the upright run read well costs nothing more. Otherwise orientation
        detection (~0.8 s) or, without the osd data or when it is unsure, trial
        readings of a small render at 90°, 270° and 180° (~1 s each) name an angle,
        and the page is read again turned by it (~2 s); that reading is kept only
        when it has more good words than the upright one."""
        first = _reading(upright)
        if not first.needs_turning:
            return 0, upright
        rotation = self._detect(image, index)
        if not rotation:
            return 0, upright
        turned = self._recognize(_turn(image, rotation), index)
        if _reading(turned).good > first.good:
            return rotation, turned
        return 0, upright

    def _detect(self, image: Any, index: int) -> int:
        """The clockwise angle that should make the page read upright (0: none found)."""
        if osd_available():
            small, dpi = _reduced(image, self.dpi, _OSD_DPI)
            osd = self._osd(small, index, dpi)
            if osd is None:
                return 0  # too few characters to orient: nothing a trial would read
            if float(osd.get("orientation_conf", 0.0)) >= _OSD_MIN_CONF:
                # Tesseract's "rotate" is the clockwise turn that makes the page upright.
                return int(osd.get("rotate", 0)) % 360
        small, dpi = _reduced(image, self.dpi, _TRIAL_DPI)
        best, best_good = 0, 0
        for rotation in (90, 270, 180):
            trial = _reading(self._recognize(_turn(small, rotation), index, dpi))
            if trial.good > best_good:
                best, best_good = rotation, trial.good
            if not trial.needs_turning and trial.good >= _MIN_WORDS:
                break  # reads well: the other angles cannot beat it by much
        return best

    def _recognize(self, image: Any, index: int, dpi: int | None = None) -> dict[str, list[Any]]:
        """Tesseract's word table for the image (``dpi``: of a reduced render)."""
        import pytesseract

        try:
            with _engine_input(image) as path:
                result: dict[str, list[Any]] = pytesseract.image_to_data(
                    path,
                    lang=self.lang,
                    config=f"--psm {self.psm}" + (f" --dpi {dpi}" if dpi else ""),
                    output_type=pytesseract.Output.DICT,
                    timeout=self.timeout,
                )
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            raise OcrError(
                self.source_name, f"tesseract failed on page {index + 1}: {exc}"
            ) from exc
        return result

    def _osd(self, image: Any, index: int, dpi: int) -> dict[str, Any] | None:
        """Tesseract's orientation detection; None when the page has too few
        characters to tell (Tesseract then exits with an error)."""
        import pytesseract

        try:
            with _engine_input(image) as path:
                result: dict[str, Any] = pytesseract.image_to_osd(
                    path,
                    config=f"--psm 0 --dpi {dpi}",
                    output_type=pytesseract.Output.DICT,
                    timeout=self.timeout,
                )
        except pytesseract.TesseractError:
            return None  # "Too few characters. Skipping this page"
        except (RuntimeError, OSError) as exc:
            raise OcrError(
                self.source_name, f"tesseract failed on page {index + 1}: {exc}"
            ) from exc
        return result


@contextmanager
def _engine_input(image: Any) -> Iterator[str]:
    """The image saved for Tesseract, with the engine single-threaded while it runs.

    A PGM file: pytesseract would otherwise write a PNG, whose compression costs
    ~0.2 s a page; Tesseract reads PNM directly."""
    fd, path = tempfile.mkstemp(prefix="courtparse-ocr-", suffix=".pgm")
    os.close(fd)
    try:
        image.save(path)
        with _single_threaded_engine():
            yield path
    finally:
        with suppress(OSError):
            os.unlink(path)


def ocr_page(
    data: bytes, page_index: int, *, dpi: int = 300, source_name: str | None = None
) -> Page:
    """Recognize one page of PDF bytes. For several pages of one file use ``PdfOcr``,
    which parses the PDF once."""
    with PdfOcr(data, source_name=source_name, dpi=dpi) as ocr:
        return ocr.page(page_index)
