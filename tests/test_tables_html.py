"""Tables printed by headless Chromium from HTML: no vertical rules, header
in a <thead> (bold, shaded, ruled below, repeated on the next page), rows
separated by dotted borders (Chromium paints each dot as its own tiny
square), borders painted cell by cell, group rows, sub-totals and a total.
Gold is the HTML's own data."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.tables.aligned import merge_hrules
from convention_parser.tables.dotted import chain
from convention_parser.tables.grid import words_text
from convention_parser.tables.settings import DottedSettings
from convention_parser.text import read_document
from convention_parser.text.model import Word

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

CSS = """
@page { size: A4; margin: 20mm; }
body { font: 10pt "DejaVu Serif", serif; }
.caption { font: bold 9pt sans-serif; margin: 8pt 0 3pt 0; }
table { border-collapse: collapse; width: 100%; font: 9pt sans-serif; }
thead { display: table-header-group; }
th { border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt 4pt;
     text-align: left; background: #e8edf4; }
td { padding: 3pt 4pt; vertical-align: top; border-bottom: 0.3pt dotted #999; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
tr.span td { font-weight: bold; font-style: italic; border-bottom: 0.8pt solid #1c3d6e; }
tr.sub td { font-weight: bold; }
"""

HEADER = ["Référence", "Libellé de l’opération", "Maître d’ouvrage", "Logements", "Montant"]


def _amount(v: int) -> str:
    return f"{v:,}".replace(",", "\u00a0") + "\u00a0€"


def _gold(n_per_group: int) -> list[list[str]]:
    rows: list[list[str]] = []
    k = 0
    for g, name in enumerate(["Quartier Nord", "Quartier Sud"]):
        rows.append([f"{name} – intérêt national"] + [""] * 4)
        total = 0
        for i in range(n_per_group):
            k += 1
            v = 10000 * (k + 3)
            total += v
            rows.append([f"OP-{k:03d}", f"Opération numéro {k} du {name.lower()}",
                         "Bailleur social " + "ABC"[k % 3], str(10 + k) if k % 2 else "", _amount(v)])
        rows.append(["", f"Sous-total {name}", "", "", _amount(total)])
    return rows


def _html(rows: list[list[str]]) -> str:
    body = []
    for r in rows:
        if r[0] and not any(r[1:]):
            body.append(f'<tr class="span"><td colspan="5">{r[0]}</td></tr>')
            continue
        cls = ' class="sub"' if not r[0] else ""
        cells = "".join(f'<td class="num">{c}</td>' if j >= 3 else f"<td>{c}</td>" for j, c in enumerate(r))
        body.append(f"<tr{cls}>{cells}</tr>")
    head = "".join(f'<th class="num">{h}</th>' if j >= 3 else f"<th>{h}</th>" for j, h in enumerate(HEADER))
    return (f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<p>Les opérations sont les suivantes.</p>"
            "<p class='caption'>Tableau 3 – Opérations du programme</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            "<p>Fin du document.</p></body></html>")


def _print(tmp_path: Path, html: str) -> Path:
    src = tmp_path / "in.html"
    src.write_text(html, encoding="utf-8")
    out = tmp_path / "out.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="headless chromium not installed")
def test_chromium_table_over_two_pages(tmp_path):
    gold = _gold(24)
    pdf = _print(tmp_path, _html(gold))
    doc = read_document(pdf, ocr="never")
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 1
    t = tables[0]
    norm = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    assert t.title == "Tableau 3 – Opérations du programme"
    assert norm(t.header) == [HEADER]
    # Group rows are one merged cell spread over the row: un-spread to compare.
    got = [[r[0]] + [""] * 4 if len(set(r)) == 1 else r for r in norm(t.rows)]
    assert got == norm(gold)
    assert t.pages == [1, 2]
    # Each data row's page: where its reference (or label) is printed.
    where = {}
    for p in doc.pages:
        for line in p.lines:
            for w in line.words:
                where.setdefault(w.text, p.number)
    expected = [where[(r[0] or r[1]).split()[0] if r[0] else r[1].split()[-1]] for r in gold
                if r[0].startswith("OP-")]
    got_pages = [pg for r, pg in zip(t.rows, t.row_pages) if r[0].startswith("OP-")]
    assert got_pages == expected and set(got_pages) == {1, 2}


def test_dotted_pieces_chain_into_one_rule():
    s = DottedSettings()
    dots = [(50 + 1.5 * i, 100.0, 50.7 + 1.5 * i, 100.8) for i in range(100)]   # a dotted rule
    dashes = [(50 + 6 * i, 200.0, 53 + 6 * i, 200.5) for i in range(20)]         # a dashed rule
    stray = [(300.0, 300.0, 300.7, 300.8), (340.0, 300.0, 340.7, 300.8)]         # bullets, not a rule
    rules = sorted(chain(dots + dashes + stray, s), key=lambda r: r[1])
    assert [tuple(round(v, 1) for v in r) for r in rules] == [(50.0, 100.0, 199.2, 100.8),
                                                              (50.0, 200.0, 167.0, 200.5)]


def test_cell_by_cell_borders_merge():
    pieces = [(45.0, 90.0, 120.7, 90.7), (120.7, 90.0, 380.2, 90.7), (380.2, 90.2, 549.7, 90.7),
              (45.0, 90.0, 120.7, 90.0),            # drawn twice
              (183.8, 150.0, 525.3, 150.0),         # another rule below
              (600.0, 90.0, 650.0, 90.7)]           # same height, far off: its own rule
    assert sorted(merge_hrules(pieces)) == [(45.0, 90.0, 549.7, 90.7), (183.8, 150.0, 525.3, 150.0),
                                            (600.0, 90.0, 650.0, 90.7)]


def test_wrapped_cell_joins_at_compound_hyphen():
    w = lambda t, x, y: Word(t, x, y, x + 5 * len(t), y + 9, size=9)  # noqa: E731
    assert words_text([w("Rivemont-sur-", 10, 100), w("Sambre", 10, 111)]) == "Rivemont-sur-Sambre"
    assert words_text([w("Total", 10, 100), w("-", 40, 100), w("brut", 10, 111)]) == "Total - brut"
    assert words_text([w("Cité", 10, 100), w("du 12", 10, 111)]) == "Cité du 12"


# --- C/P/T tables: rows grouped by their repeating key sequence -------------

def _cpt_spec(style: str):
    import sys
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
    from typeset import Spec

    data = [["Quartier concerné\n(nom et numéro du QPV)", "Montant de\nsubvention NPNRU", "Volume de prêt\nbonifié NPNRU"]]
    spans = []
    for q, (label, base) in enumerate([("LENS\nCité du 12-14\nQP062024", 1000), ("AVION\nRépublique\nQP062019", 2000),
                                       ("LIEVIN\nCalonne\nQP062028", 3000)]):
        r = len(data)
        data += [[label, f"C : {base} 000,00 €", f"C : {base // 10} 000,00 €"],
                 ["", f"P : {base // 2} 000,00 €", f"P : {base // 20} 000,00 €"],
                 ["", f"T : {base * 3 // 2} 000,00 €", f"T : {base * 3 // 20} 000,00 €"]]
        spans.append((r, 0, 3, 1))
    return Spec(title="Concours financiers par quartier", data=data, style=style, spans=spans,
                widths=[5, 4, 4])


@pytest.mark.parametrize("style", ["B", "C"])
def test_keyed_rows_grouped_and_wrapped_header_joined(tmp_path, style):
    import sys
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
    from typeset import build

    spec = _cpt_spec(style)
    pdf = build(tmp_path / f"cpt_{style}.pdf", [spec])
    (t,) = find_tables(str(pdf), read_document(pdf))
    header, rows = spec.expected()
    assert t.header == header
    assert t.rows == rows
    assert [0 + 1, 0, 3, 1] in t.merged and [7, 0, 3, 1] in t.merged


def test_group_keyed_rows_joins_label_lines_per_group():
    from convention_parser.tables.keyed import group_keyed_rows

    rows = [["LENS", "C : 1 €"], ["Cité 12", "P : 2 €"], ["QP1", "T : 3 €"],
            ["AVION", "C : 4 €"], ["", "P : 5 €"], ["QP2", "T : 9 €"],
            ["Totaux :", "C : 5 €"], ["", "P : 7 €"], ["", "T : 12 €"]]
    out, merged, kept = group_keyed_rows(1, rows, [])
    assert [r[0] for r in out] == ["LENS Cité 12 QP1"] * 3 + ["AVION QP2"] * 3 + ["Totaux :"] * 3
    assert merged == [[1, 0, 3, 1], [4, 0, 3, 1], [7, 0, 3, 1]]
    # Without a repeating key sequence nothing changes.
    plain = [["a", "1 €"], ["b", "2 €"], ["c", "3 €"]]
    assert group_keyed_rows(1, plain, []) == (plain, [], [0, 1, 2])
