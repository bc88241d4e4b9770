"""Fact-level changes: operations, amounts, quantities, tables, parties.

The reader of an avenant wants "Avion démolitions 339 -> 410", not a redline.
Facts are keyed by what they measure, never by page: an operation by type,
commune and site name (matched fuzzily, "Fresnes" ~ "Frênes"); an amount by
its section (mapped through the section alignment) and label; a table row by
its row label.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from rapidfuzz import fuzz

from ..records import Change, Evidence, Operation, Table
from .assign import best_pairs
from .headline import IDTOP, _total, is_headline, partial_total, row_and_column
from .matcher import TokenMatcher
from ..french.words import STOPWORDS
from .normalize import fold
from .wording import euros, number, operation_phrase
from .settings import diff_settings

_STOP = STOPWORDS | {"rue"}
_OP_FIELDS = ("logements", "amount", "maitre_ouvrage", "quartier")
# What an operation_modified reports. The quartier is written in as many ways as
# there are sources (a table's "62510 Liévin, Angres 6062028 Calonne - Marichelles",
# the prose's "Vent de Bise - Jean Lebas", sometimes the commune): an operation
# does not move quartier, so a different spelling is not a change.
_OP_COMPARED = ("logements", "amount", "maitre_ouvrage")


def name_words(name: str) -> str:
    """A name's comparison form: folded, without its small words."""
    return " ".join(w for w in fold(name).split() if w not in _STOP)


def words_similarity(ta: str, tb: str) -> float:
    """name_similarity of two names already through name_words."""
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    return fuzz.token_set_ratio(ta, tb) / 100.0


def name_similarity(a: str, b: str) -> float:
    return words_similarity(name_words(a), name_words(b))


# --------------------------------------------------------------- operations

def _op_key(op: Operation) -> tuple:
    return (op.type, fold(op.commune or ""), fold(op.name))


def _items(name: str) -> set[str]:
    return {fold(x) for x in re.split(r",|\bet\b", name or "") if fold(x)}


def _grouped(ops: list[Operation]) -> list[Operation]:
    """A building named alone ("Glycines") when an operation of the same type
    and commune groups it with others ("Glycines, Cyclamens et Edelweiss") is
    part of that operation: a consolidated record joins the avenant's prose
    (one building at a time) to the convention's table (grouped)."""
    groups = [o for o in ops if len(_items(o.name)) > 1]
    return [o for o in ops if not any(
        g is not o and g.type == o.type and fold(o.name) in _items(g.name)
        and not (g.commune and o.commune and fold(g.commune) != fold(o.commune)) for g in groups)]


def _known(op: Operation) -> int:
    """How many of an operation's fields a record holds (a sentence fewer than a table's row)."""
    return sum(getattr(op, f) not in (None, "") for f in _OP_FIELDS + ("commune",))


def _named_again(ops: list[Operation]) -> list[Operation]:
    """A record without figures (a prose mention: "création d'une maison de santé Louise
    Michel à …") whose name's words another record of the same type holds ("Création
    d'une maison de santé Louise Michel", a table's row: figures or an IDTOP) is that
    operation named again; so is a record with a figure of that record's and none
    against it (the programme's list in 4.1, "Démolition de l'immeuble du Parc (141
    logements)" read as "Parc", 141, beside the table's row: one operation, removed once),
    whose other fields complete it.
    A record with a count or amount of its own ("Lamartine (47 logements)" beside "tour
    Lamartine", 60 logements) is an operation of its own."""
    words = {id(o): set(name_words(o.name).split()) for o in ops}

    def figures_held(o: Operation, g: Operation) -> bool:
        if o.amount is None and o.logements is None:
            return True
        both = [f for f in ("amount", "logements") if getattr(o, f) is not None and getattr(g, f) is not None]
        return bool(both) and all(_same(getattr(o, f), getattr(g, f)) for f in both)

    def holder(o: Operation) -> Optional[Operation]:
        if not words[id(o)]:
            return None
        return next((g for g in ops if g is not o and g.type == o.type
                     and (g.amount is not None or g.logements is not None or idtop(g))
                     and figures_held(o, g) and not (idtop(o) and idtop(o) != idtop(g))
                     and words[id(o)] <= words[id(g)]
                     and (words[id(o)] != words[id(g)] or _known(o) < _known(g))
                     and same_commune(g.commune, o.commune)), None)
    held = {id(o): holder(o) for o in ops}
    filled: dict[int, Operation] = {}
    for o in ops:
        g = held[id(o)]
        if g is None:
            continue
        m = filled.setdefault(id(g), Operation(**g.__dict__))     # a copy: records are never changed
        for f in _OP_FIELDS + ("commune",):
            if getattr(m, f) in (None, "") and getattr(o, f) not in (None, ""):
                setattr(m, f, getattr(o, f))
    return [filled.get(id(o), o) for o in ops if held[id(o)] is None]


