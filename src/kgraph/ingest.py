"""Ingest: files on disk -> clean :class:`~kgraph.records.Document` records.

Reading a file is decoding (BOM, UTF-8, then detection among the Chinese
encodings), converting its format to text (``kgraph.formats``: HTML, Markdown,
and PDF and DOCX, whose extracted text is the document's ``raw``), splitting a
page of several items into one document per item, and cleaning the shapes real
corpora come in:

* PDF extractions break sentences over lines with blank lines between: the
  pieces are rejoined into paragraphs;
* commentaries and newspaper pages repeat whole paragraphs: one copy is kept;
* pages copied from websites drag menus, link lists, disclaimers and
  ``原文链接:URL`` along: the boilerplate goes, the URL is kept as the source;
  every line removed is counted (``Document.removed``).

A page of several items (a day of a news programme: ``# 《新闻联播》 (20231031)``,
a summary, then one ``### headline`` per story; a page of several ``<article>``)
gives the page's document (id ``doc_id``: its title and date, and only the text
outside every item) and one document per item (id ``doc_id#n``, ``part_of`` the
page, its own title and date, the page's ``raw``). The lines of a summary that
repeat the items' headlines are removed (and counted), so nothing is extracted
twice; a summary line that names no item (a story read without a report) stays.

Cleaning never loses track of where a character came from: every character of
``Document.text`` records its offset in ``Document.raw`` (see records.py), and
``Document.raw`` is the decoded file exactly (``\r\n`` and lone ``\r`` included;
only a byte-order mark is not part of it).
"""

from __future__ import annotations

import codecs
import dataclasses
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kgraph import metadata
from kgraph.formats import Converted, Heading, identity
from kgraph.formats.html import html_to_text, looks_like_html
from kgraph.formats.markdown import looks_like_markdown, markdown_to_text
from kgraph.formats.office import FormatError, docx_to_text, pdf_to_text
from kgraph.records import Document
from kgraph.segment import cut_long
from kgraph.text import read_words
from kgraph.traditional import is_traditional, to_simplified

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "convert",
    "decode",
    "discover",
    "document_from_text",
    "documents_from_converted",
    "documents_from_text",
    "read_document",
    "read_documents",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 200 * 1024 * 1024  # a larger file is refused rather than exhausting memory


class IngestError(Exception):
    """A file that cannot be read as text; the message names the reason."""


class UsageError(Exception):
    """A path given on the command line that does not exist or holds nothing to read."""


# --------------------------------------------------------------------------- discovery


def discover(
    paths: Iterable[str | Path], unsupported: list[Path] | None = None
) -> list[tuple[Path, str]]:
    """Expand files and folders (recursively) into ``(path, doc_id)`` pairs, sorted.

    A document id is the file name for a file given directly, and
    ``folder/relative/path`` for files found under a folder, so ids do not depend
    on the working directory. Files of a folder that no reader supports (by their
    suffix) are appended to ``unsupported``, when given, for the caller to list.
    """
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise UsageError(f"{given}: no such file or folder")
        if path.is_dir():
            root_name = path.resolve().name
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    doc_id = f"{root_name}/{child.relative_to(path).as_posix()}"
                    found.setdefault(doc_id, child)
                elif unsupported is not None:
                    unsupported.append(child)
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


# --------------------------------------------------------------------------- cleaning


@dataclass(slots=True)
class _Line:
    """A line of text and the raw offset of each of its characters."""

    text: str
    offsets: array
    bullet: bool = False  # started with ■ ● ◆ …: a new paragraph whatever came before
    heading: bool = False  # a heading of the format: joins no other line
    hard: bool = False  # the format starts a paragraph here (</p><p>, a list item, a blank line)
    pseudo: bool = False  # a piece of an overlong line (a one-line file): never a repeat


