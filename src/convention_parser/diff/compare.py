"""Compare two parse results: what changed from ``old`` to ``new``.

Sections are aligned first (align.py); the alignment maps old section numbers
to new ones, which keys the fact-level comparison (facts.py). With an avenant,
each change is cross-checked against what the avenant announced
(declared.py) and instructions aimed at missing sections are conflicts.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..change_types import NAMES, order
from ..records import Change, DiffResult, DocRef, Evidence, Part, ParseResult, Table
from .added_counts import added_counts
from .align import align_sections
from .annexes import annex_changes, annexes, is_annex_list, listed_annex, without_amended_mark
from .articles import BLOCK_TITLES, section_changes, table_section_changes
from .consolidate import amendments_of, find_target
from .continued import join_continued, refile
from .declared import cross_check
from .derived import mark_derived
from .filled import filled_cells
from .unread_cells import unread_cells
from .text_rows import rows_read_as_text
from .row_type import own_type
from .printed import complete_figures, operations_printed_still
from .programme_totals import programme_totals
from .facts import (evidenced_parties, figure_changes, operation_changes, owner_parties, party_changes,
                    party_text)
from .tables import announced_names, is_prose_table, lone_table_changes, match_tables, table_changes
from .normalize import fold, footnote_lines, furniture_lines, moved_note_lines, note_lines, same_text
from .sections import main_part, norm_number

# Report order of the change types (change_types.py; kept under this name for callers).
CHANGE_ORDER = list(NAMES)


def diff_results(old: ParseResult, new: ParseResult, avenant: ParseResult | None = None) -> DiffResult:
    """Changes from ``old`` to ``new``. When ``new`` is ``old`` consolidated with
    an avenant, pass the avenant too: its declared changes are cross-checked."""
    # With an avenant, "new" is the avenant the user named (the consolidated
    # record is a copy of the convention and carries its source).
    shown = avenant if avenant is not None else new
    result = DiffResult(old=DocRef(old.source.path, old.source.sha256),
                        new=DocRef(shown.source.path, shown.source.sha256))
    po, pn = main_part(old), main_part(new)
    if po is None or pn is None:
        return result
    changes = diff_parts(po, pn, pages=max(old.source.pages, new.source.pages))
    if avenant is not None:
        changes = _list_rewritten_by_annex_changes(changes, po, pn)
        changes = _conflicts(po, avenant) + changes
        changes = cross_check(changes, avenant)
        changes += _instructions_without_text(po, avenant, changes)
    changes.sort(key=lambda c: order(c.type))
    result.changes = mark_derived(changes, {t.id: t for t in join_continued(pn.tables, pn.sections)[0]})
    result.stats = dict(Counter(c.type for c in changes))
    return result


def layout_rows(sec) -> list[Table]:
    """The text of the layout grids printed in a section (paragraph blocks naming their grid,
    structure/layout_rows.py) as one table: words set in columns, like a prose table's."""
    rows = [[b.text] for b in sec.blocks if b.kind == "paragraph" and b.table]
    return [Table(id="layout", title="", pages=[], header=[], rows=rows, n_rows=len(rows), n_cols=1)] if rows else []


def _body_only(c: Change, po: Part, pn: Part) -> bool:
    """An annex whose body one version prints and the other does not, while the other still
    lists it in force (a consolidated text lists the annex joined to its avenant without
    reprinting it): neither a repeal nor an addition. The lists are compared by annex_changes."""
    if c.type == "annex_repealed" and c.after is None:
        meta = pn.metadata if isinstance(pn.metadata, dict) else {}
        recorded = any(norm_number(r.get("number", "")) == norm_number(c.target) for r in meta.get("repealed") or [])
        return listed_annex(pn, c.target) is not None and not recorded   # a consolidation's repeal is one
    if c.type == "annex_added" and c.before is None:
        return listed_annex(po, c.target) is not None
    return False


def _in_force(part: Part) -> dict[str, tuple[bool, str]]:
    return {n: (a.replaced, fold(without_amended_mark(a.title))) for n, a in annexes(part).items() if not a.repealed}


def _same_annex_list(c: Change, po: Part, pn: Part, told: frozenset = frozenset()) -> bool:
    """The annex list's block ("ANNEXES") reworded while both versions have the same annexes in
    force, with the same titles and versions, apart from the annexes ``told`` (by annex changes
    of their own): a consolidation that records the avenant's repeals and replacements (its log)
    beside the signed list's wording, a list printed as one sentence in one version and line by
    line in the other. What else the list says is the same."""
    if c.type != "article_modified" or fold(c.target or "") not in BLOCK_TITLES:
        return False
    old, new = _in_force(po), _in_force(pn)
    return bool(old) and {n: v for n, v in old.items() if n not in told} == \
        {n: v for n, v in new.items() if n not in told}


