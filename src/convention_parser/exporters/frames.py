"""Parse results as pandas DataFrames, with stable column names."""

from __future__ import annotations

import dataclasses

import pandas as pd

from ..records import ParseResult, Table

# Record type -> (Part attribute, columns). Columns are part of the public
# contract of the CSV/Parquet export: add, never rename.
RECORD_COLUMNS: dict[str, tuple[str, list[str]]] = {
    "sections": ("sections", ["id", "number", "heading", "level", "page", "parent", "label", "text", "kind"]),
    "amounts": ("amounts", ["text", "value", "currency", "page", "section", "qualifier", "per", "label", "table",
                            "section_id", "block"]),
    "quantities": ("quantities", ["text", "value", "unit", "page", "section", "label", "table",
                                  "section_id", "block"]),
    "dates": ("dates", ["text", "value", "precision", "page", "section", "section_id", "block"]),
    "entities": ("entities", ["text", "label", "normalized", "page", "section", "section_id", "block"]),
    "operations": ("operations", ["type", "name", "commune", "quartier", "maitre_ouvrage",
                                  "logements", "amount", "page", "section", "text", "section_id"]),
    "amendments": ("amendments", ["target", "target_kind", "action", "new_heading", "new_text",
                                  "section", "page", "placeholder", "raw"]),
    "footnotes": ("footnotes", ["mark", "text", "page", "section"]),
    "furniture": ("furniture", ["text", "page", "place"]),
}
# Blocks are held by their section (or the part's preamble): the frame names the holder.
BLOCK_COLUMNS = ["section_id", "id", "kind", "text", "page", "top", "table", "mark"]


def table_frame(table: Table) -> pd.DataFrame:
    """One table as a DataFrame: header rows joined into column names."""
    n = table.n_cols
    if table.header:
        names = []
        for c in range(n):
            parts = [row[c] for row in table.header if c < len(row) and row[c]]
            uniq = list(dict.fromkeys(parts))
            names.append(" / ".join(uniq) or f"col{c + 1}")
    else:
        names = [f"col{c + 1}" for c in range(n)]
    seen: dict[str, int] = {}
    for i, name in enumerate(names):  # DataFrame columns must be unique
        if name in seen:
            seen[name] += 1
            names[i] = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
    rows = [list(r) + [""] * (n - len(r)) for r in table.rows]
    return pd.DataFrame([r[:n] for r in rows], columns=names)


def table_cells_frame(table: Table) -> pd.DataFrame:
    """One row per data cell, typed with french.numbers: row and column labels,
    the text, and its value/kind/unit when the cell is a number (else NaN)."""
    from ..tables.cells import table_cells

    rows = []
    for row_label, col_label, text, value in table_cells(table):
        rows.append({"table": table.id, "row_label": row_label, "col_label": col_label, "text": text,
                     "value": value.value if value else None, "kind": value.kind if value else None,
                     "unit": value.unit if value else None, "key": value.key if value else None})
    return pd.DataFrame(rows, columns=["table", "row_label", "col_label", "text", "value", "kind", "unit", "key"])


def result_frames(result: ParseResult) -> dict[str, pd.DataFrame]:
    """One DataFrame per record type, every part stacked, with a ``part`` column."""
    out: dict[str, pd.DataFrame] = {}
    for name, (attr, columns) in RECORD_COLUMNS.items():
        rows = []
        for i, part in enumerate(result.parts):
            for rec in getattr(part, attr):
                d = dataclasses.asdict(rec)
                rows.append({"source": result.source.path, "part": i, "part_kind": part.kind,
                             **{c: d.get(c) for c in columns}})
        out[name] = pd.DataFrame(rows, columns=["source", "part", "part_kind", *columns])
    rows = []
    for i, part in enumerate(result.parts):
        held = [(None, part.preamble_blocks)] + [(s.id, s.blocks) for s in part.sections]
        for section_id, blocks in held:
            for b in blocks:
                rows.append({"source": result.source.path, "part": i, "part_kind": part.kind,
                             **dataclasses.asdict(b), "section_id": section_id})
    out["blocks"] = pd.DataFrame(rows, columns=["source", "part", "part_kind", *BLOCK_COLUMNS])
    return out
