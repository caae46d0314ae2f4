"""The scoring rules (``benchmarks/scoring.py``) on hand-made documents, and the labeled
corpus held to the committed baseline (``benchmarks/accuracy_baseline.json``), a ratchet:
no field below its figure, no failing check the baseline does not list, and no listed
check that passes."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from benchmarks.accuracy import BASELINE_BACKENDS, compare, measure, ocr_available
from benchmarks.scoring import Check, label_paths, norm, same, score_document
from courtparse.models import (
    Caption,
    CaseNumber,
    Court,
    DateMention,
    DefinedTerm,
    DocketCitation,
    DocketEntryRef,
    Document,
    EcfStamp,
    Footnote,
    Holdings,
    Party,
    Passage,
    Signature,
    Span,
)

S = Span(0, 0)

LABEL: dict[str, Any] = {
    "pages": 2,
    "text_layer": True,
    "ecf": {"case_number": "3:15-cv-00798-HSG", "document": "0343", "attachment": None,
            "filed": "2016-01-06", "page_count": 2},
    "court": {"name": "United States District Court", "district": "Northern District of California",
              "court_id": "cand"},
    "caption": {
        "parties": [{"name": "LOOP AI LABS INC", "role": "plaintiff", "et_al": False},
                    {"name": "ANNA GATTI", "role": "defendant", "et_al": True}],
        "title": "ORDER DENYING  ADMINISTRATIVE\nMOTION",
        "re": [{"number": 337, "attachment": None}],
    },
    "case_numbers": [{"raw": "15-cv-00798-HSG (DMR)", "year": 2015, "judges": ["HSG"],
                      "normalized": "15-cv-00798"}],
    "document_type": "order",
    "docket_entry_numbers": ["337", "339", "596-1"],
    "dates": [{"value": "2016-01-08", "role": "event"}, {"value": "2016-01-15", "role": "deadline"},
              {"value": "2016-01-06", "role": "signed"}],
    "holdings": {"so_ordered": True, "disposition": "denied",
                 "orders_mention": ["the parties shall submit a joint letter"],
                 "rulings_mention": ["That portion of Plaintiff's motion is denied."]},
    "footnotes": [{"marker": "1", "text_starts": "Plaintiff's response included a \"Status"}],
    "signature": {"judge": "Donna M. Ryu", "date": "2016-01-06"},
    "defined_terms": [{"short": "IQS", "full": "IQSystem, Inc."}],
    "text_contains": ["the parties’ dispute", "raised in Almawave's administrative motion."],
    "text_excludes": ["**", "10 Dated"],
}


def _date(value: str, role: str | None = None, precision: str = "day") -> DateMention:
    return DateMention(value, dt.date.fromisoformat(value), precision, role, S)  # type: ignore[arg-type]


PERFECT = Document(
    source="x.pdf",
    pages=2,
    text="Given the parties' dispute, raised in\nAlmawave’s administrative motion. Dated: January 6, 2016",
    court=Court("United States District Court", "Northern District of California", "cand"),
    ecf=EcfStamp("3:15-cv-00798-HSG", 343, None, dt.date(2016, 1, 6), 2),
    caption=Caption(
        parties=(Party("ANNA GATTI", "defendant", True), Party("LOOP AI LABS INC", "plaintiff", False)),
        title="ORDER DENYING ADMINISTRATIVE MOTION",
        re=(DocketEntryRef(337),),
    ),
    case_numbers=(
        CaseNumber("15-cv-00798-HSG (DMR)", None, 2015, "cv", 798, ("HSG",), ("DMR",), "15-cv-00798"),
        CaseNumber("11-1131", None, 2011, None, 1131),
    ),
    docket_citations=(DocketCitation("Docket Nos. 339, 596-1", (DocketEntryRef(339), DocketEntryRef(596, 1)), None, S),),
    dates=(_date("2016-01-08", "event"), _date("2016-03-01", precision="month"),
           _date("2016-01-15", "deadline"), _date("2016-01-06", "signed")),
    document_type="order",
    holdings=Holdings(True, "denied",
                      orders=(Passage("Following the session, the parties shall submit a joint letter by then."),),
                      rulings=(Passage("That portion of Plaintiff’s motion is denied."),)),
    footnotes=(Footnote("1", "Plaintiff’s response included a “Status Report”"),),
    signature=Signature("Donna M. Ryu", "United States Magistrate Judge", dt.date(2016, 1, 6)),
    defined_terms=(DefinedTerm("IQS", "IQSystem, Inc."),),
)


def _failed(checks: list[Check]) -> list[str]:
    return [f"{c.field}: {c.detail}" for c in checks if not c.passed]


def test_a_document_that_matches_the_label_passes_every_check() -> None:
    checks = score_document(PERFECT, LABEL, "x.pdf")
    assert not _failed(checks)
    # one check per scalar key, per list item, per string
    assert len(checks) == 1 + 1 + 5 + 3 + 2 + 1 + 1 + 4 + 1 + 3 + 3 + 4 + 1 + 2 + 1 + 2 + 2


def _with(**changes: Any) -> Document:
    import attrs

    return attrs.evolve(PERFECT, **changes)


def attrs_evolve_caption(**changes: Any) -> Caption:
    import attrs

    return attrs.evolve(PERFECT.caption, **changes)


@pytest.mark.parametrize(
    ("doc", "expected_failures"),
    [
        # an extra docket entry and a missed one: two failed checks
        (_with(docket_citations=(DocketCitation("Docket No. 339", (DocketEntryRef(339), DocketEntryRef(340)), None, S),)),
         ["docket_entry_numbers: missed 596-1", "docket_entry_numbers: extra 340"]),
        # a wrong role is one failed check, not a miss plus an extra
        (_with(caption=attrs_evolve_caption(parties=(Party("ANNA GATTI", "plaintiff", True), Party("LOOP AI LABS INC", "plaintiff", False)))),
         ["caption.parties: "]),
        # a full date the label lacks is an extra; a partial one never is
        (_with(dates=(*PERFECT.dates, _date("2016-02-02"))), ["dates: extra"]),
        # the right value with the wrong role
        (_with(dates=(_date("2016-01-08", "event"), _date("2016-01-15", "event"), _date("2016-01-06", "signed"))),
         ["dates: "]),
        (_with(ecf=None), ["ecf.case_number", "ecf.document", "ecf.attachment", "ecf.filed", "ecf.page_count"]),
        (_with(footnotes=()), ["footnotes: missed"]),
        (_with(footnotes=(Footnote("1", "Defendant's reply"),)), ["footnotes: "]),
        (_with(text="**Given** the parties' dispute 10 Dated"), ["text_contains", "text_excludes", "text_excludes"]),
        (_with(holdings=Holdings(False, None)), ["holdings.so_ordered", "holdings.disposition", "holdings.orders_mention", "holdings.rulings_mention"]),
        (_with(signature=None), ["signature.judge", "signature.date"]),
        (_with(defined_terms=(DefinedTerm("IQS", "IQS, Inc."), DefinedTerm("Loop", "Loop AI"))),
         ["defined_terms: ", "defined_terms: extra"]),
        (_with(pages=None, document_type="opinion"), ["pages", "document_type"]),
        (_with(text=""), ["text_layer", "text_contains", "text_contains"]),
    ],
)
def test_each_difference_fails_its_checks(doc: Document, expected_failures: list[str]) -> None:
    failed = _failed(score_document(doc, LABEL, "x.pdf"))
    assert len(failed) == len(expected_failures), failed
    unmatched = list(failed)
    for prefix in sorted(expected_failures, key=len, reverse=True):  # most specific first
        line = next((f for f in unmatched if f.startswith(prefix)), None)
        assert line is not None, (prefix, failed)
        unmatched.remove(line)


def test_case_number_matched_by_normalized_still_checks_raw() -> None:
    doc = _with(case_numbers=(CaseNumber("15-cv-798", None, 2015, "cv", 798, ("HSG",), (), "15-cv-00798"),))
    assert _failed(score_document(doc, {"case_numbers": LABEL["case_numbers"]})) == [
        'case_numbers.raw: 15-cv-00798-HSG (DMR): got "15-cv-798", expected "15-cv-00798-HSG (DMR)"'
    ]


def test_dates_keep_order_for_roles_but_not_for_presence() -> None:
    label = {"dates": [{"value": "2016-04-22", "role": "deadline"}, {"value": "2016-03-07"},
                       {"value": "2016-04-22", "role": "event"}]}
    in_order = _with(dates=(_date("2016-04-22", "deadline"), _date("2016-03-07"), _date("2016-04-22", "event")))
    assert not _failed(score_document(in_order, label))
    # the footnote's date listed last: still found, roles still paired by position
    moved = _with(dates=(_date("2016-04-22", "deadline"), _date("2016-04-22", "event"), _date("2016-03-07")))
    assert not _failed(score_document(moved, label))


@pytest.mark.parametrize(
    ("label", "doc", "passed"),
    [
        ({"ecf": None}, _with(ecf=None), True),
        ({"ecf": None}, PERFECT, False),
        ({"text_layer": False}, _with(warnings=("page 1: no text layer (scanned); OCR not installed",)), True),
        ({"text_layer": False}, PERFECT, False),
        ({"footnotes": []}, _with(footnotes=()), True),
        ({"footnotes": []}, PERFECT, False),
        ({"docket_entry_numbers": []}, _with(caption=Caption(), docket_citations=()), True),
        ({"no_such_key": 1}, PERFECT, False),
        ({"signature": {"judge": None}}, _with(signature=None), True),
        ({"ecf": {"document": "010110462922"}}, _with(ecf=EcfStamp("21-800", 10110462922, None, None, None)), True),
    ],
)
def test_single_rules(label: dict[str, Any], doc: Document, passed: bool) -> None:
    checks = score_document(doc, label)
    assert checks
    assert all(c.passed for c in checks) is passed, checks


def test_a_failed_parse_fails_every_check() -> None:
    checks = score_document(None, LABEL, "x.pdf", error="DamagedPdfError: truncated")
    assert checks
    assert not any(c.passed for c in checks)
    assert all("truncated" in c.detail for c in checks)


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        ("Plaintiff’s  “Status\nReport”", "Plaintiff's \"Status Report\"", True),
        ("010110462922", 10110462922, True),
        ("2016-01-06", dt.date(2016, 1, 6), True),
        (["RLM", "MGG"], ("RLM", "MGG"), True),
        (["MGG", "RLM"], ("RLM", "MGG"), False),
        (None, "", False),
        (False, 0, False),
        ("ORDER", "Order", False),
    ],
)
def test_same(a: object, b: object, equal: bool) -> None:
    assert same(a, b) is equal


def test_norm() -> None:
    assert norm("  a\u00a0 b\n\tc’ ") == "a b c'"


def _checks(*spec: tuple[str, str, bool, str]) -> list[Check]:
    return [Check(file, field, passed, "why" if not passed else "", key) for file, field, passed, key in spec]


BASE = measure(_checks(("a.pdf", "dates", True, "2016-01-06"), ("a.pdf", "dates", False, "2016-01-08"),
                       ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", True, "")))


@pytest.mark.parametrize(
    ("checks", "problems"),
    [
        # the same run: nothing to say
        (_checks(("a.pdf", "dates", True, "2016-01-06"), ("a.pdf", "dates", False, "2016-01-08"),
                 ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", True, "")), []),
        # a check that passed now fails: the field falls and the check is new
        (_checks(("a.pdf", "dates", True, "2016-01-06"), ("a.pdf", "dates", False, "2016-01-08"),
                 ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", False, "")),
         ["field pages", "regressed: b.pdf: pages"]),
        # a listed check passes: a fix the baseline must drop
        (_checks(("a.pdf", "dates", True, "2016-01-06"), ("a.pdf", "dates", True, "2016-01-08"),
                 ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", True, "")),
         ["fixed but still listed: a.pdf: dates | 2016-01-08"]),
        # one failure traded for another in the same field: both said
        (_checks(("a.pdf", "dates", False, "2016-01-06"), ("a.pdf", "dates", True, "2016-01-08"),
                 ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", True, "")),
         ["regressed: a.pdf: dates | 2016-01-06", "fixed but still listed: a.pdf: dates | 2016-01-08"]),
        # an extra item is a new check: a regression, though no labeled check changed
        (_checks(("a.pdf", "dates", True, "2016-01-06"), ("a.pdf", "dates", False, "2016-01-08"),
                 ("a.pdf", "dates", False, "extra 2016-02-02"),
                 ("b.pdf", "caption.title", False, ""), ("b.pdf", "pages", True, "")),
         ["field dates", "regressed: a.pdf: dates | extra 2016-02-02"]),
        # checks gone from the run (a label dropped): the fields fall, the list is stale
        ([], ["field dates", "field pages", "fixed but still listed: a.pdf",
              "fixed but still listed: b.pdf"]),
    ],
)
def test_ratchet_compare(checks: list[Check], problems: list[str]) -> None:
    got = compare(BASE, checks)
    assert len(got) == len(problems), got
    for line, prefix in zip(sorted(got), sorted(problems), strict=True):
        assert line.startswith(prefix), (line, prefix)


def test_check_keys_name_the_labeled_item_not_the_parse() -> None:
    """A labeled date missed and the same date found with a wrong role are one check, so
    the ratchet does not call a change between the two a regression."""
    label = {"dates": [{"value": "2016-01-08", "role": "event"}]}
    missed = score_document(_with(dates=()), label)
    wrong = score_document(_with(dates=(_date("2016-01-08", "deadline"),)), label)
    assert [c.ident for c in missed] == [c.ident for c in wrong] == ['dates | {"value": "2016-01-08", "role": "event"}']
    repeated = score_document(_with(dates=()), {"dates": [{"value": "2016-01-08"}, {"value": "2016-01-08"}]})
    assert len({c.ident for c in repeated}) == 2


@pytest.mark.parametrize("backend", BASELINE_BACKENDS)
def test_labeled_accuracy_holds_the_baseline(labeled_dir: Path, backend: str) -> None:
    """The ratchet: every field at least its baseline figure, the failing checks exactly
    those the baseline lists. After a fix, `python benchmarks/accuracy.py --write-baseline`
    and commit the smaller list with the change."""
    from benchmarks.accuracy import load_baseline, pdf_parser_available, run

    if not pdf_parser_available():
        pytest.fail("courtparse.parse (the PDF entry point) is missing")
    baseline = load_baseline()
    if baseline.get("ocr") and not ocr_available():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but the OCR extra or Tesseract is missing; the baseline reads scans with OCR")
        pytest.skip("the baseline was measured with OCR (pip install -e '.[ocr]' and tesseract-ocr)")
    assert len(label_paths(labeled_dir)) == baseline["labels"], "labels added or removed: rewrite the baseline"
    checks = run(labeled_dir, None, backend=backend, jobs=2).get("labeled", [])
    assert checks
    problems = compare(baseline["backends"][backend], checks)
    assert not problems, (
        f"{backend}: the labeled corpus differs from benchmarks/accuracy_baseline.json "
        "(a fix: rewrite it with `python benchmarks/accuracy.py --write-baseline`):\n  "
        + "\n  ".join(problems)
    )
