"""The state a reader of event frames keeps over one document, and the moves every reading makes.

:class:`_ReaderState` holds what the document has told so far (the frames opened, the relations
read, the story's event, its day, who 他 stands for) and the steps every reader of
:mod:`kgraph.extract.frames` takes: open a frame for an event (or find the one already told),
date it from the sentence or the story, add a role. The readers of appointments
(:mod:`kgraph.extract.tenures`), of trips (:mod:`kgraph.extract.visits`) and of which event a cue
names (:mod:`kgraph.extract.event_binding`) extend it; :class:`kgraph.extract.frames._Reader`
joins them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from kgraph.extract.actors import _clause_start, _insert
from kgraph.extract.cues import saying_opens
from kgraph.extract.events import PRESS_EVENTS
from kgraph.extract.frame_slots import (
    AWARDING,
    PARTNER_LEADS,
    _Frame,
    _name,
    _planned_at,
    date_mention,
    short_title,
)
from kgraph.extract.headers import chronicle_headings, speech_header
from kgraph.extract.relations import CLAUSE_BREAK
from kgraph.records import Document, Evidence, Mention, Relation, Sentence

# 你 opening a clause (2024年5月，你成功对中国进行国事访问), not 你们 or 你的
ADDRESSED_YOU = re.compile(r"\s*你(?![们的])")
# … of an act not made (你因身体不适不得不推迟访华) or only wished for
NOT_MADE = re.compile(r"推迟|取消|未能|没能|无法|不能|希望|期待|欢迎|邀请")

# Numbered events name one occasion (第十四届…第二次会议): no date in their label.
# 第三次会议, 中央纪委二次全会, 十五届三次会议: a numbered occasion is one, whatever day
UNIQUE_EVENT = re.compile(
    r"第[0-9一二三四五六七八九十百零〇两]+[次届轮]"
    r"|[0-9一二三四五六七八九十]+次(?:全会|全体会议|会议|代表大会)|[0-9一二三四五六七八九十]+届[0-9一二三四五六七八九十]+次"
)


MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


COLLECTIVE = "集体致电"  # the word of such an event: its senders come one a paragraph


# 他 opening a sentence, after a clause of its time at most: the story's last subject
PRONOUN_OPENING = re.compile(
    r"(?:[^，,。；;]{0,12}[，,]|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?"
    # (１９６０年贝宁独立后他回国任…: after what the year saw)
    r"(?:[^，,。；;他她]{0,10}?后)?)?"
    # (同时他又…获得金鞋奖: a word that joins the sentence to the one before)
    r"(?:同时|此外|另外|后来|随后|此后|其后|当时|但|而)?[他她](?!们|的)"
)


OCCASION_END = re.compile(r"之际|前夕")  # 在…出席…峰会之际: the occasion of what is told


# 贯彻…在浙江考察时的重要讲话精神, 落实…座谈会上的讲话精神: an event whose words are followed now
RECALLED_AFTER = re.compile(
    r"(?:时|上|期间)?的?(?:重要)?(?:讲话|指示|批示)?精神|(?:时|上)的重要讲话"
)
# 党的二十大以来, 十八届三中全会闭幕之后: a numbered event as the time after which what is told
# happens, an earlier occasion (before 之际 or 前夕 it is the occasion itself)
SINCE_EVENT_AFTER = re.compile(
    r"(?:胜利)?(?:召开|举行|闭幕|开幕|结束)?(?:以来|之后|以后|后(?![来续])|之前|以前)"
)
# 热烈祝贺中共二十大成功召开, 喜迎党的二十大胜利召开: a numbered event greeted, before or after
# it (the sentence's day is the greeting's)
GREETED_BEFORE = re.compile(r"(?:祝贺|预祝|喜迎|迎接)$")
GREETED_AFTER = re.compile(r"(?:胜利|成功|顺利)(?:召开|举行|闭幕|开幕)")


SAME_DAY = ("当天", "当日", "同日", "同一天", "当晚")


# Verbs of a body that honours (表彰A, 评选出B): what they list is one conferral
AWARD_GIVERS_VERBS = AWARDING | {"表彰", "颁奖", "推选出", "评选出"}


# The kinds of event that last the days a range gives (a session, a tour of inspection)
LASTING_DAYS = frozenset({"Conference", "Inspection"})


RANGE_TO = re.compile(r"(?:上午|下午|晚)?(?:至|到|—|－|-)")


VAGUE_DAYS = re.compile("近日|日前|近期|不久前|前不久")
# 在刚刚闭幕的全国两会上，他指出: a meeting just over, on a day the sentence does not tell (only
# when it tells no day: 昨天上午，程维高从刚刚结束的省人代会上赶到…视察 is of yesterday)
JUST_OVER = re.compile("刚刚?(?:结束|闭幕|召开|举行)的")
# What parts an act from the day of a plan the sentence goes on to tell (a clause, a headline's
# next part, a decision)
PLAN_APART = re.compile(r"[，,；; \u3000]|决定")


# Where the honours of a list end: …奖, …称号, …勋章, …奖章
HONOUR_WORD_END = re.compile(r"奖章|勋章|奖(?![金励])|称号")


# One word for one kind of message, whatever the verb: a cable, a letter, an instruction (吴邦国
# 副总理在贺信中指出: the letter he sent, the one 发来贺信 told if the story did; 李鹏总理在批示中
# 指出: the instruction 作出批示 told)
MESSAGE_WORDS = {
    "致贺电": "致电",
    "发来贺电": "致电",
    "在贺电中": "致电",
    "致贺信": "致信",
    "发来贺信": "致信",
    "发来贺词": "致信",
    "在贺信中": "致信",
    "在信中": "致信",
    "在来信中": "致信",
    "在贺函中": "致函",
    "在回信中": "回信",
    "在复信中": "复信",
    "作出批示": "批示",
    "作出重要批示": "批示",
    "在批示中": "批示",
}


class _ReaderState:
    """A document's reading state: its frames, relations, story and days; opening and dating."""

    def __init__(
        self,
        document: Document,
        sentences: list[Sentence],
        per_sentence: list[list[Mention]],
        reported: Mapping[int, int] | None = None,
    ):
        self.document = document
        # sentence index -> where its attributed speech starts (0: all of it)
        self.reported = reported or {}
        self.speech_from = 0  # in the sentence being read
        self.sentence_coarse: str | None = None  # a year or month opening it (１９９４年，…)
        self.clause_days: list[tuple[int, str]] = []  # (offset, day) of its days after 并于
        self.sentence_vague = False  # it says 近日 or 日前, and no day
        self.story_ranged = False  # the story's day opens a range of days (7日至8日)
        # the sentence's range of days (2022年10月9日至12日): its first and its last
        self.day_range: tuple[str, str] | None = None
        # where the sentence names a day after the one it is told on (决定…2月26日至27日举行)
        self.plan_at: int | None = None
        self.narrative_day: str | None = None  # the story's day before the speech starts
        self.sentence_index = 0
        # of the sentence being read: the last appointee (for 其 and ，不再担任) and who did its
        # last thing
        self.holders: list[Mention] = []
        self.sentence_people: list[Mention] = []
        self.sentences = sentences
        self.per_sentence = per_sentence
        self.frames: list[_Frame] = []
        self.relations: list[Relation] = []
        self.last_day: str | None = None
        self.filed: str | None = None  # the day the story's dispatch was filed (…１月７日电)
        self.generic: dict[str, _Frame] = {}  # generic event word -> its frame in this document
        self.by_label: dict[str, _Frame] = {}
        self.current: _Frame | None = None  # the event the story is reporting
        # the document's decisions, by date (and the session that made them)
        self.appointments: dict[str, _Frame] = {}
        self.session_of_day: dict[str, str] = {}  # date -> the key of its last decision
        self.renamed: dict[str, str] = {}  # event labels a fuller later one replaced
        self.open_list: tuple[str, _Frame] | None = None  # (role, event) of a list that goes on
        # 迟浩田上将，…熊光楷中将；美国驻华大使尚慕杰，…等会见时在座: names before a semicolon
        # that the next sentence's list goes on from
        self.listed_before: list[Mention] = []
        self.titled: dict[str, Mention] = {}  # a title alone -> who the document named with it
        self.visits: dict[tuple[str, str], _Frame] = {}  # (visitor, where) -> the visit told
        self.story_start = 0  # the first of self.frames in the story being read
        # speeches the story studies with no occasion named: (speaker, its words, evidence)
        self.studied: list[tuple[Mention, Mention, Evidence]] = []
        self.elected_in_story = False  # a sentence of the story elected (选举产生了…)
        # a sentence of the story went on with its subject, unnamed (在…出席…开幕式并致辞；)
        self.story_carried = False
        self.in_headline = False  # the sentence read is a story's headline
        self.named: dict[str, _Frame] = {}  # a named event's name -> its frame here
        self.by_guest: dict[str, _Frame] = {}  # 分别会见A、B: each guest's meeting
        self.order_signers: list[Mention] = []  # who signed the orders this document reports
        self.last_subject: Mention | None = None  # who 他/她 refers to
        # the one person the sentence before (and the one being read) named, subject or not
        self.named_before: Mention | None = None
        self.named_here: Mention | None = None
        self.profile: Mention | None = None  # whom a career note (袁中强先生，…) is about
        self.sanctioned: Mention | None = None  # whom the story's 给予…处分 named
        self.him: Mention | None = None  # who 他/她 after a verb stood for last in the story
        self.addressee: Mention | None = None  # whom the story's message is sent to (致电X)
        self.subject_before: Mention | None = None  # … as the sentence being read opened
        self.headline_frames: list[_Frame] = []  # the events the story's headline named
        # the story's event, again from the next paragraph on, after an event its body held
        # (主席会议举行…集体学习，…作报告。 then the meeting's own speakers)
        self.resumed: _Frame | None = None
        # the type of the event the story opened after (欢迎仪式后，…), when it reports none
        self.story_after = ""
        self.person_names: set[str] = set()  # the persons a decision named so far
        self.headings = chronicle_headings(document, sentences, per_sentence)
        self.speech = speech_header(document, sentences, per_sentence)

    def _said(self, at: int) -> bool:
        """Whether offset ``at`` of the sentence being read is in attributed speech."""
        return at >= self.speech_from

    def _planned(self, event: Mention) -> bool:
        """``决定8月22日至24日在北京召开…第三次会议``: an event a decision plans."""
        if not 0 <= event.sentence < len(self.sentences):
            return False
        return _planned_at(self.sentences[event.sentence].text, event.start)

    def _occasion(self, event: Mention) -> bool:
        """``在…习近平赴利马出席…会议…之际，…活动在利马举行``: the occasion a clause names,
        not the story's event."""
        if not 0 <= event.sentence < len(self.sentences):
            return False
        text = self.sentences[event.sentence].text
        clause = _clause_start(text, event.start, "，。；,;")
        close = OCCASION_END.search(text, event.end)
        return (
            text.find("在", clause, event.start) >= 0
            and close is not None
            and not CLAUSE_BREAK.search(text, event.end, close.start())
        )

    def _recalled(self, event: Mention) -> bool:
        """``贯彻习近平总书记在浙江考察时的重要讲话精神``: an event done before, whose words
        the story's people follow now, after which they act (``党的二十大闭幕之后``) or which
        they greet (``祝贺中共二十大成功召开``): undated, and not the story's event."""
        if not 0 <= event.sentence < len(self.sentences):
            return False
        text = self.sentences[event.sentence].text
        if RECALLED_AFTER.match(text, event.end) is not None:
            return True
        if UNIQUE_EVENT.search(event.value or event.text) is None:
            return False
        # (喜迎党的二十大: the party's word before the congress's name is the greeting's object)
        start = event.start - 2 if text.endswith(("党的", "中共"), 0, event.start) else event.start
        return SINCE_EVENT_AFTER.match(text, event.end) is not None or (
            GREETED_BEFORE.search(text, 0, start) is not None
            and GREETED_AFTER.match(text, event.end) is not None
        )

    def _when(self, day: str | None, at: int) -> str | None:
        """The day of what offset ``at`` tells: the sentence's own day, else the story's
        (none inside attributed speech or a sentence that looks back)."""
        sentence = self.sentences[self.sentence_index].text if self.sentences else ""
        if (
            self.plan_at is not None
            and at < self.plan_at
            and PLAN_APART.search(sentence, at, self.plan_at)
        ):
            # 赵乐际主持召开…委员长会议 决定…第八次会议2月26日至27日在京举行, …会议在京闭幕
            # 决定…二次会议2024年3月5日在北京召开: the day of the meeting planned, not of the
            # one that planned it
            day = None
        day = day or self.sentence_coarse
        # (调研中，李强主持召开座谈会; 吴政隆陪同调研: one day of a stay of several, which the
        # text leaves open, but not told as earlier, as 近日 tells)
        if day is None and (self.sentence_vague or self.story_ranged):
            return None
        if VAGUE_DAYS.search(sentence, _clause_start(sentence, at, "，,。；;"), at):
            return None  # …今天宣布，为了不影响日前在澳大利亚举行的世界游泳锦标赛: not today
        if (
            day
            or self._said(at)
            or self.speech_from > len(self.sentences[self.sentence_index].text)
        ):
            return day or self.last_day
        return self.narrative_day

    def _clause_day(self, text: str, at: int) -> str | None:
        """The date the comma-clause of ``at`` gives before it, if any."""
        own = [(start, value) for start, value in self.clause_days if start < at]
        if own and _clause_start(text, at, "，,；;") <= own[-1][0]:
            return own[-1][1]
        return None

    def _label(self, base: str, date: str | None, bare: bool = False) -> str:
        """A numbered event is one occasion; others are told apart by their date.

        An undated one is qualified by its document's date or title: that keeps
        the 会谈 of two articles apart without claiming when it happened.
        """
        if UNIQUE_EVENT.search(base) and not base.endswith(PRESS_EVENTS):
            return base  # (a session's press conferences are many: 九届人大一次会议记者招待会)
        title = short_title(self.document.title) or self.document.id
        where = date or self.document.date or title
        # (any day has many press conferences: the SCIO's and the ECB's of 17 October are two)
        if (bare or base in PRESS_EVENTS) and where != title:
            # A bare 国事访问 or 会谈 (nobody named yet): two stories' are not one event.
            where = f"{where}，{title}"
        return f"{base}（{where}）"

    def _open(
        self,
        mention: Mention,
        event_type: str,
        date: str | None,
        base: str,
        evidence: Evidence,
        principal: str = "",
        bare: bool = False,
        when: str | None = None,
    ) -> _Frame:
        recalled = self._recalled(mention)
        if recalled:
            date = when = None
        label = self._label(base, date or when, bare)
        word = mention.text if mention.value is None else ""
        frame = _Frame(
            replace(mention, type="Event", value=label), event_type, date, word, principal
        )
        frame.base, frame.bare, frame.after = base, bare, self.story_after
        self.frames.append(frame)
        occasion = self._occasion(mention)
        told = self._said(mention.start) or self._planned(mention) or occasion or recalled
        frame.told = told
        if (self.current is None and not (occasion or recalled)) or not told:
            # (an event a speaker recalls, or one a decision plans, does not take the story over;
            # nor, even first, the occasion of what the story tells or an event whose words the
            # story's people study: 全国政协党组召开会议 传达学习习近平总书记在…全会上的重要讲话)
            self.current = frame
        self.by_label[frame.mention.value or ""] = frame
        self._replace_mention(mention.sentence, mention, frame.mention)
        self._date(frame, date, evidence)
        return frame

    def _date(self, frame: _Frame, date: str | None, evidence: Evidence, own: bool = False) -> None:
        """A story dates its event where it can (a headline first names it undated).

        A visit lasts days: only a day its own clause gives (``own``) dates it.
        """
        if frame.event_type == "Visit" and not own:
            return
        if date and (frame.date is None or frame.date == date):
            if frame.date is None:
                frame.date = date
                self._rename(frame, frame.base)  # its label said the page's day
            if (
                self.day_range is not None
                and self.day_range[0] == date
                and frame.event_type in LASTING_DAYS
            ):
                # 于2022年10月9日至12日举行: an interval (a meeting or a ceremony a sentence of a
                # visit's days tells of takes one of them)
                frame.last_day = self.day_range[1]
            tail = date_mention(date, frame.mention)
            self.relations.append(Relation("occurredOn", frame.mention, tail, evidence))

    def _replace_mention(self, index: int, old: Mention, new: Mention) -> None:
        mentions = self.per_sentence[index]
        for i, m in enumerate(mentions):
            if m is old or (m.start, m.end, m.type) == (old.start, old.end, old.type):
                mentions[i] = new
                return
        _insert(mentions, new)

    def _attend(self, frame: _Frame, people: list[Mention], evidence: Evidence) -> None:
        """``people`` took part in ``frame``, and are present there."""
        for person in people:
            self.relations.append(Relation("participatedIn", person, frame.mention, evidence))
            frame.present.add(_name(person))

    def _pronoun_subject(self, text: str, mentions: list[Mention], at: int) -> list[Mention]:
        """``当天下午，他在…陪同下，到银川市调研``, ``１９７９年以后，他先后担任…``: 他 opening the
        sentence of what starts at ``at`` is the story's last named subject."""
        start = _clause_start(text, at, "。；;")
        opening = PRONOUN_OPENING.match(text, start)
        # (傅全有和８００多名…干部欢聚一堂，共贺新春。他在讲话中强调: no verb made anyone the
        # story's subject; the one person the sentence before named)
        subject = self.last_subject or self.named_before
        if opening is None or subject is None:
            return []
        if subject.start > opening.start() and any(m is subject for m in mentions):
            return []  # (他在新闻发布会上回答关于为何克林顿…: a name after 他 is not who he is)
        if saying_opens().search(text, opening.end(), at) is not None:
            return []  # (他指出，…尽早举行…谈判: what he says, not what he does)
        escort = text.rfind("陪同下", opening.end(), at)
        named_from = escort + 3 if escort >= 0 else opening.end()  # (他在X陪同下…: X escorts)
        if any(
            m.type == "Person"
            and named_from <= m.start < at
            and text[m.start - 1 : m.start] not in PARTNER_LEADS
            for m in mentions
        ):
            return []  # (他在X陪同下…: someone else named before the verb; not 他与X谈判)
        return [subject]

    def _addressed_you(self, text: str, mentions: list[Mention], at: int) -> list[Mention] | None:
        """``2024年5月，你成功对中国进行国事访问`` in 习近平's message to 凯斯·赛义德: the one a
        clause opening with 你 (before ``at``) tells of is whom the story's message is sent to,
        or its meeting's one guest, in the words of the other side; the name stands where 你
        does. None when no 你 opens the clause; no one when it is not known who 你 is, or the
        act is not made (你因身体不适不得不推迟访华)."""
        clause_start = _clause_start(text, at, "，。；,;：:")
        you = ADDRESSED_YOU.match(text, clause_start)
        if you is None:
            return None
        addressee = self._addressee()
        if (
            addressee is None
            or NOT_MADE.search(text, you.end(), at) is not None
            or any(m.type == "Person" and clause_start <= m.start < at for m in mentions)
            # (赛义德表示，…你…: the guest speaks to the host)
            or (self.last_subject is not None and _name(self.last_subject) == _name(addressee))
        ):
            return []
        you_at = you.end() - 1
        return [replace(addressee, start=you_at, end=you_at + 1, sentence=self.sentence_index)]

    def _addressee(self) -> Mention | None:
        """Whom the story's message is sent to (习近平致电凯斯·赛义德), else the one guest its
        meeting names (会见乌兹别克斯坦总统米尔济约耶夫)."""
        if self.addressee is not None:
            return self.addressee
        meeting = self._last_in_story(lambda f: f.event_type == "Meeting")
        if meeting is None:
            return None
        hosts = {_name(h) for h in meeting.hosts}
        guests = {
            _name(p): p for p in meeting.sides if p.type == "Person" and _name(p) not in hosts
        }
        return next(iter(guests.values())) if len(guests) == 1 else None

    def _last_in_story(self, wanted: Callable[[_Frame], bool]) -> _Frame | None:
        """The story's latest frame that ``wanted`` accepts."""
        return next((f for f in reversed(self.frames[self.story_start :]) if wanted(f)), None)

    def _rename(self, frame: _Frame, base: str) -> None:
        """Give a frame the fuller label a later sentence makes; relations follow at the end."""
        old = frame.mention.value or ""
        # (a trip is named by its month, so the reports of its days are one node)
        when = frame.date[:7] if frame.date and frame.event_type == "Visit" else frame.date
        new = self._label(base, when, frame.bare and base == frame.base)
        if new == old or new in self.by_label:
            return
        self.renamed[old] = new
        frame.mention = replace(frame.mention, value=new)
        frame.base = base
        self.by_label[new] = frame
