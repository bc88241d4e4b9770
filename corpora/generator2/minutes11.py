"""Kind "minutes11": the procès-verbal of another body's session with the families of
variants11.py: an agenda table (N° | Objet | Rapporteur) before the items, withdrawn or
adjourned items (no vote, no deliberation), long items over pages under a running header
repeating the session, 3-11 items (12-22 a quarter of the time)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register11 import build_register11
from .sample import Sample
from .scoring import score_register

KIND = "minutes11"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    return [build_register11(seed, workdir, KIND, rng.randint(3, 10), rng,
                            random.Random(f"v11:{seed}"), single=False)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
