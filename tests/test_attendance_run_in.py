"""Attendance written the ways of generator2's seventh family (structure/run_in_labels.py,
structure/movements.py): every state in one running paragraph, a label wrapped after its first
word, present lists by group naming the chair by title only, "délégation de vote", several
members moving at once (at the items, or stated under the lists by agenda points), a vote with
named opponents in brackets. Documents built for the test (no PDF); gold by hand."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.names import split_list


def _parts(specs: list[dict]) -> list:
    return [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]


def _attendance(md: dict) -> tuple[list[str], list[tuple[str, str | None]], list[str]]:
    return (md["present"], [(e["name"], e["proxy_to"]) for e in md["excused"]], md["absent"])


def _item(number: str, vote: str = "Adopté à l'unanimité.", before: tuple[str, ...] = ()) -> list[dict]:
    lines = [{"text": t, "gap": 6.0} for t in before]
    return lines + [
        {"text": f"Délibération n° {number} – Affaire numéro {number} de la séance", "bold": True, "gap": 8.0},
        {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
        {"text": "Après en avoir délibéré, le Conseil Municipal décide d'approuver les dispositions", "gap": 6.0},
        {"text": "exposées ci-dessus."},
        {"text": vote, "gap": 6.0}]


OPENING = [
    {"text": "Ville de Douai"},
    {"text": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Le 10 juin 2025 à 18 h 30, le Conseil Municipal, dûment convoqué le 2 juin 2025, s'est",
     "gap": 6.0},
    {"text": "réuni en séance publique, sous la présidence de M. Paul ROUX, Maire."},
]


def test_every_state_in_one_paragraph_with_a_label_wrapped_after_its_first_word():
    specs = OPENING + [
        {"text": "Étaient présents : M. Paul ROUX, Mme Marie DE SOUSA, M. Jean-Luc CLÉMENT, Mme Anne", "gap": 6.0},
        {"text": "PETIT, Mme Sophie LE GALL, M. Loïc DURAND. Étaient"},
        {"text": "excusés et représentés : M. Luc MARTIN par Mme Anne PETIT, Mme Zoé LEROY (pouvoir à"},
        {"text": "M. Paul ROUX). Était excusée : Mme Lise FAURE. Était absent : M. Marc BLANC."},
    ] + _item("14")
    md = _parts(specs)[0].metadata
    assert _attendance(md) == (
        ["Paul ROUX", "Marie DE SOUSA", "Jean-Luc CLÉMENT", "Anne PETIT", "Sophie LE GALL", "Loïc DURAND"],
        [("Luc MARTIN", "Anne PETIT"), ("Zoé LEROY", "Paul ROUX"), ("Lise FAURE", None)],
        ["Marc BLANC"])


def test_a_present_list_by_groups_names_the_chair_by_title():
    specs = OPENING + [
        {"text": "Étaient présents : M. le Maire, Mmes et MM. les Adjoints : Marie DE SOUSA, Jean-Luc", "gap": 6.0},
        {"text": "CLÉMENT, Mmes et MM. les Conseillers municipaux : Anne PETIT, Sophie LE GALL."},
        {"text": "Ont donné délégation de vote : Luc MARTIN à Anne PETIT ; Zoé LEROY, pouvoir donné à",
         "gap": 6.0},
        {"text": "Paul ROUX."},
    ] + _item("14")
    md = _parts(specs)[0].metadata
    assert md["president"] == "Paul ROUX"
    assert _attendance(md) == (
        ["Paul ROUX", "Marie DE SOUSA", "Jean-Luc CLÉMENT", "Anne PETIT", "Sophie LE GALL"],
        [("Luc MARTIN", "Anne PETIT"), ("Zoé LEROY", "Paul ROUX")], [])


def test_a_comma_before_a_proxy_phrase_stays_in_its_entry():
    assert split_list("Mme Anne PETIT, pouvoir donné à M. Paul ROUX, M. Luc MARTIN, qui a donné "
                      "pouvoir à Mme Lise FAURE, Mme Zoé LEROY") == [
        "Mme Anne PETIT, pouvoir donné à M. Paul ROUX",
        "M. Luc MARTIN, qui a donné pouvoir à Mme Lise FAURE", "Mme Zoé LEROY"]


HEAD_LISTS = OPENING + [
    {"text": "Présents : Paul ROUX, Marie DE SOUSA, Jean-Luc CLÉMENT, Anne PETIT, Sophie LE GALL", "gap": 6.0},
    {"text": "Excusés : Pierre-Yves DUPONT, Luc MARTIN", "gap": 6.0},
]


def test_several_members_moving_at_once_at_the_items():
    specs = (HEAD_LISTS + _item("1")
             + _item("2", before=("MM. Pierre-Yves DUPONT et Luc MARTIN arrivent en séance.",))
             + _item("3", before=("Mme Anne PETIT et M. Jean-Luc CLÉMENT quittent la séance.",)))
    parts = _parts(specs)
    assert [p.metadata["number"] for p in parts] == ["1", "2", "3"]
    opening = ["Paul ROUX", "Marie DE SOUSA", "Jean-Luc CLÉMENT", "Anne PETIT", "Sophie LE GALL"]
    assert _attendance(parts[0].metadata) == (
        opening, [("Pierre-Yves DUPONT", None), ("Luc MARTIN", None)], [])
    assert _attendance(parts[1].metadata) == (opening + ["Pierre-Yves DUPONT", "Luc MARTIN"], [], [])
    assert _attendance(parts[2].metadata) == (
        ["Paul ROUX", "Marie DE SOUSA", "Sophie LE GALL", "Pierre-Yves DUPONT", "Luc MARTIN"], [],
        ["Anne PETIT", "Jean-Luc CLÉMENT"])


def test_movements_stated_under_the_lists_by_agenda_points():
    specs = (HEAD_LISTS + [
        {"text": "Messieurs DUPONT et MARTIN arrivent à partir du point 2.", "gap": 6.0},
        {"text": "Mme Anne PETIT quitte la séance à l'issue du point 2 et donne pouvoir à M. Paul ROUX.",
         "gap": 6.0}]
        + _item("1") + _item("2") + _item("3"))
    parts = _parts(specs)
    opening = ["Paul ROUX", "Marie DE SOUSA", "Jean-Luc CLÉMENT", "Anne PETIT", "Sophie LE GALL"]
    assert _attendance(parts[0].metadata) == (
        opening, [("Pierre-Yves DUPONT", None), ("Luc MARTIN", None)], [])
    assert _attendance(parts[1].metadata) == (opening + ["Pierre-Yves DUPONT", "Luc MARTIN"], [], [])
    assert _attendance(parts[2].metadata) == (
        ["Paul ROUX", "Marie DE SOUSA", "Jean-Luc CLÉMENT", "Sophie LE GALL", "Pierre-Yves DUPONT",
         "Luc MARTIN"], [("Anne PETIT", "Paul ROUX")], [])


def test_named_opponents_in_brackets_before_the_abstentions():
    specs = HEAD_LISTS + _item("1", vote="Votes : Pour 2 – Contre 2 (Mme Anne PETIT, M. Jean-Luc "
                                         "CLÉMENT) – Abstention 1 (Mme Sophie LE GALL)")
    vote = _parts(specs)[0].metadata["vote"]
    assert (vote["for"], vote["against"], vote["abstention"]) == (2, 2, 1)


def test_a_roll_call_with_surname_first_name_and_office_columns_headed_by_initials():
    """"NOM | Prénom | Fonction | P | E | A | Pouvoir à": the office column is no part of the
    names, the states are headed by their initials."""
    from test_attendance_layouts import _line, _metadata
    cols = (50.0, 130.0, 200.0, 300.0, 330.0, 360.0, 400.0)
    rows = [("NOM", "Prénom", "Fonction", "P", "E", "A", "Pouvoir à"),
            ("ROUX", "Paul", "Maire", "X", "", "", ""),
            ("PETIT", "Anne", "1ère adjointe", "X", "", "", ""),
            ("MARTIN", "Luc", "Conseiller", "", "X", "", "Anne PETIT"),
            ("FAURE", "Lise", "Conseillère", "", "X", "", ""),
            ("BLANC", "Marc", "Conseiller", "", "", "X", "")]
    header = [_line(1, 120.0 + 14 * k, *[(x, t) for x, t in zip(cols, row) if t], table_id="t1")
              for k, row in enumerate(rows)]
    md = _metadata(header)
    assert md["present"] == ["ROUX Paul", "PETIT Anne"]
    assert md["excused"] == [{"name": "MARTIN Luc", "proxy_to": "Anne PETIT"},
                             {"name": "FAURE Lise", "proxy_to": None}]
    assert md["absent"] == ["BLANC Marc"]


def test_a_run_in_label_ending_its_row_takes_the_next_row_as_its_value():
    # "… Était excusée et représentée :" closes a row of the present list; the next row opens
    # on the excused member's name and carries another run-in label before its colon
    # ("LEGRAND Marie (pouvoir à …). Étaient excusés : …"): it goes on with the paragraph.
    specs = OPENING + [
        {"text": "Étaient présents : ROUX Paul, DE SOUSA Marie, CLÉMENT Jean-Luc, PETIT Anne, LE GALL",
         "gap": 6.0},
        {"text": "Sophie, DURAND Loïc, MARTIN Luc, FAURE Lise. Était excusée et représentée :"},
        {"text": "LEGRAND Marie-Hélène (pouvoir à ROUX Paul). Étaient excusés : BLANC Marc, POULAIN"},
        {"text": "Corinne."},
    ] + _item("14")
    md = _parts(specs)[0].metadata
    assert _attendance(md) == (
        ["ROUX Paul", "DE SOUSA Marie", "CLÉMENT Jean-Luc", "PETIT Anne", "LE GALL Sophie", "DURAND Loïc",
         "MARTIN Luc", "FAURE Lise"],
        [("LEGRAND Marie-Hélène", "ROUX Paul"), ("BLANC Marc", None), ("POULAIN Corinne", None)],
        [])


def test_a_surname_arriving_is_the_member_away_not_a_namesake_present():
    # Two members share the surname MARTIN: Anne MARTIN sits from the opening, Luc MARTIN is
    # excused. "Messieurs DUPONT et MARTIN" arriving (stated by agenda point, or at an item)
    # are the ones away; Anne MARTIN stays present throughout.
    lists = [
        {"text": "Étaient présents : M. Paul ROUX, Mme Marie DE SOUSA, Mme Anne MARTIN, Mme Sophie LE GALL.",
         "gap": 6.0},
        {"text": "Étaient excusés : M. Pierre-Yves DUPONT, M. Luc MARTIN.", "gap": 6.0}]
    opening = ["Paul ROUX", "Marie DE SOUSA", "Anne MARTIN", "Sophie LE GALL"]
    away = [("Pierre-Yves DUPONT", None), ("Luc MARTIN", None)]
    by_points = _parts(OPENING + lists + [
        {"text": "Messieurs DUPONT et MARTIN arrivent à partir du point 2.", "gap": 6.0}]
        + _item("1") + _item("2"))
    at_item = _parts(OPENING + lists + _item("1")
                     + _item("2", before=("Messieurs DUPONT et MARTIN arrivent en séance.",)))
    for parts in (by_points, at_item):
        assert _attendance(parts[0].metadata) == (opening, away, [])
        assert _attendance(parts[1].metadata) == (opening + ["Pierre-Yves DUPONT", "Luc MARTIN"], [], [])
