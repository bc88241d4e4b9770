"""Optimal one-to-one assignment over a similarity matrix (Hungarian method).

Greedy matching goes wrong when one old section is the best candidate of two
new ones; the Hungarian method maximises the total similarity instead. The
matrices are small (only sections left over after exact matching), so a plain
O(n^3) implementation is enough and avoids a scipy dependency.
"""

from __future__ import annotations


def hungarian(cost: list[list[float]]) -> list[int]:
    """For an n x m cost matrix (n <= m), the column assigned to each row,
    minimising the total cost (Jonker-Volgenant shortest augmenting path)."""
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    assert n <= m, "more rows than columns: transpose first"
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)      # p[j]: row matched to column j (1-based, 0 = none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


def best_pairs(sim: list[list[float]], threshold: float) -> list[tuple[int, int, float]]:
    """Pairs (row, col, similarity) of the optimal assignment whose similarity
    reaches ``threshold``; rows and columns left over stay unmatched."""
    if not sim or not sim[0]:
        return []
    n, m = len(sim), len(sim[0])
    transpose = n > m
    # A similarity under the threshold is no pair: it must not buy a worse pairing of
    # the others ("tour Rimbaud" ~ "tour Lamartine" at 0.5 taking "tour Lamartine"
    # from its twin and leaving it "immeuble Lamartine").
    sim = [[x if x >= threshold else 0.0 for x in row] for row in sim]
    mat = [list(col) for col in zip(*sim)] if transpose else sim
    assigned = hungarian([[1.0 - x for x in row] for row in mat])
    pairs = []
    for r, c in enumerate(assigned):
        if c < 0:
            continue
        s = mat[r][c]
        if s >= threshold:
            pairs.append((c, r, s) if transpose else (r, c, s))
    return sorted(pairs)
