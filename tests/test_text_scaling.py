"""parse_text grows linearly with the text on every adversarial shape of issue 17.

The small version of ``benchmarks/text_scaling.py`` (which times 10 k to 1 M characters in
child processes): each shape at ``SMALL`` and ten times that, CPU time of this process, the
least of a few repeats so that other load on the machine hardly moves it. Linear work grows
about 10-fold (less, with the fixed costs of a parse), quadratic work 100-fold: the bound
``GROWTH_LIMIT`` sits between with room for a loaded two-core CI box.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

import courtparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks.text_scaling import SHAPES, make_text  # noqa: E402  (the repo root first)

SMALL = 5_000
LARGE = 50_000
GROWTH_LIMIT = 30.0
"""t(LARGE) / t(SMALL) allowed: 10× the text; a quadratic step gives 100×, and one that is
a quarter of the work at SMALL still gives 30×."""
REPEATS = 3
LARGE_REPEATS = 2


def _cpu(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        courtparse.parse_text(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parse_text_grows_linearly(shape: str) -> None:
    small, large = make_text(shape, SMALL), make_text(shape, LARGE)
    assert (len(small), len(large)) == (SMALL, LARGE)
    courtparse.parse_text(small)  # warm-up: lazy imports, compiled patterns
    growth = _cpu(large, LARGE_REPEATS) / max(_cpu(small, REPEATS), 1e-3)
    assert growth <= GROWTH_LIMIT, f"{shape}: {LARGE} characters cost {growth:.0f}× {SMALL}"


def test_shapes_are_what_they_say() -> None:
    """Each generated text has the trait its shape is named for."""
    text = {shape: make_text(shape, 20_000) for shape in SHAPES}
    assert text["docket"].count("(Entered: ") > 50
    assert text["dates_per_line"].count("\n") > 1000
    longest = max(text["case_numbers_line"].split("\n"), key=len)
    assert len(longest) > 15_000
    assert longest.count("Case No. ") > 300
    assert "." not in text["wrapped_no_stop"].split("ORDER GRANTING")[1].split("IT IS SO")[0]
    body = text["long_paragraph"].split("MOTION TO DISMISS\n\n")[1].split("IT IS SO")[0].strip()
    assert "\n\n" not in body
    assert body.count(". ") > 100
    doc = courtparse.parse_text(text["footnotes"])
    assert len(doc.footnotes) > 20
