"""Structural edits of a legislative avenant (issue 12, mechanism 8, third pass): one test per
grammar rule, read then applied on small records built for the test (gold by hand):
an article repealed, an article inserted with a "bis" number, renumbering, a column deleted or
added, an alinéa inserted after a given alinéa, a heading "ainsi rédigé", references in the
plural, a table named by its title alone, an annex replaced by the one joined."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.diff.sections import natural_key  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Part, Section, Source, Table  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.amendments import extract_amendments  # noqa: E402
from convention_parser.structure.edit_instructions import read_edit  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.headings import normalise_number  # noqa: E402
from convention_parser.structure.model import Paragraph, PartDraft  # noqa: E402


@pytest.fixture(scope="module")
def fam():
    return next(f for f in families(load_rules()) if f.kind == "avenant")


def _amend(fam, *texts):
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.paragraphs = [Paragraph(text=t, page=1, section=None, section_id=None) for t in texts]
    return extract_amendments(draft, fam)


def _synthesis(with_column: bool) -> Table:
    header = [["Intervention", "Les Castors", "Le Clos"] + (["Ensemble"] if with_column else [])]
    rows = [["Démolition", "102 logements", "158 logements"], ["Résidentialisation", "–", "137 logements"]]
    if with_column:
        rows = [r + [x] for r, x in zip(rows, ["260 logements", "137 logements"])]
    return Table(id="t1", title="Tableau de synthèse du programme urbain", pages=[2], section="4.1",
                 header=header, rows=rows, n_rows=2, n_cols=len(header[0]))


def _convention(with_column: bool = False) -> ParseResult:
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "4.1", "La synthèse du programme urbain", 2, 2, text="Le programme est synthétisé :"),
        Section("s2", "6", "La stratégie de relogement", 1, 2,
                text="Le relogement concerne 120 ménages.\nLa charte fixe les engagements des bailleurs."),
        Section("s3", "7", "La gouvernance", 1, 3, text="La gouvernance est assurée par le comité de pilotage."),
        Section("s4", "7.2", "La conduite de projet", 2, 3, text="Une équipe projet est constituée."),
        Section("s5", "IV", "L'exécution du programme", 1, 4, label="TITRE IV"),
        Section("s6", "12", "Les modifications du projet", 1, 4, text="Toute modification fait l'objet d'un avenant."),
        Section("s7", "13", "La durée de la convention", 1, 5, text="La convention prend fin en 2030."),
    ], tables=[_synthesis(with_column)])
    return ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part])


def _avenant(amendments: list[Amendment]) -> ParseResult:
    for a in amendments:
        a.section, a.page = "1", 1
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=amendments, metadata={"number": "1"})])


def _sections(result: ParseResult) -> list[tuple[str, str]]:
    return [(s.number, s.heading) for s in result.parts[0].sections]


def _conflicts(result: ParseResult) -> list:
    return result.parts[0].metadata["consolidation"][0]["conflicts"]


# --- an article repealed --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["3° L'article 7.2 est abrogé.", "L'article 7.2 de la convention est supprimé."])
def test_article_repealed_is_read_and_applied(fam, text):
    got = _amend(fam, text)
    assert [(a.target, a.action) for a in got] == [("7.2", "repeal")]
    merged = consolidate(_convention(), [_avenant(got)])
    assert "7.2" not in [n for n, _ in _sections(merged)]
    assert [(c.type, c.target) for c in diff_results(_convention(), merged).changes
            if c.type.startswith("article")] == [("article_removed", "7.2")]


# --- an article inserted with a "bis" number ---------------------------------------------------

@pytest.mark.parametrize("text, heading", [
    ("Après l'article 7 de la convention, il est inséré un article 7 bis ainsi rédigé :", None),
    ("Il est inséré, après l'article 7, un article 7 bis « La participation des habitants » ainsi rédigé :",
     "La participation des habitants"),
    ("Après l'article 7, il est inséré un article 7 bis intitulé « La participation des habitants » et ainsi "
     "rédigé :", "La participation des habitants"),
])
def test_article_bis_inserted_after_an_article(fam, text, heading):
    got = _amend(fam, text, "Les habitants sont associés à chaque étape du projet.")
    assert [(a.target, a.action, a.new_heading) for a in got] == [("7 bis", "insert", heading)]
    got[0].new_heading = got[0].new_heading or "La participation des habitants"
    merged = consolidate(_convention(), [_avenant(got)])
    numbers = [n for n, _ in _sections(merged)]
    assert numbers.index("7 bis") == numbers.index("7.2") + 1       # after 7 and its sub-articles, before titre IV
    new = next(s for s in merged.parts[0].sections if s.number == "7 bis")
    assert "associés à chaque étape" in new.text


def test_inserted_article_whose_instruction_wraps_onto_its_own_paragraph(fam):
    # "ainsi rédigé :" set apart from its sentence by a line break is the instruction's end,
    # not the first words of the inserted article
    got = _amend(fam, "Il est inséré, après l'article 7, un article 7 bis « La participation des habitants »",
                 "ainsi rédigé :", "Les habitants sont associés à chaque étape du projet.")
    assert [(a.target, a.action, a.new_heading) for a in got] == [("7 bis", "insert", "La participation des habitants")]
    assert got[0].new_text == "Les habitants sont associés à chaque étape du projet."
    assert got[0].raw.endswith("ainsi rédigé :")


def test_bis_heading_numbers_and_order():
    # the number as the reader cites it (and the gold records it), however the heading spaced it
    assert normalise_number("article", "11 bis") == "11 bis"
    assert normalise_number("article", "11bis") == "11 bis"
    assert normalise_number("article", "11 BIS") == "11 bis"
    assert normalise_number("article", "7  ter") == "7 ter"
    assert normalise_number("article", "11") == "11"
    assert sorted(["8", "7 bis", "7.2", "7"], key=natural_key) == ["7", "7.2", "7 bis", "8"]


# --- renumbering ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["L'article 13 devient l'article 14.", "4° L'article 13 est renuméroté article 14."])
def test_renumbering_then_insertion_in_the_freed_place(fam, text):
    r = read_edit(text)
    assert (r.target, r.edit.op, r.edit.new) == ("13", "renumber", "14")
    got = _amend(fam, text, "Après l'article 12, il est inséré un article 13 « La communication » ainsi rédigé :",
                 "Les partenaires font mention du concours de l'ANRU.")
    assert [(a.target, a.action) for a in got] == [("13", "rename"), ("13", "insert")]
    av = _avenant(got)
    old = _convention()
    merged = consolidate(old, [av])
    assert not _conflicts(merged)
    assert _sections(merged)[-2:] == [("13", "La communication"), ("14", "La durée de la convention")]
    found = {(c.type, c.target, c.status) for c in diff_results(old, merged, avenant=av).changes
             if c.type.startswith("article")}
    assert ("article_added", "13", "applied") in found
    assert any(t == "article_renamed" and n == "14" for t, n, _ in found)
    assert not any(s == "conflict" for _, _, s in found)


# --- a column of a table deleted or added ------------------------------------------------------

@pytest.mark.parametrize("text", ["Au tableau de l'article 4.1, la colonne « Ensemble » est supprimée.",
                                  "La colonne « Ensemble » du tableau de l'article 4.1 est supprimée."])
def test_column_deleted(text):
    r = read_edit(text)
    assert (r.target, r.edit.op, r.edit.column) == ("4.1", "column_delete", "Ensemble")
    merged = consolidate(_convention(with_column=True), [_avenant([Amendment("4.1", "article", "replace",
                                                                             edit=r.edit)])])
    t = merged.parts[0].tables[0]
    assert t.header == _synthesis(False).header and t.rows == _synthesis(False).rows


@pytest.mark.parametrize("text", [
    "Au tableau de l'article 4.1, il est ajouté une colonne « Ensemble » ainsi renseignée : « Démolition » : "
    "« 260 logements » ; « Résidentialisation » : « 137 logements ».",
    "Le tableau de l'article 4.1 est complété par une colonne « Ensemble » ainsi renseignée : « Démolition » : "
    "« 260 logements » ; « Résidentialisation » : « 137 logements ».",
])
def test_column_added_with_its_cells_by_row(text):
    r = read_edit(text)
    assert (r.target, r.edit.op, r.edit.column) == ("4.1", "column_add", "Ensemble")
    assert r.edit.column_cells == {"Démolition": "260 logements", "Résidentialisation": "137 logements"}
    merged = consolidate(_convention(), [_avenant([Amendment("4.1", "article", "replace", edit=r.edit)])])
    t = merged.parts[0].tables[0]
    assert t.header == _synthesis(True).header and t.rows == _synthesis(True).rows


# --- an alinéa inserted after a given alinéa ---------------------------------------------------------

def test_alinea_inserted_after_the_first(fam):
    got = _amend(fam, "Après le premier alinéa de l'article 6, il est inséré un alinéa ainsi rédigé : "
                      "« Un bilan du relogement est présenté chaque année. »")
    merged = consolidate(_convention(), [_avenant(got)])
    sec = next(s for s in merged.parts[0].sections if s.number == "6")
    assert sec.text.splitlines() == ["Le relogement concerne 120 ménages.",
                                     "Un bilan du relogement est présenté chaque année.",
                                     "La charte fixe les engagements des bailleurs."]


# --- a heading "ainsi rédigé" -----------------------------------------------------------------------------

def test_heading_ainsi_redige(fam):
    got = _amend(fam, "L'intitulé de l'article 6 est ainsi rédigé : « La stratégie de relogement et d'attributions ».")
    assert [(a.target, a.action, a.new_heading) for a in got] == [
        ("6", "rename", "La stratégie de relogement et d'attributions")]


# --- references in the plural ---------------------------------------------------------------------------

def test_same_edit_in_two_articles(fam):
    got = _amend(fam, "Aux articles 6 et 13 de la convention, les mots « 2030 » sont remplacés par les mots « 2032 ».")
    assert sorted((a.target, a.edit.op, a.edit.old, a.edit.new) for a in got) == [
        ("13", "words_replace", "2030", "2032"), ("6", "words_replace", "2030", "2032")]
    old = _convention()
    old.parts[0].sections[1].text += "\nLes relogements sont achevés en 2030."
    merged = consolidate(old, [_avenant(got)])
    texts = {s.number: s.text for s in merged.parts[0].sections}
    assert "2032" in texts["6"] and "2032" in texts["13"] and "2030" not in texts["6"] + texts["13"]


# --- a table named by its title alone --------------------------------------------------------------------

def test_table_named_by_title_alone_after_another_article(fam):
    got = _amend(fam, "Après le premier alinéa de l'article 6, il est inséré un alinéa ainsi rédigé : « Un bilan. »",
                 "Dans le tableau « Tableau de synthèse du programme urbain », la ligne « Résidentialisation » "
                 "est supprimée.")
    assert got[1].target == "6"            # the sentence names no article: the previous one's
    merged = consolidate(_convention(), [_avenant(got)])
    assert not _conflicts(merged)
    assert [r[0] for r in merged.parts[0].tables[0].rows] == ["Démolition"]


# --- a renumbered article whose text is edited too keeps its identity ---------------------------------

def test_renumbered_and_edited_article_is_paired_by_its_heading():
    old = _convention()
    new = _convention()
    secs = new.parts[0].sections
    secs[-1] = Section("s7", "14", "La durée de la convention", 1, 5, text="La convention prend fin en 2032.")
    secs.insert(len(secs) - 1, Section("s8", "13", "La communication sur le projet", 1, 5,
                                       text="Les partenaires font mention du concours de l'ANRU."))
    found = {(c.type, c.target) for c in diff_results(old, new).changes if c.type.startswith("article")}
    assert found == {("article_added", "13"), ("article_renamed", "14"), ("article_modified", "14")}


# --- an article whose number a chapter heading also carries --------------------------------------------

def test_edit_of_article_1_is_not_applied_to_chapter_1(fam):
    old = _convention()
    old.parts[0].sections[:0] = [Section("c1", "1", "Les quartiers", 1, 1, label="Chapitre 1", text="Les quartiers."),
                                 Section("a1", "1", "Les éléments de contexte", 2, 1, label="ARTICLE 1er",
                                         text="Le diagnostic partagé est établi.")]
    got = _amend(fam, "Aux articles 1 et 6, les mots « partagé » sont remplacés par les mots « commun ».")
    merged = consolidate(old, [_avenant(got)])
    assert next(s for s in merged.parts[0].sections if s.id == "a1").text == "Le diagnostic commun est établi."
    assert [c["target"] for c in _conflicts(merged)] == ["6"]     # article 6 does not print the words


# --- an operation record the parse filed under another article -------------------------------------------

def test_cell_edit_updates_an_operation_merged_under_another_article():
    from convention_parser.facts import extract_facts
    from convention_parser.records import Amendment as Am
    from convention_parser.records import Edit
    ops = Table(id="t2", title="Tableau des opérations", pages=[3], section="8.1",
                header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                rows=[["C0353-21-0001", "Démolition de l'îlot Curie (173 logements)", "173", "4 885 000 €"]],
                n_rows=1, n_cols=4)
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "4.1", "La synthèse", 2, 2, text="Démolition de l'îlot Curie (173 logements) à Hautmont ;"),
        Section("s2", "8.1", "Les opérations", 2, 3, text="Les opérations sont les suivantes :")], tables=[ops])
    paras = [Paragraph(s.text, s.page, s.number, s.id) for s in part.sections]
    part.operations = extract_facts(paras, part.tables, load_rules(), sections=part.sections, use_model=False).operations
    curie = [o for o in part.operations if "Curie" in (o.name or "")]
    assert curie
    for o in curie:
        o.section = "4.1"        # the parse merged both mentions into the record of its first article
    edit = Edit("cell_replace", row="C0353-21-0001", old="4 885 000 €", new="5 862 000 €")
    merged = consolidate(ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part]),
                         [_avenant([Am("8.1", "article", "replace", edit=edit)])])
    after = [o for o in merged.parts[0].operations if "Curie" in (o.name or "")]
    assert [o.amount for o in after] == [5862000.0] * len(curie)


# --- renumbering chains ------------------------------------------------------------------------

def _long_convention() -> ParseResult:
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "10", "Les modalités d'attribution", 1, 1, text="Les financements sont versés par l'ANRU."),
        Section("s2", "11", "Le suivi et l'évaluation", 1, 2, text="Un bilan annuel est établi."),
        Section("s3", "11.1", "Les indicateurs", 2, 2, text="Les indicateurs sont suivis."),
        Section("s4", "12", "Les modifications du projet", 1, 3, text="Toute modification fait l'objet d'un avenant."),
        Section("s5", "13", "La durée de la convention", 1, 4, text="La convention prend fin en 2030."),
    ])
    return ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part])


@pytest.mark.parametrize("texts", [
    ["Les articles 11 à 13 deviennent respectivement les articles 12 à 14."],
    ["2° Les articles 11, 12 et 13 de la convention sont renumérotés 12, 13 et 14."],
    # one per article, in the convention's numbering: ascending order must not chain 11 → 12 → 13
    ["L'article 11 devient l'article 12.", "L'article 12 devient l'article 13.", "L'article 13 devient l'article 14."],
    ["L'article 13 devient l'article 14.", "L'article 12 devient l'article 13.", "L'article 11 devient l'article 12."],
])
def test_renumbering_chain_then_insertion(fam, texts):
    got = _amend(fam, *texts, "Après l'article 10, il est inséré un article 11 « La participation » ainsi rédigé :",
                 "Les habitants sont associés à chaque étape du projet.")
    assert sorted((a.target, a.action, a.edit.new if a.edit else None) for a in got) == [
        ("11", "insert", None), ("11", "rename", "12"), ("12", "rename", "13"), ("13", "rename", "14")]
    av = _avenant(got)
    old = _long_convention()
    merged = consolidate(old, [av])
    assert not _conflicts(merged)
    assert _sections(merged) == [("10", "Les modalités d'attribution"), ("11", "La participation"),
                                 ("12", "Le suivi et l'évaluation"), ("12.1", "Les indicateurs"),
                                 ("13", "Les modifications du projet"), ("14", "La durée de la convention")]
    found = {(c.type, c.target) for c in diff_results(old, merged, avenant=av).changes
             if c.type.startswith("article") and c.status != "conflict"}
    assert ("article_added", "11") in found
    assert {n for t, n in found if t == "article_renamed"} == {"12", "13", "14"}
    assert not any(c.status == "conflict" for c in diff_results(old, merged, avenant=av).changes)


def test_number_ranges():
    from convention_parser.structure.edit_instructions import number_list
    assert number_list("11 à 13") == ["11", "12", "13"]
    assert number_list("8.1 à 8.3") == ["8.1", "8.2", "8.3"]
    assert number_list("10, 11 et 12") == ["10", "11", "12"]
    assert number_list("13 à 11") == []


def test_sub_articles_repealed_with_their_article_are_one_removal(fam):
    got = _amend(fam, "L'article 7 de la convention est abrogé.")
    merged = consolidate(_convention(), [_avenant(got)])
    assert [n for n, _ in _sections(merged)] == ["4.1", "6", "IV", "12", "13"]
    assert [(c.type, c.target) for c in diff_results(_convention(), merged).changes
            if c.type.startswith("article")] == [("article_removed", "7")]