def _list_rewritten_by_annex_changes(changes: list[Change], po: Part, pn: Part) -> list[Change]:
    """On the avenant's route, the annex list's block that consolidation rewrote (the annex
    repealed gone, the one added entered, the one replaced marked: annexes.rewrite_list) is the
    effect of the instructions on those annexes, told by their annex changes: an avenant names
    annexes, never the list's wording, so the block is no change of its own unless the list
    says something else anew."""
    told = frozenset(norm_number(c.target) for c in changes if c.type.startswith("annex_"))
    if not told:
        return changes
    return [c for c in changes if not _same_annex_list(c, po, pn, told)]


def diff_parts(po: Part, pn: Part, pages: int = 0) -> list[Change]:
    old_texts, new_texts = [s.text for s in po.sections], [s.text for s in pn.sections]
    furniture = furniture_lines(old_texts + new_texts, pages) | note_lines(old_texts) | note_lines(new_texts) | \
        footnote_lines(po) | footnote_lines(pn) | moved_note_lines(po.sections, pn.sections)
    pairs = align_sections(po.sections, pn.sections, furniture)
    def section_tables(a, b) -> list:
        return [t for t in po.tables if t.section == a.number] + [t for t in pn.tables if t.section == b.number]
    def prose_tables(a, b) -> tuple[list, list]:
        return ([t for t in po.tables if t.section == a.number and is_prose_table(t)] + layout_rows(a),
                [t for t in pn.tables if t.section == b.number and is_prose_table(t)] + layout_rows(b))
    changes = [c for c in section_changes(pairs, furniture, section_tables, prose_tables)
               if not _body_only(c, po, pn) and not _same_annex_list(c, po, pn)]
    if po.preamble and pn.preamble and \
            not same_text(preamble_proper(po.preamble), preamble_proper(pn.preamble), furniture):
        changes.append(Change(type="article_modified", target="preambule",
                              before={"number": "", "heading": "Préambule", "text": po.preamble},
                              after={"number": "", "heading": "Préambule", "text": pn.preamble},
                              summary="Modification : préambule"))

    numbers = {norm_number(p.old.number): p.new.number for p in pairs if p.old and p.new}

    def section_map(number: Optional[str]) -> Optional[str]:
        return None if number is None else numbers.get(norm_number(number), f"(removed {number})")

    old_tables, old_alias = join_continued(po.tables, po.sections)
    new_tables, new_alias = join_continued(pn.tables, pn.sections)
    tpairs = match_tables(old_tables, new_tables, section_map)
    table_map = {a.id: b.id for a, b in tpairs}
    old_ops, new_ops = complete_figures(po, pn)
    old_ops = [own_type(o) for o in old_ops + rows_read_as_text(po)]
    new_ops = [own_type(o) for o in new_ops + rows_read_as_text(pn)]
    ops = operations_printed_still(operation_changes(old_ops, new_ops), po, pn)
    changes += ops
    tables = ({t.id: t for t in old_tables}, {t.id: t for t in new_tables})
    old_amounts, new_amounts = refile(po.amounts, old_alias), refile(pn.amounts, new_alias)
    changes += figure_changes(old_amounts, new_amounts, section_map, table_map, "amount", tables)
    changes += filled_cells(tpairs, old_amounts, new_amounts)
    changes += unread_cells(tpairs, old_amounts, new_amounts, changes)
    qchanges = _not_operation_counts(
        figure_changes(refile(po.quantities, old_alias), refile(pn.quantities, new_alias), section_map,
                       table_map, "quantity", tables), ops)
    changes += qchanges + added_counts(po, pn, section_map, qchanges) + programme_totals(po, pn, section_map, qchanges)
    names = (announced_names(po.sections), announced_names(pn.sections))
    texts = ({s.number: s.text for s in po.sections}, {s.number: s.text for s in pn.sections})
    # A table of an article or annex added or repealed is told by that change.
    whole = {norm_number(c.target) for c in changes
             if c.type in ("annex_repealed", "annex_added", "article_removed", "article_added")}
    # An annex list printed as a table is told by annex changes (annexes.py), not as a table.
    tchanges = table_changes([(a, b) for a, b in tpairs if not (is_annex_list(a) or is_annex_list(b))],
                             names, texts) + [
        c for c in lone_table_changes(old_tables, new_tables, tpairs, section_map, texts, names)
        if not whole & {norm_number(c.evidence.old_section or ""), norm_number(c.evidence.new_section or "")}]
    changes += tchanges + table_section_changes(pairs, tchanges, changes)
    changes += annex_changes(po, pn, changes)
    old_parties = list((po.metadata or {}).get("parties") or [])
    old_text = party_text(po)
    parties = evidenced_parties(party_changes(old_parties, list((pn.metadata or {}).get("parties") or [])),
                                old_text, party_text(pn), old_parties, fold(po.preamble or ""))
    changes += parties + owner_parties(ops, old_parties, po.operations, parties, old_text)
    return changes


_VERSION_LINE = re.compile(r"^\W*version\b", re.I)


