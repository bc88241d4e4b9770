"""Issue 12's diff mechanisms on record pairs built for the test (diff reads
records): a family's operation table rewritten by an instruction, totals
derived from a changed financing cell, annexes replaced by one joined to the
avenant, signature lines, a new maître d'ouvrage. Expected changes by hand."""

import copy

from convention_parser.diff import consolidate, diff_results
from convention_parser.diff.families import family_type
from convention_parser.records import (Amendment, Amount, Operation, Part, ParseResult, Section, Source,
                                       Table)


def _result(part: Part, name: str) -> ParseResult:
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, max(part.pages)), [part])


def _op(kind, name, commune, amount, page, section="8.1", logements=None):
    return Operation(type=kind, name=name, commune=commune, maitre_ouvrage="Logis Horizon", logements=logements,
                     amount=amount, page=page, section=section, text=f"{name} | {amount}")


def _table(tid, title, page, section, rows):
    return Table(id=tid, title=title, pages=[page], header=[["Libellé", "Commune", "Subvention ANRU"]],
                 rows=rows, n_rows=len(rows), n_cols=3, section=section)


def _convention() -> ParseResult:
    sections = [Section("s1", "8", "Les opérations programmées", 1, 10, None, "Les opérations sont les suivantes."),
                Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 10, "s1",
                        "Les opérations « La démolition de logements locatifs sociaux » :\n"
                        "Les opérations « Les équipements publics de proximité » :"),
                Section("s3", "9", "Le plan de financement", 1, 12, None, "Le plan de financement suit."),
                Section("s4", "13", "La durée de la convention", 1, 14, None,
                        "La convention court jusqu'en 2030.\nFait à Vernay, le 18 novembre 2020")]
    part = Part(kind="convention", pages=[1, 14], title="Convention pluriannuelle", sections=sections)
    part.operations = [_op("demolition", "tour des Frênes", "Vernay", 1_880_000, 10, logements=71),
                       _op("demolition", "barre Vauban", "Vernay", 900_000, 10, logements=40),
                       _op("equipement", "groupe scolaire Jean Macé", "Lormes", 1_200_000, 11)]
    part.tables = [_table("t1", "Opérations « La démolition de logements locatifs sociaux »", 10, "8.1",
                          [["Démolition de la tour des Frênes", "Vernay", "1 880 000 €"],
                           ["Démolition de la barre Vauban", "Vernay", "900 000 €"]]),
                   _table("t2", "Opérations « Les équipements publics de proximité »", 11, "8.1",
                          [["Reconstruction du groupe scolaire Jean Macé", "Lormes", "1 200 000 €"]])]
    part.metadata = {"parties": ["ANRU", "Logis Horizon"]}
    return _result(part, "convention")


def _family_avenant() -> ParseResult:
    raw = ("Les opérations « La démolition de logements locatifs sociaux » sont modifiées et désormais "
           "présentées comme suit :")
    part = Part(kind="avenant", pages=[1, 5], title="Avenant n°1", metadata={"number": "1"},
                sections=[Section("a1", "3.5", "Modification de l'article 8.1", 2, 3, None, raw)],
                amendments=[Amendment("8.1", "article", "replace", new_text="Démolition de la tour des Frênes",
                                      section="3.5", page=3, raw=raw)])
    # The table on the next page: the tour des Frênes costs more, the barre Vauban is gone,
    # the immeuble Ravel is new.
    part.operations = [_op("demolition", "tour des Frênes", "Vernay", 2_100_000, 4, "3.5", 71),
                       _op("demolition", "immeuble Ravel", "Vernay", 650_000, 4, "3.5", 30)]
    part.tables = [_table("t1", "", 4, "3.5", [["Démolition de la tour des Frênes", "Vernay", "2 100 000 €"],
                                               ["Démolition de l'immeuble Ravel", "Vernay", "650 000 €"]])]
    return _result(part, "avenant")


