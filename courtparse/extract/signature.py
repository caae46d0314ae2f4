"""Who signed for the court, with the title printed under (or beside) the name, and the
date of signing.

A signature block is recognised by its title line ("United States District Judge",
"U.S. MAGISTRATE JUDGE", ", Clerk"), never by a name alone: a judge named in a sentence
("referred to Magistrate Judge Ryu") is not a signature. Where counsel signs (a motion,
a notice, a complaint) the judge is None but the "Dated:" date is still the signing date.
"""

from __future__ import annotations

import regex

from courtparse.models import DateMention, Signature
from courtparse.patterns import finditer_near
from courtparse.text import CleanText

# Judicial titles as printed under a signature: "United States District Judge", "UNITED
# STATES MAGISTRATE JUDGE", "U.S. MAGISTRATE JUDGE", "U. S. District Judge", "Chief United
# States District Judge", "United States Bankruptcy Judge", "Circuit Judge", "Senior
# District Judge".
# D.N.J., E.D.N.Y. and S.D.N.Y. abbreviate: "HON. NOEL L. HILLMAN, U.S.D.J.", "U.S.M.J.".
_JUDGE_TITLE = regex.compile(
    r"""(?P<title>
        (?:(?:(?:Chief|Senior)\s+)?(?:United\s+States|U\.\s?S\.)\s+(?:(?:Chief|Senior)\s+)?
            (?:District|Magistrate|Bankruptcy|Circuit)\s+(?:Court\s+)?Judge
          | (?:(?:Chief|Senior)\s+)?(?:District|Magistrate|Bankruptcy|Circuit)\s+Judge
          | (?:Chief|Senior)\s+Judge    # D. Minn.: "Patrick J. Schiltz, Chief Judge"
        )\b
      | U\.\s?S\.\s?[DMB]\.\s?J\.
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)

# Every judge's title holds "Judge" or ends "J." (U.S.D.J.), with at most six words before
# it ("Chief United States Senior District Court Judge"): the title is looked for only
# there (``finditer_near``), not at every offset of a long filing.
_JUDGE_ANCHOR = regex.compile(r"judge|j\.", regex.IGNORECASE)
JUDGE_WORDS_BEFORE = 8
JUDGE_CHARS_AFTER = 4

# Clerks sign some appellate orders: "CHRISTOPHER M. WOLPERT, Clerk", "Clerk of Court"
# under a name. "Deputy Clerk" is a form label, not a signer.
_CLERK_TITLE = regex.compile(
    r"(?<!Deputy\s)(?<!DEPUTY\s)(?P<title>\bClerk\s+of\s+(?:the\s+)?Court|\bCLERK\s+OF\s+(?:THE\s+)?COURT|\bClerk|\bCLERK)\b(?![\s,]*(?:U\.\s?S\.|United|of\s+the\s+United))"
)

# A clerk's deputy who signs a clerk's letter or order with an electronic signature (6th
# Cir.: "Sincerely yours,\n\ns/Karen S. Fultz\n\nCase Manager"; "/s/ Jane Doe, Deputy
# Clerk"). Without the "s/" mark "Deputy Clerk" is a form's label (C.D. Cal. CR-104 "By\n
# Deputy Clerk"), and under a clerk's name ("Marcia M. Waldron,\nClerk\n\nBy: s/Caitlyn\n
# Case Manager", 3d Cir.) the clerk is who signs.
_DEPUTY_TITLE = regex.compile(
    r"""(?P<title>\b(?:Case\s+Manager|Case\s+Administrator|Deputy\s+Clerk|Docketing\s+Clerk
      |Case\s+Management\s+Specialist|CASE\s+MANAGER|DEPUTY\s+CLERK))\b""",
    regex.VERBOSE,
)
DEPUTY_UNDER_CLERK_CHARS = 120
"""A deputy's block this close under a clerk's block signs for that clerk."""

# A letterhead names the clerk (and the chief judge) above a letter's text: "CATHERINE
# O'HAGAN WOLFE\nCLERK OF COURT" (2d Cir. docketing notice), "Deborah S. Hunt\nClerk" (6th
# Cir.). A block this near the top with this much text after it is not a signature.
LETTERHEAD_MAX_BEFORE = 600
LETTERHEAD_MIN_AFTER = 1000

# What may stand before a name on its line: "/s/", "s/", "Hon.", "HONORABLE", "The
# Honorable", "By:", "By the Court: /s/" (a clerk-signed order), a signature rule "______".
_NAME_PREFIX = regex.compile(
    r"^(?:[_\s]+|/s/\s*|s/\s*|(?:By|For)\s+the\s+Court\s*:?\s*|By:?\s+|(?:The\s+)?(?:Hon\.|Honorable|HONORABLE)\s+)+",
    regex.IGNORECASE,
)
# An electronic signature mark before a name: "/s/ Karen S. Fultz", "s/Karen S. Fultz".
_E_SIGNATURE = regex.compile(r"^[\s_]*(?:(?:By|For)\s+the\s+Court\s*:?\s*|By:?\s*)?/?s/\s*\p{Lu}", regex.IGNORECASE)

# A printed name: two to six words, each capitalised, an initial or a suffix ("ERICA P.
# GROSJEAN", "James V Selna", "ANDRÉ BIROTTE JR.", "Beth Labson Freeman"). Initials may be
# printed without a space between them: "GENE E.K. PRATTER" (E.D. Pa.), "J.P. Boulee" (N.D. Ga.).
_NAME_WORD = r"(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}'’\-]*\.?)"
_NAME = regex.compile(
    r"""^(?P<name>""" + _NAME_WORD + r"""(?:\s+(?:""" + _NAME_WORD + r"""|Jr\.?|Sr\.?|II|III|IV|de|van|von|del|la)){1,5}
        # "THOMAS W. THRASH, JR." (N.D. Ga.)
        (?:,\s*(?:Jr\.?|JR\.?|Sr\.?|SR\.?|II|III|IV))?)$""",
    regex.VERBOSE,
)

# Words that show a line is not a name: form labels and prose.
_NOT_NAME = regex.compile(
    r"\b(?:Dated?|DATED?|Court|COURT|Case|CASE|Page|Order|ORDER|Judge|JUDGE|District|DISTRICT|States|STATES|Signed|SIGNED|Respectfully|Attorneys?|ATTORNEYS?|LLP|LLC|Filed|FILED|Entered|For|FOR|The|THE|Clerk|CLERK|ORDERED|Ordered)\b"
)

# CR-104 judgment: "Date U. S. District Judge James V Selna" (the date is printed above).
_DATE_LABEL = regex.compile(r"\s*Date\s*")
# What may follow a title on its line and still be a signature: "Presiding".
# What the layout may join to a title's line from beside or below it: the court's district
# ("United States District Judge Northern District of Ohio"), the signing date ("United
# States District Judge Dated: March 26, 2010", N.D. Ill.), a distribution list ("UNITED
# STATES DISTRICT JUDGE Copies to:", S.D. Fla.).
_TITLE_TAIL = regex.compile(
    r"""[\s,.]*(?:Presiding|Sitting\s+by\s+designation
      |(?:for\s+the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+\p{Lu}[\p{L}\s]{0,30}
      |(?:Dated?|DATED?)\b\s*:?.{0,40}
      |(?:Copies|COPIES|cc|CC)\b.{0,60}
    )?[\s,.]*""",
    regex.VERBOSE,
)
# The line above a name that makes it a list of who was present, not a signature:
# C.D. Cal. minutes "Present: The Honorable\nPhilip S. Gutierrez , U.S. District Judge".
_NOT_SIGNATURE_ABOVE = regex.compile(r"(?:Present\s*:|PRESENT\s*:|Honorable|HONORABLE|Before|BEFORE)[^\n]{0,40}\s*$")


def _clean_name(raw: str) -> str | None:
    text = _NAME_PREFIX.sub("", raw.strip()).strip(" ,_")
    text = " ".join(text.split())
    if not text or _NOT_NAME.search(text):
        return None
    m = _NAME.match(text)
    return m.group("name") if m else None


_LINE_REACH = 2000
"""A title's line is read at most this far either side: a signature's line is short, and
a line longer than this (a docket sheet pasted as one line) must not cost its whole length
for every title it prints (issue 17)."""


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _LINE_REACH)
    lo = text.rfind("\n", lo, start) + 1 or lo
    hi = min(len(text), end + _LINE_REACH)
    nl = text.find("\n", end, hi)
    return lo, hi if nl < 0 else nl


def _previous_line(text: str, line_start: int) -> tuple[str, int]:
    """The nearest non-blank line above ``line_start`` (within two lines) and its start."""
    pos = line_start - 1
    for _ in range(3):
        if pos <= 0:
            return "", line_start
        lo = text.rfind("\n", 0, pos) + 1
        line = text[lo:pos]
        if line.strip():
            return line, lo
        pos = lo - 1
    return "", line_start


class _Block:
    __slots__ = ("judge", "start", "title", "title_end", "title_start")

    def __init__(self, judge: str | None, title: str, start: int, title_start: int, title_end: int):
        self.judge = judge
        self.title = title
        self.start = start
        self.title_start = title_start
        self.title_end = title_end


# Text from other tools keeps a page's columns on one line: the signing date and place on
# the left, the judge's name and title on the right ("Dated: February 3, 2023      JOHN T.
# DORSEY" / "Wilmington, Delaware      UNITED STATES BANKRUPTCY JUDGE", D. Del. Bankr.). The
# block is read in the right column, after the last gap this wide.
_COLUMN_GAP = regex.compile(r"[\x20\t]{3,}")


def _right_column(line: str) -> tuple[str, int]:
    """The part of ``line`` after its last column gap, and where it starts in ``line``."""
    gaps = list(_COLUMN_GAP.finditer(line))
    return (line, 0) if not gaps else (line[gaps[-1].end() :], gaps[-1].end())


def _judge_block(text: str, m: regex.Match[str]) -> _Block | None:
    title = " ".join(m.group("title").split())
    line_lo, hi = _line_bounds(text, m.start(), m.end())
    lo = line_lo + _right_column(text[line_lo : m.start()])[1]
    before = text[lo : m.start()]
    after = text[m.end() : hi].strip(" ,")
    before_clean = _NAME_PREFIX.sub("", before.strip()).strip(" ,_")
    # "Date U. S. District Judge James V Selna" (CR-104 form: labels on one line, name after)
    if _DATE_LABEL.fullmatch(before):
        return _Block(_clean_name(after), title, m.start(), m.start(), m.end())
    if after and not _TITLE_TAIL.fullmatch(after):
        name_after = _clean_name(after)
        if name_after is None or before_clean:
            return None
        return _Block(name_after, title, m.start(), m.start(), m.end())
    if before_clean:
        # "DAVID O. CARTER, United States District Judge" on one line
        name = _clean_name(before_clean.rstrip(","))
        if name is None:
            return None
        return _Block(name, title, lo, m.start(), m.end())
    line, line_start = _previous_line(text, line_lo)
    line, cut = _right_column(line)
    name = _clean_name(line)
    return _Block(name, title, line_start + cut if name else m.start(), m.start(), m.end())


# The clerk's other office printed before the title: "District Court Executive/Clerk of
# Court" (D. Ariz.), "DISTRICT COURT EXECUTIVE AND CLERK OF COURT", "Court Executive & Clerk".
_CLERK_OFFICE_BEFORE = regex.compile(
    r"(?:District\s+)?Court\s+Executive(?:\s+Officer)?[\x20\t]*(?:/|\band\b|&)[\x20\t]*$", regex.IGNORECASE
)


def _clerk_block(text: str, m: regex.Match[str], date_ends: dict[int, int]) -> _Block | None:
    """``date_ends`` maps where each date of the body starts to where it ends."""
    title = " ".join(m.group("title").split())
    lo, hi = _line_bounds(text, m.start(), m.end())
    before = text[lo : m.start()].strip()
    rest = text[m.end() : hi]
    after = rest.strip()
    # the signing date the layout joined to the title's line: "Clerk of Court October 20, 2025"
    at = m.end() + len(rest) - len(rest.lstrip())
    if after and date_ends.get(at) != at + len(after.rstrip(" .")):
        return None
    office = _CLERK_OFFICE_BEFORE.search(text, lo, m.start())
    if office is not None:  # the whole title, the office with it
        title = " ".join(text[office.start() : m.end()].split())
        before = text[lo : office.start()].strip()
    if before.endswith(","):  # "CHRISTOPHER M. WOLPERT, Clerk"
        name = _clean_name(before[:-1])
        return _Block(name, title, lo, m.start(), m.end()) if name else None
    if before:
        return None
    line, line_start = _previous_line(text, lo)
    name = _clean_name(line)
    return _Block(name, title, line_start, m.start(), m.end()) if name else None


def _deputy_block(text: str, m: regex.Match[str]) -> _Block | None:
    title = " ".join(m.group("title").split())
    lo, hi = _line_bounds(text, m.start(), m.end())
    before = text[lo : m.start()].strip()
    if text[m.end() : hi].strip(" ,."):
        return None
    if before.endswith(","):  # "/s/ Jane Doe, Deputy Clerk"
        line, line_start = before[:-1], lo
    elif before:
        return None
    else:
        line, line_start = _previous_line(text, lo)
    if not _E_SIGNATURE.match(line):
        return None
    name = _clean_name(line)
    return _Block(name, title, line_start, m.start(), m.end()) if name else None


# The title before the name, the court on the line below (D. Minn.: "/s/ Jeffrey M. Bryan\n
# Judge Jeffrey M. Bryan\nUnited States District Court"; "Magistrate Judge Tony N. Leung").
# A caption's "Judge J. Philip Calabrese" beside the parties is not a signature: the line
# must have an e-signature or a signature rule above it, or the court's name below it.
_TITLE_THEN_NAME = regex.compile(
    r"""^[\x20\t_]*(?:/s/\s*)?(?P<title>(?:(?:Chief|Senior|CHIEF|SENIOR)\s+)?
          (?:(?:United\s+States|U\.\s?S\.|UNITED\s+STATES)\s+)?
          (?:(?:District|Magistrate|Bankruptcy|Circuit|DISTRICT|MAGISTRATE|BANKRUPTCY|CIRCUIT)\s+)?(?:Judge|JUDGE))
        [\x20\t]+(?P<name>\p{Lu}[^\n]{2,60}?)[\x20\t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
_SIGN_MARK_ABOVE = regex.compile(r"^[\x20\t]*(?:/s/|s/\s*\p{Lu}|_{3,})")
_COURT_BELOW = regex.compile(
    r"^[\x20\t]*(?:United\s+States|U\.\s?S\.|UNITED\s+STATES)\s+(?:District|Bankruptcy|DISTRICT|BANKRUPTCY)\s+(?:Court|COURT)\b"
)


def _next_line(text: str, line_end: int) -> str:
    """The nearest non-blank line below ``line_end`` (within two lines)."""
    pos = line_end
    for _ in range(3):
        if pos >= len(text):
            return ""
        nl = text.find("\n", pos + 1)
        line = text[pos + 1 : nl if nl >= 0 else len(text)]
        if line.strip():
            return line
        pos = nl if nl >= 0 else len(text)
    return ""


def _title_then_name_block(text: str, m: regex.Match[str]) -> _Block | None:
    name = _clean_name(m.group("name"))
    if name is None:
        return None
    above, _ = _previous_line(text, m.start())
    signed_above = bool(_SIGN_MARK_ABOVE.match(above)) or "/s/" in text[m.start() : m.start("title")]
    if not (signed_above or _COURT_BELOW.match(_next_line(text, m.end()))):
        return None
    return _Block(name, " ".join(m.group("title").split()), m.start(), m.start("title"), m.end())


def _letterhead(text: str, block: _Block) -> bool:
    return block.start < LETTERHEAD_MAX_BEFORE and len(text) - block.title_end > LETTERHEAD_MIN_AFTER


def _signed_dates(dates: list[DateMention]) -> list[DateMention]:
    return [
        d for d in dates
        if d.role == "signed" and d.precision == "day" and (d.span is None or d.span.footnote is None)
    ]


def _date_for(block: _Block | None, dates: list[DateMention]) -> DateMention | None:
    """The signing date: the "signed" date nearest the court's block (within a page's
    worth of text), or the last one where counsel signs."""
    signed = _signed_dates(dates)
    if block is None or not signed:
        return signed[-1] if signed else None
    best: DateMention | None = None
    best_distance = 601
    for d in signed:
        if d.span is None:
            continue
        distance = abs(d.span.start - block.title_start)
        if distance < best_distance:
            best, best_distance = d, distance
    return best


def extract_signature(clean: CleanText, dates: list[DateMention]) -> Signature | None:
    """The court's signature block, or the signing date alone where counsel signs.

    Always a Signature (all fields None when nothing is found), so that "no judge signed"
    is stated, not left absent.
    """
    return _extract(clean, dates)


def _extract(clean: CleanText, dates: list[DateMention]) -> Signature:
    text = clean.text
    judges = [
        b for m in finditer_near(
            _JUDGE_TITLE, _JUDGE_ANCHOR, text, words_before=JUDGE_WORDS_BEFORE, chars_after=JUDGE_CHARS_AFTER
        )
        if (b := _judge_block(text, m)) is not None
        and not _NOT_SIGNATURE_ABOVE.search(text[max(0, b.start - 80) : b.start])
    ]
    judges += [b for m in _TITLE_THEN_NAME.finditer(text) if (b := _title_then_name_block(text, m)) is not None]
    judges = sorted((b for b in judges if not _letterhead(text, b)), key=lambda b: b.start)
    named = [b for b in judges if b.judge]
    date_ends = {d.span.start: d.span.end for d in dates if d.span is not None and d.span.footnote is None}
    clerks = [
        b for m in _CLERK_TITLE.finditer(text)
        if (b := _clerk_block(text, m, date_ends)) is not None and not _letterhead(text, b)
    ]
    deputies = [
        b for m in _DEPUTY_TITLE.finditer(text)
        if (b := _deputy_block(text, m)) is not None
        and not any(0 <= b.start - c.title_end <= DEPUTY_UNDER_CLERK_CHARS for c in clerks)
    ]
    for_clerk = sorted(clerks + deputies, key=lambda b: b.start)
    block: _Block | None = None
    if named:
        block = named[-1]
    elif for_clerk:
        block = for_clerk[-1]
    elif judges:
        block = judges[-1]
    date = _date_for(block, dates)
    if block is None:
        return Signature(judge=None, title=None, date=date.value if date else None, span=date.span if date else None)
    return Signature(
        judge=block.judge,
        title=block.title,
        date=date.value if date else None,
        span=clean.span(block.start, block.title_end),
    )
