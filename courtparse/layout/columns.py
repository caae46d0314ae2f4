"""Two-column captions read column by column.

A California caption prints the parties on the left and the case number and title on
the right, often with a column of ")" (or "]", ":") between them; both columns share
rows, so reading row by row would interleave "UNITED STATES OF AMERICA," with
"Case No. 18-cr-00258-EJD-1". Here the gutter is found from the rows that print on
both sides of one x, and the block around it is emitted left column first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from courtparse.layout.forms import field_value_x0
from courtparse.layout.lines import Line, Word
from courtparse.layout.params import DEFAULT as P

_SEPARATORS = ")]|:§"


def _is_separator(word: Word) -> bool:
    t = word.text
    # Stripping the separator glyphs leaves nothing: one C call per word of the page.
    return bool(t) and not t.strip(_SEPARATORS)


def strip_separator_column(lines: list[Line], removed: list[list[Word]] | None = None) -> list[Line]:
    """Drop the stacked ")" / "]" / ":" words of a caption's middle column (three or
    more at one x); a lone ")" in the body stays. The words dropped, a list per line,
    are appended to ``removed`` when given."""
    seps: list[float] = []
    for ln in lines:
        seps.extend(w.x0 for w in ln.words if _is_separator(w))
    if len(seps) < P.separator_column:
        return lines
    seps.sort()
    cols: list[float] = []
    j = 0
    for k, x in enumerate(seps):
        while x - seps[j] > P.separator_x:
            j += 1
        if k - j + 1 >= P.separator_column:
            cols.append(x)
    if not cols:
        return lines
    out: list[Line] = []
    for ln in lines:
        keep = [
            w for w in ln.words
            if not (_is_separator(w) and any(abs(w.x0 - x) <= P.separator_x for x in cols))
        ]
        if len(keep) == len(ln.words):
            out.append(ln)
            continue
        if removed is not None:
            removed.append([w for w in ln.words if w not in keep])
        if keep:
            out.append(Line(keep, ln.row))
    return out


def _overlap(a: Line, b: Line) -> bool:
    """Whether two fragments print on one row: their vertical extents overlap by a
    third of a line. Caption columns are rarely baseline-aligned (a title set in
    another size drifts against the parties), so rows are matched by overlap."""
    h = min(a.bottom - a.top, b.bottom - b.top)
    return min(a.bottom, b.bottom) - max(a.top, b.top) >= max(P.row_overlap * h, P.min_row_overlap)


def _side_pairs(lines: list[Line]) -> list[tuple[Line, Line]]:
    """Pairs (left, right) of fragments side by side on one row."""
    by_top = sorted(lines, key=lambda ln: ln.top)
    pairs = []
    for i, a in enumerate(by_top):
        for b in by_top[i + 1 :]:
            if b.top >= a.bottom:
                break
            if not _overlap(a, b):
                continue
            lhs, rhs = (a, b) if a.x1 <= b.x0 else (b, a)
            if lhs.x1 <= rhs.x0:
                pairs.append((lhs, rhs))
    return pairs


def _cut_at(line: Line, edge: float) -> list[Line]:
    """Cut a fragment at the column edge where a gap wider than a word space (the
    place of a removed ")" column) holds it; a centred heading whose ordinary word
    space happens to fall on the edge ("NORTHERN DISTRICT | OF CALIFORNIA") stays whole."""
    words = line.words
    for k in range(1, len(words)):
        a, b = words[k - 1], words[k]
        if a.x1 < edge <= b.x0 and b.x0 - a.x1 >= P.cut_gap * max(a.size, b.size, 1.0):
            # A form's label keeps its value ("Present: The Honorable | CHRISTINA A.
            # SNYDER", cacd.605797.1670.0): the line crosses the gutter instead.
            value_x0 = field_value_x0(line)
            if value_x0 is not None and b.x0 <= value_x0:
                return [line]
            return [Line(words[:k], line.row), Line(words[k:], line.row)]
    return [line]


def _column_pairs(lines: list[Line]) -> tuple[list[tuple[Line, Line]], set[int]]:
    """Side-by-side pairs that may be a caption's columns, and the ids of lines in a
    form's row of fields ("Case No. CV 16-4435 PA (MRWx)" | "Date August 8, 2016",
    C.D. Cal. minutes), which reads left to right: such a row is no column pair, and
    a block of columns does not grow over it (the minutes' clerk table below)."""
    pairs = _side_pairs(lines)
    fields: set[int] = set()
    if not pairs:
        return pairs, fields
    labeled = {id(ln) for ln in lines if field_value_x0(ln) is not None}
    kept = []
    for a, b in pairs:
        if id(a) in labeled and id(b) in labeled:
            fields.add(id(a))
            fields.add(id(b))
        else:
            kept.append((a, b))
    return kept, fields


def _gutter(pairs: list[tuple[Line, Line]]) -> tuple[float, int]:
    """The gutter: the middle of one pair's gap that lies in the most pairs' gaps
    (a.x1 <= g <= b.x0; neither line then crosses g), and how many. Counted by bisection
    over sorted gap edges, not pair by pair: a table page has thousands of pairs."""
    starts = sorted(a.x1 for a, _b in pairs)
    ends = sorted(b.x0 for _a, b in pairs)
    best_g, best_n = 0.0, 0
    for a0, b0 in pairs:
        g = (a0.x1 + b0.x0) / 2
        n = bisect_right(starts, g) - bisect_left(ends, g)
        if n > best_n:
            best_g, best_n = g, n
    return best_g, best_n


def order_lines(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Lines in reading order, and the ids of lines inside a two-column block (the
    caption region, whose printed lines must stay one per line)."""
    lines = sorted(lines, key=lambda ln: (ln.row, ln.x0))
    pairs, _fields = _column_pairs(lines)
    if len(pairs) < P.min_split_rows:
        return lines, set()
    best_g, best_n = _gutter(pairs)
    if best_n < P.min_split_rows:
        return lines, set()
    g = best_g
    # The right column's left edge: where its lines start. A left-column line may run
    # past g (a long party name ending just before a ")" column), so sides are told by
    # where a line starts, and a row read as one fragment ("VADE SECURE, INCORPORATED;
    # VADE Date: N/A") is cut at the word gap before that edge.
    edge = min(b.x0 for a, b in pairs if a.x1 <= g <= b.x0) - P.column_slack
    lines = [part for ln in lines for part in _cut_at(ln, edge)]
    pairs, fields = _column_pairs(lines)
    # The block: from the first to the last split row, grown over neighbouring lines
    # that stay on one side of the gutter.
    crossing = [
        (ln.x0 < edge and ln.x1 > edge + 2 * P.column_slack) or id(ln) in fields for ln in lines
    ]
    split_ids = {id(x) for a, b in pairs if a.x0 < edge <= b.x0 for x in (a, b)}
    idx = [i for i, ln in enumerate(lines) if id(ln) in split_ids]
    if len(idx) < 2:
        # Cut at the edge, no row splits across it any more (glyphs stacked at one x,
        # corpus/bad/order_lines_indexerror.pdf): no two-column block.
        return lines, set()
    lo, hi = idx[0], idx[-1]
    if any(crossing[lo : hi + 1]):
        # A full-width line interrupts: keep the longest run of non-crossing lines
        # holding the most split rows.
        best = (0, lo, lo)
        start = lo
        for i in range(lo, hi + 2):
            if i > hi or crossing[i]:
                count = sum(1 for k in range(start, i) if id(lines[k]) in split_ids)
                if count > best[0]:
                    best = (count, start, i - 1)
                start = i + 1
        if best[0] < P.min_split_rows:
            return lines, set()
        lo, hi = best[1], best[2]
    while lo > 0 and not crossing[lo - 1] and lines[lo].top - lines[lo - 1].bottom < P.block_gap * lines[lo].size:
        lo -= 1
    while hi + 1 < len(lines) and not crossing[hi + 1] and lines[hi + 1].top - lines[hi].bottom < P.block_gap * lines[hi].size:
        hi += 1
    block = lines[lo : hi + 1]
    left = [ln for ln in block if ln.x0 < edge]
    right = [ln for ln in block if ln.x0 >= edge]
    ordered = lines[:lo] + left + right + lines[hi + 1 :]
    return ordered, {id(ln) for ln in block}
