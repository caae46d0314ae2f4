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
    # counsel signs: no judge, the "Dated:" date still counts
    ("This motion is made following the conference of counsel.\nDated: February 1, 2019 MAYER BROWN LLP\nBy: /s/ Nancy G. Ross\nNancy G. Ross\nAttorneys for Defendants",
     None, None, D(2019, 2, 1)),
    ("DATED: October 26, 2020 Respectfully Submitted,\nBy /s/ Jodie W. Cheng\nQUINN EMANUEL URQUHART & SULLIVAN, LLP\nAttorneys for Plaintiffs",
     None, None, D(2020, 10, 26)),
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
