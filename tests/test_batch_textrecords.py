"""Batch over text records (issue 11): rows of CourtListener-shaped bulk files (CSV, also
.gz/.bz2, JSON Lines, Parquet) in, one record per row keyed by its id out; and a folder of
.txt files."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

import courtparse.batch as cb
from courtparse.batch import batch
from courtparse.cli import main
from courtparse.errors import SourceError
from courtparse.textrecords import TextRow, read_rows, record_format
from tests.fixtures.generate import recap_text, short_recap_text, write_recap_csv
from tests.test_batch import read_records
from tests.test_batch_faults import (
    CLI,
    HAS_FORK,
    linux_only,
    session_reaper,  # noqa: F401  (a fixture, used by name)
)

needs_fork = pytest.mark.skipif(not HAS_FORK, reason="patches reach workers only by fork")


def rows_of(out: Path) -> dict[str, dict[str, Any]]:
    """The records of ``out`` by source, checked: exactly one per source, and no doc_id
    on two records."""
    records = read_records(out)
    sources = [r["source"] for r in records]
    assert len(sources) == len(set(sources)), "a row has two records"
    ids = [r["doc_id"] for r in records if r["doc_id"] is not None]
    assert len(ids) == len(set(ids)), "two records share a doc_id"
    return {r["source"]: r for r in records}


# --------------------------------------------------------------------------- readers


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("recap.csv", ("csv", None)),
        ("RECAP-documents-2024-12-31.CSV.BZ2", ("csv", ".bz2")),
        ("opinions.csv.gz", ("csv", ".gz")),
        ("rows.jsonl.xz", ("jsonl", ".xz")),
        ("rows.ndjson", ("jsonl", None)),
        ("rows.parquet", ("parquet", None)),
        ("rows.parquet.gz", None),  # Parquet compresses its own pages
        ("order.txt", None),
        ("order.pdf", None),
        ("recap.csv.zip", None),
    ],
)
def test_record_format_by_suffix(name: str, expected: tuple[str, str | None] | None) -> None:
    assert record_format(name) == expected


# CourtListener's export (PostgreSQL COPY … ESCAPE '\\', FORCE_QUOTE *): \" is a quote, \\ a
# backslash; RFC 4180's doubled quote is read too; a field runs over many lines.
COURTLISTENER_CSV = (
    '"id","plain_text","court_id"\n'
    '"1","ORDER\n\nThe \\"Motion\\" is DENIED.\nC:\\\\docs\\\\a.pdf\n","cand"\n'
    '"2","He said ""no"".","nysd"\n'
    '"3","","cand"\n'
    '"","orphan text","cand"\n'
)


@pytest.mark.parametrize("suffix", ["", ".gz", ".bz2", ".xz"])
def test_csv_rows_with_courtlistener_escapes(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"recap.csv{suffix}"
    data = COURTLISTENER_CSV.encode("utf-8")
    compress = {"": lambda b: b, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
    path.write_bytes(compress[suffix](data))
    assert list(read_rows(path, "plain_text", "id")) == [
        TextRow(1, "1", 'ORDER\n\nThe "Motion" is DENIED.\nC:\\docs\\a.pdf\n'),
        TextRow(2, "2", 'He said "no".'),
        TextRow(3, "3", None),
        TextRow(4, None, "orphan text"),
    ]


def test_rfc4180_csv_keeps_its_backslashes(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text('id,text\n7,"C:\\docs\\, ""quoted"""\n', encoding="utf-8")
    assert list(read_rows(path, "text", "id", csv_escape=None)) == [
        TextRow(1, "7", 'C:\\docs\\, "quoted"')
    ]


def test_a_huge_field_is_read(tmp_path: Path) -> None:
    """A filing's text is far over the csv module's default field limit (128 KiB)."""
    big = "The motion is GRANTED. " * 40_000
    path = tmp_path / "big.csv"
    path.write_text(f'id,plain_text\n1,"{big}"\n', encoding="utf-8")
    assert list(read_rows(path, "plain_text", "id")) == [TextRow(1, "1", big)]


