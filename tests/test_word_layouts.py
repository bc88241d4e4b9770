"""What Word-like re-typesetting does to headings and names (issue 11), on a
document built for the test and converted by LibreOffice: a dot leader between a
heading's number and its title, headings run into their first paragraph after a
dash or in Roman numerals, names of bodies and people in small capitals, a QPV
code printed with spaces. The names are no seed's: the mechanisms must hold for
any agglomeration."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

from convention_parser.facts.entities import rule_entities  # noqa: E402
from convention_parser.facts.lexicon import lexicon  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402

BODY = ("Les parties conviennent des engagements décrits ci-après pour la durée du projet de "
        "renouvellement urbain du quartier et de ses abords immédiats.")


def _docx(path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_TAB_LEADER
    from docx.shared import Cm

    doc = Document()
    doc.add_paragraph("AVENANT N° 2 À LA CONVENTION PLURIANNUELLE").runs[0].bold = True
    doc.add_paragraph(BODY)
    # "I ........ CONTEXTE": a tab stop filled with dots between the number and the title
    p = doc.add_paragraph()
    p.add_run("I\tCONTEXTE ET ENJEUX").bold = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), leader=WD_TAB_LEADER.DOTS)
    p = doc.add_paragraph()
    p.add_run("Le projet concerne ")
    r = p.add_run("Trois Vallées Habitat")
    r.font.small_caps = True
    p.add_run(" et ")
    r = p.add_run("la Communauté urbaine de Dunkerque")
    r.font.small_caps = True
    p.add_run(" sur le quartier des Glacis (QP 059 012). Le suivi est confié à ")
    r = p.add_run("Jeanne Martin")
    r.font.small_caps = True
    p.add_run(", Vice-Présidente en charge de la politique de la ville.")
    doc.add_paragraph(BODY)
    # "II – LES ENGAGEMENTS : Les parties …": a Roman-numbered heading run into its paragraph
    p = doc.add_paragraph()
    p.add_run("II – LES ENGAGEMENTS DES PARTIES :").bold = True
    p.add_run(" Les parties s'engagent à mettre en œuvre le programme dans les délais prévus.")
    doc.add_paragraph(BODY)
    # "Article 3 – Objet – Le présent …": a heading run in after a dash
    p = doc.add_paragraph()
    p.add_run("Article 3 – Objet de l'avenant –").bold = True
    p.add_run(" Le présent avenant modifie le calendrier des opérations du quartier.")
    doc.add_paragraph(BODY)
    # "Article 4 –" bold alone before a regular title: a heading, never run in
    p = doc.add_paragraph()
    p.add_run("Article 4 –").bold = True
    p.add_run(" Durée de la convention")
    doc.add_paragraph(BODY)
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    if office.soffice() is None:
        pytest.skip("LibreOffice not installed")
    from convention_parser.pipeline import parse_pdf

    tmp = tmp_path_factory.mktemp("word_layouts")
    (pdf,) = office.docx_to_pdf([_docx(tmp / "word.docx")], tmp)
    return parse_pdf(str(pdf))


def _sections(result):
    return {(s.number, " ".join(s.heading.split())) for p in result.parts for s in p.sections}


def test_dot_leader_between_number_and_title(parsed):
    assert ("I", "CONTEXTE ET ENJEUX") in _sections(parsed)


def test_headings_run_into_their_paragraph(parsed):
    secs = _sections(parsed)
    assert ("II", "LES ENGAGEMENTS DES PARTIES :") in secs or ("II", "LES ENGAGEMENTS DES PARTIES") in secs
    assert ("3", "Objet de l'avenant") in secs
    assert ("4", "Durée de la convention") in secs


def test_names_in_small_capitals_and_a_spaced_qpv_code(parsed):
    ents = {(e.label, (e.normalized or e.text).lower()) for p in parsed.parts for e in p.entities}
    assert ("ORG", "trois vallées habitat") in ents
    assert ("ORG", "communauté urbaine de dunkerque") in ents
    assert ("PER", "jeanne martin") in ents
    assert ("QPV", "qp059012") in ents


@pytest.mark.parametrize("text, want", [
    # bodies named in capitals by their shape (brand words, legal forms, connectors)
    ("Les bailleurs LOGIS TERNOIS et MAISONS DE VAUBAN interviennent.",
     {("ORG", "LOGIS TERNOIS"), ("ORG", "MAISONS DE VAUBAN")}),
    ("La SA D'HLM MARELLE porte la démolition.", {("ORG", "MARELLE")}),
    # a person in capitals before a function; a body before one is no person
    ("Le projet est rattaché à JEANNE MARTIN, 3e Vice-Présidente.", {("PER", "JEANNE MARTIN")}),
    ("Pour ARCADES LOGEMENT, Directrice générale", {("ORG", "ARCADES LOGEMENT")}),
    ("Madame Anne de LA TOUR, Maire", {("PER", "Anne de LA TOUR")}),
    ("le quartier QP 059 012 et QN 062 02M", {("QPV", "QP 059 012"), ("QPV", "QN 062 02M")}),
    # a signature grid read as one line: the body stops before "Le Président", the person
    # right after the function is named
    ("Fait à Valcourt Pour la Communauté de communes d'Aubrac-Margeride Le Président Frédéric GALLOIS, "
     "Pour OPH Aubrac-Margeride La Directrice Anne DELORME",
     {("ORG", "Communauté de communes d'Aubrac-Margeride"), ("PER", "Frédéric GALLOIS"),
      ("ORG", "OPH Aubrac-Margeride"), ("PER", "Anne DELORME")}),
    # a one-word alias of the field's list printed in capitals ("l'Anah" in small capitals)
    ("les opérations financées par l’ANAH", {("ORG", "ANAH")}),
])
def test_rule_entities_in_capitals(text, want):
    got = {(f.label, f.text) for f in rule_entities(text, lexicon(load_rules()))}
    assert want <= got
    assert not any(label == "PER" and t.split()[0] in ("Pour", "ARCADES") for label, t in got)


def test_a_line_holding_a_name_in_small_capitals_stays_in_its_paragraph():
    """A document built line by line (no PDF): the name in small capitals prints at 8.4 pt in a
    10.5 pt paragraph, alone on its line but for a colon; the line is no new paragraph, and a
    heading all in small capitals (its figures at full size) keeps its own size."""
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))
    from build import doc_from_lines

    from convention_parser.structure import split_parts
    from convention_parser.structure.lines import body_size

    body = "Les parties conviennent des engagements pour la durée du projet de renouvellement urbain"
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True},
             {"text": "Article 1 – Les opérations", "bold": True, "size": 10.5, "gap": 12}]
    specs += [{"text": body, "size": 10.5}] * 3
    specs += [{"text": "Requalification de 190 logements locatifs sociaux propriété de", "size": 10.5},
              {"text": "TROIS VALLÉES HABITAT :", "size": 10.5},
              {"text": "Immeubles Glycines (30 logements) et Cyclamens (20 logements).", "size": 10.5}]
    specs += [{"text": body, "size": 10.5, "gap": 8}] * 3
    doc = doc_from_lines(specs)
    name_line = next(ln for ln in doc.pages[0].lines if ln.text.startswith("TROIS"))
    for w in name_line.words[:3]:
        w.size = 8.4                    # the small capitals; the colon keeps the body size
    paras = [p.text for part in split_parts(doc, load_rules()) for p in part.paragraphs]
    assert any(t.endswith("propriété de TROIS VALLÉES HABITAT :") for t in paras)

    head = doc_from_lines([{"text": "ARTICLE 2 – LES OBJECTIFS", "size": 9.6, "bold": True}]).pages[0].lines[0]
    for w in head.words[1:3]:
        w.size = 12.0
    assert body_size(head) == head.size
