"""The command line: parse, batch, tables; clear errors with exit status, no tracebacks."""

from __future__ import annotations

import importlib.resources
import json
import subprocess
import sys
from pathlib import Path

import pytest

from courtparse.cli import build_parser, main
from tests.test_batch import make_pdf, needs_parse, read_records

CLI = [sys.executable, "-c", "from courtparse.cli import run; run()"]


def test_parse_text_json(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    path = examples_dir / "ndcal-order-denying-leave.txt"
    assert main(["parse", str(path), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == str(path)
    assert "IT IS SO ORDERED" in record["text"]


def test_parse_text_summary(capsys: pytest.CaptureFixture[str], examples_dir: Path) -> None:
    path = examples_dir / "ndcal-order-denying-leave.txt"
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    lines = dict(line.split(":", 1) for line in out.splitlines())
    assert lines["source"].strip() == str(path)
    assert set(lines) >= {"court", "case", "type", "title", "parties", "holdings", "signed", "found"}


@pytest.mark.parametrize("name", ["missing.pdf", "missing.txt"])
def test_parse_missing_file_is_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    assert main(["parse", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("courtparse: error: ")
    assert name in err


@needs_parse
def test_parse_bad_pdf_exits_1_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "login.pdf"
    bad.write_text("<html>PACER: Please log in</html>")
    done = subprocess.run([*CLI, "parse", str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "courtparse: error:" in done.stderr
    assert "login.pdf" in done.stderr


@needs_parse
def test_parse_pdf_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "order.pdf", pages=2)
    assert main(["parse", str(pdf), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["pages"] == 2


def test_batch_then_tables(capsys: pytest.CaptureFixture[str], tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "out"
    code = main(["batch", f"{examples_dir}/*.txt", "--out", str(out), "--workers", "1",
                 "--format", "parquet", "--no-progress"])
    assert code == 0
    stdout = capsys.readouterr().out
    assert "files:   2 parsed this run, 0 errors" in stdout
    assert "documents.parquet" in stdout
    assert len(read_records(out)) == 2
    assert (out / "documents.parquet").is_file()
    assert (out / "errors.parquet").is_file()
    assert main(["tables", str(out)]) == 0
    assert "parties.parquet" in capsys.readouterr().out


def test_batch_errors_are_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "out"
    args = ["batch", str(examples_dir / "ndcal-order-denying-leave.txt"), "--out", str(out), "--no-progress"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 1  # a second run would write a second record: refused
    assert "--resume" in capsys.readouterr().err
    assert main([*args, "--resume"]) == 0
    assert "1 already done" in capsys.readouterr().out
    assert main(["batch", str(tmp_path / "nowhere"), "--out", str(out)]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["batch", "--out", str(out)]) == 1
    assert main([*args, "--resume", "--backend", "acrobat"]) == 1
    assert "unknown PDF backend 'acrobat'" in capsys.readouterr().err
    assert main(["tables", str(tmp_path / "empty")]) == 1
    assert "no such records file" in capsys.readouterr().err


def test_batch_in_a_pipe_is_quiet(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "manifest.csv").write_text("id\n")
    done = subprocess.run([*CLI, "batch", str(tmp_path / "notes"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=60)
    # the folder holds neither a PDF nor a .txt filing
    assert done.returncode == 1
    assert "no input files found" in done.stderr
    assert "Traceback" not in done.stderr
    done = subprocess.run([*CLI, "batch", f"{examples_dir}/*.txt", "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stderr == ""  # no progress bar in a pipe
    assert "pages/s" in done.stdout


def _sample_pdfs() -> list[str]:
    folder = importlib.resources.files("courtparse").joinpath("samples")
    return [e.name for e in folder.iterdir() if e.name.endswith(".pdf")] if folder.is_dir() else []


@needs_parse
@pytest.mark.skipif(not _sample_pdfs(), reason="courtparse/samples has no PDFs in this tree yet")
def test_batch_samples(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["batch", "--samples", "--out", str(tmp_path), "--no-progress"]) == 0
    names = sorted(Path(r["source"]).name for r in read_records(tmp_path))
    assert names == sorted(_sample_pdfs())


def test_parser_shape() -> None:
    args = build_parser().parse_args(
        ["batch", "a", "b", "--out", "o", "--workers", "3", "--timeout", "2.5",
         "--scheduler", "tcp://h:8786", "--format", "parquet", "--resume"])
    assert (args.inputs, args.workers, args.timeout, args.scheduler, args.format, args.resume) == (
        ["a", "b"], 3, 2.5, "tcp://h:8786", "parquet", True)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["batch", "a"])  # --out is required


def test_show_and_report_commands(tmp_path: Path, labeled_dir: Path) -> None:
    from courtparse.cli import main

    pdf = labeled_dir / "gov.uscourts.cacd.657892.238.0.pdf"
    out = tmp_path / "view.html"
    assert main(["show", str(pdf), "-o", str(out), "--pages", "1"]) == 0
    page = out.read_text(encoding="utf-8")
    assert 'id="page-1"' in page
    assert 'id="page-2"' not in page
    assert main(["show", str(pdf), "-o", str(out), "--pages", "one"]) != 0

    (tmp_path / "documents.jsonl").write_text(
        '{"doc_id": null, "source": "x.pdf", "error": {"type": "not_a_pdf", "message": "x"}}\n', encoding="utf-8"
    )
    assert main(["report", str(tmp_path)]) == 0
    assert "<svg" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert main(["report", str(tmp_path / "missing")]) != 0


@pytest.mark.parametrize(("spec", "pages"), [("1", [1]), ("1-3,7", [1, 2, 3, 7]), (" 2 - 3 ", None)])
def test_page_numbers(spec: str, pages: list[int] | None) -> None:
    from courtparse.cli import page_numbers

    if pages is None:
        with pytest.raises(ValueError, match="page"):
            page_numbers(spec)
    else:
        assert page_numbers(spec) == pages