def dedupe_operations(ops: list[Operation]) -> list[Operation]:
    """One record per site: the same operation is often named in prose and in
    a table; fields missing in one mention are filled from the others."""
    ops = _named_again(_grouped(ops))
    # An operation keeps its identity by the IDTOP its table row prints: two rows of one
    # site ("Création du centre commercial Saint-Jean", C0548-38-0006 and C0548-38-0008)
    # are two operations. A mention without one (prose) is the row of its site, type and
    # commune whose figures it does not contradict (the first such, else the first row).
    keyed: dict[tuple, Operation] = {}
    order: dict[tuple, int] = {}
    for i, op in enumerate(ops):
        k = ("idtop", idtop(op)) if idtop(op) else None
        if k is None:
            continue
        order.setdefault(k, i)
        _fill(keyed.setdefault(k, Operation(**op.__dict__)), op)
    # The rows by site, type and commune, in their order (one pass: linear in the mentions).
    sites: dict[tuple, list[tuple]] = {}
    for k, m in keyed.items():
        sites.setdefault(_op_key(m), []).append(k)
    # Rows of one table without an IDTOP column naming one site, type and commune are two
    # operations (Operation.row: the table and row read); prose mentions join the first.
    seen_rows: dict[tuple, dict[str, tuple]] = {}      # site -> row read -> its record's key
    for i, op in enumerate(ops):
        if idtop(op):
            continue
        rows = sites.get(_op_key(op), [])
        home = next((k for k in rows if not _figures_against(keyed[k], op)), rows[0] if rows else None)
        if home is None:
            site = ("site",) + _op_key(op)
            seen = seen_rows.setdefault(site, {})
            table = _table_of(op)
            home = seen.get(op.row or "", site)      # a row read twice (two sections' facts) is one
            if op.row and op.row not in seen and any(_table_of_row(r) == table for r in seen):
                home = site + (op.row,)
            if op.row:
                seen.setdefault(op.row, home)
            order.setdefault(home, i)
            keyed.setdefault(home, Operation(**op.__dict__))
        if home[0] == "idtop":
            before = _op_key(keyed[home])
            _fill(keyed[home], op)
            if _op_key(keyed[home]) != before:      # a field of its key filled from the prose
                sites[before].remove(home)
                sites.setdefault(_op_key(keyed[home]), []).append(home)
                sites[_op_key(keyed[home])].sort(key=order.__getitem__)
            continue
        _fill(keyed[home], op)
    return [keyed[k] for k in sorted(keyed, key=order.__getitem__)]


def _table_of_row(row: Optional[str]) -> Optional[str]:
    return row.split("#", 1)[0] if row else None


def _table_of(op: Operation) -> Optional[str]:
    """The id of the table an operation's row was read from (None: prose)."""
    return _table_of_row(getattr(op, "row", None))


def _fill(m: Operation, op: Operation) -> None:
    """Fields of ``op`` the merged record ``m`` (a copy) lacks."""
    if m is op:
        return
    for f in _OP_FIELDS + ("commune", "section"):
        if getattr(m, f) in (None, "") and getattr(op, f) not in (None, ""):
            setattr(m, f, getattr(op, f))


def _figures_against(a: Operation, b: Operation) -> bool:
    """Whether two records give one field (count, amount) two values."""
    return any(getattr(a, f) is not None and getattr(b, f) is not None and not _same(getattr(a, f), getattr(b, f))
               for f in ("logements", "amount"))


_FIGURE_WORD = re.compile(r"^(?:[\d.,]+|euros?|eur|logements?)$")


