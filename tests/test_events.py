"""Event mentions and their canonical values on real sentences."""

from __future__ import annotations

import pytest

from kgraph.extract import extract, extract_text
from kgraph.extract.events import extract_events

UNION_CONGRESS = "中国工会第十八次全国代表大会"
PARTY_15 = "中国共产党第十五次全国代表大会"


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "刚刚胜利闭幕的中国工会第十八次全国代表大会,对各级工会切实维护职工合法权益提出新的更高要求。",
            [(UNION_CONGRESS, UNION_CONGRESS)],
        ),
        (
            "中华全国总工会主席王东明代表中华全国总工会新一届领导班子就中国工会十八大有关情况作了汇报。",
            [("中国工会十八大", UNION_CONGRESS)],
        ),
        (
            "在全国上下深入贯彻落实党的二十大精神之际,我们再次迎来了10月26日这个具有特殊意义的日子。",
            [("党的二十大", "中国共产党第二十次全国代表大会")],
        ),
        ("党的十五大是我们党解放思想、实事求是的新的里程碑。", [("党的十五大", PARTY_15)]),
        ("在十五大精神指引下胜利前进——元旦献辞", [("十五大", PARTY_15)]),
        (
            "世纪的换届，是在中国共产党第十五次全国代表大会确立高举邓小平理论伟大旗帜之后进行的。",
            [("中国共产党第十五次全国代表大会", PARTY_15)],
        ),
        (
            "按照宪法、选举法的规定，明年春天，将召开九届全国人大一次会议和全国政协九届一次会议。",
            [
                ("九届全国人大一次会议", "第九届全国人民代表大会第一次会议"),
                ("全国政协九届一次会议", "中国人民政治协商会议第九届全国委员会第一次会议"),
            ],
        ),
        (
            "新年前夕，八届全国人大常委会第二十九次会议审议并通过《防震减灾法》。",
            [
                (
                    "八届全国人大常委会第二十九次会议",
                    "第八届全国人民代表大会常务委员会第二十九次会议",
                )
            ],
        ),
        (
            "习近平在同中华全国总工会新一届领导班子成员集体谈话时强调",
            [("集体谈话", None)],
        ),
        ("习近平同哥伦比亚总统佩特罗会谈", [("会谈", None)]),
        (
            "会谈前,习近平在人民大会堂北大厅为佩特罗举行欢迎仪式。",
            [("会谈", None), ("欢迎仪式", None)],
        ),
        ("当晚,习近平在人民大会堂金色大厅为佩特罗举行欢迎宴会。", [("欢迎宴会", None)]),
        (
            "10月24日,全总工会理论和劳动关系智库基地文献资料中心揭牌仪式在北京举行。",
            [
                (
                    "全总工会理论和劳动关系智库基地文献资料中心揭牌仪式",
                    "全总工会理论和劳动关系智库基地文献资料中心揭牌仪式",
                )
            ],
        ),
        (
            "中方愿同拉方以明年中拉论坛成立10周年为契机,推动新时代中拉关系行稳致远。",
            [("中拉论坛", "中拉论坛")],
        ),
        (
            "在今天召开的中国科学院１９９８年度工作会议上，路甬祥院长对此作出了明确的回答。",
            [("中国科学院１９９８年度工作会议", "中国科学院１９９８年度工作会议")],
        ),
        (
            "本报北京１月１４日讯记者陈晓钟报道：团结出版社今天在北京举行座谈会，纪念建社１０周年。",
            [("座谈会", None)],
        ),
    ],
)
def test_extract_events(text, expected):
    assert pairs(text) == expected


def test_short_and_full_congress_names_share_one_value():
    short = extract_events("就中国工会十八大有关情况和未来5年工会工作安排作了汇报")
    full = extract_events("刚刚胜利闭幕的中国工会第十八次全国代表大会")
    assert short[0].value == full[0].value == UNION_CONGRESS
    assert short[0].text != full[0].text


def test_a_plenum_of_the_discipline_commission_has_one_value_in_its_short_and_full_forms():
    """二十届中央纪委三次全会 is the plenum named in full the day before (新闻联播 2024-01-09,
    2024-01-08)."""
    short = extract_events(
        "习近平总书记在二十届中央纪委三次全会上发表重要讲话，总结了全面从严治党的新进展"
    )
    full = extract_events(
        "中共中央总书记、国家主席、中央军委主席习近平8日上午在中国共产党第二十届中央纪律检查委员会第三次"
        "全体会议上发表重要讲话。"
    )
    plenum = "中国共产党第二十届中央纪律检查委员会第三次全体会议"
    assert [e.value for e in short] == [e.value for e in full] == [plenum]


def test_a_session_named_with_the_republic_is_the_same_session():
    # People's Daily, 6 January 1998, page 2 (pfr-19980106-02-001): a law's adoption note, then
    # the president's order that promulgates it
    note = "（１９９７年１２月２９日第八届全国人民代表大会常务委员会第二十九次会议通过）"
    order = (
        "《中华人民共和国价格法》已由中华人民共和国第八届全国人民代表大会常务委员会第二十九次会议"
        "于１９９７年１２月２９日通过，现予公布，自１９９８年５月１日起施行。"
    )
    sessions = [[m.value for m in extract(text) if m.type == "Event"] for text in (note, order)]
    assert sessions == [["第八届全国人民代表大会常务委员会第二十九次会议"]] * 2


@pytest.mark.parametrize(
    "text",
    [
        "关于今后一个时期的工会工作，这次大会作了部署。",
        "会议指出，要认真贯彻落实中央的部署。",
        "习近平在人民大会堂北大厅会客。",
        "全国十大杰出青年评选揭晓，三大战役纪念馆开放。",
        "中学生多听多讲普通话。",
    ],
)
def test_references_and_lookalikes_are_not_events(text):
    assert extract_events(text) == []


def test_offsets_point_into_the_text():
    text = (
        "当晚,习近平在人民大会堂金色大厅为佩特罗举行欢迎宴会。会谈后,两国元首共同见证签署合作文件。"
    )
    for mention in extract_events(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.type == "Event"
        assert mention.source == "rules"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 新闻联播 2024-06-28: 和平 is a word, not the 和 that joins two events
        (
            "国家主席习近平在京出席和平共处五项原则发表70周年纪念大会并发表重要讲话。",
            ["和平共处五项原则发表70周年纪念大会"],
        ),
        ("出席中央政治局会议和中央经济工作会议", ["中央政治局会议", "中央经济工作会议"]),
        # a verb of following a plan is no part of the meeting's name
        ("按照中央经济工作会议部署，各地区各部门抓好落实。", ["中央经济工作会议"]),
    ],
)
def test_events_names_start_after_verbs_and_conjunctions(text, names):
    assert [m.text for m in extract_events(text)] == names


def test_an_organisation_s_summit_keeps_its_owner_but_a_verb_组织_does_not():
    from kgraph.extract.events import extract_events

    assert [
        m.text for m in extract_events("集体安全条约组织峰会23日在白俄罗斯首都明斯克举行。")
    ] == ["集体安全条约组织峰会"]
    assert [(m.text, m.value) for m in extract_events("组织召开座谈会")] == [("座谈会", None)]
    assert extract_events("使两场峰会取得成功") == []  # a count is no owner


def test_a_body_named_like_a_meeting_is_no_event():
    from kgraph.extract.events import extract_events

    assert extract_events("全国人民代表大会") == []
    assert [m.text for m in extract_events("庆祝中国人民政治协商会议成立75周年大会")] == [
        "庆祝中国人民政治协商会议成立75周年大会"
    ]
    text = "热烈祝贺中共二十大胜利召开，并预祝大会取得圆满成功"
    assert [m.text for m in extract_events(text)] == ["中共二十大"]


