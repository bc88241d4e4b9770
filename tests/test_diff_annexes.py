"""Annexes as records: the convention's annex list says which annexes an
avenant can target, and a consolidated list tells repeals and additions.
Record pairs built for the test; expected changes written by hand."""

import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import convention  # noqa: E402

from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.diff.annexes import annexes, listed  # noqa: E402
from convention_parser.records import Amendment, Part, ParseResult, Section, Source  # noqa: E402

LIST_ANRU = """Fait à Lens, le 20 mai 2021
ANNEXES
A – Présentation du projet
A1 – Plan de situation des quartiers
A8 – Plan guide du projet urbain de Lens et d’Avion
C – Synthèse de la programmation opérationnelle et financière
C2 – Tableau financier prévisionnel des opérations
 programmées
C3 – Fiches descriptives des opérations (sans objet)
C4 – Tableau financier identique à l’annexe C2
Les signataires : l’ANRU, l’État."""

LIST_NUMBERED = """Liste des annexes :
Annexe 1 : Plan de situation
Annexe 2 : Plan guide des Hauts de Rivemont
Annexe 3 : Charte de gestion urbaine de proximité"""


def test_the_list_gives_each_annex_and_its_title_up_to_the_lists_end():
    got = listed(LIST_ANRU + "\nFait en trois exemplaires.\nLe présent acte est signé.\nSans réserve.\n"
                             "D1 – Charte (this line is after the list)")
    assert [n for n, _ in got] == ["A1", "A8", "C2", "C3", "C4"]
    assert [t for _, t in got][:4] == ["Plan de situation des quartiers",
                                       "Plan guide du projet urbain de Lens et d’Avion",
                                       "Tableau financier prévisionnel des opérations programmées",
                                       "Fiches descriptives des opérations (sans objet)"]
    assert [n for n, _ in listed(LIST_NUMBERED)] == ["1", "2", "3"]
    # Numbered lines outside a list are not annexes.
    assert listed("2 logements sont démolis.\nC4 – Tableau") == []


def test_a_title_wrapped_by_another_layout_does_not_end_the_list():
    # The same list typeset in a narrower column: titles continue on lines
    # starting with any word (a capital, a figure).
    narrow = LIST_ANRU.replace("urbain de Lens et d’Avion", "urbain de Lens\nAvion").replace(
        "Plan de situation des quartiers", "Plan de situation\n2 quartiers")
    assert [n for n, _ in listed(narrow)] == [n for n, _ in listed(LIST_ANRU)]


def _with_list(text: str, number: str = "17") -> ParseResult:
    part = Part(kind="convention", pages=[1, 40], title="Convention pluriannuelle",
                sections=[Section("s1", "1", "Les quartiers", 1, 2, None, "Le quartier République."),
                          Section("s2", number, "Les dispositions finales", 1, 39, None, text)])
    return ParseResult(Source("c.pdf", "c" * 64, 40), [part])


def _avenant(*amendments: Amendment, objet: str = "") -> ParseResult:
    part = Part(kind="avenant", pages=[1, 4], title="Avenant n°2", metadata={"number": "2"},
                sections=[Section("a1", "1", "Objet de l'avenant", 1, 1, None, objet)],
                amendments=list(amendments))
    return ParseResult(Source("a.pdf", "d" * 64, 4), [part])


def test_an_annex_body_printed_by_one_version_only_is_no_change_while_both_list_it():
    body = Section("s3", "C2", "Tableau financier prévisionnel des opérations programmées", 1, 40, None,
                   "Le tableau financier est joint.")
    printed, listed_only = _with_list(LIST_ANRU), _with_list(LIST_ANRU)
    printed.parts[0].sections.append(body)
    assert diff_results(printed, listed_only).changes == []
    assert diff_results(listed_only, printed).changes == []
    # gone from the list too: the repeal is told
    dropped = _with_list(LIST_ANRU.replace("C2 – Tableau financier prévisionnel des opérations\n programmées\n", ""))
    assert [(c.type, c.target) for c in diff_results(printed, dropped).changes if c.type.startswith("annex")] \
        == [("annex_repealed", "C2")]


def test_an_annex_section_repealed_by_the_avenant_is_told_though_the_list_still_names_it():
    conv = _with_list(LIST_ANRU)
    conv.parts[0].sections.append(Section("s3", "C4", "Tableau financier identique à l’annexe C2", 1, 40, None,
                                          "Le tableau reprend l'annexe C2."))
    av = _avenant(Amendment("C4", "annexe", "repeal", section="3", page=3,
                            raw="L'annexe C4 « Tableau financier identique à l'annexe C2 » est abrogée."))
    merged = consolidate(conv, [av])
    assert "C4" not in [s.number for s in merged.parts[0].sections]
    assert [(c.type, c.target) for c in diff_results(conv, merged, avenant=av).changes] == [("annex_repealed", "C4")]


def test_an_annex_only_listed_is_repealed_by_the_avenant_not_a_conflict():
    conv = _with_list(LIST_ANRU)
    av = _avenant(Amendment("C4", "annexe", "repeal", section="3", page=3,
                            raw="L'annexe C4 « Tableau financier identique à l'annexe C2 » est abrogée."),
                  objet="Le présent avenant a pour objet :\n- Mise à jour de l'article 9,\n"
                        "- Abrogation de l'annexe C4 tableau financier identique à l'annexe C2.")
    merged = consolidate(conv, [av])
    assert merged.parts[0].metadata["consolidation"][0]["conflicts"] == []
    assert annexes(merged.parts[0])["C4"].repealed and not annexes(conv.parts[0])["C4"].repealed
    got = [(c.type, c.target, c.status) for c in diff_results(conv, merged, avenant=av).changes]
    assert got == [("annex_repealed", "C4", "applied"), ("article_modified", "9", "declared_only")]


