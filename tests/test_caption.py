"""Caption: parties with roles, et al., title; on captions as the layout stage reads them
(left column, then right column) and on flat text with the columns interleaved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.caption import extract_caption
from courtparse.text import CleanText

P = tuple[str, str | None, bool]
NO_TITLE = ""
"""Expected title: the caption must report none (``None`` in a table leaves it unchecked)."""

CASES: list[tuple[str, str, list[P], str | None]] = [
    (
        "examples: N.D. Cal. order, markdown title",
        "\n\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nLOOP AI LABS INC,\nPlaintiff,\n\nv.\n\n"
        "ANNA GATTI, et al.,\nDefendants.\n\nCase No. [15-cv-00798-HSG](#) (DMR)\n\n**ORDER DENYING ADMINISTRATIVE\n"
        "MOTION FOR LEAVE TO FILE\nMOTIONS TO COMPEL**\n\nRe: Dkt. No. 337\n\n"
        "The court has received Defendant Almaxwave USA, Inc.'s (\"Almaxwave\") administrative motion for leave to file motions.",
        [("LOOP AI LABS INC", "plaintiff", False), ("ANNA GATTI", "defendant", True)],
        "ORDER DENYING ADMINISTRATIVE MOTION FOR LEAVE TO FILE MOTIONS TO COMPEL",
    ),
    (
        "N.D. Cal. criminal, Re: under the title, a stamp line above",
        "Case 5:18-cr-00258-EJD Document 547 Filed 10/02/20 Page 1 of 3\nUNITED STATES DISTRICT COURT\n"
        "NORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\n"
        "ELIZABETH A. HOLMES,\nDefendant.\nCase No. 18-cr-00258-EJD-1\nORDER RE MOTION FOR ENTRY OF\n"
        "PROPOSED SCHEDULE\nRe: Dkt. No. 527.\nREDACTED, PUBLIC VERSION\n"
        "On July 8, 2020, this Court granted the Government’s Motion for an Examination under Federal Rule of Criminal Procedure 12.2(c).",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("ELIZABETH A. HOLMES", "defendant", False)],
        "ORDER RE MOTION FOR ENTRY OF PROPOSED SCHEDULE",
    ),
    (
        "N.D. Cal. motion: several parties per side separated by semicolons",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION\n"
        "PROOFPOINT, INC.; CLOUDMARK LLC\nPlaintiffs,\nv.\nVADE SECURE, INCORPORATED; VADE\n"
        "SECURE SASU; OLIVIER LEMARIÉ\nDefendants.\nCASE NO. 3:19-cv-04238-MMC (RMI)\n"
        "PLAINTIFFS’ ADMINISTRATIVE\nMOTION TO FILE UNDER SEAL\nHearing\nDate: N/A (General Order 72-6)\n"
        "Judge: Hon. Robert M. Illman\n",
        [("PROOFPOINT, INC.", "plaintiff", False), ("CLOUDMARK LLC", "plaintiff", False),
         ("VADE SECURE, INCORPORATED", "defendant", False), ("VADE SECURE SASU", "defendant", False),
         ("OLIVIER LEMARIÉ", "defendant", False)],
        "PLAINTIFFS’ ADMINISTRATIVE MOTION TO FILE UNDER SEAL",
    ),
    (
        "N.D. Cal. bankruptcy: In re debtor, then an adversary proceeding",
        "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION\nIn re:\n"
        "ANTHONY SCOTT LEVANDOWSKI,\nDebtor.\nANTHONY SCOTT LEVANDOWSKI, an\nindividual,\nPlaintiff,\nv.\n"
        "UBER TECHNOLOGIES, INC.\nDefendant.\nCase No. 20-30242 (HLB)\nChapter 11\nAdv. Pro. No. 20-03050 (HLB)\n"
        "NOTICE OF FILING PARTIALLY\nREDACTED SHAW REPORT PURSUANT\nTO AMENDED ORDER ON UBER’S\n"
        "ADMINISTRATIVE MOTION TO FILE\nPARTIALLY REDACTED MOTION TO\nSTRIKE AND EXHIBIT A UNDER SEAL\n",
        [("ANTHONY SCOTT LEVANDOWSKI", "debtor", False), ("ANTHONY SCOTT LEVANDOWSKI", "plaintiff", False),
         ("UBER TECHNOLOGIES, INC.", "defendant", False)],
        "NOTICE OF FILING PARTIALLY REDACTED SHAW REPORT PURSUANT TO AMENDED ORDER ON UBER’S "
        "ADMINISTRATIVE MOTION TO FILE PARTIALLY REDACTED MOTION TO STRIKE AND EXHIBIT A UNDER SEAL",
    ),
    (
        "In re on one line",
        "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\nIn re ANTHONY SCOTT LEVANDOWSKI,\nDebtor.\n",
        [("ANTHONY SCOTT LEVANDOWSKI", "debtor", False)],
        None,
    ),
    (
        "7th Cir. order: ] separators, two appellants joined by 'v.'",
        "United States Court of Appeals\nFor the Seventh Circuit\nChicago, Illinois 60604\nJuly 13, 2017\nBy the Court:\nNo. 17-2400\n"
        "IN RE: ] Appeal from the United\nFEDEX GROUND PACKAGE SYSTEM, ] States District Court for\n"
        "INC. EMPLOYMENT PRACTICES ] the Northern District\nLITIGATION ] of Indiana, South Bend\n] Division.\n"
        "MICHAEL TOFAUTE, et al., ]\nPlaintiffs-Appellants, ] No. 3:05-cv-00595-RLM-MGG\n]\nv. ] Robert L. Miller, Jr., Judge.\n]\n"
        "FEDEX GROUND PACKAGE SYSTEM, ]\nINC., ]\nDefendant-Appellant. ]\nO R D E R\n"
        "The court, on its own initiative, ORDERS the parties to this appeal to file a Statement.",
        [("MICHAEL TOFAUTE", "appellant", True), ("FEDEX GROUND PACKAGE SYSTEM, INC.", "appellant", False)],
        "ORDER",
    ),
    (
        "7th Cir. order without In re: the date and 'By the Court:' are not the first name",
        "United States Court of Appeals\n\nFor the Seventh Circuit\n\nChicago, Illinois 60604\nJuly 13, 2017\nBy the Court:\n"
        "No. 17-2400\nMARIA ALVAREZ,\nPlaintiff-Appellant,\nv.\nHARBOR FREIGHT LINES, INC.,\nDefendant-Appellee.\n"
        "Appeal from the United States District\nCourt for the Northern District of\nIllinois, Eastern Division.\n"
        "No. 1:16-cv-05512\nJohn Z. Lee, Judge.\nORDER\n\n"
        "On consideration of the appellee's motion to dismiss this appeal for lack of jurisdiction, IT IS ORDERED that the motion is GRANTED.",
        [("MARIA ALVAREZ", "appellant", False), ("HARBOR FREIGHT LINES, INC.", "appellee", False)],
        "ORDER",
    ),
    (
        "7th Cir. panel order: 'Before' and the judges above the case number",
        "United States Court of Appeals\nFor the Seventh Circuit\nChicago, Illinois 60604\nSubmitted March 2, 2021\n"
        "Decided March 4, 2021\nBefore\nDIANE S. SYKES, Chief Judge\nMICHAEL B. BRENNAN, Circuit Judge\nNo. 20-2875\n"
        "JOHN DOE,\nPetitioner-Appellant,\nv.\nWARDEN SMITH,\nRespondent-Appellee.\nORDER\n",
        [("JOHN DOE", "appellant", False), ("WARDEN SMITH", "appellee", False)],
        "ORDER",
    ),
    (
        "N.D. Cal. short brief: the body's MEMORANDUM heading under the caption is not the title",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nLOOP AI LABS INC,\nPlaintiff,\nv.\n"
        "ANNA GATTI, et al.,\nDefendants.\nCase No. 3:15-cv-00798-HSG\nDEFENDANT ANNA GATTI'S OPPOSITION\n"
        "TO PLAINTIFF'S MOTION TO COMPEL\nMEMORANDUM OF POINTS AND AUTHORITIES\n\n"
        "Plaintiff's motion to compel should be denied because the requests seek documents that are not relevant.",
        [("LOOP AI LABS INC", "plaintiff", False), ("ANNA GATTI", "defendant", True)],
        "DEFENDANT ANNA GATTI'S OPPOSITION TO PLAINTIFF'S MOTION TO COMPEL",
    ),
    (
        "N.D. Cal. brief: a numbered body heading ends the title too",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nJANE ROE,\nPlaintiff,\nv.\nACME WIDGETS, INC.,\n"
        "Defendant.\nCase No. 3:21-cv-01234-JST\nPLAINTIFF'S REPLY IN SUPPORT OF\nMOTION TO REMAND\nI. INTRODUCTION\n",
        [("JANE ROE", "plaintiff", False), ("ACME WIDGETS, INC.", "defendant", False)],
        "PLAINTIFF'S REPLY IN SUPPORT OF MOTION TO REMAND",
    ),
    (
        "N.D. Cal. motion: a title that runs on into its memorandum keeps it (cand.340837.165.0)",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nJANE ROE,\nPlaintiff,\nv.\nACME WIDGETS, INC.,\n"
        "Defendant.\nCase No. 3:21-cv-01234-JST\nLEAD PLAINTIFF’S NOTICE OF MOTION\nAND MOTION TO CERTIFY CLASS;\n"
        "MEMORANDUM OF POINTS AND AUTHORITIES\nIN SUPPORT THEREOF\nDATE: September 14, 2021\n",
        [("JANE ROE", "plaintiff", False), ("ACME WIDGETS, INC.", "defendant", False)],
        "LEAD PLAINTIFF’S NOTICE OF MOTION AND MOTION TO CERTIFY CLASS; MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT THEREOF",
    ),
    (
        "N.D. Cal. order: a title wrapped before its date keeps the date (cand.315257.414.0)",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nJANE ROE,\nPlaintiff,\nv.\nACME WIDGETS, INC.,\n"
        "Defendant.\nCase No. 5:17-cv-00220-BLF\nORDER DIRECTING PARTIES TO SUBMIT\nSTIPULATED PROPOSED REDACTIONS ON OR BEFORE\n"
        "MARCH 22, 2021\n\nThe Court has reviewed the parties’ submissions and now directs them as follows.",
        [("JANE ROE", "plaintiff", False), ("ACME WIDGETS, INC.", "defendant", False)],
        "ORDER DIRECTING PARTIES TO SUBMIT STIPULATED PROPOSED REDACTIONS ON OR BEFORE MARCH 22, 2021",
    ),
    (
        "E.D. Cal. complaint: ')' separators as stray lines, d/b/a kept, corporation descriptor cut",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nINDEPENDENT PHYSICIANS\n)\n"
        "ASSOCIATES MEDICAL GROUP,\n)\nINC, d/b/a ALLCARE IPA, A California\ncorporation,\n)\nPlaintiff,\n)\nvs.\n)\n"
        "IRONSHORE SPECIALTY\nINSURANCE COMPANY, An Arizona\ncorporation,\n)\nDefendant.\n)\nCase No.:\n"
        "COMPLAINT FOR:\n(1) DECLARATORY RELIEF ON\nDEFENDANT’S DUTY TO\nDEFEND\n(2) BREACH OF CONTRACT\n"
        "JURY TRIAL DEMANDED\n",
        [("INDEPENDENT PHYSICIANS ASSOCIATES MEDICAL GROUP, INC, d/b/a ALLCARE IPA", "plaintiff", False),
         ("IRONSHORE SPECIALTY INSURANCE COMPANY", "defendant", False)],
        "COMPLAINT FOR: (1) DECLARATORY RELIEF ON DEFENDANT’S DUTY TO DEFEND (2) BREACH OF CONTRACT",
    ),
    (
        "E.D. Cal. order, pleading line numbers kept, UNDER SEAL label",
        "8\nIN THE UNITED STATES DISTRICT COURT\n9\nEASTERN DISTRICT OF CALIFORNIA\n10\n11 UNITED STATES OF AMERICA,\n"
        "12 Plaintiff,\n13 v.\n14 Jesus Alberto GONZÁLEZ-BURGOS,\n15 Defendant.\nCASE NO. 1:20-MJ-00104 EPG\nUNDER SEAL\n"
        "ORDER PERMITTING REDACTED COMPLAINT\nTO BE DISSEMINATED TO DEFENDANT AND\nCOUNSEL\n16\n"
        "17 The United States having applied to this Court for a complaint and arrest warrant in the above-",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("Jesus Alberto GONZÁLEZ-BURGOS", "defendant", False)],
        "ORDER PERMITTING REDACTED COMPLAINT TO BE DISSEMINATED TO DEFENDANT AND COUNSEL",
    ),
    (
        "class action: 'individually and on behalf of all others similarly situated' is not the name",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nJANE DOE, individually and on behalf\nof all others similarly situated,\n"
        "Plaintiff,\nv.\nACME CORP., a Delaware corporation; and\nDOES 1 through 10, inclusive,\nDefendants.\n",
        [("JANE DOE", "plaintiff", False), ("ACME CORP.", "defendant", False)],
        None,
    ),
    (
        "petitioners and respondents, et al. on both sides",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nCHINA FORTUNE LAND\nDEVELOPMENT, et al.,\nPetitioners,\nv.\n"
        "1955 CAPITAL FUND I GP LLC, et al.,\nRespondents.\nCase No. 19-cv-07043-VC\nORDER GRANTING IN PART AND\n"
        "DENYING IN PART MOTION FOR\nATTORNEYS’ FEES, PREJUDGMENT\nINTEREST, AND POST-JUDGMENT\nINTEREST\nRe: Dkt. No. 112\n",
        [("CHINA FORTUNE LAND DEVELOPMENT", "petitioner", True), ("1955 CAPITAL FUND I GP LLC", "respondent", True)],
        "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR ATTORNEYS’ FEES, PREJUDGMENT INTEREST, AND POST-JUDGMENT INTEREST",
    ),
    (
        "flat text: right column on the party and role lines",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION\nFINJAN, INC., Case No. 17-cv-00072-BLF\n"
        "Plaintiff,\nORDER ON MOTIONS IN LIMINE\nv.\n[Re: ECF 527; 528; 539; 531; 534; 535;\nCISCO SYSTEMS INC.,\n536; 537]\nDefendant.\n"
        "Plaintiff Finjan, Inc. (“Finjan”) brings this patent infringement lawsuit against Defendant Cisco Systems, Inc.",
        [("FINJAN, INC.", "plaintiff", False), ("CISCO SYSTEMS INC.", "defendant", False)],
        "ORDER ON MOTIONS IN LIMINE",
    ),
    (
        "C.D. Cal. civil minutes: parties from the Title line",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\n"
        "Case No.: CV 16-06794 AB (JCx) Date: February 12, 2019\n"
        "Title: Clifton W. Marshall, et al. v. Northrop Grumman Corporation, et al.\n"
        "Present: The Honorable ANDRÉ BIROTTE JR., United States District Judge\n",
        [("Clifton W. Marshall", "plaintiff", True), ("Northrop Grumman Corporation", "defendant", True)],
        None,
    ),
    (
        "C.D. Cal. criminal judgment form (CR-104)",
        "United States District Court\nCentral District of California\nUNITED STATES OF AMERICA vs. Docket No. SACR 16-76JVS\n"
        "Defendant 7. James R Milheiser Social Security No. 0 9 8 2\nt/n James Richard Milheiser;\n",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("James R Milheiser", "defendant", False)],
        None,
    ),
    (
        "split compound role: Plaintiff and Counter- / Defendant",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nWAVE COMPUTING, INC.,\nPlaintiff and Counter-\nDefendant,\nv.\n"
        "JOHN ROE,\nDefendant and Counterclaimant.\n",
        [("WAVE COMPUTING, INC.", "plaintiff", False), ("JOHN ROE", "defendant", False)],
        None,
    ),
    (
        "10th Cir. order: no parties, title between rules",
        "UNITED STATES COURT OF APPEALS\nJanuary 11, 2021\nFOR THE TENTH CIRCUIT\n_________________________________\n"
        "Christopher M. Wolpert\nClerk of Court\nIn re: RICHARD P. LIEBOWITZ No. 21-800\n_________________________________\nORDER\n"
        "_________________________________\nThis court has been advised by order of the United States District Court for the\n",
        [],
        "ORDER",
    ),
    (
        "1st Cir. opinion: \"Plaintiff, Appellant,\", official capacity",
        "United States Court of Appeals\n\nFor the First Circuit\n\nNo. 20-1507\n\nCALVARY CHAPEL OF BANGOR,\n\nPlaintiff, Appellant,\n\nv.\n\n"
        "JANET T. MILLS, in her official capacity as Governor of the\nState of Maine,\n\nDefendant, Appellee.\n\nAPPEAL FROM THE UNITED STATES DISTRICT COURT\n",
        [("CALVARY CHAPEL OF BANGOR", "appellant", False), ("JANET T. MILLS", "appellee", False)],
        NO_TITLE,  # the lower court's line is not a title
    ),
    (
        "5th Cir. opinion: em-dash roles, parties split at ;",
        "United States Court of Appeals\nfor the Fifth Circuit\nNo. 21-50498\nVanessa St. Pierre,\nPlaintiff—Appellant,\nversus\n"
        "Standard Insurance Company; Dearborn National Life Insurance Company,\n\nDefendants—Appellees.\n\n",
        [("Vanessa St. Pierre", "appellant", False), ("Standard Insurance Company", "appellee", False),
         ("Dearborn National Life Insurance Company", "appellee", False)],
        None,
    ),
]

# The clerk's FILED box printed beside the caption, as the layout stage reads it into the left
# column. None of its lines is ever part of a party's name; a real name that merely contains
# "Clerk" or starts with "Filed" is kept.
BOX_CASES: list[tuple[str, str, list[P], str | None]] = [
    (
        "5th Cir. opinion: box between the name and its role (pool ca5_00516242060)",
        "United States Court of Appeals\nfor the Fifth Circuit\nNo. 21-50498\nVanessa St. Pierre,\n"
        "United States Court of Appeals\nFifth Circuit\nFILED\nMarch 16, 2022\nLyle W. Cayce\nClerk\n"
        "Plaintiff—Appellant,\nversus\nStandard Insurance Company; Dearborn National Life Insurance Company,\n\n"
        "Defendants—Appellees.\n\nAppeal from the United States District Court\n",
        [("Vanessa St. Pierre", "appellant", False), ("Standard Insurance Company", "appellee", False),
         ("Dearborn National Life Insurance Company", "appellee", False)],
        None,
    ),
    (
        "10th Cir. order: box tail without its FILED line (labeled ca10_010110462922), date and clerk",
        "UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n_________________________________\nJOHN DOE,\n"
        "Tenth Circuit\nJanuary 11, 2021\nChristopher M. Wolpert\nClerk of Court\nPlaintiff - Appellant,\n"
        "v.\nNo. 20-1234\nACME WIDGETS, INC.,\nDefendant - Appellee.\n_________________________________\n"
        "ORDER AND JUDGMENT*\n_________________________________\n",
        [("JOHN DOE", "appellant", False), ("ACME WIDGETS, INC.", "appellee", False)],
        "ORDER AND JUDGMENT*",
    ),
    (
        "9th Cir. memorandum: 'MOLLY C. DWYER, CLERK' / 'U.S. COURT OF APPEALS' between name and role",
        "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\nUNITED STATES OF AMERICA,\nFILED\nSEP 11 2025\n"
        "MOLLY C. DWYER, CLERK\nU.S. COURT OF APPEALS\nPlaintiff - Appellee,\nv.\nJOHN ROE,\n"
        "Defendant - Appellant.\nNo. 23-469\nMEMORANDUM*\n",
        [("UNITED STATES OF AMERICA", "appellee", False), ("JOHN ROE", "appellant", False)],
        "MEMORANDUM*",
    ),
    (
        "C.D. Cal. clerk's box above the caption: it ends the name, it is not the title",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nFILED\nCLERK, U.S. DISTRICT COURT\n"
        "AUG 18 2020\n\nCENTRAL DISTRICT OF CALIFORNIA\nBY: _______RS\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\n"
        "JOHN ROE,\nDefendant.\nCase No. 2:20-cr-00312-GW\nORDER OF DETENTION\n",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("JOHN ROE", "defendant", False)],
        "ORDER OF DETENTION",
    ),
    (
        "E.D. Cal. box with the date above the clerk line, read between name and role",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nUNITED STATES OF AMERICA,\nFILED\n"
        "Oct 29, 2020\nCLERK, U.S. DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nPlaintiff,\nv.\n"
        "LUKE BURROUGHS,\nDefendant.\n",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("LUKE BURROUGHS", "defendant", False)],
        None,
    ),
    (
        "4th Cir. / N.C. 'FILED: <date>' on one line above the name ends it (pool broken-mime)",
        "No. 363A14-4\n\nFiled 11 February 2022\nGIFT SURPLUS, LLC, and SANDHILL AMUSEMENTS, INC.,\n"
        "Plaintiffs,\nv.\nSTATE OF NORTH CAROLINA,\nDefendant.\n",
        [("GIFT SURPLUS, LLC", "plaintiff", False), ("SANDHILL AMUSEMENTS, INC.", "plaintiff", False),
         ("STATE OF NORTH CAROLINA", "defendant", False)],
        None,
    ),
    (
        "guard: a company with 'Clerk' in its name and a person named Filedman are names",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nCLERK'S OFFICE SOLUTIONS, LLC,\nPlaintiff,\nv.\n"
        "FILEDMAN HOLDINGS, INC.; FILED SMITH,\nDefendants.\n",
        [("CLERK'S OFFICE SOLUTIONS, LLC", "plaintiff", False), ("FILEDMAN HOLDINGS, INC.", "defendant", False),
         ("FILED SMITH", "defendant", False)],
        None,
    ),
    (
        "guard: a county clerk sued by name, with no FILED box and no date, keeps the name",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF KENTUCKY\nAPRIL MILLER,\nPlaintiff,\nv.\n"
        "KIM DAVIS,\nRowan County Clerk\nDefendant.\n",
        [("APRIL MILLER", "plaintiff", False), ("KIM DAVIS, Rowan County Clerk", "defendant", False)],
        None,
    ),
    (
        "guard: a county clerk's bare 'Clerk' line next to the name, no date, keeps the name",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF KENTUCKY\nAPRIL MILLER,\nPlaintiff,\nv.\n"
        "KIM DAVIS, Clerk\nDefendant.\n",
        [("APRIL MILLER", "plaintiff", False), ("KIM DAVIS, Clerk", "defendant", False)],
        None,
    ),
]


@pytest.mark.parametrize(
    ("label", "text", "parties", "title"), CASES + BOX_CASES, ids=[c[0] for c in CASES + BOX_CASES]
)
def test_caption(label: str, text: str, parties: list[P], title: str | None) -> None:
    caption = extract_caption(CleanText.from_string(text))
    got = [(p.name, p.role, p.et_al) for p in caption.parties]
    assert got == parties
    if title == NO_TITLE:
        assert caption.title is None
    elif title is not None:
        assert caption.title == title
        assert caption.title_span is not None


def test_party_spans_point_at_the_name() -> None:
    text = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nLOOP AI LABS INC,\nPlaintiff,\nv.\nANNA GATTI, et al.,\nDefendants.\n"
    caption = extract_caption(CleanText.from_string(text))
    for party in caption.parties:
        assert party.span is not None
        assert party.name in text[party.span.start : party.span.end]


def test_examples_files(examples_dir: Path) -> None:
    base = examples_dir
    for expected in sorted(base.glob("*.expected.json")):
        label = json.loads(expected.read_text())["caption"]
        text = expected.with_name(expected.name.replace(".expected.json", ".txt")).read_text()
        caption = extract_caption(CleanText.from_string(text))
        assert [{"name": p.name, "role": p.role, "et_al": p.et_al} for p in caption.parties] == label["parties"]
        assert caption.title == label["title"]


def test_clerk_box_not_in_first_party(shared_dir: Path) -> None:
    """The 5th Cir. prints its FILED box beside the first party's name (pool ca5_00516242060)."""
    import courtparse

    doc = courtparse.parse(shared_dir / "corpus" / "pool" / "ca5_00516242060.pdf", ocr=False)
    names = [p.name for p in doc.caption.parties]
    assert names[0] == "Vanessa St. Pierre"
    assert not any(w in n for n in names for w in ("FILED", "Clerk", "Cayce", "2022"))
    assert doc.caption.title is None  # a per curiam opinion prints no title


