"""A batch spread over a Dask distributed cluster (``--dask tcp://SCHEDULER:8786``).

The client reads each file and sends its bytes, so workers need no shared
filesystem, only convention-parser installed; a worker writes the bytes to a
temporary file, runs the same work function as the local pool and returns the
records; the client yields them in input order (and ``ingest`` writes the store
from the client: DuckDB has one writer).

Limits are the cluster's own: start workers with one thread each (``dask worker
ADDRESS --nthreads 1``; PDFium is not thread-safe) and a memory limit
(``--memory-limit``); the per-file ``--timeout`` of the local pool is not
applied here: a task cannot be killed inside a Dask worker thread.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

from .batch import BatchSettings, FileOutcome, Work, describe_error


def _relabel(value: Any, original: Path) -> Any:
    """Give the records the client's path, not the worker's temporary one."""
    source = None
    if hasattr(value, "source"):          # a ParseResult
        value.source.path = str(original)
        return value
    if isinstance(value, str):            # a parse output's JSON line (parse --format jsonl)
        import json

        data = json.loads(value)
        data["source"]["path"] = str(original)
        return json.dumps(data, ensure_ascii=False)
    if isinstance(value, tuple) and value and isinstance(value[0], dict):  # (result dict, rows)
        source = value[0].get("source")
    if isinstance(source, dict):
        source["path"] = str(original)
    return value


def _remote(name: str, data: bytes, original: str, work: Work, settings: BatchSettings):
    """Runs on a Dask worker: (value, error, seconds)."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="convention-parser-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            value = _relabel(work(path, settings), Path(original))
            return value, None, time.perf_counter() - start
        except Exception as exc:  # noqa: BLE001 - one file's failure, reported by the client
            return None, describe_error(exc, settings), time.perf_counter() - start


def run_batch_dask(paths: list[Path], settings: BatchSettings, work: Work, address: str) -> Iterator[FileOutcome]:
    """Like ``batch.run_batch``, on the cluster whose scheduler is at ``address``
    (or a ``distributed.Client`` / cluster object, as tests pass a LocalCluster)."""
    try:
        from distributed import Client
    except ImportError as exc:  # the optional extra
        raise RuntimeError("--dask needs dask[distributed]: pip install 'convention-parser[cluster]'") from exc

    own = not hasattr(address, "submit")
    client = Client(address) if own else address
    try:
        futures: list[Any] = []
        early: dict[int, FileOutcome] = {}
        for i, path in enumerate(paths):
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                futures.append(None)
                early[i] = FileOutcome(i, path, error=describe_error(_input_error(path, exc), settings))
                continue
            futures.append(client.submit(_remote, Path(path).name, data, str(path), work, settings,
                                         pure=False, key=f"convention-parser-{i}-{Path(path).name}"))
        for i, (path, future) in enumerate(zip(paths, futures)):
            if future is None:
                yield early[i]
                continue
            try:
                value, error, seconds = future.result()
            except Exception as exc:  # the worker died or the task was lost
                value, error, seconds = None, f"cluster error: {type(exc).__name__}: {exc}", 0.0
            yield FileOutcome(i, path, value, error, seconds)
            future.release()
    finally:
        if own:
            client.close()


def _input_error(path: Path, exc: OSError):
    from .errors import InputError

    return InputError("no such file" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc)))
