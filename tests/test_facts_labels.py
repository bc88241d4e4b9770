"""Amount labels in prose: what the amount measures, whole words, stable across phrasings (seed avenant text)."""

from __future__ import annotations

import pytest

from convention_parser.facts import extract_facts
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph

RULES = load_rules()


def _labels(text):
    f = extract_facts([Paragraph(text=text, page=1, section="9")], [], RULES, use_model=False)
    return [(a.value, a.label) for a in f.amounts]


@pytest.mark.parametrize("text, expected", [
    ("Le financement de la démolition de la tour des Frênes à Avion à hauteur de 1 880 000 €.",
     [(1880000.0, "financement de la démolition de la tour des Frênes à Avion")]),
    ("La participation financière de l’ANRU au titre du NPNRU s’entend pour un montant global maximal de concours "
     "financiers prévisionnels de 70 739 366,40 €, comprenant 63 484 150,40 € de subventions, et 7 255 216,00 € de "
     "volume de prêts distribués par Action Logement Services.",
     [(70739366.4, "participation financière de l’ANRU au titre du NPNRU"), (63484150.4, "subventions"),
      (7255216.0, "volume de prêts distribués par Action Logement Services")]),
    ("La mise en œuvre du programme s’appuie par ailleurs sur le financement en prêts de la Caisse des dépôts pour un "
     "montant prévisionnel de 10 223 883, 02 €.",
     [(10223883.02, "financement en prêts de la Caisse des dépôts")]),
    ("la redevance proposée par le CHL (plafonnée à 300€ par studio) ne permettait pas",
     [(300.0, "redevance proposée par le CHL")]),
])
def test_prose_labels(text, expected):
    assert _labels(text) == expected


def test_label_is_whole_words_and_independent_of_text_before_the_clause():
    clause = "grâce à un financement de la CALL de 10 000 €."
    short = _labels("Les travaux ont commencé " + clause)
    long_ = _labels("Depuis la signature, après de nombreux échanges avec les partenaires, les travaux ont commencé "
                    "dès le mois de mai 2022 " + clause)
    assert short == long_ == [(10000.0, "financement de la CALL")]
