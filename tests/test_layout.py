"""Layout cleaning: real labeled PDFs, generated PDFs, and synthetic pages.

The generated fixtures' text and stamp checks are the layout stage's acceptance test
here; the labeled corpus's (``text_contains``, ``text_excludes``, ``ecf``, ``pages``,
``footnotes``) are held by the accuracy ratchet (``tests/test_accuracy.py``), which
lists the ones that fail today.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import courtparse
from courtparse.layout import clean_pages
from courtparse.layout.forms import field_value_x0, join_fields
from courtparse.layout.lines import build_rows, split_fragments
from courtparse.layout.stamp import parse_stamp_line
from courtparse.pdf.base import BOTTOM, TEXT, TOP, X0, X1, Char, Page, make_char

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdfs"


def _norm(s: str) -> str:
    return " ".join(s.split()).replace("’", "'")


def _labels(directory: Path) -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in directory.glob("*.expected.json"))


GENERATED = _labels(FIXTURES)


def _check_label(pdf: Path, expected: dict[str, Any]) -> list[str]:
    doc = courtparse.parse(pdf, ocr=False)
    text = _norm(doc.text)
    fails = [f"missing: {s}" for s in expected.get("text_contains", []) if _norm(s) not in text]
    fails += [f"present: {s}" for s in expected.get("text_excludes", []) if _norm(s) in text]
    if "ecf" in expected:
        want = expected["ecf"]
        got = doc.ecf
        if want is None:
            if got is not None:
                fails.append(f"ecf: want none, got {got}")
        elif got is None:
            fails.append(f"ecf: want {want}, got none")
        else:
            if want["case_number"] != got.case_number:
                fails.append(f"ecf.case_number {got.case_number} != {want['case_number']}")
            if int(want["document"]) != got.document:
                fails.append(f"ecf.document {got.document} != {want['document']}")
            if "attachment" in want and want["attachment"] != got.attachment:
                fails.append(f"ecf.attachment {got.attachment} != {want['attachment']}")
            if "filed" in want and want["filed"] != (got.filed.isoformat() if got.filed else None):
                fails.append(f"ecf.filed {got.filed} != {want['filed']}")
            if "page_count" in want and want["page_count"] != got.page_count:
                fails.append(f"ecf.page_count {got.page_count} != {want['page_count']}")
    if expected.get("text_layer") is False and not any("no text layer" in w for w in doc.warnings):
        fails.append(f"no warning for a filing without a text layer: {doc.warnings}")
    if expected.get("pages") is not None and doc.pages != expected["pages"]:
        fails.append(f"pages {doc.pages} != {expected['pages']}")
    for i, fn in enumerate(expected.get("footnotes") or []):
        if i >= len(doc.footnotes):
            fails.append(f"footnote {fn['marker']} missing")
            continue
        got_fn = doc.footnotes[i]
        if got_fn.marker != fn["marker"] or not _norm(got_fn.text).startswith(_norm(fn["text_starts"])):
            fails.append(f"footnote {i}: {got_fn.marker} {got_fn.text[:60]!r}")
    if expected.get("footnotes") == [] and doc.footnotes:
        fails.append(f"unexpected footnotes: {[f.text[:40] for f in doc.footnotes]}")
    return fails


@pytest.mark.parametrize("name", GENERATED)
def test_generated_text_and_stamp(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert _check_label(FIXTURES / f"{name}.pdf", expected) == []


# -- the stamp, as each court prints it --------------------------------------------------

STAMPS: list[tuple[str, tuple[str, int | None, int | None, dt.date | None, int | None, int | None]]] = [
    ("Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2",
     ("3:15-cv-00798-HSG", 343, None, dt.date(2016, 1, 6), 2, None)),
    ("Case 3:19-cv-04593-LB   Document 79-10   Filed 03/26/21   Page 1 of 7",
     ("3:19-cv-04593-LB", 79, 10, dt.date(2021, 3, 26), 7, None)),
    ("Case 2:20-mj-06108-DUTY Document 10 Filed 12/21/20 Page 1 of 1 Page ID #:35",
     ("2:20-mj-06108-DUTY", 10, None, dt.date(2020, 12, 21), 1, 35)),
    ("Case 2:16-cv-08033-AB-FFM Document 302 Filed 09/24/18 Page 1 of 25 Page I D # : 91056",
     ("2:16-cv-08033-AB-FFM", 302, None, dt.date(2018, 9, 24), 25, 91056)),
    ("Case 1:21-cv-01061-KLM Document 1 Filed 04/16/21 USDC Colorado Page 1 of 16",
     ("1:21-cv-01061-KLM", 1, None, dt.date(2021, 4, 16), 16, None)),
    ("Case: 19-1234 Document: 00117684624 Page: 1 Date Filed: 01/02/2021 Entry ID: 6390000",
     ("19-1234", 117684624, None, dt.date(2021, 1, 2), None, None)),
    ("Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1",
     ("17-2218", 17, None, dt.date(2017, 10, 31), 1, None)),
    ("USCA4 Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1",
     ("17-2218", 17, None, dt.date(2017, 10, 31), 1, None)),
    ("Case: 17-2400      Document: 3            Filed: 07/13/2017      Pages: 1",
     ("17-2400", 3, None, dt.date(2017, 7, 13), 1, None)),
    ("USCA11 Case: 20-12345 Document: 12 Date Filed: 01/02/2021 Page: 1 of 5",
     ("20-12345", 12, None, dt.date(2021, 1, 2), 5, None)),
    ("Appellate Case: 21-800 Document: 010110462922 Date Filed: 01/11/2021 Page: 1",
     ("21-800", 10110462922, None, dt.date(2021, 1, 11), None, None)),
    ("Case 20-03050 Doc# 277 Filed: 04/14/21 Entered: 04/14/21 11:10:22 Page 1 of 2",
     ("20-03050", 277, None, dt.date(2021, 4, 14), 2, None)),
    ("Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2",
     ("17-3510", 1, 1, dt.date(2017, 10, 31), 2, None)),
    ("Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15",
     ("20-16276", 19, None, dt.date(2020, 8, 5), 15, None)),
    ("Case 8:15-cv-01228-DOC-MRW Document 132 (Ex Parte) Filed 10/08/18 Page 1 of 8",
     ("8:15-cv-01228-DOC-MRW", 132, None, dt.date(2018, 10, 8), 8, None)),
]


@pytest.mark.parametrize(("line", "want"), STAMPS)
def test_parse_stamp_line(line: str, want: tuple[object, ...]) -> None:
    got = parse_stamp_line(line)
    assert got is not None
    assert (got.case_number, got.document, got.attachment, got.filed, got.page_count, got.page_id) == want


@pytest.mark.parametrize(
    "line",
    [
        "Case No. 18-cr-00258-EJD-1",  # a caption's case number, not a stamp
        "Case 3:15-cv-00798-HSG",
        "Plaintiff filed the Document on 01/06/16.",
        "See Dkt. No. 343, filed 01/06/16.",
        "",
    ],
)
def test_not_a_stamp(line: str) -> None:
    assert parse_stamp_line(line) is None


@given(st.text(max_size=300))
def test_parse_stamp_line_never_raises(line: str) -> None:
    parse_stamp_line(line)


# -- synthetic pages ---------------------------------------------------------------------


def _chars(text: str, x: float, top: float, size: float = 12.0, font: str = "Times") -> list[Char]:
    """A string laid out with a fixed advance of half the font size per character."""
    out = []
    adv = size * 0.5
    for ch in text:
        out.append(make_char(ch, x, x + adv, top, top + size, size, True, font))
        x += adv
    return out


def _page(number: int, rows: list[list[Char]], image_area: float = 0.0) -> Page:
    return Page(number, 612.0, 792.0, [c for row in rows for c in row], image_area)


def test_line_numbers_removed_but_body_numbers_stay() -> None:
    rows = []
    for n in range(1, 29):
        top = 72.0 + (n - 1) * 24.0
        label = str(n)
        rows.append(_chars(label, 90.0 - 6.0 * len(label), top))
        if n == 10:
            rows.append(_chars("12 jurors heard 28 witnesses over 3 days.", 108.0, top))
    result = clean_pages([_page(1, rows)])
    assert _norm(result.clean.text) == "12 jurors heard 28 witnesses over 3 days."


def test_rotated_margin_removed() -> None:
    body = _chars("The motion is granted.", 108.0, 300.0)
    sideways = [
        make_char(ch, 30.0, 42.0, 500.0 - 6.0 * i, 506.0 - 6.0 * i, 12.0, False, "Times")
        for i, ch in enumerate("Northern District of California")
    ]
    result = clean_pages([Page(1, 612.0, 792.0, body + sideways)])
    assert _norm(result.clean.text) == "The motion is granted."


def test_stamp_parsed_removed_and_checked_across_pages() -> None:
    pages = [
        _page(1, [_chars("Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2", 120.0, 14.0),
                  _chars("ORDER", 280.0, 100.0)]),
        _page(2, [_chars("Case 3:15-cv-00798-HSG Document 344 Filed 01/06/16 Page 2 of 2", 120.0, 14.0),
                  _chars("IT IS SO ORDERED.", 108.0, 100.0)]),
    ]
    result = clean_pages(pages)
    assert result.ecf is not None
    assert (result.ecf.document, result.ecf.page_count) == (343, 2)
    assert "Document" not in result.clean.text
    assert any("page 2" in w for w in result.warnings)


def test_running_footer_and_folio_removed() -> None:
    pages = []
    for n in (1, 2, 3):
        pages.append(_page(n, [
            _chars(f"Body text of page {n}.", 108.0, 100.0),
            _chars("DEFS.' NOTICE OF MOTION - Case No. 2:16-cv-06794", 108.0, 730.0, 9.0),
            _chars(f"- {n} -", 300.0, 750.0),
        ]))
    text = _norm(clean_pages(pages).clean.text)
    assert text == "Body text of page 1. Body text of page 2. Body text of page 3." or (
        "NOTICE" not in text and "- 2 -" not in text and "page 3." in text
    )


def test_case_number_header_below_the_top_band_removed() -> None:
    """5th Cir. (pool ca5_00516242060): "No. 21-50498" atop every page after the first,
    at 74-85 pt of 792, under the stamp and below the 10% top band; it was glued into the
    body at each page break. Page 1's own caption number stays."""
    pages = [_page(1, [_chars("No. 21-50498", 250.0, 74.0),
                       _chars("Vanessa St. Pierre, Plaintiff-Appellant, sought a policy", 108.0, 130.0)])]
    for n in (2, 3):
        pages.append(_page(n, [_chars("No. 21-50498", 400.0, 74.0),
                               _chars(f"that the district court reviewed on page {n}.", 108.0, 112.0)]))
    text = _norm(clean_pages(pages).clean.text)
    assert text.count("No. 21-50498") == 1
    assert text.startswith("No. 21-50498")
    assert "reviewed on page 2." in text
    assert "reviewed on page 3." in text


