"""Families generator2's fifth draw (variants5.py) found the parser missing, each on a document
or a text built for the test, gold by construction: an item number with letters between its
digit groups ("2025-DEL-041") under "Point n° 1 : …" themes, a number printed on the line after
its title, vote lines naming their voters on lines a paragraph joins, a vote as a vertical
table ("Abstentions | 2"), counts sentences for every body ("13 administrateurs étaient présents
ou représentés"), the "du mois de" date formula, a place-and-date line of writing, count grids
whose headings are no names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.deliberation import read_vote, session_date
from convention_parser.structure.family import families
from convention_parser.structure.names import person

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures.structure.build import doc_from_lines  # noqa: E402

HEAD = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
        "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE.", "Secrétaire de séance : Mme Irène BOYER."]
SUBJECTS = ["Budget primitif 2024", "Tarifs de la cantine scolaire", "Adhésion au syndicat d'énergie"]
THEMES = ["Finances communales", "Affaires scolaires", "Intercommunalité"]
BODY = ["Vu le Code général des collectivités territoriales,",
        "Le rapporteur présente le dossier examiné en commission.",
        "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve."]


def _cfg(family: str) -> dict:
    return next(f for f in families(load_rules()) if f.name == family).section("deliberation")


def _parts(specs: list[dict]) -> list:
    head = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    return [p for p in split_parts(doc_from_lines(head + specs), load_rules()) if p.kind == "deliberation"]


def _got(parts) -> list[tuple]:
    return [(p.metadata.get("number"), p.metadata.get("subject")) for p in parts]


@pytest.mark.parametrize("n_items", [2, 3])
def test_letters_between_digit_groups_number_items_under_point_themes(n_items):
    """One item under each "Point n° k : theme": the item's own number wins, even in a
    two-item session where both numberings chain alike."""
    specs = []
    for k in range(n_items):
        specs += [{"text": f"Point n° {k + 1} : {THEMES[k]}", "gap": 14.0, "bold": True},
                  {"text": f"2025-DEL-{41 + k:03d} – {SUBJECTS[k]}", "gap": 6.0, "bold": True}]
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2025-DEL-{41 + k:03d}", SUBJECTS[k]) for k in range(n_items)]


def test_a_number_on_the_line_after_its_title():
    specs = []
    for k, subject in enumerate(SUBJECTS):
        specs += [{"text": subject, "gap": 14.0, "bold": True},
                  {"text": f"Délibération n° 2024-{12 + k:03d}", "gap": 2.0},
                  {"text": "Rapporteur : M. Paul ADAM", "gap": 4.0}]
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2024-{12 + k:03d}", s) for k, s in enumerate(SUBJECTS)]


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_number_in_brackets_after_its_title(wrapped):
    """"Budget primitif 2024 (DCM n° 2024/041)": the identifier closes the title, which may wrap
    over the bold lines right above it; the agenda listing the same titles without numbers
    makes no part."""
    specs = [{"text": "ORDRE DU JOUR", "gap": 14.0, "bold": True}]
    specs += [{"text": f"- {s}", "gap": 2.0} for s in SUBJECTS]
    for k, subject in enumerate(SUBJECTS):
        ident = f"(DCM n° 2024/{41 + k:03d})"
        if wrapped:
            words = subject.split()
            specs += [{"text": " ".join(words[:2]), "gap": 14.0, "bold": True},
                      {"text": f"{' '.join(words[2:])} {ident}", "gap": 1.0, "bold": True}]
        else:
            specs.append({"text": f"{subject} {ident}", "gap": 14.0, "bold": True})
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2024/{41 + k:03d}", s) for k, s in enumerate(SUBJECTS)]


def test_one_item_numbered_in_brackets_its_agenda_printing_the_same_line():
    line = f"{SUBJECTS[0]} (DCM n° 2024/041)"
    specs = [{"text": "ORDRE DU JOUR", "gap": 14.0, "bold": True}, {"text": line, "gap": 2.0},
             {"text": line, "gap": 14.0, "bold": True}] + [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [("2024/041", SUBJECTS[0])]


def test_an_identifier_in_brackets_wrapped_over_two_lines():
    specs = []
    for k, subject in enumerate(SUBJECTS):
        specs += [{"text": f"{subject} (DCM", "gap": 14.0, "bold": True},
                  {"text": f"n° 2024/{41 + k:03d})", "gap": 1.0, "bold": True}]
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2024/{41 + k:03d}", s) for k, s in enumerate(SUBJECTS)]


def test_a_number_after_its_title_then_sur_le_rapport_de():
    specs = []
    for k, subject in enumerate(SUBJECTS):
        specs += [{"text": subject, "gap": 14.0, "bold": True},
                  {"text": f"Délibération n° 2024-{12 + k:03d}", "gap": 6.0},
                  {"text": "Sur le rapport de Mme Irène BOYER,", "gap": 6.0}]
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2024-{12 + k:03d}", s) for k, s in enumerate(SUBJECTS)]


@pytest.mark.parametrize("single", [True, False])
def test_a_number_after_its_title_under_a_point_theme(single):
    """"Point n° 1 : Finances" / "Budget primitif 2024" (bold, tight under the theme) /
    "Délibération n° 2024-012" / "Rapporteur : …": the bold line is the title, in minutes and
    in a single extract alike."""
    subjects = SUBJECTS[:1] if single else SUBJECTS
    specs = []
    for k, subject in enumerate(subjects):
        specs += [{"text": f"Point n° {k + 1} : {THEMES[k]}", "gap": 14.0, "bold": True},
                  {"text": subject, "gap": 2.0, "bold": True},
                  {"text": f"Délibération n° 2024-{12 + k:03d}", "gap": 2.0},
                  {"text": "Rapporteur : M. Paul ADAM", "gap": 2.0}]
        specs += [{"text": t} for t in BODY]
    assert _got(_parts(specs)) == [(f"2024-{12 + k:03d}", s) for k, s in enumerate(subjects)]


@pytest.mark.parametrize("family", ["council_minutes", "board_deliberation"])
@pytest.mark.parametrize("text,want", [
    # Lines a paragraph joined: each list stops at the next label or sentence.
    ("A voté contre : Mme Marie-Claude GAUTHIER S'est abstenue : Mme Danièle COLAS-ROY "
     "La délibération est adoptée à la majorité.", ("majority", None, 1, 1)),
    ("Ont voté contre : Mme Pauline GUERIN, M. Dominique DE LA ROCHE\nSe sont abstenus : M. Guy LEROY, "
     "Mme Anne PETIT, M. Paul ROUX\nLa délibération est adoptée à la majorité.", ("majority", None, 2, 3)),
    # A vertical tally: each heading beside its count; "Contre 0" above "Abstentions 2" is no
    # count of abstentions.
    ("Nombre de votants 22\nPour 20\nContre 0\nAbstentions 2\nAdopté à l'unanimité des suffrages exprimés.",
     ("unanimity", 20, 0, 2)),
])
def test_named_voters_and_vertical_tallies(family, text, want):
    vote = read_vote(text, _cfg(family))
    assert (vote.result, vote.for_, vote.against, vote.abstention) == want


@pytest.mark.parametrize("text,count,absent", [
    ("13 administrateurs étaient présents ou représentés (03 procurations : M. Luc DURAND, "
     "Mme Anne MOREL et M. Paul ROCHE) et 01 absent : M. Ivan LEROY.", 13, ["Ivan LEROY"]),
    ("27 conseillers municipaux étaient présents ou représentés et 02 absents : M. Ivan LEROY et "
     "Mme Lise FAURE.", 27, ["Ivan LEROY", "Lise FAURE"]),
    ("14 membres du bureau étaient présents ou représentés.", 14, []),
])
def test_count_sentences_of_every_body(text, count, absent):
    head = [{"text": "Séance du 4 avril 2024", "gap": 0.0}, {"text": text, "gap": 12.0},
            {"text": "Objet : Budget primitif 2024", "gap": 12.0},
            {"text": "Après en avoir délibéré, le Conseil adopte à l'unanimité.", "gap": 12.0}]
    md = split_parts(doc_from_lines(head), load_rules())[0].metadata
    assert (md["present_count"], md["absent"]) == (count, absent)


@pytest.mark.parametrize("text,want", [
    ("L'an deux mille vingt-trois, le vingt et un du mois d'octobre, à dix-neuf heures, le Conseil "
     "municipal s'est assemblé en séance publique.", "2023-10-21"),
    ("L'an deux mille vingt, le premier du mois de mars, le Bureau s'est réuni.", "2020-03-01"),
    # A running header crossed by a stamp: "du 11/02/20 21 Date de télétransmission …".
    ("Commune de Douai - Conseil Municipal du 11/02/20 21 Date de télétransmission : 21/02/2021",
     "2021-02-11"),
    # A label / value table without colons.
    ("Date de la séance 23/09/2016 à 17h00\nPrésidente de séance Mme Élodie NICOLAS", "2016-09-23"),
    # The place and date of writing, joined to the title by a paragraph, before the sitting's date.
    ("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL Tourcoing, le mercredi 29 août 2012 "
     "Séance publique du lundi 20 août 2012", "2012-08-20"),
])
def test_session_dates(text, want):
    assert session_date(text, _cfg("board_deliberation")) == want


@pytest.mark.parametrize("heading", ["Votants", "Présents", "Représentés", "Exprimés", "Procurations"])
def test_count_headings_are_no_names(heading):
    assert person(heading) is None
    assert person(f"M. {heading}") is None



@pytest.mark.parametrize("words,overleaf", [(True, False), (False, False), (True, True)])
def test_a_roll_call_with_a_state_column(words, overleaf):
    """"Membres | Présence | Pouvoir donné à" (a state word per member) or "Nom Prénom | P / E / A
    | Procuration à" (initials, a legend under the table): the state says who sat, the holder's
    column whose proxy; the heads and the legend are no fields."""
    from test_attendance_layouts import _line, _metadata
    x_name, x_state, x_holder = 110.0, 300.0, 400.0
    heads = ["Membres", "Présence", "Pouvoir donné à"] if words else ["Nom Prénom", "P / E / A", "Procuration à"]
    members = [("DESCAMPS Noémie", "Présente", "P", ""), ("BOUCHAREB Patrick", "Représenté", "E", "KACI Catherine"),
               ("COUSIN Jean-Marc", "Présent", "P", ""), ("KACI Catherine", "Présente", "P", ""),
               ("LEGRAND Joël", "Excusé", "E", ""), ("MASSON Raphaël", "Absent", "A", "")]
    top = 120.0
    header = [_line(1, top, (x_name, "Liste des membres :")),
              _line(1, top + 18, (x_name, heads[0]), (x_state, heads[1]), (x_holder, heads[2]))]
    for k, (name, word, letter, holder) in enumerate(members):
        chunks = [(x_name, name), (x_state, word if words else letter)] + ([(x_holder, holder)] if holder else [])
        page, y = (2, 80 + 14 * k) if overleaf and k >= 4 else (1, top + 36 + 14 * k)
        if overleaf and k == 4:       # the table goes on under the next page's running header
            header.append(_line(2, 40.0, (x_name, "Commune de Villiers - Conseil municipal du 4 avril 2024")))
        header.append(_line(page, y, *chunks))
    if not words:
        header.append(_line(1, top + 36 + 14 * len(members), (x_name, "P : présent – E : excusé – A : absent")))
    md = _metadata(header)
    assert md["present"] == ["DESCAMPS Noémie", "COUSIN Jean-Marc", "KACI Catherine"]
    assert [(e["name"], e["proxy_to"]) for e in md["excused"]] == [("BOUCHAREB Patrick", "KACI Catherine"),
                                                                 ("LEGRAND Joël", None)]
    assert md["absent"] == ["MASSON Raphaël"]
