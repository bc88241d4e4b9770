"""An annex list written as one sentence of prose ("Sont annexés à la présente convention :
l'annexe A1 (…), …" or "… : A1 – … ; A2 – … .") gives the annexes the diff compares, on
conventions built for the test and converted by LibreOffice (layout set 4)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

BODY = "La présente convention précise les engagements des parties pour la durée du projet urbain."
SIGNED = [("A2", "Carte des quartiers prioritaires de l'agglomération"), ("A8", "Plan guide du projet urbain"),
          ("C2", "Tableau financier des opérations programmées"), ("C4", "Tableau financier prévisionnel global")]
CONSOLIDATED = [("A2", "Carte des quartiers prioritaires de l'agglomération"), ("A8", "Plan guide du projet urbain"),
                ("C2", "Tableau financier des opérations programmées, dans sa version modifiée par l'avenant n°1"),
                ("C5", "Plan de relogement des ménages")]


def _prose(annexes, form: int) -> str:
    if form == 1:
        items = [f"l'annexe {c} ({t})" for c, t in annexes]
        return "Sont annexés à la présente convention : " + ", ".join(items[:-1]) + " et " + items[-1] + "."
    return ("Les annexes suivantes sont jointes à la présente convention et en font partie intégrante : "
            + " ; ".join(f"{c} – {t}" for c, t in annexes) + ".")


def _docx(path: Path, annexes, form: int) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    for n, title in (("1", "Les éléments de contexte"), ("2", "La durée de la convention")):
        doc.add_paragraph(f"Article {n} – {title}").runs[0].bold = True
        for _ in range(3):
            doc.add_paragraph(BODY)
    doc.add_paragraph("ANNEXES").runs[0].bold = True
    doc.add_paragraph(_prose(annexes, form))
    doc.save(str(path))
    return path


@pytest.mark.parametrize("form", [1, 2])
def test_annexes_listed_in_prose_are_compared(tmp_path, form):
    from convention_parser.diff import diff_results
    from convention_parser.pipeline import parse_pdf

    pdfs = office.docx_to_pdf([_docx(tmp_path / "signed.docx", SIGNED, form),
                               _docx(tmp_path / "consolidated.docx", CONSOLIDATED, form)], tmp_path / "pdf")
    old, new = (parse_pdf(str(p)) for p in pdfs)
    got = {(c.type, c.target.replace("Annexe ", "")) for c in diff_results(old, new).changes
           if c.type.startswith("annex_")}
    assert ("annex_repealed", "C4") in got
    assert ("annex_added", "C5") in got
    assert ("annex_modified", "C2") in got
    assert not any(t in ("A2", "A8") for _, t in got)
