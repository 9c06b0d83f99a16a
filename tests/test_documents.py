"""Document mentions and short titles on real sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgraph.extract.documents import extract_documents, resolve_short_titles
from kgraph.records import Mention

NOTICE = (
    "日前,人社部办公厅与中华全国总工会、中华全国工商业联合会、中国企业联合会办公厅(室)联合印发"
    "《关于开展基层劳动人事争议调解组织建设行动的通知》(以下简称《通知》)。《通知》要求坚持把"
    "非诉讼纠纷解决机制挺在前面。"
)
NOTICE_TITLE = "关于开展基层劳动人事争议调解组织建设行动的通知"


def texts(text: str) -> list[str]:
    return [m.text for m in extract_documents(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "双方发表《中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明》。",
            ["中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明"],
        ),
        ("致全国环卫工人的慰问信", ["致全国环卫工人的慰问信"]),
        (
            "《行政单位财务规则》分为总则、单位预算管理、收入管理、支出管理、结余管理，共１１章４９条。",
            ["行政单位财务规则"],
        ),
        (
            "这台以《春光谱》为名的晚会，由《百虎贺春》、《迎春———瑞雪丰年》以及尾声《红霞万里》等组成。",
            ["春光谱", "百虎贺春", "迎春———瑞雪丰年", "红霞万里"],
        ),
        ("关于开展2021年度农业品牌创建的通知", ["关于开展2021年度农业品牌创建的通知"]),
        # A clause that is not a named document is not one.
        ("关于今后一个时期的工会工作，这次大会作了部署。", []),
    ],
)
def test_extract_documents(text, expected):
    assert texts(text) == expected


def test_bracketed_mention_is_the_inner_title():
    mentions = extract_documents(NOTICE)
    full = mentions[0]
    assert full.text == NOTICE_TITLE
    assert NOTICE[full.start - 1] == "《" and NOTICE[full.end] == "》"
    assert all(NOTICE[m.start : m.end] == m.text for m in mentions)
    assert {m.type for m in mentions} == {"Document"}


def test_declared_short_form_takes_the_full_title():
    mentions = extract_documents(NOTICE)
    assert [(m.text, m.value) for m in mentions] == [
        (NOTICE_TITLE, None),
        ("通知", NOTICE_TITLE),
        ("通知", None),
    ]
    resolved = resolve_short_titles(mentions)
    assert [m.value for m in resolved] == [None, NOTICE_TITLE, NOTICE_TITLE]


def test_short_titles_resolve_across_sentences_in_order():
    sentences = [
        "——学习《习近平关于工人阶级和工会工作论述摘编》",
        "要认真学习《摘编》，深刻领会重要论述的丰富内涵。",
        "《通知》强调，要加强企业劳动争议调解委员会建设。",
    ]
    mentions = [m for s in sentences for m in extract_documents(s)]
    other = Mention(0, 2, "Person", "习近平", source="crf")
    resolved = resolve_short_titles([mentions[0], other, *mentions[1:]])
    assert resolved[1] is other
    assert [m.value for m in resolved if m.type == "Document"] == [
        None,
        "习近平关于工人阶级和工会工作论述摘编",
        None,  # no earlier title it shortens
    ]


def test_short_titles_stay_within_their_document():
    full, short = extract_documents(
        "印发《关于开展基层劳动人事争议调解组织建设行动的通知》。《通知》要求"
    )
    resolved = resolve_short_titles([replace(full, doc="a"), replace(short, doc="b")])
    assert resolved[1].value is None
    resolved = resolve_short_titles([replace(full, doc="a"), replace(short, doc="a")])
    assert resolved[1].value == NOTICE_TITLE
