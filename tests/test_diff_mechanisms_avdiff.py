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


def test_a_table_printed_in_thousands_on_one_side_tells_each_changed_cell_once():
    # The signed convention prints "K€" cells, the consolidated one full euros: a cell read as
    # a bare figure (4 540) would add a thousandfold change beside the true one.
    old = _financing("old", [["ANRU", "4 540 K€", "5 959 K€", "10 499 K€"]],
                     [("4 540 K€", 4540000.0, "ANRU / Le Moulin (QP057029)"),
                      ("10 499 K€", 10499000.0, "ANRU / Total")])
    new = _financing("new", [["ANRU", "4 930 000 €", "5 959 000 €", "10 889 000 €"]],
                     [("4 930 000 €", 4930000.0, "ANRU / Le Moulin (QP057029)"),
                      ("5 959 000 €", 5959000.0, "ANRU / Le Val Fleuri (QP057057)"),
                      ("10 889 000 €", 10889000.0, "ANRU / Total")])
    cell = "ANRU / Le Moulin (QP057029)"
    assert _figures(old, new) == sorted([(cell, 4540000.0, 4930000.0, ()),
                                         ("ANRU / Total", 10499000.0, 10889000.0, (cell,))])


def _prose(name, texts, ops=()):
    """A part whose sections hold ``texts``; facts read from them as the parse reads prose,
    operation records ``ops`` added (a table's rows)."""
    from convention_parser.facts import extract_facts
    from convention_parser.rules import load_rules
    from convention_parser.structure.model import Paragraph
    sections = [Section(f"s{i}", num, f"Article {num}", num.count(".") + 1, i + 1, None, text)
                for i, (num, text) in enumerate(texts.items())]
    paras = [Paragraph(text=line, page=s.page, section=s.number, section_id=s.id)
             for s in sections for line in s.text.split("\n") if line.strip()]
    facts = extract_facts(paras, [], load_rules(), sections=sections, use_model=False)
    part = Part(kind="convention", pages=[1, len(sections)], title="Convention pluriannuelle", sections=sections,
                amounts=facts.amounts, quantities=facts.quantities, operations=facts.operations + list(ops))
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, len(sections)), [part])


TOTALS = "Le programme prévoit au global la démolition de {dem} logements locatifs sociaux et la requalification de {req}"


def test_a_programme_total_whose_clause_is_still_printed_is_not_dropped():
    old = _prose("old", {"4.1": TOTALS.format(dem=378, req=219) + " logements :"})
    # The new sentence keeps the clause; its count lost its unit to a line break ("219" / "logements :").
    wrapped = _prose("new", {"4.1": TOTALS.format(dem=237, req=219) + "\nlogements :"})
    assert sorted((c.before, c.after) for c in diff_results(old, wrapped).changes
                  if c.type == "quantity_changed") == [(378.0, 237.0)]
    # The clause kept with another count, unit on the next line: that count (44 -> 304), and a
    # new building's count ("Requalification de la tour Bizet (165 logements)") is no rewording of it.
    old2 = _prose("old", {"4.1": TOTALS.format(dem=649, req=44) + " logements :\n"
                                 "Requalification de la barre Les Hortensias (44 logements) à Lormes ;"})
    grown = _prose("new", {"4.1": TOTALS.format(dem=659, req=304) + "\nlogements :\n"
                                  "Requalification de la barre Les Hortensias (44 logements) à Lormes ;\n"
                                  "Requalification de la tour Bizet (165 logements) à Lormes ;"})
    assert sorted((c.before, c.after) for c in diff_results(old2, grown).changes
                  if c.type == "quantity_changed") == [(44.0, 304.0), (649.0, 659.0)]
    # A sentence that drops the clause still tells 219 -> 0.
    dropped = _prose("new", {"4.1": "Le programme prévoit au global la démolition de 237 logements locatifs sociaux :"})
    assert sorted((c.before, c.after) for c in diff_results(old, dropped).changes
                  if c.type == "quantity_changed") == [(219.0, 0.0), (378.0, 237.0)]


def test_an_operation_listed_in_prose_with_its_table_row_figures_is_removed_once():
    from convention_parser.records import Operation
    row = Operation(type="demolition", name="immeuble du Parc", commune="Marcillac", logements=141,
                    amount=2_480_000.0, section="8.1", page=7,
                    text="C0300-21-0001 | Démolition de l'immeuble du Parc (141 logements) | Marcillac")
    listed = "Démolition de l'immeuble du Parc (141 logements) à Marcillac, sous la maîtrise d'ouvrage de Néolis ;"
    old = _prose("old", {"4.1": listed, "8.1": "Les opérations :"}, [row])
    new = _prose("new", {"4.1": "Le programme :", "8.1": "Les opérations :"})
    # Whatever name the list's mention was read under, it is the row's operation (same count).
    assert len([o for o in old.parts[0].operations if o.type == "demolition"]) >= 1
    removed = [c.before["name"] for c in diff_results(old, new).changes if c.type == "operation_removed"]
    assert removed == ["immeuble du Parc"]
    # A mention with a count of its own is another operation: both are told.
    other = listed.replace("l'immeuble du Parc (141", "la tour du Parc (60")
    old2 = _prose("old", {"4.1": other, "8.1": "Les opérations :"}, [row])
    assert len([c for c in diff_results(old2, new).changes if c.type == "operation_removed"]) == 2


