"""Amendment instructions of an avenant: one test per grammar rule or mechanism,
on paragraphs or small documents built here (fixtures/structure/build.py).

The phrasings are those of ANRU avenants: a table of an article replaced, a
heading renamed, annex instructions written as sentences, "Sans objet" after an
instruction, several instructions under one "Modification de l'article 8"
sub-article, and instructions the layout merged into one paragraph.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.records import Section  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.structure.amendment_units import split_units  # noqa: E402
from convention_parser.structure.amendments import Grammar, extract_amendments  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.model import Paragraph, PartDraft  # noqa: E402


@pytest.fixture(scope="module")
def fam():
    return next(f for f in families(load_rules()) if f.kind == "avenant")


def _amend(fam, *texts, heading=None, number="3.5"):
    """Paragraphs ``texts`` under one own section whose heading is ``heading`` (None: no section)."""
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    sid = None
    if heading is not None:
        sid = "s1"
        draft.sections = [Section(id=sid, number=number, heading=heading, level=2, page=1, label=f"Article {number} –")]
    draft.paragraphs = [Paragraph(text=t, page=1, section=number if sid else None, section_id=sid) for t in texts]
    return draft, extract_amendments(draft, fam)


def _keys(amendments):
    return [(a.target, a.target_kind, a.action) for a in amendments]


# --------------------------------------------------------------------------
# 1. A table of an article replaced ("table_replaced", "operations_rewritten")
# --------------------------------------------------------------------------

def test_table_of_a_named_article_replaced(fam):
    _, got = _amend(fam, "Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :",
                    "Tableau des opérations cofinancées par l'ANRU (article 8.1)")
    assert _keys(got) == [("8.1", "article", "replace")]
    assert got[0].new_text == "Tableau des opérations cofinancées par l'ANRU (article 8.1)"


def test_table_replacing_the_table_of_an_article(fam):
    _, got = _amend(fam, "Le tableau ci-dessous remplace le tableau de l'article 9.2 :")
    assert _keys(got) == [("9.2", "article", "replace")]


def test_table_without_article_takes_the_heading_target(fam):
    _, got = _amend(fam, "Le tableau n° 3 « Plan de financement » est modifié comme suit :",
                    heading="Modification de l'article 9.1 « Le plan de financement »")
    assert _keys(got) == [("9.1", "article", "replace")]


def test_table_without_article_nor_heading_target_is_not_guessed(fam):
    draft, got = _amend(fam, "Le tableau n° 3 est modifié comme suit :", heading="Dispositions financières")
    assert got == []
    assert any("amendment without target" in w for w in draft.warnings)


def test_operations_presented_as_a_table_take_the_heading_target(fam):
    _, got = _amend(fam, "Les opérations « La démolition de logements locatifs sociaux » sont modifiées et "
                         "désormais présentées comme suit :",
                    heading="Modification de l'article 9.1.1.1 « Les opérations de démolition »", number="3.9")
    assert _keys(got) == [("9.1.1.1", "article", "replace")]


def _avenant_specs(body: list[dict]) -> list[dict]:
    """An avenant's opening and its article 3 with the given body specs (doc_from_lines)."""
    head = [{"text": "AVENANT N°1 À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True},
            {"text": "Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au NPNRU,",
             "gap": 12},
            {"text": "Article 1 – Objet de l'avenant", "bold": True, "gap": 12},
            {"text": "Le présent avenant modifie la convention pluriannuelle signée le 3 mars 2020.", "gap": 6},
            {"text": "Article 3 – Modifications de la convention pluriannuelle", "bold": True, "gap": 12},
            {"text": "La convention est modifiée dans les conditions ci-après :", "gap": 6}]
    return head + body


def _parsed_amendments(specs):
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "avenant"]
    assert len(parts) == 1
    return parts[0].amendments


def test_table_on_the_next_page_stays_with_its_instruction():
    body = [{"text": "Article 3.5 – Modification de l'article 8.1 « Les opérations cofinancées »", "bold": True,
             "gap": 12},
            {"text": "Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :", "gap": 6}]
    body += [{"text": f"C0688-21-00{k} Démolition de la tour {k} 1 200 000 €", "page": 2, "table_id": "t1"}
             for k in range(10, 16)]
    body += [{"text": "Tableau des opérations cofinancées par l'ANRU (article 8.1)", "page": 2, "gap": 6},
             {"text": "Article 3.6 – Modification de l'article 10 « Les modalités de versement »", "page": 2,
              "bold": True, "gap": 12},
             {"text": "Sans objet", "page": 2, "gap": 6}]
    got = _parsed_amendments(_avenant_specs(body))
    assert _keys(got) == [("8.1", "article", "replace"), ("10", "article", "unchanged")]
    assert got[0].new_text == "Tableau des opérations cofinancées par l'ANRU (article 8.1)"


