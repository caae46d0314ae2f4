"""Docket citations: every "Dkt. No. 337" / "ECF 537" / "(Doc. 12 at 3)" a filing prints.

A citation is a docket label ("Dkt.", "Docket", "ECF", "Doc.", "D.E.", "Document No.",
each optionally with "No."/"Nos."/"Number(s)"/"Entry"/"#") followed by a list of entry
numbers, each optionally with an attachment ("26-2"), then an optional pin cite ("at 3",
"at 3–4", "¶ 5"). A bare "[169]" counts only in C.D. Cal. minutes forms, after a document
description on the same line ("Motion to Seal [169]").

How "N-M" reads: an en dash, "through" or "to" is a range (``ECF Nos. 45–47`` → 45, 46,
47); a hyphen is a range only after a plural label with M > N (``Dkt. Nos. 169-170``),
otherwise an attachment (``Dkt. Nos. 26-2, 26-3``, ``ECF No. 12-1``). "Docket No.
17-2218" (two digits, then three or more) is a case number, not an entry, and so is
anything followed by ":" ("Docket No.: 3:19-cv-…"). "Document 343" without "No." is
the ECF stamp's wording and never a citation; a citation followed by "Filed" or "Page N
of" on its line is a stamp too ("Case: 20-03050 Doc# 277 Filed: 04/14/21").

The caption's "Re: Dkt. No. 337" (or a citation alone in parentheses or brackets on its
line in the caption, "(ECF No. 26)" under the title) is ``caption.re``: returned by
``extract_re_entries`` and left out of ``extract_docket_citations``, so the two together
give each cited entry once per printing.
"""

from __future__ import annotations

import regex

from courtparse.extract.case_numbers import GAP, HYPHEN, SPACE, caption_end, printed
from courtparse.models import DocketCitation, DocketEntryRef
from courtparse.text import CleanText

_G = rf"(?P<g>{GAP})"

