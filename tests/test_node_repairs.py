"""What the graph makes a node of, on real passages: the repairs of the third round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) and of People's
Daily, January 1998, copied from days of the spent node splits (dev, test, test2) and of other
days no split uses (some cut after a clause); the day is in the comment of each.
"""

from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.resolve import entity_key, is_entity


def names(text: str, kind: str) -> list[str]:
    """The labels the graph gives the mentions of one type (nodes only: no generic word)."""
    found = []
    for mention in extract_text(text).mentions:
        if mention.type != kind:
            continue
        if kind == "Position":
            found.append(mention.value or mention.text)
            continue
        key = entity_key(mention)
        if is_entity(mention, key[1]):
            found.append(key[1])
    return found


def test_another_countrys_ministry_is_its_own_body() -> None:
    # 2023-06-06 (test2): Russia's and Ukraine's ministries, then a bare one in their story.
    text = (
        "（新闻联播）：俄罗斯国防部今天（6月6日）凌晨称，5日乌克兰武装力量继续在顿涅茨克南部"
        "发动多次进攻，但均被击退。乌国防部副部长马利亚尔5日称，乌军在一些方向发起反攻。"
        "佩斯科夫称，普京总统正从国防部和其他相关部门处获取有关报告。"
    )
    bodies = names(text, "Organization")
    assert "俄罗斯国防部" in bodies and "乌国防部" in bodies
    assert "国防部" not in bodies  # China's ministry is not in this story
    assert "乌国防部副部长" in names(text, "Position")


def test_chinas_ministry_stays_chinas() -> None:
    # 2023-02-17 and 2023-04-15 (test2): China's ministry bare, Saudi Arabia's qualified.
    text = (
        "外交部、应急管理部、国务院港澳办、国家国际发展合作署和香港特区政府相关负责人在首都机场"
        "迎接中国救援人员平安回国。"
    )
    assert "外交部" in names(text, "Organization")
    text = "当地时间15日凌晨会议结束后，沙特外交部发布声明称，政治手段是解决叙利亚问题的唯一途径。"
    assert names(text, "Organization") == ["沙特外交部"]


def test_a_body_gets_back_the_known_name_it_was_cut_from() -> None:
    # pfr 1998-01-11 (test2): 周恩来 | 故居管理处.
    text = (
        "为纪念周恩来同志诞辰１００周年，周恩来故居管理处还建成占地近千平方米的周恩来墨迹碑廊，"
        "收录了周恩来同志各个时期书法题词。"
    )
    assert "周恩来故居管理处" in names(text, "Organization")
    assert "故居管理处" not in names(text, "Organization")
    # 2024-12-05 (test2): 胡志明 | 国家政治学院院长, the post follows its body.
    text = (
        "（新闻联播）：中共中央政治局常委、全国政协主席王沪宁5日在京会见由越南共产党中央政治局"
        "委员、中央理论委员会主席、胡志明国家政治学院院长阮春胜率领的越南共产党代表团。"
    )
    assert "胡志明国家政治学院" in names(text, "Organization")
    assert "胡志明国家政治学院院长" in names(text, "Position")


def test_an_unknown_name_before_a_body_is_not_taken_in() -> None:
    # pfr 1998-01-15 (events test2): the tagger's 陈旭为 holds a verb, not a body's name.
    text = "任命陈旭为省高级人民法院院长。"
    assert not any(name.startswith("陈旭") for name in names(text, "Organization"))


def test_a_short_name_read_inside_two_words_is_none() -> None:
    # 2023-06-16 (dev): 发展|中国|家; 2023-04-03 (test2): 人|民进|行.
    text = (
        "中方愿同比尔及梅琳达·盖茨基金会继续加强相关领域合作，"
        "并向其他发展中国家提供力所能及的支持和帮助。"
    )
    assert "中国" not in names(text, "Place")
    text = "以习近平同志为核心的党中央团结带领全党全国各族人民进行伟大斗争、建设伟大工程。"
    assert "中国民主促进会" not in names(text, "Organization")


def test_a_post_read_across_two_words_is_none() -> None:
    # 2024-01-11 (test2) and pfr 1998-01-31 (test2): 合|理事|由, 修|理事|业.
    text = (
        "有正当合理事由需继续在华停留的可就近就便向停留地公安机关出入境管理机构申请签证延期。"
        "为海军现代化舰艇的修理事业做出了突出贡献。"
    )
    assert "理事" not in names(text, "Position")


def test_a_post_of_a_kind_of_body_takes_the_organisation_before_its_terms() -> None:
    # 2024-01-11 (test2): 台盟第六届、七届 | 中央委员会主席; 政协第九届、十届 | 全国委员会副主席.
    text = (
        "中国人民政治协商会议第九届、十届全国委员会副主席，台湾民主自治同盟第六届、七届"
        "中央委员会主席和第七届中央委员会名誉主席，中国共产党的优秀党员张克辉同志。"
    )
    posts = names(text, "Position")
    assert "中国人民政治协商会议全国委员会副主席" in posts
    assert "台湾民主自治同盟中央委员会主席" in posts
    assert "中央委员会主席" not in posts and "中央委员会名誉主席" not in posts


def test_a_unit_cut_after_and_makes_no_post() -> None:
    # 2024-05-13 (test2): 联合国近东巴勒斯坦难民救济和 | 工程处主任专员.
    text = "联合国近东巴勒斯坦难民救济和工程处主任专员拉扎里尼12日称，加沙地带没有“安全区”。"
    assert "工程处主任" not in names(text, "Position")


