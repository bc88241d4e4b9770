"""Theme avenants, session 15 (corpora/generator2/conv_avenant_paths.py, FRESH_theme2.md): a sub-article named
as its article's division ("au deuxième alinéa du 1 de l'article 4"), an article an earlier avenant inserted
("7.2 bis") amended, a line's count of dwellings moved by its difference. Sentences and conventions built here,
effects by hand; the generator's gold by construction."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import ParseResult, Part, Section, Source, Table  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402


# --- a sub-article named as its article's division -------------------------------------------------------

def test_a_division_of_an_article_names_its_sub_article():
    ams = read_article(
        "Au deuxième alinéa du 1 de l'article 4, tel que modifié par l'avenant n°1, les mots « 111 logements » sont "
        "remplacés par les mots « 117 logements ».",
        "Au tableau du 1 de l'article 8, la ligne « C0688-21-0002 » est supprimée.",
        "Le 1 de l'article 4 est complété par un alinéa ainsi rédigé : « Le 1 de l'article 4 reste inchangé. »",
        "Le titre du 3 de l'article 2 est ainsi rédigé : « Les objectifs sociaux ».",
        "Au troisième alinéa du II de l'article 6, les mots « chaque année » sont supprimés.")
    assert [(a.target, a.action, a.edit.op if a.edit else None) for a in ams] == [
        ("4.1", "replace", "words_replace"), ("8.1", "replace", "row_delete"), ("4.1", "replace", "paragraph_add"),
        ("2.3", "rename", None), ("6.2", "replace", "words_delete")]
    assert ams[1].edit.row == "C0688-21-0002" and ams[0].edit.paragraph == 2 and ams[4].edit.paragraph == 3
    # the quoted wording keeps its words
    assert ams[2].edit.new == "Le 1 de l'article 4 reste inchangé."
    assert ams[3].new_heading == "Les objectifs sociaux"
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams[:3])]).parts[0]
    s41 = next(s for s in merged.sections if s.number == "4.1")
    assert s41.text.split("\n") == ["Le programme comprend :",
                                    "Le programme prévoit la démolition de 117 logements locatifs sociaux.",
                                    "Le 1 de l'article 4 reste inchangé."]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "Total"]


# --- an article an earlier avenant inserted -----------------------------------------------------------------

def _with_inserted() -> ParseResult:
    part = Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "7", "Le pilotage", 1, 1, text="Le pilotage est assuré par le porteur de projet."),
        Section("s2", "7.2", "La conduite de projet", 2, 1,
                text="Une équipe projet est constituée.\nElle rend compte chaque année."),
        Section("s3", "7.2 bis", "L'insertion par l'activité économique", 2, 2,
                text="Les maîtres d'ouvrage réservent des heures d'insertion.\nUn bilan est présenté chaque année."),
        Section("s4", "7.2 ter", "Le relogement des ménages", 2, 2,
                text="Le relogement suit la charte intercommunale.\nLes bailleurs transmettent un état chaque année."),
    ])
    return ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[part])


def test_an_inserted_article_keeps_its_latin_number_when_amended():
    ams = read_article(
        "Le deuxième alinéa de l'article 7.2 bis, inséré par l'avenant n°1, est ainsi rédigé : « Un bilan est "
        "présenté chaque semestre. »",
        "À l'article 7.2 ter (créé par l'avenant n° 1), les mots « chaque année » sont remplacés par les mots "
        "« chaque trimestre ».",
        "L'article 7.2 est complété par un alinéa ainsi rédigé : « Elle associe les habitants. »",
        "Après l'article 7.2 ter, il est inséré un article 7.2 quater ainsi rédigé :",
        "Le suivi des relogements est présenté au comité de pilotage.")
    assert [(a.target, a.action) for a in ams] == [("7.2 bis", "replace"), ("7.2 ter", "replace"),
                                                  ("7.2", "replace"), ("7.2 quater", "insert")]
    assert ams[3].new_text == "Le suivi des relogements est présenté au comité de pilotage."
    merged = consolidate(_with_inserted(), [avenant_of(ams[:3])]).parts[0]
    text = {s.number: s.text.split("\n") for s in merged.sections}
    assert text["7.2 bis"] == ["Les maîtres d'ouvrage réservent des heures d'insertion.",
                               "Un bilan est présenté chaque semestre."]
    assert text["7.2 ter"] == ["Le relogement suit la charte intercommunale.",
                               "Les bailleurs transmettent un état chaque trimestre."]
    assert text["7.2"] == ["Une équipe projet est constituée.", "Elle rend compte chaque année.",
                           "Elle associe les habitants."]


# --- a line's count of dwellings ----------------------------------------------------------------------------

def _with_counts() -> ParseResult:
    synth = Table(id="t1", title="Tableau de synthèse du programme urbain", pages=[2], section="4.1",
                  header=[["Intervention", "Le Plateau", "Les Provinces"]],
                  rows=[["Démolition de logements locatifs sociaux", "286 logements", "54 logements"],
                        ["Requalification de LLS", "90 logements", "–"]], n_rows=2, n_cols=3)
    ops = Table(id="t2", title="Tableau des opérations", pages=[3], section="8.1",
                header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                rows=[["C0688-21-0001", "Démolition de la tour des Frênes", "71", "1 880 000 €"]], n_rows=1, n_cols=4)
    part = Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "4.1", "La synthèse du programme urbain", 2, 2, text="Le programme est le suivant :"),
        Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 3, text="Les opérations sont les suivantes :"),
    ], tables=[synth, ops])
    return ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[part])


def test_a_lines_count_of_dwellings_moves_by_its_difference():
    ams = read_article(
        "Le nombre de logements de la ligne « Démolition de logements locatifs sociaux » (article 4.1), colonne « Le "
        "Plateau », est diminué de 169.",
        "Le nombre de logements prévu à la ligne « Requalification de LLS » (article 4.1) est porté de 90 à 249.",
        "Le nombre de logements de l'opération « C0688-21-0001 » est réduit de 6.",
        # two counts on the line and no column named: which one is not told
        "Le nombre de logements de la ligne « Démolition de logements locatifs sociaux » (article 4.1) est augmenté "
        "de 10.")
    assert [(a.target, a.edit.row, a.edit.column, a.edit.old, a.edit.new, a.edit.delta) for a in ams] == [
        ("4.1", "Démolition de logements locatifs sociaux", "Le Plateau", None, None, "-169 logements"),
        ("4.1", "Requalification de LLS", None, "90 logements", "249 logements", None),
        (BY_ROW, "C0688-21-0001", None, None, None, "-6 logements"),
        ("4.1", "Démolition de logements locatifs sociaux", None, None, None, "+10 logements")]
    merged = consolidate(_with_counts(), [avenant_of(ams)]).parts[0]
    synth, ops = merged.tables
    assert synth.rows == [["Démolition de logements locatifs sociaux", "117 logements", "54 logements"],
                          ["Requalification de LLS", "249 logements", "–"]]
    # the bare count under the "Logements" header moved, the amount left alone
    assert ops.rows[0][2:] == ["65", "1 880 000 €"]


# --- the generator --------------------------------------------------------------------------------------

def test_theme_triples_print_the_inserted_article_and_name_divisions(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention
    import docx

    built = convention.build(1610, tmp_path, "theme")
    texts = [[p.text for p in docx.Document(str(s.docx)).paragraphs] for s in built]
    signed, avenant, consolidated = texts
    # 1610 draws two articles inserted after 2.1 by the avenant n°1, the second amended here
    assert [t for t in signed if t.startswith("2.1 ")] == ["2.1 bis. La gestion urbaine de proximité",
                                                           "2.1 ter. Le relogement des ménages"]
    k = signed.index("2.1 ter. Le relogement des ménages")
    j = next(i for i, t in enumerate(consolidated) if t.startswith("2.1 ter"))
    assert signed[k + 1] != consolidated[j + 1] and signed[k + 2] == consolidated[j + 2]
    said = [t for t in avenant if "2.1 ter" in t]
    assert said == ["Le premier alinéa de l'article 2.1 ter est ainsi rédigé : « " + consolidated[j + 1] + " »"]
    for s in built[1:]:
        assert {"type": "article_modified", "target": "Article 2.1 ter", "before": None, "after": None,
                "summary": "", "status": "applied"} in s.gold["changes"]["changes"]
    assert built[1].gold["parts"][0]["amendments"][-1]["target"] == "2.1 ter"
    # sub-articles named as divisions: "Au tableau du 1 de l'article 4, …" (article 4.1), "L'intitulé du 2 de
    # l'article 2" (article 2.2, whose rename the gold holds)
    assert any(t.startswith("Au tableau du 1 de l'article 4, à la ligne") for t in avenant)
    assert any(t.startswith("L'intitulé du 2 de l'article 2,") for t in avenant)
    assert ("2.2", "rename") in [(a["target"], a["action"]) for a in built[1].gold["parts"][0]["amendments"]]


# --- theme headings numbered in roman figures ---------------------------------------------------------------

def test_roman_theme_headings_inside_an_article_are_no_titres():
    from convention_parser.rules import load_rules
    from convention_parser.structure.family import families
    from convention_parser.structure.headings import Heading
    from convention_parser.structure.inner_themes import theme_headings_out

    fams = {f.kind: f for f in families(load_rules())}

    def heads(*spec):
        return [Heading(kind, number, number, title, number.count(".") + 1) for kind, number, title in spec]

    avenant = heads(("article", "1", "Objet"), ("article", "2", "Modifications apportées à la convention"),
                    ("roman", "I", "Dispositions relatives au programme"), ("article", "4.1", "La synthèse"),
                    ("roman", "II", "Dispositions financières"), ("article", "9", "Le plan de financement"),
                    ("roman", "III", "Annexes"), ("article", "3", "Entrée en vigueur"))
    kept = theme_headings_out(avenant, fams["avenant"])
    # the themes inside article 2 go; the reprinted 4.1 and 9 stay (the amended text's headings)
    assert [h.number for h in kept] == ["1", "2", "4.1", "9", "3"]
    # roman headings opening before the articles they hold are containers
    titled = heads(("roman", "I", "Contexte"), ("article", "1", "Objet"), ("article", "2", "Modifications"),
                   ("roman", "II", "Dispositions finales"), ("article", "3", "Entrée en vigueur"))
    assert theme_headings_out(titled, fams["avenant"]) == titled
    # a convention's titres are never taken out (it amends nothing)
    convention = heads(("article", "1", "Contexte"), ("titre", "II", "Le projet"), ("article", "2", "Objectifs"))
    assert theme_headings_out(convention, fams["convention"]) == convention
