"""Pleading-paper line numbers: a narrow column of right-aligned numerals 1..28 left
of the body, in sequence down much of the page. Only that column is removed; a number
printed in the body (a numbered paragraph, a count) is not in it and stays."""

from __future__ import annotations

import itertools

from courtparse.layout.lines import Word
from courtparse.layout.params import DEFAULT as P


def _number(word: Word) -> int | None:
    t = word.text
    # ASCII digits only: "²7" passes str.isdigit() but int() rejects it.
    if word.sup or not (t.isascii() and t.isdigit()) or len(t) > 2:
        return None
    v = int(t)
    return v if 1 <= v <= P.max_line_number else None


def remove_line_numbers(
    rows: list[list[Word]], width: float, height: float, removed: list[list[Word]] | None = None
) -> list[list[Word]]:
    """The rows without the line-number column (rows left empty are dropped); the words
    taken out, a list per row, appended to ``removed`` when given."""
    cands: list[tuple[int, float, float, int, float]] = []  # (row, x1, top, value, x0)
    at: dict[int, int] = {}  # row -> index of its candidate word
    for i, row in enumerate(rows):
        k = _leading_number(row, P.line_number_column * width)
        if k is not None:
            w = row[k]
            v = _number(w)
            assert v is not None
            cands.append((i, w.x1, w.top, v, w.x0))
            at[i] = k
    if len(cands) < P.min_line_numbers:
        return rows
    # The column: the largest group of candidates sharing an edge (±3 pt), right
    # (pleading paper) or left (a transcript's "1" over "10", C.D. Cal. transcripts).
    column: list[tuple[int, float, float, int, float]] = []
    for edge in (1, 4):
        xs = sorted(c[edge] for c in cands)
        best_x, best_n = xs[0], 0
        j = 0
        for k, x in enumerate(xs):
            while x - xs[j] > P.line_number_edge:
                j += 1
            if k - j + 1 > best_n:
                best_n, best_x = k - j + 1, x
        group = [
            c for c in cands if best_x - P.line_number_edge <= c[edge] <= best_x + P.line_number_edge_slack
        ]
        if len(group) > len(column):
            column = group
    if len(column) < P.min_line_numbers:
        return rows
    tops = [c[2] for c in column]
    if max(tops) - min(tops) < P.line_number_span * height:
        return rows
    # In sequence: values rise with the position down the page.
    column.sort(key=lambda c: c[2])
    rising = sum(1 for a, b in itertools.pairwise(column) if b[3] > a[3])
    if rising < P.line_numbers_rising * (len(column) - 1):
        return rows
    drop = {c[0] for c in column}
    out: list[list[Word]] = []
    for i, row in enumerate(rows):
        if i in drop:
            # The number and what prints left of it (a transcript's time stamp).
            rest = row[at[i] + 1 :]
            if removed is not None:
                removed.append(row[: at[i] + 1])
            if rest:
                out.append(rest)
        else:
            out.append(row)
    return out


_STAMP_CHARS = frozenset("0123456789:.")


def _leading_number(row: list[Word], limit: float) -> int | None:
    """Index of the word of ``row`` that may be its line number: the first word, or
    the first after a time stamp printed in the margin left of the numbers (real-time
    transcripts: "0 2 : 0 2   1   SANTA ANA, CALIFORNIA", cacd.600795.150.0)."""
    if not row or row[0].x1 >= limit:
        return None
    # A time stamp first ("02:02", its glyphs spaced out): the number after it. Only
    # after a colon, so a body line's second number ("14  11 U.S.C.") is never taken.
    # The stamp ends at the first gap wider than an em after its colon; the number
    # is the word after that gap.
    seen_colon = False
    for k, w in enumerate(row):
        if w.x1 >= limit or not set(w.text) <= _STAMP_CHARS:
            break
        if seen_colon and w.x0 - row[k - 1].x1 > P.time_stamp_gap * max(w.size, 1.0):
            return k if _number(w) is not None else None
        if ":" in w.text:
            seen_colon = True
    return 0 if _number(row[0]) is not None else None
