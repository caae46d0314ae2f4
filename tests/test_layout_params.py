"""The layout thresholds' one object and the one page-band rule."""

from __future__ import annotations

import ast
import inspect

import attrs
import pytest

from courtparse.layout import params
from courtparse.layout.params import DEFAULT, LayoutParams, PageBands


def test_every_threshold_says_what_taught_it() -> None:
    """Each field of LayoutParams is followed by its docstring."""
    cls = next(
        node
        for node in ast.parse(inspect.getsource(params)).body
        if isinstance(node, ast.ClassDef) and node.name == "LayoutParams"
    )
    body = cls.body
    fields = [k for k, node in enumerate(body) if isinstance(node, ast.AnnAssign)]
    assert len(fields) == len(attrs.fields(LayoutParams))
    for k in fields:
        name = ast.unparse(body[k].target)  # type: ignore[attr-defined]
        doc = body[k + 1] if k + 1 < len(body) else None
        assert isinstance(doc, ast.Expr), name
        assert isinstance(doc.value, ast.Constant), name
        assert isinstance(doc.value.value, str), name
        assert len(doc.value.value) > 20, name


def test_defaults_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT.word_gap = 1.0  # type: ignore[misc]
    assert attrs.evolve(DEFAULT, word_gap=0.3).word_gap == 0.3
    assert DEFAULT.word_gap == 0.24


BANDS = PageBands(top=0.10, bottom=0.13)
HEIGHT = 1000.0


@pytest.mark.parametrize(
    ("top", "bottom", "holding", "reached"),
    [
        (20.0, 90.0, "top", True),  # a running header inside the top tenth
        (80.0, 120.0, None, True),  # a stamp row crossing the band's edge
        (500.0, 512.0, None, False),  # body text
        (880.0, 890.0, "bottom", True),  # a folio in the bottom band
        (860.0, 880.0, None, True),  # a footer line starting above the band
    ],
)
def test_page_band_rule(top: float, bottom: float, holding: str | None, reached: bool) -> None:
    assert BANDS.edge_holding(top, bottom, HEIGHT) == holding
    assert BANDS.reached_by(top, bottom, HEIGHT) is reached
