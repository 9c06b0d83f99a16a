"""What words and names look like, for the extractors of :mod:`kgraph.extract`.

The dictionary's words and tags (jieba's, read once), the shapes of Chinese and transliterated
names, the endings of bodies, towns and administrative levels, firms and their units, and the
owners a post distributes over a list. The tagger's repairs (:mod:`kgraph.extract`), a
sentence's repairs for the graph (:mod:`kgraph.extract.sentence_repairs`) and a document's
(:mod:`kgraph.extract.document_repairs`) all read them; the names are the package's own, not
an API.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

from kgraph.extract.dictionary import COMMON_FREQUENCY, jieba_dictionary
from kgraph.extract.positions import (
    ACTING_MARK,
    DEPARTMENT,
    DEPARTMENT_TAIL,
    INNER_UNIT,
    INNER_UNIT_END,
    NATIONAL_TITLE_KINDS,
    NOT_YET_HELD,
    STATUS_MARKS,
    SUCCESSION,
    UNITS,
    UNIVERSITY,
    is_known_body,
    shared_owner,
    titles,
)
from kgraph.records import Mention, in_text_order
from kgraph.text import read_words

CONTAINER_TYPES = frozenset({"Document", "Event", "PolicyConcept"})


# A region's kind after the rest of a transliteration the tagger left out of a "person"
# (伊万诺-弗兰科夫|斯克州, 卡斯蒂利亚-拉曼|查自治区): the person is the region.
_REGION_KIND = re.compile(r"(?:自治区|自治共和国|共和国|大区|州|省|市|镇|村)(?![长委民场政])")


# How transliterated town names end (-ivka, -sk, -grad, -pol, -burg): 马克耶夫卡, 库尔斯克.
_TOWN_ENDING = re.compile(r"(?:夫卡|斯克|格勒|波尔|堡)$")


# Organisation words: a name ending in one stays an organisation in a list of places.
_ORG_WORD = re.compile(r"[会部局委院厅署办党社团司所校军队]$|公司$|集团$|中心$|组织$|政府$|银行$")


# A model or craft number after a name: 伊尔—86, 神舟十八号: a product, not a body or a place.
# After a person's name, what makes it the name of a thing: a prize, a ship, a cup.
_NAMED_THING = re.compile(
    # a ship named after a person with a title (“伊丽莎白女王”号, “戈尔什科夫海军元帅”号)
    r"(?:女王|国王|王子|海军元帅|元帅|将军|总统)[”\"」』]号"
    r"|[”\"」』]?(?:号(?![召称令])|奖(?![励惩赏])|杯|舰(?!队)|级(?!别)"
    # a prize of a field (诺贝尔经济学奖, 诺贝尔物理奖, 诺贝尔和平奖)
    r"|(?:(?:经济|物理|化|医|生理学或医|数|文)学|经济|物理)奖|和平奖"
    r"|(?:太空|天文|射电)?望远镜|(?:洲际|巡航|弹道|战术)?导弹|(?:运载)?火箭|波段|(?:探针)?卫星|飞船"
    r"|战机|战斗机"
    r"|(?:主战)?坦克|步兵战车|装甲车|(?:发射)?装置|航母|潜艇|无人机|客机|(?:多管)?火箭炮|榴弹炮|高铁|铁路|高速公路"
    # a volcano, a temple, a shop, a disease (伊布火山, 帕特农神庙, 易初莲花超市, 埃博拉出血热)
    r"|火山|神庙|超市|出血热|病毒|高速(?!发展|增长|运转|运行|移动|行驶)|武装(?!部队)"
    # a craft's number (探月工程嫦娥六号: 程嫦娥 is a cut), a laboratory or a school named after
    # someone (嘉庚创新实验室, 粟裕希望小学), a games' organising committee (杭州亚组委)
    r"|[一二三四五六七八九十]{1,3}号(?![召称令])|(?:创新|重点|联合|国家)?实验室|希望小学|组委"
    r"|大队(?!长)"
    # a front or a foundation named after someone (“安德烈斯·卡斯特罗联合阵线”, 盖茨基金会), and
    # a memorial body or building (巴特尔纪念研究所, 斯隆凯特琳纪念医院, 聂耳纪念馆)
    r"|(?:联合|民族|爱国)?阵线|基金会"
    r"|纪念(?:研究所|研究院|医院|中心|基金会|馆|堂|碑|公园|学校|大学|学院))"
)


# … and before it: a storm is named like a person (台风“普拉桑”, 飓风“米尔顿”), so are a fire
# and a mascot (林火“帕克”, 吉祥物“蓉宝”).
_NAMED_THING_BEFORE = re.compile(r"(?:台风|飓风|风暴|热带气旋|林火|山火|野火|吉祥物)[“\"「『]?$")


# Characters of transliterated names (阿, 维, 索, 雷 …): what the tagger may leave after one.
_TRANSLITERATION = frozenset(
    "阿埃艾奥欧乌伊尼娜纳诺努内妮尔德特达多杜迪蒂托塔泰斯丝萨桑索苏希谢舍沙卡克科库基吉加嘉"
    "格戈古贡哈赫霍胡惠拉兰朗劳勒雷蕾里莉利琳卢鲁罗洛略伦玛曼梅蒙米莫穆姆默帕佩皮普彼波珀"
    "奇齐契切乔琼韦维威沃瓦娃温翁雅亚扬耶约泽扎茨兹宾贝比布巴拜邦鲍佐祖旺莱本"
)


def covered(text: str, mentions: list[Mention]) -> bytearray:
    """A byte per character of ``text``, 1 where a mention covers it."""
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start : m.end] = b"\1" * (m.end - m.start)
    return taken


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a longer 《…》 title (《骆驼祥子》)."""
    return _inside(text, start, end, "《", "》")


