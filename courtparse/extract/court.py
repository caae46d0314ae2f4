"""The court a filing is made in, read from the court name printed in its caption.

The id comes from a small index built once, lazily, from courts-db's own records: calling
``courts_db.find_court`` per filing is slow (its regexes compile on first call) and can give
several ids for one string (courts-db #135) or miss abbreviations (#61). We resolve only a full
printed court name ("United States District Court for the Northern District of California"),
which maps to exactly one active court in the index; anything else gets ``court_id=None``.
A state court is resolved the same way from its printed heading ("SUPERIOR COURT OF NEW
JERSEY / APPELLATE DIVISION", "IN THE SUPREME COURT OF THE STATE OF WASHINGTON") against
courts-db's statewide courts (not its county branches).
"""

from __future__ import annotations

import difflib
import functools

import regex

from courtparse.models import Court
from courtparse.regions import CAPTION_REGION
from courtparse.text import CleanText

# Court names are printed in the caption, at the top of page 1 (after a counsel block in a
# pleading); a court named further down is a body mention ("Venue is proper in ...").
_HEAD_REGION = CAPTION_REGION
# Page 1 naming no court (a Washington slip opinion's notice page), the caption is on page 2:
# how far past the head region its heading is looked for.
_NEXT_PAGE = 2
_NEXT_PAGE_REGION = CAPTION_REGION
_LOWER_WORD = regex.compile(r"[a-z]+")
_SPACE_RUN = regex.compile(r"\s+")

_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "Columbia", "Puerto Rico", "Guam", "Virgin Islands",
    "Northern Mariana Islands",
)
# Longest first so "West Virginia" wins over "Virginia"; white space may be a line break.
_STATE_ALT = "|".join(
    s.replace(" ", r"\s+") for s in sorted(_STATES, key=len, reverse=True)
)

