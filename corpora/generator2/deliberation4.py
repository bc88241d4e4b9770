"""Kind "deliberation4": a deliberation extract (as kind "deliberation") with
the families of variants4.py drawn on top (numbering, dates, chair, name styles,
proxies, count block, votes)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import build_register, locate_pages
from .sample import Sample
from .scoring import score_register

KIND = "deliberation4"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    return [build_register(seed, workdir, KIND, 1, rng, variants4_rng=random.Random(f"v4:{seed}"))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
