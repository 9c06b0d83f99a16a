"""Trips: visits, tours, the talks a visitor holds and who escorted them.

A visit is one event per visitor, destination and month, dated only by its own clause; a trip
to attend an event joins that event; talks told before the visit (``会谈前``), meetings held
separately (``分别会见A、B``) and an escorted arrival are read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.extract.actors import _clause_start
from kgraph.extract.cues import event_cues
from kgraph.extract.frame_slots import (
    ARRIVALS,
    CAME_TO,
    COARSE_DATE,
    INVERTED,
    OPENS_AFTER_EVENT,
    TALKS,
    _closing_particle,
    _cue_anchor,
    _first_person,
    _Frame,
    _listed,
    _modifies_a_name,
    _name,
    _opening_person,
    _principals,
    _same_time,
    _sentence_subject_for_pronoun,
    _visitors,
    as_call,
)
from kgraph.extract.frame_state import MONTH_OR_DAY, PRONOUN_OPENING, RANGE_TO, _ReaderState
from kgraph.extract.headers import _is_day
from kgraph.extract.positions import _a_place
from kgraph.extract.relations import _gap_to_verb, _verb_gap, clause_end, subjects
from kgraph.lexicons import canonical, entity_info, foreign_country, lexicon
from kgraph.records import Evidence, Mention, Relation

# A clause on a visit that describes people it does not name (来华出席开幕式的外国领导人,
# 访华的西方国家元首): the visitors are they, not the sentence's subject
# (not a time: 抵达麦纳麦的当晚在记者招待会上透露)
PEOPLE_DESCRIBED = re.compile(
    r"的(?:(?!在|当|时)[^，,。；;]){0,10}?(?:领导人|嘉宾|代表|客人|外宾|宾客|朋友|友人|人士|官员"
    r"|政要|元首|首脑|企业家|学者|学生)"
)

# 抵达北京，开始对中国进行…正式访问: the visit, with its own destination, after an arrival
ARRIVAL_THEN_VISIT = re.compile(r"对[^，,。；;]{1,16}?(?:进行)?[^，,。；;]{0,12}?访问")


# 钱其琛副总理去年的中东之行, 唐家璇开始西非五国之行: a trip, named by where it goes
TRIP = "之行"
TRIP_TO = re.compile(r"(?:[一二三四五六七八九十两几0-9０-９]+国)?")


AT_THE_TIME = re.compile(r"[^，,。；;]*时[，,]")  # 抵达总统府前广场时，…

# A place one arrives at that is a building or a ground, not where one visits (机场, 总统府,
# 王宫办公厅广场, 黎明宫前广场)
FACILITY = re.compile(r"(?:机场|广场|总统府|王宫|宫|码头|车站)$")


def _place_opening(name: str) -> str:
    """The known place a facility's name opens with (莫斯科|伏努科沃专机机场, 成都|天府国际机场),
    canonical; empty when none does (总统府)."""
    for end in range(len(name) - 2, 1, -1):
        place = canonical("Place", name[:end])
        if lexicon().get("Place", place) is not None:
            return place
    return ""


ARRIVAL_TO_ATTEND = re.compile(r"出席|参加")


ARRIVAL_TO_SEE = re.compile(r"视察|考察|访问|调研")


# 陪同普京参观, 陪同我们参观: whom one goes with, then what they do
ESCORTED_ACT = re.compile(
    r"了?[^，,。；;]{1,20}?(?P<act>参观|考察|视察|访问|看望|慰问|调研|出席|参加|游览|察看|巡视|检阅)"
)


def _escorts_someone_to(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """``胡锦涛陪同普京参观了工厂``: the 陪同 at ``found`` names whom it escorts, then the act
    they go to (whose frame the companions join)."""
    escorted = ESCORTED_ACT.match(text, found.end())
    return escorted is not None and any(
        m.type == "Person" and found.end() <= m.start < escorted.start("act") for m in mentions
    )


# 前往德黑兰参加伊斯兰首脑会议: going abroad (to a country or a capital the gazetteer knows) to
# attend an event is a visit there too
GOING_ABROAD = ("赴", "前往")


ABROAD_KINDS = ("country", "capital")


SAME_PLANE = "同机"  # 陪同人员同机抵达 (返回, 离开, 离京): those who travel with the visitor


TRAVELLING_PARTY = re.compile(r"(?:陪同|随行|随同)人员$")


VISITED = re.compile(r"访问|抵达|到达")  # a trip the sentence told before the next leg of it


# 他6月下旬对中国的访问, 她此次对法国进行的国事访问: the pronoun's visit (the cue right after)
PRONOUNS_VISIT = re.compile(
    r"[他她](?:此次|这次|本次|上次|今年|明年|去年|[0-9０-９一二三四五六七八九十]{1,2}月(?:[上中下]旬|底|初)?)?"
    r"对[^，,。；;的]{1,12}(?:进行)?的(?:国事|正式|友好|工作|私人|首次|成功|历史性)*$"
)


# Words ending in 来 that are no coming to a place (年来, 以来, 近来, 后来, 从来, 向来, 本来, 原来)
SINCE_WORDS_WITH_LAI = (
    "年来",
    "以来",
    "近来",
    "后来",
    "从来",
    "向来",
    "本来",
    "原来",
    "未来",
    "将来",
)


def _short_form_opens_a_word(text: str, found: re.Match[str]) -> bool:
    """Whether the one-character short form of a cue 访X (访日, 访英) opens a word of its own in
    jieba's reading, so that 访 ends another and no visit is named (此访|日程, 互访|日渐,
    寻访|英烈); not when the cue is one word (访日|期间, 访华|表示) or the word is a country named
    in full (回访|日本)."""
    import rjieba

    if len(found.group()) != 2 or not found.group().startswith("访"):
        return False
    short_form, at = found.end() - 1, max(0, found.start() - 4)
    for word in rjieba.cut(text[at : found.end() + 4]):
        if at == short_form:
            return len(word) > 1 and not _a_place(word)
        at += len(word)
        if at > short_form:
            return False
    return False


class _VisitReading(_ReaderState):
    """Reads visits and trips, their talks and their escorts."""

    def _pronouns_visit(
        self, text: str, mentions: list[Mention], clause_start: int, at: int
    ) -> list[Mention]:
        """``克林顿26日说，推迟他6月下旬对中国的访问将是…``: the visit 他 or 她 makes is the
        one the sentence names alone before (else the story's last subject)."""
        own = PRONOUNS_VISIT.search(text, clause_start, at)
        if own is None:
            return []
        sentence_start = _clause_start(text, at, "。；;！？")
        named = [
            m for m in mentions if m.type == "Person" and sentence_start <= m.start < own.start()
        ]
        if len({_name(m) for m in named}) == 1:
            return named[:1]
        return [self.last_subject] if not named and self.last_subject is not None else []

    def _clause_pronouns_visit(self, text: str, mentions: list[Mention], at: int) -> list[Mention]:
        """``秦华孙回顾了…。他说，他先后五次出访…``: 他 opening the clause of the visit at ``at``,
        with nothing but how and when before the verb, is the story's last subject (not
        ``她鼓励大家…，欢迎…年轻人访问中国`` nor ``他表示相信通过这次访问…``: another's verb)."""
        # (他先后五次出访…, 此后，他100多次访问中国: the pronoun, maybe after a time, before at)
        pronoun = PRONOUN_OPENING.match(text, _clause_start(text, at, "，,。；;"), at)
        if pronoun is None or not _verb_gap(_gap_to_verb(text, mentions, pronoun.end(), at)):
            return []
        return self._pronoun_subject(text, mentions, at)

    def _visit(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        evidence: Evidence,
        authors: set[Mention],
    ) -> None:
        """``X对法国进行国事访问``, ``正在这里访问的X``: X's visit, one per visitor and story.

        A visit lasts days: it is dated only by a day its own clause gives (将于5日至7日
        对法国进行国事访问), never by the day of the story that mentions it.
        """
        lead = text[max(0, found.start() - 2) : found.start()]
        if found.group() in ARRIVALS and (
            lead == "先期"  # 夏宝龙先期抵达，并到机场迎接: one who came before to greet
            # 习近平乘车抵达总统府前广场时: a moment of a visit
            or AT_THE_TIME.match(text, found.end()) is not None
            # 科恩…抵达北京，开始对中国进行…正式访问: the visit the sentence names after
            or ARRIVAL_THEN_VISIT.search(text, found.end()) is not None
            # 抵达喀山，应…邀请，出席金砖国家领导人第十六次会晤: come to attend, not to visit
            or (
                ARRIVAL_TO_ATTEND.search(text, found.end()) is not None
                and ARRIVAL_TO_SEE.search(text, found.end()) is None
            )
        ):
            return
        same_plane = found.group().startswith(SAME_PLANE)
        if same_plane or (found.group() in ARRIVALS and lead == SAME_PLANE):
            # 蔡奇，…王东峰等陪同人员同机抵达 (同机返回, 同机离开): they came (or leave) with the
            # visitor the story tells of; a story that names no visit has one now, undated
            trip = self._last_in_story(lambda f: f.event_type == "Visit") or self.current
            start = found.start() if same_plane else found.start() - len(SAME_PLANE)
            party = TRAVELLING_PARTY.search(text, 0, start)
            if party is not None:
                start = party.start()  # (戴秉国等陪同人员: the party's word is no verb of theirs)
            travellers = [
                p
                for p in subjects(text, mentions, start)
                if p not in authors and p.type == "Person"
            ]
            if trip is None and travellers:
                anchor = _cue_anchor(found, self.sentence_index)
                trip = self._open(replace(anchor, source="frame"), "Visit", None, "访问", evidence)
            if trip is not None:
                for person in travellers:
                    self.relations.append(Relation("accompanied", person, trip.mention, evidence))
            return
        if text.endswith(("陪同", "随同"), 0, found.start()) and INVERTED.match(text, found.end()):
            return  # (陪同出访的有…: the companions of a trip, read with 陪同)
        on_a_name = _modifies_a_name(text, found.end(), mentions)
        if not on_a_name:
            described, _stop = _closing_particle(text, found.end())
            if described >= 0 and PEOPLE_DESCRIBED.match(text, described):
                return  # 并为来华出席开幕式的外国领导人举行欢迎宴会: visitors it leaves unnamed
        visitors = [
            v
            for v in _visitors(text, mentions, found)
            or _sentence_subject_for_pronoun(text, mentions, found.start())
            or self._clause_pronouns_visit(text, mentions, found.start())
            if v not in authors
        ]
        companions: list[Mention] = []
        clause_start = _clause_start(text, found.start(), "，。；,;：:")
        escort = max(text.rfind(word, clause_start, found.start()) for word in ("陪同", "随同"))
        host = [m for m in mentions if m.type == "Person" and escort < m.start < found.start()]
        if escort >= 0 and host:
            # 陪同克雷库总统访华的…奥绍，…: the names the clause qualifies go with the visitor
            companions, visitors = visitors, host[:1]
            particle = text.find("的", found.end(), clause_end(text, found.end()))
            if particle >= 0:
                companions = _listed(text, mentions, particle + 1, clause_end(text, particle))
            else:
                # 刘澜涛陪同朱德出访苏联, 他…，随同团长朱德同志出访苏联: who goes with the visitor
                companions = subjects(text, mentions, escort) or self._pronoun_subject(
                    text, mentions, escort
                )
        if not visitors:
            visitors = self._pronouns_visit(text, mentions, clause_start, found.start())
        if not visitors:
            visitors = self._addressed_you(text, mentions, found.start()) or []
        if not visitors and text.startswith("并", clause_start) and not companions:
            # …习近平将出席…会议，并应…邀请对两国进行国事访问: the one who goes on from the clause
            # before
            visitors = [p for p in self.sentence_people if p.type == "Person"]
        opener = _opening_person(text, mentions) if not visitors and not companions else None
        if (
            opener is not None
            and VISITED.search(text, opener.end, clause_start) is not None
            and not any(
                m.type == "Person" and opener.end <= m.start < found.start() for m in mentions
            )
        ):
            # 拉马丹是在结束了对突尼斯和阿尔及利亚的访问后，２日晚抵达拉巴特对摩洛哥进行访问的:
            # the visitor the sentence opens with goes on to the next country
            visitors = [opener]
        if not visitors:
            return
        # X将于5日至7日对法国进行国事访问: a day between the visitor and the visit is its own;
        # 去年12月，X对越南进行国事访问: so is the time a clause opens with, when the visit
        # is the first thing it reports.
        # (您2016年对沙特的成功访问, 2013年我曾访问墨西哥: a year or a month right by the
        # visitor is the visit's too)
        day = _day_by_visitor(mentions, visitors[0], found.start())
        opening = next(
            (
                m
                for m in reversed(mentions)
                if m.type == "Date"
                and m.end <= visitors[0].start
                and (
                    text[max(0, m.start - 1) : m.start] in ("", "，", ",", "：", ":")
                    or text[: m.start].endswith(("当地时间", "北京时间"))
                )
            ),
            None,
        )
        opening_end = opening.end if opening is not None else 0
        ranged = RANGE_TO.match(text, opening_end) if opening is not None else None
        if ranged is not None:
            # 去年１１月２５日至２６日，伊朗特使…访巴: a stay of days, dated by its first
            opening_end = next(
                (m.end for m in mentions if m.type == "Date" and m.start == ranged.end()),
                opening_end,
            )
        if (
            day is None
            and opening is not None
            # 同来华进行国事访问的比奥举行会谈: a visit that only describes the guest
            and not text.startswith("的", found.end())
            and opening.value
            and MONTH_OR_DAY.match(opening.value)
            and text[opening_end : opening_end + 1] in ("，", ",")
            and all(  # (乘专机抵达贝尔格莱德，…对塞尔维亚进行国事访问: arriving is visiting)
                cue.group() in ARRIVALS
                for cue in event_cues().pattern.finditer(text, opening.end, found.start())
            )
        ):
            day = opening.value
        # 习近平访问南非（2023-08）: a trip is told apart by where and the month, so the
        # reports of its days are one visit.
        clause_start = _clause_start(text, found.start(), "，。；,;：:")
        # where to: the place after 对/到/赴/来/正在 (来华, 对南非, 正在澳大利亚), not where the
        # host met the visitor (在京会见来华…) nor a summit's name on the way
        places = [
            m
            for m in mentions
            if m.type == "Place"
            and clause_start <= m.start < found.start()
            and (
                (m.start > 0 and text[m.start - 1] in "对到赴来")
                or text[: m.start].endswith("正在")
            )
            # (近12年来伊朗外长首次访问埃及: 年来, 以来 say since when, no coming to a place)
            and not text[: m.start].endswith(SINCE_WORDS_WITH_LAI)
        ]
        # (访问葡萄牙: or the place the verb takes)
        after = found.end() + (text[found.end() : found.end() + 1] == "了")
        places = places or [m for m in mentions if m.type == "Place" and m.start == after]
        if not places and found.group() == TRIP:
            # (中东之行, 西非五国之行: or the place the trip's word follows)
            places = [
                m
                for m in mentions
                if m.type == "Place" and TRIP_TO.fullmatch(text, m.end, found.start())
            ]
        where = canonical("Place", places[-1].text) if places else ""
        if places and FACILITY.search(places[-1].text):
            # 专机抵达莫斯科伏努科沃专机机场: a step of the visit the story tells of the visitor,
            # else of one to the city the airport opens with; 乘车抵达总统府 (王宫办公厅广场), with
            # no such city: a step of the story's ceremony, no visit of its own
            first = _name(visitors[0])
            told = any(name == first for name, _where in self.visits)
            where = "" if told else _place_opening(places[-1].text)
            if not where and not told:
                return
        if found.group().startswith(CAME_TO):
            where = canonical("Place", "中国")  # (来华出席中非合作论坛…: China, whatever follows)
        elif not where and len(found.group()) == 2 and found.group().startswith("访"):
            # 访华, 访美: the country's one-character short form after 访 says where (as the
            # same visit's 对中国进行国事访问 does: one node)
            short = found.group()[1]
            country = "中国" if short == "华" else foreign_country(short)
            where = canonical("Place", country) if country else ""
        if not where and re.search("[对来到]我国", text[clause_start : found.start()]):
            where = canonical("Place", "中国")  # 对我国进行国事访问: China, as 来华 says
        named = next(
            (m for m in mentions if m.type == "Event" and m.start <= found.start() < m.end), None
        )
        anchor = named or _cue_anchor(found, self.sentence_index)
        when = self.sentence_coarse or (self.document.date or "")[:7] or None
        # (来华出席…年会的托卡耶夫、洪森、奥韦尔丘克: each visitor a clause qualifies makes a visit
        # of their own; the members of a delegation, 由A、B组成的代表团, one)
        groups = [[v] for v in visitors] if on_a_name else [visitors]
        trips: list[_Frame] = []  # (the first is the one a companion goes with)
        for group in groups:
            frame, opened = self._visit_frame(_name(group[0]), where, day, anchor, evidence, when)
            if opened and not day and self.sentence_coarse:
                # １９７３年，意大利摄影家焦尔乔·洛迪随团访问中国: the year (or month) that opens
                # the sentence is when the visit was, though no day of it is told
                self._date(frame, self.sentence_coarse, evidence, own=True)
            if opened:
                # A story about the visit goes on with it (陪同人员同机抵达); one about what the
                # visitor does there goes on with that.
                self.current = self.current or frame
            for visitor in group:
                self.relations.append(Relation("participatedIn", visitor, frame.mention, evidence))
            trips.append(frame)
        if found.group() == "来访":
            return  # (阿塔夫首先对钱其琛来访表示热烈欢迎。他说…: the host who welcomes him speaks)
        self.sentence_people = visitors
        # (钱其琛是１５日晚抵达圣马力诺进行访问的。当晚，他同加蒂举行了会谈: 他 is the visitor)
        self.last_subject = next((v for v in visitors if v.type == "Person"), self.last_subject)
        for companion in companions:
            if companion not in authors and companion not in visitors:
                self.relations.append(
                    Relation("accompanied", companion, trips[0].mention, evidence)
                )

    def _trip_to_attend(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        people: list[Mention],
        evidence: Evidence,
    ) -> None:
        """``阿卜杜拉亲王前往德黑兰参加伊斯兰首脑会议``: who goes abroad to attend an event
        visits the country or capital gone to (dated only by a day its own clause gives)."""
        place = next((m for m in mentions if m.type == "Place" and m.end == found.start()), None)
        visitors = [p for p in people if p.type == "Person"]
        if (
            place is None
            or not visitors
            or not text.endswith(GOING_ABROAD, 0, place.start)
            or entity_info("Place", place.text).get("kind") not in ABROAD_KINDS
        ):
            return
        where = canonical("Place", place.text)
        if where == canonical("Place", "中国"):
            return
        anchor = Mention(place.start, place.end, "Event", place.text, sentence=self.sentence_index)
        # (the trip describes the traveller; the story goes on with its own event)
        # (李岚清将于２月１６日至１８日前往俄罗斯参加…会议: the days between the traveller and
        # the going are the trip's)
        day = _day_by_visitor(mentions, visitors[0], found.start()) or self._clause_day(
            text, found.start()
        )
        frame, _opened = self._visit_frame(_name(visitors[0]), where, day, anchor, evidence)
        self._attend(frame, visitors, evidence)

    def _visit_frame(
        self,
        name: str,
        where: str,
        day: str | None,
        anchor: Mention,
        evidence: Evidence,
        when: str | None = None,
    ) -> tuple[_Frame, bool]:
        """The visit of ``name`` to ``where`` the story tells already (此访, 访问期间: its only
        visit when ``where`` is not known), or a new one opened at ``anchor`` (and whether it is
        new); the story's current event stays. A visit lasts days: only ``day``, the one its own
        clause gives, dates it; ``when`` (the story's month or year) labels it."""
        frame = self.visits.get((name, where)) or (
            None if where else next((f for (n, _w), f in self.visits.items() if n == name), None)
        )
        # (a visit lasts days: one of its month is the same, 欧盟代表团…访问 …
        # 欧盟代表团已于２０日晚结束访问离开这里)
        if (
            frame is not None
            and day
            and not _same_time((frame.date or frame.when or "")[:7], day[:7])
        ):
            frame = None  # 再次访问沙特 … 您2016年对沙特的成功访问: another year's is another
        opened = frame is None
        if frame is None:
            current = self.current
            # (a visit a year that opens the sentence dates is of that year; one its own clause
            # dates is labelled so, apart from the story's of the same place)
            frame = self._open(
                replace(anchor, source="frame"),
                "Visit",
                None,
                f"{name}访问{where}",
                evidence,
                when=day or when,
            )
            frame.when = day or when or ""
            self.current = current
            self.visits.setdefault((name, where), frame)
        self._date(frame, day, evidence, own=True)
        return frame, opened

    def _escorted_trip(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        people: list[Mention],
        day: str | None,
        evidence: Evidence,
    ) -> list[Mention]:
        """Whom a 陪同 that opens no frame goes with: ``胡锦涛陪同普京参观了工厂`` (his companions
        are returned for the frame 参观 opens); ``吉马迪先生…陪同中国客人参观了…``,
        ``陪同出访的有吕聪敏、王毅`` (a trip of guests the text does not name: its own frame)."""
        escorted = ESCORTED_ACT.match(text, found.end())
        inverted = INVERTED.match(text, found.end())
        trip: re.Match[str] | None = None
        if escorted is not None:
            if _escorts_someone_to(text, mentions, found):
                return people
            trip = event_cues().pattern.match(text, escorted.start("act"))
        elif inverted is not None:
            trip = event_cues().pattern.search(text, inverted.start(1), inverted.end(1))
        kind = event_cues().of(trip.group()).event_type if trip is not None else ""
        if trip is None or kind not in ("Visit", "Inspection") or not people:
            return []
        anchor = _cue_anchor(trip, self.sentence_index)
        when = self._when(day, trip.start())
        frame = self._open(anchor, kind, when, trip.group(), evidence, bare=True)
        for companion in people:
            self.relations.append(Relation("accompanied", companion, frame.mention, evidence))
        return []

    def _talks_before(
        self,
        text: str,
        found: re.Match[str],
        people: list[Mention],
        day: str | None,
        evidence: Evidence,
    ) -> None:
        """``会谈后，吴仪和卡苏签署了…``: those who act together after talks the story has not
        reported held them with each other."""
        talks = OPENS_AFTER_EVENT.match(text)
        if talks is not None and talks.group(1) not in TALKS:
            talks = None  # (欢迎仪式后，…: after another kind of event)
        persons = list({_name(p): p for p in people if p.type == "Person"}.values())
        if (
            talks is None
            or len(persons) < 2
            or _clause_start(text, found.start(), "，。；,;") != talks.end()
        ):
            return
        met = self._last_in_story(lambda f: f.event_type == "Meeting")
        if met is not None and (met.sides or met.present or met.mention.start != talks.start(1)):
            return  # (the talks the story reported, with their sides)
        story = self.current
        host, guests = persons[0], persons[1:]
        base = _principals([host], guests, talks.group(1), len(text))  # (吴仪同卡苏会谈)
        if met is None:
            when = self._when(day, talks.start())
            met = self._open(
                _cue_anchor(talks, self.sentence_index, 1), "Meeting", when, base, evidence
            )
        else:
            self._rename(met, base)
        met.principal, met.guests = _name(host), 2
        met.sides.extend(persons)
        self._attend(met, persons, evidence)
        for guest in guests:
            self.relations.append(Relation("metWith", host, guest, evidence))
        self.current = story  # (the story goes on with what was done after the talks)

    def _separate_meetings(
        self,
        found: re.Match[str],
        people: list[Mention],
        guests: list[Mention],
        date: str | None,
        evidence: Evidence,
    ) -> None:
        group: list[_Frame] = []
        for guest in guests:
            anchor = _cue_anchor(found, self.sentence_index)
            base = _principals(people, [guest], as_call(found.group()), found.start())
            frame = self._open(anchor, "Meeting", date, base, evidence)
            frame.principal, frame.guests = _first_person(people), 2
            self._attend(frame, [*people, guest], evidence)
            for host in people:
                if host.type == "Person":
                    self.relations.append(Relation("metWith", host, guest, evidence))
            self.by_guest[_name(guest)] = frame
            group.append(frame)
        for frame in group:
            frame.group = group
        self.generic[found.group()] = group[-1]


def _day_by_visitor(mentions: list[Mention], visitor: Mention, at: int) -> str | None:
    """``X将于5日至7日对法国进行国事访问``: a day between the visitor and the visit (``at``) is
    its own; so is a year or a month right before the visitor (您2016年对沙特的成功访问)."""
    return next(
        (
            m.value
            for m in mentions
            if m.type == "Date"
            and m.value
            and (visitor.end <= m.start < at or (m.end == visitor.start and not _is_day(m.value)))
            and (_is_day(m.value) or COARSE_DATE.match(m.value))
        ),
        None,
    )