_HEAD_RE = regex.compile(
    r"""
    # "UNITED STATES DISTRICT COURT", "UNITED STATED DISTRICT COURT", "U nited States District
    # Court", small caps split by pdfplumber ("U NITED S TATES C OURT OF A PPEALS", 3d Cir.
    # letter) and the typo "UNITED STATES STRICT COURT" (all in the pool)
    (?P<us>U\s?nite[ds]\s+S\s?tate[sd]\s+)?
    (?:
      (?P<bankr>B\s?ankruptcy)\s+C\s?ourt
    | (?:D\s?i)?strict\s+C\s?ourt
    | (?P<appeals>C\s?ourt\s+of\s+A\s?ppeals)
    )
    # a Supreme Court slip opinion or brief: "SUPREME COURT OF THE UNITED STATES"
    | (?P<scotus>Supreme\s+Court\s+of\s+the\s+United\s+States)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What may stand between a court name and its district or circuit: white space, "FOR THE",
# pleading-paper line numbers ("COURT FOR THE\n10 CENTRAL DISTRICT"), a deposition's
# "·2· · ·" numbering, and stray marks of a FILED stamp on the same line ("COURT . W").
# An AO form (summons AO 440, subpoena AO 88, criminal judgment AO 245B: every district
# prints them) types the district into a blank: "for the / ________District of Arizona".
_FILLER = r"""
    (?:[ \t][^\n\w]{0,4})?
    (?:[\s,·]|\b\d{1,2}\b|\bfor\b|\bthe\b|_+)*?
"""
# "NORTHERN DISTRICT OF CALIFORNIA", "District of Arizona", "DISTRICT OF THE VIRGIN ISLANDS"
_DISTRICT = r"""
    (?P<district>
      (?:(?P<dir>Northern|Southern|Eastern|Western|Central|Middle)\s+)?
      District\s+of\s+(?:the\s+)?
      (?P<state>""" + _STATE_ALT + r""")
    )\b
"""
# "SEVENTH CIRCUIT", "Federal Circuit", "D.C. Circuit", "3rd Circuit"
_CIRCUIT = r"""
    (?P<circuit>
      First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh
    | 1st|2nd|2d|3rd|3d|[4-9]th|1[01]th
    | D\.\s?C\.|District\s+of\s+Columbia|Federal
    )
    \s+Circuit\b
"""
_FLAGS = regex.VERBOSE | regex.IGNORECASE
# An OCR'd text layer misreads the circuit's ordinal (the 2d Cir. reply brief scanned in
# pool2: "United States Court of Appeals FOR THE SF.COND CIRCUIT"): a word of the ordinals'
# length before "Circuit", read as the ordinal it is closest to, when one is close enough.
_OCR_CIRCUIT_TAIL_RE = regex.compile(
    r"(?:\n[^\n]{0,40}(?=\n)){0,3}?" + _FILLER + r"(?P<word>[A-Za-z][A-Za-z.,'’]{3,9})\s+Circuit\b", _FLAGS
)
_CIRCUIT_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "federal")
_OCR_WORD_CUTOFF = 0.75
"""difflib ratio an OCR'd word needs to be read as an ordinal ("sf.cond" -> "second": 0.77;
"fifth" and "sixth" are 0.4 apart)."""
# The district may follow on the next lines, past short lines (line numbers, "for the").
_DISTRICT_TAIL_RE = regex.compile(r"(?:\n[^\n]{0,12}(?=\n)){0,3}?" + _FILLER + _DISTRICT, _FLAGS)
# A 10th Cir. order's FILED box puts a date line between the two halves ("UNITED STATES
# COURT OF APPEALS / January 11, 2021 / FOR THE TENTH CIRCUIT"), hence longer skipped lines.
_CIRCUIT_TAIL_RE = regex.compile(r"(?:\n[^\n]{0,40}(?=\n)){0,3}?" + _FILLER + _CIRCUIT, _FLAGS)
# Fallbacks when the court's own name is printed without its district or circuit: a violation
# notice headed "United States District Court" that names "the District of Arizona" below, a
# 3d Cir. clerk's letter ("U NITED S TATES C OURT OF A PPEALS") citing "3rd Circuit LAR".
_ANY_DISTRICT_RE = regex.compile(r"\b" + _DISTRICT, _FLAGS)
_ANY_CIRCUIT_RE = regex.compile(r"\b" + _CIRCUIT, _FLAGS)

# What may stand before a caption's court name on its line: a pleading line number, "IN THE".
_LINE_START_RE = regex.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}[ \t]+)?(?:in\s+the\s+)?[ \t]*\Z", regex.IGNORECASE
)
# The lower court, not this one: "Appeal from the United States District Court", "ON PETITION
# FOR A WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS", "removed from the".
_LOWER_COURT_RE = regex.compile(
    r"(?:appeal|appealed|transferred|removed|certiorari|remanded)\s+(?:from|to)\s+the\s*\Z",
    regex.IGNORECASE,
)

_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
    "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
}
_SMALL_WORDS = frozenset({"of", "the", "for"})
_ABBREV_DIRECTIONS = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western",
                      "C": "Central", "M": "Middle"}
# courts-db spells many districts in citation form ("District Court, N.D. Illinois").
_DB_ABBREV_RE = regex.compile(r"^(?:(?P<dir>[NSEWCM])\.\s?)?D\.\s*(?P<rest>.+)$")
_DB_NAME_RE = regex.compile(
    r"""^(?:United\s+States\s+)?(?:District|Bankruptcy)\s+Court
        (?:,\s*|\s+for\s+the\s+|\s+)(?P<place>.+)$""",
    regex.VERBOSE | regex.I,
)
# "United States District Court, Oklahoma Western"
_DB_STATE_DIR_RE = regex.compile(r"^(?P<state>[A-Za-z ]+?)\s+(?P<dir>Northern|Southern|Eastern|Western|Central|Middle)$")
_DB_APPEALS_RE = regex.compile(
    r"^(?:United\s+States\s+)?Court\s+of\s+Appeals\s+for\s+the\s+(?P<circuit>.+?)\s+Circuit$",
    regex.I,
)


# Federal courts with one seat for the whole country, by their printed name, and the
# courts-db id each resolves to. Checked before the district / circuit pattern, so "UNITED
# STATES COURT OF APPEALS FOR THE ARMED FORCES" is not read as a circuit found further down.
# Tax Court memorandum opinions ("UNITED STATES TAX COURT", pool2), Court of Federal Claims
# ("In the United States Court of Federal Claims"), the FISC's opinions (pool2).
_NATIONAL_COURTS: tuple[tuple[str, str, str], ...] = (
    (r"Tax\s+Court", "United States Tax Court", "tax"),
    (r"Court\s+of\s+Federal\s+Claims", "United States Court of Federal Claims", "uscfc"),
    (r"Court\s+of\s+International\s+Trade", "United States Court of International Trade", "cit"),
    (r"Foreign\s+Intelligence\s+Surveillance\s+Court\s+of\s+Review",
     "United States Foreign Intelligence Surveillance Court of Review", "fiscr"),
    (r"Foreign\s+Intelligence\s+Surveillance\s+Court",
     "United States Foreign Intelligence Surveillance Court", "fisc"),
    (r"Judicial\s+Panel\s+on\s+Multi-?\s?district\s+Litigation",
     "United States Judicial Panel on Multidistrict Litigation", "jpml"),
    (r"Court\s+of\s+Appeals\s+for\s+Veterans\s+Claims",
     "United States Court of Appeals for Veterans Claims", "cavc"),
    (r"Court\s+of\s+Appeals\s+for\s+the\s+Armed\s+Forces",
     "United States Court of Appeals for the Armed Forces", "armfor"),
)
_NATIONAL_RE = regex.compile(
    r"(?:United\s+States\s+)?(?:"
    + "|".join(f"(?P<n{i}>{pattern})" for i, (pattern, _, _) in enumerate(_NATIONAL_COURTS))
    # alone on its line as a caption prints it; "the Tax Court held" wrapped to a line's
    # start is a body mention
    + r")[ \t.,]*(?=\n|\Z)",
    regex.IGNORECASE,
)
# "UNITED STATES BANKRUPTCY APPELLATE PANEL OF THE NINTH CIRCUIT" (courts-db bap1 ... bap10).
_BAP_RE = regex.compile(
    r"(?:United\s+States\s+)?Bankruptcy\s+Appellate\s+Panel\s+(?:of|for)\s+the\s+" + _CIRCUIT
    + r"[ \t.,]*(?=\n|\Z)",
    _FLAGS,
)


def _norm(words: str) -> str:
    """Key for a district: lower case, no punctuation, no "of"/"the"."""
    toks = _LOWER_WORD.findall(words.lower())
    return " ".join(t for t in toks if t not in _SMALL_WORDS)


def _circuit_key(circuit: str) -> str:
    c = _norm(circuit).replace(" ", "")
    if c in ("dc", "districtcolumbia"):
        return "dc"
    num = regex.match(r"\d+", circuit.strip())
    if num:
        return num.group()
    return _ORDINALS.get(c, c)


def _db_district_key(place: str) -> str | None:
    """courts-db's place wording to our district key ("N.D. Illinois" -> "northern district
    illinois"; "Nebraska" -> "district nebraska")."""
    place = place.strip()
    m = _DB_ABBREV_RE.match(place)
    if m:
        prefix = _ABBREV_DIRECTIONS[m["dir"]] + " " if m["dir"] else ""
        return _norm(f"{prefix}District of {m['rest']}")
    m2 = _DB_STATE_DIR_RE.match(place)
    if m2:
        return _norm(f"{m2['dir']} District of {m2['state']}")
    if "district" in place.lower():
        return _norm(place.replace("District Florida", "District of Florida"))
    return _norm(f"District of {place}")


