"""What the court ordered and ruled: the "SO ORDERED" formula, ordering sentences,
rulings, and the disposition they add up to.

Sentences are the unit: a ruling is a whole sentence ("That portion of Plaintiff's
administrative motion is denied."), so the splitter must survive the abbreviations a
filing is full of ("Inc.", "No.", "U.S.C.", "Dkt.", "i.e.", "v.", "N.D. Cal.").
"""

from __future__ import annotations

from collections import Counter

import regex

from courtparse.models import DISPOSITIONS, NO_RULING, Holdings, Passage, in_vocabulary
from courtparse.patterns import SO_ORDERED, SO_ORDERED_RE
from courtparse.regions import (
    HEAD_CHARS,
    ITEM_START,
    TITLE_HEADING,
    TITLE_LINE_MAX,
    Regions,
    regions_of,
)
from courtparse.text import CleanText

# --- cues ------------------------------------------------------------------------------

# The formula (``patterns.SO_ORDERED``), and its negation a form prints as an option.
_NOT_SO_ORDERED = regex.compile(r"\bNOT\s+SO\s+ORDERED\b", regex.IGNORECASE)

# Ordering sentences of the court.
_ORDER_CUE = regex.compile(
    r"""
      \bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+|ALSO\s+)*ORDERED\b        # "IT IS HEREBY ORDERED that", "It is further ordered"
    | \bORDER(?:S|ED)\b(?!\s+(?:GRANTING|DENYING))                  # "the Court ORDERS the parties", "are ORDERED to"
    | \b(?:[Cc]ourt|I)\s+(?:hereby\s+|further\s+|also\s+)*(?:orders|directs|instructs|requires|ORDERS|DIRECTS)\b  # "the Court directs the parties to submit"
    | \b(?:is|are|shall\s+be)\s+(?:hereby\s+|further\s+)*(?:ordered|directed|instructed|required(?=\s+to\b)|enjoined|restrained|prohibited)\b  # "Counsel is directed to send"; not "which is required for a claim"
    | \b(?:is|are)\s+(?:hereby\s+)?authorized\s+to\b               # "is authorized to be disseminated"
    | \b(?:is|are)\s+(?:hereby\s+)?awarded\b                       # "The respondents are awarded $450,000"
    | \b(?:shall|must)\b                                           # "the parties shall submit", "Defendant Leon must preserve"
    | \bmay\s+show\s+cause\b|\bSHOW\s+CAUSE\b|\bto\s+show\s+cause\b  # appellate "may show cause in writing within 20 days"
    | \b(?:is|are)\s+due\s+(?:on\s+or\s+before|by|no\s+later\s+than|within)\b  # "Statements are due on or before July 21, 2017"
    """,
    regex.VERBOSE,
)

# A modal inside the text of a statute or rule, not the court's command: "Ninth Circuit Rule
# 39-1.6 provides that “a request ... shall be filed", "Section 406(b) ... must not exceed".
_QUOTED_LAW = regex.compile(
    r"""\b(?:provides?|provided|states?|stated|requires?|held|holding|reads?|explained|noted)\s+(?:that|in\s+relevant\s+part)\b
      |\bv\.\s|\bId\.|\b[Ss]ee\b|\b\d+\s+(?:F\.\s?(?:2d|3d|4th|Supp)|U\.S\.\s\d|S\.\s?Ct\.)|\bU\.S\.C\.""",
    regex.VERBOSE,
)
_MODAL = regex.compile(r"\b(?:shall|must)\b")
_STRONG_ORDER = regex.compile(
    r"""\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+|ALSO\s+)*ORDERED\b|\bORDER(?:S|ED)\b|\b(?:[Cc]ourt)\s+(?:hereby\s+)?(?:orders|directs|ORDERS|DIRECTS)\b
      |\b(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed|enjoined|authorized|awarded)\b""",
    regex.VERBOSE,
)

# A party's voice, not the court's: "Cisco argues that …", "In other words, Cisco believes
# …", "Plaintiff requests that, if this Court determines …" (D. Mass.), "The Named Plaintiff
# requests leave to amend in the event that the Court grants the Motion" (N.D. Ga.). The
# reporting verb comes within the first words, after an optional lead-in ("First,", "In
# other words,", "Relying on X,"); a sentence that opens with a subordinate clause
# ("Because Defendant argues …, the motion is DENIED") keeps its main clause's ruling.
_REPORTING_VERB = r"""(?:argue[sd]?|contend(?:s|ed)?|assert(?:s|ed)?|believe[sd]?|urge[sd]?|maintain(?:s|ed)?
    |insist(?:s|ed)?|posit(?:s|ed)?|suggest(?:s|ed)?|aver(?:s|red)?|allege[sd]?|seek(?:s)?|sought|propose[sd]?
    |ask(?:s|ed)?|respond(?:s|ed)?|acknowledge[sd]?|concede[sd]?|point(?:s|ed)\s+out|take[s]?\s+the\s+position
    # words that are nouns as often ("the Section 11 claim must be dismissed"): a verb only
    # before what a party asks for ("Tessera claims that", "requests leave to amend")
    |(?:claim(?:s|ed)?|request(?:s|ed)?|counter(?:s|ed)?|object(?:s|ed)?|submit(?:s|ted)?)
       (?=\s+(?:that|leave|the\s+Court|this\s+Court|to\s)))"""
