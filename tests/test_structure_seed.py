"""Layer 2 on the seed's text layer, rebuilt as a Document with plain typography.

Gold: read by hand from ../shared/seeds/000_b205ef4d0615965a.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_TEXT

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from fixtures.structure.build import doc_from_text

SEED = SEED_TEXT
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed text not available")


@pytest.fixture(scope="module")
def parts():
    return split_parts(doc_from_text(SEED.read_text(encoding="utf-8")), load_rules())


def test_two_parts_decision_then_avenant(parts):
    assert [p.kind for p in parts] == ["deliberation", "avenant"]
    assert parts[0].first_page == 1 and parts[1].first_page == 2


def test_decision_metadata(parts):
    md = parts[0].metadata
    assert md["session_date"] == "2023-06-30"
    assert md["president"] == "COTTIGNY"
    assert len(md["present"]) == 21 and md["present"][0] == "COTTIGNY" and md["present"][-1] == "VAN HEGHE"
    assert md["excused"] == [
        {"name": "GLORIAN", "proxy_to": "COTTIGNY"}, {"name": "LEFEBVRE", "proxy_to": "DUBREUCQ"},
        {"name": "MALFAIT", "proxy_to": "MEYFROIDT-LEFAIT"}, {"name": "PILCH", "proxy_to": "LEROY"}]
    assert md["absent"] == ["BAUDE", "CAGIN"]
    assert md["not_voting"] == ["AIT CHIKHEBBIH", "Alain DUBREUCQ", "Bernard BAUDE"]
    assert md["vote"]["result"] == "unanimity"
    assert md["organisation"] == "Pas-de-Calais habitat"
    assert md["subject"].startswith("Avenant n°01 à la Convention Pluriannuelle")


def test_decision_sections(parts):
    assert [(s.number, s.heading) for s in parts[0].sections] == [
        ("I", "CONTEXTE"), ("II", "OBJET DE L’AVENANT"), ("III", "EVOLUTIONS POUR PAS-DE-CALAIS HABITAT")]


def test_avenant_sections_wrapped_and_refs(parts):
    secs = {s.number: s for s in parts[1].sections}
    # wrapped heading kept whole
    assert secs["3.3"].heading.endswith("« Les facteurs clés de réussite et les objectifs d’excellence du projet »")
    # in-text references are not headings
    assert "7.2" not in secs and "2.1" not in secs
    assert secs["4.2.2"].heading == "Le quartier République – Cité 4 Sud à Avion"
    assert secs["3.9.1.1.2"].level == 5 and secs["3.9.1.1.2"].parent == secs["3.9.1.1"].id
    assert secs["4"].label == "ARTICLE 4"
    assert len(parts[1].sections) == 38


def test_avenant_metadata(parts):
    md = parts[1].metadata
    assert md["number"] == "01"
    assert md["convention_number"] == "C0688"
    assert md["convention_signature_date"] == "2021-05-20"
    assert "Pas-de-Calais Habitat" in md["parties"] and "Action Logement Services" in md["parties"]
    assert "La Vie Active" in md["parties"] and "Commune d’Avion" in md["parties"]
    assert md["associated_partners"] == ["Caisse des Dépôts", "ADEME", "Conseil régional"]
    assert not any(p[0].isdigit() for p in md["parties"])


def _am(parts):
    return [(a.target, a.target_kind, a.action) for a in parts[1].amendments]


def test_annex_instructions(parts):
    annex = [t for t in _am(parts) if t[1] == "annexe"]
    assert annex == [("A8", "annexe", "replace"), ("B1", "annexe", "replace"), ("B2", "annexe", "replace"),
                     ("C1", "annexe", "replace"), ("C2", "annexe", "replace"), ("C3", "annexe", "insert"),
                     ("C4", "annexe", "repeal")]


def test_article_instructions(parts):
    am = _am(parts)
    for expected in [("preambule", "preambule", "replace"), ("I", "titre", "replace"),
                     ("1", "article", "replace"), ("2.1", "article", "unchanged"),
                     ("2.3", "article", "rename"), ("4.1", "article", "replace"),
                     ("9.3", "article", "unchanged"), ("9.2.1", "article", "replace"),
                     ("10", "article", "replace")]:
        assert expected in am
    rename = next(a for a in parts[1].amendments if a.action == "rename")
    assert rename.new_heading == "Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine"
    a41 = next(a for a in parts[1].amendments if a.target == "4.1")
    assert a41.section == "3.4" and a41.new_text.startswith("Article 4.1.1 La Cité 12/14 à Lens")
    assert "Article 4.1.3" in a41.new_text and "Article 4.2.1" not in a41.new_text
    a10 = next(a for a in parts[1].amendments if a.target == "10")
    assert "70 739 366,40 €" in a10.new_text


def test_placeholders(parts):
    ph = [a for a in parts[1].amendments if a.placeholder]
    assert {a.target for a in ph} == {"9.1.1.1", "9.1.1.2", "9.1.1.3", "9.4"}
    assert all(a.new_text.startswith("Insérer le tableau") for a in ph)


def test_paragraphs_carry_section(parts):
    paras = parts[1].paragraphs
    p = next(p for p in paras if "70 739 366,40" in p.text)
    assert p.section == "3.10"
    assert parts[1].section_at(p.page, p.lines[0].top).number == "3.10"
