"""Who acts in one sentence: names read from the slots a clause gives them, and the speaker.

Before any relation is read, :func:`actors_by_role` adds the names the tagger cut or missed in
the slots the structure gives them (``任命X为``, ``免去X的``, ``致电X，``, the other side of
``X会见Y``, a list of titled names), and :func:`speaker_as_me` reads who ``我`` is in a quoted
speech. Both run sentence by sentence in :func:`kgraph.extract.extract_document`; the event
frames (:mod:`kgraph.extract.frames`) share their name shapes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.extract import common_word
from kgraph.extract.crf import SURNAMES
from kgraph.extract.cues import NAMING_VERBS, cues, event_cues
from kgraph.extract.positions import titles as known_titles
from kgraph.extract.relations import CLAUSE_END, SPEAKER_SOURCE, clause_end, stripped_gap
from kgraph.lexicons import entity_info, lexicon, normalize_key
from kgraph.records import Mention, in_text_order

# 听取了X作的关于…的报告, X作了关于…的报告: X reported; the name ends where 作的 starts.
REPORT_BY = re.compile(
    r"(?:受[^，,。；;]{1,12}?委托)?(?:分别)?作[的了][^。；;]{0,160}?(?:报告|汇报|说明|讲座|总结|部署)"
    # 主持座谈会并介绍了去年…的有关情况: an account given to the meeting (介绍调研成果)
    r"|介绍了?[^。；;，,]{0,60}?(?:情况|成果|经验|做法|进展)"
    # 李强受中共中央委托通报了今年经济工作有关情况: a briefing to the meeting
    r"|(?:受[^，,。；;]{1,12}?委托)?通报了?[^。；;，,]{0,60}?(?:情况|进展)"
)


TIME_AFTER = re.compile(r"(?:当地时间|北京时间|[0-9０-９一二三四五六七八九十]+[月日号])")


# 举行非正式会见, 进行小范围会谈: the kind of talks, before their word
MEETING_KIND = (
    "非正式|正式|首次|年度|单独|秘密|紧急|双边|三方|多边|小范围|大范围|扩大|工作|礼节性|简短|"
    "短暂|长时间"
)


NOT_A_NAME_END = ("称", "说", "并", "夫妇", "等")


MET = re.compile(r"(?:会见|会晤|接见|看望)了?")


TITLED_NAME_END = re.compile(r"[。，,；;、]|等|表示|说|指出|强调")


MEETING_SIDE = re.compile(rf"(?:举行|进行)?(?:{MEETING_KIND})?(?:会谈|会晤|晤谈|通电话|视频通话)")


ACTOR_VERB = re.compile(
    r"(?:主持|出席|讲话|致辞|会见|会晤|会谈|表示|指出|强调|当选|参加|一同|一道|陪同)"
)


# The verbs of a message sent (致电, 致贺信): whom they address follows them
MESSAGE_VERBS = ("致电", "致函", "致信", "致贺电", "致贺信", "复信")


# 会见马英九一行: the one whose party is met
PARTY_MET = re.compile(r"(?:会见|会晤|接见|看望|宴请)了?([\u4e00-\u9fff]{2,3})(?=一行)")


# (致电内通博·南迪-恩代特瓦，: a transliteration with a middle dot, and a hyphen, to the comma)
ADDRESSEE = re.compile(
    rf"(?:{'|'.join(MESSAGE_VERBS)})"
    r"([\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff][\u4e00-\u9fff·\-－]{0,24}?)(?=[，,。])"
)


# 习近平作出重要指示强调 坚持… 蔡奇主持…会议并讲话 李希出席并讲话: a headline's clauses (read
# reversed, from the cue back)
HEADLINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


# 互致贺电, 互通信息, 互赠礼物, 互换文本: what two sides do to each other (a name's 互 is none)
MUTUAL_VERB_STARTS = ("致", "通", "赠", "换", "派", "访")


CJK = re.compile(r"[\u4e00-\u9fff]")


CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


ONE_CHARACTER_NAME_VERBS = ("代表", "等", "表示", "发言", "出席", "参加", "分别")


# Decision verbs whose object is the person (任命X为Y, 免去X的Y职务, 增补X为Y); the
# others (X当选Y, X不再担任Y, X辞去Y) are said of the subject before them.
OBJECT_DECISIONS = frozenset(
    {
        "任命",
        "决定任命",
        "确定",
        "通过",
        "决定",
        "免去",
        "任免",
        "提名",
        "增补",
        "撤销",
        "选举",
        "推选",
    }
)


# The names a decision verb governs: up to 为 (任命X为), 的/兼任的 (免去X的…职务),
# 第 (撤销X第…资格), the body of the post (撤销唐一军政协第十四届全国委员会委员资格).
APPOINTEE_SLOT = re.compile(
    r"([\u4e00-\u9fff·・、]{2,60}?)(?=同志|为|兼任的|担任的|的|第|政协|全国政协|全国人大|人大)"
)


NEXT_APPOINTEE = re.compile(r"[、，,]([\u4e00-\u9fff·・、]{2,60}?)(?=为)")


BODY_END = re.compile(r"[党会部委院局厅办署社团队组省市县区]$")  # no name ends so


LAST_LISTED = re.compile(r"[、和]([\u4e00-\u9fff]{2,3}?)(?=出席|参加|陪同|一同|等|分别|先后|也|被)")
# (中国选手吴艳艳和瞿韵在女子２００米蝶泳决赛中…: before where the two were, no common word)
LAST_LISTED_AT = re.compile(r"[、和]([\u4e00-\u9fff]{2,3}?)(?=在)")


TITLED_LAST = re.compile(
    r"(?:代表|负责人|人士)([\u4e00-\u9fff]{2,3}?)(?=先后|分别|等|也|出席|参加|陪同|发言|讲话|作)"
)


PERSON_NOTE = re.compile(r"（(?:女|男|[\u4e00-\u9fff]{1,4}族)[，,）]")


NOTED_ENTRY = re.compile(r"(?<=）[，,、])([\u4e00-\u9fff]{2,4})(?=（)")


LIST_OPENING = re.compile(r"(?:^|[，,：:])([\u4e00-\u9fff]{2,3})(?=、)")


LIST_PIECE = re.compile(r"(?:[、和]|还有|的有[：:]?)([\u4e00-\u9fff]{2,3})(?=[、和])")


# words that end a clause after a name and are not part of it
NOT_NAME_TAILS = frozenset(
    {"一行", "等人", "夫妇", "先生", "女士", "同志", "夫人", "阁下", "等", "们"}
)


# characters that can make a name: no particle, pronoun or plural (等, 们, 的)
NAME_CHAR = r"(?:(?![的了和与及等在是为们其各时说])[\u4e00-\u9fff])"


LONG_NAME_CHARS = re.compile(NAME_CHAR + "{3,5}")


NAME_CHARS = re.compile(NAME_CHAR + "{2,3}")


TRANSLITERATED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·・][\u4e00-\u9fff]{1,8}){1,3}$")


def _decision_stop(text: str, mentions: list[Mention], found: re.Match[str]) -> int:
    """Where the objects of a decision verb end: the clause, or the comma before the next
    decision (任命X为A，免去其B职务; 任命X为A，Y不再担任B: A is the appointment's only)."""
    stop = clause_end(text, found.end())
    for following in event_cues().pattern.finditer(text, found.end(), stop):
        # (The 任 of 兼任的 in the same clause part is no new decision.)
        comma = max(text.rfind(c, found.end(), following.start()) for c in "，,")
        if _inside_name(following.start(), following.end(), mentions) and not _in_a_decision(
            following.start(), text, mentions
        ):
            continue  # the 任 of 副主任 (a decision's title says a decision, though)
        if event_cues().of(following.group()).role not in ("appoint", "remove"):
            continue
        if comma >= 0:
            return comma
        if text.endswith("职务、", 0, following.start()):
            # 免去王志刚的科学技术部部长职务、任命阴和俊为…: the removal ends with its 职务
            return following.start() - 1
    return stop


def mend_appointees(
    text: str, mentions: list[Mention], start: int, stop: int, named: set[str], sentence: int
) -> None:
    """The names a decision verb governs, cut by the clause, not by the tagger.

    In 任命潘功胜为…, 免去易纲的…职务, 增补邓小刚、庹震为… the names fill the slot
    between the verb and 为/的/兼任的; a tagger that cut 潘功 off 胜为 or missed 易纲
    is corrected when the slot's piece starts with a known surname (or carries
    the middle dot of a transliteration) and no other entity covers it.
    """
    first = APPOINTEE_SLOT.match(text, start, stop)
    if first is not None:
        # 任命民主运动党主席弗朗索瓦·贝鲁为新总理: the slot's names come after the title
        at = max(
            (
                m.end
                for m in mentions
                if m.type == "Position" and first.start(1) <= m.start and m.end < first.end(1)
            ),
            default=first.start(1),
        )
        _repair_names(text, at, text[at : first.end(1)].split("、"), mentions, named, sentence)
    # 任命A为P、B为Q: each later pair starts after a post and 、 or ，
    for slot in NEXT_APPOINTEE.finditer(text, start, stop):
        if any(m.type == "Position" and m.end == slot.start() for m in mentions):
            pieces = slot.group(1).split("、")
            _repair_names(text, slot.start(1), pieces, mentions, named, sentence, paired=True)


def _repair_names(
    text: str,
    at: int,
    pieces: list[str],
    mentions: list[Mention],
    named: set[str],
    sentence: int,
    paired: bool = False,
) -> None:
    # In a list of names one known surname vouches for the rest (邓小刚、庹震), and
    # so does the pair before (…副主任、庹震为…).
    listed = paired or (len(pieces) > 1 and any(map(_name_shaped, pieces)))
    for piece in pieces:
        end = at + len(piece)
        # 任命贝鲁为新总理: a name the tagger ran past the slot's 为 ends there
        overrun = any(m.type == "Person" and m.start == at and m.end > end for m in mentions)
        shaped = not _a_verb(piece) and (
            _name_shaped(piece)
            or piece in named
            or (listed and 2 <= len(piece) <= 3)
            or (overrun and 2 <= len(piece) <= 4)
        )
        if shaped:
            _peel_name(at, end, mentions)
            place = next(
                (m for m in mentions if m.type == "Place" and (m.start, m.end) == (at, end)),
                None,
            )
            if place is not None and ("Place", normalize_key(piece)) not in lexicon().aliases:
                mentions.remove(place)  # 免去石泰峰的…职务: the tagger's place is the name
        if shaped and not _overlaps(mentions, at, end, "Person", "Document"):
            inside = [m for m in mentions if m.type == "Person" and m.start < end and at < m.end]
            if not (len(inside) == 1 and (inside[0].start, inside[0].end) == (at, end)):
                for m in inside:
                    mentions.remove(m)
                _add_person(text, mentions, at, end, inside[0].sentence if inside else sentence)
        at = end + 1


def _peel_name(at: int, end: int, mentions: list[Mention]) -> None:
    """撤销肖龙旭第十四届全国政协委员资格: the tagger ran the name into the body after it;
    the slot says where the name ends, so the body (and its posts' owner) starts there."""
    for i, m in enumerate(mentions):
        if m.type == "Organization" and m.start == at and m.end > end:
            name = m.text[: end - at]
            mentions[i] = replace(m, start=end, text=m.text[end - at :])
            for j, post in enumerate(mentions):
                if post.type == "Position" and post.owner and post.owner.startswith(name):
                    mentions[j] = replace(
                        post,
                        owner=post.owner[len(name) :],
                        value=(post.value or "").removeprefix(name) or None,
                    )


# The kinds of building or ground a place's name ends with: no name of a person ends so
# (李强在越南|国会大厦会见…: where he met, not who)
VENUE_END = re.compile(
    r"(?:大厦|大楼|王宫|皇宫|宫殿|官邸|广场|机场|公园|会堂|礼堂|宾馆|饭店|酒店)$"
)


def _name_shaped(piece: str) -> bool:
    """A Chinese name (a known surname and one or two more characters) or a transliteration,
    and no body or place the tables know (农工党 opens like a name) nor a building's name."""
    if any((kind, normalize_key(piece)) in lexicon().aliases for kind in ("Organization", "Place")):
        return False
    if VENUE_END.search(piece):
        return False
    if TRANSLITERATED_NAME.match(piece):
        return True
    return (
        2 <= len(piece) <= 4
        and (piece[0] in SURNAMES or piece[:2] in SURNAMES)
        and CJK_RUN.fullmatch(piece) is not None  # (（王小明/文）: 文 is a surname, 文） no name)
        and not BODY_END.search(piece)
    )


def actors_by_role(text: str, mentions: list[Mention], sentence: int) -> None:
    """Mend a sentence's mentions by the roles its clauses give them, before any relation
    is read: who chairs or speaks is a person, a country a person, and a name missed in a
    list of titled names is read from the list."""
    _retype_actors(text, mentions)
    _places_where_one_acts(text, mentions)
    _unglue_prepositions(text, mentions, sentence)
    _unglue_comrade(text, mentions)
    _decision_slots(text, mentions, sentence)
    _titled_names(text, mentions, sentence)
    _names_in_slots(text, mentions, sentence)
    _names_between_names(text, mentions, sentence)
    _elected_subjects(text, mentions, sentence)
    _reporters(text, mentions, sentence)
    _addressees(text, mentions, sentence)
    _quantified(text, mentions)
    _listed_comrades(text, mentions, sentence)


# Slots a name fills where the tagger may miss it: 授予单杏花“时代楷模”称号 (the honoured, between
# the verb and the honour's quoted title); …等出席开幕会，辜胜阻主持开幕会 (a clause opened by a
# name and a verb of who leads or speaks)
NAME_SLOTS = (
    re.compile(r"(?:授予|颁授)([\u4e00-\u9fff·]{2,8})(?=[“\"「])"),
    re.compile(r"(?:^|(?<=[，,；;。]))([\u4e00-\u9fff]{2,3})(?=主持|致辞|致开幕辞|讲话)"),
)


def _names_in_slots(text: str, mentions: list[Mention], sentence: int) -> None:
    """``中央宣传部日前授予单杏花“时代楷模”称号``, ``…，辜胜阻主持开幕会``: what fills a slot of
    a name (:data:`NAME_SLOTS`) is a person though the tagger did not read it, when it is shaped
    like a name, no common word (司仪主持) and no entity the tagger read."""
    for slot in NAME_SLOTS:
        for found in slot.finditer(text):
            start, end = found.span(1)
            if (
                _name_shaped(found.group(1))
                and not common_word(found.group(1))
                and not any(m.start < end and start < m.end for m in mentions)
            ):
                _add_person(text, mentions, start, end, sentence)


def _places_where_one_acts(text: str, mentions: list[Mention]) -> None:
    """``纳扎尔巴耶夫昨天在阿克莫拉主持…``: a "person" after 在 whom a verb of an event
    follows at once, when the clause's subject comes before 在, is where (not 在X主持下)."""
    for m in list(mentions):
        if m.type != "Person" or text[m.start - 1 : m.start] != "在":
            continue
        cue = event_cues().pattern.match(text, m.end)
        if cue is None or text.startswith(("下", "的"), cue.end()):
            continue
        clause_start = _clause_start(text, m.start, "，。；,;")
        if any(
            p.type == "Person" and clause_start <= p.start and p.end < m.start for p in mentions
        ):
            mentions[mentions.index(m)] = replace(m, type="Place", value=None)


def _reporters(text: str, mentions: list[Mention], sentence: int) -> None:
    """``中国人民银行行长潘功|胜受国务院委托作的…报告``: between a title and the report made
    is one name, whole; a name the tagger cut there is replaced by it."""
    for found in REPORT_BY.finditer(text):
        post = next(
            (m for m in mentions if m.type == "Position" and found.start() - m.end == 3), None
        )
        if post is None or not _name_shaped(text[post.end : found.start()]):
            continue
        cut = [m for m in mentions if post.end <= m.start and m.end < found.start()]
        if cut and all(m.type == "Person" for m in cut):
            for m in cut:
                mentions.remove(m)
            _add_person(text, mentions, post.end, found.start(), sentence)


PRONOUN_CHARS = frozenset("他她其我你您")


# 致电祝贺拉马福萨当选连任南非非洲人国民大会主席: the one congratulated on an election
CONGRATULATED = re.compile(
    r"祝贺([\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}?)(?=(?:再次|成功|顺利)?(?:当选|连任|就任))"
)


# 任殿喜在政协沈阳市十一届一次会议上当选为市政协主席: the three characters that open the
# clause of an election
ELECTED_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；,;]))([\u4e00-\u9fff]{3})(?=(?:在[^，。；,;]{1,30}?上)?(?:当选|被选为|连任))"
)


