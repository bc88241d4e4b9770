"""generator2 kinds deliberation4 / minutes4 (variants4.py): deterministic, gold consistent
with what is printed, every family drawn, and the older kinds untouched by the new draws."""

import random
import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation, deliberation4, minutes4, variants4  # noqa: E402
from corpora.generator2.layout import draw_layout  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

KINDS = {"deliberation4": deliberation4, "minutes4": minutes4}


@pytest.mark.parametrize("kind,seed", [("deliberation4", 3), ("minutes4", 5)])
def test_same_seed_same_document(tmp_path, kind, seed):
    assert_seeded(KINDS[kind], seed, tmp_path)


def test_every_family_is_drawn():
    seen: dict[str, set] = {k: set() for k in ("number_family", "date_style", "president_style",
                                               "name_style", "proxy_style", "vote_style", "summary")}
    for seed in range(80):
        layout = draw_layout(random.Random(seed))
        variants4.apply_variants4(layout, random.Random(f"v4:{seed}"), single=seed % 2 == 0)
        for key in seen:
            seen[key].add(getattr(layout, key))
    assert set(variants4.NUMBER_FAMILIES4) <= seen["number_family"]
    assert set(variants4.DATE_STYLES4) <= seen["date_style"]
    assert set(variants4.PRESIDENT_STYLES4) <= seen["president_style"]
    assert set(variants4.NAME_STYLES4) <= seen["name_style"]
    assert set(variants4.PROXY_STYLES4) <= seen["proxy_style"]
    assert set(variants4.VOTE_STYLES4) <= seen["vote_style"]
    assert seen["summary"] == {True, False}


def test_gold_matches_the_printed_text(tmp_path):
    """Numbers, present members' surnames and vote counts of the gold are printed."""
    for kind, seeds in (("deliberation4", range(1, 5)), ("minutes4", range(1, 5))):
        for seed in seeds:
            sample = KINDS[kind].build(seed, tmp_path / kind)[0]
            text = docx_text(sample.docx).replace("\u00ad", "").lower()
            for person in sample.gold["session"]["present"] or []:
                assert person.split()[-1].lower() in text, (kind, seed, person)
            for d in sample.gold["deliberations"]:
                assert d["number"].lower() in text, (kind, seed, d["number"])
                for key in ("for", "against", "abstention"):
                    if d["vote"][key] is not None:
                        assert str(d["vote"][key]) in text


def test_proxies_without_holder_have_none_in_the_gold(tmp_path):
    for seed in range(40):
        sample = deliberation4.build(seed, tmp_path)[0]
        if sample.gold["layout"]["proxy_style"] == "no_holder" and sample.gold["session"]["excused"]:
            assert all(e["proxy_to"] is None for e in sample.gold["session"]["excused"])
            return
    pytest.fail("no document without proxy holders drawn")


def test_older_kinds_are_untouched(tmp_path):
    """The base kinds draw no variants4 family."""
    for seed in (101, 202):
        layout = deliberation.build(seed, tmp_path)[0].gold["layout"]
        assert layout["name_style"] == "base" and not layout["summary"]
        assert layout["number_family"] not in variants4.NUMBER_FAMILIES4
