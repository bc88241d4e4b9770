"""Numbered headings set with a tab after their label, as office software prints
them (structure/heading_runs.py): a run of them read as an unruled table goes
back to the text; a data table keeps its lines. Built documents (fixtures/structure)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.french.text import fold  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.records import Table  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.structure.heading_runs import release_heading_runs  # noqa: E402
from convention_parser.tables.finder import LocatedTable  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "structure"
BODY = "La présente convention précise les engagements des parties pour la durée du projet urbain."


def _doc(run: list[dict]):
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True}]
    specs += [{"text": BODY, "gap": 12}] + [{"text": BODY}] * 6
    specs += [dict(s, table_id="t1") for s in run]
    specs += [{"text": BODY, "gap": 6}] + [{"text": BODY}] * 6
    return doc_from_lines(specs)


def _located(rows: int) -> list[LocatedTable]:
    table = Table(id="t1", title="", pages=[1], header=[], rows=[["", ""]] * rows, n_rows=rows, n_cols=2)
    return [LocatedTable(table=table, top=0.0, bboxes={})]


def _sections(doc, located):
    rules = load_rules()
    located = release_heading_runs(doc, rules, located)
    secs = [(s.number, s.heading) for part in split_parts(doc, rules, located) for s in part.sections]
    return secs, located


RUN = [{"text": "TITRE IV\tLES ENGAGEMENTS DES PARTIES PRENANTES", "bold": True, "size": 12, "gap": 14},
       {"text": "ARTICLE 12\tLES ENGAGEMENTS DES PARTIES", "bold": True, "size": 11, "gap": 8},
       {"text": "ARTICLE 12.1\tLES ENGAGEMENTS DU PORTEUR DE PROJET", "bold": True, "gap": 8}]


def test_run_of_tabbed_headings_read_as_a_table_goes_back_to_the_text():
    secs, located = _sections(_doc(RUN), _located(3))
    assert located == []
    assert ("IV", "LES ENGAGEMENTS DES PARTIES PRENANTES") in secs
    assert ("12", "LES ENGAGEMENTS DES PARTIES") in secs
    assert ("12.1", "LES ENGAGEMENTS DU PORTEUR DE PROJET") in secs


def test_wrapped_title_in_the_title_column_stays_in_the_run():
    run = [{"text": "Art. 14\tLes modifications du projet", "bold": True, "gap": 14},
           {"text": "Art. 14-1\tAvenant à la convention pluriannuelle et les conditions de sa", "bold": True, "gap": 8},
           {"text": "\tsignature par les parties", "bold": True, "x0": 96.0}]   # under the title above
    secs, located = _sections(_doc(run), _located(3))
    assert located == []
    assert ("14.1", "Avenant à la convention pluriannuelle et les conditions de sa signature par les parties") in secs


def test_table_with_a_body_in_regular_type_stays_a_table():
    # A bold header over regular rows: a table, even when its first row reads like a heading.
    run = [{"text": "Article 12\tLes engagements", "bold": True, "gap": 14},
           {"text": "Démolition\t1 200 000 €"}, {"text": "Réhabilitation\t800 000 €"}]
    secs, located = _sections(_doc(run), _located(3))
    assert [lt.table.id for lt in located] == ["t1"]
    assert not any(n == "12" for n, _ in secs)


def test_bold_rows_that_no_numbering_opens_stay_a_table():
    run = [{"text": "Démolition\tLES TOURS DU PARC", "bold": True, "gap": 14},
           {"text": "Réhabilitation\tLA RÉSIDENCE PASTEUR", "bold": True}]
    _, located = _sections(_doc(run), _located(2))
    assert [lt.table.id for lt in located] == ["t1"]


def test_heading_forms_typeset_by_libreoffice():
    # Tab or spaces after the label, capitals, small capitals, a wrapped title, Word list
    # numbering, a heading in a one-cell table and in a bordered paragraph, Roman titres,
    # runs of headings lined up at tab stops (fixtures/structure/office_headings.py).
    gold = json.loads((FIXTURES / "office_headings.json").read_text(encoding="utf-8"))
    result = parse_pdf(FIXTURES / "office_headings.pdf")
    found = {(s.number, fold(s.heading)) for part in result.parts for s in part.sections}
    missing = [g for g in gold if (g[0], fold(g[1])) not in found]
    assert not missing
    assert len(found) == len(gold)


def test_number_run_into_the_title_by_a_tight_tab():
    # The tab after each label stops 0.8 pt after it: the text layer reads "Titre IILES …",
    # "Art. 13-1Le …" (fixtures/structure/office_headings.py, build_tight).
    gold = json.loads((FIXTURES / "office_headings_tight.json").read_text(encoding="utf-8"))
    result = parse_pdf(FIXTURES / "office_headings_tight.pdf")
    found = [(s.number, s.heading) for part in result.parts for s in part.sections]
    assert found == [tuple(g) for g in gold]
