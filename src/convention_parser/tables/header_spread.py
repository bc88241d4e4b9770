"""A header of two levels in a table without column rules: a label over its sub-columns.

Over a table ruled between rows only (or not at all), a merged header cell is seen by no rule:
"Localisation" set left over "Commune" and "Maître d'ouvrage", the upper row blank above the
second. Read cell by cell, the label names one column and the next one has no upper label,
so neither column is named whole. An upper header cell left blank over a filled lower cell,
right of a label that has a lower cell of its own, is that label's merged cell: its text is
spread over it and the merge recorded (records.Table.merged; docs/CONTRACT.md "Merged cells").
A ruled grid draws its merges (a blank cell between column rules is blank)."""

from __future__ import annotations


def spread_upper_labels(matrix: list[list[str]], h: int, merged: list[list[int]], kind: str) -> None:
    """Spread, in place, each label of the header rows ``matrix[:h]`` over the blank upper cells
    right of it whose lower cell is filled, recording the merges in ``merged``."""
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