def _place_words(commune: str) -> set[str]:
    """A commune field's words without figures: a table whose columns the parse
    shifted fills it with the row's label ("Démolition de l'immeuble Les
    Hortensias (133 logements) Hallencourt"), whose count changes with the
    operation."""
    return {w for w in fold(commune).split() if not _FIGURE_WORD.match(w)}


def same_commune(a: Optional[str], b: Optional[str]) -> bool:
    """Two communes of one operation: the same words, or one held in the other."""
    if not a or not b:
        return True
    wa, wb = _place_words(a), _place_words(b)
    return wa == wb or (bool(wa) and bool(wb) and (wa <= wb or wb <= wa))


# The ANRU's operation identifier (IDTOP), printed in the first column of operation tables:
# "C0932-21-0006" (convention number, family code, rank).
_IDTOP = IDTOP


def idtop(op: Operation) -> Optional[str]:
    """The identifier of the table row an operation was read from, if it prints one."""
    m = _IDTOP.search(op.text or "")
    return m.group(0) if m else None


def operation_similarity(a: Operation, b: Operation) -> float:
    # An identifier both versions print decides: the same operation whatever its wording
    # (a type read from the row's words may differ), two operations however alike their
    # names ("Aménagement du chemin des Dames et des espaces publics attenants" and
    # "Aménagement de la rue du 8 Mai 1945 et des espaces publics attenants").
    ia, ib = idtop(a), idtop(b)
    if ia and ib:
        return 1.0 if ia == ib else 0.0
    if a.type != b.type:
        return 0.0
    if not same_commune(a.commune, b.commune):
        return 0.0
    s = name_similarity(a.name, b.name)
    if s < diff_settings().name_threshold:
        return s
    if _other_sites(a.name, b.name):
        return diff_settings().name_threshold / 2      # below the threshold: two operations
    # Token sets make "Edelweiss" match "Glycines, Cyclamens et Edelweiss" fully;
    # among names that all match, the closest spelling must win the assignment.
    closeness = fuzz.ratio(fold(a.name), fold(b.name)) / 100.0
    return diff_settings().name_threshold + (1.0 - diff_settings().name_threshold) * (s + closeness) / 2


def _other_sites(a: str, b: str) -> bool:
    """Names alike by their shared words only: each adds words of its own, and those differ
    ("Création du centre commercial Saint-Jean" / "… des Halles")."""
    wa, wb = set(name_words(a).split()), set(name_words(b).split())
    ra, rb = " ".join(sorted(wa - wb)), " ".join(sorted(wb - wa))
    return bool(ra and rb) and fuzz.ratio(ra, rb) / 100.0 < diff_settings().distinct_rest


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= diff_settings().amount_tolerance
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return a == b


def _tiebroken(sim: float, a: Operation, b: Operation) -> float:
    """``sim`` lowered a little for each field the two records give two values."""
    s = diff_settings()
    if sim < s.name_threshold + 10 * s.field_tiebreak:
        return sim
    differ = sum(1 for f in _OP_COMPARED if getattr(a, f) is not None and getattr(b, f) is not None
                 and not (same_commune(a.maitre_ouvrage, b.maitre_ouvrage) if f == "maitre_ouvrage"
                          else _same(getattr(a, f), getattr(b, f))))
    return sim - s.field_tiebreak * differ


def _op_dict(op: Operation) -> dict:
    return op.to_dict()


