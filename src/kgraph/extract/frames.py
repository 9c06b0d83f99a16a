"""Events with roles: who did what, with whom, when and where.

A document (or an item of a page) is read as a sequence of *event frames*. A
frame opens at a trigger, a cue word from ``ontology/event_cues.tsv`` (主持,
出席, 会见, 考察, 陪同, 讲话, 任命, …), and is bound to the event it names:

* an event named after the trigger in its clause (``出席开幕式``, ``主持召开国务院
  常务会议``) or around it (``会议由X主持``, the 会见 of ``X会见Y``);
* otherwise the event the document is already reporting (``B、C出席，D讲话``
  after ``A主持会议``): the current frame;
* otherwise a new event named by the trigger and its principals
  (``李强考察``, ``习近平会见佩特罗``).

The trigger's arguments come from clause structure: the list of (titled) names
before the verb (:func:`kgraph.extract.relations.subjects`), an inverted list
after ``…的有`` (``出席会议的有A、B、C``), ``在X陪同下``, ``由X主持``, the other
side of a meeting (``X会见Y``, ``X同Y会谈``). Each name gets the trigger's role:
``chaired``, ``spokeAt``, ``accompanied`` or ``participatedIn`` (every role is
also a participation; the graph adds that edge). A frame's date is the day the
sentence names (``28日上午``, resolved against the document's date), or the day
the document last named; with none, the event has no date. Appointments and
removals (``任命X为Y``, ``免去X的Y职务``, ``X当选Y``, ``X不再担任Y``) give
``holdsPosition`` with ``since``/``until``, dated like frames but falling back to
the document's date (日前, 近日 report a decision of the day).

Bylines (``记者X报道``, ``X摄``) never take part in anything.

A story is what follows a headline. An event a speaker recalls, or one a sentence looks
back to (``此前``), neither takes the story over nor gets its day; a bare word
(``在座谈会上``, ``主持闭幕会``, ``这次…会议``) refers back to the story's named event. A visit
is one event per visitor, destination and month, dated only by its own clause;
``分别会见A、B`` is a meeting with each. Names the tagger cut or missed are read from
the slots the structure gives them (``任命X为``, ``免去X的``, ``致电X，``, a list of titled
names) before any relation is read (:func:`kgraph.extract.actors.actors_by_role`).

This module reads a document sentence by sentence (:class:`_Reader`); the state it keeps and how
a frame is opened and dated are :mod:`kgraph.extract.frame_state`'s, which event a cue names
:mod:`kgraph.extract.event_binding`'s, appointments and careers :mod:`kgraph.extract.tenures`',
trips :mod:`kgraph.extract.visits`', and the clause-structure readers they share
:mod:`kgraph.extract.frame_slots`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache

from kgraph.extract.actors import (
    MESSAGE_VERBS,
    OBJECT_DECISIONS,
    REPORT_BY,
    _add_person,
    _clause_start,
    _in_a_decision,
    _inside_name,
    _name_shaped,
    _overlaps,
)
from kgraph.extract.cues import (
    CALL_RECEIVED_CUE,
    HONOUR_BEFORE_PASSIVE,
    HONOUR_WON,
    NAMING_VERBS,
    WINNER_NOUN,
    WINNING_VERBS,
    WON_WHEN_AN_HONOUR,
    Cue,
    cues,
    event_cues,
    event_type_of,
)
from kgraph.extract.document_repairs import NOTE_FIRST_STEP, new_paragraph
from kgraph.extract.event_binding import WATCHING, WILL_DO, _EventBinding
from kgraph.extract.events import PRESS_EVENTS
from kgraph.extract.frame_slots import (
    AFTER_EVENT,
    AT_THE_MEETING,
    CAME_TO,
    COARSE_DATE,
    DISPATCH_AFTER,
    DISPATCH_OPENING,
    HOLDING_VERBS,
    INVERTED,
    MAX_LABEL_NAMES,
    OPENS_AFTER_EVENT,
    PHONE_CALLS,
    POSSESSED,
    ROLES,
    SESSION_VERBS,
    SPEECH_ACTS,
    SPEECH_STUDIED,
    STUDY_VERBS,
    TALKS,
    _after_de,
    _after_the_subject,
    _arguments,
    _at_meeting_before,
    _bare_event,
    _bare_word_forms,
    _bylined,
    _comma_after,
    _commemorated,
    _credit_line,
    _cue_anchor,
    _described_attendees,
    _each_speaking_for,
    _elect_title,
    _escorting,
    _first_person,
    _Frame,
    _gathered,
    _held_event,
    _held_within,
    _joined,
    _joiner,
    _led_not_chaired,
    _life_subject,
    _list_before_semicolon,
    _list_items,
    _listed,
    _modifies_a_name,
    _moved_to_take_up,
    _name,
    _name_list,
    _names_a_meeting,
    _names_someone_as,
    _note_opens_at,
    _opening_date,
    _opening_list,
    _opening_person,
    _opens_the_sentence,
    _other_side,
    _partners_after_talks,
    _partners_of_the_carried,
    _people_in,
    _planned_at,
    _principals,
    _pronoun_before_partner,
    _received_by,
    _requested,
    _same_time,
    _says_when,
    _sentence_evidence,
    _sentence_subject_for_pronoun,
    _shifted,
    _speaking_for,
    _speaks,
    _subject_before_about,
    _subject_joined_before,
    _titled_opener,
    _tour_word,
    _unattended,
)
from kgraph.extract.frame_state import (
    AWARD_GIVERS_VERBS,
    COLLECTIVE,
    HONOUR_WORD_END,
    JUST_OVER,
    RANGE_TO,
    SAME_DAY,
    VAGUE_DAYS,
)
from kgraph.extract.headers import SpeechHeader, _headline, _is_day
from kgraph.extract.relations import (
    AT_BARE_CEREMONY,
    ATTENDED_BEFORE,
    CLAUSE_BREAK,
    CONTEST_EVENTS,
    DELIVERED_SPEECH_BEFORE,
    SPEAKER_SOURCE,
    SUBJECT_GAP,
    TOGETHER,
    VERB_GAP,
    a_place_of,
    clause_end,
    stripped_gap,
    subjects,
)
from kgraph.extract.tenures import _TenureReading
from kgraph.extract.visits import _escorts_someone_to, _short_form_opens_a_word, _VisitReading
from kgraph.metadata import ITEM_OPENING, stamp_date
from kgraph.records import Document, EventInfo, Evidence, Mention, Relation, Sentence
from kgraph.text import cn_number, halfwidth

__all__ = ["event_frames"]

SWORN_IN = "宣誓就职"  # one takes up the post his title names

# A date written out in digits or numerals (1985年, 一九八五年, 三月), not a relative one (今年)
WRITTEN_NUMBER = re.compile(r"[0-9０-９〇零○一二三四五六七八九十]")
# 参加会见并讲话, 参加会见并在大会上讲话: what one who attended did next, where the story is
ATTENDED_THEN = re.compile(rf"并(?:{AT_THE_MEETING.pattern}|(?!在)[\u4e00-\u9fff])")
# 出席会议的有, 参加会见的还有, 出席座谈会的党外人士还有: who the list that follows names
# 同姜春云一起, 和总书记一道: the one a group goes with
TOGETHER_WITH = re.compile(r"[同和与跟]([^，,。；;]{1,30}?)一(?:起|同|道)")
# 出席会议并作关于…的报告, 听取了X关于…的汇报: who reported
JOINED_REPORT = re.compile(r"并(?:作|发表)了?[^，,。；;]{2,80}?(?:报告|讲话|发言|说明|汇报|演讲)")
HEARD_FROM = re.compile(r"听取(?:了)?")
# 金泳三总统听取了…的介绍: the one at an event who listens (a title may come first)
LISTENS = re.compile(r"[^，,。；;]{0,4}?听取")
# Before the verb of a clause that names no one: how one went about it (踏雪看望, 专程看望),
# or both sides (访问土耳其，双方签署了…)
MANNER = re.compile(
    r"\s*(?:踏雪|冒雪|冒雨|顶风|连夜|专程|特意|特地|驱车|乘车|步行|徒步|一路|随即|接着|又|再|双方)"
)
# Events at which those who speak are the event: 新闻发布会, 记者会, 吹风会
PRESS_BRIEFING = re.compile(r"(?:发布会|记者会|记者招待会|吹风会|通气会)")
BRIEFED_ON = re.compile(r"(?:从|就|围绕)[^。；;]{1,60}?(?:方面|角度|问题)[，,]?介绍")
# The writer of a story as who went somewhere (我们来到…, 笔者走进…, 记者一行赶到…)
NARRATOR = re.compile(r"(?:我们|笔者|记者)(?:一行)?[^，,。；;：:]{0,12}")
# 来到侯祥麟院士的家, 来到…张秉贵家中看望: a visit to someone's home
HOME_VISIT = re.compile(
    r"(?P<verb>来到|走进|前往|赶到|到)(?P<home>[^，,。；;]{2,40}?)(?:的)?家(?:中|里)?(?![属乡园具电庭禽])"
)
# 梁坤奠来到了永兴岛, 杨拯陆来到新疆, 赵忠惠则赶回吕梁, 罗斯自６日重返中东: a named person's
# trip to a named place (回到家乡宜昌县…: the place may be called home first)
TRIP_TO_PLACE = re.compile(
    # (not 调赴延安中央工作: moved to a post there)
    r"(?P<verb>来到|回到|赶到|赶去|赶回|赶赴|奔赴|前往|重返|远赴|飞往|飞赴|(?<!调)赴)了?"
    r"(?:家乡|故乡|老家|祖国)?"
)
# 到了西沙后, 回到单位后, 来到北京的时候: a trip told as the time of what follows, not its own act
TRIP_AS_TIME = re.compile(
    r"[^，,。；;！？]*?(?:后|时|以后|之后|之际|期间|的时候|那天|那年|不久)(?:[，,。；;！？]|$)"
)
REMAINS = re.compile(r"遗体|骨灰|灵柩")
TRAVELLER_BEFORE = re.compile(r"[他她]")  # (春节，他揣着…，回到家乡…: who travels, told first)
# …在张丁华的陪同下，首先来到…时传祥家里: the escort's clause, then the visit's
ESCORTED_THEN = re.compile(r"[，,](?:首先|先后|随后|又|还|一起|一同|专程)*")
# 作了题为《…》的讲座: a talk named by its title
TITLED_TALK = re.compile(
    r"[作做]了?(?:题为|主题为)?(?:《[^》]{1,80}》|“[^”]{1,80}”|『[^』]{1,80}』|「[^」]{1,80}」)的"
    r"(?:重要|主旨|专题|学术)?(?:讲座|报告|讲话|演讲|发言|辅导报告|宣讲报告)"
)
# 来到他所在的山东代表团，同代表们一起审议…: a deliberation of one's delegation, joined
DELEGATION_SESSION = re.compile(
    r"来到(?:他|她)?所在的(?P<group>[^，,。；;]{2,24}?(?:代表团|小组|界别))[，,]?"
    r"(?:(?:同|与|和)(?:代表|委员)们一起)?(?:参加)?(?P<verb>审议|讨论)"
)
# How a sentence ends whose list goes on in the next: a semicolon, or a cut the segmenter
# made in a very long list (、 or a comma)
LIST_GOES_ON = ("；", ";", "、", "，", ",")
# 又有一些国家领导人陆续通过致电致函等方式，热烈祝贺…: messages of many, named one by one after
COLLECTIVE_MESSAGE = re.compile(
    r"(?P<who>(?:国家|政党|外国|各国|多国|国际)?(?:领导人|政要|元首|政党领导人))"
    r"[^。；;]{0,24}?(?:致电|致函|致信|贺电|贺信|唁电|来电|来函)[^。；;]{0,24}?"
    r"(?P<verb>祝贺|慰问|吊唁|哀悼|致哀)"
)
# 向国家主席江泽民发来慰问电（函）的有：A、B…: the senders, listed after the message
SENDERS_LISTED = re.compile(
    r"发来(?P<verb>(?:贺电|慰问电|唁电|贺信|贺函|慰问信|贺电或贺函|贺电贺函))(?:（函）)?"
    r"的(?:还|主要)?有[：:]"
)
# 在遵义会议上，他…: the comma after 在…上, and a 他 that opens the next clause
PERSON_AFTER_AT = re.compile(r"[，,]?([他她](?![们的]))?")  # (会见时胡锦涛说: no comma)
# Between two names of a list: a form of address, a caption's place, then the joiner
LISTED_NEXT = re.compile(r"(?:同志|先生|女士)?(?:[（(][^）)]{1,6}[）)])?[和、及与]")
# The verb a conference's name opens with (加强…座谈会, 深入推进…座谈会), its span without it
NAME_LEAD = re.compile(
    r"(?:深入|全面|进一步|大力|持续)?(?:加强|推进|推动|促进|实施|贯彻|落实|做好)"
)
# 通过互访、会晤、通话、函电等方式: the ways two sides keep in touch, listed
MEANS_BEFORE = re.compile(r"通过[^，,。；;]{0,20}$")
MEANS_AFTER = re.compile(r"[^，,。；;]{0,20}?(?:方式|形式|渠道)")
BARE_TALKS = ("会见", "会谈", "会晤", "晤谈")  # talks named by their word alone
WITH_WHOM = re.compile(r"[同与跟][^，,。；;]{1,30}?的")  # 在同…总理的会见中
# 会见总理先生, 会见总统阁下: a guest addressed by title alone, as a speaker does
ADDRESSED_TITLE = r"[\u4e00-\u9fff]{1,3}?(?:先生|阁下|女士)"
ADDRESSED_GUEST = re.compile(rf"了?{ADDRESSED_TITLE}(?![\u4e00-\u9fff])")
# 同首相先生在旧金山举行会晤: the other side addressed after 同, whatever follows
ADDRESSED_AFTER_JOINER = re.compile(ADDRESSED_TITLE)
# 在一个公布…调查的记者招待会上: one event of its kind, told by what it did
SPOKEN_OF = re.compile(r"谈到|谈及|谈起|提到|提及|说到|论及")  # 在谈到…时: the topic
QUOTED_NAME = re.compile(r"“[^“”，,。；;]{2,40}”")
QUOTED_EVENT_LEAD = re.compile(r"[^，,。；;：:“”《》]{0,20}[“\"]")  # 在第十届高交会“…”上
ONE_EVENT_THAT = re.compile(r"(?:一个|一次|一场)[^，,。；;]{2,24}的")
THIS_EVENT = re.compile(r"这次|此次|本次|这届|本届|这场|本场")
CAPTION = "图为"
# 塔利班方面首席代表, 法国信息专家: a title the tables lack, before the name it titles (or the
# side whose post, stripped, it is: 塔利班方面|首席代表)
UNLISTED_TITLE = re.compile(
    r"(?:[^，,。；;、和与在]{0,10}?(?:代表|负责人|发言人|官员|专家|学者|方面))?"
)
ANNIVERSARY_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十百]+周年")  # 签署二十周年
# 传达…和李强总理批示要求, 按照…批示要求: an instruction passed on or followed, before its giver
INSTRUCTION_FOLLOWED = re.compile(rf"{STUDY_VERBS}|按照|根据|遵照|依照")
ANNIVERSARY_IN_CLAUSE = re.compile(r"[^，,。；;：:]*?" + ANNIVERSARY_AFTER.pattern)


def _instruction_as_a_noun(text: str, found: re.Match[str]) -> bool:
    """A bare 批示 that names an instruction rather than tells of one given: opening its clause
    (``批示指出：…``), after 指示 (``重要指示批示``), after a verb that follows or passes it on
    in its clause (``按照李强总理批示要求``), or in an anniversary (``今年是毛泽东同志批示学习
    推广“枫桥经验”60周年``)."""
    clause = _clause_start(text, found.start(), "，,。；;：:")
    return (
        found.start() == clause
        or text.endswith("指示", 0, found.start())
        or INSTRUCTION_FOLLOWED.search(text, clause, found.start()) is not None
        or ANNIVERSARY_IN_CLAUSE.match(text, found.end()) is not None
    )


# 大会选举布伦特兰女士为…总干事, 议长已于６日选举产生: whom a vote makes what
VOTED_INTO = re.compile(r"[^，,。；;]{0,40}?为|产生")
# 在两河口召开的中央政治局会议上, 在今天上午开幕的…特别会议上: a place or time and a holding
# verb between 在 and the event
HELD_AT = re.compile(
    r"[^，,。；;：:]{1,20}?(?:召开|举行|举办|开幕)的(?:联合|首次|例行|专门|第[0-9０-９一二三四五六七八九十]+次)?"
    r"(?:一次|一场|一个)?"  # (在离京前举行的一次记者招待会上说)
)
# 在联合国总部的例行吹风会上: an event qualified by what comes before 的
# (not a time alone: 在今年的全国两会上，X将…: a session to come)
OF_EVENT = re.compile(
    r"(?!(?:今|明|去|前|后|每|历)年的|本届的|下届的)[^，,。；;：:“”《》]{1,40}的"
    r"(?:例行|定期|首次|专门|联合|年度|新年)?"
)
# 他在中共六大作军事报告: a report made at the event
REPORT_AT = re.compile(r"(?:作|发表)了?[^，,。；;]{0,20}?(?:报告|讲话|发言|演讲|演说|致辞|贺词)")
CLAUSE_PRONOUN = re.compile(r"^[他她](?![们的])")  # 他 opening a clause: its subject
# 当选的１０名运动员是：…: those elected, listed after the colon
ELECTED_LIST = re.compile(r"的[^，,。；;：:为]{0,12}?(?:是|有)[：:]")
# 听取宁夏回族自治区党委和政府工作汇报: a briefing, a meeting of its own during a visit
HEARD_REPORT = re.compile(r"[^，,。；;：:]{0,40}?汇报(?!会)")
# 在中共十五大报告中重申: the report one made at a congress (工作报告, 政府工作报告 too)
AT_EVENT_REPORT = re.compile(r"(?:所作的|作的|的)?(?:[^，,。；;]{0,4}报告|讲话|致辞)(?:中|里)")
REPORTED = re.compile(r"(?:汇报|报告|说明|介绍)")
# 多吉才让代表全国双拥工作领导小组作了…总结, 周子玉…对１９９８年全国双拥工作作了部署: for whom
# and on what, between the one who reported and the report
REPORT_GAP = re.compile(r"(?:同志)?(?:代表[^，,。；;、]{1,20}?)?(?:[对就][^，,。；;]{1,40}?)?")
BOTH_SIDES = re.compile(r"两国(?:元首|领导人|总理|总统|首相|外长)|两位领导人|双方")
# 在协议上签字: the agreement one signs (not 在…纪念首日封上签字, a keepsake)
SIGNED_ON = re.compile(
    r"在[^，,。；;]{0,16}?(?:协议|协定|条约|合同|文件|公报|声明|备忘录|议定书|纪要|宣言|公约)"
    r"(?:文本)?上(?:分别)?$"
)
# 希望小学, 希望工程: a school or a fund named by hope, no one saying he hopes
NAMED_HOPE = re.compile(r"希望(?:小学|中学|工程|之星)")
PAST_MARKER = re.compile(r"(?:此前|之前|早前|前不久|不久前|日前|近日|近期|此外|另据)")
# 今年以来，…; 今年全国两会期间，…: a sentence that opens with a span of time tells of no one
# day (not 会谈期间，…: the span of one meeting is its day)
OPENING_SPAN = re.compile(r"[^，,。：:；;]{2,24}?(?<!会见|会谈|会晤|通话|会面)(?:期间|以来)[，,]")
# 以习近平同志为核心的党中央: the general secretary, by the core of the centre
CORE_OF_THE_CENTRE = re.compile(r"同志为核心的党中央")
ORDER_SIGNED = re.compile(r"签署[^，。；]{0,40}?(?:主席令|国务院令|命令|令)")
PROMULGATED = re.compile(r"(?:现予|予以)(?:公布|发布|颁布)")
ORDER_PUBLISHES = re.compile(r"[，, ]?(?:公布|发布|颁布)(?:了)?(?:修订后的|新修订的)?")
# 聘任, 委任, 新任, 专任教师, 责任编辑, 时任 (the post then held, a title): not X任Y
REN_OF_WORDS = ("聘", "委", "新", "专", "责", "时", "主")  # (主任会计师: 主任, a title)
# 新一任行政长官, 第六任总统, 第31任总理, 两任厅长: the terms of a post counted (not the date of
# a career's line, 2008.3-2009.8任…)
COUNTED_TERM = re.compile(r"(?:第[0-9０-９]+|[一二三四五六七八九十两几])$")
INVITED_BY = re.compile(r"应[^，,。；;应]{0,30}$")  # 习近平应…萨勒曼邀请: who invited
# (元旦: a day of the calendar too, relative to no one's today)
NAMED_DAY = re.compile(r"[0-9０-９〇一二三四五六七八九十]+[日号]|元旦")


def _relative_days_moved(
    dated: list[Mention],
    days: list[str],
    told_on: str | None,
    to: str,
    moves: Callable[[Mention], bool] = lambda _m: True,
) -> list[str]:
    """``days``, the values of ``dated``, with those of a word relative to the day the text is
    told on (今天, 昨天; not 15日, not 当天) moved from ``told_on`` to ``to`` where ``moves``."""
    return [
        _shifted(value, told_on, to)
        if moves(m) and not NAMED_DAY.search(m.text) and not m.text.startswith(SAME_DAY)
        else value
        for m, value in zip(dated, days)
    ]


# 在讲话中, 在致辞中, 在座谈中: what one says in a speech made at the story's event
IN_THE_SPEECH = re.compile(
    r"在(?:一次|这次|此次)?(?:座谈|讲话|致辞|致词|发言|报告|演讲|演说|主旨演讲|主旨讲话|书面致辞"
    # (陈棣在答词中说: a reply to a welcome, a toast)
    r"|祝酒词|祝酒辞|答词|答谢词|欢迎词)中"
)
STUDIED = re.compile(r"学习|贯彻|传达|领会")  # a speech studied, not made at the story's event
# … but a class or a meeting may be named by what it studies (学习贯彻党的二十大精神研讨班)
STUDY_NAME = re.compile(r"(?:深入)?学习(?:宣传)?贯彻[^，,。；;]{2,30}?精神")
SPOKEN_AT = frozenset(  # the kinds of event one speaks at
    {"Conference", "Ceremony", "Award", "Other"}
)
MESSAGE_SENT = re.compile("|".join(MESSAGE_VERBS))  # 习近平致电…: a message sent to someone
# The honour a place in a vote or a final wins, told in the clause after it (名列第一，当选金球奖)
HONOUR_OF_THE_RANK = re.compile(r"[，,](?:并|从而|因而|因此)?(?:当选|荣获|获得|荣膺|获)")
# 在X的陪同下，首先来到…: those escorted go to a site (no verb of a kind of event)
ESCORTED_ARRIVAL = re.compile(
    r"陪同下[，,]?(?:首先|先后|又|还|随后|冒雨|冒雪|专程|驱车|一起)*"
    r"(?P<verb>来到|前往|走进|深入|赶到)"
)
TOWARD_SIDE = re.compile(r"(?:还|也|首先)?[向同与跟]")  # 内塔尼亚胡向|克林顿面陈
TALKS_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,8}")  # 美以首脑, 两国元首, 今天上午的
SPEECH_AT_EVENT = re.compile(
    r"(?:闭幕前|闭幕时|开幕时|开幕前|上)?的[^，,。；;]{0,4}?(?:讲话|发言|报告|致辞)中[，,]?"
)
NAMED_TO = re.compile("为")  # X为Y: named to a post
ELECTION_WORDS = re.compile(r"选举产生|选举出|选出|推选出|推选产生")  # a story that elected
PLENUM = re.compile(r"全会|全体会议")
MEETING_OPENS = re.compile(r"\s*在?(?:会上|会议上|座谈会上)[，,]")

# a clause on the other side, opening right after 同/与 (与前来参加…的X会晤)
DESCRIBED_AFTER_JOINER = re.compile(r"[同与跟](?:专程)?(?:前来|来华|来京|赴华)?$")
SPEECH_GIVEN_BEFORE = re.compile(r"(?:登台|上台|[作做]了?)$")  # 就…议题登台演讲
SYMPATHY_BEFORE = re.compile(r"(?:表示|致以|转达)[^，,。；;]{0,8}$")
# … and sympathy someone else sent (转达习近平总书记等中央领导同志的深切慰问, 感谢中方的同情和慰问):
# words of theirs, no visit and nobody there
SYMPATHY_OF_OTHERS = re.compile(r"的(?:深切|亲切|诚挚|衷心|真诚|热情|[\u4e00-\u9fff]{2}[和、])?$")
SYMPATHY_SENT = re.compile(r"(?:表示|致以)[^，,。；;]{0,8}$")
# An address only where the text says it was delivered: 发表了二〇二四年新年贺词
PUBLISHED_ADDRESSES = frozenset({"新年贺词", "新年献词"})
PUBLISHED = re.compile(r"发表了?(?:[〇零一二三四五六七八九0-9０-９]{4}年)?$")
PAST_SPEECH = re.compile(r"的(?:重要|主旨|书面)?(?:讲话|致辞|演讲|报告)")
# The words 于 ends that say no time of a clause's verb (关于, 对于, 由于, 成立于, 始于, 生于…)
NOT_WHEN_YU = frozenset("关对由等至属在基鉴立建始生办业创终")
# What a sentence that goes on with the story's subject may open with before its verb
# (a life's clauses take SUBJECTLESS_CLAUSE's words of time, 同年, 曾, which a story's do not)
_NEXT_STEP = "随后|接着|此后|又|还|并|同时"
SUBJECTLESS_OPENING = re.compile(f"(?:{_NEXT_STEP})+")
# A sentence that opens with where it happens and goes on with the story's subject
WHERE_OPENING = re.compile(f"(?:{_NEXT_STEP})*在[^，,。；;：:在]{{1,16}}")
# A career note's opening: 丁昀先生，| 张焱：男，… | 魏立军先生，中国国籍，大专学历，
PROFILE_AFTER_NAME = re.compile(
    # (张凯先生曾任…, 胡三忠先生自2006年至今…: a note's first step, told at once)
    rf"(?:先生|女士)(?:[，：:,]|(?={NOTE_FIRST_STEP}))|[男女][，,]"
    r"|[，：:,]\s*(?:$|男|女|汉族|中国国籍|中国籍"
    r"|[0-9〇一二]{4}年(?:[0-9一二三四五六七八九十]{1,2}月)?(?:出生|生)"
    # 王兆庆，硕士研究生学历，| 郑扬宏男，51岁，| 姚桂清，高级经济师，: schooling, age, party or a
    # professional grade first, as only a note about the person opens
    r"|(?:出)?生于|曾用名|中共党员|[0-9]{2}周?岁[，,]"
    r"|[\u4e00-\u9fff]{0,6}(?:学历|学位|文化程度|文化|硕士|博士|研究生|本科|大专|中专)[，,。、]"
    r"|(?:正高级|高级|副)?(?:经济师|工程师|会计师|审计师|统计师|政工师|农艺师|教授|研究员)[，,。、])"
)
# A line of a career note that opens with what the person holds or held (现任…, 曾任…)
NOTE_STEP_OPENING = re.compile(r"\s*(?:现任|现为|曾任|历任|先后任|兼任|现兼任)")
# A step of a life a date is the time of: 1983年12月参加工作, 1964年出生, 1985年毕业于…
LIFE_STEP_AFTER = re.compile(r"(?:参加工作|参加革命|出生|生(?=[，,。；;\s]|于)|毕业|入党|入伍)")
# Whom a ceremony is for: the one it sees off or welcomes, the one given an honour
SEEN_OFF = re.compile(r"为([^，,。；;]{1,40}?)(?:送行|饯行|接风|洗尘|祝寿|庆功)")
HONOURED = re.compile(r"向([^，,。；;]{1,40}?)(?:颁发|颁授|授予|佩戴)")
ALL_ABOVE = re.compile(r"(?:了)?上述(?:各项)?活动")  # (上述会见: the one just reported)
THEY_ARE = re.compile(r"(?:他们|她们|获奖者|获奖人员)(?:分别)?是[：:]")
CUE_IN_A_NOUN = re.compile(
    # (not 任团委书记, 任组长: the post after the verb)
    # (向…南极考察队员祝贺新春: an expedition's members, not 看望队员 who are visited)
    r"(?:单位|人数|名单|范围|对象|任务|团(?![拜结委中市省县区支干长])|组(?![织长])|(?<=考察)队"
    # (主持公道、捍卫正义: to uphold justice, no meeting chaired)
    r"|(?<=主持)(?:公道|正义))"
)
WINNING_CUES = frozenset((*WINNING_VERBS, "获奖"))
# What a win names before the 的 of the one who won (获得亚军的田亮, 获得金牌的…, 获奖的…)
HONOUR_THEN_WINNER = re.compile(
    r"了?(?:[^，,。；;：:！？的]{0,30}?(?:奖|奖项|奖杯|奖牌|金牌|银牌|铜牌|冠军|亚军|季军|称号))?的"
)
# A win told as a laurel held: when it was won (曾, 刚刚, 今年, １９８７年), or often
LAUREL = re.compile(r"曾|刚|已|先后|多次|屡|历届|年")
# 讲话的精神, 讲话的鼓舞: the speech a noun names (not 讲话的时候, 讲话时: while speaking)
SPEECH_AS_A_NOUN = re.compile(r"的(?!时)")
TOPIC_HELD = re.compile(r"就在[^，,。；;]{0,20}$")  # 就在伦敦举行的…会晤发表了评论: about it
# …工作会议今天在天津结束: a named event that ended (a verb no cue reads: 结束对…的访问 is
# the visit's)
ENDED = re.compile(
    r"(?:今天|昨天|[0-9０-９一二三四五六七八九十]+日)?(?:上午|下午|晚上?)?"
    r"(?:在[^，,。；;]{1,12}?)?(?:胜利|圆满|顺利)?(?:结束|落幕)(?!后|之后|时|以来|了)"
)
SESSION_PART_AFTER = re.compile(r"的?(?:开幕会|闭幕会|开幕式|闭幕式|全体会议)(?=[上中时])")
# 座谈交流时，…; 会见中，…; 在同…会见后，…: a clause of time that ends before its subject
TIME_CLAUSE_END = re.compile(r"(?:交流)?(?:时|期间|中|后)[，,]")
# 在考察上海安达棉纺织厂企业调整的情况时，乔石…: the cue right after 在, its object, then 时
OBJECT_TIME_CLAUSE_END = re.compile(r"[^，,。；;“”]{1,30}?(?:时|期间)[，,]")
# … or 后 (在听取汇报后，宋健说), read only before the story has an event of its own
OBJECT_AFTER_CLAUSE_END = re.compile(r"[^，,。；;“”]{1,30}?后[，,]")
# 在石化企业考察时: a kind of site, where one of them was toured
TOURED_SITE = re.compile(
    r"(?:企业|公司|工厂|车间|村|社区|学校|大学|医院|园区|基地|码头|港口|车站|博物馆|纪念馆|实验室)$"
)
# What may open a sentence before its clause of time: when, and where (7月，在江苏考察期间)
# (在世界文化遗产云冈石窟考察时: where, described)
TIME_CLAUSE_OPENING = re.compile(
    # (与马特维延科、沃洛金分别会谈时，赵乐际说: the other side opens it)
    r"^(?:[^，,。；;]{0,12}[年月日])?[，,]?\s*(?:在?[同与][^，,。；;：:]{0,16}|在[^，,。；;：:]{0,16})?$"
)
# 在全会上的重要讲话: a speech named by where it was made, a bare word for an event named before
NAMED_SPEECH = re.compile(r"在([^，,。；;：:在的]{1,10}?)上的(?:重要|主旨|书面|视频)?$")
AT_BARE_WORD = re.compile(r"在(全会|大会|开幕式|闭幕式|开幕会|闭幕会)上")
SAID_WHILE = "说|表示|指出|强调|发言|讲话"  # what one says at the time of an event (…时说)
TIME_OF_SPEECH = re.compile(rf"[^，,。；;]{{0,6}}?时(?:提出|{SAID_WHILE})")
# (…主持召开新时代推动中部地区崛起座谈会时强调: a 时 inside the name)
SPOKE_WHILE = re.compile(rf"了?[^，,。；;]{{2,24}}?时(?:{SAID_WHILE})")
# 贯彻…主持召开…座谈会时的重要讲话: the speech made at the event the clause names
SPEECH_MADE_WHILE = re.compile(r"了?[^，,。；;]{2,24}?时的(?:重要)?讲话")
BRIEFED_AT = re.compile(
    rf"了?[^，,。；;]{{0,12}}?(?:{'|'.join(PRESS_EVENTS)})[，,]?(?:{SAID_WHILE}|宣布|介绍)"
)
# 学习贯彻习近平总书记近期重要讲话精神, …关于新时代推动西部大开发的重要讲话精神, …对首都规划建设
# 重要讲话精神: a speech studied, named by its speaker and what it was about (its words after
# the name; a verb of study right before it)
SPEECH_OF_SPEAKER = re.compile(
    r"(?:总书记|主席|总理|委员长|同志)?的?(?:近期|最近|近来|系列|一系列)?"
    r"(?:(?:关于|对|就)[^，,。；;：:“”《》在]{1,40}?(?:的|作出的)?)?(?P<speech>(?:重要)?讲话)"
)
# 接受记者采访时, 接受本报专访: an interview given, not a speech to the event it is given at
INTERVIEWED = re.compile(r"接受了?[^，,。；;]{0,16}?(?:采访|专访)")
# 会议一月七日至九日在北京召开，: a conference held, the rest of its clause
HELD_AS_SUBJECT = re.compile(r"[^，,。；;“”]{0,30}?(?:召开|举行|开幕)[，,]")
# 武汉市国土房产局举行新闻发布会，…中心主任冷山德说，: a conference a body holds, then the
# clause of one who speaks there (说，, 介绍，, 严厉批评了…, 号召…)
CONFERENCE_HELD = re.compile(r"(?:举行|召开)了?[^，,。；;]{0,30}?(?:会议?|坛)[，,]")
SPOKE_THERE = re.compile(
    r"(?:严厉|郑重|再次|也|还|首先)?(?:(?:说|表示|指出|强调|介绍|通报|透露|宣布)说?[，,：:]"
    r"|批评|号召|呼吁|要求|介绍了|通报了|宣布了)"
)


AWARD_CUE = Cue("participatedIn", "Award")
# What one watches, named by its title alone (毛泽东主席观看《霓虹灯下的哨兵》后…, 观看了《红嫂》):
# a play or a film, seen on an occasion of its own, not the story's meeting that talks of it
WORK_WATCHED = re.compile(r"了?《")
WATCHED_WORK_CUE = Cue("participatedIn", "Other")
# Medals of one clause, counted (夺得…４枚金牌, 获得…三块银牌): one race, one medal, one award
MEDALS = re.compile(r"([0-9０-９两二三四五六七八九十]{1,2})[枚块](?:金|银|铜|奖)牌")
# Honours won one after the other (先后荣获…, 曾荣获…, 多次获得…): each its own conferral; not
# 分别获得A和B, each of two people one of them
AT_SEVERAL_TIMES = re.compile(r"先后|曾经?|多次|相继")
INTERVIEW_BEFORE = re.compile(r"接受[^，,。；;]{0,12}$")  # 接受媒体访问: questions answered
VISITING_NOUNS = ("学者", "教授", "研究员")  # 访问学者: one who visits to work there
MAX_HONOURS = 12  # (a longer list is a roll of honour, not one person's prizes)
# 获得各种荣誉称号：…, 荣获多项奖励: …: honours the colon after them lists
HONOURS_LISTED = re.compile(
    r"了?(?P<many>各种|各类|多项|多种|一系列|诸多|许多|以下|如下)?"
    r"[^，,。；;：:]{0,8}?(?:荣誉称号|称号|荣誉|奖项|奖励)[：:]"
)
HONOURS_LIST_END = re.compile(r"等(?=[，,。；;]|$)|[。；;]")
SYMPATHY_CUE = Cue("participatedIn", "Other")
# 当 after a move, before a post (调到邵阳市当市长): the post taken up (not 当时, 当地: no post
# follows them)
TAKEN_UP = re.compile("当")
TAKEN_UP_CUE = Cue("appoint", "Appointment")
# 何长工１９５２年８月调入地质部, 石学海调到大连电视台: moved to another body (not 上调到, 下调至: a
# figure raised or cut)
TRANSFERRED = re.compile(r"(?<![上下])调(?:入|到|进|往|至)了?")
# What one is elected to that is an honour: a title in quotes, 2022年“大国工匠年度人物”
HONOUR = re.compile(r"为?(?:[0-9０-９〇零一二三四五六七八九]{4}年度?)?(?:全国|年度)?[“\"]")
# … or named as one, an award (金球奖) or the best of a contest (本届世锦赛最佳运动员, 十佳)
HONOUR_NAMED = re.compile(
    r"为?[^，,。；;、“”]{0,12}?(?:[^，,。；;、“”]奖|(?:最佳|十佳)[\u4e00-\u9fff]{1,6})(?=[，,。；;]|$)"
)


EVENTS_AS_THINGS = ("这两件", "这几件", "这件", "这一件", "这三件")  # 召开这两件大事: a thing


def _addressed(text: str, mentions: list[Mention]) -> Mention | None:
    """Whom a message the sentence sends is to: the first person of the clause after the verb
    (习近平致电凯斯·赛义德, 习近平致电乌兹别克斯坦总统米尔济约耶夫)."""
    sent = MESSAGE_SENT.search(text)
    if sent is None:
        return None
    stop = clause_end(text, sent.end())
    return next((m for m in mentions if m.type == "Person" and sent.end() <= m.start < stop), None)


def _winner_named_after(text: str, mentions: list[Mention], found: re.Match[str]) -> Mention | None:
    """The person named right after a win and its 的 (决赛时，…获得亚军的田亮: he won the silver
    there); not one a laurel won before describes (获１９８７年一等奖的叶明强, 刚刚获得世锦赛冠军的
    张家齐, 今年获奖的冯康: an honour held, or the story's award told again)."""
    honour = HONOUR_THEN_WINNER.match(text, found.end())
    if honour is None:
        return None
    if LAUREL.search(text, _clause_start(text, found.start(), "，,。；;：:"), honour.end()):
        return None
    return next((m for m in mentions if m.type == "Person" and m.start == honour.end()), None)


def _called(text: str, mentions: list[Mention], at: int) -> bool:
    """Whether a call made at ``at`` names whom it is made to (叶利钦还给…久加诺夫打了电话)."""
    to = _joiner(text, at)
    return to >= 0 and any(m.type == "Person" and to < m.start < at for m in mentions)


def _speech_made_at(text: str, found: re.Match[str], frame: _Frame, sentence: int) -> bool:
    """``主持召开…座谈会时的重要讲话``: the speech made at the event named right after the cue
    (not at the story's event: ``听取…汇报时的重要讲话`` was made where the report was heard)."""
    speech = SPEECH_MADE_WHILE.match(text, found.end())
    named = frame.mention.sentence == sentence
    return speech is not None and named and found.end() <= frame.mention.start < speech.end()


def _listed_after(
    text: str, mentions: list[Mention], people: list[Mention], authors: set[Mention]
) -> list[Mention]:
    """``在…大会上，刘澜涛同志（左一）和薄一波同志（中）在一起``: the names a list joins to the
    last of ``people`` (a form of address and a caption's place between)."""
    listed: list[Mention] = []
    last = people[-1] if people else None
    for m in sorted(mentions, key=lambda m: m.start):
        if last is None or m.start < last.end or m.type != "Person" or m in authors:
            continue
        if LISTED_NEXT.fullmatch(text, last.end, m.start) is None or text.startswith("的", m.end):
            break  # (…胡花蕊和孔繁森的妻子王庆芝: whose wife, not one more there)
        listed.append(m)
        last = m
    return listed


def _after_a_meeting_word(text: str, at: int) -> bool:
    """``分别同…会面交谈``, ``会见并交谈``: 交谈 at ``at`` goes on from the meeting just named,
    no other one."""
    return text[:at].rstrip("并、和").endswith(_meeting_words())


@cache
def _meeting_words() -> tuple[str, ...]:
    """The cue words of a meeting (会见, 会面, 会谈…), read once."""
    return tuple(word for word, cue in event_cues().by_word.items() if cue.role == "meet")


class _Reader(_EventBinding, _TenureReading, _VisitReading):
    """Reads one document's frames: sentence by sentence, each cue's event and roles.

    The state it keeps and the moves every reading makes are :class:`_ReaderState`'s; which
    event a cue names is :class:`_EventBinding`'s; appointments and careers are
    :class:`_TenureReading`'s, trips :class:`_VisitReading`'s.
    """

    def _those_there(
        self,
        frame: _Frame,
        text: str,
        mentions: list[Mention],
        at: int,
        roles: tuple[str, ...],
        evidence: Evidence,
        authors: set[Mention],
    ) -> None:
        """The persons whose verb starts at ``at`` were at ``frame``, in ``roles``."""
        for person in subjects(text, mentions, at):
            if person.type == "Person" and person not in authors:
                for role in roles:
                    self.relations.append(Relation(role, person, frame.mention, evidence))

    # -- reading

    def read(self) -> tuple[list[Relation], list[EventInfo]]:
        in_headlines = False  # the sentence before was a headline's line
        for position, (sentence, mentions) in enumerate(zip(self.sentences, self.per_sentence)):
            if stamp_date(sentence.text) or _credit_line(sentence.text, mentions):
                # 发布时间：2024年05月26日 under a page's headline, （新华社记者樊如钧摄） under a
                # photo: neither a new story nor the day or the people of what it tells
                continue
            # (…先生，…。\n现任本公司董事、副总经理: a career note's last line, its stop left off)
            headline = _headline(self.document, sentence) and not (
                self.profile is not None and NOTE_STEP_OPENING.match(sentence.text)
            )
            self.in_headline = headline
            # (全国政协举行新年茶话会欢聚一堂… / 江泽民作重要讲话李鹏乔石…出席: the lines of
            # one headline, one story)
            new_story = (headline and not in_headlines) or (
                # (东亚经济传真: …新华社雅加达１月２１日电…苏哈托总统主持下举行首次会议…。据新华社
                # 华盛顿１月２１日电（记者翟景升）美国财政部长罗伯特·鲁宾…发表讲话: a dispatch's
                # dateline opening a paragraph after a story's body starts another story)
                not headline
                and not in_headlines
                and new_paragraph(self.document, self.sentences, position)
                and DISPATCH_OPENING.match(sentence.text) is not None
            )
            in_headlines = headline
            if new_story:
                # A page of several stories: a headline (or a dispatch, above) starts another.
                self._speeches_studied()
                self.last_day, self.current, self.generic = None, None, {}
                self.filed, self.story_ranged = None, False
                self.story_start = len(self.frames)
                self.elected_in_story = False
                self.story_carried = False
                self.last_subject = self.him = self.named_here = self.sanctioned = None
                self.addressee = None
                self.resumed = None
                self.story_after = ""
                if _opening_date(sentence.text, mentions) is None:
                    self.profile = None  # (2008.03—2013.03 国务院副总理: a note's line, no story)
            if self.resumed is not None and new_paragraph(self.document, self.sentences, position):
                self.current, self.resumed = self.resumed, None
            self._sentence(sentence, mentions)
            if headline:
                # 人民日报 1998年1月18日: the page's date, not the story's; a chronicle's
                # １９９０年７月: its entry's
                self.last_day = self.headings.get(sentence.index)
                self.headline_frames = self.frames[self.story_start :]
            if self.speech is not None and sentence.index == self.speech.last_line:
                self._speech_given(self.speech)
        self._speeches_studied()
        self._name_decisions_by_their_people()
        self._apply_renames()
        # 纪念叶选平同志诞辰100周年座谈会…举行 王沪宁出席: the person an event's name
        # commemorates did not take part (but 胡锦涛一行去外地访问: the visitor did)
        commemorated = {
            (person.sentence, person.start)
            for mentions in self.per_sentence
            for person in mentions
            if person.type == "Person"
            and any(
                m.type == "Event"
                and m.start <= person.start
                and person.end <= m.end
                and _commemorated(m.text, person.start - m.start, person.end - m.start)
                for m in mentions
            )
        }
        self.relations = [
            r
            for r in self.relations
            if not (r.relation in ROLES and (r.head.sentence, r.head.start) in commemorated)
        ]
        # 会谈 that no frame bound, or a frame of a word that nobody named took part in:
        # a word, not an event.
        attended = {r.tail.value for r in self.relations if r.relation in ROLES}
        empty = {f.mention.value for f in self.frames if f.word and f.mention.value not in attended}
        # (中共全国政协党组召开会议…汪洋主持: a body takes part in an event only when no person
        # is named at it, as the one who acted; or when it is the other side of a meeting that
        # names no one there: 习近平同中华全国总工会新一届领导班子成员集体谈话)
        people_at: dict[str | None, set[str]] = {}
        for r in self.relations:
            if r.relation in ROLES and r.head.type == "Person":
                people_at.setdefault(r.tail.value, set()).add(_name(r.head))
        met = [(_name(r.head), _name(r.tail)) for r in self.relations if r.relation == "metWith"]
        one_sided = {
            f.mention.value
            for f in self.frames
            if f.event_type == "Meeting"
            and not any({a, b} <= people_at.get(f.mention.value, set()) for a, b in met)
        }
        with_people = set(people_at) - one_sided
        self.relations = [
            r
            for r in self.relations
            if r.head.value not in empty
            and r.tail.value not in empty
            and not (
                r.relation == "participatedIn"
                and r.head.type == "Organization"
                and r.tail.value in with_people
            )
        ]
        for mentions in self.per_sentence:
            mentions[:] = [
                m
                for m in mentions
                if not (m.type == "Event" and (m.value is None or m.value in empty))
            ]
        infos = [
            EventInfo(
                f.mention.value or f.mention.text,
                f.event_type,
                f"{f.date}/{f.last_day}" if f.date and f.last_day else f.date,
                f.word,
                f.principal,
                # (not one its people tell of, nor a visit: no day of it dates that)
                f.after if f.date is None and not f.told and f.event_type != "Visit" else "",
            )
            for f in self.frames
            if f.mention.value not in empty
        ]
        return self.relations, infos

    def _held_by_story(self, story: _Frame, holder: Mention) -> None:
        """``主席会议举行了…集体学习``: the story's meeting, named short (``holder``), held
        the event just read; the story goes on with its meeting from the next paragraph."""
        self.resumed = story
        name = story.mention.value or ""
        if name.endswith(holder.text):
            # (主席会议 is the story's, named short: no event of its own)
            self._replace_mention(self.sentence_index, holder, replace(holder, value=name))

    def _speech_given(self, header: SpeechHeader) -> None:
        """A published speech's header dates the event its title names, and its speaker
        (the name alone under the title) spoke there: the story's event from then on."""
        start, end = header.event
        event = next(
            (
                m
                for m in reversed(self.per_sentence[header.title])
                if m.type == "Event" and start <= m.start and m.end <= end
            ),
            None,
        )
        if event is None:
            return
        speakers = [header.speaker] if header.speaker is not None else []
        title, dateline = self.sentences[header.title], self.sentences[header.day_sentence]
        frame = self._frame_of_mention(event, None, speakers, [], _sentence_evidence(dateline))
        # (own: the header's day is the event's own, even a visit's)
        self._date(frame, header.day, _sentence_evidence(dateline), own=True)
        self.current = frame
        for role in ("participatedIn", "spokeAt"):
            for speaker in speakers:
                self.relations.append(
                    Relation(role, speaker, frame.mention, _sentence_evidence(title))
                )

    def _apply_renames(self) -> None:
        if not self.renamed:
            return

        def final(label: str) -> str:
            while label in self.renamed:
                label = self.renamed[label]
            return label

        def renamed(m: Mention) -> Mention:
            if m.type != "Event" or m.value not in self.renamed:
                return m
            return replace(m, value=final(m.value))

        self.relations = [
            replace(r, head=renamed(r.head), tail=renamed(r.tail)) for r in self.relations
        ]
        for mentions in self.per_sentence:
            mentions[:] = map(renamed, mentions)

    def _sentence(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Read one sentence; one that looks back (此前，…; 日前，…) and names no day of its
        own is not dated by the story's day."""
        kept = self.last_day
        # What a speaker recalls (习近平主席同总统先生会谈) is not dated by the story either,
        # but what the sentence tells before the speech is (习近平在主持学习时强调，…).
        opening = sentence.text.lstrip()
        past = bool(PAST_MARKER.match(opening) or OPENING_SPAN.match(opening))
        self.speech_from = self.reported.get(sentence.index, len(sentence.text) + 1)
        self.narrative_day = None if past else kept
        looks_back = past or sentence.index in self.reported
        if looks_back:
            self.last_day = None
        self._read_sentence(sentence, mentions)
        if looks_back and self.last_day is None:
            self.last_day = kept

    def _read_sentence(self, sentence: Sentence, mentions: list[Mention]) -> None:
        text = sentence.text
        self.subject_before = self.last_subject  # whom a 他 opening this sentence is
        # (a name, then 先生， or ，男，: only then look for the opener, once per sentence)
        opener = _opening_person(text, mentions) if PROFILE_AFTER_NAME.search(text) else None
        if (
            opener is not None
            and _note_opens_at(text, mentions, opener)
            and PROFILE_AFTER_NAME.match(text, opener.end)
        ):
            # 丁昀先生，…。现任…: the note's clauses without a subject (杜新民，男，…，曾任…: from
            # the sentence that names him on)
            self.profile = opener
        if MEETING_OPENS.match(text):
            # 李克强…考察，主持召开座谈会。…会上，人民银行作了汇报: the story is at its conference
            # (not at one a speaker recalled since: …在中共十五大报告中…。座谈会上，钱伟长发了言)
            conference = self._last_in_story(lambda f: f.event_type == "Conference" and not f.told)
            self.current = conference or self.current
        day = self._sentence_day(text, mentions)
        evidence = _sentence_evidence(sentence)
        authors = _bylined(text, mentions)
        named = {_name(m): m for m in mentions if m.type == "Person" and m not in authors}
        self.named_before = self.named_here
        self.named_here = next(iter(named.values())) if len(named) == 1 else None
        previous: tuple[Cue, _Frame | None, list[Mention]] | None = None
        companions: list[Mention] = []
        escorted: list[Mention] = []
        witnesses: list[Mention] = []  # 在习近平的见证下: present at the next frame
        self.holders = []
        self.sentence_people = []
        self.sentence_index = sentence.index
        continued, self.open_list = self.open_list, None
        listed_before, self.listed_before = self.listed_before, []
        self._remember_titles(text, mentions)
        if continued is not None:
            # 出席的有A，B；C，D。: the list goes on past the semicolon that ended the sentence
            role, listed_in = continued
            people = _listed(text, mentions, 0, clause_end(text, 0))
            for person in people:
                if person not in authors:
                    kind = role if person.type == "Person" else "participatedIn"
                    self.relations.append(Relation(kind, person, listed_in.mention, evidence))
            if people and text.rstrip().endswith(LIST_GOES_ON):
                self.open_list = continued
        for found in TAKEN_UP.finditer(text):
            if _moved_to_take_up(text, mentions, found.start()):
                # 孔令志调到邵阳市当市长: a post taken up where one was moved to
                self._tenures(text, mentions, found, TAKEN_UP_CUE, evidence, day)
        for found in TRANSFERRED.finditer(text):
            self._transfer(text, mentions, found, evidence)
        for found in event_cues().pattern.finditer(text):
            cue = event_cues().of(found.group())
            # (获得亚军的田亮: the one who won, named right after 的)
            wins = cue.event_type == "Award" and found.group() in WINNING_CUES
            winner = _winner_named_after(text, mentions, found) if wins else None
            if CUE_IN_A_NOUN.match(text, found.end()) or (
                wins and winner is None and WINNER_NOUN.match(text, found.end())
            ):
                continue  # 参加单位, 出席人数, 考察任务, 获奖代表: a noun, not who did what
            if (
                cue.role == "spokeAt"
                and SPEECH_AS_A_NOUN.match(text, found.end())
                # (在…大会上讲话的一部分, 在…集体谈话时讲话的主要部分: a speech made there)
                and not text.endswith(("上", "时"), 0, found.start())
            ):
                continue  # 受到格林斯潘讲话的鼓舞, 按照江主席讲话的精神: a speech told of
            # (男子吊环冠军被兰星宇获得: the honour named before a passive win)
            won = (
                HONOUR_BEFORE_PASSIVE.search(text, max(0, found.start() - 40), found.start())
                if found.group() in WINNING_VERBS
                else None
            )
            if (
                found.group() in WON_WHEN_AN_HONOUR
                and won is None
                and winner is None
                and not HONOUR_WON.match(text, found.end())
            ):
                continue  # 获得了发展: nothing won
            if found.group() in WINNING_VERBS and text.startswith(("胜利", "了胜利"), found.end()):
                continue  # (带领连队…夺得胜利: a victory, no prize)
            if found.group().startswith("名列") and HONOUR_OF_THE_RANK.match(text, found.end()):
                continue  # 郝海东…名列第一，当选金球奖: the place wins the honour told next
            if found.group() in PHONE_CALLS and not _called(text, mentions, found.start()):
                continue  # 王明打电话问我, 给厂家打电话: no one named is called
            # (吕宏强接到尚美英的电话: the caller, inside the words of the call)
            callers = (
                [
                    m
                    for m in mentions
                    if m.type == "Person" and found.start() < m.start < found.end()
                ]
                if cue is CALL_RECEIVED_CUE
                else []
            )
            if cue is CALL_RECEIVED_CUE and not callers:
                continue  # 接到有关反映情况的电话: no caller named
            if found.group() == "拜会" and text.endswith("团", 0, found.start()):
                continue  # 出席团拜会并讲话: the reception's name, no call paid
            if _inside_name(found.start(), found.end(), mentions) and not (
                cue.role in ("appoint", "remove", "elect")
                and _in_a_decision(found.start(), text, mentions)
            ):
                continue
            if any(
                e.type == "Event" and e.start <= found.start() and found.end() <= e.end
                for e in mentions
                if text[e.start - 1 : e.start] == "向"
            ):
                continue  # 向…颁奖晚宴致贺信: an event a message is sent to holds no 颁奖 of his
            if (
                found.group() in ("作报告", "作了报告")
                and text[found.start() - 1 : found.start()] == "工"
            ):
                continue  # 审议政府工作报告: the noun 工作报告, no report made
            if (
                found.group() == "演讲"
                and not DELIVERED_SPEECH_BEFORE.search(text, 0, found.start())
                and not SPEECH_GIVEN_BEFORE.search(text, 0, found.start())
            ):
                continue  # 习主席在论坛开幕式的主旨演讲为…指明了方向: a speech told of
            if found.group() in PUBLISHED_ADDRESSES and not PUBLISHED.search(
                text, 0, found.start()
            ):
                continue  # 习近平主席新年贺词在全国各地引发强烈反响: the address, not its making
            if (
                found.group() == "慰问"
                and SYMPATHY_OF_OTHERS.search(text, 0, found.start())
                and not SYMPATHY_SENT.search(text, 0, found.start())
            ):
                continue  # 转达习近平总书记等…的深切慰问: another's words conveyed, no visit
            if found.group() == "慰问" and SYMPATHY_BEFORE.search(text, 0, found.start()):
                cue = SYMPATHY_CUE  # 向…家人表示慰问, 致以…祝贺和慰问: words sent, no visit
            if (
                cue.role == "elect"
                and found.group().startswith("当选")
                and any(m.type == "Place" and m.end == found.start() for m in mentions)
            ):
                continue  # 同印度尼西亚当选总统会谈: the country's president-elect, a noun
            if (
                cue.role == "meet"
                and MEANS_BEFORE.search(text, max(0, found.start() - 22), found.start())
                and MEANS_AFTER.match(text, found.end())
            ):
                continue  # 通过互访、会晤、通话、函电等方式保持密切沟通: the ways, no meeting
            joiner = _joiner(text, found.start()) if cue.role == "meet" else -1
            if (
                joiner >= 0
                and ADDRESSED_AFTER_JOINER.match(text, joiner + 1)
                and not any(
                    m.type == "Person" and joiner < m.start < found.start() for m in mentions
                )
            ):
                continue  # 习近平主席同首相先生在旧金山举行会晤: the other side addressed, unnamed
            if found.group() == "交谈" and (
                not any(
                    m.type == "Person" and 0 <= joiner < m.start < found.start() for m in mentions
                )
                or _after_a_meeting_word(text, found.start())
            ):
                continue  # 同在场的干部群众亲切交谈: a chat on a visit, with no one named
            addressed = ADDRESSED_GUEST.match(text, found.end()) if cue.role == "meet" else None
            if addressed is not None and not _overlaps(
                mentions, found.end(), addressed.end(), "Position"
            ):
                continue  # 习近平主席会见总理先生: the guest addressed, in a speech quoted
            if found.group() in OBJECT_DECISIONS and _after_de(text, mentions, found.start()):
                continue  # 在国家杜马通过对他的总理提名后: a nomination spoken of, a noun
            if ANNIVERSARY_AFTER.match(text, found.end()):
                continue  # 中日和平友好条约签署二十周年: the anniversary of what was done then
            if found.group() == "批示" and _instruction_as_a_noun(text, found):
                continue  # 批示指出, 按照李强总理批示要求: an instruction named, not given here
            if found.group() == "选举" and not VOTED_INTO.match(text, found.end()):
                continue  # 适逢意大利地方选举和…: an election told of, no one elected by it
            if found.group() == "听取" and (
                # 听取…介绍 on a visit to a site is no briefing; 听取…汇报 is
                not HEARD_REPORT.match(text, found.end())
                # (要深入学习贯彻习近平总书记在听取海南省委和省政府工作汇报时的重要讲话精神: the
                # briefing of a speech studied, heard before, no part of the story's meeting)
                or (
                    SPEECH_MADE_WHILE.match(text, found.end()) is not None
                    and STUDIED.search(
                        text, _clause_start(text, found.start(), "，,。；;"), found.start()
                    )
                    is not None
                )
            ):
                continue
            if text.startswith("之际", found.end()):
                continue  # 在…首次评选表彰之际: the occasion of what the sentence tells
            if text[found.start() - 1 : found.start()] == "受" and text.startswith(
                "的", found.end()
            ):
                continue  # 向受表彰的个人和团队致以祝贺: those honoured, not an honouring
            if cue.event_type == "Award" and text[found.start() - 1 : found.start()] in (
                "向",
                "给",
            ):
                continue  # 向获得…“十佳”的运动员…发了奖: to those who won, not a win of the giver
            if (
                cue.role == "participatedIn"
                and cue.event_type != "Visit"  # (与到访的…萨默斯举行了会谈: he is visiting)
                and DESCRIBED_AFTER_JOINER.search(text, 0, found.start())
                and _modifies_a_name(text, found.end(), mentions)
            ):
                continue  # 与前来参加…峰会的委内瑞拉总统马杜罗举行会晤: the other side, described
            if (
                found.group() in HOLDING_VERBS
                and text.startswith("的", found.end())
                and TOPIC_HELD.search(text, 0, found.start()) is not None
            ):
                continue  # 朱邦造就在伦敦举行的…四方会晤发表了评论: what he speaks about
            if found.group() in HOLDING_VERBS and _names_a_meeting(text, found.end()):
                continue  # 举行会谈: the meeting's own word reads both sides
            if (
                cue.role in ("appoint", "elect", "remove")
                and text.startswith(DECISION_NOUNS, found.end())
                # (出任委员会主席: the post the verb takes, a body's word opening it)
                and not any(m.type == "Position" and m.start == found.end() for m in mentions)
            ):
                continue  # 肯尼亚选举委员会, 选举法: a body or a rule named by the verb
            before_ren = text[found.start() - 1 : found.start()]
            if found.group() == "任" and (
                # (同时任A: concurrently serves, the 时 of 同时; 时任A is the then-holder's title)
                (before_ren in REN_OF_WORDS and not text.endswith("同时", 0, found.start()))
                or text[found.end() : found.end() + 1] in ("期", "务", "何", "意", "性")
                or COUNTED_TERM.search(text, 0, found.start()) is not None
            ):
                continue  # 向新聘任的国务院参事…颁发聘书, 任期５年: the 任 of another word
            if (
                found.group() in ("列席", "出席")
                and text.startswith("代表", found.end())
                and not text.startswith(("代表团", "代表大会"), found.end())
            ):
                continue  # …会议列席代表, 出席代表: deputies, named by what they do there
            if found.group() == "通话" and text.endswith("普", 0, found.start()):
                continue  # 学讲普通话: the common speech, no call
            if found.group() == "慰问" and text[found.end() : found.end() + 1] in "电函信金品":
                continue  # 慰问电, 慰问金, 慰问品: a message or a gift, no visit
            if found.group() == "主持" and _led_not_chaired(text, found, self.current is None):
                continue
            if found.group() == "陪同" and text.startswith(("人员", "的人员"), found.end()):
                continue  # 同双方陪同人员握手, 与陪同的人员告别: the party, a noun
            if found.group() == "在座" and text.startswith("谈", found.end()):
                continue  # 在座谈会上: at the talk, not seated
            if cue.role == "meet" and text.startswith("时在座", found.end()):
                continue  # 王毅等会见时在座: the time of the story's meeting, no meeting of theirs
            if found.group() in SESSION_VERBS and text[found.end() : found.end() + 1] in "式会词":
                continue
            if text.startswith(EVENTS_AS_THINGS, found.end()):
                continue  # (为完成香港回归和中共十五大召开这两件大事: things done, told of)
            if found.group() == "签字" and not SIGNED_ON.search(text, 0, found.start()):
                continue  # (签字同意, 签字确认: one approves a paper; 在协议上签字 signs it)
            if found.group() == "访问" and (
                INTERVIEW_BEFORE.search(text, max(0, found.start() - 14), found.start())
                or text.startswith(VISITING_NOUNS, found.end())
            ):
                continue  # 在接受媒体访问时, 做访问学者: an interview, a visiting scholar
            if _short_form_opens_a_word(text, found):
                continue  # 此访日程, 互访日渐, 寻访英烈: no visit to Japan or Britain named
            if _requested(text, mentions, found):
                continue  # 希望印巴两国…签署…条约: asked of others, not done
            if cue.role != "accompanied" and _in_escorts_clause(text, mentions, found):
                continue  # (陪同考察企业并看望慰问职工的…还有：…: what companions went along to)
            if cue.event_type == "Visit" and cue.role == "participatedIn":
                self._visit(text, mentions, found, evidence, authors)
                if found.group().startswith(CAME_TO):
                    self._came_to_attend(text, mentions, found, evidence)
                continue
            if found.group() in WATCHING and WORK_WATCHED.match(text, found.end()):
                cue = WATCHED_WORK_CUE
            people = [m for m in _arguments(text, mentions, found, cue) if m not in authors]
            people = _each_speaking_for(text, mentions, found.start()) or people
            if winner is not None:
                people = [winner]
            elif won is not None:
                # 金牌被美国名将汤普森以５４秒９５摘取: the agent of 被 wins what the text named
                people = [
                    m
                    for m in mentions
                    if m.type == "Person" and won.start() < m.start < found.start()
                ]
            if cue.event_type == "Award" and not any(p.type == "Person" for p in people):
                # 外国专家局…授予他“友谊奖”: whom the story is about is honoured
                people = self._pronoun_object(text, found.end(), people) or people
            received_guests: list[Mention] = []
            if cue.role == "meet" and not people:
                people, received_guests = _received_by(text, mentions, found.start())
            if listed_before and people and _opens_the_sentence(text, mentions, people[0]):
                people = listed_before + people
            listed_before = []
            if cue.role in ROLES and people:
                # 王沪宁出席并与南非总统拉马福萨共同主持会议: the one who attended chairs too
                people = [*_subject_joined_before(text, mentions, found), *people]
            if cue.role in ROLES:
                # 习近平…同…普京会谈后共同会见记者: both sides of the talks
                people += [
                    p for p in _partners_after_talks(text, mentions, found) if p not in people
                ]
            if cue.role == "participatedIn" and people and ALL_ABOVE.match(text, found.end()):
                self._all_above(people, evidence)
                continue
            if found.group() == "见证" and text[found.end() : found.end() + 1] == "下":
                # 在习近平的见证下，李强向岑浩辉颁发…: the witness is at what the clause does
                opening = text.rfind("在", 0, found.start())
                witnesses = [
                    m for m in mentions if m.type == "Person" and opening < m.start < found.start()
                ]
                continue
            if cue.role == "accompanied" and text[found.end() : found.end() + 1] == "下":
                companions = people  # 在X陪同下参观: X goes with the frame the next verb opens
                opening = text.rfind("在", 0, found.start())
                escorted = subjects(text, mentions, opening) if opening >= 0 else []
                continue
            elected = ELECTED_LIST.match(text, found.end()) if cue.role == "elect" else None
            if elected is not None:
                # 当选的１０名运动员是：贾雅辛格（斯里兰卡，女，田径），陈妍（…）…: an honour
                # (one elected to a post is named with it: 当选的…是：A为主席)
                people = _listed(text, mentions, elected.end(), len(text))
                if not people:
                    continue
                cue = AWARD_CUE
            elif cue.role == "elect" and (
                HONOUR.match(text, found.end()) or HONOUR_NAMED.match(text, found.end())
            ):
                # 等10人当选2022年“大国工匠年度人物”, 当选金球奖, 当选本届世锦赛最佳运动员: an
                # honour, not a post
                cue = AWARD_CUE
            if cue.role in ("appoint", "remove", "elect", "hold") and _elect_title(
                text, mentions, found
            ):
                continue  # 同印尼当选总统普拉博沃会谈: the president-elect, named; no decision
            if cue.role in ("appoint", "remove", "elect", "hold"):
                if found.group() in NAMING_VERBS and not _names_someone_as(text, mentions, found):
                    continue  # 十八大确定的目标任务: 确定 names no one
                if found.group() == "撤销" and text.startswith(("对", "了对"), found.end()):
                    continue  # 撤销对乔尔贝亚总理的支持, 撤销对其制裁: support or sanctions ended
                self._tenures(text, mentions, found, cue, evidence, day)
                continue
            if (
                not people
                and previous is not None
                and _joined(text, found.start())
                and not _modifies_a_name(text, found.end(), mentions)
            ):
                people = previous[2]  # 出席开幕式并致辞: the same speaker
            elif (
                not people
                and previous is None
                and cue.role == "participatedIn"
                and self.sentence_people
                and text[found.start() - 1 : found.start()] == "并"
            ):
                # 赛义德是应…邀请对我国进行国事访问并出席…开幕式的: the visitor goes on
                people = self.sentence_people
            if not people and cue.role == "participatedIn":
                # 出席庆典的中国驻法大使蔡方柏对…表示祝贺: the one a clause of attending describes
                people = _described_attendees(text, mentions, found)
            if not people and found.group() in GATHERED:
                people = _gathered(text, mentions, found.start())
            if not people and cue.role in ROLES:
                # 会谈后，两国总理共同会见了记者, 两国总理共同见证签署…合作文件: both sides of the
                # talks just reported (before 总理 alone is taken for the one the story titled)
                people = self._meeting_sides(text, found, day)
            if not people and cue.role in (*ROLES, "meet"):
                people = self._subject_after_time_clause(text, mentions, found)
                if cue.role == "meet" and self._talks_recalled(text, found, people, evidence):
                    continue
            if not people and cue.role in ROLES:
                people = self._bare_title_subject(text, mentions, found)
            if not people and cue.role in ROLES:
                people = _subject_before_about(text, mentions, found.start())
            if not people and cue.event_type == "Award":
                # (for an honour only an opener before the verb's clause: a post's may follow it)
                start = _clause_start(text, found.start(), "，,；;")
                # (…电记者许立群报道：中国选手…夺得一金一银一铜: never the byline's reporter)
                people = [
                    p
                    for p in _life_subject(text, mentions, found, start)
                    if p.end < start and p not in authors
                ]
            carried = (
                not people
                and cue.role in (*ROLES, "meet")
                # (…会谈，陪同他一起访问的…代表也将参加: 他 is the one accompanied, whoever the
                # sentence opened with)
                and not (
                    cue.role == "accompanied"
                    and text[found.end() : found.end() + 1] in ("他", "她")
                )
            )
            partners: list[Mention] = []  # who shares the carried subject's role (并同X共同主持)
            if carried:
                people = (
                    self._carried_subject(text, mentions, found)
                    or self._pronoun_subject(text, mentions, found.start())
                    # (年仅２０岁的科利姆…，此次他夺得…: 他 is whom the sentence opens with)
                    or _sentence_subject_for_pronoun(text, mentions, found.start())
                    or (
                        _pronoun_before_partner(text, mentions, found) if cue.role == "meet" else []
                    )
                )
                # (…电记者罗茂城报道：岁末年初，…领导…慰问…: the byline's reporter does nothing)
                people = [p for p in people if p not in authors]
                if people and cue.role in ROLES:
                    # (…，并同颜金勇副总理共同主持…: the one after 同 shares the role, and the
                    # sentence goes on with its own subject)
                    partners = _partners_of_the_carried(text, mentions, found)
                    people = people + partners
            if not people and cue.role != "meet":
                # 全会…在北京举行: the event is the subject; the story now reports it.
                within = _held_within(text, mentions, found)
                held = within[1] if within is not None else _held_event(text, mentions, found)
                # 2018年首届大会召开时: a time clause recalls an event, the story is elsewhere
                if held is not None and not text.startswith(("时", "之际", "以来"), found.end()):
                    story = self.current
                    planned = _planned_at(text, found.start())
                    when = None if planned else self._when(day, held.start)
                    if WILL_DO.search(
                        text, _clause_start(text, found.start(), "，。；,;"), found.start()
                    ) and not any(
                        m.type == "Date" and m.value and m.start < found.start() for m in mentions
                    ):
                        # 其间，将举办16个专题会议, 本届奥运会开幕式将在塞纳河上举办: to come, on a
                        # day the sentence does not tell (明天，…仪式将在…举行: that day)
                        when = None
                    self._frame_of_mention(held, when, [], [], evidence)
                    if planned or (
                        story is not None
                        and self.plan_at is not None
                        and when is not None
                        and when == day
                    ):
                        # 决定…召开…会议 (undated), …二次会议于2024年3月5日在北京召开 on a page
                        # of 29 December after its 第七次会议…闭幕: planned; the story goes on
                        # with its own event
                        self.current = story
                    elif within is not None and story is not None:
                        self._held_by_story(story, within[0])
                continue
            at_event = (
                next(
                    (
                        e
                        for e in mentions
                        if e.type == "Event"
                        and people[-1].end < e.start < found.start()
                        and text[e.start - 1 : e.start] == "在"
                        # (…也在开幕式致辞: the story's ceremony by its bare word right before
                        # the verb, no 上 after it, which _at_events does not read)
                        and not AT_BARE_CEREMONY.fullmatch(text, e.start - 1, found.start())
                        # (陈妍在第八届世界游泳锦标赛女子４００米自由泳决赛中…夺得冠军: a win in
                        # the contest's final, an award of its own)
                        and not (wins and CONTEST_EVENTS.match(text, e.end, found.start()))
                    ),
                    None,
                )
                if cue.role != "meet" and people
                else None
            )
            if at_event is not None:
                if not subjects(text, mentions, at_event.start - 1):
                    # 王光英、万国权、何鲁丽等代表各民主党派中央…，先后在座谈会上发言: the
                    # speakers before whom they speak for, which _at_events does not read
                    when = self._when(day, at_event.start)
                    spoken_at = self._frame_of_mention(at_event, when, people, [], evidence)
                    self._roles(spoken_at, cue, people, [], text, mentions, found, evidence)
                continue  # X在E上的讲话: the role is at E, which _at_events reads
            named_speech = (
                NAMED_SPEECH.search(text, people[-1].end, found.start())
                if cue.role == "spokeAt" and people
                else None
            )
            if named_speech is not None:
                # 习近平总书记在全会上的重要讲话 after 二十届三中全会精神: a speech the story
                # names, made at the event the bare word refers back to; no act of today's
                self._named_speech(text, mentions, named_speech, people, evidence)
                continue
            recalled = self._recalled_event(text, people, found) if cue.role in ROLES else None
            if recalled is not None:
                # 习近平总书记在全会上发表重要讲话 in a story on a meeting that studies it
                for person in people:
                    kind = cue.role if person.type == "Person" else "participatedIn"
                    self.relations.append(Relation(kind, person, recalled.mention, evidence))
                continue
            others = (
                received_guests or _other_side(text, mentions, found)
                # (钱树根和…古拉尔赤克等参加了会谈: those who attended are on no side)
                if cue.role == "meet"
                and not text.endswith(
                    ("参加", "参加了", "出席", "出席了", "列席", "列席了"), 0, found.start()
                )
                else []
            )
            others = callers or others
            if cue.role == "meet" and not others:
                others = self._pronoun_object(text, found.end(), people)
            guests = [o for o in others if o.type == "Person"]
            joined_at = _joiner(text, found.start()) if cue.role == "meet" else -1
            if (
                cue.role == "meet"
                and (
                    # (先后会见…胡德福、…翁赛维索、…吉乔: one after the other, one each)
                    text[max(0, found.start() - 2) : found.start()] in SEPARATELY
                    # (分别同日本首相岸田文雄、韩国总统尹锡悦…会面交谈: one meeting with each)
                    or (joined_at >= 2 and text[joined_at - 2 : joined_at] in SEPARATELY)
                )
                and len(guests) > 1
                and any(p.type == "Person" for p in people)
            ):
                # X分别会见A、B、C: one meeting with each
                self._separate_meetings(
                    found, people, guests, self._when(day, found.start()), evidence
                )
                continue
            hosts = [p for p in people if p.type == "Person"]
            if (
                cue.role == "meet"
                and text[max(0, found.start() - 2) : found.start()] == "分别"
                and len(guests) == 1
                and len(hosts) > 1
            ):
                # 孔戴、杜尔…和贝迪埃、敦坎分别会见了唐家璇: one meeting of each with the guest
                for host in hosts:
                    self._separate_meetings(
                        found, [host], guests, self._when(day, found.start()), evidence
                    )
                continue
            if cue.role == "participatedIn" and not cue.event_type:
                self._trip_to_attend(text, mentions, found, people, evidence)
            if cue.role == "accompanied" and _escorts_someone_to(text, mentions, found):
                # 阿祖莱陪同彭丽媛共同参观…展: the companion goes with the visit of the exhibition
                # the next verb opens, not with the story's meeting
                companions = people
                continue
            frame = self._frame_for(
                text, mentions, found, cue, people, others, day, previous, evidence
            )
            if frame is None:
                if cue.role == "accompanied":
                    companions = self._escorted_trip(text, mentions, found, people, day, evidence)
                continue
            self._date(frame, self._act_when(text, mentions, day, found, cue), evidence)
            for companion in companions:
                self.relations.append(Relation("accompanied", companion, frame.mention, evidence))
            for witness in witnesses:
                self.relations.append(Relation("participatedIn", witness, frame.mention, evidence))
            companions, witnesses = [], []
            self._roles(frame, cue, people, others, text, mentions, found, evidence)
            if found.group() == SWORN_IN:
                self._sworn_in(mentions, people, frame.date, evidence)
            if cue.event_type == "Award" and people:
                self._further_honours(text, mentions, found, frame, people, evidence)
            if cue.role != "meet":
                self._talks_before(text, found, people, day, evidence)
            if cue.role == "participatedIn" and not cue.event_type:
                self._listed_events(text, mentions, frame, people, evidence)
                self._on_the_trip_too(frame, text, found, people, evidence)
            if (
                cue.role in ("participatedIn", "chaired")
                and cue.event_type in ("", "Conference")  # (考察时强调: no speech at a tour)
                and (
                    SPOKE_WHILE.match(text, found.end())
                    or BRIEFED_AT.match(text, found.end())
                    or _speech_made_at(text, found, frame, self.sentence_index)
                )
            ):
                # 郑建邦参加山东代表团审议时说, 习近平…主持召开…座谈会时强调: what one says
                # while there (or chairing) is a speech there; 韦尔纳当晚举行新闻发布会说: so is
                # what one says holding a press conference
                for person in (p for p in people if p.type == "Person"):
                    self.relations.append(Relation("spokeAt", person, frame.mention, evidence))
            if carried and cue.role == "meet":
                # …国事访问，同武契奇总统举行会谈: the sentence's subject met the other side
                for host in (p for p in people if p.type == "Person"):
                    for guest in (o for o in others if o.type == "Person"):
                        self.relations.append(Relation("metWith", host, guest, evidence))
            # (刘国中参加会见并在大会上讲话: the 会见 attended names no one; the one who attended
            # goes on to the next verb, at the story's meeting; not 并在当天上午的大会开幕式上讲话,
            # at an event of its own)
            attended = (
                cue.role == "meet"
                and ATTENDED_BEFORE.search(text, 0, found.start())
                and ATTENDED_THEN.match(text, found.end())
            )
            kept = previous[2] if attended and previous is not None else []
            previous = (cue, frame, people or kept)
            if (
                INVERTED.match(text, found.end())
                and people
                and text.rstrip().endswith(LIST_GOES_ON)
            ):
                self.open_list = (cue.role if cue.role in ROLES else "participatedIn", frame)
            self.sentence_people = [p for p in people if p not in partners] or self.sentence_people
        arrival = ESCORTED_ARRIVAL.search(text) if companions and escorted else None
        if (
            arrival is not None
            and (self.current is None or self.current.event_type not in ("Inspection", "Visit"))
            # (…陪同下来到侯祥麟院士的家: a home visit, which _home_visits reads)
            and not HOME_VISIT.match(text, arrival.start("verb"))
        ):
            # 李鹏总理在…贾庆林的陪同下，来到延庆县下屯乡小丰营村: a visit to a site, an
            # inspection of its own when the story is not one
            base = _principals(escorted, [], "考察", arrival.start())
            if base:
                anchor = _cue_anchor(arrival, self.sentence_index, "verb")
                when = self._when(day, arrival.start("verb"))
                self._open(anchor, "Inspection", when, base, evidence, _first_person(escorted))
        if companions and self.current is not None:
            # 奥比昂在习近平陪同下检阅仪仗队: no verb of its own, a part of the story's event
            for companion in companions:
                self.relations.append(
                    Relation("accompanied", companion, self.current.mention, evidence)
                )
            for person in escorted:
                self.relations.append(
                    Relation("participatedIn", person, self.current.mention, evidence)
                )
        self.listed_before = _list_before_semicolon(text, mentions, authors)
        self.addressee = self.addressee or _addressed(text, mentions)
        opener = _opening_person(text, mentions)
        if opener is not None and opener not in authors and not self.sentence_people:
            self.last_subject = opener  # 周恩来以主要时间…。１９２８年６月，他在…: who 他 is
        self._career_line(text, mentions, evidence)
        self._mandate_ended(text, mentions, day, evidence)
        self._ceremony_guests(text, mentions, evidence)
        self._companions_named(text, mentions, evidence, authors)
        self._at_the_meeting(text, mentions, evidence, authors)
        self._spoke_after_held(text, mentions, evidence, authors)
        self._in_their_speech(text, mentions, evidence, authors)
        self._reported_speakers(text, mentions, evidence, authors)
        self._chair_speaks(text, mentions, evidence, authors)
        self._named_after_them(text, mentions, evidence, authors)
        self._at_events(text, mentions, evidence, authors, day)
        self._held_on(text, mentions, evidence)
        self._ended(text, mentions, evidence, day)
        self._named_after_election(text, mentions, evidence, day)
        self._home_visits(text, mentions, evidence, authors, day)
        self._trips_to_places(text, mentions, evidence, authors, day)
        self._delegation_sessions(text, mentions, evidence, authors, day)
        self._titled_talks(text, mentions, evidence, authors)
        self._collective_messages(text, mentions, evidence, authors, day)
        self._conference_speech(text, mentions, evidence, authors)
        self._speech_studied(text, mentions, evidence)
        self._promulgated(text, mentions, evidence)

    def _sentence_day(self, text: str, mentions: list[Mention]) -> str | None:
        """The day the sentence happens on, as it says it or as the story and the dispatch
        give it, or None; sets what dating the rest of the sentence reads (the story's day,
        the sentence's year or month, its range of days, the days of its later clauses)."""
        dates = [m for m in mentions if m.type == "Date"]
        titles = [m for m in mentions if m.type == "Document"]
        dated = [
            m
            for m in dates
            if _is_day(m.value)
            and _says_when(text, m)
            # 批准《关于修改一九九三年一月十四日签订的〈…〉的议定书》: a title's day is its own
            and not any(t.start <= m.start < t.end for t in titles)
        ]
        # 6月19日，…。当天下午，…: 当天 is the day the story last named, not the page's, else
        # the day of the event it told last; with neither, a day the text leaves to a passage
        # not given (…发言人卡洛斯当天还在…)
        days: list[str] = []
        named_last = self.last_day or (self.current.date if self.current is not None else None)
        for m in dated:
            days.append((named_last or "") if m.text.startswith(SAME_DAY) else m.value or "")
            named_last = days[-1] or named_last
        if self.document.today and self.document.date and _is_day(self.document.date):
            # 雷蒙多表示，今天，拜登总统同习近平主席举行了…会晤 in an item of the 15th (local
            # time) on the page of the 16th: a speaker's 今天 is the day the story tells of
            days = _relative_days_moved(
                dated,
                days,
                self.document.today,
                self.document.date,
                lambda m: self._said(m.start),
            )
        # 新华社北京１月１３日电…罗纳尔多１２日…荣获: the day the dispatch was filed is when
        # the story happened only when it names no day of its own (…日电…任命王学贤为…: the
        # decision was announced that day); a word relative to a day (…日讯…今天在京举行) is
        # relative to the dispatch's
        filed = next(
            (m.value for m in dates if _is_day(m.value) and DISPATCH_AFTER.match(text, m.end)),
            None,
        )
        # (…１月７日电…。在今天闭幕的…会议上: the dispatch's day holds to the story's end)
        self.filed = filed or self.filed
        if self.filed is not None:
            days = _relative_days_moved(
                dated, days, self.document.today or self.document.date, self.filed
            )
        # (…１月１４日电…会议日前在京召开: the story says it is undated; the filing is no day)
        # (当天（当地时间10月13日）: the day given in brackets, when the story named none)
        vague = VAGUE_DAYS.search(text) or JUST_OVER.search(text)
        day = next(filter(None, days), None) if days else None if vague else filed
        if day is None and not dates:
            day = self._day_of_event_before(text, mentions)
        coarse: str | None = None
        told_between = False
        self.day_range = None
        # (习近平强调，…明天的峰会一定会取得圆满成功: a speaker's tomorrow is after the day
        # he spoke on, though the page that reports it went out on that tomorrow)
        told_on = self.document.date
        if not any(self._said(m.start) for m, value in zip(dated, days) if value == day):
            told_on = self.document.today or told_on
        self.plan_at = None
        if day:
            # 6月7日至8日在辽宁调研: a stay of days; what it tells "during" it has no one day
            # (the first dated mention: 昨天 after a dispatch's day has its value shifted)
            first = (
                next((m for m in dates if m.value == day or m.text.startswith(SAME_DAY)), dated[0])
                if dated
                else None
            )
            if _is_day(told_on) and day > (told_on or ""):
                # 于2023年3月5日召开 on the page of 30 December: a plan, not the story's day
                self.plan_at = first.start if first is not None else None
            else:
                self.last_day = day
                ranged = RANGE_TO.match(text, first.end) if first is not None else None
                self.story_ranged = ranged is not None
                last = next(
                    (m for m in dates if ranged and m.start == ranged.end() and _is_day(m.value)),
                    None,
                )
                if last is not None and (last.value or "") > day:
                    self.day_range = (day, last.value or "")
        elif any(m.value is None and m.text.endswith(("日", "号")) for m in dates):
            self.last_day = None  # 5日 with no month known: this story's day is not known
        else:
            # １９９４年江泽民总书记视察吕梁地区时: a year or month that opens the sentence dates
            # what it tells (a tenure too: 2008年，X当选…), and nothing after it
            opening = next(
                (
                    m
                    for m in dates
                    if m.value
                    and COARSE_DATE.match(m.value)
                    # (a clause it opens and closes: 李强表示，今年5月，习近平…)
                    and (
                        m.start == len(text) - len(text.lstrip())
                        or (
                            m.start > 0
                            and text[m.start - 1] in "，,：:"
                            and text[m.end : m.end + 1] in ("，", ",")
                        )
                        # (张致玲和职工们于１９９４年底和企业签订了…: when its subject did it;
                        # not 关于2023年…, 成立于１９９４年的…, nor a plan: 由哈萨克斯坦于2025年
                        # 主办… on a page of 2023)
                        or (
                            text.endswith("于", 0, m.start)
                            and text[m.start - 2 : m.start - 1] not in NOT_WHEN_YU
                            and m.value <= (told_on or m.value)[: len(m.value)]
                        )
                    )
                    # (written out, 1985年 or 一九八五年; not 今年, 去年)
                    and WRITTEN_NUMBER.search(m.text) is not None
                    and _says_when(text, m)
                    # (1983年12月参加工作，曾任…，任…: when a life's step was taken, not when
                    # the posts after it were)
                    and not LIFE_STEP_AFTER.match(text, m.end)
                ),
                None,
            )
            if opening is not None:
                coarse = opening.value
                # (…活动是于１９８５年在雅典开始的: a clause's time, the story's day goes on)
                told_between = text.endswith("于", 0, opening.start)
        self.sentence_coarse = coarse
        # …视察了阿萨卢耶，并于6日在布什尔省举行会晤, …，1997年被县委评为…: a later clause's
        # own day
        self.clause_days = sorted(
            [
                (m.start, value)
                for m, value in zip(dated, days)
                if value
                and m is not dated[0]
                and (
                    text[max(0, m.start - 2) : m.start] == "并于"
                    or text[m.start - 1 : m.start] in ("，", ",")
                )
            ]
            + [
                (m.start, m.value)
                for m in dates
                if m.value
                and COARSE_DATE.match(m.value)
                and (
                    text[m.start - 1 : m.start] in ("，", ",")
                    # (王龙雨本人１９９５年荣获…，１９９６年荣获…: after the clause's subject)
                    or _after_the_subject(text, mentions, m)
                )
                and _says_when(text, m)
                and not LIFE_STEP_AFTER.match(text, m.end)
            ]
        )
        if coarse and self.last_day and not self.last_day.startswith(coarse) and not told_between:
            # 1926年8月17日，…出生。…1989年6月，…: the story's day is long past; a clause
            # without a time of its own later on is not of that day
            self.last_day = None
        # 习近平近日作出重要指示: the sentence says it is undated, whatever the story's day
        self.sentence_vague = day is None and vague is not None
        return day

    def _day_of_event_before(self, text: str, mentions: list[Mention]) -> str | None:
        """``欢迎仪式后，李强同哈西娜举行会谈``: what a sentence tells after an event the page
        reported before, with someone who was there, happens on that event's day (the last such
        event's, when it had one day)."""
        # (央视网消息（新闻联播）：欢迎仪式后，…)
        opening = ITEM_OPENING.match(text)
        after = OPENS_AFTER_EVENT.match(text, opening.end() if opening else 0)
        if after is None:
            return None
        kind = event_type_of(after.group(1))
        named = {_name(m) for m in mentions if m.type == "Person"}
        before = next(
            (f for f in reversed(self.frames) if f.event_type == kind and f.present & named), None
        )
        if before is None:
            self._wait_for_the_item_before(kind)
            return None
        return before.date if _is_day(before.date) and not before.last_day else None

    def _wait_for_the_item_before(self, kind: str) -> None:
        """A story that opens after an event of ``kind`` it does not report, and gives no day:
        the page's item before may have reported that event; its day then dates the story's
        undated events (``EventInfo.after``, read by :mod:`kgraph.graph`)."""
        if self.story_after or self.last_day is not None:
            return
        self.story_after = kind
        for frame in self.frames[self.story_start :]:
            frame.after = kind

    def _pronoun_object(self, text: str, at: int, people: list[Mention]) -> list[Mention]:
        """``居功至伟的科雷先生，…。国务院总理李鹏曾两次接见他``: 他 (or 她) right after the verb
        is the person the story is about, when that is not who acts; and the same person for
        the rest of the story (``…，并授予他“友谊奖”``, though 李鹏 acted last)."""
        at += text.startswith("了", at)
        guest = self.him or self.last_subject
        if (
            text[at : at + 1] not in ("他", "她")
            or text[at + 1 : at + 2] in ("们", "国", "人", "方")
            or guest is None
            or guest.type != "Person"
            or any(_name(guest) == _name(p) for p in people)
        ):
            return []
        self.him = guest
        # (the guest stands where the pronoun does: 李鹏接见科雷, who follows the verb)
        return [replace(guest, start=at, end=at + 1, sentence=self.sentence_index)]

    def _further_honours(
        self,
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        frame: _Frame,
        people: list[Mention],
        evidence: Evidence,
    ) -> None:
        """One award per medal a clause counts (``夺得A、B、C、D４枚金牌``) and per honour of
        a list won at several times (``先后荣获邮电部、北京市和全国劳动模范称号``, ``曾荣获…
        萨乌德·侯赛因奖、“天津市十大杰出青年”称号``); honours given at once (``授予她“国际名医
        金奖”和“医学博士”``) stay one award. ``frame`` is the first of them; each other one
        stands at its item of the list."""
        if text.startswith("的", found.end()):
            return  # (联合国教科文组织颁发的萨乌德·侯赛因奖: an item of a list, no list of its own)
        end = _comma_after(text, found.end())
        medals = MEDALS.search(text, found.end(), end)
        if medals is not None:
            items = _list_items(text, found.end(), medals.start())
            if len(items) != cn_number(halfwidth(medals.group(1))):
                return  # (夺得３枚金牌: the medals' races are not named one by one)
        else:
            start = _clause_start(text, found.start(), "，,；;。")
            honours = list(HONOUR_WORD_END.finditer(text, found.end(), end))
            several = AT_SEVERAL_TIMES.search(text, start, found.start())
            listed = HONOURS_LISTED.match(text, found.end())
            if listed is not None and (several or listed.group("many")):
                # 先后获得各种荣誉称号：A、B、C等: the honours the colon lists (up to 等, so
                # commas may part them: 许多荣誉称号：A，B，C等)
                close = HONOURS_LIST_END.search(text, listed.end())
                if close is not None and close.group() == "等":
                    items = _list_items(text, listed.end(), close.start(), commas=True)
                else:
                    items = _list_items(text, listed.end(), _comma_after(text, listed.end()))
            elif honours and (several or self._won_alone(found, frame, people)):
                # (王龙雨１９９５年荣获“A”、“B”称号: one person's honours, each its own)
                items = _list_items(text, found.end(), honours[-1].end())
            elif found.group() == "评为" and self._won_alone(found, frame, people):
                items = _list_items(text, found.end(), end)  # (被评为劳动模范、优秀共产党员)
            else:
                return
        if any(m.type == "Person" and items[0][0] <= m.start < items[-1][1] for m in mentions):
            return  # (向获得…“十佳”的运动员王义夫、徐丹、曹英发了奖: those who won, listed)
        if any(text.endswith("奖金", 0, item_end) for _, item_end in items):
            return  # (获得了３０００美元的奖金和一枚奖牌: a prize's money and its medal, one award)
        names = "、".join(_name(p) for p in people[:MAX_LABEL_NAMES])
        story = self.current
        for item_start, item_end in items[1:MAX_HONOURS]:
            item = text[item_start:item_end]
            anchor = Mention(
                item_start, item_end, "Event", item, sentence=self.sentence_index, source="frame"
            )
            base = f"{names}{found.group()}{item}"
            further = self._open(anchor, "Award", frame.date, base, evidence, frame.principal)
            self._attend(further, people, evidence)
        self.current = story

    def _won_alone(self, found: re.Match[str], frame: _Frame, people: list[Mention]) -> bool:
        """One person wins what the verb names, an award of its own (荣获, 获得, 被评为; not
        what a body gives, ``授予她A和B``, one conferral; not ``55位科技工作者荣获A和B``; not
        at the story's prize-giving, ``…举行颁奖仪式。郝海东包揽金球奖和金鞋奖``)."""
        return (
            found.group() not in AWARD_GIVERS_VERBS
            and frame.word == found.group()
            and len({_name(p) for p in people}) == 1
            and not any(
                # (a prize-giving the story named, not an award a verb of winning opened)
                not f.told and event_type_of(f.word) in ("Award", "Ceremony")
                for f in self.frames[self.story_start :]
            )
        )

    def _subject_after_time_clause(
        self, text: str, mentions: list[Mention], found: re.Match[str]
    ) -> list[Mention]:
        """``座谈交流时，李强对…予以充分肯定``, ``7月，在江苏考察期间，总书记…``: the cue of a
        clause of time that opens the sentence is done by the subject of the clause it opens
        (a name, or a title alone that the document gave one person)."""
        comma = TIME_CLAUSE_END.match(text, found.end())
        if comma is None and text[found.start() - 1 : found.start()] == "在":
            comma = OBJECT_TIME_CLAUSE_END.match(text, found.end())
            if comma is None and self.current is None:
                # 在听取汇报后，宋健说 with no event of the story yet: the briefing he heard (in
                # a story's inspection, 在听取…汇报后，李强指出 tells a step of it)
                comma = OBJECT_AFTER_CLAUSE_END.match(text, found.end())
        if comma is None or not TIME_CLAUSE_OPENING.match(
            stripped_gap(text, mentions, 0, found.start())
        ):
            return []
        # (在同马特维延科会谈时，赵乐际说: the other side of the talks, after 同, is not who)
        meet = event_cues().of(found.group()).role == "meet"
        joiner = _joiner(text, found.start()) if meet else -1
        # (在同总统、总理等人会见后，杜比宁表示: the other side titled, unnamed)
        partners = [
            m
            for m in mentions
            if m.type in ("Person", "Position") and 0 <= joiner < m.start < found.start()
        ]
        if comma.group().startswith("后") and not partners:
            # (会谈后，吴仪和卡苏签署…: both sides, read as the talks' (_talks_before))
            first = next(
                (m for m in mentions if m.type == "Person" and m.start >= comma.end()), None
            )
            if first is not None and text[first.end : first.end + 1] in ("和", "、"):
                return []
        if any(
            m.type in ("Person", "Organization")
            and m.end <= found.start()
            and m not in partners
            # (在上海安达棉纺织厂考察时: a body after 在 is where)
            and not (m.type == "Organization" and a_place_of(text, m, mentions))
            for m in mentions
        ):
            return []  # (the clause has a subject of its own)
        at = text.rfind("在", 0, found.start())
        if (
            at >= 0
            and at + 1 < found.start()
            and not partners
            and not any(
                m.type in ("Place", "Organization") and at < m.start < found.start()
                for m in mentions
            )
            # (在石化企业考察时: a kind of site, one was toured)
            and not TOURED_SITE.search(text, at + 1, found.start())
        ):
            return []  # (今年，在地方考察时: many tours, no place named)
        # (会见中，应斯卡尔法罗总统的要求，李鹏介绍了…: at whose request, then who)
        request = ON_REQUEST.match(text, comma.end())
        opens = request.end() if request is not None else comma.end()
        subject = next(
            (
                m
                for m in mentions
                if m.start >= opens
                and (m.type == "Person" or self._titled_holder(text, mentions, m) is not None)
            ),
            None,
        )
        if subject is None or not SUBJECT_GAP.match(
            stripped_gap(text, mentions, opens, subject.start)
        ):
            return []
        holder = self._titled_holder(text, mentions, subject)
        return [holder if holder is not None else subject]

    def _bare_title_subject(
        self, text: str, mentions: list[Mention], found: re.Match[str]
    ) -> list[Mention]:
        """``总书记在江苏考察时强调``: a title alone before the cue, the document's holder of it."""
        start = _clause_start(text, found.start(), "，。；,;")
        for m in reversed([m for m in mentions if start <= m.start and m.end <= found.start()]):
            holder = self._titled_holder(text, mentions, m)
            if holder is not None and VERB_GAP.match(
                stripped_gap(text, mentions, m.end, found.start())
            ):
                return [holder]
            if m.type in ("Person", "Organization"):
                return []
        return []

    def _titled_holder(self, text: str, mentions: list[Mention], post: Mention) -> Mention | None:
        """The person the document named with the title ``post`` is alone (总书记 after
        习近平总书记), when no name stands by it here."""
        if post.type != "Position":
            return None
        if any(
            m.type == "Person" and (m.end == post.start or m.start == post.end) for m in mentions
        ):
            return None
        return self.titled.get(post.text)

    def _remember_titles(self, text: str, mentions: list[Mention]) -> None:
        """习近平总书记, 国家主席习近平: who holds each title alone the document names; and
        the general secretary, by the core of the centre (以习近平同志为核心的党中央)."""
        starts = {m.start: m for m in mentions}
        ends = {m.end: m for m in mentions}
        for person in (m for m in mentions if m.type == "Person"):
            for post in (starts.get(person.end), ends.get(person.start)):
                if post is not None and post.type == "Position":
                    self.titled.setdefault(post.text, person)
            if CORE_OF_THE_CENTRE.match(text, person.end) and text.endswith("以", 0, person.start):
                self.titled.setdefault("总书记", person)

    def _talks_recalled(
        self, text: str, found: re.Match[str], people: list[Mention], evidence: Evidence
    ) -> bool:
        """``会谈后，拉马福萨向习近平授予…``: a sentence that opens after the talks the story
        reported recalls them, and holds none of its own: who it opens with took part in them;
        where the story had named only one side (习近平同南非总统会谈, 两国元首举行会谈), this
        is the other one."""
        opening = OPENS_AFTER_EVENT.match(text)
        persons = [p for p in people if p.type == "Person"]
        if (
            opening is None
            or opening.start(1) != found.start()
            or opening.group(1) not in TALKS
            or not persons
        ):
            return False
        # (talks, not the call the story told of: 会谈后，拜登为习近平举行午宴)
        met = self._last_in_story(
            lambda f: f.event_type == "Meeting" and not f.told and f.mention.text in TALKS
        )
        if met is None:
            return False
        host = met.hosts[0] if met.hosts else None
        others = [p for p in persons if _name(p) not in met.present]
        self._attend(met, persons, evidence)
        if host is not None and met.guests == 0 and len(others) == 1:
            self.relations.append(Relation("metWith", host, others[0], evidence))
            met.sides.extend(p for p in (host, others[0]) if p not in met.sides)
            met.guests = 2
            self._rename(met, _principals([host], others, met.mention.text, len(text)))
        return True

    def _meeting_sides(self, text: str, found: re.Match[str], day: str | None) -> list[Mention]:
        """The two sides of the story's last meeting (or the visitor of a visit the sentence
        told just before), when the clause of ``found`` names them only as both (两国总理,
        双方), on the sentence's ``day``."""
        clause = text[_clause_start(text, found.start(), "，。；,;") : found.start()]
        if not BOTH_SIDES.search(clause):
            return []
        # (李强表示，…今年6月，习近平主席同总理先生举行会晤: a meeting told of has no sides here)
        met = self._last_in_story(
            lambda f: (
                not f.told
                and (
                    (f.event_type == "Meeting" and bool(f.sides))
                    # (切尔诺梅尔金总理访问土耳其，双方签署了一系列协定: the visitor the sentence
                    # just told of and his hosts, not the sides of a meeting told before)
                    or (
                        f.event_type == "Visit"
                        and f.mention.sentence == self.sentence_index
                        and f.mention.end <= found.start()
                    )
                )
            )
        )
        if met is not None and met.event_type == "Visit":
            return [p for p in self.sentence_people if p.type == "Person"]
        if met is None:
            # (夏巴兹·谢里夫和莱希…共同见证了…，双方还共同出席了…启动仪式: no meeting told, the
            # two the sentence named doing its last thing)
            named = [p for p in self.sentence_people if p.type == "Person"]
            return named if len({_name(p) for p in named}) >= 2 else []
        if day and met.date and not _same_time(day, met.date):
            # (习近平会见米舒斯京 today; 昨天双方成功举行俄中总理第二十八次定期会晤: the two
            # premiers of yesterday's meeting, not the sides of today's)
            return []
        return list({_name(p): p for p in met.sides}.values())

    def _recalled_event(
        self, text: str, people: list[Mention], found: re.Match[str]
    ) -> _Frame | None:
        """The undated event of the story that ``在全会上`` (a bare word for it) before the cue
        refers back to, when the story's current event is not one."""
        if not people:
            return None
        at = AT_BARE_WORD.search(text, people[-1].end, found.start())
        if at is None:
            return None
        forms = _bare_word_forms(at.group(1))
        if self.current is not None and self.current.base.endswith(forms):
            return None
        return next(
            (
                f
                for f in reversed(self.frames[self.story_start :])
                if f is not self.current
                and not f.word
                and f.date is None
                and f.base.endswith(forms)
            ),
            None,
        )

    def _named_speech(
        self,
        text: str,
        mentions: list[Mention],
        named_speech: re.Match[str],
        people: list[Mention],
        evidence: Evidence,
    ) -> None:
        forms = _bare_word_forms(named_speech.group(1))
        earlier = [
            m
            for m in mentions
            if m.type == "Event"
            and m.end <= named_speech.start()
            and (m.text.endswith(forms) or (m.value or "").endswith(forms))
        ]
        if not earlier:
            return
        story = self.current
        frame = self._frame_of_mention(earlier[-1], None, people, [], evidence)
        self.current = story
        for person in (p for p in people if p.type == "Person"):
            for role in ("participatedIn", "spokeAt"):
                self.relations.append(Relation(role, person, frame.mention, evidence))

    def _speech_studied(self, text: str, mentions: list[Mention], evidence: Evidence) -> None:
        """``会议传达学习贯彻习近平总书记近期重要讲话精神``: a speech studied whose occasion the
        text does not name; whether it was made at an event of the story is known at its end."""
        if "讲话" not in text:
            return  # (most sentences: no speech named)
        for speaker in (m for m in mentions if m.type == "Person"):
            speech = SPEECH_OF_SPEAKER.match(text, speaker.end)
            if speech is None or not SPEECH_STUDIED.search(text, 0, speaker.start):
                continue
            if any(m.type == "Event" and speaker.end <= m.start < speech.end() for m in mentions):
                continue  # (…在庆祝…大会上的重要讲话: the event it was made at, read elsewhere)
            anchor = _cue_anchor(speech, self.sentence_index, "speech")
            self.studied.append((speaker, anchor, evidence))

    def _speeches_studied(self) -> None:
        """The speeches the story studies (see ``_speech_studied``), each made at a conference
        of its own, undated, one per speaker and story; not one the story puts the speaker at
        (习近平出席…并发表重要讲话。…要认真学习贯彻习近平总书记重要讲话精神; a headline's
        学习贯彻习近平总书记重要讲话 whose body names the plenum)."""
        studied, self.studied = self.studied, []
        story, index = self.current, self.sentence_index
        frames: dict[str, _Frame] = {}
        for speaker, anchor, evidence in studied:
            name = _name(speaker)
            if name not in frames:
                if self._at_the_story(name):
                    continue
                self.sentence_index = anchor.sentence  # (_open reads the anchor's sentence)
                frames[name] = self._open(anchor, "Conference", None, f"{name}讲话", evidence, name)
                frames[name].told = True  # (not the story's event: its 会议 is another)
            for role in ("participatedIn", "spokeAt"):
                self.relations.append(Relation(role, speaker, frames[name].mention, evidence))
        self.current, self.sentence_index = story, index

    def _at_the_story(self, name: str) -> bool:
        """Whether the story puts the person named at one of its events (a role's relation
        may still name an event by a label a later one renamed)."""
        frames = self.frames[self.story_start :]
        labels = {f.mention.value for f in frames}
        labels |= {old for old, new in self.renamed.items() if new in labels}
        return any(name in f.present for f in frames) or any(
            r.relation in ROLES and r.tail.value in labels and _name(r.head) == name
            for r in self.relations
        )

    def _promulgated(self, text: str, mentions: list[Mention], evidence: Evidence) -> None:
        """``习近平签署第十五号主席令。第十五号主席令说，《公司法》…现予公布``: who signs the
        orders issues what they promulgate."""
        order = ORDER_SIGNED.search(text)
        if order is not None:
            self.order_signers = [
                p for p in subjects(text, mentions, order.start()) if p.type == "Person"
            ]
        if order is not None:
            # 签署了关于《传统工艺美术保护条例》的第２１７号国务院令: the order makes it law
            for document in mentions:
                if (
                    document.type == "Document"
                    and order.start() < document.start < order.end()
                    and text.endswith("关于《", 0, document.start)
                ):
                    for signer in self.order_signers:
                        self.relations.append(Relation("issued", signer, document, evidence))
        promulgated = PROMULGATED.search(text)
        if order is not None and promulgated is None:
            # 签署国务院令，公布修订后的《…规定》: the order's own clause names what it makes law
            promulgated = ORDER_PUBLISHES.search(text, order.end())
        if promulgated is None or not self.order_signers:
            return
        for document in mentions:
            if document.type != "Document":
                continue
            # (…《公司法》…现予公布: before it; 公布《…》: right after it)
            before = promulgated.group().startswith(("现予", "予以")) and (
                document.end <= promulgated.start()
            )
            after = not promulgated.group().startswith(("现予", "予以")) and (
                0 <= document.start - promulgated.end() <= 8
            )
            if before or after:
                for signer in self.order_signers:
                    self.relations.append(Relation("issued", signer, document, evidence))

    def _home_visits(
        self,
        text: str,
        mentions: list[Mention],
        evidence: Evidence,
        authors: set[Mention],
        day: str | None,
    ) -> None:
        """``温家宝、宋健在…周光召和…张玉台陪同下来到侯祥麟院士的家``: a visit to someone's
        home, of the visitors, the one visited and those who went with them."""
        if "家" not in text:
            return  # (most sentences: no home named)
        for found in HOME_VISIT.finditer(text):
            verb = found.start("verb")
            clause_start = _clause_start(text, verb, "，。；,;")
            escort = text.rfind("陪同下", clause_start, verb)
            if escort < 0 and clause_start > 0:
                escorted = text.rfind("陪同下", 0, clause_start)
                if escorted >= 0 and ESCORTED_THEN.fullmatch(text, escorted + 3, verb):
                    escort = escorted
                    clause_start = _clause_start(text, escort, "，。；,;")
            opening = text.rfind("在", clause_start, escort) if escort >= 0 else -1
            companions: list[Mention] = []
            if opening >= 0:
                visitors = subjects(text, mentions, opening)
                companions = [
                    m for m in mentions if m.type == "Person" and opening < m.start < escort
                ]
            else:
                visitors = subjects(text, mentions, verb)
            if not visitors:
                visitors = self._pronoun_subject(text, mentions, verb)
            visitors = [v for v in visitors if v not in authors and v.type == "Person"]
            owners = [
                m
                for m in mentions
                if m.type == "Person" and found.start("home") <= m.start < found.end("home")
            ]
            # (笔者来到…居民刘山南家, 我们来到板栗承包人汪瑞仁的家: the writer, unnamed, visits)
            narrated = not visitors and NARRATOR.fullmatch(text, clause_start, verb) is not None
            if not owners or not (visitors or narrated):
                continue
            # (来到已故全国劳动模范…张秉贵家中: his family receives them, not he)
            hosts = [m for m in owners if "已故" not in text[found.start("home") : m.start]]
            trip = self.current
            if (
                trip is not None
                and trip.event_type in ("Inspection", "Visit")
                and visitors
                and _name(visitors[0]) in trip.present
            ):
                # 习近平来到社区居民赵守成家中 on an inspection: a stop of the trip
                for host in hosts:
                    self.relations.append(Relation("participatedIn", host, trip.mention, evidence))
                continue
            anchor = _cue_anchor(found, self.sentence_index, "verb")
            base = (
                "、".join(_name(v) for v in visitors[:MAX_LABEL_NAMES]) + "看望" + _name(owners[0])
            )
            frame = self._open(
                anchor,
                "Visit",
                self._when(day, verb),
                base,
                evidence,
                _first_person(visitors or hosts),
            )
            self._attend(frame, [*visitors, *hosts], evidence)
            for companion in companions:
                if companion not in authors:
                    self.relations.append(
                        Relation("accompanied", companion, frame.mention, evidence)
                    )
            if visitors:
                self.last_subject = visitors[0]

    def _people_acting(
        self, text: str, mentions: list[Mention], at: int, authors: set[Mention]
    ) -> list[Mention]:
        """The persons whose verb starts at ``at`` (else whom a 他 opening the sentence is),
        never the byline's authors."""
        return [
            p
            for p in subjects(text, mentions, at) or self._pronoun_subject(text, mentions, at)
            if p.type == "Person" and p not in authors
        ]

    def _trips_to_places(
        self,
        text: str,
        mentions: list[Mention],
        evidence: Evidence,
        authors: set[Mention],
        day: str | None,
    ) -> None:
        """``一九八三年十一月，刚刚结束新兵训练的梁坤奠来到了永兴岛``: a named person's trip to a
        named place, told in a clause of its own, is a visit of that person, dated by the
        sentence alone. A trip in a sentence an event cue reads (来到…考察, 结束…访问后…回到北京)
        is the cue's, a person's further stop on the story's event (…还来到…社区) is a part of
        it, and a trip told as a time (到了西沙后) is none."""
        trips = list(TRIP_TO_PLACE.finditer(text))
        if not trips or event_cues().pattern.search(text):
            return  # (most sentences: no trip told, or one a cue reads)
        # (a place of one character is a part of a name: 来到晋|东南, 西藏|藏医药大学)
        places = {m.start: m for m in mentions if m.type == "Place" and len(m.text) > 1}
        for found in trips:
            place = places.get(found.end())
            if place is None or TRIP_AS_TIME.match(text, place.end):
                continue
            while place.end in places:  # 宜昌县栗于坪乡秀水坪村: the last of a chain
                place = places[place.end]
            sentence_from = _clause_start(text, found.start(), "。；;")
            if not (
                TRAVELLER_BEFORE.search(text, sentence_from, found.start())
                or any(
                    m.type == "Person" and sentence_from <= m.start < found.start()
                    for m in mentions
                )
            ):
                continue  # (回到内蒙古，他立即…: the trip as the time of what he did)
            visitors = self._people_acting(text, mentions, found.start(), authors)
            story = self.current
            if (
                not visitors
                or (story is not None and _name(visitors[0]) in story.present)
                # (…护送江泽民同志遗体回到北京: the dead are carried, not travelling)
                or REMAINS.search(text, visitors[-1].end, found.start())
            ):
                continue
            names = "、".join(_name(v) for v in visitors[:MAX_LABEL_NAMES])
            base = names + found.group("verb") + (place.value or place.text)
            anchor = _cue_anchor(found, self.sentence_index, "verb")
            # A day the clause names (罗斯自６日重返中东), else one the sentence names, not the
            # story's: 他…来到重庆的山村小学 in a feature looking back is not of the page's day
            clause_from = _clause_start(text, found.start(), "，,。；;")
            days = [
                m.value
                for m in mentions
                if m.type == "Date" and _is_day(m.value) and clause_from <= m.start < found.start()
            ]
            own_day = any(m.type == "Date" and _is_day(m.value) for m in mentions)
            when = days[-1] if days else (day if own_day else None) or self.sentence_coarse
            frame = self._open(anchor, "Visit", when, base, evidence, _first_person(visitors))
            self._attend(frame, visitors, evidence)
            # (a trip told on the way does not take the story over: what follows is still its)
            self.current = story
            self.last_subject = visitors[0]

    def _delegation_sessions(
        self,
        text: str,
        mentions: list[Mention],
        evidence: Evidence,
        authors: set[Mention],
        day: str | None,
    ) -> None:
        """``韩正5日下午来到他所在的山东代表团，同代表们一起审议政府工作报告``: the
        deliberation (or discussion) of one's own delegation, which one attends."""
        if "所在的" not in text:
            return
        for found in DELEGATION_SESSION.finditer(text):
            people = self._people_acting(text, mentions, found.start(), authors)
            if not people:
                continue
            anchor = _cue_anchor(found, self.sentence_index, "verb")
            base = _name(people[0]) + found.group("group") + found.group("verb")
            frame = self._open(
                anchor,
                "Conference",
                self._when(day, found.start()),
                base,
                evidence,
                _name(people[0]),
            )
            self._attend(frame, people, evidence)
            self.last_subject = people[0]

    def _titled_talks(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``穆虹作了题为《…》的讲座``: a talk named by its title, given at the story's
        conference (a lecture, a report, a speech)."""
        frame = self.current
        for found in TITLED_TALK.finditer(text):
            roles = ("participatedIn", "spokeAt")
            if frame is not None and frame.event_type not in ("Conference", "Ceremony"):
                # …接见了会议代表。李鹏在会上作了题为《…》的重要讲话: the meeting, not the
                # audience the story reported last
                at_meeting = _at_meeting_before(text, found.start())
                frame = self._last_reported("Conference") if at_meeting is not None else None
                if frame is None:
                    return
            if frame is None:
                # 这次…参加的会议…。哈尔滨市市长曹广亮作了“…”的专题发言: a meeting not named
                speakers = [
                    p for p in subjects(text, mentions, found.start()) if p.type == "Person"
                ]
                frame = self._meeting_of_speech(speakers, found, evidence)
                if frame is None:
                    return
            self._those_there(frame, text, mentions, found.start(), roles, evidence, authors)

    def _meeting_of_speech(
        self, speakers: list[Mention], found: re.Match[str], evidence: Evidence
    ) -> _Frame | None:
        """The meeting a speech was made at, when the story names none (a paragraph of a
        report whose meeting another paragraph names): one Conference, named by its speakers."""
        if not speakers or self.frames[self.story_start :]:
            return None
        base = _principals(speakers, [], "会议", found.start())
        anchor = _cue_anchor(found, self.sentence_index)
        frame = self._open(anchor, "Conference", None, base, evidence, speakers[0].text)
        frame.word = "会议"
        return frame

    def _collective_messages(
        self,
        text: str,
        mentions: list[Mention],
        evidence: Evidence,
        authors: set[Mention],
        day: str | None,
    ) -> None:
        """``又有一些国家领导人陆续通过致电致函等方式，热烈祝贺…。菲律宾总统马科斯表示，…``:
        messages many senders sent, the story names one a paragraph; each is a sender."""
        listed = SENDERS_LISTED.search(text)
        if listed is not None:
            senders = [
                p
                for p in _listed(text, mentions, listed.end(), len(text))
                if p.type == "Person" and p not in authors
            ]
            frame = self.current if self.current and self.current.word == COLLECTIVE else None
            if frame is None and senders:
                anchor = _cue_anchor(listed, self.sentence_index, "verb")
                when = self._when(day, listed.start())
                frame = self._open(anchor, "Other", when, "发来" + listed["verb"], evidence)
                frame.word = COLLECTIVE
            if frame is not None:
                self._attend(frame, senders, evidence)
            return
        found = COLLECTIVE_MESSAGE.search(text)
        if (
            found is not None
            and not any(
                m.type == "Person"
                and m.start < found.start("verb")
                # (多国领导人…向国家主席习近平致唁电函…，对江泽民同志逝世表示深切哀悼: to whom and
                # about whom, not who sends)
                and not (
                    m.start > found.start()
                    and re.search("[向对为]", text[found.start() : m.start]) is not None
                )
                for m in mentions
            )
        ):
            anchor = _cue_anchor(found, self.sentence_index, "verb")
            base = found.group("who") + found.group("verb")
            opened = self._open(
                anchor, "Other", self._when(day, found.start()), base, evidence, bare=True
            )
            opened.word = COLLECTIVE
            return
        frame = self.current
        if frame is None or frame.word != COLLECTIVE:
            return
        first = next((m for m in mentions if m.type == "Person"), None)
        sender = _opening_person(text, mentions)
        if sender is None and first is not None and text[first.end : first.end + 1] in "和、":
            # 总统奥尔特加和副总统穆里略表示: the titled first of a pair, opening the sentence
            sender = first if _titled_opener(text, mentions, first) else None
        if sender is None or sender in authors:
            return
        if text.startswith(cues()["say"], sender.end):
            self.relations.append(Relation("participatedIn", sender, frame.mention, evidence))
            return
        # 总统奥尔特加和副总统穆里略表示: senders of one message, joined
        said = next(
            (m for m in mentions if m.type == "Person" and text.startswith(cues()["say"], m.end)),
            None,
        )
        if said is not None and text[sender.end : sender.end + 1] in ("和", "、"):
            joined = [p for p in subjects(text, mentions, said.end) if p.type == "Person"]
            if sender in joined:
                for person in joined:
                    if person not in authors:
                        self.relations.append(
                            Relation("participatedIn", person, frame.mention, evidence)
                        )

    def _conference_speech(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``王沪宁出席会议并当选会长。他表示，…``: what one who is at a conference says
        there, a sentence of its own, is a speech to it (at a meeting it is the talks)."""
        frame = self.current
        if frame is None or frame.event_type != "Conference":
            return
        # …举行新闻发布会。国家卫生健康委新闻发言人米锋介绍，…: whoever tells something at a
        # press conference speaks there, named or not before
        briefing = PRESS_BRIEFING.search(frame.base) is not None
        says = (*cues()["say"], "介绍") if briefing else cues()["say"]
        start = len(text) - len(text.lstrip())
        # 全国统计工作会议一月七日至九日在北京召开，国家统计局局长刘洪要求…: the clause after
        # the one the conference is held in opens as a sentence would
        held = (
            HELD_AS_SUBJECT.match(text, frame.mention.end)
            if frame.mention.sentence == self.sentence_index
            else None
        )
        if held is not None:
            start = held.end()
        speaker: Mention | None = None
        if text[start : start + 1] in ("他", "她") and text.startswith(says, start + 1):
            # (他说，…为以色列总理内塔尼亚胡…同克林顿总统会谈…作准备: not whom he spoke of)
            speaker = self.subject_before
        else:
            first = next((m for m in mentions if m.type == "Person" and m.start >= start), None)
            if (
                first is not None
                and first not in authors
                # (国家能源局党组成员、副局长任京东介绍: a title the tables know in part)
                and (
                    not stripped_gap(text, mentions, start, first.start)
                    or _titled_opener(text, mentions, first)
                )
                and (
                    text.startswith(says, first.end)
                    # (中央组织部副部长徐启方从…等方面，介绍了…: what about, then the verb)
                    or (briefing and BRIEFED_ON.match(text, first.end) is not None)
                )
            ):
                speaker = first
        if speaker is None or (
            # (阿莱曼说，他出席了中美洲首脑会议: the event is what he tells of; not …表示，他
            # 将在出席…首脑会议时提出这一问题: what he will say there)
            frame.mention.sentence == self.sentence_index
            and frame.mention.start > speaker.end
            and not TIME_OF_SPEECH.match(text, frame.mention.end)
        ):
            return
        if briefing and _name(speaker) not in frame.present:
            self._attend(frame, [speaker], evidence)
        if _name(speaker) in frame.present:
            self.relations.append(Relation("spokeAt", speaker, frame.mention, evidence))
        elif not frame.present and (
            held is not None or frame.mention.sentence == self.sentence_index - 1
        ):
            # …工作会议今天在京举行。曾庆红要求…: the one named next, and no one else, was
            # there; what he asks is not said to be a speech to it
            self.relations.append(Relation("participatedIn", speaker, frame.mention, evidence))
            frame.present.add(_name(speaker))

    def _carried_subject(
        self, text: str, mentions: list[Mention], found: re.Match[str]
    ) -> list[Mention]:
        """``韩正…访问葡萄牙，在里斯本分别会见…``: a comma clause with no subject of its own
        goes on with the sentence's."""
        clause_start = _clause_start(text, found.start(), "，,")
        if clause_start == 0:
            return self._story_subject(text, mentions, found)
        # 姜春云１月２４日到河北省张家口市地震灾区，慰问灾区军民: the subject of the clause
        # before, which did nothing a cue names
        carried = self.sentence_people or self._clause_subject(text, mentions, clause_start)
        openers = [] if carried else _opening_list(text, mentions, clause_start)
        run_end = openers[-1].end if openers else 0
        if (
            openers
            and run_end <= clause_start
            and not POSSESSED.match(text, run_end)  # (刘澜涛同志的冤案: a topic, not who acts)
            # (阮富仲表示，昨天我们同…会谈: what one says is not what one does)
            and not any(c in text[run_end : found.start()] for c in cues()["say"])
            and not any(
                m.type in ("Person", "Organization")
                and run_end <= m.start < found.start()
                # (习近平应沙特阿拉伯王国国王萨勒曼邀请，赴利雅得出席…: the inviter acts not)
                and not INVITED_BY.search(text, run_end, m.start)
                # (乔石在…谢非，…林树森等陪同下，来到…，参观了…: nor do the companions)
                and not _escorting(text, run_end, m)
                # (石梅等领导，…，来到武警北京一总队…，慰问…: nor a body gone to)
                and not (m.type == "Organization" and a_place_of(text, m, mentions))
                for m in mentions
            )
        ):
            # 习近平主席在内蒙古冒着…的严寒，踏雪看望戍边战士: the one the sentence opened with,
            # when no one else is named before the verb
            carried = openers
        if not carried:
            return []
        # (…，同武契奇总统举行会谈: the other side of talks comes after 同)
        joiner = _joiner(text, found.start())
        verb = joiner if joiner >= clause_start else found.start()
        to = text.find("向", clause_start, verb)  # (分别向孙中山先生像敬献花篮: to whom)
        verb = to if to >= 0 else verb
        if any(
            (m.type in ("Person", "Organization") and clause_start <= m.start < verb)
            # (…时说，印度日前在…签署了…: a country opening the clause acts in it)
            or (m.type == "Place" and m.start == clause_start and m.end < verb)
            for m in mentions
        ):
            return []
        # (纳扎尔巴耶夫…抵达这里，他先后同…举行了会谈: 他 is the one the sentence goes on with)
        gap = CLAUSE_PRONOUN.sub("", stripped_gap(text, mentions, clause_start, verb))
        # (踏雪看望, 专程看望: a word of manner before the verb of a clause without a subject)
        if not (VERB_GAP.match(gap) or MANNER.fullmatch(gap)):
            return []
        return carried

    def _story_subject(
        self, text: str, mentions: list[Mention], found: re.Match[str]
    ) -> list[Mention]:
        """``…同基层人大代表亲切交流。主持召开五级人大代表座谈会，…``: a sentence that opens
        with what is done goes on with the story's subject (not 出席会议的有…, not 考察中，…)."""
        if (
            self.last_subject is None
            or self.current is None
            or self.current.told
            or (
                _name(self.last_subject) != self.current.principal
                # (…出席…开幕式并致辞；考察…项目: the subject goes on from the sentence before,
                # which it carried into the event it attended)
                and not (self.story_carried and _name(self.last_subject) in self.current.present)
            )
            or INVERTED.match(text, found.end())
            # (递交国书仪式结束后，…; 在听取…汇报后，…: when the clause after it happens)
            or text[found.end() : _comma_after(text, found.end())].endswith(
                (*AFTER_EVENT, "时", "中")
            )
        ):
            return []
        gap = text[: found.start()].strip()
        if gap and not (
            SUBJECTLESS_OPENING.fullmatch(gap)
            or MANNER.fullmatch(gap)
            # (…并到企业调研；在市人大机关考察预算监督等工作: where, and no one else named)
            or (
                WHERE_OPENING.fullmatch(gap)
                and not any(m.type == "Person" and m.start < found.start() for m in mentions)
            )
        ):
            return []
        named = next(
            (m.end for m in mentions if m.type == "Event" and m.start == found.end()),
            found.end() + len(_bare_event(text, found.end())),
        )
        if (
            "的" in text[found.end() : found.end() + 3]
            # (出席预备会议的代表…2310名: a clause on who, not an act)
            or text.startswith("的", named)
            or any(m.type == "Event" and m.start <= found.start() < m.end for m in mentions)
        ):
            return []  # (在去年召开的…会议上，…; 陪同前往的…: what names, no act)
        self.story_carried = True
        return [self.last_subject]

    @staticmethod
    def _clause_subject(text: str, mentions: list[Mention], clause_start: int) -> list[Mention]:
        """The persons a clause before ``clause_start`` opens with, when the clauses between
        name no one (姜春云…到…灾区，查看灾情，慰问…: 姜春云)."""
        comma = clause_start - 1
        for _ in range(3):
            found = [p for p in subjects(text, mentions, comma) if p.type == "Person"]
            if found:
                return _speaking_for(text, mentions, found)
            previous = _clause_start(text, comma, "，,")
            if previous == 0 or any(
                m.type in ("Person", "Organization") and previous <= m.start < comma
                for m in mentions
            ):
                return []
            comma = previous - 1
        return []

    def _all_above(self, people: list[Mention], evidence: Evidence) -> None:
        """``王毅、秦刚等参加上述活动``: every event of the story on the day of the last one
        (the talks, the welcome ceremony, the banquet), not a visit it is part of nor an event
        told of."""
        if self.current is None:
            return
        # (…1945年4月至6月党的七大在这里召开。…参加上述活动: not an event of another year)
        year = (self.document.date or "")[:4]
        story = [
            f
            for f in self.frames[self.story_start :]
            if not f.told and (not year or not f.date or f.date.startswith(year))
        ]
        if not story:
            return
        current = self.current if self.current in story else story[-1]
        # (会见…。峰会期间，双方签署…。王毅参加上述活动: the meeting's day, the signing undated)
        day = current.date or next((f.date for f in reversed(story) if f.date), None)
        for frame in story:
            if frame.event_type != "Visit" and (frame.date == day or frame is current):
                for person in people:
                    self.relations.append(
                        Relation("participatedIn", person, frame.mention, evidence)
                    )

    def _held_on(self, text: str, mentions: list[Mention], evidence: Evidence) -> None:
        """``于去年七月在吉隆坡召开的第三十届东盟外长会议``: a named event a relative clause
        dates, whatever the story's day."""
        for event in mentions:
            if event.type != "Event" or not event.value:
                continue
            if not text[: event.start].endswith(("召开的", "举行的", "举办的")):
                continue
            date = next(
                (
                    m
                    for m in reversed(mentions)
                    if m.type == "Date"
                    and m.value
                    and 0 < event.start - m.end <= 20
                    and not CLAUSE_BREAK.search(text, m.end, event.start)
                ),
                None,
            )
            if date is not None and date.value:
                frame = self.named.get(event.value) or self.by_label.get(event.value)
                if frame is not None:
                    self._date(frame, date.value, evidence)

    def _at_the_meeting(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``国务院召开…视频会议，李强在会上强调``: a bare 会上 is the story's conference, and
        what is said there a speech to it."""
        frame = self.current
        if frame is None:
            # 中组部部长张全景在会上充分肯定了…: a meeting the story names nowhere (not
            # 赵洪祝在会上通报了…。座谈会由袁纯清主持: one the next sentence names)
            found = next(
                (
                    f
                    for f in AT_THE_MEETING.finditer(text)
                    if "会" in f.group() and not text.startswith("的", f.end())
                ),
                None,
            )
            if found is None or any(
                m.type == "Event"
                for later in self.per_sentence[self.sentence_index + 1 :]
                for m in later
            ):
                return
            speakers = [
                p
                for p in subjects(text, mentions, found.start())
                if p.type == "Person" and p not in authors
            ]
            frame = self._meeting_of_speech(speakers, found, evidence)
            if frame is not None:
                self._attend(frame, speakers, evidence)
                if _speaks(text[found.end() : clause_end(text, found.end())]):
                    for speaker in speakers:
                        self.relations.append(Relation("spokeAt", speaker, frame.mention, evidence))
            return
        if frame.event_type not in ("Conference", "Ceremony", "Award"):
            return
        for found in AT_THE_MEETING.finditer(text):
            if text.startswith("的", found.end()):
                continue  # 学习贯彻习近平总书记在全会上的重要讲话精神: a speech told of, past
            if "全会" in found.group() and not PLENUM.search(frame.base):
                continue  # 党组召开会议…。习近平总书记在全会上发表重要讲话: the plenum studied
            rest = text[found.end() : clause_end(text, found.end())]
            spoke = _speaks(rest) or any(
                # 陈文清在会上传达习近平重要指示并讲话: a speech the clause ends with
                event_cues().of(cue.group()).role == "spokeAt"
                for cue in event_cues().pattern.finditer(rest)
            )
            # (韦迪在仪式上鼓励举重健儿…: one who does anything there is there)
            roles = ("participatedIn", "spokeAt") if spoke else ("participatedIn",)
            self._those_there(frame, text, mentions, found.start(), roles, evidence, authors)

    def _spoke_after_held(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``19日，武汉市国土房产局举行新闻发布会，武汉市住房保障管理中心主任冷山德说，…``,
        ``中国奥委会…举行反兴奋剂会议，中国奥委会主席伍绍祖、副主席袁伟民严厉批评了…``: who
        speaks in the clause right after a body holds a conference speaks at it."""
        frame = self.current
        if (
            frame is None
            or frame.event_type != "Conference"
            or frame.mention.sentence != self.sentence_index
        ):
            return
        for held in CONFERENCE_HELD.finditer(text):
            if not held.start() <= frame.mention.start < held.end():
                continue
            said = SPOKE_THERE.search(text, held.end(), clause_end(text, held.end()) + 1)
            if said is None:
                continue
            for speaker in subjects(text, mentions, said.start()):
                if (
                    speaker.type == "Person"
                    and speaker not in authors
                    and speaker.start >= held.end()
                ):
                    for role in ("participatedIn", "spokeAt"):
                        self.relations.append(Relation(role, speaker, frame.mention, evidence))

    def _listed_events(
        self,
        text: str,
        mentions: list[Mention],
        frame: _Frame,
        people: list[Mention],
        evidence: Evidence,
    ) -> None:
        """``出席亚太经合组织…非正式会议、二十国集团领导人第十九次峰会``: each event of the
        list the verb takes is attended; the first stays the story's."""
        events = [m for m in mentions if m.type == "Event" and m.value]
        first = next((e for e in events if e.start == frame.mention.start), None)
        if first is None:
            return
        story, last = self.current, first
        for other in events[events.index(first) + 1 :]:
            if text[last.end : other.start] not in ("、", "和", "及", "以及"):
                break
            listed = self._frame_of_mention(other, frame.date, people, [], evidence)
            self._attend(listed, [p for p in people if p.type == "Person"], evidence)
            last = other
        self.current = story

    def _named_after_election(
        self, text: str, mentions: list[Mention], evidence: Evidence, day: str | None
    ) -> None:
        """``会议选举产生了…主席团和秘书长…。大会主席团由181人组成，李鸿忠为大会秘书长``: in
        a story that elected, a clause ``X为Y`` names X to the post."""
        if not self.elected_in_story and not ELECTION_WORDS.search(text):
            return
        self.elected_in_story = True
        for person in (m for m in mentions if m.type == "Person"):
            named = NAMED_TO.match(text, person.end)
            post = next(
                (m for m in mentions if m.type == "Position" and named and m.start == named.end()),
                None,
            )
            if (
                named is None
                or post is None
                or text[post.end : post.end + 1] not in ("。", "；", ";", "，", "")
                # (任命李四为…: a decision's object, which its verb reads)
                or (person.start > 0 and text[person.start - 1] not in "，,；;")
            ):
                continue
            date = day or self.last_day or self.document.date
            self.relations.append(Relation("holdsPosition", person, post, evidence, since=date))
            self._appointment(
                text, mentions, named, [person], self._when(day, person.start), evidence
            )

    def _ended(
        self, text: str, mentions: list[Mention], evidence: Evidence, day: str | None
    ) -> None:
        """``为期３天的…工作会议今天在天津结束``: the story reports the event that ended."""
        for event in (m for m in mentions if m.type == "Event" and m.value):
            if ENDED.match(text, event.end) and not _planned_at(text, event.start):
                self._frame_of_mention(event, self._when(day, event.start), [], [], evidence)

    def _in_their_speech(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``全国计划生育工作会议今天在京召开。国务委员彭珮云在讲话中指出``, ``在讲话中，习近平
        总书记指出``: one who says something in a speech spoke at the story's event."""
        frame = self.current
        if frame is not None and (frame.event_type not in SPOKEN_AT or _unattended(frame)):
            return
        if frame is not None and frame.told:
            frame = None  # 朱昌骏致词说，…迎来了十五大的胜利召开。唐家璇在致词中说: not there
        for found in IN_THE_SPEECH.finditer(text):
            if STUDIED.search(text, 0, found.start()):
                continue  # 学习贯彻习近平总书记在讲话中…: a speech studied, not made here
            people = (
                subjects(text, mentions, found.start())
                or self._pronoun_subject(text, mentions, found.start())
                # (赵启正出席了…颁奖仪式，他在讲话中…: 他 is whom the sentence opens with)
                or _sentence_subject_for_pronoun(text, mentions, found.start())
            )
            if not people and text[found.end() : found.end() + 1] in "，,":
                people = [
                    m
                    for m in mentions
                    if m.type == "Person"
                    and found.end() < m.start < clause_end(text, found.end() + 1)
                    and not stripped_gap(text, mentions, found.end() + 1, m.start).strip()
                ][:1]
            speakers = [p for p in people if p.type == "Person" and p not in authors]
            if frame is None and speakers:
                # 江泽民在讲话中首先向大家问好 in a paragraph that names no meeting
                frame = self._meeting_of_speech(speakers, found, evidence)
            if frame is None:
                continue
            self._attend(frame, speakers, evidence)
            for speaker in speakers:
                self.relations.append(Relation("spokeAt", speaker, frame.mention, evidence))

    def _companions_named(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``陪同前往的民政部部长多吉才让对记者说``: the one named as who went along accompanied
        the story's trip."""
        trip = self.current
        if trip is None or trip.event_type not in ("Inspection", "Visit"):
            return
        for found in WENT_ALONG.finditer(text):
            person = next(
                (
                    m
                    for m in mentions
                    if m.type == "Person"
                    and m.start >= found.end()
                    and not stripped_gap(text, mentions, found.end(), m.start).strip()
                ),
                None,
            )
            if person is not None and person not in authors:
                self.relations.append(Relation("accompanied", person, trip.mention, evidence))

    def _ceremony_guests(self, text: str, mentions: list[Mention], evidence: Evidence) -> None:
        """Whom a ceremony is for: ``举行仪式，欢迎…总统X对我国进行国事访问`` (the welcomed),
        ``向晋升上将军衔的…常务副主任何宏军颁发命令状`` (the honoured)."""
        frame = self.current
        if frame is None or frame.event_type not in ("Ceremony", "Award"):
            return
        guests = [m for found in HONOURED.finditer(text) for m in _people_in(mentions, found)]
        if frame.event_type == "Ceremony":
            # 举行隆重招待会，为即将离任回国的我驻美大使李道豫送行: whom it sees off
            guests += [m for found in SEEN_OFF.finditer(text) for m in _people_in(mentions, found)]
            for found in re.finditer("欢迎", text):
                guests += _name_list(text, mentions, found.end(), clause_end(text, found.end()))
        for guest in guests:
            self.relations.append(Relation("participatedIn", guest, frame.mention, evidence))

    def _named_after_them(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``…接受使节们递交国书。他们是：A、B、C``: the list names who was at the event."""
        found = THEY_ARE.search(text)
        if found is None or self.current is None:
            return
        listed = _listed(text, mentions, found.end(), clause_end(text, found.end()))
        for person in listed:
            if person not in authors:
                self.relations.append(
                    Relation("participatedIn", person, self.current.mention, evidence)
                )
        if listed and text.rstrip().endswith(LIST_GOES_ON):
            self.open_list = ("participatedIn", self.current)

    def _on_the_trip_too(
        self,
        frame: _Frame,
        text: str,
        found: re.Match[str],
        people: list[Mention],
        evidence: Evidence,
    ) -> None:
        """``李克强到人民银行…考察，主持召开座谈会。…刘鹤、何立峰参加``: a bare 参加 that closes
        the story of a trip and the conference its principal held on it joins both."""
        if frame.event_type != "Conference" or text[found.end() :].strip(" 。.") != "":
            return
        trip = self._last_in_story(lambda f: f.event_type in ("Inspection", "Visit"))
        if trip is None or trip is frame:
            return
        if self._chairs(frame) & trip.present:
            self._attend(trip, [p for p in people if p.type == "Person"], evidence)

    def _chair_speaks(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``李克强…主持召开座谈会。…李克强说，…``: what the chair says, opening a sentence of
        the conference's story, is a speech there."""
        frame = self.current
        if frame is None or frame.event_type != "Conference":
            return
        opener = _opening_person(text, mentions)
        if opener is None or opener in authors or not text.startswith(cues()["say"], opener.end):
            return
        if _name(opener) in self._chairs(frame):
            self.relations.append(Relation("spokeAt", opener, frame.mention, evidence))

    def _chairs(self, frame: _Frame) -> set[str]:
        """The names of those who chaired ``frame``."""
        return {
            _name(r.head)
            for r in self.relations
            if r.relation == "chaired" and r.tail.value == frame.mention.value
        }

    def _reported_speakers(
        self, text: str, mentions: list[Mention], evidence: Evidence, authors: set[Mention]
    ) -> None:
        """``听取了X作的关于…的报告``: X reported to the meeting the story is about."""
        if self.current is None:
            return
        for found in REPORT_BY.finditer(text):
            if self.current.event_type == "Meeting" and found.group().startswith("介绍"):
                continue  # 李希介绍了…工作情况 in a 会谈: what the sides tell each other, no speech
            person = next(
                (m for m in mentions if m.type == "Person" and m.end == found.start()), None
            )
            if person is not None and text[person.start - 1 : person.start] in ("向", "给"):
                continue  # 他向阿拉法特通报了…情况: to whom, not who
            post = next(
                (m for m in mentions if m.type == "Position" and 2 <= found.start() - m.end <= 3),
                None,
            )
            if (
                person is None
                and post is not None
                and _name_shaped(text[post.end : found.start()])
                and not _overlaps(mentions, post.end, found.start())
            ):
                # 副主任委员骆源作的…报告: between the title and 作的 is the name
                person = _add_person(text, mentions, post.end, found.start(), self.sentence_index)
            if person is None and post is None:
                person = next(
                    (
                        m
                        for m in reversed(mentions)
                        if m.type == "Person"
                        and m.end < found.start()
                        and REPORT_GAP.fullmatch(text, m.end, found.start())
                    ),
                    None,
                )
            reporters = [person] if person is not None else []
            if person is None and text[found.start() - 1 : found.start()] == "并":
                # 桂晓风主持座谈会并介绍了…情况: who did the sentence's last thing
                reporters = [p for p in self.sentence_people if p.type == "Person"]
            if person is not None and person.end == found.start():
                # 副主任委员袁曙宏、徐辉、王洪祥分别作的…报告, 丁仲礼、何维…、李稻葵介绍调研成果:
                # each of the list reported
                listed = [p for p in subjects(text, mentions, person.end) if p.type == "Person"]
                reporters = listed or reporters
            for reporter in reporters:
                if reporter not in authors:
                    self.relations.append(
                        Relation("spokeAt", reporter, self.current.mention, evidence)
                    )
        if JOINED_REPORT.search(text):
            # 李书磊应邀出席会议并作关于…的辅导报告: the one who attended reported
            for person in self.sentence_people:
                if person.type == "Person" and person not in authors:
                    self.relations.append(
                        Relation("spokeAt", person, self.current.mention, evidence)
                    )
        for heard in HEARD_FROM.finditer(text):
            # 听取了国务院港澳事务办公室主任夏宝龙关于…的汇报: the one heard reported
            person = next(
                (
                    m
                    for m in mentions
                    if m.type == "Person"
                    and heard.end() <= m.start
                    and text.startswith(("关于", "就", "有关"), m.end)
                    and not stripped_gap(text, mentions, heard.end(), m.start).strip("、，, ")
                ),
                None,
            )
            stop = clause_end(text, heard.end())
            if (
                person is not None
                and person not in authors
                and REPORTED.search(text, person.end, stop)
            ):
                # (the briefing 听取 opened on a trip, when it did)
                briefing = next(
                    (
                        f
                        for f in reversed(self.frames)
                        if f.mention.sentence == self.sentence_index
                        and f.mention.start == heard.start()
                    ),
                    self.current,
                )
                # (在会见中，金泳三听取了…杨振亚有关…的介绍: what a side tells in talks is no
                # speech, but the teller is there)
                role = "participatedIn" if briefing.event_type == "Meeting" else "spokeAt"
                self.relations.append(Relation(role, person, briefing.mention, evidence))

    def _at_events(
        self,
        text: str,
        mentions: list[Mention],
        evidence: Evidence,
        authors: set[Mention],
        day: str | None,
    ) -> None:
        """``X在座谈会上缅怀…``, ``X在开幕式上致辞``, ``X在集体学习时强调``: X was there, and
        spoke if a cue says so."""
        events = [m for m in mentions if m.type == "Event"]
        # (大会主持人Ｃ·曼纽: whose title says he hosts the event)
        hosts_titled = {
            m.end for m in mentions if m.type == "Position" and m.text.endswith("主持人")
        }
        for first, event in enumerate(events):
            # 会见时胡锦涛说: a bare word of talks opening its clause, 在 left out
            bare_talks = (
                event.text in BARE_TALKS
                and _clause_start(text, event.start, "，,。；;") == event.start
                and text.startswith(("时", "中"), event.end)
            )
            # (图为归还仪式上，…馆长弗里格展示…: a photograph's caption, 为 for 在)
            caption = text.endswith(CAPTION, 0, event.start)
            at = event.start - 1 if bare_talks or caption else text.rfind("在", 0, event.start)
            if not bare_talks and (
                at < 0
                or not (
                    at == event.start - 1
                    # 戈尔在一个公布电视节目等级调查的记者招待会上说: one event, told by what it did
                    or ONE_EVENT_THAT.fullmatch(text, at + 1, event.start) is not None
                    # 在本届大会第三次全会上: the event the story is of, then its name
                    or THIS_EVENT.fullmatch(text, at + 1, event.start) is not None
                    # 在今年５月４日庆祝北京大学建校１００周年大会上: when, then the event
                    or any(
                        m.type == "Date" and m.start == at + 1 and m.end == event.start
                        for m in mentions
                    )
                    # 他在两河口召开的中央政治局会议上: where and by whom it was held, between
                    or HELD_AT.fullmatch(text, at + 1, event.start) is not None
                    # 在联合国总部的例行吹风会上: the site's event; 在印度尼西亚接替坦桑尼亚担任…
                    # 主席的交接仪式上: what it was held for
                    or (
                        OF_EVENT.fullmatch(text, at + 1, event.start) is not None
                        and text.startswith(("上", "中"), event.end)
                    )
                    # 在加强荒漠化综合防治…座谈会上: the words of the name the event's span left out
                    or (
                        NAME_LEAD.fullmatch(text, at + 1, event.start) is not None
                        and not event_cues().pattern.search(text, at + 1, event.start)
                        and not any(at < m.start < event.start for m in mentions)
                    )
                    # 在学习贯彻党的二十大精神研讨班开班式上: what the class studies opens its name
                    or STUDY_NAME.fullmatch(text, at + 1, event.start) is not None
                    # 在第十届高交会“中国创业投资发展新动力高层论坛”上: a name in quotes, what
                    # it is part of before it
                    # 在“世界华人不动产学会2009年会”圆桌会议上: the event it is part of, quoted
                    or QUOTED_NAME.fullmatch(text, at + 1, event.start) is not None
                    or (
                        QUOTED_EVENT_LEAD.fullmatch(text, at + 1, event.start) is not None
                        and text.startswith(("”", '"'), event.end)
                        and not any(
                            at < m.start < event.start for m in mentions if m.type == "Person"
                        )
                    )
                    # 在美以首脑会谈中: who met, before a bare word of talks
                    or (
                        event.text in ("会谈", "会晤", "晤谈", "通话")
                        and TALKS_QUALIFIER.fullmatch(text, at + 1, event.start) is not None
                        and not event_cues().pattern.search(text, at + 1, event.start)
                    )
                    # 在同希拉克总统和若斯潘总理的会见中，李瑞环强调: with whom, then the talks
                    # (在与驻格外国记者的新年见面会上说: or whatever event it is)
                    or WITH_WHOM.fullmatch(text, at + 1, event.start) is not None
                )
            ):
                continue
            if SPOKEN_OF.search(text, _clause_start(text, event.start, "，,。；;"), event.start):
                continue  # (在谈到即将在伦敦召开的亚欧会议时，钱其琛说: what he speaks of)
            # 在第六次文代会和第五次作代会上: the events a 和 or 、 joins share the 上
            joined = [event]
            for other in events[first + 1 :]:
                if text[joined[-1].end : other.start] not in ("和", "、", "及", "与"):
                    break
                joined.append(other)
            after = joined[-1].end
            if text.startswith(("”", '"'), after) and QUOTED_EVENT_LEAD.fullmatch(
                text, at + 1, event.start
            ):
                after += 1  # (在“…论坛”上: the quote closes the name)
            # 在中央工作会议闭幕会上作的…讲话: a session of the event is the event spoken at
            part = SESSION_PART_AFTER.match(text, after)
            if part is not None:
                after = part.end()
            # 在中共十五大报告中: the report X made there; 他在中共六大作军事报告: X made one
            past_report = AT_EVENT_REPORT.match(text, after)
            # 在全国体委主任会议闭幕前的总结发言中，要求…: a speech made there, told now
            speech = SPEECH_AT_EVENT.match(text, after)
            in_report = past_report or REPORT_AT.match(text, after) or speech
            # 在座谈会上, 在集体学习时, 在…北约防长会期间
            # (科斯坚科在签字仪式后指出: one there, speaking after it)
            during = next(
                (w for w in ("上", "中", "时", "期间", "后") if text.startswith(w, after)), ""
            )
            if during == "后" and (
                event.text in BARE_TALKS or not text.startswith(cues()["say"], after + 1)
            ):
                # (三方领导人在华盛顿会晤后，克林顿总统称: who speaks next may not have been one
                # of them; 在最后一场告别仪式后，莱希将被安葬: what comes after it)
                continue
            if in_report is None and (not during or text.startswith("期间的", after)):
                continue  # (学习…在全国两会期间的重要讲话精神: many days, one told of)
            # where what is said begins
            said_from = after + len(during) if speech is None else speech.end()
            people = [p for p in subjects(text, mentions, at) if p not in authors]
            if not people:
                people = self._pronoun_subject(text, mentions, at)  # １９２８年６月，他在中共六大…
            if not people and in_report is None:
                # 在遵义会议上，他…拥戴…: the one the clause after names (or 他)
                follows = PERSON_AFTER_AT.match(text, said_from)
                if follows is not None and follows.group(1) and self.last_subject is not None:
                    people = [self.last_subject]
                elif follows is not None:
                    # (在…新闻发布会上，商务部副部长盛秋平介绍: titled, the name opens it)
                    people = [
                        m
                        for m in mentions
                        if m.type == "Person"
                        and follows.end() <= m.start < clause_end(text, follows.end())
                        # (在会议开幕式上，塔利班方面首席代表阿卜杜勒·瓦基尔表示: a title
                        # the tables lack)
                        and UNLISTED_TITLE.fullmatch(
                            stripped_gap(text, mentions, follows.end(), m.start).strip()
                        )
                        and m not in authors
                    ][:1]
                    people += _listed_after(text, mentions, people, authors)
                    if people:
                        said_from = people[-1].end  # what the names do there
            if not people:
                continue
            # 在二十大上的报告: a noun phrase that names a past event; it happened, not now
            named_only = (
                past_report is not None
                or text.startswith("的", said_from)
                # (学习贯彻…在全会上的重要讲话中提出的…: a speech studied, made then)
                or (speech is not None and STUDIED.search(text, 0, at) is not None)
            )
            rest_at = in_report.end() if in_report is not None else said_from
            # X在座谈会上缅怀了…，强调…: what X says there is a speech (not 听取, 观看).
            rest = text[rest_at : clause_end(text, said_from - 1)]
            # (在会见中，金泳三总统听取了…的介绍: who listens does not speak)
            spoke = (
                during != "后"
                # (里德在参观时说: what one says on a tour is no speech)
                and not (during == "时" and _tour_word(event.text))
                and not LISTENS.match(rest)
                # (在…工作会议期间接受记者采访时所说的: said to a reporter, not to the meeting)
                and not INTERVIEWED.match(rest)
                and (
                    in_report is not None
                    or any(c in NAMED_HOPE.sub("", rest) for c in (*cues()["say"], *SPEECH_ACTS))
                    or any(
                        event_cues().of(found.group()).role == "spokeAt"
                        for found in event_cues().pattern.finditer(rest)
                    )
                    or self._continued_by_speech()
                )
            )
            for one in joined:
                when = None if named_only else self._when(day, one.start)
                story = self.current
                frame = self._frame_of_mention(one, when, people, [], evidence)
                if named_only and story is not None:
                    self.current = (
                        story  # (学习…在全会上的重要讲话: the 全会 does not take it over)
                    )
                for person in people:
                    self.relations.append(
                        Relation("participatedIn", person, frame.mention, evidence)
                    )
                    # (在会见中，胡锦涛说: what the sides say in talks is no speech; at a
                    # summit named 第十五次会晤, a speech is one; 盖莱表示，非常高兴在…峰会期间
                    # 同…会面，我祝贺…: what the glad one tells of the summit, no speech there;
                    # not 我在…论坛上宣布…, a speech the speaker recalls)
                    if (
                        spoke
                        and person.type == "Person"
                        and not (person.source == SPEAKER_SOURCE and person.text != "我")
                        and one.text not in BARE_TALKS
                    ):
                        self.relations.append(Relation("spokeAt", person, frame.mention, evidence))
                    if person.start in hosts_titled:
                        # 在颁奖仪式上，大会主持人Ｃ·曼纽先生…: the host of the event chairs it
                        self.relations.append(Relation("chaired", person, frame.mention, evidence))
                if frame.event_type == "Meeting" and not named_only:
                    self._other_side_of_talks(text, mentions, people, frame, evidence)
                    if WITH_WHOM.fullmatch(text, at + 1, one.start) is not None:
                        # 在同希拉克总统和若斯潘总理的会见中，李瑞环强调: those he met
                        partners = [
                            m for m in mentions if m.type == "Person" and at < m.start < one.start
                        ]
                        self._attend(frame, partners, evidence)
                        for host in (p for p in people if p.type == "Person"):
                            for partner in partners:
                                if partner.text != host.text:
                                    self.relations.append(
                                        Relation("metWith", host, partner, evidence)
                                    )

    def _other_side_of_talks(
        self,
        text: str,
        mentions: list[Mention],
        people: list[Mention],
        frame: _Frame,
        evidence: Evidence,
    ) -> None:
        """``在美以首脑会谈中，内塔尼亚胡向克林顿面陈了…``: the one a side tells something to,
        or does something with, in talks is the other side."""
        speaker = next((p for p in people if p.type == "Person"), None)
        if speaker is None:
            return
        toward = TOWARD_SIDE.match(text, speaker.end)
        other = next(
            (m for m in mentions if m.type == "Person" and toward and m.start == toward.end()),
            None,
        )
        if other is None or other is speaker:
            return
        self._attend(frame, [other], evidence)
        self.relations.append(Relation("metWith", speaker, other, evidence))

    def _came_to_attend(
        self, text: str, mentions: list[Mention], found: re.Match[str], evidence: Evidence
    ) -> None:
        """``来华出席…开业仪式的``: the visitors :meth:`_visit` just read attend the event they
        came to, which describes them; the story goes on with its own event."""
        attended = event_cues().pattern.match(text, found.start() + len(CAME_TO))
        if attended is None:
            return
        story, visitors = self.current, list(self.sentence_people)
        joined = self._frame_for(
            text, mentions, attended, event_cues().of(attended.group()),
            visitors, [], None, None, evidence,
        )  # fmt: skip
        if joined is not None and joined is not story:
            self._attend(joined, visitors, evidence)
        self.current = story

    def _continued_by_speech(self) -> bool:
        """The next sentence goes on with what the same speaker says (；强调要…, 他指出…)."""
        following = self.sentence_index + 1
        if following >= len(self.sentences):
            return False
        text = self.sentences[following].text.lstrip()
        text = text[1:] if text[:1] in ("他", "她") else text
        return text.startswith(cues()["say"])

    def _roles(
        self,
        frame: _Frame,
        cue: Cue,
        people: list[Mention],
        others: list[Mention],
        text: str,
        mentions: list[Mention],
        found: re.Match[str],
        evidence: Evidence,
    ) -> None:
        event = frame.mention
        role = cue.role if cue.role in ROLES else "participatedIn"
        names = {_name(p) for p in people}
        if (
            role == "participatedIn"
            and text[max(0, found.start() - 2) : found.start()] in ("一同", "一道")
            and frame.principal
            and frame.principal not in names
        ):
            role = "accompanied"  # 王沪宁…调研。马兴瑞、石泰峰一同调研: they go with him
        together = TOGETHER_WITH.search(text, _clause_start(text, found.start(), "，。；,;"))
        if (
            role == "participatedIn"
            and together is not None
            and together.end() <= found.start()
            and INVERTED.match(text, found.end())
        ):
            # 同姜春云一起到灾区慰问的有陈锦华、…: those listed go with the one named
            led = _people_in(mentions, together)
            if led:
                role = "accompanied"
                self._attend(frame, led, evidence)
        named_end = next(
            (m.end for m in mentions if m.type == "Event" and m.start <= found.start() < m.end),
            found.end(),
        )
        if (
            role == "participatedIn"
            and frame.event_type not in ("Inspection", "Meeting")
            and text.startswith("上", named_end)
            and PAST_SPEECH.match(text, named_end + 1)
        ):
            role = "spokeAt"  # 贯彻习近平总书记在…座谈会上的重要讲话精神: he spoke there
        for person in people:
            kind = role if person.type == "Person" else "participatedIn"
            # 何维参加会见 after 分别会见A、B: each of the meetings
            for each in frame.group if cue.role == "participatedIn" and frame.group else [frame]:
                self.relations.append(Relation(kind, person, each.mention, evidence))
            if person.type == "Person" and kind != "accompanied":
                frame.present.add(_name(person))
            if (
                person.type == "Person"
                and kind == "spokeAt"
                and frame.event_type == "Meeting"
                # (a host who speaks meets no fellow host: 习近平和夫人彭丽媛…共同会见…代表)
                and _name(person) not in {_name(host) for host in frame.hosts}
            ):
                # 集体会见…。阿克松、卡贾维维代表外方发言: those who speak to the hosts met them
                for host in frame.hosts:
                    self.relations.append(Relation("metWith", host, person, evidence))
        if found.group().replace("了", "") == "共同会见记者":
            # 峰会…举行，习近平同A、B…共同会见记者: those who face the press together held
            # the summit the sentence reports
            held = next(
                (
                    f
                    for f in reversed(self.frames)
                    if f is not frame
                    and f.mention.sentence == self.sentence_index
                    and f.event_type == "Conference"
                    and f.mention.start < found.start()
                ),
                None,
            )
            if held is not None:
                for person in (p for p in people if p.type == "Person"):
                    self.relations.append(
                        Relation("participatedIn", person, held.mention, evidence)
                    )
        self.last_subject = next((p for p in people if p.type == "Person"), self.last_subject)
        if cue.role == "meet":
            frame.hosts.extend(p for p in people if p.type == "Person")
            frame.sides.extend(p for p in (*people, *others) if p.type == "Person")
            for other in others:
                self.relations.append(Relation("participatedIn", other, event, evidence))
            # 会见了…的张庚、吴雪、欧阳山尊…: each host met each guest of the list (the names
            # next to each other, relations.meetings reads from the sentence alone)
            # (李克强…与德国总理朔尔茨共同会见中德经济界代表: the one joined is a fellow host)
            jointly = (
                text.endswith(TOGETHER, 0, found.start()) and _joiner(text, found.start()) >= 0
            )
            for host in (p for p in people if p.type == "Person" and not jointly):
                for guest in (o for o in others if o.type == "Person" and o.text != host.text):
                    self.relations.append(Relation("metWith", host, guest, evidence))
        # 在P: where it took place
        start = _clause_start(text, found.start(), "，。；,;")
        for place in mentions:
            if (
                place.type == "Place"
                and start <= place.start < found.start()
                and text[max(0, place.start - 1) : place.start] == "在"
            ):
                self.relations.append(Relation("locatedIn", event, place, evidence))


def _in_escorts_clause(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """``陪同考察企业并看望慰问职工的…负责人还有：A、B``: the cue at ``found`` names what the
    companions listed after it went along to, which the 陪同 cue reads; they went with the story's
    principal (not ``陪同习近平出访的有：…``, whose act names the one they went with)."""
    escort = text.rfind("陪同", _clause_start(text, found.start(), "，,。；;"), found.start())
    listed = INVERTED.match(text, escort + 2) if escort >= 0 else None
    return (
        listed is not None
        and listed.end() > found.end()
        and not any(m.type == "Person" and escort < m.start < found.start() for m in mentions)
    )


# 陪同前往的民政部部长多吉才让: the one who went along on the trip
WENT_ALONG = re.compile(r"(?:陪同|随同)(?:前往|考察|调研|视察|看望|慰问|出访|访问)?的")
# 应斯卡尔法罗总统的要求，: at whose request (before the one who acts)
ON_REQUEST = re.compile(r"应[^，,。；;]{1,24}?(?:要求|邀请|请求)[，,]")


GATHERED = ("欢聚一堂", "共聚一堂", "齐聚一堂")
SEPARATELY = ("分别", "先后")  # X分别会见A、B: one meeting with each


# What a verb of appointment names as a noun (选举委员会, 选举法, 任免工作)
DECISION_NOUNS = ("委员会", "法", "制度", "结果", "工作", "办法", "机构")


def event_frames(
    document: Document,
    sentences: list[Sentence],
    per_sentence: list[list[Mention]],
    reported: Mapping[int, int] | None = None,
) -> tuple[list[Relation], list[EventInfo]]:
    """Roles, meetings, places, dates and tenures of the document's events.

    ``per_sentence`` (each sentence's mentions, sentence offsets) gains the
    events that only a verb names, and generic event mentions take their
    event's label as ``value``.

    ``reported`` (sentence index -> where its attributed speech starts): an event a speaker recalls
    there is read, but the story goes on with its own event.
    """
    return _Reader(document, sentences, per_sentence, reported).read()
