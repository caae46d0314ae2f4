"""A run report: one offline HTML file that says what a batch holds and how well it read.

    courtparse.report.write_report("parsed/", "report.html")      # or: courtparse report parsed/

Documents by court, by type and by disposition, filed per month; for every field the share of
documents where it is empty; warnings by kind; pages read by OCR; errors by type; the slowest
files where the records say how long they took. Charts are drawn with matplotlib (the
``report`` extra) as inline SVG with their text as paths, so the file needs no network, no
fonts and no script. Colours are the Okabe-Ito palette, distinct for colour-blind readers.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from courtparse.errors import SourceError
from courtparse.records import get

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
"""Okabe-Ito: eight colours that stay apart for the common colour-vision deficiencies."""
TOP_N = 20
"""Bars shown per chart (courts, warnings); the rest are summed as "other"."""
SLOWEST_N = 15
"""Rows of the slowest-files table."""

# What each field of a record is, for the emptiness table: (label, path into the record).
FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("court", ("court", "court_id")),
    ("ecf stamp", ("ecf",)),
    ("caption title", ("caption", "title")),
    ("caption parties", ("caption", "parties")),
    ("case numbers", ("case_numbers",)),
    ("docket citations", ("docket_citations",)),
    ("dates", ("dates",)),
    ("disposition", ("holdings", "disposition")),
    ("orders and rulings", ("holdings", "orders")),
    ("signature judge", ("signature", "judge")),
    ("signature date", ("signature", "date")),
    ("footnotes", ("footnotes",)),
    ("defined terms", ("defined_terms",)),
)

# A warning's kind: its words with page lists, numbers and quoted parts taken out, up to its
# first ";", ":" or "(" ("pages 2-4 have no text layer; text recognized by OCR" -> "no text
# layer"), so "page 3 ..." and "pages 1-9 ..." count as one kind.
_PAGE_PHRASE = regex.compile(r"^pages?\s+[\d,\s\-–]*\d(?:\s+(?:has|have))?:?\s*", regex.IGNORECASE)
_KIND_END = regex.compile(r"[;:(]")
_NUMBERS = regex.compile(r"\d+")
_PAGES_OF = regex.compile(r"^pages?\s+(?P<list>[\d,\s\-–]+)", regex.IGNORECASE)
_OCR_READ = regex.compile(r"recognized by OCR", regex.IGNORECASE)


def warning_kind(warning: str) -> str:
    rest = _PAGE_PHRASE.sub("", warning.strip())
    rest = _KIND_END.split(rest, maxsplit=1)[0]
    rest = _NUMBERS.sub("#", rest)
    return " ".join(rest.split()[:8]).lower() or "other"


def pages_named(warning: str) -> int:
    """How many pages a warning's leading page list names ("pages 1-3, 7" -> 4)."""
    m = _PAGES_OF.match(warning)
    if m is None:
        return 0
    count = 0
    for part in m["list"].replace("–", "-").split(","):
        bounds = [int(x) for x in part.split("-") if x.strip().isdigit()]
        if len(bounds) == 2 and bounds[1] >= bounds[0]:
            count += bounds[1] - bounds[0] + 1
        elif bounds:
            count += 1
    return count


@attrs.define
class Summary:
    """The counts a report shows, gathered in one pass over the records."""

    documents: int = 0
    pages: int = 0
    ocr_pages: int = 0
    courts: Counter[str] = attrs.Factory(Counter)
    types: Counter[str] = attrs.Factory(Counter)
    dispositions: Counter[str] = attrs.Factory(Counter)
    months: Counter[str] = attrs.Factory(Counter)
    empty: Counter[str] = attrs.Factory(Counter)
    warnings: Counter[str] = attrs.Factory(Counter)
    errors: Counter[str] = attrs.Factory(Counter)
    timed: list[tuple[float, str, int]] = attrs.Factory(list)

    def add(self, record: dict[str, Any]) -> None:
        error = record.get("error")
        if isinstance(error, dict):
            self.errors[str(error.get("type") or "unknown")] += 1
            return
        self.documents += 1
        self.pages += int(record.get("pages") or 0)
        self.courts[str(get(record, "court", "court_id") or "(none)")] += 1
        self.types[str(record.get("document_type") or "(none)")] += 1
        self.dispositions[str(get(record, "holdings", "disposition") or "(none)")] += 1
        filed = get(record, "ecf", "filed")
        if isinstance(filed, str) and len(filed) >= 7:
            self.months[filed[:7]] += 1
        for label, path in FIELDS:
            if not get(record, *path):
                self.empty[label] += 1
        for warning in record.get("warnings") or []:
            if isinstance(warning, str):
                self.warnings[warning_kind(warning)] += 1
                if _OCR_READ.search(warning):
                    self.ocr_pages += pages_named(warning)

    def add_timing(self, timing: dict[str, Any]) -> None:
        """One line of the batch's ``timings.jsonl``: how long a file took."""
        seconds = timing.get("seconds")
        if isinstance(seconds, int | float):
            self.timed.append((float(seconds), str(timing.get("source")), int(timing.get("pages") or 0)))


def summarize(
    records: Iterable[dict[str, Any]], timings: Iterable[dict[str, Any]] = ()
) -> Summary:
    summary = Summary()
    for record in records:
        summary.add(record)
    for timing in timings:
        summary.add_timing(timing)
    return summary


# --- drawing ------------------------------------------------------------------------------


