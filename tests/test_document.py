"""``courtparse.document``: every extractor runs once through one wrapper; one that raises
costs its own field and a warning naming it, or the exception itself in strict mode."""

from __future__ import annotations

import pytest

import courtparse
from courtparse import document
from courtparse.document import STRICT_ENV

ORDER = (
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
    "LOOP AI LABS INC,\nPlaintiff,\nv.\nANNA GATTI, et al.,\nDefendants.\n\n"
    "Case No. 15-cv-00798-HSG (DMR)\n\nORDER DENYING MOTION TO COMPEL\n\n"
    "Re: Dkt. No. 337\n\nThe motion (Dkt. No. 341) is DENIED. The parties shall file a joint letter by January 15, 2016.\n\n"
    "IT IS SO ORDERED.\n\nDated: January 6, 2016\n\nDONNA M. RYU\nUnited States Magistrate Judge\n"
)


def _boom(*_args: object, **_kwargs: object) -> object:
    raise ValueError("boom")


@pytest.mark.parametrize(
    ("attribute", "name", "field", "empty"),
    [
        ("extract_dates", "dates", "dates", ()),
        ("extract_caption", "caption", "caption", document.Caption()),
        ("extract_docket_citations", "docket", "docket_citations", ()),
        ("classify_document", "doctype", "document_type", "other"),
        ("extract_signature", "signature", "signature", None),
    ],
)
def test_an_extractor_that_raises_becomes_a_warning_naming_it(
    monkeypatch: pytest.MonkeyPatch, attribute: str, name: str, field: str, empty: object
) -> None:
    whole = courtparse.parse_text(ORDER)
    assert getattr(whole, field) != empty  # the field is found when nothing raises
    monkeypatch.setenv(STRICT_ENV, "0")
    monkeypatch.setattr(document, attribute, _boom)
    doc = courtparse.parse_text(ORDER)
    assert getattr(doc, field) == empty
    assert f"extractor {name} failed: ValueError: boom" in doc.warnings
    # the other fields are still there
    assert doc.court is not None
    assert doc.court.court_id == "cand"
    assert doc.holdings.so_ordered


def test_strict_mode_lets_the_exception_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_ENV, "1")
    monkeypatch.setattr(document, "extract_dates", _boom)
    with pytest.raises(ValueError, match="boom"):
        courtparse.parse_text(ORDER)