def test_a_family_instruction_rewrites_that_familys_operations_only():
    conv, av = _convention(), _family_avenant()
    merged = consolidate(conv, [av])
    ops = {(o.type, o.name): o.amount for o in merged.parts[0].operations}
    assert ops == {("equipement", "groupe scolaire Jean Macé"): 1_200_000,
                   ("demolition", "tour des Frênes"): 2_100_000, ("demolition", "immeuble Ravel"): 650_000}
    # The article's prose and the other family's table stay.
    sec = next(s for s in merged.parts[0].sections if s.number == "8.1")
    assert "équipements publics" in sec.text
    assert "t2" in {t.id for t in merged.parts[0].tables}
    got = {(c.type, c.after["name"] if c.type != "operation_removed" else c.before["name"])
           for c in diff_results(conv, merged, avenant=av).changes if c.type.startswith("operation_")}
    assert got == {("operation_modified", "tour des Frênes"), ("operation_removed", "barre Vauban"),
                   ("operation_added", "immeuble Ravel")}


def test_family_names_give_operation_types():
    assert family_type("La démolition de logements locatifs sociaux") == "demolition"
    assert family_type("Les équipements publics de proximité") == "equipement"
    assert family_type("L'immobilier à vocation économique") == "immobilier_economique"
    assert family_type("La requalification de logements locatifs sociaux") == "requalification"
    assert family_type("Les bonnes pratiques") is None


def _financing(cells: dict[tuple[str, str], float]) -> ParseResult:
    conv = _convention()
    part = conv.parts[0]
    cols = ["Les Peupliers (QP045039)", "La Source (QP045014)", "Total"]
    rows = ["Région", "ANRU", "Total"]
    grid = {(r, c): cells.get((r, c), 0.0) for r in rows[:2] for c in cols[:2]}
    for r in rows[:2]:
        grid[(r, "Total")] = sum(grid[(r, c)] for c in cols[:2])
    for c in cols:
        grid[("Total", c)] = sum(grid[(r, c)] for r in rows[:2])
    part.tables.append(Table(id="t9", title="", pages=[12], header=[["Financeurs"] + cols],
                             rows=[[r] + [f"{grid[(r, c)]:.0f}" for c in cols] for r in rows],
                             n_rows=3, n_cols=4, section="9"))
    part.amounts = [Amount(text=f"{v:.0f} €", value=v, page=12, section="9", label=f"{r} / {c}", table="t9")
                    for (r, c), v in grid.items()]
    return conv


def test_a_changed_cell_comes_first_and_its_totals_say_they_follow_from_it():
    base = {("Région", "Les Peupliers (QP045039)"): 1_200_000, ("Région", "La Source (QP045014)"): 300_000,
            ("ANRU", "Les Peupliers (QP045039)"): 5_000_000, ("ANRU", "La Source (QP045014)"): 2_000_000}
    new = dict(base)
    new[("Région", "Les Peupliers (QP045039)")] = 1_450_000
    old_r, new_r = _financing(base), _financing(new)
    amounts = [c for c in diff_results(old_r, new_r).changes if c.type == "amount_changed"]
    cell = "Région / Les Peupliers (QP045039)"
    assert [(c.target, c.before, c.after, c.derived_from) for c in amounts] == [
        (cell, 1_200_000, 1_450_000, []),
        ("Région / Total", 1_500_000, 1_750_000, [cell]),
        ("Total / Les Peupliers (QP045039)", 6_200_000, 6_450_000, [cell]),
        ("Total / Total", 8_500_000, 8_750_000, [cell])]


def test_nothing_changed_nothing_reported_and_the_signature_date_is_not_a_change():
    conv = _convention()
    assert diff_results(conv, copy.deepcopy(conv)).changes == []
    resigned = copy.deepcopy(conv)
    sec = resigned.parts[0].sections[-1]
    sec.text = sec.text.replace("18 novembre 2020", "16 juin 2022")
    assert diff_results(conv, resigned).changes == []
    # A clause of that article that changes is still told.
    sec.text = sec.text.replace("2030", "2032")
    assert [(c.type, c.target) for c in diff_results(conv, resigned).changes] == [("article_modified", "13")]


def _annex_convention(mark: str = "") -> ParseResult:
    conv = _convention()
    conv.parts[0].sections.append(Section("s9", "C2", "Tableau financier des opérations programmées", 2, 14, None,
                                          "Document joint à la présente convention" + mark + "."))
    return conv


