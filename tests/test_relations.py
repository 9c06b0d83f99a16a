"""Relations on real sentences: the seeds, and hand-checked People's Daily 1998 sentences."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from conftest import build
from kgraph.evaluate import read_gold, score_relations
from kgraph.extract import extract_text

RELATION_GOLD = Path(__file__).parent / "data" / "relations_pd98.jsonl"


def _relations(text, date=None):
    found = extract_text(text, date=date).relations
    return {
        (
            r.relation,
            r.head.text,
            (r.tail.value or r.tail.text) if r.tail.type == "Position" else r.tail.text,
        )
        for r in found
    }


def test_relations_title_chain_before_a_name():
    text = (
        "中共中央总书记、国家主席、中央军委主席习近平23日下午在中南海"
        "同中华全国总工会新一届领导班子成员集体谈话。"
    )
    found = _relations(text)
    for post in ("中共中央总书记", "国家主席", "中央军委主席"):
        assert ("holdsPosition", "习近平", post) in found
    assert ("participatedIn", "习近平", "集体谈话") in found
    assert ("participatedIn", "中华全国总工会", "集体谈话") in found


def test_relations_title_chain_past_a_bodys_ordinal():
    """新闻联播 2023-07-07: the ordinal of the last post's body (第五次) does not cut the chain."""
    found = _relations(
        "第五次全国经济普查电视电话会议7日上午在京召开，中共中央政治局常委、国务院副总理、"
        "第五次全国经济普查领导小组组长丁薛祥出席会议并讲话。"
    )
    for post in ("中共中央政治局常委", "国务院副总理", "全国经济普查领导小组组长"):
        assert ("holdsPosition", "丁薛祥", post) in found


def test_relations_title_chain_past_a_body_the_tagger_did_not_read():
    """新闻联播 2023-09-05: a body named with a concept inside (…主题教育领导小组) owns the last
    post; the posts before its 、 stay on the chain. 2022-12-21: a clause before a party's
    name (…会见应中国共产党邀请访华的…党主席) is no body."""
    found = _relations(
        "中共中央政治局常委、中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组组长"
        "蔡奇出席会议并讲话。"
    )
    assert ("holdsPosition", "蔡奇", "中共中央政治局常委") in found
    found = _relations(
        "12月21日，中共中央总书记、国家主席习近平在钓鱼台国宾馆会见应中国共产党邀请访华的"
        "俄罗斯统一俄罗斯党主席梅德韦杰夫。"
    )
    assert not any(
        r[0] == "holdsPosition" and r[1] == "梅德韦杰夫" and "中共" in r[2] for r in found
    )


def test_relations_foreign_titles_the_tagger_ran_into_a_name_or_a_body():
    """新闻联播 2022-10-26 and 2023-06-17: 埃米尔 run into the emir's name, a title of several
    words run on from its owner's body (美军参谋长联席会议|主席), a post once held after 、前."""
    found = _relations("科威特埃米尔纳瓦夫表示，在您的领导下，中国在各领域取得突出发展成就。")
    assert ("holdsPosition", "纳瓦夫", "科威特埃米尔") in found
    found = _relations(
        "美军参谋长联席会议主席马克·米利近日声称，西方国家已训练了近6万名乌克兰士兵。"
    )
    assert ("holdsPosition", "马克·米利", "美军参谋长联席会议主席") in found
    found = _relations("此外，发来贺电贺函的还有印度尼西亚民主斗争党总主席、前总统梅加瓦蒂等。")
    assert ("holdsPosition", "梅加瓦蒂", "印度尼西亚民主斗争党总主席") in found
    former = [
        r
        for r in extract_text(
            "此外，发来贺电贺函的还有印度尼西亚民主斗争党总主席、前总统梅加瓦蒂等。"
        ).relations
        if r.relation == "holdsPosition"
    ]
    assert {(r.tail.value or r.tail.text, r.former) for r in former} == {
        ("印度尼西亚民主斗争党总主席", False),
        ("总统", True),
    }
    # 2024-06-07: whose envoy he is (古巴国家主席|特使) is no post of his
    found = _relations("李希会见古巴国家主席特使、外交部长罗德里格斯")
    assert ("holdsPosition", "罗德里格斯", "古巴外交部长") in found
    assert ("holdsPosition", "罗德里格斯", "古巴国家主席") not in found