def test_jsonl_rows(tmp_path: Path) -> None:
    path = tmp_path / "opinions.jsonl.gz"
    lines = [
        {"id": 42, "plain_text": "ORDER\nDENIED."},
        {"id": 43.0, "plain_text": None},
        "not an object",
        {"plain_text": "no id"},
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\n\n{not json\n"
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    assert list(read_rows(path, "plain_text", "id")) == [
        TextRow(1, "42", "ORDER\nDENIED."),
        TextRow(2, "43", None),
        TextRow(3, None, None),
        TextRow(4, None, "no id"),
        TextRow(5, None, None),
    ]


def test_parquet_rows_in_batches(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 50  # more than one batch of PARQUET_BATCH_ROWS
    table = pa.table({
        "id": pa.array(range(1, n + 1), pa.int64()),
        "plain_text": [None if i == 7 else f"text {i}" for i in range(n)],
    })
    path = tmp_path / "rows.parquet"
    pq.write_table(table, path, row_group_size=20)
    rows = list(read_rows(path, "plain_text", "id"))
    assert len(rows) == n
    assert rows[0] == TextRow(1, "1", "text 0")
    assert rows[7] == TextRow(8, "8", None)
    assert rows[-1] == TextRow(n, str(n), f"text {n - 1}")


@pytest.mark.parametrize("name", ["recap.csv", "rows.jsonl", "rows.parquet"])
def test_a_missing_column_names_the_columns_there_are(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"id": [1], "text": ["x"]}), path)
    elif name.endswith(".csv"):
        path.write_text("id,text\n1,x\n")
    else:
        path.write_text('{"id": 1, "text": "x"}\n')
    rows = read_rows(path, "plain_text", "id")
    if name.endswith(".jsonl"):  # JSON Lines has no header: each row lacks it
        assert list(rows) == [TextRow(1, "1", None)]
        return
    with pytest.raises(SourceError, match=r"no column 'plain_text'; its columns: 'id', 'text'"):
        list(rows)


def test_a_truncated_bz2_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "recap.csv.bz2"
    write_recap_csv(path, 300)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(SourceError, match="cannot read: EOFError"):
        list(read_rows(path, "plain_text", "id"))


# --------------------------------------------------------------------------- batch


def test_one_record_per_row_keyed_by_its_id(tmp_path: Path) -> None:
    src = tmp_path / "recap.csv.bz2"
    ids = write_recap_csv(src, 6)
    with bz2.open(src, "at", encoding="utf-8") as fh:  # a second bz2 stream: still one file
        fh.write(f'"{ids[2]}","a second row with the id of row 3","cand","1","1"\n')
        fh.write('"","a row without an id","cand","1","1"\n')
        fh.write('"9999","","cand","1","1"\n')
    out = tmp_path / "parsed"
    summary = batch([src], out, text_column="plain_text", workers=2, progress=False)
    records = rows_of(out)
    assert len(records) == 9
    assert (summary.files, summary.parsed, summary.skipped) == (9, 6, 0)
    assert summary.errors == {"duplicate_id": 1, "no_id": 1, "no_text": 1}
    first = records[f"{src}#row=1"]
    assert first["doc_id"] == ids[0]
    assert first["pages"] == 2
    assert first["ecf"]["case_number"] == "3:20-cv-00000-JST"
    assert first["caption"]["title"] == "ORDER GRANTING MOTION TO DISMISS"
    assert first["holdings"]["disposition"] == "granted"
    assert "error" not in records[f"{src}#row=3"]
    assert records[f"{src}#row=7"] == {
        "doc_id": None, "source": f"{src}#row=7", "pages": None,
        "error": {"type": "duplicate_id", "message": (
            f"id '{ids[2]}' again: an earlier row has it, and its record is doc_id '{ids[2]}'")},
    }
    assert records[f"{src}#row=8"]["error"] == {
        "type": "no_id", "message": "the 'id' column is empty"}
    assert records[f"{src}#row=9"]["doc_id"] == "9999"
    timings = [json.loads(t) for t in (out / "timings.jsonl").read_text().splitlines()]
    assert sorted(t["source"] for t in timings) == sorted(records)
    assert {t["doc_id"] for t in timings} == {r["doc_id"] for r in records.values()}
    assert records[f"{src}#row=9"]["error"] == {
        "type": "no_text", "message": "the 'plain_text' column is empty"}

    again = batch([src], out, text_column="plain_text", workers=1, resume=True, progress=False)
    assert (again.files, again.skipped) == (0, 9)


def test_resume_gives_the_rows_left_one_record_each(tmp_path: Path) -> None:
    """Records lost at any point (a run killed before them) are written by --resume, the
    duplicate and id-less rows too, and none twice: the first record of the id that has a
    duplicate is among those lost, so resume must not take the duplicate for the first."""
    src = tmp_path / "recap.csv"
    ids = write_recap_csv(src, 8)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write(f'"{ids[1]}","dup","cand","1","1"\n"","no id","cand","1","1"\n')
    out = tmp_path / "parsed"
    batch([src], out, text_column="plain_text", workers=1, progress=False)
    jsonl = out / "documents.jsonl"
    lines = jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if json.loads(ln)["source"] not in
            (f"{src}#row=2", f"{src}#row=5", f"{src}#row=10")]
    assert len(kept) == len(lines) - 3
    jsonl.write_text("".join(kept) + kept[-1][: len(kept[-1]) // 2], encoding="utf-8")  # torn
    again = batch([src], out, text_column="plain_text", workers=2, resume=True, progress=False)
    assert (again.files, again.skipped) == (3, 7)
    records = rows_of(out)
    assert sorted(records) == sorted(f"{src}#row={n}" for n in range(1, 11))
    assert records[f"{src}#row=2"]["doc_id"] == ids[1]
    assert records[f"{src}#row=9"]["error"]["type"] == "duplicate_id"


def test_jsonl_and_parquet_inputs_together(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": [1, 2], "plain_text": [recap_text(1), recap_text(2)]}),
                   tmp_path / "a.parquet")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": 3, "plain_text": recap_text(3)}) + "\n"
        + json.dumps({"id": 1, "plain_text": "again"}) + "\n", encoding="utf-8")
    out = tmp_path / "parsed"
    summary = batch([tmp_path / "a.parquet", tmp_path / "b.jsonl"], out,
                    text_column="plain_text", workers=2, progress=False)
    records = rows_of(out)
    assert summary.errors == {"duplicate_id": 1}  # ids are keys across the inputs
    assert cb._id_key("42") == 42
    assert [cb._id_key(k) for k in ("042", "0", "4a", "٣")] == ["042", 0, "4a", "٣"]
    assert {r["doc_id"] for r in records.values()} == {"1", "2", "3", None}
    assert records[f"{tmp_path / 'b.jsonl'}#row=1"]["caption"]["parties"][0]["name"] == "JANE ROE 3"


def test_inputs_that_cannot_run_are_one_line_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "recap.csv"
    write_recap_csv(src, 2)
    (tmp_path / "order.txt").write_text("ORDER")
    cases = [
        ([str(src), "--text-column", "text"], "no column 'text'; its columns: 'id', 'plain_text'"),
        ([str(src), "--text-column", "plain_text", "--id-column", "pk"], "no column 'pk'"),
        ([str(tmp_path / "order.txt"), "--text-column", "plain_text"],
         "with --text-column every input is a record file"),
    ]
    for args, message in cases:
        assert main(["batch", *args, "--out", str(tmp_path / "out")]) == 1
        err = capsys.readouterr().err
        assert message in err, err
        assert err.count("\n") == 1, err
    assert not (tmp_path / "out" / "documents.jsonl").exists()


def test_rows_on_a_dask_cluster_give_the_local_records(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src = tmp_path / "recap.jsonl.bz2"
    body = "".join(json.dumps({"id": 70 + i % 9, "plain_text": recap_text(i)}) + "\n"
                   for i in range(12))  # ids 70-78 then 70-72 again
    src.write_bytes(bz2.compress(body.encode("utf-8")))
    batch([src], tmp_path / "local", text_column="plain_text", workers=2, progress=False)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        summary = batch([src], tmp_path / "dask", text_column="plain_text", client=client,
                        progress=False)
    assert summary.errors == {"duplicate_id": 3}
    assert rows_of(tmp_path / "dask") == rows_of(tmp_path / "local")


@needs_fork
def test_a_row_past_the_timeout_keeps_its_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import courtparse.pipeline

    real = courtparse.pipeline.parse_text

    def hang_on_row_2(text: str, *args: Any, **kwargs: Any) -> Any:
        if "JANE ROE 1," in text:
            time.sleep(600)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(courtparse.pipeline, "parse_text", hang_on_row_2)
    src = tmp_path / "recap.csv.gz"
    ids = write_recap_csv(src, 3)
    out = tmp_path / "parsed"
    # a worker's first parse imports the extractors' models: seconds on a loaded machine
    summary = batch([src], out, text_column="plain_text", workers=2, timeout=10,
                    start_method="fork", progress=False)
    records = rows_of(out)
    assert summary.errors == {"timeout": 1}
    assert records[f"{src}#row=2"]["doc_id"] == ids[1]
    assert records[f"{src}#row=2"]["error"]["type"] == "timeout"


def test_rows_are_pulled_as_workers_take_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent never reads ahead of its workers: with 2 workers, at most 2 rows plus
    the one it peeked at are out of the file and not yet recorded."""
    src = tmp_path / "recap.csv"
    write_recap_csv(src, 40)
    pulled = 0
    real = cb.read_rows
    worst = 0

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal pulled
        for row in real(*args, **kwargs):
            pulled += 1
            yield row

    monkeypatch.setattr(cb, "read_rows", counting)
    real_write = cb.JsonlWriter.write
    written = 0

    def write(self: cb.JsonlWriter, line: str) -> None:
        nonlocal written, worst
        if self.path.name == cb.JSONL_NAME:  # not timings.jsonl
            worst = max(worst, pulled - written)
            written += 1
        real_write(self, line)

    monkeypatch.setattr(cb.JsonlWriter, "write", write)
    batch([src], tmp_path / "out", text_column="plain_text", workers=2, progress=False)
    assert written == 40
    assert 2 <= worst <= 4  # 2 in workers, 1 peeked, 1 pulled by the column check


def test_a_folder_of_text_files(tmp_path: Path) -> None:
    """A folder with no PDF in it is a folder of extracted text: its .txt files are the
    filings. A folder with PDFs keeps its notes out."""
    texts = tmp_path / "texts"
    (texts / "sub").mkdir(parents=True)
    for i, name in enumerate(["a.txt", "sub/b.TXT"]):
        (texts / name).write_text(recap_text(i), encoding="utf-8")
    (texts / "manifest.csv").write_text("id\n")
    out = tmp_path / "parsed"
    summary = batch([texts], out, workers=1, progress=False)
    assert summary.parsed == 2
    records = rows_of(out)
    assert sorted(records) == [str(texts / "a.txt"), str(texts / "sub" / "b.TXT")]
    assert records[str(texts / "a.txt")]["ecf"]["case_number"] == "3:20-cv-00000-JST"
    assert cb.expand_inputs([texts]) == sorted(records)
    (texts / "sub" / "c.pdf").write_bytes(b"%PDF-1.4")
    assert cb.expand_inputs([texts]) == [str(texts / "sub" / "c.pdf")]


# --------------------------------------------------------------------------- killed and resumed


@linux_only
def test_a_2000_row_csv_killed_part_way_then_resumed(
    tmp_path: Path, session_reaper: list[int]  # noqa: F811  (the fixture imported above)
) -> None:
    """The CLI over a 2,000-row bz2 CSV (some ids twice, some rows without text) is killed
    with SIGKILL, its whole process group, part way; --resume then gives exactly one record
    per row, no doc_id twice."""
    src = tmp_path / "recap.csv.bz2"
    ids = write_recap_csv(src, 1990, text=short_recap_text)
    with bz2.open(src, "at", encoding="utf-8") as fh:
        for k in range(10):  # rows 1991-2000: ids of earlier rows, and ids without text
            fh.write(f'"{ids[k * 150] if k % 2 else 90000 + k}","{"" if k % 2 == 0 else "x"}",'
                     '"cand","1","1"\n')
    out = tmp_path / "parsed"
    cmd = [*CLI, "batch", str(src), "--text-column", "plain_text", "--id-column", "id",
           "--out", str(out), "--workers", "2", "--no-progress"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    session_reaper.append(proc.pid)
    jsonl = out / "documents.jsonl"
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None and (
            not jsonl.exists() or jsonl.read_bytes().count(b"\n") < 100
        ):
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    first = jsonl.read_bytes().count(b"\n")
    assert 100 <= first < 2000
    done = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "already done (resume)" in done.stdout
    records = rows_of(out)
    assert sorted(records) == sorted(f"{src}#row={n}" for n in range(1, 2001))
    errors = [r["error"]["type"] for r in records.values() if "error" in r]
    assert sorted(errors) == ["duplicate_id"] * 5 + ["no_text"] * 5
    assert {r["doc_id"] for r in records.values()} >= set(ids)
