"""Conventions name their parties in the same "Il est convenu entre" block as avenants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


def _apostrophes(s: str) -> str:
    return s.replace("’", "'")


@pytest.mark.parametrize("name", ["call_convention_original", "call_convention_consolidated"])
def test_convention_parties_against_hand_gold(name):
    pdf, hand = CORPUS / "pdf" / f"{name}.pdf", CORPUS / "gold" / f"{name}.hand.json"
    if not pdf.exists() or not hand.exists():
        pytest.skip(f"{name} not in the corpus")
    gold = json.loads(hand.read_text())["parts"][0]["metadata"]
    conv = [p for p in split_parts(read_document(pdf), load_rules()) if p.kind == "convention"]
    assert len(conv) == 1
    got = [_apostrophes(x) for x in conv[0].metadata["parties"]]
    want = [_apostrophes(x) for x in gold["parties"]]
    # Same parties in the same order. Two names keep their legal form after a
    # comma ("…, établissement public …"): the name-end rule is the avenant's.
    assert len(got) == len(want)
    assert all(g == w or g.startswith(w + ",") for g, w in zip(got, want)), list(zip(got, want))
    assert conv[0].metadata["associated_partners"] == gold["partenaires_associes"]
