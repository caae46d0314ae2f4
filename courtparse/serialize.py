"""Records to the JSON contract and back, driven by the attrs field types.

One generic walk instead of a ``to_dict`` per class: a new field on a model is in
the JSON (and read back) without touching this module.
"""

from __future__ import annotations

import datetime as dt
import functools
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
