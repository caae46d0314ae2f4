"""Two-column captions read column by column.

A California caption prints the parties on the left and the case number and title on
the right, often with a column of ")" (or "]", ":") between them; both columns share
rows, so reading row by row would interleave "UNITED STATES OF AMERICA," with
"Case No. 18-cr-00258-EJD-1". Here the gutter is found from the rows that print on
both sides of one x, and the block around it is emitted left column first.
"""

from __future__ import annotations

import itertools

from courtparse.layout.lines import Line, Word

_SEPARATORS = frozenset(")]|:§")


def _is_separator(word: Word) -> bool:
    t = word.text
    return bool(t) and all(ch in _SEPARATORS for ch in t)


def strip_separator_column(lines: list[Line]) -> list[Line]:
    """Drop the stacked ")" / "]" / ":" words of a caption's middle column (three or
    more at one x); a lone ")" in the body stays."""
    seps: list[float] = []
    for ln in lines:
        seps.extend(w.x0 for w in ln.words if _is_separator(w))
    if len(seps) < 3:
        return lines
    seps.sort()
    cols: list[float] = []
    j = 0
    for k, x in enumerate(seps):
        while x - seps[j] > 4.0:
            j += 1
        if k - j + 1 >= 3:
            cols.append(x)
    if not cols:
        return lines
    out: list[Line] = []
    for ln in lines:
        keep = [
            w for w in ln.words
            if not (_is_separator(w) and any(abs(w.x0 - x) <= 4.0 for x in cols))
        ]
        if len(keep) == len(ln.words):
            out.append(ln)
        elif keep:
            out.append(Line(keep, ln.band))
    return out


def _split_rows(lines: list[Line], g: float) -> int:
    """How many rows print a fragment wholly left of x=g and one wholly right of it."""
    rows: dict[int, list[Line]] = {}
    for ln in lines:
        rows.setdefault(ln.band, []).append(ln)
    n = 0
    for frs in rows.values():
        if len(frs) < 2 or any(f.x0 < g < f.x1 for f in frs):
            continue
        if any(f.x1 <= g for f in frs) and any(f.x0 >= g for f in frs):
            n += 1
    return n


def order_lines(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Lines in reading order, and the ids of lines inside a two-column block (the
    caption region, whose printed lines must stay one per line)."""
    lines = sorted(lines, key=lambda ln: (ln.band, ln.x0))
    multi: dict[int, list[Line]] = {}
    for ln in lines:
        multi.setdefault(ln.band, []).append(ln)
    gaps: list[float] = []
    for frs in multi.values():
        if len(frs) < 2:
            continue
        frs = sorted(frs, key=lambda f: f.x0)
        gaps.extend((a.x1 + b.x0) / 2 for a, b in itertools.pairwise(frs))
    if not gaps:
        return lines, set()
    best_g, best_n = 0.0, 0
    for g in gaps:
        n = _split_rows(lines, g)
        if n > best_n:
            best_g, best_n = g, n
    if best_n < 2:
        return lines, set()
    g = best_g
    # The block: from the first to the last split row, grown over neighbouring lines
    # that stay on one side of the gutter.
    crossing = [ln.x0 < g < ln.x1 for ln in lines]
    split_bands = set()
    for band, frs in multi.items():
        if len(frs) >= 2 and not any(f.x0 < g < f.x1 for f in frs) and any(
            f.x1 <= g for f in frs
        ) and any(f.x0 >= g for f in frs):
            split_bands.add(band)
    idx = [i for i, ln in enumerate(lines) if ln.band in split_bands]
    lo, hi = idx[0], idx[-1]
    if any(crossing[lo : hi + 1]):
        # A full-width line interrupts: keep the longest run of non-crossing lines
        # holding the most split rows.
        best = (0, lo, lo)
        start = lo
        for i in range(lo, hi + 2):
            if i > hi or crossing[i]:
                count = sum(1 for k in range(start, i) if lines[k].band in split_bands)
                if count > best[0]:
                    best = (count, start, i - 1)
                start = i + 1
        if best[0] < 2:
            return lines, set()
        lo, hi = best[1], best[2]
    while lo > 0 and not crossing[lo - 1] and lines[lo].top - lines[lo - 1].bottom < 2.5 * lines[lo].size:
        lo -= 1
    while hi + 1 < len(lines) and not crossing[hi + 1] and lines[hi + 1].top - lines[hi].bottom < 2.5 * lines[hi].size:
        hi += 1
    block = lines[lo : hi + 1]
    left = [ln for ln in block if ln.x1 <= g]
    right = [ln for ln in block if ln.x1 > g]
    ordered = lines[:lo] + left + right + lines[hi + 1 :]
    return ordered, {id(ln) for ln in block}
