"""Which event a cue names: the one in its clause, the story's, or a new one.

A trigger (会见, 出席, 主持…) is bound to an event named after it in its clause (``出席开幕式``),
around it (``会议由X主持``), the event the document is already reporting, or a new event named
by the trigger and its principals; an act of its own (``考察``, ``讲话``) may open one. The
day of the frame is the clause's, else the story's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.extract.actors import CJK, MESSAGE_VERBS, _clause_start
from kgraph.extract.cues import (
    CALL_RECEIVED_CUE,
    WINNING_VERBS,
    Cue,
    event_cues,
    event_type_of,
    verb_cues,
)
from kgraph.extract.frame_slots import (
    AWARDING,
    CAME_TO,
    INVERTED,
    MAX_LABEL_NAMES,
    ROLES,
    SESSION_PARTS,
    _another_guest,
    _anothers_meeting,
    _anothers_report,
    _anothers_trip,
    _at_meeting_before,
    _bare_event,
    _comma_after,
    _common_ending,
    _cue_anchor,
    _described,
    _described_attendees,
    _first_person,
    _Frame,
    _guest_level,
    _guest_names,
    _joined,
    _joiner,
    _name,
    _object_event,
    _principals,
    _same_time,
    _shown,
    _site,
    _unattended,
    as_call,
)
from kgraph.extract.frame_state import (
    AWARD_GIVERS_VERBS,
    COLLECTIVE,
    HONOUR_WORD_END,
    MESSAGE_WORDS,
    RANGE_TO,
    _ReaderState,
)
from kgraph.extract.relations import (
    ATTENDED_BEFORE,
    ATTENDED_CLAUSE_END,
    DELIVERED_SPEECH_BEFORE,
    SEVERAL_TIMES,
    clause_end,
)
from kgraph.records import Evidence, Mention

# 江泽民同志的讲话, 他的重要讲话: a speech named by whose it is
SPEECH_NAMED = ("的", "的重要")

PRESS_CONFERENCES = frozenset(
    {"会见记者", "共同会见记者", "会见了记者", "共同会见了记者"}
)  # an event of its own, after another


HEADLINE_PART_BREAK = re.compile(r"[ \u3000]")  # between the parts of a headline
TITLE = re.compile(r"《[^》]*》")  # (a title may hold spaces of its own)


# Between a cue and an event its clause names later, what makes that event another one
HELD_BETWEEN = re.compile(r"后|举行|召开|举办|出席|参加")


BRIEFINGS = frozenset({"听取汇报", "座谈", "座谈交流"})  # meetings held during a trip


# 对X获奖表示祝贺: what a message congratulates on, done before it
CONGRATULATED_ON = re.compile(r"[^，,。；;]{0,6}?表示(?:热烈|衷心|诚挚)?(?:祝贺|祝福)")


TITLED_SPEECH_BEFORE = re.compile(r"发表了?(?:题为|主题为)?《[^》]{1,80}》的(?:重要|电视|广播)?$")


BARE_SPEECHES = ("讲话", "讲演", "演说", "演讲")
# 霍华德在议会发表讲话: a speech in a chamber is made at its sitting
IN_A_CHAMBER = re.compile(r"在[^，,。；;在]{0,12}?(?:议会|国会|议院|杜马)(?:全体会议)?上?$")


SPEECHES_OF_THEIR_OWN = frozenset(
    {
        "发表讲话",
        "发表电视讲话",
        "发表视频讲话",
        "发表演讲",
        "发表演说",
        "发表全国电视讲话",
        "发表广播讲话",
        "发表广播电视讲话",
        "发表电视广播讲话",
        "新年贺词",
        "新年献词",
    }
)


# Speeches made to a meeting, whichever it is (发言, 致辞), not addresses of their own
MEETING_SPEECHES = frozenset(
    {
        "发言",
        "作了发言",
        "做了发言",
        "作交流发言",
        "作了交流发言",
        "作专题发言",
        "作了专题发言",
        "致辞",
    }
    | {"作报告", "作了报告", "做报告", "做了报告"}
    # (胡锦涛同志发表重要讲话: an address to a meeting the text does not name)
    | {"发表重要讲话", "作重要讲话", "作了重要讲话"}
)
# Words that say one spoke at or attended a meeting, whichever it is (…等６０多人与会)
AT_AN_UNNAMED_MEETING = MEETING_SPEECHES | {"与会", "到会", "参会"}


SPEECH_QUOTED = re.compile(r"[说道称示出]：“")  # 说：“…: a quotation of what is said


ASKED_TO_SPEAK = re.compile(r"(?:^|[，,。！!])[^，,。！!]{0,6}?有请[^，,。！!]{2,40}$")


PAST_EVENT_AFTER = ("精神", "上的", "的精神", "重要讲话")


# 介绍了“2023年中国网络文明大会”的相关筹备情况, 介绍了杭州亚运会、亚残运会筹备情况, 通报了备战
# 冬奥会情况: an event a briefing is about (alone or in a list, its preparation named after it or
# before it), not the one held or attended
TOLD_AFTER = r"(?:[、和及与][^，,。；;、和及与]{1,15}?)*[”」』]?"
BRIEFED_ON = re.compile(
    TOLD_AFTER + r"的?(?:相关|有关)?(?:筹备|筹办|准备|备战|举办|组织)(?:工作)?的?(?:情况|进展|工作)"
)
PREPARED_FOR = ("筹备", "筹办", "备战")
PREPARATION_TOLD = re.compile(TOLD_AFTER + r"(?:工作)?的?(?:情况|进展)")


def _briefed_on(text: str, event: Mention) -> bool:
    """Whether ``event`` is what a briefing tells of."""
    return BRIEFED_ON.match(text, event.end) is not None or (
        text.endswith(PREPARED_FOR, 0, event.start)
        and PREPARATION_TOLD.match(text, event.end) is not None
    )


BARE_MEETING = re.compile(r"了?(?:会议|大会|活动)(?=[，,。；;并和])")
# 以总理内塔尼亚胡定于一月二十日赴华盛顿，同…克林顿…举行会谈: the day set for what follows (原定于:
# the day once set, no longer the event's)
SET_FOR = re.compile(r"(原)?(?:拟|预)?定于$")
HELD_AS_DESCRIBED = re.compile(r"(?:举行|召开|举办|进行)的")
# What one will do (将率团参加, 将赴新加坡出席), not what one did that day
WILL_DO = re.compile(
    # (将于1998年1月31日至2月1日出席…: on the days its clause gives; 普京将以视频方式全程参加…:
    # by what means, all the way)
    r"(?:将|即将|将要)(?:于[^，,。；;]{1,20}?)?(?:率团|应邀|[赴在][^，,。；;]{1,12})?"
    r"(?:以[\u4e00-\u9fff]{2,4}(?:方式|形式))?(?:全程)?$"
)
TRAVEL = re.compile(r"赴|前往|出访|访问|到")  # (将于…至…赴沙特主持…: the days of a trip)
BARE_SUBJECT = re.compile(r"(?:这次|本次|此次|今天的)?(会议|大会|全会)")
# What a bare word names besides itself: 会议 a 全会 (中央纪委二次全会…。会议由尉健行主持)
WORD_ENDS = {"会议": ("会议", "全会")}


# The end of a clause of time on what is attended, right before the next verb
ATTENDING_ENDS = re.compile(rf"{ATTENDED_CLAUSE_END}$")


def _object_then_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, what follows a cue, is an object of its own and then 并 and
    another verb (主持…磋商并出席…: not 出席并主持…, one object for both verbs)."""
    joined = text.find("并", start + 1, end)
    if joined > start and verb_cues().match(text, joined + 1):
        return True
    # (出席联合国大会期间会见了…: what is attended, told as when the next verb's act was done)
    return bool(ATTENDING_ENDS.search(text, start + 1, end) and verb_cues().match(text, end))


