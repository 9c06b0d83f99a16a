"""Position mentions: titles, with the organisation or place that owns the post.

A Position mention is an optional owner prefix followed by a title from
``ontology/titles.tsv`` (longest match): ``中华全国总工会主席``, ``国务院副总理``,
``哥伦比亚总统``, ``总书记``. The prefix is the run of text between the last
boundary (punctuation, a function word such as 同/在/和, a verb such as 会见) and
the title, kept only when it looks like an owner:

* it ends with an organisation word (``…会``, ``…部``, ``…委员会``, ``中央``, ``人大``)
  or is a known organisation or place (``ontology/organizations.tsv``, ``places.tsv``);
* before a local title (``省长``, ``市委书记``) any short prefix that is not a
  person's name is a place: ``河北省委书记``;
* before a foreign title (``总统``, ``首相``) a prefix ending in 国 or followed by a
  name: ``哥伦比亚总统佩特罗`` but not ``佩特罗总统表示``.

A person's name before a title (``习近平总书记``) is never taken as the owner, so
a title never becomes part of a name. Titles that are really part of a longer
word (``委员会``, ``书记处``, ``伟大使命``, ``城市长远``) are not mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kgraph.extract.dictionary import COMMON_FREQUENCY, jieba_dictionary
from kgraph.lexicons import PARTY_ORGANS, ontology_dir
from kgraph.records import Mention
from kgraph.text import halfwidth, read_table, read_words, trie_regex

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

MAX_PREFIX = 16  # characters looked at before a title for its owner
NAME_SEPARATORS = "、和及与"
MAX_NAME_RUN = 12  # longest name looked for, for transliterations with a middle dot


@dataclass(frozen=True, slots=True)
class Titles:
    """The titles table: ``title -> (english label, kind)``, and its matcher."""

    labels: dict[str, tuple[str, str]]
    pattern: re.Pattern[str]
    foreign: frozenset[str]
    occupations: frozenset[str]  # rank-and-file jobs (航天员, 医生): a word for many people

    def __contains__(self, title: object) -> bool:
        return title in self.labels

    def kind(self, title: str) -> str:
        """The kind of ``title`` (party, state, foreign, rank, …); "" for no known title."""
        return self.labels.get(title, ("", ""))[1]

    def title_of(self, post: str) -> str:
        """The longest title ``post`` ends with (首席科学家, not 科学家; 反对党|领导人), or ""."""
        return next((post[i:] for i in range(len(post)) if post[i:] in self.labels), "")

    def occupation(self, post: str) -> bool:
        """Whether ``post`` is a job's word, its owner or none before it (中国选手, 医生)."""
        return self.title_of(post) in self.occupations


# The heads a firm's function opens (财务 + 总监, 销售 + 经理): rows of kind ``function``
FUNCTION_HEADS = ("总监", "副总监", "经理", "副经理")


