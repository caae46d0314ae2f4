"""See what was found: one self-contained HTML file with every page of a filing and a box on
it for each extracted item, coloured by kind, and a side panel listing the record.

    doc = courtparse.parse("order.pdf")
    courtparse.show(doc, "order.pdf", "order.html")                # or: courtparse show order.pdf

Pages are rendered with pypdfium2 into grayscale PNGs embedded in the file (no server, no
network, no script from elsewhere). A box sits at its item's ``span.bbox`` (PDF points from
the page's top-left corner) scaled to the picture, so what a box frames is what the record
says was read there. What layout cleaning removed (``Document.removed``: the ECF stamp,
line numbers, running headers, …) is shaded with a grey hatch at its box and labelled with
its kind, so what was taken out shows beside what was found. Clicking a box shows its record
in the panel; clicking a panel entry scrolls to its box; the keys ``n`` / ``p`` (or → / ←)
go to the next / previous page. Text input has no pages: its clean text is shown with the
items highlighted instead, and what its rules removed is listed in the panel.
"""

from __future__ import annotations

import base64
import html
import json
import os
import struct
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from courtparse.models import Document, Removed, Span

# Colours by kind: the Okabe-Ito palette (distinct for colour-blind readers) plus grey and
# dark variants for the rarer kinds; each kind also has its own line style in the legend.
KIND_COLOURS: dict[str, str] = {
    "court": "#000000",
    "party": "#E69F00",
    "title": "#56B4E9",
    "case_number": "#009E73",
    "docket_citation": "#D55E00",
    "date": "#0072B2",
    "order": "#CC79A7",
    "ruling": "#882255",
    "signature": "#117733",
    "footnote": "#999999",
    "defined_term": "#F0E442",
    "citation": "#44AA99",
}
REMOVED_SHADE = "#505050"
"""What layout cleaning removed is shaded with stripes of this grey (a hatch no item colour
uses), labelled with its kind."""
REMOVED_ALPHA = (0.55, 0.2)
"""Opacity of the hatch's dark and light stripes over the page."""
PAGE_WIDTH_PX = 900
"""Width every page picture is shown at; boxes are placed in the same pixels."""
RENDER_SCALE = 1.25
"""Pixels per PDF point of the embedded picture (90 dpi): sharp enough to read at
``PAGE_WIDTH_PX`` and about 100 KB a page as grayscale PNG."""
PAGE_GAP_PX = 16
EAGER_PAGES = 2
"""Pages whose pictures load with the file; the browser decodes later ones as they are
scrolled near (``loading="lazy"``), so a long filing opens as fast as a short one."""


@attrs.frozen
class Item:
    """One box to draw: its kind, a short label, the record it comes from, where it is."""

    kind: str
    label: str
    record: dict[str, Any]
    span: Span


def _candidates(doc: Document) -> Iterator[tuple[str, str, Any, Span | None]]:
    """(kind, label, record, span) of every item of ``doc``, in the order of the record."""
    if doc.court is not None:
        yield "court", doc.court.court_id or doc.court.name, doc.court, doc.court.span
    yield from (("party", f"{p.role or 'party'}: {p.name}", p, p.span) for p in doc.caption.parties)
    if doc.caption.title is not None:
        yield "title", doc.caption.title, {"title": doc.caption.title}, doc.caption.title_span
    yield from (("case_number", n.raw, n, n.span) for n in doc.case_numbers)
    yield from (("docket_citation", c.raw, c, c.span) for c in doc.docket_citations)
    yield from (("date", f"{d.role or 'date'}: {d.text}", d, d.span) for d in doc.dates)
    yield from (("order", p.text, p, p.span) for p in doc.holdings.orders)
    yield from (("ruling", p.text, p, p.span) for p in doc.holdings.rulings)
    if doc.signature is not None:
        yield "signature", doc.signature.judge or "signature", doc.signature, doc.signature.span
    yield from (("footnote", f"footnote {f.marker}", f, f.span) for f in doc.footnotes)
    yield from (("defined_term", f"{t.short} = {t.full}", t, t.span) for t in doc.defined_terms)
    yield from (("citation", c.raw, c, c.span) for c in doc.citations)


