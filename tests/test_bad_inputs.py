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