def _inside(text: str, start: int, end: int, opening: str, closing: str) -> bool:
    """Whether ``text[start:end]`` lies inside a longer ``opening``…``closing`` pair."""
    left = text.rfind(opening, 0, start)
    if left < 0 or text.find(closing, left, start) >= 0:
        return False
    right = text.find(closing, end)
    return right >= 0 and text.find(opening, end, right) < 0 and (left + 1, right) != (start, end)


def _chinese_name(name: str) -> bool:
    from kgraph.extract.crf import SURNAMES

    return (2 <= len(name) <= 3 and name[0] in SURNAMES) or (
        len(name) == 4 and name[:2] in SURNAMES
    )


# The name a career note opens with: 石红艳，女，| 高勇：男，| 仝凤广先生，
_NOTE_OPENER = re.compile(
    r"(?:^|(?<=[\n。；;]))[ \t]*([\u4e00-\u9fff]{2,3})"
    r"(?=[，,：:][ \t]*[男女][，,。；;\s]|(?:先生|女士)[，,：:])"
)


# One administrative level of an address: 河南省, 漯河市, 源汇区, 双龙街道.
_ADMIN_LEVEL = re.compile(
    r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|街道|地区|省|市|区|县|旗|盟|州|镇|乡)"
)


def _has_owner(name: str) -> bool:
    """加拿大环境部门, 联合国儿童基金会: a place or a known body opens the name."""
    return any(
        _known_place(name[:i]) or _lexicon_type(name[:i]) == "Organization"
        for i in range(2, len(name) - 1)
    )


# The words a body's name ends with (部, 委员会, 公司, 海关, 银行, 俱乐部 …).
_BODY_END = re.compile(
    r"(?:[会部局委院厅署办室党社团司所校学网门军队处组盟站台馆报厂营旅师连舰关]|公司|集团|中心"
    r"|(?<![通运执进发实举飞出旅履推施流先同并试步航])行|防总|[联协]"
    r"|(?:(?<=务)|(?<=卫)|(?<=藏)|(?<=产业)|(?<=科学)|(?<=环境)|(?<=劳动)|(?<=交通)|(?<=水产))省"
    r"|组织|中央|频道|共同体|联合体|核电|电机|园区|工业园|油田"
    # (玉溪行署人事科, 教务处教务科: a section of a body, not 学科, 外科)
    r"|(?<=人事|教务|财务|总务|保卫|宣传|组织|秘书|办公|计划|技术|生产|供应|销售|安全|档案)科"
    rf"|{DEPARTMENT}"  # (北京师范大学教育系: a university's department)
    r"|政府|议会|国会|机构|联盟|法庭|股份|部队|武装|军方|警方|媒体|人大|政协|内阁|杜马|航空|证券"
    r"|造船|工坊|影业|传媒|科技|电子|汽车|控股|能源|石油|石化|电力|电网|铁路|航运|船舶|重工|钢铁"
    r"|矿业|化工|制药|药业|食品|乳业|保险|信托|基金|财团|剧团|剧院|联赛|女排|女篮|男篮|男足|女足)$"
)


@lru_cache(maxsize=65536)
def _lexicon_type(name: str) -> str | None:
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    key = normalize_key(name)
    return next((t for t in ("Person", "Place", "Organization") if (t, key) in aliases), None)