def _elected_subjects(text: str, mentions: list[Mention], sentence: int) -> None:
    """The one elected, a name the tagger missed (任 of 任殿喜 reads as a verb), when the
    three characters opening the clause are name-shaped and no entity covers them (a
    one-character verb the surname is, 任, does not count: the clause's verb is 当选); and
    the one congratulated on an election (致电祝贺拉马福萨当选连任…), whatever the name."""
    for found in CONGRATULATED.finditer(text):
        start, end, piece = found.start(1), found.end(1), found.group(1)
        if (
            not set(piece) & PRONOUN_CHARS
            and not piece.endswith(tuple(NOT_NAME_TAILS))
            and not _overlaps(mentions, start, end)
        ):
            _add_person(text, mentions, start, end, sentence)
    for found in ELECTED_SUBJECT.finditer(text):
        start, end, piece = found.start(1), found.end(1), found.group(1)
        if (
            _name_shaped(piece)
            and not set(piece) & PRONOUN_CHARS  # (致电…，祝贺他当选连任…: whom one congratulates)
            and not _a_verb(piece[1:] if piece[0] in event_cues().by_word else piece)
            and not _overlaps(mentions, start, end)
        ):
            _add_person(text, mentions, start, end, sentence)


LISTED_COMRADE = re.compile(r"[、，,和与及]([\u4e00-\u9fff]{2,3}?)同志")


