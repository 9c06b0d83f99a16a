"""Ingest: files on disk -> clean :class:`~kgraph.records.Document` records.

Reading a file is decoding (BOM, UTF-8, then detection among the Chinese
encodings), HTML to text, and cleaning the shapes real corpora come in:

* PDF extractions break sentences over lines with blank lines between: the
  pieces are rejoined into paragraphs;
* commentaries and newspaper pages repeat whole paragraphs: one copy is kept;
* pages copied from websites drag menus, link lists, disclaimers and
  ``原文链接:URL`` along: the boilerplate goes, the URL is kept as the source.

Cleaning never loses track of where a character came from: every character of
``Document.text`` records its offset in ``Document.raw`` (see records.py).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from kgraph import metadata
from kgraph.records import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "decode",
    "discover",
    "document_from_text",
    "read_document",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_FILE_BYTES = 200 * 1024 * 1024  # a larger file is refused rather than exhausting memory


class IngestError(Exception):
    """A file that cannot be read as text; the message names the reason."""


class UsageError(Exception):
    """A path given on the command line that does not exist or holds nothing to read."""


# --------------------------------------------------------------------------- discovery


def discover(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Expand files and folders (recursively) into ``(path, doc_id)`` pairs, sorted.

    A document id is the file name for a file given directly, and
    ``folder/relative/path`` for files found under a folder, so ids do not depend
    on the working directory.
    """
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise UsageError(f"{given}: no such file or folder")
        if path.is_dir():
            root_name = path.resolve().name
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    doc_id = f"{root_name}/{child.relative_to(path).as_posix()}"
                    found.setdefault(doc_id, child)
        else:
            found.setdefault(path.name, path)
    return sorted(((p, doc_id) for doc_id, p in found.items()), key=lambda item: item[1])


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_MAGIC = {
    b"%PDF": "a PDF file (extract its text first)",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx: extract its text first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an Office 97-2003 document",
}
_CANDIDATE_ENCODINGS = ("gb18030", "big5", "utf-16", "utf-8")


def decode(data: bytes, name: str = "") -> tuple[str, str, list[str]]:
    """Decode bytes to text; returns ``(text, encoding, warnings)``.

    Raises :class:`IngestError` for empty and binary files.
    """
    if not data.strip():
        raise IngestError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding, []
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise IngestError(f"binary file: {what}")
    sample = data[:65536]
    nul_share = sample.count(0) / len(sample)
    if nul_share > 0.2:  # UTF-16 without a BOM: every other byte of CJK/ASCII text is often NUL
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, encoding, []
        raise IngestError("binary file: it holds NUL bytes and decodes as no text encoding")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text, encoding, warnings = _detect(data, error)
    else:
        encoding, warnings = "utf-8", []
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL bytes removed")
    if not _looks_like_text(text):
        raise IngestError("binary file: too many control characters for a text")
    return text, encoding, warnings


def _detect(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str, list[str]]:
    # Mostly valid UTF-8 with a few broken bytes (a truncated download, a bad
    # copy-paste) is repaired rather than re-guessed as a legacy encoding.
    bad = _count_utf8_errors(data)
    if bad and bad <= max(3, len(data) // 2000):
        text = data.decode("utf-8", errors="replace")
        return text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CANDIDATE_ENCODINGS)).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            "binary file or unknown encoding: not UTF-8 "
            f"({utf8_error.reason} at byte {utf8_error.start}) nor any Chinese encoding"
        )
    encoding = codecs.lookup(best.encoding).name
    return str(best), encoding, []


def _count_utf8_errors(data: bytes) -> int:
    count, position = 0, 0
    while True:
        try:
            data[position:].decode("utf-8")
            return count
        except UnicodeDecodeError as error:
            count += 1
            position += error.end
            if count > 10_000:
                return count


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    control = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    return control / len(sample) < 0.02


# --------------------------------------------------------------------------- HTML


class _TextCollector(HTMLParser):
    """HTML -> text that remembers, for every character, its offset in the source."""

    SKIP = frozenset(
        {
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
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
            "blockquote",
            "pre",
            "hr",
            "dd",
            "dt",
            "td",
            "th",
        }
    )
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
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.links: list[str] = []

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, start: int) -> None:
        self.chars.append(text)
        self.offsets.extend(range(start, start + len(text)))

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self._emit_synthetic("\n")

    def _emit_synthetic(self, ch: str) -> None:
        self.chars.append(ch)
        self.offsets.append(self._position())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "link" and dict(attrs).get("rel") == "canonical":
            self.links.append(dict(attrs).get("href") or "")
        elif tag == "meta" and dict(attrs).get("property") == "og:url":
            self.links.append(dict(attrs).get("content") or "")
        if tag in self.BLOCK and not self.skip_depth:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        if tag in self.BLOCK and not self.skip_depth:
            self._newline()

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


def html_to_text(source: str) -> tuple[str, array, str, str | None]:
    """Returns ``(text, offsets, title, canonical_url)`` for an HTML page."""
    collector = _TextCollector(source)
    collector.feed(source)
    collector.close()
    text = "".join(collector.chars)
    title = " ".join("".join(collector.title).split())
    url = next((link for link in collector.links if link.startswith("http")), None)
    return text, collector.offsets, title, url


def _looks_like_html(text: str, suffix: str) -> bool:
    if suffix in (".html", ".htm"):
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


# --------------------------------------------------------------------------- cleaning


@dataclass(slots=True)
class _Line:
    """A line of text and the raw offset of each of its characters."""

    text: str
    offsets: array
    bullet: bool = False  # started with ■ ● ◆ …: a new paragraph whatever came before


_TERMINAL = "。！？!?；;…”’」』）)】"  # a line ending in one of these ends a sentence
_OPENERS = "“‘「『（(【《"
_CLOSERS = "”’」』）)】》"
_URL = re.compile(r"https?://[^\s<>\"'，。）)]+")
_SOURCE_LINK = re.compile(r"^\s*(?:原文链接|原文地址|来源链接|原文网址|链接)\s*[:：]\s*(\S+)")
# Link lists of portals: "- 全省城市更新工作专题培训... 11-17", "· 标题 2023-10-24".
_LINK_LIST_ITEM = re.compile(
    r"^\s*(?:[-•·*>]|\d+[.、])\s*.{2,60}?(?:\.{2,}|…+)?\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*$"
)
_BOILERPLATE = re.compile(
    r"^\s*(?:[\[【]?\s*(?:免责声明|版权声明|声明)\s*[\]】]?|版权所有|Copyright|©|责任编辑|编辑[:：]|"
    r"扫一扫|分享到|打印本页|关闭窗口|【?打印】?|【?关闭】?|上一篇|下一篇|相关阅读|相关新闻|相关链接|"
    r"网站地图|联系我们|主办单位|承办单位|ICP备|京ICP|网站标识码|公网安备|字号[:：]|"
    r"当前位置[:：]|您当前的位置|首页\s*[>|]|浏览次数|访问量|【字体)",
    re.IGNORECASE,
)
_MENU_SEPARATORS = re.compile(r"\s*[|｜/]\s*|\s{2,}")
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章节部分])"
)
_LEAD = re.compile(
    r"^\s*(?:本报讯|本报|新华社|据新华社|人民网|央视网|中新网|新华网|（上接|\(上接|（下转|\(下转)"
)
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_BULLETS = "■□●◆◇▲△★☆"


def _split_lines(text: str, offsets: array) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    for piece in text.splitlines(keepends=True):
        stripped = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lines.append(_Line(stripped, offsets[position : position + len(stripped)]))
        position += len(piece)
    return lines


