"""Caption: parties with roles, et al., title; on captions as the layout stage reads them
(left column, then right column) and on flat text with the columns interleaved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract import caption as _caption
from courtparse.extract.court import extract_court
from courtparse.extract.docket import extract_re_entries
from courtparse.models import Caption
from courtparse.text import CleanText


def extract_caption(clean: CleanText) -> Caption:
    """The caption as ``document.build_document`` wires it: after the court's name, with
    the "Re:" entries."""
    return _caption.extract_caption(clean, extract_court(clean), tuple(extract_re_entries(clean)))


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
        "S.D. Ind.: one party a line, each ending in a comma, is one party each",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF INDIANA\nRACHEL LYNN WILLIAMSON,\nCONSTANCE NOVOA,\n"
        "Plaintiffs,\nv.\nACME HOLDINGS,\nINC.,\nUNITED STATES ex rel. JOHN ROE,\nDefendants.\n",
        [("RACHEL LYNN WILLIAMSON", "plaintiff", False), ("CONSTANCE NOVOA", "plaintiff", False),
         ("ACME HOLDINGS, INC.", "defendant", False), ("UNITED STATES ex rel. JOHN ROE", "defendant", False)],
        None,
    ),
    (
        "guard: a list printed over lines is split by the list rule, an office under a name stays with it",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nPAUL STOCKINGER, ELIZABETH STOCKINGER,\nGAILYN KENNEDY, and BASUDEB DEY,\n"
        "Plaintiffs,\nv.\nMICHAEL A. KNOWLES,\nWARDEN,\nDefendant.\n",
        [("PAUL STOCKINGER", "plaintiff", False), ("ELIZABETH STOCKINGER", "plaintiff", False),
         ("GAILYN KENNEDY", "plaintiff", False), ("BASUDEB DEY", "plaintiff", False),
         ("MICHAEL A. KNOWLES, WARDEN", "defendant", False)],
        None,
    ),
    (
        "guard: a name wrapped after its comma goes on with an alias or a relator",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\nUNITED STATES OF AMERICA,\nEX REL. JANE DOE,\n"
        "Plaintiff,\nv.\nJOHN SMITH,\nD/B/A SMITH FARMS,\nDefendant.\n",
        [("UNITED STATES OF AMERICA, EX REL. JANE DOE", "plaintiff", False), ("JOHN SMITH, D/B/A SMITH FARMS", "defendant", False)],
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


# One table per caption style (issue 14), each row a court that prints it; the text is what the
# layout stage reads (columns flattened, separators kept where a flat reader leaves them).
STYLE_CASES: list[tuple[str, str, list[P], str | None]] = [
    (
        "S.D.N.Y. '-against-' in a dashed box, capacity phrase and an 'A, B, and C' list",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n"
        "---------------------------------------------------------------x\n"
        "JANE ROE, individually and on behalf of all others similarly situated,\n:\nPlaintiff,\n:\n-against-\n:\n"
        "ACME HOLDINGS, INC., JOHN SMITH, and MARY JONES,\n:\nDefendants.\n:\n"
        "---------------------------------------------------------------x\n21-cv-01234 (ABC)\nOPINION AND ORDER\n"
        "JOHN P. DOE, United States District Judge:\n",
        [("JANE ROE", "plaintiff", False), ("ACME HOLDINGS, INC.", "defendant", False),
         ("JOHN SMITH", "defendant", False), ("MARY JONES", "defendant", False)],
        "OPINION AND ORDER",
    ),
    (
        "S.D.N.Y. flat: the title read between '-against-' and the name, the date box's cid glyphs",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n(cid:1008)(cid:876)(cid:1005)\n"
        "D George Sweigert,\n\nPlaintiff,\n\n1:18-cv-08653 (VEC) (SDA)\n-against-\n\nORDER\nJason Goodman,\n\n"
        "Defendant.\nSTEWART D. AARON, UNITED STATES MAGISTRATE JUDGE:\n",
        [("D George Sweigert", "plaintiff", False), ("Jason Goodman", "defendant", False)],
        "ORDER",
    ),
    (
        "E.D.N.Y. criminal: the sovereign above '-against-' has no role label",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n- - - - - - - - - - - - - - - - - - - - x\n"
        "UNITED STATES OF AMERICA\n-against-\nJOHN DOE,\nDefendant.\n- - - - - - - - - - - - - - - - - - - - x\n"
        "MEMORANDUM & ORDER\n20-CR-123 (ABC)\n",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("JOHN DOE", "defendant", False)],
        "MEMORANDUM & ORDER",
    ),
    (
        "D. Mass. criminal: 'UNITED STATES OF AMERICA / v. / NAME, Defendant.'",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\nUNITED STATES OF AMERICA\nv.\nJOHN DOE,\n"
        "Defendant.\nCriminal No. 21-10001-ABC\nORDER OF DETENTION PENDING TRIAL\n",
        [("UNITED STATES OF AMERICA", "plaintiff", False), ("JOHN DOE", "defendant", False)],
        "ORDER OF DETENTION PENDING TRIAL",
    ),
    (
        "S.D. Tex. '§' column, the case number beside 'v.'",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE SOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION\nRICARDO ROE, §\n§\n"
        "Plaintiff, §\n§\nv. § CIVIL ACTION NO. 4:21-cv-01234\n§\nACME ENERGY INTERNATIONAL, INC., et al., §\n§\n"
        "Defendants. §\nMEMORANDUM AND ORDER\n",
        [("RICARDO ROE", "plaintiff", False), ("ACME ENERGY INTERNATIONAL, INC.", "defendant", True)],
        "MEMORANDUM AND ORDER",
    ),
    (
        "N.D. Tex. '§' column: two defendants joined by ', and', the number beside the first name",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF TEXAS\nDALLAS DIVISION\n"
        "JANE ROE, § CIVIL ACTION NO. 3:22-CV-01234-X\n§\nPlaintiff, §\n§\nv. §\n§\n"
        "LONE STAR BANK, N.A., and BETA SERVICING LLC, §\n§\nDefendants. §\nMEMORANDUM OPINION AND ORDER\n",
        [("JANE ROE", "plaintiff", False), ("LONE STAR BANK, N.A.", "defendant", False),
         ("BETA SERVICING LLC", "defendant", False)],
        "MEMORANDUM OPINION AND ORDER",
    ),
    (
        "W.D. Tex. '§' column: 'vs.' and a title under the caption",
        "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF TEXAS\nAUSTIN DIVISION\nACME SOFTWARE, INC., §\n"
        "Plaintiff, §\n§\nvs. § CAUSE NO. 1:21-CV-00123-RP\n§\nBETA CLOUD LLC, §\nDefendant. §\nORDER\n",
        [("ACME SOFTWARE, INC.", "plaintiff", False), ("BETA CLOUD LLC", "defendant", False)],
        "ORDER",
    ),
    (
        "M.D. Pa. ':' column with roles and the judge's line on the right",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE MIDDLE DISTRICT OF PENNSYLVANIA\n"
        "JOHN DOE, : No. 1:20-CV-01234\n:\nPlaintiff, :\n: (Judge Roe)\nv. :\n:\n"
        "COMMONWEALTH OF PENNSYLVANIA, :\n:\nDefendant. :\nMEMORANDUM\n",
        [("JOHN DOE", "plaintiff", False), ("COMMONWEALTH OF PENNSYLVANIA", "defendant", False)],
        "MEMORANDUM",
    ),
    (
        "N.J. Superior Court (state): the court in the right column, beside the first name",
        "PREPARED BY THE COURT\n\nDEVON ROE,\n\nSUPERIOR COURT OF NEW JERSEY\nATLANTIC COUNTY – LAW DIVISION\n"
        "Plaintiff,\nvs.\nJOHN W. DOE, ESQ.,\nDefendant.\nCIVIL ACTION\nDOCKET NO: ATL-L-2794-25\nORDER\n",
        [("DEVON ROE", "plaintiff", False), ("JOHN W. DOE, ESQ.", "defendant", False)],
        "ORDER",
    ),
    (
        "Wash. Ct. App. brief: the division after the court is not the first name",
        "NO. 37369-0-III THE COURT OF APPEALS OF THE STATE OF WASHINGTON, DIVISION THREE\n\nSTATE OF WASHINGTON,\n\n"
        "Respondent,\n\nv.\nLANCE ROE,\n\nAppellant.\n\nON APPEAL FROM THE SUPERIOR COURT OF THE STATE OF WASHINGTON "
        "FOR SPOKANE COUNTY\n\nBRIEF OF APPELLANT\n",
        [("STATE OF WASHINGTON", "respondent", False), ("LANCE ROE", "appellant", False)],
        "BRIEF OF APPELLANT",
    ),
    (
        "E.D. Cal. ')' column: a defendants' list whose closing 'and' goes with the Does",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA, FRESNO DIVISION\nANTHONY ROE, individually,\n"
        "Plaintiff,\nvs.\nCITY OF FRESNO, COUNTY OF FRESNO,\nAMERICAN AMBULANCE,\nJAMES DOE, an individual,\n"
        "MORGAN SMITH, and DOES 1-10,\ninclusive,\nDefendants.\nCASE NO. 1:18-cv-00127 AWI (EPG)\n[PROPOSED] ORDER\n",
        [("ANTHONY ROE", "plaintiff", False), ("CITY OF FRESNO", "defendant", False),
         ("COUNTY OF FRESNO", "defendant", False), ("AMERICAN AMBULANCE", "defendant", False),
         ("JAMES DOE", "defendant", False), ("MORGAN SMITH", "defendant", False)],
        "[PROPOSED] ORDER",
    ),
    (
        "C.D. Cal.: 'an individual and representative capacity as trustee of ...' is the capacity",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nNEHEMIAH ROE,\nPlaintiff,\nv.\n"
        "RICHARD A. DOE, an individual\nand representative capacity as trustee of\nthe Doe Living Trust\nAgreement,\n"
        "Defendant.\nCase No. 2:20-cv-01234\nANSWER\n",
        [("NEHEMIAH ROE", "plaintiff", False), ("RICHARD A. DOE", "defendant", False)],
        "ANSWER",
    ),
    (
        "E.D. Pa. ':' column with no role labels: the side named first is the plaintiff",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\nJANE ROE : CIVIL ACTION\n:\n"
        "v. :\n:\nCITY OF PHILADELPHIA, et al. : NO. 21-1234\nMEMORANDUM\n",
        [("JANE ROE", "plaintiff", False), ("CITY OF PHILADELPHIA", "defendant", True)],
        "MEMORANDUM",
    ),
    (
        "E.D. La.: 'VERSUS' and no role labels, the right column read after the left",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF LOUISIANA\nJOHN DOE, et al.\nVERSUS\nACME INSURANCE\n"
        "COMPANY, et al.\nCIVIL ACTION\nNO: 21-1234\nSECTION: \"L\" (3)\nORDER AND REASONS\n",
        [("JOHN DOE", "plaintiff", True), ("ACME INSURANCE COMPANY", "defendant", True)],
        "ORDER AND REASONS",
    ),
    (
        "M.D. La.: the judges' initials in the number of the right column",
        "UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF LOUISIANA\nMARY ROE\nVERSUS\nCITY OF BATON ROUGE\n\n"
        "CIVIL ACTION\nNO. 21-123-JWD-SDJ\nRULING AND ORDER\n",
        [("MARY ROE", "plaintiff", False), ("CITY OF BATON ROUGE", "defendant", False)],
        "RULING AND ORDER",
    ),
    (
        "W.D. La.: the judges' lines in the right column",
        "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF LOUISIANA\nLAFAYETTE DIVISION\nJOHN DOE\nVERSUS\nACME OIL CO.\n"
        "CASE NO. 6:21-CV-01234\nJUDGE ROBERT R. SUMMERHAYS\nMAGISTRATE JUDGE DAVID J. AYO\nMEMORANDUM RULING\n",
        [("JOHN DOE", "plaintiff", False), ("ACME OIL CO.", "defendant", False)],
        "MEMORANDUM RULING",
    ),
    (
        "D.D.C.: the title printed in title case under the caption",
        "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nJANE ROE, et al.,\nPlaintiffs,\n"
        "Civil Action No. 23-02055 (AHA)\nv.\nACME CORPORATION,\nDefendant.\nMemorandum Opinion and Order\n"
        "Two shareholders bring this putative class action against Acme Corporation and its officers.\n",
        [("JANE ROE", "plaintiff", True), ("ACME CORPORATION", "defendant", False)],
        "Memorandum Opinion and Order",
    ),
    (
        "a title-case line under the caption that names no paper is not a title",
        "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nJANE ROE,\nPlaintiff,\nv.\nACME CORPORATION,\n"
        "Defendant.\nBackground\nTwo shareholders bring this putative class action against Acme Corporation.\n",
        [("JANE ROE", "plaintiff", False), ("ACME CORPORATION", "defendant", False)],
        NO_TITLE,
    ),
    (
        "D. Del. Bankr.: the footnote marker glued after the debtors' 'et al.,'",
        "IN THE UNITED STATES BANKRUPTCY COURT\nFOR THE DISTRICT OF DELAWARE\nIn re:\nACME HOLDINGS, INC., et al.,1\n"
        "Debtors.\nChapter 11\nCase No. 23-10001 (JTD)\nORDER AUTHORIZING PAYMENT OF PREPETITION WAGES\n",
        [("ACME HOLDINGS, INC.", "debtor", True)],
        "ORDER AUTHORIZING PAYMENT OF PREPETITION WAGES",
    ),
    (
        "S.D. Tex. Bankr.: a superscript marker after one debtor; a number that is the name's stays",
        "UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF TEXAS\nIn re:\nFIELDWOOD ENERGY LLC,¹\nDebtor.\n"
        "JOHN DOE 1,\nPlaintiff,\nv.\nACME CORP.,\nDefendant.\nORDER\n",
        [("FIELDWOOD ENERGY LLC", "debtor", False), ("JOHN DOE 1", "plaintiff", False), ("ACME CORP.", "defendant", False)],
        "ORDER",
    ),
    (
        "11th Cir.: 'Non-Argument Calendar' under the number, 'PER CURIAM:' is no title",
        "[DO NOT PUBLISH]\nIn the\nUnited States Court of Appeals\nFor the Eleventh Circuit\nNo. 21-12345\n"
        "Non-Argument Calendar\nJOHN DOE,\nPlaintiff-Appellant,\nversus\nACME CORPORATION,\nDefendant-Appellee.\n"
        "Appeal from the United States District Court\nfor the Southern District of Florida\n"
        "Before JORDAN, NEWSOM, and BRASHER, Circuit Judges.\nPER CURIAM:\nJohn Doe appeals the dismissal of his complaint.\n",
        [("JOHN DOE", "appellant", False), ("ACME CORPORATION", "appellee", False)],
        NO_TITLE,
    ),
    (
        "an exhibit's cover names the case with no court above it: no caption",
        "EXHIBIT A\nREDACTED PUBLIC VERSION Vaporstream, Inc.\n\nv.\n\nSnap Inc. d/b/a Snapchat, Inc.\n"
        "A Study of Alternative User Experiences\n",
        [],
        None,
    ),
    (
        "N.D. Miss.: each role at the right margin of its side's line, read after the names",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF MISSISSIPPI\nOXFORD DIVISION\nMARY SMITH\nV.\n"
        "CITY OF OXFORD, MISSISSIPPI, et al.\nPLAINTIFF\nCIVIL ACTION NO. 3:21-CV-45-GHD-RP\nDEFENDANTS\nMEMORANDUM OPINION\n",
        [("MARY SMITH", "plaintiff", False), ("CITY OF OXFORD, MISSISSIPPI", "defendant", True)],
        "MEMORANDUM OPINION",
    ),
    (
        "S.D. Miss.: the same, the second role right under the first",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF MISSISSIPPI\nNORTHERN DIVISION\nJOHN DOE, et al.\nV.\n"
        "ACME CORPORATION\nPLAINTIFFS\nDEFENDANT\nCIVIL ACTION NO. 3:21-cv-123-CWR-FKB\nORDER\n",
        [("JOHN DOE", "plaintiff", True), ("ACME CORPORATION", "defendant", False)],
        "ORDER",
    ),
    (
        "D.N.J. ':' column: the title printed beside 'v.' is kept whole",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nJOHN DOE, :\n: Civil Action No. 21-12345 (ABC)\n"
        "Plaintiff, :\n:\nv. : OPINION\n:\nACME PHARMA, INC., :\n:\nDefendant. :\n",
        [("JOHN DOE", "plaintiff", False), ("ACME PHARMA, INC.", "defendant", False)],
        "OPINION",
    ),
    (
        "D. Del. ':' column, two plaintiffs joined by ', and'",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF DELAWARE\n"
        "GLD PARTNERS, L.P., and GLD SPONSOR MEMBER LLC, :\n:\nPlaintiffs, :\n: C.A. No. 22-1234-ABC\nv. :\n:\n"
        "SAGALIAM ACQUISITION CORP., :\n:\nDefendant. :\nMEMORANDUM ORDER\n",
        [("GLD PARTNERS, L.P.", "plaintiff", False), ("GLD SPONSOR MEMBER LLC", "plaintiff", False),
         ("SAGALIAM ACQUISITION CORP.", "defendant", False)],
        "MEMORANDUM ORDER",
    ),
    (
        "N.D. Ill. ')' column with the judge's line in the right column",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION\n"
        "LAST ATLANTIS CAPITAL LLC, et al., )\n)\nPlaintiffs, )\n) No. 04 C 397\nv. )\n) Judge Jane Doe\n"
        "AGS SPECIALIST PARTNERS, et al., )\n)\nDefendants. )\nMEMORANDUM OPINION AND ORDER\n",
        [("LAST ATLANTIS CAPITAL LLC", "plaintiff", True), ("AGS SPECIALIST PARTNERS", "defendant", True)],
        "MEMORANDUM OPINION AND ORDER",
    ),
    (
        "N.D. Cal. ')' column: 'A, a Delaware corporation, and B' and a suffix 'and' split; title with (1), (2)",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nWHATSAPP INC., a Delaware corporation, )\n"
        "and FACEBOOK, INC., a Delaware )\ncorporation, )\n)\nPlaintiffs, )\nv. )\nNSO GROUP TECHNOLOGIES LIMITED )\n"
        "and Q CYBER TECHNOLOGIES LIMITED, )\n)\nDefendants. )\nCase No. 4:19-cv-07123-PJH\n"
        "STIPULATION TO (1) SCHEDULE THE\nHEARING, (2) ALLOW OVER LENGTH\nBRIEFS; [PROPOSED] ORDER\n",
        [("WHATSAPP INC.", "plaintiff", False), ("FACEBOOK, INC.", "plaintiff", False),
         ("NSO GROUP TECHNOLOGIES LIMITED", "defendant", False), ("Q CYBER TECHNOLOGIES LIMITED", "defendant", False)],
        "STIPULATION TO (1) SCHEDULE THE HEARING, (2) ALLOW OVER LENGTH BRIEFS; [PROPOSED] ORDER",
    ),
    (
        "9th Cir. stacked caption, 'On Appeal from' is not the title",
        "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\nANGEL ROE, et al.,\nPlaintiffs-Appellees,\nv.\n"
        "DAVID DOE, et al.,\nDefendants-Appellants.\nNo. 20-16276\nD.C. No. 3:20-cv-02731-VC\n"
        "On Appeal from the United States District Court\nfor the Northern District of California\nMEMORANDUM*\n",
        [("ANGEL ROE", "appellee", True), ("DAVID DOE", "appellant", True)],
        "MEMORANDUM*",
    ),
    (
        "D.C. Cir. opinion: 'Argued ... Decided ...' above the first name, roles in capitals",
        "United States Court of Appeals\nFOR THE DISTRICT OF COLUMBIA CIRCUIT\nArgued March 1, 2021 Decided June 4, 2021\n"
        "No. 20-5123\nJOHN DOE,\nAPPELLANT\nv.\nDEPARTMENT OF JUSTICE,\nAPPELLEE\n"
        "Appeal from the United States District Court\nfor the District of Columbia\n",
        [("JOHN DOE", "appellant", False), ("DEPARTMENT OF JUSTICE", "appellee", False)],
        NO_TITLE,
    ),
    (
        "Fed. Cir. opinion: roles without punctuation between rules",
        "United States Court of Appeals\nfor the Federal Circuit\n______________________\nACME WIDGETS, INC.,\nAppellant\nv.\n"
        "SECRETARY OF DEFENSE,\nAppellee\n______________________\n2021-1234\n______________________\n"
        "Appeal from the Armed Services Board of Contract Appeals\n",
        [("ACME WIDGETS, INC.", "appellant", False), ("SECRETARY OF DEFENSE", "appellee", False)],
        NO_TITLE,
    ),
    (
        "Fed. Cir. Form 8: names typed above '____ v. ____', no roles (labeled cafc_3)",
        "Form 8 FORM 8. Entry of Appearance\nUNITED STATES COURT OF APPEALS FOR THE FEDERAL CIRCUIT\n"
        "Reliable Contracting Group\n\nDVA\n\n____________________________ v. ____________________________\n"
        "No. 14-1326\n\n_______\n\nENTRY OF APPEARANCE\n(INSTRUCTIONS: Counsel should refer to Federal Circuit Rule 47.3.)\n",
        [("Reliable Contracting Group", None, False), ("DVA", None, False)],
        "ENTRY OF APPEARANCE",
    ),
    (
        "S. Ct. brief: the role after the name's comma",
        "No. 22-1234\nIn the Supreme Court of the United States\nMARK ROE, ET AL., PETITIONERS\nv.\n"
        "DEPARTMENT OF HEALTH AND HUMAN SERVICES, ET AL., RESPONDENTS\n"
        "ON PETITION FOR A WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n"
        "BRIEF FOR THE RESPONDENTS IN OPPOSITION\n",
        [("MARK ROE", "petitioner", True), ("DEPARTMENT OF HEALTH AND HUMAN SERVICES", "respondent", True)],
        "BRIEF FOR THE RESPONDENTS IN OPPOSITION",
    ),
    (
        "Bankr. S.D.N.Y.: 'In re ..., Debtors.' with Chapter 11 and the case number",
        "UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF NEW YORK\nIn re:\nACME RETAIL CORP., et al.,\nDebtors.\n"
        "Chapter 11\nCase No. 20-12345 (ABC)\n(Jointly Administered)\nORDER AUTHORIZING THE DEBTORS TO PAY PREPETITION WAGES\n",
        [("ACME RETAIL CORP.", "debtor", True)],
        "ORDER AUTHORIZING THE DEBTORS TO PAY PREPETITION WAGES",
    ),
    (
        "Bankr. D. Del. adversary proceeding: a trustee's capacity is not the name",
        "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF DELAWARE\nIn re\nACME CORP.,\nDebtor.\nChapter 7\n"
        "Case No. 19-10001 (ABC)\nJANE TRUSTEE, as Chapter 7 Trustee,\nPlaintiff,\nv.\nBETA LLC,\nDefendant.\n"
        "Adv. Pro. No. 21-50001 (ABC)\nMEMORANDUM OPINION\n",
        [("ACME CORP.", "debtor", False), ("JANE TRUSTEE", "plaintiff", False), ("BETA LLC", "defendant", False)],
        "MEMORANDUM OPINION",
    ),
    (
        "E.D. Cal. search warrant: a matter with no parties, its name is not the title",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nIN THE MATTER OF THE SEARCH OF\n"
        "A BLACK APPLE IPHONE SEIZED FROM\nJOHN DOE\nCASE NO. 2:20-SW-0908 DB\nORDER REGARDING MOTION TO UNSEAL\n",
        [],
        "ORDER REGARDING MOTION TO UNSEAL",
    ),
    (
        "N.D. Cal. 'In re Application of ...' (28 U.S.C. § 1782): no parties",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "In re Application of ACME GMBH for an Order Pursuant to 28 U.S.C. § 1782\nCase No. 21-mc-80001-ABC\n"
        "ORDER GRANTING EX PARTE APPLICATION FOR DISCOVERY\n",
        [],
        "ORDER GRANTING EX PARTE APPLICATION FOR DISCOVERY",
    ),
    (
        "2d Cir. docketing notice: the judge's and clerk's lines are not the title",
        "United States Court of Appeals for the Second Circuit\n\nThurgood Marshall U.S. Courthouse\n40 Foley Square\n"
        "New York, NY 10007\nROBERT A. KATZMANN\nCHIEF JUDGE\nDate: October 31, 2017\nDocket #: 17-3510\n"
        "CATHERINE O'HAGAN WOLFE\nCLERK OF COURT\nDOCKETING NOTICE\n\n"
        "A notice of appeal filed by the appellant in the above referenced case was docketed today as 17-3510.\n",
        [],
        "DOCKETING NOTICE",
    ),
    (
        "D. Conn./D.D.C. complaints: jury demand and addresses printed with the names",
        "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nSECURITIES AND EXCHANGE COMMISSION,\n"
        "100 F Street, N.E.\nWashington, DC 20549\n\nPlaintiff,\n\nCase No. 1:21-CV-1869\nv.\n\n"
        "JURY TRIAL DEMANDED DONNA ROE, YOON UM, AND THE LOVESAC COMPANY,\n\nDefendants.\n\nCOMPLAINT\n",
        [("SECURITIES AND EXCHANGE COMMISSION", "plaintiff", False), ("DONNA ROE", "defendant", False),
         ("YOON UM", "defendant", False), ("THE LOVESAC COMPANY", "defendant", False)],
        "COMPLAINT",
    ),
    (
        "guard: an 'and' inside one name, '&' in a firm's name, a county clerk: not split",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MARYLAND\nJOHNSON & JOHNSON,\nPlaintiff,\nv.\n"
        "SECRETARY OF HEALTH AND HUMAN SERVICES,\nDefendant.\nMEMORANDUM OPINION\n",
        [("JOHNSON & JOHNSON", "plaintiff", False), ("SECRETARY OF HEALTH AND HUMAN SERVICES", "defendant", False)],
        "MEMORANDUM OPINION",
    ),
    (
        "Mo. Ct. App.: the state court's heading lines are not the first name",
        "In the Missouri Court of Appeals\nEastern District\nDIVISION THREE\nNICHOLE MARIE ROE,\nAppellant,\nvs.\n"
        "STATE OF MISSOURI,\nRespondent.\nNo. ED110123\nOPINION\n",
        [("NICHOLE MARIE ROE", "appellant", False), ("STATE OF MISSOURI", "respondent", False)],
        "OPINION",
    ),
    (
        "guard: a deposition's colloquy ending in a role word names no party",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "Counsel, could you please identify yourselves for the record?\nMS. WALKER: Jayme Walker for the\nPlaintiff.\n",
        [],
        None,
    ),
    (
        "C.D. Cal. minutes: 'ETC.' is the capacity, 'ET AL.' the et al.",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\n"
        "Case No. CV15-5642-CAS(JCx) Date July 1, 2019\n"
        "Title MARCUS GRAY, ETC.; ET AL. v. KATHERYN ELIZABETH HUDSON, ETC.; ET AL.\n",
        [("MARCUS GRAY", "plaintiff", True), ("KATHERYN ELIZABETH HUDSON", "defendant", True)],
        None,
    ),
    (
        "D.N.J. 'and' in lower case between names in capitals joins two parties",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nSECURITIES AND EXCHANGE\nCOMMISSION,\n"
        "Plaintiff,\n-against-\nDAVID YOW SHANG CHIUEH and\nUPRIGHT FINANCIAL CORP.,\nDefendants.\n"
        "FIRST\nAMENDED\nCOMPLAINT\n25 Civ. 1920\nJURY TRIAL\nDEMANDED\n"
        "Plaintiff Securities and Exchange Commission, for its First Amended Complaint against Defendants, alleges as follows:\n",
        [("SECURITIES AND EXCHANGE COMMISSION", "plaintiff", False), ("DAVID YOW SHANG CHIUEH", "defendant", False),
         ("UPRIGHT FINANCIAL CORP.", "defendant", False)],
        None,
    ),
    (
        "D. Minn. 'A, B and C' list closed by a lower-case 'and' between names in capitals",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\nACME PENSION FUND,\nPlaintiff,\nvs.\n"
        "SLEEP NUMBER CORPORATION,\nSHELLY R. IBACH and DAVID R.\nCALLEN,\nDefendants.\n"
        "Civ. No. 0:21-cv-02669-PJS-BRT\nCLASS ACTION\n",
        [("ACME PENSION FUND", "plaintiff", False), ("SLEEP NUMBER CORPORATION", "defendant", False),
         ("SHELLY R. IBACH", "defendant", False), ("DAVID R. CALLEN", "defendant", False)],
        None,
    ),
    (
        "D. Kan. double-spaced: a 'Serve:' block under each name, 'and' alone between two defendants",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF KANSAS\nAT WICHITA\nJOHN CLIFFORD GLAHN,\n\n"
        "Plaintiff,\n\nv.\nCase No.\nJURY TRIAL DEMANDED\nWEST HILLS CAPITAL, LLC\n\nServe:\n\nJoseph Unger\n\n"
        "100 N. Broadway Ave.\n\nWichita, KS 67202\n\nand\nJOSEPH UNGER,\n\nServe:\n\n100 N. Broadway Ave.\n\n"
        "Wichita, KS 67202\n\nDefendants.\n\nCLASS ACTION COMPLAINT\n",
        [("JOHN CLIFFORD GLAHN", "plaintiff", False), ("WEST HILLS CAPITAL, LLC", "defendant", False),
         ("JOSEPH UNGER", "defendant", False)],
        "CLASS ACTION COMPLAINT",
    ),
    (
        "W.D. Mo. 'Serve Registered Agent:' and 'Serve at:' blocks: the agent is no party",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF MISSOURI\nJANE DOE,\nPlaintiff,\nv.\n"
        "ACME TRUCKING, INC.,\nServe Registered Agent:\nCT Corporation System\n120 South Central Avenue\n"
        "Clayton, MO 63105\nand\nJOHN ROE,\nServe at:\n1 Main Street\nKansas City, MO 64105\nDefendants.\nCOMPLAINT\n",
        [("JANE DOE", "plaintiff", False), ("ACME TRUCKING, INC.", "defendant", False), ("JOHN ROE", "defendant", False)],
        "COMPLAINT",
    ),
    (
        "7th Cir. 'and' alone under a role label still separates two groups of appellants",
        "IN THE UNITED STATES COURT OF APPEALS\nFOR THE SEVENTH CIRCUIT\nJANE ROE,\nPlaintiff-Appellant,\nand\n"
        "JOHN ROE,\nIntervenor-Appellant,\nv.\nACME CORP.,\nDefendant-Appellee.\nORDER\n",
        [("JANE ROE", "appellant", False), ("JOHN ROE", "appellant", False), ("ACME CORP.", "appellee", False)],
        "ORDER",
    ),
    (
        "D. Wyo. a parent's capacity over the minors' initials is no list of parties",
        "UNITED STATES DISTRICT COURT\nIN AND FOR THE DISTRICT OF WYOMING\nSTEPHANIE WADSWORTH, Individually\n"
        "and as Parent and Legal Guardian of W.W.,\nK.W., G.W., and L.W., minor children, and\nMATTHEW WADSWORTH,\n"
        "Plaintiffs,\nv.\nWALMART, INC. and JETSON\nELECTRIC BIKES, LLC,\nDefendants.\nPLAINTIFFS' MOTIONS IN LIMINE\n",
        [("STEPHANIE WADSWORTH", "plaintiff", False), ("MATTHEW WADSWORTH", "plaintiff", False),
         ("WALMART, INC.", "defendant", False), ("JETSON ELECTRIC BIKES, LLC", "defendant", False)],
        "PLAINTIFFS' MOTIONS IN LIMINE",
    ),
    (
        "N.D. Ga. 'as guardian of R.R., a minor' without 'individually and'",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION\n"
        "JOHN ROE, as guardian of R.R., a minor,\nand MARY ROE,\nPlaintiffs,\nv.\nACME SCHOOL DISTRICT,\nDefendant.\nCOMPLAINT\n",
        [("JOHN ROE", "plaintiff", False), ("MARY ROE", "plaintiff", False), ("ACME SCHOOL DISTRICT", "defendant", False)],
        "COMPLAINT",
    ),
    (
        "D. Utah SEC complaint: a list parted by semicolons, longer than any walk back, and relief defendants",
        "IN THE UNITED STATES DISTRICT COURT\nDISTRICT OF UTAH, NORTHERN DIVISION\nSECURITIES AND EXCHANGE\nCOMMISSION,\n"
        "Plaintiff,\nv.\nDIGITAL LICENSING INC. (d/b/a “DEBT\nBox”), a Wyoming corporation; JASON R.\n"
        "ANDERSON, an individual; JACOB S.\nANDERSON, an individual; SCHAD E.\nBRANNON, an individual; ROYDON B.\n"
        "NELSON, an individual; JAMES E.\nFRANKLIN, an individual; WESTERN OIL\nEXPLORATION COMPANY, INC., a\n"
        "Nevada corporation; RYAN BOWEN, an\nindividual; IX GLOBAL, LLC, a Utah limited\nliability company; JOSEPH A. MARTINEZ,\n"
        "an individual; BENJAMIN F. DANIELS, an\nindividual; MARK W. SCHULER, an\nindividual; B & B INVESTMENT GROUP,\n"
        "LLC (d/b/a “CORE 1 CRYPTO”), a Utah\nlimited liability company; TRAVIS A.\nFLAHERTY, an individual; ALTON O.\n"
        "PARKER, an individual; BW HOLDINGS,\nLLC (d/b/a the “FAIR PROJECT”), a Utah\nlimited liability company; BRENDAN J.\n"
        "STANGIS, an individual; and MATTHEW D.\nFRITZSCHE, an individual,\nDefendants,\n\nARCHER DRILLING, LLC, a Wyoming\n"
        "limited liability company; BUSINESS\nFUNDING SOLUTIONS, LLC, a Utah\nlimited liability company; and UIU\n"
        "HOLDINGS, LLC, a Delaware limited\nliability company,\n\nRelief Defendants.\n\nCOMPLAINT\n",
        [("SECURITIES AND EXCHANGE COMMISSION", "plaintiff", False),
         *((name, "defendant", False) for name in (
             "DIGITAL LICENSING INC. (d/b/a “DEBT Box”)", "JASON R. ANDERSON", "JACOB S. ANDERSON", "SCHAD E. BRANNON",
             "ROYDON B. NELSON", "JAMES E. FRANKLIN", "WESTERN OIL EXPLORATION COMPANY, INC.", "RYAN BOWEN",
             "IX GLOBAL, LLC", "JOSEPH A. MARTINEZ", "BENJAMIN F. DANIELS", "MARK W. SCHULER",
             "B & B INVESTMENT GROUP, LLC (d/b/a “CORE 1 CRYPTO”)", "TRAVIS A. FLAHERTY", "ALTON O. PARKER",
             "BW HOLDINGS, LLC (d/b/a the “FAIR PROJECT”)", "BRENDAN J. STANGIS", "MATTHEW D. FRITZSCHE",
             "ARCHER DRILLING, LLC", "BUSINESS FUNDING SOLUTIONS, LLC", "UIU HOLDINGS, LLC"))],
        "COMPLAINT",
    ),
    (
        "S.D.N.Y. SEC complaint: a relief defendant under 'and' is a defendant",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nSECURITIES AND EXCHANGE COMMISSION,\nPlaintiff,\n"
        "-against-\nJOHN DOE,\nDefendant,\nand\nJANE DOE,\nRelief Defendant.\n23 Civ. 1234\nCOMPLAINT\n",
        [("SECURITIES AND EXCHANGE COMMISSION", "plaintiff", False), ("JOHN DOE", "defendant", False),
         ("JANE DOE", "defendant", False)],
        "COMPLAINT",
    ),
    (
        "N.D. Cal. deposition cover: a semicolon list ends at the reporter's '---o0o---'",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n---o0o---\nJOHN BAUER, an individual\n"
        "and as Successor-in-Interest of\nJacob Bauer, deceased; ROSE BAUER,\nan individual and as\n"
        "Successor-in-Interest of\nJacob Bauer, deceased;\n\nPlaintiffs,\n\nvs.\n\nNo. C19-04593LB\n\n"
        "CITY OF PLEASANTON; PLEASANTON\nPOLICE DEPARTMENT; DAVE SPILLER;\nand DOES 1 to 90, inclusive;\n\nDefendants.\n"
        "VIDEOTAPED DEPOSITION OF ROSE BAUER\n",
        [("JOHN BAUER", "plaintiff", False), ("ROSE BAUER", "plaintiff", False), ("CITY OF PLEASANTON", "defendant", False),
         ("PLEASANTON POLICE DEPARTMENT", "defendant", False), ("DAVE SPILLER", "defendant", False)],
        "VIDEOTAPED DEPOSITION OF ROSE BAUER",
    ),
    (
        "S.D. Fla. one party a line, the first closed by its suffix with no comma",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF FLORIDA\nCASE NO.:\nSECURITIES AND EXCHANGE COMMISSION,\n\n"
        "Plaintiff,\nv.\nSKY GROUP USA, LLC\nEFRAIN BETANCOURT, JR.\n\nDefendants.\n"
        "COMPLAINT FOR INJUNCTIVE AND OTHER RELIEF\n",
        [("SECURITIES AND EXCHANGE COMMISSION", "plaintiff", False), ("SKY GROUP USA, LLC", "defendant", False),
         ("EFRAIN BETANCOURT, JR.", "defendant", False)],
        "COMPLAINT FOR INJUNCTIVE AND OTHER RELIEF",
    ),
    (
        "N.D. Tex. a name that goes on after 'COMPANY' is one party",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF TEXAS\nJANE ROE,\nPlaintiff,\nv.\n"
        "ACME INSURANCE COMPANY\nOF AMERICA,\nDefendant.\nORDER\n",
        [("JANE ROE", "plaintiff", False), ("ACME INSURANCE COMPANY OF AMERICA", "defendant", False)],
        "ORDER",
    ),
    (
        "N.D. Ala. flat text: the right column's title read between the last name and its role",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA\nSOUTHERN DIVISION\nJANE ROE,\nPlaintiff,\nvs.\n"
        "MEDICAL PROPERTIES TRUST,\nINC.; MPT OPERATING\nPARTNERSHIP, L.P.; EDWARD K.\nALDAG, JR.; R. STEVEN HAMNER;\n"
        "and J. KEVIN HANNA,\nAMENDED CLASS ACTION\nCOMPLAINT FOR VIOLATIONS\nOF THE FEDERAL SECURITIES\nLAWS\n"
        "JURY TRIAL DEMANDED\n\nDefendants.\n\nTABLE OF CONTENTS\n",
        [("JANE ROE", "plaintiff", False), ("MEDICAL PROPERTIES TRUST, INC.", "defendant", False),
         ("MPT OPERATING PARTNERSHIP, L.P.", "defendant", False), ("EDWARD K. ALDAG, JR.", "defendant", False),
         ("R. STEVEN HAMNER", "defendant", False), ("J. KEVIN HANNA", "defendant", False)],
        "AMENDED CLASS ACTION COMPLAINT FOR VIOLATIONS OF THE FEDERAL SECURITIES LAWS",
    ),
    (
        "D. Md. flat text: a title read under a single defendant's name",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MARYLAND\nJOHN DOE,\nPlaintiff,\nv.\nACME BANK, N.A.,\n"
        "COMPLAINT FOR\nDECLARATORY RELIEF\nDefendant.\n",
        [("JOHN DOE", "plaintiff", False), ("ACME BANK, N.A.", "defendant", False)],
        "COMPLAINT FOR DECLARATORY RELIEF",
    ),
    (
        "D.D.C. a name's own 'AND' in capitals, and a couple sharing a surname, stay whole",
        "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nJOHN and MARY DOE,\nPlaintiffs,\nv.\n"
        "UNITED STATES DEPARTMENT OF HEALTH AND HUMAN SERVICES,\nDefendant.\nCase No. 1:21-cv-01869\nCOMPLAINT\n",
        [("JOHN and MARY DOE", "plaintiff", False),
         ("UNITED STATES DEPARTMENT OF HEALTH AND HUMAN SERVICES", "defendant", False)],
        "COMPLAINT",
    ),
]


@pytest.mark.parametrize(("label", "text", "parties", "title"), STYLE_CASES, ids=[c[0] for c in STYLE_CASES])
def test_caption_styles(label: str, text: str, parties: list[P], title: str | None) -> None:
    test_caption(label, text, parties, title)
    for party in extract_caption(CleanText.from_string(text)).parties:
        assert "(cid:" not in party.name


def _placed(rows: list[list[tuple[float, str]]]) -> CleanText:
    """A CleanText with geometry: each row a list of (x0, text) chunks printed on one line,
    6 points a character, rows 14 points apart (what the layout stage gives a PDF's page)."""
    from courtparse.text import TextBuilder

    b = TextBuilder()
    for n, row in enumerate(rows):
        top = 72.0 + 14.0 * n
        for k, (x0, chunk) in enumerate(row):
            if k:
                b.add(" ")
            for i, ch in enumerate(chunk):
                if ch == " ":
                    b.add(ch)
                else:
                    b.add(ch, 1, (x0 + 6.0 * i, top, x0 + 6.0 * (i + 1), top + 12.0))
        b.add("\n")
    return b.build()


def test_columns_read_by_position() -> None:
    """S.D.N.Y. '-against-' and W.D. Tex. complaints print the case number and title beside
    the parties with no separator column: rows reach the text interleaved, and the caption is
    read by the characters' positions (left column first)."""
    clean = _placed([
        [(72, "UNITED STATES DISTRICT COURT")],
        [(72, "SOUTHERN DISTRICT OF NEW YORK")],
        [(80, "VIRGINIA ROE,")],
        [(200, "Plaintiff,")],
        [(360, "15 Civ. 7433 (LAP)"), (160, "-against-")],
        [(360, "ORDER")],
        [(80, "GHISLAINE DOE, INC., KEVIN"), (360, "JURY TRIAL DEMANDED")],
        [(80, "B. THOMPSON, and J. BARTON KALSU,")],
        [(200, "Defendants.")],
        [(72, "LORETTA A. PRESKA, Senior United States District Judge:")],
    ])
    caption = extract_caption(clean)
    assert [(p.name, p.role) for p in caption.parties] == [
        ("VIRGINIA ROE", "plaintiff"), ("GHISLAINE DOE, INC.", "defendant"),
        ("KEVIN B. THOMPSON", "defendant"), ("J. BARTON KALSU", "defendant"),
    ]
    assert caption.title == "ORDER"
    for party in caption.parties:
        assert party.span is not None
        assert party.span.bbox is not None


def test_columns_keep_a_centred_heading_and_an_indented_role() -> None:
    """A centred title below the caption and a role label indented to the middle (5th Cir.)
    are not a right column."""
    clean = _placed([
        [(72, "UNITED STATES DISTRICT COURT")],
        [(72, "NORTHERN DISTRICT OF TEXAS")],
        [(72, "JANE ROE,")],
        [(330, "Plaintiff—Appellant,"), (420, "No. 3:21-cv-1")],
        [(250, "versus")],
        [(72, "ACME CORP.,")],
        [(330, "Defendant—Appellee.")],
        [(260, "ORDER")],
    ])
    caption = extract_caption(clean)
    assert [(p.name, p.role) for p in caption.parties] == [("JANE ROE", "appellant"), ("ACME CORP.", "appellee")]
    assert caption.title == "ORDER"


@pytest.mark.parametrize(
    ("label", "row", "defendant"),
    [
        # D. Ariz. AO 440 summons: the number, right, read before the names, left.
        ("D. Ariz. AO 440 summons", [(330, "Civil Action No. 25-CV-03367-PHX-SMB"), (72, "Robert F Kennedy Jr, Debra Ward Lund, Kathy Dill")],
         "Robert F Kennedy Jr, Debra Ward Lund, Kathy Dill"),
        # The same form as another court's clerk fills it in, the names first.
        ("N.D. Ill. AO 440 summons", [(72, "Acme Holdings of Illinois and the Village of"), (330, "Case No. 1:22-cv-01234")],
         "Acme Holdings of Illinois and the Village of Oak Brook"),
    ],
)
def test_two_columns_run_together_are_no_paragraph(label: str, row: list[tuple[float, str]], defendant: str) -> None:
    """A caption row whose two columns reach the text as one line long enough to read as
    prose is still the caption: the title below it is found."""
    rows = [
        [(160, "UNITED STATES DISTRICT COURT")],
        [(190, "for the")],
        [(72, "Kevin D. Turnage")],
        [(120, "Plaintiff(s)")],
        [(140, "v.")],
        row,
        *([[(72, "Oak Brook")]] if "Oak Brook" in defendant else []),
        [(120, "Defendant(s)")],
        [(190, "SUMMONS IN A CIVIL ACTION")],
        [(72, "To: (Defendant's name and address) Dora Birdshead")],
        [(72, "A lawsuit has been filed against you. Within 21 days after service of this summons on you")],
    ]
    caption = extract_caption(_placed(rows))
    assert caption.title == "SUMMONS IN A CIVIL ACTION", label
    assert [(p.name, p.role) for p in caption.parties] == [("Kevin D. Turnage", "plaintiff"), (defendant, "defendant")]


def test_a_paragraph_of_the_body_still_ends_the_caption() -> None:
    """Evenly spaced words are one segment: a body paragraph right under the parties is no
    caption row, and the heading after it is not the title."""
    caption = extract_caption(_placed([
        [(160, "UNITED STATES DISTRICT COURT")],
        [(72, "JANE ROE,")],
        [(120, "Plaintiff,")],
        [(140, "v.")],
        [(72, "ACME CORP.,")],
        [(120, "Defendant.")],
        [(72, "Plaintiff Jane Roe alleges as follows upon personal knowledge and upon information and belief")],
        [(190, "SUMMONS IN A CIVIL ACTION")],
    ]))
    assert caption.title is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # E.D. Cal.: a successor's capacity does not run on over the next party's initials
        ("JOSEPH PEREZ, JR., individually and as Successor in Interest to Joseph Perez, and X.P., a minor, "
         "by and through his Guardian Ad Litem, MICHELLE PEREZ, individually and as Successor in Interest to Joseph Perez",
         ["JOSEPH PEREZ, JR.", "MICHELLE PEREZ"]),
        # Wash.: a lower-case joint kept as printed where a descriptor goes on after it
        ("THURSTON COUNTY, a municipal organization, and its departments the THURSTON COUNTY PROSECUTING ATTORNEY "
         "and THURSTON COUNTY SHERIFF",
         ["THURSTON COUNTY, a municipal organization, and its departments the THURSTON COUNTY PROSECUTING ATTORNEY",
          "THURSTON COUNTY SHERIFF"]),
    ],
)
def test_capacity_phrases_keep_the_next_party(text: str, names: list[str]) -> None:
    got = [name for name, _ in _caption._split_parties(text)]
    for name in names:
        assert name in got


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
