"""Kind "deliberation12": a deliberation extract with the families of variants12.py
(attendance counted under the item, votes told in the text with the opponents named), a
third of the time printed inside a short Recueil des actes administratifs beside arrêtés
and décisions (cover, sommaire with page numbers, one act a page)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register12 import build_sitting12
from .sample import Sample
from .scoring import score_register

KIND = "deliberation12"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_sitting12(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v12:{seed}"))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
