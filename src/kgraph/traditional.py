"""Traditional Chinese: read as Simplified, quoted as written.

Files from Hong Kong and Taiwan (Big5, or UTF-8 in Traditional characters) name
the same people and bodies as the mainland press (錢其琛 is 钱其琛), but the
lexicons and the tagger know the Simplified forms. A document whose text is
mostly Traditional (:func:`is_traditional`: the share of its Chinese characters
that OpenCC's ``t2s`` changes) is converted for extraction, one character for one
character (:func:`to_simplified`), so ``Document.text`` keeps its length and every
offset into ``Document.raw`` stays exact; ``Document.raw`` keeps the file as
written, and :func:`as_written` gives back the original form of any piece of the
text (the sentence quoted as evidence).

The character table comes from OpenCC (the ``opencc`` wheel, its ``t2s`` and,
for the few Hong Kong variants ``t2s`` leaves, ``hk2s`` configurations), by
converting each character alone. A phrase conversion (乾隆 stays 乾隆, where the
character table would give 干隆) is applied only where it keeps every character
in place: same length, and a changed character only where a Traditional one stood.
"""

from __future__ import annotations

import re
from functools import cache

from kgraph.records import Document, Sentence

__all__ = ["TRADITIONAL_SHARE", "as_written", "is_traditional", "to_simplified"]

# A document is Traditional when this share of its Chinese characters are ones
# t2s changes; Simplified texts stay under 1 % (the seeds: 0.01 %), Traditional ones
# are near 40 % (the seeds converted by OpenCC).
TRADITIONAL_SHARE = 0.08
_SAMPLE = 200_000  # characters looked at to decide
_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x2F800, 0x2FA1F),
)
_NOT_CJK = re.compile("[^" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]+")
# Characters of every Traditional text of some length (all of them in the t2s table):
# a text with none of them is not Traditional, and OpenCC need not be loaded to know.
_COMMON_TRADITIONAL = re.compile(
    "[們個這說會國為時來對發學經與過後還動實現開關於長問題點進東車門見書電話間無麼樣區員產業義應當"
    "從頭總體機構將華務]"
)
_PIECE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]*")  # phrase conversion works piece by piece


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config + ".json")


@cache
def _tables() -> tuple[dict[int, int], dict[int, int]]:
    """Traditional -> Simplified character, where OpenCC gives exactly one: all of them,
    and those only ``hk2s`` knows (which the ``t2s`` phrase conversion leaves)."""
    chars = [chr(cp) for a, b in _CJK_RANGES for cp in range(a, b + 1)]
    table: dict[int, int] = {}
    extras: dict[int, int] = {}
    for config in ("t2s", "hk2s"):  # t2s first: hk2s only adds the variants it leaves (衞, 敍)
        converted = _converter(config).convert("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # never seen; the table is then t2s's alone
            continue
        for before, after in zip(chars, converted):
            if after != before and len(after) == 1 and ord(before) not in table:
                table[ord(before)] = ord(after)
                if config != "t2s":
                    extras[ord(before)] = ord(after)
    return table, extras


def _table() -> dict[int, int]:
    return _tables()[0]


@cache
def _traditional_chars() -> frozenset[str]:
    """The characters of :func:`_table`, as a set: ``isdisjoint`` tests a span for any of
    them some thirty times faster than the regex class, which (holding characters past
    U+FFFF) the regex engine checks against its members one by one."""
    return frozenset(map(chr, _table()))


@cache
def _extras_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(map(chr, _tables()[1]))) + "]")


@cache
def _deletions() -> dict[int, None]:
    return dict.fromkeys(_table())


def is_traditional(text: str) -> bool:
    """Is ``text`` written in Traditional characters (by the share of those in a sample)?"""
    sample = text[:_SAMPLE]
    if not _COMMON_TRADITIONAL.search(sample):
        return False
    chinese = len(_NOT_CJK.sub("", sample))
    if not chinese:
        return False
    traditional = len(sample) - len(sample.translate(_deletions()))
    return traditional >= TRADITIONAL_SHARE * chinese


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters, of the same length, character for character."""
    table = _table()
    simplified = text.translate(table)
    if simplified == text:
        return text
    phrases = _converter("t2s")
    pieces: list[str] = []
    for match in _PIECE.finditer(text):
        piece = match.group()
        if not piece:
            continue
        by_char = simplified[match.start() : match.end()]
        if by_char == piece:
            pieces.append(piece)
            continue
        by_phrase = phrases.convert(piece)
        if by_phrase != by_char and _aligned(piece, by_phrase, table):
            pieces.append(by_phrase)
        else:
            pieces.append(by_char)
    result = "".join(pieces)
    if len(result) != len(text):
        return simplified
    extras = _tables()[1]  # the variants t2s leaves (衞): never part of one of its phrases
    if _extras_pattern().search(result):
        result = result.translate(extras)
    return result


def _aligned(original: str, converted: str, table: dict[int, int]) -> bool:
    """Did a phrase conversion keep every character in place?"""
    return len(converted) == len(original) and all(
        after == before or ord(before) in table for before, after in zip(original, converted)
    )


def as_written(document: Document, sentence: Sentence) -> str:
    """The text of ``sentence`` with each converted character back in its form in the file.

    A character the conversion left alone, or that the cleaning made up (a line
    break, a glue space, the character of an entity), is the text's own.
    """
    start = sentence.clean_start
    end = start + len(sentence.text)
    text = document.text[start:end]
    if start >= end:
        return text
    raw, offsets = document.raw, document.offsets
    first, last = offsets[start], offsets[end - 1] + 1
    if first >= last or _traditional_chars().isdisjoint(raw[first:last]):
        return text  # nothing Traditional was written there: nothing was converted
    table = _table()
    chars = list(text)
    for index, char in enumerate(chars):
        original = raw[offsets[start + index]]
        if original != char and ord(original) in table:
            chars[index] = original
    return "".join(chars)
