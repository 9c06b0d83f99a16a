"""What the graph makes a node of, on real passages: the repairs of the sixth round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) and of People's
Daily, January 1998, copied from days of the spent node splits (dev, test, test2 … test5); the
split is in the comment of each. None is from the held-out ``test6``.
"""

from __future__ import annotations

from test_node_repairs import names


def test_a_name_ends_at_a_comma() -> None:
    # test5: the town, then the clause of where the railway ends.
    text = (
        "作为“晋煤外运”的重要通道，西起山西吕梁市兴县瓦塘镇，东至山东日照港的瓦日铁路每天"
        "煤炭发送量增至26万吨。"
    )
    places = names(text, "Place")
    assert "瓦塘镇" in places
    assert not any("，" in place for place in places)


def test_one_of_a_place_or_a_bodys_things_is_no_part_of_its_name() -> None:
    # test5: 一名炮兵部队指挥官 is one of the force's commanders.
    text = (
        "以色列国防军10日称，以军打死了黎真主党武装一名炮兵部队指挥官，"
        "并封堵了该武装的一处大型地下隧道。"
    )
    bodies = names(text, "Organization")
    assert "黎真主党武装" in bodies
    assert not any("一名" in body for body in bodies)
    # dev: a school of the city, no name.
    text = "美国田纳西州纳什维尔一所小学发生枪击事件造成6人遇害后，当地民众28日集会。"
    assert not any("一所" in name for name in names(text, "Organization") + names(text, "Place"))


def test_a_place_and_near_it_is_the_place() -> None:
    # test5: 阿夫杰耶夫卡|附近, a town the model read as a person with 附 glued on.
    text = "俄称在阿夫杰耶夫卡附近取得进展 乌称袭击俄军指挥所"
    assert "阿夫杰耶夫卡" in names(text, "Place")
    assert names(text, "Person") == []


def test_a_town_then_ordinary_words_is_the_town() -> None:
    # test5: the town's private firms.
    text = "盛泽镇民营企业众多，为了能进一步提高创新能力，越来越多的中小企业选择和科研院所“牵手”。"
    assert names(text, "Place") == ["盛泽镇"]


def test_a_country_or_a_city_then_a_place_in_it_are_two_places() -> None:
    # test5: a country glued to its city.
    text = "位于黎巴嫩南部的卡桑旅人员还向以色列纳哈里亚、海法等地发射火箭弹。"
    places = names(text, "Place")
    assert "以色列" in places and "纳哈里亚" in places
    # test (辽宁大连石河村) and dev (九龙坡区谢家湾街道民主村): a city, a street, a village.
    places = names("在辽宁大连石河村，依山而建的粉黛花田和金色梯田正呈现丰收景象。", "Place")
    assert "石河村" in places and "辽宁大连石河村" not in places
    places = names("九龙坡区谢家湾街道民主村社区是个老小区，2022年初启动更新改造。", "Place")
    assert "谢家湾街道" in places and "民主村" in places
    # test: two rivers joined by 和.
    text = "短时强降雨导致陕西宝鸡石坝河和瓦峪河涨水漫堤，部分桥梁被冲毁。"
    places = names(text, "Place")
    assert "瓦峪河" in places and "石坝河" in places
    # … but a country's name is never cut inside a longer one (test5), nor a peninsula off it.
    text = "今年以来，习主席同印度尼西亚、巴基斯坦等众多亚洲国家领导人举行会谈会见。"
    assert "印度尼西亚" in names(text, "Place")
    assert "朝鲜半岛" in names("朝鲜半岛局势持续紧张。", "Place")


def test_two_bodies_joined_by_and_are_two() -> None:
    # test5: a free-trade zone's area and a customs house.
    text = (
        "江苏自贸试验区南京片区与金陵海关联合，为汽车出口企业量身定制了一体化通关方案，"
        "企业只需在属地海关完成申报。"
    )
    bodies = names(text, "Organization")
    assert "金陵海关" in bodies
    assert not any("与" in body for body in bodies)
    # dev: one body with 与 in its name.
    text = "美国海关与边境保护局一名官员称，为应对抗议活动，边境巡逻队已将移民转移到其他地方。"
    assert "美国海关与边境保护局" in names(text, "Organization")


def test_a_body_of_a_province_or_city_the_text_does_not_name_is_no_node() -> None:
    # dev (People's Daily): the city's police.
    text = "市公安局加大管理和执法力度，半个月之内，重庆整治城区交通秩序取得实效。"
    assert names(text, "Organization") == []


def test_two_countries_short_forms_joined_by_and_are_no_place() -> None:
    # test5: Iran and the USA.
    text = "哈梅内伊说，伊与美举行会谈或建立关系只会损害伊斯兰革命。"
    assert names(text, "Place") == []


