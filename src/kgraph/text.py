"""Chinese text primitives shared by every stage.

Full-width folding, Chinese numerals, the trie regex builder, and the one
reader of the ``#``-commented word lists and TSV tables (``ontology/``,
``src/kgraph/data/``). A leaf module: it imports nothing from kgraph.

A missing or malformed table is a :class:`TableError` naming the file, which
the command line turns into one line and exit status 2: a build that silently
ran without its aliases or titles would be wrong without saying so.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "HALFWIDTH",
    "TableError",
    "cn_number",
    "halfwidth",
    "in_order",
    "read_table",
    "read_words",
    "trie_regex",
]

# Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space:
# one code point for one, so offsets stay valid (NFKC would not keep them).
HALFWIDTH: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
HALFWIDTH[0x3000] = 0x20


def halfwidth(text: str) -> str:
    """``text`` with full-width ASCII made half-width; same length, same offsets."""
    return text.translate(HALFWIDTH)


def quote_open(text: str, at: int) -> bool:
    """Whether a “ opens before ``at`` that no ” closes (说过：“有一天我|当了厂长)."""
    return text.count("“", 0, at) > text.count("”", 0, at)


_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})


def cn_number(token: str) -> int:
    """A small number in Arabic or Chinese numerals: ``23``, ``二十三``, ``一九九八``."""
    if token.isascii():
        return int(token)
    if "十" not in token and "百" not in token:
        value = 0  # digit by digit, as years are written: 一九九八
        for char in token:
            value = value * 10 + _CN_DIGITS[char]
        return value
    total, digit = 0, 0
    for char in token:
        if char == "十":
            total += (digit or 1) * 10
            digit = 0
        elif char == "百":
            total += (digit or 1) * 100
            digit = 0
        else:
            digit = _CN_DIGITS[char]
    return total + digit


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, factored as a trie (fast in ``re``).

    An empty word list gives a pattern that matches nothing.
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            # Greedy: the longer form is tried first, the shorter one is the fallback.
            return f"(?:{body})?"
        return body

    return build(trie) if trie else r"(?!x)x"


def in_order(short: str, full: str) -> bool:
    """Every character of ``short`` occurs in ``full``, in order (进博会 in 中国国际进口博览会)."""
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


class TableError(Exception):
    """A data table is missing or malformed; the message names the file."""


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TableError(f"{path}: missing (set $KGRAPH_ONTOLOGY to the ontology folder)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TableError(f"{path}: unreadable: {error}") from None
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_words(path: Path) -> frozenset[str]:
    """A word list: one entry per line, ``#`` comment lines, blank lines ignored."""
    return frozenset(line.strip() for line in _lines(path))


def read_table(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """Rows of a TSV with ``#`` comment lines and a header naming at least ``columns``."""
    lines = _lines(path)
    if not lines:
        raise TableError(f"{path}: empty (expected a header with {', '.join(columns)})")
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = reader.fieldnames or []
    missing = [c for c in columns if c not in header]
    if missing:
        raise TableError(
            f"{path}: header lacks column(s) {', '.join(missing)} (has: {', '.join(header)})"
        )
    rows = []
    for number, row in enumerate(reader, start=2):
        if row.get(columns[0]) in (None, ""):
            raise TableError(f"{path}: data line {number} has no {columns[0]!r}")
        rows.append({k: (v or "").strip() for k, v in row.items() if k})
    return rows