def test_relations_title_distributes_over_a_list_of_names():
    found = _relations("全国总工会副主席徐留平、杨宇栋、高凤林作了发言。")
    for name in ("徐留平", "杨宇栋", "高凤林"):
        assert ("holdsPosition", name, "全国总工会副主席") in found


def test_relations_titles_stay_with_the_first_group_of_an_and_list():
    found = _relations("中共中央总书记、国家主席江泽民和乔石、朱镕基等与首都军民欢聚一堂。")
    assert ("holdsPosition", "江泽民", "国家主席") in found
    assert not any(r[0] == "holdsPosition" and r[1] in ("乔石", "朱镕基") for r in found)


def test_relations_post_of_an_organisation():
    found = _relations("中华全国总工会主席王东明代表新一届领导班子作了汇报。")
    assert ("holdsPosition", "王东明", "中华全国总工会主席") in found
    assert ("positionIn", "主席", "中华全国总工会") in found
    assert ("leads", "王东明", "中华全国总工会") in found


def test_relations_meeting_with_a_foreign_head_of_state():
    found = _relations("习近平同哥伦比亚总统佩特罗会谈。")
    assert ("metWith", "习近平", "佩特罗") in found
    assert ("holdsPosition", "佩特罗", "哥伦比亚总统") in found


def test_relations_joint_issuers_of_a_notice():
    text = (
        "日前,人社部办公厅与中华全国总工会、中华全国工商业联合会、中国企业联合会办公厅(室)"
        "联合印发《关于开展基层劳动人事争议调解组织建设行动的通知》。"
    )
    issuers = {r[1] for r in _relations(text) if r[0] == "issued"}
    assert issuers == {
        "人社部办公厅",
        "中华全国总工会",
        "中华全国工商业联合会",
        "中国企业联合会办公厅",
    }


def test_relations_no_relation_in_a_sentence_without_one():
    found = _relations("律师会见在押的犯罪嫌疑人，应当经侦查机关批准。")
    assert not {r for r in found if r[0] in ("holdsPosition", "metWith", "issued")}


def _person(graph, name):
    """The Person node named ``name`` (its label or one of its aliases)."""
    (node,) = [
        n
        for n, d in graph.nodes(data=True)
        if d["type"] == "Person" and (d["label"] == name or name in d["aliases"])
    ]
    return node


def _events(graph, event_type, date):
    return [
        n
        for n, d in graph.nodes(data=True)
        if d["type"] == "Event" and d.get("event_type") == event_type and d.get("date") == date
    ]


def test_relations_seeds_the_talk_of_23_october(seeds_build):
    """Everyone at the 23 October talk, in their role, on one dated Meeting node."""
    graph = seeds_build.graph
    (talk,) = _events(graph, "Meeting", "2023-10-23")
    assert graph.has_edge(talk, "Place:中南海", key="locatedIn")
    assert graph.has_edge(talk, "Date:2023-10-23", key="occurredOn")
    attended = {u for u, _ in graph.in_edges(talk) if graph.has_edge(u, talk, "participatedIn")}
    persons = {graph.nodes[u]["label"] for u in attended if graph.nodes[u]["type"] == "Person"}
    assert persons >= {"习近平", "蔡奇", "石泰峰", "李干杰", "李书磊", "陈文清", "刘金国", "王小洪"}
    assert persons >= {"王东明", "徐留平", "杨宇栋", "高凤林"}
    speakers = {
        graph.nodes[u]["label"] for u, _, k in graph.in_edges(talk, keys=True) if k == "spokeAt"
    }
    assert speakers == {"习近平", "王东明", "徐留平", "杨宇栋", "高凤林"}


def test_relations_seeds_state_visit_talks(seeds_build):
    """The page carries the talks' second half: who met, and who attended what followed."""
    graph = seeds_build.graph
    (talks,) = [
        n
        for n, d in graph.nodes(data=True)
        if d["type"] == "Event" and d["event_type"] == "Meeting" and "佩特罗" in d["label"]
    ]
    for name in ("习近平", "佩特罗"):
        assert graph.has_edge(_person(graph, name), talks, key="participatedIn")
    assert graph.has_edge("Person:习近平", _person(graph, "佩特罗"), key="metWith")
    (banquet,) = [n for n, d in graph.nodes(data=True) if "欢迎宴会" in d["label"]]
    assert graph.nodes[banquet]["event_type"] == "Ceremony"
    for name in ("习近平", "佩特罗", "王毅"):  # 王毅参加上述活动
        assert graph.has_edge(_person(graph, name), banquet, key="participatedIn"), name
    assert graph.has_edge("Person:习近平", next(n for n in graph if "欢迎仪式" in n), "accompanied")


