"""The comparison rules of the labels (shared/examples/README.md, shared/corpus/README.md):
one parsed Document against one ``NAME.expected.json``, as a list of pass/fail checks.

Used by ``benchmarks/accuracy.py`` and by the tests, so both count the same way.

Every key a label lists is checked; a key that is absent is not. Per key:

- scalars (``pages``, ``document_type``, each key of ``ecf``, ``court``, ``signature``,
  ``caption.title``, ``holdings.so_ordered`` / ``disposition``): one check each. Strings
  are compared after collapsing white space, with ’ ‘ and ' the same and “ ” and " the
  same; docket numbers as numbers ("010110462922" == 10110462922); dates as ISO strings.
  A whole object labeled null (``"ecf": null``) is one check: the parser must give null.
- lists (``caption.parties``, ``caption.re``, ``docket_entry_numbers``, ``dates``,
  ``footnotes``, ``defined_terms``): compared both ways. Each labeled item is paired with
  at most one parsed item; a pair is one check (passed when every key the label gives
  agrees), each labeled item left unpaired is one failed check (missed), each parsed item
  left unpaired is one failed check (extra). An empty label list that the parser also
  leaves empty is one passed check, so "no footnotes" counts.
- ``dates``: full calendar dates only (a parsed date whose precision is not "day" is
  neither matched nor extra). Pairing keeps the order of appearance where it can: a
  longest common subsequence of the two value sequences is paired first, then leftovers
  with equal values are paired regardless of order. So a date is never lost just because
  the parser lists footnote dates after the body, while among repeated values (two
  "April 22, 2016" deadlines) the role is compared with the occurrence in the same
  position. The role is compared only where the label gives one.
- ``case_numbers``: each labeled item is paired with the parsed case number of equal
  ``raw``, else of equal ``normalized``; each key the label lists is one check (all fail
  when nothing pairs). Parsed extras are not counted: the label lists the caption's case
  numbers while the parser also reports those cited in the body.
- ``holdings.*_mention``: each string must occur in one of the parsed orders or rulings.
- ``footnotes``: paired by marker; the pair passes when the text starts with
  ``text_starts``.
- ``text_contains`` / ``text_excludes``: substrings of the whitespace-collapsed
  ``Document.text``, one check each.
- ``text_layer``: false means the parser must say so in ``warnings`` (a warning naming the
  text layer, a scan or OCR); true means the body text is not empty.
- A key with no rule here is one failed check, so a label typo cannot pass silently.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import regex

from courtparse.models import DateMention, Document

_SPACE = regex.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_NO_TEXT_WARNING = regex.compile(r"text[ _-]?layer|scanned|\bocr\b|no text|image[ _-]only", regex.I)
_ENTRY = regex.compile(r"^\s*(?P<number>\d+)\s*(?:-\s*(?P<attachment>\d+))?\s*$")


@dataclass(frozen=True)
class Check:
    """One comparison of one labeled value.

    ``key`` names what is compared, independent of what the parser gave: the labeled
    item of a list ("missed" and "wrong role" of one labeled date share it), the parsed
    item for an extra, the string of a text check; "" for a field's single scalar check.
    ``(file, field, key)`` is how the accuracy baseline lists a known failure.
    """

    file: str
    field: str
    passed: bool
    detail: str = ""
    key: str = ""

    @property
    def ident(self) -> str:
        """``field`` or ``field | key``: the check's name within its file."""
        return f"{self.field} | {self.key}" if self.key else self.field


@dataclass(frozen=True)
class Tally:
    passed: int
    total: int

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.passed}/{self.total} = {100 * self.share:.1f}%"


# --- normalization ----------------------------------------------------------------------


def norm(value: str) -> str:
    """White space collapsed, curly quotes straight."""
    return _SPACE.sub(" ", value.translate(_QUOTES)).strip()


def _as_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _plain(value: object) -> object:
    """A parsed value in the label's terms: dates as ISO strings, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def same(expected: object, got: object) -> bool:
    """The label's equality: strings normalized, numbers as numbers, lists item by item."""
    got = _plain(got)
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool) and expected == got
    ne, ng = _as_number(expected), _as_number(got)
    if ne is not None and ng is not None:
        return ne == ng
    if isinstance(expected, str) and isinstance(got, str):
        return norm(expected) == norm(got)
    if isinstance(expected, list) and isinstance(got, list):
        return len(expected) == len(got) and all(same(e, g) for e, g in zip(expected, got, strict=True))
    return expected == got


