"""Attendance and numbers written the ways of intercommunal boards and OPH boards (generator2's
eighth family): members listed by commune ("Commune de Liévin : M. X, Mme Y", "LENS : …"), a
suppléant sitting for a titulaire ("M. Z, suppléant de M. W": Z present, W excused without
proxy), "Administrateurs présents" one a line with their quality ("représentant des locataires
(CNL)"), "Administrateurs excusés ayant donné pouvoir", "Assistaient également (sans voix
délibérative)" (no member), "Rapport n° 2025-12" / "Question n° 5" / "Affaire n° 12".
Documents built for the test (no PDF); gold by hand."""

from __future__ import annotations

import pytest
from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.offices import is_office


def _parts(specs: list[dict]) -> list:
    return [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]


def _attendance(md: dict) -> tuple[list[str], set[tuple[str, str | None]], list[str]]:
    return (md["present"], {(e["name"], e["proxy_to"]) for e in md["excused"]}, md["absent"])


OPENING = [
    {"text": "Communauté d'Agglomération de Lens-Liévin"},
    {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "bold": True, "gap": 6.0},
    {"text": "Séance du jeudi 20 novembre 2025 à 18h30", "gap": 6.0},
    {"text": "Sous la présidence de M. Paul ROUX, Président.", "gap": 6.0},
]

