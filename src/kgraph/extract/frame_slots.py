"""Who fills a frame's slots: the clause-structure readers the event frames call.

Each function reads one piece of a sentence's structure around a cue: the list of names before
a verb (:func:`_arguments`), the visitors of a trip (:func:`_visitors`), the people of a
career note (:func:`_life_subject`), the posts of a list across commas, the day a clause
gives, a byline, a credit line. They are pure functions of a sentence's text and mentions;
:class:`kgraph.extract.frames._Reader` keeps the document's state and calls them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from kgraph.extract.actors import MEETING_KIND, OBJECT_DECISIONS, _clause_start, _inside_name
from kgraph.extract.cues import (
    WINNING_VERBS,
    Cue,
    cues,
    event_cues,
    event_type_of,
    is_call_received,
    verb_cues,
)
from kgraph.extract.events import KEYWORD
from kgraph.extract.headers import HEADLINE_MAX, _is_day
from kgraph.extract.lexical import covered
from kgraph.extract.positions import INNER_UNIT, INNER_UNIT_END, UNITS, is_known_body, shared_owner
from kgraph.extract.relations import (
    CLAUSE_BREAK,
    CLAUSE_END,
    INVITER,
    JOINTLY,
    KIN_AFTER,
    MILITARY_RANK,
    MILITARY_RANKS,
    MOVED_TO,
    NEW_CLAUSE_WITH,
    STANDS_IN_FOR,
    SUBJECT_GAP,
    TITLE_MODIFIER,
    clause_end,
    owned_title_between,
    owns_post,
    stands_for,
    stripped_gap,
    subjects,
)
from kgraph.lexicons import canonical
from kgraph.metadata import dateline_end
from kgraph.model import ROLE_RELATIONS
from kgraph.records import Evidence, Mention, Sentence

ROLES = (*ROLE_RELATIONS, "participatedIn")


# (1945年4月至6月: a span of months is as coarse as its months)
COARSE_DATE = re.compile(r"^\d{4}(?:-\d{2})?$|^\d{4}-\d{2}/\d{4}-\d{2}$")


INVERTED = re.compile(
    r"([\u4e00-\u9fff]{0,12}?)的"
    # (出席座谈会的各民主党派、无党派的代表人士还有: who they are, at length, before 还有)
    r"(?:(?:[\u4e00-\u9fff]{2,10}?|[\u4e00-\u9fff、]{7,16}?(?=还|另))?(?:还|主要|另)?有[：:]?"
    # (在此之前获奖的是：举重运动员占旭刚和举重协会，…: a colon's list after 是)
    r"|是[：:])"
)


# Between a verb and the list of names it governs: 会见了来访的…, 亲切会见.
OBJECT_LEAD = re.compile(
    r"^(?:了|亲切|集体|分别|先后|由|以|兼|前|原|[、：:\s])*"
    # a relative clause on the guest: 来华进行国事访问并出席…的, 正在这里访问的
    r"(?:[^，,。；;：:！？!?]{1,50}的)?(?:兼|[：:\s]|" + TITLE_MODIFIER + ")*"
    # 授予植物分子遗传学家李家洋院士, 授予上饶县民工张家平, 看望困难职工王某: an occupation
    # the tables lack
    r"(?:[\u4e00-\u9fff]{0,10}(?:学家|专家|作家|艺术家|工程师|教师|医生|技师|民工|工人|职工|农民|"
    r"村民|牧民|渔民|战士|士兵|运动员|选手|队员|演员|学生|司机|护士|民警|志愿者))?$"
)


MAX_LABEL_NAMES = 2
ARRIVALS = ("抵达", "飞抵")  # the cues of an arrival: a visit's first day, or a moment of it


# Those a list of attendees leaves unnamed: 负责同志, 负责人, 代表, 干部群众.
UNNAMED_ATTENDEES = re.compile(
    r"(?:负责同志|负责人|同志|代表|干部|群众|常委|委员|成员|人士|游客|观众|来宾|嘉宾|企业家|专家|学者"
    r"|[余多0-9０-９十百千万]人)们?(?:等)?"
    r"(?:了|也|均|都)?$"
)


# 等…专家学者等400余人: a count of the unnamed after the named and 等
ATTENDEES_OF = re.compile(r"(?:参加|出席|列席)[^，,。；;]{2,40}?的(?=[^，,。；;的]{1,6}$)")


UNNAMED_COUNT = re.compile(r"[0-9０-９十百千万]+[余多]?(?:人|名|位)(?:等)?(?:了|也|均|都)?$")


# …，以及俄罗斯联邦政府7位副总理等出席: the unnamed by a title, then 等
UNNAMED_TITLED_END = re.compile(r"等人?[了也均都]?")


# 朱光亚和１７位国务院参事、１８位中央文史研究馆馆员出席: counted groups by their titles (what
# is left of them once their posts and bodies are stripped)
COUNTED_TITLES = re.compile(
    r"(?:(?:[、和及]|以及)[0-9０-９一二三四五六七八九十百千万两]+[多余]?[位名])+[了也均都]?"
)


# …负责人等, 王克上将以及…负责人: how the unnamed of a list join its last name
# (罗干、何光、龚学平等以及近千名海内外游客出席: 等 closes the named before the unnamed)
UNNAMED_JOIN = re.compile(rf"(?:{MILITARY_RANK})?(?P<conj>等?(?:、|和|及|以及))")


DEMONSTRATIVE = re.compile(r"^(?:这次|此次|本次|这场|这项|上述|该|(?:今晚|当晚|昨晚|今天|当天)的)")


LIST_GAP_MAX = 16  # characters of untagged title between two names of an inverted list


LIST_ENTRY_CUT = re.compile(r"[、，,；;]")  # what parts the entries of such a list


# 叶利钦的特使, 甘苦同志的亲属, 朱光亚同志亲属: the name qualifies the one met.
POSSESSED = re.compile(r"(?:同志|先生|女士)?(?:的|亲属|家属|遗属|遗孀|夫人|子女|后人|家人)")


# 代表院议长已于６日选举产生 / 议会７日选出第一任参议院议长: a post an election filled
ELECTED_AFTER = re.compile(r"[^，,。；;]{0,10}?选举产生|选举(?!委员会|法)")  # 总统选举: its post


ELECTED_BEFORE = re.compile(r"选出(?:了)?(?:第[0-9一二三四五六七八九十]+任|首任|新任|新一任)?$")


SEATED_AT = re.compile(r"(?:会见|会谈|会晤|宴请|接见)时$")  # 等会见时在座: seated at the meeting


# How far, and across what not, the title of one met may run before the name
TITLE_RUN_MAX = 24


# A clause on why the guest is here: 应…邀请访华的, 来华出席…的, 正在这里访问的
RELATIVE_ON_GUEST = re.compile(
    r"(?:应[^，,。；;的]{1,24}?邀请)?(?:来华|访华|在华|来京|正在[^，,。；;的]{0,12}?访问|前来)"
    r"[^，,。；;的]{0,30}?的"
    # (会见了中国人民的老朋友、日本前官房长官二阶堂进: an old friend, then who he is)
    r"|(?:中国人民的|我们的)?(?:老朋友|好朋友)[、，,]"
)


# (not the 与 of a ministry's name: 柬埔寨副首相兼外交与国际合作部大臣宋金达; nor the 、 of a
# minister's portfolios: 希腊内政、公共管理和权力下放部长)
TITLE_RUN_BREAK = re.compile(
    r"[，,。；;：:的同及]|、(?![^，,。；;：:的]{1,14}部)|[和与](?![^，,。；;、的和与]{1,10}部)"
)


# What may come before a sentence's subject: a clause of time or setting, the 、 of titles
# (今年50岁的李清学: an age before the name, 今年 read as a date)
OPENING_GAP = re.compile(
    r"(?:[^，,。；;“”]{0,16}[，,])?[、和及与\s]*(?:(?:今年|现年|年仅)?[0-9０-９一二三四五六七八九十]+岁的)?"
    # (居功至伟的科雷先生，…: a word that describes the person; 甘肃省礼县的潘东香，…: where from)
    r"(?:[\u4e00-\u9fff]{0,8}的)?"
)


OPENING_CLAUSE = re.compile(r"\s*[^，,。；;“”]{0,16}[，,]")


LED_UNDER = re.compile(r"(?:[、和][\u4e00-\u9fff]{2})?下")  # 在…的主持、领导下


PRESIDED_OVER = re.compile(r"(?:和[\u4e00-\u9fff]{2})?的")  # 主持的, 主持和承担的


# 共和国, 和平, 党和国家领导人: no joining 和
WORD_HE = re.compile(r"[共缓温饱总柔祥平]和|.和[平谐睦谈解]|党和国家")


# 授予我国短道速滑运动员杨阳: the field a titled holder works in, before the title
FIELD_BEFORE_TITLE = re.compile(r"了?(?:我国|我省|我市)?[\u4e00-\u9fff]{1,8}")


# 出席…并致辞, 签署…后联合举行…: the cue goes on with the one before
JOINED_AFTER = re.compile(r"(?:[并后]|(?<!同)时)(?:联合|共同|一起|一道|又|还|再)?$")


# 出席…开幕式发表主旨演讲: the words that end an event attended, right before what was done there
EVENT_THEN_VERB = ("开幕式", "闭幕式", "仪式", "典礼", "大会", "会议", "论坛", "峰会")


HAILED = re.compile(r"热烈祝贺|祝贺|庆祝|预祝|纪念")  # a clause hailing an event, not attending


SITE_LEADS = ("在", "来到", "到", "走进", "前往")  # where one went or was: 来到X, 在X


AFTER_ESCORT = re.compile(r"^[，,]?(?:在[^，,。；;]{1,12})?$")


MEETING_QUALIFIER = re.compile(
    rf"(?:[^，,。；;、]{{1,10}}?的|{MEETING_KIND})(?=会谈|会晤|晤谈|会见|通话)"
)


TOURS = ("Inspection", "Visit")


# What one does at an event by speaking (在颁奖仪式上，…高度赞扬了…, 在会上充分肯定了…)
SPEECH_ACTS = (
    "介绍", "赞扬", "称赞", "赞赏", "呼吁", "回顾", "肯定", "感谢", "祝贺", "阐述", "阐明", "号召",
    "勉励", "鼓励", "谈到", "透露", "重申", "警告", "提议", "倡议", "建议", "评价", "阐释",
    "这番话",  # (俞晓松是在…专题讨论会上讲这番话的: what he said there, told after it)
    "称，", "称：",  # (桑普森…在赛后新闻发布会上称，…; not 称号)
)  # fmt: skip


# 会见由A率领的…代表团: the one who leads the party met
LED_BY = re.compile(r"由([^，,。；;]{2,60}?)(?:率领|带领)的")


# 由A、B等…组成的代表团: those a party is made of
COMPOSED_OF = re.compile(r"由([^，,。；;]{2,80}?)组成的[^，,。；;]{0,12}?(?:代表团|团组|团|队)")


INVITATION = re.compile(r"应[^，,。；;应]{1,60}?邀请")  # 应A、B邀请: those who invite


# (新华社北京１月１３日电: when the dispatch was filed, not when what it tells happened)
DISPATCH_AFTER = re.compile(r"专?电|讯")


NOT_WHEN_AFTER = re.compile(
    rf"(?:设立为|定为|为|是|前|之前|以前|以来|{DISPATCH_AFTER.pattern}"
    # (纪念小平同志１９７８年６月２３日在清华大学所作的…指示: the day of what a relative clause
    # names, not the story's; but 2022年10月16日在…大会上所作的报告 dates the congress it names)
    r"|(?:(?!上所)[^，,。；;：:]){0,24}?所(?:作|做|发表|作出|提出)的)"
)


# 主持日常工作, 主持中央军委工作: in charge of the work (not 主持…工作会议)
CHARGE_OF_WORK = re.compile(r"[^，,。；;\s]{0,10}?工作(?=[，,。；;的]|$)")


# 先后主持和领导了京九…等国家重点工程建设, 主持国家自然科学基金项目: works and research led
LED_WORKS = re.compile(
    r"(?:和[\u4e00-\u9fff]{2})?了?[^，,。；;]{0,60}?"
    r"(?:建设|工程|项目|课题|研究|设计|攻关|编纂|编写|起草)(?=[，,。；;]|$)"
)


DRAWN_UP = ("编制", "编辑", "制定", "起草", "修订", "修改", "编写", "编纂", "设计", "研制", "完成")


DATELINE_BRACKET = re.compile(r"[0-9０-９一二三四五六七八九十]日[电讯]（")
# 新华社雅加达１月２１日电, 据新华社华盛顿１月２１日电, 本报汉城１月２１日电: a paragraph that opens
# with a dispatch's dateline (not kgraph.metadata.DATELINE_PATTERN, the page's own: it also
# takes a closing credit, （新华社北京１月１日电）, and 讯 datelines, which the story break was
# not checked on)
DISPATCH_OPENING = re.compile(
    r"(?:据|另据)?(?:新华社|本报|中新社)[^，,。；;：:（(“]{0,20}?"
    r"[0-9０-９一二三四五六七八九十]{1,3}日(?:专)?电"
)


AT_THE_MEETING = re.compile(r"在(?:开幕|闭幕|全体)?(?:会上|会议上|大会上|全会上|仪式上|典礼上)")


PLANNED = re.compile(
    r"(?:决定|将于|拟于|计划(?!生育|单列|经济|委|司|局|书)于?|定于|准备于"
    # (明年，中方将考虑举办第三届…高峰论坛, 将率团参加即将在印度新德里举行的…峰会: to be held)
    r"|将(?:考虑|争取)?(?:举办|举行|召开|主办)$|即将(?:在[^，,。；;]{0,12})?(?:(?:举行|召开|举办)的)?$)"
)


# events no one attends or speaks at: messages, instructions, decisions
UNATTENDED = frozenset({"Other", "Appointment"})


# 来访的贸工(大臣): a relative clause and the words of a title the tables know in part
QUALIFIED_TITLE = re.compile(r"(?:[^，,。；;：:]{1,20}的)?[\u4e00-\u9fff]{0,4}")


IN_BRACKETS = re.compile(r"（[^（）]{1,8}）")


PARTNER_LEADS = ("同", "与", "跟")  # before the other side of talks (他与蒋介石谈判)


JOINER = re.compile(r"(?<![共一相如不协])同|(?<![参给授赋])与|跟")
# A call made to the one after 给 (叶利钦分别给希拉克、科尔打电话): a call with each
PHONE_CALLS = ("打电话", "打了电话")


def as_call(word: str) -> str:
    """The word an event of ``word`` is labelled by: 给久加诺夫打了电话 and 接到尚美英的电话 are a
    通电话."""
    return "通电话" if word in PHONE_CALLS or is_call_received(word) else word


AFTER_EVENT = ("后", "之后", "结束后", "前", "之前", "期间", "以来")


# 欢迎仪式后，…, 在会晤结束后，…: a sentence opening after an event
OPENS_AFTER_EVENT = re.compile(
    r"\s*在?((?:欢迎|签字)?仪式|欢迎宴会|会谈|会晤|会见|开幕式|闭幕式)(?:结束)?之?后[，,]"
)
TALKS = frozenset({"会谈", "会晤", "会见"})


# Parts of a session that its chair or speakers attend: the session the story reports.
SESSION_PARTS = frozenset({"开幕会", "闭幕会", "全体会议", "联组会议", "分组会议"})


# Between the meeting that holds another event and the verb: when, where, 还 (主席会议还举行了…)
HOLDER_GAP = re.compile(
    r"(?:今天|昨天|日前|近日|[0-9一二三四五六七八九十]+日)?(?:上午|下午|晚上?)?"
    r"(?:在[\u4e00-\u9fff]{1,10}?)?(?:还|也|又)?"
)


# Between a holding verb and the event it holds: the year and the count of the event
# (主席会议举行了2023年第一次集体学习)
HELD_COUNT = re.compile(
    r"了?(?:[0-9〇零一二三四五六七八九十]{4}年)?(?:第[0-9一二三四五六七八九十]+次)?"
)


AWARDING = frozenset({"授予", "颁发", "颁授"})


# What a clause of a life told clause by clause has before its verb: when, at most
SUBJECTLESS_CLAUSE = re.compile(
    r"\s*(?:同年|次年|后|随后|此后|又|再|并|先后|曾经?|历)?(?:正式|被)?"
)


# What may stand before the name that opens a career note, besides a bare post (◆董事郑扬宏男，)
PROFILE_LEAD = re.compile(r"\s*[◆●■•]?\s*")


# What a career note's clause may open with before its verb (dates stripped): 现任…, 曾任…,
# 历任…, 2004年12月至今，任…, 同时兼任…, 于2012年4月因换届离任…
# What a body's name ends with, by its kind (…公司, …研究院, …中学), when no tagger read it
BODY_KIND_END = r"(?:公司|集团|厂|院|所|银行|大学|学院|医院|学校|中学|小学|协会|学会)"


CAREER_CLAUSE = re.compile(
    r"[自从于]?起?(?:至今|以来)?[，,]?"
    # (…在方正科技集团人力资源部任…, 在东易有限任职，担任…: the body stripped, its unit left;
    # 1986年至今在中国汽车工业投资开发公司任…: or a body no tagger read)
    rf"(?:在(?:[\u4e00-\u9fff（）()]{{0,24}}?(?:{INNER_UNIT_END}|{BODY_KIND_END}))?"
    r"(?:工作|任职)?[，,]?)?"
    r"(?:因[\u4e00-\u9fff]{1,6}?)?"
    r"(?:现|曾经?|历|先后|并|同时|又|后|还|正式|被)?兼?"
)


# 在深圳市旅游协会任…, 在…工委工作，先后任…: the body a career's clause places its posts in (the
# words between the body and the cue)
WORKPLACE_TO_CUE = re.compile(r"(?:工作|任职)?(?:至今)?[，,]?(?:现|曾经?|历|先后|并|又|后)?")


# What opens the name of the body one worked in: 在…工作, 2007年11月加入…，担任…, 到…任…
JOINED_A_BODY = ("在", "加入", "进入", "入职", "就职于", "任职于", "工作于", *MOVED_TO)


# 在北京第二机床厂任…: a body no tagger read, named by its kind, right before the verb
UNTAGGED_WORKPLACE = re.compile(
    rf"(?:在|就职于|任职于|工作于)(?P<body>[\u4e00-\u9fff（）()]{{2,24}}?{BODY_KIND_END})"
)
# … and the words between it and the cue (在江苏省高新技术风险投资公司苏州分公司|任)
UNTAGGED_WORKPLACE_TO_CUE = re.compile(
    f"{UNTAGGED_WORKPLACE.pattern}(?:{WORKPLACE_TO_CUE.pattern})$"
)


HOLDING_VERBS = frozenset({"举行", "举办", "进行"})


# 全会…开幕, 会议…闭幕: the named event is the subject (not 开幕式, 闭幕会, 开幕词)
SESSION_VERBS = frozenset({"开幕", "闭幕"})


# The object of 出席/参加 up to the end of its clause: 了晚会, 开幕式.
# 出席了晚会, 参加他所在的四川代表团审议, 参加民盟、民进、教育界联组会时: what a cue's object names
EVENT_OBJECT = re.compile(
    # (召开１９９８年度工作会议: the year that names it)
    # (参加德国—俄罗斯高级磋商: a dash between the two sides)
    # (由…协会举办的全国优秀畅销书评选: the event the relative clause names, not its 的)
    r"了?的?(?:[他她]所在的)?((?![并和及与])(?:[0-9０-９]{4}年度?)?[\u4e00-\u9fff][\u4e00-\u9fff、—－]{1,13}?)"
    # (举行仪式欢迎代表团: the ceremony, then whom it welcomes; not 参加…纪念活动)
    # (汪荣华观看演出后激动地走上舞台: the event, then what one did after it)
    # (举行发布会介绍…筹备情况: the briefing, then what it tells; 召开民主生活会强调 …: a
    # headline's meeting, then what it stressed)
    r"(?=[，,。；;！!？?]|$|并|时(?=[说表指强])|后(?![的来])|(?<=仪式)(?:欢迎|纪念|庆祝)"
    r"|(?<=会)(?:介绍|通报|解读)|(?<=[会议])(?:强调|指出))"
)


# A name an event's year or count opens (１９９８年度工作会议, 第一次全体会议): its holder's
COUNTED_NAME = re.compile(r"[0-9０-９]{4}年|第[0-9０-９一二三四五六七八九十]+次")
# A body's meeting named by its word alone (中共中央政治局召开会议, 全国政协党组10日召开会议):
# the body's meeting, as the reports of other days and pages name it
BODYS_MEETING = frozenset({"会议", "全体会议", "扩大会议", "专题会议"})


# X受到Y的接见: Y met X (the verb's noun after 的, the host between)
RECEIVED_BY = re.compile(r"受到了?([^，,。；;]{2,40}?)的(?:亲切|热情|友好)?$")


# 在…召开后不久, 在…之际: a clause of time inside one's clause
WHEN_CLAUSE = re.compile(r"在[^，,。；;]{2,20}?(?:之?后不久|之?后|以前|之前|前夕|之际|期间|时)")


BODY_ENDINGS = ("委员会", "协会", "学会", "商会", "工会", "基金会", "理事会", "联合会", "研究会")


SPEAKER_LEAD = re.compile(r"(?:作为|代表|就|围绕|结合|聚焦|针对|紧扣|通过视频)")


# Going somewhere (to inspect it): 赴河北, 前往巴赫穆特, 到银川市
GOING_TO = re.compile(r"赴|前往|(?<![来得])到")


CAME_TO = "来华"  # 来华出席, 来华参加: a visit to China to attend an event


# Where the items of a list part (not the 和 of 共和国)
LIST_PARTS = re.compile(r"、|(?<!共)和|及")


LIST_PARTS_OR_COMMAS = re.compile(rf"{LIST_PARTS.pattern}|[，,]")


@dataclass(slots=True)
class _Frame:
    mention: Mention  # the event's mention (value = the node's label)
    event_type: str
    date: str | None
    word: str = ""  # for an event named only by a word: the word (会谈) …
    principal: str = ""  # … and its first principal
    guests: int = 0  # how its label names the other side: 0 not, 1 by a body, 2 by persons
    base: str = ""  # its label without the date: 李强会见谢国民
    bare: bool = False  # named by its word alone (国事访问): the label carries its story
    present: set[str] = field(default_factory=set)  # who the story put there (names)
    group: list[_Frame] = field(default_factory=list)  # meetings held one after the other
    when: str = ""  # a visit's time as its label says it (its day, or the month of the story)
    hosts: list[Mention] = field(default_factory=list)  # of a meeting: who met (X会见…)
    sides: list[Mention] = field(default_factory=list)  # … and both sides, guests too
    told: bool = False  # opened in what someone says (or a decision plans), not reported
    last_day: str = ""  # of an event of several days, the last (its date is the first)
    after: str = ""  # the type of the event its story opened after, reported elsewhere


def _anothers_trip(
    current: _Frame, cue: Cue, people: list[Mention], text: str, found: re.Match[str]
) -> bool:
    """``何鲁丽赴四川、贵州调研…，周铁农赴河北、山西考察``: people the story's inspection does
    not have, who go somewhere to inspect it, make another trip (not those who escort one:
    ``他在A和B陪同下，到…调研``; nor one whose subject the reader has only guessed)."""
    persons = [p for p in people if p.type == "Person"]
    return (
        cue.event_type == "Inspection" == current.event_type
        and bool(current.present)
        and bool(persons)
        and not any(_name(p) in current.present for p in people)
        and persons[-1].end <= found.start()
        and GOING_TO.search(text, persons[-1].end, found.start()) is not None
        and "陪同" not in text[persons[-1].end : found.start()]
    )


def _anothers_report(
    current: _Frame, cue: Cue, people: list[Mention], text: str, found: re.Match[str]
) -> bool:
    """``尹力今天（7月29日）在北京作宣讲报告。…何立峰今天在商务部作宣讲报告``: a report given
    by people the story's report does not have, at a place of its own (在…), is another report
    (not ``…在会上作报告``: at the story's meeting)."""
    persons = [p for p in people if p.type == "Person"]
    if (
        cue.role != "spokeAt"
        or not current.base.endswith(("报告", "报告会"))
        or not persons
        or any(_name(p) in current.present for p in persons)
        or persons[-1].end > found.start()
    ):
        return False
    at = text.find("在", persons[-1].end, found.start())
    return (
        at >= 0
        and not CLAUSE_BREAK.search(text, persons[-1].end, found.start())
        and OWN_PLACE.fullmatch(text, at, found.start()) is not None
    )


# 在商务部, 在国资国企系统, 在上海交通大学: where one gave a report (not 在会上, 在大会上, 在座谈中:
# at a meeting)
OWN_PLACE = re.compile(r"在[^，,。；;：:]{2,16}(?<![上中])")


def _anothers_meeting(frame: _Frame, people: list[Mention], others: list[Mention]) -> bool:
    """``…举行中俄总理第二十七次定期会晤。…今年9月，习近平主席同普京总统成功会晤``: a meeting
    whose sides the story's meeting does not have is another meeting."""
    sides = {_name(p) for p in (*people, *others) if p.type == "Person"}
    return (
        frame.event_type == "Meeting"
        and bool(frame.present)
        and bool(sides)
        and not sides & frame.present
    )


def _unattended(frame: _Frame) -> bool:
    """A message, an instruction or a decision is no place one attends; an event of no
    listed kind that the text names by its noun (专场音乐会, 文艺演出) is."""
    if frame.event_type == "Award":
        # (…罗斯今天分获…冠军。…孙淑伟和田亮将参加此项的角逐: a win is no place one attends;
        # a prize-giving is)
        return frame.word in (*WINNING_VERBS, "获奖")
    if frame.event_type != "Other":
        return frame.event_type in UNATTENDED
    # (致贺电, 作出重要指示, 发表讲话: opened by a verb; 晚餐会: a noun, a place to be)
    return bool(frame.word) and event_cues().pattern.fullmatch(frame.word) is not None


# 等 after the name opening a sentence: a list of names (张三等３人), not others unnamed
# (石梅等领导, 张三等人)
ALONE_OF_A_LIST = re.compile(r"等(?![^，,。；;、]{0,4}(?:领导|人|同志|负责人|官员|一行))")


def _opening_person(text: str, mentions: list[Mention]) -> Mention | None:
    """The person a sentence opens with (after a clause of time or setting at most), as its
    subject (``在土地革命战争时期，周恩来以主要时间…``) or its topic (``…后，刘澜涛同志的冤案
    得到彻底平反``: whom the next sentence's 他 is)."""
    # (巴基斯坦穆斯林联盟（谢里夫派）主席、政府总理夏巴兹表示: a name in brackets qualifies)
    person = next(
        (m for m in mentions if m.type == "Person" and not _in_brackets(text, m.start)), None
    )
    if (
        person is None
        or text.startswith(("、", "和"), person.end)
        or ALONE_OF_A_LIST.match(text, person.end)
    ):
        return None
    gap = stripped_gap(text, mentions, 0, person.start).strip()
    if OPENING_GAP.fullmatch(gap):
        return person
    # 南非非国大主席、总统拉马福萨表示: a title the tables know only in part, no clause break
    return person if _titled_opener(text, mentions, person) else None


def _opening_date(text: str, mentions: list[Mention]) -> Mention | None:
    """The date a sentence opens with (``2007年12月至今任…``, ``2008.03—2013.03 国务院副总理``),
    if it opens with one."""
    first = mentions[0] if mentions else None
    opening = len(text) - len(text.lstrip())
    if text.startswith(("自", "从"), opening):
        opening += 1  # (自2011年12月28日至2014年12月27日担任…: the span's own 自)
    if first is None or first.type != "Date" or first.start != opening:
        return None
    return first


def _note_opens_at(text: str, mentions: list[Mention], name: Mention) -> bool:
    """Whether ``name`` opens the sentence as a career note's subject does: after a bullet at
    most and a post with no body (◆董事郑扬宏男，), not after a story's words or a body's post
    (阿里巴巴集团董事长张勇先生，: a name in the news)."""
    post = next((m for m in mentions if m.type == "Position" and m.end == name.start), None)
    start = post.start if post is not None and not post.owner else name.start
    return PROFILE_LEAD.fullmatch(text, 0, start) is not None


def _workplace(text: str, mentions: list[Mention], cue: int) -> tuple[int, str] | None:
    """``在深圳市旅游协会任|``, ``在…工委工作，先后任|``, ``在北京粮食集团组织干部处任|``,
    ``加入深圳市尚荣医疗股份有限公司，担任|``: where the 在 (加入) is and the organisation one
    worked in (with the unit of it the text names), right before the cue at ``cue``."""
    for m in reversed(mentions):
        if m.type != "Organization" or m.end > cue:
            continue
        # (工作于安顺市|西秀药厂: the place the body is in, read apart)
        start = next((p.start for p in mentions if p.type == "Place" and p.end == m.start), m.start)
        if not text.endswith(JOINED_A_BODY, 0, start):
            continue
        if not text.endswith("在", 0, start) and m.text.endswith(("党", "共青团", "青年团")):
            return None  # (1985年加入中国共产党，任团委书记: a party joined, no place of work)
        unit = INNER_UNIT.match(text, m.end, cue)
        unit_end = unit.end() if unit is not None and unit.end() > m.end else m.end
        for end in dict.fromkeys((unit_end, m.end)):
            if WORKPLACE_TO_CUE.fullmatch(text, end, cue):
                joined = next(w for w in JOINED_A_BODY if text.endswith(w, 0, start))
                return start - len(joined), text[start:end]
        return None
    # (1975年至1986年在北京第二机床厂任工程师: a body the tagger did not read, named by its kind)
    opening = _clause_start(text, cue, "，,。；;：:")
    # (在江苏省高新技术风险投资公司苏州分公司任…: the body runs to the words before the cue)
    found = UNTAGGED_WORKPLACE_TO_CUE.search(text[:cue], opening)
    if found is None:
        return None
    body_start, body_end = found.span("body")
    if any(m.type in ("Person", "Date") and body_start <= m.start < body_end for m in mentions):
        return None
    return found.start(), found["body"]


def _moved_to_take_up(text: str, mentions: list[Mention], at: int) -> bool:
    """``孔令志调到邵阳市当|市长``, ``陈云峰…调到沙善办事处当|副主任``: the 当 at ``at`` takes
    up the post named right after it, in the body or place one was moved to right before it."""
    return any(
        m.type in ("Organization", "Place") and m.end == at and text.endswith(MOVED_TO, 0, m.start)
        for m in mentions
    ) and any(m.type == "Position" and m.start == at + 1 for m in mentions)


def _opens_with_date(text: str, mentions: list[Mention], cue: int) -> bool:
    """``2007年12月至今任…``, ``1996年3月至1997年11月，任…``: the sentence opens with a date
    and nothing but words of time stands between it and the cue at ``cue``."""
    first = _opening_date(text, mentions)
    return (
        first is not None
        and CAREER_CLAUSE.fullmatch(stripped_gap(text, mentions, first.end, cue)) is not None
    )


def _life_subject(
    text: str, mentions: list[Mention], found: re.Match[str], clause_start: int
) -> list[Mention]:
    """``塔拉尔１９２９年…出生于…，…，１９８９年１２月１３日出任…``, ``陈永川，男，…教授，…，曾荣获
    …奖``: a life told clause by clause; a post taken or an honour won in the clause opening at
    ``clause_start``, with no subject of its own, is the person's the sentence opens with (no one
    else named between them, no body in the verb's own clause; for a post the person may follow
    its clause: ``去年担任全国政协委员后，姜明…``)."""
    opener = _opening_person(text, mentions)
    if opener is None:
        return []
    if any(
        opener.end <= m.start < found.start()
        and (m.type == "Person" or (m.type == "Organization" and m.start >= clause_start))
        for m in mentions
    ):
        return []
    gap = stripped_gap(text, mentions, clause_start, found.start())
    return [opener] if SUBJECTLESS_CLAUSE.fullmatch(gap) else []


def _opening_list(text: str, mentions: list[Mention], before: int) -> list[Mention]:
    """The person a sentence opens with, or the list of persons it opens with (``省委书记卢荣景、
    省长回良玉和副书记王太华、方兆祥也纷纷下到…``), ending before ``before``."""
    one = _opening_person(text, mentions)
    if one is not None:
        return [one]
    first = next(
        (m for m in mentions if m.type == "Person" and not _in_brackets(text, m.start)), None
    )
    if first is None or not text.startswith(("、", "和"), first.end):
        return []
    gap = stripped_gap(text, mentions, 0, first.start).strip()
    if not (OPENING_GAP.fullmatch(gap) or _titled_opener(text, mentions, first)):
        return []
    # the longest run of names from the first: the group before the last name that is one
    for m in reversed(mentions):
        if m.type == "Person" and first.end < m.end <= before:
            group = subjects(text, mentions, m.end)
            if group and group[0] is first:
                return group
    return []


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("（", 0, at) > text.rfind("）", 0, at)


def _titled_opener(text: str, mentions: list[Mention], person: Mention) -> bool:
    """Whether ``person`` follows a title and opens the sentence (after a clause of its time
    at most) with no clause break before it."""
    titled = any(m.type == "Position" and m.end == person.start for m in mentions)
    opening = OPENING_CLAUSE.match(text)
    start = opening.end() if opening else 0
    return titled and not re.search("[，,。；;：:“”]", text[start : person.start])


def _elected_post(text: str, mentions: list[Mention], before: int) -> list[Mention]:
    """The post an election earlier in the sentence filled: ``P…选举产生``, ``选出(…)P``."""
    for post in reversed([m for m in mentions if m.type == "Position" and m.end <= before]):
        if ELECTED_AFTER.match(text, post.end) or ELECTED_BEFORE.search(text, 0, post.start):
            return [post]
    return []


SPEECH_MADE = re.compile(
    r"发表了?(?:(?:题为|主题为)?《[^》]{1,80}》的?)?[^，,。；;]{0,6}?(?:讲话|演讲|演说|致辞|报告)"
)


# How one speaks, before the verb that says it (充分肯定, 高度赞扬, 再次强调)
SPEAKING_MANNER = re.compile(
    r"(?:充分|高度|再次|还|也|又|首先|最后|明确|郑重|深情|热情|简要|详细|系统|全面|重点|着重|特别)*"
)


def _speaks(rest: str) -> bool:
    """``在会上充分肯定了…``, ``在会上强调``, ``在会上发表题为《…》演讲``: the clause after
    在会上 opens with a speech act."""
    at = SPEAKING_MANNER.match(rest)
    start = at.end() if at else 0
    return (
        rest.startswith((*cues()["say"], *SPEECH_ACTS), start)
        or SPEECH_MADE.match(rest, start) is not None
    )


def _tour_word(word: str) -> bool:
    """考察, 参观, 访问: a word (a cue's or an event name's) that names a tour or a visit."""
    if event_cues().pattern.fullmatch(word) is not None:
        return event_cues().of(word).event_type in TOURS
    return event_type_of(word) in TOURS


def _cue_anchor(found: re.Match[str], sentence: int, group: int | str = 0) -> Mention:
    """The mention an event opened by a cue stands at: the cue's words (or one group of them)."""
    return Mention(
        found.start(group), found.end(group), "Event", found.group(group),
        sentence=sentence, source="frame",
    )  # fmt: skip


def _same_time(a: str, b: str) -> bool:
    """Whether two ISO times may be the same: one is within the other (2022-12, 2022-12-08)."""
    a, b = a[:10], b[:10]
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _sentence_evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.doc, sentence.start, sentence.end, sentence.text)


