"""Precision/recall per field against gold. Baseline harness (issue 2 fills in fields)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, FieldScore] = field(default_factory=dict)
    per_document: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                       "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for name, s in sorted(self.fields.items())}

    def text(self) -> str:
        rows = [f"{'field':<28} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>6} {'fp':>5} {'fn':>5}"]
        for name, s in sorted(self.fields.items()):
            rows.append(f"{name:<28} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>6} {s.fp:>5} {s.fn:>5}")
        return "\n".join(rows) + "\n"


def run_evaluation(corpus: Path) -> Report:
    manifest = Path(corpus) / "manifest.json"
    if not manifest.exists():
        return Report()
    json.loads(manifest.read_text(encoding="utf-8"))
    return Report()
