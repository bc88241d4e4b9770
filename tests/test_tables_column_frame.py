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
    css = (f"@page {{ size: A4; margin: 20mm; }} body {{ font: 10pt '{font}'; }} "
           "table { border-collapse: collapse; width: 100%; font-size: 9pt; } "
           f"td, th {{ padding: 2pt 4pt; vertical-align: top; text-align: left; border-left: 0.8pt {rule} #000; "
           f"border-right: 0.8pt {rule} #000; }} th {{ font-weight: bold; }} td.n {{ text-align: right; }} "
           "tbody tr:nth-child(even) td { background: #eeeeee; }")
    body = []
    for r in gold:
        if not any(r[1:]) and r[0] != "Total":
            body.append(f"<tr><td colspan='5'>{r[0]}</td></tr>")
        else:
            body.append("<tr>" + "".join(f"<td class='{'n' if k == 4 else ''}'>{c}</td>" for k, c in enumerate(r)) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<p>Les opérations cofinancées par l'ANRU sont les suivantes :</p>"
            f"<table><colgroup><col style='width:15%'><col style='width:37%'><col style='width:20%'>"
            f"<col style='width:13%'><col style='width:15%'></colgroup>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<p><i>Tableau des opérations cofinancées par l'ANRU</i></p>"
            f"<p>Le calendrier des opérations figure en annexe.</p></body></html>")


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