def _starts_with_place(name: str) -> bool:
    """康涅狄格州|诺威奇: a "person" that opens with a state or province the tables know."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return any(
        name[i - 1] in "州省市县区国" and ("Place", normalize_key(name[:i])) in aliases
        for i in range(2, len(name) - 1)
    )


# Characters of the end of a transliterated town's name (…耶|夫卡镇, …马|拉什省).
_TOWN_CHARS = _TRANSLITERATION | frozenset("夫什顿弗福丁")


# The kinds of state body every country has, whose bare name the tables give to China's:
# 国防部, 外交部, 最高法院, 共产党. Preceded by another country they are that country's.
_NATIONAL_BODY = re.compile(
    r"(?:部|局|署|委员会|法院|检察院|议会|国会|党|政府|银行|军|警察|海警|航天局)$"
)


@lru_cache(maxsize=4096)
def _country(name: str) -> str | None:
    """The canonical name of a foreign country written ``name`` (俄罗斯, 俄, 美), else None."""
    from kgraph.lexicons import lexicon, normalize_key

    lex = lexicon()
    found = lex.aliases.get(("Place", normalize_key(name)))
    entry = lex.get("Place", found) if found else None
    if entry is None or entry.kind != "country" or found == "中国":
        return None
    return found


@cache
def _dictionary_names() -> frozenset[str]:
    """Words of jieba's dictionary the training corpora name a person by (孔子, 彭丽媛)."""
    return read_words(Path(__file__).resolve().parents[1] / "data" / "dictionary_names.txt")


ACTING_OPENING = re.compile(rf"^{ACTING_MARK}(?=.)")  # 代省长, 代理党委书记
# What joins the parts of a transliterated name (阿卜杜勒-阿齐兹, 米歇尔·奥巴马)
NAME_JOINERS = frozenset("·•‧・-－—")
# A courtesy after a surname (李先生) names no one the dictionary can tell apart
_COURTESY_ENDS = ("先生", "女士", "小姐", "同志")


@cache
def _dictionary_people() -> tuple[frozenset[str], re.Pattern[str], int]:
    """The names of three or more characters that jieba's dictionary tags as a person's (nr)
    and the training corpora name a person by (斯大林, 孙中山, 褚时健), the characters they open
    with, and the longest one's length."""
    tags = jieba_dictionary()
    names = frozenset(
        word
        for word in _dictionary_names()
        if len(word) >= 3
        and tags.get(word, (0, ""))[1].startswith("nr")
        and not word.endswith(_COURTESY_ENDS)
    )
    openings = re.compile("[" + "".join(sorted({name[0] for name in names})) + "]")
    return names, openings, max(map(len, names))


def dictionary_people(text: str) -> list[Mention]:
    """Persons the tagger may miss by a rare surname or in an unusual frame (``像褚时健这样``,
    ``斯大林笑着…``): a name of :func:`_dictionary_people` that jieba reads as one word where it
    stands (not 马克思 in 马克思主义). The extractors rank them last, so any other reading of
    their characters wins; one inside a 《…》 title is part of the work's name."""
    import rjieba

    names, openings, longest = _dictionary_people()
    found: list[Mention] = []
    end_of_last = 0
    for opening in openings.finditer(text):
        start = opening.start()
        if start < end_of_last:
            continue
        name = next(
            (
                text[start : start + size]
                for size in range(min(longest, len(text) - start), 2, -1)
                if text[start : start + size] in names
            ),
            None,
        )
        if name is None:
            continue
        end = start + len(name)
        window = max(0, start - 4)
        words = rjieba.cut(text[window : end + 4])
        bounds = set(accumulate((len(word) for word in words), initial=0))
        # (not 《斯大林大战火星人》 or 《潘汉年》: a work's title, whoever it names, even one whose
        # 《 the text cut off: 爱丽丝漫游仙境》《化身》; not “太阳神鸟”, “地中海米歇尔卡佩里尼”轮: a
        # name quoted; not 阿卜杜勒-阿齐兹: a part of a longer name)
        closing = text.find("》", end)
        in_title = (
            closing >= 0
            and "《" not in text[end:closing]
            and "》" not in text[:start][text[:start].rfind("《") + 1 :]
        )
        if (
            start - window in bounds
            and end - window in bounds
            and not in_title
            and not _inside(text, start, end, "“", "”")
            and text[start - 1 : start] not in NAME_JOINERS
            and text[end : end + 1] not in NAME_JOINERS
        ):
            found.append(Mention(start, end, "Person", name, source="dictionary"))
            end_of_last = end
    return found


# What marks a name as a person's where it stands: a word for who the person is just before it
# (记者, 获得者, 音乐家, 议长, 选手, 村民 …; most posts are Position mentions), a verb of saying,
# a courtesy, a byline's 摄 or what a person does (执导) just after.
_PERSON_BEFORE = re.compile(
    r"(?:[者长员师手士官]|(?<!国)家|主任|主席|书记|总统|总理|首相|大使|代表|委员|同志|先生|"
    r"女士|夫人|丈夫|妻子|儿子|女儿|父亲|母亲|学生|医生|村民|居民|农民|牧民|渔民|工人|职工|"
    r"党员|烈士|英雄|模范|[爷奶哥姐弟妹叔姨])[”\s]*$"
)