def date_mention(date: str, near: Mention) -> Mention:
    return Mention(
        near.start, near.start, "Date", date, value=date, sentence=near.sentence, source="frame"
    )


def _began_at(text: str, mentions: list[Mention], at: int) -> str | None:
    """The date of ``自…以来`` (or ``…起``, ``…至今``) right before ``at``: since when what
    follows is held (``自１９８７年以来任中国专利局局长的高卢麟``, ``胡三忠2006年至今任…``)."""
    return next(
        (
            m.value.split("/")[0]
            for m in mentions
            if m.type == "Date"
            and m.value
            and text[m.end : at] in ("以来", "起", "开始", "至今", "起至今")
        ),
        None,
    )


def _decision_objects(
    after: list[Mention], pronoun: bool
) -> list[tuple[list[Mention], list[Mention]]]:
    """Who gets which posts after a decision verb: 任命A为P、B为Q -> (A, P), (B, Q).

    A name after posts starts the next pair; posts before any name belong to 其.
    """
    groups: list[tuple[list[Mention], list[Mention]]] = []
    holders: list[Mention] = []
    posts: list[Mention] = []
    for m in after:
        if m.type == "Person":
            if posts:
                groups.append((holders, posts))
                holders, posts = [], []
            holders.append(m)
        elif m.type == "Position" and (holders or pronoun or groups):
            posts.append(m)
    if holders or posts:
        groups.append((holders, posts))
    return groups


