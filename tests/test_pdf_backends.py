"""Both PDF backends give the same positioned characters.

pdfplumber is the reference; pdfium must agree with it on the generated fixtures
(exactly, up to the documented differences) and on real filings from the corpus.
Each documented disagreement (courtparse/pdf/pdfium.py docstring) has a test here.
"""

from __future__ import annotations

import collections
import difflib
import io
import itertools
from pathlib import Path

import pytest

from courtparse.errors import DamagedPdfError, SourceError
from courtparse.pdf import BACKENDS, base_font_name, get_backend, is_upright
from courtparse.pdf.base import BOTTOM, FONT, SIZE, TEXT, TOP, UPRIGHT, X0, X1, Char, Page
from courtparse.pdf.source import read_source

PDFS = Path(__file__).parent / "fixtures" / "pdfs"
GOOD = ["ndcal-order", "cdcal-minutes", "ca7-order", "ndcal-brief", "edcal-form-layer"]
# Real filings: pleading paper with a sideways margin (cand), a form (cacd), an
# appellate order with runs of spaces in its caption (ca7), an unmapped-glyph font.
CORPUS = [
    "labeled/gov.uscourts.cand.306678.660.0.pdf",
    "labeled/gov.uscourts.cacd.657892.182.0.pdf",
    "labeled/ca7_3.pdf",
    "labeled/gov.uscourts.caed.380451.6.0.pdf",
    "pool/S.D.N.Y._1_18-cv-08653-VEC-SDA_252_0.pdf",
]


def read_pages(
    backend: str, data: bytes, name: str = "test.pdf"
) -> tuple[int, list[Page], list[str]]:
    with get_backend(backend).open(data, name) as doc:
        pages = list(doc.pages())
        return doc.page_count, pages, list(getattr(doc, "warnings", []))


def glyphs(page: Page) -> list[Char]:
    """Characters other than spaces (how many spaces each prints differs; see pdfium.py)."""
    return [c for c in page.chars if c[TEXT] != " "]


def glyph_counter(page: Page) -> collections.Counter[str]:
    """Glyphs as a multiset, a pdfminer ligature "fi" counted as "f" and "i"."""
    counts: collections.Counter[str] = collections.Counter()
    for c in glyphs(page):
        if c[TEXT].startswith("(cid:"):
            counts[c[TEXT]] += 1
        else:
            counts.update(c[TEXT])
    return counts


def box_delta(a: Char, b: Char) -> float:
    return max(abs(a[X0] - b[X0]), abs(a[X1] - b[X1]), abs(a[TOP] - b[TOP]), abs(a[BOTTOM] - b[BOTTOM]))


@pytest.fixture(scope="module", params=GOOD)
def fixture_pair(
    request: pytest.FixtureRequest,
) -> tuple[str, tuple[int, list[Page], list[str]], tuple[int, list[Page], list[str]]]:
    path = PDFS / f"{request.param}.pdf"
    data = path.read_bytes()
    return request.param, read_pages("pdfplumber", data), read_pages("pdfium", data)


def test_get_backend_names() -> None:
    assert set(BACKENDS) == {"pdfplumber", "pdfium"}
    for name in BACKENDS:
        assert get_backend(name).name == name
    with pytest.raises(ValueError, match="pdfium, pdfplumber"):
        get_backend("poppler")


def test_fixtures_page_count_and_numbers(fixture_pair) -> None:  # type: ignore[no-untyped-def]
    _, (count_a, pages_a, warn_a), (count_b, pages_b, warn_b) = fixture_pair
    assert count_a == count_b == len(pages_a) == len(pages_b)
    assert [p.number for p in pages_a] == [p.number for p in pages_b] == list(range(1, count_a + 1))
    assert warn_a == warn_b == []
    for pa, pb in zip(pages_a, pages_b, strict=True):
        assert (pa.width, pa.height) == pytest.approx((pb.width, pb.height)) == (612, 792)
        assert pa.image_area == pb.image_area == 0.0


def test_fixtures_same_glyphs_in_order_with_boxes(fixture_pair) -> None:  # type: ignore[no-untyped-def]
    _, (_, pages_a, _), (_, pages_b, _) = fixture_pair
    for pa, pb in zip(pages_a, pages_b, strict=True):
        ga, gb = glyphs(pa), glyphs(pb)
        assert "".join(c[TEXT] for c in ga) == "".join(c[TEXT] for c in gb)
        for a, b in zip(ga, gb, strict=True):
            assert box_delta(a, b) < 1.0, (a, b)
            assert a[SIZE] == pytest.approx(b[SIZE], abs=0.01)
            assert a[UPRIGHT] == b[UPRIGHT]
            assert a[FONT] == b[FONT]