def test_a_council_s_chair_names_no_meeting():
    from kgraph.extract.events import extract_events

    assert (
        extract_events("古巴国务委员会主席和部长会议主席卡斯特罗连续第五次当选为全国人大代表。")
        == []
    )


def test_an_occasion_of_an_event_counted_after_its_name_is_one_name():
    # 新闻联播, 2023-11-14; People's Daily style 年会 of a forum
    for text, name in (
        (
            "王沪宁出席2023两岸企业家峰会10周年年会开幕式并致辞。",
            "2023两岸企业家峰会10周年年会开幕式",
        ),
        ("博鳌亚洲论坛2024年年会开幕。", "博鳌亚洲论坛2024年年会"),
    ):
        assert [m.text for m in extract_events(text)] == [name]


def test_a_word_ending_in_会_before_议_is_part_of_会议():
    # 新闻联播, 2024-04-15 and 2024-02-17: 安全|会议 holds no 全会 (plenum)
    text = "以色列总理内塔尼亚胡14日召开战时内阁安全会议。"
    assert [m.text for m in extract_events(text)] == ["战时内阁安全会议"]
    text = "为期三天的第60届慕尼黑安全会议16日在德国南部城市慕尼黑开幕，聚焦乌克兰危机。"
    assert [m.text for m in extract_events(text)] == ["第60届慕尼黑安全会议"]


def test_a_verb_before_an_events_name_is_no_part_of_it():
    # People's Daily 1998-01-03 (no split): 担任新年音乐会演奏, 第三次执棒维也纳新年音乐会
    from kgraph.extract.events import extract_events

    text = (
        "其次，担任新年音乐会演奏的是世界三大最著名交响乐团之一的维也纳爱乐乐团。"
        "梅塔今年已是第三次执棒维也纳新年音乐会。"
    )
    names = {m.text for m in extract_events(text)}
    assert not any(name.startswith(("担任", "第三次执棒")) for name in names)


def test_a_roundtable_a_class_opened_and_主要_inside_a_name():
    """新闻联播, 2024-06-18, 2023-04-17, 2024-05-12: a roundtable (圆桌会) is an event; a class's
    opening (研讨班开班式) is one name; 主要 (principal) is no 要 (must) that cuts a name."""
    roundtable = (
        "当地时间18日上午，国务院总理李强在珀斯同澳大利亚总理阿尔巴尼斯共同出席"
        "第七届中澳工商界首席执行官圆桌会并致辞。"
    )
    assert [m.text for m in extract_events(roundtable)] == ["第七届中澳工商界首席执行官圆桌会"]
    found = extract_text(roundtable, date="2024-06-18").relations
    facts = {(r.relation, r.head.text) for r in found}
    assert {("spokeAt", "李强"), ("spokeAt", "阿尔巴尼斯")} <= facts
    opened = "王沪宁出席统一战线专题研讨班开班式"
    assert [m.text for m in extract_events(opened)] == ["统一战线专题研讨班开班式"]
    principal = (
        "今天（5月12日），京津冀党政主要领导座谈会在天津举行，三省市围绕共同推进雄安新区高标准"
        "高质量建设、协同推进京津冀国家技术创新中心提质增效等方面，发布多项政策机制。"
    )
    assert next(m.text for m in extract_events(principal)) == "京津冀党政主要领导座谈会"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 新闻联播 2023-09-21: 对口 (paired) is a word of the name, not 对 (to)
        (
            "央视网消息（新闻联播）：第九次全国对口支援新疆工作会议19日—21日在新疆喀什召开，"
            "中共中央政治局常委、全国政协主席王沪宁出席并讲话。",
            ["第九次全国对口支援新疆工作会议"],
        ),
        # 2024-06-10: so is 对话 (dialogue)
        (
            "2019年5月，习近平主席在亚洲文明对话大会开幕式上发表主旨演讲，呼吁坚持相互尊重、平等"
            "相待，美人之美、美美与共，开放包容、互学互鉴，与时俱进、创新发展，共同创造亚洲文明和"
            "世界文明的美好未来。",
            ["亚洲文明对话大会开幕式"],
        ),
        # 2023-12-25: the 将 of 上将 (a general) is no 将 (will)
        (
            "中央军委举行晋升上将军衔仪式 习近平颁发命令状并向晋衔的军官表示祝贺",
            ["晋升上将军衔仪式"],
        ),
        # 2023-04-18, 2024-09-05: 各类 and 刚才 are words before a name, not its start
        (
            "这几天，广交会上的各类行业论坛、新品发布、经贸对接等吸引了众多客商。",
            ["广交会", "行业论坛"],
        ),
        (
            "刚才峰会开幕式上，我宣布对非务实合作新行动新举措，昨天我还同坦桑尼亚和赞比亚两国元首"
            "共同见证激活坦赞铁路协议的签署，目的是为了传承中非友好。",
            ["峰会开幕式"],
        ),
        # 2024-11-17: 对方 is a word, 主办 (host) ends an owner
        (
            "美中双方相互支持对方主办2026年亚太经合组织领导人非正式会议和二十国集团领导人峰会，"
            "展示了美中合作可以给人民带来的福祉。",
            ["2026年亚太经合组织领导人非正式会议", "二十国集团领导人峰会"],
        ),
        # 2023-08-25: 及|其他, the character after the boundary opens the name's first word
        (
            "习近平出席金砖国家同非洲国家及其他新兴市场和发展中国家领导人对话会",
            ["其他新兴市场和发展中国家领导人对话会"],
        ),
    ],
)
def test_a_word_a_boundary_opens_is_no_part_of_the_name_nor_cut_by_it(text, names):
    assert [m.text for m in extract_events(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 新闻联播 2024-11-19 and 2024-12-06 (each read as two events before)
        (
            "中共中央政治局常委、国务院副总理丁薛祥19日下午在浙江乌镇分别会见来华出席2024年世界"
            "互联网大会乌镇峰会的洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈、越南副总理黎成龙。",
            ["会见", "2024年世界互联网大会乌镇峰会"],
        ),
        (
            "2021年10月12日，习近平主席在《生物多样性公约》第十五次缔约方大会领导人峰会上发表"
            "主旨讲话，宣布中国正式设立三江源、大熊猫、东北虎豹、海南热带雨林、武夷山等第一批"
            "国家公园。",
            ["第十五次缔约方大会领导人峰会"],
        ),
    ],
)
def test_a_conferences_summit_is_one_event(text, names):
    assert [m.text for m in extract_events(text)] == names


def _spoke(text: str, date: str) -> set[tuple[str, str]]:
    """(who, which event) of each spokeAt edge of ``text``'s extraction."""
    return {
        (r.head.text, r.tail.value or r.tail.text)
        for r in extract_text(text, date=date).relations
        if r.relation == "spokeAt"
    }


def _took_part(text: str, date: str) -> set[tuple[str, str]]:
    """(who, which event) of each role edge of ``text``'s extraction."""
    return {
        (r.head.text, r.tail.value or r.tail.text)
        for r in extract_text(text, date=date).relations
        if r.relation in ("participatedIn", "spokeAt", "chaired")
    }


