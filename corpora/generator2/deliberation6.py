"""Kind "deliberation6": a deliberation extract with the families of
variants6.py (count lines, "NOM Prénom" lists, "représenté(e) par", dates with a
convocation decoy, "D-2025-045" / "N° 45/2025" numbers, "Objet :" on the next
line, votes with named opponents, NPPV tables)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register6 import build_register6
from .sample import Sample
from .scoring import score_register

KIND = "deliberation6"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register6(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v6:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
