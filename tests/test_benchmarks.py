"""Each benchmark still runs (one repetition, nothing timed or written)."""

from __future__ import annotations

import importlib

import pytest

from benchmarks.run_all import BENCHMARKS


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs(name: str) -> None:
    rows = importlib.import_module(f"benchmarks.{name}").run(quick=True)
    assert rows and all(row.value > 0 for row in rows)