def test_first_body_line_like_a_number_stays() -> None:
    """Only a case number alone counts: a first line "No. 12 of the exhibits ..." repeated
    at the top of two pages is body text."""
    pages = [_page(n, [_chars("No. 12 of the exhibits was admitted", 108.0, 80.0),
                       _chars(f"Text of page {n}.", 108.0, 112.0)]) for n in (1, 2)]
    text = _norm(clean_pages(pages).clean.text)
    assert text.count("No. 12 of the exhibits was admitted") == 2


def test_footnote_split_anchored_and_continued() -> None:
    body_line = _chars("The respondents filed a motion", 108.0, 100.0)
    marker = [make_char("1", 288.0, 292.0, 97.0, 104.0, 7.0, True, "Times")]
    rest = _chars("to seal.", 108.0, 124.0)
    fn1 = [make_char("1", 108.0, 112.0, 660.0, 667.0, 7.0, True, "Times"),
           *_chars("The request to seal portions of the", 113.0, 662.0, 10.0)]
    page1 = _page(1, [body_line, marker, rest, fn1])
    page2 = _page(2, [_chars("Nothing further.", 108.0, 100.0),
                      _chars("motion is denied.", 108.0, 662.0, 10.0)])
    result = clean_pages([page1, page2])
    clean = result.clean
    assert _norm(clean.text) == "The respondents filed a motion to seal. Nothing further."
    assert len(clean.footnotes) == 1
    fn = clean.footnotes[0]
    assert fn.marker == "1"
    assert _norm(fn.clean.text) == "The request to seal portions of the motion is denied."
    assert fn.clean.footnote_index == 0
    assert fn.anchor is not None
    assert clean.text[fn.anchor[0] : fn.anchor[1]] == "motion"
    span = fn.clean.span(0, 3)
    assert span.page == 1
    assert span.footnote == 0


