"""consolidate() on layout set 4's grouped tables (records built by hand, expected results
written by hand): an operations table grouped by quartier (a sub-total under each block), a
maître d'ouvrage merged down over several lines (the parse reads it on the first line only),
a financing table in k€ whose header the parse read wrapped over two rows ("Quartier (en" /
"k€)", "Total" on the first row alone). And an avenant whose parse joined two family
instructions ("Les opérations « A » sont modifiées … : [table] Les opérations « B » sont
modifiées … : [table]") in one amendment: both families' tables are replaced."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import (Amendment, Edit, Operation, ParseResult, Part, Section,  # noqa: E402
                                       Source, Table)

OPS_HEADER = [["N° IDTOP", "Opération", "Localisation (QPV)", "Maître d'ouvrage", "Montant ANRU (€)"]]


def _ops_rows() -> list[list[str]]:
    return [["C0469-21-0001", "Démolition de la barre du Parc", "Vernay QP002053", "Maisons de Arcades", "1 395 000"],
            ["C0469-34-0002", "Résidentialisation de la tour Bizet", "Vernay QP002053", "Aquilon Logement", "160 000"],
            ["C0469-31-0003", "Reconstitution de l'offre – le programme Ravel", "Vernay QP002053", "", "420 000"],
            ["Sous-total La Côte Rouge", "", "", "", "1 975 000"],
            ["C0469-21-0009", "Démolition de la résidence Bizet", "Vernay QP002033", "Aquilon Logement", "2 230 000"],
            ["C0469-37-0012", "Création d'une médiathèque", "Vernay QP002033", "Commune de Vernay", "1 467 600"],
            ["Sous-total La Cité du 7", "", "", "", "3 697 600"],
            ["Total", "", "", "", "5 672 600"]]


def _convention() -> ParseResult:
    ops = Table("t1", "Tableau des opérations", [3], OPS_HEADER, _ops_rows(), 8, 5, section="8.1")
    fin = Table("t2", "Plan de financement prévisionnel", [4],
                [["Quartier (en", "ANRU", "Région", "Total"], ["k€)", "", "", ""]],
                [["La Côte Rouge (QP002053)", "1 975", "2 955,7", "4 930,7"],
                 ["La Cité du 7 (QP002033)", "3 697,6", "4 750", "8 447,6"],
                 ["Total", "5 672,6", "7 705,7", "13 378,3"]], 3, 4, section="9")
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "8.1", "Les opérations cofinancées", 2, 3, None, "Les opérations sont les suivantes :"),
        Section("s2", "9", "Le plan de financement", 1, 4, None, "Le plan de financement s'établit comme suit :")],
        tables=[ops, fin])
    return ParseResult(Source("c.pdf", "c" * 64, 5), [part])


def _avenant(edits: list[tuple[str, Edit]]) -> ParseResult:
    ams = [Amendment(target=t, target_kind="article", action="replace", section="1", page=1, edit=e)
           for t, e in edits]
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])


def _table(result: ParseResult, tid: str) -> Table:
    return next(t for t in result.parts[0].tables if t.id == tid)


def test_a_line_added_without_position_goes_to_its_quartiers_block_and_totals_follow():
    added = {"N° IDTOP": "C0469-21-0015", "Opération": "Démolition de l'immeuble Les Cèdres",
             "Localisation (QPV)": "Vernay QP002033", "Maître d'ouvrage": "Récup'Action", "Montant ANRU (€)": "1 735 000"}
    merged = consolidate(_convention(), [_avenant([("8.1", Edit("row_add", cells=added)), ("8.1", Edit("totals"))])])
    rows = _table(merged, "t1").rows
    assert [r[0] for r in rows] == ["C0469-21-0001", "C0469-34-0002", "C0469-31-0003", "Sous-total La Côte Rouge",
                                    "C0469-21-0009", "C0469-37-0012", "C0469-21-0015", "Sous-total La Cité du 7",
                                    "Total"]
    assert rows[3][4] == "1 975 000" and rows[7][4] == "5 432 600" and rows[8][4] == "7 407 600"


def test_a_line_deleted_hands_its_merged_down_maitre_d_ouvrage_to_the_next_line():
    merged = consolidate(_convention(), [_avenant([("8.1", Edit("row_delete", row="C0469-34-0002"))])])
    rows = _table(merged, "t1").rows
    ravel = next(r for r in rows if r[0] == "C0469-31-0003")
    assert ravel[3] == "Aquilon Logement"
    # the label and figures of the line below are its own: only its empty words-only cells take them
    assert ravel[1] == "Reconstitution de l'offre – le programme Ravel" and ravel[4] == "420 000"


def test_totals_under_a_header_read_on_two_rows_sum_rows_and_columns_in_tenths():
    merged = consolidate(_convention(), [_avenant([
        ("9", Edit("cell_replace", row="La Côte Rouge (QP002053)", column="ANRU", old="1 975", new="2 705,2",
                   table="Plan de financement")),
        ("9", Edit("totals"))])])
    rows = _table(merged, "t2").rows
    assert rows == [["La Côte Rouge (QP002053)", "2 705,2", "2 955,7", "5 660,9"],
                    ["La Cité du 7 (QP002033)", "3 697,6", "4 750", "8 447,6"],
                    ["Total", "6 402,8", "7 705,7", "14 108,5"]]


FAM_HEADER = [["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Subvention ANRU"]]


def _family_triple() -> tuple[ParseResult, ParseResult]:
    amen = Table("t1", "Opérations « L'aménagement d'ensemble »", [5], FAM_HEADER,
                 [["C0704-24-0003", "Aménagement du mail central", "Vernay", "Communauté urbaine", "2.090.000 euros"]],
                 1, 5, section="8.1")
    equip = Table("t2", "Opérations « Les équipements publics de proximité »", [6], FAM_HEADER,
                  [["Quartier Le Val Fleuri (QP062006)"] * 5,
                   ["C0704-37-0012", "Création d'une maison de santé Marie Curie", "Villers", "Commune de Villers",
                    "1.112.000 euros"]], 2, 5, section="8.1")
    conv = Part(kind="convention", pages=[1, 8], sections=[
        Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 5, None, "Les opérations sont les suivantes :")],
        tables=[amen, equip])
    # the convention's parse filed these operations where their sites are first named (article 4)
    conv.operations = [Operation("amenagement", "mail central", "Vernay", None, None, 2090000.0, 2, "4.1"),
                       Operation("equipement", "maison de santé Marie Curie", "Villers", None, None, 1112000.0, 2, "4.1")]
    raw = ("Les opérations « L'aménagement d'ensemble » sont modifiées et désormais présentées comme suit :\n"
           "Les opérations « Les équipements publics de proximité » sont modifiées et désormais présentées comme suit :")
    am = Amendment("8.1", "article", "replace", section="3.4", page=4, raw=raw,
                   new_text="Opérations « L'aménagement d'ensemble »\nOpérations « Les équipements publics de proximité »")
    new_amen = Table("v1", amen.title, [5], FAM_HEADER,
                     [["C0704-24-0003", "Aménagement du mail central", "Vernay", "Communauté urbaine", "2 299 000,00 €"]],
                     1, 5, section="3.4")
    new_equip = Table("v2", equip.title, [6], FAM_HEADER,
                      [["Quartier Le Val Fleuri (QP062006)"] * 5,
                       ["C0704-37-0012", "Création d'une maison de santé Marie Curie", "Villers", "Commune de Villers",
                        "1 334 400,00 €"],
                       ["C0704-37-0014", "Création d'une maison de santé Lucie Aubrac", "Villers", "Commune de Villers",
                        "2 517 700,00 €"]], 3, 5, section="3.4")
    av = Part(kind="avenant", pages=[1, 7], sections=[
        Section("a1", "3.4", "Modification de l'article 8.1", 2, 4, None, raw)],
        tables=[new_amen, new_equip], amendments=[am], metadata={"number": "1"})
    av.operations = [Operation("amenagement", "Aménagement du mail central", "Vernay", None, None, 2299000.0, 5, "3.4"),
                     Operation("equipement", "Création d'une maison de santé Marie Curie", "Villers", None, None,
                               1334400.0, 6, "3.4"),
                     Operation("equipement", "Création d'une maison de santé Lucie Aubrac", "Villers", None, None,
                               2517700.0, 6, "3.4")]
    return ParseResult(Source("c.pdf", "c" * 64, 8), [conv]), ParseResult(Source("a.pdf", "a" * 64, 7), [av])


def test_two_family_instructions_joined_in_one_amendment_replace_both_tables():
    conv, av = _family_triple()
    part = consolidate(conv, [av]).parts[0]
    by_title = {}
    for t in part.tables:
        by_title.setdefault(t.title, []).append(t)
    assert sorted(by_title) == ["Opérations « L'aménagement d'ensemble »",
                                "Opérations « Les équipements publics de proximité »"]
    assert all(len(ts) == 1 for ts in by_title.values())      # replaced, not added beside the old one
    equip = by_title["Opérations « Les équipements publics de proximité »"][0]
    assert [r[0] for r in equip.rows[1:]] == ["C0704-37-0012", "C0704-37-0014"]
    assert by_title["Opérations « L'aménagement d'ensemble »"][0].rows[0][4] == "2 299 000,00 €"
    names = sorted(o.name for o in part.operations if o.section == "8.1")
    assert names == ["Aménagement du mail central", "Création d'une maison de santé Lucie Aubrac",
                     "Création d'une maison de santé Marie Curie"]