def test_a_product_is_no_body_nor_place() -> None:
    # test2: a series of engines; test4: a gas turbine's model in quotes.
    text = "本届航展上，太行系列航空发动机、新一代载人火箭等先进装备也精彩亮相。"
    assert "太行" not in names(text, "Place") + names(text, "Organization")
    text = "我国拥有自主知识产权的110兆瓦级重型燃气轮机——“太行110”重型燃气轮机通过产品验证鉴定。"
    assert "太行" not in names(text, "Place") + names(text, "Organization")


def test_a_kind_of_programme_or_company_is_no_body() -> None:
    # test2: workshops many colleges run, cut by the tagger.
    text = "共同办好鲁班工坊、孔子学院、西北工业大学哈萨克斯坦分校。"
    assert "鲁班" not in names(text, "Organization") + names(text, "Person")
    # test5: some Czech trading companies; rural credit co-operatives.
    text = "捷克工业和贸易部长近日称，一些捷克贸易公司今年10月开始恢复购买俄罗斯天然气。"
    assert names(text, "Organization") == []
    text = (
        "本报讯农村信用社与农业银行正式“脱钩”以后，四川省农金体改办及时对农村信用社工作进行了规范。"
    )
    assert "农村信用社" not in names(text, "Organization")
    # … but an airline a country names is one company (test4).
    text = "新干线多条线路停运，全日空航空公司和日本航空公司在29日取消数百架次航班。"
    assert "日本航空公司" in names(text, "Organization")


def test_a_direction_before_bu_is_part_of_the_place_before_it() -> None:
    # test3: the south-west of Guangdong, no place 西南 of its own.
    text = "今（5月8日）明两天预计广东西南部、海南岛等地的部分地区有大到暴雨，局地有大暴雨。"
    assert "西南" not in names(text, "Place")


def test_a_format_or_base_stations_are_no_body() -> None:
    # test4 and test2: 5G base stations.
    text = "江建远告诉记者，5G基站的搭建让鱼市几乎所有的商户都开通了网络销售模式。"
    assert names(text, "Organization") == []


def test_a_friendship_association_of_two_countries_keeps_both() -> None:
    # test5: 巴西－中国友好协会, not China's friendship association (named with the one dash
    # every way of writing it takes).
    text = (
        "近日，巴西圣保罗州坎皮纳斯市前副市长恩里克·特谢拉，来自巴西－中国友好协会、"
        "巴西圣保罗大学及圣保罗州立大学师生等百余名巴西友好人士分别致信习近平主席。"
    )
    bodies = names(text, "Organization")
    assert "巴西—中国友好协会" in bodies and "中国友好协会" not in bodies


def test_names_a_headline_separates_by_a_space_are_two() -> None:
    # test2: two party committees in a headline.
    text = "9.北京市委 福建省委主要负责同志职务调整；"
    bodies = names(text, "Organization")
    assert "北京市委" in bodies and "福建省委" in bodies
    assert "北京市委福建省委" not in bodies


def test_a_kind_of_unit_after_a_common_word_is_still_a_kind() -> None:
    # test3: a service team the farmers set up; test: a country's security forces.
    text = (
        "赣州、吉安、新余、九江等地，还组织技术娴熟的农机手们成立作业服务队，跨区域开展春耕作业。"
    )
    assert names(text, "Organization") == []
    text = (
        "厄瓜多尔总统府12日发布报告说，自该国9日进入“国内武装冲突”状态以来，安全部队已逮捕859人。"
    )
    assert "安全部队" not in names(text, "Organization")
    # … but a company's name (test3, test2) is no kind of unit.
    assert "鞍钢集团" in names("鞍钢集团与本钢集团实施重组。", "Organization")


def test_a_place_named_like_a_company_is_the_company() -> None:
    # test5: a logistics company.
    text = "各快递企业新增用工陆续到位，京东物流进京支援人员有序抵达，加强快递投送能力。"
    assert "京东物流" in names(text, "Organization")
    assert "京东物流" not in names(text, "Place")


def test_a_credit_loses_its_photo_by_and_a_mountain_range_is_a_place() -> None:
    # test4 and test2 (People's Daily): bylines of a photo and a map.
    assert names("（新华社记者高广志摄）", "Person") == ["高广志"]
    assert names("张北—尚义震区示意图（国家地震局陈棋福绘）", "Person") == ["陈棋福"]
    # test5: a mountain range the model read as a person.
    text = "交口县地处山西省中部西侧，吕梁山脉中段，１９７１年建县。"
    assert "吕梁山脉" in names(text, "Place")
    assert names(text, "Person") == []


