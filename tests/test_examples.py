"""The two text examples of shared/examples, scored with the rules of their README
(``benchmarks/scoring.py``): every check of ``NAME.expected.json`` must pass on
``courtparse.parse_text(open("NAME.txt").read())``."""

from __future__ import annotations

from pathlib import Path

import pytest

import courtparse
from benchmarks.scoring import failures, input_for, label_paths, load_label, score_document

EXAMPLES = ["ndcal-order-denying-leave", "ndcal-second-order-unilateral-letters"]


def test_the_examples_are_all_here(examples_dir: Path) -> None:
    """A new example joins the run below, and a lost one fails here, not silently."""
    assert sorted(p.name.removesuffix(".expected.json") for p in label_paths(examples_dir)) == EXAMPLES


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_passes_every_check(examples_dir: Path, name: str) -> None:
    label_path = examples_dir / f"{name}.expected.json"
    label = load_label(label_path)
    source = input_for(label_path, ".txt")
    doc = courtparse.parse_text(source.read_text(encoding="utf-8"), source=source.name)
    checks = score_document(doc, label, file=source.name)
    assert checks, "a label with no checks cannot fail"
    failed = failures(checks)
    assert not failed, f"{len(failed)} of {len(checks)} checks failed:\n" + "\n".join(failed)