def test_two_column_caption_read_column_by_column() -> None:
    rows = [
        _chars("UNITED STATES OF AMERICA,", 108.0, 200.0),
        _chars(")", 300.0, 200.0), _chars("Case No. 18-cr-00258-EJD", 330.0, 200.0),
        _chars("Plaintiff,", 160.0, 224.0), _chars(")", 300.0, 224.0),
        _chars("v.", 130.0, 248.0), _chars(")", 300.0, 248.0),
        _chars("ORDER RE MOTION", 330.0, 248.0),
        _chars("ELIZABETH A. HOLMES,", 108.0, 272.0), _chars(")", 300.0, 272.0),
        _chars("Defendant.", 160.0, 296.0), _chars(")", 300.0, 296.0),
        _chars("Re: Dkt. No. 527", 330.0, 296.0),
    ]
    text = clean_pages([_page(1, rows)]).clean.text
    assert text.split("\n") == [
        "UNITED STATES OF AMERICA,", "Plaintiff,", "v.", "ELIZABETH A. HOLMES,", "Defendant.",
        "Case No. 18-cr-00258-EJD", "ORDER RE MOTION", "Re: Dkt. No. 527",
    ]


def test_scanned_page_warned() -> None:
    stamp = _chars("Case 2:20-mj-06108-DUTY Document 10 Filed 12/21/20 Page 1 of 1", 74.0, 14.0)
    pages = [_page(1, [stamp], image_area=1.0), _page(2, [], image_area=1.0),
             _page(3, [_chars("Text.", 108.0, 100.0)])]
    result = clean_pages(pages)
    assert result.warnings[0] == "pages 1-2 have no text layer; OCR not installed"
    assert result.textless_pages == (1, 2)
    assert result.ecf is not None


def test_pages_are_consumed_lazily() -> None:
    seen: list[int] = []

    def gen() -> Iterator[Page]:
        for n in range(1, 6):
            seen.append(n)
            yield _page(n, [_chars(f"Line {n}.", 108.0, 100.0)])

    result = clean_pages(gen())
    assert seen == [1, 2, 3, 4, 5]
    assert result.pages == 5


# -- generated PDF: spans point at the printed characters -------------------------------


def _reportlab_pdf() -> tuple[bytes, tuple[float, float, float, float]]:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(120, 778, "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 1")
    c.setFont("Times-Roman", 12)
    before = "The court has reviewed the opposition at "
    cite = "Dkt. No. 340"
    c.drawString(108, 600, before + cite + " and the reply.")
    c.drawString(108, 576, "The motion is denied.")
    c.showPage()
    c.save()
    x0 = 108 + stringWidth(before, "Times-Roman", 12)
    x1 = x0 + stringWidth(cite, "Times-Roman", 12)
    # top-left origin: baseline 600 from the bottom → 192 from the top
    return buf.getvalue(), (x0, 792 - 600 - 12, x1, 792 - 600 + 4)


def test_span_bbox_encloses_printed_characters() -> None:
    data, (x0, top, x1, bottom) = _reportlab_pdf()
    doc = courtparse.parse(data, ocr=False)
    assert doc.ecf is not None
    assert doc.ecf.document == 343
    assert "Document 343" not in doc.text
    start = doc.text.index("Dkt. No. 340")
    from courtparse.pipeline import parse  # noqa: F401 - the same function, public path

    cites = [d for d in doc.docket_citations if d.raw.startswith("Dkt")]
    spans = [d.span for d in cites] or []
    assert cites, "the docket extractor found no citation"
    span = spans[0]
    assert span.start == start
    assert span.page == 1
    assert span.bbox is not None
    bx0, btop, bx1, bbottom = span.bbox
    assert abs(bx0 - x0) < 1.0
    assert abs(bx1 - x1) < 1.0
    assert top - 1 <= btop
    assert bbottom <= bottom + 1


def test_parse_without_text_is_not_silent() -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), invariant=1)
    c.rect(10, 10, 500, 700, fill=1)
    c.showPage()
    c.save()
    doc = courtparse.parse(buf.getvalue(), ocr=False)
    assert doc.text == ""
    assert doc.warnings


# -- digits that are not ASCII, and the offset map of the per-word fast path -----------------


@pytest.mark.parametrize("label", ["²7", "¹", "٣", "2²"])
def test_non_ascii_digits_are_not_line_numbers_and_never_raise(label: str) -> None:
    """"²7" passes str.isdigit() but int() rejects it (cand.315257.259.7): layout
    must treat it as text, in the line-number column and as a footnote marker."""
    rows = []
    for n in range(1, 29):
        top = 72.0 + (n - 1) * 24.0
        text = label if n == 7 else str(n)
        rows.append(_chars(text, 90.0 - 6.0 * len(text), top))
        if n == 10:
            rows.append(_chars("The motion is granted.", 108.0, top))
    foot = [make_char(ch, 108.0 + 4 * i, 112.0 + 4 * i, 660.0, 667.0, 7.0, True, "Times")
            for i, ch in enumerate(label)]
    foot += _chars("See the order.", 118.0, 662.0, 10.0)
    result = clean_pages([_page(1, [*rows, foot])])
    assert "The motion is granted." in result.clean.text


def test_cand_superscript_line_number_file_parses(pool_dir: Path) -> None:
    path = pool_dir / "gov.uscourts.cand.315257.259.7.pdf"
    for backend in ("pdfium", "pdfplumber"):
        doc = courtparse.parse(path, backend=backend, ocr=False)
        assert len(doc.text) > 1000