@pytest.mark.parametrize(
    ("text", "date", "who", "told_of"),
    [
        # 新闻联播 2023-06-14: the press conference is held; the games are what it tells of
        (
            "今天上午，国务院新闻办举行发布会介绍了杭州亚运会、亚残运会筹备情况。",
            "2023-06-14",
            "国务院新闻办",
            "亚运会",
        ),
        # 2024-10-23, an item's headline
        (
            "国务院新闻办举行发布会介绍第七届中国国际进口博览会筹备情况",
            "2024-10-23",
            "国务院新闻办",
            "进口博览会",
        ),
        # 2022-12-07: the plenum whose preparation a meeting heard of
        (
            "此前，习近平总书记主持召开中央政治局常委会会议，听取中央纪委国家监委工作情况和"
            "二十届中央纪律检查委员会第二次全体会议准备情况汇报。",
            "2022-12-07",
            "习近平",
            "全体会议",
        ),
        # People's Daily, 9 January 1998, page 8: the games prepared for
        ("此前，国家体委冬运中心主任肖天通报了备战冬奥会情况。", "1998-01-09", "肖天", "冬奥会"),
    ],
)
def test_an_event_a_briefing_tells_of_is_not_attended(text, date, who, told_of):
    """An event followed by its preparation (筹备情况, 准备情况) or preceded by 备战 is what is
    told of; the one who briefs or hears attends the briefing, if any, not that event."""
    roles = _took_part(text, date)
    assert not any(event.find(told_of) >= 0 for person, event in roles if person == who)
    assert not any("介绍" in event for _person, event in roles)
    if "发布会" in text:
        assert any(person == who and "发布会" in event for person, event in roles)


def test_each_winner_of_a_sentence_has_an_award_and_a_party_accompanies_no_one():
    # 新闻联播 2023-12-08: the runner-up's medal is hers, not the champion's award
    won = (
        "在女子单板决赛中，中国选手、曾4次参加冬奥会的老将蔡雪桐凭借第三轮的动作以93.25分的成绩"
        "夺得冠军，另一位中国选手刘佳宇以85.75分获得亚军。"
    )
    awards = {(who, award) for who, award in _took_part(won, "2023-12-08")}
    assert awards == {
        ("蔡雪桐", "蔡雪桐获奖（2023-12-08）"),
        ("刘佳宇", "刘佳宇获奖（2023-12-08）"),
    }
    # 2023-12-13: the two leaders shake hands with those who accompany them (陪同人员)
    shook = (
        "当地时间12月12日下午，中共中央总书记、国家主席习近平在河内同越共中央总书记阮富仲举行会谈。"
        "两党总书记同双方陪同人员分别握手致意。"
    )
    relations = extract_text(shook, date="2023-12-12").relations
    assert not [r for r in relations if r.relation == "accompanied"]
    assert {"习近平", "阮富仲"} <= {
        r.head.text for r in relations if r.relation == "participatedIn"
    }


def test_a_study_s_name_is_no_piece_of_a_list_nor_runs_past_its_holder():
    """Who studies is named when they are one run of words; a list of them is left out rather
    than cut (新闻联播 2023-02-07). A lecture on a topic (专题讲座) that no cadres study is not
    named back to a study of 精神 in its clause (新闻联播 2022-12-04)."""
    listed = extract_events(
        "新进中央委员会的委员、候补委员和省部级主要领导干部学习贯彻习近平新时代中国特色社会主义思想"
        "和党的二十大精神研讨班7日上午在中央党校（国家行政学院）开班"
    )
    assert [e.value for e in listed] == [
        "学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神研讨班"
    ]
    lectures = extract_events(
        "应香港特别行政区政府邀请，学习贯彻党的二十大精神中央宣讲团2日到3日在香港为特别行政区管治"
        "团队、社会各界人士、中央驻港机构和中资企业代表举办了三场专题讲座"
    )
    assert [e.value for e in lectures] == ["中国共产党第二十次全国代表大会"]


def test_a_visit_to_a_body_s_seat_before_a_meeting_is_no_side_of_it():
    # 新闻联播 2024-05-07: 参访 is a visit like 参观; the headquarters visited meets no one
    roles = _took_part("8.彭丽媛参访联合国教科文组织总部并会见阿祖莱总干事；", "2024-05-07")
    met = {person for person, event in roles if "会见" in event}
    assert met == {"彭丽媛", "阿祖莱"}


def test_at_the_meeting_is_the_story_s_not_one_a_speaker_recalled():
    # People's Daily 1998-01-27, page 4: after 万国权 recalls the 15th congress, 座谈会上 and 会上
    # are still the forum the story reports
    text = (
        "本报北京１月２６日讯记者吴亚明报道：全国政协台港澳侨联络委员会、中国和平统一促进会"
        "今天在京举行座谈会，纪念江泽民主席《为促进祖国统一大业的完成而继续奋斗》重要讲话发表"
        "３周年。\n"
        "全国政协副主席、中国和平统一促进会会长万国权主持座谈会并讲话。他说，重温江主席重要讲话"
        "的精神，联系实际，使我们更深切地感受到讲话的重要性和指导意义。此时此刻，全体中国人民更加"
        "关注实现祖国和平统一的前景，全世界也在关注中国人要将一个什么样的两岸关系带入２１世纪。"
        "江泽民总书记在中共十五大报告中再次重申坚持“和平统一、一国两制”方针和推进祖国和平统一"
        "进程八项主张，体现了中国共产党和政府在发展两岸关系、促进祖国和平统一问题上的坚强决心和"
        "诚意。\n"
        "座谈会上，全国政协副主席、中国和平统一促进会执行会长钱伟长发了言。\n"
        "杨斯德、贾亦斌、郭平坦、冯理达、郑鸿业、李家泉、杨思泽、方生、李伯康等也在会上先后发言。"
    )
    spoke = _spoke(text, "1998-01-27")
    forum = {event for who, event in spoke if who == "万国权"}
    assert len(forum) == 1 and next(iter(forum)).startswith("座谈会")
    speakers = [
        "万国权",
        "钱伟长",
        "杨斯德",
        "贾亦斌",
        "郭平坦",
        "冯理达",
        "郑鸿业",
        "李家泉",
        "杨思泽",
        "方生",
        "李伯康",
    ]
    assert {(who, event) for who, event in spoke if who != "江泽民"} == {
        (who, next(iter(forum))) for who in speakers
    }


def test_a_speech_named_by_its_speaker_is_the_one_made_where_the_story_said():
    # People's Daily 1998-01-24, page 5: 江泽民's speech, relayed at the meeting reported, was
    # made at the discipline commission's plenum
    text = (
        "本报北京１月２３日讯新华社记者刘思扬、本报记者郑宏范报道：中直机关１９９８年纪检工作会议"
        "今天在京举行。\n"
        "会上，曾庆红传达了江泽民同志在中央纪委二次全会上的重要讲话。中央纪委常委、中直机关纪律"
        "检查工作委员会书记李登柱传达了尉健行同志在中央纪委二次全会上的报告。\n"
        "曾庆红说，江泽民同志的重要讲话从战略和全局的高度，进一步阐述了党风廉政建设和反腐败斗争的"
        "重大意义，科学分析了反腐败斗争的形势，为深入开展反腐败斗争指明了方向。"
    )
    spoke = _spoke(text, "1998-01-24")
    assert ("江泽民", "中央纪委二次全会") in spoke
    assert not any("纪检工作会议" in event for who, event in spoke if who == "江泽民")


def test_a_body_gone_to_with_去_is_where_not_who():
    # People's Daily 1998-01-18, page 4: 王启民 went to the party school to attend the class
    roles = _took_part(
        "去年的１２月４日至２９日，王启民去中央党校参加了中央委员和候补中央委员学习邓小平理论和"
        "十五大精神研讨班。",
        "1998-01-18",
    )
    assert {who for who, event in roles if "研讨班" in event} == {"王启民"}


