"""JSON Schema of the parse output, generated from the record classes.

A small converter from dataclass type hints (Literal, Optional, list, dict,
nested dataclasses) to JSON Schema draft 2020-12, so the published schema
follows records.py by construction.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from . import records

_ALIASES = {"for_": "for"}  # Python keyword fields and their JSON names


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if tp is Any:
        return {}
    if origin is Literal:
        values = list(get_args(tp))
        return {"enum": values}
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs) if len(args) == 1 else {"anyOf": [_type_schema(a, defs) for a in args]}
        if len(args) < len(get_args(tp)):
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if origin in (list, typing.List):
        (item,) = get_args(tp) or (Any,)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is tuple:
        return {"type": "array", "items": [_type_schema(a, defs) for a in get_args(tp)]}
    if origin in (dict, typing.Dict):
        return {"type": "object"}
    if typing.is_typeddict(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _typeddict_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        if tp is float:
            return {"type": "number"}
        return {"type": simple[tp]}
    return {}


def _dataclass_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(records))
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        name = _ALIASES.get(f.name, f.name)
        props[name] = _type_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(name)
    out: dict[str, Any] = {"type": "object", "properties": props}
    doc = cls.__doc__ or ""
    if doc and not doc.startswith(cls.__name__ + "("):  # skip dataclass's generated signature
        out["description"] = doc.strip().splitlines()[0]
    if required:
        out["required"] = required
    return out


def _typeddict_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """A TypedDict as a closed object. Requiredness is read from NotRequired[...] itself:
    under ``from __future__ import annotations`` Python 3.11 counts every key required."""
    hints = typing.get_type_hints(cls, vars(records), include_extras=True)
    props, required = {}, []
    for name, tp in hints.items():
        if get_origin(tp) is typing.NotRequired:
            (tp,) = get_args(tp)
        else:
            required.append(name)
        props[name] = _type_schema(tp, defs)
    out: dict[str, Any] = {"type": "object", "properties": props, "required": required,
                           "additionalProperties": False}
    if cls.__doc__:
        out["description"] = cls.__doc__.strip().splitlines()[0]
    return out


def _payload_schemas(defs: dict[str, Any]) -> None:
    """Change.before/after typed by the change's type (change_types.ChangeKind.payload):
    each payload type closed; the avenant's announcement (AnnouncementPayload, or the
    Amendment record) may stand in ``after`` only when the change was not found in the text."""
    from .change_types import CHANGE_TYPES

    closed = [records.Operation, records.Amendment, records.Edit]
    for cls in closed:
        _type_schema(cls, defs)
        defs[cls.__name__]["additionalProperties"] = False
    null = {"type": "null"}
    announced = [_type_schema(t, defs) for t in records.ANNOUNCEMENT_TYPES]
    by_payload: dict[str, list[str]] = {}
    for k in CHANGE_TYPES:
        by_payload.setdefault(k.payload, []).append(k.name)
    every = []
    change = defs["Change"]
    for payload, names in by_payload.items():
        own = _type_schema(records.PAYLOAD_TYPES[payload], defs)
        every.append(own)
        change.setdefault("allOf", []).append({
            "if": {"properties": {"type": {"enum": names}}},
            "then": {"properties": {"before": {"anyOf": [own, null]},
                                    "after": {"anyOf": [own, null] + announced}}}})
        change["allOf"].append({
            "if": {"properties": {"type": {"enum": names}, "status": {"enum": ["applied", "undeclared"]}}},
            "then": {"properties": {"after": {"anyOf": [own, null]}}}})
        # a figure says its unit (Change.unit); nothing else has one
        figure = records.PAYLOAD_TYPES[payload] in (int, float)
        change["allOf"].append({
            "if": {"properties": {"type": {"enum": names}, "status": {"enum": ["applied", "undeclared"]}}},
            "then": {"properties": {"unit": {"type": "string", "minLength": 1} if figure else null}}})
    unique = list({repr(s): s for s in every + announced}.values())
    for side in ("before", "after"):
        change["properties"][side] = {"anyOf": unique + [null]}


def parse_output_schema(rules=None) -> dict[str, Any]:
    """``rules``: the RuleSet the output was parsed with (default: the shipped one); the
    kinds its families name are Part.kind's values, each typed by the metadata it reads."""
    from .rules import load_rules, part_kinds

    defs: dict[str, Any] = {}
    root = _dataclass_schema(records.ParseResult, defs)
    kinds = part_kinds(rules or load_rules())
    defs["Part"]["properties"]["kind"] = {"enum": list(kinds)}
    # Part.metadata is typed by kind: a key no metadata class declares is an error, so a
    # field added in code but not in records.py cannot slip out unpublished.
    refs = []
    for kind, cls in records.METADATA_OF_KIND.items():
        _type_schema(cls, defs)
        defs[cls.__name__]["additionalProperties"] = False
        ref = {"$ref": f"#/$defs/{cls.__name__}"}
        refs.append(ref)
    for kind, reads in kinds.items():
        if reads:
            ref = {"$ref": f"#/$defs/{records.METADATA_OF_KIND[reads].__name__}"}
            defs["Part"].setdefault("allOf", []).append(
                {"if": {"properties": {"kind": {"const": kind}}}, "then": {"properties": {"metadata": ref}}})
    defs["Part"]["properties"]["metadata"] = {"anyOf": refs + [{"type": "object", "maxProperties": 0}]}
    root["required"] = ["schema_version", "source", "parts", "warnings"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://convention-parser.invalid/schema/parse/1",
        "title": "convention-parser parse output",
        **root,
        "$defs": defs,
    }


def diff_output_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _dataclass_schema(records.DiffResult, defs)
    _payload_schemas(defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "convention-parser diff output", **root, "$defs": defs}
