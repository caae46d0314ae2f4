"""Positioned characters → words → printed lines, by geometry alone.

Backends give characters in content-stream order (pdfium's internal order is not
reading order, and a court's ECF stamp is often drawn over the page afterwards), so
everything here sorts by position. Each output character keeps its box, so the
cleaner can append (char, page, box) to the TextBuilder.

A *band* is one printed row (all characters whose vertical middles agree); a band is
split into *fragments* where a wide horizontal gap separates two columns (a caption's
party column and its case-number column print on the same rows).
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

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

SUPER_RATIO = 0.85
"""A character this much smaller than its row and raised above the baseline is a
superscript (a footnote marker)."""

WORD_GAP = 0.24
"""A horizontal gap wider than this share of the font size separates words (when the
PDF prints no space character). Just under Times New Roman's space (0.25 em, the
narrowest of the usual court fonts): a gap of one space's width is a word space even
where the PDF leaves the space out (caed.380641.4.0, pdfplumber: "908DB",
"THESEARCH" with exactly 3.0 pt at 12 pt)."""

FONT_CHANGE_GAP = 0.1
"""Where the font changes, a gap wider than this share of the font size separates words:
a value typed into a form's blank in another font ("September" in Times, "23" in
Helvetica 1.5 pt on, caed.380451.6.0), where a word's own letters touch."""

COLUMN_GAP = 2.5
"""A gap wider than this many font sizes separates two fragments of one row."""

LABEL_GAP = 1.0
"""A form prints a field's value at least this many font sizes after its label
("Date    July 1, 2019"); a body sentence's word space is a quarter of that."""

LABEL_REACH = 8.0
"""A value starts within this many font sizes of its label: a form's tab stop, not
a second blank field ("Date ________ Signature of pro se or counsel", cafc_3)."""

_FIELD_LABEL_RE = re.compile(
    r"""
    ^(?P<label>(?i:
        # The fields a court's form prints before their values, with or without a colon:
        # C.D. Cal. minutes (CV-90, CR-484) "Case No." "Date" "Title" "Proceedings:"
        # (cacd.624044.400.0, cacd.605797.1670.0), "Case No.:" "Date:" "Title:"
        # (labeled/cacd.657892.182.0); a notice of motion's "Date:" "Time:" "Dept:"
        # "Judge:" "Ctrm:" (cacd.645219.282.0, cacd.635155.962.0).
        (?:case|docket)\s(?:no|nos|number)\.?
      | date | title | judge | time | courtroom | ctrm\.? | dept\.? | proceedings
      | present:?\sthe\shonorable  # the minutes' judge: "Present: The Honorable  GEORGE H. WU"
    ))\s?:?$
    # Not any short line ending in a colon: a transcript's "THE COURT:" or "MS. CHEN:"
    # opens running speech, an appearance list's "FOR PLAINTIFF:" heads a column.
    """,
    re.VERBOSE,
)

_SEPARATOR_START = frozenset(")]|:§")
"""A caption's ")" column, stripped after rows are split: what follows a label across it
("In re:  ) Case No. 20-50682") is the other column, not the label's value."""

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

    __slots__ = ("band", "bottom", "size", "top", "words", "x0", "x1")

    def __init__(self, words: list[Word], band: int = 0) -> None:
        self.words = words
        self.band = band
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

    @property
    def body_words(self) -> list[Word]:
        return [w for w in self.words if not w.sup]

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


def _bands(chars: Sequence[Char]) -> list[list[Char]]:
    """Group characters into rows by their vertical middle. Space characters (whose
    boxes some PDFs place off the line) join the row nearest their middle."""
    ink = [c for c in chars if c[TEXT] not in SPACES]
    # Sorted by top + bottom (twice the middle) through a list's C-level __getitem__:
    # a Python key function was a call per glyph.
    mid2 = [c[TOP] + c[BOTTOM] for c in ink]
    bands: list[list[Char]] = []
    mids: list[float] = []
    cur: list[Char] = []
    ref = 0.0
    tol2 = 0.0
    for i in sorted(range(len(ink)), key=mid2.__getitem__):
        m2 = mid2[i]
        if m2 - ref <= tol2 and cur:
            cur.append(ink[i])
            continue
        if cur:
            bands.append(cur)
            mids.append(ref / 2)
        c = ink[i]
        _text, _x0, _x1, top, bottom, size, _up, _font = c
        cur = [c]
        ref = m2
        tol2 = 0.6 * (size if size < bottom - top or bottom <= top else bottom - top)
        if tol2 < 2.0:
            tol2 = 2.0
    if cur:
        bands.append(cur)
        mids.append(ref / 2)
    if not bands or len(ink) == len(chars):
        return bands
    extents: dict[int, tuple[float, float]] = {}
    for c in chars:
        if c[TEXT] not in SPACES:
            continue
        mid = (c[TOP] + c[BOTTOM]) / 2
        k = bisect_left(mids, mid)
        reach = 0.6 * max(c[SIZE], 1.0)
        near = [j for j in (k - 1, k) if 0 <= j < len(mids) and abs(mids[j] - mid) <= reach]
        if len(near) == 2:
            # Two rows this close (a pleading line number a point off its text's
            # line): the space goes to the one that prints on both sides of it, or
            # "TOSHIBA CORPORATION" loses its space to the number's row.
            x = c[X0]
            inside = [j for j in near if _extent(bands[j], j, extents)[0] <= x <= _extent(bands[j], j, extents)[1]]
            if len(inside) == 1:
                near = inside
        if near:
            bands[min(near, key=lambda j: abs(mids[j] - mid))].append(c)
    return bands


