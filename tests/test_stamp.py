"""ECF stamp lines of district courts beyond the first corpus (``layout/stamp.py``): each
court prints the same facts in its own words. The rows come from pool2's filings and from
the stamp wordings CourtListener's OCR check lists."""

from __future__ import annotations

import datetime as dt

import pytest

from courtparse.layout.stamp import parse_stamp_line

D = dt.date

STAMPS = [
    # N.D. Ill.
    ("Case: 1:04-cv-00397 Document #: 759 Filed: 03/26/10 Page 1 of 20 PageID #:2954",
     ("1:04-cv-00397", 759, None, D(2010, 3, 26), 20, 2954)),
    # W.D. Wis. (lower-case judge initials)
    ("Case: 3:19-cv-00123-jdp Document #: 25 Filed: 04/05/20 Page 1 of 4",
     ("3:19-cv-00123-jdp", 25, None, D(2020, 4, 5), 4, None)),
    # E.D. Mich.
    ("Case 2:22-cv-10208-LJM-JJCG ECF No. 11, PageID.229 Filed 03/10/22 Page 1 of 55",
     ("2:22-cv-10208-LJM-JJCG", 11, None, D(2022, 3, 10), 55, 229)),
    # D. Minn.
    ("CASE 0:21-cv-02669-PJS-DTS Doc. 56 Filed 07/19/22 Page 1 of 65",
     ("0:21-cv-02669-PJS-DTS", 56, None, D(2022, 7, 19), 65, None)),
    # N.D. Ohio: the page count without "Page"
    ("Case: 1:23-cv-02064-JPC Doc #: 1 Filed: 10/20/23 1 of 68. PageID #: 1",
     ("1:23-cv-02064-JPC", 1, None, D(2023, 10, 20), 68, 1)),
    # S.D. Tex.
    ("Case 4:23-cv-04565 Document 1 Filed on 12/05/23 in TXSD Page 1 of 32",
     ("4:23-cv-04565", 1, None, D(2023, 12, 5), 32, None)),
    # S.D. Fla.
    ("Case 1:21-cv-23443-BB Document 38 Entered on FLSD Docket 02/02/2022 Page 1 of 17",
     ("1:21-cv-23443-BB", 38, None, D(2022, 2, 2), 17, None)),
    # W.D. Wash.
    ("Case 2:17-cv-00123-JLR Dkt. # 45 Filed 01/02/18 Page 1 of 3",
     ("2:17-cv-00123-JLR", 45, None, D(2018, 1, 2), 3, None)),
    # D. Del. with an attachment
    ("Case 1:21-cv-00907-RGA Document 12-3 Filed 06/25/21 Page 2 of 64 PageID #: 101",
     ("1:21-cv-00907-RGA", 12, 3, D(2021, 6, 25), 64, 101)),
]


@pytest.mark.parametrize(("line", "want"), STAMPS)
def test_district_stamps(line: str, want: tuple[object, ...]) -> None:
    stamp = parse_stamp_line(line)
    assert stamp is not None
    assert (stamp.case_number, stamp.document, stamp.attachment, stamp.filed, stamp.page_count,
            stamp.page_id) == want


APPELLATE = [
    # 11th Cir.: no entry number printed at all
    ("USCA11 Case: 20-12345 Date Filed: 03/04/2021 Page: 1 of 5",
     ("20-12345", None, None, D(2021, 3, 4), 5, None)),
    ("USCA11 Case: 20-12345 Document: 45-1 Date Filed: 03/04/2021 Page: 1 of 5",
     ("20-12345", 45, 1, D(2021, 3, 4), 5, None)),
    # 4th Cir.
    ("USCA4 Appeal: 17-2218 Doc: 17 Filed: 12/21/2017 Pg: 1 of 1",
     ("17-2218", 17, None, D(2017, 12, 21), 1, None)),
    # D.C. Cir.
    ("USCA Case #19-1234 Document #1834567 Filed: 03/04/2020 Page 1 of 5",
     ("19-1234", 1834567, None, D(2020, 3, 4), 5, None)),
    # bankruptcy, judge-suffixed chapter numbers (N.D. Tex. "sgj11")
    ("Case 19-31234-sgj11 Doc 45 Filed 03/04/20 Entered 03/04/20 12:34:56 Page 1 of 5",
     ("19-31234-sgj11", 45, None, D(2020, 3, 4), 5, None)),
]


@pytest.mark.parametrize(("line", "want"), APPELLATE)
def test_appellate_and_bankruptcy_stamps(line: str, want: tuple[object, ...]) -> None:
    test_district_stamps(line, want)


@pytest.mark.parametrize(
    "line",
    [
        # a district case line with a date and a page but no entry is not a stamp
        "Case: 20-12345 Date Filed: 03/04/2021 Page: 1 of 5",
        # body sentences that name a case and a document are not stamps
        "Case No. 1:20-cv-01234 concerns the Document filed on 01/02/20.",
        "Case 3:18-cv-01234 was assigned; see ECF No. 12.",
        "In the case 2:19-cv-1 the court, Doc. 12, held",
        "Case: 1:23-cv-02064-JPC",
    ],
)
def test_not_stamps(line: str) -> None:
    assert parse_stamp_line(line) is None


@pytest.mark.parametrize(
    ("line", "below", "total"),
    [
        # D. Utah: the stamp is too long for one line and its total wraps
        ("Case 2:23-cv-00159-AMA-CMR Document 104 Filed 09/23/24 PageID.1234 Page 1 of", "14", 14),
        ("Case 2:23-cv-00159-AMA-CMR Document 104 Filed 09/23/24 PageID.1234 Page 1 of", " 7 ", 7),
        # a whole stamp, or a next line that is not a lone number, gives nothing
        ("Case 2:23-cv-00159-AMA-CMR Document 104 Filed 09/23/24 Page 1 of 14", "15", None),
        ("Case 2:23-cv-00159-AMA-CMR Document 104 Filed 09/23/24 PageID.1234 Page 1 of", "IN THE UNITED STATES", None),
    ],
)
def test_a_page_total_wrapped_below_the_stamp(line: str, below: str, total: int | None) -> None:
    from courtparse.layout.stamp import wrapped_page_total

    assert wrapped_page_total(line, below) == total
