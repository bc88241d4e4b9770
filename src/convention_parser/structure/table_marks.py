"""The table stage's output that structure reads, as an explicit input.

Structure keeps the lines a table holds out of headings and prose: it reads
``Line.table_id``, which ``tables.locate_tables`` sets on the document's lines.
So structure runs after the table stage, and ``split_parts`` takes that stage's
result (the located tables) as an argument rather than trusting the call order:
marks on the lines that are not those tables' come from another run, reported
at once. Documents built by hand (tests) carry their marks themselves and pass
no tables.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..tables.finder import LocatedTable
from ..text.model import Document


def check_table_marks(doc: Document, located: Optional[Sequence[LocatedTable]]) -> None:
    """``located``: the tables ``tables.locate_tables`` found on ``doc``, or None for a
    document whose lines were marked by hand (tests). A mark of a table not among
    ``located`` comes from another run of the table stage."""
    if located is None:
        return
    marked = {ln.table_id for page in doc.pages for ln in page.lines if ln.table_id is not None}
    unknown = marked - {t.table.id for t in located}
    if unknown:
        raise ValueError(f"lines marked by tables {sorted(unknown)} that are not among the located tables "
                         "given to split_parts")
