"""Defined short names: ``Almaxwave USA, Inc. ("Almaxwave")``, ``Equal Access to Justice Act
(“EAJA”)``, ``County of Los Angeles (the “County”)``.

A filing defines a short name in a parenthesis of quoted words right after the full name.
Where the full name starts is decided by walking back over capitalised words (and the small
words and company suffixes that join them) from the parenthesis; a role word before the name
("Plaintiff Tracie Still", "Defendants IQSystem, Inc.") is not part of it, nor is a possessive
("Almawave USA Inc.’s (“Almawave”)").
"""

from __future__ import annotations

import regex

from courtparse.models import DefinedTerm
from courtparse.text import CleanText

_QUOTED = r"""["“”]\s*(?P<short>[^"“”()\n]{1,60}?)\s*["“”]"""
# The parenthesis: (“IQS”), ("Almaxwave"), (the "Court Order"), (collectively, "Defendants"),
# (hereinafter "X"), (hereafter “group defendants”), (together, “the Parties”),
# (“Experian” or “Plaintiff”).
_DEF_RE = regex.compile(
    r"""
    \(\s*
    (?P<lead>(?:(?:collectively|together|jointly|hereinafter|hereafter|each|also)\s*,?\s*)?
             (?:referred\s+to\s+as\s+|the\s+|an?\s+)?)
    (?P<quotes>
      """ + _QUOTED + r"""
      (?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:the\s+)?["“”]\s*[^"“”()\n]{1,60}?\s*["“”])*
    )
    \s*\)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An unquoted short name in parentheses, kept only where its letters are the initials of the
# name before it: "Equal Access to Justice Act (EAJA)", "Department of Homeland Security
# (DHS)", "(hereinafter ICE)"; never "(ECF)" or "(N.D. Cal.)" after words it does not spell.
_ACRONYM_RE = regex.compile(
    r"""\(\s*(?P<lead>(?:(?:collectively|together|hereinafter|hereafter)\s*,?\s*)?(?:the\s+)?)
        (?P<acronym>[A-Z][A-Za-z]?[A-Z&]{1,8}s?)\s*\)""",
    regex.VERBOSE,
)
_EACH_QUOTED_RE = regex.compile(r"""["“”]\s*([^"“”()\n]{1,60}?)\s*["“”]""")

# Words that join the capitalised words of one name: "Equal Access to Justice Act",
# "City of El Paso", "AMP Plus, Inc. dba Elco Lighting", "Tycko & Zavareei".
_CONNECTORS = frozenset(
    {"of", "to", "for", "the", "&", "on", "de", "la", "du", "von", "van", "der",
     "del", "dba", "d/b/a", "in", "at", "a"}
)
# A comma belongs to a name only before a company suffix: "IQSystem, Inc.", "Finjan, Inc.".
_SUFFIX_RE = regex.compile(
    r"^(?:Inc|Inc\.|Incorporated|LLC|L\.L\.C\.|LLP|L\.P\.|LP|Ltd\.?|Limited|Corp\.?|Co\.?|"
    r"N\.A\.|P\.C\.|PLLC|S\.A\.|GmbH|AG|SASU|B\.V\.|N\.V\.|plc)$"
)
# Role and party words that stand before a name but are not part of it.
_ROLE_WORDS = frozenset(
    {"plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "petitioners",
     "respondent", "respondents", "appellant", "appellants", "appellee", "appellees",
     "debtor", "debtors", "movant", "movants", "intervenor", "intervenors", "claimant",
     "claimants", "counter-defendant", "counter-defendants", "counterclaimant",
     "counter-claimant", "third-party", "party", "creditor", "trustee", "relator",
     "garnishee", "the", "and", "nonparty", "non-party", "counsel", "against", "between"}
)
# Who owns a paper named after them: "the Court’s Order", "Plaintiffs’ Motion".
_OWNERS = _ROLE_WORDS | {"court", "government", "commission", "agency", "judge", "magistrate"}  # not "clerk": "Clerk’s Papers (CP)"
_TOKEN_RE = regex.compile(r"[^\s,;:()\[\]]+|[,()\[\]]|\n")
# "Almawave USA Inc.’s", "Experian Information Solutions’"
_POSSESSIVE_RE = regex.compile(r"(?:['’]s|(?<=s)['’])$")
# A pleading line number left at a line's start by flat text ("Equal Access to\n7 Justice Act").
_LINE_NUMBER_RE = regex.compile(r"^\d{1,2}$")
# A word ending a sentence, not an abbreviation or initial ("Dismiss.", not "U.S." or "W.")
_SENTENCE_END_RE = regex.compile(
    r"^(?!(?:Decl|Mot|Mots|Opp|Supp|Summ|Mem|Resp|Compl|Depo?|Exh?|Defs?|Pls?|Dkt|Hon|Prof|Assoc|Dept|Gov|Admin|Ass)\.$)[A-Za-z][a-z]{2,}\.$"
)  # "Decl. of Drew Hoffman (“Hoffman Decl.”)" keeps its "Decl."
_MAX_NAME_WORDS = 16  # "Memorandum of Points and Authorities in Support of Plaintiffs’ Motion to Strike Affirmative Defenses"


