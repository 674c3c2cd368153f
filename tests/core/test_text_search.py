"""In-document search: plain, word-aligned and regex matching, folding, offsets, hits."""

from __future__ import annotations

import pytest

from reader.core.document import Document, document_from_paragraphs, open_document
from reader.core.outline import OutlineNode, build_outline
from reader.core.text_search import (
    SearchError,
    TextSearcher,
    find_matches,
    fold_width,
    search_hits,
    sentence_span,
)
from tests.conftest import SEED_PATH

# Real sentences of the seed report.
CONSUMPTION = "加快国际消费中心城市示范区建设，“一圈一策”推动“五大商圈”改造升级，打造“五圈五节”等东城特色消费品牌。"
RENEWAL = "城市更新持续推进，光明楼 17 号简易楼改建、南锣鼓巷四条胡同、隆福文化街区一期被评为全市最佳城市更新实践项目。"
SPONGE = "市级考核断面水质达标，优良水体比例达 75%，全区 36%的面积达到海绵城市建设标准。"
BUSINESS = "坚持市场化、法治化、国际化改革方向不动摇，加快建设营商环境改革创新示范区，认真做好迎接新一轮世行评价准备。"
DIGITAL = "启动实施数字经济标杆城市建设三年行动计划，数字经济占 GDP 比重达到 43.5%。"
LICENCE = "实行大型连锁企业分支机构“证照联办”、外国人来华工作和居留许可“两证联办”。"


@pytest.fixture(scope="module")
def seed() -> Document:
    """The bundled report."""
    return open_document(SEED_PATH)


