"""Diff mechanisms of the third issue-12 pass, on records built for the test: prose
counts labelled and paired by meaning, operations keyed on their IDTOP, footnote
bodies and page-cut paragraphs as layout, an avenant's operation restated by the
instruction that programmes it."""

import re

from convention_parser.diff import consolidate, diff_results
from convention_parser.diff.facts import operation_changes
from convention_parser.facts import extract_facts
from convention_parser.facts.labels import count_label
from convention_parser.records import Amendment, Operation, Part, ParseResult, Section, Source
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph


def _version(name, texts, kind="convention", amendments=(), read=True):
    """A part whose sections hold ``texts`` ({number: text}); facts read from them as
    the parse reads prose (rules only)."""
    sections = [Section(f"s{i}", num, f"Article {num}", num.count(".") + 1, i + 1, None, text)
                for i, (num, text) in enumerate(texts.items())]
    part = Part(kind=kind, pages=[1, len(sections)], title="Convention pluriannuelle", sections=sections,
                amendments=list(amendments))
    if read:
        paras = [Paragraph(text=line, page=s.page, section=s.number, section_id=s.id)
                 for s in sections for line in s.text.split("\n") if line.strip()]
        facts = extract_facts(paras, [], load_rules(), sections=sections, use_model=False)
        part.amounts, part.quantities, part.operations = facts.amounts, facts.quantities, facts.operations
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, len(sections)), [part])


# ------------------------------------------------------------ counts by meaning

def _label(text, figure):
    m = re.search(re.escape(figure), text)
    return count_label(text, m.start(), m.end())


def test_a_prose_count_is_labelled_by_what_it_counts():
    total = "Le programme prévoit au global la démolition de 504 logements locatifs sociaux et la requalification de 314 logements :"
    assert _label(total, "504 logements") == "démolition – logements"
    assert _label(total, "314 logements") == "requalification – logements"
    item = "Démolition de l'immeuble Berlioz (85 logements) à Courtenay-sur-Orge, sous la maîtrise d'ouvrage de Néolis ;"
    assert _label(item, "85 logements") == "Démolition de l'immeuble Berlioz – logements"
    bracket = "Reconstitution de l'offre – le programme Les Érables (30 logements : 15 PLAI et 15 PLUS)"
    assert _label(bracket, "15 PLAI") == "Reconstitution de l'offre – le programme Les Érables – PLAI"
    # A table's line read as text: the figure before ends the clause; nothing names the second.
    assert _label("Démolition de logements locatifs sociaux 213 logements 45 logements –", "45 logements") is None
    assert _label("soit 85 logements au total", "85 logements") is None


OLD_41 = ("Le programme prévoit au global la démolition de 387 logements locatifs sociaux et la requalification "
          "de 48 logements :\n"
          "Démolition de l'immeuble Jonquilles (175 logements) à Pont-de-Thure, sous la maîtrise d'ouvrage de Néolis ;\n"
          "Démolition de la barre Colbert (173 logements) à Marcillac, sous la maîtrise d'ouvrage de Néolis ;\n"
          "Démolition de l'ensemble Mansart (39 logements) à Marcillac, sous la maîtrise d'ouvrage de Néolis ;\n"
          "Requalification de la tour Rimbaud (48 logements) à Lormes, sous la maîtrise d'ouvrage de Clairval Habitat ;")


def _counts(old, new):
    return sorted((c.before, c.after) for c in diff_results(old, new).changes if c.type == "quantity_changed")


def test_a_count_removed_and_another_added_in_its_place_are_not_one_change():
    # Colbert (173) leaves, Mozart (83) comes in its place: order alone pairs 173 -> 83.
    new = OLD_41.replace("387", "297").replace(
        "Démolition de la barre Colbert (173 logements) à Marcillac",
        "Démolition de l'ensemble Mozart (83 logements) à Montreuil-la-Forge")
    assert _counts(_version("old", {"4.1": OLD_41}), _version("new", {"4.1": new})) == [(387.0, 297.0)]


def test_a_total_that_moves_with_an_operation_is_told_apart_from_it():
    # Rimbaud 48 -> 40 and the requalification total 48 -> 40: the operation is
    # operation_modified, the programme's total a quantity_changed of its own.
    new = OLD_41.replace("48 logements", "40 logements")
    changes = diff_results(_version("old", {"4.1": OLD_41}), _version("new", {"4.1": new})).changes
    assert [(c.before, c.after) for c in changes if c.type == "quantity_changed"] == [(48.0, 40.0)]
    assert "requalification" in next(c.target for c in changes if c.type == "quantity_changed")
    ops = [c for c in changes if c.type == "operation_modified"]
    assert [(c.before["logements"], c.after["logements"]) for c in ops] == [(48, 40)]