def test_a_report_heard_at_a_meeting_is_the_meetings():
    # 新闻联播 2024-12-13: the chief executive's report is heard at the meeting, no event of its own
    roles = _took_part(
        "国家主席习近平13日下午在中南海瀛台会见来京述职的香港特别行政区行政长官李家超，"
        "听取他对香港当前形势和特别行政区政府工作情况的汇报。",
        "2024-12-13",
    )
    assert {event for _who, event in roles} == {"习近平会见李家超（2024-12-13）"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 新闻联播 2022-10-28 and 2024-05-06: at a farewell the mourner conveys the leaders'
        # condolences; those whose condolences they are were not there
        (
            "上午9时许，汪洋等在哀乐声中缓步来到钱正英同志的遗体前肃立默哀，向钱正英同志的遗体三鞠躬，"
            "并向钱正英同志亲属转达习近平总书记等中央领导同志的深切慰问。",
            "2022-10-28",
        ),
        (
            "上午9时许，赵乐际等在哀乐声中缓步来到乌云其木格同志的遗体前肃立默哀，向乌云其木格同志的"
            "遗体三鞠躬，并与乌云其木格同志亲属一一握手，转达习近平总书记等中央领导同志的深切慰问。",
            "2024-05-06",
        ),
    ],
)
def test_condolences_conveyed_are_no_visit_of_their_senders(text, date):
    assert not any(who == "习近平" for who, _event in _took_part(text, date))


def test_sympathy_one_sends_is_still_an_act_of_the_sender():
    # 新闻联播 2023-01-18: 韩正 sends his own greetings over a video link
    roles = _took_part(
        "（新闻联播）：国务院副总理韩正18日在北京通过卫星视频连线，向我国正在极地和大洋执行任务的"
        "科学考察队员们致以亲切的慰问和新春的祝福。",
        "2023-01-18",
    )
    assert {who for who, _event in roles} == {"韩正"}


def test_a_summit_of_a_groups_leaders_is_named_by_the_group():
    # 新闻联播 2023-08-25: the meeting is held on the side of the BRICS summit, not a 会晤 of 习近平
    roles = _took_part(
        "（新闻联播）：当地时间8月24日上午，国家主席习近平在约翰内斯堡出席金砖国家领导人会晤期间"
        "会见纳米比亚总统根哥布。",
        "2023-08-25",
    )
    assert ("习近平", "金砖国家领导人会晤（2023-08-24）") in roles
    assert not any(event.startswith("习近平会晤") for _who, event in roles)


@pytest.mark.parametrize(
    ("text", "date", "summit"),
    [
        # 新闻联播 2024-06-17 and 2024-08-22 (programme summaries): a series' numbered meeting
        (
            "5.李强同澳大利亚总理举行第九轮中澳总理年度会晤；",
            "2024-06-17",
            "第九轮中澳总理年度会晤",
        ),
        (
            "4.李强同俄罗斯总理共同主持中俄总理第二十九次定期会晤；",
            "2024-08-22",
            "中俄总理第二十九次定期会晤",
        ),
    ],
)
def test_a_numbered_meeting_of_a_series_is_named(text, date, summit):
    assert any(who == "李强" and event.startswith(summit) for who, event in _took_part(text, date))


def test_leaders_met_with_name_no_summit():
    # 新闻联播 2024-10-12: 习近平 met the EU's leaders; 欧盟领导人会晤 is no summit's name
    roles = _took_part(
        "李强表示，去年12月习近平主席同欧盟领导人会晤以来，中欧保持密切高层交往，持续推进各领域对话"
        "合作，以中欧关系的稳定性为世界注入确定性。",
        "2024-10-12",
    )
    assert roles and not any(event.startswith("欧盟领导人会晤") for _who, event in roles)


def test_a_meeting_between_other_sides_is_not_the_storys():
    # 新闻联播 2022-12-07: the premiers' meeting; the presidents' of September is another one
    roles = _took_part(
        "（新闻联播）：国务院总理李克强5日下午在京同俄罗斯总理米舒斯京以视频方式共同主持中俄总理"
        "第二十七次定期会晤。\n"
        "李克强表示，中俄互为最大邻国，同为新兴市场国家，有着传统友谊，始终在不结盟、不对抗、不针对"
        "第三方原则基础上发展两国关系。今年9月，习近平主席同普京总统成功会晤，有力推动两国关系发展。",
        "2022-12-07",
    )
    premiers = {who for who, event in roles if event == "中俄总理第二十七次定期会晤"}
    assert premiers == {"李克强", "米舒斯京"}
    (presidents,) = {event for who, event in roles if who == "习近平"}
    assert presidents.startswith("习近平同") and presidents.endswith("普京会晤（2022-09）")


def test_both_sides_of_another_days_meeting_are_not_the_storys_sides():
    # 新闻联播 2023-12-20: 习近平 met 米舒斯京 today; the premiers' meeting of yesterday is not his
    roles = _took_part(
        "（新闻联播）：12月20日上午，国家主席习近平在人民大会堂会见俄罗斯总理米舒斯京。\n"
        "米舒斯京表示，今年普京总统和习近平主席两次成功会晤，体现了俄中双方致力于深化全面战略协作"
        "伙伴关系的坚定意愿，俄方愿同中方认真落实两国元首达成的各项重要共识。昨天双方成功举行俄中"
        "总理第二十八次定期会晤。",
        "2023-12-20",
    )
    assert not any(event.startswith("俄中总理") for who, event in roles if who == "习近平")


def test_a_bodys_meeting_named_by_its_word_is_the_bodys():
    # 新闻联播 2024-01-10: the party group's meeting, named as every report of that day names it
    roles = _took_part(
        "（新闻联播）：中共全国人大常委会党组10日举行会议，学习习近平总书记在二十届中央纪委三次全会上"
        "的重要讲话和全会精神，结合人大党建和工作实际，研究贯彻落实措施。中共中央政治局常委、全国人大"
        "常委会委员长、党组书记赵乐际主持会议并讲话。",
        "2024-01-10",
    )
    assert ("赵乐际", "中共全国人大常委会党组会议（2024-01-10）") in roles


def test_meetings_held_one_after_the_other_are_one_each():
    # 新闻联播 2024-09-25: 先后会见 three guests, three meetings
    roles = _took_part(
        "（新闻联播）：24日下午，中共中央政治局常委、国务院副总理丁薛祥在广西南宁先后会见来华出席"
        "第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会的越南副总理兼财政部长胡德福、柬埔寨副首相"
        "兼内阁办公厅大臣翁赛维索、老挝副总理吉乔。",
        "2024-09-25",
    )
    assert {event for who, event in roles if who == "丁薛祥"} == {
        f"丁薛祥会见{guest}（2024-09-24）" for guest in ("胡德福", "翁赛维索", "吉乔")
    }


def test_what_a_meeting_word_before_由_opens_is_what_is_chaired():
    # 新闻联播 2023-03-12: the ceremony held to commemorate 孙中山, chaired by 何报翔
    roles = _took_part(
        "（新闻联播）：12日下午，首都各界人士会聚北京中山公园中山堂，举行简短而庄严的仪式，纪念孙中山先生"
        "逝世98周年，深切缅怀这位伟大的民主革命先行者。\n"
        "纪念仪式由全国政协副主席、民革中央常务副主席何报翔主持。",
        "2023-03-12",
    )
    assert {event for who, event in roles if who == "何报翔"} == {"纪念仪式（2023-03-12）"}


