"""A story that reportlab reads as a list, filled a section at a time as layout reaches it.

reportlab's build() takes the story as a list and removes flowables from its front: with all
the flowables of a thousand submissions in one list, that holds every one in memory at once
and costs time growing with the list's length for each flowable. This list holds only the next
few sections; it asks for more when reportlab checks how much is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable

LOW_WATER = 64  # flowables kept ahead of the layout: more than any keep-with-next chain


class LazyStory(list):
    def __init__(self, parts: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._parts = parts
        self._done = False

    def __len__(self) -> int:
        while not self._done and super().__len__() < LOW_WATER:
            try:
                self.extend(next(self._parts))
            except StopIteration:
                self._done = True
        return super().__len__()
