"""Tables typeset with reportlab in the three corpus styles; gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from typeset import Spec, build  # noqa: E402

from convention_parser.tables import find_tables, locate_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

INSERTION = [
    ["Montant\nd'investissement", "Nombre d'heures\ntravaillées", "Objectif\nd'insertion en %", "Objectif d'insertion\nen nombre d'heures"],
    ["À l'échelle du projet :", "143 898 115 €", "1 644 550 h", "5 %", "82 227 h"],
]
INSERTION_ROWS = [
    ["Communauté d'Agglomération\nLens-Liévin", "13 993 836 €", "159 930 h", "5 %", "7 996 h"],
    ["Ville de Lens", "29 981 178 €", "342 642 h", "5 %", "17 132 h"],
    ["Ville d'Avion", "8 337 651 €", "95 287 h", "5 %", "4 764 h"],
    ["Ville de Liévin", "11 392 159 €", "130 196 h", "5 %", "6 510 h"],
    ["Maisons et Cités", "23 670 648 €", "270 522 h", "5 %", "13 526 h"],
    ["Pas-de-Calais Habitat", "41 333 621 €", "472 384 h", "5 %", "23 619 h"],
    ["SIA Habitat", "2 379 050 €", "27 189 h", "5 %", "1 359 h"],
    ["Coopartois", "2 305 808 €", "26 352 h", "5 %", "1 318 h"],
    ["Opérateurs à définir", "7 907 605 €", "90 373 h", "5 %", "4 519 h"],
    ["Anges Gardins", "2 207 866 €", "25 233 h", "5 %", "1 262 h"],
    ["La vie Active", "388 690 €", "4 442 h", "5 %", "222 h"],
]


def insertion_spec(style: str) -> Spec:
    header = [""] + INSERTION[0]
    return Spec(title="Objectifs d'heures d'insertion", data=[header, INSERTION[1]] + INSERTION_ROWS,
                style=style, widths=[5.2, 3, 3, 3, 3.4],
                before=["Dans le cadre des opérations d'investissements liées au projet, les objectifs "
                        "d'heures d'insertion à atteindre sont les suivants."])


def synthesis_spec(style: str) -> Spec:
    return Spec(
        title="Tableau de synthèse des opérations financées - Cité du 12/14",
        data=[["Opération", "Programme"],
              ["Démolition de LLS", "227 LLS"],
              ["Requalification de LLS", "88 LLS"],
              ["Construction de LLS", "88 Foyers (38 PLUS + 50 PLS)\n+ 30 béguinages PLS"],
              ["Aménagements", "Requalification des voiries et espaces publics :\nAvenue de la fosse 12\nParc du sablier"],
              ["Immobilier à vocation\néconomique", "Développement d'un pôle économique\nsur le site de la Fosse 12"]],
        style=style, widths=[5, 9],
        before=["En déclinaison de la stratégie urbaine visée par le projet, le programme "
                "d'intervention est synthétisé comme suit."])


def _check(table, spec: Spec) -> None:
    header, rows = spec.expected()
    assert table.header == header
    assert table.rows == rows
    assert (table.n_rows, table.n_cols) == (len(rows), len(header[0]))
    assert table.title == spec.title


@pytest.mark.parametrize("style", ["A", "B", "C"])
def test_multiline_cells_in_each_style(tmp_path, style):
    spec = synthesis_spec(style)
    pdf = build(tmp_path / f"syn_{style}.pdf", [spec])
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 1
    _check(tables[0], spec)
    assert tables[0].pages == [1]


def test_bordered_merged_cells_spread_and_recorded(tmp_path):
    spec = Spec(
        title="Concours financiers NPNRU par quartier",
        data=[["Quartier", "Subvention", "Prêt", "Concours totaux"],
              ["LENS\nCité du 12-14", "C : 28 528 354,13 €", "C : 2 652 916,00 €", "C : 31 181 270,13 €"],
              ["", "P : 510 135,36 €", "P : 314 400,00 €", "P : 824 535,36 €"],
              ["", "T : 29 038 489,49 €", "T : 2 967 316,00 €", "T : 32 005 805,49 €"],
              ["Total hors prêts", "", "", "29 038 489,49 €"]],
        spans=[(1, 0, 3, 1), (4, 0, 1, 3)], style="A", widths=[4, 4, 4, 4])
    pdf = build(tmp_path / "merged.pdf", [spec])
    doc = read_document(pdf)
    (located,) = locate_tables(str(pdf), doc)
    t = located.table
    _check(t, spec)
    assert sorted(t.merged) == [[1, 0, 3, 1], [4, 0, 1, 3]]
    # The lines inside the table are marked; the caption and prose are not.
    marked = [l.text for l in doc.lines() if l.table_id == t.id]
    free = [l.text for l in doc.lines() if l.table_id is None]
    assert any("28 528 354,13" in x for x in marked)
    assert any(spec.title in x for x in free)
    assert not any("28 528 354,13" in x for x in free)
    # Where it sits, for the pipeline (section above it), not on the public record.
    assert 60 < located.top < 200 and list(located.bboxes) == t.pages
    assert not hasattr(t, "_top")
    assert doc.warnings == []  # C + P = T and subvention + prêt = concours: all add up


def test_prose_is_not_a_table(tmp_path):
    spec = synthesis_spec("C")
    pdf = build(tmp_path / "prose.pdf", [spec])
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    prose = [l for l in doc.lines() if l.table_id is None and "stratégie urbaine" in l.text]
    assert prose and len(tables) == 1


@pytest.mark.parametrize("style", ["A", "B", "C"])
def test_total_row_that_does_not_add_up_is_reported(tmp_path, style):
    spec = insertion_spec(style)
    pdf = build(tmp_path / f"ins_{style}.pdf", [spec])
    doc = read_document(pdf)
    (t,) = find_tables(str(pdf), doc)
    _check(t, spec)
    amount_warnings = [w for w in doc.warnings if "143 898 115" in w]
    assert len(amount_warnings) == 1, doc.warnings
    assert "143 898 112" in amount_warnings[0] and t.id in amount_warnings[0]
    # Hours add up exactly; percentages are never summed.
    assert len(doc.warnings) == 1, doc.warnings


def test_totals_that_add_up_give_no_warning(tmp_path):
    rows = [["LENS - Aménagement Espaces publics", "5 760 386,19 €", "6%", "354 200,00 €"],
            ["LENS - Rénovation groupe scolaire", "12 000 000,00 €", "15%", "1 816 944,00 €"],
            ["AVION - Aménagement Secteur 1", "441 675,00 €", "30%", "132 503,00 €"],
            ["Total global des financements Région", "", "", "2 303 647,00 €"]]
    spec = Spec(title="Financements de la Région",
                data=[["Libellé opération", "Assiette", "Taux", "Subvention Région"]] + rows,
                style="A", widths=[6, 3.5, 2, 3.5])
    pdf = build(tmp_path / "region.pdf", [spec])
    doc = read_document(pdf)
    (t,) = find_tables(str(pdf), doc)
    _check(t, spec)
    assert doc.warnings == []


def _long_spec(style: str) -> Spec:
    data = [["N°", "Opération", "Maître d'ouvrage", "Montant"]]
    for i in range(1, 61):
        data.append([str(i), f"Opération numéro {i}", "COMMUNE DE LENS" if i % 2 else "SIA Habitat",
                     f"{i * 1000 + 7} €"])
    return Spec(title="Liste des opérations", data=data, style=style, widths=[1.5, 6, 5, 3])


@pytest.mark.parametrize("style", ["A", "B", "C"])
def test_table_split_over_pages_is_one_table(tmp_path, style):
    spec = _long_spec(style)
    pdf = build(tmp_path / f"long_{style}.pdf", [spec])
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 1, [(t.pages, t.n_rows) for t in tables]
    t = tables[0]
    assert len(t.pages) >= 2 and t.pages == list(range(t.pages[0], t.pages[-1] + 1))
    _check(t, spec)


def test_landscape_wide_table(tmp_path):
    header = ["Libellé opération", "Localisation", "Maître d'ouvrage", "Assiette\nsubventionnable",
              "Taux", "Montant de\nsubvention", "Date de\nlancement"]
    rows = [["AVION – Aménagement Secteur 1", "62065 Avion\nRépublique - Cité 4 Sud", "COMMUNE D'AVION",
             "441 675,00 €", "30%", "132 503,00 €", "2023"],
            ["AVION – Aménagement Secteurs 2/3/5", "62065 Avion\nRépublique - Cité 4 Sud", "COMMUNE D'AVION",
             "2 966 213,25 €", "41%", "1 228 500,00 €", "en cours"],
            ["LENS - Pôle économique Fosse 12", "62498 Lens\nCité 12-14", "COMMUNE DE LENS",
             "3 783 423,80 €", "26%", "1 000 000,00 €", "2024"]]
    spec = Spec(title="Opérations financées par la Région", data=[header] + rows, style="A",
                widths=[6.5, 4, 3.5, 3.5, 1.5, 3.5, 3], landscape=True, page_break_before=True)
    pdf = build(tmp_path / "land.pdf", [spec])
    doc = read_document(pdf)
    (t,) = find_tables(str(pdf), doc)
    assert doc.pages[t.pages[0] - 1].landscape
    _check(t, spec)


def _financial_spec(style: str) -> Spec:
    """Sub-heading rows spanning every column between blocks of operations."""
    data = [["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Base de\nfinancement", "Subvention\nANRU"]]
    spans = []
    for q, (name, commune) in enumerate([("LENS – Cité du 12/14 (QP062024)", "Commune de Lens"),
                                         ("AVION – Quartier République (QP062019)", "Commune d'Avion")]):
        spans.append((len(data), 0, 1, 5))
        data.append([name, "", "", "", ""])
        for i in range(1, 6):
            n = q * 10 + i
            data.append([f"C0688-1{i}-00{n:02d}", f"Opération {n} du quartier", commune,
                         f"{n * 1000 + 180} 000,00 €", f"{n * 500 + 90} 000,00 €"])
    return Spec(title="Tableau financier prévisionnel des opérations programmées", data=data,
                spans=spans, style=style, widths=[3, 5, 3.5, 2.8, 2.8])


@pytest.mark.parametrize("style", ["B", "C"])
def test_subheading_rows_do_not_cut_the_table(tmp_path, style):
    spec = _financial_spec(style)
    pdf = build(tmp_path / f"fin_{style}.pdf", [spec])
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 1, [(t.header, t.n_rows) for t in tables]
    _check(tables[0], spec)
    assert [1, 0, 1, 5] in tables[0].merged and [7, 0, 1, 5] in tables[0].merged


def test_captioned_tables_with_same_columns_stay_apart(tmp_path):
    """A caption between two tables with one header is not a sub-heading row."""
    def fiche(n: int) -> Spec:
        return Spec(title=f"Fiche descriptive – LENS - Développement d’un pôle économique, opération {n}",
                    data=[["Rubrique", "Contenu"], ["Libellé", f"Opération {n}"], ["IDTOP", f"C0688-38-00{n}"],
                          ["Maître d'ouvrage", "Commune de Lens"], ["Durée prévisionnelle", f"{n} semestres"]],
                    style="C", widths=[5, 9])
    specs = [fiche(1), fiche(2)]
    pdf = build(tmp_path / "fiches.pdf", specs, prose_between="")
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 2
    for t, spec in zip(tables, specs):
        _check(t, spec)
