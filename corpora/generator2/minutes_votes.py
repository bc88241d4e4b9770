"""Kind "minutes_votes": a session's minutes of the eighth family (register8.py, the item counts
of "minutes8") whose items' votes are told, most often, in the phrasings of vote_phrasings.py;
the votes' own stream is `votes:<seed>`."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register8 import build_register8
from .sample import Sample
from .scoring import score_register

KIND = "minutes_votes"


def build(seed: int, workdir: Path) -> list[Sample]:
    rng = random.Random(seed)
    n = rng.randint(3, 12)
    if random.Random(f"v8n:{seed}").random() < 0.25:
        n = random.Random(f"v8n:{seed}").randint(15, 22)
    return [build_register8(seed, workdir, KIND, n, rng, random.Random(f"v8:{seed}"), single=False,
                            votes=random.Random(f"votes:{seed}"))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
