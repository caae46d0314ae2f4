"""What kind of filing this is, in the DESIGN.md vocabulary, from its title and form.

The title names the paper by its head noun, whatever comes before it ("DEFENDANTS’
NOTICE OF MOTION AND MOTION FOR PARTIAL SUMMARY JUDGMENT" is a motion, "SUGGESTION OF
REMAND AND TRANSFER ORDER" an order): the keyword printed first decides. Printed forms
(C.D. Cal. minutes, criminal judgments) decide before any title.
"""

from __future__ import annotations

import regex

from courtparse.models import Caption, Holdings
from courtparse.patterns import MONTH_NAME
from courtparse.regions import HEAD_CHARS, OPENING_CHARS
from courtparse.text import CleanText

# Title keywords, each alternative named for its kind. At one position the first listed
# alternative wins, so the longer forms come first.
_TITLE_KEYWORD = regex.compile(
    r"""
      (?P<stipulation_po>STIPULAT(?:ION|ED)\b[^\n]{0,80}?\[?\s*PROPOSED\s*\]?)  # "STIPULATION AND [PROPOSED] ORDER"
    | (?P<proposed_order>\[\s*PROPOSED\s*\]|\bPROPOSED\s+(?:\w+\s+){0,2}?ORDER\b)  # "[PROPOSED] ORDER GRANTING"
    | (?P<hearing_transcript>\bMOTION\s+HEARING\b)  # D. Conn. transcript cover "MOTION HEARING / BEFORE: HON. …"
    | (?P<motion_notice>\bNOTICE\s+OF\s+(?:(?:JOINT|ADMINISTRATIVE|EX\s+PARTE|UNOPPOSED|RENEWED|CROSS-?|AND)\s+)*MOTIONS?\b)  # "NOTICE OF MOTION AND MOTION"
    | (?P<application_notice>\bNOTICE\s+(?:OF\s+)?AND\s+(?:EX\s+PARTE\s+)?(?:APPLICATION|PETITION)\b)  # "NOTICE AND APPLICATION FOR DEFAULT JUDGMENT BY COURT"
    | (?P<report_and_recommendation>\b(?:REPORT|FINDINGS(?:\s+OF\s+FACT)?(?:,\s+CONCLUSIONS\s+OF\s+LAW,?)?)\s+(?:AND|&)\s+RECOMMENDATIONS?\b)  # D. Or. "FINDINGS AND RECOMMENDATIONS", E.D.N.Y. "REPORT AND RECOMMENDATION"
    | (?P<recommendation>\bMEMORANDUM\s+(?:AND|&)\s+RECOMMENDATIONS?\b|\bRECOMMENDATIONS?\s+OF\s+(?:THE\s+)?(?:UNITED\s+STATES\s+|U\.\s?S\.\s+)?MAGISTRATE\b)  # S.D. Tex. "MEMORANDUM AND RECOMMENDATION", D. Colo. "RECOMMENDATION OF UNITED STATES MAGISTRATE JUDGE"
    | (?P<opinion>\b(?:MEMORANDUM\s+)?OPINION\b|\bMEMORANDUM\s+(?:DECISION|RULING|OF\s+DECISION)\b)  # W.D. La. "MEMORANDUM RULING", D. Conn. "MEMORANDUM OF DECISION"
    | (?P<court_ruling>\b(?:RULING|ENTRY|DECISION)\s+(?:ON|AND|&)\b)  # D. Conn. "RULING ON MOTION TO DISMISS", S.D. Ind. "ENTRY ON …", S.D. Ohio "DECISION AND ENTRY": the court's
    | (?P<minutes>\b(?:CIVIL|CRIMINAL)\s+MINUTES\b|\bMINUTE\s+(?:ORDER|ENTRY)\b|\bMINUTES\s+OF\b)
    | (?P<opposition>\bOPPOSITION\b|\bRESPONSE\s+(?:IN\s+OPPOSITION|TO)\b|\bOPPOSING\b)
    | (?P<reply>\bREPLY\b)
    | (?P<brief>\bMEMORANDUM\s+OF\s+(?:POINTS|LAW)\b|\bBRIEF(?:ING)?\b|\bMEMORANDUM\s+IN\s+SUPPORT\b)  # "BRIEFING OF AMAZON AND GOOGLE REGARDING REMEDIES"
    | (?P<complaint>\b(?:AMENDED\s+)?COMPLAINT\b|(?<!\bON\s)\bPETITION\s+FOR\s+(?:A\s+)?WRIT\b)  # not "ON PETITION FOR A WRIT OF CERTIORARI" (a brief's cover)
    | (?P<appearance_notice>\b(?:NOTICE|ENTRY)\s+OF\s+APPEARANCE\b|\bAPPEARANCE\s+OF\s+COUNSEL\b)  # Fed. Cir. Form 8 "ENTRY OF APPEARANCE", D.N.J. "NOTICE OF APPEARANCE"
    | (?P<petition_other>\b(?:VOLUNTARY|INVOLUNTARY)\s+PETITION\b|\bPETITION\s+FOR\s+REVIEW\b)  # Official Form 101 "Voluntary Petition for Individuals Filing for Bankruptcy"; an agency appeal's "PETITION FOR REVIEW"
    | (?P<motion>\bMOTIONS?\b|\bAPPLICATION\b|(?<!\bON\s)\bPETITION\b|\bREQUEST\s+FOR\b)
    | (?P<order>\bORDER\b|\bO\s+R\s+D\s+E\s+R\b)
    | (?P<judgment>\bJUDGE?MENT\b|\bMANDATE\b)  # a court of appeals' "MANDATE" carries its judgment
    | (?P<stipulation>\bSTIPULAT(?:ION|ED)\b)
    | (?P<notice>\bNOTICE\b)
    | (?P<declaration>\bDECLARATION\b|\bAFFIDAVIT\b)
    | (?P<letter>\bLETTER\b)
    | (?P<transcript>\bTRANSCRIPT\b|\bDEPOSITION\s+OF\b)  # "VIDEOTAPED DEPOSITION OF STEVE POMERANTZ"
    | (?P<other>\bANSWER\b|\bVERDICT\b|\bSUMMONS\b|\bCERTIFICATE\b|\bPROOF\s+OF\s+SERVICE\b|\bSUBPOENA\b|\bINDICTMENT\b|\bWARRANT\b|\bJURY\s+NOTES?\b)
    """,
    regex.VERBOSE,
)