def test_ndcal_rotated_margin_is_not_upright() -> None:
    data = (PDFS / "ndcal-order.pdf").read_bytes()
    for backend in BACKENDS:
        _, pages, _ = read_pages(backend, data)
        for page in pages:
            sideways = "".join(c[TEXT] for c in page.chars if not c[UPRIGHT])
            assert "United States District Court" in sideways
            assert "Northern District of California" in sideways
            # Rotated 90°: boxes are tall and narrow, left of the line numbers, 10pt em size.
            for c in page.chars:
                if not c[UPRIGHT]:
                    assert c[X1] < 60
                    assert c[SIZE] == pytest.approx(10.0, abs=0.01)
            upright = "".join(c[TEXT] for c in page.chars if c[UPRIGHT])
            assert "United States District Court" not in upright
            assert f"Page {page.number} of 3" in upright


def test_superscript_and_footnote_sizes() -> None:
    """Layout tells footnotes apart by size: both backends must report 7pt and 10pt."""
    data = (PDFS / "ndcal-order.pdf").read_bytes()
    for backend in BACKENDS:
        _, pages, _ = read_pages(backend, data)
        sizes = collections.Counter(round(c[SIZE]) for c in pages[0].chars if c[UPRIGHT])
        assert {7, 8, 10, 12} <= set(sizes), (backend, sizes)


@pytest.mark.parametrize("rel", CORPUS)
def test_corpus_same_glyphs_and_boxes(rel: str, shared_dir: Path) -> None:
    path = shared_dir / "corpus" / rel
    data = path.read_bytes()
    count_a, pages_a, _ = read_pages("pdfplumber", data, str(path))
    count_b, pages_b, _ = read_pages("pdfium", data, str(path))
    assert count_a == count_b == len(pages_a) == len(pages_b)
    close = total = 0
    for pa, pb in zip(pages_a, pages_b, strict=True):
        assert (pa.width, pa.height) == pytest.approx((pb.width, pb.height))
        # Same glyphs (a few text objects come in another order, so compare as multisets).
        assert glyph_counter(pa) == glyph_counter(pb), pa.number
        ga = [c for c in glyphs(pa) if len(c[TEXT]) == 1]
        gb = glyphs(pb)
        matcher = difflib.SequenceMatcher(
            None, [c[TEXT] for c in ga], [c[TEXT] for c in gb], autojunk=False
        )
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                a, b = ga[block.a + k], gb[block.b + k]
                total += 1
                delta = box_delta(a, b)
                close += delta < 1.0
                # Ink overhang is the only reason for a larger difference: bounded by 0.2 em.
                assert delta < 0.2 * a[SIZE] + 0.5, (a, b)
                assert a[UPRIGHT] == b[UPRIGHT], (a, b)
                assert a[SIZE] == pytest.approx(b[SIZE], abs=0.05), (a, b)
    assert total > 300
    assert close / total > 0.97


def test_pdfium_drops_generated_line_breaks_and_maps_hyphens(shared_dir: Path) -> None:
    """caed.380451.6 page 1 has a hyphen ending a line ("above-captioned"), which
    PDFium reports as U+0002/U+FFFE; both must print "-"."""
    path = shared_dir / "corpus/labeled/gov.uscourts.caed.380451.6.0.pdf"
    data = path.read_bytes()
    for backend in BACKENDS:
        _, pages, _ = read_pages(backend, data)
        text = "".join(c[TEXT] for c in pages[0].chars)
        assert not set(text) & {"\r", "\n", "\x02", "\ufffe"}
        assert "above-" in text.replace(" ", "")


def test_pdfium_collapses_space_runs_that_pdfminer_keeps() -> None:
    """The ca7 fixture's stamp prints six spaces between fields: pdfminer keeps them,
    PDFium keeps one. Layout must read gaps from geometry, never count spaces."""
    data = (PDFS / "ca7-order.pdf").read_bytes()
    _, (pa,), _ = read_pages("pdfplumber", data)
    _, (pb,), _ = read_pages("pdfium", data)
    text_a = "".join(c[TEXT] for c in pa.chars)
    text_b = "".join(c[TEXT] for c in pb.chars)
    assert "Case: 17-2400      Document: 3" in text_a
    assert "Case: 17-2400 Document: 3" in text_b
    assert "".join(text_a.split()) == "".join(text_b.split())


