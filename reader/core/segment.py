"""Chinese word segmentation with jieba and the domain dictionary, loaded lazily once."""

from __future__ import annotations

import logging
import math
import threading
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


class _WeightedGraph(dict):
    """jieba's DAG (start → possible word ends) with each word's log frequency kept beside it."""

    __slots__ = ("weights",)


def _tokenizer_class() -> type:
    """jieba's Tokenizer with a faster word graph and route; its words are jieba's own, unchanged."""
    import jieba

    class WeightedTokenizer(jieba.Tokenizer):
        """Looks each dictionary word up once (jieba looks it up again to score the route)."""

        one_block = jieba.re_han_default.fullmatch  # a text jieba's cut would not split before segmenting

        def block_words(self, block: str) -> list[str]:
            """jieba's words of one block of Han characters, letters and digits (cut's loop skipped)."""
            return list(self._Tokenizer__cut_DAG(block))

        def get_DAG(self, sentence: str) -> dict[int, list[int]]:
            """The word graph of ``sentence``, with the log frequencies of its words."""
            self.check_initialized()
            frequency = self.FREQ.get
            natural_log = math.log
            graph = _WeightedGraph()
            weights: dict[int, list[float]] = {}
            length = len(sentence)
            for start in range(length):
                ends: list[int] = []
                logs: list[float] = []
                end = start
                fragment = sentence[start]
                while True:
                    count = frequency(fragment)
                    if count is None:
                        break
                    if count:
                        ends.append(end)
                        logs.append(natural_log(count))
                    end += 1
                    if end >= length:
                        break
                    fragment = sentence[start : end + 1]
                if not ends:  # an unknown character is a word of its own (jieba scores it log 1)
                    ends.append(start)
                    logs.append(0.0)
                graph[start] = ends
                weights[start] = logs
            graph.weights = weights
            return graph

        def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict) -> None:
            """jieba's best route, scored with the graph's kept log frequencies (ties: longer word)."""
            weights = getattr(DAG, "weights", None)
            if weights is None:
                super().calc(sentence, DAG, route)
                return
            length = len(sentence)
            route[length] = (0, 0)
            total = math.log(self.total)
            for start in range(length - 1, -1, -1):
                ends = DAG[start]
                if len(ends) == 1:  # most characters start one word only
                    end = ends[0]
                    route[start] = (weights[start][0] - total + route[end + 1][0], end)
                    continue
                best = -math.inf
                best_end = start
                for end, weight in zip(ends, weights[start]):  # noqa: B905 (one list each, same length)
                    score = weight - total + route[end + 1][0]
                    if score >= best:
                        best, best_end = score, end
                route[start] = (best, best_end)

    return WeightedTokenizer