_KIND_OF_GROUP = {
    "recommendation": "report_and_recommendation",
    "court_ruling": "order",
    "stipulation_po": "stipulation",
    "motion_notice": "motion",
    "application_notice": "motion",
    "hearing_transcript": "transcript",
    "appearance_notice": "notice",
    "petition_other": "other",
}


# Content that names the kind where no title does, checked after the caption's title.
# Opinions: appellate "Per Curiam:" (5th Cir.), the Supreme Court's "(Slip Opinion)" and
# "Opinion of the Court" running head, an author line "HUDSON, Justice." / "SELYA, Circuit
# Judge." opening the opinion, "delivered the opinion of the Court".
# One pattern per mark, each led by its own words: the regex module finds a leading literal
# fast, an alternation of them it tries at every offset (13x slower over a filing's opening).
_OPINION_FORMS = tuple(
    regex.compile(p, regex.MULTILINE)
    for p in (
        r"(?<!\w)Per\s+Curiam\s*[:.*]",  # "Per Curiam:*"
        r"(?<!\w)PER\s+CURIAM\s*[:.*]",
        r"\(Slip\s+Opinion\)",  # "(Slip Opinion) OCTOBER TERM, 2012"
        r"^[\x20\t]*Opinion\s+of\s+the\s+Court[\x20\t]*$",  # running head of each page
        # "HUDSON, Justice.", "SELYA, Circuit Judge.", 8th Cir. "SMITH, Chief Judge."
        r"^[\x20\t]*[A-Z][A-Z'’\-]+,\s+(?:(?:Chief|Senior)\s+)?(?:Circuit\s+Judge|Justice|(?<=Chief\s+)Judge)\.\s",
        r"\bOpinion\s+for\s+the\s+Court\s+filed\s+by\b",  # D.C. Cir. "Opinion for the Court filed by Circuit Judge MILLETT."
        r"(?<!\w)delivered\s+the\s+opinion\s+of\s+the\s+Court\b",
    )
)

