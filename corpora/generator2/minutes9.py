"""Kind "minutes9": a session's minutes with the families of variants9.py; members
arriving and leaving are told in a "Mouvements en cours de séance" table, by agenda
point under the attendance table, or inside the item before its decision (each
deliberation's gold carries its own attendance)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register9 import build_register9
from .sample import Sample
from .scoring import score_register

KIND = "minutes9"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    return [build_register9(seed, workdir, KIND, rng.randint(3, 10), rng,
                            random.Random(f"v9:{seed}"), single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
