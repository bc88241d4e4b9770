"""Amount and count changes: one change per fact, however often it is printed."""

from convention_parser.diff.facts import figure_changes
from convention_parser.records import Amount, Quantity


def _identity(n):
    return n


def test_a_figure_restated_in_prose_and_tables_is_one_change_listing_every_place():
    old = [Amount("7 926 333,00 €", 7926333.0, page=52, section="10", label="la Région s’entend pour un montant de"),
           Amount("7 926 333 €", 7926333.0, page=48, section="9.2.1", label="Total Région / Subvention", table="t7"),
           Amount("1 000 €", 1000.0, page=48, section="9.2.1", label="Autre / Subvention", table="t7")]
    new = [Amount("9 526 333,00 €", 9526333.0, page=53, section="10", label="la Région s’entend pour un montant de"),
           Amount("9 526 333 €", 9526333.0, page=49, section="9.2.1", label="Total Région / Subvention", table="t9"),
           Amount("1 000 €", 1000.0, page=49, section="9.2.1", label="Autre / Subvention", table="t9")]
    changes = figure_changes(old, new, _identity, {"t7": "t9"}, "amount")
    assert [(c.before, c.after) for c in changes] == [(7926333.0, 9526333.0)]
    c = changes[0]
    assert c.target == "Total Région / Subvention"              # the table row names it best
    assert sorted((p["old_page"], p["new_page"]) for p in c.to_dict()["evidence"]["places"]) == [(48, 49), (52, 53)]


def test_two_rows_of_one_table_with_equal_figures_stay_two_changes():
    old = [Amount("100 €", 100.0, page=3, section="9", label="Lens QP062024 / Subvention", table="t1"),
           Amount("100 €", 100.0, page=3, section="9", label="Avion QP062019 / Subvention", table="t1")]
    new = [Amount("150 €", 150.0, page=3, section="9", label="Lens QP062024 / Subvention", table="t1"),
           Amount("150 €", 150.0, page=3, section="9", label="Avion QP062019 / Subvention", table="t1")]
    changes = figure_changes(old, new, _identity, {"t1": "t1"}, "amount")
    assert sorted(c.target for c in changes) == ["Avion QP062019 / Subvention", "Lens QP062024 / Subvention"]


def test_equal_counts_merge_within_a_section_only():
    old = [Quantity("339 logements", 339, "logement", page=10, section="4.1.2"),
           Quantity("339 LLS", 339, "lls", page=10, section="4.1.2"),
           Quantity("339 logements", 339, "logement", page=14, section="5.1.1")]
    new = [Quantity("410 logements", 410, "logement", page=10, section="4.1.2"),
           Quantity("410 LLS", 410, "lls", page=10, section="4.1.2"),
           Quantity("410 logements", 410, "logement", page=14, section="5.1.1")]
    changes = figure_changes(old, new, _identity, {}, "quantity")
    assert sorted((c.evidence.new_section, len(c.evidence.places)) for c in changes) == [("4.1.2", 2), ("5.1.1", 1)]


def test_prose_labels_holding_the_neighbouring_figure_do_not_cross_pair():
    # Labels are the words before each figure; they embed the previous figure,
    # so label similarity would pair 30 629 823,17 with 28 528 354,13.
    old = [Amount("35 232 123,17 €", 35232123.17, section="10"),
           Amount("30 629 823,17 €", 30629823.17, section="10",
                  label="32 123,17 € de concours financiers prévisionnels comprenant"),
           Amount("29 500 766,99 €", 29500766.99, section="10"),
           Amount("26 847 850,99 €", 26847850.99, section="10",
                  label="00 766,99 € de concours financiers prévisionnels comprenant")]
    new = [Amount("39 558 096,27 €", 39558096.27, section="10"),
           Amount("34 955 796,27 €", 34955796.27, section="10",
                  label="58 096,27 € de concours financiers prévisionnels comprenant"),
           Amount("31 181 270,13 €", 31181270.13, section="10"),
           Amount("28 528 354,13 €", 28528354.13, section="10",
                  label="81 270,13 € de concours financiers prévisionnels comprenant")]
    got = sorted((c.before, c.after) for c in figure_changes(old, new, _identity, {}, "amount"))
    assert got == [(26847850.99, 28528354.13), (29500766.99, 31181270.13),
                   (30629823.17, 34955796.27), (35232123.17, 39558096.27)]


def test_a_site_named_alone_matches_its_own_record_not_a_group_naming_it():
    from convention_parser.diff.facts import operation_changes
    from convention_parser.records import Operation
    old = [Operation("residentialisation", "Edelweiss", "Avion", logements=30, section="4.1.2"),
           Operation("residentialisation", "Glycines, Cyclamens et Edelweiss", "Avion", logements=80,
                     amount=240000.0, section="9.1.1.3")]
    new = [Operation("residentialisation", "Glycines, Cyclamens et Edelweiss", "Avion", logements=80,
                     amount=240000.0, section="9.1.1.3"),
           Operation("residentialisation", "Edelweiss", "Avion", logements=30, section="4.1.2")]
    assert operation_changes(old, new) == []


def test_a_revised_count_next_to_an_added_one_pairs_with_the_closest():
    old = [Quantity(f"{v} LLS", v, "lls", section="4.3") for v in (1050, 88, 45, 20, 153)]
    new = [Quantity(f"{v} LLS", v, "lls", section="4.3") for v in (1121, 88, 45, 20, 20, 173)]
    got = sorted((c.before, c.after) for c in figure_changes(old, new, _identity, {}, "quantity"))
    assert got == [(153, 173), (1050, 1121)]


def test_a_quartier_spelled_otherwise_is_not_an_operation_change():
    from convention_parser.diff.facts import operation_changes
    from convention_parser.records import Operation
    old = [Operation("demolition", "Mousson", "Liévin", "Pas-de-Calais Habitat", 40, None, section="9.1.1.2",
                     quartier="62510 Liévin, Angres 6062028 Calonne - Marichelles - Vent de Bise")]
    new = [Operation("demolition", "Mousson", "Liévin", "Pas-de-Calais Habitat", 40, None, section="4.1.3",
                     quartier="Vent de Bise - Jean Lebas")]
    assert operation_changes(old, new) == []
    new[0].logements = 45
    assert [c.summary for c in operation_changes(old, new)][0].endswith("(logements 40 → 45)")


def test_a_building_of_a_grouped_operation_is_not_an_operation_of_its_own():
    # A consolidated record joins the avenant's prose (one building at a time)
    # to the convention's grouped table operation: nothing was added.
    from convention_parser.diff.facts import operation_changes
    from convention_parser.records import Operation
    group = Operation("residentialisation", "Glycines, Cyclamens et Edelweiss", "Avion", None, 80, 240000.0, 37, "9.1.1.3")
    alone = Operation("residentialisation", "Cyclamens", "Avion", None, 20, None, 7, "4.1.2")
    other = Operation("residentialisation", "Iris", "Avion", None, 30, None, 7, "4.1.2")
    changes = operation_changes([group], [group, alone, other])
    assert [(c.type, c.target) for c in changes] == [("operation_added", "residentialisation: Iris (Avion)")]