def _plain_record(record: object) -> dict[str, Any]:
    """A record's JSON form (the contract the labels describe)."""
    from courtparse.serialize import to_jsonable

    data = to_jsonable(record)
    return data if isinstance(data, dict) else {}


def _show(value: object) -> str:
    text = json.dumps(_plain(value), ensure_ascii=False, default=str)
    return text if len(text) <= 160 else text[:157] + "..."


# --- list pairing -----------------------------------------------------------------------


def _pair_lists(
    file: str,
    field: str,
    expected: Sequence[Any],
    got: Sequence[Any],
    *,
    key: Callable[[Any], object],
    got_key: Callable[[Any], object],
    agree: Callable[[Any, Any], str],
    show: Callable[[Any], str] = _show,
    show_got: Callable[[Any], str] = _show,
    ordered: bool = False,
) -> list[Check]:
    """Pair labeled and parsed items with equal keys; ``agree`` returns "" when a pair
    passes, else what differs."""
    if not expected and not got:
        return [Check(file, field, True, "empty as labeled")]
    pairs: list[tuple[int, int]] = []
    used_e: set[int] = set()
    used_g: set[int] = set()
    ek = [key(e) for e in expected]
    gk = [got_key(g) for g in got]
    if ordered:
        for i, j in _lcs(ek, gk):
            pairs.append((i, j))
            used_e.add(i)
            used_g.add(j)
    for i, k in enumerate(ek):
        if i in used_e:
            continue
        for j, kg in enumerate(gk):
            if j not in used_g and k == kg:
                pairs.append((i, j))
                used_e.add(i)
                used_g.add(j)
                break
    labeled = _distinct([show(e) for e in expected])
    extras = _distinct([f"extra {show_got(g)}" for j, g in enumerate(got) if j not in used_g])
    checks: list[Check] = []
    for i, j in sorted(pairs):
        why = agree(expected[i], got[j])
        checks.append(Check(file, field, not why, why and f"{show(expected[i])}: {why}", labeled[i]))
    checks.extend(
        Check(file, field, False, f"missed {show(e)}", labeled[i])
        for i, e in enumerate(expected)
        if i not in used_e
    )
    checks.extend(Check(file, field, False, extra, extra) for extra in extras)
    return checks


