"""Segment: a cleaned document -> sentences with offsets into the original file.

Sentences end at Chinese and Western sentence punctuation, with the closing
quotes and brackets that follow kept in the sentence, and at paragraph breaks.
A run of text with no punctuation at all (a scraped table, a file without a
single full stop) is cut at commas or, failing that, at ``MAX_SENTENCE``
characters, so later stages always work on bounded pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgraph.records import Document, Sentence

__all__ = ["MAX_SENTENCE", "cut_long", "split_sentences", "split_text"]

MAX_SENTENCE = 400
_END = re.compile(r"[。！？!?；;]+[”’」』）)】]*|…{2,}[”’」』）)】]*|\n+")
_SOFT_BREAK = re.compile(r"[，,、：:]")


def split_text(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence of ``text``, white space trimmed."""
    start = 0
    for match in _END.finditer(text):
        yield from _bounded(text, start, match.end())
        start = match.end()
    if start < len(text):
        yield from _bounded(text, start, len(text))


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    yield from cut_long(text, start, end, MAX_SENTENCE)


def cut_long(
    text: str, start: int, end: int, limit: int, breaks: re.Pattern[str] = _SOFT_BREAK
) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``limit`` characters.

    A piece ends at the last ``breaks`` match in the second half of its window
    (a comma, say), or at ``limit`` when there is none.
    """
    while end - start > limit:
        cut = start + limit
        softs = [m.end() for m in breaks.finditer(text, start + limit // 2, cut)]
        if softs:
            cut = softs[-1]
        yield start, cut
        start = cut
    if end > start:
        yield start, end


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def split_sentences(document: Document) -> list[Sentence]:
    """The sentences of ``document``, each with its span in ``document.raw``.

    ``raw[start:end]`` is the sentence as the file has it: up to the line breaks
    and spaces a PDF extraction left inside, and, in HTML and Markdown, with the
    markup inside it; a sentence that ends in an entity (``&rdquo;``) ends after it.
    """
    sentences: list[Sentence] = []
    raw = document.raw
    for start, end in split_text(document.text):
        raw_start, raw_end = document.raw_span(start, end)
        if raw_end and raw[raw_end - 1] == "&":
            entity = _ENTITY.match(raw, raw_end - 1)
            if entity:
                raw_end = entity.end()
        sentences.append(
            Sentence(
                doc=document.id,
                index=len(sentences),
                start=raw_start,
                end=raw_end,
                text=document.text[start:end],
                clean_start=start,
            )
        )
    return sentences