def test_relations_seeds_documents_authors_and_units(seeds_build):
    graph = seeds_build.graph
    letter = "Document:致全国环卫工人的慰问信"
    assert graph.has_edge(letter, "Organization:中华全国总工会", key="signedBy")
    assert graph.has_edge("Organization:中华全国总工会", letter, key="issued")
    notice = "Document:关于开展基层劳动人事争议调解组织建设行动的通知"
    for issuer in ("人社部办公厅", "中华全国总工会", "中华全国工商业联合会"):
        assert graph.has_edge(f"Organization:{issuer}", notice, key="issued"), issuer
    # 日前…联合印发 on the page of 26 October; the letter is dated by its signature
    assert graph.nodes[notice]["date"] == "2023-10-26"
    assert graph.nodes[letter]["date"] == "2023-10-26"
    assert graph.has_edge("Organization:住房和城乡建设部", letter, key="issued")
    assert graph.has_edge("Person:闻言", "Document:seeds/003_8013865a8b25a2b5.txt", key="authorOf")
    assert graph.has_edge(
        "Organization:人社部办公厅", "Organization:人力资源和社会保障部", key="subOrganizationOf"
    )


def test_relations_seeds_address_hierarchy(seeds_build):
    graph = seeds_build.graph
    chain = ["河南省", "漯河市", "源汇区", "双龙街道"]
    for outer, inner in pairwise(chain):
        assert graph.has_edge(f"Place:{inner}", f"Place:{outer}", key="locatedIn"), inner


def test_relations_attributed_speech_becomes_statements(seeds_build):
    graph = seeds_build.graph
    assert graph.has_edge("Person:习近平", "PolicyConcept:新发展理念", key="emphasized")
    statements = [n for n, d in graph.nodes(data=True) if d["type"] == "Statement"]
    assert statements
    speakers = {graph.nodes[n]["speaker"] for n in statements}
    assert "Person:习近平" in speakers


@pytest.mark.parametrize(
    ("relation", "precision", "recall"),
    [
        ("holdsPosition", 0.9, 0.8),
        ("issued", 0.9, 0.8),
        ("metWith", 0.8, 0.7),
        ("participatedIn", 0.8, 0.8),
    ],
)
def test_relations_on_hand_checked_news_sentences(relation, precision, recall):
    """Floors a little under what was measured (see README), on texts other than the seeds."""
    scores = score_relations(read_gold(RELATION_GOLD))[relation]
    assert scores["precision"] >= precision
    assert scores["recall"] >= recall


def test_relations_issuers_before_the_count_of_the_others():
    """教育部等十二部门联合印发《…》 (新闻联播, 2022-12-13): the named issuer issued it."""
    text = (
        "近日，教育部等十二部门联合印发《关于进一步加强学科类隐形变异培训防范治理工作的意见》，"
        "强调加强对重点场所、网站的防控和重点机构、人员的防范工作。"
    )
    issued = {
        (r.head.text, r.tail.text)
        for r in extract_text(text, date="2022-12-13").relations
        if r.relation == "issued"
    }
    assert issued == {("教育部", "关于进一步加强学科类隐形变异培训防范治理工作的意见")}


def test_relations_signing_an_agreement_is_no_issue():
    """人民日报 1998-01-30: the two envoys sign the communiqué (a Signing event), nobody
    issues it; a head of state who 签署 an order does issue it."""
    text = (
        "新华社班吉１月２９日电中华人民共和国政府代表、中国驻喀麦隆大使祝有容和中非共和国政府代表、"
        "中非外交国务部长让·梅泰·亚彭德于２９日在这里签署了《中华人民共和国和中非共和国关于恢复外交关系"
        "的联合公报》。"
    )
    found = extract_text(text, date="1998-01-30")
    assert not [r for r in found.relations if r.relation == "issued"]
    assert [e.event_type for e in found.events] == ["Signing"]


