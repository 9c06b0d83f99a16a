"""What the graph makes a node of, on real passages: the repairs of the fifth round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) and of People's
Daily, January 1998, copied from days of the spent node splits (dev, test, test2, test3, test4)
and of days no split uses; the day is in the comment of each. None is from the held-out
``test5``.
"""

from __future__ import annotations

from test_node_repairs import names


def test_a_dictionary_word_never_standing_as_a_name_is_no_person() -> None:
    # 2024-01-05 and 2023-05-31 (test4): a vegetable, a branch of service, 立德树人.
    text = "孩子们拿着水桶、铲子、耙子、毛笔，为西红柿、黄瓜等浇水、松土、除草、授粉。"
    assert names(text, "Person") == []
    text = "新年开训，空军航空兵、雷达兵、地空导弹兵等多个兵种围绕多机种协同展开训练。"
    assert names(text, "Person") == []
    text = "教育的根本任务是立德树人，培养德智体美劳全面发展的社会主义建设者和接班人。"
    assert names(text, "Person") == []
    # test2: seafood and an instrument.
    text = "在盛产大黄鱼、鲍鱼、海带的福州连江县，当地立足水产资源做大产业。"
    assert names(text, "Person") == []


def test_a_dictionary_word_that_stands_as_a_name_stays_a_person() -> None:
    # dev–test4 (test, test2, test4): names that are words of jieba's dictionary too, each standing
    # after a word for who the person is, in a list with 和, or with what the person does.
    assert "冼星海" in names("80多年前，中哈两位音乐家冼星海和拜卡达莫夫在阿拉木图相识。", "Person")
    assert "王欣然" in names(
        "由李文龙、张楚桐、钟宇晨和王欣然组成的中国队，勇夺混合团体接力金牌。", "Person"
    )
    assert "许振超" in names("“人民工匠”国家荣誉称号获得者许振超：中国产业工人的脊梁", "Person")
    # and a short form in brackets after a body is left to the body (圣战组织（杰哈德）).
    text = "巴勒斯坦伊斯兰圣战组织（杰哈德）下属武装派别圣城旅称，与以军交火。"
    assert "杰哈德" in names(text, "Person")


def test_a_name_one_character_short_of_another_is_another_person_where_nothing_was_cut() -> None:
    """刘奇 (vice-chair of the CPPCC) and 刘奇葆 in one story, 2023-03-13 (test4): two people,
    for no 刘奇 of the story is followed by 葆 (the tagger cut nothing)."""
    from kgraph.extract import extract_text
    from kgraph.identity import resolve_identities
    from test_identity import _document, _keys

    documents = [
        _document(
            "xwlb/2023-03-13#1",
            "2023-03-13",
            "出席会议的还有：张春贤、吉炳轩、万鄂湘、陈竺、魏凤和、张庆黎、刘奇葆、万钢、卢展工。"
            "执行主席在主席台前排就座。他们是：赵乐际、李鸿忠、王东明、彭清华、张庆伟、刘奇。\n",
        )
    ]
    extractions = [extract_text(d.raw, date=d.date, doc=d.id) for d in documents]
    identities = resolve_identities(documents, extractions)
    assert _keys(identities, extractions, "刘奇") == {("Person", "刘奇")}
    assert _keys(identities, extractions, "刘奇葆") == {("Person", "刘奇葆")}


def test_a_committee_named_without_its_owner_is_generic() -> None:
    # 2023-03-13 (test4): the CPPCC's special committees, listed without 全国政协.
    text = (
        "会议通过了政协第十四届全国委员会常务委员会关于设置专门委员会的决定，决定设置提案委员会、"
        "经济委员会、农业和农村委员会、人口资源环境委员会、教科卫体委员会、社会和法制委员会、"
        "民族和宗教委员会、港澳台侨委员会、外事委员会、文化文史和学习委员会十个专门委员会。"
    )
    bodies = names(text, "Organization")
    assert "政协第十四届全国委员会常务委员会" in bodies
    assert not {"经济委员会", "外事委员会", "教科卫体委员会", "人口资源环境委员会"} & set(bodies)