def test_an_operation_row_printed_as_text_is_an_operation_of_its_version():
    from convention_parser.records import Operation
    curie = Operation(type="demolition", name="îlot Curie", commune="Aubigny-le-Haut", logements=16,
                      amount=685_000.0, section="8.1", page=11,
                      text="C0249-21-0010 | Démolition de l'îlot Curie (16 logements) | Aubigny-le-Haut QP033044")
    head = "Les opérations « L'immobilier à vocation économique » :"
    row = ("C0249-38-0015 Création du centre commercial du Marché Aubigny-le-Haut QP033044 Les Jardins de "
           "Cocagne du Grand Belmont 1 141 666,73 {amount}\nS2 2020")
    old = _prose("old", {"8.1": "Les opérations cofinancées :"}, [curie])
    # A family's one-row table the parse read as the article's text: no record, still an operation.
    new = _prose("new", {"8.1": f"Les opérations cofinancées :\n{head}\n" + row.format(amount="685 000,04")}, [curie])
    got = [c for c in diff_results(old, new).changes if c.type.startswith("operation_")]
    assert [(c.type, c.after["type"], c.after["name"], c.after["commune"], c.after["amount"]) for c in got] == \
        [("operation_added", "immobilier_economique", "Création du centre commercial du Marché", "Aubigny-le-Haut",
          685_000.04)]
    # Printed as text in both versions: compared like records (its subsidy moved), else nothing.
    moved = _prose("new", {"8.1": f"Les opérations cofinancées :\n{head}\n" + row.format(amount="725 000")}, [curie])
    assert [(c.type, c.before["amount"], c.after["amount"]) for c in diff_results(new, moved).changes
            if c.type.startswith("operation_")] == [("operation_modified", 685_000.04, 725_000.0)]
    assert [c for c in diff_results(new, new).changes if c.type.startswith("operation_")] == []


def test_operation_names_alike_by_their_action_words_only_are_two_sites():
    from convention_parser.diff.facts import operation_changes
    from convention_parser.records import Operation

    def op(name, amount):
        return Operation(type="immobilier_economique", name=name, commune="Sainte-Marthe-de-Scarpe",
                         amount=amount, section="8.1", page=9)
    got = operation_changes([op("Création du centre commercial Saint-Jean", 1_098_000.0)],
                            [op("Création du centre commercial des Halles", 365_500.0)])
    assert sorted(c.type for c in got) == ["operation_added", "operation_removed"]
    # A site spelt another way, or named with fewer words, stays one site whose subsidy moved.
    for old, new in (("Création du centre commercial des Frênes", "Création du centre commercial des Fresnes"),
                     ("Création du centre commercial des Halles", "centre commercial des Halles")):
        got = operation_changes([op(old, 1_098_000.0)], [op(new, 365_500.0)])
        assert [c.type for c in got] == ["operation_modified"]


def test_an_operation_row_naming_a_body_in_a_later_cell_is_no_financing_row():
    from types import SimpleNamespace

    from convention_parser.diff.headline import is_headline
    ops = Table("t2", "Opérations « L'aménagement d'ensemble »", [7],
                [["Opération", "Commune", "Maître d'ouvrage", "Financement / Subvention ANRU"]], [], 0, 4, "8.1")
    row = ("Aménagement de la rue Émile Zola et des espaces publics attenants – Lormes – "
           "Communauté d'Agglomération de la Vallée de la Thure / Financement / Subvention ANRU")
    assert not is_headline(SimpleNamespace(table="t2", label=row, text="621 500 €"), ops)
    # The same body heading a financing summary's row is a financeur.
    plan = Table("t3", "Plan de financement", [9], [["Financeurs", "Subvention"]], [], 0, 2, "9")
    assert is_headline(SimpleNamespace(table="t3", label="Communauté d'Agglomération / Subvention",
                                       text="621 500 €"), plan)


