"""Layout cleaning: positioned characters of each page → one CleanText body.

One page at a time: sideways margin text out, characters into rows, the pleading
line-number column out, the ECF stamp parsed and out, page furniture out, footnotes
split off, two-column captions read column by column, lines joined into running
text. A running header or footer is recognised by its repeat on the next or previous
page, so each page is finished once the next one has been read: at most two pages of
lines are alive at once, whatever the length of the filing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from courtparse.layout import removed as _removed
from courtparse.layout.assemble import Assembler, PageGeometry
from courtparse.layout.columns import order_lines, strip_separator_column
from courtparse.layout.footnotes import split_foot
from courtparse.layout.forms import join_fields
from courtparse.layout.furniture import (
    clerk_stamp_lines,
    in_band,
    is_folio,
    is_form_or_doc_id,
    is_running_header,
    repeat_key,
)
from courtparse.layout.glyphs import GlyphMapper
from courtparse.layout.linenumbers import remove_line_numbers
from courtparse.layout.lines import Line, Word, attach_lone_markers, build_rows, split_fragments
from courtparse.layout.margins import split_rotated, turn_upright
from courtparse.layout.params import DEFAULT as P
from courtparse.layout.removed import Removals, chars_box, unreadable_text, words_box
from courtparse.layout.stamp import (
    is_stamp_companion,
    page_count_of,
    page_id_of,
    parse_stamp_line,
    stamps_disagree,
    wrapped_page_total,
)
from courtparse.models import BBox, EcfStamp, Removed
from courtparse.pdf.base import BOTTOM, X0, Char, Page, page_list
from courtparse.text import CleanText

__all__ = ["LayoutResult", "clean_pages", "parse_stamp_line"]


@attrs.frozen
class LayoutResult:
    clean: CleanText
    ecf: EcfStamp | None
    warnings: tuple[str, ...]
    pages: int
    textless_pages: tuple[int, ...]
    removed: tuple[Removed, ...] = ()


class _PageLines:
    """One page after per-page cleaning, waiting for its neighbours' furniture."""

    __slots__ = ("edge", "height", "keys", "lines", "number", "width")

    def __init__(self, number: int, width: float, height: float, lines: list[Line]) -> None:
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
        # The page-edge band each line lies in: "top", "bottom", "head" (a running
        # header under the stamp) or None (the body).
        self.edge = [in_band(ln.top, ln.bottom, height) for ln in lines]
        # A running header may print below the top band, under the ECF stamp (the 5th
        # Cir.'s "No. 21-50498"; the Federal Circuit's "PACKET INTELLIGENCE LLC v.
        # NETSCOUT SYSTEMS, INC.   3"): the page's first row counts as header there,
        # and goes where a neighbour page repeats it (its page number aside).
        if lines and self.edge[0] is None:
            first = lines[0].row
            row = [k for k, ln in enumerate(lines) if ln.row == first and ln.bottom <= P.head_band * height]
            # The header's fragments: the header itself, and a page number beside it.
            if any(is_running_header(lines[k].text) for k in row):
                for k in row:
                    if is_running_header(lines[k].text) or is_folio(lines[k].text):
                        self.edge[k] = "head"
        self.keys: set[tuple[str, str]] = {
            (b, repeat_key(ln.text)) for ln, b in zip(lines, self.edge, strict=True) if b is not None
        }


def _row_text(row: list[Word]) -> str:
    return " ".join(w.text for w in row)


_STAMP_STARTS = frozenset(("Case", "Appeal", "Appellate"))


