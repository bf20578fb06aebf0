"""What the preview dock shows: a bar (pages, zoom, state), the problems that stop the PDF, and
the pages. Imported when the preview is first shown: it loads QtPdf."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.look import warning_colour
from copeditor.ui.preview.build_job import BuildResult, PreviewProblem
from copeditor.ui.preview.navigation import Landmarks
from copeditor.ui.preview.pdf_view import ZOOM_STEPS, PreviewView

FIT_WIDTH, FIT_PAGE = 0, 1  # the zoom box's first two entries; then the steps in percent

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class PreviewPanel(QWidget):
    field_activated = Signal(object)  # FieldPath: show this field in the form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it: kept while loaded
        self.pdf_bytes = b""
        self.landmarks = Landmarks([])
        self.view = PreviewView(self)
        self.view.setDocument(self.pdf)
        self.view.clicked.connect(self._clicked)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._build_bar()
        self._build_problems()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.bar)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.view, 1)
        self._update_page_label()
        self.retranslate()

    def retranslate(self) -> None:
        """The bar's words in the interface's language (at start and when it changes)."""
        for button, tip in (
            (self.previous_button, translate("PreviewPanel", "Previous page (Page Up)")),
            (self.next_button, translate("PreviewPanel", "Next page (Page Down)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.zoom_box.setAccessibleName(translate("PreviewPanel", "Zoom"))
        self.zoom_box.setItemText(FIT_WIDTH, translate("PreviewPanel", "Fit Width"))
        self.zoom_box.setItemText(FIT_PAGE, translate("PreviewPanel", "Fit Page"))
        self.state_label.setAccessibleName(translate("PreviewPanel", "Preview state"))
        # At most its text's width, and no minimum (its size policy): its text changes with every
        # refresh, and must not resize the pages nor widen the dock.
        self.state_label.setMaximumWidth(self.fontMetrics().horizontalAdvance(self._updating()) + 8)
        self.problems.setAccessibleName(translate("PreviewPanel", "Problems stopping the PDF"))
        self._update_page_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._colour_problems()
        super().changeEvent(event)

    def _colour_problems(self) -> None:
        """The problems' heading in a red that reads in the current theme, dark ones too."""
        red = warning_colour(self.palette()).name()
        self.problems_label.setStyleSheet(f"QLabel {{ color: {red}; font-weight: bold; }}")

    @staticmethod
    def _updating() -> str:
        return translate("PreviewPanel", "Updating...")

    def _build_bar(self) -> None:
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(4, 2, 4, 2)
        self.previous_button = self._tool_button("\u25b2")
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = self._tool_button("\u25bc")
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_box = QComboBox(self)
        self.zoom_box.addItems(["", "", *[f"{round(z * 100)} %" for z in ZOOM_STEPS]])
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        # A passing word ("Updating..."): it may be cut rather than widen the dock (and the
        # window past a small screen's edge, at large text sizes).
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (self.previous_button, self.next_button, self.page_label):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(self.state_label)
        self.bar.addWidget(self.zoom_box)

    def _tool_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    def _build_problems(self) -> None:
        self.problems_label = QLabel(self)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self._colour_problems()
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        self.problems_label.hide()
        self.problems.hide()

    # --- showing a build --------------------------------------------------------------------

    def show_result(self, result: BuildResult, keep_position: bool) -> None:
        if result.pdf is None:
            self.show_problems(result.problems)
            return
        self.show_problems([])
        position = self.view.position()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)  # reads the whole buffer now: a non-sequential device
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf_bytes = result.pdf
        self.landmarks = Landmarks.read(self.pdf, result.targets)
        self.view.restore_position(position if keep_position else (0, 0))
        self._update_page_label()

    def show_problems(self, problems: list[PreviewProblem]) -> None:
        self.problems.clear()
        if not problems:
            self.problems_label.hide()
            self.problems.hide()
            return
        self.problems_label.setText(
            translate(
                "PreviewPanel",
                "The PDF cannot be made yet. The pages below are the last PDF that could be made.",
            )
            if self.pdf_bytes
            else translate("PreviewPanel", "The PDF cannot be made yet.")
        )
        click = translate("PreviewPanel", "(click to go to the field)")
        for problem in problems:
            hint = f"  {click}" if problem.path is not None else ""
            item = QListWidgetItem(problem.message + hint)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.problems.addItem(item)
        # Two lines a problem (messages wrap in a narrow dock), three problems at most in view.
        lines = min(2 * len(problems), 6) * self.problems.fontMetrics().lineSpacing()
        self.problems.setFixedHeight(lines + 2 * self.problems.frameWidth() + 6)
        self.problems_label.show()
        self.problems.show()

    def set_updating(self, updating: bool) -> None:
        """Say that a newer PDF is being made than the one shown."""
        self.state_label.setText(self._updating() if updating else "")

    # --- pages and zoom ---------------------------------------------------------------------

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        self.view.go_to_page(page)
        self._update_page_label()

    def _update_page_label(self, *args: object) -> None:
        count = self.page_count()
        page = min(self.current_page() + 1, count)
        self.page_label.setText(
            translate("PreviewPanel", "Page {page} of {count}").format(page=page, count=count)
            if count
            else translate("PreviewPanel", "No pages yet")
        )
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < count)

    def _zoom_chosen(self, index: int) -> None:
        if index == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif index == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(ZOOM_STEPS[index - 2])

    # --- from the preview to the form -------------------------------------------------------

    def _clicked(self, page: int, point: QPointF) -> None:
        path = self.landmarks.field_at(page, point.y())
        if path is not None:
            self.field_activated.emit(path)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, FieldPath):
            self.field_activated.emit(path)
