"""Case numbers: parsing every printed federal form, choosing the caption's own numbers,
and surviving line breaks and pleading line numbers inside a number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courtparse.extract.case_numbers import extract_case_numbers, parse_case_number
from courtparse.regions import caption_end, is_prose
from courtparse.text import CleanText
from courtparse.textinput import clean_text_input

# raw as printed -> (office, year, kind, number, judges, referral_judges, normalized)
PARSE_CASES: list[tuple[str, tuple[object, ...]]] = [
    # N.D. Cal. (Loop AI v. Gatti; Finjan v. Cisco; Holmes)
    ("15-cv-00798-HSG (DMR)", (None, 2015, "cv", 798, ("HSG",), ("DMR",), "15-cv-00798")),
    ("3:15-cv-00798-HSG", (3, 2015, "cv", 798, ("HSG",), (), "15-cv-00798")),
    ("18-cr-00258-EJD-1", (None, 2018, "cr", 258, ("EJD",), (), "18-cr-00258")),
    ("3:19-cv-04238-MMC (RMI)", (3, 2019, "cv", 4238, ("MMC",), ("RMI",), "19-cv-04238")),
    ("C 18-05982 WHA (JSC)", (None, 2018, "cv", 5982, ("WHA",), ("JSC",), "18-cv-05982")),
    ("C19-04593LB", (None, 2019, "cv", 4593, ("LB",), (), "19-cv-04593")),
    ("CR 16-440-WHA-1", (None, 2016, "cr", 440, ("WHA",), (), "16-cr-00440")),
    ("3:19-MJ-71534-MAG-1", (3, 2019, "mj", 71534, (), (), "19-mj-71534")),
    # C.D. Cal.
    ("2:20-mj-06108-DUTY", (2, 2020, "mj", 6108, (), (), "20-mj-06108")),
    ("CV 99-8333-DMG (SKx)", (None, 1999, "cv", 8333, ("DMG",), ("SK",), "99-cv-08333")),
    ("CV 19-1234-ABC (XYZx)", (None, 2019, "cv", 1234, ("ABC",), ("XYZ",), "19-cv-01234")),
    ("CV 16-06794 AB (JCx)", (None, 2016, "cv", 6794, ("AB",), ("JC",), "16-cv-06794")),
    ("16-CV-6794 AB (JCx)", (None, 2016, "cv", 6794, ("AB",), ("JC",), "16-cv-06794")),
    ("CASE NO. 16-CV-6794 AB (JCX)"[9:], (None, 2016, "cv", 6794, ("AB",), ("JC",), "16-cv-06794")),
    ("8:16-cv-1261 DOC (KESx)", (8, 2016, "cv", 1261, ("DOC",), ("KES",), "16-cv-01261")),
    ("SACR 16-76JVS", (None, 2016, "cr", 76, ("JVS",), (), "16-cr-00076")),
    # a C.D. Cal. affidavit of surety (clerk form, read by OCR) runs the parts together
    ("20MJ6108-1", (None, 2020, "mj", 6108, (), (), "20-mj-06108")),
    ("EDCV 16-137-GW(KKX)", (None, 2016, "cv", 137, ("GW",), ("KK",), "16-cv-00137")),
    ("5:16-CV-00263-DMG-(EX)", (5, 2016, "cv", 263, ("DMG",), ("E",), "16-cv-00263")),
    ("2:16-CV-3714-GW-AGRX", (2, 2016, "cv", 3714, ("GW", "AGR"), (), "16-cv-03714")),
    ("2:20-cv-09582-JFW-E", (2, 2020, "cv", 9582, ("JFW", "E"), (), "20-cv-09582")),
    ("8:16-ml-02693-JLS (KESx)", (8, 2016, "ml", 2693, ("JLS",), ("KES",), "16-ml-02693")),
    # E.D. Cal.
    ("1:11-cv-00637-NONE-EPG", (1, 2011, "cv", 637, ("EPG",), (), "11-cv-00637")),
    ("1:20-MJ-00104 EPG", (1, 2020, "mj", 104, ("EPG",), (), "20-mj-00104")),
    ("2:20-SW-927 DB", (2, 2020, "sw", 927, ("DB",), (), "20-sw-00927")),
    # S.D.N.Y.
    ("1:18-cv-08653-VEC-SDA", (1, 2018, "cv", 8653, ("VEC", "SDA"), (), "18-cv-08653")),
    ("1:18-cv-08653 (VEC) (SDA)", (1, 2018, "cv", 8653, ("VEC",), ("SDA",), "18-cv-08653")),
    ("18 Civ. 8653 (VEC) (SDA)", (None, 2018, "cv", 8653, ("VEC",), ("SDA",), "18-cv-08653")),
    # D. Ariz. MDL: PHX is a division, not a judge
    ("MDL 15-02641-PHX-DGC", (None, 2015, "md", 2641, ("DGC",), (), "15-md-02641")),
    ("CV-15-01234-PHX-DGC", (None, 2015, "cv", 1234, ("DGC",), (), "15-cv-01234")),
    # bankruptcy and appellate plain numbers: no type, so no normalized core
    ("19-30088 (DM)", (None, 2019, None, 30088, ("DM",), (), None)),
    ("20-03050 (HLB)", (None, 2020, None, 3050, ("HLB",), (), None)),
    ("14-80555-JJG-13", (None, 2014, None, 80555, ("JJG",), (), None)),
    ("17-2218", (None, 2017, None, 2218, (), (), None)),
    ("21-800", (None, 2021, None, 800, (), (), None)),
    # juriscraper #1101, #690, #1465
    ("3:21-~gr-00001", (3, 2021, "gr", 1, (), (), "21-gr-00001")),
    ("1:20-mj-00061-N-1", (1, 2020, "mj", 61, ("N",), (), "20-mj-00061")),
    ("4:20-mj-00061-N/A", (4, 2020, "mj", 61, (), (), "20-mj-00061")),
    ("4:20-cv-00061-CKJ-PSOT", (4, 2020, "cv", 61, ("CKJ",), (), "20-cv-00061")),
    ("2:20-cr-00123-P1", (2, 2020, "cr", 123, (), (), "20-cr-00123")),
    ("4:25-crcor-00029", (4, 2025, "crcor", 29, (), (), "25-crcor-00029")),
    ("1:21-MDL-00001", (1, 2021, "md", 1, (), (), "21-md-00001")),
    # dashes as typeset: non-breaking hyphen, figure dash, en dash, em dash, minus sign
    ("1:20\u2011cv\u201101234-ABC", (1, 2020, "cv", 1234, ("ABC",), (), "20-cv-01234")),
    ("3:19\u2012cv\u201204238", (3, 2019, "cv", 4238, (), (), "19-cv-04238")),
    ("2:20\u2212cv\u221209582-JFW", (2, 2020, "cv", 9582, ("JFW",), (), "20-cv-09582")),
    ("CV 16\u201406794 AB", (None, 2016, "cv", 6794, ("AB",), (), "16-cv-06794")),
    ("23\u2013715", (None, 2023, None, 715, (), (), None)),
    ("23\u2015715", (None, 2023, None, 715, (), (), None)),
    # Third Circuit clerk's letter: the office joined by a hyphen
    ("2-15-cv-00180", (2, 2015, "cv", 180, (), (), "15-cv-00180")),
    # N.D. Ill. / E.D. Wis.: "C" is a civil case, spaced or hyphenated
    ("02-C-05893", (None, 2002, "cv", 5893, (), (), "02-cv-05893")),
    ("17 C 6260", (None, 2017, "cv", 6260, (), (), "17-cv-06260")),
    # N.D. Ohio prints the office and spaces ("1:21 CV 1234"); E.D. Mo. runs the parts together
    # with the judge after a space; D. Minn. pairs the judges in one parenthesis; W.D. Wis.
    # prints its judges' initials in lower case
    ("1:21 CV 1234", (1, 2021, "cv", 1234, (), (), "21-cv-01234")),
    ("4:21CV1234 HEA", (4, 2021, "cv", 1234, ("HEA",), (), "21-cv-01234")),
    ("21-1234 (JRT/DTS)", (None, 2021, None, 1234, ("JRT",), ("DTS",), None)),
    ("3:21-cv-00123-wmc", (3, 2021, "cv", 123, ("wmc",), (), "21-cv-00123")),
    # W.D. Mo.: the kind after the serial; one-letter division codes are not judges
    ("19-12345-CV-RK-S", (None, 2019, "cv", 12345, ("RK",), (), "19-cv-12345")),
    ("4:19-00123-CV-W-ODS", (4, 2019, "cv", 123, ("ODS",), (), "19-cv-00123")),
    ("10-3123-CR-S-RED", (None, 2010, "cr", 3123, ("RED",), (), "10-cr-03123")),
    # E.D. Cal.: magistrate initials after the judge's, case-type codes that are not judges
    ("2:15-cv-0208 TLN KJN P", (2, 2015, "cv", 208, ("TLN", "KJN"), (), "15-cv-00208")),
    ("2:15-CV-2349 TLN AC", (2, 2015, "cv", 2349, ("TLN", "AC"), (), "15-cv-02349")),
    ("1:19-cv-01234-DAD-SAB (PC)", (1, 2019, "cv", 1234, ("DAD", "SAB"), (), "19-cv-01234")),
    ("1:20-cv-00456-SAB (SS)", (1, 2020, "cv", 456, ("SAB",), (), "20-cv-00456")),
    # ... while C.D. Cal. judges' initials that spell a code stay judges
    ("8:16-cv-00966-TJH-SS", (8, 2016, "cv", 966, ("TJH", "SS"), (), "16-cv-00966")),
    ("CV 16-1234 ABC (SSx)", (None, 2016, "cv", 1234, ("ABC",), ("SS",), "16-cv-01234")),
    # Federal Circuit: four-digit years
    ("2019-2041", (None, 2019, None, 2041, (), (), None)),
    # S.D. Fla.: the judges' surnames, the magistrate judge's after a slash
    ("21-cv-23443-BLOOM/Otazo-Reyes", (None, 2021, "cv", 23443, ("BLOOM", "Otazo-Reyes"), (), "21-cv-23443")),
    ("1:21-cv-21234-KMM/Becerra", (1, 2021, "cv", 21234, ("KMM", "Becerra"), (), "21-cv-21234")),
    # Tax Court: serial, then year (its filings only, see the caption cases)
    ("27735-13", (None, 2013, None, 27735, (), (), None)),
]


@pytest.mark.parametrize(("raw", "expected"), PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_case_number(raw: str, expected: tuple[object, ...]) -> None:
    cn = parse_case_number(raw)
    assert cn is not None
    got = (cn.office, cn.year, cn.kind, cn.number, cn.judges, cn.referral_judges, cn.normalized)
    assert got == expected
    assert cn.raw == raw


@pytest.mark.parametrize(
    "raw", ["", "hello", "18-to-25", "415-263-7000", "2016-01-06", "Rule 39-1.6", "§ 1332",
            "20-21", "2019-04"]
)
def test_parse_case_number_rejects(raw: str) -> None:
    assert parse_case_number(raw) is None


# Captions as printed (line numbers and stamps already removed, as the layout stage does),
# and the raws the caption gives.
CAPTION_CASES: list[tuple[str, str, list[str]]] = [
    (
        "ndcal_two_column",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION\n"
        "FINJAN, INC., Case No. 17-cv-00072-BLF\nPlaintiff,\nORDER ON MOTIONS IN LIMINE\nv.\n"
        "[Re: ECF 527; 528; 539]\nCISCO SYSTEMS INC.,\nDefendant.\n"
        "Plaintiff Finjan, Inc. brings this patent infringement lawsuit against Defendant Cisco "
        "Systems, Inc., alleging infringement of five of Finjan's patents.\n"
        "See Blue Coat Sys., Inc., No. 13-CV-03999-BLF, 2015 WL 4129193, at *2 (N.D. Cal. July 8, 2015).\n",
        ["17-cv-00072-BLF"],
    ),
    (
        "ca7_order_not_the_appeal_it_may_join",
        "United States Court of Appeals\nFor the Seventh Circuit\nChicago, Illinois 60604\n"
        "July 13, 2017\nBy the Court:\nNo. 17-2400\nIN RE: ] Appeal from the United\n"
        "MICHAEL TOFAUTE, et al., ]\nPlaintiffs-Appellants, ] No. 3:05-cv-00595-RLM-MGG\n"
        "v. ] Robert L. Miller, Jr., Judge.\nO R D E R\n"
        "The court, on its own initiative, ORDERS the parties to this appeal to file a\n"
        "Statement, addressing whether this appeal should be consolidated with Appeal\n"
        "No. 11-1131.\n",
        ["17-2400", "3:05-cv-00595-RLM-MGG"],
    ),
    (
        "canb_main_case_and_adversary",
        "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "Debra I. Grassgreen (CA Bar No. 169978)\n"
        "In re: Case No. 20-30242 (HLB)\nANTHONY SCOTT LEVANDOWSKI, Chapter 11\nDebtor.\n"
        "ANTHONY SCOTT LEVANDOWSKI, an Adv. Pro. No. 20-03050 (HLB)\nindividual,\n"
        "NOTICE OF FILING PARTIALLY\n",
        ["20-30242 (HLB)", "20-03050 (HLB)"],
    ),
    (
        "caed_complaint_state_case_in_body",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n"
        "INDEPENDENT PHYSICIANS ) Case No.:\nASSOCIATES MEDICAL GROUP, )\nCOMPLAINT FOR:\n"
        "1. In this insurance coverage suit, Plaintiff Independent Physicians seeks a declaration\n"
        "that the insurer has a duty to defend Plaintiff in two actions, Superior Court, Stanislaus\n"
        "County, California, Case\nNo. CV-19-001652 (the \u201cCVMG Action\u201d) and the second one.\n",
        [],
    ),
    (
        "cacd_minutes_and_footer_dedup",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nCIVIL MINUTES - GENERAL\n"
        "Case No.: CV 16-06794 AB (JCx) Date: February 12, 2019\n"
        "Title: Clifton W. Marshall, et al. v. Northrop Grumman Corporation, et al.\n"
        "Defendants have filed two applications to seal documents in the record of this case and\n"
        "the Court has considered them.\nCV-90 (12/02) CIVIL MINUTES - GENERAL\n"
        "Case No. 16-CV-6794 AB (JCx)\n",
        ["CV 16-06794 AB (JCx)"],
    ),
    (
        "caed_stamp_left_in_text_input",
        "Case 1:20-cr-00173-NONE-SKO Document 6 Filed 09/23/20 Page 1 of 1\n"
        "IN THE UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n"
        "UNITED STATES OF AMERICA, CASE NO. 1:20-MJ-00104 EPG\nPlaintiff, UNDER SEAL\n",
        ["1:20-MJ-00104 EPG"],
    ),
    (
        "cacd_judgment_form",
        "United States District Court\nCentral District of California\n"
        "UNITED STATES OF AMERICA vs. Docket No. SACR 16-76JVS\n"
        "In the presence of the attorney for the government, the defendant appeared in person on this date.\n"
        "Pursuant to Second Amended General Order 20-04 the defendant shall comply.\n"
        "USA vs. James R Milheiser Docket No.: SACR 16-76JVS\n",
        ["SACR 16-76JVS"],
    ),
    (
        "ca9_motion_title_cites_other_case",
        "No. 20-16276\nIN THE UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n"
        "On Appeal from the United States District Court\nNo. 3:20-cv-02731\n"
        "MOTION TO STAY PROCEEDINGS PENDING DECISION IN\n"
        "HERNANDEZ ROMAN, ET AL. V. WOLF, ET AL., CASE NOS. 20-55436,\n20-55662\n",
        ["20-16276", "3:20-cv-02731"],
    ),
    (
        "ca8_letter_re_line",
        "January 19, 2023\nVia ECF\nMr. Michael E. Gans\nClerk of Court\n"
        "Re: United States v. Haitao Xiang, No. 22-1801\n"
        "Dr. Xiang submits this letter under the rule to respond to the government's notice of\n"
        "the decision in United States v. Qin, No. 21-1832, 2023 WL 128600 (1st Cir. Jan. 9, 2023).\n",
        ["22-1801"],
    ),
    (
        "appellate_nos_list",
        "Nos. 17-2400 & 17-2401\nIN THE UNITED STATES COURT OF APPEALS\n",
        ["17-2400", "17-2401"],
    ),
    (
        "brief_table_of_authorities",
        "Case No. 4:19-cv-07123-PJH\nTABLE OF AUTHORITIES\nBernstein v. Virgin Am., Inc.,\n"
        "No. 15-CV-02277-JST, 2018 WL 6199679 (N.D. Cal. Nov. 28, 2018) ........ 14\n"
        "No. 3:17-CV-1131 (MPS), 2018 WL 9812123 (D. Conn. Aug. 30,\n",
        ["4:19-cv-07123-PJH"],
    ),
    (
        "related_cases_in_a_sentence",
        "Case No. 2:20-cv-09582-JFW-E\n"
        "I am an attorney duly admitted to practice before this Court and I am counsel of record.\n"
        "there are two related cases. See Chester et al. v. County et al. (Case No. 2:20-cv-10844) and\n",
        ["2:20-cv-09582-JFW-E"],
    ),
    (
        "ca2_docketing_notice_hash_labels",
        "United States Court of Appeals for the Second Circuit\nDate: October 31, 2017\n"
        "Docket #: 17-3510\nShort Title: National Football League Manag v. National\n"
        "DC Docket #: 17-cv-6761\nDC Court: SDNY (NEW YORK\nDOCKETING NOTICE\n",
        ["17-3510", "17-cv-6761"],
    ),
    (
        "ca3_clerk_letter_district_case_number",
        "RE: Christopher Mielo, et al v. Steak N Shake Operations Inc\nCase Number: 17-2678\n"
        "District Case Number: 2-15-cv-00180\n",
        ["17-2678", "2-15-cv-00180"],
    ),
    (
        "ca10_court_in_parentheses_is_no_citation",
        "UNITED STATES COURT OF APPEALS\nTENTH CIRCUIT\nSTEVEN MONTRAIL TRIPLET,\n"
        "Petitioner - Appellant,\nv.\nERIC FRANKLIN, Warden,\nRespondent \u2013 Appellee.\n"
        "No. 06-6247\n(W.D. Okla.)\n(D.C. No. 5:06-CV-00376-C)\nORDER AND JUDGMENT\n",
        ["06-6247", "5:06-CV-00376-C"],
    ),
    (
        "cafc_number_between_rules_then_appeal_from",
        "United States Court of Appeals\nfor the Federal Circuit\n______________________\n"
        "BRITISH TELECOMMUNICATIONS PLC,\nPlaintiff-Appellant\nv.\nGOOGLE LLC,\nDefendant-Appellee\n"
        "______________________\n\n2019-2041\n\n______________________\n"
        "Appeal from the United States District Court for the Eastern District of Texas in No.\n"
        "2:16-cv-00230-JRG, Judge J. Rodney Gilstrap.\n",
        ["2019-2041", "2:16-cv-00230-JRG"],
    ),
    (
        "cafc_errata_appeal_nos",
        "January 27, 2009\nERRATA\nAppeal No. 2007-1545, 2008-1162\nQUALCOMM v. BROADCOM\n",
        ["2007-1545", "2008-1162"],
    ),
    (
        "ca11_lower_court_number_printed_first_goes_second",
        "IN THE UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n"
        "D.C. Docket No. 1:19-cv-20123-KMW\nNo. 19-14567\nJOHN DOE,\nPlaintiff-Appellant,\n",
        ["19-14567", "1:19-cv-20123-KMW"],
    ),
    (
        "class_action_party_description_stays_in_caption",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n"
        "CHAD KEY, individually and on behalf of all\nothers similarly situated,\nPlaintiff,\n"
        "- against -\nHORIZON BANCORP, INC.,\nDefendants.\nMEMORANDUM DECISION\nAND ORDER\n"
        "23-cv-2961 (BMC)\nRarely can a district court dismiss a securities-fraud action by pointing "
        "to a single controlling decision.\n",
        ["23-cv-2961 (BMC)"],
    ),
    (
        "ndcal_other_column_name_is_no_judge",
        "CASE NO. 19-6879 BLF MARC L. ABRAMOWITZ, ET AL.,\nPlaintiffs,\n",
        ["19-6879 BLF"],
    ),
    (
        "ca4_lower_court_number_in_appeal_from_line",
        "UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\nNo. 19-4567\nUNITED STATES OF AMERICA,\n"
        "Plaintiff - Appellee,\nv.\nJOHN DOE,\nDefendant - Appellant.\n"
        "Appeal from the United States District Court for the Eastern District of Virginia, at "
        "Alexandria. Leonie M. Brinkema, District Judge. (1:17-cr-00123-LMB-1)\n"
        "Submitted: January 28, 2020 Decided: March 3, 2020\n",
        ["19-4567", "1:17-cr-00123-LMB-1"],
    ),
    (
        "ca6_em_dash_after_lower_court_number",
        "UNITED STATES COURT OF APPEALS\nFOR THE SIXTH CIRCUIT\nJANE ROE,\nPlaintiff-Appellant,\nv.\n"
        "ACME CORP.,\nDefendant-Appellee.\nNo. 19-3456\n"
        "Appeal from the United States District Court for the Northern District of Ohio at Cleveland.\n"
        "No. 1:16-cv-01234\u2014Dan Aaron Polster, District Judge.\n",
        ["19-3456", "1:16-cv-01234"],
    ),
    (
        "ca3_dc_civil_action_no",
        "UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT\nNo. 17-2678\nCHRISTOPHER MIELO, et al.\nv.\n"
        "STEAK N SHAKE OPERATIONS INC, Appellant\n"
        "On Appeal from the United States District Court for the Western District of Pennsylvania\n"
        "(D.C. Civil Action No. 2-15-cv-00180)\n",
        ["17-2678", "2-15-cv-00180"],
    ),
    (
        "scotus_consolidated_nos",
        "SUPREME COURT OF THE UNITED STATES\nNos. 19-1234 and 19-1235\nACME CORP., PETITIONER v. JOHN DOE\n",
        ["19-1234", "19-1235"],
    ),
    (
        "other_cases_joined_in_a_sentence",
        "No. 20-16276\nIN THE UNITED STATES COURT OF APPEALS\n"
        "The government appealed the orders in both cases and the appeals were consolidated.\n"
        "See Hernandez Roman, et al. v. Wolf, et al., Case No. 20-55436 & Case No. 20-55662.\n",
        ["20-16276"],
    ),
    (
        "tax_court_serial_year_docket_numbers",
        "T.C. Memo. 2020-26\nUNITED STATES TAX COURT\nROCK BORDELON AND TORIE BORDELON, Petitioners v.\n"
        "COMMISSIONER OF INTERNAL REVENUE, Respondent\nDocket Nos. 19031-13, 27735-13.\n",
        ["19031-13", "27735-13"],
    ),
    (
        "tax_court_small_case",
        "UNITED STATES TAX COURT\nJOHN DOE, Petitioner v. COMMISSIONER, Respondent\nDocket No. 12345-19S.\n",
        ["12345-19S"],
    ),
    (
        "serial_year_outside_the_tax_court_is_no_case_number",
        "UNITED STATES DISTRICT COURT\nRe: Docket No. 12345-19\n",
        [],
    ),
    (
        "ndohio_office_and_spaces",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\nJANE ROE, ) CASE NO. 1:21 CV 1234\n) JUDGE JOHN R. ADAMS\n",
        ["1:21 CV 1234"],
    ),
    (
        "edmo_glued_with_judge",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MISSOURI\nJOHN DOE, )\n) No. 4:21CV1234 HEA\nv. )\n",
        ["4:21CV1234 HEA"],
    ),
    (
        "dminn_paired_judges",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\nJOHN DOE, Civil No. 21-1234 (JRT/DTS)\nPlaintiff,\n",
        ["21-1234 (JRT/DTS)"],
    ),
    (
        "ndill_stacked_numbers_read_apart_from_their_label",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\nACME CAPITAL LLC, et al.,\n\nPlaintiffs,\n\nv.\n\n"
        "Nos. 04 C 397\nBETA PARTNERS, et al.,\n\n05 C 5600\n\n05 C 5671\n\nDefendants.\n",
        ["04 C 397", "05 C 5600", "05 C 5671"],
    ),
    (
        "a_number_that_needs_a_label_inside_a_caption_line_stays_out",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\nJOHN DOE\n\nfiled 05 C 5600 papers\n",
        [],
    ),
    (
        "a_year_and_number_in_prose_stay_out",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\nIn 2021 CV 1234 forms were filed.\n",
        [],
    ),
    (
        "court_reporter_job_number",
        "Reported by Audra E. Cramer, CSR No. 9901\nJob No. 2018-64514\n",
        [],
    ),
    (
        # The party column of a two-column caption runs on beside the number, so the line
        # read before "Case No.:" ends mid-phrase; the colon makes it a field label.
        "wyd_case_no_colon_beside_a_running_party_column",
        "UNITED STATES DISTRICT COURT\nIN AND FOR THE DISTRICT OF WYOMING\n"
        "STEPHANIE WADSWORTH, Individually\nand as Parent and Legal Guardian of W.W.,\n"
        "K.W., G.W., and L.W., minor children, and\n\nCase No.: 2:23-cv-00118-NDF\n"
        "MATTHEW WADSWORTH,\n\nJURY TRIAL DEMANDED\n\nPlaintiffs,\n\nv.\n"
        "WALMART, INC. and JETSON\nELECTRIC BIKES, LLC,\n\nDefendants.\n\nPLAINTIFFS' MOTIONS IN LIMINE\n",
        ["2:23-cv-00118-NDF"],
    ),
    (
        "ndga_case_no_colon_beside_a_running_party_column",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION\n"
        "MARY ROE, as next friend and guardian of her\nminor son, A.R., and as administrator of the estate of\n"
        "Civil Action File\nCase No.: 1:22-cv-04567-SDG\nthe late JOHN ROE, and\nPETER ROE,\n\n"
        "Plaintiffs,\nv.\nACME CORP.,\nDefendant.\n",
        ["1:22-cv-04567-SDG"],
    ),
    (
        "body_sentence_case_no_without_colon_stays_out",
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n"
        "ACME CORP., Plaintiff, v. JOHN DOE, Defendant.\nCOMPLAINT\n"
        "1. Plaintiff was sued in two actions, one in the Superior Court of Stanislaus County, "
        "California, Case\nNo. CV-19-001652 (the first action), and the second in Fresno County, "
        "Case No.\n2:19-cv-01234 (the second).\n",
        [],
    ),
    (
        "wrapped_title_number_is_not_alone",
        "No. 20-16276\nMOTION TO STAY PENDING DECISION IN HERNANDEZ ROMAN V. WOLF, CASE NOS. 20-55436,\n"
        "20-55662 AND ALTERNATIVE MOTION\n",
        ["20-16276"],
    ),
]


@pytest.mark.parametrize(("text", "raws"), [c[1:] for c in CAPTION_CASES],
                         ids=[c[0] for c in CAPTION_CASES])
def test_caption_case_numbers(text: str, raws: list[str]) -> None:
    got = extract_case_numbers(CleanText.from_string(text))
    assert [c.raw for c in got] == raws
    for c in got:
        assert c.span is not None
        assert c.span.end > c.span.start


def test_markdown_text_input_reaches_the_extractor_clean() -> None:
    """Markdown is cleaning's to remove (``courtparse.text``'s line contract), not the
    extractor's: through text input, the number's link marks are gone."""
    text = ("LOOP AI LABS INC,\nPlaintiff,\n\nv.\n\nANNA GATTI, et al.,\nDefendants.\n\n"
            "Case No. [15-cv-00798-HSG](#) (DMR)\n\n**ORDER DENYING ADMINISTRATIVE\nMOTION**\n")
    got = extract_case_numbers(clean_text_input(text))
    assert [c.raw for c in got] == ["15-cv-00798-HSG (DMR)"]




# Labels that name the kind of a number printed without it: the number is normalized.
KIND_LABEL_CASES: list[tuple[str, str, str | None]] = [
    ("ded_ca_no", "HOLDINGS, INC.,\nDefendant.\nC.A. No. 23-1266-RGA\nMEMORANDUM ORDER\n", "23-cv-01266"),
    ("ded_short_serial", "Civil Action No. 21-55-CFC\nMEMORANDUM OPINION\n", "21-cv-00055"),
    ("ddc_civil_action", "Civil Action No. 23-02055 (AHA)\nMEMORANDUM OPINION\n", "23-cv-02055"),
    ("njd_civ_no", "BUMB, United States District Judge\nCiv. No. 16-4465 (RMB-JS)\nOPINION\n", "16-cv-04465"),
    ("laed_label_on_two_lines", "CIVIL ACTION\nNO: 24-1881\nSECTION: \"I\"\n", "24-cv-01881"),
    ("criminal_action", "UNITED STATES OF AMERICA\nv.\nCriminal Action No. 19-123 (JEB)\n", "19-cr-00123"),
    ("appellate_plain_number_keeps_no_kind", "No. 17-2218\nIN THE UNITED STATES COURT OF APPEALS\n", None),
]


@pytest.mark.parametrize(("text", "normalized"), [c[1:] for c in KIND_LABEL_CASES],
                         ids=[c[0] for c in KIND_LABEL_CASES])
def test_kind_from_label(text: str, normalized: str | None) -> None:
    (cn,) = extract_case_numbers(CleanText.from_string(text))
    assert cn.normalized == normalized


def test_short_serial_needs_a_kind_label() -> None:
    assert extract_case_numbers(CleanText.from_string("No. 21-55\nORDER\n")) == []


def test_span_points_at_the_number() -> None:
    text = "FINJAN, INC., Case No. 17-cv-00072-BLF\nPlaintiff,\n"
    (cn,) = extract_case_numbers(CleanText.from_string(text))
    assert cn.span is not None
    assert text[cn.span.start : cn.span.end] == "17-cv-00072-BLF"


def test_prose_detection() -> None:
    assert not is_prose("Title United States of America v. Kimberly A. Aiken Page 1 of 1")
    assert not is_prose("FINJAN, INC., Case No. 17-cv-00072-BLF")
    assert is_prose("The court, on its own initiative, ORDERS the parties to this appeal to file a")
    text = "CAPTION\nNo. 17-2400\nThe court, on its own initiative, ORDERS the parties to this appeal to file a\n"
    assert caption_end(text) == text.index("The court")


# --- whitespace, line breaks and pleading line-number runs inside a number ---------------

SURVIVAL_FORMS = [
    "15-cv-00798-HSG (DMR)",
    "3:15-cv-00798-HSG",
    "CV 16-06794 AB (JCx)",
    "1:11-cv-00637-NONE-EPG",
    "18-cr-00258-EJD-1",
    "MDL 15-02641-PHX-DGC",
    "20-30242 (HLB)",
]
# Where a printed line may break: after a hyphen or colon, and at a space.
_BREAK_AFTER = "-:"
# One family per example: a filing either prints pleading line numbers on every line or on
# none, so "26-\n2\n12 and" (a bare number line among numbered ones) cannot occur.
_PLAIN_GAPS = ["\n", " \n", "  ", "\n\n"]
_NUMBERED_GAPS = ["\n12 ", "\n3\n4 ", "\n 27  ", " \n9 "]
gap_lists = st.sampled_from([_PLAIN_GAPS, _NUMBERED_GAPS]).flatmap(
    lambda family: st.lists(st.sampled_from(family), min_size=1, max_size=6)
)


def _insert_gaps(raw: str, gaps: list[str], where: list[bool]) -> str:
    """Break ``raw`` after hyphens and colons and at spaces, except the space that joins a
    C.D. Cal. judge to the number on its line ("16-06794 AB")."""
    out: list[str] = []
    for i, ch in enumerate(raw):
        k = len(out)
        gap = gaps[k % len(gaps)] if where[k % len(where)] else None
        same_line_judge = ch == " " and raw[i - 1].isdigit() and raw[i + 1].isupper()
        if ch == " " and not same_line_judge:
            out.append(gap or " ")
            continue
        out.append(ch)
        if ch in _BREAK_AFTER and gap:
            out.append(gap)
    return "".join(out)


@given(
    form=st.sampled_from(SURVIVAL_FORMS),
    gaps=gap_lists,
    where=st.lists(st.booleans(), min_size=1, max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_number_survives_line_breaks_and_line_numbers(
    form: str, gaps: list[str], where: list[bool]
) -> None:
    broken = _insert_gaps(form, gaps, where)
    text = f"UNITED STATES DISTRICT COURT\nFINJAN, INC., Case No. {broken}\nPlaintiff,\n"
    expected = parse_case_number(form)
    got = extract_case_numbers(CleanText.from_string(text))
    assert expected is not None
    assert len(got) == 1, (broken, got)
    assert got[0].normalized == expected.normalized
    assert got[0].number == expected.number
    assert got[0].judges == expected.judges
    assert got[0].referral_judges == expected.referral_judges
    assert got[0].raw == form


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text: str) -> None:
    for cn in extract_case_numbers(CleanText.from_string(text)):
        assert cn.span is not None
        assert 0 <= cn.span.start <= cn.span.end <= len(text)
    parse_case_number(text)


_ALPHABET = st.sampled_from(list("0123456789-:() \nCVcvRrNOEABHSGDMx.,[]#No"))


@given(st.text(alphabet=_ALPHABET, max_size=200))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_number_like_text(text: str) -> None:
    extract_case_numbers(CleanText.from_string("Case No. " + text))
    parse_case_number(text)


def test_examples_match_labels(examples_dir: Path) -> None:
    for txt in sorted(examples_dir.glob("*.txt")):
        label = json.loads(txt.with_suffix(".expected.json").read_text())
        got = extract_case_numbers(clean_text_input(txt.read_text()))  # as parse_text cleans it
        expected = label["case_numbers"]
        assert [c.raw for c in got] == [e["raw"] for e in expected], txt.name
        for c, e in zip(got, expected, strict=True):
            for key in ("office", "year", "kind", "number", "normalized"):
                assert getattr(c, key) == e[key], (txt.name, key)
            assert list(c.judges) == e["judges"]
            assert list(c.referral_judges) == e["referral_judges"]


def test_mid_sentence_skips_ascii_line_numbers_only() -> None:
    from courtparse.extract.case_numbers import _mid_sentence

    # A pleading line number between "filed in" and the next line is skipped ...
    text = "the action filed in\n12\nX"
    assert _mid_sentence(text, len(text) - 1)
    # ... a superscript footnote mark (str.isdigit() is true for it) is not a line number.
    text = "the action filed in\n²\nX"
    assert not _mid_sentence(text, len(text) - 1)


# Whose number each is: (text, [(raw, role), …]) in the order returned.
ROLE_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "ndcal_caption_is_this_case",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
        "FINJAN, INC., Case No. 17-cv-00072-BLF\nPlaintiff,\nv.\nCISCO SYSTEMS INC.,\nDefendant.\n",
        [("17-cv-00072-BLF", "this_case")],
    ),
    (
        "ca10_dc_no_is_lower_court",
        "UNITED STATES COURT OF APPEALS\nTENTH CIRCUIT\nSTEVEN TRIPLET,\nPetitioner - Appellant,\nv.\n"
        "ERIC FRANKLIN,\nRespondent - Appellee.\nNo. 06-6247\n(W.D. Okla.)\n(D.C. No. 5:06-CV-00376-C)\n",
        [("06-6247", "this_case"), ("5:06-CV-00376-C", "lower_court")],
    ),
    (
        "ca11_dc_docket_printed_first_is_lower_and_second",
        "IN THE UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n"
        "D.C. Docket No. 1:19-cv-20123-KMW\nNo. 19-14567\nJOHN DOE,\nPlaintiff-Appellant,\n",
        [("19-14567", "this_case"), ("1:19-cv-20123-KMW", "lower_court")],
    ),
    (
        "ca4_appeal_from_line",
        "UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\nNo. 19-4567\nUNITED STATES OF AMERICA,\n"
        "Plaintiff - Appellee,\nv.\nJOHN DOE,\nDefendant - Appellant.\n"
        "Appeal from the United States District Court for the Eastern District of Virginia, at "
        "Alexandria. Leonie M. Brinkema, District Judge. (1:17-cr-00123-LMB-1)\n",
        [("19-4567", "this_case"), ("1:17-cr-00123-LMB-1", "lower_court")],
    ),
    (
        "ca3_on_appeal_from_dc_civil_action",
        "UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT\nNo. 17-2678\nCHRISTOPHER MIELO, et al.\nv.\n"
        "STEAK N SHAKE OPERATIONS INC, Appellant\n"
        "On Appeal from the United States District Court for the Western District of Pennsylvania\n"
        "(D.C. Civil Action No. 2-15-cv-00180)\n",
        [("17-2678", "this_case"), ("2-15-cv-00180", "lower_court")],
    ),
    (
        "ca9_bankruptcy_case_no_of_an_appeal",
        "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\nIn re: JOHN DOE, Debtor.\n"
        "No. 19-60045\nBankruptcy Case No. 2:18-bk-12345-ER\nJOHN DOE,\nAppellant,\n",
        [("19-60045", "this_case"), ("2:18-bk-12345-ER", "lower_court")],
    ),
    (
        "canb_bankruptcy_case_no_of_its_own_court_is_this_case",
        "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\nIn re:\nPG&E CORPORATION,\n"
        "Debtor.\nBankruptcy Case No. 19-30088 (DM)\nChapter 11\nORDER APPROVING STIPULATION\n",
        [("19-30088 (DM)", "this_case")],
    ),
    (
        "cacd_consolidated_with",
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nJOHN DOE,\nPlaintiff,\nv.\n"
        "ACME CORP.,\nDefendant.\nCase No. 2:20-cv-09582-JFW-E\nConsolidated with Case No. 2:20-cv-10844-JFW-E\n"
        "ORDER\n",
        [("2:20-cv-09582-JFW-E", "this_case"), ("2:20-cv-10844-JFW-E", "consolidated")],
    ),
    (
        "paed_number_marked_consolidated",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n"
        "CIVIL ACTION\nNos. 2:19-cv-01234 & 2:19-cv-05678 (consolidated)\nMEMORANDUM\n",
        [("2:19-cv-01234", "this_case"), ("2:19-cv-05678", "consolidated")],
    ),
    (
        "cand_consolidated_cases_one_per_line",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSTEPHEN ADKINS,\nPlaintiff,\nv.\n"
        "FACEBOOK, INC.,\nDefendant.\nNo. C 18-05982 WHA (JSC)\nConsolidated Cases:\nNo. C 18-06022 WHA (JSC)\n"
        "No. C 19-00117 WHA (JSC)\nPLAINTIFF’S MEMORANDUM\n",
        [("C 18-05982 WHA (JSC)", "this_case"), ("C 18-06022 WHA (JSC)", "consolidated"),
         ("C 19-00117 WHA (JSC)", "consolidated")],
    ),
    (
        "nysd_related_case",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n1:18-cv-08653 (VEC) (SDA)\n"
        "Related Case No. 1:19-cv-01234 (VEC)\nOPINION AND ORDER\n",
        [("1:18-cv-08653 (VEC) (SDA)", "this_case"), ("1:19-cv-01234 (VEC)", "consolidated")],
    ),
    (
        "body_case_no_of_another_case_is_cited",
        "Case No. 2:20-cv-09582-JFW-E\n"
        "I am an attorney duly admitted to practice before this Court and I am counsel of record.\n"
        "The related action is pending before Judge Walter.\nCase No. 2:21-cv-00123-JFW\n",
        [("2:20-cv-09582-JFW-E", "this_case"), ("2:21-cv-00123-JFW", "cited")],
    ),
    (
        "dnj_civil_action_initials_in_parentheses",
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nJOHN DOE,\nPlaintiff,\nv.\nACME,\n"
        "Defendant.\nCivil Action No. 23-02055 (ZNQ) (TJB)\nOPINION\n",
        [("23-02055 (ZNQ) (TJB)", "this_case")],
    ),
    (
        "ded_ca_no_initials_joined",
        "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF DELAWARE\nACME,\nPlaintiff,\nv.\n"
        "HOLDINGS, INC.,\nDefendant.\nC.A. No. 23-1266-RGA\nMEMORANDUM ORDER\n",
        [("23-1266-RGA", "this_case")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES])
def test_case_number_roles(text: str, expected: list[tuple[str, str]]) -> None:
    got = extract_case_numbers(CleanText.from_string(text))
    assert [(c.raw, c.role) for c in got] == expected


# Every dash a word processor or a PDF prints between the parts: the caption's number is
# found and normalized alike (hyphen, non-breaking hyphen, figure dash, en dash, em dash,
# horizontal bar, minus sign).
@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_every_dash_in_a_caption_number(dash: str) -> None:
    text = f"UNITED STATES DISTRICT COURT\nCase No. 3{dash.join([':15', 'cv', '00798', 'HSG'])}\nORDER\n"
    (cn,) = extract_case_numbers(CleanText.from_string(text))
    assert cn.normalized == "15-cv-00798"
    assert cn.judges == ("HSG",)
    assert cn.role == "this_case"


def test_role_is_validated() -> None:
    from courtparse.models import CaseNumber

    with pytest.raises(ValueError, match="role"):
        CaseNumber(raw="17-2218", office=None, year=2017, kind=None, number=2218, role="appeal")
