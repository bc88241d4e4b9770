"""An operation table announced by an instruction (issue 12, mechanism 1).

"Les opérations « La démolition de logements locatifs sociaux » sont modifiées
et désormais présentées comme suit :", the table following (often on the next
page), rewrites one family's table of the target article, not the article: the
other families' tables and the article's prose stay. The family is read from
the quoted words with the parse's own operation vocabulary (common.toml
[operations]: objects that decide the type first, then actions), so the
table's rows become that family's operations of the consolidated version."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Optional

from ..records import Amendment, Part, Section
from ..rules import load_rules
from .normalize import fold
from .sections import norm_number

# "Les opérations « X » sont modifiées …", "L'opération « X » est modifiée …"
FAMILY_INSTRUCTION = re.compile(r"^\W*(?:les\s+op[ée]rations|l['’]op[ée]ration)\s*«\s*(?P<family>[^»]+?)\s*»", re.I)
# Objects that name the family before any action word ("la création d'équipements publics").
DECIDING_OBJECTS = ("equipement", "immobilier_economique")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[tuple[re.Pattern, str]], list[tuple[re.Pattern, str]]]:
    ops = load_rules().common.get("operations", {})

    def words(table: dict) -> list[tuple[re.Pattern, str]]:
        return [(re.compile(rf"(?<!\w){re.escape(fold(w))}"), t) for t, ws in table.items() for w in ws]
    return words(ops.get("objects", {})), words(ops.get("actions", {}))


def family_type(phrase: str) -> Optional[str]:
    """The operation type a family's name gives ("La démolition de …" -> demolition)."""
    f = fold(phrase)
    objects, actions = _vocabulary()
    for rx, t in objects:
        if t in DECIDING_OBJECTS and rx.search(f):
            return t
    for rx, t in actions:
        if rx.search(f):
            return t
    return next((t for rx, t in objects if rx.search(f)), None)


_FAMILY_ANYWHERE = re.compile(r"(?:les\s+op[ée]rations|l['’]op[ée]ration)\s*«\s*([^»]+?)\s*»\s*(?:sont|est)\s+modifi", re.I)


def named_families(am: Amendment) -> set[str]:
    """Every family an instruction rewrites, its own and those of the family
    instructions its new text carries (the parse may join several in one)."""
    kinds = {family_type(m.group(1)) for m in _FAMILY_ANYWHERE.finditer(f"{am.raw or ''}\n{am.new_text or ''}")}
    own = instruction_family(am)
    return ({own} if own else set()) | {k for k in kinds if k} if (own or kinds) else set()


def other_families(part: Part, sec: Section, kinds: set[str]) -> tuple[list, list, dict]:
    """The operations of ``sec`` of the families not rewritten, with the tables
    holding only them and those tables' figures: what a whole-article
    replacement must keep."""
    target = norm_number(sec.number)
    ops = [o for o in part.operations if norm_number(o.section or "") == target and o.type not in kinds]
    tables = [t for t in part.tables if norm_number(t.section or "") == target and _other_family(t, ops, kinds, part)]
    ids = {t.id for t in tables}
    figures = {name: [f for f in getattr(part, name) if getattr(f, "table", None) in ids]
               for name in ("amounts", "quantities")}
    return ops, tables, figures


def _other_family(t, ops: list, kinds: set[str], part: Part) -> bool:
    """A table of the article that holds another family than those rewritten: its
    caption names another family ("Opérations « Les équipements publics de
    proximité »"), else its rows are operations of other families only (placed by
    page: the parse files an operation where its site is first named)."""
    m = _CAPTION_FAMILY.search(t.title or "")
    kind = family_type(m.group(1)) if m else None
    if kind is not None:        # the caption says it (operations are placed by page only)
        return kind not in kinds
    if any(_in_table(o, t) and o.type in kinds for o in part.operations):
        return False
    return any(_in_table(o, t) for o in ops)


# A family table's caption: "Opérations « La démolition de logements locatifs sociaux »".
_CAPTION_FAMILY = re.compile(r"op[ée]rations?\s*«\s*([^»]+?)\s*»", re.I)


