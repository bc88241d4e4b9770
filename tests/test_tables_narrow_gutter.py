"""A header line whose only words sit in cells far apart, except two in
adjacent narrow columns: the narrow gutter between those two is still a cell
break. Style C (no rules, no space glyph in the line), gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from typeset import Spec, build  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402


def _spec() -> Spec:
    # The third header line holds "subventionnée", "ANRU", "ANRU", "semestres":
    # two wide gutters (empty cells between) and one narrow one (two 2.2 cm
    # columns, about 4 em between the two "ANRU").
    header = ["Libellé de\nl'opération\nsubventionnée", "Maître\nd'ouvrage", "Taux de\nsubvention\nANRU",
              "Montant\nprévu\nANRU", "Date de\nlancement", "Durée\nen\nsemestres"]
    rows = [[f"Opération {i} quartier Nord", "Maisons et Cités", f"{20 + i}%", f"{i * 12} k€",
             f"S{i} 2025", str(i + 3)] for i in range(1, 7)]
    return Spec(title="Requalification de logements locatifs sociaux", data=[header] + rows,
                style="C", widths=[5, 3, 2.2, 2.2, 3, 2.2], landscape=True)


def test_narrow_gutter_between_header_words_splits_cells(tmp_path):
    spec = _spec()
    pdf = build(tmp_path / "narrow.pdf", [spec])
    doc = read_document(pdf)
    words = [w.text for p in doc.pages for ln in p.lines for w in ln.words]
    assert words.count("ANRU") == 2 and "ANRUANRU" not in words
    (t,) = find_tables(str(pdf), doc)
    header, rows = spec.expected()
    assert t.n_cols == 6
    assert t.header == header
    assert t.rows == rows
    # Ordinary word spaces inside one cell stay inside it.
    assert "Maisons et Cités" in t.rows[0]
