"""Batch: many filings in, one JSON Lines record per filing out, on local cores or Dask.

One pure per-file function, :func:`process_one`, is what every engine maps: the local
pool below (our own handful of worker processes, only so that a file stuck in the PDF
layer can be killed and the run go on) and a ``dask.distributed`` cluster. Both feed
the same writer, which appends each record to ``DIR/documents.jsonl`` as soon as it is
done, so a crash loses nothing already written and ``resume`` knows what is done.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import glob
import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from courtparse.errors import (
    BatchError as BatchError,  # re-exported: raised by every batch entry point
)
from courtparse.errors import CourtparseError
from courtparse.pdf.source import read_regular_file, shown_name
from courtparse.records import JSONL_NAME, TIMINGS_NAME
from courtparse.serialize import scrub_unicode
from courtparse.textrecords import CSV_ESCAPE, parquet_rows, read_rows, record_format

PDF_SUFFIX = ".pdf"
TEXT_SUFFIX = ".txt"
LIST_PREFIX = "@"
"""``@paths.txt`` names a file that lists inputs, one a line (the argfile convention of
javac, gcc and pip's ``-r``); a bare ``paths.txt`` is a text filing to parse."""
MAX_TASKS_PER_WORKER = 200
"""A worker is replaced after this many files: pdfminer's caches grow over a long run."""
LOCK_NAME = ".courtparse-batch.lock"
"""In ``--out`` while a run writes there: a second run into the same folder is refused
(it would give every input a second record), naming the first run's pid."""
PARENT_CHECK_SECONDS = 0.5
"""How often a worker checks that the run that started it is alive: a worker whose
parent was killed (SIGKILL, a lost session) kills itself and what it started."""
MAX_IDLE_DEATHS = 5
"""Workers that die before taking any file, in a row, before the run gives up (a
broken installation, a forkserver that cannot fork): replacing them for ever would
hang the run."""
_GLOB_CHARS = frozenset("*?[")
ROW_MARK = "#row="
"""A text record's ``source`` is its file and row: ``/data/recap.csv.bz2#row=17`` (1-based,
the header not counted)."""
DEFAULT_ID_COLUMN = "id"


@attrs.frozen
class BatchSummary:
    """What one run did. ``files`` counts records written by this run; ``skipped``
    inputs already recorded by an earlier run (``resume``)."""

    out: Path
    files: int
    skipped: int
    pages: int
    errors: dict[str, int]
    seconds: float
    unit: str = "file"
    """What one record stands for: a ``file``, or a ``row`` of a record file."""

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())

    @property
    def parsed(self) -> int:
        """Records of this run that are parsed documents, not error records."""
        return self.files - self.n_errors

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        errors = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())) or "none"
        lines = [
            f"{self.unit + 's:':<9}{self.parsed} parsed this run, {self.n_errors} "
            + ("error" if self.n_errors == 1 else "errors")
            + (f", {self.skipped} already done (resume)" if self.skipped else ""),
            f"pages:   {self.pages}",
            f"errors:  {self.n_errors} ({errors})",
            f"time:    {self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s",
            f"records: {self.out / JSONL_NAME}",
        ]
        return "\n".join(lines)


# --------------------------------------------------------------------------- inputs


def _is_url(name: str) -> bool:
    return "://" in name


def _wanted(name: str) -> bool:
    """Folders are searched for PDFs: a download folder's notes and manifests are not
    filings. Text filings are parsed when named, globbed or listed, or when a folder
    holds no PDF at all (a folder of extracted text, see ``_folder_files``)."""
    return name.lower().endswith(PDF_SUFFIX)


def _folder_files(names: list[str]) -> list[str]:
    """The filings of a folder's files: its PDFs; a folder without any PDF is a folder
    of extracted text, and its ``.txt`` files are the filings."""
    pdfs = [n for n in names if _wanted(n)]
    return pdfs or [n for n in names if n.lower().endswith(TEXT_SUFFIX)]


def _expand_url(url: str, *, strict: bool) -> list[str]:
    """The files a URL names. A URL that cannot be listed (an unknown scheme, a
    protocol whose package is missing, a network error) refuses the run when named on
    the command line (``strict``), and is kept as one source when listed in an @file,
    so the worker that reads it gives it an error record saying why."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(url)
        if any(c in path for c in _GLOB_CHARS):
            found = [p for p in fs.glob(path) if not fs.isdir(p)]
        elif fs.isdir(path):
            found = _folder_files(list(fs.find(path)))
        else:
            found = [path]
        return [fs.unstrip_protocol(p) for p in sorted(found)]
    except Exception as exc:  # fsspec and its plug-ins raise ImportError, ValueError, OSError…
        if strict:
            raise BatchError(url, f"cannot list: {type(exc).__name__}: {exc}") from exc
        return [url]


def _walk(folder: str) -> list[str]:
    out: list[str] = []
    for root, dirs, files in os.walk(os.path.abspath(folder)):
        dirs.sort()
        out.extend(os.path.join(root, f) for f in sorted(files))
    return _folder_files(out)


def _expand_one(item: str, *, strict: bool, depth: int = 0) -> list[str]:
    if item.startswith(LIST_PREFIX):
        return _expand_list(item[len(LIST_PREFIX):], depth=depth)
    if _is_url(item):
        return _expand_url(item, strict=strict)
    if any(c in item for c in _GLOB_CHARS):
        out: list[str] = []
        for match in sorted(glob.glob(item, recursive=True)):
            out.extend(_walk(match) if os.path.isdir(match) else [os.path.abspath(match)])
        return out
    if os.path.isdir(item):
        return _walk(item)
    if strict and not os.path.exists(item):
        raise BatchError(item, "no such file or folder")
    # A missing path listed in an @file is data, not a usage error: it gets an error record.
    return [os.path.abspath(item)]


def _expand_list(list_path: str, *, depth: int) -> list[str]:
    if depth > 4:
        raise BatchError(list_path, "input lists nested more than 4 deep")
    try:
        # surrogateescape: a listed name that is not UTF-8 is read as os.fsdecode reads
        # it, so it names the same file (and is recorded with its bytes escaped).
        lines = Path(list_path).read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError as exc:
        raise BatchError(list_path, f"cannot read the input list: {exc.strerror}") from exc
    out: list[str] = []
    base = os.path.dirname(os.path.abspath(list_path))
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if not _is_url(entry) and not entry.startswith(LIST_PREFIX):
            entry = os.path.join(base, entry)  # relative to the list, like an argfile
        out.extend(_expand_one(entry, strict=False, depth=depth + 1))
    return out


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Every source the inputs name, once each, in order: files, folders (searched
    recursively for ``*.pdf``), globs (``**`` recursive), ``@list`` files and fsspec
    URLs (``s3://bucket/prefix/``). Local sources become absolute paths, so a resumed
    run started from another directory recognises them."""
    seen: dict[str, None] = {}
    for item in inputs:
        for source in _expand_one(os.fspath(item), strict=True):
            seen.setdefault(source, None)
    return list(seen)


