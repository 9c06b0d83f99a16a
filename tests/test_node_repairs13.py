"""What the graph makes a node of, on real passages: the repairs of the thirteenth round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``), copied from days
of the spent node splits (test3, test10, test12) and from days no split or test had used; the
split (or "no split") and day are in the comment of each. None is from the held-out ``test13``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import nodes

# Places: towns the words round them place


def test_settlements_outskirts_and_towns_of_a_region_or_a_state_are_places(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2024-03-24: a settlement (定居点) before the name
        "俄罗斯国防部23日称，俄军在过去一天控制了顿涅茨克地区的定居点克拉斯诺耶。",
        # no split, 2024-08-22: … and after it
        "俄罗斯国防部21日称，俄军已经控制了顿涅茨克地区的热拉诺耶定居点，并摧毁乌军弹药库、燃料库、"
        "导弹、无人机等。",
        # no split, 2024-06-03: a region and 的 before it
        "俄国防部还称，已控制顿涅茨克地区的乌曼斯科耶。",
        # test10 2023-07-27: the same
        "俄罗斯国防部26日称，俄军在卢甘斯克地区的谢尔盖耶夫取得进展，向前推进，并在赫尔松等多个方向"
        "打击乌军目标。",
        # no split, 2023-07-17: what lies near it (附近)
        "美国路易斯安那州普拉克明附近的陶氏化学公司一家化工厂近日起火并引发多次爆炸。",
        # no split, 2023-04-17: that state's town (该州)
        "此外，亚拉巴马州执法部门16日确认，15日晚发生在该州戴德维尔青少年聚会上的枪击事件造成4人死亡，"
        "28人受伤。",
    )
    towns = {"克拉斯诺耶", "热拉诺耶", "乌曼斯科耶", "谢尔盖耶夫", "普拉克明", "戴德维尔"}
    assert towns <= nodes(tmp_path, "Place", *texts)
    assert not towns & nodes(tmp_path, "Person", *texts)


def test_a_foreign_name_right_after_a_state_is_its_town(tmp_path: Path) -> None:
    # no split, 2023-04-16: Dadeville, right after Alabama, no post between.
    text = "当晚亚拉巴马州戴德维尔一个青少年生日聚会现场也发生枪击事件。"
    assert "戴德维尔" in nodes(tmp_path, "Place", text)
    assert "戴德维尔" not in nodes(tmp_path, "Person", text)


# Persons: things named after someone, or by a name in quotes


def test_a_craft_a_laboratory_a_school_or_a_howitzer_named_so_is_no_person(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2023-09-29: 探月工程|嫦娥六号 (the tagger read 程嫦娥)
        "今天（9月29日），玉兔二号月球车传回了最新的月面环拍图，同时，国家航天局发布消息，探月工程"
        "嫦娥六号正按计划开展研制，将于2024年前后实施发射。",
        # no split, 2024-05-25: a laboratory named after Tan Kah Kee
        "在闽期间，丁薛祥前往福州软件园、瑞芯微电子公司、厦门大学、嘉庚创新实验室，调研数字技术研发、"
        "产业培育、人才培养等情况。",
        # no split, 2024-06-03: a national laboratory named after a person
        "据报道，火灾发生在劳伦斯·利弗莫尔国家实验室管理的地区内，该实验室是美国核武器科学和技术的"
        "重要研究中心之一。",
        # test12 2024-02-10: a school named after General Su Yu
        "在歌咏节目《如果要写年》中，来自湖南省会同县粟裕希望小学田野诗班的孩子们以纯真的童心和想象"
        "感动了无数观众。",
        # no split, 2023-05-13: a self-propelled howitzer in quotes
        "俄罗斯国防部12日称，俄军在赫尔松、巴赫穆特西部等方向打击乌军人员和军事装备，并摧毁美制M109"
        "“帕拉丁”自行榴弹炮系统等装备。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"程嫦娥", "嘉庚", "劳伦斯·利弗莫尔", "粟裕", "帕拉丁"} & people
    assert "丁薛祥" in people


# Persons: what the words round a name show it is


def test_languages_route_sections_idioms_and_places_with_a_numeral_are_no_person(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2023-09-19: languages of a list
        "《习近平关于尊重和保障人权论述摘编》阿拉伯文、葡萄牙文、德文、斯瓦希里文、乌尔都文及越南文版，"
        "近日由外文出版社出版发行。",
        # test3 2024-06-29 and no split, 2024-09-14: sections of a railway
        "（3）兰张高铁兰武段今天开通运营；",
        "【奋进强国路 阔步新征程】龙龙高铁梅龙段开通 中国铁路营业里程突破16万公里；",
        # no split, 2024-03-31: Hami, then 十三间房 (a place of thirteen rooms)
        "在新疆，全疆单体规模最大的风储一体化项目——哈密十三间房百万千瓦风储一体化项目首台风机日前成功"
        "并网发电，项目横跨哈密、吐鲁番两地，完成了绿电上网。",
        # no split, 2023-02-21: an idiom (五谷丰登)
        "在青海海北、玉树等地，藏家儿女们换上节日盛装，点燃松柏枝，撒上青稞面，共同祝愿新的一年五谷丰登"
        "、吉祥如意。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"德文", "斯瓦希里文", "兰武段", "梅龙段", "哈密十", "谷丰登"} & people
    assert "习近平" in people
    assert not {"葡萄牙文", "德文"} & nodes(tmp_path, "Place", *texts)


def test_a_variant_a_countrys_media_and_a_wish_are_no_person(tmp_path: Path) -> None:
    texts = (
        # no split, 2022-11-22: a variant of the virus (ontology/generic_names.txt)
        "近期，新冠病毒奥密克戎毒株新亚型在美国加速传播。",
        # no split, 2024-01-29: US media
        "另据美媒报道，去年12月，有30.2万名非法移民从南部边境进入美国，创月度新高。",
        # no split, 2022-10-21: a post, 的 and a word: no title before a name
        "总书记的殷切希望为当代青年成长成才指引方向。",
    )
    assert not {"奥密克戎", "美媒", "殷切希望"} & nodes(tmp_path, "Person", *texts)


# Persons: a known name with a word glued on either side


def test_a_known_name_loses_a_preposition_after_it_or_a_words_end_before_it(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2023-09-16: 李希|在哈瓦那出席
        "当地时间9月15日，习近平主席特别代表中共中央政治局常委、中央纪委书记李希在哈瓦那出席“77国集团"
        "和中国”峰会并发表致辞。",
        # no split, 2023-11-30: 允|许拉夫罗夫 (允许, to allow)
        "欧盟外交与安全政策高级代表博雷利表示，北马其顿允许拉夫罗夫参会，符合“保持多边主义活力的共同"
        "目标”。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert {"李希", "谢尔盖·拉夫罗夫"} <= people
    assert not {"李希在哈瓦那", "许拉夫罗夫"} & people


def test_model_and_flight_numbers_a_pair_s_slash_and_a_name_run_on_are_mended(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2024-09-08: a drone's model
        "MQ-9属于察打一体无人机，可执行侦察监视任务，也可挂载导弹打击地面目标。",
        # no split, 2023-05-28: a flight's number, and a pair of players
        "上午10时32分，航班号MU9191的首航飞机起飞。",
        "随后在女双决赛中，陈梦/王艺迪同样3比0战胜韩国组合，为中国队拿下本届世乒赛的第三金，这也是中国队"
        "世乒赛该项目18连冠。",
        # no split, 2024-12-29: a headline runs a known name into its verb (尹锡悦|成)
        "8. 韩国经历6小时“戒严令风波” 尹锡悦成韩国史上第三位遭国会弹劾总统",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert {"陈梦", "王艺迪", "尹锡悦"} <= people
    assert not {"MQ-9", "MU9191", "陈梦/", "尹锡悦成韩国史"} & people


def test_a_town_the_tagger_cut_before_its_kind_is_one_place(tmp_path: Path) -> None:
    texts = (
        # no split, 2023-02-21: 帕拉斯科维耶|夫卡镇
        "俄罗斯国防部20日称，俄军控制了巴赫穆特北郊的帕拉斯科维耶夫卡镇，该镇扼守通往巴赫穆特的北部"
        "铁路线。",
        # no split, 2023-02-09: 卡赫拉曼马|拉什省
        "总台记者8日抵达卡赫拉曼马拉什省的省会卡赫拉曼马拉什市，当地基础设施损毁严重。",
    )
    places = nodes(tmp_path, "Place", *texts)
    assert {"帕拉斯科维耶夫卡镇", "卡赫拉曼马拉什省"} <= places
    assert not {"夫卡镇", "拉什省"} & places
    assert not {"帕拉斯科维耶", "卡赫拉曼马"} & nodes(tmp_path, "Person", *texts)


def test_a_storm_whose_strength_falls_and_a_unit_named_after_a_hero_are_no_person(
    tmp_path: Path,
) -> None:
    texts = (
        # no split, 2023-07-29: typhoon Doksuri
        "7.“杜苏芮”强度减弱 受其影响多地降雨；",
        # no split, 2024-02-13: the air force's Wang Hai group
        "5.空军“王海大队”：锻造敢打必胜的长空利剑",
    )
    assert not {"杜苏芮", "王海"} & nodes(tmp_path, "Person", *texts)


def test_towns_the_news_keeps_naming_are_in_the_tables(tmp_path: Path) -> None:
    texts = (
        # test12 2023-01-14: Soledar
        "乌克兰国防部13日称，乌军部队仍在索列达尔继续作战。",
        # no split, 2024-07-16: Shuja'iyya, a quarter of Gaza City
        "据巴勒斯坦媒体15日报道，加沙城舒贾亚，加沙地带中部的迈加齐难民营和努赛赖特难民营，南部汗尤尼斯等"
        "多地当天遭到以军袭击，造成人员伤亡。",
        # no split, 2023-04-17: Louisville
        "这是路易斯维尔不到一周内发生的第二起导致至少4人死伤的大规模枪击事件。",
    )
    towns = {"索列达尔", "舒贾亚", "路易斯维尔"}
    assert towns <= nodes(tmp_path, "Place", *texts)
    assert not towns & nodes(tmp_path, "Person", *texts)