def _is_capitalised(tok: str) -> bool:
    tok = tok.lstrip("“\"'‘")
    # ASCII digits only ("3M Company"): str.isdigit() also takes a superscript "²".
    return bool(tok) and (
        tok[0].isupper() or ("0" <= tok[0] <= "9" and any(c.isalpha() for c in tok))
    )


def _caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.7


# Small words inside a name that usually end one ("the motion filed from ..."): read across
# only where the short name spells the longer reading ("Funds from Operations (“FFO”)", N.D.
# Ala.; "Bureau of Alcohol, Tobacco, Firearms and Explosives").
_LOOSE_CONNECTORS = frozenset({"from", "with", "by", "under", "upon", "into", "through"})
# A question's label, not a name: "throughout the entire Class Period (the “when”)" (N.D.
# Ala., the PSLRA's "who, what, when, where and how").
_NOT_SHORT_NAMES = frozenset({"who", "what", "when", "where", "why", "how", "which"})


def _full_name(before: str, group: bool, loose: bool = False) -> tuple[str, int] | None:
    """The name printed just before the parenthesis, and its offset in ``before``. Only a
    group's definition ("(collectively, ...)") joins names with "and"; ``loose`` reads across
    the small words of ``_LOOSE_CONNECTORS`` too."""
    connectors = _CONNECTORS | _LOOSE_CONNECTORS if loose else _CONNECTORS
    tokens = [(m.group(), m.start()) for m in _TOKEN_RE.finditer(before)]
    if not tokens:
        return None
    last, last_at = tokens[-1]
    stripped = _POSSESSIVE_RE.sub("", last)
    if not stripped:
        return None
    tokens[-1] = (stripped, last_at)
    taken: list[tuple[str, int]] = []
    i = len(tokens) - 1
    while i >= 0 and len(taken) < _MAX_NAME_WORDS:
        tok, at = tokens[i]
        if _LINE_NUMBER_RE.match(tok) and i > 0 and tokens[i - 1][0] == "\n":
            i -= 1
            continue
        if tok == "\n":
            # A name may wrap to the next line, but not reach back into a heading above.
            line_start = before.rfind("\n", 0, at) + 1
            above = before[line_start:at]
            if (
                (above.strip() == "" or _caps_line(above))
                and taken
                and not all(_caps_line(t) for t, _ in taken)
            ):
                break
            i -= 1
            continue
        if tok == ",":
            if taken and _SUFFIX_RE.match(taken[-1][0]):
                taken.append((tok, at))
                i -= 1
                continue
            break
        if _SENTENCE_END_RE.match(tok) and not _SUFFIX_RE.match(tok) and taken:
            break  # "… Motion to Dismiss. Plaintiff Securities and Exchange Commission (“SEC”)"
        if _is_capitalised(tok) or _SUFFIX_RE.match(tok) or (
            (tok.lower() in connectors or (group and tok.lower() == "and")) and taken
        ):
            taken.append((tok, at))
            i -= 1
            continue
        break
    taken.reverse()
    # Drop what cannot start a name: connectors, commas, role words ("Plaintiff Tracie Still"),
    # and the owner of a paper ("the Court’s Memorandum Opinion and Order (the “Memorandum”)",
    # "Defendants’ Motion to Dismiss (“Motion”)").
    while taken and (
        taken[0][0] == ","
        or taken[0][0].lower() in _CONNECTORS
        or taken[0][0].lower().strip("’'") in _ROLE_WORDS
        or (len(taken) > 1 and _POSSESSIVE_RE.sub("", taken[0][0].lower()) in _OWNERS)
    ):
        taken.pop(0)
    if not taken or not any(_is_capitalised(t) for t, _ in taken):
        return None
    name = ""
    for tok, _ in taken:
        name += tok if tok == "," or not name else " " + tok
    return (name, taken[0][1]) if name else None


def _initials(name: str) -> str:
    """"U.S. Immigration and Customs Enforcement" -> "UICE"."""
    return "".join(
        w[0] for w in name.replace("-", " ").split()
        if w[0].isupper() and w.lower() not in _CONNECTORS and w.lower() != "and"
    )


def _all_initials(name: str) -> str:
    """"Funds from Operations" -> "FFO", "Department of Justice" -> "DOJ": every word's
    first letter but "and"'s, as an acronym that spells its small words takes them."""
    return "".join(
        w[0].upper() for w in name.replace("-", " ").split() if w[0].isalpha() and w.lower() != "and"
    )


_NOT_LETTER_RE = regex.compile(r"[\s.&]")
_WORD_CHAR_RE = regex.compile(r"\w")


def _letters(short: str) -> str:
    """An acronym's letters: "R & R" -> "RR", "F.B.I." -> "FBI", "NDAs" -> "NDA"."""
    letters = _NOT_LETTER_RE.sub("", short)
    return letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters


def _spells(short: str, name: str) -> bool:
    """Whether an acronym spells the name's initials, with or without its small words."""
    letters = _letters(short)
    if len(letters) < 2 or not letters.isupper():
        return False
    initials, every = _initials(name), _all_initials(name)
    return initials.endswith(letters) or initials.startswith(letters) or every.endswith(letters)


def _fits(short: str, name: str) -> bool:
    """Whether a short name is made from the full name: its first word ("Midea China" from
    "Midea Microwave and Electrical …", "Memorandum" from "Memorandum of Points and …")
    or, for an acronym, the initials of its last words ("ICE")."""
    words = name.split()
    if not words:
        return False
    if short.split()[0].lower().strip("“”\"'") == words[0].lower():
        return True
    # The initials of the last words ("U.S. Immigration and Customs Enforcement (“ICE”)") or
    # of the first ("Johnson and Johnson Consumer Inc. (“J&J”)"), or of every word ("Report
    # and Recommendation (“R & R”)", S.D. Tex.).
    return _spells(short, name)


def _name_for(before: str, short: str, group: bool) -> tuple[str, int] | None:
    """The full name for ``short``. A name may have "and" inside it ("U.S. Immigration and
    Customs Enforcement (“ICE”)", "Midea Microwave and Electrical Appliances Manufacturing
    Co. Ltd. (“Midea China”)"): the longer reading across "and" is taken when the short
    name fits it and not the shorter one; two names joined by "and" ("C. R. Bard, Inc. and
    Bard Peripheral Vascular, Inc. (hereinafter “BPV”)") stay apart."""
    found = _full_name(before, group)
    if group or found is None:
        return found
    longer = _full_name(before, True)
    if longer is not None and longer[0] != found[0] and _fits(short, longer[0]) and not _fits(short, found[0]):
        found = longer
    # across a small word only for an acronym that spells it: "Funds from Operations (“FFO”)",
    # not "the IPO with the SEC on Form 424B4 (the “IPO Prospectus”)"
    loose = _full_name(before, True, loose=True)
    if loose is not None and loose[0] != found[0] and _spells(short, loose[0]) and not _fits(short, found[0]):
        found = loose
    return _without_owner(before, short, found)


def _without_owner(before: str, short: str, found: tuple[str, int]) -> tuple[str, int]:
    """An acronym for what follows a possessive names that, not its owner: "the FDA’s New
    Drug Application (NDA)" (M.D.N.C.) defines "New Drug Application". A name that is a
    possessive ("McDonald’s Corporation (“MC”)") keeps it: the rest does not spell the short."""
    name, offset = found
    head, _, rest = name.partition(" ")
    if not rest or not _POSSESSIVE_RE.search(head) or not _spells(short, rest):
        return found
    if _all_initials(rest) != _letters(short) and _initials(rest) != _letters(short):
        return found
    at = before.find(rest.split()[0], offset + len(head))
    return (rest, at) if at >= 0 else found


def _terms(segment: CleanText) -> list[DefinedTerm]:
    text = segment.text
    out: list[DefinedTerm] = []
    for m in _DEF_RE.finditer(text):
        window_start = max(0, m.start() - 300)
        before = text[window_start : m.start()].rstrip()
        group = regex.match(r"(?i)\s*(?:collectively|together|jointly)", m["lead"]) is not None
        for short in _EACH_QUOTED_RE.findall(m["quotes"]):
            short = " ".join(short.split()).strip(" ,")
            if not short or not _WORD_CHAR_RE.search(short) or short.lower() in _NOT_SHORT_NAMES:
                continue
            found = _name_for(before, short, group)
            if found is None or short == found[0]:
                continue
            full, offset = found
            out.append(DefinedTerm(short, full, segment.span(window_start + offset, m.end())))
    for m in _ACRONYM_RE.finditer(text):
        window_start = max(0, m.start() - 300)
        before = text[window_start : m.start()].rstrip()
        short = m["acronym"]
        found = _name_for(before, short, group=False)
        if found is None or not _acronym_of(short, found[0]):
            continue
        full, offset = found
        out.append(DefinedTerm(short, full, segment.span(window_start + offset, m.end())))
    out.sort(key=lambda t: t.span.start if t.span is not None else 0)
    return out


def _acronym_of(short: str, name: str) -> bool:
    """An unquoted acronym counts only when it spells the initials of the name's last words,
    with or without its small words ("Department of Justice (DOJ)")."""
    letters = _letters(short)
    return (
        letters.isupper() and len(name.split()) >= 2
        and (_initials(name).endswith(letters) or _all_initials(name).endswith(letters))
    )


def extract_defined_terms(clean: CleanText) -> list[DefinedTerm]:
    """Every (short, full) pair defined in the body or footnotes, once, in order."""
    seen: set[tuple[str, str]] = set()
    out: list[DefinedTerm] = []
    for segment in clean.segments():
        for term in _terms(segment):
            key = (term.short.replace("’", "'"), term.full.replace("’", "'"))
            if key not in seen:
                seen.add(key)
                out.append(term)
    return out
