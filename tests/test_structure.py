"""The extractor graph stays flat: no module of ``courtparse/extract/`` imports another
extractor. ``courtparse.document`` orders them and passes one's result to the next; what
several need is in ``courtparse.regions``; shared fragments in ``patterns.py``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import courtparse.extract

EXTRACT = Path(courtparse.extract.__file__).parent

ALLOWED = frozenset({
    "courtparse.patterns",  # shared pattern fragments, imports nothing of courtparse
    "courtparse.models",
    "courtparse.text",
    "courtparse.regions",
})
"""What an extractor may import of courtparse."""


def _imports(path: Path) -> list[str]:
    """Every courtparse module ``path`` imports, absolute or relative, at any depth."""
    package = "courtparse.extract"
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            out.append(module)
            if module in ("courtparse", "courtparse.extract"):  # "from courtparse.extract import dates"
                out.extend(f"{module}.{alias.name}" for alias in node.names)
    return [m for m in out if m == "courtparse" or m.startswith("courtparse.")]


def _forbidden(path: Path) -> list[str]:
    bad = []
    for module in _imports(path):
        if module in ALLOWED or module in ("courtparse", "courtparse.extract"):
            continue
        bad.append(module)
    return bad


EXTRACTORS = sorted(p for p in EXTRACT.glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("path", EXTRACTORS, ids=lambda p: p.name)
def test_an_extractor_imports_no_other_extractor(path: Path) -> None:
    assert _forbidden(path) == [], f"{path.name} imports another courtparse module; pass its result in"


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        ("from courtparse.extract.court import extract_court\n", ["courtparse.extract.court"]),
        ("from .docket import extract_re_entries\n", ["courtparse.extract.docket"]),
        ("from courtparse.extract import holdings\n", ["courtparse.extract.holdings"]),
        ("import courtparse.extract.doctype\n", ["courtparse.extract.doctype"]),
        ("def f():\n    from courtparse.extract.dates import extract_dates\n", ["courtparse.extract.dates"]),
        ("from courtparse.layout import clean_pages\n", ["courtparse.layout"]),
        ("from courtparse.patterns import GAP\nfrom courtparse.regions import Regions\n"
         "from courtparse.models import Court\nfrom courtparse.text import CleanText\nimport regex\n", []),
    ],
)
def test_the_check_sees_every_form_of_import(tmp_path: Path, source: str, bad: list[str]) -> None:
    path = tmp_path / "fake.py"
    path.write_text(source, encoding="utf-8")
    assert _forbidden(path) == bad


def test_every_extractor_module_is_checked() -> None:
    names = {p.stem for p in EXTRACTORS}
    assert {"caption", "case_numbers", "court", "dates", "docket", "doctype", "holdings", "signature"} <= names


@pytest.mark.parametrize("module", ["courtparse.regions", "courtparse.patterns"])
def test_docstring_examples_run(module: str) -> None:
    """The examples in the docs of the shared modules run as written."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_tables_load_without_the_batch_machinery() -> None:
    """``tables`` (and ``results``) read records a batch wrote; they share its constants
    through ``records`` and ``errors``, never by importing ``batch``."""
    import subprocess
    import sys

    code = "import sys, courtparse.tables, courtparse.results; print('courtparse.batch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


PDF_SIDE = sorted(p for d in ("layout", "pdf") for p in (EXTRACT.parent / d).glob("*.py"))
"""The PDF backends and layout cleaning: they never know what a docket number is."""


@pytest.mark.parametrize("path", PDF_SIDE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_pdf_side_imports_no_extractor(path: Path) -> None:
    reached = [m for m in _imports(path)
               if m.startswith("courtparse.extract") or m in ("courtparse.regions", "courtparse.document")]
    assert reached == [], f"{path.parent.name}/{path.name} imports {reached}: the pipeline runs one way"
