"""Tables ruled around their outside only (a frame and a rule under the header), printed by
headless Chromium: the grid algorithm sees one box for the whole body, or one per shading band
when the rows are zebra-striped inside the frame. Those boxes are rows of cells in the header's
columns, not cells merged over the table's width (tables/spanning_cells.py); a group row over
every column stays one. Gold is the HTML's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import table_page_html

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

HEAD = ["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU (€)"]


def _gold(n: int, groups: bool) -> list[list[str]]:
    rows = []
    for k in range(n):
        if groups and k % 3 == 0:
            rows.append([f"Quartier n° {k // 3 + 1} – Valcourt-sur-Brêche"] + [""] * 4)
        rows.append([f"Démolition de la résidence des Tilleuls n° {k + 1} ({20 + k} logements)",
                     "Habitat du Nord", "Valcourt", str(20 + k), f"{1 + k} {100 + 7 * k} 000"])
    rows.append(["Total", "", "", "", "9 999 000"])
    return rows


def _html(gold: list[list[str]], rule: str, zebra: bool, fill: str, font: str) -> str:
    css = (f"table {{ border: 0.8pt {rule} #000; }} thead th {{ border-bottom: 0.8pt {rule} #000; }} "
           "td, th { padding: 2pt 4pt; vertical-align: top; text-align: left; } td.n { text-align: right; } "
           + ("tbody tr:nth-child(even) td { background: #e4e4e4; }" if zebra else "")
           + (f"thead th {{ background: {fill}; }}" if fill else ""))
    return table_page_html(font, css, HEAD, gold, [38, 20, 16, 11, 15], {3, 4})


@pytest.mark.parametrize("rule,zebra,fill,groups,n,font", [
    ("solid", False, "#d9d9d9", False, 4, "Liberation Serif"),
    ("dotted", False, "#dbe5f1", True, 6, "DejaVu Sans"),
    ("dashed", True, "", False, 5, "Carlito"),
    ("solid", True, "#d9d9d9", True, 7, "Liberation Sans"),
    ("dotted", False, "", True, 3, "Caladea"),
])
def test_body_boxed_by_its_frame_reads_as_rows(tmp_path: Path, rule, zebra, fill, groups, n, font):
    """A shaded header's cells (the fill's edges box them) or zebra bands inside the frame."""
    gold = _gold(n, groups)
    pdf = chromium.print_html(_html(gold, rule, zebra, fill, font), tmp_path)
    tables = find_tables(str(pdf), read_document(pdf, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [HEAD]
    assert t.rows == [[r[0]] * 5 if not any(r[1:]) and r[0] != "Total" else r for r in gold]
