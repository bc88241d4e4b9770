"""generator2's seventh family (kinds deliberation7 / minutes7, variants7.py): deterministic
for a seed, and its gold consistent by construction at every item (who sat when it was voted)."""

import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded, assert_sitting_consistent

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation7, minutes7  # noqa: E402

MODULES = {"deliberation7": deliberation7, "minutes7": minutes7}
SEEDS = [7100, 7101, 7102, 7103]


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_same_seed_same_document(tmp_path, kind):
    assert_seeded(MODULES[kind], SEEDS[0], tmp_path, other=SEEDS[1])


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_gold_is_consistent_at_every_item(tmp_path, kind):
    """Every member in one state at each vote, the chair present, proxies held by people present,
    and each count of a vote adding up to at most the voters."""
    for seed in SEEDS:
        gold = MODULES[kind].build(seed, tmp_path)[0].gold
        for d in gold["deliberations"]:
            assert_sitting_consistent(gold, d)
