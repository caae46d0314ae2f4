"""Signature: the court's signer, title as printed, and the signing date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.dates import extract_dates
from courtparse.extract.signature import extract_signature
from courtparse.text import CleanText

D = dt.date

SIGNATURE_CASES = [
    # (text, judge, title, date)
    ("3. The Court finds that no bond is required.\nIT IS SO ORDERED\n\nDated: August 5, 2016\n\nDAVID O. CARTER\nUnited States District Judge\n",
     "DAVID O. CARTER", "United States District Judge", D(2016, 8, 5)),
    ("IT IS SO ORDERED.\nDated: March 15, 2021\n______________________________________\nBETH LABSON FREEMAN\nUnited States District Judge",
     "BETH LABSON FREEMAN", "United States District Judge", D(2021, 3, 15)),
    ("pending further order of this court.\nDated: September 23, 2020\nHONORABLE ERICA P. GROSJEAN\nU.S. MAGISTRATE JUDGE",
     "ERICA P. GROSJEAN", "U.S. MAGISTRATE JUDGE", D(2020, 9, 23)),
    ("IT IS SO ORDERED.\n\nDated: March 23, 2021 /s/\nUNITED STATES MAGISTRATE JUDGE\n",
     None, "UNITED STATES MAGISTRATE JUDGE", D(2021, 3, 23)),
    ("supervision period.\nJuly 12, 2021\n\nDate\n\nU. S. District Judge James V Selna\nIt is ordered that the Clerk deliver a copy of this Judgment.\n7/12/21\nFiled Date\nClerk, U.S. District Court\nBy\nDeputy Clerk",
     "James V Selna", "U. S. District Judge", D(2021, 7, 12)),
    ("Failure to file a response constitutes acquiescence.\nEntered for the Court\nCHRISTOPHER M. WOLPERT, Clerk",
     "CHRISTOPHER M. WOLPERT", "Clerk", None),
    ("IT IS SO ORDERED.\nDated: April 5, 2021\n/s/ Hannah L. Blumenstiel\nUnited States Bankruptcy Judge",
     "Hannah L. Blumenstiel", "United States Bankruptcy Judge", D(2021, 4, 5)),
    # E.D. Cal. sealing order: date typed under an empty "DATED: ____" line, "Hon." before the name
    ("The United States’ motion to unseal this case is GRANTED.\nDATED: ______________________\n\nOctober 29, 2020\n\nHon. Jeremy D. Peterson\n\nUnited States Magistrate Judge",
     "Jeremy D. Peterson", "United States Magistrate Judge", D(2020, 10, 29)),
    # 9th Cir. clerk order; chief magistrate judge
    ("The appeal is DISMISSED.\n\nFOR THE COURT:\n\nMOLLY C. DWYER\nCLERK OF COURT\n", "MOLLY C. DWYER", "CLERK OF COURT", None),
    ("IT IS SO ORDERED.\nDated: May 5, 2021\n____\nDONNA M. RYU\nChief Magistrate Judge", "DONNA M. RYU", "Chief Magistrate Judge", D(2021, 5, 5)),
    # D.N.J.: the judge's name and "U.S.D.J." on one line under the s/ mark
    ("An appropriate Order follows.\ns/ Noel L. Hillman\nHON. NOEL L. HILLMAN, U.S.D.J.\nDate: March 9, 2020",
     "NOEL L. HILLMAN", "U.S.D.J.", D(2020, 3, 9)),
    # E.D. Pa.: initials printed without a space; D. Minn.: "Chief Judge" after the name;
    # E.D. Va.: the place and the date under the title; N.D. Miss.: "this, the" in the formula
    ("The motion is GRANTED.\n\nBY THE COURT:\n\n/s/ Gene E.K. Pratter\nGENE E.K. PRATTER\nUnited States District Judge",
     "GENE E.K. PRATTER", "United States District Judge", None),
    ("IT IS SO ORDERED.\n\nDated: May 5, 2022 s/Patrick J. Schiltz\nPatrick J. Schiltz, Chief Judge\nUnited States District Court",
     "Patrick J. Schiltz", "Chief Judge", D(2022, 5, 5)),
    ("It is SO ORDERED.\n\n/s/\nLeonie M. Brinkema\nUnited States District Judge\nAlexandria, Virginia\nMay 5, 2022",
     "Leonie M. Brinkema", "United States District Judge", D(2022, 5, 5)),
    ("The motion is GRANTED.\n\nSO ORDERED, this, the 3rd day of June, 2022.\n\n/s/ Glen H. Davidson\nSENIOR U.S. DISTRICT JUDGE",
     "Glen H. Davidson", "SENIOR U.S. DISTRICT JUDGE", D(2022, 6, 3)),
    # text from pdftotext -layout keeps the date's column and the judge's on one line (D. Del. Bankr.)
    ("2. The Debtors are authorized to pay the wages.\n\nDated: February 3, 2023                 JOHN T. DORSEY\n"
     "Wilmington, Delaware                UNITED STATES BANKRUPTCY JUDGE",
     "JOHN T. DORSEY", "UNITED STATES BANKRUPTCY JUDGE", D(2023, 2, 3)),
    # a chief judge named in a sentence does not sign
    ("Chief Judge Schiltz referred the motion to the magistrate judge on May 5, 2022.", None, None, None),
    # E.D.N.Y.: the name is a signature image; the title and the date are printed
    ("Defendants’ motion to dismiss is GRANTED.\nSO ORDERED.\n\nU.S.D.J.\nDated: Brooklyn, New York\n\nApril 4, 2025",
     None, "U.S.D.J.", D(2025, 4, 4)),
    # S.D.N.Y.: "Dated:" over the place over the date
    ("to mail a copy of this Order to the pro se Defendant.\nSO ORDERED.\nDATED:\n\nNew York, New York\n\nApril 19, 2021\n\n"
     "______________________________\nSTEWART D. AARON\n\nUnited States Magistrate Judge",
     "STEWART D. AARON", "United States Magistrate Judge", D(2021, 4, 19)),
    # S.D. Fla.: DONE AND ORDERED in Chambers; the distribution list joined to the title's line
    ("2. Defendants shall answer by no later than February 14, 2022.\nDONE AND ORDERED in Chambers at Miami, Florida, on February 1, 2022.\n\n"
     "_________________________________\nBETH BLOOM\n\nUNITED STATES DISTRICT JUDGE Copies to:\nCounsel of Record",
     "BETH BLOOM", "UNITED STATES DISTRICT JUDGE", D(2022, 2, 1)),
    # N.D. Ga.: a suffix after a comma
    ("SO ORDERED, this 13th day of March, 2025.\n\n__________________________ ___\nTHOMAS W. THRASH, JR.\nUnited States District Judge",
     "THOMAS W. THRASH, JR.", "United States District Judge", D(2025, 3, 13)),
    # N.D. Ohio and N.D. Ill.: the district or the date joined to the title's line
    ("SO ORDERED.\n\nDated: February 18, 2025\n\nJ. Philip Calabrese\nUnited States District Judge Northern District of Ohio",
     "J. Philip Calabrese", "United States District Judge", D(2025, 2, 18)),
    ("ENTER ORDER:\n\n____________________________\nElaine E. Bucklo\n\nUnited States District Judge Dated: March 26, 2010",
     "Elaine E. Bucklo", "United States District Judge", D(2010, 3, 26)),
    # D.D.C.: "Date:" under the title; D. Conn.: the place over the date
    ("The defendants’ motion to take judicial notice is granted.\n\nAMIR H. ALI\n\nUnited States District Judge\nDate: August 4, 2025",
     "AMIR H. ALI", "United States District Judge", D(2025, 8, 4)),
    ("SO ORDERED.\nHartford, Connecticut\nJune 23, 2025\n\n/s/Vernon D. Oliver\n\nVERNON D. OLIVER\n\nUnited States District Judge",
     "VERNON D. OLIVER", "United States District Judge", D(2025, 6, 23)),
    # M.D.N.C.: "This the ... day of", the name a signature image
    ("4. Final judgment will be entered as time permits.\nThis the 12th day of October, 2022.\n\n__________________________________\nUNITED STATES DISTRICT JUDGE",
     None, "UNITED STATES DISTRICT JUDGE", D(2022, 10, 12)),
    # Bankruptcy: "Signed:" above the judge
    ("The objection to claim is SUSTAINED.\nSigned: March 3, 2021\n\nMichael B. Kaplan\nUnited States Bankruptcy Judge",
     "Michael B. Kaplan", "United States Bankruptcy Judge", D(2021, 3, 3)),
    # clerk-signed orders: the clerk, or the deputy who signs with s/ and the title printed
    ("The motion to extend time is GRANTED.\n\nBy the Court: /s/ Patricia S. Dodszuweit, Clerk\n\nDated: May 4, 2021",
     "Patricia S. Dodszuweit", "Clerk", D(2021, 5, 4)),
    ("If you have questions, please contact the Clerk's Office for assistance.\n\nSincerely yours,\n\ns/Karen S. Fultz\n\nCase Manager\nDirect Dial No. 513-564-7036",
     "Karen S. Fultz", "Case Manager", None),
    ("Please review the caption carefully.\n\nVery truly yours,\n\nMarcia M. Waldron,\nClerk\n\nBy: s/Caitlyn Smith\nCase Manager\n267-299-4956",
     "Marcia M. Waldron", "Clerk", None),
    ("/s/ Jane Roe, Deputy Clerk", "Jane Roe", "Deputy Clerk", None),
    # counsel signs: a date over "Respectfully Submitted" and an s/ mark
    ("such that their answering brief would be due September 23, 2020.\n\nAugust 5, 2020\n\nRespectfully Submitted,\n\ns/Amalia Wille\nAttorneys for Appellees",
     None, None, D(2020, 8, 5)),
    # counsel signs: no judge, the "Dated:" date still counts
    ("This motion is made following the conference of counsel.\nDated: February 1, 2019 MAYER BROWN LLP\nBy: /s/ Nancy G. Ross\nNancy G. Ross\nAttorneys for Defendants",
     None, None, D(2019, 2, 1)),
    ("DATED: October 26, 2020 Respectfully Submitted,\nBy /s/ Jodie W. Cheng\nQUINN EMANUEL URQUHART & SULLIVAN, LLP\nAttorneys for Plaintiffs",
     None, None, D(2020, 10, 26)),
    # the title before the name, the court below it or an e-signature above it (D. Minn.)
    ("LET JUDGMENT BE ENTERED ACCORDINGLY.\nDated: November 15, 2024\n\n/s/ Jeffrey M. Bryan\n\nJudge Jeffrey M. Bryan\n\nUnited States District Court",
     "Jeffrey M. Bryan", "Judge", D(2024, 11, 15)),
    ("SO ORDERED.\nDated: May 2, 2023\n\nMagistrate Judge Tony N. Leung\nUnited States District Court\nDistrict of Minnesota",
     "Tony N. Leung", "Magistrate Judge", D(2023, 5, 2)),
    # the clerk's other office before the title, the date joined to its line (D. Ariz. clerk's order, C.D. Cal.)
    ("the case would be randomly reassigned to a district judge.\nDEBRA D. LUCAS\nDistrict Court Executive/Clerk of Court October 20, 2025\n\ns/ M. Pruneau\nBy Deputy Clerk",
     "DEBRA D. LUCAS", "District Court Executive/Clerk of Court", D(2025, 10, 20)),
    ("Notice is given of the entry of this order.\nKIRY K. GRAY\nDISTRICT COURT EXECUTIVE AND CLERK OF COURT",
     "KIRY K. GRAY", "DISTRICT COURT EXECUTIVE AND CLERK OF COURT", None),
    # ... but not a clerk's line that goes on with other words
    ("Notice is given of the entry of this order.\nJANE ROE\nClerk of Court Phoenix Division", None, None, None),
    # ... not a caption's judge line beside the parties (N.D. Ohio), nor a sentence
    ("MOSAIC FINANCIAL LTD., et al.,\nCase No. 1:23-cv-2064\nPlaintiffs,\nJudge J. Philip Calabrese\nv.\nMUTUAL SHAREHOLDER SERVICES, LLC, et al.,",
     None, None, None),
    ("The case was assigned to\nJudge John J. Tuchi of the Phoenix Division.", None, None, None),
    # a judge named in the minutes' header or in a sentence is not a signature
    ("CIVIL MINUTES - TRIAL\nPresent: The Honorable\n\nPhilip S. Gutierrez , U.S. District Judge\nWendy K. Hernandez\nDeputy Clerk",
     None, None, None),
    ("The case was referred to United States Magistrate Judge Donna M. Ryu for discovery.",
     None, None, None),
    ("By the Court:\nNo. 17-2400\nThe parties’ Statements are due on or before July 21, 2017.", None, None, None),
]


@pytest.mark.parametrize(("text", "judge", "title", "date"), SIGNATURE_CASES)
def test_signature(text: str, judge: str | None, title: str | None, date: dt.date | None) -> None:
    clean = CleanText.from_string(text)
    sig = extract_signature(clean, extract_dates(clean))
    assert sig is not None
    assert (sig.judge, sig.title, sig.date) == (judge, title, date)


_BODY = "The form must be completed and returned within 14 days of the date of this notice. " * 20


@pytest.mark.parametrize(
    "head",
    [
        # 2d Cir. docketing notice: the clerk in the letterhead, nobody signs
        "United States Court of Appeals for the Second Circuit\nROBERT A. KATZMANN\nCHIEF JUDGE\n"
        "Date: October 31, 2017\nDocket #: 17-3510\nCATHERINE O'HAGAN WOLFE\nCLERK OF COURT\nDOCKETING NOTICE\n",
        # 6th Cir. letter: the clerk's name in the letterhead
        "UNITED STATES COURT OF APPEALS\nDeborah S. Hunt\nClerk\nFOR THE SIXTH CIRCUIT\nFiled: September 20, 2017\n",
        # a transcript's header names the presiding judge
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nHONORABLE VIRGINIA A. PHILLIPS, U.S. DISTRICT JUDGE\n"
        "REPORTER'S TRANSCRIPT OF PROCEEDINGS\n",
    ],
)
def test_letterhead_is_not_a_signature(head: str) -> None:
    clean = CleanText.from_string(head + _BODY)
    sig = extract_signature(clean, extract_dates(clean))
    assert sig is not None
    assert (sig.judge, sig.title) == (None, None)


def test_form_label_deputy_clerk_is_not_a_signer() -> None:
    text = "It is ordered that the Clerk deliver a copy of this Judgment.\n7/12/21\nFiled Date\nBy\nDeputy Clerk"
    clean = CleanText.from_string(text)
    sig = extract_signature(clean, extract_dates(clean))
    assert sig is not None
    assert sig.judge is None


def test_last_block_wins_over_filed_box() -> None:
    text = ("FILED\nUnited States Court of Appeals\nTenth Circuit\nJanuary 11, 2021\nChristopher M. Wolpert\n"
            "Clerk of Court\nORDER\nThe Plan is Addendum III.\nEntered for the Court\nCHRISTOPHER M. WOLPERT, Clerk")
    clean = CleanText.from_string(text)
    sig = extract_signature(clean, extract_dates(clean))
    assert sig is not None
    assert (sig.judge, sig.title) == ("CHRISTOPHER M. WOLPERT", "Clerk")
    assert sig.span is not None
    assert "CHRISTOPHER M. WOLPERT, Clerk" in text[sig.span.start : sig.span.end]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    clean = CleanText.from_string(text)
    assert extract_signature(clean, extract_dates(clean)) is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Dated: May 5, 2020", "\n", "JANE DOE", "United States District Judge",
                                 ", Clerk", "Clerk of Court", "/s/", "Date", "HONORABLE", "______", " "])))
def test_never_raises_on_signature_soup(words: list[str]) -> None:
    text = " ".join(words)
    clean = CleanText.from_string(text)
    sig = extract_signature(clean, extract_dates(clean))
    assert sig is not None
    if sig.span is not None:
        assert 0 <= sig.span.start <= sig.span.end <= len(text)
