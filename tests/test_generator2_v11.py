"""generator2's eleventh family (kinds deliberation11 / minutes11, variants11.py): deterministic
for a seed, its gold consistent by construction, and the parser's reading of pinned seeds
(typeset by LibreOffice) against that gold:
- "Décision n° 2025-012" opens an item as "Délibération n°" does (items.labels), in an extract
  and in minutes (deliberation11-2101941718, minutes11-203662244; dev masters 8067, 8057);
- "Excusés ayant donné pouvoir :" over bare names one a line, their holders in a "Pouvoirs"
  table (Pouvoir de | À) printed apart: every one of them excused, with the holder the table
  gives (deliberation11-2101941718)."""

import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation11, minutes11, office  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

from convention_parser.evaluate.deliberations import deliberation_parts, name_key, number_key, pair  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402

MODULES = {"deliberation11": deliberation11, "minutes11": minutes11}
SEEDS = [8050, 8051, 8052, 8053, 8054, 8055]


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_same_seed_same_document(tmp_path, kind):
    assert_seeded(MODULES[kind], SEEDS[0], tmp_path, other=SEEDS[1])


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_gold_is_consistent(tmp_path, kind):
    """Every member in one state, the chair present, proxies held by people present, a vote's
    counts adding up to at most the voters, every number printed, withdrawn items out."""
    for seed in SEEDS:
        sample = MODULES[kind].build(seed, tmp_path)[0]
        gold, text = sample.gold, docx_text(sample.docx)
        s = gold["session"]
        present = s["present"]
        names = present + [e["name"] for e in s["excused"]] + s["absent"]
        assert len(names) == len(set(names))
        assert s["president"] in present
        assert all(e["proxy_to"] in present for e in s["excused"] if e["proxy_to"])
        voters = len(present) + sum(1 for e in s["excused"] if e["proxy_to"])
        for d in gold["deliberations"]:
            vote = d["vote"]
            assert sum(vote[k] or 0 for k in ("for", "against", "abstention")) <= voters
            assert d["number"] in text
        if kind == "minutes11":
            assert text.count("ordre du jour") + text.count("reporté") >= gold["layout"]["withdrawn11"]


def _parsed(tmp_path: Path, kind: str, seed: int) -> tuple[list[dict], list[dict]]:
    """(gold deliberations, paired parsed metadata) of one pinned document."""
    sample = MODULES[kind].build(seed, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path / "pdf")
    parts = deliberation_parts(parse_pdf(tmp_path / "pdf" / sample.pdf_name).to_dict())
    shared = sample.gold.get("session") or {}
    golds = [{**d, "session": {**shared, **(d.get("session") or {})}} for d in sample.gold["deliberations"]]
    pairs = pair(golds, parts)
    return golds, [(parts[pairs[k]]["metadata"] if k in pairs else {}) for k in range(len(golds))]


def _excused(entries: list[dict]) -> set:
    return {(name_key(e["name"]), name_key(e["proxy_to"])) for e in entries or []}


needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


@needs_office
def test_decision_numbers_and_a_proxies_table_apart(tmp_path):
    golds, metas = _parsed(tmp_path, "deliberation11", 2101941718)
    assert golds[0]["number"].count("-") == 1 and "Décision n°" not in golds[0]["number"]
    assert number_key(metas[0].get("number")) == number_key(golds[0]["number"])
    assert metas[0].get("subject") == golds[0]["subject"]
    excused = golds[0]["session"]["excused"]
    assert sum(1 for e in excused if e["proxy_to"]) >= 1
    assert _excused(metas[0].get("excused")) == _excused(excused)


@needs_office
def test_minutes_numbered_by_decision(tmp_path):
    golds, metas = _parsed(tmp_path, "minutes11", 203662244)
    assert len(golds) == 3
    assert [number_key(m.get("number")) for m in metas] == [number_key(g["number"]) for g in golds]
