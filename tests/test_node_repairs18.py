"""What the graph makes a node of, on real passages: the repairs of the eighteenth round of node
precision (benchmarks/eval_nodes.py), from the errors nodes test17 still showed after its one
score.

The passages are People's Daily paragraphs (``pfr199801.jsonl.gz``) and CCTV 新闻联播 sentences;
the source is in the comment of each.
"""

from __future__ import annotations

from pathlib import Path

from conftest import nodes


def test_a_preposition_before_a_body_is_no_part_of_its_name(tmp_path: Path) -> None:
    texts = (
        # xwlb 2023-09-24 (nodes test17): 同|亚奥理事会代理主席辛格
        "19时58分，在《和平——命运共同体》的乐曲声中，习近平和夫人彭丽媛，同亚奥理事会代理主席辛格、"
        "国际奥委会主席巴赫等步入主席台，向观众挥手致意。",
    )
    bodies = nodes(tmp_path, "Organization", *texts)
    assert "亚奥理事会" in bodies
    assert "同亚奥理事会" not in bodies


def test_the_partys_name_before_a_committees_place_is_no_part_of_the_place(
    tmp_path: Path,
) -> None:
    # People's Daily 1998-01-20 (nodes test17): 中共|湖南岳阳市委书记
    texts = ("中共湖南岳阳市委书记阳宝华",)
    assert "中共湖南" not in nodes(tmp_path, "Place", *texts)


def test_a_faith_names_no_bishop(tmp_path: Path) -> None:
    # People's Daily 1998-01-30 (a probe): 天|主教
    texts = ("居民中６０％信奉原始宗教，２０％信天主教，其余信奉基督教新教和伊斯兰教。",)
    assert "主教" not in nodes(tmp_path, "Position", *texts)