def test_a_meeting_chaired_is_the_one_the_story_reports_not_a_forum_a_speech_plans():
    # 新闻联播 2022-11-18: 习近平's speech says China will host the Belt and Road forum; the
    # meeting 巴育 chaired is the APEC leaders' meeting the story reports
    roles = _took_part(
        "（新闻联播）：当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷国家会议"
        "中心举行。国家主席习近平出席会议并发表题为《团结合作勇担责任 构建亚太命运共同体》的重要"
        "讲话。\n"
        "第二，坚持开放包容，建设共同富裕的亚太。中方愿同有关各方全面高质量实施《区域全面经济伙伴关系"
        "协定》，继续推进加入《全面与进步跨太平洋伙伴关系协定》和《数字经济伙伴关系协定》，促进区域融合"
        "发展。明年，中方将考虑举办第三届“一带一路”国际合作高峰论坛，为亚太和全球发展繁荣注入新动力。\n"
        "会议由巴育主持，主题为“开放、联通、平衡”。",
        "2022-11-18",
    )
    (chaired,) = {event for who, event in roles if who == "巴育"}
    assert chaired.endswith("第二十九次领导人非正式会议")


def test_a_bare_word_before_由_is_the_storys_meeting():
    # People's Daily 1998-01-08 (the test7 split): 座谈会 is the meeting the story reports, and
    # People's Daily 1998-01-23, page 1: 会议 is the plenum the story reports as 全会
    roles = _took_part(
        "中央纪委常委、新闻发言人赵洪祝在会上通报了１９９７年反腐败新闻舆论工作及今年反腐败新闻舆论工作"
        "要点。座谈会由中央纪委常委、秘书长袁纯清主持。",
        "1998-01-08",
    )
    assert {event for who, event in roles if who == "袁纯清"} == {
        event for who, event in roles if who == "赵洪祝"
    }
    roles = _took_part(
        "１月２２日，中共中央总书记江泽民出席中纪委第二次全体会议并作重要讲话。（新华社记者齐铁砚摄）\n"
        "本报北京１月２２日讯中共中央总书记江泽民今天在中央纪委二次全会上发表重要讲话。\n"
        "会议由中央政治局常委、中央纪律检查委员会书记尉健行主持。",
        "1998-01-23",
    )
    assert ("尉健行", "中央纪委二次全会") in roles


def test_a_leader_named_by_family_name_and_title_is_the_leader():
    # 新闻联播 2024-08-06: 习主席 (a curated alias, ontology/people.tsv) held the talks
    roles = _took_part(
        "习主席在同瑙鲁总统阿迪昂会谈时指出，这是符合历史大势、顺应时代潮流之举。", "2024-08-06"
    )
    assert ("习主席", "习近平同阿迪昂会谈（2024-08-06）") in roles


def test_an_event_one_will_attend_is_not_dated_by_the_announcement():
    # 新闻联播 2023-08-30: the G20 summit is still to come on the 29th, when it was announced
    found = extract_text(
        "俄罗斯外交部发言人扎哈罗娃29日表示，根据俄总统普京的指示，俄外长拉夫罗夫将率团参加即将在"
        "印度新德里举行的二十国集团领导人峰会。",
        date="2023-08-30",
    )
    summit = [e for e in found.events if e.label.startswith("二十国集团领导人峰会")]
    assert summit and all(e.date is None for e in summit)
    # People's Daily 1998-01-15, page 6: to be held this year, the year its clause gives
    found = extract_text(
        "双方都希望今年将要举行的中马经贸混委会会议能进一步推动两国经贸合作的发展。",
        date="1998-01-15",
    )
    assert [e.date for e in found.events if e.label.startswith("中马经贸混委会会议")] == ["1998"]


def test_one_who_came_to_the_capital_to_attend_attended():
    # People's Daily 1998-01-31, page 1: 来京参加 (京 a place the gap leaves out)
    roles = _took_part(
        "一九九七年九月，作为上海市船舶工业系统唯一的代表，林华卿来京参加了党的第十五次全国代表大会。",
        "1998-01-31",
    )
    assert ("林华卿", "中国共产党第十五次全国代表大会") in roles
    # 新闻联播 2022-09-28: 来自 is where the winners come from; the sage the prize is named after
    # is no one there
    roles = _took_part(
        "第十七届联合国教科文组织孔子教育奖颁奖典礼昨晚（9月27日）在山东曲阜举行，来自巴西、马来西亚"
        "和南非的三个项目获奖，他们在服务残疾人、农村社区和儿童方面取得显著成效。",
        "2022-09-28",
    )
    assert not any(who == "孔子" for who, _event in roles)


def test_the_two_the_storys_meeting_brought_together_meet_at_it():
    # 新闻联播 2024-09-06: 恩巴洛's 会面 with 习近平 is the meeting the story reports
    roles = _took_part(
        "（新闻联播）：9月5日晚，国家主席习近平在北京人民大会堂会见来华出席中非合作论坛北京峰会的"
        "几内亚比绍总统恩巴洛。\n"
        "恩巴洛表示，很高兴再次来华同习近平主席会面。",
        "2024-09-06",
    )
    meetings = {event for _who, event in roles if "会" in event and "峰会" not in event}
    assert len(meetings) == 1 and next(iter(meetings)).startswith("习近平会见")


def test_a_guest_named_twice_is_one_guest_and_年来_is_no_destination():
    # 新闻联播 2024-10-18: 阿拉格齐 once in the meeting's label; he visits 埃及 (近12年来 is since
    # when, not a coming to 伊朗)
    roles = _took_part(
        "埃及总统塞西17日会见了到访的伊朗外交部长阿拉格齐，阿拉格齐此访是近12年来伊朗外长首次访问埃及。",
        "2024-10-18",
    )
    events = {event for who, event in roles if who == "阿拉格齐"}
    assert {e for e in events if "会见" in e} == {
        "阿卜杜勒-法塔赫·塞西会见阿巴斯·阿拉格齐（2024-10-17）"
    }
    visits = {e for e in events if "访问" in e}
    assert "阿巴斯·阿拉格齐访问埃及（2024-10）" in visits and not any("伊朗" in e for e in visits)


def test_how_many_events_is_no_part_of_their_name():
    # People's Daily 1998-01-02, page 3: 这一联欢晚会 is the evening party, not 一联欢晚会
    roles = _took_part(
        "正在南非访问的中国国务院副总理兼外交部长钱其琛参加了这一联欢晚会。", "1998-01-02"
    )
    assert ("钱其琛", "联欢晚会（1998-01-02）") in roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 新闻联播 2024-09-03: what one commemorates may join two wars with 暨, and 胜利 before an
        # anniversary is the victory marked, not a victorious close
        (
            "纪念中国人民抗日战争暨世界反法西斯战争胜利79周年座谈会3日在北京举行。",
            ["纪念中国人民抗日战争暨世界反法西斯战争胜利79周年座谈会"],
        ),
        # 新闻联播 2024-06-17: two anniversaries, one meeting
        (
            "纪念黄埔军校建校100周年暨黄埔军校同学会成立40周年座谈会17日在京举行。",
            ["纪念黄埔军校建校100周年暨黄埔军校同学会成立40周年座谈会"],
        ),
        # People's Daily 1998-01-09, page 2: 本报讯 opens the paper's report, not the name
        (
            "本报讯当代企业改革论坛首届年会１月８日在京召开。",
            ["当代企业改革论坛首届年会"],
        ),
    ],
)
def test_a_commemoration_joined_by_暨_and_a_report_s_opening(text, names):
    assert [m.text for m in extract_events(text)] == names