# ------------------------------------------------------------ operations by IDTOP

def _row(idtop, label, commune="Lormes", amount=2_335_000.0):
    return Operation(type="amenagement", name=label, commune=commune, amount=amount, section="8.1",
                     text=f"{idtop} | {label} | {commune} QP002050 | Communauté de communes | | {amount}")


def test_two_operations_of_one_family_are_told_apart_by_their_idtop():
    old = [_row("C0884-24-0004", "Aménagement du chemin des Dames et des espaces publics attenants")]
    new = [_row("C0884-24-0012", "Aménagement de la rue du 8 Mai 1945 et des espaces publics attenants",
                amount=2_990_000.0)]
    got = sorted((c.type, c.target) for c in operation_changes(old, new))
    assert [t for t, _ in got] == ["operation_added", "operation_removed"]
    # The same identifier is the same operation, however its label was read.
    again = [_row("C0884-24-0004", "Aménagement du chemin des Dames", amount=2_500_000.0)]
    got = operation_changes(old, again)
    assert [(c.type, c.before["amount"], c.after["amount"]) for c in got] == \
        [("operation_modified", 2_335_000.0, 2_500_000.0)]


# ------------------------------------------------------------ layout, not changes

NOTE = "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."
TEXT_81 = "Les opérations cofinancées par l'ANRU au titre de la présente convention sont les suivantes3 :"
TEXT_9 = "Le plan de financement prévisionnel des opérations programmées s'établit comme suit."


def _articles(old, new):
    return sorted(c.target for c in diff_results(old, new).changes if c.type == "article_modified")


def test_a_footnote_body_filed_under_another_article_is_not_a_change():
    old = _version("old", {"8.1": f"{TEXT_81}\n{NOTE}", "9": TEXT_9}, read=False)
    new = _version("new", {"8.1": TEXT_81, "9": f"{TEXT_9}\n{NOTE}"}, read=False)
    assert _articles(old, new) == []
    # Nor one that a version does not reprint (an avenant rewriting the article).
    assert _articles(old, _version("new", {"8.1": TEXT_81, "9": TEXT_9}, read=False)) == []
    # A line that opens with a figure no word calls is the article's wording.
    line = "5 Bâtiments seront démolis en 2026."
    assert _articles(old, _version("new", {"8.1": f"{TEXT_81}\n{NOTE}", "9": f"{TEXT_9}\n{line}"}, read=False)) == ["9"]


GOV = ("Néolis assure la maîtrise d'ouvrage des interventions sur son patrimoine ; la coordination "
       "relève du porteur de projet, qui veille au respect du calendrier et des engagements de")
CUT = "sobriété foncière et au réemploi des matériaux issus des démolitions."
LEAD = "La conduite de projet est assurée par une équipe dédiée."


def test_a_paragraph_cut_at_a_page_and_filed_under_the_next_heading_is_not_a_change():
    old = _version("old", {"7.1": f"{GOV} {CUT}", "7.2": LEAD}, read=False)
    new = _version("new", {"7.1": GOV, "7.2": f"{CUT}\n{LEAD}"}, read=False)
    assert _articles(old, new) == []
    reworded = _version("new", {"7.1": GOV, "7.2": f"{CUT}\n{LEAD.replace('dédiée', 'renforcée')}"}, read=False)
    assert _articles(old, reworded) == ["7.1", "7.2"]


# ------------------------------------------------------------ consolidation

def test_an_operation_the_avenant_names_first_in_its_object_belongs_to_the_instruction_restating_it():
    conv = _version("conv", {"4.1": OLD_41})
    new_41 = OLD_41 + ("\nDémolition de l'immeuble Curie (176 logements) à Hautmont-les-Mines, sous la maîtrise "
                       "d'ouvrage de Néolis ;")
    am = Amendment(target="4.1", target_kind="article", action="replace", new_text=new_41, section="3.2", page=2,
                   raw="L'article 4.1 est ainsi rédigé :")
    av = _version("av", {"2": "Financement d'une nouvelle opération : démolition de l'immeuble Curie "
                               "(176 logements) à Hautmont-les-Mines,",
                         "3.2": "L'article 4.1 est ainsi rédigé :\n" + new_41}, kind="avenant", amendments=[am])
    # The parse keeps one record per site, filed where the avenant first names it (its object).
    part = av.parts[0]
    curie = [o for o in part.operations if "Curie" in o.name]
    assert curie
    part.operations = [o for o in part.operations if o.section != "3.2" or "Curie" not in o.name]
    for o in curie:
        o.section, o.page = "2", 1
    merged = consolidate(conv, [av])
    assert any("Curie" in o.name and o.section == "4.1" for o in merged.parts[0].operations)
    added = [c for c in diff_results(conv, merged, avenant=av).changes if c.type == "operation_added"]
    assert [c.after["logements"] for c in added] == [176]


