"""Check stated totals against the sum of their parts.

A total row is one whose label reads "Total", "Totaux", "Sous-total",
"T :" or "À l'échelle du projet/de la convention". Its parts are the
non-total rows of its block: the rows since the previous total when the
total closes the block (at its foot), or up to the next total when it opens
it (at its head, like "À l'échelle du projet" above the per-owner rows).
In C/P/T tables (Convention / Protocole / Total) each cell carries a key
prefix: rows are summed per key, and inside one group (same label) the "T"
row must equal the other keys' sum.
Only amounts and plain numbers/counts are summed, never percentages.
"""

from __future__ import annotations

import re
from typing import Optional

from ..records import Table
from .cells import CellValue, cell_value, column_label, label_columns

TOTAL_LABEL = re.compile(
    r"^\s*(sous[- ]?)?(total|totaux|t\s*:|ensemble\b|à l['’]échelle d[eu]s? (projet|convention|programme))",
    re.I)


TOTAL_COLUMN = re.compile(r"\btota(l|ux)\b", re.I)


def _fmt(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s[:-3] if s.endswith(",00") else s


def _summable(v: Optional[CellValue]) -> bool:
    return v is not None and v.kind in ("amount", "number", "count")


def check_totals(table: Table, tolerance: float = 0.005) -> list[str]:
    rows = table.rows
    if not rows:
        return []
    k = label_columns(table)
    labels = [" ".join(dict.fromkeys(x for x in r[:k] if x)) for r in rows]
    is_total = [bool(TOTAL_LABEL.match(lab)) for lab in labels]
    typed = [[cell_value(x) if c >= k else None for c, x in enumerate(r)] for r in rows]
    warnings: list[str] = []
    name = f"table {table.id}" + (f" « {table.title} »" if table.title else "")

    def compare(stated: CellValue, parts: list[CellValue], where: str, col: int, what: str = "sum of rows") -> None:
        if len(parts) < 2:
            return
        if any(p.kind != stated.kind or p.unit != stated.unit for p in parts):
            return
        computed = sum(p.value for p in parts)
        if abs(computed - stated.value) > tolerance + 1e-9 * abs(stated.value):
            col_name = column_label(table, col) or f"colonne {col + 1}"
            warnings.append(
                f"{name}: total {where}, {col_name}: stated {_fmt(stated.value)}, "
                f"{what} {_fmt(computed)} (difference {_fmt(stated.value - computed)})")

    # Consecutive total rows with one label ("Totaux" over C/P/T rows) form one group.
    groups_t: list[list[int]] = []
    for i, tot in enumerate(is_total):
        if not tot:
            continue
        if groups_t and groups_t[-1][-1] == i - 1 and labels[groups_t[-1][-1]] == labels[i]:
            groups_t[-1].append(i)
        else:
            groups_t.append([i])
    for g in groups_t:
        first, last = g[0], g[-1]
        # The block this total sums: below it when it heads the table, else above.
        if all(is_total[j] for j in range(first)):
            block = []
            j = last + 1
            while j < len(rows) and not is_total[j]:
                block.append(j)
                j += 1
        else:
            block = []
            j = first - 1
            while j >= 0 and not is_total[j]:
                block.append(j)
                j -= 1
            block.reverse()
        for i in g:
            for c in range(k, table.n_cols):
                stated = typed[i][c] if c < len(typed[i]) else None
                if not _summable(stated):
                    continue
                parts = [typed[r][c] for r in block if c < len(typed[r]) and _summable(typed[r][c])
                         and typed[r][c].key == stated.key]
                compare(stated, parts, f"« {labels[i]} »" + (f" ({stated.key})" if stated.key else ""), c)

    # A column headed "total(aux)" sums the value columns before it, row by row.
    for c in range(k, table.n_cols):
        if not TOTAL_COLUMN.search(column_label(table, c)):
            continue
        for i, row_vals in enumerate(typed):
            stated = row_vals[c] if c < len(row_vals) else None
            if not _summable(stated):
                continue
            parts = [v for v in row_vals[k:c] if _summable(v) and v.key == stated.key]
            compare(stated, parts, f"de ligne « {labels[i]} »", c, "sum of columns")

    # C/P/T groups: inside rows sharing a label, the T row sums the others.
    groups: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    for lab, idx in groups.items():
        if len(idx) < 3:
            continue
        for c in range(k, table.n_cols):
            vals = [typed[r][c] for r in idx if c < len(typed[r]) and _summable(typed[r][c])]
            tots = [v for v in vals if v.key == "T"]
            parts = [v for v in vals if v.key and v.key != "T"]
            if len(tots) == 1:
                compare(tots[0], parts, f"« {lab} » (T = somme des autres lignes du groupe)", c)
    return list(dict.fromkeys(warnings))
