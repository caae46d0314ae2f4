"""Text input: the layout cleaning of a PDF, done by text rules on text a tool already made.

The flavour of the text is told from the text itself (``textflavors.detect_flavour``) and
said in ``Document.warnings``: poppler's ``pdftotext -layout`` output and its plain output
(form feeds between pages) get the page rules of :mod:`courtparse.textflavors` (stamps,
line-number columns, running headers and footers, footnotes at a page's foot, a -layout
caption read column by column, paragraph breaks on double-spaced pages); markdown of
PDF-to-markdown converters and text of no known flavour get the rules below, which every
flavour then shares.

What PDF-to-text tools leave in a filing's text, and what each rule here undoes:

- pleading-paper line numbers kept as a run of lines "1 …", "2 …", … (blank lines keep
  just the number);
- markdown artifacts of PDF-to-markdown converters: ``[15-cv-00798-HSG](#)``, ``**bold**``,
  ``__bold__``, ``*italic*``, ``# heading``, backslash escapes;
- the ECF stamp line ("Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2"),
  parsed then removed, and lone page numbers beside a form feed;
- a footnote printed at the foot of a page, which lands in the middle of the body and
  splits the sentence running over the page break: it is moved into the footnotes, its
  marker is taken out of the body (a marker glued to a word, "issues.¹", breaks searches)
  and recorded as the footnote's anchor, and the split sentence is joined again.

The result keeps a line structure the caption and court extractors rely on: short lines
(caption, title) one per line, paragraphs separated by a blank line, and the wrapped lines
of a paragraph joined with spaces. Quotes are kept as printed.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from courtparse.layout import removed as _removed
from courtparse.layout.removed import Removals
from courtparse.layout.stamp import is_stamp_companion, parse_stamp_line, stamps_disagree
from courtparse.models import EcfStamp, Removed
from courtparse.text import CleanText, FootnoteText
from courtparse.textflavors import (
    LAYOUT,
    LINE_NUMBER_FIRST,
    MARKDOWN,
    PLAIN,
    UNKNOWN,
    blank_number_column,
    detect_flavour,
    drop_furniture,
    drop_number_lines,
    first_printed,
    paragraph_lines,
    split_caption,
    split_pages,
    take_footnotes,
    take_stamps,
)

# --- patterns ---------------------------------------------------------------------------

_MD_LINK = regex.compile(
    r"""
    \[ (?P<text> [^\[\]\n]+ ) \]          # [15-cv-00798-HSG]
    \( (?P<url> \#[^()\s]* | https?://[^()\s]* | mailto:[^()\s]* | ) \)   # (#) or (http://…)
    """,
    regex.VERBOSE,
)

_MD_STRONG = regex.compile(
    r"""
    (?P<fence> \*\* | __ )                # **ORDER DENYING … COMPEL** / __ORDER__
    (?= \S )
    (?P<inner> (?: (?! \n[ \t]*\n ) . )+? )   # may wrap lines, never a blank line
    (?<= \S )
    (?P=fence)
    """,
    regex.VERBOSE | regex.DOTALL,
)

_MD_EMPHASIS = regex.compile(
    r"""
    (?<! [\*\w] ) \*                      # *Loop AI Labs v. Gatti* (a lone "*" footnote
    (?P<inner> [^\s*] (?: [^*\n]*? [^\s*] )? )   # marker is never followed by a closing one)
    \* (?! [\*\w] )
    """,
    regex.VERBOSE,
)

_MD_HEADING = regex.compile(r"^[ \t]{0,3}\#{1,6}[ \t]+(?=\S)", regex.MULTILINE)  # "# ORDER"
_MD_ESCAPE = regex.compile(r"\\(?P<char>[\[\]\*_\#\\()`])")  # pandoc: "\[Docket No. 339.\]"

_LINE_NUMBER = regex.compile(
    r"""
    ^ [ \t]* (?P<n> [1-9][0-9]? )         # "1 Almawave's administrative motion…", "8"
    (?: [ \t]+ (?P<rest> \S .* ) | [ \t]* ) $
    """,
    regex.VERBOSE,
)

_PAGE_NUMBER = regex.compile(
    r"""
    ^ [ \t]* (?: - [ \t]* )? (?: Page [ \t]+ )? [0-9]{1,3}   # "2", "- 2 -", "Page 2"
    (?: [ \t]+ of [ \t]+ [0-9]{1,3} )? (?: [ \t]* - )? [ \t]* $   # "Page 2 of 5"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")

_FOOTNOTE_START = regex.compile(
    r"""
    ^ [ \t]*
    (?: (?P<sup> [⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} )        # "¹ Plaintiff's response included …"
      | (?P<num> [1-9][0-9]{0,2} ) (?= [ \t]+ [\p{Lu}"“'‘(\[] )   # "1 Plaintiff's response …"
    )
    [ \t]* (?P<rest> \S .* )
    """,
    regex.VERBOSE | regex.DOTALL,
)

# A superscript marker glued to what it annotates: "these issues.¹ [Docket No. 339.]"
_SUPERSCRIPT_MARKER = regex.compile(r"(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")

# A plain-digit marker glued after a word and its punctuation: "these issues.1 [Docket"
# A footnote marker in the body, found once for every marker and then compared with the
# one wanted: superscript digits after a printed character ("issues.¹"), or for a plain
# marker, ASCII digits glued after a word and its closing punctuation ("issues.1 ").
_SUP_MARKER = regex.compile(r"(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])(?P<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_PLAIN_MARKER = regex.compile(r"(?<=\p{L}[.,;:!?]?[\"”’')\]]?)(?P<m>[0-9]+)(?=[\s\[(]|$)")

_PRIVATE_USE = regex.compile(r"[\ue000-\uf8ff]")  # never in real filings' text; holds marker places
_SENTENCE_END = regex.compile(r"[.!?:;][\"”’')\]]*$")  # "motion." "ORDERED.”" "(Dkt. 5.)"
_WIDE_GAP = regex.compile(r"\S[ \t]{3,}\S")  # two-column caption lines of pdftotext -layout


def _wide_gap(line: str) -> bool:
    """A gap of three blanks or more inside ``line`` (``_WIDE_GAP``); a line with neither
    three spaces in a row nor a tab has none, and most lines are read by that alone."""
    return ("   " in line or "\t" in line) and _WIDE_GAP.search(line) is not None

_MIN_WRAPPED_LINE = 45  # a line shorter than this is a caption or title line, or a last line
_FULL_LINE_CAP = 110  # a paragraph printed as one long line does not make wrapped lines "short"
_MIN_LINE_RUN = 4  # "1 …" to "4 …": fewer consecutive numbered lines may be a real list


# --- the result -------------------------------------------------------------------------


@attrs.frozen
class TextInput:
    """What text input gives besides the clean text: the stamp it printed and the page
    count its form feeds show (None without form feeds), and what its rules removed (no
    boxes; pages where form feeds show them)."""

    clean: CleanText
    ecf: EcfStamp | None = None
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()


def clean_text_input(text: str) -> CleanText:
    """The CleanText of text input (see the module docstring for the rules)."""
    return read_text_input(text).clean


def read_text_input(text: str) -> TextInput:
    """Clean text input and keep the stamp and page count the cleaning finds."""
    sentinels = _Sentinels(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    flavour = detect_flavour(text)
    warnings: list[str] = [_FLAVOUR_NOTE[flavour]]
    notes: list[tuple[str, str]] = []
    pages: int | None
    removed = Removals() if _removed.RECORD else None
    if flavour in (LAYOUT, PLAIN):
        lines, ecf, pages = _pdftotext_lines(text, flavour, sentinels, notes, warnings, removed)
    else:
        lines, ecf, pages = _text_lines(text, warnings, removed)
        lines = _strip_markdown("\n".join(lines)).split("\n")
    lines = _strip_line_numbers(lines, removed, paged=pages is not None)
    paragraphs = _paragraphs(lines)
    paragraphs, notes = _split_footnotes(paragraphs, sentinels, notes)
    joined = [p if _is_break(p) or p == [_REMOVED] else _wrap_join(p) for p in paragraphs]
    body_text = "\n\n".join("\n".join(p) for p in _rejoin(joined))
    body_text, anchors = sentinels.take(body_text)

    footnotes = []
    for i, (marker, note_text) in enumerate(notes):
        footnotes.append(
            FootnoteText(
                marker=marker,
                clean=CleanText(note_text, footnote_index=i),
                anchor=anchors.get(i),
            )
        )
    clean = CleanText(body_text, footnotes=tuple(footnotes))
    gone = () if removed is None else tuple(sorted(removed.items(), key=lambda r: r.page or 0))
    return TextInput(clean=clean, ecf=ecf, pages=pages, warnings=tuple(warnings), removed=gone)


_FLAVOUR_NOTE = {
    LAYOUT: "text input read as pdftotext -layout output",
    PLAIN: "text input read as plain pdftotext output",
    MARKDOWN: "text input read as PDF-to-markdown text",
    UNKNOWN: "text input not recognized as pdftotext or markdown output; read as plain text",
}


def _note_stamp(ecf: EcfStamp | None, stamp: EcfStamp, warnings: list[str]) -> EcfStamp:
    """The filing's stamp (page 1's), warning once when a later page's disagrees."""
    if ecf is None:
        return stamp
    if stamps_disagree(ecf, stamp) and not any(w.startswith("ECF stamps disagree") for w in warnings):
        warnings.append(f"ECF stamps disagree: {ecf.raw!r} and {stamp.raw!r}")
    return ecf


def _with_breaks(pages: list[list[str]]) -> list[str]:
    lines: list[str] = []
    for page_no, page_lines in enumerate(pages):
        if page_no:
            lines += ["", _PAGE_BREAK, ""]
        lines.extend(page_lines)
    return lines


def _text_lines(
    text: str, warnings: list[str], removed: Removals | None = None
) -> tuple[list[str], EcfStamp | None, int | None]:
    """Markdown and unrecognized text: stamp lines and lone page numbers out, page by page."""
    pages_text = split_pages(text)
    pages = len(pages_text) if "\f" in text else None
    ecf: EcfStamp | None = None
    out: list[list[str]] = []
    for page_no, page in enumerate(pages_text, start=1):
        number = page_no if pages is not None else None
        page_lines = []
        for i, line in enumerate(page.split("\n")):
            stamp = parse_stamp_line(line.strip()) if line.strip() else None
            if stamp is None:
                if not is_stamp_companion(line):
                    page_lines.append(line.rstrip())
                elif removed is not None:
                    removed.add("ecf_stamp", number, None, line.strip(), i)
            else:
                ecf = _note_stamp(ecf, stamp, warnings)
                if removed is not None:
                    removed.add("ecf_stamp", number, None, line.strip(), i)
        if pages is not None:
            page_lines = _drop_page_numbers(page_lines, removed, number)
        out.append(page_lines)
    return _with_breaks(out), ecf, pages


def _pdftotext_lines(
    text: str,
    flavour: str,
    sentinels: _Sentinels,
    notes: list[tuple[str, str]],
    warnings: list[str],
    removed: Removals | None = None,
) -> tuple[list[str], EcfStamp | None, int | None]:
    """pdftotext output, page by page: stamps parsed and removed, the line-number column,
    furniture and footnotes at the foot taken out, a -layout caption read column by
    column, a blank line left only where a paragraph ends."""
    layout = flavour == LAYOUT
    ecf: EcfStamp | None = None
    pages: list[list[str]] = []
    paged = "\f" in text
    for page_no, page in enumerate(split_pages(text), start=1):
        number = page_no if paged else None
        lines, stamp = take_stamps(page.split("\n"), removed, number)
        if stamp is not None:
            ecf = _note_stamp(ecf, stamp, warnings)
        pages.append(
            blank_number_column(lines, removed, number) if layout else drop_number_lines(lines, removed, number)
        )
    pages = drop_furniture(pages, removed, paged=paged)
    out: list[list[str]] = []
    numbered = max((int(m) for m, _ in notes if m.isdigit()), default=0)  # the highest note number
    for page_no, lines in enumerate(pages):
        lines, page_notes = take_footnotes(lines, numbered + 1, sentinels.new, len(notes))
        notes.extend((n.marker, n.text) for n in page_notes)
        numbered = max([numbered, *(int(n.marker) for n in page_notes if n.marker.isdigit())])
        keep: list[int] = []
        if page_no == 0 and layout:
            lines, keep = split_caption(lines)
        out.append(paragraph_lines(lines, layout=layout, keep=set(keep)))
    return _with_breaks(out), ecf, len(pages) if "\f" in text else None


# --- steps ------------------------------------------------------------------------------

_PAGE_BREAK = "\x00P"
"""Kept as a paragraph of its own between pages until the sentence rejoin has used it."""


class _Sentinels:
    """Private-use characters, absent from the input, that hold a footnote marker's place
    in the body while lines are joined, so its offset is known once the text is final."""

    def __init__(self, text: str) -> None:
        present = set(_PRIVATE_USE.findall(text))
        self._free = (chr(c) for c in range(0xE000, 0xF900) if chr(c) not in present)
        self._by_char: dict[str, int] = {}

    def new(self, index: int) -> str:
        char = next(self._free, "")
        if char:
            self._by_char[char] = index
        return char

    def take(self, text: str) -> tuple[str, dict[int, tuple[int, int]]]:
        if not self._by_char:
            return text, {}
        found = regex.compile("[" + regex.escape("".join(self._by_char)) + "]")
        out: list[str] = []
        anchors: dict[int, tuple[int, int]] = {}
        pos = 0  # length of the text kept so far
        last = 0
        for m in found.finditer(text):
            out.append(text[last : m.start()])
            pos += m.start() - last
            anchors.setdefault(self._by_char[m.group()], (pos, pos))
            last = m.end()
        out.append(text[last:])
        return "".join(out), anchors


def _drop_page_numbers(lines: list[str], removed: Removals | None = None, page: int | None = None) -> list[str]:
    """A page number is the first or last printed line of a form-feed page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines
    drop = {i for i in (filled[0], filled[-1]) if _PAGE_NUMBER.match(lines[i])}
    if len(filled) == 1:
        drop = set()
    if removed is not None:
        for i in sorted(drop):
            removed.add("page_number", page, None, lines[i].strip())
    return [line for i, line in enumerate(lines) if i not in drop]


def _strip_markdown(text: str) -> str:
    text = str(_MD_LINK.sub(lambda m: m["text"], text))
    text = str(_MD_HEADING.sub("", text))
    for _ in range(2):  # "***x***" is strong around emphasis
        text = str(_MD_STRONG.sub(lambda m: m["inner"], text))
    text = str(_MD_EMPHASIS.sub(lambda m: m["inner"], text))
    return str(_MD_ESCAPE.sub(lambda m: m["char"], text))


def _numbered(line: str) -> tuple[int, str] | None:
    """``(n, rest)`` of a line that starts with a pleading line number."""
    m = _LINE_NUMBER.match(line) if first_printed(line) in LINE_NUMBER_FIRST else None
    return None if m is None else (int(m["n"]), str(m["rest"] or ""))


def _strip_line_numbers(lines: list[str], removed: Removals | None = None, *, paged: bool = False) -> list[str]:
    """Remove runs of pleading-paper numbers: consecutive numbered lines counting up by one
    (blank lines may sit between them; a blank pleading line keeps only its number). Each
    run is one block of ``removed`` (on its page where the text is ``paged``)."""
    numbered = [_numbered(line) for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        first = numbered[i]
        if first is None:
            i += 1
            continue
        run = [(i, first[1])]
        expected = first[0] + 1
        j = i + 1
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            nj = numbered[j]
            if nj is None or nj[0] != expected:
                break
            run.append((j, nj[1]))
            expected += 1
            j += 1
        if len(run) >= _MIN_LINE_RUN and sum(1 for _, rest in run if rest) >= 2:
            for k, rest in run:
                out[k] = rest
            if removed is not None:
                page = 1 + lines[: run[0][0]].count(_PAGE_BREAK) if paged else None
                numbers = "\n".join(str(n[0]) for k, _ in run if (n := numbered[k]) is not None)
                removed.add("line_numbers", page, None, numbers)
            i = run[-1][0] + 1
        else:
            i += 1
    return out


def _paragraphs(lines: list[str]) -> list[list[str]]:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _is_break(paragraph: list[str]) -> bool:
    return paragraph == [_PAGE_BREAK]


def _split_footnotes(
    paragraphs: list[list[str]], sentinels: _Sentinels, earlier: list[tuple[str, str]] | None = None
) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Move footnote paragraphs out of the body; put a sentinel where each marker was.

    A paragraph is a footnote when it starts with a superscript marker ("¹ Plaintiff's
    response …"), or with a plain number whose marker is glued to a word earlier in the
    body ("issues.1") or which sits where a page's foot meets a sentence running over.
    """
    body: list[list[str]] = []
    notes: list[tuple[str, str]] = list(earlier or ())
    markers = _MarkerIndex(body)
    for k, paragraph in enumerate(paragraphs):
        joined = " ".join(line.strip() for line in paragraph)
        m = _FOOTNOTE_START.match(joined)
        if m is None or _is_break(paragraph):
            body.append(paragraph)
            continue
        marker = (m["sup"] or m["num"]).translate(_TO_DIGIT)
        found = _mark_anchor(markers, marker, plain=m["sup"] is None, sentinels=sentinels, index=len(notes))
        after = (paragraphs[j] for j in range(k + 1, len(paragraphs)))
        if m["sup"] is None and not found and not _at_page_foot(body, after, marker, notes):
            body.append(paragraph)
            continue
        notes.append((marker, m["rest"]))
        body.append([_REMOVED])
    # unmatched superscript markers glued in the body are noise for searches: drop them
    # (a paragraph at once: the marker needs a printed character before it, never a newline)
    return [_SUPERSCRIPT_MARKER.sub("", "\n".join(p)).split("\n") if p else p for p in body], notes


_REMOVED = "\x00F"
"""Stands where a footnote paragraph was, so the sentence it split can be joined again."""


class _MarkerIndex:
    """Where the body prints each footnote marker, kept as the body grows: for a pattern
    and a marker's text, the (paragraph, line) places that print it, in reading order.
    Each line is searched once, and again only when its marker becomes a sentinel, so
    anchoring every footnote costs one pass over the body, not one per footnote
    (issue 17: footnote-heavy text was quadratic)."""

    def __init__(self, body: list[list[str]]) -> None:
        self.body = body
        self._indexed = 0  # body paragraphs indexed so far
        self._places: dict[tuple[regex.Pattern[str], str], list[tuple[int, int]]] = {}

    def _add_line(self, pattern: regex.Pattern[str], p: int, li: int) -> None:
        for text in dict.fromkeys(h.group("m") for h in pattern.finditer(self.body[p][li])):
            self._places.setdefault((pattern, text), []).append((p, li))

    def last(self, pattern: regex.Pattern[str], text: str) -> tuple[int, int] | None:
        """The last (paragraph, line) of the body printing ``text`` by ``pattern``."""
        while self._indexed < len(self.body):
            for li in range(len(self.body[self._indexed])):
                for pat in (_SUP_MARKER, _PLAIN_MARKER):
                    self._add_line(pat, self._indexed, li)
            self._indexed += 1
        places = self._places.get((pattern, text))
        return places[-1] if places else None

    def replaced(self, pattern: regex.Pattern[str], text: str, p: int, li: int) -> None:
        """The hit of ``text`` at (p, li), its last place, became a sentinel: the place
        goes when the line prints ``text`` no more. The line's other hits stay as they were
        (a sentinel is no letter, digit or superscript, which the patterns look around)."""
        if not any(h.group("m") == text for h in pattern.finditer(self.body[p][li])):
            self._places[(pattern, text)].pop()


def _mark_anchor(
    markers: _MarkerIndex, marker: str, *, plain: bool, sentinels: _Sentinels, index: int
) -> bool:
    """Replace the last body occurrence of ``marker`` (superscript, or for a plain marker
    a digit glued after a word) by a sentinel; False when none is found."""
    sup = marker.translate(str.maketrans("0123456789", _SUPERSCRIPTS))
    wanted = [(_SUP_MARKER, sup)]
    if plain:
        wanted.append((_PLAIN_MARKER, marker))
    for pattern, text in wanted:
        place = markers.last(pattern, text)
        if place is not None:
            p, li = place
            lines = markers.body[p]
            hit = [h for h in pattern.finditer(lines[li]) if h.group("m") == text][-1]
            char = sentinels.new(index)
            lines[li] = lines[li][: hit.start()] + char + lines[li][hit.end() :]
            markers.replaced(pattern, text, p, li)
            return True
    return False


def _at_page_foot(
    before: list[list[str]], after: Iterable[list[str]], marker: str, notes: list[tuple[str, str]]
) -> bool:
    """A plain-numbered paragraph is a footnote where it splits a sentence: the body
    before it stops mid-sentence and the text after it goes on; its number is the next
    footnote's."""
    if int(marker) != len(notes) + 1:
        return False
    prev = next((p for p in reversed(before) if not _is_break(p) and p != [_REMOVED]), None)
    nxt = next((p for p in after if not _is_break(p)), None)
    if prev is None or nxt is None:
        return False
    last = prev[-1].strip()
    return len(last) >= _MIN_WRAPPED_LINE and not _SENTENCE_END.search(last)


def _rejoin(paragraphs: list[list[str]]) -> list[list[str]]:
    """Join a sentence split by a removed footnote or a page break (the paragraph before
    stops mid-sentence), or by a stray blank line ("the court cannot" / "determine …").

    A line that sentences keep joining onto is kept as its pieces, with whether any holds
    a wide gap, and read by its last characters: joining costs the length of what is
    joined, not of the line it grows (issue 17: lines without a full stop were quadratic)."""
    out: list[list[str]] = []
    pending_break = False
    pieces: list[str] = []  # out[-1][-1] as pieces to join with one space
    wide = False  # whether a piece holds a wide gap (a caption's two columns)
    for paragraph in paragraphs:
        if _is_break(paragraph) or paragraph == [_REMOVED]:
            pending_break = True
            continue
        if out and not wide and _continues(_line_tail(pieces), paragraph[0], pending_break):
            last = out[-1]
            pieces[0] = pieces[0].rstrip()
            pieces.append(paragraph[0].strip())
            wide = _wide_gap(pieces[-1])
            if len(paragraph) > 1:
                last[-1] = " ".join(pieces)
                last.extend(paragraph[1:])
                pieces = [last[-1]]
                wide = _wide_gap(last[-1])
        else:
            if len(pieces) > 1:
                out[-1][-1] = " ".join(pieces)
            out.append(list(paragraph))
            pieces = [paragraph[-1]]
            wide = _wide_gap(paragraph[-1])
        pending_break = False
    if len(pieces) > 1:
        out[-1][-1] = " ".join(pieces)
    return out


def _line_tail(pieces: list[str]) -> str:
    """The end of a line held as pieces, long enough for ``_continues`` to read it as the
    whole line (its length is only compared with _MIN_WRAPPED_LINE)."""
    if len(pieces) == 1:
        return pieces[0]
    tail: list[str] = []
    size = 0
    for piece in reversed(pieces):
        tail.append(piece)
        size += len(piece) + 1
        if size > _MIN_WRAPPED_LINE + 1:
            break
    return " ".join(reversed(tail))


def _continues(prev_line: str, next_line: str, after_break: bool) -> bool:
    prev, nxt = prev_line.strip(), next_line.strip()
    if not prev or not nxt or _SENTENCE_END.search(prev) or _wide_gap(prev):
        return False
    if len(prev) < _MIN_WRAPPED_LINE:  # a caption or heading line, not a wrapped sentence
        return False
    if nxt[0].islower():
        return True
    return after_break


def _wrap_join(paragraph: list[str]) -> list[str]:
    """Join the wrapped lines of a paragraph; keep short lines (caption, title) apart."""
    longest = min(max(len(line.strip()) for line in paragraph), _FULL_LINE_CAP)
    out: list[list[str]] = []
    joining = False
    for line in paragraph:
        text = line.strip()
        if joining:
            parts = out[-1]
            prev = parts[-1]
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and text[:1].isalpha():
                parts[-1] = prev + text  # "regularly-" + "scheduled": keep the printed hyphen
            else:
                parts.append(text)
        else:
            out.append([text])
        joining = (
            len(text) >= _MIN_WRAPPED_LINE
            and len(text) >= 0.6 * longest
            and not _wide_gap(text)
        )
    return [" ".join(parts) for parts in out]
