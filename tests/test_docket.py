"""Docket citations and the caption's "Re:" entries, as filings from several courts print
them; ranges versus attachments; what is not a citation; survival of line breaks and
pleading line numbers inside a citation."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.docket import extract_docket_citations, extract_re_entries
from courtparse.models import DocketEntryRef
from courtparse.text import CleanText, FootnoteText


def _keys(entries: tuple[DocketEntryRef, ...] | list[DocketEntryRef]) -> list[str]:
    return [f"{e.number}" if e.attachment is None else f"{e.number}-{e.attachment}" for e in entries]


BODY = "The court has considered the papers that the parties filed in support of the motion. "

# sentence as printed -> (raw, entries, pin) of each citation
CITATION_CASES: list[tuple[str, list[tuple[str, list[str], str | None]]]] = [
    # N.D. Cal. (Ryu, J.): bracketed Docket Nos.
    ("in which Defendant IQ System, Inc. joined. [Docket Nos. 337, 340.]",
     [("Docket Nos. 337, 340", ["337", "340"], None)]),
    ("Plaintiff timely filed the statements. [Docket Nos. 589, 590.]",
     [("Docket Nos. 589, 590", ["589", "590"], None)]),
    ("IQS attaches call records. [Docket No. 596-1.]", [("Docket No. 596-1", ["596-1"], None)]),
    # N.D. Cal. (Davila, J.; Chhabria, J.; Freeman, J.)
    ("Federal Rule of Criminal Procedure 12.2(c). Dkt. No. 444. The Court subsequently",
     [("Dkt. No. 444", ["444"], None)]),
    ("this matter, see Dkt. No. 530 (\u201cOpp.\u201d), Dkt. No. 536 (\u201cReply\u201d), the Court",
     [("Dkt. No. 530", ["530"], None), ("Dkt. No. 536", ["536"], None)]),
    ("Finjan's MIL No. 1, ECF 527.", [("ECF 527", ["527"], None)]),
    ("Opp'n to Finjan's MIL No. 1 at 4-5, ECF 566-4 (redacted version available at ECF 607)",
     [("ECF 566-4", ["566-4"], None), ("ECF 607", ["607"], None)]),
    ("Id. at 4-5 (citing ECF 318-6 (McDaniel Report) \u00b6\u00b6 214, 222).",
     [("ECF 318-6", ["318-6"], None)]),
    ("ECF 319-3 at 87. Cisco then explains:", [("ECF 319-3 at 87", ["319-3"], "87")]),
    ("Motion to Strike. See ECF 413. The Order references", [("ECF 413", ["413"], None)]),
    # E.D. Cal.: ECF No., pins, lower-case "docket number(s)"
    ("amount constituted 25% of past-due benefits. (ECF No. 26-3 at 3).",
     [("ECF No. 26-3 at 3", ["26-3"], "3")]),
    ("litigating Plaintiff's case. (ECF No. 26-4 at 2-4). This represents",
     [("ECF No. 26-4 at 2-4", ["26-4"], "2-4")]),
    ("shown on every page of docket number 26-2 and on every page of docket number 26-3.",
     [("docket number 26-2", ["26-2"], None), ("docket number 26-3", ["26-3"], None)]),
    ("The Clerk of Court is directed to SEAL docket numbers 26-2 and 26-3; and",
     [("docket numbers 26-2 and 26-3", ["26-2", "26-3"], None)]),
    ("ORDER SEALING DOCKET NUMBERS 26-2 AND 26-3 AND REQUIRING COUNSEL",
     [("DOCKET NUMBERS 26-2 AND 26-3", ["26-2", "26-3"], None)]),
    ("(Doc. No. 200 at 2.)", [("Doc. No. 200 at 2", ["200"], "2")]),
    # C.D. Cal.
    ("Ex Parte Application for a TRO (Dkt. 10).", [("Dkt. 10", ["10"], None)]),
    ("Second Amended Complaint (Dkt. 132).", [("Dkt. 132", ["132"], None)]),
    ("Accordingly, the Court DENIES the applications to seal. (Dkt. Nos. 169-170.)",
     [("Dkt. Nos. 169-170", ["169", "170"], None)]),
    ("Order Denying Applications to Seal (Dkt. Nos. 169, 171)",
     [("Dkt. Nos. 169, 171", ["169", "171"], None)]),
    ("writ of continuing garnishment pursuant to 28 U.S.C. \u00a7 3205(b). [Doc. # 14.] The",
     [("Doc. # 14", ["14"], None)]),
    ("See dkts. 51, 53\u201358, 60.", [("dkts. 51, 53\u201358, 60", ["51", "53", "54", "55", "56", "57", "58", "60"], None)]),
    ("(Dkt. 180\u20135 \u00b6 13.)", [("Dkt. 180\u20135 \u00b6 13", ["180-5"], "\u00b6 13")]),
    ("(Dkt. 12 at 3)", [("Dkt. 12 at 3", ["12"], "3")]),
    ("(Dkt. [169])", [("Dkt. [169]", ["169"], None)]),
    # N.D. Cal. bankruptcy (Uber): "Dkt 209" without a period
    ("filed under seal on March 29, 2021 (Dkt 209) but is now", [("Dkt 209", ["209"], None)]),
    # D. Ariz. MDL: plural "Docs." and a continuation attachment
    ("closed to new cases on May 31, 2019. Docs. 18079, 18128. Thousands",
     [("Docs. 18079, 18128", ["18079", "18128"], None)]),
    ("See Docs. 16343, 19445, 19798-1, -2. The", [("Docs. 16343, 19445, 19798-1, -2", ["16343", "19445", "19798-1", "19798-2"], None)]),
    ("filed. Doc. 1. More than", [("Doc. 1", ["1"], None)]),
    # ranges and lists
    ("(ECF Nos. 45\u201347)", [("ECF Nos. 45\u201347", ["45", "46", "47"], None)]),
    ("Dkt. Nos. 26-2, 26-3", [("Dkt. Nos. 26-2, 26-3", ["26-2", "26-3"], None)]),
    ("ECF No. 12-1", [("ECF No. 12-1", ["12-1"], None)]),
    ("(ECF 537)", [("ECF 537", ["537"], None)]),
    ("(Doc. 5)", [("Doc. 5", ["5"], None)]),
    ("(Dkt. No. 70 \u00b6 3)", [("Dkt. No. 70 \u00b6 3", ["70"], "\u00b6 3")]),
    ("(D.E. 206-3)", [("D.E. 206-3", ["206-3"], None)]),
    ("(Docket Entry Nos. 5, 17)", [("Docket Entry Nos. 5, 17", ["5", "17"], None)]),
    ("DOCKET ENTRIES 1-8, 15 and 23-26", [("DOCKET ENTRIES 1-8, 15 and 23-26",
      ["1", "2", "3", "4", "5", "6", "7", "8", "15", "23", "24", "25", "26"], None)]),
    ("Dkt. No. 5, 10 days later", [("Dkt. No. 5", ["5"], None)]),
    # D. Del.: "D.I." (docket item), with pins
    ("Defendant moved to dismiss. (D.I. 35). I have considered the briefing. (D.I. 40, 43, 45).",
     [("D.I. 35", ["35"], None), ("D.I. 40, 43, 45", ["40", "43", "45"], None)]),
    ("(See D.I. 35-2 at 8-9 of 14)", [("D.I. 35-2 at 8-9", ["35-2"], "8-9")]),
    ("But Plaintiffs cite D. I. 72 at 14.", [("D. I. 72 at 14", ["72"], "14")]),
    # E.D.N.Y.: "Dkt. Entry No."; Ninth Circuit "Docket Entry No." without a period
    ("(Dkt. Entry No. 45)", [("Dkt. Entry No. 45", ["45"], None)]),
    ("(Dkt. Entry Nos. 45, 46)", [("Dkt. Entry Nos. 45, 46", ["45", "46"], None)]),
    ("No. 20-16276, Docket Entry No 10. The", [("Docket Entry No 10", ["10"], None)]),
    # S.D. Fla.: "[DE 45]", "(DE #12)", "[D.E. 45 at 3]"
    ("the Motion [DE 45] is GRANTED", [("DE 45", ["45"], None)]),
    ("(DE #12)", [("DE #12", ["12"], None)]),
    ("[D.E. 45 at 3]", [("D.E. 45 at 3", ["45"], "3")]),
    # Sixth Circuit record cites and PageID pins (E.D. Mich., N.D. Ohio)
    ("(R. 45, PageID 123)", [("R. 45, PageID 123", ["45"], "PageID 123")]),
    ("(R. 12-1, Order, PageID 340)", [("R. 12-1", ["12-1"], None)]),
    ("See ECF No. 1 at PageID.9. Despite", [("ECF No. 1 at PageID.9", ["1"], "PageID.9")]),
    ("(ECF No. 1, \u00b6 44, PageID #14.)", [("ECF No. 1, \u00b6 44, PageID #14", ["1"], "\u00b6 44, PageID #14")]),
    # E.D. La. "R. Doc.", "Rec. Doc."; W.D. La. "Record Document"
    ("digital art to troll the SEC. R. Doc. 1 at \u00b6\u00b6 5-9. They",
     [("R. Doc. 1 at \u00b6\u00b6 5-9", ["1"], "\u00b6\u00b6 5-9")]),
    ("an unregistered security.\u201d R. Doc. 18-3 at p. 2. The SEC", [("R. Doc. 18-3 at p. 2", ["18-3"], "2")]),
    ("(Rec. Docs. 12, 14)", [("Rec. Docs. 12, 14", ["12", "14"], None)]),
    ("[Record Document 12]", [("Record Document 12", ["12"], None)]),
    # a line break after the attachment's hyphen
    ("(ECF 459-\n16)", [("ECF 459-16", ["459-16"], None)]),
    # a minus sign printed for the hyphen is a hyphen
    ("(ECF No. 26\u22123 at 3)", [("ECF No. 26\u22123 at 3", ["26-3"], "3")]),
    # adjacent brackets after a label
    ("(Dkt. [169][170])", [("Dkt. [169][170]", ["169", "170"], None)]),
    # not citations
    ("No. 17-2218", []),
    ("Nos. 17-2400 & 17-2401", []),
    ("This Court has jurisdiction pursuant to 28 U.S.C. \u00a7 1332.", []),
    ("Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 Page 1 of 2", []),
    ("Case: 20-03050 Doc# 277 Filed: 04/14/21 Entered: 04/14/21 11:10:22 Page 1 of 2", []),
    ("Docket No. 17-2218", []),
    ("Docket No.: 3:19-cv-04238-MMC", []),
    ("Finjan's Motion in Limine No. 1 to Preclude Reference", []),
    ("DOCS_SF:105374.1 85647/001", []),
    ("the ECF system sends notice", []),
    ("1209 Orange Street, Wilmington, DE 19801", []),
    ("See Fed. R. Civ. P. 12; 10th Cir. R. 32.1(A).", []),
    ("pursuant to R. 4:5A-2.", []),
    ("Eastern District of Pennsylvania, MDL Docket No. 1999, (October 4-5, 2007)", []),
    ("Protection Act of 1991, CG Dkt. Nos. 02-278 and 05-338, Order", []),
    ("D.C. Docket No. 1:19-cv-01234-ABC", []),
    ("D.C. Docket No. 12345", []),
    ("Docket #: 17-3510", []),
    ("Docket No. 20-1234", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CITATION_CASES, ids=[c[0][:50] for c in CITATION_CASES])
def test_citations(sentence: str, expected: list[tuple[str, list[str], str | None]]) -> None:
    text = BODY + sentence
    got = extract_docket_citations(CleanText.from_string(text))
    assert [(c.raw, _keys(c.entries), c.pin) for c in got] == expected
    for c in got:
        assert c.span.start >= len(BODY)
        assert text[c.span.start : c.span.end].startswith(c.raw.split()[0])


RE_CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "ndcal_re_dkt_no",
        "LOOP AI LABS INC,\nPlaintiff,\nv.\nANNA GATTI, et al.,\nDefendants.\n"
        "Case No. 15-cv-00798-HSG (DMR)\nORDER DENYING ADMINISTRATIVE\nMOTION FOR LEAVE\n"
        "Re: Dkt. No. 337\n"
        "The court has received Defendant Almaxwave USA, Inc.'s administrative motion for leave to "
        "file motions to compel discovery. [Docket Nos. 337, 340.]\n",
        ["337"],
        ["337", "340"],
    ),
    (
        "ndcal_re_list_with_trailing_period",
        "UNITED STATES OF AMERICA,\nCase No. 18-cr-00258-EJD-1\nPlaintiff,\n"
        "ELIZABETH A. HOLMES, Re: Dkt. No. 527.\nDefendant.\n"
        "On July 8, 2020, this Court granted the Government's Motion for an Examination under the "
        "rule. Dkt. No. 444.\n",
        ["527"],
        ["444"],
    ),
    (
        "ndcal_re_bracket_split_by_other_column",
        "FINJAN, INC., Case No. 17-cv-00072-BLF\nPlaintiff,\nORDER ON MOTIONS IN LIMINE\nv.\n"
        "[Re: ECF 527; 528; 539; 531; 534; 535;\nCISCO SYSTEMS INC.,\n536; 537]\nDefendant.\n"
        "Plaintiff Finjan, Inc. brings this patent infringement lawsuit against Defendant Cisco "
        "Systems, Inc., alleging infringement of its patents. Finjan's MIL No. 1, ECF 527.\n",
        ["527", "528", "539", "531", "534", "535", "536", "537"],
        ["527"],
    ),
    (
        "ndcal_re_dkt_nos",
        "GILEAD SCIENCES, INC., et al., Re: Dkt. Nos. 626, 627\n",
        ["626", "627"],
        [],
    ),
    (
        "caed_parenthesized_under_title",
        "TRACIE STILL, No. 1:11-cv-00637-NONE-EPG\nPlaintiff, ORDER GRANTING MOTION FOR\n"
        "ATTORNEY'S FEES\nv.\n(ECF No. 26)\nCOMMISSIONER OF SOCIAL\nSECURITY,\n"
        "Counsel for Plaintiff filed a Motion for Attorney's Fees on November 16, 2015. (ECF No. 26).\n",
        ["26"],
        ["26"],
    ),
    (
        "body_re_is_not_caption",
        "CAPTION\nThe court has received the motion and the parties have filed the papers in the case.\n"
        "Re: Dkt. No. 45 the court rules as follows.\n",
        [],
        ["45"],
    ),
]


@pytest.mark.parametrize(("text", "re_", "cited"), [c[1:] for c in RE_CASES], ids=[c[0] for c in RE_CASES])
def test_re_entries_only_in_caption_re(text: str, re_: list[str], cited: list[str]) -> None:
    clean = CleanText.from_string(text)
    assert _keys(extract_re_entries(clean)) == re_
    assert _keys([e for c in extract_docket_citations(clean) for e in c.entries]) == cited


# Bare bracketed entries: after a document's description, in any filing; a run of them is
# one citation with every entry.
BRACKET_CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # C.D. Cal. minutes
    ("Proceedings: (IN CHAMBERS) ORDER RE: Defendants' Motion to Dismiss [169]\n"
     "The Court has read Plaintiff's Opposition [171] and the Reply [175-1]. See also [1].\n",
     [("[169]", ["169"]), ("[171]", ["171"]), ("[175-1]", ["175-1"])]),
    ("The Court is in receipt of the Mediation Report[397] filed by the Mediator.", [("[397]", ["397"])]),
    # C.D. Cal. minutes: a run over two lines, one closing bracket lost
    ("HEARING ON MOTIONS IN LIMINE[328][329][330]\n[331][339[340][351]\n(Filed 06/12/2019)",
     [("[328][329][330] [331][339[340][351]", ["328", "329", "330", "331", "339", "340", "351"])]),
    # C.D. Cal. order (not minutes): the only citation of the filing
    ("the Court GRANTS the order to seal the entire pleading [1] from public view.", [("[1]", ["1"])]),
    # N.D. Ill.
    ("For all the foregoing reasons, Knight's motion for summary judgment [584] is granted.",
     [("[584]", ["584"])]),
    ("the Court denies Plaintiffs' motion to strike [85] and denies Defendants' motion to dismiss [73].",
     [("[85]", ["85"]), ("[73]", ["73"])]),
    # N.D. Ill.: a ruling right after the bracket, the description long past the document word
    ("Plaintiffs' motion to continue the motion for summary judgment filed by Knight pursuant to Fed. R. Civ. P. 56(f) until after completion of discovery [651] is denied.",
     [("[651]", ["651"])]),
    ("The objections of the intervenors and of the Trustee appointed under the plan [212] are overruled.",
     [("[212]", ["212"])]),
    # not citations: an enumerator inside a quotation, a transcript's word index, no document
    ("The three factors are [1] the nature of the claim, [2] the harm, and [3] the cost, and the last is denied weight.", []),
    ("an order that does not end the litigation must \u201c[1] conclusively determine the question", []),
    ("motion [16] 3/25 5/23 notes [1] 14/2\nrequest [1] - 3:17\n", []),
    ("The three factors are [1] the nature of the claim and [2] the harm.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), BRACKET_CASES, ids=[c[0][:40] for c in BRACKET_CASES])
def test_bracket_citations(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    got = extract_docket_citations(CleanText.from_string(BODY + sentence))
    assert [(c.raw, _keys(c.entries)) for c in got] == expected


def test_tax_court_docket_numbers_are_case_numbers() -> None:
    text = ("T.C. Memo. 2020-26\nUNITED STATES TAX COURT\nROCK BORDELON, Petitioner v.\n"
            "COMMISSIONER OF INTERNAL REVENUE, Respondent\nDocket Nos. 19031-13, 27735-13.\n"
            + BODY + "(Doc. 12 at 3).\n")
    got = extract_docket_citations(CleanText.from_string(text))
    assert [c.raw for c in got] == ["Doc. 12 at 3"]
    district = text.replace("UNITED STATES TAX COURT", "UNITED STATES DISTRICT COURT")
    raws = [c.raw for c in extract_docket_citations(CleanText.from_string(district))]
    assert raws == ["Docket Nos. 19031-13, 27735-13", "Doc. 12 at 3"]


def test_footnote_citations_carry_their_footnote() -> None:
    fn = FootnoteText("1", CleanText("The exact date is unreadable. (ECF No. 26-3 at 1).", footnote_index=0))
    body = CleanText(BODY + "(ECF No. 26).", footnotes=(fn,))
    got = extract_docket_citations(body)
    assert [(_keys(c.entries), c.span.footnote) for c in got] == [(["26"], None), (["26-3"], 0)]
    assert fn.clean.text[got[1].span.start : got[1].span.end] == "ECF No. 26-3 at 1"


# --- line breaks and pleading line-number runs inside a citation ---------------------------

SURVIVAL = [
    ("Dkt. No. 337", ["337"]),
    ("Docket Nos. 589, 590", ["589", "590"]),
    ("ECF No. 26-3 at 3", ["26-3"]),
    ("Dkt. Nos. 169-170", ["169", "170"]),
    ("docket numbers 26-2 and 26-3", ["26-2", "26-3"]),
    ("Docs. 16343, 19445, 19798-1, -2", ["16343", "19445", "19798-1", "19798-2"]),
    ("ECF 527; 528; 539", ["527", "528", "539"]),
]
# One family per example: a filing either prints pleading line numbers on every line or on
# none, so "26-\n2\n12 and" (a bare number line among numbered ones) cannot occur.
_PLAIN_GAPS = ["\n", " \n", "  ", "\n\n"]
_NUMBERED_GAPS = ["\n12 ", "\n3\n4 ", "\n 27  ", " \n9 "]
gap_lists = st.sampled_from([_PLAIN_GAPS, _NUMBERED_GAPS]).flatmap(
    lambda family: st.lists(st.sampled_from(family), min_size=1, max_size=6)
)


def _break(raw: str, gaps: list[str], where: list[bool]) -> str:
    out: list[str] = []
    for ch in raw:
        k = len(out)
        gap = gaps[k % len(gaps)] if where[k % len(where)] else None
        if ch == " ":
            out.append(gap or " ")
            continue
        out.append(ch)
        if ch == "-" and gap:
            out.append(gap)
    return "".join(out)


@given(
    case=st.sampled_from(SURVIVAL),
    gaps=gap_lists,
    where=st.lists(st.booleans(), min_size=1, max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_citation_survives_line_breaks_and_line_numbers(
    case: tuple[str, list[str]], gaps: list[str], where: list[bool]
) -> None:
    raw, entries = case
    text = BODY + "(" + _break(raw, gaps, where) + ")."
    got = extract_docket_citations(CleanText.from_string(text))
    assert len(got) == 1, (text, got)
    assert _keys(got[0].entries) == entries
    assert got[0].raw == raw


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text: str) -> None:
    clean = CleanText.from_string(text)
    for c in extract_docket_citations(clean):
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert c.entries
    extract_re_entries(clean)


_ALPHABET = st.sampled_from([*list("0123456789-–,;&() []\n.#¶"), "Dkt. ", "ECF ", "No. ", "Nos. ", "Re: ", " at ", " and ", "Doc. ", "MINUTES ", "Motion "])


@given(st.lists(_ALPHABET, max_size=80).map("".join))
@settings(max_examples=400, deadline=None)
def test_never_raises_on_citation_like_text(text: str) -> None:
    clean = CleanText.from_string(text)
    extract_docket_citations(clean)
    extract_re_entries(clean)


def test_examples_entry_multiset(examples_dir: Path) -> None:
    """caption.re + docket citations give each entry once per printing (examples/README)."""
    for txt in sorted(examples_dir.glob("*.txt")):
        label = json.loads(txt.with_suffix(".expected.json").read_text())
        clean = CleanText.from_string(txt.read_text())
        re_ = extract_re_entries(clean)
        assert [{"number": e.number, "attachment": e.attachment} for e in re_] == label["caption"]["re"]
        got = _keys(re_) + _keys([e for c in extract_docket_citations(clean) for e in c.entries])
        assert Counter(got) == Counter(label["docket_entry_numbers"]), txt.name