def test_offset_map_boxes_per_character_with_ligatures_and_cids() -> None:
    """Each body character keeps its own glyph's box, whether its word took the
    one-call path (plain glyphs) or the per-glyph one (a ligature); a lone glyph
    without a Unicode mapping ("(cid:3)") is left out, its neighbours keep theirs."""
    plain = _chars("Granted in part.", 108.0, 100.0)
    lig = [
        make_char("\ufb01", 108.0, 114.0, 124.0, 136.0, 12.0, True, "Times"),
        *_chars("led", 114.0, 124.0),
        make_char(" ", 132.0, 138.0, 124.0, 136.0, 12.0, True, "Times"),
        make_char("(cid:3)", 138.0, 144.0, 124.0, 136.0, 12.0, True, "Times"),
        *_chars("x", 144.0, 124.0),
    ]
    clean = clean_pages([_page(1, [plain, lig])]).clean
    assert _norm(clean.text) == "Granted in part. filed x"
    for i, c in enumerate(plain):
        if c[TEXT] == " ":
            assert clean.span(i, i + 1).page is None  # inserted between words: no origin
            continue
        span = clean.span(i, i + 1)
        assert span.page == 1
        assert span.bbox == (round(c[X0], 2), round(c[TOP], 2), round(c[X1], 2), round(c[BOTTOM], 2))
    k = clean.text.index("filed")
    assert clean.span(k, k + 2).bbox == (108.0, 124.0, 114.0, 136.0)  # "fi": the ligature
    assert clean.span(k + 2, k + 3).bbox == (114.0, 124.0, 120.0, 136.0)  # "l"
    k = clean.text.index("x")
    assert clean.span(k, k + 1).bbox == (144.0, 124.0, 150.0, 136.0)


# -- a form's "label  value" rows ------------------------------------------------------
# C.D. Cal. minutes (CV-90, CR-484) print each header field's value at a tab stop, a
# column gap after its label, and a second field on the right of the first row. The
# x positions give the real forms' gaps (``_chars`` advances half the size per letter):
# cacd.624044.400.0 (12 pt: "Title" ends at 83, its value starts at 118), cacd.605797.1670.0
# (14 pt: "Case No." ends at 80, its value starts at 118), and the generated fixture
# tests/fixtures/pdfs/cdcal-minutes.pdf (10 pt: "Title" 72-93, value at 140).

_BODY = "Before the Court is a Motion to Remand filed by plaintiff in this action now"

MINUTES_ROWS = [
    pytest.param(
        12.0,
        [
            [("Case No.", 60.0), ("CV15-5642-CAS(JCx)", 119.0), ("Date", 416.0), ("July 1, 2019", 452.0)],
            [("Title", 60.0), ("MARCUS GRAY, ETC.; ET AL. v. KATHERYN ELIZABETH HUDSON", 125.0)],
        ],
        [
            "Case No. CV15-5642-CAS(JCx)",
            "Date July 1, 2019",
            "Title MARCUS GRAY, ETC.; ET AL. v. KATHERYN ELIZABETH HUDSON",
        ],
        id="cacd.624044.400.0",
    ),
    pytest.param(
        14.0,
        [
            [("Case No.", 28.0), ("2:14-cr-00684-CAS – 13", 122.0), ("Date", 369.0), ("May 1, 2019", 413.0)],
            [("Present: The Honorable", 28.0), ("CHRISTINA A. SNYDER", 198.0)],
        ],
        [
            "Case No. 2:14-cr-00684-CAS – 13",
            "Date May 1, 2019",
            "Present: The Honorable CHRISTINA A. SNYDER",
        ],
        id="cacd.605797.1670.0",
    ),
    pytest.param(
        10.0,
        [
            [("Case No.", 72.0), ("CV 16-4435 PA (MRWx)", 140.0), ("Date", 400.0), ("August 8, 2016", 440.0)],
            [("Title", 72.0), ("Jane Roe v. Acme Widgets, Inc., et al.", 140.0)],
        ],
        [
            "Case No. CV 16-4435 PA (MRWx)",
            "Date August 8, 2016",
            "Title Jane Roe v. Acme Widgets, Inc., et al.",
        ],
        id="fixture cdcal-minutes",
    ),
]


@pytest.mark.parametrize(("size", "rows", "want"), MINUTES_ROWS)
def test_form_rows_read_label_then_value_in_order(
    size: float, rows: list[list[tuple[str, float]]], want: list[str]
) -> None:
    chars: list[list[Char]] = []
    top = 100.0
    for row in rows:
        chars.extend(_chars(text, x, top, size) for text, x in row)
        top += 1.8 * size
    top += 2 * size
    for _ in range(4):  # a body under the form: its lines set the page's margins
        chars.append(_chars(_BODY, 72.0, top, 12.0))
        top += 16.0
    text = clean_pages([_page(1, chars)]).clean.text
    assert text.split("\n")[: len(want)] == want


