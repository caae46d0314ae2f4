"""Batch: one record per input, errors as records, resume after SIGKILL, timeouts, Dask."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import courtparse.batch as cb
from courtparse.batch import BatchError, batch, expand_inputs, process_one, recorded_sources

REPO = Path(__file__).resolve().parent.parent

ORDER_LINES = [
    "UNITED STATES DISTRICT COURT",
    "NORTHERN DISTRICT OF CALIFORNIA",
    "",
    "LOOP AI LABS INC,",
    "Plaintiff,",
    "v.",
    "ANNA GATTI, et al.,",
    "Defendants.",
    "Case No. 15-cv-00798-HSG (DMR)",
    "ORDER DENYING ADMINISTRATIVE MOTION FOR LEAVE TO FILE MOTIONS TO COMPEL",
    "Re: Dkt. No. 337",
    "The court has received Defendant Almaxwave USA, Inc.'s administrative motion",
    "for leave to file motions to compel discovery. [Docket Nos. 337, 340.]",
    "The parties shall submit a joint letter by no later than January 15, 2016.",
    "IT IS SO ORDERED.",
    "Dated: January 6, 2016",
    "Donna M. Ryu",
    "United States Magistrate Judge",
]


def make_pdf(path: Path, pages: int = 2, tag: str = "") -> Path:
    """A small real PDF with a text layer: an order in the N.D. Cal. style."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)
    for page in range(1, pages + 1):
        c.setFont("Times-Roman", 11)
        c.drawString(72, 760, f"Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page {page} of {pages}")
        c.setFont("Times-Roman", 12)
        y = 720
        for line in ORDER_LINES:
            c.drawString(90, y, line + (f" {tag}" if line.startswith("The court") else ""))
            y -= 18
        c.showPage()
    c.save()
    return path


def has_pdf_parse() -> bool:
    import importlib.util

    return importlib.util.find_spec("courtparse.pipeline") is not None


needs_parse = pytest.mark.skipif(
    not has_pdf_parse(), reason="courtparse.parse (the PDF pipeline) is not in this tree yet"
)


