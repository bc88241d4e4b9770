"""A table whose only rule is the one under its bold header (HTML's ``thead`` bottom border),
its body zebra-shaded from the second row on, set under a paragraph: the banded reader starts
the rows at that rule, and the header above it is the table's first row, not prose with the
first data row taken for the header (tables/head_on_rule.py, stacked.with_white_rows). Printed
by headless Chromium; gold is the HTML's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

HEAD = ("Article", "Rédaction initiale", "Nouvelle rédaction")
ROWS = [
    ("Article 2.2 (intitulé)", "Les objectifs du projet", "Les objectifs urbains et sociaux du projet"),
    ("Article 8.1, tableau « Opérations », ligne « C0512-21-0004 », colonne « Subvention ANRU »",
     "1 986 000 €", "2 482 500 €"),
    ("Article 8.1, tableau « Opérations », ligne ajoutée", "–", "Démolition de la barre Vauban (40 logements)"),
    ("Article 9, tableau, ligne « Région »", "376 000 €", "470 000 €"),
    ("Annexe C4", "Annexe C4 « Tableau financier »", "Annexe abrogée"),
]


def _pdf(tmp_path: Path, font: str, size: float, shade: str) -> Path:
    css = (f"@page {{ size: A4; margin: 20mm 15mm; }} body {{ font: 10.5pt '{font}'; }} "
           f"table {{ border-collapse: collapse; width: 100%; font-size: {size}pt; }} "
           "td, th { padding: 2pt 4pt; vertical-align: top; text-align: left; } th { font-weight: bold; } "
           "thead tr:last-child th { border-bottom: 0.6pt solid #000; } "
           f"tbody tr:nth-child(even) td {{ background: {shade}; }}")
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    html = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            "<h3>ARTICLE 2 - MODIFICATIONS APPORTÉES À LA CONVENTION</h3>"
            "<p>Les stipulations de la convention pluriannuelle sont modifiées conformément au tableau ci-dessous :</p>"
            "<table><colgroup><col style='width:24%'><col style='width:38%'><col style='width:38%'></colgroup>"
            "<thead><tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + f"</tr></thead><tbody>{body}</tbody></table>"
            "<p>Les autres stipulations de la convention demeurent inchangées.</p></body></html>")
    return chromium.print_html(html, tmp_path)


def _norm(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("font,size,shade", [("Carlito", 7.5, "#eeeeee"), ("Liberation Sans", 8.5, "#e4e4e4"),
                                             ("DejaVu Sans", 7.5, "#f0f0f0")])
def test_header_above_the_top_rule(tmp_path, font, size, shade):
    path = _pdf(tmp_path, font, size, shade)
    tables = find_tables(str(path), read_document(path, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    assert [[_norm(c) for c in row] for row in t.header] == [[_norm(h) for h in HEAD]]
    assert [[_norm(c) for c in row] for row in t.rows] == [[_norm(c) for c in r] for r in ROWS]
