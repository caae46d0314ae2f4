"""OCR of scanned pages (courtparse[ocr]): word boxes → Char records in PDF points.

The table tests of ``words_to_chars`` need no engine. The rest run Tesseract: they
skip with a reason where it is not installed, and fail in CI (CI=true), which
installs tesseract-ocr and the extra.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from courtparse.errors import CourtparseError, DamagedPdfError, NotAPdfError, NoTextError
from courtparse.pdf import ocr as ocr_mod
from courtparse.pdf.base import (
    BOTTOM,
    FONT,
    SIZE,
    TEXT,
    TOP,
    UPRIGHT,
    X0,
    X1,
    Char,
    Page,
    make_char,
)
from courtparse.pdf.ocr import OCR_FONT, OcrError, PdfOcr, ocr_available, ocr_page, words_to_chars

SCANNED = "gov.uscourts.cacd.805986.10.0.pdf"
"""C.D. Cal. affidavit of surety: a page image whose only text layer is the ECF stamp
and the clerk's FILED date."""


@pytest.fixture
def engine() -> None:
    if ocr_available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but OCR is unavailable: install tesseract-ocr and courtparse[ocr]")
    pytest.skip(
        "OCR not installed (pytesseract and the tesseract binary): pip install courtparse[ocr]"
    )


def _table(*words: tuple[int, int, str, float, tuple[int, int, int, int]]) -> dict[str, list[Any]]:
    """A Tesseract ``image_to_data`` dict of word rows: (line, word, text, conf, box)."""
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "level",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        )
    }
    for line, word, text, conf, (left, top, width, height) in words:
        for k, v in zip(
            cols,
            (5, 1, 1, line, word, left, top, width, height, conf, text),
            strict=True,
        ):
            cols[k].append(v)
    return cols


def _words(chars: list[Char]) -> list[tuple[str, float, float, float, float]]:
    """Chars → (word, x0, x1, top, bottom), a word ending at a space or a new line."""
    out: list[tuple[str, float, float, float, float]] = []
    cur: list[Char] = []
    for c in [*chars, None]:
        if c is None or c[TEXT] == " " or (cur and (c[TOP] != cur[-1][TOP] or c[X0] < cur[-1][X0])):
            if cur:
                out.append(
                    (
                        "".join(x[TEXT] for x in cur),
                        cur[0][X0],
                        cur[-1][X1],
                        cur[0][TOP],
                        cur[0][BOTTOM],
                    )
                )
            cur = [] if c is None or c[TEXT] == " " else [c]
        else:
            cur.append(c)
    return out


# --- words_to_chars: no engine needed ------------------------------------------------

# (tesseract rows, points per pixel, expected text, expected per-char x0s)
WORD_TABLES = [
    pytest.param(
        _table((1, 1, "ORDER", 96, (300, 60, 100, 20))),
        0.24,
        "ORDER",
        [72.0, 76.8, 81.6, 86.4, 91.2],
        id="one word split evenly at 300 dpi",
    ),
    pytest.param(
        _table((1, 1, "Case", 93, (0, 0, 40, 10)), (1, 2, "2:20-mj-06108", 90, (50, 0, 130, 10))),
        1.0,
        "Case 2:20-mj-06108",
        [0.0, 10.0, 20.0, 30.0, 40.0, *(50.0 + 10.0 * k for k in range(13))],
        id="space char spans the gap between words of one line",
    ),
    pytest.param(
        _table((1, 1, "Dkt.", 90, (0, 0, 40, 10)), (1, 2, "No.", 90, (38, 0, 30, 10))),
        1.0,
        "Dkt. No.",
        [0.0, 10.0, 20.0, 30.0, 38.0, 38.0, 48.0, 58.0],
        id="overlapping word boxes still get a thin space",
    ),
    pytest.param(
        _table((1, 1, "DISTRICT", 96, (0, 0, 80, 10)), (2, 1, "COURT", 96, (0, 20, 50, 10))),
        1.0,
        "DISTRICTCOURT",
        [*(10.0 * k for k in range(8)), *(10.0 * k for k in range(5))],
        id="no space char across lines: layout decides line breaks",
    ),
    pytest.param(
        _table(
            (1, 1, "", 95, (0, 0, 10, 10)),
            (1, 2, "|", -1, (20, 0, 5, 10)),
            (1, 3, "  ", 30, (30, 0, 10, 10)),
            (1, 4, "Filed", 96, (50, 0, 50, 10)),
        ),
        1.0,
        "Filed",
        [50.0, 60.0, 70.0, 80.0, 90.0],
        id="empty text and negative confidence dropped",
    ),
]


