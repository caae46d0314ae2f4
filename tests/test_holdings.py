"""Holdings: the formula, ordering sentences, rulings, disposition, sentence splitting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract import holdings as _holdings
from courtparse.extract.doctype import head_kind
from courtparse.models import DISPOSITIONS, Holdings
from courtparse.regions import regions_of, sentence_spans
from courtparse.text import CleanText


def extract_holdings(clean: CleanText) -> Holdings:
    """The holdings as ``document.build_document`` wires them (the kind the text shows)."""
    regions = regions_of(clean)
    return _holdings.extract_holdings(clean, regions, head_kind(clean.text, regions.form_kind))


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split())


SENTENCE_CASES = [
    ("Defendants C. R. Bard, Inc. and Bard Peripheral Vascular, Inc. manufacture filters. Bard markets them.",
     ["Defendants C. R. Bard, Inc. and Bard Peripheral Vascular, Inc. manufacture filters.", "Bard markets them."]),
    ("Plaintiff filed a response. [Docket No. 339.] The court notes that it did not grant leave.",
     ["Plaintiff filed a response.", "[Docket No. 339.]", "The court notes that it did not grant leave."]),
    ("See 28 U.S.C. § 3205(b)(1). Plaintiff complies with Fed. R. Civ. P. 5.2 and Local Rule 5.2-1.",
     ["See 28 U.S.C. § 3205(b)(1).", "Plaintiff complies with Fed. R. Civ. P. 5.2 and Local Rule 5.2-1."]),
    ("phone records, i.e. phone records and emails, that support it. Nixon v. Warner Comm., Inc., 435 U.S. 589 (1978). Next.",
     ["phone records, i.e. phone records and emails, that support it.",
      "Nixon v. Warner Comm., Inc., 435 U.S. 589 (1978).", "Next."]),
    ("2014 WL 4100638, at *5 (N.D. Cal. Aug. 20, 2014) (allowing it). Accordingly, the Court DENIES the motion.",
     ["2014 WL 4100638, at *5 (N.D. Cal. Aug. 20, 2014) (allowing it).",
      "Accordingly, the Court DENIES the motion."]),
    ("Accordingly, IT IS HEREBY ORDERED that:\n1. The Motion (ECF No. 26), is GRANTED;\n2. Counsel is directed to send a copy of this order to Plaintiff;",
     ["Accordingly, IT IS HEREBY ORDERED that:", "1. The Motion (ECF No. 26), is GRANTED;",
      "2. Counsel is directed to send a copy of this order to Plaintiff;"]),
    ("IT IS SO ORDERED\nDated: August 5, 2016", ["IT IS SO ORDERED", "Dated: August 5, 2016"]),
    # the abbreviations of the issue: Drs., Nos., Id., et al., Cir., F. Supp. 3d, Corp.
    ("The Court reviewed the reports of Drs. Smith and Jones. Id. at 5. Plaintiffs, et al., filed Nos. 3 and 4.",
     ["The Court reviewed the reports of Drs. Smith and Jones.", "Id. at 5.",
      "Plaintiffs, et al., filed Nos. 3 and 4."]),
    ("See Smith v. Acme Corp., 123 F. Supp. 3d 45, 47 (S.D.N.Y. 2015); Doe v. Roe, 5 F.4th 1 (9th Cir. 2021). The motion is GRANTED.",
     ["See Smith v. Acme Corp., 123 F. Supp. 3d 45, 47 (S.D.N.Y. 2015); Doe v. Roe, 5 F.4th 1 (9th Cir. 2021).",
      "The motion is GRANTED."]),
    # a line end is no sentence end; double-spaced pleading paper prints a blank line after each
    ("Defendant's motion to dismiss\nis GRANTED. The Clerk shall close the file.",
     ["Defendant's motion to dismiss\nis GRANTED.", "The Clerk shall close the file."]),
    ("by and through its counsel\n\nof record, John D. Cline, Esq. and Patrick W.\n\nBlegen, Esq., respectfully request a hearing.",
     ["by and through its counsel\n\nof record, John D. Cline, Esq. and Patrick W.\n\nBlegen, Esq., respectfully request a hearing."]),
    # a heading after a blank line starts a sentence; a number alone is no sentence
    ("The motion is DENIED.\n\nII. DISCUSSION\nThe Court turns to the merits.",
     ["The motion is DENIED.", "II. DISCUSSION", "The Court turns to the merits."]),
    ("The motion is granted. 2. The Clerk shall close the file.",
     ["The motion is granted.", "2. The Clerk shall close the file."]),
]


@pytest.mark.parametrize(("text", "sentences"), SENTENCE_CASES)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


ORDER_TEXT = """ORDER DENYING ADMINISTRATIVE MOTION FOR LEAVE TO FILE MOTIONS TO COMPEL

