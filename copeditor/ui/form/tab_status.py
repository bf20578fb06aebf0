"""Each tab says how far its page is filled: an icon, and the same words for screen readers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QTabWidget

from copeditor.model import Completion, completion, find_problems, form_template
from copeditor.ui.debounce import debounce_timer
from copeditor.ui.document.document import Document

_COLOURS = {
    Completion.COMPLETE: "#2e7d32",
    Completion.PARTIAL: "#ef8f00",
    Completion.EMPTY: "#8a8a8a",
}
UPDATE_DELAY_MS = 300  # checking reads the whole submission: not on every keystroke


@cache
def completion_icon(state: Completion, size: int = 16) -> QIcon:
    """A full disc (complete), a half disc (partly filled) or a ring (empty)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[state])
    painter.setPen(QPen(colour, 1.5))
    rect = QRectF(2, 2, size - 4, size - 4)
    painter.drawEllipse(rect)
    painter.setBrush(colour)
    if state is Completion.COMPLETE:
        painter.drawEllipse(rect)
    elif state is Completion.PARTIAL:
        painter.drawPie(rect, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


def spoken_tab_names() -> list[str]:
    """What a screen reader says for each tab: "Area 1: Public awareness"."""
    areas = form_template().areas
    return ["Organisation", *(f"Area {area.number}: {area.short_name}" for area in areas)]


def tab_names() -> list[str]:
    """The tabs' names: numbered as the areas are in the checks and the PDF."""
    return ["Organisation", *(f"{area.number} {area.short_name}" for area in form_template().areas)]


class TabStatus(QObject):
    """Keeps the tab icons in step with the document, a moment after the last edit."""

    updated = Signal(list)  # the problems found, for whoever shows them too

    def __init__(self, tabs: QTabWidget, document: Document) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.document = document
        self.timer = debounce_timer(tabs, UPDATE_DELAY_MS, self.update_now)
        document.field_changed.connect(self._changed)
        document.programmes_changed.connect(self._changed)
        document.replaced.connect(self.update_now)
        tabs.currentChanged.connect(self._announce_tab)

    def _announce_tab(self, index: int) -> None:
        """The tab list's name follows the current tab: tell a running screen reader so."""
        bar = self.tabs.tabBar()
        QAccessible.updateAccessibility(QAccessibleEvent(bar, QAccessible.Event.NameChanged))

    def _changed(self, *args: object) -> None:
        self.timer.start()

    def update_now(self) -> None:
        self.timer.stop()
        submission = self.document.submission
        problems = find_problems(submission)  # once for all the tabs
        for index, name in enumerate(spoken_tab_names()):
            area_index = index - 1 if index else None
            state = completion(submission, area_index, problems)
            self.tabs.setTabIcon(index, completion_icon(state))
            self.tabs.setTabToolTip(index, f"{name}: {state.value}")
            self.tabs.tabBar().setAccessibleTabName(index, f"{name}, {state.value}")
        self.updated.emit(problems)
