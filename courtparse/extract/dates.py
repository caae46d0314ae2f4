"""Dates a filing prints, each with the role it plays (signed, filed, hearing, deadline,
event) where the words around it say so.

Dates are found with our own patterns, not ``dateparser.search_dates``: that one reads
"to" as a Finnish weekday (dateparser #330), reports false positives (#582) and costs
half a second to import (#1051). ``parse_date_text`` is the exact parser other
extractors reuse for a string they already isolated (a "Dated:" line, a FILED box).
"""

from __future__ import annotations

import datetime as dt

import regex

from courtparse.extract.holdings import sentence_at, sentence_spans
from courtparse.models import DateMention, Precision
from courtparse.text import CleanText

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# A month name, full or abbreviated with an optional period: "January", "Jan.", "Sept.",
# "MARCH" (titles print "ON OR BEFORE MARCH 22, 2021"). Lower-case "may" is rejected
# after matching (it is the verb in "the Court may 1) ...").
_MONTH = r"""
    (?P<month>
        January|February|March|April|May|June|July|August|September|October|November|December
      | Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec
    )(?:\b\.?|(?=\d))        # "September23\n\n, 2020": a filled-in day glued to the month
"""

# The day of a month-first date: "6", "06", "6th", and "2 3" — the caed signature line
# "Dated: September 2 3 , 2020" prints each digit as its own word.
_DAY = r"(?P<day>[0-3]\x20\d(?=\s*,)|[0-3]?\d)(?:st|nd|rd|th)?"

# Four-digit year, not the start of a longer number ("2015 WL 9023164" is still a year).
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"

