"""The shared pattern helpers: ``finditer_near`` finds what a full scan finds, for the
patterns that use it (their contracts are written beside them), on text built from the
words those patterns read and the words that break them."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.dates import _DATE_ANCHOR, _DATE_RE, DATE_CHARS_AFTER, DATE_WORDS_BEFORE
from courtparse.extract.signature import (
    _JUDGE_ANCHOR,
    _JUDGE_TITLE,
    JUDGE_CHARS_AFTER,
    JUDGE_WORDS_BEFORE,
)
from courtparse.patterns import finditer_near

# Words dates, judges' titles and their neighbours are printed with, glued or spaced.
_PIECES = [
    "January", "Jan.", "Sept.", "may", "MAY", "6", "06", "6th", "2 3", "day", "of", "the", ",",
    "2016", "1999", "20161", "1/6/16", "01/06/2016", "3-17-2016", "2016-01-06", "26-2-3",
    "/", "12/", "(", ")", "No.", "__3/18/2013", "Chief", "Senior", "United", "States", "U.", "S.",
    "U.S.", "District", "Magistrate", "Court", "Judge", "JUDGE", "judges", "U.S.D.J.", "J.",
    "Hon.", "x", "Judge2020", "September23",
]
_SEPARATORS = [" ", "", "\n", "\n\n", "  ", "\t", "                    "]

# Whole phrases, their words parted by any separator: the longest each pattern reads.
_PHRASES = [
    ["this", "5th", "day", "of", "May", ",", "2020"],
    ["September", "2", "3", ",", "2020"],
    ["June", "7,", "2019"],
    ["In", "October", "2015,1"],
    ["Chief", "United", "States", "Senior", "District", "Court", "Judge"],
    ["Senior", "U.", "S.", "Magistrate", "Judge"],
    ["U.", "S.", "D.", "J."],
]


@st.composite
def _phrase(draw: st.DrawFn) -> str:
    words = draw(st.sampled_from(_PHRASES))
    return "".join(w + draw(st.sampled_from(_SEPARATORS)) for w in words)


_text = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)).map("".join),
        _phrase(),
    ),
    max_size=40,
).map("".join)


def _spans(matches: list[regex.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


# (pattern, anchor, words before, characters after): each user of ``finditer_near``
_SCANS = {
    "dates": (_DATE_RE, _DATE_ANCHOR, DATE_WORDS_BEFORE, DATE_CHARS_AFTER),
    "judge titles": (_JUDGE_TITLE, _JUDGE_ANCHOR, JUDGE_WORDS_BEFORE, JUDGE_CHARS_AFTER),
}


@pytest.mark.parametrize("scan", sorted(_SCANS))
@settings(max_examples=400, deadline=None)
@given(text=_text)
def test_matches_near_their_anchor_are_the_full_scans(scan: str, text: str) -> None:
    pattern, anchor, words, chars = _SCANS[scan]
    near = finditer_near(pattern, anchor, text, words_before=words, chars_after=chars)
    assert _spans(near) == _spans(list(pattern.finditer(text)))


def test_a_window_too_small_misses_what_the_full_scan_finds() -> None:
    # The contract matters: read one word before the year, "January 6, 2016" is cut.
    text = "Dated: January 6, 2016."
    assert _spans(finditer_near(_DATE_RE, _DATE_ANCHOR, text, words_before=1, chars_after=12)) != _spans(
        list(_DATE_RE.finditer(text))
    )
    assert [m.group() for m in finditer_near(
        _DATE_RE, _DATE_ANCHOR, text, words_before=DATE_WORDS_BEFORE, chars_after=DATE_CHARS_AFTER
    )] == ["January 6, 2016"]


def test_windows_that_touch_are_read_once() -> None:
    text = "filed 2016 2017 2018 and on May 5, 2020 and 1/6/16"
    near = finditer_near(_DATE_RE, _DATE_ANCHOR, text, words_before=DATE_WORDS_BEFORE, chars_after=DATE_CHARS_AFTER)
    assert [m.group() for m in near] == ["May 5, 2020", "1/6/16"]
