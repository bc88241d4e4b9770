"""Operation fiches printed as key | value tables.

The fiches of structure/edit_fiches.py ("Fiche opération n° 3 – opération modifiée" and its "key : value"
lines) are also printed as two-column tables, one per operation:

    Fiche opération n° 3 – opération modifiée
    | Libellé             | Démolition de la tour des Frênes (71 logements) |
    | N° IDTOP            | C0688-21-0001                                   |
    | Maître d'ouvrage    | Maisons du Nord                                 |
    | Nombre de logements | 71                                              |
    | Coût HT             | 1 880 000 €                                     |
    | Subvention ANRU     | 1 138 800 € → 1 024 900 €                       |

The head is the table's header row (over both columns), its caption, the last row of the table before
(the bold line set between two tables, read as that table's row spread over both columns), the text
printed right before it in its section, or its section's heading (a bold head read as one); a header
row "Rubrique | Contenu" holds no key and is left out; with none of them, under a heading or a sentence naming
fiches or operations, the fiche's values say what it is (edit_fiches.implied_head). A table counts as a fiche when at least ``min_keys`` of its
rows open on a fiche's key (StructureSettings.fiche_table_keys). Each is read as the same fiche in
lines would be (edit_fiches.read_fiche_table), its edits placed by their line (target BY_ROW), in
the order of the avenant's sections.
"""

from __future__ import annotations

import re
from typing import Optional

from ..records import Amendment, Table
from .edit_fiches import fiche_head, implied_head, key_rows, read_fiche_table
from .edit_instructions import describe
from .settings import structure_settings
from .situation_tables import table_texts


# what announces operation sheets: "Fiches des opérations modifiées", "Les caractéristiques des opérations concernées
# … sont présentées dans les tableaux suivants"
_SHEETS = re.compile(r"\bfiches?\b|\bop[ée]rations?\b", re.I)


def _head(t: Table, before: str, heading: str, carried: Optional[str]) -> Optional[str]:
    for row in t.header or []:
        got = fiche_head(" ".join(dict.fromkeys(c for c in row if c)))   # a cell spread over both columns: once
        if got:
            return got
    return fiche_head(t.title or "") or carried or fiche_head(before) or fiche_head(heading)


def _trailing_head(rows: list[list[str]]) -> Optional[str]:
    """The next fiche's head the table reader took as this table's last row (a bold line set between two
    tables, spread over both columns): it heads the next table, not this one."""
    if not rows:
        return None
    cells = list(dict.fromkeys(c.strip() for c in rows[-1] if c.strip()))
    return fiche_head(cells[0]) if len(cells) == 1 else None


def fiche_table_amendments(tables: list[Table], before: dict[str, str], headings: dict[str, str]) -> list[Amendment]:
    """The edits of the fiches printed as key | value tables, in table order (``before``: by table id, the
    text printed before it in its section; ``headings``: by table id, the heading of its section)."""
    need = structure_settings().fiche_table_keys
    out: list[Amendment] = []
    carried: Optional[str] = None
    for t in tables:
        rows = [r for r in list(t.header or []) + list(t.rows)]
        head_in, carried = carried, _trailing_head(rows)
        if t.n_cols != 2 or len(key_rows(rows)) < need:
            carried = None
            continue
        head = _head(t, before.get(t.id, ""), headings.get(t.id, ""), head_in)
        if head is None and _SHEETS.search(f"{headings.get(t.id, '')} {before.get(t.id, '')}"):
            # under a heading or a sentence that announces sheets of operations, a table whose head the table
            # reader lost (a band over both columns) says by its values what it is
            head = implied_head(rows)
        got = read_fiche_table(head, rows[:-1] if carried else rows) if head else None
        if got is None:
            continue
        page = t.pages[0] if t.pages else 0
        for e in got.also + [got.edit]:
            out.append(Amendment(target=got.target or "", target_kind="article", action="replace",
                                 new_text=describe(e), section=t.section, page=page,
                                 raw=f"{head} | " + " ; ".join(" | ".join(r) for r in rows), edit=e))
    return out


def with_fiche_tables(draft, tables: list[Table]) -> None:
    """Add the fiche tables' edits to an avenant draft's amendments, in the order of the avenant's sections."""
    headings = {b.table: s.heading or "" for s in draft.sections for b in s.blocks if b.kind == "table" and b.table}
    rows = fiche_table_amendments(tables, table_texts(draft)[0], headings)
    if rows:
        draft.amendments = sorted(draft.amendments + rows, key=lambda a: _key(a.section))


def _key(number: Optional[str]) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", number or "")] or [0]