def operation_changes(old: list[Operation], new: list[Operation]) -> list[Change]:
    old, new = dedupe_operations(old), dedupe_operations(new)
    sim = [[_tiebroken(operation_similarity(a, b), a, b) for b in new] for a in old]
    pairs = best_pairs(sim, diff_settings().name_threshold) if old and new else []
    used_o = {i for i, _, _ in pairs}
    used_n = {j for _, j, _ in pairs}
    changes = []
    for i, j, _ in pairs:
        a, b = old[i], new[j]
        # A field found in one version only is a parse gap, not a change.
        # A name field may carry the next cells' text where the parse joined them
        # ("Sévigné Habitat 5.528.571,43 euros"): the same body when one holds the other.
        diffs = [f for f in _OP_COMPARED if getattr(a, f) is not None and getattr(b, f) is not None
                 and not (same_commune(a.maitre_ouvrage, b.maitre_ouvrage) if f == "maitre_ouvrage"
                          else _same(getattr(a, f), getattr(b, f)))]
        if not diffs:
            continue
        parts = []
        for f in diffs:
            fmt = euros if f == "amount" else (lambda v: "—" if v is None else str(v))
            parts.append(f"{_FIELD_WORDS[f]} {fmt(getattr(a, f))} → {fmt(getattr(b, f))}")
        changes.append(Change(
            type="operation_modified", target=_op_target(b), before=_op_dict(a), after=_op_dict(b),
            summary=f"Modification : {operation_phrase(_op_dict(b) | {'logements': None, 'amount': None})} ({'; '.join(parts)})",
            evidence=Evidence(a.page or None, a.section, b.page or None, b.section)))
    for i, a in enumerate(old):
        if i not in used_o:
            changes.append(Change(type="operation_removed", target=_op_target(a), before=_op_dict(a),
                                  summary=f"Suppression : {operation_phrase(_op_dict(a))}",
                                  evidence=Evidence(a.page or None, a.section, None, None)))
    for j, b in enumerate(new):
        if j not in used_n:
            changes.append(Change(type="operation_added", target=_op_target(b), after=_op_dict(b),
                                  summary=f"Ajout : {operation_phrase(_op_dict(b))}",
                                  evidence=Evidence(None, None, b.page or None, b.section)))
    return changes


_FIELD_WORDS = {"logements": "logements", "amount": "montant", "maitre_ouvrage": "maître d'ouvrage",
                "quartier": "quartier"}


def _op_target(op: Operation) -> str:
    where = f" ({op.commune})" if op.commune else ""
    return f"{op.type}: {op.name}{where}"


# ------------------------------------------------------- amounts, quantities

def _fact_label(f) -> str:
    return fold(f.label or "")


def figure_changes(old: list, new: list, section_map: Callable[[Optional[str]], Optional[str]],
                   table_map: dict[str, str], kind: str,
                   tables: tuple[dict[str, Table], dict[str, Table]] = ({}, {})) -> list[Change]:
    """Amounts (kind "amount") or quantities (kind "quantity") whose value
    changed, for the same thing measured, each told once.

    Facts are grouped by where they sit (new section number, table), then
    paired by label, and the label-less ones by their order of appearance
    (a sequence alignment of the values: unchanged values anchor it). The
    same figure restated in prose and in several tables is one change whose
    evidence lists every place (``merge_restated``).

    A change read from table cells only is told here only when one of its
    cells is a headline figure (headline.py: a total, a financing summary's
    figure for a quartier or financeur); the others are told by their
    table's table_modified change. ``tables`` maps table ids to tables, old
    version then new (ids of the two versions may coincide)."""
    images = {section_map(f.section) for f in old}

    def where(f, mapped: bool) -> tuple:
        sec = section_map(f.section) if mapped else f.section
        tab = (table_map.get(f.table) if mapped else f.table) if f.table else None
        home = tables[1][tab].section if tab is not None and tab in tables[1] else None
        if home is not None and home not in images:
            # A cell sits where its table does, when the old version has no such section:
            # its heading missed, the table was filed under the article before.
            sec = home
        unit = getattr(f, "unit", None)
        return (sec, tab, unit)

    groups_old: dict[tuple, list] = {}
    groups_new: dict[tuple, list] = {}
    for f in old:
        groups_old.setdefault(where(f, True), []).append(f)
    for f in new:
        groups_new.setdefault(where(f, False), []).append(f)
    tolerance = diff_settings().amount_tolerance if kind == "amount" else 1e-9
    pairs = []
    for g, olds in groups_old.items():
        news = groups_new.get(g)
        if not news:
            continue
        pairs += [(a, b) for a, b in pair_figures(olds, news, by_meaning=kind == "quantity")
                  if abs(a.value - b.value) > tolerance and not _total_and_cell(a, b)]
    def told_apart(group: list[tuple]) -> bool:
        return any(is_headline(f, side.get(f.table or ""))
                   for pair in group for f, side in zip(pair, tables))
    return [_figure_change(group, kind) for group in merge_restated(pairs, kind) if told_apart(group)]


