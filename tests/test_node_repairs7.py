"""What the graph makes a node of, on real passages: the repairs of the seventh round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) and of People's
Daily, January 1998, copied from days of the spent node splits (dev, test, test2 … test6); the
split is in the comment of each. None is from the held-out ``test7``.
"""

from __future__ import annotations

from kgraph.extract import extract_text
from test_node_repairs import names


def people(text: str) -> list[str]:
    return names(text, "Person")


def test_words_of_the_dictionary_written_like_names_are_no_people() -> None:
    # test6: a season, a toast and an idiom the tagger read as names.
    assert (
        people(
            "梅雨季的开启意味着江南等地将迎来降雨集中期，长时间频繁降雨易引发山洪、泥石流等地质灾害，"
            "公众需注意防范。"
        )
        == []
    )
    assert people("在热烈的掌声中，习近平发表祝酒辞。") == ["习近平"]
    assert people("由此引发的社会动荡波及全俄，时至今日余波未平。") == []


def test_a_word_after_a_names_post_is_no_person() -> None:
    # test6: 主席 is 习近平's title, not a title of 英明 (wise).
    text = (
        "在习近平主席英明和坚强领导下，中国经济社会发展取得巨大成就，为推动构建更加公正合理的"
        "国际秩序发挥着重要建设性作用。"
    )
    assert people(text) == ["习近平"]


def test_a_transliterated_name_in_the_dictionary_stays_a_person() -> None:
    # test5: 哈尼亚 (Haniyeh) is a rare word of the dictionary, and a transliteration.
    text = "巴勒斯坦伊斯兰抵抗运动（哈马斯）政治局领导人哈尼亚遭暗杀身亡事件是以色列设计和实施。"
    assert "哈尼亚" in people(text)


def test_a_town_before_a_place_word_or_after_a_capital_word_is_a_place() -> None:
    # test6: a town's officials; a list of resorts that ends in 等地.
    text = (
        "拜特拉希亚当地官员30日称，在以军的包围和袭击下，目前当地已经没有任何食物、饮用水、"
        "医疗服务。"
    )
    assert "拜特拉希亚" in names(text, "Place") and people(text) == []
    text = (
        "除了继续改善曼谷、普吉、帕塔亚、清迈等老景点外，还将开辟清莱、华欣、苏梅岛等地的新景点。"
    )
    assert "华欣" in names(text, "Place") and "华欣" not in people(text)
    # test4: a station of the railway.
    text = (
        "匈塞铁路匈牙利段孔圣米克洛什-陶什站至伯斯特尔站区间首对钢轨30日开始铺设，标志着匈塞铁路"
        "匈牙利段全面进入铺轨施工阶段。"
    )
    assert "孔圣米克洛什" in names(text, "Place")
    # test2: the capital of a region where the president spoke.
    text = (
        "俄罗斯总统普京10日在位于俄最东北端的楚科奇自治区首府阿纳德尔表示，面对西方的制裁，"
        "俄罗斯经济依然实现增长。"
    )
    assert "阿纳德尔" in names(text, "Place") and people(text) == ["弗拉基米尔·普京"]


def test_a_route_cut_at_its_to_is_one_place() -> None:
    # test4: 三亚至乐东铁路, not 三亚 and 乐东铁路.
    text = (
        "海南自贸港建设如火如荼，在重要的民生项目三亚至乐东铁路施工现场，工人们正忙着铺设轨枕，"
        "为今年4月份建成通车做最后的冲刺。"
    )
    assert "三亚至乐东铁路" in names(text, "Place")
    assert "乐东铁路" not in names(text, "Place")
    # test6: the same for motorways.
    text = (
        "这条160多公里长的高速建成后，将和拉萨至林芝高速、拉萨至那曲高速、拉萨至山南高速推动"
        "形成以拉萨为中心的3小时综合交通圈。"
    )
    places = names(text, "Place")
    assert "拉萨至那曲高速" in places and "那曲高速" not in places


def test_a_bare_kind_after_a_place_ends_its_name() -> None:
    # test6: 平陆|运河 is the canal.
    text = (
        "平陆运河是西部陆海新通道的骨干工程，在南宁、钦州等地，上万名建设者正在紧张作业，"
        "平陆运河三大枢纽已全面进入主体结构施工阶段。"
    )
    places = names(text, "Place")
    assert "运河" not in places and "平陆" not in places


def test_a_title_is_no_place() -> None:
    # test6: 科威特|埃米尔 is the emir.
    text = (
        "科威特埃米尔米沙勒表示，在国际形势充满不确定性的背景下，此次会议旨在加快推进海湾经济"
        "一体化。"
    )
    assert "埃米尔" not in names(text, "Place")


def test_two_short_forms_of_regions_stay_apart() -> None:
    # 粤|港 is Guangdong and Hong Kong, no port.
    mentions = extract_text("粤港合作不断深化。").mentions
    assert not any(m.type == "Place" and m.text == "粤港" for m in mentions)


def test_a_town_is_not_cut_before_its_last_character() -> None:
    # test6: 龙泉关镇, not 龙泉 (a city of Zhejiang) and 关镇.
    text = "记者来到阜平县龙泉关镇顾家台村，在村民顾叔伟的大棚里，老乡们正在熟练地采摘鲜香菇。"
    places = names(text, "Place")
    assert "龙泉" not in places
    assert any(place.startswith("龙泉关镇") for place in places)


def test_a_script_is_no_place() -> None:
    # test6: the languages of an edition.
    text = (
        "《习近平谈治国理政》第四卷蒙古文、藏文、维吾尔文、哈萨克文、朝鲜文等5种民族文字版，"
        "近日由中国民族语文翻译局翻译。"
    )
    places = names(text, "Place")
    assert "维吾尔" not in places and "朝鲜" not in places
