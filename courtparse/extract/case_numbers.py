"""Case numbers: the filing's own case numbers (its caption's), parsed into parts.

A filing prints many case numbers: its own in the caption (and again in page footers),
other cases in citations ("No. 13-CV-03999-BLF, 2015 WL 4129193"), tables of transferred
cases, state-court actions a complaint describes. Only the first kind is the filing's, so
a number counts when it is printed

* in the caption region — the text before the first prose line (``courtparse.regions.caption_end``) —
  either in a form that cannot be anything but a case number (``3:15-cv-00798-HSG``,
  ``CV 16-06794 AB (JCx)``) or, for the ambiguous plain ``yy-nnnnn`` of bankruptcy and
  appellate courts, right after a caption label ("No.", "Case No.", "Adv. Pro. No.",
  or a list after "Nos."); or
* anywhere after a "Case No." label that opens a line or follows a sentence end (a
  footer or a page header), never one inside a sentence ("…County, California, Case No.
  CV-19-001652 (the …)").

Forms beyond CM/ECF's: every dash (U+2010–2015, U+2212) between the parts; the office
joined by a hyphen (Third Circuit clerk "2-15-cv-00180"); "yy-C-nnnnn" and N.D. Ill. "17 C
6260" (civil, ``cv``); the kind after the serial (W.D. Mo. "19-12345-CV-RK-S", one-letter
division codes dropped); a plain number whose label names the kind (D. Del. "C.A. No.
21-55-CFC", "Civil Action No.", "Criminal Action No.") normalized with it; appellate
numbers after "Docket #:", "Case:", "Appeal No.", the Federal Circuit's four-digit years,
a number set off alone between caption rules; the Tax Court's serial-year "Docket No.
19031-13" in its own filings. An appeal's lower-court numbers ("D.C. No.", "District Case
Number:", a number after "Appeal from …") are listed after the caption's own.

Each number has a ``role`` (``CASE_NUMBER_ROLES``): ``this_case`` for the caption's own;
``lower_court`` for an appeal's court below (the labels and "Appeal from …" above, and
"Bankruptcy Case No." / "BAP No." when the caption is an appeal's); ``consolidated`` for
"Consolidated with …", "Related Case No.", "Member Case", "… (consolidated)" (and the rest
of a list they open); ``cited`` for a body "Case No." line naming another case once the
caption gave this one's. See docs/index.md ("Whose case number").

Numbers are deduplicated by their ``normalized`` core (plain numbers by year and number),
keeping the first printing. The ECF stamp's number is not the caption's: a number
followed on its line by "Document N" / "Doc# N" / "Filed" is skipped (the layout stage
removes stamps; text input may keep them).

Judges. Initials joined to the number by hyphens, by one space on the same line (C.D.
Cal. ``CV 16-06794 AB``) or glued (``SACR 16-76JVS``) are ``judges``, in printed order;
initials in parentheses are ``referral_judges`` — except when no judge is printed before
them, where the first group names the assigned judge (S.D.N.Y. ``18-cv-8653 (VEC)
(SDA)``, bankruptcy ``20-30242 (HLB)``). A trailing C.D. Cal. ``x``/``X`` is dropped
(``(KESx)`` → KES, ``-AGRX`` → AGR). S.D. Fla. prints surnames instead of initials,
the magistrate judge's after a slash (``21-cv-23443-BLOOM/Otazo-Reyes``): both are judges,
as printed. E.D. Cal. prints the magistrate's initials after the
judge's, space-separated at the line end (``2:15-cv-0208 TLN KJN P``). Not judges: E.D.
Cal. case-type codes (a trailing ``P``, ``(PC)``, ``(HC)``, ``(SS)``, ``(PS)``), ``NONE``
and ``DUTY`` (E.D. Cal. and C.D. Cal. "no judge assigned yet" placeholders), ``N/A``, D.
Ariz. division and pro se codes (``PHX``, ``TUC``, ``PCT``, ``FLG``, ``PSOT``…), a defendant number (``-1``), a
bankruptcy chapter (``-13``), letter+digit codes (``-P1``).

Line breaks and pleading line-number runs ("15-cv-\\n12 00798-HSG") may appear after a
hyphen or colon and wherever the number prints a space; ``raw`` is the number as printed
with those removed and white space collapsed.
"""

from __future__ import annotations

import regex

from courtparse.models import CaseNumber, CaseNumberRole
from courtparse.patterns import DASH, GAP, HYPHEN, SPACE, full_year, printed
from courtparse.regions import Regions, regions_of
from courtparse.text import CleanText

# How far before a number its label is looked for ("Civil Action No.", "D.C. Docket No.",
# "Case No." across a line break): one caption line.
_LABEL_REACH = 60
_LINE_HEAD_REACH = 400
"""How far before a "No." label its line is read for a case name ("Doe v. Acme, No. …":
``_CASE_NAME_BEFORE`` reads 120 characters) and a subject line's "Re:"."""

# ---------------------------------------------------------------------------------------
# Patterns (the shared fragments are in ``patterns``; where the caption ends, in ``regions``)
# ---------------------------------------------------------------------------------------