def test_an_operation_table_laid_out_otherwise_is_no_table_change():
    from convention_parser.diff.tables import table_changes
    head = [["Opération", "Localisation", "Localisation", "Financement (€)", "Financement (€)"],
            ["Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
    row = ["Aménagement du mail central et des espaces publics attenants", "Hautmont-les-Mines",
           "Communauté d'Agglomération de Lens-Orvillers", "7 325 000", "2 930 000"]

    def table(tid, header, rows):
        return Table(tid, "Opérations « L'aménagement d'ensemble »", [7], header, rows, len(rows), 5, "8.1")
    old = table("t1", head, [row[:2] + ["Communauté d'Agglomération de Lens-"] + row[3:]])
    # The header read as two data rows; the maître d'ouvrage cut where its name wrapped in the old one.
    assert table_changes([(old, table("t2", [], head + [row]))]) == []
    # A row wrapped over two lines, its end read as a row of its own above it.
    wrapped = table("t3", head, [["", "publics attenants", "", "Hallue", "", ""],
                                 ["C0813-24-0008", "Aménagement du mail central et des espaces", "Valcourt",
                                  "Métropole des Terres de", "5 800 003,64", "1 450 000,91"]])
    whole = table("t4", head, [["C0813-24-0008", "Aménagement du mail central et des espaces publics attenants",
                                "Valcourt", "Métropole des Terres de Hallue", "5 800 003,64", "1 450 000,91"]])
    assert table_changes([(wrapped, whole)]) == []
    # Its subsidy changed: one row modified, still told.
    moved = table("t5", head, [whole.rows[0][:5] + ["1 650 000"]])
    got = table_changes([(wrapped, moved)])
    assert [(c.after["rows_modified"], c.after["rows_added"], c.after["rows_removed"]) for c in got] == [(1, 0, 0)]


def test_a_row_is_of_the_type_its_label_says_whatever_table_caption_it_was_filed_under():
    from convention_parser.diff.facts import operation_changes
    from convention_parser.diff.row_type import own_type
    from convention_parser.records import Operation

    def row(kind, logements, amount):
        return Operation(type=kind, name="Ravel", commune="Hautmont-les-Mines", logements=logements, amount=amount,
                         section="8.1", page=10, text=f"Démolition de l'immeuble Ravel ({logements} logements) | "
                                                      f"Marelle Habitat | Hautmont-les-Mines | {logements} | {amount}")
    prose = Operation(type="demolition", name="Ravel", logements=126, section="4.1", page=4,
                      text="Démolition de l'immeuble Ravel (126 logements) à Hautmont-les-Mines")
    # The new version's caption of the next family filed the row under "requalification".
    misfiled = row("requalification", 126, 2_590_000.0)
    assert own_type(misfiled).type == "demolition" and misfiled.type == "requalification"   # a copy
    old = [prose, row("demolition", 126, 2_590_000.0)]
    assert operation_changes([own_type(o) for o in old], [own_type(o) for o in (prose, misfiled)]) == []
    # Its subsidy moved: one operation modified, its sentence (fewer fields) merged into its row.
    got = operation_changes(old, [prose, own_type(row("requalification", 126, 2_790_000.0))])
    assert [(c.type, c.before["amount"], c.after["amount"]) for c in got] == \
        [("operation_modified", 2_590_000.0, 2_790_000.0)]


def test_a_table_total_is_never_paired_with_an_operation_cell_by_order():
    from convention_parser.diff.facts import figure_changes
    zola = "Aménagement de la rue Émile Zola – Lormes – OPH Marelle / Subvention ANRU"
    halles = "Création du centre commercial des Halles – Lormes – La Ferme des Possibles / Subvention ANRU"
    old = [Amount("565 000", 565000.0, page=7, section="8.1", label=zola, table="t2"),
           Amount("20 784 000", 20784000.0, page=7, section="8.1", label="Total / Subvention ANRU", table="t2")]
    # The new table prints no total row and a row more: the order alone would pair total and row.
    new = [Amount("565 000", 565000.0, page=7, section="8.1", label=zola, table="t2"),
           Amount("365 500", 365500.0, page=7, section="8.1", label=halles, table="t2")]
    assert figure_changes(old, new, lambda n: n, {"t2": "t2"}, "amount") == []
    # A total against a total still pairs.
    grown = new + [Amount("21 149 500", 21149500.0, page=7, section="8.1", label="Total / Subvention ANRU", table="t2")]
    assert [(c.before, c.after) for c in figure_changes(old, grown, lambda n: n, {"t2": "t2"}, "amount")] == \
        [(20784000.0, 21149500.0)]


def test_a_signatory_named_after_the_same_place_as_a_party_is_another_body():
    from convention_parser.diff.facts import merge_parties
    parties = ["Agence nationale pour la rénovation urbaine", "OPH Rives de la Brêche",
               "Communauté urbaine des Rives de la Brêche"]
    merged = merge_parties(parties, parties + ["Atelier Solidaire des Rives de la Brêche"])
    assert merged == parties + ["Atelier Solidaire des Rives de la Brêche"]
    # The same body in another wording stays one party (an acronym, a word less).
    assert merge_parties(parties, ["Office public de l'habitat Rives de la Brêche", "ANRU"]) == parties


def _titled(name, numbers, heading_case):
    part = Part(kind="convention", pages=[1, 2], title="Convention pluriannuelle",
                sections=[Section(f"s{i}", num, heading_case(h), 1, 1, None, "Le texte de l'article.")
                          for i, (num, h) in enumerate(zip(numbers, ["Les quartiers", "Le projet urbain"]))])
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 2), [part])


def test_titles_numbered_in_roman_numerals_in_one_version_are_no_renaming():
    old = _titled("old", ["I", "II"], str.upper)
    new = _titled("new", ["1", "2"], str)
    assert [c.type for c in diff_results(old, new).changes] == []
    # a true renumbering still shows
    moved = _titled("moved", ["1", "3"], str)
    assert [(c.type, c.target) for c in diff_results(old, moved).changes] == [("article_renamed", "3")]
