"""Many PDFs at once: a pool of worker processes, each file with a time and memory budget.

``find_pdfs`` turns the paths a user gives (files and folders) into the list of
inputs; ``run_batch`` parses them in worker processes and yields one
``FileOutcome`` per input, in input order, whether it succeeded or failed.

Why our own pool rather than ``concurrent.futures``: a worker that hangs on a
pathological file must be killed and replaced without stopping the batch, and
``ProcessPoolExecutor`` can neither kill one task nor survive a dead worker
(it breaks the whole pool). Here each worker gets one file at a time over a
pipe; the parent waits on the pipes with a deadline, kills a late worker,
records the file as failed and starts a fresh worker. A worker holds its next file
already (``queue_per_worker``): it starts it the moment it sends a result, instead
of idling until the parent, on a busy machine not always scheduled at once, answers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from .errors import InputError


def load_parser() -> None:
    """What every parse needs first: the pipeline's modules and the spaCy model."""
    from .facts.entities import nlp

    nlp()


@dataclass
class BatchSettings:
    jobs: Optional[int] = None          # worker processes; None: the machine's cores
    timeout: Optional[float] = None     # seconds per file; None: no limit
    # Address space a worker may add to what it starts with (RLIMIT_AS), in MB; None
    # or 0: no limit. A parse of a 300-page convention adds about 400 MB, so 3 GB
    # leaves room while still stopping one runaway file before it sinks the machine.
    memory_mb: Optional[int] = 3072
    ocr: str = "auto"
    password: Optional[str] = None      # for encrypted PDFs (--password)
    rules: tuple[str, ...] = ()         # directories of extra extractor rule files (--rules)
    # A Dask scheduler's address ("tcp://host:8786"): files go to that cluster instead
    # of the local pool (batch_dask.py); timeout and memory_mb are then the cluster's business.
    dask: Optional[str] = None
    # Run in each worker before it takes a file (a module-level function, or None), so
    # that the first file's clock (timeout) does not count loading the language model.
    warm_up: Optional[Callable[[], None]] = load_parser
    # One file and no timeout: parsed in this process, no worker to start (a command
    # on one PDF answers as fast as before batches existed; an unreadable file at once).
    single_in_process: bool = True
    # How far the pool may run ahead of the oldest unfinished file (in files per
    # worker): results are yielded in input order, the ones ahead wait in memory.
    lookahead_per_job: int = 4
    # Files handed to a worker at once: the one it parses and the next ones, waiting in
    # its pipe. 2 removes the round trip through the parent between two files; a timed-out
    # or dead worker's waiting files go back to the queue, untouched.
    queue_per_worker: int = 2

    def workers(self, n_files: int) -> int:
        jobs = self.jobs or os.cpu_count() or 1
        return max(1, min(jobs, n_files))


