"""Batch under faults (issue 17): whatever an input or the machine does, every input
gets exactly one record, the run says what went wrong in one line, and it leaves
nothing behind (no torn line, no temporary table, no process)."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import courtparse.batch as cb
from courtparse.batch import BatchError, batch, output_lock, process_one
from courtparse.cli import main
from tests.test_batch import by_source, make_pdf, read_records

CLI = [sys.executable, "-c", "from courtparse.cli import run; run()"]
HAS_FORK = "fork" in multiprocessing.get_all_start_methods()
needs_fork = pytest.mark.skipif(not HAS_FORK, reason="patches reach workers only by fork")
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="FIFOs, /proc and /dev/zero as on Linux"
)


def one_record_each(out: Path, sources: list[str]) -> dict[str, dict[str, Any]]:
    """The records of ``out``, checked to be valid UTF-8 with exactly one per source."""
    raw = (out / "documents.jsonl").read_bytes()
    raw.decode("utf-8")  # strict: the file is valid UTF-8
    assert raw.endswith(b"\n")
    records = by_source(read_records(out))
    assert sorted(records) == sorted(sources)
    return records


@pytest.fixture
def texts(tmp_path: Path, examples_dir: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    text = (examples_dir / "ndcal-order-denying-leave.txt").read_text()
    for i in range(6):
        (d / f"order-{i}.txt").write_text(text + f"\nfiling {i}\n")
    return d


# --------------------------------------------------------------------------- encoding


def test_a_lone_surrogate_and_a_non_utf8_name_are_written(
    tmp_path: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """corpus/bad/lone_surrogate_tounicode.pdf maps a glyph to U+D800: the record's text
    holds U+FFFD and says so; a file name that is not UTF-8 is recorded with its byte
    escaped; neither stops the run, `parse --json` or a resumed run."""
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(shared_dir / "corpus" / "bad" / "lone_surrogate_tounicode.pdf", d / "surrogate.pdf")
    latin1 = os.fsdecode(bytes(d) + b"/ordonnance-r\xe9f\xe9r\xe9e.pdf")
    make_pdf(Path(latin1), pages=1)
    make_pdf(d / "plain.pdf", pages=1)
    out = tmp_path / "out"
    summary = batch([str(d)], out, workers=2, progress=False)
    shown = str(d / "ordonnance-r\\xe9f\\xe9r\\xe9e.pdf")
    records = one_record_each(out, [str(d / "surrogate.pdf"), shown, str(d / "plain.pdf")])
    assert summary.errors == {}
    surrogate = records[str(d / "surrogate.pdf")]
    assert "GR\ufffdNTED" in surrogate["text"]
    assert "\U00010000" in surrogate["text"]  # a pair of halves is its character
    assert any("U+FFFD" in w and w.startswith("page 1:") for w in surrogate["warnings"])
    assert records[shown]["pages"] == 1
    again = batch([str(d)], out, workers=1, resume=True, progress=False)
    assert (again.files, again.skipped) == (0, 3)
    lst = tmp_path / "inputs.lst"  # the name's bytes in a list file name the same file
    lst.write_bytes(os.fsencode(latin1) + b"\n")
    batch([f"@{lst}"], tmp_path / "listed", workers=1, progress=False)
    assert "error" not in one_record_each(tmp_path / "listed", [shown])[shown]

    for path in (str(d / "surrogate.pdf"), latin1):
        assert main(["parse", "--json", path]) == 0
        printed = json.loads(capsys.readouterr().out)
        printed["source"].encode("utf-8")
        printed["text"].encode("utf-8")


def test_a_record_that_is_not_valid_unicode_is_repaired_and_says_so() -> None:
    """The writer's last guard (text handed to parse_text by a caller)."""
    record = {"doc_id": "x", "source": "a.txt", "text": "a\ud800b", "warnings": []}
    line = cb._line_of(record)
    back = json.loads(line.encode("utf-8"))
    assert back["text"] == "a\ufffdb"
    assert back["warnings"] == [cb._SCRUBBED_WARNING.format(n=1)]


# --------------------------------------------------------------------------- inputs that are not files


