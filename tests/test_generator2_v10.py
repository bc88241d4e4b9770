"""generator2's tenth family (kinds deliberation10 / minutes10, variants10.py): deterministic
for a seed, and its gold consistent by construction at every item (who sat when it was voted)."""

import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded, assert_sitting_consistent

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation10, minutes10  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

MODULES = {"deliberation10": deliberation10, "minutes10": minutes10}
SEEDS = [7900, 7901, 7902, 7903, 7904, 7905]


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_same_seed_same_document(tmp_path, kind):
    assert_seeded(MODULES[kind], SEEDS[0], tmp_path, other=SEEDS[1])


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_gold_is_consistent_at_every_item(tmp_path, kind):
    """Every member in one state at each vote, the chair present, proxies held by people present,
    each count of a vote adding up to at most the voters, every number printed."""
    for seed in SEEDS:
        sample = MODULES[kind].build(seed, tmp_path)[0]
        gold, text = sample.gold, docx_text(sample.docx)
        for d in gold["deliberations"]:
            assert_sitting_consistent(gold, d)
            assert d["number"] in text
