"""The CM/ECF stamp the court prints on every page of a filed document: found in the
page's top or bottom band (or printed sideways), parsed into an EcfStamp, removed.

``parse_stamp_line`` works on one line of text, so the text-input cleaner reuses it.
"""

from __future__ import annotations

import datetime as dt

import regex

from courtparse.layout.params import DEFAULT as P
from courtparse.models import EcfStamp
from courtparse.patterns import full_year

# The start of every stamp: a court prefix and the case number.
_HEAD = regex.compile(
    r"""
    ^\s*
    (?P<appellate>
      (?:USCA\d{0,2}\s+)?          # "USCA11 Case: 20-12345", "USCA4 Appeal: 17-2218", "USCA Case #19-1234"
      (?:Appellate\s+)?            # 10th/8th Cir. "Appellate Case: 21-800"
    )
    (?i:Case|Appeal)               # "Case 3:15-cv-00798-HSG", "Case: 17-2400", "Appeal: 17-2218",
                                   # D. Minn. "CASE 0:21-cv-02669-PJS-DTS"
    \s*[:\#]?\s*
    (?P<case>\d[\w:.\-]*?\w)       # "3:15-cv-00798-HSG", "20-03050", "17-3510", "1:11-cv-00637-NONE-EPG"
    (?=[\s,]|$)
    """,
    regex.VERBOSE,
)

# The docket entry: "Document 343", "Document 79-10", "Document: 00117684624",
# "Doc# 277" (bankruptcy), "Doc: 17" (4th Cir.), "Document #1234567" (D.C. Cir.),
# "Document 1-1," (2d Cir.), "DktEntry: 19" (9th Cir.), N.D. Ill. / W.D. Wis. "Document #: 759",
# N.D. Ohio "Doc #: 1", D. Minn. "Doc. 56", E.D. Mich. "ECF No. 11,", W.D. Wash. "Dkt. # 45".
_DOC = regex.compile(
    r"""
    \b(?:Document|Doc|DktEntry|Dkt|ECF\s+No)\.?
    \s*[:\#]?\s*\#?\s*:?\s*
    (?P<doc>\d+)
    (?:-(?P<att>\d+))?             # attachment: "Document 79-10"
    \b
    """,
    regex.VERBOSE,
)

# 8th Cir. stamps print no document number, only "Entry ID: 4876543".
_ENTRY_ID = regex.compile(r"""\bEntry\s+ID\s*:\s*(?P<doc>\d+)""", regex.VERBOSE)

# "Filed 01/06/16", "Filed: 07/13/2017", "Date Filed: 01/11/2021", S.D. Tex. "Filed on 12/05/23
# in TXSD".
_FILED = regex.compile(
    r"""\bFiled\s*(?:on\s+)?:?\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2,4})\b""", regex.VERBOSE
)

# 2d/9th Cir. print the date bare: "Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2".
_BARE_DATE = regex.compile(r"""\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b""", regex.VERBOSE)

# "Page 1 of 2", "Page1 of 2" (2d Cir.), "Pg: 1 of 1" (4th Cir.), "Page: 1 of 5" (11th Cir.).
_PAGE_OF = regex.compile(
    r"""\bP(?:age|g)\s*:?\s*(?P<page>\d+)\s+of\s+(?P<total>\d+)\b""", regex.VERBOSE
)
# N.D. Ohio prints the page without its word: "Filed: 10/20/23 1 of 68. PageID #: 1".
_BARE_PAGE_OF = regex.compile(r"""(?<![/\d])\b(?P<page>\d+)\s+of\s+(?P<total>\d+)\b""", regex.VERBOSE)
# "Page: 1" (1st/3d/10th Cir.) with no total.
_PAGE = regex.compile(r"""\bP(?:age|g)\s*:?\s*(?P<page>\d+)\b(?!\s*of)""", regex.VERBOSE)
# 7th Cir. "Pages: 1" is the document's length.
_PAGES = regex.compile(r"""\bPages\s*:\s*(?P<total>\d+)\b""", regex.VERBOSE)

# C.D. Cal. "Page ID #:35", "Page I D # : 91056", other districts "PageID.123", "PageID #: 35".
_PAGE_ID = regex.compile(
    r"""\bPage\s*I\s*D\s*(?:\#\s*:?|\.|:)\s*(?P<id>\d+)""", regex.VERBOSE
)