def load_titles(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """``title -> (english label, kind)`` from a titles table (default ``ontology/titles.tsv``).

    A row of kind ``function`` (财务, finance) is no title: it makes one of each head of
    FUNCTION_HEADS (财务总监, finance director; 财务经理, finance manager)."""
    rows = read_table(path or ontology_dir() / "titles.tsv", ("title", "label_en", "kind"))
    labels = {row["title"]: (row["label_en"], row["kind"]) for row in rows}
    for function, (label, kind) in list(labels.items()):
        if kind == "function":
            del labels[function]
            for head in FUNCTION_HEADS:
                labels.setdefault(function + head, (f"{label} {labels[head][0]}", "corporate"))
    return labels


# The kinds of a bare title that the country of whom fills it makes a national post
NATIONAL_TITLE_KINDS = ("state", "foreign")


@cache
def titles() -> Titles:
    labels = load_titles()
    return Titles(
        labels=labels,
        pattern=re.compile(trie_regex(labels)),
        foreign=frozenset(t for t, (_en, kind) in labels.items() if kind == "foreign"),
        occupations=frozenset(t for t, (_en, kind) in labels.items() if kind == "occupation"),
    )


def _names(path: Path) -> frozenset[str]:
    """Names and unambiguous aliases of a lexicon table (``name``, ``aliases`` columns).

    The lexicons belong to the lexicon stage; here they only help recognise owners.
    """
    names: set[str] = set()
    for row in read_table(path, ("name", "aliases")):
        aliases = row["aliases"].split("|") if row["aliases"] else []
        names.update(n for n in (row["name"], *aliases) if len(n) >= 2 and not n.startswith("~"))
    return frozenset(names)


LOCAL_TITLE_HEADS = "省市县区州镇乡村"
# The mark of a post once held, between its owner and its title (政协原|主席, 美国前|总统)
ONCE_HELD = ("原", "前")
# … and of a post not yet taken up (印尼当选|总统, 候任|行政长官): the post is the elect's own,
# not the office (the president-elect does not hold 印尼总统 yet)
NOT_YET_HELD = ("当选", "候任")
# Either mark: a post so marked is another post than the office (美国前总统, 印尼当选总统)
STATUS_MARKS = ONCE_HELD + NOT_YET_HELD
# The next holder of a post, between whom it is of and its title (马尔代夫新一任总统, 为新任总理)
SUCCESSION = ("新一任", "新任", "下一任", "下任")


def split_status(owner: str) -> tuple[str, str]:
    """``owner`` without the status mark it ends with, and the mark: 印尼当选 -> (印尼, 当选),
    美国前 -> (美国, 前), 国务院 -> (国务院, "")."""
    mark = next((m for m in STATUS_MARKS if owner.endswith(m)), "")
    if not mark or len(owner) == len(mark):
        return owner, ""
    return owner[: -len(mark)], mark


# 该校, 该厂, 该公司: the unit the story just named, after 该 (not 该部门间委员会: 部门 is a word)
THE_UNIT = r"(?:[校院厂所局会社司县市省区镇乡村]|部(?!门)|公司)"
# Where the owner prefix stops, looking left from a title.
_BOUNDARY = re.compile(
    r"[^\u4e00-\u9fff0-9A-Za-z·]|(?<!共)和(?!改革|信息化|城乡建设|社会保障|旅游|计划生育)"
    r"|[0-9一二三四五六七八九十]+[日月年][电讯]?|[0-9一二三四五六七八九十两几]+[名位个]"
    r"|还有|只有|没有|已有|有一?[个位名]|即为|分别|来自|关于|加强|这位|那位|这名|像|以(?!色列)"
    # 该校, 该厂: the unit the story just named, not an owner in the text
    rf"|该{THE_UNIT}?"
    r"|任职于?|供职于?|时任|现任|原任|前任|新任|会见|会晤|接见|出席|参加|陪同|致电|致信|[复回]信|复电|致函|复函|担任过?|任过|表示|强调|指出|宣布"
    r"|任命|免去|欢迎|受到|感谢|祝贺|当选|连任|就任|出任|辞去|请辞|撤销|追认|选举|提名|[其应]"
    # Verbs that take the post as (part of) their object: 签署国家主席令, 贯彻军委主席负责制,
    # 决定递补中央委员会候补委员, 向国会发起总统弹劾; and groups that are no owner: 两国总理.
    r"|签署|贯彻|落实|递补|增补|补选|推选|罢免|决定|发起|提起|推翻|召开|强化|获得|包括"
    r"|批准|审议|听取|邀请|接受|举行|主持|率领|带领|看望|慰问|拜会|会同|广大|全体"
    # Verbs whose object is the post or its holder: 行使总统权限, 立即中断总统(任期), 团结引导
    # 政协委员, 要求阻止过渡政府总理, 回答记者提问; places counted (设置多处警长公开栏).
    r"|行使|代行|中断|接替|引导|团结|阻止|要求|回答|设置|[多几数]处"
    # … and verbs of a campaign for the post's system: 深入开展军委主席负责制, 持续推动, 阐释
    r"|开展|推动|阐释|庆祝|拥护|捍卫"
    # … and verbs of wishing and of making use (祝愿总统先生早日康复, 发挥政协委员主体作用),
    # the 有 of a list (出席全会的有中央委员199人)
    r"|祝愿|祝福|发挥|(?<=的)有"
    r"|[两三四五六七八九十几多各][国方](?!集团|联盟|组织)|双方"
    # (同 with, not the 同 of 台湾同胞联谊会, 同乡会, 同学会, 中国民主同盟)
    r"|今天|昨天|日前|近日|当晚|当天|同志|同(?![乡学胞盟济业仁])"
    r"|[与及向被把为是了说称给据兼从将于让请率任]|在(?!野党)"
    # (not the 对 and 派 of 反对党, 反对派: the opposition, a party's word)
    r"|(?<!反)对|(?<=反)对(?![党派])|(?<!反对)派"
    # (not the 的 of 党的建设, a body's words: 中央党的建设工作领导小组组长)
    r"|(?<!党)的|的(?!建设)"
    # (由 of 由…率领; not the 由 of 自由, 日本自由民主党总裁, 海南自由贸易港)
    r"|(?<!自)由"
)
# What may stand before such a body word: a term, 全国 or a place by its kind (十四届全国, 河北省)
_BODY_OWNER = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|自治区|特别行政区|特区))?"
    r"(?:第?[0-9一二三四五六七八九十]+届)?(?:全国)?"
)
# The bodies a title may open with: 人大代表, 政协委员, 党委书记, 党组成员
_BODY_HEAD = re.compile(r"人大|政协|党委|党组|军委|团委|工会")
# A party named in quotes, 党 inside them or right after (“我们的党”, “阿玛纳特”党), that ends
# where its post begins
QUOTED_PARTY = re.compile(r"[“\"][^“”\"，,。；;]{1,20}(?:[”\"]党|党[”\"])$")
_LEADING_MODIFIER = re.compile(r"^(?:原|前|首任|历任|代理)")
# Words that open a post and never an organisation: 候补中央委员, 副…, 常务…
_POST_MODIFIER = re.compile(r"候补|副|常务|名誉|代理|执行")
# A university's department: 北京大学化学系, 中央美术学院中国画系 (not 体系, 关系, nor 电机系系)
UNIVERSITY = r"(?:大学|学院)"
DEPARTMENT_TAIL = r"[\u4e00-\u9fff]{1,8}(?<![关体派联谱星水系])系"
DEPARTMENT = UNIVERSITY + DEPARTMENT_TAIL
# Organisation words that never end a person's name.
_ORG_END = re.compile(
    r"(?:委员会|常委会|政府|中央|人大|政协|军委|工会|总工会|联合会|协会|学会|公司|集团|银行|大学|学院"
    r"|中心|杜马|[部局委院厅署办处室党派会社团组司所校厂矿]|[省市县区州盟旗]|自治区|特别行政区"
    rf"|{DEPARTMENT})$"
)
# Words that end in 部 and name no body after a body's name (…有限公司外部|董事: an external
# director; not 中央对|外部|部长, the department of foreign affairs, cut at 对)
_WORDS_ENDING_LIKE_A_BODY = re.compile(r"(?<=.)(?:外部|内部|全部|局部)$")
# An armed service or command: 陆军, 美国海军, 东部战区, 兰州军区
_SERVICE_END = re.compile(r"(?:陆军|海军|空军|火箭军|战区|军区|武装力量|武装部队|国防军)$")
# A trailing 国 marks a country: 美国, 中华人民共和国 (not 十四届全国: nationwide).
_COUNTRY_END = re.compile(r"(?:(?<!全)国|共和国|王国|联邦|合众国)$")
# Heads of a unit named by its last character (数学系|系主任, 糖厂|厂长, 人事科|科长): the
# owner is the words before the title that, with the title's first character, name a unit.
UNIT_HEADS = re.compile(r"副?(?:[系科处所厂场矿站馆]长|[总支大中]?队长|系主任|室主任)")
# … and the units whose character the title shares (数学系主任: 数学系, 人事科长: 人事科)
SHARED_UNITS = "系科处室"
# 曾担任…所长达15年: a post taken, then how long it was held (长 ends the title and opens
# 长达, "as long as"; not 会议长达三小时, no post taken)
YEARS = r"(?:[0-9０-９]+|[一二三四五六七八九十]+)多?年"  # 15年, 十多年: how many years
# 第六、七届全国政协委员, 第四、五、六届全国委员会: the sessions of a body one served in, those
# before the last elided to their ordinals
ELIDED_SESSIONS = re.compile(r"第(?:[一二三四五六七八九十]+、)+(?=[一二三四五六七八九十]+届)")
HELD_FOR_YEARS = re.compile(rf"长达{YEARS}")
TOOK_POST = re.compile(r"任[^，,。；;：:、]{0,20}$")