_PERSON_AFTER = re.compile(
    r"^[”\s]*(?:同志|先生|女士|老人|夫妇|一家|等人|说|称|表示|指出|强调|介绍|认为|回忆|告诉|"
    r"坦言|笑着|报道|撰文|写道|执导|主演|导演|担任|出任|当选|率领|带领|摄|[（(]记者|本人|"
    # (袁步兵本人先后6次被如东农业系统评为先进个人: one honoured or appointed)
    r"(?:先后|曾|多次)?[0-9一二三四五六七八九十]*次?被[^，。；,;]{0,12}?(?:评为|授予|任命为|选为|聘为))"
)


# A run of Chinese characters (bound once: an earlier binding that also took · and - was
# shadowed by this one for every caller, and was dropped)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")


# How common (jieba's count) a word after a preposition is to be no name: 夫人, 代表, 专家.
_COMMON_AFTER_LEAD = 100


# Parts of speech of jieba's dictionary that name a person or a place.
_NAME_TAGS = ("nr", "ns", "nt", "nz")


# … and those of a transliterated name or a place: 哈尼 of 哈尼亚 (Haniyeh).
_FOREIGN_TAGS = ("nrt", "ns")


def _word_like(name: str, words: dict[str, int]) -> bool:
    """A "person" written like a word: a common word of jieba's dictionary (希冀), one of three
    or four characters the dictionary has at all (余波未平, 梅雨季, 祝酒辞), or three characters
    whose last two are a common word that names nobody (仓|占比, 党|育人)."""
    if words.get(name, 0) >= COMMON_FREQUENCY:
        return True
    if len(name) not in (3, 4) or not _CJK_NAME.fullmatch(name):
        return False
    found = jieba_dictionary()
    if name in found and found[name][1] not in _FOREIGN_TAGS:
        # two words the dictionary has (梅雨|季, 佩|香囊), neither a foreign name (哈尼|亚)
        return len(name) == 4 or any(
            name[:cut] in found
            and name[cut:] in found
            and found[name[:cut]][1] not in _FOREIGN_TAGS
            and found[name[cut:]][1] not in _FOREIGN_TAGS
            for cut in (1, 2)
        )
    if len(name) == 3:
        tail = found.get(name[1:])
        return tail is not None and tail[0] >= 1000 and not tail[1].startswith(_NAME_TAGS)
    halves = (found.get(name[:2]), found.get(name[2:]))
    # two common words that name nobody (洪水|洪峰): no four-character name is made so
    return all(h is not None and h[0] >= 1000 and not h[1].startswith(_NAME_TAGS) for h in halves)


# How common (jieba's count) each word of a slot's "name" is when the name is only words.
_SLOT_WORD = 100


# (called on every piece of a name by the node repairs: the tables do not change in a run)
@lru_cache(maxsize=65536)
def _known_place(name: str) -> bool:
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return len(name) >= 2 and any(
        ("Place", normalize_key(name + suffix)) in aliases for suffix in ("", "县", "市", "区")
    )


def post_of_place(m: Mention, place: str) -> Mention:
    """``m``, a post of ``place``'s level named without the place (省长, 代省长, 省委书记,
    省人大常委会主任 of 河南省), as that place's post (河南省省长, 河南省委书记); other mentions
    as they are."""
    level = place[-1]
    title = m.value or m.text
    owner = m.owner or ""
    if (
        m.type != "Position"
        or not title.lstrip("副代").startswith(level)
        or (owner and not owner.startswith(level))
    ):
        return m
    # (省长, 副省长: the place's own head; 省委书记, 省人大常委会主任: of a body of it)
    head = title.lstrip("副代") == level + "长"
    return replace(
        m,
        value=place + (title if head else title[1:]),
        owner=place + owner[1:] if owner else place,
    )


# Posts of a collegial body, which a chain names without repeating the body (省委书记、常委、委员);
# a self-standing office (国家主席, 国务委员, 外长) never takes another post's owner.
_BODY_POSTS = re.compile(
    r"^副?(?:书记|常委|委员|主任|主任委员|秘书长|会长|理事长|主席"
    # (射洪县财政局党组书记、局长: the head of the body whose party group it is)
    r"|局长|厅长|部长|院长|校长|行长|所长|社长|署长|司长|处长|科长)$"
)


# … and of a firm, which a chain names once: 山东三维石化工程股份有限公司董事、副总经理
_FIRM = re.compile(r"(?:公司|集团|银行|厂|股份)$")


# The unit a post of a firm's opens with (技术科|科长, 财务部|经理)
_UNIT_OPENING = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?{INNER_UNIT_END}")


# A firm's boards, named bare after its posts (…有限公司董事、董事会秘书: the firm's board)
FIRM_BOARDS = ("董事会", "监事会")


