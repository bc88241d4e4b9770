"""Kind "deliberation7": a deliberation extract with the families of variants7.py
(roll-call tables with surname / first name / office columns, "M. le Maire, Mmes et
MM. les Adjoints : …", lists side by side or in one paragraph, a deputy in the chair,
"2025-03-014" / "DCM n° 25/014" numbers, the act's number in the page furniture,
"Votes : Pour 27 – Contre 2 (…)", "DÉCIDE à la majorité (…)")."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register7 import build_register7
from .sample import Sample
from .scoring import score_register

KIND = "deliberation7"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register7(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v7:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
