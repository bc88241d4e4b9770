"""Kind "minutes4": a session's minutes (as kind "minutes") with the families
of variants4.py drawn on top, summary minutes among them; a quarter of them hold
only one or two deliberations."""

from __future__ import annotations

import random
from pathlib import Path

from .register import build_register, locate_pages
from .sample import Sample
from .scoring import score_register

KIND = "minutes4"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    variants = random.Random(f"v4:{seed}")
    n = variants.randint(1, 2) if variants.random() < 0.25 else rng.randint(3, 15)
    return [build_register(seed, workdir, KIND, n, rng, single=False, variants4_rng=variants)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