_G = rf"(?P<g>{GAP})"  # a gap whose extent is recorded (for ``raw``)
_H = HYPHEN
_D = DASH

# Initials: 1-4 capitals, optionally the C.D. Cal. magistrate "x" ("KESx", "Ex", "JCX").
_INITIALS = r"[A-Z]{1,4}[xX]?"
# S.D. Fla. prints the judges' surnames, the district judge's in capitals and the
# magistrate judge's after a slash: "21-cv-23443-BLOOM/Otazo-Reyes", "1:21-cv-21234-KMM/Becerra".
_SURNAMES = r"[A-Z]{2,12}/[A-Z][A-Za-z]{1,15}(?:-[A-Z][A-Za-z]{1,15})?"
_SUFFIX_TOKEN = rf"(?:{_SURNAMES}|N/A|[A-Za-z]{{1,5}}\d{{0,2}}|\d{{1,3}})"

# Everything that may follow the serial number, in printed order.
_SPACE_STOP = (
    "AND|THE|FOR|OR|OF|TO|IN|ON|RE|BY|AT|AS|IS|NO|VS|DBA|ET|AL|LLC|INC|LLP|LP|CO|USA|AN|"
    "II|III|IV|VI|VII|VIII|IX|XI|DATE|PAGE"
)

# E.D. Cal. case-type codes printed after the judges: "2:15-cv-0208 TLN KJN P" (prisoner),
# "(PC)" prisoner civil rights, "(HC)" habeas corpus, "(SS)" social security, "(PS)" pro se.
# Part of the number as printed, never judges.
_TYPE_CODES = "P|PS|PC|HC|SS"

# The dash before a suffix: any hyphen, or an em dash / horizontal bar when capital
# initials follow ("3:15—cv—00798—HSG" from a word processor's autoformat), never before
# a name (Sixth Circuit "No. 1:16-cv-01234—Dan Aaron Polster, District Judge").
_SFX_DASH = rf"(?:{_H}|[\u2014\u2015](?={_INITIALS}(?![\w/])))"

# Everything that may follow the serial number, in printed order.
_TAIL = rf"""
    (?P<glued>[A-Z]{{2,4}}[xX]?)?(?![\w/])                 # "SACR 16-76JVS", "C19-04593LB"
    (?:
      (?P<sfx>(?:{_SFX_DASH}{_G}(?P<tok>{_SUFFIX_TOKEN})(?![\w/]))+)  # "-HSG", "-NONE-EPG", "-EJD-1", "-N/A", "-PHX-DGC", "-JJG-13"
    | {SPACE}+(?!(?:{_SPACE_STOP}|{_TYPE_CODES})(?![\w/-]))
      (?P<sj>[A-Z]{{2,4}})(?![\w/-])                         # "16-CV-6794 AB", "1:20-MJ-00104 EPG"
      (?:(?:{SPACE}+(?!(?:{_SPACE_STOP}|{_TYPE_CODES})(?![\w/-]))(?P<sj>[A-Z]{{2,3}})(?![\w/-]))+
         (?={SPACE}*(?:(?:{_TYPE_CODES})(?![\w/-]){SPACE}*)?(?:\n|\Z|\()))?
                                                             # E.D. Cal. "2:15-cv-0208 TLN KJN P": more initials
                                                             # only when they end the line ("19-6879 BLF MARC L.")
    )?
    (?:{SPACE}+(?:{_TYPE_CODES})(?![\w/-]))?                # E.D. Cal. "… TLN KJN P"
    (?P<par>(?:{_G}{_H}?{_G}\({SPACE}*{_INITIALS}(?:{SPACE}*/{SPACE}*{_INITIALS})*{SPACE}*\))*)
                                                            # "(DMR)", "(KESx)", "(VEC) (SDA)", "-(EX)", "GW(FFMx)",
                                                            # D. Minn. "(JRT/DTS)"
"""