def held_for_years(text: str, start: int, end: int) -> bool:
    """Is the title at ``start``-``end`` (ending in 长) taken after 任 and held 达N年?"""
    return (
        HELD_FOR_YEARS.match(text, end - 1) is not None
        and TOOK_POST.search(text, max(0, start - 24), start) is not None
    )


# The character after a title that makes it part of an organisation or other word.
_CONTINUATION = frozenset("会处团部局厅室组办馆府院台国事级节")  # 部长级: a rank; 教师节
_FALSE_FRIEND = re.compile(
    r"[管处办治清代受料整护协审助]理事|伟?大使命|主任务|[自展有挥尽]所长|[长](?=[远期久足达江城寿廊河效度臂治篇征])"
    # 各大公司, 最大公约数, 大公报, 广大公务员, 重大公共卫生: no grand duke
    r"|[各最]大公|大公[司约报务共众开平正民告路园益]"
    r"|人民警察"  # (人|民警|察: no police officer's word)
    r"|天主教"  # (天|主教: a faith, no bishop)
    r"|工人(?=[阶运日队文体])"  # (工人阶级, 工人日报, 工人文化宫, 工人体育场: no job)
    # 干事创业, 干事情, 能干事, 干净干事: doing things; a staff officer is a unit's (宣传干事,
    # 文化部干事, 工会干事), and 总干事, 干事长 are titles of their own
    r"|干事[创情业成]|[^部处科股室会委传织事化闻卫计团队站所级营连局司厅办社总党副行]干事(?!长)"
    # 塞拉利昂人民党领袖, “我们的党”领袖, 斯里兰卡人民联合阵线领袖, 执政党领袖: a party's leader
    # (最高领袖 a title of its own); not 人民领袖, 英明领袖, 宗教领袖, 政党领袖
    r"|(?<![党”\"高])(?<!运动|阵线|联盟|同盟|大会)领袖|(?<!执政党)(?<=政党)领袖"
    # 真主党领导人, 反对派领导人, 阿族领导人, 哈马斯政治局领导人: the leader of a party, a faction
    # or a people (not 国家领导人, 中国领导人, 政党领导人, 两党领导人, 三党领导人, nor the 领导人民
    # of 党领导人民)
    r"|(?<![党派族局高”\"])(?<!运动|阵线|联盟|同盟)领导人|(?<!执政党)(?<=政党)领导人|领导人(?=[民类大])"
    r"|(?<=[两三四五六七八九十几多各]党)领导人"
)
_NAME_STOP = re.compile(
    r"作|在|出席|参加|表示|说|指出|强调|会见|等|同志|分别|也|是|的|代表|主持|讲话|致辞|发言|陪同|率|对|向|为|将|于"
    # what the post is said of, not who holds it: 总统选举, 总统任期, 总统权限
    r"|选举|大选|竞选|候选|任期|职务|职位|职权|权力|权限|就职|宣誓"
)


