"""Keyed row groups: C/P/T tables ("C : …", "P : …", "T : …" per quartier).

Each value line is a row, and the rows of one entity repeat the same key
sequence (C, P, T). The label column's lines (name, quartier, QPV code) are
printed beside the group wherever they fall, so they are one cell spanning
the group: their text is joined into the group's first row and spread over
the group (recorded in ``merged``), as for any merged cell.
"""

from __future__ import annotations

from typing import Optional

from .cells import KEY_PREFIX


def _row_key(row: list[str]) -> Optional[str]:
    keys = {m.group(1) for c in row if c and (m := KEY_PREFIX.match(c))}
    return keys.pop() if len(keys) == 1 else None


def group_keyed_rows(n_header: int, rows: list[list[str]], merged: list[list[int]],
                     min_groups: int = 2) -> tuple[list[list[str]], list[list[int]], list[int]]:
    """Rows with label cells spread over each key group, merged extended, and
    the indices (into ``rows``) of the rows kept.

    Groups start at each row carrying the first key of the sequence; a label
    column is one where no row holds a keyed value. A row holding only label
    text (a label line printed between two value lines) is folded into the
    group whose rows surround it, or else the group it precedes. Nothing
    changes unless the other rows are (nearly) all keyed and at least
    ``min_groups`` groups repeat one key sequence."""
    same = (rows, merged, list(range(len(rows))))
    keys = [_row_key(r) for r in rows]
    n_cols = max((len(r) for r in rows), default=0)
    label_cols = [c for c in range(n_cols)
                  if not any(c < len(r) and r[c] and KEY_PREFIX.match(r[c]) for r in rows)]
    label_only = [not keys[i] and any(rows[i]) and all(not x or c in label_cols for c, x in enumerate(rows[i]))
                  for i in range(len(rows))]
    keyed = [i for i, k in enumerate(keys) if k]
    others = [i for i in range(len(rows)) if any(rows[i]) and not label_only[i]]
    if not keyed or len(keyed) * 5 < len(others) * 4:
        return same
    start = keys[keyed[0]]
    starts = [i for i in keyed if keys[i] == start]
    if len(starts) < min_groups:
        return same
    bounds = starts + [len(rows)]
    seqs = [tuple(keys[i] for i in range(a, b) if keys[i]) for a, b in zip(bounds, bounds[1:])]
    if len(set(seqs)) > 2 or max(len(q) for q in seqs) < 2:  # the last group (totals) may differ
        return same
    folding = any(label_only[i] for i in range(len(rows)))
    if folding and any(r >= n_header for r, _, _, _ in merged):
        return same  # rows would move under merged cells we cannot re-index safely
    # Members of each group: its keyed rows, the label lines among them, and
    # label lines just above its first row (after the previous group's last keyed row).
    members: list[list[int]] = []
    for g, (a, b) in enumerate(zip(bounds, bounds[1:])):
        last = max(i for i in range(a, b) if keys[i])
        floor = max(j for j in range(bounds[g - 1], a) if keys[j]) if g else -1
        lead = []
        i = a - 1
        while i > floor and label_only[i]:
            lead.insert(0, i)
            i -= 1
        members.append(lead + list(range(a, last + 1)))
    out_rows: list[list[str]] = []
    kept: list[int] = []
    new_merged = [list(m) for m in merged]
    taken = {(r, c) for r0, c0, rs, cs in merged for r in range(r0, r0 + rs) for c in range(c0, c0 + cs)}
    grouped = {i for m in members for i in m}
    for i in range(len(rows)):
        if i < members[0][0] and i not in grouped:
            out_rows.append(list(rows[i]))
            kept.append(i)
    for g, m in enumerate(members):
        body = [i for i in m if not label_only[i]]
        first = len(out_rows)
        block = [list(rows[i]) for i in body]
        for c in label_cols:
            if any((n_header + i, c) in taken for i in m):
                continue
            parts = [rows[i][c] for i in m if c < len(rows[i]) and rows[i][c]]
            text = " ".join(parts)
            for r in block:
                r[c] = text
            if len(block) > 1 and text:
                new_merged.append([n_header + first, c, len(block), 1])
        out_rows += block
        kept += body
        nxt = members[g + 1][0] if g + 1 < len(members) else len(rows)
        for i in range(m[-1] + 1, nxt):  # rows after a group's last keyed row (unkeyed notes)
            if i not in grouped:
                out_rows.append(list(rows[i]))
                kept.append(i)
    return out_rows, new_merged, kept
