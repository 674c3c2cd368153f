"""Normalisation: page-break repair, layouts of real files, character fixes, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.normalize import clean_characters, normalize
from tests.conftest import CORPUS_DIR

# (end of the fragment before the break, start of the fragment after it) in the seed.
SEED_PAGE_BREAKS = [
    ("高效推进落位管控、", "流调溯源和转运隔离"),
    ("实现 81 个街区", "控规综合实施方案全覆盖"),
    ("构建重点税源企业网格化管理服", "务体系"),
    ("预计全年同比下降 4% 左", "右，好于全市平均水平"),
    ("“书香世业”文化主题街区一", "期开业"),
    ("累计受理 12345 热线", "诉求 23 万余件"),
    ("成功入选第一批“国家儿童", "友好城市”"),
    ("中央歌剧院剧场落地", "启用"),
    ("全区发展面临许多困难和挑", "战，政府工作中"),
    ("万元 GDP", "能耗降幅"),
    ("大型民企和", "金融机构税源"),
    ("更好服务全区高质量发展。深", "化东城园体制机制改革"),
    ("做好文物腾退保护工作，推", "进宏恩观"),
    ("简易楼腾退和老", "楼加装电梯"),
    ("健全街道养老服务联合体运行", "机制，推进居家养老"),
]


@pytest.fixture(scope="module")
def seed_paragraphs(request: pytest.FixtureRequest) -> list[str]:
    """The seed's canonical paragraphs."""
    from tests.conftest import SEED_PATH

    return normalize(SEED_PATH.read_text(encoding="utf-8"))


def test_seed_raw_text_has_the_fifteen_breaks() -> None:
    """The labelled breaks really are blank-line breaks in the raw seed."""
    from tests.conftest import SEED_PATH

    raw = SEED_PATH.read_text(encoding="utf-8")
    for before, after in SEED_PAGE_BREAKS:
        assert f"{before}\n\n{after}" in raw


@pytest.mark.parametrize(("before", "after"), SEED_PAGE_BREAKS)
def test_seed_page_break_is_repaired(seed_paragraphs: list[str], before: str, after: str) -> None:
    """Each split paragraph becomes one paragraph again, joined without a gap."""
    holding = [p for p in seed_paragraphs if before + after in p]
    assert len(holding) == 1


def test_seed_paragraph_count(seed_paragraphs: list[str]) -> None:
    """86 raw paragraphs minus the 15 repaired breaks."""
    assert len(seed_paragraphs) == 86 - 15


@pytest.mark.parametrize(
    "heading",
    [
        "东城区政府工作报告",
        "一、2022 年工作回顾",
        "（一）坚持人民至上、生命至上，全力打好疫情防控整体战",
        "（五）狠下“绣花”功夫，城市治理水平不断提升",
        "二、2023 年主要任务",
        "（八）夯实自身建设，全面提升政府治理效能",
        "主要做了七个方面工作：",
    ],
)
def test_seed_headings_stay_own_paragraphs(seed_paragraphs: list[str], heading: str) -> None:
    """Headings without final punctuation are not glued to the next paragraph."""
    assert heading in seed_paragraphs


def test_seed_pdf_subscript_artifact(seed_paragraphs: list[str]) -> None:
    """PM_{2.5} from the PDF becomes PM2.5."""
    text = "\n".join(seed_paragraphs)
    assert "PM_{" not in text
    assert "PM2.5 累计浓度" in text


def test_one_paragraph_per_line() -> None:
    """A file with one paragraph per line keeps its paragraphs."""
    raw = "一、总体要求\n今年工作要稳字当头。\n二、主要任务\n扩大内需。促进消费。\n"
    assert normalize(raw) == ["一、总体要求", "今年工作要稳字当头。", "二、主要任务", "扩大内需。促进消费。"]


def test_blank_line_blocks_join_wrapped_lines() -> None:
    """Inside blank-line separated blocks, single line breaks are wraps (Wikisource links)."""
    raw = "各位代表：\n\n我们在听了\n关于宪法草案的报告\n以后，通过了宪法。\n\n第二段。\n\n第三段。\n"
    assert normalize(raw) == [
        "各位代表：", "我们在听了关于宪法草案的报告以后，通过了宪法。", "第二段。", "第三段。",
    ]


