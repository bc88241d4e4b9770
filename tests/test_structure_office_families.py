"""Layout families of conventions typeset by other tools (generator2 layout set 2, issue 11),
one mechanism per test, on documents built for the test (no PDF):

- a table of contents (dot leaders, page numbers) leaves the body: no section twice, the
  part's kind read from its title below it (structure/contents.py);
- a bold numbered lead run into its paragraph ("2.1. La vocation du quartier. Une …"), also
  when the lead wraps, is the heading and the rest opens the paragraph (lines.py);
- a list label alone beside its text on the same baseline ("7.1." | "La gouvernance") joins it;
- headings "Article n° 4 –", "§ 4.1 –", "ART. 4." (convention.toml);
- a heading in small capitals wraps at the leading of its largest words (headings.py);
- a heading right after a paragraph's short last line with no spacing ("Sans objet");
- the top line of an unruled table region, set apart, may be a heading;
- text layer: raised note calls with no note on their page ("conventionii") leave the word;
  a descender of larger type joins its row; "1,88 million d'euros" is one amount."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines, line  # noqa: E402

from convention_parser.french.numbers import find_amounts  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.text.chars import Char  # noqa: E402
from convention_parser.text.footnotes import strip_far_calls  # noqa: E402
from convention_parser.text.model import Document, Page, Word  # noqa: E402
from convention_parser.text.words import group_rows  # noqa: E402

BODY = "La présente convention précise les engagements des parties pour la durée du projet urbain"
TITLE = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True},
         {"text": "Il est convenu entre les parties et le porteur de projet ce qui suit.", "gap": 12}]


def _parts(doc):
    return split_parts(doc, load_rules())


def _sections(doc):
    return [(s.number, s.heading.rstrip(".").strip()) for p in _parts(doc) for s in p.sections if s.number]


def _body(n=4):
    return [{"text": BODY + "."}] + [{"text": BODY}] * (n - 1)


def test_table_of_contents_is_no_section_and_no_title():
    toc = [{"text": "SOMMAIRE", "bold": True},
           {"text": "ARTICLE 1 : Les éléments de contexte ........................ 4", "gap": 6},
           {"text": "ARTICLE 2 : Les objectifs poursuivis par le projet de renouvellement"},
           {"text": "urbain ........................................ 5"},
           {"text": "ARTICLE 3 : La durée de la convention ........................ 9"}]
    heads = [("1", "Les éléments de contexte"), ("2", "Les objectifs poursuivis par le projet"),
             ("3", "La durée de la convention")]
    specs = toc + [dict(TITLE[0], page=2), dict(TITLE[1], page=2)]
    for n, t in heads:
        specs += [{"text": f"ARTICLE {n} : {t}", "bold": True, "size": 12, "gap": 12, "page": 2}]
        specs += [dict(s, page=2) for s in _body()]
    parts = _parts(doc_from_lines(specs))
    assert [p.kind for p in parts] == ["convention"]
    assert _sections(doc_from_lines(specs)) == heads


def test_one_leader_line_is_no_table_of_contents():
    # a lone dotted line in a form is no table of contents: the line stays in the body
    specs = TITLE + [{"text": "Article 1 – Objet", "bold": True, "gap": 12},
                     {"text": "Montant demandé ...................... 12"}] + _body()
    doc = doc_from_lines(specs)
    assert any("Montant demandé" in p.text for part in _parts(doc) for p in part.paragraphs)


def _run_in(lead: str, rest: str, **kw):
    ln = line(lead + " " + rest, **kw)
    n = len(lead.split())
    for i, w in enumerate(ln.words):
        w.bold = i < n
    return ln


def _with_lines(specs, extra: dict[int, object]):
    """doc_from_lines, then the lines at the given positions replaced (same place)."""
    doc = doc_from_lines(specs)
    lines = doc.pages[0].lines
    for i, ln in extra.items():
        old = lines[i]
        for w in ln.words:
            w.top, w.bottom = old.words[0].top, old.words[0].bottom
        lines[i] = ln
    return doc


def test_run_in_lead_is_the_heading_and_the_rest_the_paragraph():
    specs = TITLE + [{"text": "Article 2 – Les objectifs", "bold": True, "size": 12, "gap": 12},
                     {"text": "x"}, {"text": BODY + "."}, {"text": "x"}, {"text": BODY + "."}]
    doc = _with_lines(specs, {
        3: _run_in("2.1. La vocation du quartier.", "Une attention particulière est portée au quartier"),
        5: line("2.2. Les objectifs urbains du", bold=True),
    })
    # 2.2's lead wraps: the bold words opening the next line close it
    doc.pages[0].lines[6] = _run_in("projet.", "Le diagnostic partagé a mis en évidence la dégradation")
    for w in doc.pages[0].lines[6].words:
        w.top, w.bottom = doc.pages[0].lines[5].words[0].top + 12, doc.pages[0].lines[5].words[0].bottom + 12
    secs = _sections(doc)
    assert ("2.1", "La vocation du quartier") in secs
    assert ("2.2", "Les objectifs urbains du projet") in secs
    texts = [p.text for part in _parts(doc) for p in part.paragraphs]
    assert any(t.startswith("Une attention particulière") for t in texts)


def test_list_label_beside_its_text_joins_it():
    specs = TITLE + [{"text": "Article 7 – La gouvernance et la conduite du projet", "bold": True, "size": 12,
                      "gap": 12}] + _body() + [{"text": "x", "gap": 12}] + _body()
    doc = doc_from_lines(specs)
    lines = doc.pages[0].lines
    top = lines[7].top
    label = line("7.1.", top=top, x0=50.0)
    title = line("La gouvernance", top=top, x0=120.0, bold=True, size=11)
    lines[7:8] = [label, title]
    assert ("7.1", "La gouvernance") in _sections(doc)


def test_heading_forms_of_other_tools():
    specs = list(TITLE)
    for text in ("Article n° 4 – La description du projet urbain", "§ 4.1 – La synthèse du programme",
                 "ART. 5. LA STRATÉGIE DE DIVERSIFICATION"):
        specs += [{"text": text, "bold": True, "gap": 12}] + _body()
    assert _sections(doc_from_lines(specs)) == [("4", "La description du projet urbain"),
                                                  ("4.1", "La synthèse du programme"),
                                                  ("5", "LA STRATÉGIE DE DIVERSIFICATION")]


def test_small_capitals_heading_wraps_at_its_own_leading():
    specs = TITLE + [{"text": "ARTICLE 2 – LES OBJECTIFS POURSUIVIS PAR LE PROJET DE", "bold": True,
                      "size": 9.6, "gap": 14},
                     {"text": "RENOUVELLEMENT URBAIN", "bold": True, "size": 9.6, "gap": 4.5}] + _body()
    doc = doc_from_lines(specs)
    head = doc.pages[0].lines[2]
    for w in head.words[1:3]:          # "2" and "–": capitals and figures print at full size
        w.size = 12.0
    assert ("2", "LES OBJECTIFS POURSUIVIS PAR LE PROJET DE RENOUVELLEMENT URBAIN") in _sections(doc)


def test_heading_after_a_short_last_line_without_spacing():
    specs = TITLE + [{"text": "Article 3 – Modifications", "bold": True, "size": 12, "gap": 12},
                     {"text": "3.1. Modification de l'article 2 « Les objectifs ».", "bold": True},
                     {"text": "Sans objet"},
                     {"text": "3.2. Modification de l'article 3 « Les facteurs clés ».", "bold": True},
                     {"text": "Sans objet"}] + _body()
    secs = _sections(doc_from_lines(specs))
    assert ("3.2", "Modification de l'article 3 « Les facteurs clés »") in secs


def test_top_line_of_an_unruled_region_may_be_a_heading():
    specs = TITLE + [{"text": "Article 4 – La description du projet urbain", "bold": True, "size": 12,
                      "gap": 12}] + _body() + [
        {"text": "4.1. La synthèse du programme urbain", "bold": True, "gap": 12, "table_id": "t1"},
        {"text": "En déclinaison de la stratégie urbaine visée par le projet, le programme d'intervention est "
                 "synthétisé comme suit", "table_id": "t1"},
        {"text": "Intervention\tLogements\tMontant", "table_id": "t1"},
        {"text": "Démolition\t120\t1 000 000 €", "table_id": "t1"}] + _body()
    assert ("4.1", "La synthèse du programme urbain") in _sections(doc_from_lines(specs))
    # a regular first line of a region stays in the table, and so does a bold one over short cells
    regular = specs[:7] + [dict(specs[7], bold=False)] + specs[8:]
    assert ("4.1", "La synthèse du programme urbain") not in _sections(doc_from_lines(regular))
    cells = specs[:8] + specs[9:]
    assert ("4.1", "La synthèse du programme urbain") not in _sections(doc_from_lines(cells))


def test_far_note_calls_leave_the_word():
    words = [Word("conventionii", 0, 0, 50, 10, size=10, superscript="ii"),
             Word("120", 60, 0, 75, 10, size=10), Word("m2", 80, 0, 90, 10, size=10, superscript="2"),
             Word("1er", 95, 0, 105, 10, size=10, superscript="er")]
    page = Page(number=1, width=595, height=842, lines=[line("x")])
    page.lines[0].words = words
    strip_far_calls(page)
    assert [w.text for w in words] == ["convention", "120", "m2", "1er"]
    assert words[0].footnote == "ii"


def test_descender_of_larger_type_joins_its_row():
    label = [Char(c, 10 + 6 * i, 202, 15 + 6 * i, 209, 209.0, 10.0, False, False, "R") for i, c in enumerate("Art 7")]
    title = [Char(c, 60 + 8 * i, 200, 67 + 8 * i, 209 + (2.8 if c in "gpj" else 0), 209.0 + (2.8 if c in "gpj" else 0),
                  13.0, True, False, "B") for i, c in enumerate("La gouvernance")]
    rows = group_rows(label + title)
    assert len(rows) == 1


def test_million_words_are_the_unit_of_their_figure():
    assert [a.value for a in find_amounts("soit 1,88 million d'euros au total")] == [1_880_000.0]
    assert [a.value for a in find_amounts("un million d'euros")] == [1_000_000.0]


def test_first_name_after_the_surname_on_the_next_line():
    from convention_parser.facts.entities import rule_entities
    from convention_parser.facts.lexicon import lexicon
    lx = lexicon(load_rules())
    people = lambda t: [f.text for f in rule_entities(t, lx) if f.label == "PER"]  # noqa: E731
    assert people("le Président, Mme DE LA TOUR\nMaëlle") == ["DE LA TOUR Maëlle"]
    assert people("le Maire, M. DUPONT\nMaire, a signé") == ["DUPONT"]
