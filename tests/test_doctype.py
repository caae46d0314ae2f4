"""Document type from the caption title, the printed form, or the head of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.doctype import classify_document, title_kind
from courtparse.models import DOCUMENT_TYPES, Caption, Holdings
from courtparse.text import CleanText

TITLE_CASES = [
    ("ORDER DENYING ADMINISTRATIVE MOTION FOR LEAVE TO FILE MOTIONS TO COMPEL", "order"),
    ("SUGGESTION OF REMAND AND TRANSFER ORDER", "order"),
    ("DEFENDANTS’ NOTICE OF MOTION AND MOTION FOR PARTIAL SUMMARY JUDGMENT", "motion"),
    ("PLAINTIFFS’ ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "motion"),
    ("NOTICE OF FILING PARTIALLY REDACTED SHAW REPORT PURSUANT TO AMENDED ORDER ON UBER’S ADMINISTRATIVE MOTION", "notice"),
    ("STIPULATION AND [PROPOSED] ORDER TO CONTINUE HEARING", "stipulation"),
    ("[PROPOSED] ORDER GRANTING DEFENDANTS’ MOTION TO DISMISS", "proposed_order"),
    ("PLAINTIFF’S OPPOSITION TO DEFENDANTS’ MOTION TO DISMISS", "opposition"),
    ("REPLY IN SUPPORT OF MOTION FOR SUMMARY JUDGMENT", "reply"),
    ("MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF MOTION TO STRIKE", "brief"),
    ("DECLARATION OF NANCY ROSS IN SUPPORT OF DEFENDANTS’ MOTION", "declaration"),
    ("COMPLAINT FOR: (1) DECLARATORY RELIEF ON DEFENDANT’S DUTY TO DEFEND", "complaint"),
    ("MEMORANDUM OPINION AND ORDER", "opinion"),
    ("FINAL JUDGMENT", "judgment"),
    ("REPORTER'S TRANSCRIPT OF PROCEEDINGS", "transcript"),
    ("ORDER ON MOTIONS IN LIMINE", "order"),
    ("Order Denying Defendants’ Applications to Seal", "order"),
    ("IN RE: BARD IVC FILTERS", None),
]


@pytest.mark.parametrize(("title", "kind"), TITLE_CASES)
def test_title_kind(title: str, kind: str | None) -> None:
    assert title_kind(title) == kind


TEXT_CASES = [
    # (text, caption title, expected)
    ("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES—GENERAL\nProceedings: IN CHAMBERS - ORDER REQUIRING FURTHER FILING",
     "IN CHAMBERS - ORDER REQUIRING FURTHER FILING", "minutes"),
    ("United States District Court\nCentral District of California\nUNITED STATES OF AMERICA vs. Docket No. SACR 16-76JVS\nCR-104 (wpd 12/20) JUDGMENT & PROBATION/COMMITMENT ORDER Page 1 of 6",
     None, "judgment"),
    ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nTRACIE STILL,\nPlaintiff, ORDER GRANTING MOTION FOR\nATTORNEY’S FEES\nv.\nCOMMISSIONER OF SOCIAL SECURITY,",
     None, "order"),
    ("GAUNTLETT & ASSOCIATES\nAttorneys for Plaintiff\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nINDEPENDENT PHYSICIANS ASSOCIATES MEDICAL GROUP, Case No.:\nCOMPLAINT FOR:\n(1) DECLARATORY RELIEF",
     None, "complaint"),
    ("United States Court of Appeals\nFor the Seventh Circuit\nNo. 17-2400\nO R D E R\nThe court, on its own initiative, ORDERS the parties", None, "order"),
    ("UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\nIn re: RICHARD P. LIEBOWITZ No. 21-800\nORDER\nThis court has been advised", None, "order"),
    ("12/21/2020\njb", None, "other"),
    ("", None, "other"),
]


@pytest.mark.parametrize(("text", "title", "kind"), TEXT_CASES)
def test_classify_document(text: str, title: str | None, kind: str) -> None:
    clean = CleanText.from_string(text)
    assert classify_document(clean, Caption(title=title), Holdings()) == kind


def test_rulings_without_title_make_an_order() -> None:
    clean = CleanText.from_string("The motion is granted.\nIT IS SO ORDERED.")
    assert classify_document(clean, Caption(), Holdings(so_ordered=True)) == "order"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_never_raises(text: str, title: str | None) -> None:
    kind = classify_document(CleanText.from_string(text), Caption(title=title), Holdings())
    assert kind in DOCUMENT_TYPES
