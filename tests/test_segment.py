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


def test_segment_raw_spans_hold_the_sentence_in_every_line_ending():
    from kgraph.ingest import documents_from_text
    from kgraph.segment import split_sentences

    text = "习近平指出，中美关系的根基在民间。\n希望在人民，未来在青年。\n"
    expected = ["习近平指出，中美关系的根基在民间。", "希望在人民，未来在青年。"]
    for newline in ("\n", "\r\n", "\r"):
        raw = text.replace("\n", newline)
        document = documents_from_text(raw, "a.txt")[0]
        sentences = split_sentences(document)
        assert [s.text for s in sentences] == expected
        assert [raw[s.start : s.end] for s in sentences] == expected
        assert sentences[1].start == len(expected[0]) + len(newline)


def test_segment_a_sentence_ending_in_an_html_entity_ends_after_it():
    from kgraph.ingest import documents_from_text
    from kgraph.segment import split_sentences

    page = "<p>他说：&ldquo;要坚持党的领导。&rdquo;</p><p>会议强调&hellip;&hellip;</p>"
    document = documents_from_text(page, "a.html", kind="html")[0]
    sentences = split_sentences(document)
    assert [s.text for s in sentences] == ["他说：“要坚持党的领导。”", "会议强调……"]
    assert page[sentences[0].start : sentences[0].end] == "他说：&ldquo;要坚持党的领导。&rdquo;"
    assert page[sentences[1].start : sentences[1].end] == "会议强调&hellip;&hellip;"
