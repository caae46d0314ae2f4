"""Case-law citations in the body and the footnotes, found by eyecite (Free Law Project's
citation library, the optional extra ``courtparse[citations]``).

Full citations ("Lormand v. US Unwired, Inc., 565 F.3d 228, 232 (5th Cir. 2009)"), short
forms ("565 F.3d at 232"), "supra" and "id." are kept; statutes, rules and journals are not
case law and are left out. A short form, "supra" or "id." points to the full citation it
stands for (``antecedent``, an index into the same list), as eyecite resolves it over the text
in reading order: each footnote read at its marker in the body (one whose marker was not found,
at the end), so an "id." right after a footnote's marker follows the footnote's last
citation. An "id." or "supra" that resolves to no case-law citation is left out: in an order
it mostly points to a brief or an exhibit ("Id. at 3" after a quotation from the motion), not
to case law. A short form is kept even when the filing never prints its full citation
(E.D. Cal.'s fee orders cite "Gisbrecht, 535 U.S. at 807" throughout): its volume, reporter
and page name the case; its ``antecedent`` is then null.

eyecite costs about as much time as the rest of ``parse`` together (11 µs a character, a
page's worth in 15-20 ms), so citations are read only when asked for (``parse(...,
citations=True)``); without the extra the list is empty and a warning says why.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import regex

from courtparse.models import Citation, CitationKind
from courtparse.text import CleanText

MISSING_EXTRA_WARNING = "citations not read: eyecite is not installed (pip install courtparse[citations])"

# eyecite's classes by name, so that importing this module never imports eyecite.
_KINDS: dict[str, CitationKind] = {
    "FullCaseCitation": "full",
    "ShortCaseCitation": "short",
    "SupraCitation": "supra",
    "IdCitation": "id",
}
_NAMES_A_CASE = frozenset({"full", "short"})
"""Kinds kept without an antecedent: volume, reporter and page name the case by themselves."""
_PART_SEPARATOR = "\n\n"
"""Between the body and each footnote in the text eyecite reads, so that no citation runs
from one into the next."""


def citations_available() -> bool:
    try:
        import eyecite  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def _quiet_eyecite() -> Iterator[None]:
    """eyecite logs a warning for every overlap it cannot sort out ("Unknown overlap
    case"); a batch of thousands of filings must not print them."""
    log = logging.getLogger("eyecite")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def _int_or_none(value: object) -> int | None:
    text = str(value) if value is not None else ""
    return int(text) if text.isascii() and text.isdigit() else None


def _span_of(citation: Any) -> tuple[int, int]:
    """eyecite's (start, end) of a citation in the text it read (its ``span()`` is untyped)."""
    start, end = citation.span()
    return int(start), int(end)


# An unreported decision's docket number, which eyecite keeps in the defendant's name:
# "Finjan, Inc. v. Blue Coat Sys., Inc., No. 13-CV-03999-BLF, 2015 WL 4129193" (N.D. Cal.).
_DOCKET_TAIL = regex.compile(r",?\s+(?:No|Nos|Case\s+No|Civ|Civil\s+Action\s+No)\.?\s+\S.*$", regex.IGNORECASE)


# The year of a full citation is the last four digits of the parenthetical right after it
# and its pin ("477 U.S. 317, 322 (1986)", "565 F.3d 228, 232 (5th Cir. 2009)"). eyecite's own
# year can come from a neighbour in a string of citations (Celotex read as 1987 beside a 1987
# cite in N.D. Cal.'s cand.288207.440.0; "138 S. Ct. 1204 (2018)" as 2016 after "aff'd sub nom.").
_YEAR_AFTER = regex.compile(r"[^()\n]{0,40}?\((?:[^()]*?[\s,])?(?P<year>1[6-9]\d\d|20\d\d)\)")


# eyecite's span of a short form can stop before its page ("586 F.3d at " of "Crawford, 586
# F.3d at 1148 (quoting …)", E.D. Cal.); the raw text runs on through the page it parsed.
_PAGE_AHEAD = regex.compile(r"\s*(?P<page>\d+)\b")


def _through_page(text: str, end: int, page: str | None) -> int:
    if page and not text[:end].rstrip().endswith(page):
        m = _PAGE_AHEAD.match(text, end)
        if m and m["page"] == page:
            return m.end()
    return end


def _printed_year(text: str, end: int) -> int | None:
    m = _YEAR_AFTER.match(text, end)
    return int(m["year"]) if m else None


def _case_name(meta: Any) -> str | None:
    plaintiff = getattr(meta, "plaintiff", None)
    defendant = getattr(meta, "defendant", None)
    if defendant:
        defendant = _DOCKET_TAIL.sub("", defendant) or None
    if plaintiff and defendant:
        return f"{plaintiff} v. {defendant}"
    return plaintiff or defendant or getattr(meta, "resolved_case_name", None) or None


def _reading_order(clean: CleanText) -> tuple[str, list[tuple[int, int, int]]]:
    """The body with each footnote's text put in at its marker (unanchored ones at the end),
    as a reader meets them, and the pieces it is made of: (offset in that text, segment
    number — 0 the body, i the footnote i - 1 —, offset in the segment)."""
    body = clean.text
    notes = sorted(
        ((fn.anchor[1] if fn.anchor else len(body), i + 1) for i, fn in enumerate(clean.footnotes)),
    )
    chunks: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    at = done = 0
    for cut, segment in notes:
        cut = max(cut, done)
        pieces.append((at, 0, done))
        chunks.append(body[done:cut])
        at += cut - done
        done = cut
        note = clean.footnotes[segment - 1].clean.text
        chunks.append(_PART_SEPARATOR)
        at += len(_PART_SEPARATOR)
        pieces.append((at, segment, 0))
        chunks.append(note + _PART_SEPARATOR)
        at += len(note) + len(_PART_SEPARATOR)
    pieces.append((at, 0, done))
    chunks.append(body[done:])
    return "".join(chunks), pieces


def extract_citations(clean: CleanText) -> tuple[Citation, ...]:
    """Every case-law citation of the body and the footnotes, in reading order (a
    footnote's at its marker)."""
    from eyecite import get_citations, resolve_citations

    parts = clean.segments()
    text, pieces = _reading_order(clean)
    with _quiet_eyecite():
        found = [c for c in get_citations(text) if type(c).__name__ in _KINDS]
        resolved = resolve_citations(found)
    index = {id(c): i for i, c in enumerate(found)}
    antecedent: dict[int, int] = {}
    for resource, cites in resolved.items():
        full = getattr(resource, "citation", None)
        if full is None or id(full) not in index:
            continue
        for c in cites:
            if c is not full:
                antecedent[id(c)] = index[id(full)]
    out = []
    kept = [c for c in found if _KINDS[type(c).__name__] in _NAMES_A_CASE or id(c) in antecedent]
    renumber = {index[id(c)]: i for i, c in enumerate(kept)}
    for c in kept:
        start, end = _span_of(c)
        end = _through_page(text, end, c.groups.get("page"))
        at, part_no, local = pieces[bisect_right(pieces, (start, len(parts))) - 1]
        part = parts[part_no]
        local_start = local + start - at
        local_end = min(local + end - at, len(part.text))
        groups = c.groups
        meta = c.metadata
        out.append(
            Citation(
                raw=part.text[local_start:local_end],
                kind=_KINDS[type(c).__name__],
                volume=groups.get("volume"),
                reporter=groups.get("reporter"),
                page=groups.get("page"),
                pin=getattr(meta, "pin_cite", None),
                year=_printed_year(text, end) or _int_or_none(getattr(meta, "year", None)),
                court=getattr(meta, "court", None),
                case_name=_case_name(meta),
                antecedent=renumber.get(antecedent.get(id(c), -1)),
                span=part.span(local_start, local_end),
            )
        )
    return tuple(out)