@linux_only
def test_fifo_device_and_directory_are_error_records_not_hangs(
    tmp_path: Path, texts: Path
) -> None:
    """The parent never opens an input, and workers read regular files only: a FIFO
    named x.pdf (blocks on open), a symlink to /dev/zero (never ends) each get an
    error record saying what they are, without waiting for a timeout."""
    os.mkfifo(texts / "pipe.pdf")
    os.symlink("/dev/zero", texts / "zero.pdf")
    sources = [*map(str, sorted(texts.glob("*.txt"))), str(texts / "pipe.pdf"), str(texts / "zero.pdf")]
    lst = tmp_path / "inputs.lst"
    lst.write_text("\n".join(sources) + "\n")
    start = time.monotonic()
    summary = batch([f"@{lst}"], tmp_path / "out", workers=2, timeout=60, progress=False)
    assert time.monotonic() - start < 30
    records = one_record_each(tmp_path / "out", sources)
    assert records[str(texts / "pipe.pdf")]["error"] == {
        "type": "source", "message": "is a FIFO (named pipe), not a regular file"}
    assert records[str(texts / "zero.pdf")]["error"]["message"] == (
        "is a character device, not a regular file")
    assert summary.errors == {"source": 2}
    assert summary.parsed == 6
    assert process_one(str(tmp_path))["error"]["message"] == "is a directory, not a file"


