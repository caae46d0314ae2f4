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


# Every other file of corpus/bad, with the outcome its README promises: a parse whose
# warnings name the pages that lost text, or a CourtparseError naming the file.
# (name, backend or None for both, pages, what a warning must say or the error's type)
WARNS = [
    ("corrupt_flate_content.pdf", None, 1, "page 1: a stream drawn there is cut short"),
    ("caed.338083.91.0.flip182004.page4.pdf", None, 1, "page 1: a stream drawn there is corrupt"),
    ("gov.uscourts.canb.582112.201.0.flip1.2.pdf", None, 2, "page 2: a stream drawn there is corrupt"),
    ("sample-4.flip100.13.pdf", "pdfium", 1, "page 1: a stream drawn there is corrupt"),
    ("missing_page_kid.pdf", None, 3, "page 2: unreadable, skipped"),
    ("test3.flip10.9.pdf", None, 12, "page 12: unreadable, skipped"),
    ("test3.zero.1.pdf", None, 12, "page 5: a stream drawn there is corrupt"),
]


def _cases(table: list[tuple[str, str | None, int, str]]) -> list[object]:
    return [
        pytest.param(name, backend, pages, said, id=f"{name}-{backend}")
        for name, only, pages, said in table
        for backend in sorted(BACKENDS)
        if only in (None, backend)
    ]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("name", "backend", "pages", "said"), _cases(WARNS))
def test_a_damaged_pdf_says_which_pages_lost_text(
    bad_dir: Path, name: str, backend: str, pages: int, said: str
) -> None:
    from courtparse.pipeline import parse

    doc = parse(bad_dir / name, backend=backend, ocr=False)
    assert doc.pages == pages
    assert any(w.startswith(said) for w in doc.warnings), doc.warnings


@pytest.mark.timeout(60)
def test_test3_both_backends_name_the_same_skipped_pages(bad_dir: Path) -> None:
    """pdfminer left out page-tree entries it could not resolve (8 of 12 pages, no
    word); it now counts them and names them as PDFium does."""
    from courtparse.pipeline import parse

    skipped = {
        backend: sorted(
            w.split(":")[0]
            for w in parse(bad_dir / "test3.flip10.9.pdf", backend=backend, ocr=False).warnings
            if "unreadable, skipped" in w
        )
        for backend in sorted(BACKENDS)
    }
    assert skipped["pdfium"] == skipped["pdfplumber"] == ["page 11", "page 12", "page 7", "page 9"]


@pytest.mark.timeout(60)
def test_sample4_flip_pdfplumber_raises_damaged(bad_dir: Path) -> None:
    """pdfminer cannot read its one page at all: a clear error, not a silent result."""
    from courtparse.pipeline import parse

    with pytest.raises(DamagedPdfError, match="no page could be read"):
        parse(bad_dir / "sample-4.flip100.13.pdf", backend="pdfplumber", ocr=False)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize("name", ["sp.bomb_spaces.pdf", "sp.bomb_text_objects.pdf"])
def test_a_decompression_bomb_is_refused_before_the_backend(
    bad_dir: Path, backend: str, name: str
) -> None:
    """1 MB of Flate inflating to 1 GB made PDFium abort the process near 2 GB; 0.8 MB
    of text objects took 23 s and 4 GB. The stream scan refuses both in about a
    second, naming the limit to raise."""
    from courtparse.errors import LimitExceededError
    from courtparse.pipeline import parse

    path = bad_dir / name
    with pytest.raises(LimitExceededError, match="max_stream_bytes") as info:
        parse(path, backend=backend, ocr=False)
    assert str(info.value).startswith(f"{path}: stream object 4 inflates past")
    assert info.value.kind == "limit"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_limits_are_parameters_of_parse(bad_dir: Path, backend: str) -> None:
    from courtparse.errors import LimitExceededError
    from courtparse.pdf.limits import Limits
    from courtparse.pipeline import parse

    small = Limits(max_stream_bytes=100, max_document_bytes=1000)
    with pytest.raises(LimitExceededError, match="max_stream_bytes"):
        parse(bad_dir / "corrupt_flate_content.pdf", backend=backend, ocr=False, limits=small)
    few = Limits(max_page_chars=100)
    whole = parse(bad_dir / "corrupt_flate_content.pdf", backend=backend, ocr=False)
    doc = parse(bad_dir / "corrupt_flate_content.pdf", backend=backend, ocr=False, limits=few)
    assert len(doc.text) < len(whole.text)
    assert "page 1: more than 100 characters; the rest of the page was left out" in "\n".join(
        doc.warnings
    )


