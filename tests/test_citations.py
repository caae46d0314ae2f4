"""Case-law citations (``extract/citations.py``, the ``citations`` extra): what eyecite finds,
how short forms point to their full citation, spans in the body and in footnotes, and what a
user sees without the extra."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import courtparse
from courtparse.extract import citations as citations_module
from courtparse.extract.citations import (
    MISSING_EXTRA_WARNING,
    citations_available,
    extract_citations,
)
from courtparse.text import CleanText, FootnoteText

if not citations_available():  # pragma: no cover - the test extra installs it
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but eyecite (the citations extra) is not installed", allow_module_level=True)
    pytest.skip("eyecite not installed (pip install -e '.[citations]')", allow_module_level=True)

BODY = (
    "The Court accepts the well-pleaded facts as true. Lormand v. US Unwired, Inc., "
    "565 F.3d 228, 232 (5th Cir. 2009). A complaint must state a plausible claim. "
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007). See Lormand, 565 F.3d at 251. "
    "Id. at 252. Plaintiffs also rely on 15 U.S.C. § 78j(b), which is a statute."
)


def _find(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.kind, c.raw, c.antecedent) for c in extract_citations(CleanText.from_string(text))]


def test_full_short_and_id_citations_point_to_their_full_citation() -> None:
    found = extract_citations(CleanText.from_string(BODY))
    assert [(c.kind, c.raw, c.antecedent) for c in found] == [
        ("full", "565 F.3d 228", None),
        ("full", "550 U.S. 544", None),
        ("short", "565 F.3d at 251", 0),
        ("id", "Id. at 252", 0),
    ]
    assert found[3].pin == "at 252"
    lormand, twombly = found[0], found[1]
    assert (lormand.volume, lormand.reporter, lormand.page, lormand.pin) == ("565", "F.3d", "228", "232")
    assert (lormand.year, lormand.court) == (2009, "ca5")
    assert lormand.case_name == "Lormand v. US Unwired, Inc."
    assert (twombly.year, twombly.court) == (2007, "scotus")
    for c in found:  # every span is the text it names
        assert c.span is not None
        assert BODY[c.span.start : c.span.end] == c.raw


@pytest.mark.parametrize(
    "text",
    [
        "Defendants violated 15 U.S.C. § 78j(b) and Rule 10b-5, 17 C.F.R. § 240.10b-5.",
        "See Fed. R. Civ. P. 12(b)(6); 28 U.S.C. § 1331.",
        "The hearing is set for March 3, 2021 at 10:00 a.m. in Courtroom 4.",
        "See 108 Iowa L. Rev. 303 (2023).",
    ],
)
def test_statutes_rules_and_journals_are_not_case_law(text: str) -> None:
    assert _find(text) == []


def test_a_citation_in_a_footnote_points_into_that_footnote() -> None:
    note = CleanText("See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009).", (), 0)
    body = "The claim fails.1 See Id. at 679."
    clean = CleanText(body, (FootnoteText("1", note, anchor=(16, 17)),))
    found = extract_citations(clean)
    # the footnote is read at its marker, so the "Id." after it stands for Iqbal
    assert [(c.kind, c.raw, c.antecedent) for c in found] == [("full", "556 U.S. 662", None), ("id", "Id. at 679", 0)]
    iqbal, id_cite = found
    assert id_cite.span is not None
    assert id_cite.span.footnote is None
    assert body[id_cite.span.start : id_cite.span.end] == "Id. at 679"
    assert iqbal.span is not None
    assert iqbal.span.footnote == 0
    assert note.text[iqbal.span.start : iqbal.span.end] == "556 U.S. 662"


def test_an_id_that_stands_for_no_case_law_is_left_out() -> None:
    """In an order, "Id. at 3" after a quotation from a brief points to the brief."""
    text = "Finjan argues the term is prejudicial. Id. at 3. The Court agrees. Id."
    assert _find(text) == []


def test_a_short_form_whose_full_citation_is_not_printed_is_kept_whole() -> None:
    """E.D. Cal. fee orders cite Gisbrecht only in short form; eyecite's span of
    "586 F.3d at 1148 (quoting …)" stops before the page."""
    text = (
        "Crawford v. Astrue, 586 F.3d 1142, 1147 (9th Cir. 2009). The court looks first to the "
        "agreement. Crawford, 586 F.3d at 1148 (quoting Gisbrecht, 535 U.S. at 793, 808). "
        "See Gisbrecht, 535 U.S. at 807."
    )
    assert _find(text) == [
        ("full", "586 F.3d 1142", None),
        ("short", "586 F.3d at 1148", 0),
        ("short", "535 U.S. at 793, 808", None),
        ("short", "535 U.S. at 807", None),
    ]


def test_case_name_without_the_docket_number() -> None:
    text = "See Finjan, Inc. v. Blue Coat Sys., Inc., No. 13-CV-03999-BLF, 2015 WL 4129193, at *2 (N.D. Cal. July 14, 2015)."
    (cite,) = extract_citations(CleanText.from_string(text))
    assert cite.case_name == "Finjan, Inc. v. Blue Coat Sys., Inc."
    assert (cite.reporter, cite.court, cite.year) == ("WL", "cand", 2015)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # eyecite alone takes the neighbour's year in a string of citations
        ("Celotex Corp. v. Catrett, 477 U.S. 317, 322 (1986). State Farm Fire & Cas. Co. v. Geary, 699 F. Supp. 756, 759 (N.D. Cal. 1987).", 1986),
        ("Dimaya v. Lynch, 803 F.3d 1110, 1112 (9th Cir. 2015), aff'd sub nom. Sessions v. Dimaya, 138 S. Ct. 1204 (2018) (noting x); Coomes v. Edmonds Sch. Dist. No. 15, 816 F.3d 1255, 1265 n. 6 (9th Cir. 2016).", 2015),
    ],
)
def test_year_is_the_citations_own_parenthetical(text: str, year: int) -> None:
    found = extract_citations(CleanText.from_string(text))
    assert found[0].year == year
    assert [c.year for c in found] == sorted([c.year for c in found], key=lambda y: text.index(str(y)))


def test_citations_are_read_only_when_asked_for() -> None:
    assert courtparse.parse_text(BODY).citations == ()
    doc = courtparse.parse_text(BODY, citations=True)
    assert len(doc.citations) == 4
    assert doc.to_dict()["citations"][2]["antecedent"] == 0


def test_without_the_extra_a_warning_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("courtparse.document.citations_available", lambda: False)
    doc = courtparse.parse_text(BODY, citations=True)
    assert doc.citations == ()
    assert MISSING_EXTRA_WARNING in doc.warnings


def test_eyecite_warnings_are_not_printed(caplog: pytest.LogCaptureFixture) -> None:
    text = "See 452 F.3d 256 (2024) and § 1. " * 3
    with caplog.at_level("WARNING"):
        extract_citations(CleanText.from_string(text))
    assert not [r for r in caplog.records if r.name.startswith("eyecite")]
    assert citations_module.logging.getLogger("eyecite").level != citations_module.logging.ERROR


def test_a_batch_asked_for_citations_fills_the_citations_table(tmp_path: Path) -> None:
    from courtparse.batch import batch
    from courtparse.tables import write_tables

    source = tmp_path / "in" / "order.txt"
    source.parent.mkdir()
    source.write_text(BODY, encoding="utf-8")
    batch([source], tmp_path / "out", workers=1, citations=True, progress=False)
    counts = write_tables(tmp_path / "out")
    assert counts["citations"] == 4
    table = courtparse.read_table(tmp_path / "out", "citations")
    assert table.column("kind").to_pylist() == ["full", "full", "short", "id"]
    assert table.column("antecedent").to_pylist() == [None, None, 0, 0]
    frame = table.to_pandas()  # pandas comes with the tables extra
    assert list(frame["reporter"][:2]) == ["F.3d", "U.S."]
    # without asking, none: eyecite's cost is paid only when wanted
    batch([source], tmp_path / "plain", workers=1, progress=False)
    assert write_tables(tmp_path / "plain")["citations"] == 0