def test_an_event_one_will_attend_is_dated_by_the_days_its_clause_gives():
    # People's Daily 1998-01-24, page 4: announced on the 23rd, attended from the 31st to 1 Feb
    found = extract_text(
        "新华社北京１月２３日电外交部发言人朱邦造今天在此间宣布：应世界经济论坛主席施瓦布邀请，"
        "国务院副总理李岚清将于１９９８年１月３１日至２月１日出席达沃斯世界经济论坛年会。",
        date="1998-01-24",
    )
    assert [e.date for e in found.events if e.label.startswith("达沃斯世界经济论坛年会")] == [
        "1998-01-31/1998-02-01"
    ]
    # People's Daily 1998-01-16, page 6: the talks he will hold on the 22nd, said on the 14th
    found = extract_text(
        "新华社安曼１月１４日电（记者夏林）正在约旦访问的巴勒斯坦民族权力机构主席阿拉法特１４日在这里"
        "说，他将于本月２２日在华盛顿同美国总统克林顿举行会晤时，敦促克林顿说服以色列总理内塔尼亚胡"
        "改变强硬政策，以挽救中东和平进程。",
        date="1998-01-16",
    )
    assert {e.date for e in found.events if e.event_type == "Meeting"} == {"1998-01-22"}


def test_one_who_attends_and_then_chairs_with_another_chairs_too():
    # 新闻联播 2024-09-05: 王沪宁出席并与…拉马福萨共同主持会议: both chair
    found = extract_text(
        "（新闻联播）：2024年中非合作论坛北京峰会工业化和农业现代化高级别会议9月5日下午在北京举行，"
        "全国政协主席王沪宁出席并与南非总统拉马福萨共同主持会议。",
        date="2024-09-05",
    )
    chairs = {r.head.text for r in found.relations if r.relation == "chaired"}
    assert {"王沪宁", "拉马福萨"} <= chairs


@pytest.mark.parametrize(
    ("text", "date", "host", "guest"),
    [
        # 新闻联播 2024-07-04: 出席…峰会前会见: he meets before attending, and hosts the meeting
        (
            "当地时间7月3日晚，国家主席习近平在阿斯塔纳出席上海合作组织峰会前会见俄罗斯总统普京。",
            "2024-07-04",
            "习近平",
            "普京",
        ),
        # 新闻联播 2024-10-12: 出席…期间会见
        (
            "当地时间10月11日，国务院总理李强在万象出席东亚合作领导人系列会议期间会见新加坡总理黄循财。",
            "2024-10-12",
            "李强",
            "黄循财",
        ),
    ],
)
def test_one_who_meets_someone_while_attending_a_summit_hosts_the_meeting(text, date, host, guest):
    roles = _took_part(text, date)
    meetings = {event for who, event in roles if who == guest and "会见" in event}
    assert meetings and all((host, event) in roles for event in meetings)


def test_bodies_inside_the_name_of_the_event_held_hold_it():
    # 新闻联播 2023-09-22: the briefing the bodies its name opens with held is the event of the
    # day, not the Games its name is about
    found = extract_text(
        "今天（9月22日）下午，杭州第19届亚运会亚奥理事会与杭州亚组委媒体吹风会在主媒体中心新闻发布厅"
        "举行。",
        date="2023-09-22",
    )
    dated = [e.label for e in found.events if e.date == "2023-09-22"]
    assert dated and all("吹风会" in label for label in dated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新闻联播 2024-07-05: a banquet held for those attending is no banquet of theirs
        (
            "峰会开始前，习近平出席托卡耶夫为与会代表团团长举行的欢迎宴会并集体合影。",
            [("欢迎宴会", "欢迎宴会")],
        ),
        # 新闻联播 2024-09-23: 与会 is a word, those attending, before the summit's name
        (
            "在中国驻加纳使馆招待会上，与会嘉宾高度评价中非合作论坛北京峰会成果，相信两国合作前景广阔。",
            [("招待会", None), ("中非合作论坛北京峰会", "中非合作论坛北京峰会")],
        ),
        # 新闻联播 2024-09-20 and 2023-10-18, headlines: what one says of an event is no name
        (
            "萨苏高度评价中非合作论坛北京峰会，称赞习近平主席提出的中非携手推进现代化十大伙伴行动"
            "将为中非关系开启全新篇章。",
            [("中非合作论坛北京峰会", "中非合作论坛北京峰会")],
        ),
        (
            "普京祝贺第三届“一带一路”国际合作高峰论坛圆满成功",
            [("第三届“一带一路”国际合作高峰论坛", "第三届“一带一路”国际合作高峰论坛")],
        ),
        # 新闻联播 2024-09-20, a headline: the Games name whom one met, no occasion of meeting
        ("李强会见第17届残奥会中国体育代表团", [("会见", None), ("第17届残奥会", "残奥会")]),
        # 人民日报 1998-01-16 and 新闻联播 2023-08-15: the book a symposium or a launch is of
        # names it (the title a document of its own, before the mention)
        (
            "新华社北京１月１５日电（解放军报记者王文杰、新华社记者罗玉文）《罗荣桓军事文选》出版"
            "座谈会今天在人民大会堂举行。",
            [("出版座谈会", "《罗荣桓军事文选》出版座谈会")],
        ),
        (
            "14日，《习近平谈治国理政》第一卷斯瓦希里文版首发式暨中肯治国理政研讨会在肯尼亚首都"
            "内罗毕举行。",
            [
                ("第一卷斯瓦希里文版首发式", "《习近平谈治国理政》第一卷斯瓦希里文版首发式"),
                ("中肯治国理政研讨会", "中肯治国理政研讨会"),
            ],
        ),
    ],
)
def test_an_event_s_name_starts_after_what_is_said_of_it_and_for_whom_it_is(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "date", "who", "event"),
    [
        # MSRA: the session of this congress (本届) is the one spoken at
        (
            "此前，在本届大会第三次全会上，阿根廷外长吉多·迪特利亚介绍了马岛问题的进展。",
            None,
            "吉多·迪特利亚",
            "大会第三次全会",
        ),
        # MSRA: a consultation meeting (磋商会) is a conference, where a report is a speech
        (
            "据俄通社—塔斯社援引国家杜马新闻处消息，国家杜马主席谢列兹尼奥夫在磋商会上作报告时再次"
            "强调，杜马的命运比基里延科的命运更为重要。",
            None,
            "谢列兹尼奥夫",
            "谢列兹尼奥夫磋商会（text）",
        ),
    ],
)
def test_one_who_speaks_at_this_session_or_a_consultation_meeting(text, date, who, event):
    assert (who, event) in _spoke(text, date)


def test_a_name_after_he_is_not_who_he_is():
    """MSRA: the spokesman 他 answers a question on 克林顿's trip; 克林顿 was not there."""
    text = (
        "他在新闻发布会上回答关于为何克林顿不顾共和党反对执意下月访华的问题时说，国务院和奥尔布赖特"
        "国务卿都认为，同中国政府进行直接接触对美国国家和人民都有好处。"
    )
    assert _took_part(text, None) == {("克林顿", "比尔·克林顿访问中国（text）")}


@pytest.mark.parametrize(
    ("text", "date", "who", "visit"),
    [
        # People's Daily, 1998-01-12, and MSRA: a trip named 之行, where to before it
        (
            "美国中东和谈特别协调员罗斯１０日结束了为期４天的中东之行。",
            "1998-01-12",
            "罗斯",
            "罗斯访问中东（1998-01）",
        ),
        (
            "他说，钱其琛副总理去年的中东之行，特别是对以色列的访问非常成功，以色列欢迎中国在中东事务中"
            "发挥更大的作用。",
            None,
            "钱其琛",
            "钱其琛访问中东（text）",
        ),
    ],
)
def test_a_trip_named_之行_is_a_visit_of_whom_it_follows(text, date, who, visit):
    assert (who, visit) in _took_part(text, date)


