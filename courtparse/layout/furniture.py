"""Page furniture in the top and bottom bands: page numbers, running headers and
footers repeated from page to page, form ids and word-processor document ids.

A line is furniture by where it is printed (a band at the page's edge) plus what it
is: a folio, an id, or the same text (numbers aside) as a line in the same band of
the next or previous page.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from courtparse.layout.lines import Line
from courtparse.layout.params import DEFAULT as P

# Folios: "2", "-2-", "- 2 -", "— 2 —", "Page 2", "Page 2 of 5", "2 of 5", "ii".
_FOLIO = regex.compile(
    r"""
    ^\s*
    (?:
        [-–—]?\s*\d{1,4}\s*[-–—]?                     # "2", "-2-", "- 2 -"
      | (?:Page|PAGE)\s+\d{1,4}(?:\s+(?:of|OF)\s+\d{1,4})?   # "Page 2", "Page 2 of 5"
      | \d{1,4}\s+of\s+\d{1,4}                         # "2 of 5"
      | [ivxlc]{1,6}                                   # front matter "ii"
    )
    \s*$
    """,
    regex.VERBOSE,
)

# Court form ids printed at the foot of every page of a form:
# "CV-90 (12/02)", "CR-104 (wpd 12/20)", "CV-96 (06/06) CIVIL MINUTES - TRIAL Page 1 of 1",
# "AO 245B (Rev. 09/19)", "G-123 (10/15)".
_FORM_ID = regex.compile(
    r"""
    ^\s*(?:[A-Z]{1,4}-\d{1,4}[A-Z]?|AO\s?\d{1,4}[A-Z]?)
    \s*\((?:wpd\s*|Rev\.?\s*)?\d{1,2}/\d{2,4}\)
    """,
    regex.VERBOSE,
)

# Word-processor document ids a firm prints in the footer:
# "258445_7.doc", "DOCS_SF:105374.1", "497096.1", "603290822.1", "4826-1234-5678.v1".
_DOC_ID = regex.compile(
    r"""
    ^\s*(?:
        [\w\-]*\d[\w\-]*\.(?:doc|docx|wpd|DOC|DOCX|WPD)   # "258445_7.doc"
      | DOCS_[A-Z]{2,3}:\d+\.\d+                           # "DOCS_SF:105374.1" (Pachulski)
      | \d{5,}(?:\.\d{1,2})?                               # "497096.1", "603290822.1"
      | \d{4}-\d{4}-\d{4}(?:\.v?\d+)?                      # iManage "4826-1234-5678.v1"
    )[-–—]*\s*$                                          # "258445_7.doc--"
    """,
    regex.VERBOSE,
)


def in_band(top: float, bottom: float, height: float) -> str | None:
    """'top' or 'bottom' when a line lies in a page-edge band of furniture, else None."""
    return P.furniture_bands.edge_holding(top, bottom, height)


def is_folio(text: str) -> bool:
    return bool(_FOLIO.match(text))


def is_form_or_doc_id(text: str) -> bool:
    """A form id anywhere at the start of the line, or a line that is only a doc id."""
    return bool(_FORM_ID.match(text) or _DOC_ID.match(text))


def repeat_key(text: str) -> str:
    """A line's text with digits and spacing normalized, to match a running header
    whose page number changes."""
    out = []
    prev_digit = False
    for ch in text.lower():
        if "0" <= ch <= "9":
            if not prev_digit:
                out.append("#")
            prev_digit = True
            continue
        prev_digit = False
        if not ch.isspace():
            out.append(ch)
    return "".join(out)


# A running header that is only the case's number: 5th Cir. "No. 21-50498" on every page
# after the first, "Nos. 20-1234, 20-1235". Nothing else on the line, so a body line
# ("No. 12 of the exhibits ...") or an index entry is never one.
_NUMBER_HEADER = regex.compile(r"^(?:Case\s+)?Nos?\.\s*\d[\w:.-]*(?:\s*[,&]\s*\d[\w:.-]*)*$")


# A running header that is the case's name: the Federal Circuit's "PACKET INTELLIGENCE
# LLC v. NETSCOUT SYSTEMS, INC." (its page number a fragment of its own beside it),
# "Lopez v. Acme Logistics Corp., No. 19-cv-04321", "In re Fisher-Price Rock 'n Play".
_NAME_HEADER = regex.compile(
    r"""^(?:
        [^\n]{2,90}?\s(?:v\.|vs\.|V\.|VS\.)\s[^\n]{2,90}     # "A v. B"
      | (?:In\s+re|IN\s+RE)[:\s][^\n]{2,90}                # "In re X"
    )$""",
    regex.VERBOSE,
)


def is_number_header(text: str) -> bool:
    """A line that is a case number alone, as a court prints its running header."""
    return _NUMBER_HEADER.match(text) is not None


def is_running_header(text: str) -> bool:
    """A line a court prints atop each page as its running header: the case number
    alone, or the case's name ("A v. B", "In re X"), a page number beside it or not.
    Repeated on a neighbour page, such a line is furniture even below the top band."""
    if is_number_header(text):
        return True
    return len(text.split()) <= P.name_header_words and _NAME_HEADER.match(text) is not None


# A clerk's docketing stamp at the top of every page: the word, the time it was
# docketed, year first, and the court — N.D. Ala. "FILED / 2021 Feb-16 AM 08:55 / U.S.
# DISTRICT COURT / N.D. OF ALABAMA", D. Utah "FILED / 2023 JUL 26 / CLERK / U.S. DISTRICT
# COURT". A date written out ("January 11, 2021" in a court of appeals' FILED box) is
# not such a stamp: that box's date is the filing's filed date and stays in the text.
_CLERK_WORD = r"(?:FILED|ENTERED|RECEIVED|LODGED)"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP_TIME = regex.compile(
    rf"""^(?:{_CLERK_WORD}\s+)?
    (?:19|20)\d\d\s+{_MONTH}\s*[-\s]\s*\d{{1,2}}        # "2021 Feb-16", "2023 JUL 26"
    (?:,?\s+(?:AM|PM|A\.M\.|P\.M\.)?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:AM|PM))?)?$""",
    regex.VERBOSE,
)
_STAMP_PART = regex.compile(
    rf"""^(?:
        {_CLERK_WORD}
      | CLERK(?:'S\s+OFFICE)?
      | U\.?\s?S\.?\s+(?:DISTRICT|BANKRUPTCY)\s+COURT     # "U.S. DISTRICT COURT"
      | [A-Z]\.\s?[A-Z]\.\s+OF\s+[A-Z][A-Z .]+            # "N.D. OF ALABAMA"
      | (?:[A-Z]+\s+)?DISTRICT\s+OF\s+[A-Z][A-Z .]+        # "DISTRICT OF UTAH"
    )$""",
    regex.VERBOSE,
)


def clerk_stamp_lines(lines: Sequence[Line], height: float) -> set[int]:
    """Indices of the lines of a clerk's docketing stamp in the page's top band."""
    out: set[int] = set()
    limit = P.head_band * height
    for i, ln in enumerate(lines):
        if ln.bottom > limit or not _STAMP_TIME.match(ln.text):
            continue
        out.add(i)
        # The word above it and the court's lines below it, in the same column.
        column = sorted(
            (j for j, o in enumerate(lines) if min(o.x1, ln.x1) > max(o.x0, ln.x0) and o.top < P.clerk_stamp_depth * limit),
            key=lambda j: lines[j].top,
        )
        k = column.index(i)
        for step in (-1, 1):
            cur = ln
            m = k + step
            while 0 <= m < len(column):
                nxt = lines[column[m]]
                gap = nxt.top - cur.bottom if step > 0 else cur.top - nxt.bottom
                if gap > P.stamp_block_gap * max(cur.size, 1.0) or not _STAMP_PART.match(nxt.text):
                    break
                out.add(column[m])
                cur = nxt
                m += step
    return out
