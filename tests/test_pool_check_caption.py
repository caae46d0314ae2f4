"""``benchmarks/pool_check.py``: the issue-14 name and title checks over parsed captions."""

from __future__ import annotations

import pytest

from benchmarks.pool_check import (
    MANIFEST_COURT_IDS,
    _court_checked,
    caption_report,
    name_problems,
    title_problems,
)

NAMES: list[tuple[str, list[str]]] = [
    ("LOOP AI LABS INC", []),
    ("Vanessa St. Pierre", []),
    ("UNITED STATES OF AMERICA", []),
    ("SECRETARY OF HEALTH AND HUMAN SERVICES", []),
    ("ORDER Jason Goodman", ["title word"]),
    ("(cid:1008)(cid:876) D George Sweigert", ["(cid:"]),
    ("2:18-CV-5934-MWF BITPAY, INC.", ["case number"]),
    ("JURY TRIAL DEMANDED MIKHAIL KOKORICH", ["jury demand"]),
    ("SECURITIES AND EXCHANGE COMMISSION, 100 F Street, N.E. Washington, DC 20549", ["address"]),
    ("MARCUS GRAY, ETC.", ["capacity phrase"]),
    ("JANE DOE, individually and on behalf of all others similarly situated", ["capacity phrase"]),
    ("JOHN ROE, Plaintiff,", ["role word"]),
    ("FILED CLERK, U.S. DISTRICT COURT JOHN ROE", ["clerk's box"]),
    ("A B C D E F G H I J K L M N O", ["too long"]),
]

TITLES: list[tuple[str, list[str]]] = [
    ("ORDER", []),
    ("ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR ATTORNEYS’ FEES", []),
    ("REDACTED ORDER (1) GRANTING MOTION, (2) DENYING MOTION", []),
    ("NOTICE OF APPEARANCE", []),
    ("1:18-cv-08653 (VEC) (SDA)", ["case number"]),
    ("ROBERT A. KATZMANN CHIEF JUDGE", ["judge line"]),
    ("BEFORE THE HONORABLE JAMES DONATO, JUDGE", ["judge line"]),
    ("APPEARANCES: KEVIN T. FLOOD, Esq.", ["appearances"]),
    ("TABLE OF CONTENTS", ["table of contents"]),
    ("IN THE MATTER OF THE SEARCH OF", ["matter name"]),
    ("TAHAWWUR HUSSAIN RANA,", ["party line"]),
    ("REDACTED ORDER (1) GRANTING MOTION, (2 DENYING", ["cut number"]),
]


@pytest.mark.parametrize(("name", "problems"), NAMES, ids=[n for n, _ in NAMES])
def test_name_check(name: str, problems: list[str]) -> None:
    assert name_problems(name) == problems


@pytest.mark.parametrize(("title", "problems"), TITLES, ids=[t for t, _ in TITLES])
def test_title_check(title: str, problems: list[str]) -> None:
    assert title_problems(title) == problems


def test_report_counts_and_lists_offenders() -> None:
    lines = caption_report([
        {"file": "a.pdf", "parties": ["JOHN ROE", "ORDER Jason Goodman"], "title": "ORDER"},
        {"file": "b.pdf", "parties": [], "title": "TABLE OF CONTENTS"},
        {"file": "c.pdf", "parties": ["ACME, INC."], "title": None},
    ])
    assert lines[0] == "party names passing the name check: 2/3"
    assert lines[1].startswith("  bad name  a.pdf: 'ORDER Jason Goodman'")
    assert lines[2] == "titles passing the title check: 1/2"
    assert lines[3].startswith("  bad title  b.pdf: 'TABLE OF CONTENTS'")


@pytest.mark.parametrize(
    ("row", "checked"),
    [
        # pool: only where the court is printed on the filing itself
        ({"file": "a.pdf", "court_id": "cand", "court_printed": "yes", "attachment": ""}, True),
        ({"file": "a.pdf", "court_id": "cand", "court_printed": "no", "attachment": ""}, False),
        ({"file": "a.pdf", "court_id": "cand", "court_printed": "yes", "attachment": "2"}, False),
        # pool2: every file with a text layer (its ids were read from the printed caption)
        ({"file": "state/x.pdf", "court_id": "njsuperct", "text_layer": "yes"}, True),
        ({"file": "x.pdf", "court_id": "ord", "text_layer": "partial"}, True),
        ({"file": "x.pdf", "court_id": "scotus", "text_layer": "no"}, False),
        ({"file": "x.pdf", "court_id": "", "text_layer": "yes"}, False),
    ],
)
def test_court_rows_compared(row: dict[str, str], checked: bool) -> None:
    assert _court_checked(row) is checked


def test_manifest_ids_map_to_courts_db_ids() -> None:
    from courts_db import courts

    ids = {c["id"] for c in courts}
    assert set(MANIFEST_COURT_IDS.values()) <= ids
    assert not set(MANIFEST_COURT_IDS) & ids  # only ids courts-db does not know are mapped
