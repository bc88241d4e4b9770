"""A table ruled dashed or dotted on every cell (CSS ``border: 1px dashed``, printed by headless
Chromium: each dash a piece of its own, no rule layer 1 holds) under a shaded header, its first
column of labels wrapped over several lines: the dashed grid reads the whole table, first
column included, whatever reading the solid pieces (the header's shading) or the whitespace
would give alone (tables/dashed_first.py). Gold is the HTML's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

ROWS = [
    ("Article 2.2 (intitulé)", "Les objectifs du projet", "Les objectifs urbains et sociaux du projet"),
    ("Article 4.1, deuxième alinéa", "et la réhabilitation de 60 logements", "(supprimé)"),
    ("Article 6.3, tableau, ligne « Démolition de la barre Vauban (96 logements) », colonne « Coût (€) »",
     "2 410 000", "2 655 500"),
    ("Article 7.1, tableau, ligne ajoutée", "–", "« Libellé » : « Résidentialisation des Tilleuls » ; « Coût (€) » : « 740 000 »"),
    ("Article 9, premier alinéa", "12 880 000 EUR", "13 124 500 EUR"),
    ("Article 9, tableau, ligne « Région », colonne « Quartier des Prés (QP059012) »", "1 200 000", "1 350 000"),
    ("Article 9, tableau, totaux", "–", "Totaux modifiés en conséquence"),
    ("Annexe B3", "–", "Annexe B3 « Plan guide »"),
]
HEAD = ("Stipulation modifiée", "Rédaction actuelle", "Nouvelle rédaction")


def _pdf(tmp_path: Path, style: str, shaded: bool, widths: tuple[int, int, int], width: str = "0.8pt",
         font: str = "Liberation Sans Narrow", solid_inside: bool = False) -> Path:
    fill = "background: #d9d9d9;" if shaded else ""
    # the rules right of the first column drawn solid (mixed styles): a column-rule reading of
    # those alone leaves the labels' column out
    solid = f"th + th, td + td {{ border-left-style: solid; }} th:last-child, td:last-child {{ border-right-style: solid; }}" \
        if solid_inside else ""
    css = (f"@page {{ size: A4; margin: 25mm 15mm; }} body {{ font: 11pt '{font}'; }} "
           f"table {{ border-collapse: collapse; width: 100%; font-size: 10pt; }} "
           f"th, td {{ border: {width} {style} #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }} "
           f"th {{ {fill} font-weight: bold; }} td.n {{ text-align: right; }} {solid}")
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    body = "".join("<tr>" + "".join(f"<td class='{'n' if c[:1].isdigit() else ''}'>{c}</td>" for c in r) + "</tr>"
                   for r in ROWS)
    html = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            "<p>Les stipulations de la convention pluriannuelle sont modifiées conformément au tableau ci-dessous :</p>"
            f"<table><colgroup>{cols}</colgroup><thead><tr>" + "".join(f"<th>{h}</th>" for h in HEAD)
            + f"</tr></thead><tbody>{body}</tbody></table>"
            "<p>Les autres stipulations de la convention demeurent inchangées.</p></body></html>")
    return chromium.print_html(html, tmp_path)


def _norm(s: str) -> str:
    # spaces out: the narrow face's spaces around « » are not all printed as spaces
    return "".join(s.split())


@pytest.mark.parametrize("style,shaded,widths,solid_inside", [
    ("dotted", False, (25, 35, 40), True),
    ("dotted", True, (28, 36, 36), True),
    ("dashed", True, (23.5, 38.2, 38.2), False),
])
def test_dashed_cells_read_whole(tmp_path, style, shaded, widths, solid_inside):
    path = _pdf(tmp_path, style, shaded, widths, solid_inside=solid_inside)
    doc = read_document(path, ocr="never")
    tables = find_tables(str(path), doc)
    assert len(tables) == 1
    t = tables[0]
    assert [[_norm(c) for c in row] for row in t.header] == [[_norm(h) for h in HEAD]]
    assert [[_norm(c) for c in row] for row in t.rows] == [[_norm(c) for c in r] for r in ROWS]
