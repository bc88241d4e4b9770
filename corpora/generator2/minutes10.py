"""Kind "minutes10": a full procès-verbal with the families of variants10.py: verbatim
debate around each decision ("M. le Maire : …", "Mme X (Groupe) : …", a suspended
session), the previous procès-verbal approved before the first item, members marked
in the present list as arriving at or leaving after a point (each deliberation's gold
carries its own attendance)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register10 import build_register10
from .sample import Sample
from .scoring import score_register

KIND = "minutes10"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    return [build_register10(seed, workdir, KIND, rng.randint(3, 10), rng,
                            random.Random(f"v10:{seed}"), single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