_CASE_NUMBER = regex.compile(
    rf"""
    (?:
      # C.D. Cal., D. Ariz., old N.D. Cal. and MDL prefixes: "CV 99-8333-DMG (SKx)",
      # "SACR 16-76JVS", "EDCV 16-137-GW(KKX)", "CV-15-01234-PHX-DGC", "C 12-00865 SI",
      # "C18-05982 WHA (JSC)", "MDL 15-02641-PHX-DGC"
      (?<![\w-])
      (?P<pfx>(?:SA|ED|LA|RS|WD)?(?:CV|CR|MJ|MC)|MDL|CIV|CRIM|C)
      (?:{SPACE}*{_D}{_G}|{_G})
      (?P<pyy>\d{{2}})(?!\d){_D}{_G}(?P<pnum>\d{{1,7}})(?!\d)
      {_TAIL}
    |
      # CM/ECF district form: "3:15-cv-00798-HSG", "18-cr-00258-EJD-1", "4:25-crcor-00029",
      # "3:21-~gr-00001" (juriscraper #1101, #1465), "1:21-2255-00001", the Third Circuit
      # clerk's "District Case Number: 2-15-cv-00180" (office joined by a hyphen), N.D. Ill. /
      # E.D. Wis. "02-C-05893" (C = civil)
      (?<![\w:/.-])
      (?:(?P<office>\d{{1,2}})(?::|{_D}(?=\d{{2}}{_D}[A-Za-z])){_G})?
      (?P<yy>\d{{2}}|(?:19|20)\d{{2}})
      {_D}{_G}(?P<kind>~?[A-Za-z][A-Za-z0-9]{{0,4}}|2255){_D}{_G}
      (?P<num>\d{{1,7}})(?!\d)
      {_TAIL}
    |
      # S.D.N.Y. style: "18 Civ. 8653 (VEC) (SDA)", "20 Cr. 330 (AJN)"
      (?<![\w:/.-])
      # and, after a caption label, N.D. Ill. "No. 17 C 6260", E.D.N.Y. "No. 17 CV 1234",
      # N.D. Ohio with its office: "Case No. 1:21 CV 1234"
      (?:(?P<soffice>\d{{1,2}}):{_G})?
      (?P<syy>\d{{2}})
      (?:{_G}(?P<skind>Civ|CIV|Cr|CR|Crim|CRIM|Misc|MISC|Mag|MAG)\.?|{SPACE}+(?P<skind>CV|C)(?={SPACE})){_G}
      (?P<snum>\d{{1,6}})(?!\d)
      {_TAIL}
    |
      # clerk's forms run the parts together: "20MJ6108-1" (a C.D. Cal. affidavit of
      # surety), "19CR0123" -- letters the CM/ECF kinds, so unambiguous without a label;
      # E.D. Mo. prints its numbers so, with the office and the judge: "No. 4:21CV1234 HEA"
      (?<![\w:/.-])
      (?:(?P<coffice>\d{{1,2}}):)?
      (?P<cyy>\d{{2}})(?P<ckind>MJ|CR|CV|MC|mj|cr|cv|mc)(?P<cnum>\d{{2,6}})(?!\d)
      (?:{_H}\d{{1,2}}(?!\d))?
      (?:{SPACE}+(?!(?:{_SPACE_STOP})(?![\w/-]))(?P<sj>[A-Z]{{2,4}})(?![\w/-])(?={SPACE}*(?:\n|\Z|\()))?
    |
      # the kind after the serial number: W.D. Mo. / W.D. Okla. "19-12345-CV-RK-S",
      # "4:19-00123-CV-W-ODS" (one-letter tokens after the kind are divisions, not judges)
      (?<![\w:/.,-])
      (?:(?P<koffice>\d{{1,2}}):{_G})?
      (?P<kyy>\d{{2}}){_D}{_G}(?P<knum>\d{{1,6}}){_D}{_G}
      (?P<kkind>CV|CR|MJ|MC|CIV|CRIM|cv|cr|mj|mc|Civ|Cr)(?![A-Za-z0-9])
      {_TAIL}
    |
      # plain "yy-nnnnn": bankruptcy "19-30088 (DM)", "14-80555-JJG-13", appellate
      # "17-2218", Federal Circuit "2019-2041", C.D. Cal. "07-5359 SVW (AGRx)", D. Del.
      # "21-55-CFC" -- only after a caption label (a serial of one or two digits only after
      # one that names the kind, "C.A. No."), or alone on a caption line
      (?<![\w:/.,-])
      (?P<ayy>(?:19|20)?\d{{2}}){_D}{_G}(?P<anum>\d{{1,6}})(?![\d.,]\d)(?!\d)
      {_TAIL}
    |
      # the United States Tax Court's serial-year "Docket No. 19031-13", small-tax-case
      # "12345-13S", lien and levy "12345-13L" -- only in its filings, after "Docket No."
      (?<![\w:/.,-])
      (?P<tnum>\d{{3,6}}){_D}(?P<tyy>\d{{2}})(?:S|L|SL|W|X|P|D)?(?![\w-])
    )
    """,
    regex.VERBOSE,
)