def test_a_chain_of_posts_whose_second_names_an_owner_the_tagger_left_untagged():
    """全国人大财经委副主任委员、常委会预算工委主任史耀斌: both posts are his, though no
    organisation mention covers 常委会 (the post's own value names it)."""
    from kgraph.extract import extract_text

    text = (
        "会议听取了全国人大财经委副主任委员、常委会预算工委主任史耀斌作的关于国有资产管理情况的"
        "监督调研报告。"
    )
    held = {
        r.tail.value or r.tail.text
        for r in extract_text(text, date="2022-10-28").relations
        if r.relation == "holdsPosition" and r.head.text == "史耀斌"
    }
    assert held == {"全国人大财经委副主任委员", "常委会预算工委主任"}


def test_a_chain_of_posts_through_a_unit_the_owner_shares():
    """中共中央政治局常委、全国人大常委会委员长、党组书记赵乐际: all three posts are his, the
    third one the committee's party group's."""
    from kgraph.extract import extract_text

    text = "中共中央政治局常委、全国人大常委会委员长、党组书记赵乐际主持会议并讲话。"
    held = {
        r.tail.value or r.tail.text
        for r in extract_text(text, date="2024-01-10").relations
        if r.relation == "holdsPosition" and r.head.text == "赵乐际"
    }
    assert held == {"中共中央政治局常委", "全国人大常委会委员长", "全国人大常委会党组书记"}


def test_relations_a_document_named_by_the_bodies_that_drew_it_up():
    """新闻联播 2024-01-31 (两段): 由A、B等五部门联合编制的《D》 and A和B共同编制的《D》 name who
    issued D, though the verb (编制, 印发, 发布) stands before 的 and not before 《."""
    paragraphs = (
        "今天（1月31日），由农业农村部、国家发展改革委等五部门联合编制的《国家南繁硅谷建设规划"
        "（2023—2030年）》在海南省三亚市发布。《规划》以种业高质量发展为主线，明确了南繁硅谷的四大"
        "定位，即把南繁硅谷建成国家级种业创新基地、种业高质量发展新引擎、种业科技国际合作大平台和"
        "种业深化改革开放试验区。",
        "商务部和湖南省人民政府共同编制的《中非经贸深度合作先行区建设总体方案》近期发布。《总体方案》"
        "充分发挥湖南的产业、区位优势，依托中国（湖南）自由贸易试验区，支持湖南加快对非合作发展，到"
        "2027年，先行区初步建成有一定国际影响力的对非开放合作平台。",
    )
    issued = {
        (head, tail)
        for text in paragraphs
        for relation, head, tail in _relations(text, "2024-01-31")
        if relation == "issued"
    }
    assert issued == {
        ("农业农村部", "国家南繁硅谷建设规划（2023—2030年）"),
        ("国家发展改革委", "国家南繁硅谷建设规划（2023—2030年）"),
        ("商务部", "中非经贸深度合作先行区建设总体方案"),
        ("湖南省人民政府", "中非经贸深度合作先行区建设总体方案"),
    }


def test_relations_the_president_elect_one_works_with_holds_that_post():
    """新闻联播 2023-03-04, 习近平's message to Nigeria's president-elect: 提努布当选总统 before
    一道努力 is a title after his name (he is president-elect), not an election told."""
    text = (
        "我高度重视中尼关系发展，愿同提努布当选总统一道努力，推动中尼战略伙伴关系不断迈上新台阶。"
    )
    found = extract_text(text, date="2023-03-04")
    held = [
        (r.head.text, r.tail.text, r.since)
        for r in found.relations
        if r.relation == "holdsPosition"
    ]
    assert held == [("提努布", "当选总统", None)]
    assert not [e for e in found.events if e.event_type == "Appointment"]


