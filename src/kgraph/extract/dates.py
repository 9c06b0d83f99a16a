"""Date mentions, datelines and signature dates, by rule.

Every value is ISO 8601: a day ``2023-10-26``, a month ``2025-01``, a year
``2025``, or an interval ``2018/2023``. Partial and relative dates are resolved
against ``reference`` (the document's dateline date); anaphoric words (``当天``,
``次日``, ``同年``) and bare days (``23日``) against the last full date the text
itself gave, else ``reference``.

Patterns, tried left to right, the first alternative that matches wins:

=========  ==============================  =====================================
name       example                         value (reference 2023-10-24)
=========  ==============================  =====================================
iso        ``2023-10-26``, ``2023/10/26``  ``2023-10-26``
range      ``2021—2025年``                  ``2021/2025``
decade     ``20世纪90年代``, ``90年代``       ``1990/1999``
century    ``21世纪``                        ``2001/2100``
period     ``过去5年``, ``近五年来``          ``2018/2023``; ``未来5年`` ``2023/2028``
ago        ``四年前``, ``5年前``              ``2019``, ``2018``
year       ``2023年10月26日``, ``一九九八年``  ``2023-10-26``, ``1998``
           ``2025年底``, ``去年９月``          ``2025-12``, ``2022-09``
month      ``10月24日``, ``十月``, ``本月``    ``2023-10-24``, ``2023-10``
relative   ``今天``, ``昨晚``, ``当晚``        ``2023-10-24``, ``2023-10-23``
day        ``23日下午``                      ``2023-10-23``
=========  ==============================  =====================================

A time of day after a date (``下午``, ``晚``) belongs to the mention. Words
that name no resolvable time (``近年来``, ``日前``, ``目前``) are not mentions; a
real date that cannot be resolved without a reference (``10月24日`` with none)
is a mention whose value is None.
"""

from __future__ import annotations

import datetime as dt
import re

from kgraph.records import Mention
from kgraph.text import cn_number, halfwidth

# --- the pattern table ------------------------------------------------------------

_CN = "〇零○一二三四五六七八九"
YEAR = rf"(?<![0-9])(?:1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?![0-9])|(?<![{_CN}十])[{_CN}]{{4}}"
MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
DAY = r"3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_NUMBER_BEFORE = rf"0-9.{_CN}十两百千万几数"
# No number running on before a month or a day: digits after digits, numerals after numerals
# (a name's last character may be one: 金泳三９日会见)
_NOT_A_NUMBER_GOING_ON = rf"(?:(?<![0-9.])(?=[0-9])|(?<![{_NUMBER_BEFORE}])(?=[^0-9]))"
# A count of years or days, not a point in time: 5000年历史, 30日内.
_NOT_YEAR_AFTER = r"(?!多|余|之久|左右|历史|以上)"
_NOT_DAY_AFTER = r"(?!内|以内|之内|左右|以上|以来|之久|游|元|薪|均|多|余)"
_RELATIVE_YEARS = "今年|去年|明年|前年|后年|同年|次年|翌年|本年"
_RELATIVE_MONTHS = "本月|上月|下月|当月|同月|次月"
_RELATIVE_DAYS = (
    "今天|今日|今晚|今晨|今早|今夜|昨天|昨日|昨晚|昨夜|昨晨|前天|明天|明日|明晚|后天|"
    "当天|当日|当晚|当夜|同日|同一天|次日|翌日"
)

