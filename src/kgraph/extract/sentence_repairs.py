"""A sentence's mentions as the graph takes them: the repairs after the tagger.

:func:`graph_repairs` runs on what :func:`kgraph.extract.extract` tagged in one sentence and
mends what the annotated corpora would label otherwise or not at all: names cut or run on,
posts and their owners, addresses split into their places, foreign bodies, named things, lists
of people. Each repair is a small function from a sentence's text and mentions to mentions;
:func:`graph_repairs` applies them in order. The annotated corpora score
:func:`kgraph.extract.extract`, which does not run them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

from kgraph.extract.dictionary import COMMON_FREQUENCY, jieba_dictionary, jieba_words
from kgraph.extract.lexical import (
    _ADMIN_LEVEL,
    _BODY_END,
    _CJK_NAME,
    _COMMON_AFTER_LEAD,
    _NAME_TAGS,
    _NAMED_THING,
    _NAMED_THING_BEFORE,
    _NATIONAL_BODY,
    _ORG_WORD,
    _PERSON_BEFORE,
    _REGION_KIND,
    _SLOT_WORD,
    _TOWN_CHARS,
    _TOWN_ENDING,
    _TRANSLITERATION,
    CONTAINER_TYPES,
    _chinese_name,
    _country,
    _dictionary_names,
    _distribute_owners,
    _has_owner,
    _inside_title,
    _known_place,
    _lexicon_type,
    _starts_with_place,
    _word_like,
    covered,
    post_of_place,
)
from kgraph.extract.positions import (
    ELIDED_SESSIONS,
    ROLE_IN_BODY,
    TRAILING_MODIFIER,
    TRAILING_MODIFIERS,
    held_for_years,
    titles,
)
from kgraph.records import Mention, in_text_order
from kgraph.text import halfwidth, read_words


@cache
def _frequent_pairs() -> frozenset[str]:
    return read_words(Path(__file__).resolve().parents[1] / "data" / "frequent_pairs.txt")


def _title_shares_a_character(text: str, mentions: list[Mention]) -> list[Mention]:
    """``保守党党首约翰逊``, ``民主党党首菅直人``: the tagger's body takes the title's first
    character (保守党党|首), so the post loses its owner and then itself; ``南澳州州督孙芳安``:
    the tagger's place does, and the title (州督) is lost with it. The body or place ends
    before the title, and the post is the owner's (for the graph only, as :func:`_ministers`)."""
    titles_at = {m.start: m for m in mentions if m.type == "Position"}
    out: list[Mention] = []
    for m in mentions:
        post = titles_at.get(m.end - 1) if m.type == "Organization" else None
        if (
            post is None
            and m.type == "Place"  # (not a body: 德国社民党|首届, the first session)
            and len(m.text) >= 3
            and not _LONG_WORD.match(text, m.end)  # (…省|长期: for long)
        ):
            post = next(
                (
                    Mention(m.end - 1, m.end - 1 + size, "Position", word, source="rules")
                    for size in (4, 3, 2)
                    if (word := text[m.end - 1 : m.end - 1 + size]) in titles().labels
                    and len(word) == size
                    # (上海市|长宁区: a word the tagger read after the place keeps its character)
                    and not any(m.end < o.end and o.start < m.end - 1 + size for o in mentions)
                ),
                None,
            )
        if post is None or len(m.text) < 3 or not post.text.startswith(text[m.end - 1]):
            out.append(m)
            continue
        owner = m.text[:-1]
        out.append(replace(m, end=m.end - 1, text=owner, value=None))
        if post.start not in titles_at:
            out.append(post)  # (the title the tagger's span hid)
        titles_at[post.start] = replace(post, value=owner + post.text, owner=owner)
    return [titles_at.get(m.start, m) if m.type == "Position" else m for m in out]


def _titled_name_in_a_body(text: str, mentions: list[Mention]) -> list[Mention]:
    """``英国驻港总领事贝|恩德爵士``: the tagger's body runs over a title into the first
    character of the name after it. The body up to the title is the post's owner, the character
    the name's (for the graph only, as :func:`_title_shares_a_character`)."""
    people = {m.start: m for m in mentions if m.type == "Person"}
    moved: dict[int, Mention] = {}
    out: list[Mention] = []
    for m in mentions:
        person = people.get(m.end) if m.type == "Organization" else None
        title = next(
            (
                size
                for size in (4, 3, 2)
                if person is not None
                and len(m.text) - 1 - size >= 2
                and m.text[-1 - size : -1] in titles().labels
                and _CJK.fullmatch(m.text[-1])
                and m.text[-1] not in NOT_A_NAMES_START
            ),
            None,
        )
        if person is None or title is None:
            out.append(m)
            continue
        end = m.end - 1
        owner = text[m.start : end - title]
        post = text[m.start : end]
        out.append(Mention(m.start, end, "Position", post, value=post, owner=owner, source="rules"))
        moved[person.start] = replace(person, start=end, text=text[end : person.end], value=None)
    return [moved.get(m.start, m) if m.type == "Person" else m for m in out]


# What starts no name after a title: 总领事和|…, 大使等|…
NOT_A_NAMES_START = frozenset("和及与等兼、，的在")


# 长 that opens a word of its own after a body (统计局长期, 外交部长远): no head of it
_LONG_WORD = re.compile(r"长[期远久足达效城江河寿廊度臂治篇征]")


def _ministers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``澳大利亚外交部长``, ``美国国防部长``, ``美国联邦航空管理局长``, ``玉溪行署人事科长``: a
    ministry (a bureau, a department, a section, an institute, a factory) and its 部长 (局长,
    厅长, 署长, 科长, 处长, 所长, 厂长) share the 部, so the tagger's 澳大利亚外交部 leaves
    长 behind and the post is lost (the corpora annotate the ministry: this is for the graph
    only, not :func:`kgraph.extract.extract`). The span is the post: the known title it ends
    with (外交部长, else 部长) after the owner the tables know (澳大利亚), or the whole span as
    the title when the owner is not a known name."""
    from kgraph.extract.positions import is_owner, titles
    from kgraph.lexicons import lexicon, normalize_key

    taken = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if not (
            m.type == "Organization"
            and m.text.endswith(("部", "局", "厅", "署", "科", "处", "所", "厂"))
            and text[m.end : m.end + 1] == "长"
            and not _LONG_WORD.match(text, m.end)
            and m.end not in taken
        ):
            out.append(m)
            continue
        full = m.text + "长"
        title = next(
            (full[i:] for i in range(len(full) - 1) if full[i:] in titles().labels), full[-2:]
        )
        owner = full[: -len(title)]
        if owner and is_owner(owner):
            known = lexicon().aliases
            kind = "Place" if ("Place", normalize_key(owner)) in known else "Organization"
            out.append(replace(m, end=m.start + len(owner), type=kind, text=owner, value=None))
            out.append(
                Mention(
                    m.start + len(owner),
                    m.end + 1,
                    "Position",
                    title,
                    value=full,
                    source="rules",
                    owner=owner,
                )
            )
        else:
            out.append(replace(m, end=m.end + 1, type="Position", text=full, value=None))
    return out


# … and a list of roads by their short names (乌玛、连霍等高速公路, 京港澳和沪昆等高速).
_ROADS_LISTED = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)*等(?:多条|[\d一二三四五六七八九十]+条)?"
    r"(?:高速公路|高速(?!发展|增长)|高铁|铁路|公路|国道|省道)"
)


def _after_a_foreign_post(text: str, before: list[Mention], start: int) -> bool:
    """Whether the name at ``start`` comes right after a post whose clause names a foreign
    country (柬埔寨副首相兼内阁办公厅大臣|翁赛维索)."""
    if not before or before[-1].type != "Position" or before[-1].end != start:
        return False
    clause = max(text.rfind(c, 0, start) for c in "、，,。；;：:") + 1
    return any(
        m.type == "Place" and clause <= m.start and _country(m.text) is not None for m in before
    )


def _transliteration_after(text: str, end: int, taken: bytearray, most: int = 2) -> int:
    """Where a foreign name the tagger cut at ``end`` really ends: one or two free characters
    of transliterations that begin no common word, then a comma, a particle or a word
    (卡托尼|韦雷、, 塔夫拉|达当天); ``end`` when there are none."""
    words = jieba_words()
    for size in (2, 1)[2 - most :]:
        stop = end + size
        if stop > len(text) or any(taken[end:stop]):
            continue
        piece = text[end:stop]
        if not all(char in _TRANSLITERATION for char in piece) or piece.startswith("本"):
            continue  # (帕斯曼诺夫|本是外交官: 本 "at first", not the name's end)
        # (a word as rare as 维索, 7 in jieba's dictionary, is the name's: 翁赛|维索)
        if any(
            words.get(text[end : end + n], 0) >= COMMON_FREQUENCY
            for n in (2, 3, 4)
            if end + n <= len(text)
        ):
            continue
        if stop == len(text) or text[stop] in _NAME_BOUNDARY or text[stop] in _ONE_AFTER_NAME:
            return stop
        if any(text[stop : stop + n] in words for n in (2, 3, 4) if stop + n <= len(text)):
            return stop
    return end


# Adverbs a name's last character may open: 尼吉特|地拿出 (特地), 某某亲|自; and prepositions
# (程耳凭|借影片《无名》获得最佳导演).
_ADVERB_AFTER_NAME = re.compile(
    r"特地|特意|亲自|随即|立即|专程|已经|曾经|凭借|借助|依靠|率先|首次|再次|一直|同时"
    # and verbs of winning (汪顺摘|得铜牌)
    r"|摘得|夺得|赢得"
)
# 会 as "will" right after a foreign name, before a preposition (皮埃罗·法西诺|会以…口气回击)
_MODAL_AFTER_FOREIGN_NAME = re.compile(r"会(?=[以在把对向同与给用])")


# Military commands named like areas: organisations (天津警备区, 北京卫戍区, 某军分区)
_MILITARY_COMMANDS = ("警备区", "卫戍区", "军分区")


# Facilities: places (as the gazetteer's venues are), even when the model calls them bodies.
_FACILITY_END = re.compile(
    r"(?:核电站|水电站|电站|大坝|水库|水利枢纽|大桥|隧道|机场|码头|火车站|高铁站|体育场|体育馆|广场"
    r"|油田|气田|煤矿|公园|景区|会议厅|礼堂|(?<=[\u4e00-\u9fff]{2})[东南西北]站|客运站|汽车站"
    # hotels and guesthouses, old academies and stations, named as where things happen
    # (位于西湖国宾馆丁家山南麓, 在岳麓书院，凝望…, 驶出德卡鲁尔车站)
    r"|宾馆|饭店|酒店|书院|车站|港站)$"
)


# Gatherings and ideas named like bodies: 纳什维尔民众集会, 柬中命运共同体.
_NOT_A_BODY_END = re.compile(
    r"(?:集会|游行|论坛|峰会|博览会|展览会|运动会|研讨会|座谈会|招待会|发布会|音乐会|命运共同体)$"
)


# After a body's name, what makes the phrase a system or a craft: 人民代表大会制度, 福建舰.
_BODY_THING_AFTER = re.compile(r"[”\"」』]?(?:制度|体制|舰|空间站|飞船|卫星|航母)")


# A body's last 协 that opens a word after it (中塞自由贸易协|定, 香港园区协|同发展): no body.
_XIE_WORD = re.compile(r"[定同议调作商]")


_XIE_BODIES = frozenset(["政协", "科协", "作协", "侨协", "记协", "文协", "美协", "书协", "剧协"])


# After a place's name, what makes it a people or an armed group: 库尔德武装, 库尔德族.
_PEOPLE_AFTER = re.compile(r"武装|族")


# Generic words that, after a place's name, make an institution or a venue of it (not a
# place run into a word, as 宝鸡|河道 is): 西藏图书馆 is a library, 天安门广场 a square.
_INSTITUTIONS = frozenset({"博物馆", "图书馆", "纪念馆", "美术馆", "科技馆"})


_VENUES = frozenset({"广场"})


# Prepositions (and 中 of 其中) a short form may follow though they make a word with its first
# character: 向|东盟, 以|东盟为中心, 其中|东盟参展企业.
_BEFORE_SHORT_FORM = frozenset("向以在从对与和同其于为把被给让往朝中")


# A language in a list of languages (阿拉伯文、葡萄牙文、德文、斯瓦希里文…版): 文 and the list.
_LANGUAGE_BEFORE = re.compile(r"文[、和及与]$")


_LANGUAGE_AFTER = re.compile(r"[、和及与][\u4e00-\u9fff]{1,6}?文|版")


# A section of a route before it (龙龙高铁|梅龙段): the section, no person.
_ROUTE_BEFORE = re.compile(r"(?:高铁|铁路|高速|公路|城际|[线路])$")


def _language_of_list(text: str, m: Mention) -> bool:
    """葡萄牙文、德文、斯瓦希里文…版: a name ending in 文 in a list of languages is a language."""
    return (
        m.text[-1:] == "文"
        and len(m.text) >= 2
        and bool(_LANGUAGE_BEFORE.search(text, 0, m.start) or _LANGUAGE_AFTER.match(text, m.end))
    )


def _words_round_name(text: str, m: Mention) -> bool:
    """A "person" the words round it show is no one: a language of a list (``德文、斯瓦希里文``),
    a craft (``祝融号``) or a people (``塔吉克|族``), a route's section (``龙龙高铁梅龙段``), a
    known place before a numeral (``哈密十|三间房``),
    or one that a word of jieba's dictionary of four or more characters, no name of the training
    corpora, runs into from the left (``五|谷丰登``)."""
    from kgraph.lexicons import lexicon, normalize_key

    name = m.text
    if text[m.start : m.end] != name or len(name) < 2 or "·" in name:
        return False
    if _language_of_list(text, m):
        return True
    if name[-1] == "号" or text[m.end : m.end + 1] == "族":
        return True  # 天问一号携带祝融号: a craft; （塔吉克族）: a people
    note = _NAME_NOTE.search(text, max(0, m.start - 4), m.end + 6)
    if note is not None and note.start() < m.start and m.end < note.end():
        return True  # 苏来衣曼（柯尔克孜族）: a people in a listed name's note
    if name[-1] == "段" and _ROUTE_BEFORE.search(text, 0, m.start):
        return True
    aliases = lexicon().aliases
    if name[-1] in "一二三四五六七八九十" and ("Place", normalize_key(name[:-1])) in aliases:
        return True
    if ("Person", normalize_key(name)) in aliases or not _CJK_NAME.fullmatch(name):
        return False
    found, names = jieba_dictionary(), _dictionary_names()
    for start in range(max(0, m.start - 2), m.start):
        for end in range(m.end, min(len(text), m.end + 2) + 1):
            word = text[start:end]
            if end - start >= 4 and word in found and word not in names:
                return True  # 五|谷丰登: the name's first character closes a word of an idiom
    return False


def _named_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """What the graph should not take for a person, a body or a place, though corpora do.

    The annotated corpora keep 尤伯 of 尤伯杯 a person, so these apply to documents only:

    * a person's name that names a prize, a cup or a ship (诺贝尔奖, “西奥多·罗斯福”号) or a
      storm (台风“普拉桑”) is no person, a body or place before 舰, 空间站 (福建舰,
      “天宫”空间站) or 制度 (人民代表大会制度) none, nor a place before 武装 or 族
      (库尔德武装: a people);
    * a facility is a place (卡霍夫卡水电站), a gathering or an idea no organisation
      (民众集会, 命运共同体);
    * a body whose last 协 opens the word after it (中塞自由贸易协|定) is a cut through a word
      (a name with half a bracket never gets here: ``kgraph.extract``'s ``_brackets_paired``);
    * a known place run into a generic word (宝鸡河道) is the place.
    """
    from kgraph.lexicons import lexicon, normalize_key
    from kgraph.resolve import generic_names

    aliases = lexicon().aliases
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and (
            _NAMED_THING.match(text, m.end)
            or _ROADS_LISTED.match(text, m.end)
            or _NAMED_THING_BEFORE.search(text, 0, m.start)
            or _words_round_name(text, m)
        ):
            continue
        if m.type == "Place" and not m.value and _language_of_list(text, m):
            continue  # 葡萄牙文、德文: languages, no place
        if (
            m.type == "Place"
            and text[m.end : m.end + 1] == "部"
            and m.text + "部" in generic_names()
        ):
            continue  # 我国中东|部, 贵州西北|部: a side of a place, not 中东 (the Middle East)
        if (
            m.type == "Organization"
            and m.value
            and len(m.text) <= 3
            and text[m.start - 1 : m.start] not in _BEFORE_SHORT_FORM
            and jieba_words().get(text[m.start - 1 : m.start + 1], 0) >= _OPENED_WORD
        ):
            continue  # 全|国新办涉税, 人民城市人民|建: a known short form begun inside a word
        if m.type not in ("Organization", "Place") or m.value or m.owner:
            out.append(m)
            continue
        name = m.text
        if (
            _BODY_THING_AFTER.match(text, m.end)
            or (
                m.type == "Organization"
                and name.endswith("协")
                and _XIE_WORD.match(text, m.end)
                and name[-2:] not in _XIE_BODIES  # 政协|同…: the body, then 同
                and ("Organization", normalize_key(name)) not in aliases
            )
            or (m.type == "Organization" and _NOT_A_BODY_END.search(name))
            or (m.type == "Place" and _PEOPLE_AFTER.match(text, m.end))
        ):
            continue
        if (
            m.type == "Organization"
            and _FACILITY_END.search(name)
            and not any(
                ("Organization", normalize_key(name[:i])) in aliases for i in range(2, len(name))
            )
        ):  # 中国石油长庆油田 is a company's branch
            out.append(replace(m, type="Place"))
            continue
        if m.type == "Place" and name.endswith(_MILITARY_COMMANDS):
            out.append(replace(m, type="Organization"))  # 天津警备区: a command, not an area
            continue
        cut = next(
            (
                i
                for i in range(len(name) - 1, 1, -1)
                if name[i:] in generic_names() and ("Place", normalize_key(name[:i])) in aliases
            ),
            None,
        )
        if m.type == "Place" and cut is not None and name[cut:] in _INSTITUTIONS:
            out.append(replace(m, type="Organization"))  # 西藏图书馆: an institution
            continue
        if m.type == "Place" and cut is not None and name[cut:] not in _VENUES:
            out.append(replace(m, end=m.start + cut, text=name[:cut]))
            continue
        out.append(m)
    return out


# A gathering, a show or a congress named like a body is an event, not an organisation:
# 中国网络视听大会, 古埃及文明大展, 十五大, 九三学社十二大, 二十届三中全会. The people's congresses
# (全国人民代表大会) and the UN General Assembly are bodies, as is every name the tables know.
_EVENT_END = re.compile(
    r"(?:(?<!人民代表)(?<!联合国)大会|(?<!政治协商)(?<!部长)会议|全会|年会|论坛|峰会|博览会|展览会?"
    r"|交易会|洽谈会|推介会|大展|特展|文明展|艺术展|会展|展会|(?<![发进拓开扩])展|(?<![环季调关细礼章])节"
    r"|大赛|锦标赛|运动会|嘉年华|文博会|长街宴|地震|庙会|灯会"
    # games by their short names: 亚运会, 全运会, 大运会, 冬奥会, 残奥会, 青奥会 (not 奥委会)
    r"|运会|奥会|世大运"
    r"|宣介会|协商会|宣讲会|报告会|恳谈会|对接会|说明会|见面会|茶话会|联欢会|团拜会)$"
)


# … and a body the model cut from the event it names (中国网络|视听大会): the run after it.
# … or from a report's title (中国网络|视听发展研究报告).
_EVENT_AFTER = re.compile(
    r"[^\W开行办加席的在和与将于等召]{0,4}?"
    r"(?:大会|会议|论坛|峰会|博览会|展览会|交易会|大展|特展|电影节|艺术节|文化节)"
    r"|[^\W的了在和与及]{0,8}?(?:研究报告|发展报告|白皮书|蓝皮书)"
)


# Words before a kind of body that name no one body: 上级法院, 驻外使馆, 各级党委, 某集团军.
_ORG_NO_OWNER = re.compile(
    r"^(?:上级|下级|各级|基层|驻外|驻多国|驻各国|驻当地|多国|多家|各地|各国|外国|境外|国外|海外|地方"
    r"|新一届|本届|上届|历届|新一任)"
    r"|某"
    # one body of a kind, or the bodies of two countries, none named (两国政府委员会)
    r"|^(?:一家|一所|一个|这家|那家|该|[两三四五六七八九十]国)"
)


# Verbs after a place that end a "name" the model ran on (吉林长春|组织, 广东|加快方舱医院).
_VERB_AFTER_PLACE = re.compile(
    r"组织|加快|开展|推进|举办|召开|实施|启动|加强|部署|发布|出台|印发|建成|打造|增派|派遣|派出"
)


def _place_then_verb(name: str) -> bool:
    """吉林长春|组织, 广东|加快方舱医院: known places, then a verb (中国|民间组织 is a name)."""
    at = 0
    while True:
        step = next((i for i in range(len(name) - 1, at + 1, -1) if _known_place(name[at:i])), None)
        if step is None:
            break
        at = step
    return at > 0 and bool(_VERB_AFTER_PLACE.match(name, at))


# What makes a name a kind of body or a set of bodies: 联合国机构, 民政系统.
_ORG_KIND_END = re.compile(r"(?:单位|系统|雷达站?|设施|基地|基站)$")


# A format or a generation of a technology (4K, 5G): no body.
_FORMAT = re.compile(r"[0-9]+[A-Za-z]")


# A numbered congress (十五大, 民革十四大, 二十大): an event, whatever the model typed it.
_CONGRESS = re.compile(r"[一二三四五六七八九十]+大$")


# Things with a model, a maker or a craft's name: 天舟五号货运飞船, 美制陆军|战术导弹.
_CRAFT_END = re.compile(r"(?:飞船|卫星|火箭|导弹|战机|航母|空间站|舰)$")


_THING_AFTER_BODY = re.compile(r"(?:战术)?导弹|战机|坦克|装甲车|雷达|火炮|榴弹炮")


# A bare unit after 和 or 与 inside a longer name: 难民救济和|工程处, 货币与|资本市场部.
_BARE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:处|部|科|室|司)")


_UNIT_AFTER_AND = re.compile(r"[\u4e00-\u9fff][和与]$")


# Verbs no place's name holds (宁夏扬黄灌区计划引黄河, 德余高速连接贵州, 回京), a satellite
# (风云三号G星), and the games a city's name runs into (杭州亚|运会).
_PLACE_VERB = re.compile(
    r"计划|连接|通达|前往|抵达|^回|^赴|^的|^空袭|凯旋|飞天|合龙|升空|返回$|发射$|贯通$|通车$"
)


_SATELLITE = re.compile(r"号[A-Z0-9]*星$")


_GAMES_AFTER = re.compile(r"运会|残运会")


_CJK = re.compile(r"[\u4e00-\u9fff]")


_ROAD_AFTER = re.compile(r"高速|高铁|铁路|公路|航线")


# A body's term: 第十七届|中央委员会 is no one body without its party.
_TERM = re.compile(r"^第?[一二三四五六七八九十百]+届")


# Kinds of body, named without a place or a body that owns them: 民政部门, 金融机构.
_KIND_OF_BODY = re.compile(r"(?:部门|机构|指挥部)$")


# Money, not a body: 水利发展基金 (a 基金会 is a body).
# … 俄前|防长 ("former"), and ideas, seasons and ways of working named like bodies.
_OF_A_KIND = re.compile(
    r"(?:基金|(?<=.)[前原]|机制|事务|互联互通|管党治党|旺季|交汇|监测|管制|监管|公报|白皮书|蓝皮书)$"
)


# Verbs no organisation's name holds: 习近平复信|斯梅戴雷沃钢厂, 中泰缅老四国警方启动合作…
_VERB_IN_NAME = re.compile(
    r"复信|致信|启动|超额完成|退党|按照|举行|召开|打击|称(?!号)|围绕|通达|深化|共促|打造|落实|隶属|全力"
    # 中国人民银行指导商业银行, 调整货币政策委员会: a body's verb, then another body
    r"|指导(?!委员会|中心|小组|组)|调整"
)


# 闫盛红及兵团教育局党组: a list, not one name (埃及 is a country, 比尔及梅琳达·盖茨 a couple).
_LIST_IN_NAME = re.compile(r"(?<=..)(?<!埃)及(?=..)")


# What a body is, said before its name: 美国智库|大西洋理事会, 英国媒体|卫报 (the name follows).
_DESCRIPTOR = re.compile(
    r"(?<=.)(?:智库|媒体|网站|评级机构|民调机构|咨询机构|研究机构|非政府组织|慈善机构|反对派|武装组织)"
    r"(?=[\u4e00-\u9fff]{3})"
)


# Kinds of team or unit (考察队, 机动小组, 暴力团): generic even after the country or army
# they belong to (乌军机动小组, 日本暴力团); a delegation of a country is one body.
_UNIT_KIND_END = re.compile(r"(?:队|小组|分队|团)$")


# … and kinds of company or co-operative (捷克|贸易公司, 四川|农村信用社): some, not one.
_COMPANY_KIND = re.compile(r"^(?:公司|企业|工厂|贸易公司|信用社|农村信用社)$")


# What follows a known person's name and is no part of it: 韩正|赞, 李强|在.
_VERB_AFTER_KNOWN_NAME = frozenset(
    "赞称说在和与同对向将已也还又则即是为指表会致讲谈出主视考访应率携从等就的以被给请于到回要并送"
)


# How common (jieba's count) a word a known name's last character seems to open must be.
_OPENED_WORD = 1000


def _opens_word(text: str, at: int) -> bool:
    """``韩正希|望``, ``李希来|到``: the character at ``at`` opens a common word of two or three
    characters (希望, 来到) that names nobody."""
    found = jieba_dictionary()
    for size in (2, 3):
        word = found.get(text[at : at + size])
        if word and word[0] >= _OPENED_WORD and not word[1].startswith(_NAME_TAGS):
            return True
    return False


# Directions after a place's name: 巴赫穆特|西南 (south-west of it).
_DIRECTION_END = re.compile(r"(?:东南|西南|东北|西北|以东|以西|以南|以北|郊区|附近|一带)$")


# The kinds of place or structure a place's name ends with (钱凯港, 拉法口岸, 中老铁路,
# 国会大厦, 松花江, 石家庄机场, 豫园) …
_PLACE_NAME_END = re.compile(
    r"(?:港|口岸|铁路|高铁|高速公路|高速|机场|水电站|核电站|电站|大厦|大桥|隧道|水库|大坝|车站|[江河湖]"
    r"|园|广场|公园|景区)"
)


# … and what ends a place's name after them (港珠澳大桥, 黄山风景区, 珠江新城, 长江经济带).
_PLACE_WORD_END = re.compile(
    r"[区城口岛洲州县市镇乡村路街道桥湾池带峡湖江河山门寺宫殿楼馆站园场廊线库岸端阁厂头]$"
)


def _common_words_after_place(name: str) -> int:
    """钱凯港|开港, 拉法口岸|陆路, 中老铁路|国际货物, 松花江|堤坝, 白鹤滩水电站|16台: a place
    ending in its kind, then only common words of the dictionary (or a count) that end no
    place's name: where the place ends (0 when nothing follows it so)."""
    import rjieba

    kinds = [k for k in _PLACE_NAME_END.finditer(name) if k.start() >= 2 and k.end() < len(name)]
    if not kinds:
        return 0
    words = jieba_dictionary()
    bounds = set(accumulate(len(piece) for piece in rjieba.cut(name)))
    for kind in reversed(kinds):
        at = kind.end()
        rest = name[at:]
        if (
            kind.start() < 2
            or not rest
            or (at not in bounds and len(kind.group()) < 2)
            or _PLACE_WORD_END.search(rest)
            or "的" in rest  # 宜昌三峡大坝|的左岸坝: left to the run-on rule of a known place
        ):
            continue
        if _known_place(rest) or _lexicon_type(rest) is not None:
            continue
        rest = _DIGIT_RUN.sub("", rest)
        if len(rest) >= 2 and _BODY_END.search(rest):
            continue  # 太原铁路|分局, 云龙湖|实验室: a body named after the place
        pieces = rjieba.cut(rest) if rest else []
        if all(
            (entry := words.get(piece)) is not None
            and entry[0] >= _SLOT_WORD
            and not entry[1].startswith(_NAMING_TAGS)
            for piece in pieces
        ):
            return at
    return 0


# Digits of a count inside a name (白鹤滩水电站|16台).
_DIGIT_RUN = re.compile(r"^[0-9０-９]+")


def _two_place_names(name: str) -> bool:
    """浙江建德: a province the tables know, then a county or city without its level."""
    return len(name) >= 4 and any(
        _known_place(name[:k]) and (_known_place(name[k:]) or _place_without_level(name[k:]))
        for k in range(2, len(name) - 1)
    )


# A village's, a community's or a street's body of a kind (村党支部, 社区卫生服务中心, 街道党工委):
# which village's, the name does not say.
_LOCAL_LEVEL = re.compile(r"^(?:村|社区|街道)")


_LOCAL_BODY = re.compile(r"(?:党支部|党总支|党委|党工委|委会|卫生室|卫生服务中心|服务中心|服务站)$")


# A party committee, a union or a league branch inside a body (集团公司|党委, 支队|党委, 公司|工会).
_BODY_INSIDE = re.compile(r"(?:党委|党组|党支部|党总支|党工委|党组织|纪委|工会|团委)$")


# A level of government alone (自治区, 省, 县, 镇): what the story's place is, named by level.
_ADMIN_LEVEL_ONLY = re.compile(r"自治区|自治州|自治县|特区|[省市县区镇乡村州盟旗]")


def _committee_of_nothing(name: str) -> bool:
    """集团公司党委, 支队党委, 段党委, 公司工会: the committee of a body whose name names
    nothing (``_names_nothing``) is no particular one, whichever body the story is about."""
    inside = _BODY_INSIDE.search(name)
    return (
        inside is not None
        and inside.start() >= 1
        and not _ADMIN_LEVEL_ONLY.fullmatch(name, 0, inside.start())  # 自治区纪委: left to levels
        and _names_nothing(name[: inside.start()])
    )


def _local_kind(name: str) -> bool:
    level = _LOCAL_LEVEL.match(name)
    return level is not None and bool(_LOCAL_BODY.fullmatch(name, level.end()))


def _generic_unit(name: str) -> bool:
    from kgraph.resolve import generic_names

    for cut in range(1, min(len(name) - 1, 5)):
        head, rest = name[:cut], name[cut:]
        if (
            len(rest) >= 2
            and (_UNIT_KIND_END.search(rest) or _COMPANY_KIND.search(rest))
            and rest in generic_names()
            and rest not in ("代表团", "主席团")
            and (
                _country(head) is not None
                or (len(head) == 2 and head[-1] in "军方")
                or (_modifier(head) and _UNIT_KIND_END.search(rest) and rest[-2:] != "集团")
            )
        ):
            return True
    return False


# The jieba tags of a word that names something (a place, a person, a body, a brand, a short form).
_NAMING_TAGS = ("ns", "nr", "nz", "nt", "j")


# What a name may hold that no ordinary word does: Latin letters, digits, quotes, brackets, a dot.
_NAME_MARK = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９“”\"《》（）()·]")


