"""The words that report who did what, read once from ``ontology/``.

``event_cues.tsv`` gives the verbs of taking part, chairing, speaking, meeting and deciding,
and the nouns that type an event by its name (:mod:`kgraph.extract.frames` reads events by
them); ``relation_cues.tsv`` gives the words of the sentence-level relations (saying, meeting,
issuing, bylines: :mod:`kgraph.extract.relations`). Both stages, and the identity stage, share
them through this module, which depends on neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kgraph.lexicons import ontology_dir
from kgraph.model import EVENT_TYPES
from kgraph.text import TableError, read_table

__all__ = ["Cue", "Cues", "cues", "event_cues", "event_type_of", "saying_opens", "verb_cues"]


@dataclass(frozen=True, slots=True)
class Cue:
    role: str  # chaired, spokeAt, accompanied, participatedIn, meet, appoint, remove, elect
    event_type: str  # the type of an event the cue creates ("" when it only joins one)


# A report made, named by what it reports on (作政府工作报告, 作2024年工作报告, 作了全国人大常委会
# 工作报告, 作经济形势报告): a speech, whatever words stand between the verb and 报告
# (not 李强总理所作的政府工作报告: a report one speaks of; not 作为…报告, 作出…报告: as, made
# into; not a 报告会, a meeting). Each alternative opens with a literal character: a class or a
# lookbehind first would cost the whole cue pattern its fast scan for the first characters of its
# words (ten times slower over a text).
# (作党的二十届三中全会精神宣讲报告: the party's 的 in what it reports on)
REPORTED_ON = r"(?:党的|[^，,。；;、：:“”作做的]){1,14}?"
MADE_REPORT = "|".join(
    alternative
    for verb in "作做"
    for alternative in (
        rf"{verb}(?<!所{verb})了?{REPORTED_ON}工作报告",
        rf"{verb}(?<!所{verb})(?![为出])了?{REPORTED_ON}报告(?!会|厅)",
    )
)
MADE_REPORT_CUE = Cue("spokeAt", "")
# A call received, the caller between the verb and 电话 (吕宏强接到尚美英的电话, 苏哈托…接到日本首相
# 桥本龙太郎打来的电话): both sides of a call
CALL_RECEIVED = r"接到了?[^，,。；;：:“”的]{1,30}?(?:打来|拨来)?的(?:电话|来电)"
CALL_RECEIVED_CUE = Cue("meet", "Meeting")
_CALL_RECEIVED_WORDS = re.compile(CALL_RECEIVED)
# A visit welcomed or thanked for (对科恩来访表示欢迎, 对钱其琛的来访表示热烈欢迎): a visit made
# (not 会见来访的…, a guest described; 欢迎金正恩来访, an invitation; 前来访问, the verb 访问)
VISIT_WELCOMED_WORD = "来访"
VISIT_WELCOMED = rf"{VISIT_WELCOMED_WORD}(?=表示(?:热烈|诚挚|衷心|真诚)?的?(?:欢迎|感谢))"
VISIT_WELCOMED_CUE = Cue("participatedIn", "Visit")


def is_call_received(words: str) -> bool:
    """Whether ``words`` are a call received (接到尚美英的电话), as :data:`CALL_RECEIVED` finds."""
    return _CALL_RECEIVED_WORDS.fullmatch(words) is not None


@dataclass(frozen=True, slots=True)
class Cues:
    pattern: re.Pattern[str]
    by_word: dict[str, Cue]
    nouns: tuple[tuple[str, str], ...]  # (word in an event's name, event type), longest first
    # reports the tables give an event type (作宣讲报告: 宣讲报告, a Conference of its own)
    typed_reports: tuple[tuple[str, Cue], ...]

    def of(self, found: str) -> Cue:
        """The cue of a word the pattern found (a report made or a call received is one,
        whatever its words; so is a visit welcomed)."""
        if found in self.by_word:
            return self.by_word[found]
        if found == VISIT_WELCOMED_WORD:
            return VISIT_WELCOMED_CUE
        if is_call_received(found):
            return CALL_RECEIVED_CUE
        # (作党的二十届三中全会精神宣讲报告: a report of a kind the tables type, 作宣讲报告)
        return next(
            (cue for kind, cue in self.typed_reports if found.endswith(kind)), MADE_REPORT_CUE
        )


@cache
def event_cues() -> Cues:
    path = ontology_dir() / "event_cues.tsv"
    rows = read_table(path, ("cue", "role", "event_type"))
    for row in rows:
        if row["event_type"] and row["event_type"] not in EVENT_TYPES:
            raise TableError(f"{path}: {row['cue']}: unknown event_type {row['event_type']!r}")
    by_word = {r["cue"]: Cue(r["role"], r["event_type"]) for r in rows if r["role"] != "noun"}
    nouns = sorted(
        ((r["cue"], r["event_type"]) for r in rows if r["role"] == "noun"),
        key=lambda item: -len(item[0]),
    )
    words = sorted(by_word, key=len, reverse=True)
    pattern = "|".join([*map(re.escape, words), MADE_REPORT, CALL_RECEIVED, VISIT_WELCOMED])
    typed_reports = tuple(
        (word[1:], cue)
        for word, cue in by_word.items()
        if word[0] in "作做" and word.endswith("报告") and cue.event_type
    )
    return Cues(re.compile(pattern), by_word, tuple(nouns), typed_reports)


def event_type_of(name: str) -> str:
    """The event type a name says: 表彰大会 -> Award, 座谈会 -> Conference, 会谈 -> Meeting."""
    for word, event_type in event_cues().nouns:
        if word in name:
            return event_type
    return "Other"


# 获奖代表, 夺冠者, 获奖外国专家, 夺金时刻: those who won (or when), named by the win
WINNER_NOUN = re.compile(
    # (not 获奖的是：…, 获奖的还有…: those who won, listed after it)
    r"(?:代表|者|人|作品|项目|选手|运动员|外国专家|专家|集体|个人|队伍|时刻|后|的(?!(?:还|另)?[是有]))"
)
# decide many things, a post only as X为Y (会议确定，X为Y; 大会…通过王沪宁为大会秘书长)
NAMING_VERBS = frozenset({"确定", "通过", "决定"})
# Verbs of getting that win an award only when an honour is what they get (获得金鞋奖,
# 包揽金球奖和金鞋奖, 捧走金哨奖奖杯; not 获得感, 获得了发展, 获得一等奖的项目)
WON_WHEN_AN_HONOUR = (
    "获", "获得", "赢得", "包揽", "捧走", "捧得", "捧回", "摘取", "摘下", "夺取", "夺走", "荣膺",
)  # fmt: skip
HONOUR_WON = re.compile(
    # (捧回了联合国教科文组织设立的国际科普最高奖———“儒勒·凡尔纳”奖杯: a long name)
    r"了?[^，,。；;：:！？]{0,40}?"
    # (王汉斌、吕正操…等获各组优胜: a tournament's winners)
    r"(?:奖|奖项|奖杯|奖牌|金牌|银牌|铜牌|冠军|亚军|季军|优胜|称号|勋章|桂冠|殊荣|第[一二三]名?|前[两二三]名)"
    r"(?=[，,。；;：:、和及与）)”]|$)"
)
# The honour named before a passive win (女子３米板双人决赛的金牌被…夺走, 男子吊环冠军被兰星宇
# 获得): what the verb's object would name
HONOUR_BEFORE_PASSIVE = re.compile(
    r"(?:奖|奖项|奖杯|奖牌|金牌|银牌|铜牌|冠军|亚军|季军|桂冠|称号)被[^，,。；;：:！？]{1,30}$"
)
# Verbs of winning a medal or a title (夺得金牌, 以绝对优势夺冠): an award
WINNING_VERBS = (
    "夺得", "摘得", "夺冠", "摘金", "夺金", "斩获",
    "获得冠军", "获得金牌", "获得银牌", "获得铜牌", "获得亚军", *WON_WHEN_AN_HONOUR,
    # (中国选手田亮名列第二, 德国的霍尔格名列第三: a final's places, its medals)
    "名列第一", "名列第二", "名列第三",
)  # fmt: skip


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """Cue words by signal (participate, speak, meet, with, issue, say, byline, photo, unit)."""
    table: dict[str, list[str]] = {}
    for row in read_table(ontology_dir() / "relation_cues.tsv", ("cue", "signal")):
        table.setdefault(row["signal"], []).append(row["cue"])
    return {signal: tuple(sorted(words, key=len, reverse=True)) for signal, words in table.items()}


@cache
def verb_cues() -> re.Pattern[str]:
    """The verbs of taking part (ontology/event_cues.tsv, tenures aside) and of meeting."""
    taking_part = [
        w
        for w, cue in event_cues().by_word.items()
        # (通过, 确定 decide many things, a post only in X为Y: 通过视频 is a means)
        if (cue.event_type and w not in NAMING_VERBS)
        or cue.role in ("participatedIn", "chaired", "spokeAt", "accompanied", "meet")
    ]
    words = sorted({*taking_part, *cues()["meet"]}, key=len, reverse=True)
    # (周黎等获奖代表在会上作了发言: those who won, named by the win, did not win there)
    winning = (*WINNING_VERBS, "获奖")
    return re.compile(
        "|".join(
            re.escape(w)
            + (f"(?!{WINNER_NOUN.pattern})" if w in winning else "")
            + (f"(?={HONOUR_WON.pattern})" if w in WON_WHEN_AN_HONOUR else "")
            for w in words
        )
    )


@cache
def saying_opens() -> re.Pattern[str]:
    """A verb of saying and the comma or colon that opens what is said (他指出，…)."""
    return re.compile(f"(?:{'|'.join(cues()['say'])})[，,：:]")
