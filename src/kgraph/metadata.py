"""Document metadata read off a cleaned text: headline, date, publisher.

The date comes from the dateline (``新华社北京10月23日电``) or, failing that,
from a dated signature at the end (``2023年10月26日``). A dateline rarely says
the year: it is inferred from the source URL (``/art/2023/10/24/``), from the
page an item belongs to, or from the full dates the text itself gives.

An item of a dated page (a story of the day's news programme) takes the page's
date, refined by its own opening: ``央视网消息（新闻联播）：…习近平15日在…``
on the page of the 16th dates the item the 15th.

This module owns datelines and signatures; it imports nothing from the
extractors (``kgraph.extract``), only the leaf helpers of ``kgraph.text``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from kgraph.text import cn_number, halfwidth

__all__ = [
    "DocumentInfo",
    "date_in_title",
    "describe",
    "find_signature_date",
    "headline",
    "infer_year",
    "parse_dateline",
]

TERMINAL = "。！？!?；;…"  # sentence-ending marks: a line ending in one is no title
_LEAD = re.compile(r"^(?:本报讯|新华社|据新华社|（上接|\(上接)")
_URL_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:[/_-]?(?:0[1-9]|1[0-2]))")
_TEXT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_PUBLISHER_LEAD = re.compile(r"^(本报)(?:讯|记者|[^\s，,。]{0,6}?\d{1,2}月\d{1,2}日[电讯])")
HEADLINE_MAX = 80  # a headline with its subtitle on one line runs this long
FALLBACK_MAX = 40  # a first sentence standing in for a missing headline is cut here


# --- datelines and signatures --------------------------------------------------

_CN = "〇零○一二三四五六七八九"
_YEAR = rf"(?<![0-9])(?:1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?![0-9])|(?<![{_CN}十])[{_CN}]{{4}}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_AGENCY = (
    r"新华社|新华网|中新社|中新网|中国新闻社|人民网|央视网|央广网|国际在线|本报|本刊|本台|"
    r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|通讯社|新闻社|社|网|报|台)"
)
DATELINE_PATTERN = re.compile(
    r"(?m)^[ \t]*[（(【\[]?\s*据?\s*"
    rf"(?P<agency>{_AGENCY})(?:记者)?\s*(?P<place>[\u4e00-\u9fff]{{1,12}}?)?\s*"
    rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})日"
    r"\s*(?:专电|电|讯|消息)"
)
UNDATED_DATELINE_PATTERN = re.compile(
    rf"(?m)^[ \t]*[（(【\[]?\s*据?\s*(?P<agency>{_AGENCY})(?:讯|消息|记者|\s*[（(]记者)"
)
SIGNATURE_DATE_PATTERN = re.compile(
    rf"^\s*(?P<y>{_YEAR})\s*年\s*(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY})\s*日\s*$"
)
SIGNATURE_TAIL_LINES = 8


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_dateline(
    text: str, reference_year: int | None = None
) -> tuple[str | None, str | None, str | None]:
    """``(agency, place, iso_date)`` from the first dateline of ``text``.

    ``新华社北京10月23日电`` gives ``("新华社", "北京", "2023-10-23")`` with
    ``reference_year=2023``; without a year in the dateline or a reference the date
    is None. ``本报讯`` and ``新华社记者`` datelines give an agency alone.
    """
    plain = halfwidth(text)
    match = DATELINE_PATTERN.search(plain)
    if match:
        year = cn_number(match["y"]) if match["y"] else reference_year
        day = _safe_date(year, cn_number(match["m"]), cn_number(match["d"])) if year else None
        place = match["place"] or None
        return match["agency"], place, day.isoformat() if day else None
    match = UNDATED_DATELINE_PATTERN.search(plain)
    if match:
        return match["agency"], None, None
    return None, None, None


# A byline right after a dateline, in brackets or told: 新华社北京1月14日电（记者张锦胜）
# （记者张锦胜）, 记者吴文斌报道：, 本报记者王荣久、新华社记者车玉明报道：
_BYLINE_AFTER = re.compile(
    r"\s*(?:[（(][^）)]{0,20}[）)]|(?:(?:本报|新华社)?记者[\u4e00-\u9fff]{2,4}、?){1,4}报道[：:])"
)


def dateline_end(text: str) -> int:
    """Where a sentence that opens with a dateline (and the byline after it, in brackets or
    told: ``记者吴文斌报道：``) begins its own words: ``新华社北京１月１４日电（记者张锦胜）全国…
    会议`` → the offset of 全; 0 when it opens with none."""
    plain = halfwidth(text)
    match = DATELINE_PATTERN.match(plain)
    if match is None:
        return 0
    byline = _BYLINE_AFTER.match(plain, match.end())
    return byline.end() if byline else match.end()


def _dateline_has_year(text: str) -> bool:
    match = DATELINE_PATTERN.search(halfwidth(text))
    return bool(match and match["y"])


def find_signature_date(text: str) -> str | None:
    """The date of a signature: a line that is a full date and nothing else.

    The last such line among the final lines of the text wins; failing that the
    first such line anywhere (a dated letter or notice inside a longer page).
    """
    lines = [line for line in halfwidth(text).splitlines() if line.strip()]
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        match = SIGNATURE_DATE_PATTERN.match(line)
        if match:
            day = _safe_date(cn_number(match["y"]), cn_number(match["m"]), cn_number(match["d"]))
            if day is not None:
                found.append((number, day.isoformat()))
    if not found:
        return None
    tail = [value for number, value in found if number >= len(lines) - SIGNATURE_TAIL_LINES]
    return tail[-1] if tail else found[0][1]


# A web page's stamp under its headline: ``2025-03-28 17:30 来源：新华社``, ``发布时间：
# 2025年03月28日``, ``2025年03月28日08:40 | 来源：人民网``: a full date, then a time or
# the words of a page's details, on a short line that is no sentence.
_STAMP_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*"
    r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])日?"
)
_STAMP_TIME = re.compile(r"\s*[0-9]{1,2}[:：][0-9]{2}")
_STAMP_WORDS = re.compile(r"来源|发布|时间|日期|作者|编辑|责编|字号|浏览|稿源|出处")
_STAMP_END = re.compile(r"\s*(?:发表|更新)\s*$")  # ``2001年1月13日发表`` alone on its line
STAMP_LINES = 8  # the stamp is among the first lines of a page
STAMP_MAX = 80


def page_stamp(text: str) -> str | None:
    """The date of a web page's stamp (see ``_STAMP_DATE``) among its first lines, if any."""
    lines = [line.strip() for line in halfwidth(text[:2000]).splitlines() if line.strip()]
    return next(filter(None, map(stamp_date, lines[:STAMP_LINES])), None)