_PARTY_VOICE = regex.compile(
    rf"""^(?:\(?[0-9a-zA-Z]{{1,3}}[.)]\s+)?(?:[A-Z][\w’',\x20-]{{0,40}},\s+)?
        (?!(?:[Tt]he\s+)?(?:[Cc]ourt|Judge|I|[Ww]e|[Tt]his\s+[Cc]ourt|[Tt]he\s+[Pp]anel)\b)
        (?:(?!(?:shall|must|will|may|to|should|would|could|can|not|did|does|do)\b)[\w.’'&()-]+\s+){{1,6}}?
        (?:also\s+|further\s+|then\s+|now\s+|instead\s+|similarly\s+|nonetheless\s+)?
        (?<!['’]s\s)(?<!s['’]\s)(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Ss]uch|[Aa]ny)\s)  # "Defendant’s request", "the claims": nouns
        {_REPORTING_VERB}\b""",
    regex.VERBOSE,
)
_SUBORDINATE_OPENING = regex.compile(
    r"^(?:Because|Although|Though|While|Since|As|To\s+the\s+extent|Insofar|Even\s+if|If|Where|When|Given\s+that)\b"
)

# A heading, not a sentence: no lower-case letter and no closing punctuation ("II.
# PLAINTIFF'S RESPONSE TO ORDER TO SHOW CAUSE", "ORDER GRANTING MOTION TO DISMISS").
_HEADING = regex.compile(r"^[^a-z]*[^a-z.:;!?\"”)\]]$")
# A heading that opens the part where the court orders: "III. CONCLUSION", "IV. ORDER",
# "CONCLUSION AND ORDER", "DISPOSITION", "ORDERS", "RELIEF GRANTED".
_ORDERING_HEADING = regex.compile(
    r"""^(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)]\s+)?
        (?:CONCLUSIONS?(?:\s+AND\s+ORDERS?)?|ORDERS?|DISPOSITION|ORDER\s+AND\s+CONCLUSION|RELIEF\s+GRANTED)\W*$""",
    regex.VERBOSE | regex.IGNORECASE,
)  # the whole heading: not "II. PLAINTIFF'S RESPONSE TO ORDER TO SHOW CAUSE"
# "the Court rules as follows:" opens a directed part like "IT IS ORDERED:"; a party's "as
# follows:" does not.
_COURT_AS_FOLLOWS = regex.compile(r"\b(?:[Cc]ourt|I)\s+(?:\w+\s+){0,3}?(?:rules|RULES|orders|ORDERS|directs|DIRECTS)\b.*\bas\s+follows\b")
# How many sentences an "IT IS ORDERED …:" part runs to when no item number, heading or
# formula ends it first; a paragraph break after its first sentences ends it too.
_DIRECTED_MAX = 12
# What ends an ordering part: the formula, the date line above the signature.
_PART_END = regex.compile(rf"{SO_ORDERED}|^(?:DATED|Dated|DATE|Date)\b", regex.IGNORECASE)

# Who the court directs: a party, counsel, the clerk, a named party ("Cisco shall produce",
# "The parties shall submit", "Counsel for Defendant shall", "The Clerk of Court shall").
# Not a general statement ("A plaintiff must allege", "the court must consider"), not the
# reader of a printed form ("You must file this form").
_LEAD_IN = r"(?:(?:[A-Z][\w’',\x20-]{0,60}|Within\s+[^,]{1,40}|No\s+later\s+than\s+[^,]{1,40}|By\s+[^,]{1,40}),\s+)?"
_ADDRESSEE = regex.compile(
    rf"""^(?:\(?[0-9a-zA-Z]{{1,3}}[.)]\s+)?{_LEAD_IN}
        (?:(?:[Tt]he|[Ee]ach|[Aa]ll|[Bb]oth|[Aa]ny)\s+)?
        (?!(?:[Cc]ourt|[Yy]ou|[Aa]|[Aa]n|[Ii]t|[Tt]here|[Tt]his|[Tt]hat|[Tt]hey|[Hh]e|[Ss]he|[Ss]uch|[Ww]e|I)\b)
        (?:[A-Z][\w.’'&-]*|part(?:y|ies)|counsel|[Cc]lerk)(?:[\s,]+(?:[A-Z][\w.’'&-]*|of|for|and|the|&|counsel|part(?:y|ies))){{0,8}}?
        \s+(?:(?:also|further|hereby|promptly|immediately|jointly|each)\s+)?(?:shall|must)\b""",
    regex.VERBOSE,
)