# The docket label.
_LABEL = regex.compile(
    rf"""
    (?<![\w.])
    (?P<label>
        (?i:ECF)(?:{SPACE}+(?:Doc(?:ument)?|Dkt)\.?)?         # "ECF No. 12", "ECF 537", "ECF Doc. 5"
      | (?i:Dkts?)(?:\.|\b)                                   # "Dkt. 132", "Dkt 209", "Dkts. 5, 6", "DKT. 45 AND 46"
      | (?i:Docket)(?:{SPACE}+(?i:Entr(?:y|ies)))?\b          # "Docket No. 596-1", "docket numbers 26-2 and 26-3"
      | (?i:Docs?)(?:\.|(?={SPACE}*(?:\#|No\b)))              # "Doc. 5", "Docs. 18079, 18128", "(Doc. # 14.)", "Doc No. 7"
      | D\.{SPACE}?E\.                                         # Eleventh Circuit / S.D. Fla. "(D.E. 45)"
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
# Between entries: ", ", "; ", " and ", ", and ", " & "; a range word; or a continuation
# "-2" that is another attachment of the last entry ("Docs. 19798-1, -2").
_SEP = regex.compile(
    rf"""
    {_G}(?:
        (?P<range>through|thru|to|{HYPHEN})
      | (?:,|;|&|(?i:and)\b)(?:{_G}(?:(?i:and)\b|&))?
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
_PIN = regex.compile(
    rf"""
    {_G},?{_G}
    (?:(?i:at){_G}(?:(?:pp?|pg)\.{SPACE}*)?(?P<pin>¶¶?{SPACE}*{_PIN_PART}|{_PIN_PART})
     | (?P<pin>¶¶?{SPACE}*{_PIN_PART}))
    (?P<more>(?:{SPACE}*(?:,|&|and){SPACE}*{_PIN_PART}(?![\d.]\d|{SPACE}*(?:[A-Za-z]{{2,}}|\d)))*)
    (?![\d/]|\.\d)
    """,
    regex.VERBOSE,
)
# A stamp, not a citation: "Doc# 277 Filed: 04/14/21", "Doc 12-3 Filed 05/10/19", "Page 1 of 2".
_STAMP_AFTER = regex.compile(rf"{SPACE}*,?{SPACE}*(?:Filed|FILED|Entered|Page{SPACE}+\d+{SPACE}+of)\b")
# "Re:" before a caption citation ("Re: Dkt. No. 337", "[Re: ECF 527; 528 …]").
_RE_BEFORE = regex.compile(rf"(?i:re|regarding){SPACE}*:?{SPACE}*[\[(]?{SPACE}*\Z")
_OPEN_ALONE = regex.compile(rf"{SPACE}*[\[(]{SPACE}*\Z")
_CLOSE_ALONE = regex.compile(rf"{SPACE}*\.?{SPACE}*[\])]\.?{SPACE}*(?:\n|\Z)")
# A bracketed "[Re: ECF 527; …; 535;" whose list goes on after a line of the other
# caption column ("CISCO SYSTEMS INC.,") and closes on a later line ("536; 537]").
_RE_CONTINUATION = regex.compile(
    rf"{SPACE}*[;,]?{SPACE}*\n(?:[^\n\d\]]{{1,80}}\n){{1,2}}{SPACE}*(?P<list>\d{{1,6}}(?:{SPACE}*[;,]{SPACE}*\d{{1,6}})*){SPACE}*[;,]?{SPACE}*\]"
)

# C.D. Cal. minutes: "Defendants' Application to Seal [169]".
_MINUTES = regex.compile(r"\bMINUTES\b")
_BRACKET = regex.compile(rf"\[(?P<n>\d{{1,5}})(?:{HYPHEN}(?P<a>\d{{1,3}}))?\]")
_DOC_WORD = regex.compile(
    r"(?i:motion|application|complaint|petition|order|stipulation|opposition|reply|request|"
    r"notice|declaration|report|brief|answer|objections?|judgment|response|memorandum|"
    r"statement|filing|transcript|affidavit|letter|dismiss|seal|ex\s+parte)"
    r"[^\n\[\].;]{0,60}\Z"
)
_RANGE_CAP = 200


def _expand(
    n: int, a: int | None, dash: str | None, plural: bool, singular: bool = False
) -> list[DocketEntryRef] | None:
    """The entries of one printed item; None when it is a case number, not an entry."""
    if a is None:
        return [DocketEntryRef(n)]
    en_dash = dash is not None and dash not in "-\u2010\u2011"
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
        if sep is None:
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
    line_end = text.find("\n", end)
    if _STAMP_AFTER.match(text, end, len(text) if line_end < 0 else line_end):
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


# Every label starts with one of these, in any case ("ECF", "Dkt", "Doc", "D.E", "D. E").
# Searching for them first is ~50x faster than running the label pattern at every offset
# of a long brief; a case-insensitive search (not ``text.lower()``, which costs a copy of
# the whole text and can change its length) keeps offsets exact.
_NEEDLE = regex.compile(r"ecf|dkt|doc|d\.(?:[ ])?e", regex.IGNORECASE)


def _label_starts(text: str) -> list[int]:
    return [m.start() for m in _NEEDLE.finditer(text, overlapped=True)]


def _scan(
    seg: CleanText, *, body: bool, minutes: bool, caption_only: bool = False
) -> list[_Found]:
    text = seg.text
    found: list[_Found] = []
    cap_end = caption_end(text) if body else 0
    for pos in _label_starts(text):
        if caption_only and pos >= cap_end:
            break
        if found and pos < found[-1].end:
            continue
        m = _LABEL.match(text, pos)
        if m is None:
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
    if minutes and not caption_only:
        taken = [(f.start, f.end) for f in found]
        for b in _BRACKET.finditer(text):
            if any(s <= b.start() < e for s, e in taken):
                continue
            line_start = text.rfind("\n", 0, b.start()) + 1
            if not _DOC_WORD.search(text, max(line_start, b.start() - 80), b.start()):
                continue
            a = int(b.group("a")) if b.group("a") else None
            found.append(_Found(b.start(), b.end(), [DocketEntryRef(int(b.group("n")), a)],
                                None, [], False))
        found.sort(key=lambda f: f.start)
    return found


def _all(clean: CleanText) -> list[tuple[CleanText, _Found]]:
    body_text = clean.text
    minutes = _MINUTES.search(body_text, 0, min(len(body_text), 1500)) is not None
    out: list[tuple[CleanText, _Found]] = []
    for i, seg in enumerate(clean.segments()):
        out.extend((seg, f) for f in _scan(seg, body=i == 0, minutes=minutes))
    return out


def extract_docket_citations(clean: CleanText) -> list[DocketCitation]:
    """Every docket citation in the body and the footnotes, in order, except the caption's
    "Re:" entries (those are ``extract_re_entries``)."""
    out: list[DocketCitation] = []
    for seg, f in _all(clean):
        if f.re:
            continue
        raw = printed(seg.text, f.start, f.end, f.gaps)
        out.append(
            DocketCitation(raw=raw, entries=tuple(f.entries), pin=f.pin,
                           span=seg.span(f.start, f.end))
        )
    return out


def extract_re_entries(clean: CleanText) -> list[DocketEntryRef]:
    """The docket entries the caption says the filing responds to ("Re: Dkt. Nos. 527, 528")."""
    out: list[DocketEntryRef] = []
    for f in _scan(clean, body=True, minutes=False, caption_only=True):
        if f.re:
            out.extend(f.entries)
    return out
