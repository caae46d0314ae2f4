"""Text input from poppler's pdftotext (issue 11): the page rules of
``courtparse/textflavors.py`` on hand-made rows in the two flavours, then ``parse_text``
on the labeled corpus converted by pdftotext in the test run and held to its labels
(pages, stamps, line numbers, two-column captions, footnotes)."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from benchmarks.scoring import failures, label_paths, load_label, score_document
from courtparse import parse_text
from courtparse.textflavors import (
    LAYOUT,
    MARKDOWN,
    PLAIN,
    UNKNOWN,
    blank_number_column,
    detect_flavour,
    drop_furniture,
    drop_number_lines,
    split_caption,
    split_pages,
    take_footnotes,
    take_stamps,
)
from courtparse.textinput import read_text_input

# --- flavours ---------------------------------------------------------------------------

_BODY = "The Court has reviewed the motion and the opposition filed by the parties.\n"
FLAVOURS: list[tuple[str, str]] = [
    # -layout: a caption's columns, a line-number column, form feeds
    ("  8     TRACIE STILL,          No. 1:11-cv-00637-NONE-EPG\n" + "  9     " + _BODY * 6 + "\f", LAYOUT),
    # -layout text that lost its form feeds still shows its columns
    ("   CHINA FORTUNE LAND          Case No. 19-cv-07043-VC\n   DEVELOPMENT,      ORDER\n" + _BODY * 5, LAYOUT),
    # plain output: every line from column 0, one space between words
    ("Case: 21-50498\n\nDocument: 00516242060\n\n" + _BODY * 6 + "\f" + _BODY * 2 + "\f", PLAIN),
    # markdown of a PDF-to-markdown converter (the examples)
    ("Case No. [15-cv-00798-HSG](#) (DMR)\n\n**ORDER DENYING**\n" + _BODY * 5, MARKDOWN),
    # no form feed, no column, no markdown: nothing tells the tool
    (_BODY * 6, UNKNOWN),
    ("IT IS SO ORDERED.", UNKNOWN),
]


@pytest.mark.parametrize(("text", "flavour"), FLAVOURS)
def test_flavour_is_told_from_the_text(text: str, flavour: str) -> None:
    assert detect_flavour(text) == flavour


@pytest.mark.parametrize(("text", "said"), [(t, f) for t, f in FLAVOURS if f != MARKDOWN])
def test_warnings_say_which_flavour_was_assumed(text: str, said: str) -> None:
    warnings = read_text_input(text).warnings
    assert any(said in w or (said == UNKNOWN and "not recognized" in w) for w in warnings), warnings


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("page one\fpage two\f", ["page one", "page two"]),  # pdftotext's trailing form feed
        ("page one\fpage two", ["page one", "page two"]),
        ("page one\f\fpage three\f", ["page one", "", "page three"]),  # a blank page counts
        ("no form feed", ["no form feed"]),
    ],
)
def test_form_feeds_are_page_breaks(text: str, pages: list[str]) -> None:
    assert split_pages(text) == pages


# --- stamps -----------------------------------------------------------------------------

# (page lines, case number, document, lines that must stay)
STAMPS: list[tuple[list[str], str, int, list[str]]] = [
    # -layout: the stamp on one row, indented
    (["     Case 1:11-cv-00637-NONE-EPG Document 30 Filed 03/23/21 Page 1 of 5", "", "ORDER"],
     "1:11-cv-00637-NONE-EPG", 30, ["ORDER"]),
    # plain 5th Cir.: one line per field
    (["Case: 21-50498", "", "Document: 00516242060", "", "Page: 1", "", "Date Filed: 03/16/2022", "",
      "United States Court of Appeals"], "21-50498", 516242060, ["United States Court of Appeals"]),
    # plain 10th Cir.: the court's name printed between two fields stays
    (["Appellate Case: 21-800", "", "Document: 010110462922", "", "Date Filed: 01/11/2021", "",
      "UNITED STATES COURT OF APPEALS", "", "Page: 1"], "21-800", 10110462922, ["UNITED STATES COURT OF APPEALS"]),
    # plain N.D. Cal. Bankr.: "Case:" apart from its number, a firm's matter number over it
    (["DOCS_SF:105302.1", "Case:", "20-03050 85647/001", "Doc# 201", "", "Filed: 03/29/21", "",
      "Entered: 03/29/21 21:19:56", "", "Page 1 of 2"], "20-03050", 201, ["DOCS_SF:105302.1"]),
    # bankruptcy two-line header
    (["Case 9:19-bk-11573-MB   Doc 1262-3 Filed 09/03/20 Entered 09/03/20 15:40:26",
      "                         Desc Exhibit C Page 1 of 3", "SB – EXHIBIT C"], "9:19-bk-11573-MB", 1262, ["SB – EXHIBIT C"]),
]


@pytest.mark.parametrize(("lines", "case", "document", "kept"), STAMPS)
def test_stamp_lines_are_parsed_and_removed(lines: list[str], case: str, document: int, kept: list[str]) -> None:
    out, stamp = take_stamps(lines)
    assert stamp is not None
    assert (stamp.case_number, stamp.document) == (case, document)
    assert [line.strip() for line in out if line.strip()] == kept


@pytest.mark.parametrize(
    "lines",
    [
        ["Case No. 15-cv-00798-HSG (DMR)", "ORDER"],  # the caption's case number is no stamp
        ["Case: 21-50498", "", "The appeal is dismissed.", "It is so ordered.", "Costs to appellee.", "Page 1"],
        ["Case:", "The parties agree."],
    ],
)
def test_lines_that_are_not_a_stamp_stay(lines: list[str]) -> None:
    out, stamp = take_stamps(lines)
    assert stamp is None
    assert out == lines


# --- line numbers -----------------------------------------------------------------------


def test_layout_number_column_is_blanked_and_margin_text_left_of_it_dropped() -> None:
    lines = [f"{n:>36}   body line {n} of the order" for n in range(1, 8)]
    lines.insert(3, "Northern District of California")  # the sideways court name, left of the column
    out = blank_number_column(lines)
    assert [line.strip() for line in out if line.strip()] == [f"body line {n} of the order" for n in range(1, 8)]
    assert all(line.startswith(" " * 36) for line in out if line.strip())


@pytest.mark.parametrize(
    "lines",
    [
        ["1 count of fraud", "2 counts of conversion", "3 witnesses testified"],  # too few
        [" 7   seven", " 3   three", " 9   nine", " 1   one", " 5   five", " 2   two"],  # not counting up
    ],
)
def test_numbers_that_are_not_a_column_stay(lines: list[str]) -> None:
    assert blank_number_column(lines) == lines


def test_plain_number_lines_go_glued_ones_too_and_a_footnote_marker_stays() -> None:
    lines = ["16", "", "The motion is GRANTED.", "", "17", "", "The court further finds that the warrant contains",
             "", "18 personal identifying information. The clerk shall", "19 file the redacted version.",
             "20", "26", "", "1", "", "27", "28", "", "Defendant Weeks is represented by separate counsel."]
    out = [line for line in drop_number_lines(lines) if line.strip()]
    assert out == ["The motion is GRANTED.", "The court further finds that the warrant contains",
                   "personal identifying information. The clerk shall", "file the redacted version.",
                   "1", "Defendant Weeks is represented by separate counsel."]


# --- furniture and footnotes ------------------------------------------------------------


def test_running_headers_footers_and_page_numbers_go_page_one_heading_stays() -> None:
    def page(n: int, body: str) -> list[str]:
        return ["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", "", body, "",
                "CV-90 (12/02)      CIVIL MINUTES - GENERAL      Initials of Deputy Clerk CB", f"Page {n} of 3"]

    pages = [page(1, "The Court GRANTS the motion."), page(2, "The hearing is vacated."), page(3, "IT IS SO ORDERED.")]
    out = [[line for line in p if line.strip()] for p in drop_furniture(pages)]
    assert out == [
        ["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", "The Court GRANTS the motion."],
        ["The hearing is vacated."],
        ["IT IS SO ORDERED."],
    ]


def test_margin_lines_repeated_together_on_two_pages_go() -> None:
    # N.D. Cal. Bankr. pleading paper: the firm's name and city printed sideways, which
    # plain output puts mid-page, and a form id; a single line repeated mid-page on both
    # pages ("v.") stays.
    def page(n: int) -> list[str]:
        words = ["motion", "hearing", "exhibit", "counsel", "debtor", "trustee", "claim", "order", "notice"]
        body = [f"The {words[k]} of the {words[k + n - 1]} is described here." for k in range(8)]
        return [*body[:2], "ATTORNEYS AT LAW", "SAN FRANCISCO, CALIFORNIA", *body[2:4], "v.", *body[4:6],
                "CV-90 (06/04)", *body[6:]]

    out = drop_furniture([page(1), page(2)])
    kept = [line for line in out[1] if line.strip()]
    assert kept == [*page(2)[:2], *page(2)[4:9], *page(2)[10:]]
    assert "v." in kept


def test_a_case_number_header_stays_in_page_ones_caption() -> None:
    # 5th Cir. (plain output): "No. 21-50498" is the caption's on page 1, a running
    # header on every later page.
    words = ["appeal", "policy", "insurer", "employer", "benefit", "coverage", "premium", "claim"]

    def page(n: int, head: bool) -> list[str]:
        body = [f"The {words[k]} and the {words[(k + n) % 8]} are discussed." for k in range(6)]
        return ["No. 21-50498", *body] if head else [*body[:3], "No. 21-50498", *body[3:]]

    out = drop_furniture([page(1, False), page(2, True), page(3, True)])
    assert "No. 21-50498" in out[0]
    assert "No. 21-50498" not in out[1] + out[2]


def test_a_number_in_the_body_is_no_page_number() -> None:
    pages = [["The Court sets the hearing for", "", "2", "", "witnesses each.", "", "3"], ["More text here.", "4"]]
    out = drop_furniture(pages)
    assert [line for line in out[0] if line.strip()] == ["The Court sets the hearing for", "2", "witnesses each."]


def test_footnote_at_the_page_foot_is_taken_with_its_anchor() -> None:
    lines = [
        "     No. 26-2). In October 2015,1 the Commissioner informed Plaintiff that it was withholding",
        "     $16,861 from her past-due benefits, as the notice said.",
        "",
        "     1",
        "         The exact date is unreadable. (ECF No. 26-3 at 1).",
    ]
    body, notes = take_footnotes(lines, 1, lambda i: "@", 0)
    assert [(n.marker, n.text) for n in notes] == [("1", "The exact date is unreadable. (ECF No. 26-3 at 1).")]
    assert "In October 2015,@ the Commissioner" in body[0]
    assert len(body) == 3


@pytest.mark.parametrize(
    "lines",
    [
        # numbered paragraphs: "2" is not the next footnote and no body marker points at it
        ["The Court finds as follows:", "", "2 The motion is timely.", "3 The fees are reasonable."],
        # the marker number is not glued to any word of the body
        ["The parties met on 12 occasions.", "", "1 See Docket No. 12."],
        # D. Wyo. counsel block: the right column's "* Pro Hac Vice" under "Esq*" is no note
        ["Taly Goody, Esq.                                    T. Michael Morgan, Esq*",
         "GOODY LAW GROUP                                     MORGAN & MORGAN, P.A",
         "                                                    * Pro Hac Vice",
         "                                                    Attorneys for Plaintiffs",
         "                            UNITED STATES DISTRICT COURT"],
    ],
)
def test_numbered_lines_without_a_marker_are_no_footnotes(lines: list[str]) -> None:
    assert take_footnotes(lines, 1, lambda i: "@", 0) == (lines, [])


# --- two-column captions ----------------------------------------------------------------

CAPTIONS: list[tuple[list[str], list[str]]] = [
    # E.D. Cal.: columns apart by a wide gap, the title wrapping under the case number
    (
        ["   TRACIE STILL,                                     No. 1:11-cv-00637-NONE-EPG",
         "                      Plaintiff,                     ORDER GRANTING MOTION FOR",
         "                                                     ATTORNEY’S FEES",
         "          v.",
         "   COMMISSIONER OF SOCIAL                            (ECF No. 26)",
         "   SECURITY,",
         "                      Defendant.",
         "",
         "",
         "          Sengthiene Bosavanh (“Counsel”) of the Offices of Jeffrey Milam Law, attorney for"],
        ["TRACIE STILL,", "Plaintiff,", "v.", "COMMISSIONER OF SOCIAL", "SECURITY,", "Defendant.",
         "No. 1:11-cv-00637-NONE-EPG", "ORDER GRANTING MOTION FOR", "ATTORNEY’S FEES", "(ECF No. 26)"],
    ),
    # California pleading: a column of ")" between the sides
    (
        ["INDEPENDENT PHYSICIANS          ) Case No.: 1:20-cv-00713",
         "ASSOCIATES MEDICAL GROUP,       )",
         "               Plaintiff,       ) COMPLAINT FOR:",
         "      vs.                       ) (1) DECLARATORY RELIEF",
         "IRONSHORE SPECIALTY             ) (2) BREACH OF CONTRACT",
         "INSURANCE COMPANY,              )",
         "               Defendant.       ) JURY TRIAL DEMANDED"],
        ["INDEPENDENT PHYSICIANS", "ASSOCIATES MEDICAL GROUP,", "Plaintiff,", "vs.", "IRONSHORE SPECIALTY",
         "INSURANCE COMPANY,", "Defendant.", "Case No.: 1:20-cv-00713", "COMPLAINT FOR:",
         "(1) DECLARATORY RELIEF", "(2) BREACH OF CONTRACT", "JURY TRIAL DEMANDED"],
    ),
    # S.D.N.Y.: no row prints on both sides; role labels indented far right stay left
    (
        ["    D George Sweigert,",
         "",
         "                                  Plaintiff,",
         "                                                                   1:18-cv-08653 (VEC) (SDA)",
         "                      -against-",
         "                                                                   ORDER",
         "    Jason Goodman,",
         "",
         "                                  Defendant.",
         "",
         "",
         "STEWART D. AARON, UNITED STATES MAGISTRATE JUDGE:"],
        ["D George Sweigert,", "Plaintiff,", "-against-", "Jason Goodman,", "Defendant.",
         "1:18-cv-08653 (VEC) (SDA)", "ORDER"],
    ),
]


@pytest.mark.parametrize(("lines", "block"), CAPTIONS)
def test_two_column_caption_is_read_column_by_column(lines: list[str], block: list[str]) -> None:
    out, rows = split_caption(lines)
    assert [out[i] for i in rows] == block


@pytest.mark.parametrize(
    "lines",
    [
        # a centered caption (1st Cir.) has one column: its role labels make none
        ["                             CALVARY CHAPEL OF BANGOR,", "",
         "                               Plaintiff, Appellant,", "", "                                           v.", "",
         "          JANET T. MILLS, in her official capacity as Governor of the", "",
         "                                Defendant, Appellee."],
        # body text
        [_BODY.strip()] * 6,
    ],
)
def test_one_column_is_not_split(lines: list[str]) -> None:
    assert split_caption(lines) == (lines, [])


# --- the labeled corpus, converted in the test run --------------------------------------

_FLAVOUR_OPTIONS = {LAYOUT: ("-layout",), PLAIN: ()}


def _need_pdftotext() -> None:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but poppler's pdftotext is missing (.ci/run installs poppler-utils)")
        pytest.skip("poppler's pdftotext is not installed (apt install poppler-utils)")


@cache
def _converted(pdf: Path, flavour: str) -> str:
    out = subprocess.run(
        ["pdftotext", *_FLAVOUR_OPTIONS[flavour], "-enc", "UTF-8", str(pdf), "-"],
        check=True, capture_output=True, timeout=120,
    )
    return out.stdout.decode("utf-8", errors="replace")


def _checks(labeled_dir: Path, name: str, flavour: str, keys: tuple[str, ...]) -> list[Any]:
    _need_pdftotext()
    path = labeled_dir / f"{name}.expected.json"
    label = {k: v for k, v in load_label(path).items() if k in keys}
    text = _converted(labeled_dir / f"{name}.pdf", flavour)
    doc = parse_text(text, source=name)
    if len(text.split()) > 50:  # a scanned filing's text is its form feeds: no flavour to tell
        assert detect_flavour(text) == flavour
    return score_document(doc, label, file=name)


def _names(labeled_dir: Path) -> list[str]:
    return [p.name.removesuffix(".expected.json") for p in label_paths(labeled_dir)]


@pytest.mark.parametrize("flavour", [LAYOUT, PLAIN])
def test_pages_of_every_labeled_filing(labeled_dir: Path, flavour: str) -> None:
    checks = [c for name in _names(labeled_dir) for c in _checks(labeled_dir, name, flavour, ("pages",))]
    assert len(checks) == len(_names(labeled_dir))
    assert all(c.passed for c in checks), failures(checks)


@pytest.mark.parametrize("flavour", [LAYOUT, PLAIN])
def test_stamps_of_every_labeled_filing_with_a_text_layer(labeled_dir: Path, flavour: str) -> None:
    checks = []
    for name in _names(labeled_dir):
        label = load_label(labeled_dir / f"{name}.expected.json")
        if label.get("text_layer") is False or "ecf" not in label:
            continue
        checks += [
            c for c in _checks(labeled_dir, name, flavour, ("ecf",))
            if c.field in ("ecf", "ecf.case_number", "ecf.document", "ecf.attachment", "ecf.filed")
        ]
    assert len(checks) > 30
    assert all(c.passed for c in checks), failures(checks)


# Pleading paper with its line numbers: E.D. Cal. right-aligned at the margin, N.D. Cal. in
# a column at x = 35 with the court's name sideways left of it, C.D. Cal.; their labels list
# sentences that run over numbered lines and the strings a left-over number would make.
PLEADING = ["gov.uscourts.caed.329643.125.0", "gov.uscourts.caed.380641.4.0", "gov.uscourts.cacd.789034.64.0",
            "gov.uscourts.caed.222763.30.0", "gov.uscourts.cand.306678.660.0"]


@pytest.mark.parametrize("flavour", [LAYOUT, PLAIN])
@pytest.mark.parametrize("name", PLEADING)
def test_line_numbers_leave_the_body(labeled_dir: Path, name: str, flavour: str) -> None:
    checks = _checks(labeled_dir, name, flavour, ("text_contains", "text_excludes"))
    assert checks
    assert all(c.passed for c in checks), failures(checks)


# Captions printed in two columns: E.D. Cal. (wide gap), N.D. Cal. (gap, line numbers and
# the sideways court name), 5th Cir. (the clerk's FILED box right of the caption).
TWO_COLUMNS = ["gov.uscourts.caed.222763.30.0", "gov.uscourts.cand.350554.127.0",
               "gov.uscourts.cand.306678.660.0", "ca5_00516242060"]


@pytest.mark.parametrize("name", TWO_COLUMNS)
def test_layout_caption_in_two_columns(labeled_dir: Path, name: str) -> None:
    checks = _checks(labeled_dir, name, LAYOUT, ("caption",))
    assert any(c.field == "caption.title" for c in checks) or any(c.field == "caption.parties" for c in checks)
    assert all(c.passed for c in checks), failures(checks)


@pytest.mark.parametrize(
    ("name", "flavour"),
    [("ca5_00516242060", LAYOUT), ("gov.uscourts.caed.222763.30.0", LAYOUT),
     ("gov.uscourts.caed.277392.209.0", PLAIN), ("gov.uscourts.alnd.175897.32.13", PLAIN)],
)
def test_footnotes_at_the_page_foot(labeled_dir: Path, name: str, flavour: str) -> None:
    checks = _checks(labeled_dir, name, flavour, ("footnotes",))
    assert checks
    assert all(c.passed for c in checks), failures(checks)
