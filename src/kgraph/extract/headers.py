"""What a document's first lines and headings say about when and by whom it was given.

A published speech's header (``在…上的讲话`` / ``（一九九八年一月一日）`` / the speaker) and a
chronicle's dated headings (``１９３５年``): the event frames of :mod:`kgraph.extract.frames`
date their events by them and :mod:`kgraph.extract.discourse` exempts the speaker from the
byline filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgraph.metadata import BRACKETED_LINE
from kgraph.records import Document, Mention, Sentence

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?$")


HEADLINE_MAX = 40


def _is_day(value: str | None) -> bool:
    return bool(value and DAY.match(value))


def _headline(document: Document, sentence: Sentence) -> bool:
    """A short line of its own with no closing punctuation: a story's headline."""
    text = sentence.text.strip()
    # (宣布“开港！”: the closing quote ends a sentence that ended inside it)
    if not 4 <= len(text) <= HEADLINE_MAX or text.rstrip('”’"」』')[-1:] in "。！？!?；;：:，,":
        return False
    if BRACKETED_LINE.fullmatch(text):
        return False  # （Ａ、Ｄ）, （附图片１张）, （新华社记者齐铁砚摄）: a note on the page
    return _own_line(document, sentence)


def _own_line(document: Document, sentence: Sentence) -> bool:
    start, end = sentence.clean_start, sentence.clean_start + len(sentence.text)
    before = document.text[max(0, start - 1) : start]
    after = document.text[end : end + 1]
    return before in ("", "\n") and after in ("", "\n")


# 在全国政协新年茶话会上的讲话, ——在第三届“一带一路”国际合作高峰论坛开幕式上的主旨演讲,
# 在同全国总工会新一届领导班子成员集体谈话时的讲话: a published speech's title line, with
# notes in brackets after it (（附图片１张）, （摘要）)
# (在…座谈会上江泽民同志的讲话: the speaker after it; 书面讲话, remarks sent to be read out:
# the event is dated, its author was not there)
SPEECH_TITLE = re.compile(
    r"[—－-]*\s*(?:[\u4e00-\u9fff·]{2,12}?)?在(.+?)(?:(?:上|时|之际|期间)"
    r"(?:[\u4e00-\u9fff·]{2,4}同志)?)?的(?:重要|主旨|总结|(书面))?(?:讲话|致辞|发言|演讲|报告|贺词|讲话提纲)"
    r"(?:（[^）]{1,12}）)*"
)


# （一九九八年一月一日）, （2023年10月18日，北京）: the day (and the place) a speech was given
SPEECH_DAY = re.compile(r"[（(]([^）)]+?)(?:[，,][^）)]{1,8})?[）)](?:（[^）]{1,12}）)*")


SPEAKER_LINE_BREAKS = re.compile(r"[，,。；;：:、（(）)“”]")


SPEECH_HEADER_LINES = 6  # the title, a subtitle, the day and the speaker's name


@dataclass(frozen=True, slots=True)
class SpeechHeader:
    """The lines a published speech opens with: ``在…上的讲话`` / ``（一九九八年一月一日）`` /
    ``江泽民``. The speaker spoke at the event the title names, on the day the brackets give."""

    title: int  # the title's sentence index
    event: tuple[int, int]  # where the title names the event (在…上)
    day: str  # the day in brackets, and the sentence that gives it
    day_sentence: int
    speaker: Mention | None  # the name alone on a line under the title
    last_line: int  # the header's last sentence


def speech_header(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> SpeechHeader | None:
    """The header of a published speech, when the document opens with one (its title, then
    the day in brackets; a line with the speaker's name alone, when the title does not name
    him, before or after the day)."""
    lines = [
        (sentence, mentions)
        for sentence, mentions in zip(sentences, per_sentence)
        if sentence.index < SPEECH_HEADER_LINES and _own_line(document, sentence)
    ]
    title = next(
        (
            (sentence, found)
            for sentence, _ in lines
            if (found := SPEECH_TITLE.fullmatch(sentence.text.strip())) is not None
            and _headline(document, sentence)
        ),
        None,
    )
    if title is None:
        return None
    sentence, found = title
    offset = len(sentence.text) - len(sentence.text.lstrip())
    day: tuple[str, int] | None = None
    speaker: Mention | None = None
    for line, mentions in lines:
        if line.index <= sentence.index:
            continue
        text = line.text.strip()
        dates = [m for m in mentions if m.type == "Date" and _is_day(m.value)]
        in_brackets = SPEECH_DAY.fullmatch(text)
        if day is None and in_brackets and [m.text for m in dates] == [in_brackets.group(1)]:
            day = (dates[0].value or "", line.index)
            continue
        # (江泽民; 中华人民共和国主席 习近平: the name ends a line that gives only his post)
        people = [m for m in mentions if m.type == "Person"]
        if (
            speaker is None
            and len(people) == 1
            and text.endswith(people[0].text)
            and not SPEAKER_LINE_BREAKS.search(text)
        ):
            speaker = people[0]
    if day is None:
        return None
    if found.group(2):
        speaker = None
    elif speaker is None:  # 在…座谈会上江泽民同志的讲话: the speaker the title names
        speaker = next(
            (
                m
                for m in per_sentence[sentence.index]
                if m.type == "Person" and not found.start(1) <= m.start - offset < found.end(1)
            ),
            None,
        )
    last_line = max(day[1], speaker.sentence if speaker is not None else 0)
    return SpeechHeader(
        sentence.index,
        (found.start(1) + offset, found.end(1) + offset),
        day[0],
        day[1],
        speaker,
        last_line,
    )


def chronicle_headings(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> dict[int, str]:
    """The lines of a chronicle (大事记) that are a date alone, by sentence index, with their
    value: ``１９９０年７月`` over ``国务院召开全国大中城市副食品工作会议…``. Each heads an entry
    its date dates; a document is a chronicle when it has two such lines or more (one alone
    is a page's date)."""
    headings: dict[int, str] = {}
    for sentence, mentions in zip(sentences, per_sentence):
        text = sentence.text.strip()
        dates = [m for m in mentions if m.type == "Date"]
        value = dates[0].value if len(dates) == 1 and dates[0].text == text else None
        if value and value[:4].isdigit() and "/" not in value and _headline(document, sentence):
            headings[sentence.index] = value
    return headings if len(headings) >= 2 else {}
