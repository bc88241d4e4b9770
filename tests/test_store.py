"""The DuckDB store: ingest a folder, idempotent by content, versions, failures
without partial rows, SQL, export, diff --db, and the README's queries."""

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, FIXTURES, ROOT

from convention_parser.batch import BatchSettings
from convention_parser.store import Store, connect, export_tables, ingest, run_sql, stored_results
from convention_parser.store.schema import ALL_TABLES, RECORD_TABLES

MINUTES = FIXTURES / "minutes"


def some_pages(src: Path, dst: Path, pages: list[int]) -> Path:
    """A PDF made of a few of ``src``'s pages (0-based; keeps the tests fast)."""
    import pypdfium2 as pdfium

    doc, out = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
    out.import_pages(doc, pages)
    out.save(str(dst))
    return dst


def herault_deliberation(path: Path) -> Path:
    """A demolition in a document that never names the Pas-de-Calais (built here)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    y = 780
    for line in ["Hérault Logement",
                 "DECISION EXTRAITE DU PROCES VERBAL DE LA REUNION DU CONSEIL D'ADMINISTRATION",
                 "SEANCE DU 12 MAI 2024", "Président : Monsieur FABRE",
                 "Présents : Monsieur FABRE, Madame ROCHE, Monsieur VIDAL.",
                 "Convention de renouvellement urbain de Lunel", "I – OBJET",
                 "Les évolutions portent, pour Hérault Logement, sur :",
                 "- Le financement de la démolition de la tour des Lilas à Lunel à hauteur de 900 000 €.",
                 "Décision adoptée à l'unanimité"]:
        c.drawString(50, y, line)
        y -= 18
    c.save()
    return path


def table_counts(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ALL_TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder as users receive them: minutes, a board decision, a broken file, a note."""
    root = tmp_path_factory.mktemp("store")
    folder = root / "in"
    (folder / "2024" / "mai").mkdir(parents=True)
    shutil.copy(MINUTES / "minutes-del-themes.pdf", folder / "minutes-del-themes.pdf")
    shutil.copy(MINUTES / "minutes-dash-agenda.pdf", folder / "2024" / "minutes-dash-agenda.pdf")
    seed = CORPORA / "pdf" / "seed_deliberation_avenant01.pdf"
    some_pages(seed, folder / "2024" / "decision-pdch.pdf", [0])
    some_pages(seed, folder / "avenant-page8.pdf", [7])  # a table of counts ("227 LLS")
    herault_deliberation(folder / "2024" / "mai" / "decision-herault.pdf")
    good = (MINUTES / "minutes-label-alone.pdf").read_bytes()
    (folder / "2024" / "mai" / "broken.pdf").write_bytes(good[: len(good) // 3])
    (folder / "notes.txt").write_text("not a PDF, not read")
    db = root / "corpus.duckdb"
    report = ingest([folder], db, BatchSettings(jobs=2))
    return {"folder": folder, "db": db, "report": report}


def test_every_pdf_stored_and_the_broken_one_recorded_with_its_error(corpus):
    report = corpus["report"]
    assert sorted(f.path.name for f in report.files if f.status == "parsed") == \
        ["avenant-page8.pdf", "decision-herault.pdf", "decision-pdch.pdf", "minutes-dash-agenda.pdf",
         "minutes-del-themes.pdf"]
    assert [f.path.name for f in report.failures] == ["broken.pdf"]
    cols, rows = run_sql(corpus["db"], "SELECT path, status, error, version FROM documents ORDER BY path")
    by_name = {Path(r[0]).name: r for r in rows}
    assert set(by_name) == {"avenant-page8.pdf", "decision-herault.pdf", "decision-pdch.pdf", "minutes-dash-agenda.pdf",
                            "minutes-del-themes.pdf", "broken.pdf"}  # notes.txt is not a PDF
    assert by_name["broken.pdf"][1] == "failed" and by_name["broken.pdf"][2]
    assert all(r[1] == "parsed" and r[2] is None and r[3] == 1 for n, r in by_name.items() if n != "broken.pdf")


def test_failed_file_leaves_no_other_row(corpus):
    db = corpus["db"]
    _, [[doc_id]] = run_sql(db, "SELECT id FROM documents WHERE status = 'failed'")
    con = connect(db, read_only=True)
    try:
        for table in RECORD_TABLES:
            n = con.execute(f'SELECT count(*) FROM "{table}" WHERE document_id = ?', [doc_id]).fetchone()[0]
            assert n == 0, table
        assert con.execute("SELECT result FROM documents WHERE id = ?", [doc_id]).fetchone()[0] is None
    finally:
        con.close()


def test_rows_are_the_parse_output(corpus):
    """Members and votes of a minutes file against its gold (by construction)."""
    gold = json.loads((MINUTES / "minutes-del-themes.json").read_text())
    db = corpus["db"]
    _, votes = run_sql(db, """
        SELECT dl.number, v.result, v.votes_for, v.votes_against, v.abstention
        FROM deliberations dl JOIN votes v USING (document_id, part) JOIN documents d ON d.id = dl.document_id
        WHERE d.path LIKE '%minutes-del-themes.pdf' ORDER BY dl.part""")
    assert votes == [(d["number"], d["vote"]["result"], d["vote"]["for"], d["vote"]["against"],
                      d["vote"]["abstention"]) for d in gold["deliberations"]]
    _, members = run_sql(db, """
        SELECT m.person, m.role, m.proxy_to FROM members m JOIN documents d ON d.id = m.document_id
        WHERE d.path LIKE '%minutes-del-themes.pdf' AND m.part = 0 ORDER BY m.role, m.person""")
    session = gold["session"]
    expected = [(p, "present", None) for p in session["present"]] + \
        [(e["name"], "excused", e["proxy_to"]) for e in session["excused"]] + \
        [(p, "absent", None) for p in session["absent"]]
    assert members == sorted(expected, key=lambda r: (r[1], r[0]))


def test_cells_long_format_keeps_typed_values(corpus):
    """Every cell of every table is a row; numbers typed, and the store agrees with the JSON."""
    con = connect(corpus["db"], read_only=True)
    try:
        for doc_id, result in con.execute("SELECT id, result FROM documents WHERE status = 'parsed'").fetchall():
            for i, part in enumerate(json.loads(result)["parts"]):
                for t in part["tables"]:
                    stored = con.execute("""SELECT "row", col, text FROM cells WHERE document_id = ? AND part = ?
                                            AND table_id = ? AND NOT header ORDER BY "row", col""",
                                         [doc_id, i, t["id"]]).fetchall()
                    if not t["merged"]:
                        assert stored == [(r, c, x) for r, row in enumerate(t["rows"]) for c, x in enumerate(row)]
        typed = con.execute("SELECT text, kind, value FROM cells WHERE value IS NOT NULL").fetchall()
    finally:
        con.close()
    assert typed, "page 8's table holds counts"
    for text, kind, value in typed:
        assert kind in ("amount", "percent", "number", "count")
        assert str(int(value)) in re.sub(r"[\s\u202f\u00a0.]", "", text)


def test_cell_rows_by_construction():
    """Header cells, a label column, a merged cell stored once, typed numbers."""
    from convention_parser.records import Table
    from convention_parser.store.rows import cell_rows

    table = Table(id="t9", title="", pages=[1], header=[["Opération", "Logements", "Subvention"]],
                  rows=[["Démolition Frênes", "71 logements", "1 880 000,00 €"],
                        ["Total", "Total", "1 880 000,00 €"]],
                  n_rows=2, n_cols=3, merged=[[2, 0, 1, 2]])  # "Total" spread over two columns
    rows = [(c["header"], c["row"], c["col"], c["text"], c["kind"], c["value"], c["row_label"], c["col_label"])
            for c in cell_rows(table)]
    assert rows == [
        (True, 0, 0, "Opération", None, None, None, None),
        (True, 0, 1, "Logements", None, None, None, None),
        (True, 0, 2, "Subvention", None, None, None, None),
        (False, 0, 0, "Démolition Frênes", None, None, "Démolition Frênes", "Opération"),
        (False, 0, 1, "71 logements", "count", 71.0, "Démolition Frênes", "Logements"),
        (False, 0, 2, "1 880 000,00 €", "amount", 1880000.0, "Démolition Frênes", "Subvention"),
        (False, 1, 0, "Total", None, None, "Total", "Opération"),
        (False, 1, 2, "1 880 000,00 €", "amount", 1880000.0, "Total", "Subvention"),
    ]


def test_second_ingest_adds_nothing(corpus, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copy(corpus["db"], db)
    before = table_counts(db)
    report = ingest([corpus["folder"]], db, BatchSettings(jobs=2))
    assert {f.status for f in report.files} == {"known"}
    assert len(report.files) == 6
    assert table_counts(db) == before


def stand_in_parse(path: Path, settings: BatchSettings):
    """A parse stand-in for the store's own logic: the file's text is the title of one part."""
    from convention_parser.store.rows import result_rows

    text = path.read_text()
    result = {"schema_version": "1", "source": {"path": str(path), "sha256": "-", "pages": 1, "text_source": "pdf"},
              "parts": [{"kind": "other", "pages": [1, 1], "title": text, "metadata": {}, "sections": [],
                         "tables": [], "amounts": [], "quantities": [], "dates": [], "entities": [],
                         "operations": [{"type": "demolition", "name": "tour", "logements": 12 if "v1" in text else "douze",
                                         "page": 1}],
                         "amendments": []}],
              "warnings": []}
    return result, result_rows(result)


def test_changed_file_is_a_new_version(tmp_path):
    f = tmp_path / "in" / "a.pdf"
    f.parent.mkdir()
    f.write_text("v1 of the file")
    db = tmp_path / "v.duckdb"
    ingest([f.parent], db, BatchSettings(jobs=1), work=stand_in_parse)
    f.write_text("v1 of the file, amended")
    ingest([f.parent], db, BatchSettings(jobs=1), work=stand_in_parse)
    ingest([f.parent], db, BatchSettings(jobs=1), work=stand_in_parse)  # unchanged: nothing
    _, rows = run_sql(db, "SELECT version, status FROM documents ORDER BY version")
    assert rows == [(1, "parsed"), (2, "parsed")]
    _, current = run_sql(db, "SELECT version FROM current_documents")
    assert current == [(2,)]
    _, parts = run_sql(db, "SELECT d.version, p.title FROM parts p JOIN documents d ON d.id = p.document_id ORDER BY 1")
    assert parts == [(1, "v1 of the file"), (2, "v1 of the file, amended")]


def test_a_write_that_fails_is_rolled_back_and_recorded(tmp_path):
    """"douze" cannot go into operations.logements (INTEGER): the file is stored as failed, no part row."""
    f = tmp_path / "in" / "b.pdf"
    f.parent.mkdir()
    f.write_text("v2 with a bad count")
    db = tmp_path / "w.duckdb"
    with Store(db) as store:
        result, rows = stand_in_parse(f, BatchSettings())
        rows["operations"][0]["logements"] = "douze"
        doc_id, error = store.add_document(f, "abc", 3, result=result, rows=rows)
    assert error.startswith("store error:")
    counts = table_counts(db)
    assert counts["documents"] == 1 and all(counts[t] == 0 for t in RECORD_TABLES)
    _, [[status]] = run_sql(db, f"SELECT status FROM documents WHERE id = {doc_id}")
    assert status == "failed"


def test_sql_command_prints_csv(corpus):
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "sql", "--db", str(corpus["db"]),
                           "SELECT number, votes_against FROM deliberations JOIN votes USING (document_id, part) "
                           "WHERE votes_against IS NOT NULL ORDER BY number"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == ["number", "votes_against"]
    assert ["DEL2024-17", "4"] in rows[1:] and ["2", "2"] in rows[1:]
    bad = subprocess.run([sys.executable, "-m", "convention_parser", "sql", "--db", str(corpus["db"]),
                          "SELECT nothing FROM nowhere"], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("error: sql: ") and len(bad.stderr.splitlines()) == 1


def test_export_parquet_round_trip(corpus, tmp_path):
    import pandas as pd

    out = tmp_path / "export"
    export_tables(corpus["db"], "parquet", out)
    counts = table_counts(corpus["db"])
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in ALL_TABLES)
    for table, n in counts.items():
        assert len(pd.read_parquet(out / f"{table}.parquet")) == n, table
    amounts = pd.read_parquet(out / "amounts.parquet")
    _, [[total]] = run_sql(corpus["db"], "SELECT sum(value) FROM amounts")
    assert amounts["value"].sum() == pytest.approx(total)


def test_stored_results_rebuild_the_parse_output(corpus):
    """What the SCDL export receives: parse outputs rebuilt from the stored JSON."""
    results = stored_results(corpus["db"], kind="deliberation")
    assert sorted(Path(r.source.path).name for r in results) == \
        ["decision-herault.pdf", "decision-pdch.pdf", "minutes-dash-agenda.pdf", "minutes-del-themes.pdf"]
    themes = next(r for r in results if r.source.path.endswith("minutes-del-themes.pdf"))
    assert [p.metadata["number"] for p in themes.parts if p.kind == "deliberation"] == ["DEL2024-17", "DEL2024-18", "DEL2024-19",
                                                            "DEL2024-20", "DEL2024-21", "DEL2024-22"]


def test_diff_db_stores_changes_with_both_ids(corpus, tmp_path):
    db = tmp_path / "diff.duckdb"
    shutil.copy(corpus["db"], db)
    _, docs = run_sql(db, "SELECT id, path, result FROM documents WHERE path LIKE '%minutes-%' ORDER BY path")
    files = []
    for doc_id, path, result in docs:
        files.append(tmp_path / f"{doc_id}.json")
        files[-1].write_text(result)
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "diff", str(files[0]), str(files[1]),
                           "--format", "json", "--db", str(db)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    changes = json.loads(proc.stdout)["changes"]
    _, stored = run_sql(db, "SELECT old_document_id, new_document_id, type, target FROM changes ORDER BY rowid")
    assert [(s[0], s[1]) for s in stored] == [(docs[0][0], docs[1][0])] * len(changes)
    assert [(s[2], s[3]) for s in stored] == [(c["type"], c["target"]) for c in changes]
    assert table_counts(db)["documents"] == table_counts(corpus["db"])["documents"]  # both known already


def readme_queries() -> dict[str, str]:
    """The README section's SQL blocks, each under the paragraph that introduces it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### A folder into a database", 1)[1].split("\n### ", 1)[0]
    out = {}
    for m in re.finditer(r"```sql\n(.*?)```", section, re.S):
        intro = section[: m.start()].rstrip().rsplit("\n\n", 1)[-1]
        out[" ".join(intro.split())] = m.group(1)
    return out


def test_readme_queries_run_on_the_schema(corpus):
    queries = readme_queries()
    demolitions = next(sql for title, sql in queries.items() if "demolition in the Pas-de-Calais" in title)
    opposition = next(sql for title, sql in queries.items() if "with opposition" in title)
    cols, rows = run_sql(corpus["db"], demolitions)
    assert cols[:4] == ["commune", "site", "logements", "subvention"]
    # The board decision names the Pas-de-Calais: its demolition (hand gold), and nothing from Lunel.
    assert ("Avion", "tour des Frênes", 71, 1880000.0) in [r[:4] for r in rows]
    assert all(not r[4].endswith("decision-herault.pdf") for r in rows)
    _, lunel = run_sql(corpus["db"], "SELECT count(*) FROM operations o JOIN documents d ON d.id = o.document_id "
                                     "WHERE o.type = 'demolition' AND d.path LIKE '%herault%'")
    assert lunel == [(1,)]  # it was there to be left out
    cols, rows = run_sql(corpus["db"], opposition)
    expected = set()
    for name in ("minutes-del-themes", "minutes-dash-agenda"):
        gold = json.loads((MINUTES / f"{name}.json").read_text())
        expected |= {(d["number"], d["vote"]["against"]) for d in gold["deliberations"]
                     if (d["vote"]["against"] or 0) > 0 or d["vote"]["result"] == "rejected"}
    assert {(r[0], r[4]) for r in rows} == expected


def test_ingest_command_closing_line(corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    shutil.copy(corpus["db"], db)
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "ingest", str(corpus["folder"]),
                           "--db", str(db), "--jobs", "1"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == ["0 parsed, 0 failed, 6 already stored"]
    assert proc.stdout == ""


def test_export_scdl_hook_gets_the_stored_deliberations(corpus, tmp_path, monkeypatch):
    """``export --format scdl`` hands exporters.scdl.write_scdl the parse outputs rebuilt from the store."""
    import types

    from typer.testing import CliRunner

    from convention_parser.cli import app

    seen = {}

    def write_scdl(results, out_path, base_url=None, relative_to=None):
        seen["results"], seen["out"], seen["url"] = results, out_path, (base_url, relative_to)

    monkeypatch.setitem(sys.modules, "convention_parser.exporters.scdl",
                        types.SimpleNamespace(write_scdl=write_scdl))
    out = tmp_path / "deliberations.csv"
    res = CliRunner().invoke(app, ["export", "--db", str(corpus["db"]), "--format", "scdl", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert Path(seen["out"]) == out
    assert sorted(Path(r.source.path).name for r in seen["results"]) == \
        ["decision-herault.pdf", "decision-pdch.pdf", "minutes-dash-agenda.pdf", "minutes-del-themes.pdf"]
    assert seen["url"] == (None, None)


def test_export_scdl_fills_delib_url_only_from_the_given_base_url(corpus, tmp_path):
    from convention_parser.exporters.scdl import votes_path

    out = tmp_path / "deliberations.csv"
    base = ["-m", "convention_parser", "export", "--db", str(corpus["db"]), "--format", "scdl", "--out", str(out)]
    proc = subprocess.run([sys.executable, *base], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        assert {r["DELIB_URL"] for r in csv.DictReader(fh)} == {""}     # nothing given: nothing invented
    proc = subprocess.run([sys.executable, *base, "--base-url", "https://actes.example.org/pv/",
                           "--relative-to", str(corpus["folder"])], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(votes_path(out), newline="", encoding="utf-8") as fh:
        sources = [Path(r["SOURCE"]) for r in csv.DictReader(fh)]
    urls = {src.name: row["DELIB_URL"] for src, row in zip(sources, rows)}
    assert urls["decision-pdch.pdf"] == "https://actes.example.org/pv/2024/decision-pdch.pdf"
    assert urls["decision-herault.pdf"] == "https://actes.example.org/pv/2024/mai/decision-herault.pdf"
    assert urls["minutes-del-themes.pdf"] == "https://actes.example.org/pv/minutes-del-themes.pdf"
    bad = subprocess.run([sys.executable, *base, "--base-url", "actes/pv"], capture_output=True, text=True)
    assert bad.returncode == 2 and "not an absolute URL" in bad.stderr


def test_export_csv_writes_every_table(corpus, tmp_path):
    out = tmp_path / "csv"
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "export", "--db", str(corpus["db"]),
                           "--format", "csv", "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with open(out / "votes.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    _, [[n]] = run_sql(corpus["db"], "SELECT count(*) FROM votes")
    assert len(rows) == n and {"document_id", "part", "result", "votes_against"} <= set(rows[0])


def test_deliberation_rows_carry_the_receipt_and_members_in_office():
    """The legality-control receipt and "membres en exercice" are columns of deliberations, so
    "every act of the Pas-de-Calais (062)" is a plain WHERE; the part names its family."""
    from convention_parser.store.rows import result_rows

    meta = {"number": "DEL2023_45", "session_date": "2023-06-30", "in_office_count": 33,
            "vote": {"result": "unanimity"},
            "act_receipt": {"id": "062-216207654-20230630-DEL2023_45-DE", "department": "062",
                            "siren": "216207654", "date": "2023-06-30", "act_id": "DEL2023_45",
                            "nature": "DE", "transmitted": "2023-07-03", "received": None}}
    rows = result_rows({"parts": [{"kind": "deliberation", "pages": [1, 2], "family": "board_deliberation",
                                   "metadata": meta}]})
    d = rows["deliberations"][0]
    assert (d["in_office_count"], d["department"], d["siren"], d["act_id"], d["act_nature"]) == \
        (33, "062", "216207654", "DEL2023_45", "DE")
    assert str(d["transmitted"]) == "2023-07-03" and d["received"] is None
    assert rows["parts"][0]["family"] == "board_deliberation"
    bare = result_rows({"parts": [{"kind": "deliberation", "pages": [1, 1], "metadata": {"number": "1"}}]})
    assert bare["deliberations"][0]["department"] is None and bare["parts"][0]["family"] is None


def test_documents_parts_and_operations_carry_their_departement(corpus):
    """The board decision names "Pas-de-Calais habitat" (a hyphenated département name); the
    Hérault decision names no département in a way that counts ("Hérault Logement" alone)."""
    _, rows = run_sql(corpus["db"], "SELECT path, department FROM current_documents")
    by_name = {Path(p).name: d for p, d in rows}
    assert by_name["decision-pdch.pdf"] == "62"
    assert by_name["decision-herault.pdf"] is None
    _, parts = run_sql(corpus["db"], "SELECT p.department, p.department_name, p.department_source FROM parts p "
                                     "JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%decision-pdch%'")
    assert parts == [("62", "Pas-de-Calais", "text")]
    _, ops = run_sql(corpus["db"], "SELECT DISTINCT o.department FROM operations o JOIN documents d "
                                   "ON d.id = o.document_id WHERE d.path LIKE '%decision-pdch%'")
    assert ops == [("62",)]


def test_a_store_of_an_earlier_version_gains_the_new_columns(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (id BIGINT PRIMARY KEY, path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,"
                " size_bytes BIGINT, version INTEGER NOT NULL, pages INTEGER, text_source VARCHAR,"
                " tool_version VARCHAR, ingested_at TIMESTAMP, status VARCHAR NOT NULL, error VARCHAR,"
                " n_parts INTEGER, warnings JSON, result JSON)")
    con.execute("CREATE TABLE operations (document_id BIGINT, part INTEGER, type VARCHAR)")
    con.close()
    with Store(db) as store:
        assert "department" in store.columns("documents") and "department" in store.columns("operations")


def test_diff_rows_keep_a_figures_unit(tmp_path):
    """An amount change stores its unit beside its two values (Change.unit)."""
    db = tmp_path / "units.duckdb"
    change = {"type": "amount_changed", "target": "Région / Quartier X", "summary": "1 200 000 -> 1 450 000",
              "status": "modified", "before": 1200000, "after": 1450000, "unit": "EUR", "evidence": {}}
    with Store(db) as store:
        store.add_diff(1, 2, {"changes": [change, {**change, "type": "quantity_changed", "unit": "logements",
                                                    "before": 339, "after": 410}]})
    _, rows = run_sql(db, "SELECT type, before, after, unit FROM changes ORDER BY rowid")
    assert [(r[0], json.loads(r[1]), json.loads(r[2]), r[3]) for r in rows] == [
        ("amount_changed", 1200000, 1450000, "EUR"), ("quantity_changed", 339, 410, "logements")]
