"""Real council minutes are paragraphs, not tables: hand gold, page by page.

Decided by looking at each page (2026-12, tables helper):

- Montpellier, 2011-05-09 (9 pages): every agenda item is a paragraph with
  the rapporteur's name and the item number hanging in the left margin, the
  vote below it ("Pour : 57 / Adopté à l'unanimité"), section headings between.
  No table on any page.
- Pierrefonds, 2025-11-20 (20 pages): page 1-2 hold the agenda as a numbered
  list ("I. Affaires générales - ..."): no table. Ruled tables on pages 5
  (budget decision), 7 (tariffs), 8 (tariffs: several boxes), 9-10 (special
  leave), 13 (insurance rates). The rest is prose.
- Corte, procès-verbal 2023-02-13 and 2024-07-01, convocation 2023-10-30:
  prose and lettered lists ("a) ..."), no table. Procès-verbal 2024-03-25:
  one unruled table on page 1 (mission / cost HT); justified prose elsewhere.
"""

from __future__ import annotations

import pytest
from conftest import SHARED_REAL

from convention_parser.tables import find_tables
from convention_parser.text import read_document

pytestmark = pytest.mark.skipif(not SHARED_REAL.exists(), reason="real PDFs not available")


def _table_pages(name: str) -> set[int]:
    path = str(SHARED_REAL / name)
    return {p for t in find_tables(path, read_document(path)) for p in t.pages}


def test_montpellier_agenda_items_are_no_tables():
    assert _table_pages("minutes-cm-montpellier-2011-05-09.pdf") == set()


def test_pierrefonds_tables_only_where_ruled_tables_are():
    assert _table_pages("minutes-cm-pierrefonds-2025-11-20.pdf") == {5, 7, 8, 9, 10, 13}


@pytest.mark.parametrize("name", ["mairie-corte_proces-verbal_2023-02-13_downloads-1598.pdf",
                                  "mairie-corte_proces-verbal_2024-07-01_downloads-1752.pdf",
                                  "mairie-corte_convocation-odj_2023-10-30_downloads-1592.pdf"])
def test_corte_prose_and_lettered_lists_are_no_tables(name):
    assert _table_pages(name) == set()


def test_corte_justified_prose_is_no_table():
    path = str(SHARED_REAL / "mairie-corte_proces-verbal_2024-03-25_downloads-1715.pdf")
    tables = find_tables(path, read_document(path))
    assert [t.pages for t in tables] == [[1]]
    # The table of costs, not two lines of justified prose cut at every word space.
    assert tables[0].n_cols <= 5
