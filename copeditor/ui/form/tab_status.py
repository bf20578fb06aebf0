"""Each tab says how far its page is filled: an icon, and the same words for screen readers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
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
from copeditor.ui.language import QT_TRANSLATE_NOOP
from copeditor.ui.template_text import area_short_name

_COLOURS = {
    Completion.COMPLETE: "#2e7d32",
    Completion.PARTIAL: "#ef8f00",
    Completion.EMPTY: "#8a8a8a",
}
_STATE_WORDS = {
    Completion.COMPLETE: QT_TRANSLATE_NOOP("TabStatus", "complete"),
    Completion.PARTIAL: QT_TRANSLATE_NOOP("TabStatus", "partly filled"),
    Completion.EMPTY: QT_TRANSLATE_NOOP("TabStatus", "empty"),
}
UPDATE_DELAY_MS = 300  # checking reads the whole submission: not on every keystroke

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


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


def _tr(text: str) -> str:
    return QCoreApplication.translate("TabStatus", text)


def spoken_tab_names() -> list[str]:
    """What a screen reader says for each tab: "Area 1: Public awareness"."""
    return [
        translate("TabStatus", "Organisation"),
        *(
            translate("TabStatus", "Area {number}: {name}").format(
                number=area.number, name=area_short_name(index)
            )
            for index, area in enumerate(form_template().areas)
        ),
    ]


def tab_names() -> list[str]:
    """The tabs' names: numbered as the areas are in the checks and the PDF."""
    return [
        translate("TabStatus", "Organisation"),
        *(
            translate("TabStatus", "{number} {name}").format(
                number=area.number, name=area_short_name(index)
            )
            for index, area in enumerate(form_template().areas)
        ),
    ]


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
        # The tab bar is the stop for Tab; the tab widget around it only passes the focus on,
        # and a screen reader would otherwise list it as a second, nameless focusable object.
        # Qt hands a policy on to the focus proxy (the tab bar): the bar's is set again after.
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)

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
            words = _tr(_STATE_WORDS[state])
            self.tabs.setTabToolTip(
                index, translate("TabStatus", "{tab}: {state}").format(tab=name, state=words)
            )
            spoken = translate("TabStatus", "{tab}, {state}").format(tab=name, state=words)
            if self.tabs.tabBar().accessibleTabName(index) != spoken:  # no event for no change
                self.tabs.tabBar().setAccessibleTabName(index, spoken)
        self.updated.emit(problems)