def test_form_label_keeps_a_value_wrapped_under_itself() -> None:
    # cacd.664551.368.0: the title's value runs to the right margin and goes on under
    # itself at the value's tab stop; a line under the label's column is a new line.
    rows = [
        _chars("Title", 66.0, 121.0, 14.0),
        _chars("MANUFACTURING AUTOMATION AND SOFTWARE SYSTEMS, INC.", 135.0, 121.0, 14.0),
        _chars("V. KRISTOPHER HUGHES, ET AL.", 135.0, 137.0, 14.0),
        _chars("Present: The Honorable CHRISTINA A. SNYDER", 66.0, 160.0, 14.0),
    ]
    rows += [_chars(_BODY, 66.0, 200.0 + 16.0 * i, 12.0) for i in range(4)]
    text = clean_pages([_page(1, rows)]).clean.text
    assert text.split("\n")[:2] == [
        "Title MANUFACTURING AUTOMATION AND SOFTWARE SYSTEMS, INC. V. KRISTOPHER HUGHES, ET AL.",
        "Present: The Honorable CHRISTINA A. SNYDER",
    ]


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        # A table's header cells (cacd.661853.352.2, cacd.649191.114.1): no label and value.
        ([("Date", 217.0), ("Proposed", 289.0), ("Tek’s", 381.0)], ["Date", "Proposed", "Tek’s"]),
        ([("Date:", 175.0), ("Description:", 241.0), ("Cost:", 558.0)], ["Date:", "Description:", "Cost:"]),
        # A caption's ")" column after "In re:" is the other column (canb.580912.33.0).
        ([("In re:", 72.0), (") Case No. 20-50682 (MEH)", 300.0)], ["In re:", ") Case No. 20-50682 (MEH)"]),
        # A notice of motion's caption fields (cacd.645219.282.0).
        ([("Date:", 350.0), ("December 7, 2018", 420.0)], ["Date: December 7, 2018"]),
        # A blank form's second field, far off (cafc_3): not the label's value.
        ([("Date", 72.0), ("Signature of pro se or counsel", 330.0)], ["Date", "Signature of pro se or counsel"]),
    ],
)
def test_join_fields_joins_a_label_only_with_its_value(
    cells: list[tuple[str, float]], want: list[str]
) -> None:
    (row,) = build_rows([c for text, x in cells for c in _chars(text, x, 200.0)])
    assert [ln.text for ln in join_fields(split_fragments(row, 0))] == want


@pytest.mark.parametrize(
    ("text", "is_field"),
    [
        ("Title   Jane Roe v. Acme Widgets, Inc.", True),
        ("Case No.:   CV 16-06794-AB (JCx)", True),
        ("DATE:   September 14, 2021", True),
        # Running text with ordinary word spaces: a sentence, not a form field.
        ("Title VII of the Civil Rights Act of 1964 bars", False),
        # A transcript's speaker opens speech, whatever the space after it.
        ("THE COURT:   Good morning. This is Judge Selna.", False),
    ],
)
def test_field_line_needs_a_label_and_the_forms_gap(text: str, is_field: bool) -> None:
    chars: list[Char] = []
    x = 72.0
    for part in text.split("   "):  # three spaces: the form's gap (1.5 sizes here)
        chars.extend(_chars(part, x, 200.0))
        x = chars[-1][X1] + 18.0
    (row,) = build_rows(chars)
    (line,) = join_fields(split_fragments(row, 0))
    assert (field_value_x0(line) is not None) is is_field


# -- glyphs without a Unicode mapping (courtparse/layout/glyphs.py) ---------------------


def _cid_chars(codes: list[int], x: float, top: float, font: str = "TimesNewRomanPSMT") -> list[Char]:
    """Glyphs as a backend reports a font without a Unicode map: "(cid:N)" each."""
    return [
        make_char(f"(cid:{c})", x + 6.0 * i, x + 6.0 * (i + 1), top, top + 12.0, 12.0, True, font)
        for i, c in enumerate(codes)
    ]


def _mac(text: str) -> list[int]:
    """TrueType's standard (Macintosh) glyph order: space at glyph 3, ASCII minus 29."""
    return [ord(ch) - 29 for ch in text]


def _cff(text: str) -> list[int]:
    """CFF's standard charset: space at glyph 1, ASCII minus 31."""
    return [ord(ch) - 31 for ch in text]


SHIFT_CASES = [
    # (codes, expected shift): sentences of several courts' filings, capitals included.
    pytest.param(_mac("The motion to compel is granted in part and denied in part."), 29, id="mac-sentence"),
    pytest.param(_mac("NOTICE OF MOTION AND MOTION FOR CLASS CERTIFICATION"), 29, id="mac-capitals"),
    pytest.param(_mac("Defendants shall file their answer within 14 days."), 29, id="mac-figures"),
    pytest.param(_cff("PUBLIC VERSION NUNC PRO TUNC to MARCH 9, 2018"), 31, id="cff-heading"),
    pytest.param(_cff("Respectfully submitted, the United States Attorney"), 31, id="cff-sentence"),
    # Not a standard order: a Type 3 font's arbitrary codes, a Calibri subset's ids.
    pytest.param([ord(ch) + 160 for ch in "The motion to compel is granted."], None, id="no-shift"),
    pytest.param([1004, 1005, 876, 1013, 258, 349, 374, 856, 1011, 853, 381, 272], None, id="calibri-ids"),
    pytest.param(_mac("Order"), None, id="too-few-glyphs"),
]


@pytest.mark.parametrize(("codes", "shift"), SHIFT_CASES)
def test_font_shift(codes: list[int], shift: int | None) -> None:
    from courtparse.layout.glyphs import font_shift

    assert font_shift(codes) == shift


DIGITS = {**{str(d): 1004 + d for d in range(10)}, "/": 876}  # S.D.N.Y. Calibri subset

DATE_CASES = [
    pytest.param([DIGITS[c] for c in "4/19/2021"], "4/19/2021", id="sdny-date-filed"),
    pytest.param([DIGITS[c] for c in "12/31/2019"], "12/31/2019", id="two-digit-month"),
    pytest.param([DIGITS[c] for c in "3/8/2021"], "3/8/2021", id="one-digit-month-and-day"),
    # Ambiguous (several shifts make a valid date: 2/7/10, 3/8/21, 4/9/32), or no
    # date's shape.
    pytest.param([DIGITS[c] for c in "3/8/21"], None, id="ambiguous-two-digit-year"),
    pytest.param([DIGITS[c] for c in "1/1/11"], None, id="ambiguous"),
    pytest.param([DIGITS[c] for c in "2021/04"], None, id="two-groups"),
    pytest.param(_mac("Page 19 of 20"), None, id="not-a-date"),
]


@pytest.mark.parametrize(("codes", "date"), DATE_CASES)
def test_date_run(codes: list[int], date: str | None) -> None:
    from courtparse.layout.glyphs import date_run

    assert date_run(codes) == date


