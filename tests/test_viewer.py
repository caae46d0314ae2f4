"""The viewer (``courtparse/viewer.py``): every item's box drawn on its page at its bbox,
and what a headless browser paints there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import courtparse
from courtparse.viewer import (
    EAGER_PAGES,
    KIND_COLOURS,
    PAGE_GAP_PX,
    PAGE_WIDTH_PX,
    REMOVED_ALPHA,
    REMOVED_SHADE,
    items_of,
    show,
)

from .browser import screenshot

FILING = "gov.uscourts.cacd.657892.238.0.pdf"  # an order citing docket entries on page 1
BOX = re.compile(r'<div class="box (?P<kind>\w+)" data-i="(?P<i>\d+)"[^>]*?style="left:(?P<left>[\d.]+)px;top:(?P<top>[\d.]+)px;width:(?P<width>[\d.]+)px;height:(?P<height>[\d.]+)px')
REMOVED = re.compile(r'<div class="removed" data-i="(?P<i>\d+)" data-kind="(?P<kind>\w+)"[^>]*?style="left:(?P<left>[\d.]+)px;top:(?P<top>[\d.]+)px;width:(?P<width>[\d.]+)px;height:(?P<height>[\d.]+)px"><span class="tag">(?P<label>[\w ]+)</span>')
PAGE = re.compile(r'<div class="page" id="page-(?P<n>\d+)" data-page="\d+" data-width="(?P<w>[\d.]+)" data-height="(?P<h>[\d.]+)">(?P<body>.*?)</div></div>|<div class="page" id="page-(?P<n2>\d+)"[^>]*>(?P<body2><img[^>]*>)</div>', re.S)


@pytest.fixture(scope="module")
def pdf(labeled_dir: Path) -> Path:
    return labeled_dir / FILING


def _pages(page_html: str, pattern: re.Pattern[str] = BOX) -> dict[int, tuple[float, list[dict[str, str]]]]:
    out: dict[int, tuple[float, list[dict[str, str]]]] = {}
    for chunk in page_html.split('<div class="page" ')[1:]:
        number = int(re.search(r'data-page="(\d+)"', chunk).group(1))  # type: ignore[union-attr]
        width = float(re.search(r'data-width="([\d.]+)"', chunk).group(1))  # type: ignore[union-attr]
        out[number] = (width, [m.groupdict() for m in pattern.finditer(chunk)])
    return out


def _at_scaled_bbox(box: dict[str, str], bbox: tuple[float, float, float, float], scale: float) -> None:
    x0, top, x1, bottom = bbox
    assert float(box["left"]) == pytest.approx(x0 * scale, abs=0.06)
    assert float(box["top"]) == pytest.approx(top * scale, abs=0.06)
    assert float(box["width"]) == pytest.approx((x1 - x0) * scale, abs=0.11)
    assert float(box["height"]) == pytest.approx((bottom - top) * scale, abs=0.11)


def test_every_item_is_boxed_on_its_page_at_its_bbox(pdf: Path) -> None:
    doc = courtparse.parse(pdf, ocr=False)
    items = items_of(doc)
    assert any(it.kind == "docket_citation" for it in items)
    pages = _pages(show(doc, pdf))
    assert sorted(pages) == list(range(1, (doc.pages or 0) + 1))
    drawn = {int(b["i"]): (n, b) for n, (_, boxes) in pages.items() for b in boxes}
    for i, item in enumerate(items):
        if item.span.bbox is None:
            continue
        number, box = drawn[i]
        assert number == item.span.page
        assert box["kind"] == item.kind
        _at_scaled_bbox(box, item.span.bbox, PAGE_WIDTH_PX / pages[number][0])


@pytest.mark.parametrize(
    ("filing", "kinds"),
    [
        (FILING, {"ecf_stamp", "form_id", "running_footer", "page_number"}),  # C.D. Cal. minutes form
        ("gov.uscourts.cand.288207.440.0.pdf", {"line_numbers", "margin_text", "page_number"}),  # N.D. Cal. pleading paper
        ("gov.uscourts.alnd.175897.32.13.pdf", {"filed_box", "separator_column"}),  # N.D. Ala. clerk's FILED box
    ],
)
def test_every_removed_block_is_shaded_on_its_page_at_its_bbox(labeled_dir: Path, filing: str, kinds: set[str]) -> None:
    pdf = labeled_dir / filing
    doc = courtparse.parse(pdf, ocr=False)
    assert kinds <= {r.kind for r in doc.removed}
    page_html = show(doc, pdf)
    pages = _pages(page_html, REMOVED)
    n_items = len(items_of(doc))
    drawn = {int(b["i"]) - n_items: (n, b) for n, (_, blocks) in pages.items() for b in blocks}
    assert sorted(drawn) == [j for j, r in enumerate(doc.removed) if r.bbox is not None]
    for j, block in enumerate(doc.removed):
        assert block.bbox is not None
        number, box = drawn[j]
        assert number == block.page
        assert box["kind"] == block.kind
        assert box["label"] == block.kind.replace("_", " ")
        _at_scaled_bbox(box, block.bbox, PAGE_WIDTH_PX / pages[number][0])
    # pictures past the first pages load when scrolled near, each keeping its page's height
    assert page_html.count(' loading="lazy"') == max(0, (doc.pages or 0) - EAGER_PAGES)
    # the panel lists every removed block
    listed = re.search(r'<ol id="removed">(.*?)</ol>', page_html, re.S)
    assert listed is not None
    assert listed.group(1).count("<li ") == len(doc.removed)


def test_pages_option_and_text_input(pdf: Path) -> None:
    doc = courtparse.parse(pdf, ocr=False)
    assert sorted(_pages(show(doc, pdf, pages=[2]))) == [2]
    text_doc = courtparse.parse_text("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nThe motion (Dkt. No. 12) is DENIED.\n")
    page = show(text_doc)
    assert '<mark data-i="' in page
    assert "Dkt. No. 12</mark>" in page
    # text input: what its rules removed is listed, with no box drawn
    stamped = courtparse.parse_text(
        "Case 2:16-cv-06794-AB-JC Document 238 Filed 06/03/19 Page 1 of 2 Page ID #:24787\n"
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nThe motion is DENIED.\n"
    )
    assert [(r.kind, r.bbox) for r in stamped.removed] == [("ecf_stamp", None)]
    page = show(stamped)
    assert '<li data-i="' in page.split('<ol id="removed">')[1]
    assert 'class="removed"' not in page


def _grey(alpha: float) -> int:
    """The grey a hatch stripe of ``alpha`` paints over a white page."""
    return round(255 * (1 - alpha) + int(REMOVED_SHADE[1:3], 16) * alpha)


def test_a_browser_paints_the_citation_box_in_its_colour_and_the_removed_stamp_shaded(pdf: Path, tmp_path: Path) -> None:
    from PIL import Image

    doc = courtparse.parse(pdf, ocr=False)
    page = tmp_path / "view.html"
    show(doc, pdf, page)
    pages = _pages(page.read_text(encoding="utf-8"))
    citation = next(it for it in items_of(doc) if it.kind == "docket_citation" and it.span.bbox)
    number = citation.span.page
    assert number is not None
    # the page's top in the screenshot: the pages above it and their gaps
    top_px = 0.0
    for n in range(1, number):
        width, _ = pages[n]
        height = float(re.search(rf'id="page-{n}"[^>]*data-height="([\d.]+)"', page.read_text(encoding="utf-8")).group(1))  # type: ignore[union-attr]
        top_px += height * PAGE_WIDTH_PX / width + PAGE_GAP_PX
    scale = PAGE_WIDTH_PX / pages[number][0]
    x0, top, x1, _bottom = citation.span.bbox  # type: ignore[misc]
    png = screenshot(page, tmp_path / "view.png", width=PAGE_WIDTH_PX + 400, height=int(top_px + top * scale + 200))
    image = Image.open(png).convert("RGB")
    # the box's top border, half way along
    x, y = int((x0 + x1) / 2 * scale), int(top_px + top * scale + 1)
    want = tuple(int(KIND_COLOURS["docket_citation"][i : i + 2], 16) for i in (1, 3, 5))
    got = image.getpixel((x, y))
    assert all(abs(a - b) <= 40 for a, b in zip(got, want, strict=True)), (got, want, (x, y))

    # The removed ECF stamp atop page 1: its pixels carry the hatch's two greys (the stamp's
    # glyphs aside), the page's margin beside it is white.
    stamp = next(r for r in doc.removed if r.kind == "ecf_stamp" and r.page == 1)
    assert stamp.bbox is not None
    s0, stop, s1, sbottom = (v * PAGE_WIDTH_PX / pages[1][0] for v in stamp.bbox)
    inside = [image.getpixel((x, y)) for x in range(int(s0) + 2, int(s1) - 2, 3) for y in range(int(stop) + 2, int(sbottom) - 1)]
    dark, light = _grey(REMOVED_ALPHA[0]), _grey(REMOVED_ALPHA[1])

    def share(pixels: list[tuple[int, int, int]], grey: int) -> float:
        return sum(1 for p in pixels if all(abs(c - grey) <= 12 for c in p)) / len(pixels)

    assert share(inside, dark) > 0.2, (share(inside, dark), dark)
    assert share(inside, light) > 0.2, (share(inside, light), light)
    margin = [image.getpixel((x, y)) for x in range(int(s1) + 8, int(s1) + 40, 3) for y in range(int(stop) + 2, int(sbottom) - 1)]
    assert share(margin, dark) == 0
    assert share(margin, light) == 0
