"""Document type from the caption title, the printed form, or the head of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.doctype import classify_document, head_kind, title_kind
from courtparse.models import DOCUMENT_TYPES, Caption, Holdings
from courtparse.regions import regions_of
from courtparse.text import CleanText


def _classify(clean: CleanText, caption: Caption, holdings: Holdings) -> str:
    """``classify_document`` wired as ``document.build_document`` wires it."""
    form = regions_of(clean).form_kind
    return classify_document(clean, caption, holdings, form, head_kind(clean.text, form))

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
    # pool forms (docs/forms.md)
    ("NOTICE AND APPLICATION FOR DEFAULT JUDGMENT BY COURT", "motion"),
    ("VIDEOTAPED DEPOSITION OF STEVE POMERANTZ, Ph.D.", "transcript"),
    ("NOTICE OF DEPOSITION OF JERALD FRIEDMAN", "notice"),
    ("REDACTED JURY NOTES", "other"),
    ("ENTRY OF APPEARANCE", "notice"),
    # issue 15: every court's wording
    ("NOTICE OF APPEARANCE OF COUNSEL FOR DEFENDANT", "notice"),  # D.N.J.
    ("REPORT AND RECOMMENDATION", "report_and_recommendation"),  # E.D.N.Y., S.D.N.Y.
    ("FINDINGS AND RECOMMENDATIONS", "report_and_recommendation"),  # D. Or., E.D. Cal.
    ("FINDINGS OF FACT, CONCLUSIONS OF LAW, AND RECOMMENDATION", "report_and_recommendation"),
    ("ORDER ADOPTING REPORT AND RECOMMENDATION", "order"),  # the district judge's order
    ("OPINION AND ORDER", "opinion"),
    ("MEMORANDUM OPINION", "opinion"),
    ("MEMORANDUM AND ORDER", "order"),
    ("MEMORANDUM ORDER", "order"),
    ("JUDGMENT IN A CIVIL ACTION", "judgment"),
    ("ORDER AND JUDGEMENT", "order"),  # 10th Cir., spelled so
    ("MANDATE", "judgment"),
    ("VOLUNTARY PETITION FOR INDIVIDUALS FILING FOR BANKRUPTCY", "other"),  # Official Form 101
    ("PETITION FOR REVIEW OF AN ORDER OF THE BOARD OF IMMIGRATION APPEALS", "other"),
    ("PETITION FOR ATTORNEY FEES", "motion"),
    ("EXHIBIT A", None),
    ("BRIEFING OF AMAZON AND GOOGLE REGARDING REMEDIES FOR EOLAS’S VIOLATION OF COURT-ORDERED PROSECUTION BAR", "brief"),
    ("ORDER SETTING BRIEFING SCHEDULE", "order"),
    ("MOTION HEARING", "transcript"),
    ("ON PETITION FOR A WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT BRIEF FOR THE UNITED STATES AS AMICUS CURIAE", "brief"),
    ("PETITION FOR WRIT OF HABEAS CORPUS", "complaint"),
    # the court's rulings by other names: W.D. La., D. Conn., S.D. Ind., S.D. Ohio
    ("MEMORANDUM RULING", "opinion"),
    ("MEMORANDUM OF DECISION", "opinion"),
    ("RULING ON MOTION TO DISMISS", "order"),
    ("ENTRY ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT", "order"),
    ("DECISION AND ENTRY GRANTING MOTION TO REMAND", "order"),
    # a magistrate judge's recommendation: S.D. Tex., D. Colo.
    ("MEMORANDUM AND RECOMMENDATION", "report_and_recommendation"),
    ("RECOMMENDATION OF UNITED STATES MAGISTRATE JUDGE", "report_and_recommendation"),
    ("ORDER ADOPTING MEMORANDUM AND RECOMMENDATION", "order"),
    # "entry" and "decision" in a party's paper stay the party's
    ("MOTION FOR ENTRY OF DEFAULT", "motion"),
    ("NOTICE OF ENTRY OF APPEARANCE", "notice"),
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
    # 5th Cir. opinion: no title word, "Per Curiam:" opens it
    ("United States Court of Appeals\nfor the Fifth Circuit\nNo. 21-50498\nVanessa St. Pierre,\nPlaintiff—Appellant,\nversus\nStandard Insurance Company,\nDefendant—Appellee.\nAppeal from the United States District Court\nfor the Western District of Texas\nBefore Barksdale, Stewart, and Dennis, Circuit Judges.\nPer Curiam:*\nThis case arises from a dispute involving a life insurance policy.",
     "FILED", "opinion"),
    # Supreme Court slip opinion; state supreme court author line
    ("(Slip Opinion) OCTOBER TERM, 2012 1\nSyllabus\nNOTE: Where it is feasible, a syllabus (headnote) will be released", None, "opinion"),
    ("IN THE SUPREME COURT OF NORTH CAROLINA\nNo. 363A14-4\nFiled 11 February 2022\nHUDSON, Justice.\nIn this case we consider", None, "opinion"),
    # 8th Cir.: the author line of a chief judge; D.C. Cir.: "Opinion for the Court filed by"
    ("United States Court of Appeals\nFor the Eighth Circuit\nNo. 21-1234\nSubmitted: January 10, 2022\n"
     "SMITH, Chief Judge.\nJohn Doe appeals his sentence. We affirm.", None, "opinion"),
    ("United States Court of Appeals\nFOR THE DISTRICT OF COLUMBIA CIRCUIT\nNo. 21-5123\n"
     "Opinion for the Court filed by Circuit Judge MILLETT.\nMILLETT, Circuit Judge: Jane Roe sued.", None, "opinion"),
    # ... but a district judge's name line over an order is not an author line
    ("UNITED STATES DISTRICT COURT\nORDER\nSMITH, Judge.\nThe motion is granted.", None, "order"),
    # letters: salutation, or the 3d Cir. clerk's "RE:" line with "Very truly yours,"
    ("AFFELD GRIVAKES LLP\n2049 Century Park East, Ste. 2460\nMarch 23, 2021\nCase 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al.\nDear Magistrate Judge Ryu:\nThis letter is being submitted in connection with", None, "letter"),
    ("OFFICE OF THE CLERK\nUNITED STATES COURT OF APPEALS\nAugust 3, 2017\nRE: Christopher Mielo, et al v. Steak N Shake Operations Inc\nCase Number: 17-2678\nTo All Parties:\nEnclosed is case opening information.\nVery truly yours,\nMarcia M. Waldron,\nClerk",
     "TELEPHONE 21400 UNITED STATES COURTHOUSE", "letter"),
    # exhibits are the kind of the paper they carry
    ("EXHIBIT B\nREDACTED PUBLIC VERSION\nUNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nVIDEOTAPED DEPOSITION OF STEVE POMERANTZ, Ph.D.\nNew York, New York", "EXHIBIT B", "transcript"),
    ("EXHIBIT V\nREDACTED VERSION OF DOCUMENT PROPOSED TO BE FILED UNDER SEAL\nI, , declare as follows:\n1. This declaration is based on my personal knowledge.", "EXHIBIT V", "declaration"),
    ("EXHIBIT G\nBen Siegel\nFrom:\nSent:\nTo:\nSubject:\nWednesday, December 30, 2020 9:12 PM", "EXHIBIT G", "other"),
    # CR-104 whose footer the layout removed: the form's opening sentence decides
    ("United States District Court\nCentral District of California\nUNITED STATES OF AMERICA vs.\nDefendant 7. James R Milheiser\nIn the presence of the attorney for the government, the defendant appeared in person on this date.", None, "judgment"),
    ("12/21/2020\njb", None, "other"),
    # a proposed order the judge signed and dated is the court's order; a lodged one is not
    ("[PROPOSED] ORDER RE: STIPULATION RE: BODY WORN CAMERA FOOTAGE\nThe Court, having reviewed the parties’ stipulation, ORDERS as follows:\nThe designation is lifted.\nIT IS SO ORDERED.\nDated: February 26, 2021\nSENIOR DISTRICT JUDGE",
     "[PROPOSED] ORDER RE: STIPULATION RE: BODY WORN CAMERA FOOTAGE", "order"),
    ("[PROPOSED] ORDER GRANTING PLAINTIFFS’ MOTION FOR LEAVE TO AMEND\nThe motion is GRANTED.\nIT IS SO ORDERED.\nDated: _________________\nThe Honorable Maxine M. Chesney\nUnited States District Judge",
     "[PROPOSED] ORDER GRANTING PLAINTIFFS’ MOTION FOR LEAVE TO AMEND", "proposed_order"),
    ("[PROPOSED] ORDER\nIT IS ORDERED that the Motion is granted.\nDated this _____ day of September, 2021\nHonorable John F. Walter\nUnited States District Judge",
     "[PROPOSED] ORDER", "proposed_order"),
    ("[PROPOSED] ORDER\nThe motion is GRANTED.\nDated: April 16, 2020\nBy: /s/ Matthew C. Gaudet\nAttorneys for Defendant",
     "[PROPOSED] ORDER", "proposed_order"),
    # title-case headings; a recommendation with no title; a transcript's cover
    ("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nBRENDA HAWKINS, et al.,\nPlaintiffs,\nv.\nDANAHER CORPORATION, et al.,\nDefendants.\nMemorandum Opinion and Order\nTwo shareholders bring this action.",
     None, "opinion"),
    ("FINDINGS\nPlaintiffs have brought this putative class action.\nRECOMMENDATIONS\nIT IS RECOMMENDED that defendants’ motion to dismiss be GRANTED.\nYOU, Magistrate Judge.",
     None, "report_and_recommendation"),
    ("FINDINGS AND\n\nv.\n\nRECOMMENDATIONS SCHMITT INDUSTRIES, INC.\nRECOMMENDATIONS\nDefendants’ Motion to Dismiss should be granted.\nThese Findings and Recommendations will be referred to a district judge.\nYOU, Magistrate Judge.",
     "FINDINGS AND", "report_and_recommendation"),
    ("Official - Subject to Final Review\nIN THE SUPREME COURT OF THE UNITED STATES\nMICHAEL A. KNOWLES, WARDEN, Petitioner\nv. No. 07-1315", None, "transcript"),
    ("", None, "other"),
]


@pytest.mark.parametrize(("text", "title", "kind"), TEXT_CASES)
def test_classify_document(text: str, title: str | None, kind: str) -> None:
    clean = CleanText.from_string(text)
    assert _classify(clean, Caption(title=title), Holdings()) == kind


_AZD_LODGED = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA\nKevin D Turnage,\nPetitioner,\nv.\n"
               "Robert F Kennedy, JR, et al.,\nDefendant.\nNo. 25-CV-03367-PHX\nORDER\n"
               "Having reviewed the United States' Motion to Extend Deadline to Respond to Motion for Preliminary "
               "Injunction (Doc. 26), and good cause appearing,\nIT IS HEREBY ORDERED granting the Motion (Doc. 26).\n")
_WAWD_LODGED = ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE\nORDER GRANTING STIPULATED MOTION "
                "TO EXTEND DEADLINES\nThis matter comes before the Court on the parties' stipulated motion.\nIT IS SO ORDERED.\n"
                "DATED this ____ day of __________, 2023.\nTHE HONORABLE JAMES L. ROBART\nUnited States District Judge\n")
_CAND_EXHIBIT = ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nORDER ON DAUBERT MOTIONS\n"
                 "The Court rules on the parties' motions as follows.\nIT IS SO ORDERED.\nDated: April 17, 2020\n"
                 "BETH LABSON FREEMAN\nUnited States District Judge\n")


@pytest.mark.parametrize(
    ("text", "title", "attachment", "kind"),
    [
        (_AZD_LODGED, "ORDER", 1, "proposed_order"),  # D. Ariz. "Document 26-1", nobody signs
        (_WAWD_LODGED, "ORDER GRANTING STIPULATED MOTION TO EXTEND DEADLINES", 2, "proposed_order"),  # W.D. Wash. date left blank
        (_AZD_LODGED, "ORDER", None, "order"),  # the same paper as an entry of its own is the court's
        (_CAND_EXHIBIT, "ORDER ON DAUBERT MOTIONS", 1, "order"),  # N.D. Cal. a signed order attached as an exhibit
        ("MOTION TO EXTEND DEADLINE\nThe United States moves to extend its deadline.\n", "MOTION TO EXTEND DEADLINE", 3, "motion"),
    ],
)
def test_an_unsigned_order_lodged_as_an_attachment_is_proposed(
    text: str, title: str, attachment: int | None, kind: str
) -> None:
    clean = CleanText.from_string(text)
    form = regions_of(clean).form_kind
    got = classify_document(clean, Caption(title=title), Holdings(), form, head_kind(clean.text, form), attachment)
    assert got == kind


def test_rulings_without_title_make_an_order() -> None:
    clean = CleanText.from_string("The motion is granted.\nIT IS SO ORDERED.")
    assert _classify(clean, Caption(), Holdings(so_ordered=True)) == "order"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_never_raises(text: str, title: str | None) -> None:
    kind = _classify(CleanText.from_string(text), Caption(title=title), Holdings())
    assert kind in DOCUMENT_TYPES


# Issue 15: papers that fell back to "order", from courts of every level: (text, title, kind).
MORE_TEXT_CASES = [
    # 9th Cir.: an opinion names itself under the caption, no "ORDER" anywhere
    ("UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\nJOHN DOE, Plaintiff-Appellant,\nv.\n"
     "ACME, Defendant-Appellee.\nNo. 19-1234\nOPINION\nAppeal from the United States District Court\n"
     "Before: A, B, and C, Circuit Judges.\nOpinion by Judge A\n", None, "opinion"),
    # D. Mass.: a judgment entered on a separate document
    ("UNITED STATES DISTRICT COURT\nJUDGMENT\nIT IS ORDERED AND ADJUDGED that the complaint is dismissed.\n",
     None, "judgment"),
    # 3d Cir.: the clerk's letter to counsel
    ("UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT\nOFFICE OF THE CLERK\nDear Counsel:\n"
     "The Court has received your brief.\nVery truly yours,\nPatricia S. Dodszuweit, Clerk\n", None, "letter"),
    # D. Del. Bankr.: Official Form 201
    ("United States Bankruptcy Court for the District of Delaware\n"
     "Voluntary Petition for Non-Individuals Filing for Bankruptcy\n", None, "other"),
]


@pytest.mark.parametrize(("text", "title", "kind"), MORE_TEXT_CASES, ids=[c[2] + str(i) for i, c in enumerate(MORE_TEXT_CASES)])
def test_classify_more_courts(text: str, title: str | None, kind: str) -> None:
    assert _classify(CleanText.from_string(text), Caption(title=title), Holdings()) == kind
