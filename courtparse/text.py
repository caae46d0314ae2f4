"""CleanText: the cleaned body string plus, for every character, where it was printed.

The offset map is recorded while the text is built (as pdfplumber's TextMap does):
each cleaning step appends characters together with their page and box, and white
space the cleaner inserts is appended with no origin. A Span is then a slice of the
map, never a search.

The map is stored in runs: the characters of a line mostly share their page, top and
bottom (PDF backends give each glyph its font's ascent and descent), so those are kept
once per run, and only x0 and x1 per character. That is 8 bytes a character where four
float32 and a page took 18: a 391-page filing's map was most of its parse's memory.
Inserted white space has x0 = +inf and x1 = -inf, so it drops out of a min/max with
no test per character.

The line contract
-----------------

Every extractor reads ``CleanText.text`` by these rules, which both cleaning paths keep —
layout cleaning of a PDF (``layout/assemble.py``, ``Assembler._separator`` and
``_glue``) and text input (``textinput.py`` with ``textflavors.py``):

* **A space join** — one sentence running on: a line that reaches the body's right margin
  continues on the next (PDF: the line is full and the next is not indented, or a form
  field's value goes on under itself; text: the wrapped lines of a paragraph, each at least
  0.6 of its longest). A line-end hyphen after a letter, before a lower-case word, joins
  with no space and is kept ("non-\ndispositive" -> "non-dispositive"); so does an em or
  en dash at a line's end.
* **A newline** — a printed line of its own that does not run on: a caption line (every
  caption line stays one per line), a title line, a heading, an address line, a form
  field ("Case No.  CV 16-4435"), the last line of a paragraph before a non-indented one,
  the name under a signature rule ("______").
* **A blank line** (``"\n\n"``) — a paragraph or block break: a vertical gap wider than
  1.6 line pitches, a short line followed by an indented one, a page boundary, a blank
  line of text input (where double-spaced text printed one after every line, the wrapped
  lines are joined first). Never more than one blank line in a row from a PDF.
* **A page boundary** is a blank line, or a space join where the last sentence of a page
  runs on onto the next (the next page starts in lower case, or the last line is full and
  ends with no sentence end). There is no form feed in ``text``: pages are known from the
  offset map (``Span.page``), and for text input only as a count (``Document.pages``).

Gone from ``text`` (the furniture cleaning guarantees to remove):

* the ECF stamp lines ("Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2",
  the bankruptcy second line), parsed into ``Document.ecf``;
* running page headers and footers, page numbers, form ids at a page's foot;
* margin text printed sideways (N.D. Cal.'s court name) — PDF input;
* footnotes, moved to ``CleanText.footnotes`` (their markers taken out of the body and
  kept as each footnote's ``anchor``);
* pleading-paper line-number columns: from a PDF always (by geometry); from text, every
  run that counts up line by line;
* markdown of PDF-to-markdown converters (``[15-cv-00798-HSG](#)``, ``**bold**``, ``#
  heading``): text input of that flavour; a PDF never produces it;
* form feeds, carriage returns (as ``\n``) and NUL characters.

Not guaranteed: a line number text input could not see as part of a counting run (an
unknown flavour, a run broken by the tool) may still start a line inside a token
("15-cv-\n12 00798-HSG"), so patterns that read across line breaks use
``patterns.GAP``, which allows one.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from math import inf

import attrs

from courtparse.models import BBox, Span

_NO_PAGE = 0
"""The page of a character the cleaner inserted (a space, a newline): none."""

_Key = tuple[int, float, float]
"""A run's page, top and bottom."""


class _Geometry:
    """The offset map of one text: runs (start, page, top, bottom) and x0/x1 per
    character. A run holds every character from its start to the next run's; its
    inserted characters (x0 = inf) have no origin."""

    __slots__ = ("bottoms", "pages", "starts", "tops", "x0", "x1")

    def __init__(self) -> None:
        self.x0 = array("f")
        self.x1 = array("f")
        self.starts = array("L")
        self.pages = array("H")
        self.tops = array("f")
        self.bottoms = array("f")


