"""The caption: parties with their roles, the document title and the "Re: Dkt. No." entries.

Rules are written for the caption as the layout stage reads it, column by column: the left
column (each party's name, then its role label "Plaintiff," / "Defendants.", with "v." between
sides), then the right column (case number, title, "Re: Dkt. No. 337"). They stay tolerant of
flat text where the two columns are interleaved line by line: a line may carry right-column
text after the party name ("CHINA FORTUNE LAND Case No. 19-cv-07043-VC"), after a role
("Plaintiff, ORDER GRANTING") or after a column separator (")" in California pleadings, "]" in
7th Cir. orders), and that text is cut off.
"""

from __future__ import annotations

import regex

from courtparse.models import Caption, Court, DocketEntryRef, Party
from courtparse.patterns import SO_ORDERED_RE
from courtparse.regions import CAPTION_REGION
from courtparse.text import CleanText

# The caption sits on page 1: after the court's name, before the first paragraph.
_REGION = CAPTION_REGION
_MAX_NAME_LINES = 4
_MAX_LIST_LINES = 16
"""Lines of one side's name block when it is a list of parties."""
_LIST_MIN_COMMAS = 2
_LIST_LINE_MIN_UPPER = 0.4
"""Share of capitals in a line of such a list ("public entity; LOS ANGELES")."""
"""Commas between names (not before "INC.") that make a name block a list."""
_WALK_BACK = 16
_SEMICOLON_LIST_LINES = 40
"""Printed lines of a name block whose parties are parted by semicolons (an SEC
complaint's "JASON R. / ANDERSON, an individual; JACOB S. / …", D. Utah): each ";" closes
a party, so the list is read up to "v." however long, descriptors in lower case and all."""
_LIST_MIN_SEMICOLONS = 2
_NAME_MIN_LETTERS = 3
"""A line of a name holds this many letters at least: fewer is an ornament ("---o0o---")."""

_ROLE_WORD = r"""
    (?:Nominal\s+|Relief\s+)?(?:Third[-\s]Party\s+|Counter[-\s]?(?:claim[-\s]?)?|Cross[-\s]?)?
    (?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Debtor|Movant
      |Intervenor|Claimant|Complainant|Creditor|Trustee|Relator|Garnishee|Objector
      |Real\s+Part(?:y|ies)\s+in\s+Interest)
    (?:s|S|\([sS]\))?
"""
# A role label line: "Plaintiff,", "Defendants.", "Plaintiffs-Appellants," (7th Cir.),
# "Plaintiff, Appellant," (1st Cir.), "Plaintiff—Appellant," (5th Cir.), "Defendant and
# Counterclaimant.", "Plaintiff and Counter-" (continued on the next line).
# Flat text may carry the right column after it ("Plaintiff, ORDER GRANTING").
_ROLE_LINE_RE = regex.compile(
    r"^(?P<roles>" + _ROLE_WORD + r"(?:\s*(?:[-–—/]|,?\s+and\s+|,\s*(?=" + _ROLE_WORD + r"))\s*" + _ROLE_WORD + r")*)"
    r"""(?P<cont>\s+and(?:\s+(?:Counter|Cross|Third[-\s]Party)\s*-?)?|\s*-)?
    \s*(?:(?P<punct>[.,;:])\s*(?P<rest>.*)|$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ROLE_WORD_RE = regex.compile(_ROLE_WORD, regex.VERBOSE | regex.IGNORECASE)
# The word between the sides: "v.", "vs.", "V.", "versus", "-against-", and the 7th Cir.'s
# "and" between two groups of appellants.
_VERSUS_RE = regex.compile(
    r"^(?:versus|vs|v|[-–—]?\s*(?:against|and)\s*[-–—]?|and)\.?\s*(?P<rest>.*)$", regex.IGNORECASE
)
# "In re:" / "IN RE" opens a bankruptcy or MDL caption: "In re ANTHONY SCOTT LEVANDOWSKI,".
_IN_RE_RE = regex.compile(r"^In\s+re:?\s*(?P<rest>.*)$", regex.IGNORECASE)
# Lines of the court's heading that may follow its name: "SAN JOSE DIVISION", "FOR THE".
_HEADER_RE = regex.compile(
    r"""^(?:.*\bDIVISION(?:\s*[-–—]\s*[A-Z][A-Z .]+|\s*\([A-Z][A-Za-z .]+\))?\)?|(?:IN\s+THE\s+)?UNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY|COURT|TAX\s+COURT)\b.*|.*\bDISTRICT\s+OF\s+[A-Z].*
        |(?:IN\s+THE\s+)?SUPREME\s+COURT\s+OF\s+THE\s+UNITED\s+STATES
        |(?:IN\s+)?(?:THE\s+)?(?:[A-Z][A-Za-z]+\s+)?COURT\s+OF\s+APPEALS\b.*   # state appellate courts: "In the Missouri
        |(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL)\s+DISTRICT  # Court of Appeals / Eastern District / DIVISION THREE"
        |DIVISION\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|[IVX]+|\d+)
        |FOR\s+THE|CAMDEN\s+VICINAGE|AT\s+[A-Z]+(?:\s+[A-Z]+)?   # D. Kan. "AT WICHITA", E.D. Tenn. "AT KNOXVILLE"
        |.*\bCIRCUIT|NOT\s+FOR\s+PUBLICATION.*)$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Heading lines above the first party that no name runs into. A 7th Cir. order prints
