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