def preamble_proper(text: str) -> str:
    """What a reader calls the preamble: the text under the "PRÉAMBULE"
    heading when the part's opening holds one (the title page, visas and
    parties before it are told by party changes), never the title page's
    version line ("Version signée le …" / "Version consolidée …")."""
    lines = (text or "").splitlines()
    heads = [i for i, ln in enumerate(lines) if fold(ln).strip(" :.") in ("preambule", "le preambule")]
    if heads:
        lines = lines[heads[-1] + 1:]
    return "\n".join(ln for ln in lines if not _VERSION_LINE.match(ln))


def _not_operation_counts(qchanges: list[Change], ops: list[Change]) -> list[Change]:
    """A count that is an operation's number of dwellings is already told by
    operation_modified: the same figures, and a prose label that names nothing
    else (none, or the operation's site: a programme's total that moves with it,
    "la requalification de 48 → 40 logements", is a change of its own)."""
    told: dict[tuple, list[str]] = {}
    for c in ops:
        if c.type == "operation_modified":
            told.setdefault((c.before.get("logements"), c.after.get("logements")), []).append(
                fold(c.after.get("name") or ""))
    def theirs(c: Change) -> bool:
        names = told.get((c.before, c.after))
        if names is None:
            return False
        # A table's cell (a synthesis per quartier) moves with the operation it holds.
        places = c.evidence.places or []
        labels = [fold(p.get("label") or "") for p in places if not p.get("table")] if places else [fold(c.target)]
        return all(not lab or any(n and n in lab for n in names) for lab in labels)
    return [c for c in qchanges if not theirs(c)]


def _instructions_without_text(po: Part, avenant: ParseResult, changes: list[Change]) -> list[Change]:
    """An instruction that modifies a section but carries no new wording (or
    only a template placeholder, "Insérer le tableau …") announces a change
    the text does not make: declared_only, unless a change of that section
    was found or is already listed."""
    told = {(c.type.split("_")[0], norm_number(c.target)) for c in changes}
    out = []
    for _, am in amendments_of(avenant, po):
        if am.action != "replace" or (am.new_text and not am.placeholder):
            continue
        annex = am.target_kind == "annexe"
        kind = ("annex" if annex else "article", norm_number(am.target))
        if kind in told or (not _exists(po, am) and am.target_kind != "preambule"):
            continue
        told.add(kind)
        what = "texte à insérer non fourni" if am.placeholder else "aucun texte nouveau"
        out.append(Change(type="annex_modified" if annex else "article_modified", target=am.target,
                          after=am.to_dict(), status="declared_only",
                          summary=f"Annoncé par l'avenant mais non trouvé dans le texte : "
                                  f"{'annexe' if annex else 'article'} {am.target} ({what})",
                          evidence=Evidence(None, None, am.page or None, am.section)))
    return out


def _exists(po: Part, am) -> bool:
    """The instruction's target is in the convention: a section, or an annex
    its list holds (annexes are seldom printed in the convention itself)."""
    return find_target(po, am) is not None or \
        (am.target_kind == "annexe" and listed_annex(po, am.target) is not None)


def _conflicts(po: Part, avenant: ParseResult) -> list[Change]:
    """Instructions whose target the convention lacks (or already has, for an insertion):
    one change per target and kind of change, however many instructions aim at it (a
    legislative avenant edits one article's figures in a dozen numbered instructions)."""
    out: list[Change] = []
    seen: dict[tuple[str, str], Change] = {}
    counts: dict[tuple[str, str], int] = {}
    freed: set[str] = set()       # numbers an earlier instruction renumbered or repealed ("13 devient 14")
    for _, am in amendments_of(avenant, po):
        if am.action == "repeal" or (am.edit is not None and am.edit.op == "renumber"):
            freed.add(norm_number(am.target))
        if am.action in ("unchanged", "insert"):
            exists = am.action == "insert" and _exists(po, am) and norm_number(am.target) not in freed
            if not exists:
                continue
        elif _exists(po, am) or (am.target_kind == "preambule" and am.action == "replace"):
            continue
        annex = am.target_kind == "annexe"
        ctype = {"repeal": "annex_repealed" if annex else "article_removed",
                 "insert": "annex_added" if annex else "article_added",
                 "rename": "article_renamed"}.get(am.action, "annex_modified" if annex else "article_modified")
        why = "existe déjà" if am.action == "insert" else "introuvable dans la convention"
        key = (ctype, norm_number(am.target))
        counts[key] = counts.get(key, 0) + 1
        if key in seen:
            continue
        seen[key] = Change(type=ctype, target=am.target, after=am.to_dict(), status="conflict",
                           summary=f"Conflit : l'avenant vise {'l’annexe' if annex else 'l’article'} {am.target} ({am.action}), {why}",
                           evidence=Evidence(None, None, am.page or None, am.section))
        out.append(seen[key])
    for key, change in seen.items():
        if counts[key] > 1:
            change.summary += f" ({counts[key]} instructions)"
    return out
