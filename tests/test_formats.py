"""Formats (Markdown, HTML), pages of several items, and exact offsets on every ingest path."""

from __future__ import annotations

import codecs
import gzip
import html
import itertools
import json
import random
import re

import pytest

from conftest import CORPORA, seed_path
from kgraph.formats.html import html_to_text
from kgraph.formats.markdown import markdown_to_text
from kgraph.ingest import IngestError, documents_from_text, read_document, read_documents
from kgraph.segment import split_sentences

XWLB = CORPORA / "xwlb_dev.jsonl.gz"

# A real day of 新闻联播 (2023-10-31, xwlb_dev), cut to its summary and three items.
DAY = """# 《新闻联播》 (20231031)

## 新闻摘要

本期节目主要内容：

1.习近平会见美国加利福尼亚州州长纽森；

2.中央金融工作会议在北京举行；

3.【新思想引领新征程】推动共建“一带一路”高质量发展；

4.国际联播快讯：

（1）联合国秘书长呼吁加沙人道主义停火。

（《新闻联播》 20231031 19:00）

## 详细新闻

### 习近平会见美国加利福尼亚州州长纽森

<p><strong>央视网消息</strong>（新闻联播）：国家主席习近平25日在北京人民大会堂会见美国加利福尼亚州州长纽森。</p><p>习近平指出，中美关系的根基在民间，希望在人民，未来在青年，活力在地方。</p>

[查看原文](https://tv.cctv.com/2023/10/25/VIDEaaa.shtml)

### 中央金融工作会议在北京举行

<p><strong>央视网消息</strong>（新闻联播）：中央金融工作会议10月30日至31日在北京举行。中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。</p><p>李强在总结讲话中就贯彻落实习近平总书记重要讲话精神、做好当前和今后一个时期金融工作提出要求。</p>

[查看原文](https://tv.cctv.com/2023/10/31/VIDEbbb.shtml)

### 【新思想引领新征程】推动共建“一带一路”高质量发展

<p><strong>央视网消息</strong>（新闻联播）：今年是共建“一带一路”倡议提出十周年。十年来，共建“一带一路”从理念转化为行动，从愿景转变为现实。</p>

[查看原文](https://tv.cctv.com/2023/10/31/VIDEccc.shtml)
"""


_MARKUP = re.compile(r"<[^>\n]*>|\]\([^)\s]*\)|[\[*`]|^#+ ", re.MULTILINE)


def _visible(original: str) -> str:
    """What a reader sees of a span of the file: markup gone, entities decoded, no spaces."""
    return "".join(html.unescape(_MARKUP.sub("", original)).split())


ITEMS_TXT = (
    "## 习近平会见纽森\r\n\r\n国家主席习近平在人民大会堂会见美国加利福尼亚州州长纽森。\r\n\r\n"
    "## 国务院召开常务会议\r\n\r\n国务院总理李强主持召开国务院常务会议，\r\n研究部署有关工作。\r\n"
)


def check_offsets(documents):
    """The invariants of every ingest path, on every document of a file.

    Every character of the text is the character of ``raw`` at its offset (line
    breaks, spaces and HTML entities, which point at their markup, excepted), and
    every sentence's raw span holds the sentence: exactly, up to the line breaks and
    spaces the file itself had, and, in HTML and Markdown, once the markup is read.
    """
    for document in documents:
        raw, text, offsets = document.raw, document.text, document.offsets
        assert len(offsets) == len(text)
        for i, char in enumerate(text):
            if not char.isspace():
                assert raw[offsets[i]] == char or raw[offsets[i]] == "&", (document.id, i, char)
        for sentence in split_sentences(document):
            original = raw[sentence.start : sentence.end]
            expected = "".join(sentence.text.split())
            assert "".join(original.split()) == expected or _visible(original) == expected


# --------------------------------------------------------------------------- Markdown