def _find_stamp(
    rows: list[list[Word]], height: float, chars: list[Char]
) -> tuple[EcfStamp | None, set[int]]:
    """The page's stamp and the rows to drop with it.

    Where a page prints two stamps of different entries (a paper filed again, the
    new stamp drawn over the old one: cand.203070.27.0 "Document 26" under
    "Document 27"), the one drawn last in the page's content (``chars`` is in drawing
    order) is the filing's own; otherwise the first one, top to bottom."""
    stamp: EcfStamp | None = None
    found: list[tuple[EcfStamp, Char]] = []
    drop: set[int] = set()
    for i, row in enumerate(rows):
        top = min(w.top for w in row)
        bottom = max(w.bottom for w in row)
        if not P.stamp_bands.reached_by(top, bottom, height):
            continue
        text = _row_text(row)
        st = parse_stamp_line(text)
        if st is None and len(row) > 1 and len(row[0].text) <= P.stamp_junk_len:
            # OCR reads a rule, a box edge or a speck beside the stamp as a short word
            # ("= Case 3:20-mb-04298-CDB Document 1 ...", "ry Case ...",
            # azd.1257439.1.0): the stamp without it.
            for k in range(1, min(len(row), P.stamp_junk_words + 1)):
                if row[k].text in _STAMP_STARTS or row[k].text.startswith("USCA"):
                    if all(len(w.text) <= P.stamp_junk_len for w in row[:k]):
                        st = parse_stamp_line(_row_text(row[k:]))
                    break
        if st is None:
            continue
        drop.add(i)
        if st.page_count is None and i + 1 < len(rows):
            total = wrapped_page_total(text, _row_text(rows[i + 1]))
            if total is not None:
                st = attrs.evolve(st, page_count=total)
                drop.add(i + 1)
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(rows) and j not in drop:
                near = rows[j]
                reach = P.stamp_companion_reach * max(row[0].size, P.stamp_min_size)
                if abs(min(w.top for w in near) - top) < reach:
                    t = _row_text(near)
                    if is_stamp_companion(t):
                        drop.add(j)
                        # The bankruptcy courts' second line holds the page count
                        # ("Desc Exhibit C Page 1 of 3"), C.D. Cal.'s the Page ID.
                        if st.page_count is None:
                            total = page_count_of(t)
                            if total is not None:
                                st = attrs.evolve(st, page_count=total)
                        if st.page_id is None:
                            pid = page_id_of(t)
                            if pid is not None:
                                st = attrs.evolve(st, page_id=pid)
        found.append((st, row[0].chars[0]))
        if stamp is None:
            stamp = st
    if stamp is not None and len(found) > 1 and any(stamps_disagree(stamp, st) for st, _ in found):
        order = {id(c): k for k, c in enumerate(chars)}
        stamp = max(found, key=lambda sc: order.get(id(sc[1]), -1))[0]
    return stamp, drop


OcrHook = Callable[[Page], "Page | None"]
"""Recognizes a page with no text layer; returns it with OCR characters (None when
OCR failed). Given by the pipeline when OCR is installed and wanted."""


