"""A character-level CRF tagger for persons, organisations and places.

The model (``kgraph/data/ner.crfsuite``) is a linear-chain CRF over characters
with BIOES labels, trained by ``scripts/train_ner.py`` on the People's Daily,
MSRA and CLUENER corpora. Each character is described by the characters and
character bigrams around it, its character class, the position and part of
speech of the jieba word that contains it (from ``rjieba``, the Rust port, so
the hot path stays fast) and small gazetteer flags (surnames, organisation and
place suffixes) read from data files beside the model.

Full-width ASCII (U+FF01-U+FF5E) and the ideographic space are folded to ASCII
one code point for one, both here and in training, so offsets never move.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

import pycrfsuite
import rjieba

from kgraph.records import Mention
from kgraph.segment import cut_long
from kgraph.text import halfwidth, read_words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_MODEL = DATA_DIR / "ner.crfsuite"

# corpus label -> kgraph entity type
LABEL_TYPES: dict[str, str] = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}

# Chunks longer than this are cut (at a comma when there is one) so that the
# tagger's memory and the jieba lattice stay bounded on unsegmented input.
MAX_CHUNK = 256
_SENTENCE_END = re.compile(r"[。！？!?；;\n\r]+[”’」』）)]*")
_CLAUSE_END = re.compile(r"[，,、：:\s]")

SURNAMES = read_words(DATA_DIR / "ner_surnames.txt")
ORG_SUFFIXES = read_words(DATA_DIR / "ner_org_suffixes.txt")
PLACE_SUFFIXES = read_words(DATA_DIR / "ner_place_suffixes.txt")
_SUFFIX_LENGTHS = sorted({len(w) for w in ORG_SUFFIXES | PLACE_SUFFIXES}, reverse=True)

_HAN_DIGITS = frozenset("〇零一二三四五六七八九十百千万亿两")


def _char_class(char: str) -> str:
    if char.isdigit():
        return "d"
    if char.isascii() and char.isalpha():
        return "a"
    if char in _HAN_DIGITS:
        return "n"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "h"
    if char.isspace():
        return "s"
    if char.isalpha():
        return "o"  # other scripts: kana, hangul, Cyrillic, …
    return "p"


@cache
def _class_of(char: str) -> str:
    return _char_class(char)


def _suffix_flag(word: str) -> str:
    """'o', 'l', 'ol' or '' after the longest organisation/place suffix of ``word``."""
    flag = ""
    for length in _SUFFIX_LENGTHS:
        if length <= len(word):
            tail = word[-length:]
            if tail in ORG_SUFFIXES:
                flag += "o"
            if tail in PLACE_SUFFIXES:
                flag += "l"
            if flag:
                return flag
    return flag


def sentence_features(text: str) -> list[list[str]]:
    """Attribute lists, one per character of ``text`` (already normalised)."""
    n = len(text)
    if n == 0:
        return []
    word_pos = [""] * n  # B/M/E/S + POS of the containing word
    word_pos_prev = [""] * n  # POS of the word before the containing one
    word_pos_next = [""] * n
    word_text = [""] * n
    word_suffix = [""] * n
    tagged = rjieba.tag(text)
    starts = []
    offset = 0
    for word, _ in tagged:
        starts.append(offset)
        offset += len(word)
    for k, (word, pos) in enumerate(tagged):
        start = starts[k]
        size = len(word)
        prev_pos = tagged[k - 1][1] if k else "^"
        next_pos = tagged[k + 1][1] if k + 1 < len(tagged) else "$"
        suffix = _suffix_flag(word) if size > 1 else ""
        lexical = word if 1 < size <= 6 else ""
        for i in range(start, min(start + size, n)):
            if size == 1:
                place = "S"
            elif i == start:
                place = "B"
            elif i == start + size - 1:
                place = "E"
            else:
                place = "M"
            word_pos[i] = place + pos
            word_pos_prev[i] = prev_pos
            word_pos_next[i] = next_pos
            word_text[i] = lexical
            word_suffix[i] = suffix
    padded = "\x02\x02" + text + "\x03\x03"
    classes = [_class_of(c) for c in padded]
    features: list[list[str]] = []
    for i in range(n):
        j = i + 2
        a, b, c, d, e = (padded[k] for k in range(j - 2, j + 3))
        wp = word_pos[i]
        item = [
            "c=" + c,
            "c-1=" + b,
            "c1=" + d,
            "c-2=" + a,
            "c2=" + e,
            "b-1=" + b + c,
            "b0=" + c + d,
            "b-2=" + a + b,
            "b1=" + d + e,
            "t0=" + b + c + d,
            "k=" + classes[j - 1] + classes[j] + classes[j + 1],
            "w=" + wp,
            "p=" + wp[1:],
            "wq=" + wp[0],
            "pp=" + word_pos_prev[i] + "|" + wp,
            "pn=" + wp + "|" + word_pos_next[i],
        ]
        if word_text[i]:
            item.append("wd=" + wp[0] + word_text[i])
        if word_suffix[i]:
            item.append("sx=" + wp[0] + word_suffix[i])
        if c in SURNAMES:
            item.append("sn=" + wp[0])
        if b + c in SURNAMES:
            item.append("sn2")
        if c in ORG_SUFFIXES:
            item.append("os")
        if c in PLACE_SUFFIXES:
            item.append("ls")
        features.append(item)
    return features


def iter_chunks(text: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` spans covering ``text``: sentences, cut to at most MAX_CHUNK chars."""
    start = 0
    n = len(text)
    while start < n:
        match = _SENTENCE_END.search(text, start)
        end = match.end() if match else n
        yield from cut_long(text, start, end, MAX_CHUNK, _CLAUSE_END)
        start = end


