"""Records to the JSON contract and back, driven by the attrs field types.

One generic walk instead of a ``to_dict`` per class: a new field on a model is in
the JSON (and read back) without touching this module.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import types
import typing
from typing import Any, Union

import attrs


def to_jsonable(value: object) -> object:
    cls = type(value)
    if attrs.has(cls):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in attrs.fields(cls)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    import courtparse.models as models

    return typing.get_type_hints(cls, vars(models))


def from_jsonable(tp: Any, data: object) -> object:
    """Rebuild a value of type ``tp`` from its JSON form; unknown keys are ignored so
    records written by a newer courtparse still load."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_jsonable(options[0], data)
    if origin is typing.Literal:
        return data
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list | tuple):
            raise ValueError(f"expected a list for {tp}, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], v) for v in data)
        return tuple(from_jsonable(a, v) for a, v in zip(args, data, strict=True))
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, dict):
            raise ValueError(f"expected an object for {tp.__name__}, got {type(data).__name__}")
        hints = _hints(tp)
        kwargs = {
            f.name: from_jsonable(hints[f.name], data[f.name])
            for f in attrs.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    if tp is dt.date:
        if not isinstance(data, str):
            raise ValueError(f"expected an ISO date, got {data!r}")
        return dt.date.fromisoformat(data)
    if tp is float and isinstance(data, int):
        return float(data)
    return data


# A UTF-16 surrogate (U+D800-U+DFFF) is half of a pair, never a character by itself: no
# UTF-8 writer accepts one (issue 17: a ToUnicode map to U+D800 aborted a batch run).
SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


def valid_unicode(text: str) -> str:
    """``text`` with every surrogate pair joined into the character it encodes and every
    lone surrogate replaced by U+FFFD; ``text`` itself when it has none (the usual case,
    one regex scan)."""
    if SURROGATES.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def scrub_unicode(value: object) -> tuple[object, int]:
    """A JSON value (dicts, lists, strings) with ``valid_unicode`` applied to every
    string, keys included, and how many strings it changed."""
    if isinstance(value, str):
        fixed = valid_unicode(value)
        return fixed, int(fixed is not value)
    if isinstance(value, dict):
        out: dict[object, object] = {}
        changed = 0
        for k, v in value.items():
            key, n_key = scrub_unicode(k)
            val, n_val = scrub_unicode(v)
            out[key] = val
            changed += n_key + n_val
        return out, changed
    if isinstance(value, list | tuple):
        items = [scrub_unicode(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    return value, 0
