"""The scorer itself: counts true/false positives the way the report claims."""

from convention_parser.evaluate.score import (compare, score_amendments, score_amounts, score_metadata,
                                              score_operations, score_sections, score_tables)
from convention_parser.records import Amendment, Amount, Operation, Part, Section, Table


def test_compare_counts_multisets():
    s = compare([1, 1, 2, 3], [1, 2, 2, 4])
    assert (s.tp, s.fp, s.fn) == (2, 2, 2)
    assert s.precision == 0.5 and s.recall == 0.5
    r = compare(["a", "b"], ["a", "z"], recall_only=True)
    assert (r.tp, r.fp, r.fn, r.precision) == (1, 0, 1, None)


def test_sections_need_number_and_heading():
    gold = {"sections": [{"number": "4.1", "heading": "La synthèse du programme urbain", "level": 2, "page": 3},
                         {"number": "4.2", "heading": "La composition urbaine", "level": 2, "page": 4}]}
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "4.1", "La synthese du programme  urbain", 2, 3),   # accents/spaces ignored
        Section("s2", "4.2", "Autre chose", 2, 4)])
    s = score_sections(gold, part)
    assert (s["sections.number+heading"].tp, s["sections.number+heading"].fn) == (1, 1)
    assert s["sections.number"].tp == 2


def test_amounts_by_value_and_page():
    gold = {"amounts": [{"text": "1 880 000 €", "value": 1880000, "page": 2},
                        {"text": "1,88 M€", "value": 1880000.0, "page": 5}]}
    part = Part(kind="avenant", pages=[1, 5], amounts=[Amount("1 880 000 €", 1880000.0, page=2)])
    s = score_amounts(gold, part)
    assert (s["amounts.value+page"].tp, s["amounts.value+page"].fn, s["amounts.value+page"].fp) == (1, 1, 0)


def test_tables_shape_and_cells():
    gold = {"tables": [{"title": "Tableau A", "pages": [2], "header": [["x", "y"]],
                        "rows": [["a", "1"], ["b", "2"]], "n_rows": 2, "n_cols": 2}]}
    good = Table("t1", "Tableau A", [2], [["x", "y"]], [["a", "1"], ["b", "2"]], 2, 2)
    bad = Table("t1", "Tableau A", [2], [["x", "y"]], [["a", "1"]], 1, 2)
    s = score_tables(gold, Part(kind="other", pages=[1, 2], tables=[good]))
    assert s["tables.shape_exact"].tp == 1 and s["tables.cells"].recall == 1.0
    s = score_tables(gold, Part(kind="other", pages=[1, 2], tables=[bad]))
    assert s["tables.shape_exact"].tp == 0 and s["tables.cells"].fn == 2


def test_metadata_fields_and_lists():
    gold = {"kind": "deliberation", "metadata": {"president": "COTTIGNY", "quorum": "not a contract field", "absent": ["BAUDE", "CAGIN"],
                         "excused": [{"name": "GLORIAN", "proxy_to": "COTTIGNY"}],
                         "vote": {"result": "unanimity", "for": None}}}
    part = Part(kind="deliberation", pages=[1, 1], metadata={
        "president": "COTTIGNY", "absent": ["BAUDE"], "excused": [{"name": "GLORIAN", "proxy_to": "LEROY"}],
        "vote": {"result": "unanimity", "for": None}})
    s = score_metadata(gold, part)
    assert s["metadata.president"].tp == 1
    assert (s["metadata.absent"].tp, s["metadata.absent"].fn) == (1, 1)
    assert s["metadata.excused"].tp == 0
    assert s["metadata.vote.result"].tp == 1
    assert "metadata.quorum" not in s


def test_amendments_and_operations():
    gold = {"amendments": [{"target": "2.3", "target_kind": "article", "action": "rename",
                            "new_heading": "Orientations stratégiques"},
                           {"target": "C4", "target_kind": "annexe", "action": "repeal"}],
            "operations": [{"type": "demolition", "name": "tour des Frênes", "logements": 71, "amount": 1880000}]}
    part = Part(kind="avenant", pages=[1, 9],
                amendments=[Amendment("2.3", "article", "rename", new_heading="Orientations stratégiques")],
                operations=[Operation("demolition", "Tour des Fresnes", logements=71, amount=1880000.0)])
    a = score_amendments(gold, part)
    assert (a["amendments.target+action"].tp, a["amendments.target+action"].fn) == (1, 1)
    o = score_operations(gold, part)
    assert o["operations"].tp == 1 and o["operations.amount"].tp == 1


def test_levels_count_only_numbered_ancestors():
    from convention_parser.evaluate.score import numbered_levels

    gold = [{"number": "I", "level": 1}, {"number": "1", "level": 2}, {"number": "1.1", "level": 3},
            {"number": None, "heading": "ANNEXES", "level": 1},
            {"number": "C2", "level": 2}, {"number": "C4", "level": 2}]
    assert [(s["number"], s["level"]) for s in numbered_levels(gold)] == [
        ("I", 1), ("1", 2), ("1.1", 3), ("C2", 1), ("C4", 1)]


def test_operation_matched_by_amount_and_commune_when_named_differently():
    gold = {"operations": [{"type": "ingenierie", "name": "relogement OPH Nord", "commune": "Douai",
                            "amount": 250000}]}
    same_op = Operation("ingenierie", "Accompagnement des ménages relogés", commune="Douai", amount=250000.0)
    other_amount = Operation("ingenierie", "Accompagnement des ménages relogés", commune="Douai", amount=260000.0)
    assert score_operations(gold, Part(kind="convention", pages=[1, 2], operations=[same_op]))["operations"].tp == 1
    assert score_operations(gold, Part(kind="convention", pages=[1, 2], operations=[other_amount]))["operations"].tp == 0


def test_spread_merged_cells_are_counted_once():
    gold = {"tables": [{"title": "T", "pages": [1], "header": [["a", "b", "c"]],
                        "rows": [["x", "1", "2"], ["Total", "", "3"]], "n_rows": 2, "n_cols": 3}]}
    spread = Table("t1", "T", [1], [["a", "b", "c"]], [["x", "1", "2"], ["Total", "Total", "3"]], 2, 3,
                   merged=[[2, 0, 1, 2]])
    s = score_tables(gold, Part(kind="other", pages=[1, 1], tables=[spread]))
    assert (s["tables.cells"].fp, s["tables.cells"].fn) == (0, 0)
