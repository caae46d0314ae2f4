"""Positioned characters → words → printed lines, by geometry alone.

Backends give characters in content-stream order (pdfium's internal order is not
reading order, and a court's ECF stamp is often drawn over the page afterwards), so
everything here sorts by position. Each output character keeps its box, so the
cleaner can append (char, page, box) to the TextBuilder.

A *row* is one printed row (all characters whose vertical middles agree); a row is
split into *fragments* where a wide horizontal gap separates two columns (a caption's
party column and its case-number column print on the same rows).
"""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

from courtparse.layout.params import DEFAULT as P
from courtparse.pdf.base import BOTTOM, FONT, SIZE, TEXT, TOP, X0, X1, Char

# Ligature glyphs some PDFs print as one character; the body must read "file", not "ﬁle".
EXPAND = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u00a0": " ",
    "\u00ad": "-",
}

SPACES = frozenset(ch for ch in map(chr, range(0x3001)) if ch.isspace())
"""What ``str.isspace`` calls white space (none lies above U+3000): testing a glyph's
text against the set costs less than the method call, on every glyph of a page."""


class Word:
    """Characters printed together with no word gap between them."""

    __slots__ = ("bottom", "chars", "size", "sup", "text", "top", "x0", "x1")

    def __init__(self, chars: list[Char], sup: bool = False) -> None:
        self.chars = chars
        self.sup = sup
        # Read many times (stamp, furniture, footnotes, output): joined once.
        self.text = "".join(map(_TEXT, chars))
        first = chars[0]
        # Glyphs of one word share a font; their boxes differ only in x.
        self.x0 = first[X0]
        self.x1 = chars[-1][X1] if len(chars) > 1 else first[X1]
        self.top = first[TOP]
        self.bottom = first[BOTTOM]
        self.size = first[SIZE]

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.x0:.1f}, {self.top:.1f})"


class Line:
    """One fragment of a printed row: words in x order, with its box and font size."""

    __slots__ = ("bottom", "row", "size", "top", "words", "x0", "x1")

    def __init__(self, words: list[Word], row: int = 0) -> None:
        self.words = words
        self.row = row  # the index of the page's printed row this fragment was split from
        best = first = words[0]
        self.x0 = first.x0
        x1, top, bottom = first.x1, first.top, first.bottom
        for w in words:
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            if not w.sup and (best.sup or len(w.chars) > len(best.chars)):
                best = w
        self.x1, self.top, self.bottom = x1, top, bottom
        self.size = best.size

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def __repr__(self) -> str:
        return f"Line({self.text!r}, x={self.x0:.0f}-{self.x1:.0f}, top={self.top:.0f})"


def dominant_size(chars: Iterable[Char]) -> float:
    """The font size most characters are printed in (0.0 when there are none)."""
    counts: Counter[float] = Counter(c[SIZE] for c in chars)
    if not counts:
        return 0.0
    return counts.most_common(1)[0][0]


_TEXT = operator.itemgetter(0)  # Char.text
_X0 = operator.itemgetter(1)  # Char.x0
_SIZE = operator.itemgetter(5)  # Char.size
_BOTTOM = operator.itemgetter(4)  # Char.bottom


def _char_rows(chars: Sequence[Char]) -> list[list[Char]]:
    """Group characters into rows by their vertical middle. Space characters (whose
    boxes some PDFs place off the line) join the row nearest their middle."""
    ink = [c for c in chars if c[TEXT] not in SPACES]
    # Sorted by top + bottom (twice the middle) through a list's C-level __getitem__:
    # a Python key function was a call per glyph.
    mid2 = [c[TOP] + c[BOTTOM] for c in ink]
    rows: list[list[Char]] = []
    mids: list[float] = []
    cur: list[Char] = []
    ref = 0.0
    tol2 = 0.0
    row_tolerance = P.row_tolerance
    min_row_tolerance = P.min_row_tolerance
    for i in sorted(range(len(ink)), key=mid2.__getitem__):
        m2 = mid2[i]
        if m2 - ref <= tol2 and cur:
            cur.append(ink[i])
            continue
        if cur:
            rows.append(cur)
            mids.append(ref / 2)
        c = ink[i]
        _text, _x0, _x1, top, bottom, size, _up, _font = c
        cur = [c]
        ref = m2
        tol2 = row_tolerance * (size if size < bottom - top or bottom <= top else bottom - top)
        if tol2 < min_row_tolerance:
            tol2 = min_row_tolerance
    if cur:
        rows.append(cur)
        mids.append(ref / 2)
    if not rows or len(ink) == len(chars):
        return rows
    extents: dict[int, tuple[float, float]] = {}
    for c in chars:
        if c[TEXT] not in SPACES:
            continue
        mid = (c[TOP] + c[BOTTOM]) / 2
        k = bisect_left(mids, mid)
        reach = P.space_reach * max(c[SIZE], 1.0)
        near = [j for j in (k - 1, k) if 0 <= j < len(mids) and abs(mids[j] - mid) <= reach]
        if len(near) == 2:
            # Two rows this close (a pleading line number a point off its text's
            # line): the space goes to the one that prints on both sides of it, or
            # "TOSHIBA CORPORATION" loses its space to the number's row.
            x = c[X0]
            inside = [j for j in near if _extent(rows[j], j, extents)[0] <= x <= _extent(rows[j], j, extents)[1]]
            if len(inside) == 1:
                near = inside
        if near:
            rows[min(near, key=lambda j: abs(mids[j] - mid))].append(c)
    return rows