def decode_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` spans from BIOES labels, tolerant of broken sequences."""
    spans: list[tuple[int, int, str]] = []
    begin = -1
    current = ""
    for i, label in enumerate(labels):
        tag, _, kind = label.partition("-")
        if tag == "O" or not kind:
            if current:
                spans.append((begin, i, current))
            current = ""
            continue
        if tag in ("B", "S") or kind != current:
            if current:
                spans.append((begin, i, current))
            begin, current = i, kind
        if tag in ("E", "S"):
            spans.append((begin, i + 1, current))
            current = ""
    if current:
        spans.append((begin, len(labels), current))
    return spans


class CRFTagger:
    """Tags persons, organisations and places in raw Chinese text."""

    def __init__(self, tagger: pycrfsuite.Tagger, path: Path) -> None:
        self._tagger = tagger
        self.path = path

    @classmethod
    def load(cls, path: str | Path | None = None) -> CRFTagger:
        """Open a model file; the packaged ``ner.crfsuite`` when ``path`` is None."""
        model = Path(path) if path is not None else DEFAULT_MODEL
        if not model.is_file():
            raise FileNotFoundError(f"CRF model not found: {model}")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return cls(tagger, model)

    def tag_spans(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, corpus label)`` spans (PER/ORG/LOC) with offsets into ``text``."""
        normalized = halfwidth(text)
        spans: list[tuple[int, int, str]] = []
        for start, end in iter_chunks(normalized):
            chunk = normalized[start:end]
            if chunk.isspace():
                continue
            labels = self._tagger.tag(sentence_features(chunk))
            for s, e, label in decode_spans(labels):
                # Spans never start or end on blanks; the corpora do not annotate them.
                while s < e and chunk[s].isspace():
                    s += 1
                while e > s and chunk[e - 1].isspace():
                    e -= 1
                if e > s:
                    spans.append((start + s, start + e, label))
        return spans

    def tag(self, text: str) -> list[Mention]:
        """Mentions of type Person, Organization and Place, in text order."""
        return [
            Mention(start=s, end=e, type=LABEL_TYPES[label], text=text[s:e], source="crf")
            for s, e, label in self.tag_spans(text)
            if label in LABEL_TYPES
        ]


@cache
def default_tagger() -> CRFTagger:
    """The packaged tagger, loaded once per process."""
    return CRFTagger.load()