# --------------------------------------------------------------------------- one file


def doc_id_of(data: bytes) -> str:
    """The full SHA-256 of the file's bytes, hex: the same file gets the same id on any
    machine and in any run, and ``sha256sum`` checks it."""
    return hashlib.sha256(data).hexdigest()


def read_source(source: str) -> bytes:
    """The bytes of a local regular file or an fsspec URL (fsspec imported only for
    URLs). Anything but a regular file (a FIFO, a device, a directory) is a
    ``SourceError`` saying what it is, raised without opening it for a blocking read."""
    if not _is_url(source):
        return read_regular_file(source, shown_name(source))
    try:
        import fsspec

        with fsspec.open(source, "rb") as fh:
            return bytes(fh.read())
    except Exception as exc:  # OSError, ValueError (unknown scheme), ImportError (no s3fs)
        raise _source_error(source, exc) from exc


def _source_error(source: str, exc: Exception) -> CourtparseError:
    from courtparse.errors import SourceError

    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return SourceError(shown_name(source), f"cannot read: {reason or type(exc).__name__}")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def error_record(
    source: str, error_type: str, message: str, doc_id: str | None = None
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "source": source,
        "pages": None,
        "error": {"type": error_type, "message": message},
    }


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None elsewhere (macOS, musl, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_freed_memory() -> None:
    """Hand the heap freed by the last file back to the OS (glibc keeps it otherwise).

    PDFium and pdfminer grow their per-document caches with every page of a long
    filing; closing the document frees them, but glibc keeps the freed heap in the
    process, so a worker that parsed a 391-page filing stayed at its peak for every file
    after it (issue 6). Run by the batch worker after each file, not by ``parse``: a
    library caller's process is the caller's to manage. A few ms per call."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _parse_bytes(
    source: str, data: bytes, backend: str | None, ocr: bool | None = None, citations: bool = False
) -> dict[str, Any]:
    if source.lower().endswith(TEXT_SUFFIX):
        from courtparse.pipeline import parse_text

        return parse_text(_decode(data), source=source, citations=citations).to_dict()
    from courtparse.pipeline import parse

    # Only what the caller chose is passed: parse's own defaults stay the defaults.
    options: dict[str, Any] = {}
    if backend is not None:
        options["backend"] = backend
    if ocr is not None:
        options["ocr"] = ocr
    if citations:
        options["citations"] = True
    return dict(parse(data, **options).to_dict())


def check_backend(name: str | None) -> None:
    """Refuse an unknown backend before any work, not once per file."""
    if name is None:
        return
    from courtparse.pdf import BACKENDS

    if name not in BACKENDS:
        choices = ", ".join(sorted(BACKENDS))
        raise BatchError(None, f"unknown PDF backend {name!r}; choose one of: {choices}")


def _exception_record(source: str, exc: BaseException, doc_id: str | None) -> dict[str, Any]:
    """The error record of an exception that is not a ``CourtparseError``."""
    if isinstance(exc, MemoryError):
        return error_record(
            source, "memory", "ran out of memory (MemoryError) on this file", doc_id
        )
    # a bug, or a backend failure we do not classify yet
    return error_record(source, "internal", f"{type(exc).__name__}: {exc}", doc_id)


def process_one(
    source: str, backend: str | None = None, *, ocr: bool | None = None, citations: bool = False
) -> dict[str, Any]:
    """Parse one source into its record: the document's JSON with ``doc_id`` and
    ``source`` set, or an error record. Never raises, so any engine can map it."""
    return _process(source, backend, ocr, None, citations)


def _process(
    source: str, backend: str | None, ocr: bool | None, on_id: Callable[[str], None] | None,
    citations: bool = False,
) -> dict[str, Any]:
    """``process_one``; ``on_id`` is told the doc_id as soon as the bytes are hashed
    (a local worker tells the parent, which cannot read the file itself, so a file
    that then times out or kills its worker keeps its id)."""
    shown = shown_name(source)
    try:
        data = read_source(source)
    except CourtparseError as exc:
        return error_record(shown, exc.kind, exc.cause)
    except Exception as exc:  # MemoryError on a huge file, a file system plug-in's own
        return _exception_record(shown, exc, None)
    doc_id = doc_id_of(data)
    if on_id is not None:
        on_id(doc_id)
    try:
        record = _parse_bytes(source, data, backend, ocr, citations)
    except CourtparseError as exc:
        return error_record(shown, exc.kind, exc.cause, doc_id)
    except Exception as exc:
        return _exception_record(shown, exc, doc_id)
    record.pop("doc_id", None)
    record.pop("source", None)
    return {"doc_id": doc_id, "source": shown, **record}


class TextTask(NamedTuple):
    """One row of a record file, as the parent hands it to a worker: its ``source``
    (file and row), ``doc_id`` (the row's id), its text, and the error the parent already
    knows the row has (no id, an id seen before, no text) instead of a text to parse."""

    source: str
    doc_id: str | None
    text: str | None
    error: tuple[str, str] | None = None


_Task = str | TextTask
"""What a worker is given: a source to read (path or URL), or a row's text."""


def _task_source(task: _Task) -> str:
    return task if isinstance(task, str) else task.source


def process_text(task: TextTask, *, citations: bool = False) -> dict[str, Any]:
    """The record of one text row: ``parse_text`` of its text with ``doc_id`` and
    ``source`` set, or an error record. Never raises."""
    if task.error is not None:
        return error_record(task.source, *task.error, task.doc_id)
    if task.text is None or not task.text.strip():
        return error_record(task.source, "no_text", "the row's text is empty", task.doc_id)
    from courtparse.pipeline import parse_text

    try:
        record = parse_text(task.text, source=task.source, citations=citations).to_dict()
    except CourtparseError as exc:
        return error_record(task.source, exc.kind, exc.cause, task.doc_id)
    except Exception as exc:
        return _exception_record(task.source, exc, task.doc_id)
    record.pop("doc_id", None)
    record.pop("source", None)
    return {"doc_id": task.doc_id, "source": task.source, **record}


_SCRUBBED_WARNING = (
    "{n} strings of this record were not valid Unicode (lone UTF-16 surrogates); "
    "each surrogate was replaced with U+FFFD when the record was written"
)


def _line_of(record: dict[str, Any]) -> str:
    """One JSON line, valid UTF-8 whatever the record holds: a string that is not valid
    Unicode (a parse_text caller's lone surrogate) is repaired and the record says so in
    ``warnings``; a value JSON cannot hold turns the record into an error record."""
    try:
        line = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        fallback = error_record(
            str(record.get("source")), "internal", f"record not serializable: {exc}",
            record.get("doc_id"),
        )
        return _line_of(fallback)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        scrubbed, changed = scrub_unicode(record)
        assert isinstance(scrubbed, dict)
        if isinstance(scrubbed.get("warnings"), list):
            scrubbed["warnings"].append(_SCRUBBED_WARNING.format(n=changed))
        line = json.dumps(scrubbed, ensure_ascii=False, allow_nan=False)
    return line


_Result = tuple[str, str, int, str | None]
"""(source, JSON line, pages, error type or None): what a worker hands the writer."""


def _result_of(record: dict[str, Any]) -> _Result:
    err = record.get("error")
    return (
        record["source"],
        _line_of(record),
        int(record.get("pages") or 0),
        err["type"] if isinstance(err, dict) else None,
    )


def _fallback_record(
    source: str, error_type: str, message: str, doc_id: str | None = None
) -> _Result:
    """For a file whose worker was killed or died: still one record, with the doc_id
    the worker reported before it stopped. The parent never opens an input itself:
    the file that stopped a worker (a FIFO, a device) would stop the parent too."""
    return _result_of(error_record(shown_name(source), error_type, message, doc_id))


# --------------------------------------------------------------------------- writer


class JsonlWriter:
    """Appends one record per line with a single unbuffered write each, so a killed
    run leaves whole lines. A write that fails part way (a full disk, a quota) is cut
    back to the last whole line before the error goes up, so the file stays one
    record per line and ``resume`` starts from it (a torn last line is left only by a
    power cut or a failing cut-back, and ``resume`` truncates it)."""

    def __init__(self, path: Path, *, fsync: bool = False) -> None:
        self.path = path
        self._fsync = fsync
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        self._size = os.fstat(self._fd).st_size

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        try:
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            if self._fsync:
                os.fsync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._size)
            raise
        self._size += len(data)

    def close(self) -> None:
        os.close(self._fd)


_TAIL_CHUNK = 1 << 16


def _cut_torn_tail(fh: Any) -> None:
    """Truncate ``fh`` after its last newline (a line torn by a power cut), reading
    backwards from the end in chunks, not the whole file."""
    size = fh.seek(0, os.SEEK_END)
    pos = size
    while pos > 0:
        start = max(0, pos - _TAIL_CHUNK)
        fh.seek(start)
        found = fh.read(pos - start).rfind(b"\n")
        if found >= 0:
            end = start + found + 1
            if end != size:
                fh.truncate(end)
            return
        pos = start
    fh.truncate(0)


@attrs.frozen
class Recorded:
    """What an earlier run wrote: the source of every record, the doc_id of every
    record that has one, and the sources of those that have none."""

    sources: frozenset[str]
    doc_ids: frozenset[str]
    sources_without_id: frozenset[str]


def recorded(path: Path) -> Recorded:
    """The records an earlier run wrote, read one line at a time after truncating a
    torn last line (a file of millions of records is never read whole)."""
    sources: set[str] = set()
    ids: set[str] = set()
    without_id: set[str] = set()
    if path.exists():
        with open(path, "r+b") as fh:
            _cut_torn_tail(fh)
            fh.seek(0)
            for raw in fh:
                try:
                    record = json.loads(raw)
                except ValueError:
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("source"), str):
                    continue
                sources.add(record["source"])
                if isinstance(record.get("doc_id"), str):
                    ids.add(record["doc_id"])
                else:
                    without_id.add(record["source"])
    return Recorded(frozenset(sources), frozenset(ids), frozenset(without_id))


