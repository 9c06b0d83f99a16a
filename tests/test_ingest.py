from __future__ import annotations

import codecs

import pytest

from conftest import seed_path
from kgraph.ingest import (
    IngestError,
    UsageError,
    decode,
    discover,
    document_from_text,
    read_document,
    read_documents,
)
from kgraph.segment import split_sentences


def _paragraphs(document):
    return document.text.split("\n")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_ingest_offsets_point_into_the_original_file(prefix):
    path = seed_path(prefix)
    document = read_document(path, path.name)
    assert document.raw == path.read_text(encoding="utf-8")
    assert len(document.offsets) == len(document.text)
    for i, char in enumerate(document.text):
        if char not in "\n ":
            assert document.raw[document.offsets[i]] == char
    for sentence in split_sentences(document):
        original = document.raw[sentence.start : sentence.end]
        # up to the line breaks and spaces a PDF extraction left inside
        assert "".join(original.split()) == "".join(sentence.text.split())


def test_ingest_rejoins_pdf_lines():
    document = read_document(seed_path("002"))
    raw_lines = [line for line in document.raw.splitlines() if line.strip()]
    assert len(_paragraphs(document)) < len(raw_lines) / 5
    # a sentence that the PDF broke over two lines, with a blank line between
    assert "我国工人阶级在党和国家事业发展中发挥了主力军作用" in document.text
    assert "过去5年" in document.text  # the PDF's spaces around the digit are gone
    assert "\n\n" not in document.text


def test_ingest_keeps_one_copy_of_repeated_paragraphs():
    document = read_document(seed_path("003"))
    raw_count = document.raw.count("充分发挥工人阶级的主力军作用。历史赋予")
    assert raw_count == 3
    assert document.text.count("充分发挥工人阶级的主力军作用。历史赋予") == 1
    keys = [p for p in _paragraphs(document) if len(p) > 20]
    assert len(keys) == len(set(keys))


def test_ingest_prefers_the_fuller_copy_of_a_highlighted_paragraph():
    # 000 opens with highlight boxes (■…) that the article then gives in full,
    # attributed: the attributed copy is the one kept.
    document = read_document(seed_path("000"))
    assert "■" not in document.text
    assert "习近平强调，坚持党的领导必须全面地" in document.text
    assert document.text.count("坚持党的领导必须全面地、有效地贯彻落实") == 1


def test_ingest_drops_web_trailer_and_keeps_source_url():
    document = read_document(seed_path("001"))
    assert document.source_url == (
        "http://nync.jiangxi.gov.cn/art/2023/10/24/art_77926_4638869.html"
    )
    for boilerplate in ("免责声明", "原文链接", "全省城市更新工作专题培训", "11-17", "致中共"):
        assert boilerplate not in document.text
    assert document.text.rstrip().endswith("王小洪参加谈话。")


def test_ingest_metadata_from_dateline_signature_and_headline():
    dispatch = read_document(seed_path("001"))
    assert dispatch.date == "2023-10-23"  # dateline 10月23日 + year from the URL
    assert dispatch.publisher == "新华社"
    assert dispatch.title.startswith("习近平在同中华全国总工会新一届领导班子成员集体谈话时强调")
    letter = read_document(seed_path("004"))
    assert letter.date == "2023-10-26"  # the dated signature
    assert letter.title == "致全国环卫工人的慰问信"
    commentary = read_document(seed_path("003"))
    assert commentary.title == "在强国建设、民族复兴新征程上充分发挥主力军作用"


DISPATCH_WITHOUT_YEAR = (  # 新华社, 30 December 2022 (verbatim); its dateline has no year
    "新华社北京12月30日电 十三届全国人大常委会第三十八次会议30日下午在北京人民大会堂闭幕。"
    "会议经表决，决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长。\n"
)


@pytest.mark.parametrize("name", ["2022-12-30.txt", "xinhua_20221230_0042.txt", "20221230.md"])
def test_a_date_in_the_file_name_dates_a_text_that_gives_none(tmp_path, name):
    """How scraped pages are saved: the file's name gives the day a yearless dateline
    lacks, and with it the tenures' dates."""
    from kgraph.pipeline import build

    page = tmp_path / "in" / name
    page.parent.mkdir()
    page.write_text(DISPATCH_WITHOUT_YEAR, encoding="utf-8")
    assert read_document(page).date == "2022-12-30"
    held = _holdings(build([page.parent]).graph)
    assert held[("秦刚", "外交部部长")]["since"] == "2022-12-30"