# A firm's name with a unit of it (…股份有限公司监审部) or its board (…有限公司董事会)
_FIRM_AND_UNIT = re.compile(
    rf"(?P<firm>.+(?:公司|集团|银行|股份))(?:[\u4e00-\u9fff]{{1,8}}{INNER_UNIT_END}"
    rf"|{'|'.join(FIRM_BOARDS)})"
)


def _unit_of_the_firm(owner: str, unit: str, joined: bool) -> bool:
    """Whether ``unit`` (科研所), after the posts of ``owner`` (a firm, or a unit of one), is a
    unit of that firm: joined to the chain by 、, or the unit the chain's owner already ends
    with (the tagger read it as a body of its own)."""
    if unit == owner or (
        unit not in FIRM_BOARDS and not (INNER_UNIT.fullmatch(unit) and not is_known_body(unit))
    ):
        return False  # (the chain's owner itself, given to the post on a first reading)
    if joined:
        return _FIRM.search(_firm_of(owner)) is not None
    return owner.endswith(unit) and owner != unit and _firm_of(owner) != owner


def _firm_of(owner: str) -> str:
    """The firm of ``owner`` when it names one and a unit of it (…股份有限公司监审部) or its
    union (…发动机厂工会), else ``owner``."""
    if owner.endswith("工会") and _FIRM.search(owner, 0, len(owner) - 2):
        return owner[:-2]  # (…发动机厂工会主席、党委副书记、副厂长: the factory's)
    found = _FIRM_AND_UNIT.fullmatch(owner)
    return found["firm"] if found is not None else owner


_FIRM_POSTS = re.compile(
    r"^(?:副|常务副|执行|独立|独立非执行|非执行|外部|职工|职工代表)?(?:董事长|董事|总经理|总裁|经理"
    r"|监事|监事会主席|董事会秘书|总会计师|总工程师|总经济师|财务总监|财务负责人|行长|首席执行官"
    r"|总经理助理|总裁助理|董事长助理|厂长)$"
)


# A university's department (上海财经大学贸易经济系), and the department a post opens with
# (市场营销系|主任; 系|主任: the chain's own)
_DEPARTMENT = re.compile(rf"(?P<university>.+{UNIVERSITY}){DEPARTMENT_TAIL}")
_DEPARTMENT_OPENING = re.compile(r"[\u4e00-\u9fff]{0,8}?系")