# --------------------------------------------------------------------------
# 2. Renames ("article_heading_replaced", "article_rename")
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("L'intitulé de l'article 2.2 est remplacé par « Les objectifs urbains du projet ».",
     ("2.2", "Les objectifs urbains du projet")),
    ("Le titre de l'article 4 est ainsi rédigé : « La description du projet urbain ».",
     ("4", "La description du projet urbain")),
    ("Le libellé de l'article 5.1 est remplacé par l'intitulé suivant : « La diversification résidentielle ».",
     ("5.1", "La diversification résidentielle")),
    ("L’intitulé de l’article 7 est désormais rédigé comme suit : « La gouvernance ».", ("7", "La gouvernance")),
    ("L'intitulé de l'article 3 « Les facteurs clés » est remplacé par « Les facteurs de réussite ».",
     ("3", "Les facteurs de réussite")),
])
def test_heading_of_an_article_replaced(fam, text, want):
    _, got = _amend(fam, text)
    assert [(a.target, a.action, a.new_heading) for a in got] == [(want[0], "rename", want[1])]


@pytest.mark.parametrize("text, want", [
    ("L'article 2.2 renommé « Les objectifs urbains et environnementaux du projet » de la convention "
     "pluriannuelle est modifié et dorénavant rédigé comme suit :", ("2.2", "Les objectifs urbains et environnementaux du projet")),
    ("L'article 6 « Le relogement » est renommé « La stratégie de relogement ».", ("6", "La stratégie de relogement")),
    ("L'article 6 est désormais intitulé « La stratégie de relogement ».", ("6", "La stratégie de relogement")),
])
def test_article_renamed(fam, text, want):
    _, got = _amend(fam, text, "Les objectifs du projet intègrent la transition écologique.")
    assert [(a.target, a.action, a.new_heading) for a in got] == [(want[0], "rename", want[1])]


def test_article_named_with_its_old_heading_is_not_renamed(fam):
    # "intitulé « … »" after the number names the heading the article has today
    _, got = _amend(fam, "L'article 6 intitulé « Le relogement » est ainsi rédigé :", "Le relogement des ménages …")
    assert [(a.target, a.action, a.new_heading) for a in got] == [("6", "replace", None)]


# --------------------------------------------------------------------------
# 3. Annex instructions as sentences ("annexe_replaced", "annexe_repealed", "annexe_inserted",
#    "annexe_added") and instructions merged into one paragraph (amendment_units)
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("L'annexe C2 « Tableau financier des opérations programmées » est remplacée par l'annexe C2 jointe au "
     "présent avenant.", ("C2", "replace", None)),
    ("L'annexe C4 « Plan de relogement. Version 2 » est abrogée.", ("C4", "repeal", None)),
    ("Il est ajouté une annexe C3 « Fiches descriptives des opérations ».",
     ("C3", "insert", "Fiches descriptives des opérations")),
    ("Une annexe C5 « Calendrier des opérations » est ajoutée à la convention.",
     ("C5", "insert", "Calendrier des opérations")),
    ("Est ajoutée à la convention une annexe C3 « Fiches descriptives ».", ("C3", "insert", "Fiches descriptives")),
    ("Est abrogée l'annexe C4 « Plan de relogement ».", ("C4", "repeal", None)),
])
def test_annex_instruction_with_a_quoted_title(fam, text, want):
    _, got = _amend(fam, text, heading="Modification des annexes")
    assert [(a.target, a.target_kind, a.action, a.new_heading) for a in got] == [(want[0], "annexe", *want[1:])]


def test_annex_instructions_merged_into_one_paragraph(fam):
    merged = ("L'annexe C2 « Tableau financier » est remplacée par l'annexe C2 jointe au présent avenant. "
              "Il est ajouté une annexe C5 « Fiches descriptives des nouvelles opérations ». L'annexe C4 est abrogée.")
    _, got = _amend(fam, merged, heading="Modification des annexes")
    assert _keys(got) == [("C2", "annexe", "replace"), ("C5", "annexe", "insert"), ("C4", "annexe", "repeal")]