def test_unmapped_glyphs_recovered_dropped_and_warned() -> None:
    """A shifted font reads as text, a date run as its date; glyphs nothing can read are
    left out and counted, and a page made mostly of them is named as unreadable."""
    readable = [
        _chars("Before the Court is the motion.", 72.0, 100.0),
        _cid_chars(_mac("The motion to compel is granted in part."), 72.0, 124.0),
        _cid_chars([DIGITS[c] for c in "4/19/2021"], 400.0, 60.0, font="Calibri"),
        _cid_chars([2001, 2002], 72.0, 148.0, font="Symbol"),
    ]
    garbled = [_chars("Case 2:25-cv-03367-SMB Document 43-2", 72.0, 20.0)]
    garbled += [_cid_chars([200 + (i * 7) % 50 for i in range(60)], 72.0, 100.0 + 24 * k, font="") for k in range(4)]
    result = clean_pages([_page(1, readable), _page(2, garbled)])
    text = result.clean.text
    assert "(cid:" not in text
    assert "The motion to compel is granted in part." in text
    assert "4/19/2021" in text
    assert any("page 2 has mostly glyphs without a Unicode mapping" in w for w in result.warnings)
    assert any(w.startswith("242 glyphs without a Unicode mapping") for w in result.warnings)
    # the audit list boxes what was dropped, a U+FFFD a glyph, never "(cid:"
    gone = {r.page: r for r in result.removed if r.kind == "unmapped_glyphs"}
    assert sorted(gone) == [1, 2]
    assert gone[1].text == "\ufffd\ufffd"
    assert gone[1].bbox is not None
    assert gone[1].bbox[1] == pytest.approx(148.0)
    assert len(gone[2].text) == 240
    assert not any("(cid:" in r.text for r in result.removed)


def test_unreadable_page_goes_to_ocr() -> None:
    seen: list[int] = []

    def ocr(page: Page) -> Page:
        seen.append(page.number)
        assert not any("(cid:" in c[TEXT] for c in page.chars)  # base chars: readable only
        return page._replace(chars=[*page.chars, *_chars("Recognized body text.", 72.0, 300.0)])

    page = _page(1, [_cid_chars([200 + (i * 7) % 50 for i in range(200)], 72.0, 100.0, font="")])
    result = clean_pages([page], ocr=ocr)
    assert seen == [1]
    assert "Recognized body text." in result.clean.text
    assert any("mostly glyphs without a Unicode mapping; text recognized by OCR" in w for w in result.warnings)


# -- clerk's stamp, footnote markers ----------------------------------------------------


CLERK_STAMP_CASES = [
    # (top-right lines of page 1, lines removed)
    pytest.param(["FILED", "2021 Feb-16 AM 08:55", "U.S. DISTRICT COURT", "N.D. OF ALABAMA"], 4, id="alnd"),
    pytest.param(["2023 Sep-22 PM 04:49", "U.S. DISTRICT COURT", "N.D. OF ALABAMA"], 3, id="alnd-under-stamp"),
    pytest.param(["FILED", "2023 JUL 26", "CLERK", "U.S. DISTRICT COURT"], 4, id="utd"),
    # A court of appeals' box writes its date out: the date is the filing's, it stays.
    pytest.param(["FILED", "United States Court of Appeals", "Tenth Circuit", "January 11, 2021"], 0, id="ca10"),
    pytest.param(["ENTERED", "March 05, 2024", "Nathan Ochsner, Clerk"], 0, id="txsd"),
]


@pytest.mark.parametrize(("stamp", "removed"), CLERK_STAMP_CASES)
def test_clerk_stamp_out_of_the_body(stamp: list[str], removed: int) -> None:
    rows = [_chars(t, 430.0, 20.0 + 10.0 * k, size=8.0) for k, t in enumerate(stamp)]
    rows.append(_chars("UNITED STATES DISTRICT COURT", 200.0, 120.0))
    rows.append(_chars("The Court has read the motion.", 72.0, 200.0))
    text = clean_pages([_page(1, rows)]).clean.text
    kept = [t for t in stamp if t in text]
    assert len(stamp) - len(kept) == removed, kept
    assert "The Court has read the motion." in text


def test_typewriter_and_lone_marker_footnotes() -> None:
    """A typewriter footnote ("1. text" in small type at the foot) and a raised marker
    left alone on its row once the line number beside it is gone (pleading paper)."""
    body = [_chars("The parties met before filing the motion.", 108.0, 100.0 + 24 * k) for k in range(18)]
    # The marker, raised after the last body line's end.
    body.append([make_char("1", 318.0, 322.0, 506.0, 514.0, 8.0, True, "Times")])
    foot = [_chars("1. The parties conferred twice by telephone.", 72.0, 700.0, size=10.0)]
    typewriter = clean_pages([_page(1, [*body, *foot])])
    assert [(f.marker, f.clean.text) for f in typewriter.clean.footnotes] == [
        ("1", "The parties conferred twice by telephone.")
    ]
    assert "1. The parties" not in typewriter.clean.text
    # Pleading paper: "26 ¹" then the note's text a little lower.
    rows = [_chars(str(n), 90.0 - 6.0 * len(str(n)), 72.0 + (n - 1) * 24.0) for n in range(1, 29)]
    rows += [_chars("The Court has read the papers and heard argument.", 108.0, 72.0 + k * 24.0) for k in range(20)]
    rows.append([make_char("1", 108.0, 112.0, 672.0, 680.0, 8.0, True, "Times")])
    rows.append(_chars("The four examples are listed in the agreement.", 114.0, 674.0))
    pleading = clean_pages([_page(1, rows)])
    text = pleading.clean.text
    assert "\n1\n" not in text
    assert "The four examples" in text


STATUTE_CASES = [
    # A leading number of a line that is not a line number stays with its words.
    "11 U.S.C. § 362(a) stays the action.",
    "28 U.S.C. § 1331 gives the Court jurisdiction.",
]


@pytest.mark.parametrize("line", STATUTE_CASES)
def test_leading_number_of_a_body_line_stays(line: str) -> None:
    rows = [_chars("The debtor filed a petition under chapter 11.", 108.0, 100.0)]
    rows.append(_chars(line, 108.0, 124.0))
    assert line in clean_pages([_page(1, rows)]).clean.text


