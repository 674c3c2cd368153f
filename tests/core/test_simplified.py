"""Traditional-character reports are read through a simplified view, and records keep the text as written."""

from __future__ import annotations

from reader.core.document import document_from_paragraphs, open_document
from reader.core.indicators import extract_indicators
from reader.core.simplified import as_written, simplified_view
from tests.conftest import CORPUS_DIR

_TRADITIONAL = "一九五三年鋼產量達到一百七十七萬噸，比上年增長百分之三十三點五。"
_SIMPLIFIED = "一九五三年钢产量达到一百七十七万吨，比上年增长百分之三十三点五。"


def test_simplified_text_is_left_alone() -> None:
    """A simplified text comes back as the very same string."""
    assert simplified_view(_SIMPLIFIED) is _SIMPLIFIED


def test_traditional_text_is_converted_offset_for_offset() -> None:
    """The view has the same length, so offsets into it are offsets into the text."""
    view = simplified_view(_TRADITIONAL)
    assert view == _SIMPLIFIED
    assert "钢产量".translate(as_written(view, _TRADITIONAL)) == "鋼產量"


def test_traditional_report_gives_the_simplified_values_in_its_own_characters() -> None:
    """Values match the simplified twin; quotes, names and units are written as in the report."""
    traditional = extract_indicators(document_from_paragraphs(["一、回顧", _TRADITIONAL]))
    simplified = extract_indicators(document_from_paragraphs(["一、回顾", _SIMPLIFIED]))
    assert [(i.value, i.base_value, i.change) for i in traditional] == [
        (i.value, i.base_value, i.change) for i in simplified
    ] == [(177, 1770000, None), (33.5, 33.5, "up")]
    assert [i.quote for i in traditional] == ["一百七十七萬噸", "百分之三十三點五"]
    assert [i.name for i in traditional] == ["鋼產量", "鋼產量"]
    assert traditional[0].unit == "萬噸" and traditional[0].sentence == _TRADITIONAL


def test_traditional_corpus_report() -> None:
    """The 1954 report (traditional characters): 萬 and 點 are read, quotes are exact text."""
    document = open_document(CORPUS_DIR / "national/1954.txt")
    indicators = extract_indicators(document)
    assert all(document.text[i.start : i.end] == i.quote for i in indicators)
    machine_tools = [i for i in indicators if i.quote == "一萬三千五百十三台"]
    assert len(machine_tools) == 1 and machine_tools[0].base_value == 13513
    assert any(i.quote == "百分之三十六點九" and i.value == 36.9 for i in indicators)


def test_a_few_traditional_characters_in_a_simplified_text_are_read() -> None:
    """約 in a simplified report (1957) is the qualifier 约, not part of the name."""
    document = document_from_paragraphs(["一、回顾", "1956年，全国农業总产值約为五百八十三亿元。"])
    (indicator,) = extract_indicators(document)
    assert (indicator.name, indicator.value, indicator.qualifier) == ("全国农業总产值", 583, "约")