def _holdings(graph) -> dict[tuple[str, str], dict]:
    """(person, post) -> the holdsPosition edge's attributes."""
    return {
        (graph.nodes[s]["label"], graph.nodes[t]["label"]): attrs
        for s, t, key, attrs in graph.edges(keys=True, data=True)
        if key == "holdsPosition"
    }


def test_a_file_name_without_a_date_gives_none(tmp_path):
    page = tmp_path / "msra-013846.txt"  # digits that are no date
    page.write_text(DISPATCH_WITHOUT_YEAR, encoding="utf-8")
    assert read_document(page).date is None


def test_a_web_pages_stamp_dates_it_and_its_dateline(tmp_path):
    """A page copied from a government site: the stamp under the headline (date, time,
    来源) dates the page and gives its dateline's year; the site's lines are no text. The
    story is 新华社's of 30 December 2022 (verbatim), the page's shape a gov.cn article's."""
    from kgraph.pipeline import build

    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(
        "全国人大常委会任免名单\n"
        "2022-12-30 18:05 来源： 新华社\n"
        "【字体：大 中 小】打印\n"
        "新华社北京12月30日电 十三届全国人大常委会第三十八次会议30日下午在北京人民大会堂闭幕。"
        "会议经表决，决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长。\n"
        "【我要纠错】 责任编辑：王洋\n"
        "扫一扫在手机打开当前页\n",
        encoding="utf-8",
    )
    document = read_document(page)
    assert document.date == "2022-12-30" and document.publisher == "新华社"
    assert "纠错" not in document.text and "扫一扫" not in document.text
    graph = build([page.parent]).graph
    held = _holdings(graph)
    assert held[("秦刚", "外交部部长")]["since"] == "2022-12-30"
    assert held[("王毅", "外交部部长")]["until"] == "2022-12-30"
    assert not any(graph.nodes[n]["label"] == "王洋" for n in graph)


NPC_CLOSES = (
    "十三届全国人大常委会第三十八次会议30日下午在北京人民大会堂闭幕。"
    "会议经表决，决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长。"
)


@pytest.mark.parametrize(
    ("headline", "stamp", "editor"),
    [
        ("全国人大常委会任免名单\n", "2022年12月30日发表\n", "(编辑:王洋)\n"),
        ("全国人大常委会任免名单\n", "2022-12-30 更新\n", "（责任编辑：王洋）\n"),
        ("", "", "(编辑:王洋)\n"),  # no headline: the story stands for it, not the editor
    ],
)
def test_a_pages_bare_stamp_dates_it_and_its_editor_line_is_no_text(
    tmp_path, headline, stamp, editor
):
    """A page's stamp may be a date and 发表 or 更新 alone; the editor line that closes a
    local government's article may be in brackets. The story is 新华社's of 30 December 2022
    (verbatim)."""
    from kgraph.pipeline import build

    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(headline + stamp + NPC_CLOSES + "\n" + editor, encoding="utf-8")
    document = read_document(page)
    assert document.date == ("2022-12-30" if stamp else None)
    assert "王洋" not in document.text and "编辑" not in document.text
    assert document.title.startswith(headline.strip() or "十三届全国人大常委会第三十八次会议")
    graph = build([page.parent]).graph
    assert not any(graph.nodes[n]["label"] == "王洋" for n in graph)
    if stamp:
        held = _holdings(graph)
        assert held[("秦刚", "外交部部长")]["since"] == "2022-12-30"


@pytest.mark.parametrize("trail", ["首页 > 新闻中心 > 工作动态", "中国共产党新闻网>>高层动态"])
def test_a_pages_breadcrumb_trail_is_chrome(tmp_path, trail):
    """The site's path to the page over its headline is neither text nor the title."""
    page = tmp_path / "page.txt"
    page.write_text(f"{trail}\n全国人大常委会任免名单\n{NPC_CLOSES}\n", encoding="utf-8")
    document = read_document(page)
    assert document.title == "全国人大常委会任免名单"
    assert document.text.startswith("全国人大常委会任免名单\n")
    assert document.removed == 1