_TERMINAL = "。！？!?；;…”’」』）)】"  # a line ending in one of these ends a sentence
_OPENERS = "“‘「『（(【《"
_CLOSERS = "”’」』）)】》"
_BRACKETS = re.compile("[" + re.escape(_OPENERS + _CLOSERS) + "]")
_URL = re.compile(r"https?://[^\s<>\"'，。）)]+")
_SOURCE_LINK = re.compile(r"^\s*(?:原文链接|原文地址|来源链接|原文网址|链接)\s*[:：]\s*(\S+)")
# Link lists of portals: "- 全省城市更新工作专题培训... 11-17", "· 标题 2023-10-24".
_LINK_LIST_ITEM = re.compile(
    r"^\s*(?:[-•·*>]|\d+[.、])\s*.{2,60}?(?:\.{2,}|…+|\s)\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*$"
)
# A boilerplate line starts with one of these words and then ends, or goes on
# after a colon, a bar or a bracket (版权所有：…, 相关新闻 >>, 【打印】【关闭】); the
# same words inside running text (声明说，…, 主办单位为…) are text. A page may close its
# text with such a line in brackets: （责任编辑：…）, (编辑:…).
_BOILERPLATE = re.compile(
    r"^\s*[（(]?\s*(?:[\[【]?\s*声明\s*[\]】]?|责任编辑|编辑|扫一扫|分享到|分享|打印本页|关闭窗口|【?打印】?|"
    r"【?关闭】?|上一篇|下一篇|相关阅读|相关新闻|相关链接|相关报道|网站地图|联系我们|主办单位|承办单位|"
    r"字号|当前位置|您当前的位置|您的位置|首页|浏览次数|访问量|阅读次数|【字体|返回顶部|回到顶部|"
    r"返回首页|返回|顶部|来源|undefined|null)"
    r"\s*(?:[:：|｜>»/【\[(（©].*)?$",
    re.IGNORECASE,
)
# These start boilerplate whatever follows, however long (a disclaimer is a paragraph).
_BOILERPLATE_ANY = re.compile(
    r"^\s*(?:[\[【]?\s*(?:免责声明|版权声明|我要纠错)|Copyright\b|©|版权所有(?:[:：©\s(（]|$)|ICP备|"
    r"京ICP|网站标识码|公网安备|扫一扫在手机上?打开)",
    re.IGNORECASE,
)
_BOILERPLATE_MAX = 80  # a longer line is text whatever word it starts with
# The site's path to the page: 中国共产党新闻网>>高层动态, 首页 > 新闻中心 > 工作动态
_BREADCRUMB = re.compile(
    r"\s*[^\s>»→，。；,;]{1,15}(?:\s*(?:>>|>|»|→)\s*[^\s>»→，。；,;]{1,15}){1,6}\s*(?:>>|>|»)?\s*"
)
_MENU_WORDS = frozenset(
    re.split(
        " ",
        "首页 主页 新闻 要闻 政务 公开 服务 互动 关于 我们 登录 注册 更多 专题 视频 图片 English "
        "网站地图 联系我们 返回 搜索",
    )
)
_MENU_SEPARATORS = re.compile(r"\s*[|｜/]\s*|\s{2,}")
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章节部分])"
)
_LEAD = re.compile(
    r"^\s*(?:本报讯|本报|新华社|据新华社|人民网|央视网|中新网|新华网|（上接|\(上接|（下转|\(下转)"
)
# 人社提字〔2024〕56号, 国办发〔2024〕12号: an official document's number, a line of its own under
# its title (which may run longer than a wrapped line)
_DOCUMENT_NUMBER = re.compile(
    r"\s*[\u4e00-\u9fff]{1,10}[〔［\[【](?:19|20)\d{2}[〕］\]】]\d{1,5}号\s*"
)
# 2009年5月26日至今，| 2003年4月-2011年5月任 | 2005.03-2007.12: a line that opens with the span
# of a step of a career, after a line that ends with a comma (a note's entries, one a line)
_DATED_STEP = re.compile(
    r"\s*(?:19|20)\d{2}(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[./]\d{1,2})\s*(?:[-—–~～至到]|起)"
)
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_BULLETS = "■□●◆◇▲△★☆"


# A line longer than this (a file of one line, a scraped page without breaks) is cut
# at sentence ends into pseudo-paragraphs of at most PSEUDO_PARAGRAPH characters,
# so that cleaning, segmenting and extraction always work on bounded paragraphs.
LONG_LINE = 20_000
PSEUDO_PARAGRAPH = 2_000
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)】]*|…{2,}[”’」』）)】]*")


def _split_lines(
    text: str, offsets: array, headings: Iterable[int] = (), breaks: Iterable[int] = ()
) -> list[_Line]:
    """The lines of ``text`` (any line break: ``\\n``, ``\\r\\n``, ``\\r``…); ``headings``
    are the positions where a heading line starts, ``breaks`` those where the
    format starts a paragraph. A line over ``LONG_LINE`` characters comes as
    pseudo-paragraphs (see there)."""
    starts, hard = set(headings), set(breaks)
    lines: list[_Line] = []
    position = 0
    for piece in text.splitlines(keepends=True):
        stripped = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        if len(stripped) > LONG_LINE:
            for start, end in cut_long(stripped, 0, len(stripped), PSEUDO_PARAGRAPH, _SENTENCE_END):
                lines.append(
                    _Line(
                        stripped[start:end],
                        offsets[position + start : position + end],
                        heading=False,
                        hard=True,
                        pseudo=True,
                    )
                )
            position += len(piece)
            continue
        line = _Line(stripped, offsets[position : position + len(stripped)])
        line.heading = position in starts
        line.hard = position in hard
        lines.append(line)
        position += len(piece)
    return lines


def _splice(text: str, offsets: array, edits: Iterable[tuple[int, int, str]]) -> tuple[str, array]:
    """``text`` with each span ``(start, end)`` of ``edits`` (in order; they may overlap)
    replaced by its text, whose characters take the offset of the span's first; the other
    characters keep theirs."""
    pieces: list[str] = []
    kept = array("q")
    position = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        kept.extend(offsets[position:start])
        if start >= position:
            pieces.append(replacement)
            kept.extend([offsets[start]] * len(replacement))
        position = max(position, end)
    pieces.append(text[position:])
    kept.extend(offsets[position:])
    return "".join(pieces), kept


# A cell of a spreadsheet (the .xlsx a corpus was collected in, saved as text) writes its line
# breaks and tabs as _x000D_, _x000A_, _x0009_ (OOXML's escapes).
_SPREADSHEET_ESCAPE = re.compile(r"_x000[DdAa9]_")