@functools.cache
def _court_index() -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, key) -> ids of federal courts, built once from courts-db's data. Its ``type``
    field is unreliable for district courts (many say "appellate"), so the kind is read from
    the name; courts whose last period has ended sort after live ones."""
    from courts_db import courts

    index: dict[tuple[str, str], list[tuple[bool, str]]] = {}
    for court in courts:
        if court.get("system") != "federal":
            continue
        name = str(court.get("name", ""))
        dates = court.get("dates") or [{}]
        ended = bool(dates[-1].get("end"))
        kind: str | None = None
        key: str | None = None
        if (m := _DB_APPEALS_RE.match(name)) is not None:
            kind, key = "appellate", _circuit_key(m["circuit"])
        elif (m := _DB_NAME_RE.match(name)) is not None:
            bankr = court.get("type") == "bankruptcy" or "bankruptcy" in name.lower()
            kind, key = ("bankruptcy" if bankr else "trial"), _db_district_key(m["place"])
        if kind and key:
            index.setdefault((kind, key), []).append((ended, str(court["id"])))
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for k, entries in index.items():
        live = [cid for ended, cid in entries if not ended]
        out[k] = tuple(live or [cid for _, cid in entries])
    return out


def resolve_court_id(kind: str, place: str) -> str | None:
    """Id of the court of ``kind`` ("trial", "bankruptcy", "appellate") for a printed
    district ("Northern District of California") or circuit ("Seventh"); None when the
    index has none or several (ambiguity is not guessed)."""
    key = _circuit_key(place) if kind == "appellate" else _norm(place)
    ids = _court_index().get((kind, key), ())
    return ids[0] if len(ids) == 1 else None


def _title(words: str) -> str:
    out = []
    for i, w in enumerate(words.split()):
        lw = w.lower()
        if i and lw in _SMALL_WORDS:
            out.append(lw)
        elif lw.startswith("d.c."):
            out.append("D.C.")
        else:
            out.append(lw[:1].upper() + lw[1:])
    return " ".join(out)


def _caption_like(text: str, start: int) -> int:
    """0 for a name that opens its line (a caption), 1 for one inside a sentence."""
    before = text[max(0, start - 40) : start]
    if _LOWER_COURT_RE.search(before):
        return 2
    return 0 if _LINE_START_RE.search(before) else 1


def _make_court(clean: CleanText, start: int, end: int, bankr: bool,
                appeals: bool, place: str) -> Court:
    place = _title(_SPACE_RUN.sub(" ", place))
    span = clean.span(start, end)
    if appeals:
        return Court("United States Court of Appeals", None,
                     resolve_court_id("appellate", place), span)
    if bankr:
        return Court("United States Bankruptcy Court", place,
                     resolve_court_id("bankruptcy", place), span)
    return Court("United States District Court", place, resolve_court_id("trial", place), span)


@functools.cache
def _known_ids() -> frozenset[str]:
    from courts_db import courts

    return frozenset(str(c["id"]) for c in courts)


def _national_court(clean: CleanText, text: str) -> tuple[int, Court] | None:
    """The first national court or bankruptcy appellate panel named at a line's start."""
    found: list[tuple[int, Court]] = []
    for m in _NATIONAL_RE.finditer(text):
        if _caption_like(text, m.start()) == 0:
            i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            _, name, court_id = _NATIONAL_COURTS[i]
            found.append((m.start(), Court(name, None, court_id, clean.span(m.start(), m.end()))))
            break
    for m in _BAP_RE.finditer(text):
        if _caption_like(text, m.start()) == 0:
            court_id = f"bap{_circuit_key(m['circuit'])}"
            if court_id in _known_ids():
                name = f"United States Bankruptcy Appellate Panel of the {_title(m['circuit'])} Circuit"
                found.append((m.start(), Court(name, None, court_id, clean.span(m.start(), m.end()))))
            break
    return min(found, key=lambda f: f[0]) if found else None


