"""How indicators read in the interface: values, amounts, kind labels and tooltips."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.core.outline import SECTION_SEPARATOR

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

# Highlight hues (translucent in the text, opaque as legend swatches).
ACTUAL_RGB = (33, 150, 243)
TARGET_RGB = (255, 160, 0)
QUALITATIVE_RGB = (230, 120, 0)
RANGE_DASH = "–"
CHANGE_ARROWS = {"up": "↑", "down": "↓"}
_PREFIX_QUALIFIERS = ("不低于", "不超过", "超", "近", "约")
_INNER_QUALIFIERS = ("余", "多")


def number_text(value: float | int) -> str:
    """A number as the report writes it (5, 5.5, 1807)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def value_text(indicator: Indicator) -> str:
    """The value or range ("6–6.5"); empty for a qualitative target."""
    if indicator.value is None:
        return ""
    text = number_text(indicator.value)
    if indicator.value_high is not None:
        text += RANGE_DASH + number_text(indicator.value_high)
    return text


def amount_text(indicator: Indicator) -> str:
    """Value, unit and qualifier in reading order: 近3亿元, 264万余人次, 5.5%左右."""
    value = value_text(indicator)
    if not value:
        return indicator.quote
    unit = indicator.unit or ""
    qualifier = indicator.qualifier or ""
    if qualifier in _PREFIX_QUALIFIERS:
        return f"{qualifier}{value}{unit}"
    base = indicator.base_unit or ""
    if qualifier in _INNER_QUALIFIERS and base and unit.endswith(base):
        return f"{value}{unit[: len(unit) - len(base)]}{qualifier}{base}"
    return f"{value}{unit}{qualifier}"


def sort_value(indicator: Indicator) -> float:
    """Numeric sort key of the value column (qualitative targets sort last)."""
    return float("inf") if indicator.value is None else float(indicator.value)


def is_qualitative(indicator: Indicator) -> bool:
    """True for a target stated without a number."""
    return indicator.value is None


def section_text(indicator: Indicator) -> str:
    """The full section path of an indicator."""
    return SECTION_SEPARATOR.join(indicator.section)


class IndicatorText(QObject):
    """Translated labels for indicator kinds and changes, and the structured tooltip."""

    def kind_label(self, indicator: Indicator) -> str:
        """实际 / 目标 / 定性目标."""
        if indicator.kind != "target":
            return self.tr("Actual")
        return self.tr("Qualitative target") if is_qualitative(indicator) else self.tr("Target")

    def change_label(self, change: str | None) -> str:
        """↑ increase / ↓ decrease, or empty."""
        if change == "up":
            return self.tr("↑ increase")
        if change == "down":
            return self.tr("↓ decrease")
        return ""

    def column_titles(self) -> list[str]:
        """Titles of the indicator table's columns, in order."""
        return [self.tr("Indicator"), self.tr("Value"), self.tr("Unit"), self.tr("Qualifier"),
                self.tr("Change"), self.tr("Kind"), self.tr("Section")]

    def tooltip(self, indicators: list[Indicator]) -> str:
        """Rich-text records of the indicators under the mouse."""
        return "<hr>".join(self._record(indicator) for indicator in indicators)

    def _record(self, indicator: Indicator) -> str:
        """One indicator as a two-column table."""
        rows = [
            (self.tr("Indicator"), indicator.name),
            (self.tr("Value"), value_text(indicator)),
            (self.tr("Unit"), indicator.unit or ""),
            (self.tr("Qualifier"), indicator.qualifier or ""),
            (self.tr("Change"), self.change_label(indicator.change)),
            (self.tr("Kind"), self.kind_label(indicator)),
            (self.tr("Section"), section_text(indicator)),
        ]
        if is_qualitative(indicator):
            rows.insert(2, (self.tr("Statement"), indicator.quote))
        cells = "".join(
            f"<tr><td style='color:gray; padding-right:8px'>{escape(label)}</td>"
            f"<td>{escape(value)}</td></tr>"
            for label, value in rows if value
        )
        return f"<table cellspacing='0'>{cells}</table>"
