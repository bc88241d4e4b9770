"""Kind "minutes7": a session's minutes with the families of variants7.py; several
members may arrive or leave at once, at the items or stated under the lists by agenda
points (each deliberation's gold carries its own attendance then)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register7 import build_register7
from .sample import Sample
from .scoring import score_register

KIND = "minutes7"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    v7 = random.Random(f"v7:{seed}")
    return [build_register7(seed, workdir, KIND, rng.randint(3, 12), rng, v7, single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