def read_records(out: Path) -> list[dict[str, Any]]:
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def by_source(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        assert r["source"] not in out, f"two records for {r['source']}"
        out[r["source"]] = r
    return out


@pytest.fixture
def mixed_inputs(tmp_path: Path, examples_dir: Path) -> Path:
    """A download folder as users have them: text filings, real PDFs, a text file saved
    as .pdf, an empty .pdf, a nested folder, and a manifest that is not a filing."""
    d = tmp_path / "in"
    (d / "nested").mkdir(parents=True)
    for txt in sorted(examples_dir.glob("*.txt")):
        shutil.copy(txt, d / txt.name)
        shutil.copy(txt, d / "nested" / txt.name)
    make_pdf(d / "order-a.pdf", pages=2, tag="A")
    make_pdf(d / "nested" / "order-b.PDF", pages=1, tag="B")
    (d / "saved-login-page.pdf").write_text("<html><body>Please log in to PACER</body></html>")
    (d / "empty.pdf").write_bytes(b"")
    (d / "MANIFEST.tsv").write_text("file\tpages\n")
    return d


# --------------------------------------------------------------------------- inputs


def test_expand_inputs_folder_glob_list_and_dedupe(mixed_inputs: Path, tmp_path: Path) -> None:
    lst = tmp_path / "paths.lst"
    lst.write_text(
        "# one a line, relative to this list\n\nin/order-a.pdf\nin/missing.pdf\n"
    )
    got = expand_inputs([mixed_inputs, f"{mixed_inputs}/**/*.txt", f"@{lst}"])
    names = [os.path.relpath(s, mixed_inputs) for s in got]
    assert names == [
        "empty.pdf", "order-a.pdf", "saved-login-page.pdf", "nested/order-b.PDF",
        "ndcal-order-denying-leave.txt", "ndcal-second-order-unilateral-letters.txt",
        "nested/ndcal-order-denying-leave.txt", "nested/ndcal-second-order-unilateral-letters.txt",
        "missing.pdf",
    ]
    assert all(os.path.isabs(s) for s in got)


def test_expand_inputs_rejects_a_missing_argument(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="no such file or folder"):
        expand_inputs([tmp_path / "nope"])


def test_expand_inputs_fsspec_memory_url() -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/cp-bucket/downloads/a.pdf", b"%PDF-1.4 not really")
    fs.pipe("/cp-bucket/downloads/sub/b.pdf", b"%PDF-1.4 not really")
    fs.pipe("/cp-bucket/downloads/notes.md", b"x")
    got = expand_inputs(["memory://cp-bucket/downloads/"])
    assert got == ["memory:///cp-bucket/downloads/a.pdf", "memory:///cp-bucket/downloads/sub/b.pdf"]


# --------------------------------------------------------------------------- one file


def test_process_one_text_record_and_doc_id(examples_dir: Path) -> None:
    path = examples_dir / "ndcal-order-denying-leave.txt"
    record = process_one(str(path))
    assert record["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record["source"] == str(path)
    assert "error" not in record
    assert "IT IS SO ORDERED" in record["text"]


@pytest.mark.parametrize(
    ("content", "error_type"),
    [
        pytest.param(b"", "not_a_pdf", id="empty"),
        pytest.param(b"<html><body>PACER login</body></html>", "not_a_pdf", id="html-as-pdf"),
    ],
)
@needs_parse
def test_process_one_bad_input_is_an_error_record(
    tmp_path: Path, content: bytes, error_type: str
) -> None:
    path = tmp_path / "filing.pdf"
    path.write_bytes(content)
    record = process_one(str(path))
    assert record["source"] == str(path)
    assert record["error"]["type"] == error_type, record
    assert record["error"]["message"]
    assert record["doc_id"] == hashlib.sha256(content).hexdigest()


def test_process_one_reads_fsspec_urls(examples_dir: Path) -> None:
    import fsspec

    data = (examples_dir / "ndcal-order-denying-leave.txt").read_bytes()
    fsspec.filesystem("memory").pipe("/cp-bucket/texts/order.txt", data)
    url = "memory:///cp-bucket/texts/order.txt"
    record = process_one(url)
    assert (record["source"], record["doc_id"]) == (url, hashlib.sha256(data).hexdigest())
    assert record == {**process_one(str(examples_dir / "ndcal-order-denying-leave.txt")),
                      "source": url}
    missing = process_one("memory:///cp-bucket/texts/gone.txt")
    assert missing["error"]["type"] == "source"


def test_process_one_missing_file_has_no_doc_id(tmp_path: Path) -> None:
    record = process_one(str(tmp_path / "gone.txt"))
    assert record["error"]["type"] == "source"
    assert record["doc_id"] is None


# --------------------------------------------------------------------------- local pool


def test_batch_one_record_per_input(mixed_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = [str(mixed_inputs), f"{mixed_inputs}/**/*.txt"]
    summary = batch(inputs, out, workers=2, progress=False)
    records = read_records(out)
    expected = expand_inputs(inputs)
    assert sorted(by_source(records)) == sorted(expected)
    assert summary.files == len(expected) == 8
    errors = {os.path.basename(r["source"]): r["error"]["type"] for r in records if "error" in r}
    assert "empty.pdf" in errors
    assert "saved-login-page.pdf" in errors
    if has_pdf_parse():
        assert errors == {"empty.pdf": "not_a_pdf", "saved-login-page.pdf": "not_a_pdf"}
        pdf = by_source(records)[str(mixed_inputs / "order-a.pdf")]
        assert pdf["pages"] == 2
        assert summary.pages >= 3
    assert summary.n_errors == len(errors)
    # the same bytes give the same id wherever they are
    texts = [r for r in records if r["source"].endswith("ndcal-order-denying-leave.txt")]
    assert len({r["doc_id"] for r in texts}) == 1


def test_batch_refuses_to_write_second_records(mixed_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = batch([f"{mixed_inputs}/*.txt"], out, workers=1, progress=False)
    with pytest.raises(BatchError, match="resume"):
        batch([f"{mixed_inputs}/*.txt"], out, workers=1, progress=False)
    again = batch([f"{mixed_inputs}/**/*.txt"], out, workers=1, resume=True, progress=False)
    assert (first.files, again.skipped, again.files) == (2, 2, 2)
    by_source(read_records(out))  # no source twice


def test_resume_truncates_a_torn_last_line(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    src = str(examples_dir / "ndcal-order-denying-leave.txt")
    other = str(examples_dir / "ndcal-second-order-unilateral-letters.txt")
    whole = json.dumps(process_one(src))
    torn = json.dumps(process_one(other))[:50]  # a power cut in the middle of a write
    (out / "documents.jsonl").write_text(whole + "\n" + torn)
    assert recorded_sources(out / "documents.jsonl") == {src}
    summary = batch([src, other], out, resume=True, workers=1, progress=False)
    assert (summary.skipped, summary.files) == (1, 1)
    assert sorted(by_source(read_records(out))) == sorted([src, other])


def _hang_on_marked_files(source: str, data: bytes, *args: Any) -> dict[str, Any]:
    if "hang" in os.path.basename(source):
        time.sleep(600)
    if "crash" in os.path.basename(source):
        os._exit(3)  # a segfault in a native PDF library looks like this to the parent
    return _ORIGINAL_PARSE(source, data, *args)


_ORIGINAL_PARSE = cb._parse_bytes


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_timeout_and_crash_become_error_records(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that hangs the parser is killed at the timeout and recorded; a file that
    kills its worker is recorded; every other file finishes. The patch reaches the
    workers because they are forked from this process."""
    monkeypatch.setattr(cb, "_parse_bytes", _hang_on_marked_files)
    d = tmp_path / "in"
    d.mkdir()
    text = (examples_dir / "ndcal-order-denying-leave.txt").read_text()
    names = ["a.txt", "hang-1.txt", "b.txt", "crash.txt", "c.txt", "hang-2.txt", "d.txt", "e.txt"]
    for name in names:
        (d / name).write_text(text + f"\n{name}\n")
    start = time.monotonic()
    summary = batch([f"{d}/*.txt"], tmp_path / "out", workers=2, timeout=1.5,
                    start_method="fork", progress=False)
    elapsed = time.monotonic() - start
    records = by_source(read_records(tmp_path / "out"))
    kinds = {os.path.basename(s): r.get("error", {}).get("type") for s, r in records.items()}
    assert kinds == {
        "a.txt": None, "b.txt": None, "c.txt": None, "d.txt": None, "e.txt": None,
        "hang-1.txt": "timeout", "hang-2.txt": "timeout", "crash.txt": "crash",
    }
    hung = records[str(d / "hang-1.txt")]
    assert hung["doc_id"] == hashlib.sha256((d / "hang-1.txt").read_bytes()).hexdigest()
    assert "1.5 s" in hung["error"]["message"]
    assert summary.errors == {"timeout": 2, "crash": 1}
    assert elapsed < 20  # the hung workers were killed, not waited for


# --------------------------------------------------------------------------- SIGKILL + resume


@needs_parse
def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path: Path, examples_dir: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(16):
        make_pdf(d / f"order-{i:02d}.pdf", pages=3, tag=f"#{i}")
    for txt in examples_dir.glob("*.txt"):
        shutil.copy(txt, d / txt.name)
    (d / "bad.pdf").write_bytes(b"%PDF-1.4\n truncated")
    inputs = [str(d), f"{d}/*.txt"]
    cmd = [sys.executable, "-c", "from courtparse.cli import run; run()", "batch", *inputs,
           "--workers", "1", "--no-progress"]

    whole = tmp_path / "whole"
    subprocess.run([*cmd, "--out", str(whole)], check=True, capture_output=True, timeout=120)
    expected = by_source(read_records(whole))
    assert len(expected) == 19

    out = tmp_path / "killed"
    proc = subprocess.Popen([*cmd, "--out", str(out)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    jsonl = out / "documents.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if jsonl.exists() and jsonl.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed: give it more work"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: parent and workers
    proc.wait()
    partial = read_records(out)
    assert 4 <= len(partial) < len(expected)

    done = subprocess.run([*cmd, "--out", str(out), "--resume"], check=True,
                          capture_output=True, text=True, timeout=120)
    assert f"{len(partial)} already done" in done.stdout
    assert by_source(read_records(out)) == expected


# --------------------------------------------------------------------------- Dask


def test_dask_local_cluster_gives_the_local_pool_records(mixed_inputs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    inputs = [str(mixed_inputs), f"{mixed_inputs}/**/*.txt"]
    batch(inputs, tmp_path / "local", workers=2, progress=False)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        summary = batch(inputs, tmp_path / "dask", client=client, progress=False)
    assert summary.files == 8
    assert by_source(read_records(tmp_path / "dask")) == by_source(read_records(tmp_path / "local"))


def test_timings_hold_one_line_per_record_of_this_run(mixed_inputs: Path, tmp_path: Path) -> None:
    """``timings.jsonl`` beside the records: a fresh run drops an earlier run's lines (a
    stale file in an empty output), ``--resume`` adds only the files it parses."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "timings.jsonl").write_text('{"source": "old.pdf", "seconds": 99.0}\n', encoding="utf-8")
    inputs = [str(mixed_inputs), f"{mixed_inputs}/**/*.txt"]
    batch(inputs, out, workers=2, progress=False)
    timings = [json.loads(line) for line in (out / "timings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(t["source"] for t in timings) == sorted(r["source"] for r in read_records(out))
    assert all(t["seconds"] >= 0 for t in timings)
    batch(inputs, out, workers=2, progress=False, resume=True)
    assert len((out / "timings.jsonl").read_text(encoding="utf-8").splitlines()) == len(timings)