_DATE_RE = regex.compile(
    rf"""
    # Every form starts a word with a digit or a month's first letter: checking that first
    # makes the scan several times faster on long filings.
    \b(?=[JFMASONDjfmasond0-9])
    (?:
    # "January 6, 2016", "Jan. 6, 2016", "January 6th, 2016", "June\n7, 2019",
    # "(E.D. Cal., May 10, 2016)", "September 2 3 , 2020"
    (?P<mdy> (?<![A-Za-z]) {_MONTH} \s* {_DAY} (?!\d) \s* ,? \s* {_YEAR} )
    |
    # "6 January 2016", "this 5th day of May, 2020", "the 5th day of May 2020"
    (?P<dmy> (?<![\d/.-]) (?P<day2>[0-3]?\d)(?:st|nd|rd|th)? \s+ (?:day \s+ of \s+)?
        (?P<month2>January|February|March|April|May|June|July|August|September|October|November|December
          |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.? \s* ,? \s*
        (?P<year2>(?:1[89]|20)\d\d)(?!\d) )
    |
    # "01/06/2016", "1/6/16", "10/7/07" (an exhibit list)
    (?P<num> (?<![\d/.:-]) (?P<m3>[01]?\d) / (?P<d3>[0-3]?\d) /
        (?P<y3>(?:1[89]|20)\d\d|\d\d) (?![\d/]|-\d) )
    |
    # "3-17-2016": with dashes only a four-digit year, so "26-2-3" docket parts never match
    (?P<dash> (?<![\d/.:-]) (?P<m6>[01]?\d) - (?P<d6>[0-3]?\d) - (?P<y6>(?:1[89]|20)\d\d) (?![\d/-]) )
    |
    # ISO "2016-01-06"
    (?P<iso> (?<![\d-]) (?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d) (?![\d-]) )
    |
    # Partial "March 2016", "In October 2015,1" (precision month)
    (?P<my> (?<![A-Za-z]) (?P<month5>January|February|March|April|May|June|July|August
          |September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?
        ,? \s+ (?P<year5>(?:1[89]|20)\d\d)(?!\d) )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _year(text: str) -> int:
    """Two-digit years pivot at 50: "1/6/16" is 2016, "3/4/99" is 1999."""
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _month_ok(token: str) -> bool:
    # "may" in lower case is the verb; other month names are unambiguous in any case.
    return not (token.lower() == "may" and token.islower())


def _resolve(m: regex.Match[str]) -> tuple[dt.date, Precision] | None:
    """The calendar value of one match, or None when it names no real day."""
    try:
        if m.group("mdy"):
            if not _month_ok(m.group("month")):
                return None
            month = _MONTHS[m.group("month").lower().rstrip(".")]
            day = int(m.group("day").replace(" ", ""))
            return dt.date(int(m.group("year")), month, day), "day"
        if m.group("dmy"):
            if not _month_ok(m.group("month2")):
                return None
            month = _MONTHS[m.group("month2").lower().rstrip(".")]
            return dt.date(int(m.group("year2")), month, int(m.group("day2"))), "day"
        if m.group("num"):
            return dt.date(_year(m.group("y3")), int(m.group("m3")), int(m.group("d3"))), "day"
        if m.group("dash"):
            return dt.date(int(m.group("y6")), int(m.group("m6")), int(m.group("d6"))), "day"
        if m.group("iso"):
            return dt.date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))), "day"
        if m.group("my"):
            if not _month_ok(m.group("month5")):
                return None
            month = _MONTHS[m.group("month5").lower().rstrip(".")]
            return dt.date(int(m.group("year5")), month, 1), "month"
    except (ValueError, KeyError):
        return None
    return None


# "the 5th day of May, 2020" / "this 5th day of": the article is not part of the date.
_LEADING_ARTICLE = regex.compile(r"^(?:the|this)\s+", regex.IGNORECASE)


def parse_date_text(s: str) -> tuple[dt.date, Precision] | None:
    """The date a short string is, exactly: "Dated: May 5, 2020" no, "May 5, 2020" yes.

    Surrounding white space, a trailing period and an ordinal are allowed; anything else
    around the date makes it not a date string.
    """
    text = " ".join(str(s).split()).strip().rstrip(".").strip()
    if not text or len(text) > 60:
        return None
    text = _LEADING_ARTICLE.sub("", text)
    m = _DATE_RE.fullmatch(text)
    if m is None:
        return None
    return _resolve(m)


# --- roles -----------------------------------------------------------------------------

# Same-line label before the date that says the date is the signing date: "Dated: January
# 6, 2016", "DATED: October 26, 2020", "Dated this 5th day of", "Signed: ...", "Date Signed:".
_SIGNED_BEFORE = regex.compile(
    r"""(?:\b(?:Dated|DATED|Signed(?:\s+and\s+Filed)?|SIGNED|Date\s+Signed|Executed\s+on)\b[\s:,]*(?:this\s+|on\s+|the\s+)?)$
      |(?:\b(?:SO\s+ORDERED|ORDERED|ENTERED|Entered)[\s.,]*(?:this|on)\s+)$  # "SO ORDERED this 5th day of May, 2020"
    """,
    regex.VERBOSE,
)

# A date alone on its line just under the formula is the signing date: "IT IS SO ORDERED.\n
# March 5, 2020\n/s/ ..."; the rest of its line may hold only a signature mark.
_SO_ORDERED_ABOVE = regex.compile(r"SO\s+ORDERED\W{0,10}$", regex.IGNORECASE)
_SIGN_LINE_REST = regex.compile(r"[\s.,]*(?:/s/[^\n]*)?")
# The date stamped or typed under an empty "DATED: ______________" line (E.D. Cal. sealing
# orders: "DATED: ______________________\n\nOctober 29, 2020\n\nHon. Jeremy D. Peterson").
_BLANK_DATED_ABOVE = regex.compile(r"\b(?:Dated|DATED|Date|DATE)\s*:?[\x20\t]*_{3,}[\x20\t]*\n(?:[\x20\t]*\n)*[\x20\t]*$")

# Labels that say the date is when the paper was filed: "Date Filed: 01/11/2021",
# "FILED: ...", "Filed Date", "(Filed 3/4/2020)". Lower-case "filed on" is a past event.
_FILED_BEFORE = regex.compile(
    r"""(?:\b(?:Date\s+Filed|Filed\s+Date|FILED|ENTERED|Filed|Entered)\s*:\s*$)|(?:\bFILED\s+(?:ON\s+)?$)|(?:\(Filed\s+$)""",
    regex.VERBOSE,
)

# Form layouts put the label under the value (C.D. Cal. CR-104 judgment):
# "July 12, 2021\nDate U. S. District Judge James V Selna", "7/12/21 By\nFiled Date Deputy Clerk".
_LABEL_BELOW = regex.compile(
    r"""^[^\n]{0,40}\n(?:[\x20\t]*\n)*[\x20\t]*(?:(?P<filed>Filed\s+Date|Date\s+Filed)|(?P<signed>Date|DATE|Dated)\b)""",
    regex.VERBOSE,
)

# A clerk's FILED box: "FILED\nUnited States Court of Appeals\nTenth Circuit\n...\nJanuary 11,
# 2021" — the word FILED alone on a line a few lines above a date alone on its line.
_FILED_BOX = regex.compile(r"(?:^|\n)[\x20\t]*FILED[\x20\t]*\n(?:[^\n]*\n){0,10}[\x20\t]*$")

# Cues right before the date that make it a deadline: "by no later than January 15, 2016",
# "on or before July 21, 2017", "By April 22, 2016, IQS shall", "due on", "not later than".
_DEADLINE_BEFORE = regex.compile(
    r"""(?:\b(?:no|not)\s+later\s+than|\bon\s+or\s+before|\b[Bb]y|\bBY|\b(?:is|are|be)\s+due(?:\s+on)?
         |\bdue\s+(?:on|by)|\bdeadline\s+(?:of|is)|\bON\s+OR\s+BEFORE|\bNO\s+LATER\s+THAN)\s*$""",
    regex.VERBOSE,
)

# Cues right before the date that make it a hearing: "will move on June\n7, 2019", "set for
# August 4, 2016", "hearing on", "At the July 25, 2016, hearing" is handled after the date.
_HEARING_BEFORE = regex.compile(
    r"""(?:\bwill\s+(?:move|be\s+heard)(?:\s+\w+){0,3}\s+on|\b(?:set|scheduled|continued|reset|calendared)\s+(?:for|to|on)
         |\bhearing\s+(?:on|date\s+of|is\s+set\s+for)|\bheard\s+on|\bHearing\s+Date\s*:|\bHEARING\s+DATE\s*:)\s*$""",
    regex.VERBOSE,
)

# "Date: June 7, 2019" in a motion's caption block is the hearing date when a "Time:" or
# "Hearing" line is next to it; the C.D. Cal. minutes "Date November 6, 2018" is not.
# A notice of motion's field, as printed: "Date: December 7, 2018", "DATE: September 14, 2021".
_DATE_FIELD_BEFORE = regex.compile(r"\b(?:Date|DATE)\s*:\s*$")
_HEARING_FIELD_NEAR = regex.compile(r"\b(?:Time|TIME)\s*:|\bHearing\b|\bHEARING\b|\bCourtroom\s*:|\bCtrm\.?\s*:")

# "At the July 25, 2016, hearing": the word right after the date.
_HEARING_NEXT = regex.compile(r"^[\s,]*hearing", regex.IGNORECASE)
# "On August 4, 2016, Experian and Leon came before the Court for a hearing".
_ON_BEFORE = regex.compile(r"\b[Oo]n\s*$")

# After the date: "hearing" in the same clause ("At the July 25, 2016, hearing", "On August 4,
# 2016, Experian and Leon came before the Court for a hearing"), or a clock time ("at 10:00 a.m.").
_HEARING_WORD = regex.compile(r"\bhearings?\b|\bHEARING\b", regex.IGNORECASE)
_CLOCK_AFTER = regex.compile(
    r"^[\s,]*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|AM|PM)", regex.IGNORECASE
)

# Past events: "On March 30, 2016, Plaintiff ... filed", "filed ... on November 16, 2015",
# "closed to new cases on May 31, 2019", "session (i.e., January 8, 2016)", "In October 2015".
_EVENT_BEFORE = regex.compile(r"(?:\b[Oo]n|\b[Dd]ated)\s*$")
# "this week's session (i.e., January 8, 2016)": the date names when something happens.
_IE_BEFORE = regex.compile(r"\bi\.e\.,?\s*$")
_FUTURE_WORDS = regex.compile(
    r"\b(?:will|shall|must|set\s+to|scheduled|until|expires?|through|between|from)\b", regex.IGNORECASE
)

# Dates of decisions in citations: "(N.D. Cal. Dec. 16, 2015)", "(E.D. Cal., May 10, 2016)",
# "(9th Cir. Mar. 10, 2021)": an open parenthesis with a court abbreviation before the date
# and the closing parenthesis right after.
_CITATION_BEFORE = regex.compile(r"\([^()\n]{0,40}?[A-Za-z]\.,?\s*$")
_CITATION_AFTER = regex.compile(r"^\s*\)")


def _line_before(text: str, start: int) -> str:
    nl = text.rfind("\n", 0, start)
    return text[nl + 1 : start]


def _line_after(text: str, end: int) -> str:
    nl = text.find("\n", end)
    return text[end : len(text) if nl < 0 else nl]


def _role(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> str | None:
    """The role of the date printed at ``text[start:end]``, from the words around it."""
    before = text[max(0, start - 80) : start]
    line_before = _line_before(text, start)
    after = text[end : end + 80]
    alone = not line_before.strip()
    if _SIGNED_BEFORE.search(line_before):
        return "signed"
    if _FILED_BEFORE.search(line_before):
        return "filed"
    below = _LABEL_BELOW.match(after)
    if below is not None and alone:
        return "filed" if below.group("filed") else "signed"
    if alone and _FILED_BOX.search(text[max(0, start - 400) : start]):
        return "filed"
    if (
        alone
        and _SIGN_LINE_REST.fullmatch(_line_after(text, end))
        and (
            _SO_ORDERED_ABOVE.search(text[max(0, start - 200) : start])
            or _BLANK_DATED_ABOVE.search(text[max(0, start - 120) : start])
        )
    ):
        return "signed"
    if _IE_BEFORE.search(before):
        return "event"
    if _CITATION_BEFORE.search(before) and _CITATION_AFTER.match(after):
        return None
    if _DATE_FIELD_BEFORE.search(line_before):
        near = text[max(0, start - 120) : end + 120]
        return "hearing" if _HEARING_FIELD_NEAR.search(near) else None
    if _DEADLINE_BEFORE.search(before):
        return "deadline"
    if _HEARING_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        return "hearing"
    bounds = sentence_at(sentences, start)
    s, e = bounds if bounds is not None else (max(0, start - 200), min(len(text), end + 200))
    sentence = text[s:e]
    if _HEARING_WORD.search(sentence) and (
        _HEARING_NEXT.match(after) or _ON_BEFORE.search(before)
    ):
        return "hearing"
    if _EVENT_BEFORE.search(before):
        clause = text[s:start]
        if _FUTURE_WORDS.search(clause):
            return None
        return "event"
    return None


def _scan(seg: CleanText) -> list[tuple[int, int, dt.date, Precision]]:
    out: list[tuple[int, int, dt.date, Precision]] = []
    text = seg.text
    for m in _DATE_RE.finditer(text):
        value = _resolve(m)
        if value is None:
            continue
        out.append((m.start(), m.end(), value[0], value[1]))
    return out


def extract_dates(clean: CleanText) -> list[DateMention]:
    """Every date printed in the body and the footnotes, in reading order.

    A footnote's dates come where its marker stands in the body (the reader meets them
    there); without a known marker they follow the body.
    """
    try:
        return _extract(clean)
    except Exception:  # an extractor never raises on any string (DESIGN.md)
        return []


def _extract(clean: CleanText) -> list[DateMention]:
    keyed: list[tuple[tuple[int, int, int], DateMention]] = []
    body_len = len(clean.text)
    for index, seg in enumerate(clean.segments()):
        if index == 0:
            anchor = None
        else:
            fn = clean.footnotes[index - 1]
            anchor = fn.anchor[1] if fn.anchor is not None else body_len + 1
        sentences = sentence_spans(seg.text)
        for start, end, value, precision in _scan(seg):
            role = _role(seg.text, start, end, sentences) if precision == "day" else None
            mention = DateMention(
                text=seg.text[start:end],
                value=value,
                precision=precision,
                role=role,
                span=seg.span(start, end),
            )
            key = (start, 0, 0) if anchor is None else (anchor, index, start)
            keyed.append((key, mention))
    keyed.sort(key=lambda kv: kv[0])
    return [m for _, m in keyed]
