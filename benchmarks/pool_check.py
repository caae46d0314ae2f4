"""Run ``courtparse.parse`` over every PDF of the unlabeled pool and report:

- exceptions other than CourtparseError (must be 0);
- ECF stamp agreement with the RECAP file name (document and attachment) over the
  files MANIFEST.tsv marks stamp_text=yes with a gov.uscourts name;
- court_id agreement with the manifest: pool's over court_printed=yes, attachment 0 files;
  pool2's (no court_printed column: its court_id is read from the printed caption) over every
  file with a text layer (yes or partial), ``state/`` included, its ids mapped to courts-db
  ids first (see ``MANIFEST_COURT_IDS``);
- caption checks (issue 14): every party name passes a name check (no role word, case
  number, title word, address, clerk's box, "(cid:", more than 14 words) and every title a
  title check (no case number, judge line, appearances, table of contents, court heading);
  counts with the offenders listed;
- "(cid:" codes anywhere in a record and ECF stamp lines left in the text (both 0);
- optionally (--speed) parse time against bare pdfplumber extraction;
- holdings per document type over the pool and pool2 (``--holdings``; see
  :func:`holdings_report`): how many filings have a disposition, orders and rulings; the
  filings with a disposition but no ruling sentence; orders and rulings that open with a
  party's name and "argues", "contends" or "requests" (what a party says, not the court).

Each PDF is copied to a neutral temporary name first, so nothing can read the answer
from the source name.

    .venv/bin/python benchmarks/pool_check.py [--pool DIR ...] [--ocr] [--speed] [-j N]

``--pool`` may be given more than once (pool and pool2); a manifest without the stamp
columns (pool2's) only skips the stamp check. A pool's sub-folders (pool2's ``state/``) are
read too.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

DEFAULT_POOL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pool"
DEFAULT_POOL2 = DEFAULT_POOL.parent / "pool2"

# --- caption checks (issue 14) -------------------------------------------------------------
# What a party name must never hold. Each pattern names a neighbour block that a caption
# reader can swallow; the name check lists the ones a name holds.
_NAME_MAX_WORDS = 14
_NAME_PROBLEMS: list[tuple[str, re.Pattern[str]]] = [
    ("role word", re.compile(
        r"\b(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Debtor|Movant"
        r"|Intervenor|Claimant)s?\b[,.]?\s*$|^(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant"
        r"|Appellee)s?\b", re.IGNORECASE)),
    ("case number", re.compile(
        r"\b\d{1,2}:\d{2}-[A-Za-z]{1,5}-\d|\b\d{2}-[A-Za-z]{2,4}-\d{3,}|\bNo\.\s*\d|\bCase\s+No\b",
        re.IGNORECASE)),
    ("title word", re.compile(
        r"\b(?:ORDER|MOTION|NOTICE|MEMORANDUM|JUDGMENT|STIPULATION|DECLARATION|COMPLAINT|OPINION"
        r"|PETITION|BRIEF|REPLY|OPPOSITION|APPLICATION)\b(?!\s+(?:OF|FOR)\s+[A-Z]+\s+(?:INC|LLC))")),
    ("address", re.compile(
        r"\b\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Suite)\b"
        r"|\bP\.?\s?O\.?\s+Box\b|\bc/o\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|@|\bTelephone\b",
        re.IGNORECASE)),
    ("jury demand", re.compile(r"\bJURY\s+(?:TRIAL\s+)?DEMAND|\bDEMAND\s+FOR\s+JURY|TRIAL\s+BY\s+JURY", re.IGNORECASE)),
    ("clerk's box", re.compile(r"^FILED\b|\bCLERK,\s+U\.?S\.?|\bDeputy\s+Clerk\b|\bCOURT\s+OF\s+APPEALS\b", re.IGNORECASE)),
    ("(cid:", re.compile(r"\(cid:")),
    ("capacity phrase", re.compile(r"\bsimilarly\s+situated\b|,\s*ETC\.?$|\bet\s+al\b", re.IGNORECASE)),
]
# What a title must never be or hold: the neighbour blocks of the title.
_TITLE_PROBLEMS: list[tuple[str, re.Pattern[str]]] = [
    ("case number", re.compile(
        r"^(?:Case|Civil\s+Action|No)\b|\b\d{1,2}:\d{2}-[A-Za-z]{1,5}-\d|^\d{2}-[A-Za-z]{2,4}-\d", re.IGNORECASE)),
    ("judge line", re.compile(
        r"\b(?:DISTRICT|MAGISTRATE|CIRCUIT|BANKRUPTCY|CHIEF|SENIOR)\s+JUDGE\b|^(?:HON\.|HONORABLE)\b|\bJUDGE\s*$",
        re.IGNORECASE)),
    ("appearances", re.compile(r"^APPEARANCES?\b|\bAttorneys?\s+for\b|\bCounsel\s+for\b", re.IGNORECASE)),
    ("table of contents", re.compile(r"\bTABLE\s+OF\s+(?:CONTENTS|AUTHORITIES)\b", re.IGNORECASE)),
    ("court heading", re.compile(
        r"^(?:IN\s+THE\s+)?UNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY)?\s*COURT\b|^(?:FOR\s+THE\s+)?[A-Z]+\s+DISTRICT\s+OF\b",
        re.IGNORECASE)),
    ("matter name", re.compile(r"^(?:IN\s+THE\s+MATTER\s+OF|IN\s+RE)\b(?!:?\s+(?:ORDER|MOTION))", re.IGNORECASE)),
    ("party line", re.compile(r",$|\b(?:Plaintiffs?|Defendants?|Appellants?|Appellees?)[,.]$")),
    ("cut number", re.compile(r"\(\d{1,2}(?!\d*\))|\(\d{1,2}$")),
    ("(cid:", re.compile(r"\(cid:")),
]


def name_problems(name: str) -> list[str]:
    """What a party name holds that is not the name (empty: it passes)."""
    out = [what for what, pattern in _NAME_PROBLEMS if pattern.search(name)]
    if len(name.split()) > _NAME_MAX_WORDS:
        out.append("too long")
    return out


def title_problems(title: str) -> list[str]:
    """What a title holds that is not the document's own heading (empty: it passes)."""
    return [what for what, pattern in _TITLE_PROBLEMS if pattern.search(title)]


