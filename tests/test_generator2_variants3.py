"""generator2 kinds deliberation3 / minutes3 (variants3.py): deterministic,
gold consistent with what is printed, every family drawn, and the base kinds'
documents untouched by the new draws."""

import random
import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation, deliberation3, minutes3, variants3  # noqa: E402
from corpora.generator2.layout import draw_layout  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

KINDS = {"deliberation3": deliberation3, "minutes3": minutes3}


@pytest.mark.parametrize("kind,seed", [("deliberation3", 3), ("minutes3", 5), ("minutes3", 8)])
def test_same_seed_same_document(tmp_path, kind, seed):
    assert_seeded(KINDS[kind], seed, tmp_path)


def test_every_family_is_drawn():
    seen: dict[str, set] = {"number_family": set(), "date_style": set(), "president_style": set(),
                            "attendance": set(), "vote_style": set()}
    for seed in range(60):
        layout = variants3.apply_variants3(draw_layout(random.Random(seed)), random.Random(f"v3:{seed}"))
        for key in seen:
            seen[key].add(getattr(layout, key))
    assert set(variants3.NUMBER_FAMILIES3) <= seen["number_family"]
    assert set(variants3.DATE_STYLES3) <= seen["date_style"]
    assert set(variants3.PRESIDENT_STYLES3) <= seen["president_style"]
    assert set(variants3.ATTENDANCE3) <= seen["attendance"]
    assert set(variants3.VOTE_STYLES3) <= seen["vote_style"]


def test_gold_matches_the_printed_text(tmp_path):
    """Numbers, the present members and the vote counts of the gold are printed."""
    for kind, seeds in (("deliberation3", range(1, 6)), ("minutes3", range(1, 6))):
        for seed in seeds:
            sample = KINDS[kind].build(seed, tmp_path / kind)[0]
            text = docx_text(sample.docx)
            session = sample.gold["session"]
            for person in session["present"] or []:
                last = person.split()[-1]
                assert last in text, (kind, seed, person)
            for d in sample.gold["deliberations"]:
                assert d["number"] in text, (kind, seed, d["number"])
                for key in ("for", "against"):
                    if d["vote"][key] is not None:
                        assert str(d["vote"][key]) in text


def test_base_kinds_are_untouched(tmp_path):
    """The base kinds draw no variants: their layouts keep the base families."""
    for seed in (101, 202):
        gold = deliberation.build(seed, tmp_path)[0].gold
        assert gold["layout"]["attendance"] == "base" and gold["layout"]["vote_style"] == "base"
        assert gold["layout"]["number_family"] not in variants3.NUMBER_FAMILIES3


def test_short_minutes_are_minutes(tmp_path):
    """Some minutes3 hold one or two deliberations, still titled as minutes."""
    short = []
    for seed in range(30):
        sample = minutes3.build(seed, tmp_path / str(seed))[0]
        if len(sample.gold["deliberations"]) <= 2:
            short.append(docx_text(sample.docx))
    assert short
    assert all("EXTRAIT" not in t.upper() for t in short)