# A caption label right before the number: "Case No.", "CASE NO.:", "No.", "Nos.",
# "Adv. Pro. No.", "Civil Action No.", "Docket No.:", "Case Number:", "Bankr. No.", the
# Second Circuit's "Docket #: 17-3510", "Case: 17-3510", "Appeal: 19-1234".
_LABEL_BEFORE = regex.compile(
    rf"""
    (?:(?P<word>[A-Za-z]+)\.?{SPACE}+)?
    (?:No|NO|Nos|NOS|Number|NUMBER|Numbers|NUMBERS|\#)\.?{SPACE}*:?{GAP}\Z
    | (?P<word>Case|CASE|Docket|DOCKET|Appeal|APPEAL){SPACE}*:{GAP}\Z
    """,
    regex.VERBOSE,
)
# A label that names the kind of a number printed without it: D. Del. "C.A. No. 21-55-CFC",
# D.N.J. / D.D.C. "Civil Action No. 23-02055 (AHA)", E.D. La. "CIVIL ACTION\nNO: 24-1881",
# "Civil No.", "Civ. A. No.", "Criminal Action No.", "Cr. No.", "Misc. No.", "Mag. No.".
_KIND_LABEL_BEFORE = regex.compile(
    rf"""
    (?:
      (?P<cv>(?:Civil|CIVIL)(?:{SPACE}+(?:Action|ACTION|Case|CASE))?|Civ\.(?:{SPACE}*A\.)?|CIV\.|C\.{SPACE}?A\.)
    | (?P<cr>(?:Criminal|CRIMINAL)(?:{SPACE}+(?:Action|ACTION|Case|CASE))?|Crim\.|CRIM\.|Cr\.|CR\.)
    | (?P<mc>Misc\.|MISC\.|Miscellaneous|MISCELLANEOUS)
    | (?P<mj>Mag\.|MAG\.|Magistrate|MAGISTRATE)
    )
    {GAP}(?:No|NO|Nos|NOS|Number|NUMBER)\.?{SPACE}*:?{GAP}\Z
    """,
    regex.VERBOSE,
)
# An appeal's lower-court number: "D.C. No. 5:06-CV-00376-C", "DC Docket #: 17-cv-6761",
# "District Case Number: 2-15-cv-00180", "USDC No.", "Agency No.", "BIA No.", "Lower
# Court No.", "Trial Court No."; or any number after "Appeal from …" with no number between.
_LOWER_COURT_LABEL = regex.compile(
    rf"""
    (?:D\.{SPACE}?C\.|\b(?:DC|District|DISTRICT|USDC|Lower|LOWER|Trial|TRIAL|Agency|AGENCY|BIA)\b
        |U\.S\.D\.C\.
        # A bankruptcy court's number ("Bankruptcy Case No.", "Bankr. No.", "Bk. No.") and
        # the Ninth Circuit's "BAP No." are the court below only in an appeal's paper
        # (group ``bk``): a bankruptcy court's own caption prints "Bankruptcy Case No." too.
        |(?P<bk>\b(?:Bankruptcy|BANKRUPTCY|BAP|Bk\.|BK\.)|\bBankr\.|\bB\.A\.P\.))
    (?:{SPACE}+(?:Court|COURT|Ct\.|Case|CASE|Civil|CIVIL|Criminal|CRIMINAL|Docket|DOCKET|Action|ACTION))*
    {SPACE}*(?:No|NO|Nos|NOS|Number|NUMBER|\#)\.?{SPACE}*:?{GAP}\Z
    """,
    regex.VERBOSE,
)
# A caption that names an appeal: "Plaintiff-Appellant", "Appellee", "Appeal from …",
# "COURT OF APPEALS", "BANKRUPTCY APPELLATE PANEL", "On Appeal from".
_APPEAL_PAPER = regex.compile(r"(?i:appell(?:ant|ee)s?|appeals?\s+from|on\s+appeal|courts?\s+of\s+appeals|appellate\s+panel)")
# A case consolidated with or related to this one: "Consolidated with Case No. 2:20-cv-1",
# "Related Case No.", "Member Case:", "Consolidated Case Nos." (S.D.N.Y., D.N.J., N.D. Cal.
# captions), or a number followed by "(consolidated)" / "(Consol.)" (E.D. Pa., C.D. Cal.).
_CONSOLIDATED_BEFORE = regex.compile(
    rf"""
    (?i:consolidated\s+with|related\s+(?:to|cases?|actions?)|member\s+(?:cases?|actions?)
        |consolidated\s+(?:cases?|actions?))
    (?:{SPACE}*[:,])?(?:{GAP}(?:Case|Civil|Action|Docket|No|Nos|Number)\.?{SPACE}*:?)*{GAP}\Z
    """,
    regex.VERBOSE,
)
# The next line of a caption's list, each number with its own label: N.D. Cal.
# "Consolidated Cases:\nNo. C 18-06022 WHA (JSC)\nNo. C 19-00117 WHA (JSC)".
_NEXT_LABELED = regex.compile(rf"{SPACE}*\n{SPACE}*(?:(?:Case|CASE){SPACE}+)?(?:No|NO|Nos|NOS)\.?{SPACE}*:?{SPACE}*")
_CONSOLIDATED_AFTER = regex.compile(r"[^\S\n]*\((?i:consolidated|consol\.|member\s+case)\)")
_APPEAL_FROM = regex.compile(r"(?i:appeals?\s+from|on\s+appeal|petitions?\s+for\s+review\s+of)")
_LOWER_COURT_WINDOW = 300
# Words before "No." that make it someone else's number ("Bar No.", "Policy No.",
# "General Order No.", "Motion in Limine No.").
_NOT_CASE_LABELS = frozenset(
    ["bar", "sbn", "policy", "patent", "serial", "account", "claim", "registration", "order", "rule", "resolution", "exhibit", "ex", "invoice", "item", "interrogatory", "request", "publication", "contract", "license", "tax", "id", "page", "permit", "file", "limine", "mil", "motion", "application", "form", "report", "ordinance", "bill", "phone", "fax", "telephone", "certificate", "license", "plate", "lot", "unit", "suite", "box", "room", "route", "claims"]
)
# A plain number with a four-digit year is the Federal Circuit's ("Appeal No. 2007-1545",
# "No. 2019-2041"): only after a label that can name an appeal.
_LONG_YEAR = regex.compile(rf"(?:19|20)\d{{2}}{DASH}\d")
_LONG_YEAR_LABELS = frozenset(["", "appeal", "appeals", "case", "docket"])
# Out of the caption only "Case No." counts.
_CASE_LABEL_BEFORE = regex.compile(
    rf"(?:Case|CASE){SPACE}*(?:No|NO|Nos|NOS|Number|NUMBER)\.?{SPACE}*:?{GAP}\Z"
)
# "Case No.:" with its colon is a form's field label: a caption or a page header prints
# it, a sentence never does ("…County, California, Case\nNo. CV-19-001652 (the …)"). So
# it counts even where the line read before it ends mid-phrase, as the other column of a
# two-column caption does (D. Wyo. "…and L.W., minor children, and\nCase No.:
# 2:23-cv-00118-NDF", the party column running on beside the number).
_FIELD_LABEL = regex.compile(rf"(?:Case|CASE){SPACE}*(?:No|NO|Number|NUMBER)\.?{SPACE}*:")
# A caption line of nothing but plain numbers: Federal Circuit "2019-2041", "06-1242".
_ALONE_LINE = regex.compile(
    rf"{SPACE}*(?:(?:19|20)?\d{{2}}{DASH}\d{{3,6}}{SPACE}*(?:[,;&]|and)?{SPACE}*)+"
)
# The Tax Court numbers its cases "Docket No. 19031-13": in its filings (``Regions.tax_court``)
# a serial-year number after "Docket No(s)." is the case number.
_TAX_LABEL_BEFORE = regex.compile(rf"(?i:Docket){SPACE}+(?i:Nos?)\.?{SPACE}*:?{GAP}\Z")
# A blank line or a typeset rule ("______", "------", "* * *").
_RULE_LINE = regex.compile(r"[\s_=*-]*")
# Connectors of a list after "Nos.": "Nos. 17-2400 & 17-2401", "17-2400, 17-2401, and …"
_LIST_JOIN = regex.compile(rf"{GAP}(?:,|;|&|and|AND)?{GAP}(?:(?:and|AND|&){GAP})?")
# The ECF stamp: "Case 3:15-cv-00798-HSG Document 343 Filed 01/06/16 …",
# "Case: 20-03050 Doc# 277 Filed: 04/14/21", "Appellate Case: 21-800 Document: 0101…".
_STAMP_AFTER = regex.compile(
    rf"{SPACE}*(?:Document|DOCUMENT|Doc\#|Doc|Dkt)\.?:?{SPACE}*\d|{SPACE}+Filed:?{SPACE}*\d"
)
# A case-law citation follows: "No. 13-CV-03999-BLF, 2015 WL 4129193", ", 123 F.3d",
# "2014 U.S. Dist. LEXIS", "(N.D. Cal. July 8, 2015)".
_CITATION_AFTER = regex.compile(
    rf"""{GAP}[,;]?{GAP}(?:
        \d{{4}}{SPACE}+(?:WL|U\.S\.{SPACE}*Dist|Bankr\.{SPACE}*LEXIS)
      | \d+{SPACE}+(?:F\.|B\.R\.|S\.{SPACE}?Ct\.|U\.S\.{SPACE})
      | \([A-Z][^()\n]{{1,40}}?(?:19|20)\d{{2}}\)                  # "(N.D. Cal. July 8, 2015)", never a caption's "(W.D. Okla.)"
      | slip{SPACE}op
    )""",
    regex.VERBOSE,
)