def _shifted(value: str, reference: str | None, dispatch: str) -> str:
    """A day resolved against ``reference`` (今天, 昨天), moved to the dispatch's day."""
    if not _is_day(reference) or value == "" or reference == dispatch:
        return value
    offset = dt.date.fromisoformat(value) - dt.date.fromisoformat(reference or "")
    return (dt.date.fromisoformat(dispatch) + offset).isoformat()


def _bare_word_forms(word: str) -> tuple[str, ...]:
    """How an event's name ends when a bare word refers to it: 全会 is a …全体会议 too."""
    return ("全会", "全体会议") if word == "全会" else (word,)


def _list_before_semicolon(
    text: str, mentions: list[Mention], authors: set[Mention]
) -> list[Mention]:
    """``…迟浩田上将，…刘华秋，…熊光楷中将；``: a sentence that is only a list of titled
    names, up to a semicolon (the next sentence's list goes on from it)."""
    semicolon = len(text.rstrip()) - 1
    if text[semicolon:].strip() not in ("；", ";") or any(
        not _inside_name(found.start(), found.end(), mentions)
        for found in event_cues().pattern.finditer(text)
    ):
        return []
    listed = subjects(text, mentions, semicolon)
    persons = [m for m in mentions if m.type == "Person"]
    if not listed or listed != persons or not _opens_the_sentence(text, mentions, listed[0]):
        return []
    return [p for p in listed if p not in authors]


def _opens_the_sentence(text: str, mentions: list[Mention], person: Mention) -> bool:
    """Only the person's titles (posts, their bodies and places) come before it."""
    return SUBJECT_GAP.match(stripped_gap(text, mentions, 0, person.start)) is not None


def _speaking_for(text: str, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """``夏宝龙代表全国政协，万鄂湘代表民革中央，谈绪祥代表北京市人民政府，分别…``: clause
    after clause, a person who speaks for a body; together they do what follows."""
    people, first = list(found), found
    while text.startswith("代表", first[-1].end):
        before = _clause_start(text, first[0].start, "，,")
        if before == 0:
            break
        previous = [p for p in subjects(text, mentions, before - 1) if p.type == "Person"]
        if not previous or not text.startswith("代表", previous[-1].end):
            break
        people, first = previous + people, previous
    return people


def _site(text: str, mentions: list[Mention], at: int) -> Mention | None:
    """The body or place a sentence says one went to or was at before ``at`` (在X，…; 来到X，…)."""
    return next(
        (
            m
            for m in reversed(mentions)
            if m.type in ("Organization", "Place")
            and m.end <= at
            and text[: m.start].endswith(SITE_LEADS)
        ),
        None,
    )


# 外交部就习近平主席出席…开幕式举行中外媒体吹风会: what a briefing is about
BRIEFING_TOPIC_BEFORE = re.compile(r"就[^，,。；;就]{0,30}$")
BRIEFING_AFTER_TOPIC = re.compile(
    r"[^，,。；;]{0,60}?(?:举行|召开)[^，,。；;]{0,12}?(?:吹风会|发布会|记者会|通气会)"
)


def _described(text: str, found: re.Match[str], cue: Cue) -> bool:
    """An order or a message a relative clause describes (``习近平签署的…命令``): an act of
    before, not what the story now tells; so is the event a visitor came to attend
    (``会见来华出席…峰会的…总统``), whatever the day of the meeting, and the one a briefing is
    about (``5月27日，外交部就习近平主席出席…开幕式举行中外媒体吹风会``: held later)."""
    return (
        (cue.event_type in ("Signing", "Other") and text.startswith("的", found.end()))
        or text.endswith(CAME_TO, 0, found.start())
        or (
            BRIEFING_TOPIC_BEFORE.search(text, max(0, found.start() - 31), found.start())
            is not None
            and BRIEFING_AFTER_TOPIC.match(text, found.end()) is not None
        )
    )


# 希望印巴两国停止…，签署有关禁核条约, 要求内塔尼亚胡与巴勒斯坦签署…协议: an act asked of
# others, in the request's clause or one after it
# (not a noun: 提出明确要求，并就…座谈交流, 要求下, 希望的, 希望小学)
REQUESTED = re.compile(
    r"(?:希望|要求|呼吁|敦促|促请|吁请)(?![中下的，,]|小学|中学|工程|之星)[^。；;：:]{1,50}$"
)
# 应斯卡尔法罗总统的要求出席, 根据…要求召开: the request is why one acts, and one does
REQUEST_HEEDED = re.compile(r"应|根据|按照?|遵照")
# …表示，希望…。他说，…出席: a clause after the request that says or names who acts
REQUEST_ENDED = re.compile(
    r"[，,](?:他|她|[^，,]{0,12}(?:说|表示|指出|强调)"
    # (…希望两国加强合作，随后出席了宴会: the story goes on with what was done; 总理要求他
    # 辞职，但民主党又重新提名…: what was done instead)
    r"|随后|之后|然后|接着|此后|其后|会后|当天|当晚|上午|下午|晚上|但|而|然而|可是)"
)
# …希望浙江认真贯彻落实…: what the request asks to follow; 希望今年将要举行的…: a relative clause
FOLLOWED_UP = re.compile(r"学习|贯彻|落实|领会|传达")
RELATIVE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}的")


