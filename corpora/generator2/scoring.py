"""Scores a generator2 register sample (deliberation or minutes) with the
project's shared deliberation scorer."""

from __future__ import annotations

from .sample import Sample


def score_register(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    from convention_parser.evaluate.deliberations import score_document
    result = results.get(sample.name)
    if result is None:  # the PDF failed to parse: every gold deliberation is a miss
        result = {"parts": []}
    return score_document(result, sample.gold)
