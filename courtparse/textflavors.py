"""Page rules for text that poppler's ``pdftotext`` printed, in its two flavours.

``pdftotext -layout`` keeps each printed row on one line, at its column: pleading-paper
line numbers stay a column at the left ("  12     TOSHIBA CORPORATION,   GRANTING IN
PART"), a two-column caption prints its two columns side by side, double-spaced pages
keep a blank line between rows. Plain ``pdftotext`` (no option) reads blocks in its own
order: a line-number column becomes lines that hold only "12", a stamp breaks into one
line per field ("Case: 21-50498" / "Document: 00516242060" / "Page: 1" / …), columns come
one after the other.

Both write a form feed after every page, the last one included. The rules here work on
one page's lines at a time (stamp, line numbers, furniture, footnotes at the foot, the
caption's columns, paragraph breaks); :mod:`courtparse.textinput` runs them and then the
sentence rules it shares with every other kind of text input.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence

import attrs
import regex

from courtparse.layout.furniture import is_folio, is_form_or_doc_id, is_number_header
from courtparse.layout.removed import Removals
from courtparse.layout.stamp import is_stamp_companion, parse_stamp_line
from courtparse.models import EcfStamp

LAYOUT = "pdftotext -layout"
PLAIN = "pdftotext"
MARKDOWN = "markdown"
UNKNOWN = "unrecognized"
"""The flavours ``detect_flavour`` tells apart (as said in ``Document.warnings``)."""

# --- thresholds -------------------------------------------------------------------------

MIN_FLAVOUR_LINES = 5
"""Fewer printed lines than this do not show which tool made a text."""

LAYOUT_SHARE = 0.01
"""Share of printed lines indented 8+ columns or holding a 3+ space gap that makes text
-layout output (two at least). Plain pdftotext output has none: it starts every line at
column 0 and joins words with one space; -layout output of the labeled filings has 13%
or more (a page of body text without line numbers still has its caption's columns)."""

MIN_LAYOUT_LINES = 2

MIN_NUMBERS = 5
"""Fewer line numbers than this on one page are not a pleading-paper column."""

MAX_LINE_NUMBER = 40
"""Pleading paper numbers 1..28 (some forms 1..32, a few 1..40)."""

GLUED_STEP = 2
"""A number glued to a row's text in plain output is a line number when it is at most
this far past the page's last one (a blank pleading row may have lost its number)."""

RISING_SHARE = 0.7
"""Share of consecutive line numbers that must count up for a column to be one."""

BAND_LINES = 4
"""Printed lines at the top and at the bottom of a page where running headers, footers,
page numbers and form ids print."""

MARGIN_SHARE = 0.8
"""A line printed anywhere on the page is margin text (N.D. Cal. prints "United States
District Court / Northern District of California" sideways on every page) when it repeats
on this share of the pages, three at least."""

MAX_FURNITURE = 100
"""A line longer than this (spaces aside) is body text even when it repeats."""

STAMP_WINDOW = 10
"""Lines after a stamp's first line where plain output prints its other fields."""

STAMP_STRANGERS = 2
"""Lines that are not stamp fields that may sit among a plain stamp's fields (the 10th
Cir.'s court name between "Date Filed:" and "Page: 1")."""

CAPTION_ROWS = 70
"""Rows of page 1 searched for a two-column caption."""

MIN_GUTTER = 2
"""Blank columns that separate a caption's columns in -layout text."""

MIN_COLUMN_ROWS = 2
"""Rows each side of a caption gutter must print for it to be two columns."""

SEPARATOR_ROWS = 3
"""A caption separator (")", "§", ":") stacked this many times at one column is a column rule."""

FULL_LINE = 0.8
"""A line this share of a page's usual line length, or longer, runs on to the next."""

INDENT = 3
"""Columns of first-line indent that start a paragraph in -layout text."""

MIN_CONTENT_LINES = 3
"""A page with fewer printed lines (a blank or sealed page, the stamp alone) does not
count among the pages a running header must repeat on."""

FOOT_LINES = 30
"""Printed lines at a page's foot searched for footnotes."""
NOTE_MAX_INDENT = 20
"""Columns right of the page's left margin where a footnote may start at most: a note is
printed from the margin; a "*" line in a right column is not one (a D. Wyo. counsel
block's "T. Michael Morgan, Esq*" / "* Pro Hac Vice" above the caption)."""

# --- patterns ---------------------------------------------------------------------------

# A line-number column entry of -layout text: the number, then spaces or the line's end
# (E.D. Cal. " 8                      UNITED STATES DISTRICT COURT", N.D. Cal. "   12     ").
LINE_NUMBER_FIRST = frozenset("123456789")
"""What a line's first printed character is where a line number starts it; the number
patterns are tried only on such lines (most lines are text)."""


def first_printed(line: str) -> str:
    """The first character of ``line`` after its blanks ("" for a blank line)."""
    return line.lstrip(" \t")[:1]


_NUMBER_COLUMN = regex.compile(r"^(?P<indent>[ \t]*)(?P<n>[1-9][0-9]?)(?=[ \t]|$)")

# Plain output prints each line number on its own line: "12".
_LONE_NUMBER = regex.compile(r"^[ \t]*(?P<n>[1-9][0-9]?)[ \t]*$")

# The first field of a stamp that plain output broke into lines: "Case: 21-50498",
# "Appellate Case: 21-800", "Case 9:19-bk-11573-MB", bankruptcy "Case: 20-03050 85647/001"
# (a firm's matter number printed over the stamp), "USCA11 Case: 20-12345".
_STAMP_HEAD = regex.compile(
    r"""^[ \t]*(?:USCA\d{0,2}[ \t]+)?(?:Appellate[ \t]+)?(?:Case|Appeal)[ \t]*[:\#]?[ \t]*
        \d[\w:.\-]*\w ,? (?:[ \t]+\S+)? [ \t]*$""",
    regex.VERBOSE,
)
_STAMP_FIRST_WORDS = ("USCA", "Appellate", "Case", "Appeal")
"""What a stamp line (stripped) starts with, by ``_STAMP_HEAD`` and ``_STAMP_WORD``: checked
first, it spares the two patterns on every other line."""
STAMP_PREFIX = 24
"""Characters at a line's start where a stamp's first word ("USCA11 Case:", "Appellate
Case:") prints; a companion line without "Page" is shorter than this ("Page ID #:1912"
wrapped to "#:98395")."""

# A bankruptcy stamp's first word that plain output set apart from its number:
# "Case:" / "20-03050 85647/001" / "Doc# 201" / "Filed: 03/29/21" (N.D. Cal. Bankr.).
_STAMP_WORD = regex.compile(r"^[ \t]*(?:Case|Appeal)[ \t]*:?[ \t]*$")
_STAMP_NUMBER = regex.compile(r"^[ \t]*\d[\w:.\-]*\w,?(?:[ \t]+\S+)?[ \t]*$")

# The other fields, alone or several on a line: "Document: 00516242060", "Doc# 201",
# "Doc 1262-3 Filed 09/03/20 Entered 09/03/20 15:40:26", "Page: 1", "Pages: 1",
# "Date Filed: 03/16/2022", "Page 1 of 2", "Page ID #:3594", "Entry ID: 4876543",
# 2d Cir. "10/31/2017, 2161300, Page1 of 2", "Desc Main Document".
_STAMP_FIELD = r"""(?:
    (?:Document|Doc|DktEntry)[ \t]*[:\#]?[ \t]*\#?[ \t]*\d+(?:-\d+)?
  | (?:Date[ \t]+)?Filed[ \t]*:?[ \t]*\d{1,2}/\d{1,2}/\d{2,4}
  | Entered[ \t]*:?[ \t]*\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?
  | P(?:age|g)[ \t]*:?[ \t]*\d+(?:[ \t]+of[ \t]+\d+)?
  | Pages[ \t]*:[ \t]*\d+
  | Page[ \t]*I[ \t]*D[ \t]*(?:\#[ \t]*:?|\.|:)[ \t]*\d+
  | Entry[ \t]+ID[ \t]*:[ \t]*\d+
  | \d{1,2}/\d{1,2}/\d{4} | \d{5,}
  | (?:Desc[ \t]+)?(?:Main[ \t]+Document|Exhibit[ \t]+\w{1,4})
)"""
_STAMP_FIELDS = regex.compile(
    r"^[ \t]*" + _STAMP_FIELD + r"(?:[ \t]*,?[ \t]*" + _STAMP_FIELD + r")*[ \t]*,?[ \t]*$",
    regex.VERBOSE | regex.IGNORECASE,
)

# A caption's column rule: ")" (California pleadings), "§" (Texas), ":" (S.D.N.Y.,
# E.D. Pa.), "]" (7th Cir.), "|", each a token of its own.
_SEPARATOR = regex.compile(r"(?<=^|[ \t])[)\]§:|](?=[ \t]|$)")

# Where a column's text starts in a -layout row: after a gap of two spaces or more, or
# after an indent of eight.
_COLUMN_START = regex.compile(r"(?<=\S[ \t]{2,}|^[ \t]{8,})\S")

# A party's role label on a line of its own, however far right a caption indents it:
# "Plaintiff,", "Defendants.", "Petitioners,", 5th Cir. "Plaintiff—Appellant,", 7th Cir.
# "Plaintiffs-Appellants,", "Defendant and Counter-Claimant.", "Debtor.".
_ROLE_WORD = r"""(?:Third[-\s]Party\s+|Counter[-\s]?|Cross[-\s]?)?
    (?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Debtor|Movant
      |Intervenor|Claimant|Complainant|Creditor|Trustee|Relator|Garnishee|Objector)s?"""
_ROLE_LABEL = regex.compile(
    r"^" + _ROLE_WORD + r"(?:\s*(?:[-–—/,]|\band\b)\s*" + _ROLE_WORD + r")*\s*[.,;:]?$",
    regex.VERBOSE | regex.IGNORECASE,
)

# A footnote's first line at a page's foot: its marker alone ("28   1" less the line
# number, 5th Cir. "*") or before the note's text ("1 Plaintiff filed his Complaint …").
_NOTE_START = regex.compile(
    r"""^[ \t]*(?P<m> [1-9][0-9]{0,2} | \*{1,3} | [⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} )
        (?: [ \t]+ (?P<rest> [\p{Lu}"“'‘(\[§*\p{N}].* ) | [ \t]* ) $""",
    regex.VERBOSE,
)
_NOTE_FIRST = frozenset("123456789*⁰¹²³⁴⁵⁶⁷⁸⁹")
"""A footnote marker's first character (``_NOTE_START``)."""

_DIGITS = regex.compile(r"[0-9]+")

# A case number in a line that repeats on every page: a running header on the later
# pages, the caption's own number on page 1 (5th Cir. "No. 21-50498", C.D. Cal. minutes
# "SACR 16-76JVS", "Case No. 2:14-cr-00684-CAS").
_CASE_NUMBER = regex.compile(r"\b\d{1,2}-(?:[a-z]{1,4}-)?\d{2,}", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?:;][\"”’')\]]*$")

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")


# --- flavour ----------------------------------------------------------------------------

# Markdown of PDF-to-markdown converters: "[15-cv-00798-HSG](#)", "**ORDER**", "# ORDER".
_MARKDOWN_SIGN = regex.compile(r"\]\((?:\#|https?://)[^)\s]*\)|\*\*\S|\S\*\*|^\#{1,6}[ \t]+\S", regex.MULTILINE)
_INDENTED = regex.compile(r"^[ \t]{8,}\S|(?<=\S)[ \t]{3,}\S", regex.MULTILINE)


def detect_flavour(text: str) -> str:
    """Which tool made ``text``: one of LAYOUT, PLAIN, MARKDOWN, UNKNOWN.

    Form feeds between pages are pdftotext's (markdown converters write none): with
    them, -layout output shows by its indented or column-gapped lines, plain output by
    having none. Without them, markdown shows by its links, bold and headings, and
    -layout text that lost its form feeds still by its columns."""
    head = text[:200_000]
    lines = [line for line in head.split("\n") if line.strip()]
    if len(lines) < MIN_FLAVOUR_LINES:
        return MARKDOWN if _MARKDOWN_SIGN.search(head) else UNKNOWN
    need = max(MIN_LAYOUT_LINES, LAYOUT_SHARE * len(lines))
    wide = 0
    for _ in _INDENTED.finditer(head):  # one scan; stops once enough lines show columns
        wide += 1
        if wide >= need:
            break
    layout = wide >= need
    if "\f" in head:
        return LAYOUT if layout else PLAIN
    if _MARKDOWN_SIGN.search(head):
        return MARKDOWN
    return LAYOUT if layout else UNKNOWN


def split_pages(text: str) -> list[str]:
    """The pages of form-feed text: pdftotext ends every page with a form feed, so the
    empty piece after the last one is not a page."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


# --- stamps -----------------------------------------------------------------------------


def take_stamps(
    lines: list[str], removed: Removals | None = None, page: int | None = None
) -> tuple[list[str], EcfStamp | None]:
    """The page's lines without its ECF stamp, and the stamp. A stamp printed on one line
    is parsed as it is; one that plain output broke into a line per field is put back
    together from its first line and the field lines that follow it. The lines taken
    out are recorded in ``removed`` (as printed on ``page``) when given."""
    out: list[str] = []
    stamp: EcfStamp | None = None
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if i in drop:
            continue
        text = line.strip()
        if not text:
            out.append(line)
            continue
        # Every stamp starts "Case" / "Appeal" (after "USCA11 " or "Appellate "): the
        # other lines skip the stamp patterns.
        prefix = text[:STAMP_PREFIX]
        found = parse_stamp_line(text) if "Case" in prefix or "Appeal" in prefix else None
        if found is None and text.startswith(_STAMP_FIRST_WORDS) and (
            _STAMP_HEAD.match(text) or _STAMP_WORD.match(text)
        ):
            found, parts = _gathered_stamp(lines, i)
            if found is not None:
                drop.update(parts)
                text = " ".join(lines[k].strip() for k in (i, *parts))
        if found is not None:
            stamp = stamp or found
            if removed is not None:
                removed.add("ecf_stamp", page, None, text, i)
            continue
        if ("Page" in text or len(text) < STAMP_PREFIX) and is_stamp_companion(line):
            if removed is not None:
                removed.add("ecf_stamp", page, None, text, i)
            continue
        out.append(line)
    return out, stamp


def _gathered_stamp(lines: list[str], head: int) -> tuple[EcfStamp | None, list[int]]:
    parts = [head]
    strangers = 0
    number = _STAMP_WORD.match(lines[head]) is not None  # "Case:": its number comes next
    for j in range(head + 1, min(len(lines), head + 1 + STAMP_WINDOW)):
        text = lines[j].strip()
        if not text:
            continue
        if number:
            if _STAMP_NUMBER.match(text) is None:
                return None, []
            parts.append(j)
            number = False
            continue
        if _STAMP_FIELDS.match(text) or is_stamp_companion(text):
            parts.append(j)
        else:
            strangers += 1
            if strangers > STAMP_STRANGERS:
                break
    if len(parts) < 2:
        return None, []
    stamp = parse_stamp_line(" ".join(lines[k].strip() for k in parts))
    return (stamp, parts[1:]) if stamp is not None else (None, [])


# --- line numbers -----------------------------------------------------------------------


def _rising(values: Sequence[int]) -> bool:
    ups = sum(1 for a, b in itertools.pairwise(values) if b > a)
    return ups >= RISING_SHARE * (len(values) - 1)


def blank_number_column(lines: list[str], removed: Removals | None = None, page: int | None = None) -> list[str]:
    """-layout text: the page's pleading line-number column overwritten with spaces, so
    the columns right of it keep their place. The column is the numbers (1..40) that end
    at one text column, five at least, counting up down the page. A line printed wholly
    left of the column is margin text (N.D. Cal. prints the court's name sideways there)
    and goes too. What is blanked is recorded in ``removed`` when given."""
    # Right-aligned numbers share their end column, left-aligned ones ("1" .. "28" from
    # one x) their start: the larger group of either is the column.
    found = [
        (i, m) for i, line in enumerate(lines)
        if first_printed(line) in LINE_NUMBER_FIRST and (m := _NUMBER_COLUMN.match(line))
    ]
    found = [(i, m) for i, m in found if int(m["n"]) <= MAX_LINE_NUMBER]
    groups: dict[tuple[str, int], list[tuple[int, regex.Match[str]]]] = {}
    for i, m in found:
        groups.setdefault(("end", m.end("n")), []).append((i, m))
        groups.setdefault(("start", m.start("n")), []).append((i, m))
    if not groups:
        return lines
    rows = max(groups.values(), key=len)
    if len(rows) < MIN_NUMBERS or not _rising([int(m["n"]) for _, m in rows]):
        return lines
    start = min(m.start("n") for _, m in rows)
    out = list(lines)
    for i, m in rows:
        out[i] = " " * m.end("n") + lines[i][m.end("n") :]
    if removed is not None:
        removed.add_run("line_numbers", page, [m["n"] for _, m in rows])
    numbered = {i for i, _ in rows}
    for i, line in enumerate(out):
        if i not in numbered and line.strip() and len(line.rstrip()) < start:
            out[i] = ""
            if removed is not None:
                removed.add("margin_text", page, None, line.strip(), i)
    return out


def _in_count(rows: list[tuple[int, int]]) -> set[int]:
    """The rows whose number goes on with the count (higher than the last kept): a
    footnote's marker printed among the line numbers ("26" / "1" / "27") breaks it and
    stays."""
    kept: set[int] = set()
    seen = 0
    for i, n in rows:
        if n > seen:
            kept.add(i)
            seen = n
    return kept


def drop_number_lines(lines: list[str], removed: Removals | None = None, page: int | None = None) -> list[str]:
    """Plain text: the lines that hold only a pleading line number, five at least on the
    page and counting up, taken out; the blank lines around each become one. Where
    plain output glued a number to its row's text ("18 personal identifying
    information."), a number that goes on with the count (one or two past the last) is
    taken off too. The numbers are recorded in ``removed`` when given."""
    rows = [
        (i, int(m["n"])) for i, line in enumerate(lines)
        if first_printed(line) in LINE_NUMBER_FIRST and (m := _LONE_NUMBER.match(line))
    ]
    rows = [(i, n) for i, n in rows if n <= MAX_LINE_NUMBER]
    if len(rows) < MIN_NUMBERS or not _rising([n for _, n in rows]):
        return lines
    gone = _in_count(rows)
    out: list[str] = []
    seen = 0
    found = 0
    for i, line in enumerate(lines):
        if i in gone:
            seen = int(line)
            if removed is not None:
                removed.add("line_numbers", page, None, line.strip(), found)
                found += 1
            continue
        m = _NUMBER_COLUMN.match(line)
        if m is not None and seen < int(m["n"]) <= seen + GLUED_STEP and line[m.end() :].strip():
            seen = int(m["n"])
            line = line[m.end() :].lstrip()
            if removed is not None:
                removed.add("line_numbers", page, None, m["n"], found)
                found += 1
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return out


# --- furniture --------------------------------------------------------------------------


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _filled(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def _repeat_key(text: str) -> str:
    """A line's text with its numbers as "#" and no spaces, case kept: "Page 2 of 5" and
    "Page 3 of 5" are one line, the sideways "Northern District of California" and the
    heading "NORTHERN DISTRICT OF CALIFORNIA" are not."""
    return _DIGITS.sub("#", "".join(text.split()))


def drop_furniture(
    pages: list[list[str]], removed: Removals | None = None, *, paged: bool = True
) -> list[list[str]]:
    """Running headers and footers, page numbers, form ids and margin text.

    In the top or bottom band of a page: a page number ("2", "- 2 -", "Page 2 of 5") as
    its first or last line, a form or document id ("CV-90 (12/02)", "258445_7.doc"), and
    a line the band of the page before or after repeats (numbers aside: "Page 2" and
    "Page 3" are one line; the 5th Cir.'s "No. 21-50498" header is one). As the PDF path
    does, a running header's first printing atop page 1 stays: it is the filing's own
    heading (the court's name atop each page of a C.D. Cal. minutes form). Anywhere on
    the page (page 1's printing of a case number aside): a line printed on 80% of the
    pages, three at least (the sideways court
    name of N.D. Cal. orders), or two lines printed one after the other on 80% of the
    pages, two at least (a firm's name and city printed sideways on pleading paper:
    "ATTORNEYS AT LAW" / "SAN FRANCISCO, CALIFORNIA", N.D. Cal. Bankr.), and a court form's
    id ("CV-90 (06/04)"), which plain output may print mid-page.

    What is dropped is recorded in ``removed`` when given, on page ``p + 1`` of the list
    where the text is ``paged`` (its form feeds show the pages), else on no page."""
    keys: list[list[str]] = [[_repeat_key(line) if line.strip() else "" for line in page] for page in pages]
    any_count: Counter[str] = Counter()
    bands: list[tuple[set[int], set[int]]] = []  # (top, bottom) rows of each page
    band_keys: list[set[str]] = []
    for page, page_keys in zip(pages, keys, strict=True):
        filled = _filled(page)
        top, bottom = set(filled[:BAND_LINES]), set(filled[-BAND_LINES:])
        bands.append((top, bottom))
        band_keys.append({page_keys[i] for i in top | bottom if len(page_keys[i]) <= MAX_FURNITURE})
        any_count.update({k for k in page_keys if k and len(k) <= MAX_FURNITURE})
    n = sum(1 for page in pages if len(_filled(page)) >= MIN_CONTENT_LINES)
    any_min = max(3, MARGIN_SHARE * n)
    pair_min = max(2, MARGIN_SHARE * n)
    pair_count: Counter[tuple[str, str]] = Counter()
    for page_keys in keys:
        pair_count.update(set(_pairs(page_keys)))
    paired: list[set[int]] = []
    for page_keys in keys:
        rows: set[int] = set()
        filled = [i for i, k in enumerate(page_keys) if k]
        for a, b in itertools.pairwise(filled):
            if pair_count[(page_keys[a], page_keys[b])] >= pair_min:
                rows.update((a, b))
        paired.append(rows)
    out: list[list[str]] = []
    for p, (page, page_keys, (top, bottom)) in enumerate(zip(pages, keys, bands, strict=True)):
        neighbours = (band_keys[p - 1] if p else set()) | (band_keys[p + 1] if p + 1 < len(pages) else set())
        kept = []
        number = p + 1 if paged else None
        for i, line in enumerate(page):
            k = page_keys[i]  # "" for a blank line
            if not k or len(k) > MAX_FURNITURE:
                kept.append(line)
                continue
            text = " ".join(line.split())
            if not is_folio(text):  # folios: at the edge only
                first_print = p == 0 and (i in top or _CASE_NUMBER.search(text) is not None)
                band = i in top or i in bottom
                if (
                    ((any_count[k] >= any_min or i in paired[p]) and not first_print)
                    or ("(" in text and is_form_or_doc_id(text))  # a form id, wherever plain output put it
                    or (band and is_form_or_doc_id(text))
                    or (band and k in neighbours and not (p == 0 and i in top))
                    or (p and i in top and is_number_header(text))
                ):
                    if removed is not None:
                        removed.add(_furniture_kind(text, i in top, band), number, None, text, i)
                    continue
            kept.append(line)
        out.append(_drop_edge_folios(kept, removed, number))
    return out


def _furniture_kind(text: str, top: bool, band: bool) -> str:
    """What ``Document.removed`` calls a furniture line: a form or document id; else a
    line of the top or bottom band a running header or footer; else (repeated on most
    pages away from the edges) margin text."""
    if is_form_or_doc_id(text):
        return "form_id"
    if band:
        return "running_header" if top else "running_footer"
    return "margin_text"


def _pairs(page_keys: list[str]) -> list[tuple[str, str]]:
    """Consecutive printed lines of a page, as repeat keys."""
    filled = [k for k in page_keys if k]
    return list(itertools.pairwise(filled))


def _drop_edge_folios(lines: list[str], removed: Removals | None = None, page: int | None = None) -> list[str]:
    """A page number printed as the page's first or last line (once the running header
    or footer beside it is gone)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if first is None or last is None or first == last:
        return lines
    drop = [i for i in (first, last) if is_folio(lines[i])]
    if not drop:
        return lines
    if removed is not None:
        for i in drop:
            removed.add("page_number", page, None, lines[i].strip())
    return [line for i, line in enumerate(lines) if i not in drop]


# --- the caption's two columns ----------------------------------------------------------


def _occupied(line: str, start: int, end: int) -> bool:
    return bool(line[start:end].strip())


def _blank_separators(lines: list[str], last: int) -> list[str]:
    """Stacked column rules (")" three times or more at one column) overwritten with spaces."""
    at: dict[int, list[int]] = {}
    for i in range(last):
        for m in _SEPARATOR.finditer(lines[i]):
            at.setdefault(m.start(), []).append(i)
    out = list(lines)
    for col, rows in at.items():
        if len(rows) >= SEPARATOR_ROWS:
            for i in rows:
                out[i] = out[i][:col] + " " + out[i][col + 1 :]
    return out


def _role_only(line: str) -> bool:
    return _ROLE_LABEL.match(line.strip()) is not None


def split_caption(lines: list[str]) -> tuple[list[str], list[int]]:
    """-layout text of page 1: a caption printed in two columns read column by column.

    The gutter is a run of blank columns (or a stacked ")" / "§" / ":") that rows print on
    both sides of: each candidate column where a row's text starts after a gap is tried,
    and the best block of rows that keep the two columns before it blank wins (see
    ``_score_block``). The block runs from the first row with text right of the gutter to
    the last, and on down through left-column rows while the spacing stays as tight as
    inside it (the last party's "Defendant." below the title). A party's role label
    ("Plaintiff,", 5th Cir. "Plaintiff—Appellant,") belongs to the left column however
    far right it is indented. Returns the lines with the block replaced by its left
    column then its right column, and the indexes of the new block lines (empty when
    there is no caption in two columns)."""
    last = min(len(lines), CAPTION_ROWS)
    work = _blank_separators(lines, last)
    roles = {i for i in range(last) if work[i].strip() and _role_only(work[i])}
    starts: set[int] = set()
    for i, line in enumerate(work[:last]):
        if i not in roles:
            starts.update(m.start() for m in _COLUMN_START.finditer(line))
    best: tuple[tuple[int, int, int], int, int, int] | None = None  # (score, column, top, bottom)
    for col in sorted(starts):
        first = -1
        for i in range(last + 1):
            fits = i < last and (i in roles or not _occupied(work[i], col - MIN_GUTTER, col))
            if fits and first < 0:
                first = i
            if not fits and first >= 0:
                span = _score_block(work, first, i, col, roles)
                if span is not None and (best is None or span[0] > best[0]):
                    best = (span[0], col, span[1], span[2])
                first = -1
    if best is None:
        return lines, []
    _, col, top, bottom = best
    left: list[str] = []
    right: list[str] = []
    for i in range(top, bottom):
        if i in roles:
            left.append(work[i].strip())
            continue
        lhs, rhs = work[i][:col].strip(), work[i][col:].strip()
        if lhs:
            left.append(lhs)
        if rhs:
            right.append(rhs)
    block = left + right
    out = lines[:top] + block + lines[bottom:]
    return out, list(range(top, top + len(block)))


def _score_block(
    lines: list[str], first: int, end: int, col: int, roles: set[int]
) -> tuple[tuple[int, int, int], int, int] | None:
    """(score, top, bottom) of the caption block within rows [first, end) that keep the
    gutter at ``col`` blank, or None when it is not two columns. The score ranks rows
    printed on both sides, then right-column rows that start at the gutter (a caption's
    right column is left-aligned; a centered heading is not), then the shorter side."""
    right_rows = [
        i for i in range(first, end) if i not in roles and _occupied(lines[i], col, len(lines[i]))
    ]
    # Right-column rows above the left column's first stay where they are (a heading,
    # the clerk's box): read before both columns, as in the row order.
    first_left = next(
        (i for i in range(first, end) if i not in roles and _occupied(lines[i], 0, col - MIN_GUTTER)), end
    )
    right_rows = [i for i in right_rows if i >= first_left]
    if len(right_rows) < MIN_COLUMN_ROWS:
        return None
    top, bottom = min(right_rows[0], first_left), right_rows[-1] + 1
    gaps = [b - a - 1 for a, b in itertools.pairwise(_filled(lines[top:bottom]))]
    tight = max(gaps, default=1)
    blank = 0
    while bottom < end:
        if not lines[bottom].strip():
            blank += 1
            if blank > tight:
                break
        else:
            blank = 0
        bottom += 1
    while bottom > top and not lines[bottom - 1].strip():
        bottom -= 1
    named = [i for i in range(top, bottom) if i not in roles and _occupied(lines[i], 0, col - MIN_GUTTER)]
    if len(named) < MIN_COLUMN_ROWS:  # role labels alone do not make a left column
        return None
    left_rows = named + [i for i in range(top, bottom) if i in roles]
    both = len(set(left_rows) & set(right_rows))
    aligned = sum(1 for i in right_rows if lines[i][col : col + 1].strip())
    return (both, aligned, min(len(left_rows), len(right_rows))), top, bottom


# --- footnotes at a page's foot ---------------------------------------------------------


@attrs.frozen
class PageNote:
    marker: str
    text: str


def take_footnotes(
    lines: list[str], expected: int, mark: Callable[[int], str], first_index: int
) -> tuple[list[str], list[PageNote]]:
    """Footnotes printed at the foot of the page, taken out of its lines.

    A footnote starts on a line that begins with its marker (alone, or before the note's
    text) in the page's last lines, where the number is the next footnote's (``expected``)
    or a "*", and the body above prints the same marker after a word ("issues.1",
    "case. 1 See", "Curiam:*"). That marker becomes ``mark(index)`` (a sentinel that holds
    the anchor's place). The notes that follow it on the page are split at the next
    numbers."""
    filled = _filled(lines)
    foot = filled[-FOOT_LINES:]
    margin = min((_indent(lines[i]) for i in filled), default=0)
    for start in foot:
        m = _NOTE_START.match(lines[start]) if first_printed(lines[start]) in _NOTE_FIRST else None
        if m is None or _indent(lines[start]) - margin > NOTE_MAX_INDENT:
            continue
        marker = m["m"].translate(_TO_DIGIT)
        if marker.isdigit() and int(marker) != expected:
            continue
        if start == filled[0]:
            continue
        anchor = _find_marker(lines[:start], m["m"])
        if anchor is None:
            continue
        notes = _split_notes(lines[start:], marker)
        if not notes:
            continue
        row, col, width = anchor
        body = lines[:start]
        body[row] = body[row][:col] + mark(first_index) + body[row][col + width :]
        for k in range(1, len(notes)):  # later notes of the page: anchor them if printed
            found = _find_marker(body, notes[k].marker)
            if found is not None:
                r, c, w = found
                body[r] = body[r][:c] + mark(first_index + k) + body[r][c + w :]
        return body, notes
    return lines, []


def _find_marker(lines: list[str], marker: str) -> tuple[int, int, int] | None:
    """(row, column, width) of the last place the body prints ``marker`` as a footnote
    reference: glued after a word or its punctuation ("issues.1", "Curiam:*"), or set
    apart by one space after a word's punctuation ("this case. 1 See")."""
    esc = regex.escape(marker)
    digits = marker[0].isdigit()
    guard = r"(?![0-9])" if digits else r"(?!\*)"
    pattern = regex.compile(
        r"(?<=[\p{L}.,;:!?\"”’')\]][ ]?)" + r"(?<![0-9][ ]?)" + esc + guard + r"(?=[ \t\[(]|$)"
        if digits
        else r"(?<=[\p{L}.,;:!?\"”’')\]])" + esc + guard
    )
    for row in range(len(lines) - 1, -1, -1):
        hits = list(pattern.finditer(lines[row]))
        hits = [h for h in hits if h.start() > 0 and lines[row][: h.start()].strip()]
        if hits:
            h = hits[-1]
            return row, h.start(), h.end() - h.start()
    return None


def _split_notes(lines: list[str], marker: str) -> list[PageNote]:
    notes: list[PageNote] = []
    current: list[str] = []
    current_marker = marker
    for line in lines:
        m = _NOTE_START.match(line) if first_printed(line) in _NOTE_FIRST else None
        if m is not None:
            got = m["m"].translate(_TO_DIGIT)
            nxt = str(int(current_marker) + 1) if current_marker.isdigit() else "1"
            if not notes and not current:
                current = [m["rest"] or ""]
                continue
            if got == nxt:
                notes.append(PageNote(current_marker, " ".join(p.strip() for p in current if p.strip())))
                current_marker, current = got, [m["rest"] or ""]
                continue
        current.append(line)
    if current:
        notes.append(PageNote(current_marker, " ".join(p.strip() for p in current if p.strip())))
    return [n for n in notes if n.text]


# --- paragraphs -------------------------------------------------------------------------


def _usual_length(lines: Sequence[str], *, ends: bool) -> int:
    """The page's usual full line: its 80th-percentile line end (-layout) or length."""
    sizes = sorted(len(line.rstrip()) if ends else len(line.strip()) for line in lines if line.strip())
    return sizes[int(0.8 * (len(sizes) - 1))] if sizes else 0


def paragraph_lines(lines: list[str], *, layout: bool, keep: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """The page's lines with a blank line exactly where a paragraph ends.

    On a double-spaced page (most rows a blank line apart) a single blank line is
    spacing, not a break. A break is kept before a first-line indent (-layout), after a
    line well short of the page's usual length that ends a sentence, and around the rows
    in ``keep`` (a caption block, a paragraph of its own)."""
    filled = _filled(lines)
    if not filled:
        return []
    gaps = [b - a - 1 for a, b in itertools.pairwise(filled)]
    full = _usual_length(lines, ends=layout)
    body_gaps = [
        g for a, g in zip(filled, gaps, strict=False)
        if a not in keep and len(lines[a].rstrip() if layout else lines[a].strip()) >= FULL_LINE * full
    ]
    double = sum(1 for g in body_gaps if g >= 1) > 0.5 * len(body_gaps) if body_gaps else False
    margin = Counter(len(lines[i]) - len(lines[i].lstrip()) for i in filled if len(lines[i].strip()) >= 0.6 * full)
    left = min(margin, key=lambda x: (-margin[x], x)) if margin else 0
    out: list[str] = []
    for k, i in enumerate(filled):
        line = lines[i]
        if k:
            prev_i = filled[k - 1]
            prev = lines[prev_i]
            gap = gaps[k - 1]
            size = len(prev.rstrip()) if layout else len(prev.strip())
            brk = gap >= (2 if double else 1)
            indented = layout and len(line) - len(line.lstrip()) >= left + INDENT
            short = size < FULL_LINE * full
            if (i in keep) != (prev_i in keep):
                brk = True
            elif i in keep:
                brk = False
            elif (indented and not short) or (short and _SENTENCE_END.search(prev.strip())):
                brk = True
            if brk:
                out.append("")
        out.append(line.strip())
    return out
