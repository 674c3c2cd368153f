"""SHA-256 digests without loading OpenSSL at start-up.

``hashlib`` loads OpenSSL's libcrypto on import (~3 ms), while the document's identity is
needed before the first paint to restore the reading position. CPython ships its own
SHA-256 (``_sha256`` in 3.11, ``_sha2`` from 3.12); the digests are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _sha256_constructor() -> Callable[[bytes], Any]:
    """Return the interpreter's built-in SHA-256, or hashlib's when it has none."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.11
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment]
    return sha256


def sha256_hex(data: bytes) -> str:
    """Return the hexadecimal SHA-256 of ``data``."""
    return _sha256_constructor()(data).hexdigest()
