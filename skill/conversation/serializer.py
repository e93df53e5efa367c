"""The SDK's serializer, with its request walk and its response walk made fast.

``DefaultSerializer`` turns a request body into ``ask_sdk_model`` objects by walking type
names: on every field of every request it matches the name against regular expressions,
imports the class by name, rebuilds the class's attribute map, and parses the timestamp
with ``dateutil``. That walk was the largest single cost of a request (over a third of
the web app's time, profiled under load). Here each type name is resolved once, into a
plan kept for the process, and ISO timestamps go through ``datetime.fromisoformat``
first. The objects built, and the errors raised, are the SDK's own: a test compares the
two walks on every kind of request we receive and on malformed ones.

Serializing a response, the SDK rebuilds each model's key map on every object; here each
model class gets its (attribute, key) pairs once. The JSON is the SDK's, key for key and
in the same order: a test compares the two on every kind of answer the skill gives.
"""

from __future__ import annotations

import decimal
import json
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer

Walk = Callable[[Any], Any]

_LIST = re.compile(r"list\[(.*)\]")
_DICT = re.compile(r"dict\(([^,]*), (.*)\)")


class ModelSerializer(DefaultSerializer):
    """``DefaultSerializer`` with a planned request walk and a planned response walk."""

    def serialize(self, obj: Any) -> Any:
        return _serialized(obj)

    def deserialize(self, payload: str | None, obj_type: Any) -> Any:
        if payload is None:
            return None
        try:
            parsed = json.loads(payload)
        except Exception as error:
            raise SerializationException(
                f"Couldn't parse response body: {payload}") from error
        return self.from_parsed(parsed, obj_type)

    def from_parsed(self, payload: Any, obj_type: Any) -> Any:
        """The objects of an already-parsed body (the Alexa endpoint parses a body once)."""
        return _walk_for(obj_type)(payload)


def _walk_for(obj_type: Any) -> Walk:
    if isinstance(obj_type, str):
        return _walk_for_name(obj_type)
    return _walk_for_class(obj_type)


@cache  # type names are the model's own: a bounded set
def _walk_for_name(name: str) -> Walk:
    if name.startswith("list["):
        found = _LIST.match(name)
        if found is None:
            return lambda payload: None if payload is None else []
        inner = found.group(1)
        if "," in inner:
            walks = [_walk_for_name(part.strip()) for part in inner.split(",")]
            return lambda payload: None if payload is None else [
                walk(item) for item, walk in zip(payload, walks, strict=False)]
        each = _walk_for_name(inner.strip())
        return lambda payload: None if payload is None else [each(item) for item in payload]
    if name.startswith("dict("):
        found = _DICT.match(name)
        if found is None:
            return lambda payload: None if payload is None else {}
        value = _walk_for_name(found.group(2))
        return lambda payload: None if payload is None else {
            key: value(item) for key, item in payload.items()}
    native = DefaultSerializer.NATIVE_TYPES_MAPPING.get(name)
    return _walk_for_class(native if native is not None else _class_named(name))


def _class_named(name: str) -> Any:
    try:
        module_name, _, class_name = name.rpartition(".")
        if not module_name:  # as the SDK does: a bare name is looked up beside its serializer
            return getattr(sys.modules[DefaultSerializer.__module__], class_name)
        return getattr(__import__(module_name, fromlist=[class_name]), class_name)
    except Exception as error:
        raise SerializationException(
            f"Unable to resolve class {name} from installed modules: {error}") from error


@cache
def _walk_for_class(obj_type: Any) -> Walk:
    if obj_type in DefaultSerializer.PRIMITIVE_TYPES:
        return _primitive(obj_type)
    if obj_type is object:
        return lambda payload: payload
    if obj_type is date or obj_type is datetime:
        return _timestamp(obj_type)
    return _model(obj_type)


def _primitive(obj_type: Any) -> Walk:
    def walk(payload: Any) -> Any:
        if payload is None:
            return None
        try:
            return obj_type(payload)
        except UnicodeEncodeError:
            return str(payload)
        except TypeError:
            return payload
        except ValueError as error:
            raise SerializationException(
                f"Failed to parse {payload} into '{obj_type.__name__}' object") from error
    return walk


def _timestamp(obj_type: Any) -> Walk:
    def walk(payload: Any) -> Any:
        if payload is None:
            return None
        try:
            parsed = _iso_timestamp(payload)
        except ValueError as error:
            raise SerializationException(
                f"Failed to parse {payload} into '{obj_type.__name__}' object") from error
        return parsed.date() if obj_type is date else parsed
    return walk


