"""The backend protocol shared by the pdfplumber and pypdfium2 backends."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
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


def turn_chars(chars: Sequence[Char], rotation: int, width: float, height: float) -> list[Char]:
    """Characters of a page ``width`` x ``height`` points in the frame of the page turned
    ``rotation`` degrees clockwise (90, 180, 270; anything else leaves them as they are):
    how pdfminer reports a /Rotate'd page, and how OCR reports a page it read turned.
    Text upright before is then not upright, and vice versa."""
    if rotation not in (90, 180, 270):
        return list(chars)
    out: list[Char] = []
    for ch in chars:
        if rotation == 180:
            x0, x1 = width - ch[X1], width - ch[X0]
            top, bottom = height - ch[BOTTOM], height - ch[TOP]
        elif rotation == 90:
            # (x, top) -> (height - bottom.., x)
            x0, x1 = height - ch[BOTTOM], height - ch[TOP]
            top, bottom = ch[X0], ch[X1]
        else:
            x0, x1 = ch[TOP], ch[BOTTOM]
            top, bottom = width - ch[X1], width - ch[X0]
        out.append((ch[TEXT], x0, x1, top, bottom, ch[SIZE], not ch[UPRIGHT], ch[FONT]))
    return out


def page_list(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 7] -> "pages 1-3, 7"; [4] -> "page 4" (for warnings a person reads)."""
    runs: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], -1]:
        if n == prev + 1:
            prev = n
            continue
        runs.append(f"{start}-{prev}" if prev > start else str(start))
        start = prev = n
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {', '.join(runs)}"


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
    page's objects before yielding the next so memory does not grow with length.

    All ``parse`` reads of a backend: ``page_count``, ``pages()`` and ``warnings``. A
    page the backend cannot read is skipped and named in ``warnings``; a page it reads
    without characters where another backend reads them (PDFium on text in form
    XObjects) it reads that other way itself, and says so in ``warnings``."""

    warnings: list[str]
    """Sentences for ``Document.warnings`` about the pages read so far (complete once
    ``pages()`` is exhausted)."""

    @property
    def page_count(self) -> int: ...

    def pages(self) -> Iterator[Page]: ...


class Backend(Protocol):
    name: str

    def open(self, data: bytes, source_name: str) -> AbstractContextManager[PdfDocument]:
        """Open PDF bytes; raise a ``CourtparseError`` subclass naming
        ``source_name`` when they cannot be read."""
        ...
