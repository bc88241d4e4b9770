"""Kind "deliberation8": a deliberation extract with the families of variants8.py
(intercommunal boards and OPH boards: members by commune, suppléants, proxies to
another commune's delegate, "Administrateurs présents" and "Assistaient également",
the session facts in a ruled box repeated in the page header, "Affaire n° 12" /
"Rapport n° 2025-12" / "2025-11-20/07" numbers, "Votes : Pour 25 – Contre 3 (…)",
"majorité absolue des suffrages exprimés", "Résultat du vote :" over a table)."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register8 import build_register8
from .sample import Sample
from .scoring import score_register

KIND = "deliberation8"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register8(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v8:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
