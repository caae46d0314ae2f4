"""Page furniture in the top and bottom bands: page numbers, running headers and
footers repeated from page to page, form ids and word-processor document ids.

A line is furniture by where it is printed (a band at the page's edge) plus what it
is: a folio, an id, or the same text (numbers aside) as a line in the same band of
the next or previous page.
"""

from __future__ import annotations

import regex

TOP_BAND = 0.10
"""Share of the page height at the top where running headers print."""

HEAD_BAND = 0.15
"""A running header that is only the case's number may print this low (the 5th Cir.'s
"No. 21-50498" at 74-85 pt of 792, under the ECF stamp): see ``is_number_header``."""

BOTTOM_BAND = 0.13
"""Share of the page height at the bottom where footers and folios print."""

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
    """'top' or 'bottom' when a line lies in a page-edge band, else None."""
    if bottom <= TOP_BAND * height:
        return "top"
    if top >= (1.0 - BOTTOM_BAND) * height:
        return "bottom"
    return None


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


def is_number_header(text: str) -> bool:
    """A line that is a case number alone, as a court prints its running header."""
    return _NUMBER_HEADER.match(text) is not None