# ------------------------------------------------------------ parse: what the diff reads

from convention_parser.diff.facts import figure_changes  # noqa: E402
from convention_parser.diff.headline import is_headline  # noqa: E402
from convention_parser.french.numbers import find_amounts  # noqa: E402
from convention_parser.records import Amount, Table  # noqa: E402
from convention_parser.structure.edit_instructions import read_edit  # noqa: E402


def test_an_amount_whose_later_group_separators_were_lost_is_read_whole():
    got = [(a.text, a.value) for a in find_amounts("s'élève à 23 460900EUR, dont 8 201101,48€ pour le quartier")]
    assert got == [("23 460900EUR", 23_460_900.0), ("8 201101,48€", 8_201_101.48)]
    # A year before an amount is not its first group.
    assert [a.value for a in find_amounts("en 2023 450 000 € sont engagés")] == [450_000.0]


def test_a_table_instruction_may_quote_a_title_that_quotes():
    r = read_edit("8° À la ligne « C0667-21-0005 » et à la colonne « Opération » du tableau « Opérations « La "
                  "démolition de logements locatifs sociaux » » de l'article 8.1, les mots « (151 logements) » "
                  "sont remplacés par les mots « (161 logements) ».")
    assert r.target == "8.1" and (r.edit.op, r.edit.row, r.edit.old, r.edit.new) == \
        ("cell_replace", "C0667-21-0005", "(151 logements)", "(161 logements)")
    assert r.edit.table == "Opérations « La démolition de logements locatifs sociaux »"
    r = read_edit("7° Au tableau « Opérations « La démolition de logements locatifs sociaux » » de l'article 8.1, "
                  "est ajoutée une ligne ainsi renseignée : « N° IDTOP » : « C0667-21-0010 » ; « Nb logts » : « 103 ».")
    assert r.target == "8.1" and r.edit.op == "row_add" and r.edit.cells == {"N° IDTOP": "C0667-21-0010", "Nb logts": "103"}


BANNER = "Quartier Les Sablons (QP045043) – Villers-Saint-Amand"
OTHER = "Quartier Le Bois Joli (QP045032) – Pont-de-Thure"


def _banner_table():
    rows = [["C0667-24-0003", "Aménagement de la place du Marché et des espaces publics attenants",
             "Villers-Saint-Amand QP045043", "Métropole du Grand Belmont", "", "4 786 666,67 €", "2 872 000 €", "S2 2020"],
            [OTHER] * 8,
            ["C0667-24-0008", "Aménagement de la rue Victor Hugo et des espaces publics attenants",
             "Pont-de-Thure QP045032", "Maisons de Horizon", "", "5 725 001,08 €", "2 290 000,43 €", "S1 2019"]]
    # The column headings were left on the page before: the header read is the quartier's banner.
    return Table(id="t7", title="", pages=[16], header=[[""] * 8, [BANNER] * 8], rows=rows, n_rows=3, n_cols=8,
                 section="8.1")


def test_an_operation_table_whose_header_is_a_quartier_banner_still_programmes_its_rows():
    t = _banner_table()
    facts = extract_facts([], [t], load_rules(), use_model=False)
    got = sorted((o.name, o.amount) for o in facts.operations)
    assert got == [("Aménagement de la place du Marché et des espaces publics attenants", 2_872_000.0),
                   ("Aménagement de la rue Victor Hugo et des espaces publics attenants", 2_290_000.43)]
    # Its cells are an operation's figures (told by operation_modified), not a financing
    # summary's column per quartier.
    cell = Amount(text="2 872 000 €", value=2_872_000.0, section="8.1", table="t7",
                  label=f"C0667-24-0003 – Aménagement de la place du Marché / {BANNER}")
    assert not is_headline(cell, t)


