"""A single deliberation whose act number is also printed in the page's running header, with
the sitting instead of the subject ("Délibération n° 2012-01-043 – Conseil communautaire du
16/01/2012"), above an opening block whose secretary is elected "à l'unanimité" (generator2's
seventh family, dev seeds 7202, 7205): the title is the decision's own numbered line (the
secretary's election decides nothing), or its labelled subject ("Objet : …"). Documents built
for the test (no PDF); gold by hand."""

from __future__ import annotations

import pytest

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts


def _metadata(number: str, title_lines: list[dict]) -> dict:
    specs = [
        {"text": f"{number} – Conseil communautaire du 16/01/2012", "size": 8.0, "x0": 250.0},
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "bold": True, "gap": 20.0},
        {"text": "Séance du 16 janvier 2012", "gap": 6.0},
        {"text": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc MARTIN.", "gap": 6.0},
        {"text": "Mme Anne PETIT a été élue secrétaire de séance à l'unanimité.", "gap": 6.0},
        *title_lines,
        {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
        {"text": "Après en avoir délibéré, le Conseil communautaire décide d'approuver les", "gap": 6.0},
        {"text": "dispositions exposées ci-dessus."},
        {"text": "La proposition est rejetée par 26 voix contre, 14 voix pour.", "gap": 6.0}]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1
    return parts[0].metadata


SUBJECT = "Subvention exceptionnelle au club sportif de Vénissieux"


@pytest.mark.parametrize("number", ["Délibération n° 2012-01-043", "DCM n° 12/043"])
def test_the_numbered_title_under_the_opening_block(number):
    md = _metadata(number, [{"text": f"{number} – {SUBJECT}", "bold": True, "gap": 8.0}])
    assert md["subject"] == SUBJECT
    assert md["vote"]["result"] == "rejected"


def test_the_labelled_subject_under_a_number_alone():
    md = _metadata("DCM n° 12/043", [{"text": "DCM n° 12/043", "bold": True, "gap": 8.0},
                                     {"text": f"Objet : {SUBJECT}", "gap": 4.0}])
    assert md["number"] == "12/043"
    assert md["subject"] == SUBJECT
