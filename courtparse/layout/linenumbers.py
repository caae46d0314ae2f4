"""Pleading-paper line numbers: a narrow column of right-aligned numerals 1..28 left
of the body, in sequence down much of the page. Only that column is removed; a number
printed in the body (a numbered paragraph, a count) is not in it and stays."""

from __future__ import annotations

import itertools

from courtparse.layout.lines import Word

MIN_NUMBERS = 5
"""Fewer numerals than this in one column are not pleading paper."""

MIN_SPAN = 0.35
"""The column must run over at least this share of the page height."""


def _number(word: Word) -> int | None:
    t = word.text
    # ASCII digits only: "²7" passes str.isdigit() but int() rejects it.
    if word.sup or not (t.isascii() and t.isdigit()) or len(t) > 2:
        return None
    v = int(t)
    return v if 1 <= v <= 40 else None


def remove_line_numbers(rows: list[list[Word]], width: float, height: float) -> list[list[Word]]:
    """The rows without the line-number column (rows left empty are dropped)."""
    cands: list[tuple[int, float, float, int]] = []  # (row index, x1, top, value)
    for i, row in enumerate(rows):
        if not row:
            continue
        w = row[0]
        v = _number(w)
        if v is not None and w.x1 < 0.3 * width:
            cands.append((i, w.x1, w.top, v))
    if len(cands) < MIN_NUMBERS:
        return rows
    # Right-aligned column: the largest group of candidates sharing an x1 (±3 pt).
    xs = sorted(c[1] for c in cands)
    best_x, best_n = xs[0], 0
    j = 0
    for k, x in enumerate(xs):
        while x - xs[j] > 3.0:
            j += 1
        if k - j + 1 > best_n:
            best_n, best_x = k - j + 1, x
    column = [c for c in cands if best_x - 3.0 <= c[1] <= best_x + 0.5]
    if len(column) < MIN_NUMBERS:
        return rows
    tops = [c[2] for c in column]
    if max(tops) - min(tops) < MIN_SPAN * height:
        return rows
    # In sequence: values rise with the position down the page.
    column.sort(key=lambda c: c[2])
    rising = sum(1 for a, b in itertools.pairwise(column) if b[3] > a[3])
    if rising < 0.7 * (len(column) - 1):
        return rows
    # The body starts to the right of the column.
    col_x1 = max(c[1] for c in column)
    drop = {c[0] for c in column}
    out: list[list[Word]] = []
    for i, row in enumerate(rows):
        if i in drop:
            rest = row[1:]
            if rest and rest[0].x0 < col_x1:
                rest = row[1:]
            if rest:
                out.append(rest)
        else:
            out.append(row)
    return out
