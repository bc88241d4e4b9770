"""A single deliberation whose header reports the secretary's election "à l'unanimité": that
is no vote of the decision (rule deliberation.vote_skip). Seen on generator2's seventh family
(dev seeds 7201, 7205: rejected or majority decisions read as unanimous). Documents built for
the test (no PDF); gold by hand."""

from __future__ import annotations

import pytest

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts


def _vote(secretary: str, decision: str) -> dict:
    specs = [
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "bold": True},
        {"text": "Séance du 12 juin 2013", "gap": 6.0},
        {"text": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc MARTIN.", "gap": 6.0},
        {"text": secretary, "gap": 6.0},
        {"text": "DCM n° 13/070 – Garantie d'emprunt accordée à SIA Habitat", "bold": True, "gap": 8.0},
        {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
        {"text": "Après en avoir délibéré, le Conseil municipal décide d'approuver les dispositions", "gap": 6.0},
        {"text": "exposées ci-dessus."},
        {"text": decision, "gap": 6.0}]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    return parts[0].metadata["vote"]


@pytest.mark.parametrize("secretary", ["Mme Karine ANDRÉ a été élue secrétaire de séance à l'unanimité.",
                                       "M. Luc MARTIN est désigné secrétaire de séance à l'unanimité."])
@pytest.mark.parametrize("decision, result, counts", [
    ("La proposition est rejetée par 26 voix contre, 14 voix pour et 2 abstentions.", "rejected", (14, 26, 2)),
    ("Le Conseil DÉCIDE à la majorité (3 voix pour, 3 voix contre) :", "majority", (3, 3, None))])
def test_the_secretarys_election_is_no_vote_of_the_decision(secretary, decision, result, counts):
    vote = _vote(secretary, decision)
    assert (vote["result"], vote["for"], vote["against"], vote["abstention"]) == (result, *counts)
