"""``courtparse.document``: every extractor runs once through one wrapper; one that raises
costs its own field and a warning naming it, or the exception itself in strict mode."""

from __future__ import annotations

import pytest

import courtparse
from courtparse import document
from courtparse.document import STRICT_ENV
from courtparse.models import DocketEntryRef

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
        ("extract_caption", "caption", "caption", document.Caption(re=(DocketEntryRef(337),))),  # "Re:" kept
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


@pytest.mark.parametrize(
    ("stamp_case", "normalized"),
    [
        ("3:15-cv-00798-HSG", "15-cv-00798"),
        ("1:04-cv-00397", "04-cv-00397"),
        ("2:22-cv-10208-LJM-JJCG", "22-cv-10208"),
        ("17-3510", None),  # an appellate number has no kind
    ],
)
def test_the_stamps_case_number_is_normalized_like_a_case_number(stamp_case: str, normalized: str | None) -> None:
    text = f"Case {stamp_case} Document 12 Filed 01/06/16 Page 1 of 2\n\n" + ORDER
    doc = courtparse.parse_text(text)
    assert doc.ecf is not None
    assert doc.ecf.case_number == stamp_case
    assert doc.ecf.normalized == normalized