def caption_report(results: Sequence[dict[str, object]]) -> list[str]:
    """The name and title checks over parsed records (``parties``: list of names,
    ``title``: str or None), as lines to print: the counts, then each offender."""
    names = titles = 0
    bad_names: list[str] = []
    bad_titles: list[str] = []
    for r in results:
        for name in r.get("parties") or ():  # type: ignore[attr-defined]
            names += 1
            problems = name_problems(str(name))
            if problems:
                bad_names.append(f"{r['file']}: {name!r} ({', '.join(problems)})")
        title = r.get("title")
        if title:
            titles += 1
            problems = title_problems(str(title))
            if problems:
                bad_titles.append(f"{r['file']}: {title!r} ({', '.join(problems)})")
    lines = [f"party names passing the name check: {names - len(bad_names)}/{names}"]
    lines += [f"  bad name  {m}" for m in bad_names]
    lines.append(f"titles passing the title check: {titles - len(bad_titles)}/{titles}")
    lines += [f"  bad title  {m}" for m in bad_titles]
    return lines


# pool2's MANIFEST names a court by a courts-db style id read from the printed caption; where
# that id is not courts-db's own, the comparison maps it first. "njsuperct" (the Law and
# Chancery Divisions of the Superior Court of New Jersey: "SUPERIOR COURT OF NEW JERSEY /
# ATLANTIC COUNTY – LAW DIVISION") is courts-db's "njsuper" ("New Jersey Superior Court");
# the Appellate Division has its own id in both ("njsuperctappdiv").
MANIFEST_COURT_IDS: dict[str, str] = {"njsuperct": "njsuper"}
# pool2 files whose MANIFEST court is not printed on the paper (read by eye): counted and
# listed apart, as pool's court_printed=no rows are not compared. ``court`` is the court
# the filing's own text names (docs/index.md), so None is the right answer for these.
COURT_NOT_PRINTED: dict[str, str] = {
    "azd_exhibit-email.pdf": "an e-mail between counsel filed as an exhibit: no caption, no court "
                             "named but a citation's '(D. Ariz. 2007)'",
    "gov.uscourts.cand.206019.18.0.pdf": "a declaration of service with no caption: 'USDC, Northern "
                                         "District of California' only in its list of served cases",
}


