"""Ordered lines of cleaned pages → the body and footnote TextBuilders.

Lines are joined into running text so a sentence that wraps reads as one: a line
that runs to the right margin continues on the next with a space; a short line
(a heading, a caption line, an address, a paragraph's last line) ends with a newline;
a wider vertical gap or a short line followed by an indented one starts a paragraph
("\\n\\n"). A line-end hyphen before a lowercase word joins without a space and keeps
the hyphen (right for "non-dispositive", harmless for a split syllable).
"""

from __future__ import annotations

import itertools
import operator
import re
from math import inf

from courtparse.layout.footnotes import is_ascii_number, is_marker_text, start_marker
from courtparse.layout.forms import field_value_x0
from courtparse.layout.lines import EXPAND, Line, Word
from courtparse.layout.params import DEFAULT as P
from courtparse.pdf.base import BOTTOM, TEXT, TOP, X0, X1
from courtparse.text import FootnoteText, TextBuilder

_SENTENCE_END = frozenset('.:;!?"”)')

_X0 = operator.itemgetter(X0)
_X1 = operator.itemgetter(X1)
_TOP = operator.itemgetter(TOP)
_BOTTOM = operator.itemgetter(BOTTOM)

_EXPANDED = re.compile("[" + "".join(EXPAND) + "]")
"""A glyph the body spells out ("ﬁ" -> "fi"): such words take the per-character path."""


