"""Diff mechanisms of the diffops pass (issue 12), on records built for the test:
operation changes the printed texts bear out, both ways."""

from convention_parser.diff import diff_results
from convention_parser.records import Operation, Part, ParseResult, Section, Source


def _version(name, texts, ops):
    sections = [Section(f"s{i}", num, f"Article {num}", num.count(".") + 1, i + 1, None, text)
                for i, (num, text) in enumerate(texts.items())]
    part = Part(kind="convention", pages=[1, len(sections)], title="Convention pluriannuelle",
                sections=sections, operations=list(ops))
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, len(sections)), [part])


def _op(kind, name, amount, section="8.1"):
    return Operation(type=kind, name=name, commune="Bréval-sur-Lys", amount=amount, section=section, page=6)


HEAD = "Les opérations cofinancées par l'ANRU au titre de la présente convention sont les suivantes :"
LILAS = _op("demolition", "barre Les Lilas", 2_267_000.0)
ZOLA = _op("amenagement", "Aménagement de la rue Émile Zola et des espaces publics attenants", 1_908_300.0)
SANTE = _op("equipement", "Création d'une maison de santé Lucie Aubrac", 1_930_000.62)
ROWS = ("Démolition de la barre Les Lilas (151 logements) Bréval-sur-Lys Armor Logement 2 267 000 €\n"
        "Aménagement de la rue Émile Zola et des espaces publics attenants Bréval-sur-Lys 1 908 300 €\n"
        "Création d'une maison de santé Lucie Aubrac Bréval-sur-Lys 1 930 000,62 €")


def _ops(old, new):
    return sorted((c.type, (c.after or c.before)["name"]) for c in diff_results(old, new).changes
                  if c.type.startswith("operation_"))


def test_an_operation_the_old_version_prints_in_a_table_it_did_not_read_is_not_added():
    # The old version's table was read as prose: its rows are in its text, not in its records.
    old = _version("old", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS])
    new = _version("new", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS, ZOLA, SANTE])
    assert _ops(old, new) == []
    # One the new version adds (its name new to the text) is told.
    salengro = _op("amenagement", "Aménagement du boulevard Salengro et des espaces publics attenants", 3_092_000.0)
    more = _version("new", {"8.1": f"{HEAD}\n{ROWS}\nAménagement du boulevard Salengro et des espaces publics "
                                   "attenants Bréval-sur-Lys 3 092 000 €"}, [LILAS, ZOLA, SANTE, salengro])
    assert _ops(old, more) == [("operation_added", salengro.name)]
    # So is one whose name the new version prints more often than the old (Lucie Aubrac:
    # a new row beside an old mention in prose), and one the old never names (Zola).
    again = _version("new", {"8.1": f"{HEAD}\n{ROWS}\n{ROWS.splitlines()[2]}"}, [LILAS, ZOLA, SANTE])
    old_two = _version("old", {"8.1": f"{HEAD}\n{ROWS.splitlines()[0]}\n{ROWS.splitlines()[2]}"}, [LILAS])
    assert _ops(old_two, again) == sorted([("operation_added", ZOLA.name), ("operation_added", SANTE.name)])


def test_an_operation_the_new_version_prints_in_a_table_it_did_not_read_is_not_removed():
    old = _version("old", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS, ZOLA, SANTE])
    new = _version("new", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS])
    assert _ops(old, new) == []
    gone = _version("new", {"8.1": f"{HEAD}\n" + "\n".join(ROWS.splitlines()[:2])}, [LILAS])
    assert _ops(old, gone) == [("operation_removed", SANTE.name)]