def instruction_family(am: Amendment) -> Optional[str]:
    m = FAMILY_INSTRUCTION.match(am.raw or "")
    return family_type(m.group("family")) if m else None


def _in_table(f, t) -> bool:
    return bool(t.pages) and f.section == t.section and t.pages[0] <= (f.page or 0) <= t.pages[-1]


def replace_family(part: Part, sec: Section, am: Amendment, avpart: Part, tag: str,
                   span: tuple[int, int]) -> bool:
    """Replace the operations of the instruction's family (and their tables and
    table figures) in section ``sec`` by those the avenant prints after the
    instruction (its section, pages ``span``). The parse may join several family
    instructions in one ("Les opérations « A » sont modifiées … : [table] Les opérations
    « B » sont modifiées … : [table]"): each family named is replaced. False when the
    instruction does not name a family the vocabulary knows or its table's rows were not read."""
    kind = instruction_family(am)
    if kind is None:
        return False
    kinds = [kind] + [k for k in dict.fromkeys(family_type(m.group(1)) for m in _FAMILY_ANYWHERE.finditer(
        f"{am.raw or ''}\n{am.new_text or ''}")) if k and k != kind]
    if not _replace_one(part, sec, kind, am, avpart, span):
        return False
    for k in kinds[1:]:
        _replace_one(part, sec, k, am, avpart, span)
    sec.last_amended_by = tag
    return True


def _caption_kind(t) -> Optional[str]:
    """The family a table's caption names ("Opérations « L'aménagement d'ensemble »")."""
    m = _CAPTION_FAMILY.search(t.title or "")
    return family_type(m.group(1)) if m else None


def _replace_one(part: Part, sec: Section, kind: str, am: Amendment, avpart: Part,
                 span: tuple[int, int]) -> bool:
    target = norm_number(sec.number)
    home = norm_number(am.section or "")
    first, last = span

    def family_table(t, ops) -> bool:
        # the caption names the family, else the rows are operations of that family only
        # (the parse files an operation where its site is first named: not always the table)
        named = _caption_kind(t)
        if named is not None:
            return named == kind
        rows = [o for o in ops if _in_table(o, t)]
        return bool(rows) and all(o.type == kind for o in rows)

    old_tables = [t for t in part.tables if norm_number(t.section or "") == target and family_table(t, part.operations)]
    new_tables = [t for t in avpart.tables if norm_number(t.section or "") == home
                  and first <= (t.pages[0] if t.pages else 0) <= last and family_table(t, avpart.operations)]
    # The parse must have read the new table's rows as operations (it files an operation
    # where its site is first named, often the avenant's "Objet" list): else the whole
    # article is replaced as any rewrite is.
    read = [o for t in new_tables for o in avpart.operations if _in_table(o, t) and o.type == kind]
    lines = sum(1 for t in new_tables for r in t.rows if len({c for c in r if c}) > 1)   # group rows are none
    if not new_tables or len(read) * 2 < lines:
        return False
    gone = {t.id for t in old_tables}
    part.operations = [o for o in part.operations
                       if not (norm_number(o.section or "") == target and o.type == kind)]
    part.tables = [t for t in part.tables if t.id not in gone]
    for name in ("amounts", "quantities"):
        setattr(part, name, [f for f in getattr(part, name) if getattr(f, "table", None) not in gone])
    # The article's blocks name its tables: the gone ones go, and a new table never takes
    # an id a block of the convention still names.
    sec.blocks = [b for b in sec.blocks if b.table not in gone]
    ids = {t.id for t in part.tables} | {b.table for s in part.sections for b in s.blocks if b.table}
    for t in new_tables:
        g = copy.deepcopy(t)
        g.section = sec.number
        while g.id in ids:            # ids of two documents may coincide
            g.id = f"{g.id}'"
        ids.add(g.id)
        part.tables.append(g)
        for name in ("amounts", "quantities"):
            for f in getattr(avpart, name):
                if getattr(f, "table", None) == t.id:
                    h = copy.deepcopy(f)
                    h.section, h.table = sec.number, g.id
                    getattr(part, name).append(h)
        for o in avpart.operations:
            if _in_table(o, t) and o.type == kind:
                h = copy.deepcopy(o)
                h.section = sec.number
                part.operations.append(h)
    return True