def _distribute_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """Posts in a chain joined by 、 or 兼 share the owner the chain names first.

    ``辽宁省委书记、常委、委员``: 常委 and 委员 are 辽宁省委's; ``国务院总理、党组书记``:
    the 党组 is 国务院's (国务院党组书记). A post with its own full owner keeps it.
    """
    out = list(mentions)
    owner: str | None = None
    previous_end = -1
    for index, mention in enumerate(out):
        if mention.type not in ("Position", "Organization", "Place"):
            owner, previous_end = None, -1
            continue
        joined = previous_end >= 0 and text[previous_end : mention.start] in ("、", "兼")
        contiguous = previous_end == mention.start
        if mention.type == "Position":
            # (研究所所长、代理党委书记, 合金厂副厂长、代理厂长: an acting holder's post is the
            # chain's as the post itself would be)
            title = ACTING_OPENING.sub("", mention.text)
            unit = next((u for u in UNITS if title.startswith(u)), None)
            if mention.owner and (joined or contiguous) and owner and mention.owner in UNITS:
                # (本公司监事会主席、党委副书记: the firm's party committee, not its board's)
                base = _firm_of(owner) if owner.endswith((*FIRM_BOARDS, "工会")) else owner
                full = base + mention.owner
                out[index] = replace(mention, owner=full, value=full + mention.text)
            elif mention.owner == "书记处" and joined and owner:
                # 全国总工会党组书记、副主席、书记处第一书记: the secretariat is the union's (and
                # 中共中央政治局委员、书记处书记: the central committee's, as its politburo is)
                body = shared_owner(owner, "").removesuffix("政治局")
                out[index] = replace(mention, owner=body + mention.owner, value=body + mention.text)
            elif not mention.owner and joined and owner and unit and len(title) > len(unit):
                # 国务院副总理、党组成员: a title that names its unit (党组成员) is the owner's
                full = owner + unit
                out[index] = replace(mention, owner=full, value=owner + mention.text)
            elif not mention.owner and joined and owner and _national_post(mention, owner):
                # 越南副总理兼外长裴青山: a foreign country's minister, as its deputy premier
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif (
                not mention.owner
                and joined
                and owner
                and (
                    _BODY_POSTS.match(title)
                    # (…有限公司党委书记、董事、副总经理: the firm's, whose party committee it is)
                    or (
                        _FIRM.search(_firm_of(shared_owner(owner, title)))
                        and _FIRM_POSTS.match(title)
                    )
                )
            ):
                # 全国总工会党组书记、副主席: the vice-chair is the union's, not its party group's
                body = shared_owner(owner, title)
                if _FIRM_POSTS.match(title):
                    body = _firm_of(body)  # (…公司监审部部长兼监事: the firm's, not the unit's)
                out[index] = replace(mention, owner=body, value=body + mention.text)
            elif (
                not mention.owner
                and joined
                and owner
                and (department := _DEPARTMENT.fullmatch(owner)) is not None
                and (opening := _DEPARTMENT_OPENING.match(mention.text)) is not None
                and mention.text[opening.end() :] in titles()
            ):
                # 上海财经大学贸易经济系副主任、市场营销系主任: another department of the same
                # university; 安徽工业大学会计系教授、系主任: the chain's own department's head
                head = mention.text[opening.end() :]
                body = owner
                if opening.end() > 1:
                    body = department["university"] + mention.text[: opening.end()]
                out[index] = replace(mention, owner=body, value=body + head)
            elif mention.owner and owner and _unit_of_the_firm(owner, mention.owner, joined):
                # …有限责任公司副总工程师、科研所所长: the firm's research institute (read as a
                # body of its own by the tagger: then the chain's owner is already the firm's)
                if joined:
                    owner = _firm_of(owner) + mention.owner
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif (
                mention.owner
                and contiguous
                and owner
                and (_foreign_party(owner) or _court_of(owner))
                and owner != mention.owner
                and owner.endswith(mention.owner)
            ):
                # 越共中央政治局委员、中央书记处常务书记: the party the chain named first (and
                # 最高人民法院…、审判委员会委员: the court's committee)
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif (
                not mention.owner
                and joined
                and (court := _court_of(owner))
                and COURT_RANK.fullmatch(mention.text)
            ):
                # …、第一巡回法庭庭长、审判员: a judge of the court, whatever its unit
                out[index] = replace(mention, owner=court, value=court + mention.text)
            elif (
                not mention.owner
                and contiguous
                and owner is None
                and out[index - 1].type == "Organization"
                and _FIRM.search(out[index - 1].text)
                and titles().occupation(mention.text)
            ):
                # 历任上海电子管三厂技术员、技术科科长、…: the job keeps its own word (the post
                # of many), the factory right before it owns the rest of the list
                owner = out[index - 1].text
            elif (
                not mention.owner
                and joined
                and owner
                and _FIRM.search(_firm_of(owner))
                and (opening := _UNIT_OPENING.match(mention.text)) is not None
                and mention.text[opening.end() :] in titles()
            ):
                # (…三厂技术员、技术科科长: a unit of the factory's, named with its head)
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif mention.owner and mention.owner not in UNITS:
                owner = mention.owner
            previous_end = mention.end
        elif not joined:  # an owner opens a new chain unless it is the unit of the last
            previous_end = mention.end if mention.text in UNITS and owner else -1
            if previous_end < 0:
                owner, previous_end = None, mention.end
        else:
            # (中央宣传部副部长、文化和旅游部党组书记、部长: a body after 、 owns what follows,
            # unless it is a unit of the firm the chain is of: …公司副总工程师、科技质量管理部)
            if owner and _unit_of_the_firm(owner, mention.text, True):
                owner = _firm_of(owner) + mention.text
            elif mention.text.startswith("中央") and (party := _foreign_party(owner)):
                # (越共中央政治局委员、中央书记处…: the 中央 of the same party, not China's)
                owner = party + mention.text
            elif (court := _court_of(owner)) and COURT_UNIT.fullmatch(mention.text):
                # (最高人民法院副院长、审判委员会委员、第一巡回法庭庭长: the court's committee and
                # tribunal)
                owner = court + mention.text
            else:
                owner = owner if mention.text in UNITS else None
            previous_end = mention.end
    return _countries_over_titled_names(text, _countries_before_ordinals(text, out))


# The next holder of a post, between the country and its title: 马尔代夫新一任总统 (a numbered
# one names the post so: 巴基斯坦第九任总统); 当选, 候任: the elect's own post (马尔代夫当选总统)
_SUCCESSION_BEFORE = re.compile(rf"(?:{'|'.join((*SUCCESSION, *NOT_YET_HELD))})$")


