"""A section whose table changed is modified, even when its prose is not."""

import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import convention  # noqa: E402

from convention_parser.diff import diff_results  # noqa: E402
from convention_parser.records import Table  # noqa: E402


def test_table_change_modifies_its_article_and_its_annex_once():
    conv = convention()
    part = conv.parts[0]
    part.tables.append(Table("t2", "Tableau financier prévisionnel", [20], [["Financeur", "Montant"]],
                             [["ANRU", "1 000 €"], ["Région", "500 €"]], 2, 2, section="C2"))
    new = copy.deepcopy(conv)
    new.parts[0].tables[0].rows[0][1] = "410"       # t1 (article 9): Avion 339 -> 410
    new.parts[0].tables[1].rows[1][1] = "700 €"     # t2 (annexe C2): Région 500 -> 700
    changes = diff_results(conv, new).changes
    sections = sorted((c.type, c.target) for c in changes if c.type.endswith("_modified") and c.type != "table_modified")
    assert sections == [("annex_modified", "C2"), ("article_modified", "9")]
    art = next(c for c in changes if c.type == "article_modified")
    assert "Tableau de synthèse des opérations" in art.summary
    assert art.evidence.old_page == 8 and art.evidence.new_section == "9"


def test_a_retitled_table_is_modified_but_a_lost_title_is_not():
    from convention_parser.diff.tables import table_changes
    old = Table("t4", "Calcul du nombre de droits de réservation", [14], [["Zone", "% construits"]],
                [["Grands pôles", "56,0% soit 52 droits"]], 1, 2, section="5.2")
    new = copy.deepcopy(old)
    new.title = "Calcul du nombre de droits de réservation en droits uniques"
    got = table_changes([(old, new)])
    assert [(c.type, c.summary) for c in got] == [
        ("table_modified", "Tableau « Calcul du nombre de droits de réservation en droits uniques » : titre modifié")]
    untitled = copy.deepcopy(old)
    untitled.title = ""
    assert table_changes([(old, untitled)]) == []
    reheaded = copy.deepcopy(old)
    reheaded.header = [["Zone", "% construits en QPV"]]
    assert table_changes([(old, reheaded)])[0].after["header"] == [["Zone", "% construits en QPV"]]


def test_a_heading_broken_inside_its_narrow_cell_is_the_same_header():
    from convention_parser.diff.tables import table_changes
    head = ["N° IDTOP", "Opération", "Nb logts", "Montant ANRU (€)", "Lancement"]
    old = Table("t5", "Opérations « La résidentialisation de logements »", [14], [head],
                [["C0469-21-0006", "Résidentialisation de l'immeuble Bizet", "98", "2 410 000", "S1 2025"]],
                1, 5, section="8.1")
    broken = copy.deepcopy(old)
    broken.header = [head[:-1] + ["Lanceme nt"]]
    assert table_changes([(old, broken)]) == []
    renamed = copy.deepcopy(old)
    renamed.header = [head[:-1] + ["Lancement prévu"]]
    assert [c.type for c in table_changes([(old, renamed)])] == ["table_modified"]