@cache
def _lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    organisations = _names(ontology_dir() / "organizations.tsv")
    places = _names(ontology_dir() / "places.tsv")
    surnames = read_words(DATA_DIR / "ner_surnames.txt")
    return organisations, places, surnames


def _known_tail(prefix: str) -> str | None:
    """The longest end of ``prefix`` that the tables know as an organisation or place."""
    organisations, places, _surnames = _lexicons()
    for i in range(len(prefix) - 1):
        if prefix[i:] in organisations or prefix[i:] in places:
            # 中华人民共和国驻南非共和国 (大使): the place after 驻 is where, the owner is before.
            return None if prefix[i - 1 : i] == "驻" else prefix[i:]
    return None


# An office, department, section, factory or branch inside a body (办公室, 组织干部处, 人力资源部,
# 科研所, 轿车厂), which a career names after the body it is of or after working there
INNER_UNIT_END = r"(?:办公室|办公厅|部|处|科|室|股|所|中心|车间|厂|分公司)"
INNER_UNIT = re.compile(rf"[\u4e00-\u9fff]{{1,8}}{INNER_UNIT_END}")


def is_known_body(name: str) -> bool:
    """Whether the tables name ``name`` as an organisation or place of its own (外交部)."""
    organisations, places, _surnames = _lexicons()
    return name in organisations or name in places


def _is_person(prefix: str) -> bool:
    from kgraph.lexicons import lexicon, normalize_key

    return ("Person", normalize_key(prefix)) in lexicon().aliases


def _looks_like_name(prefix: str) -> bool:
    _orgs, _places, surnames = _lexicons()
    return 2 <= len(prefix) <= 4 and (prefix[0] in surnames or prefix[:2] in surnames)


def is_owner(prefix: str) -> bool:
    """Whether ``prefix`` can own a post: an organisation, a country or a known place."""
    if len(prefix) < 2 or _POST_MODIFIER.match(prefix):
        return False  # 候补中央 | 委员: a modifier of the post, not its owner
    organisations, places, _surnames = _lexicons()
    if prefix in organisations or prefix in places:
        return True
    if _SERVICE_END.search(prefix):
        # 陆军参谋长, 美国海军作战部长: an armed service owns its posts (not 李海军: a name)
        return not (len(prefix) == 3 and _looks_like_name(prefix))
    if _ORG_END.search(prefix) and not _WORDS_ENDING_LIKE_A_BODY.search(prefix):
        # 刘金国, 石泰峰: a short name can end like a place; 部/委/会 … cannot end a name.
        return not (_looks_like_name(prefix) and prefix[-1] in "国省市县区州盟旗")
    return bool(_COUNTRY_END.search(prefix)) and not _looks_like_name(prefix)


def beyond_reach(plain: str, title_start: int) -> bool:
    """Whether the owner of a title at ``title_start`` could not be looked for: no boundary in
    the MAX_PREFIX characters before it (a body longer than that ends there)."""
    low = title_start - MAX_PREFIX
    return low > 0 and _BOUNDARY.search(plain, low, title_start) is None


