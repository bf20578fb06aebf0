"""The other cores: reading inputs and making each unit's flowables in worker processes.

reportlab lays out one document in one process. What can run beside it is everything before
layout: reading and checking the inputs, parsing Markdown and markup into flowables, and breaking
paragraphs into lines (see prewrap.py). Workers send the flowables back pickled, in order, a
bounded number ahead of the layout so memory stays flat. Processes are started with "spawn",
the same on every system and safe in a program with threads (the editor calls this from one).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Starting a process and importing the program in it costs about a second: not worth it for a
# handful of inputs.
MIN_ITEMS_FOR_WORKERS = 24


def default_worker_count() -> int:
    """One worker per core besides the one this process lays out on (at most 4: the layout
    cannot take in more). Measured on 2 cores, for 300 submissions: one worker cuts the layout
    process's CPU time by 30% for 1.9 s of extra CPU time in all (start-up, pickling)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min((cores or 1) - 1, 4))


class Workers:
    """A pool of worker processes, or this process alone when there is no spare core."""

    def __init__(self, count: int | None, items: int) -> None:
        wanted = default_worker_count() if count is None else max(0, count)
        self.count = wanted if items >= MIN_ITEMS_FOR_WORKERS or count is not None else 0
        self._pool: Pool | None = None

    def __enter__(self) -> Workers:
        if self.count:
            self._pool = get_context("spawn").Pool(self.count)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            if kind is None:
                self._pool.close()
            else:  # cancelled or failed: the remaining work is not wanted
                self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, function: Callable[[Item], Result], items: list[Item]) -> Iterator[Result]:
        """`function` over `items`, results in order."""
        if self._pool is None:
            return map(function, items)
        chunk = max(1, min(16, len(items) // (self.count * 8) or 1))
        return self._pool.imap(function, items, chunksize=chunk)

    def ordered(
        self, function: Callable[[Item], Result], items: Iterable[Item]
    ) -> Iterator[Result]:
        """`function` over `items`, results in order, at most a few ahead of the consumer."""
        if self._pool is None:
            yield from map(function, items)
            return
        window = 4 * self.count + 2
        pending: deque[AsyncResult[Result]] = deque()
        for item in items:
            pending.append(self._pool.apply_async(function, (item,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