def test_a_label_shared_alike_on_both_sides_pairs_its_figures_in_order():
    # "Le montant global … s'élève à X €, dont Y € pour …": both figures read with one
    # label; a total row read as prose ("Total") before them, in the old version only.
    def a(v, label):
        return Amount(text=f"{v} €", value=v, section="9", label=label)
    mg = "montant global des concours financiers de l'ANRU"
    old = [a(29_964_703.02, "Total"), a(16_356_401.48, "Total"), a(15_149_303.15, mg), a(6_948_201.67, mg)]
    new = [a(15_886_303.61, mg), a(6_993_202.33, mg)]
    got = sorted((c.before, c.after) for c in figure_changes(old, new, lambda s: s, {}, "amount"))
    assert got == [(6_948_201.67, 6_993_202.33), (15_149_303.15, 15_886_303.61)]


def _op_table(rows):
    header = ["N° IDTOP", "Opération", "Localisation (QPV)", "Maître d'ouvrage", "Nb logts", "Montant ANRU (€)"]
    return Table(id="t2", title="Tableau des opérations cofinancées par l'ANRU (article 8.1)", pages=[9],
                 header=[header], rows=rows, n_rows=len(rows), n_cols=len(header), section="8.1")


def test_an_operation_row_the_table_reader_joined_to_the_total_line_keeps_its_own_amount():
    t = _op_table([["C0884-24-0009", "Aménagement de l'avenue de la République et des espaces publics attenants",
                    "Lormes QP002050", "Clairval Habitat", "", "4 292 900"],
                   ["C0884-38-0010 Total", "Création du centre commercial des Halles", "Lormes QP002050",
                    "Trois Vallées Habitat", "", "1 590 000,68 18 981 003,60"]])
    ops = extract_facts([], [t], load_rules(), use_model=False).operations
    assert sorted(o.amount for o in ops) == [1_590_000.68, 4_292_900.0]


def test_a_family_title_run_into_a_banner_row_is_no_operation():
    title = "Les opérations « La démolition de logements locatifs sociaux » :"
    t = _op_table([[f"{title} Quartier Les Sablons (QP069059) – Marcillac", title, title, title, title, title],
                   ["C0343-21-0002", "Démolition de la barre Rimbaud (114 logements)", "Marcillac QP069059",
                    "OPH Solvéa", "114", "3 391 900"]])
    ops = extract_facts([], [t], load_rules(), use_model=False).operations
    assert [(o.name, o.logements) for o in ops] == [("barre Rimbaud", 114)]


def test_an_operation_the_object_names_with_its_commune_belongs_to_the_table_that_reprints_it():
    conv = _version("conv", {"8.1": "Les opérations cofinancées par l'ANRU sont les suivantes :"})
    am = Amendment(target="8.1", target_kind="article", action="replace", section="3.3", page=2,
                   new_text="Tableau des opérations cofinancées par l'ANRU (article 8.1)",
                   raw="Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :")
    av = _version("av", {"2": "Actualisation du coût de l'opération reconstitution de l'offre – le programme "
                              "Les Érables (30 logements : 15 PLAI et 15 PLUS) à Aubigny-le-Haut,",
                         "3.3": am.raw}, kind="avenant", amendments=[am])
    row = ["C0616-31-0002", "Reconstitution de l'offre – le programme Les Érables (30 logements : 15 PLAI et 15 PLUS)",
           "Aubigny-le-Haut", "Alizé Habitat", "30", "297 000"]
    t = _op_table([row])
    t.section, t.pages = "3.3", [2]
    av.parts[0].tables = [t]
    # One record per site: the table's row completes the one the object named first.
    erables = [o for o in av.parts[0].operations if "Érables" in o.name]
    assert erables and all(o.section == "2" for o in erables)
    erables[0].amount = 297_000.0
    merged = consolidate(conv, [av])
    assert [(o.section, o.amount) for o in merged.parts[0].operations if "Érables" in o.name] == [("8.1", 297_000.0)]


def test_a_base_and_subsidy_column_read_as_one_give_the_subsidy():
    header = ["N° IDTOP", "Opération", "Localisation (QPV)", "Maître d'ouvrage", "Nb logts",
              "Assiette Montant ANRU subventionnable", "Lancement"]
    rows = [["C0482-31-0003", "Reconstitution de l'offre – l'opération Les Glycines (13 logements : 7 PLAI et 6 PLUS)",
             "Sainte-Marthe-de-Scarpe QP033050", "Marelle Logement", "13", "460 400 € 115 100 €", "S2 2019"]]
    t = Table(id="t5", title="Opérations « La reconstitution de l'offre de logements locatifs sociaux »", pages=[13],
              header=[header], rows=rows, n_rows=1, n_cols=len(header), section="8.1")
    ops = extract_facts([], [t], load_rules(), use_model=False).operations
    assert [(o.logements, o.amount) for o in ops] == [(13, 115_100.0)]