# 《新闻联播》 of 26 May 2024, an item as the site's page gives it (verbatim).
LI_QIANG_TO_SEOUL = (
    "李强抵达首尔出席第九次中日韩领导人会议",
    "央视网消息（新闻联播）：国务院总理李强5月26日上午乘包机离开北京，赴韩国出席第九次中日韩"
    "领导人会议。国务委员兼国务院秘书长吴政隆等陪同人员同机离京。\n"
    "当地时间26日中午，李强乘坐包机抵达首尔城南机场。韩国政府高级官员和中国驻韩国大使邢海明等到"
    "机场迎接。\n",
)


def _typed_facts(graph) -> set[tuple[str, str, str]]:
    label = {n: data.get("label", n) for n, data in graph.nodes(data=True)}
    return {
        (key, label[s], label[t])
        for s, t, key in graph.edges(keys=True)
        if key not in ("mentions", "coOccursWith", "partOf")
    }


def test_a_stamp_under_the_headline_leaves_the_story_whole(tmp_path):
    """A page's stamp line (发布时间：…) under its headline is the page's date and nothing
    else: not glued to the headline, not a headline that starts another story, not the day
    of what the story tells. The page reads as the same item saved under a dated name."""
    from kgraph.pipeline import build

    headline, body = LI_QIANG_TO_SEOUL
    stamped = tmp_path / "stamped" / "page.txt"
    named = tmp_path / "named" / "2024-05-26.txt"
    for path, text in (
        (stamped, f"{headline}\n发布时间：2024年05月26日\n{body}"),
        (named, f"{headline}\n{body}"),
    ):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    document = read_document(stamped)
    assert (document.title, document.date) == (headline, "2024-05-26")
    facts = _typed_facts(build([stamped.parent]).graph)
    assert ("accompanied", "吴政隆", "李强访问韩国（2024-05）") in facts
    assert facts == _typed_facts(build([named.parent]).graph)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8-sig", b""), ("gb18030", b""), ("utf-16", b""), ("big5", b"")],
)
def test_ingest_decodes_chinese_encodings(encoding, prefix):
    text = (
        "中华全国总工会主席王东明代表新一届领导班子作了汇报。全国总工会副主席徐留平作了发言。\n" * 5
    )
    if encoding == "big5":
        text = (
            "中華全國總工會主席王東明代表新一屆領導班子作了匯報。全國總工會副主席徐留平作了發言。\n"
            * 5
        )
    decoded, _used, warnings = decode(prefix + text.encode(encoding))
    assert decoded.lstrip("\ufeff") == text
    assert warnings == []


def test_ingest_decodes_gbk_seed_file(tmp_path):
    original = seed_path("004").read_text(encoding="utf-8")
    path = tmp_path / "letter.txt"
    path.write_bytes(original.encode("gb18030"))
    assert read_document(path).raw == original


def test_ingest_utf16_without_bom():
    text = "新华社北京10月23日电 习近平在中南海同中华全国总工会新一届领导班子成员集体谈话。"
    decoded, encoding, _ = decode(text.encode("utf-16-le"))
    assert decoded == text
    assert codecs.lookup(encoding).name == "utf-16-le"


def test_ingest_repairs_a_few_invalid_bytes():
    text = "习近平强调，要坚持党对工会的全面领导。" * 40
    data = text.encode("utf-8")
    broken = data[:30] + b"\xff" + data[30:]
    decoded, _encoding, warnings = decode(broken)
    assert "\ufffd" in decoded
    assert any("invalid UTF-8" in w for w in warnings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (bytes(range(256)) * 64, "binary"),
    ],
)
def test_ingest_rejects_what_is_not_text(data, reason):
    with pytest.raises(IngestError, match=reason):
        decode(data)


def test_ingest_html_keeps_text_and_maps_offsets_into_the_page():
    page = (
        "<!doctype html><html><head><title>标题</title><script>var x = '<p>习</p>';</script>"
        "<style>p{color:red}</style></head><body><nav>首页 | 新闻 | 政务公开 | 联系我们</nav>"
        "<p>新华社北京10月23日电 习近平在中南海同中华全国总工会"
        "新一届领导班子成员集体谈话&amp;讲话。</p>"
        "<footer>版权所有</footer></body></html>"
    )
    document = document_from_text(page, "page.html", html=True)
    assert "var x" not in document.text and "color" not in document.text
    assert "首页" not in document.text and "版权所有" not in document.text
    assert "集体谈话&讲话。" in document.text
    start = document.text.index("习近平")
    raw_start, raw_end = document.raw_span(start, start + 3)
    assert page[raw_start:raw_end] == "习近平"


