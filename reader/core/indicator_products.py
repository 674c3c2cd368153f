"""Products whose bare name before a quantity stands for their output (钢增长28% → 钢产量)."""

from __future__ import annotations

import logging
from functools import cache

from reader.core.paths import resource_path

log = logging.getLogger(__name__)

PRODUCTS_FILE = "products.txt"
OUTPUT = "产量"
CAPACITY = "生产能力"


@cache
def output_names() -> dict[str, str]:
    """Each product of resources/products.txt with the name of its output."""
    names: dict[str, str] = {}
    for line in resource_path(PRODUCTS_FILE).read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            names[fields[0]] = fields[1] if len(fields) > 1 else fields[0] + OUTPUT
    log.debug("%d products", len(names))
    return names


def output_name(product: str, capacity: bool = False) -> str:
    """钢 → 钢产量 (钢生产能力 with ``capacity``), 电力 → 发电量; '' for a word that is no product."""
    output = output_names().get(product, "")
    if output and capacity:
        return product + CAPACITY
    return output