def test_relations_a_document_its_issuers_clause_names_is_dated_by_that_clause():
    """新闻联播: 联合国25日发布的《…》 (2023-01-26) was issued on the 25th; a report
    国际能源署发布的 (2024-04-29) on a day the sentence does not give; a rule 修订发布的
    (2024-04-15) on another day than the one it takes effect (今天起正式实施), and an order
    published 日前 (2024-11-14) on the news day, not on the day it takes effect."""
    cases = [
        (
            "央视网消息（新闻联播）：联合国25日发布的《2023年世界经济形势与展望》报告称，今年中国经济"
            "增长预计达到4.8%，同时预计中国经济复苏将支持整个区域的增长。",
            "2023-01-26",
            ["2023-01-25"],
        ),
        (
            "日前，国际能源署发布的《2024年全球电动汽车展望》报告指出，2024年全球新能源汽车销量将达"
            "1700万辆，未来10年全球新能源汽车需求将持续强劲增长。",
            "2024-04-29",
            [],
        ),
        ("中国人民银行修订发布的《征信投诉办理规程》今天（4月15日）起正式实施。", "2024-04-15", []),
        # (2024-11-14: 公布修订后的《…》 is the verb's object, issued on the news day; the
        # day it takes effect dates nothing)
        (
            "央视网消息（新闻联播）：国务院总理李强日前签署国务院令，公布修订后的《国家自然科学基金"
            "条例》，自2025年1月1日起施行。",
            "2024-11-14",
            ["2024-11-14"],
        ),
    ]
    for text, date, issued_on in cases:
        found = extract_text(text, date=date)
        assert [r.relation for r in found.relations if r.relation == "issued"] == ["issued"]
        days = [
            r.tail.value
            for r in found.relations
            if r.relation == "occurredOn" and r.head.type == "Document" and r.head.source != "self"
        ]
        assert days == issued_on, text


def test_a_long_transliteration_the_tagger_left_after_a_countrys_post():
    """新闻联播 2022-10-06, the leaders who sent congratulations: 塞舌尔总统拉姆卡拉旺, five
    characters of a transliteration the tagger leaves untagged, is the president of Seychelles;
    阿曼苏丹海赛姆 is the sultan of Oman, not a Sudan "in" Oman."""
    text = (
        "向习近平总书记、国家主席等国家领导人发来贺电或贺函的还有：马尔代夫总统萨利赫、阿联酋总统"
        "穆罕默德、伊拉克总统巴尔哈姆、阿曼苏丹海赛姆、巴林国王哈马德、白俄罗斯总统卢卡申科、乌克"
        "兰总统泽连斯基、阿塞拜疆总统阿利耶夫、吉尔吉斯斯坦总统扎帕罗夫、埃塞俄比亚总统萨赫勒-沃"
        "克、肯尼亚总统鲁托、塞舌尔总统拉姆卡拉旺、佛得角总统内韦斯、几内亚总统敦布亚、纳米比亚总"
        "统根哥布、刚果（金）总统齐塞克迪、喀麦隆总统比亚、中非总统图瓦德拉、瑞典国王卡尔十六世•"
        "古斯塔夫、西班牙国王费利佩六世、阿尔巴尼亚总统贝加伊、奥地利总统范德贝伦、黑山总统久卡诺"
        "维奇、罗马尼亚总统约翰尼斯、波黑主席团塞族成员多迪克、密克罗尼西亚联邦总统帕努埃洛、巴拿"
        "马总统科尔蒂索、乌拉圭总统拉卡列、牙买加总督艾伦、特立尼达和多巴哥总统威克斯、索马里总统"
        "马哈茂德等。"
    )
    held = {
        (head, post)
        for relation, head, post in _relations(text, "2022-10-06")
        if relation == "holdsPosition"
    }
    assert ("拉姆卡拉旺", "塞舌尔总统") in held
    assert ("鲁托", "肯尼亚总统") in held and ("内韦斯", "佛得角总统") in held
    assert ("海赛姆", "阿曼苏丹") in held


