"""Outline: numbered headings, inline headings, topic sentences, fallback, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import Document, document_from_paragraphs, open_document
from reader.core.outline import OutlineNode, build_outline, section_path, walk
from tests.conftest import CORPUS_DIR, SEED_PATH


@pytest.fixture(scope="module")
def seed() -> Document:
    """The bundled report as a Document."""
    return open_document(SEED_PATH)


@pytest.fixture(scope="module")
def seed_outline(seed: Document) -> list[OutlineNode]:
    """The bundled report's outline."""
    return build_outline(seed)


def test_seed_has_two_level_one_sections_with_seven_and_eight(
    seed_outline: list[OutlineNode],
) -> None:
    """一、2022 年工作回顾 (7 subsections) and 二、2023 年主要任务 (8 subsections)."""
    assert [node.title for node in seed_outline] == ["一、2022 年工作回顾", "二、2023 年主要任务"]
    assert [node.level for node in seed_outline] == [1, 1]
    level_two = [[c for c in node.children if c.level == 2] for node in seed_outline]
    assert [len(children) for children in level_two] == [7, 8]
    assert level_two[0][0].title == "（一）坚持人民至上、生命至上，全力打好疫情防控整体战"
    assert level_two[1][7].title == "（八）夯实自身建设，全面提升政府治理效能"


def test_inline_heading_title_stops_at_first_full_stop(
    seed: Document, seed_outline: list[OutlineNode]
) -> None:
    """（七）…不断加强。加强新一届… : the title ends at 。 and the body stays in the text."""
    node = seed_outline[0].children[6]
    assert node.title == "（七）落实全面从严治党要求，政府自身建设不断加强"
    assert seed.text[node.start:].startswith(node.title + "。加强新一届")


@pytest.mark.parametrize(
    ("section", "topic"),
    [(0, "持续提高“四个服务”水平"), (1, "加快恢复和扩大消费"), (4, "推进城市更新")],
)
def test_topic_sentences_are_level_three(
    seed_outline: list[OutlineNode], section: int, topic: str
) -> None:
    """Short opening sentences of task paragraphs are entries under their subsection."""
    children = seed_outline[1].children[section].children
    assert topic in [child.title for child in children]
    assert all(child.level == 3 for child in children)


def test_review_paragraphs_do_not_become_topics(seed_outline: list[OutlineNode]) -> None:
    """Long opening clauses of review paragraphs are body text, not entries."""
    assert all(not child.children for child in seed_outline[0].children)


def test_offsets_point_into_canonical_text(
    seed: Document, seed_outline: list[OutlineNode]
) -> None:
    """Every entry starts where its title is written; children lie inside parents."""
    for node in walk(seed_outline):
        assert seed.text[node.start:].startswith(node.title)
        assert 0 <= node.start <= node.end <= len(seed.text)
        for child in node.children:
            assert node.start <= child.start <= child.end <= node.end


def test_section_path_of_an_offset(seed: Document, seed_outline: list[OutlineNode]) -> None:
    """The path of an offset lists the sections holding it, outermost first."""
    offset = seed.text.index("拆除违法建设")
    titles = [node.title for node in section_path(seed_outline, offset)]
    assert titles == ["一、2022 年工作回顾", "（二）坚守核心区战略定位，政务功能与城市功能加快融合"]


@pytest.mark.parametrize(
    ("paragraph", "level", "title"),
    [
        ("三、政府自身建设", 1, "三、政府自身建设"),
        ("（三）扩大内需", 2, "（三）扩大内需"),
        ("(四)稳定就业", 2, "(四)稳定就业"),
        ("1.推进科技创新", 3, "1.推进科技创新"),
        ("2、加强基础研究", 3, "2、加强基础研究"),
        ("（3）完善人才政策", 3, "（3）完善人才政策"),
        ("第二部分 主要任务", 1, "第二部分 主要任务"),
    ],
)
def test_heading_markers(paragraph: str, level: int, title: str) -> None:
    """Each marker style gives its level."""
    document = document_from_paragraphs(["报告", "一、总体要求", "这是正文，写得很长很长。", paragraph,
                                         "正文内容，说明具体的工作安排和要求。"])
    node = next(n for n in walk(build_outline(document)) if n.title == title)
    assert node.level == level


def test_numbers_in_text_are_not_headings() -> None:
    """Decimals and years opening a paragraph are not list markers."""
    document = document_from_paragraphs(
        ["一、回顾", "2.5万家企业受益，成效明显。", "2023年是充满希望和挑战的一年。今后要继续努力奋斗。"])
    assert [n.title for n in walk(build_outline(document))] == ["一、回顾"]


def test_report_without_headings_gets_fallback_outline() -> None:
    """No numbered headings: the title and long paragraphs' first sentences."""
    long_paragraph = "我国国民经济有了很大发展，" * 10 + "人民生活显著改善。后面还有很多内容。"
    document = document_from_paragraphs(["关于国民经济计划的报告", "各位代表：", long_paragraph])
    nodes = walk(build_outline(document))
    assert nodes[0].title == "关于国民经济计划的报告"
    assert len(nodes) == 2
    assert nodes[1].title.endswith("…")
    assert document.text[nodes[1].start:].startswith(nodes[1].title[:-1])


def test_single_short_paragraph_still_has_an_outline() -> None:
    """Even a one-line report has an entry."""
    assert walk(build_outline(document_from_paragraphs(["一句话。"])))


@pytest.mark.parametrize("path", sorted((CORPUS_DIR / "national").glob("*.txt")),
                         ids=lambda p: p.name)
def test_every_national_report_loads_and_outlines(path: Path) -> None:
    """Each of the 49 national reports opens and has a non-empty, consistent outline."""
    document = open_document(path)
    nodes = walk(build_outline(document))
    assert nodes
    for node in nodes:
        assert 0 <= node.start <= node.end <= len(document.text)
        assert node.title


@pytest.mark.parametrize("path", sorted((CORPUS_DIR / "recent").glob("*.txt")),
                         ids=lambda p: p.name)
def test_recent_reports_have_numbered_sections(path: Path) -> None:
    """The recent national and Shanghai reports get their 一、/二、 sections."""
    roots = build_outline(open_document(path))
    assert sum(1 for node in roots if node.level == 1) >= 2
    assert roots[0].title.startswith("一、")