def recorded_sources(path: Path) -> set[str]:
    """The sources an earlier run recorded, after truncating a torn last line."""
    return set(recorded(path).sources)


# --------------------------------------------------------------------------- lock


def _lock_holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "pid unknown"


@contextlib.contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir/LOCK_NAME`` for a run, refusing a second run into the same folder
    with a message naming the first one's pid.

    An exclusive ``flock`` on the file, not the file's existence, is the lock: the
    kernel drops it when its run dies however it dies, so the lock of a killed run is
    stale and simply taken over (no pid guessing). Where ``fcntl`` is missing
    (Windows) the pid written in the file decides: a lock whose pid is gone is taken."""
    path = out_dir / LOCK_NAME
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        fcntl = None  # type: ignore[assignment]
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                holder = _lock_holder(path)
                if holder != "pid unknown" and _pid_alive(int(holder.split()[1])):
                    raise BlockingIOError
        except BlockingIOError:
            os.close(fd)
            raise BatchError(
                str(out_dir),
                f"another courtparse batch ({_lock_holder(path)}) is writing to this folder; "
                "wait for it to finish or choose another --out",
            ) from None
        except BaseException:
            os.close(fd)
            raise
        # A run that just finished unlinks its lock file: if ours is that file, lock
        # the new one instead (otherwise two runs could each hold a different inode).
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


# --------------------------------------------------------------------------- local pool


def _pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (macOS): kill(0) is all we know
    return state not in (b"Z", b"X")


def _die_with_parent(parent_pid: int) -> None:
    """Start a thread that kills this worker, and its process group (an OCR engine it
    started), once the run that started it is gone. A worker is in its own process
    group (so a timeout can kill what it started) and, under forkserver, a child of the
    server, not of the run: neither a group kill nor a parent-death signal reaches it
    when the run is SIGKILLed, and a worker stuck in a file would live on, keeping the
    forkserver alive too (issue 17)."""

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if not _pid_alive(parent_pid):
                if hasattr(os, "killpg") and os.getpgrp() == os.getpid():
                    with contextlib.suppress(OSError):
                        os.killpg(0, signal.SIGKILL)
                os._exit(1)

    threading.Thread(target=watch, name="courtparse-parent-watch", daemon=True).start()


def _worker_main(
    conn: multiprocessing.connection.Connection,
    backend: str | None,
    ocr: bool | None,
    parent_pid: int | None = None,
    citations: bool = False,
) -> None:
    """A worker: parse each source the parent sends until it sends None or goes away.

    Sends ``("took", None)`` on receiving a file (a worker that dies before that is
    replaced and the file given to another: it is not the file's fault), ``("id",
    doc_id)`` once the file is read and hashed, then ``("done", result)``.
    Its own process group, so that a timeout kills what it started too (an OCR
    subprocess); Ctrl-C is the parent's to handle (it kills us). Whatever a file
    raises, MemoryError included, becomes that file's error record."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)
    if parent_pid is not None:
        _die_with_parent(parent_pid)

    def tell_id(doc_id: str) -> None:
        conn.send(("id", doc_id))

    while True:
        try:
            source = conn.recv()
        except (EOFError, OSError):
            return
        if source is None:
            return
        try:
            conn.send(("took", None))
            try:
                if isinstance(source, TextTask):
                    result = _result_of(process_text(source, citations=citations))
                else:
                    result = _result_of(_process(source, backend, ocr, tell_id, citations))
            except BaseException as exc:  # one record per file, whatever happens
                if isinstance(exc, (BrokenPipeError, EOFError)):
                    return  # the parent is gone
                if isinstance(source, TextTask):
                    result = _result_of(_exception_record(source.source, exc, source.doc_id))
                else:
                    result = _result_of(_exception_record(shown_name(source), exc, None))
            conn.send(("done", result))
            release_freed_memory()
        except (BrokenPipeError, EOFError, OSError):
            return


