"""Defined short names: the quoted parenthesis and the full name printed before it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.defined_terms import extract_defined_terms
from courtparse.text import CleanText

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # examples/ndcal-order-denying-leave.txt: role word and possessive are not the name
    ("The court has received Defendant Almaxwave USA, Inc.'s (\"Almaxwave\") administrative motion for leave",
     [("Almaxwave", "Almaxwave USA, Inc.")]),
    # examples/ndcal-second-order-unilateral-letters.txt: curly quotes, two in one sentence
    ("regarding to Defendants IQSystem, Inc. (“IQS”) and Almawave USA Inc.’s (“Almawave”) document productions.",
     [("IQS", "IQSystem, Inc."), ("Almawave", "Almawave USA Inc.")]),
    # E.D. Cal. fee order: a statute, a person, counsel after a heading line
    ("On July 10, 2012, the Court entered an award of $5,500 for attorney fees under the Equal Access to\nJustice Act (“EAJA”). (ECF No. 25).",
     [("EAJA", "Equal Access to Justice Act")]),
    ("PROPER REDACTION\nSengthiene Bosavanh (“Counsel”) of the Offices of Jeffrey Milam Law, attorney for\nTracie Still (“Plaintiff”), filed a Motion",
     [("Counsel", "Sengthiene Bosavanh"), ("Plaintiff", "Tracie Still")]),
    ("Plaintiff Tracie Still (“Plaintiff”) filed a Motion for Attorney’s Fees", [("Plaintiff", "Tracie Still")]),
    # "(the ...)", "(collectively, ...)", "(hereafter ...)"
    ("In June 2009, the City of El Paso (the “City”) adopted", [("City", "City of El Paso")]),
    ("Proofpoint, Inc. and Cloudmark LLC (collectively, “Plaintiffs”) respectfully move",
     [("Plaintiffs", "Proofpoint, Inc. and Cloudmark LLC")]),
    ("brought against Defendants C. R. Bard, Inc. and Bard Peripheral Vascular, Inc. (hereinafter “BPV”).",
     [("BPV", "Bard Peripheral Vascular, Inc.")]),
    ("pursuant to the Management Agreement (the \"Agreement\"), the Fund", [("Agreement", "Management Agreement")]),
    ("Complaint against Defendant, Cable News Network, Inc. (“CNN”)", [("CNN", "Cable News Network, Inc.")]),
    ("Tycko & Zavareei, LLP (“TZ”) represents", [("TZ", "Tycko & Zavareei, LLP")]),
    # two short names for one party; a plural possessive
    ("based on Plaintiff ConsumerInfo.com, Inc. dba Experian Information\nSolutions’ (“Experian” or “Plaintiff”) Ex Parte",
     [("Experian", "ConsumerInfo.com, Inc. dba Experian Information Solutions"),
      ("Plaintiff", "ConsumerInfo.com, Inc. dba Experian Information Solutions")]),
    # a full name with "and" inside it, not cut at the "and" (9th Cir., E.D. Cal., N.D. Cal.)
    ("detained by the U.S. Immigration and Customs Enforcement (“ICE”) in the Adelanto Processing Center",
     [("ICE", "U.S. Immigration and Customs Enforcement")]),
    ("defendant Midea Microwave and Electrical Appliances Manufacturing Co. Ltd. (“Midea China”) filed a motion",
     [("Midea China", "Midea Microwave and Electrical Appliances Manufacturing Co. Ltd.")]),
    ("portions of the Memorandum of Points and Authorities in Support of Plaintiffs’ Motion to Strike Affirmative Defenses (the “Memorandum”).",
     [("Memorandum", "Memorandum of Points and Authorities in Support of Plaintiffs’ Motion to Strike Affirmative Defenses")]),
    ("the Office of Personnel Management (“OPM”) and the Department of Health and Human Services (“HHS”)",
     [("OPM", "Office of Personnel Management"), ("HHS", "Department of Health and Human Services")]),
    # a sentence end is no part of the name; a legal abbreviation is (C.D. Cal., N.D. Cal.)
    ("in support of its Motion to Dismiss. Plaintiff Securities and Exchange Commission (“SEC”) filed",
     [("SEC", "Securities and Exchange Commission")]),
    ("Defendants filed the Decl. of Drew Hoffman (“Hoffman Decl.”) in support.", [("Hoffman Decl.", "Decl. of Drew Hoffman")]),
    # two names joined by "and" stay apart unless the short name fits both
    ("Plaintiff Tracie Still and Defendant John Doe (“Doe”) agree", [("Doe", "John Doe")]),
    # unquoted acronyms that spell the name (D.D.C., S.D.N.Y. wording); not a docket cite or a court
    ("under the Equal Access to Justice Act (EAJA) and the Department of Homeland Security (DHS) rules",
     [("EAJA", "Equal Access to Justice Act"), ("DHS", "Department of Homeland Security")]),
    ("See Docket Entry (ECF) and Smith v. Jones (N.D. Cal.) and Acme Widgets (USA)", []),
    # not definitions: a docket cite's short form, a quotation, an emphasis note
    ("Dkt. No. 527 (“Mot.”). Having received full briefing, see Dkt. No. 530 (“Opp.”)", []),
    ("the motion was “frivolous” (emphasis added).", []),
    ("as set out in the order of January 5 (the \"Court Order\").", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_defined_terms(text: str, expected: list[tuple[str, str]]) -> None:
    terms = extract_defined_terms(CleanText.from_string(text))
    assert [(t.short, t.full) for t in terms] == expected
    for term in terms:
        assert term.span is not None
        assert term.short in text[term.span.start : term.span.end]


def test_each_pair_once() -> None:
    text = "Google LLC (“Google”) said. Later, Google LLC (“Google”) said again."
    assert [(t.short, t.full) for t in extract_defined_terms(CleanText.from_string(text))] == [
        ("Google", "Google LLC")
    ]


def test_examples(examples_dir: Path) -> None:
    for expected in sorted(examples_dir.glob("*.expected.json")):
        label = json.loads(expected.read_text())["defined_terms"]
        text = expected.with_name(expected.name.replace(".expected.json", ".txt")).read_text()
        got = [{"short": t.short, "full": t.full} for t in extract_defined_terms(CleanText.from_string(text))]
        assert sorted(got, key=str) == sorted(label, key=str)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    extract_defined_terms(CleanText.from_string(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["(", ")", "“", "”", "\"", "the", "collectively,", "Plaintiff", "Acme", "Inc.", ",", "’s", "\n",
     "of", "and", "12", "X"]
)))
def test_never_raises_on_definition_parts(parts: list[str]) -> None:
    for term in extract_defined_terms(CleanText.from_string(" ".join(parts))):
        assert term.short
        assert term.full


def test_capitalised_takes_ascii_leading_digits_only() -> None:
    from courtparse.extract.defined_terms import _is_capitalised

    assert _is_capitalised("3M")
    assert not _is_capitalised("²nd")


# The issue-15 wordings, from several courts: (text, [(short, full)]).
MORE_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # D.D.C.: the paper's owner is not part of its name; "and" inside the name
    ("As explained in the Court’s Memorandum Opinion and Order (the “Memorandum”), the claim fails.",
     [("Memorandum", "Memorandum Opinion and Order")]),
    # D.N.J.: an acronym of the first words keeps the "and" between them
    ("Johnson and Johnson Consumer Inc. (“J&J”) markets the product.",
     [("J&J", "Johnson and Johnson Consumer Inc.")]),
    # N.D. Cal.: "collectively" joins two names with "and"
    ("Almaxwave USA, Inc. and Almawave S.r.l. (collectively, \"Defendants\") move to dismiss.",
     [("Defendants", "Almaxwave USA, Inc. and Almawave S.r.l.")]),
    # D. Mass., 1st Cir.: unquoted acronyms in parentheses, "and" inside the agency's name
    ("the Department of Health and Human Services (HHS) issued the rule.",
     [("HHS", "Department of Health and Human Services")]),
    ("The Federal Trade Commission (FTC) sued.", [("FTC", "Federal Trade Commission")]),
    # S.D. Ohio: "hereinafter"
    ("Procter & Gamble Co. (hereinafter “P&G”) sells detergent.", [("P&G", "Procter & Gamble Co.")]),
    # an acronym that spells the small words too, or spaced out (N.D. Ala., S.D. Tex., D.D.C. wording)
    ("a write-off also included in Funds from Operations (“FFO”) but excluded", [("FFO", "Funds from Operations")]),
    ("Magistrate Judge Palermo issued a Report and Recommendation (“R & R”) in this case", [("R & R", "Report and Recommendation")]),
    ("the Department of Justice (DOJ) and the Bureau of Prisons (BOP) agree", [("DOJ", "Department of Justice"), ("BOP", "Bureau of Prisons")]),
    # ... but a small word does not join two names the short name does not spell
    ("Plaintiff moved to transfer from Defendant Acme Widgets Corp. (“Acme”)", [("Acme", "Acme Widgets Corp.")]),
    # an acronym of what follows a possessive names that, not its owner (M.D.N.C.); a name that is a possessive keeps it
    ("through the FDA’s New Drug Application (NDA) process", [("NDA", "New Drug Application")]),
    ("McDonald’s Corporation (“MC”) sells burgers.", [("MC", "McDonald’s Corporation")]),
    # a question's label is no short name (N.D. Ala.: the PSLRA's "who, what, when")
    ("should have been recorded throughout the entire Class Period (the “when”) because", []),
    # not definitions: a reporter, a court, a docket cite in parentheses
    ("See Smith v. Jones, 550 U.S. 544 (2007) (ECF No. 12).", []),
    ("the court below (N.D. Cal.) agreed.", []),
    # a role word alone is no name
    ("Plaintiffs (“Plaintiffs”) oppose.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES, ids=[c[0][:40] for c in MORE_CASES])
def test_defined_terms_more_courts(text: str, expected: list[tuple[str, str]]) -> None:
    terms = extract_defined_terms(CleanText.from_string(text))
    assert [(t.short, t.full) for t in terms] == expected


def test_small_word_joins_only_a_spelled_acronym() -> None:
    """W.D. Tex. complaint: "the IPO with the SEC on Form 424B4 (the “IPO Prospectus”)" is
    not read across "with" (the short name's first word matches, but it spells nothing)."""
    text = "the Company filed a prospectus for the IPO with the SEC on Form 424B4 (the “IPO Prospectus”)."
    terms = extract_defined_terms(CleanText.from_string(text))
    assert all(" with " not in t.full for t in terms), terms
