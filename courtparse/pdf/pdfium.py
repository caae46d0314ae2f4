"""The fast backend: pypdfium2 (Google's PDFium), tested to give the reference
(pdfplumber) characters.

Where the two disagree and why (tests/test_pdf_backends.py pins the ones marked [t]):

* [t] Generated characters. PDFium's text page adds ``\r\n`` at line ends and spaces it
  infers from gaps (``FPDFText_IsGenerated``); pdfminer reports only glyphs the content
  stream draws. Generated line breaks are dropped. A generated space is kept when it
  fills a word gap (at most 1 em) on an upright line, because PDFium also flags some
  printed spaces as generated (ca7_3.pdf "For the Seventh Circuit"); so pdfium may
  have a space where pdfminer has a bare gap between two text objects.
* [t] Runs of printed spaces. PDFium keeps one space of a run ("Illinois  60604");
  pdfminer keeps all. Layout must not count spaces; it reads gaps from geometry.
* [t] Line-end hyphens. PDFium reports a printed hyphen that ends a line as U+0002
  (``FPDFText_GetUnicode``) or U+FFFE (``FPDFText_GetText``), flagged by
  ``FPDFText_IsHyphen``; it is mapped back to the "-" the page prints.
* [t] Vertical box edges. PDFium's loose box spans the font's ascent to its descent;
  pdfminer's spans descent to descent + font size. The ascent side is moved to
  descent + em size, so the two agree within a fraction of a point (descents of
  non-embedded fonts differ slightly).
* [t] Horizontal box edges. Where a glyph's ink overhangs its advance (italic "f",
  "j", "y"), PDFium's box covers the ink and pdfminer's the advance: up to ~0.15 em
  wider. Where two neighbours of one text object then overlap, the overlap is split
  between them, so their boxes touch as pdfminer's do (cacd.657892.182 "Clifton" in
  Times Italic read "Cli ton": layout took the overlap for overprinted text). Where
  every glyph is a text object of its own (a scanner's OCR layer), a box that runs
  into the next glyph is cut at that glyph's start (by less than 0.2 em; more is
  overprinting); one before a space keeps its ink edge.
* [t] Text in a scaled-up form. PDFium's text page skips text objects narrower than
  0.01 unit in their own space; a scanner's OCR layer drawn as a form at scale ~800
  in page units is then read empty or in part. The backend undoes the scale before
  reading the page (``_unshrink_forms``).
* [t] Size. Both report the em size (font size times the text matrix scale). pdfminer's
  own ``size`` is the box height, which for text turned 90° is the glyph's advance;
  the pdfplumber backend corrects that.
* Font names. PDFium drops the subset tag ("ABCDEF+") for some fonts; both backends
  drop it.
* [t] Glyphs without a Unicode mapping. pdfminer prints "(cid:N)"; PDFium returns the
  code as a character (U+03F0 for cid 1008). The backend writes "(cid:N)" too
  (``FPDFText_HasUnicodeMapError``), checked per text object, then per character.
  N is PDFium's character code, pdfminer's CID: they differ where the font's CMap
  is not Identity (a few cacd exhibits), so only the "(cid:" marker is comparable.
* No-break spaces and tabs. PDFium reports U+00A0 and a printed tab as a plain
  space (and collapses it into a run); pdfminer keeps U+00A0 and "\\t".
* [t] Multi-character glyphs. A ligature mapped to "fi" is one pdfminer char "fi"; PDFium
  gives "f", "i" with the same box. The backend merges such repeats into one char, as
  pdfminer does (cand.306678.562.0: an OCR text layer's "nni").
* Order. A few text objects come in a different order (e.g. a form's field text);
  the characters are the same, layout orders them by position.
* [t] Text PDFium does not see. Should PDFium's text page still come back empty on a
  page with text objects (none in the pool does since the form fix above), the
  document records the page in ``no_chars`` (page -> text objects) and reads it
  with the pdfplumber backend instead, with a warning saying so.
* [t] Damaged content streams. pdfminer raises on a page whose stream is corrupt (the
  backend skips it with a warning); PDFium silently yields what it could parse, often
  nothing, with no warning.

PDFium is not thread-safe: use one process per worker (``courtparse batch`` does).
"""