def _listed_comrades(text: str, mentions: list[Mention], sentence: int) -> None:
    """``授予朱杨柱、桂海潮同志…``: a name-shaped piece of a list before 同志 is a person,
    though the tagger read its first character as a place (桂, Guangxi)."""
    for found in LISTED_COMRADE.finditer(text):
        start, end = found.span(1)
        if not _name_shaped(found.group(1)) or _a_verb(found.group(1)):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if all(m.type == "Place" and m.end - m.start == 1 for m in inside):
            for m in inside:
                mentions.remove(m)
            if not inside or not any(m.type == "Person" for m in inside):
                _add_person(text, mentions, start, end, sentence)


# A share of a group before a post or a body: 部分全国政协委员, 部分|专家
SHARE = ("部分", "多位", "多名", "一些", "全体")


PEOPLE_NOUN = re.compile(
    r"(?:专家|学者|代表|群众|干部|职工|工人|党员|委员|嘉宾|官员|青年|学生|村民|居民|人士|企业家"
    r"|负责人)们?"
)


def _quantified(text: str, mentions: list[Mention]) -> None:
    """``部分全国政协委员和专家发言``: a share of a group is no part of a body's or a post's
    name, and 和专家 (a conjunction, then a word for people) is no person."""
    for i, m in enumerate(mentions):
        if m.type in ("Organization", "Position") and m.text.startswith(SHARE) and len(m.text) > 4:
            cut = 2
            owner = m.owner[cut:] if m.owner and m.owner.startswith(SHARE) else m.owner
            value = m.value[cut:] if m.value and m.value.startswith(SHARE) else m.value
            mentions[i] = replace(
                m, start=m.start + cut, text=m.text[cut:], owner=owner, value=value
            )
        elif m.type == "Position" and m.value and m.owner and m.owner.startswith(SHARE):
            mentions[i] = replace(m, owner=m.owner[2:], value=m.value[2:])
    mentions[:] = [
        m
        for m in mentions
        if not (
            m.type == "Person" and m.text[:1] in "和与及或" and PEOPLE_NOUN.fullmatch(m.text[1:])
        )
    ]