# Letters: a salutation near the top ("Dear Magistrate Judge Ryu:", "Dear Mr. Gans,", "Dear
# Counsel:"), or a "Re:" line with a closing ("Very truly yours,", "Sincerely yours,") -
# the 3d Cir. clerk's case-opening letter has no salutation.
_SALUTATION = regex.compile(
    r"^[\x20\t]*Dear\s+(?:[A-Z][\w.’'\-]*\s*){1,5}[:,][\x20\t]*$", regex.MULTILINE
)
_RE_LINE = regex.compile(r"^[\x20\t]*(?:RE|Re)\s*:\s+\S", regex.MULTILINE)
_CLOSING = regex.compile(
    r"^[\x20\t]*(?:Very\s+truly\s+yours|Sincerely(?:\s+yours)?|Yours\s+(?:truly|sincerely)|Best\s+regards)\s*,[\x20\t]*$",
    regex.MULTILINE,
)
# A declaration that carries no title (an exhibit's declaration): "I, Jane Doe, declare as
# follows:", "I declare under penalty of perjury".
_DECLARATION_FORM = regex.compile(
    r"\bdeclare\s+as\s+follows\b|^[\x20\t]*I,\s[^\n]{0,60},\s+(?:hereby\s+)?declare\b",
    regex.MULTILINE,
)
# An exhibit's cover label opening the file: "EXHIBIT A", "Exhibit D-12", "EXHIBIT 1 of",
# "Daubert Motion Ex. A Page 1". The paper after it is what decides the kind.
_EXHIBIT_LABEL = regex.compile(
    r"""\A\s*(?:[^\n]{0,40}\bEx\.\s+[A-Z0-9][\w\-]*[^\n]*\n|(?:(?:EXHIBIT|Exhibit)\s+[A-Z0-9][\w\-]*[^\n]{0,20}\n\s*)+)""",
    regex.VERBOSE,
)

# A magistrate judge's recommendation where no title names it: "IT IS RECOMMENDED that",
# "the undersigned RECOMMENDS that" (D. Or., E.D. Cal. findings and recommendations whose
# title the caption splits).
_RECOMMENDATION_FORM = regex.compile(
    r"""\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?RECOMMENDED\b
      |\b(?:[Uu]ndersigned|I|Court)\s+(?:hereby\s+|therefore\s+|respectfully\s+)*(?:RECOMMENDS|recommends)\s+that\b
      |\b(?:These|This)\s+(?:Findings\s+and\s+Recommendations?|Report\s+and\s+Recommendations?)\b  # D. Or. "These Findings and Recommendations will be referred …"
    """,
    regex.VERBOSE,
)
_MAGISTRATE = regex.compile(r"\bMagistrate\s+Judge\b|\bMAGISTRATE\s+JUDGE\b")

# A transcript's cover where no title says so: "Reported By: Jane Doe, CSR", the Supreme
# Court's "Official - Subject to Final Review" and "Alderson Reporting Company".
_TRANSCRIPT_FORM = regex.compile(
    r"""^[\x20\t]*Reported\s+[Bb]y:|\bOfficial\s+-\s+Subject\s+to\s+Final\s+Review\b|\bReporting\s+Company\b""",
    regex.VERBOSE | regex.MULTILINE,
)

