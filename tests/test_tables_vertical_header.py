"""Header cells printed in vertical text (Word's "text direction", LibreOffice's
PDF): layer 1 keeps turned text out of the body as words of their own
(text/rotated.py) and the ruled-table reader takes the ones inside a cell as
its text. Fixtures: tests/fixtures/tables/vertical (build.py; gold by
construction, bottom-to-top and top-to-bottom cells, some wrapped on two lines).
A vertical margin stamp and a turned page number stay out of the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from convention_parser.pipeline import parse_pdf
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables" / "vertical"
# loaded by its path under a name of its own: other fixture folders hold a build.py too
_build = fixture_module(FIXTURES / "build.py", "vertical_fixture_build")
CAPTION, DIRECTIONS, HEADER, ROWS, VERTICAL_FROM = (_build.CAPTION, _build.DIRECTIONS, _build.HEADER,
                                                    _build.ROWS, _build.VERTICAL_FROM)


@pytest.fixture(scope="module", params=DIRECTIONS)
def parsed(request):
    return parse_pdf(str(FIXTURES / f"vertical-{request.param}.pdf")).to_dict()


def _table(doc: dict) -> dict:
    tables = [t for p in doc["parts"] for t in p["tables"]]
    assert len(tables) == 1
    return tables[0]


def test_vertical_header_cells_read_in_their_direction(parsed):
    table = _table(parsed)
    assert table["header"] == [HEADER]
    assert table["rows"] == ROWS
    assert CAPTION in table["title"]


def test_columns_take_their_meaning_from_the_vertical_header(parsed):
    """The housing count and the subsidy are read from their own columns, not guessed from
    the cells (the duration is no housing count, the total cost no subsidy)."""
    ops = [o for p in parsed["parts"] for o in p["operations"]]
    assert len(ops) == len(ROWS)
    count, amount = HEADER.index("Nombre de logements"), HEADER.index("Subvention ANRU (€)")
    assert VERTICAL_FROM <= count and VERTICAL_FROM <= amount
    assert [o["logements"] for o in ops] == [int(r[count]) for r in ROWS]
    assert [o["amount"] for o in ops] == [float(r[amount].replace(" ", "")) for r in ROWS]
    assert [o["maitre_ouvrage"] for o in ops] == [r[1] for r in ROWS]


def test_vertical_header_text_stays_out_of_the_body():
    doc = read_document(str(FIXTURES / "vertical-btLr.pdf"))
    body = " ".join(line.text for p in doc.pages for line in p.lines)
    turned = [w.text for p in doc.pages for w in p.rotated]
    assert "Durée (mois)" in turned and all(w.turn == 270 for p in doc.pages for w in p.rotated)
    assert "Durée" not in body and "logements" not in body


def test_margin_stamp_and_turned_page_number_stay_out_of_the_body(tmp_path):
    """A prefecture stamp up the left margin and a page number turned with a landscape
    annex (reportlab, drawn rotated) are turned words, no body line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "stamp.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    for k in range(12):
        c.drawString(72, 760 - 16 * k, f"Article {k + 1} : la présente délibération est exécutoire.")
    c.saveState()
    c.translate(30, 300)
    c.rotate(90)
    c.setFont("Helvetica", 8)
    c.drawString(0, 0, "Reçu en préfecture le 12/03/2024")
    c.restoreState()
    c.saveState()
    c.translate(560, 420)
    c.rotate(-90)
    c.drawString(0, 0, "Page 7")
    c.restoreState()
    c.save()
    page = read_document(str(path)).pages[0]
    assert len(page.lines) == 12 and all(line.text.startswith("Article") for line in page.lines)
    turned = {w.text: w.turn for w in page.rotated}
    assert turned == {"Reçu en préfecture le 12/03/2024": 270, "Page 7": 90}
    stamp = next(w for w in page.rotated if w.turn == 270)
    assert stamp.x1 < 40 and stamp.bottom - stamp.top > 80           # up the left margin
