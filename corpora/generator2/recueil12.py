"""Kind "recueil12": a Recueil des actes administratifs (variants12.py): a cover page, a
sommaire with page numbers, then one act a page: délibérations of one to three sittings
(each with its own session head, counts, attendance and vote), arrêtés and décisions of the
Maire or the Président (their dates no session date, no deliberation)."""

from __future__ import annotations

import random
from pathlib import Path

from .layout import draw_layout
from .register import locate_pages
from .register12 import build_recueil12
from .sample import Sample
from .scoring import score_register
from .variants12 import draw_variants12

KIND = "recueil12"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    v12 = random.Random(f"v12:{seed}")
    layout = draw_layout(rng)
    v = draw_variants12(v12, KIND)
    return [build_recueil12(seed, workdir, KIND, rng, v12, v, layout, n_delibs=rng.randint(2, 5))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