class TextBuilder:
    """Accumulates text and its origins; ``build()`` freezes it into a CleanText."""

    __slots__ = ("_geo", "_key", "_len", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._geo = _Geometry()
        self._key: _Key | None = None
        """The last run's page, top and bottom; None while it holds no placed character."""
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def _run(self, start: int, key: _Key) -> None:
        """Make ``key`` the current run, starting at ``start`` unless it already is."""
        if key == self._key:
            return
        g = self._geo
        if self._key is None and len(g.starts):
            # The last run holds only inserted characters: give it this origin.
            g.pages[-1], g.tops[-1], g.bottoms[-1] = key
        else:
            g.starts.append(start)
            g.pages.append(key[0])
            g.tops.append(key[1])
            g.bottoms.append(key[2])
        self._key = key

    def _unplaced(self, n: int) -> None:
        g = self._geo
        if not len(g.starts):
            g.starts.append(self._len)
            g.pages.append(_NO_PAGE)
            g.tops.append(0.0)
            g.bottoms.append(0.0)
        g.x0.extend([inf] * n)
        g.x1.extend([-inf] * n)

    def add(self, text: str, page: int | None = None, bbox: BBox | None = None) -> None:
        """Append ``text`` whose every character has the same origin (or none)."""
        n = len(text)
        if not n:
            return
        if page is None or bbox is None or page == _NO_PAGE:
            self._unplaced(n)
        else:
            x0, top, x1, bottom = bbox
            self._run(self._len, (page, top, bottom))
            self._geo.x0.extend([x0] * n)
            self._geo.x1.extend([x1] * n)
        self._parts.append(text)
        self._len += n

    def add_line(
        self,
        text: str,
        page: int,
        x0s: Sequence[float],
        x1s: Sequence[float],
        tops: Sequence[float],
        bottoms: Sequence[float],
    ) -> None:
        """Append one printed line of ``page``: x0, x1, top and bottom per character.
        White space the cleaner inserted has x0 = inf and x1 = -inf (no origin) and
        repeats a neighbour's top and bottom, so it starts no run. Layout appends a
        line in one call: per-character appends were most of its time."""
        n = len(text)
        if not len(x0s) == len(x1s) == len(tops) == len(bottoms) == n:
            raise ValueError(
                f"{len(x0s)}, {len(x1s)}, {len(tops)}, {len(bottoms)} box values for {n} characters"
            )
        if not n:
            return
        top, bottom = tops[0], bottoms[0]
        if tops.count(top) == n and bottoms.count(bottom) == n:
            # One top and bottom for the whole line (the usual case): at most one new run.
            self._run(self._len, (page, top, bottom))
        else:
            base = self._len
            last = (top, bottom)
            self._run(base, (page, top, bottom))
            for i, key in enumerate(zip(tops, bottoms, strict=True)):
                if key != last:
                    last = key
                    self._run(base + i, (page, *key))
        self._geo.x0.extend(x0s)
        self._geo.x1.extend(x1s)
        self._parts.append(text)
        self._len += n

    def build(
        self, footnotes: tuple[FootnoteText, ...] = (), footnote_index: int | None = None
    ) -> CleanText:
        text = "".join(self._parts)
        self._parts = [text]  # the pieces are garbage now, not kept beside the whole
        return CleanText(text, footnotes, footnote_index, _geometry=self._geo)


@attrs.frozen
class FootnoteText:
    """A footnote split off the body: its marker, its own CleanText, and the offset of
    its marker in the body when the marker was found there."""

    marker: str
    clean: CleanText
    anchor: tuple[int, int] | None = None


class CleanText:
    """The body string extractors read (``text``, by the line contract of the module doc),
    with its offset map and the ``footnotes`` (each a ``FootnoteText`` with its own
    CleanText and its anchor in the body)."""

    __slots__ = ("_geo", "footnote_index", "footnotes", "text")

    def __init__(
        self,
        text: str,
        footnotes: tuple[FootnoteText, ...] = (),
        footnote_index: int | None = None,
        *,
        _geometry: _Geometry | None = None,
    ) -> None:
        self.text = text
        self._geo = _geometry if _geometry is not None else _Geometry()
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
        return len(self._geo.x0) == len(self.text) and len(self.text) > 0

    def _run_of(self, offset: int) -> int:
        return bisect_right(self._geo.starts, offset) - 1

    def page_at(self, offset: int) -> int | None:
        if not self.has_geometry or not 0 <= offset < len(self.text):
            return None
        if self._geo.x0[offset] == inf:
            return None
        page = self._geo.pages[self._run_of(offset)]
        return page if page != _NO_PAGE else None

    def span(self, start: int, end: int) -> Span:
        """The Span of ``text[start:end]``: page of its first placed character and the
        union of the boxes of its characters on that page."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        page: int | None = None
        bbox: BBox | None = None
        if self.has_geometry and end > start:
            # Slices of the arrays per run, not a loop per character: extractors ask
            # for the spans of whole sentences, and this was half of their time.
            g = self._geo
            starts, x0s, x1s = g.starts, g.x0, g.x1
            runs = len(starts)
            x0 = top = inf
            x1 = bottom = -inf
            i = self._run_of(start)
            while i < runs and starts[i] < end:
                p = g.pages[i]
                a = max(start, starts[i])
                i += 1
                if p == _NO_PAGE or (page is not None and p != page):
                    continue
                b = min(end, starts[i]) if i < runs else end
                lo = min(x0s[a:b])
                if lo == inf:
                    continue  # only inserted white space of this run is in range
                page = p
                x0 = min(x0, lo)
                x1 = max(x1, max(x1s[a:b]))
                top = min(top, g.tops[i - 1])
                bottom = max(bottom, g.bottoms[i - 1])
            if page is not None:
                bbox = (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
        return Span(start, end, page, bbox, self.footnote_index)

    def segments(self) -> list[CleanText]:
        """The body followed by each footnote's text: what an extractor that must also
        read footnotes (docket citations, dates) iterates over."""
        return [self, *(f.clean for f in self.footnotes)]