# A word of jieba's dictionary rarer than this is mostly a name's (金盏, 储粮 of 中储粮).
_RARE_WORD = 100


@lru_cache(maxsize=8192)
def _names_nothing(name: str) -> bool:
    """国际研究中心, 联络委员会, 保险资产管理公司: a body's "name" made only of ordinary words, with
    no naming element: no place, body or person the tables know, no country's short form
    (乌|议会, 古共中央), no Latin letters, digits or quotes, and no word that jieba's dictionary
    tags a name, has as a rare one (金盏|中学队, 中|储粮|集团) or does not know at all
    (遨海|科技公司). Common words only (路透社 is one) are no proof of a generic body: what
    stands before the name decides (``_cut_off_head``)."""
    import rjieba

    if _NAME_MARK.search(name) or _country(name[0]) is not None:
        return False
    if any(
        _known_place(name[i:j]) or _lexicon_type(name[i:j]) is not None
        for i in range(len(name) - 1)
        for j in range(i + 2, len(name) + 1)
    ):
        return False
    found = jieba_dictionary()
    for word in rjieba.cut(name):
        entry = found.get(word)
        if (
            entry is None
            or (entry[0] < _RARE_WORD and not _BODY_END.search(word))  # 文物局, 分厂: kinds
            or entry[1].startswith(_NAMING_TAGS)
        ):
            return False
    return True


# The tags of the word right before a body that make it a part of the body's name the tagger
# cut off (大数据|国际研究中心, 部长级|联络委员会, 亚洲|冬季运动会代表团), not a verb or a word
# of grammar before a whole name (设立|总部, 和|中央主题教育领导小组).
_MODIFIER_TAGS = ("n", "vn", "b", "an", "j", "l", "ns")


# … but a word for what the body is (执政党|国民力量党, 国有企业|人民布厂) or when it was
# (新任|冶金部, 井冈山斗争时期|红军) stands before whole names.
_WHAT_OR_WHEN = re.compile(
    r"(?:党|派|企业|公司|集团|机构|组织|媒体|智库|团体|单位|部门|新任|前任|现任|首任|历任|时期|期间"
    r"|年代|正值)$"
)


# Words that make a body of a kind one of some, none named (当地|工信局, 一家|研究所, 多家|…).
_SOME_BEFORE = re.compile(
    r"(?:当地|本地|各|某|该|一家|一所|这家|那家|多家|几家|数家|两家|每家|一些|部分|所有|其他|其它"
    # … or a count of them (50个|现代产业学院, 8支|巡诊医疗队)
    r"|[0-9０-９一二三四五六七八九十百千两几多]+[个家所支座批])$"
)


# A body's name that opens with its level is whole after 和 (部署和|中央主题教育领导小组).
_LEVEL_HEAD = re.compile(r"中央|国家|全国|国务院|中国")


# The bodies a city or a county has of its own (not an army: 长治|八路军太行纪念馆).
_LOCAL_BODY_END = re.compile(r"(?:[局厅委办厂院所校站馆社会队团]|公司|中心|集团)$")


# The kinds of place that own bodies named after them (海口市|教育局, 新疆|八一棉纺织厂).
_OWNING_PLACES = frozenset(
    {
        "province",
        "autonomous_region",
        "municipality",
        "sar",
        "prefecture",
        "county",
        "city",
        "capital",
    }
)


def _cut_off_head(text: str, start: int, name: str) -> int | None:
    """可持续发展大数据|国际研究中心, 叙利亚问题阿拉伯部长级|联络委员会: a body whose name
    names nothing, right after a noun of the same run of words, is the tail of a longer name
    the tagger cut, no body of its own (0); after a province, a city or a county the tables
    know (海口市|教育局, 遵义市|铁合金有限责任公司) it is that place's body, and the place is
    the head of its name (the place's length). None: no cut."""
    import rjieba

    from kgraph.lexicons import lexicon, normalize_key

    if start == 0 or not _CJK.match(text[start - 1]) or not _names_nothing(name):
        return None
    if _SOME_BEFORE.search(text, max(0, start - 6), start):
        return 0  # 当地|团委, 各|…: some body of a kind, none named
    left = text[max(0, start - 10) : start]
    left = left[max((i + 1 for i, c in enumerate(left) if not _CJK.match(c)), default=0) :]
    run = left + name
    at = 0
    for piece in rjieba.cut(run):
        if (
            at < len(left) < at + len(piece)
            and (at + len(piece) - len(left) >= 2 or left[-1] not in _BEFORE_SHORT_FORM)
            and jieba_words().get(piece, 0) >= COMMON_FREQUENCY
        ):
            # 马克思|主义理论研究…办公室, 示|范区理事会: cut inside a word (not 从|中储粮集团)
            return 0
        at += len(piece)
    tagged = rjieba.tag(left)
    if len(tagged) >= 2 and tagged[-1][0] in "和与":
        word, tag = tagged[-2]  # 民族和|宗教委员会, 发展和|改革委员会: 和 inside the name
        if (
            len(word) >= 2
            and tag in ("n", "vn")
            and _names_nothing(word)
            and not _LEVEL_HEAD.match(name)
        ):
            return 0
    word, tag = tagged[-1]
    lex = lexicon()
    found = lex.aliases.get(("Place", normalize_key(word))) if len(word) >= 2 else None
    entry = lex.get("Place", found) if found else None
    if entry is not None:  # 海口市|教育局; 亚洲|冬季运动会代表团 (a country's is left to
        # _foreign_bodies: 乌克兰|国民警卫队)
        if entry.kind == "country":
            return None
        if entry.kind not in _OWNING_PLACES:
            return 0
        return len(word) if _LOCAL_BODY_END.search(name) else None
    if (
        len(word) < 2
        or not tag.startswith(_MODIFIER_TAGS)
        or tag.startswith(("nr", "nt"))
        or _WHAT_OR_WHEN.search(word)
    ):
        return None
    return 0


def _modifier(word: str) -> bool:
    """高水平, 援外: a common word of the dictionary that no table knows and that names no place
    or body (jieba tags 高水平 a person's name), so a kind of unit after it (高水平|医疗队) is
    still a kind."""
    count, tag = jieba_dictionary().get(word, (0, ""))
    return (
        len(word) >= 2
        and count >= COMMON_FREQUENCY
        and not tag.startswith(("ns", "nt", "nz"))
        and not _known_place(word)
        and _lexicon_type(word) is None
    )


def _no_body_after_owner(name: str) -> bool:
    """美国宾夕法尼亚州费城, 新疆尼勒克, 中国网络, 匈牙利总理欧尔班: a place or a body the
    tables know, then words that end no body's name: no organisation (a place, a piece of
    a longer name, a post and a person)."""
    return (
        len(name) >= 4
        and not _BODY_END.search(name)
        and (_has_owner(name) or _country(name[0]) is not None or _starts_with_place(name))
    )


