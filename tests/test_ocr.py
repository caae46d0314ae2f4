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
                    ("".join(x[TEXT] for x in cur), cur[0][X0], cur[-1][X1], cur[0][TOP], cur[0][BOTTOM])
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


def _image_pdf(lines: list[tuple[str, tuple[int, int]]]) -> bytes:
    """An image-only letter page at 300 dpi with ``lines`` printed at 12 pt."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (8 * DPI + DPI // 2, 11 * DPI), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=50)  # 50 px at 300 dpi = 12 pt
    for text, xy in lines:
        draw.text(xy, text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=DPI)
    return buf.getvalue()


def _drawn_boxes() -> dict[str, tuple[float, float, float, float]]:
    """Each drawn word → its ink box in points (x0, top, x1, bottom)."""
    from PIL import Image, ImageDraw, ImageFont

    draw = ImageDraw.Draw(Image.new("L", (1, 1)))
    font = ImageFont.load_default(size=50)
    pt = 72 / DPI
    out = {}
    for text, (x, y) in DRAWN:
        for word in text.split():
            start = text.index(word)
            left = x + draw.textlength(text[:start], font=font)
            x0, top, x1, bottom = draw.textbbox((left, y), word, font=font)
            out[word] = (x0 * pt, top * pt, x1 * pt, bottom * pt)
    return out


def test_generated_scan_words_and_boxes(engine: None) -> None:
    page = ocr_page(_image_pdf(DRAWN), 0)
    assert (page.number, page.width, page.height) == (1, 612.0, 792.0)
    got = {w: (x0, top, x1, bottom) for w, x0, x1, top, bottom in _words(page.chars)}
    expected = _drawn_boxes()
    assert set(got) == set(expected)
    for word, (ex0, etop, ex1, ebottom) in expected.items():
        x0, top, x1, bottom = got[word]
        # Tesseract boxes the ink; allow 1.5 pt (6 px) for anti-aliasing and binarizing.
        assert x0 == pytest.approx(ex0, abs=1.5), word
        assert x1 == pytest.approx(ex1, abs=1.5), word
        assert top == pytest.approx(etop, abs=1.5), word
        assert bottom == pytest.approx(ebottom, abs=1.5), word


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
