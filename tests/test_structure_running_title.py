"""A convention prints its title as a running header atop every page ("Convention
pluriannuelle NPNRU – Communauté …"). On the page after its signatures ("Fait à …, le …",
the annexes' list), that header is furniture still: a family whose title runs atop its pages
([meta] running_title, convention.toml) names no act with it, whereas the title of an act of a
collection taken for a header on the page after one that ended an act goes back to the body
(structure/lines._title_headers). On a document built for the test (no PDF)."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines, line

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

RUNNING = "Convention pluriannuelle NPNRU – Communauté d'agglomération de Lens-Liévin"


def _convention():
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "bold": True, "size": 14.0, "page": 1},
             {"text": "Article 12 – Les modalités de suivi", "bold": True, "page": 1, "gap": 12.0},
             {"text": "Les partenaires se réunissent chaque année en revue de projet.", "page": 1},
             {"text": "Article 13 – La durée de la convention", "bold": True, "page": 2, "gap": 12.0},
             {"text": "La présente convention s'achève au 31 décembre 2031.", "page": 2},
             {"text": "Fait à Lens, le 3 mars 2024.", "page": 2, "gap": 12.0},
             {"text": "Pour la commune de Lens, le Maire, Sylvain ROBERT", "page": 2},
             {"text": "ANNEXES", "bold": True, "page": 3},
             {"text": "A1 Plan de situation", "page": 3},
             {"text": "A2 Plan guide du projet", "page": 3}]
    doc = doc_from_lines(specs)
    for p in doc.pages:
        p.header = [line(RUNNING, page=p.number, top=30.0, size=8.0)]
    return doc


def test_a_running_title_after_the_signatures_stays_furniture():
    part = split_parts(_convention(), load_rules())[0]
    assert part.kind == "convention"
    text = " ".join(s.text for s in part.sections)
    assert RUNNING not in text
    assert "A2 Plan guide du projet" in text