def test_unmapped_glyphs_read_as_cid_in_both(shared_dir: Path) -> None:
    """A font without ToUnicode: pdfminer says "(cid:1008)", PDFium the raw code."""
    path = shared_dir / "corpus/pool/S.D.N.Y._1_18-cv-08653-VEC-SDA_252_0.pdf"
    data = path.read_bytes()
    cids = {}
    for backend in BACKENDS:
        _, pages, _ = read_pages(backend, data)
        cids[backend] = [c[TEXT] for c in pages[0].chars if c[TEXT].startswith("(cid:")]
    assert cids["pdfium"] == cids["pdfplumber"]
    assert "(cid:1008)" in cids["pdfium"]


def test_pdfium_reads_text_layer_in_scaled_up_form(shared_dir: Path) -> None:
    """caed.338083.91.0: the OCR layer is one form per page drawn at scale 807.75, a
    text object per glyph in page units. PDFium's text page skips every glyph (each
    narrower than 0.01 unit) until the backend undoes the scale; then both read
    the same text."""
    from courtparse import parse

    path = shared_dir / "corpus/pool/gov.uscourts.caed.338083.91.0.pdf"
    fast = parse(path, backend="pdfium", ocr=False)
    ref = parse(path, backend="pdfplumber", ocr=False)
    assert len(fast.text) > 10_000
    assert fast.text == ref.text
    assert fast.warnings == ref.warnings == ()


def _nested_form_pdf(path: Path, outer: float, inner: float, text: str) -> None:
    """One line of per-glyph text objects in page units, inside a form drawn at
    scale ``inner``, inside a form drawn at scale ``outer`` (outer * inner = 800)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    unit = outer * inner
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.beginForm("glyphs", lowerx=0, lowery=0, upperx=1, uppery=1)
    c.setFont("Helvetica", 12 / unit)
    x = 72.0
    for ch in text:
        c.drawString(x / unit, 700 / unit, ch)
        x += stringWidth(ch, "Helvetica", 12)
    c.endForm()
    c.beginForm("outer", lowerx=0, lowery=0, upperx=1000, uppery=1000)
    c.saveState()
    c.transform(inner, 0, 0, inner, 0, 0)
    c.doForm("glyphs")
    c.restoreState()
    c.endForm()
    c.saveState()
    c.transform(outer, 0, 0, outer, 0, 0)
    c.doForm("outer")
    c.restoreState()
    c.showPage()
    c.save()


@pytest.mark.parametrize(("outer", "inner"), [(800.0, 1.0), (1.0, 800.0), (40.0, 20.0)])
def test_pdfium_reads_glyphs_in_nested_scaled_forms(tmp_path: Path, outer: float, inner: float) -> None:
    """Wherever the scale sits (outer form, inner form, both), pdfium reads every
    glyph where pdfplumber does."""
    text = "Case No. 2:18-cr-00119 WMW"
    path = tmp_path / "nested.pdf"
    _nested_form_pdf(path, outer, inner, text)
    data = path.read_bytes()
    (_, [pa], _), (_, [pb], _) = read_pages("pdfplumber", data), read_pages("pdfium", data)
    ga, gb = glyphs(pa), glyphs(pb)
    assert "".join(c[TEXT] for c in ga) == "".join(c[TEXT] for c in gb) == text.replace(" ", "")
    for a, b in zip(ga, gb, strict=True):
        # A glyph that is a text object of its own, before a space: PDFium's box ends
        # at its ink, up to 0.15 em past the advance (see pdfium.py, "Horizontal box").
        assert max(abs(a[X0] - b[X0]), abs(a[TOP] - b[TOP]), abs(a[BOTTOM] - b[BOTTOM])) < 1.0, (a, b)
        assert -0.5 < b[X1] - a[X1] < 0.15 * 12, (a, b)
        assert a[SIZE] == pytest.approx(b[SIZE], abs=0.01) == 12


def test_parse_reads_pages_pdfium_cannot_with_pdfplumber(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where PDFium finds text objects but no characters, the pdfium document records
    the page and reads it with pdfplumber, with a warning saying so. (Shown by
    taking the scale fix away from caed.338083.91.0, the one pool file PDFium once
    read empty.)"""
    from courtparse import parse
    from courtparse.pdf import pdfium as pdfium_backend

    monkeypatch.setattr(pdfium_backend, "_unshrink_forms", lambda forms: None)
    path = shared_dir / "corpus/pool/gov.uscourts.caed.338083.91.0.pdf"
    with get_backend("pdfium").open(path.read_bytes(), str(path)) as doc:
        pages = list(doc.pages())
        assert doc.no_chars[1] > 0  # type: ignore[attr-defined]
        assert all(page.chars for page in pages)
        assert doc.warnings[-1].endswith("read with the pdfplumber backend")
    fast = parse(path, backend="pdfium", ocr=False)
    ref = parse(path, backend="pdfplumber", ocr=False)
    assert len(fast.text) > 10_000
    assert fast.text == ref.text
    assert fast.warnings == (
        "pages 1-35: pdfium found text objects but no characters; "
        "read with the pdfplumber backend",
    )


