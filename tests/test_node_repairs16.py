"""What the graph makes a node of, on real passages: the repairs of the sixteenth round of node
precision (benchmarks/eval_nodes.py).

The passages are sentences of CCTV 新闻联播 transcripts (``xwlb_dev.jsonl.gz``) from days of the
spent node splits; the split and day are in the comment of each. None is from ``test16``, held
out until the round's end.
"""

from __future__ import annotations

from pathlib import Path

from conftest import nodes

# Positions: a job's word (ontology/titles.tsv, kind occupation) is a post where someone holds it


def test_a_job_held_by_a_named_person_is_a_post(tmp_path: Path) -> None:
    texts = (
        # test5 2024-04-30
        "神舟十七号载人飞船返回舱在东风着陆场成功着陆，执行飞行任务的航天员汤洪波、唐胜杰、江新林"
        "身体状态良好，神舟十七号载人飞行任务取得圆满成功。",
    )
    assert "航天员" in nodes(tmp_path, "Position", *texts)


def test_a_job_no_one_holds_is_no_post(tmp_path: Path) -> None:
    texts = (
        # dev 2022-11-06: a forum named after scientists
        "第五届世界顶尖科学家论坛在上海开幕。",
        # test13 2022-12-21: a union named after nurses
        "20日，英国最大护士工会——皇家护理学院在英国多地举行大规模罢工，要求获得合理报酬。",
    )
    assert not {"科学家", "护士"} & nodes(tmp_path, "Position", *texts)


# Places: one named only inside a work's title (a document's title names real parties)


def test_a_place_named_only_inside_a_works_title_is_none(tmp_path: Path) -> None:
    texts = (
        # test15 2023-12-30: a programme
        "此外，《扬帆远航大湾区——2024新年音乐会》、季播节目《三餐四季》、大型纪录片《记住乡愁》、"
        "《2024维也纳新年音乐会》也将陆续播出。",
        # test8 pfr-19980105-03: a television series
        "本报讯一部艺术再现首都公安干警严惩刑事犯罪分子，保卫首都社会安全的八集电视系列剧《京都警魂》"
        "日前在北京杀青，并将于春节前夕在北京有线电视台首播。",
        # test6 2022-10-27: a treaty, whose parties are places
        "受国务院委托，外交部副部长马朝旭作了关于提请审议批准《中华人民共和国和摩洛哥王国关于刑事司法"
        "协助的条约》的议案的说明。",
    )
    places = nodes(tmp_path, "Place", *texts)
    assert not {"维也纳", "京都"} & places
    assert "摩洛哥" in places


# Persons: a name the document gives a post is that person wherever it recurs


def test_a_titled_name_is_the_person_where_the_tagger_read_a_place(tmp_path: Path) -> None:
    text = (
        # dev3 2024-04-10 (events): 乌略亚 read as a place where no title comes first
        "国家副主席韩正10日在北京会见由萨尔瓦多新思想党领导人、当选副总统乌略亚率领的萨尔瓦多"
        "新思想党高级干部考察团。"
        "乌略亚感谢中方在两国建交以来为萨提供的支持和帮助，表示当前萨中合作和交流进展顺利，"
        "两国人民的友谊不断深化。"
    )
    assert "乌略亚" in nodes(tmp_path, "Person", text)
    assert "乌略亚" not in nodes(tmp_path, "Place", text)