def test_indentation_marks_paragraphs_in_a_single_line() -> None:
    """A whole report on one line, paragraphs marked by runs of spaces or U+3000."""
    raw = "上海市政府工作报告  各位代表：  \u3000\u3000现在，我代表市政府报告工作。  \u3000\u3000一、过去五年工作回顾"
    assert normalize(raw) == [
        "上海市政府工作报告", "各位代表：", "现在，我代表市政府报告工作。", "一、过去五年工作回顾",
    ]


def test_hard_wrapped_lines_with_indented_paragraphs() -> None:
    """Lines that are not indented continue the paragraph an indented line opened."""
    raw = (
        "\u3000\u3000第一段的开头，写到这里换行了\n继续第一段。\n这还是第一段。\n"
        "\u3000\u3000第二段开始，\n第二段结束。\n\u3000\u3000第三段。\n"
    )
    assert normalize(raw) == [
        "第一段的开头，写到这里换行了继续第一段。这还是第一段。",
        "第二段开始，第二段结束。",
        "第三段。",
    ]


def test_fullwidth_numbers_become_ascii() -> None:
    """Full-width digits, decimal points and percent signs inside numbers."""
    assert normalize("国内生产总值增长７．３％，达到１９９７亿元。") == [
        "国内生产总值增长7.3%，达到1997亿元。"
    ]


def test_middle_dot_decimal_points_become_ascii() -> None:
    """A middle dot between digits of a percentage or amount is a decimal point; a date label keeps it."""
    raw = "全年增长19·5％，达到2·4万亿元，为上年的1・5倍；5·12地震灾区恢复重建。"
    assert clean_characters(raw) == "全年增长19.5%，达到2.4万亿元，为上年的1.5倍；5·12地震灾区恢复重建。"


def test_fullwidth_thousands_separators_become_ascii() -> None:
    """A text that groups thousands with a full-width comma (1，120亿元) gets ASCII commas; one stray case does not."""
    raw = "积累1，120亿元，消费2，211亿元，产量33，212万吨，增加2，737万吨，粮食4，900万吨。"
    assert clean_characters(raw) == "积累1,120亿元，消费2,211亿元，产量33,212万吨，增加2,737万吨，粮食4,900万吨。"
    single = "项目总数为3，120个新项目开工。"
    assert clean_characters(single) == single


def test_letter_spaced_numbers_are_closed_up() -> None:
    """A PDF export that spaces every digit (1 9 9 7 年, 8 ．8 ％) gets its numbers back."""
    raw = "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，比上年增长8 ．8 ％，五年增加5 0 0 0 万吨。"
    assert clean_characters(raw) == "1997 年国内生产总值达到74772 亿元，比上年增长8.8%，五年增加5000 万吨。"


def test_a_few_spaced_digits_are_kept() -> None:
    """Digits with a space between them in a text that writes numbers closed up stay as written."""
    raw = "2023 年地区生产总值增长 5.5%，完成 1 2 3 号项目；新增绿地 13 万平方米。"
    assert clean_characters(raw) == raw


def test_letter_spaced_corpus_report_has_its_numbers() -> None:
    """The 1998 national report (every digit spaced in the source) reads 74772 亿元 and 8.8%."""
    text = "\n".join(normalize((CORPUS_DIR / "national" / "1998.txt").read_text(encoding="utf-8")))
    assert "国内生产总值达到74772 亿元" in text and "增长8.8%" in text
    assert "7 4 7 7 2" not in text


def test_fullwidth_punctuation_outside_numbers_is_kept() -> None:
    """Chinese punctuation that is not part of a number stays as written."""
    assert normalize("第一，（一）全面推进。等等．") == ["第一，（一）全面推进。等等．"]


def test_zero_width_characters_removed() -> None:
    """Zero-width spaces and joiners vanish, also when they are a line of their own."""
    raw = "人民生活有了改善，这一点，我将在报\n\u200b\n告的下一部分加以说明。\u200d\ufeff"
    assert normalize(raw) == ["人民生活有了改善，这一点，我将在报告的下一部分加以说明。"]