def test_an_annex_neither_listed_nor_printed_is_still_a_conflict():
    conv = _with_list(LIST_ANRU)
    av = _avenant(Amendment("C7", "annexe", "repeal", section="3", page=3))
    got = [(c.type, c.target, c.status) for c in diff_results(conv, consolidate(conv, [av]), avenant=av).changes]
    assert got == [("annex_repealed", "C7", "conflict")]


def test_adding_an_annex_listed_in_force_is_a_conflict_but_a_sans_objet_one_can_be_added():
    conv = _with_list(LIST_ANRU)
    av = _avenant(Amendment("A8", "annexe", "insert", section="3", page=3),
                  Amendment("C3", "annexe", "insert", new_heading="Fiches descriptives", section="3", page=3))
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    assert {(c.type, c.target, c.status) for c in result.changes} == {
        ("annex_added", "A8", "conflict"), ("annex_added", "C3", "undeclared")}


def test_an_update_of_a_listed_annex_without_its_text_is_declared_only():
    conv = _with_list(LIST_ANRU)
    av = _avenant(Amendment("C2", "annexe", "replace", section="3", page=3))
    got = [(c.type, c.target, c.status) for c in diff_results(conv, consolidate(conv, [av]), avenant=av).changes]
    assert got == [("annex_modified", "C2", "declared_only")]


def test_consolidated_list_tells_repealed_and_added_annexes():
    old = _with_list(LIST_ANRU)
    new_list = (LIST_ANRU.replace("C3 – Fiches descriptives des opérations (sans objet)",
                                  "C3 – Fiches descriptives des opérations intégrées par l’avenant n°01")
                .replace("C4 – Tableau financier identique à l’annexe C2",
                         "C4 – Tableau financier identique à l’annexe C2 (abrogée par l’avenant n°01)")
                .replace("A1 – Plan de situation des quartiers\n", ""))
    new = _with_list(new_list)
    changes = [c for c in diff_results(old, new).changes if c.type.startswith("annex_")]
    assert sorted((c.type, c.target) for c in changes) == [
        ("annex_added", "C3"), ("annex_repealed", "A1"), ("annex_repealed", "C4")]
    c4 = next(c for c in changes if c.target == "C4")
    assert c4.before["heading"].startswith("Tableau financier identique à l’annexe C2")


def test_numbered_annex_list_and_printed_annexes_are_one_record_each():
    conv = _with_list(LIST_NUMBERED, number="10")
    new = copy.deepcopy(conv)
    new.parts[0].sections.append(Section("s3", "3", "Charte de gestion urbaine de proximité", 1, 40, None,
                                         "Supprimée par l’avenant n° 1.", label="Annexe 3"))
    conv.parts[0].sections.append(Section("s3", "3", "Charte de gestion urbaine de proximité", 1, 40, None,
                                          "La charte est jointe.", label="Annexe 3"))
    got = [(c.type, c.target) for c in diff_results(conv, new).changes if c.type.startswith("annex_")]
    assert got == [("annex_repealed", "3")]          # once: by its section, not again by the list


def test_one_version_without_a_list_is_a_parse_gap_not_every_annex_repealed():
    old = _with_list(LIST_ANRU)
    new = _with_list("Fait à Lens, le 20 mai 2021\nLes signataires : l’ANRU, l’État.")
    assert not any(c.type.startswith("annex_") for c in diff_results(old, new).changes)


def test_the_builders_convention_still_repeals_its_printed_annex():
    conv = convention()
    av = _avenant(Amendment("C4", "annexe", "repeal", section="3", page=3))
    merged = consolidate(conv, [av])
    assert "C4" not in {s.number for s in merged.parts[0].sections}
    got = [(c.type, c.target) for c in diff_results(conv, merged, avenant=av).changes]
    assert got == [("annex_repealed", "C4")]


def test_many_instructions_on_an_article_the_convention_lacks_are_one_conflict():
    """A legislative avenant edits one article's figures in numbered instructions; when the
    convention has no such article, the reader gets one conflict naming how many there were."""
    conv = _with_list(LIST_ANRU)
    edits = [Amendment("9", "article", "replace", section="1", page=2, new_text=f"« {a} euros » → « {b} euros »",
                       raw=f"{k}° Au deuxième alinéa de l'article 9, le montant « {a} euros » est remplacé par "
                           f"le montant « {b} euros ».")
             for k, (a, b) in enumerate([("18 476 101", "20 045 600"), ("7 620 100", "6 145 100"),
                                         ("10 856 000", "13 900 500")], start=14)]
    changes = diff_results(conv, consolidate(conv, [_avenant(*edits)]), avenant=_avenant(*edits)).changes
    conflicts = [c for c in changes if c.status == "conflict"]
    assert [(c.type, c.target) for c in conflicts] == [("article_modified", "9")]
    assert conflicts[0].summary.endswith("(3 instructions)")