def test_ingest_discover_walks_folders_and_rejects_missing_paths(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("中文。", encoding="utf-8")
    (tmp_path / "a" / "y.html").write_text("<p>中文。</p>", encoding="utf-8")
    (tmp_path / "a" / "z.bin").write_bytes(b"\x00")
    ids = [doc_id for _path, doc_id in discover([tmp_path / "a"])]
    assert ids == ["a/x.txt", "a/y.html"]
    with pytest.raises(UsageError, match="no such file"):
        discover([tmp_path / "missing"])


def test_ingest_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "习近平强调。".encode())
    assert read_document(path).text == "习近平强调。"


def test_ingest_lists_unsupported_files_of_a_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("中文。", encoding="utf-8")
    (tmp_path / "a" / "z.bin").write_bytes(b"\x00")
    (tmp_path / "a" / ".hidden.png").write_bytes(b"\x00")
    unsupported = []
    assert [d for _p, d in discover([tmp_path / "a"], unsupported)] == ["a/x.txt"]
    assert [p.name for p in unsupported] == ["z.bin"]


def test_ingest_and_metadata_import_nothing_from_the_extractors():
    import ast

    from conftest import ROOT

    package = ROOT / "src" / "kgraph"
    files = [package / "ingest.py", package / "metadata.py", package / "segment.py"]
    files += sorted((package / "formats").glob("*.py"))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("kgraph.extract"), path.name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("kgraph.extract") for a in node.names), path.name


def test_ingest_counts_what_it_removes():
    document = read_document(seed_path("001"))  # a portal copy: disclaimer, link list, source
    assert document.removed >= 10
    plain = read_document(seed_path("002"))
    assert plain.removed == 0


def test_ingest_raw_is_the_file_with_its_line_endings(tmp_path):
    text = (
        "习近平强调，要坚持党对工会的全面领导。\r\n全国总工会副主席徐留平作了发言。\r旧式换行。\n"
    )
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8"))
    document = read_document(path)
    assert document.raw == text
    for sentence in split_sentences(document):
        assert document.raw[sentence.start : sentence.end] == sentence.text


def test_ingest_a_page_of_items_reads_as_several_documents(tmp_path):
    path = tmp_path / "20231031.md"
    path.write_text(
        "# 《新闻联播》 (20231031)\n\n## 详细新闻\n\n"
        "### 习近平会见纽森\n\n<p><strong>央视网消息</strong>（新闻联播）：国家主席习近平25日"
        "在北京人民大会堂会见美国加利福尼亚州州长纽森。</p>\n\n"
        "### 中央金融工作会议在北京举行\n\n<p><strong>央视网消息</strong>（新闻联播）："
        "中央金融工作会议10月30日至31日在北京举行。</p>\n",
        encoding="utf-8",
    )
    documents = read_documents(path, "x/20231031.md")
    assert [d.id for d in documents] == ["x/20231031.md", "x/20231031.md#1", "x/20231031.md#2"]
    assert read_document(path).text == ""  # the page: its title and date, no text of the items
    assert [d.date for d in documents] == ["2023-10-31", "2023-10-25", "2023-10-30"]


def _seed_sentences() -> list[str]:
    sentences = []
    for prefix in ("000", "003", "004"):
        for document in read_documents(seed_path(prefix)):
            sentences += [
                s.text
                for s in split_sentences(document)
                if s.text.endswith("。") and len(s.text.split()) == 1
            ]
    return sentences


def test_ingest_cuts_a_one_line_file_into_bounded_paragraphs():
    from kgraph.ingest import LONG_LINE, PSEUDO_PARAGRAPH, documents_from_text

    sentences = _seed_sentences()
    raw = "".join(sentences) * 40  # 600,000 characters on one line, paragraphs repeated
    assert len(raw) > 500_000 and "\n" not in raw
    document = documents_from_text(raw, "one-line.txt")[0]
    paragraphs = document.text.split("\n")
    assert len(paragraphs) >= len(raw) // PSEUDO_PARAGRAPH
    assert all(len(p) <= PSEUDO_PARAGRAPH for p in paragraphs)
    assert all(p.endswith(("。", "”")) for p in paragraphs)  # cut at sentence ends
    # Nothing dropped: pieces of one line are never taken for repeated paragraphs.
    assert "".join(paragraphs) == raw and document.removed == 0
    for i in range(0, len(document.text), 997):
        if document.text[i] != "\n":
            assert raw[document.offsets[i]] == document.text[i]
    sentences_read = split_sentences(document)
    assert all(raw[s.start : s.end] == s.text for s in sentences_read[::50])
    # A line under the limit is left whole.
    short = "".join(sentences)[: LONG_LINE - 10]
    assert "\n" not in documents_from_text(short, "short.txt")[0].text


