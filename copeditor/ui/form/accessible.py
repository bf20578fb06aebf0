"""What a screen reader is told about the form beyond Qt's own: headings, the note that
describes a field, and one focused object where Qt reports two.

Qt has no widget property for a role: a QLabel is always static text. An accessibility factory
(QAccessible.installFactory) gives the form's titles the Heading role, so a screen reader can
jump from area to area, a field's note (the website's warning) a "description for" relation to
its field, and a text field's viewport no FOCUSED state of its own (Qt reports the field and
its viewport focused at once: the viewport's focus proxy is the field).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QApplication,
    QLabel,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from copeditor.ui.form.look import HEADING_ROLE

# Interfaces made here are Python objects that Qt keeps in its cache: they must live as long as
# their widget (Qt deletes them with it; then they are no longer valid and are let go).
_made: list[QAccessibleInterface] = []
_installed = False


class FieldNote(QLabel):
    """A note shown under a field (a warning): it describes `field` to a screen reader."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        install()


class CurrentItemWithFocus(QObject):
    """Qt reports an item view's current item FOCUSED even while the focus is elsewhere
    (QAccessibleTableCell::state): a screen reader then sees two focused objects. The view's
    current item is set aside (its selection stays) while the view has no focus, and given back
    when it has it again."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.row = -1
        view.installEventFilter(self)
        # Also when the program moves it (a combo box's choice): not only on losing the focus.
        view.selectionModel().currentChanged.connect(self._moved)
        if not view.hasFocus():
            self._set_aside()

    def _moved(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self.view.hasFocus():
            self._set_aside()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._set_aside()
        elif event.type() == QEvent.Type.FocusIn:
            self._give_back()
        return False

    def _set_aside(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.row = current.row()
            self.view.selectionModel().setCurrentIndex(
                QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _give_back(self) -> None:
        model = self.view.model()
        if not self.view.currentIndex().isValid() and 0 <= self.row < model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                model.index(self.row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now (Qt 6.8's announcement event; AT-SPI's
    object:announcement), for what appears where the focus is not."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def mark_heading(label: QLabel, role: str) -> None:
    """Make `label` a heading for a screen reader; `role` ("title", "area") also sizes its font
    (look.py, HEADING_SCALE)."""
    label.setProperty(HEADING_ROLE, role)
    install()


class _LabelAccessible(QAccessibleWidget):
    """A label's text as its name (never "&" markup: these labels are plain text)."""

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or label.text()
        return super().text(kind)


class _NoteAccessible(_LabelAccessible):
    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        found = super().relations(match)
        note = self.widget()
        described = QAccessible.RelationFlag.Described
        if isinstance(note, FieldNote) and isValid(note.field) and match & described:
            field = QAccessible.queryAccessibleInterface(note.field)
            if field is not None:
                found.append((field, described))  # the field is described by this note
        return found


class _ViewportAccessible(QAccessibleWidget):
    """The scrolling surface inside a text field: the field itself is what has the focus."""

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focused = False
        return state


def _is_text_viewport(target: QWidget) -> bool:
    return target.objectName() == "qt_scrollarea_viewport" and isinstance(
        target.parentWidget(), QTextEdit
    )


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    interface: QAccessibleInterface | None = None
    if isinstance(target, QWidget) and _is_text_viewport(target):
        interface = _ViewportAccessible(target, QAccessible.Role.Client)
    elif isinstance(target, FieldNote):
        interface = _NoteAccessible(target, QAccessible.Role.StaticText)
    elif isinstance(target, QLabel) and target.property(HEADING_ROLE):
        interface = _LabelAccessible(target, QAccessible.Role.Heading)
    if interface is not None:
        _made[:] = [made for made in _made if isValid(made)]
        _made.append(interface)
    return interface


def install() -> None:
    """Once, with the application (Qt consults factories installed after it exists)."""
    global _installed
    if not _installed and QApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _installed = True
