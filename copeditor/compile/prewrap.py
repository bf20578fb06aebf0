"""Paragraphs broken into lines in a worker process, so that layout does not break them again.

Breaking lines is about a third of reportlab's layout time. A worker breaks each top-level
paragraph at the frame's width; the paragraph travels back with its lines, and its wrap() at
that width returns them. Anything else (another width, a paragraph moved on after a failed
split, the pieces of a split) is wrapped as usual.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

_TALL = 1e9


class PrewrappedParagraph(Paragraph):
    prewrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.prewrapped_for == availWidth and hasattr(self, "blPara"):
            return self.width, self.height
        self.prewrapped_for = None
        return super().wrap(availWidth, availHeight)


def prewrap(flowables: list[Flowable], width: float) -> list[Flowable]:
    for flowable in flowables:
        if type(flowable) is Paragraph:
            flowable.wrap(width, _TALL)
            flowable.__class__ = PrewrappedParagraph
            flowable.prewrapped_for = width
    return flowables