def _owner_start(plain: str, title_start: int, title: str) -> int:
    """Where the owner prefix of the title at ``title_start`` begins (``title_start`` if none)."""
    mark = next((m for m in NOT_YET_HELD if plain.endswith(m, 0, title_start)), "")
    if mark:
        # 印尼当选 | 总统: the owner before the mark (当选 is a boundary: 普京当选 | 总统)
        start = _owner_start(plain, title_start - len(mark), title)
        return start if start < title_start - len(mark) else title_start
    # (the 党 of 党主席 may close the party's name: “阿玛纳特”党|主席)
    party_end = title_start + 1 if title.startswith("党") else title_start
    quoted = QUOTED_PARTY.search(plain, max(0, title_start - MAX_PREFIX), party_end)
    if quoted is not None:
        # 哈萨克斯坦“阿玛纳特”党主席, 所罗门群岛“我们的党”领袖: a party named in quotes, after
        # its country
        country = _known_tail(plain[max(0, quoted.start() - MAX_PREFIX) : quoted.start()])
        return quoted.start() - len(country or "")
    low = max(0, title_start - MAX_PREFIX)
    window = plain[low:title_start]
    cut = 0
    for boundary in _BOUNDARY.finditer(window):
        cut = boundary.end()
    whole = _known_tail(window)
    if whole and len(whole) > len(window) - cut:
        cut = len(window) - len(whole)  # 阿尔及利亚 | 总统, 埃及总统: a known name holds its 及
    elif cut == 0 and low > 0:
        return title_start  # no boundary in reach: not a prefix we can trust
    prefix = window[cut:]
    modifier = _LEADING_MODIFIER.match(prefix)
    if modifier:
        prefix, cut = prefix[modifier.end() :], cut + modifier.end()
    if not prefix:
        return title_start
    known = _known_tail(prefix)
    if known and known != prefix:
        # 杂志发表中共中央 | 总书记: the owner is the known name the run ends with.
        cut += len(prefix) - len(known)
        prefix = known
    start = low + cut
    if _is_person(prefix):
        return title_start  # 普京总统, 拜登总统: a known person's name is never the owner
    if title in titles().occupations:
        # 中国选手, 英国科学家, 确保亚残运会运动员: before a job's word is a nationality, a
        # place of work or any words, not the owner of a post; the job is the post
        return title_start
    if is_owner(prefix) or (prefix.endswith(ONCE_HELD) and is_owner(prefix[:-1])):
        return start  # (法国前 | 总理, 政协原 | 主席: the owner, then the mark of a post once held)
    if _owner_then_modifier(prefix) and window[cut - 1 : cut] not in ("及", "和", "与"):
        return start  # (中国房地产及|住宅研究会名誉副会长: the name runs on before its 及)
    # (刑侦支队|支队长, 武警北京总队|总队长: the unit's word is all of the title but 长)
    unit = title.removeprefix("副")
    unit = unit[:-1] if unit.endswith("队长") else unit[0]
    if (
        UNIT_HEADS.fullmatch(title)
        and 2 <= len(prefix) <= 12
        and (prefix.endswith(unit) or (unit in SHARED_UNITS and _names_a_unit(prefix)))
        and not _looks_like_name(prefix)
    ):
        return start  # 糖厂厂长, 玉溪行署人事科长, 数学系主任 (not 张三科长: a name)
    head, _rest = split_post(title)  # 中华全国总 + 工会主席: the owner runs into the title
    body = _body_head(title)  # 全国 + 人大代表: the title opens with the owner's body word
    if (head and is_owner(prefix + head)) or (body and _owns_body(prefix, body)):
        return start
    name_follows = _name_follows(plain, title_start + len(title))
    if title[0] in LOCAL_TITLE_HEADS and 2 <= len(prefix) <= 6 and not _looks_like_name(prefix):
        return start
    if title in titles().foreign and 2 <= len(prefix) <= 8 and name_follows:
        # 伊朗第一副总统, 执政党代理党首, 播出|黑山总统: the words a foreign owner is named by,
        # after a clause's words (发布有关前|总统, 我高度重视|总统, 号召广大|公: none)
        owner = prefix if title.startswith("党") else _foreign_owner(prefix)
        if len(owner) >= 2:
            return start + len(prefix) - len(owner)
    return title_start


# jieba's tags of words no owner's name is made of: verbs, adjectives, pronouns, prepositions,
# particles, locatives, adverbs and idioms (导致, 广大, 我, 至, 等, 有关, 高度重视)
_CLAUSE_WORD_TAGS = frozenset({"v", "vn", "a", "r", "p", "u", "f", "d", "l"})


def _foreign_owner(prefix: str) -> str:
    """The end of ``prefix`` after the last clause's word (a party's name may hold one, 解放党,
    and is not asked), with the 前 or 原 of a post once held (美国前|总统). Words cut from a
    clause end in a known place (播出|黑山; not 赶来|缅怀)."""
    import rjieba

    former = prefix[-1] if prefix.endswith(ONCE_HELD) else ""
    words = rjieba.cut(prefix[: len(prefix) - len(former)])
    owner: list[str] = []
    for word in reversed(words):
        entry = jieba_dictionary().get(word)
        if entry is not None and entry[1] in _CLAUSE_WORD_TAGS and not _a_place(word):
            break
        owner.insert(0, word)
    if len(owner) < len(words) and not (owner and _a_place(owner[-1])):
        return ""
    return "".join(owner) + former if owner else ""