class _Cleaner:
    def __init__(self, ocr: OcrHook | None, ocr_note: str) -> None:
        self.ocr = ocr
        self.ocr_note = ocr_note
        self.ocr_pages: list[int] = []
        self.out = Assembler()
        self.ecf: EcfStamp | None = None
        self.warnings: list[str] = []
        self.textless: list[int] = []
        self.glyphs = GlyphMapper()
        self.unmapped_pages: list[int] = []
        self.unreadable: list[int] = []
        self.empty: list[int] = []
        self.ocr_glyph_pages: list[int] = []
        self.sizes: Counter[float] = Counter()
        self.count = 0
        self._pending: _PageLines | None = None
        self._before: set[tuple[str, str]] = set()
        self.removed = Removals()

    # -- per page -------------------------------------------------------------------

    def _stamp(self, page: Page, st: EcfStamp) -> None:
        if self.ecf is None:
            self.ecf = st
        elif stamps_disagree(self.ecf, st):
            self.warnings.append(
                f"ECF stamp on page {page.number} ({st.raw}) differs from page 1's ({self.ecf.raw})"
            )

    def page(self, page: Page, recognized: bool = False) -> None:
        unreadable = False
        record = _removed.RECORD
        rm = Removals()  # this page's, kept once the page is not sent to OCR
        if not recognized:
            self.count += 1
            gone: list[Char] | None = [] if record else None
            chars, dropped = self.glyphs.page(page.chars, gone)
            if gone:
                self.removed.add("unmapped_glyphs", page.number, chars_box(gone), unreadable_text(gone))
            if chars is not page.chars:
                page = page._replace(chars=chars)
            if dropped:
                self.unmapped_pages.append(page.number)
                # Mostly glyphs nothing can read: like a page without a text layer.
                unreadable = dropped > P.mostly_unreadable * (dropped + len(chars))
        up, rot = split_rotated(page.chars)
        if rot and len(rot) > P.sideways_majority * len(up):
            up = up + turn_upright(rot, page.height)
            rot = []
        rows = build_rows(up)
        numbers: list[list[Word]] | None = [] if record else None
        numbered = remove_line_numbers(rows, page.width, page.height, numbers)
        if numbers:
            rm.add_words("line_numbers", page.number, numbers)
        if numbered is not rows:  # pleading paper: markers the numbers kept apart
            numbered = attach_lone_markers(numbered)
        rows = numbered
        stamp, drop = _find_stamp(rows, page.height, page.chars)
        if rot and (stamp is None or record):
            turned = turn_upright(rot, page.height)
            side_rows = build_rows(turned)
            for k, row in enumerate(side_rows):
                side = parse_stamp_line(_row_text(row))
                if stamp is None and side is not None:
                    stamp = side
                    if not record:
                        break
                if record:
                    box = _unturned(words_box(row), rot[0], turned[0], page.height)
                    rm.add("ecf_stamp" if side else "margin_text", page.number, box, _row_text(row), k)
        ink = 0
        lines: list[Line] = []
        sizes = self.sizes
        upper_edge = P.foot_zone * page.height
        for i, row in enumerate(rows):
            if i in drop:
                if record:
                    rm.add("ecf_stamp", page.number, words_box(row), _row_text(row), i)
                continue
            # The body's size is counted where footnotes never start (the page's upper
            # part), rounded: a filing whose footnotes outweigh its body (an expert
            # report, cand.306945.1244.0: 1,000 footnotes) must not make the
            # footnote size the body's, and pdfminer's sizes of one font differ in
            # the last digits from line to line.
            upper = min(w.top for w in row) < upper_edge
            for w in row:
                n = len(w.chars)
                ink += n
                if upper and not w.sup:
                    key = round(w.size, 1)
                    sizes[key] = sizes.get(key, 0) + n
            lines.extend(join_fields(split_fragments(row, i)))
        if not recognized and (
            unreadable
            or (ink < P.min_ink and (page.image_area > P.textless_image_area or stamp is not None))
            or (ink < P.scan_ink and page.image_area >= P.scan_image_area)
        ):
            ocr_page = self.ocr(page) if self.ocr is not None else None
            if ocr_page is not None:
                (self.ocr_glyph_pages if unreadable else self.ocr_pages).append(page.number)
                self.page(ocr_page, recognized=True)
                return
            (self.unreadable if unreadable else self.textless).append(page.number)
        elif not recognized and not page.chars and page.image_area <= 0:
            # Nothing drawn that holds text: a blank page, or one whose content the file
            # lost (a page object without its /Contents): said either way, since a reader
            # cannot tell which (fuzz: "/Contents" broken on 2 of 3 pages, no warning).
            self.empty.append(page.number)
        if stamp is not None:
            self._stamp(page, stamp)
        clerk = clerk_stamp_lines(lines, page.height)
        if clerk:
            if record:
                for n, k in enumerate(sorted(clerk)):
                    rm.add_line("filed_box", page.number, lines[k], n)
            lines = [ln for k, ln in enumerate(lines) if k not in clerk]
        seps: list[list[Word]] | None = [] if record else None
        lines = strip_separator_column(lines, seps)
        if seps:
            rm.add_words("separator_column", page.number, seps)
        self.removed.extend(rm)
        current = _PageLines(page.number, page.width, page.height, lines)
        if self._pending is not None:
            self._finish(self._pending, current.keys)
        self._pending = current

    def _finish(self, pl: _PageLines, after: set[tuple[str, str]]) -> None:
        neighbours = self._before | after
        body: list[Line] = []
        record = _removed.RECORD
        for k, (ln, edge) in enumerate(zip(pl.lines, pl.edge, strict=True)):
            if edge is not None:
                text = ln.text
                if edge != "head" and (is_folio(text) or is_form_or_doc_id(text)):
                    if record:
                        self.removed.add_line("page_number" if is_folio(text) else "form_id", pl.number, ln, k)
                    continue
                # A running header's first printing is the filing's own heading (the court
                # name atop each page of a C.D. Cal. minutes form): keep it on page 1.
                repeated = (edge, repeat_key(text)) in neighbours
                if repeated and not (edge in ("top", "head") and pl.number == 1):
                    if record:
                        kind = "running_footer" if edge == "bottom" else "running_header"
                        self.removed.add_line(kind, pl.number, ln, k)
                    continue
            body.append(ln)
        self._before = pl.keys
        body.sort(key=lambda ln: (ln.row, ln.x0))
        body_size = self.sizes.most_common(1)[0][0] if self.sizes else 0.0
        body, foot = split_foot(body, body_size, pl.height)
        if foot:
            body.extend(self.out.take_footnotes(foot, pl.number))
        ordered, caption = order_lines(body)
        geo = PageGeometry([ln for ln in ordered if id(ln) not in caption], pl.width)
        self.out.add_body(ordered, pl.number, geo, caption)

    def result(self) -> LayoutResult:
        if self._pending is not None:
            self._finish(self._pending, set())
            self._pending = None
        clean = self.out.body.build(footnotes=self.out.footnotes())
        warnings = list(self.warnings)
        if self.glyphs.dropped:
            warnings.insert(
                0,
                f"{self.glyphs.dropped} glyphs without a Unicode mapping left out of the text"
                f" ({page_list(self.unmapped_pages)})",
            )
        if self.unreadable:
            warnings.insert(
                0,
                f"{_pages_phrase(self.unreadable)} mostly glyphs without a Unicode mapping"
                f" (unreadable); {self.ocr_note}",
            )
        if self.ocr_glyph_pages:
            warnings.insert(
                0,
                f"{_pages_phrase(self.ocr_glyph_pages)} mostly glyphs without a Unicode mapping;"
                " text recognized by OCR",
            )
        if self.ocr_pages:
            warnings.insert(0, f"{_pages_phrase(self.ocr_pages)} no text layer; text recognized by OCR")
        if self.textless:
            warnings.insert(0, f"{_pages_phrase(self.textless)} no text layer; {self.ocr_note}")
        if self.empty:
            warnings.append(f"{_pages_phrase(self.empty)} no text and no image (blank, or its content is missing)")
        removed = sorted(self.removed.items(), key=lambda r: r.page or 0)  # stable: found order within a page
        return LayoutResult(
            clean, self.ecf, tuple(warnings), self.count, tuple(self.textless), tuple(removed)
        )


def _unturned(box: BBox, original: Char, turned: Char, height: float) -> BBox:
    """The page box of a box in the frame ``turn_upright`` turned sideways text into;
    ``original`` and ``turned`` are one character before and after, which tell the
    direction it turned."""
    x0, top, x1, bottom = box
    if turned[X0] == height - original[BOTTOM]:  # read bottom to top: x = height - bottom
        return (top, height - x1, bottom, height - x0)
    return (-bottom, x0, -top, x1)


def _pages_phrase(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> "pages 1-3, 7 have"; [4] -> "page 4 has"."""
    return page_list(numbers) + (" has" if len(numbers) == 1 else " have")


def clean_pages(
    pages: Iterable[Page], *, ocr: OcrHook | None = None, ocr_note: str = "OCR not installed"
) -> LayoutResult:
    """Clean a filing's pages (consumed one at a time) into its CleanText and stamp.

    ``ocr`` recognizes pages without a text layer; ``ocr_note`` says in the warning
    why pages stayed unread."""
    cleaner = _Cleaner(ocr, ocr_note)
    for page in pages:
        cleaner.page(page)
    return cleaner.result()
