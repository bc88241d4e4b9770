"""Two rows of one operation table without an IDTOP column naming one site, type and commune
("Création du centre commercial Saint-Jean" by Trois Vallées Habitat, and again by Récup'Action)
are two operations: the facts keep both (facts/operations.read_table: a row never merges with
another row of its table), the diff keys them apart by the row read (Operation.row), pairs the
old one with the row that kept its fields and tells the other added (dev seed 851, layout set 4).
Records built for the test; gold by construction."""

from convention_parser.diff.facts import operation_changes
from convention_parser.facts import extract_facts
from convention_parser.records import Operation, Table
from convention_parser.rules import load_rules

HEADER = ["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU"]
SITE = "Création du centre commercial Saint-Jean"
FIRST = [SITE, "Trois Vallées Habitat", "Neuvelle", "–", "1 460 000,00 €"]
SECOND = [SITE, "Récup'Action", "Neuvelle", "–", "1 545 000,00 €"]


def _family_table(rows, tid="t4"):
    return Table(id=tid, title="Opérations « L'immobilier à vocation économique »", pages=[15],
                 header=[HEADER], rows=rows, n_rows=len(rows), n_cols=5, section="8.1")


def _ops(rows, tid="t4"):
    return extract_facts([], [_family_table(rows, tid)], load_rules(), use_model=False).operations


def test_two_rows_of_one_site_in_one_table_are_two_operations():
    ops = _ops([FIRST, SECOND])
    assert sorted((o.maitre_ouvrage, o.amount) for o in ops) == \
        [("Récup'Action", 1_545_000.0), ("Trois Vallées Habitat", 1_460_000.0)]


def test_the_second_row_of_a_site_is_an_operation_added():
    old, new = _ops([FIRST], "t5"), _ops([FIRST, SECOND], "t4")
    changes = operation_changes(old, new)
    assert [(c.type, c.after["maitre_ouvrage"], c.after["amount"]) for c in changes] == \
        [("operation_added", "Récup'Action", 1_545_000.0)]
    # the new row printed first: the old one still pairs with the row that kept its fields
    reordered = _ops([SECOND, FIRST], "t4")
    changes = operation_changes(old, reordered)
    assert [(c.type, c.after["maitre_ouvrage"]) for c in changes] == [("operation_added", "Récup'Action")]


def test_a_row_read_twice_and_a_prose_mention_stay_one_operation():
    # consolidation may hold a row's record twice (facts of two sections); prose names the site
    new = _ops([FIRST, SECOND], "t4")
    prose = Operation(type="immobilier_economique", name=SITE, commune="Neuvelle", section="4.1", page=3,
                      text="la création du centre commercial Saint-Jean à Neuvelle")
    twice = [prose] + new + [Operation(**{**o.__dict__, "section": "4.1"}) for o in new]
    assert operation_changes(new, twice) == []