# Another case's name right before the label: "… HERNANDEZ ROMAN, ET AL. V. WOLF, ET AL.,
# CASE NOS. 20-55436, 20-55662" (a Ninth Circuit motion's title).
_CASE_NAME_BEFORE = regex.compile(rf"\b(?:v|V|vs|VS)\.{SPACE}+\S[^\n]{{0,120}},{SPACE}*\Z")

# ... unless the line is a letter's subject line: "Re: United States v. Haitao Xiang, No. 22-1801".
_RE_LINE = regex.compile(rf"{SPACE}*\[?(?:Re|RE|In re|IN RE):")

_LOWER_INITIALS = (2, 3)
"""How many letters a judge's initials printed in lower case have (W.D. Wis. "-wmc", "-jdp")."""
_NOT_JUDGES = frozenset({"NONE", "DUTY", "N/A", "NA", "MAG", "PHX", "TUC", "PCT", "FLG",
                         "YUM", "PSOT", "PSOP", "PSX", "TMP"})
_PREFIX_KIND = {"CV": "cv", "CR": "cr", "MJ": "mj", "MC": "mc", "MDL": "md", "CIV": "cv",
                "CRIM": "cr", "C": "cv"}
_SDNY_KIND = {"civ": "cv", "cr": "cr", "crim": "cr", "misc": "mc", "mag": "mj", "cv": "cv", "c": "cv"}
# Kinds printed in another spelling: N.D. Ill. / E.D. Wis. "02-C-05893" is a civil case
# (PACER: 1:02-cv-05893), as the old N.D. Cal. "C 12-00865" prefix is.
_KIND_ALIASES = {"mdl": "md", "c": "cv", "civ": "cv", "crim": "cr"}
_TYPE_CODE_SET = frozenset(_TYPE_CODES.split("|"))
_PAREN = regex.compile(r"\(\s*([A-Z]{1,4}[xX]?(?:\s*/\s*[A-Z]{1,4}[xX]?)*)\s*\)")


