"""Notes export: golden files for every format, citations, grouping, escaping, progress and cancel.

Regenerate the golden files with ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/core/test_notes_export.py``
and read the diff before committing.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
from html.parser import HTMLParser

import docx
import pytest

from reader.core.annotations import Annotation
from reader.core.document import document_from_paragraphs
from reader.core.export import (
    FORMATS,
    ExportCancelled,
    ExportOptions,
    build_notes_view,
    export_notes,
    render_notes,
)
from reader.core.export.citation import indicator_label, paragraph_numbers, short_title
from reader.core.export.markdown_writer import escape_markdown
from reader.core.indicators import Indicator, extract_indicators
from reader.core.outline import build_outline, section_path
from tests.core.notes_fixtures import (
    GOLDEN_DIR,
    HOSTILE_NOTE,
    fixture_annotations,
    fixture_indicators,
    seed_document,
)

TEXT_FORMATS = ("md", "html", "csv", "json")


@pytest.fixture(scope="module")
def seed():
    """The seed document, its outline, the fixed annotations and indicators."""
    document = seed_document()
    return document, build_outline(document), fixture_annotations(document), fixture_indicators(document)


@pytest.fixture(scope="module")
def view(seed):
    """The notes view of the fixed annotations."""
    document, outline, annotations, indicators = seed
    return build_notes_view(document, outline, annotations, indicators)


# ----- golden files -------------------------------------------------------------------------

@pytest.mark.parametrize("export_format", TEXT_FORMATS)
def test_export_matches_golden_file(view, export_format: str) -> None:
    data = render_notes(view, export_format)
    golden = GOLDEN_DIR / f"notes.{export_format}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_docx_reads_back_with_headings_quotes_notes_and_tags(view) -> None:
    word = docx.Document(io.BytesIO(render_notes(view, "docx")))
    paragraphs = [(p.style.name, p.text) for p in word.paragraphs]
    headings = [(style, text) for style, text in paragraphs if style.startswith(("Heading", "Title"))]
    assert headings == [
        ("Title", "东城区政府工作报告 · 批注"),
        ("Heading 1", "一、2022 年工作回顾"),
        ("Heading 2", "（三）全力稳住经济基本盘，区域经济发展稳中有进"),
        ("Heading 2", "（五）狠下“绣花”功夫，城市治理水平不断提升"),
        ("Heading 1", "二、2023 年主要任务"),
        ("Heading 2", "（二）着力扩大内需，推动经济运行稳中向好"),
        ("Heading 1", "未能定位的批注"),
    ]
    quotes = [text for style, text in paragraphs if style == "Quote"]
    assert quotes[0] == "东城区政府工作报告"
    assert "万元 GDP 能耗下降 5%左右。" in quotes and "主要做了七个方面工作：" in quotes  # two paragraphs
    assert quotes[-1] == "这句话已经从报告中删去了"
    texts = [text for _style, text in paragraphs]
    assert "— 一、2022 年工作回顾 › （三）全力稳住经济基本盘… › 第 1 段" in texts
    assert "消费是今年的重点。\n首店经济值得跟踪。" in texts  # a line break inside the note's paragraph
    assert "标签：#a_b #<b> #x|y · 颜色：紫色" in texts
    assert "指标：地区生产总值 +5.5%左右；城镇登记失业率 3.14%；万元GDP能耗 −5%左右" in texts
    hostile = next(p for p in word.paragraphs if p.text.startswith("<script>"))
    assert hostile.text == HOSTILE_NOTE.split("\n\n")[0]
    fills = [run._r.rPr.find(docx.oxml.ns.qn("w:shd")).get(docx.oxml.ns.qn("w:fill"))
             for p in word.paragraphs if p.style.name == "Quote" for run in p.runs]
    assert fills[:2] == ["FFF3A3", "FFF3A3"] and "E4D4FF" in fills  # yellow, …, purple
    assert word.core_properties.title == "东城区政府工作报告 · 批注"


def test_every_format_writes_a_file(view, tmp_path) -> None:
    for export_format in FORMATS:
        path = tmp_path / f"out.{export_format}"
        export_notes(view, export_format, path)
        assert path.read_bytes() == render_notes(view, export_format) or export_format == "docx"
    assert docx.Document(str(tmp_path / "out.docx")).paragraphs[0].text == "东城区政府工作报告 · 批注"


# ----- structure and citations ----------------------------------------------------------------

def test_groups_follow_the_outline_and_orphans_come_last(view) -> None:
    assert [(g.title, g.level, len(g.entries)) for g in view.groups] == [
        ("", 0, 1),
        ("一、2022 年工作回顾", 1, 2),
        ("（三）全力稳住经济基本盘，区域经济发展稳中有进", 2, 1),
        ("（五）狠下“绣花”功夫，城市治理水平不断提升", 2, 1),
        ("二、2023 年主要任务", 1, 0),
        ("（二）着力扩大内需，推动经济运行稳中向好", 2, 1),
    ]
    assert [entry.annotation.id[-1] for entry in view.entries] == list("6142537")
    assert [entry.annotation.quote for entry in view.orphans] == ["这句话已经从报告中删去了"]
    assert view.count == 7


def test_citations_name_the_section_path_and_the_paragraph(view) -> None:
    citations = {entry.annotation.id[-1]: entry.citation for entry in view.entries}
    assert citations == {
        "6": "第 1 段",
        "1": "一、2022 年工作回顾 › 第 2 段",
        "4": "一、2022 年工作回顾 › 第 2–3 段",
        "2": "一、2022 年工作回顾 › （三）全力稳住经济基本盘… › 第 1 段",
        "5": "一、2022 年工作回顾 › （五）狠下“绣花”功夫… › 第 2 段",
        "3": "二、2023 年主要任务 › （二）着力扩大内需… › 加快恢复和扩大消费 › 第 1 段",
        "7": "二、2023 年主要任务 › （七）强化风险防控…",
    }


def test_paragraphs_are_counted_within_the_innermost_section(seed) -> None:
    document, outline, _annotations, _indicators = seed
    text = document.text

    def numbers(quote: str) -> tuple[int, int]:
        start = text.index(quote)
        return paragraph_numbers(document, section_path(outline, start), start, start + len(quote))

    assert numbers("一、2022 年工作回顾") == (0, 0)  # the heading alone on its line
    assert numbers("过去一年") == (1, 1)
    assert numbers("坚定有序实施核心区控规") == (2, 2)  # （二）: heading, then paragraphs 1, 2
    # an inline heading shares its paragraph with body text: that paragraph is the first
    assert numbers("加强新一届区政府班子政治建设") == (1, 1)
    assert numbers("成功创建全国法治政府建设示范区") == (2, 2)


def test_short_titles_cut_at_a_clause_break_or_twelve_characters() -> None:
    assert short_title("一、2022 年工作回顾") == "一、2022 年工作回顾"
    assert short_title("（三）全力稳住经济基本盘，区域经济发展稳中有进") == "（三）全力稳住经济基本盘…"
    assert short_title("（一）坚持人民至上、生命至上，全力打好疫情防控整体战") == "（一）坚持人民至上、生命至上…"
    assert short_title("一二三四五六七八九十一二三四五六七八") == "一二三四五六七八九十一二…"


def _indicator(**fields: object) -> Indicator:
    values: dict[str, object] = {"name": "指标", "value": None, "value_high": None, "unit": None,
                                 "base_value": None, "base_unit": None, "qualifier": None, "change": None,
                                 "kind": "actual"}
    values.update(fields)
    return Indicator(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("fields", "label"), [
    ({"name": "地区生产总值", "value": 5.5, "unit": "%", "qualifier": "左右", "change": "up"}, "地区生产总值 +5.5%左右"),
    ({"name": "万元GDP能耗", "value": 5, "unit": "%", "change": "down"}, "万元GDP能耗 −5%"),
    ({"name": "城镇登记失业率", "value": 3.14, "unit": "%"}, "城镇登记失业率 3.14%"),
    ({"name": "经济增长", "value": 6, "value_high": 6.5, "unit": "%", "change": "up"}, "经济增长 +6–6.5%"),
    ({"name": "资金", "value": 3.0, "unit": "亿元", "qualifier": "近"}, "资金 近3亿元"),
    ({"name": "志愿服务", "value": 264, "unit": "万人次", "base_unit": "人次", "qualifier": "余"}, "志愿服务 264万余人次"),
    ({"name": "居民收入增长与经济增长基本同步", "kind": "target"}, "居民收入增长与经济增长基本同步"),
])
def test_indicator_labels(fields: dict, label: str) -> None:
    assert indicator_label(_indicator(**fields)) == label


def test_indicators_inside_the_quote_come_from_the_extractor_too(seed) -> None:
    document, outline, annotations, _indicators = seed
    view = build_notes_view(document, outline, annotations[:1], extract_indicators(document, outline))
    assert view.entries[0].indicators[0] == "地区生产总值 +5.5%左右"
    assert "城镇登记失业率 3.14%" in view.entries[0].indicators


def test_options_filter_colours_and_tags_and_leave_out_indicators(seed) -> None:
    document, outline, annotations, indicators = seed
    by_colour = build_notes_view(document, outline, annotations, indicators,
                                 ExportOptions(colours=frozenset({"green"})))
    assert {e.annotation.colour for e in by_colour.entries} == {"green"} and by_colour.count == 2
    by_tag = build_notes_view(document, outline, annotations, indicators,
                              ExportOptions(tags=frozenset({"消费", "待查"})))
    assert [e.annotation.id[-1] for e in by_tag.entries] == ["3", "7"]
    plain = build_notes_view(document, outline, annotations, indicators,
                             ExportOptions(include_indicators=False))
    assert all(not entry.indicators for entry in plain.entries)
    assert "指标：" not in render_notes(plain, "md").decode()


def test_a_document_without_annotations_exports_its_header(seed) -> None:
    document, outline, _annotations, _indicators = seed
    markdown = render_notes(build_notes_view(document, outline, []), "md").decode()
    assert markdown.startswith("# 东城区政府工作报告 · 批注\n") and "- 批注：0 条\n" in markdown
    assert json.loads(render_notes(build_notes_view(document, outline, []), "json"))["total"] == 0


# ----- escaping ------------------------------------------------------------------------------

HOSTILE_NOTES = [
    "<script>alert(1)</script>",
    "# heading",
    "## 二级\n### 三级",
    "a | b | c\n---|---|---\n1 | 2 | 3",
    '"quotes" and \'single\' & &amp; &lt;',
    "*bold* **strong** _em_ __u__",
    "`code` ```fence```\n```\nblock\n```",
    "- item\n+ item\n* item\n1. one\n2) two",
    "> not a quote\n    indented code?",
    "[link](http://example.com) ![img](x.png) <http://auto.link>",
    "line one\nline two\n\nparagraph two",
    "title\n===\nsub\n---",
    "\\backslash\\ ~~strike~~ $x$ {curly}",
    "tab\tand\r\nwindows line\rmac line",
]


def _note_view(seed, note: str, tags: tuple[str, ...] = ()):
    document, outline, annotations, _indicators = seed
    hostile = dataclasses.replace(annotations[1], note=note, tags=tags)
    return build_notes_view(document, outline, [hostile])


def _markdown_text(qapp, markdown: str) -> tuple[str, str]:
    """The plain text and HTML that a CommonMark (GitHub dialect) renderer makes of ``markdown``."""
    from PySide6.QtGui import QTextDocument

    rendered = QTextDocument()
    rendered.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    return rendered.toPlainText(), rendered.toHtml()


@pytest.mark.parametrize("note", HOSTILE_NOTES)
def test_markdown_renders_hostile_notes_as_written(qapp, seed, note: str) -> None:
    markdown = render_notes(_note_view(seed, note, ("a_b", "<i>", "x|y")), "md").decode()
    plain, html = _markdown_text(qapp, markdown)
    expected = [line.strip() for line in note.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                if line.strip()]
    lines = [line.strip() for line in plain.split("\n")]
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert "#a_b #<i> #x|y" in plain
    # the note adds no heading, list, table, image, code or emphasis (a bare URL may become clickable)
    assert len(re.findall(r"<h\d", html)) == 3  # title, 一、, （三）
    assert html.count("<li") == 3  # the header's list
    for tag in ("<table", "<img", "<pre", "font-weight:700", "font-style:italic", "<script"):
        assert tag not in html.split("第 1 段", 1)[1]


@pytest.mark.parametrize("line", ["# 标题", "1. 一", "- 项", "+ 项", "= 等", "> 引", "2023) 年", "|表|"])
def test_escape_markdown_neutralises_line_starts(line: str) -> None:
    escaped = escape_markdown(line)
    assert escaped.startswith("\\") or "\\" in escaped[:6]


class _TextOf(HTMLParser):
    """Collects the text and the tags of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("note", HOSTILE_NOTES)
