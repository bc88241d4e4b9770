"""Heading grammar on layouts office software produces (Word, LibreOffice): one
test per rule, each on a document built for it (fixtures/structure/build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402

BODY = "La présente convention précise les engagements des parties pour la durée du projet urbain."


def _sections(heading_specs: list[dict], body_gap: float = 0.0):
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True}]
    specs += [{"text": BODY, "gap": 12}] + [{"text": BODY, "gap": body_gap}] * 6
    specs += heading_specs
    specs += [{"text": BODY, "gap": 6}] + [{"text": BODY, "gap": body_gap}] * 6
    return [(s.number, s.heading) for part in split_parts(doc_from_lines(specs), load_rules())
            for s in part.sections]


def test_roman_numeral_and_title_apart_by_a_tab():
    secs = _sections([{"text": "I\tCONTEXTE DU PROJET", "bold": True, "gap": 12}])
    assert ("I", "CONTEXTE DU PROJET") in secs


def test_roman_numeral_with_a_plain_space_is_not_a_heading():
    # "I CONTEXTE" with a word space only: no punctuation and no tab, no heading.
    secs = _sections([{"text": "I CONTEXTE DU PROJET", "bold": True, "gap": 12}])
    assert not any(n == "I" for n, _ in secs)


def test_larger_heading_wraps_at_its_own_leading():
    # Body at 10 pt stepping 14 pt (loose leading, as LibreOffice sets Carlito); a 14 pt
    # heading wraps with a 21.6 pt step: its second line is part of it, not a new paragraph.
    heading = [{"text": "ARTICLE 3 : LES FACTEURS CLÉS DE RÉUSSITE ET LES OBJECTIFS D’EXCELLENCE DU",
                "size": 14, "bold": True, "gap": 14},
               {"text": "PROJET", "size": 14, "bold": True, "gap": 9.6}]
    secs = _sections(heading, body_gap=2)
    assert ("3", "LES FACTEURS CLÉS DE RÉUSSITE ET LES OBJECTIFS D’EXCELLENCE DU PROJET") in secs


def test_long_bold_heading_line_is_a_heading():
    # A small font on a wide page: a bold heading line longer than 160 characters.
    text = ("3.9.1.2 : Modification de l’article 9.1.2 « Les conditions de modulation des aides accordées "
            "au projet de renouvellement urbain au regard des objectifs d’excellence »")
    assert len(text) > 160
    secs = _sections([{"text": text, "bold": True, "gap": 12}])
    assert any(n == "3.9.1.2" for n, _ in secs)
    # The same words in regular type are a paragraph that opens with a number.
    plain = _sections([{"text": text, "gap": 0}])
    assert not any(n == "3.9.1.2" for n, _ in plain)


def test_bare_number_with_an_editorial_aside():
    secs = _sections([{"text": "4.1.2 [le cas échéant] Modification de l’article 9.1.2", "bold": True, "gap": 12}])
    assert ("4.1.2", "[le cas échéant] Modification de l’article 9.1.2") in secs


def test_wrapped_heading_whose_next_line_starts_with_the_label_number():
    # "… du titre" / "I – « Les quartiers » …": the second line is the heading's end,
    # not a Roman-numbered heading of its own.
    heading = [{"text": "3.1. Modification du préambule de la convention pluriannuelle, du titre",
                "size": 13, "bold": True, "gap": 14},
               {"text": "I – « Les quartiers » et de l’article 1 du titre II", "size": 13, "bold": True}]
    secs = _sections(heading)
    assert ("3.1", "Modification du préambule de la convention pluriannuelle, du titre "
                   "I – « Les quartiers » et de l’article 1 du titre II") in secs
    assert not any(n == "I" for n, _ in secs)


def test_wrapped_heading_ending_mid_phrase_before_a_label():
    heading = [{"text": "ARTICLE 3.1 MODIFICATION DU PRÉAMBULE, DU TITRE I ET DE L’ARTICLE 1 DU",
                "size": 12, "bold": True, "gap": 14},
               {"text": "TITRE II – « LES ÉLÉMENTS DE CONTEXTE »", "size": 12, "bold": True}]
    secs = _sections(heading)
    assert ("3.1", "MODIFICATION DU PRÉAMBULE, DU TITRE I ET DE L’ARTICLE 1 DU "
                   "TITRE II – « LES ÉLÉMENTS DE CONTEXTE »") in secs
    assert not any(n == "II" for n, _ in secs)


def test_annex_under_its_code_alone():
    # Annex parts headed by their code, no "Annexe" word: "A8 Plan guide …", "C2 – Tableau …".
    secs = _sections([{"text": "A8 Plan guide du projet urbain", "bold": True, "gap": 12},
                      {"text": BODY, "gap": 6},
                      {"text": "C2 – Tableau financier des opérations programmées", "bold": True, "gap": 12}])
    assert ("A8", "Plan guide du projet urbain") in secs
    assert ("C2", "Tableau financier des opérations programmées") in secs


def test_annex_code_in_running_text_is_not_a_heading():
    # The same code opening a regular line of a paragraph is no heading (the pattern is weak).
    secs = _sections([{"text": "C2 Tableau financier joint en annexe, signé par les parties.", "gap": 0}])
    assert not any(n == "C2" for n, _ in secs)


def _region(heading: dict, rows: list[str]) -> list[dict]:
    """A heading and lines the table stage put in one unruled table region (t1)."""
    return [{**heading, "table_id": "t1"}] + [{"text": r, "table_id": "t1"} for r in rows]


PROSE_ROWS = ["La gestion urbaine de proximité fait l'objet d'une",
              "convention spécifique entre la commune et les",
              "bailleurs, précisant les engagements de chacun",
              "pendant toute la durée des travaux prévus."]


def test_heading_of_a_section_set_in_two_columns():
    # Two columns of prose read as an unruled two-column table: its bold numbered
    # heading, wrapped over two lines, is still a heading.
    heading = _region({"text": "Article 7 – Les éléments de", "bold": True, "gap": 12},
                      [])
    heading.append({"text": "contexte", "bold": True, "table_id": "t1"})
    heading += [{"text": r, "table_id": "t1"} for r in PROSE_ROWS]
    secs = _sections(heading)
    assert ("7", "Les éléments de contexte") in secs


def test_bold_numbered_row_of_a_real_table_is_not_a_heading():
    # A table of short cells (labels, figures): its bold "7.1 Démolition" row stays a row.
    rows = _region({"text": "7.1 Démolition", "bold": True, "gap": 12},
                   ["120 logements", "1 200 000 €", "2025", "Habitat 62"])
    secs = _sections(rows)
    assert not any(n == "7.1" for n, _ in secs)


def _levels(heading_specs: list[dict], doc_hook=None):
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True}]
    specs += [{"text": BODY, "gap": 12}] + [{"text": BODY}] * 6
    for h in heading_specs:
        specs += [{"bold": True, "gap": 12, **h}, {"text": BODY, "gap": 6}, {"text": BODY}]
    doc = doc_from_lines(specs)
    if doc_hook:
        doc_hook(doc)
    return [(s.number, s.heading, s.level) for part in split_parts(doc, load_rules()) for s in part.sections]


def test_chapitre_nests_between_titre_and_article():
    secs = _levels([{"text": "TITRE I – LES QUARTIERS"}, {"text": "CHAPITRE II – LE PROJET URBAIN"},
                    {"text": "Article 1 – Les éléments de contexte"}, {"text": "Article 1.1 – Le diagnostic"}])
    assert [(n, lvl) for n, _, lvl in secs] == [("I", 1), ("II", 2), ("1", 3), ("1.1", 4)]


def test_chapitre_without_titre_is_the_top_level():
    secs = _levels([{"text": "Chapitre 3 : Les concours financiers"}, {"text": "Article 9 – Le plan de financement"},
                    {"text": "9.1 Les financements de l’ANRU"}])
    assert secs == [("3", "Les concours financiers", 1), ("9", "Le plan de financement", 2),
                    ("9.1", "Les financements de l’ANRU", 3)]


def test_dotted_annex_number_adds_depth():
    # Depth comes from the number's dots for every kind, not for articles only.
    secs = _levels([{"text": "Annexe A – Plans et cartes"}, {"text": "Annexe A.1 – Plan de situation"}])
    assert [(n, lvl) for n, _, lvl in secs] == [("A", 1), ("A.1", 2)]


def test_heading_read_together_with_the_other_columns_first_line():
    # A bold heading opening a two-column section, read on one row with the right
    # column's first (regular) line across the gutter: the heading is the bold words.
    def right_column_regular(doc):
        for ln in doc.pages[0].lines:
            if ln.text.startswith("Art. 1."):
                gutter = max(range(1, len(ln.words)), key=lambda i: ln.words[i].x0 - ln.words[i - 1].x1)
                for w in ln.words[gutter:]:
                    w.bold = False
    text = "Art. 1. Les éléments de contexte\tvacance organisée et à permettre le relogement des ménages"
    secs = _levels([{"text": text}], right_column_regular)
    assert [(n, h) for n, h, _ in secs] == [("1", "Les éléments de contexte")]


def _tight_subheading(cell):
    """"Article 2 : …", a paragraph ending on a short line, then "2.1 …" in bold printed
    right under it (no space above), in a shaded box of its own when ``cell`` is given."""
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True},
             {"text": BODY, "gap": 12}, {"text": BODY},
             {"text": "Article 2 : Les objectifs poursuivis par le projet", "bold": True, "gap": 12},
             {"text": BODY, "gap": 6}, {"text": BODY}, {"text": "en présence du délégué territorial."},
             {"text": "2.1 La vocation des quartiers et les orientations du projet", "bold": True,
              "cell": cell},
             {"text": BODY, "gap": 6}, {"text": BODY}]
    return [(s.number, s.heading) for part in split_parts(doc_from_lines(specs), load_rules())
            for s in part.sections]


def test_bold_numbered_line_boxed_alone_under_a_paragraph_is_a_heading():
    # The word processor's shaded or framed heading paragraph, set with no space above: its
    # box sets it apart from the paragraph as a space would.
    secs = _tight_subheading(cell=(0, 0))
    assert ("2.1", "La vocation des quartiers et les orientations du projet") in secs
    assert ("2", "Les objectifs poursuivis par le projet") in secs


def test_bold_numbered_line_run_on_under_a_paragraph_without_a_box_stays_text():
    # The same line neither boxed nor spaced: too little evidence for a bare number.
    secs = _tight_subheading(cell=None)
    assert not any(n == "2.1" for n, _ in secs)