def _strip(line: _Line) -> _Line:
    """Trim the line and drop the spaces a PDF or a typesetter put inside CJK text.

    ``过去 5 年`` and ``闻 言`` lose their spaces; a space between two long runs
    (a headline and its subtitle) and a space between Latin words are kept.
    """
    text = line.text
    keep = [True] * len(text)
    runs = list(_SPACES.finditer(text))
    for index, match in enumerate(runs):
        start, end = match.start(), match.end()
        # The tokens on either side: up to the neighbouring runs of spaces.
        before = text[runs[index - 1].end() if index else 0 : start]
        after = text[end : runs[index + 1].start() if index + 1 < len(runs) else len(text)]
        latin = (
            before[-1:].isascii()
            and before[-1:].isalpha()
            and after[:1].isascii()
            and after[:1].isalpha()
        )
        if not before or not after or not (latin or (len(before) >= 4 and len(after) >= 4)):
            for i in range(start, end):
                keep[i] = False
    bullet = False
    i = 0
    while i < len(text) and (not keep[i] or text[i] in _BULLETS):
        bullet = bullet or text[i] in _BULLETS
        keep[i] = False
        i += 1
    if all(keep):
        return line
    chars = [ch for ch, k in zip(text, keep) if k]
    offs = array("q", (o for o, k in zip(line.offsets, keep) if k))
    return _Line("".join(chars), offs, bullet)


def _is_menu(text: str) -> bool:
    """A navigation bar: many short items separated by bars or wide spaces, no sentence."""
    items = [item for item in _MENU_SEPARATORS.split(text.strip()) if item]
    return (
        len(items) >= 4
        and max(len(item) for item in items) <= 8
        and not any(ch in text for ch in "。，,；")
    )


def _remove_boilerplate(lines: list[_Line]) -> tuple[list[_Line], str | None, int]:
    """Drop portal boilerplate; returns the kept lines, the source URL and how many were dropped."""
    kept: list[_Line] = []
    url: str | None = None
    dropped = 0
    for line in lines:
        text = line.text
        source = _SOURCE_LINK.match(text)
        if source:
            found = _URL.search(text)
            url = url or (found.group(0) if found else source.group(1))
            dropped += 1
            continue
        if text.strip() and (
            _BOILERPLATE.match(text) or _LINK_LIST_ITEM.match(text) or _is_menu(text)
        ):
            dropped += 1
            continue
        kept.append(line)
    return kept, url, dropped