# What may open a clause before its 我: a time, gladness (很高兴去年11月我对泰国访问的成果…), or
# the 这是 of how many times (齐塞克迪表示，这是我首次访华)
BEFORE_ME = (
    "", "刚才", "此前", "这次", "此次", "当时", "随后", "后来", "很高兴", "高兴", "欣慰", "这是"
)  # fmt: skip


# 江泽民说：“去年６月３０日，我与…共同主持…”, 习近平指出，刚才，我同…举行…: the one who
# speaks, then what they say of themselves, a clause that 我 opens (after its time)
SPEAKER_THEN_ME = re.compile(
    r"(?:^|[：:，,])“?(?P<lead>[^，,。；;“”]{0,8}?[，,]?)(?P<me>我)"
    r"(?![们国方的部省市区县乡镇村党军校院局厅委会司行所馆社团队军])"
)


# Between a verb of saying and the 我 of what is said: the colon or comma, a quotation mark,
# and a short lead of time (朔尔茨表示，去年11月我…)
SAID_TO_ME = re.compile(r"[：:，,]“?[^，,。；;“”]{0,8}?[，,]?")


# 马莱阿内表示，很高兴来华出席…, 敦布亚表示，非常荣幸来华出席…: gladness that opens what is said,
# then what the speaker does, with no 我: the speaker does it (not 很高兴看到中方…: what they saw)
SPEAKER_GLAD = re.compile(
    r"(?:^|[：:，,])“?我?(?P<glad>(?:很|非常|十分|特别)?(?:高兴|荣幸))(?=应邀|来华|再次|首次|出席|参加|访问|同|与|在)"
)


