"""Links across a batch: the cases its filings belong to, and which filing of the batch a
cited docket entry is.

An order that rules on "Dkt. No. 337" cites the filing whose ECF stamp reads "Document 337"
in the same case. Within a batch that filing may be present: ``docket_link_rows`` gives each
cited entry with ``cited_doc_id`` set to it, or null. A case is keyed by the court's
courts-db id and the normalized case number (``yy-kind-nnnnn``): the stamp's
(``ecf.normalized``) where the filing is stamped, else the caption's first case number. The
same number in two districts is two cases. A filing whose court is not found (an exhibit
that prints no court, or another court's paper) joins the case of its stamp's number when
exactly one court of the batch has a case of that number.

Records are the JSON dicts of ``documents.jsonl`` (``Document.to_dict()`` plus ``doc_id``),
read twice: once to index (``BatchIndex.add``), once to link, so a batch of any size is never
held in memory, only one small entry per filing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from courtparse.records import LIST_SEP
from courtparse.records import as_date as _date
from courtparse.records import as_int as _int
from courtparse.records import get as _get

Row = dict[str, Any]
CaseKey = tuple[str, str]
"""(court_id, normalized case number)."""



def case_of(record: dict[str, Any]) -> CaseKey | None:
    """The case a record belongs to, or None when its court or case number is unknown."""
    court = _get(record, "court", "court_id")
    if not isinstance(court, str) or not court:
        return None
    normalized = _get(record, "ecf", "normalized")
    if not isinstance(normalized, str) or not normalized:
        numbers = [c for c in (_get(record, "case_numbers") or []) if isinstance(c, dict)]
        normalized = next((c["normalized"] for c in numbers if isinstance(c.get("normalized"), str)), None)
    return (court, normalized) if normalized else None


def filed_of(record: dict[str, Any]) -> dt.date | None:
    """When the filing was filed: its stamp's date, else a date of role ``filed``."""
    stamped = _date(_get(record, "ecf", "filed"))
    if stamped is not None:
        return stamped
    for mention in _get(record, "dates") or []:
        if isinstance(mention, dict) and mention.get("role") == "filed":
            found = _date(mention.get("value"))
            if found is not None:
                return found
    return None


@attrs.define
class _Case:
    documents: int = 0
    first_filed: dt.date | None = None
    last_filed: dt.date | None = None
    parties: dict[str, str] = attrs.Factory(dict)
    """Party names in the order first seen, keyed by their case-folded form (one name
    printed in capitals and in title case is one party)."""


@attrs.define
class BatchIndex:
    """What linking needs to know of every filing of a batch."""

    entries: dict[tuple[str, str, int, int | None], str] = attrs.Factory(dict)
    cases: dict[CaseKey, _Case] = attrs.Factory(dict)
    courts: dict[str, set[str]] = attrs.Factory(dict)
    """The courts that have a case of each normalized number."""
    courtless: list[dict[str, Any]] = attrs.Factory(list)
    """The few fields of filings whose court is unknown, placed by ``finish``."""

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            return
        key = case_of(record)
        if key is None:
            number = _get(record, "ecf", "normalized")
            if isinstance(number, str) and number:
                self.courtless.append(_slim(record))
            return
        self._count(key, record)

    def finish(self) -> None:
        """Place the filings of unknown court (see the module doc); call once, after the
        last ``add``."""
        for record in self.courtless:
            key = self.case_key(record)
            if key is not None:
                self._count(key, record)
        self.courtless.clear()

    def case_key(self, record: dict[str, Any]) -> CaseKey | None:
        """``case_of``, or for a filing of unknown court the one court of the batch with a
        case of its stamp's number."""
        key = case_of(record)
        if key is not None:
            return key
        number = _get(record, "ecf", "normalized")
        courts = self.courts.get(number, set()) if isinstance(number, str) else set()
        return (next(iter(courts)), number) if len(courts) == 1 and isinstance(number, str) else None

    def _count(self, key: CaseKey, record: dict[str, Any]) -> None:
        self.courts.setdefault(key[1], set()).add(key[0])
        case = self.cases.setdefault(key, _Case())
        case.documents += 1
        filed = filed_of(record)
        if filed is not None:
            case.first_filed = min(filter(None, (case.first_filed, filed)))
            case.last_filed = max(filter(None, (case.last_filed, filed)))
        for party in _get(record, "caption", "parties") or []:
            name = party.get("name") if isinstance(party, dict) else None
            if isinstance(name, str) and name:
                case.parties.setdefault(" ".join(name.split()).casefold(), name)
        document = _int(_get(record, "ecf", "document"))
        doc_id = record.get("doc_id")
        if document is not None and isinstance(doc_id, str):
            entry = (*key, document, _int(_get(record, "ecf", "attachment")))
            self.entries.setdefault(entry, doc_id)

    def case_rows(self) -> list[Row]:
        """One row per case: documents, first and last filed date, the parties seen."""
        return [
            {
                "court_id": court, "case": number, "documents": case.documents,
                "first_filed": case.first_filed, "last_filed": case.last_filed,
                "parties": LIST_SEP.join(case.parties.values()) or None,
            }
            for (court, number), case in sorted(self.cases.items())
        ]


def _slim(record: dict[str, Any]) -> dict[str, Any]:
    """What ``finish`` needs of a filing of unknown court."""
    keep = ("doc_id", "ecf", "dates")
    return {k: record[k] for k in keep if k in record} | {"caption": {"parties": _get(record, "caption", "parties") or []}}


def build_index(records: Iterable[dict[str, Any]]) -> BatchIndex:
    index = BatchIndex()
    for record in records:
        index.add(record)
    index.finish()
    return index


def docket_link_rows(record: dict[str, Any], index: BatchIndex) -> list[Row]:
    """One row per docket entry the record cites (its caption's "Re:" entries, then its
    docket citations' entries), each with the doc_id of the batch's filing stamped with
    that entry of the same case, or null."""
    if "error" in record:
        return []
    doc_id = record.get("doc_id")
    key = index.case_key(record)
    cited: list[tuple[str, Any]] = [("re", e) for e in _get(record, "caption", "re") or []]
    for citation in _get(record, "docket_citations") or []:
        if not isinstance(citation, dict):
            continue
        where = "footnote" if _get(citation, "span", "footnote") is not None else "body"
        cited += [(where, e) for e in citation.get("entries") or []]
    rows = []
    for location, entry in cited:
        number = _int(_get(entry, "number"))
        if number is None:
            continue
        attachment = _int(_get(entry, "attachment"))
        target = index.entries.get((*key, number, attachment)) if key is not None else None
        rows.append({
            "doc_id": doc_id, "location": location, "number": number,
            "attachment": attachment, "cited_doc_id": target,
        })
    return rows
