"""A header of two levels in a table without column rules: a label over its sub-columns.

Over a table ruled between rows only (or not at all), a merged header cell is seen by no rule:
"Localisation" set left over "Commune" and "Maître d'ouvrage", the upper row blank above the
second; "Financeurs" and "Total" merged down both rows beside "Répartition par quartier" over
the quartiers, the lower row blank under them. Read cell by cell, a label names one column and
the next one has no upper label, or a column has no lower one, so no column is named whole.
An upper header cell left blank over a filled lower cell, right of a label that has a lower cell
of its own, is that label's merged cell; a lower header cell left blank under a label, in a
header whose upper row spans sub-columns, is that label's cell merged down. Their text is
spread over them and the merges recorded (records.Table.merged; docs/CONTRACT.md "Merged
cells"). A ruled grid draws its merges (a blank cell between column rules is blank)."""

from __future__ import annotations


def spread_upper_labels(matrix: list[list[str]], h: int, merged: list[list[int]], kind: str) -> None:
    """Spread, in place, each label of the header rows ``matrix[:h]`` over the blank upper cells
    right of it whose lower cell is filled, then, under an upper row spanning sub-columns, down
    over the blank lower cells under it; the merges recorded in ``merged``."""
    if kind == "ruled" or h < 2:
        return
    covered = {(i, j) for r0, c0, rs, cs in merged for i in range(r0, r0 + rs) for j in range(c0, c0 + cs)}
    for r in range(h - 1):
        row, low = matrix[r], matrix[r + 1]
        j = 0
        while j < len(row):
            if not row[j].strip() or not low[j].strip() or (r, j) in covered or low[j] == row[j]:
                j += 1
                continue
            k = j + 1
            while k < len(row) and not row[k].strip() and low[k].strip() and (r, k) not in covered:
                k += 1
            if k - j > 1:
                for x in range(j + 1, k):
                    row[x] = row[j]
                merged.append([r, j, 1, k - j])
            j = k
    _spread_down(matrix, h, merged)


def _spread_down(matrix: list[list[str]], h: int, merged: list[list[int]]) -> None:
    for r in range(h - 1):
        if not any(r0 == r and cs > 1 and rs == 1 for r0, _, rs, cs in merged):
            continue            # no upper level over sub-columns: a blank lower cell is blank
        covered = {(i, j) for r0, c0, rs, cs in merged for i in range(r0, r0 + rs) for j in range(c0, c0 + cs)
                   if (i, j) != (r0, c0)}
        for j, label in enumerate(matrix[r]):
            if not label.strip() or (r, j) in covered or any(r0 == r and c0 == j for r0, c0, _, _ in merged):
                continue
            k = r + 1
            while k < h and not matrix[k][j].strip() and (k, j) not in covered:
                k += 1
            if k - r > 1:
                for i in range(r + 1, k):
                    matrix[i][j] = label
                merged.append([r, j, k - r, 1])
