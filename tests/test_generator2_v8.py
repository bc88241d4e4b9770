"""generator2's eighth family (kinds deliberation8 / minutes8, variants8.py): deterministic
for a seed, and its gold consistent by construction at every item (who sat when it was voted)."""

import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded, assert_sitting_consistent

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation8, minutes8  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

MODULES = {"deliberation8": deliberation8, "minutes8": minutes8}
SEEDS = [7300, 7301, 7302, 7303]


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


def test_suppleants_and_staff_by_construction(tmp_path):
    """A suppléant sits (present), the titulaire he replaces is excused without proxy;
    staff attending without a vote are no member."""
    seen_sub = seen_staff = False
    for seed in range(7300, 7312):
        sample = minutes8.build(seed, tmp_path)[0]
        text = docx_text(sample.docx)
        s = sample.gold["session"]
        excused = {e["name"]: e["proxy_to"] for e in s["excused"]}
        for line in text.split("\n"):
            if "suppléant" in line:
                seen_sub = True
                assert any(n in excused and excused[n] is None
                           for n in excused if n.split()[-1] in line)
            if line.startswith("Assistaient également"):
                seen_staff = True
                assert not any(p.split()[-1] in line and p.split()[0] in line
                               for p in s["present"])
    assert seen_sub and seen_staff
