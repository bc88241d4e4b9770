"""Kind "deliberation13": one deliberation extract typeset as a web application prints it
(HTML + CSS printed by headless Chromium; web13.py draws every layout choice)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .sample import Sample
from .scoring import score_register
from .web13 import build13

KIND = "deliberation13"
TYPESET = "chromium"   # fresh.py prints this kind's HTML with chromium.py, not LibreOffice


def build(seed: int, workdir: Path, attend13: str | None = None) -> list[Sample]:
    return [build13(seed, workdir, KIND, 1, random.Random(seed), attend13)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