def test_relations_singapores_senior_minister():
    """新闻联播 2024-11-26: 国务资政 is a post (Singapore's senior minister)."""
    text = "央视网消息（新闻联播）：全国政协主席王沪宁26日在京会见新加坡国务资政李显龙。"
    held = {
        (head, post)
        for relation, head, post in _relations(text, "2024-11-26")
        if relation == "holdsPosition"
    }
    assert ("李显龙", "新加坡国务资政") in held


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # People's Daily, 5 January 1998, page 3 (pfr-19980105-03-003): a pen name, no word
        ("省委书记的菜单\n今哲\n近日报载：某省省委书记下基层调研，自定一份菜单。", "今哲"),
        # 1 January 1998, page 3 (pfr-19980101-03-006): a section's label, no author
        ("致读者\n１９９７年本报国际年终报道于昨天结束。", None),
        # 16 January 1998, page 10 (pfr-19980116-10-008)
        ("编者按\n读书天地作为《大地周刊》的一个专版在新年之初与读者见面了。", None),
        # 6 January 1998, page 2 (pfr-19980106-02-001), its first eight lines: 目录 under a law
        (
            "中华人民共和国价格法\n"
            "（１９９７年１２月２９日第八届全国人民代表大会常务委员会第二十九次会议通过）\n"
            "中华人民共和国主席令\n第九十二号\n"
            "《中华人民共和国价格法》已由中华人民共和国第八届全国人民代表大会常务委员会第二十九次会议"
            "于１９９７年１２月２９日通过，现予公布，自１９９８年５月１日起施行。\n"
            "１９９７年１２月２９日\n目录\n第一章总则",
            None,
        ),
    ],
)
def test_relations_a_word_alone_under_a_title_is_no_author(text, author):
    """A line of two or three characters under a headline is its author's name unless it is
    a common word that names no one (目录, 编者按, 致读者) and opens with no surname."""
    authors = {r.head.text for r in extract_text(text).relations if r.relation == "authorOf"}
    assert authors == ({author} if author else set())


def test_relations_a_speech_in_quotes_ends_where_they_close():
    """``X指出：“…”`` is X's speech up to the closing quote; what the writer goes on to say
    in the paragraph is not X's, and a later ``指出：“`` with no one named is X again."""
    # People's Daily, 22 January 1998, page 10 (pfr-19980122-10-003): the writer's own
    # sentence after 江泽民's quote
    facts = _relations(
        "江泽民同志指出：“我国历来是一个统一的多民族国家，在漫长的历史发展中，经过长期的锻炼，"
        "形成了具有强大凝聚力的中华民族。把我国各民族维系于统一的大家庭中而又世代传承的纽带，"
        "主要有三个：一是国家的长期统一；二是各民族相依共存的经济文化联系；三是近代以来各民族在"
        "抵御外来侵略和长期革命斗争中结成的休戚与共关系。”历史的发展提供了合作的条件，革命和建设的"
        "发展更创造了合作的基础。我国实行有利于民族合作的民族区域自治制度，是中华各民族人民的历史"
        "选择。",
        "1998-01-22",
    )
    assert not any(head == "江泽民" for relation, head, _ in facts if relation == "emphasized")
    # 27 January 1998, page 10 (pfr-19980127-10-005): 指出：“…” and 另一方面又强调：“…” go on
    # with 邓小平's words
    facts = _relations(
        "十一届三中全会以后，邓小平同志一方面强调：“我们将永远高举毛泽东思想的旗帜前进。”"
        "指出：“这不但是中国共产党的利益所在，中华民族的利益所在，而且是国际共产主义运动的利益"
        "所在。”另一方面又强调：“在中国的现实条件下，搞好社会主义的四个现代化，就是坚持马克思"
        "主义，就是高举毛泽东思想伟大旗帜。”深入研究中国实现四个现代化所遇到的新情况、新问题，"
        "就是坚持马克思主义。",
        "1998-01-27",
    )
    assert ("emphasized", "邓小平", "四个现代化") in facts
    # (the tenure a decision of 当日 gives: the day the story named before the quotes, not
    # the page's; 7 January 1998, page 12, pfr-19980107-12-002)
    posts = {
        (r.head.text, r.tail.text, r.since)
        for r in extract_text(
            "１９５２年８月７日，中央财政经济委员会副主任薄一波找何长工谈话，“组织上决定调你到"
            "即将成立的地质部去工作”。何长工很感突然，就以自己不懂地质和身体是个二等残废爬山越岭"
            "困难为由，“讲价钱”要求到其他部门去。薄一波说：“这次调动是周总理向毛主席提出的，"
            "毛主席同意你去地质部，说你有那么一股劲。”薄一波还说：“事情定得很急，也来不及和你"
            "商量。”当日下午，中央人民政府委员会任命何长工为地质部副部长。",
            date="1998-01-07",
        ).relations
        if r.relation == "holdsPosition"
    }
    assert ("何长工", "副部长", "1952-08-07") in posts