def test_an_annex_replaced_by_one_joined_to_the_avenant_is_modified_on_both_routes():
    conv = _annex_convention()
    raw = "L'annexe C2 « Tableau financier des opérations programmées » est remplacée par l'annexe C2 jointe au présent avenant."
    part = Part(kind="avenant", pages=[1, 3], title="Avenant n°1", metadata={"number": "1"},
                sections=[Section("a0", "2", "Objet de l'avenant", 1, 2, None,
                                  "L'objet du présent avenant consiste en :\n- Mise à jour de l'annexe C2 tableau "
                                  "financier des opérations programmées."),
                          Section("a1", "3.7", "Modification des annexes", 2, 3, None, raw)],
                amendments=[Amendment("C2", "annexe", "replace", section="3.7", page=3, raw=raw)])
    av = _result(part, "avenant")
    got = [(c.type, c.target, c.status) for c in diff_results(conv, consolidate(conv, [av]), avenant=av).changes]
    assert got == [("annex_modified", "C2", "applied")]
    # Announced without the annex joined: nothing in the records changed (test_diff_annexes tells
    # the declared_only change).
    part.amendments[0].raw = part.sections[1].text = "L'annexe C2 est mise à jour."
    assert not consolidate(conv, [av]).parts[0].metadata.get("replaced")
    # The consolidated PDF says which version of the annex is in force.
    consolidated = _annex_convention(", dans sa version modifiée par l'avenant n°1")
    assert [(c.type, c.target) for c in diff_results(conv, consolidated).changes] == [("annex_modified", "C2")]


def test_a_new_maitre_douvrage_in_the_parties_is_party_added():
    conv = _convention()
    new = copy.deepcopy(conv)
    new.parts[0].metadata["parties"].append("Solvéa Logement")
    assert [(c.type, c.target) for c in diff_results(conv, new).changes] == [("party_added", "Solvéa Logement")]


def _dash_table(feder_source: str, band: str = "") -> ParseResult:
    conv = _convention()
    part = conv.parts[0]
    src = 0.0 if feder_source in ("–", "0 €") else 75_000.0
    rows = [["ANRU", "5 000 000 €", "2 000 000 €", "7 000 000 €"],
            ["FEDER", "400 000 €", feder_source, f"{400_000 + src:,.0f} €".replace(",", " ")],
            ["Total", "5 400 000 €", f"{2_000_000 + src:,.0f} €".replace(",", " "),
             f"{7_400_000 + src:,.0f} €".replace(",", " ")]]
    cols = ["Les Peupliers (QP045039)", "La Source (QP045014)", "Total"]
    header = [["Financeurs"] + cols]
    if band:      # a two-level header: the band over the quartiers, read into their labels
        header = [["Financeurs", band, band, "Total"], [""] + cols[:2] + [""]]
    part.tables.append(Table(id="t9", title="Plan de financement", pages=[12], header=header,
                             rows=rows, n_rows=3, n_cols=4, section="9"))
    part.amounts = [Amount(text=c, value=float(c.replace(" ", "").rstrip("€")), page=12, section="9",
                           label=f"{r[0]} / {band + ' / ' if band and j < 3 else ''}{cols[j - 1]}", table="t9")
                    for r in rows for j, c in enumerate(r) if j and c != "–"]
    return conv


def test_a_cell_filled_where_the_table_printed_a_dash_is_a_change_from_zero():
    changes = [c for c in diff_results(_dash_table("–"), _dash_table("75 000 €")).changes if c.type == "amount_changed"]
    cell = "FEDER / La Source (QP045014)"
    assert [(c.target, c.before, c.after, c.derived_from) for c in changes][0] == (cell, 0.0, 75_000.0, [])
    assert {c.target: c.derived_from for c in changes[1:]} == {
        "FEDER / Total": [cell], "Total / La Source (QP045014)": [cell], "Total / Total": [cell]}
    # And back: a figure that becomes a dash is a change to zero.
    back = [c for c in diff_results(_dash_table("75 000 €"), _dash_table("–")).changes if c.type == "amount_changed"]
    assert (back[0].target, back[0].before, back[0].after) == (cell, 75_000.0, 0.0)