def _extent(row: list[Char], j: int, cache: dict[int, tuple[float, float]]) -> tuple[float, float]:
    """A row's leftmost and rightmost glyph edges (cached by row index)."""
    ext = cache.get(j)
    if ext is None:
        ext = (min(map(_X0, row)), max(c[X1] for c in row))
        cache[j] = ext
    return ext


def _merge_superscripts(rows: list[list[Char]]) -> list[list[Char]]:
    """A short row of small characters whose bottom lies inside the next row (or the
    previous one) is a raised footnote marker of that row: merge it in."""
    out: list[list[Char]] = []
    i = 0
    n = len(rows)
    while i < n:
        b = rows[i]
        if len(b) > P.marker_glyphs and b[P.marker_glyphs][TEXT] not in SPACES:
            # A row starts with its printed glyphs (_char_rows appends spaces after
            # them), so five of them: not a marker. Saves a pass over every row.
            out.append(b)
            i += 1
            continue
        ink = [c for c in b if c[TEXT] not in SPACES]
        if 0 < len(ink) <= P.marker_glyphs:
            size = max(c[SIZE] for c in ink)
            bottom = max(c[BOTTOM] for c in ink)
            host: list[Char] | None = None
            if i + 1 < n:
                nxt = [c for c in rows[i + 1] if c[TEXT] not in SPACES]
                if nxt:
                    ntop = min(c[TOP] for c in nxt)
                    nbot = max(c[BOTTOM] for c in nxt)
                    nsize = dominant_size(nxt)
                    if size <= P.super_ratio * nsize and ntop < bottom < nbot:
                        rows[i + 1] = rows[i + 1] + b
                        i += 1
                        continue
            if out:
                prev = [c for c in out[-1] if c[TEXT] not in SPACES]
                if prev:
                    ptop = min(c[TOP] for c in prev)
                    pbot = max(c[BOTTOM] for c in prev)
                    psize = dominant_size(prev)
                    if size <= P.super_ratio * psize and ptop < bottom < pbot:
                        host = out[-1]
            if host is not None:
                host.extend(b)
                i += 1
                continue
        out.append(b)
        i += 1
    return out


def _split_overlay(chars: list[Char]) -> list[list[Char]]:
    """Split a row whose characters overprint each other (an ECF stamp drawn over a
    firm's footer) into one row per font, in x order. Exact duplicates (fake bold,
    drawn twice) are dropped, and so is a space drawn over another glyph's ink: the
    overprinted copy's glyph without a mapping (caed.380641.4.0's signature block, a
    second layer of "United States Magistrate Judge" whose "n", "e", "a" … pdfium reads
    as spaces), which would otherwise open a row of its own and split the line."""
    chars = _drop_inked_spaces(chars)
    rows: list[list[Char]] = []
    for c in chars:
        placed = False
        for row in rows:
            last = row[-1]
            if abs(c[X0] - last[X0]) < P.duplicate_offset and c[TEXT] == last[TEXT]:
                placed = True  # duplicate glyph (shadow/fake bold)
                break
        if placed:
            continue
        best: list[Char] | None = None
        for row in rows:
            last = row[-1]
            w = min(c[X1] - c[X0], last[X1] - last[X0])
            if c[X0] >= last[X1] - P.overlay_share * max(w, P.overlay_min_width):
                if last[FONT] == c[FONT] and abs(last[SIZE] - c[SIZE]) < P.overlay_size_tolerance:
                    best = row
                    break
                if best is None:
                    best = row
        if best is None:
            rows.append([c])
        else:
            best.append(c)
    return rows




