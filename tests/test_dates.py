"""Dates: finding, exact parsing and roles, on phrases as filings print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.dates import extract_dates, parse_date_text
from courtparse.text import CleanText, FootnoteText

D = dt.date

PARSE_CASES = [
    ("January 6, 2016", D(2016, 1, 6), "day"),
    ("Jan. 6, 2016", D(2016, 1, 6), "day"),
    ("6 January 2016", D(2016, 1, 6), "day"),
    ("January 6th, 2016", D(2016, 1, 6), "day"),
    ("the 5th day of May, 2020", D(2020, 5, 5), "day"),
    ("this 5th day of May 2020", D(2020, 5, 5), "day"),
    ("01/06/2016", D(2016, 1, 6), "day"),
    ("1/6/16", D(2016, 1, 6), "day"),
    ("10/7/07", D(2007, 10, 7), "day"),
    # two-digit years pivot at 70, like the ECF stamp and case numbers
    ("3/4/69", D(2069, 3, 4), "day"),
    ("3/4/70", D(1970, 3, 4), "day"),
    ("12/31/99", D(1999, 12, 31), "day"),
    ("2016-01-06", D(2016, 1, 6), "day"),
    ("May 31, 2019", D(2019, 5, 31), "day"),
    ("June\n7, 2019", D(2019, 6, 7), "day"),
    ("MARCH 22, 2021", D(2021, 3, 22), "day"),
    ("Sept. 30, 2020", D(2020, 9, 30), "day"),
    ("September 2 3 , 2020", D(2020, 9, 23), "day"),
    ("March 2016", D(2016, 3, 1), "month"),
    ("  April 20, 2016. ", D(2016, 4, 20), "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), PARSE_CASES)
def test_parse_date_text(text: str, value: dt.date, precision: str) -> None:
    assert parse_date_text(text) == (value, precision)


@pytest.mark.parametrize(
    "text",
    ["", "Dated: May 5, 2020", "February 30, 2020", "13/45/2020", "2015 WL 9023164", "may 5, 2020",
     "Docket No. 26-2", "CV-90 (12/02)", "the Court may"],
)
def test_parse_date_text_rejects(text: str) -> None:
    assert parse_date_text(text) is None


# (text, [(iso value, role)]) — every full date in order of appearance with its role.
FIND_CASES = [
    # ndcal examples: past events, deadlines, the signature date
    ("On March 30, 2016, Plaintiff Loop AI Labs Inc. filed an administrative motion for leave.",
     [("2016-03-30", "event")]),
    ("Accordingly, by April 22, 2016, IQS shall re-submit the call records submitted at Docket No. 596-1.",
     [("2016-04-22", "deadline")]),
    ("the parties shall submit a joint letter regarding any outstanding disputes on the three topics by no later than January 15, 2016.",
     [("2016-01-15", "deadline")]),
    ("The parties shall use this week's session (i.e., January 8, 2016) to meet and confer",
     [("2016-01-08", "event")]),
    ("IT IS SO ORDERED.\n\nDated: January 6, 2016\n", [("2016-01-06", "signed")]),
    ("she called Plaintiff's counsel fifteen times between March 7, 2016 and March 31, 2016 attempting",
     [("2016-03-07", None), ("2016-03-31", None)]),
    # cacd: hearings
    ("At the July 25, 2016, hearing, and pursuant to stipulation by Experian",
     [("2016-07-25", "hearing")]),
    ("with a hearing on the Order to Show Cause Re Preliminary Injunction set for August 4, 2016 at 10:00 AM.",
     [("2016-08-04", "hearing")]),
    ("On August 4, 2016, Experian and Leon came before the Court for a hearing on the TRO.",
     [("2016-08-04", "hearing")]),
    ("PLEASE TAKE NOTICE that Defendants will move on June\n7, 2019 for partial summary judgment",
     [("2019-06-07", "hearing")]),
    ("PARTIAL SUMMARY JUDGMENT\nDate: June 7, 2019\nTime: 10:00 a.m.\nJudge: Hon. André Birotte Jr.",
     [("2019-06-07", "hearing")]),
    # the same field in capitals (cand.340837.165.0), its time on the next line
    ("CERTIFY CLASS\nDATE: September 14, 2021\nTIME: 2:00 p.m.\nCTRM: 3",
     [("2021-09-14", "hearing")]),
    ("Case No. CV 99-8333-DMG (SKx) Date November 6, 2018", [("2018-11-06", None)]),
    # past events introduced mid-sentence
    ("The Commissioner filed a response to the motion on November 20, 2015 and indicated that it has no opposition.",
     [("2015-11-20", "event")]),
    ("More than 8,000 cases had been filed when the MDL closed to new cases on May 31, 2019.",
     [("2019-05-31", "event")]),
    ("the TRO was set to expire on July 25, 2016 based on", [("2016-07-25", None)]),
    # deadlines
    ("The parties’ Statements are due on or before July 21, 2017.", [("2017-07-21", "deadline")]),
    ("ORDER DIRECTING PARTIES TO SUBMIT STIPULATED PROPOSED REDACTIONS ON OR BEFORE MARCH 22, 2021",
     [("2021-03-22", "deadline")]),
    # citations: included, no role
    ("See, e.g., Finjan, Inc. v. Proofpoint, Inc., No. 13-cv-5808-HSG, 2015 WL 9023164, at *1 (N.D. Cal. Dec. 16, 2015).",
     [("2015-12-16", None)]),
    ("2016 WL 2654228 (E.D. Cal., May 10, 2016) (granting $10,253.96)", [("2016-05-10", None)]),
    # clerk's FILED box and form labels
    ("FILED\nUnited States Court of Appeals\nTenth Circuit\n\nJanuary 11, 2021\n\nChristopher M. Wolpert\nClerk of Court",
     [("2021-01-11", "filed")]),
    ("July 12, 2021\n\nDate\n\nU. S. District Judge James V Selna\n7/12/21\nFiled Date\n",
     [("2021-07-12", "signed"), ("2021-07-12", "filed")]),
    ("DATED: October 26, 2020 Respectfully Submitted,", [("2020-10-26", "signed")]),
    ("SO ORDERED this 5th day of May, 2020.", [("2020-05-05", "signed")]),
    ("Dated this 5th day of May, 2020.", [("2020-05-05", "signed")]),
    ("pending further order of this court.\nDated: September23\n\n, 2020\n\nHONORABLE ERICA P. GROSJEAN", [("2020-09-23", "signed")]),
    ("is GRANTED.\nDATED: ______________________\n\nOctober 29, 2020\n\nHon. Jeremy D. Peterson", [("2020-10-29", "signed")]),
    # exhibit lists and tables
    ("9080 10/7/07 Email from Dr. Lehman\n908 Ciavarella Deposition, 03/01/2011 - Exhibit 12",
     [("2007-10-07", None), ("2011-03-01", None)]),
    # partial dates are reported with precision month, never as a full date
    ("The MDL was transferred to this Court in August 2015 when 22 cases had been filed.", []),
    # signing dates in other courts' formulas
    ("Plaintiff is requested to mail a copy of this Order to the pro se Defendant.\nSO ORDERED.\nDATED:\n\nNew York, New York\n\nApril 19, 2021\n\n______\nSTEWART D. AARON",
     [("2021-04-19", "signed")]),  # S.D.N.Y.
    ("SO ORDERED.\n\nU.S.D.J.\nDated: Brooklyn, New York\n\nApril 4, 2025", [("2025-04-04", "signed")]),  # E.D.N.Y.
    ("SO ORDERED.\nHartford, Connecticut\nJune 23, 2025\n\n/s/Vernon D. Oliver", [("2025-06-23", "signed")]),  # D. Conn.
    ("Leonie M. Brinkema\nUnited States District Judge\nAlexandria, Virginia\nMay 5, 2022", [("2022-05-05", "signed")]),  # E.D. Va.
    ("SO ORDERED, this, the 3rd day of June, 2022.", [("2022-06-03", "signed")]),  # N.D. Miss.
    # a date alone under a title that is not the signature's last line stays without a role
    ("United States District Judge\nAlexandria, Virginia\nMay 5, 2022, the parties met.", [("2022-05-05", None)]),
    ("DONE AND ORDERED in Chambers at Miami, Florida, on February 1, 2022.", [("2022-02-01", "signed")]),  # S.D. Fla.
    ("DONE and ORDERED in Chambers in Tampa, Florida, on this 3rd day of May, 2021.", [("2021-05-03", "signed")]),  # M.D. Fla.
    ("closes this case. Done and Ordered on September 26, 2024.", [("2024-09-26", "signed")]),  # N.D. Ala.
    ("SIGNED at Houston, Texas, on this the 14th day of March, 2025.", [("2025-03-14", "signed")]),  # S.D. Tex.
    ("SO ORDERED on this 15th day of November 2025.", [("2025-11-15", "signed")]),  # N.D. Tex.
    ("SO ORDERED, this 13th day of March, 2025.", [("2025-03-13", "signed")]),  # N.D. Ga.
    ("AMIR H. ALI\n\nUnited States District Judge\nDate: August 4, 2025", [("2025-08-04", "signed")]),  # D.D.C.
    ("IT IS SO ORDERED.\nDate: 8/15/2025\n\nDistribution:", [("2025-08-15", "signed")]),  # S.D. Ind.
    ("Date: March 9, 2020\ns/Renée Marie Bumb\nRENÉE MARIE BUMB", [("2020-03-09", "signed")]),  # D.N.J.
    ("their answering brief would be due September 23, 2020.\n\nAugust 5, 2020\n\nRespectfully Submitted,\n\ns/Amalia Wille",
     [("2020-09-23", "deadline"), ("2020-08-05", "signed")]),  # 9th Cir. motion
    ("oral argument is scheduled. __3/18/2013\n\ns/ Reginald A. Williamson\nDate Signature of counsel",
     [("2013-03-18", "signed")]),  # Fed. Cir. form
    # a date above "Respectfully submitted" that ends a sentence is not a signing date
    ("The motion was filed on March 3, 2020.\nRespectfully submitted,", [("2020-03-03", "event")]),
    # caption fields: the action's filing, the trial, the hearing
    ("Filed: July 1, 2014\nTrial: July 16, 2019\nJudge: Hon. Christina A. Snyder",
     [("2014-07-01", "event"), ("2019-07-16", "hearing")]),  # C.D. Cal.
    ("Action Filed: April 30, 2018\nTrial Date:\n11/01/2021", [("2018-04-30", "event"), ("2021-11-01", "hearing")]),
    ("Complaint Filed: September 11, 2019\nHearing: June 10, 2021", [("2019-09-11", "event"), ("2021-06-10", "hearing")]),
    ("Pretrial Hearing: April 29, 2021", [("2021-04-29", "hearing")]),
    # a bare "Filed:" alone is this paper's filing; the clerk's boxes
    ("www.ca6.uscourts.gov\nFiled: September 20, 2017\n200 Constitution Avenue", [("2017-09-20", "filed")]),
    ("(Filed:February 5, 2010)", [("2010-02-05", "filed")]),
    ("ENTERED\nMarch 18, 2025\nNathan Ochsner, Clerk", [("2025-03-18", "filed")]),  # S.D. Tex.
    # deadlines, hearings and events in other wordings
    ("Plaintiffs shall file an Amended Application to seal no later than Friday, June 7, 2019.",
     [("2019-06-07", "deadline")]),
    ("Numerous attorneys responsible for the answering brief due at the Ninth Circuit on August 24, 2020, have",
     [("2020-08-24", "deadline")]),
    ("conflicting obligations make meeting the current August 24, 2020 briefing deadline difficult",
     [("2020-08-24", "deadline")]),
    ("Hernandez Roman is scheduled for argument on September 15, 2020, and a decision is expected",
     [("2020-09-15", "hearing")]),
    ("for the reasons identified in the Court’s February 12, 2019 Order Denying Defendants’ Applications",
     [("2019-02-12", "event")]),
    ("Plaintiffs attached Exhibit KK to their September 25, 2020 opposition to Gilead’s motion",
     [("2020-09-25", "event")]),
    ("Gilead, however, did not claw back the memo on privilege grounds until December 23, 2020—nearly",
     [("2020-12-23", "event")]),
    ("Hearing held and counsel are present.The Court is in receipt of the Mediation Report filed by the Mediator on June 28, 2019, indicating",
     [("2019-06-28", "event")]),
    ("Effective December 15, 2008, the Court implemented the Electronic Case Files System.",
     [("2008-12-15", "event")]),  # 3d Cir. clerk's letter
    ("On June 1, 2021, the parties shall appear for a status conference.", [("2021-06-01", None)]),
    ("On October 20, 2023, Viatris announced that Malik will be retiring.", [("2023-10-20", "event")]),
    # a call or a conference of a company is not a court's hearing
    ("Defendants' admissions during the May 29, 2024 Bernstein Conference", [("2024-05-29", None)]),
    ("as they had claimed in the October 22, 2019 conference call, the FDA", [("2019-10-22", None)]),
    ("at the parties’ April 27, 2018 scheduling conference, the Court explicitly stated", [("2018-04-27", "hearing")]),
    # E.D. La. and W.D. La. close with the place and "this"
    ("The Complaint is DISMISSED WITH PREJUDICE.\nNew Orleans, Louisiana, this 30th day of September 2025.\nGREG GERARD GUIDRY",
     [("2025-09-30", "signed")]),
    ("Thus done and signed in Shreveport, Louisiana, this 3rd day of March, 2021.", [("2021-03-03", "signed")]),
    # not a place and "this": a party's act on a day
    ("Plaintiff moved on this 3rd day of March, 2021 for relief.", [("2021-03-03", None)]),
    # M.D.N.C. signing line
    ("4. Final judgment will be entered as time permits.\nThis the 12th day of October, 2022.", [("2022-10-12", "signed")]),
    ("Effective January 1, 2022, the amended rules will apply to all pending cases.", [("2022-01-01", None)]),
    # not attributive: a date followed by a party's name, a plain "by the" deadline
    ("the motion he filed in the case by the December 1, 2020 deadline", [("2020-12-01", "deadline")]),
    # a clock time and "on" between the cue and the date (D. Ariz. order to show cause) ...
    ("IT IS ORDERED that if Kevin D. Turnage fails to file the election form by 5:00 p.m. on Friday, October 31, 2025, Kevin D. Turnage shall appear before Judge John J. Tuchi at 10:00 a.m. on Tuesday, November 4, 2025, and show good cause.",
     [("2025-10-31", "deadline"), ("2025-11-04", "hearing")]),
    ("Responses are due no later than 12:00 p.m. (Eastern) on June 3, 2024.", [("2024-06-03", "deadline")]),
    ("Counsel shall appear in Courtroom 4B at 9:30 AM on Monday, March 1, 2021.", [("2021-03-01", "hearing")]),
    # ... but a past time of day is no hearing
    ("At 10:00 a.m. on May 5, 2020, the officer stopped the car.", [("2020-05-05", "event")]),
    ("Mortimer was acquitted, and he was released on August 15, 2000 at 4:57 p.m.", [("2000-08-15", "event")]),  # 9th Cir.
    ("The Superior Court authorized the release of Rodney Berry on February 1, 2001 at 11:30 a.m.", [("2001-02-01", "event")]),
    ("The parties shall appear for trial on June 7, 2019 at 9:00 a.m.", [("2019-06-07", "hearing")]),
    ("On April 25, 2024 at 7:00 a.m. E.T., American issued a press release.", [("2024-04-25", "event")]),
    # a transcript's header and a minutes' schedule keep their sitting (C.D. Cal., N.D. Cal.)
    ("REPORTER'S TRANSCRIPT OF PROCEEDINGS\nTUESDAY, OCTOBER 10, 2017\n8:00 A.M.\nSANTA ANA, CALIFORNIA", [("2017-10-10", "hearing")]),
    ("The Court sets the following:\nPretrial Conference\n\nNovember 29, 2018 at 8:30 a.m.\nBench Trial", [("2018-11-29", "hearing")]),
    # an e-mail's time stamp is no sitting (C.D. Cal. order)
    ("Plaintiffs took the position. Dkt. 627-7 at July 19, 2018 10:56 AM email.", [("2018-07-19", None)]),
    # a clerk's order: the date joined to the title's line, the deputy's e-signature below (D. Ariz.)
    ("DEBRA D. LUCAS\nDistrict Court Executive/Clerk of Court October 20, 2025\n\ns/ M. Pruneau\nBy Deputy Clerk",
     [("2025-10-20", "signed")]),
    ("He wrote to the Clerk of Court October 20, 2025\nand asked for a copy.", [("2025-10-20", None)]),
    # an appellate opinion's header: argument is a sitting, "Filed" alone on its line the filing (3d, 9th Cir.)
    ("District Judge: Honorable Dickinson R. Debevoise Argued December 2, 2009\nBefore: FISHER, HARDIMAN and\nSTAPLETON, Circuit Judges.\n(Filed:February 5, 2010)",
     [("2009-12-02", "hearing"), ("2010-02-05", "filed")]),
    ("Argued and Submitted\nAugust 7, 2009—Pasadena, California\nFiled February 5, 2010\nBefore: Kim McLane Wardlaw",
     [("2009-08-07", "hearing"), ("2010-02-05", "filed")]),
    # ... not a party's argument or a paper someone filed
    ("Plaintiff argued December 2, 2009 was too late, and Defendant filed February 5, 2010 a reply.",
     [("2009-12-02", None), ("2010-02-05", None)]),
    # not dates
    ("Plaintiff’s counsel may 10 times ask. See Docs. 19798-1, -2; ECF No. 26-2 and 26-3; CV-90 (12/02)", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_extract_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(d.value.isoformat(), d.role) for d in extract_dates(CleanText.from_string(text))
             if d.precision == "day"]
    assert found == expected


def test_partial_date_has_month_precision() -> None:
    found = extract_dates(CleanText.from_string("Given the parties’ dispute about their phone contacts in March 2016, the court"))
    assert [(d.value, d.precision, d.role) for d in found] == [(D(2016, 3, 1), "month", None)]


def test_span_points_at_the_date() -> None:
    text = "On April 12, 2016, without seeking leave of court, Plaintiff filed a response to IQS’s April 11, 2016 submission"
    for d in extract_dates(CleanText.from_string(text)):
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.text


def test_footnote_dates_follow_their_marker() -> None:
    body = "On March 1, 2020, the Court ruled.1 On April 1, 2020, Plaintiff appealed."
    note = CleanText("Plaintiff filed a letter on March 15, 2020.", footnote_index=0)
    clean = CleanText(body, footnotes=(FootnoteText("1", note, anchor=(33, 34)),))
    dates = extract_dates(clean)
    assert [d.value.isoformat() for d in dates] == ["2020-03-01", "2020-03-15", "2020-04-01"]
    assert dates[1].span is not None
    assert dates[1].span.footnote == 0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for d in extract_dates(CleanText.from_string(text)):
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.text
    parse_date_text(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["January", "6,", "2016", "Dated:", "\n", "by", "on", "12/31/99", "(",
                                 ")", "May", "the", "5th", "day", "of", "FILED", " ", "2 3", ","])))
def test_never_raises_on_date_like_soup(words: list[str]) -> None:
    text = " ".join(words)
    for d in extract_dates(CleanText.from_string(text)):
        assert d.role in (None, "signed", "filed", "hearing", "deadline", "event")
        assert d.precision != "day" or parse_date_text(d.text) is not None