def stamp_date(line: str) -> str | None:
    """The date of ``line`` if it is a web page's stamp (``2025-03-28 17:30 来源：新华社``,
    ``发布时间：2025年03月28日``), else None."""
    line = line.strip()
    if len(line) > STAMP_MAX:
        return None
    line = halfwidth(line)
    match = _STAMP_DATE.search(line)
    if (
        match is None
        or any(mark in line for mark in "。，；,;")  # a sentence, no stamp
        or not (
            _STAMP_TIME.match(line, match.end())
            or _STAMP_WORDS.search(line)
            or _STAMP_END.match(line, match.end())
        )
    ):
        return None
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return day.isoformat() if day is not None else None


# --- page titles and item openings ---------------------------------------------

_TITLE_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?:(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])"
    r"|[-/.年](?P<m2>1[0-2]|0?[1-9])[-/.月](?P<d2>3[01]|[12][0-9]|0?[1-9])日?)(?![0-9])"
)
# The opening of an item: ``央视网消息（新闻联播）：`` and the like, then its first sentence.
ITEM_OPENING = re.compile(
    r"^\s*(?:[^\n：:。]{0,12}(?:消息|电|讯)\s*(?:[（(][^）)\n]{1,12}[）)])?\s*[：:])?"
)
_DAY_ONLY = re.compile(
    r"(?<![0-9年月])(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<d>3[01]|[12][0-9]|0?[1-9])日"
    r"(?!内|以内|之内|左右|以上|以来|之久|前|起)"
)
ITEM_DATE_WINDOW = 10  # an opening's day is at most this many days before its page's


def date_in_title(title: str) -> str | None:
    """The date a page title gives: ``《新闻联播》 (20231031)``, ``2023年10月31日``…"""
    match = _TITLE_DATE.search(halfwidth(title))
    if not match:
        return None
    month, day = match["m"] or match["m2"], match["d"] or match["d2"]
    found = _safe_date(int(match["y"]), int(month), int(day))
    return found.isoformat() if found else None