def _requested(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """Whether the sentence before the cue ``found`` asks its act of someone, in the request's
    clause or a clause going on from it (not that it is done)."""
    at = found.start()
    start = _clause_start(text, at, "。；;")
    asked = REQUESTED.search(text, start, at)
    if asked is None:
        return False
    clause = _clause_start(text, asked.start(), "，。；,;")
    return not (
        REQUEST_HEEDED.search(text, clause, asked.start())
        # (希望浙江认真贯彻落实习近平总书记在浙江考察时的重要讲话精神: an act recalled, which
        # the request is to follow; 希望今年将要举行的…会议能…: an event named, not asked for)
        or FOLLOWED_UP.search(text, asked.start(), at)
        or RELATIVE_AFTER.match(text, found.end())
        or REQUEST_ENDED.search(text, asked.start(), at)
        # (…希望…，李鹏出席了…: a clause whose own subject acts)
        or any(
            m.type in ("Person", "Organization")
            and asked.start() < m.start < at
            and text[m.start - 1] in "，,"
            for m in mentions
        )
    )


def _planned_at(text: str, at: int) -> bool:
    """Whether what the clause tells at ``at`` is planned (决定…召开, 将于…举行)."""
    return bool(PLANNED.search(text, _clause_start(text, at, "，。；,;"), at))


def _led_not_chaired(text: str, found: re.Match[str], no_event_yet: bool) -> bool:
    """Whether the 主持 at ``found`` leads work, a body or a show rather than chairing a
    meeting."""
    start, end = found.start(), found.end()
    return bool(
        # 协助董必武书记主持日常工作: in charge of work
        CHARGE_OF_WORK.match(text, end)
        or LED_WORKS.match(text, end)
        # 亲自主持编制了《…战略设想》, 主持制定了…方针: a paper drawn up under his lead
        or text.startswith(DRAWN_UP, end)
        # 他让…乌兰夫同志主持，以…为主，…提出…修改草案: work led, with no meeting in the story
        # (not 会议由X主持。)
        or (
            no_event_yet
            and text[end : end + 1] in ("，", ",", "。")
            and "由" not in text[_clause_start(text, start, "，,。；;") : start]
        )
        # 岳书仓先后主持和承担的…项目: what one led, a noun
        or PRESIDED_OVER.match(text, end)
        # 在彭真同志的主持、领导下，…拟订了…: led by him
        or (text[start - 1 : start] == "的" and LED_UNDER.match(text, end))
        # 在格林斯潘主持下的美国联邦储备委员会: a body he leads
        or text.startswith("下的", end)
        # 到电台做嘉宾主持: a host's job
        or text[:start].endswith(("嘉宾", "做", "当"))
    )


def _after_de(text: str, mentions: list[Mention], at: int) -> bool:
    """Whether a 的 (and a post at most) comes right before ``at``: ``他的总理提名``."""
    post = next((m for m in mentions if m.type == "Position" and m.end == at), None)
    return text[: post.start if post is not None else at].endswith("的")


def _after_the_subject(text: str, mentions: list[Mention], date: Mention) -> bool:
    """Whether ``date`` follows the person its clause opens with (王龙雨本人１９９５年荣获;
    美国总统拜登今年5月签署…, 以色列前总理贝内特曾于2022年3月参与…: with the title before
    the name), or stands in an earlier clause of a sentence a later clause of which opens with a
    name (2023年春节团拜会，习近平总书记发表…: the year of the clause it is in)."""
    return any(
        m.type == "Person"
        and (
            _clause_start(text, m.start, "，,。；;") == m.start
            or (
                m.end <= date.start
                and not stripped_gap(
                    text, mentions, _clause_start(text, m.start, "，,。；;"), m.start
                )
            )
        )
        and text[m.end : date.start] in ("", "本人", "同志", "先生", "女士", "曾", "曾于", "于")
        for m in mentions
    )


def _says_when(text: str, date: Mention) -> bool:
    """Whether a day is when the story happens, not what it names (将8月15日设立为全国生态日,
    截至6月底, 5日以来)."""
    before = text[max(0, date.start - 2) : date.start]  # (决定8月22日…召开: a plan)
    return not (
        (
            before.endswith(
                ("将", "把", "至", "到", "截至", "截止", "决定", "定于", "拟于", "计划", "自")
            )
            and not before.endswith(MILITARY_RANKS)  # (张万年上将今天…会见: a general, no plan)
        )
        or NOT_WHEN_AFTER.match(text, date.end)
    )  # (自2024年1月20日起施行: when a law takes effect)


def _first_chain(
    text: str, posts: list[Mention], mentions: list[Mention], career: bool = False
) -> list[Mention]:
    """The posts right after the cue, joined by 、 or 兼 (当选为A、B), not later ones; in a
    ``career`` list (历任A、B…) past items the tables do not know as posts."""
    chain: list[Mention] = []
    for post in posts:
        if chain:
            gap = stripped_gap(text, mentions, chain[-1].end, post.start)
            unit = next(
                (u for u in UNITS if gap.endswith(u) and (post.owner or "").endswith(u)), ""
            )
            gap = gap[: len(gap) - len(unit)]  # (董事、党委委员: the unit the chain's owner takes)
            concurrent = CONCURRENT_BODY.fullmatch(gap)
            if concurrent is not None and post.owner is None:
                # (…高级副经理兼新北洋监事: the body of the post held with it, a name the tagger
                # did not read)
                owner = concurrent.group(1)
                post = replace(post, owner=owner, value=owner + post.text)
            elif concurrent is not None and (post.owner or "").endswith(concurrent.group(1)):
                pass  # (…有限公司副总裁兼办公室主任: the unit, its owner read already)
            elif gap not in ("", "、", "兼", "和") and not (
                career and CAREER_LIST_GAP.fullmatch(gap)
            ):
                break
        chain.append(post)
    return chain


# 兼新北洋|监事: a body named after 兼, the tables not knowing it (not 兼任, a verb)
CONCURRENT_BODY = re.compile(r"兼(?!任|职|管|顾)([\u4e00-\u9fff]{2,8})")


# …常务副厂长|、代厂长, …副总经理|兼党支书记: the rest of a career note's list, items the tables
# do not know
NOTE_LIST_TAIL = re.compile(r"(?:[、兼][\u4e00-\u9fff]{1,8})+(?:等职务?)?")


# A bracketed aside after a post in a list: (注册会计师), （兼）
ASIDE = re.compile(r"[（(][^（）()，,。]{0,20}[）)]")


# 任宜通世纪|副总经理: a firm's short name in a career note
NOTE_FIRM = re.compile(r"[\u4e00-\u9fff（）()]{2,24}")


# An item of a career's list the tables do not know as a post (工段长、)
_CAREER_ITEM = r"[\u4e00-\u9fff]{1,6}、"


# 历任…车间技术员、工段长、设备副主任: posts the tables do not know, and a word before the next
CAREER_LIST_GAP = re.compile(rf"、(?:{_CAREER_ITEM}){{0,3}}[\u4e00-\u9fff]{{0,4}}")


def _posts_across_commas(
    text: str,
    mentions: list[Mention],
    end: int,
    stop: int,
    note: bool = False,
    owner: str | None = None,
) -> list[Mention]:
    """``兼任橡胶谷有限公司总经理、董事，青岛华控能源科技有限公司董事，…``: the clauses after a
    chain of posts that are each a body's posts and nothing else go on with the list (not
    ``，现任…``, ``，王毅出席``: a clause of its own). In a career ``note``, a clause's bare
    titles are of the body it opens with, which the tagger may not read (``，东乡铜矿副总会计师``),
    or, when it opens with the title, of ``owner``, the body of the post before (``任X公司党委
    委员，副总经理``)."""
    more: list[Mention] = []
    while text.startswith(("，", ","), end):
        following = min((i for c in "，," if (i := text.find(c, end + 1, stop)) >= 0), default=stop)
        chain = _first_chain(
            text,
            [m for m in mentions if m.type == "Position" and end < m.start < following],
            mentions,
        )
        # (…，东吴期货董事: a firm the tagger did not read, which the note names)
        untagged_firm = ""
        if chain and note and _bare(chain[0]):
            lead = text[end + 1 : chain[0].start]
            body = owner if not lead else lead if _names_a_firm(lead) else None
            untagged_firm = lead if body else ""
            if body:
                chain = [
                    replace(post, owner=shared, value=shared + post.text)
                    if _bare(post) and (shared := shared_owner(body, post.text))
                    else post
                    for post in chain
                ]
        if note and not chain and _names_a_firm(text[end + 1 : following]):
            # (…，江西铜业副总会计，…: a post the tables do not know; the list goes on)
            end = following
            continue
        tail = stripped_gap(text, mentions, chain[-1].end, following).strip() if chain else ""
        if (
            not chain
            or _bare(chain[0])  # a bare title: no body of its own
            or stripped_gap(text, mentions, end + 1 + len(untagged_firm), chain[0].start)
            or not (
                tail in ("", "等职", "等职务")
                # (…常务副厂长、代厂长，: more posts the tables do not know)
                or (note and NOTE_LIST_TAIL.fullmatch(tail) is not None)
                # (…副主任会计师(注册会计师)，: an aside on the post)
                or ASIDE.fullmatch(tail) is not None
            )
        ):
            break
        more.extend(chain)
        end = following
        owner = chain[-1].owner
    return more


def _bare(post: Mention) -> bool:
    """A title named without its body (副总经理, 党委副书记: a unit of a body not named), not
    one the text names whole (上海电压调整器厂常务副厂长)."""
    return post.value in (None, post.text) and (not post.owner or post.owner in UNITS)


def _firm_posts(text: str, posts: list[Mention], firm: str) -> list[Mention]:
    """The posts of a list after a firm's name the tagger did not read (任中铁工董事、总经理、
    党委副书记): each one written without a body of its own is the firm's, though the tagger
    lent it the body of an earlier clause."""
    owned = [replace(posts[0], owner=firm, value=firm + posts[0].text)]
    for post in posts[1:]:
        # (中材汉江水泥股份有限公司董事长兼总经理: 兼 joins the posts of one body as 、 does)
        joined = max(text.rfind(mark, owned[-1].end, post.start) for mark in "、兼")
        if joined < 0 or text[owned[-1].end : joined].strip():
            owned.append(post)  # (…，中华全国总工会执行委员: a post of another list)
            continue
        written = text[joined + 1 : post.end]  # 党委副书记: the unit, then the title
        value = post.value or post.text
        lent = value == post.text or (value != written and value.endswith(written))
        unit = written[: len(written) - len(post.text)]
        # (…东江糖厂党委书记、厂长: the factory's head, not its party committee's)
        body = shared_owner(firm, post.text)
        owned.append(replace(post, owner=body + unit, value=body + written) if lent else post)
    return owned


def _the_unit(written: str) -> str:
    """``written`` without the 公司 (本公司) it opens with: the body one worked in."""
    return written.removeprefix("本公司").removeprefix("公司")


def _a_unit_written(post: Mention) -> bool:
    """``办公室主任``, ``组织干部处科员``, ``公司质检部经理``: a post whose owner, written with
    it, is a unit of some body (an office, a department, a section; of 公司, the one worked
    in), which the body one worked in owns."""
    owner = post.owner or ""
    return (
        INNER_UNIT.fullmatch(_the_unit(owner)) is not None
        and not is_known_body(_the_unit(owner))
        and (
            (post.value in (None, post.text) and post.text.startswith(owner))
            or post.value == owner + post.text  # (综合办公室|主任: the tagger read the unit)
        )
    )


def _firm_after_cue(text: str, cue_end: int, post_start: int) -> str:
    """The words between a cue and the post it takes (宜通世纪), after the 职于 of 任职于 (曾任职于
    福建省财政厅会计顾问处|副主任科员: where one worked)."""
    return text[cue_end:post_start].removeprefix("职于").removeprefix("职")


def _names_a_firm(lead: str) -> bool:
    """``东乡铜矿``, ``宜通世纪``: in a career note, the words before a title, no verb among
    them, are the name of the body (a firm, a factory) the tagger did not read."""
    return (
        NOTE_FIRM.fullmatch(lead) is not None
        and not verb_cues().search(lead)
        # (兼任上述两个子公司的|董事长: bodies told of before, no name)
        and "的" not in lead
        and not lead.startswith(("上述", "该", "其", "各"))
    )


def _closing_particle(text: str, at: int) -> tuple[int, int]:
    """The 的 that closes a clause on what follows (来华进行国事访问|的…总统), looking from
    ``at`` to the clause's end (-1 if none), and that end."""
    comma = CLAUSE_BREAK.search(text, at)
    stop = comma.start() if comma else len(text)
    return text.find("的", at, stop), stop


def _modifies_a_name(text: str, at: int, mentions: list[Mention]) -> bool:
    """``会见来华进行国事访问的…总统``: the verb before ``at`` sits in a clause on a later name."""
    particle, stop = _closing_particle(text, at)
    return particle >= 0 and any(m.type == "Person" and particle < m.start < stop for m in mentions)


# 正在北京出席论坛的…: what may come before the attending verb of a clause that describes
ATTENDING_NOW = re.compile(r"(?:正在|正|专程|前来|特地|应邀)?(?:在|来|到|赴)?")


def _bare_event(text: str, at: int) -> str:
    """The bare event word at ``at`` (会议, 论坛, 开幕式), else ''."""
    word = KEYWORD.match(text, at)
    return word.group() if word is not None else ""


def _described_attendees(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    """``出席庆典的中国驻法大使蔡方柏``: the names an attending clause (the cue, the event and
    的) describes, their titles between, when the clause opens the sentence's (not 会见来华出席…
    峰会的…总统: a guest described)."""
    opening = _clause_start(text, found.start(), "，,。；;：:")
    if not ATTENDING_NOW.fullmatch(stripped_gap(text, mentions, opening, found.start())):
        return []
    event = next(
        (
            m
            for m in mentions
            if m.type == "Event"
            and m.start >= found.end()
            and text[found.end() : m.start] in ("", "了")
        ),
        None,
    )
    # (出席会议的国务院总理李强: a bare 会议, the story's, is no mention)
    end = event.end if event is not None else found.end() + len(_bare_event(text, found.end()))
    if end == found.end() or not text.startswith("的", end):
        return []
    stop = clause_end(text, end)
    names: list[Mention] = []
    for m in (m for m in mentions if m.type == "Person" and end < m.start < stop):
        if stands_for(text, m, mentions):
            continue  # (…开幕式的习近平主席特别代表、国家副主席韩正: the envoy attends)
        gap = stripped_gap(text, mentions, names[-1].end if names else end + 1, m.start)
        if names and not SUBJECT_GAP.match(gap):
            break
        if not names and (
            len(gap.strip()) > 8
            or verb_cues().search(gap)
            # (参加纪念仪式的各界人士在孙中山先生塑像前肃立: where they stood, whose statue)
            or re.search(r"[在向对与同为给从]", gap)
        ):
            return []
        names.append(m)
    return names


# Between two names a clause on visitors qualifies: a partner's 与 (…钱其琛１４日与意大利外长迪尼
# 举行了会谈) ends the list, and so does the 和 of a host joined ``一起`` (…和…钱其琛一起)
PARTNER_JOINS = "与同跟"
ALONGSIDE = re.compile(r"(?:同志|先生|女士)?(?:一起|一道)")


def _visitors(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    """Who visits: the names a relative clause on the visit qualifies (正在这里访问的…钱其琛,
    会见来华进行国事访问的…拉赫蒙, a list of them: 在南京访问的…野中广务、…玛格丽特·里德), else the
    last name before the cue in its clause that is not the host (欢迎X对我国进行国事访问;
    X是应Y的邀请…访问的)."""
    if text[found.end() : found.end() + 1] in ("团", "者", "量"):
        return []  # 访华团, 访问者: a delegation or a visitor, not a visit
    if _modifies_a_name(text, found.end(), mentions):
        if text.endswith(("陪同", "随同"), 0, found.start()):
            return []  # (随同访问的除涅姆佐夫第一副总理…外: those who went along, not visitors)
        particle, stop = _closing_particle(text, found.end())
        named = [
            m
            for m in mentions
            if m.type == "Person"
            and particle < m.start < stop
            # (…出席巴黎奥运会开幕式的习近平主席特别代表、国家副主席韩正: the envoy visits)
            and not stands_for(text, m, mentions)
        ]
        # 在南京访问的…野中广务、…玛格丽特·里德等外宾: the clause qualifies the whole list
        # (…许塞尔、文化部长格雷尔和中国国务院副总理钱其琛一起: not the host joined to it)
        if not named:
            return []
        inside = covered(text, [x for x in mentions if x.type != "Person"])
        listed = named[:1]
        for m in named[1:]:
            if (
                not SUBJECT_GAP.match(stripped_gap(text, mentions, listed[-1].end, m.start))
                or any(
                    text[i] in PARTNER_JOINS and not inside[i]
                    for i in range(listed[-1].end, m.start)
                )
                or ALONGSIDE.match(text, m.end)
            ):
                break
            listed.append(m)
        return listed
    clause_start = _clause_start(text, found.start(), "，。；,;：:")
    composed = COMPOSED_OF.search(text, clause_start, found.start())
    if composed is not None:
        # 由南非总统拉马福萨、…阿扎利等…组成的代表团16日访问乌克兰: each member visits
        members = _people_in(mentions, composed)
        if members:
            return members
    # (并应哈萨克斯坦共和国总统托卡耶夫、塔吉克斯坦共和国总统拉赫蒙邀请对两国进行国事访问:
    # those who invite, titled and listed, are no visitors)
    inviting = [i.span() for i in INVITATION.finditer(text, clause_start, found.start())]
    before = [
        m
        for m in mentions
        if m.type == "Person"
        and clause_start <= m.start
        and m.end <= found.start()
        and not any(a < m.start < b for a, b in inviting)
        and not INVITER.match(text, m.end)
        and text[m.start - 1 : m.start] not in ("应", "同", "与", "和")
        # (玛哈哇集拉隆功将作为普密蓬国王的御代表…访问: whom the visitor stands in for;
        # 作为习近平主席特别代表赴阿塞拜疆…并访问: whom the envoy stands for)
        and not ("作为" in text[max(0, m.start - 8) : m.start] and STANDS_IN_FOR.match(text, m.end))
        and not stands_for(text, m, mentions)
    ]
    if before and text.startswith("对", before[-1].end) and WELCOMED_AFTER.match(text, found.end()):
        return []  # (李鹏对华裔议员团访华表示欢迎: he welcomes the visit of those he names after)
    if before:
        # (去年11月我在中共二十大召开后不久访华: a clause of time's verb is not the name's)
        between = WHEN_CLAUSE.sub("", text[before[-1].end : found.start()])
        # 习近平举行仪式欢迎坦桑尼亚总统访华: the name did something else; the visitor is
        # unnamed (李强将…主持召开…会议并访问沙特: both are his; 钱其琛是１５日晚抵达圣马力诺
        # 进行访问的: arriving is visiting)
        others = [
            c
            for c in event_cues().pattern.finditer(between)
            if c.group() not in ARRIVALS
            # (…进行其就任总统以来的第三次访问: since when, a bound of the visit's count)
            and not SINCE_BOUND.match(between, c.end())
        ]
        # (结束出席…峰会并对秘鲁、巴西的国事访问: the same one's, joined by 并)
        joined = bool(others) and "并" in between[others[-1].end() :]
        # (习近平欢迎各国议长访华: he welcomes the visitors the clause leaves unnamed)
        if (others and text[found.start() - 1 : found.start()] != "并" and not joined) or (
            "欢迎" in between
        ):
            return []
    invited = text.rfind("应", 0, clause_start)
    if not before and invited >= 0 and "邀请" in text[invited:clause_start]:
        # 习近平乘专机抵达贝尔格莱德，应武契奇邀请，对塞尔维亚进行国事访问: the sentence's
        # subject, before the invitation
        sentence_start = _clause_start(text, invited, "。；;")
        invitation_end = text.find("邀请", invited)
        subject = [
            m
            for m in mentions
            if m.type == "Person"
            and sentence_start <= m.start < found.start()
            # (应习近平邀请 波兰总统将对中国进行国事访问: the inviter is no visitor)
            and not invited < m.start < invitation_end
            # (习近平主席特别代表…丁薛祥: whom the visitor stands for)
            and not stands_for(text, m, mentions)
            # (…进行了友好访问，拜会了意大利总理普罗迪…，访问了…: whom a verb acts on)
            and not event_cues().pattern.search(
                text, _clause_start(text, m.start, "，,。；;：:"), m.start
            )
        ][:1]
        if subject:
            return subject
    if not before and CONTINUED_VISIT.match(text, clause_start):
        # 钱其琛…于８日上午抵达拉巴特，开始对摩洛哥进行…访问: the sentence's subject goes on
        return _sentence_opener(text, mentions, clause_start)
    during = VISIT_DURING.match(text, found.end())
    if (
        not before
        and during is not None
        and text[clause_start : found.start()] in ("", "在")
        # (not 访问期间，几内亚总统孔戴…会见了唐家璇外长: the story's guest, the hosts after)
        and any(m.type == "Place" and found.end() <= m.start < during.end() for m in mentions)
    ):
        # 访问科特迪瓦期间，唐家璇指出: the subject of the clause the time opens
        visitor = next(
            (m for m in mentions if m.type == "Person" and m.start >= during.end()), None
        )
        if visitor is not None and SUBJECT_GAP.match(
            stripped_gap(text, mentions, during.end(), visitor.start)
        ):
            return [visitor]
    led = LED_GROUP.search(text, clause_start, found.start())
    if led is not None:
        # 由总督勒布朗和总理克雷蒂安率领的加拿大政府代表团访问了…: each leader visits
        head = 1 if led.group(1) else 2
        return [m for m in before if led.start(head) <= m.start < led.end(head)] or before[-1:]
    sentence_start = _clause_start(text, clause_start, "。；;")
    led = LED_GROUP.search(text, sentence_start, clause_start)
    if not before and led is not None and led.group(2):
        # 以…雪伦·克莱丽为代理团长的…代表团一行９人，于…对庐山进行了友好访问: the head of the
        # delegation the sentence opens with
        return [m for m in mentions if m.type == "Person" and led.start(2) <= m.start < led.end(2)]
    if not before:
        # 人民日报代表团于５月２５日至６月３日对意大利进行了友好访问: a delegation no one is
        # named to lead visits as a body
        return [
            m
            for m in mentions
            if m.type == "Organization"
            and clause_start <= m.start
            and m.end <= found.start()
            and m.text.endswith(DELEGATIONS)
            and not event_cues().pattern.search(text, m.end, found.start())
        ][-1:]
    return before[-1:]


# A body that travels: 代表团, 访问团, 考察团
DELEGATIONS = ("代表团", "访问团", "考察团", "友好团", "议员团")


WELCOMED_AFTER = re.compile(r"[^，,。；;]{0,8}?表示(?:热烈|诚挚|衷心)?(?:欢迎|感谢|祝贺)")


# 由A和B率领的…代表团: a delegation its leaders head
LED_GROUP = re.compile(
    r"由([^，,。；;：:]{2,40}?)(?:率领|带领)的[^，,。；;：:]{0,20}?(?:代表团|访问团|考察团|团组|编队)"
    # (以美国国家公园局外办主任雪伦·克莱丽为代理团长的美国国家公园代表团: its head)
    r"|以([^，,。；;：:]{2,40}?)为(?:代理|临时)?(?:团长|组长)的[^，,。；;：:]{0,20}?"
    r"(?:代表团|访问团|考察团|团组)"
)


# 邀请X为Y作…报告, 邀请X作…: the one invited to speak, then to whom
INVITED_SPEAKER = re.compile(r"邀请([^，,。；;]{2,30}?)(?:为[^，,。；;]{1,24}?)?$")


# 访问科特迪瓦期间，: a visit's clause of time, what the visit is to, then its end
VISIT_DURING = re.compile(r"[^，,。；;]{0,12}?(?:期间|时)[，,]")


# 就任总统以来的第三次访问: a bound since when, no act of the visit's own
SINCE_BOUND = re.compile(r"[^，,。；;]{0,6}?以来")


# 据了解, 据悉, 据报道, 另据新华社报道: where a sentence's news comes from, before it begins
SOURCE_OF_NEWS = re.compile(r"另?据[^，,。；;]{0,12}?(?:了解|悉|报道|介绍|透露|称)[，,]?")


# A clause with no subject that goes on with the sentence's (，开始对摩洛哥进行…访问)
# (…离开汉城，前往美国进行国事访问: going there, the subject goes on)
CONTINUED_VISIT = re.compile(
    r"(?:开始|并|随后|正式|继而|接着|前往|赴|飞赴|转赴|启程前往|动身前往"
    # (穆巴拉克昨天飞抵…拉塔基亚，对叙进行闪电式访问: the clause opens with the visited)
    r"|对[^，,。；;]{1,12}?进行)"
)


def _escorting(text: str, start: int, person: Mention) -> bool:
    """Whether ``person`` is named in a ``在…陪同下`` after ``start``: one who accompanies."""
    escort = text.find("陪同下", person.end)
    if escort < 0 or CLAUSE_END.search(text, person.end, escort):
        return False
    opening = text.rfind("在", start, person.start)
    return opening >= 0 and not CLAUSE_END.search(text, opening, person.start)


def _gathered(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``江泽民、李鹏…等党和国家领导人，同全国政协…负责人，…以及首都各界代表欢聚一堂``,
    ``江泽民、李瑞环…等中共中央领导同志同各民主党派中央…负责人…欢聚一堂``: the list the
    sentence opens with and those named after its 同 gathered at ``at``."""
    start = _clause_start(text, at, "。；;")
    for joined in re.finditer(r"[，,]?[同与和]", text[start:at]):
        before = start + joined.start()
        opening = [p for p in subjects(text, mentions, before) if p.type == "Person"]
        if opening:
            after = start + joined.end()
            return opening + [m for m in mentions if m.type == "Person" and after <= m.start < at]
    return []


def _sentence_opener(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The person (titled or not, after a time) who opens the sentence running to ``at``."""
    start = _clause_start(text, at, "。；;")
    start += dateline_end(text[start:at])  # (本报拉巴特１月９日电钱其琛于…)
    first = next((m for m in mentions if m.type == "Person" and start <= m.start < at), None)
    if first is None:
        return []
    # (据了解，贝耶于２６日离开罗安达，前往…访问: whence the news, then the one it is about)
    gap = stripped_gap(text, mentions, start, first.start).strip(" ，,")
    return [first] if not gap or SOURCE_OF_NEWS.fullmatch(gap) else []


# 为 before the guests a ceremony is held for: right before the first name, or before a name and
# 和夫人 (为法耶和夫人玛丽)
GUESTS_BEFORE = re.compile(r"为(?:[\u4e00-\u9fff·]{2,8}[和与]夫人)?$")


# 的书法作品, 研制的…新药…等科研成果, 主演的影片《…》: the person's work, right after the name
WORK_OF = re.compile(
    # (李晴祺、包文翊等专家的研究课题: the makers a list names, then their kind)
    r"(?:等[\u4e00-\u9fff]{0,4}?)?"
    r"(?:创作|研制|研发|编写|撰写|主演|导演|执导|设计|发明|编导|拍摄|主持)?的"
    r"[^，,。；;的]{0,24}?(?:作品|成果|新药|论文|著作|专著|小说|影片|电影|歌曲|节目|发明|书法|画作|"
    # (冯康等人的“哈密尔顿系统的辛几何算法”获得…: a title in quotes, a 的 of its own inside)
    r"诗集|剧本|纪录片|课题|《[^》]{1,30}》|“[^”]{1,30}”)"
)
# Between one maker's work and the next maker of a list: a note on the work, then the link
WORK_LISTED = re.compile(r"(?:[（(][^（()）]{0,12}[）)])?[、和及与]")


# Between a winner and the verb: for whom (郑钦文，为中国赢得…)
WON_FOR = re.compile(r"[，,]?为(?:中国|祖国|国家)队?")


def _subject_before_about(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``习近平就印度…倒塌事故，造成重大人员伤亡向…致慰问电``: what a 就 phrase is about may
    run over a comma; the subject before 就 does the verb after it."""
    about = text.rfind("就", _clause_start(text, at, "。；;：:"), at)
    comma = CLAUSE_BREAK.search(text, about, at) if about > 0 else None
    if comma is None:
        return []
    if any(word in text[about : comma.start()] for word in cues()["say"]):
        return []  # (王毅就此表示，中方愿出席…: what is said, not what he does)
    return [p for p in subjects(text, mentions, about) if p.type == "Person"]


# 当选为省委常委的还有…: the clause names those it is said of after it
LISTED_AFTER = re.compile(r"[^，,。；;]*?的(?:还)?(?:有|是)")


# What may open a clause whose cue goes on from the one before: 并, 随后, 连续四届, 同时还 …
SERIAL_LEAD = re.compile(
    r"(?:并|随后|正式|并正式|再次|又|刚刚|首次|连续(?:第?[0-9０-９一二三四五六七八九十]+[届次])?"
    r"|同时)?(?:还|也)?"
)


NAMED_ALONE_REACH = 120  # how far a profile that opens with a name alone runs


NAME_ALONE = re.compile(r"\s*(.+?)(?:同志)?[，,]")  # 阳宝华，…: a clause that is a name


# A clause that says only when (1997年, 同年, 次年3月) before its verb
TIME_ONLY = re.compile(
    r"(?:[0-9０-９〇零一二三四五六七八九十]{2,4}年|同年|次年|当年|翌年)?"
    r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:又|还|再|也)?"
)


# 他决定…, 她已…: a pronoun opening the clause of a cue, a word of tense at most
PRONOUN_CLAUSE = re.compile(
    r"(?:此次|这次|今年|去年|当年|同年|随后|后来|这是"
    # (…尽职尽责，１９９１年她当选为…: the year it happened)
    r"|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?)?"
    # (玛格丽特·里德说，这是她第一次访问中国: how often)
    # (德梅西纳表示，她此次访华的目的是…: the trip she is on)
    r"[他她](?:此次|这次|本次)?(?:决定|将|已经?|随即|随后|正式|也|又|再次|第一次|首次)?"
)


# A clause that only says when or where: 今天在…选举中, 当地时间25日
SETTING_CLAUSE = re.compile(r"(?:今天|昨天|当天|日前|近日|当地时间|在|于)[^，,。；;：:]{0,30}[，,]")


def _first_unbracketed(text: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first person named from ``start`` to ``end`` (巴基斯坦穆斯林联盟（谢里夫派）候选人…
    塔拉尔: a name in brackets qualifies another)."""
    return next(
        (
            m
            for m in mentions
            if start <= m.start < end and m.type == "Person" and not _in_brackets(text, m.start)
        ),
        None,
    )


def _joined_clause_date(
    text: str, mentions: list[Mention], clause_start: int, at: int
) -> str | None:
    """``贝鲁2007年创立…，并担任主席一职至今``: a clause joined by 并 shares the year or month the
    clause before gives right after its subject."""
    if clause_start == 0 or text[clause_start:at] != "并":
        return None
    joined_to = _clause_start(text, clause_start - 1, "，。；,;")
    subjects_end = {m.end for m in mentions if m.type == "Person"}
    return next(
        (
            m.value
            for m in mentions
            if m.type == "Date"
            and m.value
            and COARSE_DATE.match(m.value)
            and joined_to <= m.start < clause_start
            and m.start in subjects_end
        ),
        None,
    )


def _sentence_subject_for_pronoun(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``利维…宣布，由于…，他决定辞去外长职务``: 他 opening the cue's clause is the person
    who opens the sentence (after a title at most), when no other person is named between."""
    clause = _clause_start(text, at, "，,；;")
    if not PRONOUN_CLAUSE.fullmatch(text, clause, at):
        return []
    opening = _clause_start(text, clause - 1, "。；;！？")
    people = [m for m in mentions if m.type == "Person" and opening <= m.start < clause]
    # (１月４日，以色列外长利维…宣布，…，他决定辞职: a clause of time before the name)
    if not people or not OPENING_GAP.fullmatch(
        stripped_gap(text, mentions, opening, people[0].start).strip()
    ):
        return []
    return people[:1]


# 他 opening a clause, then what comes before the other side's 同: 他将于当晚就上述问题开始同
PRONOUN_BEFORE_PARTNER = re.compile(r"[他她](?![们的])[^，,。；;：:的]{0,16}")


def _pronoun_before_partner(
    text: str, mentions: list[Mention], found: re.Match[str]
) -> list[Mention]:
    """``巴特勒说，他将于当晚就上述问题开始同伊拉克副总理阿齐兹举行会谈``: 他 opening the
    clause of a meeting whose other side follows 同 is the person who opens the sentence."""
    clause = _clause_start(text, found.start(), "，,；;")
    lead = max(text.rfind(word, clause, found.start()) for word in PARTNER_LEADS)
    if (
        lead < 0
        or not PRONOUN_BEFORE_PARTNER.fullmatch(text, clause, lead)
        # (他计划在与…会面时重申, 他还表示现在没有与俄方进行谈判的可能性: a meeting to come or
        # none at all, a time or a chance)
        or text.startswith(("时", "的可能"), found.end())
    ):
        return []
    if any(m.type == "Person" and clause <= m.start < lead for m in mentions):
        return []
    return _sentence_subject_for_pronoun(text, mentions, clause + 1)


def _named_alone_before(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``阳宝华，５１岁，大学文化，曾任…，１９９５年４月调任岳阳市委书记``: a sentence that opens
    with a name alone, then clauses of who the person is and what posts were held, is about
    that person to its last clause."""
    clause = _clause_start(text, at, "，,")
    opening = _clause_start(text, at, "。；;！？")
    if clause <= opening or clause - opening > NAMED_ALONE_REACH:
        return []
    first = NAME_ALONE.match(text, opening)
    people = [m for m in mentions if m.type == "Person" and opening <= m.start < clause]
    if (
        first is None
        or len(people) != 1
        or (people[0].start, people[0].end) != (first.start(1), first.end(1))
    ):
        return []
    return people


def _each_speaking_for(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``丁石孙代表各民主党派…，杨国庆代表台湾民主自治同盟…，李克强代表全国总工会…分别在会上
    发言``: clauses each of a person speaking for bodies, then 分别 and the verb: each person."""
    start = _clause_start(text, at, "。；;！？")
    if "分别" not in text[max(start, at - 12) : at]:
        return []
    people: list[Mention] = []
    for clause in re.finditer(r"[^，,]+", text[start:at]):
        # (胡春华代表全国政协、…主席郑建邦代表民革中央，…: two of them in one clause)
        speaking = [
            m
            for m in mentions
            if m.type == "Person"
            and start + clause.start() <= m.start < start + clause.end()
            and text.startswith("代表", m.end)
        ]
        if not speaking and "分别" in clause.group():
            continue  # (…，分别向孙中山先生塑像敬献花篮: the verb's own clause)
        if not speaking:
            return []
        people += speaking
    return people if len(people) >= 2 else []


def _serial_subject(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``佩通坦获得过半数议员支持，当选新任泰国总理``: a cue that opens its clause (after
    并, 随后 or 正式 at most) goes on from the clause before, when a person (titled or not:
    为泰党党首佩通坦·钦那瓦作为…，当选…) opens it."""
    comma = _clause_start(text, at, "，,")
    if comma == 0 or not SERIAL_LEAD.fullmatch(text, comma, at):
        return []
    if LISTED_AFTER.match(text, at):
        return []  # (，当选为省委常委的还有席义方…: those elected are listed after)
    opening = _clause_start(text, comma - 1, "，,。；;：:")
    first = _first_unbracketed(text, mentions, opening, comma - 1)
    if first is None and opening > 0 and SETTING_CLAUSE.match(text, opening):
        # 塔拉尔，今天在巴国民议会…选举中，当选…: a clause of time or setting between
        comma = opening
        opening = _clause_start(text, comma - 1, "，,。；;：:")
        first = _first_unbracketed(text, mentions, opening, comma - 1)
    if first is None:
        return []
    gap = re.sub("[现前原时新]任", "", stripped_gap(text, mentions, opening, first.start).strip())
    # (the clause opens with words of its own, a verb: the name is an object; titles the
    # tables lack may come before it: …民族联盟候选人、现任总统丹尼尔·阿拉普·莫伊…)
    if len(gap) > 16 or re.search(r"[，,。；;：:]", gap) or verb_cues().search(gap):
        return []
    return [first]


def _joined(text: str, at: int) -> bool:
    """``出席…并致辞``: the cue at ``at`` continues the previous one's clause."""
    clause_start = _clause_start(text, at, "，。；,;：:")
    # (签署…公报后联合举行了记者招待会: after it, the same people; 朱镕基到会就…作了重要讲话:
    # came to the meeting and spoke there)
    return (
        "并" in text[clause_start:at]
        or "到会" in text[clause_start:at]
        or JOINED_AFTER.search(text, clause_start, at) is not None
        # (出席高峰论坛开幕式发表主旨演讲: the event attended, then what was done there; not
        # 致电…，祝贺本届世界卫生大会召开: the event a message hails)
        or (
            text[clause_start:at].endswith(EVENT_THEN_VERB) and not HAILED.match(text, clause_start)
        )
    )


def _bylined(text: str, mentions: list[Mention]) -> set[Mention]:
    byline, photo = cues()["byline"], cues()["photo"]
    found = set()
    # 据新华社上海6月8日电（陈毛弟、刘谦）: the names a dateline's bracket gives are its authors
    signed = [
        (opening.end(), text.find("）", opening.end()))
        for opening in DATELINE_BRACKET.finditer(text)
    ]
    for m in mentions:
        if m.type != "Person":
            continue
        if any(start <= m.start and m.end <= end for start, end in signed):
            found.add(m)
            continue
        before = text[max(0, m.start - 5) : m.start]
        after = text[m.end : m.end + 3].strip()
        if before.endswith(byline) or after.startswith(photo) or after.startswith("报道"):
            found.add(m)
    return found


# 学习江总书记讲话, 贯彻国家主席江泽民讲话, 宣讲习近平总书记重要讲话精神: the verbs of a speech
# (or an instruction) studied or passed on, before its speaker
STUDY_VERBS = "学习|贯彻|领会|传达|落实|宣讲"
SPEECH_STUDIED = re.compile(rf"(?:{STUDY_VERBS})(?:了|好)?$")


def _arguments(text: str, mentions: list[Mention], found: re.Match[str], cue: Cue) -> list[Mention]:
    """The names that take the cue's role: before it, or in an inverted list after it."""
    stop = clause_end(text, found.end())
    inverted = INVERTED.match(text, found.end())
    if inverted and inverted.end() <= stop:
        if inverted.group().endswith(("：", ":")):
            # (…的宗教团体领导人有：A；B，C；…: a colon's list runs over its semicolons)
            period = text.find("。", inverted.end())
            stop = period if period >= 0 else len(text)
        return _listed(text, mentions, inverted.end(), stop)
    if found.group().endswith("选出"):
        # 最终推选出陈闽慷、周时莹…9名个人: those chosen (推选出由A、B组成的…: a body's members)
        return (
            [] if text.startswith("由", found.end()) else _listed(text, mentions, found.end(), stop)
        )
    # 在习近平陪同下: the companions sit between 在 and 陪同.
    if cue.role == "accompanied" and text[found.end() : found.end() + 1] == "下":
        opening = text.rfind("在", 0, found.start())
        if opening >= 0:
            return [
                m
                for m in mentions
                if m.type == "Person"
                and opening < m.start < found.start()
                and not stands_for(text, m, mentions)  # 洪森特别代表、副首相谢索帕拉
            ]
    if cue.role == "meet" or found.group().startswith("座谈"):
        joiner = _joiner(text, found.start())
        # X同Y会谈: the hosts come before 同 (赵乐际同列席…的全国人大代表座谈交流: and who talks)
        stop = clause_end(text, found.end())
        if (
            joiner >= 0
            and text[joiner] == "和"
            and any(m.type == "Person" and found.end() <= m.start < stop for m in mentions)
        ):
            # 霍华德、…费希尔和国库部长科斯特洛…分别会见了…董建华: hosts together, the guest
            # after the verb
            before_and = subjects(text, mentions, joiner)
            return before_and + [
                p for p in subjects(text, mentions, found.start()) if p not in before_and
            ]
        if joiner >= 0 and (cue.role == "meet" or text[joiner] != "和"):
            hosts = subjects(text, mentions, joiner)
            if hosts or cue.role == "meet":
                return hosts
    if cue.role == "chaired":
        # 会议由X主持
        opening = text.rfind("由", 0, found.start())
        if opening >= 0 and not re.search(r"[，。；,;]", text[opening : found.start()]):
            found_people = [
                m for m in mentions if m.type == "Person" and opening < m.start < found.start()
            ]
            if found_people:
                return found_people
    people = subjects(text, mentions, found.start())
    if (
        cue.role == "spokeAt"
        and people
        # (学习…在全会上的重要讲话: a speech made at an event named, which binds it there)
        and "在" not in text[people[-1].end : found.start()]
        and SPEECH_STUDIED.search(
            stripped_gap(
                text, mentions, _clause_start(text, people[0].start, "，,。；;"), people[0].start
            )
        )
    ):
        return []  # (畅谈了学习江总书记讲话的深刻体会: a speech studied, not one made here)
    escort = text.rfind("陪同下", 0, found.start())
    if escort >= 0 and AFTER_ESCORT.match(text[escort + 3 : found.start()]):
        # X在Y陪同下考察, X在Y陪同下，在暹粒参观: X is the one who inspects, Y only accompanies.
        opening = text.rfind("在", 0, escort)
        people = subjects(text, mentions, opening) if opening >= 0 else []
    if cue.role == "spokeAt" and not any(p.type == "Person" for p in people):
        # X代表Y就Z作了汇报, A，B、C围绕…发言, X代表中共中央致贺词: the speakers, then whom
        # they speak for and what about, then the verb.
        sentence_start = _clause_start(text, found.start(), "。；;")
        for lead in SPEAKER_LEAD.finditer(text, sentence_start, found.start()):
            speakers = [p for p in subjects(text, mentions, lead.start()) if p.type == "Person"]
            if speakers:
                people = speakers
                break
        else:  # 并代表中共中央致贺词: the body is whom the speaker of the verb before speaks for
            people = [p for p in people if text[max(0, p.start - 2) : p.start] != "代表"]
    invited = (
        INVITED_SPEAKER.search(text, _clause_start(text, found.start(), "，,。；;"), found.start())
        if cue.role == "spokeAt" and not any(p.type == "Person" for p in people)
        else None
    )
    if invited is not None:
        # 邀请…行长戴相龙为首都高校的…学生作经济形势报告: the one invited speaks
        people = [p for p in _people_in(mentions, invited) if p.type == "Person"][-1:] or people
    seated = SEATED_AT.search(text, 0, found.start()) if found.group() == "在座" else None
    if seated is not None:  # …沙利卡什维利等会见时在座: those listed before the meeting's time
        people = subjects(text, mentions, seated.start())
    if not people and cue.role in ROLES:
        people = _invited(text, mentions, found.start())
    if not people and cue.role == "participatedIn":
        people = _named_before_the_unnamed(text, mentions, found.start())
        receives = text.rfind("接受", _clause_start(text, found.start(), "，。；,;"), found.start())
        if not people and receives >= 0:  # X接受42位驻华大使递交国书: X holds it
            people = subjects(text, mentions, receives)
    if people and cue.role != "meet" and people[0].type == "Person":
        joiner = _joiner(text, people[0].start)
        # (同刚果（金）总统齐塞克迪: a place's bracket is part of its name; 和来访的英国贸工大臣
        # 贝克特: a relative clause on the other side)
        gap = IN_BRACKETS.sub("", stripped_gap(text, mentions, joiner + 1, people[0].start))
        titled = any(m.type == "Position" and m.end == people[0].start for m in mentions)
        if found.group() in HOLDING_VERBS:
            # (…抵达旧金山，应邀同美国总统拜登举行中美元首会晤: the one after 同 is the other
            # side of what is held, which has sides of its own; who holds it comes before 同,
            # or goes on from the clause before)
            if joiner >= 0 and text[joiner] in PARTNER_LEADS and OBJECT_LEAD.match(gap):
                people = subjects(text, mentions, joiner)
        elif joiner >= 0 and (
            OBJECT_LEAD.match(gap) or (titled and QUALIFIED_TITLE.fullmatch(gap))
        ):
            # X同俄罗斯总理Y以视频方式共同主持, X同Y互致贺电, 李强在柏林同德国总理朔尔茨出席…:
            # both sides take the role.
            if _partners_of_the_carried(text, mentions, found):
                # (…，并同颜金勇副总理共同主持…, 会见…施泰因迈尔，同朔尔茨总理共同主持…: the
                # clause opens with 同; who acts is the sentence's subject, the reader's)
                return []
            people = subjects(text, mentions, joiner) + people
    if cue.event_type in ("Award", "Other") and people:
        # 习近平向晋升上将军衔的…何宏军颁发命令状, 李强向石破茂致贺电: who gives, not who
        # receives
        to = text.rfind("向", _clause_start(text, found.start(), "，。；,;"), people[0].start)
        if to >= 0:
            people = subjects(text, mentions, to)
    if cue.event_type == "Award" and not any(p.type == "Person" for p in people):
        people = _winners_told_apart(text, mentions, found) or people
    if not people and cue.event_type == "Award":
        # 郑钦文，为中国赢得首枚…金牌: the one who wins for the country
        people = [
            m
            for m in mentions
            if m.type == "Person" and WON_FOR.fullmatch(text, m.end, found.start())
        ]
    if cue.event_type == "Award" and found.group() in AWARDING:
        # 授予朱杨柱、桂海潮同志…称号, 给景海鹏同志颁发…, 向…吴文俊颁发…: the honoured take
        # part too
        clause_start = _clause_start(text, found.start(), "，。；,;")
        given = max(
            text.rfind("给", clause_start, found.start()),
            text.rfind("向", clause_start, found.start()),
        )
        honoured = (
            _name_list(text, mentions, found.end(), stop)
            or (
                [m for m in mentions if m.type == "Person" and given < m.start < found.start()]
                if given >= 0
                else []
            )
            # 授予海军南昌舰党委“时代楷模”称号: a body honoured (被授予联合国“和平勋章”: the
            # honour's own name)
            or [
                m
                for m in mentions
                if m.type == "Organization"
                and m.start == found.end()
                and text.startswith(("“", '"', "「"), m.end)
                and text[found.start() - 1 : found.start()] != "被"
            ]
        )
        people = people + [p for p in honoured if p not in people]
    if not people and found.group() in HOLDING_VERBS:
        # 胡安·莱尼亚先生在西班牙驻华大使馆为…邢啸声先生的新著…举行发行仪式: who holds it
        # comes before 为, whatever it is for
        for_what = text.rfind("为", _clause_start(text, found.start(), "，,。；;"), found.start())
        if for_what >= 0 and not any(m.start <= for_what < m.end for m in mentions):
            # (天津政协、天津美院…联合为其画集举行首发式: bodies take part only where no person
            # is named, and here one is, the painter 其 stands for)
            people = [p for p in subjects(text, mentions, for_what) if p.type == "Person"]
    if people:
        # X为Y举行欢迎仪式: X holds it, Y is its guest; both take part (为法耶和夫人玛丽: a name the
        # tagger missed and a title may stand between 为 and the first name it found)
        start = _clause_start(text, people[0].start, "，,。；;")
        for_whom = GUESTS_BEFORE.search(text, start, people[0].start)
        if for_whom is not None:
            people = subjects(text, mentions, for_whom.start()) + people
    return people


def _winners_told_apart(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    """The persons an award cue at ``found`` honours when no person is its subject: the one
    before 被 (``袁步兵被县委、团县委评为…``, the honouring bodies after it), the members of a
    team (``由刘疆驰、吴云轩、韩旭组成的中国队夺得金牌``), or the maker whose work wins
    (``刘五岳研制的…新药…曾获…大奖``); none when the text names none of them."""
    sentence_start = _clause_start(text, found.start(), "。；;")
    passive = text.rfind("被", sentence_start, found.start())
    if passive >= 0:
        honoured = [p for p in subjects(text, mentions, passive) if p.type == "Person"]
        named = {
            _name(m) for m in mentions if m.type == "Person" and sentence_start <= m.start < passive
        }
        if (
            not honoured
            and len(named) == 1
            and TIME_ONLY.fullmatch(text, _clause_start(text, passive, "，,；;"), passive)
        ):
            # (…，连续3年获县政府嘉奖，1997年被县委评为…: the one the sentence is about)
            honoured = [m for m in mentions if m.type == "Person" and sentence_start <= m.start][:1]
        if honoured:
            return honoured
    composed = COMPOSED_OF.search(text, sentence_start, found.start())
    if composed is not None and (members := _people_in(mentions, composed)):
        return members
    clause_start = _clause_start(text, found.start(), "，,。；;")
    if clause_start > sentence_start and not text[clause_start : found.start()].strip():
        # (…的研究课题“…”，摘取了…桂冠: the verb opens its clause, the work the one before)
        clause_start = _clause_start(text, clause_start - 1, "，,。；;")
    made = [
        (m, work)
        for m in mentions
        if m.type == "Person"
        and clause_start <= m.start < found.start()
        and (work := WORK_OF.match(text, m.end)) is not None
        and work.end() <= found.start()
    ]
    makers = [maker for maker, _work in made]
    if len(makers) == 1 and not any(
        m.type == "Person" and makers[0].end <= m.start < found.start() for m in mentions
    ):
        listed = subjects(text, mentions, makers[0].end)  # (A、B等专家的…: the list it ends)
        return [p for p in listed if p.type == "Person"] or makers
    if len(made) > 1 and all(
        WORK_LISTED.fullmatch(text, work.end(), after.start)
        for (_maker, work), after in zip(made, makers[1:], strict=False)
    ):
        # (王火的《战争和人》（一、二、三部）、陈忠实的《白鹿原》…和刘玉民的《骚动之秋》获此殊荣:
        # each maker named before a work of the list)
        return makers
    return []


def _names_someone_as(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """``会议确定，X为Y``: a verb that decides many things names a person only as X为
    (``通过王沪宁为大会秘书长``, ``会议决定周恩来为中央常委…``: the name right after the verb)."""
    stop = clause_end(text, found.end())
    if found.group() in ("通过", "决定"):
        named = next((m for m in mentions if m.start >= found.end()), None)
        return (
            named is not None
            and named.type == "Person"
            and text[found.end() : named.start] in ("", "了")
            and text.startswith("为", named.end)
        )
    return any(
        m.type == "Person" and found.end() <= m.start < stop and text.startswith("为", m.end)
        for m in mentions
    )


def _elect_title(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """``印尼当选总统普拉博沃``, ``候任…``: the cue modifies a title a name follows (not a
    decision's object: 任命众议员张三为州长)."""
    if found.group() in OBJECT_DECISIONS:
        return False
    post = next((m for m in mentions if m.type == "Position" and m.start == found.end()), None)
    if post is not None and text.startswith(JOINTLY, post.end):
        # 愿同提努布当选总统一道努力: the president-elect one works with, no decision told
        named = next((m for m in mentions if m.type == "Person" and m.end == found.start()), None)
        if named is not None and text[named.start - 1 : named.start] in PARTNER_LEADS:
            return True
    return post is not None and any(m.type == "Person" and m.start == post.end for m in mentions)


def _invited(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``习近平乘专机抵达喀山，应普京邀请，出席…会晤``: after an invitation clause the verb's
    subject is the sentence's, before the invitation."""
    clause_start = _clause_start(text, at, "，。；,;：:")
    if stripped_gap(text, mentions, clause_start, at).strip():
        return []  # the verb has words of its own before it
    invited = text.rfind("应", 0, clause_start)
    if invited < 0 or "邀请" not in text[invited:clause_start]:
        return []
    if _clause_start(text, clause_start - 1, "，。；,;：:") > invited:
        return []  # the invitation is not the clause right before the verb's
    sentence_start = _clause_start(text, invited, "。；;")
    return [m for m in mentions if m.type == "Person" and sentence_start <= m.start < invited][:1]


def _named_before_the_unnamed(text: str, mentions: list[Mention], at: int) -> list[Mention]:
    """``A、B、C，各省…负责同志以及…负责人出席``: the named come first, then those the text
    does not name, then the verb. The unnamed part has no name and no verb of its own."""
    clause_start = _clause_start(text, at, "。；;：:")
    # (李家超、中央驻港机构负责人等出席, 勒梅尔和100多名两国工商界代表出席: the unnamed
    # joined by 、 or 和 to the last name)
    last = next(
        (
            m
            for m in reversed(mentions)
            if m.type == "Person" and clause_start <= m.start and m.end <= at
        ),
        None,
    )
    joined = UNNAMED_JOIN.match(text, last.end) if last is not None else None
    comma = max(text.rfind(c, 0, at) for c in "，,")
    if joined is not None:  # (…王克上将以及…各军种、兵种，…的有关负责人出席: over commas)
        comma = joined.start("conj")
    elif last is not None and text[last.end : last.end + 1] == "等":
        # (…罗塞芙，…伊万诺夫、…维拉尤达等外国前政要、各国驻华使节、专家学者等400余人出席: the
        # named, then 等 and who the others are, counted; …等领导同志出席 is read elsewhere)
        if not UNNAMED_COUNT.search(text, last.end, at):
            return []
        comma = last.end
    elif last is not None and text[last.end : last.end + 1] in "，,":
        # (李家超，中央政府驻港联络办负责同志，…代表和出版界代表出席: the unnamed over commas)
        comma = last.end
    if comma < clause_start:
        return []
    unnamed = text[comma + 1 : at]
    # (…李兰芳等及参加南方地区扫黄打非工作会议的代表出席: the others, by the meeting they came to)
    came_to = ATTENDEES_OF.match(unnamed, len(unnamed) - len(unnamed.lstrip("、和及以")))
    if any(
        comma < m.start < at and not (came_to and m.type == "Event")
        for m in mentions
        if m.type in ("Person", "Event")
    ):
        return []
    # (…，以及俄罗斯联邦政府7位副总理等出席: the unnamed by their title)
    titled = any(
        m.type == "Position" and comma < m.start and UNNAMED_TITLED_END.fullmatch(text, m.end, at)
        for m in mentions
    )
    titled = titled or (
        any(m.type == "Position" and m.end == at for m in mentions)
        and COUNTED_TITLES.fullmatch(stripped_gap(text, mentions, comma, at)) is not None
    )
    if not (UNNAMED_ATTENDEES.search(unnamed) or titled) or event_cues().pattern.search(
        unnamed, came_to.end() if came_to else 0
    ):
        return []
    return subjects(text, mentions, comma)


# What may open a clause before its 同 when the clause's subject is the sentence's (…访问新加坡，
# 并同颜金勇副总理共同主持…): a joining word, a tense
CARRIED_CLAUSE_LEAD = re.compile(r"(?:并|还|也|又|将|并将|还将|也将|随后|此后|其间|期间)*")


# 出席并与X共同主持: the verb before and the one after share their subject
JOINED_PARTNER = re.compile(r"并[同与跟][^，,。；;：:]{1,24}?(?:共同|一起|一道)$")


def _subject_joined_before(
    text: str, mentions: list[Mention], found: re.Match[str]
) -> list[Mention]:
    """``王沪宁出席并与南非总统拉马福萨共同主持``, ``李强出席开幕式并与…朔尔茨共同致辞``: the
    subject of the verb a clause goes on from with 并 and a partner who does the next one
    together with it (empty if none)."""
    start = _clause_start(text, found.start(), "，,。；;")
    joined = JOINED_PARTNER.search(text, start, found.start())
    if joined is None:
        return []
    verbs = list(verb_cues().finditer(text, start, joined.start()))
    if not verbs:
        return []
    return [m for m in subjects(text, mentions, verbs[0].start()) if m.type == "Person"]


# 同南非总统拉马福萨会谈后共同会见记者: the partner of talks does with the subject what follows
TALKS_THEN_TOGETHER = re.compile(
    r"[同与跟](?P<partner>[^，,。；;：:]{1,40}?)(?:会谈|会晤|磋商)(?:结束)?后(?P<together>共同|一起|一道)?$"
)
TOGETHER = ("共同", "一起", "一道")


def _partners_after_talks(
    text: str, mentions: list[Mention], found: re.Match[str]
) -> list[Mention]:
    """``习近平…同俄罗斯总统普京会谈后共同会见记者``: both sides of the talks a clause reports
    first do the next verb together (empty if it reports none)."""
    start = _clause_start(text, found.start(), "，,。；;")
    joined = TALKS_THEN_TOGETHER.search(text, start, found.start())
    if joined is None or not (joined.group("together") or found.group().startswith(TOGETHER)):
        return []
    hosts = [m for m in subjects(text, mentions, joined.start()) if m.type == "Person"]
    partners = [
        m
        for m in mentions
        if m.type == "Person"
        and joined.start("partner") <= m.start < joined.end("partner")
        # (同巴西总统卢拉在巴西利亚总统官邸黎明宫会谈: where they talked names no one)
        and "在" not in text[joined.start("partner") : m.start]
    ]
    return [*hosts, *partners] if hosts and partners else []


def _partners_of_the_carried(
    text: str, mentions: list[Mention], found: re.Match[str]
) -> list[Mention]:
    """``…访问新加坡，并同颜金勇副总理共同主持…``: a clause with no subject of its own that
    opens with 同 (与, 跟) and the names after it; they share the role of the subject the
    sentence carries into the clause. Empty when the clause has a subject before 同."""
    clause_start = _clause_start(text, found.start(), "，,")
    if clause_start == 0:
        return []
    joiner = _joiner(text, found.start())
    if (
        joiner < clause_start
        or text[joiner] not in PARTNER_LEADS
        or not CARRIED_CLAUSE_LEAD.fullmatch(text, clause_start, joiner)
    ):
        return []
    return [
        m
        for m in subjects(text, mentions, found.start())
        if m.type == "Person" and m.start > joiner
    ]


def _joiner(text: str, at: int) -> int:
    """The 同/与/跟 (else 和) of ``X同Y会谈`` in the clause before ``at``, or -1; the 给 of
    ``X给Y打电话``."""
    clause_start = _clause_start(text, at, "，。；,;")
    if text.startswith(PHONE_CALLS, at):
        # (江泽民总书记和李鹏总理打电话向…表示亲切慰问: the two call together, not each other)
        return text.rfind("给", clause_start, at)
    # (X同Y共同会见…: the 同 of 共同, 一同, 相同, 参与 joins no one)
    found = max((m.start() for m in JOINER.finditer(text, clause_start, at)), default=-1)
    if found >= 0:
        return found
    found = text.rfind("和", clause_start, at)
    while found >= 0 and (
        # (李鹏和夫人朱琳…会见了…: the couple are the hosts, one side; 老挝人民民主共和国…
        # 沙曼·维雅吉…会见了: the 和 of a word)
        text.startswith("夫人", found + 1) or WORD_HE.match(text, found - 1)
    ):
        found = text.rfind("和", clause_start, found)
    return found


def _listed(text: str, mentions: list[Mention], start: int, stop: int) -> list[Mention]:
    """The names of ``出席会议的有A，B；C…``: every titled name to the end of the clause.

    Such a list is nothing but names and their titles, so a title the post extractor
    did not know (陪同团团长) does not end it; a long stretch without a name does.
    """
    names: list[Mention] = []
    at = start
    for m in mentions:
        if m.type != "Person" or not start <= m.start < stop:
            continue
        gap = stripped_gap(text, mentions, at, m.start)
        # (中央有关部门负责人张全景: a title the tables lack; 、日本公民党党首山口那津男、: a
        # whole entry the tagger missed, which a long list goes on after)
        if max(map(len, LIST_ENTRY_CUT.split(gap))) > LIST_GAP_MAX:
            break
        at = m.end
        if KIN_AFTER.match(text, m.end):  # (…，江泽民同志生前友好等: his friends came)
            continue
        spouse = next((p for p in mentions if p.type == "Person" and p.start >= m.end), None)
        if spouse is not None and SPOUSE_OF.fullmatch(
            stripped_gap(text, mentions, m.end, spouse.start)
        ):
            continue  # (陪同出访的有：习近平主席夫人彭丽媛，…: his wife came)
        names.append(m)
    return names


SPOUSE_OF = re.compile(r"(?:先生|女士)?的?(?:夫人|丈夫)")


def _name_list(text: str, mentions: list[Mention], start: int, stop: int) -> list[Mention]:
    """``A、B、C`` (with posts) from ``start`` to the end of the clause."""
    names: list[Mention] = []
    for m in mentions:
        if m.type != "Person" or not start <= m.start < stop:
            continue
        gap = stripped_gap(text, mentions, names[-1].end, m.start) if names else ""
        # (会见德国总统施泰因迈尔，同朔尔茨总理共同主持…: a clause of its own, with a partner;
        # 会见了…旅游部长卡尔梅努·韦拉及工业部长蒙塔尔托: a post whose body the tables lack)
        if names and (
            NEW_CLAUSE_WITH.search(gap)
            or not (SUBJECT_GAP.match(gap) or owned_title_between(text, mentions, names[-1], m))
        ):
            break
        if not names and not OBJECT_LEAD.match(stripped_gap(text, mentions, start, m.start)):
            # 授予我国短道速滑运动员杨阳…称号: what the title's holder does, then the title
            titled = next((p for p in mentions if p.type == "Position" and p.end == m.start), None)
            field_of = text[start : titled.start] if titled is not None else "，"
            if not FIELD_BEFORE_TITLE.fullmatch(field_of) or verb_cues().search(field_of):
                break
        names.append(m)
    if names and POSSESSED.match(text, names[-1].end):
        # 叶利钦的特使波苏瓦柳克: the name qualifies the one met, who may follow by name;
        # 甘苦同志的亲属: or by no name at all.
        owner = names[-1]
        after = [m for m in mentions if m.type == "Person" and owner.end < m.start < stop]
        if after and re.fullmatch(
            # (会见了…总理哈格·根哥布的夫人卢安·根哥斯: whose wife, by name)
            r"(?:同志)?的(?:夫人|妻子|丈夫|女儿|儿子)?",
            stripped_gap(text, mentions, owner.end, after[0].start),
        ):
            return [after[0]]
        return []
    return names


def _shown(text: str, found: re.Match[str], events: list[Mention], people: list[Mention]) -> bool:
    """Whether the clause after ``found`` (观看…) names a show: an event, or one its object is."""
    return (
        any(
            e.start >= found.end() and not CLAUSE_BREAK.search(text, found.end(), e.start)
            for e in events
        )
        or _object_event(text, found.end(), people) is not None
    )


# What an event of no listed kind is named by that one attends: 晚餐会, 纪念活动, 文艺演出
ATTENDED_OTHERS = ("会", "活动", "演出")


@cache
def _event_endings() -> tuple[str, ...]:
    """How an event's name may end: 会, 活动, or a word that types events (座谈会, 审议)."""
    return (*ATTENDED_OTHERS, *(word for word, _type in event_cues().nouns))


def _one_body(people: list[Mention]) -> Mention | None:
    """The one body that holds a meeting: the last of names written one inside the next
    (十四届全国人大|宪法和法律委员会), none of bodies listed together (国务院安委办、应急管理部)."""
    if not people or any(p.type != "Organization" for p in people):
        return None
    if any(b.start > a.end for a, b in pairwise(people)):
        return None
    return people[-1]


def _object_event(text: str, at: int, people: list[Mention], sentence: int = -1) -> Mention | None:
    """``出席了晚会``, ``参加酒会``: an event the cue's object names though no rule made it one;
    its mention is of ``sentence``, the one ``text`` is (not the one who attends may be of)."""
    found = EVENT_OBJECT.match(text, at)
    if found is None or not people:
        return None
    name = found.group(1)
    start = found.start(1)
    if start > 0 and text[start - 1] == "的" and name.startswith(("这", "此", "该", "本")):
        return None  # (…举办的这台晚会: the story's own, named before)
    demonstrative = DEMONSTRATIVE.match(name)  # 这次会议: the meeting, not its name
    if demonstrative:
        name, start = name[demonstrative.end() :], start + demonstrative.end()
    if len(name) < 2 or (event_type_of(name) == "Other" and not name.endswith(ATTENDED_OTHERS)):
        return None
    if not name.endswith(_event_endings()):
        return None  # (举行仪式欢迎…总统访华: the event is the verb's, no more of the clause)
    if name.endswith(BODY_ENDINGS):
        return None  # (主持会议决定组建航空工业委员会: a body the meeting set up)
    holder = people[0]
    # (中央综治委…举行１９９８年第一次全体会议: named by its year and count, and by its holder)
    value = (
        holder.text + name if COUNTED_NAME.match(name) and holder.type == "Organization" else None
    )
    if value is None and name in BODYS_MEETING:
        body = _one_body(people)
        value = canonical("Organization", body.text) + name if body is not None else None
    return Mention(
        start,
        start + len(name),
        "Event",
        name,
        value=value,
        sentence=sentence,
        source="frame",
    )


# 纪念X同志诞辰130周年, X同志追悼大会, X遗体告别仪式, 缅怀X: an event held in memory of X
COMMEMORATING = re.compile(r"纪念|缅怀|悼念|追思")


COMMEMORATED = re.compile(r"(?:同志|先生|女士)?(?:诞辰|逝世|追悼|遗体告别|生平)")


def _commemorated(name: str, start: int, end: int) -> bool:
    """Is the person at ``name[start:end]`` of an event's name the one it is held in memory of?"""
    return bool(COMMEMORATING.search(name, 0, start) or COMMEMORATED.match(name, end))


def _credit_line(text: str, mentions: list[Mention]) -> bool:
    """``（新华社记者樊如钧摄）``: a line that only credits its authors."""
    people = [m for m in mentions if m.type == "Person"]
    return (
        bool(people)
        and len(text.strip()) <= HEADLINE_MAX
        and not any(mark in text for mark in "。，；,;")
        and set(people) <= _bylined(text, mentions)
    )


def _at_meeting_before(text: str, at: int) -> re.Match[str] | None:
    """``徐光春在会上讲话``: the 在会上 (在仪式上…) of the clause before ``at``, where what is done
    at ``at`` is done (not 在全会上的讲话, one told of)."""
    found = AT_THE_MEETING.search(text, _clause_start(text, at, "，。；,;"), at)
    if found is None:
        # (在闭幕会议上，…阿拉奇…致闭幕词: the sentence's opening says where)
        found = AT_THE_MEETING.match(text, _clause_start(text, at, "。；;"))
        if found is None or not text.startswith(("，", ","), found.end()):
            return None
    if found.end() > at or text.startswith("的", found.end()):
        return None
    return found


def _list_items(text: str, start: int, end: int, commas: bool = False) -> list[tuple[int, int]]:
    """The spans of the items ``text[start:end]`` lists (``A、B和C``; with ``commas``, also
    ``A，B``), a leading 了 cut off."""
    items: list[tuple[int, int]] = []
    at = start + (text[start : start + 1] == "了")
    parts = LIST_PARTS_OR_COMMAS if commas else LIST_PARTS
    for part in [*parts.finditer(text, at, end), None]:
        stop = part.start() if part is not None else end
        if stop > at:
            items.append((at, stop))
        if part is not None:
            at = part.end()
    return items


def _comma_after(text: str, at: int) -> int:
    """Where the comma clause that runs through ``at`` ends."""
    comma = CLAUSE_BREAK.search(text, at)
    return comma.start() if comma else len(text)


def _name(person: Mention) -> str:
    return canonical("Person", person.value or person.text)


def _held_within(
    text: str, mentions: list[Mention], found: re.Match[str]
) -> tuple[Mention, Mention] | None:
    """``主席会议举行2024年第四次集体学习``: the body a meeting's name stands for (the holder,
    first) holds another event, the bare word the holding verb takes (second); not
    大会举行第二次全体会议, a part of the session, which is the session's."""
    if found.group() not in HOLDING_VERBS:
        return None
    holder = next(
        (
            m
            for m in mentions
            if m.type == "Event"
            and m.value == m.text  # (a name the text gives whole, not a session's it shortens)
            and HOLDER_GAP.fullmatch(text, m.end, found.start())
        ),
        None,
    )
    held = next(
        (
            m
            for m in mentions
            if m.type == "Event"
            and m.value is None
            and m.text not in SESSION_PARTS
            and HELD_COUNT.fullmatch(text, found.end(), m.start)
        ),
        None,
    )
    return (holder, held) if holder is not None and held is not None else None


def _held_event(text: str, mentions: list[Mention], found: re.Match[str]) -> Mention | None:
    """``E…在北京举行`` / ``E…开幕``: the named event that is the subject of a holding verb."""
    if found.group() not in HOLDING_VERBS | SESSION_VERBS | {"召开"}:
        return None
    clause_start = _clause_start(text, found.start(), "。；;")
    events = [
        m
        for m in mentions
        if m.type == "Event"
        # (基金设立的签字仪式今晚在北京举行: a bare word held too, not one that opens: “十四冬”
        # 开幕后的第一个比赛日)
        and (
            m.value
            or (found.group() not in SESSION_VERBS and not text.startswith("后", found.end()))
        )
        and clause_start <= m.start < found.start()
        # (党的十八大后首次全国宣传思想工作会议召开: the congress dates the meeting held)
        and not text.startswith(AFTER_EVENT, m.end)
    ]
    when = [m for m in mentions if m.type == "Event" and clause_start <= m.end <= found.start()]
    if when and text.startswith(AFTER_EVENT, when[-1].end):
        # 闭幕会后举行…学习讲座: the event before is when; the one the verb takes is held
        comma = CLAUSE_BREAK.search(text, found.end())
        stop = comma.start() if comma else len(text)
        taken = [m for m in mentions if m.type == "Event" and found.end() <= m.start < stop]
        return taken[0] if taken and taken[0].value else None
    if events:
        return events[0]
    # 香港金紫荆广场举行升旗仪式, 广东省军区召开…表彰会: a place or a body the tagger did not read
    # holds it, no one is named; the event is the object
    comma = CLAUSE_BREAK.search(text, found.end())
    stop = comma.start() if comma else len(text)
    held = [m for m in mentions if m.type == "Event" and found.end() <= m.start < stop]
    if (
        held
        and held[0].start - found.end() <= 2
        and (found.group() in HOLDING_VERBS or _body_convenes(text, mentions, clause_start, found))
    ):
        return held[0]
    return None


# 广东省军区召开…, 县委召开…, 我县在…召开…: a body the tagger did not read, then at most where
# (not 会议研究了召开…的事项, 决定召开…: a topic, a plan)
BODY_CONVENES = re.compile(
    r"(?:我|本)?[\u4e00-\u9fff]{0,10}?[委县市省区府局厅部院组办镇乡]"
    r"(?:(?:在|于)[^，,。；;、]{1,16})?"
)


def _body_convenes(
    text: str, mentions: list[Mention], clause_start: int, found: re.Match[str]
) -> bool:
    """Does the clause before ``召开`` name only who convenes (and where), after its day?"""
    if found.group() != "召开":
        return False
    start = clause_start + len(text[clause_start:]) - len(text[clause_start:].lstrip())
    for m in mentions:  # (今天，广东省军区召开…: the day the clause opens with)
        if m.type == "Date" and m.start == start:
            start = m.end + len(text[m.end :]) - len(text[m.end :].lstrip("，, "))
    return BODY_CONVENES.fullmatch(text, start, found.start()) is not None


def _people_in(mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    """The persons named in a pattern's first group (由A、B组成的, 受到…A的, 同A一起)."""
    return [m for m in mentions if m.type == "Person" and found.start(1) <= m.start < found.end(1)]


def _received_by(
    text: str, mentions: list[Mention], at: int
) -> tuple[list[Mention], list[Mention]]:
    """``克雷库访华时受到了中国国家主席江泽民的接见`` (a meeting's word at ``at``): the hosts,
    named after 受到, and the guests, the subject before it (else the clause's first name)."""
    received = RECEIVED_BY.search(text, 0, at)
    if received is None:
        return [], []
    hosts = _people_in(mentions, received)
    opens = _clause_start(text, received.start(), "，。；,;")
    guests = (
        subjects(text, mentions, received.start())
        or [
            m
            for m in mentions
            if m.type == "Person" and opens <= m.start and m.end <= received.start()
        ][:1]
    )
    return hosts, guests


def _names_a_meeting(text: str, at: int) -> bool:
    """``举行了会谈``, ``举行富有成果的会谈``: the word after the verb (and what qualifies
    it) is a meeting's own cue."""
    at += text[at : at + 1] == "了"
    qualified = MEETING_QUALIFIER.match(text, at)
    if qualified is not None:
        at = qualified.end()
    following = event_cues().pattern.match(text, at)
    return following is not None and event_cues().of(following.group()).role == "meet"


def short_title(title: str, limit: int = 20) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def _first_person(people: list[Mention]) -> str:
    return next((_name(p) for p in people if p.type == "Person"), "")


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _guest_names(others: list[Mention]) -> list[str]:
    return [_name(o) for o in others if o.type == "Person"]


def _another_guest(met: _Frame, guests: list[str]) -> bool:
    """Whether ``guests`` name someone, none of them on a side of the meeting ``met`` (欧尔班总理
    of 习近平同匈牙利总理欧尔班会谈 is one guest by a short and a full name)."""
    there = {*met.present, *map(_name, met.sides)}
    return bool(guests) and not any(g in p or p in g for g in guests for p in there)


def _guest_level(others: list[Mention]) -> int:
    return 2 if any(o.type == "Person" for o in others) else int(bool(others))


def _guests(people: list[Mention], others: list[Mention], at: int) -> list[str]:
    """The other side's names for a label: its persons, else the body a verb at ``at``
    governs (会见…访华团; in 同全国总工会集体谈话 the body's name varies with the story)."""
    names = {_name(p) for p in people if p.type == "Person"}
    # (会见了到访的伊朗外交部长阿拉格齐，阿拉格齐此访…: one guest named twice)
    guests = list(
        dict.fromkeys(_name(p) for p in others if p.type == "Person" and _name(p) not in names)
    )
    if not guests:
        guests = [o.text for o in others if o.type == "Organization" and o.start > at][:1]
    return guests[:MAX_LABEL_NAMES]


def _principals(people: list[Mention], others: list[Mention], word: str, at: int) -> str:
    """``习近平会见佩特罗``, ``习近平同佩特罗会谈``: who did ``word`` (at ``at``) with whom."""
    # (他说，他同菲拉利…进行了很好的会谈: the same one twice names one host)
    names = list(dict.fromkeys(_name(p) for p in people if p.type == "Person"))[:MAX_LABEL_NAMES]
    if not names:
        return ""
    guests = _guests(people, others, at)
    if not guests:
        return "、".join(names) + word
    if others[0].start > at:  # the guests follow the verb
        return "、".join(names) + word + "、".join(guests)
    return "、".join(names) + "同" + "、".join(guests) + word


def _other_side(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    """The guests of ``X会见Y`` (after the cue) or the partner of ``X同Y会谈`` (before it)."""
    stop = clause_end(text, found.end())
    led = LED_BY.match(text, found.end() + (text[found.end() : found.end() + 1] == "了"))
    leaders = _people_in(mentions, led) if led is not None else []
    if leaders:
        # 会见由萨尔瓦多新思想党领导人、当选副总统乌略亚率领的…考察团: who leads the party met
        return leaders
    # (会见了…叶利钦的特使波苏瓦柳克: whose envoy is not met)
    after = [
        m for m in _name_list(text, mentions, found.end(), stop) if text[m.end : m.end + 1] != "的"
    ]
    if after:
        return after
    # 会见俄罗斯统一俄罗斯党主席梅德韦杰夫: a title the tagger read in pieces (统一|俄罗斯|党),
    # one run of words up to a post that ends at the name
    titled = next(
        (m for m in mentions if m.type == "Person" and found.end() < m.start < stop), None
    )
    opens = found.end() + (text[found.end() : found.end() + 1] == "了")
    # (会见应中国共产党邀请访华的俄罗斯统一俄罗斯党主席梅德韦杰夫: the run after the clause
    # that says why the guest is here)
    relative = RELATIVE_ON_GUEST.match(text, opens, titled.start) if titled is not None else None
    if relative is not None:
        opens = relative.end()
    if (
        titled is not None
        # (会见英国伦敦金融城市长梁佑思: a post the tables do not read, after the guest's country)
        and any(
            (p.type == "Position" and p.end == titled.start)
            or (p.type in ("Place", "Organization") and p.start == opens)
            for p in mentions
        )
        and titled.start - opens <= TITLE_RUN_MAX
        and not any(
            not _between_titles(text, mentions, b)
            for b in TITLE_RUN_BREAK.finditer(text, opens, titled.start)
        )
        and not event_cues().pattern.search(text, opens, titled.start)
    ):
        return [m for m in _name_list(text, mentions, titled.start, stop) if m.type == "Person"]
    # 会见美中贸易全国委员会访华团: a body met, when no person is named
    body = next(
        (m for m in mentions if m.type == "Organization" and found.end() <= m.start < stop), None
    )
    if (
        body is not None
        and not owns_post(text, body, mentions)  # 正大集团资深董事长: the post's holder is met
        and OBJECT_LEAD.match(stripped_gap(text, mentions, found.end(), body.start))
    ):
        return [body]
    joiner = _joiner(text, found.start())
    if joiner < 0:
        return []
    between = [
        m
        for m in mentions
        if m.type in ("Person", "Organization")
        and joiner < m.start < found.start()
        # (习近平同越共中央总书记共同会见: the post's holder, unnamed, not the body)
        and not (m.type == "Organization" and owns_post(text, m, mentions))
    ]
    persons = [m for m in between if m.type == "Person"]
    # 与陪同越共中央总书记阮富仲访华的…武文赏视频会晤: the one a relative clause names is
    # not the partner
    qualifier = text.rfind("的", joiner, found.start())
    after_qualifier = [m for m in persons if m.start > qualifier]
    if qualifier >= 0 and after_qualifier:
        # (同阿联酋总统扎耶德和主持内阁日常工作的副总理苏尔坦: a name the list joins before the
        # clause is a partner too)
        persons = [
            m
            for m in persons
            if m.start < qualifier and text[m.end : m.end + 1] in ("和", "、", "及")
        ] + after_qualifier
    return persons or between[:1]


def _between_titles(text: str, mentions: list[Mention], found: re.Match[str]) -> bool:
    """``会见中国共产党代表、中联部副部长马文普``, ``会见土库曼斯坦民族领袖、人民委员会主席别尔德
    穆哈梅多夫``: a 、 between two titles of one guest."""
    return found.group() == "、" and (
        text.endswith(("代表", "领袖"), 0, found.start())
        or any(m.type == "Position" and m.end == found.start() for m in mentions)
    )
