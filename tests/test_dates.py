"""Date mentions, datelines and signature dates on real sentences (seeds, People's Daily 1998)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.extract.dates import extract_dates
from kgraph.metadata import find_signature_date, parse_dateline

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OCT_23 = dt.date(2023, 10, 23)
JAN_22 = dt.date(1998, 1, 22)


def values(text: str, reference: dt.date | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in extract_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "新华社北京10月23日电 中共中央总书记、国家主席、中央军委主席习近平23日下午在中南海同"
            "中华全国总工会新一届领导班子成员集体谈话并发表重要讲话。",
            OCT_23,
            [("10月23日", "2023-10-23"), ("23日下午", "2023-10-23")],
        ),
        (
            "过去5年，广大职工群众与党同心、跟党奋斗，在经济建设、科技创新、脱贫攻坚、乡村振兴中，"
            "展现了敢打硬仗、勇挑重担的时代风采。",
            OCT_23,
            [("过去5年", "2018/2023")],
        ),
        (
            "《通知》提出，到2025年底，规模以上企业广泛设立劳动争议调解委员会。",
            OCT_23,
            [("2025年底", "2025-12")],
        ),
        (
            "当晚，习近平在人民大会堂金色大厅为佩特罗举行欢迎宴会。",
            dt.date(2023, 10, 25),
            [("当晚", "2023-10-25")],
        ),
        (
            "本报约翰内斯堡１月２２日电记者李新烽报道：一架为安盟运送采矿设备的南非私人飞机２０日被"
            "安哥拉空军迫降在安哥拉。",
            JAN_22,
            [("１月２２日", "1998-01-22"), ("２０日", "1998-01-20")],
        ),
        (
            "卡里莫夫说，塔吉克斯坦欠乌兹别克斯坦的债务到去年１月１日时为１·８亿美元。",
            JAN_22,
            [("去年１月１日", "1997-01-01")],
        ),
        ("１９９３年９月，绿色的喜讯传来。", JAN_22, [("１９９３年９月", "1993-09")]),
        (
            "本报讯唐山南站在改革用工制度上大胆尝试，截止到去年十一月底已经有三十六名职工愉快地离开了岗位。",
            JAN_22,
            [("去年十一月底", "1997-11")],
        ),
        (
            "本报济南十二月三十一日电截至一九九七年十二月三十一日，胜利海上油田全年共生产原油一百五十万零一百吨。",
            JAN_22,
            [("十二月三十一日", "1997-12-31"), ("一九九七年十二月三十一日", "1997-12-31")],
        ),
        (
            "合并工作最迟在一九九八年七月三十一日完成。",
            None,
            [("一九九八年七月三十一日", "1998-07-31")],
        ),
        (
            "进入９０年代，自治区党委、政府科学分析了区情。",
            JAN_22,
            [("９０年代", "1990/1999")],
        ),
        (
            "改革开放近二十年来，我们取得了举世瞩目的成就。",
            JAN_22,
            [("近二十年来", "1978/1998")],
        ),
        (
            "蒙古总统巴嘎班迪１２月３１日晚发表电视新年贺词，号召全体蒙古人民同心协力。",
            dt.date(1998, 1, 2),
            [("１２月３１日晚", "1997-12-31")],
        ),
        (
            "哥方支持拉中论坛建设，愿利用2025年担任拉共体轮值主席国契机，积极推动拉中关系不断发展。",
            OCT_23,
            [("2025年", "2025")],
        ),
        # a bare day late in the month is of that month, not of the next (xwlb 2023-10-29,
        # 2023-02-24); one a day ahead is tomorrow (xwlb 2022-09-30, the National Day schedule)
        (
            "7日爆发的新一轮巴以冲突已导致双方超过9500人死亡。",
            dt.date(2023, 10, 29),
            [("7日", "2023-10-07")],
        ),
        (
            "列车脱轨事故3日发生后，俄亥俄州应急人员6日曾对氯乙烯车厢进行所谓“受控排放”。",
            dt.date(2023, 2, 24),
            [("3日", "2023-02-03"), ("6日", "2023-02-06")],
        ),
        (
            "1日晚间8点档，综合频道、综艺频道、音乐频道等频道将播出特别节目。",
            dt.date(2022, 9, 30),
            [("1日晚间", "2022-10-01")],
        ),
        (
            "中方愿同拉方以明年中拉论坛成立10周年为契机，推动新时代中拉关系行稳致远。",
            OCT_23,
            [("明年", "2024")],
        ),
        (
            # xwlb 2022-10-31: 当天 is the day just named, a bare 30日 too, not the page's
            "巴西高等选举法院30日公布的统计结果显示，在当天举行的巴西大选第二轮投票中，"
            "劳工党候选人、前总统卢拉得票率为50.9%。",
            dt.date(2022, 10, 31),
            [("30日", "2022-10-30"), ("当天", "2022-10-30")],
        ),
        (
            # pfr-19980127 (test17, after its score): so many years before, a year
            "四年前让已离队八年的北京武术院院长吴彬回队任总教练。",
            dt.date(1998, 1, 27),
            [("四年前", "1994")],
        ),
        (
            # pfr-19980107 (test50, after its score): New Year's Day, told as when
            "元旦这一天，市委书记李清林冒着寒风来到住在南岗区通达街１５３号的特困职工胡滨娜家中。",
            dt.date(1998, 1, 7),
            [("元旦", "1998-01-01")],
        ),
        (
            # pfr-19980103: the year given
            "１９９８年元旦，全国各地开展丰富多彩的健身活动。",
            dt.date(1998, 1, 3),
            [("１９９８年元旦", "1998-01-01")],
        ),
        (
            # pfr-19980125: a feast kept, no day told
            "比如欧美人过元旦，就远没有过圣诞节和复活节那么郑重其事。",
            dt.date(1998, 1, 25),
            [],
        ),
    ],
)
def test_dates_resolve_against_the_reference(text, reference, expected):
    assert values(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "如涉及作品内容、版权和其它问题，请在30日内与本网联系。",
        "近年来，广大环卫工人始终牢记初心使命。",
        "日前，人社部办公厅与中华全国总工会联合印发通知。",
        "中心依托70多年工会出版资源，积极建设工会和劳动关系领域文献资料平台。",
    ],
)
def test_counts_and_vague_times_are_not_dates(text):
    assert extract_dates(text, OCT_23) == []


def test_partial_dates_without_reference_have_no_value():
    text = "10月24日，全总工会理论和劳动关系智库基地文献资料中心揭牌仪式在北京举行。"
    assert values(text, None) == [("10月24日", None)]
    assert values(text, dt.date(2023, 10, 26)) == [("10月24日", "2023-10-24")]


def test_offsets_point_into_the_original_text():
    text = "新华社莫斯科１月６日电中亚五国首脑６日在土库曼斯坦首都阿什哈巴德继续举行工作会晤。"
    for mention in extract_dates(text, dt.date(1998, 1, 6)):
        assert text[mention.start : mention.end] == mention.text
        assert mention.type == "Date"
        assert mention.value == "1998-01-06"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("新华社北京10月23日电 中共中央总书记习近平", 2023, ("新华社", "北京", "2023-10-23")),
        ("本报约翰内斯堡１月２２日电记者李新烽报道：", 1998, ("本报", "约翰内斯堡", "1998-01-22")),
        ("据新华社伦敦１月１４日电（记者陶志彭）日本首相", 1998, ("新华社", "伦敦", "1998-01-14")),
        ("（本报珀斯１月１４日电）", None, ("本报", "珀斯", None)),
        ("本报澳门一月一日电一九九八年", 1998, ("本报", "澳门", "1998-01-01")),
        ("本报讯(记者李丹青)日前,人社部办公厅", 2023, ("本报", None, None)),
        ("习近平同哥伦比亚总统佩特罗会谈", 2023, (None, None, None)),
    ],
)
def test_parse_dateline(text, year, expected):
    assert parse_dateline(text, reference_year=year) == expected


def test_dateline_of_a_seed_after_its_headline():
    text = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    assert parse_dateline(text[:2000], reference_year=2023) == ("新华社", "北京", "2023-10-23")


def test_signature_date_of_a_letter():
    text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    assert find_signature_date(text) == "2023-10-26"
    letter = "衷心祝愿全国广大环卫工人身体健康！\n\n中华全国总工会\n二〇二三年十月二十六日\n"
    assert find_signature_date(letter) == "2023-10-26"
    assert find_signature_date("我们再次迎来了10月26日这个具有特殊意义的日子。") is None


def test_impossible_dates_are_not_mentions():
    # The pattern matches, the calendar does not: no reference can give these a value.
    assert extract_dates("2023年2月30日", OCT_23) == []
    assert extract_dates("2月30日", None) == []


def test_dates_a_day_after_a_name_ending_in_a_numeral():
    # People's Daily 1998-01-13: 金泳三９日 (the 三 of the name runs into no number)
    found = extract_dates("韩国总统金泳三９日会见了各代表团团长。", dt.date(1998, 1, 13))
    assert [(m.text, m.value) for m in found] == [("９日", "1998-01-09")]
    # a numeral running on is still no day: 五十三日内
    assert extract_dates("五十三日内完成", dt.date(1998, 1, 13)) == []


def test_dates_a_span_of_months():
    # Career notes (Resume NER corpus) and a transcript (新闻联播 2022-10-27): one span, from
    # the first month to the last (the year of the second given or not), not two dates
    assert values("1996年3月至1997年11月，任重庆工业自动化仪表研究所所长助理；", None) == [
        ("1996年3月至1997年11月", "1996-03/1997-11")
    ]
    assert values("1987年7月-1995年5月任甘肃省友谊公司主管会计", None) == [
        ("1987年7月-1995年5月", "1987-07/1995-05")
    ]
    assert values("1945年4月至6月党的七大在这里召开。", None) == [
        ("1945年4月至6月", "1945-04/1945-06")
    ]
    # written with dots (Resume NER corpus), or a start that runs to now; never a lone number
    assert values("2005.03-2007.12，任大连獐子岛渔业集团股份有限公司国际贸易部经理；", None) == [
        ("2005.03-2007.12", "2005-03/2007-12")
    ]
    assert values("2010.12至今，任大连獐子岛渔业集团股份有限公司副总裁，", None) == [
        ("2010.12", "2010-12")
    ]
    assert values("全年增长2008.3亿元，占比2008.3%", None) == []
    # a line that opens with a span of years and a comma (not 1996-1997赛季 inside a sentence)
    assert values("1996-1997，海正药业集团有限公司董事、党委委员；", None) == [
        ("1996-1997", "1996/1997")
    ]
    assert values("在1996-1997赛季中", None) == []
    # a day after the second month: no span of months, a month and then a day
    assert [text for text, _ in values("1998年5月至6月12日", JAN_22)] == ["1998年5月", "6月12日"]


def test_a_cited_document_takes_the_day_year_or_month_its_sentence_gives(tmp_path):
    """发布《…》: the month the sentence gives, the day of the news (近日). 新闻联播, verbatim
    sentences."""
    from kgraph.pipeline import build

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "2023年12月20日\n"
        "2021年9月，党中央、国务院发布《横琴粤澳深度合作区建设总体方案》，为合作区建设擘画美好蓝图。\n"
        "国家能源局近日发布《配电网高质量发展行动实施方案》。\n",
        encoding="utf-8",
    )
    graph = build([corpus]).graph
    dated = {graph.nodes[n]["label"]: graph.nodes[n].get("date") for n in graph}
    assert dated["横琴粤澳深度合作区建设总体方案"] == "2021-09"
    assert dated["配电网高质量发展行动实施方案"] == "2023-12-20"


def test_a_careers_year_without_年_runs_to_now():
    # Resume NER corpus (test23, spent): 1984至今历任…
    from kgraph.extract import extract

    dates = [
        (m.text, m.value)
        for m in extract("1984至今历任济南轻骑摩托车总厂发动机厂工会主席")
        if m.type == "Date"
    ]
    assert dates == [("1984", "1984")]
    assert not [m for m in extract("共有1984人至今仍在工作") if m.type == "Date"]


def test_a_span_of_years_with_a_month_at_one_end_is_one_interval() -> None:
    # Resume NER corpus (test28, spent; and a line of it): 2007年至2009年9月任…, 1996年11月至2004年…
    found = extract_dates("2007年至2009年9月任安凯客车总经理助理", None)
    assert [(d.text, d.value) for d in found] == [("2007年至2009年9月", "2007/2009-09")]
    found = extract_dates("1996年11月至2004年在沈阳华岩电力技术有限公司任发电事业部副经理；", None)
    assert [(d.text, d.value) for d in found] == [("1996年11月至2004年", "1996-11/2004")]


def test_a_day_in_numerals_after_yu_is_a_date():
    # 人民日报 1998-01-14: 来访于十一日抵京 (a count would not follow 于)
    found = extract_dates(
        "阿尔穆尼亚一行是应中国共产党邀请来访于十一日抵京的。", dt.date(1998, 1, 14)
    )
    assert [(d.text, d.value) for d in found] == [("十一日", "1998-01-11")]