def test_a_row_read_as_prose_in_the_old_version_still_tells_the_figures_that_moved():
    # The old version's table was read as prose: the row's line prints the old subsidy.
    row = ("C0599-24-0003 Aménagement de la place du Marché et des espaces publics attenants Courtenay-sur-Orge "
           "QP067057 Communauté d'Agglomération des Rives de la Brêche 3 592 592,87 € 1 940 000,15 € S1 2025")
    old = _version("old", {"8.1": f"{HEAD}\n{row}"}, [LILAS])
    marche = Operation(type="amenagement", name="Aménagement de la place du Marché et des espaces publics attenants",
                       commune="Courtenay-sur-Orge", amount=1_746_000.0, section="8.1", page=6,
                       text="C0599-24-0003 | Aménagement de la place du Marché et des espaces publics attenants | "
                            "Courtenay-sur-Orge QP067057 | Communauté d'Agglomération | 3 233 333,58 € | 1 746 000 € | S1 2025")
    new = _version("new", {"8.1": HEAD}, [LILAS, marche])
    got = [c for c in diff_results(old, new).changes if c.type.startswith("operation_")]
    assert [(c.type, c.before["amount"], c.after["amount"]) for c in got] == \
        [("operation_modified", 1_940_000.15, 1_746_000.0)]
    # Same figures: nothing changed.
    same = _version("new", {"8.1": HEAD}, [LILAS, Operation(**(marche.__dict__ | {"amount": 1_940_000.15,
                                                                                   "text": marche.text.replace("1 746 000 €", "1 940 000,15 €")}))])
    assert [c.type for c in diff_results(old, same).changes if c.type.startswith("operation_")] == []
    # The other way round: the new version's row read as prose, a count changed in its label.
    lilas_row = "Démolition de la barre Les Lilas (161 logements) Bréval-sur-Lys Armor Logement\n6 477 142,86 € 2 267 000 €"
    before = Operation(**(LILAS.__dict__ | {"logements": 151, "text": "Démolition de la barre Les Lilas (151 logements) | "
                                            "Bréval-sur-Lys | Armor Logement | 6 477 142,86 € | 2 267 000 €"}))
    got = [c for c in diff_results(_version("old", {"8.1": HEAD}, [before]),
                                   _version("new", {"8.1": f"{HEAD}\n{lilas_row}"}, [])).changes
           if c.type.startswith("operation_")]
    assert [(c.type, c.before["logements"], c.after["logements"], c.after["amount"]) for c in got] == \
        [("operation_modified", 151, 161, 2_267_000.0)]


# ------------------------------------------------------------ consolidation

from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, Table  # noqa: E402

PLAN = "Le plan de financement prévisionnel des opérations programmées s'établit comme suit :"


def _table(tid, section, page, header, rows):
    return Table(id=tid, title="Plan de financement prévisionnel par financeur et par quartier", pages=[page],
                 header=header, rows=rows, n_rows=len(rows), n_cols=2, section=section)


def _avenant_rewriting_9(rows):
    """An avenant whose article 3.5 rewrites article 9 with a table of ``rows``, each read as an operation."""
    am = Amendment(target="9", target_kind="article", action="replace", new_text=PLAN, section="3.5", page=6,
                   raw="L'article 9 est modifié et désormais rédigé comme suit :")
    av = _version("av", {"3.5": f"{am.raw}\n{PLAN}"}, [])
    part = av.parts[0]
    part.kind, part.amendments, part.pages = "avenant", [am], [1, 6]
    part.tables = [_table("t3", "3.5", 6, [], rows)]
    part.operations = [Operation(type="other", name=r[0], amount=1.0, section="3.5", page=6, text=" | ".join(r))
                       for r in rows]
    return av


def test_an_avenant_table_reprinting_a_financing_table_under_another_header_programmes_no_operation():
    conv = _version("conv", {"9": PLAN}, [])
    conv.parts[0].tables = [_table("t3", "9", 7, [["Financeurs", "Le Moulin (QP059046)"]],
                                   [["ANRU", "13 115 300,91 €"], ["Action Logement", "2 542 000,90 €"],
                                    ["Département", "–"], ["EPCI", "4 930 000,00 €"],
                                    ["Banque des Territoires", "3 820 000,68 €"], ["Total", "28 842 302,49 €"]])]
    # The heading ran into the first row, two financeurs' rows were read as one.
    av = _avenant_rewriting_9([["Financeurs ANRU", "11.633.900,97 euros"],
                               ["Action Logement Département", "2.782.000,90 euros –"], ["EPCI", "4.930.000 euros"],
                               ["Banque des Territoires", "3.820.000,68 euros"], ["Total", "27.600.902,55 euros"]])
    merged = consolidate(conv, [av])
    assert merged.parts[0].operations == []
    assert [c for c in diff_results(conv, merged, avenant=av).changes if c.type.startswith("operation_")] == []
    # A table of the avenant that reprints no row of it programmes its rows.
    ops = _avenant_rewriting_9([["Démolition de la tour Ravel (105 logements)", "2 447 000 €"],
                                ["Démolition de l'immeuble Berlioz (50 logements)", "850 000,73 €"],
                                ["Requalification de l'immeuble Verlaine (134 logements)", "1 340 000 €"]])
    assert len(consolidate(conv, [ops]).parts[0].operations) == 3


