"""HTML -> text with offsets into the page, the page's main content only.

The parser (the standard library's :class:`html.parser.HTMLParser`) emits the
text of the page, remembering for every character where in the source it came
from; ``<script>``, ``<style>``, ``<nav>``, ``<footer>``… are skipped whole.

Main-content detection is line by line (one line per block element), in the
manner of readability and jusText: a line whose characters mostly sit in links
(a menu, a list of related articles) or inside a container whose class or id
names site chrome (``share``, ``related``, ``breadcrumb``, ``footer``…), and that
is not a full sentence, is removed and counted. ``trafilatura`` and
``readability-lxml`` do this well but rebuild the text from an lxml tree and
lose the position of every character in the original file, which every fact's
evidence needs; this is the few rules of theirs that matter here, on top of the
offset-keeping parser.
"""

from __future__ import annotations

import re
from array import array
from html.parser import HTMLParser
from itertools import compress
from typing import ClassVar

from kgraph.formats import Converted, Heading

__all__ = [
    "chrome_lines",
    "collect",
    "collected_text",
    "html_to_text",
    "looks_like_html",
    "remove_spans",
]

LINK = 1  # the character is inside an <a>
CHROME = 2  # the character is inside a container whose class/id names site chrome

_CHROME_HINT = re.compile(
    r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|menubar|footer|foot|contentinfo|complementary|"
    r"share|sharing|bdshare\w*|social|related|"
    r"relate|recommend|breadcrumbs?|crumbs?|sidebar|side|comments?|copyright|toolbar|tools?|"
    r"pagination|pager|paging|banner|advert|ads?|topbar|login|search|print|xgxw|xgyd|xglj|"
    r"fxd|hot|rank)(?:$|[-_ \d])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！？!?；]")


def looks_like_html(text: str, suffix: str) -> bool:
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


