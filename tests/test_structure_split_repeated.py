"""A title printed at the same place at the top of every page, below the band the furniture
pass reads, opens one document, not one per page (reportlab document built for the test;
gold by construction: one convention, articles 1..N)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.pipeline import parse_pdf

TITLE = "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"
ARTICLES = ["Les quartiers concernés", "Le programme urbain", "Les objectifs de mixité sociale",
            "Les opérations de démolition", "Le financement par l'Agence", "La durée de la convention"]
PROSE = ("Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au nouveau "
         "programme national de renouvellement urbain, le porteur de projet, la commune et les "
         "bailleurs sociaux s'engagent à mettre en oeuvre le projet de renouvellement urbain du "
         "quartier prioritaire de la politique de la ville dans les conditions de la présente convention. ")
# Later pages in plain words no family's keywords claim: alone, such a page reads as "other".
PLAIN = ("Les travaux se dérouleront selon le calendrier prévu, en plusieurs tranches successives, "
         "avec une attention portée aux circulations, au stationnement, aux espaces verts et à la "
         "tranquillité des habitants pendant toute la durée du chantier et des aménagements. ")


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, heading in enumerate(ARTICLES, start=1):
        words = (PROSE if n == 1 else PLAIN).split()
        # The title sits 150 pt from the top edge: out of the header band, in the body.
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, 842 - 150, TITLE)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, 842 - 190, f"Article {n} – {heading}")
        c.setFont("Helvetica", 10)
        y = 842 - 215
        for k in range(30):
            c.drawString(60, y, " ".join(words[(k * 5 + n) % len(words):][:11]) or "texte")
            y -= 13
        c.setFont("Helvetica", 9)
        c.drawString(290, 40, f"{n}/{len(ARTICLES)}")
        c.showPage()
    c.save()
    return path


def test_title_repeated_on_every_page_opens_one_document(tmp_path):
    parsed = parse_pdf(str(build(tmp_path / "repeated.pdf")))
    assert [p.kind for p in parsed.parts] == ["convention"]
    numbers = [s.number for s in parsed.parts[0].sections]
    assert [str(n) for n in range(1, len(ARTICLES) + 1)] == [x for x in numbers if x and x.isdigit()]


HEADER = "Convention pluriannuelle NPNRU – Communauté d'agglomération du Val de Sambre"
QUOTE = ("Vu le règlement général de l'Agence nationale pour la rénovation urbaine, rappelé ici, "
         "les travaux suivants sont programmés.")


def build_same_header(path: Path) -> Path:
    """A running header on every page (set apart: page furniture); page 4 opens on a line a
    document could start with, the rest of the document in plain words."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, heading in enumerate(ARTICLES, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(60, 842 - 40, HEADER)
        y = 842 - 90
        if n == 1:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, TITLE)
            y -= 30
        if n == 4:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, QUOTE)
            y -= 20
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, f"Article {n} – {heading}")
        y -= 20
        words = (PROSE if n == 1 else PLAIN).split()
        c.setFont("Helvetica", 10)
        for k in range(30):
            c.drawString(60, y, " ".join(words[(k * 5 + n) % len(words):][:11]) or "texte")
            y -= 13
        c.showPage()
    c.save()
    return path


def test_a_start_under_the_same_running_header_opens_nothing(tmp_path):
    parsed = parse_pdf(str(build_same_header(tmp_path / "same_header.pdf")))
    assert [p.kind for p in parsed.parts] == ["convention"]
    numbers = [s.number for s in parsed.parts[0].sections]
    assert [str(n) for n in range(1, len(ARTICLES) + 1)] == [x for x in numbers if x and x.isdigit()]
