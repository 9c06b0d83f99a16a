"""An on-disk cache of per-document extractions, for incremental builds.

Extraction is a pure function of the document (its id, its original text and
the date it is read against) and of the extractor (code version, model, tables
and the layout of the records), so its result is stored under a hash of exactly
those: changing one file of a thousand re-extracts that file only.

An entry is data, never code: JSON, written atomically, in two lines —

* a header: ``{"kgraph-cache": 1, "key": …, "schema": …, "bytes": …, "sha256": …}``
  (the format version, the entry's own key, the fingerprint of the record layout,
  and the size and SHA-256 of the payload);
* the payload: the :class:`~kgraph.records.DocumentExtraction`, each record a JSON
  list of its fields in declaration order.

The (de)serialiser is derived from ``dataclasses.fields`` and the type hints of
the records, so a field added to a record is stored and read back without
touching this file (and the changed layout changes every key). Reading checks
the header, the checksum and every value's type; an entry that does not verify
(damaged, foreign, an old pickle) is ignored with one warning and re-extracted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import types
import typing
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path

from kgraph import __version__
from kgraph.fileio import printable, write_atomic
from kgraph.records import Document, DocumentExtraction

__all__ = ["CacheFormatError", "ExtractionCache", "decode", "encode", "schema_fingerprint"]

FORMAT_VERSION = 1
SUFFIX = ".json"
MAX_WARNINGS = 5


class CacheFormatError(ValueError):
    """A cache entry that does not verify."""


# ---------------------------------------------------------------- a typed JSON codec


Encoder = Callable[[object], object]
Decoder = Callable[[object], object]


def _fail(expected: str, value: object) -> typing.NoReturn:
    raise CacheFormatError(f"expected {expected}, found {type(value).__name__}")


def _scalar(kind: type) -> tuple[Encoder, Decoder, str]:
    def decode_scalar(value: object) -> object:
        if type(value) is kind or (kind is float and type(value) is int):
            return value
        _fail(kind.__name__, value)

    return (lambda value: value), decode_scalar, kind.__name__


def _none() -> tuple[Encoder, Decoder, str]:
    def decode_none(value: object) -> object:
        if value is None:
            return None
        _fail("null", value)

    return (lambda value: None), decode_none, "None"


def _any() -> tuple[Encoder, Decoder, str]:
    # Unknown or ``object`` hints: plain JSON values (json.dumps rejects anything else).
    return (lambda value: value), (lambda value: value), "object"


def _array() -> tuple[Encoder, Decoder, str]:
    def encode_array(value: object) -> object:
        assert isinstance(value, array)
        return [value.typecode, value.tolist()]

    def decode_array(value: object) -> object:
        if not (isinstance(value, list) and len(value) == 2 and type(value[0]) is str):
            _fail("[typecode, items]", value)
        try:
            return array(value[0], value[1])
        except (TypeError, ValueError, OverflowError) as error:
            raise CacheFormatError(f"bad array: {error}") from None

    return encode_array, decode_array, "array"


def _sequence(kind: type, item: tuple[Encoder, Decoder, str]) -> tuple[Encoder, Decoder, str]:
    encode_item, decode_item, name = item

    def encode_sequence(value: object) -> object:
        assert isinstance(value, (list, tuple, set, frozenset))
        items = [encode_item(v) for v in value]
        if kind in (set, frozenset):
            items.sort(key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        return items

    def decode_sequence(value: object) -> object:
        if not isinstance(value, list):
            _fail("a list", value)
        return kind(decode_item(v) for v in value)

    suffix = ",..." if kind is tuple else ""
    return encode_sequence, decode_sequence, f"{kind.__name__}[{name}{suffix}]"


def _fixed_tuple(items: list[tuple[Encoder, Decoder, str]]) -> tuple[Encoder, Decoder, str]:
    def encode_tuple(value: object) -> object:
        assert isinstance(value, tuple)
        return [enc(v) for (enc, _, _), v in zip(items, value, strict=True)]

    def decode_tuple(value: object) -> object:
        if not isinstance(value, list) or len(value) != len(items):
            _fail(f"a list of {len(items)}", value)
        return tuple(dec(v) for (_, dec, _), v in zip(items, value, strict=True))

    return encode_tuple, decode_tuple, f"tuple[{','.join(n for _, _, n in items)}]"


def _mapping(
    key: tuple[Encoder, Decoder, str], item: tuple[Encoder, Decoder, str]
) -> tuple[Encoder, Decoder, str]:
    encode_key, decode_key, key_name = key
    encode_item, decode_item, item_name = item

    def encode_mapping(value: object) -> object:
        assert isinstance(value, dict)
        return [[encode_key(k), encode_item(v)] for k, v in value.items()]

    def decode_mapping(value: object) -> object:
        if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2 for pair in value
        ):
            _fail("a list of pairs", value)
        return {decode_key(k): decode_item(v) for k, v in value}

    return encode_mapping, decode_mapping, f"dict[{key_name},{item_name}]"


def _union(options: list[tuple[Encoder, Decoder, str]], hints: tuple) -> tuple:
    # ``X | None`` (the only unions the records use) and small unions of distinct kinds.
    def pick(value: object) -> int:
        for index, hint in enumerate(hints):
            origin = typing.get_origin(hint) or hint
            if hint is type(None) and value is None:
                return index
            if isinstance(origin, type) and origin is not type(None) and isinstance(value, origin):
                return index
        raise TypeError(f"{type(value).__name__} is none of {hints}")

    def encode_union(value: object) -> object:
        index = pick(value)
        if len(options) == 2 and type(None) in hints:
            return options[index][0](value)
        return [index, options[index][0](value)]

    def decode_union(value: object) -> object:
        if len(options) == 2 and type(None) in hints:
            if value is None:
                return None
            other = next(o for o, h in zip(options, hints) if h is not type(None))
            return other[1](value)
        if not (isinstance(value, list) and len(value) == 2 and type(value[0]) is int):
            _fail("[option, value]", value)
        if not 0 <= value[0] < len(options):
            raise CacheFormatError("bad union option")
        return options[value[0]][1](value[1])

    return encode_union, decode_union, "|".join(n for _, _, n in options)


_PLANS: dict[object, tuple[Encoder, Decoder, str]] = {}


def _plan(hint: object) -> tuple[Encoder, Decoder, str]:
    """Encoder, decoder and a schema description for a type hint."""
    if hint in _PLANS:
        return _PLANS[hint]
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass_plan(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    plan: tuple[Encoder, Decoder, str]
    if hint in (str, int, float, bool):
        plan = _scalar(hint)
    elif hint is type(None) or hint is None:
        plan = _none()
    elif hint is array:
        plan = _array()
    elif origin in (types.UnionType, typing.Union):
        plan = _union([_plan(a) for a in args], args)
    elif origin in (list, set, frozenset) and len(args) == 1:
        plan = _sequence(origin, _plan(args[0]))
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        plan = _sequence(tuple, _plan(args[0]))
    elif origin is tuple and args:
        plan = _fixed_tuple([_plan(a) for a in args])
    elif origin is dict and len(args) == 2:
        plan = _mapping(_plan(args[0]), _plan(args[1]))
    else:
        plan = _any()
    _PLANS[hint] = plan
    return plan


def _scalar_types(hint: object) -> frozenset[type] | None:
    """The exact JSON value types a scalar hint (``int``, ``str | None``, …) accepts."""
    if hint in (str, int, bool):
        return frozenset({hint})
    if hint is float:
        return frozenset({float, int})
    if hint is type(None) or hint is None:
        return frozenset({type(None)})
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        parts = [_scalar_types(arg) for arg in typing.get_args(hint)]
        if all(part is not None for part in parts):
            return frozenset().union(*parts)  # type: ignore[arg-type]
    return None


def _dataclass_plan(cls: type) -> tuple[Encoder, Decoder, str]:
    # Registered before its fields are planned, so a record may (indirectly) contain itself.
    plans: list[tuple[Encoder, Decoder, str]] = []
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    description: list[str] = []
    # A record of scalars only (Mention, Sentence, Evidence: most of an extraction) is
    # checked field by field against its types and built at once.
    scalars: list[tuple[frozenset[type], ...]] = []

    def encode_record(value: object) -> object:
        if type(value) is not cls:
            raise TypeError(f"expected {cls.__name__}, found {type(value).__name__}")
        return [enc(getattr(value, name)) for name, (enc, _, _) in zip(names, plans)]

    def decode_record(value: object) -> object:
        if type(value) is not list or len(value) != len(names):
            _fail(f"{cls.__name__} ({len(names)} fields)", value)
        if scalars:
            for item, accepted in zip(value, scalars[0]):
                if type(item) not in accepted:
                    raise CacheFormatError(
                        f"{cls.__name__}: found {type(item).__name__} where "
                        f"{'/'.join(sorted(t.__name__ for t in accepted))} belongs"
                    )
            return cls(*value)
        try:
            return cls(*[dec(v) for (_, dec, _), v in zip(plans, value)])
        except CacheFormatError as error:
            raise CacheFormatError(f"{cls.__name__}: {error}") from None

    _PLANS[cls] = (encode_record, decode_record, cls.__name__)
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    for name in names:
        plans.append(_plan(hints[name]))
        description.append(f"{name}:{plans[-1][2]}")
    accepted = [_scalar_types(hints[name]) for name in names]
    if all(a is not None for a in accepted):
        scalars.append(tuple(a for a in accepted if a is not None))
    _SCHEMAS[cls] = f"{cls.__module__}.{cls.__qualname__}({','.join(description)})"
    return _PLANS[cls]


_SCHEMAS: dict[type, str] = {}


def encode(record: object) -> object:
    """A dataclass record as plain JSON values (lists in field order)."""
    return _plan(type(record))[0](record)


def decode(cls: type, value: object) -> object:
    """The record of type ``cls`` that :func:`encode` gave ``value``; checks every type."""
    return _plan(cls)[1](value)


@cache
def schema_fingerprint(cls: type = DocumentExtraction) -> str:
    """A hash of the layout of ``cls`` and of every record it contains."""
    _plan(cls)
    seen: set[type] = set()
    todo = [cls]
    while todo:
        record = todo.pop()
        if record in seen:
            continue
        seen.add(record)
        hints = typing.get_type_hints(record, vars(sys.modules[record.__module__]))
        stack = list(hints.values())
        while stack:
            hint = stack.pop()
            if dataclasses.is_dataclass(hint) and isinstance(hint, type):
                todo.append(hint)
            stack.extend(typing.get_args(hint))
    text = "\n".join(sorted(_SCHEMAS[record] for record in seen))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# ---------------------------------------------------------------- the cache


@cache
def _extractor_fingerprint() -> str:
    """The code version, the extractor version, the record layout and the bytes of the
    shipped model, tables and code."""
    from kgraph.extract import EXTRACTOR_VERSION
    from kgraph.lexicons import ontology_dir

    digest = hashlib.sha256(f"{__version__}/{EXTRACTOR_VERSION}".encode())
    digest.update(f"/json{FORMAT_VERSION}/{schema_fingerprint()}".encode())
    package = Path(__file__).parent
    data = package / "data"
    # (the extraction's own code too: a rule changed without a version bump is no stale hit)
    code = [*package.glob("*.py"), *(package / "extract").glob("*.py")]
    for path in sorted([*data.glob("*"), *ontology_dir().glob("*.tsv"), *code]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _stderr(message: str) -> None:
    print(printable(message), file=sys.stderr)


class ExtractionCache:
    def __init__(self, folder: str | Path, warn: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self.rejected = 0  # entries that did not verify
        self.warn = warn or _stderr
        self._warnings = 0

    def key(self, document: Document) -> str:
        digest = hashlib.sha256(_extractor_fingerprint().encode())
        for part in (document.id, document.date or "", document.today or "", document.raw):
            digest.update(part.encode("utf-8", errors="surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def _warn(self, message: str) -> None:
        self._warnings += 1
        if self._warnings <= MAX_WARNINGS:
            self.warn(message)
        if self._warnings == MAX_WARNINGS:
            self.warn("kgraph: warning: further cache problems are not reported")

    def get(self, document: Document) -> DocumentExtraction | None:
        key = self.key(document)
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as error:
            self.misses += 1
            self._warn(f"kgraph: warning: cannot read cache entry {path}: {error.strerror}")
            return None
        try:
            found = self._verify(data, key, document)
        except (CacheFormatError, ValueError, TypeError, RecursionError) as error:
            self.misses += 1
            self.rejected += 1
            reason = " ".join(str(error).split())[:120]
            self._warn(
                f"kgraph: warning: ignoring cache entry {path} ({reason}); re-extracting "
                f"{document.id}"
            )
            return None
        self.hits += 1
        return found

    @staticmethod
    def _verify(data: bytes, key: str, document: Document) -> DocumentExtraction:
        head, newline, payload = data.partition(b"\n")
        if not newline:
            raise CacheFormatError("not a kgraph cache entry")
        try:
            header = json.loads(head.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise CacheFormatError("not a kgraph cache entry") from None
        if not isinstance(header, dict) or header.get("kgraph-cache") != FORMAT_VERSION:
            raise CacheFormatError("not a kgraph cache entry of this version")
        if header.get("key") != key or header.get("schema") != schema_fingerprint():
            raise CacheFormatError("stored under another key")
        if header.get("bytes") != len(payload):
            raise CacheFormatError("truncated")
        if header.get("sha256") != hashlib.sha256(payload).hexdigest():
            raise CacheFormatError("checksum mismatch")
        value = json.loads(payload.decode("utf-8", errors="surrogatepass"))
        found = decode(DocumentExtraction, value)
        assert isinstance(found, DocumentExtraction)
        if found.doc != document.id:
            raise CacheFormatError("the entry is for another document")
        return found

    def put(self, document: Document, extraction: DocumentExtraction) -> None:
        key = self.key(document)
        try:
            payload = json.dumps(
                encode(extraction), ensure_ascii=False, separators=(",", ":")
            ).encode("utf-8", errors="surrogatepass")
        except (TypeError, ValueError) as error:
            self._warn(f"kgraph: warning: cannot cache the extraction of {document.id}: {error}")
            return
        header = {
            "kgraph-cache": FORMAT_VERSION,
            "key": key,
            "schema": schema_fingerprint(),
            "bytes": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        }
        try:
            write_atomic(self._path(key), json.dumps(header).encode() + b"\n" + payload)
        except OSError as error:
            self._warn(f"kgraph: warning: cannot write the cache in {self.folder}: {error}")
