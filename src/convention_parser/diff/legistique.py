"""Apply in-place edits (legislative drafting, ``Amendment.edit``) to a convention's records.

An avenant written as the Guide de légistique teaches does not reprint what it
changes: it replaces words in a paragraph of an article, completes an article
by a paragraph, removes or adds a line of a table, replaces one cell, and says
"Les totaux sont modifiés en conséquence". Each edit is applied here to the
section text or the table it names; the totals of an edited table are then
recomputed when the avenant asks for it.

The facts (amounts, quantities, operations) read from what changed are brought
up to date by difference: the touched sections are read before and after the
edits with the same fact reader, and only what that reading changed is
removed from or added to the convention's facts. What the convention's own
parse read elsewhere (pages, merged operation records) is left as it was.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..french.numbers import find_amounts
from ..french.words import STOPWORDS
from ..records import Amendment, Edit, Part, Section, Table
from ..structure.edit_delta import moved_by
from ..structure.edit_instructions import WHOLE_TABLE
from .settings import diff_settings
from . import legis_blocks
from .alineas import alineas, by_nearness, caption_lines, item_group
from .item_paths import item_span
from .edit_moves import counted_cell
from .families import family_type
from .suite_marks import marked_continuation, same_header
from .facts import _IDTOP, cell_value
from .normalize import fold
from .sections import norm_number

TOTAL_LABEL = re.compile(r"^\s*(?:sous[- ])?total\b", re.I)


def _squash(text: str) -> str:
    """Compare quoted words with printed ones whatever the spacing, case and accents
    ("C0932- 21-0006" broken at a line end is "C0932-21-0006")."""
    return re.sub(r"[\s\u00a0\u202f]+", "", fold(text or "")).replace("’", "'")


def _loose(words: str) -> re.Pattern:
    parts = [re.escape(w) for w in words.replace("’", "'").split()]
    return re.compile(r"[\s\u00a0\u202f]*".join(parts).replace("'", "['’]"), re.I)


def _spaced(words: str) -> re.Pattern:
    """Quoted words whose spaces one parse lost or added ("17 748700,66EUR" for "17 748 700,66 EUR"):
    any spacing between any two characters."""
    chars = [re.escape(c) for c in re.sub(r"[\s\u00a0\u202f]+", "", words.replace("’", "'"))]
    return re.compile(r"[\s\u00a0\u202f]*".join(chars).replace("'", "['’]"), re.I)


def _value(text: str) -> Optional[float]:
    """The figure of a cell or words: an amount ("75 000 €"), else a bare number
    ("10 250 300": a financing table gives its unit once, not in each cell)."""
    found = find_amounts(text or "")
    if found:
        return found[0].value
    cell = (text or "").strip()
    return cell_value(cell) if re.fullmatch(r"[\d\s\u00a0\u202f.,]*\d", cell) else None


# What a table prints for a sum of nothing: a dash or "néant" (an empty cell is no figure's place).
_NOTHING = re.compile(r"^\s*(?:[–\-—]+|n[ée]ant)\s*$", re.I)


# --- words and paragraphs of a section ----------------------------------------------------------

def _words(sec: Section, e: Edit, signed: Optional[str] = None) -> Optional[str]:
    """Apply a word-level edit to the section's text; the reason when it cannot. ``signed``: the
    section's text before this avenant's edits. Quoted words are the signed text's: when no alinéa
    is named, its lines left as they were come before the lines an earlier instruction of the same
    avenant wrote (a line it rewrote may now hold the words an instruction after it quotes)."""
    lines = (sec.text or "").split("\n")
    needle = e.after if e.op == "words_insert" else e.old
    rx = _loose(needle or "")
    order = list(range(len(lines)))
    if signed is not None and not e.paragraph and not e.item:
        kept = set(signed.split("\n"))
        order = [i for i in order if lines[i] in kept] + [i for i in order if lines[i] not in kept]
    if e.paragraph or e.item:
        # the alinéa named first (printed paragraphs counted, or the one opening on the item named), then its
        # neighbours
        groups = alineas(lines, [i for i, ln in enumerate(lines) if ln.strip()])
        k = len(groups) - 1 if e.paragraph == -1 else (e.paragraph or 0) - 1
        if e.item:
            k = item_group(lines, groups, e.item)
            k = -1 if k is None else k
        order = [i for g in by_nearness(len(groups), k) for i in groups[g]]
    for i in order:
        m = rx.search(lines[i])
        if not m:
            continue
        if e.op == "words_insert":
            lines[i] = lines[i][:m.end()] + " " + (e.new or "") + lines[i][m.end():]
        else:
            lines[i] = lines[i][:m.start()] + (e.new or "") + lines[i][m.end():]
            lines[i] = re.sub(r"\s{2,}", " ", lines[i]).strip()
        sec.text = "\n".join(ln for ln in lines if ln.strip(" ;.,"))
        return None
    # Quoted words the parse broke over two lines (a paragraph cut at a page or a
    # column): found in the whole text, line breaks counting as spaces.
    text = sec.text or ""
    m = rx.search(text) or _spaced(needle or "").search(text)
    if m is None and e.op == "words_replace" and (_same_amount(lines, order, needle or "", e.new or "")
                                                  or _same_words_but_amounts(lines, order, needle or "", e.new or "")):
        sec.text = "\n".join(ln for ln in lines if ln.strip(" ;.,"))
        return None
    if m is None:
        return f"text « {needle} » not found in section {sec.number}"
    if e.op == "words_insert":
        sec.text = text[:m.end()] + " " + (e.new or "") + text[m.end():]
    else:
        sec.text = re.sub(r"[ \t]{2,}", " ", text[:m.start()] + (e.new or "") + text[m.end():])
    return None


def _same_amount(lines: list[str], order: list[int], old: str, new: str) -> bool:
    """An amount quoted in another form than the convention prints it ("18.837.700 euros" for
    "18 837 700 €" or "18 837,7 K€"): the first amount of that value, in the lines' order, takes the
    new words. Only when the quote is one amount and nothing else. True when replaced."""
    found = find_amounts(old)
    if len(found) != 1 or old[:found[0].start].strip() or old[found[0].end:].strip(" .;,"):
        return False
    value = found[0].value
    for i in order:
        hit = next((a for a in find_amounts(lines[i]) if abs(a.value - value) < 0.005), None)
        if hit is not None:
            lines[i] = lines[i][:hit.start] + new + lines[i][hit.end:]
            return True
    return False


def _same_words_but_amounts(lines: list[str], order: list[int], old: str, new: str) -> bool:
    """Words quoted with their amounts in another form than the convention prints them (an alinéa
    rewritten whole, "… s'élève à 26 505 000 EUR, dont …" for "… s'élève à 26 505 k€, dont …"):
    the line holding the same words around amounts of the same values, in the same order, takes
    the new words in their place. True when replaced."""
    found = find_amounts(old)
    if not found:
        return False
    values = [a.value for a in found]
    pieces = [old[:found[0].start]] + [old[a.end:b.start] for a, b in zip(found, found[1:])] + [old[found[-1].end:]]
    head, tail = pieces[0].strip(), pieces[-1].strip()
    for i in order:
        line = lines[i]
        amounts = find_amounts(line)
        for k in range(len(amounts) - len(values) + 1):
            seq = amounts[k:k + len(values)]
            if any(abs(a.value - v) >= 0.005 for a, v in zip(seq, values)):
                continue
            if [_squash(line[a.end:b.start]) for a, b in zip(seq, seq[1:])] != [_squash(p) for p in pieces[1:-1]]:
                continue
            before = re.search((_loose(head).pattern if head else "") + r"\s*$", line[:seq[0].start])
            after = re.match(r"\s*" + (_loose(tail).pattern if tail else ""), line[seq[-1].end:])
            if before is None or after is None:
                continue
            lines[i] = line[:before.start()] + new + line[seq[-1].end + after.end():]
            return True
    return False


def _words_in_cells(tables: list[Table], e: Edit) -> bool:
    """Words of a paragraph the parse read into a table (a sentence printed right under a table,
    taken for its last rows): edited in the first row that quotes them, in each of its cells
    that does (a merged cell is spread over its columns). True when done."""
    needle = e.after if e.op == "words_insert" else e.old
    if not (needle or "").strip():
        return False
    rx = _loose(needle)
    for t in tables:
        for row in t.rows:
            hit = [j for j, c in enumerate(row) if rx.search(c or "")]
            for j in hit:
                m = rx.search(row[j])
                new = m.group(0) + " " + (e.new or "") if e.op == "words_insert" else (e.new or "")
                row[j] = re.sub(r"\s{2,}", " ", row[j][:m.start()] + new + row[j][m.end():]).strip()
            if hit:
                return True
    return False


def _paragraph(sec: Section, e: Edit, tables: list[Table]) -> None:
    lines = [ln for ln in (sec.text or "").split("\n") if ln.strip()]
    # a table's caption read as a line of the text is no alinéa
    captions = caption_lines(lines, [t.title for t in tables])
    groups = alineas(lines, [i for i in range(len(lines)) if i not in captions])
    rank = e.paragraph
    if rank is None and not e.item and re.match(r"^\s*\d+\s*°", e.new or ""):
        # "L'article 4.1 est complété par un 13° ainsi rédigé": after the last item, whatever follows the list
        marked = [k for k, g in enumerate(groups) if re.match(r"^\s*\d+\s*°", lines[g[0]])]
        rank = marked[-1] + 1 if marked else None
    if e.item:
        # "Après le 2°, il est inséré un 2° bis …": after the alinéa opening on that item (and its lettered
        # sub-items: "Le 1° est complété par un d)" goes after the last of them)
        span = item_span(lines, groups, e.item)
        rank = None if span is None else span[1] + 1
    if rank is None or rank == -1 or rank >= len(groups):
        lines.append(e.new or "")
    else:
        at = groups[rank - 1][-1] + 1              # after the alinéa of that rank
        while at in captions:
            at += 1                                       # and the table it announces
        lines.insert(at, e.new or "")
    sec.text = "\n".join(ln for ln in lines if ln.strip())


# --- tables -------------------------------------------------------------------------------------

def _section_tables(part: Part, sec: Section) -> list[Table]:
    n = norm_number(sec.number)
    return [t for t in part.tables if norm_number(t.section or "") == n]


def _find_row(tables: list[Table], label: str) -> Optional[tuple[Table, int]]:
    key = _squash(label)
    for exact in (True, False):
        for t in tables:
            for i, row in enumerate(t.rows):
                cells = [_squash(c) for c in row]
                if exact and key in cells[:1] or (not exact and key in cells):
                    return t, i
    for t in tables:              # a label the parse cut or glued: the first cell starting with it
        for i, row in enumerate(t.rows):
            if row and (_squash(row[0]).startswith(key) or key.startswith(_squash(row[0]) or "\0")):
                return t, i
    return None


def _pick_table(tables: list[Table], hint: Optional[str]) -> Optional[Table]:
    """The table an instruction names (`_named_table`), else a default: the last table for a rank
    past the end, else the first."""
    if not tables:
        return None
    named = _named_table(tables, hint)
    if named is not None:
        return named
    return tables[-1] if hint and hint.isdigit() else tables[0]


def _title_words(title: Optional[str]) -> set[str]:
    """The words naming a table: a title sharing only "de" or "la" with another names another table
    ("Opérations « La requalification … »" is not the "Tableau de synthèse …" of the article edited before)."""
    return {w for w in re.findall(r"\w+", fold(title or "")) if w not in STOPWORDS and len(w) > 1}


def _naming_words(t: Table) -> set[str]:
    """The words naming a table: its title's; a table the parse found without its caption is named by
    its header ("Famille d'opérations | Concours ANRU" for "Concours financiers de l'ANRU par famille
    d'opérations")."""
    return _title_words(t.title) or _title_words(" ".join(c for row in t.header for c in row if c))


def _named_table(tables: list[Table], hint: Optional[str]) -> Optional[Table]:
    """The table an instruction names by rank ("au quatrième tableau") or by title, if one fits."""
    if not hint or not tables:
        return None
    if hint.isdigit():
        k = int(hint) - 1
        return tables[k] if k < len(tables) else None
    h = _title_words(hint)
    scored = [(len(h & _naming_words(t)), -i, t) for i, t in enumerate(tables)]
    best = max(scored, key=lambda x: (x[0], x[1]))
    return best[2] if best[0] else None


def _columns(t: Table, label: Optional[str]) -> list[int]:
    """Columns whose header names ``label`` (a column the parse split in two appears twice)."""
    if not label:
        return []
    key = _squash(label)
    for exact in (True, False):
        for row in reversed(t.header or []):
            found = [j for j, c in enumerate(row) if c and (_squash(c) == key if exact else
                                                            (key in _squash(c) or _squash(c) in key))]
            if found:
                return found
    # the heading abbreviates the instruction's words ("Nb logts" for "logements")
    words = [w for w in re.findall(r"\w+", fold(label)) if w not in STOPWORDS and len(w) > 2]
    for row in reversed(t.header or []):
        found = [j for j, c in enumerate(row) if c and words and
                 all(any(_abbreviates(h, w) for h in re.findall(r"\w+", fold(c))) for w in words)]
        if found:
            return found
    return []


def _abbreviates(short: str, word: str) -> bool:
    """``short`` is ``word`` or an abbreviation of it: its first letters (settings) are the word's
    and its other letters follow in the word in order ("logts" / "logements", "subv" / "subvention")."""
    n = diff_settings().abbreviation_letters
    if short == word:
        return True
    if len(short) < n or len(short) >= len(word) or short[:n] != word[:n]:
        return False
    rest = iter(word[n:])
    return all(ch in rest for ch in short[n:])


def _column_by_words(t: Table, label: Optional[str]) -> Optional[int]:
    """The one column whose header shares the most words with ``label`` ("Libellé de
    l'opération" under "Opération (IDTOP – libellé)"); None for no word shared or a tie."""
    words = {w for w in fold(label or "").split() if w not in STOPWORDS and len(w) > 2}
    if not words or not t.header:
        return None
    row = t.header[-1]
    shared = [len(words & set(fold(c or "").split())) for c in row]
    best = max(shared, default=0)
    return shared.index(best) if best and shared.count(best) == 1 else None


def _column(t: Table, label: Optional[str]) -> Optional[int]:
    found = _columns(t, label)
    return found[0] if found else None


def _cell(t: Table, i: int, e: Edit) -> Optional[str]:
    row = t.rows[i]
    named = [j for j in _columns(t, e.column) if j < len(row)]
    others = [j for j in range(len(row)) if j not in named]
    if not (e.old or "").strip():
        # "est fixée à B": no old value to find, the named column's cell takes B
        if not named and e.column is None and e.new is None and e.delta:
            # "Le nombre de logements de la ligne « … » est diminué de 169": the row's one figure counting
            # what the difference counts (edit_moves.counted_cell)
            named = counted_cell(row, e.delta, t.header[-1] if t.header else None)
        if not named:
            return f"no column « {e.column} » for row « {e.row} »"
        # of several ("Taux ANRU", "Subvention ANRU"), the one holding a figure like B
        like = [j for j in named if ("%" in row[j]) == ("%" in (e.new or e.delta or "")) and _value(row[j]) is not None]
        j = (like or named)[0]
        if e.new is None and e.delta:
            # "est augmentée de 250 000 €": the cell's own figure moved by the difference
            moved = moved_by(row[j], e.delta)
            if moved is None:
                return f"no figure in row « {e.row} » to move by {e.delta}"
            row[j] = moved
            return None
        row[j] = e.new or ""
        return None
    old, rx = _squash(e.old), _loose(e.old or "")
    value = _value(e.old or "")
    # the named column(s) first, every test; then the others, whole cells and values only
    for cols, tests in ((named or others, ("whole", "part", "value")), (others if named else [], ("whole", "value"))):
        for test in tests:
            for c in cols:
                text = row[c]
                if test == "whole" and _squash(text) == old:
                    row[c] = e.new or ""
                elif test == "part" and rx.search(text):
                    row[c] = rx.sub(lambda _m: e.new or "", text, count=1)
                elif test == "value" and value is not None and _value(text) == value:
                    row[c] = e.new or ""
                else:
                    continue
                return None
    return f"« {e.old} » not found in row « {e.row} »"


def _unique_cell(tables: list[Table], e: Edit) -> bool:
    """A row whose label the parse garbled (its cells merged, "Démolition de 2"): the
    quoted words, when the article's tables print them once, are that cell's. True when
    replaced."""
    rx = _loose(e.old or "")
    if not (e.old or "").strip():
        return False
    hits = [(t, i, j) for t in tables for i, row in enumerate(t.rows) for j, c in enumerate(row)
            for _ in rx.finditer(c or "")]
    if len(hits) != 1:
        return False         # words quoted more than once: no guess
    t, i, j = hits[0]
    t.rows[i][j] = rx.sub(lambda _m: e.new or "", t.rows[i][j], count=1)
    return True


def _text_row(sec: Section, e: Edit) -> Optional[str]:
    """A table line the parse left in the section's text (a table cut at a page): the edit
    acts on the text line that names the row."""
    lines = (sec.text or "").split("\n")
    key = _squash(e.row)
    for i, line in enumerate(lines):
        if key and key in _squash(line):
            if e.op == "row_delete":
                del lines[i]
            elif not (e.old or "").strip():
                return f"no old value of row « {e.row} » to find in its text line"
            else:
                rx = _loose(e.old or "")
                m = rx.search(line)
                if not m:
                    v = _value(e.old or "")
                    hit = next((a for a in find_amounts(line) if a.value == v), None) if v is not None else None
                    if hit is None:
                        return f"« {e.old} » not found in line « {e.row} »"
                    lines[i] = line[:hit.start] + (e.new or "") + line[hit.end:]
                else:
                    lines[i] = line[:m.start()] + (e.new or "") + line[m.end():]
            sec.text = "\n".join(lines)
            return None
    return f"line « {e.row} » not found in section {sec.number}"


def _row_add(part: Part, sec: Section, tables: list[Table], am: Amendment, avpart: Part) -> Optional[str]:
    e = am.edit
    headed = [x for x in tables if x.header] or tables
    # the line it follows, in the table the instruction names first: a group row ("Quartier Les Sablons …")
    # heads a block in several tables of one article printing one table per family
    named = _pick_table(headed, e.table) if e.table and e.after_row else None
    at = _find_row([named], e.after_row) if named is not None else None
    at = at or (_find_row(tables, e.after_row) if e.after_row else None)
    kin = _kin_table(headed, e.cells) if not at and not e.table and e.cells else None
    t = at[0] if at else kin or _pick_table(headed, e.table)
    if t is None:
        return f"no table in section {sec.number}"
    n = max(t.n_cols, max((len(r) for r in t.rows), default=0))
    row = [""] * n
    if e.cells:
        # a continuation the parse read without its header: the columns of the section's headed table
        ref = t if any(_column(t, k) is not None for k in e.cells) else \
            next((x for x in tables if any(_column(x, k) is not None for k in e.cells)), t)
        for label, value in e.cells.items():
            j = _column(ref, label)
            if j is None:
                j = _column_by_words(ref, label)
            if j is not None and j < n and value:
                # two given cells under one column ("IDTOP" and "Libellé" for "Opération (IDTOP –
                # libellé)"): printed together, in the given order, as that column prints them
                row[j] = f"{row[j]} – {value}" if row[j] else value
    else:
        given = e.row_cells or _attached_row(part, avpart, am)
        heads = {_squash(c) for x in tables for h in x.header for c in h}
        if not given or all(_squash(c) in heads for c in given if c):
            # nothing, or only the one-row table's header (its line was not read as a table row)
            return "the added line's cells are not given"
        row = (_fit_idtop(list(given), t, n) + [""] * n)[:n]
    if at:
        pos = at[1] + 1
    else:
        # before the totals under the lines; after the lines when the totals are printed first
        totals = [i for i, r in enumerate(t.rows) if r and TOTAL_LABEL.match(r[0]) and i > 0]
        pos = totals[0] if totals else len(t.rows)
        pos = _group_end(t.rows, row, pos)
    t.rows.insert(pos, row)
    t.n_rows = len(t.rows)
    if t.row_pages:
        t.row_pages.insert(pos, t.row_pages[min(pos, len(t.row_pages) - 1)])
    return None


def _hand_down(rows: list[list[str]], i: int) -> None:
    """A line deleted whose words-only cells (a commune, a maître d'ouvrage: no digit) may be
    merged down over the lines below: the next line's empty cells under them take their words,
    as the table printed without that line shows them on it (the parse reads a cell merged down
    on its first line only; diff/merged_down.py reads an empty cell as the text above it)."""
    if i + 1 >= len(rows) or not rows[i] or TOTAL_LABEL.match(rows[i][0] or ""):
        return
    below = rows[i + 1]
    filled = [c for c in below if c and c.strip()]
    if not filled or TOTAL_LABEL.match(below[0] or "") or len(set(filled)) == 1 and len(filled) >= 2:
        return
    for j, c in enumerate(rows[i]):
        if j and j < len(below) and not (below[j] or "").strip() and c and re.search(r"[^\W\d_]", c) \
                and not re.search(r"\d", c):
            below[j] = c


def _group_end(rows: list[list[str]], row: list[str], default: int) -> int:
    """Where a line added without a position goes in a table grouped by quartier (blocks of lines
    closed by a sub-total or opened by a group row): after the last line of the block whose lines
    share most of its words-only cells column by column ("Vernay QP002033", the maître d'ouvrage);
    ``default`` when the table has one block or no block stands out."""
    def boundary(r: list[str]) -> bool:
        filled = [c for c in r if c and c.strip()]
        return bool(r) and (bool(TOTAL_LABEL.match(r[0] or "")) or len(filled) >= 2 and len(set(filled)) == 1)

    keys = {j: _squash(c) for j, c in enumerate(row) if c and c.strip() and _value(c) is None}
    blocks: list[tuple[int, int]] = []     # (score, index after the block's last line)
    score, last = 0, None
    for i, r in enumerate(rows):
        if boundary(r):
            if last is not None:
                blocks.append((score, last + 1))
            score, last = 0, None
            continue
        score += sum(1 for j, k in keys.items() if j < len(r) and _squash(r[j]) == k)
        last = i
    if last is not None:
        blocks.append((score, last + 1))
    if len(blocks) < 2:
        return default
    best = max(b[0] for b in blocks)
    winners = [end for sc, end in blocks if sc == best]
    return winners[0] if best > 0 and len(winners) == 1 else default


# The cell naming an added line: under a column of labels.
_LABEL_KEY = re.compile(r"libell|op[ée]ration|intitul|d[ée]signation", re.I)


def _kin_table(tables: list[Table], cells: dict[str, str]) -> Optional[Table]:
    """The table of a section holding several (one per family of operations) whose lines are the
    added line's kin, when the instruction names none ("Est ajoutée au programme l'opération
    Aménagement de …", a fiche "opération créée"): the one whose title or lines open on the first
    word of the added line's label ("Aménagement" -> "Opérations « L'aménagement d'ensemble »");
    None for no such table or a tie."""
    if len(tables) < 2:
        return None
    label = next((v for k, v in cells.items() if _LABEL_KEY.search(k) and v), None) or \
        max(cells.values(), key=len, default="")
    first = next((w for w in re.findall(r"\w+", fold(label)) if w not in STOPWORDS and len(w) > 2), None)
    if first is None:
        return None

    def opens(text: str) -> bool:
        words = [w for w in re.findall(r"\w+", fold(text or "")) if w not in STOPWORDS and len(w) > 2]
        return bool(words) and words[0] == first

    scored = [(2 * (first in _title_words(t.title)) + sum(any(opens(c) for c in r) for r in t.rows), t) for t in tables]
    best = max(x[0] for x in scored)
    winners = [t for n, t in scored if n == best]
    if best > 0 and len(winners) == 1:
        return winners[0]
    # no line of the family opens on that word (the parse lost the table's lines past a page): the table whose
    # caption names the family the label's words give ("Création d'une médiathèque" -> "Opérations « Les
    # équipements publics de proximité »"; diff/families)
    kind = family_type(label)
    typed = [t for t in tables if kind and family_type(t.title or "") == kind]
    return typed[0] if len(typed) == 1 else None


_IDTOP_AND_LABEL = re.compile(r"^\s*(" + _IDTOP.pattern + r")\s*[–—-]\s*(.+)$")


def _fit_idtop(given: list[str], t: Table, n: int) -> list[str]:
    """The cells of a line the avenant prints with the IDTOP in the label cell ("C0635-24-0016 –
    Aménagement …") for a convention table that gives the IDTOP a column of its own (or the
    reverse): split or joined so the cells fall under their columns."""
    # the table's lines: neither group rows (one label spread over the row) nor lone labels
    lines = [r for r in t.rows if r and len({c.strip() for c in r if c.strip()}) > 1]
    ids = sum(1 for r in lines if _IDTOP.fullmatch(r[0].strip()))
    if len(given) == n - 1 and given and ids * 2 > len(lines):
        m = _IDTOP_AND_LABEL.match(given[0])
        if m:
            return [m.group(1), m.group(2)] + given[1:]
    if len(given) == n + 1 and len(given) > 1 and _IDTOP.fullmatch(given[0].strip()) and \
            sum(1 for r in lines if _IDTOP_AND_LABEL.match(r[0])) * 2 > len(lines):
        return [f"{given[0].strip()} – {given[1]}"] + given[2:]
    return given


def _attached_row(part: Part, avpart: Part, am: Amendment) -> list[str]:
    """"… est ajoutée la ligne suivante :" + a one-row table: the table the avenant prints for this
    instruction (legis_blocks.announced_tables: announcing instructions take the section's tables
    in reading order, each a table whose columns are mostly those of the table it goes into)."""
    got = legis_blocks.announced_tables(avpart, am, legis_blocks.line_fits(part))
    data = [r for t in got[:1] if t.n_rows <= 2 for r in t.rows if any(c.strip() for c in r)]
    return data[-1] if data else []


_TABLE_OPS = ("row_delete", "row_add", "cell_replace", "column_add", "column_delete", "totals")


def _titled_elsewhere(part: Part, hint: Optional[str]) -> Optional[Section]:
    """The one section whose table carries the quoted title (same words, whatever the case and
    quotes), when the instruction names a title (not a rank)."""
    if not hint or hint.isdigit():
        return None
    key = _squash(re.sub(r"[«»\"]", "", hint))
    found = {norm_number(t.section) for t in part.tables
             if t.section and _squash(re.sub(r"[«»\"]", "", t.title or "")) == key}
    if not found:
        # a table the parse left as text lines: the section whose text prints its caption
        found = {norm_number(s.number) for s in part.sections if key and key in _squash(s.text or "")}
    if len(found) != 1:
        return None
    n = found.pop()
    return next((s for s in part.sections if norm_number(s.number) == n), None)


# --- columns and numbers ---------------------------------------------------------------------------

def _column_edit(tables: list[Table], e: Edit) -> Optional[str]:
    """A column deleted (found by its header label) or added at the right end (its cells given
    by row label: "ainsi renseignée : « Démolition … » : « 296 logements » ; …")."""
    if e.op == "column_delete":
        named = _named_table(tables, e.table)
        for t in ([named] if named is not None else []) + tables:
            cols = _columns(t, e.column)
            if not cols:
                continue
            keep = [j for j in range(max(t.n_cols, max((len(r) for r in t.rows), default=0))) if j not in cols]
            t.header = [[h[j] for j in keep if j < len(h)] for h in t.header]
            t.rows = [[r[j] for j in keep if j < len(r)] for r in t.rows]
            t.n_cols = len(keep)
            return None
        return f"no column « {e.column} » in the tables of the article"
    t = _pick_table([x for x in tables if x.header] or tables, e.table)
    if t is None:
        return "no table to add a column to"
    n = max(t.n_cols, max((len(r) for r in t.rows), default=0))
    given = {_squash(k): v for k, v in e.column_cells.items()}
    t.header = [(list(h) + [""] * n)[:n] + ([e.column or ""] if k == len(t.header) - 1 else [""])
                for k, h in enumerate(t.header)]
    t.rows = [(list(r) + [""] * n)[:n] + [given.get(_squash(r[0]) if r else "", "")] for r in t.rows]
    t.n_cols = n + 1
    return None


def _renumber(part: Part, sec: Section, new: str) -> Optional[str]:
    """"L'article 13 devient l'article 14": the article, its sub-articles and the facts read in
    them take the new number."""
    if not new:
        return "no new number"
    renumber(part, {norm_number(sec.number): new})
    return None


def renumber(part: Part, moves: dict[str, str]) -> None:
    """Articles renumbered together ("Les articles 11 à 13 deviennent les articles 12 à 14"): each
    old number (normalised) to its new one, sub-articles and the facts read in them with it. One
    pass over the old numbers, so 11 → 12 never sends the old 12 on to 13."""

    def moved(number: Optional[str]) -> Optional[str]:
        n = norm_number(number or "")
        if n in moves:
            return moves[n]
        head = n
        while "." in head:
            head = head.rsplit(".", 1)[0]
            if head in moves:
                return moves[head] + n[len(head):]
        return None

    for s in part.sections:
        m = moved(s.number)
        if m is not None:
            s.number = m
            if s.label:
                s.label = re.sub(r"\d+(?:\.\d+)*\s*(?:bis|ter|quater)?", m, s.label, count=1, flags=re.I)
    for name in ("amounts", "quantities", "operations", "dates", "entities", "tables"):
        for f in getattr(part, name):
            m = moved(getattr(f, "section", None))
            if m is not None:
                f.section = m


# --- totals ---------------------------------------------------------------------------------------

def _format_like(template: str, value: float, tenths: bool = False) -> str:
    """``value`` printed as ``template`` prints its amount ("1.880.000 euros", "1 880 000,00 €");
    ``tenths``: the table prints its figures to one decimal at most (k€: "20 852,4")."""
    m = re.search(r"\d[\d \u00a0\u202f.]*(?:,\d+)?", template or "")
    if not m:
        return f"{value:,.0f}".replace(",", " ") + " €"
    num = m.group(0).rstrip(" \u00a0\u202f")
    sep = next((c for c in num if c in " \u00a0\u202f."), "\u00a0")
    decimals = len(num.split(",")[1]) if "," in num else 0
    cents = round(value * 100) % 100
    whole = f"{int(round(value, 2)):,}".replace(",", sep)
    if (decimals == 1 or tenths and not decimals) and cents % 10 == 0:
        # a figure printed to one decimal (k€: "20 852,4") keeps its one decimal
        whole += f",{cents // 10}"
    elif decimals or cents:
        whole += f",{cents:02d}"
    return template[:m.start()] + whole + template[m.start() + len(num):]


def _runs(tables: list[Table]) -> list[tuple[list[str], list[list[str]]]]:
    """One printed table the parse cut at a page (its continuation without the header read as
    a table of its own): consecutive tables of a section with as many columns are one, for the
    totals. Each run: the header row, the data rows (the part's own row lists, edited in place)."""
    runs: list[tuple[list[str], list[list[str]]]] = []
    prev: Optional[Table] = None
    for t in tables:
        # (a piece marked "(suite)" repeats the header with the mark: "Opération (suite)")
        if prev is not None and runs and t.n_cols == prev.n_cols and (not t.header or not prev.header
                                                                        or t.header == prev.header
                                                                        or (marked_continuation(prev.title, t.title)
                                                                            and same_header(t.header, prev.header))):
            header, rows = runs[-1]
            runs[-1] = (header or _labels(t), rows + t.rows)
        else:
            runs.append((_labels(t), list(t.rows)))
        prev = t
    return runs


def _labels(t: Table) -> list[str]:
    """Each column's label: its last header row's, or a "Total" an upper header row prints over
    it (a header the parse read wrapped over two rows, "Quartier (en" / "k€)", its "Total" cell
    on the first row alone and nothing under it)."""
    if not t.header:
        return []
    last = list(t.header[-1])
    for j in range(len(last)):
        if not TOTAL_LABEL.match(last[j] or ""):
            last[j] = next((h[j] for h in t.header[:-1] if j < len(h) and TOTAL_LABEL.match(h[j] or "")
                            and not any(h[k] == h[j] for k in (j - 1, j + 1) if 0 <= k < len(h) and k != j)),
                           last[j])
    return last


def recompute_totals(header: list[str], rows: list[list[str]]) -> None:
    """Total rows are the sums of the lines above them (down to the previous total), the
    "Total" column(s) the sum of a line's other amounts (a column the parse split in two
    keeps its figure in either half)."""
    tenths = _in_tenths(rows)
    total_cols = {j for j, h in enumerate(header) if j and TOTAL_LABEL.match(h or "")}
    total_cols |= {j + 1 for j in total_cols if j + 1 < len(header) and not header[j + 1]}
    if not total_cols:      # a "Total" heading the parse lost: the column that sums the others
        total_cols = _summing_columns(rows)
    if total_cols:
        for row in rows:
            if not row or TOTAL_LABEL.match(row[0]):
                continue
            vals = [_value(c) for j, c in enumerate(row) if j and j not in total_cols]
            if not any(v is not None for v in vals):
                continue
            s = round(sum(v for v in vals if v is not None), 2)
            at = [j for j in sorted(total_cols) if j < len(row) and _value(row[j]) is not None]
            j = at[0] if at else min(total_cols)
            if j < len(row) and _value(row[j]) != s:
                ref = row[j] or next((c for c in row[1:] if _value(c) is not None), "")
                row[j] = _format_like(ref, s, tenths)
    start = 0
    grand = 0       # first row a total of totals sums from (after the previous one)
    marks = [i for i, row in enumerate(rows) if row and TOTAL_LABEL.match(row[0])]
    for m, i in enumerate(marks):
        row = rows[i]
        block = [r for r in rows[start:i] if r and not TOTAL_LABEL.match(r[0])]
        if not block:
            # a total printed first, above its lines: it sums the lines below it, to the next total
            end = marks[m + 1] if m + 1 < len(marks) else len(rows)
            block = [r for r in rows[i + 1:end] if r and not TOTAL_LABEL.match(r[0])]
        if not block:
            # a total right under other totals with no line of its own below either: the
            # grand total of the groups above (sub-totals then "Total"), the sum of every
            # line since the previous such total, the group totals between them left out
            block = [r for r in rows[grand:i] if r and not TOTAL_LABEL.match(r[0])]
            grand = i + 1
        for j in range(1, len(row)):
            group = _same_column(header, j)
            figures = [v for r in block for k in group if k < len(r) and (v := _value(r[k])) is not None]
            if _value(row[j]) is None:
                # A total printed as nothing ("–") over a column of nothing: the column the
                # avenant fills (a financeur brought in) gets its sum, printed as the row's figures.
                ref = next((c for c in row[1:] if _value(c) is not None), "")
                if _NOTHING.match(row[j] or "x") and figures and ref and round(sum(figures), 2):
                    row[j] = _format_like(ref, round(sum(figures), 2), tenths)
                continue
            s = round(sum(figures), 2)
            if _value(row[j]) != s:
                row[j] = _format_like(row[j], s, tenths)
        start = i + 1


def _in_tenths(rows: list[list[str]]) -> bool:
    """The table prints figures to one decimal and none to two (thousands of euros)."""
    places = {len(m.group(1)) for row in rows for c in row[1:]
              for m in [re.search(r"\d,(\d+)\b", c or "")] if m}
    return 1 in places and 2 not in places


def _summing_columns(rows: list[list[str]]) -> set[int]:
    """Columns that hold the sum of their row's other figures in most rows (the
    rows an edit did not touch yet): at least two rows, and more than half."""
    width = max((len(r) for r in rows), default=0)
    out = set()
    for j in range(1, width):
        hits = seen = 0
        for row in rows:
            v = _value(row[j]) if j < len(row) else None
            others = [_value(c) for k, c in enumerate(row) if k and k != j]
            others = [x for x in others if x is not None]
            if v is None or len(others) < 2:
                continue
            seen += 1
            hits += abs(sum(others) - v) <= 1.0
        if hits >= 2 and hits * 2 > seen:
            out.add(j)
    return out


def _same_column(header: list[str], j: int) -> list[int]:
    """Column ``j`` and its neighbours under the same header label: one printed column the
    parse split in two (its figures sit in either half)."""
    if j >= len(header) or not header[j]:
        return [j]
    lo = j
    while lo > 1 and header[lo - 1] == header[j]:
        lo -= 1
    hi = j
    while hi + 1 < len(header) and header[hi + 1] == header[j]:
        hi += 1
    return list(range(lo, hi + 1))


# --- one edit ------------------------------------------------------------------------------------

def apply_edit(part: Part, sec: Section, am: Amendment, avpart: Part,
               before: Optional[Snapshot] = None) -> Optional[str]:
    """Apply ``am.edit`` inside ``sec``; None when done, else why it could not be. ``before``: the
    convention as it was before this avenant's edits."""
    e = am.edit
    if e.op in ("words_replace", "words_delete", "words_insert"):
        why = _words(sec, e, before.texts.get(sec.id) if before is not None else None)
        if why is not None and _words_in_cells(_section_tables(part, sec), e):
            return None
        return why
    if e.op == "paragraph_add":
        _paragraph(sec, e, _section_tables(part, sec))
        return None
    tables = _section_tables(part, sec)
    if (e.op in _TABLE_OPS or e.op == "table_replace" and e.table) and _named_table(tables, e.table) is None:
        # "Dans le tableau « Opérations … », la ligne …": a table named by its title alone, after an
        # instruction on another article; the section printing a table of that very title
        titled = _titled_elsewhere(part, e.table)
        if titled is not None:
            sec, tables = titled, _section_tables(part, titled)
    if e.op in ("paragraph_replace", "paragraph_delete"):
        return legis_blocks.paragraph(sec, e, tables)
    if e.op == "table_replace":
        return legis_blocks.table_replace(part, tables, am, avpart, _named_table)
    if e.op == "table_add":
        return legis_blocks.table_add(part, sec, tables, am, avpart, _named_table)
    if e.op == "totals":
        for header, rows in _runs(tables):
            recompute_totals(header, rows)
        return None
    if e.op == "row_add":
        return _row_add(part, sec, tables, am, avpart)
    if e.op in ("column_add", "column_delete"):
        return _column_edit(tables, e)
    if e.op == "renumber":
        return _renumber(part, sec, e.new or "")
    # The table the instruction names first: an operation moved from one family's table to
    # another is deleted from the one named, not from the first that holds its row.
    named = _named_table(tables, e.table)
    found = (_find_row([named], e.row or "") if named is not None else None) or _find_row(tables, e.row or "")
    if found is None:
        why = _text_row(sec, e)
        if why is not None and e.op == "cell_replace" and _unique_cell(tables, e):
            return None
        return why
    t, i = found
    if e.op == "row_delete":
        _hand_down(t.rows, i)
        del t.rows[i]
        if i < len(t.row_pages):
            del t.row_pages[i]
        t.n_rows = len(t.rows)
        return None
    why = _cell(t, i, e)
    if why is not None and (e.old or "").strip():
        # one label on several lines ("Création du centre commercial" in two communes): the line
        # printing the old value is the one the instruction names
        key = _squash(t.rows[i][0]) if t.rows[i] else ""
        for k, row in enumerate(t.rows):
            if k != i and row and key and _squash(row[0]) == key and _cell(t, k, e) is None:
                return None
    return why


# --- facts brought up to date ----------------------------------------------------------------------

@dataclass
class Snapshot:
    """Section texts and tables before an avenant's edits, to read what the edits changed."""
    texts: dict[str, str] = field(default_factory=dict)
    tables: dict[int, Table] = field(default_factory=dict)     # by the identity of the part's table

    @classmethod
    def of(cls, part: Part) -> "Snapshot":
        return cls({s.id: s.text for s in part.sections}, {id(t): copy.deepcopy(t) for t in part.tables})


def has_edits(avpart: Part) -> bool:
    """An avenant of in-place edits: its tables belong to the edits that announce them (a line
    added), not to every instruction of the article holding them."""
    # (a whole table replaced or added is one too, but a full-rewrite avenant writes that sentence as well:
    # alone, it leaves the avenant one of full rewrites); a table printed in the avenant's own annex is
    # an edit: no full rewrite's text carries it
    return any(a.edit is not None and (a.edit.op not in WHOLE_TABLE or a.edit.annex) for a in avpart.amendments)


def refresh_facts(part: Part, before: Snapshot) -> set[str]:
    """Bring the facts of the sections the edits touched up to date; returns their numbers."""
    from ..facts import extract_facts
    from ..rules import load_rules
    from ..structure.model import Paragraph

    touched = {s.number for s in part.sections if before.texts.get(s.id, s.text) != s.text}
    touched |= {t.section for t in part.tables if id(t) in before.tables and before.tables[id(t)].rows != t.rows}
    now = {id(t) for t in part.tables}
    # tables an edit added (not in the snapshot) or removed (a replaced table's pieces)
    touched |= {t.section for t in part.tables if id(t) not in before.tables}
    touched |= {t.section for i, t in before.tables.items() if i not in now}
    touched.discard(None)
    if not touched:
        return set()
    secs = [s for s in part.sections if s.number in touched]

    def read(texts: dict[str, str], tables: list[Table]):
        paras = [Paragraph(text=line, page=s.page, section=s.number, section_id=s.id)
                 for s in secs for line in (texts.get(s.id, s.text) or "").split("\n") if line.strip()]
        return extract_facts(paras, tables, load_rules(), sections=part.sections, use_model=False)

    old = read(before.texts, [t for t in before.tables.values() if t.section in touched])
    new = read({s.id: s.text for s in secs}, [t for t in part.tables if t.section in touched])
    for name in ("amounts", "quantities"):
        _figures_delta(part, name, getattr(old, name), getattr(new, name))
    _operations_delta(part, old.operations, new.operations, touched)
    return touched


def _fkey(f) -> tuple:
    return (norm_number(f.section or ""), f.table, fold(f.label or ""), round(float(f.value), 2))


def _figures_delta(part: Part, name: str, old: list, new: list) -> None:
    """Remove the figures the edits took away, put the new ones where the first of their
    section's removed ones stood (figures of a section are paired in reading order)."""
    ko, kn = Counter(_fkey(f) for f in old), Counter(_fkey(f) for f in new)
    gone, came = ko - kn, kn - ko
    # a figure whose place (section, table, label) is read again with another value: replaced
    # where it stands, so the figures keep their reading order
    by_place: dict[tuple, list] = {}
    for f in new:
        k = _fkey(f)
        if came.get(k):
            by_place.setdefault(k[:3], []).append(f)
    kept: list = []
    slot: dict[str, int] = {}            # section -> where its first removed figure stood
    for f in getattr(part, name):
        k = _fkey(f)
        if gone.get(k):
            gone[k] -= 1
            twins = by_place.get(k[:3])
            if twins:
                g = twins.pop(0)
                came[_fkey(g)] -= 1
                kept.append(copy.deepcopy(g))
                continue
            slot.setdefault(k[0], len(kept))
            continue
        kept.append(f)
    # a figure the convention's parse read with another label: dropped by value in its section
    for k, n in list(gone.items()):
        for _ in range(n):
            i = next((i for i, f in enumerate(kept) if norm_number(f.section or "") == k[0] and f.table == k[1]
                      and round(float(f.value), 2) == k[3]), None)
            if i is not None:
                del kept[i]
                slot[k[0]] = min(slot.get(k[0], i), i)
    added: dict[str, list] = {}
    for f in new:
        k = _fkey(f)
        if came.get(k):
            came[k] -= 1
            added.setdefault(k[0], []).append(copy.deepcopy(f))
    for sec, facts in sorted(added.items(), key=lambda kv: -slot.get(kv[0], len(kept))):
        at = slot.get(sec)
        if at is None:
            last = [i for i, f in enumerate(kept) if norm_number(f.section or "") == sec]
            at = last[-1] + 1 if last else len(kept)
        kept[at:at] = facts
    setattr(part, name, kept)


_OP_FIELDS = ("type", "commune", "maitre_ouvrage", "logements", "amount", "quartier")


def _okey(o) -> str:
    # The type too: "résidence Les Acacias" is requalified in one article and
    # residentialised in another's table, two operations of one site.
    return f"{o.type}:{_squash(o.name)}"


def _operations_delta(part: Part, old: list, new: list, touched: set[str]) -> None:
    """Operations of the touched sections read before and after the edits, by site name.
    A name two operations share (a second "centre commercial Saint-Jean" by another
    owner, added by a line of the table) is matched occurrence by occurrence: the
    occurrences the new reading has in excess are operations the edits added. An
    operation of another section (the résidentialisation of the residence whose
    requalification the edited article names) was not read again: it stays."""
    sections = {norm_number(n) for n in touched}
    by_old: dict[str, list] = {}
    by_new: dict[str, list] = {}
    for ops, into in ((old, by_old), (new, by_new)):
        for o in ops:
            into.setdefault(_okey(o), []).append(o)
    # The parse may have merged an operation's mentions into one record filed under its first
    # section ("îlot Curie" named in 4.1's list, then priced in 8.1's table): when no record of a
    # re-read operation is filed under a touched section, that merged record is the one to update.
    filed = {_okey(op) for op in part.operations if not op.section or norm_number(op.section) in sections}
    seen: dict[str, int] = {}
    kept = []
    for op in part.operations:
        k = _okey(op)
        if k not in by_old or (op.section and norm_number(op.section) not in sections and k in filed):
            kept.append(op)
            continue
        n = seen.get(k, 0)
        seen[k] = n + 1
        if n >= len(by_new.get(k, ())):
            continue                               # its line or paragraph is gone
        a, b = by_old[k][min(n, len(by_old[k]) - 1)], by_new[k][n]
        for f in _OP_FIELDS:
            if getattr(a, f) != getattr(b, f):
                setattr(op, f, getattr(b, f))
        if a.text != b.text and op.text == a.text:
            op.text = b.text
        kept.append(op)
    for k, ops in by_new.items():
        have = seen.get(k, 0) if k in by_old else sum(
            1 for o in kept if _okey(o) == k and (not o.section or norm_number(o.section) in sections))
        kept += [copy.deepcopy(o) for o in ops[have:]]
    part.operations = kept