from __future__ import annotations

import ctypes
import math
import re
import struct
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from courtparse.errors import CourtparseError, DamagedPdfError, EncryptedPdfError
from courtparse.pdf import base_font_name, is_upright
from courtparse.pdf.base import (
    BOTTOM,
    FONT,
    SIZE,
    TEXT,
    TOP,
    UPRIGHT,
    X0,
    X1,
    Char,
    Page,
    page_list,
    turn_chars,
)


def _fast(fn: Any, restype: Any) -> Any:
    """The same C function without ctypes argument conversion: about half the cost
    per call, which matters at millions of calls. Arguments must then be passed as
    ctypes objects (c_void_p for handles)."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if address is None:  # pragma: no cover - a symbol of the loaded library
        raise ImportError(f"pdfium symbol {fn!r} has no address")
    proto = ctypes.CFUNCTYPE(restype)(address)
    proto.argtypes = None  # type: ignore[assignment]
    return proto


_IsGenerated = _fast(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
_IsHyphen = _fast(pdfium_c.FPDFText_IsHyphen, ctypes.c_int)
_GetUnicode = _fast(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_GetTextObject = _fast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_GetLooseCharBox = _fast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
_GetMatrix = _fast(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
_GetFontSize = _fast(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_TextObjGetFont = _fast(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)
_FontGetBaseFontName = _fast(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_ulong)
_GetText = _fast(pdfium_c.FPDFText_GetText, ctypes.c_int)
_HasUnicodeMapError = _fast(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)

_SURROGATE = re.compile("[\ud800-\udfff]")
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_MATRIX = struct.Struct("6f")  # FS_MATRIX: a, b, c, d, e, f

# Only these can be generated or line-end hyphens, so only these pay for the extra calls.
_SPECIAL = frozenset(" \r\n\x02\ufffe")
# FPDFText_GetUnicode gives U+0002 for a hyphen that ends a line; FPDFText_GetText U+FFFE.
_HYPHEN_MARKS = frozenset("\x02\ufffe")

# Which edge of PDFium's loose box is the glyph's ascent side, by text direction.
_FIX_NONE, _FIX_TOP, _FIX_BOTTOM, _FIX_X0, _FIX_X1 = range(5)

# FPDF_GetLastError codes (fpdfview.h), from the bindings rather than copied by hand
# (issue 17: a hand-copied 6, FPDF_ERR_PAGE, called an unsupported handler "damaged").
_ERR_SUCCESS = pdfium_c.FPDF_ERR_SUCCESS  # 0: PDFium failed but set no error code
_ERR_UNKNOWN = pdfium_c.FPDF_ERR_UNKNOWN  # 1
_ERR_FILE = pdfium_c.FPDF_ERR_FILE  # 2
_ERR_FORMAT = pdfium_c.FPDF_ERR_FORMAT  # 3
_ERR_PASSWORD = pdfium_c.FPDF_ERR_PASSWORD  # 4
_ERR_SECURITY = pdfium_c.FPDF_ERR_SECURITY  # 5: an encryption scheme PDFium does not support


class PdfiumBackend:
    name = "pdfium"

    def open(self, data: bytes, source_name: str) -> AbstractContextManager[PdfiumDocument]:
        return _open(data, source_name)


@contextmanager
def _open(data: bytes, source_name: str) -> Iterator[PdfiumDocument]:
    try:
        pdf = pdfium.PdfDocument(data)
        count = len(pdf)
    except pdfium.PdfiumError as exc:
        raise map_error(exc, source_name) from exc
    except Exception as exc:
        raise DamagedPdfError(source_name, f"damaged PDF ({type(exc).__name__}: {exc})") from exc
    try:
        with ExitStack() as stack:  # closes the pdfplumber fallback, if it opened
            yield PdfiumDocument(pdf, source_name, count, data, stack)
    finally:
        pdf.close()


def map_error(exc: BaseException, source_name: str) -> CourtparseError:
    code = getattr(exc, "err_code", None)
    if code == _ERR_PASSWORD:
        return EncryptedPdfError(source_name, "encrypted PDF, cannot read without the password")
    if code == _ERR_SECURITY:
        return EncryptedPdfError(
            source_name, f"encrypted PDF with an unsupported security handler ({exc})"
        )
    if code == _ERR_FORMAT:
        return DamagedPdfError(source_name, f"damaged PDF: not in PDF format or corrupted ({exc})")
    if code in (_ERR_SUCCESS, _ERR_UNKNOWN):
        # pypdfium2 words these "Failed to load document (PDFium: Success)": say what
        # is known instead (a page tree or cross-reference table PDFium cannot use).
        return DamagedPdfError(source_name, "damaged PDF: PDFium cannot load it (no reason given)")
    return DamagedPdfError(source_name, f"damaged PDF ({exc})")


class PdfiumDocument:
    """An open PDF. ``warnings`` names each page that could not be read and was skipped,
    and the pages read by the pdfplumber backend instead."""

    def __init__(
        self, pdf: Any, source_name: str, page_count: int, data: bytes, stack: ExitStack
    ) -> None:
        self._pdf = pdf
        self.source_name = source_name
        self._page_count = page_count
        self._data = data
        self._stack = stack
        self.warnings: list[str] = []
        self.no_chars: dict[int, int] = {}
        """Page number -> text objects on pages where PDFium found text objects but
        no characters (filled as pages are read); see "Text PDFium does not see"."""

    @property
    def page_count(self) -> int:
        return self._page_count

    def pages(self) -> Iterator[Page]:
        pages = self._pdfium_pages()
        return _read_missing_with_plumber(
            pages, self.no_chars, self._data, self.source_name, self._stack, self.warnings
        )

    def _pdfium_pages(self) -> Iterator[Page]:
        yielded = 0
        first_failure = ""
        fonts: dict[int, str] = {}  # font handles live as long as the document
        for index in range(self._page_count):
            number = index + 1
            try:
                result = _read_page(self._pdf, index, fonts, self.no_chars)
            except Exception as exc:
                cause = f"{type(exc).__name__}: {exc}"
                first_failure = first_failure or cause
                self.warnings.append(f"page {number}: unreadable, skipped ({cause})")
                continue
            yielded += 1
            yield result
        if yielded == 0 and first_failure:
            raise DamagedPdfError(self.source_name, f"no page could be read ({first_failure})")


def _read_page(pdf: Any, index: int, fonts: dict[int, str], no_chars: dict[int, int]) -> Page:
    page = pdf[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        rotation = page.get_rotation() % 360
        objects = _page_objects(page, width, height)
        if objects.shrunk:
            _unshrink_forms(objects.shrunk)
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, height, fonts)
        finally:
            textpage.close()
    finally:
        page.close()
    if not chars and objects.texts:
        # PDFium's text page can come back empty where pdfminer reads the text.
        # Record it: such pages are read with the pdfplumber backend instead
        # (``_read_missing_with_plumber``), with a warning.
        no_chars[index + 1] = objects.texts
    if rotation:
        # pdfminer turns a /Rotate'd page upright; PDFium's text coordinates stay in
        # the unrotated space. Map them the way pdfminer does.
        chars = turn_chars(chars, rotation, width, height)
        if rotation in (90, 270):
            width, height = height, width
    return Page(index + 1, float(width), float(height), chars, objects.image_area)


def _chars(textpage: Any, height: float, fonts: dict[int, str]) -> list[Char]:
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = _page_text(tp, n)
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    unpack_rect = _RECT.unpack_from
    out: list[Char] = []
    append = out.append
    last_obj: int | None = -1
    prev_obj: int | None = -1  # the text object of the last glyph appended
    last_x1 = -math.inf  # its right edge
    last_x0 = math.inf  # the left edge of out[-1]
    size = eps = 0.0
    upright = True
    font = ""
    fix = _FIX_NONE
    gap = False  # a generated space is pending: emit it if a glyph follows on the line
    unmapped = False  # the current text object's font lacks a Unicode map
    for i in range(n):
        ch = text[i]
        if ch in _SPECIAL:
            if _IsGenerated(tp, i) == 1:
                # Keep a generated space (PDFium sometimes flags a printed space as
                # generated, and collapses runs of printed spaces into one); drop
                # generated line breaks.
                gap = ch == " " and bool(out) and out[-1][TEXT] != " "
                continue
            if ch in _HYPHEN_MARKS and _IsHyphen(tp, i) == 1:
                ch = "-"
        obj = _GetTextObject(tp, i)
        if obj != last_obj or obj is None:
            last_obj = obj
            _GetMatrix(tp, i, matrix_ref)
            a, b, c, d, _e, _f = _MATRIX.unpack_from(matrix)
            size = _GetFontSize(tp, i) * math.hypot(c, d)
            eps = 0.05 * size
            upright = is_upright(a, b, c, d)
            fix = _fix_side(a, b, c, d)
            font = _font_name(obj, fonts) if obj else ""
            unmapped = _HasUnicodeMapError(tp, i) == 1
        if unmapped and _HasUnicodeMapError(tp, i) == 1:
            # PDFium gives the raw character code; pdfminer "(cid:N)", which is also
            # what OCR decisions look for.
            ch = f"(cid:{ord(ch)})"
        _GetLooseCharBox(tp, i, rect_ref)
        x0, y1, x1, y0 = unpack_rect(rect)
        bottom = height - y0
        if fix == _FIX_TOP:  # upright text, the usual case
            top = bottom - size
        else:
            top = height - y1
            if fix == _FIX_X0:
                x0 = x1 - size
            elif fix == _FIX_X1:
                x1 = x0 + size
            elif fix == _FIX_BOTTOM:
                bottom = top + size
        if gap:
            gap = False
            prev = out[-1]
            # The space fills a word gap (at most 1 em) between its neighbours on an
            # upright line; a wider gap is a column or tab stop, which layout reads
            # from geometry, and pdfminer has no character there either.
            if (
                prev[UPRIGHT]
                and upright
                and prev[X1] <= x0 <= prev[X1] + size
                and abs(prev[BOTTOM] - bottom) < 0.5 * size
            ):
                append((" ", prev[X1], x0, prev[TOP], prev[BOTTOM], prev[SIZE], True, prev[FONT]))
        elif (
            -eps < x0 - last_x0 < eps  # first: false for all but repeated boxes
            and obj == prev_obj
            and abs(x1 - out[-1][X1]) < eps
            and abs(top - out[-1][TOP]) < 0.01
        ):
            # One glyph that maps to several characters (a ligature "fi", an OCR
            # layer's "nni"): PDFium repeats the glyph's box for each; pdfminer gives
            # one char with the whole text. Do the same, or layout reads the repeated
            # boxes as overprinted text and splits the line ("Denng" + "i").
            prev = out[-1]
            out[-1] = (prev[TEXT] + ch, *prev[1:])
            last_x1 = x1
            continue
        elif x0 < last_x1 < x1 and fix == _FIX_TOP and upright:
            prev = out[-1]
            if prev[X0] < x0 and abs(prev[BOTTOM] - bottom) < 0.1 * size:
                if obj == prev_obj:
                    # Ink overhang (italic "f", "y"): PDFium's boxes of two neighbours
                    # in one text object overlap where pdfminer's advances touch.
                    # Split the overlap, or layout takes the run for overprinted text
                    # ("Cli ton").
                    mid = (x0 + last_x1) / 2
                    out[-1] = (prev[TEXT], prev[X0], mid, *prev[3:])
                    x0 = mid
                elif last_x1 - x0 < 0.2 * size and prev[FONT] == font and prev[SIZE] == size:
                    # One text object per glyph (a scanner's OCR layer): PDFium's box
                    # of such a glyph ends at its ink, up to 0.15 em past the advance
                    # where the next glyph starts. End it there, as pdfminer does. A
                    # wider overlap is overprinting (a shadow, fake bold): left alone.
                    out[-1] = (prev[TEXT], prev[X0], x0, *prev[3:])
        append((ch, x0, x1, top, bottom, size, upright, font))
        prev_obj = obj
        last_x0 = x0
        last_x1 = x1
    return out


def _page_text(tp: Any, n: int) -> str:
    """All characters of the page, indexed like the char index, in one call where
    that is safe.

    ``FPDFText_GetText`` is not indexed like the characters: it leaves out some
    control characters an unmapped font yields (cacd.584255.1962.0_1 page 1: five
    U+0003, so every later glyph got the box of the one five places on and the ECF
    stamp read "Docum ent"), and a glyph outside the BMP takes two UTF-16 units. It
    returns how many units it wrote (with the NUL): unless that is n + 1 and no unit
    is a surrogate, ask per character."""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    written = _GetText(tp, 0, n, buf)
    if written == n + 1:
        text = buf.raw[: n * 2].decode("utf-16-le", errors="surrogatepass")
        if len(text) == n and not _SURROGATE.search(text):
            return text
    return "".join(chr(_GetUnicode(tp, i)) for i in range(n))


def _fix_side(a: float, b: float, c: float, d: float) -> int:
    """The loose-box edge that is the glyph's ascent side (glyph "up" is (c, d))."""
    if b == 0 and c == 0:
        return _FIX_TOP if d > 0 else _FIX_BOTTOM
    if a == 0 and d == 0:
        return _FIX_X0 if c < 0 else _FIX_X1
    return _FIX_NONE


