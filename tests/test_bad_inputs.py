"""Every bad input raises the right CourtparseError, naming the file and the cause,
quickly, under both backends; nothing from pdfminer or PDFium escapes bare."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtparse.errors import (
    CourtparseError,
    DamagedPdfError,
    EncryptedPdfError,
    NotAPdfError,
    SourceError,
)
from courtparse.pdf import BACKENDS, get_backend
from courtparse.pdf.base import TEXT, Page
from courtparse.pdf.source import read_source, sniff

PDFS = Path(__file__).parent / "fixtures" / "pdfs"


def load(source: object, backend: str) -> tuple[list[Page], list[str]]:
    """What the pipeline does: read, sniff, open, iterate every page."""
    data, name = read_source(source)
    sniff(data, name)
    with get_backend(backend).open(data, name) as doc:
        pages = list(doc.pages())
        return pages, list(getattr(doc, "warnings", []))


BAD = [
    ("empty.pdf", NotAPdfError, "empty file"),
    ("text-named-pdf.pdf", NotAPdfError, "plain text"),
    ("html-named-pdf.pdf", NotAPdfError, "HTML page"),
    ("encrypted.pdf", EncryptedPdfError, "password"),
]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize(("name", "error", "cause"), BAD)
def test_bad_input_raises_named_error(
    backend: str, name: str, error: type[CourtparseError], cause: str
) -> None:
    path = PDFS / name
    with pytest.raises(error) as info:
        load(str(path), backend)
    assert str(path) in str(info.value)
    assert cause in info.value.cause
    assert info.value.source == str(path)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_truncated_pdf_is_damaged(backend: str) -> None:
    path = PDFS / "truncated.pdf"
    with pytest.raises(DamagedPdfError) as info:
        load(path, backend)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "truncated" in message or "corrupt" in message
    # The library's own exception is kept as the cause, never raised bare.
    assert info.value.__cause__ is not None
    assert not isinstance(info.value.__cause__, CourtparseError)


@pytest.mark.timeout(20)
def test_zeroed_block_still_reads_with_a_warning_naming_the_page() -> None:
    """The zeroed block wipes page 1's content stream: pdfminer raises on that page,
    the backend skips it with a warning and reads the rest."""
    pages, warnings = load(PDFS / "zeroed-block.pdf", "pdfplumber")
    assert [p.number for p in pages] == [2, 3]
    assert len(warnings) == 1
    assert warnings[0].startswith("page 1: unreadable, skipped (")
    assert "IT IS SO ORDERED." in "".join(c[TEXT] for c in pages[-1].chars)


@pytest.mark.timeout(20)
def test_zeroed_block_pdfium_reads_what_survives() -> None:
    """PDFium parses what it can of a corrupt stream and reports no error (documented
    in pdfium.py): the pages come back, the intact last page with its text."""
    pages, _ = load(PDFS / "zeroed-block.pdf", "pdfium")
    assert [p.number for p in pages] == [1, 2, 3]
    assert "IT IS SO ORDERED." in "".join(c[TEXT] for c in pages[-1].chars)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_garbage_after_header_is_damaged(backend: str) -> None:
    data = b"%PDF-1.7\n" + bytes(range(256)) * 8
    with pytest.raises(DamagedPdfError, match=r"^<bytes>: "):
        load(data, backend)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_missing_file(backend: str, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"missing\.pdf: file not found"):
        load(tmp_path / "missing.pdf", backend)


@pytest.mark.parametrize(
    ("head", "looks_like"),
    [
        (b"<!DOCTYPE html><html><body>Login</body></html>", "HTML page"),
        (b"  \n<html>\n", "HTML page"),
        (b"PK\x03\x04rest-of-a-docx", "ZIP archive"),
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG image"),
        (b"II*\x00tiff", "TIFF image"),
        ("Ordre de la Cour — texte ".encode() * 50, "plain text"),
        (bytes(range(256)), "unrecognized binary data"),
    ],
)
def test_sniff_says_what_it_looks_like(head: bytes, looks_like: str) -> None:
    with pytest.raises(NotAPdfError, match=looks_like) as info:
        sniff(head, "download.pdf")
    assert str(info.value).startswith("download.pdf: not a PDF")


def test_sniff_accepts_junk_before_the_header() -> None:
    sniff(b"\r\n\x00junk" * 10 + b"%PDF-1.4\n", "x.pdf")
    with pytest.raises(NotAPdfError):
        sniff(b" " * 1100 + b"%PDF-1.4\n", "x.pdf")


# ---- corpus/bad (issue 17): the cases parse() itself answers ----------------------------


@pytest.fixture(scope="session")
def bad_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "bad"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize(
    "name", ["pages_is_not_a_dict.pdf", "gov.uscourts.caed.380641.4.0.flip1.4.pdf"]
)
def test_a_pdf_whose_page_tree_cannot_be_read_is_damaged(
    bad_dir: Path, backend: str, name: str
) -> None:
    """pdfplumber opened these as 0-page documents ("no text found") where PDFium
    raised: both backends now say damaged, naming the file, in words (not PDFium's
    "Failed to load document (PDFium: Success)")."""
    from courtparse.pipeline import parse

    path = bad_dir / name
    with pytest.raises(DamagedPdfError) as info:
        parse(path, backend=backend, ocr=False)
    assert str(info.value).startswith(f"{path}: damaged PDF")
    assert "Success" not in str(info.value)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_a_surrogate_in_a_tounicode_map_gives_valid_text(bad_dir: Path, backend: str) -> None:
    """lone_surrogate_tounicode.pdf maps glyphs to U+D800 and to the pair D800 DC00:
    the text is valid Unicode under either backend, and where a character was
    replaced the warnings name the page."""
    from courtparse.pipeline import parse

    doc = parse(bad_dir / "lone_surrogate_tounicode.pdf", backend=backend, ocr=False)
    doc.text.encode("utf-8")
    doc.to_json().encode("utf-8")
    assert "IT IS SO ORDERED." in doc.text
    if "\ufffd" in doc.text:
        assert any(w.startswith("page 1: ") and "U+FFFD" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("chars", "text", "replaced"),
    [
        pytest.param(["a", "\ud800", "b"], "a\ufffdb", 1, id="lone-high"),
        pytest.param(["\udc00", "a"], "\ufffda", 1, id="lone-low"),
        pytest.param(["\ud800", "\udc00", "x"], "\U00010000x", 0, id="pair-in-two-glyphs"),
        pytest.param(["\ud83d\ude00", "x"], "\U0001f600x", 0, id="pair-in-one-glyph"),
        pytest.param(["\udc00", "\ud800"], "\ufffd\ufffd", 2, id="pair-in-wrong-order"),
        pytest.param(["f", "i"], "fi", 0, id="no-surrogate"),
    ],
)
def test_valid_unicode_per_glyph(chars: list[str], text: str, replaced: int) -> None:
    from courtparse.pdf.base import make_char
    from courtparse.pipeline import _valid_unicode

    got, n = _valid_unicode([make_char(c, i, i + 1, 0, 10, 10) for i, c in enumerate(chars)])
    assert ("".join(c[TEXT] for c in got), n) == (text, replaced)


@pytest.mark.parametrize(
    ("code", "error", "cause"),
    [
        (5, EncryptedPdfError, "unsupported security handler"),
        (4, EncryptedPdfError, "password"),
        (0, DamagedPdfError, "PDFium cannot load it"),
        (1, DamagedPdfError, "PDFium cannot load it"),
        (3, DamagedPdfError, "not in PDF format or corrupted"),
    ],
)
def test_pdfium_error_codes(code: int, error: type[CourtparseError], cause: str) -> None:
    """FPDF_ERR_SECURITY is 5 (it was taken for 6, FPDF_ERR_PAGE)."""
    import pypdfium2 as pdfium
    import pypdfium2.internal as pdfium_i

    from courtparse.pdf.pdfium import map_error

    # worded as pypdfium2 words it
    message = f"Failed to load document (PDFium: {pdfium_i.ErrorToStr.get(code)})."
    exc = pdfium.PdfiumError(message, err_code=code)
    got = map_error(exc, "x.pdf")
    assert type(got) is error
    assert cause in got.cause
    assert "PDFium: Success" not in got.cause


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.timeout(10)
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "order.pdf"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match=r"order\.pdf: is a FIFO \(named pipe\), not a regular file"):
        read_source(fifo)


def test_a_non_utf8_file_name_is_shown_escaped(tmp_path: Path) -> None:
    import os

    raw = os.fsencode(tmp_path) + b"/r\xe9f\xe9r\xe9.pdf"
    with open(raw, "wb") as fh:
        fh.write(b"%PDF-1.4\n")
    data, name = read_source(os.fsdecode(raw))
    assert data == b"%PDF-1.4\n"
    assert name == f"{tmp_path}/r\\xe9f\\xe9r\\xe9.pdf"
    name.encode("utf-8")