def test_markdown_headings_links_and_emphasis_become_text():
    source = (
        "# 标题一\n\n正文有**重点**和*强调*，见[国务院网站](http://www.gov.cn)。\\*星号\\*\n\n"
        "![图片](a.png)\n\n- 第一项\n- 第二项\n\n> 引用的话。\n\n副标题\n---\n\n`代码`结束。\n"
    )
    converted = markdown_to_text(source)
    text = converted.text
    assert "正文有重点和强调，见国务院网站。*星号*" in text
    assert "http" not in text and "图片" not in text and "**" not in text
    assert "第一项\n第二项" in text and "引用的话。" in text and "代码结束。" in text
    titles = [(h.level, text[h.start : h.end]) for h in converted.headings]
    assert titles == [(1, "标题一"), (2, "副标题")]
    for i, char in enumerate(text):
        assert source[converted.offsets[i]] == char


def test_markdown_source_link_is_the_url_never_text():
    converted = markdown_to_text("正文。\n\n[查看原文](https://tv.cctv.com/x.shtml)\n")
    assert "查看原文" not in converted.text
    assert [s.url for s in converted.sources] == ["https://tv.cctv.com/x.shtml"]


def test_markdown_inline_html_is_read_as_html():
    source = "<p><strong>央视网消息</strong>（新闻联播）：第一段。</p><p>第二段&nbsp;结束。</p>"
    converted = markdown_to_text(source)
    assert converted.text.split() == ["央视网消息（新闻联播）：第一段。", "第二段", "结束。"]


def test_a_title_inside_a_title_escaped_by_the_page_is_no_tag():
    # verbatim from a transcript of 2024-03-20
    source = (
        "<p><strong>央视网消息</strong>（新闻联播）：国务院港澳事务办公室发表题为《筑牢安全根基 "
        "加快由治及兴——祝贺香港特区&lt;维护国家安全条例&gt;顺利通过》的文章。</p>"
    )
    for converted in (markdown_to_text(source), html_to_text(source)):
        assert "祝贺香港特区〈维护国家安全条例〉顺利通过》" in converted.text
        assert "<" not in converted.text and ">" not in converted.text
        start = converted.text.index("〈")
        assert source[converted.offsets[start] :].startswith("&lt;维护")
    comparison = markdown_to_text("<p>若 a &lt; b，则 b &gt; a。</p>").text
    assert comparison.strip() == "若 a < b，则 b > a。"


def test_markdown_in_a_txt_file_is_detected(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "## 习近平会见纽森\n\n国家主席习近平在人民大会堂**会见**美国加利福尼亚州州长纽森。\n\n"
        "## 国务院召开常务会议\n\n国务院总理李强主持召开国务院常务会议，研究部署有关工作。\n"
    )
    documents = read_documents(path)
    assert [d.title for d in documents[1:]] == ["习近平会见纽森", "国务院召开常务会议"]
    assert (
        documents[1].text
        == "习近平会见纽森\n国家主席习近平在人民大会堂会见美国加利福尼亚州州长纽森。"
    )


def test_markdown_list_of_links_is_removed_and_counted():
    source = "正文第一段，内容很长。\n\n相关新闻\n\n- [某地召开会议](http://a/1.html)\n- [另一条](http://a/2.html)\n"
    document = documents_from_text(source, "a.md", kind="markdown")[0]
    assert document.text == "正文第一段，内容很长。"
    assert document.removed == 3
    kept = documents_from_text(source, "a.md", kind="markdown", keep_boilerplate=True)[0]
    assert kept.removed == 0
    assert "相关新闻" in kept.text and "某地召开会议" in kept.text and "另一条" in kept.text
    for i, char in enumerate(kept.text):
        if char != "\n":
            assert source[kept.offsets[i]] == char


# --------------------------------------------------------------------------- pages of items


