"""An unruled operation table under a bold header whose cells are set left over figures set
right, one heading broken in its narrow column ("Logemen" / "ts"), a group row spanning the
columns right under the header (layout set 8's family tables): the header block and the body
are one table. The header's cells start inside the gutter the right-set figures leave and its
broken rest splits that gutter; a header crossing it is no evidence of two tables
(aligned._same_columns). Printed by headless Chromium; gold is the HTML's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

HEAD = ("Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU (€)")
GROUPS = [
    ("Quartier Les Peupliers (QP062036) – Fontenoy-la-Côte", [
        ("Démolition de l'îlot Bizet (174 logements)", "Marelle Logement", "Fontenoy-la-Côte", "174", "5 337 500"),
        ("Démolition de l'ensemble Les Lilas (17 logements)", "Logis Alizé", "Fontenoy-la-Côte", "17", "529 600")]),
    ("Quartier Les Aubépines (QP062003) – Fontenoy-la-Côte", [
        ("Démolition de l'ensemble Verlaine (54 logements)", "Marelle Logement", "Fontenoy-la-Côte", "54", "1 775 900"),
        ("Démolition de la barre Rimbaud (56 logements)", "Logis Alizé", "Fontenoy-la-Côte", "56", "1 645 000")]),
]


def _pdf(tmp_path: Path, font: str, widths: tuple[int, ...]) -> Path:
    css = (f"@page {{ size: A4; margin: 20mm; }} body {{ font: 10.5pt '{font}'; }} "
           "table { border-collapse: collapse; width: 100%; font-size: 7.5pt; } "
           "td, th { padding: 2pt 4pt; vertical-align: top; text-align: left; } th { font-weight: bold; } "
           "th { overflow-wrap: anywhere; } td.n { text-align: right; }")
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    body = ""
    for group, rows in GROUPS:
        body += f"<tr><td colspan='5'>{group}</td></tr>"
        body += "".join("<tr>" + "".join(f"<td{' class=n' if k >= 3 else ''}>{c}</td>" for k, c in enumerate(r))
                        + "</tr>" for r in rows)
    html = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            "<p>Les opérations « La démolition de logements locatifs sociaux » sont modifiées et désormais "
            "présentées comme suit :</p><p><i>Opérations « La démolition de logements locatifs sociaux »</i></p>"
            f"<table><colgroup>{cols}</colgroup><thead><tr>" + "".join(f"<th>{h}</th>" for h in HEAD)
            + f"</tr></thead><tbody>{body}</tbody></table>"
            "<p>Les autres opérations demeurent inchangées.</p></body></html>")
    return chromium.print_html(html, tmp_path)


def _norm(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("font,widths", [("DejaVu Serif", (36, 20, 18, 9, 17)),
                                         ("Liberation Serif", (40, 18, 18, 8, 16))])
def test_header_block_joins_the_body(tmp_path, font, widths):
    path = _pdf(tmp_path, font, widths)
    tables = find_tables(str(path), read_document(path, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    assert [[_norm(c) for c in row] for row in t.header] == [[_norm(h) for h in HEAD]]
    rows = [[_norm(c) for c in r] for r in t.rows]
    gold = [[_norm(c) for c in r] for g, rs in GROUPS for r in [(g,) * 5] + rs]
    assert rows == gold