@pytest.mark.parametrize(
    "line",
    ["USDC No. 3:20-CV-257", "USDC No. 4:19-CV-00123-O", "BIA No. A205-123-456", "Agency No. 21-1234"],
)
def test_lower_court_number_is_not_a_title(line: str) -> None:
    """An appeal names the case below under the caption (5th Cir. "Appeal from the United
    States District Court / for the Western District of Texas / USDC No. 3:20-CV-257"):
    a number line, not the title."""
    text = (
        "United States Court of Appeals\nfor the Fifth Circuit\nNo. 21-50498\nVanessa St. Pierre,\n"
        "Plaintiff—Appellant,\nversus\nStandard Insurance Company,\nDefendant—Appellee.\n\n"
        f"Appeal from the United States District Court\nfor the Western District of Texas\n{line}\n\n"
        "Before Barksdale, Stewart, and Dennis, Circuit Judges.\nPer Curiam:*\n\n"
        "This case arises from a dispute involving a life insurance policy.\n"
    )
    assert extract_caption(CleanText.from_string(text)).title is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    extract_caption(CleanText.from_string(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA", "Plaintiff,", "Defendants.",
     "v.", "In re:", ")", "]", "et al.,", "ACME, INC.;", "Case No. 1:20-cv-1", "ORDER", "", "12",
     "Plaintiff and Counter-", "Title: A v. B", "**", "Re: Dkt. No. 3", "and", "FILED", "March 16, 2022",
     "Lyle W. Cayce", "Clerk", "Clerk of Court", "CLERK, U.S. DISTRICT COURT", "BY: _______RS", "Fifth Circuit"]
)))
def test_never_raises_on_caption_lines(lines: list[str]) -> None:
    caption = extract_caption(CleanText.from_string("\n".join(lines)))
    for party in caption.parties:
        assert party.name.strip() == party.name
        assert party.name


