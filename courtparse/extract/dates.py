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

from courtparse.models import DATE_ROLES, DateMention, Precision, in_vocabulary
from courtparse.patterns import MONTH, MONTH_NUMBERS, SO_ORDERED, YEAR, finditer_near, full_year
from courtparse.regions import Regions, Spans, regions_of, sentence_at
from courtparse.text import CleanText

# A month name, full or abbreviated with an optional period: "January", "Jan.", "Sept.",
# "MARCH" (titles print "ON OR BEFORE MARCH 22, 2021"). Lower-case "may" is rejected
# after matching (it is the verb in "the Court may 1) ...").
_MONTH = rf"""
    (?P<month>{MONTH})(?:\b\.?|(?=\d))        # "September23\n\n, 2020": a filled-in day glued to the month
"""

# The day of a month-first date: "6", "06", "6th", and "2 3" — the caed signature line
# "Dated: September 2 3 , 2020" prints each digit as its own word.
_DAY = r"(?P<day>[0-3]\x20\d(?=\s*,)|[0-3]?\d)(?:st|nd|rd|th)?"

# Four-digit year, not the start of a longer number ("2015 WL 9023164" is still a year).
_YEAR = rf"(?P<year>{YEAR})"

_DATE_RE = regex.compile(
    rf"""
    # Every form starts a word with a digit or a month's first letter: checking that first
    # makes the scan several times faster on long filings. A form's blank counts as a word
    # break: the Fed. Cir. entry of appearance types its date onto the rule ("__3/18/2013").
    (?:\b|(?<=_))(?=[JFMASONDjfmasond0-9])
    (?:
    # "January 6, 2016", "Jan. 6, 2016", "January 6th, 2016", "June\n7, 2019",
    # "(E.D. Cal., May 10, 2016)", "September 2 3 , 2020"
    (?P<mdy> (?<![A-Za-z]) {_MONTH} \s* {_DAY} (?!\d) \s* ,? \s* {_YEAR} )
    |
    # "6 January 2016", "this 5th day of May, 2020", "the 5th day of May 2020"
    (?P<dmy> (?<![\d/.-]) (?P<day2>[0-3]?\d)(?:st|nd|rd|th)? \s+ (?:day \s+ of \s+)?
        (?P<month2>{MONTH})\b\.? \s* ,? \s*
        (?P<year2>{YEAR}) )
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
    (?P<my> (?<![A-Za-z]) (?P<month5>{MONTH})\b\.?
        ,? \s+ (?P<year5>{YEAR}) )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# What every date form holds and a scan finds fast (``finditer_near``): a four-digit year
# ("May 5, 2020", "2016-01-06", "3-17-2016") or a slash before a digit ("1/6/16"). A date
# starts at most DATE_WORDS_BEFORE words before it ("the 5th day of May , 2020": five) and
# ends, its lookahead included, within DATE_CHARS_AFTER characters after it (an ISO date's
# month and day follow its year).
_DATE_ANCHOR = regex.compile(r"(?:1[89]|20)\d\d|/\d")
DATE_WORDS_BEFORE = 7
DATE_CHARS_AFTER = 12


def _month_ok(token: str) -> bool:
    # "may" in lower case is the verb; other month names are unambiguous in any case.
    return not (token.lower() == "may" and token.islower())


def _resolve(m: regex.Match[str]) -> tuple[dt.date, Precision] | None:
    """The calendar value of one match, or None when it names no real day."""
    try:
        if m.group("mdy"):
            if not _month_ok(m.group("month")):
                return None
            month = MONTH_NUMBERS[m.group("month").lower().rstrip(".")]
            day = int(m.group("day").replace(" ", ""))
            return dt.date(int(m.group("year")), month, day), "day"
        if m.group("dmy"):
            if not _month_ok(m.group("month2")):
                return None
            month = MONTH_NUMBERS[m.group("month2").lower().rstrip(".")]
            return dt.date(int(m.group("year2")), month, int(m.group("day2"))), "day"
        if m.group("num"):
            return dt.date(full_year(m.group("y3")), int(m.group("m3")), int(m.group("d3"))), "day"
        if m.group("dash"):
            return dt.date(int(m.group("y6")), int(m.group("m6")), int(m.group("d6"))), "day"
        if m.group("iso"):
            return dt.date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))), "day"
        if m.group("my"):
            if not _month_ok(m.group("month5")):
                return None
            month = MONTH_NUMBERS[m.group("month5").lower().rstrip(".")]
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
_SIGNED_LABEL = r"""\b(?:Dated|DATED|Signed(?:\s+and\s+Filed)?|SIGNED|Date\s+Signed|Executed\s+on)\b[\s:,]*(?:this\s+|on\s+|the\s+)?"""

# A signing formula, then where it was signed, then "on" or "this" before the date:
# "SO ORDERED this 5th day of May, 2020", "SO ORDERED on this 15th day of November 2025"
# (N.D. Tex.), "Done and Ordered on September 26, 2024" (N.D. Ala.), "DONE AND ORDERED in
# Chambers at Miami, Florida, on February 1, 2022" (S.D. Fla., M.D. Fla.), "SIGNED at
# Houston, Texas, on this the 14th day of March, 2025" (S.D. Tex.), "ENTERED this".
_SIGNED_FORMULA = r"""
    \b(?:SO\s+ORDERED|So\s+Ordered|ORDERED|DONE\s+AND\s+ORDERED|Done\s+and\s+Ordered|DONE\s+and\s+ORDERED
       |ENTERED|Entered|SIGNED|Signed)
    (?:\s+in\s+Chambers)?
    # the place, a city and its state: "at Miami, Florida,", "in Tampa, Florida,"
    (?:[\s,]+(?:at|in)\s+\p{Lu}[\p{L}.'’\x20-]{1,30},\s*\p{Lu}[\p{L}.'’\x20-]{1,30})?
    # "SO ORDERED, this, the 3rd day of June, 2022." (N.D. Miss.): a comma after "this"
    [\s.,]*(?:(?:on|this|the)[\s,]+){1,3}
"""

# M.D.N.C. closes an order with the date alone: "This the 12th day of October, 2022."
_THIS_THE = r"^[\x20\t]*This\s+the\s+"

# Louisiana's districts close with the place and "this": "New Orleans, Louisiana, this 30th
# day of September 2025." (E.D. La.), "Thus done and signed in Shreveport, Louisiana, this 3rd
# day of March, 2021." (W.D. La.). Defined below with the place.
_PLACE_THIS = r"""^[\x20\t]*(?:(?:Thus\s+)?(?:done\s+and\s+)?signed\s+(?:in|at)\s+)?(?=\p{Lu})[\p{L}.'’\x20-]{1,40},[\x20\t]*\p{Lu}[\p{L}.'’\x20-]{1,30},[\x20\t]*(?:on\s+)?this\s+(?:the\s+)?"""

_SIGNED_BEFORE = regex.compile(rf"(?:{_SIGNED_LABEL}|{_SIGNED_FORMULA}|{_THIS_THE}|{_PLACE_THIS})$", regex.VERBOSE)

# A place printed on its own line: "New York, New York", "Hartford, Connecticut".
_PLACE = r"[\x20\t]*\p{Lu}[\p{L}.'’\x20-]{1,40},[\x20\t]*\p{Lu}[\p{L}.'’\x20-]{1,30}"
_PLACE_LINE = rf"{_PLACE}[\x20\t]*\n"

# "Dated:" with the date lines below it, a place between (S.D.N.Y., E.D.N.Y., D.N.J.):
# "SO ORDERED.\nDATED:\n\nNew York, New York\n\nApril 19, 2021", "Dated: Brooklyn, New
# York\n\nApril 4, 2025". The date is alone on its line.
_DATED_ABOVE = regex.compile(
    rf"""\b(?:Dated|DATED)[\x20\t]*:?[\x20\t]*(?:\n\s*)?(?:{_PLACE}[\x20\t]*,?)?[\x20\t]*\n(?:[\x20\t]*\n)*[\x20\t]*$""",
)

# A date alone on its line just under the formula is the signing date: "IT IS SO ORDERED.\n
# March 5, 2020\n/s/ ..."; the rest of its line may hold only a signature mark. A place
# may stand between (D. Conn.: "SO ORDERED.\nHartford, Connecticut\nJune 23, 2025").
_SO_ORDERED_ABOVE = regex.compile(rf"SO\s+ORDERED\W{{0,10}}(?:{_PLACE_LINE}\s*)?$", regex.IGNORECASE)
_SIGN_LINE_REST = regex.compile(r"[\s.,]*(?:/s/[^\n]*)?")
# The date stamped or typed under an empty "DATED: ______________" line (E.D. Cal. sealing
# orders: "DATED: ______________________\n\nOctober 29, 2020\n\nHon. Jeremy D. Peterson").
_BLANK_DATED_ABOVE = regex.compile(r"\b(?:Dated|DATED|Date|DATE)\s*:?[\x20\t]*_{3,}[\x20\t]*\n(?:[\x20\t]*\n)*[\x20\t]*$")

# A date that ends its line, with an electronic signature or the closing of a paper on the
# next lines, is the date of signing: "August 5, 2020\n\nRespectfully Submitted,\n\ns/Amalia
# Wille" (9th Cir. motion), "__3/18/2013\n\ns/ Reginald A. Williamson" (Fed. Cir. form).
_SIGNATURE_BELOW = regex.compile(
    r"""^[\x20\t_.,]*\n(?:[\x20\t]*\n){0,3}[\x20\t_]*
        (?:/s/|s/[\x20\t]*\p{Lu}|(?i:respectfully\s+submitted))""",
    regex.VERBOSE,
)
# What may stand before such a date on its line: nothing, or a form's blank ("__"), or the
# signer's title the layout joined to it from the line above ("District Court Executive/Clerk
# of Court October 20, 2025\ns/ M. Pruneau", D. Ariz. clerk's order).
_FORM_BLANK_BEFORE = regex.compile(
    r"""(?:^|_{2,}|\b(?:Clerk(?:\s+of\s+(?:the\s+)?Court)?|CLERK(?:\s+OF\s+(?:THE\s+)?COURT)?|Judge|JUDGE))[\x20\t]*$""",
    regex.VERBOSE,
)

# The place and the date printed under the judge's title (E.D. Va.: "Leonie M. Brinkema\n
# United States District Judge\nAlexandria, Virginia\nMay 5, 2022"), or the date alone under
# it: the date is alone on its line.
_TITLE_ABOVE = regex.compile(
    rf"""(?:\b(?:District|Magistrate|Bankruptcy|Circuit)\s+Judge|\bU\.\s?S\.\s?[DMB]\.\s?J\.)[\x20\t]*\n
        (?:[\x20\t]*\n)*(?:{_PLACE_LINE}(?:[\x20\t]*\n)*)?[\x20\t]*$""",
    regex.VERBOSE | regex.IGNORECASE,
)

# A "Date:" field beside a signature is the signing date: "United States District Judge\n
# Date: August 4, 2025" (D.D.C.), "SO ORDERED.\nDate: 8/15/2025" (S.D. Ind.), "Date: March 9,
# 2020\ns/Renée Marie Bumb" (D.N.J.).
_SIGNATURE_NEAR = regex.compile(
    rf"""/s/|\bs/[\x20\t]*\p{{Lu}}|{SO_ORDERED}|\bRespectfully\s+submitted\b
      |\b(?:District|Magistrate|Bankruptcy|Circuit)\s+Judge\b|\bU\.\s?S\.\s?[DMB]\.\s?J\.""",
    regex.VERBOSE | regex.IGNORECASE,
)
SIGNATURE_NEAR_CHARS = 120
"""How far (either side) a "Date:" field looks for a signature to call its date signed."""

# Labels that say the date is when the paper was filed: "Date Filed: 01/11/2021",
# "FILED: ...", "Filed Date", "(Filed 3/4/2020)". Lower-case "filed on" is a past event.
# A court of appeals' header prints the label alone at the line's start: "Filed February 5,
# 2010" (9th Cir. opinion).
_FILED_BEFORE = regex.compile(
    r"""(?:\b(?:Date\s+Filed|Filed\s+Date|FILED|ENTERED|Filed|Entered)\s*:\s*$)|(?:\bFILED\s+(?:ON\s+)?$)|(?:\(Filed\s+$)
      |(?:^[\x20\t]*Filed[\x20\t]+$)""",
    regex.VERBOSE,
)

# A caption's case-history fields (C.D. Cal., N.D. Cal., E.D. Cal. motions and stipulations):
# "Action Filed: April 30, 2018", "Complaint Filed: September 11, 2019", "Date Action Filed:
# 9/22/2017" say when the action began (event), not when this paper was filed; "Trial Date:
# August 18, 2020", "Trial: July 16, 2019", "Hearing: June 10, 2021", "Pretrial Hearing: April
# 29, 2021" when the court sits (hearing). The label may stand on the line above ("Trial
# Date:\n11/01/2021").
_CAPTION_FIELD = regex.compile(
    r"""\b(?:(?P<event>(?:Date\s+)?(?i:action|complaint|petition|removal|case)\s+(?i:filed)|(?i:removed))
         |(?P<hearing>(?:(?:Final\s+)?Pretrial\s+|(?:FINAL\s+)?PRETRIAL\s+)?
              (?:Trial|TRIAL|Hearing|HEARING|Conference|CONFERENCE)(?:\s+(?:Date|DATE))?))
        [\x20\t]*:[\x20\t]*(?:\n[\x20\t]*)?$""",
    regex.VERBOSE,
)
# A bare "Filed:" among those fields is the action's filing too: "Filed: July 1, 2014 /
# Trial: July 16, 2019" (C.D. Cal. motion in limine); alone it is this paper's ("Filed:
# September 20, 2017" on a 6th Cir. letter).
_CAPTION_FIELD_NEAR = regex.compile(
    r"""\b(?:Trial|TRIAL)(?:\s+(?:Date|DATE))?\s*:|\b(?i:action|complaint)\s+(?i:filed)\s*:"""
)
_BARE_FILED_FIELD = regex.compile(r"\bFiled\s*:\s*$")
CAPTION_FIELD_NEAR_CHARS = 160
"""How far (either side) a "Filed:" field looks for the other fields of a caption."""

# Form layouts put the label under the value (C.D. Cal. CR-104 judgment):
# "July 12, 2021\nDate U. S. District Judge James V Selna", "7/12/21 By\nFiled Date Deputy Clerk".
_LABEL_BELOW = regex.compile(
    r"""^[^\n]{0,40}\n(?:[\x20\t]*\n)*[\x20\t]*(?:(?P<filed>Filed\s+Date|Date\s+Filed)|(?P<signed>Date|DATE|Dated)\b)""",
    regex.VERBOSE,
)

# A clerk's FILED box: "FILED\nUnited States Court of Appeals\nTenth Circuit\n...\nJanuary 11,
# 2021" — the word FILED alone on a line a few lines above a date alone on its line.
# S.D. Tex. prints the same box as "ENTERED\nMarch 18, 2025\nNathan Ochsner, Clerk".
_FILED_BOX = regex.compile(r"(?:^|\n)[\x20\t]*(?:FILED|ENTERED)[\x20\t]*\n(?:[^\n]*\n){0,10}[\x20\t]*$")

# A clock time and "on" between a cue and its date: "by 5:00 p.m. on Friday, October 31,
# 2025" (D. Ariz.), "no later than 12:00 p.m. (Eastern) on", "at 10:00 a.m. on Tuesday,
# November 4, 2025" (the weekday is skipped before the cue is read).
_CLOCK = r"""\d{1,2}(?::\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|AM|PM|A\.M\.|P\.M\.|noon|NOON)
    (?:\s+\(?(?:[A-Z][A-Za-z.]*)(?:\s+[Tt]ime)?\)?)?"""
_CLOCK_ON = rf"""\s+(?:{_CLOCK})\s*,?\s+(?:on|ON)"""

# Cues right before the date that make it a deadline: "by no later than January 15, 2016",
# "on or before July 21, 2017", "By April 22, 2016, IQS shall", "due on", "not later than".
_DEADLINE_BEFORE = regex.compile(
    rf"""(?:\b(?:no|not)\s+later\s+than|\bon\s+or\s+before|\b[Bb]y|\bBY|\b(?:is|are|be)\s+due(?:\s+on)?
         |\bdue\s+(?:on|by)|\bdeadline\s+(?:of|is)|\bON\s+OR\s+BEFORE|\bNO\s+LATER\s+THAN)(?:{_CLOCK_ON})?\s*$""",
    regex.VERBOSE,
)
# "shall appear ... at 10:00 a.m. on Tuesday, November 4, 2025" (D. Ariz. order to show
# cause): a time of day and a date the court sets, in a sentence that looks ahead.
_AT_CLOCK_ON_BEFORE = regex.compile(rf"""\b(?:at|AT){_CLOCK_ON}\s*$""", regex.VERBOSE)
# A time of day beside a date is a sitting of the court: a transcript's "TUESDAY, OCTOBER 10,
# 2017\n8:00 A.M.", a minutes' "Pretrial Conference\nNovember 29, 2018 at 8:30 a.m.". Told
# as a past event ("he was released on August 15, 2000 at 4:57 p.m.", 9th Cir.; "On April 25,
# 2024 at 7:00 a.m. E.T., American issued", a complaint), or "at 10:00 a.m. on" a date, it is
# one only in a sentence that sets or names a sitting ("shall appear ... at 10:00 a.m. on").
# A message's time stamp, not a sitting: "Dkt. 627-7 at July 19, 2018 10:56 AM email".
_MESSAGE_AFTER = regex.compile(r"[\s,]*(?:\([A-Z]{2,4}\)\s*)?(?:e-?mails?|messages?|texts?|letters?|tweets?|posts?)\b", regex.IGNORECASE)
_SETS_A_TIME = regex.compile(
    r"""\b(?:will|shall|must|set|scheduled|reset|continued|hearings?|conference|appear(?:ance)?|courtroom|argument
       |trial|heard|calendar(?:ed)?)\b|\bTime\s*:""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "due" further back in the clause: "the answering brief due at the Ninth Circuit on August
# 24, 2020" (9th Cir. motion), "responses are due in this Court on".
_DUE_ON_BEFORE = regex.compile(r"\bdue\b[^.;:\n]{0,50}?\bon\s*$", regex.IGNORECASE)

# A weekday between the cue and the date is skipped: "no later than Friday, June 7, 2019",
# "The Joint Status Report must be filed no later than Wednesday, June 5, 2019" (C.D. Cal.).
_WEEKDAY_TAIL = regex.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s*$", regex.IGNORECASE)

# Cues right before the date that make it a hearing: "will move on June\n7, 2019", "set for
# August 4, 2016", "hearing on", "At the July 25, 2016, hearing" is handled after the date.
_HEARING_BEFORE = regex.compile(
    r"""(?:\bwill\s+(?:move|be\s+heard)(?:\s+\w+){0,3}\s+on|\b(?:set|scheduled|continued|reset|calendared)\s+(?:for|to|on)
         |\bhearing\s+(?:on|date\s+of|is\s+set\s+for)|\bheard\s+on|\bHearing\s+Date\s*:|\bHEARING\s+DATE\s*:
         # "is scheduled for argument on September 15, 2020", "oral argument on", "argued on"
         |\bargument\s+(?:is\s+|was\s+)?(?:(?:set|scheduled|calendared|held)\s+)?(?:on|for)|\bargued\s+on
         # an appellate opinion's header: "Argued December 2, 2009" (3d Cir.), "Argued and
         # Submitted\nAugust 7, 2009—Pasadena, California" (9th Cir.), "ARGUED: May 5, 2020";
         # capitalised, the label, not the narrative "Plaintiff argued"
         |\b(?:Argued|ARGUED)(?:\s+(?:and|AND)\s+(?:Submitted|SUBMITTED))?[\x20\t]*:?[\x20\t]*\n?[\x20\t]*)\s*$""",
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

# A date used as an adjective names the paper or the event it dates: "the Court's February
# 12, 2019 Order Denying ...", "their September 25, 2020 opposition", "the August 31, 2020
# Stipulated Protective Order" (event); "the current August 24, 2020 briefing deadline"
# (deadline); "the June 7, 2019 hearing" (hearing). A determiner or a possessive comes
# first, the noun within a few words after.
_ATTRIBUTIVE_BEFORE = regex.compile(
    r"""(?:\b(?:the|its|their|his|her|our|your|this|that|these|those)|\p{L}['’]s?)
        (?:\s+(?:current|original|prior|previous|earlier|initial|existing|operative|amended|present|new|same))?\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ATTRIBUTIVE_NOUN = regex.compile(
    r"""^,?\s+(?:[\p{L}’'-]+\s+){0,3}?
        (?:(?P<deadline>deadlines?)
          |(?P<hearing>hearings?|(?:oral\s+)?arguments?|trial
            |(?:status|scheduling|pretrial|settlement|case\s+management)\s+conference)
          |(?P<event>orders?|opinions?|motions?|oppositions?|repl(?:y|ies)|briefs?|filings?|letters?
            |stipulations?|complaints?|declarations?|reports?|notices?|memorand(?:um|a)|memos?|rulings?
            |judgments?|decisions?|transcripts?|submissions?|applications?|petitions?|requests?
            |responses?|e-?mails?|agreements?|amendments?|depositions?|statements?|minutes|entry|entries
            |telephone\s+calls?|meetings?|communications?|correspondence))\b""",
    regex.VERBOSE | regex.IGNORECASE,
)

# "did not claw back the memo ... until December 23, 2020": what happened at last, on that
# date (N.D. Cal. order).
_NOT_UNTIL_BEFORE = regex.compile(r"\b(?:did|was|were|had)\s+not\b[^.;\n]{0,100}\buntil\s*$", regex.IGNORECASE)

# A paper filed, entered or served on the date is an event even where the sentence talks
# of a hearing: "Hearing held ... The Court is in receipt of the Mediation Report[397] filed
# by the Mediator on June 28, 2019" (C.D. Cal. minutes).
_DONE_ON_BEFORE = regex.compile(
    r"\b(?:filed|lodged|entered|issued|served|docketed|signed|received)\b[^.;:\n]{0,60}?\bon\s*$"
)

# Past events: "On March 30, 2016, Plaintiff ... filed", "filed ... on November 16, 2015",
# "closed to new cases on May 31, 2019", "session (i.e., January 8, 2016)", "In October 2015".
# "Effective December 15, 2008, the Court implemented the Electronic Case Files System" (3d
# Cir. clerk's letter) is an event as long as what follows is not in the future tense.
_EVENT_BEFORE = regex.compile(r"(?:\b[Oo]n|\b[Dd]ated|(?:^|[.;]\s+|\n)Effective)\s*$")
# The verb right after the date's subject, in the future: "On June 1, 2021, the parties
# shall appear" (not "On May 11, 2020, bluebird announced that it will ...").
_CLAUSE_END = regex.compile(r"[.;]\s")
_FUTURE_AFTER = regex.compile(
    r"^[\s,]*(?:(?!(?:that|which|who|announced|said|stated)\b)[\p{L}’'.-]+\s+){0,4}?(?:will|shall|must)\b",
    regex.IGNORECASE,
)
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


# How far around a date its role's cues are looked for, in characters: a caption field's label
# on the line above ("Trial Date:\n11/01/2021"); "Dated:" with a place line between it and the
# date (S.D.N.Y. "DATED:\n\nNew York, New York\n\nApril 19, 2021"); a signing formula or a
# signature block a few lines away, and the text a date without a sentence is read in.
_FIELD_LABEL_REACH = 60
_LABEL_ABOVE_REACH = 120
_FORMULA_REACH = 200


_LINE_CUE_REACH = 500
"""How much of the date's own line, either side, its same-line cues are read in: "Dated:",
"SO ORDERED at Miami, Florida, on", "/s/" are a few dozen characters. A line longer than
this (a docket sheet or a paragraph a tool printed as one line) is cut, and the cut marked,
so that each date costs the same whatever the length of its line (issue 17)."""
_CUT = "\x00"  # marks a cut line: no cue's "^" or "$" matches at the cut


def _line_before(text: str, start: int) -> str:
    lo = max(0, start - _LINE_CUE_REACH)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return _CUT + text[lo:start]
    return text[nl + 1 : start]


def _line_after(text: str, end: int) -> str:
    hi = min(len(text), end + _LINE_CUE_REACH)
    nl = text.find("\n", end, hi)
    if nl < 0 and hi < len(text):
        return text[end:hi] + _CUT
    return text[end : hi if nl < 0 else nl]


def _clause_before(text: str, s: int, start: int) -> str:
    """The sentence up to the date, cut at a period glued to the next sentence ("present.The
    Court"): the sentence splitter keeps such a run as one sentence."""
    head = text[s:start]
    cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind(";"))
    for m in _GLUED_PERIOD.finditer(head):
        cut = max(cut, m.start())
    return head[cut + 1 :] if cut >= 0 else head


# "counsel are present.The Court": a period with a capital glued to it ends a sentence.
_GLUED_PERIOD = regex.compile(r"[a-z]\.(?=\p{Lu}\p{Ll})")


def _role(text: str, start: int, end: int, sentences: Spans) -> str | None:
    """The role of the date printed at ``text[start:end]``, from the words around it."""
    before = text[max(0, start - 80) : start]
    line_before = _line_before(text, start)
    after = text[end : end + 80]
    line_after = _line_after(text, end)
    alone = not line_before.strip()
    if _SIGNED_BEFORE.search(line_before):
        return "signed"
    field = _CAPTION_FIELD.search(text[max(0, start - _FIELD_LABEL_REACH) : start])
    if field is not None:
        return "event" if field.group("event") else "hearing"
    if _FILED_BEFORE.search(line_before):
        near = text[max(0, start - CAPTION_FIELD_NEAR_CHARS) : end + CAPTION_FIELD_NEAR_CHARS]
        if _BARE_FILED_FIELD.search(line_before) and _CAPTION_FIELD_NEAR.search(near):
            return "event"
        return "filed"
    below = _LABEL_BELOW.match(after)
    if below is not None and alone:
        return "filed" if below.group("filed") else "signed"
    if alone and _FILED_BOX.search(text[max(0, start - 400) : start]):
        return "filed"
    if (
        alone
        and _SIGN_LINE_REST.fullmatch(line_after)
        and (
            _SO_ORDERED_ABOVE.search(text[max(0, start - _FORMULA_REACH) : start])
            or _BLANK_DATED_ABOVE.search(text[max(0, start - _LABEL_ABOVE_REACH) : start])
            or _DATED_ABOVE.search(text[max(0, start - _LABEL_ABOVE_REACH) : start])
        )
    ):
        return "signed"
    if _FORM_BLANK_BEFORE.search(line_before) and _SIGNATURE_BELOW.match(text[end : end + _FORMULA_REACH]):
        return "signed"
    if alone and _SIGN_LINE_REST.fullmatch(line_after) and _TITLE_ABOVE.search(text[max(0, start - _LABEL_ABOVE_REACH) : start]):
        return "signed"
    if _IE_BEFORE.search(before):
        return "event"
    if _CITATION_BEFORE.search(before) and _CITATION_AFTER.match(after):
        return None
    if _DATE_FIELD_BEFORE.search(line_before):
        near = text[max(0, start - _LABEL_ABOVE_REACH) : end + _LABEL_ABOVE_REACH]
        if _HEARING_FIELD_NEAR.search(near):
            return "hearing"
        sign_near = text[max(0, start - SIGNATURE_NEAR_CHARS) : end + SIGNATURE_NEAR_CHARS]
        return "signed" if _SIGNATURE_NEAR.search(sign_near) else None
    attributive = _ATTRIBUTIVE_NOUN.match(after) if _ATTRIBUTIVE_BEFORE.search(before) else None
    if attributive is not None:
        return attributive.lastgroup
    cue = before
    weekday = _WEEKDAY_TAIL.search(cue)
    if weekday is not None:
        cue = cue[: weekday.start()]
    if _DEADLINE_BEFORE.search(cue) or _DUE_ON_BEFORE.search(cue):
        return "deadline"
    if _HEARING_BEFORE.search(cue):
        return "hearing"
    clock_after = _CLOCK_AFTER.match(after)
    if clock_after is not None and _MESSAGE_AFTER.match(after, clock_after.end()):
        clock_after = None
    if clock_after is not None and _ON_BEFORE.search(cue) is None:
        return "hearing"
    if clock_after is not None or _AT_CLOCK_ON_BEFORE.search(cue):
        bounds = sentence_at(sentences, start)
        s, e = bounds if bounds is not None else (max(0, start - _FORMULA_REACH), min(len(text), end + _FORMULA_REACH))
        if _SETS_A_TIME.search(text[s:e]):
            return "hearing"
    if _NOT_UNTIL_BEFORE.search(before) or _DONE_ON_BEFORE.search(before):
        return "event"
    bounds = sentence_at(sentences, start)
    s, e = bounds if bounds is not None else (max(0, start - _FORMULA_REACH), min(len(text), end + _FORMULA_REACH))
    clause = _clause_before(text, s, start)
    if _HEARING_WORD.search(clause + text[end:e]) and (
        _HEARING_NEXT.match(after) or _ON_BEFORE.search(before)
    ):
        return "hearing"
    if _EVENT_BEFORE.search(before):
        if _FUTURE_WORDS.search(text[s:start]):
            return None
        rest = _CLAUSE_END.split(text[end:e], maxsplit=1)[0]
        if _FUTURE_AFTER.match(rest):
            return None
        return "event"
    return None


def _scan(seg: CleanText) -> list[tuple[int, int, dt.date, Precision]]:
    out: list[tuple[int, int, dt.date, Precision]] = []
    text = seg.text
    for m in finditer_near(
        _DATE_RE, _DATE_ANCHOR, text, words_before=DATE_WORDS_BEFORE, chars_after=DATE_CHARS_AFTER
    ):
        value = _resolve(m)
        if value is None:
            continue
        out.append((m.start(), m.end(), value[0], value[1]))
    return out


def extract_dates(clean: CleanText, regions: Regions | None = None) -> list[DateMention]:
    """Every date printed in the body and the footnotes, in reading order.

    A footnote's dates come where its marker stands in the body (the reader meets them
    there); without a known marker they follow the body. ``regions`` are
    ``regions_of(clean)`` (the sentences a date's role is read in), computed here when
    not given.
    """
    if regions is None:
        regions = regions_of(clean)
    keyed: list[tuple[tuple[int, int, int], DateMention]] = []
    body_len = len(clean.text)
    for index, seg in enumerate(clean.segments()):
        if index == 0:
            anchor = None
        else:
            fn = clean.footnotes[index - 1]
            anchor = fn.anchor[1] if fn.anchor is not None else body_len + 1
        sentences = regions.sentences[index]
        for start, end, value, precision in _scan(seg):
            role = _role(seg.text, start, end, sentences) if precision == "day" else None
            mention = DateMention(
                text=seg.text[start:end],
                value=value,
                precision=precision,
                role=None if role is None else in_vocabulary(role, DATE_ROLES),
                span=seg.span(start, end),
            )
            key = (start, 0, 0) if anchor is None else (anchor, index, start)
            keyed.append((key, mention))
    keyed.sort(key=lambda kv: kv[0])
    return [m for _, m in keyed]