Re: Dkt. No. 337

The court has received Defendant Almaxwave USA, Inc.'s ("Almaxwave") administrative motion for leave to file motions to compel discovery from Plaintiff Loop AI Labs, Inc. The parties shall use this week's session (i.e., January 8, 2016) to meet and confer regarding the three areas of dispute. Ninth Circuit Rule 39-1.6 provides that “a request for attorneys’ fees shall be filed no later than 14 days after the expiration of the period.” Following the meet and confer session, the parties shall submit a joint letter regarding any outstanding disputes on the three topics by no later than January 15, 2016. That portion of Plaintiff's administrative motion is denied.

IT IS SO ORDERED.

Dated: January 6, 2016
"""


def test_order_with_formula() -> None:
    h = extract_holdings(CleanText.from_string(ORDER_TEXT))
    assert h.so_ordered is True
    assert h.disposition == "denied"
    orders = [_norm(p.text) for p in h.orders]
    rulings = [_norm(p.text) for p in h.rulings]
    assert any("The parties shall use this week's session" in o for o in orders)
    assert any("the parties shall submit a joint letter" in o for o in orders)
    assert not any("Ninth Circuit Rule 39-1.6 provides" in o for o in orders)  # quoted rule
    assert rulings == ["That portion of Plaintiff's administrative motion is denied."]


HOLDING_CASES = [
    # (text, so_ordered, disposition, mentions that must be in an order or a ruling)
    ("ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR ATTORNEYS’ FEES\n\nThe respondents’ motion for attorneys’ fees is granted in part and denied in part. The respondents are awarded $450,000 in attorneys’ fees.\n\nIT IS SO ORDERED.",
     True, "granted_in_part", ["The respondents are awarded $450,000"]),
    ("III. ORDER\nFor the reasons stated on the record at the Conference and discussed above, the Court orders as follows:\nFinjan’s Motion in Limine No. 1 (ECF 527): GRANTED IN PART; DENIED IN PART; and DEFERRED IN PART.\nCisco’s Motion in Limine No. 1 (ECF 534): DEFERRED.\nCisco’s Motion in Limine No. 4 (ECF 537): TERMINATED with leave to refile.\nIT IS SO ORDERED.",
     True, "granted_in_part", ["Motion in Limine No. 4 (ECF 537): TERMINATED with leave to refile"]),
    ("CIVIL MINUTES - GENERAL\nProceedings: [In Chambers] Order Denying Defendants’ Applications to Seal (Dkt. Nos. 169, 171)\nAccordingly, the Court DENIES Defendants’ applications to seal. (Dkt. Nos. 169-170.) Defendants are ORDERED to review the Court’s local rules about filing applications under seal and submit an amended application.\nIT IS SO ORDERED.",
     True, "denied", ["the Court DENIES Defendants’ applications to seal",
                      "Defendants are ORDERED to review the Court’s local rules"]),
    ("THUS, IT IS HEREBY ORDERED THAT:\n1. Defendant Leon, his agents, servants, employees, and attorneys, and all persons who are in active concert or participation with him are enjoined from the unauthorized use of Experian’s source code.\n2. Defendant Leon must preserve all relevant evidence.\n3. The Court finds that no bond is required.\nIT IS SO ORDERED",
     True, None, ["all persons who are in active concert or participation with him are enjoined",
                  "Defendant Leon must preserve all relevant evidence"]),
    ("IT IS ORDERED that the redacted complaint attached to the government’s Application is authorized to be disseminated to the defendant and counsel, and other Court personnel as needed.",
     False, None, ["is authorized to be disseminated to the defendant and counsel"]),
    ("ORDER\nConsequently, Richard P. Liebowitz may show cause in writing within 20 days of the date of this order why he should not be similarly suspended in this court.",
     False, None, ["may show cause in writing within 20 days of the date of this order"]),
    ("O R D E R\nThe court, on its own initiative, ORDERS the parties to this appeal to file a Statement, addressing whether this appeal should be consolidated with Appeal No. 11-1131.\nThe parties’ Statements are due on or before July 21, 2017.",
     False, None, ["ORDERS the parties to this appeal to file a Statement",
                   "The parties’ Statements are due on or before July 21, 2017"]),
    ("JUDGMENT AND PROBATION/COMMITMENT ORDER\nIt is ordered that the defendant shall pay to the United States a special assessment of $200, which is due immediately.",
     False, "other", ["It is ordered that the defendant shall pay to the United States a special assessment of $200"]),
    ("ORDER DISMISSING ACTION\nThe action is DISMISSED without prejudice. IT IS SO ORDERED.", True, "dismissed", []),
    # more dispositions (docs/forms.md)
    ("Accordingly, Plaintiff’s motion to compel (Dkt. 45) is DENIED as moot.", False, "moot", []),
    ("This action is STAYED pending the Ninth Circuit’s decision in Hernandez Roman.", False, "stayed", []),
    ("This action is TRANSFERRED to the Central District of California. IT IS SO ORDERED.", True, "transferred", []),
    ("1. Defendant’s motion to dismiss (Dkt. 10) is GRANTED.\n2. Plaintiff’s motion to strike (Dkt. 12) is DENIED.\nIT IS SO ORDERED.",
     True, "granted_in_part", ["motion to dismiss (Dkt. 10) is GRANTED", "motion to strike (Dkt. 12) is DENIED"]),
    # appellate: the panel's voice and the judgment line
    ("For the following reasons, we AFFIRM.", False, "affirmed", ["we AFFIRM"]),
    ("For the foregoing reasons, the district court’s judgment dismissing St. Pierre’s claims against Appellees is AFFIRMED.", False, "affirmed", []),
    ("We therefore VACATE the judgment and REMAND for further proceedings.", False, "vacated", []),
    ("The panel heard argument.\n\nREVERSED AND REMANDED.", False, "reversed", ["REVERSED AND REMANDED."]),
    ("For the reasons elucidated above, the Chapel's appeal is dismissed without prejudice for lack of appellate jurisdiction.\n\nSo Ordered.",
     True, "dismissed", []),
    ("Appellant argues that we must reverse.", False, None, []),
    # C.D. Cal. trial minutes: the form's unchecked options are no ruling
    ("CIVIL MINUTES - TRIAL\nFiled jury instructions. plaintiff(s) defendant(s). is granted. denied. submitted.", False, None, []),
    # CR-104 with its footer removed by the layout: still a criminal judgment
    ("In the presence of the attorney for the government, the defendant appeared in person on this date.\nIt is ordered that the defendant shall pay a special assessment of $200.",
     False, "other", []),
    # a transcript reports the bench ruling, an exhibit carries someone else's paper
    ("REPORTER'S TRANSCRIPT OF PROCEEDINGS\nTHE COURT: The motion to transfer is granted. The case is transferred to the Northern District.", False, None, []),
    ("EXHIBIT A\nNo. 19-648\nIn the Supreme Court of the United States\nBRIEF FOR THE UNITED STATES AS AMICUS CURIAE\nThe petition should be granted.", False, None, []),
    # a hearing taken off calendar is no disposition; the ruling on the motion is
    ("Pursuant to Rule 78 of the Federal Rules of Civil Procedure and Local Rule 7-15, the Court finds that this matter is appropriate for decision without oral argument. The hearing calendared for August 15, 2016, is vacated, and the matter taken off calendar.\n\nFor the foregoing reasons, the Court grants Plaintiff's Motion to Remand [12].\nIT IS SO ORDERED.",
     True, "granted", ["the Court grants Plaintiff's Motion to Remand"]),
    ("The court finds the matter suitable for resolution without a hearing. The motion is denied. The hearing set for January 28, 2016 is vacated.",
     False, "denied", ["The motion is denied."]),
    ("The motion is GRANTED, and the hearing set for March 1, 2021 is vacated.", False, "granted", []),
    ("Accordingly, the Court VACATES the hearing set for March 1, 2021. The motion is DENIED.", False, "denied", []),
    ("All pretrial dates are VACATED. The post mediation status conference set for November 5, 2018 is vacated.", False, None, []),
    ("The judgment entered on the date of trial is vacated.", False, "vacated", []),
    ("The Court vacates the default entered against Defendant Leon.", False, "vacated", []),
    # one sentence, two outcomes: the first printed, whatever the hash seed
    ("IT IS ORDERED that the motion is GRANTED and this appeal is DISMISSED.", False, "granted", []),
    ("Plaintiff’s motion to remand is GRANTED. The case is REMANDED to the Superior Court.", False, "granted", []),
    # issue 15: the court's voice only. A party argues, contends, requests (N.D. Cal., D. Mass., N.D. Ga.)
    ("Cisco argues that Dr. Layne-Farrar may not support an upward influence on royalty rates.", False, None, []),
    ("In other words, Cisco believes the motion must be granted.", False, None, []),
    ("Plaintiff requests that, if this Court determines that the amended complaint fails, she be granted leave to amend.", False, None, []),
    ("The Named Plaintiff requests leave to amend in the event that the Court grants the Motion to Dismiss.", False, None, []),
    ("Toshiba argues that, because the 1999 Agreement is an infringement-based license, Tessera must prove infringement.", False, None, []),
    # ... while a subordinate clause keeps the main clause's ruling, and a request is a noun here
    ("Because Defendant argues only that the claim is untimely, the motion to dismiss is DENIED.", False, "denied", ["the motion to dismiss is DENIED"]),
    ("1. Defendant’s request for the filing of redacted versions (Doc. No. 200) is granted.", False, "granted", ["Defendant’s request for the filing of redacted versions"]),
    # a heading is no order; a statement of law is no order; a form's reader is not directed
    ("II. PLAINTIFF'S RESPONSE TO ORDER TO SHOW CAUSE\nPlaintiff filed a response.", False, None, []),
    ("To survive a motion to dismiss, a complaint must contain sufficient factual matter.", False, None, []),
    ("A plaintiff must allege facts showing a plausible claim. The court must accept them as true.", False, None, []),
    ("You must file this form within 14 days after you file your petition.", False, None, []),
    ("The expert must consider all the data. An engineer must follow the standard.", False, None, []),
    # "must" with a deadline or an addressee orders (N.D. Cal., D. Ariz.)
    ("Such supplemental submission, if any, must be filed on or before June 17, 2021.", False, None,
     ["must be filed on or before June 17, 2021"]),
    ("Defendant must file its answer within 14 days of the date of this Order.", False, None, ["Defendant must file its answer"]),
    # the items of a conclusion part, with or without their own subject (E.D. Pa., S.D. Tex. wording)
    ("IV. CONCLUSION\nFor the reasons above, the Court:\n(1) GRANTS defendant’s motion to dismiss Count I;\n(2) DENIES defendant’s motion to strike;\n(3) Plaintiff may file an amended complaint within 21 days.",
     False, "granted_in_part", ["(1) GRANTS defendant’s motion to dismiss Count I", "(3) Plaintiff may file an amended complaint within 21 days."]),
    # every sentence of an "ORDERS as follows:" part orders, up to the formula (E.D. Cal.)
    ("The Court, having reviewed the parties’ stipulation (Doc. No. 124), and good cause appearing, ORDERS as follows:\n\nThe confidentiality designation is lifted as of Friday, March 5, 2021, at 11:00 a.m. Nothing in this Order prohibits any public comment.\n\nIT IS SO ORDERED.\nDated: February 26, 2021",
     True, None, ["The confidentiality designation is lifted as of Friday, March 5, 2021", "Nothing in this Order prohibits any public comment."]),
    # leave to amend denied does not make a granted motion granted in part; alone it is a denial
    ("Defendant’s motion to dismiss is GRANTED. Leave to amend is DENIED.", False, "granted", []),
    ("The motion to dismiss is GRANTED and the Court DENIES leave to amend.", False, "granted", []),
    ("Plaintiff’s motion for leave to amend is DENIED.", False, "denied", []),
    # D. Mass.: "ALLOWS" grants; "the request to amend is denied" is leave to amend
    ("Because Plaintiff does not suggest new information, the request to amend is denied.\nVI. Conclusion\n\nFor the foregoing reasons, the Court ALLOWS Defendants’ motion to dismiss, D. 30.\nSo Ordered.",
     True, "granted", ["the Court ALLOWS Defendants’ motion to dismiss"]),
    ("The motion is DENIED because the rule allows it.", False, "denied", []),
    # a magistrate judge's findings and recommendation rules on nothing
    ("FINDINGS AND RECOMMENDATIONS\nIT IS RECOMMENDED that defendants’ motion to dismiss be GRANTED.\nYOU, United States Magistrate Judge", False, None, []),
    # a possibility is no ruling: the pleading standard, a writ's standard (every Rule 12(b)(6) opinion)
    ("Plaintiff fails to state a claim upon which relief can be granted. The writ may be granted only if the decision was unreasonable.",
     False, None, []),
    ("The complaint does not allege facts on which relief could be granted, and relief cannot be granted here.", False, None, []),
    ("Because the complaint does not plead scienter, the motion will be granted.", False, "granted", []),  # M.D.N.C.
    # the ruling an opinion announces for its separate order (N.D. Ala., D.D.C., W.D. Pa. wording) ...
    ("CONCLUSION\nFor these reasons, the court will GRANT Defendants’ motion to dismiss Pirani’s Amended Complaint.", False, "granted", []),
    ("For the reasons stated, the Court will deny the motion for a preliminary injunction.", False, "denied", []),
    ("So the court will DISMISS WITH PREJUDICE Pirani’s amended complaint.", False, "dismissed", []),
    # D. Ariz.: the ruling as a gerund after "ORDERED"
    ("IT IS HEREBY ORDERED granting the Motion for Default Judgment (Doc. 26).", False, "granted",
     ["IT IS HEREBY ORDERED granting the Motion for Default Judgment (Doc. 26)."]),
    ("IT IS ORDERED denying Plaintiff’s Motion to Remand (Doc. 14).", False, "denied",
     ["IT IS ORDERED denying Plaintiff’s Motion to Remand (Doc. 14)."]),
    # ... but not a warning on a condition (screening orders), nor a finding the court adopts (C.D. Cal., N.D. Cal.)
    ("The Court will adopt Kennedy’s discount rate of using the Treasury Bill rate. I will adopt the same convention.", False, None, []),
    ("Counsel is required to file a notice within 7 days.", False, None, ["Counsel is required to file a notice"]),
    ("If Plaintiff fails to file an amended complaint within 30 days, the Court will dismiss this action.", False, None, []),
    ("The Court will dismiss this case unless Plaintiff pays the filing fee.", False, None, []),
    # a court of appeals decides by its judgment line or its own voice, not by the history it recites (10th, 3d Cir.)
    ("The magistrate judge recommended the petition be denied. We granted a certificate of appealability and now affirm.\n\nAFFIRMED.",
     False, "affirmed", ["AFFIRMED."]),
    ("The motion was denied on Rule 12(b)(6) grounds. For the foregoing reasons, we will affirm the District Court’s judgment.",
     False, "affirmed", []),
    ("The magistrate judge recommended the petition be denied, and the district court denied it.\n\nREVERSED AND REMANDED.",
     False, "reversed", []),
    # a granted motion to dismiss is what the dismissals carry out (N.D. Tex., D. Minn.) ...
    ("Therefore, Count I is DISMISSED with prejudice. Count II is thus DISMISSED.\nAccordingly, Defendants’ Motion to Dismiss (ECF No. 55) is GRANTED, and all of Plaintiffs’ claims are hereby DISMISSED with prejudice.",
     False, "granted", []),
    ("IT IS HEREBY ORDERED THAT:\n1. Defendants’ Motion to Dismiss (Doc. No. 81) is GRANTED; and\n2. The Amended Complaint (Doc. No. 70) is DISMISSED WITH PREJUDICE.\n3. Count I is DISMISSED.",
     False, "granted", []),
    # ... while a dismissal on screening, beside a granted fee application, stays a dismissal
    ("Plaintiff’s application to proceed in forma pauperis is GRANTED. The complaint is DISMISSED for failure to state a claim. The action is DISMISSED.",
     False, "dismissed", []),
    # history is not a ruling: "the Court entered an order granting" / "was denied"
    ("On March 12, 2012, the Court entered an order granting Plaintiff’s appeal. The motion was denied in a written order on January 4.",
     False, None, []),
]


@pytest.mark.parametrize(("text", "so_ordered", "disposition", "mentions"), HOLDING_CASES)
def test_holdings(text: str, so_ordered: bool, disposition: str | None, mentions: list[str]) -> None:
    h = extract_holdings(CleanText.from_string(text))
    assert h.so_ordered is so_ordered
    assert h.disposition == disposition
    passages = [_norm(p.text) for p in (*h.orders, *h.rulings)]
    for mention in mentions:
        assert any(_norm(mention) in p for p in passages), (mention, passages)


MOTION_TEXT = """Attorneys for Defendants
UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
CLIFTON W. MARSHALL, et al., Plaintiffs,
DEFENDANTS’ NOTICE OF MOTION AND MOTION FOR PARTIAL SUMMARY JUDGMENT
PLEASE TAKE NOTICE that Defendants will move on June 7, 2019 for partial summary judgment. The Court must grant summary judgment where there is no genuine dispute. The motion should be granted.
Dated: February 1, 2019 MAYER BROWN LLP
By: /s/ Nancy G. Ross
"""


def test_party_filing_rules_on_nothing() -> None:
    h = extract_holdings(CleanText.from_string(MOTION_TEXT))
    assert (h.so_ordered, h.disposition, h.orders, h.rulings) == (False, None, (), ())


def test_passage_span_covers_its_sentence() -> None:
    clean = CleanText.from_string(ORDER_TEXT)
    for p in (*extract_holdings(clean).orders, *extract_holdings(clean).rulings):
        assert p.span is not None
        assert _norm(ORDER_TEXT[p.span.start : p.span.end]) == p.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    h = extract_holdings(CleanText.from_string(text))
    assert h.disposition is None or h.disposition in DISPOSITIONS
    for a, b in sentence_spans(text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["IT IS SO ORDERED.", "The motion is GRANTED", "DENIED", "shall", "v.",
                                 "Inc.", "\n", "1.", "(a)", ":", ";", "“", "”", "ORDER GRANTING", " "])))
def test_never_raises_on_order_soup(words: list[str]) -> None:
    text = " ".join(words)
    h = extract_holdings(CleanText.from_string(text))
    for p in (*h.orders, *h.rulings):
        assert p.span is not None
        assert _norm(text[p.span.start : p.span.end]) == p.text


def test_superscript_digit_is_not_a_list_number() -> None:
    # "1." at a line's start numbers an item; a superscript "²" passes str.isdigit()
    # but is a footnote mark, so the period after it ends a sentence.
    text = "Plaintiff moved to dismiss.\n2. Defendants oppose."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Plaintiff moved to dismiss.", "2. Defendants oppose."
    ]
    from courtparse.regions import _false_end

    assert _false_end(text, text.index("2.") + 1)  # "2." numbers an item
    text = "Plaintiff moved to dismiss.\n². Defendants oppose."
    assert not _false_end(text, text.index("².") + 1)  # "²." does not
    a, b = sentence_spans(text)[0]
    assert text[a:b] == "Plaintiff moved to dismiss."


def test_sentences_when_the_segmenter_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure of the third-party segmenter falls back to the hand rules, which still
    know the abbreviations ("Dkt. No."), not to an empty list."""
    import nupunkt

    def _fail(_text: str) -> list[tuple[int, int]]:
        raise RuntimeError("model failed")

    monkeypatch.setattr(nupunkt, "sent_spans", _fail)
    text = "The motion (Dkt. No. 12) is DENIED. The parties shall file a joint letter."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The motion (Dkt. No. 12) is DENIED.",
        "The parties shall file a joint letter.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a statement of law is no order: what a claim requires, not what the court requires of a party
        "An injury in fact, which is required for standing, is absent here.",
        "Scienter, which is required for a Rule 10b-5 claim, is not pleaded with particularity.",
        "Because no injury is alleged, which is required for standing, Count I fails.",
    ],
)
def test_what_the_law_requires_is_no_order(text: str) -> None:
    assert extract_holdings(CleanText.from_string(text)).orders == ()