def _joined_by_verb(name: str) -> bool:
    """中央广播电视总台联合上海市人民政府: 联合 (jointly with) before a place the tables know."""
    at = name.find("联合", 2)
    return at > 0 and any(_known_place(name[at + 2 : i]) for i in range(at + 4, len(name) + 1))


# After a body the tables know, words that make a set of its parts: 联合国|机构.
_KINDS_OF = frozenset({"机构", "部门", "系统", "单位", "机关", "下属机构", "各部门", "所属单位"})


# A side (中方, 俄方, 哈方): a country acting, never an organisation of its own.
_SIDE = re.compile(r"^[\u4e00-\u9fff]方$")


# Edge punctuation a span should not keep: 宁夏—.
_EDGE_PUNCT = "—－-–~～·・、，,"


# Verbs a person's name is glued to (祝贺|斯塔默, 赖德|称, 巴育|夫妇): never part of a name.
_VERB_BEFORE_NAME = re.compile(
    r"^(?:祝贺|致电|致函|会见|会晤|接见|欢迎|感谢|邀请|陪同|看望|慰问|宴请|任命|授予)"
)


# … and words that open a name too (向 and 祝 are surnames): cut only before a known name.
_WORD_BEFORE_NAME = re.compile(r"^(?:祝|向|同|与|和|对|据|让|请|在|由|给)")


_AFTER_NAME = re.compile(r"(?:称|说|夫妇|夫人|一行|等人|等|葬礼)$")


# After a name, what makes it a place: 戴拉米|空军基地, 霍尔果斯|口岸, 恩图曼|市.
_FACILITY_AFTER = re.compile(r"(?:空军基地|海军基地|军事基地|机场|口岸|港口|难民营)")


_PLACE_KIND_AFTER = re.compile(
    r"(?:基地|港(?![澳台股元币])|市(?![场民值长委政])|镇(?!压)|村(?!民)|地区|大区|省(?!长)|州(?!长)"
    r"|[东南西北]{1,2}(?:方向|部|郊|侧)|以[东南西北]|郊区)"
)


# … and the structure a name the model took for a person's belongs to (培森柳江特|大桥).
_FACILITY_NAME_AFTER = re.compile(r"(?:特?大桥|隧道|水库|大坝|水电站|大道)")


# Words a place's name never ends with: 杰宁|及, 平凉|至, 集宁|经, 埃塞|愿.
_WORD_AFTER_PLACE = frozenset("至及经时并和与愿")


# … and the words a division (its 市, 县, 省 or 州) may run into: 贾斯珀市|约三分之一, unless
# the character goes on with the name (市中区, 城南街道, 县城).
_ADMIN_END = frozenset("市县省州")


_PLACE_AFTER_ADMIN = frozenset("东南西北中区镇乡村街路道湾岛山河湖港城新老内外")


_WORD_AFTER_ADMIN = frozenset("约在和与及至等对将已向从为")


# After a person's name, a piece of music or a law named after them (拉德斯基进行曲).
_WORK_AFTER = re.compile(r"进行曲|圆舞曲|奏鸣曲|定律|效应|定理|公式|猜想")


def _place_without_level(name: str) -> bool:
    """锡林浩特, 吴桥, 霍尔果斯: a county or city the gazetteer knows with its 市/县/区."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return len(name) >= 2 and any(
        ("Place", normalize_key(name + level)) in aliases
        for level in ("市", "县", "区", "州", "旗")
    )


def _foreign_halves(mentions: list[Mention]) -> list[Mention]:
    """``卡托尼|韦雷``: two "persons" side by side that the tables do not know, the first no
    Chinese name, the second none or made of a transliteration's characters, are the two
    halves of one transliterated name."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases

    def unknown(m: Mention) -> bool:
        return (
            m.type == "Person"
            and not m.value
            and "·" not in m.text
            and _CJK_NAME.fullmatch(m.text) is not None
            and ("Person", normalize_key(m.text)) not in aliases
        )

    def unknown_place(m: Mention) -> bool:
        return (
            m.type == "Place"
            and 2 <= len(m.text) <= 4
            and _CJK_NAME.fullmatch(m.text) is not None
            and _ADMIN_LEVEL.fullmatch(m.text) is None  # (加兰县|杰西维尔: a county, a town)
            and _lexicon_type(m.text) is None
        )

    def transliterated_body(m: Mention) -> bool:
        return (
            m.type == "Organization"
            and 2 <= len(m.text) <= 4
            and all(c in _TRANSLITERATION for c in m.text)
            and _lexicon_type(m.text) is None
        )

    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if previous is None or previous.end != m.start:
            out.append(m)
            continue
        if (
            unknown(previous)
            and unknown(m)
            and len(previous.text) >= 2
            and not _chinese_name(previous.text)
            and (not _chinese_name(m.text) or all(c in _TRANSLITERATION for c in m.text))
        ):
            out[-1] = replace(previous, end=m.end, text=previous.text + m.text)
            continue
        if (
            # 康斯坦|丁内斯库总统: a "place" no table knows, then the rest of one foreign name
            # (亚马孙|雨林: a word)
            unknown_place(previous)
            and unknown(m)
            and len(m.text) >= 3
            and not _chinese_name(m.text)
        ) or (
            # 应阿莱克|桑达尔·武契奇总统邀请: a "body" of a transliteration's characters, then a
            # dotted foreign name, is the name's first part
            transliterated_body(previous) and m.type == "Person" and "·" in m.text
        ):
            out[-1] = replace(m, start=previous.start, text=previous.text + m.text)
            continue
        out.append(m)
    return out


def _whole_foreign_name(
    text: str, mention: Mention, taken: bytearray
) -> tuple[int, int, str] | None:
    """托|卡耶夫, 绍伊|古, 阿夫杰耶夫|卡: a transliteration the model cut, taken back whole.

    The span grows by up to three characters on either side, over characters no other
    mention holds, to a name the tables know (Person or Place), or, for a name that is
    no Chinese name, by up to two after it to a town's ending (-ivka, -sk).
    """
    best: tuple[int, int, str] | None = None
    for grow in range(1, 5):
        for left in range(grow + 1):
            right = grow - left
            if left > 3 or right > 3:
                continue
            start, end = mention.start - left, mention.end + right
            if start < 0 or end > len(text) or any(taken[start : mention.start]):
                continue
            if any(taken[mention.end : end]):
                continue
            piece = text[start:end]
            if not all("\u4e00" <= char <= "\u9fff" for char in piece):
                continue
            kind = _lexicon_type(piece)
            if kind in ("Person", "Place"):
                return start, end, kind
            if (
                best is None
                and left == 0
                and not _chinese_name(mention.text)
                and len(piece) >= 4
                and _TOWN_ENDING.search(piece)
            ):
                best = (start, end, "Place")
        if best is not None:
            return best
    return None


def _towns_across(text: str, mentions: list[Mention]) -> list[Mention]:
    """``阿夫杰|耶夫卡焦化厂``: a known town the model cut between a name and a body is the body's.

    A person or place no table knows, right before an organisation, with a place the tables
    know running from its start into the organisation, is one organisation with it; so is a
    country's one-character short form opening a clause before a body (``，俄|武装力量总参谋部``).
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    drop: set[int] = set()
    joined: dict[int, Mention] = {}
    for first, second in pairwise(ordered):
        if (
            first.type == "Place"
            and len(first.text) == 1
            and second.type == "Organization"
            and first.end == second.start
            and len(second.text) >= 4
            and not second.value
            and not second.owner
            and ("Organization", normalize_key(second.text)) not in aliases
            and not _CJK.match(text, max(first.start - 1, 0), first.start)
        ):  # ，俄|武装力量总参谋部: the country's one-character short form opens the name
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end]
            )
            continue
        if (
            first.type in ("Person", "Place")
            and second.type == "Organization"
            and first.end == second.start
            and not first.value
            and not second.owner
            and (first.type, normalize_key(first.text)) not in aliases
            and any(
                ("Place", normalize_key(text[first.start : end])) in aliases
                for end in range(second.start + 1, second.end - 1)
            )
        ):
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end], value=None
            )
            continue
        if (
            first.type == "Person"
            and second.type == "Place"
            and first.end == second.start
            and not first.value
            and not second.value
            and "·" not in first.text
            and not _chinese_name(first.text)
            and ("Person", normalize_key(first.text)) not in aliases
            and ("Place", normalize_key(second.text)) not in aliases
            and 2 <= len(second.text) <= 4
            and all(char in _TOWN_CHARS for char in second.text[:-1])
            and _REGION_KIND.fullmatch(second.text[-1])
        ):  # 帕拉斯科维耶|夫卡镇, 卡赫拉曼马|拉什省: the tagger cut one town's name in two
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end], value=None
            )
    if not drop:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in drop]


# A product's name: a series (太行|系列航空发动机), a model in quotes (“太行110”).
_SERIES_AFTER = re.compile(r"系列")


_MODEL_NAME = re.compile(r"[“\"][\u4e00-\u9fff]{2,4}[0-9A-Z]+[”\"]")


_SPACE = re.compile(r"[\s\u3000\xa0]")


_WORD_RUN = re.compile(r"[^\s\u3000\xa0]{2,}")


# How companies' names end (京东物流, 宁德时代新能源科技): a name the model called a place.
_COMPANY_END = re.compile(
    r"(?:物流|科技|传媒|控股|集团|公司|股份|银行|证券|保险|电子|汽车|能源|石化|重工|钢铁|矿业"
    r"|化工|制药|药业|食品|乳业|影业|快递|航空公司)$"
)


# A monarch's or pope's number after the name (穆罕默德六世, 莱齐耶三世), not 世纪 or 世界.
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界代])")


# Landforms a "person" may be named like (吕梁山脉): the place.
_LANDFORM_END = re.compile(r"(?:山脉|高原|平原|盆地|丘陵|草原|半岛|群岛)$")


_DIGITS = frozenset("0123456789０１２３４５６７８９")


# One character after a name that is no part of it: a verb, a particle, a kin or courtesy word.
_ONE_AFTER_NAME = frozenset(
    "说称讲道问答笑等们了的呢吗啊吧也都又还就才去来走到看听写读将并而后前时里中上下外内处者家氏"
    "总哥姐弟妹叔姨爷奶伯妈爸嫂婶爹娘儿女子生君老仔摄绘作赞会"
    "在与和同及或跟对向给于被为把是已从自由经让使令赴访率致送要并"
)


# A part of a place by its side, taken for a body ending in 部: 中东部, 江西中南部.
_SIDE_OF = re.compile(r"[东南西北中]{1,2}部$")


# A body's last character that opens a word with the text after it: 华北局|地 (局地, parts of).
_BODY_VERB = re.compile(r"局地")


# A former post's party group after its body: 上海市人大常委会|原党组(书记).
_FORMER_GROUP = re.compile(r"(?<=..)[原前](?:党组|党委)$")


# Verbs whose complement 起 the tagger may take for the start of a body: 成立起, 建起.
_BUILT = frozenset("立建搭筑办")


# Foreign titles the tagger runs into the name after them: 埃米尔纳瓦夫, 苏丹易卜拉欣.
_FOREIGN_TITLE = re.compile(r"^(?:埃米尔|国王|王储|亲王|首相|总统|总理)")


# (总理府广场, 总统府, 王宫: a seat of the title-holder, no title before a name)
_PLACE_KIND_END = re.compile(
    r"[省州市县区镇乡村岛湖河江山港站路街国场府宫馆堂厦楼园]$|^[府宫]|^官邸"
)


# Where a place's name has run on into other words: 的, 各(大), a country's army (乌军).
_PLACE_RUN_ON = re.compile(r"的|各大?|[乌俄美以]军$")


# What a place is, said before its name: 粮食大省湖南, 制造业强省江苏, 千年古城西安.
_PLACE_DESCRIPTOR = re.compile(
    r"^[\u4e00-\u9fff]{1,4}?(?:大省|强省|大市|强市|大县|强县|古城|名城|古都)"
)


_QUOTE_BEFORE = re.compile(r"[“\"「『]")


_SEASON_END = re.compile(r"(?:冰雪|旅游|购物|消费|文化|美食|艺术|音乐)[季节]$")


_CRUDE_AFTER = re.compile(r"原油|期货")


_PROVINCE_ABBR = frozenset(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕甘陇青宁新港澳台"
)


# What a name in a list or a clause starts after.
_NAME_BOUNDARY = frozenset('、，,；;：:。“”"（）() \u3000\n')


# Punctuation that ends a clause: no name runs over it (瓦塘镇，东至山东).
_CLAUSE_PUNCT = re.compile(r"[，。；：！？,;:!?]")


# A count of things inside a span (一处, 一名, 多家): what follows is one of the place's or the
# body's things, not part of the name (第一医院 is a name).
_COUNT_IN_NAME = re.compile(r"(?<![第十百])(?:[一两几数多]|[二三四五六七八九十]+)[名处家座所个]")


# … or one of its facilities without a measure word (休斯敦|一机场: an airport of Houston)
_ONE_OF_ITS = re.compile(
    r"(?<![第十百统唯单专万])一(?:机场|港口|码头|车站|医院|学校|大学|工厂|商场|超市|酒店|社区|小区)"
)


# Two bodies joined by 与, each with the word a body's name ends in.
_LEFT_BODY = r"[\u4e00-\u9fff]{2,}?(?:[局委厅署办院关部司]|公司|集团|中心|政府|大学|银行|片区)"


_TWO_BODIES = re.compile(
    rf"({_LEFT_BODY})与([\u4e00-\u9fff]{{2,}}(?:[局委厅署办院关部司]|公司|集团|中心|政府|大学|银行))"
)


# A level's bare character (or 省级, 县里), then a body (省财政厅, 市公安交通管理局, 县委县政府,
# 省级儿童医院): whose, the text leaves out. Not the words a level's character opens (市场监管局).
_BARE_LEVEL = re.compile(r"^(?:[省市县区州]级|[省市县]里|[省市县区州])(?=[\u4e00-\u9fff]{2})")


_LEVEL_WORDS = frozenset(
    {"市场", "省会", "县城", "区域", "乡村", "市民", "市区", "镇江", "区块", "州长", "市长", "省长",
     "县长", "区长", "市值", "市井", "省道", "县道", "区间", "区别", "州立", "市郊", "县域", "市域"}
)  # fmt: skip


# A place's level, then ordinary words (盛泽镇|民营企业).
_LEVELS = "省市县区镇乡村"


_FACILITY_START = re.compile(r"机场|码头|广场|公园|大桥|车站|火车站|港口|景区|水库|大道|中心")


# A direction or a coast after a country: 约旦|南部城市亚喀巴, 美国|西海岸洛杉矶港.
_DIRECTION_START = re.compile(r"[东南西北中]{1,2}(?:部|海岸|沿海|边|侧|郊|方)|沿海|境内|全境")


_TWO_PLACES = re.compile(
    r"([\u4e00-\u9fff]{2,}[河江湖山村镇乡])[和与及、]([\u4e00-\u9fff]{2,}[河江湖山村镇乡])"
)


_LEVEL_END = re.compile(r"(?:街道|[县区镇乡])$")


# What a place's name may be followed by within it (朝鲜|半岛, 巴拿马|运河): kinds of place.
_PLACE_TAIL_KINDS = re.compile(
    r"(?:共和国|王国|联邦|公国|酋长国|半岛|海峡|运河|群岛|海域|地区|地带|本土|全境|境内|沿海|边境)$"
)


# … and a body the tables know, 与 (or 愿同, 联合) and another body (中央广播电视总台与国际皮划艇
# 联合会签约, 全国人大愿同尼联邦院, 中央广播电视总台联合中央党史和文献研究院).
_AND_BODY = re.compile(r"与|愿同|联合|委托")


def _known_body_and_body(name: str) -> re.Match[str] | None:
    """``中央广播电视总台|与|东风汽车集团``: a body the tables know, 与 (愿同, 联合), then a name
    ending as a body's does, are two bodies (``经济合作与发展组织`` opens with no known body).
    The match's groups are the two bodies."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    if ("Organization", normalize_key(name)) in aliases:
        return None
    for joiner in _AND_BODY.finditer(name):
        left, right = name[: joiner.start()], name[joiner.end() :]
        # (中国全国人大愿同巴议会: the known body may have its country before it)
        known = left.removeprefix("中国") if len(left) > 4 else left
        if (
            len(known) >= 2
            and len(right) >= 3
            and ("Organization", normalize_key(known)) in aliases
            and _BODY_END.search(right)
            # (东部战区联合作战指挥中心: 联合 opens a name, unless a body the tables know follows;
            # so does 委托 of 中共中央宣传部委托文化和旅游部)
            and (
                joiner.group() not in ("联合", "委托")
                or ("Organization", normalize_key(right)) in aliases
            )
        ):
            return re.fullmatch(f"({re.escape(left)}){joiner.group()}({re.escape(right)})", name)
    return None


def _named_body(name: str) -> bool:
    """金陵海关, 联合国儿童基金会: a body named by a place, a body or a name of its own, not
    a kind of work (边境保护局 of 美国海关与边境保护局 is one body's name)."""
    count, tag = jieba_dictionary().get(name[:2], (0, ""))
    return (
        _has_owner(name + "_")
        or count < COMMON_FREQUENCY
        or tag.startswith(("ns", "nr", "nt", "nz"))
    )


def _bare_level_body(name: str) -> bool:
    """省财政厅, 市公安交通管理局, 县委县政府: a body of a province, city or county the name
    does not say (市场监管局 opens with a word, 市场)."""
    return (
        bool(_BARE_LEVEL.match(name))
        and name[:2] not in _LEVEL_WORDS
        and bool(_BODY_END.search(name))
    )


def _word_after_level(name: str) -> int:
    """盛泽镇民营企业 -> 3: the length of the place when its level (镇, 市 …) is followed by
    ordinary words of the dictionary (民营, 企业) that end no place's name nor name a
    facility (杨村|机场); 0 else."""
    for i in range(2, len(name) - 2):
        rest = name[i + 1 :]
        if name[i] not in _LEVELS or rest[-1] in _PLACE_GOES_ON:
            continue
        count, tag = jieba_dictionary().get(rest[:2], (0, ""))
        if (
            count >= COMMON_FREQUENCY
            and tag[:2] not in ("ns", "nt", "nz", "nr")
            and not _FACILITY_END.search(rest)
            and not _FACILITY_START.match(rest)
        ):
            return i + 1
        return 0
    return 0


