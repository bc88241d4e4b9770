"""Votes told in phrasings of generator2's vote_phrasings.py (kinds deliberation_votes /
minutes_votes; dev seed 8274: vote 28/44 before): counts written in words ("par vingt-deux voix
pour, cinq voix contre et deux abstentions", "(deux abstentions : …)"), the votes cast all for
with nobody against printed ("par 26 voix pour et 4 abstentions": the unanimity of the votes
cast), "à l'unanimité moins une abstention", a secret ballot's results (blank ballots are no
abstention), members not taking part named inside the counts' sentence. Minutes typeset by
LibreOffice for the test, one item a phrasing; gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")

ITEMS = [
    (["Le Comité syndical, après en avoir délibéré, par vingt-deux voix pour, cinq voix contre et deux "
      "abstentions, ADOPTE les dispositions ci-dessus."], ("majority", 22, 5, 2)),
    (["Le Comité syndical, après en avoir délibéré, par trente et une voix pour et une voix contre, "
      "APPROUVE la convention."], ("majority", 31, 1, None)),
    (["Le Comité syndical, après en avoir délibéré, APPROUVE par 26 voix pour et 4 abstentions les "
      "dispositions ci-dessus."], ("unanimity", 26, None, 4)),
    (["Le Comité syndical, après en avoir délibéré, ADOPTE les dispositions ci-dessus.",
      "Adopté à l'unanimité moins deux abstentions (M. Paul ROUX, Mme Anne PETIT)."],
     ("unanimity", None, None, 2)),
    (["Le Comité syndical, après en avoir délibéré, DÉCIDE à l'unanimité (une abstention : M. Luc MARTIN) "
      "d'approuver la convention."], ("unanimity", None, None, 1)),
    (["À la demande d'un tiers des membres présents, il est procédé au vote à bulletin secret.",
      "Résultats du scrutin : votants : 29 ; bulletins blancs ou nuls : 2 ; suffrages exprimés : 27 ; "
      "pour : 20 ; contre : 7.", "Le Comité syndical ADOPTE en conséquence les dispositions ci-dessus."],
     ("majority", 20, 7, None)),
    (["Au scrutin secret, par 18 voix pour, 9 voix contre et 2 bulletins blancs, le Comité syndical "
      "APPROUVE la cession."], ("majority", 18, 9, None)),
    (["Le Comité syndical, par 25 voix pour, 3 voix contre (M. Luc MARTIN, Mme Anne PETIT, M. Paul ROUX) "
      "et 2 abstentions (Mme Lise FAURE, M. Marc BLANC), M. Karim BENALI et Mme Julie ROUX ne prenant "
      "pas part au vote, ADOPTE les dispositions ci-dessus."], ("majority", 25, 3, 2)),
    (["Le Comité syndical, après en avoir délibéré, à l'unanimité, Mme Lise FAURE et M. Marc BLANC ne "
      "prenant pas part au vote, ADOPTE les dispositions ci-dessus."], ("unanimity", None, None, None)),
]


def _minutes_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 6)
    doc.add_paragraph().add_run("SYNDICAT MIXTE DES TRANSPORTS ARTOIS-GOHELLE").bold = True
    doc.add_paragraph().add_run("PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL").bold = True
    doc.add_paragraph("Séance du jeudi 6 mars 2025 à 18h00")
    doc.add_paragraph("Présents : M. Jean-Michel WATTEZ, Président, M. Luc MARTIN, Mme Anne PETIT, M. Paul ROUX, "
                      "Mme Lise FAURE, M. Marc BLANC, M. Karim BENALI, Mme Julie ROUX.")
    doc.add_paragraph("Secrétaire de séance : Mme Anne PETIT")
    for k, (paragraphs, _) in enumerate(ITEMS, start=1):
        doc.add_paragraph().add_run(f"Délibération n° 2025-{k:02d} – Subvention au programme n° {k}").bold = True
        doc.add_paragraph("Vu le Code Général des Collectivités Territoriales,")
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(str(path))


@needs_office
def test_votes_told_in_words_secret_ballots_and_unanimity_less_abstentions(tmp_path):
    pdf = office.built_pdf(_minutes_docx, tmp_path / "vote-phrasings.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == len(ITEMS)
    got = [tuple(p["metadata"]["vote"][k] for k in ("result", "for", "against", "abstention")) for p in parts]
    assert got == [gold for _, gold in ITEMS]
