"""A financing cell that was empty ("–") and now holds a figure, or the reverse.

A financeur that did not fund a quartier prints a dash in its cell; an avenant
that brings it in prints the amount there (FEDER / La Source: – → 75 000 €).
The old version holds no figure to pair with the new one, so the figure
comparison (facts.figure_changes) cannot see it; read from the two matched
tables, it is a change from 0 (or to 0), told as any other headline cell."""

from __future__ import annotations

import re
from typing import Optional

from ..records import Change, Evidence, Table
from .facts import cell_value
from .headline import is_headline, row_and_column
from .normalize import fold
from .settings import diff_settings
from .tables import row_label
from .wording import euros

# What a table prints for "nothing": a dash, "néant", "0", an empty cell.
_EMPTY = re.compile(r"^\s*(?:[–\-—]+|n[ée]ant|0(?:[,.]0+)?\s*€?|)\s*$", re.I)


def _row(t: Table, label: str) -> Optional[int]:
    hits = [i for i, r in enumerate(t.rows) if fold(row_label(r) or "") == label]
    return hits[0] if len(hits) == 1 else None


def _fact_row(t: Table, fact_label: str) -> str:
    """The folded label of the row of ``t`` a cell's fact is read from. A fact's label is
    the row's label, then its column's headings: one under a one-level header ("FEDER /
    La Source"), one per level under a two-level one ("FEDER / Répartition par quartier /
    La Source (QP…)"), so the row is the table row whose label opens the fact's label
    (the longest such), not all but its last segment."""
    parts = (fact_label or "").split(" / ")
    heads = [fold(" / ".join(parts[:k])) for k in range(len(parts) - 1, 0, -1)]
    labels = {fold(row_label(r) or "") for r in t.rows}
    best = next((h for h in heads if h and h in labels), "")
    return best or fold(row_and_column(fact_label)[0])


def _column(t: Table, i: int, value: float, heading: str = "") -> Optional[int]:
    """The column of row ``i`` holding ``value``; when several do (a financeur's only
    figure is also its total), the one headed ``heading`` (the fact's column label)."""
    hits: list[int] = []
    # a cell in thousands or millions ("240 K€", a table "en k€"): the fact holds euros
    for scale in diff_settings().table_scales:
        hits = [j for j, c in enumerate(t.rows[i]) if (v := cell_value(c)) is not None and abs(v - value / scale) < 0.01]
        if hits:
            break
    if len(hits) > 1 and heading:
        named = [j for j in hits if any(j < len(h) and fold(h[j]) == fold(heading) for h in t.header)]
        hits = named or hits
    return hits[0] if len(hits) == 1 else None


def filled_cells(pairs: list[tuple[Table, Table]], old: list, new: list) -> list[Change]:
    """amount_changed for each headline cell of a matched table pair that is
    empty on one side and holds an amount read as a fact on the other."""
    out: list[Change] = []
    for a, b in pairs:
        if a.n_cols != b.n_cols:
            continue
        for side, (src, dst, facts, others) in (("new", (b, a, new, old)), ("old", (a, b, old, new))):
            # a cell the other version also reads as a figure ("0,00 €") is paired by figure_changes
            paired = {fold(o.label or "") for o in others if o.table == dst.id}
            for f in facts:
                if f.table != src.id or abs(f.value) < 0.5 or not is_headline(f, src) or \
                        fold(f.label or "") in paired:
                    continue
                label = _fact_row(src, f.label)
                i, k = _row(src, label), _row(dst, label)
                if i is None or k is None:
                    continue
                j = _column(src, i, f.value, row_and_column(f.label)[1])
                if j is None or j >= len(dst.rows[k]) or not _EMPTY.match(dst.rows[k][j] or ""):
                    continue
                before, after = (0.0, f.value) if side == "new" else (f.value, 0.0)
                target = f.label or f.text
                out.append(Change(type="amount_changed", target=target, before=before, after=after, unit=f.currency,
                                  summary=f"Montant modifié ({target}) : {euros(before)} → {euros(after)}",
                                  evidence=Evidence(a.pages[0] if a.pages else None, a.section,
                                                    b.pages[0] if b.pages else None, b.section,
                                                    places=[{"old_page": None, "old_section": a.section,
                                                             "new_page": f.page or None, "new_section": b.section,
                                                             "table": b.id, "label": f.label, "text": f.text,
                                                             "cell": [i, j] if side == "new" else [k, j]}])))
    return out