def _spaced(text: str, x: float, top: float, tracking: float = 4.0) -> list[Char]:
    """A heading set letter-spaced: each capital ``tracking`` points after the last,
    a word space adding one more letter's width."""
    out = []
    for ch in text:
        if ch != " ":
            out.append(make_char(ch, x, x + 7.0, top, top + 12.0, 12.0, True, "Times"))
            x += 7.0
        else:
            x += 7.0
        x += tracking
    return out


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("ORDER", "ORDER"),
        ("RELATED RELIEF", "RELATED RELIEF"),
        ("TOSHIBA CORPORATION", "TOSHIBA CORPORATION"),
        ("MEMORANDUM AND ORDER", "MEMORANDUM AND ORDER"),
    ],
)
def test_letter_spaced_heading_keeps_its_word_spaces(heading: str, read: str) -> None:
    rows = [_spaced(heading, 150.0, 100.0), _chars("The Court has read the motion.", 72.0, 160.0)]
    text = clean_pages([_page(1, rows)]).clean.text
    assert read in text
    if " " in read:
        assert read.replace(" ", "") not in text


def _numbered_page(texts: list[str], *, left_aligned: bool = False, stamp: bool = False) -> Page:
    """A page with a margin column of line numbers 1..len(texts), each row's text after it."""
    rows = []
    for n, text in enumerate(texts, 1):
        top = 72.0 + (n - 1) * 24.0
        label = str(n)
        x = 70.0 if left_aligned else 90.0 - 6.0 * len(label)
        row = _chars(label, x, top)
        if stamp:  # a real-time transcript's time stamp, glyphs spaced out
            row = [*(_chars(ch, 11.0 + 7.0 * k, top) for k, ch in enumerate("10:15")), row]
            row = [c for part in row for c in part]
        rows.append([*row, *_chars(text, 108.0, top)])
    return _page(1, rows)


@pytest.mark.parametrize(
    ("left_aligned", "stamp"),
    [(False, False), (True, False), (True, True)],
    ids=["pleading-right-aligned", "transcript-left-aligned", "transcript-time-stamps"],
)
def test_margin_line_numbers_of_any_court(left_aligned: bool, stamp: bool) -> None:
    texts = [f"Line {k} of the record reads as it was spoken." for k in range(1, 26)]
    texts[13] = "11 U.S.C. § 362 stays the action against the debtor."
    text = clean_pages([_numbered_page(texts, left_aligned=left_aligned, stamp=stamp)]).clean.text
    assert "11 U.S.C. § 362 stays the action" in text
    assert "14 11 U.S.C." not in text
    assert "10:15" not in text
    assert "\n7 Line" not in text
    assert "Line 7 of the record" in text


@pytest.mark.parametrize(
    "header",
    [
        "PACKET INTELLIGENCE LLC v. NETSCOUT SYSTEMS, INC.",  # Federal Circuit, under its stamp
        "In re Fisher-Price Rock 'n Play Sleeper Litigation",
        "United States v. Alvarez-Moreno",
    ],
)
def test_case_name_header_below_the_top_band_removed(header: str) -> None:
    """A case-name running header with its page number beside it, at 77-86 pt of 792
    (below the 10% band, under the ECF stamp), on every page after the first."""
    pages = [_page(1, [_chars("The appeal comes from the district court.", 108.0, 130.0)])]
    for n in (2, 3, 4):
        pages.append(_page(n, [_chars(header, 144.0, 77.0), _chars(str(n), 462.0, 77.0),
                               _chars(f"Discussion continues on page {n}.", 108.0, 122.0)]))
    text = _norm(clean_pages(pages).clean.text)
    assert header not in text
    assert "continues on page 3. Discussion" in text


@pytest.mark.parametrize("junk", ["=", "ry", "|"])
def test_ocr_mark_before_the_stamp_does_not_keep_it_in_the_text(junk: str) -> None:
    """OCR reads a rule or a speck left of the stamp as a short word (azd.1257439.1.0):
    the stamp is still found, parsed and removed."""
    row = [*_chars(junk, 65.0, 13.0), *_chars("Case 3:20-mb-04298-CDB Document 1 Filed 12/11/20 Page 5 of 10", 116.0, 13.0)]
    result = clean_pages([_page(1, [row, _chars("ATTACHMENT B", 260.0, 98.0)])])
    assert result.ecf is not None
    assert result.ecf.document == 1
    assert "Document 1" not in result.clean.text


# --- the audit list: what cleaning removed -----------------------------------------------


def _pleading_page(number: int, total: int) -> Page:
    """A stamped pleading page: the stamp, a line-number column, the court's name printed
    sideways in the margin, body lines, and a page number in the footer."""
    rows = [_chars(f"Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page {number} of {total}", 120.0, 14.0)]
    for n in range(1, 21):
        top = 72.0 + (n - 1) * 24.0
        rows.append([*_chars(str(n), 90.0 - 6.0 * len(str(n)), top), *_chars(f"Body line {n} of page {number}.", 108.0, top)])
    rows.append(_chars(str(number), 303.0, 750.0))
    sideways = [
        make_char(ch, 30.0, 42.0, 500.0 - 6.0 * i, 506.0 - 6.0 * i, 12.0, False, "Times")
        for i, ch in enumerate("Northern District of California")
    ]
    return Page(number, 612.0, 792.0, [c for row in rows for c in row] + sideways)


