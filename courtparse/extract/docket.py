"""Docket citations: every "Dkt. No. 337" / "ECF 537" / "(Doc. 12 at 3)" a filing prints.

A citation is a docket label ("Dkt.", "Docket", "ECF", "Doc.", "D.E.", "Document No.",
each optionally with "Entry" and "No."/"Nos."/"Number(s)"/"#"; D. Del.'s "D.I. 12"; S.D.
Fla.'s "[DE 45]" after a bracket, a parenthesis or "See"; the Sixth Circuit's record cite
"R. 45, PageID 123", only with its PageID) followed by a list of entry numbers, each
optionally with an attachment ("26-2"), then an optional pin cite ("at 3", "at 3–4", "¶ 5",
"at PageID.9", "¶ 44, PageID #14"). A bare "[169]" counts after a document's description on
its line ("Motion to Seal [169]", "motion for summary judgment [584] is granted", "the
entire pleading [1]"), in any court's filing, and a run of adjacent brackets ("[328][329]…")
is one citation of every entry in it.

How "N-M" reads (the courts' own usage: ECF numbers an attachment "26-2", and a range
is printed with an en dash or a plural label): an en dash, "through" or "to" is a range
(``ECF Nos. 45–47`` → 45, 46, 47); a hyphen is a range only after a plural label with M >
N (``Dkt. Nos. 169-170``) or, without "No.", between two numbers of the same width
(``Dkt. 169-172``), otherwise an attachment (``Dkt. Nos. 26-2, 26-3``, ``ECF No. 12-1``,
``ECF No. 12-15``). A hyphen at a line end joins its two halves (``ECF 459-`` / ``16``).

Never a case number: "Docket No. 17-2218" (two digits, then three or more), anything
followed by ":" ("Docket No.: 3:19-cv-…", "D.C. Docket No. 1:19-cv-…"), another court's or
agency's docket ("MDL Docket No. 1999", "D.C. Docket No.", FCC "CG Dkt. Nos. 02-278",
"BIA", "Agency", "Tax Court"), and in a Tax Court filing any "Docket No." (its case
numbers, "Docket Nos. 19031-13, 27735-13"). "Document 343" without "No." is the ECF
stamp's wording and never a citation; a citation followed by "Filed" or "Page N of" on its
line is a stamp too ("Case: 20-03050 Doc# 277 Filed: 04/14/21").

The caption's "Re: Dkt. No. 337" (or a citation alone in parentheses or brackets on its
line in the caption, "(ECF No. 26)" under the title) is ``caption.re``: returned by
``extract_re_entries`` and left out of ``extract_docket_citations``, so the two together
give each cited entry once per printing.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from courtparse.models import DocketCitation, DocketEntryRef
from courtparse.patterns import GAP, HYPHEN, SPACE, printed
from courtparse.regions import Regions, regions_of
from courtparse.text import CleanText

_G = rf"(?P<g>{GAP})"

# The docket label.
_LABEL = regex.compile(
    rf"""
    (?<![\w.])
    (?P<label>
        (?i:ECF)(?:{SPACE}+(?:Doc(?:ument)?|Dkt)\.?)?         # "ECF No. 12", "ECF 537", "ECF Doc. 5"
      | (?:R\.|Rec\.|REC\.|Record|RECORD){SPACE}*(?i:Doc(?:ument)?s?)(?:\.|\b)
                                                              # E.D. La. "R. Doc. 18-3", "Rec. Doc. 45",
                                                              # W.D. La. "Record Document 12"
      | (?i:Dkts?)(?:\.|\b)(?:{SPACE}*(?i:Entr(?:y|ies))\b)?   # "Dkt. 132", "Dkt 209", "Dkts. 5, 6", "DKT. 45 AND 46",
                                                              # E.D.N.Y. "Dkt. Entry No. 45"
      | (?i:Docket)(?:{SPACE}+(?i:Entr(?:y|ies)))?\b          # "Docket No. 596-1", "docket numbers 26-2 and 26-3"
      | (?i:Docs?)(?:\.|(?={SPACE}*(?:\#|No\b)))              # "Doc. 5", "Docs. 18079, 18128", "(Doc. # 14.)", "Doc No. 7"
      | D\.{SPACE}?E\.                                         # Eleventh Circuit / S.D. Fla. "(D.E. 45)"
      | (?<=[\[(]{SPACE}*|(?:See|see|also|Cf\.|cf\.){SPACE}+)DE(?={SPACE}*\#?{SPACE}*\d)
                                                              # S.D. Fla. "[DE 45]", "(DE #12)"; never "Wilmington, DE 19801"
      | D\.{SPACE}?I\.                                         # D. Del. "(D.I. 12)", "D.I. 35-2 at 8"
      | R\.(?={SPACE}*\d[^\n]{{0,40}}?Page{SPACE}?ID)          # Sixth Circuit record cite "R. 45, PageID 123"
      | (?i:Document)(?={_G}(?i:No|Number)\b)                 # "Document No. 45" (never bare "Document 343")
    )
    (?:{_G}(?P<no>(?i:Nos?|Numbers?|Entr(?:y|ies))\b\.?|\#){SPACE}*:?)?   # "No.", "Nos.", "numbers", "#"
    (?:{SPACE}*\#)?                                            # "Dkt. No. #12"
    """,
    regex.VERBOSE,
)

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,6})"
# One entry: "337", "26-2", "[169]", "169-\n170", "45–47". Not a case number's "3:19" or
# "15-cv", not a decimal or a date.
_ITEM = regex.compile(
    rf"""
    {_G}(?P<br>\[)?(?P<n>{_NUMBER})
    (?:(?P<dash>{HYPHEN}){_G}(?P<a>\d{{1,6}}))?
    (?![\d:/]|\.\d|{HYPHEN}?[A-Za-z])
    (?(br)\])
    """,
    regex.VERBOSE,
)
# Between entries: ", ", "; ", " and ", ", and ", " & ", nothing between brackets; a range word; or a continuation
# "-2" that is another attachment of the last entry ("Docs. 19798-1, -2").
_SEP = regex.compile(
    rf"""
    {_G}(?:
        (?P<range>through|thru|to|{HYPHEN})
      | (?:,|;|&|(?i:and)\b)(?:{_G}(?:(?i:and)\b|&))?
      | (?P<adj>(?=\[\d))                                    # "Dkt. [169][170]": adjacent brackets
    )
    (?:{_G}{HYPHEN}{_G}(?P<cont>\d{{1,3}})(?![\d:/]|\.\d))?
    """,
    regex.VERBOSE,
)
# What may not follow a further list item: "Dkt. No. 5, 10 days later", "2015 WL".
_NOT_AFTER_ITEM = regex.compile(
    rf"{SPACE}+(?i:days?|weeks?|months?|years?|pages?|hours?|minutes?|percent|WL|F\.|U\.S\.|"
    rf"S\.{SPACE}?Ct\.|B\.R\.)(?!\w)|%"
)
# A numbered paragraph opening the next line: "5. The Clerk", "2) Defendant".
_ENUMERATOR_AFTER = regex.compile(rf"[.)]{SPACE}+[A-Z(]")
# Pin cites: "at 3", "at 3–4", "at *2", "at 31:22-23", "at ¶ 5", "¶¶ 5-6", "at pp. 3-4".
_PIN_PART = rf"(?:\*?\d+(?::\d+)?(?:{SPACE}*{HYPHEN}{SPACE}*\*?\d+(?::\d+)?)?)"
# The page of the court's own numbering: E.D. Mich. "ECF No. 1 at PageID.9", N.D. Ohio
# "(ECF No. 1, ¶ 44, PageID #14.)", Sixth Circuit "R. 12-1, PageID #: 340", "Page ID # 123".
_PAGE_ID = rf"(?:Page{SPACE}?ID{SPACE}*[\#.]?{SPACE}*:?{SPACE}*\d+(?:{SPACE}*{HYPHEN}{SPACE}*\d+)?)"
_PIN = regex.compile(
    rf"""
    {_G},?{_G}
    (?:(?i:at){_G}(?:(?:pp?|pg)\.{SPACE}*)?(?P<pin>¶¶?{SPACE}*{_PIN_PART}|{_PAGE_ID}|{_PIN_PART})
     | (?P<pin>¶¶?{SPACE}*{_PIN_PART}|{_PAGE_ID}))
    (?P<more>(?:{SPACE}*(?:,|&|and){SPACE}*{_PIN_PART}(?![\d.]\d|{SPACE}*(?:[A-Za-z]{{2,}}|\d)))*
             (?:{SPACE}*,{SPACE}*{_PAGE_ID})?)
    (?![\d/]|\.\d)
    """,
    regex.VERBOSE,
)
# A stamp, not a citation: "Doc# 277 Filed: 04/14/21", "Doc 12-3 Filed 05/10/19", "Page 1 of 2".
_STAMP_AFTER = regex.compile(rf"{SPACE}*,?{SPACE}*(?:Filed|FILED|Entered|Page{SPACE}+\d+{SPACE}+of)\b")
_STAMP_REACH = 200
"""Characters after a citation in which a stamp's "Filed" / "Page 3 of" is looked for."""
# "Re:" before a caption citation ("Re: Dkt. No. 337", "[Re: ECF 527; 528 …]").
_RE_BEFORE = regex.compile(rf"(?i:re|regarding){SPACE}*:?{SPACE}*[\[(]?{SPACE}*\Z")
_OPEN_ALONE = regex.compile(rf"{SPACE}*[\[(]{SPACE}*\Z")
_CLOSE_ALONE = regex.compile(rf"{SPACE}*\.?{SPACE}*[\])]\.?{SPACE}*(?:\n|\Z)")
# A bracketed "[Re: ECF 527; …; 535;" whose list goes on after a line of the other
# caption column ("CISCO SYSTEMS INC.,") and closes on a later line ("536; 537]").
_RE_CONTINUATION = regex.compile(
    rf"{SPACE}*[;,]?{SPACE}*\n(?:[^\n\d\]]{{1,80}}\n){{1,2}}{SPACE}*(?P<list>\d{{1,6}}(?:{SPACE}*[;,]{SPACE}*\d{{1,6}})*){SPACE}*[;,]?{SPACE}*\]"
)

# Bare bracketed entries after a document's description: C.D. Cal. minutes "Defendants'
# Application to Seal [169]", "Mediation Report[397]", N.D. Ill. "Knight's motion for
# summary judgment [584] is granted", C.D. Cal. "seal the entire pleading [1]", and runs
# of them: C.D. Cal. "MOTIONS IN LIMINE[328][329][330]…[339[340]…[351]" (every one; a
# run may lose a closing bracket). Not: an alteration or enumerator in a quotation
# ("must “[1] conclusively determine"), a transcript's word index ("motion [16] 3/25
# 5/23", "request [1] - 3:17").
_BRACKET = regex.compile(
    rf"(?<=[\w).’'][^\S\n]?)\[(?P<n>\d{{1,5}})(?:{HYPHEN}(?P<a>\d{{1,3}}))?(?:\]|(?=\[\d))"
)
_BRACKET_NEXT = regex.compile(
    rf"{_G}\[(?P<n>\d{{1,5}})(?:{HYPHEN}(?P<a>\d{{1,3}}))?(?:\]|(?=\[\d))"
)
_WORD_INDEX_AFTER = regex.compile(rf"{SPACE}*{HYPHEN}?{GAP}\d{{1,3}}[/:]\d")
# A ruling right after the bracket says what it numbers is a paper before the court, however
# long its description: N.D. Ill. "Plaintiffs' motion to continue ... pursuant to Fed. R.
# Civ. P. 56(f) until after completion of discovery [651] is denied."
_RULED_AFTER = regex.compile(
    rf"{SPACE}+(?:is|are){SPACE}+(?:hereby{SPACE}+)?(?:granted|denied|stricken|terminated|withdrawn|overruled|sustained|moot)\b",
    regex.IGNORECASE,
)
_DOC_WORD = regex.compile(
    r"(?i:motion|application|complaint|petition|order|stipulation|opposition|reply|request|"
    r"notice|declaration|report|brief|answer|objections?|judgment|response|memorandum|"
    r"statement|filing|transcript|affidavit|letter|dismiss|seal|pleading|authority|"
    r"ex\s+parte|in\s+limine)"
    r"[^\n\[\].;“”\"]{0,60}\Z"
)
# A docket label after another court's or agency's name numbers that docket's case, not
# an entry: "MDL Docket No. 1999", an Eleventh Circuit "D.C. Docket No. …", FCC "CG Dkt.
# Nos. 02-278 and 05-338", "BIA", "Agency Docket No.", "Tax Court Docket No.".
_OTHER_DOCKET_BEFORE = regex.compile(
    rf"(?:\b(?:MDL|BIA|FCC|FERC|CG|EPA|Agency|AGENCY|Tax{SPACE}+Court)|D\.{SPACE}?C\.)\.?{SPACE}*\Z"
)
_RANGE_CAP = 200


def _expand(
    n: int, a: int | None, dash: str | None, plural: bool, singular: bool = False
) -> list[DocketEntryRef] | None:
    """The entries of one printed item; None when it is a case number, not an entry."""
    if a is None:
        return [DocketEntryRef(n)]
    en_dash = dash is not None and dash not in "-\u2010\u2011\u2212"
    same_width = len(str(n)) == len(str(a)) >= 2  # "Dkt. 169-172": a range, not attachment 172
    if (en_dash or plural or (same_width and not singular)) and n < a <= n + _RANGE_CAP:
        return [DocketEntryRef(k) for k in range(n, a + 1)]
    if a > n + _RANGE_CAP or (n >= 10 and n < 100 and a >= 100 and not plural):
        return None  # "Docket No. 17-2218", "Nos. 17-2400": case numbers
    return [DocketEntryRef(n, a)]


class _Found:
    __slots__ = ("end", "entries", "gaps", "pin", "re", "start")

    def __init__(self, start: int, end: int, entries: list[DocketEntryRef], pin: str | None,
                 gaps: list[tuple[int, int]], re: bool) -> None:
        self.start, self.end, self.entries, self.pin, self.gaps, self.re = (
            start, end, entries, pin, gaps, re)


def _parse_at(text: str, m: regex.Match[str]) -> _Found | None:
    """Parse the entry list and pin after the label ``m``."""
    no = (m.group("no") or "").lower()
    label = m.group("label").lower().rstrip(".")
    plural = no.startswith(("nos", "numbers", "entries")) or label.endswith(
        ("dkts", "docs", "entries")
    )
    gaps: list[tuple[int, int]] = list(m.spans("g"))
    item = _ITEM.match(text, m.end())
    if item is None:
        return None
    dash = item.group("dash")
    a = int(item.group("a")) if item.group("a") else None
    singular = no.startswith(("no", "number", "entry")) and not plural
    first = _expand(int(item.group("n").replace(",", "")), a, dash, plural, singular)
    if first is None:
        return None
    entries = list(first)
    gaps += item.spans("g")
    end = item.end()
    while True:
        sep = _SEP.match(text, end)
        if sep is None or (sep.group("adj") is not None and text[end - 1] != "]"):
            break
        if sep.group("cont") is not None:
            if not entries:
                break
            entries.append(DocketEntryRef(entries[-1].number, int(sep.group("cont"))))
            gaps += sep.spans("g")
            end = sep.end()
            continue
        nxt = _ITEM.match(text, sep.end())
        if nxt is None or (nxt.group("a") is not None and sep.group("range")):
            break
        if _NOT_AFTER_ITEM.match(text, nxt.end()):
            break
        if "\n" in text[sep.end() : nxt.start("n")] and _ENUMERATOR_AFTER.match(text, nxt.end()):
            break  # "… docket numbers 26-2 and 26-3; and\n5. The Clerk …": a numbered paragraph
        n = int(nxt.group("n").replace(",", ""))
        if sep.group("range"):
            last = entries[-1].number
            if not last < n <= last + _RANGE_CAP:
                break
            entries.extend(DocketEntryRef(k) for k in range(last + 1, n + 1))
        else:
            na = int(nxt.group("a")) if nxt.group("a") else None
            more = _expand(n, na, nxt.group("dash"), plural, singular)
            if more is None:
                break
            entries.extend(more)
        gaps += sep.spans("g") + nxt.spans("g")
        end = nxt.end()
    pin: str | None = None
    pm = _PIN.match(text, end)
    if pm is not None:
        pin_start = pm.start("pin")
        pin_end = pm.end("more") if pm.group("more") else pm.end("pin")
        pin = printed(text, pin_start, pin_end)
        gaps += pm.spans("g")
        end = pin_end
    line_end = text.find("\n", end, end + _STAMP_REACH)  # the stamp's words come first
    if _STAMP_AFTER.match(text, end, min(len(text), end + _STAMP_REACH) if line_end < 0 else line_end):
        return None
    return _Found(m.start(), end, entries, pin, gaps, False)


def _is_re(text: str, f: _Found, cap_end: int) -> bool:
    """A caption "Re:" citation, or one standing alone in parentheses on its caption line."""
    if f.start >= cap_end:
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    if _RE_BEFORE.search(text, max(line_start, f.start - 40), f.start):
        return True
    return bool(
        _OPEN_ALONE.fullmatch(text, line_start, f.start) and _CLOSE_ALONE.match(text, f.end)
    )


# Every label starts with one of these: "ECF", "Dkt", "Doc", "D.E.", "D. I.", "Rec. Doc",
# "Record Doc" in any case, the upper-case "DE 45" and "R. 45" followed by a number, and
# "R. Doc".
# Searching for them first is ~50x faster than running the label pattern at every offset
# of a long brief; a case-insensitive search (not ``text.lower()``, which costs a copy of
# the whole text and can change its length) keeps offsets exact. One pattern per label:
# the regex module finds a leading literal fast, an alternation of them it tries at every
# offset (twice as slow).
_NEEDLES = tuple(
    regex.compile(p)
    for p in (
        r"(?i)ecf", r"(?i)dkt", r"(?i)doc", r"(?i)d\.[ ]?[ei]\.", r"(?i)rec(?:ord)?\.?[ ]*doc",
        r"DE(?=[ ]*\#?[ ]*\d)", r"R\.(?=[ ]*(?:\d|Doc))",
    )
)


def _label_starts(text: str) -> list[int]:
    """Every offset where a label starts, in order (where two start at one offset, once)."""
    return sorted({m.start() for needle in _NEEDLES for m in needle.finditer(text, overlapped=True)})


def _scan(
    seg: CleanText, *, cap_end: int | None, tax_court: bool = False, caption_only: bool = False
) -> list[_Found]:
    """Citations of one segment; ``cap_end`` is where the body's caption ends (None for a
    footnote, which has no caption)."""
    text = seg.text
    found: list[_Found] = []
    body = cap_end is not None
    if cap_end is None:
        cap_end = 0
    for pos in _label_starts(text):
        if caption_only and pos >= cap_end:
            break
        if found and pos < found[-1].end:
            continue
        m = _LABEL.match(text, pos)
        if m is None:
            continue
        if _OTHER_DOCKET_BEFORE.search(text, max(0, pos - 20), pos):
            continue
        if tax_court and m.group("label")[:1] in "Dd" and m.group("label").lower().startswith("docket"):
            continue
        f = _parse_at(text, m)
        if f is None:
            continue
        if body and _is_re(text, f, cap_end):
            f.re = True
            cont = _RE_CONTINUATION.match(text, f.end)
            if cont is not None and text[f.start - 6 : f.start].find("[") >= 0:
                f.entries.extend(
                    DocketEntryRef(int(x)) for x in regex.findall(r"\d+", cont.group("list"))
                )
        found.append(f)
    if not caption_only:
        found.extend(_bracket_runs(text, [(f.start, f.end) for f in found]))
        found.sort(key=lambda f: f.start)
    return found


def _bracket_runs(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Bare "[169]" citations after a document's description, each run of adjacent
    brackets ("[328][329]\n[330]") one citation."""
    out: list[_Found] = []
    end = 0
    starts = [s for s, _ in taken]  # in order, not overlapping: the one starting last before holds it
    for b in _BRACKET.finditer(text):
        i = bisect_right(starts, b.start()) - 1
        if b.start() < end or (i >= 0 and b.start() < taken[i][1]):
            continue
        lo = max(0, b.start() - 80)
        line_start = text.rfind("\n", lo, b.start()) + 1
        if not (_DOC_WORD.search(text, max(line_start, lo), b.start()) or _RULED_AFTER.match(text, b.end())):
            continue
        entries: list[DocketEntryRef] = []
        gaps: list[tuple[int, int]] = []
        m: regex.Match[str] | None = b
        end = b.start()
        while m is not None:
            a = int(m.group("a")) if m.group("a") else None
            entries.append(DocketEntryRef(int(m.group("n")), a))
            gaps += m.spans("g") if m is not b else []
            end = m.end()
            m = _BRACKET_NEXT.match(text, end)
        if len(entries) == 1 and _WORD_INDEX_AFTER.match(text, end):
            continue
        out.append(_Found(b.start(), end, entries, None, gaps, False))
    return out


def _all(clean: CleanText, regions: Regions) -> list[tuple[CleanText, _Found]]:
    tax_court = regions.tax_court  # its "Docket No. 19031-13" is the case number
    out: list[tuple[CleanText, _Found]] = []
    for i, seg in enumerate(clean.segments()):
        cap_end = regions.caption_end if i == 0 else None
        out.extend((seg, f) for f in _scan(seg, cap_end=cap_end, tax_court=tax_court))
    return out


def extract_docket_citations(clean: CleanText, regions: Regions | None = None) -> list[DocketCitation]:
    """Every docket citation in the body and the footnotes, in order, except the caption's
    "Re:" entries (those are ``extract_re_entries``); ``regions`` are ``regions_of(clean)``,
    computed here when not given."""
    out: list[DocketCitation] = []
    for seg, f in _all(clean, regions if regions is not None else regions_of(clean)):
        if f.re:
            continue
        raw = printed(seg.text, f.start, f.end, f.gaps)
        out.append(
            DocketCitation(raw=raw, entries=tuple(f.entries), pin=f.pin,
                           span=seg.span(f.start, f.end))
        )
    return out


def extract_re_entries(clean: CleanText, regions: Regions | None = None) -> list[DocketEntryRef]:
    """The docket entries the caption says the filing responds to ("Re: Dkt. Nos. 527,
    528"); ``regions`` are ``regions_of(clean)``, computed here when not given."""
    out: list[DocketEntryRef] = []
    cap_end = (regions if regions is not None else regions_of(clean)).caption_end
    for f in _scan(clean, cap_end=cap_end, caption_only=True):
        if f.re:
            out.extend(f.entries)
    return out
