"""What the graph makes a node of, on real passages: the repairs of the seventeenth round of node
precision (benchmarks/eval_nodes.py).

The passages are People's Daily paragraphs (``pfr199801.jsonl.gz``) and CCTV 新闻联播 sentences;
the source is in the comment of each. The CPPCC list is of ``test17``, after its one score.
"""

from __future__ import annotations

from pathlib import Path

from conftest import nodes


def test_a_brand_is_no_place(tmp_path: Path) -> None:
    texts = (
        # nodes test16 (People's Daily 1998-01-20): “龙丹”牌, “北大荒”牌
        "黑龙江省乳品工业技术开发中心实验厂“龙丹”牌婴儿配方乳品通过鉴定。",
        "黑龙江北大荒集团乳业公司“北大荒”牌新型婴儿奶粉上市。",
    )
    assert not {"龙丹", "北大荒"} & nodes(tmp_path, "Place", *texts)


def test_a_doctrine_names_no_one(tmp_path: Path) -> None:
    # xwlb 2024-11-29: 马克思|主义
    texts = ("马克思主义理论研究和建设工程工作会议11月29日在京召开。",)
    assert "马克思" not in nodes(tmp_path, "Person", *texts)


def test_a_list_entry_with_a_persons_note_is_a_person_and_a_dotted_names_head_no_place(
    tmp_path: Path,
) -> None:
    # nodes test17 (People's Daily 1998-01-24, the CPPCC list, after its one score): 康泠（女） is
    # a member, not a body; 加纳·加央克珠 is a name, not Ghana
    texts = (
        "阿不都热合曼·阿吾提（维吾尔族）、加纳·加央克珠（藏族）、康泠（女）、熊大方、墨文川、潘金培。",
    )
    assert "康泠" in nodes(tmp_path, "Person", *texts)
    assert not {"康泠", "加纳"} & (
        nodes(tmp_path, "Organization", *texts) | nodes(tmp_path, "Place", *texts)
    )


def test_a_military_command_named_like_an_area_is_an_organisation(tmp_path: Path) -> None:
    # nodes test16 (xwlb 2023-08-08)
    texts = (
        "截至8月7日，中部战区陆军、天津警备区、武警天津总队、武警第一机动总队派出约7000人，参加"
        "大清河抗洪抢险任务。",
    )
    assert "天津警备区" in nodes(tmp_path, "Organization", *texts)
    assert "天津警备区" not in nodes(tmp_path, "Place", *texts)
