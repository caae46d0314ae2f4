"""CleanText: the cleaned body string plus, for every character, where it was printed.

The offset map is recorded while the text is built (as pdfplumber's TextMap does):
each cleaning step appends characters together with their page and box, and white
space the cleaner inserts is appended with no origin. A Span is then a slice of the
map, never a search. Arrays keep the map at ~20 bytes a character, so a 400-page
filing costs a few MB.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import compress

import attrs

from courtparse.models import BBox, Span

NO_PAGE = 0
"""The page of a character the cleaner inserted (a space, a newline): none."""
_NO_PAGE = NO_PAGE


class TextBuilder:
    """Accumulates text and its origins; ``build()`` freezes it into a CleanText."""

    __slots__ = ("_boxes", "_len", "_pages", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pages = array("H")
        self._boxes = array("f")
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def add(self, text: str, page: int | None = None, bbox: BBox | None = None) -> None:
        """Append ``text`` whose every character has the same origin (or none)."""
        n = len(text)
        if not n:
            return
        self._parts.append(text)
        self._len += n
        if page is None or bbox is None:
            self._pages.extend([_NO_PAGE] * n)
            self._boxes.extend([0.0] * (4 * n))
        else:
            self._pages.extend([page] * n)
            self._boxes.extend(list(bbox) * n)

    def add_placed(self, text: str, pages: Sequence[int], boxes: Sequence[float]) -> None:
        """Append ``text`` with a page per character (``NO_PAGE`` for inserted white
        space) and four box values (x0, top, x1, bottom) per character. Layout
        appends a whole line in one call: per-character ``add`` calls dominated
        its time."""
        n = len(text)
        if len(pages) != n or len(boxes) != 4 * n:
            raise ValueError(f"{len(pages)} pages and {len(boxes)} box values for {n} characters")
        if not n:
            return
        self._parts.append(text)
        self._len += n
        self._pages.extend(pages)
        self._boxes.extend(boxes)

    def add_chars(self, chars: Iterable[tuple[str, int, BBox]]) -> None:
        """Append characters each with its own page and box."""
        for text, page, bbox in chars:
            self.add(text, page, bbox)

    def tail(self, n: int) -> str:
        """The last ``n`` characters appended (cheap look-behind for cleaners)."""
        out = ""
        for part in reversed(self._parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:] if n else ""

    def build(
        self, footnotes: tuple[FootnoteText, ...] = (), footnote_index: int | None = None
    ) -> CleanText:
        return CleanText(
            "".join(self._parts), self._pages, self._boxes, footnotes, footnote_index
        )


@attrs.frozen
class FootnoteText:
    """A footnote split off the body: its marker, its own CleanText, and the offset of
    its marker in the body when the marker was found there."""

    marker: str
    clean: CleanText
    anchor: tuple[int, int] | None = None


class CleanText:
    """The body string extractors read, with its offset map and the footnotes."""

    __slots__ = ("_boxes", "_pages", "footnote_index", "footnotes", "text")

    def __init__(
        self,
        text: str,
        pages: array[int] | None = None,
        boxes: array[float] | None = None,
        footnotes: tuple[FootnoteText, ...] = (),
        footnote_index: int | None = None,
    ) -> None:
        self.text = text
        self._pages = pages if pages is not None else array("H")
        self._boxes = boxes if boxes is not None else array("f")
        self.footnotes = footnotes
        self.footnote_index = footnote_index
        """Set on a footnote's own CleanText: its index in the document's footnotes."""

    @classmethod
    def from_string(cls, text: str) -> CleanText:
        """A CleanText with no geometry, for text input and for tests."""
        return cls(text)

    def __repr__(self) -> str:
        return f"CleanText({self.text[:60]!r}..., footnotes={len(self.footnotes)})"

    def __len__(self) -> int:
        return len(self.text)

    @property
    def has_geometry(self) -> bool:
        return len(self._pages) == len(self.text) and len(self.text) > 0

    def page_at(self, offset: int) -> int | None:
        if not self.has_geometry or not 0 <= offset < len(self.text):
            return None
        page = self._pages[offset]
        return page if page != _NO_PAGE else None

    def span(self, start: int, end: int) -> Span:
        """The Span of ``text[start:end]``: page of its first placed character and the
        union of the boxes of its characters on that page."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        page: int | None = None
        bbox: BBox | None = None
        if self.has_geometry and end > start:
            # Slices of the arrays, not a loop per character: extractors ask for the
            # spans of whole sentences, and this was half of their time.
            pages = self._pages[start:end]
            page = next((p for p in pages if p != _NO_PAGE), None)
            if page is not None:
                boxes = self._boxes[4 * start : 4 * end]
                x0s: Iterable[float] = boxes[0::4]
                tops: Iterable[float] = boxes[1::4]
                x1s: Iterable[float] = boxes[2::4]
                bottoms: Iterable[float] = boxes[3::4]
                if pages.count(page) != len(pages):
                    # Inserted white space (no page) or a later page: only this page's
                    # characters count.
                    keep = [p == page for p in pages]
                    x0s, tops = compress(x0s, keep), compress(tops, keep)
                    x1s, bottoms = compress(x1s, keep), compress(bottoms, keep)
                bbox = (
                    round(min(x0s), 2), round(min(tops), 2),
                    round(max(x1s), 2), round(max(bottoms), 2),
                )
        return Span(start, end, page, bbox, self.footnote_index)

    def segments(self) -> list[CleanText]:
        """The body followed by each footnote's text: what an extractor that must also
        read footnotes (docket citations, dates) iterates over."""
        return [self, *(f.clean for f in self.footnotes)]