def _total_and_cell(a, b) -> bool:
    """Two table cells of which one sums its table (a "Total" row) and the other is a row's
    (an operation's subsidy): the order of the figures paired them, not their meaning (the
    old table's total against the row the new table adds in its place)."""
    if not (a.table and b.table):
        return False
    return _total(row_and_column(a.label)[0]) != _total(row_and_column(b.label)[0])


def merge_restated(pairs: list[tuple], kind: str) -> list[list[tuple]]:
    """Group (old, new) figure pairs that tell the same change: equal values
    before and after. Two rows of one table are two facts even when their
    figures coincide; a count (small integers coincide more often than
    amounts to the cent) is merged only within one section. A sub-total row of an
    operation table ("Sous-total Les Provinces") is a figure derived from the rows above
    it: its value may equal a financing summary's cell (the quartier's ANRU subsidy), but
    it is never one change with that cell, so never names it (it is told, if at all, as
    the sum it is)."""
    tolerance = diff_settings().amount_tolerance if kind == "amount" else 1e-9
    groups: list[list[tuple]] = []

    def compatible(p: tuple, q: tuple) -> bool:
        (a, b), (c, d) = p, q
        if abs(a.value - c.value) > tolerance or abs(b.value - d.value) > tolerance:
            return False
        if b.table and b.table == d.table and fold(b.label or "") != fold(d.label or ""):
            return False
        if bool(b.table and partial_total(b.label)) != bool(d.table and partial_total(d.label)):
            return False
        return kind == "amount" or b.section == d.section

    for p in pairs:
        home = next((g for g in groups if all(compatible(p, q) for q in g)), None)
        if home is None:
            groups.append([p])
        else:
            home.append(p)
    return groups


_DIGITS = re.compile(r"\S*\d\S*")


def _label_key(f) -> str:
    """A label without its figures: prose labels are the words around the
    figure and often hold the neighbouring figure, which differs between
    versions exactly when the figure does."""
    return " ".join(_DIGITS.sub(" ", fold(f.label or "")).split())


def pair_figures(olds: list, news: list, by_meaning: bool = False) -> list[tuple]:
    """Pairs by label; a label shared by several figures of one group says
    nothing about which is which, so those are left to the order alignment.

    ``by_meaning`` (counts): a prose count's label says what it counts, from
    its sentence ("Démolition de l'immeuble Berlioz", "démolition"): a table
    cell's label is never that of a prose count, and two prose counts whose
    labels differ count two things, never paired by their order (a demolition
    removed and another added are not one count that changed)."""
    pairs = _pair_by_label(olds, news, apart=by_meaning)
    taken = {id(x) for p in pairs for x in p}
    ro = [f for f in olds if id(f) not in taken]
    rn = [f for f in news if id(f) not in taken]
    # A prose count whose label found no counterpart (by_meaning) counts something the
    # other version does not: it anchors the order by its value, but never pairs with
    # another figure in a stretch that changed.
    def free(fs: list) -> list:
        return [f for f in fs if f.table or not _label_key(f)] if by_meaning else fs
    sm = TokenMatcher([round(f.value, 2) for f in ro], [round(f.value, 2) for f in rn])
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "replace":
            continue
        a, b = free(ro[i1:i2]), free(rn[j1:j2])
        pairs.extend(zip(a, b) if len(a) == len(b) else _pair_by_magnitude(a, b))
    return pairs


def _unique_labels(figures: list) -> dict[str, object]:
    """Figure of each label (without its figures) held by that figure only."""
    by_label: dict[str, list] = {}
    for f in figures:
        k = _label_key(f)
        if k:
            by_label.setdefault(k, []).append(f)
    return {k: fs[0] for k, fs in by_label.items() if len(fs) == 1}


def _repeated_labels(olds: list, news: list) -> list[tuple]:
    """A label held by as many figures on both sides (n > 1: "montant global des
    concours financiers de l'ANRU … dont … pour le quartier X" labels both figures
    of the sentence alike) pairs them in their order of appearance."""
    by_old: dict[str, list] = {}
    by_new: dict[str, list] = {}
    for figures, into in ((olds, by_old), (news, by_new)):
        for f in figures:
            k = _label_key(f)
            if k:
                into.setdefault(k, []).append(f)
    return [p for k, fs in by_old.items() if len(fs) > 1 and len(by_new.get(k, ())) == len(fs)
            for p in zip(fs, by_new[k])]


