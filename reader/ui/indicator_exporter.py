"""Save indicators as CSV (UTF-8 with BOM, opens in Excel) or JSON, written atomically."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader.core.indicators import Indicator

log = logging.getLogger(__name__)
CSV, JSON = "csv", "json"
FORMATS = (CSV, JSON)


def render_indicators(indicators: list[Indicator], export_format: str) -> str:
    """The file's text: CSV with a BOM for spreadsheet programs, or a JSON list."""
    from reader.core.indicator_export import format_indicators, indicators_csv

    if export_format == CSV:
        return indicators_csv(indicators, bom=True)
    return format_indicators(indicators, JSON)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    from reader.core.atomic_file import write_atomically as write_bytes

    write_bytes(path, text.encode("utf-8"))


def export_format_for(path: Path, chosen_filter: str) -> str:
    """The format named by the file's suffix, else by the filter chosen in the dialog."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    return JSON if "*.json" in chosen_filter else CSV


class IndicatorExporter(QObject):
    """Asks where to save, writes the file and reports failures in a message box."""

    def save(self, parent: QWidget, indicators: list[Indicator], suggested: Path) -> Path | None:
        """Let the user pick a file and format; return the path written, or None."""
        from PySide6.QtWidgets import QFileDialog

        csv_filter = self.tr("CSV spreadsheet (*.csv)")
        json_filter = self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            parent, self.tr("Export Indicators"), str(suggested),
            f"{csv_filter};;{json_filter}", csv_filter)
        if not name:
            return None
        path = Path(name)
        export_format = export_format_for(path, chosen)
        if path.suffix.lower().lstrip(".") != export_format:
            path = path.with_name(f"{path.name}.{export_format}")
        return path if self.write(parent, indicators, path, export_format) else None

    def write(self, parent: QWidget, indicators: list[Indicator], path: Path, export_format: str) -> bool:
        """Write the file; on failure tell the user why and return False."""
        from PySide6.QtWidgets import QMessageBox

        try:
            write_atomically(path, render_indicators(indicators, export_format))
        except OSError as error:
            log.warning("cannot export indicators to %s: %s", path, error)
            reason = error.strerror or str(error)
            QMessageBox.warning(parent, self.tr("Cannot export indicators"),
                                self.tr("Could not write %1: %2").replace("%1", str(path))
                                .replace("%2", reason))
            return False
        log.info("exported %d indicators to %s", len(indicators), path)
        return True
