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

Tagging mostly does not go through ``pycrfsuite``'s tagger, which takes every
attribute of every character as a string (about twenty a character) and was half of
a build's extraction time. :class:`_Decoder` reads the weights from the model file
and scores and decodes in numpy, a batch of sentences at once (a file's, primed by
:meth:`CRFTagger.ahead` in ``kgraph.pipeline``): the attributes of the distinct
characters, bigrams and trigrams of the batch and of its distinct words are looked
up once, and each label's score adds the weights in the order crfsuite adds them,
so the labels are the ones crfsuite gives, bit for bit (checked against it on 6 M
characters of the project's corpora: the news transcripts, People's Daily, CLUENER,
resumes). A batch of a few sentences still goes to pycrfsuite, faster there.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
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


@lru_cache(maxsize=20_000)
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


# ---------------------------------------------------------------- decoding in numpy

_CLASSES = "danhsop"  # the letters _char_class gives, in a fixed order
# Characters scored at once: a document's sentences are one batch, a huge file several.
BATCH_CHARS = 50_000
SMALL_BATCH = 1_500  # characters below which pycrfsuite tags faster than the numpy decoder
_CACHE = 50_000  # bigrams, trigrams whose attribute ids are kept (then a cache starts anew)
_PLACES = "SBME"  # a character's place in its word: single, begin, middle, end


def _cqdb_strings(buffer: bytes, base: int) -> list[str]:
    """The strings of the CQDB at ``base`` in a crfsuite model, by id.

    (CQDB: a header, 256 hash tables, the records ``id, size, bytes + NUL``, and the
    "backward" array: for each id, the offset of its record.)"""
    chunk, _size, _flag, _order, count, backward = struct.unpack_from("<4sIIIII", buffer, base)
    if chunk != b"CQDB":
        raise ValueError("not a CQDB chunk")
    offsets = struct.unpack_from(f"<{count}I", buffer, base + backward)
    strings = []
    for offset in offsets:
        _id, size = struct.unpack_from("<II", buffer, base + offset)
        start = base + offset + 8
        strings.append(buffer[start : start + size - 1].decode("utf-8"))
    return strings