def opening_date(text: str, reference: str) -> str | None:
    """The day the first sentence of an item names (``15日``, ``当地时间25日上午``),
    resolved against its page's date ``reference`` (ISO), when it is a few days before."""
    try:
        page = dt.date.fromisoformat(reference)
    except ValueError:
        return None
    body = halfwidth(text)
    first = body.split("\n", 1)
    if len(first) == 2 and len(first[0]) <= HEADLINE_MAX and first[0][-1:] not in TERMINAL:
        body = first[1]  # the item's headline
    opening = ITEM_OPENING.match(body)
    sentence = body[opening.end() if opening else 0 :]
    stop = sentence.find("。")
    sentence = sentence[: stop if 0 <= stop < 160 else 160]
    match = _DAY_ONLY.search(sentence)
    if not match:
        return None
    day = int(match["d"])
    month = int(match["m"]) if match["m"] else page.month
    found = _safe_date(page.year, month, day)
    if found is not None and found > page:
        if match["m"]:
            found = _safe_date(page.year - 1, month, day)
        else:
            previous = page.replace(day=1) - dt.timedelta(days=1)
            found = _safe_date(previous.year, previous.month, day)
    if found is None or not 0 <= (page - found).days <= ITEM_DATE_WINDOW:
        return None
    return found.isoformat()


# --- headline, date, publisher -------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    date: str | None
    publisher: str | None
    # an item's page's day, when its opening dates it earlier: the day its 今天 means
    today: str | None = None


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


# A newspaper's note on a picture that goes with a story, after its headline or on a line of its
# own: 莫伊蝉联肯尼亚总统（附图片１张）
PICTURE_NOTE = re.compile(r"[（(]附?(?:图片|照片|图)[^（()）]{0,6}[）)]$")
# A line that is a note in brackets, no headline: （Ａ、Ｄ）, （新华社记者齐铁砚摄）
BRACKETED_LINE = re.compile(r"[（(][^（()）]+[）)]")


def headline(text: str, title_hint: str = "") -> str:
    """The first short line that is not a sentence, else the page title, else the first sentence
    (a note on a picture is no part of it)."""
    for line in text.split("\n")[:5]:
        line = PICTURE_NOTE.sub("", line.strip()).strip()
        if (
            4 <= len(line) <= HEADLINE_MAX
            and not BRACKETED_LINE.fullmatch(line)
            and line[-1] not in TERMINAL
            and not _LEAD.match(line)
            and not stamp_date(line)
        ):
            return line
    if title_hint:
        return title_hint
    from kgraph.segment import split_text

    for start, end in split_text(text[:5000]):
        if end - start >= 8 and not stamp_date(text[start:end]):
            first = text[start:end]
            return first if len(first) <= FALLBACK_MAX else first[: FALLBACK_MAX - 1] + "…"
    return ""


def describe(
    text: str,
    title_hint: str = "",
    url: str | None = None,
    reference: str | None = None,
    year: int | None = None,
    file_name: str = "",
) -> DocumentInfo:
    """Headline, date and publisher of a text.

    ``reference`` is the ISO date of the page the text is an item of: it gives
    the year of a dateline that has none, and the date when the item gives none
    of its own (its opening may refine it to an earlier day). ``year`` is the
    year of the file the text is part of, when its page has no date. The year
    of a dateline comes from the URL, else ``reference``, else ``year``, else the
    page's stamp, else the page's own date (its title or masthead), else the years
    the text names. A full date in ``file_name`` (``2024-11-28.txt``,
    ``xinhua_20241128.html``: how scraped pages are saved) counts as a page title's.
    """
    stamp = page_stamp(text)
    title = headline(text, title_hint)
    # A page title or masthead dates the page: 《新闻联播》 (20231031), 人民日报 1998年1月13日
    page = date_in_title(title_hint) or date_in_title(title) or date_in_title(file_name)
    year = (
        infer_year("", url)
        or (int(reference[:4]) if reference else None)
        or year
        or (int(stamp[:4]) if stamp else None)
        or (int(page[:4]) if page else None)
        or infer_year(text, None)
    )
    head = text[:2000]
    agency, _place, date = parse_dateline(head, reference_year=year)
    published = page or reference  # (an item's page dates it)
    if (
        date is not None
        and published is not None
        and date > published
        and not _dateline_has_year(head)
    ):
        # 人民日报 1998年1月1日 … 比勒陀利亚１２月３０日电: a dispatch is older than its page
        earlier = _safe_date(int(date[:4]) - 1, int(date[5:7]), int(date[8:10]))
        date = earlier.isoformat() if earlier else None
    today = None  # (a dispatch's 今天 is its dateline's day, its date)
    if date is None and reference:
        # An item of a page: its opening may date it to an earlier day (当地时间3日晚), but its
        # 今天 and 昨天 are still told on the page's day
        date = opening_date(text, reference) or reference
        today = reference if date != reference else None
    if date is None:
        date = find_signature_date(text)
    if date is None:
        date = stamp or page
    if agency is None:
        for line in head.split("\n")[:12]:
            match = _PUBLISHER_LEAD.match(line.strip())
            if match:
                agency = match.group(1)
                break
    return DocumentInfo(title=title, date=date, publisher=agency, today=today)
