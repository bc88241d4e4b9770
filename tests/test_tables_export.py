"""Tables as data: DataFrames, typed cells, and `parse --format csv` end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from typeset import Spec, build  # noqa: E402

from convention_parser.cli import app  # noqa: E402
from convention_parser.exporters.frames import table_cells_frame, table_frame  # noqa: E402
from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.tables.cells import cell_value, table_cells  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

SPEC = Spec(title="Financements de la Région",
            data=[["Libellé opération", "Assiette", "Taux", "Subvention Région"],
                  ["LENS - Aménagement Espaces publics", "5 760 386,19 €", "6%", "354 200,00 €"],
                  ["AVION - Aménagement Secteur 1", "441 675,00 €", "30%", "132 503,00 €"],
                  ["Total", "", "", "486 703,00 €"]],
            style="A", widths=[6, 3.5, 2, 3.5])


def test_cell_value_types():
    assert cell_value("C : 2 652 916,00 €").value == 2652916.0
    assert cell_value("C : 2 652 916,00 €").key == "C"
    assert cell_value("15%").kind == "percent" and cell_value("15%").value == 15.0
    v = cell_value("1 644 550 h")
    assert (v.kind, v.value, v.unit) == ("count", 1644550.0, "h")
    assert cell_value("Potentiel de 98 logements") is None


def test_table_as_dataframe_and_typed_cells(tmp_path):
    pdf = build(tmp_path / "region.pdf", [SPEC])
    (t,) = find_tables(str(pdf), read_document(pdf))
    df = table_frame(t)
    assert list(df.columns) == ["Libellé opération", "Assiette", "Taux", "Subvention Région"]
    assert df.iloc[1]["Subvention Région"] == "132 503,00 €"
    cells = {(r, c): v for r, c, _, v in table_cells(t)}
    assert cells[("AVION - Aménagement Secteur 1", "Subvention Région")].value == 132503.0
    assert cells[("LENS - Aménagement Espaces publics", "Taux")].kind == "percent"
    long = table_cells_frame(t)
    assert long["value"].sum() == 5760386.19 + 6 + 354200 + 441675 + 30 + 132503 + 486703


def test_parse_csv_writes_tables_and_records(tmp_path):
    pdf = build(tmp_path / "doc.pdf", [SPEC])
    out = tmp_path / "csv"
    res = CliRunner().invoke(app, ["parse", str(pdf), "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in out.iterdir())
    for kind in ("amounts", "quantities", "entities", "operations", "sections"):
        assert f"doc.{kind}.csv" in names
    table_files = [n for n in names if ".t1." in n]
    assert len(table_files) == 1
    df = pd.read_csv(out / table_files[0], dtype=str, keep_default_na=False)
    assert list(df.columns) == ["Libellé opération", "Assiette", "Taux", "Subvention Région"]
    assert df.values.tolist()[0] == ["LENS - Aménagement Espaces publics", "5 760 386,19 €", "6%", "354 200,00 €"]
    assert len(df) == 3
