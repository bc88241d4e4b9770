"""Layout set 4's diff mechanisms (issue 12): a sub-total row is a derived figure, never the
label of another cell; an operation added beside one of the same site is an operation added."""

from convention_parser.diff.facts import figure_changes, operation_changes
from convention_parser.records import Amount, Operation


def _identity(n):
    return n


def _summary_and_subtotal(anru, subtotal_row="Sous-total Les Provinces"):
    # An operation table whose per-quartier sub-total row equals, by construction, the
    # quartier's ANRU cell of the financing summary (financeur × quartier).
    return [Amount("", anru, page=4, section="9", label=f"{subtotal_row} / Subvention ANRU", table="t2"),
            Amount("", anru, page=5, section="9", label="ANRU / Les Provinces (QP067045)", table="t3"),
            Amount("", 1000.0, page=5, section="9", label="FEDER / Les Provinces (QP067045)", table="t3")]


def test_a_summary_cell_equal_to_a_sub_total_row_keeps_its_own_label():
    old, new = _summary_and_subtotal(6220200.89), _summary_and_subtotal(6486900.89)
    changes = figure_changes(old, new, _identity, {"t2": "t2", "t3": "t3"}, "amount")
    assert [(c.target, c.before, c.after) for c in changes] == \
        [("ANRU / Les Provinces (QP067045)", 6220200.89, 6486900.89)]
    assert [p["table"] for p in changes[0].evidence.places] == ["t3"]


def test_a_sub_total_of_another_wording_is_kept_apart_too():
    old = _summary_and_subtotal(500.0, "Sous total QPV Les Provinces")
    new = _summary_and_subtotal(750.0, "Sous total QPV Les Provinces")
    changes = figure_changes(old, new, _identity, {"t2": "t2", "t3": "t3"}, "amount")
    assert [c.target for c in changes] == ["ANRU / Les Provinces (QP067045)"]


def _row(idtop, amount, moa, page=6):
    text = f"{idtop} | Création du centre commercial Saint-Jean | Lormes QP002034 | {moa} | {amount:.2f}"
    return Operation(type="immobilier_economique", name="Création du centre commercial Saint-Jean",
                     commune="Lormes", maitre_ouvrage=moa, amount=amount, section="8.1", page=page, text=text)


def _prose(amount=None):
    return Operation(type="immobilier_economique", name="Création du centre commercial Saint-Jean",
                     commune="Lormes", amount=amount, section="4.1", page=3,
                     text="la création du centre commercial Saint-Jean à Lormes")


def test_an_operation_added_on_the_site_of_another_is_an_operation_added():
    old = [_prose(), _row("C0548-38-0006", 1825000.0, "Aquilon Habitat")]
    new = [_prose(), _row("C0548-38-0006", 1825000.0, "Aquilon Habitat"),
           _row("C0548-38-0008", 1410300.0, "Récup'Action", page=7)]
    changes = operation_changes(old, new)
    assert [(c.type, c.after["amount"], c.after["maitre_ouvrage"]) for c in changes] == \
        [("operation_added", 1410300.0, "Récup'Action")]


def test_a_prose_mention_is_the_row_of_its_site_whose_figures_it_holds():
    # The prose names the second row's amount: it completes that row, the first stays as it is.
    old = [_row("C0548-38-0006", 1825000.0, "Aquilon Habitat"), _row("C0548-38-0008", 1410300.0, "Récup'Action")]
    new = [_prose(1410300.0)] + old
    assert operation_changes(old, new) == []
    moved = [_row("C0548-38-0006", 1825000.0, "Aquilon Habitat"), _row("C0548-38-0008", 1500000.0, "Récup'Action")]
    changes = operation_changes(old, moved + [_prose(1500000.0)])
    assert [(c.type, c.before["amount"], c.after["amount"]) for c in changes] == \
        [("operation_modified", 1410300.0, 1500000.0)]
