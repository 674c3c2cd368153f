"""A fixed set of annotations on the seed report (fixed ids and timestamps) for export tests."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations import Annotation, context_around
from reader.core.document import Document, open_document
from reader.core.indicators import Indicator
from reader.core.outline import OutlineNode, build_outline, section_path
from tests.conftest import REPO_ROOT, SEED_PATH

GOLDEN_DIR = REPO_ROOT / "tests" / "data" / "golden"
SOURCE = "data/beijing_dongcheng_2023.txt"  # a relative path, so the goldens do not depend on the checkout
HOSTILE_NOTE = ('<script>alert(1)</script>\n# heading\n| a | b |\n"quotes" & \'single\'\n'
                "*stars* _under_ `code` [link](http://x) ~~gone~~\n\n- item\n1. one\n=SUM(A1)")
ORPHAN_QUOTE = "这句话已经从报告中删去了"


def seed_document() -> Document:
    """The seed report, with a relative path."""
    seed = open_document(SEED_PATH)
    return Document(seed.text, seed.paragraphs, seed.title, Path(SOURCE), seed.file_format, seed.encoding)


def _annotation(document: Document, outline: list[OutlineNode], number: int, start: int, end: int,
                **fields: object) -> Annotation:
    """An annotation with a fixed id and fixed timestamps."""
    quote, prefix, suffix = context_around(document.text, start, end)
    section = tuple(node.title for node in section_path(outline, start))
    values: dict[str, object] = {
        "id": f"00000000-0000-4000-8000-{number:012d}", "document": document.identity, "start": start,
        "end": end, "quote": quote, "prefix": prefix, "suffix": suffix, "section": section,
        "created": f"2023-03-0{number}T08:00:00.000Z", "updated": f"2023-03-0{number}T09:30:00.000Z",
    }
    values.update(fields)
    return Annotation(**values)  # type: ignore[arg-type]


def fixture_annotations(document: Document) -> list[Annotation]:
    """Seven annotations: title, several sections, two paragraphs, a hostile note, an orphan."""
    outline = build_outline(document)
    text = document.text
    results = text.index("预计地区生产总值")
    economy = text.index("努力克服疫情不利影响")
    consumption = text.index("加快恢复和扩大消费")
    two = text.index("万元 GDP 能耗")
    two_end = text.index("主要做了七个方面工作：") + len("主要做了七个方面工作：")
    hostile = text.index("深化接诉即办改革")
    return [
        _annotation(document, outline, 1, results, text.index("\n", results), colour="yellow",
                    note="去年的主要指标，和今年的目标对照看。", tags=("经济", "指标")),
        _annotation(document, outline, 2, economy, economy + 30, colour="green"),
        _annotation(document, outline, 3, consumption, consumption + 40, colour="blue",
                    note="消费是今年的重点。\n首店经济值得跟踪。\n\n第二段：和市里的政策比较。",
                    tags=("消费",)),
        _annotation(document, outline, 4, two, two_end, colour="pink",
                    note="跨两段的摘录"),
        _annotation(document, outline, 5, hostile, hostile + 20, colour="purple", note=HOSTILE_NOTE,
                    tags=("a_b", "<b>", "x|y")),
        _annotation(document, outline, 6, 0, 9, colour="yellow", note="报告标题"),
        Annotation(id="00000000-0000-4000-8000-000000000007", document=document.identity, start=11000,
                   end=11012, quote=ORPHAN_QUOTE, prefix="前文", suffix="后文", colour="green",
                   note="原文已改", tags=("待查",), section=("二、2023 年主要任务", "（七）强化风险防控，坚决守住安全发展底线"),
                   created="2023-03-07T08:00:00.000Z", updated="2023-03-07T09:30:00.000Z", orphan=True),
    ]


def _indicator(text: str, name: str, quote: str, after: str, **fields: object) -> Indicator:
    """An indicator record at the first ``quote`` after ``after``."""
    start = text.index(quote, text.index(after))
    values: dict[str, object] = {"name": name, "value": None, "value_high": None, "unit": None,
                                 "base_value": None, "base_unit": None, "qualifier": None, "change": None,
                                 "kind": "actual", "quote": quote, "start": start, "end": start + len(quote)}
    values.update(fields)
    return Indicator(**values)  # type: ignore[arg-type]


def fixture_indicators(document: Document) -> list[Indicator]:
    """Fixed indicator records (independent of the extractor): four inside annotations, one outside."""
    text = document.text
    return [
        _indicator(text, "地区生产总值", "5.5%左右", "预计地区生产总值", value=5.5, unit="%", base_unit="%",
                   qualifier="左右", change="up"),
        _indicator(text, "城镇登记失业率", "3.14%", "预计地区生产总值", value=3.14, unit="%", base_unit="%"),
        _indicator(text, "万元GDP能耗", "5%左右", "万元 GDP 能耗", value=5, unit="%", base_unit="%",
                   qualifier="左右", change="down"),
        _indicator(text, "消费", "加快恢复和扩大消费", "加快恢复和扩大消费", kind="target"),
        _indicator(text, "固定资产投资额", "253 亿元", "固定资产投资额", value=253, unit="亿元", base_unit="元"),
    ]