def _iso_timestamp(payload: Any) -> datetime:
    """Alexa's timestamps are ISO 8601 ("2026-12-02T03:33:22Z"): the standard library reads
    them fast; anything else goes to ``dateutil``, as in the SDK."""
    if isinstance(payload, str):
        try:
            parsed = datetime.fromisoformat(payload)
        except ValueError:
            pass
        else:
            return _with_dateutil_zone(parsed)
    from dateutil.parser import parse

    result: datetime = parse(payload)
    return result


def _with_dateutil_zone(parsed: datetime) -> datetime:
    """The zone ``dateutil`` gives the same text: UTC as ``tzutc()``, an offset as
    ``tzoffset``, so the objects equal the SDK's in every attribute."""
    offset = parsed.utcoffset()
    if offset is None:
        return parsed
    from dateutil import tz

    zone = tz.tzutc() if not offset else tz.tzoffset(None, offset.total_seconds())
    return parsed.replace(tzinfo=zone)


def _model(obj_type: Any) -> Walk:
    if isinstance(obj_type, type) and issubclass(obj_type, Enum):
        return _refusing(obj_type)
    if not hasattr(obj_type, "deserialized_types"):
        return lambda payload: payload
    if hasattr(obj_type, "get_real_child_model"):
        def by_discriminator(payload: Any) -> Any:
            child = obj_type.get_real_child_model(payload)
            if not child:
                raise SerializationException(
                    f"Couldn't resolve object by discriminator type for {obj_type} class")
            return _fields_of(_class_named(child))(payload)
        return _refusing(by_discriminator)
    return _refusing(_fields_of(obj_type))


def _refusing(build: Callable[[Any], Any]) -> Walk:
    """A model's walk: nothing for nothing, and any failure refused as the SDK refuses it
    (a ``SerializationException`` with the failure's message, at every model level)."""
    def walk(payload: Any) -> Any:
        if payload is None:
            return None
        try:
            return build(payload)
        except Exception as error:
            raise SerializationException(str(error)) from error
    return walk


@cache
def _fields_of(obj_type: Any) -> Walk:
    """The walk of one model class: its fields, each with the walk of its type."""
    types = obj_type.deserialized_types
    attribute_map = dict(getattr(obj_type, "attribute_map", {}))
    attribute_map.update({k: k for k in types if k not in attribute_map})
    fields = [(name, key, _lazy(types[name])) for name, key in attribute_map.items()]
    known = attribute_map.values()  # a view, as the SDK tests it (a set would refuse lists)

    def build(payload: Any) -> Any:
        made = obj_type()
        for name, key, walk in fields:
            if key in payload:
                setattr(made, name, walk()(payload[key]))
        for extra in payload:
            if extra not in known:
                setattr(made, extra, payload[extra])
        return made
    return build


def _lazy(type_name: Any) -> Callable[[], Walk]:
    """A field's walk, planned on first use (models refer to each other in cycles)."""
    found: list[Walk] = []

    def walk() -> Walk:
        if not found:
            found.append(_walk_for(type_name))
        return found[0]
    return walk


# --- responses: objects to JSON-ready data -----------------------------------------------

_AS_IS = frozenset({str, int, bool, float, bytes})  # the SDK's primitive types, exactly


def _serialized(obj: Any) -> Any:
    """What ``DefaultSerializer.serialize`` returns for ``obj``, checked in its order."""
    if obj is None:
        return None
    kind = type(obj)
    if kind in _AS_IS:
        return obj
    keys = _model_keys.get(kind)
    if keys is not None:
        out = {}
        for attribute, key in keys:
            value = getattr(obj, attribute)
            if value is not None:
                out[key] = _serialized(value)
        return out
    if isinstance(obj, DefaultSerializer.PRIMITIVE_TYPES):  # a subclass: an int enum, say
        return obj
    if isinstance(obj, list):
        return [_serialized(item) for item in obj]
    if isinstance(obj, tuple):
        return tuple(_serialized(item) for item in obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, decimal.Decimal):
        return int(obj) if obj % 1 == 0 else float(obj)
    if isinstance(obj, dict):
        return {key: _serialized(value) for key, value in obj.items()}
    _model_keys[kind] = _keys_of(obj)
    return _serialized(obj)


# model class -> its (attribute, JSON key) pairs, in the order the SDK writes them
_model_keys: dict[type, tuple[tuple[str, str], ...]] = {}


def _keys_of(obj: Any) -> tuple[tuple[str, str], ...]:
    attribute_map = getattr(obj, "attribute_map", {})
    types = obj.deserialized_types  # as in the SDK: an object without them cannot be written
    return tuple((name, attribute_map.get(name, name)) for name in types)
