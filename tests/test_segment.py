from __future__ import annotations

from kgraph.segment import MAX_SENTENCE, split_text


def _sentences(text):
    return [text[start:end] for start, end in split_text(text)]


def test_segment_splits_on_chinese_punctuation_keeping_closing_quotes():
    text = "习近平总书记指出：“环卫工人是城市的美容师。”全社会都要尊重环卫工人！是吗？是的；好"
    assert _sentences(text) == [
        "习近平总书记指出：“环卫工人是城市的美容师。”",
        "全社会都要尊重环卫工人！",
        "是吗？",
        "是的；",
        "好",
    ]


def test_segment_breaks_at_paragraphs_and_trims_space():
    assert _sentences("第一段没有句号\n  第二段。\n\n") == ["第一段没有句号", "第二段。"]


def test_segment_bounds_text_without_punctuation():
    text = "，".join(["劳动人事争议调解组织建设"] * 200)
    pieces = list(split_text(text))
    assert all(end - start <= MAX_SENTENCE for start, end in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text
    no_commas = "调" * 5000
    assert sum(e - s for s, e in split_text(no_commas)) == 5000