def _initials(token: str) -> str | None:
    """A judge's initials from a printed token, or None for a non-judge code."""
    tok = token.strip()
    if tok.upper() in _NOT_JUDGES:
        return None
    if tok.isalpha() and tok.islower() and _LOWER_INITIALS[0] <= len(tok) <= _LOWER_INITIALS[1]:
        return tok  # W.D. Wis. prints its judges' initials in lower case: "21-cv-1234-wmc"
    if len(tok) >= 2 and tok[-1] in "xX" and tok[:-1].isalpha() and tok[:-1].isupper():
        tok = tok[:-1]
    if not tok.isalpha() or not tok.isupper() or len(tok) > 4 or tok in _NOT_JUDGES:
        return None
    return tok


def _build(m: regex.Match[str], text: str, kind_hint: str | None = None) -> CaseNumber | None:
    office: int | None = None
    kind: str | None
    if m.group("pfx") is not None:
        yy, num = m.group("pyy"), m.group("pnum")
        pfx = m.group("pfx")
        kind = _PREFIX_KIND.get(pfx) or _PREFIX_KIND.get(pfx[-2:])
    elif m.group("yy") is not None:
        yy, num = m.group("yy"), m.group("num")
        kind = m.group("kind").lower().lstrip("~")
        kind = _KIND_ALIASES.get(kind, kind)
        if m.group("office") is not None:
            office = int(m.group("office"))
        # "18-to-25" is not a case number: an unknown type needs a real serial number
        if len(num) < 3 and kind not in _KNOWN_KINDS:
            return None
    elif m.group("syy") is not None:
        yy, num = m.group("syy"), m.group("snum")
        kind = _SDNY_KIND.get(m.group("skind").lower())
        if m.group("soffice") is not None:
            office = int(m.group("soffice"))
    elif m.group("cyy") is not None:
        yy, num = m.group("cyy"), m.group("cnum")
        kind = m.group("ckind").lower()
        if m.group("coffice") is not None:
            office = int(m.group("coffice"))
    elif m.group("tnum") is not None:
        yy, num = m.group("tyy"), m.group("tnum")
        kind = None
    elif m.group("kyy") is not None:
        yy, num = m.group("kyy"), m.group("knum")
        kind = m.group("kkind").lower()
        kind = _KIND_ALIASES.get(kind, kind)
        if m.group("koffice") is not None:
            office = int(m.group("koffice"))
    else:
        yy, num = m.group("ayy"), m.group("anum")
        kind = kind_hint
        if len(num) < _PLAIN_MIN_DIGITS and kind_hint is None:
            return None  # "No. 20-21": a serial this short needs a label naming the kind
    judges: list[str] = []
    referral: list[str] = []
    if m.group("glued"):
        j = _initials(m.group("glued"))
        if j:
            judges.append(j)
    division_letters = m.group("kyy") is not None  # "19-12345-CV-RK-S": S is a division
    for tok in m.captures("tok"):
        if "/" in tok and tok != "N/A":  # S.D. Fla. "BLOOM/Otazo-Reyes": the surnames as printed
            judges.extend(tok.split("/"))
            continue
        j = _initials(tok)
        if j and not (division_letters and len(j) == 1):
            judges.append(j)
    for tok in m.captures("sj"):
        j = _initials(tok)
        if j:
            judges.append(j)
    for paren in (p.strip() for group in _PAREN.findall(m.group("par") or "") for p in group.split("/")):
        if paren in _TYPE_CODE_SET:
            continue  # E.D. Cal. "(PC)", "(HC)": a case type, not a judge ("(SSx)" is one)
        j = _initials(paren)
        if j is None:
            continue
        if not judges and not referral and paren[-1] not in "xX":
            judges.append(j)
        else:
            referral.append(j)
    year = full_year(yy)
    number = int(num)
    normalized = f"{year % 100:02d}-{kind}-{number:05d}" if kind else None
    raw = printed(text, m.start(), m.end(), list(m.spans("g")))
    return CaseNumber(
        raw=raw,
        office=office,
        year=year,
        kind=kind,
        number=number,
        judges=tuple(judges),
        referral_judges=tuple(referral),
        normalized=normalized,
    )


#: A plain "yy-n" number needs this many serial digits unless its label names the kind
#: ("C.A. No. 21-55-CFC").
_PLAIN_MIN_DIGITS = 3

_KNOWN_KINDS = frozenset(
    ["cv", "cr", "mj", "mc", "md", "bk", "ap", "po", "pt", "sw", "gj", "gr", "dp", "ml", "cm", "vv", "cb", "rj", "wp", "misc", "cvcor", "crcor", "adc", "y", "pv", "al", "2255", "mdl"]
)


