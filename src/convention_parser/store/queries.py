"""Reading the store: SQL, export of every table, parse outputs rebuilt from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from ..exporters import atomic_replace_dir
from ..records import ParseResult, parse_result_from_dict
from .schema import ALL_TABLES
from .writer import connect


def run_sql(db: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one query on a read-only connection; the column names and the rows."""
    con = connect(db, read_only=True)
    try:
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, cur.fetchall() if columns else []
    finally:
        con.close()


def export_tables(db: str | Path, fmt: str, out: str | Path) -> list[Path]:
    """Every table of the store as ``<out>/<table>.<fmt>`` (parquet or csv), written
    by DuckDB itself (no pyarrow needed); the directory's files swapped in at the end."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown table format: {fmt}")
    con = connect(db, read_only=True)
    written: list[Path] = []
    options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"

    def fill(tmp: Path) -> None:
        for table in ALL_TABLES:
            target = tmp / f"{table}.{fmt}"
            con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{_sql_path(target)}' {options}")
            written.append(Path(out) / target.name)

    try:
        atomic_replace_dir(out, fill)
    finally:
        con.close()
    return written


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def stored_results(db: str | Path, kind: Optional[str] = None) -> list[ParseResult]:
    """The parse outputs of the current version of every parsed file, rebuilt from the
    stored JSON; with ``kind``, only files that hold a part of that kind."""
    con = connect(db, read_only=True)
    try:
        sql = "SELECT d.result FROM current_documents d"
        if kind:
            sql += " WHERE EXISTS (SELECT 1 FROM parts p WHERE p.document_id = d.id AND p.kind = ?)"
        sql += " ORDER BY d.id"
        rows = con.execute(sql, [kind] if kind else []).fetchall()
    finally:
        con.close()
    return [parse_result_from_dict(json.loads(r[0])) for r in rows]