def _wrap_width(lines: list[_Line]) -> int:
    """The width at which a PDF extraction hard-wrapped its lines (0 when it did not)."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 8)
    if len(lengths) < 5:
        return 0
    typical = lengths[len(lengths) * 3 // 4]
    # Hard-wrapped text has most lines within a few characters of one width.
    near = sum(1 for n in lengths if abs(n - typical) <= 3)
    return typical if near >= 0.5 * len(lengths) else 0


def _unbalanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0


def _continues(previous: str, following: str, wrap: int) -> bool:
    """Does ``following`` continue the paragraph ``previous`` was cut from?"""
    if not previous or not following or previous[-1] in _TERMINAL:
        return False
    if _HEADING.match(following) or _LEAD.match(following) or _HEADING.match(previous):
        return False
    if following[0] in "，、。；：！？,;:)）”’》」』":
        return True
    long_enough = len(previous) >= (wrap - 4 if wrap else 40)
    return long_enough or _unbalanced(previous)


def _join_paragraphs(lines: list[_Line]) -> list[_Line]:
    lines = [line for line in (_strip(line) for line in lines) if line.text]
    wrap = _wrap_width(lines)
    paragraphs: list[_Line] = []
    for line in lines:
        if paragraphs and not line.bullet and _continues(paragraphs[-1].text, line.text, wrap):
            last = paragraphs[-1]
            glue = (
                " "
                if last.text[-1].isascii() and last.text[-1].isalnum() and line.text[0].isascii()
                else ""
            )
            offsets = array("q", last.offsets)
            if glue:
                offsets.append(last.offsets[-1] + 1)
            offsets.extend(line.offsets)
            paragraphs[-1] = _Line(last.text + glue + line.text, offsets)
        else:
            paragraphs.append(line)
    return paragraphs


def _paragraph_key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def _drop_repeated(paragraphs: list[_Line]) -> tuple[list[_Line], int]:
    """Keep one copy of a paragraph that is repeated verbatim or nearly so.

    Near copies (a layout tool re-flowing a paragraph, a highlight box quoting
    the body, a character lost at a page break) are caught by 8-character
    shingles: when 90 % of one paragraph's shingles lie in another, the two are
    one paragraph and the longer copy is kept, in its own place.
    """
    keys = [_paragraph_key(p.text) for p in paragraphs]
    alive = [True] * len(paragraphs)
    seen: dict[str, int] = {}
    shingle_owner: dict[int, list[int]] = {}
    shingle_sets: list[set[int]] = []
    for index, key in enumerate(keys):
        shingles = {hash(key[i : i + 8]) for i in range(max(0, len(key) - 7))}
        shingle_sets.append(shingles)
        if len(key) >= 12 and key in seen:
            alive[index] = False
            continue
        seen.setdefault(key, index)
        if len(key) >= 50:
            overlap: dict[int, int] = {}
            for shingle in shingles:
                for owner in shingle_owner.get(shingle, ()):
                    if alive[owner]:
                        overlap[owner] = overlap.get(owner, 0) + 1
            for owner, shared in sorted(overlap.items()):
                inside_earlier = shared >= 0.9 * len(shingles)
                earlier_inside = shared >= 0.9 * len(shingle_sets[owner])
                if earlier_inside and len(shingles) >= len(shingle_sets[owner]):
                    alive[owner] = False  # this copy is the fuller one: it replaces the earlier
                elif inside_earlier:
                    alive[index] = False
                    break
            if not alive[index]:
                continue
        for shingle in shingles:
            shingle_owner.setdefault(shingle, []).append(index)
    kept = [p for p, keep in zip(paragraphs, alive) if keep]
    return kept, len(paragraphs) - len(kept)


def clean(text: str, offsets: array) -> tuple[str, array, str | None, list[str]]:
    """Clean decoded text; returns ``(text, offsets, source_url, notes)``."""
    lines = _split_lines(text, offsets)
    lines, url, boilerplate = _remove_boilerplate(lines)
    paragraphs = _join_paragraphs(lines)
    paragraphs, repeated = _drop_repeated(paragraphs)
    notes = []
    if boilerplate:
        notes.append(f"{boilerplate} boilerplate line(s) dropped")
    if repeated:
        notes.append(f"{repeated} repeated paragraph(s) dropped")
    out_offsets = array("q")
    pieces: list[str] = []
    for paragraph in paragraphs:
        if pieces:
            pieces.append("\n")
            out_offsets.append(out_offsets[-1] + 1)
        pieces.append(paragraph.text)
        out_offsets.extend(paragraph.offsets)
    return "".join(pieces), out_offsets, url, notes


# --------------------------------------------------------------------------- documents


def document_from_text(
    raw: str,
    doc_id: str,
    path: str = "",
    *,
    html: bool = False,
    encoding: str = "utf-8",
    warnings: Iterable[str] = (),
) -> Document:
    """Clean decoded text into a :class:`Document` (the testable core of :func:`read_document`)."""
    raw = raw.replace("\r\n", "\n") if "\r\n" in raw else raw
    title, url = "", None
    if html:
        body, offsets, title, url = html_to_text(raw)
    else:
        body, offsets = raw, array("q", range(len(raw)))
    text, offsets, source_url, _notes = clean(body, offsets)
    info = metadata.describe(text, title_hint=title, url=source_url or url)
    return Document(
        id=doc_id,
        path=path or doc_id,
        raw=raw,
        text=text,
        offsets=offsets,
        title=info.title,
        date=info.date,
        publisher=info.publisher,
        source_url=source_url or url,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Read, decode and clean one file. Raises :class:`IngestError` with the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = size // (1024 * 1024)
            raise IngestError(f"file too large ({megabytes} MB > {MAX_FILE_BYTES >> 20} MB)")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}") from error
    raw, encoding, warnings = decode(data, str(path))
    html = _looks_like_html(raw, path.suffix.lower())
    document = document_from_text(
        raw, doc_id or path.name, str(path), html=html, encoding=encoding, warnings=warnings
    )
    if not document.text.strip():
        raise IngestError("no text left after cleaning")
    return document