# The second header line of bankruptcy courts: "Desc Main Document Page 1 of 16",
# "Main Document Page 2 of 16", "Desc Exhibit A Page 1 of 3".
_BK_SECOND = regex.compile(
    r"""^\s*(?:Desc\s+)?(?:Main\s+Document|Exhibit\b[^\n]{0,40}?|Imaged\s+Certificate[^\n]{0,40}?)
        \s+Page\s+\d+\s+of\s+\d+\s*$""",
    regex.VERBOSE,
)
# A "Page ID #:1912" the stamp wrapped onto its own line, or only its "#:98395" when
# the stamp line ends in "Page ID" (C.D. Cal.).
_PAGE_ID_ONLY = regex.compile(
    r"""^\s*(?:Page\s*I\s*D\s*)?(?P<hash>\#\s*:?|\.|:)\s*(?P<id>\d+)\s*$""", regex.VERBOSE
)


def _date(m: regex.Match[str]) -> dt.date | None:
    year = full_year(m["y"])  # the one two-digit-year rule of every extractor
    try:
        return dt.date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def parse_stamp_line(line: str) -> EcfStamp | None:
    """The EcfStamp a line prints, or None when the line is not an ECF stamp."""
    if len(line) > P.stamp_max_chars:
        return None
    head = _HEAD.match(line)
    if head is None:
        return None
    rest = line[head.end() :]
    doc = _DOC.search(rest)
    filed_m = _FILED.search(rest) or _BARE_DATE.search(rest)
    page_of = _PAGE_OF.search(rest) or _BARE_PAGE_OF.search(rest)
    page = page_of or _PAGE.search(rest) or _PAGES.search(rest)
    if filed_m is None and page is None:
        return None
    # 11th Cir. prints no entry at all: "USCA11 Case: 20-12345 Date Filed: 03/04/2021 Page: 1
    # of 5"; a court of appeals' prefix with a date and a page is stamp enough.
    if doc is None and _ENTRY_ID.search(rest) is None and not (
        head["appellate"] and filed_m is not None and page is not None
    ):
        return None
    document: int | None = None
    attachment: int | None = None
    if doc is not None:
        document = int(doc["doc"])
        attachment = int(doc["att"]) if doc["att"] else None
    else:
        entry = _ENTRY_ID.search(rest)
        document = int(entry["doc"]) if entry else None
    total: int | None = None
    if page_of is not None:
        total = int(page_of["total"])
    else:
        pages = _PAGES.search(rest)
        total = int(pages["total"]) if pages else None
    pid = _PAGE_ID.search(rest)
    return EcfStamp(
        case_number=head["case"],
        document=document,
        attachment=attachment,
        filed=_date(filed_m) if filed_m else None,
        page_count=total,
        raw=" ".join(line.split()),
        page_id=int(pid["id"]) if pid else None,
    )


def is_stamp_companion(line: str) -> bool:
    """A line printed with the stamp: the bankruptcy second header line or a wrapped
    "Page ID #:1912"."""
    return bool(_BK_SECOND.match(line) or _PAGE_ID_ONLY.match(line))


# A stamp whose page total wrapped onto the next line: "Case 2:23-cv-00159-AMA-CMR Document
# 104 Filed 09/23/24 PageID.1234 Page 1 of" / "14" (D. Utah: its stamp is too long for one line).
_PAGE_OF_CUT = regex.compile(r"""\bP(?:age|g)\s*:?\s*\d+\s+of\s*$""")
_TOTAL_ONLY = regex.compile(r"""^\s*(?P<total>\d{1,5})\s*$""")


def wrapped_page_total(stamp_line: str, next_line: str) -> int | None:
    """The page total of a stamp line cut after "Page 1 of", printed alone on the next line."""
    if _PAGE_OF_CUT.search(stamp_line) is None:
        return None
    m = _TOTAL_ONLY.match(next_line)
    return int(m["total"]) if m else None


def page_count_of(line: str) -> int | None:
    """The total a line's "Page 1 of 3" prints."""
    m = _PAGE_OF.search(line)
    return int(m["total"]) if m else None


def page_id_of(line: str) -> int | None:
    m = _PAGE_ID.search(line) or _PAGE_ID_ONLY.match(line)
    return int(m["id"]) if m else None


def stamps_disagree(first: EcfStamp, other: EcfStamp) -> bool:
    """Two pages of one filing stamped with different entries."""
    return (
        first.case_number != other.case_number
        or first.document != other.document
        or first.attachment != other.attachment
        or (first.page_count is not None and other.page_count is not None and first.page_count != other.page_count)
    )
