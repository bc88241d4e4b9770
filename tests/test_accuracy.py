"""Accuracy regression guard: no score may fall below the committed ones.

`corpora/scores.json` (and the held-out corpus' `corpora/heldout/scores.json`)
hold the last scores written by `convention-parser evaluate --out`. This test
re-scores the corpus and fails when any field's precision or recall drops by
more than the tolerance. After an improvement, re-run the command below and
commit the new files, so that the improvement is protected too:

    convention-parser evaluate corpora --out corpora/scores.json --markdown corpora/SCORES.md
"""

import json
from pathlib import Path

import pytest

from conftest import CORPORA
from convention_parser.evaluate import run_evaluation

TOLERANCE = 0.005
CORPUS_DIRS = [CORPORA, CORPORA / "heldout"]


def _regressions(committed: dict, current: dict) -> list[str]:
    out = []
    for name, old in committed["fields"].items():
        new = current["fields"].get(name)
        if new is None:
            out.append(f"{name}: no longer scored")
            continue
        for metric in ("precision", "recall"):
            if old.get(metric) is not None and new.get(metric) is not None:
                if new[metric] < old[metric] - TOLERANCE:
                    out.append(f"{name}.{metric}: {old[metric]:.3f} -> {new[metric]:.3f}")
    return out


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda p: p.name)
def test_no_score_regression(corpus: Path):
    committed_path = corpus / "scores.json"
    if not committed_path.exists():
        pytest.skip(f"no committed scores in {corpus}")
    committed = json.loads(committed_path.read_text(encoding="utf-8"))
    current = run_evaluation(corpus).to_dict()
    assert _regressions(committed, current) == []


def test_regression_check_detects_a_drop():
    committed = {"fields": {"amounts.value": {"precision": 1.0, "recall": 0.99},
                            "entities.curated": {"precision": None, "recall": 0.9}}}
    same = {"fields": {"amounts.value": {"precision": 1.0, "recall": 0.99},
                       "entities.curated": {"precision": None, "recall": 0.95}}}
    worse = {"fields": {"amounts.value": {"precision": 0.97, "recall": 0.99}}}
    assert _regressions(committed, same) == []
    assert _regressions(committed, worse) == ["amounts.value.precision: 1.000 -> 0.970",
                                              "entities.curated: no longer scored"]
