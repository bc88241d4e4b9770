"""Kind "minutes": the minutes of one session holding 3 to 15 deliberations
(see register.py for what is drawn)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import build_register, locate_pages
from .sample import Sample
from .scoring import score_register

KIND = "minutes"
MIN_ITEMS, MAX_ITEMS = 3, 15


def build(seed: int, workdir: Path, signed: bool = False) -> list[Sample]:
    rng = random.Random(seed)
    n = rng.randint(MIN_ITEMS, MAX_ITEMS)
    return [build_register(seed, workdir, KIND, n, rng, signed=signed)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
