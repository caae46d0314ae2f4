"""Glyphs without a Unicode mapping: recovered where the font's codes are ASCII by a
constant shift, dropped (and counted) otherwise. No "(cid:N)" ever reaches the text.

Both backends report such a glyph as "(cid:N)" (pdfminer's spelling; the pdfium
backend writes the same from ``FPDFText_HasUnicodeMapError``), N being the glyph's
code. Two shapes are common in court filings:

* a whole font embedded by glyph id with no ToUnicode map, its glyphs in the standard
  order of the font format, so every code is its ASCII character minus a constant:
  TrueType's Macintosh order puts the space at glyph 3 (code + 29, C.D. Cal. exhibits
  printed from Word in Arial or Times: "NOTICE OF MTN & MTN FOR CLASS CERT."), CFF's
  standard charset at glyph 1 (code + 31, cacd.584255's Minion Pro "PUBLIC"). Which
  shift a font uses is read from its glyphs on the page: the shift that makes them
  English (letter frequencies), and only when one shift clearly does;
* a few glyphs of a font whose digits lie in a block of their own (the S.D.N.Y. clerk's
  "DATE FILED" box in Calibri: "4/19/2021" as codes 1008 876 1005 1013 876 …, digits
  at 1004-1013, the slash elsewhere). Such a run is read as a date only when it has a
  date's shape (digits, one separator code, digits, the same separator, digits) and
  exactly one shift of the digit codes gives a valid date.

Anything else is dropped, and the cleaner warns (naming the pages) when a page is
mostly such glyphs, and sends it to OCR like a page without a text layer.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence

from courtparse.layout.params import DEFAULT as P
from courtparse.patterns import full_year
from courtparse.pdf.base import BOTTOM, FONT, SIZE, TEXT, Char

CID_MARK = "(cid:"
"""How a backend spells a glyph without a Unicode mapping: "(cid:1008)"."""

_CID = re.compile(r"\(cid:(\d+)\)")

STANDARD_SHIFTS = frozenset((29, 31))
"""The shifts of the font formats' standard glyph orders: TrueType's Macintosh order
(space at glyph 3, so code + 29 is ASCII) and CFF's standard charset (space at
glyph 1, code + 31)."""

# English character frequencies (per cent, letters case-folded), for scoring shifts.
_FREQ = {
    " ": 16.0, "e": 10.2, "t": 7.5, "a": 6.6, "o": 6.3, "i": 5.9, "n": 5.8, "s": 5.3,
    "r": 5.0, "h": 4.2, "l": 3.4, "d": 3.5, "c": 2.5, "u": 2.3, "m": 2.1, "f": 1.9,
    "p": 1.7, "g": 1.6, "w": 1.5, "y": 1.4, "b": 1.2, "v": 0.9, "k": 0.5, "x": 0.15,
    "j": 0.1, "q": 0.1, "z": 0.07, ".": 1.0, ",": 1.0, "0": 0.3, "1": 0.3, "2": 0.3,
    "3": 0.2, "4": 0.2, "5": 0.2, "6": 0.2, "7": 0.2, "8": 0.2, "9": 0.2, "(": 0.15,
    ")": 0.15, "-": 0.2, "'": 0.15, '"': 0.1, ":": 0.1, ";": 0.08, "/": 0.08, "$": 0.05,
    "&": 0.05, "%": 0.03,
}
_PRINTABLE_FLOOR = 0.005  # any other printable ASCII character
_UNPRINTABLE = math.log(1e-6)
_UNREAD = math.log(1e-3)
_LOGP = [math.log(_FREQ.get(chr(v).lower(), _PRINTABLE_FLOOR) / 100.0) for v in range(128)]


def code_of(text: str) -> int | None:
    """N of "(cid:N)", None for any other glyph text."""
    m = _CID.fullmatch(text)
    return int(m[1]) if m else None


def _score(counts: Counter[int], n: int, shift: int) -> tuple[float, float]:
    """(share of ``n`` codes printable, mean log-probability of those) read with
    ``shift``. The rest (a curly quote, a date in a block of its own) is left out."""
    total = 0.0
    printable = 0
    for c, k in counts.items():
        v = c + shift
        if 32 <= v < 127:
            printable += k
            total += k * _LOGP[v]
    return printable / n, (total / printable if printable else _UNPRINTABLE)


def font_shift(codes: Sequence[int]) -> int | None:
    """The standard order's shift that maps a font's glyph codes to ASCII, when one
    clearly does: most codes printable under it, read as English, and better than
    under the other standard order.

    Only the standard orders are tried: any shift reads a page of capitals and
    figures nearly as well as the right one (capitals read as small letters under a
    shift 32 away score alike), so a shift found by search alone is a guess."""
    if len(codes) < P.min_standard_glyphs:
        return None
    counts = Counter(codes)
    n = len(codes)
    scored: list[tuple[float, int]] = []
    for shift in sorted(STANDARD_SHIFTS):
        share, mean = _score(counts, n, shift)
        if share >= P.min_printable:
            # Ranked with the glyphs left unread counted as rare characters, so a
            # shift that reads fewer of them must read them much better.
            scored.append((share * mean + (1.0 - share) * _UNREAD, shift))
    if not scored:
        return None
    scored.sort(reverse=True)
    best, shift = scored[0]
    if best < P.min_english:
        return None
    if len(scored) > 1 and best - scored[1][0] < P.min_margin:
        return None
    return shift


def _date_of(digits: list[list[int]], shift: int) -> bool:
    """Whether digit groups read with ``shift`` give a valid month/day/year date."""
    parts: list[int] = []
    for group in digits:
        s = "".join(chr(c + shift) for c in group)
        if not s.isascii() or not s.isdigit():
            return False
        parts.append(int(s))
    month, day, year = parts
    if len(digits[2]) == 2:
        year = full_year(f"{year:02d}")  # the one two-digit-year rule of every extractor
    elif not 1900 <= year <= 2099:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def date_run(codes: Sequence[int]) -> str | None:
    """The date a short run of unmapped glyphs prints ("4/19/2021"), when it has a
    date's shape and exactly one shift of its digit codes makes it a valid date."""
    if not P.date_run_min <= len(codes) <= P.date_run_max:
        return None
    for sep in set(codes):
        pieces: list[list[int]] = [[]]
        for c in codes:
            if c == sep:
                pieces.append([])
            else:
                pieces[-1].append(c)
        if len(pieces) != 3:
            continue
        if not (1 <= len(pieces[0]) <= 2 and 1 <= len(pieces[1]) <= 2 and len(pieces[2]) in (2, 4)):
            continue
        digits = [c for p in pieces for c in p]
        lo, hi = min(digits), max(digits)
        if hi - lo > 9:
            continue
        found = [s for s in range(48 - lo, 58 - hi) if _date_of(pieces, s)]
        if len(found) == 1:
            shift = found[0]
            return "/".join("".join(chr(c + shift) for c in p) for p in pieces)
    return None


