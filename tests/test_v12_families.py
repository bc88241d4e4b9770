"""generator2's twelfth family (kinds deliberation12 / minutes12 / recueil12, variants12.py):
deterministic for a seed, its gold consistent by construction, and the parser's reading of
pinned seeds (typeset by LibreOffice) against that gold:
- a Recueil des actes administratifs (recueil12-589061851, dev master 8220): a cover page and
  a sommaire, then one act a page under a running header naming the collection; its arrêtés
  and décisions by delegation are parts of kind "other" (administrative_act.toml), each
  deliberation a part of its own with its own sitting's date and attendance (two sittings),
  read under its own numbered title ("DEL_2025_085 – Vote des taux …", attendance after it),
  though every deliberation opens its page with the same title the furniture pass takes for a
  running header; a one-page arrêté ended by "Fait à …, le …" before a deliberation is no
  cover page of it;
- a short recueil of one deliberation (deliberation12-1614808082, master 8220): its number
  "DEL_2024_033" run into the bold lines above "Objet :";
- a recueil with no running header (recueil12-850942471, deliberation12-1652231554; master
  8224): the deliberations' titles the furniture pass took for an odd pages' header are their
  content, and its cover ("RECUEIL DES ACTES ADMINISTRATIFS", "N° 2020-10") joins no act;
  deliberations one a page in a row under the same title (recueil12-1635346041,
  recueil12-741224832; masters 8223, 8224): a title after a page that closed a deliberation
  is content, with the "Séance du …" line under it, and a deliberation read as a lone item
  takes the attendance under its numbered title;
- an extract numbered "DCM 2016/014" alone over "Objet :" (deliberation12-2112395255, master 8222);
- minutes whose front page lists the items with their outcomes (N° | Objet | Décision,
  "Adopté à la majorité" in each row): the items are the ones printed with their bodies, not
  the table's rows (minutes12-237787248, master 8221)."""

import sys
from pathlib import Path

import pytest
from fixtures.generators import assert_seeded, assert_sitting_consistent

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation12, minutes12, office, recueil12  # noqa: E402
from corpora.generator2.register import docx_text  # noqa: E402

from convention_parser.evaluate.deliberations import (deliberation_parts, name_key,  # noqa: E402
                                                      number_key, pair)
from convention_parser.pipeline import parse_pdf  # noqa: E402

MODULES = {"deliberation12": deliberation12, "minutes12": minutes12, "recueil12": recueil12}
SEEDS = [8220, 8221, 8222, 8223]


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_same_seed_same_document(tmp_path, kind):
    assert_seeded(MODULES[kind], SEEDS[0], tmp_path, other=SEEDS[1])


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_gold_is_consistent(tmp_path, kind):
    """Every member in one state, the chair present, proxies held by people present, a vote's
    counts adding up to at most the voters, every number and subject printed."""
    for seed in SEEDS:
        sample = MODULES[kind].build(seed, tmp_path)[0]
        gold, text = sample.gold, docx_text(sample.docx)
        assert gold["deliberations"]
        for d in gold["deliberations"]:
            assert_sitting_consistent(gold, d)
            assert d["number"] in text and d["subject"] in text


needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


def _parsed(tmp_path: Path, kind: str, seed: int):
    """(gold deliberations with their sessions, paired parsed metadata, every part, layout)."""
    sample = MODULES[kind].build(seed, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path / "pdf")
    result = parse_pdf(tmp_path / "pdf" / sample.pdf_name).to_dict()
    parts = deliberation_parts(result)
    shared = sample.gold.get("session") or {}
    golds = [{**d, "session": {**shared, **(d.get("session") or {})}} for d in sample.gold["deliberations"]]
    pairs = pair(golds, parts)
    metas = [(parts[pairs[k]]["metadata"] if k in pairs else {}) for k in range(len(golds))]
    return golds, metas, result["parts"], sample.gold["layout"]


def _names(values) -> set:
    return {name_key(v) for v in values or []}


def _excused(entries) -> set:
    return {(name_key(e["name"]), name_key(e["proxy_to"])) for e in entries or []}