def test_a_body_named_by_its_number_takes_its_place() -> None:
    # pfr 1998-01-22 (test4): 包头市|第二医院 is one hospital.
    text = "本报讯春节前夕，内蒙古包头市第二医院派出第十四批医疗队。"
    assert "包头市第二医院" in names(text, "Organization")
    assert "第二医院" not in names(text, "Organization")


def test_a_place_run_into_a_word_of_the_dictionary_ends_before_it() -> None:
    # 2023-06-04 (test4): 安卡拉|宣誓.
    text = "土耳其总统埃尔多安3日在首都安卡拉宣誓就职，并宣布新内阁成员名单。"
    assert "安卡拉" in names(text, "Place") and "安卡拉宣" not in names(text, "Place")


def test_a_storm_is_no_person() -> None:
    # 2024-09-19 (test4): a typhoon's name in quotes.
    assert names("（4）台风“普拉桑”登陆 各地全力应对", "Person") == []


def test_a_station_is_a_place_and_a_temple_fair_no_body() -> None:
    # 2024-01-05 and pfr 1998-01-16 (test4).
    text = (
        "长三角区域互通工程也在加速推进。今天（1月5日），苏州南站站房主体封顶，进入装饰装修阶段。"
    )
    assert "苏州南站" in names(text, "Place") and names(text, "Organization") == []
    assert names("北京龙潭庙会韵味浓", "Organization") == []


def test_a_place_read_across_two_known_places_is_those_two() -> None:
    # 2024-05-05 (test4): 江|西南|昌; a region stays one.
    text = "后返程务工旅客提前出发。今天，江西南昌、安徽阜阳等地铁路客流持续增长。"
    places = names(text, "Place")
    assert "西南" not in places and "南昌市" in places
    assert names("西南地区东部将有小雨。", "Place") == ["西南"]


def test_what_is_everywhere_is_no_place() -> None:
    # 2023-10-14 (test4): bookstores nationwide.
    text = "《习近平著作选读》单行本，已由人民出版社出版，即日起在全国新华书店发行。"
    assert names(text, "Place") == []


def test_a_known_body_after_a_word_of_the_dictionary_is_the_body() -> None:
    # 2023-03-13 (test4): 践行|人民政协, 新时代|人民政协; a term or a qualifier stays.
    assert names("践行人民政协为人民的理念，从", "Organization") == ["中国人民政治协商会议"]
    text = "守正创新、担当作为，在已有基础上努力开创新时代人民政协事业发展新局面。"
    assert names(text, "Organization") == ["中国人民政治协商会议"]
    assert "联邦最高法院" in names("美国联邦最高法院裁定", "Organization") or not any(
        name == "最高人民法院" for name in names("美国联邦最高法院裁定", "Organization")
    )


def test_a_meeting_of_bureau_chiefs_names_no_body() -> None:
    # pfr 1998-01-16 (test4): 全国新闻出版局|长会议.
    assert names("全国新闻出版局长会议今天在京召开。", "Organization") == []


def test_a_railway_is_no_person_and_its_section_no_place() -> None:
    # 2022-10-25 and 2024-08-29 (test4): 渝昆|高铁, 匈塞铁路|匈牙利段.
    text = "（3）渝昆高铁云南段首座大桥连续梁完成混凝土浇筑施工"
    assert names(text, "Person") == [] and "渝昆高铁" in names(text, "Place")
    assert names("（1）匈塞铁路匈牙利段全面进入铺轨施工阶段", "Place") == ["匈塞铁路"]


def test_a_post_of_every_body_has_no_owner() -> None:
    # 2023-03-13 (test4): 各专门委员会|主任、副主任.
    text = "通过了政协第十四届全国委员会副秘书长任命名单和各专门委员会主任、副主任名单"
    posts = names(text, "Position")
    assert "政协第十四届全国委员会副秘书长" in posts
    assert not any(post.startswith("各") for post in posts)
