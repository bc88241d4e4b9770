"""An avenant whose changes to the operations' funding are a summary table.

Some avenants sum up what changes for each operation in one table instead of sentences:

    | Opération                         | IDTOP         | Montant initial | Montant modifié | Écart       |
    | Démolition de l'immeuble X (85 l.) | C0270-21-0002 | 1 900 000 €     | 1 710 000 €     | - 190 000 € |

(also "Montant avant avenant | Montant après avenant | Variation", "Subvention initiale |
Subvention modifiée"). Each row is the operation's amount replaced in the convention's operations
table: a cell_replace of that line (named by its IDTOP, else its label; the column is the one
holding the initial amount), placed by its line (diff/edit_places.py) unless the sentence
announcing the table names the article; the table's totals follow ("totals" after the rows).
An operation whose modified amount is empty ("–") is withdrawn (its line removed). The other
changes of such an avenant are sentences (structure/edit_prose.py).
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import one_line
from ..records import Amendment, Edit, Table
from .edit_instructions import describe
from .edit_prose import BY_ROW
from .situation_tables import table_texts

_INITIAL = re.compile(r"(?:montant|subvention|concours|participation|financement)s?\s+(?:anru\s+)?(?:initia(?:l|le|ux)"
                      r"|actuel(?:le)?|avant\s+(?:le\s+pr[ée]sent\s+)?avenant)|ancien(?:ne)?\s+(?:montant|subvention)", re.I)
_MODIFIED = re.compile(r"(?:montant|subvention|concours|participation|financement)s?\s+(?:anru\s+)?(?:modifi[ée]e?s?|r[ée]vis[ée]e?s?"
                       r"|nouveaux?|nouvelle|apr[èe]s\s+(?:le\s+pr[ée]sent\s+)?avenant)|nouve(?:au|lle)\s+(?:montant|subvention)",
                       re.I)
_CODE = re.compile(r"idtop|identifiant|\bcode\b|n°\s*(?:d['’])?op[ée]ration", re.I)
_LABEL = re.compile(r"op[ée]ration|libell[ée]|intitul[ée]", re.I)
_EMPTY = re.compile(r"^[\s–—\-]*(?:n[ée]ant|sans\s+objet|supprim[ée]e?|retir[ée]e?)?[\s–—\-.]*$", re.I)
_ARTICLE = re.compile(r"\barticle\s+(\d+(?:\.\d+)*)(?:er)?\b", re.I)


def _columns(t: Table) -> Optional[tuple[int, Optional[int], int, int]]:
    """(label, code or None, initial, modified) columns of a summary table, from its header."""
    for row in list(t.header or []) + t.rows[:1]:
        cells = [one_line(c) for c in row]
        old = next((j for j, c in enumerate(cells) if _INITIAL.search(c)), None)
        new = next((j for j, c in enumerate(cells) if _MODIFIED.search(c)), None)
        code = next((j for j, c in enumerate(cells) if _CODE.search(c)), None)
        label = next((j for j, c in enumerate(cells) if _LABEL.search(c) and j != code), None)
        if old is not None and new is not None and old != new and (label is not None or code is not None):
            return (label if label is not None else code), code, old, new
    return None


def synthesis_amendments(tables: list[Table], before: dict[str, str]) -> list[Amendment]:
    """The edits the summary tables give, in their order (``before``: by table id, the text
    printed before the table in its section, the sentence announcing it)."""
    out: list[Amendment] = []
    for t in tables:
        cols = _columns(t)
        if cols is None:
            continue
        label_c, code_c, old_c, new_c = cols
        arts = _ARTICLE.findall(one_line(before.get(t.id, "")))
        target = arts[-1] if arts else BY_ROW
        page = t.pages[0] if t.pages else 0
        found: list[Edit] = []
        for row in t.rows:
            cells = [one_line(c) for c in row]
            if len(cells) <= max(old_c, new_c) or _INITIAL.search(cells[old_c]) and _MODIFIED.search(cells[new_c]):
                continue
            code = cells[code_c] if code_c is not None and code_c < len(cells) else ""
            key = code if code and not _EMPTY.match(code) else cells[label_c]
            old, new = cells[old_c], cells[new_c]
            if not key or _EMPTY.match(old) or old == new:
                continue
            found.append(Edit("row_delete", row=key) if _EMPTY.match(new) else
                         Edit("cell_replace", old=old, new=new, row=key))
        if found:
            found.append(Edit("totals"))     # the table's totals follow from its lines
        out += [Amendment(target=target, target_kind="article", action="replace", new_text=describe(e),
                          section=t.section, page=page, raw=f"{t.title or ''} | {e.row or 'totaux'}", edit=e)
                for e in found]
    return out


def with_synthesis_rows(draft, tables: list[Table]) -> None:
    """Add the summary tables' edits to an avenant draft's amendments, in the order of the avenant's
    own sections (the table of its article 2 before the sentences of its article 3)."""
    rows = synthesis_amendments(tables, table_texts(draft)[0])
    if rows:
        draft.amendments = sorted(draft.amendments + rows, key=lambda a: _key(a.section))


def _key(number: Optional[str]) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", number or "")] or [0]