def _label_word(text: str, start: int) -> tuple[bool, bool]:
    """(a caption label is right before ``start``, that label is "Case No.")."""
    lo = max(0, start - _LABEL_REACH)
    lab = _LABEL_BEFORE.search(text, lo, start)
    if lab is None:
        return False, False
    # The line's head is read only within _LINE_HEAD_REACH of the label: a case name and
    # a subject line's "Re:" print close to it; a longer line is a list (issue 17).
    lo = max(0, lab.start() - _LINE_HEAD_REACH)
    line_start = text.rfind("\n", lo, lab.start()) + 1 or lo
    if _CASE_NAME_BEFORE.search(text, line_start, lab.start()) and not _RE_LINE.match(
        text, line_start, lab.start()
    ):
        return False, False
    word = (lab.group("word") or "").lower()
    if word in _NOT_CASE_LABELS:
        return False, False
    if _LONG_YEAR.match(text, start) and word not in _LONG_YEAR_LABELS:
        return False, False  # "Job No. 2018-64514" (a court reporter's), not "Appeal No. 2007-1545"
    return True, _CASE_LABEL_BEFORE.search(text, lo, start) is not None


def _kind_label(text: str, start: int) -> str | None:
    """The kind a label right before ``start`` names ("Civil Action No." → ``cv``)."""
    lab = _KIND_LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start)
    if lab is None:
        return None
    for kind in ("cv", "cr", "mc", "mj"):
        if lab.group(kind) is not None:
            return kind
    return None  # pragma: no cover - one group always matches


def _is_lower_court(text: str, start: int, prev_end: int, appeal: bool) -> bool:
    """Whether the number at ``start`` is an appeal's lower-court number: labeled as one
    ("D.C. No.", "District Case Number:"; "Bankruptcy Case No.", "BAP No." in a paper
    of an ``appeal``) or printed after "Appeal from …" with no number accepted in between."""
    lab = _LOWER_COURT_LABEL.search(text, max(0, start - _LABEL_REACH), start)
    if lab is not None and (appeal or lab.group("bk") is None):
        return True
    return _APPEAL_FROM.search(text, max(prev_end, start - _LOWER_COURT_WINDOW, 0), start) is not None


