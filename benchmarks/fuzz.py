"""Damaged and hostile PDFs: does ``parse`` either give a record or raise its own error,
within a time and memory limit, and never lose text without saying so?

    .venv/bin/python benchmarks/fuzz.py                       # 600 mutants, both backends
    .venv/bin/python benchmarks/fuzz.py --mutants 60 --seed 7 --backend pdfium

Mutants are made from 20 real filings of ``../shared/corpus/pool`` and ``pool2`` (every
k-th file of at most ``MAX_PAGES`` pages, so a run is reproducible) by a seeded generator:
byte flips, truncation, zeroed blocks, a broken xref table or ``startxref``, a broken page
tree, deep nesting, a decompression bomb and a document of many pages. Each parse runs in a
child process with a CPU-time and an address-space limit. Outcomes:

- ``parsed`` — a Document; ``clear error`` — a ``CourtparseError`` naming the file;
- ``other exception`` — anything else (a bug); ``timeout``; ``memory limit``;
- ``text lost without a warning`` — parsed, but with less than ``LOST_SHARE`` of the text the
  unharmed file gives and no warning in ``Document.warnings``.

The last four must be 0. The script prints counts per backend and per mutation, and the
first examples of each bad outcome (mutation, seed, file) so each can be reproduced.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.fixtures.generate import raw_pdf as _pdf  # noqa: E402  (one PDF writer for fixtures and mutants)

SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))
SOURCES = 20
MAX_PAGES = 30
"""Source filings longer than this are left out: a mutant run stays minutes, not hours."""
TIME_LIMIT_S = 60
MEMORY_LIMIT_MB = 3000
LOST_SHARE = 0.5
MADE_UP = ("bomb", "deep nesting", "many pages")
"""Mutations that make a document of their own: no source text to have lost."""
BAD = ("other exception", "timeout", "memory limit", "text lost without a warning")

Mutator = Callable[[bytes, random.Random], bytes]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randint(len(data) // 10, len(data) - 1)]


def _zero_block(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    size = rng.randint(64, 8192)
    return data[:start] + bytes(min(size, len(data) - start)) + data[start + size :]


def _break_xref(data: bytes, rng: random.Random) -> bytes:
    i = data.rfind(b"startxref")
    if i < 0:
        return _flip(data, rng)
    tail = data[i:].replace(b"startxref", b"startxref\n" + str(rng.randrange(10**6)).encode() + b"\n%", 1)
    return data[:i] + tail


def _break_page_tree(data: bytes, rng: random.Random) -> bytes:
    token = rng.choice([b"/Kids", b"/Pages", b"/Count", b"/Parent", b"/Contents"])
    junk = rng.choice([b"/Kidz", b"/Count -1", b"/Parent 0 0 R", b"/Kids [1 0 R 1 0 R]", b"null"])
    return data.replace(token, junk, rng.randint(1, 3))


def _page_objects(contents: bytes, extra: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        contents,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" + extra,
    ]


def _bomb(_data: bytes, rng: random.Random) -> bytes:
    """A content stream of ~1 MB that inflates to hundreds of MB: zeros, spaces, or
    text objects (each costs PDFium hundreds of bytes: 23 s and 4 GB for 277 MB)."""
    size = rng.choice([200, 400, 800]) * 1024 * 1024
    packed = zlib.compressobj(9)
    unit = rng.choice([b"\0", b" ", b"BT /F1 12 Tf 72 720 Td (A) Tj ET\n"])
    chunk = unit * (1024 * 1024 // len(unit))
    body = b"".join(packed.compress(chunk) for _ in range(size // len(chunk))) + packed.flush()
    stream = f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream"
    return _pdf(_page_objects(stream))


def _deep(_data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([10_000, 100_000])
    nested = b"[" * depth + b"]" * depth
    text = b"BT /F1 12 Tf 72 720 Td (Case 1:20-cv-00001 Document 1 Filed 01/02/20 Page 1 of 1) Tj ET"
    stream = f"<< /Length {len(text)} >>\nstream\n".encode() + text + b"\nendstream"
    return _pdf(_page_objects(stream, extra=b"\n% nesting\n" + nested))


def _many_pages(_data: bytes, rng: random.Random) -> bytes:
    count = rng.choice([2000, 5000])
    text = b"BT /F1 12 Tf 72 720 Td (ORDER) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", f"<< /Length {len(text)} >>\nstream\n".encode() + text + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for _ in range(count):
        kids.append(f"{len(objects) + 1} 0 R")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                       b"/Resources << /Font << /F1 4 0 R >> >> >>")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {count} >>".encode()
    return _pdf(objects)


MUTATORS: dict[str, Mutator] = {
    "flip": _flip, "truncate": _truncate, "zero block": _zero_block, "xref": _break_xref,
    "page tree": _break_page_tree, "deep nesting": _deep, "bomb": _bomb, "many pages": _many_pages,
}
# Made-up documents (bomb, nesting, many pages) are rarer: they ignore the source.
WEIGHTS = {"flip": 5, "truncate": 4, "zero block": 4, "xref": 3, "page tree": 4, "deep nesting": 1, "bomb": 1, "many pages": 1}


def sources(count: int = SOURCES) -> list[Path]:
    """Every k-th PDF of pool and pool2 of at most MAX_PAGES pages, ``count`` of them."""
    import pypdfium2 as pdfium

    found = []
    for folder in (SHARED / "corpus" / "pool", SHARED / "corpus" / "pool2"):
        for path in sorted(folder.glob("*.pdf")):
            try:
                doc = pdfium.PdfDocument(str(path))
                pages = len(doc)
                doc.close()
            except Exception:  # a source the library cannot open is no base for mutants
                continue
            if 0 < pages <= MAX_PAGES:
                found.append(path)
    step = max(1, len(found) // count)
    return found[::step][:count]


def _child(conn: Any, data: bytes, backend: str, limit_mb: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 1024 * 1024, limit_mb * 1024 * 1024))
    from courtparse.errors import CourtparseError
    from courtparse.pipeline import parse

    try:
        doc = parse(data, backend=backend, ocr=False)
        conn.send(("parsed", len(doc.text), bool(doc.warnings), ""))
    except CourtparseError as exc:
        conn.send(("clear error", 0, False, str(exc)[:200]))
    except MemoryError:
        conn.send(("memory limit", 0, False, "MemoryError"))
    except BaseException as exc:  # the finding this script exists for
        conn.send(("other exception", 0, False, f"{type(exc).__name__}: {exc}"[:300]))
    conn.close()


def run_one(data: bytes, backend: str, *, timeout: float = TIME_LIMIT_S,
            limit_mb: int = MEMORY_LIMIT_MB) -> tuple[str, int, bool, str]:
    """(outcome, text length, warned, detail) of one parse in a limited child."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, data, backend, limit_mb))
    proc.start()
    child.close()
    if parent.poll(timeout):
        try:
            result: tuple[str, int, bool, str] = parent.recv()
        except EOFError:
            result = ("memory limit" if proc.exitcode in (-9, -6) else "other exception", 0, False,
                      f"child died (exit {proc.exitcode})")
        proc.join()
        return result
    proc.kill()
    proc.join()
    if proc.exitcode is not None and proc.exitcode not in (-9,):
        return ("memory limit" if proc.exitcode == -6 else "other exception", 0, False,
                f"child died (exit {proc.exitcode})")
    return ("timeout", 0, False, f"past {timeout:.0f} s")