def _distinct(names: Sequence[str]) -> list[str]:
    """Names made unique by occurrence: a second "2016-04-22" becomes "2016-04-22 #2"."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return out


def _lcs(a: Sequence[object], b: Sequence[object]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence (first-match tie breaking)."""
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append((i, j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _keys_agree(expected: Mapping[str, Any], got: Mapping[str, Any], keys: Iterable[str]) -> str:
    bad = [
        f"{k} {_show(got.get(k))} != {_show(expected[k])}"
        for k in keys
        if k in expected and not same(expected[k], got.get(k))
    ]
    return "; ".join(bad)


# --- per field --------------------------------------------------------------------------


def entry_numbers(doc: Document) -> list[tuple[int, int | None]]:
    """Every docket entry the filing cites: caption "Re:" entries and every citation's."""
    out = [(e.number, e.attachment) for e in doc.caption.re]
    for citation in doc.docket_citations:
        out.extend((e.number, e.attachment) for e in citation.entries)
    return out


def _entry_key(value: object) -> tuple[int, int | None] | str:
    m = _ENTRY.match(str(value))
    if m is None:
        return str(value)
    att = m["attachment"]
    return (int(m["number"]), int(att) if att is not None else None)


def _show_entry(value: object) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}" if value[1] is None else f"{value[0]}-{value[1]}"
    return str(value)


def _object_checks(
    file: str, field: str, expected: object, got: Mapping[str, Any] | None, *, null_is_empty: bool
) -> list[Check]:
    """An object labeled key by key (ecf, court, signature), or labeled null. A parsed
    null fails every key of a labeled object (a stamp or court not found is not "right
    about its attachment"), except where null means "all null" (``signature``: nobody
    signs for the court, labeled ``{"judge": null}``)."""
    if expected is None:
        return [Check(file, field, got is None, "" if got is None else f"expected null, got {_show(got)}")]
    if not isinstance(expected, Mapping):
        return [Check(file, field, False, f"label is not an object: {_show(expected)}")]
    if got is None and not null_is_empty:
        return [Check(file, f"{field}.{k}", False, f"no {field} found") for k in expected]
    checks = []
    for k, want in expected.items():
        value = None if got is None else got.get(k)
        ok = same(want, value)
        checks.append(Check(file, f"{field}.{k}", ok, "" if ok else f"got {_show(value)}, expected {_show(want)}"))
    return checks


def _caption_checks(file: str, label: Mapping[str, Any], doc: Document) -> list[Check]:
    checks: list[Check] = []
    parsed = _plain_record(doc.caption)
    for k, want in label.items():
        field = f"caption.{k}"
        if k == "parties":
            checks += _pair_lists(
                file, field, want, doc.caption.parties,
                key=lambda e: norm(str(e.get("name", ""))),
                got_key=lambda g: norm(g.name),
                agree=lambda e, g: _keys_agree(e, {"name": g.name, "role": g.role, "et_al": g.et_al}, ("role", "et_al")),
                show_got=lambda g: _show({"name": g.name, "role": g.role, "et_al": g.et_al}),
            )
        elif k == "re":
            checks += _pair_lists(
                file, field, want, doc.caption.re,
                key=lambda e: (_as_number(e.get("number")), _as_number(e.get("attachment"))),
                got_key=lambda g: (g.number, g.attachment),
                agree=lambda e, g: "",
                show_got=lambda g: _show_entry((g.number, g.attachment)),
            )
        elif k in parsed and k != "title_span":
            ok = same(want, parsed[k])
            checks.append(Check(file, field, ok, "" if ok else f"got {_show(parsed[k])}, expected {_show(want)}"))
        else:
            checks.append(Check(file, field, False, "no comparison rule for this label key"))
    return checks


def _case_number_checks(file: str, label: Sequence[Mapping[str, Any]], doc: Document) -> list[Check]:
    parsed = [_plain_record(c) for c in doc.case_numbers]
    checks: list[Check] = []
    used: set[int] = set()
    for want in label:
        match = None
        for by in ("raw", "normalized"):
            if want.get(by) is None:
                continue
            match = next(
                (i for i, c in enumerate(parsed) if i not in used and same(want[by], c.get(by))), None
            )
            if match is not None:
                break
        name = want.get("raw") or want.get("normalized")
        if match is None:
            checks += [
                Check(file, f"case_numbers.{k}", False, f"no case number matches {_show(name)}", str(name))
                for k in want
            ]
            continue
        used.add(match)
        got = parsed[match]
        for k, value in want.items():
            ok = same(value, got.get(k))
            checks.append(
                Check(file, f"case_numbers.{k}", ok,
                      "" if ok else f"{name}: got {_show(got.get(k))}, expected {_show(value)}", str(name))
            )
    if not label:
        checks.append(Check(file, "case_numbers", True, "empty as labeled"))
    return checks


def _date_checks(file: str, label: Sequence[Mapping[str, Any]], doc: Document) -> list[Check]:
    full = [d for d in doc.dates if d.precision == "day"]

    def agree(e: Mapping[str, Any], g: DateMention) -> str:
        if "role" in e and not same(e["role"], g.role):
            return f"role {g.role!r} != {e['role']!r}"
        return ""

    return _pair_lists(
        file, "dates", label, full,
        key=lambda e: str(e.get("value")),
        got_key=lambda g: g.value.isoformat(),
        agree=agree,
        show_got=lambda g: _show({"value": g.value, "role": g.role, "text": g.text}),
        ordered=True,
    )


def _holdings_checks(file: str, label: Mapping[str, Any], doc: Document) -> list[Check]:
    checks: list[Check] = []
    passages = [norm(p.text) for p in (*doc.holdings.orders, *doc.holdings.rulings)]
    for k, want in label.items():
        field = f"holdings.{k}"
        if k.endswith("_mention"):
            for s in want:
                ok = any(norm(s) in p for p in passages)
                checks.append(Check(file, field, ok, "" if ok else f"no order or ruling contains {_show(s)}", _show(s)))
        elif k in ("so_ordered", "disposition"):
            got = getattr(doc.holdings, k)
            ok = same(want, got)
            checks.append(Check(file, field, ok, "" if ok else f"got {_show(got)}, expected {_show(want)}"))
        else:
            checks.append(Check(file, field, False, "no comparison rule for this label key"))
    return checks


def _footnote_checks(file: str, label: Sequence[Mapping[str, Any]], doc: Document) -> list[Check]:
    def agree(e: Mapping[str, Any], g: Any) -> str:
        start = e.get("text_starts")
        if start is not None and not norm(g.text).startswith(norm(str(start))):
            return f"text starts {_show(g.text[:80])}"
        return ""

    return _pair_lists(
        file, "footnotes", label, doc.footnotes,
        key=lambda e: norm(str(e.get("marker", ""))),
        got_key=lambda g: norm(g.marker),
        agree=agree,
        show_got=lambda g: _show({"marker": g.marker, "text": g.text[:60]}),
    )


def _defined_term_checks(file: str, label: Sequence[Mapping[str, Any]], doc: Document) -> list[Check]:
    return _pair_lists(
        file, "defined_terms", label, doc.defined_terms,
        key=lambda e: norm(str(e.get("short", ""))),
        got_key=lambda g: norm(g.short),
        agree=lambda e, g: _keys_agree(e, {"short": g.short, "full": g.full}, ("full",)),
        show_got=lambda g: _show({"short": g.short, "full": g.full}),
    )


def _text_layer_check(file: str, want: object, doc: Document) -> Check:
    if want is False:
        ok = any(_NO_TEXT_WARNING.search(w) for w in doc.warnings)
        return Check(file, "text_layer", ok, "" if ok else f"no warning says the text layer is missing: {_show(doc.warnings)}")
    ok = bool(doc.text.strip())
    return Check(file, "text_layer", ok, "" if ok else "body text is empty")


def score_document(
    doc: Document | None, label: Mapping[str, Any], file: str = "", error: str | None = None
) -> list[Check]:
    """Every check of one label against one parsed Document. ``doc`` None (the parse
    raised ``error``) fails every check the label lists."""
    if doc is None:
        empty = Document(source=None, pages=None, text="")
        return [
            Check(c.file, c.field, False, f"parse failed: {error or 'no document'}", c.key)
            for c in score_document(empty, label, file)
        ]
    checks: list[Check] = []
    text = norm(doc.text)
    parsed = _plain_record(doc)
    for k, want in label.items():
        if k == "pages":
            checks.append(Check(file, k, same(want, doc.pages), f"got {doc.pages}, expected {want}"))
        elif k == "text_layer":
            checks.append(_text_layer_check(file, want, doc))
        elif k in ("ecf", "court", "signature"):
            got = parsed[k]
            checks += _object_checks(
                file, k, want, got if isinstance(got, dict) else None, null_is_empty=k == "signature"
            )
        elif k == "caption":
            checks += _caption_checks(file, want, doc)
        elif k == "case_numbers":
            checks += _case_number_checks(file, want, doc)
        elif k == "document_type":
            ok = same(want, doc.document_type)
            checks.append(Check(file, k, ok, "" if ok else f"got {doc.document_type!r}, expected {want!r}"))
        elif k == "docket_entry_numbers":
            checks += _pair_lists(
                file, k, want, entry_numbers(doc),
                key=_entry_key, got_key=lambda g: g, agree=lambda e, g: "",
                show=lambda e: str(e), show_got=_show_entry,
            )
        elif k == "dates":
            checks += _date_checks(file, want, doc)
        elif k == "holdings":
            checks += _holdings_checks(file, want, doc)
        elif k == "footnotes":
            checks += _footnote_checks(file, want, doc)
        elif k == "defined_terms":
            checks += _defined_term_checks(file, want, doc)
        elif k == "text_contains":
            checks += [
                Check(file, k, norm(s) in text, "" if norm(s) in text else f"missing {_show(s)}", _show(s))
                for s in want
            ]
        elif k == "text_excludes":
            checks += [
                Check(file, k, norm(s) not in text, "" if norm(s) not in text else f"present {_show(s)}", _show(s))
                for s in want
            ]
        else:
            checks.append(Check(file, k, False, "no comparison rule for this label key"))
    return [c if not c.passed else replace(c, detail="") for c in checks]


# --- loading and summing ----------------------------------------------------------------


def load_label(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a label is a JSON object")
    return data


def label_paths(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.expected.json"))


def input_for(label_path: Path, suffix: str) -> Path:
    """``NAME.expected.json`` → ``NAME.pdf`` / ``NAME.txt``."""
    return label_path.with_name(label_path.name.removesuffix(".expected.json") + suffix)


def tally(checks: Iterable[Check]) -> Tally:
    items = list(checks)
    return Tally(sum(c.passed for c in items), len(items))


def by_field(checks: Iterable[Check]) -> dict[str, Tally]:
    groups: dict[str, list[Check]] = {}
    for c in checks:
        groups.setdefault(c.field, []).append(c)
    return {field: tally(items) for field, items in sorted(groups.items())}


def failures(checks: Iterable[Check]) -> list[str]:
    """One line per failed check, for assertion messages and --verbose."""
    return [f"{c.file}: {c.field}: {c.detail}" for c in checks if not c.passed]
