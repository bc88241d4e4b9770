"""generator2's eleventh family (kinds deliberation11 / minutes11, variants11.py): deterministic
for a seed, its gold consistent by construction, and the parser's reading of pinned seeds
(typeset by LibreOffice) against that gold:
- "Décision n° 2025-012" opens an item as "Délibération n°" does (items.labels), in an extract
  and in minutes (deliberation11-2101941718, minutes11-203662244; dev masters 8067, 8057);
- an item withdrawn or put off ("Ce point est retiré de l'ordre du jour.", "… reporté à une
  séance ultérieure.") that decides nothing is no deliberation: a part of kind "other"
  (minutes11-203662244, two of its five items);
- "Excusés ayant donné pouvoir :" over bare names one a line, their holders in a "Pouvoirs"
  table (Pouvoir de | À) printed apart: every one of them excused, with the holder the table
  gives (deliberation11-2101941718);
- attendance as a ruled table of state columns (Présents | Excusés ayant donné pouvoir |
  Excusés | Absents), names wrapped and justified in their narrow cells, the Pouvoirs table
  right under it (deliberation11-1102281284, dev master 8063);
- an OPH board's "Administrateurs présents avec voix délibérative :" over its collèges' rows,
  "Administrateurs représentés :" alone over its givers (excused, not absent: the board's
  unlabelled names after a proxies list are absent) (deliberation11-410905141, master 8061);
- a list that fills its line ends at a label alone on the next ("Assistaient avec voix
  consultative :", no member) (deliberation11-1190073421, master 8058);
- a label cell wrapped in a session table ("Nombre de membres du bureau" / "présents" | 5):
  its second line is no "Présents" label (deliberation11-247381702, master 8050);
- an extract's number "Délibération n° 2014_DEL_014" (groups joined by "_") or "Point 25" alone
  over "Objet :" (deliberation11-1246532841, deliberation11-1421785363; masters 8053, 8054);
- the agenda's title in bold ("ORDRE DU JOUR") under "Pouvoir de X à Y" lines is no member
  absent (minutes11-387076156, master 8054)."""

import sys
from pathlib import Path
from typing import Optional

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


def _parsed(tmp_path: Path, kind: str, seed: int, every: Optional[list] = None) -> tuple[list[dict], list[dict]]:
    """(gold deliberations, paired parsed metadata) of one pinned document; ``every`` gets
    every part parsed."""
    sample = MODULES[kind].build(seed, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path / "pdf")
    result = parse_pdf(tmp_path / "pdf" / sample.pdf_name).to_dict()
    if every is not None:
        every.extend(result["parts"])
    parts = deliberation_parts(result)
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
    every: list[dict] = []
    golds, metas = _parsed(tmp_path, "minutes11", 203662244, every)
    assert len(golds) == 3
    assert [number_key(m.get("number")) for m in metas] == [number_key(g["number"]) for g in golds]
    # its two items withdrawn or put off ("Ce point est retiré de l'ordre du jour.") decide
    # nothing: parts of their own, no deliberations
    assert len(deliberation_parts({"parts": every})) == 3
    sample = minutes11.build(203662244, tmp_path / "again")[0]
    agenda = [g["subject"] for g in sample.gold["deliberations"]]
    others = [p["title"] for p in every if p["kind"] == "other"]
    assert len(others) == 2 and not set(others) & set(agenda)


def _names(values) -> set:
    return {name_key(v) for v in values or []}


@needs_office
@pytest.mark.parametrize("seed", [1102281284, 410905141, 1190073421, 247381702])
def test_attendance_of_other_bodies(tmp_path, seed):
    golds, metas = _parsed(tmp_path, "deliberation11", seed)
    session = golds[0]["session"]
    assert len(session["present"]) >= 3 and session["excused"]
    assert _names(metas[0].get("present")) == _names(session["present"])
    assert _excused(metas[0].get("excused")) == _excused(session["excused"])
    assert _names(metas[0].get("absent")) == _names(session["absent"])


@needs_office
@pytest.mark.parametrize("seed", [1246532841, 1421785363])
def test_extract_numbers_over_objet(tmp_path, seed):
    golds, metas = _parsed(tmp_path, "deliberation11", seed)
    assert golds[0]["number"]
    assert number_key(metas[0].get("number")) == number_key(golds[0]["number"])


@needs_office
def test_a_bold_title_under_proxy_lines_is_nobody(tmp_path):
    golds, metas = _parsed(tmp_path, "minutes11", 387076156)
    assert golds[0]["session"]["absent"] == []
    assert all(_names(m.get("absent")) == set() for m in metas)
    assert all(_excused(m.get("excused")) == _excused(golds[0]["session"]["excused"]) for m in metas)
