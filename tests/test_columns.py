"""Two-column captions: the left column (parties) is read before the right (case number,
title), even when the two columns do not share baselines (N.D. Cal. sets the title in
its own leading, so "SONICWALL, INC.," prints half a line below "REDACTIONS ON OR
BEFORE")."""

from __future__ import annotations

from courtparse.layout.columns import order_lines
from courtparse.layout.lines import Line, Word
from courtparse.pdf.base import make_char

SIZE = 12.0


def _line(text: str, x0: float, top: float, row: int) -> Line:
    words = []
    x = x0
    for token in text.split():
        chars = []
        for ch in token:
            chars.append(make_char(ch, x, x + 6.0, top, top + SIZE, SIZE, True))
            x += 6.0
        words.append(Word(chars))
        x += 3.0
    return Line(words, row)


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


# (x0, top, text): read off page 1 of an N.D. Cal. order (cand 315257, ECF 414).
CAPTION = [
    (112, 228.2, "FINJAN LLC,"),
    (350, 228.2, "Case No. 17-cv-04467-BLF"),
    (183, 249.8, "Plaintiff,"),
    (350, 267.6, "ORDER DIRECTING PARTIES TO"),
    (151, 273.8, "v."),
    (350, 281.4, "SUBMIT STIPULATED PROPOSED"),
    (350, 295.2, "REDACTIONS ON OR BEFORE"),
    (112, 300.2, "SONICWALL, INC.,"),
    (350, 309.0, "MARCH 22, 2021"),
    (183, 321.8, "Defendant."),
]


def test_columns_without_shared_baselines_read_left_then_right() -> None:
    lines = [_line(t, x, top, row) for row, (x, top, t) in enumerate(CAPTION)]
    ordered, caption = order_lines(lines)
    assert _texts(ordered) == [
        "FINJAN LLC,", "Plaintiff,", "v.", "SONICWALL, INC.,", "Defendant.",
        "Case No. 17-cv-04467-BLF", "ORDER DIRECTING PARTIES TO",
        "SUBMIT STIPULATED PROPOSED", "REDACTIONS ON OR BEFORE", "MARCH 22, 2021",
    ]
    assert len(caption) == len(CAPTION)


def test_a_row_read_as_one_fragment_is_cut_at_the_right_column() -> None:
    rows = [
        _line("PROOFPOINT, INC.; CLOUDMARK LLC", 72, 468.0, 0),
        _line("CASE NO. 3:19-cv-04238-MMC (RMI)", 315, 468.0, 0),
        _line("Plaintiffs,", 144, 500.0, 1),
        _line("PLAINTIFFS’ ADMINISTRATIVE", 315, 500.0, 1),
        # one fragment: the left column runs to within a column gap of the right one
        Line(
            _line("VADE SECURE, INCORPORATED; VADE", 72, 563.0, 2).words
            + _line("Date: N/A", 315, 563.0, 2).words,
            2,
        ),
        _line("SECURE SASU; OLIVIER LEMARIÉ", 72, 580.0, 3),
        _line("Judge: Hon. Robert M. Illman", 315, 580.0, 3),
        _line("Defendants.", 144, 612.0, 4),
    ]
    ordered, _ = order_lines(rows)
    texts = _texts(ordered)
    assert texts.index("VADE SECURE, INCORPORATED; VADE") < texts.index("Defendants.")
    assert texts.index("Defendants.") < texts.index("CASE NO. 3:19-cv-04238-MMC (RMI)")
    assert "Date: N/A" in texts


def test_single_column_text_keeps_its_order() -> None:
    body = [_line(f"Line {i} of a paragraph that runs the full width", 72, 100.0 + 14 * i, i) for i in range(6)]
    ordered, caption = order_lines(body)
    assert _texts(ordered) == _texts(body)
    assert caption == set()


def test_a_centred_heading_over_the_caption_is_not_cut() -> None:
    # The court's name is centred over both columns; its word space may fall on the
    # right column's edge (cand, a motion to seal on pleading paper).
    rows = [
        _line("NORTHERN DISTRICT OF CALIFORNIA", 248, 200.0, 0),
        _line("SINCO TECHNOLOGIES PTE LTD,", 72, 230.0, 1),
        _line("Case No. 3:17CV5517", 350, 230.0, 1),
        _line("Plaintiff,", 144, 244.0, 2),
        _line("PLAINTIFF SINCO TECHNOLOGIES", 350, 244.0, 2),
    ]
    ordered, _ = order_lines(rows)
    assert "NORTHERN DISTRICT OF CALIFORNIA" in _texts(ordered)


def _field(label: str, value: str, x0: float, top: float, row: int) -> Line:
    """A form's field: its value a gap of 1.5 sizes after its label."""
    lab = _line(label, x0, top, row)
    return Line(lab.words + _line(value, lab.x1 + 1.5 * SIZE, top, row).words, row)


def test_a_row_of_form_fields_is_read_before_the_table_under_it() -> None:
    # C.D. Cal. criminal minutes (cacd.605797.1670.0): the header row prints two fields,
    # "Case No. …" and "Date …", right above the clerk table's columns. A row of fields
    # reads left to right; it is not the first row of a two-column block.
    rows = [
        _field("Case No.", "2:14-cr-00684-CAS", 28, 103.0, 0),
        _field("Date", "May 1, 2019", 369, 103.0, 0),
        _line("Interpreter", 28, 126.0, 1),
        _line("Benjamin Barron, Not Present", 399, 126.0, 1),
        _line("Catherine Jeang", 52, 142.0, 2),
        _line("A. Carley Palmer, Not Present", 398, 142.0, 2),
        _line("Deputy Clerk", 59, 158.0, 3),
        _line("Lindsay Bailey, Not Present", 398, 158.0, 3),
    ]
    ordered, caption = order_lines(rows)
    assert _texts(ordered)[:2] == ["Case No. 2:14-cr-00684-CAS", "Date May 1, 2019"]
    assert id(ordered[0]) not in caption
    assert id(ordered[1]) not in caption
    # The table under it is still read column by column.
    assert _texts(ordered)[2:5] == ["Interpreter", "Catherine Jeang", "Deputy Clerk"]
