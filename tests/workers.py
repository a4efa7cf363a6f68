"""Run the same job in several spawned processes at once and collect what each reports."""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable

import pytest


def run_workers(
    target: Callable,
    args_of: Callable[[int, object, object], tuple],
    workers: int,
    timeout: float = 240,
) -> list:
    """Start `workers` processes of `target(*args_of(n, barrier, results))`, which start
    together on the barrier and each put one outcome on `results`; return the outcomes.
    A worker that reports nothing in `timeout` seconds fails the test; none is left alive."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers)
    results = context.Queue()
    processes = [
        context.Process(target=target, args=args_of(n, barrier, results)) for n in range(workers)
    ]
    for process in processes:
        process.start()
    outcomes = []
    try:
        for _ in processes:
            outcomes.append(results.get(timeout=timeout))
    except queue.Empty:
        pytest.fail(f"a worker hung: no result within {timeout:.0f} s")
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    return outcomes
