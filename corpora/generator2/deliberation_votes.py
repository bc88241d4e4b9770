"""Kind "deliberation_votes": a deliberation extract of the eighth family (register8.py) whose
vote is told, most often, in one of the phrasings of vote_phrasings.py (secret ballots, counts in
words, "à l'unanimité moins une abstention", members not taking part named in the counts' sentence
or after a unanimity, "par 26 voix pour et 4 abstentions"). The draws of the eighth family are
those of "deliberation8" for the same seed; the votes' own stream is `votes:<seed>`."""

from __future__ import annotations

import random
from pathlib import Path

from .register import locate_pages
from .register8 import build_register8
from .sample import Sample
from .scoring import score_register

KIND = "deliberation_votes"


def build(seed: int, workdir: Path) -> list[Sample]:
    return [build_register8(seed, workdir, KIND, 1, random.Random(seed), random.Random(f"v8:{seed}"),
                            single=True, votes=random.Random(f"votes:{seed}"))]


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    return score_register(results, sample)


def locate(sample: Sample, pdf: Path) -> None:
    locate_pages(sample, pdf)