def test_items_of_a_daily_transcript():
    documents = documents_from_text(DAY, "20231031.md", kind="markdown")
    page, *items = documents
    assert page.id == "20231031.md" and page.part_of is None
    assert page.title == "《新闻联播》 (20231031)" and page.date == "2023-10-31"
    # The summary only repeats the items, but for the one story that has no item of its own.
    assert page.text == "4.国际联播快讯：\n（1）联合国秘书长呼吁加沙人道主义停火。"
    # the two container headings, the frame, three repeated headlines, the broadcast stamp
    assert page.removed == 7
    assert [d.id for d in items] == ["20231031.md#1", "20231031.md#2", "20231031.md#3"]
    assert all(d.part_of == "20231031.md" and d.raw is DAY for d in items)
    assert items[0].title == "习近平会见美国加利福尼亚州州长纽森"
    assert items[0].date == "2023-10-25"  # the item's own day: 25日 on the page of the 31st
    assert items[1].date == "2023-10-30"  # 10月30日至31日
    assert items[2].date == "2023-10-31"  # none of its own: the page's
    assert items[0].source_url == "https://tv.cctv.com/2023/10/25/VIDEaaa.shtml"
    assert items[0].text.startswith("习近平会见美国加利福尼亚州州长纽森\n央视网消息（新闻联播）：")
    assert "查看原文" not in items[0].text and "李强" not in items[0].text
    assert "<" not in "".join(d.text for d in documents)
    check_offsets(documents)


def test_items_do_not_share_text():
    _page, *items = documents_from_text(DAY, "d.md", kind="markdown")
    spans = sorted((d.offsets[0], d.offsets[-1]) for d in items)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def test_numbered_sections_of_one_text_are_not_items():
    source = (
        "# 实施意见\n\n## 一、总体要求\n\n坚持稳中求进工作总基调，推动高质量发展。\n\n"
        "## 二、主要任务\n\n加强基层工会组织建设，提高服务职工能力。\n"
    )
    documents = documents_from_text(source, "a.md", kind="markdown")
    assert len(documents) == 1
    assert documents[0].title == "实施意见"


def test_html_page_of_several_articles():
    page = (
        "<html><body><nav>首页 | 要闻</nav>"
        "<article><h2>第一篇报道</h2><p>新华社北京10月23日电 习近平在中南海同中华全国总工会新一届"
        "领导班子成员集体谈话。</p></article>"
        "<article><h2>第二篇报道</h2><p>本报讯 全国总工会召开会议，部署下一阶段工作任务。</p>"
        "</article></body></html>"
    )
    page_document, *items = documents_from_text(page, "p.html", kind="html")
    assert [d.title for d in items] == ["第一篇报道", "第二篇报道"]
    assert items[0].date is None or items[0].date.endswith("10-23")
    assert page_document.text == ""
    check_offsets([page_document, *items])


def test_html_page_listing_reports_under_headings_is_split():
    page = (
        "<html><body><h1>要闻</h1>"
        "<h2>习近平会见纽森</h2><p>新华社北京10月25日电 国家主席习近平25日在北京人民大会堂会见"
        "美国加利福尼亚州州长纽森。</p>"
        "<h2>中央金融工作会议在北京举行</h2><p>新华社北京10月31日电 中央金融工作会议10月30日至"
        "31日在北京举行。</p></body></html>"
    )
    page_document, *items = documents_from_text(page, "p.html", kind="html")
    assert [d.title for d in items] == ["习近平会见纽森", "中央金融工作会议在北京举行"]
    assert page_document.title == "要闻"
    check_offsets([page_document, *items])


def test_html_article_with_subheadings_stays_one_document():
    page = (
        "<html><body><h1>在强国建设新征程上充分发挥主力军作用</h1>"
        "<h2>坚持党的领导</h2><p>坚持党对工会工作的全面领导，是做好新时代工会工作的根本保证。</p>"
        "<h2>服务职工群众</h2><p>要把竭诚为职工群众服务作为工会一切工作的出发点和落脚点。</p>"
        "</body></html>"
    )
    documents = documents_from_text(page, "p.html", kind="html")
    assert len(documents) == 1
    assert documents[0].title == "在强国建设新征程上充分发挥主力军作用"


