"""An embedded DuckDB store of parse outputs: ``ingest`` files, query with SQL, export.

- ``schema``: the tables (DDL);
- ``rows``: a parse output as rows of those tables (pure);
- ``writer``: ``Store``, one transaction per file, idempotent by content hash;
- ``ingest``: files and folders in, through the batch pool;
- ``queries``: SQL, export of every table, parse outputs rebuilt from the store.
"""

from .ingest import FileReport, IngestReport, ingest
from .queries import export_tables, run_sql, stored_results
from .writer import Store, connect

__all__ = ["ingest", "IngestReport", "FileReport", "Store", "connect", "run_sql", "export_tables",
           "stored_results"]