def _a_place(word: str) -> bool:
    """A place the tables know by this name, also one that is a word too (加纳, 马里)."""
    from kgraph.lexicons import canonical, lexicon

    return bool(word) and lexicon().get("Place", canonical("Place", word)) is not None


# jieba's tags of a word that says what a unit does or is about (数学, 人事, 财务, 考古, 宣传),
# not what its head is like (优秀, 年轻: adjectives; 女: a distinction; 青年: a time)
_UNIT_WORD_TAGS = ("n", "v", "j")


def _names_a_unit(prefix: str) -> bool:
    """``数学|系主任``, ``人事|科长``: the word before the title names the unit (not 优秀|处长)."""
    import rjieba

    last = rjieba.cut(prefix)[-1]
    entry = jieba_dictionary().get(last)
    return entry is not None and entry[1].startswith(_UNIT_WORD_TAGS)


def _owns_body(prefix: str, body: str) -> bool:
    """Whether ``prefix`` and the body word a title opens with name a body (全国 + 人大, 十四届全国
    + 人大, 河北省 + 人大, 山东省政协原 + 党组): a level, a place or a body, not any words
    (我们来认识全国 + 人大)."""
    return (
        is_owner(prefix + body)
        and (
            _BODY_OWNER.fullmatch(prefix) is not None
            or prefix in _lexicons()[1]
            # (山东省政协原 + 党组成员: a body, then 原 of the post once held)
            or (prefix.endswith(ONCE_HELD) and is_owner(prefix[:-1]))
        )
    )


def _body_head(title: str) -> str:
    """The body word a title opens with (人大 of 人大代表, 党委 of 党委书记), or ``""``."""
    head = _BODY_HEAD.match(title)
    return head.group() if head and head.end() < len(title) else ""


def head_of(piece: str) -> bool:
    """``卫士长``: a common noun of the dictionary and 长, the head of what it names, is a title
    the tables lack (no name is a noun and 长)."""

    if len(piece) != 3 or not piece.endswith("长"):
        return False
    noun = jieba_dictionary().get(piece[:2])
    return noun is not None and noun[1] == "n" and noun[0] >= COMMON_FREQUENCY


def _name_follows(plain: str, end: int) -> bool:
    if end >= len(plain) or not "\u4e00" <= plain[end] <= "\u9fff":
        return False
    return not _NAME_STOP.match(plain, end)


def _title_matches(plain: str) -> Iterable[tuple[int, int]]:
    for match in titles().pattern.finditer(plain):
        start, end = match.span()
        if (
            end < len(plain)
            and plain[end] in _CONTINUATION
            # (胡锦涛副主席会见了…: a verb of meeting, not 主席会议)
            and not (plain[end] == "会" and plain[end + 1 : end + 2] in ("见", "谈", "晤"))
        ):
            continue
        if _FALSE_FRIEND.search(
            plain, max(0, start - 1), min(len(plain), end + 1)
        ) and not held_for_years(plain, start, end):
            continue
        if (
            plain.endswith("部长", start, end)
            and plain.startswith("官", end)
            and not plain.startswith("官邸", end)
        ):
            # 韩国企划财政部长官崔相穆, 国防部长官: the ministry's 长官 (Korea's and Japan's
            # minister), not a 部长 with a stray 官
            start, end = end - 1, end + 1
        yield start, end


# 党的二十大代表, 二十大代表, 中共十五大代表, 上海市第十二次党代会代表: a delegate to a party
# congress, a post named by the congress (not its 代表大会 or 代表团)
CONGRESS_DELEGATE = re.compile(
    r"(?:党的|中共)?(?:第?[一二三四五六七八九十]{1,3}次全国代表大会|[一二三四五六七八九十]{2,3}大)"
    r"代表(?!大会|团)|"
    r"[\u4e00-\u9fff]{2,8}?第[一二三四五六七八九十]{1,3}次党代会代表(?!大会|团)"
)

BODY_ENDS = ("会", "团", "联", "盟")  # 工会, 共青团, 妇联, 民盟: a body's own congress
# the party's own mark before a congress named by its number alone (二十大, 中共十五大)
NUMBERED_CONGRESS = re.compile(r"^(?:中共|党的)?(?=[一二三四五六七八九十]{2,3}大代表$)")


def _party_congress_post(delegate: str, before: str) -> str | None:
    """二十大代表 -> 党的二十大代表; None for a delegate named in full already, or of a body's
    congress (中国工会十八大代表, 共青团十九大代表: the body's name before it)."""
    if before.endswith(BODY_ENDS):
        return None
    post = NUMBERED_CONGRESS.sub("党的", delegate, count=1)
    return post if post != delegate else None


# Titles that are a post only with their owner before them and a name after them
# (真主党领导人纳斯鲁拉, 天然气工业总公司负责人维亚希列夫; not 有关负责人介绍)
OWNED_ONLY = frozenset({"领导人", "负责人"})