def extract_court(clean: CleanText) -> Court | None:
    """The first court named as a caption names it; a body mention only when no caption
    line names one. Page 1 naming none (a slip opinion's notice page, a fax cover), a
    court heading on page 2 is the caption's."""
    court = _head_court(clean, clean.text[:_HEAD_REGION])
    if court is None and len(clean.text) > _HEAD_REGION:
        text = clean.text[:_HEAD_REGION + _NEXT_PAGE_REGION]
        later = _head_court(clean, text)
        if (later is not None and later.span is not None and later.span.page == _NEXT_PAGE
                and _caption_like(text, later.span.start) == 0):
            court = later
    return court


def _head_court(clean: CleanText, text: str) -> Court | None:
    """The court of a head region: the first federal, national or state court named at a
    line's start, else a federal court named anywhere in it."""
    found: list[tuple[int, Court]] = []
    if (national := _national_court(clean, text)) is not None:
        found.append(national)
    federal = _federal_court(clean, text)
    if federal is not None and federal.span is not None and _caption_like(text, federal.span.start) == 0:
        found.append((federal.span.start, federal))
    first = min((f[0] for f in found), default=None)
    if (state := _state_court(clean, text, before=first)) is not None:
        found.append(state)
    if found:
        return min(found, key=lambda f: f[0])[1]
    return federal