def test_html_shows_hostile_notes_as_text(seed, note: str) -> None:
    page = render_notes(_note_view(seed, note, ("<b>x</b>",)), "html").decode()
    parser = _TextOf()
    parser.feed(page)
    assert "script" not in parser.tags and "b" not in parser.tags and "a" not in parser.tags
    text = "".join(parser.text)
    for line in note.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        assert line.strip() in text
    assert "#<b>x</b>" in text
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')


@pytest.mark.parametrize("note", HOSTILE_NOTES)
def test_csv_and_json_keep_hostile_notes_exactly(seed, note: str) -> None:
    view = _note_view(seed, note, ("a,b", 'q"t'))
    data = render_notes(view, "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["document", "section", "paragraph", "start", "end", "quote", "note", "tags",
                       "colour", "created", "updated"]
    assert len(rows) == 2 and rows[1][7] == 'a,b, q"t'
    assert rows[1][6] == ("'" + note if note.startswith("-") else note)  # formula guard, see below
    record = json.loads(render_notes(view, "json"))["first"]["items"][0]
    assert record["body"][0] == {"type": "TextualBody", "purpose": "commenting", "value": note,
                                 "format": "text/plain"}


def test_hostile_note_in_docx_is_plain_text(seed) -> None:
    word = docx.Document(io.BytesIO(render_notes(_note_view(seed, HOSTILE_NOTE + "\x00\x07"), "docx")))
    texts = [p.text for p in word.paragraphs]
    assert HOSTILE_NOTE.split("\n\n")[0] in texts and HOSTILE_NOTE.split("\n\n")[1] in texts


