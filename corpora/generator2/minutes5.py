"""Kind "minutes5": a session's minutes with the families of variants5.py
(agenda listing the items first, "Point n° 1 : ..." themes, two-column or
landscape pages, ...); a quarter of them hold only one or two deliberations."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register5 import build_register5
from .sample import Sample
from .scoring import score_register

KIND = "minutes5"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    v5 = random.Random(f"v5:{seed}")
    n = v5.randint(1, 2) if v5.random() < 0.25 else rng.randint(3, 15)
    return [build_register5(seed, workdir, KIND, n, rng, v5, single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