def test_pdfium_text_stays_aligned_with_boxes_past_dropped_controls(shared_dir: Path) -> None:
    """cacd.584255.1962.0_1 page 1: an unmapped font yields U+0003 characters that
    FPDFText_GetText leaves out, so reading the page text in one call shifted every
    later glyph onto its neighbour's box ("Docum ent", the stamp's "Case " lost)."""
    from courtparse import parse

    path = shared_dir / "corpus/pool/gov.uscourts.cacd.584255.1962.0_1.pdf"
    data = path.read_bytes()
    _, pages_a, _ = read_pages("pdfplumber", data)
    _, pages_b, _ = read_pages("pdfium", data)
    text_b = "".join(c[TEXT] for c in pages_b[0].chars)
    assert "\x00" not in text_b
    assert "Case 8:14-cv-00341-JVS-DFM Document 1962" in text_b
    # Each glyph has its own box: the stamp's "D" starts left of its "o".
    d, o = _first_pair(pages_b[0].chars, "Document")
    assert d[X1] <= o[X0] + 0.5
    assert glyph_counter(pages_a[0]) == glyph_counter(pages_b[0])
    doc = parse(data, backend="pdfium", ocr=False)
    assert doc.ecf is not None
    assert doc.ecf.document == 1962


def test_pdfium_merges_a_glyph_that_maps_to_several_characters(shared_dir: Path) -> None:
    """cand.306678.562.0 (an OCR text layer): one glyph maps to "nni"; PDFium repeats
    its box for each character, pdfminer gives one char "nni". Unmerged, layout took the
    repeats for overprinted text and split "Denning" over two lines."""
    from courtparse import parse

    data = (shared_dir / "corpus/pool/gov.uscourts.cand.306678.562.0.pdf").read_bytes()
    _, pages_a, _ = read_pages("pdfplumber", data)
    _, pages_b, _ = read_pages("pdfium", data)
    multi_a = [c[TEXT] for c in pages_a[0].chars if len(c[TEXT]) > 1]
    multi_b = [c[TEXT] for c in pages_b[0].chars if len(c[TEXT]) > 1]
    assert "nni" in multi_a
    assert "nni" in multi_b
    doc = parse(data, backend="pdfium", ocr=False)
    assert "Roger A. Denning (CA SBN 228998)" in doc.text
    assert doc.court is not None
    assert doc.court.court_id == "cand"


def _first_pair(chars: list[Char], word: str) -> tuple[Char, Char]:
    """The first two glyphs of the first occurrence of ``word`` in stream order."""
    text = "".join(c[TEXT] if len(c[TEXT]) == 1 else "\x00" for c in chars)
    k = text.index(word)
    return chars[k], chars[k + 1]