def _countries_before_ordinals(text: str, mentions: list[Mention]) -> list[Mention]:
    """``穆伊祖当选马尔代夫新一任总统``: a bare national title after a foreign country and a
    word of succession is that country's (马尔代夫总统); after 当选 or 候任, the elect's own
    (马尔代夫当选总统, as 美国当选总统 reads: the title found no owner when the tagger read the
    country as a person, :func:`kgraph.extract._places_by_context` retypes it after)."""
    if not any(m.type == "Position" and not m.owner and m.value is None for m in mentions):
        return mentions
    out = list(mentions)
    # (美国驻埃及新任大使库尔兹: the country an envoy is posted to is not whose post it is)
    countries = {
        m.end: m.text
        for m in mentions
        if m.type == "Place" and _country(m.text) and text[m.start - 1 : m.start] != "驻"
    }
    for index, mention in enumerate(out):
        if mention.type != "Position" or mention.owner or mention.value is not None:
            continue
        word = _SUCCESSION_BEFORE.search(text, max(0, mention.start - 3), mention.start)
        if (
            word is not None
            and word.start() in countries
            and titles().kind(mention.text) in NATIONAL_TITLE_KINDS
        ):
            owner = countries[word.start()]
            owner += word.group() if word.group() in NOT_YET_HELD else ""
            out[index] = replace(mention, owner=owner, value=owner + mention.text)
    return out


# A minister's title after the fields of the portfolio: 经济和气候保护|部长, 外交和合作|大臣
MINISTER_TITLES = ("部长", "大臣")
_MINISTER_TITLE = re.compile("|".join(MINISTER_TITLES))
# What joins the fields of one portfolio (内政、公共管理和权力下放部长)
_FIELD_JOIN = re.compile(r"[和及与、]")
# How far before its title a portfolio may begin
_PORTFOLIO_REACH = 24


def _compound_portfolios(text: str, mentions: list[Mention]) -> list[Mention]:
    """A minister of several fields is one post: ``德国副总理兼经济和气候保护部长哈贝克``,
    ``希腊内政、公共管理和权力下放部长``, ``巴西农业部长法瓦罗、矿产和能源部长西尔韦拉``.

    The tagger reads the last field's ministry (能源部) or the bare title (部长) and drops the
    rest. The portfolio runs from a foreign country (the post is the country's), from 兼 after
    a foreign country's post (the same country's), or from a list's mark after a titled name
    (the list's country, if any, is given by :func:`_countries_over_titled_names`), to 部长 or
    大臣 before a name or another 兼. Each field is words of the dictionary (:func:`_field`);
    after a list's mark the portfolio must join two fields. A portfolio ending in 部 is a
    ministry's name (文化和旅游部|部长), left to the tagger.
    """
    from kgraph.extract.cues import event_cues

    if _MINISTER_TITLE.search(text) is None:
        return mentions
    flats = [m for m in mentions if m.type not in CONTAINER_TYPES]
    starts = {m.start: m for m in flats}
    country_ends = {m.end: m.text for m in flats if m.type == "Place" and _country(m.text)}
    post_ends = {m.end: m for m in flats if m.type == "Position"}
    person_ends = {m.end for m in flats if m.type == "Person"}
    covered = bytearray(len(text) + 1)  # (a name the tagger left may follow the title)
    for m in mentions:
        covered[m.start : m.end] = b"\1" * (m.end - m.start)
    out = list(mentions)
    for title in _MINISTER_TITLE.finditer(text):
        after = starts.get(title.end())
        if not (
            text.startswith("兼", title.end())
            or (title.end() < len(text) and not covered[title.end()])
            or (after is not None and after.type == "Person")
            # (…外交和合作大臣菲拉利: the tagger's guess at the name after the title)
            or (after is not None and after.source == "crf" and _lexicon_type(after.text) is None)
        ):
            continue
        for begin in range(title.start() - 2, max(title.start() - _PORTFOLIO_REACH, 0) - 1, -1):
            owner = country_ends.get(begin)
            if owner is None and text[begin - 1 : begin] == "兼" and begin - 1 in post_ends:
                before = post_ends[begin - 1].owner
                owner = before if before and _country(before) else None
                if owner is None:
                    break
            listed = (
                owner is None
                and text[begin - 1 : begin] in ("、", "，", "和")
                and (begin - 1 in person_ends)
            )
            if owner is None and not listed:
                continue
            portfolio = text[begin : title.start()]
            fields = _FIELD_JOIN.split(portfolio)
            if (
                portfolio.endswith("部")
                or (listed and len(fields) < 2)
                or not all(_field(field, event_cues().pattern) for field in fields)
            ):
                break
            inside = [m for m in flats if m.start < title.end() and m.end > begin]
            if any(m.type not in ("Organization", "Position") for m in inside) or (
                len(inside) == 1 and (inside[0].start, inside[0].end) == (begin, title.end())
            ):
                break
            post = portfolio + title.group()
            found = Mention(
                begin,
                title.end(),
                "Position",
                post,
                owner=owner,
                value=owner + post if owner else None,
                source="rules",
            )
            out = [m for m in out if m not in inside] + [found]
            break
    return sorted(out, key=in_text_order) if out != mentions else mentions


_NUMERALS = frozenset("一二三四五六七八九十两几各")


