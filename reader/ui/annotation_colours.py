"""The five highlight colours: their on-screen colour and translatable names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from reader.core.annotations import COLOURS

HIGHLIGHT_HEX = {
    "yellow": "#ffe066",
    "green": "#b2f2bb",
    "blue": "#a5d8ff",
    "pink": "#fcc2d7",
    "purple": "#d0bfff",
}
MARKER_HEX = {
    "yellow": "#e8a700",
    "green": "#2f9e44",
    "blue": "#1c7ed6",
    "pink": "#d6336c",
    "purple": "#7048e8",
}


def highlight_colour(colour: str) -> QColor:
    """Return the fill colour of a highlight."""
    return QColor(HIGHLIGHT_HEX.get(colour, HIGHLIGHT_HEX[COLOURS[0]]))


def marker_colour(colour: str) -> QColor:
    """Return the stronger colour used for note markers and swatches' borders."""
    return QColor(MARKER_HEX.get(colour, MARKER_HEX[COLOURS[0]]))


def colour_name(colour: str) -> str:
    """Return the translated name of a highlight colour."""
    names = {
        "yellow": QCoreApplication.translate("AnnotationColours", "Yellow"),
        "green": QCoreApplication.translate("AnnotationColours", "Green"),
        "blue": QCoreApplication.translate("AnnotationColours", "Blue"),
        "pink": QCoreApplication.translate("AnnotationColours", "Pink"),
        "purple": QCoreApplication.translate("AnnotationColours", "Purple"),
    }
    return names.get(colour, colour)


def colour_swatch(colour: str) -> QIcon:
    """Return a small square icon of a highlight colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(highlight_colour(colour))
    return QIcon(pixmap)