# The reader of a printed form: "You must file this form within 14 days" (bankruptcy forms).
_READER = regex.compile(r"^(?:[A-Z][\w’',\x20-]{0,60},\s+)?(?:[Yy]ou|YOU)\b")
# A deadline makes a "must" the court's command, not a rule: "must be filed on or before June
# 17, 2021" (N.D. Cal.), "must file … within 14 days of the date of this Order".
_DEADLINE = regex.compile(
    r"""\b(?:on\s+or\s+before|no\s+later\s+than|by|before)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})
      |\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?)\s+(?:of|from|after)\s+(?:the\s+(?:date|entry|filing|service)\s+of\s+)?this\s+(?:[Oo]rder|ORDER)""",
    regex.VERBOSE,
)

_RULING_WORDS = r"""GRANTED|DENIED|DISMISSED|AFFIRMED|REVERSED|VACATED|REMANDED|TRANSFERRED|STAYED
    |TERMINATED|DEFERRED|MOOT|OVERRULED|SUSTAINED|ADOPTED|STRICKEN|WITHDRAWN|ALLOWED"""

# Rulings: "the motion for attorney’s fees is granted", "is denied as untimely", "is GRANTED
# IN PART and DENIED IN PART", "the Court DENIES Defendants’ applications", "The Court hereby
# DENIES", "Motion in Limine No. 4 (ECF 537): TERMINATED with leave to refile."
# A possibility, not a ruling: the pleading standard "fails to state a claim upon which
# relief can be granted" (every opinion on a Rule 12(b)(6) motion), "relief could be granted",
# "the writ may be granted only if". "should be", "will be", "shall be" stay rulings (M.D.N.C.
# "the motion will be granted").
_POSSIBLE = r"(?<!\b(?:can|could|may|might|would|cannot)(?:\s+not)?\s+)"

# The base form of a ruling verb after "will", and what it decides.
# Not "adopt": "I will adopt the same convention", "the Court will adopt Kennedy's discount
# rate" are findings, not rulings.
_BASE_KIND = {
    "grant": "granted", "deny": "denied", "dismiss": "dismissed", "affirm": "affirmed",
    "reverse": "reversed", "vacate": "vacated", "remand": "remanded", "transfer": "transferred",
    "stay": "stayed", "overrule": "denied",
}
_GERUND_KIND = {
    "granting": "granted", "denying": "denied", "dismissing": "dismissed", "affirming": "affirmed",
    "reversing": "reversed", "vacating": "vacated", "remanding": "remanded", "transferring": "transferred",
    "staying": "stayed",
}
_BASE_VERBS = "|".join([*(v.upper() for v in _BASE_KIND), *_BASE_KIND])
# A ruling announced for later only on a condition is a warning, not a ruling: "If Plaintiff
# fails to file an amended complaint, the Court will dismiss this action", "the Court will
# dismiss the case unless".
_CONDITION = regex.compile(r"\b(?:[Ii]f|IF|[Uu]nless|UNLESS|[Ss]hould\s+\w+\s+fail|[Ff]ailure|[Oo]therwise)\b")