class GlyphMapper:
    """Reads a filing's unmapped glyphs page by page; remembers each font's shift."""

    __slots__ = ("dropped", "settled", "shifts", "standard")

    def __init__(self) -> None:
        self.shifts: dict[str, int | None] = {}
        self.dropped = 0
        self.settled: set[str] = set()
        """Fonts no shift reads though tried on enough glyphs: not tried again."""
        self.standard: int | None = None
        """The standard shift a font of this filing was read with: the program that
        embedded one font so embedded the others, so a font with too few glyphs to
        show its own shift takes it where it reads as text."""

    def _learn(self, font: str, codes: list[int]) -> None:
        shift = font_shift(codes)
        if shift is None and self.standard is not None:
            counts = Counter(codes)
            share, mean = _score(counts, len(codes), self.standard)
            if share >= P.min_printable and mean >= P.min_english:
                shift = self.standard
        if shift is not None or font not in self.shifts:
            self.shifts[font] = shift
        if shift is None and len(codes) >= P.settle_glyphs:
            self.settled.add(font)
        if shift in STANDARD_SHIFTS and self.standard is None:
            self.standard = shift

    def page(self, chars: list[Char], removed: list[Char] | None = None) -> tuple[list[Char], int]:
        """The page's characters with unmapped glyphs recovered or dropped, and the
        number dropped (the glyphs dropped whole appended to ``removed`` when given).
        Pages without such glyphs come back as they are."""
        if CID_MARK not in "".join([c[TEXT] for c in chars]):
            return chars, 0
        coded: dict[int, list[int]] = {}
        by_font: dict[str, list[int]] = {}
        for i, c in enumerate(chars):
            t = c[TEXT]
            if CID_MARK in t:
                # Usually one code; several where PDFium repeats one glyph's box
                # (a dot leader's "(cid:3)(cid:17)", merged like a ligature).
                codes = [int(m) for m in _CID.findall(t)]
                if codes:
                    coded[i] = codes
                    by_font.setdefault(c[FONT], []).extend(codes)
        if not coded:
            return chars, 0
        # Fonts with many glyphs first: they show the filing's standard shift.
        for font, codes in sorted(by_font.items(), key=lambda kv: -len(kv[1])):
            if self.shifts.get(font) is None and font not in self.settled:
                self._learn(font, codes)
        text: dict[int, str] = {}
        dropped = 0
        for i, codes in coded.items():
            shift = self.shifts.get(chars[i][FONT])
            if shift is None:
                continue
            read = [chr(code + shift) for code in codes if 32 <= code + shift < 127]
            if read:
                text[i] = "".join(read)
                dropped += len(codes) - len(read)
        self._dates(chars, coded, text)
        out: list[Char] = []
        for i, c in enumerate(chars):
            if i not in coded:
                out.append(c)
            elif i in text:
                out.append((text[i], *c[1:]))
            else:
                dropped += len(coded[i])
                if removed is not None:
                    removed.append(c)
        self.dropped += dropped
        return out, dropped

    @staticmethod
    def _dates(chars: list[Char], coded: dict[int, list[int]], text: dict[int, str]) -> None:
        """Short runs still unread (consecutive glyphs of one font on one line) that
        print a date."""
        run: list[int] = []

        def flush() -> None:
            if run:
                date = date_run([coded[i][0] for i in run])
                if date is not None:
                    for i, ch in zip(run, date, strict=True):
                        text[i] = ch
            run.clear()

        for i in sorted(coded):
            if i in text or len(coded[i]) > 1:
                flush()
                continue
            if run:
                p = chars[run[-1]]
                c = chars[i]
                if (
                    i != run[-1] + 1
                    or c[FONT] != p[FONT]
                    or abs(c[BOTTOM] - p[BOTTOM]) > P.date_run_baseline * max(c[SIZE], 1.0)
                ):
                    flush()
            run.append(i)
        flush()
