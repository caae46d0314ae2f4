"""Text printed sideways in the margin (N.D. Cal.'s "United States District Court /
Northern District of California", a firm's name down the edge of pleading paper).

Characters the backend marks not upright are taken out of the body. When most of a
page is sideways (a landscape exhibit), the page is turned upright instead."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence

from courtparse.layout.params import DEFAULT as P
from courtparse.pdf.base import BOTTOM, FONT, TEXT, TOP, UPRIGHT, X0, X1, Char

_UPRIGHT = operator.itemgetter(UPRIGHT)


def split_rotated(chars: Sequence[Char]) -> tuple[list[Char], list[Char]]:
    """(upright characters, sideways characters)."""
    if all(map(_UPRIGHT, chars)):  # the usual page, nothing sideways: a C-level test
        return list(chars), []
    return [c for c in chars if c[UPRIGHT]], [c for c in chars if not c[UPRIGHT]]


def turn_upright(chars: Sequence[Char], height: float) -> list[Char]:
    """Map sideways characters into an upright frame so lines can be built from them.

    Text reading bottom-to-top (stream order runs up the page) gets x = height - bottom;
    text reading top-to-bottom gets x = top. The glyph's size is its extent across the
    line (backends report a meaningless size for rotated glyphs)."""
    ink = [c for c in chars if not c[TEXT].isspace()]
    up_votes = 0
    for a, b in itertools.pairwise(ink):
        if abs(a[X0] - b[X0]) < P.sideways_column:
            up_votes += 1 if b[TOP] < a[TOP] else -1
    bottom_to_top = up_votes >= 0
    out: list[Char] = []
    for c in chars:
        size = max(c[X1] - c[X0], 1.0)
        if bottom_to_top:
            out.append((c[TEXT], height - c[BOTTOM], height - c[TOP], c[X0], c[X1], size, True, c[FONT]))
        else:
            out.append((c[TEXT], c[TOP], c[BOTTOM], -c[X1], -c[X0], size, True, c[FONT]))
    return out