def items_of(doc: Document) -> list[Item]:
    """Every extracted item of ``doc`` that has a span, in the order of the record."""
    from courtparse.serialize import to_jsonable

    out = []
    for kind, label, value, span in _candidates(doc):
        if span is not None:
            data = to_jsonable(value)
            out.append(Item(kind, label, data if isinstance(data, dict) else {"value": data}, span))
    return out


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


_HATCH = (
    f"repeating-linear-gradient(135deg, {_rgba(REMOVED_SHADE, REMOVED_ALPHA[0])} 0 4px, "
    f"{_rgba(REMOVED_SHADE, REMOVED_ALPHA[1])} 4px 8px)"
)


def _png(width: int, height: int, gray: bytes, stride: int) -> bytes:
    """A grayscale PNG of ``gray`` rows (8 bits a pixel, ``stride`` bytes a row)."""
    raw = b"".join(b"\x00" + gray[y * stride : y * stride + width] for y in range(height))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def render_pages(pdf: str | os.PathLike[str] | bytes, pages: Sequence[int] | None = None
                 ) -> list[tuple[int, float, float, bytes]]:
    """(page number, width and height in points, PNG) of each page wanted (1-based)."""
    import pypdfium2 as pdfium

    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    document = pdfium.PdfDocument(data)
    try:
        wanted = pages or range(1, len(document) + 1)
        out = []
        for number in wanted:
            if not 1 <= number <= len(document):
                continue
            page = document[number - 1]
            width, height = page.get_size()
            bitmap = page.render(scale=RENDER_SCALE, grayscale=True)
            out.append((number, float(width), float(height),
                        _png(bitmap.width, bitmap.height, bytes(bitmap.buffer), bitmap.stride)))
            bitmap.close()
            page.close()
        return out
    finally:
        document.close()


def _legend() -> str:
    e = html.escape
    return "".join(
        f'<li><span class="swatch" style="border-color:{c};background:{c}33"></span>{e(k.replace("_", " "))}</li>'
        for k, c in KIND_COLOURS.items()
    ) + f'<li><span class="swatch hatch" style="border-color:{REMOVED_SHADE}"></span>removed by cleaning</li>'


_STYLE = f"""
body {{ margin: 0; font: 13px/1.4 system-ui, sans-serif; }}
#pages {{ position: absolute; left: 0; top: 0; width: {PAGE_WIDTH_PX}px; }}
.page {{ position: relative; width: {PAGE_WIDTH_PX}px; margin: 0 0 {PAGE_GAP_PX}px 0; outline: 1px solid #bbb; }}
.page img {{ display: block; width: {PAGE_WIDTH_PX}px; }}
.box {{ position: absolute; box-sizing: border-box; border: 2px solid; cursor: pointer; }}
.box.on, .removed.on {{ outline: 3px dashed #000; }}
.removed {{ position: absolute; box-sizing: border-box; border: 1px dashed {REMOVED_SHADE}; cursor: pointer;
            background: {_HATCH}; }}
.removed .tag {{ position: absolute; left: 0; bottom: 100%; font: 9px/1.1 system-ui, sans-serif; color: #fff;
                 background: {REMOVED_SHADE}; padding: 0 2px; white-space: nowrap; }}
.hatch {{ background: {_HATCH}; }}
#removed li {{ cursor: pointer; margin: 2px 0; color: #444; }}
#panel {{ position: fixed; left: {PAGE_WIDTH_PX + 12}px; right: 0; top: 0; bottom: 0; overflow: auto;
          padding: 8px 12px; border-left: 1px solid #ccc; background: #fafafa; }}
#panel li.on {{ background: #ffe; }}
#legend {{ list-style: none; padding: 0; columns: 2; }}
.swatch {{ display: inline-block; width: 14px; height: 10px; border: 2px solid; margin-right: 6px; }}
#items li {{ cursor: pointer; margin: 2px 0; }}
#record {{ white-space: pre-wrap; font: 12px/1.3 monospace; background: #fff; border: 1px solid #ddd; padding: 6px; }}
mark {{ background: none; border-bottom: 3px solid; }}
"""