def _place_then_place(name: str) -> int:
    """以色列纳哈里亚 -> 3, 石狮蚶江镇 -> 2: where a country (or a city the gazetteer knows)
    ends and a place in it begins; 0 else. Not when a longer head is a place too (印度|尼西亚,
    印度|洋), when the rest is a word of the dictionary, a kind of place or a direction
    (朝鲜半岛, 巴拿马运河, 约旦|南部城市亚喀巴), nor a country's state with its level (巴西|兰省
    is 巴西兰省, 俄|罗斯托夫州)."""
    from kgraph.resolve import generic_names

    if len(name) < 4 or _PLACE_TAIL_KINDS.search(name) or not _CJK_NAME.fullmatch(name):
        return 0
    words = jieba_dictionary()
    for k in range(len(name) - 2, 1, -1):
        head, rest = name[:k], name[k:]
        count, tag = words.get(rest, (0, ""))
        village = len(rest) >= 3 and rest[-1] in "镇乡村江河湖"
        if (
            rest in generic_names()
            or rest[0] in _PLACE_GOES_ON
            or (count >= COMMON_FREQUENCY and not tag.startswith("ns") and not village)
            or _DIRECTION_START.match(rest)
            or any(_known_place(name[:j]) for j in range(k + 1, len(name)))
            # 龙泉|关镇: a town or village is not named by one character, 龙泉关镇 is one name
            or rest[1:2] in ("镇", "乡", "村")
        ):
            continue
        if _country(head) is not None and rest[-1] not in "州省县市邦区":
            return k
        if village and (_known_place(head) or _named_level(head)):
            return k
    return 0


def _named_level(head: str) -> bool:
    """谢家湾街道, 大悟县: a name, then its level (经济开发区 is a kind of place)."""
    from kgraph.resolve import generic_names

    level = _LEVEL_END.search(head)
    if not level or level.start() < 2 or head in generic_names():
        return False
    count, tag = jieba_dictionary().get(head[:2], (0, ""))
    return count < COMMON_FREQUENCY or tag.startswith(("ns", "nr"))


def _places_of(name: str) -> list[tuple[int, int]]:
    """The places a span names, as (start, end) in it: two joined by 和 (石坝河和瓦峪河), each
    cut where a country or city ends and a place in it begins (宝鸡|石坝河)."""
    pair = _TWO_PLACES.fullmatch(name)
    parts = [(0, len(name))]
    if pair:
        parts = [(0, pair.end(1)), (pair.start(2), len(name))]
    pieces: list[tuple[int, int]] = []
    for a, b in parts:
        cuts = _places_in_place(name[a:b])
        pieces.extend(zip([a, *(a + c for c in cuts)], [*(a + c for c in cuts), b]))
    return pieces


def _places_in_place(name: str) -> list[int]:
    """The cuts of :func:`_place_then_place`, again in what follows each (辽宁|大连|石河村)."""
    cuts: list[int] = []
    at = 0
    while cut := _place_then_place(name[at:]):
        at += cut
        cuts.append(at)
    return cuts


# What a note after a listed name says: 女, 男, 苗族, 柯尔克孜族
_NOTE_WORD = r"(?:女|男|[\u4e00-\u9fff]{1,4}族)"


# A whole note after a listed name: （女）, （壮族）, （女、维吾尔族）
_NAME_NOTE = re.compile(rf"[（(](?:[男女][、，,])?{_NOTE_WORD}[）)]")


def _dotted_head(text: str, start: int, taken: bytearray, noted: bool = False) -> int:
    """Where a dotted foreign name really starts when the tagger cut its first part to one or
    two characters (、雪克来|提·扎克尔): the characters before it up to a list's comma, a quote
    or the start of the text, at most three, no other mention's and no word of the
    dictionary; ``start`` when nothing is cut. A name ``noted`` with its sex or nationality is
    one of a list of names (、买买提|明·扎克尔（维吾尔族）, 、阿不都卡|德尔·乃斯尔丁
    （维吾尔族）): its first part may run to five characters, dictionary words among them
    (买买提 is a name)."""
    longest = 6 if noted else 4
    at = start
    while at > 0 and start - at < longest and _CJK.match(text, at - 1) and not taken[at - 1]:
        at -= 1
    if at == start or start - at >= longest or (at > 0 and text[at - 1] not in _NAME_BOUNDARY):
        return start
    if not noted and any(
        jieba_words().get(text[i:j], 0) >= COMMON_FREQUENCY
        for i in range(at, start)
        for j in range(i + 2, start + 1)
    ):
        return start  # 列车长|米尔班·艾依提: a word before the name, not a part of it
    return at


def _mend_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons, organisations and places mended or dropped from their own words and context.

    For documents only (the annotated corpora label some of these otherwise):

    * an event named like a body (a name ending in 大会, 会议, 论坛, 博览会, 展, 节, a numbered
      congress like 十五大) is no organisation, nor a body the model cut from the event's name
      (中国网络 of 中国网络视听大会);
    * a body without its owner (上级法院, 驻外使馆, 某集团军, 民政部 of 民政部门, 联合国机构),
      a side (俄方), a craft (天舟五号货运飞船) is no organisation; a country and its team
      (韩国队) none either;
    * two bodies the tables know, run together (中共中央国务院), are two;
    * a person's name glued to a verb (祝贺斯塔默, 赖德称, 巴育夫妇) loses the verb; a
      transliteration the model cut (托|卡耶夫, 阿夫杰耶夫|卡) is taken back whole;
    * a "person" that is a known county or city without its 市/县 (锡林浩特), or that a place
      word follows (戴拉米空军基地, 霍尔果斯口岸), is a place;
    * a place cut from a number (254万|山区) or made of two abbreviations before a road
      (德余|高速) is none.
    """
    from kgraph.lexicons import lexicon, normalize_key
    from kgraph.resolve import generic_names

    aliases = lexicon().aliases
    mentions = _foreign_halves(_towns_across(text, mentions))
    taken = bytearray(len(text))
    for m in mentions:
        if m.type not in CONTAINER_TYPES:
            taken[m.start : m.end] = b"\1" * (m.end - m.start)
    out: list[Mention] = []
    absorbed: dict[int, int] = {}  # end -> start of a dropped body that owns the post after it
    for m in mentions:
        if m.type == "Position" and m.owner and m.start in absorbed:
            start = absorbed[m.start]
            if text[start : m.start] == m.owner:
                out.append(replace(m, start=start, text=text[start : m.end]))
                continue
        if m.type not in ("Person", "Organization", "Place") or m.owner:
            out.append(m)
            continue
        if m.type == "Organization" and m.text.endswith("部") and text[m.end : m.end + 1] == "门":
            continue  # 民政部门: civil-affairs departments, not the ministry
        if m.type == "Place" and m.text[:1] in "万亿千百" and text[m.start - 1 : m.start].isdigit():
            continue  # 254万|山区: a number, not 万山区
        if m.type == "Person" and text.startswith("主义", m.end):
            continue  # 马克思|主义理论研究…: a doctrine, no one named
        if m.type == "Person" and not m.value and m.text in titles().labels:
            # 沙特国王萨勒曼、王储兼首相穆罕默德: a title the tagger read as a name
            out.append(replace(m, type="Position", source="rules"))
            continue
        if m.type in ("Person", "Place") and text.startswith(("牌", "”牌"), m.end):
            continue  # “龙丹”牌婴儿配方乳品: a brand, no one and nowhere
        if (
            m.type == "Person"
            and not m.value
            and _country(m.text)
            and any(p.type == "Position" and p.start == m.end for p in mentions)
        ):
            m = replace(m, type="Place")  # 非盟轮值主席科摩罗总统阿扎利: the country of the post
        if _CONGRESS.search(m.text):
            continue
        regnal = _REGNAL.match(text, m.end) if m.type in ("Person", "Place") else None
        if (
            regnal
            and not _chinese_name(m.text)
            and "\u4e00" <= m.text[-1] <= "\u9fff"
            and (m.type == "Person" or not _known_place(m.text))
        ):  # 摩洛哥国王穆罕默德|六世, 腓特烈|十世国王: a monarch's number is part of the name
            end = regnal.end()
            m = replace(m, end=end, text=text[m.start : end], value=None, type="Person")
        if m.value:
            if not (
                m.type == "Organization"
                and _EVENT_AFTER.match(text, m.end)
                and not _ORG_WORD.search(m.text)
                and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff"
            ):  # 中国网|络视听大会: a known name inside an event's
                out.append(m)
            continue
        start, end, kind = m.start, m.end, m.type
        while end - start > 2 and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        while end - start > 2 and text[start] in _EDGE_PUNCT:
            start += 1
        name = text[start:end]
        if kind in ("Place", "Organization") and _SPACE.search(name):
            # 北京市委 福建省委: two names a headline separates by a space; what ends no
            # body's name (基础设施 of 摧毁巴武装组织基础设施 巴武装组织称…) is none
            for part in _WORD_RUN.finditer(text, start, end):
                piece = part.group()
                if (kind, normalize_key(piece)) in aliases or (
                    _BODY_END.search(piece) if kind == "Organization" else _known_place(piece)
                ):
                    out.append(replace(m, start=part.start(), end=part.end(), text=piece))
            continue
        stop = _CLAUSE_PUNCT.search(name)
        if kind in ("Place", "Organization") and stop and stop.start() >= 2:
            end = start + stop.start()  # 瓦塘镇，东至山东: a name ends at a comma
            name = text[start:end]
        count = _COUNT_IN_NAME.search(name) or _ONE_OF_ITS.search(name)
        if kind in ("Place", "Organization") and count and count.start() >= 2:
            # 基辅市|一处军工厂, 黎真主党武装|一名炮兵部队: "one of its …" is no part of a name
            end = start + count.start()
            name = text[start:end]
            if _known_place(name) or (name[-1] in _LEVELS and _known_place(name[:-1])):
                kind = "Place"
            elif kind == "Place" or not _BODY_END.search(name):
                continue
        known = (kind, normalize_key(name)) in aliases
        if kind == "Place" and text.startswith("·", end):
            continue  # 加纳|·加央克珠: the first part of a name, not Ghana
        if kind == "Person" and not known and _CJK.match(name):
            while end - start > 2 and text[end - 1] in _DIGITS:
                end -= 1  # 陈梦4:2: the name, then the score
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
        if kind == "Person" and not known:
            verb = _VERB_BEFORE_NAME.match(name)
            word = _WORD_BEFORE_NAME.match(name)
            if verb and len(name) - verb.end() >= 2:
                start += verb.end()
            elif word and ("Person", normalize_key(name[word.end() :])) in aliases:
                start += word.end()
            tail = _AFTER_NAME.search(text, start, end)
            if tail and (
                tail.start() - start >= 2 or (tail.group() == "夫妇" and tail.start() > start)
            ):  # 敦|夫妇: a one-character name is no node, and never with 夫妇 glued on
                end = tail.start()
            elif (
                end - start in (3, 4)
                and text[end - 1] == "作"
                and (text[end : end + 1] in "的了" or _REPORT_AHEAD.match(text, end))
            ):
                end -= 1  # 刘奇作|的报告, 邵鸿作|提案工作情况报告: the name and its verb
            elif (
                end - start in (3, 4)
                and text[end - 1] in "摄绘"
                and _chinese_name(text[start : end - 1])
                and not _CJK.match(text, end)
            ):
                end -= 1  # （新华社记者高广志摄）: the name, then "photo by"
            elif end - start >= 3 and text[end - 1 : end + 1] == "附近":
                end, kind = end - 1, "Place"  # 在阿夫杰耶夫卡附|近: a place, and "near" it
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
            if (
                not known
                and len(name) in (3, 4)
                and (name[-1] in _VERB_AFTER_KNOWN_NAME or _opens_word(text, end - 1))
                and ("Person", normalize_key(name[:-1])) in aliases
            ):  # 韩正|赞, 韩正|希望: a name the tables know, and the verb after it
                end -= 1
                name = text[start:end]
                known = True
            if _WORK_AFTER.match(text, end) or (
                _inside_title(text, start, end) and not _known_place(name)
            ):
                continue  # 《骆驼祥子》: a piece of a work's title, no person
            if (
                not known
                and name[-1] in "前后里内外旁边上下"
                and len(name) >= 3
                and jieba_dictionary().get(name[:-1], (0, "nr"))[0] >= 100
                and not jieba_dictionary()[name[:-1]][1].startswith(_NAME_TAGS)
            ):
                continue  # 日本首相官邸前, 秘书长领导下: a word, then where or under it
            if not known and (not _chinese_name(name) or _after_a_foreign_post(text, out, start)):
                # (阿拉丁·布鲁杰尔|迪访巴, 戈尔达娜·西莉娅诺夫斯卡-达夫|科娃，; 柬埔寨副首相兼内阁
                # 办公厅大臣翁赛|维索: a foreign post's holder, though 翁赛 looks Chinese)
                grown = _transliteration_after(text, end, taken)
                if grown > end and not _TOWN_ENDING.search(
                    text[start:grown]
                ):  # 卡托尼|韦雷、, 塔夫拉|达当天: the rest of a foreign name
                    end = grown
                    name = text[start:end]
                    known = ("Person", normalize_key(name)) in aliases
            if (
                not known
                and end - start >= 3
                and (
                    _ADVERB_AFTER_NAME.match(text, end - 1)
                    or (not _chinese_name(name) and _MODAL_AFTER_FOREIGN_NAME.match(text, end - 1))
                )
            ):  # 尼吉特|地拿出: the name's last character opens an adverb (特地)
                end -= 1
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
            if (
                not known
                and end - start == 2
                and _chinese_name(name)
                and end + 1 < len(text)
                and _CJK.match(text, end)
                and not taken[end]
                and text[end] not in _ONE_AFTER_NAME
                and text[end + 1] in _NAME_BOUNDARY
            ):  # 中央内政部部长潘庭|濯，: one character between a name and a comma is the name's
                end += 1
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
        if (
            kind in ("Person", "Place")
            and not known
            and len(name) == 2
            and name[1] == "间"
            and text[start - 1 : start] in _PROVINCE_ABBR
        ):
            continue  # 京津、京张间: a route between two cities, no name
        if not known and any(
            text[start : end + j] in generic_names() for j in (1, 2, 3) if end + j <= len(text)
        ):
            continue  # 鲁班|工坊: cut from the name of a kind of programme or body
        if (
            kind in ("Organization", "Place")
            and not known
            and (_SERIES_AFTER.match(text, end) or _MODEL_NAME.match(text, start - 1))
        ):
            continue  # 太行|系列航空发动机, “太行110”: a product's name
        # (、海里且姆·|斯拉木（女、维吾尔族）: the first part and its dot, cut)
        dotted_at = start - 1 if text[start - 1 : start] == "·" else start
        if kind == "Person" and not known and (dotted_at < start or 0 < name.find("·") <= 2):
            noted = bool(_NAME_NOTE.match(text, end))
            head = _dotted_head(text, dotted_at, taken, noted)
            if head < dotted_at:  # 、雪克来|提·扎克尔、: the first part of the name, cut
                start = head
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
        if (
            kind == "Person"
            and not known
            and name[:1] == "尔"
            and start > 0
            and _CJK.match(text, start - 1)
            and not taken[start - 1]
        ):  # 别|尔德穆哈梅多夫: no transliteration starts with 尔, the name was cut after one
            start -= 1
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
        if kind in ("Person", "Place") and not known:
            whole = _whole_foreign_name(text, replace(m, start=start, end=end, text=name), taken)
            if whole is not None:
                start, end, kind = whole
                taken[start:end] = b"\1" * (end - start)
                name = text[start:end]
                known = True
        if kind == "Person" and not known and _short_forms_only(name):
            continue  # 德意总理会面: two countries' short forms, no person
        if kind == "Person" and not known and _lexicon_type(name) == "Organization":
            kind = "Organization"  # 徐工: a company the tables know, no person
            known = True
        facility = _FACILITY_NAME_AFTER.match(text, end)
        if kind == "Person" and not known and "·" not in name and facility:
            end, kind = facility.end(), "Place"  # 培森柳江特|大桥: the bridge, not a person
            name = text[start:end]
        if (
            kind == "Person"
            and not known
            and "·" not in name
            and (
                (_place_without_level(name) and not _chinese_name(name))  # 马龙 is a player too
                or (len(name) >= 4 and _starts_with_place(name))
                or _FACILITY_AFTER.match(text, end)
                or (not _chinese_name(name) and _PLACE_KIND_AFTER.match(text, end))
                or _two_place_names(name)
                or (not _chinese_name(name) and len(name) >= 3 and name[-1] in "洋湾岛峡")
                or (len(name) >= 4 and _LANDFORM_END.search(name))
            )
        ):
            kind = "Place"
        if (
            kind == "Organization"
            and not known
            and len(name) >= 4
            and start >= 1
            and not taken[start - 1]
            and ("Place", normalize_key(text[start - 1])) in aliases
            and not _CJK.match(text, start - 2 if start >= 2 else 0)
        ):  # ，俄|武装力量总参谋部: the country's one-character short form opens the name
            start -= 1
            name = text[start:end]
        if (
            kind == "Organization"
            and not known
            and _chinese_name(name)
            and len(name) <= 3
            and any(p.type == "Position" and p.end == start for p in mentions)
            and not _BODY_END.search(name)
        ):  # 董事长|武钢: a name after a post is the person holding it
            kind = "Person"
        if (
            kind == "Organization"
            and not known
            and len(name) >= 3
            and name[-1] == name[-2]
            and _BODY_END.search(name[:-1])
        ):  # 保守党|党首: the body, and the first character of the post after it
            end -= 1
            name = text[start:end]
            known = ("Organization", normalize_key(name)) in aliases
        if kind == "Organization" and not known:
            side = _SIDE_OF.search(name)
            if side and side.start() == 0:
                continue  # 中东部部分地区: a part of the country, no body
            if side and _known_place(name[: side.start()]):
                end, kind = start + side.start(), "Place"  # 江西|中南部: the province, its part
                name = text[start:end]
                known = True
        if kind == "Organization" and not known and len(name) >= 3:
            if _BODY_VERB.match(text, end - 1):
                # 华北局|地, 北方局|地 (局地: parts of): the region, then a word
                end -= 1
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
                if not known and not _BODY_END.search(name):
                    if _known_place(name):
                        kind = "Place"
                    else:
                        continue
            former = _FORMER_GROUP.search(name)
            if former and _BODY_END.search(name[: former.start()]):
                end = start + former.start()  # 上海市人大常委会|原党组书记: 原 opens the post
                name = text[start:end]
            verb = _VERB_IN_NAME.search(name)
            if verb and ("Organization", normalize_key(name[: verb.start()])) in aliases:
                end = start + verb.start()  # 中国人民银行|指导商业银行: the body, then its verb
                name = text[start:end]
                known = True
            if name[0] == "届" and len(name) >= 4:
                start += 1  # 第19届|亚奥理事会: the count of a session, then the body
                name = text[start:end]
            if name[0] == "起" and text[start - 1 : start] in _BUILT:
                start += 1  # 成立起|花木研究院: the verb's complement, then the body
                name = text[start:end]
        if (
            kind == "Place"
            and not known
            and len(name) == 2
            and name[0] in _PROVINCE_ABBR
            and name[1] in "同与和及至并"
        ):
            continue  # 在京|同: the city's short form, then a preposition
        if kind in ("Person", "Place") and not known and "·" not in name:
            title = _FOREIGN_TITLE.match(name)
            cut = title.end() if title else 0
            rest = name[cut:]
            if (
                cut
                and len(rest) >= 2
                and not _known_place(rest)
                and not _PLACE_KIND_END.search(rest)
            ):
                start += cut  # 埃米尔|纳瓦夫: a title, then the person who holds it
                name, kind = rest, "Person"
                known = ("Person", normalize_key(name)) in aliases
        if kind == "Place" and not known:
            cut = _common_words_after_place(name)
            if cut:  # 钱凯港|开港, 国会大厦|安保, 白鹤滩水电站|16台: the place, then common words
                end = start + cut
                name = text[start:end]
                known = _known_place(name)
        if kind == "Place" and not known:
            direction = _DIRECTION_END.search(name)
            if direction and (direction.start() >= 3 or _known_place(name[: direction.start()])):
                end = start + direction.start()  # 巴赫穆特|西南: the place, then where from it
                name = text[start:end]
                known = _known_place(name)
        if kind == "Organization" and not known and _FORMAT.fullmatch(name):
            continue  # 4K, 5G: a format, no body
        if (
            kind == "Organization"
            and not known
            and start >= 3
            and text[start - 1] in "－—-"
            and _BODY_END.search(name)
        ):
            before = next((o for o in mentions if o.type == "Place" and o.end == start - 1), None)
            if before is not None:  # 巴西－|中国友好协会: the association of both countries
                start = before.start
                name = text[start:end]
        if kind == "Organization" and not known:
            descriptor = _DESCRIPTOR.search(name)
            if descriptor and _BODY_END.search(name):
                # 美国智库|大西洋理事会: what the body is, said before its name, is no part of it
                start += descriptor.end()
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
        if (
            kind == "Organization"
            and not known
            and not _BODY_END.search(name)
            and not _FACILITY_END.search(name)  # 大藤峡水利枢纽: a place, made one below
        ):
            if _lexicon_type(name) == "Place":
                kind = "Place"  # 纽芬兰: a province the model took for a body
            elif len(name) >= 3 or name in _frequent_pairs():
                # 暴雪, 立国, 龙腾狮跃庆新春, 野村公司交易证券: no body's name ends so
                absorbed[end] = start
                continue
        if kind == "Organization" and not known:
            owner_cut = _cut_off_head(text, start, name)
            if owner_cut == 0:
                absorbed[end] = start
                continue
            if owner_cut:  # 海口市|教育局: the place's body, the place the head of its name
                out = [o for o in out if not (o.type == "Place" and o.end == start)]
                start -= owner_cut
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
        if kind == "Organization" and not known:
            if (
                _EVENT_END.search(name)
                or (
                    _EVENT_AFTER.match(text, end)
                    and not _ORG_WORD.search(name)
                    and not name.endswith(("人大", "政协"))
                )
                or _ORG_NO_OWNER.search(name)
                or _ORG_KIND_END.search(name)
                or _CRAFT_END.search(name)
                or _THING_AFTER_BODY.match(text, end)
                or _SIDE.match(name)
                or _OF_A_KIND.search(name)
                or _VERB_IN_NAME.search(name)
                or (_LIST_IN_NAME.search(name) and "·" not in name)
                or _no_body_after_owner(name)
                or _joined_by_verb(name)
                or (_KIND_OF_BODY.search(name) and not _has_owner(name))
                or (
                    _BARE_UNIT.fullmatch(name)
                    and _UNIT_AFTER_AND.search(text, 0, start)
                    and not _has_owner(name)
                )
                or _TERM.sub("", name) in generic_names()
                or _generic_unit(name)
                or _local_kind(name)
                or _committee_of_nothing(name)
                or _bare_level_body(name)
                or any(
                    ("Organization", normalize_key(name[:i])) in aliases and name[i:] in _KINDS_OF
                    for i in range(2, len(name) - 1)
                )
                or (name.endswith("部") and text[end : end + 1] == "门")
                or (name.endswith("队") and _lexicon_type(name[:-1]) == "Place")
            ):
                # 书记处 of 书记处第一书记: no node, but still the owner the post begins with
                absorbed[end] = start
                continue
            if _place_then_verb(name) or _parties(name):
                continue
            pair = _TWO_BODIES.fullmatch(name)
            if not (pair and _named_body(pair.group(2))):
                pair = _known_body_and_body(name)
            if pair:  # 江苏自贸试验区南京片区|与|金陵海关: two bodies, joined by 与
                left, right = pair.group(1), pair.group(2)
                ltype = "Place" if left.endswith("区") else "Organization"
                cut = start + len(left)
                out.append(replace(m, start=start, end=cut, type=ltype, text=left))
                out.append(replace(m, start=end - len(right), end=end, text=right))
                continue
            halves = [
                i
                for i in range(2, len(name) - 1)
                if ("Organization", normalize_key(name[:i])) in aliases
                and ("Organization", normalize_key(name[i:])) in aliases
            ]
            if halves:
                cut = start + halves[0]
                out.append(replace(m, start=start, end=cut, text=text[start:cut]))
                out.append(replace(m, start=cut, end=end, text=text[cut:end]))
                continue
        if (
            kind in ("Place", "Person")
            and not known
            and len(name) >= 3
            and name[-1] in _WORD_AFTER_PLACE
            and _known_place(name[:-1])
        ):  # 杰宁|及, 平凉|至, 埃塞|愿: a preposition, a conjunction or a verb after the place
            end, kind = end - 1, "Place"
            name = text[start:end]
            known = True
        if (
            kind == "Place"
            and not known
            and len(name) >= 4
            and name[-2] in _ADMIN_END
            and name[-1] not in _PLACE_AFTER_ADMIN
            and (
                name[-1] in _WORD_AFTER_ADMIN
                or jieba_words().get(text[end - 1 : end + 1], 0) >= 100
            )
        ):  # 临江市|江水向市区倒灌, 贾斯珀市|约三分之一: the place ends at its 市, 县, 省 or 州
            end -= 1
            name = text[start:end]
            known = ("Place", normalize_key(name)) in aliases
        if kind == "Place" and not known and _COMPANY_END.search(name) and len(name) >= 4:
            kind = "Organization"  # 京东物流: a company, named like one
        if kind == "Place" and not known and _short_forms_only(name):
            continue  # 美加, 中埃塞: two countries' short forms, no one place
        if (
            kind == "Place"
            and not known
            and len(name) == 3
            and name[1] in "与和"
            and (_country(name[0]) or _country(name[2]))
        ):
            continue  # 伊与美: Iran and the USA, by their short forms
        if kind == "Place" and not known and name[0] in "省市县区" and _known_place(name[1:]):
            start += 1  # 桐乡|市乌镇: the level of the city before, then the town
            name = text[start:end]
            known = True
        if (
            kind == "Place"
            and not known
            and len(name) >= 3
            and _known_place(name[1:])
            and _country(name[0])
        ):  # 美|佐治亚州: the country's short form, then a place of it
            out.append(replace(m, start=start, end=start + 1, text=name[0], value=None))
            start += 1
            name = text[start:end]
            known = True
        if kind == "Place" and not known:
            run_on = _PLACE_RUN_ON.search(name, 2)
            if run_on and _known_place(name[: run_on.start()]):
                # 呼和浩特|的滑雪场, 吉林|各大滑雪场, 顿涅茨克|乌军: the place, then other words
                end = start + run_on.start()
                name = text[start:end]
                known = True
        if (
            kind == "Place"
            and len(name) == 2
            and name[1] in "东西南北"
            and text[end : end + 1] == "方"
            and _country(name[0])
        ):
            continue  # 美西方: the United States and the West
        if kind == "Place" and not known:
            descriptor = _PLACE_DESCRIPTOR.match(name)
            if descriptor and _known_place(name[descriptor.end() :]):
                start += descriptor.end()  # 粮食大省|湖南: what the place is, said before its name
                name = text[start:end]
                known = True
        if kind == "Place" and (
            (
                text[end : end + 1] == "号"
                and (text[start - 2 : start] == "班列" or _QUOTE_BEFORE.match(text, start - 1))
            )
            or (not known and (_SEASON_END.search(name) or _CRUDE_AFTER.match(text, end)))
        ):
            continue  # 中欧班列长安号 (a train), 哈尔滨冰雪季 (a season), 伦敦布伦特原油 (a crude)
        if kind == "Place" and not known:
            level = _word_after_level(name)
            if level:  # 盛泽镇|民营企业: the town, then an ordinary word
                end = start + level
                name = text[start:end]
                known = _known_place(name)
        if kind == "Place" and not known and len(name) == 2 and _ROAD_AFTER.match(text, end):
            continue  # 德余|高速: two cities' abbreviations naming a road
        if (
            kind == "Place"
            and not known
            and (
                _PLACE_VERB.search(name)
                or _CRAFT_END.search(name)
                or _SATELLITE.search(name)
                or _GAMES_AFTER.match(text, end)
            )
        ):
            continue  # 德余高速连接贵州, 风云三号G星, 杭州亚|运会
        pieces = _places_of(name) if kind == "Place" and not _known_place(name) else []
        if len(pieces) > 1:  # 以色列|纳哈里亚, 石狮|蚶江镇, 宝鸡|石坝河|和|瓦峪河
            for a, b in pieces:
                out.append(replace(m, start=start + a, end=start + b, type=kind, text=name[a:b]))
            continue
        if (start, end, kind) == (m.start, m.end, m.type):
            out.append(m)
        else:
            out.append(replace(m, start=start, end=end, type=kind, text=text[start:end]))
    return sorted(out, key=in_text_order)


# A country's forces and guards, named without the country: 乌克兰|国民警卫队.
_NATIONAL_FORCE = re.compile(r"国民警卫队|海岸警卫队|国防军|武装部队|武装力量|边防部队|共和国卫队")


def _foreign_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``俄罗斯|国防部``, ``乌|国防部``, ``日本|共产党``: a body the tables know by its bare name
    (China's), right after another country's name, is that country's body: one mention for
    the whole span, never China's ministry. Only for the graph (the corpora annotate the
    country and the body apart)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    places = {m.end: m for m in mentions if m.type == "Place"}
    dropped: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type != "Organization"
            or not (m.value or _NATIONAL_FORCE.fullmatch(m.text))
            or m.owner
            or not (_NATIONAL_BODY.search(m.text) or _NATIONAL_FORCE.fullmatch(m.text))
            or _starts_with_place(m.text)
        ):
            out.append(m)
            continue
        start = m.start
        before = places.get(m.start)
        if before is not None and _country(before.text):
            start = before.start
            dropped.add(id(before))
        elif (
            m.start >= 1
            and _country(text[m.start - 1])
            and not any(x.start < m.start <= x.end for x in mentions if x is not m)
            and not (m.start >= 2 and ("Place", normalize_key(text[m.start - 2])) in aliases)
        ):  # 乌国防部, not 中俄|国防部长 (two countries' ministers)
            start = m.start - 1
        if start == m.start:
            out.append(m)
            continue
        out.append(replace(m, start=start, text=text[start : m.end], value=None))
    return [m for m in out if id(m) not in dropped]


def _inside_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A two-character name the tables matched inside two words, across both of their
    boundaries, is no name: 发展|中国|家 (developing countries), 人|民进|行 (人民 进行); nor
    is a short post read across two words (北部地|区长|时间, 西安|市长|安区)."""
    import rjieba

    short = [
        m
        for m in mentions
        if (m.source == "lexicon" and m.type in ("Organization", "Place") and m.end - m.start == 2)
        or (m.type == "Position" and not m.owner and m.end - m.start <= 3)
    ]
    if not short:
        return mentions
    bounds = {0}
    at = 0
    for word in rjieba.cut(text):
        at += len(word)
        bounds.add(at)
    inside = {id(m) for m in short if m.start not in bounds and m.end not in bounds}
    return [m for m in mentions if id(m) not in inside] if inside else mentions