DECISION = [
    {"text": "Rapport n° 2025-12", "bold": True, "gap": 8.0},
    {"text": "Objet : Garantie d'emprunt pour la résidence Les Tilleuls", "bold": True},
    {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
    {"text": "Le Conseil, après en avoir délibéré, ADOPTE ces dispositions.", "gap": 6.0},
    {"text": "Adopté à l'unanimité.", "gap": 6.0},
]


@pytest.mark.parametrize("caps", [False, True])
def test_members_by_commune_with_suppleants(caps):
    def commune(name: str) -> str:
        return name.upper() if caps else f"Commune de {name}"
    specs = OPENING + [
        {"text": "Étaient présents :", "bold": True, "gap": 6.0},
        # (a row wrapped at the text's right edge, as a justified paragraph's: the widest)
        {"text": f"{commune('Lens')} : M. Paul ROUX, Mme Anne PETIT, M. Luc DURAND, Mme Marie-Zoé"},
        {"text": "LEROY (suppléante de M. Marc BLANC)"},
        {"text": f"{commune('Liévin')} : M. Jean-Luc CLÉMENT, suppléant de Mme Lise FAURE, Mme"},
        {"text": "Sophie LE GALL"},
        {"text": f"{commune('Avion')} : Mme MARTIN Claire"},
        {"text": "Pouvoirs : M. Louis BRUN (Avion) à Mme Anne PETIT (Lens)", "gap": 6.0},
        {"text": "Excusés : Mme Nina COLIN (Liévin)"},
    ] + DECISION
    md = _parts(specs)[0].metadata
    assert md["number"] == "2025-12"
    present, excused, absent = _attendance(md)
    assert present == ["Paul ROUX", "Anne PETIT", "Luc DURAND", "Marie-Zoé LEROY", "Jean-Luc CLÉMENT",
                       "Sophie LE GALL", "MARTIN Claire"]
    assert excused == {("Marc BLANC", None), ("Lise FAURE", None), ("Louis BRUN", "Anne PETIT"),
                       ("Nina COLIN", None)}
    assert absent == []


def test_board_administrators_with_qualities_and_staff_without_a_vote():
    specs = [
        {"text": "PAS-DE-CALAIS HABITAT"},
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION", "bold": True, "gap": 6.0},
        {"text": "Séance du jeudi 20 novembre 2025 à 18h30", "gap": 6.0},
        {"text": "Présidente de séance : Mme Anne PETIT, Présidente", "gap": 6.0},
        {"text": "Administrateurs présents :", "bold": True, "gap": 6.0},
        {"text": "Mme PETIT Anne, Présidente"},
        {"text": "M. DURAND Luc, représentant des locataires (CNL)"},
        {"text": "Mme LEROY Zoé"},
        {"text": "M. CLÉMENT Jean-Luc, représentant d'Action Logement"},
        {"text": "Mme FAURE Lise, personnalité qualifiée"},
        {"text": "Administrateurs excusés ayant donné pouvoir :", "bold": True},
        {"text": "M. BLANC Marc à Mme LEROY Zoé"},
        {"text": "M. ROUX Paul (pouvoir à M. DURAND Luc)"},
        {"text": "Administrateurs excusés : Mme COLIN Nina"},
        {"text": "Administrateurs absents : M. BRUN Louis"},
        {"text": "Assistaient également (sans voix délibérative) : M. NOËL Franck, Directeur"},
        {"text": "général ; Mme DE SOUSA Nadia, Commissaire du Gouvernement."},
        {"text": "Question n° 5", "bold": True, "gap": 8.0},
    ] + DECISION[1:]
    md = _parts(specs)[0].metadata
    assert md["number"] == "5"
    present, excused, absent = _attendance(md)
    assert present == ["PETIT Anne", "DURAND Luc", "LEROY Zoé", "CLÉMENT Jean-Luc", "FAURE Lise"]
    assert excused == {("BLANC Marc", "LEROY Zoé"), ("ROUX Paul", "DURAND Luc"), ("COLIN Nina", None)}
    assert absent == ["BRUN Louis"]
    assert md["president"] == "Anne PETIT"


@pytest.mark.parametrize("label,number", [("Affaire n° 12 – Garantie d'emprunt", "12"),
                                          ("Question n° 5", "5"),
                                          ("Rapport n° 2025-12", "2025-12")])
def test_item_label_families_give_the_number(label, number):
    specs = OPENING + [{"text": "Présents : M. Paul ROUX, Mme Anne PETIT", "gap": 6.0},
                       {"text": label, "bold": True, "gap": 8.0}] + DECISION[1:]
    assert _parts(specs)[0].metadata["number"] == number


def test_a_quality_after_a_comma_is_no_person_but_a_name_after_a_role_is():
    assert is_office("représentant des locataires (CNL)")
    assert is_office("représentante de la CAF")
    assert is_office("personnalité qualifiée")
    assert is_office("représentant du Conseil Départemental")
    assert not is_office("suppléant de M. Marc BLANC")
    assert not is_office("conseiller municipal Jean Dupont")


@pytest.mark.parametrize("text,vote", [
    ("Le Conseil, après en avoir délibéré, ADOPTE les dispositions ci-dessus à l'unanimité des "
     "suffrages exprimés (3 abstentions : M. Michel N'DIAYE, M. Sébastien VAN HECKE, M. Éric "
     "BERTIN-MOUROT).", ("unanimity", None, None, 3)),
    ("ADOPTE à l'unanimité des suffrages exprimés (1 abstention : Mme Anne PETIT).",
     ("unanimity", None, None, 1)),
    ("Votes : Pour 25 – Contre 3 (M. Paul ROUX, Mme Anne PETIT, M. Luc DURAND) – Abstentions 2 "
     "(M. Marc BLANC, Mme Lise FAURE)", ("majority", 25, 3, 2)),
])
def test_board_vote_phrasings(text, vote):
    from convention_parser.rules import load_rules as rules
    from convention_parser.structure.deliberation import read_vote
    v = read_vote(text, rules().family("board_deliberation")["deliberation"])
    assert (v.result, v.for_, v.against, v.abstention) == vote


def test_the_session_date_of_a_box_in_the_running_header():
    """The session box repeated in the page header (furniture) is where the date is."""
    from fixtures.structure.build import line
    specs = [
        {"text": "PAS-DE-CALAIS HABITAT"},
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION", "bold": True, "gap": 6.0},
        {"text": "Présidente de séance : Mme Anne PETIT, Présidente", "gap": 6.0},
        {"text": "Présents : Mme Anne PETIT, M. Luc DURAND, Mme Zoé LEROY", "gap": 6.0},
    ] + DECISION
    doc = doc_from_lines(specs)
    assert [p.metadata["session_date"] for p in split_parts(doc, load_rules())
            if p.kind == "deliberation"] == [None]
    doc.pages[0].header = [line("Séance du jeudi 20 novembre 2025 à 18h30", top=30.0),
                           line("Nombre de membres : en exercice 12 – présents 3 – votants 3", top=42.0)]
    parts = [p for p in split_parts(doc, load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["session_date"] for p in parts] == ["2025-11-20"]


@pytest.mark.parametrize("chair,name", [("sous la présidence de Mme Maryse BARBIER, Maire", "Maryse BARBIER"),
                                        ("Sous la présidence de M. Paul ROUX, Président", "Paul ROUX")])
def test_the_chair_of_a_box_in_the_running_header(chair, name):
    """The session box repeated in the page header (furniture) names the chair: a deliberation
    whose own text names none takes it."""
    from fixtures.structure.build import line
    specs = [
        {"text": "COMMUNE DE NEVERS"},
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
        {"text": "Présents : Mme Anne PETIT, M. Luc DURAND, Mme Zoé LEROY", "gap": 6.0},
    ] + DECISION
    doc = doc_from_lines(specs)
    assert [p.metadata["president"] for p in split_parts(doc, load_rules())
            if p.kind == "deliberation"] == [None]
    doc.pages[0].header = [line("Séance du samedi 6 février 2021 à 17 h 30", top=30.0),
                           line(chair, top=42.0)]
    parts = [p for p in split_parts(doc, load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["president"] for p in parts] == [name]

def test_a_proxy_to_another_communes_delegate():
    from convention_parser.structure.deliberation import read_excused
    cfg = load_rules().family("board_deliberation")["deliberation"]
    for holder in ("déléguée d'Évry-Courcouronnes", "déléguée de Brest"):
        found = read_excused(f"M. Loïc GARNIER a donné pouvoir à Mme Nathalie DUVAL, {holder}", cfg,
                             bare=True)
        assert [(e.name, e.proxy_to) for e in found] == [("Loïc GARNIER", "Nathalie DUVAL")]


def test_a_labelled_paragraph_under_a_full_row_ends_the_list():
    """"Assistaient également (sans voix délibérative) : …" opens a paragraph of its own, even
    under a list row reaching the text's right edge (no member of the board)."""
    specs = [
        {"text": "PAS-DE-CALAIS HABITAT"},
        {"text": "PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION", "bold": True, "gap": 6.0},
        {"text": "Séance du jeudi 20 novembre 2025 à 18h30", "gap": 6.0},
        {"text": "Administrateurs présents : Mme Anne PETIT, M. Luc DURAND", "gap": 6.0},
        {"text": "Administrateurs absents : M. Serge VANDAMME, Mme Josiane BLANC, M. Paul ROUX-DUVAL"},
        {"text": "Assistaient également (sans voix délibérative) : M. Jean FRANÇOIS, Directeur"},
        {"text": "financier ; M. Franck NOËL, Directeur général."},
    ] + DECISION
    md = _parts(specs)[0].metadata
    assert md["absent"] == ["Serge VANDAMME", "Josiane BLANC", "Paul ROUX-DUVAL"]
    assert md["present"] == ["Anne PETIT", "Luc DURAND"]


def test_members_by_commune_in_a_table_commune_beside_its_list():
    """"Délégués présents :" over a table: the commune in the first cell, its members in the
    second (wrapped in it)."""
    from fixtures.structure.build import STEP
    rows = [("Vaulx-en-Velin", ["M. Julien KACI, Mme Chantal VAN DE VELDE, M. Pierre LE BIHAN"]),
            ("Lorient", ["M. Nicolas NOËL"]),
            ("Chalon-sur-Saône", ["M. Hervé BERTRAND, Mme Laurence COUSIN, Mme Nadia PAQUET, Mme",
                                  "Fatima CHEVALIER"])]
    specs = OPENING + [{"text": "Délégués présents :", "bold": True, "gap": 6.0}]
    for r, (commune, lines) in enumerate(rows):
        specs.append({"text": commune, "table_id": 3, "cell": (r, 0), "gap": 2.0})
        for k, text in enumerate(lines):
            specs.append({"text": text, "x0": 150.0, "table_id": 3, "cell": (r, 1),
                          "gap": -STEP if k == 0 else 0.0})
    specs += [{"text": "Excusés : Mme Nina COLIN", "gap": 6.0}] + DECISION
    md = _parts(specs)[0].metadata
    assert md["present"] == ["Julien KACI", "Chantal VAN DE VELDE", "Pierre LE BIHAN", "Nicolas NOËL",
                             "Hervé BERTRAND", "Laurence COUSIN", "Nadia PAQUET", "Fatima CHEVALIER"]


def test_members_by_commune_unruled_commune_beside_its_list():
    """The same rows set out with no table (a tab stop or a borderless grid): the commune
    alone at the margin, its members beyond a gutter, wrapped under their own column."""
    from fixtures.structure.build import STEP
    rows = [("Vaulx-en-Velin", ["M. Julien KACI, Mme Chantal VAN DE VELDE, M. Pierre LE BIHAN"]),
            ("Lorient", ["M. Nicolas NOËL"]),
            ("Chalon-sur-Saône", ["M. Hervé BERTRAND, Mme Laurence COUSIN, Mme Nadia PAQUET, Mme",
                                  "Fatima CHEVALIER"])]
    specs = OPENING + [{"text": "Délégués présents :", "bold": True, "gap": 6.0}]
    for commune, lines in rows:
        specs.append({"text": commune, "gap": 0.0})
        for k, text in enumerate(lines):
            specs.append({"text": text, "x0": 150.0, "gap": -STEP if k == 0 else 0.0})
    specs += [{"text": "Excusés : Mme Nina COLIN", "gap": 6.0}] + DECISION
    md = _parts(specs)[0].metadata
    assert md["present"] == ["Julien KACI", "Chantal VAN DE VELDE", "Pierre LE BIHAN", "Nicolas NOËL",
                             "Hervé BERTRAND", "Laurence COUSIN", "Nadia PAQUET", "Fatima CHEVALIER"]
    assert [e["name"] for e in md["excused"]] == ["Nina COLIN"]


def test_a_label_alone_then_one_entry_a_spaced_paragraph():
    specs = OPENING + [
        {"text": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc DURAND, M. Pierre BOYER", "gap": 6.0},
        {"text": "Pouvoirs :", "bold": True, "gap": 6.0},
        {"text": "Mme Zoé LEROY a donné pouvoir à M. Pierre BOYER, délégué de Troyes.", "gap": 8.0},
        {"text": "M. Daniel DI MEGLIO a donné pouvoir à Mme Anne PETIT, déléguée d'Annemasse.", "gap": 8.0},
        {"text": "Excusés : Mme Nina COLIN (Troyes)", "gap": 6.0},
    ] + DECISION
    _, excused, _ = _attendance(_parts(specs)[0].metadata)
    assert excused == {("Zoé LEROY", "Pierre BOYER"), ("Daniel DI MEGLIO", "Anne PETIT"), ("Nina COLIN", None)}
