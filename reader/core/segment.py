"""Chinese word segmentation with jieba and the domain dictionary, loaded lazily once."""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from typing import Any

from reader.core.paths import resource_path

log = logging.getLogger(__name__)
USER_DICTIONARY = "jieba_user_dict.txt"
_lock = threading.Lock()
_tokenizer: Any = None


def tokenizer() -> Any:
    """Return the shared jieba tokenizer with the domain dictionary (thread-safe, lazy)."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            _tokenizer = load_tokenizer(_tokenizer_class())
    return _tokenizer


def load_tokenizer(kind: type) -> Any:
    """A jieba tokenizer of class ``kind`` with jieba's dictionary and the domain dictionary loaded."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    instance = kind()
    instance.initialize()
    path = resource_path(USER_DICTIONARY)
    if path.is_file():
        with path.open("rb") as dictionary:
            instance.load_userdict(dictionary)
    else:
        log.warning("jieba user dictionary missing: %s", path)
    return instance


def words(text: str) -> list[str]:
    """Segment ``text`` into words (jieba's HMM on for unknown words)."""
    instance = tokenizer()
    return instance.block_words(text) if instance.one_block(text) else instance.lcut(text, HMM=True)


def _tokenizer_class() -> type:
    """jieba's Tokenizer with a faster word graph and route; its words are jieba's own, unchanged."""
    import jieba
    from jieba import finalseg

    class RoutingTokenizer(jieba.Tokenizer):
        """Builds jieba's word graph and best route in one pass (jieba builds the graph, then scores it)."""

        one_block = jieba.re_han_default.fullmatch  # a text jieba's cut would not split before segmenting

        def block_words(self, block: str) -> list[str]:
            """jieba's words of one block of Han characters, letters and digits (cut's loop skipped)."""
            return self._Tokenizer__cut_DAG(block)

        def _Tokenizer__cut_DAG(self, block: str) -> list[str]:  # jieba's cut calls this private method
            """jieba's words of ``block``: the best dictionary route, unknown runs cut by jieba's HMM."""
            self.check_initialized()
            route = _route(block, self.FREQ.get, math.log(self.total))
            return _words_on_route(block, route, self.FREQ.get, finalseg.cut)

    return RoutingTokenizer


def _route(block: str, frequency: Any, log_total: float) -> list[int]:
    """Where the word starting at each character ends on jieba's best route (ties: the longer word)."""
    natural_log = math.log
    length = len(block)
    scores = [0.0] * (length + 1)
    ends = [0] * (length + 1)
    for start in range(length - 1, -1, -1):
        best = -math.inf
        best_end = start + 1
        end = start + 1
        count = frequency(block[start])  # jieba's dictionary holds every prefix of its words, with count 0
        while count is not None:
            if count:
                score = natural_log(count) - log_total + scores[end]
                if score >= best:
                    best, best_end = score, end
            if end >= length:
                break
            end += 1
            count = frequency(block[start:end])
        if best == -math.inf:  # no word starts here: the character alone, scored log 1 as jieba does
            best, best_end = scores[start + 1] - log_total, start + 1
        scores[start] = best
        ends[start] = best_end
    return ends


def _words_on_route(block: str, ends: list[int], frequency: Any, guess: Callable[[str], Any]) -> list[str]:
    """The words along ``ends``; runs of single characters jieba does not know go to its HMM."""
    result: list[str] = []
    run = ""
    start = 0
    while start < len(block):
        end = ends[start]
        if end - start == 1:
            run += block[start]
        else:
            _add_run(run, result, frequency, guess)
            run = ""
            result.append(block[start:end])
        start = end
    _add_run(run, result, frequency, guess)
    return result


def _add_run(run: str, result: list[str], frequency: Any, guess: Callable[[str], Any]) -> None:
    """Add a run of single characters: kept when one or a known word, else cut by ``guess`` (the HMM)."""
    if len(run) == 1 or (run and frequency(run)):
        result.extend(run)
    elif run:
        result.extend(guess(run))