_DASHES = re.compile(r"[—－\-–]+")


def _parties(name: str) -> bool:
    """中国—东盟, 中日韩, 中国同海合会: countries or bodies the tables know, joined by a dash or
    同 or written as one-character short forms in a row, are the parties of something, not
    one body."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases

    def known(part: str) -> bool:
        key = normalize_key(part)
        return ("Place", key) in aliases or ("Organization", key) in aliases

    parts = _DASHES.split(name)
    if len(parts) > 1 and all(part and known(part) for part in parts):
        return True
    at = name.find("同", 2)  # 中国同海合会: China with the Gulf council
    if (
        at > 0
        and known(name[:at])
        and any(known(name[at + 1 : i]) for i in range(at + 3, len(name) + 1))
    ):
        return True
    return 2 <= len(name) <= 4 and all(_country(char) or char == "中" for char in name)


def _short_forms_only(name: str) -> bool:
    """美加 (美 + 加), 中埃塞 (中 + 埃塞), 美韩: a name made only of countries' short forms, one
    or two characters each, at least one of one character (美加州 is California, 粤港澳 and
    甘宁 regions of China)."""

    def split(rest: str, pieces: int, single: bool) -> bool:
        if not rest:
            return pieces >= 2 and single
        return any(
            (part == "中" or _country(part) is not None)
            and split(rest[size:], pieces + 1, single or size == 1)
            for size in (1, 2)
            if size <= len(rest)
            for part in [rest[:size]]
        )

    return 2 <= len(name) <= 4 and split(name, 0, False)


def _orphan_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A post whose body is a kind of body (中央委员会, 十届全国委员会) takes the organisation
    a list of terms separates it from (台湾民主自治同盟第六届、七届|中央委员会主席 ->
    台湾民主自治同盟中央委员会主席); with none, or when its body is a unit cut after 和 or
    与 from a longer name (难民救济和|工程处主任), it is no post of its own. A kind of body
    no term separates from what comes before stays as it is (书记处书记)."""
    from kgraph.resolve import generic_names

    orgs = {m.end: m for m in mentions if m.type == "Organization"}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Position" and m.text.endswith("所长") and _STRENGTHS.match(text, m.end):
            continue  # 把农工党所长与中心大局所需…: its strengths, not the head of an institute
        if m.type != "Position" or not m.owner or not m.value or not m.value.startswith(m.owner):
            out.append(m)
            continue
        body = _TERM.sub("", m.owner)
        if (
            _BARE_UNIT.fullmatch(m.owner)
            and _UNIT_AFTER_AND.search(text, 0, m.start)
            # (吉佩定和阿外交部秘书长本·贾马: 和 after a name joins two people)
            and not any(p.type == "Person" and p.end == m.start - 1 for p in mentions)
        ):
            continue
        if body not in generic_names():
            out.append(m)
            continue
        terms = _TERMS_BEFORE.search(text, 0, m.start)
        at = terms.start() if terms else m.start
        if body == m.owner and at == m.start:
            out.append(m)  # 书记处书记: a kind of body no term cuts from its owner
            continue
        owner = orgs.get(at)
        if owner is None:
            continue
        head = owner.text + body
        out.append(replace(m, value=head + m.value[len(m.owner) :], owner=head))
    return out


# 所长 as "strengths" in the set phrase X所长 … Y所需 (with what X does best, what Y needs).
_STRENGTHS = re.compile(r"[^。；！？]{0,15}所需")


_TERMS_BEFORE = re.compile(r"(?:第?[一二三四五六七八九十百]+届[、，和及至]?)*$")


def _two_places(mentions: list[Mention]) -> list[Mention]:
    """``吐鲁番乌鲁木齐``, ``新疆尼勒克``: a span that is two places the gazetteer knows is two.

    Organisations too (the model calls 海南博鳌 one): the span is cut where both halves are
    places (the second maybe without its 县/市/区), the span itself is not a known name.
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[Mention] = []
    for mention in mentions:
        text = mention.text
        if (
            mention.type not in ("Place", "Organization")
            or mention.value
            or mention.owner
            or len(text) < 4
            or (mention.type, normalize_key(text)) in aliases
            or (mention.type == "Organization" and _ORG_WORD.search(text))
        ):
            out.append(mention)
            continue
        cuts = [
            i for i in range(2, len(text) - 1) if _known_place(text[:i]) and _known_place(text[i:])
        ]
        if not cuts:
            out.append(mention)
            continue
        cut = cuts[0]
        out.append(replace(mention, type="Place", end=mention.start + cut, text=text[:cut]))
        out.append(replace(mention, type="Place", start=mention.start + cut, text=text[cut:]))
    return out


def _split_addresses(mentions: list[Mention]) -> list[Mention]:
    """``漯河市源汇区双龙街道`` -> three places, each inside the one before (see relations).

    A place span is cut at its administrative levels when every level is a name
    of two or more characters and what follows the last is a name too; a
    trailing venue in quotes (“暖心驿站) is dropped.
    """
    out: list[Mention] = []
    for mention in _two_places(mentions):
        levels = [m.group() for m in _ADMIN_LEVEL.finditer(mention.text)]
        rest = mention.text[sum(map(len, levels)) :]
        quoted = rest[:1] in ("“", '"', "「")
        if (
            mention.type != "Place"
            or mention.value
            or not (len(levels) >= 2 or (levels and quoted))
            or any(len(level) < 2 for level in levels)
            or (rest and not quoted and len(rest) < 2)
        ):
            out.append(mention)
            continue
        start = mention.start
        for level in [*levels, *([] if quoted or not rest else [rest])]:
            out.append(replace(mention, start=start, end=start + len(level), text=level))
            start += len(level)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.type == b.type == "Place"
            and a.end == b.start
            and len(b.text) >= 3
            and b.text[0] in "市县区"
            and (_known_place(b.text[1:]) or b.text[-1] in "镇乡村")
            and any(
                _known_place(a.text[-k:] + b.text[0]) for k in range(2, min(len(a.text), 5) + 1)
            )
        ):  # 湖南永州|市道县: the level ends the place before (永州市), 道县 is the next
            out[i - 1] = replace(a, end=a.end + 1, text=a.text + b.text[0], value=None)
            out[i] = replace(b, start=b.start + 1, text=b.text[1:], value=None)
    final: list[Mention] = []
    for m in out:
        name = m.text
        cut = next(
            (
                k
                for k in range(2, len(name) - 1)
                if m.type == "Place"
                and not m.value
                and not _known_place(name)
                and _known_place(name[:k])
                and _known_place(name[k:])
            ),
            None,
        )
        if cut is None:
            final.append(m)
        else:  # 湖南永州市: the province, then the city
            final.append(replace(m, end=m.start + cut, text=name[:cut]))
            final.append(replace(m, start=m.start + cut, text=name[cut:]))
    return final


def graph_repairs(text: str, tagged: list[Mention]) -> list[Mention]:
    """The repairs of one sentence's tagged mentions that the graph takes, in order."""
    tagged = _bodies_cut_at_he(text, _title_shares_a_character(text, tagged))
    tagged = _elided_sessions(text, tagged)
    tagged = _titled_name_in_a_body(text, tagged)
    mentions = _mend_names(text, _inside_words(text, _cut_boundaries(text, tagged)))
    mentions = _foreign_bodies(text, _orphan_posts(text, mentions))
    mentions = _ministers(text, _named_things(text, mentions))
    mentions = _routes_and_kinds(text, _split_addresses(_cut_boundaries(text, mentions)))
    mentions = _names_before_prepositions(text, _place_sides(_listed_people(mentions)))
    mentions = _names_before_wei(text, _noted_names(text, mentions))
    mentions = _two_town_fronts(text, _given_names_cut(text, mentions))
    mentions = _stations(text, _hyphenated_names(text, mentions))
    mentions = _bodies_run_on(text, _levels_before_bodies(text, mentions))
    mentions = _names_begun_late(text, _name_split_into_places(_heads_read_as_places(mentions)))
    # (…股份有限公司常务副总经理、董事: the chain's owner, found only now, is the next post's)
    mentions = _distribute_owners(text, _long_bodies_own_titles(text, mentions))
    mentions = _deputies_of_the_body_before(
        text, _governments_paired_with_committees(text, mentions)
    )
    mentions = _portfolios_of_places(text, _heads_of_the_body_elected(text, mentions))
    mentions = _posts_of_periodicals(text, mentions)
    return _posts_of_the_chains_place(mentions)