def test_title_broken_across_lines() -> None:
    """A title split over two lines is one paragraph."""
    raw = "政府工作报\n告\n\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n各位代表：\n"
    paragraphs = normalize(raw)
    assert paragraphs[0] == "政府工作报告"
    assert paragraphs[1].startswith("——2017年")
    assert paragraphs[2] == "各位代表："


def test_heading_broken_by_spaces_is_rejoined() -> None:
    """A heading whose tail was pushed to the next line comes back together."""
    raw = "意见。  \u3000\u3000二、今后五年工作的总  体要求和主要目标  \u3000\u3000党的二十大吹响了号角。"
    assert normalize(raw)[1] == "二、今后五年工作的总体要求和主要目标"


def test_byline_not_joined_to_following_text() -> None:
    """Lines without clause punctuation (titles, bylines) are never glued on."""
    raw = "政府工作报告\n\n国务院总理\u3000\n李克强\n\n各位代表：\n\n现在，我代表国务院报告工作。"
    paragraphs = normalize(raw)
    assert paragraphs[0] == "政府工作报告"
    assert paragraphs[-2:] == ["各位代表：", "现在，我代表国务院报告工作。"]


def test_latin_words_joined_with_a_space() -> None:
    """A break between two Latin words keeps a space; between CJK none is added."""
    raw = "坚持开放，使用 open\n\nsource 软件，推进\n\n数字化。"
    assert normalize(raw) == ["坚持开放，使用 open source 软件，推进数字化。"]


def test_windows_line_endings_and_form_feeds() -> None:
    """CRLF and form feeds (PDF page breaks) are paragraph structure, not text."""
    assert normalize("第一段。\r\n\r\n第二段，未完\f续完。\r\n") == ["第一段。", "第二段，未完续完。"]


def test_clean_characters_keeps_other_text() -> None:
    """Cleaning changes only what it must."""
    text = "“十四五”规划 K11 PM2.5 12345热线 6%－6.5%"
    assert clean_characters(text) == text


CORPUS_FILES = sorted(CORPUS_DIR.glob("*/*.txt"))


def test_corpus_is_present() -> None:
    """The robustness corpus ships with the tests."""
    assert len(list((CORPUS_DIR / "national").glob("*.txt"))) == 49


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_normalises_idempotently(path: Path) -> None:
    """Every corpus file normalises to non-empty, newline-free paragraphs, stably."""
    paragraphs = normalize(path.read_text(encoding="utf-8"))
    assert len(paragraphs) > 10
    assert all(paragraph and "\n" not in paragraph for paragraph in paragraphs)
    assert normalize("\n".join(paragraphs)) == paragraphs


_REPORT_PIECES = st.sampled_from(
    list("报告增长工作一二三（）、，。；：！？“”\u3000 \n\t0123456789０１．％%.PM_{}ab\u200b—\r\f")
    + ["一、", "（一）", "1.", "（1）", "\n\n", "  ", "PM_{2.5}", "\u3000\u3000", "各位代表："]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_REPORT_PIECES, max_size=80).map("".join))
def test_normalising_is_idempotent_on_report_like_text(raw: str) -> None:
    """normalise(canonical text) gives the same paragraphs back."""
    paragraphs = normalize(raw)
    assert all(paragraph and "\n" not in paragraph for paragraph in paragraphs)
    assert normalize("\n".join(paragraphs)) == paragraphs


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_normalising_is_idempotent_on_any_text(raw: str) -> None:
    """Idempotence holds for arbitrary Unicode too."""
    paragraphs = normalize(raw)
    assert normalize("\n".join(paragraphs)) == paragraphs


def test_short_paragraphs_after_a_heading_stay_separate() -> None:
    """Short lines after a heading are items, not the heading's tail, when a line break parts them."""
    assert normalize("二、2023 年主要任务\n\n稳增长\n\n惠民生\n") == ["二、2023 年主要任务", "稳增长", "惠民生"]
    assert normalize("二、主要任务\n稳增长\n惠民生\n") == ["二、主要任务", "稳增长", "惠民生"]
