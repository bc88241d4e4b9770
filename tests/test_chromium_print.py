"""Documents printed by headless Chromium from HTML + CSS (layout set 9 of the convention
generator, conv_html9.py): amounts grouped by narrow no-break spaces (U+202F) Skia prints as
bare advances, a row of such amounts beside a two-word label, type sizes set in CSS pixels
under a 0.75 matrix, tables ruled by their columns only with every cell's border its own bar
and group rows breaking the inside rules. Gold is the HTML's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.tables import find_tables
from convention_parser.text import read_document

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")
NNBSP = "\u202f"


def _print(tmp_path: Path, css: str, body: str) -> Path:
    return chromium.print_html(f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>{css}</style></head>"
                               f"<body>{body}</body></html>", tmp_path)


def _amount(v: int, sep: str = NNBSP, cents: bool = False) -> str:
    whole = f"{v:,}".replace(",", sep)
    return f"{whole},01{sep}€" if cents else f"{whole}{sep}€"


@pytest.mark.parametrize("font", ["Liberation Serif", "DejaVu Sans", "Carlito"])
def test_narrow_spaces_and_sizes(tmp_path, font):
    css = (f"@page {{ size: A4; margin: 20mm; }} body {{ font: 10pt '{font}'; }} "
           "table { border-collapse: collapse; font-size: 9pt; } td { padding: 2pt 4pt; } td.n { text-align: right; }")
    rows = [("Action Logement", 5354800), ("Région Hauts-de-France", 14704600), ("Banque des Territoires", 790000)]
    table = "".join(f"<tr><td>{label}</td><td class='n'>{_amount(v, cents=True)}</td><td>–</td>"
                    f"<td class='n'>{_amount(v, cents=True)}</td></tr>" for label, v in rows)
    body = (f"<p>Le montant global des concours s'élève à 24.398.300{NNBSP}euros, dont "
            f"{_amount(14704600)} pour le quartier et {_amount(1220000)} pour l'ingénierie.</p>"
            f"<table>{table}</table>")
    doc = read_document(_print(tmp_path, css, body), ocr="never")
    lines = [[w.text for w in line.words] for p in doc.pages for line in p.lines]
    prose = [w for ln in lines for w in ln]
    # each digit group and the unit a word, as a drawn space would leave them
    assert "24.398.300" in prose and "euros," in prose
    assert " ".join(prose).count("14 704 600 €") == 1 and "1 220 000 €" in " ".join(prose)
    words = [w for p in doc.pages for line in p.lines for w in line.words]
    for label, v in rows:
        first = next(w for w in words if w.text == label.split()[0])
        row = sorted((w for w in words if abs(w.top - first.top) < 1.0), key=lambda w: w.x0)
        text = _amount(v, " ", cents=True)
        assert [w.text for w in row] == f"{label} {text} – {text}".split()
    # the printed size: 10 pt prose, 9 pt cells (Chromium writes 13.3 and 12 under a 0.75 matrix)
    sizes = {round(w.size, 1) for p in doc.pages for line in p.lines for w in line.words}
    assert sizes <= {10.0, 9.0}


CSS_COLUMNS = """
@page { size: A4; margin: 20mm; }
body { font: 10pt "Liberation Serif"; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; }
td, th { padding: 2pt 4pt; vertical-align: top; text-align: left;
         border-left: 0.8pt %s #000; border-right: 0.8pt %s #000; }
td.n { text-align: right; }
"""


@pytest.mark.parametrize("rule", ["solid", "dashed"])
def test_column_rules_drawn_cell_by_cell(tmp_path, rule):
    head = ["N° IDTOP", "Opération", "Maître d'ouvrage", "Logements", "Montant ANRU"]
    gold = []
    for q, quartier in enumerate(["Quartier Les Sablons – Neuvelle", "Quartier Le Bois Joli – Bréval"]):
        gold.append([quartier] + [""] * 4)
        for k in range(3):
            n = 3 * q + k + 1
            gold.append([f"C0304-21-{n:04d}", f"Démolition de la résidence n° {n} ({40 + n} logements)",
                         "OPH Rives de la Brêche", str(40 + n), _amount(1000000 + 10000 * n, "\u00a0")])
    rows = []
    for r in gold:
        if not any(r[1:]):
            rows.append(f"<tr><td colspan='5'>{r[0]}</td></tr>")
        else:
            rows.append("<tr>" + "".join(f"<td class='n'>{c}</td>" if j >= 3 else f"<td>{c}</td>"
                                         for j, c in enumerate(r)) + "</tr>")
    body = ("<p>Les opérations programmées sont les suivantes :</p>"
            f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table><p>Le calendrier opérationnel figure en annexe.</p>")
    pdf = _print(tmp_path, CSS_COLUMNS % (rule, rule), body)
    tables = find_tables(str(pdf), read_document(pdf, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    norm = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    assert norm(t.header) == [head]
    got = [[r[0]] + [""] * 4 if len(set(r)) == 1 else r for r in norm(t.rows)]
    assert got == norm(gold)


BODY = ("Le projet de renouvellement urbain du quartier s'inscrit dans la continuité des orientations du "
        "contrat de ville et vise à transformer durablement l'image du quartier. ") * 3


@pytest.mark.parametrize("font", ["Caladea", "Liberation Serif"])
def test_small_caps_heading_wraps_and_regular_is_not_bold(tmp_path, font):
    # articles in synthesized small capitals (lower-case letters printed as capitals at 0.7 of
    # the size) wrapping onto a line of small capitals only, at the body's leading
    css = (f"@page {{ size: A4; margin: 20mm 25mm; }} html {{ font: 11.5pt '{font}'; line-height: 1.5; }} "
           "p { margin: 0; text-align: justify; } "
           "h2 { font-size: 12pt; font-variant: small-caps; letter-spacing: 0.04em; margin: 10pt 0 5pt 0; }")
    titles = {"1": "Les éléments de contexte",
              "2": "Les objectifs poursuivis par le projet de renouvellement urbain et les orientations du contrat",
              "3": "Les facteurs clés de réussite et les objectifs d'excellence du projet de renouvellement urbain",
              "4": "La description du projet urbain"}
    body = "<p><b>CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN</b></p>" + "".join(
        f"<h2>Article {n} – {t}</h2><p>{BODY}</p>" for n, t in titles.items())
    pdf = _print(tmp_path, css, body)
    words = [w for p in read_document(pdf, ocr="never").pages for line in p.lines for w in line.words]
    assert not any(w.bold for w in words if w.text in ("continuité", "durablement", "transformer"))
    assert all(w.bold for w in words if w.text == "CONVENTION")
    from convention_parser.pipeline import parse_pdf
    sections = {s.number: " ".join(s.heading.split()) for p in parse_pdf(str(pdf)).parts for s in p.sections if s.number}
    assert {n: sections.get(n, "").lower() for n in titles} == {n: t.lower() for n, t in titles.items()}


@pytest.mark.parametrize("head_fill", ["none", "#1f3864"])
def test_zebra_body_white_first_row_under_its_header(tmp_path, head_fill):
    # zebra from the second row on (nth-child(even)), no rules; the header bold (plain or on a
    # dark band); a sentence above the table: the first row is white like the header
    css = ("@page { size: A4; margin: 20mm; } body { font: 10.5pt 'Liberation Serif'; } "
           "table { border-collapse: collapse; width: 100%; font-size: 10pt; } td, th { padding: 2pt 4pt; text-align: left; } "
           f"th {{ background: {head_fill}; color: {'#fff' if head_fill != 'none' else '#000'}; }} "
           "tbody tr:nth-child(even) td { background: #eeeeee; } td.n { text-align: right; }")
    head = ["Financeurs", "La Briqueterie (QP067027)", "Les Provinces (QP067048)", "Total"]
    gold = []
    for k, name in enumerate(["ANRU", "Action Logement", "Département", "Communes", "Organismes HLM", "Total"]):
        a, b = 1000000 + 123400 * k, 2000000 + 98700 * k
        gold.append([name] + [_amount(v, "\u00a0") for v in (a, b, a + b)])
    rows = "".join("<tr>" + "".join(f"<td class='n'>{c}</td>" if j else f"<td>{c}</td>" for j, c in enumerate(r))
                   + "</tr>" for r in gold)
    body = ("<p>Le plan de financement prévisionnel des opérations programmées s'établit comme suit, par financeur "
            "et par quartier :</p>"
            f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead><tbody>{rows}</tbody></table>"
            "<p>Les montants sont indiqués hors taxes.</p>")
    pdf = _print(tmp_path, css, body)
    tables = find_tables(str(pdf), read_document(pdf, ocr="never"))
    assert len(tables) == 1
    norm = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    assert norm(tables[0].header) == [head]
    assert norm(tables[0].rows) == norm(gold)


def test_white_total_under_zebra_bands_between_column_rules(tmp_path):
    # rules down the columns only (each cell's border its own bar), zebra bands, a dark header
    # band: the bands' edges and the column rules make a ruled grid ending at the last band; the
    # white Total row under it, between the same column rules, is its last row
    css = ("@page { size: A4; margin: 20mm; } body { font: 10.5pt 'Liberation Sans'; } "
           "table { border-collapse: collapse; width: 100%; font-size: 10pt; } "
           "td, th { padding: 2pt 4pt; text-align: left; border-left: 0.6pt solid #000; border-right: 0.6pt solid #000; } "
           "th { background: #1f3864; color: #fff; } tbody tr:nth-child(even) td { background: #eeeeee; } "
           "td.n { text-align: right; } tr.tot td { font-weight: bold; }")
    head = ["Financeurs", "Les Castors (QP045050)", "Le Val Fleuri (QP045047)", "Total"]
    gold = []
    for k, name in enumerate(["ANRU", "Action Logement", "Région", "Département", "Organismes HLM", "Autres"]):
        a, b = 1000000 + 123400 * k, 2000000 + 98700 * k
        gold.append([name] + [_amount(v, "\u00a0") for v in (a, b, a + b)])
    sums = [sum(1000000 + 123400 * k for k in range(6)), sum(2000000 + 98700 * k for k in range(6))]
    gold.append(["Total"] + [_amount(v, "\u00a0") for v in (sums[0], sums[1], sum(sums))])
    rows = "".join(f"<tr{' class=tot' if r[0] == 'Total' else ''}>"
                   + "".join(f"<td class='n'>{c}</td>" if j else f"<td>{c}</td>" for j, c in enumerate(r))
                   + "</tr>" for r in gold)
    body = ("<p>Le plan de financement prévisionnel s'établit comme suit :</p>"
            f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead><tbody>{rows}</tbody></table>"
            "<p>Le montant global des concours financiers prévisionnels de l'ANRU est rappelé ci-dessus.</p>")
    pdf = _print(tmp_path, css, body)
    tables = find_tables(str(pdf), read_document(pdf, ocr="never"))
    assert len(tables) == 1
    norm = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    assert norm(tables[0].header) == [head]
    assert norm(tables[0].rows) == norm(gold)
