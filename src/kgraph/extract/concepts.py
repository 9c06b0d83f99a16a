"""Candidate policy concepts that the lexicon does not know yet.

Chinese policy language names its concepts in two recognisable shapes:

* a head noun that marks a concept — 战略, 精神, 理念, 倡议, 改革, 工程, 体系,
  机制, 格局 — after a short modifier that starts at a clause boundary or right
  after a verb of adoption (贯彻, 实施, 推进, 深化, 弘扬, 坚持 …):
  ``推进产业工人队伍建设改革`` -> ``产业工人队伍建设改革``;
* a term in quotation marks, most tellingly a numbered shorthand (“两个确立”,
  “六稳”, “双减”) or a quoted name before a head noun (“放管服”改革).

:func:`discover_concepts` ranks such candidates over a corpus (for curating
``ontology/policy_concepts.tsv``); :func:`match_concept_candidates` marks the
precise ones in a sentence as ``PolicyConcept`` mentions. Precision comes first:
a candidate needs a clear left boundary, and generic heads need a longer modifier.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kgraph.lexicons import canonical, lexicon
from kgraph.records import Mention

__all__ = ["Candidate", "concept_candidates", "discover_concepts", "match_concept_candidates"]

SOURCE = "concept-pattern"
TYPE = "PolicyConcept"

# Head noun -> the shortest modifier that makes a concept of it. Generic heads
# need three characters: 工作机制, 治理体系 and 重大工程 are not concepts.
HEADS: dict[str, int] = {
    "战略": 2,
    "精神": 2,
    "理念": 2,
    "倡议": 2,
    "改革": 2,
    "工程": 3,
    "体系": 3,
    "机制": 3,
    "格局": 3,
}
MAX_MODIFIER = 10
MAX_UNTRIGGERED = 6  # a modifier after a mere clause boundary must be short
# Verbs of adoption (and a few adverbs) after which a concept name begins.
_TRIGGER_WORDS = (
    "贯彻 落实 实施 推进 深化 弘扬 坚持 践行 推动 完善 健全 构建 加快 "
    "建立 加强 发扬 传承 秉持 秉承 倡导 提出 树立 奉行 遵循 打造 形成 "
    "建成 启动 开展 部署 牢记 学习 营造 崇尚 运用 推出 实行 推行 执行 "
    "坚定 围绕 把握 强化 增强 提升 提高 发挥 巩固 拓展 纳入 列入 作为 "
    "制定 出台 参与 参加 支持 响应 发出 发起 签署 宣布 融入 对接 继承 "
    "体现 彰显 领会 宣讲 确立 遵照 按照 依照 根据 通过 实现 结合 感悟 成为 确保 维护 聚焦 "
    "依托 塑造 完成 展现"
)
TRIGGERS = frozenset(_TRIGGER_WORDS.split())
# Function words that cannot be part of a concept name: they end the modifier.
_STOP_WORDS = (
    "的 了 在 是 把 被 将 着 过 而 或 等 这 那 该 其 每 也 就 又 "
    "还 都 对 为 和 与 及 以及 同 跟 向 从 他 她 它 他们 我们 你们 "
    "其他 其它 各 各级 各类 各项 一些 一系列 一个 一项 一种 这个 这一 "
    "那个 这些 那些 不断 进一步 要 不 没有 以 于 由 给 让 使 并 且 上 "
    "中 下 里 之 所 有 新 好 我国 继续 正确 积极 大力 认真 切实 努力 随着 "
    "关于 简称 用 应 处理 正确处理 进行 开始 即 则"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
# Characters after a head that show the head is part of a longer word:
# 工程师, 中国工程院, 改革开放, 发展和改革委员会, 战略性, 精神病.
BOUND_AFTER = frozenset("委员会师院性化病者家型局部开司厅处队费款学界类科组室所")
# A 精神 that follows these is the gist of a speech or a meeting, not a concept.
_DOCUMENT_SPIRIT = re.compile(
    r"(?:讲话|指示|批示|会议|文件|大会|全会|通知|决定|意见|回信|贺信|致词|致辞|报告"
    r"|[一二三四五六七八九十]+大)$"
)
_NUMBER_CLASSIFIER = re.compile(r"^[一二两三四五六七八九十几多各这那每该][个项大种条些类批]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_HEAD_RE = re.compile("|".join(sorted(HEADS, key=len, reverse=True)))
# “…” or ‘…’ with 2-12 characters and no clause punctuation inside.
_QUOTED = re.compile(r"[“‘]([^“”‘’，。；：！？,;:!?\s]{2,12})[”’]")
# Numbered shorthand: “两个确立”, “六稳”, “三农”, “双减”; not dates such as “五一”, “九五”.
_NUMBERED = re.compile(
    r"^(?:[二两三四五六七八九十]+[个大项条种化位]?|双)(?![一二三四五六七八九十零〇月日年号])"
    r"[^的]{1,8}$"
)
_QUOTES = re.compile(r"[“”‘’\"']")
_ENTITY_TYPES = ("Organization", "Place", "Person")
# jieba's part-of-speech tags of a word after a head that make the head a modifier of it:
# 载人航天工程|办公室, 战略|任务, 改革|党 are nouns' heads, not concepts. 战略 is as often the
# adjective "strategic": 全面战略|协作, 战略|互信, 战略|引领.
NOUN_TAGS = frozenset({"n", "ng", "nr", "nrt", "nrfg", "ns", "nt", "nz"})
STRATEGIC_TAGS = NOUN_TAGS | {"v", "vn", "a", "an", "b"}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str  # the span as written
    term: str  # the concept name: quotes removed
    kind: str  # "head" (a modifier and a head noun) or "quoted"
    precise: bool  # good enough to be a mention without curation


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """jieba words of ``text[start:end]`` with offsets into ``text`` (dictionary only, no HMM)."""
    import jieba  # deferred: loading its dictionary takes a second

    jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" lines are not for users

    return [
        (start + a, start + b, word) for word, a, b in jieba.tokenize(text[start:end], HMM=False)
    ]


def _is_entity(text: str) -> bool:
    """Whether the lexicon knows ``text`` as an organisation, place or person."""
    lex = lexicon()
    return any(lex.get(type_, canonical(type_, text)) for type_ in _ENTITY_TYPES)


def _modifies_what_follows(text: str, head: str, end: int) -> bool:
    """Whether the word after a head at ``end`` is a noun the head only modifies."""
    import rjieba  # the tagger's own part-of-speech source: loaded already, no second table

    tagged = rjieba.tag(text[end : end + 4])
    if not tagged or not all(_is_cjk(c) for c in tagged[0][0]):
        return False
    return tagged[0][1] in (STRATEGIC_TAGS if head == "战略" else NOUN_TAGS)


def _modifier_start(text: str, head_start: int, head_end: int) -> tuple[int, bool] | None:
    """Where the modifier before a head begins, and whether a trigger verb precedes it.

    None when the head is glued into a longer word or no boundary is in reach.
    """
    context_start = max(0, head_start - MAX_MODIFIER - 4)
    tokens = _tokens(text, context_start, min(len(text), head_end + 2))
    if any(a < head_end < b for a, b, _ in tokens):
        return None  # 改革开放, 工程师: the head ends inside a word
    begin = head_start
    for a, _b, word in reversed([t for t in tokens if t[0] < head_start]):
        if word in TRIGGERS:
            return begin, True
        if word in STOP_WORDS or not all(_is_cjk(c) for c in word):
            return begin, False
        begin = a
    return (begin, False) if context_start == 0 else None


def _head_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _HEAD_RE.finditer(text):
        head_start, end = match.span()
        if end < len(text) and text[end] in BOUND_AFTER:
            continue
        if head_start >= 1 and text[head_start - 1] in "”’":
            continue  # “放管服”改革: a quoted candidate
        if _modifies_what_follows(text, match.group(), end):
            continue
        found_start = _modifier_start(text, head_start, end)
        if found_start is None:
            continue
        start, triggered = found_start
        modifier = text[start:head_start]
        shortest = HEADS[match.group()] + (0 if triggered else 1)
        longest = MAX_MODIFIER if triggered else MAX_UNTRIGGERED
        if not shortest <= len(modifier) <= longest:
            continue
        if _NUMBER_CLASSIFIER.match(modifier) or _HEAD_RE.search(modifier):
            continue  # 三大战略, 一项系统工程, or two concepts run together
        if any(verb in modifier for verb in TRIGGERS):
            continue  # 继续深化改革: the verb phrase, not a name
        if match.group() == "精神" and _DOCUMENT_SPIRIT.search(modifier):
            continue
        if _is_entity(modifier):
            continue  # 联合国改革, 党中央精神: an actor and a head, not a concept name
        found.append(Candidate(start, end, text[start:end], text[start:end], "head", True))
    return found


def _quoted_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _QUOTED.finditer(text):
        inner = match.group(1)
        if not all(_is_cjk(c) or c.isdigit() or c in "、·+" for c in inner):
            continue
        head = _HEAD_RE.match(text, match.end())
        if head and not (head.end() < len(text) and text[head.end()] in BOUND_AFTER):
            # “放管服”改革 -> 放管服改革, the quotes and the head in one span.
            start, end = match.start(), head.end()
            term = _QUOTES.sub("", text[start:end])
            found.append(Candidate(start, end, text[start:end], term, "quoted", True))
            continue
        precise = (bool(_NUMBERED.match(inner)) or bool(_HEAD_RE.search(inner[-2:]))) and not any(
            _is_entity(inner[:size]) for size in (2, 3)
        )  # “四川长虹” is a company
        start, end = match.start(1), match.end(1)
        found.append(Candidate(start, end, inner, inner, "quoted", precise))
    return found


def concept_candidates(text: str) -> list[Candidate]:
    """Every candidate in ``text``, by position, overlapping ones resolved by length."""
    candidates = sorted(
        _head_candidates(text) + _quoted_candidates(text),
        key=lambda c: (-(c.end - c.start), c.start, c.kind),
    )
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for candidate in candidates:
        span = range(candidate.start, candidate.end)
        if taken.intersection(span):
            continue
        taken.update(span)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _known(term: str) -> bool:
    lex = lexicon()
    return any(lex.get(type_, canonical(type_, term)) for type_ in (TYPE, "Organization"))


def discover_concepts(
    texts: Iterable[str], min_count: int = 1, include_known: bool = False
) -> list[tuple[str, int, int]]:
    """Candidate new policy concepts in a corpus: ``(term, count, documents)``.

    Ranked by the number of documents that use the term, then by its count,
    then by the term; terms the lexicon already knows are left out unless
    ``include_known``.
    """
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for text in texts:
        terms = [c.term for c in concept_candidates(text)]
        counts.update(terms)
        spread.update(set(terms))
    ranked = [
        (term, count, spread[term])
        for term, count in counts.items()
        if count >= min_count and (include_known or not _known(term))
    ]
    return sorted(ranked, key=lambda item: (-item[2], -item[1], item[0]))


def match_concept_candidates(text: str) -> list[Mention]:
    """``PolicyConcept`` mentions for precise pattern hits the lexicon does not know.

    ``value`` is the term without quotation marks; ``source`` is ``"concept-pattern"``.
    """
    return [
        Mention(c.start, c.end, TYPE, c.text, value=c.term, source=SOURCE)
        for c in concept_candidates(text)
        if c.precise and not _known(c.term)
    ]