def extract_positions(text: str) -> list[Mention]:
    """Position mentions in ``text``: each title of a chain, with its owner when given, and the
    delegates of a party congress."""
    plain = halfwidth(text)
    mentions = [
        Mention(
            m.start(),
            m.end(),
            "Position",
            text[m.start() : m.end()],
            source="rules",
            # (二十大代表, 中共二十大代表: one post, 党的二十大代表)
            value=_party_congress_post(m.group(), plain[: m.start()]),
        )
        for m in CONGRESS_DELEGATE.finditer(plain)
    ]
    taken = [(m.start, m.end) for m in mentions]
    last_end = 0
    for title_start, title_end in _title_matches(plain):
        if title_end <= last_end:
            continue  # (the 发言人 of 总理发言人, taken with it)
        title = plain[title_start:title_end]
        start = max(_owner_start(plain, title_start, title), last_end)
        acting = ACTING.search(plain, max(last_end, title_start - 3), title_start)
        if start == title_start and acting is not None:
            start = acting.start()  # 省委副书记、代省长: the acting holder's post, 代 its own
        if title in OWNED_ONLY and start == title_start and plain.endswith("的", 0, title_start):
            # 顶效开发区的负责人康厚元: the owner, then its 的
            owner = _owner_start(plain, title_start - 1, title)
            start = owner if owner < title_start - 1 else start
        if title in OWNED_ONLY and (start == title_start or not _name_follows(plain, title_end)):
            continue  # (两国领导人, 该党领导人在选举前: a word for leaders, no one's post)
        if head_of(plain[title_end : title_end + 3]) or (
            plain.startswith("发言人", title_end) and not plain.startswith("发言人", title_start)
        ):
            # 总统卫士长: the head of the office's guards; 以色列总理发言人: the office's
            # spokesman, one post
            title_end += 3
        if any(a < title_end and start < b for a, b in taken):
            continue
        mentions.append(
            Mention(start, title_end, "Position", text[start:title_end], source="rules")
        )
        last_end = title_end
    return sorted(mentions, key=lambda m: m.start)


