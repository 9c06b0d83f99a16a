"""Markdown -> text with offsets into the file, its headings and its source links.

Inline HTML (``<p><strong>央视网消息</strong>（新闻联播）：…</p>``, as in news
transcripts copied from a website) is read first, by the HTML parser, so that
``<p>`` ends a paragraph and ``&nbsp;`` is a space; then each line is read as
Markdown:

* ``# …`` to ``###### …`` and Setext (``===``/``---`` underlined) headings become
  a line of text holding the title, and a :class:`~kgraph.formats.Heading`;
* ``[text](url)`` becomes ``text``; ``![alt](url)`` disappears; ``**x**``,
  ``*x*``, ``__x__``, ``~~x~~`` and ```x``` become ``x``; ``\\*`` becomes ``*``;
* ``[查看原文](url)`` (and 阅读原文, 原文链接) is not text: its URL is kept as
  the source of the item it stands in;
* bullets (``-``, ``*``, ``+``), block quote markers, fences, rules, table rules
  and reference definitions are markup, not text (the numbers of a numbered
  list are text); a list item that is a bare link (a list of related articles)
  is removed and counted; list items, quotes, table rows and blank lines start
  paragraphs, which cleaning never joins across.

Nothing is rewritten but the escaped marks of a title inside a title (〈…〉, see
:func:`~kgraph.formats.html.collected_text`): every character of the result is a character of the
file (or, for inline HTML, a line break or an entity, pointing at its markup).
"""

from __future__ import annotations

import re
from array import array
from itertools import compress

from kgraph.formats import Converted, Heading, SourceLink
from kgraph.formats.html import chrome_lines, collect, collected_text, remove_spans

__all__ = ["looks_like_markdown", "markdown_to_text"]

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-{2,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")  # markup; the numbers of a numbered list are text
_REFDEF = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?$")

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(
    r"!\[[^\]\n]{0,300}\]\(\s*<?[^)\s]{0,2000}>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_LINK = re.compile(
    r"\[([^\]\n]{1,300})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_REFLINK = re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,300}\]")
# Spans are bounded so that a long line full of unmatched markers stays linear.
_CODE = re.compile(r"(`+)(.{1,300}?)\1")
_EMPHASIS = re.compile(r"(\*{1,3}|~~)(?=\S)(.{1,300}?)(?<=\S)\1")
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9_])(_{1,3})(?=\S)(.{1,300}?)(?<=\S)\1(?![A-Za-z0-9_])")
_SOURCE_LABEL = re.compile(
    r"^\s*(?:查看原文|阅读原文|原文链接|原文地址|原文|来源链接|点击查看原文|source)\s*$", re.I
)
_SENTENCE_END = re.compile(r"[。！？!?；]")
_MASK = "\ue000"  # stands for an escaped or already removed character while matching


def looks_like_markdown(text: str) -> bool:
    """Markdown in a ``.txt``: two ``#`` headings, a heading that opens the file (a page saved
    with its title), or a heading and links or inline HTML."""
    sample = text[:200_000]
    headings = len(re.findall(r"(?m)^ {0,3}#{1,6}[ \t]+\S", sample))
    opens_with_heading = re.match(r"\s* {0,3}#{1,6}[ \t]+\S", sample) is not None
    links = len(_LINK.findall(sample[:50_000]))
    return bool(
        headings >= 2
        or opens_with_heading
        or (headings and (links or "<p>" in sample))
        or links >= 3
    )


_INLINE_MARKS = re.compile(r"[\\\[!`*_~]")


def _inline(line: str) -> tuple[bytearray, list[tuple[int, str]], int]:
    """Which characters of ``line`` are text; the source links (position, URL); link chars."""
    keep = bytearray(b"\x01") * len(line)
    if not _INLINE_MARKS.search(line):
        return keep, [], 0
    mask = list(line)

    def drop(start: int, end: int) -> None:
        keep[start:end] = bytes(end - start)
        for i in range(start, end):
            mask[i] = _MASK

    for match in _ESCAPE.finditer(line):
        keep[match.start()] = 0
        mask[match.start()] = mask[match.start() + 1] = _MASK
    sources: list[tuple[int, str]] = []
    link_chars = 0
    text = "".join(mask)
    for match in _IMAGE.finditer(text):
        drop(match.start(), match.end())
    text = "".join(mask)
    for pattern in (_LINK, _REFLINK):
        for match in pattern.finditer(text):
            label_start, label_end = match.span(1)
            if pattern is _LINK and _SOURCE_LABEL.match(line[label_start:label_end]):
                drop(match.start(), match.end())
                sources.append((match.start(), match.group(2)))
                continue
            drop(match.start(), label_start)
            drop(label_end, match.end())
            link_chars += label_end - label_start
        text = "".join(mask)
    for pattern in (_CODE, _EMPHASIS, _UNDERSCORE):
        for match in pattern.finditer(text):
            marker = len(match.group(1))
            drop(match.start(), match.start() + marker)
            drop(match.end() - marker, match.end())
        text = "".join(mask)
    return keep, sources, link_chars


