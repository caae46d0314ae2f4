"""PDF backends: each yields, page by page, the positioned characters of a PDF.

The PDF layer knows about glyphs, boxes and pages only; it never interprets text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from courtparse.pdf.base import Backend, Char, Page, PdfDocument

__all__ = [
    "BACKENDS",
    "Backend",
    "Char",
    "Page",
    "PdfDocument",
    "base_font_name",
    "get_backend",
    "is_upright",
]


def _plumber() -> Backend:
    from courtparse.pdf.plumber import PdfplumberBackend

    return PdfplumberBackend()


def _pdfium() -> Backend:
    from courtparse.pdf.pdfium import PdfiumBackend

    return PdfiumBackend()


# Imported on first use: a caller of one backend never pays for the other's import.
BACKENDS: dict[str, Callable[[], Backend]] = {"pdfplumber": _plumber, "pdfium": _pdfium}
"""Backend name -> factory. "pdfplumber" is the reference; "pdfium" is several times faster."""


MATRIX_NOISE: Final = 1e-6
"""A product b*c of text-matrix terms this small against a*d is rounding, not a turn or
a mirror: a page placed through a scaling transform (a D. Wyo. motion whose counsel
block and caption print with matrix (0.998, -5.8e-08, -1.3e-08, 0.909)) makes b*c
positive by noise alone, and pdfminer's strict rule called its whole caption sideways."""


def is_upright(a: float, b: float, c: float, d: float) -> bool:
    """Whether a glyph with text matrix (a, b, c, d) reads left to right within 45°
    of horizontal: pdfminer's rule (a*d > 0, b*c <= 0, up to rounding noise) plus
    a > 0, so text printed upside down is not upright. Both backends decide it from
    the matrix alike."""
    return a > 0 and d > 0 and b * c <= MATRIX_NOISE * a * d and abs(b) < abs(a)


def base_font_name(name: str) -> str:
    """The font name without a subset tag ("ABCDEF+Times" -> "Times"): PDFium strips
    the tag for some fonts and pdfminer never does, so both backends drop it."""
    if len(name) > 7 and name[6] == "+" and name[:6].isupper() and name[:6].isalpha():
        return name[7:]
    return name


def get_backend(name: str) -> Backend:
    """The backend called ``name``; ValueError lists the choices for anything else."""
    try:
        factory = BACKENDS[name]
    except KeyError:
        choices = ", ".join(sorted(BACKENDS))
        raise ValueError(f"unknown PDF backend {name!r}; choose one of: {choices}") from None
    return factory()
