"""Corpus PDFs against gold by construction (sections) and hand gold (metadata, amendments)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
HAND = CORPUS / "gold" / "seed_deliberation_avenant01.hand.json"
NAMES = ["seed_deliberation_avenant01", "seed_deliberation_avenant01_b", "seed_avenant01_c"]


def _load(name):
    pdf, gold = CORPUS / "pdf" / f"{name}.pdf", CORPUS / "gold" / f"{name}.json"
    if not pdf.exists() or not gold.exists() or pdf.stat().st_size == 0:
        pytest.skip(f"{name} not in the corpus yet")
    return split_parts(read_document(pdf), load_rules()), json.loads(gold.read_text())


@pytest.mark.parametrize("name", NAMES)
def test_numbered_sections_and_parts(name):
    parts, gold = _load(name)
    assert [(p.kind, [p.first_page, p.last_page]) for p in parts] == [(g["kind"], g["pages"]) for g in gold["parts"]]
    want = [(s["number"], s["heading"], s["level"], s["page"]) for g in gold["parts"] for s in g["sections"] if s["number"]]
    got = [(s.number, s.heading, s.level, s.page) for p in parts for s in p.sections]
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_hand_gold_metadata_and_amendments(name):
    parts, _ = _load(name)
    hand = json.loads(HAND.read_text())["parts"]
    for p in parts:
        g = hand[p.kind]
        if p.kind == "deliberation":
            for key, value in g["metadata"].items():
                assert p.metadata.get(key) == value, key
        else:
            for key in ("number", "convention_number", "convention_signature_date"):
                assert p.metadata[key] == g["metadata"][key]
            want = [(a["target"].lower(), a["target_kind"], a["action"], a["placeholder"], a["section"],
                     a["new_heading"]) for a in g["amendments"]]
            got = [(a.target.lower(), a.target_kind, a.action, a.placeholder, a.section, a.new_heading)
                   for a in p.amendments]
            assert got == want