def _font_name(obj: int, fonts: dict[int, str]) -> str:
    handle = _TextObjGetFont(ctypes.c_void_p(obj))
    if not handle:
        return ""
    name = fonts.get(handle)
    if name is None:
        ref = ctypes.c_void_p(handle)
        length = _FontGetBaseFontName(ref, None, ctypes.c_ulong(0))
        buf = ctypes.create_string_buffer(max(int(length), 1))
        _FontGetBaseFontName(ref, buf, ctypes.c_ulong(length))
        name = base_font_name(buf.value.decode("utf-8", errors="replace"))
        fonts[handle] = name
    return name


_FPDF_PAGEOBJ_TEXT = 1
_FPDF_PAGEOBJ_IMAGE = 3
_FPDF_PAGEOBJ_FORM = 5
_CountObjects = _fast(pdfium_c.FPDFPage_CountObjects, ctypes.c_int)
_GetObject = _fast(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_FormCountObjects = _fast(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int)
_FormGetObject = _fast(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p)
_ObjGetType = _fast(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
_ObjGetBounds = _fast(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)
_ObjGetMatrix = _fast(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int)
_ObjSetMatrix = _fast(pdfium_c.FPDFPageObj_SetMatrix, ctypes.c_int)

SHRUNK_SCALE = 2.0
"""A form XObject drawn at more than this scale has its content in units smaller
than the page's: PDFium may not see its glyphs (``_unshrink_forms``)."""

_MAX_FORM_DEPTH = 3


class _Objects:
    """What a page's object tree tells before its text is read."""

    __slots__ = ("image_area", "shrunk", "texts")

    def __init__(self, image_area: float, texts: int, shrunk: list[tuple[Any, float]]) -> None:
        self.image_area = image_area  # share of the page under image objects
        self.texts = texts  # text objects, in forms too
        self.shrunk = shrunk  # (form, scale on the page) of forms holding text, drawn scaled up


def _matrix_scale(obj: Any, matrix: Any) -> float:
    """The area scale of an object's matrix (1.0 where it has none)."""
    if not _ObjGetMatrix(obj, ctypes.byref(matrix)):
        return 1.0
    a, b, c, d, _e, _f = _MATRIX.unpack_from(matrix)
    return math.sqrt(abs(a * d - b * c))


def _page_objects(page: Any, width: float, height: float) -> _Objects:
    """Image area, text objects and scaled-up forms in one walk of the object tree,
    forms included. Raw calls: pypdfium2's object wrappers cost more than the rest
    of a text-heavy page."""
    page_area = width * height
    texts = 0
    bounds = (ctypes.c_float * 4)()
    refs = [ctypes.byref(bounds, 4 * k) for k in range(4)]
    matrix = pdfium_c.FS_MATRIX()
    page_ref = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    total = 0.0
    shrunk: list[tuple[Any, float]] = []
    # (parent, count, get, depth, own scale, scale of the forms around it)
    stack: list[tuple[Any, Any, Any, int, float, float]] = [
        (page_ref, _CountObjects, _GetObject, 0, 1.0, 1.0)
    ]
    while stack:
        parent, count, get, depth, own, outer = stack.pop()
        holds_text = False
        for k in range(count(parent)):
            obj = get(parent, ctypes.c_ulong(k) if get is _FormGetObject else k)
            if not obj:
                continue
            ref = ctypes.c_void_p(obj)
            kind = _ObjGetType(ref)
            if kind == _FPDF_PAGEOBJ_IMAGE:
                # Bounds are in the parent's space; scanned pages put their image
                # on the page itself, and a form's images are not scaled here.
                if _ObjGetBounds(ref, *refs):
                    left, bottom, right, top = bounds
                    x0, x1 = max(0.0, left), min(width, right)
                    y0, y1 = max(0.0, bottom), min(height, top)
                    if x1 > x0 and y1 > y0:
                        total += (x1 - x0) * (y1 - y0)
            elif kind == _FPDF_PAGEOBJ_TEXT:
                texts += 1
                holds_text = True
            elif kind == _FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                scale = _matrix_scale(ref, matrix)
                stack.append((ref, _FormCountObjects, _FormGetObject, depth + 1, scale, outer * own))
        if holds_text and depth and outer * own > SHRUNK_SCALE:
            shrunk.append((parent, outer * own))
    return _Objects(min(1.0, total / page_area) if page_area > 0 else 0.0, texts, shrunk)


def _unshrink_forms(forms: list[tuple[Any, float]]) -> None:
    """Scale the content of each form up by the form's scale on the page and the
    form's own matrix down by the same factor: every glyph lands where it did, but
    is its printed size in the form's own space.

    PDFium's text page skips a text object narrower than 0.01 unit in its own
    space. Some scanners write the OCR text layer into a form drawn at page size
    (matrix ``807.75 0 0 807.75 0 0``) with one text object per glyph in units of
    the page (0..1): every glyph is then narrower than that and the page reads
    empty (caed.338083.91.0), or only its widest letters ("W", "M"), though
    pdfminer reads every word. Only the in-memory page objects change, nothing is
    saved. With S the form's scale on the page, a glyph's page matrix T.F.P
    becomes (T.S).(S^-1.F).P, the same; S^-1.F divides F's linear part only. Each
    step reads the matrices the previous one left, so nested forms come out right
    in any order."""
    matrix = pdfium_c.FS_MATRIX()
    ref = ctypes.byref(matrix)
    for form, scale in forms:
        for k in range(_FormCountObjects(form)):
            child = ctypes.c_void_p(_FormGetObject(form, ctypes.c_ulong(k)))
            if child.value and _ObjGetMatrix(child, ref):
                _ObjSetMatrix(child, _fs_matrix([v * scale for v in _MATRIX.unpack_from(matrix)]))
        if _ObjGetMatrix(form, ref):
            a, b, c, d, e, f = _MATRIX.unpack_from(matrix)
            _ObjSetMatrix(form, _fs_matrix([a / scale, b / scale, c / scale, d / scale, e, f]))


def _fs_matrix(values: list[float]) -> Any:
    return ctypes.byref(pdfium_c.FS_MATRIX(*values))


def _read_missing_with_plumber(
    pages: Iterator[Page],
    no_chars: dict[int, int],
    data: bytes,
    name: str,
    stack: ExitStack,
    warnings: list[str],
) -> Iterator[Page]:
    """The pages, with each page where PDFium saw text objects but no characters
    (caed.338083.91.0: text in form XObjects) read by pdfplumber instead, and a
    warning naming them. pdfplumber is opened once, on the first such page; only
    those pages pay for it."""
    plumber: list[Any] = []
    failed = False
    fallback: list[int] = []
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
    if fallback:
        warnings.append(
            f"{page_list(fallback)}: pdfium found text objects but no characters; "
            "read with the pdfplumber backend"
        )