_SCRIPT = """
const items = JSON.parse(document.getElementById('data').textContent);
function pick(i) {
  document.querySelectorAll('.on').forEach(e => e.classList.remove('on'));
  document.querySelectorAll('[data-i="' + i + '"]').forEach(e => e.classList.add('on'));
  document.getElementById('record').textContent = JSON.stringify(items[i], null, 2);
}
document.querySelectorAll('.box, .removed, mark').forEach(b => b.addEventListener('click', () => pick(b.dataset.i)));
document.querySelectorAll('#items li, #removed li').forEach(li => li.addEventListener('click', () => {
  pick(li.dataset.i);
  const box = document.querySelector('.box[data-i="' + li.dataset.i + '"], .removed[data-i="' + li.dataset.i + '"], mark[data-i="' + li.dataset.i + '"]');
  if (box) box.scrollIntoView({block: 'center'});
}));
const pages = Array.from(document.querySelectorAll('.page'));
document.addEventListener('keydown', ev => {
  if (!pages.length) return;
  const y = window.scrollY + 1;
  let now = pages.findIndex(p => p.offsetTop + p.offsetHeight > y);
  if (now < 0) now = pages.length - 1;
  if (ev.key === 'n' || ev.key === 'ArrowRight') pages[Math.min(now + 1, pages.length - 1)].scrollIntoView();
  if (ev.key === 'p' || ev.key === 'ArrowLeft') pages[Math.max(now - 1, 0)].scrollIntoView();
});
"""


def _page_html(number: int, width: float, height: float, png: bytes, boxes: list[tuple[int, Item]],
               removed: Sequence[tuple[int, Removed]] = (), *, lazy: bool = False) -> str:
    """One page: its picture (``lazy``: decoded only when scrolled near; its size is set so
    the page keeps its place before), the removed blocks shaded, the items' boxes."""
    scale = PAGE_WIDTH_PX / width
    src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    load = ' loading="lazy"' if lazy else ""
    out = [f'<div class="page" id="page-{number}" data-page="{number}" data-width="{width}" data-height="{height}">',
           f'<img alt="page {number}" width="{PAGE_WIDTH_PX}" height="{round(height * scale)}"{load} src="{src}">']
    # Removed blocks under the items' boxes: shaded, labelled with their kind.
    for i, block in removed:
        x0, top, x1, bottom = block.bbox or (0.0, 0.0, 0.0, 0.0)
        style = (f"left:{x0 * scale:.1f}px;top:{top * scale:.1f}px;width:{(x1 - x0) * scale:.1f}px;"
                 f"height:{(bottom - top) * scale:.1f}px")
        label = block.kind.replace("_", " ")
        out.append(f'<div class="removed" data-i="{i}" data-kind="{block.kind}" data-bbox="{x0},{top},{x1},{bottom}" '
                   f'title="removed: {html.escape(label)}" style="{style}"><span class="tag">{html.escape(label)}</span></div>')
    for i, item in boxes:
        x0, top, x1, bottom = item.span.bbox or (0.0, 0.0, 0.0, 0.0)
        colour = KIND_COLOURS[item.kind]
        style = (f"left:{x0 * scale:.1f}px;top:{top * scale:.1f}px;width:{(x1 - x0) * scale:.1f}px;"
                 f"height:{(bottom - top) * scale:.1f}px;border-color:{colour};background:{colour}22")
        out.append(f'<div class="box {item.kind}" data-i="{i}" data-kind="{item.kind}" '
                   f'data-bbox="{x0},{top},{x1},{bottom}" title="{html.escape(item.label)}" style="{style}"></div>')
    out.append("</div>")
    return "".join(out)