def _court_checked(row: dict[str, str]) -> bool:
    """Whether a manifest row's court_id is compared: pool's rows where the court is printed
    on the filing itself (attachment 0); pool2's (no court_printed column, its ids read from
    the caption) where the file has a text layer."""
    if not row.get("court_id"):
        return False
    if "court_printed" in row:
        return row["court_printed"] == "yes" and (row.get("attachment") or "0") == "0"
    return row.get("text_layer") in ("yes", "partial")


def _one(args: tuple[str, str, bool, bool]) -> dict[str, object]:
    path, backend, ocr, speed = args
    import courtparse
    from courtparse.errors import CourtparseError
    from courtparse.pipeline import parse

    out: dict[str, object] = {"file": os.path.basename(path)}
    with tempfile.TemporaryDirectory() as tmp:
        neutral = os.path.join(tmp, "input.pdf")
        shutil.copyfile(path, neutral)
        t0 = time.perf_counter()
        try:
            doc = parse(neutral, backend=backend, ocr=ocr)
        except CourtparseError as exc:
            out["error"] = f"{type(exc).__name__}: {exc.cause}"
            return out
        except Exception as exc:  # the check's purpose: count anything unexpected
            out["crash"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
            return out
        out["parse_s"] = time.perf_counter() - t0
        out["pages"] = doc.pages
        if doc.ecf is not None:
            out["document"] = doc.ecf.document
            out["attachment"] = doc.ecf.attachment
            out["stamp"] = doc.ecf.raw
        out["court_id"] = doc.court.court_id if doc.court is not None else None
        out["parties"] = [p.name for p in doc.caption.parties]
        out["title"] = doc.caption.title
        out["warnings"] = list(doc.warnings)
        out.update(_layout_findings(doc))
        out["document_type"] = doc.document_type
        out["disposition"] = doc.holdings.disposition
        out["orders"] = [p.text for p in doc.holdings.orders]
        out["rulings"] = [p.text for p in doc.holdings.rulings]
        if speed:
            import pdfplumber

            t0 = time.perf_counter()
            with pdfplumber.open(neutral) as pdf:
                for page in pdf.pages:
                    _ = page.chars
                    page.close()
            out["extract_s"] = time.perf_counter() - t0
    del courtparse
    return out


def _layout_findings(doc: Any) -> dict[str, object]:
    """What layout cleaning must never leave: "(cid:N)" codes anywhere in the record
    (text, fields, footnotes) and ECF stamp lines in the text (issues 14 and 17)."""
    import json

    from courtparse.layout.stamp import parse_stamp_line

    record = json.dumps(doc.to_dict(), ensure_ascii=False)
    stamp_lines = [ln.strip() for ln in doc.text.splitlines() if parse_stamp_line(ln) is not None]
    return {"cid": record.count("(cid:"), "stamp_lines": stamp_lines}


def _report_layout(results: Sequence[dict[str, object]]) -> int:
    """Print the "(cid:" and stamp-line counts with the offenders; return how many
    files have either (must be 0)."""
    cid = [r for r in results if int(r.get("cid") or 0)]  # type: ignore[call-overload]
    stamps = [r for r in results if r.get("stamp_lines")]
    total = sum(int(r.get("cid") or 0) for r in cid)  # type: ignore[call-overload]
    print(f'"(cid:" in records: {total} in {len(cid)} files (must be 0)')
    for r in cid:
        print(f"  cid  {r['file']}: {r['cid']}")
    print(f"stamp lines left in text: {len(stamps)} files (must be 0)")
    for r in stamps:
        lines = r["stamp_lines"]
        assert isinstance(lines, list)
        print(f"  stamp  {r['file']}: {len(lines)} lines, e.g. {lines[0]!r}")
    return len({str(r["file"]) for r in [*cid, *stamps]})


def _child(conn: Connection, work: Callable[[Any], dict[str, object]], job: Any) -> None:
    conn.send(work(job))
    conn.close()


def run_isolated(
    jobs: Sequence[Any],
    width: int,
    timeout: float,
    progress: bool,
    work: Callable[[Any], dict[str, object]] = _one,
) -> list[dict[str, object]]:
    """``work(job)`` for every job (a tuple whose first item is the file's path), one
    process per file, at most ``width`` at once; a file running past ``timeout`` is
    killed and reported as a timeout (a hang is a finding too)."""
    ctx = mp.get_context("fork")
    results: list[dict[str, object]] = []
    todo = list(jobs)
    running: list[tuple[Any, Connection, float, str]] = []
    while todo or running:
        while todo and len(running) < width:
            job = todo.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, work, job))
            proc.start()
            child.close()
            running.append((proc, parent, time.monotonic(), job[0]))
        time.sleep(0.05)
        still = []
        for proc, conn, started, path in running:
            r: dict[str, object] | None = None
            if conn.poll():
                try:
                    r = conn.recv()
                except EOFError:
                    r = {"file": os.path.basename(path), "crash": f"worker died (exit {proc.exitcode})"}
                proc.join()
            elif not proc.is_alive():
                r = {"file": os.path.basename(path), "crash": f"worker died (exit {proc.exitcode})"}
            elif time.monotonic() - started > timeout:
                proc.kill()
                proc.join()
                r = {"file": os.path.basename(path), "timeout": f"killed after {timeout:.0f}s"}
            if r is None:
                still.append((proc, conn, started, path))
                continue
            conn.close()
            results.append(r)
            if progress:
                what = r.get("parse_s", r.get("error", r.get("timeout", "CRASH")))
                print(f"[{len(results)}/{len(jobs)}] {r['file']} {what}", file=sys.stderr, flush=True)
        running = still
    return results


