"""What the graph makes a node of, on real passages: people who share a short form.

Chinese news names a foreign leader by one part of the name: 穆罕默德 is the crown prince of
Saudi Arabia, the president of the Emirates and the prime minister of Qatar; 扎帕罗夫 was both
the president and the prime minister of Kyrgyzstan in 2021–2024. The posts before or right
after the name (``ontology/careers.tsv``) tell which one a document means. The passages are
CCTV 新闻联播 lines (``xwlb_dev.jsonl.gz``); the day is in the comment of each.
"""

from __future__ import annotations

from pathlib import Path

from conftest import build, edges, labels


def _page(day: str, headline: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"# 《新闻联播》 ({day})\n\n### {headline}\n\n{body}\n"


def test_a_short_form_several_curated_people_share_is_the_one_whose_post_it_follows(
    tmp_path: Path,
) -> None:
    graph = build(
        tmp_path,
        # 2023-03-28: the crown prince and prime minister of Saudi Arabia
        _page(
            "20230328",
            "习近平同沙特王储兼首相通电话",
            "（新闻联播）：3月28日，国家主席习近平同沙特王储兼首相穆罕默德通电话。",
        ),
        # 2024-05-31: the president of the Emirates
        _page(
            "20240531",
            "李强会见阿联酋总统",
            "（新闻联播）：国务院总理李强31日在京会见阿联酋总统穆罕默德。",
        ),
        # 2023-04-24: the prime minister of Qatar
        _page(
            "20230424",
            "国际联播快讯",
            "卡塔尔首相兼外交大臣穆罕默德23日与沙特外交大臣费萨尔通话，双方呼吁苏丹双方停止武装冲突，"
            "通过对话协商方式和平化解分歧。",
        ),
        name="{}.md",
    )
    met = edges(graph, "metWith")
    assert ("习近平", "穆罕默德·本·萨勒曼") in met or ("穆罕默德·本·萨勒曼", "习近平") in met
    assert ("李强", "穆罕默德·本·扎耶德·阿勒纳哈扬") in met
    people = labels(graph, "Person")
    assert "穆罕默德·本·阿卜杜勒拉赫曼·阿勒萨尼" in people
    assert "穆罕默德" not in people and not any("（" in p for p in people)


def test_the_premier_and_the_president_of_one_name_are_two_people(tmp_path: Path) -> None:
    graph = build(
        tmp_path,
        # 2023-10-25: the premier meets Li Qiang at the airport (his title after his name)
        _page(
            "20231025",
            "李强抵达比什凯克出席上海合作组织成员国政府首脑（总理）理事会第二十二次会议并对吉尔吉斯斯坦"
            "进行正式访问",
            "<strong>央视网消息</strong>（新闻联播）：扎帕罗夫总理率政府高级官员到机场迎接。"
            "中国驻吉尔吉斯斯坦大使杜德文也到机场迎接。<br>",
            "扎帕罗夫在机场为李强举行隆重欢迎仪式。军乐队高奏中吉两国国歌。李强在扎帕罗夫陪同下检阅了仪仗队。",
        ),
        # 2024-07-04: the president
        _page(
            "20240704",
            "习近平会见吉尔吉斯斯坦总统",
            "（新闻联播）：当地时间7月3日下午，国家主席习近平在阿斯塔纳出席上海合作组织峰会前会见"
            "吉尔吉斯斯坦总统扎帕罗夫。",
        ),
        name="{}.md",
    )
    accompanied = {(person, event) for person, event in edges(graph, "accompanied")}
    assert any(p == "阿克尔别克·扎帕罗夫" for p, _ in accompanied), accompanied
    # the event is named after the one who was there, not after his namesake
    assert all("萨德尔" not in event for _, event in accompanied)
    assert ("习近平", "萨德尔·扎帕罗夫") in edges(graph, "metWith")
    posts = edges(graph, "holdsPosition")
    assert ("阿克尔别克·扎帕罗夫", "总理") in posts
    assert {post for person, post in posts if person == "萨德尔·扎帕罗夫"} == {"吉尔吉斯斯坦总统"}
    aliases = {
        data["label"]: data["aliases"]
        for _node, data in graph.nodes(data=True)
        if data["type"] == "Person"
    }
    assert "萨德尔·扎帕罗夫" not in aliases["阿克尔别克·扎帕罗夫"]


def test_two_people_of_one_given_name_in_one_story_stay_unnamed(tmp_path: Path) -> None:
    # 2022-12-04: the president and the vice-president of the Emirates in one list of senders
    graph = build(
        tmp_path,
        _page(
            "20221204",
            "多国领导人对江泽民同志逝世表示哀悼",
            "科威特埃米尔纳瓦夫、科威特王储米沙勒、埃塞俄比亚总统萨赫勒、喀麦隆总统比亚、阿联酋总统穆罕默德、"
            "卡塔尔埃米尔塔米姆、阿曼苏丹海赛姆、巴林国王哈马德、阿联酋副总统兼总理穆罕默德、卡塔尔副埃米尔"
            "阿卜杜拉和首相兼内政大臣哈立德、非盟委员会主席法基等也就江泽民同志逝世向江泽民同志家属、中国政府和"
            "中国人民致以最深切的慰问。",
        ),
        name="{}.md",
    )
    people = labels(graph, "Person")
    assert "穆罕默德·本·扎耶德·阿勒纳哈扬" not in people
    assert "穆罕默德·本·拉希德·阿勒马克图姆" not in people


def test_a_post_of_the_career_in_the_headline_says_who_a_short_form_is(tmp_path: Path) -> None:
    # 2024-09-09: 桑切斯 (a form the tables only resolve) under a headline that names his post
    graph = build(
        tmp_path,
        _page(
            "20240909",
            "李强同西班牙首相会谈",
            "<strong>央视网消息</strong>（新闻联播）：欢迎仪式后，李强同桑切斯举行会谈。<br>",
            "李强表示，中方高度重视中西关系发展。",
        ),
        name="{}.md",
    )
    assert ("李强", "佩德罗·桑切斯") in edges(graph, "metWith")
    assert "桑切斯" not in labels(graph, "Person")


def test_a_short_form_in_an_item_whose_headline_gives_the_leaders_post(tmp_path: Path) -> None:
    # 2023-10-16: two items of one page; the second names 阿比 (a form the tables only
    # resolve) only after its headline gave his post, the first after the post itself
    page = (
        "# 《新闻联播》 (20231016)\n\n"
        "### 李强举行仪式欢迎埃塞俄比亚总理访华\n\n"
        "<p><strong>央视网消息</strong>（新闻联播）：16日上午，国务院总理李强在北京人民大会堂举行仪式，"
        "欢迎埃塞俄比亚总理阿比对我国进行正式访问。</p>\n\n"
        "### 李强同埃塞俄比亚总理会谈\n\n"
        "<p><strong>央视网消息</strong>（新闻联播）：欢迎仪式后，李强同阿比会谈。</p>\n"
    )
    graph = build(tmp_path, page, name="{}.md")
    assert ("李强", "阿比·艾哈迈德") in edges(graph, "metWith")
    assert "阿比" not in labels(graph, "Person")


def test_a_title_right_after_a_short_form_says_who_it_is(tmp_path: Path) -> None:
    # 2024-04-10: 布克尔总统 (a form the tables only resolve, its title after it)
    graph = build(
        tmp_path,
        _page(
            "20240410",
            "韩正会见萨尔瓦多新思想党高级干部考察团",
            "韩正表示，中萨建交5年多来，两国关系全面快速发展。2019年，习近平主席同来华访问的布克尔总统"
            "达成重要共识。",
        ),
        name="{}.md",
    )
    people = labels(graph, "Person")
    assert "纳伊布·布克尔" in people and "布克尔" not in people


def test_a_building_where_one_meets_is_no_one_who_meets(tmp_path: Path) -> None:
    # 2024-10-14: 在越南国会大厦会见 (the host is 李强, not the building)
    graph = build(
        tmp_path,
        _page(
            "20241014",
            "李强会见越南国会主席陈青敏",
            "<strong>央视网消息</strong>（新闻联播）：当地时间10月13日，国务院总理李强在越南国会大厦会见越南"
            "国会主席陈青敏。",
        ),
        name="{}.md",
    )
    assert ("李强", "陈青敏") in edges(graph, "metWith")
    assert "国会大厦" not in labels(graph, "Person")
    assert not any("国会大厦" in event for event in labels(graph, "Event"))


def test_a_foundation_named_after_its_founders_is_no_one(tmp_path: Path) -> None:
    # 2024-12-03: 何梁何利基金 (the Ho Leung Ho Lee Foundation) is a body the tables know
    graph = build(
        tmp_path,
        _page(
            "20241203",
            "丁薛祥出席何梁何利基金2024年度颁奖大会并讲话",
            "<strong>央视网消息</strong>（新闻联播）：中共中央政治局常委、国务院副总理丁薛祥3日在京出席"
            "何梁何利基金2024年度颁奖大会并讲话。</p><p>今年是何梁何利基金成立30周年，30年来，共奖励了"
            "1638位科技工作者。",
        ),
        name="{}.md",
    )
    assert not {"何梁", "何利"} & labels(graph, "Person")
    assert "何梁何利基金" in labels(graph, "Organization")


def test_a_parliament_the_tagger_does_not_read_owns_its_chair_s_post(tmp_path: Path) -> None:
    # 2024-09-08: 国家大呼拉尔主席 (Mongolia's parliament) is a list item of its own, after
    # 蒙古国总理奥云额尔登、总统呼日勒苏赫: its chair was met too
    graph = build(
        tmp_path,
        _page(
            "20240908",
            "韩正访问蒙古国",
            "<strong>央视网消息</strong>（新闻联播）：9月6日至8日，国家副主席韩正应邀访问蒙古国，在乌兰巴托"
            "先后会见蒙古国总理奥云额尔登、总统呼日勒苏赫、国家大呼拉尔主席阿玛尔巴伊斯格楞。",
            "会见阿玛尔巴伊斯格楞时，韩正赞赏蒙方坚持将发展对华友好合作关系作为外交政策首要方针，"
            "赞赏蒙方坚定奉行一个中国原则，支持两国立法机构和政党加强交流合作，期待蒙古国家大呼拉尔"
            "继续为推动中蒙关系行稳致远发挥重要作用。",
            "阿玛尔巴伊斯格楞表示，同中国保持和加强互利互惠友好合作关系是蒙战略选择和朝野共识，"
            "期待同中方进一步扩大交流合作，互学互鉴，助力两国友好合作不断拓展深化。",
        ),
        name="{}.md",
    )
    met = {guest for host, guest in edges(graph, "metWith") if host == "韩正"}
    chairs = {p for p, post in edges(graph, "holdsPosition") if post == "蒙古国国家大呼拉尔主席"}
    assert len(met) == 3 and met & chairs


def test_a_memorial_body_named_after_someone_is_no_one(tmp_path: Path) -> None:
    # 2022-12-25: 巴特尔纪念研究所 (the Battelle Memorial Institute), the tagger cut after the
    # name in a list of people, was a 巴特尔 who held the NIH post the list item before names
    graph = build(
        tmp_path,
        _page(
            "20221225",
            "俄国防部公布在乌军事生物研究项目关键人物名单",
            "<strong>央视网消息</strong>（新闻联播）：俄国防部已掌握在乌克兰进行军事生物研究项目的所有"
            "关键人物名单，包括美国国防部减少威胁局前局长肯尼思·迈尔斯、美国国立卫生研究院前院长弗朗西斯·"
            "柯林斯、巴特尔纪念研究所前首席执行官杰弗里·沃兹沃思，以及美国辉瑞公司部分高层人员等。",
        ),
        name="{}.md",
    )
    assert "巴特尔" not in labels(graph, "Person")
    assert ("弗朗西斯·柯林斯", "美国国立卫生研究院前院长") in edges(graph, "holdsPosition")


def test_a_namesake_beside_the_curated_person_in_one_list_keeps_his_own_post(
    tmp_path: Path,
) -> None:
    # 2023-03-14: one story of greetings names Saudi Arabia's King Salman and, further down,
    # Bahrain's crown prince Salman: the king keeps his post, the crown prince's is not his
    graph = build(
        tmp_path,
        _page(
            "20230314",
            "外国领导人热烈祝贺习近平当选国家主席",
            "沙特国王萨勒曼、王储兼首相穆罕默德表示，值此您再次当选、开启新任期之际，谨向您致以诚挚"
            "祝贺和良好祝福，祝友好的中国人民不断发展、进步。",
            "向习近平主席致贺的还有：巴林国王哈马德、约旦国王阿卜杜拉二世、捷克总统帕维尔、巴林王储兼"
            "首相萨勒曼、格鲁吉亚总理加里巴什维利。",
        ),
        name="{}.md",
    )
    king = "萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特"
    held = edges(graph, "holdsPosition")
    assert (king, "沙特阿拉伯国王") in held
    assert not {post for person, post in held if person == king and "巴林" in post}
    assert ("萨勒曼", "巴林王储") in held or ("萨勒曼", "巴林首相") in held


def test_a_curated_name_after_another_countrys_post_is_a_namesake(tmp_path: Path) -> None:
    # 2024-05-23: 哥伦比亚外长穆里略 is Colombia's foreign minister, not Nicaragua's vice
    # president 罗萨里奥·穆里略, whose short form the people table lists
    graph = build(
        tmp_path,
        _page(
            "20240523",
            "以军空袭加沙地带多个目标 巴武装组织称打击以军坦克",
            "哥伦比亚外长穆里略22日表示，哥伦比亚决定在拉姆安拉设立哥伦比亚大使馆。",
        ),
        name="{}.md",
    )
    assert ("穆里略", "哥伦比亚外长") in edges(graph, "holdsPosition")
    assert "罗萨里奥·穆里略" not in labels(graph, "Person")


def test_a_curated_persons_post_fits_the_career_whatever_stands_before_it(tmp_path: Path) -> None:
    # 2024-07-04: 欧洲理事会当选主席 is the career's 欧洲理事会主席, not yet taken up; 人民日报
    # 1998: the country that opens the clause (伊拉克将在联合国秘书长安南…) owns no post of the UN
    graph = build(
        tmp_path,
        _page(
            "20240704",
            "习近平向欧洲理事会当选主席科斯塔致贺电 李强向科斯塔致贺电",
            "<strong>央视网消息</strong>（新闻联播）：7月4日，国家主席习近平致电安东尼奥·科斯塔，祝贺他"
            "当选欧洲理事会新一届主席。",
        ),
        name="{}.md",
    )
    assert "科斯塔" not in labels(graph, "Person")
    graph = build(
        tmp_path,
        "人民日报 1998年1月16日\n据报道，伊拉克石油部长拉希德当天在巴格达宣布，伊拉克将在"
        "联合国秘书长安南批准石油分配计划的两天后开始出口石油。\n",
    )
    assert ("科菲·安南", "联合国秘书长") in edges(graph, "holdsPosition")
