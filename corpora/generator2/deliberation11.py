"""Kind "deliberation11": a deliberation extract of another body (a syndicat mixte's or a
communauté de communes' bureau, an OPH's conseil d'administration) with the families of
variants11.py (session head label lines or table, dates in words, state-column attendance,
collèges, "Pouvoirs" tables, "2025_DEL_045" / "CA-2025-12" / "Décision n°" / "Point 4"
numbers, vote tables per state or per member, "Pour extrait conforme")."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register11 import build_register11
from .sample import Sample
from .scoring import score_register

KIND = "deliberation11"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register11(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v11:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