@attrs.define
class _Worker:
    proc: Any
    conn: multiprocessing.connection.Connection
    source: _Task | None = None
    took: bool = False
    doc_id: str | None = None
    started: float = 0.0
    done: int = 0


def default_start_method() -> str:
    """forkserver where it exists: workers fork from a clean server that has courtparse
    imported (cheap respawns, no threads of the parent inherited); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class _Feed:
    """The tasks still to run, pulled from their iterable one at a time when a worker
    is free (a stream of rows is never read ahead), with room to put one back."""

    def __init__(self, tasks: Iterable[_Task]) -> None:
        self._it = iter(tasks)
        self._back: deque[_Task] = deque()

    def __bool__(self) -> bool:
        if not self._back:
            try:
                self._back.append(next(self._it))
            except StopIteration:
                return False
        return True

    def pop(self) -> _Task:
        if not self:
            raise IndexError("no task left")
        return self._back.popleft()

    def push_back(self, task: _Task) -> None:
        self._back.appendleft(task)


class _LocalPool:
    """N worker processes, one file each at a time, and a watchdog that kills the
    worker of a file past its timeout and starts a new one. A worker that dies, busy
    or idle, is replaced while files remain."""

    def __init__(
        self, workers: int, backend: str | None, ocr: bool | None, start_method: str | None,
        citations: bool = False,
    ) -> None:
        method = start_method or default_start_method()
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            # Imported once in the server, so each (re)spawned worker starts warm;
            # a module that fails to import is skipped by multiprocessing.
            self._ctx.set_forkserver_preload(["courtparse.batch", "courtparse.pipeline"])
        self._n = workers
        self._backend = backend
        self._ocr = ocr
        self._citations = citations
        self._workers: list[_Worker] = []
        self._idle_deaths = 0
        self.timings: dict[str, tuple[float, str | None]] = {}
        """(wall seconds, doc_id) of each finished source, from its assignment to its
        record; the writer takes them out as it writes (see ``TIMINGS_NAME``)."""

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, self._backend, self._ocr, os.getpid(), self._citations),
            daemon=True, name="courtparse-batch-worker",
        )
        proc.start()
        child.close()
        return _Worker(proc=proc, conn=parent)

    @staticmethod
    def _kill(worker: _Worker) -> None:
        if hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                os.killpg(worker.proc.pid, signal.SIGKILL)
        worker.proc.kill()
        worker.proc.join()
        worker.conn.close()

    def _retire(self, worker: _Worker) -> None:
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        worker.proc.join(timeout=5)
        if worker.proc.is_alive():
            worker.proc.kill()
            worker.proc.join()
        worker.conn.close()

    def _replace_dead_idle(self, i: int) -> None:
        """Worker ``i`` died without a file (killed while idle, or before it started):
        start another, and give up if that keeps happening."""
        w = self._workers[i]
        w.proc.join()
        w.conn.close()
        self._idle_deaths += 1
        if self._idle_deaths > MAX_IDLE_DEATHS:
            raise BatchError(
                None,
                f"{self._idle_deaths} worker processes in a row died before taking a file "
                f"(last exit code {w.proc.exitcode}); the records so far are kept. "
                "A script that calls batch() needs `if __name__ == \"__main__\":` "
                "(see docs/batch.md)",
            )
        self._workers[i] = self._spawn()

    def _assign(self, pending: _Feed) -> None:
        """Give every idle worker a file, replacing the dead ones first."""
        for i in range(len(self._workers)):
            while self._workers[i].source is None and pending:
                w = self._workers[i]
                if not w.proc.is_alive():
                    self._replace_dead_idle(i)
                    continue
                task = pending.pop()
                try:
                    w.conn.send(task)
                except OSError:  # it died between the check and the send
                    pending.push_back(task)
                    self._replace_dead_idle(i)
                    continue
                # a row's id is known here; a file's comes from the worker once hashed
                doc_id = task.doc_id if isinstance(task, TextTask) else None
                w.source, w.took, w.doc_id, w.started = task, False, doc_id, time.monotonic()

    def current(self) -> str | None:
        """The file a worker has been on longest, for the progress bar."""
        busy = [(w.started, w.source) for w in list(self._workers) if w.source is not None]
        if not busy:
            return None
        task = min(busy, key=lambda b: b[0])[1]
        return _task_source(task) if task is not None else None

    def run(self, tasks: Iterable[_Task], timeout: float | None) -> Generator[_Result, None, None]:
        """The result of every task, in the order they finish. ``tasks`` is pulled one
        at a time when a worker is free: no more than one task per worker is in flight."""
        pending = _Feed(tasks)
        n = min(self._n, len(tasks)) if isinstance(tasks, list) else (self._n if pending else 0)
        self._workers = [self._spawn() for _ in range(n)]
        try:
            while True:
                self._assign(pending)
                busy = [w for w in self._workers if w.source is not None]
                if not busy:
                    return
                wait_for: float | None = None
                if timeout is not None:
                    first = min(w.started for w in busy) + timeout
                    wait_for = max(0.0, first - time.monotonic())
                multiprocessing.connection.wait(
                    [w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for
                )
                now = time.monotonic()
                for i, w in enumerate(self._workers):
                    if w.source is None:
                        continue
                    source = w.source
                    result, alive = self._collect(w, now, timeout)
                    if result is None:
                        if not alive:  # it died before it took the file: not the file's fault
                            assert source is not None
                            pending.push_back(source)
                            self._replace_dead_idle(i)
                        continue
                    self._idle_deaths = 0
                    if alive and w.done >= MAX_TASKS_PER_WORKER:
                        self._retire(w)
                        alive = False
                    if not alive and pending:
                        self._workers[i] = self._spawn()
                    yield result
        finally:
            for w in self._workers:
                if not w.proc.is_alive():
                    w.conn.close()
                elif w.source is None:
                    self._retire(w)
                else:
                    self._kill(w)

    def _collect(
        self, w: _Worker, now: float, timeout: float | None
    ) -> tuple[_Result | None, bool]:
        """The record of a worker's file if there is one now, and whether the worker
        lives on: its result, or an error record when it died or ran out of time
        (it is then dead); no record and dead when it died before taking the file."""
        assert w.source is not None
        source = _task_source(w.source)
        while True:
            try:
                if not w.conn.poll():
                    break
                kind, value = w.conn.recv()
            except (EOFError, OSError):
                break
            if kind == "took":
                w.took = True
                continue
            if kind == "id":
                w.doc_id = value
                continue
            w.source = None
            w.done += 1
            self.timings[shown_name(source)] = (now - w.started, w.doc_id)
            return value, True
        if not w.proc.is_alive():
            w.proc.join()
            w.conn.close()
            w.source = None
            if not w.took:
                return None, False
            self.timings[shown_name(source)] = (now - w.started, w.doc_id)
            message = f"the worker process died (exit code {w.proc.exitcode}) on this file"
            return _fallback_record(source, "crash", message, w.doc_id), False
        if timeout is not None and now - w.started >= timeout:
            self._kill(w)
            w.source = None
            self.timings[shown_name(source)] = (now - w.started, w.doc_id)
            message = f"stopped after the per-file timeout of {timeout:g} s"
            return _fallback_record(source, "timeout", message, w.doc_id), False
        return None, True


# --------------------------------------------------------------------------- Dask


def _run_dask(
    client: Any, sources: list[str], backend: str | None, ocr: bool | None, citations: bool = False
) -> Generator[_Result, None, None]:
    """Map :func:`process_one` over a dask.distributed cluster. Workers read the
    sources themselves (paths or URLs travel, not bytes); a task that fails outright
    (its worker killed too often: ``KilledWorker``) still gets an error record."""
    import distributed

    as_completed: Callable[..., Iterable[Any]] = distributed.as_completed

    futures = client.map(process_one, sources, backend=backend, ocr=ocr, citations=citations, pure=False)
    source_of = {f.key: s for f, s in zip(futures, sources, strict=True)}
    completed = as_completed(futures, with_results=False)
    del futures
    for future in completed:
        source = source_of.pop(future.key)
        if future.status == "error":
            exc = future.exception()
            yield _fallback_record(source, "crash", f"{type(exc).__name__}: {exc}")
        else:
            yield _result_of(future.result())
        future.release()


DASK_ROWS_PER_THREAD = 2
"""Rows submitted to a Dask cluster ahead of its threads: enough to keep every thread busy,
few enough that the texts in flight stay a handful per thread, never the file."""


def _run_dask_rows(
    client: Any, tasks: Iterable[TextTask], citations: bool
) -> Generator[_Result, None, None]:
    """Map :func:`process_text` over a dask.distributed cluster, a few rows per thread in
    flight: a row is submitted when one finishes, so the stream is read as the cluster
    works. A task that fails outright still gets an error record with its row's id."""
    import distributed

    threads = sum(client.nthreads().values()) or 1
    rows = iter(tasks)
    as_completed: Callable[..., Any] = distributed.as_completed
    completed = as_completed()
    task_of: dict[str, TextTask] = {}

    def submit_next() -> None:
        task = next(rows, None)
        if task is not None:
            future = client.submit(process_text, task, citations=citations, pure=False)
            task_of[future.key] = task
            completed.add(future)

    for _ in range(threads * DASK_ROWS_PER_THREAD):
        submit_next()
    for future in completed:
        task = task_of.pop(future.key)
        if future.status == "error":
            exc = future.exception()
            yield _result_of(error_record(task.source, "crash", f"{type(exc).__name__}: {exc}", task.doc_id))
        else:
            yield _result_of(future.result())
        future.release()
        submit_next()