@pytest.fixture(scope="module")
def seed_outline(seed: Document) -> list[OutlineNode]:
    """The bundled report's outline."""
    return build_outline(seed)


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The matched substrings."""
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(("text", "query", "plain", "word"), [
    (CONSUMPTION, "城市", 1, 1),          # 中心/城市/示范区: a word of its own
    (SPONGE, "城市", 1, 1),               # 海绵/城市/建设
    (RENEWAL, "城市", 2, 0),              # only inside 城市更新: plain finds it, word mode does not
    (RENEWAL, "城市更新", 2, 2),
    (RENEWAL, "更新", 2, 0),
    (BUSINESS, "营商环境", 1, 1),
    (BUSINESS, "营商", 1, 0),             # half of the word 营商环境
    (BUSINESS, "商环", 1, 0),
    (BUSINESS, "建设营商环境", 1, 1),     # several words: starts and ends on boundaries
    (BUSINESS, "设营商环境", 1, 0),       # starts inside 建设
    (BUSINESS, "营商环境改革创新示范区", 1, 1),
    (DIGITAL, "数字经济", 2, 2),
    (DIGITAL, "GDP", 1, 1),
    (DIGITAL, "GD", 1, 0),
    (LICENCE, "证照联办", 1, 1),
    (LICENCE, "“证照联办”", 1, 1),        # quotes are words of their own
    (LICENCE, "联办", 2, 2),
    (LICENCE, "照联", 1, 0),
    (LICENCE, "、", 1, 1),
    (CONSUMPTION, "“", 3, 3),
])
def test_plain_and_word_mode_table(text: str, query: str, plain: int, word: int) -> None:
    """Plain mode finds every substring; word mode only spans that start and end on jieba boundaries."""
    assert texts(text, find_matches(text, query)) == [query] * plain
    assert texts(text, find_matches(text, query, "word")) == [query] * word


def test_word_mode_on_the_whole_seed(seed: Document) -> None:
    """城市 alone is found in word mode, never as the start of 城市更新; counts agree with plain mode."""
    plain = find_matches(seed.text, "城市")
    word = find_matches(seed.text, "城市", "word")
    renewal = find_matches(seed.text, "城市更新")
    assert len(renewal) == 5
    assert set(word) < set(plain)
    assert not {start for start, _end in word} & {start for start, _end in renewal}
    assert all(seed.text[start:end] == "城市" for start, end in word)
    assert len(find_matches(seed.text, "营商环境", "word")) == 3
    assert len(find_matches(seed.text, "专精特新", "word")) == 3


@pytest.mark.parametrize(("text", "query", "expected"), [
    ("ＧＤＰ 与 GDP 与 gdp", "gdp", ["ＧＤＰ", "GDP", "gdp"]),
    ("ＧＤＰ 与 GDP 与 gdp", "ＧＤＰ", ["ＧＤＰ", "GDP", "gdp"]),
    ("增长１２％，增长12%", "12%", ["１２％", "12%"]),
    ("增长１２％，增长12%", "１２", ["１２", "12"]),
    ("REITs 产业与 reits", "REITS", ["REITs", "reits"]),
    ("PM2.5 浓度，pm2.5", "Pm2.5", ["PM2.5", "pm2.5"]),
    ("全角空格　在此", "格 在", ["格　在"]),
])
def test_case_and_width_insensitive(text: str, query: str, expected: list[str]) -> None:
    """Case and full-width/half-width forms fold; offsets point at the original characters."""
    assert texts(text, find_matches(text, query)) == expected


def test_case_sensitive_keeps_width_folding() -> None:
    """Case-sensitive search still treats ＧＤＰ as GDP."""
    text = "ＧＤＰ 与 GDP 与 gdp"
    assert texts(text, find_matches(text, "GDP", case_sensitive=True)) == ["ＧＤＰ", "GDP"]
    assert texts(text, find_matches(text, "gdp", "word", case_sensitive=True)) == ["gdp"]


def test_offsets_after_a_non_bmp_character() -> None:
    """Offsets are code points into the original text, also after 𠀀 (U+20000, two UTF-16 units)."""
    text = "𠀀城市更新𠀀城市，Ｇ𠮷ＤＰ"
    assert find_matches(text, "城市") == [(1, 3), (6, 8)]
    assert find_matches(text, "城市", "word") == [(6, 8)]
    assert find_matches(text, "𠀀城") == [(0, 2), (5, 7)]
    assert find_matches(text, "g𠮷d") == [(9, 12)]
    assert find_matches(text, "城市", "regex") == [(1, 3), (6, 8)]


def test_lowercasing_that_changes_length_keeps_offsets() -> None:
    """İ lowercases to two characters; offsets after it still point into the original text."""
    text = "İstanbul 与 ISTANBUL 城市"
    assert texts(text, find_matches(text, "stanbul")) == ["stanbul", "STANBUL"]
    assert texts(text, find_matches(text, "城市")) == ["城市"]
    assert texts(text, find_matches(text, "i̇stanbul")) == ["İstanbul"]


@pytest.mark.parametrize(("text", "pattern", "expected"), [
    (DIGITAL, r"\d+(\.\d+)?%", ["43.5%"]),
    (SPONGE, r"\d+%", ["75%", "36%"]),
    (LICENCE, r"“[^”]+”", ["“证照联办”", "“两证联办”"]),
    (RENEWAL, r"城市(?!更新)", []),
    (CONSUMPTION, r"城市(?!更新)", ["城市"]),
    (DIGITAL, r"gdp", ["GDP"]),
    ("第（一）项和(二)", r"（一）", ["（一）"]),          # full-width characters stand for themselves
    ("第（一）项和(二)", r"\(.\)", ["（一）", "(二)"]),
    ("甲\n乙甲", r"^甲", ["甲"]),                      # ^ is the start of a paragraph
    ("甲乙", r"x*", []),                              # empty matches are dropped
])
def test_regex(text: str, pattern: str, expected: list[str]) -> None:
    """Regular expressions run on the width-folded text, case-insensitive unless asked."""
    assert texts(text, find_matches(text, pattern, "regex")) == expected


def test_regex_case_sensitive() -> None:
    """Case-sensitive regex."""
    assert find_matches(DIGITAL, "gdp", "regex", case_sensitive=True) == []


@pytest.mark.parametrize("pattern", ["(", "[城市", "*", "a{2,1}", "城市)", "(?P<x"])
def test_invalid_regex_raises_search_error(pattern: str) -> None:
    """An invalid expression raises SearchError (a ValueError) with a message, never re.error."""
    with pytest.raises(SearchError, match="invalid regular expression") as caught:
        find_matches(DIGITAL, pattern, "regex")
    assert isinstance(caught.value, ValueError)


def test_escaped_backslash_is_a_valid_regex() -> None:
    """A doubled backslash is a literal backslash."""
    assert find_matches("a\\b", r"\\", "regex") == [(1, 2)]


@pytest.mark.parametrize("query", ["(", "[城市", "*", ".*", "\\", "'", '"', "“", "”", "‘证照", "a{2,1}", "%", "——"])
@pytest.mark.parametrize("mode", ["plain", "word"])
def test_punctuation_and_quotes_are_literal_outside_regex(seed: Document, query: str, mode: str) -> None:
    """Plain and word mode take any query literally and never raise."""
    for start, end in find_matches(seed.text, query, mode):
        assert fold_width(seed.text[start:end]).lower() == fold_width(query).lower()
    assert find_matches("（一）", "(一)", mode) == [(0, 3)]  # ASCII brackets find full-width ones


def test_punctuation_queries_find_what_is_there() -> None:
    """Quotes, brackets and dots are searched literally."""
    assert texts(DIGITAL, find_matches(DIGITAL, "43.5%")) == ["43.5%"]
    assert find_matches(DIGITAL, "4.\\.5") == []
    assert texts(LICENCE, find_matches(LICENCE, "”、")) == ["”、"]


def test_empty_query_and_unknown_mode() -> None:
    """An empty query finds nothing; an unknown mode is a SearchError."""
    assert find_matches(DIGITAL, "") == []
    assert find_matches(DIGITAL, "", "regex") == []
    with pytest.raises(SearchError):
        find_matches(DIGITAL, "城市", "fuzzy")


def test_matches_do_not_overlap() -> None:
    """Repeated characters give non-overlapping matches from the left."""
    assert find_matches("啊啊啊啊啊", "啊啊") == [(0, 2), (2, 4)]


def test_searcher_computes_boundaries_once() -> None:
    """A TextSearcher keeps its word boundaries; they cover the start and end of the text."""
    searcher = TextSearcher(RENEWAL)
    flags = searcher.boundaries()
    assert searcher.boundaries() is flags
    assert flags[0] == flags[len(RENEWAL)] == 1
    assert flags[4] == 1 and flags[2] == 0  # 城市更新|持续…, never 城市|更新


def test_sentence_span_stays_in_the_paragraph() -> None:
    """The sentence around a hit ends at 。！？ and never crosses a paragraph break."""
    text = "第一句。第二句有城市！\n第三段城市"
    start = text.index("城市")
    assert text[slice(*sentence_span(text, start, start + 2))] == "第二句有城市！"
    last = text.rindex("城市")
    assert text[slice(*sentence_span(text, last, last + 2))] == "第三段城市"


def test_search_hits_on_the_seed(seed: Document, seed_outline: list[OutlineNode]) -> None:
    """Each hit carries its sentence (holding the match) and its section titles."""
    hits = search_hits(seed, seed_outline, "营商环境", "word")
    assert [hit.start for hit in hits] == [start for start, _end in find_matches(seed.text, "营商环境")]
    for hit in hits:
        assert seed.text[hit.start:hit.end] == "营商环境"
        offset = hit.start - hit.sentence_start
        assert hit.sentence[offset:offset + 4] == "营商环境"
        assert seed.text[hit.sentence_start:hit.sentence_start + len(hit.sentence)] == hit.sentence
        assert "\n" not in hit.sentence
    assert hits[0].section == ("一、2022 年工作回顾", "（四）深化改革创新，高质量发展迈出坚实步伐")
    assert hits[1].sentence == "持续优化营商环境。"
    assert hits[2].section[-1] == "持续优化营商环境"


def test_search_hits_without_outline() -> None:
    """A document without an outline gives hits with an empty section."""
    document = document_from_paragraphs(["标题", "推进城市更新。城市更新好。"])
    hits = search_hits(document, [], "城市更新")
    assert [(hit.sentence, hit.section) for hit in hits] == [("推进城市更新。", ()), ("城市更新好。", ())]


def test_boundaries_from_elsewhere_are_used_and_checked() -> None:
    """Boundaries computed in another process can be installed; flags for another text are refused."""
    flags = bytes(TextSearcher(RENEWAL).boundaries())
    searcher = TextSearcher(RENEWAL)
    assert not searcher.has_boundaries
    searcher.set_boundaries(flags)
    assert searcher.has_boundaries
    assert searcher.find("城市", "word") == []
    with pytest.raises(ValueError):
        TextSearcher(BUSINESS).set_boundaries(flags)