def test_relations_a_statement_is_named_by_what_is_said(tmp_path):
    """A statement's label and text start where the speech does, not with the sentence's lead
    (the site's 央视网消息（新闻联播）： and 习近平总书记指出，)."""
    # 新闻联播 2023-03-03, the item's heading and first sentence
    graph = build(
        tmp_path,
        "### 中国式现代化创造人类文明新形态\n\n"
        "<p><strong>央视网消息</strong>（新闻联播）：习近平总书记指出，概括提出并深入阐述中国式现代化"
        "理论，是党的二十大的一个重大理论创新，是科学社会主义的最新重大成果。</p>\n",
        name="{}.md",
    )
    said = [data for _node, data in graph.nodes(data=True) if data["type"] == "Statement"]
    assert [data["label"] for data in said] == [
        "习近平：概括提出并深入阐述中国式现代化理论，是党的二十大…"
    ]
    assert said[0]["text"].startswith("概括提出并深入阐述中国式现代化理论")


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        # 新闻联播 2024-08-07: a party's leader
        (
            "黎巴嫩真主党领导人纳斯鲁拉6日发表讲话说，黎真主党将针对该组织高级军事指挥官舒库尔遭暗杀"
            "一事对以色列实施强有力和有效的回应。",
            "纳斯鲁拉",
            "黎巴嫩真主党领导人",
        ),
        # 2024-06-18 and 2024-01-02: the opposition's leader, of the country before it (反对党 is
        # no body the graph names, nor is it cut at the 对 of 反对 or the 在 of 在野党)
        (
            "当地时间17日下午，国务院总理李强在堪培拉会见澳大利亚反对党领袖达顿。",
            "达顿",
            "澳大利亚反对党领袖",
        ),
        ("韩国最大在野党党首李在明遇袭受伤", "李在明", "韩国最大在野党党首"),
        # People's Daily, January 1998: a faction's leader, and one of two posts before a name
        (
            "经过一番盘查，记者终于见到民和委主席、统一反对派领导人阿·努里。",
            "阿·努里",
            "统一反对派领导人",
        ),
        (
            "赞比亚司法当局十日对前总统、反对党领导人卡翁达提出正式起诉，指控他参与去年发生的赞比亚"
            "未遂政变。",
            "卡翁达",
            "反对党领导人",
        ),
    ],
)
def test_relations_the_leader_of_a_party_a_faction_or_an_opposition(text, holder, post):
    assert ("holdsPosition", holder, post) in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        # People's Daily, January 1998, and 新闻联播 2023-12-14: leaders spoken of, no one named
        "会议结束时，三党领导人签署了关于支持古巴的联合声明。",
        "在这种情况下，台湾当局领导人发表“六条”意见。",
        "中越两党领导人亲自擘画两党两国关系发展，是我们的良好传统。",
    ],
)
def test_relations_leaders_spoken_of_are_no_post(text):
    # (nor 三党 a body: a count of parties)
    found = extract_text(text).mentions
    assert not [m for m in found if m.type in ("Position", "Organization")]


def test_relations_the_head_of_a_named_body_and_heads_of_departments_unnamed():
    """People's Daily, January 1998: 负责人 is a post with the body it heads before it and a
    name after it; 有关部门负责人 over a list of names, or 负责人 with no one named, is none."""
    heads = [
        ("支持这次活动的北京盛丰农业生物技术有限公司负责人李洪，受赠单位代表山西省高平市、天津市"
         "武清县负责同志分别发了言。", "李洪", "北京盛丰农业生物技术有限公司负责人"),
        ("银行行长杜比宁、原子能工业部部长米哈伊洛夫、天然气工业总公司负责人维亚希列夫，等等。",
         "维亚希列夫", "天然气工业总公司负责人"),
    ]  # fmt: skip
    for text, holder, post in heads:
        assert ("holdsPosition", holder, post) in _relations(text)
    unnamed = [
        "出席毕业典礼的还有中央有关部门负责人张全景、何勇、刘云山、陈福今、郑科扬，中央党校副校长苏星、"
        "刘胜玉、刘海藩、杨春贵等。",
        "据广东省地方税务局负责人介绍，去年广东省个人所得税征收额达３５．５２亿元，比上年增长２８·６％，"
        "增收７．９亿元。",
    ]
    for text in unnamed:
        found = extract_text(text).mentions
        assert not [m for m in found if m.type == "Position" and m.text.endswith("负责人")]
    # (新闻联播 2022-12-08: nor is a piece of the department before it a body)
    found = extract_text(
        "国家卫生健康委医疗应急司负责人介绍，奥密克戎变异株随着病毒变异，在临床特征上绝大多数的感染者是"
        "轻症或者无症状感染者，因此要统筹医疗资源的布局和利用，对新冠病毒的感染者进行分级分类救治。"
    ).mentions
    assert [m.text for m in found if m.type == "Organization"] == ["国家卫生健康委"]