def test_ingest_keep_boilerplate_keeps_every_line():
    path = seed_path("001")  # a portal copy: disclaimer, link list, source
    cleaned = read_document(path)
    kept = read_documents(path, keep_boilerplate=True)[0]
    assert cleaned.removed >= 10 and kept.removed == 0
    assert "免责声明" not in cleaned.text and "免责声明" in kept.text
    assert "全省城市更新工作专题培训" in kept.text
    assert kept.source_url == cleaned.source_url  # the source is still found
    page = (
        "<html><body><div class='share'>分享到：微信 微博</div>"
        "<p>习近平强调，要坚持党的领导。</p></body></html>"
    )
    from kgraph.ingest import documents_from_text

    assert "分享到" not in documents_from_text(page, "a.html")[0].text
    assert "分享到" in documents_from_text(page, "a.html", keep_boilerplate=True)[0].text


def _boilerplate_file(path):
    path.write_text(
        "习近平强调，要坚持党对工会的全面领导。\n全国总工会副主席徐留平作了发言。\n"
        "责任编辑：张三\n分享到：\n上一篇：关于印发通知\n下一篇：工作动态\n"
        "版权所有：某某网站\n京ICP备12345678号\n",
        encoding="utf-8",
    )


def test_build_lists_unsupported_files_and_counts_what_cleaning_removed(tmp_path, capsys):
    from kgraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _boilerplate_file(corpus / "portal.txt")
    (corpus / "plain.txt").write_text("全国总工会副主席徐留平作了发言。\n", encoding="utf-8")
    for name in ("a.xls", "b.jpg", "c\x1b[31m.zip"):
        (corpus / name).write_bytes(b"\x00\x01")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "-j", "1", "--no-cache"]) == 0
    messages = capsys.readouterr().err.splitlines()
    unsupported = [m for m in messages if m.startswith("kgraph: skipped")]
    assert unsupported == [  # one line, the names escaped
        "kgraph: skipped 3 unsupported files: "
        f"{corpus / 'a.xls'}, {corpus / 'b.jpg'}, {corpus / 'c'}\\x1b[31m.zip"
    ]
    assert "removed 6 boilerplate lines (use --keep-boilerplate to keep them)" in messages
    lost = [m for m in messages if "portal.txt" in m]  # it lost most of its lines and text
    assert lost == [
        f"kgraph: warning: {corpus / 'portal.txt'}: cleaning removed 6 of its 8 lines and most "
        "of its text (use --keep-boilerplate to keep them)"
    ]
    assert not any("plain.txt" in m for m in messages)
    # A portal copy that loses its link list but keeps most of its text is not warned about.
    assert main(["build", str(seed_path("001")), "-o", str(out), "-j", "1", "-q"]) == 0
    assert capsys.readouterr().err == ""

    assert main(["build", str(corpus), "-o", str(out), "-j", "1", "--keep-boilerplate"]) == 0
    messages = capsys.readouterr().err.splitlines()
    assert not any("boilerplate lines" in m or "portal.txt" in m for m in messages)
    assert sum(m.startswith("kgraph: skipped 3 unsupported") for m in messages) == 1


def test_build_command_has_keep_boilerplate():
    import argparse

    from kgraph.pipeline import add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert parser.parse_args(["--keep-boilerplate"]).keep_boilerplate is True
    assert parser.parse_args([]).keep_boilerplate is False


def test_a_dispatch_of_december_on_a_january_page_is_of_the_year_before(tmp_path):
    # People's Daily, 1 January 1998: the masthead, then a dispatch of 30 December
    from kgraph.metadata import describe

    text = (
        "人民日报 1998年1月1日\n本报比勒陀利亚１２月３０日电记者温宪报道：钱其琛和恩佐３０日在这里"
        "签署两国建交联合公报。\n"
    )
    assert describe(text).date == "1997-12-30"
    later = "人民日报 1998年1月13日\n新华社北京１月１２日电 国务院召开常务会议。\n"
    assert describe(later).date == "1998-01-12"


