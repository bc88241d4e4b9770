"""Typed cells: what a table cell holds as a number, read with french.numbers.

``table_cells(table)`` is the helper the facts stage calls to read amounts
tied to their row and column labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..french import numbers
from ..records import Table

_AMOUNT = re.compile(r"(€|\beuros?\b|\bM€|\bk€|\bEUR\b)", re.I)
_PERCENT = re.compile(r"%")
# "C : 28 528 354,13 €" in C/P/T tables (Convention / Protocole / Total).
KEY_PREFIX = re.compile(r"^\s*([A-Z])\s*:\s*(?=\S)")
_NUMBER_ONLY = re.compile(r"^[\s\d.,'’\u202f\u00a0+-]*\d[\s\d.,'’\u202f\u00a0]*$")
_COUNT = re.compile(r"^\s*(\d[\d\s\u202f\u00a0.]*)\s*([A-Za-zÀ-ÿ²]+\.?)?\s*$")


@dataclass
class CellValue:
    kind: str                 # "amount" | "percent" | "number" | "count"
    value: float
    unit: Optional[str] = None  # "EUR", "percent", or the word after a count ("h", "LLS")
    key: Optional[str] = None   # "C", "P", "T" prefix when present


def _safe(fn, text: str) -> Optional[float]:
    try:
        return fn(text)
    except NotImplementedError:  # french.numbers cannot type it
        return None
    except (ValueError, TypeError):
        return None


def cell_value(text: str) -> Optional[CellValue]:
    """The number a cell holds, or None for a text cell.

    Only cells that *are* a number (with a unit) are typed: "227 LLS",
    "5 %", "1 644 550 h", "C : 2 652 916,00 €". A sentence with a number in
    it ("Potentiel de 98 logements") is text.
    """
    if not text:
        return None
    key = None
    m = KEY_PREFIX.match(text)
    if m:
        key = m.group(1)
        text = text[m.end():]
    text = text.strip()
    if not any(ch.isdigit() for ch in text):
        return None
    if _PERCENT.search(text) and len(text) <= 12:
        v = _safe(numbers.parse_percent, text)
        return CellValue("percent", v, "percent", key) if v is not None else None
    if _AMOUNT.search(text) and len(re.sub(r"[\d\s.,€\u202f\u00a0]", "", text)) <= 6:
        v = _safe(numbers.parse_amount, text)
        return CellValue("amount", v, "EUR", key) if v is not None else None
    if _NUMBER_ONLY.match(text):
        v = _safe(numbers.parse_number, text)
        return CellValue("number", v, None, key) if v is not None else None
    m = _COUNT.match(text)
    if m and m.group(2):
        v = _safe(numbers.parse_number, m.group(1))
        return CellValue("count", v, m.group(2), key) if v is not None else None
    return None


def label_columns(table: Table) -> int:
    """How many leading columns hold labels (text), not values: at least one."""
    n = 1
    for c in range(1, table.n_cols):
        vals = [r[c] for r in table.rows if c < len(r) and r[c]]
        if not vals:
            break
        typed = sum(1 for v in vals if cell_value(v) is not None)
        if typed * 2 >= len(vals):
            break
        n += 1
    return min(n, max(1, table.n_cols - 1))


def row_label(table: Table, row: list[str], k: Optional[int] = None) -> str:
    """The row's label: its leading label columns' texts. Pass ``k``
    (label_columns(table)) when labelling many rows: it reads every cell."""
    if k is None:
        k = label_columns(table)
    return " – ".join(dict.fromkeys(x for x in row[:k] if x))


def column_label(table: Table, c: int) -> str:
    parts = [h[c] for h in table.header if c < len(h) and h[c]]
    return " / ".join(dict.fromkeys(parts))


def indexed_table_cells(table: Table) -> Iterator[tuple[int, str, str, str, Optional[CellValue]]]:
    """Every data cell as (row index, row_label, col_label, text, value); value None for text.

    Merged cells are spread in Table.rows; a spread copy is yielded once,
    at the merged block's origin, so amounts are not counted twice.
    """
    covered = set()
    for r, c, rs, cs in table.merged:
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    covered.add((i, j))
    n_header = len(table.header)
    k = label_columns(table)  # once per table: it types every cell
    col_labels: dict[int, str] = {}
    for i, row in enumerate(table.rows):
        label = row_label(table, row, k)
        for c, text in enumerate(row):
            if c < k or (i + n_header, c) in covered:
                continue
            if c not in col_labels:
                col_labels[c] = column_label(table, c)
            yield i, label, col_labels[c], text, cell_value(text)


def table_cells(table: Table) -> Iterator[tuple[str, str, str, Optional[CellValue]]]:
    """Every data cell as (row_label, col_label, text, value); see indexed_table_cells."""
    for _, label, col, text, value in indexed_table_cells(table):
        yield label, col, text, value