def _unescape_spreadsheet(text: str, offsets: array) -> tuple[str, array]:
    """``text`` with a spreadsheet's escaped line breaks as breaks and tabs as spaces."""
    edits = [
        (m.start(), m.end(), " " if m.group() == "_x0009_" else "\n")
        for m in _SPREADSHEET_ESCAPE.finditer(text)
    ]
    return _splice(text, offsets, edits)


# A Big5 mirror of a mainland site (its converter) puts a character's pinyin after it:
# 國務(wù)院, 習(xí)近平. The reading is not text; left in, it cuts every word and
# name it sits in. A reading is Latin letters with a tone mark, in brackets, after a Han
# character.
_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def _drop_readings(line: _Line) -> _Line:
    """The line without the pinyin readings a converter inserted (see ``_READING``)."""
    if "(" not in line.text:
        return line
    spans = [match.span() for match in _READING.finditer(line.text)]
    return _without(line, spans) if spans else line


def _without(line: _Line, cuts: list[tuple[int, int]], bullet: bool | None = None) -> _Line:
    """The line without the spans ``cuts`` (in order, they may overlap), offsets kept."""
    text, offsets = _splice(line.text, line.offsets, ((start, end, "") for start, end in cuts))
    return _Line(
        text,
        offsets,
        line.bullet if bullet is None else bullet,
        line.heading,
        line.hard,
        line.pseudo,
    )


def _strip(line: _Line) -> _Line:
    """Trim the line and drop the spaces a PDF or a typesetter put inside CJK text.

    ``过去 5 年`` and ``闻 言`` lose their spaces; a space between two long runs
    (a headline and its subtitle) and a space between Latin words are kept.
    """
    text = line.text
    if _is_name_list(text):
        return line  # the spaces between names are what keeps them apart
    cuts: list[tuple[int, int]] = []  # spans to drop, in order
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
            cuts.append((start, end))
    bullet = False
    i = 0
    while i < len(text) and (text[i] in _BULLETS or (cuts and cuts[0][0] <= i < cuts[0][1])):
        bullet = bullet or text[i] in _BULLETS
        i += 1
        if cuts and i >= cuts[0][1]:
            cuts.pop(0)
    if i:
        if cuts and cuts[0][0] < i:
            cuts[0] = (i, cuts[0][1])
        cuts.insert(0, (0, i))
    return _without(line, cuts, bullet) if cuts else line


def _is_menu(text: str) -> bool:
    """A navigation bar: many short items separated by bars or wide spaces, no sentence.

    A list of names (``江泽民  李鹏  朱镕基  李瑞环``: two or three characters, a
    common surname first) is text, not a menu.
    """
    if len(text) > _BOILERPLATE_MAX * 4 or any(ch in text for ch in "。，,；"):
        return False
    items = [item for item in _MENU_SEPARATORS.split(text.strip()) if item]
    if not (
        len(items) >= 4
        and max(len(item) for item in items) <= 8
        and not any(ch in text for ch in "。，,；")
    ):
        return False
    return any(item in _MENU_WORDS for item in items) or not _is_name_list(text)


@cache
def _surnames() -> frozenset[str]:
    """The common surnames the entity tagger knows (``data/ner_surnames.txt``)."""
    return read_words(Path(__file__).parent / "data" / "ner_surnames.txt")


def _is_name_list(text: str) -> bool:
    """``江泽民  李鹏  朱镕基``: names of two to four characters, most with a common surname."""
    items = text.split()
    if len(items) < 2 or any(not 2 <= len(item) <= 4 for item in items):
        return False
    surnames = _surnames()
    named = sum(1 for item in items if item[0] in surnames or item[:2] in surnames)
    return named >= 0.6 * len(items)


def _remove_boilerplate(
    lines: list[_Line], keep: bool = False
) -> tuple[list[_Line], str | None, int]:
    """Drop portal boilerplate; returns the kept lines, the source URL and how many were dropped.

    With ``keep`` (``kgraph build --keep-boilerplate``) every line stays; the
    source URL is still taken from a ``原文链接:`` line.
    """
    kept: list[_Line] = []
    url: str | None = None
    dropped = 0
    for line in lines:
        if line.pseudo:  # a piece of an overlong line starts where a sentence does, not a line
            kept.append(line)
            continue
        text = line.text
        source = _SOURCE_LINK.match(text)
        if source:
            found = _URL.search(text)
            url = url or (found.group(0) if found else source.group(1))
            if not keep:
                dropped += 1
                continue
        elif (
            not keep
            and text.strip()
            and (
                (len(text) <= _BOILERPLATE_MAX and _BOILERPLATE.match(text))
                or _BOILERPLATE_ANY.match(text)
                or _LINK_LIST_ITEM.match(text)
                or _BREADCRUMB.fullmatch(text)
                or _is_menu(text)
            )
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


def _depth(text: str, depth: int = 0) -> int:
    """How many brackets and quotes are open after ``text``, ``depth`` being open before it."""
    for ch in _BRACKETS.findall(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
    return depth


@dataclass(slots=True)
class _Open:
    """What :func:`_continues` needs of the paragraph being joined, kept as lines come."""

    head: str  # its first line
    last: str  # its last character
    length: int
    depth: int  # brackets and quotes open at its end
    alone: bool = False  # a line of its own: a page's stamp (发布时间：…), a document's number

    def add(self, text: str, glue: int) -> None:
        self.last = text[-1]
        self.length += glue + len(text)
        self.depth = _depth(text, self.depth)


def _continues(previous: _Open, following: str, wrap: int) -> bool:
    """Does ``following`` continue the paragraph ``previous`` was cut from?"""
    if not previous.length or not following or previous.last in _TERMINAL:
        return False
    if _HEADING.match(following) or _LEAD.match(following) or _HEADING.match(previous.head):
        return False
    if previous.last in "，,；;" and _DATED_STEP.match(following):
        return False  # (…总经理助理，| 2009年5月26日至今，任…: a career note's next step)
    if following[0] in "，、。；：！？,;:)）”’》」』":
        return True
    long_enough = previous.length >= (wrap - 4 if wrap else 40)
    return long_enough or previous.depth > 0


def _join_paragraphs(lines: list[_Line]) -> list[_Line]:
    lines = [line for line in (_strip(line) for line in lines) if line.text]
    wrap = _wrap_width(lines)
    groups: list[list[_Line]] = []  # the lines of each paragraph, joined once at the end
    paragraph = _Open("", "", 0, 0)
    for line in lines:
        # (a page's stamp or a document's number is a line of its own, under a headline
        # however long)
        alone = (
            metadata.stamp_date(line.text) is not None
            or _DOCUMENT_NUMBER.fullmatch(line.text) is not None
        )
        if (
            groups
            and not line.bullet
            and not line.heading
            and not line.hard
            and not alone
            and not paragraph.alone
            and not groups[-1][0].heading
            and _continues(paragraph, line.text, wrap)
        ):
            groups[-1].append(line)
            paragraph.add(line.text, 1 if _glued(paragraph.last, line.text) else 0)
        else:
            groups.append([line])
            paragraph = _Open(line.text, line.text[-1], len(line.text), _depth(line.text), alone)
    return [_joined(group) for group in groups]


def _glued(last: str, following: str) -> bool:
    """Lines of Latin text rejoin with a space between."""
    return last.isascii() and last.isalnum() and following[0].isascii()


def _joined(group: list[_Line]) -> _Line:
    if len(group) == 1:
        return group[0]
    pieces: list[str] = []
    offsets = array("q")
    for line in group:
        if pieces and _glued(pieces[-1][-1], line.text):
            pieces.append(" ")
            offsets.append(offsets[-1] + 1)
        pieces.append(line.text)
        offsets.extend(line.offsets)
    first = group[0]
    return _Line("".join(pieces), offsets, first.bullet, first.heading, first.hard, first.pseudo)


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() and the underscore


def _paragraph_key(text: str) -> str:
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text))


def _drop_repeated(paragraphs: list[_Line]) -> tuple[list[_Line], int]:
    """Keep one copy of a paragraph that is repeated verbatim or nearly so.

    Near copies (a layout tool re-flowing a paragraph, a highlight box quoting
    the body, a character lost at a page break) are caught by 8-character
    shingles: when 90 % of one paragraph's shingles lie in another, the two are
    one paragraph and the longer copy is kept, in its own place.
    """
    # Pseudo-paragraphs (pieces of one overlong line) are not a layout's paragraphs:
    # they are neither compared nor kept in memory as shingles.
    keys = ["" if p.pseudo else _paragraph_key(p.text) for p in paragraphs]
    alive = [True] * len(paragraphs)
    seen: dict[str, int] = {}
    shingle_owner: dict[int, list[int]] = {}
    shingle_sets: list[set[int]] = []
    for index, key in enumerate(keys):
        if paragraphs[index].pseudo:
            shingle_sets.append(set())
            continue
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


@dataclass(slots=True)
class _Cleaned:
    text: str
    offsets: array
    url: str | None
    removed: int  # boilerplate lines and repeated paragraphs


def _clean(
    text: str,
    offsets: array,
    headings: Iterable[int] = (),
    breaks: Iterable[int] = (),
    *,
    keep_boilerplate: bool = False,
) -> _Cleaned:
    lines = [_drop_readings(line) for line in _split_lines(text, offsets, headings, breaks)]
    lines, url, boilerplate = _remove_boilerplate(lines, keep=keep_boilerplate)
    paragraphs = _join_paragraphs(lines)
    del lines
    paragraphs, repeated = _drop_repeated(paragraphs)
    out_offsets = array("q")
    pieces: list[str] = []
    paragraphs.reverse()
    while paragraphs:  # each paragraph's offsets are freed once copied: one copy at a time
        paragraph = paragraphs.pop()
        if pieces:
            pieces.append("\n")
            out_offsets.append(out_offsets[-1] + 1)
        pieces.append(paragraph.text)
        out_offsets.extend(paragraph.offsets)
    return _Cleaned("".join(pieces), out_offsets, url, boilerplate + repeated)


def clean(text: str, offsets: array) -> tuple[str, array, str | None, list[str]]:
    """Clean decoded text; returns ``(text, offsets, source_url, notes)``."""
    cleaned = _clean(text, offsets)
    notes = [f"{cleaned.removed} line(s) dropped"] if cleaned.removed else []
    return cleaned.text, cleaned.offsets, cleaned.url, notes


