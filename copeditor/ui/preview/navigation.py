"""From a place in the preview to the field it shows: the PDF's bookmarks (one per area and
per programme, written by the builder) give where each starts; the build says what each is."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPointF
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument

from copeditor.ui.document.field_path import FieldPath


@dataclass(frozen=True)
class Landmark:
    page: int
    y: float  # PDF points from the top of the page
    path: FieldPath


class Landmarks:
    """Where each area and programme starts in the PDF, in reading order."""

    def __init__(self, landmarks: list[Landmark]) -> None:
        self._landmarks = sorted(landmarks, key=lambda mark: (mark.page, mark.y))
        self._keys = [(mark.page, mark.y) for mark in self._landmarks]

    @classmethod
    def read(cls, document: QPdfDocument, targets: list[FieldPath]) -> Landmarks:
        """Pair the document's bookmarks with the build's targets. A count that does not match
        (a builder that changed) gives no landmarks rather than wrong ones."""
        model = QPdfBookmarkModel()
        model.setDocument(document)
        places: list[tuple[int, float]] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                page = model.data(index, QPdfBookmarkModel.Role.Page)
                location = model.data(index, QPdfBookmarkModel.Role.Location)
                y = location.y() if isinstance(location, QPointF) else 0.0
                places.append((int(page), float(y)))
                walk(index)

        walk(QModelIndex())
        if len(places) != len(targets):
            return cls([])
        return cls([Landmark(p, y, path) for (p, y), path in zip(places, targets, strict=True)])

    def __len__(self) -> int:
        return len(self._landmarks)

    def __iter__(self) -> Iterator[Landmark]:
        return iter(self._landmarks)

    def field_at(self, page: int, y: float) -> FieldPath | None:
        """The area or programme a place belongs to: the last one starting above it."""
        # Bookmarks sit on the heading's top line; a click on the heading itself counts.
        index = bisect_right(self._keys, (page, y + HEADING_SLACK)) - 1
        return self._landmarks[index].path if index >= 0 else None


HEADING_SLACK = 12.0  # points
