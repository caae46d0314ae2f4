"""Court forms' fields: a label kept with the value printed after it on its row.

C.D. Cal. minutes (CV-90, CR-484), a notice of motion's hearing block and other court
forms print a field's value at a tab stop after its label, often more than a column gap
away ("Title      Jane Roe v. Acme Widgets, Inc."), and a second field on the right of
the same row ("Case No.  CV 16-4435 PA (MRWx)      Date  August 8, 2016"). Rows are cut
into fragments by geometry alone (``lines.split_fragments``); here a label's fragment
takes its value's back (``join_fields``), and ``field_value_x0`` tells the caption
columns (``columns.py``) and the line joiner (``assemble.py``) where a field's value
starts. docs/forms.md lists the labels and the forms that taught them.
"""

from __future__ import annotations

import re

from courtparse.layout.lines import Line, Word
from courtparse.layout.params import DEFAULT as P

_FIELD_LABEL_RE = re.compile(
    r"""
    ^(?P<label>(?i:
        # The fields a court's form prints before their values, with or without a colon:
        # C.D. Cal. minutes (CV-90, CR-484) "Case No." "Date" "Title" "Proceedings:"
        # (cacd.624044.400.0, cacd.605797.1670.0), "Case No.:" "Date:" "Title:"
        # (labeled/cacd.657892.182.0); a notice of motion's "Date:" "Time:" "Dept:"
        # "Judge:" "Ctrm:" (cacd.645219.282.0, cacd.635155.962.0).
        (?:case|docket)\s(?:no|nos|number)\.?
      | date | title | judge | time | courtroom | ctrm\.? | dept\.? | proceedings
      | present:?\sthe\shonorable  # the minutes' judge: "Present: The Honorable  GEORGE H. WU"
    ))\s?:?$
    # Not any short line ending in a colon: a transcript's "THE COURT:" or "MS. CHEN:"
    # opens running speech, an appearance list's "FOR PLAINTIFF:" heads a column.
    """,
    re.VERBOSE,
)

_SEPARATOR_START = frozenset(")]|:§")
"""A caption's ")" column, stripped after rows are split: what follows a label across it
("In re:  ) Case No. 20-50682") is the other column, not the label's value."""


def _is_label(words: list[Word]) -> bool:
    """Whether a fragment is a form field's label ("Case No.", "Title", "Date:")."""
    return len(words) <= P.label_words and _FIELD_LABEL_RE.match(" ".join(w.text for w in words)) is not None


def _opens_field(words: list[Word]) -> bool:
    """Whether a fragment starts with a field's label ("Date August 8, 2016") or is
    another column's heading ("Description:")."""
    if len(words) <= P.label_words and words[-1].text.endswith(":"):
        return True
    return any(_is_label(words[:k]) for k in range(1, min(len(words), P.label_words) + 1))


def field_value_x0(line: Line) -> float | None:
    """Where the value of a form field starts, when the line opens with the field's
    label and the form's gap after it ("Title   Jane Roe v. Acme Widgets, Inc."); None
    for any other line. The value's continuation prints under it. Per line: words are
    looked at only when the gap is there, which a body line does not print."""
    words = line.words
    for k in range(1, min(len(words), P.label_words + 1)):
        a, b = words[k - 1], words[k]
        if b.x0 - a.x1 >= P.label_gap * max(a.size, b.size, 1.0):
            return b.x0 if _is_label(words[:k]) else None
    return None


def join_fields(fragments: list[Line]) -> list[Line]:
    """A row's fragments with each form field's label joined to its value, however
    wide the form's gap ("Title" ... "Jane Roe v. ...")."""
    if len(fragments) == 1:
        return fragments
    # A split row (a caption's columns, a form's fields): a label takes its value, when
    # the row goes on, if at all, with another field ("Case No." | "CV 16-4435 PA
    # (MRWx)" | "Date August 8, 2016"), not with a table's next cell ("Date" |
    # "Proposed" | "Tek's", cacd.661853.352.2) or heading ("Date:" | "Description:").
    merged: list[Line] = []
    k = 0
    n = len(fragments)
    while k < n:
        label = fragments[k]
        if k + 1 < n and _is_label(label.words):
            nxt = fragments[k + 1]
            a, b = label.words[-1], nxt.words[0]
            if (
                b.x0 - a.x1 <= P.label_reach * max(a.size, b.size, 1.0)
                and b.text[:1] not in _SEPARATOR_START
                and not _opens_field(nxt.words)
                and (k + 2 == n or _opens_field(fragments[k + 2].words))
            ):
                merged.append(Line(label.words + nxt.words, label.row))
                k += 2
                continue
        merged.append(label)
        k += 1
    return merged