def test_csv_cells_that_look_like_formulas_are_quoted(seed) -> None:
    data = render_notes(_note_view(seed, "=HYPERLINK(\"http://x\")", ("-1", "@a")), "csv")
    row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1]
    assert row[6] == "'=HYPERLINK(\"http://x\")"
    assert row[7] == "'-1, @a"


# ----- progress and cancel ---------------------------------------------------------------------

def _many(count: int) -> tuple:
    paragraphs = ["报告", "一、回顾"] + [f"第{i}段，内容。" for i in range(count)]
    document = document_from_paragraphs(paragraphs)
    annotations = [Annotation(id=f"id{i}", document=document.identity, start=p.start, end=p.end,
                              quote=document.text[p.start:p.end], note=f"注{i}", created="2023-01-01T00:00:00Z")
                   for i, p in enumerate(document.paragraphs[2:])]
    return document, annotations


@pytest.mark.parametrize("export_format", FORMATS)
def test_progress_is_reported_and_an_export_can_be_cancelled(tmp_path, export_format: str) -> None:
    document, annotations = _many(2000)
    view = build_notes_view(document, build_outline(document), annotations)
    calls: list[tuple[int, int]] = []
    render_notes(view, export_format, lambda done, total: calls.append((done, total)) or True)
    assert calls[0] == (0, 2000) and calls[-1] == (2000, 2000)
    assert len(calls) <= 202 and [done for done, _ in calls] == sorted(done for done, _ in calls)
    path = tmp_path / f"notes.{export_format}"
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_notes(view, export_format, path, lambda done, _total: done < 500)
    assert path.read_bytes() == b"old" and list(tmp_path.iterdir()) == [path]
