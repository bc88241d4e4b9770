"""Financing cells whose figure changed but that the facts layer did not read as an amount.

A financing table's cells are amounts (facts/amounts) when they print a currency
sign or sit under a column of amounts. Some layouts break that on one line: the
"Total" row's signs set apart from its figures ("31 720 403,01 €€€€", then
"17 075 402,88" bare), a figure wrapped inside a narrow cell ("24 771 100,6 1").
``figure_changes`` pairs facts, so a cell one version holds no fact for is never
compared, and its change (a quartier's total, the ANRU total) is lost.

Read from the two matched tables, such a cell is compared as printed: same row
label, same column, both numbers, different values. It is told when it is a
headline cell (headline.py) of a table holding amounts, and only when no change
found already tells those figures (a total restated in prose and in the
operations table is one change: the cell joins its places, so the total is
derived from the cells of its row like any other total)."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Optional

from ..french.numbers import parse_amount
from ..records import Change, Evidence, Table
from .facts import cell_value
from .headline import is_headline, row_and_column
from .normalize import fold
from .settings import diff_settings
from .tables import row_label
from .wording import euros

# A figure with its decimals cut by a space ("24 771 100,6 1", "18 351 100, 09") and currency
# signs the layout set apart ("31 720 403,01 €€€€").
_SPLIT_DECIMALS = re.compile(r"^(\d{1,3}(?:[ \u00a0\u202f]\d{3})*),[ \u00a0\u202f]*(\d)[ \u00a0\u202f]?(\d)?$")


def printed_amount(cell: str) -> Optional[float]:
    """The amount a financing cell prints, read through the breaks its layout makes.

    A cell the French amount reader understands is read by it first: it scales "4 540 K€"
    and "1,88 M€" to euros (read here as bare figures they made a 1000-fold change)."""
    read = parse_amount(cell or "")
    if read is not None:
        return read
    s = re.sub(r"\s*(?:€|euros?)\s*", " ", cell or "", flags=re.I).strip()
    m = _SPLIT_DECIMALS.match(s)
    if m:
        whole = re.sub(r"[ \u00a0\u202f]", "", m.group(1))
        return float(f"{whole}.{m.group(2)}{m.group(3) or ''}")
    return cell_value(s)


def _label_rows(t: Table) -> dict[str, Optional[int]]:
    """Each folded row label of ``t`` to its row, None for a label several rows carry: the
    labels folded once per table, not once per row looked up (rows x rows)."""
    out: dict[str, Optional[int]] = {}
    for i, r in enumerate(t.rows):
        label = fold(row_label(r) or "")
        out[label] = None if label in out else i
    return out


def _column_label(t: Table, j: int) -> str:
    for row in reversed(t.header or []):
        if j < len(row) and row[j] and row[j].strip():
            return row[j].strip()
    return ""


def _has_fact(facts_at: dict[str, list[float]], t: Table, value: float) -> bool:
    tol = diff_settings().amount_tolerance
    return any(abs(v - value) <= tol for v in facts_at.get(t.id, []))


def _facts_by_table(facts: list) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for f in facts:
        if f.table:
            out.setdefault(f.table, []).append(f.value)
    return out


def _scale_of(t: Table, facts_at: dict[str, list[float]]) -> float:
    """The unit of a table's bare figures, as the facts layer read them: the factor (euros,
    "en k€", "en M€") under which most of its printed figures are amount facts of the table."""
    values = [v for row in t.rows for c in row if c for v in (printed_amount(c),) if v is not None]
    best, hits = 1.0, 0
    for scale in diff_settings().table_scales:
        n = sum(1 for v in values if _has_fact(facts_at, t, v * scale))
        if n > hits:
            best, hits = scale, n
    return best


def _money_columns(facts: list) -> set[tuple[str, str]]:
    """(table, column label) of the columns some amount fact was read in: a column of
    hours or dwellings beside them holds no amount, whatever its figures."""
    return {(f.table, fold(row_and_column(f.label)[1])) for f in facts if f.table}


def unread_cells(pairs: list[tuple[Table, Table]], old: list, new: list, told: list[Change]) -> list[Change]:
    """amount_changed for headline cells of matched tables (old, new) whose printed figure
    changed while one version read no amount there. ``old``/``new``: the amount facts;
    ``told``: changes found already (a change with the same figures gains the cell's place)."""
    tol = diff_settings().amount_tolerance
    at_old, at_new = _facts_by_table(old), _facts_by_table(new)
    money = _money_columns(old) | _money_columns(new)
    out: list[Change] = []
    for a, b in pairs:
        if a.n_cols != b.n_cols or not (at_old.get(a.id) and at_new.get(b.id)):
            continue      # a table holding no amount is no financing table
        rows_a, rows_b = _label_rows(a), _label_rows(b)
        scale_a, scale_b = _scale_of(a, at_old), _scale_of(b, at_new)
        for k, row in enumerate(b.rows):
            label = row_label(row)
            i = rows_a.get(fold(label)) if label else None
            if i is None or rows_b.get(fold(label)) != k:
                continue
            for j, cell in enumerate(row):
                vb, va = printed_amount(cell), printed_amount(a.rows[i][j]) if j < len(a.rows[i]) else None
                if va is None or vb is None:
                    continue
                va, vb = round(va * scale_a, 2), round(vb * scale_b, 2)
                if abs(va - vb) <= tol:
                    continue
                if _has_fact(at_old, a, va) and _has_fact(at_new, b, vb):
                    continue      # both read: figure_changes compared them
                column = _column_label(b, j)
                if (b.id, fold(column)) not in money and (a.id, fold(column)) not in money:
                    continue      # no amount read in that column on either side
                target = f"{label} / {column}"
                if not is_headline(SimpleNamespace(table=b.id, label=target, text=cell), b):
                    continue
                place = {"old_page": a.pages[0] if a.pages else None, "old_section": a.section,
                         "new_page": b.pages[0] if b.pages else None, "new_section": b.section,
                         "table": b.id, "label": target, "text": cell.strip(), "cell": [k, j]}
                same = next((c for c in told + out if c.type == "amount_changed"
                             and isinstance(c.before, (int, float)) and isinstance(c.after, (int, float))
                             and abs(c.before - va) <= tol and abs(c.after - vb) <= tol), None)
                if same is not None:
                    same.evidence.places = (same.evidence.places or []) + [place]
                    continue
                out.append(Change(type="amount_changed", target=target, before=va, after=vb, unit="EUR",
                                  summary=f"Montant modifié ({target}) : {euros(va)} → {euros(vb)}",
                                  evidence=Evidence(place["old_page"], a.section, place["new_page"], b.section,
                                                    places=[place])))
    return out