@pytest.mark.parametrize(("table", "scale", "text", "x0s"), WORD_TABLES)
def test_words_to_chars(
    table: dict[str, list[Any]], scale: float, text: str, x0s: list[float]
) -> None:
    chars = words_to_chars(table, scale)
    assert "".join(c[TEXT] for c in chars) == text
    assert [c[X0] for c in chars] == pytest.approx(x0s)
    assert all(c[FONT] == OCR_FONT and c[UPRIGHT] for c in chars)
    assert all(c[X0] < c[X1] and c[TOP] < c[BOTTOM] and c[SIZE] > 0 for c in chars)


def test_word_chars_share_the_word_box() -> None:
    chars = words_to_chars(_table((1, 1, "GRANTED.", 88, (1000, 400, 400, 50))), 72 / 300)
    assert {(c[TOP], c[BOTTOM]) for c in chars} == {(96.0, 108.0)}
    assert chars[0][X0] == pytest.approx(240.0)
    assert chars[-1][X1] == pytest.approx(336.0)
    # A 12 pt word box is ~9-11 pt tall; size is read back as roughly 12-16 pt.
    assert 12.0 <= chars[0][SIZE] <= 17.0


def test_min_conf_drops_noise() -> None:
    table = _table((1, 1, "~", 12, (0, 0, 10, 10)), (1, 2, "Dated", 91, (20, 0, 50, 10)))
    assert "".join(c[TEXT] for c in words_to_chars(table, 1.0, min_conf=20)) == "Dated"
    assert "".join(c[TEXT] for c in words_to_chars(table, 1.0)) == "~ Dated"


def test_words_already_in_the_text_layer_are_dropped() -> None:
    ocr = words_to_chars(
        _table(
            (1, 1, "Case", 90, (0, 0, 40, 10)),
            (1, 2, "2:20-mj-06108", 90, (50, 0, 130, 10)),
            (2, 1, "AFFIDAVIT", 95, (0, 100, 90, 10)),
        ),
        1.0,
    )
    stamp = [
        make_char(ch, 2.0 + 8 * k, 9.0 + 8 * k, 1.0, 9.0, 10.0, True, "Helvetica")
        for k, ch in enumerate("Case2:20-mj-06108")
    ]
    merged = ocr_mod._drop_known(ocr, stamp)
    assert "".join(c[TEXT] for c in merged) == "AFFIDAVIT"


# --- degrade without the engine ----------------------------------------------------------


def test_missing_pytesseract_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # import now raises ImportError
    ocr_available.cache_clear()
    try:
        assert ocr_available() is False
    finally:
        ocr_available.cache_clear()


def test_module_imports_without_pytesseract() -> None:
    code = (
        "import sys; sys.modules['pytesseract'] = None\n"
        "from courtparse.pdf.ocr import PdfOcr, ocr_available\n"
        "print(ocr_available())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_engine_raises_our_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_mod, "ocr_available", lambda: False)
    with pytest.raises(OcrError, match=r"^scan\.pdf: OCR is not installed") as info:
        ocr_page(_image_pdf([]), 0, source_name="scan.pdf")
    assert isinstance(info.value, NoTextError)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"<html>502 Bad Gateway</html>", NotAPdfError, id="html error page"),
        pytest.param(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", DamagedPdfError, id="truncated"),
    ],
)
def test_bad_bytes_raise_our_errors(data: bytes, error: type[CourtparseError]) -> None:
    with pytest.raises(error) as info:
        PdfOcr(data, source_name="x.pdf")
    assert info.value.source == "x.pdf"


def test_engine_failure_names_the_source(monkeypatch: pytest.MonkeyPatch, engine: None) -> None:
    import pytesseract

    def broken(*_a: object, **_k: object) -> None:
        raise pytesseract.TesseractError(1, "Error opening data file eng.traineddata")

    monkeypatch.setattr(pytesseract, "image_to_data", broken)
    with pytest.raises(OcrError, match=r"^scan\.pdf: tesseract failed on page 1"):
        ocr_page(_image_pdf([]), 0, source_name="scan.pdf")


# --- real recognition -----------------------------------------------------------------------

DPI = 300
DRAWN = [
    ("UNITED STATES DISTRICT COURT", (600, 300)),
    ("Case No. 3:21-cv-04567-ABC", (300, 600)),
    ("The motion is GRANTED.", (300, 900)),
]
"""(text, pixel origin) drawn on a 300 dpi letter page."""