def _is_consolidated(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` is labeled as a consolidated or related
    case's ("Consolidated with Case No. …", "… (consolidated)")."""
    if _CONSOLIDATED_BEFORE.search(text, max(0, start - _LABEL_REACH), start):
        return True
    return _CONSOLIDATED_AFTER.match(text, end) is not None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """A plain number set off as a caption paragraph of its own (Federal Circuit
    "2019-2041" between rules, "06-1242" under the court's name): it fills its line, and
    the line before is blank or a rule, so it does not end a wrapped title ("CASE NOS.
    20-55436,\n20-55662")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end, _LINE_HEAD_REACH)
    if line_end < len(text) and text[line_end] != "\n":
        return False  # a line running on this far is a list, not a number set off
    if _ALONE_LINE.fullmatch(text, line_start, line_end) is None:
        return False
    if line_start == 0:
        return True
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return _RULE_LINE.fullmatch(text, prev_start, line_start - 1) is not None


def _set_off(text: str, start: int, end: int) -> bool:
    """A number that needs a label printed as a caption paragraph of its own, blank or a
    rule above it: N.D. Ill.'s stacked "Nos. 04 C 397 / 05 C 5600 / 05 C 5671", which a
    reader takes apart from its label when the names beside it come between."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end, _LINE_HEAD_REACH)
    if text[line_start:line_end].strip() != text[start:end].strip() or line_start == 0:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return _RULE_LINE.fullmatch(text, prev_start, line_start - 1) is not None


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` continues a sentence: the previous printed character (skipping
    blanks and line numbers) is a comma, "(", "&", ";" or a lower-case letter (a Ninth
    Circuit motion's "Case No. 20-55436 & Case No. 20-55662"). Line numbers are ASCII
    digits ("0" <= ch <= "9"): str.isdigit() also takes "²", which is a footnote mark."""
    i = pos - 1
    while i >= 0:
        ch = text[i]
        if ch.isspace():
            i -= 1
            continue
        if "0" <= ch <= "9":
            j = i
            while j >= 0 and "0" <= text[j] <= "9":
                j -= 1
            if i - j <= 2 and (j < 0 or text[j] == "\n"):
                i = j
                continue
        return ch in ",(&;" or ch.islower()
    return False


def _line_end(text: str, pos: int, reach: int | None = None) -> int:
    stop = len(text) if reach is None else min(len(text), pos + reach)
    nl = text.find("\n", pos, stop)
    return stop if nl < 0 else nl


def parse_case_number(raw: str) -> CaseNumber | None:
    """Parse one printed case number ("3:15-cv-00798-HSG", "CV 16-06794 AB (JCx)",
    "20-30242 (HLB)"), or None when ``raw`` does not start with one. Useful to the ECF
    stamp parser and to callers holding a docket number from elsewhere."""
    s = raw.strip()
    m = _CASE_NUMBER.match(s)
    if m is None:
        return None
    try:
        return _build(m, s)
    except (ValueError, TypeError):
        return None


# Out of the caption only a number after "Case No." can count: find those labels first
# (a literal scan) rather than running the full pattern over the whole body.
_CASE_LABEL_SCAN = regex.compile(r"(?:Case|CASE)[^\S\n]*(?:No|NO|Nos|NOS|Number|NUMBER)\b")
_WINDOW = 200


def _candidates(text: str, cap_end: int) -> list[regex.Match[str]]:
    """Case-number matches in the caption region and in the window after each later
    "Case No." label, in order, without overlaps."""
    found: list[regex.Match[str]] = [
        m for m in _CASE_NUMBER.finditer(text, 0, min(len(text), cap_end + _WINDOW))
        if m.start() < cap_end
    ]
    last = found[-1].end() if found else 0
    for lab in _CASE_LABEL_SCAN.finditer(text, max(0, cap_end - 20)):
        if lab.end() < last:
            continue
        for m in _CASE_NUMBER.finditer(text, lab.end(), min(len(text), lab.end() + _WINDOW)):
            if m.start() >= cap_end and m.start() >= last:
                found.append(m)
                last = m.end()
    return found


def extract_case_numbers(clean: CleanText, regions: Regions | None = None) -> list[CaseNumber]:
    """The filing's own case numbers, in printed order, each once (see module doc);
    ``regions`` are ``regions_of(clean)``, computed here when not given."""
    text = clean.text
    if not text:
        return []
    if regions is None:
        regions = regions_of(clean)
    cap_end = regions.caption_end
    tax_court = regions.tax_court
    appeal = _APPEAL_PAPER.search(text, 0, min(len(text), cap_end + _WINDOW)) is not None
    out: list[CaseNumber] = []
    roles: list[CaseNumberRole] = []  # per number in ``out``
    prev_end = -1  # end of the last accepted number, for "Nos. A & B" lists
    # A number is a duplicate of a kept one with the same normalized core; a plain number
    # (no type) of any kept number with its year and serial ("CR 14-648-CAS" … "Case No.
    # 14-648."). Kept as sets, so a list of numbers costs one look-up each (issue 17).
    seen: set[str] = set()
    seen_serial: set[tuple[int | None, int | None]] = set()  # (year, serial) of every kept number
    untyped_serial: set[tuple[int | None, int | None]] = set()  # … of the kept numbers without a type
    prev_role: CaseNumberRole | None = None  # the last accepted number's: a list after it shares it
    own_found = False  # whether a kept number is this case's (a flag: a list costs one look-up)
    for m in _candidates(text, cap_end):
        start, end = m.span()
        line_end = _line_end(text, end, _LINE_HEAD_REACH)
        if _STAMP_AFTER.match(text, end, line_end):
            continue
        if _CITATION_AFTER.match(text, end, min(len(text), end + 60)):
            continue
        labeled, case_label = _label_word(text, start)
        listed = prev_end >= 0 and _LIST_JOIN.fullmatch(text, prev_end, start) is not None
        if m.group("tnum") is not None and not (
            tax_court and start < cap_end and (listed or _TAX_LABEL_BEFORE.search(text, max(0, start - 30), start))
        ):
            continue
        plain = m.group("ayy") is not None
        needs_label = plain or m.group("pfx") == "C" or m.group("skind") in ("C", "CV")
        if start < cap_end:
            ok = labeled or listed or not needs_label or (
                _alone_on_line(text, start, end) if plain else _set_off(text, start, end)
            )
        else:
            lab_start = start
            lab = _CASE_LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start)
            field = False
            if lab is not None:
                lab_start = lab.start()
                field = _FIELD_LABEL.match(text, lab_start) is not None
            ok = (case_label or listed) and (field or not _mid_sentence(text, lab_start))
        if not ok:
            continue
        try:
            cn = _build(m, text, _kind_label(text, start) if plain else None)
        except (ValueError, TypeError):  # pragma: no cover - defensive, never expected
            cn = None
        if cn is None:
            continue
        role: CaseNumberRole
        if _is_lower_court(text, start, max(prev_end, 0), appeal):
            role = "lower_court"
        elif _is_consolidated(text, start, end) or (
            prev_role == "consolidated" and (listed or _NEXT_LABELED.fullmatch(text, prev_end, start) is not None)
        ):
            role = "consolidated"
        elif start >= cap_end and own_found:
            # After the caption only a "Case No." label lets a number in: another case the
            # body names (a related action, a transferor court's) once the caption gave
            # this one's; the paper's own where the caption printed none.
            role = "cited"
        else:
            role = "this_case"
        prev_end = m.end()
        prev_role = role
        serial = (cn.year, cn.number)
        if (cn.normalized is not None and cn.normalized in seen) or serial in (
            seen_serial if cn.kind is None else untyped_serial
        ):
            continue
        if cn.normalized is not None:
            seen.add(cn.normalized)
        seen_serial.add(serial)
        if cn.kind is None:
            untyped_serial.add(serial)
        roles.append(role)
        own_found = own_found or role == "this_case"
        out.append(
            CaseNumber(
                raw=cn.raw,
                office=cn.office,
                year=cn.year,
                kind=cn.kind,
                number=cn.number,
                judges=cn.judges,
                referral_judges=cn.referral_judges,
                normalized=cn.normalized,
                span=clean.span(start, end),
                role=role,
            )
        )
    # The caption's own number first, then the lower court's (an appeal that prints "Appeal
    # from … No. 3:20-cv-02731" above its own number); printed order within each.
    order = sorted(range(len(out)), key=lambda i: roles[i] == "lower_court")
    return [out[i] for i in order]
