"""Kind "deliberation9": a deliberation extract with the families of variants9.py
(attendance as one table of every member with P / E / A / PV codes or ticks under
Présent / Excusé / Absent, count blocks, "Séance du 15/03/2024 à 18 h 30" and dates in
a head table, "2024-DCM-045" / "D2024_117" / "CM20240315-07" / "Délibération n° 24/112",
"Votants : 38 | Exprimés : 36 | Pour : 30 …", "ADOPTE par 30 voix pour, 6 contre")."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register9 import build_register9
from .sample import Sample
from .scoring import score_register

KIND = "deliberation9"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register9(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v9:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