def test_one_line_instructions_set_without_spacing_are_each_read():
    # The layout gives no paragraph gap: the three lines come out of layer 1 as one paragraph.
    body = [{"text": "Article 3.7 – Modification des annexes", "bold": True, "gap": 12},
            {"text": "L'annexe C2 « Tableau financier » est remplacée par l'annexe C2 jointe.", "gap": 6},
            {"text": "Il est ajouté une annexe C5 « Fiches descriptives des nouvelles opérations »."},
            {"text": "L'annexe C4 est abrogée."},
            {"text": "Article 4 – Date d'effet", "bold": True, "gap": 12},
            {"text": "Le présent avenant prend effet à sa signature.", "gap": 6}]
    got = _parsed_amendments(_avenant_specs(body))
    assert _keys(got) == [("C2", "annexe", "replace"), ("C5", "annexe", "insert"), ("C4", "annexe", "repeal")]


def test_annex_listed_then_written_out_is_one_change(fam):
    _, got = _amend(fam, "Mise à jour de l'annexe C2 relative au tableau financier,",
                    "L'annexe C2 « Tableau financier » est remplacée par l'annexe jointe au présent avenant.")
    assert _keys(got) == [("C2", "annexe", "replace")]
    assert got[0].raw.startswith("L'annexe C2")


def test_units_cut_at_instruction_starts_only(fam):
    g = Grammar.of(fam)
    text = ("La convention mentionnée à l'article 1 est modifiée ci-après : L'article 4 est abrogé. "
            "Le programme, conformément à l'article 7 du titre III, reste inchangé.")
    units = [u.text for u in split_units([Paragraph(text=text, page=1)], g.starts())]
    assert units == ["La convention mentionnée à l'article 1 est modifiée ci-après :",
                     "L'article 4 est abrogé. Le programme, conformément à l'article 7 du titre III, reste inchangé."]


def test_an_instruction_is_not_cut_inside_its_own_sentence(fam):
    g = Grammar.of(fam)
    text = "L'article 8.1 « Les opérations » : Sans objet"
    assert [u.text for u in split_units([Paragraph(text=text, page=1)], g.starts())] == [text]


# --------------------------------------------------------------------------
# 4. "Sans objet" after an instruction is unchanged, never replace
# --------------------------------------------------------------------------

def test_sans_objet_after_a_rewrite_instruction(fam):
    _, got = _amend(fam, "L'article 7.1 « La gouvernance » est modifié et désormais rédigé comme suit :",
                    "Sans objet", "Avenant n°1 – Convention NPNRU C0390",
                    heading="Modification de l'article 7 du titre II « La gouvernance »")
    assert [(a.target, a.action, a.new_text) for a in got] == [("7.1", "unchanged", None)]


def test_sans_objet_glued_to_the_instruction_and_the_next_heading():
    # No paragraph gaps and an own heading the detector cannot see (regular type, no gap).
    body = [{"text": "Article 3.4 – Modification de l'article 7 du titre II « La gouvernance »", "bold": True,
             "gap": 12},
            {"text": "L'article 7.1 « La gouvernance » est modifié et désormais rédigé comme suit :", "gap": 6},
            {"text": "Sans objet"},
            {"text": "3.5 Modification de l'article 8.1 du titre III « Les opérations cofinancées »"},
            {"text": "L'article 8.1 est ainsi rédigé :"},
            {"text": "Les opérations cofinancées par l'ANRU sont les suivantes."},
            {"text": "Article 4 – Date d'effet", "bold": True, "gap": 12},
            {"text": "Le présent avenant prend effet à sa signature.", "gap": 6}]
    got = _parsed_amendments(_avenant_specs(body))
    assert [(a.target, a.action, a.section) for a in got] == [("7.1", "unchanged", "3.4"), ("8.1", "replace", "3.5")]
    assert got[1].new_text == "Les opérations cofinancées par l'ANRU sont les suivantes."


def test_sans_objet_under_an_own_heading_set_as_body_text(fam):
    _, got = _amend(fam, "L'article 4.1 est ainsi rédigé :", "Le programme compte 12 opérations.",
                    "3.6 Modification de l'article 10 du titre III « Les modalités de versement »", "Sans objet",
                    heading="Modification de l'article 4 du titre II « Le projet urbain »")
    assert [(a.target, a.action, a.new_text) for a in got] == [
        ("4.1", "replace", "Le programme compte 12 opérations."), ("10", "unchanged", None)]