def _text_html(doc: Document, items: list[Item]) -> str:
    """Text input: the clean text with each body item underlined in its colour; an item
    inside another (a citation in a ruling) is marked inside it, one that crosses another's
    end is left out."""
    body = sorted(
        ((i, it) for i, it in enumerate(items) if it.span.footnote is None and it.span.end > it.span.start),
        key=lambda p: (p[1].span.start, -p[1].span.end),
    )
    out: list[str] = []
    open_ends: list[int] = []
    at = 0

    def close_until(position: int) -> None:
        nonlocal at
        while open_ends and open_ends[-1] <= position:
            end = open_ends.pop()
            out.append(html.escape(doc.text[at:end]) + "</mark>")
            at = end

    for i, item in body:
        start, end = item.span.start, item.span.end
        close_until(start)
        if open_ends and end > open_ends[-1]:
            continue  # crosses the end of the item it starts in
        out.append(html.escape(doc.text[at:start]))
        colour = KIND_COLOURS[item.kind]
        out.append(f'<mark data-i="{i}" data-kind="{item.kind}" style="border-color:{colour}">')
        at = start
        open_ends.append(end)
    close_until(len(doc.text))
    out.append(html.escape(doc.text[at:]))
    return f'<pre id="pages" style="white-space:pre-wrap;padding:8px">{"".join(out)}</pre>'


def show(doc: Document, pdf: str | os.PathLike[str] | bytes | None = None,
         out: str | os.PathLike[str] | None = None, *, pages: Sequence[int] | None = None) -> str:
    """The viewer's HTML for ``doc`` (over the pages of ``pdf``, or over its text when there
    is no PDF); written to ``out`` when given. ``pages`` limits the pages shown (1-based)."""
    items = items_of(doc)
    # Removed blocks are numbered after the items, so one list of records serves both.
    removed = [(len(items) + j, r) for j, r in enumerate(doc.removed)]
    if pdf is not None:
        shown = render_pages(pdf, pages)
        parts: list[str] = []
        for number, width, height, png in shown:
            boxes = [(i, it) for i, it in enumerate(items) if it.span.page == number and it.span.bbox is not None]
            gone = [(i, r) for i, r in removed if r.page == number and r.bbox is not None]
            parts.append(_page_html(number, width, height, png, boxes, gone, lazy=len(parts) >= EAGER_PAGES))
        canvas = f'<div id="pages">{"".join(parts)}</div>'
    else:
        canvas = _text_html(doc, items)
    e = html.escape
    listing = "".join(
        f'<li data-i="{i}"><span class="swatch" style="border-color:{KIND_COLOURS[it.kind]}"></span>'
        f"{e(it.kind.replace('_', ' '))} (p. {it.span.page or '-'}): {e(it.label[:120])}</li>"
        for i, it in enumerate(items)
    )
    gone_listing = "".join(
        f'<li data-i="{i}"><span class="swatch hatch" style="border-color:{REMOVED_SHADE}"></span>'
        f"{e(r.kind.replace('_', ' '))} (p. {r.page or '-'}): {e(' / '.join(r.text.splitlines())[:120])}</li>"
        for i, r in removed
    )
    records = [{"kind": it.kind, **it.record} for it in items]
    records += [{"removed": r.kind, "page": r.page, "bbox": r.bbox, "text": r.text} for _, r in removed]
    data = json.dumps(records, ensure_ascii=False).replace("</", "<\\/")
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(doc.source or "courtparse")}</title>
<style>{_STYLE}</style></head>
<body>
{canvas}
<div id="panel">
<h2>{e(doc.source or "document")}</h2>
<p>{e(doc.document_type)}{" · " + e(doc.holdings.disposition) if doc.holdings.disposition else ""} · {doc.pages or "?"} pages</p>
<ul id="legend">{_legend()}</ul>
<pre id="record">Click a box or an item.</pre>
<ol id="items">{listing}</ol>
<h3>Removed by cleaning ({len(removed)})</h3>
<ol id="removed">{gone_listing}</ol>
</div>
<script type="application/json" id="data">{data}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
    if out is not None:
        Path(out).write_text(page, encoding="utf-8")
    return page
