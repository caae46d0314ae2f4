"""The run report (``courtparse/report.py``): counts from the records, charts as inline SVG,
and what a headless browser shows of it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import courtparse
from courtparse.batch import batch
from courtparse.report import PALETTE, pages_named, summarize, warning_kind, write_report

from .browser import screenshot

ORDER = (
    "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2\n\n"
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nORDER DENYING MOTION\n\n"
    "The motion is DENIED.\n\nIT IS SO ORDERED.\n"
)
MOTION = "UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nDEFENDANT'S MOTION TO DISMISS\n\nDefendant moves to dismiss.\n"


def _batch(out: Path) -> None:
    records = []
    timings = []
    for i, text in enumerate([ORDER, ORDER, MOTION]):
        record = courtparse.parse_text(text, source=f"{i}.txt").to_dict()
        record.update(doc_id=f"{i:064d}", source=f"{i}.txt")
        records.append(record)
        timings.append({"source": f"{i}.txt", "doc_id": record["doc_id"], "seconds": 0.5 + i, "pages": 1})
    records[2]["warnings"] = ["pages 2-4, 7 have no text layer; text recognized by OCR", "page 9: unreadable, skipped (x)"]
    records.append({"doc_id": None, "source": "bad.pdf", "error": {"type": "not_a_pdf", "message": "bad.pdf: not a PDF"}})
    (out / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (out / "timings.jsonl").write_text("".join(json.dumps(t) + "\n" for t in timings), encoding="utf-8")


@pytest.mark.parametrize(
    ("warning", "kind", "pages"),
    [
        ("pages 2-4, 7 have no text layer; text recognized by OCR", "no text layer", 4),
        ("page 3 has no text layer; OCR not installed", "no text layer", 1),
        ("page 9: unreadable, skipped (PdfiumError: x)", "unreadable, skipped", 1),
        ("extractor dates failed: ValueError: boom", "extractor dates failed", 0),
        ("ECF stamp on page 3 (Case 1) differs from page 1's (Case 2)", "ecf stamp on page #", 0),
    ],
)
def test_warning_kinds_and_pages(warning: str, kind: str, pages: int) -> None:
    assert warning_kind(warning) == kind
    assert pages_named(warning) == pages


def test_summary_counts(tmp_path: Path) -> None:
    _batch(tmp_path)
    from courtparse.tables import iter_records

    s = summarize(iter_records(tmp_path / "documents.jsonl"), iter_records(tmp_path / "timings.jsonl"))
    assert (s.documents, sum(s.errors.values()), s.ocr_pages) == (3, 1, 4)
    assert s.courts == {"cand": 2, "azd": 1}
    assert s.dispositions["denied"] == 2
    assert s.months == {"2016-01": 2}
    assert s.empty["ecf stamp"] == 1
    assert max(s.timed)[1] == "2.txt"


def test_report_is_one_offline_file_with_every_chart(tmp_path: Path) -> None:
    _batch(tmp_path)
    page = write_report(tmp_path, tmp_path / "report.html")
    text = page.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", text, flags=re.S)
    assert len(svgs) == 7
    assert all(svg.count("<path") > 10 for svg in svgs)  # drawn, with text as paths
    assert not re.search(r"(?:src|href)=\"https?:", text)  # nothing to fetch
    assert "2.txt" in text  # the slowest file is named


def test_report_renders_in_a_browser(tmp_path: Path) -> None:
    from PIL import Image

    _batch(tmp_path)
    page = write_report(tmp_path, tmp_path / "report.html")
    png = screenshot(page, tmp_path / "report.png")
    image = Image.open(png).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    counts = {rgb: n for n, rgb in colours}

    def near(hex_colour: str) -> int:
        target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return sum(n for rgb, n in counts.items() if all(abs(a - b) <= 12 for a, b in zip(rgb, target, strict=True)))

    # the court bars (blue), type bars (orange) and disposition bars (green) are painted
    assert near(PALETTE[0]) > 500
    assert near(PALETTE[1]) > 500
    assert near(PALETTE[2]) > 500


POOL_SAMPLE_STEP = 12
"""Every 12th filing of the pool (about 25): its courts, types and sizes, in seconds."""


def test_report_of_a_pool_batch_renders_in_a_browser(pool_dir: Path, tmp_path: Path) -> None:
    """The whole path a user runs: ``batch`` over real filings (a sample of the pool), then
    ``report``, opened in a real browser: every chart is a non-blank SVG and the slowest
    files are named from the batch's own timings."""
    from PIL import Image

    sample = sorted(pool_dir.glob("*.pdf"))[::POOL_SAMPLE_STEP]
    out = tmp_path / "run"
    summary = batch(sample, out, workers=2, ocr=False, progress=False)
    assert summary.files == len(sample)
    timings = [json.loads(line) for line in (out / "timings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(t["source"] for t in timings) == sorted(str(p) for p in sample)
    page = write_report(out, tmp_path / "report.html")
    text = page.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", text, flags=re.S)
    assert len(svgs) == 7
    assert all(svg.count("<path") > 10 for svg in svgs)
    slowest = max(timings, key=lambda t: t["seconds"])
    assert slowest["source"] in text
    image = Image.open(screenshot(page, tmp_path / "report.png")).convert("L")
    lo, hi = image.getextrema()
    assert hi - lo > 128  # drawn, not a blank page
    dark = sum(n for n, v in (image.getcolors(maxcolors=1 << 20) or []) if v < 128)
    assert dark > 5000
