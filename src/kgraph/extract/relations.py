"""Relations between mentions, from the structure of sentences and documents.

Patterns read the *sequence* of typed mentions and the short stretches of text
between them, never the words of a particular text: a chain of posts joined
by ``、`` right before a name, a post distributed over a list of names, a list
of organisations before ``联合印发`` and a 《title》, ``X同Y会谈``. The cue words
(参加, 发表讲话, 会见, 印发, 强调, …) are data: ``ontology/relation_cues.tsv``.

Sentence patterns are functions ``(text, mentions, evidence) -> relations``
registered in :data:`PATTERNS`. :func:`kgraph.extract.discourse.document_relations`
adds what needs the whole document: bylines and photo credits (``authorOf``),
signature blocks (``signedBy``/``issued``), the events of :mod:`kgraph.extract.frames`,
and attributed speech (``X强调`` …) that runs on over the following sentences of its
paragraph (``emphasized`` and Statement records).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from kgraph.extract.cues import cues, verb_cues
from kgraph.extract.positions import (
    ELIDED_SESSIONS,
    NOT_YET_HELD,
    ONCE_HELD,
    ROLE_IN_BODY,
    YEARS,
    titles,
)
from kgraph.records import Evidence, Mention, Relation

__all__ = ["PATTERNS", "extract_relations"]

Pattern = Callable[[str, list[Mention], Evidence], Iterator[Relation]]
PATTERNS: list[Pattern] = []

# (a space between two words sets a headline's clauses apart: …会议并讲话 李希出席并讲话)
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
CLAUSE_END = re.compile(r"[；;。！？!?]")
# 我部会同…印发: a body that names itself; SELF_SOURCE marks the placeholder until resolved.
SELF_REFERENCE = re.compile(r"(我(?:部|委|局|厅|办|院|会|署|行|社|中心))(?:会同|联合|与|和)?")
# …，并同步印发《D》: a clause going on from the sentence's subject
CARRIED_ON_TO_ISSUE = re.compile(r"[，,](?:并|同时)(?:同步|同时|正式|还)?$")
# A会同B印发: A acts together with B (when, as 日前, between)
JOINED_ISSUER = re.compile(r"(?:日前|近日|近期|今天|今年|最近)?(?:会同|联合)$")
SELF_SOURCE = "self-reference"
# The source of a mention that stands for the one speaking (我, or the gladness that opens what
# they say, 很高兴来华出席…): its words are no name of theirs, nor a speech they made.
SPEAKER_SOURCE = "speaker"
# What two parties sign together: a signature makes it, no one issues it.
AGREEMENT = re.compile(r"(?:协议|协定|条约|公约|备忘录|公报|合同|宣言|议定书|声明|框架)$")


def pattern(func: Pattern) -> Pattern:
    PATTERNS.append(func)
    return func


def _heads(title: str) -> bool:
    """A title that heads its organisation (主席, 书记, 部长; not 副主席)."""
    return not title.startswith("副") and title.endswith(cues()["head"])


def _has(text: str, signal: str) -> bool:
    return any(cue in text for cue in cues()[signal])


def _gap(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


def _person_run(
    text: str, mentions: list[Mention], first: int, jobs: bool = False
) -> list[Mention]:
    """Persons starting at index ``first`` joined by ``、`` (徐留平、杨宇栋、高凤林), or also by
    ``和`` after a job's word (``著名钢琴家刘诗昆和鲍蕙荞``: both are pianists)."""
    run = [mentions[first]]
    index = first + 1
    while index < len(mentions) and mentions[index].type == "Person":
        gap = _gap(text, run[-1], mentions[index])
        if gap != "、" and not (jobs and gap == "和"):
            break  # 江泽民和乔石: 和 joins two groups, a post's title stays with the first
        run.append(mentions[index])
        index += 1
    return run


# The ordinal a body's name may open with, outside the tagger's span (第五次, 十四届)
BODY_ORDINAL = re.compile(r"第?[0-9一二三四五六七八九十百]+[次届期]")


def _position_chain(
    text: str, mentions: list[Mention], last: int
) -> list[tuple[Mention, Mention | None]]:
    """Posts ending at index ``last`` joined by ``、``, each with the organisation right before it.

    ``中共中央政治局常委、中央书记处书记`` comes as Organization, Position,
    Organization, Position: the chain walks back over both kinds.
    """
    chain: list[tuple[Mention, Mention | None]] = []
    index = last
    while index >= 0:
        mention = mentions[index]
        opens = mention.start
        if mention.type == "Position":
            before = mentions[index - 1] if index > 0 else None
            if (
                chain
                and before is not None
                and before.type == "Person"
                and before.end == opens
                and not mention.text.startswith(ENVOY_OF)
            ):
                break  # 习近平主席|特别代表…李希: the name before the post holds it, not the last
            owner = (
                before
                if before
                and before.type in ("Organization", "Place")
                and before.end == mention.start
                else None
            )
            chain.append((mention, owner))
            if (
                mention.text.startswith(ENVOY_OF)
                and before is not None
                and before.type == "Position"
                and before.end == opens
            ):
                break  # 法国总统|特别代表、前总理拉法兰: whose envoy he is, no post of his
            if mention.value and text[mention.end - len(mention.value) : mention.end] == (
                mention.value
            ):
                # 常委会预算工委主任: the post names its owner, whatever the tagger made of it
                opens = mention.end - len(mention.value)
                while index > 0 and mentions[index - 1].start >= opens:
                    index -= 1
        elif mention.type not in ("Organization", "Place"):
            break
        if index == 0:
            break
        gap = text[mentions[index - 1].end : opens]
        named_owner = (
            (mention.value or "")[: -len(mention.text)] if mention.type == "Position" else ""
        )
        if gap[:1] in ("、", "兼") and gap[1:] and named_owner.endswith(gap[1:]):
            gap = gap[
                :1
            ]  # 委员长、党组书记: the unit the chain's owner shares, in the post's value
        if gap[:1] == "、" and (BODY_ORDINAL.fullmatch(gap, 1) or gap[1:] in ONCE_HELD):
            # 国务院副总理、第五次|全国经济普查领导小组组长: the body's ordinal; …党总主席、前|总统:
            # a post once held
            gap = gap[:1]
        if gap and gap not in ("、", "兼") and mention.type == "Position":
            # 政治局常委、中央学习贯彻…主题教育领导小组|组长: a body the tagger did not read
            # (other mentions inside it) owns the post; the post before its 、 goes on the chain
            previous = _post_before_body(text, mentions, index)
            if previous is not None:
                index = previous + 1
                gap = "、"
        if gap and gap not in ("、", "兼"):  # 国务院副总理兼外交部长
            break
        walked, walked_owner = chain[-1] if chain else (mention, None)
        if (
            not gap
            and mentions[index - 1].type == "Position"
            and titles().occupation(mentions[index - 1].text)
            and (walked_owner is not None or walked.value not in (None, walked.text))
        ):
            # (…文艺部编导|齐宪役中国广播艺术团演员魏金栋: a list's spaces stripped; a job
            # right before a body's post is the last item's, not of this chain; but 全国人大代表
            # 盛虹控股集团有限公司董事长缪汉根 holds both)
            break
        index -= 1
    chain.reverse()
    return chain


# A post right after these is what one was elected or appointed to, no title of the next name
ELECTED_TO = ("当选", "当选为", "选为", "任命为", "出任", "担任")
# How far back a body the tagger did not read may begin, and what no body's name holds
MAX_UNREAD_BODY = 40
NO_BODY = re.compile(r"[，,。；;：:“”（）()\s]")


def _post_before_body(text: str, mentions: list[Mention], index: int) -> int | None:
    """The index of the post that ends at the 、 (or 兼) before the post at ``index``, when all
    between them names a body (``…领导小组``, ``阿尔巴尼亚总统兼武装力量总司令``); None
    otherwise."""
    from kgraph.extract.positions import is_owner

    post = mentions[index]
    reach = max(0, post.start - MAX_UNREAD_BODY)
    comma = max(text.rfind("、", reach, post.start), text.rfind("兼", reach, post.start))
    body = text[comma + 1 : post.start]
    if comma < 0 or not is_owner(body) or NO_BODY.search(body):
        return None
    # (习近平 of 习近平新时代中国特色社会主义思想: the concept's word)
    concepts = [(c.start, c.end) for c in mentions if c.type == "PolicyConcept"]
    for m in mentions:
        if (
            comma < m.start < post.start
            and m.type in ("Person", "Event", "Date", "Position")
            and not any(start <= m.start and m.end <= end for start, end in concepts)
        ):
            return None  # (…习近平在钓鱼台国宾馆会见…统一俄罗斯党|主席: a clause, no body)
    return next(
        (i for i in range(index) if mentions[i].type == "Position" and mentions[i].end == comma),
        None,
    )


# 澳大利亚泳协副主席、１９６０年奥运会金牌获得者约翰·戴维特, 终身教授、“共和国勋章”获得者——
# 张晋藩: a standing (an honour held, one of a group) between the posts and the name
STANDING_BEFORE_NAME = re.compile(r"、[^、，,。；;：:（）()]{2,24}?(?:获得者|得主|之一)(?:——|—)?$")
STANDING_ENDS = ("获得者", "得主", "之一", "—")


def _post_before_standing(text: str, mentions: list[Mention], index: int) -> int | None:
    """The index of the post before a standing that ends at the name ``mentions[index]``
    (``…副主席、…金牌获得者约翰·戴维特``), None when no standing and post come before it."""
    name = mentions[index]
    if not text.endswith(STANDING_ENDS, 0, name.start):
        return None  # (most names: no standing before them)
    found = STANDING_BEFORE_NAME.search(text, max(0, name.start - 28), name.start)
    if found is None:
        return None
    inside = [i for i in range(index) if mentions[i].start >= found.start()]
    if any(mentions[i].type == "Person" for i in inside):
        return None
    before = (inside[0] if inside else index) - 1
    if before < 0 or mentions[before].type != "Position" or mentions[before].end != found.start():
        return None
    return before