def markdown_to_text(source: str, keep_chrome: bool = False) -> Converted:
    """Markdown (with inline HTML) to text, headings and source links.

    With ``keep_chrome`` site chrome and lists of links stay (``--keep-boilerplate``).
    """
    collector = collect(source)
    text = collected_text(collector)
    # Site chrome in the inline HTML (share bars, link lists, 返回顶部) goes first, counted.
    chrome = remove_spans(
        Converted(text, collector.offsets, breaks=collector.breaks),
        [] if keep_chrome else chrome_lines(text, collector.flags),
    )
    text, offsets = chrome.text, chrome.offsets
    html_breaks = set(chrome.breaks)
    breaks: list[int] = []
    out: list[str] = []
    out_offsets = array("q")
    headings: list[Heading] = []
    sources: list[SourceLink] = []
    removed = 0
    length = 0
    fence: str | None = None
    previous: tuple[int, int] | None = None  # output span of the last paragraph line
    previous_alone = False  # that line opened its paragraph
    blank_before = True
    position = 0
    for piece in text.splitlines(keepends=True):
        start = position
        position += len(piece)
        body = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        newline = (piece[len(body) :], start + len(body))
        keep = bytearray(b"\x01") * len(body)
        heading_level = 0
        block = start in html_breaks or blank_before  # this line starts a paragraph
        line_sources: list[tuple[int, str]] = []
        fence_match = _FENCE.match(body)
        if fence is not None or fence_match:
            if fence_match and (fence is None or fence_match.group(1)[0] == fence):
                fence = None if fence is not None else fence_match.group(1)[0]
                keep = bytearray(len(body))
        elif _SETEXT.match(body) and previous is not None and previous_alone:
            level = 1 if body.lstrip()[0] == "=" else 2
            headings.append(Heading(level, *previous))
            keep = bytearray(len(body))
        elif _RULE.match(body) or _TABLE_RULE.match(body):
            keep = bytearray(len(body))
        elif match := _REFDEF.match(body):
            if _SOURCE_LABEL.match(match.group(1)):
                line_sources.append((0, match.group(2)))
            keep = bytearray(len(body))
        else:
            cut = 0
            quote = _QUOTE.match(body)
            if quote:
                cut = quote.end()
            atx = _ATX.match(body, cut)
            listed = None
            if atx:
                heading_level = len(atx.group(1))
                cut = atx.end()
                close = _ATX_CLOSE.search(body, cut)
                if close:
                    keep[close.start() :] = bytes(len(body) - close.start())
            else:
                listed = _LIST.match(body, cut)
                bullet = _BULLET.match(body, cut)
                if bullet:
                    cut = bullet.end()
            # (a heading interrupts a paragraph: ``# 标题`` under ``正文。`` or another heading)
            block = block or bool(quote or listed or atx)
            keep[:cut] = bytes(cut)
            if body.lstrip().startswith("|"):
                block = True
                first = body.index("|")
                keep[first] = 0
                last = body.rstrip().rfind("|")
                if last > first:
                    keep[last] = 0
            inner, line_sources, link_chars = _inline(body[cut:])
            keep[cut:] = bytes(a & b for a, b in zip(keep[cut:], inner))
            if (
                link_chars
                and not keep_chrome
                and _LIST.match(body)
                and not _SENTENCE_END.search(body)
            ):
                kept = sum(1 for i, k in enumerate(keep) if k and not body[i].isspace())
                if link_chars >= 0.6 * kept:
                    keep = bytearray(len(body))  # a list of links: related articles, a menu
                    removed += 1
        line_start = length
        if keep.count(0) == 0:
            kept_text = body
            out_offsets.extend(offsets[start : start + len(body)])
        else:
            kept_text = "".join(compress(body, keep))
            out_offsets.extend(compress(offsets[start : start + len(body)], keep))
        out.append(kept_text)
        length += len(kept_text)
        for where, url in line_sources:
            sources.append(SourceLink(line_start + sum(keep[:where]), url))
        line_end = length
        if heading_level and line_end > line_start:
            headings.append(Heading(heading_level, line_start, line_end))
        has_text = not kept_text.isspace() and bool(kept_text)
        if has_text and (block or previous is None):
            breaks.append(line_start)
        if has_text and not heading_level and fence is None:
            previous_alone = blank_before
            previous = (line_start, line_end)
        else:
            previous = None
        blank_before = not has_text
        out.append(newline[0])
        out_offsets.extend(offsets[newline[1] : newline[1] + len(newline[0])])
        length += len(newline[0])
    return Converted(
        "".join(out),
        out_offsets,
        title=" ".join("".join(collector.title).split()),
        headings=headings,
        sources=sources,
        breaks=breaks,
        removed=removed + chrome.removed,
    )
