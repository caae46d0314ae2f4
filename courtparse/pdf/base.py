"""The backend protocol shared by the pdfplumber and pypdfium2 backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import BinaryIO, NamedTuple, Protocol, Union

Source = Union[str, "os.PathLike[str]", bytes, BinaryIO]
"""What ``courtparse.parse`` accepts: a path, raw bytes or a binary file object."""


class Char(NamedTuple):
    """One printed glyph. Coordinates in PDF points from the page's top-left corner.

    A NamedTuple rather than an attrs class: backends create millions of these and
    tuple construction is several times cheaper.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool
    """False for text printed rotated (N.D. Cal.'s sideways margin)."""
    font: str = ""


class Page(NamedTuple):
    number: int
    """1-based page number."""
    width: float
    height: float
    chars: list[Char]
    image_area: float = 0.0
    """Share (0..1) of the page covered by images: a scanned page is large images
    and (almost) no characters."""


class PdfDocument(Protocol):
    """An open PDF. ``pages()`` yields one page at a time; a backend releases each
    page's objects before yielding the next so memory does not grow with length."""

    @property
    def page_count(self) -> int: ...

    def pages(self) -> Iterator[Page]: ...


class Backend(Protocol):
    name: str

    def open(self, data: bytes, source_name: str) -> AbstractContextManager[PdfDocument]:
        """Open PDF bytes; raise a ``CourtparseError`` subclass naming
        ``source_name`` when they cannot be read."""
        ...
