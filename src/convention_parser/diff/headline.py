"""Which table figures are headline figures.

A figure read from a table cell is told on its own (amount_changed,
quantity_changed) only when a reader looks for it apart from its table: a
total, or a figure of a financing summary given for a quartier, a financeur or
the whole. Every other changed cell is told by its table's table_modified
change. The words are data: adding one is not a code change. Words are matched
on folded text (accents, case and punctuation dropped) as whole words.
"""

from __future__ import annotations

import re
from typing import Optional

from .normalize import fold

# A row or column that sums the table ("Total", "Totaux :", "Total général",
# "À l'échelle du projet :").
TOTAL_WORDS = ["total", "totaux", "totale", "totales", "global", "globale", "globaux",
               "general", "a l echelle du projet", "ensemble du projet"]
# A partial sum inside a detail table is not a headline figure.
PARTIAL_WORDS = ["sous total", "sous totaux"]
# A cell whose own text marks it as the total ("T : 32 005 805,49 €").
TOTAL_CELL = [r"^\s*T\s*:"]
# A table (title) or column that tells financing.
FINANCING_WORDS = ["concours", "subvention", "subventions", "financement", "financements",
                   "participation", "participations", "contribution", "contributions"]
# A row that is a quartier, or a financeur, of a financing summary: by its
# label, or by the heading of the table's label column ("Financeur",
# "Quartier concerné (nom et numéro du QPV)").
ROW_HEADING_WORDS = ["financeur", "financeurs", "quartier", "quartiers", "qpv"]
# (an operation's row may name its quartier in passing: "Quartiers Fertiles").
QUARTIER_PATTERNS = [r"\bq[pn]\s?\d{3}\w{3}\b", r"\bqpv\b", r"^quartiers?\b"]
FINANCEUR_WORDS = ["anru", "region", "departement", "action logement", "anah", "etat",
                   "caisse des depots", "banque des territoires", "feder", "europe",
                   "financeur", "financeurs", "epci", "agglomeration"]


# A table of operations (its rows carry the ANRU's operation identifier, IDTOP: "C0932-21-0006")
# details each operation's financing: a row of it is an operation's, told by operation_modified
# and its table's table_modified, its "Total" column too. Its totals row sums those rows: a
# headline figure for the ANRU's subsidy (what operation records hold as their amount, what
# the convention programmes) or when the row says it totals the whole convention ("Total
# général de la convention"); a sum of another financeur's column is the table's detail.
IDTOP = re.compile(r"(?<![\w-])[A-Z]\d{3,5}-\d{2}-\d{3,5}(?![\w-])")
GRAND_TOTAL_WORDS = ["general", "generale", "global", "globale", "globaux", "a l echelle du projet",
                     "ensemble du projet", "de la convention"]
SUBSIDY_WORDS = ["anru"]


# How a row's label cells are joined in a fact's label (tables/cells.py: "Opération – Commune – MOA").
ROW_CELL_SEPARATOR = " – "


def _has(text: str, words: list[str]) -> bool:
    t = f" {fold(text or '')} "
    return any(f" {w} " in t for w in words)


def _total(text: str) -> bool:
    t = fold(text or "")
    for w in PARTIAL_WORDS:
        t = t.replace(w, " ")
    return _has(t, TOTAL_WORDS)


def partial_total(label: Optional[str]) -> bool:
    """Whether a table fact's row ("Sous-total Les Provinces / Subvention ANRU") sums part of
    its table: a figure derived from the rows above it, never the name of another cell."""
    return _has(row_and_column(label)[0], PARTIAL_WORDS)


def row_and_column(label: Optional[str]) -> tuple[str, str]:
    """A table fact's label is "row / column" (see facts/amounts)."""
    row, sep, col = (label or "").rpartition(" / ")
    return (row, col) if sep else (label or "", "")


def _banner(col: str, table) -> bool:
    """A column label that is a banner spread over every column of its header row (an
    operation table's quartier, "Quartier Les Sablons (QP045043) – Villers", read as its
    header): it names the rows' quartier, not a column per quartier."""
    if table is None:
        return False
    for row in table.header:
        cells = {c.strip() for c in row if c and c.strip()}
        if len(row) > 2 and len(cells) == 1 and fold(next(iter(cells))) == fold(col):
            return True
    return False


_OPERATION_TABLES: dict[int, tuple[object, bool]] = {}


def operation_table(table) -> bool:
    """Most of the table's rows name an operation by its identifier. (Asked once per
    figure of the table: answered once per table, so the cost stays linear.)"""
    if table is None or not table.rows:
        return False
    hit = _OPERATION_TABLES.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    coded = sum(1 for r in table.rows if any(IDTOP.search(c or "") for c in r))
    if len(_OPERATION_TABLES) > 4096:
        _OPERATION_TABLES.clear()
    _OPERATION_TABLES[id(table)] = (table, 2 * coded >= len(table.rows))
    return _OPERATION_TABLES[id(table)][1]


def is_headline(fact, table=None) -> bool:
    """Whether a figure read from a table cell (of ``table``, a Table, when
    known) is a headline figure; a figure read from prose always is."""
    if not getattr(fact, "table", None):
        return True
    row, col = row_and_column(fact.label)
    if _has(row, PARTIAL_WORDS):
        return False
    if operation_table(table):
        if IDTOP.search(row):
            return False
        if _total(row):
            return _has(col, SUBSIDY_WORDS) or _has(row, GRAND_TOTAL_WORDS)
    if _total(row) or _total(col) or any(re.match(p, fact.text or "") for p in TOTAL_CELL):
        return True
    title = table.title if table is not None else ""
    row_headings = " ".join(h[0] for h in table.header if h) if table is not None else ""
    financing = _has(title, FINANCING_WORDS) or _has(col, FINANCING_WORDS)
    # A financing summary's row is named by its first cell alone ("Région", "Quartier X"); a
    # row whose later cells name a body is an operation's ("Aménagement de la rue Zola –
    # Lormes – Communauté d'Agglomération …": its maître d'ouvrage), told by operation_modified.
    first = row.split(ROW_CELL_SEPARATOR)[0]
    frow = fold(first)
    if any(re.search(p, fold(col)) for p in QUARTIER_PATTERNS[:1]) and not _banner(col, table):
        return True      # a column per quartier (its QPV code): a financing summary's cell
    if re.search(QUARTIER_PATTERNS[0], frow) and _has(col, FINANCEUR_WORDS):
        return True      # the same summary transposed: a row per quartier, a column per financeur
    who = any(re.search(p, frow) for p in QUARTIER_PATTERNS) or _has(first, FINANCEUR_WORDS) or \
        _has(row_headings, ROW_HEADING_WORDS)
    return financing and who
