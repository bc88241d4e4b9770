"""Section levels from the family's level order (structure/tree.assign_levels)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import line  # noqa: E402

from convention_parser.structure.family import Family  # noqa: E402
from convention_parser.structure.headings import Heading  # noqa: E402
from convention_parser.structure.lines import BodyLine  # noqa: E402
from convention_parser.structure.tree import assign_levels  # noqa: E402


def _heads(specs):
    out = []
    for i, (kind, number) in enumerate(specs):
        bl = BodyLine(line(f"{kind} {number}"), f"{kind} {number}", 1, i, False, 12.0)
        out.append(Heading(kind, number, f"{kind} {number}", "", number.count(".") + 1, [bl]))
    return out


def test_kind_missing_from_the_level_order_ranks_after_it():
    # "chapitre" is not in this order: it nests under the titre, not beside it at level 1.
    fam = Family(name="t", kind="convention", data={})
    fam.level_order = ["titre", "article"]
    heads = _heads([("titre", "I"), ("chapitre", "1"), ("chapitre", "1.2"), ("titre", "II")])
    assert assign_levels(heads, fam) == [1, 2, 3, 1]


def test_fixed_level_kind_keeps_its_dotted_depth():
    fam = Family(name="t", kind="convention", data={})
    fam.level_order = ["article"]
    fam.fixed_levels = {"annexe": 1}
    heads = _heads([("article", "13"), ("annexe", "C"), ("annexe", "C.2")])
    assert assign_levels(heads, fam) == [1, 1, 2]
