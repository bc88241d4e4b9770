"""A vote phrase a paragraph wrapped inside ("… ci-dessus à" / "l'unanimité des suffrages
exprimés", "à la" / "majorité", "n'est pas" / "adoptée"): the family's vote rules write its
words with spaces, the lines put a line break between them. Seen on generator2's eighth family
(dev seed 8262, minutes8-204601798: four "à l'unanimité des suffrages exprimés (1 abstention :
…)" read without their result). The item's text is read row by row there (a ruled row of the
sitting's dates stands among its lines, which the table stage took), each row a line of the
text.
Minutes typeset by LibreOffice for the test, each vote broken at a chosen word by a line break
inside its paragraph (as a justified paragraph wraps); gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")

# (decision sentence with "|" where its line breaks, gold vote)
ITEMS = [
    ("Le Bureau communautaire, après en avoir délibéré, DÉCIDE d'approuver les dispositions ci-dessus à|"
     "l'unanimité des suffrages exprimés (1 abstention : M. Olivier DUPONT).",
     ("unanimity", None, None, 1)),
    ("Le Bureau communautaire, après en avoir délibéré, à|l'unanimité, M. Paul ROUX ne prenant pas part au "
     "vote, ADOPTE les dispositions ci-dessus.",
     ("unanimity", None, None, None)),
    ("Le Bureau communautaire, après en avoir délibéré, ADOPTE les dispositions ci-dessus à la|"
     "majorité des suffrages exprimés (3 contre).",
     ("majority", None, 3, None)),
    ("Le Bureau communautaire, après en avoir délibéré, ADOPTE les dispositions ci-dessus. La délibération est "
     "adoptée à la majorité absolue des suffrages exprimés par 17 voix|pour, 2 voix contre et 1 abstention.",
     ("majority", 17, 2, 1)),
    ("Après en avoir délibéré, la proposition de cession n'est pas|adoptée.",
     ("rejected", None, None, None)),
]
SUBJECTS = ["Garantie d'emprunt accordée à Pas-de-Calais Habitat", "Cession d'un terrain rue Voltaire",
            "Convention de gestion urbaine de proximité", "Subvention à l'association Habitat Solidaire",
            "Acquisition d'un immeuble rue de la Gare"]


def _minutes_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 6)
    doc.add_paragraph().add_run("COMMUNAUTÉ D'AGGLOMÉRATION DE LENS-LIÉVIN").bold = True
    doc.add_paragraph().add_run("PROCÈS-VERBAL DE LA SÉANCE DU BUREAU COMMUNAUTAIRE").bold = True
    doc.add_paragraph("Séance du mardi 24 janvier 2017 à 18h00")
    doc.add_paragraph("Présents : M. Jean-Pierre CORBISEZ, Président, M. Olivier DUPONT, M. Paul ROUX, "
                      "Mme Anne PETIT, Mme Céline DEBRUYNE, M. Didier LE ROUX.")
    doc.add_paragraph("Excusée : Mme Pauline WALLART.")
    doc.add_paragraph("Secrétaire de séance : Mme Anne PETIT")
    for k, ((sentence, _), subject) in enumerate(zip(ITEMS, SUBJECTS), start=1):
        doc.add_paragraph().add_run(f"Délibération n° 2017-01-24/0{k} – {subject}").bold = True
        # a ruled row of the sitting's dates atop the item: the table stage takes its lines
        docxkit.fixed_table(doc, [[["Date de convocation : 14/01/2017"], ["Date d'affichage : 15/01/2017"]]],
                            [8.5, 8.5], "all", 11)
        doc.add_paragraph("Vu le Code Général des Collectivités Territoriales,")
        doc.add_paragraph("Le projet s'inscrit dans les orientations définies par le programme pluriannuel "
                          "d'investissement.")
        p = doc.add_paragraph()
        first, rest = sentence.split("|")
        p.add_run(first).add_break()        # the paragraph goes on, on the next line
        p.add_run(rest)
    doc.save(str(path))


@needs_office
def test_a_vote_phrase_wrapped_between_its_words_is_read(tmp_path):
    pdf = office.built_pdf(_minutes_docx, tmp_path / "wrapped-votes.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == len(ITEMS)
    for part, (_, gold) in zip(parts, ITEMS):
        v = part["metadata"]["vote"]
        assert (v["result"], v["for"], v["against"], v["abstention"]) == gold, part["metadata"]["number"]