class TextCollector(HTMLParser):
    """HTML -> text that remembers, for every character, its offset in the source."""

    SKIP = frozenset(
        {
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "footer",
            "aside",
            "form",
            "select",
            "button",
            "iframe",
            "svg",
            "head",
        }
    )
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "main",
            "header",
            "blockquote",
            "pre",
            "hr",
            "dd",
            "dt",
            "td",
            "th",
            "figure",
            "figcaption",
        }
    )
    VOID = frozenset(
        {
            "br",
            "hr",
            "img",
            "meta",
            "link",
            "input",
            "area",
            "base",
            "col",
            "embed",
            "source",
            "wbr",
        }
    )
    HEADINGS: ClassVar[dict[str, int]] = {f"h{n}": n for n in range(1, 7)}
    ENTITIES: ClassVar[dict[str, str]] = {
        "nbsp": " ",
        "ensp": " ",
        "emsp": " ",
        "amp": "&",
        "lt": "<",
        "gt": ">",
        "quot": '"',
        "apos": "'",
        "mdash": "—",
        "ldquo": "“",
        "rdquo": "”",
        "lsquo": "‘",
        "rsquo": "’",
        "middot": "·",
        "hellip": "…",
    }

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.offsets = array("q")
        self.flags = bytearray()
        self.length = 0
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.links: list[str] = []
        self.stack: list[tuple[str, int]] = []  # open elements and the flags they set
        self.flag = 0
        self.article_depth = 0
        self.article_start = 0
        self.articles: list[tuple[int, int]] = []
        self.heading_open: tuple[int, int] | None = None  # (level, start)
        self.headings: list[Heading] = []
        self.breaks: list[int] = []  # where a block element starts a paragraph

    # -- output

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, start: int) -> None:
        self.chars.append(text)
        self.offsets.extend(range(start, start + len(text)))
        self.flags.extend(bytes([self.flag]) * len(text))
        self.length += len(text)

    def _emit_synthetic(self, ch: str, flag: int | None = None) -> None:
        self.chars.append(ch)
        self.offsets.append(self._position())
        self.flags.append(self.flag if flag is None else flag)
        self.length += 1

    def _newline(self) -> None:
        if self.chars and self.chars[-1][-1:] != "\n":
            self._emit_synthetic("\n", 0)
        if not self.breaks or self.breaks[-1] != self.length:
            self.breaks.append(self.length)

    # -- structure

    def _flags_of(self, tag: str, attrs: list[tuple[str, str | None]]) -> int:
        flag = LINK if tag == "a" else 0
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id", "role"))
        if names and _CHROME_HINT.search(names):
            flag |= CHROME
        return flag

    def _pop(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        flag = 0
        for _tag, value in self.stack:
            flag |= value
        self.flag = flag

    def _skipped(self, tag: str) -> bool:
        # A <header> of the page is chrome; the <header> of an <article> holds its headline.
        return tag in self.SKIP or (tag == "header" and not self.article_depth)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipped(tag):
            if tag not in self.VOID:
                self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        elif tag == "link" and dict(attrs).get("rel") == "canonical":
            self.links.append(dict(attrs).get("href") or "")
        elif tag == "meta" and dict(attrs).get("property") == "og:url":
            self.links.append(dict(attrs).get("content") or "")
        if self.skip_depth:
            return
        if tag in self.BLOCK:
            self._newline()
        if tag not in self.VOID:
            value = self._flags_of(tag, attrs)
            self.stack.append((tag, value))
            self.flag |= value
        if tag == "article":
            if not self.article_depth:
                self.article_start = self.length
            self.article_depth += 1
        elif tag in self.HEADINGS and self.heading_open is None:
            self.heading_open = (self.HEADINGS[tag], self.length)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK and not self.skip_depth:
            self._newline()
        elif tag in ("link", "meta"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._skipped(tag):
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        if self.skip_depth:
            return
        if tag in self.HEADINGS and self.heading_open is not None:
            level, start = self.heading_open
            if self.length > start:
                self.headings.append(Heading(level, start, self.length))
            self.heading_open = None
        if tag in self.BLOCK:
            self._newline()
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
            if not self.article_depth:
                self.articles.append((self.article_start, self.length))
        if tag not in self.VOID:
            self._pop(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self._emit(data, self._position())

    def _handle_reference(self, char: str) -> None:
        if self.in_title:
            self.title.append(char)
        elif not self.skip_depth:
            self._emit_synthetic(char)

    def handle_entityref(self, name: str) -> None:
        self._handle_reference(self.ENTITIES.get(name, " "))

    def handle_charref(self, name: str) -> None:
        try:
            code = int(name[1:], 16) if name[:1] in "xX" else int(name)
            char = chr(code) if 0 < code < 0x110000 else " "
        except ValueError:
            char = " "
        self._handle_reference(char)


def collect(source: str) -> TextCollector:
    collector = TextCollector(source)
    collector.feed(source)
    collector.close()
    return collector


# 《…祝贺香港特区&lt;维护国家安全条例&gt;顺利通过》: a page escapes the marks of a title inside a
# title as &lt; and &gt;; read as < and >, they look like a tag in every label and sentence
_NESTED_TITLE = re.compile(r"<([\u4e00-\u9fff][^<>\n]{0,60}?)>")


def collected_text(collector: TextCollector) -> str:
    """The collector's text, a title inside a title marked 〈…〉 (one character for one, so
    the offsets stand)."""
    text = "".join(collector.chars)
    if "<" not in text:
        return text
    return _NESTED_TITLE.sub(lambda m: f"〈{m.group(1)}〉", text)


_CHROME_LINE = re.compile(
    r"^\s*(?:返回(?:顶部|首页|列表|上一页)?|回到顶部|顶部|打印(?:本页|此页)?|关闭(?:窗口|本页)?|"
    r"分享(?:到)?\s*[:：]?.{0,30}|责任编辑\s*[:：].{0,20}|(?:来源|编辑|作者)\s*[:：].{0,30}|"
    r"【\s*[^】]{1,6}\s*】(?:\s*【\s*[^】]{1,6}\s*】)*|[\[［]\s*[^\]］]{1,6}\s*[\]］]"
    r"(?:\s*[\[［]\s*[^\]］]{1,6}\s*[\]］])*|字号[:：]?\s*[大中小\s]*|扫一扫.{0,20}|"
    r"[上下]一篇\s*[:：]?.{0,40})\s*$"
)


def chrome_lines(text: str, flags: bytearray) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every line that is site chrome rather than content."""
    dropped = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        size = len("".join(line.split()))
        if not size:
            continue
        sentence = size >= 20 and _SENTENCE_END.search(line) is not None
        if size <= 40 and _CHROME_LINE.match(line):
            dropped.append((start, end))
        elif not sentence and flags[start:end].strip(b"\x00"):
            content = [i for i in range(start, end) if not text[i].isspace()]
            links = sum(1 for i in content if flags[i] & LINK)
            chrome = sum(1 for i in content if flags[i] & CHROME)
            if chrome > size / 2 or (links > size / 2 and size < 80):
                dropped.append((start, end))
    return dropped


def html_to_text(source: str, keep_chrome: bool = False) -> Converted:
    """The main content of an HTML page, with its headings and ``<article>`` spans.

    With ``keep_chrome`` the lines of site chrome stay (``--keep-boilerplate``).
    """
    collector = collect(source)
    text = collected_text(collector)
    title = " ".join("".join(collector.title).split())
    url = next((link for link in collector.links if link.startswith("http")), None)
    dropped = [] if keep_chrome else chrome_lines(text, collector.flags)
    converted = Converted(
        text,
        collector.offsets,
        title=title,
        url=url,
        headings=collector.headings,
        articles=collector.articles,
        breaks=collector.breaks,
    )
    return remove_spans(converted, dropped)


def remove_spans(converted: Converted, spans: list[tuple[int, int]]) -> Converted:
    """``converted`` without the given line spans (each counted as one removed line)."""
    if not spans:
        return converted
    text, offsets = converted.text, converted.offsets
    keep = bytearray(b"\x01") * len(text)
    for start, end in spans:
        stop = end + 1 if end < len(text) and text[end] == "\n" else end
        keep[start:stop] = bytes(stop - start)
    new_position = array("q", [0]) * (len(text) + 1)
    count = 0
    for i in range(len(text)):
        new_position[i] = count
        count += keep[i]
    new_position[len(text)] = count
    new_text = "".join(compress(text, keep))
    new_offsets = array("q", compress(offsets, keep))
    headings = [
        Heading(h.level, new_position[h.start], new_position[h.end])
        for h in converted.headings
        if new_position[h.end] > new_position[h.start]
    ]
    articles = [(new_position[s], new_position[e]) for s, e in converted.articles]
    return Converted(
        new_text,
        new_offsets,
        title=converted.title,
        url=converted.url,
        headings=headings,
        articles=[(s, e) for s, e in articles if e > s],
        sources=[type(s)(new_position[s.position], s.url) for s in converted.sources],
        breaks=sorted({new_position[b] for b in converted.breaks}),
        removed=converted.removed + len(spans),
        notes=converted.notes,
    )
