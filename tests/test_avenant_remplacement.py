"""Avenants that replace each amended article whole, in an article of their own, and give the
operations table's changes as one "Situation initiale | Situation modifiée" table per operation
(issue 12, mechanism 8; structure/situation_tables.py, the article_annulled_replaced and
article_provisions_replaced rules of extractors/avenant.toml). The pair is built here, gold by
hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Part, Section, Source, Table  # noqa: E402
from convention_parser.structure.situation_tables import situation_amendments  # noqa: E402


def _read(*texts: str) -> list[Amendment]:
    return read_article(*texts, heading="Modification de l'article 9")


def test_whole_replacement_phrasings():
    cases = ["L'article 9 « Le plan de financement » est annulé et remplacé par les dispositions suivantes :",
             "L'article 9 de la convention est abrogé et remplacé par ce qui suit :",
             "Les dispositions de l'article 9 sont supprimées et remplacées par :",
             "Les stipulations de l'article 9 de la convention pluriannuelle sont remplacées par les stipulations "
             "suivantes :",
             "L'article 9 de la convention est remplacé par les dispositions suivantes :"]
    for text in cases:
        ams = _read(text, "Le plan de financement s'établit à 3 400 000 €.")
        assert [(a.target, a.action, a.new_text) for a in ams] == \
            [("9", "replace", "Le plan de financement s'établit à 3 400 000 €.")], text
    # an article repealed is not one replaced
    assert [(a.target, a.action) for a in _read("L'article 9 est abrogé.")] == [("9", "repeal")]


def _situation(header: list[str], rows: list[list[str]], tid: str) -> Table:
    return Table(id=tid, title="", pages=[2], section="3", header=[header], rows=rows, n_rows=len(rows), n_cols=3)


def test_situation_tables_read_and_applied():
    head = ["", "Situation initiale", "Situation modifiée"]
    tables = [
        _situation(head, [["Subvention ANRU", "1 880 000 €", "2 000 000 €"]], "a1"),
        # the next operation's name taken in by the table reader as a row of the same text in every cell
        _situation(["Donnée", "Avant avenant", "Après avenant"],
                   [["Opération", "Opération inscrite", "Opération supprimée"],
                    ["Opération nouvelle « Démolition de la tour Ravel (40 logements) » (C0688-21-0003) :"] * 3,
                    ["IDTOP", "–", "C0688-21-0003"], ["Libellé", "–", "Démolition de la tour Ravel (40 logements)"],
                    ["Logements", "–", "40"], ["Subvention ANRU", "–", "1 000 000 €"]], "a2"),
        Table(id="a3", title="Plan", pages=[2], section="3", header=[["Financeurs", "A", "B"]],
              rows=[["ANRU", "1", "2"]], n_rows=1, n_cols=3),
    ]
    before = {"a1": "Les opérations de l'article 8.1 sont modifiées comme suit : Opération « Démolition de la tour "
                    "des Frênes (71 logements) » (C0688-21-0001) :",
              "a2": "Opération « Démolition de la barre Vauban (40 logements) » (C0688-21-0002) :"}
    ams, sections = situation_amendments(tables, before, {"3": "Les totaux du tableau sont modifiés en conséquence."})
    got = [(a.target, a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams]
    assert got == [("8.1", "cell_replace", "C0688-21-0001", "Subvention ANRU", "1 880 000 €", "2 000 000 €"),
                   ("8.1", "row_delete", "C0688-21-0002", None, None, None),
                   ("8.1", "row_add", None, None, None, None),
                   ("8.1", "totals", None, None, None, None)]
    assert ams[2].edit.cells == {"IDTOP": "C0688-21-0003", "Libellé": "Démolition de la tour Ravel (40 logements)",
                                 "Logements": "40", "Subvention ANRU": "1 000 000 €"}
    assert sections == {"3"}
    # an avenant that also replaces article 9 whole, in a section of its own: its table comes with it
    fin = Table(id="a9", title="Plan de financement", pages=[3], section="4",
                header=[["Financeurs", "Les Provinces", "Le Plateau", "Total"]],
                rows=[["ANRU", "2 000 000 €", "1 000 000 €", "3 000 000 €"],
                      ["Région", "500 000 €", "–", "500 000 €"],
                      ["Total", "2 500 000 €", "1 000 000 €", "3 500 000 €"]], n_rows=3, n_cols=4)
    whole = Amendment(target="9", target_kind="article", action="replace", section="4", page=3,
                      new_text="Le plan de financement s'établit comme suit :\nLe coût total est estimé à 3 500 000 €.",
                      raw="L'article 9 est annulé et remplacé par les dispositions suivantes :")
    avenant = ParseResult(source=Source("a.pdf", "1" * 64, 3), parts=[Part(
        kind="avenant", pages=[1, 3], amendments=ams + [whole], tables=tables + [fin], metadata={"number": "1"},
        sections=[Section("s3", "3", "Modification de l'article 8.1", 1, 2), Section("s4", "4", "Article 9", 1, 3)])])
    merged = consolidate(operations_convention(with_facts=False), [avenant]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "C0688-21-0003", "Total"]
    assert ops.rows[0][3] == "2 000 000 €" and ops.rows[-1][3] == "3 000 000 €"
    nine = [t for t in merged.tables if t.section == "9"]
    assert [t.rows for t in nine] == [fin.rows]
    assert not merged.metadata["consolidation"][0]["conflicts"]


def test_summary_table_of_operations_read_and_applied():
    """"Opération | IDTOP | Montant initial | Montant modifié | Écart" (structure/synthesis_table.py): each
    line the operation's amount replaced, placed by its line, the totals after; a line withdrawn."""
    from convention_parser.structure.synthesis_table import synthesis_amendments
    t = Table(id="a1", title="Synthèse des opérations modifiées", pages=[2], section="2",
              header=[["Libellé de l'opération", "N° IDTOP", "Montant avant avenant", "Montant après avenant",
                       "Variation"]],
              rows=[["Démolition de la tour des Frênes (71 logements)", "C0688-21-0001", "1 880 000 €", "2 000 000 €",
                     "+ 120 000 €"],
                    # no identifier printed: the label names the line
                    ["Démolition de la barre Vauban (40 logements)", "–", "900 000 €", "–", "- 900 000 €"]],
              n_rows=2, n_cols=5)
    ams = synthesis_amendments([t], {"a1": "Les concours financiers de l'ANRU aux opérations ci-dessous sont modifiés :"})
    got = [(a.target, a.edit.op, a.edit.row, a.edit.old, a.edit.new) for a in ams]
    assert got == [("", "cell_replace", "C0688-21-0001", "1 880 000 €", "2 000 000 €"),
                   ("", "row_delete", "Démolition de la barre Vauban (40 logements)", None, None),
                   ("", "totals", None, None, None)]
    # a situation table of one operation's values, or a comparison table, is no summary table
    other = Table(id="a2", title="", pages=[2], section="2", header=[["", "Situation initiale", "Situation modifiée"]],
                  rows=[["Subvention ANRU", "1 €", "2 €"]], n_rows=1, n_cols=3)
    assert synthesis_amendments([other], {}) == []
    merged = consolidate(operations_convention(with_facts=False),
                         [ParseResult(source=Source("a.pdf", "1" * 64, 2), parts=[Part(
                             kind="avenant", pages=[1, 2], amendments=ams, tables=[t], metadata={"number": "1"})])]).parts[0]
    ops = next(x for x in merged.tables if x.id == "t1")
    assert ops.rows == [["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "71", "2 000 000 €"],
                        ["Total", "", "", "2 000 000 €"]]
    assert not merged.metadata["consolidation"][0]["conflicts"]