# --------------------------------------------------------------------------- batch


def _largest_first(sources: list[str]) -> list[str]:
    """Big files first, so the run does not end with one worker on a 391-page filing
    while the others idle (longest-first keeps all workers busy to the end). Local
    files only: sizing URLs would cost a request each; they keep their order."""

    def size(source: str) -> int:
        if _is_url(source):
            return -1
        try:
            return os.path.getsize(source)
        except OSError:
            return -1

    return sorted(sources, key=size, reverse=True)  # stable: URLs stay in input order


def _progress_bar(total: int | None, enabled: bool | None, unit: str = "file") -> Any:
    from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(total=total, unit=unit, disable=not enabled, dynamic_ncols=True, file=sys.stderr)


def _output_folder(out: Path) -> Path:
    """``out``, created if need be; a path that is a file, or that cannot be created,
    is a one-line error."""
    if out.exists() and not out.is_dir():
        raise BatchError(
            str(out), "is a file, not a folder: --out names a folder for documents.jsonl"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(str(out), f"cannot create the output folder: {exc.strerror or exc}") from exc
    return out


@contextlib.contextmanager
def _one_line_os_errors(jsonl: Path) -> Iterator[None]:
    """An OSError writing the output (a full disk, a read-only or foreign folder) as a
    one-line ``BatchError``: the records written are whole lines and stay, so the run
    can be finished with ``resume``."""
    try:
        yield
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else str(jsonl)
        raise BatchError(
            where,
            f"cannot write: {exc.strerror or exc}; the records written so far are kept: "
            "fix that and run again with --resume",
        ) from exc


PROGRESS_SECONDS = 1.0
"""The progress bar is redrawn this often, with the file a worker has been on longest,
so a slow filing shows as such rather than as a frozen bar."""


def _tick(bar: Any, pool: _LocalPool | None) -> threading.Event:
    """Redraw ``bar`` every PROGRESS_SECONDS from a thread until the returned event is
    set (tqdm redraws only on an update, and a 391-page filing gives none for a while)."""
    stop = threading.Event()
    if bar.disable:
        return stop

    def tick() -> None:
        while not stop.wait(PROGRESS_SECONDS):
            current = pool.current() if pool is not None else None
            bar.set_description_str(
                os.path.basename(shown_name(current)) if current else "", refresh=False
            )
            bar.refresh()

    threading.Thread(target=tick, name="courtparse-progress", daemon=True).start()
    return stop


def _write_records(
    todo: Iterable[_Task],
    jsonl: Path,
    *,
    total: int | None = None,
    unit: str = "file",
    skipped: Callable[[], int] | None = None,
    start: float,
    fsync: bool,
    progress: bool | None,
    client: Any,
    workers: int | None,
    backend: str | None,
    ocr: bool | None,
    start_method: str | None,
    timeout: float | None,
    citations: bool = False,
) -> tuple[int, int, Counter[str]]:
    """Run the tasks of ``todo`` and append their records: (records, pages, errors).
    ``total``: tasks the bar counts to (default ``len(todo)``, None for a stream of
    unknown length); ``skipped``: how many rows the stream has skipped so far (resume),
    which the bar counts as done."""
    files = pages = 0
    errors: Counter[str] = Counter()
    writer = JsonlWriter(jsonl, fsync=fsync)
    timings = JsonlWriter(jsonl.with_name(TIMINGS_NAME))
    bar = _progress_bar(len(todo) if isinstance(todo, list) else total, progress, unit)
    results: Generator[_Result, None, None]
    pool: _LocalPool | None = None
    counted_skips = 0
    if client is not None and not isinstance(todo, list):
        results = _run_dask_rows(client, (t for t in todo if isinstance(t, TextTask)), citations)
    elif client is not None:
        results = _run_dask(client, [str(t) for t in todo], backend, ocr, citations)
    else:
        n = workers or os.cpu_count() or 1
        pool = _LocalPool(n, backend, ocr, start_method, citations)
        results = pool.run(todo, timeout)
    stop_ticks = _tick(bar, pool)
    try:
        for source, line, n_pages, error_type in results:
            writer.write(line)
            timing = pool.timings.pop(source, None) if pool is not None else None
            if timing is not None:
                timings.write(_timing_line(source, *timing, n_pages))
            files += 1
            pages += n_pages
            if error_type is not None:
                errors[error_type] += 1
            elapsed = time.monotonic() - start
            bar.set_postfix_str(
                f"{pages / elapsed if elapsed else 0:.1f} pages/s, {sum(errors.values())} errors",
                refresh=False,
            )
            step = 1
            if skipped is not None:
                step += skipped() - counted_skips
                counted_skips = skipped()
            bar.update(step)
    finally:
        stop_ticks.set()
        results.close()  # on an interrupt: stop the workers before the writer closes
        bar.close()
        writer.close()
        timings.close()
    return files, pages, errors


def _timing_line(source: str, seconds: float, doc_id: str | None, pages: int) -> str:
    return json.dumps(
        {"source": shown_name(source), "doc_id": doc_id, "seconds": round(seconds, 3), "pages": pages},
        ensure_ascii=True,
    )


def _start_fresh(jsonl: Path) -> None:
    """A run without ``resume``: an output that already holds records would give its inputs
    a second record each, so it is refused; stale timings of an earlier run are removed."""
    if jsonl.exists() and jsonl.stat().st_size > 0:
        raise BatchError(
            str(jsonl), "already holds records; pass resume=True (--resume) or another output"
        )
    jsonl.with_name(TIMINGS_NAME).unlink(missing_ok=True)


def batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    resume: bool = False,
    backend: str | None = None,
    ocr: bool | None = None,
    client: Any = None,
    progress: bool | None = None,
    start_method: str | None = None,
    fsync: bool = False,
    citations: bool = False,
    text_column: str | None = None,
    id_column: str = DEFAULT_ID_COLUMN,
    csv_escape: str | None = CSV_ESCAPE,
) -> BatchSummary:
    """Parse every input into ``out/documents.jsonl``, one record per source.

    With ``text_column``, the inputs are record files instead (CSV, JSON Lines or
    Parquet; CSV and JSON Lines also ``.gz``, ``.bz2``, ``.xz``), such as CourtListener's
    bulk files: each row's text is parsed with ``parse_text`` into one record, its
    ``doc_id`` the row's ``id_column`` and its ``source`` ``FILE#row=N``. Rows are read
    as workers take them, so the file is never held in memory; ``resume`` skips the rows
    whose id already has a record. ``csv_escape``: the CSV escape character (CourtListener
    writes ``\\"`` for a quote; None for strict RFC 4180).

    ``workers``: local processes (default: all cores). ``timeout``: seconds per file
    before its worker is killed and the file recorded as a ``timeout`` error (local
    pool only; on Dask a task cannot be stopped, see docs/batch.md). ``resume``:
    keep the records already in ``out`` and parse only the rest; without it an ``out``
    that already holds records is refused rather than given a second record per input.
    ``backend``, ``ocr``: passed to ``parse`` for PDFs (None: its defaults).
    ``citations``: also read case-law citations (the ``citations`` extra; about as
    costly as the rest of a parse, so off by default).
    ``client``: a ``distributed.Client`` to run on a Dask cluster instead.
    ``progress``: a bar on stderr (default: only when stderr is a terminal).
    """
    start = time.monotonic()
    check_backend(backend)
    sources = expand_inputs(inputs)
    if not sources:
        raise BatchError(None, "no input files found")
    if workers is not None and workers < 1:
        raise BatchError(None, f"workers must be at least 1, got {workers}")
    if timeout is not None and timeout <= 0:
        raise BatchError(None, f"timeout must be positive, got {timeout}")
    if text_column is not None:
        return _batch_text_records(
            sources, Path(out), text_column=text_column, id_column=id_column,
            csv_escape=csv_escape, start=start, resume=resume, fsync=fsync,
            progress=progress, client=client, workers=workers, start_method=start_method,
            timeout=timeout, citations=citations,
        )
    out_dir = _output_folder(Path(out))
    jsonl = out_dir / JSONL_NAME
    with _one_line_os_errors(jsonl), output_lock(out_dir):
        if resume:
            done = recorded_sources(jsonl)
        else:
            _start_fresh(jsonl)
            done = set()
        todo = _largest_first([s for s in sources if shown_name(s) not in done])
        files, pages, errors = _write_records(
            todo, jsonl, start=start, fsync=fsync, progress=progress, client=client,
            workers=workers, backend=backend, ocr=ocr, start_method=start_method,
            timeout=timeout, citations=citations,
        )
    return BatchSummary(
        out=out_dir,
        files=files,
        skipped=len(sources) - len(todo),
        pages=pages,
        errors=dict(errors),
        seconds=time.monotonic() - start,
    )