def _drop_inked_spaces(chars: list[Char]) -> list[Char]:
    """``chars`` (in x order) without the spaces drawn over ink glyphs of their own font (a
    copy of the same text, a space as wide as the one or two letters it stands for); a
    form's blank filled in another font keeps its spaces (pool2 azd_summons "District of
    Arizona" over "____ District of ____")."""
    ink = [c for c in chars if c[TEXT] not in SPACES]
    if len(ink) == len(chars):
        return chars
    starts = [c[X0] for c in ink]
    out: list[Char] = []
    for c in chars:
        if c[TEXT] in SPACES and c[X1] > c[X0]:
            x0, x1, width = c[X0], c[X1], c[X1] - c[X0]
            covered = 0.0
            aligned = False
            for o in ink[max(0, bisect_left(starts, x0) - 1) : bisect_left(starts, x1)]:
                if o[FONT] != c[FONT] or o[X1] <= x0:
                    continue
                overlap = min(x1, o[X1]) - max(x0, o[X0])
                covered += overlap
                # The glyph it starts on lies inside it, as wide as the space or narrower: an
                # italic capital's slanted box starting at a word space is wider (pool2
                # nysd_affirmation-in-opposition "AFFIRMATION IN").
                ow = o[X1] - o[X0]
                aligned = aligned or (
                    abs(o[X0] - x0) < (1.0 - P.inked_space) * min(width, ow) and overlap > P.inked_space * ow
                )
            if aligned and covered > P.inked_space * width:
                continue
        out.append(c)
    return out




def _rejoin_fill_ins(parts: list[list[Char]]) -> list[list[Char]]:
    """Put back into its row a part that ``_split_overlay`` took out but that only
    fills a blank of another part: a day typed in another font into a form's
    "Dated: September ___, 2020" (caed.380451.6.0, "23" in Helvetica between Times
    "September" and ", 2020", its "3" under the comma). No glyph of the host may have
    its middle inside the fill-in (an ECF stamp printed over a footer covers many)."""
    at = max(range(len(parts)), key=lambda i: len(parts[i]))
    host = parts[at]
    middles = [(c[X0] + c[X1]) / 2 for c in host if c[TEXT] not in SPACES]
    out: list[list[Char]] = []
    for i, part in enumerate(parts):
        if i == at:
            out.append(host)
            continue
        ink = [c for c in part if c[TEXT] not in SPACES]
        if ink:
            edge = P.fill_in_edge * max(c[SIZE] for c in ink)
            lo = min(c[X0] for c in ink) + edge
            hi = max(c[X1] for c in ink) - edge
            # Narrower than its two edges (a ":" or ")" of a caption's separator column
            # printed over a long name, E.D. Pa.): no blank it could fill.
            if lo < hi and not any(lo < m < hi for m in middles):
                host.extend(part)
                host.sort(key=_X0)
                continue
        out.append(part)
    return out


def _overprinted(chars: list[Char]) -> bool:
    """Whether a glyph starts more than half its width left of the previous one's
    end (``chars`` in x order). Runs once per row over every glyph: locals only."""
    if len(chars) < 2:
        return False
    px1 = chars[0][X1]
    pw = px1 - chars[0][X0]
    min_width = P.overprint_min_width
    share = P.overprint_share
    for c in chars[1:]:
        x0 = c[X0]
        x1 = c[X1]
        cw = x1 - x0
        w = cw if cw < pw else pw
        if w > min_width and x0 < px1 - share * w:
            return True
        px1 = x1
        pw = cw
    return False