def test_a_visit_named_by_访_and_a_short_form_goes_to_that_country():
    """People's Daily, 1998-01-05: 访韩 says where, so the visit is the one to South Korea
    that 对韩国进行访问 would name."""
    text = "本报汉城１月４日电记者王林昌报道：美国投资家绍罗什３日只身访韩。"
    assert ("绍罗什", "绍罗什访问韩国（1998-01）") in _took_part(text, "1998-01-05")


def test_the_guest_who_says_这是我首次访华_takes_part_in_his_visit():
    """新闻联播 2023-05-26: 我 after 这是 in what 齐塞克迪 says is he, on the visit to China the
    story reported."""
    text = (
        "5月26日下午，国家主席习近平在人民大会堂同来华进行国事访问的刚果（金）总统齐塞克迪举行会谈。"
        "齐塞克迪表示，这是我首次访华，中国共产党为人民幸福进行的伟大奋斗给我留下深刻印象。"
    )
    said = {
        (r.head.value, r.tail.value)
        for r in extract_text(text, date="2023-05-26").relations
        if r.relation == "participatedIn" and "首次访华" in r.evidence.text
    }
    assert said == {("齐塞克迪", "费利克斯·齐塞克迪访问中国（2023-05）")}


def test_a_short_form_after_访_that_opens_a_word_is_no_visit():
    """新闻联播 2023-12-14: the 访日 of 此访日程 (the trip's schedule) is no visit to Japan."""
    text = (
        "阮富仲表示，祝贺习近平总书记这次访问取得圆满成功！习近平总书记此访日程紧凑丰富，意义深远，"
        "不仅见证签署了几十份双边合作文件，更重要的是我们进一步增进了相互理解和信任，决定构建具有"
        "战略意义的越中命运共同体，这对未来两国关系具有决定性意义。"
    )
    assert not [e for e in extract_text(text, date="2023-12-14").events if "日本" in e.label]


def test_one_who_expounds_at_a_conference_speaks_at_it():
    # 新闻联播 2024-05-23 (test38): 阐释, like 阐述 and 阐明, is said at the conference named
    spoke = _spoke(
        "韩正表示，金融是国民经济的血脉。在去年召开的中央金融工作会议上，习近平主席深刻阐释了走中国特色"
        "金融发展之路的基本要义，指明了建设金融强国的前进方向。",
        "2024-05-23",
    )
    assert ("习近平", "中央金融工作会议（2023）") in spoke


def test_the_host_who_greets_the_guest_at_the_car_takes_part_in_the_welcome():
    # 新闻联播 2023-08-23 (test38): the welcome's host, named only as the one who greets the
    # guest where he steps out of the car
    took_part = _took_part(
        "习近平出席南非总统举行的欢迎仪式\n8月的比勒陀利亚，晴空万里，惠风和畅。总统府广场鲜花盛开，"
        "中南两国国旗迎风飘扬。在总统摩托车队护卫下，习近平乘车抵达总统府，拉马福萨在下车处热情迎接。"
        "两国元首登上检阅台。",
        "2023-08-23",
    )
    assert {"习近平", "拉马福萨"} <= {who for who, event in took_part if "欢迎仪式" in event}
    assert not {event for _who, event in took_part if "总统府" in event}  # (arriving there)


def test_arriving_at_an_airport_is_a_step_of_the_visit():
    # 新闻联播 2023-03-21: the airport is where the visit to Russia began, no visit of its own
    events = {
        r.tail.value
        for r in extract_text(
            "习近平抵达莫斯科开始对俄罗斯进行国事访问\n当地时间3月20日下午，国家主席习近平乘专机抵达"
            "莫斯科，应俄罗斯总统普京邀请，对俄罗斯进行国事访问。当地时间下午1时许，习近平乘坐的专机"
            "抵达莫斯科伏努科沃专机机场。",
            date="2023-03-21",
        ).relations
        if r.relation == "participatedIn"
    }
    assert events == {"习近平访问俄罗斯（2023-03）"}


def test_a_speech_a_noun_names_is_no_speech_at_the_story_event():
    """People's Daily 1998-01-31, a page of short news: the investors cheered by Greenspan's
    speech (讲话的鼓舞) do not make him a speaker at, or a side of, Yeltsin's meeting."""
    facts = _took_part(
        "叶利钦在克里姆林宫会见俄主要新闻媒体负责人时强调：“我不能违反宪法。”"
        "由于投资者受到美联储主席格林斯潘讲话的鼓舞，纽约股市２９日连续第四个交易日攀升，"
        "道—琼斯３０种工业股票平均价格指数上升５７．５５点，终盘收于７９７３．０２点。",
        "1998-01-31",
    )
    assert {who for who, _event in facts} == {"叶利钦"}


def test_the_one_who_won_named_after_the_win():
    """People's Daily 1998-01-19: the diver who won the final's silver, named right after
    获得亚军的, won an award there; laurels held (a prize of 1987, a title just won elsewhere)
    and those named by the win (获奖代表) did not win in the story (1998-01-17, 1998-01-16)."""
    assert ("田亮", "田亮获奖（1998-01-19）") in _took_part(
        "决赛时，差距进一步拉大，获得亚军的田亮竟输给了冠军萨乌丁５０多分。", "1998-01-19"
    )
    for laurel, date in (
        ("获１９８７年一等奖的叶明强认为，高素质的研究队伍缺乏稳定的支持。", "1998-01-17"),
        ("指挥为刚在第四十五届法国贝桑松国际指挥比赛中夺得亚军的李心草。", "1998-01-16"),
        ("周黎等获奖代表在会上作了发言。", "1998-01-16"),
    ):
        assert not {event for _who, event in _took_part(laurel, date) if "获奖" in event}


def test_one_named_after_the_clause_a_conference_is_held_in_was_there():
    """People's Daily 1998-01-10: the one titled official named in the clause after the one a
    conference is held in attended it (his 要求 is placed nowhere, so no speech), as he does when
    his sentence follows the conference's; an interview given during a conference is no speech
    to it (1998-01-12)."""
    facts = _took_part(
        "全国统计工作会议一月七日至九日在北京召开，国家统计局局长刘洪要求各级统计机构认真学习贯彻"
        "党的十五大和中央经济工作会议精神，加快改革国家统计制度，切实提高统计数据质量。",
        "1998-01-10",
    )
    assert facts == {("刘洪", "全国统计工作会议（1998-01-07）")}
    roles = {
        role
        for role in ("participatedIn", "spokeAt")
        for r in extract_text(
            "这是公安部副部长李纪周在全国公安边防工作会议期间接受记者采访时所说的。",
            date="1998-01-12",
        ).relations
        if r.relation == role and r.head.text == "李纪周"
    }
    assert roles == {"participatedIn"}


def test_a_list_going_on_after_a_name_and_gifts_brought_along():
    """People's Daily 1998-01-17: 曹志及有关部门负责人 is 曹志 and the officials, who attended
    (金冲及 of the CPPCC's list of 1998-01-24 keeps the 及 of his name); 1998-01-04: a governor
    who brings gifts along (带着慰问品去看望) still pays the call."""
    facts = _took_part(
        "中央社会治安综合治理委员会今天上午在京举行１９９８年第一次全体会议。"
        "中央综治委副主任、最高人民检察院检察长张思卿，中央综治委副主任、全国人大常委会秘书长曹志"
        "及有关部门负责人出席会议。",
        "1998-01-17",
    )
    assert {who for who, _event in facts} == {"张思卿", "曹志"}
    listed = extract_text("陈漱渝、林茂灿、金冲及、周天游、周叔莲、经君健、赵曜", date="1998-01-24")
    assert "金冲及" in {m.text for m in listed.mentions if m.type == "Person"}
    assert ("孙文盛", "孙文盛看望（1997）") in _took_part(
        "１９９７年的最后一个下午，山西省省长孙文盛带领财政、建委等部门的同志，带着慰问品去看望"
        "困难企业———山西第五建筑公司。",
        "1998-01-04",
    )