# --------------------------------------------------------------------------- formats


def _kind(raw: str, suffix: str) -> str:
    """``html``, ``markdown`` or ``plain``: by the suffix, and for ``.txt`` by the content."""
    if suffix in (".md", ".markdown"):
        return "markdown"
    if looks_like_html(raw, suffix):
        return "html"
    return "markdown" if looks_like_markdown(raw) else "plain"


def convert(raw: str, kind: str = "plain", keep_boilerplate: bool = False) -> Converted:
    """The text of a decoded file in format ``kind``, with offsets into ``raw``."""
    if kind == "html":
        return html_to_text(raw, keep_chrome=keep_boilerplate)
    if kind == "markdown":
        return markdown_to_text(raw, keep_chrome=keep_boilerplate)
    return identity(raw)


# --------------------------------------------------------------------------- items

# Headings that number the sections of one text (一、 （二） 第三章 1.2) do not start items.
_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
    r"第[一二三四五六七八九十百\d]+[章节部分条篇]|\d+(?:\.\d+)*[、.．\s])"
)
ITEM_MIN_BODY = 20  # a heading starts an item when this many characters follow it
HEADLINE_LINES_ABOVE_PHOTO = 5  # the headline, subtitles and caption lines above a photo's credit
_SUMMARY_PREFIX = re.compile(r"^\s*(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])?\s*(?:【[^】]{1,20}】)?")


def _summary_prefix_end(line: str) -> int:
    match = _SUMMARY_PREFIX.match(line)
    assert match is not None  # every part of the pattern is optional: it always matches
    return match.end()


def _content(text: str) -> int:
    return len("".join(text.split()))


# Notes in brackets on lines of their own before a story's lead: （附图片１张）
_NOTE_LINES = re.compile(r"(?:[（(][^（()）\n]+[）)][ \t\u3000]*\n\s*)+")


def _opens_like_news(text: str) -> bool:
    """Does ``text`` (the body under a heading) open with a news lead or a dateline, notes on
    lines of their own aside?"""
    head = text.lstrip()
    notes = _NOTE_LINES.match(head)
    head = head[notes.end() if notes else 0 :][:80]
    return bool(_LEAD.match(head) or metadata.DATELINE_PATTERN.match(head))


def _item_spans(converted: Converted, leads: bool = False) -> list[tuple[int, int, Heading | None]]:
    """``(start, end, heading)`` of each item of a page of several, else ``[]``.

    Items are the ``<article>`` elements of a page, or the sections under the
    headings of one level, the level with the most headings that have text under
    them (two at least), unless they number the parts of one text (一、 二、). With
    ``leads`` (an HTML page, whose headings more often divide one article), two
    of the sections must also open like news reports (新华社…电, 本报讯, 央视网消息).
    """
    text = converted.text
    articles = [(s, e) for s, e in converted.articles if _content(text[s:e]) >= ITEM_MIN_BODY]
    if len(articles) >= 2:
        return [
            (s, e, next((h for h in converted.headings if s <= h.start < e), None))
            for s, e in articles
        ]
    headings = sorted(converted.headings, key=lambda h: h.start)
    best: tuple[int, int] | None = None  # (level, headings of that level with a body)
    for level in sorted({h.level for h in headings}):
        at = [i for i, h in enumerate(headings) if h.level == level]
        with_body = sum(
            1
            for i in at
            if _content(
                text[
                    headings[i].end : headings[i + 1].start if i + 1 < len(headings) else len(text)
                ]
            )
            >= ITEM_MIN_BODY
        )
        numbered = sum(1 for i in at if _NUMBERED.match(text[headings[i].start : headings[i].end]))
        if leads:
            reports = sum(
                1
                for i in at
                if _opens_like_news(
                    text[
                        headings[i].end : headings[i + 1].start
                        if i + 1 < len(headings)
                        else len(text)
                    ]
                )
            )
            if reports < 2:
                continue
        if with_body >= 2 and 2 * numbered < len(at) and (best is None or with_body > best[1]):
            best = (level, with_body)
    if best is None:
        return []
    spans: list[tuple[int, int, Heading | None]] = []
    for index, heading in enumerate(headings):
        if heading.level == best[0]:
            end = next((g.start for g in headings[index + 1 :] if g.level <= best[0]), len(text))
            spans.append((heading.start, end, heading))
    return spans


