"""What the graph makes a node of, on real passages: the repairs of the fourteenth round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) and of People's
Daily (``pfr199801.jsonl.gz``), copied from days of the spent node split test13 and from days no
node split had used; the split (or "no split") and day are in the comment of each. None is from
the held-out ``test14``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import nodes

# Persons: one of a count of firms or of towns


def test_names_of_a_count_of_firms_are_no_people(tmp_path: Path) -> None:
    texts = (
        # test13 2023-07-23: a name like a Chinese one, among firms counted by 家
        "不久前，大连数谷经济区迎来了中国电子、华为技术、阿里云等12家新入驻企业。",
        # no split, 2024-01-17: the firms' heads after the count change nothing
        "沃尔玛、巴斯夫等14家跨国公司负责人参加午餐会。",
        # no split, 2024-12-06: a post before the name makes it a person's
        "国务院总理李强将于12月9日上午在北京同国际清算银行总经理卡斯滕斯、金融稳定理事会主席诺特和亚洲"
        "基础设施投资银行行长金立群等10家国际经济组织负责人举行“1+10”对话会。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"阿里云", "巴斯夫"} & people
    assert "金立群" in people


def test_one_of_a_count_of_towns_or_provinces_is_a_place(tmp_path: Path) -> None:
    texts = (
        # test13 2023-02-20: one of six towns (包括…在内的6座城镇)
        "目前，包括贝尔蒂奥加在内的6座城镇已宣布进入灾难状态。",
        # no split, 2023-08-03: one of four provinces (等4个省)
        "2日，伊拉克遭遇高温天气，当天伊拉克南部多个省份气温达到50℃左右，其中，巴士拉、穆萨纳等4个省"
        "部分地区气温一度达到52℃。",
        # no split, 2023-07-01: one of several cities (等多个城市)
        "当地时间6月30日晚，法国巴黎、马赛、里昂，以及楠泰尔等多个城市继续出现暴力袭击、抢劫及纵火事件。",
        # no split, 2024-08-24: one of several settlements (等多个定居点)
        "俄罗斯国防部23日称，在俄库尔斯克州方向，俄军挫败了乌军针对博尔基等多个定居点的进攻。",
    )
    towns = {"贝尔蒂奥加", "穆萨纳", "楠泰尔", "博尔基"}
    assert towns <= nodes(tmp_path, "Place", *texts)
    assert not towns & nodes(tmp_path, "Person", *texts)


# Places: a city's railway station


def test_a_citys_station_by_its_side_is_one_place(tmp_path: Path) -> None:
    texts = (
        # test13 pfr-19980106-02: the tagger read a person 唐山南
        "本报讯唐山南站在改革用工制度上大胆尝试，截止到去年十一月底已经有三十六名职工愉快地离开了岗位，"
        "减轻了车站超员压力。",
        # no split, 2023-08-16: … or the city and a bare 南站
        "今天（8月16日），沪宁沿江高铁开始运行试验，线路全长279公里，设计时速350公里，起于南京南站，"
        "止于江苏太仓站，预计9月全线开通运营。",
        # no split, 2024-01-01 and 2023-12-11
        "今天（1月1日），广州白云国际机场、广州南站、广州白云站响起《我爱你中国》等歌曲，大家用快闪歌舞"
        "为祖国送上祝福。",
        "北京西站、西安北站开往郑州、成都等方向的多趟列车停运，部分线路限速运行。",
    )
    places = nodes(tmp_path, "Place", *texts)
    assert {"唐山南站", "南京南站", "广州南站", "西安北站", "北京西站"} <= places
    assert not {"南站", "北站"} & places
    assert "唐山南" not in nodes(tmp_path, "Person", *texts)


# Persons: a known name and the word its last character seems to open


def test_a_known_name_loses_the_first_character_of_the_word_after_it(tmp_path: Path) -> None:
    texts = (
        # no split, 2023-03-05: 韩正|希望
        "韩正希望山东深入贯彻落实习近平新时代中国特色社会主义思想，锚定高质量发展不动摇。",
        # no split, 2024-09-02: 韩正|欢迎
        "韩正欢迎阿卢波来华出席2024年中非合作论坛峰会，请副总统女士转达习近平主席对穆塞韦尼总统亲切问候"
        "和良好祝愿。",
        # no split, 2023-06-17: 李希|来到
        "李希来到石林彝族自治县五棵树村、腾冲市坝派自然村和极边乌龙茶种植基地，实地考察云南脱贫攻坚丰硕"
        "成果。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert {"韩正", "李希"} <= people
    assert not {"韩正希", "韩正欢", "李希来"} & people


# Persons: a department's short form, a region (ontology tables)


def test_a_departments_short_form_and_the_lancang_mekong_region_are_no_people(
    tmp_path: Path,
) -> None:
    texts = (
        # test13 2022-12-21 and no split, 2022-11-19: 卫健, the health departments
        "在江苏，省工信厅、卫健、药监等多部门联动协作，向26家重点生产企业派驻驻厂员。",
        "“二十条措施”发布后，宁夏教育部门会同卫健、疾控、市场监管等部门和各高校，对全区20所高校适时进行"
        "评估。",
        # test13 2024-09-23 and no split, 2022-11-19: 澜湄, the Lancang-Mekong region
        "加强在联合国、中国东盟、澜湄合作等多边平台的协调配合，共同构建中国东盟和平、安宁、繁荣、美丽、"
        "友好家园。",
        "泰国即将接任澜湄合作共同主席国，中国愿同湄公河国家共同推动次区域合作高质量发展。",
    )
    assert not {"卫健", "澜湄"} & nodes(tmp_path, "Person", *texts)
    assert "卫健" not in nodes(tmp_path, "Organization", *texts)


# Organizations: two bodies joined by 与


def test_a_known_body_and_another_joined_by_yu_are_two(tmp_path: Path) -> None:
    texts = (
        # test13 2023-07-05
        "中央广播电视总台与国际皮划艇联合会合作签约暨首届国际皮划艇超级杯发布仪式今天（7月5日）在京举行。",
        # no split, 2023-10-05
        "在“一带一路”倡议提出十周年之际，由中央广播电视总台与文化和旅游部联合推出的大型国际文化交流节目"
        "《美美与共》将从今晚（10月5日）开始在总台央视综合频道20点档首播。",
    )
    bodies = nodes(tmp_path, "Organization", *texts)
    assert {"中央广播电视总台", "国际皮划艇联合会", "文化和旅游部"} <= bodies
    assert not {"中央广播电视总台与国际皮划艇联合会", "中央广播电视总台与文化和旅游部"} & bodies


# Persons: a foreign name begun after its hyphen, a road's short name, a town taken


def test_a_foreign_name_begun_after_its_hyphen_takes_its_first_part(tmp_path: Path) -> None:
    texts = (
        # no split, 2024-06-17: 国家安全部长本-|格维尔 (Ben-Gvir)
        "据以色列媒体报道，以国家安全部长本-格维尔等官员此前曾申请加入战时内阁。",
        # no split, 2024-09-22: 部长级代表让-|诺埃尔·巴罗 (让, also a verb, stays)
        "其中，参议院共和党党团负责人布鲁诺·勒塔约任内政部长，上届政府负责欧洲事务的部长级代表"
        "让-诺埃尔·巴罗任外交部长，上届政府国防部长塞巴斯蒂安·勒科尔尼留任。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert {"本-格维尔", "让-诺埃尔·巴罗"} <= people
    assert not {"格维尔", "诺埃尔·巴罗", "-诺埃尔·巴罗"} & people


def test_roads_by_their_short_names_and_a_town_taken_are_no_people(tmp_path: Path) -> None:
    texts = (
        # test9 2024-11-18: two expressways (乌玛、连霍等高速公路)
        "甘肃武威、甘南、庆阳等地局地气温降幅达10℃以上，乌玛、连霍等高速公路出现积雪和道路结冰，当地"
        "启动雨雪天气应急预案，确保道路畅通。",
        # no split, 2023-06-10: a village taken (占领了卡法舒巴)
        "1967年中东战争期间，以色列占领了卡法舒巴及其附近的萨巴阿农场，黎巴嫩一直主张对该地区拥有主权，"
        "要求以色列归还被占领土。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"乌玛", "连霍", "卡法舒巴"} & people
    assert "卡法舒巴" in nodes(tmp_path, "Place", *texts)


# Organizations: two bodies joined by a verb, bodies of a kind


def test_a_known_body_then_yuantong_or_lianhe_and_another_body_are_two(tmp_path: Path) -> None:
    texts = (
        # no split, 2024-05-04: 国家发展改革委|联合|财政部
        "记者从国家发展改革委了解到，近日，国家发展改革委联合财政部完成2024年地方政府专项债券项目的"
        "筛选工作。",
        # no split, 2023-06-12: 全国人大|愿同|尼联邦院
        "赵乐际表示，全国人大愿同尼联邦院加强各层级交往，夯实中尼友好合作的社会和民意基础。",
        # no split, 2023-07-26: the known body with its country before it (中国全国人大|愿同)
        "赵乐际表示，中国全国人大愿同巴议会一道，加强双方各层级交往，开展治国理政经验交流。",
        # test11 2024-12-28: 委托, before a body the tables know
        "中共中央宣传部委托文化和旅游部，指导国家图书馆组织实施的《中华传统文化百部经典》编纂项目。",
        # dev 2023-08-19: a body's name with 联合 in it stays whole
        "东部战区联合作战指挥中心下达行动指令后，战区海军多艘驱逐舰、护卫舰、导弹快艇，战区空军歼击机、"
        "轰炸机、干扰机编队，火箭军常导火力单元等任务兵力，快速向预定区域机动集结，展开作战部署。",
    )
    bodies = nodes(tmp_path, "Organization", *texts)
    assert {"国家发展和改革委员会", "财政部"} <= bodies
    assert {"巴议会", "文化和旅游部"} <= bodies
    assert (
        not {
            "国家发展改革委联合财政部",
            "全国人大愿同尼联邦院",
            "中国全国人大愿同巴议会",
            "中共中央宣传部委托文化和旅游部",
        }
        & bodies
    )
    assert "东部战区联合作战指挥中心" in bodies


def test_a_villages_or_a_communitys_body_and_kinds_of_institution_are_no_nodes(
    tmp_path: Path,
) -> None:
    texts = (
        # test4 2022-12-24: community health centres and village clinics, any of them
        "上海启用社区卫生服务中心、分中心、服务站、村卫生室等2594个发热诊间，就近满足发热病患就医配药"
        "需求。",
        # test11 2023-03-07: a street's party working committee
        "全国人大代表刘小蓉是一名街道党工委书记，在青海西宁老旧小区改造过程中，她体会到，基层街道要从"
        "一点一滴做起，营造百姓幸福生活。",
        # no split, 2022-12-28: chambers of commerce
        "大会以“智联世界，货通天下”为主题，30多个国家和地区的外交使节、商协会负责人，以及数百位知名"
        "企业家出席。",
    )
    bodies = nodes(tmp_path, "Organization", *texts)
    assert not {"社区卫生服务中心", "村卫生室", "街道党工委", "商协会"} & bodies


# Persons: a side in talks and its verb, things and formulas named like people


def test_a_side_and_its_verb_a_climate_phase_and_a_formula_are_no_people(tmp_path: Path) -> None:
    texts = (
        # no split, 2024-07-10: 孟方|愿同中方 (the document speaks of 中方)
        "中方支持孟方坚持奉行独立自主外交政策，走符合本国国情的发展道路。明年是两国建交50周年，孟方愿同"
        "中方密切高层往来，深化互利合作，积极参与共建“一带一路”。",
        # no split, 2024-06-04: El Niño and La Niña
        "（3）世界气象组织称厄尔尼诺或转为拉尼娜；",
        # test4 2023-05-31: 德智体美劳全面发展
        "1.习近平在北京育英学校考察时强调 争当德智体美劳全面发展的新时代好儿童 向全国广大少年儿童"
        "祝贺“六一”国际儿童节快乐；",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"孟方愿", "孟方", "拉尼娜", "厄尔尼诺", "德智体美劳"} & people
    assert "习近平" in people


# Persons: a storm the document names one, a craft ending in 号, a people


def test_a_storm_a_rover_and_a_people_are_no_people(tmp_path: Path) -> None:
    texts = (
        # test11 2023-10-29: the hurricane, later named alone in quotes
        "据墨西哥政府28日公布的消息，飓风“奥蒂斯”在墨西哥导致的死亡人数已经上升至39人，另有10人失踪。"
        "据墨西哥政府评估，截至目前，“奥蒂斯”导致超过22万栋房屋受损，超过51万用户断电。",
        # no split, 2024-01-22: a storm (风暴“伊莎”)
        "受风暴“伊莎”影响，英国和爱尔兰部分地区出现大风降雨天气，交通受阻。",
        # no split, 2022-10-10: the Mars rover
        "经历近一年、4亿多公里的飞行，天问一号携带祝融号在火星乌托邦平原成功着陆。",
        # no split, 2024-09-13: a people after a name
        "授予巴依卡·凯力迪别克（塔吉克族）“人民卫士”国家荣誉称号；",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"奥蒂斯", "伊莎", "祝融号", "塔吉克"} & people


# Organizations: a known short form the text begins inside a word


def test_a_known_short_form_begun_inside_a_word_is_no_mention(tmp_path: Path) -> None:
    texts = (
        # no split, 2023-04-06: 全|国新办 (the State Council Information Office's short form)
        "今年以来，我国经营主体逐步活跃向好，一季度，全国新办涉税经营主体343.4万户，同比增长7.2%。",
        # no split, 2023-05-11: 人民|建 (民建, the Democratic National Construction Association)
        "要坚持人民城市人民建、人民城市为人民，让人民群众从新区建设发展中感受到实实在在的获得感。",
        # no split, 2023-05-01: 要|求是 (求是, the magazine)
        "这次主题教育的总要求是“学思想、强党性、重实践、建新功”。",
        # no split, 2023-04-12: 向|东盟, a preposition before the short form
        "记者今天（4月12日）从商务部了解到，4月3日，菲律宾已向东盟秘书长正式交存《区域全面经济伙伴关系"
        "协定》（RCEP）核准书。",
    )
    bodies = nodes(tmp_path, "Organization", *texts)
    assert not {"国务院新闻办公室", "中国民主建国会", "求是杂志社"} & bodies
    assert "东南亚国家联盟" in bodies


# Places: a side of a place said with 部 is not the Middle East


def test_the_central_and_eastern_part_is_not_the_middle_east(tmp_path: Path) -> None:
    # no split, 2022-10-06: 海南岛中东部 (as 我国中东部 of test10, test12 and test13)
    side = "万泉河位于海南岛中东部，流经琼中、万宁和琼海等市县。"
    assert "中东" not in nodes(tmp_path, "Place", side)
    # no split, 2022-11-02: the Middle East
    region = (
        "习近平指出，阿盟致力推动阿拉伯世界联合自强，积极促进中东地区和平稳定，为维护多边主义、维护"
        "发展中国家共同利益作出了不懈努力。"
    )
    assert "中东" in nodes(tmp_path, "Place", region)


# Persons: ships, probes, a drug and a field of lending named like people; a side in talks


def test_ships_a_probe_a_drug_a_loan_and_a_side_are_no_people(tmp_path: Path) -> None:
    texts = (
        # no split, 2024-03-10 and 2024-06-17: ships named after a titled person
        "（9）英媒称英“伊丽莎白女王”号航母起火；",
        "俄罗斯总统普京4日宣布，装备了“锆石”高超音速导弹和其他最新型武器的俄海军“戈尔什科夫海军元帅”号"
        "护卫舰开始远航。",
        # test10 2024-01-09: a probe satellite
        "10.我国成功发射爱因斯坦探针卫星；",
        # test12 2022-12-19 and no split, 2022-11-23 (ontology/generic_names.txt)
        "汪俊说，店里的50瓶100片装布洛芬片，按瓶卖只能卖给50个人。",
        "引导银行对普惠小微存量贷款适度让利，继续做好交通物流金融服务。",
        # no split, 2023-03-27: Honduras's side (洪方)
        "中方愿同洪方开展治国理政交流，欢迎洪方加入“一带一路”合作倡议。",
    )
    people = nodes(tmp_path, "Person", *texts)
    assert not {"伊丽莎白", "戈尔什科夫", "爱因斯坦", "布洛芬", "普惠小微", "洪方"} & people
    assert "普京" in {name[-2:] for name in people}


def test_turkish_towns_of_the_earthquake_news_are_in_the_tables(tmp_path: Path) -> None:
    texts = (
        # no split, 2023-02-10 and 2023-02-28: Malatya
        "蓝天救援队在马拉蒂亚也搜救出一名幸存者。",
        "土耳其灾害与应急管理局28日发布消息称，27日发生在马拉蒂亚的5.6级地震已致2人死亡，140人受伤。",
    )
    assert "马拉蒂亚" in nodes(tmp_path, "Place", *texts)
    assert "马拉蒂亚" not in nodes(tmp_path, "Person", *texts)
