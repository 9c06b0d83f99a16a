"""Appointments, removals and careers: who held which post, since and until when.

``任命X为Y``, ``免去X的Y职务``, ``X当选Y``, ``X不再担任Y``, ``X任Y``: ``holdsPosition`` with
``since`` / ``until``, dated by the decision's day as the text gives it (or the document's day
for 日前, 近日), and an ``Appointment`` event for the decision. A career note (``1984至今历任…``)
gives the posts of its person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.extract.actors import (
    MESSAGE_VERBS,
    OBJECT_DECISIONS,
    _add_person,
    _clause_start,
    _decision_stop,
    _name_shaped,
    _overlaps,
    mend_appointees,
)
from kgraph.extract.cues import Cue, verb_cues
from kgraph.extract.frame_slots import (
    _CAREER_ITEM,
    CAREER_CLAUSE,
    COARSE_DATE,
    MAX_LABEL_NAMES,
    _a_unit_written,
    _bare,
    _began_at,
    _cue_anchor,
    _decision_objects,
    _elected_post,
    _firm_after_cue,
    _firm_posts,
    _first_chain,
    _joined,
    _joined_clause_date,
    _life_subject,
    _name,
    _named_alone_before,
    _names_a_firm,
    _opening_date,
    _opening_person,
    _opens_with_date,
    _posts_across_commas,
    _sentence_subject_for_pronoun,
    _serial_subject,
    _the_unit,
    _workplace,
)
from kgraph.extract.frame_state import ADDRESSED_YOU, MONTH_OR_DAY, SAME_DAY, _ReaderState
from kgraph.extract.headers import _is_day
from kgraph.extract.positions import (
    NATIONAL_TITLE_KINDS,
    NOT_YET_HELD,
    SUCCESSION,
    THE_UNIT,
    split_status,
)
from kgraph.extract.positions import titles as known_titles
from kgraph.extract.relations import CLAUSE_BREAK, clause_end, stripped_gap, subjects
from kgraph.records import Evidence, Mention, Relation
from kgraph.text import quote_open

DECIDES = re.compile(r"(?:同志)?(?:决定|任命|免去|批准|表决|根据)")


# How long a post was held: 任院长１３年, 当了十年村支书, 担任了两年多的厂长
HELD_SPAN = re.compile(r"[0-9０-９一二三四五六七八九十两几数]+多?(?:年|个月|载)(?![级代前后底初])")
# Between 当选/任 and the post: 为, 了, 连任, an ordinal or 新任
POST_LEAD = re.compile(
    # (当选巴基斯坦第九任总统: the country the tagger missed, before the ordinal)
    # (当了一名开发办副主任: one of the post's holders; 当了十年村支书: for how long)
    rf"(?:为|了|过)?(?:{HELD_SPAN.pattern}多?的?)?(?:一名|一位)?(?:连任)?"
    r"(?:[\u4e00-\u9fff]{2,8}?(?=第[0-9一二三四五六七八九十]+[任届]))?"
    # (曾任该校数学系主任, 担任了公司的董事长: the unit the story just named)
    # (担任了学院的首任院长: the kind of unit alone, then 的)
    rf"(?:该{THE_UNIT}|(?:该|本)?(?:公司|集团|企业|单位|学院|大学|学校)的?)?"
    # (当选为新的国际足联主席, 当选国际足联新主席: the body stripped, then 新)
    r"(?:第[0-9一二三四五六七八九十]+(?:任|届)|首任|新任|新一任|新一届|下一任|下任|下一?届|新的?"
    # (曾任第八、九、十届全国政协副主席, 第七届、八届、九届: the terms it was held in)
    r"|第[0-9一二三四五六七八九十]+届?(?:[、和及至]第?[0-9一二三四五六七八九十]+届?)+届)?"
    # (历任新疆锂盐厂车间技术员: a unit of the body stripped before it)
    r"(?:车间|工段|班组|分厂|科室)?"
)


HELD_DURING = ("期间", "时", "之时", "以来", "中")  # 担任…期间: a span, no beginning
# 俞福柏任院长１３年, 担任主席长达十年: how long the post was held, told after it; no decision
HELD_FOR = re.compile(rf"(?:长达|已达|已经|达|已|近|了)?{HELD_SPAN.pattern}")


DATE_BOUND = ("以后", "后")  # 1979年以后: a bound, not the date (2018年起 is the date)


# 1984至今, 1989年起, 2009.8至今，: from when a career's list runs
FROM_THEN_ON = re.compile(r"年?(?:(?:起|以来)(?:至今|迄今)?|至今|迄今)[，,]?")

HELD_WITH = re.compile(r"兼(?:任)?[^、，,；;。]*")  # 总经理助理兼生产部部长: the unit of the post

# 当选为A，兼B、C: the posts held with the one a decision gives
CONCURRENT = re.compile(r"[，,]兼(?:任)?")


# 总统普京已签署命令，任命… / 国王…已批准任命…: the act by which the one before it appoints
DECREE_BEFORE = re.compile(
    r"(?:已经?|正式|日前)?(?:签署(?:了)?[^，,。；;]{0,8}?(?:命令|法令|总统令|政令)[，,]?|批准|下令)$"
)


# …当选。, 帕斯特拉纳当选后表示: elected, no post after
ELECTED_ALONE = re.compile(r"了?(?=[，,。；;]|后|$)")


ELECTED_EARLIER = re.compile(r"了?后")  # 当选后: elected before what the clause tells


# 均未能当选, 有望当选, 如果当选: an election not won, or not yet
UNCERTAIN_BEFORE = re.compile(
    r"(?:未能|未|没有|没能|不能|难以|能否|有望|可能|将|若|如果|如)[^，,。；;]{0,4}$"
)


# I or you right before the cue (我当了厂长, 你们担任…): who speaks or is spoken to
SPEAKER_OR_LISTENER = re.compile(r"(?:我们?|你们?|您)[又也就才曾已将还]?$")
SUCCEEDING = re.compile(r"(?:接替|接任|取代|替代)$")


ADDRESSED = (*MESSAGE_VERBS, "会见", "会晤", "同", "向")


# …后，立即任命…, …发表电视讲话，宣布正式任命…: the subject acts again
AT_ONCE = re.compile(r"(?:立即|随即|当即|随后|旋即|遂)?(?:宣布)?(?:正式)?")


POST_BEFORE_BY = re.compile(r"(?:一职)?(?:将|暂时|暂)?")  # 外长一职将|由他暂时兼任


ELECTING_SESSIONS = ("会议", "大会", "全会")  # (not a press conference one resigns at)


REPLACING = re.compile(r"[，,]?(?:以|并|从而)?(?:取代|接替|替代|接任)了?")  # …，以取代马内


TENSE_BEFORE = re.compile(r"(?:将|已经|已|曾|正式|将于近期|决定)$")


# A message (or its address) between a subject and a cue of office: 向X当选…致贺电, 祝贺X当选
ADDRESSED_IN_GAP = re.compile(r"向|给|祝贺|致电|致函|致信")


# (１９９１年她当选为…, 金善弘１９９３年开始担任…)
DATED_VERB_GAP = re.compile(r"[他她]?(?:正式|再次|首次|被|又|开始)?")


# 现任, 现亦兼任, 现又任: a post held now, begun when the clause does not say
NOW_HELD = re.compile(r"现[亦又还也]?兼?$")


# What stands between a career line's span and its posts (2010.12至今 | 1976—1978年 | 2002.7-至今)
CAREER_LINE_LEAD = re.compile(r"\s*[-—–~～]{0,2}\s*(?:至今|今)?\s*[，,：:]?\s*")


# (…董事长，现任新疆风能有限责任公司党委书记: or a clause of the note's next step, its own cue)
CAREER_LINE_END = re.compile(
    r"\s*(?:等职务?)?(?:[，,；;。]?\s*$|[，,；;](?=现任|现为|现兼任|兼任|曾任|历任|后任|任))"
)


# What says a move was not made (不愿调入, 拟调到: refused or planned)
NOT_DONE_BEFORE = re.compile(r"(?:不|未|没有?|拟|将|要|想|准备|希望|要求|愿意?)被?$")
# A body no tagger read after a verb of moving, up to where its clause ends (调入地质部。)
UNTAGGED_DESTINATION = re.compile(r"[\u4e00-\u9fff]{2,12}?(?=工作|后|[，,。；;]|$)")
# The post-taking verb after a body one was moved to (调到邵阳市当市长, 调到信宜县任县长)
TAKES_UP_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:当|任|担任|出任)")
# A career sentence naming no one (此前曾任…, 后任…, 曾先后担任…): of whom the story is about
# (not 担任行政长官是一份…责任: a post spoken of, held by no one)
ZERO_SUBJECT_CAREER = re.compile(
    r"\s*(?:(?:此前|之前|此后|其后|后来|随后|早年)[，,]?(?:曾经?|先后|历|又|还|后)*"
    r"|(?:曾经?|先后|历|又|还|后)+)"
)
FORMERLY = ("曾", "曾经", "历任", "历")  # 曾任…: a post held once; 历任A、B: one after another
FORMERLY_AT = re.compile(r"\s*[他她]?曾经?在")  # 曾在X任…: a post held once, at X


# 曾任…检修管理科长, …解放军51363部队战勤科长: the unit of the body a career's first post is of
CAREER_UNIT = re.compile(r"[\u4e00-\u9fff0-9０-９]{1,10}")


# 历任战士、工人、…: a career's first items, jobs the tables do not know, before its first post
CAREER_LIST_HEAD = re.compile(rf"(?:{_CAREER_ITEM}){{1,3}}")


# What makes a post after it no post held: one runs for it (总统候选人, 市长人选)
CANDIDACY = ("候选人", "人选", "竞选人")


# 在去年１２月２９日至３０日举行的大选中: the vote an election was decided by, and its day
ELECTION_HELD = re.compile(r"在[^，,。；;]{2,24}?举行的[^，,。；;]{0,12}?(?:大选|选举|投票)中")


# A resignation accepted (接受…辞呈): the one who leaves comes between 接受 and the noun;
# one handed in (递交辞呈): the verb's subject leaves
RESIGNATIONS = ("辞呈", "辞职请求")
HANDED_IN = re.compile(r"(?:递交|提交|提出|呈递|呈交)[^，,。；;]{0,10}$")


# Verbs of taking up a post that go on from their subject's clause before (…，当选…)
SERIAL_DECISIONS = ("当选", "当选为", "出任", "就任", "担任", "任")


# 辞职信, 辞职请求, 辞职报告, 辞职的; 辞职一事, 辞职事件: the matter, told after it was done
RESIGNATION_NOT_DONE = re.compile(r"[信书请报的对后]|一事|事件|风波|问题")


PLANNED_RESIGNATION = re.compile(r"(?:将|要|拟|准备|威胁|可能|打算|不会)[^，,。；;]{0,4}$")


# 决定给予李尚福开除党籍处分: whom a disciplinary decision names (the 其 of what it goes on to
# decide); 终止其党的二十大代表、上海市第十二次党代会代表资格: a mandate it ends
SANCTION = re.compile(r"给予(?=[^，,。；;]{2,30}?处分)")
MANDATE_ENDED = re.compile(r"终止其(?P<posts>[^，,。；;]{2,80}?)资格")


class _TenureReading(_ReaderState):
    """Reads appointments, removals, elections and career notes into tenures."""

    def _name_decisions_by_their_people(self) -> None:
        """A decision that names neither who made it nor a session is named after the people
        it concerns (``桥本龙太郎任免（1991）``): two stories' decisions of one day or year are
        two events, and one person's decision told by two stories is one."""
        bare = [f for f in self.frames if f.event_type == "Appointment" and f.bare]
        if not bare:
            return  # (most documents: no such decision)
        people: dict[str | None, dict[str, None]] = {}  # event -> its people, in order
        for relation in self.relations:
            if relation.relation == "participatedIn" and relation.head.type == "Person":
                people.setdefault(relation.tail.value, {})[_name(relation.head)] = None
        for frame in bare:
            names = list(people.get(frame.mention.value, ()))
            if names:
                more = "等" if len(names) > MAX_LABEL_NAMES else ""
                self._rename(frame, "、".join(names[:MAX_LABEL_NAMES]) + more + "任免")

    def _mandate_ended(
        self, text: str, mentions: list[Mention], day: str | None, evidence: Evidence
    ) -> None:
        """``决定给予董云虎开除党籍处分；…终止其党的二十大代表、上海市第十二次党代会代表资格``:
        the one the decision sanctions held the delegate's posts it ends until its day (the
        sentence's ``day``, else the story's), and the decision is an Appointment event he
        takes part in."""
        for found in SANCTION.finditer(text):
            person = next(
                (m for m in mentions if m.type == "Person" and m.start == found.end()), None
            )
            if person is not None:
                self.sanctioned = person
        for found in MANDATE_ENDED.finditer(text):
            posts = [
                m
                for m in mentions
                if m.type == "Position"
                and found.start("posts") <= m.start
                and m.end <= found.end("posts")
            ]
            holder = self.sanctioned
            if holder is None or not posts:
                continue
            date = day or self.last_day or self.document.date
            for post in posts:
                self.relations.append(Relation("holdsPosition", holder, post, evidence, until=date))
            self._appointment(text, mentions, found, [holder], date, evidence)

    def _sworn_in(
        self, mentions: list[Mention], people: list[Mention], date: str | None, evidence: Evidence
    ) -> None:
        """``美国当选总统特朗普宣誓就职``: the elect sworn in holds the national post his title
        names (当选 or 候任 dropped) from that day; an incumbent's new term (土耳其总统埃尔多安3日…
        宣誓就职) is no new tenure."""
        if date is None or not _is_day(date):
            return
        for person in (p for p in people if p.type == "Person"):
            title = next(
                (m for m in mentions if m.type == "Position" and m.end == person.start), None
            )
            if title is None or known_titles().kind(title.text) not in NATIONAL_TITLE_KINDS:
                continue
            country, mark = split_status(title.owner or "")
            if mark not in NOT_YET_HELD:
                continue
            post = replace(title, owner=country, value=country + title.text)
            self.relations.append(Relation("holdsPosition", person, post, evidence, since=date))

    def _tenures(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        cue: Cue,
        evidence: Evidence,
        day: str | None,
    ) -> None:
        # 哈塔米于８月当选总统: a month or year in the decision's own clause dates it
        clause_start = _clause_start(text, found.start(), "，。；,;")
        own = next(
            (
                m.value
                for m in mentions
                if m.type == "Date"
                and m.value
                and (COARSE_DATE.match(m.value) or MONTH_OR_DAY.match(m.value))
                and not m.text.startswith(SAME_DAY)  # (当天任命: the day the story named)
                and clause_start <= m.start
                and m.end <= found.start()
                # (于８月当选; １９９５年４月调任…, 一九六八年三月正式就任: right before the verb;
                # …出生于…，１９８９年１２月１３日出任…: the clause's day, not the sentence's first)
                and (
                    text[m.start - 1 : m.start] in ("于", "自", "从")  # (自2013年8月起任…)
                    or DATED_VERB_GAP.fullmatch(text, m.end, found.start()) is not None
                    # (，四年前让…吴彬回队任总教练: the time the clause opens with)
                    or (m.start == clause_start and clause_start > 0 and COARSE_DATE.match(m.value))
                )
            ),
            _joined_clause_date(text, mentions, clause_start, found.start()),
        )
        if own and "/" in own:
            own = own.split("/")[0]  # 1991年3月至1994年9月任…: taken up when the span opens
        voted: str | None = None
        if cue.role == "elect":
            # 据…昨天宣布，在去年１２月２９日至３０日举行的大选中，…当选为肯尼亚总统: the
            # vote's day, not the announcement's
            vote = ELECTION_HELD.search(text, 0, found.start())
            voted = next(
                (
                    m.value.split("/")[0]
                    for m in mentions
                    if vote is not None
                    and m.type == "Date"
                    and m.value
                    and vote.start() < m.start < vote.end()
                ),
                None,
            )
        told = [m.start for m in mentions if m.type == "Date" and m.value == day]
        if told and all(
            at > found.end() and _clause_start(text, at, "，,；;") > found.end() for at in told
        ):
            # 石破茂当选自民党第28任总裁，10月1日，他将…出任…: the day of a later clause
            day = None
        # (1996年，刘桂珍全票当选…: the year that opens the sentence)
        if own and day and not day.startswith(own):
            day = None  # 于１９９７年３月当选…，同年１２月１５日被提名为…: the clause's own month
        date = voted or day or own or self.sentence_coarse or self.last_day or self.document.date
        if self.in_headline and cue.role == "remove" and not (voted or day or own):
            # 俄方称叙总统巴沙尔·阿萨德已辞职: the story below says when (the latest of a
            # tenure's ends would be the page's day, a headline's guess; its earliest start is)
            date = None
        clause_end_at = CLAUSE_BREAK.search(text, found.end())
        rest = text[found.end() : clause_end_at.start() if clause_end_at else len(text)]
        if not (day or own) and rest.endswith(("时", "之时", "之际")):
            date = None  # 在金大中当选总统时: a time the story recalls, not the story's day
        before = text[max(0, found.start() - 2) : found.start()]
        # (曾任A、B, 先后任A、B, 历任…: a career told, not a decision the story reports)
        career = before.endswith((*FORMERLY, "先后"))
        if (
            not own
            and (
                before.endswith(FORMERLY)
                or (found.group() == "任" and before[-1:] == "后")
                # (…期间，张先生就职于中国人民银行，曾在调查统计司任副司长: held once, in the span)
                or FORMERLY_AT.match(text, clause_start) is not None
                # (…，曾在调查统计司任副司长、巡视员，在征信管理局任巡视员: the next place, as once)
                or (text.startswith("在", clause_start) and "曾在" in text[:clause_start])
            )
        ):
            date = None  # 曾任衡阳市委常委, …后任二机部办公厅副主任: held once, from when not said
        if cue.role == "hold":
            # 1990年4月，习近平同志履新福州，担任市委书记: a holding the sentence dates began
            # then. Not 担任…期间 (a span the story looks back on), not 先后担任 (one after the
            # other, each from when we know not) or 1979年以后 (a bound, not a date).
            # (1996年参加工作，…，现任…: what one holds now began when its own clause says)
            # (１９９７年７月８日，…公司正式挂牌开业，田晚霞担任了公司的董事长: a day the
            # sentence opens with, its year written, as a chronicle dates a step)
            written_day = next(
                (
                    m.value
                    for m in mentions
                    if m.type == "Date"
                    and m.value == day
                    and m.start == len(text) - len(text.lstrip())
                    and "年" in m.text
                ),
                None,
            )
            date = (
                own
                if found.group() in ("现任", "现为")
                else own or self.sentence_coarse or written_day
            )
            opening = next((m for m in mentions if m.type == "Date" and m.value == date), None)
            if (
                rest.endswith(HELD_DURING)
                or text[max(0, found.start() - 2) : found.start()] == "先后"
                or (opening is not None and text.startswith(DATE_BOUND, opening.end))
            ):
                date = None
        if not own and NOW_HELD.search(text, max(0, found.start() - 3), found.start()):
            date = None  # …1994年1月起任A，…，现亦兼任B: B is held now, from when not said
        began = _began_at(text, mentions, found.start())
        if began is not None and cue.role in ("appoint", "hold"):
            date = began  # 自１９８７年以来任中国专利局局长: held since then
        # 一九九二至一九九七年间，X任Y: the period the sentence opens with is the tenure
        # (弗雷谢特在１９９２年至１９９５年任加拿大驻联合国大使: the period right before the verb;
        # 1996年7月至1999年9月在北京粮食集团任科员: or before the place of work)
        workplace = _workplace(text, mentions, found.start())
        verb_at, opens_at = found.start(), clause_start
        if workplace is not None:
            # (…，1994年1月至2002年8月在深圳市旅游协会工作，任…: the clause the place opens)
            verb_at, opens_at = workplace[0], _clause_start(text, workplace[0], "，。；,;")
        period = next(
            (
                (m.value.split("/")[0], m.value.split("/")[1])
                for m in mentions
                if m.type == "Date"
                and m.value
                and "/" in m.value
                and m.end <= found.start()
                and (
                    m.start == len(text) - len(text.lstrip())
                    or (
                        opens_at <= m.start
                        and DATED_VERB_GAP.fullmatch(text, m.end, verb_at) is not None
                    )
                )
                and cue.role in ("appoint", "hold")
                # (1996年9月至2002年3月任A，2003年11月起任B: a later clause's own date is B's)
                and not any(
                    o.type == "Date" and m.end <= o.start and o.end <= found.start()
                    for o in mentions
                )
            ),
            None,
        )
        # 2002年3月至2003年11月先后任A、B兼C: one after the other, A from the span's start and
        # B and C (held together) to its end, how long each not said; 1988年7月至2009年9月在…
        # 工作，曾任副厂长: for some time in it
        successive: tuple[str, str | None] | None = None
        if before.endswith(("先后", "历")):
            marked = 2 if before.endswith("先后") else 1
            successive = period or next(
                # (1984至今历任A、B: the first from then, the last still held)
                (
                    (m.value, None)
                    for m in mentions
                    if m.type == "Date"
                    and m.value
                    and "/" not in m.value
                    # (1950年起在安徽省税务局历任A、B: from then on, at the place of work)
                    and FROM_THEN_ON.fullmatch(
                        text, m.end, verb_at if workplace is not None else found.start() - marked
                    )
                ),
                None,
            )
        if before.endswith(("先后", "历", "曾")):
            period = None
        stop = _decision_stop(text, mentions, found)
        groups: list[tuple[list[Mention], list[Mention]]]
        if found.group() in OBJECT_DECISIONS:
            # 任命X为Y; 任命A为P、B为Q; 增补X、Z为Y; 免去X的Y职务; 免去其Y职务
            named = self.person_names | {m.text for m in mentions if m.type == "Person"}
            mend_appointees(text, mentions, found.end(), stop, named, self.sentence_index)
            self.person_names |= {m.text for m in mentions if m.type == "Person"}
            pronoun = text[found.end() : found.end() + 1] == "其"
            groups = _decision_objects(
                [m for m in mentions if found.end() <= m.start < stop], pronoun
            )
            # (岑浩辉获中央政府任命为…: 获 as 被)
            passive = max(text.rfind("被", 0, found.start()), text.rfind("获", 0, found.start()))
            if (
                not groups
                and passive >= 0
                and not re.search(r"[，。；,;]", text[passive : found.start()])
            ):
                # X被Z任命为Y
                after = [m for m in mentions if found.end() <= m.start < stop]
                groups = [
                    (
                        subjects(text, mentions, passive)
                        or _cleft_subject(text, mentions, passive),
                        _first_chain(text, [m for m in after if m.type == "Position"], mentions),
                    )
                ]
        elif cue.role == "remove":
            # X不再担任Y, X卸任Y, X辞去Y: the person comes before the cue, the posts after.
            posts = [m for m in mentions if m.type == "Position" and found.end() <= m.start < stop]
            holders = self._holders_before(text, mentions, found)
            if not holders and posts:
                holders = self._leaver(text, mentions, found)
            if found.group() == "辞职":
                # 外长利维４日愤然宣布辞职: the post the title before the name says (not
                # 辞职信, 将辞职: a letter, a plan; nor a post after it, 辞职后举行的记者招待会)
                if RESIGNATION_NOT_DONE.match(text, found.end()) or PLANNED_RESIGNATION.search(
                    text, max(0, found.start() - 8), found.start()
                ):
                    return
                posts = [
                    m
                    for m in mentions
                    if m.type == "Position" and holders and m.end == holders[0].start
                ]
            if found.group() in RESIGNATIONS or (found.group() == "辞职" and len(holders) > 1):
                # 马克龙接受总理巴尼耶辞呈, 接受了总理巴尼耶的辞职请求: the one whose resignation
                # is accepted; else the subject (官房长官松野博一、…和总务大臣铃木淳司递交辞呈,
                # each of them; not whom it goes to, 向国王查尔斯三世递交辞呈). Each leaves the
                # post his title names (…副主任季莫申科、国防部副部长沙波瓦洛夫…宣布辞职 too).
                accepted = text.rfind("接受", 0, found.start())
                if accepted >= 0:
                    holders = [
                        m
                        for m in mentions
                        if m.type == "Person" and accepted < m.start < found.start()
                    ][-1:]
                elif (handed := HANDED_IN.search(text, 0, found.start())) is not None:
                    holders = subjects(text, mentions, handed.start())
                groups = [
                    (
                        [holder],
                        [m for m in mentions if m.type == "Position" and m.end == holder.start],
                    )
                    for holder in holders
                ]
            else:
                groups = [(holders, posts)]
        else:  # X任Y, X当选(为)Y, X出任Y, X被任命为Y
            posts = [m for m in mentions if m.type == "Position" and found.end() <= m.start < stop]
            posts = _first_chain(text, posts, mentions, career)
            # 任Y, 当选为Y: the post (with its owner) comes next (当上了村支书, 当选连任基里巴斯
            # 总统, 当选为第一任议长, 当选新任泰国总理)
            lead = stripped_gap(text, mentions, found.end(), posts[0].start) if posts else ""
            if found.group() == "任":
                lead = lead.removeprefix("职于").removeprefix("职")  # (任职公司副总经理)
            if workplace is not None:
                # (在深圳市旅游协会工作，任协会第三、四届常务副会长: the kind of the body one
                # worked in, named again)
                kind = (k for k in range(2, len(lead) + 1) if workplace[1].endswith(lead[:k]))
                lead = lead[max(kind, default=0) :]
            if posts and not POST_LEAD.fullmatch(lead):
                firm = _firm_after_cue(text, found.end(), posts[0].start)
                body = next(
                    (
                        m
                        for m in mentions
                        if m.type == "Organization"
                        and m.start == found.end()
                        and text.startswith(lead, m.end)
                        and m.end + len(lead) == posts[0].start
                    ),
                    None,
                )
                if (
                    career
                    and body is not None
                    and CAREER_UNIT.fullmatch(lead)
                    and not verb_cues().search(lead)
                ):
                    # (曾任…水力发电厂检修管理科长, 历任…机械厂工会主席: the body's unit, in a
                    # career's list of posts)
                    owner = text[body.start : posts[0].start]
                    # (…发动机厂工会主席、党委副书记、副厂长: the rest of the list is the body's)
                    posts = [
                        replace(posts[0], owner=owner, value=owner + posts[0].text),
                        *_firm_posts(text, posts, body.text)[1:],
                    ]
                elif (
                    self.profile is not None
                    and (
                        _bare(posts[0])
                        or (
                            posts[0].owner is not None
                            and text.endswith(posts[0].owner, found.end(), posts[0].start)
                        )
                    )
                    and _names_a_firm(firm)
                    and not any(
                        m.type in ("Person", "Date") and found.end() <= m.start < posts[0].start
                        for m in mentions
                    )
                ):
                    # (自2013年8月22日起任宜通世纪副总经理: in a career note, the short name of a
                    # firm the tagger does not read; 任北京四方同创保护与控制|设备有限公司|副总经理:
                    # or only the end of)
                    if workplace is not None:
                        # (就职于山城工业株式会社，任八尾工厂|厂长; 任职于X，现任公司质检部|经理)
                        firm = workplace[1] + _the_unit(firm)
                    posts = _firm_posts(text, posts, firm)
                elif not (career and CAREER_LIST_HEAD.fullmatch(lead)):
                    posts = []
            if workplace is not None:
                # (1994年1月至2002年8月在深圳市旅游协会工作，任…: the posts named bare are its)
                worked_in = workplace[1]
                posts = [
                    replace(p, owner=owned, value=owned + p.text)
                    if _bare(p) and (owned := worked_in + _unit_read_before(text, p))
                    else replace(
                        p,
                        owner=worked_in + _the_unit(p.owner or ""),
                        value=worked_in + _the_unit(p.value or p.text),
                    )
                    if _a_unit_written(p) and p.owner
                    else p
                    for p in posts
                ]
            described = (
                next(
                    (
                        m
                        for m in mentions
                        if m.type == "Person"
                        and m.start >= posts[-1].end
                        and text[posts[-1].end : m.start] in ("", "的")
                    ),
                    None,
                )
                if posts and (cue.role == "hold" or found.group() == "任")
                else None
            )
            if described is not None:
                # 当时已任福建省省长的习近平, 担任村党支部书记的王玉兰: the post describes the
                # name after it, held then, begun we know not when; no decision is told
                self._tenure_edges([described], posts, cue, began, None, evidence)
                return
            if cue.role == "elect" and (not posts or posts[0].value in (None, posts[0].text)):
                # 代表院议长已于６日选举产生，…拉迪当选; 议会７日选出第一任参议院议长，…当选为
                # 第一任议长: the post an election of the sentence filled, named in full there
                filled = _elected_post(text, mentions, found.start())
                if filled and (
                    not posts or (filled[0].value or filled[0].text).endswith(posts[0].text)
                ):
                    posts = filled
            concurrent = CONCURRENT.match(text, posts[-1].end) if posts else None
            if concurrent is not None:
                # 当选为全国政协副主席，兼秘书长、机关党组书记: the posts held with it
                more = _first_chain(
                    text,
                    [
                        m
                        for m in mentions
                        if m.type == "Position" and concurrent.end() <= m.start < stop
                    ],
                    mentions,
                )
                if more and more[0].start == concurrent.end():
                    posts = posts + more
            if posts:
                posts = posts + _posts_across_commas(
                    text, mentions, posts[-1].end, stop, self.profile is not None, posts[-1].owner
                )
            groups = [(self._holders_before(text, mentions, found), posts)]
            by = text.rfind("由", clause_start, found.start())
            held = next(
                (
                    m
                    for m in mentions
                    if m.type == "Position"
                    and by >= 0
                    and POST_BEFORE_BY.fullmatch(text, m.end, by)
                ),
                None,
            )
            if not posts and held is not None and cue.role in ("hold", "appoint"):
                # 委员会主任由司法部部长肖扬担任: the post before 由, held by whom it names
                filled_by = [
                    m for m in mentions if m.type == "Person" and by < m.start < found.start()
                ]
                if not filled_by and text[by + 1 : by + 2] in ("他", "她"):
                    # 外长一职将由他暂时兼任: the one who opens the sentence
                    filled_by = _sentence_subject_for_pronoun(text, mentions, by + 1) or [
                        p for p in [_opening_person(text, mentions)] if p is not None
                    ]
                groups = [(filled_by, [held])]
        appointed: list[Mention] = []
        if cue.role == "appoint":
            groups = [
                (holders, _posts_of_the_appointers_country(text, mentions, found, posts))
                for holders, posts in groups
            ]
        for holders, posts in groups:
            holders = [h for h in holders if h.type == "Person"]
            # 推选…为该党下届总统候选人: a candidacy, no post
            posts = [p for p in posts if not text.startswith(CANDIDACY, p.end)]
            addressed = self._addressed_you(text, mentions, found.start()) if not holders else None
            if addressed is not None:
                holders = addressed  # 去年3月，你就任总理后…: whom the speaker addresses
            elif not holders and posts:
                # 任命X为A，免去其B职务; X任A，不再担任B: the same person, named once.
                lead = text[found.end() : found.end() + 1]
                clause = text[_clause_start(text, found.start(), "，,；;") : found.start()]
                if lead == "其" or not clause.strip():
                    holders = self.holders
                if (
                    not holders
                    and not any(m.type == "Person" and m.start < found.start() for m in mentions)
                    and self.last_subject is not None
                    # (当选二十大代表中，…: among those elected, no one of them; 曾任全国政协
                    # 副主席的老同志: those who held it, named after 的)
                    and not text.startswith(("中", "之中", "的"), posts[-1].end)
                    and (
                        (
                            cue.role in ("elect", "appoint")
                            and _clause_start(text, found.start(), "，,；;") > 0
                        )
                        # 2007年12月至今任公司董事, 2008年3月至今，担任…: a career note's line
                        # opens with its date and goes on with the person the note is about
                        or (
                            cue.role in ("elect", "appoint", "hold")
                            and _opens_with_date(text, mentions, found.start())
                        )
                    )
                ):
                    # １９７９年７月，在…会议上当选为…: a chronicle's clause without a subject is
                    # of the person it is about
                    holders = [self.last_subject]
                if not holders and cue.role in ("elect", "appoint", "hold"):
                    # 塔拉尔１９２９年…出生于…，…，１９８９年１２月１３日出任…: a life told
                    # clause by clause, each of the one the sentence opens with
                    holders = _life_subject(text, mentions, found, clause_start)
                if (
                    not holders
                    and self.profile is not None
                    and cue.role in ("elect", "appoint", "hold", "remove")
                    # (…先生，1996年7月至1999年9月在…任…: the note's own name, earlier in
                    # the sentence, is no other subject)
                    and not any(
                        m.type == "Person" and m.start < found.start() and m != self.profile
                        for m in mentions
                    )
                    and CAREER_CLAUSE.fullmatch(
                        stripped_gap(text, mentions, clause_start, found.start()).strip()
                    )
                ):
                    # 丁昀先生，…。…高级会计师，历任…；现任…: a career note's clauses
                    holders = [self.profile]
                subject = self.last_subject or self.named_before
                if (
                    not holders
                    and self.profile is None
                    and subject is not None
                    and ZERO_SUBJECT_CAREER.fullmatch(
                        text, _clause_start(text, found.start(), "。；;"), found.start()
                    )
                ):
                    # 何长工１９５２年８月调入地质部。此前曾任重工业部副部长: the one the story
                    # is about (a career note's clauses are its own name's, above)
                    holders = [subject]
            self.holders = holders or self.holders
            if holders and posts and holders[0].end <= found.start():
                # 刘澜涛同志任副书记…。１９５６年他出席…: the holder is whom 他 is next
                self.last_subject = holders[0]
            # (任院长１３年, 当了十年村支书: a span held, no beginning told)
            spanned = bool(posts) and (
                HELD_FOR.match(text, posts[-1].end) is not None
                or HELD_SPAN.search(text, found.end(), posts[0].start) is not None
            )
            self._tenure_edges(
                holders, posts, cue, None if spanned and not period else date, period, evidence
            )
            if successive is not None and holders and posts:
                self._successive_bounds(text, holders, posts, successive, evidence)
            if holders and posts and cue.role in ("appoint", "elect"):
                # 任命古斯梅为该国军队总参谋长，以取代马内: the one replaced held the post till then
                replacing = REPLACING.match(text, posts[-1].end)
                replaced = next(
                    (
                        m
                        for m in mentions
                        if replacing and m.type == "Person" and m.start == replacing.end()
                    ),
                    None,
                )
                if replaced is not None:
                    for post in posts:
                        self.relations.append(
                            Relation("holdsPosition", replaced, post, evidence, until=date)
                        )
            elected_alone = (
                # 帕斯特拉纳以５０·６４％的多数选票当选。: elected, to what the story said
                not posts
                and cue.role == "elect"
                and ELECTED_ALONE.match(text, found.end()) is not None
                and not UNCERTAIN_BEFORE.search(text, max(0, found.start() - 6), found.start())
            )
            honouring = self.current if elected_alone else None
            if honouring is not None and honouring.event_type in ("Award", "Ceremony"):
                # …十佳运动员评选揭晓仪式。罗纳尔多（巴西）、…当选。: chosen for the honour
                self._attend(honouring, holders, evidence)
            elif (
                (posts or elected_alone)
                and not (holders and holders[0] == self.profile)
                and not spanned
                # (当上了村医: a job taken up, no decision on a post)
                and not (posts and all(known_titles().occupation(p.value or p.text) for p in posts))
            ):
                # (a career note's 2003年11月起任…: a post it lists, not a decision it reports)
                appointed.extend(h for h in holders if h not in appointed)
        congratulated = any(w in text[clause_start : found.start()] for w in ("祝贺", "拥护")) or (
            # (习近平致电普京…。…你再次当选，…: the election the message is sent on)
            self.addressee is not None and ADDRESSED_YOU.match(text, clause_start) is not None
        )
        if cue.role != "hold" and appointed and not congratulated and not career:
            # The decision's event is dated only by a day the text gives (日前 is no day); an
            # election one congratulates on (致电卢拉，祝贺他当选巴西总统) is the message's.
            # (普拉博沃…当选后首次正式访问就来到中国: the election was before the clause's day,
            # dated only by a day of its own)
            earlier = ELECTED_EARLIER.match(text, found.end()) is not None
            self._appointment(
                text,
                mentions,
                found,
                appointed,
                (voted or own) if earlier else self._when(voted or day or own, found.start()),
                evidence,
            )

    def _transfer(
        self, text: str, mentions: list[Mention], found: re.Match[str], evidence: Evidence
    ) -> None:
        """``何长工１９５２年８月调入地质部``, ``韩素云也由凭祥市财政局调到了南宁市财政局``: one
        moved to the body (or place) named right after the verb, a decision on a career with no
        post named (one named after it, 调到邵阳市当市长, is read with its post); dated by a
        day, month or year in its clause, or a year or month the sentence opens with, else
        undated."""
        destination = next(
            (m for m in mentions if m.start == found.end() and m.type in ("Organization", "Place")),
            None,
        )
        if destination is not None:
            end = destination.end
        else:
            # (调入地质部, 调入荣宝斋工作: a body no tagger read, up to the clause's end)
            body = UNTAGGED_DESTINATION.match(text, found.end())
            if body is None or any(
                m.type in ("Person", "Date") and found.end() <= m.start < body.end()
                for m in mentions
            ):
                return
            end = body.end()
        if TAKES_UP_AFTER.match(text, end):
            return
        if NOT_DONE_BEFORE.search(text, 0, found.start()):
            return
        moved = [m for m in subjects(text, mentions, found.start()) if m.type == "Person"]
        if not moved:
            return
        clause_start = _clause_start(text, found.start(), "，。；,;")
        date = next(
            (
                m.value
                for m in reversed(mentions)
                if m.type == "Date"
                and m.value
                and m.end <= found.start()
                # (１９８５年，…的石学海调到大连电视台: a year or month opening the sentence)
                and (
                    clause_start <= m.start
                    or (
                        m.start == len(text) - len(text.lstrip())
                        and COARSE_DATE.match(m.value) is not None
                    )
                )
            ),
            None,
        )
        self._appointment(text, mentions, found, moved, date, evidence)

    def _holders_before(
        self, text: str, mentions: list[Mention], found: re.Match[str]
    ) -> list[Mention]:
        """Who the cue is said of: the subject before it, or the names of the verb it joins
        (王沪宁出席会议并当选会长)."""
        at = found.start()
        if SPEAKER_OR_LISTENER.search(text, max(0, at - 3), at) and quote_open(text, at):
            # “有一天我当了厂长…”: one a quote speaks as or to, whom no name tells (not 普拉博沃
            # 表示，我当选后…: the one reported)
            return []
        holders = subjects(text, mentions, found.start())
        succeeded = SUCCEEDING.search(text, 0, holders[0].start) if holders else None
        if succeeded is not None:
            # 哈比比是今天上午接替苏哈托就任印尼总统的: the one succeeded leaves; the subject
            # before 接替 takes the post (…，他将…接替岸田文雄出任日本新首相: 他, never 岸田)
            holders = subjects(text, mentions, succeeded.start())
            mentions = [m for m in mentions if not succeeded.end() <= m.start < found.start()]
        tense = TENSE_BEFORE.search(text, 0, found.start())
        if not holders and tense is not None:
            holders = subjects(text, mentions, tense.start())  # 岸田将不再担任日本首相
        if holders and ADDRESSED_IN_GAP.search(text, holders[-1].end, found.start()):
            # 习近平向巴西当选总统致贺电, …祝贺…当选: the cue is said of whom the message goes
            # to (named or not), never of its sender
            holders = []
        if not holders:
            holders = [m for m in mentions if m.type == "Person" and m.end == found.start()]
        if not holders and text[found.start() - 1 : found.start()] in ("他", "她"):
            # 致函卢拉，祝贺他就任巴西总统: the pronoun is the one just named
            # (only one a message or a meeting is addressed to, not the sender)
            named = [
                m
                for m in mentions
                if m.type == "Person"
                and m.end < found.start() - 1
                and text[: m.start].endswith(ADDRESSED)
            ]
            holders = named[-1:]
        if not holders and self.sentence_people and _joined(text, found.start()):
            holders = self.sentence_people
        if not holders:
            holders = self._pronoun_subject(text, mentions, found.start())  # …，他先后担任…
        if not holders:
            holders = _sentence_subject_for_pronoun(text, mentions, found.start())
        if not holders and found.group() in SERIAL_DECISIONS:
            holders = _serial_subject(text, mentions, found.start())
        if not holders:
            holders = _named_alone_before(text, mentions, found.start())
        return holders

    def _leaver(self, text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
        """；隋青不再担任…, 接受王填辞去…: the clause's (or 接受's) slot before a verb of
        leaving is the one who leaves, though the tagger missed the name."""
        if text[found.start() - 1 : found.start()] in ("他", "她"):
            return []
        opening = _clause_start(text, found.start(), "，,；;：:。")
        accepted = text.rfind("接受", opening, found.start())
        start = accepted + 2 if accepted >= 0 else opening
        end = start + len(text[start : found.start()].removesuffix("同志"))
        if _name_shaped(text[start:end]) and not _overlaps(mentions, start, end, "Document"):
            return [_add_person(text, mentions, start, end, self.sentence_index)]
        return []

    def _career_line(self, text: str, mentions: list[Mention], evidence: Evidence) -> None:
        """``2002.7-至今浙江医药股份有限公司副总工程师``, ``1976—1978年 浙江省瑞安县马屿区农机厂
        工人``: a career note's line that is its span and its posts, no verb, is the subject's
        tenure of each post (the layout of official résumés); with no span
        (``新疆国统管道股份有限公司副总经理。``), a post held from when the note does not say."""
        span = _opening_date(text, mentions)
        if self.profile is None or (span is not None and not span.value):
            return
        opening = span.end if span is not None else len(text) - len(text.lstrip())
        chain = _first_chain(text, [m for m in mentions if m.type == "Position"], mentions)
        if not chain or not CAREER_LINE_LEAD.fullmatch(
            stripped_gap(text, mentions, opening, chain[0].start)
        ):
            return
        chain += _posts_across_commas(
            text, mentions, chain[-1].end, clause_end(text, opening), True, chain[-1].owner
        )
        if not CAREER_LINE_END.match(text, chain[-1].end):
            return
        since, _, until = (
            span.value.partition("/") if span is not None and span.value else ("", "", "")
        )
        for post in chain:
            self.relations.append(
                Relation(
                    "holdsPosition",
                    self.profile,
                    post,
                    evidence,
                    since=since or None,
                    until=until or None,
                )
            )

    def _successive_bounds(
        self,
        text: str,
        holders: list[Mention],
        posts: list[Mention],
        period: tuple[str, str | None],
        evidence: Evidence,
    ) -> None:
        """历任A、B兼C over a span: A was taken up when the span opens, B and C (兼, held with
        B) were left when it closes."""
        last = len(posts) - 1
        while last > 0 and HELD_WITH.fullmatch(text, posts[last - 1].end, posts[last].start):
            last -= 1
        since, until = period
        for person in holders:
            self.relations.append(
                Relation("holdsPosition", person, posts[0], evidence, since=since)
            )
            for post in posts[last:] if until else ():
                self.relations.append(
                    Relation("holdsPosition", person, post, evidence, until=until)
                )

    def _tenure_edges(
        self,
        holders: list[Mention],
        posts: list[Mention],
        cue: Cue,
        date: str | None,
        period: tuple[str, str] | None,
        evidence: Evidence,
    ) -> None:
        for person in holders:
            for post in posts:
                if period is not None:
                    since, until = period
                    relation = Relation(
                        "holdsPosition", person, post, evidence, since=since, until=until
                    )
                elif cue.role == "remove":
                    # (a span the sentence opens with: the post was left when it closed)
                    left = date.rpartition("/")[2] if date else None
                    relation = Relation("holdsPosition", person, post, evidence, until=left)
                elif cue.role == "hold" and date is None:  # X担任Y: began we know not when
                    relation = Relation("holdsPosition", person, post, evidence)
                else:
                    # (a span the sentence opens with: the post was taken up when it opened)
                    taken = date.partition("/")[0] if date else None
                    relation = Relation("holdsPosition", person, post, evidence, since=taken)
                self.relations.append(relation)

    def _appointment(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        holders: list[Mention],
        date: str | None,
        evidence: Evidence,
    ) -> None:
        """The decision itself, an Appointment event: who decided (中共中央决定, 国务院任命)
        takes part, and so does each person appointed or removed."""
        # (在…人代会上，李岩当选…；在…政协…会议上，刘善璧当选…: each session elects its own)
        session = next(
            (
                m
                for m in reversed(mentions)
                if m.type == "Event"
                and m.value
                and m.end < found.start()
                and text[m.end] == "上"
                and m.value.endswith(ELECTING_SESSIONS)
            ),
            None,
        )
        # (…；王守海当选为…: a decision that names no session is of the last one that day)
        key = (
            f"{date or ''}|{session.value}"
            if session is not None
            else self.session_of_day.get(date or "", date or "")
        )
        self.session_of_day[date or ""] = key
        frame = self.appointments.get(key)
        told = self.appointments.get("")
        if frame is None and date and told is not None and told in self.headline_frames:
            # 俄方称叙总统巴沙尔·阿萨德已辞职, then …8日发表声明称…决定辞去: the headline's
            # undated decision is the one the story dates
            self._date(told, date, evidence)
            del self.appointments[""]
            frame = self.appointments[key] = told
        if frame is None:
            # who decided: 中共中央决定, 国务院任命, 全国人大常委会…表决
            deciders = [
                m
                for m in mentions
                if m.type == "Organization"
                and m.end <= found.start()
                and DECIDES.match(text, m.end)
            ]
            base = (
                deciders[-1].text if deciders else session.text if session is not None else ""
            ) + "人事任免"
            anchor = _cue_anchor(found, self.sentence_index)
            current = self.current
            # (a decision that names neither who made it nor a session is named by its people
            # at the end: 卡加梅's and 秦刚's posts of one day are two decisions)
            bare = not deciders and session is None
            frame = self._open(anchor, "Appointment", date, base, evidence, bare=bare)
            self.current = current  # a decision is not the story's meeting (主持会议 after it)
            frame.word = "人事任免"
            self.appointments[key] = frame
            for decider in deciders[-1:]:
                self.relations.append(Relation("participatedIn", decider, frame.mention, evidence))
        # 阿巴斯14日任命其经济顾问…为新一任总理: the one who appoints takes part, also by
        # an order or an approval (总统普京已签署命令，任命…; 国王…已批准任命…)
        decree = DECREE_BEFORE.search(text, 0, found.start())
        appointers = subjects(text, mentions, found.start()) or (
            subjects(text, mentions, decree.start()) if decree is not None else []
        )
        clause = text[_clause_start(text, found.start(), "，,；;") : found.start()]
        if not appointers and clause and AT_ONCE.fullmatch(clause):
            # 伊朗总统哈塔米21日在议会…通过了弹劾…的议案后，立即任命努里为…: the one the
            # sentence opens with goes on to appoint
            appointers = [p for p in [_opening_person(text, mentions)] if p is not None]
        passive = text.rfind("被", _clause_start(text, found.start(), "，,；;"), found.start())
        if passive >= 0:
            # 被叶利钦任命为新政府总理: the agent of the passive appoints
            appointers = appointers + [
                m
                for m in mentions
                if m.type == "Person" and passive < m.start and m.end <= found.start()
            ]
        for person in appointers:
            if person.type == "Person" and person not in holders:
                self.relations.append(Relation("participatedIn", person, frame.mention, evidence))
        for person in holders:
            self.relations.append(Relation("participatedIn", person, frame.mention, evidence))


# 历任工程师、工务科长、电务工场主任: a unit of the body no tagger read, between the list's
# separator and a bare post
# (not 历任工程师: the verb of the list, no unit; not 第三、四届常务副会长: a term; not
# 总裁助理兼财务负责人: another post)
UNIT_BEFORE_POST = re.compile(r"(?<=[、，,兼])(?:(?![任历曾现先届兼])[\u4e00-\u9fff]){2,6}$")


def _unit_read_before(text: str, post: Mention) -> str:
    """``…到上海粮服实验工厂工作，历任…、电务工场主任``: the workshop before a bare post in a
    career's list (empty when the post follows the list's separator at once)."""
    unit = UNIT_BEFORE_POST.search(text, max(0, post.start - 7), post.start)
    return unit.group() if unit is not None else ""


def _cleft_subject(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``基里延科是本月２４日在国家杜马通过…后被叶利钦任命为新政府总理的``: the person a 是…的
    sentence opens its clause with is whom the verb at ``at`` is said of."""
    start = _clause_start(text, at, "，,；;。")
    return [
        m
        for m in mentions
        if m.type == "Person" and m.start == start and text.startswith("是", m.end)
    ][:1]


# 任命X为总理, 为新一任总理: the title right after 为 and a word of succession at most
BARE_POST_AFTER = re.compile(rf"为(?:{'|'.join(SUCCESSION)}|新一届|新|代理)?$")


def _posts_of_the_appointers_country(
    text: str, mentions: list[Mention], found: re.Match[str], posts: list[Mention]
) -> list[Mention]:
    """``巴勒斯坦总统阿巴斯14日任命…穆斯塔法为新一任总理``, ``巴尼耶…被法国总统马克龙任命为
    总理``: a bare national post a country's leader fills is that country's (巴勒斯坦总理)."""
    start = _clause_start(text, found.start(), "。；;")
    places = {(m.end, m.text) for m in mentions if m.type == "Place"}
    persons_at = {m.start for m in mentions if m.type == "Person"}
    countries = {
        m.owner
        for m in mentions
        if m.type == "Position"
        and m.owner
        and start <= m.start < found.start()
        and m.end in persons_at
        and (m.start, m.owner) in places
    }
    if len(countries) != 1:
        return posts
    (country,) = countries
    return [
        replace(post, value=country + post.text, owner=country)
        if post.owner is None
        and post.value is None
        # (任命…为俄联邦安全会议秘书: words of a body before the title own it)
        and BARE_POST_AFTER.search(text, 0, post.start) is not None
        and known_titles().kind(post.text) in NATIONAL_TITLE_KINDS
        else post
        for post in posts
    ]
