"""Indicator records as JSON, CSV (UTF-8 with BOM for Excel) or a plain-text table."""

from __future__ import annotations

import csv
import io
import json

from reader.core.indicators import FIELDS, Indicator
from reader.core.outline import SECTION_SEPARATOR


def format_indicators(indicators: list[Indicator], output_format: str) -> str:
    """Render indicators in ``output_format``: json, csv or table."""
    if output_format == "json":
        records = [indicator.to_dict() for indicator in indicators]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if output_format == "csv":
        return indicators_csv(indicators)
    return _table(indicators)


def indicators_csv(indicators: list[Indicator], bom: bool = False) -> str:
    """One row per indicator with every field; the section path joined by ' › '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for indicator in indicators:
        record = indicator.to_dict()
        record["section"] = SECTION_SEPARATOR.join(record["section"])
        writer.writerow(["" if record[name] is None else record[name] for name in FIELDS])
    return ("\ufeff" if bom else "") + buffer.getvalue()


def _table(indicators: list[Indicator]) -> str:
    """An aligned table for people reading a terminal."""
    lines = []
    for item in indicators:
        value = "" if item.value is None else str(item.value)
        if item.value_high is not None:
            value += f"–{item.value_high}"
        lines.append(
            "\t".join(
                [
                    item.kind,
                    item.name,
                    value,
                    item.unit or "",
                    item.qualifier or "",
                    item.change or "",
                    item.quote,
                ]
            )
        )
    return "\n".join(lines) + "\n"
