"""docs/batch.md's Python example runs as written, as a script (issue 17: without a main
guard every file became a `crash` record that --resume then skipped)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.test_batch import make_pdf

DOC = Path(__file__).resolve().parent.parent / "docs" / "batch.md"
_PYTHON_BLOCK = re.compile(r"```python\n(?P<code>.*?)```", re.DOTALL)


def python_blocks() -> list[str]:
    return [m["code"] for m in _PYTHON_BLOCK.finditer(DOC.read_text(encoding="utf-8"))]


def test_every_python_example_of_batch_md_has_a_main_guard() -> None:
    """Each example calls batch() with worker processes (local or Dask), which import
    the script that started them."""
    blocks = python_blocks()
    assert len(blocks) == 3
    for code in blocks:
        assert 'if __name__ == "__main__":' in code, code


def test_the_first_example_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "downloads").mkdir()
    make_pdf(tmp_path / "downloads" / "order.pdf", pages=2)
    (tmp_path / "downloads" / "login.pdf").write_text("<html>PACER login</html>")
    script = tmp_path / "run_batch.py"
    script.write_text(python_blocks()[0])
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "files:   1 parsed this run, 1 error" in done.stdout
    lines = (tmp_path / "parsed" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    kinds = sorted(json.loads(line).get("error", {}).get("type", "parsed") for line in lines)
    assert kinds == ["not_a_pdf", "parsed"]


def test_without_the_guard_the_run_stops_with_a_message(tmp_path: Path) -> None:
    """The mistake the guard prevents is reported as such, and leaves no records that a
    later --resume would skip."""
    (tmp_path / "downloads").mkdir()
    make_pdf(tmp_path / "downloads" / "order.pdf", pages=1)
    script = tmp_path / "run_batch.py"
    script.write_text(
        "import courtparse.batch\n"
        "courtparse.batch.batch(['./downloads'], 'parsed/', workers=1)\n"
    )
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode != 0
    assert 'if __name__ == "__main__":' in done.stderr.splitlines()[-1]
    assert (tmp_path / "parsed" / "documents.jsonl").read_text() == ""
