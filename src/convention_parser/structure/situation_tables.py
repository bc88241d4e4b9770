"""An avenant that gives each changed operation as a "Situation initiale | Situation modifiée" table.

Instead of reprinting the operations table, some avenants print, under "Le tableau des
opérations de l'article 8.1 est modifié comme suit :", one small table per operation, named
by the line above it ("Opération « Démolition de la tour X » (C0688-21-0001) :", "Opération
nouvelle « … » (…) :"), one row per value that changes:

    |                  | Situation initiale | Situation modifiée |
    | Subvention ANRU  | 1 880 000 €        | 2 000 000 €        |
    | Logements        | 71                 | 80                 |

Each row is a cell of that operation's line (cell_replace, the row named by the IDTOP, else
the label); an operation whose initial side is empty ("–") throughout is a line added (its
cells by column label); "Opération supprimée" on the modified side removes the line. The
edits are those of the legislative style (edit_instructions.py), so consolidation applies them
the same way; the article is the one the sentence announcing the tables names, else the
line's own (diff/edit_places.py). The announcing sentence itself is then no new wording of
the article, and "Les totaux … sont modifiés en conséquence" after the tables recomputes them.
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import one_line
from ..records import Amendment, Edit, Table
from .edit_instructions import describe
from .edit_prose import BY_ROW

_OLD = re.compile(r"situation\s+(?:initiale|actuelle|ant[ée]rieure|d['’]origine)|avant\s+(?:le\s+pr[ée]sent\s+)?avenant"
                  r"|(?:montant|valeur|donn[ée]es?)\s+initia(?:le|l|ux|les)", re.I)
_NEW = re.compile(r"situation\s+(?:modifi[ée]e|nouvelle|apr[èe]s\s+avenant|r[ée]vis[ée]e)|apr[èe]s\s+(?:le\s+pr[ée]sent\s+)?"
                  r"avenant|(?:montant|valeur|donn[ée]es?)\s+modifi[ée]e?s?", re.I)
_Q = r"«\s*((?:[^«»]|«[^«»]*»)*?)\s*»"
# "Opération « Libellé » (C0688-21-0001) :", "Opération nouvelle « … » :", "L'opération « … » (…)"
_NAMED = re.compile(r"\bop[ée]ration\s+(?P<new>nouvelle\s+|ajout[ée]e\s+)?" + _Q + r"(?:\s*\(\s*(?P<code>[^()]*?)\s*\))?",
                    re.I)
_LISTS = re.compile(r"idtop|identifiant|op[ée]ration|libell[ée]", re.I)
_REMOVED = re.compile(r"\b(?:supprim|retir|abandonn|annul)[ée]e?\b", re.I)
_EMPTY = re.compile(r"^[\s–—\-]*(?:n[ée]ant|sans\s+objet)?[\s–—\-.]*$", re.I)
_ARTICLE = re.compile(r"\barticle\s+(\d+(?:\.\d+)*)(?:er)?\b", re.I)
_TOTALS = re.compile(r"\btotaux\b[^.]*\b(?:modifi|mis\s+[àa]\s+jour|recalcul|ajust)[ée]?s?\b[^.]*\ben\s+cons[ée]quence",
                     re.I)


def _columns(t: Table) -> Optional[tuple[int, int, int]]:
    """(label, initial, modified) columns of a situation table, from its header rows or first row."""
    for row in list(t.header or []) + t.rows[:1]:
        if any(_LISTS.search(c or "") for c in row):
            return None       # a table of operations (structure/synthesis_table.py), not of one's values
        old = next((j for j, c in enumerate(row) if _OLD.search(c or "")), None)
        new = next((j for j, c in enumerate(row) if _NEW.search(c or "")), None)
        if old is not None and new is not None and old != new:
            label = next((j for j in range(len(row)) if j not in (old, new)), None)
            if label is not None:
                return label, old, new
    return None


def _operation(text: str) -> Optional[tuple[str, bool]]:
    """(the line's name, added) of the operation a line names, the last one it names."""
    found = list(_NAMED.finditer(one_line(text)))
    if not found:
        return None
    m = found[-1]
    return (m.group("code") or m.group(2)).strip(), bool(m.group("new"))


def situation_amendments(tables: list[Table], before: dict[str, str], after: dict[str, str]) -> tuple[list[Amendment], set[str]]:
    """The edits the situation tables give, in their order, and the sections holding them.
    ``before``: by table id, the text printed between the previous table and it (the operation's
    name, the sentence announcing the tables); ``after``: the text after the last one."""
    out: list[Amendment] = []
    sections: set[str] = set()
    target: Optional[str] = None
    last: Optional[Table] = None
    for t in tables:
        cols = _columns(t)
        if cols is None:
            continue
        text = one_line(before.get(t.id, ""))
        named = _operation(" ".join(x for x in (text, t.title or "") if x))
        if named is None:
            continue
        arts = _ARTICLE.findall(text)
        if arts:
            target = arts[-1]
        elif last is None or last.section != t.section:
            target = None
        page = t.pages[0] if t.pages else 0
        for key, added, rows in _pieces(t, cols, named):
            out += _edits(key, added, rows, target, t, page, text)
        sections.add(t.section or "")
        last = t
    if last is not None and _TOTALS.search(one_line(after.get(last.section or "", ""))):
        out.append(Amendment(target=target or BY_ROW, target_kind="article", action="replace",
                             new_text=describe(Edit("totals")), section=last.section,
                             page=last.pages[-1] if last.pages else 0, raw="totaux", edit=Edit("totals")))
    return out, sections


def _pieces(t: Table, cols: tuple[int, int, int], named: tuple[str, bool]) -> list[tuple[str, bool, list[list[str]]]]:
    """The operations a table holds, each with its rows: the table reader may take in the line naming
    the next operation ("Opération « … » (…) :" between two tables set close) as a row of the same
    text in every cell; the rows after it are that operation's."""
    out: list[tuple[str, bool, list[list[str]]]] = [(named[0], named[1], [])]
    for r in t.rows:
        cells = [one_line(r[c]) if c < len(r) else "" for c in cols]
        full = [one_line(c) for c in r if one_line(c)]
        if full and len(set(full)) == 1 and _operation(full[0]) is not None:
            out.append((*_operation(full[0]), []))       # type: ignore[misc]
            continue
        if cells[0] and not (_OLD.search(cells[1]) and _NEW.search(cells[2])):
            out[-1][2].append(cells)
    return [p for p in out if p[2]]


def _edits(key: str, added: bool, rows: list[list[str]], target: Optional[str], t: Table, page: int,
           text: str) -> list[Amendment]:
    """One operation's rows as edits: its line removed, added, or its cells replaced."""
    raw = f"{text} | " + " ; ".join(" | ".join(r) for r in rows)
    edits: list[Edit] = []
    if any(_REMOVED.search(r[2]) and not _REMOVED.search(r[1]) for r in rows) \
            and not any(re.search(r"\d", r[2]) for r in rows):
        edits.append(Edit("row_delete", row=key))
    elif added or all(_EMPTY.match(r[1]) for r in rows):
        edits.append(Edit("row_add", cells={r[0]: r[2] for r in rows if not _EMPTY.match(r[2])}))
    else:
        edits += [Edit("cell_replace", old=r[1], new=r[2], row=key, column=r[0]) for r in rows if r[1] != r[2]]
    return [Amendment(target=target or BY_ROW, target_kind="article", action="replace", new_text=describe(e),
                      section=t.section, page=page, raw=raw, edit=e) for e in edits]


def table_texts(draft) -> tuple[dict[str, str], dict[str, str]]:
    """By table id, the paragraphs between the previous table of its section and it; by section
    number, the paragraphs after its last table."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for sec in draft.sections:
        run: list[str] = []
        for b in sec.blocks:
            if b.kind == "table" and b.table:
                before[b.table] = " ".join(run)
                run = []
            elif b.kind in ("paragraph", "list_item"):
                run.append(b.text)
        after[sec.number or ""] = " ".join(run)
    return before, after


def with_situation_rows(draft, tables: list[Table]) -> None:
    """Add the situation tables' edits to an avenant draft's amendments; an instruction of the same
    section with no edit of its own (the sentence announcing the tables, read as a new wording of
    the article) gives way to them."""
    before, after = table_texts(draft)
    rows, sections = situation_amendments(tables, before, after)
    if not rows:
        return
    targets = {a.target for a in rows}
    dropped = {id(a) for a in draft.amendments
               if a.edit is None and a.target_kind == "article" and a.action == "replace"
               and a.section in sections and (a.target in targets or BY_ROW in targets)}
    kept = [a for a in draft.amendments if id(a) not in dropped]
    # the tables' edits where the announcing instruction stood, else after the instructions of the
    # sections before theirs
    at = next((i for i, a in enumerate(draft.amendments) if id(a) in dropped), None)
    if at is None:
        first = min((_key(s) for s in sections))
        at = sum(1 for a in kept if _key(a.section) <= first)
    else:
        at = sum(1 for a in draft.amendments[:at] if id(a) not in dropped)
    draft.amendments = kept[:at] + rows + kept[at:]


def _key(number: Optional[str]) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", number or "")] or [0]
