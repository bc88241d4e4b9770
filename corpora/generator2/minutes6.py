"""Kind "minutes6": a session's minutes with the families of variants6.py;
members arrive and leave between items (each deliberation's gold carries its
own attendance then)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register6 import build_register6
from .sample import Sample
from .scoring import score_register

KIND = "minutes6"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    v6 = random.Random(f"v6:{seed}")
    return [build_register6(seed, workdir, KIND, rng.randint(3, 12), rng, v6, single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
