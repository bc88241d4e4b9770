"""``ingest``: files and folders into the store. Workers parse, the main process writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from ..batch import BatchSettings, find_pdfs, parse_options, run_batch
from .rows import result_rows
from .writer import Store


@dataclass
class FileReport:
    path: Path
    status: str                      # "parsed" | "failed" | "known" (already stored) | "unreadable"
    document_id: Optional[int] = None
    error: Optional[str] = None


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failures(self) -> list[FileReport]:
        return [f for f in self.files if f.status in ("failed", "unreadable")]


def store_work(path: Path, settings: BatchSettings) -> tuple[dict[str, Any], dict]:
    """A worker's share: parse, then build the rows, so the writer only inserts."""
    from ..pipeline import parse_pdf

    result = parse_pdf(path, **parse_options(settings)).to_dict()
    return result, result_rows(result)


def ingest(paths: list[str | Path], db: str | Path, settings: BatchSettings | None = None,
           retry_failed: bool = False, on_file: Callable[[FileReport], None] | None = None,
           work=store_work) -> IngestReport:
    """Store every PDF of ``paths`` (files, folders) not stored yet (by content hash).

    A file already stored (same sha256, any path) adds nothing; one that failed
    before is tried again only with ``retry_failed``. A failed file is stored with
    its error and no other row.
    """
    from ..pipeline import sha256_of

    settings = settings or BatchSettings()
    report = IngestReport()
    note = on_file or (lambda f: None)

    def done(f: FileReport) -> None:
        report.files.append(f)
        note(f)

    with Store(db) as store:
        todo: list[tuple[Path, str, int]] = []
        batch_hashes: set[str] = set()
        for path in find_pdfs(paths):
            try:
                digest, size = sha256_of(path), path.stat().st_size
            except OSError as exc:
                done(FileReport(path, "unreadable", error=exc.strerror or str(exc)))
                continue
            known = store.document_with(digest)
            parsed = store.document_with(digest, "parsed")
            if parsed is not None or (known is not None and not retry_failed) or digest in batch_hashes:
                done(FileReport(path, "known", parsed or known))
                continue
            batch_hashes.add(digest)
            todo.append((path, digest, size))
        for outcome in run_batch([p for p, _, _ in todo], settings, work=work):
            path, digest, size = todo[outcome.index]
            # Stored absolute: the next version of a file is found by its path, from any directory.
            where = path.absolute()
            if outcome.ok:
                result, rows = outcome.value
                doc_id, error = store.add_document(where, digest, size, result=result, rows=rows)
            else:
                doc_id, error = store.add_document(where, digest, size, error=outcome.error)
            # error set after a good parse: the write failed, the file is recorded as failed
            status = "failed" if error else "parsed"
            done(FileReport(path, status, doc_id, error))
    return report