class PageGeometry:
    """The body's left and right margins and its usual line pitch on one page."""

    __slots__ = ("left", "pitch", "right")

    def __init__(self, lines: list[Line], width: float) -> None:
        xs: dict[int, int] = {}
        wide: list[float] = []
        for ln in lines:
            k = round(ln.x0)
            xs[k] = xs.get(k, 0) + 1
            if ln.x1 - ln.x0 > P.wide_line * width:
                wide.append(ln.x1)
        self.left = float(min(xs.items(), key=lambda kv: (-kv[1], kv[0]))[0]) if xs else P.default_left
        if wide:
            wide.sort()
            self.right = wide[int(P.right_margin_rank * (len(wide) - 1))]
        else:
            self.right = max((ln.x1 for ln in lines), default=width - P.default_left)
        steps = sorted(
            b.top - a.top for a, b in itertools.pairwise(lines) if 0 < b.top - a.top < P.max_pitch
        )
        self.pitch = steps[len(steps) // 2] if steps else P.default_pitch

    def full(self, line: Line) -> bool:
        return line.x1 >= self.right - P.full_line * max(self.right - self.left, P.min_text_width)

    def indented(self, line: Line) -> bool:
        return line.x0 > self.left + P.indent * line.size


def _glue(prev_text: str, next_text: str) -> str:
    """The separator when ``prev`` runs on into ``next`` in the same sentence."""
    if prev_text.endswith("_"):
        return "\n"  # a signature rule: the name under it is its own line
    if (
        len(prev_text) >= 2
        and next_text[:1].islower()
        and prev_text[-1] == "-"
        and prev_text[-2].isalpha()
    ):
        return ""
    if prev_text.endswith(("—", "–")) or next_text[:1] in ("—",):
        return ""
    return " "


class _Open:
    """A footnote being built (it may continue on the next page)."""

    __slots__ = ("builder", "last_text", "marker")

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.builder = TextBuilder()
        self.last_text = ""


class Assembler:
    """Appends cleaned pages, one at a time, to the output builders."""

    def __init__(self) -> None:
        self.body = TextBuilder()
        self._prev: Line | None = None
        self._prev_page = 0
        self._prev_geo: PageGeometry | None = None
        self._prev_caption = False
        self._prev_text = ""
        self._prev_value_x0: float | None = None
        self._word_start = 0
        self._anchors: list[tuple[str, int, int]] = []
        self._notes: list[_Open] = []
        self._expected: int | None = None

    # -- body ---------------------------------------------------------------------------

    def _separator(
        self, line: Line, page: int, geo: PageGeometry, caption: bool, value_x0: float | None
    ) -> str:
        prev = self._prev
        if prev is None:
            return ""
        first = line.words[0].text
        if page != self._prev_page:
            pgeo = self._prev_geo
            if pgeo is not None and not self._prev_caption and not caption:
                if first[:1].islower() or (pgeo.full(prev) and self._prev_text[-1:] not in _SENTENCE_END):
                    return _glue(self._prev_text, first)
                if pgeo.full(prev) and not geo.indented(line):
                    return _glue(self._prev_text, first)
            return "\n\n"
        step = line.top - prev.top
        # A form's fields ("Case No.  CV 16-4435" / "Date  August 8, 2016" / "Title  Jane
        # Roe v. ...") are one printed line each, never a sentence running on; only a
        # value too long for its row goes on under itself, even where a block of columns
        # starts under it (cacd.664551.368.0's title above the clerk table).
        prev_value_x0 = self._prev_value_x0
        if (
            prev_value_x0 is not None
            and not self._prev_caption
            and 0 < step <= P.paragraph_gap * geo.pitch + P.pitch_slack
            and abs(line.x0 - prev_value_x0) <= P.value_align
            and geo.full(prev)
        ):
            return _glue(self._prev_text, first)
        if caption or self._prev_caption:
            return "\n"
        if step < 0 or step > P.paragraph_gap * geo.pitch + P.pitch_slack:
            return "\n\n"
        if value_x0 is not None or prev_value_x0 is not None:
            return "\n"
        prev_full = geo.full(prev)
        indented = geo.indented(line)
        if prev_full and not indented:
            return _glue(self._prev_text, first)
        if not prev_full and indented:
            return "\n\n"
        return "\n"

    def _emit_words(self, b: TextBuilder, words: list[Word], page: int, body: bool) -> str:
        """Append a line's words; return the text appended (for look-behind).

        The line goes to the builder in one call, with per-character lists that
        C-level maps fill a word at a time: per-character appends were most of
        layout's time."""
        texts: list[str] = []
        x0s: list[float] = []
        x1s: list[float] = []
        tops: list[float] = []
        bottoms: list[float] = []
        base = len(b)
        length = 0
        prev: Word | None = None
        for w in words:
            if body and w.sup and is_marker_text(w.text):
                self._anchors.append((w.text, self._word_start, base + length))
                continue
            if prev is not None:
                tight = (w.sup or prev.sup) and w.x0 - prev.x1 < P.word_gap * max(w.size, 1.0)
                if not tight:
                    # An inserted space: no origin; the next word's top and bottom.
                    texts.append(" ")
                    x0s.append(inf)
                    x1s.append(-inf)
                    tops.append(w.top)
                    bottoms.append(w.bottom)
                    length += 1
            if body:
                self._word_start = base + length
            chars = w.chars
            text = w.text
            if len(text) == len(chars) and (text.isascii() or not _EXPANDED.search(text)):
                # One glyph per character (the usual case).
                x0s += map(_X0, chars)
                x1s += map(_X1, chars)
                tops += map(_TOP, chars)
                bottoms += map(_BOTTOM, chars)
            else:
                # Ligatures spelled out, "(cid:N)": each character keeps its glyph's box.
                pieces: list[str] = []
                for c in chars:
                    t = EXPAND.get(c[TEXT], c[TEXT])
                    pieces.append(t)
                    k = len(t)
                    x0s += [c[X0]] * k
                    x1s += [c[X1]] * k
                    tops += [c[TOP]] * k
                    bottoms += [c[BOTTOM]] * k
                text = "".join(pieces)
            texts.append(text)
            length += len(text)
            prev = w
        out = "".join(texts)
        b.add_line(out, page, x0s, x1s, tops, bottoms)
        return out

    def add_body(self, lines: list[Line], page: int, geo: PageGeometry, caption_ids: set[int]) -> None:
        for ln in lines:
            caption = id(ln) in caption_ids
            if not ln.words:
                continue
            value_x0 = field_value_x0(ln)
            sep = self._separator(ln, page, geo, caption, value_x0)
            if sep:
                self.body.add(sep)
            text = self._emit_words(self.body, ln.words, page, True)
            if not text:
                continue
            self._prev_value_x0 = value_x0
            self._prev = ln
            self._prev_page = page
            self._prev_geo = geo
            self._prev_caption = caption
            self._prev_text = text

    # -- footnotes ----------------------------------------------------------------------

    def take_footnotes(self, lines: list[Line], page: int) -> list[Line]:
        """Append footnote lines; return the leading lines that belong to no footnote
        (no marker and nothing to continue), which stay in the body."""
        rest: list[Line] = []
        for ln in lines:
            m = start_marker(ln, self._expected)
            if m is not None:
                marker, words = m
                note = _Open(marker)
                self._notes.append(note)
                if is_ascii_number(marker):
                    self._expected = int(marker) + 1
                if words:
                    note.last_text = self._emit_words(note.builder, words, page, False)
                continue
            if not self._notes:
                rest.append(ln)
                continue
            note = self._notes[-1]
            if len(note.builder):
                note.builder.add(_glue(note.last_text, ln.words[0].text) or "")
            note.last_text = self._emit_words(note.builder, ln.words, page, False)
        return rest

    def footnotes(self) -> tuple[FootnoteText, ...]:
        used: set[int] = set()
        out: list[FootnoteText] = []
        for i, note in enumerate(self._notes):
            anchor: tuple[int, int] | None = None
            for k, (marker, start, end) in enumerate(self._anchors):
                if k not in used and marker == note.marker:
                    used.add(k)
                    anchor = (start, end)
                    break
            out.append(FootnoteText(note.marker, note.builder.build(footnote_index=i), anchor))
        return tuple(out)
