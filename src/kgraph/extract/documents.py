"""Document mentions: titles in 《…》 and named letters and notices, and their short forms.

* ``《关于…的通知》``: the Document mention is the title inside the brackets.
* ``（以下简称《通知》）`` right after a title: the short form's ``value`` is that title.
* Unbracketed named titles: ``致全国环卫工人的慰问信``, ``关于开展…行动的通知``
  (a 关于 … 的 clause ending in a document word: 通知, 决定, 意见, 办法, …), and a plan or a rule
  an issuing verb takes (``印发军委主席负责制学习教育规划``).

:func:`resolve_short_titles` then gives every later short form (``《通知》``,
``《摘编》``) the full title seen earlier in the same document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.records import Mention
from kgraph.text import in_order

MAX_TITLE = 100

BRACKETED = re.compile(rf"《(?P<title>[^《》\n]{{1,{MAX_TITLE}}})》")
# （以下简称《通知》）, (简称“意见”), （下称《条例》）: the short form of the title before it.
SHORT_FORM = re.compile(
    r"\s*[（(]\s*(?:以下|下文)?(?:简称|称|下称)[为作]?\s*"
    r"(?:《(?P<bracketed>[^《》\n]{1,20})》|[“\"](?P<quoted>[^”\"\n]{1,20})[”\"])\s*[）)]"
)
# The words a document's title ends with (not a work's: a concert, a film, a book).
DOCUMENT_WORDS = (
    "通知|决定|意见|实施意见|指导意见|若干意见|通报|批复|报告|规定|暂行规定|办法|实施办法|暂行办法|"
    "公告|通告|方案|实施方案|工作方案|规划|纲要|条例|实施细则|细则|指引|指南|标准|规则|决议|公报"
)
UNBRACKETED = re.compile(
    r"(?P<letter>致[^，。；：！？、\s《》“”()（）]{2,30}?的"
    r"(?:慰问信|贺信|贺电|感谢信|公开信|倡议书|慰问电|唁电|一封信|信))"
    rf"|(?P<notice>关于[^，。；：！？\s《》“”()（）]{{2,60}}?(?:的(?:{DOCUMENT_WORDS}))+)"
)
# What an issuing verb takes unbracketed, up to the clause's end, when it ends in a word of a
# plan or a rule (中央军委办公厅日前印发军委主席负责制学习教育规划): not to whom (印发给), not a
# count of them (3000多项改革方案, 一批…清单), not two (十版防控方案和十版诊疗方案), not a new
# round or a version (新一轮…, 首张…), nor a verb it opens with (实施…负面清单)
ISSUED_UNBRACKETED = re.compile(
    r"(?:印发|出台|颁布)了?"
    r"(?P<title>(?![给之的了通实新首我\d０-９一二三四五六七八九十])[^，。；：！？、\s《》“”()（）的]{6,30}?"
    r"(?:行动计划|发展计划|指导计划|行动方案|实施方案|工作方案|规划|纲要|实施办法|管理办法|考核办法"
    r"|实施意见|指导意见|实施细则|技术指南|指引|清单))(?=[，。；])"
)
_TWO_OR_COUNTED = re.compile(
    r"(?:方案|计划|规划|办法|意见|细则|清单)[和及与]|[0-9０-９多余][项个批张条]"
)


def _mention(text: str, start: int, end: int, value: str | None = None) -> Mention:
    return Mention(start, end, "Document", text[start:end], value, source="rules")


def extract_documents(text: str) -> list[Mention]:
    """Document mentions in ``text``, by position."""
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    consumed = 0  # end of the last （以下简称《…》）, whose 《…》 is already a mention
    for match in BRACKETED.finditer(text):
        if match.start() < consumed:
            continue
        start, end = match.span("title")
        mentions.append(_mention(text, start, end))
        covered.append(match.span())
        short = SHORT_FORM.match(text, match.end())
        if short:
            group = "bracketed" if short["bracketed"] else "quoted"
            short_start, short_end = short.span(group)
            mentions.append(_mention(text, short_start, short_end, value=match["title"]))
            covered.append(short.span())
            consumed = short.end()
    for match in UNBRACKETED.finditer(text):
        start, end = match.span()
        if any(start < c_end and c_start < end for c_start, c_end in covered):
            continue
        mentions.append(_mention(text, start, end))
        covered.append((start, end))
    for match in ISSUED_UNBRACKETED.finditer(text):
        start, end = match.span("title")
        if _TWO_OR_COUNTED.search(match["title"]) or any(
            start < c_end and c_start < end for c_start, c_end in covered
        ):
            continue
        mentions.append(_mention(text, start, end))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is a suffix of ``full``, or its characters run through ``full`` in order
    from its first character to its last (《中英联合声明》 for 《中英关于…的联合声明》)."""
    if len(short) < 2 or len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    return short[0] == full[0] and short[-1] == full[-1] and in_order(short, full)


def resolve_short_titles(mentions: list[Mention]) -> list[Mention]:
    """The same mentions, in the same order, with short Document titles given their full title.

    A short form gets as ``value`` the title that an explicit ``（以下简称…）`` bound it
    to, else the latest earlier full title of the same document that it abbreviates.
    Mentions of other types pass through unchanged.
    """
    declared: dict[tuple[str, str], str] = {}
    seen: dict[str, list[str]] = {}
    out: list[Mention] = []
    for mention in mentions:
        if mention.type != "Document":
            out.append(mention)
            continue
        titles = seen.setdefault(mention.doc, [])
        if mention.value and mention.value != mention.text:
            declared[(mention.doc, mention.text)] = mention.value
            out.append(mention)
            continue
        full = declared.get((mention.doc, mention.text))
        if full is None:
            full = next((t for t in reversed(titles) if _abbreviates(mention.text, t)), None)
        if full is None:
            if mention.text not in titles:
                titles.append(mention.text)
            out.append(mention)
        else:
            out.append(replace(mention, value=full))
    return out