def test_relations_a_chairwoman_a_scholarship_is_named_after_is_still_a_person():
    """People's Daily, 1998-01-15: the fund named after her in quotes leaves her a person."""
    text = (
        "本报讯日前，北京阿凡提文化艺术有限公司和阿凡提大叔美食城董事长莎阿代提·哈米提（维吾尔族）"
        "女士为中央民族大学捐款１０万元，以表达对民族教育事业的关心，同时也表达她父亲的愿望。"
        "学校党委决定，特别设立“莎阿代提·哈米提奖学金”。"
    )
    assert ("holdsPosition", "莎阿代提·哈米提", "董事长") in _relations(text, "1998-01-15")


def test_relations_a_title_of_nobility_after_a_name_is_no_post():
    """MSRA: 乍都蒙空亲王, 贝恩哈德亲王: a prince by birth; the posts before the names stay."""
    found = _relations(
        "泰国国家银行行长乍都蒙空亲王在新闻发布会上说，这７家公司普遍存在流通资金严重短缺，不能按期"
        "完成国家规定的增资任务，呆账、坏账比例大，以及存款人和债权人对其失去信心等问题，因此政府将"
        "这些金融公司接管。"
    )
    assert ("holdsPosition", "乍都蒙空", "泰国国家银行行长") in found
    assert not [fact for fact in found if fact[0] == "holdsPosition" and fact[2] == "亲王"]
    found = _relations(
        "荷兰女王贝娅特丽克丝的父亲、荷兰保护野生动物基金会主席贝恩哈德亲王主持了大熊猫画像揭幕仪式。"
    )
    assert ("holdsPosition", "贝恩哈德", "荷兰保护野生动物基金会主席") in found
    assert not [fact for fact in found if fact[0] == "holdsPosition" and fact[2] == "亲王"]


def test_relations_a_work_edited_by_a_name_gives_no_post():
    """人民日报 1998-01-24: 邢贲思主编的《导读》, a book he edited (主编 the verb), no post."""
    found = _relations(
        "为落实十五大精神，配合党性党风教育，帮助广大干部更好地学习、理解三代领导人关于“三讲”的论述，"
        "中央党校出版社出版了邢贲思主编的《导读》。",
        "1998-01-24",
    )
    assert not [fact for fact in found if fact[0] == "holdsPosition" and fact[1] == "邢贲思"]


def test_relations_a_state_secretary_and_a_foreign_name_before_hui():
    """人民日报 1998-01-15: 意大利外交部国务秘书皮埃罗·法西诺会以…: 国务秘书 a title, and 会
    ("will") before 以 is no character of the name."""
    found = _relations(
        "这就不难理解，为什么意大利外交部国务秘书皮埃罗·法西诺会以“德国最好不要充当库尔德人问题的法官”"
        "这样不寻常的口气回击德国，为什么意大利的《共和国报》指责德国表现出“帝国的傲慢”。",
        "1998-01-15",
    )
    assert ("holdsPosition", "皮埃罗·法西诺", "意大利外交部国务秘书") in found
    # (人民日报 1998-01-27: 国务秘书长, the longer title, leaves the name whole)
    found = _relations(
        "长期负责波罗的海地区合作事务的瑞典首相府国务秘书长佩尔·努德说，自１９９６年５月首届环波海首脑"
        "会议在瑞典哥德兰岛召开以来，波罗的海地区的“特别重要性”日益显现。"
    )
    assert ("holdsPosition", "佩尔·努德", "国务秘书长") in found