def test_an_amount_a_record_lacks_is_read_from_the_row_that_prints_it_where_the_other_version_prints_its_own():
    # Old: the prose record completed from its table row (the subsidy, last figure but the date).
    hortensias = Operation(type="demolition", name="tour Les Hortensias", commune="Hautmont-les-Mines", logements=81,
                           amount=1_635_000.28, section="4.1", page=5,
                           text="Démolition de la tour Les Hortensias (81 logements) à Hautmont-les-Mines")
    old = _version("old", {"4.1": hortensias.text}, [hortensias])
    old.parts[0].tables = [Table(id="t2", title="", pages=[8], n_rows=1, n_cols=4, section="8.1",
                                 header=[["Libellé", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]],
                                 rows=[["Démolition de la tour Les Hortensias (81 logements)", "Maisons de Aquilon",
                                        "3 270 000,56 €", "1 635 000,28 €"]])]
    # New: the table's columns merged, no operation read from it; the prose record has no amount.
    prose = Operation(**(hortensias.__dict__ | {"amount": None}))
    new = _version("new", {"4.1": hortensias.text}, [prose])
    new.parts[0].tables = [Table(id="t2", title="", pages=[4], n_rows=1, n_cols=2, section="8.1", header=[],
                                 rows=[["Démolition de la tour Les Hortensias (81 logements) Maisons de Aquilon",
                                        "Hautmont-les-Mines 81 2.943.000 euros 1.471.500 euros"]])]
    got = [(c.type, c.before["amount"], c.after["amount"]) for c in diff_results(old, new).changes
           if c.type.startswith("operation_")]
    assert got == [("operation_modified", 1_635_000.28, 1_471_500.0)]
    # The records themselves are left as read.
    assert new.parts[0].operations[0].amount is None
    # A row that prints the same subsidy: nothing changed.
    new.parts[0].tables[0].rows[0][1] = "Hautmont-les-Mines 81 3.270.000,56 euros 1.635.000,28 euros"
    assert [c for c in diff_results(old, new).changes if c.type.startswith("operation_")] == []


# ------------------------------------------------------------ legislative edits

from convention_parser.records import Edit  # noqa: E402


def test_a_line_deleted_from_a_named_table_is_deleted_there_not_where_it_was_just_added():
    header = [["N° IDTOP", "Opération", "Nb logts", "Montant ANRU"]]
    acacias = ["C0285-34-0004", "Résidentialisation de l'immeuble Les Acacias (92 logements)", "92", "358 200 €"]
    tables = [Table(id=f"t{k}", title=f"Opérations « {title} »", pages=[7], section="8.1", header=header,
                    rows=rows, n_rows=len(rows), n_cols=4)
              for k, (title, rows) in enumerate([
                  ("La requalification de logements locatifs sociaux",
                   [["C0285-33-0003", "Requalification de l'îlot Les Érables (95 logements)", "95", "1 204 800 €"]]),
                  ("La résidentialisation de logements", [list(acacias)])], start=1)]
    conv = _version("conv", {"8.1": HEAD}, [])
    conv.parts[0].tables = tables
    moved = dict(zip(["N° IDTOP", "Opération", "Nb logts", "Montant ANRU"], acacias[:3] + ["394 000 €"]))
    edits = [Edit("row_add", table="Opérations « La requalification de logements locatifs sociaux »", cells=moved),
             Edit("row_delete", table="2", row="C0285-34-0004")]
    ams = [Amendment(target="8.1", target_kind="article", action="replace", section="1", page=1, edit=e)
           for e in edits]
    av = ParseResult(source=Source("a.pdf", "1" * 64, 2),
                     parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])
    merged = consolidate(conv, [av]).parts[0]
    rows = {t.title: [r[0] for r in t.rows] for t in merged.tables}
    assert rows == {"Opérations « La requalification de logements locatifs sociaux »": ["C0285-33-0003", "C0285-34-0004"],
                    "Opérations « La résidentialisation de logements »": []}