def test_a_spreadsheets_escaped_line_breaks_are_line_breaks(tmp_path):
    """A corpus kept in a spreadsheet and saved as text writes each cell's line breaks as
    _x000D_: the item reads as the same item with its lines."""
    from kgraph.pipeline import build

    headline, body = LI_QIANG_TO_SEOUL
    plain = f"{headline}\n{body}"
    exported = plain.rstrip("\n").replace("\n", "_x000D_ _x000D_ ") + "\n"
    for folder, text in (("cell", exported), ("lines", plain)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "2024-05-26.txt").write_text(text, encoding="utf-8")
    document = read_document(tmp_path / "cell" / "2024-05-26.txt")
    assert document.title == headline and "_x000D_" not in document.text
    assert document.text.split("\n")[1].startswith("央视网消息")
    for i, char in enumerate(document.text):
        if char not in "\n ":
            assert document.raw[document.offsets[i]] == char
    assert _typed_facts(build([tmp_path / "cell"]).graph) == _typed_facts(
        build([tmp_path / "lines"]).graph
    )


def test_a_note_on_a_picture_is_no_part_of_a_headline(tmp_path):
    # People's Daily 1998-01-06, page 6 (two stories of the page, as pfr199801 gives them): a
    # headline ends with the paper's note that a picture goes with the story
    page = tmp_path / "pfr-19980106-06.txt"
    page.write_text(
        "莫伊蝉联肯尼亚总统（附图片１张）\n"
        "本报阿比让１月５日电记者杨贵兰报道：在肯尼亚大选中赢得连任的肯尼亚总统莫伊５日在内罗毕"
        "宣誓就职。\n",
        encoding="utf-8",
    )
    assert read_document(page).title == "莫伊蝉联肯尼亚总统"
    # People's Daily 1998-01-16, page 1: the note stands on a line of its own between a story's
    # headline and its lead; it neither titles the story nor ends the story before it
    page.write_text(
        "人民日报 1998年1月16日\n加快石油资源勘探开发满足国民经济发展需求\n"
        "新华社北京１月１５日电（中央人民广播电台记者李涛，新华社记者王言彬、韩振军）国务院总理李鹏"
        "今天下午在接见中国石油天然气总公司工作会议代表时强调。\n"
        "国务院副总理吴邦国、国务委员罗干等参加了接见。\n"
        "《罗荣桓军事文选》出版座谈会举行江泽民出席并发表重要讲话\n（附图片１张）\n"
        "新华社北京１月１５日电（解放军报记者王文杰、新华社记者罗玉文）《罗荣桓军事文选》出版座谈会"
        "今天在人民大会堂举行。\n",
        encoding="utf-8",
    )
    items = read_documents(page)[1:]
    assert [item.title for item in items] == [
        "加快石油资源勘探开发满足国民经济发展需求",
        "《罗荣桓军事文选》出版座谈会举行江泽民出席并发表重要讲话",
    ]
    assert items[0].text.rstrip().endswith("参加了接见。")


def test_a_story_under_a_photo_s_caption_and_credit_starts_at_its_headline(tmp_path):
    # People's Daily 1998-01-20, page 1: headline, subtitle, the photo's caption and credit, then
    # the lead: the story starts at its headline, not at the credit, and the story before it
    # does not run on into its headline
    page = tmp_path / "pfr-19980120-01.txt"
    page.write_text(
        "人民日报 1998年1月20日\n渤西油田供能津门\n"
        "本报天津１月１９日电记者费伟伟报道：倍受天津人民关注的渤西油田今天正式投产，开始向天津供油"
        "供气。国务院副总理邹家华出席了投产庆典并亲自按下向天津供应天然气的按钮。\n"
        "中央军委举行慰问驻京部队老干部迎新春文艺演出\n江主席向全军老同志拜年（附图片１张）\n"
        "１月１９日，中央军委举行慰问驻京部队老干部迎新春文艺演出。中共中央总书记、国家主席、中央军委"
        "主席江泽民出席并向观看文艺演出的老同志祝贺新春。\n（新华社记者王建民摄）\n"
        "新华社北京１月１９日电（解放军报记者陈大鹏、新华社记者罗玉文）中央军委今天在京举行慰问驻京"
        "部队老干部迎新春文艺演出。\n"
        "政协举行第二十三次常委会议李瑞环主持为政协九届一次会议作准备\n"
        "新华社北京１月１９日电（记者陈雁）政协第八届全国委员会常务委员会第二十三次会议今天上午开始在京"
        "举行。\n",
        encoding="utf-8",
    )
    oil, show, _session = read_documents(page)[1:]
    assert oil.text.rstrip().endswith("按钮。")
    assert show.title == "中央军委举行慰问驻京部队老干部迎新春文艺演出 江主席向全军老同志拜年"
    # People's Daily 1998-01-11, page 2: a byline in brackets under a story's lead is no credit
    # under a caption: the story keeps its headline, and the dispatches after the byline (which
    # have none) are not joined to it
    page.write_text(
        "人民日报 1998年1月11日\n保健食品市场整顿巡礼活动开始\n"
        "本报北京１月９日讯我国已有５９８家企业的７９０个保健食品通过卫生部的严格审批，获得了《保健食品"
        "批准证书》。\n（赵新华）\n"
        "新华社大连１月１０日电大连市第十二届人民代表大会第一次会议１月１０日选举于学祥为市人大常委会"
        "主任；选举薄熙来为大连市市长。\n"
        "新华社长春１月１０日电（记者李亚彪）吉林省长春市第十一届人民代表大会第一次全体会议今天选举"
        "张明远为市人大常委会主任；选举李述为长春市市长。\n",
        encoding="utf-8",
    )
    food, elections = read_documents(page)[1:]
    assert food.title == "保健食品市场整顿巡礼活动开始" and "大连" not in food.text
    assert elections.date == "1998-01-10"