# --------------------------------------------------------------------------- text records


def _check_record_file(path: str, text_column: str, id_column: str, csv_escape: str | None) -> None:
    """Refuse, before any work, an input that is not a record file or lacks a column."""
    if record_format(path) is None:
        raise BatchError(
            shown_name(path),
            "with --text-column every input is a record file: .csv, .jsonl or .parquet "
            "(CSV and JSON Lines also .gz, .bz2, .xz)",
        )
    rows = read_rows(path, text_column, id_column, csv_escape=csv_escape)
    try:
        next(rows, None)
    except CourtparseError as exc:
        raise BatchError(exc.source, exc.cause) from exc
    finally:
        rows.close()


def _id_key(doc_id: str) -> int | str:
    """A row's id as kept to find duplicates: CourtListener's numeric ids as ints (half
    the memory of their strings), any other id (or one with leading zeros) as it is."""
    if doc_id.isascii() and doc_id.isdigit() and (doc_id == "0" or not doc_id.startswith("0")):
        return int(doc_id)
    return doc_id


def _text_tasks(
    files: list[str],
    *,
    text_column: str,
    id_column: str,
    csv_escape: str | None,
    done: Recorded,
    skipped: Counter[str],
) -> Iterator[TextTask]:
    """The rows of ``files`` still to record, one at a time. Each row gets one record
    over all runs: a row whose id has a record (or, for a row without an id of its own,
    whose source has one) is skipped and counted in ``skipped``; a row without an id,
    or with an id an earlier row has, gets an error record with doc_id null, so that no
    two records share a doc_id. Holds the ids seen (not the texts) to find duplicates:
    a numeric id as an int, about 65 bytes a row."""
    seen: set[int | str] = set()
    for path in files:
        shown = shown_name(path)
        for row in read_rows(path, text_column, id_column, csv_escape=csv_escape):
            source = f"{shown}{ROW_MARK}{row.row}"
            if row.id is None:
                if source in done.sources_without_id:
                    skipped["rows"] += 1
                    continue
                yield TextTask(source, None, None, ("no_id", f"the {id_column!r} column is empty"))
                continue
            key = _id_key(row.id)
            if key in seen:
                if source in done.sources_without_id:
                    skipped["rows"] += 1
                    continue
                message = (
                    f"id {row.id!r} again: an earlier row has it, and its record is doc_id {row.id!r}"
                )
                yield TextTask(source, None, None, ("duplicate_id", message))
                continue
            seen.add(key)
            if row.id in done.doc_ids:
                skipped["rows"] += 1
                continue
            if row.text is None:
                message = f"the {text_column!r} column is empty"
                yield TextTask(source, row.id, None, ("no_text", message))
                continue
            yield TextTask(source, row.id, row.text)