def _pair_by_label(olds: list, news: list, apart: bool = False, whole: bool = False) -> list[tuple]:
    """Figures whose label is unique in its group on both sides: the same
    label pairs at once (an index lookup, linear in the figures); only the
    labels left over, those reworded between versions, are compared with
    each other, and assigned optimally within each cluster of look-alikes.
    ``whole`` (prose counts): a reworded label is compared word for word, not as
    a subset ("requalification – logements", the programme's total, is not
    "Requalification de la tour Bizet – logements", one building's count)."""
    if apart:       # table cells with table cells, prose figures with prose figures
        order = {id(f): i for i, f in enumerate(olds)}
        pairs = [p for in_table in (True, False)
                 for p in _pair_by_label([f for f in olds if bool(f.table) == in_table],
                                         [f for f in news if bool(f.table) == in_table], whole=not in_table)]
        return sorted(pairs, key=lambda p: order[id(p[0])])
    lo, ln = _unique_labels(olds), _unique_labels(news)
    pairs = [(f, ln[k]) for k, f in lo.items() if k in ln] + _repeated_labels(olds, news)
    ro = {k: name_words(k) for k in lo if k not in ln}
    rn = {k: name_words(k) for k in ln if k not in lo}
    for co, cn in _clusters(ro, rn):
        sim = [[fuzz.token_sort_ratio(ro[a], rn[b]) / 100.0 if whole else words_similarity(ro[a], rn[b])
                for b in cn] for a in co]
        pairs += [(lo[co[i]], ln[cn[j]]) for i, j, _ in best_pairs(sim, diff_settings().label_threshold)]
    order = {id(f): i for i, f in enumerate(olds)}
    return sorted(pairs, key=lambda p: order[id(p[0])])


