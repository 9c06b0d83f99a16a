"""PDF and DOCX -> the text they hold; that text is the document's ``raw``.

A binary file has no characters of its own to point at: the text extracted
from it is what ``Document.raw`` holds and what every offset points into, the
way a user who opens the extraction sees it. Extraction is the only step that
does not keep positions: everything after it (rejoining the lines a PDF broke,
removing repeated paragraphs, splitting items) keeps them, as for a text file.

* DOCX is read with the standard library (``zipfile`` and ``xml.etree``): one
  line per paragraph, ``<w:tab/>`` as a tab, ``<w:br/>`` as a line break;
  paragraphs styled as headings (``Heading1``, ``标题 1``, ``Title``) become
  headings, so a file of several headed stories is split into items as Markdown
  is.
* PDF is read with pypdf (pure Python), page after page, a blank line between
  pages; the line breaks it leaves inside sentences are rejoined by cleaning.
"""

from __future__ import annotations

import io
import re
import zipfile
from array import array
from xml.etree import ElementTree

from kgraph.formats import Converted, Heading

__all__ = ["FormatError", "docx_to_text", "pdf_to_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-6])$|^(title|标题)$", re.IGNORECASE)
MAX_PDF_PAGES = 2000


class FormatError(Exception):
    """A PDF or DOCX that cannot be read; the message names the reason."""


def _styles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Style id -> style name (``Heading1`` -> ``heading 1``)."""
    try:
        root = ElementTree.fromstring(archive.read("word/styles.xml"))
    except (KeyError, ElementTree.ParseError):
        return {}
    names = {}
    for style in root.iter(f"{_W}style"):
        name = style.find(f"{_W}name")
        style_id = style.get(f"{_W}styleId")
        if style_id and name is not None:
            names[style_id] = name.get(f"{_W}val") or ""
    return names


def _heading_level(style_id: str, names: dict[str, str]) -> int:
    for candidate in (names.get(style_id, ""), style_id):
        match = _HEADING_STYLE.match(candidate.strip())
        if match:
            return int(match.group(1)) if match.group(1) else 1
        match = re.match(r"^(?:Heading|标题)([1-6])$", candidate.strip(), re.IGNORECASE)
        if match:
            return int(match.group(1))
    return 0


def docx_to_text(data: bytes) -> Converted:
    """The paragraphs of a DOCX, one a line, its headings marked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = _styles(archive)
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise FormatError(f"not a readable DOCX file ({error})") from error
    lines: list[str] = []
    headings: list[Heading] = []
    length = 0
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        line = "".join(pieces)
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        level = _heading_level(style.get(f"{_W}val") or "", names) if style is not None else 0
        if level and line.strip():
            headings.append(Heading(level, length, length + len(line)))
        lines.append(line)
        length += len(line) + 1
    text = "\n".join(lines)
    return Converted(text, array("q", range(len(text))), headings=headings)


def pdf_to_text(data: bytes) -> Converted:
    """The text of a PDF, page after page (pypdf's layout-free extraction)."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as error:  # pragma: no cover - pypdf is a dependency
        raise FormatError("reading PDF files needs the pypdf package") from error
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FormatError("encrypted PDF")
        pages = []
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise FormatError(f"not a readable PDF file ({error})") from error
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise FormatError("PDF without a text layer (a scan: run OCR first)")
    return Converted(text, array("q", range(len(text))))
