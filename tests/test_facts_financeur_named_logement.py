"""A financing table of bare figures, quartiers as rows and financeurs as columns under a
header that states the unit once ("Quartier (en € HT)", layout set 4): a financeur whose name
holds the word "Logement" (Action Logement) is money like the others; a column of housing
counts ("Logements", "Nb de logements") stays no money. Table records built for the test;
the diff of two versions tells the financeur's changed cell."""

from convention_parser.diff import diff_results
from convention_parser.facts import extract_facts
from convention_parser.records import Part, ParseResult, Section, Source, Table
from convention_parser.rules import load_rules

HEADER = [["Quartier (en € HT)", "ANRU", "Action Logement", "Département", "Total"]]


def _table(rows) -> Table:
    return Table(id="t3", title="Plan de financement prévisionnel par financeur et par quartier", pages=[9],
                 header=HEADER, rows=rows, n_rows=len(rows), n_cols=5, section="9")


OLD = [["La Côte Rouge (QP057029)", "10 048 100,39", "1 400 000,83", "600 000,13", "12 048 201,35"],
       ["Le Bois Joli (QP057044)", "9 397 001,60", "5 578 800,91", "–", "14 975 802,51"],
       ["Total", "19 445 101,99", "6 978 801,74", "600 000,13", "27 024 003,86"]]
NEW = [["La Côte Rouge (QP057029)", "10 048 100,39", "1 550 000,83", "600 000,13", "12 198 201,35"],
       ["Le Bois Joli (QP057044)", "9 397 001,60", "5 578 800,91", "–", "14 975 802,51"],
       ["Total", "19 445 101,99", "7 128 801,74", "600 000,13", "27 174 003,86"]]


def _amounts(table: Table) -> dict[str, float]:
    return {a.label: a.value for a in extract_facts([], [table], load_rules(), use_model=False).amounts}


def test_a_financeur_named_logement_is_money():
    got = _amounts(_table(OLD))
    assert got["La Côte Rouge (QP057029) / Action Logement"] == 1400000.83
    assert got["Total / Action Logement"] == 6978801.74
    assert got["La Côte Rouge (QP057029) / ANRU"] == 10048100.39


def test_a_column_of_housing_counts_stays_no_money():
    header = [["Quartier (en € HT)", "Logements", "Nb de logements", "ANRU"]]
    t = Table(id="t1", title="Plan de financement", pages=[9], header=header,
              rows=[["La Côte Rouge (QP057029)", "171", "38", "1 880 000"]], n_rows=1, n_cols=4, section="9")
    got = _amounts(t)
    assert set(got) == {"La Côte Rouge (QP057029) / ANRU"}


def _result(rows, name: str) -> ParseResult:
    sections = [Section("s1", "9", "Le plan de financement des opérations programmées", 1, 9, None,
                        "Le plan de financement prévisionnel s'établit comme suit :")]
    part = Part(kind="convention", pages=[1, 9], title="Convention pluriannuelle", sections=sections,
                tables=[_table(rows)])
    facts = extract_facts([], part.tables, load_rules(), use_model=False)
    part.amounts = facts.amounts
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 9), [part])


def test_the_financeur_cell_changed_is_told():
    changes = {c.target: (c.before, c.after) for c in diff_results(_result(OLD, "old"), _result(NEW, "new")).changes
               if c.type == "amount_changed"}
    assert changes["La Côte Rouge (QP057029) / Action Logement"] == (1400000.83, 1550000.83)
    assert changes["Total / Action Logement"] == (6978801.74, 7128801.74)