# "By the Court:" (or "Before" and the panel) between its date and the case number:
# "Chicago, Illinois 60604 / July 13, 2017 / By the Court: / No. 17-2400 / MARIA ALVAREZ, /
# Plaintiff-Appellant,"; a panel order "Before / MICHAEL B. BRENNAN, Circuit Judge".
_ABOVE_NAME_RE = regex.compile(
    r"""^(?:
        BY\s+THE\s+COURT:?                # 7th Cir. "By the Court:"
      | .*\b(?:Pg|Page)\s+\d+\s+of\s+\d+\b.*   # a filing stamp (N.J. "ATL-L-002794-25 11/07/2025 Pg 1 of 1 Trans ID: ...")
      | PREPARED\s+BY\s+THE\s+COURT        # N.J. orders
      | (?:Argued|Submitted|Decided|Filed)\s.*\d{4}\b.*   # D.C. Cir. "Argued March 1, 2021 Decided June 4, 2021"
      | (?:BEFORE\s+)?(?:THE\s+)?HONORABLE\s.*\bJUDGE\.?   # N.D. Cal. transcripts "Before The Honorable William H.
                                                        # Alsup, Judge", C.D. Cal. "HONORABLE ANDRÉ BIROTTE JR., U.S. DISTRICT JUDGE"
      | BEFORE:?                           # 7th Cir. "Before" (the panel's names follow)
      | (?:Non-?\s?)?Argument\s+Calendar     # 11th Cir. "No. 21-12345 / Non-Argument Calendar"
      | \[?(?:DO\s+NOT\s+)?PUBLISH\]?       # 11th Cir. "[DO NOT PUBLISH]", "[PUBLISH]"
      | .+,\s+(?:Chief\s+|Senior\s+)?(?:Circuit|District|Chief)\s+Judge\.?   # "MICHAEL B. BRENNAN, Circuit Judge"
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The clerk's FILED box that an appellate court (and some district clerks) prints beside or
# above the caption. A layout engine reads it into the caption's left column, between a name
# and its role ("Vanessa St. Pierre, / United States Court of Appeals / Fifth Circuit / FILED /
# March 16, 2022 / Lyle W. Cayce / Clerk / Plaintiff—Appellant,"). Its lines, by kind:
_BOX_DATE = r"""(?:
    (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}   # "March 16, 2022", "AUG 18 2020"
  | \d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}      # "11 February 2022"
  | \d{1,2}/\d{1,2}/\d{2,4}                                                                 # "6/17/2021"
  | \d{4}\s+[A-Z][a-z]{2}-\d{1,2}(?:\s+[AP]M\s+\d{1,2}:\d{2})?                              # N.D. Ala. "2021 Feb-16 AM 08:55"
)"""
# "FILED" (5th, 9th, 10th Cir., C.D./E.D. Cal., N.D. Ala.), or with its date on the line:
# 4th Cir. "FILED: August 5, 2021", N.C. "Filed 11 February 2022". Nothing else may follow,
# so a name that starts with the word ("FILED SMITH,") is not one.
_BOX_FILED_RE = regex.compile(
    r"^FILED(?:(?::\s*|\s+)" + _BOX_DATE + r")?:?$", regex.VERBOSE | regex.IGNORECASE
)
_BOX_DATE_RE = regex.compile(r"^" + _BOX_DATE + r"$", regex.VERBOSE | regex.IGNORECASE)
# The clerk: "Clerk" (5th Cir.), "Clerk of Court" (10th Cir.), "MOLLY C. DWYER, CLERK" (9th
# Cir.), "CLERK, U.S. DISTRICT COURT" (C.D./E.D. Cal., "... REDACTED" where a stamp runs on).
_BOX_CLERK_RE = regex.compile(
    r"""^(?:
        (?:[^,]+,\s+)?(?:Deputy\s+)?Clerk(?:\s+of\s+(?:the\s+)?Court)?\.?
      | CLERK,?\s+U\.?\s?S\.?\s+(?:DISTRICT|BANKRUPTCY)\s+COURT\b.*
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The clerk's name on the line above a bare "Clerk": "Lyle W. Cayce", "Christopher M. Wolpert".
_BOX_CLERK_NAME_RE = regex.compile(
    r"^[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,4}$"
)
_BOX_BARE_CLERK_RE = regex.compile(
    r"^(?:Deputy\s+)?Clerk(?:\s+of\s+(?:the\s+)?Court)?\.?$", regex.IGNORECASE
)
# The court the box names: "United States Court of Appeals" / "Fifth Circuit", 9th Cir. "U.S.
# COURT OF APPEALS", N.D. Ala. "U.S. DISTRICT COURT" / "N.D. OF ALABAMA", C.D. Cal. "CENTRAL
# DISTRICT OF CALIFORNIA"; and the deputy's line "BY: ___________________ DEPUTY", "BY: _______RS".
_BOX_OTHER_RE = regex.compile(
    r"""^(?:
        (?:United\s+States|U\.\s?S\.)\s+(?:Court\s+of\s+Appeals|District\s+Court)
      | (?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.\s?C\.|Federal)\s+Circuit
      | (?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+District|[NSEWMC]\.\s?D\.)\s+of\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?
      | BY(?::\s*|\s+_)_*\s*\w*(?:\s+DEPUTY)?
      | _{3,}\s*(?:DEPUTY\b.*)?
      | DEPUTY(?:\s+CLERK)?
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_BOX_MAX_LINES = 8
# Right-column text that flat text puts on a party's line, cut off the name:
# "Case No. 19-cv-07043-VC", "CASE NO. 1:20-MJ-00104 EPG", "No. 3:05-cv-00595", "Chapter 11",
# "Adv. Pro. No. 20-03050 (HLB)", "Civil Action No.", Texas "CAUSE NO. 1:21-CV-00123-RP" (W.D. Tex.)
_RIGHT_COLUMN_RE = regex.compile(
    r"""\s*(?:
        \b(?:Case|Cause|Civil\s+Action|Civil|Criminal|Adv\.?\s*Pro(?:c|ceeding)?\.?|Docket|MDL)\s*(?:No|Number)\b.*
      | \bNo\.\s*(?:MDL\s*)?[\dA-Z:]+[-:]\d.*
      | \bChapter\s+\d+\b.*
      | \bCASE\s+NO\b.*
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A date in words on a line of its own ("JUNE 17, 2020", "FRIDAY, AUGUST 31, 2018").
_SPELLED_DATE = r"""(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s+)?
    (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+\d{4}"""
# The words that open a hearing-detail line ("Hearing Date:", "Judge:"); in capitals after a
# title line that runs on, the same word continues the title.
_FIELD_LABEL_RE = regex.compile(r"^(?:Date|Time|Judge|Hearing|Courtroom|Ctrm|Dept|Place|Trial)\b(?!\s*:)", regex.IGNORECASE)
_SPELLED_DATE_RE = regex.compile(r"^" + _SPELLED_DATE + r"$", regex.VERBOSE | regex.IGNORECASE)
# Lines of the right column that are neither name nor title: case numbers, hearing details,
# "Re: Dkt. No. 337", "(ECF No. 26)", "UNDER SEAL", "REDACTED, PUBLIC VERSION".
_SKIP_RE = regex.compile(
    r"""^(?:
        (?:Case|Cause|Civil\s+Action|Civil|Civ\.?|Criminal|Crim\.?|Cr\.?|Adv\.?\s*Pro(?:c|ceeding)?\.?|Docket|MDL)\s*(?:No|Nos|Number)\b.*
      | SECTION:?\s*["“]?[A-Z]["”]?(?:\s*\(\d\))?          # E.D. La. "SECTION: "T" (4)"
      | MOTION\s+NO\.?:\s*M-\d.*                           # N.J. App. Div. "MOTION NO.: M-000832-25"
      | THIS\s+DOCUMENT\s+RELATES\s+TO:?.*|ALL\s+ACTIONS\.?   # an MDL's caption label (N.D. Cal.)
      | (?:USDC|USBC|D\.\s?C\.|BAP|BIA|Agency)\s+(?:No|Nos|Number)\b.*   # an appeal's lower-court number: 5th Cir. "USDC No. 3:20-CV-257"
      | No\.?\s*(?:[A-Z]{1,4}\s+)?(?:MDL\s*)?[\dA-Z:-]*\d.*   # "No. C 18-06022 WHA (JSC)", "NO. CR-19-0491 JST"
      | \(?(?:D\.\s?C\.\s+)?(?:No\.?\s*)?\d{1,2}(?::\d{2})?-[A-Za-z]{1,5}-\d+\S*(?:\s*\([A-Z]{2,5}\)?)*\)?   # a bare number: S.D.N.Y. "1:18-cv-08653 (VEC) (SDA)", 10th Cir. "(D.C. No. 5:06-CV-00376-C)"
      | \d{1,2}\s+Civ\.?\s+\d+.*                     # S.D.N.Y. "15 Civ. 7433 (LAP)"
      | Chapter\s+\d+.*
      | \[?\(?\s*Re:?\s.*
      | \[?\(?\s*(?:ECF|Dkt|Doc|Docket)\.?\s*(?:No|Nos)?\.?\s*\d.*
      | (?:Date|Time|Judge|Hearing|Hearing\s+Date|Courtroom|Ctrm|Dept|Place|Trial\s+Date|Action\s+Filed|Complaint\s+Filed)\b.*
      | Hon\.?\s.*
      | (?:FILED\s+)?UNDER\s+SEAL
      | REDACTED(?:[,\s]+(?:PUBLIC\s+)?VERSION(?:\s+OF\s+DOCUMENT\b.*)?)?|\[?PUBLIC\s+VERSION\]?|\[?PUBLICLY\s+FILED.*
      | (?:CIVIL|CRIMINAL)\s+ACTION(?:\s+FILE)?(?:\s+NO\.?)?     # E.D. Pa. ": CIVIL ACTION", N.D. Ga. "CIVIL ACTION FILE"
      | (?:JURY\s+TRIAL\s+DEMANDED|DEMAND\s+FOR\s+JURY\s+TRIAL|TRIAL\s+BY\s+JURY(?:\s+IS)?\s+DEMANDED|CLASS\s+ACTION)\.?
      | [A-Z]{1,4}\s?-?\d{2}-\d{3,5}(?:-[A-Z]{2,4})*(?:\s+[A-Z]{2,4})?   # C.D./N.D. Cal. "SACR-14-00167-JVS", "CR-16-00519 LHK"
      | PAGES?\s+\d+\s*(?:-|–|TO|THROUGH)\s*\d+                       # a transcript's cover: "PAGES 1-17"
      | """ + _SPELLED_DATE + r"""   # a transcript's date: "FRIDAY, AUGUST 31, 2018"
      | (?:HIGHLY\s+)?CONFIDENTIAL(?:\s*[-–—]\s*ATTORNEYS.*)?|(?:DIRECT\s+|CROSS[-\s]|REDIRECT\s+)?EXAMINATION(?:\s+BY\b.*)?
      | [^A-Za-z]*
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A pleading-paper line number at a line's start ("13 CONSUMERINFO.COM"), markdown bold,
# and column separators, each a named caption style:
# - California pleading caption: a column of ")" between parties and case number
#   (C.D./E.D./N.D. Cal. "INDEPENDENT PHYSICIANS )"), and the 7th Cir.'s "]";
# - Texas (S.D./N.D./W.D. Tex.) and some 5th Cir. district courts: a column of "§"
#   ("JOHN DOE, § CIVIL ACTION NO. 4:21-cv-1234");
# - the ":" column of Pennsylvania, New Jersey and Delaware ("JANE ROE, : CIVIL ACTION");
# each alone on a line or between the columns, where it cuts the right column off.
_LINE_NUMBER_RE = regex.compile(r"^\s*\d{1,2}(?:\s+|$)(?=\D|$)")
# A line holding only a pleading line number or a column separator: not a blank line.
_NUMBER_ONLY_RE = regex.compile(r"^\s*(?:\d{1,2}|[)\]§:])\s*$")
_SEP = r"[)\]§]"
_SEPARATOR_RE = regex.compile(
    r"^\s*" + _SEP + r"(?:\s.*)?$|\s+" + _SEP + r"\s.*$|\s*[)\]§]\s*$|\s+:(?:\s.*)?$|^\s*:(?:\s.*)?$"
)
# A ")" that closes the line's own "(" is text, not the column: "SUMMARY JUDGMENT, (2)".
_TRAILING_PAREN_RE = regex.compile(r"\s*\)\s*$")
# A row of a separator-column caption read flat, cut at its separator: "v. : OPINION",
# "JOHN DOE, § CIVIL ACTION NO. 4:21-cv-1234", "Plaintiff, ) ORDER GRANTING", "v. ] Robert L.
# Miller, Jr., Judge." The separator stands between spaces; "Date: N/A" is not one.
_COLUMN_SPLIT_RE = regex.compile(r"^(?P<left>\s*\S.*?)\s+[)\]§:]\s+(?P<right>\S.*?)\s*$")
# Glyphs without a Unicode mapping, as the PDF layer may leave them ("(cid:1008)"), whole or
# cut at the line's end (S.D.N.Y. "DATE FILED" box): never part of a name or a title.
_CID_RE = regex.compile(r"\(cid:\d*\)?")
# Private-use glyphs (a brace drawn beside a name, 9th Cir. "individually \uf8fc and as ...").
_PRIVATE_USE_RE = regex.compile(r"[\ue000-\uf8ff]")
# The ":" column printed against the text (D. Conn. "ERIC SCHADT,: / ISAAC RO, and:").
_HUGGED_COLON_RE = regex.compile(r"(?<=,|\band):(?=\s|$)")
# S.D.N.Y./E.D.N.Y. "-against-" captions print a dashed box around the parties:
# "-----------------------------------x", "- - - - - - - - - - x", a lone "x" or ":" closing it.
_DASHED_BOX_RE = regex.compile(r"^\s*(?:[-–—=_]\s*){3,}[xX]?\s*|\s*(?:[-–—=_]\s*){3,}[xX]?\s*$|^\s*[xX:]\s*$")
# "Jesus Alberto GONZÁLEZ-BURGOS" starts a name; a body sentence does not look like that.
_PROSE_RE = regex.compile(r"^(?=.{60,})(?:\S+\s+){8,}")
# The last line of an MDL's "IN RE: ... LITIGATION" name, which has no role label.
_MDL_END_RE = regex.compile(r"\bLITIGATION[,.]?$")
# How a document title starts: a title block is not a party's name.
_TITLE_START_RE = regex.compile(
    r"""^(?:\[?PROPOSED\]?\s+)?(?:(?:FIRST|SECOND|THIRD|AMENDED|SUPPLEMENTAL|JOINT|EX\s+PARTE|
        (?:PLAINTIFF|DEFENDANT|PETITIONER|RESPONDENT)S?['’]?S?)\s+)*
        (?:ORDER|NOTICE|MOTION|STIPULAT|MEMORANDUM|JUDGMENT|DECLARATION|OPPOSITION|REPLY|
        RESPONSE|COMPLAINT|APPLICATION|REQUEST|REPORT|PETITION|BRIEF|FINDINGS|SUGGESTION|
        CERTIFICATE|ANSWER|OBJECTION|ADMINISTRATIVE)""",
    regex.VERBOSE,
)
# A document's heading on a line of its own, read into the left column between "-against-"
# and a name (S.D.N.Y. "-against- / ORDER / Jason Goodman,"): never a party's name.
_HEADING_ONLY_RE = regex.compile(
    r"""^(?:\[?PROPOSED\]?\s+)?(?:ORDER|OPINION|MEMORANDUM|JUDGMENT|DECISION|RULING)
        (?:\s+(?:AND|&)\s+(?:ORDER|OPINION|JUDGMENT))?
        (?:\s+(?:GRANTING|DENYING|ON|RE|TO|OF|REGARDING|FOR|ADOPTING)\b.*)?$""",
    regex.VERBOSE,
)
# What is said about a party after its name and is not the name:
# "individually and on behalf of all others similarly situated", "an individual",
# "A California corporation", "and DOES 1 through 10, inclusive".
_DESCRIPTOR_RE = regex.compile(
    r"""(?:
        ,?\s*(?:individually|as\s+individuals?)?,?\s*(?:and\s+)?on\s+behalf\s+of\s+
          (?:(?:himself|herself|itself|themselves)\s+and\s+)?(?:all\s+)?others\s+similarly\s+situated
      | ,?\s*on\s+behalf\s+of\s+(?:himself|herself|itself|themselves)(?:\s+and\s+all\s+others\s+similarly\s+situated)?
      | ,?\s+and\s+(?:all\s+)?(?:others|a\s+class\s+of)\s+similarly\s+situated(?:\s+(?-i:[a-z]+))?   # D. Kan. "JOHN CLIFFORD GLAHN and others similarly situated", S.D.N.Y. "... and a class of similarly situated investors"
      | ,\s*(?:individually\s+and\s+)?derivatively\s+on\s+behalf\s+of\b.*   # D. Del. "CLAUDE L. PATTERSON, Derivatively on Behalf of CANOO INC."
      | ,\s*(?:an?|the)\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:individual|corporation|limited\s+liability\s+(?:company|corporation|partnership)|partnership|entity|company|municipality|public\s+entity|political\s+subdivision)\b
      | \s+(?-i:an?)\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:limited\s+liability\s+(?:company|corporation|partnership)|corporation)\b   # S.D. Ind. "DUCCI ENTERPRISES, LLC an Indiana limited liability corporation"
      | [,;]?\s*(?:and\s+)?DOES\s+\d+\s*(?:through|to|-)\s*\d+,?(?:\s*inclusive)?
      | ,?\s*(?:in|and)\s+(?:(?:his|her|their|its)\s+)?(?:official|individual|personal|representative)(?:\s+and\s+(?:official|individual|personal|representative))?
          \s+capacit(?:y|ies)(?:\s+as\s+[^,;]*)?        # 1st Cir. "JANET T. MILLS, in her official capacity as Governor of the State of Maine"; C.D. Cal. "RICHARD A. GETTY, an individual and representative capacity as trustee of ..."
      | ,\s*ETC\.?(?=\s*(?:[;,]|$))                      # C.D. Cal. minutes: "MARCUS GRAY, ETC.; ET AL." (the capacity, abbreviated)
      | (?:,?\s*(?:individually,?\s+)?and\s+|,\s*)as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:parent|guardian|next\s+friend|natural\s+guardian|legal\s+guardian)
          [^,;]*?\bof\s+(?-i:[A-Z]\.){2,3}(?:,?\s*(?:and\s+)?(?-i:[A-Z]\.){2,3})*(?:,\s*(?:an?\s+)?minors?(?:\s+child(?:ren)?)?)?
                                                         # D. Wyo. "…, Individually and as Parent and Legal Guardian of W.W., K.W., G.W., and L.W., minor children"
      | (?:,?\s*(?:individually,?\s+)?and\s+|,\s*)as\s+(?:a\s+|the\s+)?(?:Successor|representative|trustee|guardian|personal\s+representative
          |administrat\w*|executor|executrix|next\s+friend|parent)[^,;]*(?:,\s*deceased)?   # E.D. Cal. "MICHELLE PEREZ, individually and as Successor in Interest to Joseph Perez"
      | ,\s*individually(?=\s*(?:[,;]|$))
      | ,\s*(?:solely\s+)?as\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?-i:[A-Z])[^,;]*(?:,?\s+and\s+as\s+[^,;]*)?   # "JANE ROE, as Chapter 7 Trustee", C.D. Cal. "ALEX VILLANUEVA, as Sheriff of the County of Los Angeles and as an individual"
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Right-column labels that flat text (or a column the layout merged) puts inside a name:
# D. Conn./D.D.C. "JURY TRIAL DEMANDED MIKHAIL KOKORICH,", N.D. Ohio "(Jury Trial Demanded)".
_NAME_NOISE_RE = regex.compile(
    r"\(?\s*\b(?:JURY\s+TRIAL\s+DEMANDED|DEMAND\s+FOR\s+JURY\s+TRIAL|TRIAL\s+BY\s+JURY(?:\s+IS)?\s+DEMANDED|CLASS\s+ACTION(?:\s+COMPLAINT)?)\b\s*\)?",
    regex.IGNORECASE,
)
# A case number that flat text puts before the name: C.D. Cal. "2:18-CV-5934-MWF BITPAY, INC.",
# M.D.N.C. "1:22-CV-115 FENNEC PHARMACEUTICALS INC.", N.D. Cal. ")NO. 18-CV-1885-HSG HTC Corporation".
# The judge's line that flat text runs into the first name: "Before The Honorable William H.
# Alsup, Judge FLUIDIGM CORPORATION, a" (N.D. Cal. transcripts).
_JUDGE_PREFIX_RE = regex.compile(r"^(?:BEFORE\s+)?(?:THE\s+)?HONORABLE\s.*?\bJUDGE\b[.,]?\s+", regex.IGNORECASE)
# "-v- PATRICK DRAHI, ..." (E.D.N.Y.): the word between the sides on the name's first line.
_LEADING_VERSUS_RE = regex.compile(r"^[-–—]\s*v[s]?\.?\s*[-–—]\s+", regex.IGNORECASE)
_LEADING_NUMBER_RE = regex.compile(
    r"""^[)\]\s]*(?:(?:Case\s+)?No\.?\s*)?(?:[A-Z]{1,4}\s*)?\d{1,2}(?::\d{2})?-(?:[A-Za-z]{1,5}-)?\d+(?:-[A-Za-z0-9]+)*
        (?:\s+(?-i:[A-Z]{2,3})(?=\s))?\s+""",   # C.D./N.D. Cal. "No. CV 16-1128-AB COUNTY OF ...", "NO. C 19-05639 WHA IONPATH, INC."
    regex.VERBOSE | regex.IGNORECASE,
)
# An address printed under a party's name (D.D.C. and D. Kan. complaints: "100 F Street, N.E.",
# "Washington, DC 20549", "c/o Dorsey & Whitney", "Serve: 100 N. Broadway Ave."): not the name.
_ADDRESS_LINE_RE = regex.compile(
    r"""^(?:
        \d+\s+(?:[NSEW]\.?\s+)?(?:[A-Za-z0-9.]+\s+){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Plaza|Place|Parkway|Suite)\b.*
      | .*(?:,\s*|\s)[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?   # "Washington, DC 20549", "Washington DC, 20005"
      | [A-Z][A-Za-z .]+,\s+[A-Z][A-Za-z]+\s+\d{5}(?:-\d{4})?   # 6th Cir. "CINCINNATI, OHIO 45202-3988"
      | (?:c/o|Serve:|P\.?\s?O\.?\s+Box)\b.*
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ADDRESS_TAIL_RE = regex.compile(r",?\s*(?:c/o|Serve:)(?:\s.*)?$", regex.IGNORECASE)
# The label of a service block under a party's name (D. Kan. "WEST HILLS CAPITAL, LLC /
# Serve: / Joseph Unger / 100 N. Broadway Ave. / … / and / JOSEPH UNGER,"; Missouri and
# Kansas petitions "Serve: Registered Agent"): the agent named below it is no party; the
# block ends at the line that closes a party ("and", a line ending in a comma).
_SERVICE_LINE_RE = regex.compile(r"^(?:Serve\b[^:\n]{0,30}:|c/o\b)", regex.IGNORECASE)  # "Serve at:", "Serve Registered Agent:"
_PARTY_CLOSE_RE = regex.compile(r"(?:[,;]|^(?:and|&))\s*$", regex.IGNORECASE)
# "and" alone on a line: between the sides only where a role label closes the side above
# (7th Cir. "Plaintiffs-Appellants, / and / …"); else it joins two names of one side (D.
# Kan. "WEST HILLS CAPITAL, LLC / Serve: … / and / JOSEPH UNGER, / … / Defendants.").
_AND_LINE_RE = regex.compile(r"^(?:and|&)$", regex.IGNORECASE)
# The end of one party in a list: entity and name suffixes ("FACEBOOK, INC.", "JOHN DOE, JR.").
_SUFFIX = r"""(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|L\.?P|LLP|L\.L\.P
    |N\.\s?A|PLC|S\.\s?A|GmbH|AG|P\.\s?C|P\.\s?A|Jr|Sr|II|III|IV|Esq)\.?"""
_SUFFIX_ONLY_RE = regex.compile(r"^(?:" + _SUFFIX + r"|I)(?:,?$|\s)", regex.VERBOSE | regex.IGNORECASE)
# Where a caption lists several parties on one side ("WHATSAPP INC., and FACEBOOK, INC.", N.D. Cal.;
# "DONNA DELLOMO, YOON UM, AND THE LOVESAC COMPANY", D. Conn.; "NSO GROUP TECHNOLOGIES LIMITED and
# Q CYBER TECHNOLOGIES LIMITED"): "and" after a comma, or after an entity suffix. An "and" inside
# one name ("SECRETARY OF HEALTH AND HUMAN SERVICES") has neither. Nor is a lower-case
# "and" between names set in capitals part of a name: a name in capitals prints its own
# "AND" in capitals ("SECURITIES AND EXCHANGE COMMISSION"), so the lower-case word is the
# caption's joint (D.N.J. "DAVID YOW SHANG CHIUEH and UPRIGHT FINANCIAL CORP.", D. Minn.
# "SHELLY R. IBACH and DAVID R. CALLEN"). Two words in capitals before it, so "JOHN and
# MARY DOE" (one couple's shared surname) stays whole.
_CAPS_WORD = r"[A-Z][A-Z.'’\-]*"
# What ends a long list of parties read upward: "v.", a court's or clerk's line, a time
# (Wash. "THIS OPINION WAS FILED FOR RECORD AT 8 A.M. ... SUPREME COURT CLERK").
_LIST_STOP_RE = regex.compile(r"\bv(?:s)?\.(?:\s|$)|\bCOURT\b|\bCLERK\b|\b[AP]\.M\.|\d:\d\d", regex.IGNORECASE)
_LIST_COMMA_RE = regex.compile(r"[,;]\s+(?!" + _SUFFIX + r"\b)(?=[A-Z])", regex.VERBOSE | regex.IGNORECASE)
_LIST_AND_RE = regex.compile(
    r",\s+(?:and|&)\s+|(?<=\b" + _SUFFIX + r")\s+(?:and|&)\s+"
    r"|(?-i:(?<=(?<![\w.'’\-])" + _CAPS_WORD + r"\s+" + _CAPS_WORD + r"[A-Z.])\s+and\s+(?=[A-Z][A-Z.'’\-]*[A-Z.](?![\w'’\-])))",
    regex.VERBOSE | regex.IGNORECASE,
)
# The "and" that closes a list of parties, taken by the Doe defendants after it.
_DOES_CLOSE_LIST_RE = regex.compile(r",\s*and\s+DOES\s+\d", regex.IGNORECASE)
_ET_AL_RE = regex.compile(r",?\s*\bet\s*\.?\s*al\b\.?", regex.IGNORECASE)
# A transcript's speaker or a question: never part of a caption.
_SPEAKER_RE = regex.compile(
    r"\b(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'-]+:|\bTHE\s+(?:WITNESS|VIDEOGRAPHER|REPORTER|COURT|CLERK):|\?\s"
)
# A sentence cut at a role word ("Jayme Walker for the / Plaintiff."), not a name.
_CUT_SENTENCE_RE = regex.compile(r"\s(?:the|of|for|to|a|an|and|by)$|\?")
# The sovereign that prosecutes a criminal case, named alone above "v.".
_SOVEREIGN_RE = regex.compile(
    r"^(?:THE\s+)?(?:UNITED\s+STATES(?:\s+OF\s+AMERICA)?|PEOPLE\s+OF\s+THE\s+STATE\s+OF\s+\w+(?:\s+\w+)?"
    r"|(?:STATE|COMMONWEALTH)\s+OF\s+\w+(?:\s+\w+)?)$",
    regex.IGNORECASE,
)
_TRAILING_ROLE_RE = regex.compile(
    r",\s*(?P<role>PETITIONERS?|RESPONDENTS?|APPELLANTS?|APPELLEES?)\.?\s*$"
)
# A form's caption line: the names typed above "____________ v. ____________" (Fed. Cir. Form 8).
_FORM_VERSUS_RE = regex.compile(r"^\s*_{3,}\s*v\.?\s*_{3,}\s*$")
_FORM_LOOKBACK = 6
"""Lines above a form's "____ v. ____" that may hold the names typed into it."""
# C.D. Cal. minutes: "Title: Clifton W. Marshall, et al. v. Northrop Grumman Corporation, et al."
_MINUTES_TITLE_RE = regex.compile(
    r"^Title:?\s+(?P<left>.+?)\s+v(?:s)?\.\s+(?P<right>.+?)(?:\s+Page\s+\d+\s+of\s+\d+)?\s*$",
    regex.IGNORECASE,
)
# C.D. Cal. criminal judgment (CR-104): "UNITED STATES OF AMERICA vs. Docket No. SACR 16-76JVS"
# then "Defendant 7. James R Milheiser Social Security No. 0 9 8 2".
_CR_JUDGMENT_RE = regex.compile(
    r"""^(?P<left>UNITED\s+STATES\s+OF\s+AMERICA)\s+vs?\.(?:\s+Docket\b.*)?\n
        (?:.*\n){0,2}?
        Defendant\s+(?:\d+\.\s+)?(?P<right>.+?)(?:\s+Social\b.*)?$""",
    regex.VERBOSE | regex.MULTILINE,
)
# First words of a document title ("ORDER GRANTING ...", "O R D E R", "DEFENDANTS’ NOTICE OF
# MOTION", "SUGGESTION OF REMAND"): a title line is mostly capitals.
# The heading that opens a brief's body (N.D. Cal. Civil L.R. 7-4(a) lists its parts), on a
# line of its own: "MEMORANDUM OF POINTS AND AUTHORITIES", "I. INTRODUCTION", "STATEMENT OF
# FACTS". Printed under the caption of a short brief, it is not part of the title; a title
# that names it runs on from a line ending in ";" ("APPOINT CLASS COUNSEL; / MEMORANDUM OF
# POINTS AND / AUTHORITIES IN SUPPORT THEREOF"), or the line says more ("... IN SUPPORT").
_BODY_HEADING_RE = regex.compile(
    r"""^(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})\.\s+)?                  # "I. INTRODUCTION"
        (?:MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES
          |INTRODUCTION|ARGUMENT|BACKGROUND|DISCUSSION|CONCLUSION|LEGAL\s+STANDARDS?
          |(?:FACTUAL|PROCEDURAL)\s+BACKGROUND
          |STATEMENT\s+OF\s+(?:THE\s+)?(?:RELEVANT\s+)?FACTS
          |STATEMENT\s+OF\s+(?:THE\s+)?ISSUES?(?:\s+TO\s+BE\s+DECIDED)?
          |TABLE\s+OF\s+CONTENTS)$
        |^APPEARANCES?\b.*""",
    regex.VERBOSE,
)
# A title line that the next line continues: "... MOTION TO DISMISS;", "... AND".
# "[Proposed] ORDER" (C.D. Cal.): the bracketed word does not make a title line lower case.
_PROPOSED_RE = regex.compile(r"\[\s*Proposed\s*\]", regex.IGNORECASE)
_TITLE_RUNS_ON_RE = regex.compile(
    r"(?:[;,:&\-–—’']|\b(?:AND|OF|TO|IN|FOR|ON|RE|THE|OR|BEFORE|AFTER|THROUGH|UNTIL|BY|FROM|WITH))$"
)
_SPACED_CAPS_RE = regex.compile(r"^(?:[A-Z]\s){2,}[A-Z]$")
# A line that goes on with the title above it across a blank line: 9th Cir. "... 20-55662 /
# (blank) / AND / ALTERNATIVE MOTION FOR 30-DAY EXTENSION".
_TITLE_GOES_ON_RE = regex.compile(r"^(?:AND|OR|&|AND/OR|IN\s+SUPPORT|THEREOF|FOR|;)\b")
# Numbers that continue a title's list: "CASE NOS. 20-55436, / 20-55662".
_NUMBER_LIST_RE = regex.compile(r"^[\d\s,&-]+(?:AND)?[\d\s,&-]*$")
# A case number printed at the end of a title line, from the column beside it (D. Conn.
# "... MOTION TO DISMISS 3:22-CV-01131 (VDO)").
_TITLE_NUMBER_TAIL_RE = regex.compile(
    r"\s+\d{1,2}:\d{2}-[A-Za-z]{1,5}-\d+\S*(?:\s*\([A-Z]{2,5}\)?)*$"
)
# The counsel block of a brief's cover: an e-mail address, a telephone line, "Counsel for".
_COUNSEL_LINE_RE = regex.compile(
    r"@[\w-]+\.\w|^(?:Telephone|Tel\.|Phone|Facsimile|Fax)\b|\b(?:Counsel|Attorneys?)\s+for\b",
    regex.IGNORECASE,
)
_WORD_RE = regex.compile(r"\S+")
_COLUMN_GAP_EM = 1.0
"""A gap between words wider than this many line heights separates two columns."""
_COLUMN_OVERLAP_PT = 2.0
"""A word that starts this far left of the last one's end is printed in another column."""
_RIGHT_COLUMN_START = 0.45
_RIGHT_COLUMN_CENTER = 0.55
"""A right-column segment starts past this share of the caption's width, and its middle
past the second: a centred heading ("ORDER" in the middle of the page) is neither."""
_TITLE_MIN_UPPER = 0.7
"""Share of capitals that makes a line part of a title."""
# The right column's jury label read into the title run above it (D. Md. "TRIAL BY JURY /
# IS DEMANDED / AMENDED COMPLAINT"); "COMPLAINT AND DEMAND FOR JURY TRIAL" keeps its words.
_JURY_LABEL_RE = regex.compile(r"^(?:JURY\s+TRIAL\s+DEMANDED|TRIAL\s+BY\s+JURY(?:\s+IS)?\s+DEMANDED)\s+(?=\S)")
_CASE_NAME_RE = regex.compile(r"\s[vV][sS]?\.\s")
_FALLBACK_MIN_WORDS = 2
"""A heading that names no kind of paper is a title only with this many words."""
_FALLBACK_MAX_WORDS = 10
"""A title-case heading has at most this many words after its first."""
_TITLE_WINDOW = 60
"""Lines after the first party in which the title is looked for."""
_TITLE_MAX_GAP = 2
"""Blank lines a title crosses when it runs on."""
# The words that name a kind of paper: a title holds one ("ORDER", "DOCKETING NOTICE",
# "ENTRY OF APPEARANCE", "MEMORANDUM*", "COMPLAINT FOR ..."), its neighbours rarely do.
_KIND_WORD_RE = regex.compile(
    r"""\b(?:ORDERS?|OPINION|MEMORANDUM|JUDG(?:E)?MENT|DECISION|RULING|NOTICE|MOTION|BRIEF|REPLY|RESPONSE
        |OPPOSITION|COMPLAINT|PETITION|APPLICATION|STIPULAT\w*|DECLARATION|AFFIDAVIT|CERTIFICATE
        |CERTIFICATION|REPORT|RECOMMENDATIONS?|FINDINGS|ANSWER|OBJECTIONS?|REQUEST|SUMMONS|SUBPOENA
        |WARRANT|INDICTMENT|VERDICT|TRANSCRIPT|LETTER|MANDATE|APPEARANCE|SUGGESTION|DESIGNATION
        |STATEMENT|EXHIBIT|PROOF\s+OF\s+SERVICE|DISCLOSURE|INSTRUCTIONS|MINUTES|DECREE|AGREEMENT
        |SUPPLEMENT|ERRATA|COUNTERCLAIM|WAIVER|CONSENT|PLAN|SCHEDULE|LIST|INFORMATION|DEPOSITION
        |INTERROGATORIES|ADMISSIONS|PRODUCTION)\b""",
    regex.VERBOSE,
)
# Neighbour blocks a title run may be: a judge's or clerk's line, "APPEARANCES", a table
# of contents, the court's name, a party line.
_NOT_TITLE_RE = regex.compile(
    r"""\b(?:(?:CHIEF|DISTRICT|MAGISTRATE|CIRCUIT|BANKRUPTCY|SENIOR)\s+JUDGE|CLERK\s+OF\s+(?:THE\s+)?COURT
        |TABLE\s+OF\s+(?:CONTENTS|AUTHORITIES)|COURT\s+REPORTER|FILED\s+FOR\s+RECORD)\b
      | \bCLERK\s*$
      | ^(?:BEFORE\s+THE\s+)?HON(?:\.|ORABLE)\b
      | (?:\.\s?){4,}                                     # an index's dot leaders
      | \b(?:MR|MS|MRS|DR)\.\s+[A-Z]+:|^Q\.\s|\bTHE\s+(?:WITNESS|COURT|VIDEOGRAPHER|REPORTER):   # a transcript's speakers
      | \bJUDGE\.?$
      | ^[A-Z][A-Za-z'’-]+,\s+(?:C\.\s?)?J\.$           # D. Mass. "CASPER, J." under the title
      | ^PER\s+CURIAM\b                                   # an appellate opinion's author line
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Runs that start as a neighbour block: a matter's name (E.D. Cal. "IN THE MATTER OF THE
# SEARCH OF", "In re Application of"), the lower court of an appeal ("On Appeal from the
# United States District Court"), a transcript's or order's "APPEARANCES:", a form label.
_NOT_TITLE_START_RE = regex.compile(
    r"""^(?:IN\s+THE\s+MATTER\s+OF|IN\s+RE\b|(?:ON\s+)?APPEAL(?:ED)?\s+FROM|APPEARANCES?:|CIVIL\s+ACTION\b
        |CLASS\s+ACTION$|(?:UNITED\s+STATES\s+)?COURT\s+OF\s+APPEALS|PRESENT:|EXAMINATION\s+BY
        |ON\s+(?:A\s+)?(?:PETITION\s+FOR\s+(?:A\s+)?)?WRIT\s+OF|CERTIORARI\s+TO\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)


_SEPARATOR_CHARS = ")]§:"


def _clean_line(line: str) -> str:
    # Each pattern runs only where its literal part is printed (most lines hold none).
    line = line.replace("**", "")
    if "(cid:" in line:
        line = _CID_RE.sub("", line)
    line = _PRIVATE_USE_RE.sub("", line)
    line = _LINE_NUMBER_RE.sub("", line)
    line = _DASHED_BOX_RE.sub("", line)
    if ":" in line:
        line = _HUGGED_COLON_RE.sub("", line)
    if not any(c in line for c in _SEPARATOR_CHARS):
        pass
    elif line.count("(") >= line.count(")") and _TRAILING_PAREN_RE.search(line):
        line = _SEPARATOR_RE.sub("", _TRAILING_PAREN_RE.sub("\0", line)).replace("\0", ")")
    else:
        line = _SEPARATOR_RE.sub("", line)
    return " ".join(line.split())


def _canon_role(label: str) -> str:
    """"Plaintiffs-Appellants" -> "appellant" (an appeal's role is the one the court uses);
    "Defendant and Counterclaimant" -> "defendant"; "Counter-Defendant" -> "counter-defendant"."""
    words = [" ".join(w.split()).lower() for w in _ROLE_WORD_RE.findall(label)]
    if not words:
        return label.lower()
    words = [_singular(w) for w in words]
    for w in words:
        if w in ("appellant", "appellee"):
            return w
    return words[0]


def _singular(word: str) -> str:
    # AO forms print "Plaintiff(s)"; a nominal defendant (D. Del., E.D.N.Y. derivative suits)
    # and a relief defendant (an SEC complaint's, D. Utah) are defendants.
    word = word.replace("(s)", "").removeprefix("nominal ").removeprefix("relief ").strip()
    word = regex.sub(r"[-\s]+", "-", word) if word.startswith(("third", "counter", "cross")) else word
    word = word.replace("third-party-", "third-party ")
    if word.endswith("parties in interest"):
        return "real party in interest"
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _upper_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _is_title_line(line: str) -> bool:
    line = _PROPOSED_RE.sub("", line)
    if sum(c.isalpha() for c in line) < 3:
        return False
    return _upper_share(line) >= _TITLE_MIN_UPPER


def _is_prose(line: str) -> bool:
    """A body sentence: long, many words, mostly lower case ("Appeal from the United FEDEX
    GROUND PACKAGE SYSTEM, States District Court for" is a merged caption line, not prose)."""
    if not _PROSE_RE.match(line) or _IN_RE_RE.match(line) or _DESCRIPTOR_RE.search(line):
        return False  # a matter's name ("In re Application of ..."), a class plaintiff's capacity
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) < 0.35


def _list_names(part: str, listed: bool = False) -> list[str]:
    """"A, B, and C" -> A / B / C: a list that ends in ", and" (or an "and" after an
    entity suffix) is split at its commas too, keeping a suffix ("FACEBOOK, INC.") and a
    lower-case continuation ("INC, d/b/a ALLCARE IPA") with the name before it. ``listed``:
    the list's closing "and" went with a descriptor cut off before ("…, MORGAN ANDERSON,
    and DOES 1-10, inclusive", E.D. Cal.)."""
    pieces: list[str] = []
    joints = [m.group() for m in _LIST_AND_RE.finditer(part)]
    for k, piece in enumerate(_LIST_AND_RE.split(part)):
        if pieces and not piece[:1].isupper() and not piece[:1].isdigit():
            pieces[-1] = f"{pieces[-1]}{joints[k - 1]}{piece}"  # "and as trustee of ...": not a new name
        else:
            pieces.append(piece)
    if len(pieces) == 1 and listed and len(_LIST_COMMA_RE.findall(part)) >= _LIST_MIN_COMMAS:
        pieces = [part]
    elif len(pieces) == 1:
        # "A, B, C and D" without the serial comma (D. Del.): a list of three or more.
        last = regex.match(r"^(?P<head>.*,.*)\s+(?:and|&)\s+(?P<tail>[A-Z][^,]*)$", part)
        if last is None or len(_LIST_COMMA_RE.findall(last["head"])) < _LIST_MIN_COMMAS:
            return pieces
        pieces = [last["head"], last["tail"]]
    out: list[str] = []
    for piece in pieces:
        names: list[str] = []
        for bit in regex.split(r",\s+", piece):
            if names and (_SUFFIX_ONLY_RE.match(bit) or not bit[:1].isupper()):
                names[-1] = f"{names[-1]}, {bit}"
            else:
                names.append(bit)
        out.extend(names)
    return out


# A footnote's marker glued after a side's last comma: bankruptcy captions footnote the list
# of jointly administered debtors, "ACME HOLDINGS, INC., et al.,1" / "et al.,¹" (D. Del.,
# S.D. Tex., D.N.J. Bankr.).
_NOTE_MARK_END_RE = regex.compile(r"(?<=[,.;:])\x20?(?:[1-9][0-9]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3})\s*$")


def _split_parties(name: str) -> list[tuple[str, bool]]:
    """One printed block may name several parties: "PROOFPOINT, INC.; CLOUDMARK LLC",
    "WHATSAPP INC., and FACEBOOK, INC."."""
    out: list[tuple[str, bool]] = []
    name = _NOTE_MARK_END_RE.sub("", name)
    name = _JUDGE_PREFIX_RE.sub("", _NAME_NOISE_RE.sub(" ", name))
    for part in regex.split(r"\s*;\s*", name):
        et_al = bool(_ET_AL_RE.search(part))
        part = _ET_AL_RE.sub("", part)
        listed = _DOES_CLOSE_LIST_RE.search(part) is not None
        part = _DESCRIPTOR_RE.sub("", part)
        part = _ADDRESS_TAIL_RE.sub("", part)
        part = _LEADING_NUMBER_RE.sub("", " ".join(part.split()))
        part = _LEADING_VERSUS_RE.sub("", part)
        part = _RIGHT_COLUMN_RE.sub("", part)
        names = _list_names(part.strip(" ,;:"), listed)
        for k, one in enumerate(names):
            one = regex.sub(r"^(?:and\s+)", "", one.strip(), flags=regex.IGNORECASE)
            one = one.strip(" ,;:")
            if regex.search(r"[A-Za-z]", one):
                out.append((one, et_al and k == len(names) - 1))
            elif et_al and out:
                out[-1] = (out[-1][0], True)
    return out


def _name_from_in_re(rest: str) -> str:
    return _RIGHT_COLUMN_RE.sub("", rest).strip()


def _strip_in_re(line: str) -> str:
    """"In re ANTHONY SCOTT LEVANDOWSKI," -> the name."""
    m = _IN_RE_RE.match(line)
    return _name_from_in_re(m["rest"]) if m else line


def _is_versus(line: str) -> bool:
    """A line that is only "v." / "vs." / "and" between the sides."""
    m = _VERSUS_RE.match(line)
    return m is not None and not m["rest"]


def _parts_sides(line: str) -> bool:
    """A ``_is_versus`` line whose word parts two sides ("v.", "VERSUS", "-against-"), not
    "and", which also joins two names of one side."""
    return _is_versus(line) and "and" not in line.lower()


def _box_lines(lines: list[tuple[str, int, int]]) -> set[int]:
    """Indices of the lines of a clerk's FILED box: a run of box lines (blank lines crossed)
    that holds "FILED", or a clerk line and a date (the 10th Cir.'s "Tenth Circuit / January 11,
    2021 / Christopher M. Wolpert / Clerk of Court", whose "FILED" the layout put above the
    court's name). A clerk's line alone is not enough: a party may be "JANE ROE, Clerk"."""
    kinds: list[str | None] = []
    for n, (text, _, _) in enumerate(lines):
        kind: str | None = None
        if not text:
            kind = "blank"
        elif _BOX_FILED_RE.match(text):
            kind = "filed"
        elif _BOX_DATE_RE.match(text):
            kind = "date"
        elif _BOX_CLERK_RE.match(text):
            kind = "clerk"
        elif _BOX_OTHER_RE.match(text):
            kind = "other"
        elif _BOX_CLERK_NAME_RE.match(text):
            nxt = next((t for t, _, _ in lines[n + 1 :] if t), "")
            if _BOX_BARE_CLERK_RE.match(nxt):
                kind = "other"
        kinds.append(kind)
    box: set[int] = set()
    n = 0
    while n < len(lines):
        if kinds[n] is None or kinds[n] == "blank":
            n += 1
            continue
        end = n
        while end < len(lines) and kinds[end] is not None:
            end += 1
        run = [k for k in range(n, end) if kinds[k] != "blank"]
        found = {kinds[k] for k in run}
        if len(run) <= _BOX_MAX_LINES and ("filed" in found or {"clerk", "date"} <= found):
            box.update(run)
        n = end
    return box


def _names_go_on(line: str) -> bool:
    """Whether ``line``, printed above a lone "and", goes on with a side's names rather
    than closing the side (a role label, "v.", the court's heading)."""
    return not (_ROLE_LINE_RE.match(line) or _is_versus(line) or _HEADER_RE.match(line) or _IN_RE_RE.match(line))


def _read_in_title(lines: list[tuple[str, int, int]], block: list[int]) -> bool:
    """Whether the lines taken below a name that closes with a comma are the right
    column's title, which flat text of a two-column caption reads between the last name
    and its role (N.D. Ala. "and J. KEVIN HANNA, / AMENDED CLASS ACTION / COMPLAINT FOR
    VIOLATIONS / … / Defendants."): capitals naming a kind of paper, no name's comma."""
    texts = [lines[k][0] for k in block]
    return (all(_is_title_line(t) and not t.endswith((",", ";")) for t in texts)
            and any(_KIND_WORD_RE.search(t) for t in texts))


def _name_block(
    lines: list[tuple[str, int, int]], role_i: int, used: set[int], box: set[int]
) -> list[int]:
    """Indices of the lines naming the party whose role label is at ``role_i``: the lines
    above it up to "v.", the previous role, the court's heading (with a 7th Cir. order's "By
    the Court:") or "In re". Blank lines are crossed (a layout engine puts them inside a
    name); a title block that a column-merging reader put between a case number and the role
    ("Case No. ... / NOTICE OF FILING ... / Defendant.") is dropped. A clerk's FILED box is
    never part of a name: read between the name and its role it is crossed, read above the
    name it ends it (nothing above the box belongs to the name). A service block under a
    name ("Serve: / Joseph Unger / 100 N. Broadway Ave.") is dropped, and an "and" alone
    between two names of one side is crossed. ``_WALK_BACK`` counts printed lines only."""
    block: list[int] = []
    j = role_i - 1
    walked = 0  # printed lines read: a double-spaced caption's blank lines are free
    semicolons = 0  # in the lines taken so far
    while j >= 0 and j not in used and walked < (
        _SEMICOLON_LIST_LINES if semicolons >= _LIST_MIN_SEMICOLONS else _WALK_BACK
    ):
        prev = lines[j][0]
        if j in box:
            if block:
                break
            j -= 1
            continue
        if _SPEAKER_RE.search(prev):
            break  # a transcript's colloquy ("MS. WALKER: Jayme Walker for the / Plaintiff.")
        if not prev:
            j -= 1
            continue
        walked += 1
        if _SERVICE_LINE_RE.match(prev):
            while block and not _PARTY_CLOSE_RE.search(lines[block[-1]][0]):
                block.pop()  # the agent served, printed below the label
            j -= 1
            continue
        if block and _AND_LINE_RE.match(prev):
            above = next((lines[k][0] for k in range(j - 1, -1, -1) if lines[k][0] and k not in box), "")
            if above and _names_go_on(above):
                block.append(j)
                j -= 1
                continue
        if (_HEADER_RE.match(prev) or _ABOVE_NAME_RE.match(prev) or _ROLE_LINE_RE.match(prev)
                or _is_versus(prev)):
            break
        inre = _IN_RE_RE.match(prev)
        if inre:
            if _name_from_in_re(inre["rest"]):
                block.append(j)
            break
        after_number = _LEADING_NUMBER_RE.sub("", prev)
        if _ADDRESS_LINE_RE.match(prev) or _HEADING_ONLY_RE.match(prev):
            pass
        elif (after_number != prev and regex.search(r"[A-Za-z]{2}", regex.sub(r"\([^)]*\)?", "", after_number))
              and not _SKIP_RE.match(after_number)):
            block.append(j)  # flat text: the case number, then the name on one line
        elif _SKIP_RE.match(prev):
            if block and _TITLE_START_RE.match(lines[block[-1]][0]):
                block = []
        elif _MDL_END_RE.search(prev):  # "... EMPLOYMENT PRACTICES / LITIGATION": an In re name
            break
        else:
            if block and prev.endswith((",", ";")) and _read_in_title(lines, block):
                block = []
            block.append(j)
            semicolons += prev.count(";")
        j -= 1
    near = block[:_MAX_NAME_LINES]
    joined = " ".join(lines[k][0] for k in near)
    if semicolons >= _LIST_MIN_SEMICOLONS:
        for k in block[_MAX_NAME_LINES:_SEMICOLON_LIST_LINES]:
            text = lines[k][0]
            if (_KIND_WORD_RE.search(text) or _TITLE_START_RE.match(text) or _LIST_STOP_RE.search(text)
                    or sum(c.isalpha() for c in text) < _NAME_MIN_LETTERS):  # a reporter's "---o0o---"
                break
            near.append(k)
    elif len(_LIST_COMMA_RE.findall(joined)) >= _LIST_MIN_COMMAS:
        # A long list of parties (D. Del. "DANIEL J. HENNESSY, NICHOLAS A. / PETRUSKA, BRADLEY
        # BELL, PETER / ... / JOSETTE SHEERAN and DEBRA VON / STORCH,"): more lines are its
        # own while they read as names in capitals (no title words, no "v.", no sentence).
        for k in block[_MAX_NAME_LINES:_MAX_LIST_LINES]:
            text = lines[k][0]
            if (_upper_share(text) < _LIST_LINE_MIN_UPPER or _KIND_WORD_RE.search(text) or _TITLE_START_RE.match(text)
                    or _LIST_STOP_RE.search(text)):
                break
            near.append(k)
    block = near
    block.reverse()
    return block


def _parties(
    lines: list[tuple[str, int, int]], box: set[int], clean: CleanText
) -> tuple[list[Party], set[int]]:
    """Each role label names the party printed in the lines just above it."""
    parties: list[Party] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        text, _, _ = lines[i]
        m = _ROLE_LINE_RE.match(text)
        if m is None or (m["rest"] and m["punct"] is None):
            i += 1
            continue
        label = m["roles"]
        end_i = i
        if m["cont"] and i + 1 < len(lines):  # "Plaintiff and Counter-" / "Defendant."
            nxt = _ROLE_LINE_RE.match(lines[i + 1][0])
            if nxt is not None:
                label = f"{label} and {nxt['roles']}"
                end_i = i + 1
        block = _name_block(lines, i, used, box)
        for k in range(i, end_i + 1):
            used.add(k)
        if block:
            used.update(block)
            raw = _join_name_lines([_strip_in_re(lines[k][0]) for k in block])
            start, end = lines[block[0]][1], lines[block[-1]][2]
            for name, et_al in _split_parties(raw):
                if not _CUT_SENTENCE_RE.search(name):
                    parties.append(Party(name, _canon_role(label), et_al, clean.span(start, end)))
        i = end_i + 1
    return parties, used


# A caption that lists one party a line, each line ending in a comma (S.D. Ind. "RACHEL LYNN
# WILLIAMSON, / CONSTANCE NOVOA, / Plaintiffs,"; many districts' multi-defendant captions): a
# new party starts with the next line, unless that line goes on with the same one — an entity
# suffix ("ACME, / INC."), a relator or alias ("EX REL.", "D/B/A"), a capacity, lower case, or
# a line not printed in the same case as the one before.
_NEW_PARTY_MIN_WORDS = 2
_GOES_ON_RE = regex.compile(
    r"^(?:" + _SUFFIX + r"""(?:\W|$)|ex\s+rel\b|d/b/a|f/k/a|a/k/a|n/k/a|individually|derivatively|on\s+behalf
        |in\s+(?:his|her|their|its)\b|as\s|by\s+and\s+through|et\s+al|and\b|&|\d)""",
    regex.VERBOSE | regex.IGNORECASE,
)


# A line that ends with the suffix closing a name ends that party even without a comma:
# S.D. Fla. "SKY GROUP USA, LLC / EFRAIN BETANCOURT, JR. / Defendants". Not "Co." or
# "Company", which a name's next line may go on from ("ACME INSURANCE COMPANY / OF AMERICA").
_NAME_END_RE = regex.compile(
    r"(?:^|[\s,])(?:LLC|L\.L\.C\.|Inc\.|INC\.|Ltd\.|LTD\.|Corp\.|CORP\.|L\.P\.|LLP|N\.A\.|PLC|Jr\.|JR\.|Sr\.|SR\.)$"
)


def _join_name_lines(texts: list[str]) -> str:
    """The lines of one side's block as the name text ``_split_parties`` reads: joined by a
    space, or by "; " (its party separator) where a line ends in a comma and the next
    begins another party. Only where no line holds a list of its own ("A, B, / C, D, and
    E" is split by the list rule, which needs the whole run) and the next line has two
    words at least ("MICHAEL A. KNOWLES, / WARDEN" is one party with its office)."""
    texts = [t.strip() for t in texts]
    if any(_LIST_COMMA_RE.search(t.rstrip(",")) for t in texts):
        return " ".join(texts)
    out = ""
    previous = ""
    for text in texts:
        if not out:
            out = text
        elif ((out.endswith(",") or _NAME_END_RE.search(out)) and text[:1].isupper()
              and len(text.split()) >= _NEW_PARTY_MIN_WORDS
              and not _GOES_ON_RE.match(text) and _capitals(previous) == _capitals(text)):
            out = f"{out.removesuffix(',')}; {text}"
        else:
            out = f"{out} {text}"
        previous = text
    return out


def _capitals(text: str) -> bool:
    """Printed in capitals: a party's name is printed as the one before it, and a capacity
    in title case under a name in capitals ("KIM DAVIS, / Rowan County Clerk") is not a
    second party."""
    return _upper_share(text) >= _TITLE_MIN_UPPER


def _trailing_role(raw: str) -> tuple[str, str | None]:
    """The Supreme Court's briefs end a side's name with its role: "MARK CHANGIZI, ET AL.,
    PETITIONERS" -> ("MARK CHANGIZI, ET AL.", "petitioner")."""
    m = _TRAILING_ROLE_RE.search(raw)
    if m is None:
        return raw, None
    return raw[: m.start()], _canon_role(m["role"])


def _roleless_sides(
    lines: list[tuple[str, int, int]], used: set[int], box: set[int], clean: CleanText, columns: bool,
    after_court: bool = False,
) -> list[tuple[int, Party]]:
    """Sides printed with no role label, each a named rule:
    - criminal captions name the sovereign alone above "v." (E.D.N.Y. "UNITED STATES OF
      AMERICA / -against- / JOHN DOE, / Defendant."; D. Mass.): the prosecutor, plaintiff;
    - the ":" column of E.D. Pa. prints no roles at all ("JANE ROE : CIVIL ACTION / v. /
      CITY OF PHILADELPHIA, et al. : NO. 21-1234"): each side with no role (None);
    - a caption that prints no role label at all, its sides parted by "v." / "VERSUS" (E.D.
      La., M.D. La., W.D. La.: "JOHN DOE, ET AL. / VERSUS / ACME INSURANCE CO."; the ":"
      column of E.D. Pa.: "JANE ROE : CIVIL ACTION / v. / CITY OF PHILADELPHIA, et al."):
      the side named first is the plaintiff, the other the defendant, as every civil
      caption orders them (Fed. R. Civ. P. 10(a)) — when both sides are printed, neither
      ends in a role ("…, PETITIONERS") and the first stands right under the court's
      heading; parted by "and" alone, role None;
    - the Federal Circuit's forms print the names above "____ v. ____" (Form 8, Entry of
      Appearance): the two lines above it, role None.
    Returns (line index, party) to merge in printed order."""
    out: list[tuple[int, Party]] = []
    for i, (text, start, end) in enumerate(lines):
        if _FORM_VERSUS_RE.match(clean.text[start:end]):
            names = [k for k in range(max(0, i - _FORM_LOOKBACK), i) if lines[k][0] and k not in used]
            for k in names[-2:]:
                for name, et_al in _split_parties(lines[k][0]):
                    out.append((k, Party(name, None, et_al, clean.span(lines[k][1], lines[k][2]))))
            continue
        if not _is_versus(text) or i in used:
            continue
        unlabeled = not any(_ROLE_LINE_RE.match(t) for t, _, _ in lines)
        above = _name_block(lines, i, used, box)
        below: list[int] = []
        for k in range(i + 1, min(len(lines), i + 1 + _MAX_NAME_LINES)):
            t = lines[k][0]
            if not t:
                if below:
                    break
                continue
            if (k in used or _SKIP_RE.match(t) or _TITLE_START_RE.match(t) or _HEADING_ONLY_RE.match(t)
                    or _KIND_WORD_RE.search(t) or _is_prose(t)):
                break
            below.append(k)
        raw_above, role_above = _trailing_role(" ".join(lines[k][0] for k in above))
        raw_below, role_below = _trailing_role(" ".join(lines[k][0] for k in below))
        # plaintiff and defendant only for a caption printed so: both sides, neither with a
        # role, "v." or "VERSUS" between them, the first right under the court's heading
        # (an exhibit's cover "EXHIBIT A / Vaporstream, Inc. / v. / Snap Inc." is not one)
        sides = (
            unlabeled and bool(above) and bool(below) and role_above is None and role_below is None
            and _parts_sides(text) and _under_heading(lines, above[0], after_court)
        )
        no_roles = sides or (columns and unlabeled)
        if above:
            role = role_above
            if role is None and (sides or _SOVEREIGN_RE.match(raw_above)):
                role = "plaintiff"
            if role is not None or no_roles:
                span = clean.span(lines[above[0]][1], lines[above[-1]][2])
                out.extend((above[0], Party(n, role, e, span)) for n, e in _split_parties(raw_above))
                used.update(above)
        role = "defendant" if sides else role_below
        if below and (role is not None or no_roles):
            span = clean.span(lines[below[0]][1], lines[below[-1]][2])
            out.extend((below[0], Party(n, role, e, span)) for n, e in _split_parties(raw_below))
            used.update(below)
    return out


def _under_heading(lines: list[tuple[str, int, int]], first: int, after_court: bool) -> bool:
    """Whether the nearest printed line above ``first`` is the court's heading, or none is
    and the lines start ``after_court``'s heading (the caption's region leaves it out)."""
    above = next((lines[k][0] for k in range(first - 1, -1, -1) if lines[k][0]), None)
    return after_court if above is None else _HEADER_RE.match(above) is not None


_ROLE_REACH = 2
"""Lines after the first side's role in which the second side's is looked for (the civil
action number printed between them)."""


def _role_only(text: str) -> str | None:
    m = _ROLE_LINE_RE.match(text)
    return _canon_role(m["roles"]) if m is not None and not m["rest"] else None


def _margin_roles(
    lines: list[tuple[str, int, int]], box: set[int], clean: CleanText
) -> tuple[list[Party], set[int]] | None:
    """N.D. and S.D. Miss. print each side's role at the right margin of its name's line
    ("MARY SMITH ........ PLAINTIFF" / "V." / "CITY OF OXFORD, et al. ........ DEFENDANTS"),
    which a reader takes for a column of its own and reads after the names: "MARY SMITH /
    V. / CITY OF OXFORD, et al. / PLAINTIFF / CIVIL ACTION NO. … / DEFENDANTS". The two
    roles, in order, go to the two sides; None when the caption is not printed so (a role
    under its name, as most courts print it, is ``_parties``' reading)."""
    for i, (text, _, _) in enumerate(lines):
        if not _parts_sides(text):
            continue
        above = _name_block(lines, i, set(), box)
        below: list[int] = []
        k = i + 1
        while k < len(lines) and len(below) < _MAX_NAME_LINES:
            t = lines[k][0]
            if t and (_ROLE_LINE_RE.match(t) or _SKIP_RE.match(t) or _TITLE_START_RE.match(t) or _is_prose(t)):
                break
            if t:
                below.append(k)
            k += 1
        if not above or not below or k >= len(lines) or (first := _role_only(lines[k][0])) is None:
            return None
        second_at = next((j for j in range(k + 1, min(len(lines), k + 2 + _ROLE_REACH)) if _role_only(lines[j][0])), None)
        if second_at is None:
            return None
        second = _role_only(lines[second_at][0])
        parties: list[Party] = []
        for block, role in ((above, first), (below, second)):
            raw = _join_name_lines([_strip_in_re(lines[b][0]) for b in block])
            span = clean.span(lines[block[0]][1], lines[block[-1]][2])
            parties.extend(Party(name, role, et_al, span) for name, et_al in _split_parties(raw))
        return parties, {*above, i, *below, k, second_at}
    return None


def _form_parties(region: str, base: int, clean: CleanText) -> list[Party]:
    """Parties of forms that print the caption as one "X v. Y" line (C.D. Cal. minutes,
    criminal judgments), where no role labels are printed."""
    for pattern in (_CR_JUDGMENT_RE,):
        m = pattern.search(region)
        if m:
            return _pair(m, base, clean)
    for line in region.splitlines()[:15]:
        m = _MINUTES_TITLE_RE.match(line.strip())
        if m:
            off = region.find(line)
            return _pair(m, base + max(off, 0), clean, line_offset=line.find(line.strip()))
    return []


def _pair(m: regex.Match[str], base: int, clean: CleanText, line_offset: int = 0) -> list[Party]:
    out = []
    for group, role in (("left", "plaintiff"), ("right", "defendant")):
        for name, et_al in _split_parties(m[group]):
            span = clean.span(base + line_offset + m.start(group), base + line_offset + m.end(group))
            out.append(Party(name, role, et_al, span))
    return out


def _title_runs(
    lines: list[tuple[str, int, int]], used: set[int], start_i: int, box: set[int]
) -> list[tuple[list[str], int, int, int]]:
    """The runs of capitalised lines after ``start_i`` that are not a case number or a
    hearing detail; "v." and party lines interleaved in flat text are stepped over. A run
    ends at a blank line unless its last line runs on ("..., CASE NOS. 20-55436," / "AND")
    or the next line continues it ("AND ALTERNATIVE MOTION"); at the heading that opens a
    brief's body ("MEMORANDUM OF POINTS AND AUTHORITIES"); at a line that is not capitals.
    A clerk's FILED box ("FILED" is all capitals) is stepped over too."""
    runs: list[tuple[list[str], int, int, int]] = []
    parts: list[str] = []
    start = end = first = -1
    blanks = 0

    def close() -> None:
        nonlocal parts, start, end, first
        if parts:
            runs.append((parts, start, end, first))
        parts, start, end, first = [], -1, -1, -1

    for i in range(start_i, min(len(lines), start_i + _TITLE_WINDOW)):
        text, s, e = lines[i]
        if i in used or i in box or (not parts and _is_versus(text)):
            continue
        if not text:
            blanks += 1
            continue
        gap, blanks = blanks, 0
        if gap and parts and not (
            gap <= _TITLE_MAX_GAP
            and (_TITLE_RUNS_ON_RE.search(parts[-1]) or _TITLE_GOES_ON_RE.match(text))
        ):
            close()
        if _is_prose(text) or SO_ORDERED_RE.search(text):  # the end of an order is no caption
            break
        if parts and _TITLE_RUNS_ON_RE.search(parts[-1]) and (
                _NUMBER_LIST_RE.match(text) or _SPELLED_DATE_RE.match(text)):
            # 9th Cir. "... CASE NOS. 20-55436, / 20-55662"; N.D. Cal. "... ON OR BEFORE / MARCH 22, 2021"
            parts.append(text)
            end = e
            continue
        goes_on = (bool(parts) and bool(_TITLE_RUNS_ON_RE.search(parts[-1])) and _is_title_line(text)
                   and bool(_FIELD_LABEL_RE.match(text)))  # "... SCHEDULE THE / HEARING, (2) ALLOW"
        if not goes_on and (_SKIP_RE.match(text) or _HEADER_RE.match(text) or _IN_RE_RE.match(text)
                            or _NOT_TITLE_RE.search(text)):
            close()  # a judge's line under the caption (S.D.N.Y. "STEWART D. AARON, UNITED
            continue  # STATES MAGISTRATE JUDGE:") ends the title above it
        if _SPACED_CAPS_RE.match(text):
            text = text.replace(" ", "")
        if parts and _BODY_HEADING_RE.match(text) and not _TITLE_RUNS_ON_RE.search(parts[-1]):
            close()
            break
        text = _TITLE_NUMBER_TAIL_RE.sub("", text)
        if _is_title_line(text) and not _ROLE_LINE_RE.match(text):
            if parts and text == parts[-1]:
                end = e  # a heading printed twice (C.D. Cal. "ORDER" / "ORDER")
                continue
            parts.append(text)
            if start < 0:
                start, first = s, i
            end = e
        else:
            if _COUNSEL_LINE_RE.search(text):
                # An appellate cover's counsel block follows its title: "ANSWERING BRIEF /
                # SEAN RIORDAN / sriordan@aclunc.org" (9th Cir.): the name is not the title.
                while parts and len(parts) > 1 and not _KIND_WORD_RE.search(parts[-1]):
                    parts.pop()
            close()
    close()
    return runs


def _title(
    lines: list[tuple[str, int, int]], used: set[int], start_i: int, box: set[int]
) -> tuple[str, int, int] | None:
    """The document's own heading: of the runs of capitalised lines, the first that names
    a kind of paper ("ORDER", "NOTICE", "STIPULATION", "ENTRY OF APPEARANCE"); else the
    first that is not a neighbour block. A neighbour block is never the title: a judge's
    or clerk's line (2d Cir. "ROBERT A. KATZMANN / CHIEF JUDGE"), "APPEARANCES", a table of
    contents, a matter's name ("IN THE MATTER OF THE SEARCH OF"), the lower court ("On
    Appeal from ..."), a party's name ("TAHAWWUR HUSSAIN RANA,")."""
    fallback: tuple[str, int, int] | None = None
    last_party = max(used, default=-1)
    for parts, start, end, first in _title_runs(lines, used, start_i, box):
        title = _JURY_LABEL_RE.sub("", " ".join(" ".join(parts).split()))
        if _NOT_TITLE_RE.search(title) or _NOT_TITLE_START_RE.match(title):
            continue
        if _KIND_WORD_RE.search(title):
            return title, start, end
        if (fallback is None and not title.endswith(",") and first > last_party and not title[:1].isdigit()
                and len(title.split()) >= _FALLBACK_MIN_WORDS
                and not _ADDRESS_LINE_RE.match(title) and not _COUNSEL_LINE_RE.search(title)
                and not _CASE_NAME_RE.search(title)):  # S. Ct. syllabus "TARRANT ... v. HERRMANN ET AL."
            fallback = (title, start, end)
    return fallback


# A heading printed in title case under the caption (D.D.C. "Memorandum Opinion and Order",
# "Order Granting Motion to Dismiss"): capitalised words and the small words between them.
_TITLE_CASE_WORD = r"(?:[A-Z][a-z’'\-]*|[A-Z]\.|of|and|the|on|for|to|in|an?|&)"
_TITLE_CASE_RE = regex.compile(rf"^[A-Z][a-z’'\-]*(?:\s+{_TITLE_CASE_WORD}){{0,{_FALLBACK_MAX_WORDS}}}$")
_TITLE_CASE_REACH = 2
"""Printed lines after the last party's role in which a title-case heading is looked for."""


def _title_case_heading(lines: list[tuple[str, int, int]], start_i: int) -> tuple[str, int, int] | None:
    """The first of the few lines after the caption's last party, when it is a short
    title-case heading that names a kind of paper."""
    seen = 0
    for text, start, end in lines[start_i:]:
        if not text:
            continue
        if _TITLE_CASE_RE.match(text) and _KIND_WORD_RE.search(text.upper()):
            return text, start, end
        seen += 1
        if seen >= _TITLE_CASE_REACH:
            break
    return None


def _segments(clean: CleanText, start: int, end: int) -> list[tuple[int, int, float, float]]:
    """The words of ``text[start:end]`` grouped into segments (start, end, x0, x1): a new
    segment where the next word is a column gap to the right of the last one or printed to
    its left (flat text may put the right column first: "THE FEDERAL SECURITIES LAWS
    SOLARWINDS CORPORATION, KEVIN JURY TRIAL DEMANDED", W.D. Tex.)."""
    segs: list[tuple[int, int, float, float]] = []
    for m in _WORD_RE.finditer(clean.text, start, end):
        bbox = clean.span(m.start(), m.end()).bbox
        if bbox is None:
            if segs:
                a, _, x0, x1 = segs[-1]
                segs[-1] = (a, m.end(), x0, x1)
            continue
        x0, top, x1, bottom = bbox
        gap = _COLUMN_GAP_EM * max(bottom - top, 1.0)
        if segs and (x0 - segs[-1][3] <= gap and x0 >= segs[-1][3] - _COLUMN_OVERLAP_PT):
            a, _, sx0, _ = segs[-1]
            segs[-1] = (a, m.end(), sx0, x1)
        else:
            segs.append((m.start(), m.end(), x0, x1))
    return segs


# A caption's right-column cell: a case number after its label ("Civil Action No.
# 25-CV-03367-PHX-SMB", "Case No. 1:22-cv-01234").
_CAPTION_CELL_RE = regex.compile(r"\b(?:No|NO|Number|NUMBER)\.?\s*:?\s*[\w:.\-]*\d")


def _columns_row(clean: CleanText, start: int, end: int) -> bool:
    """Whether a line that reads as prose is a caption row of two columns run together:
    its words fall in segments apart by a column gap, none of them prose, one of them what
    a caption's right column prints, a case number or a title (the AO 440 summons's "Civil
    Action No. 25-CV-03367-PHX-SMB" read before the defendants' names "Robert F Kennedy
    Jr,Debra Ward Lund, Kathy Dill" beside it). A paragraph of the body prints its words at
    an even spacing: one segment; a form's rows of check boxes (C.D. Cal. trial minutes
    "X Witnesses called, sworn and testified. X Exhibits identified.") have no such cell."""
    if not clean.has_geometry:
        return False
    segs = [_clean_line(clean.text[a:b]) for a, b, _, _ in _segments(clean, start, end)]
    return (len(segs) > 1 and not any(_is_prose(seg) for seg in segs)
            and any(_CAPTION_CELL_RE.search(seg) or (_is_title_line(seg) and _KIND_WORD_RE.search(seg))
                    for seg in segs))


def _read_columns(lines: list[tuple[str, int, int]], clean: CleanText) -> list[tuple[str, int, int]]:
    """A caption printed in two columns with no separator column for the layout to find
    (S.D.N.Y./E.D.N.Y. "-against-" with a dashed box; D. Conn., W.D. Tex., D. Or.
    complaints with "Case No." and the title beside the parties) reaches the text row by
    row, the columns interleaved ("-against- / ORDER / Jason Goodman,"). Read by the
    characters' positions: each line is cut at its column gaps, a segment that starts right
    of the caption's middle is right column, and from the first row that prints one to the
    role label that closes the party beside the last one, the left column is read first."""
    if not clean.has_geometry or not lines:
        return lines
    page = next((p for p in (clean.page_at(s) for _, s, e in lines if e > s) if p is not None), None)
    rows: list[list[tuple[int, int, float, float]]] = []
    for _, s, e in lines:
        rows.append(_segments(clean, s, e) if clean.page_at(s) in (page, None) else [])
    xs = [seg for row in rows for seg in row]
    if not xs:
        return lines
    left = min(seg[2] for seg in xs)
    width = max(seg[3] for seg in xs) - left
    if width <= 0:
        return lines

    def is_right(seg: tuple[int, int, float, float]) -> bool:
        # A stacked appellate caption indents the role label to the middle ("Plaintiff—
        # Appellant,", 5th Cir.): it stays with its name.
        return (seg[2] - left >= _RIGHT_COLUMN_START * width
                and (seg[2] + seg[3]) / 2 - left >= _RIGHT_COLUMN_CENTER * width
                and not _ROLE_LINE_RE.match(_clean_line(clean.text[seg[0] : seg[1]])))

    # Only the caption's rows: a brief's cover prints its counsel in two columns below.
    roles = [n for n, (text, _, _) in enumerate(lines) if _ROLE_LINE_RE.match(text)]
    if not roles:
        return lines
    right_rows = [n for n, row in enumerate(rows[: roles[-1] + 1]) if any(is_right(seg) for seg in row)]
    if not right_rows:
        return lines
    first, last = right_rows[0], right_rows[-1]
    if not any(not is_right(seg) for row in rows[first : last + 1] for seg in row) and not any(
        rows[n] for n in range(last + 1, min(len(lines), last + 1 + _WALK_BACK)) if n <= roles[-1]
    ):
        return lines  # the layout read the columns already: nothing interleaved
    for n in range(last + 1, min(len(lines), last + 1 + _WALK_BACK)):
        if rows[n] and any(is_right(seg) for seg in rows[n]):
            break
        if _ROLE_LINE_RE.match(lines[n][0]) and not any(
            _ROLE_LINE_RE.match(lines[k][0]) for k in range(last + 1, n)
        ):
            last = n
            break
    out_left: list[tuple[str, int, int]] = []
    out_right: list[tuple[str, int, int]] = []
    for n in range(first, last + 1):
        if not rows[n]:
            out_left.append(lines[n])
            continue
        for seg in rows[n]:
            piece = (_clean_line(clean.text[seg[0] : seg[1]]), seg[0], seg[1])
            (out_right if is_right(seg) else out_left).append(piece)
    return [*lines[:first], *out_left, *out_right, *lines[last + 1 :]]


def _once(parties: list[Party]) -> list[Party]:
    """A party printed twice with one role (a cover page and its caption, several consolidated
    cases) is listed once, et al. if either says so."""
    out: list[Party] = []
    seen: dict[tuple[str, str | None], int] = {}
    for p in parties:
        key = (p.name, p.role)
        if key in seen:
            k = seen[key]
            if p.et_al and not out[k].et_al:
                out[k] = Party(out[k].name, out[k].role, True, out[k].span)
            continue
        seen[key] = len(out)
        out.append(p)
    return out


def _caption_end(lines: list[tuple[str, int, int]], after: int) -> int:
    """Where the left column ends: after the role label that closes the side printed at or
    below ``after`` (the last row that had a right column), else right there."""
    for n in range(after, min(len(lines), after + _WALK_BACK)):
        if _ROLE_LINE_RE.match(lines[n][0]):
            return n + 1
        if _SKIP_RE.match(lines[n][0]) and lines[n][0]:
            break
    return after


# A court named in the caption's right column, beside the first name (N.J. Superior Court,
# Law Division: "DEVON ROE, / SUPERIOR COURT OF NEW JERSEY / ATLANTIC COUNTY – LAW DIVISION /
# Plaintiff,"): flat text puts the name above the court and its role right below it.


def _caption_start(text: str, court: Court | None) -> int:
    """Where the caption's region starts: after the court's heading, or at the top when the
    court's heading stands beside the first name (its first line below is a role label)."""
    if court is None or court.span is None:
        return 0
    after = next((ln.strip() for ln in text[court.span.end : court.span.end + _REGION].split("\n") if ln.strip()), "")
    return 0 if _ROLE_LINE_RE.match(after) else court.span.end


def _without_court(region: str, base: int, court: Court | None) -> str:
    """The region with the court's heading blanked (same length, line breaks kept) where the
    region holds it: its lines are never a name, nor stop the walk from a role to its name."""
    if court is None or court.span is None or court.span.end <= base:
        return region
    a, b = court.span.start - base, court.span.end - base
    return region[:a] + "".join(ch if ch == "\n" else " " for ch in region[a:b]) + region[b:]


def extract_caption(
    clean: CleanText, court: Court | None, re_entries: tuple[DocketEntryRef, ...]
) -> Caption:
    """Parties and title of the caption at the top of page 1, which starts after the
    ``court``'s name (``extract_court``) or at the top when the court's heading stands beside
    the first name; ``re_entries`` (``extract_re_entries``) are the caption's "Re:" entries."""
    text = clean.text
    base = _caption_start(text, court)
    region = _without_court(text[base : base + _REGION], base, court)
    lines: list[tuple[str, int, int]] = []
    pos = base
    right: list[tuple[str, int, int]] = []
    last_split = -1
    for raw in region.split("\n"):
        if not _NUMBER_ONLY_RE.match(raw):
            cut = _COLUMN_SPLIT_RE.match(raw)
            if cut is not None and not _is_prose(_clean_line(raw)):
                # Flat text of a separator-column caption: the right column goes after the
                # caption, whole ("v. : OPINION", D.N.J.; "Plaintiff, ) ORDER GRANTING").
                lines.append((_clean_line(cut["left"]), pos, pos + cut.end("left")))
                right.append((_clean_line(cut["right"]), pos + cut.start("right"), pos + cut.end("right")))
                last_split = len(lines)
            else:
                lines.append((_clean_line(raw), pos, pos + len(raw)))
        pos += len(raw) + 1
    if right:
        at = _caption_end(lines, last_split)
        lines[at:at] = right
    # The caption ends at the first paragraph of the body.
    for n, (line, s, e) in enumerate(lines):
        if _is_prose(line) and not _MINUTES_TITLE_RE.match(line) and not _columns_row(clean, s, e):
            lines = lines[:n]
            break
    lines = _read_columns(lines, clean)
    box = _box_lines(lines)
    parties, used = _margin_roles(lines, box, clean) or _parties(lines, box, clean)
    extra = _roleless_sides(lines, used, box, clean, columns=bool(right),
                            after_court=court is not None and court.span is not None)
    if extra:  # in printed order, by where each name starts
        parties = sorted([*parties, *(p for _, p in extra)], key=lambda p: p.span.start if p.span else 0)
    if not parties:
        parties = _form_parties(region, base, clean)
    last_role = max((i for i in used), default=-1)
    first_party = min((i for i in used), default=0)
    found = _title(lines, used, first_party if used else 0, box)
    if found is None and last_role >= 0:
        found = _title(lines, used, last_role + 1, box)
    if found is None and used:
        found = _title_case_heading(lines, max(used) + 1)
    parties = _once(parties)
    title, title_span = None, None
    if found is not None:
        title = found[0]
        title_span = clean.span(found[1], found[2])
    return Caption(
        parties=tuple(parties),
        title=title,
        re=re_entries,
        title_span=title_span,
    )
