"""The public surface is declared once, in ``courtparse.__all__``, and every name in it
exists (pdfplumber once exported a name it never defined)."""

from __future__ import annotations

import importlib

import courtparse


def test_every_name_in_all_exists() -> None:
    missing = [name for name in courtparse.__all__ if not hasattr(courtparse, name)]
    assert not missing, f"courtparse.__all__ names what courtparse lacks: {missing}"


def test_all_has_no_duplicates_and_is_importable_by_star() -> None:
    assert len(courtparse.__all__) == len(set(courtparse.__all__))
    namespace: dict[str, object] = {}
    exec("from courtparse import *", namespace)
    assert set(courtparse.__all__) <= set(namespace)


def test_all_lists_the_entry_points_and_records() -> None:
    for name in ("parse_text", "Document", "Span", "CourtparseError", "__version__"):
        assert name in courtparse.__all__


def test_public_records_come_from_their_modules() -> None:
    """A name exported twice under different objects would make isinstance checks lie."""
    models = importlib.import_module("courtparse.models")
    errors = importlib.import_module("courtparse.errors")
    for name in courtparse.__all__:
        for module in (models, errors):
            if hasattr(module, name):
                assert getattr(courtparse, name) is getattr(module, name), name
