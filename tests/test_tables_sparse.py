"""Columns filled in few rows, and label columns computed once per table.
Tables typeset with reportlab; gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from typeset import Spec, build  # noqa: E402

from convention_parser.tables import cells as cells_mod  # noqa: E402
from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.tables.aligned import aligned_grids  # noqa: E402
from convention_parser.tables.settings import AlignedSettings  # noqa: E402
from convention_parser.text import read_document  # noqa: E402
from convention_parser.text.model import Word  # noqa: E402


def _region_spec(style: str) -> Spec:
    """The last column ("Date de lancement") is filled in 2 rows out of 20."""
    header = ["Libellé opération", "Maître d'ouvrage", "Assiette\nsubventionnable", "Taux",
              "Montant de\nsubvention", "Date de\nlancement"]
    rows = []
    for i in range(1, 21):
        date = {5: "AMO en cours", 14: "Moe 2024"}.get(i, "")
        rows.append([f"AVION – Aménagement secteur {i}", "COMMUNE D'AVION" if i % 2 else "CA DE LENS LIEVIN",
                     f"{i * 137 + 400} 675,00 €", f"{10 + i}%", f"{i * 41 + 100} 503,00 €", date])
    return Spec(title="Opérations bénéficiant d'un accompagnement financier de la Région",
                data=[header] + rows, style=style, widths=[6.5, 4, 3.5, 1.5, 3.5, 3],
                landscape=True, page_break_before=True)


@pytest.mark.parametrize("style", ["B", "C"])
def test_sparse_last_column_keeps_its_gutter(tmp_path, style):
    spec = _region_spec(style)
    pdf = build(tmp_path / f"region_{style}.pdf", [spec])
    doc = read_document(pdf)
    (t,) = find_tables(str(pdf), doc)
    header, rows = spec.expected()
    assert t.n_cols == 6
    assert t.header == header
    assert t.rows == rows


def test_label_columns_computed_once_per_table(tmp_path, monkeypatch):
    data = [["Libellé", "Assiette", "Subvention"]] + [[f"Opération {i}", f"{i} 000,00 €", f"{i} 00,00 €"]
                                                      for i in range(1, 9)]
    spec = Spec(title="Opérations", data=data, style="A", widths=[6, 4, 4])
    pdf = build(tmp_path / "ops.pdf", [spec])
    (t,) = find_tables(str(pdf), read_document(pdf))
    calls = []
    real = cells_mod.label_columns
    monkeypatch.setattr(cells_mod, "label_columns", lambda table: calls.append(1) or real(table))
    out = list(cells_mod.indexed_table_cells(t))
    assert len(calls) == 1
    assert [(i, label, col, text) for i, label, col, text, _ in out][:2] == [
        (0, "Opération 1", "Assiette", "1 000,00 €"), (0, "Opération 1", "Subvention", "1 00,00 €")]
    assert len(out) == 16


def _word(text: str, x0: float, base: float, size: float = 8.0) -> Word:
    """A word as layer 1 reads it from its glyph boxes: an accent over a
    letter ("é" in "République") raises the word's top."""
    cap = 0.85 if any(ch in "éèêàÉÈ" for ch in text) else 0.75
    return Word(text, x0, base - cap * size, x0 + 0.5 * size * len(text), base + 0.25 * size,
                size=size, base=base)


def test_wrapped_last_cell_after_an_accented_line_stays_in_the_table():
    """Line pitch is read on baselines: "République" (an accent, a higher
    top) then "Sud" are no further apart than any other two lines of
    a wrapped cell, so the last row's last line is still in the table."""
    pitch, row_gap = 9.6, 15.6
    words: list[Word] = []
    expected = []
    base = 100.0
    for i in range(1, 5):
        words += [_word(f"Démolition {i}", 50, base), _word(f"C0688-{i}", 200, base),
                  _word("62065", 300, base), _word(f"{i}00.000", 450, base)]
        cell = ["62065", "6062019", "République", "Sud"]
        words += [_word("immeuble", 50, base + pitch), _word("6062019", 300, base + pitch)]
        words += [_word("République", 300, base + 2 * pitch), _word("Sud", 300, base + 3 * pitch)]
        expected.append([f"Démolition {i} immeuble", f"C0688-{i}", " ".join(cell), f"{i}00.000"])
        base += 3 * pitch + row_gap
    (g,) = aligned_grids(1, words, [], AlignedSettings())
    assert g.matrix() == expected


def test_wrapped_label_ending_inside_a_gutter_stays_in_its_column():
    """A label's second line ("Quartier République Cité 4 Sud") runs further
    right than any label on a multi-cell line, into the gutter: the column
    boundary moves to the part of the gutter no cell enters."""
    words: list[Word] = []
    expected = []
    base = 100.0
    labels = [("LENS", "Cité 12"), ("AVION", "Quartier République Cité 4 Sudouest"), ("LIEVIN", "Vent")]
    for i, (name, second) in enumerate(labels):
        words += [_word(name, 50, base), _word(f"C : {i + 1}00 000,00 €", 196, base),
                  _word(f"{i + 7}0 000,00 €", 320, base)]
        x = 50.0
        for t in second.split():
            words.append(_word(t, x, base + 9.6))
            x += 0.5 * 8.0 * len(t) + 2.0
        expected.append([f"{name} {second}", f"C : {i + 1}00 000,00 €", f"{i + 7}0 000,00 €"])
        base += 30.0
    assert max(w.x1 for w in words if w.text == "Sudouest") > (max(w.x1 for w in words if w.text == "Cité" and w.x0 < 150) + 196) / 2
    (g,) = aligned_grids(1, words, [], AlignedSettings())
    assert g.matrix() == expected