def _extent(band: list[Char], j: int, cache: dict[int, tuple[float, float]]) -> tuple[float, float]:
    """A row's leftmost and rightmost glyph edges (cached by row index)."""
    ext = cache.get(j)
    if ext is None:
        ext = (min(map(_X0, band)), max(c[X1] for c in band))
        cache[j] = ext
    return ext


def _merge_superscripts(bands: list[list[Char]]) -> list[list[Char]]:
    """A short row of small characters whose bottom lies inside the next row (or the
    previous one) is a raised footnote marker of that row: merge it in."""
    out: list[list[Char]] = []
    i = 0
    n = len(bands)
    while i < n:
        b = bands[i]
        if len(b) > 4 and b[4][TEXT] not in SPACES:
            # A band starts with its printed glyphs (_bands appends spaces after
            # them), so five of them: not a marker. Saves a pass over every row.
            out.append(b)
            i += 1
            continue
        ink = [c for c in b if c[TEXT] not in SPACES]
        if 0 < len(ink) <= 4:
            size = max(c[SIZE] for c in ink)
            bottom = max(c[BOTTOM] for c in ink)
            host: list[Char] | None = None
            if i + 1 < n:
                nxt = [c for c in bands[i + 1] if c[TEXT] not in SPACES]
                if nxt:
                    ntop = min(c[TOP] for c in nxt)
                    nbot = max(c[BOTTOM] for c in nxt)
                    nsize = dominant_size(nxt)
                    if size <= SUPER_RATIO * nsize and ntop < bottom < nbot:
                        bands[i + 1] = bands[i + 1] + b
                        i += 1
                        continue
            if out:
                prev = [c for c in out[-1] if c[TEXT] not in SPACES]
                if prev:
                    ptop = min(c[TOP] for c in prev)
                    pbot = max(c[BOTTOM] for c in prev)
                    psize = dominant_size(prev)
                    if size <= SUPER_RATIO * psize and ptop < bottom < pbot:
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
            if abs(c[X0] - last[X0]) < 0.8 and c[TEXT] == last[TEXT]:
                placed = True  # duplicate glyph (shadow/fake bold)
                break
        if placed:
            continue
        best: list[Char] | None = None
        for row in rows:
            last = row[-1]
            w = min(c[X1] - c[X0], last[X1] - last[X0])
            if c[X0] >= last[X1] - 0.4 * max(w, 0.1):
                if last[FONT] == c[FONT] and abs(last[SIZE] - c[SIZE]) < 0.5:
                    best = row
                    break
                if best is None:
                    best = row
        if best is None:
            rows.append([c])
        else:
            best.append(c)
    return rows


INKED_SPACE = 0.8
"""A space drawn where an ink glyph is drawn — starting within this share of its width of
the glyph's start and covered by it for this share of its width — is not a word space but
an overprinted copy's glyph without a mapping. A word space before an italic word is
overlapped too, by the italic glyph's slanted box, but starts a space's width earlier."""


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
                    abs(o[X0] - x0) < (1.0 - INKED_SPACE) * min(width, ow) and overlap > INKED_SPACE * ow
                )
            if aligned and covered > INKED_SPACE * width:
                continue
        out.append(c)
    return out