def test_a_bare_body_a_story_names_with_its_country_is_that_countrys() -> None:
    """2024-05-05 (test4): 美国特勤局, then 特勤局 in the same story: one body, the US one."""
    from kgraph.extract import extract_text
    from kgraph.identity import resolve_identities
    from test_identity import _document, _keys

    documents = [
        _document(
            "xwlb/2024-05-05#3",
            "2024-05-05",
            "美国特勤局发表声明称，当地时间4日晚，在美国首都华盛顿，一辆高速行驶的汽车撞上白宫"
            "建筑群外围的安全护栏，司机当场死亡。特勤局称，白宫安全“未受到威胁”。\n",
        )
    ]
    extractions = [extract_text(d.raw, date=d.date, doc=d.id) for d in documents]
    identities = resolve_identities(documents, extractions)
    assert _keys(identities, extractions, "特勤局") == {("Organization", "美国特勤局")}


def test_a_foreign_name_right_after_its_country_or_a_route_is_a_town() -> None:
    # test5: a freight train bound for Małaszewicze, Poland.
    text = (
        "一列满载日用百货等货物的中欧班列，由武汉吴家山站始发经阿拉山口口岸出境，"
        "开往波兰马拉舍维奇。"
    )
    assert "马拉舍维奇" in names(text, "Place")
    assert names(text, "Person") == []
    # … a person the tables know stays one.
    assert "弗拉基米尔·普京" in names("俄罗斯普京表示，将继续推进合作。", "Person")


def test_a_partys_post_without_its_party_is_no_post() -> None:
    # test5: the party's name in quotes, cut off its post (党主席) or cut inside (阿玛纳特”).
    text = "俄罗斯“公正俄罗斯—爱国者—为了真理”党主席米罗诺夫、匈牙利工人党主席蒂尔迈尔等。"
    posts = names(text, "Position")
    assert "党主席" not in posts and "匈牙利工人党主席" in posts
    text = "统一俄罗斯党最高委员会主席格雷兹洛夫，哈萨克斯坦“阿玛纳特”党主席科沙诺夫。"
    posts = names(text, "Position")
    assert not any(post.count("”") != post.count("“") for post in posts)
    # (session 37: the post is whole, quotes and country)
    assert "哈萨克斯坦“阿玛纳特”党主席" in posts


def test_a_dotted_name_cut_after_its_first_character_is_taken_back_whole() -> None:
    # test4: a list of vice-chairs; the tagger cut 雪克来|提·扎克尔.
    text = "彭清华、张庆伟、洛桑江村、雪克来提·扎克尔、刘奇出席。"
    people = names(text, "Person")
    assert "雪克来提·扎克尔" in people and "提·扎克尔" not in people
    # test5: a post before a whole name stays the post's.
    text = "“民族团结一家亲号”列车长米尔班·艾依提；担当拉林铁路复兴号高原动车组首发司机的王翔。"
    assert "米尔班·艾依提" in names(text, "Person")


def test_a_body_of_a_level_the_text_does_not_name_is_no_node() -> None:
    # dev (People's Daily): the city's traffic police; test2: the county's committee and
    # government; test3: the local flood headquarters.
    text = "在深圳交通监控中心彩色大屏幕前，市公安交通管理局局长刘志娇告诉记者。"
    assert "市公安交通管理局" not in names(text, "Organization")
    assert names("就在经济总量迅速增长之时，一个现象引起了县委县政府的深思。", "Organization") == []
    text = "成功打通了灾区一线与后方指挥所的通信链路，保障当地防汛指挥部与上级实时联络。"
    assert names(text, "Organization") == []
    # … but a body whose name opens with a word (市场) is one.
    assert names("市场监管总局今天发布通知。", "Organization") == ["国家市场监督管理总局"]


def test_a_score_is_no_part_of_a_name_and_a_level_goes_with_its_city() -> None:
    # test5: 陈梦4:2; test2: 桐乡市|乌镇.
    text = "乒乓球女子单打决赛同样在两位中国选手间展开，最终陈梦4:2战胜孙颖莎，成功卫冕。"
    assert "陈梦" in names(text, "Person")
    text = "2022年世界互联网大会乌镇峰会当日在浙江省桐乡市乌镇开幕，主题为“共建网络世界”。"
    places = names(text, "Place")
    assert "乌镇" in places and "市乌镇" not in places


def test_places_counted_said_by_direction_or_as_an_idiom_are_none() -> None:
    # dev: several places of Russia; test2: an air strike glued to the city; test4: an idiom.
    text = "2日夜间至3日凌晨，俄防空系统在俄多地上空共拦截并击毁75架乌克兰无人机。"
    assert not any("多地" in place for place in names(text, "Place"))
    assert not any("空袭" in place for place in names("叙利亚称以色列空袭大马士革郊区；", "Place"))
    text = "春节海采《新春新愿》，一起听天南海北的人聊聊愿望，说说打算。"
    assert names(text, "Place") == []