def _top(counts: Counter[str], n: int = TOP_N) -> list[tuple[str, float]]:
    items = counts.most_common()
    head: list[tuple[str, float]] = [(k, float(v)) for k, v in items[:n]]
    rest = sum(v for _, v in items[n:])
    if rest:
        head.append(("other", float(rest)))
    return head


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _frame(axes: Any, *, counts_axis: Any, empty: str | None) -> None:
    """What every chart shares: whole numbers on a counting axis, no top and right frame,
    a sentence instead of an empty plot."""
    from matplotlib.ticker import MaxNLocator

    if counts_axis is not None:
        counts_axis.set_major_locator(MaxNLocator(integer=True))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if empty is not None:  # no axes to read: no ticks, no frame, no label
        axes.set_axis_off()
        axes.text(0.5, 0.5, empty, ha="center", va="center", transform=axes.transAxes)


def _bars(title: str, items: Sequence[tuple[str, float]], *, unit: str = "documents",
          share: bool = False, colour: int = 0) -> str:
    import matplotlib.pyplot as plt

    height = max(1.6, 0.32 * len(items) + 0.9)
    figure, axes = plt.subplots(figsize=(7.0, height))
    labels = [k for k, _ in items][::-1]
    values = [v for _, v in items][::-1]
    axes.barh(labels, values, color=PALETTE[colour % len(PALETTE)])
    axes.set_title(title, loc="left", fontsize=11)
    axes.set_xlabel("share of documents" if share else unit)
    if share:
        axes.set_xlim(0, 1)
    _frame(axes, counts_axis=None if share else axes.xaxis, empty="nothing to show" if not items else None)
    return _svg(figure)


def _months(title: str, months: Counter[str]) -> str:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7.0, 2.6))
    keys = sorted(months)
    axes.bar(range(len(keys)), [months[k] for k in keys], color=PALETTE[2])
    step = max(1, len(keys) // 12)
    axes.set_xticks(range(0, len(keys), step), keys[::step], rotation=45, ha="right", fontsize=8)
    axes.set_title(title, loc="left", fontsize=11)
    axes.set_ylabel("documents")
    _frame(axes, counts_axis=axes.yaxis, empty="no stamped filing dates" if not keys else None)
    return _svg(figure)


def render(summary: Summary, *, title: str = "courtparse run report") -> str:
    """The report's HTML for a summary."""
    try:
        import matplotlib
    except ImportError as exc:
        raise SourceError(None, "the report needs matplotlib: pip install 'courtparse[report]'") from exc
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "path"  # text as paths: no font needed to view
    total = summary.documents or 1
    empty = [(label, summary.empty[label] / total) for label, _ in FIELDS]
    charts = [
        _bars("Documents by court", _top(summary.courts), colour=0),
        _bars("Documents by type", _top(summary.types), colour=1),
        _bars("Documents by disposition", _top(summary.dispositions), colour=2),
        _months("Documents filed per month (ECF stamp)", summary.months),
        _bars("Share of documents where the field is empty", empty, share=True, colour=5),
        _bars("Warnings by kind", _top(summary.warnings), unit="warnings", colour=3),
        _bars("Errors by type", _top(summary.errors), unit="files", colour=7),
    ]
    e = html.escape
    facts = [
        ("documents parsed", f"{summary.documents:,}"),
        ("errors", f"{sum(summary.errors.values()):,}"),
        ("pages", f"{summary.pages:,}"),
        ("pages read by OCR", f"{summary.ocr_pages:,}"),
    ]
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    slow = sorted(summary.timed, reverse=True)[:SLOWEST_N]
    slow_rows = "".join(
        f"<tr><td>{e(source)}</td><td>{pages}</td><td>{seconds:.2f}</td></tr>" for seconds, source, pages in slow
    )
    slow_html = (
        f"<table><tr><th>file</th><th>pages</th><th>seconds</th></tr>{slow_rows}</table>"
        if slow else "<p>No timings beside the records (a local batch writes timings.jsonl; "
        "a Dask run does not).</p>"
    )
    figures = "".join(f'<figure class="chart">{svg}</figure>' for svg in charts)
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #111; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ text-align: left; padding: .2em .8em; border-bottom: 1px solid #ddd; }}
figure.chart {{ margin: 1.5em 0; }}
figure.chart svg {{ max-width: 100%; height: auto; }}
</style></head>
<body>
<h1>{e(title)}</h1>
<p>Made {e(made)}.</p>
<table>{rows}</table>
{figures}
<h2>Slowest files</h2>
{slow_html}
</body></html>
"""


def write_report(out: str | os.PathLike[str], html_path: str | os.PathLike[str]) -> Path:
    """Read ``out/documents.jsonl`` (a batch's output folder, or the file itself) and write
    the report to ``html_path``; returns its path."""
    from courtparse.records import JSONL_NAME, TIMINGS_NAME

    source = Path(out)
    if source.is_dir():
        source = source / JSONL_NAME
    if not source.is_file():
        raise SourceError(str(source), "no documents.jsonl here (run `courtparse batch` first)")
    from courtparse.tables import iter_records

    timings = source.with_name(TIMINGS_NAME)
    summary = summarize(iter_records(source), iter_records(timings) if timings.is_file() else ())
    target = Path(html_path)
    target.write_text(render(summary, title=f"courtparse report: {source.parent.name or source.name}"),
                      encoding="utf-8")
    return target

