"""The département a document is about, from what it says (hand gold per phrasing family)."""

import pytest

from convention_parser.french.departments import (code_from_commune_code, code_from_receipt, department_votes,
                                                   departments, name_of)
from convention_parser.store.departments import result_departments
from convention_parser.store.rows import result_rows


def test_the_table_holds_every_departement_once():
    table = departments()
    assert len(table) == 101 and len(set(table.values())) == 101
    assert (table["62"], table["2A"], table["974"], table["90"]) == \
        ("Pas-de-Calais", "Corse-du-Sud", "La Réunion", "Territoire de Belfort")


@pytest.mark.parametrize("text, expected", [
    # contexts that can only mean the département (weight 3)
    ("Le Préfet du Pas-de-Calais, délégué territorial de l'ANRU", {"62": 3}),
    ("Madame la Préfète de la Somme", {"80": 3}),
    ("la Direction départementale des territoires et de la mer du Nord", {"59": 3}),
    ("Conseil départemental de l’Aisne", {"02": 3}),
    ("Vu l'avis du Centre de Gestion de l'Oise", {"60": 3}),
    ("à Liévin (Pas-de-Calais)", {"62": 3}),
    ("PREFECTURE DE LA HAUTE-GARONNE", {"31": 3}),
    ("le département de La Réunion", {"974": 3}),
    # a hyphenated name alone (weight 1)
    ("Pas-de-Calais habitat – Conseil d'administration", {"62": 1}),
    ("Seine Saint Denis Habitat", {"93": 1}),
    # commune codes before a capitalised word (weight 1)
    ("Hôtel de Ville, BP 10, 62301 LENS CEDEX", {"62": 1}),
    ("12 place de la Comédie 34000 Montpellier", {"34": 1}),
    ("20090 Ajaccio ; 20250 Corte", {"2A": 1, "2B": 1}),
    ("97411 Saint-Denis", {"974": 1}),
    # no evidence: a direction, a river, a meeting, a one-word name alone, amounts and counts
    ("le quartier Nord de Lens et les berges de la Marne", {}),
    ("Compte-rendu de la réunion du Conseil municipal", {}),
    ("Hérault Logement, office public", {}),
    ("pour 10000 Euros et 12500 Logements", {}),
    ("le montant de 1 250 000 € (62 %)", {}),
])
def test_votes_by_phrasing_family(text, expected):
    assert dict(department_votes(text)) == expected


def test_codes():
    assert [code_from_receipt(v) for v in ("062", "02A", "974", "006", "", None, "999")] == \
        ["62", "2A", "974", "06", None, None, None]
    assert [code_from_commune_code(c) for c in ("62300", "2B033", "20200", "97230", "98000")] == \
        ["62", "2B", "2B", "972", None]
    assert name_of("62") == "Pas-de-Calais" and name_of(None) is None


def _part(kind="deliberation", text="", receipt=None, organisation=None):
    meta = {"organisation": organisation, "act_receipt": {"department": receipt} if receipt else None}
    return {"kind": kind, "pages": [1, 1], "title": "", "preamble": text, "metadata": meta,
            "sections": [], "operations": [{"type": "demolition", "name": "tour A", "logements": 10}]}


def test_receipt_decides_the_text_votes_and_silent_parts_take_the_document():
    result = {"parts": [
        _part(text="Vu l'avis du Préfet du Nord", receipt="062"),          # the receipt wins
        _part(text="Signé à Lille, 59000 Lille ; le Préfet du Nord"),       # its own text: 59
        _part(kind="avenant", text="Article 1 – objet de l'avenant"),      # says nothing
    ]}
    document, parts = result_departments(result)
    # document: the receipt (weight 100) against the text's 59 (3 + 3 + 1)
    assert document == "62"
    assert [(p.code, p.source) for p in parts] == [("62", "receipt"), ("59", "text"), ("62", "document")]
    rows = result_rows(result)
    assert rows["document"] == [{"department": "62"}]
    assert [(r["department"], r["department_name"], r["department_source"]) for r in rows["parts"]] == \
        [("62", "Pas-de-Calais", "receipt"), ("59", "Nord", "text"), ("62", "Pas-de-Calais", "document")]
    assert [o["department"] for o in rows["operations"]] == ["62", "59", "62"]


def test_a_tie_or_silence_is_no_answer():
    tie = {"parts": [_part(text="Préfet du Nord. Préfet du Pas-de-Calais.")]}
    assert result_departments(tie)[0] is None
    assert result_departments(tie)[1][0].code is None
    silent = {"parts": [_part(text="Le conseil approuve.")]}
    rows = result_rows(silent)
    assert rows["document"] == [{"department": None}] and rows["operations"][0]["department"] is None