def test_numbered_sub_heading_of_the_reprinted_target_stays_in_its_text(fam):
    _, got = _amend(fam, "L'article 13 est ainsi rédigé :", "13.1 Modifications de la convention",
                    "Toute modification fait l'objet d'un avenant.")
    assert [(a.target, a.new_text) for a in got] == [
        ("13", "13.1 Modifications de la convention\nToute modification fait l'objet d'un avenant.")]


# --------------------------------------------------------------------------
# 5. Several instructions inside one modification sub-article ("article_sans_objet")
# --------------------------------------------------------------------------

def test_instructions_nested_in_a_modification_article(fam):
    _, got = _amend(fam,
                    "L'article 8.1 « Les opérations de démolition » : Sans objet",
                    "L'article 8.2 « Les opérations de requalification » est modifié et désormais rédigé comme suit :",
                    "Les opérations de requalification portent sur 240 logements.",
                    "L'article 8.3 renommé « Les équipements publics de proximité » de la convention pluriannuelle "
                    "est modifié et dorénavant rédigé comme suit :",
                    "La reconstruction du groupe scolaire est maintenue.",
                    heading="Modification de l'article 8 du titre III « Les opérations »", number="3.8")
    assert [(a.target, a.action, a.new_heading, a.section) for a in got] == [
        ("8.1", "unchanged", None, "3.8"),
        ("8.2", "replace", None, "3.8"),
        ("8.3", "rename", "Les équipements publics de proximité", "3.8")]
    assert got[1].new_text == "Les opérations de requalification portent sur 240 logements."


@pytest.mark.parametrize("text", [
    "L'article 8.1 « Les opérations » : Sans objet",
    "L'article 8.1 de la convention pluriannuelle : sans objet.",
    "L'article 8.1 est sans objet.",
    "▪ Article 8.1 : sans objet",
])
def test_article_sans_objet(fam, text):
    _, got = _amend(fam, text)
    assert _keys(got) == [("8.1", "article", "unchanged")]


def test_own_heading_glued_to_sans_objet_is_not_an_article_sans_objet(fam):
    # "Article 3.3 – Modification de l'article 6 Sans objet": the avenant's heading, then "Sans objet"
    _, got = _amend(fam, "L'article 4.1 est ainsi rédigé :", "Le programme compte 12 opérations.",
                    "Article 3.3 – Modification de l'article 6 Sans objet")
    assert _keys(got) == [("4.1", "article", "replace"), ("6", "article", "unchanged")]


def test_nested_instructions_in_a_built_avenant():
    # "Article 3.8 – Modification de l'article 8": three instructions, the second reprinting 8.2.1.
    body = [{"text": "Article 3.8 – Modification de l'article 8 du titre III « Les opérations »", "bold": True,
             "gap": 12},
            {"text": "L'article 8.1 « Les opérations de démolition » : Sans objet", "gap": 6},
            {"text": "L'article 8.2 « Les opérations de requalification » est modifié et désormais rédigé comme "
                     "suit :", "gap": 6},
            {"text": "8.2.1 Les opérations de requalification", "bold": True, "gap": 12},
            {"text": "Les opérations de requalification portent sur 240 logements.", "gap": 6},
            {"text": "L'article 8.3 renommé « Les équipements publics » de la convention pluriannuelle est modifié "
                     "et dorénavant rédigé comme suit :", "gap": 6},
            {"text": "La reconstruction du groupe scolaire est maintenue.", "gap": 6},
            {"text": "Article 4 – Date d'effet", "bold": True, "gap": 12},
            {"text": "Le présent avenant prend effet à sa signature.", "gap": 6}]
    got = _parsed_amendments(_avenant_specs(body))
    assert [(a.target, a.action, a.new_heading, a.section) for a in got] == [
        ("8.1", "unchanged", None, "3.8"), ("8.2", "replace", None, "3.8"),
        ("8.3", "rename", "Les équipements publics", "3.8")]
    assert got[1].new_text.splitlines() == ["8.2.1 Les opérations de requalification",
                                             "Les opérations de requalification portent sur 240 logements."]
    assert got[2].new_text == "La reconstruction du groupe scolaire est maintenue."
