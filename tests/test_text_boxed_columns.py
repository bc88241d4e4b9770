"""Layer 1: two columns with a ruled table or a shaded box in one of them.

The table's (or box's) rows share their heights with the other column's lines;
the columns must still be read one after the other, the table within its
column, at its place (issue 11). Pages drawn by hand, gold by construction.
"""

import sys

import pytest
from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

from convention_parser.text import read_document  # noqa: E402

WORDS = ("le conseil municipal approuve la convention de renouvellement urbain du quartier "
         "et autorise le maire à signer les avenants avec les bailleurs sociaux présents "
         "dans le périmètre ainsi que tout document relatif à cette opération").split()
X = {"left": 72.0, "right": 310.0}
TOP, LEAD = 770.0, 12.5
VOTES = [("Votants", "27"), ("Pour", "25"), ("Contre", "1"), ("Abstention", "1")]


def _prose(tag: str, n: int) -> list[str]:
    """n lines of about 42 characters (filled lines of a 215-pt column at 9 pt)."""
    out = []
    for i in range(n):
        words, k = [f"{tag}{i:02d}"], i
        while len(" ".join(words)) < 40:
            words.append(WORDS[k % len(WORDS)])
            k += 3
        out.append(" ".join(words))
    return out


def _page(path, side: str, at: int, kind: str, n: int = 24, folio: bool = False) -> list[str]:
    """Two columns of n lines; a vote table (kind "table") or a shaded box (kind "box")
    in column ``side`` after its line ``at``. Returns the lines in reading order."""
    c = new_canvas(path)
    c.setFont("Helvetica", 9)
    columns = {s: _prose("G" if s == "left" else "D", n) for s in X}
    expected: dict[str, list[str]] = {}
    for s, lines in columns.items():
        x, y = X[s], TOP
        expected[s] = []
        for i, line in enumerate(lines):
            if s == side and i == at:
                y, inserted = _draw_insert(c, kind, x, y)
                expected[s] += inserted
            c.drawString(x, y, line)
            expected[s].append(line)
            y -= LEAD
    if folio:
        c.drawCentredString(297.5, 40, "2/4")
    c.save()
    return expected["left"] + expected["right"]


def _draw_insert(c, kind: str, x: float, y: float) -> tuple[float, list[str]]:
    """Draw the table or the box under baseline y + LEAD; the next baseline and its lines."""
    top = y + LEAD - 3
    if kind == "table":
        h = 18.0
        c.setLineWidth(0.5)
        for k in range(len(VOTES) + 1):
            c.line(x - 5, top - k * h, x + 170, top - k * h)
        for vx in (x - 5, x + 110, x + 170):
            c.line(vx, top, vx, top - len(VOTES) * h)
        for k, (label, figure) in enumerate(VOTES):
            c.drawString(x, top - k * h - 12.5, label)
            c.drawString(x + 115, top - k * h - 12.5, figure)
        return top - len(VOTES) * h - 15, [t for pair in VOTES for t in pair]
    text = ["Acte n° 2024-DEL-012", "Transmis en préfecture le 3 mai"]
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(x - 5, top - 34, 180, 34, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    for k, line in enumerate(text):
        c.drawString(x, top - 13 - 13 * k, line)
    return top - 34 - 15, text


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("at", [0, 9, 20])
@pytest.mark.parametrize("kind", ["table", "box"])
def test_a_box_in_one_column_does_not_cut_the_other(tmp_path, side, at, kind):
    pdf = tmp_path / "twocol.pdf"
    expected = _page(pdf, side, at, kind)
    page = read_document(pdf).pages[0]
    assert [ln.text for ln in page.lines] == expected
    if kind == "table":
        cells = [ln.cell for ln in page.lines if ln.cell]
        assert [c[0] for c in cells] == [0, 0, 1, 1, 2, 2, 3, 3]


def test_a_centred_page_number_under_the_columns_does_not_spoil_the_gutter(tmp_path):
    pdf = tmp_path / "folio.pdf"
    expected = _page(pdf, "right", 6, "table", folio=True)
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    # the folio leaves the body (page furniture) or comes last: the columns stay whole
    assert got[:len(expected)] == expected


def test_a_table_across_both_columns_is_still_read_row_by_row(tmp_path):
    pdf = tmp_path / "wide.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 9)
    left, right = _prose("G", 8), _prose("D", 8)
    for i, (a, b) in enumerate(zip(left, right)):
        c.drawString(X["left"], TOP - LEAD * i, a)
        c.drawString(X["right"], TOP - LEAD * i, b)
    top = TOP - LEAD * 8 - 10
    c.setLineWidth(0.5)
    for k in range(3):
        c.line(67, top - 18 * k, 530, top - 18 * k)
    for vx in (67, 300, 530):
        c.line(vx, top, vx, top - 36)
    rows = [("Opération", "Montant"), ("Démolition", "1 200 000")]
    for k, (a, b) in enumerate(rows):
        c.drawString(72, top - 18 * k - 12.5, a)
        c.drawString(305, top - 18 * k - 12.5, b)
    c.save()
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    assert got == left + right + [t for pair in rows for t in pair]