def _words(chars: list[Char]) -> tuple[list[Word], float, float]:
    """Words of one row, plus the row's dominant size and baseline."""
    ink = [c for c in chars if c[TEXT] not in SPACES]
    sizes = set(map(_SIZE, ink))
    if len(sizes) == 1:  # one size on the row (the usual case): all bottoms count
        size = sizes.pop()
        base_cands = sorted(map(_BOTTOM, ink))
    elif sizes:
        size = Counter(map(_SIZE, ink)).most_common(1)[0][0]
        base_cands = sorted(c[BOTTOM] for c in ink if abs(c[SIZE] - size) < P.baseline_size_tolerance)
    else:
        size = 0.0
        base_cands = []
    baseline = base_cands[len(base_cands) // 2] if base_cands else 0.0
    words: list[Word] = []
    cur: list[Char] = []
    cur_sup = False
    space = False
    last_x1 = -1e9
    sup_size = P.super_ratio * size
    sup_bottom = baseline - P.super_raise * size
    word_gap = P.word_gap
    font_change_gap = P.font_change_gap
    # The hottest loop of layout (every glyph): locals only, one unpacking per glyph.
    last_font = ""
    for c in chars:
        text, x0, x1, _top, bottom, csize, _up, font = c
        if text in SPACES:
            space = True
            continue
        sup = csize <= sup_size and bottom < sup_bottom
        gap = x0 - last_x1
        if cur and (
            space
            or gap > word_gap * (csize if csize > 1.0 else 1.0)
            or sup != cur_sup
            or (font != last_font and gap > font_change_gap * (csize if csize > 1.0 else 1.0))
        ):
            words.append(Word(cur, cur_sup))
            cur = [c]
            last_x1 = x1
        else:
            cur.append(c)
            if x1 > last_x1 or len(cur) == 1:
                last_x1 = x1
        cur_sup = sup
        space = False
        last_font = font
    if cur:
        words.append(Word(cur, cur_sup))
    return words, size, baseline


def _collapse_spaced(words: list[Word]) -> list[Word]:
    """Letter-spaced headings ("O R D E R"): single capitals at even gaps are one word;
    a wider gap among them is a word space ("R E L A T E D   R E L I E F")."""
    if len(words) < P.spaced_letters or not all(len(w.chars) == 1 and w.chars[0][TEXT].isupper() for w in words):
        return words
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    size = words[0].size
    if max(gaps) > P.spaced_letter_gap * size:
        return words
    # The letters' even gap is the median; a word space adds to it, and the heading
    # keeps it ("RELATED RELIEF", not "RELATEDRELIEF").
    letter_gap = sorted(gaps)[len(gaps) // 2]
    out: list[Word] = []
    cur = [words[0].chars[0]]
    for gap, w in zip(gaps, words[1:], strict=True):
        if gap > letter_gap + P.word_gap * size:
            out.append(Word(cur))
            cur = []
        cur.append(w.chars[0])
    out.append(Word(cur))
    return out


def build_rows(chars: Sequence[Char]) -> list[list[Word]]:
    """Rows of words, top to bottom, words in x order."""
    rows: list[list[Word]] = []
    for row in _merge_superscripts(_char_rows(chars)):
        row.sort(key=_X0)
        parts = _split_overlay(row) if _overprinted(row) else [row]
        if len(parts) > 1:
            parts = _rejoin_fill_ins(parts)
        for part in parts:
            words, _size, _base = _words(part)
            if words:
                rows.append(_collapse_spaced(words))
    return rows


_MARKER_CHARS = frozenset("0123456789*†‡§¶")


def attach_lone_markers(rows: list[list[Word]]) -> list[list[Word]]:
    """A row that is only a small raised marker ("1", "*"), left alone once the
    pleading line number printed beside it is gone (cand.288207.440.0: "26 ¹" over
    "The four examples ..."; canb.580912.33.0: "Debtors. ¹" beside "18"), joins the
    row its bottom lies in as a superscript, as ``_merge_superscripts`` does for a
    marker with no line number beside it."""
    out: list[list[Word]] = []
    n = len(rows)
    for i, row in enumerate(rows):
        if len(row) == 1 and len(row[0].text) <= P.marker_len and i + 1 < n and set(row[0].text) <= _MARKER_CHARS:
            w = row[0]
            nxt = rows[i + 1]
            top = min(x.top for x in nxt)
            bottom = max(x.bottom for x in nxt)
            size = max(x.size for x in nxt)
            if w.size <= P.super_ratio * size and top < w.bottom < bottom:
                w.sup = True
                nxt.insert(bisect_left([x.x0 for x in nxt], w.x0), w)
                continue
        out.append(row)
    return out


def split_fragments(words: list[Word], row: int) -> list[Line]:
    """Split a row at gaps wide enough to separate columns (a caption's parties and
    its case number; a form's label and its value, which ``forms.join_fields`` joins
    again)."""
    if not words:
        return []
    parts: list[list[Word]] = []
    prev = words[0]
    cur = [prev]
    column_gap = P.column_gap
    for w in words[1:]:
        size = w.size if w.size > prev.size else prev.size
        if w.x0 - prev.x1 > column_gap * (size if size > 1.0 else 1.0):
            parts.append(cur)
            cur = []
        cur.append(w)
        prev = w
    parts.append(cur)
    return [Line(part, row) for part in parts]
