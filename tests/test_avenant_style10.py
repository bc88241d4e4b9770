"""Avenant style ``theme`` (corpora/generator2/conv_avenant_styles10.py, FRESH_style10.md): figures moved by a
difference, the text named as earlier avenants left it, instructions sorted under theme headings numbered as
no article. Sentences and convention built here, effects by hand; the generator's gold by construction."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Section  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.amended_refs import without_amended_by  # noqa: E402
from convention_parser.structure.amendments import extract_amendments  # noqa: E402
from convention_parser.structure.edit_delta import moved_by, read_delta  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.model import Paragraph, PartDraft  # noqa: E402
from convention_parser.text.model import Line, Word  # noqa: E402


# --- figures moved by a difference ------------------------------------------------------------------------

def test_a_difference_moves_the_figure_printed_as_it_is():
    assert moved_by("9 955 502,01 €", "+2 623 100,09 €") == "12 578 602,10 €"
    assert moved_by("1.880.000 euros", "-80 000 €") == "1.800.000 euros"
    assert moved_by("49 logements", "-8") == "41 logements"
    assert moved_by("20 852,4", "+0,6") == "20 853,0"
    assert moved_by("500 000 €", "-600 000 €") is None          # below zero: no figure to print


def test_each_difference_phrasing_reads_into_its_edit():
    got = {t: read_delta(t) for t in [
        "La participation de la Région au titre du quartier « Les Provinces » (article 9) est augmentée de 250 000 €.",
        "La contribution financière du Département pour « Le Plateau » fait l'objet d'une baisse de 40 000 €.",
        "La subvention de l'ANRU à l'opération « Démolition de la barre Vauban » (C0688-21-0002) diminue de 50 000 €.",
        "Le montant de la participation de l'ANRU au titre du quartier « Le Plateau » (article 9) est portée de "
        "900 000 € à 950 000 €, soit une hausse de 50 000 €.",
        "Au tableau de l'article 8.1, à la ligne « C0688-21-0001 », colonne « Logements », le nombre est réduit de 6 "
        "pour être ramené à 65.",
        "Au deuxième tableau de l'article 9, à la ligne « Reconstitution de l'offre », colonne « Concours ANRU », le "
        "montant passe de 353 000,41 € à 441 300,00 € (+ 88 299,59 €).",
        "Au deuxième alinéa de l'article 9, le montant de 3 280 000 € est majoré de 200 000 €, soit un montant total "
        "de 3 480 000 €.",
        "À l'article 4.1, le nombre de 111 logements est porté à 120 logements, soit une augmentation de 9.",
        # names unquoted
        "La participation de la Région au titre du quartier Les Provinces est minorée de 100 000 €.",
        "La subvention de l'ANRU à l'opération Démolition de la barre Vauban (C0688-21-0002) progresse de 20 000 €.",
    ]}
    rows = [(r.target, r.edit.op, r.edit.row, r.edit.column, r.edit.table, r.edit.old, r.edit.new, r.edit.delta,
             r.edit.paragraph) for r in got.values()]
    assert rows == [
        ("9", "cell_replace", "Région", "Les Provinces", None, None, None, "+250 000 €", None),
        (BY_ROW, "cell_replace", "Département", "Le Plateau", None, None, None, "-40 000 €", None),
        (BY_ROW, "cell_replace", "C0688-21-0002", "ANRU", None, None, None, "-50 000 €", None),
        ("9", "cell_replace", "ANRU", "Le Plateau", None, "900 000 €", "950 000 €", None, None),
        ("8.1", "cell_replace", "C0688-21-0001", "Logements", None, None, "65", None, None),
        ("9", "cell_replace", "Reconstitution de l'offre", "Concours ANRU", "2", "353 000,41 €", "441 300,00 €",
         None, None),
        ("9", "words_replace", None, None, None, "3 280 000 €", "3 480 000 €", None, 2),
        ("4.1", "words_replace", None, None, None, "111 logements", "120 logements", None, None),
        (BY_ROW, "cell_replace", "Région", "Les Provinces", None, None, None, "-100 000 €", None),
        (BY_ROW, "cell_replace", "C0688-21-0002", "ANRU", None, None, None, "+20 000 €", None),
    ]
    # a figure moved to a new value without its difference is another reader's (edit_narrative)
    assert read_delta("La participation de la Région au titre du quartier « Les Provinces » est portée de 500 000 € "
                      "à 750 000 €.") is None


def test_differences_are_applied_to_the_conventions_figures():
    ams = read_article(
        # two sentences the layout ran into one paragraph
        "La participation de la Région au titre du quartier « Les Provinces » (article 9) est augmentée de 250 000 €. "
        "La subvention de l'ANRU à l'opération « Démolition de la barre Vauban (40 logements) » (C0688-21-0002) fait "
        "l'objet d'une baisse de 50 000 €.",
        "Au tableau de l'article 8.1, à la ligne « C0688-21-0001 », colonne « Logements », le nombre est diminué de 6.",
        "Au deuxième alinéa de l'article 9, le montant de 3 280 000 € est majoré de 200 000 €.",
        number="2", heading="Dispositions financières")
    assert [(a.target, a.edit.op) for a in ams] == [("9", "cell_replace"), (BY_ROW, "cell_replace"),
                                                    ("8.1", "cell_replace"), ("9", "words_replace")]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    ops, fin = (next(t for t in merged.tables if t.id == i) for i in ("t1", "t2"))
    assert [r[2:] for r in ops.rows[:2]] == [["65", "1 880 000 €"], ["40", "850 000 €"]]
    assert fin.rows[1][:3] == ["Région", "750 000 €", "–"]
    assert merged.sections[2].text.endswith("Le coût total est estimé à 3 480 000 €.")


# --- the text as earlier avenants left it ---------------------------------------------------------------

def test_the_clause_naming_an_earlier_avenant_leaves_the_sentence_it_stands_in():
    pairs = [
        ("L'article 9.1, tel que modifié par l'avenant n°1, est ainsi rédigé :", "L'article 9.1 est ainsi rédigé :"),
        ("À l'article 4.1, dans sa rédaction issue de l'avenant n° 2, les mots « a » sont supprimés.",
         "À l'article 4.1, les mots « a » sont supprimés."),
        ("Au tableau de l'article 8.1 (modifié par l'avenant n°1 du 3 mars 2024), la ligne « X » est supprimée.",
         "Au tableau de l'article 8.1, la ligne « X » est supprimée."),
        ("Au tableau de l'article 8.1, tel que modifié en dernier lieu par l'avenant n°2, est ajoutée la ligne "
         "suivante :", "Au tableau de l'article 8.1, est ajoutée la ligne suivante :"),
        ("L'annexe C2, telle que modifiée par les avenants n°1 et n°2, est remplacée par l'annexe jointe au présent "
         "avenant.", "L'annexe C2 est remplacée par l'annexe jointe au présent avenant."),
        ("Le troisième alinéa de l'article 6, tel qu'il résulte de l'avenant n°1 et l'avenant n°2, est supprimé.",
         "Le troisième alinéa de l'article 6 est supprimé."),
        ("Le dernier alinéa de l'article 6, modifié par l'avenant n° 1 en date du 26.04.2020, est supprimé.",
         "Le dernier alinéa de l'article 6 est supprimé."),
    ]
    assert [without_amended_by(a) for a, _ in pairs] == [b for _, b in pairs]
    # a sentence citing an avenant for what it is stays whole
    vu = "Vu l'avenant n°1 à la convention signé le 8 février 2020,"
    assert without_amended_by(vu) == vu


def test_instructions_naming_the_text_as_amended_edit_the_convention():
    ams = read_article(
        "Au deuxième alinéa de l'article 4.1, tel que modifié par l'avenant n°1, les mots « 111 logements » sont "
        "remplacés par les mots « 117 logements ».",
        "Au tableau de l'article 8.1 (modifié par l'avenant n°2 du 12 mai 2023), la ligne « C0688-21-0002 » est "
        "supprimée.",
        "L'intitulé de l'article 9, dans sa rédaction issue de l'avenant n°2, est ainsi rédigé : « Le financement ».")
    assert [(a.target, a.action, a.edit.op if a.edit else None) for a in ams] == [
        ("4.1", "replace", "words_replace"), ("8.1", "replace", "row_delete"), ("9", "rename", None)]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    assert merged.sections[0].text.endswith("la démolition de 117 logements locatifs sociaux.")
    assert [r[0] for r in merged.tables[0].rows] == ["C0688-21-0001", "Total"]


# --- theme headings -------------------------------------------------------------------------------------

def _para(text: str, bold: bool = False) -> Paragraph:
    words, x = [], 72.0
    for w in text.split():
        words.append(Word(w, x, 100.0, x + 6 * len(w), 111.0, size=11.0, bold=bold))
        x += 6 * len(w) + 3
    return Paragraph(text=text, page=1, section="2", section_id="s1", lines=[Line(words=words, page=1)])


def _read(paras: list[Paragraph]):
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.sections = [Section(id="s1", number="2", heading="Modifications apportées à la convention", level=1, page=1,
                              label="Article 2 –")]
    draft.paragraphs = paras
    return extract_amendments(draft, fam)


def test_a_theme_heading_ends_the_new_wording_before_it():
    new = "Les objectifs du projet intègrent désormais la transition écologique."
    for heading in ("Dispositions relatives aux annexes", "B. Modifications relatives au plan de financement",
                    "III – Autres stipulations"):
        ams = _read([_para("A. Dispositions générales", bold=True),
                     _para("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :"), _para(new),
                     _para(heading, bold=True),
                     _para("L'annexe C4 « Tableau financier prévisionnel global » est abrogée.")])
        assert [(a.target, a.action, a.new_text) for a in ams] == [("2.2", "replace", new), ("C4", "repeal", None)]
    # a rename holds its heading: the theme after it is no wording of it
    ams = _read([_para("L'intitulé de l'article 2.2 est ainsi rédigé : « Les objectifs du projet »."),
                 _para("Modifications des annexes", bold=True), _para("L'annexe C4 est abrogée.")])
    assert [(a.target, a.action, a.new_heading, a.new_text) for a in ams] == [
        ("2.2", "rename", "Les objectifs du projet", None), ("C4", "repeal", None, None)]
    # a bold subtitle of the new wording, prose after it: the wording's own (corpora's avenant 01 reprints 4.1.3 so)
    ams = _read([_para("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :"), _para(new),
                 _para("Les démolitions du quartier", bold=True), _para("Huit tours seront démolies à Liévin."),
                 _para("L'annexe C4 est abrogée.")])
    assert [(a.target, a.new_text) for a in ams] == [
        ("2.2", new + "\nLes démolitions du quartier\nHuit tours seront démolies à Liévin."), ("C4", None)]
    # set in the body's type, the same words are the new wording's
    ams = _read([_para("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :"), _para(new),
                 _para("Dispositions relatives aux annexes")])
    assert ams[0].new_text == new + "\nDispositions relatives aux annexes"


# --- the generator --------------------------------------------------------------------------------------

def test_theme_avenants_keep_the_recorders_gold_and_cite_the_earlier_avenants(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention
    import docx

    table = convention.build(1593, tmp_path / "l", "tableau")[1].gold
    theme = convention.build(1593, tmp_path / "t", "theme")
    gold = theme[1].gold
    # the changes of the triple and the amendments (the Recorder's, one per change) are the comparison table's
    assert gold["changes"] == table["changes"]
    # a figure's sentence naming its operation or financeur without the article: its gold names none either
    ours, theirs = gold["parts"][0]["amendments"], table["parts"][0]["amendments"]
    assert len(ours) == len(theirs) == 28
    assert [dict(a, target="") for a in ours] == [dict(a, target="") for a in theirs]
    blank = [(b["target"], a["target"]) for a, b in zip(ours, theirs) if a["target"] != b["target"]]
    assert blank and all(new == "" and old in ("8.1", "9") for old, new in blank)
    text = [p.text for p in docx.Document(str(theme[1].docx)).paragraphs]
    assert text[0].startswith("Avenant n°4 ")
    assert [t for t in text if t.startswith("Vu l'avenant")] == [
        "Vu l'avenant n°1 à la convention signé le 18 juin 2023,",
        "Vu l'avenant n°2 à la convention signé le 29 décembre 2023,",
        "Vu l'avenant n°3 à la convention signé le 11 juillet 2024,"]
    assert any("tel que modifié par l'avenant" in t for t in text)
    assert any(" augmenté" in t or " majoré" in t or " abondé" in t or " relevé" in t or "hausse de" in t for t in text)


def test_letter_sentences_naming_no_article_have_a_gold_naming_none(tmp_path):
    # FRESH_style9's residual: "Le montant de la participation de l'ANRU à l'opération « … » (…) est porté de A à B"
    # names no article; the parse places it by its line (target ""), the gold said "8.1"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention

    lettre = convention.build(1603, tmp_path / "l", "lettre")[1].gold["parts"][0]["amendments"]
    recorder = convention.build(1603, tmp_path / "t", "tableau")[1].gold["parts"][0]["amendments"]
    assert len(lettre) == len(recorder) == 22
    blank = [(b["target"], a["target"]) for a, b in zip(lettre, recorder) if a != b]
    assert blank == [("8.1", "")] * 3


def test_a_theme_heading_in_capitals_run_into_the_next_instruction_is_cut_off():
    # layout 8 sets a theme in capitals in the body type: the paragraph builder runs it into the sentence after it
    ams = _read([_para("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :"),
                 _para("Les objectifs du projet intègrent la transition écologique."),
                 _para("MODIFICATIONS RELATIVES AU PLAN DE FINANCEMENT Le deuxième alinéa de l'article 9 est ainsi "
                       "rédigé : « Le coût total est estimé à 3 480 000 €. »"),
                 _para("ANNEXES"),
                 _para("L'annexe C4 est abrogée.")])
    assert [(a.target, a.action, a.edit.op if a.edit else None) for a in ams] == [
        ("2.2", "replace", None), ("9", "replace", "paragraph_replace"), ("C4", "repeal", None)]
    assert ams[0].new_text == "Les objectifs du projet intègrent la transition écologique."


def test_an_instruction_run_into_the_paragraph_before_is_found_behind_the_clause():
    ams = read_article(
        "La participation de l'ANRU au titre du quartier « Le Plateau » (article 9) est majorée de 50 000 €, soit un "
        "montant total de 950 000 €. Dans le tableau de l'article 9 de la convention, tel que modifié par l'avenant "
        "n° 2, à la ligne « Région » et à la colonne « Les Provinces », le montant « 500 000 € » est remplacé par "
        "« 650 000 € ».")
    assert [(a.target, a.edit.row, a.edit.column, a.edit.new) for a in ams] == [
        ("9", "ANRU", "Le Plateau", "950 000 €"), ("9", "Région", "Les Provinces", "650 000 €")]