def _is_name_char(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "·"


def names_after_title(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the 2–4 character names listed right after a title ending at ``end``.

    ``全国总工会副主席徐留平、杨宇栋、高凤林作了发言`` gives the three names; names with
    a middle dot (``阿沛·阿旺晋美``) may be longer. The last name's length is guessed
    from the others (or 3 when alone), cut short before a word that cannot be part of
    a name (作, 在, 表示, 等).
    """
    spans: list[tuple[int, int]] = []
    position = end
    while position < len(text):
        run = position
        while run < len(text) and run - position < MAX_NAME_RUN and _is_name_char(text[run]):
            if text[run] in NAME_SEPARATORS and run - position >= 2:
                break
            run += 1
        item = text[position:run]
        longest = MAX_NAME_RUN if "·" in item else 4
        if run < len(text) and text[run] in NAME_SEPARATORS and 2 <= len(item) <= longest:
            spans.append((position, run))
            position = run + 1
            continue
        if "·" in item:
            size = item.index("·") + 1
            while size < len(item) and not _NAME_STOP.match(item, size):
                size += 1
            size = min(size, 4 + item.index("·") + 1)
        else:
            lengths = [b - a for a, b in spans if "·" not in text[a:b]]
            size = min(max(set(lengths), key=lengths.count) if lengths else 3, len(item))
            stop = _NAME_STOP.search(item, 2)
            if stop and stop.start() < size:
                size = stop.start()
        if size >= 2:
            spans.append((position, position + size))
        break
    return spans


# An acting holder's mark, the title's own (代省长, 代理党委书记)
ACTING_MARK = "代理?"
# … before a post no body opens (省委副书记、代省长, 曾任…副部长、代部长; not 取代 or 时代)
ACTING = re.compile(rf"(?:^|(?<=[、，,和及与\s])){ACTING_MARK}$")
ACTING_BEFORE_TITLE = re.compile(rf"{ACTING_MARK}$")
# What may stand between a body and its post and is the post's: 常务副委员长, 代理主席, 临时议长
TRAILING_MODIFIERS = "常务|代理|临时|执行|名誉|署理|第一|代"
# 中央办公厅分管日常工作的副主任: what the holder does in the body, said between it and the post
# (a part of the post, as 常务 is)
ROLE_IN_BODY = ("分管日常工作的", "主持日常工作的", "负责日常工作的", "主持工作的")
# Bodies inside an organisation that a chain of posts names without it: 国务院总理、党组书记.
UNITS = frozenset({"党组", "党委", "常委会", "党工委", "纪委", "常委"})
TRAILING_MODIFIER = re.compile(rf"(?:{TRAILING_MODIFIERS})$")
# Posts of a party body itself (书记, 常委, 委员, 成员), as opposed to the posts of the body it
# is the party's of (全国总工会党组书记、副主席: the vice-chair is the union's)
_PARTY_POSTS = re.compile(r"^副?(?:书记|常委|委员|成员)$")


def shared_owner(owner: str, title: str) -> str:
    """The owner a post named without one takes from the post before it in a list: the same
    body, or, after a party body's post, the body the party body is of (``全国总工会党组书记、
    副主席`` -> 全国总工会; ``…党组书记、副书记`` -> …党组)."""
    party = next((u for u in PARTY_ORGANS if owner.endswith(u)), "")
    if party and not _PARTY_POSTS.match(title) and len(owner) > len(party):
        return owner[: -len(party)]
    return owner


def _owner_then_modifier(prefix: str) -> str | None:
    """The owner of ``prefix`` that a modifier of the post ends (全国人大常委会|常务), if any."""
    modifier = TRAILING_MODIFIER.search(prefix)
    if modifier is None or not modifier.start() or not is_owner(prefix[: modifier.start()]):
        return None
    return prefix[: modifier.start()]


# The leader or a member of parliament of a country's opposition or ruling party, no party named
# (反对党领袖, 在野党党首, 反对党议员), or the leader of a people (阿族领导人, 阿尔巴尼亚族领导人)
UNNAMED_BODY_POST = re.compile(
    r"(?:最大|主要)?(?:反对党|执政党|在野党|反对派|执政联盟)(?:领袖|领导人|党首|主席|总书记|议员)$"
    r"|(?P<people>[\u4e00-\u9fff]{1,8}族)(?:领袖|领导人)$"
)


def split_post(position_text: str) -> tuple[str | None, str]:
    """``(organisation or None, title)``: ``中华全国总工会主席`` -> (中华全国总工会, 主席).

    The shortest title whose remaining prefix owns it wins (``中央军委主席`` ->
    中央军委, 主席); a title that is one word stays whole (``国家主席`` -> None,
    国家主席). The two parts always concatenate back to ``position_text``.
    """
    text = position_text
    unnamed = UNNAMED_BODY_POST.search(text)
    if unnamed is not None:
        # 澳大利亚 | 反对党领袖, 反对党领导人, 科索沃 | 阿族领导人: an opposition or a people is no
        # body of the graph, so the post is its leader's (of the country before it);
        # 统一反对派领导人: one name, whole
        cut = unnamed.start()
        if unnamed.group("people"):
            cut = max(
                (i for i in range(2, unnamed.end("people") - 1) if is_owner(text[:i])), default=0
            )
        country = text[:cut]
        return (country, text[cut:]) if is_owner(country) else (None, text)
    suffixes = [len(text) - i for i in range(len(text) - 1, -1, -1) if text[i:] in titles()]
    for size in suffixes:
        # 代理党委书记, 武汉热工机械研究所 | 代理党委书记: the acting mark is the title's
        acting = ACTING_BEFORE_TITLE.search(text, 0, len(text) - size)
        if acting is not None and (not acting.start() or is_owner(text[: acting.start()])):
            return (text[: acting.start()] or None), text[acting.start() :]
    for size in suffixes:
        prefix, title = text[: len(text) - size], text[len(text) - size :]
        if not prefix:
            return None, text
        if is_owner(prefix):
            party = next((u for u in PARTY_ORGANS if title.startswith(u)), "")
            if party and title[len(party) :] not in titles():
                # 国家能源局 + 党组成员: the party group is a body of its own (the tagger reads
                # 国家能源局党组 whole), its member the post; 党组书记 splits at 书记 already
                return prefix + party, title[len(party) :]
            return prefix, title
        owner = _owner_then_modifier(prefix)
        if owner:  # 全国人大常委会 | 常务副委员长, 美国国会参议院 | 临时议长
            return owner, text[len(owner) :]
        head = _body_head(title)
        if head and _owns_body(prefix, head):
            return prefix + head, title[len(head) :]  # 全国人大 | 代表
    if suffixes:
        size = suffixes[-1]
        prefix, title = text[: len(text) - size], text[len(text) - size :]
        if UNIT_HEADS.fullmatch(title) and title.removeprefix("副")[0] in SHARED_UNITS:
            if len(prefix) <= 4:
                # 广告科副科长, 数学系主任: a bare department's head, no body named (not
                # 省经济管理学院教务处教务科|长)
                return None, text
            if title[0] in SHARED_UNITS and title[1:] in titles() and prefix[-1] != title[0]:
                # 北京师范大学教育系主任: the department is the body, its head the post (not
                # 北京师范大学教育 | 系主任; 清华大学电机系 | 系主任 says the unit twice)
                return prefix + title[0], title[1:]
        if len(prefix) >= 2 and not prefix.endswith(("副", "总", "常务", "代", "名誉", "执行")):
            return prefix, title
    return None, text