# ------------------------------------------------------------ figures

from convention_parser.records import Amount  # noqa: E402


def _plan(section, anru_sablons, texts):
    """A version whose financing table sits in ``section`` (financeur × quartier, totals)."""
    cols = ["Les Sablons (QP057001)", "Les Terrasses (QP057052)", "Total"]
    rows = [["ANRU", anru_sablons, 9_019_600.0], ["Région", 3_740_000.0, 1_590_000.0]]
    rows = [r + [r[1] + r[2]] for r in rows]
    rows.append(["Total"] + [rows[0][j] + rows[1][j] for j in (1, 2, 3)])
    cells = [[r[0]] + [f"{v:,.0f} €".replace(",", " ") for v in r[1:]] for r in rows]
    v = _version("v", texts, [])
    part = v.parts[0]
    part.tables = [Table(id="t4", title="Plan de financement prévisionnel par financeur et par quartier", pages=[7],
                         header=[["Financeurs"] + cols], rows=cells, n_rows=3, n_cols=4, section=section)]
    part.amounts = [Amount(text=c, value=rows[i][j], page=7, section=section, label=f"{r[0]} / {cols[j - 1]}",
                           table="t4") for i, r in enumerate(cells) for j, c in enumerate(r) if j]
    return v


def test_a_financing_table_filed_under_the_article_before_its_missed_heading_still_pairs_its_cells():
    texts = {"8.1": HEAD, "9": "Le plan de financement s'établit comme suit :"}
    # The old version's parse missed the heading of article 9: its table is filed under 8.1.
    old = _plan("8.1", 7_751_800.0, {"8.1": HEAD})
    new = _plan("9", 8_081_800.0, texts)
    got = {c.target: (c.before, c.after, bool(c.derived_from)) for c in diff_results(old, new).changes
           if c.type == "amount_changed"}
    assert got == {"ANRU / Les Sablons (QP057001)": (7_751_800.0, 8_081_800.0, False),
                   "ANRU / Total": (16_771_400.0, 17_101_400.0, True),
                   "Total / Les Sablons (QP057001)": (11_491_800.0, 11_821_800.0, True),
                   "Total / Total": (22_101_400.0, 22_431_400.0, True)}


def test_a_programme_total_whose_clause_the_sentence_drops_goes_to_zero():
    from convention_parser.facts import extract_facts
    from convention_parser.rules import load_rules
    from convention_parser.structure.model import Paragraph

    def read(name, text):
        v = _version(name, {"4.1": text}, [])
        part = v.parts[0]
        paras = [Paragraph(text=ln, page=1, section="4.1", section_id="s0") for ln in text.split("\n")]
        facts = extract_facts(paras, [], load_rules(), sections=part.sections, use_model=False)
        part.quantities = facts.quantities
        return v

    item = "Démolition de la résidence des Frênes (143 logements) à Sainte-Marthe, sous la maîtrise d'ouvrage de Néolis ;"
    old = read("old", "Le programme prévoit au global la démolition de 322 logements locatifs sociaux et la "
                      f"requalification de 202 logements :\n{item}")
    new = read("new", f"Le programme prévoit au global la démolition de 575 logements locatifs sociaux :\n{item}")
    got = sorted((c.before, c.after) for c in diff_results(old, new).changes if c.type == "quantity_changed")
    assert got == [(202.0, 0.0), (322.0, 575.0)]
    # A clause the sentence gains is a figure the old version left unstated, not 0 → N.
    assert sorted((c.before, c.after) for c in diff_results(new, old).changes if c.type == "quantity_changed") == \
        [(575.0, 322.0)]
    # Without the sentence (its other total gone too), nothing is said of the clause.
    bare = read("new", item)
    assert (202.0, 0.0) not in [(c.before, c.after) for c in diff_results(old, bare).changes]
