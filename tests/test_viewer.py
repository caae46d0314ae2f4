"""The viewer (``courtparse/viewer.py``): every item's box drawn on its page at its bbox,
and what a headless browser paints there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import courtparse
from courtparse.viewer import KIND_COLOURS, PAGE_GAP_PX, PAGE_WIDTH_PX, items_of, show

from .browser import screenshot

FILING = "gov.uscourts.cacd.657892.238.0.pdf"  # an order citing docket entries on page 1
BOX = re.compile(r'<div class="box (?P<kind>\w+)" data-i="(?P<i>\d+)"[^>]*?style="left:(?P<left>[\d.]+)px;top:(?P<top>[\d.]+)px;width:(?P<width>[\d.]+)px;height:(?P<height>[\d.]+)px')
PAGE = re.compile(r'<div class="page" id="page-(?P<n>\d+)" data-page="\d+" data-width="(?P<w>[\d.]+)" data-height="(?P<h>[\d.]+)">(?P<body>.*?)</div></div>|<div class="page" id="page-(?P<n2>\d+)"[^>]*>(?P<body2><img[^>]*>)</div>', re.S)


@pytest.fixture(scope="module")
def pdf(labeled_dir: Path) -> Path:
    return labeled_dir / FILING


def _pages(page_html: str) -> dict[int, tuple[float, list[dict[str, str]]]]:
    out: dict[int, tuple[float, list[dict[str, str]]]] = {}
    for chunk in page_html.split('<div class="page" ')[1:]:
        number = int(re.search(r'data-page="(\d+)"', chunk).group(1))  # type: ignore[union-attr]
        width = float(re.search(r'data-width="([\d.]+)"', chunk).group(1))  # type: ignore[union-attr]
        out[number] = (width, [m.groupdict() for m in BOX.finditer(chunk)])
    return out


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
        scale = PAGE_WIDTH_PX / pages[number][0]
        x0, top, x1, bottom = item.span.bbox
        assert float(box["left"]) == pytest.approx(x0 * scale, abs=0.06)
        assert float(box["top"]) == pytest.approx(top * scale, abs=0.06)
        assert float(box["width"]) == pytest.approx((x1 - x0) * scale, abs=0.11)
        assert float(box["height"]) == pytest.approx((bottom - top) * scale, abs=0.11)


def test_pages_option_and_text_input(pdf: Path) -> None:
    doc = courtparse.parse(pdf, ocr=False)
    assert sorted(_pages(show(doc, pdf, pages=[2]))) == [2]
    text_doc = courtparse.parse_text("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nThe motion (Dkt. No. 12) is DENIED.\n")
    page = show(text_doc)
    assert '<mark data-i="' in page
    assert "Dkt. No. 12</mark>" in page


def test_a_browser_paints_the_citation_box_in_its_colour(pdf: Path, tmp_path: Path) -> None:
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