# Every alternative starts with one of these; the lookahead lets ``re`` skip other
# characters fast (ten times faster than trying each alternative at each position).
_DATE_START = f"0-9{_CN}十两今昨前明后当同次翌本上下过近最未去元"
DATE_PATTERN = re.compile(
    rf"(?=[{_DATE_START}])(?:"
    + "|".join(
        [
            r"(?P<iso>(?<![0-9])(?P<iy>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])"
            r"(?P=sep)(?P<id>3[01]|[12][0-9]|0?[1-9])(?![0-9]))",
            # 2007年至2009年9月任…: a span of years, its end's month given
            rf"(?P<range>(?P<ry1>{YEAR})年?\s*[-—–~～至到]{{1,2}}\s*(?P<ry2>{YEAR})年"
            rf"(?:(?P<rm2>{MONTH})月(?!份?[0-9{_CN}十]+[日号]))?)",
            # 自2011年12月28日至2014年12月27日担任…: a span of days, each with its year
            rf"(?P<frange>(?P<fy1>{YEAR})年(?P<fm1>{MONTH})月(?P<fd1>{DAY})日\s*[-—–~～至到]{{1,2}}\s*"
            rf"(?P<fy2>{YEAR})年(?P<fm2>{MONTH})月(?P<fd2>{DAY})日)",
            # 1996年3月至1997年11月任…: a career note's span, month by month
            rf"(?P<mrange>(?P<my1>{YEAR})年(?P<mm1>{MONTH})月\s*[-—–~～至到]{{1,2}}\s*"
            rf"(?:(?P<my2>{YEAR})年)?(?P<mm2>{MONTH})月(?!份?[0-9{_CN}十]+[日号]))",
            # 2007年9月至2009年任…: … its start's month given
            rf"(?P<yrange>(?P<yy1>{YEAR})年(?P<ym1>{MONTH})月\s*[-—–~～至到]{{1,2}}\s*"
            rf"(?P<yy2>{YEAR})年(?![0-9{_CN}十]{{0,2}}月))",
            # 2005.03-2007.12，任…, 2010.12至今，任…: a note's span written with dots, or its
            # start when it runs to now (never a lone 2008.3: a number)
            # 1975-1995，海门制药厂工作: a line that opens with a span of years and a comma
            r"(?P<lrange>(?<![^\n])(?P<ly1>(?:19|20)[0-9]{2})\s*[-—–~～]{1,2}\s*"
            r"(?P<ly2>(?:19|20)[0-9]{2})(?=\s*[，,：:]))",
            r"(?P<drange>(?<![0-9.])(?P<dy1>(?:19|20)[0-9]{2})\.(?P<dm1>1[0-2]|0?[1-9])"
            r"(?:\s*[-—–~～至到]{1,2}\s*(?P<dy2>(?:19|20)[0-9]{2})\.(?P<dm2>1[0-2]|0?[1-9])"
            r"|(?=\s*[-—–~～]{0,2}\s*至今))(?![0-9.%万亿元]))",
            # 1984至今历任…: a career's year with no 年, running to now
            r"(?P<nowrange>(?<![0-9.])(?P<ny>(?:19|20)[0-9]{2})(?=\s*[-—–~～]{0,2}\s*至今))",
            r"(?P<decade>(?:(?P<dc>[0-9]{2}|二十一|二十|十九)世纪)?(?<![0-9])"
            r"(?P<dd>[1-9]0|[一二三四五六七八九]十)年代)",
            r"(?P<century>(?<![0-9])(?P<cc>[0-9]{2}|二十一|二十|十九)世纪)",
            r"(?P<period>(?P<pdir>过去|最近|近|未来|今后)(?P<pn>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})"
            r"(?P<punit>个月|年)(?:来|间|里|中)?)",
            r"(?P<since>(?<![0-9.])(?P<sn>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})年来)",
            # 四年前让…吴彬回队任总教练: the year so many years before the document's
            r"(?P<ago>(?<![0-9.])(?P<an>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})年前(?![后夕]))",
            # 元旦这一天，…, １９９８年元旦，…: New Year's Day told as when (not 元旦献词, 过元旦，)
            rf"(?P<newyear>(?<![过迎庆贺祝])(?:(?:(?P<nyy>{YEAR})年|(?P<nyrel>{_RELATIVE_YEARS})))?元旦"
            r"(?=这一天|那天|当天|当日|上午|下午|晚上|清晨|早上|一早|[，,]))",
            rf"(?P<year>(?:(?P<y>{YEAR})年度?{_NOT_YEAR_AFTER}|(?P<yrel>{_RELATIVE_YEARS}))"
            rf"(?:(?P<m>{MONTH})月份?(?:(?P<d>{DAY})[日号])?)?)",
            rf"(?P<month>{_NOT_A_NUMBER_GOING_ON}(?:(?P<m2>{MONTH})月份?|(?P<mrel>{_RELATIVE_MONTHS}))"
            rf"(?:(?P<d2>{DAY})[日号])?)",
            rf"(?P<relative>{_RELATIVE_DAYS})",
            rf"(?P<day>(?<![月第每前后近]){_NOT_A_NUMBER_GOING_ON}(?P<d3>{DAY})日{_NOT_DAY_AFTER})",
        ]
    )
    + ")"
)