def test_a_financeur_brought_in_fills_its_cell_and_its_total_follows_from_it():
    def plan(tid, region):
        header = ["Financeurs", "Le Moulin (QP002029)", "Le Clos Saint-Jean (QP002033)", "Total"]
        rows = [["ANRU", "8 711 800 €", "7 332 000 €", "16 043 800 €"], ["Région", region, "–", region],
                ["Département", "4 288 000 €", "1 508 400 €", "5 796 400 €"]]
        return Table(id=tid, title="Plan de financement prévisionnel par financeur et par quartier", pages=[12],
                     header=[header], rows=rows, n_rows=3, n_cols=4, section="9")
    old_t, new_t = plan("t4", "–"), plan("t3", "75 000 €")
    old = _version("old", {"9": "Le plan de financement s'établit comme suit (montants en euros) :"}, read=False)
    new = _version("new", {"9": "Le plan de financement s'établit comme suit (montants en euros) :"}, read=False)
    old.parts[0].tables, new.parts[0].tables = [old_t], [new_t]
    for r, t in ((old, old_t), (new, new_t)):
        r.parts[0].amounts = extract_facts([], [t], load_rules(), use_model=False).amounts
    got = {(c.target, c.before, c.after, tuple(c.derived_from or ())) for c in diff_results(old, new).changes
           if c.type == "amount_changed"}
    assert got == {("Région / Le Moulin (QP002029)", 0.0, 75_000.0, ()),
                   ("Région / Total", 0.0, 75_000.0, ("Région / Le Moulin (QP002029)",))}


def test_a_pair_too_unlike_to_count_does_not_steal_an_operation_from_its_twin():
    def op(name, n, amount):
        return Operation(type="demolition", name=name, commune="Neuvelle", logements=n, amount=amount, section="4.1",
                         text=f"Démolition de la {name} ({n} logements) à Neuvelle")
    old = [op("tour Lamartine", 162, 4_632_600.0), op("tour Rimbaud", 161, 2_858_000.0)]
    new = [op("tour Lamartine", 154, 5_790_800.0), op("Lamartine", 47, 1_221_000.0)]
    got = sorted((c.type, c.target) for c in operation_changes(old, new))
    assert got == [("operation_added", "demolition: Lamartine (Neuvelle)"),
                   ("operation_modified", "demolition: tour Lamartine (Neuvelle)"),
                   ("operation_removed", "demolition: tour Rimbaud (Neuvelle)")]


def test_an_operation_named_again_in_prose_is_not_a_second_operation():
    prose = Operation(type="equipement", name="médiathèque de quartier Louise Michel", section="4.1",
                      text="Création d'une médiathèque de quartier Louise Michel à Montreuil-la-Forge")
    row = Operation(type="equipement", name="Création d'une médiathèque de quartier Louise Michel", section="8.1",
                    commune="Montreuil-la-Forge", text="C0658-37-0009 | Création d'une médiathèque de quartier "
                                                       "Louise Michel | Montreuil-la-Forge | Communauté de communes")
    got = [(c.type, c.target) for c in operation_changes([], [prose, row])]
    assert got == [("operation_added", "equipement: Création d'une médiathèque de quartier Louise Michel "
                                       "(Montreuil-la-Forge)")]


def test_an_edit_of_one_article_keeps_another_operation_of_the_same_site():
    from convention_parser.records import Edit
    text = ("Les opérations suivantes sont programmées :\n"
            "La requalification lourde de la résidence Les Acacias (120 logements) à Rivemont-sur-Sambre ;")
    conv = _version("conv", {"4.1": text, "5": "Le relogement concerne 212 ménages."})
    res = Operation(type="residentialisation", name="résidence Les Acacias", commune="Rivemont-sur-Sambre",
                    logements=120, amount=480_000.0, section="6", text="C1472-34-0011 | Résidentialisation de la "
                                                                       "résidence Les Acacias | OPH Val-de-Sambre")
    conv.parts[0].operations.append(res)
    am = Amendment(target="4.1", target_kind="article", action="replace", section="2", page=1,
                   edit=Edit("words_replace", old="120 logements", new="118 logements", paragraph=2))
    av = _version("av", {"2": "Au deuxième alinéa de l'article 4.1, les mots « 120 logements » sont remplacés "
                              "par les mots « 118 logements »."}, kind="avenant", amendments=[am], read=False)
    merged = consolidate(conv, [av]).parts[0]
    got = sorted((o.type, o.logements) for o in merged.operations if "Acacias" in o.name)
    assert got == [("requalification", 118), ("residentialisation", 120)]
