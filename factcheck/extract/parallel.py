"""Extraction on several cores: worker processes parse and run the rules, in input order."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from factcheck.extract.extractor import Extractor
    from factcheck.extract.types import ExtractionResult

T = TypeVar("T")
# What one worker task carries: (name, text, meta) triples.
Triple = tuple[str, str, "dict | None"]

# The extractor a forked worker inherits from its parent (model pages shared copy-on-write).
_WORKER_EXTRACTOR: Extractor | None = None
# The last memory each worker reported, by pid (read by bench/extract_speed.py).
WORKER_MEMORY: dict[int, dict] = {}
# Articles a pool task carries at most. Small tasks keep both cores busy to the end (a
# worker left with one batch of 16 while the other idles cost ~15% of a run's wall time);
# the results do not depend on how texts are batched, and small batches parse no slower.
POOL_TASK = 2
# A worker reads its memory (/proc/self/smaps_rollup: ~2 ms) at most this often, seconds.
MEMORY_EVERY = 1.0
_last_memory: dict = {}


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extract_in_order(
    extractor: Extractor,
    items: Iterable[tuple[T, str, str, dict | None]],
    *,
    workers: int = 1,
    batch_size: int = 16,
) -> Iterator[tuple[T, ExtractionResult]]:
    """(context, name, text, meta) in, (context, result) out, in the order given.

    The context (whatever the caller needs back with each result) never leaves this
    process. With workers > 1, tasks of at most POOL_TASK texts go to a pool of processes;
    at most four tasks a worker are read ahead, so memory does not grow with the input.
    """
    if workers <= 1:
        for batch in _batched(items, batch_size):
            triples = [item[1:] for item in batch]
            results = extractor.extract_many(triples, batch_size=batch_size)
            yield from zip((item[0] for item in batch), results, strict=True)
        return
    with _pool(extractor, workers) as pool:
        window: deque[tuple[list, Future]] = deque()
        for batch in _batched(items, min(batch_size, POOL_TASK)):
            triples = [item[1:] for item in batch]
            window.append(([item[0] for item in batch], pool.submit(_extract, triples, batch_size)))
            if len(window) > 4 * workers:
                yield from _collect(window.popleft())
        while window:
            yield from _collect(window.popleft())


def _collect(entry: tuple[list, Future]) -> Iterator[tuple[Any, ExtractionResult]]:
    contexts, future = entry
    results, memory = future.result()
    WORKER_MEMORY[memory["pid"]] = memory
    yield from zip(contexts, results, strict=True)


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


@contextmanager
def _pool(extractor: Extractor, workers: int) -> Iterator[ProcessPoolExecutor]:
    """Forked workers where the platform has fork: they start at once with the loaded model."""
    global _WORKER_EXTRACTOR
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        _WORKER_EXTRACTOR = extractor
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )
    with pool:
        if fork:
            _fork_frozen(pool)
        yield pool


def _fork_frozen(pool: ProcessPoolExecutor) -> None:
    """Fork every worker now, with the objects already made (the model) frozen out of the
    garbage collector: a collection in a worker then neither scans nor writes to them, so
    their pages stay shared with the parent instead of being copied into each worker."""
    gc.freeze()
    try:
        pool.submit(os.getpid).result()  # with fork, the first submit starts every worker
    finally:
        gc.unfreeze()  # the parent collects as before


def _start_worker(parent: int) -> None:
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:  # spawned: load the model here
        from factcheck.extract.extractor import Extractor

        _WORKER_EXTRACTOR = Extractor()
    # A parent killed with SIGKILL cannot stop its pool: each worker leaves on its own.
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _extract(triples: list[Triple], batch_size: int) -> tuple[list[ExtractionResult], dict]:
    """One batch in a worker; also reports the worker's memory (for the benchmark)."""
    assert _WORKER_EXTRACTOR is not None
    results = list(_WORKER_EXTRACTOR.extract_many(triples, batch_size=batch_size))
    now = time.monotonic()
    if now - _last_memory.get("at", -MEMORY_EVERY) >= MEMORY_EVERY:
        _last_memory.update(worker_memory(), at=now)
    return results, _last_memory


def worker_memory() -> dict:
    """This process's peak resident memory and its proportional share (MB, Linux only)."""
    found: dict = {"pid": os.getpid()}
    for path, keys in (
        ("/proc/self/status", ("VmHWM", "VmRSS")),
        ("/proc/self/smaps_rollup", ("Pss",)),
    ):
        try:
            with open(path) as lines:
                for line in lines:
                    name, _, value = line.partition(":")
                    if name in keys:
                        found[name] = int(value.split()[0]) / 1024
        except OSError:
            pass
    return found