def test_a_speech_studied_whose_occasion_is_not_named_is_a_conference_of_its_own():
    """新闻联播 2023-05-17: a CPPCC meeting studies 习近平's recent speeches, their occasion not
    named: one undated conference of his, he its speaker, however many sentences cite it; not so
    where the story reports the speech it studies (2023-01-10, the CCDI plenum's speech)."""
    found = extract_text(
        "政协第十四届全国委员会第四次主席会议5月17日在北京召开。中共中央政治局常委、全国政协主席"
        "王沪宁主持会议并讲话。会议学习了习近平总书记近期重要讲话精神。王沪宁表示，全国政协要把"
        "学习贯彻习近平总书记重要讲话精神落实到履职工作中，坚持围绕中心、服务大局。",
        date="2023-05-17",
    )
    speeches = {
        (r.relation, r.tail.value)
        for r in found.relations
        if r.head.text == "习近平" and r.relation in ("participatedIn", "spokeAt")
    }
    assert {relation for relation, _event in speeches} == {"participatedIn", "spokeAt"}
    (event,) = {e for e in found.events if e.label in {label for _r, label in speeches}}
    assert (event.event_type, event.date) == ("Conference", None)
    reported = extract_text(
        "习近平总书记在二十届中央纪委二次全会上发表重要讲话，强调要站在事关党长期执政、"
        "国家长治久安、人民幸福安康的高度，把全面从严治党作为党的长期战略、永恒课题。"
        "与会同志们表示，将深入学习贯彻习近平总书记重要讲话精神，在新时代新征程上一刻不停"
        "推进全面从严治党。",
        date="2023-01-10",
    )
    assert not [e for e in reported.events if e.label.startswith("习近平讲话")]


def test_a_body_issues_what_the_headline_names_and_what_its_clause_goes_on_to():
    """新闻联播 2024-12-10: four departments 印发通知 under the headline that names the notice
    issue it; 2023-09-26: the ministry the sentence opens with goes on, 并同步印发《…》."""
    found = extract_text(
        "《关于进一步做好就业援助工作的通知》发布\n人力资源社会保障部、财政部等四部门日前印发通知，"
        "要求各地进一步落实好就业援助工作。",
        date="2024-12-10",
    )
    issued = {(r.head.text, r.tail.text) for r in found.relations if r.relation == "issued"}
    assert issued == {
        ("人力资源社会保障部", "关于进一步做好就业援助工作的通知"),
        ("财政部", "关于进一步做好就业援助工作的通知"),
    }
    found = extract_text(
        "退役军人事务部今天（9月26日）表示，在全国范围内启用统一的烈士纪念设施保护标志和标识牌，"
        "并同步印发《烈士纪念设施保护标志使用管理办法》，规范烈士纪念设施保护标志的使用。",
        date="2023-09-26",
    )
    issued = {(r.head.text, r.tail.text) for r in found.relations if r.relation == "issued"}
    assert issued == {("退役军人事务部", "烈士纪念设施保护标志使用管理办法")}


def test_a_titled_name_before_and_the_next_title_is_a_list():
    """新闻联播 2024-01-30: 参议长纳梅和众议长卡列 is 纳梅 and 卡列, both met (the tagger ran 和
    into the first name); 国防部长魏凤和上将出席 keeps his 和: no name after the next title."""
    met = _took_part(
        "全国人大常委会委员长赵乐际30日在北京会见哥伦比亚国会主席兼参议长纳梅和众议长卡列。",
        "2024-01-30",
    )
    assert {who for who, _event in met} == {"赵乐际", "纳梅", "卡列"}
    general = extract_text("国务委员兼国防部长魏凤和上将出席。", date="2023-03-01")
    assert "魏凤和" in {m.text for m in general.mentions if m.type == "Person"}


def test_the_words_of_a_clause_around_an_events_name_are_no_part_of_it():
    """What one hopes, ensures or protests, or a clause's adverb, is cut off the name it stands
    before (新闻联播 2022-10-17, 2024-09-22, 2023-05-21 and 2023-09-10): 期待|大会, 确保|全会,
    多国民众持续抗议|七国集团峰会, 希望|浦江创新论坛; but in a quotation the words are the name's
    (新闻联播 2023-11-29, 人民日报 1998-01-27: 希望小学 is a school)."""
    for text, names in (
        (
            "多国人士高度关注中国共产党第二十次全国代表大会，表示中共二十大为中国未来发展作出战略规划，"
            "期待大会为各国与中国的合作提供新机遇。",
            ["中国共产党第二十次全国代表大会", "中共二十大"],
        ),
        (
            "宁夏各级宣讲团吸收了社科理论工作者、青年专家以及乡村致富带头人等各类人才，用通俗易懂的"
            "语言，在基层开展对象化、分众化、互动化的宣讲，确保全会精神能够广泛覆盖。",
            [],
        ),
        ("13.多国民众持续抗议七国集团峰会 批评美国危害世界和平；", ["七国集团峰会"]),
        (
            "希望浦江创新论坛坚持以创新为主题，启迪创新思想、传播创新理念、激励创新精神，"
            "为推进国际科技合作、增进人类共同福祉作出新的贡献。",
            ["浦江创新论坛"],
        ),
        (
            "（新闻联播）：28日，在联合国工业发展组织第二十届大会期间，中国常驻维也纳联合国代表团在"
            "维也纳国际中心举办“携手推动全球发展 加快实现2030年可持续发展目标”研讨会。",
            [
                "联合国工业发展组织第二十届大会",
                "“携手推动全球发展 加快实现2030年可持续发展目标”研讨会",
            ],
        ),
        (
            "正值隆冬，天气却十分晴朗，“天津农民报读者希望小学捐赠仪式”在丽日下举行。",
            ["天津农民报读者希望小学捐赠仪式"],
        ),
    ):
        assert [m.text for m in extract_events(text)] == names, text


def test_work_on_the_spot_is_an_inspection_and_a_send_off_a_host_held_is_an_event():
    """人民日报 1998-01-18: a governor who works on the spot (现场办公) of a disaster inspects it;
    新闻联播 2024-05-11: a send-off (饯行活动) is named when the sentence says who held it (举行的),
    as 活动 is when it says where it was held."""
    spot = extract_text(
        "省长叶连松急驰５００公里赶赴灾区一线，调集物资，现场办公。", date="1998-01-18"
    )
    (inspection,) = spot.events
    assert inspection.event_type == "Inspection"
    assert ("participatedIn", "叶连松", inspection.label) in {
        (r.relation, r.head.text, r.tail.value) for r in spot.relations
    }
    send_off = extract_text(
        "当地时间5月10日中午，国家主席习近平和夫人彭丽媛在布达佩斯应邀出席匈牙利总理欧尔班和夫人举行的"
        "饯行活动。",
        date="2024-05-11",
    )
    (event,) = send_off.events
    assert (event.label, event.date) == ("饯行活动（2024-05-10）", "2024-05-10")
    attended = {r.head.text for r in send_off.relations if r.relation == "participatedIn"}
    assert attended == {"习近平", "彭丽媛"}