class _Decoder:
    """The weights of a crfsuite model (``crf1d``), read from its file, and Viterbi in numpy.

    crfsuite scores label ``y`` at a character as ``0.0``, plus the weight of each
    attribute of the character for ``y``, in the order of the attributes; an unknown
    attribute is skipped (here it adds the zero row, which changes no sum), and an
    attribute is looked up up to its first NUL (crfsuite takes it as a C string).
    Viterbi keeps, for each label, the first best predecessor, as crfsuite does.
    """

    def __init__(self, path: Path) -> None:
        buffer = path.read_bytes()
        header = struct.unpack_from("<4sI4sIIIIIIIII", buffer, 0)
        magic, _size, kind, _version, _nf, num_labels, num_attrs = header[:7]
        off_features, off_labels, off_attrs = header[7:10]
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"not a crfsuite CRF1d model: {path}")
        self.labels = _cqdb_strings(buffer, off_labels)
        attributes = _cqdb_strings(buffer, off_attrs)
        if len(self.labels) != num_labels or len(attributes) != num_attrs:
            raise ValueError(f"unexpected label or attribute count in {path}")
        self.zero = len(attributes)  # the row of an unknown (or absent) attribute
        self.ids = {name: i for i, name in enumerate(attributes)}
        chunk, _size, count = struct.unpack_from("<4sII", buffer, off_features)
        if chunk != b"FEAT":
            raise ValueError(f"no feature chunk in {path}")
        features = np.frombuffer(
            buffer,
            dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]),
            count=count,
            offset=off_features + 12,
        )
        state = features[features["type"] == 0]
        trans = features[features["type"] == 1]
        self.state = np.zeros((num_attrs + 1, num_labels))
        self.state[state["src"], state["dst"]] = state["weight"]
        self.trans = np.zeros((num_labels, num_labels))
        self.trans[trans["src"], trans["dst"]] = trans["weight"]
        self._chars: dict[int, tuple[int, ...]] = {}
        self._bigrams: dict[int, tuple[int, ...]] = {}
        self._trigrams: dict[int, int] = {}
        self._tags: list[str] = []  # jieba's part-of-speech tags, numbered as they come
        self._tag_index: dict[str, int] = {}
        self._k = [self.id("k=" + a + b + c) for a in _CLASSES for b in _CLASSES for c in _CLASSES]

    def id(self, attribute: str) -> int:
        if "\x00" in attribute:
            attribute = attribute[: attribute.index("\x00")]
        return self.ids.get(attribute, self.zero)

    def _char_ids(self, code: int) -> tuple[int, ...]:
        """c, c-1, c1, c-2, c2, os and ls of one character, its class's index in _CLASSES
        and 1 if it is a surname."""
        found = self._chars.get(code)
        if found is None:
            char = chr(code)
            found = self._chars[code] = (
                *(self.id(t + char) for t in ("c=", "c-1=", "c1=", "c-2=", "c2=")),
                self.id("os") if char in ORG_SUFFIXES else self.zero,
                self.id("ls") if char in PLACE_SUFFIXES else self.zero,
                _CLASSES.index(_class_of(char)),
                int(char in SURNAMES),
            )
        return found

    def _bigram_ids(self, code: int) -> tuple[int, ...]:
        """b-1, b0, b-2, b1 and sn2 of one bigram (two code points in one integer)."""
        found = self._bigrams.get(code)
        if found is None:
            pair = chr(code >> 21) + chr(code & 0x1FFFFF)
            found = (
                *(self.id(t + pair) for t in ("b-1=", "b0=", "b-2=", "b1=")),
                self.id("sn2") if pair in SURNAMES else self.zero,
            )
            if len(self._bigrams) >= _CACHE:
                self._bigrams.clear()
            self._bigrams[code] = found
        return found

    def _cached(
        self, cache: dict[int, int], codes: list[int], name: Callable[[int], str]
    ) -> list[int]:
        """The ids of the attributes ``name(code)``, kept in ``cache`` across batches (code
        points make the codes, so they mean the same in every batch)."""
        get = cache.get
        found = [get(code, -1) for code in codes]
        for index, value in enumerate(found):
            if value < 0:
                if len(cache) >= _CACHE:
                    cache.clear()
                found[index] = cache[codes[index]] = self.id(name(codes[index]))
        return found

    def _ids(self, codes: np.ndarray, name: Callable[[int], str | None]) -> np.ndarray:
        """The id of the attribute ``name(code)`` (the zero row for None) of each of ``codes``,
        each distinct code looked up once."""
        unique, inverse = np.unique(codes, return_inverse=True)
        ids = []
        for code in unique.tolist():
            attribute = name(code)
            ids.append(self.zero if attribute is None else self.id(attribute))
        return np.array(ids, dtype=np.int64)[inverse]

    def _tag(self, tag: str) -> int:
        found = self._tag_index.get(tag)
        if found is None:
            found = self._tag_index[tag] = len(self._tags)
            self._tags.append(tag)
        return found

    def _word_columns(self, chunks: list[str], surname: np.ndarray) -> np.ndarray | None:
        """w, p, wq, pp, pn, wd, sx and sn of every character of ``chunks`` (``surname``:
        is the character a surname); None when jieba's words do not cover a chunk exactly
        (sentence_features then decides what happens)."""
        words: list[str] = []
        tags: list[int] = []
        first: list[int] = []  # the index of each chunk's first word
        for chunk in chunks:
            tagged = rjieba.tag(chunk)
            if "".join(word for word, _ in tagged) != chunk:
                return None
            first.append(len(words))
            words += (word for word, _ in tagged)
            tags += (self._tag(tag) for _, tag in tagged)
        tag = np.array(tags, dtype=np.int64)
        before = np.roll(tag, 1)
        after = np.roll(tag, -1)
        starts = np.array(first, dtype=np.int64)
        before[starts] = self._tag("^")
        after[np.append(starts[1:], len(words)) - 1] = self._tag("$")
        index: dict[str, int] = {}
        word = np.array([index.setdefault(w, len(index)) for w in words], dtype=np.int64)
        distinct = list(index)
        size = np.array([len(w) for w in words], dtype=np.int64)
        # Per character: its word, and its place in it (0 S, 1 B, 2 M, 3 E: _PLACES).
        of = np.repeat(np.arange(len(words)), size)
        inside = np.arange(len(of)) - np.repeat(np.cumsum(size) - size, size)
        length = size[of]
        place = np.where(
            length == 1, 0, np.where(inside == 0, 1, np.where(inside == length - 1, 3, 2))
        )
        tag, before, after, word = tag[of], before[of], after[of], word[of]
        count = len(self._tags)
        names = self._tags

        def lexical(code: int) -> str | None:
            text = distinct[code >> 2]
            return "wd=" + _PLACES[code & 3] + text if 1 < len(text) <= 6 else None

        def suffixed(code: int) -> str | None:
            text = distinct[code >> 2]
            suffix = _suffix_flag(text) if len(text) > 1 else ""
            return "sx=" + _PLACES[code & 3] + suffix if suffix else None

        wp = tag * 4 + place
        sn = np.array([self.id("sn=" + p) for p in _PLACES], dtype=np.int64)[place]
        return np.column_stack(
            [
                self._ids(wp, lambda c: "w=" + _PLACES[c & 3] + names[c >> 2]),
                self._ids(tag, lambda c: "p=" + names[c]),
                np.array([self.id("wq=" + p) for p in _PLACES], dtype=np.int64)[place],
                self._ids(
                    before * count * 4 + wp,
                    lambda c: (
                        "pp="
                        + names[c // (count * 4)]
                        + "|"
                        + _PLACES[c & 3]
                        + names[(c % (count * 4)) >> 2]
                    ),
                ),
                self._ids(
                    wp * count + after,
                    lambda c: (
                        "pn="
                        + _PLACES[(c // count) & 3]
                        + names[c // count >> 2]
                        + "|"
                        + names[c % count]
                    ),
                ),
                self._ids(word * 4 + place, lexical),
                self._ids(word * 4 + place, suffixed),
                np.where(surname, sn, self.zero),
            ]
        )

    def columns(self, chunks: list[str]) -> np.ndarray | None:
        """The attribute ids of every character of ``chunks``, one row a character and one
        column an attribute, in sentence_features' order; None where the fast path does
        not apply (the chunks then go through pycrfsuite)."""
        padded = "".join("\x02\x02" + chunk + "\x03\x03" for chunk in chunks)
        try:
            codes = np.frombuffer(padded.encode("utf-32-le"), dtype="<u4").astype(np.int64)
        except UnicodeEncodeError:  # a lone surrogate: pycrfsuite's own handling
            return None
        lengths = np.array([len(chunk) for chunk in chunks], dtype=np.int64)
        # The position in ``padded`` of each character of the chunks.
        where = np.arange(int(lengths.sum())) + np.repeat(np.arange(len(chunks)) * 4 + 2, lengths)
        unique, inverse = np.unique(codes, return_inverse=True)
        chars = np.array([self._char_ids(u) for u in unique.tolist()], dtype=np.int64)
        by_char = chars.reshape(-1, 9)[inverse]  # (len(padded), 9)
        word = self._word_columns(chunks, by_char[where, 8] == 1)
        if word is None:
            return None
        pairs = (codes[:-1] << 21) | codes[1:]  # the bigram that starts at each position
        unique, inverse = np.unique(pairs, return_inverse=True)
        bigrams = np.array([self._bigram_ids(u) for u in unique.tolist()], dtype=np.int64)
        by_pair = bigrams.reshape(-1, 5)[inverse]
        triples = (codes[:-2] << 42) | (codes[1:-1] << 21) | codes[2:]
        unique, inverse = np.unique(triples, return_inverse=True)
        trigrams = np.array(
            self._cached(
                self._trigrams,
                unique.tolist(),
                lambda u: "t0=" + chr(u >> 42) + chr((u >> 21) & 0x1FFFFF) + chr(u & 0x1FFFFF),
            ),
            dtype=np.int64,
        )[inverse]
        classes = by_char[:, 7]
        k = np.array(self._k, dtype=np.int64)[
            classes[where - 1] * 49 + classes[where] * 7 + classes[where + 1]
        ]
        return np.column_stack(
            [
                by_char[where, 0],  # c
                by_char[where - 1, 1],  # c-1
                by_char[where + 1, 2],  # c1
                by_char[where - 2, 3],  # c-2
                by_char[where + 2, 4],  # c2
                by_pair[where - 1, 0],  # b-1
                by_pair[where, 1],  # b0
                by_pair[where - 2, 2],  # b-2
                by_pair[where + 1, 3],  # b1
                trigrams[where - 1],  # t0
                k,
                word,  # w, p, wq, pp, pn, wd, sx, sn
                by_pair[where - 1, 4],  # sn2
                by_char[where, 5],  # os
                by_char[where, 6],  # ls
            ]
        )

    def viterbi(self, columns: np.ndarray, lengths: list[int]) -> list[list[str]]:
        """The best label sequence of each chunk (``lengths``: its characters, in order).

        The chunks run side by side, longest first, so that each step is a few numpy
        operations on the chunks still running rather than a Python loop over labels.
        """
        if not lengths:
            return []
        scores = self.state[columns[:, 0]].copy()
        for column in range(1, columns.shape[1]):  # one attribute at a time: crfsuite's order
            scores += self.state[columns[:, column]]
        starts = np.cumsum([0, *lengths[:-1]])
        order = sorted(range(len(lengths)), key=lambda i: -lengths[i])  # longest first
        size = np.array([lengths[i] for i in order])
        longest = int(size[0])
        # scores[chunk (longest first), t, label]: a view per step, no gathering.
        padded = np.zeros((len(order), longest, len(self.labels)))
        chunk = np.repeat(np.arange(len(order)), size)
        t = np.arange(len(chunk)) - np.repeat(np.cumsum(size) - size, size)
        padded[chunk, t] = scores[np.repeat(starts[order], size) + t]
        active = [int(np.count_nonzero(size > t)) for t in range(longest)]
        # step[chunk, j, i]: from label i at t - 1 to label j at t, so that the best i is
        # found along the last, contiguous axis (numpy copies for any other).
        trans = self.trans.T[None, :, :].copy()
        back = np.zeros((len(order), longest, len(self.labels)), dtype=np.int8)
        final = np.zeros(len(order), dtype=np.int64)  # each chunk's best last label
        best = padded[:, 0]  # the score of each label at t, for the chunks still running
        for t in range(1, longest):
            k = active[t]
            if k < active[t - 1]:  # chunks that ended at t - 1
                final[k : active[t - 1]] = best[k:].argmax(axis=1)
            step = best[:k, None, :] + trans
            back[:k, t] = step.argmax(axis=2)
            best = step.max(axis=2) + padded[:k, t]
        final[: active[-1]] = best.argmax(axis=1)
        labels = np.zeros((len(order), longest), dtype=np.int64)
        current = final[: active[-1]]
        labels[: active[-1], -1] = current
        for t in range(longest - 2, -1, -1):
            k = active[t]
            current = np.concatenate(
                [
                    back[: active[t + 1], t + 1][np.arange(active[t + 1]), current],
                    final[active[t + 1] : k],
                ]
            )
            labels[:k, t] = current
        names = np.array(self.labels, dtype=object)
        out: list[list[str]] = [[] for _ in lengths]
        for rank, i in enumerate(order):
            out[i] = names[labels[rank, : lengths[i]]].tolist()
        return out


class CRFTagger:
    """Tags persons, organisations and places in raw Chinese text."""

    def __init__(self, tagger: pycrfsuite.Tagger | None, path: Path) -> None:
        self._tagger = tagger  # pycrfsuite's, opened when the numpy decoder cannot serve
        self.path = path
        self._decoder: _Decoder | None = None
        self._ahead: dict[str, list[tuple[int, int, str]]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> CRFTagger:
        """Open a model file; the packaged ``ner.crfsuite`` when ``path`` is None."""
        model = Path(path) if path is not None else DEFAULT_MODEL
        if not model.is_file():
            raise FileNotFoundError(f"CRF model not found: {model}")
        try:
            tagger = cls(None, model)
            tagger._decoder = _Decoder(model)
            return tagger
        except (ValueError, struct.error):  # a model of another layout: pycrfsuite tags
            return cls(tagger=cls._open(model), path=model)

    @staticmethod
    def _open(model: Path) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return tagger

    def _crfsuite(self) -> pycrfsuite.Tagger:
        """pycrfsuite's tagger (the model is read once more: only where it is needed)."""
        if self._tagger is None:
            self._tagger = self._open(self.path)
        return self._tagger

    def _labels(self, chunks: list[str]) -> list[list[str]]:
        """The labels of each chunk, in batches of about BATCH_CHARS characters."""
        decoder = self._decoder
        labels: list[list[str]] = []
        batch: list[str] = []
        size = 0
        for index, chunk in enumerate(chunks):
            batch.append(chunk)
            size += len(chunk)
            if size < BATCH_CHARS and index + 1 < len(chunks):
                continue
            # numpy pays a step per character of the longest chunk whatever the batch:
            # a few sentences go faster through pycrfsuite (the same labels).
            fast = decoder is not None and size >= SMALL_BATCH
            columns = decoder.columns(batch) if decoder is not None and fast else None
            if decoder is not None and columns is not None:
                labels += decoder.viterbi(columns, [len(c) for c in batch])
            else:
                labels += (self._crfsuite().tag(sentence_features(c)) for c in batch)
            batch, size = [], 0
        return labels

    def tag_spans_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """:meth:`tag_spans` of each of ``texts``, tagged together (faster than one by one)."""
        pieces: list[tuple[int, int, str]] = []  # (which text, where the chunk starts, chunk)
        for index, text in enumerate(texts):
            normalized = halfwidth(text)
            for start, end in iter_chunks(normalized):
                chunk = normalized[start:end]
                if not chunk.isspace():
                    pieces.append((index, start, chunk))
        spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        labelled = self._labels([chunk for _, _, chunk in pieces])
        for (index, start, chunk), labels in zip(pieces, labelled):
            for s, e, label in decode_spans(labels):
                # Spans never start or end on blanks; the corpora do not annotate them.
                while s < e and chunk[s].isspace():
                    s += 1
                while e > s and chunk[e - 1].isspace():
                    e -= 1
                if e > s:
                    spans[index].append((start + s, start + e, label))
        return spans

    def tag_spans(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, corpus label)`` spans (PER/ORG/LOC) with offsets into ``text``."""
        found = self._ahead.get(text)
        return list(found) if found is not None else self.tag_spans_many([text])[0]

    @contextmanager
    def ahead(self, texts: Iterable[str]) -> Iterator[None]:
        """Tag ``texts`` (the sentences of a file's documents) in one batch on entering;
        until the exit, :meth:`tag` of any of them takes that result (a sentence alone is
        too short a batch for numpy to pay)."""
        # Nested (a group of documents, then each of them): only what is new is tagged,
        # and only that is forgotten on the way out.
        distinct = [text for text in dict.fromkeys(texts) if text not in self._ahead]
        self._ahead.update(zip(distinct, self.tag_spans_many(distinct)))
        try:
            yield
        finally:
            for text in distinct:
                del self._ahead[text]

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