@needs_office
def test_a_recueil_des_actes_administratifs(tmp_path):
    golds, metas, parts, layout = _parsed(tmp_path, "recueil12", 589061851)
    assert layout["sittings12"] == 2 and len({g["session"]["date"] for g in golds}) == 2
    # one part per deliberation, none for the arrêtés and décisions
    assert len(deliberation_parts({"parts": parts})) == len(golds) == 5
    acts = [p for p in parts if p["kind"] == "other" and p["pages"][0] > 2]
    assert len(acts) == layout["other_acts12"]
    for g, m in zip(golds, metas):
        assert number_key(m.get("number")) == number_key(g["number"])
        assert m.get("session_date") == g["session"]["date"]
        assert _names(m.get("present")) == _names(g["session"]["present"])
        assert _excused(m.get("excused")) == _excused(g["session"]["excused"])
        assert _names(m.get("absent")) == _names(g["session"]["absent"])


@needs_office
@pytest.mark.parametrize("kind, seed", [("recueil12", 850942471), ("deliberation12", 1652231554)])
def test_a_recueil_without_running_header(tmp_path, kind, seed):
    """No running header names the collection: each deliberation's title atop its first
    page (every other page) is its content, not an odd pages' header; the cover's "N° 2020-10"
    is the collection's number, no deliberation's."""
    golds, metas, parts, layout = _parsed(tmp_path, kind, seed)
    assert layout["running12"] is False and layout["recueil12"]
    assert len(deliberation_parts({"parts": parts})) == len(golds)
    assert parts[0]["kind"] == "other" and parts[0]["pages"] == [1, 2]
    for g, m in zip(golds, metas):
        assert number_key(m.get("number")) == number_key(g["number"])
        assert m.get("session_date") == g["session"]["date"]
        assert _names(m.get("present")) == _names(g["session"]["present"])
        assert _excused(m.get("excused")) == _excused(g["session"]["excused"])


@needs_office
@pytest.mark.parametrize("seed", [1635346041, 741224832])
def test_one_deliberation_a_page_titled_alike_without_running_header(tmp_path, seed):
    """Deliberations one or two pages each, every one under the same title and its sitting's
    date, pages in a row, no running header: a title on a page after one that closed a
    deliberation ("Pour extrait conforme", a signature) is content with the header lines
    under it ("Séance du …": a subject naming "convention pluriannuelle" on the title's next
    line makes no convention of it); a deliberation read as a lone item of minutes takes the
    attendance printed under its numbered title."""
    golds, metas, parts, layout = _parsed(tmp_path, "recueil12", seed)
    assert layout["running12"] is False
    assert [p["kind"] for p in parts].count("convention") == 0
    assert len(deliberation_parts({"parts": parts})) == len(golds)
    for g, m in zip(golds, metas):
        assert number_key(m.get("number")) == number_key(g["number"])
        assert m.get("session_date") == g["session"]["date"]
        assert _names(m.get("present")) == _names(g["session"]["present"])
        assert _excused(m.get("excused")) == _excused(g["session"]["excused"])
        assert _names(m.get("absent")) == _names(g["session"]["absent"])


@needs_office
@pytest.mark.parametrize("seed", [1614808082, 2112395255])
def test_extract_numbers_over_objet(tmp_path, seed):
    golds, metas, _, _ = _parsed(tmp_path, "deliberation12", seed)
    assert number_key(metas[0].get("number")) == number_key(golds[0]["number"])
    assert metas[0].get("session_date") == golds[0]["session"]["date"]
    assert _names(metas[0].get("present")) == _names(golds[0]["session"]["present"])


@needs_office
def test_minutes_with_a_table_of_outcomes_up_front(tmp_path):
    golds, metas, parts, layout = _parsed(tmp_path, "minutes12", 237787248)
    assert layout["outcomes12"] != "none"
    assert len(deliberation_parts({"parts": parts})) == len(golds) == 6
    assert [number_key(m.get("number")) for m in metas] == [number_key(g["number"]) for g in golds]
    assert [m.get("subject") for m in metas] == [g["subject"] for g in golds]
    assert [m.get("vote") for m in metas] == [g["vote"] for g in golds]
