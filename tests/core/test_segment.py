"""The app's tokenizer segments exactly as stock jieba does, only faster."""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import pytest

from reader.core.segment import load_tokenizer, tokenizer, words

REPO = Path(__file__).resolve().parents[2]
TEXTS = [
    REPO / "data" / "beijing_dongcheng_2023.txt",
    *sorted((REPO / "tests" / "data" / "corpus").glob("*/*.txt"))[::12],
]


@pytest.fixture(scope="module")
def stock() -> jieba.Tokenizer:
    """Stock jieba with the same dictionaries as the app's tokenizer."""
    return load_tokenizer(jieba.Tokenizer)


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.stem)
def test_words_are_stock_jiebas(stock: jieba.Tokenizer, path: Path) -> None:
    """Whole reports segment to the same words (jieba's HMM on for unknown words, as the app uses it)."""
    text = path.read_text(encoding="utf-8")
    assert tokenizer().lcut(text, HMM=True) == stock.lcut(text, HMM=True)


def test_short_and_unknown_texts_match_stock(stock: jieba.Tokenizer) -> None:
    """Short texts with rare characters, prefixes only, Latin letters, digits and domain words segment alike."""
    samples = ["地区生产总值增长5.5%左右", "龘靐齉爩", "PM2.5累计浓度", "专精特新企业", "的的的", "一", "",
               "仫伈侭呂奼", "AB增长Cc"]  # characters jieba knows only as the start of longer words
    for sample in samples:
        assert words(sample) == stock.lcut(sample, HMM=True)


def test_clauses_segment_as_stock_jieba(stock: jieba.Tokenizer) -> None:
    """Every clause of the seed (the short texts names are made from) gives stock jieba's words."""
    text = TEXTS[0].read_text(encoding="utf-8")
    clauses = {clause for clause in re.split(r"[，。；：、\n]", text) if clause}
    assert len(clauses) > 500
    for clause in clauses:
        assert words(clause) == stock.lcut(clause, HMM=True), clause