def _portfolios_of_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``英国北爱尔兰事务大臣莫勒姆``, ``英国中国事务大臣``: a minister for a place's affairs (the
    place, 事务, then the title) holds one post, the place its portfolio, not its owner."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (
            m.type == "Position"
            and m.owner is None
            and before is not None
            and before.type == "Place"
            and len(before.text) > 1  # (欧亚事务特别代表: 亚 no place, a piece of 欧亚)
            and text[before.end : m.start] == "事务"
            # (阿联酋总统中国事务特使: the envoy of the post before, not a post of his own)
            and not (len(out) > 1 and out[-2].type == "Position" and out[-2].end == before.start)
        ):
            out[-1] = replace(m, start=before.start, text=text[before.start : m.end], value=None)
            continue
        out.append(m)
    return out


# 《长江日报》副总编辑, 《剧本》杂志副主编, 《求是》杂志社社长: the title of a periodical's
# editor or publisher, right after its name (and its 杂志, 杂志社, 报社, 编辑部)
PERIODICAL_STAFF = re.compile(
    r"《[^《》，,。；;]{1,20}》(?:杂志社|杂志|报社|周刊社|周刊|编辑部)?"
    r"(?P<title>(?:常务)?副?(?:社长|总编辑|总编|主编))"
)


def _posts_of_periodicals(text: str, mentions: list[Mention]) -> list[Mention]:
    """``《长江日报》副总编辑潘堂林``, ``《剧本》杂志副主编周明``: an editor's or a publisher's
    post is the periodical's, its name in 《》 part of the post (not 副总编辑 alone)."""
    if "》" not in text:
        return mentions  # (most sentences name no periodical)
    posts = [
        Mention(found.start(), found.end(), "Position", found.group(), source="rules",
                owner=text[found.start() : found.start("title")])
        for found in PERIODICAL_STAFF.finditer(text)
        if not any(m.start < found.start() < m.end or m.start < found.end() < m.end
                   for m in mentions)
    ]  # fmt: skip
    if not posts:
        return mentions
    kept = [m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in posts)]
    return sorted([*kept, *posts], key=in_text_order)


