"""Pattern fragments several extractors share, composed into each extractor's own patterns.

As in eyecite's ``regexes.py``: a fragment is a plain string with a comment naming the
printed text it is for; an extractor composes fragments into its patterns with
f-strings and compiles them once, at import. Only what two extractors (or an extractor
and the layout stage) need is here; a fragment one extractor uses stays beside its rule.
Every extractor and the layout stage (the ECF stamp's year) may import this module; it
imports nothing of courtparse, so the PDF side does not depend on the extractors.

>>> full_year("99"), full_year("25"), full_year("2016")
(1999, 2025, 2016)
>>> printed("15-cv-\\n12 00798-HSG", 0, 19)
'15-cv-00798-HSG'
"""

from __future__ import annotations

import regex

# --- white space, hyphens, line-number runs ---------------------------------------------

#: White space inside a printed token run: spaces, line breaks, and a pleading-paper line
#: number at the start of a line ("…(ECF\n9 No. 26-2)"). Each iteration either eats one
#: horizontal blank or a newline with an optional 1-2 digit line number, so the regex
#: engine has one way to parse a gap and backtracks linearly ("Dkt.\n12 at 3": when
#: reading "12" as a line number fails, it is read as the entry).
GAP = r"(?:[^\S\n]|\n(?:[^\S\n]*\d{1,2}(?=\s))?)*"
#: The same inside one printed line (C.D. Cal. "CV 16-06794 AB": judge on the same line).
SPACE = r"[^\S\n]"
#: Hyphens as typeset: ASCII, non-breaking, figure dash, en dash ("13–cv" in the pool), and
#: the minus sign U+2212 some PDF producers print for a hyphen.
HYPHEN = r"[-\u2010\u2011\u2012\u2013\u2212]"
#: Any dash between the parts of a case number: the hyphens above plus the em dash and
#: horizontal bar (U+2014, U+2015) a typesetter may use ("No. 23—715"). Only inside the
#: number: after it, an em dash is punctuation ("No. 20-1234—the appeal").
DASH = r"[-\u2010-\u2015\u2212]"
#: A line break with a pleading-paper line number after it ("15-cv-\n12 00798-HSG"): the
#: run the layout stage removes from PDFs, which text input may keep inside a token.
LINE_NUMBER_RUN = r"\n[^\S\n]*\d{1,2}(?=\s)"

# --- dates --------------------------------------------------------------------------------

#: Month names in full, as every court prints them ("January 6, 2016", "MARCH 22, 2021").
MONTH_NAME = r"January|February|March|April|May|June|July|August|September|October|November|December"
#: Their abbreviations ("Jan. 6, 2016", "Sept. 30"): "May" has none; "Sept" before "Sep".
MONTH_ABBREVIATION = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
#: A month, full or abbreviated (the caller adds ``\b\.?`` or its own ending).
MONTH = rf"(?:{MONTH_NAME}|{MONTH_ABBREVIATION})"
#: Month number by lower-case name or abbreviation (without its period).
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: A four-digit year of a filing's era, not the start of a longer number ("2015 WL
#: 9023164" is still a year).
YEAR = r"(?:1[89]|20)\d\d(?!\d)"

TWO_DIGIT_YEAR_PIVOT = 70
"""A two-digit year below this is 20yy, from it on 19yy: "1/6/16" is 2016, "3/4/99" is 1999.
One pivot for every two-digit year a filing prints — the ECF stamp ("Filed 05/13/19"), a
case number ("99-cv-…"), a date in the body ("9/23/69") — so one filing's stamp, number
and body read the same year. 70, not 50 (the body dates' old pivot): CM/ECF case numbers
and stamps of the 1950s and 1960s do not exist, and a body date of the 1970s to 1990s in
two digits ("signed 3/4/79") is more common in today's filings than one of the 1950s."""


def full_year(digits: str) -> int:
    """The four-digit year of a printed year: two digits pivot at ``TWO_DIGIT_YEAR_PIVOT``
    (a fixed pivot keeps every extractor pure: the same text gives the same year)."""
    year = int(digits)
    if len(digits) <= 2:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    return year


# --- the court's formula ------------------------------------------------------------------

#: The formula that closes an order: "IT IS SO ORDERED.", "SO ORDERED.", "It is so ordered."
SO_ORDERED = r"\bSO\s+ORDERED\b"
SO_ORDERED_RE = regex.compile(SO_ORDERED, regex.IGNORECASE)

# --- text as printed ---------------------------------------------------------------------

_LINE_NUMBER_RUN_RE = regex.compile(LINE_NUMBER_RUN)
_BLANKS = regex.compile(r"\s+")
_AFTER_HYPHEN = regex.compile(r"(?<=[-\u2010-\u2015\u2212:])\s+(?=\w)|(?<=\w)\s+(?=:)")


def printed(text: str, start: int, end: int, gaps: list[tuple[int, int]] | None = None) -> str:
    """``text[start:end]`` as printed: gap runs (line breaks, line numbers) become one
    space, a space after a line-end hyphen goes, blanks collapse. (Markdown marks are
    cleaning's to remove: ``courtparse.text``'s line contract.)"""
    if gaps:
        parts: list[str] = []
        pos = start
        for g0, g1 in sorted(gaps):
            if g0 < pos or g1 > end or g0 == g1:
                continue
            parts.append(text[pos:g0])
            parts.append(" ")
            pos = g1
        parts.append(text[pos:end])
        out = "".join(parts)
    else:
        out = _LINE_NUMBER_RUN_RE.sub(" ", text[start:end])
    out = _BLANKS.sub(" ", out).strip()
    return _AFTER_HYPHEN.sub("", out)


# --- scanning near a required part -------------------------------------------------------

_WORDS_BACK: dict[int, regex.Pattern[str]] = {}


def _words_back(text: str, at: int, words: int) -> int:
    """Where the ``words``-th white-space-separated word before ``at`` starts (the word
    ``at`` is inside counts as one), or the first word's start when fewer precede it.
    Read backwards from ``at`` (the regex module's reverse search), however long the
    blanks between the words."""
    back = _WORDS_BACK.get(words)
    if back is None:
        back = _WORDS_BACK[words] = regex.compile(rf"(?r)(?:\S+\s*){{1,{words}}}\Z")
    m = back.search(text, 0, at)
    return at if m is None else m.start()


def finditer_near(
    pattern: regex.Pattern[str],
    anchor: regex.Pattern[str],
    text: str,
    *,
    words_before: int,
    chars_after: int,
) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, read only near the matches of ``anchor``.

    For a pattern that is costly to try at every offset of a long filing (the dates'
    alternation of six forms) and a part every match holds that is cheap to find (a
    year). Exact when the pattern's contract holds: every match contains a match of
    ``anchor`` (or one the anchor's non-overlapping scan skipped, within a few
    characters after the last one found), starts at most ``words_before`` words before
    that anchor (the word it is in counts), and ends, lookaheads included, at most
    ``chars_after`` characters after it. Windows that touch are merged, so a match
    between two anchors is read once, as the full scan reads it; lookbehinds see the
    text before a window (``pos`` does not cut the string)."""
    out: list[regex.Match[str]] = []
    lo = hi = -1
    for a in anchor.finditer(text):
        start = _words_back(text, a.start(), words_before)
        end = min(len(text), a.end() + chars_after)
        if start <= hi:
            hi = max(hi, end)
            continue
        if hi >= 0:
            out.extend(pattern.finditer(text, lo, hi))
        lo, hi = start, end
    if hi >= 0:
        out.extend(pattern.finditer(text, lo, hi))
    return out