def test_removed_blocks_name_kind_page_box_and_text() -> None:
    result = clean_pages([_pleading_page(1, 2), _pleading_page(2, 2)])
    got = {(r.kind, r.page): r for r in result.removed}
    assert sorted(got) == [
        ("ecf_stamp", 1), ("ecf_stamp", 2), ("line_numbers", 1), ("line_numbers", 2),
        ("margin_text", 1), ("margin_text", 2), ("page_number", 1), ("page_number", 2),
    ]
    assert [r.page for r in result.removed] == sorted(r.page or 0 for r in result.removed)
    stamp = got[("ecf_stamp", 2)]
    assert stamp.text == "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 2 of 2"
    assert stamp.bbox == pytest.approx((120.0, 14.0, 120.0 + 6.0 * len(stamp.text), 26.0))
    # the line-number column is one block, a line per number, boxed from 1 to 20
    numbers = got[("line_numbers", 1)]
    assert numbers.text.split("\n") == [str(n) for n in range(1, 21)]
    assert numbers.bbox == pytest.approx((78.0, 72.0, 90.0, 72.0 + 19 * 24.0 + 12.0))
    # the sideways text is boxed where it is printed on the page, not in its turned frame
    margin = got[("margin_text", 1)]
    assert margin.text == "Northern District of California"
    assert margin.bbox == pytest.approx((30.0, 500.0 - 6.0 * 30, 42.0, 506.0))
    assert got[("page_number", 2)].text == "2"
    assert got[("page_number", 2)].bbox == pytest.approx((303.0, 750.0, 309.0, 762.0))
    # what was removed is not in the text, what stayed is
    text = result.clean.text
    assert "Document 343" not in text
    assert "Northern District" not in text
    assert "Body line 20 of page 2." in text


def test_recording_removed_changes_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    from courtparse.layout import removed

    pages = [_pleading_page(1, 2), _pleading_page(2, 2)]
    recorded = clean_pages(pages)
    monkeypatch.setattr(removed, "RECORD", False)
    bare = clean_pages(pages)
    assert bare.removed == ()
    assert recorded.removed
    assert bare.clean.text == recorded.clean.text
    assert bare.ecf == recorded.ecf


def test_removed_of_real_filings_round_trip(labeled_dir: Path) -> None:
    doc = courtparse.parse(labeled_dir / "gov.uscourts.alnd.175897.32.13.pdf", ocr=False)
    kinds = {r.kind for r in doc.removed}
    assert {"filed_box", "separator_column"} <= kinds
    box = next(r for r in doc.removed if r.kind == "filed_box")
    assert box.text.splitlines() == ["FILED", "2021 Feb-16 AM 08:55", "U.S. DISTRICT COURT", "N.D. OF ALABAMA"]
    assert "Feb-16 AM 08:55" not in doc.text
    assert courtparse.Document.from_dict(json.loads(doc.to_json())) == doc


# -- overprinted layers and fill-ins (courtparse/layout/lines.py) -------------------------


def _row_texts(chars: list[Char]) -> list[str]:
    return [" ".join(w.text for w in row) for row in build_rows(chars)]


def test_spaces_of_an_overprinted_copy_do_not_split_the_line() -> None:
    # caed.380641.4.0 under pdfium: "United States Magistrate Judge" drawn twice, the second
    # copy's glyphs without a mapping read as spaces as wide as the letters they print.
    line = _chars("Magistrate Judge", 72.0, 200.0)
    shadow = [make_char(" " if c[TEXT] in "aeiu" else c[TEXT], c[X0] + 0.01, c[X1] + 0.01, c[TOP], c[BOTTOM], 12.0,
                        True, "Times") for c in line]
    assert _row_texts(line + shadow) == ["Magistrate Judge"]


def test_a_fill_in_in_another_font_rejoins_its_row() -> None:
    # caed.380451.6.0: "23" typed in Helvetica into "Dated: September ___, 2020", its last
    # digit under the comma.
    head = _chars("Dated: September", 72.0, 200.0)
    fill = _chars("23", head[-1][X1] + 1.5, 200.0, size=11.0, font="Helvetica")
    tail = _chars(", 2020", fill[-1][X1] - 2.0, 200.0)
    assert _row_texts(head + fill + tail) == ["Dated: September 23, 2020"]


def test_a_stamp_over_a_footer_stays_apart() -> None:
    # An ECF stamp printed over a firm's footer covers the footer's letters: two rows.
    footer = _chars("ORDER GRANTING MOTION", 72.0, 700.0)
    stamp = _chars("Case 2:20-cv-1", 74.0, 700.5, font="Helvetica")
    assert sorted(_row_texts(footer + stamp)) == ["Case 2:20-cv-1", "ORDER GRANTING MOTION"]


@pytest.mark.parametrize(("gap", "words"), [(3.0, ["908", "DB"]), (0.6, ["908DB"])])
def test_a_gap_of_one_times_space_is_a_word_space(gap: float, words: list[str]) -> None:
    # caed.380641.4.0 under pdfplumber: "908" and "DB" 3.0 pt apart at 12 pt, no space char.
    first = _chars("908", 72.0, 200.0)
    second = _chars("DB", first[-1][X1] + gap, 200.0)
    (row,) = build_rows(first + second)
    assert [w.text for w in row] == words


def test_a_word_space_under_an_italic_capitals_box_stays() -> None:
    # pool2 nysd_affirmation-in-opposition: Times-BoldItalic "AFFIRMATION IN", the "I"'s
    # slanted box starting 0.2 pt into the 3.4 pt space before it.
    word = _chars("AFFIRMATION", 72.0, 200.0, font="Times-BoldItalic")
    space = make_char(" ", word[-1][X1], word[-1][X1] + 3.4, 200.0, 212.0, 12.0, True, "Times-BoldItalic")
    second = [make_char(ch, space[X0] + 0.2 + 6.1 * i, space[X0] + 0.2 + 6.1 * (i + 1), 200.0, 212.0, 12.0, True,
                        "Times-BoldItalic") for i, ch in enumerate("IN")]
    assert _row_texts([*word, space, *second]) == ["AFFIRMATION IN"]


def test_a_page_with_nothing_drawn_is_named_in_the_warnings() -> None:
    """A page with no characters and no image (blank, or a page object that lost its
    /Contents: fuzz.py's broken page tree) is said, not silently empty; a scanned page
    is the OCR rule's, not this one's."""
    body = Page(2, 612.0, 792.0, _chars("The motion is DENIED.", 72.0, 100.0))
    result = clean_pages([Page(1, 612.0, 792.0, []), body, Page(3, 612.0, 792.0, [])])
    assert "pages 1, 3 have no text and no image (blank, or its content is missing)" in result.warnings
    scanned = clean_pages([Page(1, 612.0, 792.0, [], image_area=0.95), body])
    assert not any("no text and no image" in w for w in scanned.warnings)