@pytest.mark.parametrize(
    "field", ["max_stream_bytes", "max_document_bytes", "max_page_chars", "max_render_pixels"]
)
def test_limits_must_be_positive(field: str) -> None:
    from courtparse.pdf.limits import Limits

    with pytest.raises(ValueError, match=field):
        Limits(**{field: 0})


@pytest.mark.timeout(60)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize(
    ("name", "text"),
    [
        # three zero-width glyphs stacked at one x: a bare IndexError in order_lines
        ("order_lines_indexerror.pdf", "7"),
        # a page tree 1,000 levels deep: pdfminer's recursion limit
        ("sp.deeptree1000.pdf", ""),
    ],
)
def test_hostile_layouts_parse(bad_dir: Path, backend: str, name: str, text: str) -> None:
    from courtparse.pipeline import parse

    doc = parse(bad_dir / name, backend=backend, ocr=False)
    assert doc.pages == 1
    assert text in doc.text


@pytest.mark.timeout(60)
@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_active_content_runs_nothing(
    bad_dir: Path, backend: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """OpenAction JavaScript, Launch, URI, GoToR, SubmitForm, XFA, an embedded file and
    a remote font: parsed as text, with no socket opened and no file written."""
    import socket

    from courtparse.pipeline import parse

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parse opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.chdir(tmp_path)
    doc = parse(bad_dir / "active_content.pdf", backend=backend, ocr=False)
    assert doc.text.strip()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.timeout(60)
def test_a_huge_page_box_is_rendered_for_ocr_within_max_pixels(bad_dir: Path) -> None:
    """sp.scan_mediabox_14400.pdf: a 14,400-pt page was rendered at 60,001 x 60,001
    pixels (3.6 GB). Rendering alone is checked here, at a small pixel budget."""
    pytest.importorskip("PIL")
    from courtparse.pdf import ocr as ocr_module

    seen: list[tuple[int, int]] = []

    def record(self: object, image: object, index: int, dpi: int | None = None) -> dict[str, list[object]]:
        seen.append(image.size)  # type: ignore[attr-defined]
        return {"text": [], "level": [], "conf": []}

    data = (bad_dir / "sp.scan_mediabox_14400.pdf").read_bytes()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ocr_module, "ocr_available", lambda: True)
        mp.setattr(ocr_module.PdfOcr, "_recognize", record)
        with ocr_module.PdfOcr(data, source_name="x.pdf", max_pixels=1_000_000, orient=False) as ocr:
            ocr.page(0)
            assert seen
            assert seen[0][0] * seen[0][1] <= 1_000_000
            assert any("Limits.max_render_pixels" in w for w in ocr.warnings)


@pytest.mark.timeout(60)
def test_a_failed_ocr_says_failed_not_not_installed(
    bad_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from courtparse.pdf import ocr as ocr_module
    from courtparse.pipeline import parse

    def fail(self: object, index: int, *, base: object = None) -> None:
        raise ocr_module.OcrError("x.pdf", f"tesseract failed on page {index + 1}: killed")

    monkeypatch.setattr(ocr_module, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr_module.PdfOcr, "page", fail)
    doc = parse(bad_dir / "sp.scan_mediabox_14400.pdf", backend="pdfium")
    assert "page 1 has no text layer; OCR failed" in doc.warnings
    assert "page 1: OCR failed (tesseract failed on page 1: killed)" in doc.warnings
    assert not any("not installed" in w for w in doc.warnings)


def test_the_engine_input_is_removed_on_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Temp images go whatever ends the OCR of a page (Ctrl-C, a timeout)."""
    import os
    import tempfile

    image_module = pytest.importorskip("PIL.Image")
    from courtparse.pdf import ocr as ocr_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen: list[bool] = []

    def interrupted() -> None:
        with ocr_module._engine_input(image_module.new("L", (8, 8))) as path:
            seen.append(os.path.exists(path))
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert seen == [True]
    assert list(tmp_path.iterdir()) == []
