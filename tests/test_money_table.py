"""Bare figures of a table are euros when the table or its section says so once
(issue 12, mechanism 4: a financing table financeur × quartier printed without
"€" under "(montants en euros)"). Tables and prose built for the test."""

from __future__ import annotations

from convention_parser.facts import extract_facts
from convention_parser.records import Table
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph

RULES = load_rules()
HEADER = [["Partenaires", "Le Parc (QP001001)", "Les Prés (QP001002)", "Total"]]
ROWS = [["ANRU", "1 200 000", "3 897 800,78", "5 097 800,78"],
        ["Région", "–", "450 000", "450 000"],
        ["Total", "1 200 000", "4 347 800,78", "5 547 800,78"]]


def _amounts(paragraphs, table):
    facts = extract_facts(paragraphs, [table], RULES, use_model=False)
    return {(a.label, a.value) for a in facts.amounts if a.table == table.id}


def test_section_prose_gives_the_unit_of_an_untitled_table():
    t = Table(id="t1", title="", pages=[3], header=HEADER, rows=ROWS, n_rows=3, n_cols=4, section="9")
    unit = [Paragraph("Le plan de financement s'établit comme suit (montants en euros) :", 3, "9")]
    got = _amounts(unit, t)
    assert ("ANRU / Le Parc (QP001001)", 1200000) in got
    assert ("Région / Les Prés (QP001002)", 450000) in got
    assert ("Total / Total", 5547800.78) in got
    # The same table in a section that states no unit: bare numbers stay numbers.
    assert _amounts([Paragraph("Le plan s'établit comme suit :", 3, "9")], t) == set()
    # A unit stated in another section does not reach it.
    assert _amounts([Paragraph("Montants en euros.", 3, "8")], t) == set()


def test_financing_title_makes_money_but_not_its_count_columns():
    t = Table(id="t2", title="Plan de financement prévisionnel", pages=[3],
              header=[["Opération", "Nb logements", "Subvention"]],
              rows=[["Démolition Pasteur", "72", "2 242 000,74"]], n_rows=1, n_cols=3, section="8")
    got = _amounts([], t)
    assert ("Démolition Pasteur / Subvention", 2242000.74) in got
    assert not any(v == 72 for _, v in got)


def test_financeurs_header_is_money():
    t = Table(id="t3", title="", pages=[3], header=[["Financeurs"] + HEADER[0][1:]], rows=ROWS,
              n_rows=3, n_cols=4, section="9")
    assert ("ANRU / Le Parc (QP001001)", 1200000) in _amounts([], t)