def _headline_lines(text: str) -> list[Heading]:
    """The lines of a plain text that read as the headlines of its stories: short, no
    sentence, and the next line a news report's lead (``新华社北京11月27日电``, ``本报讯``).
    A plain-text newspaper page or dispatches pasted together divide at them; an article's
    own subheadings and short lines, which no dateline follows, never do."""
    lines: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        stripped = line.strip()
        if stripped:
            lead = start + line.index(stripped[0])
            lines.append((lead, lead + len(stripped)))
    # (a page's stamp under its headline, 发布时间：2024年08月01日, is neither headline nor lead)
    lines = [(start, end) for start, end in lines if not metadata.stamp_date(text[start:end])]
    # (nor a note on a picture between a headline and its lead: （附图片１张）; a credit line,
    # （新华社记者王建民摄）, may stand where a caption divides them, and start the story)
    lines = [
        (start, end) for start, end in lines if not metadata.PICTURE_NOTE.fullmatch(text[start:end])
    ]
    headings = []

    def headline_like(index: int) -> bool:
        line = text[lines[index][0] : lines[index][1]]
        return (
            4 <= len(line) <= metadata.HEADLINE_MAX
            and line[-1] not in metadata.TERMINAL
            and not _opens_like_news(line)
        )

    for index, (start, end) in enumerate(lines):
        if not headline_like(index):
            continue
        body_start, body_end = lines[index + 1] if index + 1 < len(lines) else (end, end)
        body = text[body_start:body_end]
        if _content(body) < ITEM_MIN_BODY or not _opens_like_news(body):
            continue
        if metadata.BRACKETED_LINE.fullmatch(text[start:end]):
            # 中央军委举行…演出 / 江主席向全军老同志拜年 / １月１９日，…（the photo's caption）/
            # （新华社记者王建民摄）/ 新华社北京１月１９日电…: the story starts at its headline
            # (not over a story's own lead, 本报北京１月９日讯… / （赵新华）: its byline, and the
            # dispatches after it have no headline)
            last = index - 1
            if last >= 0 and not headline_like(last):
                caption = text[lines[last][0] : lines[last][1]]
                last = -1 if _opens_like_news(caption) else last - 1
            first = last + 1
            while first - 1 > index - HEADLINE_LINES_ABOVE_PHOTO - 1 and headline_like(first - 1):
                first -= 1
            if 0 <= first <= last:
                start, end = lines[first][0], lines[last][1]
        headings.append(Heading(level=1, start=start, end=end))
    return headings


def _summary_key(line: str) -> str:
    return _paragraph_key(line[_summary_prefix_end(line) :])


def _summary_parts(line: str) -> list[str]:
    line = line[_summary_prefix_end(line) :]
    return [_paragraph_key(part) for part in _SUMMARY_PARTS.split(line)]


_SUMMARY_FRAME = re.compile(
    r"^\s*(?:本期节目主要内容|本期主要内容|内容提要|本期要目|今日要闻|要闻提示|目录)\s*[:：]?\s*$|"
    r"^\s*[（(]\s*《[^》]{1,20}》\s*[0-9]{8}[^)）]{0,12}[)）]\s*$"
)
_SUMMARY_PARTS = re.compile(r"[\s：:，,；;]+")  # a summary line may join two headlines
SUMMARY_SHARE = 0.3  # a section is a summary when this share of its lines repeat the items


def _summary_lines(text: str, start: int, end: int, items_key: str) -> list[tuple[int, int]] | None:
    """The spans of the lines of ``text[start:end]`` to remove if it is a summary, else None.

    A summary's lines that name an item (its headline, or a sentence of it) go,
    with its frame (``本期节目主要内容：``); a line that names no item is the
    only record of its story (a short news read without a report) and stays.
    """
    spans, hits, lines = [], 0, 0
    position = start
    for line in text[start:end].splitlines(keepends=True):
        line_start, position = position, position + len(line)
        key = _summary_key(line)
        if not key:
            continue
        lines += 1
        parts = _summary_parts(line)
        if len(key) >= 4 and all(part in items_key for part in parts if len(part) >= 4):
            hits += 1
            spans.append((line_start, position))
        elif len(key) < 4 or _SUMMARY_FRAME.match(line):
            spans.append((line_start, position))
    return spans if lines >= 2 and hits >= SUMMARY_SHARE * lines else None


def _runs(keep: bytearray) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(rb"\x01+", keep)]


def _local(positions: Iterable[int], start: int, end: int) -> list[int]:
    """``positions`` inside ``[start, end)``, counted from ``start``."""
    return [p - start for p in positions if start <= p < end]


def _join(
    converted: Converted, spans: list[tuple[int, int]]
) -> tuple[str, array, list[int], list[int]]:
    """The text of ``spans`` one after another, a line break between; the heading
    starts and paragraph breaks in it."""
    pieces: list[str] = []
    offsets = array("q")
    headings: list[int] = []
    breaks: list[int] = []
    length = 0
    for start, end in spans:
        if pieces:
            pieces.append("\n")
            offsets.append(offsets[-1] + 1)
            length += 1
        breaks.append(length)
        headings.extend(length + p for p in _local(_heading_starts(converted), start, end))
        breaks.extend(length + p for p in _local(converted.breaks, start, end))
        pieces.append(converted.text[start:end])
        offsets.extend(converted.offsets[start:end])
        length += end - start
    return "".join(pieces), offsets, headings, breaks


def _heading_starts(converted: Converted) -> list[int]:
    return [h.start for h in converted.headings]


_PLACEHOLDER_TITLES = frozenset({"undefined", "null", "none", "nan", "无标题", "untitled"})


