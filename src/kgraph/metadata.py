"""Document metadata read off a cleaned text: headline, date, publisher.

The date comes from the dateline (``新华社北京10月23日电``) or, failing that,
from a dated signature at the end (``2023年10月26日``). A dateline rarely says
the year: it is inferred from the source URL (``/art/2023/10/24/``) or from the
full dates the text itself gives.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kgraph.extract.dates import find_signature_date, parse_dateline

_TERMINAL = "。！？!?；;…"
_LEAD = re.compile(r"^(?:本报讯|新华社|据新华社|（上接|\(上接)")
_URL_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:[/_-]?(?:0[1-9]|1[0-2]))")
_TEXT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_PUBLISHER_LEAD = re.compile(r"^(本报)(?:讯|记者|[^\s，,。]{0,6}?\d{1,2}月\d{1,2}日[电讯])")
HEADLINE_MAX = 80  # a headline with its subtitle on one line runs this long
FALLBACK_MAX = 40  # a first sentence standing in for a missing headline is cut here


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    date: str | None
    publisher: str | None


def infer_year(text: str, url: str | None) -> int | None:
    """The year a text was written in, from its URL or the years it names most."""
    if url:
        match = _URL_YEAR.search(url)
        if match:
            return int(match.group(1))
    years = Counter(int(y) for y in _TEXT_YEAR.findall(text[:20000]))
    if years:
        # The most frequent year, the later one on ties: texts look back more than ahead.
        return max(years.items(), key=lambda item: (item[1], item[0]))[0]
    return None


def headline(text: str, title_hint: str = "") -> str:
    """The first short line that is not a sentence, else the page title, else the first sentence."""
    for line in text.split("\n")[:5]:
        line = line.strip()
        if 4 <= len(line) <= HEADLINE_MAX and line[-1] not in _TERMINAL and not _LEAD.match(line):
            return line
    if title_hint:
        return title_hint
    from kgraph.segment import split_text

    for start, end in split_text(text[:5000]):
        if end - start >= 8:
            first = text[start:end]
            return first if len(first) <= FALLBACK_MAX else first[: FALLBACK_MAX - 1] + "…"
    return ""


def describe(text: str, title_hint: str = "", url: str | None = None) -> DocumentInfo:
    year = infer_year(text, url)
    head = text[:2000]
    agency, _place, date = parse_dateline(head, reference_year=year)
    if date is None:
        date = find_signature_date(text)
    if agency is None:
        for line in head.split("\n")[:12]:
            match = _PUBLISHER_LEAD.match(line.strip())
            if match:
                agency = match.group(1)
                break
    return DocumentInfo(title=headline(text, title_hint), date=date, publisher=agency)
