"""What kind of filing this is, in the DESIGN.md vocabulary, from its title and form.

The title names the paper by its head noun, whatever comes before it ("DEFENDANTS’
NOTICE OF MOTION AND MOTION FOR PARTIAL SUMMARY JUDGMENT" is a motion, "SUGGESTION OF
REMAND AND TRANSFER ORDER" an order): the keyword printed first decides. Printed forms
(C.D. Cal. minutes, criminal judgments) decide before any title.
"""

from __future__ import annotations

import regex

from courtparse.models import Caption, Holdings
from courtparse.text import CleanText

# Kinds a party files: the court rules on nothing in them.
PARTY_FILINGS: frozenset[str] = frozenset(
    {"motion", "opposition", "reply", "brief", "complaint", "notice", "declaration", "letter",
     "stipulation", "proposed_order"}
)

# Title keywords, each alternative named for its kind. At one position the first listed
# alternative wins, so the longer forms come first.
_TITLE_KEYWORD = regex.compile(
    r"""
      (?P<stipulation_po>STIPULAT(?:ION|ED)\b[^\n]{0,80}?\[?\s*PROPOSED\s*\]?)  # "STIPULATION AND [PROPOSED] ORDER"
    | (?P<proposed_order>\[\s*PROPOSED\s*\]|\bPROPOSED\s+(?:\w+\s+){0,2}?ORDER\b)  # "[PROPOSED] ORDER GRANTING"
    | (?P<motion_notice>\bNOTICE\s+OF\s+(?:(?:JOINT|ADMINISTRATIVE|EX\s+PARTE|UNOPPOSED|RENEWED|CROSS-?|AND)\s+)*MOTIONS?\b)  # "NOTICE OF MOTION AND MOTION"
    | (?P<opinion>\b(?:MEMORANDUM\s+)?OPINION\b|\bMEMORANDUM\s+DECISION\b|\bREPORT\s+AND\s+RECOMMENDATIONS?\b|\bFINDINGS\s+AND\s+RECOMMENDATIONS?\b)
    | (?P<minutes>\b(?:CIVIL|CRIMINAL)\s+MINUTES\b|\bMINUTE\s+(?:ORDER|ENTRY)\b|\bMINUTES\s+OF\b)
    | (?P<opposition>\bOPPOSITION\b|\bRESPONSE\s+(?:IN\s+OPPOSITION|TO)\b|\bOPPOSING\b)
    | (?P<reply>\bREPLY\b)
    | (?P<brief>\bMEMORANDUM\s+OF\s+(?:POINTS|LAW)\b|\bBRIEF\b|\bMEMORANDUM\s+IN\s+SUPPORT\b)
    | (?P<complaint>\b(?:AMENDED\s+)?COMPLAINT\b|\bPETITION\s+FOR\s+(?:A\s+)?WRIT\b)
    | (?P<motion>\bMOTIONS?\b|\bAPPLICATION\b|\bPETITION\b|\bREQUEST\s+FOR\b)
    | (?P<order>\bORDER\b|\bO\s+R\s+D\s+E\s+R\b)
    | (?P<judgment>\bJUDGMENT\b)
    | (?P<stipulation>\bSTIPULAT(?:ION|ED)\b)
    | (?P<notice>\bNOTICE\b)
    | (?P<declaration>\bDECLARATION\b|\bAFFIDAVIT\b)
    | (?P<letter>\bLETTER\b)
    | (?P<transcript>\bTRANSCRIPT\b)
    | (?P<other>\bANSWER\b|\bVERDICT\b|\bSUMMONS\b|\bCERTIFICATE\b|\bPROOF\s+OF\s+SERVICE\b|\bSUBPOENA\b|\bINDICTMENT\b|\bWARRANT\b|\bEXHIBIT\b)
    """,
    regex.VERBOSE,
)

_KIND_OF_GROUP = {
    "stipulation_po": "stipulation",
    "motion_notice": "motion",
}

# Forms that decide before the title: C.D. Cal. "CIVIL MINUTES - GENERAL" / "CRIMINAL
# MINUTES" (minutes even when they hold an in-chambers order).
_MINUTES_FORM = regex.compile(
    r"\b(?:CIVIL|CRIMINAL)\s+MINUTES\b|\bMINUTE\s+(?:ORDER|ENTRY)\b|\bMINUTES\s+OF\s+(?:HEARING|PROCEEDINGS)\b"
)
# AO 245B "JUDGMENT IN A CRIMINAL CASE"; C.D. Cal. CR-104 "JUDGMENT & PROBATION/COMMITMENT ORDER".
_JUDGMENT_FORM = regex.compile(
    r"JUDGMENT\s+IN\s+A\s+CRIMINAL\s+CASE|JUDGMENT\s*(?:&|AND)\s*PROBATION\s*/\s*COMMITMENT\s+ORDER",
    regex.IGNORECASE,
)

# A run of upper-case words in the first part of the text, where a title is printed:
# "ORDER GRANTING MOTION FOR\nATTORNEY’S FEES", "DEFENDANTS’ NOTICE OF\nMOTION AND MOTION",
# "COMPLAINT FOR:", "O R D E R", "[PROPOSED] ORDER".
_UPPER_RUN = regex.compile(
    r"""(?:\[?[A-Z][A-Z’'&.,\-\[\]/]+|\[?[A-Z]\b)(?:[\x20\t]*\n?[\x20\t]*(?:\[?[A-Z0-9][A-Z0-9’'&.,\-\[\]()/:]*|[A-Z]\b))+""",
    regex.VERBOSE,
)

_HEAD_CHARS = 4000


def title_kind(title: str | None) -> str | None:
    """The kind a title names, from the keyword printed first; None when it names none."""
    if not title:
        return None
    m = _TITLE_KEYWORD.search(" ".join(title.upper().split()))
    if m is None or m.lastgroup is None:
        return None
    group: str = m.lastgroup
    return _KIND_OF_GROUP.get(group, group)


def form_kind(text: str) -> str | None:
    """Printed forms that fix the kind whatever the title says."""
    if _MINUTES_FORM.search(text[:1500]):
        return "minutes"
    if _JUDGMENT_FORM.search(text[:20000]):
        return "judgment"
    return None


def head_kind(text: str) -> str | None:
    """The kind named by the first title-like upper-case run of the text, for filings
    whose caption title is unknown."""
    try:
        form = form_kind(text)
        if form is not None:
            return form
        for m in _UPPER_RUN.finditer(text[:_HEAD_CHARS]):
            kind = title_kind(m.group())
            if kind is not None:
                return kind
    except Exception:  # never raise on any string
        return None
    return None


def classify_document(clean: CleanText, caption: Caption, holdings: Holdings) -> str:
    """One of DESIGN.md's document types; "other" when nothing names one."""
    try:
        text = clean.text
        form = form_kind(text)
        if form is not None:
            return form
        kind = title_kind(caption.title) or head_kind(text)
        if kind is not None:
            return kind
        if holdings.so_ordered or holdings.rulings:
            return "order"
    except Exception:  # never raise on any string
        return "other"
    return "other"