def test_a_cell_filled_under_a_two_level_header_is_a_change_from_zero():
    # "FEDER / Répartition par quartier / La Source (QP045014)": the row is FEDER, not
    # everything before the last heading (layout set 6's financing table).
    band = "Répartition par quartier"
    old, new = _dash_table("–", band), _dash_table("75 000 €", band)
    changes = [c for c in diff_results(old, new).changes if c.type == "amount_changed"]
    cell = f"FEDER / {band} / La Source (QP045014)"
    assert [(c.target, c.before, c.after) for c in changes if not c.derived_from] == [(cell, 0.0, 75_000.0)]
    assert {c.target: c.derived_from for c in changes if c.derived_from} == {
        "FEDER / Total": [cell], f"Total / {band} / La Source (QP045014)": [cell], "Total / Total": [cell]}
    back = [c for c in diff_results(new, old).changes if c.type == "amount_changed" and not c.derived_from]
    assert [(c.target, c.before, c.after) for c in back] == [(cell, 75_000.0, 0.0)]


def test_a_zero_the_old_table_prints_as_a_figure_is_one_change():
    # "0 €" is read as a figure on both sides: paired by the figures, not told twice.
    for band in ("", "Répartition par quartier"):
        changes = [c for c in diff_results(_dash_table("0 €", band), _dash_table("75 000 €", band)).changes
                   if c.type == "amount_changed" and not c.derived_from]
        assert [(c.before, c.after) for c in changes] == [(0.0, 75_000.0)]


def test_an_operation_keeps_its_identity_when_a_field_carries_its_rows_text():
    # A table without IDTOP whose columns the parse shifted: the commune holds the row's label
    # (its count changes with the operation), the maître d'ouvrage the next cells' figures.
    old, new = _convention(), _convention()
    a = old.parts[0].operations[0]
    a.commune = "Démolition de la tour des Frênes (71 logements) Vernay"
    b = new.parts[0].operations[0]
    b.commune, b.logements, b.amount = "Démolition de la tour des Frênes (80 logements) Vernay", 80, 2_000_000
    b.maitre_ouvrage = "Logis Horizon 5.528.571,43 euros 2.000.000 euros"
    got = [(c.type, c.before["logements"], c.after["logements"]) for c in diff_results(old, new).changes
           if c.type.startswith("operation_")]
    assert got == [("operation_modified", 71, 80)]
    # Another site in another commune stays another operation.
    b.commune, b.name = "Lormes", "tour Vauban"
    assert {c.type for c in diff_results(old, new).changes if c.type.startswith("operation_")} == {
        "operation_added", "operation_removed"}


def test_the_owner_of_a_new_operation_unknown_before_is_a_party_added():
    old, new = _convention(), _convention()
    new.parts[0].operations.append(Operation(type="demolition", name="immeuble Ravel", commune="Vernay",
                                             maitre_ouvrage="Solvéa Logement 650.000 euros", logements=30,
                                             amount=650_000, page=10, section="8.1"))
    got = [(c.type, c.target) for c in diff_results(old, new).changes if c.type.startswith(("party", "operation"))]
    assert got == [("operation_added", "demolition: immeuble Ravel (Vernay)"), ("party_added", "Solvéa Logement")]
    # An owner the convention already names (a party, another operation's) is not new.
    new.parts[0].operations[-1].maitre_ouvrage = "Logis Horizon"
    assert [c.type for c in diff_results(old, new).changes if c.type.startswith("party")] == []


def test_replacing_an_articles_table_keeps_its_wording():
    conv = _convention()
    raw = "Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :"
    part = Part(kind="avenant", pages=[1, 5], title="Avenant n°1", metadata={"number": "1"},
                sections=[Section("a1", "3.5", "Modification de l'article 8.1", 2, 3, None, raw)],
                amendments=[Amendment("8.1", "article", "replace", new_text="Tableau des opérations",
                                      section="3.5", page=3, raw=raw)])
    merged = consolidate(conv, [_result(part, "avenant")])
    sec = next(s for s in merged.parts[0].sections if s.number == "8.1")
    assert sec.text == conv.parts[0].sections[1].text and sec.last_amended_by == "avenant n°1"