def _image_pdf(
    lines: list[tuple[str, tuple[int, int]]],
    size: tuple[int, int] = (8 * DPI + DPI // 2, 11 * DPI),
    turned: int = 0,
) -> bytes:
    """An image-only page at 300 dpi (default letter) with ``lines`` printed at 12 pt,
    scanned ``turned`` degrees counter-clockwise: reading it takes a clockwise turn by
    as much."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=50)  # 50 px at 300 dpi = 12 pt
    for text, xy in lines:
        draw.text(xy, text, font=font, fill=0)
    if turned:
        # PIL's transpose turns counter-clockwise.
        img = img.transpose(
            {
                90: Image.Transpose.ROTATE_90,
                180: Image.Transpose.ROTATE_180,
                270: Image.Transpose.ROTATE_270,
            }[turned]
        )
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=DPI)
    return buf.getvalue()


def _drawn_boxes(
    lines: list[tuple[str, tuple[int, int]]] = DRAWN,
) -> dict[str, tuple[float, float, float, float]]:
    """Each drawn word → its ink box in points (x0, top, x1, bottom)."""
    from PIL import Image, ImageDraw, ImageFont

    draw = ImageDraw.Draw(Image.new("L", (1, 1)))
    font = ImageFont.load_default(size=50)
    pt = 72 / DPI
    out = {}
    for text, (x, y) in lines:
        for word in text.split():
            start = text.index(word)
            left = x + draw.textlength(text[:start], font=font)
            x0, top, x1, bottom = draw.textbbox((left, y), word, font=font)
            out[word] = (x0 * pt, top * pt, x1 * pt, bottom * pt)
    return out


def _spy_engine(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each Tesseract run of PdfOcr: "data" (a reading) or "osd"."""
    calls: list[str] = []
    recognize, osd = PdfOcr._recognize, PdfOcr._osd

    def spy_recognize(self: PdfOcr, *a: Any, **k: Any) -> Any:
        calls.append("data")
        return recognize(self, *a, **k)

    def spy_osd(self: PdfOcr, *a: Any, **k: Any) -> Any:
        calls.append("osd")
        return osd(self, *a, **k)

    monkeypatch.setattr(PdfOcr, "_recognize", spy_recognize)
    monkeypatch.setattr(PdfOcr, "_osd", spy_osd)
    return calls


def _assert_boxes(page: Page, lines: list[tuple[str, tuple[int, int]]]) -> None:
    got = {w: (x0, top, x1, bottom) for w, x0, x1, top, bottom in _words(page.chars)}
    expected = _drawn_boxes(lines)
    assert set(got) == set(expected)
    for word, (ex0, etop, ex1, ebottom) in expected.items():
        x0, top, x1, bottom = got[word]
        # Tesseract boxes the ink; allow 1.5 pt (6 px) for anti-aliasing and binarizing.
        assert x0 == pytest.approx(ex0, abs=1.5), word
        assert x1 == pytest.approx(ex1, abs=1.5), word
        assert top == pytest.approx(etop, abs=1.5), word
        assert bottom == pytest.approx(ebottom, abs=1.5), word
    for c in page.chars:
        assert 0 <= c[X0] < c[X1] <= page.width, c
        assert 0 <= c[TOP] < c[BOTTOM] <= page.height, c


def test_generated_scan_words_and_boxes(engine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy_engine(monkeypatch)
    with PdfOcr(_image_pdf(DRAWN)) as ocr:
        page = ocr.page(0)
        assert ocr.rotations == {}
        assert ocr.warnings == []
    assert calls == ["data"]  # an upright page that reads well pays for one run only
    assert (page.number, page.width, page.height) == (1, 612.0, 792.0)
    _assert_boxes(page, DRAWN)


def test_blank_scan_gives_no_chars(engine: None) -> None:
    assert ocr_page(_image_pdf([]), 0).chars == []


def _text_layer(path: Path) -> Page:
    """The page's text-layer chars read with pypdfium2 directly (the stamp only)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[0]
        width, height = page.get_size()
        tp = page.get_textpage()
        chars = []
        for i in range(tp.count_chars()):
            text = tp.get_text_range(i, 1)
            left, bottom, right, top = tp.get_charbox(i)
            if text.strip():
                chars.append(
                    make_char(text, left, right, height - top, height - bottom, 10.0, True, "x")
                )
        return Page(1, width, height, chars, 0.95)
    finally:
        pdf.close()


def test_scanned_labeled_filing(labeled_dir: Path, engine: None) -> None:
    path = labeled_dir / SCANNED
    with PdfOcr(path.read_bytes(), source_name=str(path)) as ocr:
        assert ocr.page_count == 1
        page = ocr.page(0)
    text = "".join(c[TEXT] for c in page.chars)
    assert "central district of california" in text.casefold()
    assert "2:20-mj-06108" in text  # the stamp, as pixels
    assert "20MJ6108" in text.replace(" ", "")  # the form's CASE NUMBER box
    assert "AFFIDAVIT OF SURETY" in text
    assert len(page.chars) > 1500
    for c in page.chars:
        assert 0 <= c[X0] < c[X1] <= page.width, c
        assert 0 <= c[TOP] < c[BOTTOM] <= page.height, c


def test_scanned_page_keeps_its_text_layer_once(labeled_dir: Path, engine: None) -> None:
    path = labeled_dir / SCANNED
    base = _text_layer(path)
    assert "2:20-mj-06108" in "".join(c[TEXT] for c in base.chars)
    with PdfOcr(path.read_bytes(), source_name=str(path)) as ocr:
        page = ocr.page(0, base=base)
    assert page.chars[: len(base.chars)] == base.chars
    assert page.image_area == base.image_area
    text = "".join(c[TEXT] for c in page.chars)
    assert text.count("2:20-mj-06108") == 1  # the stamp's OCR duplicate is dropped
    assert "CENTRAL DISTRICT OF CALIFORNIA" in text


# --- pages scanned sideways or upside down -----------------------------------------------

SMALL = (1800, 1200)
"""A 6 x 4 inch scan at 300 dpi: enough lines to orient, quick to recognize."""

TURNED = [
    ("UNITED STATES DISTRICT COURT", (300, 100)),
    ("NORTHERN DISTRICT OF CALIFORNIA", (260, 180)),
    ("Case No. 3:21-cv-04567-ABC", (150, 360)),
    ("ORDER GRANTING MOTION TO DISMISS", (150, 460)),
    ("The motion is GRANTED.", (150, 640)),
    ("IT IS SO ORDERED.", (150, 720)),
    ("Dated and filed in San Francisco", (150, 900)),
]
"""(text, pixel origin) on the SMALL page as it reads upright."""


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_turned_scan_reads_upright(
    turned: int, engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _spy_engine(monkeypatch)
    with PdfOcr(_image_pdf(TURNED, SMALL, turned), source_name="scan.pdf") as ocr:
        page = ocr.page(0)
        assert ocr.rotations == {1: turned}
    # Reported turned: the page as it reads, boxes where each word is printed on it.
    assert (page.width, page.height) == (432.0, 288.0)
    assert all(c[UPRIGHT] for c in page.chars)
    _assert_boxes(page, TURNED)
    text = "".join(c[TEXT] for c in page.chars)
    assert text.index("DISTRICT COURT") < text.index("3:21-cv-04567-ABC") < text.index("ORDERED.")
    if ocr_mod.osd_available():
        # Detection names the angle: one upright reading, one turned.
        assert calls == ["data", "osd", "data"]


def test_turned_scan_without_osd_tries_the_angles(
    engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Text turned 90° clockwise is the case Tesseract reads upright, as vertical lines.
    monkeypatch.setattr(ocr_mod, "osd_available", lambda: False)
    calls = _spy_engine(monkeypatch)
    with PdfOcr(_image_pdf(TURNED, SMALL, 270)) as ocr:
        page = ocr.page(0)
        assert ocr.rotations == {1: 270}
    assert "osd" not in calls
    assert 3 <= len(calls) <= 5  # upright, 1-3 small trials, the turned reading
    _assert_boxes(page, TURNED)


def test_turned_scan_keeps_its_text_layer_turned(engine: None) -> None:
    # The stamp is upright atop the page as displayed (portrait 288 x 432 pt: the 6 x 4 in
    # scan turned 90° counter-clockwise); on the turned page it runs down the right edge.
    stamp = [
        make_char(ch, 100 + 6 * k, 106 + 6 * k, 4.0, 12.0, 8.0, True, "Helvetica")
        for k, ch in enumerate("Case")
    ]
    base = Page(1, 288.0, 432.0, stamp, 0.98)
    with PdfOcr(_image_pdf(TURNED, SMALL, 90)) as ocr:
        page = ocr.page(0, base=base)
    assert (page.number, page.width, page.height, page.image_area) == (1, 432.0, 288.0, 0.98)
    turned = page.chars[: len(stamp)]
    assert [c[TEXT] for c in turned] == list("Case")
    assert not any(c[UPRIGHT] for c in turned)
    # Display (x, top) -> turned (height - bottom, x): the stamp's first glyph.
    assert turned[0][X0 : BOTTOM + 1] == (420.0, 428.0, 100.0, 106.0)
    assert "DISMISS" in "".join(c[TEXT] for c in page.chars[len(stamp) :])


def test_turned_scan_through_parse(engine: None) -> None:
    from courtparse import parse

    doc = parse(_image_pdf(TURNED, SMALL, 180), ocr=True)
    assert "page 1 scanned upside down; text recognized by OCR after turning it 180°" in " ".join(
        doc.warnings
    )
    assert "ORDER GRANTING MOTION TO DISMISS" in doc.text


def test_turned_page_warnings() -> None:
    with PdfOcr(_image_pdf([])) as ocr:
        ocr.rotations.update({2: 270, 3: 270, 4: 270, 7: 270, 5: 180})
        assert ocr.warnings == [
            "page 5 scanned upside down; text recognized by OCR after turning it 180° "
            "(its boxes are on the turned page)",
            "pages 2-4, 7 scanned sideways; text recognized by OCR after turning them 270° "
            "clockwise (their boxes are on the turned page)",
        ]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_turned_text_layer_stays_on_the_turned_page(rotation: int) -> None:
    """turn_chars (shared by OCR and pdfium's /Rotate) keeps every box on the turned page
    and turns it back when applied the other way round."""
    from courtparse.pdf.base import turn_chars

    chars = [
        make_char("C", 10.0, 17.0, 20.0, 30.0, 10.0, True, "x"),
        make_char("|", 500.0, 502.0, 700.0, 760.0, 10.0, False, "x"),
    ]
    w, h = (792.0, 612.0) if rotation in (90, 270) else (612.0, 792.0)
    turned = turn_chars(chars, rotation, 612.0, 792.0)
    for c in turned:
        assert 0 <= c[X0] < c[X1] <= w
        assert 0 <= c[TOP] < c[BOTTOM] <= h
    assert [c[UPRIGHT] for c in turned] == [False, True]
    back = turn_chars(turned, (360 - rotation) % 360, w, h)
    for a, b in zip(back, chars, strict=True):
        assert a[TEXT] == b[TEXT]
        assert a[UPRIGHT] == b[UPRIGHT]
        assert (a[X0], a[X1], a[TOP], a[BOTTOM]) == pytest.approx((b[X0], b[X1], b[TOP], b[BOTTOM]))


# (word rows, word boxes, good words, needs turning)
READINGS = [
    pytest.param(
        _table(
            *(
                (1, k, w, 91, (60 * k, 0, 50, 12))
                for k, w in enumerate(
                    [
                        "ORDER",
                        "GRANTING",
                        "the",
                        "Defendants'",
                        "motion,",
                        "(Dkt.",
                        "No.",
                        "12)",
                        "court's",
                        "non-party",
                    ],
                    1,
                )
            )
        ),
        10,
        8,
        False,
        id="upright: words across the page",
    ),
    pytest.param(
        _table(
            *(
                (1, k, w, 91, (0, 60 * k, 12, 50))
                for k, w in enumerate(
                    [
                        "ORDER",
                        "GRANTING",
                        "the",
                        "Defendants",
                        "motion",
                        "to",
                        "dismiss",
                        "is",
                        "GRANTED",
                    ],
                    1,
                )
            )
        ),
        9,
        0,
        True,
        id="text turned: Tesseract reads vertical lines with tall boxes",
    ),
    pytest.param(
        _table(
            *(
                (1, k, w, c, (60 * k, 0, 50, 12))
                for k, (w, c) in enumerate(
                    [
                        ("|", 40),
                        ("Il", 88),
                        ("ayy", 31),
                        ("=", 50),
                        ("SS", 90),
                        ("ot", 62),
                        ("'", 10),
                        ("a", 70),
                        ("TRO", 75),
                    ],
                    1,
                )
            )
        ),
        9,
        1,
        True,
        id="upside down: fragments and symbols",
    ),
    pytest.param(
        _table((1, 1, "|", 10, (0, 0, 5, 40)), (1, 2, "~", 20, (10, 0, 5, 5))),
        2,
        0,
        False,
        id="too few words to orient: left upright",
    ),
]


@pytest.mark.parametrize(("table", "words", "good", "turn"), READINGS)
def test_reading_score(table: dict[str, list[Any]], words: int, good: int, turn: bool) -> None:
    reading = ocr_mod._reading(table)
    assert (reading.words, reading.good, reading.needs_turning) == (words, good, turn)