# A party's voice opening an order or a ruling: "Cisco argues that …", "Plaintiff requests
# that …", "Defendants contend …" (a capitalised name of one to four words, then the verb;
# "Plaintiffs’ request for … is denied" is the court ruling on a request).
_PARTY_SAYS = re.compile(
    r"^(?:[\w’'.,]+,\s+)?(?:[A-Z][\w.&-]*\s+){1,4}(?:argues?|contends?|requests?)\b"
)


def _texts(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def holdings_report(results: Sequence[dict[str, object]]) -> list[str]:
    """Lines of the holdings check: per document type, files with a disposition, with
    orders, with rulings; then each file with a disposition and no ruling sentence, and
    each order or ruling in a party's voice."""
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    no_ruling: list[str] = []
    party: list[str] = []
    for r in results:
        if "document_type" not in r:
            continue
        kind = str(r["document_type"])
        orders, rulings = _texts(r.get("orders")), _texts(r.get("rulings"))
        per_type[kind]["files"] += 1
        per_type[kind]["disposition"] += r.get("disposition") is not None
        per_type[kind]["orders"] += bool(orders)
        per_type[kind]["rulings"] += bool(rulings)
        if r.get("disposition") is not None and not rulings:
            no_ruling.append(f"  no ruling  {r['file']} ({kind}): disposition {r['disposition']}")
        for what, texts in (("order", orders), ("ruling", rulings)):
            party += [f"  party voice  {r['file']} {what}: {t[:120]}" for t in texts if _PARTY_SAYS.match(t)]
    lines = [f"{'holdings by type':<28}{'files':>6}{'disposition':>13}{'orders':>8}{'rulings':>9}"]
    for kind, c in sorted(per_type.items()):
        lines.append(f"  {kind:<26}{c['files']:>6}{c['disposition']:>13}{c['orders']:>8}{c['rulings']:>9}")
    lines.append(f"disposition without a ruling sentence: {len(no_ruling)}")
    lines += no_ruling
    lines.append(f"orders/rulings in a party's voice: {len(party)}")
    lines += party
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", type=Path, action="append", help="a pool folder (repeat for pool and pool2)")
    ap.add_argument("--backend", default="pdfium")
    ap.add_argument("--ocr", action="store_true", help="recognize scanned pages (slow)")
    ap.add_argument("--speed", action="store_true", help="also time bare pdfplumber extraction")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--progress", action="store_true", help="one line per file on stderr")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per file before it is killed")
    ap.add_argument("--holdings", action="store_true",
                    help="also parse pool2 (--pool2) and report holdings per document type over both")
    ap.add_argument("--pool2", type=Path, default=DEFAULT_POOL2)
    ap.add_argument("--sample", type=int, metavar="N",
                    help="every k-th file, N files in all (the suite runs a sample in CI)")
    ns = ap.parse_args(argv)

    pools: list[Path] = ns.pool or [DEFAULT_POOL]
    manifest: dict[str, dict[str, str]] = {}
    files: list[str] = []
    for pool in pools:
        if (pool / "MANIFEST.tsv").exists():
            with open(pool / "MANIFEST.tsv", newline="") as fh:
                # keyed by the file's own name: pool2 lists "state/x.pdf", results name "x.pdf"
                manifest.update({Path(row["file"]).name: row for row in csv.DictReader(fh, delimiter="\t")})
        files.extend(sorted(str(p) for p in pool.rglob("*.pdf")))
    if ns.sample:
        files = files[:: max(1, len(files) // ns.sample)][: ns.sample]
    jobs = [(f, ns.backend, ns.ocr, ns.speed) for f in files]
    results = run_isolated(jobs, ns.jobs, ns.timeout, ns.progress)

    crashes = [r for r in results if "crash" in r]
    errors = [r for r in results if "error" in r]
    timeouts = [r for r in results if "timeout" in r]
    print(
        f"files: {len(results)}  CourtparseError: {len(errors)}  other exceptions: {len(crashes)}"
        f"  timeouts: {len(timeouts)}"
    )
    for r in timeouts:
        print(f"  timeout  {r['file']}: {r['timeout']}")
    for r in errors:
        print(f"  error  {r['file']}: {r['error']}")
    for r in crashes:
        print(f"  CRASH  {r['file']}: {r['crash']}")

    stamp_total = stamp_ok = 0
    stamp_miss: list[str] = []
    court_total = court_ok = 0
    court_miss: list[str] = []
    unprinted: list[str] = []
    for r in results:
        row = manifest.get(str(r["file"]))
        if row is None or "crash" in r or "error" in r or "timeout" in r:
            if row is not None and row["file"].startswith("gov.uscourts") and row.get("stamp_text") == "yes":
                stamp_total += 1
                stamp_miss.append(f"{r['file']}: {r.get('error') or r.get('timeout') or 'crash'}")
            continue
        if row["file"].startswith("gov.uscourts") and row.get("stamp_text") == "yes" and row.get("document"):
            stamp_total += 1
            want_doc = int(row["document"])
            want_att = int(row["attachment"] or 0) or None
            if r.get("document") == want_doc and r.get("attachment") == want_att:
                stamp_ok += 1
            else:
                stamp_miss.append(
                    f"{r['file']}: got document={r.get('document')} attachment={r.get('attachment')} ({r.get('stamp')})"
                )
        if _court_checked(row) and str(r["file"]) in COURT_NOT_PRINTED:
            unprinted.append(f"{r['file']}: got {r.get('court_id')} ({COURT_NOT_PRINTED[str(r['file'])]})")
        elif _court_checked(row):
            court_total += 1
            if r.get("court_id") == MANIFEST_COURT_IDS.get(row["court_id"], row["court_id"]):
                court_ok += 1
            else:
                court_miss.append(f"{r['file']}: got {r.get('court_id')} want {row['court_id']}")

    def pct(a: int, b: int) -> str:
        return f"{100.0 * a / b:.1f}%" if b else "n/a"

    print(f"stamp document/attachment agreement: {stamp_ok}/{stamp_total} = {pct(stamp_ok, stamp_total)}")
    for m in stamp_miss:
        print(f"  miss  {m}")
    print(f"court_id agreement: {court_ok}/{court_total} = {pct(court_ok, court_total)}")
    for m in court_miss:
        print(f"  miss  {m}")
    print(f"court_id not compared, no court printed on the paper: {len(unprinted)}")
    for m in unprinted:
        print(f"  unprinted  {m}")
    for line in caption_report(results):
        print(line)
    layout_findings = _report_layout(results)
    if ns.speed:
        ok = [r for r in results if "parse_s" in r and "extract_s" in r]
        parse_s = sum(float(r["parse_s"]) for r in ok)  # type: ignore[arg-type]
        extract_s = sum(float(r["extract_s"]) for r in ok)  # type: ignore[arg-type]
        pages = sum(int(r["pages"] or 0) for r in ok)  # type: ignore[call-overload]
        print(
            f"speed: {pages} pages, parse {parse_s:.1f}s ({pages / parse_s:.1f} pages/s), "
            f"bare pdfplumber chars {extract_s:.1f}s, ratio {parse_s / extract_s:.2f}x"
        )

    # Holdings over pool and pool2 (issue 15): the generality check beside the labels.
    if ns.holdings:
        extra = sorted(str(p) for p in ns.pool2.rglob("*.pdf")) if ns.pool2.is_dir() else []
        more = run_isolated([(f, ns.backend, ns.ocr, False) for f in extra], ns.jobs, ns.timeout, ns.progress)
        for line in holdings_report([*results, *more]):
            print(line)
    return 1 if crashes or timeouts or layout_findings else 0


if __name__ == "__main__":
    sys.exit(main())