def test_missouri_pdfminer_fails_pdfium_reads(shared_dir: Path) -> None:
    path = shared_dir / "corpus/pool/missouri.pdf"
    data = path.read_bytes()
    with pytest.raises(DamagedPdfError, match="No /Root object") as info:
        read_pages("pdfplumber", data, str(path))
    assert str(path) in str(info.value)
    count, pages, _ = read_pages("pdfium", data, str(path))
    assert count == len(pages) == 5
    assert sum(len(p.chars) for p in pages) > 100


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pages_agree(rotation: int) -> None:
    """A /Rotate'd page: pdfminer maps text to the displayed page, PDFium does not;
    the pdfium backend maps it the same way."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), invariant=1)
    c.setPageRotation(rotation)
    c.setFont("Times-Roman", 12)
    c.drawString(72, 300, "Landscape exhibit table")
    c.showPage()
    c.save()
    data = buf.getvalue()
    _, (pa,), _ = read_pages("pdfplumber", data)
    _, (pb,), _ = read_pages("pdfium", data)
    assert (pa.width, pa.height) == pytest.approx((pb.width, pb.height))
    ga, gb = glyphs(pa), glyphs(pb)
    assert "".join(c[TEXT] for c in ga) == "".join(c[TEXT] for c in gb) == "Landscapeexhibittable"
    for a, b in zip(ga, gb, strict=True):
        assert box_delta(a, b) < 1.0, (a, b)
        assert a[UPRIGHT] is b[UPRIGHT] is False


def test_plumber_releases_each_page_before_the_next() -> None:
    """pdfplumber keeps every parsed object on its Page (#193, #1229) unless closed."""
    data = (PDFS / "ndcal-order.pdf").read_bytes()
    with get_backend("pdfplumber").open(data, "x.pdf") as doc:
        seen = 0
        for page in doc.pages():
            seen += 1
            plumber_pages = doc._pdf.pages  # type: ignore[attr-defined]
            assert page.chars
            for done in plumber_pages[: page.number - 1]:
                assert not hasattr(done, "_objects")
                assert not hasattr(done, "_layout")
        assert seen == 3
        for done in doc._pdf.pages:  # type: ignore[attr-defined]
            assert not hasattr(done, "_objects")


def test_page_objects_are_plain_tuples() -> None:
    """Pages must pickle cheaply to batch workers: no backend handles inside."""
    import pickle

    data = (PDFS / "cdcal-minutes.pdf").read_bytes()
    for backend in BACKENDS:
        _, pages, _ = read_pages(backend, data)
        assert pickle.loads(pickle.dumps(pages)) == pages
        # Plain tuples (see Char): what the garbage collector stops tracking.
        for c in pages[0].chars:
            assert type(c) is tuple
            assert [type(v) for v in c] == [str, float, float, float, float, float, bool, str], c


@pytest.mark.parametrize(
    ("matrix", "upright"),
    [
        ((12, 0, 0, 12), True),  # ordinary text
        ((0, 12, -12, 0), False),  # N.D. Cal. margin, reading bottom to top
        ((0, -12, 12, 0), False),  # turned the other way
        ((-12, 0, 0, -12), False),  # upside down (pdfminer alone calls this upright)
        ((12, 0, 2.5, 12), True),  # synthetic italic
        # D. Wyo. motion: a scaled placement leaves rounding noise of one sign in b and c
        ((0.998, -5.8e-08, -1.3e-08, 0.909), True),
        ((12, 1, 1, 12), False),  # a real shear of that sign is still not upright
        ((0.998, 5.8e-08, 1.3e-08, -0.909), False),  # noise does not right a flipped glyph
    ],
)
def test_is_upright(matrix: tuple[float, float, float, float], upright: bool) -> None:
    assert is_upright(*matrix) is upright


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("KLIAHB+TimesNewRomanPSMT", "TimesNewRomanPSMT"),
        ("TimesNewRomanPSMT", "TimesNewRomanPSMT"),
        ("TimesNewRoman,Bold", "TimesNewRoman,Bold"),
        ("Abcdef+Times", "Abcdef+Times"),
        ("", ""),
    ],
)
def test_base_font_name(raw: str, name: str) -> None:
    assert base_font_name(raw) == name


# ---- read_source ----------------------------------------------------------------------


def test_read_source_kinds(tmp_path: Path) -> None:
    path = PDFS / "ca7-order.pdf"
    data = path.read_bytes()
    assert read_source(str(path)) == (data, str(path))
    assert read_source(path) == (data, str(path))
    assert read_source(data) == (data, "<bytes>")
    assert read_source(bytearray(data)) == (data, "<bytes>")
    assert read_source(memoryview(data)) == (data, "<bytes>")
    with path.open("rb") as fh:
        assert read_source(fh) == (data, str(path))
    assert read_source(io.BytesIO(data)) == (data, "<file object>")
    assert read_source(path.as_uri()) == (data, path.as_uri())


def test_read_source_fsspec_memory_url() -> None:
    fsspec = pytest.importorskip("fsspec")
    data = (PDFS / "ca7-order.pdf").read_bytes()
    with fsspec.open("memory://courtparse-test/order.pdf", "wb") as fh:
        fh.write(data)
    assert read_source("memory://courtparse-test/order.pdf") == (
        data,
        "memory://courtparse-test/order.pdf",
    )
    with pytest.raises(SourceError, match=r"memory://courtparse-test/missing\.pdf: file not found"):
        read_source("memory://courtparse-test/missing.pdf")