def fuzz(count: int, seed: int, backends: Sequence[str], *, timeout: float = TIME_LIMIT_S,
         limit_mb: int = MEMORY_LIMIT_MB, source_count: int = SOURCES,
         progress: bool = False) -> dict[str, Counter[str]]:
    """Outcome counts per backend (and per "backend/mutation") over ``count`` mutants."""
    rng = random.Random(seed)
    files = sources(source_count)
    names = list(MUTATORS)
    weights = [WEIGHTS[n] for n in names]
    base: dict[tuple[Path, str], int] = {}
    counts: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    for k in range(count):
        path = files[k % len(files)]
        mutation = rng.choices(names, weights)[0]
        mutant_seed = rng.randrange(2**31)
        data = MUTATORS[mutation](path.read_bytes(), random.Random(mutant_seed))
        for backend in backends:
            outcome, length, warned, detail = run_one(data, backend, timeout=timeout, limit_mb=limit_mb)
            if outcome == "parsed" and not warned and mutation not in MADE_UP:
                if (path, backend) not in base:
                    base[(path, backend)] = run_one(path.read_bytes(), backend, timeout=timeout, limit_mb=limit_mb)[1]
                if length < LOST_SHARE * base[(path, backend)]:
                    outcome, detail = "text lost without a warning", f"{length} of {base[(path, backend)]} characters"
            counts.setdefault(backend, Counter())[outcome] += 1
            counts.setdefault(f"{backend}/{mutation}", Counter())[outcome] += 1
            if outcome in BAD:
                examples.setdefault(outcome, []).append(f"{backend} {mutation} seed={mutant_seed} {path.name}: {detail}")
            if progress:
                print(f"[{k + 1}/{count}] {backend} {mutation} {path.name}: {outcome}", file=sys.stderr, flush=True)
    counts["_examples"] = Counter({line: 1 for lines in examples.values() for line in lines[:5]})
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mutants", type=int, default=600)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--backend", choices=["pdfium", "pdfplumber"], action="append")
    p.add_argument("--timeout", type=float, default=TIME_LIMIT_S)
    p.add_argument("--memory-mb", type=int, default=MEMORY_LIMIT_MB)
    p.add_argument("--progress", action="store_true")
    args = p.parse_args(argv)
    backends = args.backend or ["pdfium", "pdfplumber"]
    start = time.perf_counter()
    counts = fuzz(args.mutants, args.seed, backends, timeout=args.timeout, limit_mb=args.memory_mb,
                  progress=args.progress)
    bad = 0
    for key in sorted(k for k in counts if not k.startswith("_")):
        line = ", ".join(f"{o}: {n}" for o, n in sorted(counts[key].items()))
        print(f"{key:<28} {line}")
        if "/" not in key:
            bad += sum(counts[key][o] for o in BAD)
    for example in counts["_examples"]:
        print(f"  {example}")
    print(f"mutants: {args.mutants} x {len(backends)} backends, bad outcomes: {bad}, "
          f"{time.perf_counter() - start:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
