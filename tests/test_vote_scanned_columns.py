"""Votes of summary minutes whose vote sits in a column beside the item (a scan read by rows):
the colon of "Pour : 55" set lower than its label lands on a row of its own under the count
("DELAFOSSE Pour 55" / ":"); a count printed alone ("Pour : 57", no side against nor
abstaining) is a unanimity of the votes cast; a count the row read into the title's last line
("… Attribution de subventions Pour 57") is no part of the subject."""

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families
from convention_parser.structure.items import split_vote

CFG = next(f for f in families(load_rules()) if f.name == "council_minutes").section("deliberation")


@pytest.mark.parametrize("text, result, counts", [
    ("DELAFOSSE Pour 55\n:\nAdopté à l'unanimité", "unanimity", (55, None, None)),
    ("BONIFACE- Pour 57\n:\nPASCAL\nAdopté à l'unanimité", "unanimity", (57, None, None)),
    ("FLEURENCE Pour 45\n:\nContre 11\n:\nAdopté à la majorité", "majority", (45, 11, None)),
    ("DELAFOSSE Pour 55\n:", "unanimity", (55, None, None)),
    ("Pour : 57", "unanimity", (57, None, None)),
    # a side against printed, its count unread: no unanimity
    ("Pour : 40\nContre : M. Roumégas", "majority", (40, 1, None)),
    ("Pour : 40 Abstentions : le groupe EELV", None, (40, None, None)),
])
def test_counts_of_a_vote_column_read_by_rows(text, result, counts):
    vote = read_vote(text, CFG)
    assert (vote.for_, vote.against, vote.abstention) == counts
    assert vote.result == result


@pytest.mark.parametrize("title, subject, vote", [
    ("Opération programmée d'amélioration de l'habitat Attribution de subventions Pour 57",
     "Opération programmée d'amélioration de l'habitat Attribution de subventions", "Pour 57"),
    ("Garantie d'emprunt - Adopté à l'unanimité", "Garantie d'emprunt", "Adopté à l'unanimité"),
    ("Subventions aux associations pour 2025", "Subventions aux associations pour 2025", ""),
])
def test_a_count_at_the_end_of_an_items_title(title, subject, vote):
    got = split_vote(title)
    assert (got[0].strip(), got[1].strip(" –—-:")) == (subject, vote)