def _elided_sessions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``第六、七届全国政协委员``: the body of the sessions one served in starts at 第, the
    sessions before the last elided (the tagger's 七届全国政协 leaves 第六、 behind)."""
    if "、" not in text:
        return mentions  # (no list, no sessions elided)
    out: list[Mention] = []
    for m in mentions:
        found = (
            ELIDED_SESSIONS.search(text, max(0, m.start - 12), m.end)
            if m.type in ("Organization", "Position") and text[m.start - 1 : m.start] == "、"
            else None
        )
        if found is None or found.end() != m.start or (out and out[-1].end > found.start()):
            out.append(m)
            continue
        head = text[found.start() : m.start]
        value = head + m.value if m.value else None
        out.append(replace(m, start=found.start(), text=head + m.text, value=value))
    return out


def _name_split_into_places(mentions: list[Mention]) -> list[Mention]:
    """``尼泊尔联邦院主席蒂米尔|西纳``: two places no table knows, run together right after a
    post and ending in no kind of place, are the post holder's name cut in two (not single
    characters: 讲话中将|非|中关系, China and Africa after a "rank")."""
    out: list[Mention] = []
    for m in mentions:
        if len(out) >= 2 and m.type == "Place" and out[-1].type == "Place":
            first, post = out[-1], out[-2]
            if (
                post.type == "Position"
                and post.end == first.start
                and first.end == m.start
                and min(len(first.text), len(m.text)) >= 2
                and not _known_place(first.text)
                and not _known_place(m.text)
                and not _PLACE_KIND_END.search(m.text)
            ):
                out[-1] = replace(first, end=m.end, type="Person", text=first.text + m.text)
                continue
        out.append(m)
    return out


# The titles of a head of state or government a foreign name goes before (泽鲁阿勒总统)
_HEAD_TITLES = frozenset({"总统", "副总统", "首相", "总理", "国王", "女王", "埃米尔"})


def _heads_read_as_places(mentions: list[Mention]) -> list[Mention]:
    """``江泽民主席对泽鲁阿勒|总统的问候``: a "place" of a transliteration's characters that no
    table knows, right before a head's title of no owner, is the head's name (a country the
    title would belong to is in the gazetteer)."""
    out = list(mentions)
    for index, (m, title) in enumerate(pairwise(mentions)):
        if (
            m.type == "Place"
            and title.type == "Position"
            and title.start == m.end
            and title.text in _HEAD_TITLES
            and not title.owner
            and len(m.text) >= 3
            and all(char in _TRANSLITERATION for char in m.text)
            and not _known_place(m.text)
            and _lexicon_type(m.text) is None
        ):
            out[index] = replace(m, type="Person", value=None)
    return out


# Characters a transliterated name may begin with (恰 of 恰普托娃, 科恰诺娃)
_NAME_OPENING = _TRANSLITERATION | frozenset("恰")


def _names_begun_late(text: str, mentions: list[Mention]) -> list[Mention]:
    """``共和国院主席科恰|诺娃``, ``<p>科恰|诺娃表示``: a transliterated name the tagger began
    one or two characters late, where a post, a clause or the text opens it, is the whole (with
    the character it may have cut off its end: 非国大总书记姆|巴卢|拉会谈)."""
    taken: bytearray | None = None  # (made for the few sentences that have such a name)
    post_ends = {m.end for m in mentions if m.type == "Position"}
    out: list[Mention] = []
    for m in mentions:
        if not (
            m.type in ("Person", "Place")
            and 2 <= len(m.text) <= 4
            and m.start > 0
            and text[m.start - 1] in _NAME_OPENING
            and all(char in _TRANSLITERATION for char in m.text)
            and (m.type == "Person" or not _known_place(m.text))
        ):
            out.append(m)
            continue
        taken = taken if taken is not None else covered(text, mentions)
        start = m.start
        while (
            m.start - start < 2
            and start > 0
            and not taken[start - 1]
            and text[start - 1] in _NAME_OPENING
        ):
            start -= 1
        opened = start == 0 or text[start - 1] in _NAME_BOUNDARY or not _CJK.match(text, start - 1)
        if start < m.start and (start in post_ends or (m.type == "Person" and opened)):
            # (…总书记姆巴卢拉会谈: and it may have ended it early too)
            end = _transliteration_after(text, m.end, taken, 1)
            m = replace(m, start=start, end=end, type="Person", text=text[start:end])
        out.append(m)
    return out


# A province's, region's or city's body a post's owner opens with (河南省|委, 福州市|人民政府)
_PLACE_OF_BODY = re.compile(
    r"^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:省|自治区|市))(?=委|人民政府|政府|人大|政协)"
)


def _posts_of_the_chains_place(mentions: list[Mention]) -> list[Mention]:
    """``历任河南省委副书记、代省长、省长，省委书记、省长，省委书记、省人大常委会主任``: the
    posts of a place's level a sentence names without the place, after a post of a body of
    that place (河南省委副书记), are that place's (河南省省长, 河南省委书记, 河南省人大常委会
    主任), until a post of another place's body."""
    place = ""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Position" and m.owner:
            named = _PLACE_OF_BODY.match(m.owner)
            if named is not None and _known_place(named.group(1)):
                place = named.group(1)
        if place and m.type == "Position":
            m = post_of_place(m, place)
        out.append(m)
    return out


# 选举产生了世界道教联合会第一届理事会: the body whose council an assembly elects, its term and
# council after it or in its name (全国台联第十一届常务理事会)
ELECTED_COUNCIL = re.compile(r"选举产生了?(?:新一届)?$")
COUNCIL = re.compile(r"(?:第[0-9一二三四五六七八九十]+届)?(?:常务)?(?:理事会|委员会|常务委员会)")
COUNCIL_AFTER = re.compile(COUNCIL.pattern + "$")
COUNCIL_HEAD = re.compile(r"(?:名誉|常务)?副?(?:会长|理事长|主席|秘书长)")


def _heads_of_the_body_elected(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举产生了世界道教联合会第一届理事会，…李光富当选为理事长``: a head's bare title that
    one is elected to after an assembly elects a body's council is the body's (世界道教联合会
    理事长; not after a party's 第十三届中央常务委员会, whose chair the tables name)."""
    out: list[Mention] = []
    body: str | None = None
    for m in mentions:
        if m.type == "Organization" and ELECTED_COUNCIL.search(text, max(0, m.start - 8), m.start):
            council = COUNCIL_AFTER.search(m.text)
            named = m.text[: council.start()] if council is not None else ""
            if len(named) >= 2 and not named.endswith(("中央", "届")):
                body = named  # 全国台联|第十一届理事会 (not 九三学社第十五届中央|常务委员会)
            elif council is None and COUNCIL.match(text, m.end) is not None:
                body = m.text  # 世界道教联合会|第一届理事会
        elif (
            m.type == "Position"
            and body is not None
            and not m.owner
            and COUNCIL_HEAD.fullmatch(m.value or m.text)
            and text[max(0, m.start - 3) : m.start].endswith(("当选", "当选为"))
        ):
            m = replace(m, owner=body, value=body + m.text)
        out.append(m)
    return out


def _deputies_of_the_body_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举李建国为省人大常委会主任，徐山林、刘揆楚…为副主任``: a deputy's bare title that an
    election or appointment gives after its head's post is of the head's body."""
    out: list[Mention] = []
    for m in mentions:
        title = m.value or m.text
        if (
            m.type == "Position"
            and not m.owner
            and title.startswith("副")
            and text[m.start - 1 : m.start] == "为"
        ):
            head = next(
                (
                    p
                    for p in reversed(out)
                    if p.type == "Position"
                    and p.owner
                    and (p.value or p.text) == p.owner + title[1:]
                ),
                None,
            )
            if head is not None and head.owner:
                m = replace(m, value=head.owner + title, owner=head.owner)
        out.append(m)
    return out


def _bodies_cut_at_he(text: str, mentions: list[Mention]) -> list[Mention]:
    """全国人大|宪法和|法律委员会, 民族和|宗教委员会, 农业和|农村委员会驻会|副主任: a body the
    tables know with 和 inside its name, which the tagger began after the 和, is the whole
    body (with the body before it when the tables know the two as one: 全国人大宪法和法律委员会),
    and so is the owner of the post after it."""
    from kgraph.lexicons import lexicon, normalize_key
    from kgraph.resolve import generic_names

    def known(name: str) -> bool:
        return name in generic_names() or ("Organization", normalize_key(name)) in lexicon().aliases

    out = list(mentions)
    for m in mentions:
        if m.type != "Organization" or m.owner or text[m.start - 1 : m.start] != "和":
            continue
        if m not in out:
            continue  # (taken into a body before it: 全国人大|…)
        whole = next(
            (
                (begin, end)
                for begin in range(m.start - 2, max(-1, m.start - 6), -1)
                for end in range(m.end, m.start + 2, -1)
                if known(text[begin:end])
            ),
            None,
        )
        if whole is None:
            continue
        begin, end = whole
        if end < m.end and not any(p.type == "Position" and p.start == m.end for p in mentions):
            continue  # (物资储备局原局|长: the rest is the start of a post the later repairs read)
        before = next(
            (b for b in out if b.type == "Organization" and b.end == begin and not b.owner), None
        )
        if before is not None:
            # (全国人大|宪法和法律委员会: one body the tables know; 第十四届全国人大|…: the body
            # is 全国人大宪法和法律委员会, and the session named before it stays)
            size = len(before.text)
            cut = next((k for k in range(size - 1) if known(text[before.start + k : end])), None)
            if cut == 0:
                out.remove(before)
            if cut is not None:
                begin = before.start + cut
        body = replace(m, start=begin, end=end, text=text[begin:end], value=None)
        out[out.index(m)] = body
        for post in mentions:
            if post.type == "Position" and post.owner and post.start == m.end and post in out:
                # (…委员会驻会|副主任: the post's words after the body are the post's)
                title = text[end : post.end]
                out[out.index(post)] = replace(post, owner=body.text, value=body.text + title)
    return sorted(out, key=in_text_order)


# A place's government head named bare after its party committee's secretary: 省委书记|省长
_GOVERNMENT_HEAD = re.compile(r"(?:常务)?副?([省市县区州])长")


def _governments_paired_with_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """``江西省委书记尹弘和省长叶建春``: the governor named bare after the province's party
    secretary, joined by 和 or 、, governs that province (江西省省长), as a reader takes it;
    the level must match (省委 and 省长, 市委 and 市长)."""
    out = list(mentions)
    for index in range(2, len(out)):
        post, person, secretary = out[index], out[index - 1], out[index - 2]
        head = _GOVERNMENT_HEAD.fullmatch(post.text) if post.type == "Position" else None
        committee = secretary.owner or ""
        if (
            head is None
            or post.owner
            or person.type != "Person"
            or secretary.type != "Position"
            or secretary.end != person.start
            or text[person.end : post.start] not in ("和", "、")
            or not committee.endswith(head.group(1) + "委")
            or len(committee) < 4
        ):
            continue
        place = committee[:-1]  # 江西省委 -> 江西省
        out[index] = replace(post, owner=place, value=place + post.text)
    return out


# What stands between a body and its post and is the post's (分会|第一|副会长, 常委会|常务|副主任),
# after a unit of the body it may name (…股份有限公司|加工事业一部|总经理, …有限公司|财务部|主任)
_UNIT_OF_BODY = re.compile(
    r"(?:[\u4e00-\u9fff0-9一二三四五六七八九十]{0,6}(?:部|处|科|室|中心|办公室|分公司|车间|分厂))?"
    rf"(?:{TRAILING_MODIFIERS}|{'|'.join(ROLE_IN_BODY)})?"
)


def _tagged_owner(body: str, title: str) -> bool:
    """Whether a body the tagger read right before ``title`` can own it: not a job's word or a
    rank (驻长沙部队|上校), not bodies in general (各高校|书记), not a name read as a body (隋军|
    委员, two characters)."""
    known = titles()
    return (
        len(body) >= 3
        and not body.startswith("各")
        and not known.occupation(title)
        and known.kind(title) != "rank"
    )


def _long_bodies_own_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``中国国际贸易促进委员会机械行业分会|会长``, ``湖北美标汽车制冷系统有限公司研发中心|主任``:
    a body the tagger read, too long for the positions' reach to find its start, right before a
    bare title is the post's owner (for the graph only, as :func:`_title_shares_a_character`)."""
    from kgraph.extract.positions import beyond_reach, is_owner

    plain = halfwidth(text)
    bodies = {m.end: m for m in mentions if m.type == "Organization"}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Position" and m.owner is None and m.value is None:
            body = next(
                (
                    b
                    for end, b in bodies.items()
                    if 0 <= m.start - end <= 8 and _UNIT_OF_BODY.fullmatch(text, end, m.start)
                ),
                None,
            )
            if body is not None and (
                (is_owner(body.text) and beyond_reach(plain, m.start))
                # (现任神剑股份|董事长: a body the tables cannot tell by its end, read by the
                # tagger right before the title; a job's word or a rank is no post of a body)
                or (not beyond_reach(plain, m.start) and _tagged_owner(body.text, m.text))
            ):
                owner = TRAILING_MODIFIER.sub("", text[body.start : m.start])
                owner = next(
                    (owner.removesuffix(r) for r in ROLE_IN_BODY if owner.endswith(r)), owner
                )
                m = replace(m, owner=owner, value=text[body.start : m.end])
        out.append(m)
    return out


# The bodies a place's name makes with a word the tagger may leave out: 重庆市|人民政府,
# 山西省|政府 (not the government's kind of spending or debt: 市政府采购, 省政府债券)
_PLACE_BODY = re.compile(
    r"人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|人民法院|人民检察院|政协|人民政府办公厅"
    r"|政府(?!性|采购|债|购买|补贴|投资|引导基金|和社会资本)"
)


# An office a body's name and a short word make (国务院军转办, 省委农办, 市政府纠风办), before
# what ends a name: a date, a verb of holding, a comma
_OFFICE_AFTER = re.compile(
    # (not a verb of holding: 北京市政府共同主办, 省政府承办)
    r"(?!共同|联合)[\u4e00-\u9fff]{1,2}?(?<![主承协举创开合督交包兴筹代查操催经领试停申])办"
    r"(?=[0-9０-９今昨本在于和及、，,。：:主召举日近等的副向与同将已]|$)"
)


_OFFICE_OWNERS = re.compile(r"(?:国务院|中共中央|中央|[省市县区]委|[省市县区]政府)$")


def _bodies_run_on(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body the tagger cut before the word that makes it: a place's government
    (``由全国政协经济委员会、重庆市|人民政府联合召开的研讨会``), an office of a body
    (``国务院|军转办７日在京召开…``); nothing else may cover the word."""
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        body = _PLACE_BODY.match(text, m.end) if m.type == "Place" else None
        if (
            body is not None
            and m.text.endswith(("省", "市", "县", "区", "州"))
            and not any(m.end <= at < body.end() for at in starts)
        ):
            m = replace(m, type="Organization", end=body.end(), text=text[m.start : body.end()])
        office = _OFFICE_AFTER.match(text, m.end) if m.type == "Organization" else None
        if (
            office is not None
            and _OFFICE_OWNERS.search(m.text)
            and not any(m.end <= at < office.end() for at in starts)
        ):
            m = replace(m, end=office.end(), text=text[m.start : office.end()], value=None)
        out.append(m)
    return out


# A level of government before a body it names (省人大常委会, 市政协, 县委), after what
# names the post it is part of: 选举李建国为|省|人大常委会主任
_LEVEL_BODY = re.compile(r"[省市县区州](?=人大|政协|委|政府|人民|高级人民法院|纪委|党委)")


def _levels_before_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举李建国为省人大常委会主任``: the tagger's 人大常委会 left the 省 out; the body (or the
    post of it) takes the level back when nothing else holds it and it follows 为 or a list's
    comma."""
    out: list[Mention] = []
    for m in mentions:
        at = m.start - 1
        if (
            m.type in ("Organization", "Position")
            and at >= 1
            and text[at - 1] in "为任、，,："
            and _LEVEL_BODY.match(text, at)
            and not any(o.start <= at < o.end for o in mentions)
        ):
            level = text[at]
            value = level + m.value if m.value and m.value.startswith(m.text[:1]) else m.value
            owner = level + m.owner if m.owner and m.text.startswith(m.owner) else m.owner
            m = replace(m, start=at, text=text[at : m.end], value=value, owner=owner)
        out.append(m)
    return out


# A railway station named by its city and a side (南京南站, 郑州东站, 北京西站).
_STATION_SIDES = frozenset("东南西北")


_CITY_KINDS = frozenset({"municipality", "prefecture", "city", "capital", "county"})


def _city(name: str) -> bool:
    """A city or county of the gazetteer, by its name or a short form (南京, 唐山)."""
    from kgraph.lexicons import lexicon, normalize_key

    tables = lexicon()
    canonical = tables.aliases.get(("Place", normalize_key(name)))
    found = tables.get("Place", canonical) if canonical else None
    return found is not None and found.kind in _CITY_KINDS


def _stations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``南京|南站``, ``唐山南|站``: a city the tables know, one of 东南西北 and 站 is that
    city's railway station, one place; the tagger takes the city and a bare 南站, or a
    "person" of the city and the side."""
    out: list[Mention] = []
    grown: list[Mention] = []
    for m in mentions:
        name = m.text
        if (
            m.type == "Place"
            and text[m.end : m.end + 1] in _STATION_SIDES
            and text[m.end + 1 : m.end + 2] == "站"
            and _city(name)
        ):
            end = m.end + 2
        elif (
            m.type in ("Person", "Place")
            and len(name) >= 3
            and name[-1] in _STATION_SIDES
            and text[m.end : m.end + 1] == "站"
            and _city(name[:-1])
        ):
            end = m.end + 1
        else:
            out.append(m)
            continue
        station = replace(m, type="Place", end=end, text=text[m.start : end], value=None)
        out.append(station)
        grown.append(station)
    if not grown:
        return mentions
    return [
        m
        for m in out
        if m in grown or not any(g.start <= m.start and m.end <= g.end for g in grown)
    ]


# Prepositions a known name may run into, with what follows them: 李希|在哈瓦那出席.
_PREPOSITION_AFTER_NAME = frozenset("在赴到于向同与对")


# Prepositions before a partner or a target that the tagger runs into a body's name
_GLUED_PREPOSITIONS = frozenset("同与跟向对")


# One-character verbs the tagger runs into the three-character name before them
_VERB_AFTER_NAME = frozenset("有饰说是在把被给让向对将")


_BEATING = frozenset({"力压", "力克", "力挫"})  # X力压Y: X beat Y
# What a list goes on with after 及 (曹志及有关部门负责人): not the end of a name (金冲及说)
_LIST_GOES_ON = ("有关", "相关", "其他", "其它", "各", "全体", "部分", "夫人")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


# A model's or a flight's number, Latin letters and digits (MQ-9, MU9191): no person's name.
_MODEL_NUMBER = re.compile(r"(?=.*\d)[A-Za-zＡ-Ｚａ-ｚ0-9０-９\-－]+")


def _list_goes_on(text: str, name: Mention, mentions: list[Mention], words: dict[str, int]) -> bool:
    """Whether the 及 or 和 the tagger ran into a name (``name``) goes on with a list: with
    its usual words or a name right after 及 (``曹志及有关部门负责人``; not ``金冲及说``), or
    with a title and a name after 和 when a title was before it (``参议长纳梅和众议长卡列``;
    not ``国防部长魏凤和上将出席``, ``所长包信和院士表示``: a common word after the title)."""
    if name.text.endswith("及"):
        return _chinese_name(name.text[:-1]) and (
            text.startswith(_LIST_GOES_ON, name.end)
            or any(o.start == name.end and o.type != "Date" for o in mentions)
        )
    return any(o.type == "Position" and o.end == name.start for o in mentions) and any(
        o.type == "Position"
        and o.start == name.end
        and _CJK_PAIR.fullmatch(text, o.end, o.end + 2) is not None
        and words.get(text[o.end : o.end + 2], 0) < _COMMON_AFTER_LEAD
        for o in mentions
    )


def _names_before_prepositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" that is a name the tables know, then a preposition and more words
    (``李希在哈瓦那``) or three characters or more (``尹锡悦|成韩国史``), is that name; so is one
    that took, before a name the tables know, the last character of a word (``允|许拉夫罗夫``:
    允许). A pair of names (``陈梦/王艺迪``) ends at its slash, and a model or a flight number
    (``MQ-9``, ``MU9191``) is no person."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    words = jieba_words()
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and _MODEL_NUMBER.fullmatch(m.text):
            continue  # MQ-9属于察打一体无人机, 航班号MU9191
        if (
            m.type in ("Organization", "Place")
            and len(m.text) >= 4
            and m.text[0] in _GLUED_PREPOSITIONS
            and text[m.start : m.end] == m.text
            and (m.type, normalize_key(m.text)) not in aliases
            and m.text[:2] not in words
            and not _known_place(m.text[:2])
        ):
            # 同|亚奥理事会代理主席辛格: the preposition is no part of the name (同济大学,
            # 向阳村, 对外经济贸易大学: a word of the dictionary opens them)
            m = replace(m, start=m.start + 1, text=m.text[1:], value=None)
        if m.type == "Place" and m.text.startswith("中共") and _known_place(m.text[2:]):
            # 中共|湖南岳阳市委书记: the party's name before its committee's place
            m = replace(m, start=m.start + 2, text=m.text[2:], value=None)
        slash = m.text.find("/")
        if m.type == "Person" and slash >= 2 and text[m.start : m.end] == m.text:
            m = replace(m, end=m.start + slash, text=m.text[:slash], value=None)
        if (
            m.type == "Person"
            and m.start > 0
            and len(m.text) >= 3
            and text[m.start : m.end] == m.text
            and ("Person", normalize_key(m.text[1:])) in aliases
            and ("Person", normalize_key(m.text)) not in aliases
            and words.get(text[m.start - 1 : m.start + 1], 0) >= _COMMON_AFTER_LEAD
        ):
            m = replace(m, start=m.start + 1, text=m.text[1:], value=None)
        if m.type == "Person" and text[m.start : m.end] == m.text and len(m.text) >= 4:
            cut = next(
                (
                    i
                    for i in range(len(m.text) - 1, 1, -1)
                    if (
                        m.text[i] in _PREPOSITION_AFTER_NAME
                        or (
                            len(m.text) - i >= 3
                            and i >= 3
                            and m.text[i] not in "和及与、"
                            and _chinese_name(m.text[:i])
                        )
                    )
                    and "·" not in m.text
                    and ("Person", normalize_key(m.text[:i])) in aliases
                ),
                0,
            )
            if cut and ("Person", normalize_key(m.text)) not in aliases:
                m = replace(m, end=m.start + cut, text=m.text[:cut], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 4
            and text[m.start : m.end] == m.text
            and m.text[-1] in _VERB_AFTER_NAME
            and _chinese_name(m.text[:3])
            and not _chinese_name(m.text)  # (a compound surname's four: 欧阳自在)
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            # 总制片人任大惠有这样一句话, 任宏昌饰刘罗锅: a one-character verb run into a name
            m = replace(m, end=m.end - 1, text=m.text[:3], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 3
            and text[m.end - 1 : m.end + 1] in _BEATING
            and _chinese_name(m.text[:2])
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            # 林珊力压队友李亚杰夺得…: 力 of 力压 (beat) run into a two-character name
            m = replace(m, end=m.end - 1, text=m.text[:2], value=None)
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and m.text[-1] in "及和"
            and text[m.start : m.end] == m.text
            and ("Person", normalize_key(m.text)) not in aliases
            and _list_goes_on(text, m, mentions, words)
        ):
            # …秘书长曹志及有关部门负责人出席, …参议长纳梅和众议长卡列: the list's 及 or 和
            m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        out.append(m)
    return out


# Characters of the part of a foreign name after its hyphen (威廉-|亚历山大, 迪亚斯-|卡内尔).
_HYPHEN_PART = _TRANSLITERATION | frozenset("历山大")


def _hyphenated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``古巴国家主席迪亚斯-卡内尔``: a foreign name the tagger cut at its hyphen goes on over
    the transliteration after it."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out = list(mentions)
    pieces: list[Mention] = []  # mentions a name taken back whole covers
    for i, m in enumerate(out):
        if text[m.end : m.end + 1] not in ("-", "－"):
            continue
        # (会见威廉-亚历山大国王: the first part read as a short body the tables lack, which
        # does not end as bodies end)
        if m.type != "Person" and not (
            m.type == "Organization"
            and len(m.text) <= 4
            and not _BODY_END.search(m.text)
            and ("Organization", normalize_key(m.text)) not in aliases
        ):
            continue
        end = m.end + 1
        while end < len(text) and end - m.end <= 4 and text[end] in _HYPHEN_PART:
            end += 1
        inside = [o for o in out if o.start < end and m.end < o.end]
        # (迪亚斯-卡|内尔: a piece of the name the tagger read as a body the tables lack;
        # 威廉-|亚历山大国王: the rest of the name run into the title after it)
        titled = [o for o in inside if o.type == "Position" and o.end - end >= 2]
        if end - m.end >= 3 and all(
            o in titled
            or (
                o.type in ("Organization", "Place")
                and o.end <= end
                and (o.type, normalize_key(o.text)) not in aliases
            )
            for o in inside
        ):
            out[i] = replace(m, end=end, text=text[m.start : end], type="Person", value=None)
            pieces.extend(o for o in inside if o not in titled)
            for o in titled:
                out[out.index(o)] = replace(o, start=end, text=text[end : o.end], value=None)
    out = [o for o in out if o not in pieces]
    return [_hyphen_before(text, m, out) for m in out]


# How far before a hyphen the first part of a foreign name may begin (让-, 本-, 阿吉亚尔-).
_HYPHEN_HEAD = 4


def _hyphen_before(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """``国家安全部长本-|格维尔``, ``部长级代表让-|诺埃尔·巴罗``: a foreign name the tagger begins
    after a hyphen begins at the post, the word for a person or the punctuation before the first
    part of it (one to four characters, no other name)."""
    if m.type != "Person" or m.start < 2 or text[m.start - 1] not in ("-", "－"):
        return m
    hyphen = m.start - 1
    stops = {o.end for o in mentions if o.type == "Position"}
    for start in range(hyphen - 1, max(-1, hyphen - _HYPHEN_HEAD - 1), -1):
        if not _CJK.match(text, start) or any(
            o is not m and o.start <= start < o.end for o in mentions
        ):
            return m
        if (
            start in stops
            or start == 0
            or text[start - 1] in _NAME_BOUNDARY
            or _PERSON_BEFORE.search(text, 0, start)  # 部长级代表|让-
        ):
            return replace(m, start=start, text=text[start : m.end], value=None)
    return m


# What may follow a family name and 家 as the next word: a place or a kind of it (李家村, 张家口).
_FAMILY_PLACE = frozenset("村镇庄屯寨沟坪湾河山岭堡营口岗坡坝桥店园街巷楼院寺湖塘")


# What one makes (作) that is said right after a name: 邵鸿作|提案工作情况报告
_REPORT_AHEAD = re.compile(r"[^，,。；;、]{0,12}?(?:报告|说明|汇报)")


_LISTED_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?=、)")


# 以X为团长/为首: the head a party is named by
_LEADER_AFTER_WEI = re.compile(r"为(?:团长|首|组长|队长|领队|总指挥|主任|主席|团团长)")


def _given_names_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Chinese name the tagger cut where a word of the dictionary ends takes its last
    character back: ``杨家|玉力压众名将`` (杨家, the Yang family, is a word) is 杨家玉, and a
    Japanese name of a story of Japan cut before its 子 (``日本选手田岛宁|子分列第二``) is
    田岛宁子. A name the tables know is left alone."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    taken = {i for m in mentions for i in range(m.start, m.end)}
    words = None
    out: list[Mention] = []
    for m in mentions:
        end = m.end
        if (
            m.type == "Person"
            and end + 1 < len(text)
            and end not in taken
            and _CJK_NAME.match(text[end])
            and text[m.start : end] == m.text
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            if words is None:
                words = jieba_words()
            nxt = text[end]
            family = (
                len(m.text) == 2
                and m.text[1] == "家"
                and _chinese_name(m.text)
                and nxt not in _ONE_AFTER_NAME
                and nxt not in _FAMILY_PLACE
                and text[end : end + 2] not in words
            )
            japanese = (
                len(m.text) == 3
                and nxt == "子"
                and "日本" in text[: m.start]
                and text[end : end + 2] not in words
                and end + 1 not in taken
            )
            if family or japanese:
                m = replace(m, end=end + 1, text=text[m.start : end + 1], value=None)
        listed = _LISTED_GIVEN_NAME.match(text, m.end) if m.type == "Person" else None
        if (
            listed is not None
            and len(m.text) == 1
            and text[m.start : m.end] == m.text
            # (the list's first entry or one after it; not 马鞍山的薛|家洼、)
            and (m.start == 0 or text[m.start - 1] in "、，,：:。；;\n")
            and _chinese_name(m.text + listed.group())
            and not any(i in taken for i in range(m.end, listed.end()))
        ):  # 刘|家义、方光华…: a list's surname the tagger cut from its given name
            m = replace(m, end=listed.end(), text=text[m.start : listed.end()], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 2
            and m.start >= 2
            and text[m.start - 2] == "以"
            and m.start - 1 not in taken
            and _LEADER_AFTER_WEI.match(text, m.end)
            and text[m.start : m.end] == m.text
            and _chinese_name(text[m.start - 1 : m.end])
        ):  # 以朴|普熙为团长: the one a party is led by, whole between 以 and 为
            m = replace(m, start=m.start - 1, text=text[m.start - 1 : m.end], value=None)
        if (
            m.type == "Person"
            and len(m.text) >= 4
            and m.text[-1] in "二三四五六七八九两"
            and text[m.end : m.end + 2] in ("兄弟", "姐妹", "兄妹", "姊妹")
            and text[m.start : m.end] == m.text
        ):  # 马夫罗季|三兄弟: the brothers' count is no part of the name
            m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        out.append(m)
    return out


# A side of a place and what stands there (白宫|东北侧大门, 码头|南边): no part of its name.
_SIDE_OF_PLACE = re.compile(r"(?:东北|东南|西北|西南|[东南西北])(?:侧|边)")


# Words of way before a place: 从|凯雷姆沙洛姆口岸, 可经|港珠澳大桥.
_WAY_BEFORE_PLACE = re.compile(r"^(?:从|可经|经由|经)")


def _place_sides(mentions: list[Mention]) -> list[Mention]:
    """A place run on into a side of it (``白宫东北侧大门``: the White House's north-east gate)
    is the place before the side; a name that is only a side is left alone. Two places the
    tagger joined over 和 (``杰巴利耶和汗尤尼斯``, one of them known) are the two, and a place
    that begins with a word of way (``从凯雷姆沙洛姆口岸``, ``经港珠澳大桥``) loses it."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Place":
            out.append(m)
            continue
        side = _SIDE_OF_PLACE.search(m.text, 2)
        if side is not None:
            m = replace(m, end=m.start + side.start(), text=m.text[: side.start()], value=None)
        way = _WAY_BEFORE_PLACE.match(m.text)
        rest = m.text[way.end() :] if way else ""
        if (
            way
            and len(rest) >= 3
            and (
                any(_known_place(rest[:i]) for i in range(len(rest), 1, -1))
                # (从 and 可经 begin no name but 从化区 and 从江县)
                or (way.group() != "经" and len(rest) >= 4 and not rest.startswith(("化", "江")))
            )
        ):
            m = replace(m, start=m.start + way.end(), text=rest, value=None)
        two = _TWO_NAMES.fullmatch(m.text)
        if (
            two is not None
            and not two.group(1).endswith("共")  # 共和国
            and not two.group(2).startswith(("田", "平"))  # 和田, 和平
            and not _known_place(m.text)  # (圣多美和普林西比: one country)
            and any(_known_place(side.removesuffix("市")) for side in two.groups())
        ):
            for first, last in (two.span(1), two.span(2)):
                start = m.start + first
                piece = m.text[first:last]
                out.append(replace(m, start=start, end=m.start + last, text=piece, value=None))
            continue
        out.append(m)
    return out


def _two_town_fronts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A front named after two towns (``尼古拉耶夫-克里沃罗格方向``) is those two places."""
    out: list[Mention] = []
    for m in mentions:
        pieces = m.text.split("-")
        if (
            m.type == "Place"
            and len(pieces) == 2
            and all(len(piece) >= 2 for piece in pieces)
            and text.startswith("方向", m.end)
        ):
            cut = m.start + len(pieces[0])
            out.append(replace(m, end=cut, text=pieces[0], value=None))
            out.append(replace(m, start=cut + 1, text=pieces[1], value=None))
            continue
        out.append(m)
    return out


# Marks no person's name holds: a list's comma (阿克松、纯贡), a byline's bracket (（唐纯）).
_NOT_IN_A_NAME = re.compile(r"[、，,；;（）()【】\[\]]")


# Two names joined by 和 or 与, each of two characters or more (丁薛祥和斯克利亚尔): no name
# holds the word between (王和平 and 欧阳和平 keep a one-character side).
_TWO_NAMES = re.compile(r"([^和与·]{2,})[和与]([^和与]{2,})")


def _listed_people(mentions: list[Mention]) -> list[Mention]:
    """A "person" the tagger ran over a list's comma is the people listed (``阿克松、纯贡``:
    阿克松 and 纯贡), one that took a bracket in loses it (``（唐纯）``: 唐纯); a piece of one
    character is no name."""
    out: list[Mention] = []
    for m in mentions:
        two = _TWO_NAMES.fullmatch(m.text) if m.type == "Person" else None
        if two is not None:  # 丁薛祥和斯克利亚尔签署了…: two people joined by 和
            for first, last in (two.span(1), two.span(2)):
                start = m.start + first
                out.append(replace(m, start=start, end=m.start + last, text=m.text[first:last]))
            continue
        if m.type != "Person" or not _NOT_IN_A_NAME.search(m.text):
            out.append(m)
            continue
        for piece in re.finditer(r"[^、，,；;（）()【】\[\]]+", m.text):
            if len(piece.group()) >= 2:
                start = m.start + piece.start()
                out.append(
                    replace(m, start=start, end=start + len(piece.group()), text=piece.group())
                )
    return out


# A name of a list the tagger missed, told by the note after it: 钱易（女）, 王正福（苗族）
_NOTED_NAME = re.compile(
    rf"(?:(?<=[、，,：:])|(?<=选举|任命))([\u4e00-\u9fff]{{2,4}})(?=[（(]{_NOTE_WORD}[、，,）)])"
)


# … or told by its place in a list of names: an item between 、 (or opening the list after a
# comma, or closing it before an election's 为 or an 等), a name's shape and no word.
_LISTED_NAME = re.compile(r"(?<=[、，,：:])([\u4e00-\u9fff]{2,3})(?=[、（(]|为|等)")


def _noted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``沈仁道、卢松华、万嗣铨、钱易（女）、杜宜谨``: a list item the tagger left untagged is a
    person when a note of sex or nationality follows it and a person is listed next to it;
    ``张展霞（女）、康乐书、彭禹贤``, ``…主任，丁廷模、覃日飞``, ``…周述荣、全文甫为省人大…``:
    one of a name's shape is a person when the list names a person on each side of it (one
    side at the list's end), or on each side of a run of such names, one of them a name the
    tagger took for a place or a body (…张恩迪、江利平、安立佳、李林等: 江利平 a place,
    安立佳 untagged); inside such a list, three characters of a surname the tables lack too
    (…蒋建国、户思社、朱生岭…)."""
    if "（" not in text and "(" not in text and "、" not in text:
        return mentions
    # 阿不来提·阿不都热西提（维吾尔族）: a dotted name the tagger took for a place or a body is a
    # person when a note of sex or nationality follows it
    mentions = [
        replace(m, type="Person", source="rules")
        if m.type in ("Place", "Organization")
        and not m.value
        and "·" in m.text
        and _NAME_NOTE.match(text, m.end)
        and _lexicon_type(m.text) is None
        else m
        for m in mentions
    ]
    people = {m.end: m.start for m in mentions if m.type == "Person"}
    people_start = {m.start: m.end for m in mentions if m.type == "Person"}
    posts = {m.start for m in mentions if m.type in ("Position", "Organization")}

    def person_before(start: int) -> int:  # 、 then a person (and a note): where it starts
        if start < 2 or text[start - 1] != "、":
            return -1
        note = _NAME_NOTE.search(text, max(0, start - 8), start - 1)
        end = note.start() if note is not None and note.end() == start - 1 else start - 1
        return people.get(end, -1)

    def person_after(end: int) -> int:  # a note, then 、 and a person: where it ends
        note = _NAME_NOTE.match(text, end)
        at = note.end() if note is not None else end
        return people_start.get(at + 1, -1) if text[at : at + 1] == "、" else -1

    found: list[Mention] = []
    dropped: set[int] = set()
    candidates = [(m.span(1), True) for m in _NOTED_NAME.finditer(text)]
    candidates += [(m.span(1), False) for m in _LISTED_NAME.finditer(text)]
    taken: set[tuple[int, int]] = set()
    words = jieba_words()

    def retypable(start: int, end: int) -> list[Mention] | None:
        """The mentions inside a list item that a person's name there would replace (None when
        the item holds more than pieces of one character or the tagger's place or body that is
        the whole item: 司徒桂美's 桂 and 美, 江利平)."""
        inside = [m for m in mentions if m.start < end and start < m.end]
        for m in inside:
            whole = (m.start, m.end) == (start, end) and m.source == "crf" and not m.value
            if (
                m.start < start
                or m.end > end
                or (len(m.text) > 1 and not (whole and m.type in ("Place", "Organization")))
            ):
                return None
        return inside

    listed_ends = {span[1]: span[0] for span, noted in candidates if not noted}
    listed_starts = {span[0]: span[1] for span, noted in candidates if not noted}

    def shaped(start: int, end: int) -> bool:
        name = text[start:end]
        return (
            retypable(start, end) is not None
            and _chinese_name(name)
            and not _word_like(name, words)
            and not _lexicon_type(name)
        )

    def run_to_person(at: int, step: int) -> bool:
        """Does the list reach a person from the item edge ``at``, leftward (``step`` -1) or
        rightward (1), across list items of a name's shape (four at most)?"""
        for _ in range(4):
            if (person_before(at) if step < 0 else person_after(at)) >= 0:
                return True
            mark = at - 1 if step < 0 else at
            if text[mark : mark + 1] != "、":
                return False
            if step < 0:
                item_start = listed_ends.get(mark)
                if item_start is None or not shaped(item_start, mark):
                    return False
                at = item_start
            else:
                item_end = listed_starts.get(mark + 1)
                if item_end is None or not shaped(mark + 1, item_end):
                    return False
                at = item_end
        return False

    for (start, end), noted in candidates:
        if (start, end) in taken:
            continue
        inside = retypable(start, end)
        if inside is None or (noted and any(len(m.text) > 1 for m in inside)):
            continue
        retyped = any(len(m.text) > 1 for m in inside)
        name = text[start:end]
        if noted:
            close = text.find("）", end) if text[end] == "（" else text.find(")", end)
            # (选举千奋勇（蒙古族）为…主席: the one an election names, noted)
            elected = (
                text[start - 2 : start] in ("选举", "任命") and text[close + 1 : close + 2] == "为"
            )
            listed = elected or start - 1 in people or close + 2 in people_start
        elif _word_like(name, words) or _lexicon_type(name):
            listed = False
        elif (
            text[start - 1] == "、"
            and text[end] in "、（("
            and (_chinese_name(name) or len(name) == 3)
        ):
            # inside: a person each side (…蒋建国、户思社、朱生岭…: a surname the tables lack too)
            listed = run_to_person(start, -1) and run_to_person(end, 1)
        elif not _chinese_name(name) or retyped:
            listed = False  # (the tagger's place or body at a list's end stays what it is)
        else:  # at an end: two persons on the other side (乌东德、白鹤滩等 is no list of names)
            if text[end] == "为" and end + 1 not in posts:  # 王好为被授予…: the name's 为
                continue
            before, after = person_before(start), person_after(end)
            listed = (before >= 0 and person_before(before) >= 0) or (
                after >= 0 and person_after(after) >= 0
            )
        if listed:
            found.append(Mention(start, end, "Person", name, source="rules"))
            taken.add((start, end))
            people[end] = start  # (a noted name is the neighbour of a listed one)
            people_start[start] = end
            dropped.update(id(m) for m in inside)
    if not found:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


_NAMING_BEFORE = re.compile(r"选举|任命|推选|决定|通过")


def _names_before_wei(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举…刘敬民、张茅为副市长``: the 为 of the election is no part of the last name."""
    if "为" not in text:
        return mentions
    starts = {m.start: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        post = starts.get(m.end)
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and m.text.endswith("为")
            and post is not None
            and post.type == "Position"
            and _NAMING_BEFORE.search(text, 0, m.start)
        ):
            m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        out.append(m)
    return out


# A bare kind of place the tagger cut from the name before it (平陆|运河, 茶卡|盐湖).
# (not 港, 湖, 江: 粤|港 is Guangdong and Hong Kong)
_BARE_KIND = frozenset(
    [
        "运河",
        "盐湖",
        "水库",
        "大桥",
        "机场",
        "隧道",
        "大坝",
        "铁路",
        "高铁",
        "高速公路",
        "港口",
        "码头",
    ]
)


# What ends the name of a route (平凉至庆阳铁路, 拉萨至那曲高速) or of a section of it (…段).
_ROUTE_NAME = re.compile(r"(?:铁路|高铁|高速公路|高速|公路|快速路|城际铁路)$")


def _routes_and_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """A route the tagger cut at 至 is one place (平凉至|庆阳铁路: 平凉至庆阳铁路); a section
    (丽江至|香格里拉段) is the town it leads to; a bare kind of place right after a place is
    the end of its name (平陆|运河: 平陆运河); a people's name before 文 or 语 is a script or a
    language (维吾尔|文), no place."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        joined = (
            before is not None and before.type == "Place" and m.type == "Place" and not before.owner
        )
        if (
            joined
            and before is not None
            and before.end + 1 == m.start
            and text[before.end] in "至到"
            and len(m.text) >= 3
            and _CJK_NAME.fullmatch(m.text)
        ):
            if _ROUTE_NAME.search(m.text):
                whole = text[before.start : m.end]
                out[-1] = replace(m, start=before.start, text=whole, value=None)
                continue
            if m.text.endswith("段"):
                m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        elif joined and before is not None and before.end == m.start and m.text in _BARE_KIND:
            out[-1] = replace(before, end=m.end, text=before.text + m.text, value=None)
            continue
        if m.type == "Place" and _SCRIPT_AFTER.match(text, m.end):
            continue  # 维吾尔|文、哈萨克文: a script or a language, no place
        out.append(m)
    return out


# A script or a language after a people's or a country's name: 维吾尔文、, 西班牙语版 (not
# _LANGUAGE_AFTER, the list after a language, which this name once replaced unseen)
_SCRIPT_AFTER = re.compile(r"[文语](?:[、，,。；等和及与版]|字)")


# A post ending in 长 that the next word takes back (美国国防部长|期: 长期, "for long"): the body.
_LONG_AFTER = re.compile(r"期|远|久|足|达|效|时间|年累月")


# A place that names a road or a railway, then the port or station on it (霍尔果斯公路|口岸).
_ROUTE_END = re.compile(r"(?:公路|铁路|高速)$")


_ROUTE_FACILITY_AFTER = re.compile(r"口岸|站|港|货运站|物流园")


# Rulers' titles that are also countries' names (文莱苏丹: the sultan of Brunei; 苏丹: Sudan)
_RULERS_NAMED_LIKE_COUNTRIES = frozenset({"苏丹"})


def _cut_boundaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Spans the next word makes wrong: a post whose 长 opens 长期 (美国国防部长|期) is its
    body; a road or railway whose port follows (霍尔果斯公路|口岸) is the port, a Place; a
    post's owner cut from the name before it (北|马其顿共和国总统) takes the whole name."""
    out: list[Mention] = []
    ends = {o.end: o for o in mentions if o.type in ("Place", "Organization")}
    absorbed: set[int] = set()  # ids of the places a numbered body takes into its name
    persons_at = {o.start for o in mentions if o.type == "Person"}
    posts_at = {o.start: o.end for o in mentions if o.type == "Position"}

    def titles_a_name(at: int) -> bool:
        """Is ``at`` a name's start, or that of posts joined to the title before, then a name
        (文莱苏丹和国家元首哈桑纳尔·博尔基亚)?"""
        while at not in persons_at:
            if text[at : at + 1] not in ("和", "、", "兼") or at + 1 not in posts_at:
                return False
            at = posts_at[at + 1]
        return True

    for m in mentions:
        before = ends.get(m.start)
        if (
            m.type == "Place"
            and m.text in _RULERS_NAMED_LIKE_COUNTRIES
            and before is not None
            and before.type == "Place"
            and _country(before.text)
            and titles_a_name(m.end)
        ):
            # 文莱苏丹哈桑纳尔, 阿曼苏丹海赛姆: a ruler's title the gazetteer names as a country,
            # between a country and a name, or the posts joined to it (not 苏丹总统布尔汉)
            m = replace(m, type="Position", value=before.text + m.text, owner=before.text)
        if (
            m.type == "Organization"
            and not m.owner
            and before is not None
            and before.type == "Place"
            and _NUMBERED_BODY.match(m.text)
        ):  # 包头市|第二医院: the place is the first part of the body's name
            absorbed.add(id(before))
            m = replace(m, start=before.start, text=before.text + m.text, value=None)
        before = ends.get(m.start)
        if (
            m.type == "Position"
            and m.owner
            and m.value
            and m.value.startswith(m.owner)
            and before is not None
            and before.text != m.owner
            and before.text.endswith(m.owner)
        ):  # 北|马其顿共和国总统: the post's owner is the whole name before it
            m = replace(m, owner=before.text, value=before.text + m.value[len(m.owner) :])
        if (
            m.type == "Position"
            and m.text.endswith("长")
            and _LONG_AFTER.match(text, m.end)
            and _BODY_END.search(m.text[:-1])
            and not held_for_years(text, m.start, m.end)
        ):
            body = m.text[:-1]
            if len(body) >= 3 and not any(
                o.type == "Organization" and o.start < m.end and m.start < o.end for o in mentions
            ):
                out.append(Mention(m.start, m.end - 1, "Organization", body, source=m.source))
            continue
        if (
            m.type == "Position"
            and m.text[-1:] + text[m.end : m.end + 1] in titles().labels
            and not text.startswith("邸", m.end + 1)
        ):  # 日本防卫厅长|官: the title the last character opens (not 市长|官邸, a residence)
            grown = text[m.end]
            m = replace(m, end=m.end + 1, text=m.text + grown, value=m.value and m.value + grown)
        if m.type == "Position" and _party_cut(text, m, mentions):
            continue  # “公正俄罗斯—爱国者—为了真理”|党主席, “阿玛纳特”党主席: the party cut off
        if m.type == "Position" and (m.value or m.text).startswith("各"):
            if m.text.startswith("各"):
                continue  # 各级领导: no post of anyone
            # 各专门委员会|副主任: the post in every such body, of no one body
            m = replace(m, owner=None, value=None)
        if m.type == "Place" and not m.owner and text.startswith("段", m.end):
            route = _ROUTE_IN_NAME.search(m.text)
            if route and route.end() < len(m.text):  # 匈塞铁路|匈牙利段: the railway
                m = replace(m, end=m.start + route.end(), text=m.text[: route.end()], value=None)
        if m.type == "Organization" and not m.owner:
            if _CHIEFS_MEETING.match(text, m.end) and m.text[-1] in "局部厅处委":
                continue  # 全国新闻出版局|长会议: a meeting of bureau chiefs, no body
            # (韩国副总理兼企划财政部长官: a foreign minister's ministry, named in full, is no
            # known body of China's after a word)
            foreign_post = any(
                o.type == "Position" and o.start == m.end and o.text in titles().foreign
                for o in mentions
            )
            known = None if foreign_post else _word_before_body(m)
            if known is not None:
                m = known
        if m.type == "Place" and m.text in _DIRECTIONS and text[m.end : m.end + 1] == "部":
            left = text[max(0, m.start - 1) : m.start + 1]
            if m.start >= 1 and _known_place(left):  # 巴|西南|部: Brazil's south
                out.append(replace(m, start=m.start - 1, end=m.start + 1, text=left, value=None))
            continue  # 广东|西南部: a part of the place before it, no place of its own
        if m.type == "Place" and not m.owner:
            cut = _place_into_word(text, m)
            if cut is not None:
                m = cut
            pair = _across_two_places(text, m, mentions)
            if pair:  # 江|西南|昌: 江西 and 南昌
                out.extend(pair)
                continue
        if m.type in ("Place", "Organization") and not m.owner and _ROUTE_END.search(m.text):
            after = _ROUTE_FACILITY_AFTER.match(text, m.end)
            if after:
                end = after.end()
                out.append(replace(m, end=end, type="Place", text=text[m.start : end], value=None))
                continue
        out.append(m)
    out = [m for m in out if id(m) not in absorbed]
    return sorted(out, key=in_text_order)


_DIRECTIONS = frozenset({"东南", "西南", "东北", "西北"})


_PARTY_HEADS = frozenset({"党主席", "党副主席", "党首", "党魁", "党总书记", "领袖"})


def _party_cut(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A party's post whose party the tagger cut off: 党主席 after a quoted name or a word
    (俄罗斯“公正俄罗斯—爱国者—为了真理”|党主席), a post with half a quoted name in it
    (阿玛纳特”党主席), or a known party's short name that is the tail of a longer name the
    tagger cut (斯里兰卡统一|国民党领袖: no post of 中国国民党)."""
    from kgraph.lexicons import lexicon, normalize_key

    post = mention.value or mention.text
    if post.count("”") != post.count("“") or post.count('"') % 2:
        return True
    owner = mention.owner or ""
    party_start = mention.start - len(owner)
    if (
        owner.endswith("党")
        and lexicon().aliases.get(("Organization", normalize_key(owner))) not in (None, owner)
        and text.endswith(owner, 0, mention.start)
        and party_start > 0
        and _CJK.match(text, party_start - 1)
        and not any(m.end == party_start for m in mentions if m is not mention)
    ):
        return True
    return (
        not mention.owner
        and post in _PARTY_HEADS
        and mention.start > 0
        and (text[mention.start - 1] in '”"」』' or bool(_CJK.match(text, mention.start - 1)))
    )


# A body named by its number after its place (包头市|第二医院, 第一中学): not its term (第十届).
_NUMBERED_BODY = re.compile(
    r"第[一二三四五六七八九十\d]+(?!届)[\u4e00-\u9fff]*(?:医院|中学|小学|学校|中心)$"
)


# Characters that go on a place's name (安卡拉|市, 茶卡|盐湖), never the start of the next word.
_PLACE_GOES_ON = frozenset("市省县区州镇乡村岛山河湖海港湾峡谷江路街道城")


def _place_into_word(text: str, mention: Mention) -> Mention | None:
    """安卡拉|宣誓: a place no table knows that is a known place and one or two characters
    that, with the text after the span, make a word of the dictionary at least as common as
    ``COMMON_FREQUENCY`` (宣誓) is the known place; None when it is not so."""
    name = mention.text
    if len(name) < 3 or _known_place(name):
        return None
    words = jieba_words()
    for size in (1, 2):
        head, rest = name[:-size], name[-size:]
        if len(head) < 2 or rest[0] in _PLACE_GOES_ON or not _known_place(head):
            continue
        if any(
            words.get(rest + text[mention.end : mention.end + more], 0) >= COMMON_FREQUENCY
            for more in (1, 2)
            if mention.end + more <= len(text)
        ):
            return replace(mention, end=mention.end - size, text=head, value=None)
    return None


# A route, then the country or province its section (段) is in: 匈塞铁路|匈牙利段.
_ROUTE_IN_NAME = re.compile(r"^.+?(?:铁路|公路|高铁|高速|运河|管道)")


# A meeting of the heads of a kind of body (全国新闻出版局|长会议): the body's name is cut.
_CHIEFS_MEETING = re.compile(r"长(?:会议|座谈会|联席会议?|工作会议|研讨班|培训班)")


# Words that open the names of bodies (联邦最高法院 is not China's 最高法院).
_NAME_QUALIFIERS = frozenset(
    {"联邦", "国家", "全国", "中央", "地方", "国际", "世界", "人民", "最高", "自治", "共和国"}
)


def _word_before_body(mention: Mention) -> Mention | None:
    """践行|人民政协, 时代|人民政协: a body the tables know with a common word of the dictionary
    before it that is no place or body (a verb, a noun) is the known body; None else."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    name = mention.text
    if ("Organization", normalize_key(name)) in aliases:
        return None
    for size in (2, 3):
        head, body = name[:size], name[size:]
        count, tag = jieba_dictionary().get(head, (0, ""))
        if (
            len(body) >= 3
            and ("Organization", normalize_key(body)) in aliases
            and count >= COMMON_FREQUENCY
            and tag[:1] in ("v", "n", "a")
            and tag not in ("ns", "nt", "nz", "nr")
            and head not in _NAME_QUALIFIERS
            and not _known_place(head)
            and _lexicon_type(head) is None
        ):
            return replace(mention, start=mention.start + size, text=body, value=None)
    return None


def _across_two_places(text: str, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """江|西南|昌: a place the tagger read across two known places, one character taken from
    each (江西, 南昌), is those two places; [] when it is not so."""
    start, end = mention.start, mention.end
    if start < 1 or end >= len(text) or len(mention.text) != 2:
        return []
    left, right = text[start - 1 : start + 1], text[start + 1 : end + 1]
    if not (_known_place(left) and _known_place(right)):
        return []
    if any(o is not mention and o.start < end + 1 and start - 1 < o.end for o in mentions):
        return []
    return [
        replace(mention, start=start - 1, end=start + 1, text=left, value=None),
        replace(mention, start=start + 1, end=end + 1, text=right, value=None),
    ]
