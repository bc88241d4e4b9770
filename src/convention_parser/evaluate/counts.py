"""Precision, recall and F1 from match counts: the one place every scorer (parse fields,
deliberations, diff changes, table cells) computes them.

``empty`` is the score of a ratio with nothing to count: 1.0 where nothing expected and
nothing found is right (a field, a change type), 0.0 where a scorer counts it as a miss
(table cells, where an empty grid found is no table read).
"""

from __future__ import annotations

from dataclasses import dataclass


def ratio(part: int, whole: int, empty: float = 1.0) -> float:
    return part / whole if whole else empty


def precision(tp: int, fp: int, empty: float = 1.0) -> float:
    return ratio(tp, tp + fp, empty)


def recall(tp: int, fn: int, empty: float = 1.0) -> float:
    return ratio(tp, tp + fn, empty)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """True positives, false positives, false negatives; the ratios follow."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return precision(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return recall(self.tp, self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)
