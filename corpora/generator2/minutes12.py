"""Kind "minutes12": the procès-verbal of a sitting with the families of variants12.py: a
front page, a table of the items with their outcomes, attendance counted under each item
and following members who come and go, the debate typed between the items ("M. le Maire :
…", "Mme DUPONT : …"), votes told in the text with the opponents named; 3-10 items."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register12 import build_sitting12
from .sample import Sample
from .scoring import score_register

KIND = "minutes12"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    return [build_sitting12(seed, workdir, KIND, rng.randint(3, 10), rng,
                            random.Random(f"v12:{seed}"))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
