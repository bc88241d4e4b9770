"""Kind "deliberation5": a deliberation extract with the families of
variants5.py (attendance tables and sentences, dates with decoys, act number
boxes and numbers after titles, votes by name or in a vertical table)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register5 import build_register5
from .sample import Sample
from .scoring import score_register

KIND = "deliberation5"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register5(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v5:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
