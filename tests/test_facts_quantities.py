"""Quantities whose unit a breakdown leaves out ("dont 30 au Nord et 12 au Sud")."""

from __future__ import annotations

from convention_parser.facts.lexicon import lexicon
from convention_parser.facts.quantities import find_quantities
from convention_parser.rules import load_rules

LX = lexicon(load_rules())


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(t, v, u) for _s, _e, t, v, u in find_quantities(text, LX)]


def test_breakdown_after_dont_shares_the_unit():
    text = "En tout, 75 logements sont reconstruits, dont 45 au Plateau et 30 à Bellevue. La fin est en 2027."
    assert _found(text) == [("75 logements", 75.0, "logement"), ("45", 45.0, "logement"), ("30", 30.0, "logement")]
    text = "Le réservataire reçoit 18 droits de réservation, dont 11 sur le secteur Nord, et 7 dans le Sud."
    assert [(v, u) for _t, v, u in _found(text)] == [(18.0, "droit"), (11.0, "droit"), (7.0, "droit")]


def test_breakdown_stops_at_the_clause_and_needs_dont():
    # A later clause, a number with its own unit, a number without a place: none borrows.
    assert _found("On démolit 40 logements ; dont 6 à Bellevue.") == [("40 logements", 40.0, "logement")]
    assert _found("On démolit 40 logements, soit 6 à Bellevue.") == [("40 logements", 40.0, "logement")]
    assert _found("Il reste 40 logements dont 6 places à Bellevue.") == [
        ("40 logements", 40.0, "logement"), ("6 places", 6.0, "place")]
    assert _found("Il reste 40 logements, 3 ans après, dont 6 à Bellevue.") == [("40 logements", 40.0, "logement")]


def test_a_team_counts_persons():
    # "une équipe projet composée de 5 personnes": a staffing commitment an
    # avenant revises (4 -> 5), told as a quantity.
    assert _found("Elle mobilise pour cela une équipe projet composée de 5 personnes :") == [
        ("5 personnes", 5.0, "personne")]
