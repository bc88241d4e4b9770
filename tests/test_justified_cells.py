"""Justified lines in narrow cells (tests/fixtures/structure/office_justified.py: python-docx +
LibreOffice, gold by construction): a wrapped line stretched to its cell's width puts spaces
wider than the gap between cells inside it ("BERTIN-MOUROT        Jean-" / "Michel", "Président
de" / "séance", "Date    d'affichage    :"). Layer 1 keeps the PDF text object each word was
drawn in (Word.run): words of one object on one row are one stretch of text, so the rows are
never cut inside them, and a cell's next line carries on its last word."""

from __future__ import annotations

from pathlib import Path

from convention_parser.pipeline import parse_pdf
from convention_parser.text import read_document
from convention_parser.text.model import same_run
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "structure"


def _builder():
    return fixture_module(FIXTURES / "office_justified.py")


B = _builder()
PDF = str(FIXTURES / "justified" / f"{B.NAME}.pdf")


def _row_words(first: str) -> dict[str, object]:
    """The words of the first visual row (words at one height) holding ``first``."""
    words = [w for ln in read_document(PDF).pages[0].lines for w in ln.words]
    top = next(w.top for w in words if w.text == first)
    return {w.text: w for w in words if abs(w.top - top) < 2.0}


def test_a_stretched_line_is_one_run_a_cell_beside_it_another():
    row = _row_words("Président")                               # "BERTIN- | Président        de | P"
    assert same_run(row["Président"], row["de"])                # stretched, undrawn space
    assert not same_run(row["de"], row["P"])                    # the next cell
    name = next(w for t, w in row.items() if t.startswith("BERTIN"))
    assert not same_run(name, row["Président"])
    date = _row_words("d'affichage")                            # "Date    d'affichage    :"
    assert same_run(date["Date"], date["d'affichage"])
    head = _row_words("Nom")
    assert not same_run(head["Nom"], head["Fonction"])
    # A line set ragged: its spaces are drawn, no run spans them (nothing stretched to keep).
    sign = _row_words("séance,")
    assert not same_run(sign["Président"], sign["de"])


def test_a_justified_extract_reads_its_number_roll_call_and_chair():
    parts = [p for p in parse_pdf(PDF).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert (md["number"], md["subject"], md["session_date"]) == (B.NUMBER, B.SUBJECT, B.SESSION)
    assert sorted(md["present"]) == sorted(B.PRESENT)
    assert {(e["name"], e["proxy_to"]) for e in md["excused"]} == B.EXCUSED
    assert md["absent"] == B.ABSENT
    assert md["president"] == "Jean-Michel BERTIN-MOUROT"