# --- state courts ---------------------------------------------------------------------------
# What a state court's own name is made of, up to its state: "SUPERIOR COURT" (N.J., Cal.,
# Del.), "SUPREME COURT" (N.Y.'s trial court, every high court), "COURT OF APPEALS"
# (Wash., N.Y.'s high court), "Court of Appeal" (Cal.), "COURT OF CRIMINAL APPEALS" (Tex.),
# "COURT OF CHANCERY" (Del.), "COURT OF COMMON PLEAS" (Pa., Ohio).
_STATE_KIND = r"""
    (?P<kind>
      (?:(?:Supreme|Superior|Circuit|District|Family|Chancery|Commonwealth|Surrogate[’']?s
          |Tax|Civil|Criminal|Municipal|Probate|Business|Juvenile|Orphans[’']?|Claims)\s+)*
      Court
      (?:\s+of\s+(?:(?:Civil|Criminal)\s+)?Appeals?|\s+of\s+Chancery|\s+of\s+Common\s+Pleas
        |\s+of\s+Claims)?
    )
"""
_STATE_NAME = r"(?P<state>" + _STATE_ALT + r")\b"
# A division printed after the state or on the next line: "SUPERIOR COURT OF NEW JERSEY /
# APPELLATE DIVISION" (its own courts-db id), "ATLANTIC COUNTY – LAW DIVISION",
# "WASHINGTON, DIVISION THREE" (the statewide court's).
_STATE_DIVISION = r"(?P<division>[^\n]{0,40}?\bAppellate\s+Division)?"
# The rest of a state court's heading, which the span covers so the caption starts after it:
# a division or county on the heading's line or the next ("WASHINGTON, DIVISION THREE",
# "ATLANTIC COUNTY – LAW DIVISION", "APPELLATE DIVISION", N.Y. "BRONX COUNTY").
_STATE_HEADING_TAIL_RE = regex.compile(
    r"""(?:[ \t]*,?[ \t]*(?:[–—-][ \t]*)?Division[ \t]+[A-Za-z]+)?
    (?:\n[ \t]*(?:
        [A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?[ \t]+County(?:[ \t]*[–—-][ \t]*[A-Za-z]+[ \t]+Division)?
      | (?:Appellate|Law|Chancery|Civil|Criminal|Family|General\s+Equity)[ \t]+(?:Division|Part)
      | Division[ \t]+[A-Za-z]+
    )[ \t]*(?=\n|\Z))?""",
    regex.VERBOSE | regex.IGNORECASE,
)
_STATE_COURT_RE = regex.compile(
    r"""
    (?:\bin\s+)?(?:\bthe\s+)?
    (?:
      # "SUPREME COURT OF THE STATE OF NEW YORK", "Superior Court of New Jersey",
      # "SUPREME COURT, STATE OF WASHINGTON" (the Washington clerk's filing box)
      \b""" + _STATE_KIND + r"""
      [ \t]*,?[ \t]+(?:(?:of|for)[ \t]+)?(?:the[ \t]+)?(?:(?:State|Commonwealth)[ \t]+of[ \t]+)?
      """ + _STATE_NAME + r"""
    | # "NEW JERSEY SUPERIOR COURT", "Texas Supreme Court"
      \b(?P<state2>""" + _STATE_ALT + r""")[ \t]+""" + _STATE_KIND.replace("?P<kind>", "?P<kind2>") + r"""
    )
    [^\n]*(?:\n""" + _STATE_DIVISION + r""")?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_CAPITALS_RE = regex.compile(r"[^a-z]*")
# The statewide courts of a state are named "<kind> of <state>" or "<state> <kind>" in
# courts-db ("Supreme Court of New Jersey", "Washington Supreme Court", "California Courts
# of Appeal"); the kind's key folds plurals so "Court of Appeals" finds either.
_KIND_SMALL = frozenset({"of", "the", "state", "commonwealth", "in", "and"})


def _kind_key(kind: str) -> str:
    words = []
    for w in _LOWER_WORD.findall(kind.lower()):
        if w in _KIND_SMALL:
            continue
        words.append({"courts": "court", "appeals": "appeal"}.get(w, w))
    return " ".join(words)


@functools.cache
def _state_index() -> dict[tuple[str, str], tuple[str, ...]]:
    """(state, kind key) -> ids of statewide state courts (courts-db's courts of a state
    with no parent court: not the county branches)."""
    from courts_db import courts

    index: dict[tuple[str, str], list[tuple[bool, str]]] = {}
    for court in courts:
        state = court.get("location")
        if court.get("system") != "state" or court.get("parent") or not state:
            continue
        name = str(court.get("name", "")).replace("Washingon", "Washington")  # courts-db's typo
        if state.lower() not in name.lower():
            continue
        kind = _kind_key(regex.sub(regex.escape(state), " ", name, flags=regex.I))
        if "court" not in kind.split():
            continue
        ended = bool((court.get("dates") or [{}])[-1].get("end"))
        index.setdefault((state.lower(), kind), []).append((ended, str(court["id"])))
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for k, entries in index.items():
        live = [cid for ended, cid in entries if not ended]
        out[k] = tuple(live or [cid for _, cid in entries])
    return out


def resolve_state_court_id(state: str, kind: str) -> str | None:
    """Id of a state's statewide court of a printed kind ("New Jersey", "Superior Court
    Appellate Division"); None when courts-db has none or several."""
    ids = _state_index().get((_SPACE_RUN.sub(" ", state).lower(), _kind_key(kind)), ())
    return ids[0] if len(ids) == 1 else None


STATE_SCAN_REACH = 400
"""Past the federal or national court already found, how far the state-court scan reads
(see :func:`_state_court`): a heading that starts before that court has its name and its
line in reach; a longer tail is read again in full."""


def _state_court(
    clean: CleanText, text: str, before: int | None = None
) -> tuple[int, Court] | None:
    """The first state court named as a caption names it: at a line's start, or in
    capitals anywhere on its line (a heading beside a docket number), never the lower
    court ("ON APPEAL FROM THE SUPERIOR COURT OF THE STATE OF WASHINGTON").

    Only a name that starts ``before`` an offset (a federal or national court found
    there) can come first, so the scan stops soon after it: most filings name their
    federal court in the first lines, and the state names' alternation is costly to
    try at every offset of the head."""
    endpos = len(text) if before is None else min(len(text), before + STATE_SCAN_REACH)
    for found in _STATE_COURT_RE.finditer(text, 0, endpos):
        if before is not None and found.start() >= before:
            return None
        m = found if found.end() < endpos or endpos == len(text) else _STATE_COURT_RE.match(text, found.start())
        if m is None:  # it needed the end of the window (a name cut there)
            continue
        # the lower court is named after "from the", which the match may have taken in
        name_start = m.start("kind") if m["kind"] else m.start("state2")
        rank = 2 if _caption_like(text, name_start) == 2 else _caption_like(text, m.start())
        if rank == 2 or (rank == 1 and not _CAPITALS_RE.fullmatch(m.group())):
            continue
        state = m["state"] or m["state2"]
        kind = m["kind"] or m["kind2"]
        end = m.end("state") if m["state"] else m.end("kind2")
        name = _title(_SPACE_RUN.sub(" ", f"{kind} of {state}"))
        court_id = None
        if m["division"] and (court_id := resolve_state_court_id(state, kind + " Appellate Division")):
            end, name = m.end("division"), f"{name}, Appellate Division"
        court_id = court_id or resolve_state_court_id(state, kind)
        if court_id is None:
            continue
        if (tail := _STATE_HEADING_TAIL_RE.match(text, end)) is not None:
            end = max(end, tail.end())
        return m.start(), Court(name, None, court_id, clean.span(m.start(), end))
    return None


def _named_court(clean: CleanText, text: str, head: regex.Match[str]) -> Court | None:
    """The court a head names with its district or circuit after it, or None when the
    name stands alone ("UNITED STATES DISTRICT COURT" with no district below)."""
    if head["scotus"]:
        return Court("Supreme Court of the United States", None, "scotus",
                     clean.span(head.start(), head.end()))
    appeals = head["appeals"] is not None
    tail = (_CIRCUIT_TAIL_RE if appeals else _DISTRICT_TAIL_RE).match(text, head.end())
    if tail is None and appeals and (ocr := _OCR_CIRCUIT_TAIL_RE.match(text, head.end())):
        word = difflib.get_close_matches(ocr["word"].lower(), _CIRCUIT_WORDS, n=1, cutoff=_OCR_WORD_CUTOFF)
        if word:
            return _make_court(clean, head.start(), ocr.end(), False, True, word[0])
    if tail is None:
        return None
    place = tail["circuit"] if appeals else tail["district"]
    return _make_court(clean, head.start(), tail.end(), head["bankr"] is not None, appeals, place)


def _federal_court(clean: CleanText, text: str) -> Court | None:
    """A district, bankruptcy or circuit court (or the Supreme Court) by its printed name:
    the first named as a caption names it, else the first named anywhere; a name printed
    without its district takes the first district (or circuit) the head mentions."""
    best: tuple[int, Court] | None = None
    bare: regex.Match[str] | None = None  # a court name printed without its district
    for head in _HEAD_RE.finditer(text):
        rank = _caption_like(text, head.start())
        if rank == 2:
            continue
        court = _named_court(clean, text, head)
        if court is None:
            if bare is None and (rank == 0 or head["us"]):
                bare = head
            continue
        if best is None or rank < best[0]:
            best = (rank, court)
        if rank == 0:
            break
    if best is not None and (best[0] == 0 or bare is None):
        return best[1]
    if bare is None:
        return None
    appeals = bare["appeals"] is not None
    found = (_ANY_CIRCUIT_RE if appeals else _ANY_DISTRICT_RE).search(text)
    if found is None:
        return None
    place = found["circuit"] if appeals else found["district"]
    return _make_court(clean, bare.start(), bare.end(), bare["bankr"] is not None,
                       appeals, place)