def test_strengths_are_not_a_post() -> None:
    # 2023-12-15 (test): 把农工党所长与中心大局所需紧密结合.
    text = "坚定不移把农工党所长与中心大局所需紧密结合，履职尽责取得新成效。"
    assert names(text, "Position") == []
    # … while the head of an institute is one (2023-10-28, dev).
    text = "中国社会科学院民族学与人类学研究所所长王延中同志就这个问题作了发言。"
    assert "中国社会科学院民族学与人类学研究所所长" in names(text, "Position")


def test_parties_and_counts_are_not_bodies_or_places() -> None:
    # test2: 中国—东盟 (a trade area's parties), 中部六省 (six provinces).
    assert "中国—东盟" not in names("中国—东盟自贸区3.0版近日启动首轮磋商。", "Organization")
    text = "（新闻联播）：中部六省承东启西、连南接北，在全国区域发展格局中占有重要地位。"
    assert "六省" not in names(text, "Place")


def test_a_place_and_words_ending_no_body_is_no_organisation() -> None:
    # 2023-09-17 (no split): 美国宾夕法尼亚州费城 is a city, not a body.
    text = "16日，美国宾夕法尼亚州费城发生5起枪击事件，共造成4人死亡、2人受伤。"
    assert names(text, "Organization") == []


def test_kinds_of_institution_are_no_bodies() -> None:
    # 2024-07-02 (test2): 孔子学院 of many universities.
    text = "共同办好鲁班工坊、孔子学院、西北工业大学哈萨克斯坦分校，培养更多中哈友好事业接班人。"
    bodies = names(text, "Organization")
    assert "孔子学院" not in bodies and "鲁班工坊" not in bodies
    assert "西北工业大学哈萨克斯坦分校" in bodies or "西北工业大学" in bodies


def test_a_name_loses_the_verb_and_a_place_the_conjunction() -> None:
    # 2024-04-24 (no split): 刘奇作|的; 2023-07-03 (no split): 杰宁|及.
    text = "会议听取了全国人大常委会秘书长刘奇作的关于个别代表的代表资格的报告。"
    assert "刘奇" in names(text, "Person") and "刘奇作" not in names(text, "Person")
    text = "以军当天凌晨在约旦河西岸城市杰宁及附近地区展开军事行动。"
    assert "杰宁" in names(text, "Place") and "杰宁及" not in names(text, "Place")


def test_a_person_before_a_bridge_is_the_bridge() -> None:
    # 2023-02-17 (test2): 培森柳江特 | 大桥.
    text = "今天（2月17日），广西贺州至巴马高速公路重点控制性工程——培森柳江特大桥实现合龙。"
    assert names(text, "Person") == []
    assert "培森柳江特大桥" in names(text, "Place")


def test_a_person_the_story_names_as_its_county_is_the_county() -> None:
    # 2024-06-26 (no split): 景宁 next to 景宁县 in one story.
    text = (
        "习近平在回信中说，40年来，景宁县在民族团结、特色发展等方面取得了可喜成绩。"
        "习近平总书记在浙江工作时，曾将景宁作为基层工作联系点，到中央工作后多次对景宁发展作出"
        "重要指示批示。"
    )
    assert "景宁" not in names(text, "Person")


def test_two_countries_short_forms_are_no_place() -> None:
    # 2023-10-16 (no split): 中埃塞关系 (China–Ethiopia); 埃塞 alone is Ethiopia.
    text = (
        "李强表示，近年来，在两国领导人共同指引下，中埃塞关系高水平发展，政治互信日益深化。"
        "埃塞愿积极参与共建“一带一路”，深化两国工业、农业、基础设施建设等领域互利合作。"
    )
    assert names(text, "Place") == ["埃塞俄比亚"]
    assert names(text, "Person") == ["李强"]
    # test2: 美加州 is California of the United States: the state, and the country's short form.
    places = names("（4）美加州“帕克”林火仍大面积失控；", "Place")
    assert "加利福尼亚州" in places and "美国" in places


def test_a_name_loses_the_funeral_after_it() -> None:
    # 2024-05-23 (no split): a headline.
    text = "伊朗已故总统莱希葬礼在马什哈德举行"
    assert names(text, "Person") == ["赛义德·易卜拉欣·莱希"]  # the tables' full name


def test_parties_a_list_and_a_report_are_not_one_body() -> None:
    # 2024-05-23 and 2024-04-24 (no split).
    text = "习近平指出，中国同海合会国家友好交往跨越千年，源远流长。"
    assert not any(name.startswith("中国同") for name in names(text, "Organization"))
    text = "新疆生产建设兵团第六师副师长、五家渠市副市长闫盛红及兵团教育局党组成员、副局长尹若强。"
    assert not any("及" in name for name in names(text, "Organization"))
    text = "中方愿同比尔及梅琳达·盖茨基金会继续加强相关领域合作。"  # 2023-06-16 (dev)
    assert "比尔及梅琳达·盖茨基金会" in names(text, "Organization")
    text = (
        "由生态环境部、自然资源部等7部门共同编制的《2023中国海洋生态环境状况公报》"
        "今天（5月23日）发布。"
    )
    assert "中国海洋生态环境状况公报" not in names(text, "Organization")