@pattern
def titled_persons(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``中共中央总书记、国家主席习近平``; ``全国总工会副主席徐留平、杨宇栋、高凤林``.

    Every name of the list holds every post of the chain; a post of an
    organisation makes its holder ``leads`` (head posts) or ``memberOf`` it.
    """
    for index, mention in enumerate(mentions):
        if mention.type != "Person" or index == 0:
            continue
        previous = mentions[index - 1]
        last_post: int | None = index - 1
        if previous.type != "Position" or previous.end != mention.start:
            last_post = _post_before_standing(text, mentions, index)
        if last_post is None:
            continue
        chain = _position_chain(text, mentions, last_post)
        opens = min((owner or post).start for post, owner in chain)
        verb = next((v for v in ELECTED_TO if text.endswith(v, 0, opens)), "")
        if verb and any(
            m.type == "Person" and m.end == opens - len(verb) for m in mentions[:index]
        ):
            continue  # (朱森林当选广东省人大常委会主任卢瑞华当选…: the post is what he won; not
            # 墨西哥当选总统辛鲍姆, the president-elect)
        jobs = all(titles().occupation(post.text) for post, _owner in chain)
        for person in _person_run(text, mentions, index, jobs):
            for post, owner in chain:
                if not _a_post(post):
                    continue
                yield Relation("holdsPosition", person, post, evidence)
                if (
                    owner is not None
                    and owner.type == "Organization"
                    and not text.endswith("驻", 0, owner.start)  # (常驻联合国代表: an envoy)
                ):
                    kind = "leads" if _heads(post.text) else "memberOf"
                    yield Relation(kind, person, owner, evidence)


# 杨斌、兰世章…崔文华等８名选手; 汤洪波、唐胜杰两位航天员: the count of the names before the title.
_NAMES_COUNTED = re.compile(
    r"(?:等|这|两|[0-9０-９一二三四五六七八九十]+)*(?:[0-9０-９一二三四五六七八九十两]+(?:名|位))?"
)


@pattern
def named_then_titled(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``杨斌、兰世章、王国华等８名选手``, ``费俊龙、邓清明、张陆3名航天员``: a title after a list
    of names and their count is each name's."""
    for index, mention in enumerate(mentions):
        if mention.type != "Person":
            continue
        previous = mentions[index - 1] if index else None
        if (
            previous is not None
            and previous.type == "Person"
            and _gap(text, previous, mention) == "、"
        ):
            continue  # (the list's run is read from its first name)
        run = _person_run(text, mentions, index)
        after = mentions.index(run[-1]) + 1
        if after >= len(mentions) or mentions[after].type != "Position":
            continue
        post = mentions[after]
        gap = _gap(text, run[-1], post)
        counted = gap and _NAMES_COUNTED.fullmatch(gap) and any(c in gap for c in "等名位")
        if not counted or not _a_post(post):
            continue
        for person in run:
            yield Relation("holdsPosition", person, post, evidence)


JOINTLY = ("一道", "一起", "共同", "携手")  # after the other side: together with


@pattern
def title_after_name(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``习近平总书记``, ``刘金国主席``: a title right after a name is that person's; so are
    the titles after it joined by 、 (``通伦总书记、国家主席``), up to one that titles the next
    name (``习近平总书记、国务院总理李强``)."""
    for index, (left, right) in enumerate(pairwise(mentions)):
        if (
            left.type == "Person"
            and right.type == "Position"
            and text[left.end : right.start] in NOT_YET_HELD
            and text.startswith(JOINTLY, right.end)
            and _a_post(right)
        ):
            # 愿同提努布当选总统一道努力: the president-elect one works with (no election told)
            elect = replace(right, start=left.end, text=text[left.end : right.end], value=None)
            yield Relation("holdsPosition", left, elect, evidence)
        if (
            left.type == "Person"
            and right.type == "Position"
            and left.end == right.start
            and _a_post(right)
            and not right.text.startswith(ENVOY_OF)  # (洪森特别代表: whom the envoy stands for)
            and right.text not in NOBILITY  # (乍都蒙空亲王: a rank by birth, no post)
            # (邢贲思主编的《导读》: a book he edited, no post)
            and not (right.text in WORK_MADE_BY and text.startswith("的", right.end))
        ):
            yield Relation("holdsPosition", left, right, evidence)
            for at in range(index + 2, len(mentions)):
                post, after = mentions[at], mentions[at + 1 : at + 2]
                if post.type != "Position" or text[mentions[at - 1].end : post.start] != "、":
                    break
                if after and after[0].start == post.end:
                    break  # (…、国务院总理李强: the title of the name after it)
                if _a_post(post):
                    yield Relation("holdsPosition", left, post, evidence)


# Titles of nobility, a post only as a country's (摩纳哥亲王阿尔贝二世), not after a name
# (泰国国家银行行长乍都蒙空亲王, 沙特王储阿卜杜拉亲王)
NOBILITY = frozenset({"亲王", "公主"})
# Titles that are also the verb of a work's making (X主编的《…》: edited by X; 于晓雪编导的《白鹭》,
# 张艺谋导演的《红高粱》: directed by X)
WORK_MADE_BY = frozenset({"主编", "编导", "导演", "总导演", "编剧"})


# 余世江，是…煤矿工人: a name, then 是 and the post (words of its owner between)
# (彭真同志是大会秘书长: the honorific between)
# (像褚时健这样，既是烟草专卖局局长: both, the first)
COPULA_AFTER_NAME = re.compile(
    r"(?:同志|先生|女士)?(?:这样(?=[，,]?既))?[，,]?(?:现在|曾经|曾|原来|原|一直|既)?是"
    r"(?:一名|一位|一个)?"
)
# 导演是陈木胜和成龙, 中国棋手依次是黄薇、王琳娜…: the post, 是, then whom it names
COPULA_AFTER_POST = re.compile(r"(?:依次|分别|则|就)?是[：:]?")
# (江苏黄薇（２２７２分）、黑龙江王琳娜…: a note in brackets after a name of the list)
NAMES_JOINED = re.compile(r"(?:[（(][^（）()]{0,20}[）)])?(?:、|和|与|及|以及)")
HONOURED_AS = re.compile(r"当选|入选|评选")
LIST_ENDS = re.compile(r"(?:[（(][^（）()]{0,20}[）)])?(?:等[^，,。；;]{0,8})?(?:[，,。；;！？]|$)")
# …既是烟草专卖局局长，又是烟草公司经理、卷烟厂厂长: the posts said next of the same name
COPULA_GOES_ON = re.compile(r"(?:[，,]?(?:又|也|还|同时)是(?:一名|一位|一个)?|、)")
# 曾经是高级工程师的郭树范: 是, the words of the post's owner, the post, 的 and the name
# (当时任副委员长的乌兰夫同志: 任 as 是)
COPULA_BEFORE_POST = re.compile(r"(?:是|任)(?:一名|一位|一个)?[^，,。；;：:、“”（）()是任]{0,20}$")
# 所长达１５年的: how long the post before the name was held, then 的
HELD_FOR = re.compile(rf"(?:(?:长?达|近|逾)?{YEARS}(?:之久)?)?的")
# 一位叫庞增福的工人, 名叫…的: the name between 叫 and 的, the post after
CALLED = ("叫", "名叫")
# 甘英（曾任北京市政协副主席）: a post in brackets after the name
NOTED_POST = re.compile(r"[（(](?:曾任|现任|原任|时任|原|前)?")
POST_NOTE_END = ("）", ")", "，", "、")
OWNER_WORDS = re.compile(r"[^，,。；;：:、“”（）()]{0,20}")


@pattern
def posts_said_of_a_name(
    text: str, mentions: list[Mention], evidence: Evidence
) -> Iterator[Relation]:
    """The post a sentence says a person holds, not as a title next to the name:
    ``余世江，是林东矿务局蔡冲煤矿工人``, ``曾经是高级工程师的郭树范``, ``一位叫庞增福的工人``,
    ``甘英（曾任北京市政协副主席）``."""
    people = [m for m in mentions if m.type == "Person"]
    posts = [m for m in mentions if m.type == "Position" and _a_post(m)]
    named = {post.start: _names_after_post(text, mentions, people, post) for post in posts}
    for person in people:
        said: Mention | None = None  # the last post said of the name
        for post in posts:
            if post.start < person.end:
                if _post_before_name(text, person, post) or person in named[post.start]:
                    yield Relation("holdsPosition", person, post, evidence)
                continue
            if any(person.end <= m.start < post.start for m in people):
                break  # (张三是李四的秘书: the post of another)
            goes_on = said is not None and _said_next(text, said, post)
            if goes_on or _post_after_name(text, person, post):
                yield Relation("holdsPosition", person, post, evidence)
                said = post


def _said_next(text: str, said: Mention, post: Mention) -> bool:
    """``…既是烟草专卖局局长，又是烟草公司经理、卷烟厂厂长``: ``post`` said of the same name as
    the post ``said`` before it, by 又是 or in its list."""
    goes_on = COPULA_GOES_ON.match(text, said.end)
    return (
        goes_on is not None and OWNER_WORDS.fullmatch(text, goes_on.end(), post.start) is not None
    )


def _post_before_name(text: str, person: Mention, post: Mention) -> bool:
    """``曾经是高级工程师的郭树范``: 是, the post, 的, the name (``曾担任…所长达１５年的蒋新松``:
    how long it was held between)."""
    if HELD_FOR.fullmatch(text, post.end, person.start) is None:
        return False
    return COPULA_BEFORE_POST.search(text, max(0, post.start - 24), post.start) is not None


def _names_after_post(
    text: str, mentions: list[Mention], people: list[Mention], post: Mention
) -> list[Mention]:
    """``导演是陈木胜和成龙``, ``棋手依次是：江苏黄薇（２２７２分）、黑龙江王琳娜…``: the names the
    post, 是 and a list that ends its clause give the post, each maybe after where it is from
    (none after ``习近平主席是…``: the post of the name before it; none in ``公主是隋炀帝杨广的
    女儿``: a name that owns what the clause goes on to say)."""
    copula = COPULA_AFTER_POST.match(text, post.end)
    if (
        copula is None
        or any(m.end == post.start for m in people)
        # (当选的１０名运动员是：…: those an honour lists, which the award reads)
        or HONOURED_AS.search(text, max(0, post.start - 12), post.start)
    ):
        return []
    origins = {m.start: m.end for m in mentions if m.type in ("Place", "Organization")}
    listed: list[Mention] = []
    at = copula.end()
    for person in (m for m in people if m.start >= at):
        if person.start != origins.get(at, at):
            break
        listed.append(person)
        joined = NAMES_JOINED.match(text, person.end)
        at = person.end if joined is None else joined.end()
        if joined is None:
            break
    return listed if LIST_ENDS.match(text, at) else []


def _post_after_name(text: str, person: Mention, post: Mention) -> bool:
    """``余世江，是…煤矿工人``, ``一位叫庞增福的工人``, ``甘英（曾任北京市政协副主席）``,
    ``以朴普熙为团长``."""
    copula = COPULA_AFTER_NAME.match(text, person.end)
    if (
        copula is not None
        and OWNER_WORDS.fullmatch(text, copula.end(), post.start)
        and text[post.end : post.end + 1] in ("", *"，,。；;！？")
    ):
        return True
    if text.endswith(CALLED, 0, person.start) and text[person.end : post.start] == "的":
        return True
    if text[person.start - 1 : person.start] == "以" and text[person.end : post.start] == "为":
        return True  # 以朴普熙为团长的艺术团: the head the party is named by
    noted = NOTED_POST.match(text, person.end)
    if noted is None or not text.startswith(POST_NOTE_END, post.end):
        return False
    # (叶华（第六、七届全国政协委员）: sessions elided, one post)
    inside = ELIDED_SESSIONS.sub("第", text[noted.end() : post.start])
    # (孙云晓（中国青少年研究中心副主任、《少年儿童研究》杂志主编）: each post the note lists)
    return OWNER_WORDS.fullmatch(inside.rsplit("、", 1)[-1]) is not None and not (
        "）" in inside or ")" in inside
    )


def _a_rank(post: Mention) -> bool:
    """A military or a player's rank (上将, 国际特级大师), not a post."""
    return titles().kind(post.text) == "rank"


def _a_post(post: Mention) -> bool:
    """A post someone holds: not a rank (上将), not a byline's 记者 or 通讯员."""
    return post.text not in cues()["byline"] and not _a_rank(post)


@pattern
def post_of_organisation(
    text: str, mentions: list[Mention], evidence: Evidence
) -> Iterator[Relation]:
    """``中华全国总工会主席``: 主席 belongs to 中华全国总工会; ``加拿大总理``: to 加拿大."""
    for left, right in pairwise(mentions):
        if (
            left.type in ("Organization", "Place")
            and right.type == "Position"
            and left.end == right.start
            # (中国驻美国大使, 俄罗斯常驻联合国代表: an envoy's post is his country's)
            and not text.endswith("驻", 0, left.start)
            # (河北国际特级大师彭小民: a rank a player of Hebei holds, no post of Hebei)
            and not _a_rank(right)
        ):
            yield Relation("positionIn", right, left, evidence)


# Between the names of one list, once their posts are removed (驻 of 驻华大使 included).
# Words a title takes that the post extractor leaves out: 资深董事长, 候任总统, 名誉主席.
MILITARY_RANKS = ("上将", "中将", "少将", "大将", "准将", "大校", "上校", "中校", "少校")
# A rank after a name (迟浩田上将, 粟裕大将), or 将军
MILITARY_RANK = "|".join((*MILITARY_RANKS, "将军"))
TITLE_MODIFIER = (
    "代理|名誉|荣誉|常务|首任|前任|前|资深|首席|执行|候任|时任|新任|现任|"
    "全球|大中华区|亚太区|中国区|联合|"
    "代(?!表)"  # (韩国电力公社代社长权宁武: acting)
)
# A comma and the 同 (与, 跟) of a partner: a list of names has ended and a clause begins
# (会见德国总统施泰因迈尔，同朔尔茨总理共同主持…)
NEW_CLAUSE_WITH = re.compile(r"[，,][同与跟]")
# Moved to a body or a place, to take up a post there: 调到沙善办事处当副主任, 调到邵阳市当市长
MOVED_TO = ("调到", "调至", "调往", "调进", "调入", "回到", "来到", "到")
SUBJECT_GAP = re.compile(
    # (迟浩田上将，…傅全有上将: a rank after the name; …，以及随访的美国国防部副部长…: the
    # visitor's party; 习近平和夫人彭丽媛: the couple)
    rf"^(?:[、，,和及与以同志等也均都了驻兼“”/\s]|先生|女士|博士|教授|院士|爵士|勋爵|{MILITARY_RANK}|"
    # (罗纳尔多（巴西）、乔丹（美国）…当选: a bracketed note after each name)
    r"[（(][\u4e00-\u9fff]{0,6}[）)]|"
    rf"{TITLE_MODIFIER}|随访的|随行的|随同来访的|老同志|[和及偕携]夫人|(?:代表|委员)(?=[、，,])|"
    # (来自海军的艾迎春代表、来自战略支援部队的吴升艳代表: where each deputy comes from)
    r"来自[^，,。；;、和]{0,16}?的|"
    # (…普坦等外国领导人和高级官员以及东盟秘书长高金洪, …等20多国国家元首、政府首脑、高级代表，
    # 以及联合国秘书长古特雷斯: the named list goes on past the group it ends with)
    r"等[0-9\u4e00-\u9fff、]{0,20}?(?:领导人|官员|代表|嘉宾|人士|元首|首脑)[，,]?以及)*$"
)
# 邦戈夫人西尔维娅, 罗荣桓元帅的夫人林月琴, 萧三同志的夫人叶华: whose wife the next name is
WIFE_OF = re.compile(rf"(?:{MILITARY_RANK}|元帅|同志|先生)?的?夫人")
# 作为普密蓬国王的御代表: after 作为, the one whose stand-in the subject is, then 的
STANDS_IN_FOR = re.compile(r"[^，,。；;的]{0,6}的")
ATTENDED_TALKS = re.compile(r"(?:参加|出席|列席)了?(?:会见|会谈|会晤)")
PARTNER_BEFORE = re.compile(r"[同与跟][^，,。；;同与跟和]{0,14}$")  # 同…总统扎耶德和…
APPOINTING = re.compile(r"任命|免去|任免")  # a decision's verb: whom it names is appointed
# 张太雷亲属, 甘苦同志的家属: the kin of the one named, who come in his stead
# (钱正英同志在京生前友好等也前往送别: the friends of the one seen off)
KIN_AFTER = re.compile(
    r"(?:同志|先生|女士)?(?:的)?(?:亲属|家属|遗属|遗孀|子女|后人|家人|亲友|(?:在京)?生前友好"
    # (陶铸同志的女儿陶斯亮: she came, not her father)
    r"|女儿|儿子|孙女|孙子|外孙女|外孙)"
)
# 由…俞晓松率领的中国企业家代表团: the party a leader leads, right before the party's name
LED_PARTY = re.compile(r"率领的(?:这个|该)?$")
# Done for someone (为X揭牌, 为梁光烈同志送别: the one seen off lies in state)
CEREMONIAL_ACT = re.compile(r"(?:同志|先生|女士)?(?:揭牌|揭榜|剪彩|揭幕|奠基|授旗|颁奖|送别)")
FOR_WHAT = re.compile(r"为[^，,。；;：:！？]{0,30}$")  # (…为新落成的“南京古城墙修复纪念园”|揭牌)
LEADS_PARTY = re.compile(r"(?:亲自)?(?:率领?|带领)")  # 吴仪率中国代表团出席…: the leader goes
PRONOUN_SUBJECT = re.compile(r"[他她]们?(?![的国人乡])")
ENVOY_TITLES = ("特别代表", "特使", "私人代表")  # whom one sends in one's name (总统特使)
ENVOY_OF = (*ENVOY_TITLES, "夫人")
LISTED_NOUNS = "代表|负责人|负责同志|首长|人士|专家|学者|劳模|职工|工人|党员|干部|委员|成员"
# 、无党派人士代表朱彤: a title the tables lack, between two titled names of one list
LISTED_TITLE = re.compile(
    # (…李准等以及漫画界知名人士华君武: the list goes on past 等 with 以及; …张道诚及宗教界代表
    # 人士傅铁山: or with 及; …谢蒂马，以及非盟委员会代表穆昌加)
    r"^(?:[、，,](?:以及)?|等?以?及)(?:(?![和及与的了在是为])[\u4e00-\u9fff]){0,24}?"
    rf"(?:{LISTED_NOUNS})$"
    # (李强和缅甸领导人敏昂莱共同主持: a country's leader, the country stripped)
    r"|^[和及](?:领导人|领袖)$"
)
# The owner before a post in a list: words, no verb or function word (港珠澳大桥工程)
TITLE_OWNER = re.compile(r"(?:(?![和及与的了在是为向对将把被])[\u4e00-\u9fff])+")
OWNED_TITLE_LEAD = re.compile(r"、|以及|及|和|，|,")
COURTESY = re.compile(r"先生|女士")
DESTINATION_LEADS = ("来到", "前往", "走进", "赴")
NOT_GONE_TO = ("过去", "失去", "除去", "离去", "死去")  # 去 in words that go nowhere
# 应X的邀请, X盛情邀请: who invited, after the inviter's name
INVITER = re.compile(r"(?:同志|先生|女士|阁下)?的?(?:邀请|盛情邀请)")
OFFICIALS_OF = re.compile(
    # (文化部、各省、市、自治区文化部门领导: one of the list a character long)
    r"(?:[、和及][\u4e00-\u9fff]{1,12}?)*?等?(?:(?:有关|相关|各)?(?:方面|部门|单位))*"
    # (…研究会等单位的有关领导、专家约100人出席: the bodies' people, unnamed)
    r"(?:(?<=单位)的(?:有关|相关)?)?(?:主要)?"
    # (中国驻古使馆代表等各界人士: the mission's people, unnamed)
    # (江泽民主席等军委领导亲切会见…: the commission's leaders, unnamed, with him)
    r"(?:负责同志|负责人|领导同志|领导人|领导(?=[、和及，,等]|出席|参加|亲切|会见|接见|一起|一同|共同)"
    r"|代表(?=[等和、]))"
    # (张太雷研究会的专家先后在会上发言: the body's experts, unnamed)
    r"|的(?:有关|相关)?(?:专家学者|专家|学者)"
)
# Before the one beaten in a contest (力压队友李亚杰): an object, not a subject
BEATEN = re.compile(
    r"(?:力压|战胜|击败|打败|淘汰)了?(?:队友|对手)?"
    # (以２∶１击败美国名将塞莱斯: the one beaten, titled by a country and a player's word)
    r"(?:[\u4e00-\u9fff]{0,4}?(?:名将|选手|队员|老将|新秀|球员|棋手|小将|好手|种子))?$"
)
# A day, a month or a part of one, with or without its year: 本月２４日, ７月下旬, 三月中旬, 年初
_NUMERAL = "[0-9０-９〇零一二三四五六七八九十]"
DATE_PHRASE = (
    rf"(?=[0-9０-９〇零一二三四五六七八九十今去明前本上下这周当同次翌年月])"
    r"(?:上周|本周|下周|上星期|本星期|周末|上个?月|这个月|本月|下个?月|"
    rf"今年|去年|明年|前年|当年|同年|次年|翌年|{_NUMERAL}{{2,4}}年)?"
    rf"(?:{_NUMERAL}{{1,2}}月份?)?(?:{_NUMERAL}{{1,3}}[日号])?"
    r"(?:上旬|中旬|下旬|[初底末]|中(?![旬国央共]))?"
)
# How many times one did it (多次, 两次, 17次; not 第二次, 首次, 一次): 李鹏曾两次接见他
SEVERAL_TIMES = re.compile(
    r"(?<![第一二三四五六七八九十百0-9０-９])"
    r"(?:[多屡数几]|[两二三四五六七八九十][一二三四五六七八九十]{0,2}|[0-9０-９]{1,3}多?)次"
)
# Between a list and its verb: 同志, 等, adverbs of time, a bracketed unit suffix (办公厅(室)).
# At the head of a party: 率代表团, 率领…团组, 率调研组 (a group named by what it does)
LED_GROUP = re.compile(
    r"率(?:领)?[^，,。；;]{0,16}?(?:代表团|团组|团|调研组|考察组|工作组|检查组|督导组|调查组)"
)
ARRIVED_TO = re.compile(r"(?:抵达|到达|飞抵|来到)$")  # (抵达波恩|参加: then the act)
# 发表了讲话, 发表了热情洋溢的讲话, 发表对伊和解讲话: a speech delivered, whatever words describe it
# (not 发表这番讲话, 发表上述演讲, 发表的讲话: one told before; nor 发表声明…讲话 across a clause)
DELIVERED_SPEECH_BEFORE = re.compile(r"发表了?(?![这此该那上的])[^，,。；;：:、《》“”]{0,12}$")
# 当选后, 访美时: after a step of one's own, or during one's visit, told as a time
AFTER_A_STEP = re.compile(
    # (the place the visit is to may be stripped from a gap first: 访|美|时)
    r"(?:当选|就职|就任|上任|抵达|到达|回国)后|访(?:问[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff])?(?:期间|时)"
    # (习近平在阿斯塔纳出席上海合作组织峰会前会见…: when one attends something else)
    r"|出席[^，,。；;]{0,30}?(?:期间|之前|前|之后|后|时)"
)
# 带着慰问品去看望…: what one brings along, after the party one leads too (带领…的同志，带着…)
CARRIED_ALONG = re.compile(r"[，,]?带着[^，,。；;：:！？]{1,16}?(?=[去来到赴]|前往|$)")
# 女子４００米混合泳、４００米自由泳…项目上, …决赛中: the events of a contest one won in
CONTEST_EVENTS = re.compile(r"[^，,。；;：:！？]{0,40}?(?:项目|比赛|决赛|半决赛|预赛)[上中]")
# 在开幕式, 在欢迎仪式上: at the story's ceremony, named by its bare word (no act of the subject's)
AT_BARE_CEREMONY = re.compile(
    r"在(?:开幕式|闭幕式|开幕会|闭幕会|欢迎仪式|仪式|典礼|宴会|晚宴|招待会)上?"
)
# The meeting an act is for (李鹏为这次会议作出批示, 李鹏总理为表彰大会发来贺信): its name says
# no act of the one who acts (表彰, 座谈); not 为此召开会议, a meeting held
FOR_A_MEETING = re.compile(
    r"为(?:这次|此次|本次)?(?:(?!召开|举行|主持)[^，,。；;：:！？]){0,12}?(?:会议|大会|会)"
)
VERB_GAP = re.compile(
    # (陈芋汐和全红婵分获冠亚军: each won one of them; not …以328.20分获得冠军, the score)
    r"^(?:同志|先生|女士|博士|教授|院士|爵士|勋爵|阁下|本人|等人?|也|亦|则|均|都|还|一起|分别|(?<![0-9０-９.．])分(?=$)|共同|近日|日前|最近|近期|今天|昨天|今日|同日|当日|先后|又|"
    r"再次|[又再]一次|在|\s|仍然?|依然|"
    # (习近平兼任了6年的闽江职业大学校长: the 任 of 兼任, held besides another post)
    r"兼(?=$)|"
    # (中国农科院“科技下乡团”，又一次赴…: the body's party, named in quotes after it)
    r"“[^”]{1,16}[团队组]”[，,]?|"
    # (钱运录…进行再就业专题调研, 进行考察: a light verb, what the act is about after it)
    r"(?:进行|开展)了?[^，,。；;：:！？]{0,10}?$|"
    # (卡比拉总统三日对政府进行了改组, 特鲁多20日对内阁进行改组: what the act is done to before it)
    r"对[^，,。；;：:！？]{0,8}?(?:进行|开展)了?$|"
    # (…艾江山准将分别致辞: a rank after the name)
    rf"{MILITARY_RANK}|"
    # (埃斯特拉达当选后出席…, 江泽民主席访美时在纽约出席…)
    rf"{AFTER_A_STEP.pattern}|"
    # (金善弘１９９３年开始担任起亚集团董事长: when a post began)
    r"开始|"
    # 高卢麟，现又被任命为…: now
    r"现(?=[又已被在正]|$)|"
    # 习近平总书记多次主持召开座谈会, 李鹏曾两次接见他: how often
    rf"{SEVERAL_TIMES.pattern}|曾经?|首次|第一次|接连|相继|陆续|"
    # 卡斯特罗连续第五次当选…, 刚刚当选…: how many times in a row, how lately
    r"连续(?:第?[0-9０-９一二三四五六七八九十]+[届次])?|第[0-9０-９一二三四五六七八九十]+次|刚刚?|"
    # 李强将于9月10日至13日赴沙特主持召开…: when, told by an adverb of time
    r"即将|将|已经?|正在|正(?=[与同跟和在]|$)|"
    r"并|不久前|前不久|此前|线下|线上|至|是(?=在|开始|$)|以[\u4e00-\u9fff]{2,4}(?:方式|形式)|"
    # 坚宗（右）自一九六三年三月当选…, …阿旺甘丹（左）又同时被群众推选为…: since when, at once
    # (胡三忠自2006年至今现任…, 王毅2006年起任…: from when, up to now)
    r"[自从](?=$|起|至今)|起|至今|同时|"
    # 习近平春节前夕视察慰问…: on the eve of a feast
    r"[\u4e00-\u9fff]{2,4}前夕|"
    # 王毅通过视频连线方式同布林肯会谈: by what means
    r"通过(?:视频|电话|网络|书面)[\u4e00-\u9fff]{0,4}?(?:方式|形式)?(?=[同与跟在]|$)|"
    r"应约|应邀|到会|现场|重点|着重|亲切|亲自|集体|专门|专程|特地|特意|拨冗|随后|随即|立即|当天|当晚|首先|一同|一道|一行|联合|"
    # (…黎怀忠全程陪同: all the way)
    r"全程|"
    # (乡长杨海韬匆匆赶到…高中, 连夜赶往…: how hurriedly one went)
    r"急?匆匆|匆忙|急忙|连忙|赶忙|连夜|星夜|火速|"
    # (普京、托卡耶夫…也在开幕式致辞: at the story's ceremony, by its bare word)
    rf"{AT_BARE_CEREMONY.pattern}|"
    # 赵洪祝实地考察了…: where one saw it, on the spot
    r"实地|"
    # 让·米奥…等热情会晤了…: how warmly
    r"热情|热烈|友好|单独|"
    # 博鲁阿尔特视频致辞: by what means one speaks
    r"视频|书面|"
    # 让…吴彬回队任总教练, 回国任…: where one came back to, to take the post
    r"回(?:队|国|京|校|厂|乡|到[\u4e00-\u9fff]{1,8}?)(?=任|担任|出任|$)|"
    # 唐山市委、市政府召开…: the body's fellow of its level, named by the level alone
    r"[、和](?:省|市|县|区|州|自治区)(?:政府|人大常委会|人大|政协|委)|"
    # …和印度看守内阁总理古杰拉尔分别率各自国家的代表团出席: at the head of a delegation
    # (王钦敏率调研组赴江西调研, 率工作组: a working group, named by what it does)
    rf"{LED_GROUP.pattern}|"
    # 由…俞晓松率领的这个中国企业家代表团将实地考察…: the leader, then the party he leads
    r"率领的(?:这个|该)?[^，,。；;]{0,16}?(?:代表团|访问团|团组|编队|一行)|"
    # 卡比拉…向全国发表广播电视讲话, 发表二〇二四年新年贺词: to whom, and the year's address
    r"向全国|发表了?(?:[〇零一二三四五六七八九0-9０-９]{4}年)?|"
    # 习近平通过中央广播电视总台和互联网，发表…: by which media
    r"通过[^，,。；;]{0,16}?(?:互联网|网络|广播|电视|视频|媒体)[，,]?|"
    # 克莱斯蒂尔以绝对多数票再次当选, 哈韦尔以微弱多数蝉联…: by what vote
    r"以[^，,。；;]{0,8}?(?:票|多数)|"
    # 林孝埈以41秒592获得金牌, 刘昀琪、潘宝硕组合以3分11秒74的成绩夺得…: by what score
    r"组合|以[^，,。；;]{0,16}?[0-9０-９][^，,。；;]{0,16}?(?:的(?:总)?成绩|的(?:绝对)?优势)?|"
    # 许鞍华则凭《姨妈的后现代生活》获得最佳导演奖: by the work that won it
    r"(?:凭借?|以|因)(?:影片|电影|小说|作品|歌曲|专辑|纪录片)?《[^《》，,。；;]{1,30}》|"
    # 普京当地时间今天（6月24日）早上发表…: when, the dates themselves stripped
    r"当地时间|北京时间|上午|下午|早上|晚上|中午|凌晨|傍晚|"
    # (米洛舍维奇昨天晚些时候同…会谈: the tagger's day may take the 晚)
    r"[晚早]?些时候|"
    # 瓦杰帕伊７月下旬出席…, …本月２４日被…任命为…: a date the tagger left whole or in part
    rf"{DATE_PHRASE}|"
    r"[\u4e00-\u9fff]{2,5}地|"
    # 贾庆林等领导参加了…: the unnamed others of his rank
    r"等(?:主要|党和国家|中央)?(?:领导同志|领导人?|负责同志)|全部|全体|悉数|"
    # 贺敬之、…刘炽等延安时期的老文艺家参加了…: the others, by what they are
    r"等[^，,。；;]{0,10}?(?:老同志|文艺家|艺术家|作家|科学家|专家学者)|"
    # 王玉梅、黄蜀芹、王好为被授予…荣誉称号: those honoured take part
    r"被|"
    # 习近平同马克龙互致贺电: each to the other
    r"互|"
    r"[在于][^，,。；;：:！？、]{0,12}?|"
    # (赵国霖在美国“首届中医药杰出成果展示会”上荣膺…: at an event named in quotes)
    r"在[^，,。；;“]{0,6}“[^”]{1,30}”(?:上|中|期间)|"
    # (塞维里诺…在吉隆坡召开的第三十届东盟外长会议上被任命为…: at a meeting, however named)
    r"在[^，,。；;：:！？]{0,30}?(?:会议|大会|全会|论坛|峰会|会晤|仪式|典礼)上|"
    # (陈妍、吴艳艳在女子４００米混合泳、４００米自由泳…项目上夺冠: in the events of a contest)
    rf"在{CONTEST_EVENTS.pattern}|"
    # 王沪宁还到宁波市鄞州区政协机关、温州市政协机关调研: where to, a list of places
    # (斯卡尔法罗…乘专机由北京飞抵西安参观访问: from where, flown to)
    # (习近平主席和夫人彭丽媛莅临澳门出席…: 莅临, an honoured guest's coming)
    # (陈云峰…从…青马办事处调到沙善办事处当副主任: moved from one body to another)
    r"(?:[从由][^，,。；;：:！？]{0,20}?)?(?:[分调回]?[到赴去]|调[至往进入]|抵达|飞抵|飞赴|来到|前往|赶赴|赶到|深入|走进|莅临)"
    r"[^，,。；;：:！？]{0,30}?|"
    # 梁惠珍受美国中华医学会邀请，参加…大会: at whose invitation
    r"[应受][^，,。；;：:]{0,30}?的?(?:盛情)?邀请[，,]?|"
    # 习近平欢迎齐塞克迪来华出席…: come to China to do it (林华卿来京参加…: the place 京
    # stripped, 来 is left)
    r"来华|来京|来$|访华|前来|赶来|前去|"
    # (孔令志启程赴京参加全国人代会, 从北京出发，前往…: setting off, from where)
    r"(?:[从由自][^，,。；;：:！？]{1,12}?)?(?:启程|动身|出发)[，,]?|"
    # (李清林冒着寒风来到…家中, 姜春云冒着严寒…, 习近平总书记顶风冒雪来到…: braving the weather
    # on the way)
    r"(?:冒着|顶着)[^，,。；;：:！？]{0,12}?(?:严寒|寒风|寒冷|冷风|风雪|雨雪|风雨|大雨|细雨|大雪|飞雪|烈日|酷暑|高温)|"
    r"冒雨|冒雪|顶风|"
    # (鲁宾、伯杰和斯珀林（从右至左）在白宫举行…: a caption's note of who stands where)
    r"[（(][^）)]{0,6}[）)]|"
    # 我同中亚五国元首成功举行…峰会: with whom, when no name says it
    # (郑周永与朝方签署了…: 朝 the tagger took for a place, stripped; 方 is left)
    r"(?<=[同与跟])[^，,。；;：:\s]{1,16}?(?=共同|一起|一道|成功|$)|[同与跟]|"
    # 分别向孙中山先生像敬献花篮, 给…的队员们回信: to whom
    r"[向给][^，,。；;：:！？]{0,20}?|"
    # 赵致真…，为祖国捧回了…奖杯: for whom one won it
    r"为(?:祖国|国家|我国|中国)|"
    # 李富荣为仪式揭榜并讲话: for what, a ceremonial act first
    rf"为[^，,。；;：:！？]{{0,20}}?{CEREMONIAL_ACT.pattern}|"
    # 李鹏为这次会议作出批示, 吴邦国为会议发来贺信: for what the instruction is given
    rf"{FOR_A_MEETING.pattern}|"
    # 李强就日本石川县地震向日本首相致慰问电: about what
    # (not 就职仪式并…: an inauguration, then what was done there)
    r"就(?![职任])[^，,。；;：:！？并]{1,30}?(?=[向给同与]|$)|"
    # 发表题为《…》的致辞: what the speech is called
    # (汪道涵在会上发表题为《面向２１世纪的中美日关系》演讲: the 的 may be left out)
    r"发表(?:了)?(?:(?:题为|主题为)?《[^》]{1,80}》的?)?(?:重要|主旨|书面|视频|电视|欢迎|新年|答谢)?|"
    # 发表了热情洋溢的讲话, 发表对伊和解讲话, 发表１０分钟的竞选演讲: what the speech was like
    rf"{DELIVERED_SPEECH_BEFORE.pattern}|"
    # 王晨作了主题发言: the speech made, and of what kind
    r"[作做]了?(?:主题|主旨|专题|大会|重要|书面|交流|典型|总结|即席|简短|长篇|工作)?|"
    # 习近平继续出席…峰会, 斯塔默再度举行…, 李克强离京出席…: going on, again, setting out
    # (纳西里今天离开这里前往维也纳参加…: "here", the place a dispatch is from)
    r"继续|再度|结束|离开?(?:这里|那里|此间|此地)?|乘(?:专机|包机)|宣誓|"
    # 外长利维４日愤然宣布辞职, 约翰逊7日宣布辞去…: made known by the one who does it
    r"(?:愤然|正式|突然|主动|公开)?宣布|"
    # 习近平主席夫妇在…为…举行欢迎仪式: the couple
    r"夫妇|"
    # 刘桂珍全票当选村党支部书记: by how many votes
    r"全票|高票|满票|以[^，,。；;：:]{1,12}?(?:票|得票率)|"
    # 刘奕杉以92.25分的成绩夺得金牌, 以绝对优势夺冠: by what score
    r"(?:以|凭借?)[^，,。；;：:]{0,16}?(?:成绩|优势|比分|战绩|总分|[0-9０-９]分)|"
    # 何大一因发明“鸡尾酒疗法”获得…称号, 贝克尔因这一理论而获得…, 凭借这一成果荣获…: for
    # what, or by what, one won it
    # (not 因病未能出席: what kept one away; not 因为…, a clause of its own; not 对罗阳因公殉职一事
    # 作出指示: what the matter is)
    r"(?:因(?!为)|由于|凭借?|依靠)[^，,。；;：:！？未没不无拒缺]{1,20}?而?(?<!一事)|"
    # 林珊力压队友李亚杰夺得…冠军, 以4比2战胜朝鲜队: whom one beat
    r"(?:力压|战胜|击败)[^，,。；;：:]{0,12}?|(?:打破|刷新|创造)[^，,。；;：:]{0,10}?纪录|"
    # 叶连松代表省委、省政府，…: for whom
    r"代表[^，,。；;：:！？]{0,20}?|"
    # 江泽民先后率团到…考察, 作为中国代表团副团长参加…: at the head of whom, as what
    r"率团|率队|带队|带领[^，,。；;：:！？]{1,16}?|作为[^，,。；;：:！？]{0,20}?|"
    # 孙文盛…带着慰问品去看望…: what one brings along (带领…的同志，带着…: a clause after the
    # party one leads)
    rf"{CARRIED_ALONG.pattern}|"
    # 熊清泉受省委和省政府的委托，在会上发表讲话: on whose behalf, then what they did
    r"受[^，,。；;：:]{0,20}?委托[，,]?|"
    # 穆勒等外方嘉宾及各界代表约1000人出席: those the list leaves unnamed, and how many
    # (…普拉萨德等政要，各国驻斐使节等各界人士参加了…: a further group, set off by a comma)
    r"(?:等|及|以及|和|[，,](?=[^，,。；;：:]{0,30}?等))[^，,。；;：:]{0,30}?"
    r"(?:代表|嘉宾|人士|同志|负责人|人员|群众|干部|官员|政要|使节|专家|学者|领导人|领导|议员)"
    r"(?:约?[0-9０-９一二三四五六七八九十百千万余多]+人)?|"
    # 瑟蒙德等１４位重要联邦参、众议员联名在…举行招待会: how many the list leaves unnamed,
    # and who they are; in the names of all
    r"等[0-9０-９一二三四五六七八九十多]+[位名][^，,。；;：:]{0,16}?(?=联名|在|$)|联名|"
    # 交通运输部等8部门联合印发, 何小虎等10人当选, 国家林草局、自然资源部等部门联合印发: the
    # count of those the list does not name, and what they are
    r"等[0-9０-９一二三四五六七八九十多]+个?(?:人|名)|"
    r"等(?:[0-9０-９一二三四五六七八九十多]+个?)?(?:有关|相关)?(?:部门|单位|部委|机构|省份|地区|国家)|"
    # 魏克兴、谢峰两位老将荣获…: how many the list names, and what they are
    r"[两二三四五六七八九十0-9０-９]{1,2}(?:位|名|人)[\u4e00-\u9fff]{0,4}?(?=都|均|共同|一起|$)|"
    # 军委政法委员会组织编印《…》: who had it done
    r"组织$)*$"
)


# 印发《D》, 制定出《D》, and a document named by whom it is from: 共同编制的《D》, 由A印发的《D》
ISSUED_GAP = re.compile(r"[出的]?《?")


@cache
def cue_pattern(signal: str) -> re.Pattern[str]:
    """One of the cue lists as a regex: ``(?:联合)?(?:印发|发布|…)了?`` for ``issue``."""
    words = "|".join(re.escape(cue) for cue in cues()[signal])
    adverb = "(?:联合|共同|正式)?" if signal == "issue" else ""
    return re.compile(f"{adverb}(?:{words})了?")


def clause_end(text: str, start: int) -> int:
    """Where the clause that runs through ``start`` ends (；。！？ or the end of the text)."""
    found = CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def stripped_gap(
    text: str, mentions: list[Mention], start: int, end: int, named_events: bool = False
) -> str:
    """``text[start:end]`` without the posts, organisations and places inside it (and the
    named events, with ``named_events``: 向…论坛闭幕式发表…致辞 says no 闭幕 of its own)."""
    keep = [True] * (end - start)
    for m in mentions:
        named = named_events and m.type == "Event" and len(m.text) > 4
        if m.type not in ("Position", "Organization", "Place", "Date") and not named:
            continue
        first = m.start
        if m.type == "Position" and m.value and text[m.end - len(m.value) : m.end] == m.value:
            first = m.end - len(m.value)  # 常委会预算工委主任: the post with the owner it names
        if start <= m.start and m.end <= end:
            for i in range(max(first, start) - start, m.end - start):
                keep[i] = False
        elif m.type == "Position" and start <= first < end <= m.start:
            # (任中国…分会|第一|副会长: the gap runs up to the title through its owner)
            for i in range(first - start, end - start):
                keep[i] = False
    for i in range(1, end - start - 1):
        # 在新疆和田、喀什: the places of one list are one span
        if text[start + i] in "、和及与" and not keep[i - 1] and not keep[i + 1]:
            keep[i] = False
    return "".join(ch for ch, k in zip(text[start:end], keep) if k)


def owns_post(text: str, organisation: Mention, mentions: list[Mention]) -> bool:
    """An organisation followed by a post of its (代理主席 included): a title's owner, also
    through the bodies it is made of (联合国|贸发会议|秘书长)."""
    end = organisation.end
    while True:
        if any(m.type == "Position" and 0 <= m.start - end <= 2 for m in mentions):
            return True
        part = next((m for m in mentions if m.type == "Organization" and m.start == end), None)
        if part is None:
            return False
        end = part.end


# 出席上海合作组织峰会, 参加上述会见: what was attended comes next, an object
ATTENDED_BEFORE = re.compile(r"(?:出席|参加|列席)了?(?:上述|有关)?$")
# What closes a clause of time on what one attends, before the next verb (出席联合国大会期间分别
# 会见, 出席…会议前; not 举行了一个半小时会谈: how long the act took)
ATTENDED_CLAUSE_END = r"(?:期间|之前|前|之后|后|(?<!小)时)[，,]?(?:分别|先后|又|还|也)?"
ATTENDING_WHEN = re.compile(rf"[^，,。；;]{{0,20}}?{ATTENDED_CLAUSE_END}")


# 在总统选举中, 在访问期间, 在开幕和闭幕时, 当选后, 在昨天举行的…会议上: the setting of an
# act, whose words are no act of the subject's
SETTING = re.compile(
    rf"在[^，,。；;]{{0,12}}?(?:中|期间|(?:开幕|闭幕)时)|{AFTER_A_STEP.pattern}"
    r"|在[^，,。；;]{0,20}?(?:召开|举行|举办|开幕|闭幕)的"
)
# 希拉克还就以色列提出的…等共同关心的问题分别与…举行了会谈: what they talk about, whatever
# verbs it holds
ABOUT_TOPIC = re.compile(r"就[^，,。；;]{1,80}(?:问题|事宜|议题|情况|形势|事项)")
PLACE_RUN_MAX = 20  # 在 and the words of a place or body that ends where one acts


def a_place_of(text: str, organisation: Mention, mentions: list[Mention]) -> bool:
    """``在钓鱼台国宾馆``, ``在老挝国会``, ``前往和田地区人民医院``: an organisation after
    在/于/前往 (and a place, or in a list after 来到/前往/走进/赴 in its clause) is where."""
    start = organisation.start
    while True:
        place = next((m for m in mentions if m.type == "Place" and m.end == start), None)
        if place is None and text[start - 1 : start] in ("、", "和"):
            # 到自治区政协和田地区工委、喀什地区工委和墨玉县政协: one list of where (…政协机关、
            # …: with the offices of a body)
            end = start - 3 if text[start - 3 : start - 1] == "机关" else start - 1
            place = next(
                (m for m in mentions if m.type in ("Place", "Organization") and m.end == end),
                None,
            )
        if place is None:
            break
        start = place.start
    if text[start - 1 : start] in ("在", "于", "到", "赴") or text[start - 2 : start] in (
        "前往", "来到", "走进", "深入",
    ):  # fmt: skip
        return True
    if text[start - 1 : start] == "去" and text[start - 2 : start] not in NOT_GONE_TO:
        return True  # 王启民去中央党校参加了…研讨班: where he went (not 过去, 失去)
    # 总书记接连来到苏州工业园区、紫金山实验室调研: one of a list gone to, though the tagger
    # cut a place of it (苏州工业园|区)
    clause = max(text.rfind(mark, 0, organisation.start) for mark in "，。；,;") + 1
    if any(text.find(lead, clause, organisation.start) >= 0 for lead in DESTINATION_LEADS):
        return True
    # 在阿拉木图哈萨克阿里法拉比国立大学发表讲话: where, though the tagger read the words
    # between 在 and the body in part; no one named and nothing done in between
    at = text.rfind("在", clause, organisation.start)
    return (
        at >= 0
        and organisation.start - at <= PLACE_RUN_MAX
        and not any(m.type == "Person" and at < m.start < organisation.start for m in mentions)
        and not verb_cues().search(text, at + 1, organisation.start)
    )


def stands_for(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """``洪森特别代表``, ``习近平主席特别代表``: the person is whom the next name represents."""
    after = next(
        (m.end for m in mentions if m.type == "Position" and m.start == person.end), person.end
    )
    return text.startswith(ENVOY_OF, after) or text.startswith(ENVOY_OF, person.end)


def _quoted_in_title(text: str, name: Mention, before: int) -> bool:
    """Is ``name`` part of a longer quoted title that closes before ``before``?"""
    opening = text.rfind("“", 0, name.start)
    closing = text.find("”", name.end, before)
    return (
        opening >= 0
        and closing >= 0
        and text.find("”", opening, name.start) < 0
        and (opening + 1, closing) != (name.start, name.end)
    )


def _moved_from_or_to(text: str, body: Mention, before: int) -> bool:
    """``陈云峰从城关镇内设机构青马办事处调到沙善办事处当…``: a body one moves from or to, before
    the verb at ``before``, is where, not who."""
    if text.endswith(MOVED_TO, 0, body.start):
        return True
    origin = text.rfind("从", 0, body.start)
    return (
        origin >= 0
        and not CLAUSE_BREAK.search(text, origin, body.start)
        and any(word in text[body.end : before] for word in MOVED_TO)
    )


def _done_to(text: str, mentions: list[Mention], name: Mention) -> bool:
    """``李道豫…对美国国务卿奥尔布赖特进行了辞行拜会``: a name after 对 (its titles between) and
    before a light verb is whom the act is done to, not who does it (not 对习近平主席…出席…表示
    欢迎, 对卢拉总统再次就任…的祝贺: what the one after 对 did is welcomed)."""
    if not text.startswith(("进行", "开展"), name.end):
        return False
    at = name.start
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.end == at and m.type in ("Position", "Place", "Organization"):
            at = m.start
    return text.endswith("对", 0, at)


def subjects(text: str, mentions: list[Mention], before: int) -> list[Mention]:
    """The list of persons (or organisations) whose verb starts at ``before``.

    ``中共中央政治局委员、中央军委副主席迟浩田以及张震、张思卿同志出席``: the three
    names, with their posts, form one subject; a comma may separate titled names.
    """
    # 在钓鱼台国宾馆: an organisation after 在 or 于 is where, not who.
    # The owner of a post (亚奥理事会 in 亚奥理事会代理主席辛格) is part of a title, not a subject.
    candidates = [
        m
        for m in mentions
        if m.end <= before
        and m.type in ("Person", "Organization")
        and not (m.type == "Organization" and a_place_of(text, m, mentions))
        and not (m.type == "Organization" and owns_post(text, m, mentions))
        # (…张国清，以及中共中央、国务院有关部门负责同志应邀到会: whose officials, unnamed)
        and not (m.type == "Organization" and OFFICIALS_OF.match(text, m.end))
        # (在昨天举行的亚太经合组织贸易部长会议上发言: the body whose meeting it is, before its
        # name, or inside the name of one attended: 出席上海合作组织峰会前会见…)
        and not (
            m.type == "Organization"
            and any(
                e.type == "Event"
                and (
                    e.start == m.end
                    or (
                        e.start <= m.start < m.end < e.end
                        and ATTENDED_BEFORE.search(text, max(0, e.start - 4), e.start)
                    )
                )
                for e in mentions
            )
        )
        # (王岐山在出席联合国大会期间会见了…: the body whose session one attends, told as when)
        and not (
            m.type == "Organization"
            and ATTENDED_BEFORE.search(text, max(0, m.start - 4), m.start)
            and ATTENDING_WHEN.fullmatch(text, m.end, before)
        )
        # (商铭渔，受公司董事会委托来到…看望…: on whose behalf)
        and not (text.endswith("受", 0, m.start) and text.startswith(("委托", "的委托"), m.end))
        # (蔡方柏为总领馆揭牌并发表了讲话: the body a ceremonial act is done for)
        and not (text.endswith("为", 0, m.start) and CEREMONIAL_ACT.match(text, m.end))
        # (习近平通过中央广播电视总台和互联网，发表…: the means, not who)
        and not (m.type == "Organization" and text.endswith("通过", 0, m.start))
        # (李长水被公安部授予…称号: the agent of a passive is not who the verb is said of;
        # 来自战略支援部队的吴升艳代表: where a deputy comes from)
        and not text.endswith(("被", "来自"), 0, m.start)
        and not (m.type == "Organization" and _moved_from_or_to(text, m, before))
        and not _done_to(text, mentions, m)
        # (梁惠珍受美国中华医学会邀请，参加…: who invited, not who goes)
        and not (m.type == "Organization" and INVITER.match(text, m.end))
        # (…专家学者及张太雷亲属共１２０多人…举行学术研讨会: the one whose kin they are)
        and not (m.type == "Person" and KIN_AFTER.match(text, m.end))
        # (在张太雷的出生地常州举行…: whose birthplace, where it was held)
        and not (text[m.start - 1 : m.start] == "在" and text.startswith("的", m.end))
        # (何鸿（申音）: a character of the name before, spelt out in brackets)
        and not (
            text[m.start - 1 : m.start] in ("（", "(")
            and any(p.type == "Person" and p.end == m.start - 1 for p in mentions)
        )
        # (玛哈哇集拉隆功殿下将作为普密蓬国王的御代表…访问: whom one stands in for is not who)
        and not ("作为" in text[max(0, m.start - 8) : m.start] and STANDS_IN_FOR.match(text, m.end))
        # (“文明之光——红山·良渚与中华文明”主题展览也正式揭幕: a name inside a quoted title)
        and not _quoted_in_title(text, m, before)
    ]
    if CEREMONIAL_ACT.match(text, before):
        # (…人工智能工作室揭牌仪式: the body whose plaque is unveiled; a body acts for
        # something, 联合国人口基金为我六女孩颁奖)
        while (
            candidates
            and candidates[-1].type == "Organization"
            and "为" not in text[candidates[-1].end : before]
        ):
            candidates.pop()
    # 林珊力压队友李亚杰夺得…: the one beaten is no subject
    beaten: list[Mention] = []
    for m in candidates:
        if BEATEN.search(text, max(0, m.start - 10), m.start) or (
            # (击败队友王励勤和阎森，获得…: each of the pair beaten)
            beaten and text[beaten[-1].end : m.start] in ("和", "、", "及", "与")
        ):
            beaten.append(m)
    candidates = [m for m in candidates if m not in beaten]
    # 王勇代表全国政协，郑建邦代表民革中央，…分别向…敬献花篮: each body a name speaks for
    candidates = [
        m
        for m in candidates
        if not (
            m.type == "Organization"
            and text.endswith("代表", 0, m.start)
            and any(p.type == "Person" and p.end == m.start - 2 for p in candidates)
        )
    ]
    # 谈绪祥代表北京市人民政府，…: the bodies one speaks for are not who acts
    represented = _partner_bodies(text, candidates, ("代表",))
    if represented and represented < len(candidates):
        del candidates[-represented:]
    # 阿拉奇代表联合国秘书长安南致闭幕词: the person one speaks for is not who speaks
    spoken_for = _people_spoken_for(text, mentions, candidates)
    candidates = [m for m in candidates if m not in spoken_for]
    if not candidates:
        return []
    # 习近平就美国前总统吉米·卡特逝世向…致唁电: the names of what it is about are not who
    about = text.rfind("就", 0, before)
    if about > 0 and not CLAUSE_BREAK.search(text, about, before):
        inside = sum(1 for c in candidates if c.start > about)
        if 0 < inside < len(candidates):
            del candidates[-inside:]
    if candidates[-1].type == "Person" and stands_for(text, candidates[-1], mentions):
        # (…、作为习近平主席特别代表赴阿塞拜疆出席…: whom the envoy stands for does not go)
        candidates.pop()
        if not candidates:
            return []
    last = candidates[-1]
    acted_on = _object_of_verb_before(text, mentions, last, before)
    if acted_on is not None:
        return subjects(text, mentions, acted_on)
    gap = _gap_to_verb(text, mentions, last.end, before)
    to = max(text.rfind("向", 0, before), text.rfind("给", 0, before))
    if (
        _verb_gap(gap)
        and to > 0
        and to < last.start
        and all(not (m.start <= to < m.end) for m in mentions)
        and SUBJECT_GAP.match(stripped_gap(text, mentions, to + 1, last.start))
    ):
        # 他向阿拉法特通报了…: whoever comes after 向 or 给 is to whom, even right before
        # the verb
        candidates = [c for c in candidates if c.start < to]
        if not candidates:
            return []
        last = candidates[-1]
        gap = _gap_to_verb(text, mentions, last.end, before)
    if not _verb_gap(gap):
        # 习近平主席同海合会国家领导人举行…峰会: bodies after 同 (or 代表) that the verb does
        # not follow at once are with (or for) whom, not who; 谈绪祥向孙中山先生像敬献花篮:
        # and whoever comes after 向 (or 给: 给…的队员们回信) is to whom
        partners = _partner_bodies(text, candidates)
        to = max(text.rfind("向", 0, before), text.rfind("给", 0, before))
        if not partners and to >= 0 and not CLAUSE_BREAK.search(text, to, before):
            partners = sum(1 for c in candidates if c.start > to)
        if not partners or partners == len(candidates):
            return []
        del candidates[-partners:]
        last = candidates[-1]
        gap = _gap_to_verb(text, mentions, last.end, before)
        if not _verb_gap(gap):
            return []
    own_gap = stripped_gap(text, mentions, last.end, before, named_events=True)
    # (宋赛同日也向开幕式致贺信: what follows 向 or 给 is to what, not something done first)
    own_gap = re.split("[向给]", own_gap, maxsplit=1)[0]
    # (姆南加古瓦在总统选举中…当选: the setting's words are no act of the name's)
    own_gap = ABOUT_TOPIC.sub("", SETTING.sub("", own_gap))
    # (率调研组赴江西调研: the group's name says what it does, the name did nothing else first)
    own_gap = LED_GROUP.sub("", own_gap)
    # (叶利钦于当天下午抵达波恩参加…: one arrives to do it, the arrival no other act)
    own_gap = ARRIVED_TO.sub("", own_gap)
    own_gap = AT_BARE_CEREMONY.sub("", own_gap)  # (…也在开幕式致辞: 开幕 is where, no act)
    own_gap = CARRIED_ALONG.sub("", own_gap)  # (带着慰问品去看望: a gift named, no act)
    own_gap = FOR_A_MEETING.sub("", own_gap)  # (为表彰大会发来贺信: what for, no act)
    if verb_cues().search(own_gap):
        return []  # 在人民大会堂会见了出席…: the name did something else first
    group = [last]
    reach = last.start  # where the list goes on before the names taken
    for index in range(len(candidates) - 2, -1, -1):
        mention = candidates[index]
        if mention.type != group[-1].type:
            earlier = [c for c in candidates[:index] if c.type == "Person"]
            if (
                mention.type == "Organization"
                and group[-1].type == "Person"
                and earlier
                and _body_in_titles(text, mentions, mention, earlier[-1], group[-1], reach)
            ):
                continue
            break
        if mention.type == "Person" and WIFE_OF.fullmatch(text, mention.end, reach):
            # 彭丽媛和邦戈夫人西尔维娅陪同, 罗荣桓元帅的夫人林月琴同志: the husband names the wife;
            # the list goes on before him
            reach = mention.start
            continue
        if mention.type == "Person" and _followed_by_party(text, mentions, mention, reach):
            # …李肇星，以及随科恩来访的美国国防部副部长斯洛科姆…参加: the one the party came
            # with names it; the list goes on before him
            reach = mention.start - 1
            continue
        if mention.type == "Person" and stands_for(text, mention, mentions):
            break  # 洪森特别代表、副首相谢索帕拉: 洪森 is whom the next one stands for
        gap = stripped_gap(text, mentions, mention.end, reach)
        if NEW_CLAUSE_WITH.search(gap) or not (
            SUBJECT_GAP.match(gap)
            or (mention.type == "Person" and _unnamed_in_list(gap))
            or (mention.type == "Person" and _lone_surname(gap))
            or (mention.type == "Person" and LISTED_TITLE.match(gap))
            or (
                mention.type == "Person" and owned_title_between(text, mentions, mention, group[-1])
            )
        ):
            break
        group.append(mention)
        reach = mention.start
    group.reverse()
    led = LED_PARTY.search(text, 0, group[0].start) if group[0].type == "Organization" else None
    if led is not None:
        # 由…俞晓松率领的中国企业家代表团参加了大会: the leader goes with the party he leads
        leader = [c for c in candidates if c.type == "Person" and c.end <= led.start()][-1:]
        if leader and SUBJECT_GAP.match(stripped_gap(text, mentions, leader[0].end, led.start())):
            group.insert(0, leader[0])
    elif group[0].type == "Organization":
        # 国务委员吴仪率中国代表团出席了会议: the one at the head of the party goes with it
        leader = [c for c in candidates if c.type == "Person" and c.end <= group[0].start][-1:]
        if leader and LEADS_PARTY.fullmatch(
            stripped_gap(text, mentions, leader[0].end, group[0].start)
        ):
            group.insert(0, leader[0])
    return group


# 考察…研究院并主持召开…, 分别考察A和B、主持召开…: a second verb after the first one's object
# 会见了…李会昌等政界和经济界人士，参观了…: a comma, and the next verb has no subject of its own
# (会见以色列总理内塔尼亚胡并即将会见…阿拉法特: a second verb to come)
CHAINED_VERB = re.compile(
    r"^(?:[，,]?并(?:即将|将|于[^，,。；;]{0,12})?|、|(?:等[^，,。；;]{0,12})?[，,](?:又|还|随后|之后)?)$"
)


def _object_of_verb_before(
    text: str, mentions: list[Mention], last: Mention, before: int
) -> int | None:
    """Where the verb starts whose object ends with ``last``, when a second verb at ``before``
    follows that object (``习近平考察中国历史研究院并主持召开…``: the institute is where he
    went; both verbs are his); None when ``last`` ends a subject."""
    if not CHAINED_VERB.match(stripped_gap(text, mentions, last.end, before).strip()):
        return None
    if text[last.start - 1 : last.start] == "的":
        return None  # (陪同考察的X并…: a relative clause on the subject)
    clause = max(text.rfind(c, 0, last.start) for c in "，,。；;：:") + 1
    # (会见了新当选并获中央政府任命的…岑浩辉，并发表重要讲话: the clause's first verb, not one
    # in a relative clause on its object)
    verb = verb_cues().search(text, clause, last.start)
    if verb is None or "时" in text[verb.end() : last.start]:
        return None
    return verb.start()


def _body_in_titles(
    text: str, mentions: list[Mention], body: Mention, name: Mention, next_name: Mention, reach: int
) -> bool:
    """A body the tagger read inside the titles of ``next_name``, between two names of a list
    (``…卡希米，…联邦最高委员会成员、哈伊马角酋长国酋长X``, ``谢蒂马，以及非盟委员会代表
    穆昌加``)."""
    return owned_title_between(text, mentions, name, next_name) or bool(
        LISTED_TITLE.match(stripped_gap(text, mentions, name.end, reach))
        and re.fullmatch(LISTED_NOUNS, stripped_gap(text, mentions, body.end, reach))
    )


# 随科恩来访的…斯洛科姆: the one a party came with, in a clause on the party's next name
FOLLOWED_VISITOR = re.compile(r"(?:来访|访华|来华|访问)的")


def _followed_by_party(text: str, mentions: list[Mention], person: Mention, reach: int) -> bool:
    """``随科恩来访的``: ``person`` is whom the next names came with, not one of the list."""
    return text.endswith("随", 0, person.start) and bool(
        FOLLOWED_VISITOR.fullmatch(stripped_gap(text, mentions, person.end, reach))
    )


def owned_title_between(
    text: str, mentions: list[Mention], name: Mention, next_name: Mention
) -> bool:
    """``覃大清、港珠澳大桥工程总工程师苏权科``: after 、 (和, 及) a post the next name holds,
    its owner something the tables do not know as a body. After a comma, the next name's
    titles may be several (``…卡希米，希腊总理高级代表、发展部部长斯克雷卡斯``)."""
    post = next((m for m in mentions if m.type == "Position" and m.end == next_name.start), None)
    # (郑海泉先生及汇丰资本市场总经理欧智华: the name's courtesy title before the list goes on)
    courtesy = COURTESY.match(text, name.end)
    lead = OWNED_TITLE_LEAD.match(text, courtesy.end() if courtesy else name.end)
    if post is None or lead is None:
        return False
    # (陈敏章以及“马海德基金会”理事长苏菲: a body in quotes the tagger did not read; 英国外交部
    # 北亚及太平洋地区事务助理次官: the bodies and places the tagger read, with their 及, set aside)
    for owner in (
        text[lead.end() : post.start].strip("“”"),
        stripped_gap(text, mentions, lead.end(), post.start),
    ):
        if 0 < len(owner) <= 16 and TITLE_OWNER.fullmatch(owner) is not None:
            return True
    return lead.group() in ("，", ",") and _title_run(text, mentions, lead.end(), post.start)


# One title of a run after a comma, up to the next name's post: words, a body's 和 inside
# (塞建设、交通和基础设施部长, 俄罗斯总统能源发展战略和生态安全委员会秘书长)
TITLE_IN_RUN = re.compile(r"(?:(?![及与的了在是为向对将把被说])[\u4e00-\u9fff])+")
TITLE_RUN_MAX = 40
ROLE_IN_BODY_WORDS = re.compile("|".join(ROLE_IN_BODY))


def _title_run(text: str, mentions: list[Mention], start: int, end: int) -> bool:
    """``text[start:end]`` is titles and bodies alone, set apart by 、 or 兼: no name, no verb
    (``希腊总理高级代表、发展部``, ``塞建设、交通和``)."""
    # (全国政协副主席、中央组织部分管日常工作的副部长姜信治: what the holder does in the body)
    run = ROLE_IN_BODY_WORDS.sub("", text[start:end])
    if not 0 < len(run) <= TITLE_RUN_MAX or verb_cues().search(run):
        return False
    if any(m.type == "Person" and start <= m.start < end for m in mentions):
        return False
    pieces = re.split("[、兼]", run)
    if not pieces[-1]:
        pieces.pop()  # (董事长、|党委书记左丁: the run ends where the post's own list goes on)
    # (a piece may end with 和 only where the post's own name goes on: 交通和|基础设施部长)
    return all(
        TITLE_IN_RUN.fullmatch(piece) is not None
        and piece[0] != "和"
        and (piece[-1] != "和" or index == len(pieces) - 1)
        for index, piece in enumerate(pieces)
    )


# People named by their group alone, going on a list of names before its verb: …龚心瀚，西藏
# 自治区、国家民委等有关部门领导，以及１０多家出版社社长参加了… (the bodies stripped first;
# 何光、江苏省政府领导等以及数千名中外宾朋参加了…: guests counted roughly, after an 等)
# (…等有关部门的, 各单位: the kind of body an unnamed group's people are of, before the word
# for them)
OF_BODIES = r"等?(?:有关|相关|各)?(?:部门|单位|方面|地方)?的?"
# … and the word for them, inside a list (GROUP_IN_LIST) and at its end (UNNAMED_GROUP, which
# also takes 领导, 代表, the heads of units and guests counted roughly)
UNNAMED_PEOPLE = "负责同志|负责人|领导同志|专家学者|专家|学者|人士|嘉宾"
UNNAMED_GROUP = re.compile(
    r"[，,、]?等?(?:以及|及|和|还有)?(?:[0-9０-９]+|[数几近上]?[一二三四五六七八九十百千万]+)?多?[家个位名]?"
    rf"(?P<words>[\u4e00-\u9fff]{{0,8}}?){OF_BODIES}"
    rf"(?:{UNNAMED_PEOPLE}|领导|代表|社长|院长|校长|厂长|来宾|宾客|宾朋"
    r"|职工|工人|干部|群众|村民|同事)们?"  # (张致玲和职工们于…签订了…: those she works with)
)
# 何鸿（申音）: a character of the name the type lacked, spelt out in brackets after it
NAME_NOTE = re.compile(r"^[（(][^）)]{1,4}[）)]")
# What is left of a list's unnamed rest once its posts are stripped: 以及１０多家出版社|社长
LIST_JOINS = re.compile(r"(?:[，,、]?(?:以及|及|和|还有|等)(?:全体|部分|其他|其余)?)*")


# An unnamed group the list goes on past, to names again: …王克以及…等有关方面负责同志，…林月琴
# 同志…出席 (a conjunction opens it and a list's mark closes it, so a clause of its own after a
# comma is no such group)
# (…拉赫蒙…和印度代表，观察员国蒙古国领导人，主席国客人…领导人，以及…古特雷斯: groups named
# by their state alone, one after another, each set off by a comma)
_GROUP_NAMED = rf"[^，,。；;]{{0,30}}?{OF_BODIES}(?:{UNNAMED_PEOPLE}|领导人|代表)们?"
GROUP_IN_LIST = re.compile(
    rf"(?:以及|及|和|、)(?:{_GROUP_NAMED}[，,])*{_GROUP_NAMED}(?:[，,、](?:以及|及|和)?|以及|及|和)"
)


def _lone_surname(gap: str) -> bool:
    """``赵有亮、陈、陈薪伊``: a surname alone between two names of a list, a name whose rare
    character the text lost, and the list goes on."""
    from kgraph.extract.crf import SURNAMES  # (not at import: the CLI's help loads no tagger)

    return len(gap) == 3 and gap[0] == gap[2] == "、" and gap[1] in SURNAMES


def _unnamed_in_list(gap: str) -> bool:
    """``gap`` between two names of a list is a group named by its people alone (the bodies
    and places stripped): ``和有关方面负责人，以及``, ``以及中央国家机关、等有关方面负责同志，``."""
    return GROUP_IN_LIST.fullmatch(gap) is not None and not verb_cues().search(gap)


def _gap_to_verb(text: str, mentions: list[Mention], start: int, end: int) -> str:
    """What stands between a subject and its verb, without the posts, bodies, places, days,
    what a ceremonial act is done for (``为公司成立|揭牌``) and, after a person, the unnamed
    groups of a list (:data:`UNNAMED_GROUP`) or the other side named by a post alone
    (``李强和德国总理|共同出席``)."""
    gap = ABOUT_TOPIC.sub("", stripped_gap(text, mentions, start, end))
    if CEREMONIAL_ACT.match(text, end):
        # (吴邦国为公司成立揭牌, 村山富市与…顾浩一起为新落成的“…纪念园”揭牌: what the plaque is
        # unveiled for, or to whom the prize goes, is no act of the subject's)
        gap = FOR_WHAT.sub("", gap)
    if gap in ("，", ",") and any(m.type == "Date" and m.start == start + 1 for m in mentions):
        return ""  # 尉健行，贾庆林，今天到…家中看望: the comma sets off the day, no other clause
    after_a_person = any(m.type == "Person" and m.end == start for m in mentions)
    if after_a_person:
        gap = NAME_NOTE.sub("", gap)  # (何鸿（申音）及全体委员出席: a character spelt out)
    # (not after a body: 军事科学院，国防大学和北京军区的有关负责人 are its people, unnamed)
    if gap[:1] in "，,、以及和" and after_a_person:
        unnamed = UNNAMED_GROUP.match(gap)
        while unnamed is not None and unnamed.end() and not verb_cues().search(unnamed["words"]):
            gap = gap[unnamed.end() :]
            unnamed = UNNAMED_GROUP.match(gap)
        joins = LIST_JOINS.match(gap)
        rest = gap[joins.end() :] if joins is not None and joins.end() else None
        if (
            rest is not None
            and (not rest or _verb_gap(rest))
            and any(m.type == "Position" and start <= m.start < end for m in mentions)
        ):
            # (…龚心瀚以及１０多家出版社社长参加了: titled, unnamed, the posts stripped;
            # 李强和德国总理共同出席…: the other, named by the post alone, before what both do)
            return rest
    return gap


def _verb_gap(gap: str) -> bool:
    # 钱其琛，８日下午在这里与…: a comma may set off when and where, not another clause.
    return bool(
        VERB_GAP.match(gap) or (gap[:1] in "，," and len(gap) > 1 and VERB_GAP.match(gap[1:]))
    )


# What may stand between one who speaks for another and 代表 (李瑞环首先代表江泽民总书记…)
SPEAKER_BEFORE_FOR = re.compile(r"(?:首先|还|也|又|专门|特地|特意)?")


def _people_spoken_for(
    text: str, mentions: list[Mention], candidates: list[Mention]
) -> list[Mention]:
    """``丁薛祥代表习近平主席…``, ``李瑞环首先代表江泽民总书记、李鹏总理向…祝贺``: the persons
    (titled, in a list) after a person's 代表, for whom that person acts."""
    spoken_for: list[Mention] = []
    if "代表" not in text:
        return spoken_for  # (most sentences: no one acts for another)
    for index, person in enumerate(candidates):
        if person.type != "Person":
            continue
        if spoken_for and stripped_gap(text, mentions, spoken_for[-1].end, person.start) in (
            "、",
            "和",
            "及",
            "与",
        ):
            spoken_for.append(person)  # (…代表江泽民总书记、李鹏总理: the list goes on)
            continue
        lead = text.rfind("代表", 0, person.start)
        if (
            lead < 0
            or stripped_gap(text, mentions, lead + 2, person.start)
            # (胡春华代表全国政协、…主席郑建邦代表民革中央: a body spoken for, then another who
            # speaks)
            or re.search("[、，,；;]", text[lead + 2 : person.start])
            or any(m.type == "Position" and m.start <= lead < m.end for m in mentions)
        ):
            continue  # (全国人大代表李四: a deputy, a post)
        if any(
            speaker.type == "Person"
            and speaker.end <= lead
            and SPEAKER_BEFORE_FOR.fullmatch(stripped_gap(text, mentions, speaker.end, lead))
            # (…苏弗里亲王、卡塔尔埃米尔代表焦安亲王、…出席: an item of a list of those who
            # attend, the envoy named after 代表)
            and not stripped_gap(text, mentions, max(0, speaker.start - 12), speaker.start)
            .rstrip()
            .endswith("、")
            for speaker in candidates[:index]
        ):
            spoken_for.append(person)
    return spoken_for


def _partner_bodies(
    text: str, candidates: list[Mention], leads: tuple[str, ...] = ("同", "与", "跟", "代表")
) -> int:
    """How many organisations end ``candidates`` as one list after one of ``leads``
    (同/与/跟: with whom; 代表: for whom), 0 when they do not."""
    for count, body in enumerate(reversed(candidates), start=1):
        if body.type != "Organization":
            return 0
        if any(text[max(0, body.start - len(lead)) : body.start] == lead for lead in leads):
            return count
        if text[body.start - 1 : body.start] not in ("、", "和", "及"):
            return 0
    return 0


# What makes the one met with (同X, 与X) a fellow host of the meeting after it: X与Y共同会见…
TOGETHER = ("共同", "一起", "一道", "一同")
JOINTLY_AFTER = re.compile(rf"(?:在[^，,。；;]{{1,10}}?)?(?:{'|'.join(TOGETHER)})")


@pattern
def meetings(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``习近平同哥伦比亚总统佩特罗会谈``, ``X会见Y``, ``X与Y通电话``: the two sides met.

    Two names with no other name and no clause break between them, and a meeting
    cue between them (or 同/与 between and the cue right after the second). Who
    else took part, and in which event, is the frames' business.
    """
    persons = [m for m in mentions if m.type == "Person"]
    for host, guest in pairwise(persons):
        if host.text == guest.text:
            continue  # (王忠禹会见…董事长据新华社…电国务委员…王忠禹今天…: a headline's name)
        between = text[host.end : guest.start]
        if between in ("和夫人", "及夫人", "偕夫人"):
            continue  # (李鹏和夫人朱琳…会见了…: the couple host together)
        if CLAUSE_BREAK.search(between) or PRONOUN_SUBJECT.search(between):
            continue  # (…哈桑二世通报了他在访美期间和克林顿会谈: 他 met him, not 哈桑二世)
        if between.endswith(("陪同", "随同")):
            continue  # (…徐锡安等分别陪同李岚清同志进行了看望: one goes with him, not to him)
        if text[guest.end : guest.end + 1] == "的":
            continue  # (会见了…叶利钦的特使波苏瓦柳克: whose envoy)
        stop = clause_end(text, guest.end)
        rest = text[guest.end : stop]
        met, joined = _has(between, "meet"), _has(between, "with")
        if met and APPOINTING.search(between):
            continue  # (朱镕基会见离到任驻华大使和代表任命马恩汉为…: a headline, then a decision)
        if "时在座" in rest[:12]:
            continue  # (罗斯和…尚慕杰会见时在座: both sat in on it, on one side)
        cue = verb_cues().search(between)
        if (
            cue is not None
            and _object_of_verb_before(text, mentions, host, host.end + cue.start()) is not None
        ):
            # (克林顿当天会见…内塔尼亚胡并即将会见…阿拉法特: the one met first is no host of
            # the second meeting)
            continue
        # (孟祥芬与…徐跃起结缘，总是…来看望小跃起: the visit is another clause's)
        own = re.split("[，,]", rest, maxsplit=1)[0]
        if (
            joined
            and not met
            and (
                # (…费希尔和国库部长科斯特洛…分别会见了…董建华: hosts together; …戴秉国等…和…
                # 谷野作太郎等…参加了会见: both attended; 同阿联酋总统扎耶德和…苏尔坦举行了会谈:
                # both the other side)
                any(guest.end < m.start < stop for m in persons)
                or ATTENDED_TALKS.search(own[:12])
                or PARTNER_BEFORE.search(text, max(0, host.start - 16), host.start)
            )
        ):
            continue
        if joined and not met and JOINTLY_AFTER.match(own):
            # (李克强…与德国总理朔尔茨共同会见中德经济界代表, 金子昌资与…韦尔在东京共同会见记者:
            # hosts together)
            continue
        if met or (joined and _has(own[:12], "meet")):
            yield Relation("metWith", host, guest, evidence)


@pattern
def issuing(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``A与B、C联合印发《D》``: every issuer of the list issued D."""
    documents = [m for m in mentions if m.type == "Document"]
    for cue in cue_pattern("issue").finditer(text):
        # (印发《D》, 制定出《D》, 印发了《D》: the document the verb takes)
        document = next(
            (d for d in documents if ISSUED_GAP.fullmatch(text, cue.end(), d.start)), None
        )
        if document is None:
            continue
        if "签署" in cue.group() and AGREEMENT.search(document.text):
            continue  # 签署了…联合公报: the parties sign it; it is no one's issue (Signing)
        issuers = subjects(text, mentions, cue.start())
        if not issuers and text[cue.start() - 1 : cue.start()] in ("，", ","):
            issuers = subjects(text, mentions, cue.start() - 1)  # (…会同B，印发《D》)
        if not issuers and CARRIED_ON_TO_ISSUE.search(text, 0, cue.start()):
            # 退役军人事务部今天…启用…标识牌，并同步印发《D》: the body the sentence opens with
            issuers = _opening_bodies(text, mentions)
        joined = JOINED_ISSUER.search(text, 0, issuers[0].start) if issuers else None
        if joined is not None:
            # 国家医保局日前会同人力资源社会保障部印发《D》: the body that acts with the others
            issuers = subjects(text, mentions, joined.start()) + issuers
        opening = issuers[0].start if issuers else cue.start()
        # 我部会同C、D印发《E》: the document's own body, resolved by discourse.document_relations.
        own = SELF_REFERENCE.search(text, max(0, opening - 8), opening)
        if own is not None:
            yield Relation(
                "issued", _self_reference(own, issuers or [document]), document, evidence
            )
        for issuer in issuers:
            yield Relation("issued", issuer, document, evidence)


def _opening_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The list of organisations a sentence opens with (after its time at most)."""
    bodies = [m for m in mentions if m.type == "Organization"]
    if not bodies or stripped_gap(text, mentions, 0, bodies[0].start).strip(" ，,（）()"):
        return []
    listed = bodies[:1]
    for body in bodies[1:]:
        if text[listed[-1].end : body.start] not in ("、", "和", "与", "及"):
            break
        listed.append(body)
    return listed


@pattern
def places(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``河南省漯河市源汇区``: each place lies in the one before (where events were: frames)."""
    for left, right in pairwise(mentions):
        if left.type == "Place" and right.type == "Place" and left.end == right.start:
            if len(left.text) == 1 or len(right.text) == 1:
                continue  # 中科友谊, 中澳合作: two countries' one-character forms, side by side
            yield Relation("locatedIn", right, left, evidence)


@pattern
def sub_organisations(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``人社部办公厅`` is a unit of ``人社部``: an organisation name followed by a unit word."""
    from kgraph.extract.lexicon import match_lexicon

    for mention in mentions:
        if mention.type != "Organization":
            continue
        for unit in cues()["unit"]:
            if mention.text.endswith(unit) and len(mention.text) > len(unit) + 1:
                parent_text = mention.text[: -len(unit)]
                known = [m for m in match_lexicon(parent_text) if m.type == "Organization"]
                if known and known[0].start == 0 and known[0].end == len(parent_text):
                    parent = Mention(
                        mention.start,
                        mention.start + len(parent_text),
                        "Organization",
                        parent_text,
                        value=known[0].value,
                        sentence=mention.sentence,
                        source="unit",
                    )
                    yield Relation("subOrganizationOf", mention, parent, evidence)
                break


# 时任, 曾任, 原任, 前任, 历任, 先后任, 曾经担任 before a post and the rest of its list (历任A、
# B), or 原 / 前 right before it (原国务院总理, 美国前|总统): a post held before the text's time
FORMERLY_HELD = re.compile(
    r"(?:时任|曾经?(?:担)?任|原任|前任|历任|先后(?:担)?任)[^，,。；;：:]*$"
    f"|[{''.join(ONCE_HELD)}]$"
)


def formerly_held(sentences: list[str], relations: list[Relation]) -> list[Relation]:
    """``relations`` with each holding a sentence (``sentences``, by index) tells as held
    before its time marked ``former``."""

    def told_as_former(post: Mention) -> bool:
        if post.sentence < 0:
            return False
        text = sentences[post.sentence]
        owner = post.owner or ""
        start = post.start - len(owner) if text.endswith(owner, 0, post.start) else post.start
        return FORMERLY_HELD.search(text, 0, start) is not None

    return [
        replace(relation, former=True)
        if relation.relation == "holdsPosition" and told_as_former(relation.tail)
        else relation
        for relation in relations
    ]


def extract_relations(text: str, mentions: list[Mention], evidence: Evidence) -> list[Relation]:
    """All relations the sentence patterns find among ``mentions`` (offsets into ``text``)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    found: dict[tuple, Relation] = {}
    for find in PATTERNS:
        for relation in find(text, ordered, evidence):
            key = (
                relation.relation,
                relation.head.start,
                relation.head.end,
                relation.head.type,
                relation.tail.start,
                relation.tail.end,
                relation.tail.type,
            )
            found.setdefault(key, relation)
    return [found[key] for key in sorted(found)]


def _self_reference(found: re.Match[str], near: list[Mention]) -> Mention:
    return Mention(
        found.start(1),
        found.end(1),
        "Organization",
        found.group(1),
        sentence=near[0].sentence,
        source=SELF_SOURCE,
    )