def _says_to(text: str, end: int, me: int) -> bool:
    """Whether a verb of saying right at ``end`` opens what is said up to ``me``."""
    return any(
        text.startswith(word, end) and SAID_TO_ME.fullmatch(text, end + len(word), me)
        for word in cues()["say"]
    )


def speaker_as_me(
    text: str, mentions: list[Mention], sentence: int, speaking: str | None = None
) -> str | None:
    """A first-person subject in what a named person says is that person: a mention of
    them at ``我`` (text 我, value the speaker's name), or at the gladness that opens what
    they say when no 我 does (马莱阿内表示，很高兴来华出席…). ``speaking`` is who was speaking at
    the end of the sentence before, in the same paragraph (图瓦德拉表示，…。除北京外，我还
    访问了…); returns who speaks at the end of this one."""
    for found in SPEAKER_THEN_ME.finditer(text):
        lead = stripped_gap(text, mentions, found.start("lead"), found.end("lead"))
        if lead and not lead.endswith(("，", ",")) and lead not in BEFORE_ME:
            continue  # (我 opens its clause: after a comma, or a word of time)
        me = found.start("me")
        if _overlaps(mentions, me, me + 1):
            continue
        speaker = next(
            (
                m
                for m in reversed(mentions)
                if m.type == "Person" and m.end <= me and _says_to(text, m.end, me)
            ),
            None,
        )
        name = (speaker.value or speaker.text) if speaker is not None else None
        if name is None and not any(
            m.type == "Person" and m.end <= me for m in mentions
        ):  # (no one named before it here: still the one who spoke before)
            name = speaking
        if name is not None:
            _insert(
                mentions,
                Mention(me, me + 1, "Person", "我", name, sentence=sentence, source=SPEAKER_SOURCE),
            )
    for found in SPEAKER_GLAD.finditer(text):
        glad = found.start("glad")
        speaker = next(
            (
                m
                for m in reversed(mentions)
                if m.type == "Person" and m.end <= glad and _says_to(text, m.end, glad)
            ),
            None,
        )
        if speaker is not None and not _overlaps(mentions, glad, found.end("glad")):
            name = speaker.value or speaker.text
            # (我很高兴…: one stand-in, the one next to the verb)
            mentions[:] = [
                m for m in mentions if not (m.source == SPEAKER_SOURCE and m.end == glad)
            ]
            _insert(
                mentions,
                Mention(
                    glad,
                    found.end("glad"),
                    "Person",
                    found["glad"],
                    name,
                    sentence=sentence,
                    source=SPEAKER_SOURCE,
                ),
            )
    said = [
        m
        for m in mentions
        if m.type == "Person"
        and m.source != SPEAKER_SOURCE
        and text.startswith(cues()["say"], m.end)
    ]
    if said:
        return said[-1].value or said[-1].text
    # (习近平指出，…。我同西哈莫尼国王两次会面…。前不久，我在北京会见…: one who goes on
    # speaking of himself still speaks, whoever he names)
    if speaking and any(m.source == SPEAKER_SOURCE and m.value == speaking for m in mentions):
        return speaking
    named = any(m.type == "Person" and m.source != SPEAKER_SOURCE for m in mentions)
    return None if named else speaking


def _addressees(text: str, mentions: list[Mention], sentence: int) -> None:
    """``习近平致电马茂，祝贺他…``: the one a message or a meeting is addressed to, alone
    between the verb and the comma, is a person though the tagger missed the name; so is the
    one whose party is met (``会见马英九一行``)."""
    for verb in [*ADDRESSEE.finditer(text), *PARTY_MET.finditer(text)]:
        start, end = verb.start(1), verb.end(1)
        piece = verb.group(1)
        dotted = len(piece) > 4  # (only a name with its middle dot is that long)
        if (dotted or (_name_shaped(piece) and not _a_verb(piece))) and not _overlaps(
            mentions, start, end
        ):
            _add_person(text, mentions, start, end, sentence)


def _place_word_before(text: str, start: int) -> bool:
    from kgraph.extract import _PLACE_CUE_BEFORE

    return _PLACE_CUE_BEFORE.search(text, 0, start) is not None


