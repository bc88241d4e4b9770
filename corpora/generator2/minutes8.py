"""Kind "minutes8": a session's minutes with the families of variants8.py; items
may stand under roman-numbered thematic parts, and a quarter of the sessions hold
15 to 22 items."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register8 import build_register8
from .sample import Sample
from .scoring import score_register

KIND = "minutes8"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    v8 = random.Random(f"v8:{seed}")
    n = rng.randint(3, 12)
    if random.Random(f"v8n:{seed}").random() < 0.25:
        n = random.Random(f"v8n:{seed}").randint(15, 22)
    return [build_register8(seed, workdir, KIND, n, rng, v8, single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