def _title_line(text: str) -> str:
    """A first line set off by a blank line, shaped like a title (关于…提案答复的函): the
    title, though cleaning may join the lines of a double-spaced text into one paragraph."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 3 or lines[1].strip():
        return ""
    line = lines[0].strip()
    if 4 <= len(line) <= metadata.HEADLINE_MAX and line[-1] not in metadata.TERMINAL:
        return line
    return ""


def _title_of(converted: Converted, heading: Heading | None) -> str:
    if heading is None:
        return ""
    title = " ".join(converted.text[heading.start : heading.end].split())
    title = metadata.PICTURE_NOTE.sub("", title).strip()  # 莫伊蝉联肯尼亚总统（附图片１张）
    return "" if title.lower() in _PLACEHOLDER_TITLES else title


def _source_in(converted: Converted, start: int, end: int) -> str | None:
    return next((s.url for s in converted.sources if start <= s.position <= end), None)


# --------------------------------------------------------------------------- documents


def documents_from_text(
    raw: str,
    doc_id: str,
    path: str = "",
    *,
    kind: str | None = None,
    encoding: str = "utf-8",
    warnings: Iterable[str] = (),
    keep_boilerplate: bool = False,
) -> list[Document]:
    """Decoded text -> the documents of the file: one, or a page and its items.

    ``kind`` is ``plain``, ``html`` or ``markdown``; by default it is told from
    the suffix of ``path`` (else ``doc_id``) and the text itself. With
    ``keep_boilerplate`` no line is removed as boilerplate or site chrome.
    """
    if kind is None:
        kind = _kind(raw, Path(path or doc_id).suffix.lower())
    return documents_from_converted(
        raw,
        convert(raw, kind, keep_boilerplate),
        doc_id,
        path,
        kind=kind,
        encoding=encoding,
        warnings=warnings,
        keep_boilerplate=keep_boilerplate,
    )


def documents_from_converted(
    raw: str,
    converted: Converted,
    doc_id: str,
    path: str = "",
    *,
    kind: str = "plain",
    encoding: str = "utf-8",
    warnings: Iterable[str] = (),
    keep_boilerplate: bool = False,
) -> list[Document]:
    """The documents of a file already converted to text (``converted.offsets`` index ``raw``).

    A text in Traditional Chinese is read in Simplified (:mod:`kgraph.traditional`):
    converted character for character, so every offset holds and ``raw`` keeps the
    characters as written.
    """
    if kind == "plain" and "_x000" in converted.text:
        text, offsets = _unescape_spreadsheet(converted.text, converted.offsets)
        converted = dataclasses.replace(converted, text=text, offsets=offsets)
    if is_traditional(converted.text):
        converted = dataclasses.replace(converted, text=to_simplified(converted.text))
    spans = _item_spans(converted, leads=kind in ("html", "docx"))
    if not spans and kind == "plain":
        headlined = dataclasses.replace(converted, headings=_headline_lines(converted.text))
        spans = _item_spans(headlined, leads=True)
        converted = headlined if spans else converted
    if not spans:
        documents = [
            _single(
                raw, doc_id, path or doc_id, converted, encoding, tuple(warnings), keep_boilerplate
            )
        ]
    else:
        documents = _page_and_items(
            raw, doc_id, path or doc_id, converted, spans, encoding, warnings, keep_boilerplate
        )
    if not keep_boilerplate:
        note = _lost_note(converted, documents)
        if note:
            documents[0].warnings += (note,)
    return documents


def _lost_note(converted: Converted, documents: list[Document]) -> str | None:
    """A warning when cleaning took more than half of a file: of its lines, and of its text.

    A portal copy loses more lines than it keeps (a link list is many short lines)
    but most of its text stays: that is cleaning doing its work, not a warning.
    """
    removed = sum(d.removed for d in documents)
    kept = sum(1 for d in documents for line in d.text.split("\n") if line.strip())
    if removed <= kept:
        return None
    total = _content(converted.text)
    if not total or 2 * sum(_content(d.text) for d in documents) >= total:
        return None
    return (
        f"cleaning removed {removed:,} of its {removed + kept:,} lines and most of its text "
        "(use --keep-boilerplate to keep them)"
    )


def _single(
    raw: str,
    doc_id: str,
    path: str,
    converted: Converted,
    encoding: str,
    warnings: tuple,
    keep_boilerplate: bool = False,
) -> Document:
    cleaned = _clean(
        converted.text,
        converted.offsets,
        _heading_starts(converted),
        converted.breaks,
        keep_boilerplate=keep_boilerplate,
    )
    url = cleaned.url or _source_in(converted, 0, len(converted.text)) or converted.url
    info = metadata.describe(
        cleaned.text, title_hint=converted.title, url=url, file_name=Path(path).name
    )
    top = [h for h in converted.headings if h.level == 1]  # ``# 标题``, ``<h1>``
    return Document(
        id=doc_id,
        path=path,
        raw=raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        title=(_title_of(converted, top[0]) if len(top) == 1 else "")
        or _title_line(converted.text)
        or info.title,
        date=info.date,
        publisher=info.publisher,
        source_url=url,
        encoding=encoding,
        warnings=warnings,
        removed=converted.removed + cleaned.removed,
    )


def _page_and_items(
    raw: str,
    doc_id: str,
    path: str,
    converted: Converted,
    spans: list[tuple[int, int, Heading | None]],
    encoding: str,
    warnings: Iterable[str],
    keep_boilerplate: bool = False,
) -> list[Document]:
    text = converted.text
    page = bytearray(b"\x01") * len(text)  # what belongs to the page, outside every item
    for start, end, _heading in spans:
        page[start:end] = bytes(end - start)
    outside = sorted(
        (h for h in converted.headings if page[h.start]), key=lambda h: (h.level, h.start)
    )
    page_heading = outside[0] if outside else None
    removed = converted.removed
    items_key = "\x00".join(_paragraph_key(text[s:e]) for s, e, _h in spans)
    starts = [*sorted(h.start for h in converted.headings), len(text)]
    for heading in outside:
        # A heading outside the items is the page's title or a container (详细新闻):
        # structure, not text. A section under it that repeats the items is a summary.
        section_end = next(s for s in starts if s > heading.start)
        section_end = min([section_end] + [s for s, _e, _h in spans if s > heading.start])
        page[heading.start : heading.end] = bytes(heading.end - heading.start)
        if heading is not page_heading:
            removed += 1
        for start, end in _summary_lines(text, heading.end, section_end, items_key) or ():
            page[start:end] = bytes(end - start)
            removed += 1
    title = _title_of(converted, page_heading) or converted.title
    page_text, page_offsets, heading_starts, breaks = _join(converted, _runs(page))
    cleaned = _clean(
        page_text, page_offsets, heading_starts, breaks, keep_boilerplate=keep_boilerplate
    )
    url = cleaned.url or converted.url
    info = metadata.describe(cleaned.text, title_hint=title, url=url, file_name=Path(path).name)
    # (a newspaper page's masthead, 人民日报 1998年1月22日, dates its items, not the dateline of
    # its first story)
    date = metadata.date_in_title(title) or metadata.date_in_title(info.title) or info.date
    page_year = None if date else metadata.infer_year(text, url)
    documents: list[Document] = []
    for start, end, item_heading in spans:
        item = _clean(
            text[start:end],
            converted.offsets[start:end],
            _local(_heading_starts(converted), start, end),
            _local(converted.breaks, start, end),
            keep_boilerplate=keep_boilerplate,
        )
        if not item.text.strip():
            removed += item.removed
            continue
        item_title = _title_of(converted, item_heading)
        item_url = _source_in(converted, start, end) or item.url
        item_info = metadata.describe(
            item.text, item_title, url=item_url, reference=date, year=page_year
        )
        documents.append(
            Document(
                id=f"{doc_id}#{len(documents) + 1}",
                path=path,
                raw=raw,
                text=item.text,
                offsets=item.offsets,
                title=item_title or item_info.title,
                date=item_info.date or date,
                today=item_info.today,
                publisher=item_info.publisher,
                source_url=item_url,
                encoding=encoding,
                part_of=doc_id,
                removed=item.removed,
            )
        )
    page_document = Document(
        id=doc_id,
        path=path,
        raw=raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        title=title or info.title,
        date=date,
        publisher=info.publisher,
        source_url=url,
        encoding=encoding,
        warnings=tuple(warnings),
        removed=removed + cleaned.removed,
    )
    return [page_document, *documents]


def document_from_text(
    raw: str,
    doc_id: str,
    path: str = "",
    *,
    html: bool = False,
    markdown: bool = False,
    encoding: str = "utf-8",
    warnings: Iterable[str] = (),
) -> Document:
    """The first document of :func:`documents_from_text`: the file's, or its page's."""
    kind = "html" if html else "markdown" if markdown else None
    return documents_from_text(raw, doc_id, path, kind=kind, encoding=encoding, warnings=warnings)[
        0
    ]


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = size // (1024 * 1024)
            raise IngestError(f"file too large ({megabytes} MB > {MAX_FILE_BYTES >> 20} MB)")
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}") from error


def _binary_format(data: bytes, suffix: str) -> str | None:
    """``pdf`` or ``docx`` when the file is one (by its first bytes), else None."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (suffix == ".docx" or b"word/document.xml" in data):
        return "docx"
    return None