_RULING_CUE = regex.compile(
    rf"""
      (?=\b(?:is|are|be|hereby)\s){_POSSIBLE}\b(?:is|are|be|hereby)\s+  # the cheap test first, then the look back(?:hereby\s+|also\s+|therefore\s+|accordingly\s+|thus\s+)*  # N.D. Tex. "is thus DISMISSED"
         (?:{_RULING_WORDS}|granted|denied|dismissed|affirmed|reversed|vacated|remanded|transferred|stayed
           |terminated|deferred|overruled|sustained|adopted|stricken|denied\s+as\s+moot)\b
    | \b(?:[Cc]ourt|I)\s+(?:hereby\s+|therefore\s+|accordingly\s+|also\s+)*
         (?:GRANTS|DENIES|DISMISSES|AFFIRMS|REVERSES|VACATES|REMANDS|TRANSFERS|STAYS|ADOPTS|OVERRULES|SUSTAINS|STRIKES|ALLOWS
           |grants|denies|dismisses|affirms|reverses|vacates|remands|transfers|stays|adopts|overrules|sustains|strikes)\b  # D. Mass. "the Court ALLOWS Defendants’ motion"
    # the ruling an opinion announces, a separate order to carry it out: "the court will GRANT
    # Defendants' motion to dismiss" (N.D. Ala.), "the Court will deny the motion"
    | \b(?:[Cc]ourt|I)\s+(?:therefore\s+|accordingly\s+|also\s+|thus\s+)*(?:will|shall|WILL|SHALL)\s+(?:therefore\s+|also\s+|accordingly\s+)*
         (?P<base>{_BASE_VERBS})\b
    | :\s*(?:{_RULING_WORDS})\b
    # D. Ariz. orders rule by a gerund: "IT IS ORDERED granting Defendant's Motion to Dismiss
    # (Doc. 12)", "IT IS FURTHER ORDERED denying as moot …"
    | \bORDERED\s+(?P<gerund>granting|denying|dismissing|affirming|reversing|vacating|remanding|transferring|staying)\b
    | ^\(?[0-9a-zA-Z]{{1,3}}[.)]\s+(?:GRANTS|DENIES|DISMISSES|AFFIRMS|REVERSES|VACATES|REMANDS|TRANSFERS|STAYS|ADOPTS|OVERRULES|SUSTAINS|STRIKES)\b  # a conclusion item with no subject: "(4) GRANTS defendant's motion"
    """,
    regex.VERBOSE,
)

# Appellate rulings in the panel's voice or as the judgment line closing an opinion:
# "For the following reasons, we AFFIRM.", "We therefore VACATE the judgment and REMAND",
# "AFFIRMED.", "REVERSED AND REMANDED.", "AFFIRMED IN PART, REVERSED IN PART, AND REMANDED.",
# "For the foregoing reasons, we will affirm the District Court's judgment." (3d Cir.)
_APPELLATE_VERB = r"(?:AFFIRM|REVERSE|VACATE|REMAND|DISMISS|affirm|reverse|vacate|remand|dismiss)"
_APPELLATE_OUTCOME = r"(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED|Affirmed|Reversed|Vacated|Remanded|Dismissed)"
_APPELLATE_RULING = regex.compile(
    rf"""
      \b(?:[Ww]e|WE)\s+(?:therefore\s+|accordingly\s+|hereby\s+|thus\s+|will\s+|WILL\s+)*(?P<verb>{_APPELLATE_VERB})\b
    | ^(?P<line>{_APPELLATE_OUTCOME}(?:\s+(?:IN\s+PART|in\s+part))?
         (?:\s*(?:,|;|and|AND)\s*(?:and\s+|AND\s+)?{_APPELLATE_OUTCOME}(?:\s+(?:IN\s+PART|in\s+part))?)*)\s*[.!]?$
    """,
    regex.VERBOSE,
)
_APPELLATE_KIND = {
    "affirm": "affirmed", "reverse": "reversed", "vacate": "vacated", "remand": "remanded",
    "dismiss": "dismissed", "affirmed": "affirmed", "reversed": "reversed", "vacated": "vacated",
    "remanded": "remanded", "dismissed": "dismissed",
}
_OUTCOME_WORD = regex.compile(r"[A-Za-z]+")

