"""Footnotes: split off the foot of the page by font size and position, each started
by its marker, continued across pages, and tied to the superscript marker in the body.
"""

from __future__ import annotations

from courtparse.layout.lines import Line, Word
from courtparse.layout.params import DEFAULT as P

_SYMBOLS = frozenset("*†‡§¶")


def is_ascii_number(text: str) -> bool:
    """ASCII digits only: "²" and "٣" pass ``str.isdigit`` but ``int("²7")`` raises."""
    return text.isascii() and text.isdigit()


def is_marker_text(text: str) -> bool:
    """"1", "12", "*", "**", "†": what a footnote marker prints."""
    if not text or len(text) > P.marker_len:
        return False
    return is_ascii_number(text) or all(ch in _SYMBOLS for ch in text)


def _marker_start(line: Line, markers: set[str]) -> bool:
    first = line.words[0]
    return first.sup and first.text in markers


def split_foot(lines: list[Line], body_size: float, height: float) -> tuple[list[Line], list[Line]]:
    """(body lines, footnote lines), ``lines`` in top-to-bottom order.

    The footnotes are the run of small lines at the foot of the page, or (where a
    filing prints its footnotes at body size) everything from the first line in the
    page's lower part that starts with a raised marker already printed in the body
    above it."""
    if body_size <= 0 or not lines:
        return lines, []
    i = len(lines)
    while i > 0 and lines[i - 1].size <= P.footnote_small * body_size:
        i -= 1
    if i < len(lines) and lines[i].top < P.foot_zone * height:
        # The small run reaches the page's upper part: a page set in small type (a
        # chart, a web printout, even from its first line), not footnotes.
        i = len(lines)
    seen: set[str] = set()
    for k, ln in enumerate(lines[:i]):
        if k > 0 and ln.top > P.body_size_notes * height and _marker_start(ln, seen):
            i = k
            break
        seen.update(w.text for w in ln.words if w.sup and is_marker_text(w.text))
    return lines[:i], lines[i:]


_CITATION_SIGNS = frozenset("§¶")
"""Legal writing's section and paragraph signs: at text height, a line that starts with
one cites ("§§ 2000cc-2000cc-5 (Count X)." ca1_00117684624), it is no footnote marker."""


def start_marker(line: Line, expected: int | None) -> tuple[str, list[Word]] | None:
    """The marker a footnote line starts with, and the line's words after it.

    A raised marker always counts; a marker at text height ("1 The exact date …")
    counts when it is the number expected next, so a line that merely starts with
    a number is not taken for a new footnote; so does a typewriter note's "1."."""
    first = line.words[0]
    t = first.text
    if first.sup and is_marker_text(t):
        return t, line.words[1:]
    if t.endswith(".") and is_ascii_number(t[:-1]) and len(t) <= P.typewriter_marker_len and len(line.words) > 1:
        # A typewriter footnote below its rule: "1. The parties conferred ..." at the
        # foot of the page in the notes' smaller type.
        t = t[:-1]
        if expected is not None and int(t) != expected:
            return None
        return t, line.words[1:]
    if not is_marker_text(t) or len(line.words) < 2:
        # Marker glued to the first word: "1The exact date" printed without a gap.
        return None
    if is_ascii_number(t):
        if expected is not None and int(t) != expected:
            return None
        return t, line.words[1:]
    if any(ch in _CITATION_SIGNS for ch in t):
        return None
    if line.words[1].text[:1].isdigit():
        return None  # "* 12 U.S.C." is not a note; "* Sitting by designation" is
    return t, line.words[1:]