_BOXES = [
    ["United States Court of Appeals", "Fifth Circuit", "FILED", "March 16, 2022", "Lyle W. Cayce", "Clerk"],
    ["Tenth Circuit", "January 11, 2021", "Christopher M. Wolpert", "Clerk of Court"],
    ["FILED", "SEP 11 2025", "MOLLY C. DWYER, CLERK", "U.S. COURT OF APPEALS"],
    ["FILED", "CLERK, U.S. DISTRICT COURT", "6/17/2021", "", "CENTRAL DISTRICT OF CALIFORNIA", "BY: ________NP"],
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Vanessa St. Pierre,", "UNITED STATES OF AMERICA,", "CLERK'S OFFICE SOLUTIONS, LLC,", "JOHN DOE, et al.,"]),
    st.sampled_from(["Plaintiff—Appellant,", "Plaintiff - Appellee,", "Plaintiff,", "Petitioner,"]),
    st.sampled_from(_BOXES),
    st.integers(min_value=0, max_value=2),
)
def test_box_between_name_and_role_changes_nothing(name: str, role: str, box: list[str], at: int) -> None:
    """Wherever the layout puts a clerk's box in the first party's block (before the name,
    between name and role, after the role), the parties are those of the caption without it."""
    head = ["United States Court of Appeals", "for the Fifth Circuit", "No. 21-50498"]
    body = [name, role, "versus", "Standard Insurance Company,", "Defendant—Appellee."]
    plain = extract_caption(CleanText.from_string("\n".join(head + body)))
    spot = [0, 1, 2][at]
    boxed = extract_caption(CleanText.from_string("\n".join(head + body[:spot] + box + body[spot:])))
    assert [(p.name, p.role) for p in boxed.parties] == [(p.name, p.role) for p in plain.parties]
