"""Find tables in a Document. Baseline: none (issue 5 fills this in)."""

from __future__ import annotations

from ..records import Table
from ..text.model import Document


def find_tables(path: str, doc: Document) -> list[Table]:
    """Return the tables of the PDF and mark the lines inside them (Line.table_id)."""
    return []
