"""Text-input cleaning: the rules of courtparse/textinput.py on text as PDF-to-text and
PDF-to-markdown tools print real filings (phrases from the N.D. Cal. Loop AI v. Gatti orders
and the labeled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import courtparse
from courtparse.textinput import clean_text_input, read_text_input

# (input, substrings the body must contain, substrings it must not)
CASES: list[tuple[str, list[str], list[str]]] = [
    # markdown link around the case number
    ("Case No. [15-cv-00798-HSG](#) (DMR)", ["Case No. 15-cv-00798-HSG (DMR)"], ["](#)", "["]),
    ("See [the order](https://ecf.cand.uscourts.gov/doc1/035) at 2.", ["See the order at 2."], ["http"]),
    # bold across the lines of a title, each title line kept on its own line
    (
        "**ORDER DENYING ADMINISTRATIVE\nMOTION FOR LEAVE TO FILE\nMOTIONS TO COMPEL**",
        ["ORDER DENYING ADMINISTRATIVE\nMOTION FOR LEAVE TO FILE\nMOTIONS TO COMPEL"],
        ["**"],
    ),
    ("__IT IS SO ORDERED.__", ["IT IS SO ORDERED."], ["__"]),
    ("# ORDER GRANTING MOTION TO DISMISS", ["ORDER GRANTING MOTION TO DISMISS"], ["#"]),
    ("See *Loop AI Labs Inc. v. Gatti*, 195 F. Supp. 3d 1107.", ["See Loop AI Labs Inc. v. Gatti, 195"], ["*"]),
    ("Defendant IQSystem, Inc. \\[Docket No. 339.\\]", ["Inc. [Docket No. 339.]"], ["\\"]),
    # brackets of the filing itself are text, not markdown
    (
        "“[w]hen Loop AI returned counsel’s calls, they were not answered.” [Docket No. 589.]",
        ["“[w]hen Loop AI returned counsel’s calls", "[Docket No. 589.]"],
        [],
    ),
    # curly and straight quotes kept as printed
    ("Almawave USA Inc.’s (“Almawave”) and IQS's productions.", ["Inc.’s (“Almawave”)", "IQS's"], []),
    # caption lines stay one per line
    (
        "LOOP AI LABS INC,\nPlaintiff,\n\nv.\n\nANNA GATTI, et al.,\nDefendants.",
        ["LOOP AI LABS INC,\nPlaintiff,", "ANNA GATTI, et al.,\nDefendants."],
        ["INC, Plaintiff"],
    ),
    # wrapped body lines joined with spaces, a printed hyphen kept
    (
        "The court has previously ordered the parties to conduct regularly-\n"
        "scheduled telephonic meet and confer sessions regarding discovery every\n"
        "Friday.",
        ["to conduct regularly-scheduled telephonic meet and confer sessions regarding discovery every Friday."],
        ["\n"],
    ),
    # a sentence split by a page break with a stray blank line
    (
        "Given the parties’ dispute about their phone contacts in March 2016, the court cannot\n\n"
        "determine on this record whether Plaintiff has shown exceptional circumstances.",
        ["the court cannot determine on this record"],
        [],
    ),
    # a paragraph that ends a sentence is not joined to the next
    (
        "That portion of Plaintiff's administrative motion is denied, as the court finds.\n\n"
        "IT IS SO ORDERED.",
        ["is denied, as the court finds.\n\nIT IS SO ORDERED."],
        [],
    ),
    # a short heading is not a split sentence
    ("II. BACKGROUND\n\nthe parties dispute the schedule.", ["II. BACKGROUND\n\nthe parties"], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_cleaning_rules(text: str, present: list[str], absent: list[str]) -> None:
    body = clean_text_input(text).text
    for s in present:
        assert s in body, (s, body)
    for s in absent:
        assert s not in body, (s, body)


PLEADING = (
    "1 Almawave's administrative motion. Lead counsel for the parties must make themselves available\n"
    "2 as long as necessary to fully exhaust the meet and confer process on those three topics before any\n"
    "3 other topics are discussed. In accordance with the court's previous order, the meet and confer\n"
    "4 session must be audio recorded. Following the meet and confer session, the parties shall submit a\n"
    "5 joint letter regarding any outstanding disputes on the three topics by no later than **January 15,**\n"
    "6 **2016.** Failure to meet and confer in good faith in compliance with this order may result in\n"
    "7 sanctions.\n"
    "\n"
    "8\n"
    "9 **IT IS SO ORDERED.**\n"
    "\n"
    "10 Dated: January 6, 2016\n"
)


def test_pleading_line_numbers_are_removed_and_lines_joined() -> None:
    body = clean_text_input(PLEADING).text
    assert body.startswith("Almawave's administrative motion. Lead counsel for the parties must make")
    assert "no later than January 15, 2016. Failure to meet and confer" in body
    assert "may result in sanctions.\n\nIT IS SO ORDERED.\n\nDated: January 6, 2016" in body
    for gone in ("1 Almawave", "10 Dated", "\n8\n", "**"):
        assert gone not in body


@pytest.mark.parametrize(
    "text",
    [
        "1 count of fraud\n2 counts of conversion",  # two numbered lines are a list, not a gutter
        "Plaintiff seeks 10 days to respond.\n\n3 witnesses testified at the hearing.",
    ],
)
def test_numbers_that_are_not_a_gutter_stay(text: str) -> None:
    assert clean_text_input(text).text.replace("\n\n", "\n") == text.replace("\n\n", "\n")


SPLIT_BY_FOOTNOTE = (
    "Plaintiff filed a response to Almaxwave's administrative motion that makes it clear that the "
    "parties have not met and conferred about these issues.¹ [Docket No. 339.]\n\n"
    "The parties shall use this week's session (i.e., January 8, 2016) to meet and confer "
    "regarding the three areas of dispute raised in\n\n"
    "¹ Plaintiff's response included a \"Status Report Regarding Defendants' Discovery\" in which\n"
    "Plaintiff describes purported issues with all document productions by Defendants to date.\n\n"
    "1 Almawave's administrative motion. Lead counsel for the parties must make themselves available\n"
    "2 as long as necessary to fully exhaust the meet and confer process on those three topics before any\n"
    "3 other topics are discussed. In accordance with the court's previous order, the meet and confer\n"
    "4 session must be audio recorded.\n"
)


def test_footnote_at_page_break_is_moved_and_sentence_rejoined() -> None:
    clean = clean_text_input(SPLIT_BY_FOOTNOTE)
    body = clean.text
    assert "raised in Almawave's administrative motion. Lead counsel" in body
    assert "Plaintiff's response included" not in body
    assert "issues. [Docket No. 339.]" in body
    assert "¹" not in body
    [note] = clean.footnotes
    assert note.marker == "1"
    assert note.clean.text.startswith(
        "Plaintiff's response included a \"Status Report Regarding Defendants' Discovery\" in which Plaintiff"
    )
    assert note.clean.footnote_index == 0
    assert note.anchor is not None
    start, end = note.anchor
    assert start == end == body.index("issues.") + len("issues.")


def test_plain_number_footnote_with_glued_marker() -> None:
    text = (
        "The parties have not met and conferred about these issues.2 [Docket No. 339.]\n\n"
        "2 Plaintiff's response included a status report. The court disregards it.\n\n"
        "IT IS SO ORDERED."
    )
    clean = clean_text_input(text)
    assert [f.marker for f in clean.footnotes] == ["2"]
    assert "issues. [Docket No. 339.]" in clean.text
    assert "status report" not in clean.text
    assert clean.footnotes[0].anchor == (len("The parties have not met and conferred about these issues."),) * 2


def test_plain_number_after_a_heading_is_not_a_footnote() -> None:
    text = "PARTIES\n\n1 Plaintiff Loop AI Labs Inc. is a Delaware corporation.\n\nMore text follows here."
    clean = clean_text_input(text)
    assert clean.footnotes == ()
    assert "1 Plaintiff Loop AI Labs Inc." in clean.text


def test_two_superscript_footnotes_in_order() -> None:
    text = (
        "The motion was filed late.¹ The opposition was filed on time.² The court considers both.\n\n"
        "¹ See Docket No. 12.\n\n"
        "² See Docket No. 14."
    )
    clean = clean_text_input(text)
    assert [(f.marker, f.clean.text) for f in clean.footnotes] == [
        ("1", "See Docket No. 12."),
        ("2", "See Docket No. 14."),
    ]
    assert [f.clean.footnote_index for f in clean.footnotes] == [0, 1]
    body = clean.text
    assert body == "The motion was filed late. The opposition was filed on time. The court considers both."
    anchors = [f.anchor for f in clean.footnotes]
    assert anchors == [(len("The motion was filed late."),) * 2, (body.index(" The court"),) * 2]


STAMPED = (
    "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2\n"
    "UNITED STATES DISTRICT COURT\n"
    "NORTHERN DISTRICT OF CALIFORNIA\n"
    "\n"
    "The court has received Defendant Almaxwave USA, Inc.'s administrative motion.\n"
    "1\n"
    "\f"
    "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 2 of 2\n"
    "IT IS SO ORDERED.\n"
    "2\n"
)


def test_stamp_lines_are_parsed_and_removed_and_pages_counted() -> None:
    read = read_text_input(STAMPED)
    assert read.ecf is not None
    assert (read.ecf.case_number, read.ecf.document, read.ecf.page_count) == ("3:15-cv-00798-HSG", 343, 2)
    assert read.ecf.filed is not None
    assert read.ecf.filed.isoformat() == "2016-01-06"
    assert read.pages == 2
    body = read.clean.text
    assert "Document 343" not in body
    assert "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA" in body
    assert "administrative motion.\n\nIT IS SO ORDERED." in body
    assert "\n1\n" not in body
    assert not body.endswith("2")


LAYOUT_PAGES = "\f".join(
    f"Case 2:16-cv-06794-AB-JC Document 238 Filed 06/03/19 Page {n} of 3 Page ID #:2478{n}\n"
    + "".join(f"{k:>2}    Line {k} of the {('first', 'second', 'third')[n - 1]} page of the motion, on pleading paper.\n" for k in range(1, 9))
    + f"CV-90 (12/02)                 CIVIL MINUTES - GENERAL                 Page {n} of 3\n"
    for n in (1, 2, 3)
) + "\f"


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (STAMPED, [("ecf_stamp", 1, "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2"),
                   ("page_number", 1, "1"),
                   ("ecf_stamp", 2, "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 2 of 2"),
                   ("page_number", 2, "2")]),
        # no form feeds: no pages; the whole gutter run is one block
        (PLEADING, [("line_numbers", None, "\n".join(str(n) for n in range(1, 11)))]),
        # pdftotext -layout: stamp, gutter column and form footer of every page (C.D. Cal.)
        (LAYOUT_PAGES, [
            *((kind, n, text) for n in (1, 2, 3) for kind, text in (
                ("ecf_stamp", f"Case 2:16-cv-06794-AB-JC Document 238 Filed 06/03/19 Page {n} of 3 Page ID #:2478{n}"),
                ("line_numbers", "\n".join(str(k) for k in range(1, 9))),
                ("form_id", f"CV-90 (12/02) CIVIL MINUTES - GENERAL Page {n} of 3"),
            )),
        ]),
        ("IT IS SO ORDERED.\n\nDated: April 20, 2016", []),
    ],
    ids=["stamped-form-feeds", "pleading-no-pages", "layout-cacd", "nothing-removed"],
)
def test_text_input_reports_what_its_rules_removed(text: str, removed: list[tuple[str, int | None, str]]) -> None:
    doc = courtparse.parse_text(text)
    assert [(r.kind, r.page, r.text) for r in doc.removed] == removed
    assert all(r.bbox is None for r in doc.removed)
    for _kind, _page, gone in removed:
        assert gone.splitlines()[0] not in doc.text.splitlines()


def test_no_stamp_no_pages_for_plain_text() -> None:
    read = read_text_input("IT IS SO ORDERED.\n\nDated: April 20, 2016")
    assert read.ecf is None
    assert read.pages is None
    assert read.clean.footnotes == ()


def test_examples_clean_as_their_labels_say(examples_dir: Path) -> None:
    body = clean_text_input((examples_dir / "ndcal-order-denying-leave.txt").read_text("utf-8")).text
    assert body.splitlines()[:2] == ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA"]
    assert "Case No. 15-cv-00798-HSG (DMR)" in body.splitlines()


_PIECES = [*"1 2\n\n¹²*_#[](#)\f.aA-’\\", "Case 3:15-cv-1 Document 3 Filed 01/06/16 Page 1 of 2\n",
           "issues.¹ ", "\n¹ Note.\n", "\n4 ", "**", "\ue000"]
_FILINGS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join) | st.text()


@settings(max_examples=300, deadline=None)
@given(_FILINGS)
def test_never_raises_and_anchors_point_into_the_body(text: str) -> None:
    clean = clean_text_input(text)
    for i, note in enumerate(clean.footnotes):
        assert note.clean.footnote_index == i
        if note.anchor is not None:
            start, end = note.anchor
            assert 0 <= start <= end <= len(clean.text)
    # the private characters that hold marker places never leak
    leaked = {c for c in clean.text if "\ue000" <= c <= "\uf8ff"} - set(text)
    assert not leaked
    assert "\x00" not in clean.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1\n\f\r\x00*[](#)-")), max_size=200))
def test_the_line_contract_holds_on_any_text(text: str) -> None:
    """``courtparse.text``'s line contract: no form feed, carriage return or NUL, and never
    more than one blank line in a row."""
    out = clean_text_input(text).text
    assert not set(out) & {"\f", "\r", "\x00"}
    assert "\n\n\n" not in out
