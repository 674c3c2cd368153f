"""Persistent UI settings (QSettings in an INI file inside the user data directory)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.core.paths import user_data_dir

log = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = 15
MIN_FONT_SIZE = 9
MAX_FONT_SIZE = 40
MAX_RECENT_FILES = 10


class AppSettings:
    """Typed access to the values the window remembers between sessions."""

    def __init__(self, data_dir: Path | None = None) -> None:
        directory = data_dir or user_data_dir()
        self._qsettings = QSettings(str(directory / "settings.ini"), QSettings.Format.IniFormat)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qsettings.sync()

    def geometry(self) -> QByteArray | None:
        """Return the saved window geometry."""
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        """Remember the window geometry."""
        self._qsettings.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        """Return the saved dock and toolbar state."""
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        """Remember the dock and toolbar state."""
        self._qsettings.setValue("window/state", value)

    def splitter_state(self) -> QByteArray | None:
        """Return the saved splitter sizes."""
        return self._bytes("window/splitter")

    def set_splitter_state(self, value: QByteArray) -> None:
        """Remember the splitter sizes."""
        self._qsettings.setValue("window/splitter", value)

    def font_size(self) -> int:
        """Return the reading font size in points."""
        size = self._int("view/font_size", DEFAULT_FONT_SIZE)
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    def set_font_size(self, size: int) -> None:
        """Remember the reading font size."""
        self._qsettings.setValue("view/font_size", int(size))

    def language(self) -> str | None:
        """Return the chosen interface language ('zh' or 'en'), if any."""
        value = self._qsettings.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        """Remember the interface language."""
        self._qsettings.setValue("ui/language", language)

    def highlight_indicators(self) -> bool:
        """Return whether indicators are highlighted in the text (on by default)."""
        return self._bool("view/highlight_indicators", True)

    def set_highlight_indicators(self, visible: bool) -> None:
        """Remember whether indicators are highlighted in the text."""
        self._qsettings.setValue("view/highlight_indicators", bool(visible))

    def recent_files(self) -> list[str]:
        """Return recently opened paths, newest first."""
        value = self._qsettings.value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(item) for item in value or []]

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files list and return the list."""
        files = [path] + [item for item in self.recent_files() if item != path]
        files = files[:MAX_RECENT_FILES]
        self._qsettings.setValue("files/recent", files)
        return files

    def remove_recent_file(self, path: str) -> list[str]:
        """Drop ``path`` from the recent files list and return the list."""
        files = [item for item in self.recent_files() if item != path]
        self._qsettings.setValue("files/recent", files)
        return files

    def export_directory(self) -> Path | None:
        """Return the folder indicators were last exported to, if it still exists."""
        value = self._qsettings.value("files/export_dir")
        path = Path(str(value)) if value else None
        return path if path is not None and path.is_dir() else None

    def set_export_directory(self, directory: Path) -> None:
        """Remember the folder of the last export."""
        self._qsettings.setValue("files/export_dir", str(directory))

    def reading_position(self, identity: str) -> int:
        """Return the saved reading offset of a document (0 if never read)."""
        return self._int(f"positions/{identity}", 0)

    def set_reading_position(self, identity: str, offset: int) -> None:
        """Remember where the user was reading in a document."""
        self._qsettings.setValue(f"positions/{identity}", int(offset))

    def _bytes(self, key: str) -> QByteArray | None:
        """Read a byte-array value, tolerating a damaged settings file."""
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _bool(self, key: str, default: bool) -> bool:
        """Read a boolean value (INI files store 'true' / 'false')."""
        value = self._qsettings.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes", "on")
        return bool(value)

    def _int(self, key: str, default: int) -> int:
        """Read an integer value, falling back to ``default`` if it is malformed."""
        try:
            return int(self._qsettings.value(key, default))
        except (TypeError, ValueError):
            log.warning("ignoring malformed setting %s", key)
            return default
