"""A short avenant in the legislative style quotes the convention in every instruction (the
convention family's keywords win on counts), but its title names its kind: the family whose
title opens the document weighs more (StructureSettings.title_lines, [detect] title_weight)."""

from convention_parser.rules import load_rules
from convention_parser.structure.family import compile_family
from convention_parser.structure.settings import StructureSettings

TITLE_LINES = StructureSettings().title_lines

LEGIS = ["Avenant n°1 à la convention pluriannuelle de renouvellement urbain",
         "de la Communauté d'Agglomération du Val de Lestrée (n° C0688)",
         "Vu la convention pluriannuelle de renouvellement urbain signée le 3 mars 2021,",
         "Il est convenu entre :",
         "Les communes comprenant au moins un quartier inscrit au titre I de la présente convention pluriannuelle,",
         "Les maîtres d'ouvrage des opérations programmées dans la présente convention :",
         "Article 1er – Modifications de la convention pluriannuelle",
         "La convention pluriannuelle de renouvellement urbain susvisée est ainsi modifiée :",
         "1° Au deuxième alinéa de l'article 4.1, les mots « 339 logements » sont remplacés par les mots « 410 logements ».",
         "2° L'annexe C4 est abrogée.",
         "Article 2 – Entrée en vigueur"]


def _scores(lines):
    rules = load_rules()
    return {name: compile_family(rules, name).score(lines, TITLE_LINES) for name in ("avenant", "convention")}


def test_a_legislative_avenant_is_an_avenant_by_its_title():
    s = _scores(LEGIS)
    assert s["avenant"] > s["convention"]
    # without its title the body's keywords make it a convention: the title decides
    untitled = _scores(LEGIS[1:])
    assert untitled["convention"] > untitled["avenant"]


def test_a_convention_keeps_its_kind():
    conv = ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "de la Communauté urbaine de Valmy",
            "Il est convenu entre :", "La présente convention porte sur les quartiers suivants :",
            "TITRE I - LES QUARTIERS", "Version consolidée intégrant l'avenant n°1 signé le 2 mai 2024"]
    s = _scores(conv)
    assert s["convention"] > s["avenant"]
