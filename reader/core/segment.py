"""Chinese word segmentation with jieba and the domain dictionary, loaded lazily once."""

from __future__ import annotations

import logging
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
            import jieba

            jieba.setLogLevel(logging.WARNING)
            instance = jieba.Tokenizer()
            instance.initialize()
            path = resource_path(USER_DICTIONARY)
            if path.is_file():
                with path.open("rb") as dictionary:
                    instance.load_userdict(dictionary)
            else:
                log.warning("jieba user dictionary missing: %s", path)
            _tokenizer = instance
    return _tokenizer


def words(text: str) -> list[str]:
    """Segment ``text`` into words."""
    return tokenizer().lcut(text, HMM=True)