FILL_IN_EDGE = 0.2
"""A fill-in may overlap the glyphs either side of its blank by this share of the
font size (the typed "23" of "September 23, 2020" runs under the comma)."""


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
            edge = FILL_IN_EDGE * max(c[SIZE] for c in ink)
            lo = min(c[X0] for c in ink) + edge
            hi = max(c[X1] for c in ink) - edge
            if not any(lo < m < hi for m in middles):
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
    for c in chars[1:]:
        x0 = c[X0]
        x1 = c[X1]
        cw = x1 - x0
        w = cw if cw < pw else pw
        if w > 0.5 and x0 < px1 - 0.5 * w:
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
        base_cands = sorted(c[BOTTOM] for c in ink if abs(c[SIZE] - size) < 0.6)
    else:
        size = 0.0
        base_cands = []
    baseline = base_cands[len(base_cands) // 2] if base_cands else 0.0
    words: list[Word] = []
    cur: list[Char] = []
    cur_sup = False
    space = False
    last_x1 = -1e9
    sup_size = SUPER_RATIO * size
    sup_bottom = baseline - 0.15 * size
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
            or gap > WORD_GAP * (csize if csize > 1.0 else 1.0)
            or sup != cur_sup
            or (font != last_font and gap > FONT_CHANGE_GAP * (csize if csize > 1.0 else 1.0))
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
    if len(words) < 3 or not all(len(w.chars) == 1 and w.chars[0][TEXT].isupper() for w in words):
        return words
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    size = words[0].size
    if max(gaps) > 1.5 * size:
        return words
    # The letters' even gap is the median; a word space adds to it, and the heading
    # keeps it ("RELATED RELIEF", not "RELATEDRELIEF").
    letter_gap = sorted(gaps)[len(gaps) // 2]
    out: list[Word] = []
    cur = [words[0].chars[0]]
    for gap, w in zip(gaps, words[1:], strict=True):
        if gap > letter_gap + WORD_GAP * size:
            out.append(Word(cur))
            cur = []
        cur.append(w.chars[0])
    out.append(Word(cur))
    return out


def build_rows(chars: Sequence[Char]) -> list[list[Word]]:
    """Rows of words, top to bottom, words in x order."""
    rows: list[list[Word]] = []
    for band in _merge_superscripts(_bands(chars)):
        band.sort(key=_X0)
        parts = _split_overlay(band) if _overprinted(band) else [band]
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
        if len(row) == 1 and len(row[0].text) <= 3 and i + 1 < n and set(row[0].text) <= _MARKER_CHARS:
            w = row[0]
            nxt = rows[i + 1]
            top = min(x.top for x in nxt)
            bottom = max(x.bottom for x in nxt)
            size = max(x.size for x in nxt)
            if w.size <= SUPER_RATIO * size and top < w.bottom < bottom:
                w.sup = True
                nxt.insert(bisect_left([x.x0 for x in nxt], w.x0), w)
                continue
        out.append(row)
    return out


def _is_label(words: list[Word]) -> bool:
    """Whether a fragment is a form field's label ("Case No.", "Title", "Date:")."""
    return len(words) <= 3 and _FIELD_LABEL_RE.match(" ".join(w.text for w in words)) is not None


def _opens_field(words: list[Word]) -> bool:
    """Whether a fragment starts with a field's label ("Date August 8, 2016") or is
    another column's heading ("Description:")."""
    if len(words) <= 3 and words[-1].text.endswith(":"):
        return True
    return any(_is_label(words[:k]) for k in range(1, min(len(words), 3) + 1))


def field_value_x0(line: Line) -> float | None:
    """Where the value of a form field starts, when the line opens with the field's
    label and the form's gap after it ("Title   Jane Roe v. Acme Widgets, Inc."); None
    for any other line. The value's continuation prints under it. Per line: words are
    looked at only when the gap is there, which a body line does not print."""
    words = line.words
    for k in range(1, min(len(words), 4)):
        a, b = words[k - 1], words[k]
        if b.x0 - a.x1 >= LABEL_GAP * max(a.size, b.size, 1.0):
            return b.x0 if _is_label(words[:k]) else None
    return None


def split_fragments(words: list[Word], band: int) -> list[Line]:
    """Split a row at gaps wide enough to separate columns; a form's field label keeps
    its value however wide the form's gap ("Title" ... "Jane Roe v. ...")."""
    if not words:
        return []
    parts: list[list[Word]] = []
    prev = words[0]
    cur = [prev]
    for w in words[1:]:
        size = w.size if w.size > prev.size else prev.size
        if w.x0 - prev.x1 > COLUMN_GAP * (size if size > 1.0 else 1.0):
            parts.append(cur)
            cur = []
        cur.append(w)
        prev = w
    parts.append(cur)
    if len(parts) == 1:
        return [Line(cur, band)]
    # A split row (a caption's columns, a form's fields): a label takes its value, when
    # the row goes on, if at all, with another field ("Case No." | "CV 16-4435 PA
    # (MRWx)" | "Date August 8, 2016"), not with a table's next cell ("Date" |
    # "Proposed" | "Tek's", cacd.661853.352.2) or heading ("Date:" | "Description:").
    merged: list[list[Word]] = []
    k = 0
    while k < len(parts):
        label = parts[k]
        if k + 1 < len(parts) and _is_label(label):
            nxt = parts[k + 1]
            a, b = label[-1], nxt[0]
            if (
                b.x0 - a.x1 <= LABEL_REACH * max(a.size, b.size, 1.0)
                and b.text[:1] not in _SEPARATOR_START
                and not _opens_field(nxt)
                and (k + 2 == len(parts) or _opens_field(parts[k + 2]))
            ):
                merged.append(label + nxt)
                k += 2
                continue
        merged.append(label)
        k += 1
    return [Line(part, band) for part in merged]