def _retype_actors(text: str, mentions: list[Mention]) -> None:
    """``石泰峰主持会议``: a name the tagger took for a place but that chairs, speaks or
    meets, and that no table knows as a place, is a person; ``会见巴巴多斯总理莫特利``: a
    country the tables know and no person of theirs has the name is no person."""
    places = lexicon().aliases
    post_after = {m.start: m.end for m in mentions if m.type == "Position"}
    post_ends = {m.end for m in mentions if m.type == "Position"}
    for i, m in enumerate(mentions):
        key = normalize_key(m.text)
        if (
            m.type == "Person"
            and ("Place", key) in places
            and ("Person", key) not in places
            # (圭亚那总统阿里, 阿里表示: a title's name, one who speaks, not 阿里地区)
            and m.start not in post_ends
            and not ACTOR_VERB.match(text, m.end)
        ):
            mentions[i] = replace(m, type="Place", value=None)
        elif (
            m.type == "Place"
            # 吉炳轩副委员长主持会议: a title may come between the name and the verb
            and ACTOR_VERB.match(text, post_after.get(m.end, m.end))
            and _name_shaped(m.text)
            and ("Place", normalize_key(m.text)) not in places
            # (…自治区首府阿纳德尔表示: where someone spoke)
            and not _place_word_before(text, m.start)
        ):
            mentions[i] = replace(m, type="Person", value=None)
        elif (
            m.type == "Place"
            and m.start in post_ends
            and (
                ("Person", key) in places
                or TITLED_NAME_END.match(text, m.end)
                or MEETING_SIDE.match(text, m.end)
            )
            and entity_info("Place", m.text).get("kind") not in ("country", "territory")
        ):
            # 会见…的圭亚那总统阿里。, 同俄罗斯总统普京举行会谈: a title's name, a person
            mentions[i] = replace(m, type="Person", value=None)
        elif (
            m.type == "Place"
            and text[m.start - 1 : m.start] in ("同", "与", "和")
            and MEETING_SIDE.match(text, post_after.get(m.end, m.end))
            and ("Place", key) not in places
        ):
            # 李强同阿姆赫德主席举行会谈: the other side of talks, a name no table knows as a place
            mentions[i] = replace(m, type="Person", value=None)
    # 石泰峰、吉炳轩、肖捷、张庆黎出席: names listed with persons are persons, though the
    # tagger took them for places no table knows (from the last, so a run of them goes too);
    # …陈武、穆虹、咸辉…: or for a body, between two persons of the list
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    for i in reversed(range(len(mentions))):
        m = mentions[i]
        following = starts.get(m.end + 1)
        before = ends.get(m.start - 1)
        if (
            (
                m.type == "Place"
                or (
                    m.type == "Organization"
                    and len(m.text) <= 3
                    and before is not None
                    and before.type == "Person"
                    and text[m.start - 1] == "、"
                )
            )
            and text[m.end : m.end + 1] == "、"
            and following is not None
            and following.type == "Person"
            and _name_shaped(m.text)
            and ("Place", normalize_key(m.text)) not in places
        ):
            mentions[i] = starts[m.start] = replace(m, type="Person", value=None)


def _decision_slots(text: str, mentions: list[Mention], sentence: int) -> None:
    """``任命贝鲁为新总理``, ``免去石泰峰的…职务``: the names a decision governs, read from its
    slots before any relation is (the frames read them again, with the document's names)."""
    for found in event_cues().pattern.finditer(text):
        if (
            found.group() in NAMING_VERBS
            and "为" not in text[found.end() : clause_end(text, found.end())]
        ):
            continue  # 通过了…萨利姆提交的…报告: a report passed, no one named to a post
        if found.group() in OBJECT_DECISIONS and not (
            _inside_name(found.start(), found.end(), mentions)
            and not _in_a_decision(found.start(), text, mentions)
        ):
            named = {m.text for m in mentions if m.type == "Person"}
            stop = _decision_stop(text, mentions, found)
            mend_appointees(text, mentions, found.end(), stop, named, sentence)


def _unglue_comrade(text: str, mentions: list[Mention]) -> None:
    """``免去高波同志第十三届全国政协副秘书长职务``: 同志 belongs to neither the name before
    it nor the body after it, though the tagger may split it between them."""
    for i, m in enumerate(mentions):
        if m.type == "Person" and m.text.endswith("同") and text.startswith("志", m.end):
            mentions[i] = replace(m, end=m.end - 1, text=m.text[:-1])
            continue
        # the body's (or the post's owner's) first character, where the text has it
        full = m.value if m.type == "Position" and m.value else m.text
        opens = m.end - len(full)
        if (
            m.type in ("Organization", "Position")
            and full.startswith("志")
            and text[opens - 1 : opens] == "同"
            and text[opens : m.end] == full
            and len(full) > 2
        ):
            start = m.start + 1 if m.start == opens else m.start
            mentions[i] = replace(
                m,
                start=start,
                text=text[start : m.end],
                owner=m.owner.removeprefix("志") if m.owner else m.owner,
                value=m.value.removeprefix("志") if m.value else m.value,
            )


def _unglue_prepositions(text: str, mentions: list[Mention], sentence: int) -> None:
    """``国家副主席韩正于当地时间5月7日至9日访问葡萄牙``: the tagger took 于 into the name
    before a time; ``同…总统齐塞克迪互致贺电``: 互 (each other) before the verb."""
    for m in list(mentions):
        if (
            m.type == "Person"
            and (
                (m.text.endswith(("于", "在")) and TIME_AFTER.match(text, m.end))
                or (m.text.endswith("互") and text[m.end : m.end + 1] in MUTUAL_VERB_STARTS)
            )
            and _name_shaped(m.text[:-1])
        ):
            mentions.remove(m)
            _add_person(text, mentions, m.start, m.end - 1, sentence)


