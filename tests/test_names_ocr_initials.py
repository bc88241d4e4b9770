"""Initials whose inner period OCR lost ("J.T. ALBERTINI" read "JT. ALBERTINI", small italic
capitals at 300 dpi): the period after "JT" does not end the sentence the absentees are
read from, and the name gets its periods back. Minutes built line by line for the test."""

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.model import Document, Page
from test_attendance_layouts import _line

LINES = ["Compte-rendu de la réunion", "Du Conseil Municipal du 25 mars 2024",
         "25 Conseillers étaient Présents ou Représentés (02 Procurations : F. LUCIANI,",
         "M. SIMEONI) et 03 conseillers étaient Absents : JT. ALBERTINI, E. BAGHIONI,",
         "P. SINDALI.",
         "Le Maire ouvre la session.",
         "24-03/029 – Adoption du Compte Administratif 2023 de la Commune :",
         "Le Conseil, à l'unanimité, adopte le Compte Administratif 2023.",
         "24-03/030 – Approbation du Compte de Gestion 2023 de la Commune :",
         "Le Conseil, à l'unanimité, approuve le Compte de Gestion 2023."]


def test_absentees_after_initials_run_together_are_all_read():
    page = Page(number=1, width=595.0, height=842.0,
                lines=[_line(1, 60.0 + 16 * k, (50.0, t)) for k, t in enumerate(LINES)])
    parts = split_parts(Document(path="<built>", pages=[page]), load_rules())
    assert len(parts) == 2
    for part in parts:
        assert part.metadata["absent"] == ["J.T. ALBERTINI", "E. BAGHIONI", "P. SINDALI"]