@dataclass
class FileOutcome:
    index: int                      # position in the input list
    path: Path
    value: Any = None               # what the work function returned (a ParseResult by default)
    error: Optional[str] = None     # one-line reason when the file failed
    seconds: float = 0.0
    peak_rss_mb: Optional[float] = None  # the worker's peak resident memory so far
    cpu_seconds: Optional[float] = None  # CPU time the worker spent on this file
    # How long the worker waited for this file after sending the previous result: time
    # lost to the round trip through the parent (0 when the file was already queued).
    waited_seconds: Optional[float] = None

    @property
    def ok(self) -> bool:
        return self.error is None


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given (a non-PDF given by name still fails loudly later), folders read
    recursively for ``*.pdf`` (any case), sorted; each file once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() == ".pdf") \
            if p.is_dir() else [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def parse_options(settings: BatchSettings) -> dict[str, Any]:
    """The keyword arguments of ``pipeline.parse_pdf`` the settings carry."""
    options: dict[str, Any] = {"ocr": settings.ocr}
    if settings.password is not None:
        options["password"] = settings.password
    if settings.rules:
        from .rules import load_rules
        options["rules"] = load_rules(extra=tuple(settings.rules))   # cached: read once per worker
    return options


def parse_work(path: Path, settings: BatchSettings):
    """The default work: parse one PDF into a ParseResult."""
    from .pipeline import parse_pdf

    return parse_pdf(path, **parse_options(settings))


def parse_json_work(path: Path, settings: BatchSettings) -> str:
    """Parse one PDF into its JSON text (one line): the worker serialises, so the parent
    of ``parse DIR --format jsonl`` only writes lines (serialising a parse output costs
    about 5 % of its parse, which on the parent would come off the workers' cores)."""
    import json

    return json.dumps(parse_work(path, settings).to_dict(), ensure_ascii=False)


Work = Callable[[Path, BatchSettings], Any]


def describe_error(exc: BaseException, settings: BatchSettings) -> str:
    """The one-line reason printed as ``error: <path>: <reason>``."""
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return f"out of memory (limit {settings.memory_mb} MB per worker)"
    return f"internal error: {type(exc).__name__}: {exc}"


def _address_space() -> int:
    """The process's current address space in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_memory(memory_mb: Optional[int]) -> None:
    """Cap the worker's address space at what it has now plus ``memory_mb``: relative,
    because what a process starts with (thread stacks, a library's reserved arenas)
    is mostly reserved, not used, and varies with the machine."""
    if not memory_mb:
        return
    try:
        import resource
        limit = _address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform, or above the hard limit
        pass


def _peak_rss_mb() -> Optional[float]:
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    except ImportError:
        return None


def _worker_main(conn, work: Work, settings: BatchSettings) -> None:
    """A worker: say "ready", then take (index, path) and send back (index, value,
    error, seconds, peak RSS) until told to stop."""
    if settings.warm_up is not None:
        try:
            settings.warm_up()
        except Exception:  # noqa: BLE001 - the file's parse will report what is wrong
            pass
    _limit_memory(settings.memory_mb)  # after the warm-up: the cap is what one file may add
    conn.send("ready")
    sent: Optional[float] = None      # when the previous result went out
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        index, path = task
        start, cpu = time.perf_counter(), time.process_time()
        waited = start - sent if sent is not None else None
        try:
            value, error = work(path, settings), None
        except BaseException as exc:  # noqa: BLE001 - one file's failure, never the worker's
            value, error = None, describe_error(exc, settings)
        stats = (time.perf_counter() - start, _peak_rss_mb(), time.process_time() - cpu, waited)
        try:
            conn.send((index, value, error, *stats))
        except Exception as exc:  # an unpicklable or too large value
            conn.send((index, None, describe_error(exc, settings), *stats))
        sent = time.perf_counter()


def _in_process(path: Path, settings: BatchSettings, work: Work) -> FileOutcome:
    start, cpu = time.perf_counter(), time.process_time()
    try:
        value, error = work(path, settings), None
    except Exception as exc:  # noqa: BLE001 - one file's failure, as in a worker
        value, error = None, describe_error(exc, settings)
    return FileOutcome(0, path, value, error, time.perf_counter() - start, _peak_rss_mb(),
                       time.process_time() - cpu)


class _Worker:
    def __init__(self, ctx, work: Work, settings: BatchSettings):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, work, settings), daemon=True)
        self.process.start()
        child.close()
        # Files sent, in the order the worker takes them: the first is being parsed
        # (since ``started``), the others wait in the pipe.
        self.tasks: deque[tuple[int, Path]] = deque()
        self.started = 0.0
        self.ready = False  # until the worker has warmed up

    @property
    def task(self) -> Optional[tuple[int, Path]]:
        return self.tasks[0] if self.tasks else None

    def give(self, index: int, path: Path) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append((index, path))
        self.conn.send((index, path))

    def finished(self) -> None:
        """The current file's result arrived: the worker has started the next one."""
        self.tasks.popleft()
        self.started = time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _context():
    """forkserver where there is one (Linux): workers fork from a clean server that has
    imported the parser once, not from a parent that may hold a database's threads and
    gigabytes of reserved address space (DuckDB's, in ``ingest``); spawn elsewhere."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["convention_parser.pipeline", "convention_parser.worker_preload"])
        return ctx
    return mp.get_context("spawn")


def run_batch(paths: list[Path], settings: BatchSettings | None = None,
              work: Work = parse_work) -> Iterator[FileOutcome]:
    """Run ``work(path, settings)`` on every path in worker processes; yield one
    FileOutcome per path, in input order. A file that raises, times out or kills its
    worker is a failed outcome; the batch goes on. ``work`` must be a module-level
    function (it is sent to the workers)."""
    settings = settings or BatchSettings()
    if not paths:
        return
    if settings.dask:
        from .batch_dask import run_batch_dask

        yield from run_batch_dask(paths, settings, work, settings.dask)
        return
    if len(paths) == 1 and not settings.timeout and settings.single_in_process:
        yield _in_process(paths[0], settings, work)
        return
    ctx = _context()
    n_workers = settings.workers(len(paths))
    lookahead = n_workers * max(1, settings.lookahead_per_job)
    queue = max(1, settings.queue_per_worker)
    pending = deque(enumerate(paths))
    done: dict[int, FileOutcome] = {}
    next_out = 0
    workers = [_Worker(ctx, work, settings) for _ in range(n_workers)]
    failed_starts = 0

    def replace(i: int, outcome: FileOutcome) -> None:
        """Worker i failed its current file: record it, kill the worker, put the files
        waiting in its pipe back in the queue (in input order) and start a fresh one."""
        w = workers[i]
        done[outcome.index] = outcome
        w.tasks.popleft()
        if w.tasks:
            pending.extend(w.tasks)
            pending_sorted = sorted(pending)
            pending.clear()
            pending.extend(pending_sorted)
            w.tasks.clear()
        w.stop(kill=True)
        workers[i] = _Worker(ctx, work, settings)
    try:
        while next_out < len(paths):
            for w in workers:  # feed workers, not too far ahead of the output
                # Near the end a file waiting in one worker's pipe could leave another idle:
                # files are queued ahead only while there are more left than workers.
                while (w.ready and pending and len(w.tasks) < (queue if len(pending) > n_workers else 1)
                       and pending[0][0] < next_out + lookahead):
                    w.give(*pending.popleft())
            busy = [w for w in workers if w.task is not None]
            wait_for = None
            if settings.timeout and busy:
                now = time.monotonic()
                wait_for = max(0.0, min(w.started + settings.timeout - now for w in busy))
            watched = [w.conn for w in workers if w.task is not None or not w.ready]
            ready = wait(watched, timeout=wait_for)
            for i, w in enumerate(workers):
                if not w.ready and w.conn in ready:  # a worker done warming up, or dead doing it
                    try:
                        w.ready = w.conn.recv() == "ready"
                    except (EOFError, OSError):
                        failed_starts += 1
                        if failed_starts > 2 * n_workers:
                            raise RuntimeError("the worker processes cannot start")
                        w.stop(kill=True)
                        workers[i] = _Worker(ctx, work, settings)
                    continue
                if w.task is None:
                    continue
                index, path = w.task
                if w.conn in ready:
                    try:
                        idx, value, error, seconds, rss, cpu, waited = w.conn.recv()
                    except (EOFError, OSError):  # the worker died: killed by the OOM killer, a crash
                        w.process.join(1)
                        code = w.process.exitcode
                        replace(i, FileOutcome(index, path, error=f"worker died (exit code {code})",
                                               seconds=time.monotonic() - w.started))
                        continue
                    done[idx] = FileOutcome(idx, path, value, error, seconds, rss, cpu, waited)
                    w.finished()
                elif settings.timeout and time.monotonic() - w.started >= settings.timeout:
                    replace(i, FileOutcome(index, path, error=f"timed out after {settings.timeout:g} s",
                                           seconds=time.monotonic() - w.started))
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for w in workers:
            w.stop(kill=w.task is not None)
