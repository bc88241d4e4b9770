"""Table ids across documents: the tables an avenant brings into the convention keep ids of
their own.

Both documents number their tables from "t1": an avenant's "t4" copied into the convention
beside the convention's own "t4" makes two tables of one id, and the diff, which pairs tables
and the figures read from their cells by id, then files the new financing table's cells under
another table (their changes go untold). A brought table whose id the convention still gives
is renamed, primed as families.replace_family does ("t4'"), and every fact read from it follows.
"""

from __future__ import annotations

from ..records import Part, Table

_FACTS = ("amounts", "quantities", "operations", "dates", "entities")


def part_table_ids(part: Part) -> set[str]:
    """The table ids ``part`` gives: its tables' and those its blocks name."""
    return {t.id for t in part.tables} | {b.table for s in part.sections for b in s.blocks if b.table}


def fresh_table_ids(taken: set[str], incoming: list[Table]) -> dict[str, str]:
    """Old id -> new id for each of ``incoming`` whose id is ``taken``."""
    ids = set(taken)
    out: dict[str, str] = {}
    for t in incoming:
        if t.id not in taken or t.id in out:
            continue
        new = t.id
        while new in ids:
            new = f"{new}'"
        ids.add(new)
        out[t.id] = new
    return out


def with_table_ids(f, fresh: dict[str, str], is_table: bool = False):
    """``f`` (a copied table or fact) naming its table by the new id."""
    if not fresh:
        return f
    if is_table:
        f.id = fresh.get(f.id, f.id)
        return f
    if getattr(f, "table", None) in fresh:
        f.table = fresh[f.table]
    row = getattr(f, "row", None)
    if row and "#" in row:
        tid, _, n = row.partition("#")
        if tid in fresh:
            f.row = f"{fresh[tid]}#{n}"
    return f


def yield_ids(part: Part, returning: list[Table]) -> None:
    """Rename ``part``'s tables whose id one of ``returning`` gives (the convention's own tables
    about to come back beside them keep theirs), and every fact of ``part`` read from them."""
    back = {t.id for t in returning if t not in part.tables}
    fresh = fresh_table_ids(part_table_ids(part) | back, [t for t in part.tables if t.id in back])
    if not fresh:
        return
    for t in part.tables:
        with_table_ids(t, fresh, True)
    for name in _FACTS:
        for f in getattr(part, name):
            with_table_ids(f, fresh)