@needs_fork
def test_a_timeout_record_keeps_the_id_the_worker_reported(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker that times out reported the file's doc_id after hashing it: the
    parent, which never reads inputs, still records it."""

    def hang(source: str, data: bytes, *args: Any) -> dict[str, Any]:
        time.sleep(600)
        raise AssertionError

    monkeypatch.setattr(cb, "_parse_bytes", hang)
    src = str(texts / "order-0.txt")
    batch([src], tmp_path / "out", workers=1, timeout=1, start_method="fork", progress=False)
    record = one_record_each(tmp_path / "out", [src])[src]
    assert record["error"]["type"] == "timeout"
    assert record["doc_id"] == cb.doc_id_of(Path(src).read_bytes())


@linux_only
def test_a_huge_file_is_an_error_record(tmp_path: Path, texts: Path) -> None:
    """A sparse 1 TB file: its worker gets MemoryError reading it (an address-space
    limit makes that certain), the run records it and goes on."""
    huge = texts / "huge.pdf"
    with open(huge, "wb") as fh:
        fh.truncate(1 << 40)
    script = (
        "import resource; resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30));"
        "from courtparse.cli import run; run()"
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", script, "batch", str(texts), f"{texts}/*.txt", "--out", str(out),
         "--workers", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    sources = [str(huge), *map(str, sorted(texts.glob("*.txt")))]
    record = one_record_each(out, sources)[str(huge)]
    assert record["error"] == {
        "type": "source", "message": f"too large to read into memory ({1 << 40:,} bytes)"}


def test_memory_error_while_parsing_is_a_record(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exhausted(*args: Any) -> dict[str, Any]:
        raise MemoryError

    monkeypatch.setattr(cb, "_parse_bytes", exhausted)
    record = process_one(str(texts / "order-0.txt"))
    assert record["error"]["type"] == "memory"
    assert record["doc_id"] is not None


@pytest.mark.parametrize("entry", ["nosuchscheme://bucket/a.pdf", "http://127.0.0.1:9/a.pdf"])
def test_a_listed_url_that_cannot_be_read_is_a_record(
    tmp_path: Path, texts: Path, entry: str
) -> None:
    """An @list entry with an unknown scheme or an unreachable (or, without aiohttp,
    unsupported) http URL becomes an error record; the rest of the list runs."""
    lst = tmp_path / "inputs.lst"
    lst.write_text(f"{texts / 'order-0.txt'}\n{entry}\n")
    batch([f"@{lst}"], tmp_path / "out", workers=1, progress=False)
    records = one_record_each(tmp_path / "out", [str(texts / "order-0.txt"), entry])
    assert records[entry]["error"]["type"] == "source"
    assert "error" not in records[str(texts / "order-0.txt")]


def test_a_url_named_on_the_command_line_that_cannot_be_listed_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", "nosuchscheme://bucket/", "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("courtparse: error: nosuchscheme://bucket/: cannot list: ")
    assert err.count("\n") == 1


# --------------------------------------------------------------------------- dead workers


@needs_fork
def test_a_worker_killed_while_idle_is_replaced(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one worker, a worker killed before it takes a file must not end the run
    (it ended with exit 0 and the records so far): a new one takes the file."""
    spawn = cb._LocalPool._spawn
    killed: list[int] = []

    def spawn_and_kill_first(self: Any) -> Any:
        worker = spawn(self)
        if not killed:
            killed.append(worker.proc.pid)
            os.kill(worker.proc.pid, signal.SIGKILL)
            worker.proc.join()
        return worker

    monkeypatch.setattr(cb._LocalPool, "_spawn", spawn_and_kill_first)
    sources = [str(p) for p in sorted(texts.glob("*.txt"))]
    summary = batch(sources, tmp_path / "out", workers=1, start_method="fork", progress=False)
    assert killed
    one_record_each(tmp_path / "out", sources)
    assert (summary.parsed, summary.errors) == (6, {})


def _one_file_then_die(conn: Any, *_options: Any) -> None:
    """A worker that answers one file, then dies idle (killed by the OOM killer, say)."""
    source = conn.recv()
    if source is None:  # the run is over
        return
    conn.send(("done", cb._result_of(process_one(source))))
    os.kill(os.getpid(), signal.SIGKILL)


@needs_fork
def test_workers_that_die_between_files_cost_no_record(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cb, "_worker_main", _one_file_then_die)
    sources = [str(p) for p in sorted(texts.glob("*.txt"))]
    batch(sources, tmp_path / "out", workers=1, start_method="fork", progress=False)
    records = one_record_each(tmp_path / "out", sources)
    # A worker that dies before it says it took a file costs that file nothing: the
    # file goes to the next worker.
    assert all("error" not in r for r in records.values())


@needs_fork
def test_workers_that_never_start_stop_the_run_with_a_message(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cb, "_worker_main", lambda *args: os._exit(7))
    with pytest.raises(BatchError, match="died before taking a file"):
        batch([str(texts)+"/*.txt"], tmp_path / "out", workers=1, start_method="fork",
              progress=False)


# --------------------------------------------------------------------------- the output folder


def test_a_second_run_into_the_same_output_is_refused(
    tmp_path: Path, texts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    sources = [str(p) for p in sorted(texts.glob("*.txt"))]
    with output_lock(out):
        with pytest.raises(BatchError, match=rf"another courtparse batch \(pid {os.getpid()}\)"):
            batch(sources, out, workers=1, resume=True, progress=False)
        assert main(["batch", *sources, "--out", str(out), "--resume"]) == 1
        assert f"(pid {os.getpid()}) is writing to this folder" in capsys.readouterr().err
    assert not (out / cb.LOCK_NAME).exists()
    batch(sources, out, workers=1, progress=False)
    one_record_each(out, sources)
    assert not (out / cb.LOCK_NAME).exists()


def test_a_stale_lock_of_a_dead_run_is_taken_over(tmp_path: Path, texts: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / cb.LOCK_NAME).write_text(f"{dead.pid}\n")
    sources = [str(texts / "order-0.txt")]
    batch(sources, out, workers=1, progress=False)
    one_record_each(out, sources)


SLOW_RUN_SCRIPT = """
import sys, time
import courtparse.batch as cb

# Module level, so it also runs where multiprocessing imports this script: in the
# forkserver (and so in every worker it forks) and in each spawned worker.
_parse = cb._parse_bytes


def _slow(source, data, *args):
    if "hang" in source:
        time.sleep(600)
    if "slow" in source:
        time.sleep(3)
    return _parse(source, data, *args)


cb._parse_bytes = _slow

if __name__ == "__main__":
    out, method, timeout, *inputs = sys.argv[1:]
    cb.batch(inputs, out, workers=2, resume=True, progress=False, start_method=method,
             timeout=float(timeout) if timeout != "-" else None)
"""


@pytest.fixture
def slow_run(tmp_path: Path) -> list[str]:
    """A batch run as a script whose files named *slow* take 3 s and *hang* forever."""
    script = tmp_path / "slow_run.py"
    script.write_text(SLOW_RUN_SCRIPT)
    return [sys.executable, str(script)]


def test_two_real_runs_into_one_output(tmp_path: Path, texts: Path, slow_run: list[str]) -> None:
    """Two batch processes on one --out (80 records for 40 inputs before the lock): the
    second is refused naming the first's pid, the first finishes."""
    shutil.copy(texts / "order-0.txt", texts / "slow-filing.txt")
    out = tmp_path / "out"
    cmd = [*slow_run, str(out), "forkserver", "-", f"{texts}/*.txt"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (out / cb.LOCK_NAME).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        _, first_err = first.communicate(timeout=120)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, first_err
    assert second.returncode == 1
    assert f"another courtparse batch (pid {first.pid}) is writing to this folder" in second.stderr
    one_record_each(out, [str(p) for p in texts.glob("*.txt")])


def test_out_naming_a_file_is_a_message(
    tmp_path: Path, texts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("")
    assert main(["batch", str(texts / "order-0.txt"), "--out", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"courtparse: error: {target}: is a file, not a folder: "
        "--out names a folder for documents.jsonl\n")


def _in_private_mount(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``sh -c script`` in a mount namespace of its own (root, or user namespaces),
    so a read-only bind or a small tmpfs is seen by that run only and vanishes with it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs unshare(1) to mount a private file system")
    prefix = [unshare, "--mount"] if os.geteuid() == 0 else [unshare, "--user", "--map-root-user", "--mount"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.decode().strip()}")
    return subprocess.run([*prefix, "sh", "-c", script, "sh", *args],
                          capture_output=True, text=True, timeout=120)


@linux_only
def test_a_read_only_output_is_a_one_line_message(tmp_path: Path, texts: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cli = " ".join(f"'{a}'" for a in CLI)
    done = _in_private_mount(
        f'mount --bind -o ro "$1" "$1" && {cli} batch "$2" --out "$1"', str(out), f"{texts}/*.txt")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"courtparse: error: {out}")
    assert "Read-only file system" in lines[0]
    assert list(out.iterdir()) == []  # and the folder is as it was


FULL_DISK_SCRIPT = """
import json, os, sys
from courtparse.cli import main

def run(out, texts):
    filler = os.path.join(out, "filler")
    with open(filler, "wb") as fh:
        fh.write(b"x" * 30000)
    args = ["batch", texts + "/*.txt", "--out", out, "--workers", "1"]
    code = main([*args, "--format", "parquet"])
    raw = open(os.path.join(out, "documents.jsonl"), "rb").read()
    left = sorted(n for n in os.listdir(out) if n not in ("documents.jsonl", "timings.jsonl", "filler"))
    os.unlink(filler)
    again = main([*args, "--resume"])
    final = open(os.path.join(out, "documents.jsonl"), "rb").read()
    print(json.dumps({
        "code": code, "whole": raw.endswith(b"\\n") or raw == b"",
        "written": raw.count(b"\\n"), "left": left, "again": again,
        "sources": [json.loads(line)["source"] for line in final.splitlines()],
    }))

if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2])
"""


@linux_only
def test_a_full_disk_stops_with_a_message_and_resumes_to_one_record_each(
    tmp_path: Path, texts: Path
) -> None:
    """A 64 kB tmpfs fills after a few records: the run stops with one line, the file
    holds whole lines only; with space again, --resume gives one record per input."""
    script_py = tmp_path / "full.py"
    script_py.write_text(FULL_DISK_SCRIPT)
    out = tmp_path / "out"
    out.mkdir()
    done = _in_private_mount(
        f'mount -t tmpfs -o size=64k tmpfs "$1" && {sys.executable} "$3" "$1" "$2"',
        str(out), str(texts), str(script_py))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 1
    assert "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr
    assert result["whole"]
    assert result["written"] < 6
    assert result["left"] == []  # no lock, no .parquet.tmp
    assert result["again"] == 0
    assert sorted(result["sources"]) == sorted(str(p) for p in texts.glob("*.txt"))


def test_a_failed_write_is_cut_back_to_whole_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that stops part way (ENOSPC after some bytes) leaves no torn line."""
    path = tmp_path / "documents.jsonl"
    writer = cb.JsonlWriter(path)
    writer.write('{"source": "a"}')
    real_write = os.write

    def short_then_full(fd: int, data: Any) -> int:
        if len(data) > 5:
            return real_write(fd, bytes(data[:5]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(OSError, match="No space"):
        writer.write('{"source": "b"}')
    monkeypatch.undo()
    writer.close()
    assert path.read_bytes() == b'{"source": "a"}\n'


# --------------------------------------------------------------------------- parent killed


def _session_processes(sid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] not in (b"Z", b"X"):
            pids.append(int(entry.name))
    return pids


@pytest.fixture
def session_reaper() -> Iterator[list[int]]:
    """Sessions a test started: whatever is left in them is killed at the end."""
    sessions: list[int] = []
    yield sessions
    for sid in sessions:
        for pid in _session_processes(sid):
            with __import__("contextlib").suppress(OSError):
                os.kill(pid, signal.SIGKILL)


@linux_only
@pytest.mark.parametrize("start_method", ["forkserver", "spawn"])
def test_parent_sigkill_leaves_no_process_and_resume_completes(
    tmp_path: Path, texts: Path, start_method: str, session_reaper: list[int],
    slow_run: list[str],
) -> None:
    """SIGKILL of the run alone (not its process group: workers have groups of their
    own): its workers, one stuck in a file, and the forkserver go too; --resume then
    gives one record per input."""
    shutil.copy(texts / "order-0.txt", texts / "hang.txt")
    out = tmp_path / "out"
    cmd = [*slow_run, str(out), start_method]
    proc = subprocess.Popen([*cmd, "-", f"{texts}/*.txt"], start_new_session=True)
    session_reaper.append(proc.pid)
    deadline = time.monotonic() + 60
    # every file but the one that hangs is done: a worker is stuck on it
    while time.monotonic() < deadline and (
        not (out / "documents.jsonl").exists()
        or (out / "documents.jsonl").read_bytes().count(b"\n") < 6
    ):
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    assert len(_session_processes(proc.pid)) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while _session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_processes(proc.pid) == []
    done = subprocess.run([*cmd, "1", f"{texts}/*.txt"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    records = one_record_each(out, [str(p) for p in texts.glob("*.txt")])
    assert records[str(texts / "hang.txt")]["error"]["type"] == "timeout"


# --------------------------------------------------------------------------- the summary and messages


def test_the_summary_counts_errors_apart_from_parsed(tmp_path: Path, texts: Path) -> None:
    (texts / "login.pdf").write_text("<html>PACER login</html>")
    (texts / "empty.pdf").write_bytes(b"")
    summary = batch([str(texts), f"{texts}/*.txt"], tmp_path / "out", workers=1, progress=False)
    assert (summary.files, summary.parsed, summary.n_errors) == (8, 6, 2)
    text = summary.format()
    assert "files:   6 parsed this run, 2 errors\n" in text
    assert "errors:  2 (not_a_pdf 2)" in text


def test_messages_without_a_source_name_no_placeholder(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    assert main(["batch", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err == "courtparse: error: no INPUT given (or pass --samples)\n"
    with pytest.raises(BatchError) as info:
        batch([str(tmp_path)], tmp_path / "o", workers=0)
    assert str(info.value) == "no input files found"


# --------------------------------------------------------------------------- Parquet


def test_parquet_writes_what_fits_and_reports_what_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One integer beyond int64 ("Document 99999999999999999999999") stopped all Parquet
    output with OverflowError: it is now null, and reported."""
    pq = pytest.importorskip("pyarrow.parquet")
    big = 99999999999999999999999
    records = [
        {"doc_id": "a" * 64, "source": "a.pdf", "pages": 1, "text": "x",
         "ecf": {"case_number": "1:20-cv-1", "document": big, "attachment": None,
                 "filed": "2020-01-02", "page_count": 1},
         "case_numbers": [{"raw": "No. 1", "number": big, "year": 2020}], "warnings": []},
        {"doc_id": "b" * 64, "source": "b.pdf", "pages": 1, "text": "y\ud800",
         "ecf": {"document": 12}, "warnings": []},
    ]
    (tmp_path / "documents.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    reported: list[str] = []
    from courtparse.tables import write_tables

    counts = write_tables(tmp_path, include_text=True, on_warning=reported.append)
    assert counts["documents"] == 2
    docs = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    assert [d["ecf_document"] for d in docs] == [None, 12]
    assert docs[1]["text"] == "y\ufffd"
    assert pq.read_table(tmp_path / "case_numbers.parquet").to_pylist()[0]["number"] is None
    assert reported == [
        f"documents.ecf_document: {big} does not fit the column's type; written as null "
        f"(doc_id {'a' * 64})",
        f"case_numbers.number: {big} does not fit the column's type; written as null "
        f"(doc_id {'a' * 64})",
    ]
    assert main(["tables", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("courtparse: warning: ") == 2
    assert not list(tmp_path.glob(".*.tmp"))


def _slow(source: str, data: bytes, *args: Any) -> dict[str, Any]:
    time.sleep(2.5)
    return _ORIGINAL_PARSE(source, data, *args)


_ORIGINAL_PARSE = cb._parse_bytes


@needs_fork
def test_the_bar_moves_during_a_slow_file_and_names_it(
    tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cb, "_parse_bytes", _slow)
    slow = texts / "slow-filing.txt"
    shutil.copy(texts / "order-0.txt", slow)
    batch([str(slow)], tmp_path / "out", workers=1, start_method="fork", progress=True)
    err = capsys.readouterr().err
    assert "slow-filing.txt" in err
    assert err.count("\r") >= 3  # redrawn while the file ran, not only at its end