def test_read_source_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    with pytest.raises(SourceError, match=r"nope\.pdf: file not found"):
        read_source(str(missing))
    with pytest.raises(SourceError, match="is a directory"):
        read_source(tmp_path)
    text_file = tmp_path / "t.pdf"
    text_file.write_text("x")
    with text_file.open("r") as fh, pytest.raises(SourceError, match="text mode"):
        read_source(fh)
    with pytest.raises(SourceError, match="unsupported source type int"):
        read_source(42)


def test_pdfium_splits_italic_overhang_between_neighbours(shared_dir: Path) -> None:
    """cacd.657892.182 prints "Clifton W. Marshall" in Times Italic: PDFium's box of
    "f" covers its ink, over "i" and "t". Neighbours in one text object must not
    overlap (pdfminer's advances touch), or layout reads overprinted text ("Cli ton")."""
    from courtparse import parse

    path = shared_dir / "corpus/labeled/gov.uscourts.cacd.657892.182.0.pdf"
    _, pages, _ = read_pages("pdfium", path.read_bytes())
    chars = pages[0].chars
    text = "".join(c[TEXT] if len(c[TEXT]) == 1 else "\x00" for c in chars)
    k = text.index("Clifton")
    run = chars[k : k + 7]
    for a, b in itertools.pairwise(run):
        assert a[X1] <= b[X0] + 1e-6, (a, b)
    f = run[3]
    assert f[TEXT] == "f"
    assert f[X1] - f[X0] > 3.0  # the glyph keeps a box of its own
    doc = parse(path, backend="pdfium", ocr=False)
    assert "Clifton W. Marshall" in " ".join(doc.text.split())


def _ten_oh_two_pdf() -> bytes:
    """12pt lines at the top, more characters of 10.02pt lines below them: pdfminer's
    box-height size of 10.02pt text differs by the line's position (10.02000000000001,
    10.019999999999982, ...), each variant rarer than the 12pt text."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), invariant=1)
    c.setFont("Times-Roman", 12)
    y = 740.0
    for _ in range(40):
        c.drawString(72, y, "Plaintiffs move for summary judgment.")
        y -= 14.0
    c.showPage()
    c.setFont("Times-Roman", 10.02)
    y = 740.0
    while y > 60:
        c.drawString(72, y, "See Mozur, AT&T Drops Huawei Smartphone, N.Y. Times.")
        y -= 11.5
    c.showPage()
    c.save()
    return buf.getvalue()


def test_one_font_size_reads_as_one_size_on_every_line() -> None:
    """Layout finds the body size by counting characters per size value: the
    pdfplumber backend must not split one font size into float-noise variants, or
    a smaller font printed in more characters loses to a larger one (cand.306945.1244
    took its 10.02pt text for footnotes from page 189 on, pdfium for body)."""
    data = _ten_oh_two_pdf()
    _, pages_a, _ = read_pages("pdfplumber", data)
    _, pages_b, _ = read_pages("pdfium", data)
    sizes_a = {c[SIZE] for p in pages_a for c in glyphs(p)}
    sizes_b = {c[SIZE] for p in pages_b for c in glyphs(p)}
    assert sizes_a == {12.0, 10.02}, sizes_a
    assert sorted(sizes_b) == pytest.approx(sorted(sizes_a), abs=0.001)


def test_cand_306945_1244_body_and_footnote_sizes_agree(shared_dir: Path) -> None:
    """Pages 248-252 of the 391-page expert report: 12pt body, 10.02pt footnotes
    that outnumber it. Read from a five-page copy so the test stays fast."""
    import pypdfium2 as pdfium

    path = shared_dir / "corpus/pool/gov.uscourts.cand.306945.1244.0.pdf"
    src = pdfium.PdfDocument(path.read_bytes())
    part = pdfium.PdfDocument.new()
    try:
        part.import_pages(src, list(range(247, 252)))
        buf = io.BytesIO()
        part.save(buf)
    finally:
        part.close()
        src.close()
    data = buf.getvalue()
    _, pages_a, _ = read_pages("pdfplumber", data)
    _, pages_b, _ = read_pages("pdfium", data)
    small = {c[SIZE] for p in pages_a for c in glyphs(p) if 10.0 < c[SIZE] < 10.1}
    assert small == {10.02}, small
    for pa, pb in zip(pages_a, pages_b, strict=True):
        ga, gb = glyphs(pa), glyphs(pb)
        assert len(ga) == len(gb) > 500
        for a, b in zip(ga, gb, strict=True):
            assert a[SIZE] == pytest.approx(b[SIZE], abs=0.001), (a, b)
