"""Kind "deliberation": one council or board decision, an extract of the
register (see register.py for what is drawn)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import build_register, locate_pages
from .sample import Sample
from .scoring import score_register

KIND = "deliberation"


def build(seed: int, workdir: Path, signed: bool = False) -> list[Sample]:
    rng = random.Random(seed)
    return [build_register(seed, workdir, KIND, 1, rng, signed=signed)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
