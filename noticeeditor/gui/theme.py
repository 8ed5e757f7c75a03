"""Colours, fonts and small drawn icons shared by the panels.

Icons for section states are drawn here rather than loaded, so they stay sharp at any
scale and need no icon theme. Each state also has a text, because colour alone says
nothing to a screen reader or a colour-blind user.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

MUTED = "#5c6670"
ERROR = "#b3261e"
STATE_COLOURS = {"done": "#1a7f37", "incomplete": "#9a6700", "missing": "#cf222e"}


def state_text(state: str) -> str:
    """Return the words for a section state, as shown beside its mark."""
    texts = {
        "done": QCoreApplication.translate("theme", "Done"),
        "incomplete": QCoreApplication.translate("theme", "Incomplete"),
        "missing": QCoreApplication.translate("theme", "Required answers missing"),
        "not applicable": QCoreApplication.translate("theme", "Does not apply"),
    }
    return texts.get(state, state)


@cache
def state_icon(state: str) -> QIcon:
    """Return a round mark for a section state: a tick, a half disc or an exclamation."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_state_pixmap(state, size))
    return icon


def _state_pixmap(state: str, size: int) -> QPixmap:
    """Draw the state mark at ``size`` pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(STATE_COLOURS.get(state, MUTED))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, size - 2, size - 2)
    if state == "done":
        _disc(painter, box, colour)
        _tick(painter, size)
    elif state == "missing":
        _disc(painter, box, colour)
        _exclamation(painter, size)
    elif state == "not applicable":  # an empty ring: nothing to do here
        painter.setPen(QPen(colour, max(1.0, size / 14)))
        painter.drawEllipse(box.adjusted(size / 6, size / 6, -size / 6, -size / 6))
    else:
        painter.setPen(QPen(colour, max(1.5, size / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = box.adjusted(size / 12, size / 12, -size / 12, -size / 12)
        painter.drawEllipse(inner)
        path = QPainterPath()
        path.moveTo(inner.center())
        path.arcTo(inner, 90, 180)
        path.closeSubpath()
        painter.fillPath(path, colour)
    painter.end()
    return pixmap


def _disc(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """Fill a disc in ``box``."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(box)


def _tick(painter: QPainter, size: int) -> None:
    """Draw a white tick across the disc."""
    pen = QPen(QColor("white"), max(1.5, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = size
    points = [QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.36)]
    painter.drawPolyline(points)


def _exclamation(painter: QPainter, size: int) -> None:
    """Draw a white exclamation mark on the disc."""
    pen = QPen(QColor("white"), max(1.5, size / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(size / 2, size * 0.26), QPointF(size / 2, size * 0.56))
    painter.drawPoint(QPointF(size / 2, size * 0.74))


@cache
def app_icon() -> QIcon:
    """Return the application icon: a page with a shield, drawn at several sizes."""
    from noticeeditor.paths import resources_dir

    path = resources_dir() / "icons" / "noticeeditor.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def muted_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Return a word-wrapped label in the muted help colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """Return a hidden label for inline validation messages."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR};")
    label.setVisible(False)
    return label


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """Return ``widget``'s font scaled by ``factor``, optionally with another weight."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font