_PART = re.compile(r"上半年|下半年|年底|年末|年初|底|末|初|中旬|上旬|下旬")
_DONE_ON = re.compile(
    r"(?:在|于|起|举行|召开|会见|会晤|会谈|抵达|到达|离开|启程|发表|宣布|签署|出席|主持|致电|访问"
    r"|说|表示|称|指出|对(?!于))"
)
_TIME_OF_DAY = re.compile(
    r"上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|清晨|夜间|深夜|夜里|晚(?!会(?![见谈晤])|[宴餐报饭辈年期])|夜(?![校班市])"
    r"|晨(?![报练曦光])"
)

_DAY_OFFSETS = {"今": 0, "昨": -1, "前天": -2, "明": 1, "后天": 2}
# Days counted from the last day the text told: the same one (当天), the next (翌日)
DAYS_FROM_TOLD = {
    "当天": 0, "当日": 0, "当晚": 0, "当夜": 0, "同日": 0, "同一天": 0, "次日": 1, "翌日": 1,
}  # fmt: skip


def _closest(candidates: list[dt.date], reference: dt.date) -> dt.date:
    # Nearest to the reference, a day ahead counting as four behind: news looks back
    # more than ahead (7月2日 in a January paper is last July; 7日 on the 29th of October is
    # the 7th of that month, 1日 on its 30th is tomorrow).
    def distance(day: dt.date) -> tuple[int, dt.date]:
        days = (day - reference).days
        return (4 * days if days > 0 else -days), day

    return min(candidates, key=distance)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    candidates = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    return _closest(candidates, reference) if candidates else None


