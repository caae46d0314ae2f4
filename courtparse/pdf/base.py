"""The backend protocol shared by the pdfplumber and pypdfium2 backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import BinaryIO, Final, NamedTuple, Protocol, Union

Source = Union[str, "os.PathLike[str]", bytes, BinaryIO]
"""What ``courtparse.parse`` accepts: a path, raw bytes or a binary file object."""


Char = tuple[str, float, float, float, float, float, bool, str]
"""One printed glyph: (text, x0, x1, top, bottom, size, upright, font). Coordinates in
PDF points from the page's top-left corner; ``size`` is the em size; ``upright`` is
False for text printed rotated (N.D. Cal.'s sideways margin); ``font`` has no subset
tag. Read it by index (``c[X0]``) or unpack it.

A plain tuple, not a NamedTuple or an attrs class: backends make millions of these.
Building a NamedTuple costs several times a plain tuple, and the garbage collector
keeps traversing every one, where it stops tracking a plain tuple of strings and
numbers after its first collection (together ~8% of a parse with the pdfium backend,
measured by benchmarks/bench.py)."""

TEXT: Final = 0
X0: Final = 1
X1: Final = 2
TOP: Final = 3
BOTTOM: Final = 4
SIZE: Final = 5
UPRIGHT: Final = 6
FONT: Final = 7


def make_char(
    text: str,
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    size: float,
    upright: bool = True,
    font: str = "",
) -> Char:
    """A Char with its fields named (hot loops build the tuple directly)."""
    return (text, x0, x1, top, bottom, size, upright, font)


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
