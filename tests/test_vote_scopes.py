"""A decision voted more than once (generator2's vote_scopes.py, kinds deliberation_votes /
minutes_votes; dev seed 8320): votes per article or per resolution (the deliberation's vote is
the vote on the whole when printed, else the least favourable article's), an amendment voted
before the deliberation (its vote is the amendment's), a vote taken again (the last one is the
deliberation's), members leaving the room before the vote (absent at that vote only, present
again at the next item). Minutes and a single deliberation typeset by LibreOffice for the test,
gold by construction; articles of the decision itself ("Article 1 : d'approuver …") are no
votes by article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

from convention_parser.evaluate.deliberations import name_key  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")

PRESENT = ["Jean-Michel WATTEZ", "Luc MARTIN", "Anne PETIT", "Paul ROUX", "Lise FAURE", "Marc BLANC",
           "Karim BENALI", "Julie ROUX"]

# (paragraphs of the item, its vote (result, for, against, abstention), who left the room before it)
ITEMS = [
    (["Le Comité syndical procède au vote article par article :",
      "Article 1 : adopté à l'unanimité.",
      "Article 2 : adopté par 25 voix pour, 3 voix contre (M. Paul ROUX, Mme Anne PETIT, M. Marc BLANC) "
      "et 1 abstention.",
      "Article 3 : adopté par 27 voix pour et 2 voix contre."], ("majority", 25, 3, 1), []),
    (["Mis aux voix, l'article 1er est adopté par 20 voix pour et 9 voix contre ; l'article 2 est adopté "
      "à l'unanimité.",
      "La délibération est adoptée dans son ensemble par 24 voix pour et 5 voix contre."],
     ("majority", 24, 5, None), []),
    (["Première résolution : adoptée à l'unanimité.",
      "Résolution n° 2 : adoptée par 26 voix pour, 2 voix contre et 1 abstention."],
     ("majority", 26, 2, 1), []),
    (["Mme Lise FAURE présente un amendement visant à reporter le lancement des travaux à 2027.",
      "Mis aux voix, l'amendement est rejeté par 4 voix pour, 23 voix contre et 2 abstentions.",
      "Le Comité syndical, après en avoir délibéré, ADOPTE à l'unanimité la délibération."],
     ("unanimity", None, None, None), []),
    (["M. Marc BLANC présente un amendement visant à ajouter une clause de revoyure annuelle.",
      "L'amendement est mis aux voix. Il est adopté par 20 voix pour et 9 voix contre.",
      "La délibération ainsi amendée est ensuite mise aux voix : elle est adoptée par 27 voix pour et "
      "2 voix contre."], ("majority", 27, 2, None), []),
    (["Le projet de délibération est mis aux voix : il est adopté par 15 voix pour et 14 voix contre.",
      "Une erreur de décompte ayant été constatée, il est procédé à un nouveau vote.",
      "La délibération est adoptée par 17 voix pour et 12 voix contre."], ("majority", 17, 12, None), []),
    (["M. Luc MARTIN, intéressé à l'affaire, quitte la salle et ne prend pas part au vote.",
      "Le Comité syndical, après en avoir délibéré, ADOPTE par 25 voix pour et 3 voix contre les "
      "dispositions ci-dessus."], ("majority", 25, 3, None), ["Luc MARTIN"]),
    (["Le Comité syndical, après en avoir délibéré, DÉCIDE :",
      "Article 1 : d'approuver la convention de gestion urbaine de proximité.",
      "Article 2 : d'autoriser le Président à la signer.",
      "Adopté à l'unanimité."], ("unanimity", None, None, None), []),
]


def _head(doc, title: str) -> None:
    doc.add_paragraph().add_run("SYNDICAT MIXTE DES TRANSPORTS ARTOIS-GOHELLE").bold = True
    doc.add_paragraph().add_run(title).bold = True
    doc.add_paragraph("Séance du jeudi 6 mars 2025 à 18h00")
    doc.add_paragraph("Présents : M. Jean-Michel WATTEZ, Président, M. Luc MARTIN, Mme Anne PETIT, M. Paul ROUX, "
                      "Mme Lise FAURE, M. Marc BLANC, M. Karim BENALI, Mme Julie ROUX.")
    doc.add_paragraph("Secrétaire de séance : Mme Anne PETIT")


def _minutes_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 6)
    _head(doc, "PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL")
    for k, (paragraphs, _, _) in enumerate(ITEMS, start=1):
        doc.add_paragraph().add_run(f"Délibération n° 2025-{k:02d} – Subvention au programme n° {k}").bold = True
        doc.add_paragraph("Vu le Code Général des Collectivités Territoriales,")
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(str(path))


def _vote(md: dict) -> tuple:
    return tuple(md["vote"][k] for k in ("result", "for", "against", "abstention"))


@needs_office
def test_votes_by_article_amendments_votes_again_and_members_leaving_the_room(tmp_path):
    pdf = office.built_pdf(_minutes_docx, tmp_path / "vote-scopes.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == len(ITEMS)
    assert [_vote(p["metadata"]) for p in parts] == [vote for _, vote, _ in ITEMS]
    for p, (_, _, left) in zip(parts, ITEMS):
        # who left the room before the vote is absent at it, present again at the next item
        want = sorted(name_key(n) for n in PRESENT if n not in left)
        assert sorted(map(name_key, p["metadata"]["present"])) == want
        assert sorted(map(name_key, p["metadata"]["absent"])) == sorted(map(name_key, left))


def _single_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 6)
    _head(doc, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL")
    doc.add_paragraph().add_run("Délibération n° 2025-14 – Cession d'un terrain à la SEM Territoires").bold = True
    doc.add_paragraph("Vu le Code Général des Collectivités Territoriales,")
    doc.add_paragraph("Mme Julie ROUX quitte la salle pour ce vote.")
    doc.add_paragraph("Le Comité syndical, après en avoir délibéré, ADOPTE à l'unanimité les dispositions "
                      "ci-dessus.")
    doc.add_paragraph("Mme Julie ROUX regagne la salle.")
    doc.save(str(path))


@needs_office
def test_single_deliberation_member_leaving_the_room_before_the_vote(tmp_path):
    pdf = office.built_pdf(_single_docx, tmp_path / "vote-scopes-single.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert _vote(md) == ("unanimity", None, None, None)
    assert sorted(map(name_key, md["present"])) == sorted(name_key(n) for n in PRESENT if n != "Julie ROUX")
    assert list(map(name_key, md["absent"])) == [name_key("Julie ROUX")]
