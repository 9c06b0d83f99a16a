"""Event mentions: congresses, sessions, meetings, talks, ceremonies, forums.

Numbered bodies get one canonical ``value`` whatever the form:

===================================  ==========================================
text                                 value
===================================  ==========================================
``中国工会第十八次全国代表大会``         ``中国工会第十八次全国代表大会``
``中国工会十八大``                     ``中国工会第十八次全国代表大会``
``党的二十大``, ``十五大``               ``中国共产党第二十次全国代表大会``, …
``十八届三中全会``                     ``中国共产党第十八届中央委员会第三次全体会议``
``二十届中央纪委三次全会``               ``中国共产党第二十届中央纪律检查委员会第三次全体会议``
``十四届全国人大二次会议``              ``第十四届全国人民代表大会第二次会议``
``政协八届五次会议``                   ``中国人民政治协商会议第八届全国委员会第五次会议``
===================================  ==========================================

Other events end in a keyword (会议, 论坛, 仪式, 会谈, …) and take the organiser
or subject before it, up to the last boundary (punctuation, a verb such as 举行 or
出席, a function word such as 在/的): ``全总工会理论和劳动关系智库基地文献资料中心揭牌仪式``.
Such an event's value is its text. A bare keyword is a mention only for events
that stand alone (``会谈``, ``集体谈话``, ``欢迎宴会``); its value is None so the
pipeline can tell one from another by document and date. Bare ``会议``/``大会``
refer back to a named event and are not mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kgraph.extract.dictionary import jieba_words
from kgraph.lexicons import dictionary_words, lexicon, normalize_key, ontology_dir
from kgraph.metadata import dateline_end
from kgraph.records import Mention
from kgraph.text import cn_number, halfwidth, quote_open, read_table

_N = r"[0-9]{1,3}|[一二三四五六七八九十百〇零两]{1,4}"
_N_START = "0-9一二三四五六七八九十百〇零两"
_SHORT_N = r"[二三]?十[一二三四五六七八九]|二十|三十"  # 十一大 … 三十大: 十大 and 三大 are words
# A bare 党 is the Party's unless it ends another party's name (农工党, 民主党, 共和党, 工党)
_BARE_PARTY = r"(?<![主工公民和会大动产盟进])党"
_PARTY = rf"党的|中共|中国共产党|{_BARE_PARTY}"
DEFAULT_ORGANISER = "中国共产党"  # a bare 二十大 in Chinese news is the Party's
_NOT_SHORT_AFTER = r"(?![学类项件批型量会使赛国家部小])"
_NPC = "全国人民代表大会"
_CPPCC = "中国人民政治协商会议"


@cache
def organisers() -> dict[str, str]:
    """Short name -> organiser of the numbered congresses (``ontology/event_organisers.tsv``)."""
    rows = read_table(ontology_dir() / "event_organisers.tsv", ("short", "organiser"))
    return {row["short"]: row["organiser"] for row in rows}


@cache
def numbered_pattern() -> re.Pattern[str]:
    """Numbered congresses, plenums and sessions, in every form the news writes them."""
    shorts = "|".join(
        _BARE_PARTY if short == "党" else re.escape(short)
        for short in sorted(organisers(), key=len, reverse=True)
    )
    # Every alternative starts with one of these; see kgraph.extract.dates.DATE_PATTERN.
    starts = "".join(sorted({s[0] for s in organisers()} | set("党中第全政"))) + _N_START
    return re.compile(
        rf"(?=[{starts}])(?:"
        + "|".join(
            [
                rf"(?P<congress>(?P<corg>{_PARTY})?第(?P<cn>{_N})次全国代表大会)",
                rf"(?P<short>(?<![一二三四五六七八九十百千万两第几0-9])(?P<sorg>{shorts})?"
                rf"(?P<sn>{_SHORT_N})大{_NOT_SHORT_AFTER})",
                rf"(?P<partyshort>(?P<porg>党的|中共)(?P<psn>[一二三四五六七八九十])大{_NOT_SHORT_AFTER})",
                rf"(?P<plenum>(?:{_PARTY})?第?(?P<pn>{_N})届(?:中央委员会)?第?(?P<pk>{_N})中全会)",
                # (二十届中央纪委三次全会, 中国共产党第二十届中央纪律检查委员会第三次全体会议)
                rf"(?P<ccdi>(?:{_PARTY})?第?(?P<dn>{_N})届(?:中央纪委|中央纪律检查委员会)"
                rf"第?(?P<dk>{_N})次(?:全会|全体会议))",
                rf"(?P<npc>(?:第?(?P<nn1>{_N})届全国人大(?P<nst1>常委会)?|全国人大(?P<nst2>常委会)?"
                rf"第?(?P<nn2>{_N})届)第?(?P<nk>{_N})次会议"
                # (中华人民共和国第八届全国人民代表大会常务委员会第二十九次会议: the same session)
                rf"|(?:中华人民共和国)?第(?P<nn3>{_N})届全国人民代表大会(?P<nst3>常务委员会)?"
                rf"第(?P<nk3>{_N})次会议)",
                rf"(?P<cppcc>(?:第?(?P<cn1>{_N})届全国政协|(?:全国)?政协第?(?P<cn2>{_N})届)"
                rf"(?P<cst1>常委会)?第?(?P<ck>{_N})次会议"
                rf"|(?:{_CPPCC}|政协)第?(?P<cn3>{_N})届全国委员会(?P<cst2>常务委员会)?"
                rf"第(?P<ck3>{_N})次会议)",
            ]
        )
        + ")"
    )


# Congresses of delegates by their short names: 第六次文代会, 省第十次党代会 (the count is
# part of the name)
DELEGATE_CONGRESSES = "党代会|团代会|妇代会|工代会|职代会|文代会|作代会|侨代会|科代会|人代会"
# Events that stand on their own: a mention even without an organiser before them.
STANDALONE = (
    "会谈|会见|会晤|晤谈|集体谈话|通话|视频通话|视频会晤|国事访问|正式访问|工作访问|"
    "座谈会|研讨会|磋商会|报告会|演讲会|茶话会|联欢会|团拜会|表彰大会|表彰会|颁奖大会|动员大会|纪念大会|庆祝大会|"
    "欢迎仪式|欢迎宴会|欢迎晚宴|宴会|晚宴|午宴|国宴|酒会|午餐会|晚餐会|早餐会|餐会|签字仪式|签约仪式|揭牌仪式|开幕式|闭幕式|颁奖典礼|颁奖仪式|升旗仪式|"
    "开工仪式|奠基仪式|启动仪式|启动式|开班式|结业式|毕业式|开学式|开工式|竣工式|揭幕式|奠基式|首映式|"
    "成立仪式|成立大会|落成仪式|剪彩仪式|交接仪式|欢送仪式|捐赠仪式|命名仪式|通车仪式|投产仪式|"
    "阅兵式|阅舰式|授勋仪式|授旗仪式|入党宣誓仪式|新闻发布会|记者会|记者招待会|招待会|"
    "吹风会|通气会|"
    "世博会|奥运会|冬奥会|亚运会|残奥会|进博会|广交会|服贸会|两会|专题学习|集体学习|开幕会|闭幕会|"
    + DELEGATE_CONGRESSES
)
# Events named only by what comes before them: 中拉论坛, 中国科学院1998年度工作会议.
NEEDS_OWNER = (
    "会议|工作会议|全体会议|常务会议|电视电话会|电话会|大会|代表大会|全会|论坛|峰会|座谈会|研讨会|博览会|展览会|"
    "交易会|运动会|联欢会|茶话会|报告会|洽谈会|年会|庆祝大会|纪念大会|纪念会|表彰大会|动员大会|音乐会|演出|"
    "首发式|发布仪式|"
    "晚会|演唱会|仪式|典礼|宴会|晚宴|午宴|对话会|峰会|高峰会|圆桌会|研讨班|培训班|学习班|锦标赛|联赛|开幕会|闭幕会|"
    "推进会|动员会|部署会|交流会|联组会|现场会|培训会|汇报会|见面会|恳谈会|通报会|协调会|调度会|推介会|"
    "说明会|宣讲会|启动会|对接会|总结会|务虚会|工作会|表彰会|讲座|协商会|听证会|分析会|评审会|"
    "碰头会|联席会|办公会|例会|专题会|论证会|讨论会|辩论会|观摩会|述职会|学习会|"
    "民主生活会|组织生活会|展销会|订货会|"
    "主场活动|纪念活动|庆祝活动|外长会|防长会|财长会|部长会|庆典|葬礼|追悼会|欢迎会|欢送会|答谢会|活动"
)
# Kinds of event named only when the sentence says they were held (中国秘鲁人文交流活动在利马
# 举行): the word alone is also any activity (开展…活动)
HELD_ONLY = frozenset({"活动"})
SESSION_BODY_MEETING = re.compile(
    r"(?:大会)?(?:主席团(?:常务主席)?|秘书处|代表资格审查委员会)(?:会议)?第[0-9一二三四五六七八九十]+次(?:会议|全体会议)"
)
BODY_KEYWORDS = frozenset({"会议", "大会", "代表大会"})  # 中国人民政治协商会议, 全国人民代表大会
# 第五十二届联合国大会: a body's numbered session, an event (not 第九届全国人民代表大会, a
# legislature's five-year term)
SESSION_OF_A_BODY = re.compile(r"第[0-9一二三四五六七八九十百]+届(?!.*代表大会$)")
_ORDINAL = r"第[0-9一二三四五六七八九十百]+[次届轮]"
ORDINAL = re.compile(_ORDINAL)
ORDINAL_BEFORE = re.compile(_ORDINAL + "$")
# 金砖国家领导人第十六次会晤, 中俄总理第二十九次定期会晤, 中欧领导人会晤: a numbered meeting, or
# one of a group's leaders, is a summit with a name
SUMMIT_BEFORE = re.compile(rf"(?:{_ORDINAL}(?:定期)?|领导人)$")
CEREMONY_ENDS = ("仪式", "典礼", "开幕式", "闭幕式", "开班式", "结业式")
PRESS_EVENTS = ("记者招待会", "新闻发布会", "记者会")  # a session holds many
ANNIVERSARY = re.compile(r"第?[0-9一二三四五六七八九十百]+(?:周年|届|次)|[0-9]{4}年度?")
_KEYWORDS = sorted(set(STANDALONE.split("|")) | set(NEEDS_OWNER.split("|")), key=len, reverse=True)
KEYWORD = re.compile(
    # (俄联邦安全会议: no 全会 of 安全|会议, no 大会 of 人大|会议)
    rf"(?:{'|'.join(k + '(?!议)' if k.endswith('会') else k for k in _KEYWORDS)})"
    # (not a room, a record, rules: 会议室, 会议纪要, 通报会工作办法, 会议制度; 所 of 所罗门群岛
    # is the country met: 会见所罗门群岛总理)
    r"(?!室|厅|楼|馆|堂|中心|桌|纪要|记录|报|场|所(?!罗门)|组织|见|谈|晤|工作办法|办法|制度|规则|细则|机制"
    # (全会文件, 全会主题: what the meeting issued or is about)
    r"|文件|主题"
    # (俄联邦安全会议秘书, 部长会议主席, 大会主席团: posts and bodies; 作大会发言: a speech)
    r"|秘书|主席|发言)"
    r"(?<!普通话)"
)
_STANDALONE = frozenset(STANDALONE.split("|"))
_DELEGATE_CONGRESSES = frozenset(DELEGATE_CONGRESSES.split("|"))
# Meetings between people: the participants come before them, never an organiser.
INTERACTIONS = "会谈|会见|会晤|晤谈|集体谈话|通话|视频通话|视频会晤|国事访问|正式访问|工作访问"
BRAND_NAMES = "世博会|奥运会|冬奥会|亚运会|残奥会|进博会|广交会|服贸会"
_INTERACTIONS = frozenset(INTERACTIONS.split("|"))
LEADERS_MET = "同与和跟等、"
_BRAND_NAMES = frozenset(BRAND_NAMES.split("|"))
MAX_OWNER = 30
_BOUNDARY = re.compile(
    r"[^\u4e00-\u9fff0-9A-Za-z·“”\-]|精神|讲话|[0-9一二三四五六七八九十]+[日号][电讯]?|出席|参加|参与|观看|召开|举行|举办|主持|主办|承办|致信|致电"
    r"|接见|会见|看望|慰问|筹备|预祝|介绍(?!会)|通报(?!会)|情况(?!通报会|介绍会|说明会|汇报会)|组织(?!部|峰会|大会|论坛|会议|年会|首脑|领导人|外长|成员国|工作|第[0-9一二三四五六七八九十百]+届)|列席|联合(?!国|会)|提请|支持|推动|推进|加强|开幕|闭幕|结束|开始|今天|昨天|当晚|当天|日前|近日|今年|明年|去年"
    r"|贯彻|落实|学习(?!讲座)|传达|领会|(?<![轮届央委项规叉动])巡视|参观|获得|进入|经过|通过|开展|进行|决定|同意|批准|宣布|审议|讨论|迎来|迎接"
    r"|根据|按照|依照|依据|遵照|围绕|完成|结束了|担任|执棒|完(?![善整备])|设(?=晚?宴)"
    # (决定提交全会, 《战歌迎春》拉开演出, 初三播出少儿晚会, 赴英国演出: done with the event, no
    # part of its name; not 播出仪式, a name's)
    r"|提交|拉开|播出(?!仪式)|推出|赴"
    # (上个月刚夺得欧洲锦标赛…冠军: when, and what was won there)
    r"|夺得|赢得|荣获|夺取|问鼎|卫冕|上个?月|下个?月|本月|上周|本周|下周|刚(?!果)"
    r"|发挥好|做好|搞好|抓好|办好|开好|健全|建立|完善|以(?!色列)|(?<!主)要|把"
    r"|我们|他们|她们|还有|有些|年年|大型|小型|一些|这些|那些|这届|本届|上届|下届|本轮|首场|每年|每届"
    # (与会嘉宾, 为与会代表团团长举行的: those attending, a word, before the name)
    r"|这次|本次|此次|首次|上述|期间|以及|成功|隆重|刚刚|与会|[在于为与向是了及由被把从这那每受用使到]"
    # (据中国演出行业协会统计, 经中央纪委常委会会议研究, 参与过中央全会: the source, by whose
    # decision, an act done before; not 大数据, 财经, 经济, 经开区, 经合组织: words)
    r"|(?<![数证占收单])据|(?<![财已曾神世])经(?!济|验|典|贸|营|费|理|销|纪|历|过|委|商|常|开|合|纬|线|络)"
    r"|(?<=出席|参加|参与|召开|举行|举办|主持)过"
    # (参加该国海军成立50周年庆祝活动, 该党最高委员会会议: the one the story named, then the name)
    r"|该(?:国|党|市|省|县|区)?"
    r"|(?<![归偿交奉送])还"  # (the 还 of "also", not of 归还仪式: giving back)
    # (萨苏高度评价中非合作论坛北京峰会, 热烈祝贺第十九届亚洲运动会, 意方欢迎两国政府委员会联席会议:
    # what one says of an event, a headline's verb, not its name; 欢迎大会, 欢迎宴会 are names)
    r"|评价|赞赏|称赞|赞扬|祝贺|表示|认为|欢迎(?!宴|仪式|会|晚宴|午宴|招待|酒会|大会|典礼|式|活动)"
    # (本报讯当代企业改革论坛首届年会…: the paper's own report opens the sentence, not the name)
    r"|本报讯|本报电"
    # (…战争胜利79周年座谈会: the anniversary of a victory, not one won there)
    r"|胜利(?![0-9一二三四五六七八九十]+周年)"
    # (这一联欢晚会, 一场森林音乐会, 一个国际经济研讨会: how many, not the name; not 第一个…)
    r"|(?<=[这那])一|(?<!第)一(?:场|个|台|项|家|系列)"
    # (晋升上将军衔仪式: the 将 of a rank, 上将, 中将, is no "will")
    r"|(?<![上中少大])将"
    # (中共中央直属机关１９９８年党的工作会议: the party's work, a field that names the meeting)
    r"|的(?<!党的)|的(?!工作|建设)"
    # (各地, 各方; not 东盟各国议会间大会: the name's 各国)
    r"|各(?!国)"
    # (对…进行访问; not 对台工作会议, 对外工作会议: the work of a field; not 对口支援新疆工作会议,
    # 亚洲文明对话大会, 灾害对策本部会议: 对口, paired, 对话, dialogue, and 对策 are words)
    r"|对(?!台工作|外工作|台办|口|话|策)"
    # (朱光亚同志诞辰…座谈会, 台湾同胞座谈会, 京津冀协同发展座谈会: not the 同 of 同X会谈;
    # 唐方裕就全会…作了介绍: what one speaks about, not a name)
    r"|(?<!协)同(?!志|胞|盟|学)|暨|(?<!成)就(?!业|医|学|职|餐|诊)"
)
# 国务院新闻办公室今天举行的新闻发布会: who held the event the keyword names, right before it
HELD_BY = re.compile(
    r"(?:今天|昨天|当天|当日|[0-9一二三四五六七八九十]+日)?(?:上午|下午|晚上?)?(?:举行|举办|召开)的"
    # (执法检查组今天举行的第一次全体会议: its count between)
    r"(?:第[0-9一二三四五六七八九十]+次)?$"
)
# When or where an event was held, said where its holder would be (在随后举行的记者招待会上,
# 鲁宾在此间举行的新闻发布会上: "here", the dateline's city)
WHEN_HELD = re.compile(
    r"随后|此后|之后|其后|稍后|同日|同天|次日|翌日|当晚|日前|近日|最近|不久前|前不久"
    r"|此间|此地|这里|当地"
)
BOOK_MAX = 40
BOOK_BEFORE = re.compile(rf"《[^《》，。；]{{1,{BOOK_MAX - 2}}}》$")
FOR_WHOM = re.compile(r"为(?:与会)?$")
_GENERIC_OWNER = re.compile(
    r"^(?:成立|重要|有关|相关|各种|各类|各级|全体|这个|那次|专题|一系列|系列|多次|其|此|两次|一次|首次"
    r"|第?[0-9一二三四五六七八九十百两]+[次届轮场]|[0-9]+年度?)+$"
)


def _cn(number: str) -> str:
    """Chinese numerals for a count: 18 -> 十八, 十八 -> 十八."""
    value = cn_number(number) if number.isascii() else None
    if value is None:
        return number
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")
    return number


def _numbered_value(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "congress":
        org = match["corg"] or ""
        return (
            f"{organisers().get(org, org or DEFAULT_ORGANISER)}第{_cn(match['cn'])}次全国代表大会"
        )
    if kind == "short":
        organiser = organisers()[match["sorg"]] if match["sorg"] else DEFAULT_ORGANISER
        return f"{organiser}第{match['sn']}次全国代表大会"
    if kind == "partyshort":
        return f"中国共产党第{match['psn']}次全国代表大会"
    if kind == "plenum":
        return f"中国共产党第{_cn(match['pn'])}届中央委员会第{_cn(match['pk'])}次全体会议"
    if kind == "ccdi":
        return f"中国共产党第{_cn(match['dn'])}届中央纪律检查委员会第{_cn(match['dk'])}次全体会议"
    if kind == "npc":
        n = match["nn1"] or match["nn2"] or match["nn3"]
        k = match["nk"] or match["nk3"]
        standing = "常务委员会" if match["nst1"] or match["nst2"] or match["nst3"] else ""
        return f"第{_cn(n)}届{_NPC}{standing}第{_cn(k)}次会议"
    n = match["cn1"] or match["cn2"] or match["cn3"]
    k = match["ck"] or match["ck3"]
    standing = "常务委员会" if match["cst1"] or match["cst2"] else ""
    return f"{_CPPCC}第{_cn(n)}届全国委员会{standing}第{_cn(k)}次会议"


# How common a word that a boundary's character opens must be to take the next character with
# it (各类, 刚才, 把握, 对方 are thousands of times in jieba's dictionary; 对口 of 对口支援, a
# name's word, 459, is kept apart by the boundary itself)
_COMMON_WORD = 1000


_HE_WORDS = ("和平", "和谐", "和睦", "和美", "和合")  # words that start with 和, no conjunction


# Words of the clause around an event's name, never of the name (期待|大会, 确保|全会, 尽管厂里也有
# |职代会, 多国民众持续抗议|七国集团峰会): what one hopes, ensures, protests or has (深刻认识|全会的
# 重大意义: or grasps)
CLAUSE_WORDS = frozenset(
    (
        "也", "又", "已", "已经", "曾", "曾经", "并", "既", "然而", "如果", "尽管", "随着", "而",
        "某", "什么", "这样", "许多", "好多", "人们", "他", "她", "我", "你", "期待", "希望",
        "确保", "盼望", "觉得", "相信", "深信", "祝愿", "纷纷", "几乎", "依次", "一连", "至今",
        "每次", "不愿", "没有", "有", "陷入", "离开", "抗议", "看", "搞", "一直", "上演", "献上",
        "却", "很", "认识", "领会", "把握",
    )
)  # fmt: skip
# (a name holding none of them, most, is not cut into words)
CLAUSE_WORD_IN = re.compile("|".join(sorted(CLAUSE_WORDS, key=len, reverse=True)))
# (天津农民报读者希望小学捐赠仪式: a kind of school, 希望 no verb)
CLAUSE_WORD_NOT_BEFORE = {"希望": ("小学", "中学")}


def _after_clause_words(owner: str) -> int:
    """Where an event's name starts in ``owner``: after the last of its :data:`CLAUSE_WORDS`, a
    word by jieba's dictionary outside quotation marks and not part of a transliterated name
    (赛塔·他威信)."""
    if CLAUSE_WORD_IN.search(owner) is None:
        return 0
    start = at = 0
    words = dictionary_words(owner)
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if (
            word in CLAUSE_WORDS
            and not quote_open(owner, at)
            and "·" not in owner[max(0, at - 1) : at + len(word) + 1]
            and not after.startswith(CLAUSE_WORD_NOT_BEFORE.get(word, ()))
        ):
            start = at + len(word)
        at += len(word)
    return start


def _owner_start(plain: str, keyword_start: int, floor: int) -> int:
    low = max(floor, keyword_start - MAX_OWNER)
    window = plain[low:keyword_start]
    cut = 0
    words = jieba_words()
    # (the keyword stays in view, for the words a boundary is not before it: 组织|峰会)
    for boundary in _BOUNDARY.finditer(plain[low : keyword_start + 4]):
        quoted = quote_open(window, boundary.start())
        if (
            boundary.group() == "与"
            and boundary.start() - cut >= 2
            and len(window) - boundary.end() <= 12
        ):
            continue  # 中美环境与发展论坛, 产业与投资合作论坛: two fields the name joins
        if boundary.group() == "暨" and (
            window.startswith("纪念", cut) or window.endswith("纪念", 0, boundary.start())
        ):
            # 纪念中国人民抗日战争暨世界反法西斯战争胜利79周年座谈会: what one marks;
            # “三八”国际妇女节纪念暨表彰大会: the day marked and the meeting, one name
            continue
        if boundary.end() <= len(window) and not quoted:
            cut = boundary.end()  # (“坚持以人口…”专题协商会: a word inside quotes is the name's)
            if (
                boundary.end() - boundary.start() == 1
                and cut < len(window)
                and words.get(window[cut - 1 : cut + 1], 0) >= _COMMON_WORD
                and words.get(window[cut : cut + 2], 0) < _COMMON_WORD
            ):
                # 各类|行业论坛, 刚才|峰会开幕式: the boundary opens a word, not the name (及|其他
                # …对话会: the character after it opens the name's first word)
                cut += 1
    if cut == 0 and low > floor and low > 0:
        return keyword_start  # the name runs further back than we look: do not guess
    # …会议和中央经济工作会议: the 和 joins two events (和平共处… at the start is a name)
    conjunction = window[cut : cut + 1] == "和" and not window.startswith(_HE_WORDS, cut)
    if conjunction and (cut or 0 < floor == low):
        cut += 1
    owner = window[cut:]
    closing = owner.rfind("”")
    if closing >= 0 and "“" not in owner[:closing]:
        # “1+10”对话会: a quotation the boundary cut open names no owner after it
        cut += closing + 1
        owner = owner[closing + 1 :]
    opening = owner.rfind("“")
    if opening >= 0 and "”" not in owner[opening:]:
        # 悬挂着“第十一次…大会”的会标: the quotation the keyword ends opens the name
        cut += opening + 1
        owner = owner[opening + 1 :]
    clause = _after_clause_words(owner)
    cut, owner = cut + clause, owner[clause:]
    if len(owner) < 2 or _GENERIC_OWNER.match(owner) or owner.isdigit():
        return keyword_start
    if owner[-1] in "及、" or (owner[-1] == "和" and owner[-2:] not in words):
        # 副台长赵化勇和晚会总策划, 仪式和演出: a list goes on (not 碳中和博览会: a word's 和)
        return keyword_start
    return low + cut


# 中国—阿拉伯国家合作论坛: a single dash between two names joins them (a double one sets a
# title apart)
NAME_DASH = re.compile(r"(?<=[\u4e00-\u9fff])—(?=[\u4e00-\u9fff])")
# (上海合作组织成员国政府首脑（总理）理事会, 东盟与中日韩（10+3）领导人会议: a short bracket
# inside a name is the name's, read as a quotation is)
NAME_BRACKET = re.compile(
    # (not after the verb: 召开（扩大）会议 names no more than 会议)
    r"(?<=[\u4e00-\u9fff])(?<!召开)(?<!举行)(?<!举办)(?<!出席)(?<!参加)(?<!主持)"
    # (nor a date, nor a byline: 今天（5月14日）举行, 电（记者张锦胜）全国…会议)
    r"[(](?![^)]*[年月日时])(?!记者|通讯员|特约)([\u4e00-\u9fff0-9A-Za-z+]{1,8})[)]"
    r"(?=[\u4e00-\u9fff])"
)


def _quoted(bracket: re.Match[str]) -> str:
    """The bracket as a quotation of as many characters (offsets stay those of the text)."""
    return "“" + bracket.group(1).replace("+", "-") + "”"


# What a sentence says of the event it opens with: 会议日前在京召开, 大会今天开幕
HELD_AFTER = re.compile(
    r"(?:日前|近日|今天|昨天|今日|[0-9一二三四五六七八九十]+日(?:上午|下午|晚上?)?)?"
    r"(?:在[\u4e00-\u9fff]{1,10}?)?(?:隆重)?(?:召开|举行|开幕|闭幕)"
)
# …总理欧尔班和夫人举行的饯行活动, 在中国驻塞浦路斯大使馆举行的活动上: said to be held before it
HELD_BEFORE = re.compile(r"(?:举行|举办)的[^，,。；;、的]{0,8}$")
TOPIC_MAX = 40


def _topic_start(plain: str, at: int) -> int:
    """Where the sentence running to ``at`` begins its own words (after a dateline)."""
    start = max(plain.rfind(c, 0, at) for c in "。；！？!?;\n") + 1
    return start + dateline_end(plain[start:at])


def _topic_name(plain: str, topic: int, k_start: int, end: int, start: int) -> int:
    """``全国银行、保险、证券系统行长（经理）会议日前在京召开``: an event the sentence opens
    with and says was held is named by all its words from ``topic`` (where they begin, after
    a dateline) to its keyword, 、 and brackets included, when none of them is a verb or a
    function word; ``start`` else."""
    name = plain[topic:k_start]
    if not 2 <= len(name) <= TOPIC_MAX or not HELD_AFTER.match(plain, end):
        return start
    if re.search(r"[^\u4e00-\u9fff0-9、（）()“”]", name):
        return start
    words = re.sub(r"[、（）()“”]", "", name)
    if _BOUNDARY.search(words) or _GENERIC_OWNER.match(words):
        return start
    return topic


# A meeting held to study what an event decided or a leader said is named by the study, the
# words studied and who studies (省部级主要领导干部学习贯彻党的二十届三中全会精神专题研讨班,
# 深入学习贯彻习近平总书记文化传承发展座谈会重要讲话精神专题会议), the event studied inside
# the name: ``_BOUNDARY`` stops at 学习, 贯彻, 精神 and 的, and the numbered event ends the owner.
STUDIED = re.compile(r"精神(?:第[0-9一二三四五六七八九十]+期)?(?:专题)?$")
# (省部级主要领导干部推动金融高质量发展专题研讨班: the cadres who study open a 专题's topic)
STUDENTS = re.compile(r"(?:主要)?领导干部")
STUDY = re.compile(
    rf"(?:深入)?(?:学习宣传贯彻|学习贯彻|贯彻落实|传达学习|学习|宣讲|贯彻)|{STUDENTS.pattern}"
)
STUDY_MAX = 60


def _study_start(plain: str, k_start: int, mentions: list[Mention]) -> int | None:
    """Where the name of a study meeting whose keyword starts at ``k_start`` begins: at
    who studies, or at the study verb when who studies is not one run of words; None when
    the keyword is not after 精神 with a study or its students before in its clause, or
    after 专题 with its students before."""
    if STUDIED.search(plain, max(0, k_start - 8), k_start):
        openings = STUDY
    elif plain.endswith("专题", 0, k_start):
        openings = STUDENTS
    else:
        return None
    clause = max(plain.rfind(c, 0, k_start) for c in "，。；：！？,;:!?\n") + 1
    # (the last: 深入学习贯彻 is one; a study before it is another clause's)
    opening = max(
        openings.finditer(plain, max(clause, k_start - STUDY_MAX), k_start),
        key=lambda match: match.start(),
        default=None,
    )
    if opening is None:
        return None
    floor = max([clause] + [m.end for m in mentions if m.end <= opening.start()])
    start = _owner_start(plain, opening.start(), floor)
    # (新进中央委员会的委员、候补委员和省部级主要领导干部学习…: not a piece of a list)
    return opening.start() if plain[start - 1 : start] == "、" else start


def _names_a_body(value: str, keyword: str) -> bool:
    """Whether ``value`` ends with the name of an organisation the tables know that ends
    with the keyword (庆祝中国人民政治协商会议: the body, not a meeting)."""
    if keyword not in BODY_KEYWORDS:
        return False  # (中拉论坛 is a forum that meets: a body and its meetings)
    aliases = lexicon().aliases
    return any(
        ("Organization", normalize_key(value[i:])) in aliases
        for i in range(len(value) - len(keyword))
    )


def extract_events(text: str) -> list[Mention]:
    """Event mentions in ``text``, by position."""
    # (a dash or a short bracket inside a name read as the name's: offsets stay the text's)
    plain = NAME_BRACKET.sub(_quoted, NAME_DASH.sub("-", halfwidth(text)))
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in numbered_pattern().finditer(plain):
        start, end = match.span()
        value: str | None = _numbered_value(match)
        if match.lastgroup == "congress" and not match["corg"]:
            # 中国工会第十八次全国代表大会: the organiser is the name before 第.
            previous_end = max((t_end for _s, t_end in taken), default=0)
            start = _owner_start(plain, start, previous_end)
            owner = plain[start : match.start()]
            value = f"{organisers().get(owner, owner)}第{_cn(match['cn'])}次全国代表大会"
        body = SESSION_BODY_MEETING.match(plain, end)
        if body is not None and value:
            # 全国政协十四届一次会议|主席团常务主席会议第二次会议: a meeting of the session's body
            value, end = value + text[end : body.end()], body.end()
        mentions.append(Mention(start, end, "Event", text[start:end], value, source="rules"))
        taken.append((start, end))
    floor = 0
    for match in KEYWORD.finditer(plain):
        keyword = match.group()
        k_start, end = match.span()
        if keyword in HELD_ONLY and not (
            HELD_AFTER.match(plain, end) or HELD_BEFORE.search(plain, max(0, k_start - 12), k_start)
        ):
            continue
        if any(k_start < t_end and t_start < end for t_start, t_end in taken):
            continue
        opened = mentions[-1] if mentions else None
        if (
            opened is not None
            and keyword in BODY_KEYWORDS
            and plain[k_start - 2 : k_start] in ("开幕", "闭幕")
            and opened.end == k_start - 2
        ):
            # 北约第十五次研讨会开幕会议: the opening session is the seminar's
            mentions[-1] = replace(opened, end=end, text=text[opened.start : end])
            floor = end
            continue
        previous_end = max((t_end for _s, t_end in taken if t_end <= k_start), default=0)
        floor = max(floor, previous_end)
        start = k_start
        summit = keyword in _INTERACTIONS and bool(SUMMIT_BEFORE.search(plain, 0, k_start))
        if not summit and keyword in _INTERACTIONS and plain.endswith(("年度", "定期"), 0, k_start):
            # 第九轮中澳总理年度会晤: the series' numbered meeting (中俄总理定期会晤 alone is
            # the series, no one meeting)
            summit = bool(ORDINAL.match(plain, _owner_start(plain, k_start, floor)))
        if keyword not in _BRAND_NAMES and (keyword not in _INTERACTIONS or summit):
            start = _owner_start(plain, k_start, floor)
            if (
                summit
                and not ORDINAL_BEFORE.search(plain, 0, k_start)
                and (
                    start >= k_start - len("领导人")
                    or any(c in LEADERS_MET for c in plain[start - 1 : k_start])
                )
            ):
                # 习近平主席同欧盟领导人会晤, 同舒尤克总统、欧尔班总理等匈牙利领导人会晤: the
                # leaders are the other side; 扩员后首次领导人会晤: no one's summit named
                start = k_start
        if (
            start == k_start
            and mentions
            and mentions[-1].end < k_start
            and ANNIVERSARY.fullmatch(plain, mentions[-1].end, k_start)
        ):
            start = mentions[-1].end  # 博鳌亚洲论坛2024年年会: the count names whose 年会
        count = ORDINAL_BEFORE.search(plain, 0, k_start)
        if start == k_start and keyword in _DELEGATE_CONGRESSES and count is not None:
            start = count.start()  # 第六次文代会: the count names which one
        topic = _topic_start(plain, k_start)
        if start == k_start or "、" in plain[topic:start]:
            start = _topic_name(plain, topic, k_start, end, start)
        study = _study_start(plain, k_start, mentions)
        if study is not None:
            # (the studied event and what was named inside the study's name are its words)
            mentions = [m for m in mentions if not study <= m.start < k_start]
            taken = [t for t in taken if not study <= t[0] < k_start]
            start = study
        value = keyword if keyword in _BRAND_NAMES else text[start:end] if start < k_start else None
        held_by = HELD_BY.search(plain, max(0, k_start - 12), k_start)
        if (
            start == k_start
            and held_by is not None
            # (在波兰议会举行的会议上: a meeting, where it was)
            and (keyword not in BODY_KEYWORDS or plain.startswith("上", end))
        ):
            # 众议院金融服务委员会举行的听证会: the body that held it names the event
            held_from = _owner_start(plain, held_by.start(), floor)
            if WHEN_HELD.fullmatch(plain, held_from, held_by.start()) or FOR_WHOM.search(
                plain, 0, held_from
            ):
                # 在随后举行的记者招待会上: when it was held, not who held it; 托卡耶夫为与会代表团
                # 团长举行的欢迎宴会: whom it was held for
                value = keyword
            elif held_from < held_by.start():
                value = text[held_from : held_by.start()] + keyword
        before = mentions[-1] if mentions else None
        if (
            before is not None
            and before.end == start == k_start
            and before.value in _BRAND_NAMES
            and (before.start, before.end) not in taken
        ):
            # 小球运动中心备战第十三届亚运会动员大会: a meeting named by the games it is for,
            # and by who holds it before them
            held_by_start = _owner_start(
                plain, before.start, mentions[-2].end if len(mentions) > 1 else 0
            )
            if held_by_start < before.start:
                start, value = held_by_start, text[held_by_start:end]
        if (
            before is not None
            and before.end == start
            and (before.start, before.end) not in taken
            # (李强会见第17届残奥会中国体育代表团: whom one met, not an occasion of the meeting)
            and before.text not in _INTERACTIONS
            and (
                keyword.endswith(CEREMONY_ENDS)
                or before.text.endswith("论坛")
                # (世界互联网大会乌镇峰会, 缔约方大会领导人峰会: a conference's summit)
                or (before.text.endswith("大会") and keyword == "峰会")
                # 九届人大一次会议记者招待会: the press conference of a session
                or keyword in PRESS_EVENTS
                # 2023两岸企业家峰会10周年年会: an occasion of the event before, by its count
                or ANNIVERSARY.fullmatch(plain, start, k_start) is not None
                # (世界中国学大会·上海论坛, …现代农业博览会·花卉博览会: one name, its parts
                # joined by the dot)
                or plain.startswith("·", start)
            )
        ):
            # 杭州第19届亚洲运动会火炬传递启动仪式, 亚运会开幕式, 中非合作论坛北京峰会: the
            # ceremony of an event, a forum's summit, named by the whole
            mentions.pop()
            start = before.start
            value = text[start:end]
        elif start == k_start and keyword not in _STANDALONE and value is None:
            continue
        elif value and _names_a_body(value, keyword) and not SESSION_OF_A_BODY.match(value):
            continue  # 中国人民政治协商会议: a body whose name ends like a meeting
        book = BOOK_BEFORE.search(plain, max(0, start - BOOK_MAX), start)
        if book is not None and value in (None, text[start:end]) and keyword not in _INTERACTIONS:
            # 《罗荣桓军事文选》出版座谈会: the book a launch or a symposium is of names it (the
            # title stays a document of its own, before the mention)
            value = text[book.start() : start] + text[start:end]
        mentions.append(Mention(start, end, "Event", text[start:end], value, source="rules"))
        floor = end
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions
