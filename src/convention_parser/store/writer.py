"""Writing parse outputs into the store: one transaction per file.

Only the main process writes (DuckDB allows one writer); workers hand it the
parse output and its rows (``rows.result_rows``). A file is stored once per
content (sha256): ingesting it again adds nothing; the same path with other
content is stored as the next version of that path.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Optional

import pandas as pd

from .rows import Rows
from .schema import DDL, RECORD_TABLES, STORE_VERSION


def connect(db: str | Path, read_only: bool = False):
    """A DuckDB connection to the store, its tables created when missing."""
    import duckdb

    if read_only:
        if not Path(db).exists():
            raise FileNotFoundError(f"no such store: {db}")
        return duckdb.connect(str(db), read_only=True)
    con = duckdb.connect(str(db))
    con.execute(DDL)
    con.execute("INSERT OR REPLACE INTO store_info VALUES ('store_version', ?)", [STORE_VERSION])
    return con


class Store:
    def __init__(self, db: str | Path):
        self.con = connect(db)
        self._columns: dict[str, list[str]] = {}

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- look-ups ----------------------------------------------------------------

    def document_with(self, sha256: str, status: Optional[str] = None) -> Optional[int]:
        """The id of the stored document with this content (any path), or None."""
        sql = "SELECT min(id) FROM documents WHERE sha256 = ?"
        args: list[Any] = [sha256]
        if status:
            sql += " AND status = ?"
            args.append(status)
        return self.con.execute(sql, args).fetchone()[0]

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall()]
        return self._columns[table]

    # -- writing -----------------------------------------------------------------

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = self.columns(table)
        frame = pd.DataFrame([[r.get(c) for c in cols] for r in rows], columns=cols, dtype=object)
        self.con.register("_incoming", frame)
        try:
            quoted = ", ".join(f'"{c}"' for c in cols)
            self.con.execute(f'INSERT INTO "{table}" ({quoted}) SELECT {quoted} FROM _incoming')
        finally:
            self.con.unregister("_incoming")

    def add_document(self, path: str | Path, sha256: str, size_bytes: Optional[int],
                     result: Optional[dict[str, Any]] = None, rows: Optional[Rows] = None,
                     error: Optional[str] = None, tool_version: Optional[str] = None) -> tuple[int, Optional[str]]:
        """Store one file: its parse output and rows, or its error; return its id and
        the error it was stored with. All or nothing: a failure while writing rolls
        the file back and records it as failed."""
        from .. import __version__

        path = str(path)
        tool_version = tool_version or __version__
        try:
            return self._write(path, sha256, size_bytes, result, rows, error, tool_version), error
        except Exception as exc:  # noqa: BLE001 - the store keeps the reason, not a half file
            if error is not None:
                raise
            error = f"store error: {type(exc).__name__}: {exc}"
            return self._write(path, sha256, size_bytes, None, None, error, tool_version), error

    def ensure_document(self, result: dict[str, Any]) -> int:
        """The id of this parse output's file in the store, storing it when missing
        (``diff --db`` on files never ingested)."""
        from .rows import result_rows

        source = result["source"]
        found = self.document_with(source["sha256"], "parsed")
        if found is not None:
            return found
        path = Path(source["path"])
        size = path.stat().st_size if path.is_file() else None
        doc_id, _ = self.add_document(path, source["sha256"], size, result=result, rows=result_rows(result))
        return doc_id

    def _write(self, path, sha256, size_bytes, result, rows, error, tool_version) -> int:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            doc_id = con.execute("SELECT nextval('document_ids')").fetchone()[0]
            version = con.execute("SELECT coalesce(max(version), 0) + 1 FROM documents WHERE path = ?",
                                  [path]).fetchone()[0]
            source = (result or {}).get("source") or {}
            document = ((rows or {}).get("document") or [{}])[0]
            con.execute(
                "INSERT INTO documents (id, path, sha256, size_bytes, version, pages, text_source, tool_version,"
                " ingested_at, status, error, n_parts, warnings, result, department)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [doc_id, path, sha256, size_bytes, version, source.get("pages"), source.get("text_source"),
                 tool_version, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                 "failed" if error else "parsed", error,
                 len(result.get("parts", [])) if result else None,
                 json.dumps(result.get("warnings", []), ensure_ascii=False) if result else None,
                 json.dumps(result, ensure_ascii=False) if result else None, document.get("department")])
            for table in RECORD_TABLES:
                self._insert(table, [{"document_id": doc_id, **r} for r in (rows or {}).get(table, [])])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return doc_id

    def add_diff(self, old_id: int, new_id: int, diff: dict[str, Any]) -> int:
        """Store a diff output (``DiffResult.to_dict()``) with both documents' ids."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            diff_id = con.execute("SELECT nextval('diff_ids')").fetchone()[0]
            changes = diff.get("changes", [])
            con.execute("INSERT INTO diffs VALUES (?,?,?,?,?)",
                        [diff_id, old_id, new_id, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                         len(changes)])
            rows = []
            for c in changes:
                ev = c.get("evidence") or {}
                rows.append({"diff_id": diff_id, "old_document_id": old_id, "new_document_id": new_id,
                             "type": c.get("type"), "target": c.get("target"), "summary": c.get("summary"),
                             "status": c.get("status"), "unit": c.get("unit"),
                             "before": json.dumps(c.get("before"), ensure_ascii=False, default=str),
                             "after": json.dumps(c.get("after"), ensure_ascii=False, default=str),
                             "old_page": ev.get("old_page"), "old_section": ev.get("old_section"),
                             "new_page": ev.get("new_page"), "new_section": ev.get("new_section")})
            self._insert("changes", rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return diff_id
