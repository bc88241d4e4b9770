"""Minutes whose item titles stand at a tab stop after their number and wrap back to the
number's margin ("Question n° 2<tab>Rénovation … - demande de" / "subvention DSIL"), items
grouped under roman-numbered parts ("II. HABITAT"): generator2's eighth family. Documents
built for the test (no PDF); gold by hand."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

OPENING = [
    {"text": "Pas-de-Calais Habitat"},
    {"text": "PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION", "bold": True, "gap": 6.0},
    {"text": "Séance du jeudi 20 novembre 2025 à 18h30", "gap": 6.0},
    {"text": "Présents : Mme Anne PETIT, M. Luc DURAND, Mme Zoé LEROY", "gap": 6.0},
]

TITLES = [("Question n° 1", "Rénovation énergétique du groupe scolaire - demande de", "subvention DSIL"),
          ("Question n° 2", "Approbation de l'avenant n° 6 à la convention pluriannuelle de",
           "renouvellement urbain"),
          ("Question n° 3", "Démolition de 89 logements de la résidence les Tours Sud",
           "- approbation de l'opération")]


def _minutes(labels: list[str | None]) -> list[dict]:
    specs = list(OPENING)
    for k, (number, first, rest) in enumerate(TITLES):
        if labels[k]:
            specs.append({"text": labels[k], "bold": True, "gap": 8.0})
        specs.append({"text": f"{number}\t{first}", "bold": True, "gap": 8.0})
        if rest:
            specs.append({"text": rest.removeprefix("- "), "bold": True, "list_item": rest.startswith("- "),
                          "x0": 50.0 + (8.0 if rest.startswith("- ") else 0.0)})   # a dash read as a bullet
        specs += [{"text": "Rapporteur : Mme Anne PETIT"},
                  {"text": "Vu le Code de la Construction et de l'Habitation,"},
                  {"text": "Le Conseil, après en avoir délibéré, ADOPTE les dispositions ci-dessus."},
                  {"text": "Adopté à l'unanimité."}]
    return specs


def test_titles_wrapped_back_to_the_number_margin_under_roman_parts():
    for labels in ([None, None, None], ["I. FINANCES", None, "II. HABITAT ET RENOUVELLEMENT URBAIN"]):
        parts = [p for p in split_parts(doc_from_lines(_minutes(labels)), load_rules())
                 if p.kind == "deliberation"]
        assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == [
            ("1", "Rénovation énergétique du groupe scolaire - demande de subvention DSIL"),
            ("2", "Approbation de l'avenant n° 6 à la convention pluriannuelle de renouvellement urbain"),
            ("3", "Démolition de 89 logements de la résidence les Tours Sud - approbation de l'opération")]


def test_a_single_decisions_labelled_number_at_a_tab_before_its_title():
    for number, label in (("41", "Affaire n° 41"), ("2025-12", "Rapport n° 2025-12"),
                          ("2025-11-20/07", "2025-11-20/07")):
        specs = [
            {"text": "Pas-de-Calais Habitat"},
            {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION", "bold": True, "gap": 6.0},
            {"text": "Séance du jeudi 20 novembre 2025 à 18h30", "gap": 6.0},
            {"text": "Présents : Mme Anne PETIT, M. Luc DURAND, Mme Zoé LEROY", "gap": 6.0},
            {"text": "M. Luc DURAND est désigné secrétaire de séance."},
            {"text": f"{label}\tAutorisation de signer le marché de travaux du", "bold": True, "gap": 8.0},
            {"text": "quartier les Blancs Monts", "bold": True},
            {"text": "Rapporteur : Mme Anne PETIT"},
            {"text": "Le Conseil, après en avoir délibéré, ADOPTE les dispositions ci-dessus."},
            {"text": "Adopté à l'unanimité."},
        ]
        parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
        assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == [
            (number, "Autorisation de signer le marché de travaux du quartier les Blancs Monts")]