# A heading in title case on a line of its own, which the upper-case runs miss: D.D.C.
# "Memorandum Opinion and Order", "Opinion and Order", "Report and Recommendation". One
# word alone ("Judgment", "Order") is as often the end of a wrapped line, so it takes two,
# "Opinion" excepted.
_TITLE_CASE_HEADING = regex.compile(
    r"""^[\x20\t]*(?P<title>(?:Memorandum\s+)?Opinion|Memorandum\s+(?:Decision|Order)
        |(?:Memorandum|Opinion|Decision|Order|Report|Findings)\s+(?:and|&)\s+(?:Order|Recommendations?|Judgment)
        |Memorandum\s+(?:Opinion|Decision)\s+(?:and|&)\s+Order)[\x20\t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)

# A proposed order the judge signed and dated is the court's order (E.D. Cal. "[PROPOSED]
# ORDER RE: STIPULATION ... IT IS SO ORDERED. Dated: February 26, 2021 / SENIOR DISTRICT
# JUDGE"; "[PROPOSED]" struck through over a signature): its closing date is filled in.
# Counsel's date line is followed by a signature of counsel ("/s/", "By:", "Attorneys
# for"); a lodged order leaves the date blank ("Dated: ________", "Dated this ____ day of").
_MONTH = rf"(?:{MONTH_NAME})"
_DATED_LINE = regex.compile(
    rf"""^[\x20\t]*(?:IT\s+IS\s+SO\s+ORDERED\.?\s*)?(?:DATED|Dated|DATE|Date)\s*[:,]?[\x20\t]*
        (?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}
          |(?i:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}})?""",
    regex.VERBOSE | regex.MULTILINE,
)
_COUNSEL_SIGNATURE = regex.compile(
    r"""(?:^|\s)/s/|\bBy:|\bAttorneys?\s+for\b|\bCounsel\s+for\b|\bBar\s+No\b|\bSBN\b|\bRespectfully\s+submitted\b|\bLLP\b""",
    regex.VERBOSE,
)
_SIGNATURE_TAIL = 600


def court_signed(text: str) -> bool:
    """Whether the last date line of ``text`` is filled in and no counsel signs below it."""
    last = None
    for m in _DATED_LINE.finditer(text):
        last = m
    if last is None or not last.group("date"):
        return False
    return not _COUNSEL_SIGNATURE.search(text[last.end() : last.end() + _SIGNATURE_TAIL])


# A run of upper-case words in the first part of the text, where a title is printed:
# "ORDER GRANTING MOTION FOR\nATTORNEY’S FEES", "DEFENDANTS’ NOTICE OF\nMOTION AND MOTION",
# "COMPLAINT FOR:", "O R D E R", "[PROPOSED] ORDER".
_UPPER_RUN = regex.compile(
    r"""(?:\[?[A-Z][A-Z’'&.,\-\[\]/]+|\[?[A-Z]\b)(?:[\x20\t]*\n?[\x20\t]*(?:\[?[A-Z0-9][A-Z0-9’'&.,\-\[\]()/:]*|[A-Z]\b))+""",
    regex.VERBOSE,
)



def title_kind(title: str | None) -> str | None:
    """The kind a title names, from the keyword printed first; None when it names none."""
    if not title:
        return None
    m = _TITLE_KEYWORD.search(" ".join(title.upper().split()))
    if m is None or m.lastgroup is None:
        return None
    group: str = m.lastgroup
    return _KIND_OF_GROUP.get(group, group)




def _upper_run_kind(text: str) -> str | None:
    for m in _UPPER_RUN.finditer(text[:HEAD_CHARS]):
        kind = title_kind(m.group())
        if kind is not None:
            return kind
    return None


def _letter(head: str) -> bool:
    return bool(_SALUTATION.search(head[:3000])) or (
        bool(_RE_LINE.search(head[:3000])) and bool(_CLOSING.search(head))
    )


def _signed(kind: str, text: str) -> str:
    return "order" if kind == "proposed_order" and court_signed(text) else kind


def _lodged(kind: str, text: str, attachment: int | None) -> str:
    """An order filed as an attachment of another entry (its stamp "Document 26-1") that
    no judge dated is counsel's proposed order, lodged under the motion it would grant,
    even when its title says only "ORDER" (D. Ariz. "ORDER / Having reviewed the United
    States' Motion … (Doc. 26) … IT IS HEREBY ORDERED granting the Motion"): the court
    enters its own orders as entries of their own, never as attachments. A copy of a
    signed order attached as an exhibit keeps its judge's date, and stays an order."""
    if kind == "order" and attachment and not court_signed(text):
        return "proposed_order"
    return kind


def head_kind(text: str, form: str | None) -> str | None:
    """The kind the text itself shows, for filings whose caption title is unknown: a printed
    form (``form``: ``Regions.form_kind``), an opinion's marks, a letter's salutation, the
    first title-like upper-case run, a declaration's oath. An exhibit is the kind of the
    paper it carries, "other" when that is no court paper (a report, an email, a
    spreadsheet)."""
    if form is not None:
        return form
    exhibit = _EXHIBIT_LABEL.match(text)
    body = text[exhibit.end() :] if exhibit else text
    opening = body[:OPENING_CHARS]
    if any(form.search(opening) for form in _OPINION_FORMS):
        return "opinion"
    if _letter(body[:OPENING_CHARS]):
        return "letter"
    kind = _upper_run_kind(body)
    if kind is not None:
        return _signed(kind, body)
    heading = _TITLE_CASE_HEADING.search(body[:HEAD_CHARS])
    if heading is not None:
        return title_kind(heading.group("title"))
    if _RECOMMENDATION_FORM.search(body) and _MAGISTRATE.search(body):
        return "report_and_recommendation"
    if _TRANSCRIPT_FORM.search(body[:HEAD_CHARS]):
        return "transcript"
    if _DECLARATION_FORM.search(body[:HEAD_CHARS]):
        return "declaration"
    if exhibit:
        return "other"
    return None


def classify_document(
    clean: CleanText,
    caption: Caption,
    holdings: Holdings,
    form: str | None,
    head: str | None,
    attachment: int | None = None,
) -> str:
    """One of DESIGN.md's document types; "other" when nothing names one. ``form`` is the
    printed form (``Regions.form_kind``), ``head`` what :func:`head_kind` read,
    ``attachment`` the ECF stamp's attachment number (None for a main document or no
    stamp)."""
    if form is not None:
        return form
    titled = title_kind(caption.title)
    kind = _signed(titled, clean.text) if titled is not None else head
    if kind is not None:
        return _lodged(kind, clean.text, attachment)
    if holdings.so_ordered or holdings.rulings:
        return "order"
    return "other"