def _field(field: str, cues: re.Pattern[str]) -> bool:
    """Whether ``field`` names a minister's field: words of the dictionary of two characters
    or more (气候|保护, 权力下放), none a name, a number, an act (会见) or a title."""
    import rjieba

    if not 2 <= len(field) <= 8 or field.startswith(STATUS_MARKS + SUCCESSION):
        return False
    if any(titles().kind(field[i:]) for i in range(len(field) - 1)):
        return False  # (日本防卫大臣、农林水产大臣, 中非共和国政府代表、…: two posts)
    dictionary = jieba_dictionary()
    for word in rjieba.cut(field):
        tag = dictionary.get(word, (0, "nr"))[1]
        if (
            len(word) < 2
            or tag.startswith(("nr", "m", "q"))  # (美国第五位在职国防部长: no field)
            or word[0] in _NUMERALS  # (比利时、荷兰、卢森堡三国外交国务大臣)
            or cues.fullmatch(word)
            or _lexicon_type(word) == "Place"  # (…政府代表、中非外交国务部长: 中非 owns it)
        ):
            return False
    return True


# What joins one titled name of a list to the next: 斐济总统卡托尼韦雷、副总理普拉萨德
_NEXT_OF_LIST = ("、", "和", "及")


def _countries_over_titled_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``斐济总统卡托尼韦雷、副总理普拉萨德``, ``会见葡萄牙总统德索萨、总理蒙特内格罗``:
    in a list of titled names, a bare national title (a kind of
    :data:`~kgraph.extract.positions.NATIONAL_TITLE_KINDS`) is the foreign country's that titles
    the name before it (斐济副总理); a title with an owner of its own keeps it and ends the run."""
    out = list(mentions)
    places = {(m.end, m.text) for m in mentions if m.type == "Place"}  # (斐济|总统: the owner)
    persons = {m.start: m for m in mentions if m.type == "Person"}
    country = ""
    after = -1  # where the last titled name of the run ends
    for index, mention in enumerate(out):
        if mention.type != "Position" or mention.end not in persons:
            continue
        if mention.owner and (mention.start, mention.owner) in places:
            # (加利福尼亚州州长纽森、财政部长耶伦: a state's or a city's post ends the run)
            country = mention.owner if _country(mention.owner) else ""
        elif not mention.owner and (opening := _country_opening(mention.text)):
            # (巴西农业部长法瓦罗、矿产和能源部长西尔韦拉: a post read whole with its country)
            country = opening
        elif (
            country
            and not mention.owner
            and mention.value is None
            and text[after : mention.start] in _NEXT_OF_LIST
            and _national_post(mention, country)
        ):
            out[index] = replace(mention, owner=country, value=country + mention.text)
        else:
            country = ""
        after = persons[mention.end].end
    return out


def _country_opening(post: str) -> str:
    """The foreign country a post read whole opens with (巴西 of 巴西农业部长), else ""."""
    return next((post[:i] for i in range(len(post) - 2, 1, -1) if _country(post[:i])), "")


def _national_post(post: Mention, owner: str) -> bool:
    """Whether ``post``, named without an owner after a post of the foreign country ``owner``,
    is that country's too: a national title (外长, 副总理) or a minister of a portfolio
    (矿产和能源部长, :func:`_compound_portfolios`)."""
    return _country(owner) is not None and (
        titles().kind(post.text) in NATIONAL_TITLE_KINDS or post.text.endswith(MINISTER_TITLES)
    )


# A court's or procuratorate's own committee, tribunals and divisions (审判委员会, 第一巡回法庭,
# 民事审判第一庭, 执行局), and the ranks of its judges and procurators
COURT_UNIT = re.compile(
    r"审判委员会|检察委员会|[\u4e00-\u9fff]{0,8}(?:巡回法庭|审判庭|法庭|审判第[一二三四五六七八九十]+庭)|执行局"
)
COURT_RANK = re.compile(r"(?:助理)?(?:审判员|检察员)")
_COURT = re.compile(r"^.*?(?:法院|检察院)")


def _court_of(owner: str | None) -> str:
    """The court or procuratorate a chain's owner is or is a unit of (最高人民法院 of
    最高人民法院第一巡回法庭; "" for other bodies)."""
    found = _COURT.match(owner or "")
    return found.group() if found else ""


def _foreign_party(owner: str | None) -> str:
    """The party a chain's owner names before its 中央 when it is not China's: 越共 of
    越共中央政治局, 老挝人革党 of 老挝人革党中央 ("" for 中共中央…, 全国人大常委会 …)."""
    if not owner or "中央" not in owner:
        return ""
    party = owner[: owner.index("中央")]
    china = ("中共", "中国共产党")
    return party if party.endswith(("共", "党")) and party not in (*china, "共", "党") else ""