def _bare_day(day: int, anchor: dt.date | None, reference: dt.date | None) -> dt.date | None:
    if anchor is not None:
        return _safe_date(anchor.year, anchor.month, day)
    if reference is None:
        return None
    candidates = []
    for shift in (-1, 0, 1):
        index = reference.year * 12 + reference.month - 1 + shift
        if (d := _safe_date(index // 12, index % 12 + 1, day)) is not None:
            candidates.append(d)
    return _closest(candidates, reference) if candidates else None


def _century_years(token: str) -> tuple[int, int]:
    century = cn_number(token)
    return (century - 1) * 100 + 1, century * 100


class _Resolver:
    """Turns one match into an ISO value; remembers the last full date as the anchor."""

    def __init__(self, reference: dt.date | None) -> None:
        self.reference = reference
        self.anchor: dt.date | None = None
        # the last day named, a bare 30日 too: what 当天 after it means (30日公布…在当天举行的)
        self.named: dt.date | None = None
        self.anchor_year: int | None = reference.year if reference else None

    def year_from(self, match: re.Match[str]) -> int | None:
        return self._year(match["y"], match["yrel"])

    def _year(self, written: str | None, word: str) -> int | None:
        """The year a number (１９９８) or a word relative to the reference (去年) gives."""
        if written:
            year = cn_number(written)
            return year if year >= 1000 else None  # 〇〇〇〇年 is no year
        if word in ("同年", "次年", "翌年"):
            base = self.anchor_year
            return None if base is None else base + (0 if word == "同年" else 1)
        if self.reference is None:
            return None
        shift = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2}[word]
        return self.reference.year + shift

    def value(self, match: re.Match[str], part: str) -> str | None:
        kind = match.lastgroup
        ref = self.reference
        if kind == "iso":
            day = _safe_date(int(match["iy"]), int(match["im"]), int(match["id"]))
            return self._day(day)
        if kind == "range":
            first, last = cn_number(match["ry1"]), cn_number(match["ry2"])
            if first >= last:
                return None
            month = cn_number(match["rm2"]) if match["rm2"] else None
            if month is None:
                return f"{first:04d}/{last:04d}"
            return f"{first:04d}/{last:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind == "yrange":
            first, month, last = (cn_number(match[g]) for g in ("yy1", "ym1", "yy2"))
            return (
                f"{first:04d}-{month:02d}/{last:04d}" if first < last and 1 <= month <= 12 else None
            )
        if kind == "frange":
            opens = _safe_date(*(cn_number(match[g]) for g in ("fy1", "fm1", "fd1")))
            closes = _safe_date(*(cn_number(match[g]) for g in ("fy2", "fm2", "fd2")))
            if opens is None or closes is None or opens >= closes:
                return None
            self.anchor_year = closes.year
            return f"{opens.isoformat()}/{closes.isoformat()}"
        if kind == "mrange":
            year1 = cn_number(match["my1"])
            year2 = cn_number(match["my2"]) if match["my2"] else year1
            month1, month2 = cn_number(match["mm1"]), cn_number(match["mm2"])
            if not (1 <= month1 <= 12 and 1 <= month2 <= 12) or (year1, month1) >= (year2, month2):
                return None
            self.anchor_year = year2
            return f"{year1:04d}-{month1:02d}/{year2:04d}-{month2:02d}"
        if kind == "lrange":
            first, last = int(match["ly1"]), int(match["ly2"])
            return f"{first:04d}/{last:04d}" if first < last else None
        if kind == "drange":
            year1, month1 = int(match["dy1"]), int(match["dm1"])
            if not match["dy2"]:
                return f"{year1:04d}-{month1:02d}"  # 2010.12至今: from then on
            year2, month2 = int(match["dy2"]), int(match["dm2"])
            if (year1, month1) >= (year2, month2):
                return None
            self.anchor_year = year2
            return f"{year1:04d}-{month1:02d}/{year2:04d}-{month2:02d}"
        if kind == "nowrange":
            return f"{int(match['ny']):04d}"
        if kind == "decade":
            decade = cn_number(match["dd"])
            if match["dc"]:
                start = _century_years(match["dc"])[0] - 1 + decade
            elif ref is not None:
                start = 2000 + decade if 2000 + decade <= ref.year else 1900 + decade
            else:
                return None
            return f"{start:04d}/{start + 9:04d}"
        if kind == "century":
            first, last = _century_years(match["cc"])
            return f"{first:04d}/{last:04d}"
        if kind == "period":
            return self._period(match["pdir"], cn_number(match["pn"]), match["punit"])
        if kind == "since":
            return self._period("过去", cn_number(match["sn"]), "年")
        if kind == "ago":
            count = cn_number(match["an"])
            return f"{ref.year - count:04d}" if ref is not None and count > 0 else None
        if kind == "year":
            year = self.year_from(match)
            if year is None:
                return None
            self.anchor_year = year
            if not match["m"]:
                return _year_part(year, part)
            month = cn_number(match["m"])
            if not match["d"]:
                return f"{year:04d}-{month:02d}"
            return self._day(_safe_date(year, month, cn_number(match["d"])))
        if kind == "newyear":
            return self._new_year(match)
        if kind == "month":
            return self._month(match)
        if kind == "relative":
            return self._relative(match["relative"])
        if kind == "day":
            return self._day(_bare_day(cn_number(match["d3"]), self.anchor, ref), anchor=False)
        return None

    def _new_year(self, match: re.Match[str]) -> str | None:
        """元旦: the first of January of the year given, else the one nearest the reference
        (none in a page far from it: 元旦，… in July is some year's)."""
        if match["nyy"] or match["nyrel"]:
            year = self._year(match["nyy"], match["nyrel"])
        elif self.reference is not None and self.reference.month in (1, 12):
            year = self.reference.year + (self.reference.month == 12)
        else:
            year = None
        return self._day(_safe_date(year, 1, 1)) if year is not None else None

    def _day(self, day: dt.date | None, anchor: bool = True) -> str | None:
        if day is None:
            return None
        if anchor:
            self.anchor, self.anchor_year = day, day.year
        self.named = day
        return day.isoformat()

    def _period(self, direction: str, count: int, unit: str) -> str | None:
        if self.reference is None or count <= 0:
            return None
        if unit == "年":
            year = self.reference.year
            if direction in ("未来", "今后"):
                return f"{year:04d}/{year + count:04d}"
            return f"{year - count:04d}/{year:04d}"
        now = self.reference.year * 12 + self.reference.month - 1
        then = now + count if direction in ("未来", "今后") else now - count
        first, last = sorted((now, then))
        return f"{first // 12:04d}-{first % 12 + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"

    def _month(self, match: re.Match[str]) -> str | None:
        ref = self.reference
        word = match["mrel"]
        if word:
            base = self.anchor if word in ("当月", "同月", "次月") and self.anchor else ref
            if base is None:
                return None
            shift = {"本月": 0, "当月": 0, "同月": 0, "上月": -1, "下月": 1, "次月": 1}[word]
            index = base.year * 12 + base.month - 1 + shift
            year, month = index // 12, index % 12 + 1
            if not match["d2"]:
                return f"{year:04d}-{month:02d}"
            return self._day(_safe_date(year, month, cn_number(match["d2"])))
        month = cn_number(match["m2"])
        if not 1 <= month <= 12 or ref is None:
            return None
        if match["d2"]:
            return self._day(_month_day(month, cn_number(match["d2"]), ref))
        first = _month_day(month, 1, ref)
        return None if first is None else f"{first.year:04d}-{month:02d}"

    def _relative(self, word: str) -> str | None:
        if word in DAYS_FROM_TOLD:
            base = self.named or self.anchor or self.reference
            if base is None:
                return None
            return (base + dt.timedelta(days=DAYS_FROM_TOLD[word])).isoformat()
        if self.reference is None:
            return None
        key = word if word in _DAY_OFFSETS else word[0]
        return (self.reference + dt.timedelta(days=_DAY_OFFSETS[key])).isoformat()


def _year_part(year: int, part: str) -> str:
    if part in ("年底", "年末", "底", "末"):
        return f"{year:04d}-12"
    if part in ("年初", "初"):
        return f"{year:04d}-01"
    if part == "上半年":
        return f"{year:04d}-01/{year:04d}-06"
    if part == "下半年":
        return f"{year:04d}-07/{year:04d}-12"
    return f"{year:04d}"


_PROBE_REFERENCE = dt.date(2000, 6, 15)


def _resolvable(match: re.Match[str], part: str, resolver: _Resolver) -> bool:
    """Whether the match would have a value given a reference (it lacked only that)."""
    if resolver.reference is not None:
        return False
    probe = _Resolver(_PROBE_REFERENCE)
    probe.anchor, probe.named = resolver.anchor, resolver.named
    return probe.value(match, part) is not None


def extract_dates(text: str, reference: dt.date | None = None) -> list[Mention]:
    """Date mentions in ``text`` with ISO 8601 values, resolved against ``reference``."""
    plain = halfwidth(text)
    resolver = _Resolver(reference)
    mentions: list[Mention] = []
    for match in DATE_PATTERN.finditer(plain):
        kind = match.lastgroup
        start, end = match.span()
        # 三日, 一日 are too often counts; take them only with a time of day or as when
        # something was done (哈韦尔二日在布拉格宫任命…, 二十日抵达, 于十一日抵京,
        # 卡比拉总统三日对政府进行了改组).
        if (
            kind == "day"
            and not match["d3"].isascii()
            and not _TIME_OF_DAY.match(plain, end)
            and not plain.endswith("于", 0, start)
            and not (
                _DONE_ON.match(plain, end) and (start == 0 or plain[start - 1] not in "这那某该")
            )
        ):
            continue
        part = ""
        core = match.group()
        if kind in ("year", "month") and core[-1] in "年月份度":
            tail = _PART.match(plain, end)
            if tail and (core[-1] != "月" or tail.group()[0] not in "上下年"):
                part = tail.group()
                end = tail.end()
        if (
            kind == "day"
            or (kind in ("iso", "year", "month") and core[-1] in "日号")
            or (kind == "relative" and core[-1] in "天日")
        ):
            tail = _TIME_OF_DAY.match(plain, end)
            if tail:
                end = tail.end()
        value = resolver.value(match, part)
        if value is None and not _resolvable(match, part, resolver):
            continue  # 2月30日, 〇〇〇〇年: no date whatever the reference
        mentions.append(Mention(start, end, "Date", text[start:end], value, source="rules"))
    return mentions