# Done before the story, at a time not given: 曾访问, 先后荣获, 多次获得
ONCE = re.compile(r"曾经?|先后|相继|多次|屡次")


CHAIRED_CEREMONY = re.compile(r"了?(?:欢迎)?(?:仪式|典礼)")  # 主持仪式: a ceremony, no meeting


# A message one speaks in (李鹏在贺信中说): the message sent
LETTER_SPOKEN_IN = frozenset(word for word in MESSAGE_WORDS if word.startswith("在"))

# Cues of a message sent: what they are sent to is addressed, not attended (吴邦国致信大会)
MESSAGES_SENT = frozenset({*MESSAGE_VERBS, *MESSAGE_WORDS})


# What an award gives (颁发奖章, 颁发“八一勋章”, 颁发荣誉称号), not an order or a certificate
HONOUR_WORD = re.compile(r"奖|勋|荣誉|称号|金牌|银牌|铜牌")


# Views exchanged: a meeting alone, else the story's meeting
EXCHANGE_WORDS = ("交换了意见", "交换意见")


WATCHING = ("观看", "欣赏")  # cues that attend only the show their clause names (观看文艺演出)


class _EventBinding(_ReaderState):
    """Binds a cue to its event (:meth:`_frame_for`) or a named event to its frame."""

    def _act_when(
        self, text: str, mentions: list[Mention], day: str | None, found: re.Match[str], cue: Cue
    ) -> str | None:
        """:meth:`_when` of what a cue reports; an order or a message a clause describes
        (宣读了习近平签署的晋升上将军衔命令) was signed or sent before, on a day not given; a
        speech is not dated by the days of what it says (讲话说：“…去年１０月２７日的建议…”)."""
        if _described(text, found, cue):
            return None
        quoted = SPEECH_QUOTED.search(text, found.end(), found.end() + 4)
        if quoted is not None and not any(
            m.type == "Date" and m.value and m.start < quoted.start() for m in mentions
        ):
            return None
        clause_start = _clause_start(text, found.start(), "，。；,;")
        if found.group() in LETTER_SPOKEN_IN:
            # 习近平在贺信中表示，2022年10月，…: what the letter says is not when it was sent
            return next(
                (
                    m.value
                    for m in reversed(mentions)
                    if m.type == "Date" and m.value and m.start < found.start()
                ),
                self.narrative_day,
            )
        if SEVERAL_TIMES.search(text, clause_start, found.start()):
            return None  # 先后三次来到青海考察, 17次召开区域发展座谈会: several occasions, no day
        if (
            CONGRATULATED_ON.match(text, found.end())
            and "对" in text[_clause_start(text, found.start(), "，。；,;") : found.start()]
        ):
            return None  # 对基辛格博士获奖表示祝贺: what one congratulates on came before
        own = self._clause_day(text, found.start())
        if own is not None:
            return own  # …，并于6日…举行会晤: the day its own clause gives
        sentence_start = _clause_start(text, found.start(), "。；;")
        for m in reversed(mentions):
            if m.type != "Date" or not m.value or not sentence_start <= m.start < found.start():
                continue
            set_for = SET_FOR.search(text, max(0, m.start - 3), m.start)
            # (讨论了定于本月２２日举行的…首脑会晤: an event described, not the act told)
            if set_for is not None and not HELD_AS_DESCRIBED.search(text, m.end, found.start()):
                return None if set_for.group(1) else m.value
        if WILL_DO.search(text, clause_start, found.start()):
            # 拉夫罗夫将率团参加…峰会, 韩正将赴新加坡出席…: to come, on a day not given (明天总统
            # 先生将应邀出席…, 今年将要举行的…会议: the time its clause gives)
            told = [
                m
                for m in mentions
                if m.type == "Date" and m.value and clause_start <= m.start < found.start()
            ]
            if len(told) >= 2 and RANGE_TO.fullmatch(text, told[-2].end, told[-1].start):
                # 将于1998年1月31日至2月1日出席…: the days from the first to the last (将于9月10日
                # 至13日赴沙特主持召开…会议: the trip's days; the meeting is on one of them)
                if not TRAVEL.search(text, told[-1].end, found.start()):
                    self.day_range = (told[-2].value or "", told[-1].value or "")
                return told[-2].value
            return told[-1].value if told else None
        once = ONCE.search(text, clause_start, found.start())
        if once is not None and (cue.event_type == "Award" or once.group().startswith("曾")):
            # 曾访问…, 先后荣获…称号: done before, on days the text does not give (先后会见A和B
            # is one day's)
            return None
        return self._when(day, found.start())

    def _where_speech_was_made(
        self, text: str, found: re.Match[str], cue: Cue, people: list[Mention]
    ) -> _Frame | None:
        """``会上，曾庆红传达了江泽民同志在中央纪委二次全会上的重要讲话。曾庆红说，江泽民同志的
        重要讲话…``: a speech named by its speaker (的讲话) is the one the story said he made at an
        event it told of, not a speech at the event it reports."""
        if cue.role != "spokeAt" or not text.endswith(SPEECH_NAMED, 0, found.start()):
            return None
        speakers = {_name(p) for p in people if p.type == "Person"}
        made = next(
            (
                r.tail.value
                for r in reversed(self.relations)
                if r.relation == "spokeAt" and _name(r.head) in speakers
            ),
            None,
        )
        frame = self.by_label.get(made or "")
        if frame is None or not frame.told or frame is self.current:
            return None
        return frame

    def _meeting_of_the_same(
        self, text: str, at: int, people: list[Mention], others: list[Mention], date: str | None
    ) -> _Frame | None:
        """``习近平…会见…恩巴洛。恩巴洛表示，很高兴再次来华同习近平主席会面``: the story's meeting
        of the same two (or more) is the one they meet at (``at``, in ``text``), unless the
        sentence puts it at another time (``去年我同习近平主席在巴厘岛进行了重要会晤``) or makes it
        several (``我同西哈莫尼国王两次会面``)."""
        sides = {_name(p) for p in (*people, *others) if p.type == "Person"}
        clause = _clause_start(text, at, "，。；,;")
        if (
            len(sides) < 2
            or self.sentence_vague
            or self.sentence_coarse
            or SEVERAL_TIMES.search(text, clause, at)
            or ONCE.search(text, clause, at)
        ):
            return None
        return self._last_in_story(
            lambda f: (
                f.event_type == "Meeting"
                and not f.told
                and not (date and f.date and not _same_time(date, f.date))
                and sides <= f.present | {_name(p) for p in f.sides}
            )
        )

    def _reported_by_word(self, word: str) -> _Frame | None:
        """The story's latest conference, not one told of, that ``word`` (会议, 大会) names."""
        ends = WORD_ENDS.get(word, (word,))
        return self._last_in_story(
            lambda f: f.event_type == "Conference" and not f.told and f.base.endswith(ends)
        )

    def _names_the_story(self, word: str) -> bool:
        """Whether ``word`` (会议, 大会) can name the story's current event (会议 a 全会)."""
        current = self.current
        return current is not None and current.base.endswith(WORD_ENDS.get(word, (word,)))

    def _last_reported(self, event_type: str) -> _Frame | None:
        """The story's latest event of a type, not one told of (10年前我们到古田召开…会议)."""
        return self._last_in_story(lambda f: f.event_type == event_type and not f.told)

    def _an_act_of_its_own(
        self,
        current: _Frame,
        cue: Cue,
        people: list[Mention],
        word: str,
        rest: str,
        own_day: str | None,
    ) -> bool:
        """``习近平致电…。同日，李强向…致贺电``: each sender's message, each instruction and
        each award of another sentence or winner is its own event, not the story's current one
        of the same type (颁发…，授予… in one sentence are one decision's awards, unless the cue's
        own clause dates it apart: ``先后6次被…评为先进个人，…，1997年被…评为…``). ``rest``
        is the cue's clause after it, ``own_day`` the date that clause gives, if any."""
        if word in PRESS_CONFERENCES and current.word != word:
            return True  # 峰会…举行，习近平同…共同会见记者: the press conference after it
        coarse = self.sentence_coarse
        if coarse and current.date and not _same_time(current.date, coarse):
            return True  # 7月，在江苏考察…。6月，在内蒙古…考察时: another month, another trip
        if cue.event_type not in ("Other", "Award") or current.event_type != cue.event_type:
            return False
        if current.word == COLLECTIVE:
            return False  # 哈拉尔五世、…等也致电致函表示祝贺: more of the many senders
        if cue.event_type == "Award" and current.mention.sentence == self.sentence_index:
            # (…被…评为先进个人，连续3年获县政府嘉奖: two honours won, each its own award)
            winners = {_name(p) for p in people if p.type == "Person"}
            won_another = (
                word not in AWARDING
                and current.word not in AWARDING
                and (
                    (current.word != word and HONOUR_WORD_END.search(rest) is not None)
                    # (蔡雪桐…夺得冠军，另一位中国选手刘佳宇…获得亚军: another winner's)
                    or (bool(winners) and not winners & current.present)
                )
            )
            return won_another or (own_day is not None and own_day != current.date)
        if cue.event_type == "Award" and not current.word:
            return False  # …颁奖大会… then 成就奖授予X: the named award ceremony's
        if not any(p.type == "Person" for p in people):
            return False
        return (
            current.principal not in {_name(p) for p in people}
            or (cue.event_type == "Other" and current.word != word)
            # (…当选金球奖。同时他又…获得金鞋奖: another honour, named, in another sentence)
            or (cue.event_type == "Award" and HONOUR_WORD_END.search(rest) is not None)
        )

    def _frame_for(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        cue: Cue,
        people: list[Mention],
        others: list[Mention],
        day: str | None,
        previous: tuple[Cue, _Frame | None, list[Mention]] | None,
        evidence: Evidence,
    ) -> _Frame | None:
        events = [m for m in mentions if m.type == "Event" and not _briefed_on(text, m)]
        made_at = self._where_speech_was_made(text, found, cue, people)
        if made_at is not None:
            return made_at
        if (
            found.group() == "听取"
            and previous is not None
            and previous[1] is not None
            and previous[1].event_type == "Meeting"
            and {_name(p) for p in people} <= {_name(p) for p in previous[2]}
        ):
            return previous[1]  # 会见…李家超，听取他…的汇报: the report is heard at the meeting
        if found.group() in EXCHANGE_WORDS:
            # 会见中，李鹏同她就…交换了意见: views exchanged at the story's meeting (alone,
            # they are one: 谢尔盖耶夫与吕厄…就…交换了意见)
            meeting = self._last_in_story(lambda f: f.event_type == "Meeting")
            principal = _first_person(people)
            if meeting is not None and meeting.mention.sentence == self.sentence_index:
                return None  # 分别会见了A、B…，就…交换意见: the meetings just read
            if meeting is not None and principal in ("", meeting.principal):
                return meeting
        if (
            found.group() in WATCHING
            and not cue.event_type
            and not _shown(text, found, events, people)
        ):
            # (a titled work watched comes typed: the frames' WATCHED_WORK_CUE)
            return None  # (观看分列式, 观看展板: no show to attend, the story's event goes on)
        # The cue is the event's own name (会见, 表彰大会), or names it right after
        # (出席开幕式, 主持召开…会议), in the same comma-clause.
        named = next(
            (
                e
                for e in events
                if e.start <= found.start() < e.end
                # (会见记者时说: the cue names more than the word the tagger read, 会见, and
                # another kind of event, a press conference)
                and not (
                    e.end < found.end()
                    and cue.event_type not in ("", event_type_of(e.value or e.text))
                )
                # (来华出席…仪式: 出席 is no part of the visit 来华出席 names)
                and not (e.start < found.start() and e.text.startswith(CAME_TO))
            ),
            None,
        )
        if named is None and cue.role == "chaired":
            # 敬献花篮仪式由…蔡奇主持, 大会开幕式由…陈竺主持: the event the clause opens with,
            # unless a bare word names the story's event (…在会上通报…。座谈会由袁纯清主持); 会议由
            # 巴育主持: the meeting the story reports, not a forum a speech in it named
            opens = _clause_start(text, found.start(), "，。；,;")
            by = text.rfind("由", opens, found.start())
            named = next((e for e in events if by > 0 and e.end == by), None)
            if (
                named is not None
                and named.value is None
                and self.current is not None
                and self.current.event_type == event_type_of(named.text)
            ):
                named = None  # (a bare 座谈会: the story's conference, whatever its name)
            subject = BARE_SUBJECT.fullmatch(text, opens, by) if named is None and by > 0 else None
            word = subject.group(1) if subject is not None else ""
            reported = self._reported_by_word(word) if word else None
            if reported is not None and not self._names_the_story(word):
                return reported
        bare = BARE_MEETING.match(text, found.end()) if named is None else None
        if bare is not None and cue.role in ROLES and found.group() not in MESSAGES_SENT:
            # 出席会议并作关于…的报告: the meeting the story reports (not an instruction it
            # tells of since); 出席大会 after …颁奖大会: whatever kind of 大会 it is
            word = bare.group().removeprefix("了")
            reported = self._reported_by_word(word) if word != "活动" else None
            if reported is not None and not self._names_the_story(word):
                return reported  # (王毅参加会议 after a speech that named a 论坛: the 会议)
            if (
                self.current is not None
                # (习近平发来贺信…。…入列活动…举行。何立峰出席活动: no one attends a letter)
                and not _unattended(self.current)
                and (
                    self.current.event_type == "Conference"
                    or self.current.base.endswith(word)
                    or word == "活动"  # 蔡奇、王毅等参加活动: whatever the story's event is
                )
            ):
                return self.current
            # (…习近平指出，10年前我们到古田召开全军政治工作会议…。…出席会议: not one told of)
            meeting = self._last_reported("Conference")
            if meeting is not None:
                return meeting
        if named is None:
            stop = _comma_after(text, found.end())
            named = next(
                (
                    e
                    for e in events
                    if found.end() <= e.start < stop
                    # (同朔尔茨总理共同主持第七轮中德政府磋商并出席中德经济技术合作论坛: the
                    # forum is the next verb's, not what was chaired)
                    and not _object_then_verb(text, found.end(), e.start)
                    # (签署…公报后联合举行了记者招待会: the press conference is another event;
                    # 巡视2023中关村论坛前沿技术展: the forum names what was toured)
                    and not (
                        cue.event_type
                        and cue.event_type != event_type_of(e.value or e.text)
                        and (
                            HELD_BETWEEN.search(text, found.end(), e.start)
                            or CJK.match(text, e.end) is not None
                        )
                    )
                ),
                None,
            )
            # 出席…大会暨…会议开幕式: the last of a run of event names is the one attended
            while named is not None:
                head = next(
                    (e for e in events if 0 <= e.start - named.end <= 1 and e.start < stop), None
                )
                if head is None or text[named.end : head.start] not in ("", "暨", "的"):
                    break
                named = head
        if named is None and cue.role in ROLES and found.group() not in MESSAGES_SENT:
            # 肖捷在参加湖北代表团审议时说: the object names an event of a kind, its own (not
            # 李岚清致信全国海关关长会议指出: the meeting a letter is sent to)
            named = _object_event(text, found.end(), people, self.sentence_index)
            kind = event_type_of(named.text) if named is not None else "Other"
            if (
                named is not None
                and kind in ("Inspection", "Visit")
                and event_cues().pattern.fullmatch(named.text) is not None
                and self.current is not None
                and self.current.event_type != kind
            ):
                # …主持召开座谈会。吴政隆陪同调研: the trip, not the meeting held on it
                trip = self._last_reported(kind)
                if trip is not None:
                    return trip
            if named is not None and (
                kind == "Other"
                # (吴政隆参加调研, 出席大会: the story's own event, by its word)
                or len(named.text) < 4
                or event_cues().pattern.fullmatch(named.text) is not None
                # (参加有关调研, 主持上午的会议: the story's event, qualified)
                or named.text.startswith(("有关", "相关", "上述"))
                or "的" in named.text
            ):
                named = None
        if named is None and cue.role in ROLES:
            if cue.role == "accompanied" and text.endswith("全程", 0, found.start()):
                # …黎怀忠全程陪同: all the way, the story's visit (not the talks held on it)
                trip = self._last_in_story(
                    lambda f: f.event_type in ("Visit", "Inspection") and not f.told
                )
                if trip is not None:
                    return trip
            if cue.event_type and text[max(0, found.start() - 2) : found.start()] in (
                "一同",
                "一道",
            ):
                # 马兴瑞、石泰峰一同调研: they join the story's inspection, whatever it named since
                joined = self._last_in_story(lambda f: f.event_type == cue.event_type)
                if joined is not None:
                    return joined
            if cue.event_type == "Inspection" and self.story_ranged:
                # 21日至22日，李强在湖南调研并主持召开…座谈会。…李强考察了…企业: a stay of
                # days; the sites its principal tours are the stay's
                names = {_name(p) for p in people if p.type == "Person"}
                stay = self._last_in_story(
                    lambda f: f.event_type == "Inspection" and not f.told and f.principal in names
                )
                if stay is not None:
                    self.current = stay  # (…看望机关干部。他说: at the site, not the meeting)
                    return stay
            at_meeting = _at_meeting_before(text, found.start())
            if (
                at_meeting is not None
                and "会" in at_meeting.group()
                and self.current is not None
                and self.current.event_type != "Conference"
            ):
                # …亲切接见…会议全体代表。习近平在会议上发表重要讲话: the meeting, not the
                # audience before it (…纪念暨表彰大会…。习近平…会见会议代表。刘国中参加会见并在
                # 大会上讲话: an award's 大会 too)
                meeting = self._last_reported("Conference")
                if meeting is None:
                    meeting = self._last_in_story(
                        lambda f: (
                            f.event_type in ("Award", "Ceremony")
                            and not f.told
                            and f.base.endswith("会")
                        )
                    )
                if meeting is not None:
                    return meeting
            if (
                previous is not None
                and previous[1] is not None
                and _joined(text, found.start())
                # (参观…，并与…进行座谈: a verb of another kind of event opens its own)
                and cue.event_type in ("", previous[1].event_type)
            ):
                return previous[1]
            # The event the story is reporting, before one it merely names (作了汇报 on
            # 十八大: the talk, not the congress); a verb of another kind of event
            # (考察 during a visit) opens its own.
            # (仪式由X主持。: one chairs whatever the story's event is, when the verb names
            # nothing else)
            unattended = (
                self.current is not None and _unattended(self.current) and not cue.event_type
            )
            # (何鲁丽…调研，周铁农赴河北…考察: neither the story's event nor one named before)
            anothers_trip = self.current is not None and (
                _anothers_trip(self.current, cue, people, text, found)
                or (cue.role == "meet" and _anothers_meeting(self.current, people, others))
                or _anothers_report(self.current, cue, people, text, found)
            )
            if unattended:
                # 李希出席并讲话 after 习近平作出重要指示 and 蔡奇主持…会议: a message, an
                # instruction or a decision is no place to attend; the story's last event that is
                attended = self._last_in_story(lambda f: not _unattended(f))
                won = self.current is not None and self.current.event_type == "Award"
                if attended is None and won:
                    # (…分获…冠军。…将参加此项的角逐: the contest the page told of before)
                    attended = next(
                        (f for f in reversed(self.frames) if not _unattended(f) and not f.told),
                        None,
                    )
                if attended is not None:
                    return attended
                # (…张燮林第四次参加世乒赛，…获得混双冠军 with no contest told: the win the story
                # tells, whose winner goes on to the next verb)
                unattended = not won
            if (
                self.current is not None
                and not unattended
                # (朱昌骏致词说，…迎来了十五大的胜利召开。唐家璇在致词中说: no speech at the
                # congress one spoke of)
                and not (
                    cue.role == "spokeAt" and self.current.told and not self._said(found.start())
                )
                and not anothers_trip
                and not self._an_act_of_its_own(
                    self.current,
                    cue,
                    people,
                    found.group(),
                    text[found.end() : clause_end(text, found.end())],
                    self._clause_day(text, found.start()),
                )
                and (
                    cue.event_type in ("", self.current.event_type)
                    # (颁发 at a ceremony: the ceremony's award)
                    or (cue.event_type == "Award" and self.current.event_type == "Ceremony")
                    or (cue.role == "chaired" and text[found.end() : found.end() + 1] in "，。；,;")
                )
            ):
                return self.current
            talks_with = _joiner(text, found.start())
            before = [
                e
                for e in events
                if e.end <= found.start()
                and cue.event_type in ("", event_type_of(e.value or e.text))
                # (学习贯彻…中央纪委三次全会精神 赵乐际主持并讲话: a plenum whose spirit one
                # studies is over; no one chairs it now)
                and not text.startswith(PAST_EVENT_AFTER, e.end)
                # (习近平向…致贺电 李强向…致贺电: a headline's parts are two acts)
                and not HEADLINE_PART_BREAK.search(TITLE.sub("", text[e.end : found.start()]))
                # (赵乐际同全国人大常委会会议列席代表座谈: the session names those he talks with)
                and not (found.group().startswith("座谈") and 0 <= talks_with < e.start)
            ]
            if before and found.group() not in PRESS_CONFERENCES and not anothers_trip:
                named = before[-1]
        date = self._act_when(text, mentions, day, found, cue)
        if named is None and cue.role in ROLES and found.group() not in MESSAGES_SENT:
            # (吴邦国致信大会: the meeting a letter is sent to is not attended)
            named = _object_event(text, found.end(), people, self.sentence_index)
            inverted = INVERTED.match(text, found.end())
            if named is None and inverted and inverted.group(1):  # 出席团拜会的还有：…
                named = _object_event(
                    text[: inverted.end(1)], found.end(), people, self.sentence_index
                )
            word_end = found.end() + len(_bare_event(text, found.end()))
            if (
                named is None
                and word_end > found.end()
                and text.startswith("的", word_end)
                and _described_attendees(text, mentions, found)
            ):
                # 出席会议的吉林省副省长全哲洙表示: the meeting of a described attendee, no story's
                named = _object_event(text[:word_end], found.end(), people, self.sentence_index)
        if named is not None:
            return self._frame_of_mention(
                named, date, people, others, evidence, hosts=cue.role == "meet"
            )
        event_type = cue.event_type
        # (进行座谈: the event is the 座谈; 共同会见了记者: the 共同会见记者)
        word = found.group().removeprefix("进行").replace("了", "")
        if cue.role == "chaired" and CHAIRED_CEREMONY.match(text, found.end()):
            event_type, word = "Ceremony", "仪式"  # 江泽民主席将于明天主持仪式欢迎克雷库总统访华
        if word.endswith("报告"):
            word = word.lstrip("作做")  # (做宣讲报告: the event is the 宣讲报告)
        if word == "听取":
            word = "听取汇报"  # 听取…工作汇报: the briefing one heard
        word = as_call(word)  # (给久加诺夫打了电话: a call, as 同…通电话)
        if word in WINNING_VERBS:
            word = "获奖"  # 刘奕杉夺得金牌: the label says what was won, an award
        # (习近平向…奥尔西致贺电, then 习近平致电奥尔西: the headline's message is the story's)
        word = MESSAGE_WORDS.get(word, word)
        if word == "颁发" and not HONOUR_WORD.search(
            text, found.end(), clause_end(text, found.end())
        ):
            event_type = "Ceremony"  # 颁发命令状, 颁发…国务院令, 颁发毕业证书: no award
        if not event_type and (
            _at_meeting_before(text, found.start()) is not None
            or (cue.role == "spokeAt" and IN_A_CHAMBER.search(text, 0, found.start()))
        ):
            # 徐光春在会上讲话 with no meeting named yet: the meeting it was (霍华德在议会发表
            # 讲话: the chamber's sitting)
            event_type, word = "Conference", "会议"
        if not event_type and (
            found.group().replace("了", "") in SPEECHES_OF_THEIR_OWN
            or (
                found.group() in BARE_SPEECHES
                and DELIVERED_SPEECH_BEFORE.search(text, 0, found.start()) is not None
            )
            # 他发表题为《目前抗战危机…》的讲演: a speech named by its title
            or TITLED_SPEECH_BEFORE.search(text, 0, found.start()) is not None
            # 阿德瓦尼在５月１８日讲话时，宣称…: the time of a speech the story holds nowhere
            or (
                found.group() == "讲话"
                and self.current is None
                and text.startswith("时", found.end())
            )
        ):
            # 普京今天在竞选总部发表讲话, 哈梅内伊25日发表讲话: a speech no event holds
            event_type, word = "Other", "讲话"
        if (
            not event_type
            and self.current is None
            and (
                found.group() in AT_AN_UNNAMED_MEETING
                # (下面我们就有请…李晓林先生讲话！: the host asks one to speak to the meeting)
                or (found.group() == "讲话" and ASKED_TO_SPEAK.search(text, 0, found.start()))
            )
        ):
            # …总经理庄红卫、…赵洪祥也做了发言: one speaks at (…等６０多人与会: attends) a
            # meeting the text has not named
            event_type, word = "Conference", "会议"
        if not event_type:
            return None
        if cue.role == "meet":
            same = self._meeting_of_the_same(text, found.start(), people, others, date)
            if same is not None:
                return same
        # No event named: the trigger and its principals name it (李强考察; 吕宏强接到尚美英的电话:
        # the caller inside the words of the call, 吕宏强同尚美英通电话).
        base = _principals(
            people, others, word, found.end() if cue is CALL_RECEIVED_CUE else found.start()
        )
        # 商务部与香港特区政府签署《…协议》: bodies sign agreements; 中共中央宣传部…授予
        # 海军南昌舰党委…称号: a body honours (and the label names whom, after the verb); not
        # 中国体育代表团获得6金…, a team that wins, nor 是党中央授予的 or 受…表彰的代表, an
        # honour a relative clause describes
        signing = event_type == "Signing"
        honouring = (
            event_type == "Award"
            and found.group() in AWARD_GIVERS_VERBS
            and not text.startswith("的", found.end())
        )
        acting = people if signing else [p for p in people if p.start < found.start()]
        if not base and (signing or honouring) and acting:
            after = [] if signing else [_name(p) for p in people if p.start >= found.end()]
            base = "、".join(_name(p) for p in acting[:MAX_LABEL_NAMES]) + word
            base += "、".join(after[:MAX_LABEL_NAMES])
        if not base:
            return None
        anchor = _cue_anchor(found, self.sentence_index)
        trip = self.current
        site = _site(text, mentions, found.start()) if word in BRIEFINGS else None
        if site is not None and base.endswith(word):
            # 在北京国科天迅科技股份有限公司，李强听取研发情况汇报: one briefing a site, each its
            # own event (李强在…听取汇报)
            base = f"{base[: -len(word)]}在{site.text}{word}"
        if found.group() in LETTER_SPOKEN_IN:
            # 李克强19日致电…。李克强在贺电中表示: the message the story told, whatever day
            sent = self._last_in_story(lambda f: f.base == base and f.event_type == event_type)
            if sent is not None:
                return sent
        told = next(
            (
                f
                for f in self.headline_frames
                if f.base == base and f.event_type == event_type and f.date is None
            ),
            None,
        )
        if told is not None:
            # 习近平向…奥尔西致贺电, then 11月27日，习近平致电奥尔西: the headline's undated act
            self._date(told, date, evidence)
            if not (self._said(anchor.start) or self._planned(anchor)):
                self.current = told  # (the story reports it now, as _open would say)
            return told
        frame = self._open(anchor, event_type, date, base, evidence, _first_person(people))
        if (
            trip is not None
            and trip.event_type in ("Inspection", "Visit")
            and word in BRIEFINGS
            and any(_name(p) in trip.present for p in people)
        ):
            # 李强首先来到…，听取…汇报, 与…座谈: a meeting held on the trip; the story
            # (参加调研, 陪同) goes on with the trip
            self.current = trip
        elif trip is not None and _described(text, found, cue):
            # 宣读了习近平签署的…命令。习近平向…颁发命令状: the order the ceremony reads out
            # was signed before; the story stays at the ceremony
            self.current = trip
        return frame

    def _frame_of_mention(
        self,
        event: Mention,
        date: str | None,
        people: list[Mention],
        others: list[Mention],
        evidence: Evidence,
        hosts: bool = False,
    ) -> _Frame:
        """The frame of an event mention; ``hosts``: ``people`` hold it (X会见Y), rather
        than join it (X参加上述会见)."""
        recalled = self._recalled(event)
        if recalled:
            date = None  # (学习…在…全会上的重要讲话 on the 11th: the plenum was not that day)
        known_frame = self.by_label.get(event.value or "") or self.named.get(event.value or "")
        if known_frame is not None:  # a mention this reader already bound, or its name again
            if event.value in self.named:
                self._replace_mention(
                    event.sentence, event, replace(event, value=known_frame.mention.value)
                )
            self._date(known_frame, date, evidence)
            if (
                self.current is None
                and (known_frame not in self.frames[self.story_start :] or known_frame.told)
                and not (self._said(event.start) or self._planned(event) or recalled)
            ):
                # (2023年2月28日…第二次全体会议通过) (a line read as a headline), then …第二次全体
                # 会议…举行。全会由中央政治局主持: the event an earlier story named is the one
                # this story reports; so is one its headline recalled (…开班式上的重要讲话引发
                # 热烈反响) that it tells of now (习近平总书记在…开班式上发表重要讲话)
                known_frame.told = False
                self.current = known_frame
            return known_frame
        event_type = event_type_of(event.value or event.text)
        said = (
            self.sentences[event.sentence].text if 0 <= event.sentence < len(self.sentences) else ""
        )
        current = self.current
        if (
            current is not None
            and not current.word
            and current.event_type == event_type
            and said[: event.start].endswith(("这次", "此次", "本次", "这届", "本届"))
        ):
            # 这次常委会会议的一项重要任务: the session the story reports, by another name
            self._replace_mention(
                event.sentence, event, replace(event, value=current.mention.value)
            )
            return current
        if event.value:  # a named event
            same = self._modified_word(event.value) if len(event.value) <= 6 else None
            if same is not None:  # 举行仪式，纪念… then 主持纪念仪式
                self._replace_mention(
                    event.sentence, event, replace(event, value=same.mention.value)
                )
                self._date(same, date, evidence)
                return same
            short = next(
                (
                    f
                    for f in self.headline_frames
                    if not f.word
                    and f.event_type == event_type
                    and f.base != event.value
                    and _common_ending(f.base, event.value) >= 3
                ),
                None,
            ) or self._named_with_organiser(event.value, event_type)
            if short is not None:
                # 王沪宁主持召开全国政协主席会议 over a story on 政协…第六次主席会议: one
                # meeting, named in full by the story
                if len(event.value) >= len(short.base):
                    self._rename(short, event.value)
                self.named[event.value] = short
                self._replace_mention(
                    event.sentence, event, replace(event, value=short.mention.value)
                )
                self._date(short, date, evidence)
                if not self._said(event.start):
                    self.current = short  # the story now reports it
                return short
            frame = self._open(event, event_type, date, event.value, evidence)
            self.named[event.value] = frame
            return frame
        # 会谈, 会见: one per document and kind, named by who took part
        known = (
            self.generic.get(event.text)
            or self._modified_word(event.text)
            or self._talk_of_the_story(event.text)
        )
        met = next((self.by_guest[g] for g in _guest_names(others) if g in self.by_guest), None)
        if met is not None:  # 会见莫特利时 after 分别会见莫特利、希普金斯
            self._replace_mention(event.sentence, event, replace(event, value=met.mention.value))
            return met
        principal = _first_person(people)
        if hosts and known is not None and principal not in ("", known.principal):
            known = None  # 7日，X也会见了Y after Z会见Y: another host, another meeting
        earlier = None
        if (
            hosts
            and known is not None
            # (…期间会见了古特雷斯。…还会见了…阿卜杜拉希扬: a meeting whose guest a relation
            # named has one too)
            and (known.guests == 2 or any(_name(p) != known.principal for p in known.sides))
            and _another_guest(known, _guest_names(others))
            and known not in self.headline_frames  # (习近平会见卡塔尔埃米尔: the story's one)
        ):
            # 并将与王英凡会晤 after 与王凤超…会晤: another guest, another meeting (the story's
            # bare 会晤 is still the first)
            earlier, known = known, None
        if hosts and known is not None and known.date and self.sentence_vague:
            # 前不久，我在北京会见洪玛奈首相 in a story of today's: an earlier one, which the
            # story's later 会见 does not mean
            earlier, known = known, None
        named = self._story_event(event.text) if known is None else None
        if named is not None and hosts and _anothers_meeting(named, people, others):
            named = None  # (今年9月，习近平主席同普京总统成功会晤: not the premiers' 定期会晤)
        if known is None and named is None and hosts:
            named = self._meeting_of_the_same(said, event.start, people, others, date)
        if (
            known is None
            and named is None
            and not hosts
            and event_type == "Meeting"
            and ATTENDED_BEFORE.search(said, 0, event.start) is not None  # (参加会见: attended)
            and self.current is not None
            and self.current.event_type == "Meeting"
            and not self.current.told
        ):
            # 蔡奇、王毅等参加会见 after …同美国总统拜登举行会晤: the talks the story reports, by
            # another of their words
            named = self.current
        if named is not None:
            self._replace_mention(event.sentence, event, replace(event, value=named.mention.value))
            self._date(named, date, evidence)
            return named
        base = _principals(people, others, event.text, event.start)
        if known is not None:
            self._date(known, date, evidence)
            if base and known.guests < _guest_level(others):
                # A headline's 李强会见… named no guest; the story's sentence does.
                known.bare = False
                self._rename(known, base)
                known.guests = _guest_level(others)
            renamed = replace(event, value=known.mention.value)
            self._replace_mention(event.sentence, event, renamed)
            return known
        frame = self._open(event, event_type, date, base or event.text, evidence, bare=not base)
        frame.principal = _first_person(people)
        frame.guests = _guest_level(others) if base else 0
        self.generic[event.text] = earlier or frame
        return frame

    def _named_with_organiser(self, name: str, event_type: str) -> _Frame | None:
        """``李强在国务院防范…视频会议上强调`` then ``国务院召开防范…视频会议``: a name that
        is another's of this story without its organiser is the same event."""
        for frame in self.frames[self.story_start :]:
            if frame.word or frame.event_type != event_type or frame.base == name:
                continue
            if frame.base.endswith(name) or name.endswith(frame.base):
                return frame
        return None

    def _modified_word(self, word: str) -> _Frame | None:
        """``举行仪式，欢迎…`` then ``出席欢迎仪式``: the story's bare word and its modified
        form are one event when the sentence that opened the bare one says the modifier."""
        story = self.frames[self.story_start :]
        for known_word, frame in self.generic.items():
            if frame not in story or known_word == word:
                continue
            bare, modified = sorted((known_word, word), key=len)
            if not modified.endswith(bare) or event_type_of(modified) != event_type_of(bare):
                continue
            opened = self.sentences[frame.mention.sentence].text
            if bare == known_word and modified[: -len(bare)] in opened:
                return frame
            if bare == word:  # 纪念仪式 then 仪式: the modified one was named first
                return frame
        return None

    def _talk_of_the_story(self, word: str) -> _Frame | None:
        """``赵乐际同…代表座谈交流`` then ``李鸿忠主持座谈会``: the talk the story opened with
        a verb, now named by its noun."""
        stem = word.removesuffix("会")
        if stem == word or len(stem) < 2:
            return None
        story = self.frames[self.story_start :]
        return next((f for f in story if f.word.startswith(stem) and f.word != word), None)

    def _story_event(self, word: str) -> _Frame | None:
        """The named event of this story a bare word refers back to: 在座谈会上 after
        纪念…座谈会…举行; 主持闭幕会 after 第三次会议…闭幕 (the session it closes). The
        story's current event first: 出席大会 after …颁奖大会… and a recalled 全国科技大会."""
        story = self.frames[self.story_start :]
        # (the story's current event: one of its own, or one an earlier story named that
        # this one reports; a headline forgets it)
        current = [self.current] if self.current is not None else []
        for frame in current + story[::-1]:
            if frame.word or (frame.told and frame is not self.current):
                continue  # (召开会议 after 传达学习…在…全会上的重要讲话: not the plenum recalled)
            if frame.base.endswith(word) or (
                word in SESSION_PARTS and frame.event_type == "Conference"
            ):
                return frame
        return None
