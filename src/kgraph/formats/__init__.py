"""File formats -> text whose every character keeps its offset in the decoded original.

Each converter returns a :class:`Converted`: the text, ``offsets`` (``offsets[i]``
is the index in the source of ``text[i]``; a character the converter made up, a
line break for a ``<p>`` or the ``&`` of ``&amp;``, points at the markup it
stands for), and the structure ingest needs to split a page into items: the
headings, the ``<article>`` spans and the links naming the source of an item.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

__all__ = ["Converted", "Heading", "SourceLink", "identity"]


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line of the converted text: ``text[start:end]`` is its title."""

    level: int  # 1 for ``#`` / ``<h1>``
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceLink:
    """``[查看原文](url)``: the URL of the item it stands in, never text."""

    position: int  # where in the converted text the link stood
    url: str


@dataclass(slots=True)
class Converted:
    text: str
    offsets: array
    title: str = ""  # the page title the format gives (``<title>``), if any
    url: str | None = None  # the canonical URL the page gives, if any
    headings: list[Heading] = field(default_factory=list)
    articles: list[tuple[int, int]] = field(default_factory=list)  # ``<article>`` spans
    sources: list[SourceLink] = field(default_factory=list)
    # Positions where the format starts a paragraph (after ``</p>``, before a list
    # item, after a blank line): cleaning never joins a line there to the one before.
    breaks: list[int] = field(default_factory=list)
    removed: int = 0  # lines the converter dropped as site chrome
    notes: list[str] = field(default_factory=list)


def identity(text: str) -> Converted:
    """Plain text: every character is its own offset."""
    return Converted(text, array("q", range(len(text))))