def _titled_names(text: str, mentions: list[Mention], sentence: int) -> None:
    """``最高人民检察院检察长应勇，国务院有关部门负责同志到会``: in a list of titled names, the
    two or three characters between a title and the list's next comma are a name, when they
    look like one, no entity covers them and the list goes on with another title or name."""
    starts = {m.start: m for m in mentions}
    # (俄罗斯经济学家已多次指出: a job's word is said of many; its names are the tagger's)
    for post in [
        m for m in mentions if m.type == "Position" and not known_titles().occupation(m.text)
    ]:
        named = starts.get(post.end)
        if named is not None:
            _name_runs_on(text, mentions, named, post)
            continue
        if _one_character_name(text, mentions, post):
            _add_person(text, mentions, post.end, post.end + 1, sentence)
            continue
        for size in (2, 3):
            piece, after = text[post.end : post.end + size], post.end + size
            if text[after : after + 1] not in ("，", "、"):
                # 会见了柬埔寨太后莫尼列。: the one met, by title and name, ends the clause
                if (
                    text[after : after + 1] in ("。", "；", "时")
                    and MET.search(text, _clause_start(text, post.start, "，。；,;"), post.start)
                    and (_name_shaped(piece) or NAME_CHARS.fullmatch(piece))
                    and _free_name(mentions, post.end, piece)
                ):
                    _add_person(text, mentions, post.end, after, sentence)
                    break
                # …、巴西社会民主党主席阿劳若、塞拉利昂人民党总书记科罗马等: the titled name
                # that closes a list
                if (
                    text[after : after + 1] == "等"
                    and text[post.start - 1 : post.start] == "、"
                    and (_name_shaped(piece) or NAME_CHARS.fullmatch(piece))
                    and _free_name(mentions, post.end, piece)
                ):
                    _add_person(text, mentions, post.end, after, sentence)
                    break
                # 马耳他总统维拉表示，…: the titled subject of what is said
                if (
                    text.startswith(cues()["say"], after)
                    and NAME_CHARS.fullmatch(piece)
                    and _free_name(mentions, post.end, piece)
                    and not any(
                        m.type == "Person"
                        and _clause_start(text, post.start, "，。；,;") <= m.start
                        for m in mentions
                        if m.end <= post.start
                    )
                ):
                    _add_person(text, mentions, post.end, after, sentence)
                    break
                continue
            # 汇丰集团行政总裁祈耀年、太古集团…: a surname the tables lack, when the next
            # item of the list opens with its own title at once.
            next_titled = any(
                m.start == after + 1 and m.type in ("Position", "Organization") for m in mentions
            )
            if not (
                _name_shaped(piece) or (size == 3 and next_titled and NAME_CHARS.fullmatch(piece))
            ):
                continue
            if not _free_name(mentions, post.end, piece):
                break
            following = [m for m in mentions if after < m.start <= after + 16]
            if any(m.type in ("Position", "Person", "Organization") for m in following):
                _add_person(text, mentions, post.end, after, sentence)
            break


def _free_name(mentions: list[Mention], start: int, piece: str) -> bool:
    """Whether ``piece``, at ``start``, may be read as a name: no entity covers it and it is no
    verb (主席阿劳若, not 主席表示)."""
    return not _overlaps(mentions, start, start + len(piece)) and not _a_verb(piece)


def _one_character_name(text: str, mentions: list[Mention], post: Mention) -> bool:
    """``…纳米比亚国民议会议长卡贾维维、苏里南国民议会议长贝代表外方发言``: the last of a
    list of titled names, one character long (a transliteration), before the list's verb."""
    piece = text[post.end : post.end + 1]
    if not (
        re.fullmatch(NAME_CHAR, piece)
        and text.startswith(ONE_CHARACTER_NAME_VERBS, post.end + 1)
        and not _overlaps(mentions, post.end, post.end + 1)
    ):
        return False
    previous = [m for m in mentions if m.type == "Person" and m.end < post.start]
    return bool(previous) and stripped_gap(text, mentions, previous[-1].end, post.start) == "、"


def _name_runs_on(text: str, mentions: list[Mention], person: Mention, post: Mention) -> None:
    """``会见日本国会众议院副议长海江田万里。``: the one met, by title and name, ends the
    clause; the tagger's name that stops one or two characters short of the end (海江田|万里)
    runs on to it."""
    if person.type != "Person" or "·" in person.text:
        return
    for size in (1, 2):
        after = person.end + size
        if (
            text[after : after + 1] in ("。", "；", "，")
            and len(person.text) + size <= 5
            and LONG_NAME_CHARS.fullmatch(text[person.start : after])
            and not _a_verb(text[person.end : after])
            and text[person.end : after] not in NOT_NAME_TAILS
            and not _overlaps(mentions, person.end, after)
            and MET.search(text, _clause_start(text, post.start, "，。；,;"), post.start)
        ):
            mentions[mentions.index(person)] = replace(
                person, end=after, text=text[person.start : after], value=None
            )
            return


# A list of at least four short pieces joined by 、 (罗志恒、周其仁、黄瑜、张明、…)
NAME_RUN = re.compile(
    r"[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,4}){2,}、[\u4e00-\u9fff·]{2,8}"
)


