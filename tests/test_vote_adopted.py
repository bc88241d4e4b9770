"""A bare adoption ("Le Conseil adopte.") is result "adopted" (CONTRACT.md); counts on both
sides make it a majority; a word of unanimity wins; an adoption with an object is no vote."""
import pytest

from convention_parser.rules import load_rules
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families

CFG = next(f for f in families(load_rules()) if f.name == "board_deliberation").section("deliberation")


@pytest.mark.parametrize("text, result, counts", [
    ("Après en avoir délibéré,\nLe Conseil adopte.", "adopted", (None, None, None)),
    ("ADOPTÉ", "adopted", (None, None, None)),
    ("La délibération est adoptée.", "adopted", (None, None, None)),
    ("Le Conseil municipal adopte.", "adopted", (None, None, None)),
    ("Pour : 52   Contre : 7   Abstentions : 2\nLe Conseil adopte.", "majority", (52, 7, 2)),
    ("Le Conseil adopte à l'unanimité.", "unanimity", (None, None, None)),
    ("Adopté à la majorité (3 contre).", "majority", (None, 3, None)),
    ("Le Conseil prend acte de cette communication.", None, (None, None, None)),
    # the verb with its object is the decision, not a vote statement
    ("Le Conseil adopte le compte administratif 2023 tel que présenté", None, (None, None, None)),
])
def test_bare_adoption(text, result, counts):
    vote = read_vote(text, CFG)
    assert vote.result == result
    assert (vote.for_, vote.against, vote.abstention) == counts