@pytest.mark.skipif(not XWLB.exists(), reason="needs ../shared/corpora")
def test_items_of_real_transcripts_keep_offsets_and_dates():
    with gzip.open(XWLB, "rt", encoding="utf-8") as lines:
        days = [json.loads(line) for _, line in zip(range(40), lines)][::8]
    for day in days:
        documents = documents_from_text(day["text"], day["date"], kind="markdown")
        page, *items = documents
        assert page.date == day["date"]
        assert len(items) >= 8
        assert len(page.text) < 400  # the summary is gone, but for stories with no item
        for item in items:
            assert item.title and "<" not in item.text and "](" not in item.text
            assert item.date <= day["date"]
        check_offsets(documents)


# --------------------------------------------------------------------------- HTML


def test_html_site_chrome_never_reaches_the_text():
    page = (
        '<html><head><title>标题</title></head><body><div class="breadcrumb">'
        '<a href="/">首页</a> &gt; <a href="/x">要闻</a></div>'
        '<div class="article"><h1>全总召开会议</h1><p>来源：工人日报</p>'
        "<p>中华全国总工会主席王东明主持会议并讲话。会议强调，要坚持党的全面领导。</p>"
        "<p>声明说，会议取得圆满成功。</p><p>主办单位为中华全国总工会。</p></div>"
        '<div class="share-bar">分享到：<a>微信</a> <a>微博</a></div>'
        '<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">全总部署工作</a></li>'
        '<li><a href="/2">工会改革</a></li></ul></div>'
        "<p>【打印】【关闭】</p><p>返回顶部</p><p>责任编辑：张三</p></body></html>"
    )
    converted = html_to_text(page)
    documents = documents_from_text(page, "p.html", kind="html")
    text = documents[0].text
    for chrome in ("首页", "分享", "微信", "相关新闻", "全总部署工作", "打印", "返回", "责任编辑"):
        assert chrome not in text, chrome
    assert "来源" not in text
    assert "王东明主持会议并讲话" in text
    assert "声明说，会议取得圆满成功。" in text and "主办单位为中华全国总工会。" in text
    assert converted.removed >= 3 and documents[0].removed >= 6
    check_offsets(documents)


def test_lines_that_only_look_like_boilerplate_are_kept():
    text = (
        "声明说，中方坚决反对。\n相关新闻报道显示，会议将于明年召开。\n"
        "联系我们的群众是党的优良传统。\n江泽民  李鹏  朱镕基  李瑞环\n"
        "首页 | 新闻 | 政务公开 | 联系我们\n"
    )
    document = documents_from_text(text, "a.txt")[0]
    assert document.text.split("\n") == [
        "声明说，中方坚决反对。",
        "相关新闻报道显示，会议将于明年召开。",
        "联系我们的群众是党的优良传统。",
        "江泽民  李鹏  朱镕基  李瑞环",
    ]
    assert document.removed == 1


# --------------------------------------------------------------------------- exact offsets


def _variants():
    seed = seed_path("001").read_text(encoding="utf-8")
    pdf = seed_path("002").read_text(encoding="utf-8")
    html = (
        "<html><body><p>新华社北京10月23日电 习近平在中南海同中华全国总工会\r\n"
        "新一届领导班子成员集体谈话&amp;讲话。</p>\r\n<p>王东明作了汇报。</p></body></html>"
    )
    return {
        "plain": (seed.encode("utf-8"), ".txt"),
        "crlf": (seed.replace("\n", "\r\n").encode("utf-8"), ".txt"),
        "cr": (seed.replace("\n", "\r").encode("utf-8"), ".txt"),
        "pdf-crlf": (pdf.replace("\n", "\r\n").encode("utf-8"), ".txt"),
        "bom": (codecs.BOM_UTF8 + seed.encode("utf-8"), ".txt"),
        "gb18030": (seed.replace("\n", "\r\n").encode("gb18030"), ".txt"),
        "utf-16": (seed.encode("utf-16"), ".txt"),
        "html-crlf": (html.encode("utf-8"), ".html"),
        "markdown": (DAY.encode("utf-8"), ".md"),
        "markdown-crlf": (DAY.replace("\n", "\r\n").encode("utf-8"), ".md"),
        "items-txt": (ITEMS_TXT.encode("gb18030"), ".txt"),
    }


