"""Case-law citations in the body and the footnotes, found by eyecite (Free Law Project's
citation library, the optional extra ``courtparse[citations]``).

Full citations ("Lormand v. US Unwired, Inc., 565 F.3d 228, 232 (5th Cir. 2009)"), short
forms ("565 F.3d at 232"), "supra" and "id." are kept; statutes, rules and journals are not
case law and are left out. A short form, "supra" or "id." points to the full citation it
stands for (``antecedent``, an index into the same list), as eyecite resolves it over the body
followed by the footnotes in order: an "id." in a footnote therefore follows the last
citation of the body or of the footnote before it, which is how most footnotes read but not
all (one whose marker sits mid-page may mean a citation printed after it).

eyecite costs about as much time as the rest of ``parse`` together (11 µs a character, a
page's worth in 15-20 ms), so citations are read only when asked for (``parse(...,
citations=True)``); without the extra the list is empty and a warning says why.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from courtparse.models import Citation
from courtparse.text import CleanText

MISSING_EXTRA_WARNING = "citations not read: eyecite is not installed (pip install courtparse[citations])"

# eyecite's classes by name, so that importing this module never imports eyecite.
_KINDS = {
    "FullCaseCitation": "full",
    "ShortCaseCitation": "short",
    "SupraCitation": "supra",
    "IdCitation": "id",
}
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


def _case_name(meta: Any) -> str | None:
    plaintiff = getattr(meta, "plaintiff", None)
    defendant = getattr(meta, "defendant", None)
    if plaintiff and defendant:
        return f"{plaintiff} v. {defendant}"
    return plaintiff or defendant or getattr(meta, "resolved_case_name", None) or None


def extract_citations(clean: CleanText) -> tuple[Citation, ...]:
    """Every case-law citation of the body and then of each footnote, in order."""
    from eyecite import get_citations, resolve_citations

    parts = clean.segments()
    text = _PART_SEPARATOR.join(p.text for p in parts)
    starts = []
    offset = 0
    for part in parts:
        starts.append(offset)
        offset += len(part.text) + len(_PART_SEPARATOR)
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
    for c in found:
        start, end = _span_of(c)
        part_no = max(i for i, s in enumerate(starts) if s <= start)
        part = parts[part_no]
        local_start = start - starts[part_no]
        local_end = min(end - starts[part_no], len(part.text))
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
                year=_int_or_none(getattr(meta, "year", None)),
                court=getattr(meta, "court", None),
                case_name=_case_name(meta),
                antecedent=antecedent.get(id(c)),
                span=part.span(local_start, local_end),
            )
        )
    return tuple(out)
