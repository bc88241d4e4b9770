"""Tables ruled by their columns only, rows told by zebra shading, printed by headless Chromium:
the ruled grid runs from the first band to the last; the header and the white rows above the
first band and below the last one (group rows breaking the inside rules, a Total) lie between
the same column rules and are rows of the table (tables/column_frame.py). Gold is the HTML's
own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import table_page_html

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

HEAD = ["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Commune", "Subvention ANRU"]


def _gold(n: int, groups: bool, total: bool) -> list[list[str]]:
    rows = []
    for k in range(n):
        if groups and k % 4 == 0:
            rows.append([f"Quartier Les Sablons n° {k // 4 + 1} (QP0{67 + k}033) – Valcourt"] + [""] * 4)
        rows.append([f"C0718-21-{k + 1:04d}", f"Démolition de la résidence du Parc n° {k + 1} ({30 + k} logements)",
                     "Maisons de l'Arcade", "Valcourt", f"{2 + k} {150 + 11 * k} 000 €"])
    if total:
        rows.append(["Total", "", "", "", "99 999 000 €"])
    return rows


def _html(gold: list[list[str]], rule: str, font: str) -> str:
    css = (f"td, th {{ padding: 2pt 4pt; vertical-align: top; text-align: left; border-left: 0.8pt {rule} #000; "
           f"border-right: 0.8pt {rule} #000; }} th {{ font-weight: bold; }} td.n {{ text-align: right; }} "
           "tbody tr:nth-child(even) td { background: #eeeeee; }")
    return table_page_html(font, css, HEAD, gold, [15, 37, 20, 13, 15], {4},
                           caption="Tableau des opérations cofinancées par l'ANRU")


@pytest.mark.parametrize("rule,groups,total,n,font", [
    ("dashed", True, True, 6, "Liberation Serif"),
    ("solid", True, False, 5, "DejaVu Sans"),
    ("dotted", False, True, 4, "Carlito"),
    ("solid", False, False, 3, "Caladea"),
])
def test_white_rows_between_column_rules_are_the_tables(tmp_path: Path, rule, groups, total, n, font):
    gold = _gold(n, groups, total)
    pdf = chromium.print_html(_html(gold, rule, font), tmp_path)
    tables = find_tables(str(pdf), read_document(pdf, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [HEAD]
    assert t.rows == [[r[0]] * 5 if not any(r[1:]) and r[0] != "Total" else r for r in gold]