def _names_between_names(text: str, mentions: list[Mention], sentence: int) -> None:
    """``…何维、邵鸿和蒋作君、李钺锋、黄荣、窦晓玉等``: a name-shaped piece no entity covers,
    between two names of one list (or opening it: 当选为省委常委的还有席义方、沈国俊), is a
    name too."""
    ends = {m.end for m in mentions if m.type == "Person"}
    starts = {m.start for m in mentions if m.type == "Person"}
    listed = [
        piece
        for piece in LIST_PIECE.finditer(text)
        if (piece.start(1) - 1 in ends or piece.group().startswith(("还有", "的有")))
        and piece.end(1) + 1 in starts
    ]
    # 交流会上，连玉明、孟庆丰、范迪安作为…: a clause opening a list of two names or more
    end_of = {m.start: m.end for m in mentions if m.type == "Person"}
    for piece in LIST_OPENING.finditer(text):
        second_end = end_of.get(piece.end(1) + 1)  # the name after the piece's 、
        if second_end is not None and second_end + 1 in end_of:  # and one after that
            listed.append(piece)
    # …何立峰和苗华出席开幕式: the list's last name, before its verb (…高云龙、无党派人士代表
    # 包信和先后发言: after a title the tables lack)
    last = (
        [piece for piece in LAST_LISTED.finditer(text) if piece.start(1) - 1 in ends]
        + [
            piece
            for piece in LAST_LISTED_AT.finditer(text)
            if piece.start(1) - 1 in ends and not common_word(piece.group(1))
        ]
        + [
            piece
            for piece in TITLED_LAST.finditer(text)
            if text.rfind("、", 0, piece.start()) in ends
            and not CLAUSE_END.search(text, text.rfind("、", 0, piece.start()), piece.start())
        ]
    )
    for piece in listed + last:
        start, end, name = piece.start(1), piece.end(1), piece.group(1)
        if _name_shaped(name) and not _a_verb(name) and not _overlaps(mentions, start, end):
            _add_person(text, mentions, start, end, sentence)
    # 罗志恒、周其仁、黄瑜、张明、张水利、游玮、周勇、左丁等: a run of untagged names inside a
    # list of names the tagger read in part, when every piece inside it is shaped like one
    starts = {m.start for m in mentions if m.type == "Person"}
    ends = {m.end for m in mentions if m.type == "Person"}
    for run in NAME_RUN.finditer(text):
        pieces = [
            (run.start() + p.start(), run.start() + p.end())
            for p in re.finditer("[^、]+", run.group())
        ]
        tagged = sum(1 for start, end in pieces if start in starts or end in ends)
        inner = [(start, end) for start, end in pieces[1:-1] if not _overlaps(mentions, start, end)]
        if (
            tagged >= 2
            and inner
            and all(
                _name_shaped(text[start:end]) and not _a_verb(text[start:end])
                for start, end in inner
            )
        ):
            for start, end in inner:
                _add_person(text, mentions, start, end, sentence)
    # 王宗源/龙道一夺得…: the partner of a pair, after the slash
    for m in [m for m in mentions if m.type == "Person" and text[m.end : m.end + 1] == "/"]:
        start = m.end + 1
        for end in (start + 3, start + 2):
            if (
                end <= len(text)
                and _name_shaped(text[start:end])
                and not _overlaps(mentions, start, end)
                and (not CJK.match(text, end) or event_cues().pattern.match(text, end))
            ):
                _add_person(text, mentions, start, end, sentence)
                break
    # 李昌镐（韩国，男，围棋），…，青山绫里（日本，女，游泳）: in a list of names, each with its
    # note in brackets, an entry whose name the tagger missed
    noted = {m.start for m in mentions if m.type == "Person" and text.startswith("（", m.end)}
    aliases = lexicon().aliases
    for piece in NOTED_ENTRY.finditer(text):
        start, end = piece.start(1), piece.end(1)
        if not any(s < start and not CLAUSE_END.search(text, s, start) for s in noted) or _a_verb(
            piece.group(1)
        ):
            continue
        body = next(
            (
                m
                for m in mentions
                if (m.start, m.end) == (start, end)
                and m.type in ("Organization", "Place")
                and (m.type, normalize_key(m.text)) not in aliases
            ),
            None,
        )
        if body is not None and PERSON_NOTE.match(text, end):
            mentions.remove(body)  # 康泠（女）: a name with a person's note, not a body
        if not _overlaps(mentions, start, end):
            _add_person(text, mentions, start, end, sentence)


def _clause_start(text: str, at: int, marks: str) -> int:
    """Where the clause running to ``at`` opens: after the last of ``marks`` before it (a
    comma among them: a space between two words too, as a headline's clauses are set)."""
    start = max(text.rfind(mark, 0, at) for mark in marks) + 1
    clause = text[start:at]
    if "，" in marks and (" " in clause or "\u3000" in clause):
        spaced = HEADLINE_BREAK.search(clause[::-1])
        if spaced is not None:
            return at - spaced.start()
    return start


def _insert(mentions: list[Mention], mention: Mention) -> None:
    mentions.append(mention)
    mentions.sort(key=in_text_order)


def _add_person(text: str, mentions: list[Mention], start: int, end: int, sentence: int) -> Mention:
    """A person the sentence's structure names though the tagger did not (source ``frame``)."""
    person = Mention(start, end, "Person", text[start:end], sentence=sentence, source="frame")
    _insert(mentions, person)
    return person


def _overlaps(mentions: list[Mention], start: int, end: int, *besides: str) -> bool:
    """Whether a mention, not of the types ``besides``, covers part of ``[start, end)``."""
    return any(m.start < end and start < m.end and m.type not in besides for m in mentions)


def _a_verb(piece: str) -> bool:
    """强调, 出席…: a word that reports speech or an event, shaped like a name or not; or a
    name run into one (谢赫称, 介绍说, 敦夫妇, 贺信并)."""
    return (
        piece.startswith(cues()["say"])
        # (致贺信时指出: when the message said)
        or (piece[:1] == "时" and piece[1:].startswith(cues()["say"]))
        or bool(event_cues().pattern.match(piece))
        or piece.endswith(NOT_A_NAME_END)
    )


def _inside_name(start: int, end: int, mentions: list[Mention]) -> bool:
    """A cue that is part of a longer name (会见厅, 主持人, 陪同团 in an organisation)."""
    return any(
        m.start <= start
        and end <= m.end
        and m.type in ("Person", "Organization", "Place", "Position", "Document", "PolicyConcept")
        for m in mentions
    )


def _in_a_decision(at: int, text: str, mentions: list[Mention]) -> bool:
    """``通过关于免去X的Y职务的决定``: a decision the meeting adopts says what it does."""
    return any(
        m.type == "Document" and m.start <= at < m.end and m.text.startswith("关于")
        for m in mentions
    )
