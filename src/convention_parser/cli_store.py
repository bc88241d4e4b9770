"""Store commands of the command line: ``ingest``, ``sql``, ``export`` (thin over ``store``)."""

from __future__ import annotations

import csv
import re
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .batch import BatchSettings


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    scdl = "scdl"


def _fail(path: str, reason: str) -> None:
    print(f"error: {path}: {reason}", file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"


def warn_dask_limits(settings: BatchSettings) -> None:
    if settings.dask and settings.timeout:
        print("warning: --timeout is not applied with --dask (a Dask task cannot be stopped); "
              "the cluster's memory limits apply", file=sys.stderr)


def ingest(
    paths: List[Path] = typer.Argument(..., help="PDF files, or folders (read recursively for PDFs)."),
    db: Path = typer.Option(..., "--db", help="The DuckDB file (created when missing)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the machine's cores)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.001, help="Seconds per file."),
    max_memory: int = typer.Option(BatchSettings.memory_mb, "--max-memory", min=0,
                                   help="Address space per worker in MB (0: no limit)."),
    ocr: str = typer.Option("auto", "--ocr", help="OCR pages without a text layer: auto, never, always."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Parse again the files stored as failed."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Dask scheduler address (tcp://HOST:8786)."),
    rules: List[Path] = typer.Option([], "--rules", help="A directory of extra extractor rule files; repeatable."),
) -> None:
    """Parse PDFs into a DuckDB store; files already stored (same content) are skipped."""
    from .cli import checked_rules
    from .batch import find_pdfs
    from .progress import BatchProgress
    from .store import ingest as do_ingest

    if ocr not in ("auto", "never", "always"):
        raise typer.BadParameter("--ocr must be auto, never or always")
    settings = BatchSettings(jobs=jobs, timeout=timeout, memory_mb=max_memory or None, ocr=ocr, dask=dask,
                             rules=checked_rules(rules))
    warn_dask_limits(settings)
    total = len(find_pdfs(paths))
    if total == 0:
        for p in paths:
            _fail(str(p), "no PDF in this folder")
        raise typer.Exit(1)
    with BatchProgress(total, label="ingesting") as progress:
        def note(f) -> None:
            if f.status == "parsed":
                progress.ok(str(f.path))
            elif f.status == "known":
                progress.other("already stored")
            else:
                progress.fail(str(f.path), f.error or "failed")

        try:
            do_ingest(paths, db, settings, retry_failed=retry_failed, on_file=note)
        except Exception as exc:  # the store itself cannot be opened or written
            _fail(str(db), _one_line(exc))
            raise typer.Exit(1)
    raise typer.Exit(1 if progress.failed else 0)


def sql(
    query: str = typer.Argument(..., help="One SQL query (DuckDB dialect); the store is opened read-only."),
    db: Path = typer.Option(..., "--db", help="The DuckDB file."),
    as_csv: bool = typer.Option(False, "--csv", help="CSV even on a terminal."),
) -> None:
    """Query the store: a table on a terminal, CSV otherwise."""
    from .store import run_sql

    try:
        columns, rows = run_sql(db, query)
    except FileNotFoundError as exc:
        _fail(str(db), str(exc))
        raise typer.Exit(1)
    except Exception as exc:  # duckdb.Error: a bad query
        _fail("sql", _one_line(exc))
        raise typer.Exit(1)
    if sys.stdout.isatty() and not as_csv:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)
        return
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def export(
    db: Path = typer.Option(..., "--db", help="The DuckDB file."),
    format: ExportFormat = typer.Option(..., "--format", "-f", help="parquet or csv (every table), scdl (CSV)."),
    out: Path = typer.Option(..., "--out", "-o", help="A directory (parquet, csv) or a CSV file (scdl)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="scdl: where the files are published "
                                           "(https://…/); DELIB_URL is this URL + the file's name, or its "
                                           "path under --relative-to. Without it DELIB_URL stays empty."),
    relative_to: Optional[Path] = typer.Option(None, "--relative-to", help="scdl: the folder --base-url "
                                               "stands for (the file's path under it is appended)."),
) -> None:
    """Write every table of the store (parquet, csv), or the deliberations as SCDL."""
    from .store import export_tables, stored_results

    if not db.exists():
        _fail(str(db), "no such store")
        raise typer.Exit(1)
    if format is ExportFormat.scdl:
        try:
            from .exporters.scdl import write_scdl
        except ImportError:
            _fail(str(out), "the SCDL exporter is not available in this version")
            raise typer.Exit(1)
        # The deliberation parse outputs, rebuilt from the JSON the store keeps.
        if relative_to is not None and not base_url:
            raise typer.BadParameter("--relative-to goes with --base-url")
        if base_url and not re.match(r"(?i)^[a-z][a-z0-9+.\-]*://\S+$", base_url):
            raise typer.BadParameter(f"--base-url {base_url}: not an absolute URL (https://host/path/)")
        write_scdl(stored_results(db, kind="deliberation"), out, base_url, relative_to)
        return
    try:
        export_tables(db, format.value, out)
    except Exception as exc:
        _fail(str(out), _one_line(exc))
        raise typer.Exit(1)


def register_store_commands(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(sql)
    app.command()(export)
