"""Court name -> Court record, on caption headings as real filings print them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.court import extract_court, resolve_court_id
from courtparse.text import CleanText

CASES = [
    # N.D. Cal. order (examples/ndcal-order-denying-leave.txt)
    ("\n\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nLOOP AI LABS INC,\nPlaintiff,",
     "United States District Court", "Northern District of California", "cand"),
    # N.D. Cal. bankruptcy (Levandowski adversary proceeding)
    ("Attorneys for Defendant\nUber Technologies, Inc.\nUNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION\nIn re:",
     "United States Bankruptcy Court", "Northern District of California", "canb"),
    # E.D. Cal., "FOR THE" on one line, pleading line numbers
    ("8 UNITED STATES DISTRICT COURT\n9 FOR THE EASTERN DISTRICT OF CALIFORNIA\n10\n11 TRACIE STILL,",
     "United States District Court", "Eastern District of California", "caed"),
    ("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA\n",
     "United States District Court", "Eastern District of California", "caed"),
    # D. Ariz., a line number between the two lines
    ("1 WO\n6 IN THE UNITED STATES DISTRICT COURT\n7 FOR THE DISTRICT OF ARIZONA\n8\n",
     "United States District Court", "District of Arizona", "azd"),
    # C.D. Cal. minutes form header
    ("Case 2:16-cv-06794-AB-JC Document 182 Filed 02/12/19 Page 1 of 2 Page ID #:8473\nUNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\n",
     "United States District Court", "Central District of California", "cacd"),
    # "COURT FOR THE" then a pleading line number before the district (C.D. Cal. exhibit)
    ("UNITED STATES DISTRICT COURT FOR THE\n10 CENTRAL DISTRICT OF CALIFORNIA\nSANTA ANA DIVISION\n",
     "United States District Court", "Central District of California", "cacd"),
    # deposition transcript numbering
    ("·1· · · · · · ·UNITED STATES DISTRICT COURT\n·2· · · · · · CENTRAL DISTRICT OF CALIFORNIA\n",
     "United States District Court", "Central District of California", "cacd"),
    # typos printed in the pool
    ("UNITED STATES STRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n",
     "United States District Court", "Northern District of California", "cand"),
    ("UNITED STATED DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n",
     "United States District Court", "Northern District of California", "cand"),
    # D.N.J. opinion
    ("NOT FOR PUBLICATION ECF NOS. 158, 159\nUNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nCAMDEN VICINAGE\n",
     "United States District Court", "District of New Jersey", "njd"),
    ("United States District Court\nCentral District of California\nUNITED STATES OF AMERICA vs. Docket No. SACR 16-76JVS\n",
     "United States District Court", "Central District of California", "cacd"),
    # 10th Cir.: the FILED box prints a date between the two halves
    ("Appellate Case: 21-800 Document: 010110462922 Date Filed: 01/11/2021 Page: 1\nFILED\nUnited States Court of Appeals\nTenth Circuit\nUNITED STATES COURT OF APPEALS\nJanuary 11, 2021\nFOR THE TENTH CIRCUIT\n",
     "United States Court of Appeals", None, "ca10"),
    ("Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1\nUnited States Court of Appeals\nFor the Seventh Circuit\nChicago, Illinois 60604\n",
     "United States Court of Appeals", None, "ca7"),
    ("UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT\n", "United States Court of Appeals", None, "ca7"),
    ("United States Court of Appeals for the Federal Circuit\n", "United States Court of Appeals", None, "cafc"),
    ("UNITED STATES COURT OF APPEALS\nFOR THE DISTRICT OF COLUMBIA CIRCUIT\n", "United States Court of Appeals", None, "cadc"),
    # the caption's court wins over a body mention of another court
    ("UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT\nORDER\nThis court has been advised by order of the United States District Court for the\nSouthern District of New York that",
     "United States Court of Appeals", None, "ca10"),
]


NATIONAL_AND_FORM_CASES = [
    # AO 440 summons (every district prints it): the district typed into the form's blank
    ("AO 440 (Rev. 06/12) Summons in a Civil Action\nUNITED STATES DISTRICT COURT\n\nfor the\n\n________District of Arizona\n\n__ District of __________\n\nKevin D. Turnage",
     "United States District Court", "District of Arizona", "azd"),
    # AO 245B criminal judgment
    ("UNITED STATES DISTRICT COURT\nEastern District of Wisconsin\n______________\nUNITED STATES OF AMERICA\nv.\nJOHN DOE\nJUDGMENT IN A CRIMINAL CASE",
     "United States District Court", "Eastern District of Wisconsin", "wied"),
    # Tax Court memorandum opinion
    ("T.C. Memo. 2020-26\nUNITED STATES TAX COURT\nROCK BORDELON AND TORIE BORDELON, Petitioners v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent",
     "United States Tax Court", None, "tax"),
    ("In the United States Court of Federal Claims\nNo. 19-1234C\n(Filed: March 3, 2020)\nACME CORP., Plaintiff,\nv.\nTHE UNITED STATES, Defendant.",
     "United States Court of Federal Claims", None, "uscfc"),
    ("UNITED STATES\nFOREIGN INTELLIGENCE SURVEILLANCE COURT\nWASHINGTON, D.C.\nIN RE APPLICATION",
     "United States Foreign Intelligence Surveillance Court", None, "fisc"),
    ("UNITED STATES COURT OF APPEALS FOR THE ARMED FORCES\nUNITED STATES, Appellee\nv.\nJohn DOE, Appellant\nappeal from the Ninth Circuit",
     "United States Court of Appeals for the Armed Forces", None, "armfor"),
    ("UNITED STATES BANKRUPTCY APPELLATE PANEL\nOF THE NINTH CIRCUIT\nIn re: JANE ROE, Debtor.",
     "United States Bankruptcy Appellate Panel of the Ninth Circuit", None, "bap9"),
    ("UNITED STATES JUDICIAL PANEL\non\nMULTIDISTRICT LITIGATION\nIN RE: SOME PRODUCTS LIABILITY LITIGATION MDL No. 2741",
     "United States Judicial Panel on Multidistrict Litigation", None, "jpml"),
]


STATE_CASES = [
    # N.J. Superior Court, Law Division order: ":" column caption, court at the right
    ("PREPARED BY THE COURT\nDEVON ROE,\nSUPERIOR COURT OF NEW JERSEY\nATLANTIC COUNTY – LAW DIVISION\nPlaintiff,\nvs.",
     "Superior Court of New Jersey", "njsuper"),
    # N.J. Appellate Division order on motion: the division on the next line has its own id
    ("ORDER ON MOTION\nSUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION\nDOCKET NO.: A-000313-25T3\n",
     "Superior Court of New Jersey, Appellate Division", "njsuperctappdiv"),
    # N.Y. Supreme Court (a trial court) indictment
    ("INDICTMENT\nSUPREME COURT OF THE STATE OF NEW YORK\nBRONX COUNTY\nPEOPLE OF THE STATE OF NEW YORK\nAGAINST\n",
     "Supreme Court of New York", "nysupct"),
    # Wash. Supreme Court opinion: the clerk's filing box names it first
    ("FILE\nIN CLERK’S OFFICE\nSUPREME COURT, STATE OF WASHINGTON\nJUNE 12, 2025\n",
     "Supreme Court of Washington", "wash"),
    # Wash. Court of Appeals brief: the heading beside the docket number; the lower court
    # ("ON APPEAL FROM THE SUPERIOR COURT ...") is not this court
    ("NO. 37369-0-III THE COURT OF APPEALS OF THE STATE OF WASHINGTON, DIVISION THREE\nSTATE OF WASHINGTON,\n"
     "Respondent,\nv.\nLANCE ROE,\nAppellant.\nON APPEAL FROM THE SUPERIOR COURT OF THE\nSTATE OF WASHINGTON FOR SPOKANE COUNTY\n",
     "Court of Appeals of Washington", "washctapp"),
    ("IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\n",
     "Court of Appeal of California", "calctapp"),
    ("IN THE SUPREME COURT OF PENNSYLVANIA\nEASTERN DISTRICT\n", "Supreme Court of Pennsylvania", "pa"),
    ("IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE\n", "Court of Chancery of Delaware", "delch"),
    ("IN THE COURT OF CRIMINAL APPEALS OF TEXAS\nNO. PD-0001-20\n", "Court of Criminal Appeals of Texas", "texcrimapp"),
    ("COMMONWEALTH COURT OF PENNSYLVANIA\n", "Commonwealth Court of Pennsylvania", "pacommwct"),
]


@pytest.mark.parametrize(("text", "name", "court_id"), STATE_CASES)
def test_state_court_from_heading(text: str, name: str, court_id: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert (court.name, court.district, court.court_id) == (name, None, court_id)
    assert court.span is not None
    assert "court" in text[court.span.start : court.span.end].lower()


@pytest.mark.parametrize(
    "text",
    [
        # a state court in a federal caption's body, or the court a case came from
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nThis action was removed from the\nSuperior Court of the State of California.",
        "NOTICE OF REMOVAL\nUNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nSUPERIOR COURT OF NEW JERSEY, LAW DIVISION, docket ATL-L-1-25",
    ],
)
def test_federal_caption_beats_a_later_state_court(text: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert court.name == "United States District Court"


@pytest.mark.parametrize(
    ("text", "court_id"),
    [
        # an exhibit printing another court's paper reports that court (docs/index.md): a
        # Supreme Court opinion or a state court's order filed as an exhibit in N.D. Cal.
        ("EXHIBIT A\n(Slip Opinion) OCTOBER TERM, 2019\nSUPREME COURT OF THE UNITED STATES\nSyllabus\n", "scotus"),
        ("EXHIBIT 3\nSUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF SAN MATEO\nORDER\n", "calsuperct"),
        ("EXHIBIT 3\nSUPREME COURT OF CALIFORNIA\nS123456\nORDER\n", "cal"),
    ],
)
def test_exhibit_of_another_court_reports_that_court(text: str, court_id: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert court.court_id == court_id


@pytest.mark.parametrize(
    "text",
    [
        "ON APPEAL FROM THE SUPERIOR COURT OF THE STATE OF WASHINGTON FOR SPOKANE COUNTY\n",
        "The plaintiff first sued in the Superior Court of New Jersey, which dismissed.",
        "SUPERIOR COURT OF NARNIA\n",
    ],
)
def test_no_state_court_of_this_filing(text: str) -> None:
    assert extract_court(CleanText.from_string(text)) is None


def test_ocr_misread_circuit() -> None:
    # 2d Cir. reply brief, scanned and OCR'd (pool2)
    court = extract_court(CleanText.from_string("INTHE\nUnited States Court of Appeals FOR THE SF.COND CIRCUIT\n"))
    assert court is not None
    assert court.court_id == "ca2"
    assert extract_court(CleanText.from_string("United States Court of Appeals FOR THE DISTRICT CIRCUIT\n")) is None


@pytest.mark.parametrize(("text", "name", "district", "court_id"), NATIONAL_AND_FORM_CASES)
def test_national_courts_and_form_blanks(text: str, name: str, district: str | None, court_id: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert (court.name, court.district, court.court_id) == (name, district, court_id)


@pytest.mark.parametrize(
    "text",
    [
        # a national court in a district court's body, even at a line's start, is a mention
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\nThe petitioner first went to the\nTax Court, which held that",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF DELAWARE\nSee the opinion of the\nUnited States Court of Federal Claims in a related case.",
    ],
)
def test_national_court_mentioned_in_a_body_is_not_the_court(text: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert court.name == "United States District Court"


def test_national_court_ids_exist_in_courts_db() -> None:
    from courts_db import courts

    from courtparse.extract.court import _NATIONAL_COURTS

    ids = {c["id"] for c in courts}
    assert {court_id for _, _, court_id in _NATIONAL_COURTS} <= ids


@pytest.mark.parametrize(("text", "name", "district", "court_id"), CASES)
def test_court_from_caption(text: str, name: str, district: str | None, court_id: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert (court.name, court.district, court.court_id) == (name, district, court_id)
    assert court.span is not None
    assert "court" in text[court.span.start : court.span.end].lower()


def test_caption_line_beats_earlier_body_mention() -> None:
    text = (
        "Venue is proper in the United States District Court for the Eastern District of California.\n"
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
    )
    court = extract_court(CleanText.from_string(text))
    assert court is not None
    assert court.court_id == "cand"


@pytest.mark.parametrize(
    "text",
    [
        # the lower court of an appeal or a certiorari petition is not this court
        "ON PETITION FOR A WRIT OF CERTIORARI\nTO THE UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\n",
        "Appeal from the United States District Court for the Northern District of Indiana",
        "The parties met and conferred on Friday.",
        "",
    ],
)
def test_no_court_of_this_filing(text: str) -> None:
    court = extract_court(CleanText.from_string(text))
    assert court is None or court.court_id == "scotus"


@pytest.mark.parametrize(
    ("kind", "place", "court_id"),
    [
        ("trial", "Northern District of California", "cand"),
        ("trial", "Southern District of New York", "nysd"),  # courts-db: "District Court, S.D. New York"
        ("trial", "Western District of Oklahoma", "okwd"),  # courts-db: "Oklahoma Western"
        ("trial", "District of New Jersey", "njd"),
        ("trial", "District of Columbia", "dcd"),
        ("bankruptcy", "Central District of California", "cacb"),
        ("bankruptcy", "Southern District of Florida", "flsb"),  # "Southern District Florida"
        ("appellate", "Eleventh", "ca11"),
        ("appellate", "D.C.", "cadc"),
        ("trial", "District of Narnia", None),
    ],
)
def test_resolve_court_id(kind: str, place: str, court_id: str | None) -> None:
    assert resolve_court_id(kind, place) == court_id


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    extract_court(CleanText.from_string(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["UNITED STATES", "DISTRICT COURT", "COURT OF APPEALS", "FOR THE", "NORTHERN DISTRICT OF",
     "CALIFORNIA", "SEVENTH CIRCUIT", "\n", "12", " ", ")", "In re", "Bankruptcy Court"]
)))
def test_never_raises_on_court_words(parts: list[str]) -> None:
    extract_court(CleanText.from_string(" ".join(parts)))


def test_pool_sample(pool_dir: Path) -> None:
    """A fast sample of the pool (the full-pool figure is measured by a script): every
    court-printed file of a few courts names the court of its file name."""
    pdfplumber = pytest.importorskip("pdfplumber")
    rows = list(csv.DictReader((pool_dir / "MANIFEST.tsv").open(), delimiter="\t"))
    wanted = {"canb", "caed", "ca7", "ca9", "cafc", "azd", "alnd"}
    sample = [r for r in rows if r["court_printed"] == "yes" and r["court_id"] in wanted]
    assert sample
    for row in sample:
        with pdfplumber.open(pool_dir / row["file"]) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages[:2])
        court = extract_court(CleanText.from_string(text))
        assert court is not None, row["file"]
        assert court.court_id == row["court_id"], row["file"]
