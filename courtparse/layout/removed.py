"""The audit list: what layout cleaning took out of the text, one block per run of lines.

Cleaning steps record what they drop where they decide to drop it (the ECF stamp's rows,
the line-number column's words, a repeated header line), from boxes they already hold:
no pass of its own over the page's characters. Consecutive lines of one kind on one page
are merged into one block, so a page's line-number column or a two-line stamp is one
item of ``Document.removed``.
"""

from __future__ import annotations

from collections.abc import Iterable

from courtparse.layout.lines import Line, Word
from courtparse.models import BBox, Removed
from courtparse.pdf.base import BOTTOM, TEXT, TOP, X0, X1, Char

RECORD = True
"""Record what cleaning removes (``Document.removed``). benchmarks/bench.py turns it off to
measure what the audit list costs."""


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def words_box(words: Iterable[Word]) -> BBox:
    x0 = top = float("inf")
    x1 = bottom = float("-inf")
    for w in words:
        x0, top = min(x0, w.x0), min(top, w.top)
        x1, bottom = max(x1, w.x1), max(bottom, w.bottom)
    return (x0, top, x1, bottom)


def chars_box(chars: Iterable[Char]) -> BBox:
    x0 = top = float("inf")
    x1 = bottom = float("-inf")
    for c in chars:
        x0, top = min(x0, c[X0]), min(top, c[TOP])
        x1, bottom = max(x1, c[X1]), max(bottom, c[BOTTOM])
    return (x0, top, x1, bottom)


UNREADABLE = "\ufffd"
"""How a glyph nothing could read is written in ``Removed.text``: the replacement
character, one per glyph code, so no "(cid:N)" reaches a record (glyphs.py)."""


def unreadable_text(chars: Iterable[Char]) -> str:
    """U+FFFD for each glyph code of ``chars`` ("(cid:3)(cid:17)" is two)."""
    return "".join(UNREADABLE * max(1, c[TEXT].count("(cid:")) for c in chars)


class Removals:
    """Removed blocks in the order cleaning found them; ``add`` merges a line into the
    last block when it has the same kind and page and ``seq`` follows the last line's."""

    __slots__ = ("_blocks", "_last")

    def __init__(self) -> None:
        self._blocks: list[tuple[str, int | None, BBox | None, list[str]]] = []
        self._last: tuple[str, int | None, int] | None = None

    def __len__(self) -> int:
        return len(self._blocks)

    def add(self, kind: str, page: int | None, bbox: BBox | None, text: str, seq: int | None = None) -> None:
        """One removed line (or block); ``seq`` is its place among the lines of its step
        (row index), so only lines next to each other merge."""
        last = self._last
        if seq is not None and last is not None and last == (kind, page, seq - 1) and self._blocks:
            k, p, box, texts = self._blocks[-1]
            if box is not None and bbox is not None:
                box = _union(box, bbox)
            texts.append(text)
            self._blocks[-1] = (k, p, box, texts)
        else:
            self._blocks.append((kind, page, bbox, [text]))
        self._last = (kind, page, seq) if seq is not None else None

    def add_run(self, kind: str, page: int | None, texts: list[str]) -> None:
        """Lines removed one after the other (a line-number column): one block, as ``add``
        with ``seq`` 0, 1, 2 … makes it."""
        if texts:
            self._blocks.append((kind, page, None, list(texts)))
            self._last = (kind, page, len(texts) - 1)

    def add_line(self, kind: str, page: int, line: Line, seq: int) -> None:
        self.add(kind, page, (line.x0, line.top, line.x1, line.bottom), line.text, seq)

    def add_words(self, kind: str, page: int, rows: list[list[Word]]) -> None:
        """One block of words, a row per line of its text (a line-number column)."""
        words = [w for row in rows for w in row]
        if words:
            self.add(kind, page, words_box(words), "\n".join(" ".join(w.text for w in row) for row in rows))

    def extend(self, other: Removals) -> None:
        self._blocks.extend(other._blocks)
        self._last = None

    def items(self) -> tuple[Removed, ...]:
        return tuple(
            Removed(
                kind,
                page,
                None if box is None else (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2)),
                "\n".join(texts),
            )
            for kind, page, box, texts in self._blocks
        )