def test_a_dispatch_of_late_december_on_a_january_page_is_of_the_year_before(tmp_path):
    # People's Daily 1998-01-01, page 3: the items' datelines (１２月３１日电, １２月３０日电) are
    # of 1997, the day before the page; the year the page gives would put them a year ahead
    page = tmp_path / "pfr-19980101-03.txt"
    page.write_text(
        "人民日报 1998年1月1日\n塔拉尔将出任巴基斯坦总统\n"
        "本报伊斯兰堡１２月３１日电记者王南报道：巴基斯坦穆斯林联盟（谢里夫派）候选人、原最高法院大法官"
        "穆罕默德·拉斐克·塔拉尔，今天在巴国民议会、参议院以及各省议会选举中，当选巴基斯坦第九任总统，"
        "任期５年。塔拉尔将于明天宣誓就职。\n"
        "中南外长高度评价两国建交\n"
        "本报约翰内斯堡１２月３０日电记者温宪、新华社记者刘也刚、赵毅、尚绪谦报道：中国国务院副总理兼"
        "外交部长钱其琛和南非外交部长恩佐３０日在中国驻南非研究中心主任王学贤举行的招待会上发表讲话。\n",
        encoding="utf-8",
    )
    assert [item.date for item in read_documents(page)[1:]] == ["1997-12-31", "1997-12-30"]


def test_a_newspaper_page_and_its_items_are_dated_by_its_masthead(tmp_path):
    # People's Daily 1998-01-22, page 6: the page is of the 22nd (not the 18th its first story's
    # closing dateline had made it), and a dispatch of the 20th on it stays of 1998
    page = tmp_path / "pfr-19980122-06.txt"
    page.write_text(
        "人民日报 1998年1月22日\n讲不完的美好故事——记俄汉学家的中国情结\n本报驻俄罗斯记者刘刚\n"
        "１月１７日晚，莫斯科“长城饭店”里洋溢着浓烈的春节气氛。在大厅的天棚上一排排大红灯笼耀人眼目；"
        "墙上贴的一个硕大“春”字，吸引了很多俄罗斯客人驻足凝视。莫斯科华人华侨和俄国汉学家正在这里举行"
        "迎春晚会。\n（本报莫斯科１月１８日电）\n"
        "法国及欧盟愿与美共促中东和平俄称正在为解决中东危机作努力\n"
        "本报华盛顿１月２０日电记者李云飞报道：美国总统克林顿今天在白宫两度同来访的以色列总理内塔尼亚胡"
        "举行会谈，讨论以色列从约旦河西岸撤军的问题，但两轮会谈没有取得任何进展。\n"
        "哈韦尔蝉联捷克总统\n"
        "据新华社布拉格１月２０日电（记者鲁惠民）捷克现任总统瓦茨拉夫·哈韦尔２０日再次当选为捷克共和国"
        "总统。\n",
        encoding="utf-8",
    )
    documents = read_documents(page)
    assert [d.date for d in documents] == ["1998-01-22", "1998-01-20", "1998-01-20"]