def _clusters(ro: dict[str, str], rn: dict[str, str]) -> list[tuple[list[str], list[str]]]:
    """Connected groups of old and new labels (keys of ``ro``, ``rn``, mapped
    to their name_words) similar enough to pair. Every old label is compared
    with every new one, but they are only the few reworded labels."""
    ko, kn = list(ro), list(rn)
    parent = list(range(len(ko) + len(kn)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked = set()
    cutoff = diff_settings().label_threshold * 100 - 1e-6
    for i, a in enumerate(ko):
        for j, b in enumerate(kn):
            wa, wb = ro[a], rn[b]
            if wa == wb or (wa and wb and fuzz.token_set_ratio(wa, wb, score_cutoff=cutoff)):
                parent[root(i)] = root(len(ko) + j)
                linked.add(i)
    groups: dict[int, tuple[list[str], list[str]]] = {}
    for i in sorted(linked):
        groups.setdefault(root(i), ([], []))[0].append(ko[i])
    for j, b in enumerate(kn):
        g = groups.get(root(len(ko) + j))
        if g is not None:
            g[1].append(b)
    return list(groups.values())


def _pair_by_magnitude(olds: list, news: list) -> list[tuple]:
    """Within a stretch where figures were both changed and added (or
    removed), order alone cannot pair them: a revised figure stays close to
    the one it replaces ("153 LLS" -> "173 LLS", not -> a new "20 LLS")."""
    def closeness(a: float, b: float) -> float:
        top = max(abs(a), abs(b))
        return 1.0 if top == 0 else 1.0 - abs(a - b) / top
    sim = [[closeness(a.value, b.value) for b in news] for a in olds]
    return [(olds[i], news[j]) for i, j, _ in best_pairs(sim, diff_settings().magnitude_threshold)]


def _figure_change(group: list[tuple], kind: str) -> Change:
    # The place that names the figure best: a table row, then a labelled
    # prose figure, then the first place.
    a, b = min(group, key=lambda p: (not p[1].table, not p[1].label))
    label = b.label or a.label
    where = f"article {b.section}" if b.section else ""
    target = label or (f"{where}: {a.text}" if where else a.text)
    if kind == "amount":
        fmt = euros
        summary = f"Montant modifié ({target}) : {fmt(a.value)} → {fmt(b.value)}"
        ctype = "amount_changed"
    else:
        unit = getattr(b, "unit", "")
        summary = f"Quantité modifiée ({target}) : {number(a.value)} → {number(b.value)} {unit}".rstrip()
        ctype = "quantity_changed"
    if len(group) > 1:
        summary += f" — cité {len(group)} fois"
    places = [_place(x, y) for x, y in group]
    evidence = Evidence(a.page or None, a.section, b.page or None, b.section, places=places)
    return Change(type=ctype, target=target, before=a.value, after=b.value, summary=summary, evidence=evidence,
                  unit=getattr(b, "currency", None) or getattr(b, "unit", None))


def _place(a, b) -> dict:
    return {"old_page": a.page or None, "old_section": a.section, "new_page": b.page or None,
            "new_section": b.section, "table": b.table, "label": b.label or a.label, "text": b.text}


# -------------------------------------------------------------------- tables

# Digits grouped by threes ("1 880 000", "1.880.000,50"), else run together ("2024", "5100300,99").
_CELL_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?(?![\d.])|^[-+]?\d+(?:[.,]\d+)?")


def cell_value(cell: str) -> Optional[float]:
    """The number a cell holds, if it is a number ("1 880 000 €", "27,5 %")."""
    s = (cell or "").strip()
    m = _CELL_NUMBER.match(s)
    if not m or len(re.sub(r"[\d\s.,%€MkKLSlogementsLSplace+-]", "", s)) > 6:
        return None
    raw = m.group(0)
    if "," in raw:
        raw = raw.replace(".", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    else:
        raw = re.sub(r"[ \u00a0\u202f]", "", raw)
        if re.match(r"^\d{1,3}(\.\d{3})+$", raw):
            raw = raw.replace(".", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    tail = s[m.end():].strip()
    if tail.startswith("M€"):
        value *= 1e6
    elif tail.startswith("k€"):
        value *= 1e3
    return value


# ------------------------------------------------------------------- parties

_PARTY_STOP = STOPWORDS
_ACRONYM = re.compile(r"^[A-ZÉ]{2,6}$")


def _expand_acronyms(name: str, other: str) -> str:
    """"OPH Val-de-Sambre" read against "Office public de l'habitat du
    Val-de-Sambre": an upper-case word whose letters are the initials of a run
    of the other name's words (articles aside) stands for those words."""
    words = fold(other).split()
    content = [(i, w) for i, w in enumerate(words) if w not in _PARTY_STOP]
    out = []
    for tok in re.split(r"\s+", name or ""):
        if _ACRONYM.match(tok):
            letters = fold(tok).replace(" ", "")
            for k in range(len(content) - len(letters) + 1):
                run = content[k:k + len(letters)]
                if "".join(w[0] for _, w in run) == letters:
                    tok = " ".join(words[run[0][0]:run[-1][0] + 1])
                    break
        out.append(tok)
    return " ".join(out)


def party_similarity(a: str, b: str) -> float:
    plain = fuzz.token_set_ratio(fold(a), fold(b)) / 100.0
    expanded = fuzz.token_set_ratio(fold(_expand_acronyms(a, b)), fold(_expand_acronyms(b, a))) / 100.0
    return max(plain, expanded)


def party_changes(old: list[str], new: list[str]) -> list[Change]:
    """Signatories added or removed; only when both versions list them (a
    missing list is a parse gap, not a change)."""
    if not old or not new:
        return []
    sim = [[party_similarity(a, b) for b in new] for a in old]
    pairs = best_pairs(sim, diff_settings().party_threshold)
    uo = {i for i, _, _ in pairs}
    un = {j for _, j, _ in pairs}
    out = [Change(type="party_removed", target=p, before=p, summary=f"Partie retirée : {p}")
           for i, p in enumerate(old) if i not in uo]
    out += [Change(type="party_added", target=p, after=p, summary=f"Partie ajoutée : {p}")
            for j, p in enumerate(new) if j not in un]
    return out


def printed_text(part) -> str:
    """A version's prose and table cells, folded once."""
    bits = [part.preamble or ""] + [s.text for s in part.sections]
    bits += [" | ".join(row) for t in part.tables for row in t.header + t.rows]
    return fold("\n".join(bits))


def named_in(name: str, text: str) -> bool:
    """Whether ``text`` (folded) names ``name`` as whole words."""
    key = fold(name)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text) is not None


def party_text(part) -> str:
    """Everything a version says, folded once: where a party is named when its
    parties block was read short (a party the new version still names is not
    removed)."""
    bits = [part.preamble or ""] + [f"{s.heading}\n{s.text}" for s in part.sections]
    bits += list((part.metadata or {}).get("parties") or [])
    bits += [o.maitre_ouvrage or "" for o in part.operations]
    return fold("\n".join(bits))


def evidenced_parties(changes: list[Change], old_text: str, new_text: str,
                      old_parties: list[str], old_preamble: str = "") -> list[Change]:
    """Party changes the documents bear out. A party "removed" that the new
    version still names is a parties block read short; so is a party "added"
    that the old version's preamble (where its parties are listed) already
    names. A party "added" that is only old parties run together ("Banque des
    Territoires (Caisse des Dépôts), La Région") is a parties block read long."""
    out = []
    for c in changes:
        if c.type == "party_removed" and named_in(c.target, new_text):
            continue
        if c.type == "party_added" and named_in(c.target, old_preamble):
            continue
        if c.type == "party_added":
            pieces = [x for x in re.split(r",\s*|\s+et\s+", c.target) if x.strip()]
            if len(pieces) > 1 and all(max((party_similarity(x, o) for o in old_parties), default=0) >= diff_settings().party_threshold
                                       or named_in(x, old_text) for x in pieces):
                continue
        out.append(c)
    return out


_MONEY_WORD = re.compile(r"^(?:[\d.,\u00a0\u202f]+|euros?|eur|€)$", re.I)


def owner_parties(ops: list[Change], old_parties: list[str], old_ops: list[Operation],
                  told: list[Change], old_text: str = "") -> list[Change]:
    """A maître d'ouvrage that carries a new operation and that the old
    version neither lists as a party nor names as any operation's owner is a
    party the new version adds (issue 12, mechanism 7), when the parties
    themselves do not tell it (an avenant's parties block not read)."""
    known = list(old_parties) + [o.maitre_ouvrage for o in old_ops if o.maitre_ouvrage]
    known += [c.target for c in told if c.type == "party_added"]
    out: list[Change] = []
    for c in ops:
        if c.type != "operation_added" or not isinstance(c.after, dict):
            continue
        owner = " ".join(w for w in (c.after.get("maitre_ouvrage") or "").split()
                         if not _MONEY_WORD.match(w))
        if len(owner) < 4 or any(party_similarity(owner, k) >= diff_settings().party_threshold for k in known):
            continue
        # Old parties not read: an owner the old version already names (its
        # commune, "la commune de X") may well have signed it; no evidence.
        if not old_parties and named_in(owner, old_text):
            continue
        known.append(owner)
        out.append(Change(type="party_added", target=owner, after=owner,
                          summary=f"Partie ajoutée : {owner} (maître d'ouvrage d'une nouvelle opération)",
                          evidence=c.evidence))
    return out


def merge_parties(convention: list[str], signatories: list[str]) -> list[str]:
    """The parties of a convention after an avenant: its own, and the
    avenant's signatories it did not count. An avenant binds those who sign
    it; a party that does not sign (or is named in another wording, "les
    communes de A et de B") stays a party of the convention."""
    if not convention:
        return list(signatories)
    # A signatory may stand for several parties at once: it is known when it
    # matches one closely (no one-to-one pairing needed).
    return list(convention) + [s for s in signatories
                               if not any(party_similarity(s, c) >= diff_settings().party_threshold
                                          and not _other_bodies(s, c) for c in convention)]


def _other_bodies(a: str, b: str) -> bool:
    """Two bodies alike only by the place both are named after ("Atelier Solidaire des Rives
    de la Brêche", "OPH Rives de la Brêche"): each adds words of its own, unlike the other's
    (acronyms expanded first: "OPH" is "Office public de l'habitat")."""
    return _other_sites(_expand_acronyms(a, b), _expand_acronyms(b, a))