@pytest.mark.parametrize("name", list(_variants()))
def test_offsets_are_exact_on_every_ingest_path(tmp_path, name):
    data, suffix = _variants()[name]
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    documents = read_documents(path)
    decoded = documents[0].raw
    # raw is the decoded file itself: line endings kept, only a byte-order mark left out
    for encoding in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            expected = data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
        if expected == decoded:
            break
    else:
        pytest.fail("raw is not the decoded file")
    check_offsets(documents)
    sentences = [s for d in documents for s in split_sentences(d)]
    assert sentences


def test_crlf_does_not_shift_offsets(tmp_path):
    seed = seed_path("001").read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(seed.replace("\n", "\r\n").encode("utf-8"))
    lf = read_document(seed_path("001"))
    crlf = read_document(path)
    assert crlf.text == lf.text
    last = split_sentences(crlf)[-1]
    assert crlf.raw[last.start : last.end] == last.text
    assert last.start == lf.raw.count("\n", 0, split_sentences(lf)[-1].start) + (
        split_sentences(lf)[-1].start
    )


# --------------------------------------------------------------------------- PDF and DOCX


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in a predefined Chinese font (no font file needed)."""
    shown = " ".join(f"<{line.encode('utf-16-be').hex()}> Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        "/DescendantFonts [6 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
    ]
    data = b"%PDF-1.4\n"
    positions = []
    for number, body in enumerate(objects, 1):
        positions.append(len(data))
        data += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(data)
    data += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    data += b"".join(f"{p:010d} 00000 n \n".encode() for p in positions)
    data += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return data


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    """A DOCX of ``(style, text)`` paragraphs, written with the standard library."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(
        "<w:p>"
        + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
        + f"<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"
        for style, text in paragraphs
    )
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    styles = (
        f'<w:styles xmlns:w="{namespace}"><w:style w:styleId="Heading2"><w:name w:val="heading 2"/>'
        "</w:style></w:styles>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def test_pdf_text_is_read_and_its_broken_lines_rejoined(tmp_path):
    path = tmp_path / "talk.pdf"
    path.write_bytes(
        _pdf(
            [
                "新华社北京10月25日电 国家主席习近平25日下午在北京人民大会堂"
                "会见美国加利福尼亚州州长",
                "纽森。习近平指出，中美关系的根基在民间。",
            ]
        )
    )
    document = read_document(path)
    assert document.encoding == "pdf" and document.date is None  # no year anywhere
    assert document.text == (
        "新华社北京10月25日电 国家主席习近平25日下午在北京人民大会堂会见美国加利福尼亚州州长"
        "纽森。"
        "习近平指出，中美关系的根基在民间。"
    )
    check_offsets([document])


def test_docx_paragraphs_and_headed_items(tmp_path):
    path = tmp_path / "news.docx"
    path.write_bytes(
        _docx(
            [
                ("Heading2", "习近平会见纽森"),
                ("", "新华社北京10月25日电 国家主席习近平25日在北京人民大会堂会见纽森。"),
                ("Heading2", "中央金融工作会议在北京举行"),
                ("", "新华社北京10月31日电 中央金融工作会议10月30日至31日在北京举行。"),
            ]
        )
    )
    page, *items = read_documents(path)
    assert page.encoding == "docx" and page.raw.startswith("习近平会见纽森\n新华社")
    assert [d.title for d in items] == ["习近平会见纽森", "中央金融工作会议在北京举行"]
    check_offsets([page, *items])


def test_unreadable_pdf_is_skipped_with_the_reason(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf\n")
    with pytest.raises(IngestError, match="PDF"):
        read_documents(path)


def _mixed_line_endings(text: str, seed: int) -> str:
    """``text`` with each line break, at random, ``\\n``, ``\\r\\n`` or ``\\r``."""
    rng = random.Random(seed)
    return "".join(
        piece[:-1] + rng.choice(("\n", "\r\n", "\r")) if piece.endswith("\n") else piece
        for piece in text.splitlines(keepends=True)
    )


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_line_endings_change_no_text_and_no_offset_on_seeds(prefix):
    original = seed_path(prefix).read_text(encoding="utf-8")
    expected = [d.text for d in documents_from_text(original, "a.txt")]
    for seed in range(3):
        mixed = _mixed_line_endings(original, seed)
        documents = documents_from_text(mixed, "a.txt")
        assert [d.text for d in documents] == expected
        check_offsets(documents)


@pytest.mark.skipif(not XWLB.exists(), reason="needs ../shared/corpora")
def test_line_endings_change_no_text_and_no_offset_on_transcripts():
    with gzip.open(XWLB, "rt", encoding="utf-8") as lines:
        days = [json.loads(line)["text"] for _, line in zip(range(3), lines)]
    for seed, day in enumerate(days):
        expected = [d.text for d in documents_from_text(day, "d.md", kind="markdown")]
        documents = documents_from_text(_mixed_line_endings(day, seed), "d.md", kind="markdown")
        assert [d.text for d in documents] == expected
        check_offsets(documents)


def test_items_of_an_undated_page_take_the_year_the_page_names():
    source = (
        "## 习近平会见纽森\n\n新华社北京10月25日电 国家主席习近平25日在北京人民大会堂会见"
        "美国加利福尼亚州州长纽森。\n\n## 中央金融工作会议举行\n\n新华社北京10月31日电 "
        "中央金融工作会议于2023年10月30日至31日在北京举行。\n"
    )
    page, *items = documents_from_text(source, "a.txt", kind="markdown")
    assert page.date is None
    assert [d.date for d in items] == ["2023-10-25", "2023-10-31"]
    assert [d.publisher for d in items] == ["新华社", "新华社"]


def test_paragraphs_of_the_format_are_never_joined():
    # 2022-09-25: a subheading in <strong>, without a full stop, over its paragraph
    day = (
        "### 俄称打击乌方外国雇佣军据点等目标 乌称在多地反击\n\n"
        "<p><strong>央视网消息</strong>（新闻联播）：俄罗斯国防部24日称，俄军在尼古拉耶夫、"
        "顿涅茨克等地区继续打击乌军人员、军事装备、外国雇佣军据点等军事目标。</p>"
        "<p><strong>多国外长批评美西方对抗思维引发紧张局势 呼吁以对话协商解决危机</strong></p>"
        "<p>多国外长在联大会议期间表示，美国的霸权行径和以美国为首的北约不断扩张酿成危机。</p>"
    )
    text = documents_from_text(day, "d.md", kind="markdown")[0].text
    assert "\n多国外长批评美西方对抗思维引发紧张局势 呼吁以对话协商解决危机\n多国外长在" in text
    listed = (
        "2022年十大国内新闻：\n\n"
        "1. 党的二十大胜利召开 全面建设社会主义现代化国家新征程迈出坚实步伐 习近平再次当选总书记\n"
        "2. 我国2022年经济总量预计超过120万亿元 中国经济继续为世界经济复苏提供强劲动力\n"
        "- 不断优化完善防控政策 我国统筹做好疫情防控和经济社会发展和各项工作\n"
    )
    lines = documents_from_text(listed, "l.md", kind="markdown")[0].text.split("\n")
    assert [line[:4] for line in lines] == ["2022", "1.党的", "2.我国", "不断优化"]


def test_items_are_extracted_apart_and_every_fact_points_into_its_item(tmp_path):
    import kgraph

    (tmp_path / "20231031.md").write_text(DAY, encoding="utf-8")
    result = kgraph.build([tmp_path])
    spans = {
        d.id: (d.offsets[0], d.offsets[-1] + 1) if len(d.text) else (0, 0) for d in result.documents
    }
    assert len(spans) == 4
    for extraction in result.extractions:
        start, end = spans[extraction.doc]
        for sentence in extraction.sentences:
            assert start <= sentence.start < sentence.end <= end
        for relation in extraction.relations:
            assert start <= relation.evidence.start < relation.evidence.end <= end
    graph = result.graph
    item = f"Document:{tmp_path.name}/20231031.md#1"
    assert graph.nodes[item]["title"] == "习近平会见美国加利福尼亚州州长纽森"
    assert graph.nodes[item]["date"] == "2023-10-25"


def test_single_page_title_is_its_h1_and_landmark_roles_are_chrome():
    page = (
        "<html><head><title>全总召开会议_中华全国总工会</title></head><body>"
        '<div role="navigation"><span>网站首页</span> <span>工会要闻</span></div>'
        "<div>中华全国总工会网站</div>"
        "<h1>全总召开党组理论学习中心组学习会</h1>"
        "<p>中华全国总工会主席王东明主持会议并讲话。会议强调，要坚持党的全面领导。</p>"
        '<div role="contentinfo">京ICP备05026585号</div></body></html>'
    )
    document = documents_from_text(page, "p.html", kind="html")[0]
    assert document.title == "全总召开党组理论学习中心组学习会"
    assert "网站首页" not in document.text and "ICP" not in document.text
    markdown = documents_from_text("# 致全国环卫工人的慰问信\n\n同志们：\n\n你们辛苦了。\n", "a.md")
    assert markdown[0].title == "致全国环卫工人的慰问信"


# An official reply, line by line
REPLY_LINES = (
    "关于政协十四届全国委员会第一次会议第01234号（社会管理类123号）提案答复的函",
    "人社提字〔2023〕56号",
    "王小明委员：",
    "您提出的《关于加强新就业形态劳动者权益保障的提案》收悉。",
    "一、关于完善劳动保障制度",
    "我部会同国家发展改革委等8部门联合印发《关于维护新就业形态劳动者劳动保障权益的指导意见》。",
    "人力资源社会保障部",
    "2023年8月20日",
)


@pytest.mark.parametrize("spacing", ["\n\n", "\n"], ids=["double-spaced", "single-spaced"])
def test_an_official_replys_title_and_number_are_lines_of_their_own(spacing):
    """Double-spaced or single, the reply's title is its first line and its number
    (人社提字〔2023〕56号) a line of its own: the long title above it is no wrapped line that
    runs on into the salutation."""
    (document,) = documents_from_text(spacing.join(REPLY_LINES) + "\n", "reply.txt", kind="plain")
    assert document.title.startswith("关于政协十四届全国委员会第一次会议")
    assert document.date == "2023-08-20"
    assert document.text.split("\n")[1:3] == ["人社提字〔2023〕56号", "王小明委员："]


def test_markdown_headings_with_no_blank_line_between_them_or_before_them():
    """A page's title right over an item's heading, a heading right under a paragraph's line (the
    新闻联播 page of 2024-07-12 as a scraper that drops blank lines writes it): each heading is a
    heading and a paragraph of its own; the second of two headings had stopped the reader on an
    unset variable, and a heading under a line had been run into its paragraph."""
    page = (
        "# 《新闻联播》 (20240712)\n### 习近平会见所罗门群岛总理\n"
        "<p><strong>央视网消息</strong>（新闻联播）：7月12日下午，国家主席习近平在北京人民大会堂会见"
        "来华进行正式访问的所罗门群岛总理马内莱。<br></p>\n### 李强会见所罗门群岛总理\n"
    )
    converted = markdown_to_text(page)
    titles = [converted.text[h.start : h.end] for h in converted.headings]
    assert titles == [
        "《新闻联播》 (20240712)",
        "习近平会见所罗门群岛总理",
        "李强会见所罗门群岛总理",
    ]
    assert all(h.start in converted.breaks for h in converted.headings)


def test_a_txt_file_that_opens_with_a_heading_is_markdown(tmp_path):
    # 新闻联播 2023-12-29, saved as text with its one heading: the heading is the title, and no
    # ``#`` reaches a sentence or a label
    path = tmp_path / "page.txt"
    path.write_text(
        "### 全国政协举行新年茶话会 习近平发表重要讲话\n\n"
        "中国人民政治协商会议全国委员会12月29日上午在全国政协礼堂举行新年茶话会。"
        "中共中央总书记、国家主席、中央军委主席习近平在茶话会上发表重要讲话。\n"
    )
    documents = read_documents(path)
    assert documents[0].title == "全国政协举行新年茶话会 习近平发表重要讲话"
    assert all("#" not in d.text for d in documents)
