"""Families of generator2's variants4.py, each on a document built for the test (no PDF):
summary minutes whose items print only a tally ("Vote : Pour 12 ; Contre 0 ; Abstention 2"),
and a proxy written "X (à Y)" under an "Absents ayant donné procuration :" label."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines, line

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import compile_family
from convention_parser.text.model import Document, Line, Page

ITEMS = [("Laurence MOREL", "20", "Désignation des représentants au sein des commissions", (12, 0, 2)),
         ("Julien PETIT", "21", "Subvention exceptionnelle au club sportif", (14, 0, 0)),
         ("Karine ROUX", "22", "Programme Local de l'Habitat - avis de la commune", (10, 1, 3))]


def _summary_minutes() -> Document:
    """rapporteur | bare number | subject rows, each item closed by a tally alone: no
    decision verb, no "adopté" anywhere."""
    page = Page(number=1, width=595.0, height=842.0)
    top = 60.0

    def put(pieces: list[tuple[str, float]], step: float) -> None:
        nonlocal top
        top += step
        page.lines.append(Line(words=[w for t, x in pieces for w in line(t, top=top, x0=x).words], page=1))

    put([("Compte rendu de la séance du Conseil municipal", 30.0)], 0)
    put([("Réunion du Conseil municipal le 25/11/2022", 30.0)], 14)
    put([("Etaient présents : Laurence MOREL, Julien PETIT et Karine ROUX", 30.0)], 14)
    put([("M. Julien PETIT a été désigné secrétaire de séance.", 30.0)], 14)
    for rapporteur, number, subject, (pour, contre, abst) in ITEMS:
        put([(rapporteur, 30.0), (number, 150.0), (subject, 180.0)], 24)
        put([(f"Vote : Pour {pour} ; Contre {contre} ; Abstention {abst}", 180.0)], 14)
    return Document(path="<built>", pages=[page])


def test_summary_minutes_of_tallies_are_split_into_items_with_their_counts():
    parts = [p for p in split_parts(_summary_minutes(), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["20", "21", "22"]
    assert [p.metadata["subject"] for p in parts] == [s for _, _, s, _ in ITEMS]
    votes = [p.metadata["vote"] for p in parts]
    assert [(v["for"], v["against"], v["abstention"]) for v in votes] == [c for *_, c in ITEMS]
    # Nobody against: unanimity (of the votes cast); one against: a majority.
    assert [v["result"] for v in votes] == ["unanimity", "unanimity", "majority"]


def test_a_tally_with_bare_counts_is_read_by_the_single_deliberation_rules_too():
    cfg = compile_family(load_rules(), "board_deliberation").section("deliberation")
    vote = read_vote("Vote : Pour 22 ; Contre 3 ; Abstention 1", cfg)
    assert (vote.result, vote.for_, vote.against, vote.abstention) == ("majority", 22, 3, 1)


def test_a_proxy_holder_in_brackets_after_a_bare_a():
    specs = [
        {"text": "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "bold": True},
        {"text": "Conseil Municipal du 10/05/2020", "gap": 6.0},
        {"text": "Présents : M. Bruno DUPONT, M. Alain NGUYEN, Mme Marie PERRIN", "gap": 6.0},
        {"text": "Absents ayant donné procuration :\tM. Pascal LAURENT (à M. Alain NGUYEN)", "gap": 6.0},
        {"text": "Mme Claire DUVAL (à Mme Marie PERRIN)", "x0": 205.0},
        {"text": "Absents excusés :\tMme Karine BERTIN", "gap": 6.0},
        {"text": "DEL2020-7 : Tarifs de la restauration scolaire", "bold": True, "gap": 12.0},
        {"text": "Après en avoir délibéré, le Conseil Municipal DÉCIDE d'approuver les tarifs.", "gap": 6.0},
        {"text": "Adopté à l'unanimité.", "gap": 6.0},
    ]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    excused = {(e["name"], e["proxy_to"]) for e in parts[0].metadata["excused"]}
    assert excused == {("Pascal LAURENT", "Alain NGUYEN"), ("Claire DUVAL", "Marie PERRIN"),
                       ("Karine BERTIN", None)}


def test_a_bold_count_line_of_a_tally_is_no_title():
    """"Pour : 31" plain, "Contre : 8" in bold, then "Abstention : 1" and the adoption: the
    tally's lines are one decision, not a second item titled "Contre : 8"."""
    specs = [
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "bold": True},
        {"text": "Date de la séance : 7 septembre 2025", "gap": 6.0},
        {"text": "Présidait la séance : M. Pierre THOMAS", "gap": 6.0},
        {"text": "Membres présents : M. Pierre THOMAS, M. Jean MORIN, Mme Anaïs ARNAUD", "gap": 6.0},
        {"text": "Affaire n° 2025-91 : Aide à l'accession sociale à la propriété", "bold": True, "gap": 12.0},
        {"text": "Après en avoir délibéré, le Conseil communautaire DÉCIDE d'approuver l'aide.", "gap": 6.0},
        {"text": "Pour : 31", "gap": 6.0},
        {"text": "Contre : 8", "bold": True},
        {"text": "Abstention : 1"},
        {"text": "Adopté à la majorité des suffrages exprimés", "bold": True},
        {"text": "Pour extrait conforme,", "gap": 12.0},
    ]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1
    vote = parts[0].metadata["vote"]
    assert (vote["result"], vote["for"], vote["against"], vote["abstention"]) == ("majority", 31, 8, 1)


def test_presidait_la_seance_is_a_president_label():
    """"Présidait la séance :" (the minutes' past tense) labels the chair; nothing else in the
    document names her (no signature, no "sous la présidence de")."""
    specs = [
        {"text": "Extrait du registre des délibérations du Bureau communautaire", "bold": True},
        {"text": "Date de la séance : 6 juillet 2020", "gap": 6.0},
        {"text": "Présidait la séance :\tMARTINEZ Hélène", "gap": 6.0},
        {"text": "Présents (3) :\tMARTINEZ Hélène ; BLANC Marie ; OUDART Paul", "gap": 6.0},
        {"text": "Délibération n° 58", "bold": True, "gap": 12.0},
        {"text": "Objet : Convention de partenariat avec l'école de musique", "bold": True},
        {"text": "Après en avoir délibéré, le Bureau communautaire DÉCIDE d'approuver la convention.",
         "gap": 6.0},
        {"text": "Adopté à l'unanimité.", "gap": 6.0},
    ]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert parts[0].metadata["president"] == "MARTINEZ Hélène"