def read_documents(
    path: str | Path, doc_id: str | None = None, *, keep_boilerplate: bool = False
) -> list[Document]:
    """Read, decode and convert one file: its document, or a page's and one per item.

    With ``keep_boilerplate`` no line is removed as boilerplate or site chrome.
    Raises :class:`IngestError` with the reason.
    """
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    binary = _binary_format(data, suffix)
    if binary:
        try:
            converted = pdf_to_text(data) if binary == "pdf" else docx_to_text(data)
        except FormatError as error:
            raise IngestError(str(error)) from error
        documents = documents_from_converted(
            converted.text,
            converted,
            doc_id or path.name,
            str(path),
            kind=binary,
            encoding=binary,
            keep_boilerplate=keep_boilerplate,
        )
    else:
        raw, encoding, warnings = decode(data, str(path))
        del data  # the text is all that is needed now: a large file is not held twice
        documents = documents_from_text(
            raw,
            doc_id or path.name,
            str(path),
            kind=_kind(raw, suffix),
            encoding=encoding,
            warnings=warnings,
            keep_boilerplate=keep_boilerplate,
        )
    if not any(document.text.strip() for document in documents):
        raise IngestError("no text left after cleaning")
    return documents


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """The first document of :func:`read_documents` (the page's, for a page of items)."""
    return read_documents(path, doc_id)[0]