# What each ruling word counts as for the disposition.
_DISPOSITION_WORDS = regex.compile(
    r"""(?P<gp>granted\s+in\s+part|grants?\s+in\s+part|granting\s+in\s+part)
      |(?P<moot>(?:denied|denies|denying)\s+as\s+moot|\bmoot\b)
      |(?P<granted>\bgrant(?:ed|s|ing)\b|\bpermitt(?:ed|ing)\b|\bapprov(?:ed|es|ing)\b|\badopt(?:ed|s|ing)\b|(?-i:\bALLOW(?:ED|S)\b))
      |(?P<denied>\bden(?:ied|ies|ying)\b|\boverrul(?:ed|es|ing)\b)
      |(?P<dismissed>\bdismiss(?:ed|es|ing)\b)
      |(?P<affirmed>\baffirm(?:ed|s|ing)\b)
      |(?P<reversed>\brevers(?:ed|es|ing)\b)
      |(?P<vacated>\bvacat(?:ed|es|ing)\b)
      |(?P<remanded>\bremand(?:ed|s|ing)\b)
      |(?P<transferred>\btransferr(?:ed|ing)\b|\btransfers\b)
      |(?P<stayed>\bstay(?:ed|s|ing)\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)

# A title the court printed, in capitals or title case (never "an order granting" in a
# sentence reciting history): "ORDER GRANTING IN PART AND DENYING IN PART MOTION ...",
# "ORDER DENYING ADMINISTRATIVE MOTION", minutes "Order Denying Defendants’ Applications".
_TITLE_VERBS = (
    "Granting", "Denying", "Dismissing", "Affirming", "Reversing", "Vacating", "Remanding",
    "Transferring", "Staying", "Permitting", "Approving", "Adopting",
)
_TITLE_VERB = "|".join([*(v.upper() for v in _TITLE_VERBS), *_TITLE_VERBS])
_TITLE_RULING = regex.compile(
    rf"""\b(?:ORDER|Order)\s+(?:\(?\d\)?\s*)?
        (?P<verbs>(?:(?:{_TITLE_VERB})(?:\s+(?:IN|in|In)\s+(?:PART|part|Part))?(?:\s+(?:AS|as|As)\s+(?:MOOT|moot|Moot))?
        [\s,]*(?:(?:AND|and|And)\s+)?)+)""",
    regex.VERBOSE,
)

def _clean_sentence(text: str) -> str:
    return " ".join(text.split())


def _in_quotes(sentence: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a quotation of the sentence (“...” or "...")."""
    head = sentence[:pos]
    curly = head.count("“") - head.count("”")
    straight = head.count('"') % 2
    return curly > 0 or straight == 1


def _court_voice(sentence: str) -> bool:
    """Neither a heading nor what a party argues or asks."""
    if _HEADING.match(sentence):
        return False
    return bool(_SUBORDINATE_OPENING.match(sentence)) or not _PARTY_VOICE.match(sentence)


# The formula alone is no order sentence: "IT IS SO ORDERED.", "SO ORDERED."
# "SO ORDERED on this 15th day of November 2025." (N.D. Tex.) is the formula with its date.
_FORMULA_ONLY = regex.compile(r"(?i)^(?:it\s+is\s+)?so\s+ordered\b(?:[^.;]{0,40}\bday\s+of\b[^.;]{0,30})?\W*$")
# A bare citation is no sentence of an order: "(Doc. No. 52.)", "[ECF 12]".
_CITATION_ONLY = regex.compile(r"^[(\[][^()\[\]]{0,60}[)\]]\W*$")
# A rule's generic subject, not a party the court directs: "It shall be unlawful for any
# person" (a statute printed as a block), "There must be", "A plaintiff must allege", "No
# person shall".
_GENERIC_SUBJECT = regex.compile(
    r"^(?:[A-Z][\w’',\x20-]{0,60},\s+)?(?:It|There|A|An|No|Any\s+(?:person|one|individual|court))\b"
)


def _is_order(sentence: str, part: str | None) -> bool:
    """``part`` is "directed" after "IT IS ORDERED as follows:" (every sentence of it
    orders), "conclusion" under a CONCLUSION or ORDER heading (its items and its "shall"
    order), None elsewhere (a "shall" or "must" orders only when it directs a party,
    counsel or the clerk and states no rule of law)."""
    if not _court_voice(sentence) or _FORMULA_ONLY.match(sentence) or _CITATION_ONLY.match(sentence):
        return False
    if _PART_END.search(sentence) and not _STRONG_ORDER.search(sentence):  # "Dated: April 22, 2020"
        return False
    strong = _STRONG_ORDER.search(sentence)
    if strong is not None and not _in_quotes(sentence, strong.start()):
        return True
    if part == "directed" and regex.search(r"[a-z]", sentence) and not _CITATION_ONLY.match(sentence):
        return True
    m = _ORDER_CUE.search(sentence)
    if m is None:
        return part is not None and bool(ITEM_START.match(sentence))
    modal = _MODAL.search(sentence)
    if modal is None or m.start() != modal.start():
        return not _in_quotes(sentence, m.start())
    if _in_quotes(sentence, modal.start()) or _QUOTED_LAW.search(sentence) or _READER.match(sentence):
        return False
    if part is not None:
        return True
    if _GENERIC_SUBJECT.match(sentence):
        return False
    if modal.group() == "shall":
        return True
    return bool(_ADDRESSEE.match(sentence) or _DEADLINE.search(sentence))


# A printed form's unchecked options, not a ruling: C.D. Cal. trial minutes "… is granted.
# denied. submitted."
_FORM_OPTIONS = regex.compile(r"\b(?:granted|denied)\.\s+(?:granted|denied|submitted)\.", regex.IGNORECASE)


def _announced_on_condition(sentence: str, cue: regex.Match[str]) -> bool:
    """Whether ``cue`` is a "the Court will dismiss" that waits on a condition."""
    return bool(cue.re is _RULING_CUE and cue.group("base") and _CONDITION.search(sentence))


def _is_ruling(sentence: str) -> bool:
    m = next((c for c in _RULING_CUE.finditer(sentence) if not _announced_on_condition(sentence, c)), None)
    m = m or _APPELLATE_RULING.search(sentence)
    return m is not None and not _in_quotes(sentence, m.start()) and _court_voice(sentence)


def _appellate_kinds(sentence: str) -> list[str]:
    """Dispositions of a panel's ruling, in printed order ("REVERSED AND REMANDED" ->
    reversed, remanded)."""
    kinds: list[str] = []
    for m in _APPELLATE_RULING.finditer(sentence):
        if _in_quotes(sentence, m.start()):
            continue
        words = [m["verb"]] if m["verb"] else _OUTCOME_WORD.findall(m["line"] or "")
        kinds.extend(k for w in words if (k := _APPELLATE_KIND.get(w.lower())) is not None)
    return kinds


def _dispositions(sentence: str) -> list[str]:
    """The dispositions the words name, once each, in printed order."""
    found: list[str] = []
    for m in _DISPOSITION_WORDS.finditer(sentence):
        kind = m.lastgroup
        if kind == "gp":
            kind = "granted_in_part"
        if kind is not None and kind not in found:
            found.append(kind)
    return found


# Vacating a date is calendar management, not a disposition of the case or a motion: the
# hearing a court takes off calendar when it rules on the papers (C.D. Cal. "The hearing
# calendared for August 15, 2016, is vacated, and the matter taken off calendar.", N.D. Cal.
# "The hearing set for January 28, 2016 is vacated."), "All pretrial dates are VACATED.",
# "the Court VACATES the hearing set for March 1, 2021". "The judgment is vacated" and "the
# Court vacates the default entered against …" stay dispositions.
_CALENDAR_EVENT = r"""(?:hearings?|conferences?|trial(?:\s+dates?)?|(?:oral\s+)?arguments?|calendar
    |deadlines?|dates?|schedule|appearances?|sessions?)\b"""
# The words before the event name a date or a kind of hearing ("The November 5, 2018 status
# conference", "the motion hearing"), never what a court vacates as a ruling.
_EVENT_MODIFIER = r"""(?:(?!(?:judgment|order|decision|ruling|opinion|sentence|conviction|award
    |injunction|default|dismissal|stay|verdict|sale|plea|arbitration)\b)[\w,’'-]+\s+){0,4}?"""
_CALENDAR_SUBJECT = regex.compile(
    rf"^(?:[A-Z][a-z]+,\s+)?(?:(?:the|all|any|this|that|each)\s+)?{_EVENT_MODIFIER}{_CALENDAR_EVENT}",
    regex.VERBOSE | regex.IGNORECASE,
)
_CALENDAR_OBJECT = regex.compile(
    rf"\s*(?:the|all|any|this|that|each)\s+{_EVENT_MODIFIER}{_CALENDAR_EVENT}",
    regex.VERBOSE | regex.IGNORECASE,
)


# Where the clause of a ruling starts: "The motion is GRANTED, and the hearing … is vacated".
_CLAUSE_BREAK = regex.compile(r"(?:;|,?\s+and)\s+", regex.IGNORECASE)


def _vacates_a_date(sentence: str, cue: regex.Match[str]) -> bool:
    """Whether the ruling at ``cue`` takes a hearing or date off calendar: its subject
    ("The hearing ... is vacated") or its object ("the Court VACATES the hearing") is one."""
    if "vacat" not in cue.group().lower():
        return False
    if cue.group()[0] in "CcI":  # "the Court VACATES …", "I vacate …"
        return _CALENDAR_OBJECT.match(sentence, cue.end()) is not None
    start = 0
    for b in _CLAUSE_BREAK.finditer(sentence, 0, cue.start()):
        start = b.end()
    return _CALENDAR_SUBJECT.match(sentence, start) is not None


# Leave to amend denied on a motion to dismiss that is granted: the motion is granted, not
# granted in part ("Leave to amend is DENIED.", "the Court DENIES leave to amend", "is
# DISMISSED, and leave to amend is denied"). Alone, it is the denial it says.
_LEAVE_TO_AMEND = regex.compile(
    r"\b(?:leave|request|motion)\s+(?:further\s+)?to\s+(?:amend|file\s+an?\s+amended)\b", regex.IGNORECASE
)  # D. Mass. "the request to amend is denied"
_LEAVE_DENIED = "denied_leave"
_LEAVE_WINDOW = 40
# How far past a ruling word its disposition words reach ("is GRANTED IN PART and DENIED IN
# PART"); a following clause with its own ruling ("and the Court DENIES …") speaks for itself.
_RULING_WINDOW = 30


def _denies_leave(sentence: str, cue: regex.Match[str]) -> bool:
    """Whether the denial at ``cue`` is of leave to amend: its subject clause ("Leave to
    amend is DENIED") or its object ("DENIES leave to amend") names it."""
    start = 0
    for b in _CLAUSE_BREAK.finditer(sentence, 0, cue.start()):
        start = b.end()
    subject = sentence[start : cue.start()]
    after = sentence[cue.end() : cue.end() + _LEAVE_WINDOW]
    return bool(_LEAVE_TO_AMEND.search(subject) or _LEAVE_TO_AMEND.match(after.lstrip(" ,")) or
                regex.match(r"\s*(?:[A-Z]\w+\s+|[Pp]laintiffs?[’']?\s+|the\s+\w+\s+)?leave\s+to\s+amend", after))


def _ruling_kinds(sentence: str) -> list[str]:
    """Dispositions named by the ruling words themselves and the few words after them
    ("is GRANTED IN PART and DENIED IN PART"), not by history the sentence recites, nor by
    a hearing taken off calendar. In printed order, so that a tie between them goes to the
    first printed ("the motion is GRANTED and this appeal is DISMISSED" -> granted, as a
    granted remand motion counts before "REMANDED"), whatever the hash seed."""
    found: list[str] = []
    for m in _RULING_CUE.finditer(sentence):
        if _announced_on_condition(sentence, m):
            continue
        window_end = m.end() + _RULING_WINDOW
        next_cue = _RULING_CUE.search(sentence, m.end(), window_end)
        if next_cue is not None:
            window_end = next_cue.start()
        kinds = _dispositions(sentence[m.start() : window_end])
        if m.group("base") and not kinds:  # "will GRANT the motion": the verb itself
            kinds = [_BASE_KIND[m.group("base").lower()]]
        if m.group("gerund") and not kinds:  # "ORDERED granting the Motion": the verb itself
            kinds = [_GERUND_KIND[m.group("gerund")]]
        if _vacates_a_date(sentence, m):
            kinds = [k for k in kinds if k != "vacated"]
        if "denied" in kinds and _denies_leave(sentence, m):
            kinds = [_LEAVE_DENIED if k == "denied" else k for k in kinds]
        found += [k for k in kinds if k not in found]
    appellate = _appellate_kinds(sentence)
    # "REVERSED AND REMANDED": the first outcome is the disposition, the rest follow from it.
    if appellate and not found:
        found.append(appellate[0])
    return found


# A granted motion to dismiss (or for judgment on the pleadings) is what the dismissals of
# the same order carry out: "Defendants' Motion to Dismiss (ECF No. 55) is GRANTED, and all of
# Plaintiffs' claims are hereby DISMISSED with prejudice." (N.D. Tex.), "1. ... Motion to
# Dismiss (Doc. No. 81) is GRANTED; and 2. The Amended Complaint (Doc. No. 70) is DISMISSED
# WITH PREJUDICE." (D. Minn.). The disposition is the ruling on the motion; an order that
# dismisses without a motion (screening, an adopted recommendation) stays dismissed.
_DISMISSAL_MOTION = regex.compile(
    r"\bmotions?\s+(?:\([^()]{0,40}\)\s+)?(?:to\s+dismiss|for\s+judgment\s+on\s+the\s+pleadings)\b", regex.IGNORECASE
)


def _grants_dismissal(sentence: str, kinds: list[str]) -> bool:
    """Whether the ruling ``sentence`` grants a motion to dismiss."""
    return "granted" in kinds and _DISMISSAL_MOTION.search(sentence) is not None


def _combine(kinds: list[list[str]], *, dismissal_granted: bool = False) -> str | None:
    """One disposition from the rulings: mixed grants and denials are granted_in_part;
    otherwise the most frequent, a tie going to the one printed first. Where a motion to
    dismiss is granted (``dismissal_granted``) the dismissals are its consequence."""
    flat = [k for ks in kinds for k in ks]
    if dismissal_granted and "granted" in flat:
        flat = [k for k in flat if k != "dismissed"]
    if "granted" in flat:  # leave to amend denied on a granted motion to dismiss
        flat = [k for k in flat if k != _LEAVE_DENIED]
    flat = ["denied" if k == _LEAVE_DENIED else k for k in flat]
    if not flat:
        return None
    counts = Counter(flat)
    if "granted_in_part" in counts or ("granted" in counts and "denied" in counts):
        return "granted_in_part"
    return counts.most_common(1)[0][0]


def _title_disposition(text: str) -> str | None:
    m = _TITLE_RULING.search(text[:HEAD_CHARS])
    if m is None:
        return None
    verbs = m.group("verbs").upper()
    if "IN PART" in verbs or ("GRANTING" in verbs and "DENYING" in verbs):
        return "granted_in_part"
    if "AS MOOT" in verbs:
        return "moot"
    return _combine([_dispositions(verbs)])


def extract_holdings(
    clean: CleanText, regions: Regions | None = None, head_kind: str | None = None
) -> Holdings:
    """The court's orders and rulings; a party's filing (motion, brief, notice), a transcript
    or an exhibit rules on nothing, so it gets none even where it quotes "shall" or asks
    that a motion be granted. ``head_kind`` is the kind the text shows
    (``doctype.head_kind``); ``regions`` are ``regions_of(clean)``, computed here when not
    given."""
    if regions is None:
        regions = regions_of(clean)
    text = clean.text
    so_ordered = bool(SO_ORDERED_RE.search(text)) and not _NOT_SO_ORDERED.search(text)
    if head_kind in NO_RULING:
        return Holdings(so_ordered=so_ordered)
    orders: list[Passage] = []
    rulings: list[Passage] = []
    body = _Rulings()
    for index, seg in enumerate(clean.segments()):
        o, r, found = _passages(seg, regions.sentences[index])
        orders.extend(o)
        rulings.extend(r)
        if index == 0:
            body = found
    if regions.form_kind == "judgment":  # AO 245B / CR-104: disposes of the case by sentence
        disposition: str | None = "other"
    elif body.panel:
        # A court of appeals decides by its judgment line or in its own voice ("AFFIRMED.",
        # "we will affirm"); what the opinion recites of the lower court ("The district court
        # denied the petition", "recommended the petition be denied") is history.
        disposition = _title_disposition(text) or _combine(body.panel)
    else:
        disposition = _title_disposition(text) or _combine(body.kinds, dismissal_granted=body.dismissal_granted)
    return Holdings(
        so_ordered=so_ordered,
        disposition=None if disposition is None else in_vocabulary(disposition, DISPOSITIONS),
        orders=tuple(orders),
        rulings=tuple(rulings),
    )


class _Rulings:
    """What a segment's ruling sentences add up to: each sentence's dispositions, the
    panel's own (appellate voice or judgment line, the first outcome of each), and whether
    a motion to dismiss is granted."""

    __slots__ = ("dismissal_granted", "kinds", "panel")

    def __init__(self) -> None:
        self.kinds: list[list[str]] = []
        self.panel: list[list[str]] = []
        self.dismissal_granted = False


def _passages(
    seg: CleanText, sentences: tuple[tuple[int, int], ...]
) -> tuple[list[Passage], list[Passage], _Rulings]:
    orders: list[Passage] = []
    rulings: list[Passage] = []
    found = _Rulings()
    text = seg.text
    part: str | None = None
    options = [(m.start(), m.end()) for m in _FORM_OPTIONS.finditer(text)]
    directed = 0
    previous_end = 0
    for start, end in sentences:
        raw = text[start:end]
        sentence = _clean_sentence(raw)
        paragraph_break = "\n\n" in text[previous_end:start].replace(" ", "").replace("\t", "")
        previous_end = end
        if len(sentence) < 4:
            continue
        if part == "directed":
            directed += 1
            if directed > _DIRECTED_MAX or (paragraph_break and directed > 2 and not ITEM_START.match(sentence)):
                part = None
        else:
            directed = 0
        passage = Passage(sentence, seg.span(start, end))
        on_form = any(a < end and start < b for a, b in options)
        if not on_form and _is_ruling(sentence):
            rulings.append(passage)
            kinds = _ruling_kinds(sentence)
            found.kinds.append(kinds)
            found.dismissal_granted = found.dismissal_granted or _grants_dismissal(sentence, kinds)
            panel = _appellate_kinds(sentence)
            if panel:
                found.panel.append(panel[:1])
        elif _is_order(sentence, part):
            orders.append(passage)
        part = _next_part(sentence, part)
    return orders, rulings, found


def _next_part(sentence: str, part: str | None) -> str | None:
    """The part of the paper the next sentence is in (see :func:`_is_order`)."""
    if _PART_END.search(sentence):
        return None
    if sentence.endswith(":") and (_STRONG_ORDER.search(sentence) or _COURT_AS_FOLLOWS.search(sentence)):
        return "directed"
    if _ORDERING_HEADING.match(sentence):  # "III. CONCLUSION", "IV. Conclusion", "ORDER"
        return "conclusion"
    if _HEADING.match(sentence) or (len(sentence) <= TITLE_LINE_MAX and TITLE_HEADING.match(sentence)):  # another heading
        return None
    if part == "directed" or ITEM_START.match(sentence):
        return part
    return part if part == "conclusion" else None
