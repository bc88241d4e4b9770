"""generator2 convention triples: the drafting variants of issue 12 (conv_variants)
are drawn from the seed and their gold follows by construction (no LibreOffice)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import conv_variants, convention  # noqa: E402
from corpora.generator2.conv_content import FAMILY_PHRASE  # noqa: E402


def _seed_with(**want) -> int:
    return next(s for s in range(1, 400) if all(conv_variants.draw(s)[k] == v for k, v in want.items()))


def _text(sample) -> str:
    import docx
    return "\n".join(p.text for p in docx.Document(str(sample.docx)).paragraphs)


def test_a_family_table_is_rewritten_by_its_own_instruction(tmp_path):
    seed = _seed_with(op_by_family=True)
    signed, avenant, consolidated = convention.build(seed, tmp_path, "full")
    text = _text(avenant)
    changes = consolidated.gold["changes"]["changes"]
    families = [c["target"] for c in changes if c["type"] == "table_modified" and c["target"].startswith("Opérations «")]
    assert families
    for title in families:
        phrase = title[len("Opérations « "):-2]
        assert phrase in FAMILY_PHRASE.values()
        assert f"Les opérations « {phrase} » sont modifiées et désormais présentées comme suit :" in text
    am = [a for a in avenant.gold["parts"][0]["amendments"] if a["target"] == "8.1"]
    assert len(am) == len(families) and all(a["action"] == "replace" for a in am)


def test_article_8_amended_by_nested_instructions(tmp_path):
    seed = _seed_with(op_by_family=False, nest_8=True, rewrite_82=False)
    signed, avenant, consolidated = convention.build(seed, tmp_path, "full")
    text = _text(avenant)
    assert "Modification de l'article 8 du titre III « Les opérations programmées" in text
    am = {(a["target"], a["action"]) for a in avenant.gold["parts"][0]["amendments"]}
    assert ("8.1", "replace") in am
    if "8.2" in [x["number"] for x in signed.gold["parts"][0]["sections"]]:
        assert ("8.2", "unchanged") in am and "L'article 8.2 « Le calendrier opérationnel » : Sans objet" in text
    assert not any(c["target"] == "Article 8.2" for c in consolidated.gold["changes"]["changes"])


def test_operation_tables_without_idtop(tmp_path):
    # (the "full" column set keeps its IDTOP: the variant drops it from the others)
    for seed in (s for s in range(1, 400) if not conv_variants.draw(s)["idtop_column"]):
        signed, _, _ = convention.build(seed, tmp_path / str(seed), "full")
        if signed.gold["wording"]["op_columns"] != "full":
            break
    tables = [t for t in signed.gold["parts"][0]["tables"] if "opérations cofinancées" in t["title"]
              or t["title"].startswith("Opérations «")]
    assert tables
    for t in tables:
        assert not any("IDTOP" in h for row in t["header"] for h in row)
        assert not any(c.startswith("C0") and "-" in c for row in t["rows"] for c in row[:1])


def test_a_new_bailleur_carrying_a_new_operation_is_a_party_added(tmp_path):
    for seed in range(1, 60):
        signed, avenant, consolidated = convention.build(seed, tmp_path / str(seed), "full")
        added = [c for c in consolidated.gold["changes"]["changes"] if c["type"] == "party_added"]
        if added and "association" not in added[0]["target"].lower() and not any(
                w in added[0]["target"] for w in ("Jardins", "Ferme", "Récup", "Atelier", "Compagnons")):
            name = added[0]["target"]
            assert name in avenant.gold["parts"][0]["metadata"]["parties"]
            assert name not in signed.gold["parts"][0]["metadata"]["parties"]
            ops = [o for o in consolidated.gold["parts"][0]["operations"] if o["maitre_ouvrage"] == name]
            assert ops and {o["idtop"] for o in ops} <= {c["after"]["idtop"] for c in
                                                        consolidated.gold["changes"]["changes"]
                                                        if c["type"] == "operation_added"}
            return
    raise AssertionError("no seed drew a new bailleur")


def test_financing_totals_are_derived_from_their_cells(tmp_path):
    _, _, consolidated = convention.build(5, tmp_path, "full")
    amounts = [c for c in consolidated.gold["changes"]["changes"] if c["type"] == "amount_changed"]
    cells = [c for c in amounts if not c["derived_from"]]
    totals = [c for c in amounts if c["derived_from"]]
    assert cells and all(" – total" not in c["target"] and "Total" not in c["target"].split(" – ")[1] for c in cells)
    for t in totals:
        assert set(t["derived_from"]) <= {c["target"] for c in cells}
        assert amounts.index(t) > max(amounts.index(c) for c in cells if c["target"] in t["derived_from"])
