"""Members arriving or leaving during a session (structure/movements.py): each item of the
minutes gets the attendance of its own vote. Documents built for the test (no PDF); gold by
hand."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.family import compile_family
from convention_parser.structure.movements import find_movements

HEAD = [
    {"text": "Ville de Douai"},
    {"text": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Le Conseil Municipal, dûment convoqué le 2 juin 2025, s'est réuni le mardi 10 juin 2025",
     "gap": 6.0},
    {"text": "à 18h30, sous la présidence de M. Paul ROUX, Maire."},
    {"text": "Présents : ROUX Paul ; DE SOUSA Marie ; CLÉMENT Jean-Luc ; PETIT Anne ; LE GALL Sophie",
     "gap": 6.0},
    {"text": "Absents excusés : DUPONT Pierre-Yves", "gap": 6.0},
    {"text": "Absents : MARTIN Luc", "gap": 6.0},
]


def _item(k: int, before: list[str], after_title: list[str]) -> list[dict]:
    """Item k: movement lines printed above its title (``before``: they close item k-1's share)
    or under its title (``after_title``), then a decision."""
    lines = [{"text": t, "gap": 6.0} for t in before]
    lines += [{"text": f"D-2025-0{k} – Objet : Affaire numéro {k} de la séance", "bold": True, "gap": 8.0}]
    lines += [{"text": t, "gap": 6.0} for t in after_title]
    lines += [{"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
              {"text": "Après en avoir délibéré, le Conseil Municipal DÉCIDE d'approuver les dispositions",
               "gap": 6.0},
              {"text": "exposées ci-dessus et autorise le Maire à signer tout document s'y rapportant."},
              {"text": "Adopté à l'unanimité.", "gap": 6.0}]
    return lines


def _attendance(md: dict) -> tuple[list[str], list[tuple[str, str | None]], list[str]]:
    return (md["present"], [(e["name"], e["proxy_to"]) for e in md["excused"]], md["absent"])


def test_arrivals_and_departures_change_the_attendance_from_their_vote_on():
    specs = (HEAD + _item(11, [], [])
             + _item(12, ["Arrivée de M. Pierre-Yves DUPONT."], [])
             + _item(13, [], ["Rapporteur : Mme Anne PETIT",
                              "M. Jean-Luc CLÉMENT quitte la séance et donne pouvoir à Mme Marie DE SOUSA."])
             + _item(14, ["Départ de Mme Sophie LE GALL."], []))
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["D-2025-011", "D-2025-012", "D-2025-013", "D-2025-014"]
    opening = (["ROUX Paul", "DE SOUSA Marie", "CLÉMENT Jean-Luc", "PETIT Anne", "LE GALL Sophie"],
               [("DUPONT Pierre-Yves", None)], ["MARTIN Luc"])
    assert _attendance(parts[0].metadata) == opening
    arrived = (opening[0] + ["DUPONT Pierre-Yves"], [], ["MARTIN Luc"])
    assert _attendance(parts[1].metadata) == arrived
    left = (["ROUX Paul", "DE SOUSA Marie", "PETIT Anne", "LE GALL Sophie", "DUPONT Pierre-Yves"],
            [("CLÉMENT Jean-Luc", "DE SOUSA Marie")], ["MARTIN Luc"])
    assert _attendance(parts[2].metadata) == left
    assert _attendance(parts[3].metadata) == (
        ["ROUX Paul", "DE SOUSA Marie", "PETIT Anne", "DUPONT Pierre-Yves"],
        [("CLÉMENT Jean-Luc", "DE SOUSA Marie")], ["MARTIN Luc", "LE GALL Sophie"])


def test_a_name_never_runs_into_the_next_civility():
    """A rapporteur line joined to the movement's line ("Rapporteur : Mme A Mme B quitte …")."""
    cfg = compile_family(load_rules(), "council_minutes").section("deliberation")
    found = find_movements("Rapporteur : Mme Aurélie CLÉMENT Mme Chantal HOARAU quitte la séance ; "
                           "elle donne pouvoir à M. Serge DIALLO.", cfg)
    assert [(m.who, m.leaves, m.holder) for _, m in found] == [("Chantal HOARAU", True, "Serge DIALLO")]
    found = find_movements("Départ de M. Loïc N'DIAYE (pouvoir à Mme Anne PETIT). Mme Zoé LEROY rejoint "
                           "la séance.", cfg)
    assert [(m.who, m.leaves, m.holder) for _, m in found] == [("Loïc N'DIAYE", True, "Anne PETIT"),
                                                               ("Zoé LEROY", False, None)]


def test_session_dates_in_words_with_the_hour_in_words_and_titles_citing_nothing():
    """"Le dimanche dix-huit avril deux mille vingt-et-un, à dix-sept heures quinze" is the
    sitting (its hour, in words); a title "Extrait du procès-verbal des délibérations" read in
    one paragraph with "Séance publique du …" does not make that date a cited one."""
    from convention_parser.structure.deliberation import session_date
    cfg = compile_family(load_rules(), "council_minutes").section("deliberation")
    assert session_date("SIA HABITAT Extrait du procès-verbal des délibérations Le dimanche dix-huit "
                        "avril deux mille vingt-et-un, à dix-sept heures quinze, le Conseil "
                        "d'administration, convoqué le 15/04/2021, s'est assemblé", cfg) == "2021-04-18"
    assert session_date("LE HAVRE SEINE MÉTROPOLE Extrait du procès-verbal des délibérations Date de "
                        "convocation : 08/06/2020 Séance publique du vendredi 12 juin 2020 Le Bureau "
                        "communautaire s'est réuni à 19 h 30", cfg) == "2020-06-12"
    # A cited session stays cited.
    assert session_date("Le Conseil approuve le procès-verbal de la séance du 3 mars 2020. "
                        "Séance du 12 juin 2020", cfg) == "2020-06-12"


def test_remarks_in_the_present_list_bound_a_members_presence_by_agenda_points():
    """"CLÉMENT Jean-Luc (jusqu'au point 12)": absent from point 13 on; "(à partir du point 12)":
    absent before; "(départ au point 13)": absent from 13. Items numbered "Point n°11" … are
    those points."""
    head = HEAD[:4] + [
        {"text": "Présents :", "gap": 6.0}, {"text": "ROUX Paul"}, {"text": "DE SOUSA Marie (départ au point 13)"},
        {"text": "CLÉMENT Jean-Luc (jusqu'au point 12)"}, {"text": "PETIT Anne (à partir du point 12)"},
        {"text": "Absents : MARTIN Luc", "gap": 6.0}]
    specs = head
    for k in (11, 12, 13):
        specs += [dict(s, text=s["text"].replace(f"D-2025-0{k} – Objet :", f"Point n°{k} – Objet :"))
                  for s in _item(k, [], [])]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["11", "12", "13"]
    assert [sorted(p.metadata["present"]) for p in parts] == [
        ["CLÉMENT Jean-Luc", "DE SOUSA Marie", "ROUX Paul"],
        ["CLÉMENT Jean-Luc", "DE SOUSA Marie", "PETIT Anne", "ROUX Paul"],
        ["PETIT Anne", "ROUX Paul"]]
    assert [sorted(p.metadata["absent"]) for p in parts] == [
        ["MARTIN Luc", "PETIT Anne"], ["MARTIN Luc"], ["CLÉMENT Jean-Luc", "DE SOUSA Marie", "MARTIN Luc"]]


def test_lists_of_whoever_sat_at_some_time_are_not_changed_by_movements():
    """Montpellier's way: the present list names everyone who sat at some time, and "Monsieur
    Dupont entre en séance" names a member listed present: the lists are the session's, and no
    movement (that arrival, a later departure) changes them."""
    head = HEAD[:4] + [{"text": "Présents : ROUX Paul ; DE SOUSA Marie ; DUPONT Pierre-Yves ; PETIT Anne",
                        "gap": 6.0},
                       {"text": "Absents : MARTIN Luc", "gap": 6.0}]
    specs = (head + _item(11, [], []) + _item(12, ["Monsieur Dupont entre en séance."], [])
             + _item(13, ["Mme Anne PETIT quitte la séance."], []))
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 3
    for p in parts:
        assert p.metadata["present"] == ["ROUX Paul", "DE SOUSA Marie", "DUPONT Pierre-Yves", "PETIT Anne"]
        assert p.metadata["absent"] == ["MARTIN Luc"]


def test_a_member_leaving_then_coming_back_keeps_the_lists_those_of_the_opening():
    """"M. Jean-Luc CLÉMENT quitte la séance." then "M. Jean-Luc CLÉMENT rejoint la séance.": an
    arrival of a member listed present, but after his departure: the lists are the opening's."""
    specs = (HEAD + _item(11, [], []) + _item(12, ["M. Jean-Luc CLÉMENT quitte la séance."], [])
             + _item(13, ["M. Jean-Luc CLÉMENT rejoint la séance."], []))
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [sorted(p.metadata["absent"]) for p in parts] == [
        ["MARTIN Luc"], ["CLÉMENT Jean-Luc", "MARTIN Luc"], ["MARTIN Luc"]]
    assert "CLÉMENT Jean-Luc" in parts[2].metadata["present"]
