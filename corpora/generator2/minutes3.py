"""Kind "minutes3": a session's minutes (as kind "minutes") with the families
of variants3.py drawn on top; a quarter of them hold only one or two
deliberations (minutes are not always long)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import build_register, locate_pages
from .sample import Sample
from .scoring import score_register

KIND = "minutes3"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    variants = random.Random(f"v3:{seed}")
    n = variants.randint(1, 2) if variants.random() < 0.25 else rng.randint(3, 15)
    return [build_register(seed, workdir, KIND, n, rng, variants_rng=variants, single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
