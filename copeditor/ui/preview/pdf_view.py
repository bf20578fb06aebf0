"""The page view: QtPdf's QPdfView (continuous pages, only visible ones rendered, on a render
thread), plus what it lacks: where a click lands on which page, and keeping the position when
the document is reloaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)  # besides fit width and fit page


class PreviewView(QPdfView):
    clicked = Signal(int, QPointF)  # page index, point on that page in PDF points from top-left

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(QCoreApplication.translate("PreviewView", "PDF preview pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # page up/down, arrows
        # Always there: a scroll bar that comes and goes changes the width, and with it the
        # size of every page fitted to the width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._press: QPoint | None = None

    # --- where pages are --------------------------------------------------------------------

    def page_rects(self) -> dict[int, QRect]:
        """Each page's rectangle in viewport coordinates.

        QPdfView keeps its layout private, so this repeats QPdfViewPrivate::
        calculateDocumentLayout (Qt 6.12), Qt's own size types and rounding included.
        tests/ui/test_preview.py checks it against what the view paints.
        """
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return {}
        screen = QGuiApplication.primaryScreen()
        resolution = (screen.logicalDotsPerInch() if screen else 72.0) / 72.0
        margins = self.documentMargins()
        viewport = self.viewport().size()
        mode = self.zoomMode()
        sizes: dict[int, QSize] = {}
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            natural = QSizeF(points * resolution).toSize()
            if mode == QPdfView.ZoomMode.Custom:
                size = QSizeF(points * resolution * self.zoomFactor()).toSize()
            elif mode == QPdfView.ZoomMode.FitToWidth:
                width = viewport.width() - margins.left() - margins.right()
                size = natural * (width / natural.width())
            else:  # fit in view
                room = viewport + QSize(-margins.left() - margins.right(), -self.pageSpacing())
                size = natural.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
            sizes[page] = size
        total_width = max((s.width() for s in sizes.values()), default=0)
        total_width += margins.left() + margins.right()
        scroll = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        rects = {}
        y = margins.top()
        for page, size in sizes.items():
            x = (max(total_width, viewport.width()) - size.width()) // 2
            rects[page] = QRect(QPoint(x, y) - scroll, size)
            y += size.height() + self.pageSpacing()
        return rects

    def page_point(self, position: QPoint) -> tuple[int, QPointF] | None:
        """The page under a viewport position, and the point there in PDF points."""
        document = self.document()
        for page, rect in self.page_rects().items():
            if rect.contains(position) and document is not None:
                scale = document.pagePointSize(page).width() / rect.width()
                offset = QPointF(position - rect.topLeft())
                return page, offset * scale
        return None

    def viewport_position(self, page: int, point: QPointF) -> QPoint | None:
        """The viewport position showing `point` (PDF points) of `page`."""
        document = self.document()
        rect = self.page_rects().get(page)
        if rect is None or document is None:
            return None
        scale = rect.width() / document.pagePointSize(page).width()
        return rect.topLeft() + (point * scale).toPoint()

    # --- position across reloads -------------------------------------------------------------

    def position(self) -> tuple[int, int]:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def restore_position(self, position: tuple[int, int]) -> None:
        """Same page, same place: the layout of pages of one size does not move on reload."""
        self.horizontalScrollBar().setValue(position[0])
        self.verticalScrollBar().setValue(position[1])

    def go_to_page(self, page: int) -> None:
        document = self.document()
        if document is None or not 0 <= page < document.pageCount():
            return
        self.pageNavigator().jump(page, QPointF(), self.pageNavigator().currentZoom())

    # --- clicks ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # Not QPdfView's own handler: it follows the PDF's links (web addresses included).
        press, self._press = self._press, None
        position = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (position - press).manhattanLength() > 6:  # a drag, not a click
            return
        hit = self.page_point(position)
        if hit is not None:
            self.clicked.emit(*hit)
