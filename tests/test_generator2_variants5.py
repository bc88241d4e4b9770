"""generator2 kinds deliberation5 / minutes5 (variants5.py): deterministic, gold consistent
with what is printed, every family drawn, and the older kinds untouched by the new draws."""

import random
import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation4, deliberation5, minutes5, variants5  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

KINDS = {"deliberation5": deliberation5, "minutes5": minutes5}


@pytest.mark.parametrize("kind,seed", [("deliberation5", 3), ("minutes5", 5)])
def test_same_seed_same_document(tmp_path, kind, seed):
    assert_seeded(KINDS[kind], seed, tmp_path)


def test_every_family_is_drawn():
    fields = {"attendance5": variants5.ATTENDANCE5, "proxy_style5": variants5.PROXY_STYLES5,
              "date_style5": variants5.DATE_STYLES5, "number_family5": variants5.NUMBER_FAMILIES5,
              "theme_style5": variants5.THEME_STYLES5, "agenda5": variants5.AGENDA_STYLES5,
              "vote_style5": variants5.VOTE_STYLES5, "page5": variants5.PAGE_STYLES5}
    seen: dict[str, set] = {k: set() for k in fields}
    for seed in range(120):
        v = variants5.draw_variants5(random.Random(f"v5:{seed}"), single=seed % 2 == 0)
        for key in seen:
            seen[key].add(getattr(v, key))
    for key, family in fields.items():
        assert set(family) <= seen[key], key


def test_gold_matches_the_printed_text(tmp_path):
    """Numbers, present members' surnames, counts and vote counts of the gold are printed;
    a count sentence prints no proxy holder and its gold names none."""
    for kind, seeds in (("deliberation5", range(1, 6)), ("minutes5", range(1, 6))):
        for seed in seeds:
            sample = KINDS[kind].build(seed, tmp_path / kind)[0]
            text = docx_text(sample.docx).lower()
            session = sample.gold["session"]
            for person in session["present"] or []:
                assert person.split()[-1].lower() in text, (kind, seed, person)
            if session["present_count"] is not None:
                assert str(session["present_count"]) in text
            if sample.gold["layout"]["attendance5"] == "count_sentence":
                assert all(e["proxy_to"] is None for e in session["excused"])
            for d in sample.gold["deliberations"]:
                assert d["number"].lower() in text, (kind, seed, d["number"])
                for key in ("for", "against", "abstention"):
                    if d["vote"][key] is not None and sample.gold["layout"]["vote_style5"] not in ("by_name", "unanimity_names"):
                        assert str(d["vote"][key]) in text


def test_older_kinds_are_untouched(tmp_path):
    """The v4 kind draws no variants5 family and its gold carries none of its keys."""
    layout = deliberation4.build(7, tmp_path)[0].gold["layout"]
    assert not any(k.endswith("5") for k in layout)
