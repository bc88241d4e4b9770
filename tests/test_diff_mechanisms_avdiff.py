"""Diff mechanisms of the avdiff pass (issue 12), on records built for the test."""

from convention_parser.diff import diff_results
from convention_parser.records import Amount, Part, ParseResult, Section, Source, Table

HEADER = [["Financeurs", "Le Moulin (QP057029)", "Le Val Fleuri (QP057057)", "Total"]]


def _financing(name, rows, amounts):
    """A convention whose article 9 holds the financing table ``rows`` and the amount facts
    ``amounts`` (label "row / column") the parse read from it."""
    t = Table(f"t{name}", "Plan de financement prévisionnel par financeur et par quartier", [9], HEADER,
              rows, len(rows), 4, section="9")
    facts = [Amount(text, value, page=9, section="9", label=label, table=t.id) for text, value, label in amounts]
    part = Part(kind="convention", pages=[1, 9], title="Convention pluriannuelle",
                sections=[Section("s0", "9", "Le plan de financement", 1, 9, None, "Le plan de financement :")],
                tables=[t], amounts=facts)
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 9), [part])


def _figures(old, new):
    return sorted((c.target, c.before, c.after, tuple(c.derived_from or ()))
                  for c in diff_results(old, new).changes if c.type == "amount_changed")


def test_a_financing_cell_the_parse_did_not_read_as_an_amount_is_still_compared():
    # The "Total" row's currency signs set apart ("… €€€"), its other cells bare: the facts layer
    # read only the first; the ANRU total's decimals wrapped in its narrow cell ("… 100,6 1").
    old = _financing("old", [["ANRU", "8 580 100,09 €", "9 736 000,52 €", "18 316 100,6 1"],
                             ["Autres", "3 335 000 €", "3 320 000 €", "6 655 000 €"],
                             ["Total", "11 915 100,09 €€€", "13 056 000,52", "24 971 100,61"]],
                     [("8 580 100,09 €", 8580100.09, "ANRU / Le Moulin (QP057029)"),
                      ("9 736 000,52 €", 9736000.52, "ANRU / Le Val Fleuri (QP057057)"),
                      ("3 335 000 €", 3335000.0, "Autres / Le Moulin (QP057029)"),
                      ("3 320 000 €", 3320000.0, "Autres / Le Val Fleuri (QP057057)"),
                      ("6 655 000 €", 6655000.0, "Autres / Total"),
                      ("11 915 100,09 €", 11915100.09, "Total / Le Moulin (QP057029)")])
    new = _financing("new", [["ANRU", "8 580 100,09 €", "11 952 200,52 €", "20 532 300,61 €"],
                             ["Autres", "3 335 000 €", "3 320 000 €", "6 655 000 €"],
                             ["Total", "11 915 100,09 €", "15 272 200,52 €", "27 187 300,61 €"]],
                     [("8 580 100,09 €", 8580100.09, "ANRU / Le Moulin (QP057029)"),
                      ("11 952 200,52 €", 11952200.52, "ANRU / Le Val Fleuri (QP057057)"),
                      ("20 532 300,61 €", 20532300.61, "ANRU / Total"),
                      ("3 335 000 €", 3335000.0, "Autres / Le Moulin (QP057029)"),
                      ("3 320 000 €", 3320000.0, "Autres / Le Val Fleuri (QP057057)"),
                      ("6 655 000 €", 6655000.0, "Autres / Total"),
                      ("11 915 100,09 €", 11915100.09, "Total / Le Moulin (QP057029)"),
                      ("15 272 200,52 €", 15272200.52, "Total / Le Val Fleuri (QP057057)"),
                      ("27 187 300,61 €", 27187300.61, "Total / Total")])
    cell = "ANRU / Le Val Fleuri (QP057057)"
    assert _figures(old, new) == sorted([
        (cell, 9736000.52, 11952200.52, ()),
        ("ANRU / Total", 18316100.61, 20532300.61, (cell,)),            # decimals rejoined, exact
        ("Total / Le Val Fleuri (QP057057)", 13056000.52, 15272200.52, (cell,)),
        ("Total / Total", 24971100.61, 27187300.61, (cell,))])
    # Nothing changed, nothing told: the same garbled table on both sides.
    assert _figures(old, old) == []