def _batch_text_records(
    sources: list[str],
    out: Path,
    *,
    text_column: str,
    id_column: str,
    csv_escape: str | None,
    start: float,
    resume: bool,
    fsync: bool,
    progress: bool | None,
    client: Any,
    workers: int | None,
    start_method: str | None,
    timeout: float | None,
    citations: bool,
) -> BatchSummary:
    """``batch`` over the rows of record files (``text_column`` given)."""
    for path in sources:
        _check_record_file(path, text_column, id_column, csv_escape)
    sizes = [parquet_rows(p) for p in sources]
    total = sum(n for n in sizes if n is not None) if all(n is not None for n in sizes) else None
    out_dir = _output_folder(out)
    jsonl = out_dir / JSONL_NAME
    with _one_line_os_errors(jsonl), output_lock(out_dir):
        if resume:
            done = recorded(jsonl)
        else:
            _start_fresh(jsonl)
            done = Recorded(frozenset(), frozenset(), frozenset())
        skipped: Counter[str] = Counter()
        tasks = _text_tasks(
            sources, text_column=text_column, id_column=id_column, csv_escape=csv_escape,
            done=done, skipped=skipped,
        )
        files, pages, errors = _write_records(
            tasks, jsonl, total=total, unit="row", skipped=lambda: skipped["rows"],
            start=start, fsync=fsync, progress=progress, client=client, workers=workers,
            backend=None, ocr=None, start_method=start_method, timeout=timeout,
            citations=citations,
        )
    return BatchSummary(
        out=out_dir, files=files, skipped=skipped["rows"], pages=pages, errors=dict(errors),
        seconds=time.monotonic() - start, unit="row",
    )
