"""The court a filing is made in, read from the court name printed in its caption.

The id comes from a small index built once, lazily, from courts-db's own records: calling
``courts_db.find_court`` per filing is slow (its regexes compile on first call) and can give
several ids for one string (courts-db #135) or miss abbreviations (#61). We resolve only a full
printed court name ("United States District Court for the Northern District of California"),
which maps to exactly one active court in the index; anything else gets ``court_id=None``.
"""

from __future__ import annotations

import functools

import regex

from courtparse.models import Court
from courtparse.text import CleanText

# Court names are printed in the caption, at the top of page 1 (after a counsel block in a
# pleading); a court named further down is a body mention ("Venue is proper in ...").
_HEAD_REGION = 6000

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

_COURT_RE = regex.compile(
    r"""
    (?P<head>
      # "UNITED STATES DISTRICT COURT", "UNITED STATED DISTRICT COURT", "U nited States
      # District Court", and the typo "UNITED STATES STRICT COURT" (all in the pool)
      (?:U\s?n\s?i\s?t\s?e\s?[ds]\s+S\s?t\s?a\s?t\s?e\s?[sd]\s+)?
      (?:
        (?P<bankr>Bankruptcy)\s+Court
      | (?:Di)?strict\s+Court
      | (?P<appeals>Court\s+of\s+Appeals)
      )
    )
    (?:
      # a court of appeals: "FOR THE SEVENTH CIRCUIT"; in a 10th Cir. order the FILED box
      # puts a date line between the two ("UNITED STATES COURT OF APPEALS / January 11,
      # 2021 / FOR THE TENTH CIRCUIT"), hence the short gap
      (?(appeals)
        [^\n]{0,3}(?:\n[^\n]{0,40}){0,3}?[\s,]*(?:for\s+)?(?:the\s+)?
        (?P<circuit>
          First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh
        | 1st|2nd|3rd|[4-9]th|1[01]th
        | D\.\s?C\.|District\s+of\s+Columbia|Federal
        )
        \s+Circuit
      |
        # a district or bankruptcy court: "FOR THE EASTERN DISTRICT OF CALIFORNIA", on the
        # same line or the next ones (pleading-paper line numbers and a "for the" line of an
        # AO form may stand between)
        [^\n]{0,3}(?:\n[^\n]{0,12}){0,3}?[\s,]*(?:for\s+)?(?:the\s+)?
        (?P<district>
          (?:(?P<dir>Northern|Southern|Eastern|Western|Central|Middle)\s+)?
          District\s+of\s+(?:the\s+)?
          (?P<state>""" + _STATE_ALT + r""")
        )
        \b
      )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What may stand before a caption's court name on its line: a pleading line number, "IN THE".
_LINE_START_RE = regex.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[ \t]+)?(?:in\s+the\s+)?[ \t]*\Z", regex.I)
# "Appeal from the United States District Court ...": the lower court, not this one.
_APPEAL_FROM_RE = regex.compile(r"(?:appeal|appealed|transferred|removed)\s+(?:from|to)\s+the\s*\Z", regex.I)

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
_DB_APPEALS_RE = regex.compile(
    r"^(?:United\s+States\s+)?Court\s+of\s+Appeals\s+for\s+the\s+(?P<circuit>.+?)\s+Circuit$",
    regex.I,
)


def _norm(words: str) -> str:
    """Key for a district: lower case, no punctuation, no "of"/"the"."""
    toks = regex.findall(r"[a-z]+", words.lower())
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
    if "district" in place.lower():
        return _norm(place.replace("District Florida", "District of Florida"))
    return _norm(f"District of {place}")


@functools.cache
def _court_index() -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, key) -> ids of current federal courts, built once from courts-db's data."""
    from courts_db import courts

    index: dict[tuple[str, str], list[str]] = {}
    for court in courts:
        if court.get("system") != "federal":
            continue
        dates = court.get("dates") or [{}]
        if dates[-1].get("end"):  # a court abolished long ago shares the name of a live one
            continue
        kind = court.get("type")
        name = str(court.get("name", ""))
        key: str | None = None
        if kind in ("trial", "bankruptcy"):
            m = _DB_NAME_RE.match(name)
            if m is None or "circuit" in name.lower():
                continue
            key = _db_district_key(m["place"])
        elif kind == "appellate":
            m = _DB_APPEALS_RE.match(name)
            if m is None:
                continue
            key = _circuit_key(m["circuit"])
        if key:
            index.setdefault((str(kind), key), []).append(str(court["id"]))
    return {k: tuple(v) for k, v in index.items()}


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
    if _APPEAL_FROM_RE.search(before):
        return 2
    return 0 if _LINE_START_RE.search(before) else 1


def extract_court(clean: CleanText) -> Court | None:
    """The first court named as a caption names it; a body mention only when no caption
    line names one."""
    text = clean.text[:_HEAD_REGION]
    best: tuple[int, int, regex.Match[str]] | None = None
    for m in _COURT_RE.finditer(text, overlapped=False):
        rank = (_caption_like(text, m.start()), m.start())
        if best is None or rank < best[:2]:
            best = (*rank, m)
        if rank[0] == 0:
            break
    if best is None or best[0] == 2:
        return None
    m = best[2]
    if m["appeals"]:
        circuit = _title(m["circuit"])
        return Court(
            name="United States Court of Appeals",
            district=None,
            court_id=resolve_court_id("appellate", circuit),
            span=clean.span(m.start(), m.end()),
        )
    kind = "bankruptcy" if m["bankr"] else "trial"
    district = _title(regex.sub(r"\s+", " ", m["district"]))
    return Court(
        name="United States Bankruptcy Court" if m["bankr"] else "United States District Court",
        district=district,
        court_id=resolve_court_id(kind, district),
        span=clean.span(m.start(), m.end()),
    )
