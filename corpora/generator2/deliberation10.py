"""Kind "deliberation10": a deliberation extract with the families of variants10.py
(session box or count table, attendance by political group or one member a line with
the function, particles, thematic numbers "FIN-2025-014" / "URB/03" / "n° 12-2025",
votes by group or by name lists, "Mis aux voix … par 27 voix contre 4", the act's
number in the running header, the receipt in the footer, "Certifié exécutoire")."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register10 import build_register10
from .sample import Sample
from .scoring import score_register

KIND = "deliberation10"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register10(seed, workdir, KIND, 1, random.Random(seed),
                            random.Random(f"v10:{seed}"), single=True)]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
