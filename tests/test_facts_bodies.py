"""Organisations and people named after the shapes French bodies and signatures use
(facts/bodies.py), on sentences written for the test with names absent from the
field's list (common.toml [[organisations]])."""

from __future__ import annotations

from convention_parser.facts.entities import rule_entities
from convention_parser.facts.lexicon import lexicon
from convention_parser.rules import load_rules

LX = lexicon(load_rules())


def _ents(text, label=None):
    return [(f.text, f.normalized) for f in rule_entities(text, LX) if label is None or f.label == label]


def test_institutional_head_nouns_name_bodies_with_their_whole_name():
    text = ("la Métropole du Val de Lorvanne, l’Établissement public territorial Grand-Orly Seine Bièvre, "
            "le Syndicat mixte des Transports du Ternois et la Communauté urbaine d’Arvelle-sur-Lys, "
            "l’OPH de Brémontier")
    assert [n for _, n in _ents(text, "ORG")] == [
        "Métropole du Val de Lorvanne", "Établissement public territorial Grand-Orly Seine Bièvre",
        "Syndicat mixte des Transports du Ternois", "Communauté urbaine d’Arvelle-sur-Lys", "OPH de Brémontier"]


def test_a_name_stops_before_a_clause_and_a_conjunction():
    assert _ents("Pour la Métropole de Carvalle Le Président", "ORG") == [("Métropole de Carvalle", "Métropole de Carvalle")]
    assert [n for _, n in _ents("la Métropole de Carvalle et la Région Bretagne", "ORG")] == [
        "Métropole de Carvalle", "Région Bretagne"]


def test_social_landlord_brands_before_or_after_the_name():
    text = "Logis Morvandiau, Maisons de Solaure, Immobilière Castelnor, Tréval Logement, Trois Rivières Habitat, Habitat 25"
    assert [n for _, n in _ents(text, "ORG")] == [
        "Logis Morvandiau", "Maisons de Solaure", "Immobilière Castelnor", "Tréval Logement", "Trois Rivières Habitat",
        "Habitat 25"]
    # The brand word alone, a common noun or an opening article names no body.
    assert _ents("Le Habitat du quartier, le logement social, Pour Ormal Habitat", "ORG") == [
        ("Ormal Habitat", "Ormal Habitat")]


def test_legal_forms_are_not_part_of_the_name():
    assert _ents("la SA d’HLM Castelnor Habitat et l’association Bricol’Avenir", "ORG") == [
        ("Castelnor Habitat", "Castelnor Habitat"), ("Bricol’Avenir", "Bricol’Avenir")]
    assert _ents("Bricol’Avenir, association, représentée par son Président,", "ORG") == [
        ("Bricol’Avenir", "Bricol’Avenir")]
    # "sa directrice": a possessive, not the legal form "SA".
    assert _ents("Tréval, sa directrice générale", "ORG") == []


def test_people_after_a_function_or_closing_a_signature_line():
    text = ("Pour la commune de Lorvanne, le Maire, Gaëlle MARTINEAU\n"
            "Pour Immobilière Castelnor, Jean-Baptiste DE LA FOSSE\n"
            "Pour la Métropole du Val de Lorvanne, le Président, Rémi\nCOULIBALY")
    assert [n for _, n in _ents(text, "PER")] == ["Gaëlle MARTINEAU", "Jean-Baptiste DE LA FOSSE", "Rémi COULIBALY"]
    # A field acronym is no surname.
    assert _ents("le Directeur, Montant ANRU\n", "PER") == []


def test_surname_first_after_a_civility():
    assert _ents("Madame LEMAIRE Odile, adjointe", "PER") == [("LEMAIRE Odile", "LEMAIRE Odile")]
    assert _ents("Monsieur LEMAIRE Maire, puis", "PER") == [("LEMAIRE", "LEMAIRE")]


def test_an_opening_word_does_not_hide_the_body_after_it():
    # "Pour Logis" must not be read as a brand "<name> Logis" and swallow "Logis Ternois".
    assert _ents("Pour Logis Morvandiau, Jean HENNEBERT", "ORG") == [("Logis Morvandiau", "Logis Morvandiau")]


def test_party_name_ends_at_its_legal_form():
    """convention.toml party_name_end: ", association" / ", SA d'HLM" close the party's name."""
    from convention_parser.structure.avenant_meta import read_parties
    from convention_parser.structure.model import Paragraph
    cfg = load_rules().families["convention"]["metadata"]
    lines = ["Il est convenu entre :", "Bricol’Avenir, association, représentée par son Président,",
             "Tréval Logement, SA d’HLM, représentée par sa Directrice Générale,",
             "Maisons de Solaure, société coopérative d’HLM, représentée par son Directeur Général,",
             "Ce qui suit"]
    parties, _ = read_parties(cfg, [Paragraph(text=t, page=1, section=None) for t in lines])
    assert parties == ["Bricol’Avenir", "Tréval Logement", "Maisons de Solaure"]


def test_particles_inside_a_name_after_a_civility():
    assert _ents("Monsieur Jean-Louis de La Fontaine, Maire", "PER") == [("Jean-Louis de La Fontaine", "Jean-Louis de La Fontaine")]
    assert _ents("Madame Anne d’Arvieux a signé", "PER") == [("Anne d’Arvieux", "Anne d’Arvieux")]
    assert _ents("Monsieur le Maire", "PER") == []
    # Without a particle, two words at most: a function after the name is not part of it.
    assert _ents("Monsieur Alain Roger Vice-Président", "PER") == [("Alain Roger", "Alain Roger")]
