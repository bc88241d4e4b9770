"""An avenant whose changes are a comparison table: "Article | Rédaction initiale | Nouvelle rédaction".

Some avenants write no instruction sentences: a table lists, one row per change, where the
change is ("Article 4.1, deuxième alinéa", "Article 9, tableau, ligne « ANRU », colonne
« Le Plateau (QP067030) »", "Article 8.1, tableau, ligne ajoutée", "Article 2.2 (intitulé)",
"Annexe C4"), the initial wording and the new one. Each row is read into the same
Amendment / Edit records as an instruction sentence (edit_instructions.py), so consolidation
applies it the same way:

- words: the old words become the new ones, a whole alinéa as well (words are found whatever
  the line breaks of either parse, where a rank may count the lines another way); "(supprimé)"
  deletes them; "–" in the old column adds an alinéa;
- a table cell, a line removed ("(ligne supprimée)"), a line added (its cells given as
  « Colonne » : « valeur » pairs), "totaux" (recomputed);
- a heading ("intitulé"), an annex repealed, replaced or added.

The table is told by its header (an "initial" column and a "new" column); its pieces cut by
a page break (no header, as many columns) follow it.
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import one_line
from ..records import Amendment, Edit, Table
from .article_headings import modified_article
from .edit_instructions import ordinal_number, describe

_OLD = re.compile(r"r[ée]daction\s+(?:initiale|actuelle|ancienne|en\s+vigueur|d['’]origine)|ancienne\s+r[ée]daction"
                  r"|avant\s+(?:le\s+pr[ée]sent\s+)?avenant", re.I)
_NEW = re.compile(r"nouvelle\s+r[ée]daction|r[ée]daction\s+(?:nouvelle|modifi[ée]e)|apr[èe]s\s+(?:le\s+pr[ée]sent\s+)?avenant",
                  re.I)
_ORD = (r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
        r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)")
_ARTICLE = re.compile(r"^(?:l['’])?art(?:icle|\.)\s*(?P<n>\d+(?:\.\d+)*)(?:er)?\b(?P<rest>.*)$", re.I)
_ANNEX = re.compile(r"^(?:l['’])?annexe\s+(?P<n>[A-Z]?\d+(?:\.\d+)?|[A-Z])\b", re.I)
_Q = r"«\s*((?:[^«»]|«[^«»]*»)*?)\s*»"
# "ligne « ANRU », colonne « Le Plateau »", read without its quotes: a cell's lines may come back with
# a closing quote moved ("ligne « ANRU colonne Le », « Plateau »")
_ROW = re.compile(r"\bligne\b(?P<v>.*?)(?=\bcolonne\b|$)", re.I)
_COL = re.compile(r"\bcolonne\b(?P<v>.*)$", re.I)
_AFTER = re.compile(r"apr[èe]s\s+la\s+ligne\s+" + _Q, re.I)
_TABLE_TITLE = re.compile(r"tableau\s+" + _Q, re.I)
_ALINEA = re.compile(r"(?P<ord>" + _ORD + r")\s+alin[ée]a|alin[ée]a\s+(?P<num>\d+)", re.I)
_NEW_ALINEA = re.compile(r"nouvel\s+alin[ée]a|alin[ée]a\s+(?:ajout|nouveau)|apr[èe]s\s+le\s+(?P<ord>" + _ORD
                         + r")\s+alin[ée]a", re.I)
_DELETED = re.compile(r"^\(?\s*(?:ligne\s+|alin[ée]a\s+|mots?\s+)?(?:supprim|abrog|retir)[ée]e?s?\s*\)?\.?$", re.I)
_EMPTY = re.compile(r"^[\s–—\-]*(?:n[ée]ant|sans\s+objet)?[\s–—\-.]*$", re.I)
_PAIR = re.compile(r"«\s*([^»]*?)\s*»\s*:\s*«\s*([^»]*?)\s*»")


def _columns(t: Table, placed: bool = False) -> Optional[tuple[Optional[int], int, int]]:
    """(place, old, new) columns of a comparison table, from its header rows or first row. ``placed``:
    the table's place is known from around it (an avenant article "Modification de l'article 4.1"
    printing "Rédaction initiale | Rédaction modifiée" alone): two columns, place None."""
    # (the header row read last: a table whose header the parse put after its body)
    for row in list(t.header or []) + t.rows[:1] + t.rows[-1:]:
        old = next((j for j, c in enumerate(row) if _OLD.search(c or "")), None)
        new = next((j for j, c in enumerate(row) if _NEW.search(c or "")), None)
        if old is not None and new is not None and old != new:
            place = next((j for j in range(len(row)) if j not in (old, new)), None)
            if place is not None:
                return place, old, new
            if placed and len(row) == 2:
                return None, old, new
    return None


# A place cell that stops mid-phrase: a quotation left open, or a word that needs what follows.
_CUT = re.compile(r"(?:[,«]|\b(?:ligne|colonne|tableau|alin[ée]a|de|du|la|le|l['’]|et|apr[èe]s))\s*$", re.I)


def _open(text: str) -> bool:
    return (text or "").count("«") > (text or "").count("»") or bool(_CUT.search(text or ""))


def comparison_rows(tables: list[Table], above: Optional[dict[str, str]] = None,
                    places: Optional[dict[str, str]] = None) -> list[tuple[Table, list[str]]]:
    """The rows of the comparison tables, with their table (pieces after a page break included).
    ``above``: by table id, the text read between a piece and the previous one (its page's
    first lines): a place cell the page break cut (a quotation left open) continues there and
    in the piece's caption, which the parse took for text. ``places``: by table id, the article
    its section modifies ("Article 4.1"), the place of every row of a table without a place column."""
    above, places = above or {}, places or {}
    out: list[tuple[Table, list[str]]] = []
    cols: Optional[tuple[Optional[int], int, int]] = None
    prev_cols = 0
    place_of = ""
    for t in tables:
        own = _columns(t, placed=t.id in places)
        if own is not None:
            place_of = places.get(t.id, "")
        if own is None and not (cols is not None and not t.header and t.n_cols == prev_cols):
            cols = None
            continue
        cols = own or cols
        prev_cols = t.n_cols
        if cols[0] is None:
            # two columns: the article the section modifies is every row's place
            for row in t.rows:
                if len(row) < 2 or _OLD.search(row[cols[1]] or "") and _NEW.search(row[cols[2]] or ""):
                    continue
                # both sides given ("–" stands for none): a side left empty is a line the parse ran in
                if (row[cols[1]] or "").strip() and (row[cols[2]] or "").strip():
                    out.append((t, [place_of, one_line(row[cols[1]]), one_line(row[cols[2]])]))
            continue
        if own is None and out and _open(out[-1][1][0]):
            text, title = one_line(above.get(t.id, "")), one_line(t.title or "")
            rest = text if title and text.endswith(title) else " ".join(x for x in (text, title) if x)
            if rest:
                prev = out[-1][1]
                out[-1] = (out[-1][0], [one_line(prev[0] + " " + rest)] + prev[1:])
        for row in t.rows:
            if len(row) <= max(cols) or _OLD.search(row[cols[1]] or "") and _NEW.search(row[cols[2]] or ""):
                continue
            if out and out[-1][0] is t and row[cols[0]].strip() and not (row[cols[1]] or "").strip() \
                    and not (row[cols[2]] or "").strip():
                # a wrapped place cell whose lines the parse read as rows of their own (the other cells
                # of a row are never both empty: "–" stands for none)
                prev = out[-1][1]
                out[-1] = (t, [one_line(prev[0] + " " + row[cols[0]])] + prev[1:])
                continue
            out.append((t, [one_line(row[cols[0]]), one_line(row[cols[1]]), one_line(row[cols[2]])]))
    return out


def _bare(text: str) -> str:
    # a comma left alone where a quote moved ("Les , Peupliers") is no part of the label
    return re.sub(r"\s+,(?=\s)", "", " ".join(re.sub(r"[«»]", " ", text).split())).strip(" ,;:")


def _row_col(text: str) -> tuple[Optional[str], Optional[str]]:
    row, col = _ROW.search(text), _COL.search(text)
    return (_bare(row.group("v")) or None if row else None), (_bare(col.group("v")) or None if col else None)


def read_row(place: str, old: str, new: str) -> Optional[tuple[str, str, str, Optional[Edit], Optional[str]]]:
    """(target, target_kind, action, edit, new_heading) of one row, None when the place is not read."""
    m = _ANNEX.match(place)
    if m:
        if _DELETED.match(new) or re.search(r"\b(?:abrog|supprim|retir)[ée]", new, re.I):
            return m.group("n"), "annexe", "repeal", None, None
        if _EMPTY.match(old) or re.search(r"\bajout[ée]|\bins[ée]r[ée]|\bnouvelle\b", new, re.I):
            q = re.search(_Q, new)
            return m.group("n"), "annexe", "insert", None, q.group(1) if q else None
        return m.group("n"), "annexe", "replace", None, None
    m = _ARTICLE.match(place)
    if not m:
        return None
    n, rest = m.group("n"), m.group("rest")
    if re.search(r"intitul[ée]|\btitre\b", rest, re.I):
        return n, "article", "rename", None, new.strip(" «»")
    if re.search(r"\btableau", rest, re.I):
        title = _TABLE_TITLE.search(rest)
        rank = re.search(r"(?P<ord>" + _ORD + r")\s+tableau", rest, re.I)
        hint = title.group(1) if title else str(ordinal_number(rank.group("ord"))) if rank else None
        if re.search(r"\btotaux\b", rest, re.I):
            return n, "article", "replace", Edit("totals", table=hint), None
        if re.search(r"ligne\s+(?:ajout|nouvelle|ins[ée]r)|nouvelle\s+ligne", rest, re.I):
            after = _AFTER.search(rest)
            cells = {k: v for k, v in _PAIR.findall(new)}
            return n, "article", "replace", Edit("row_add", table=hint, after_row=after.group(1) if after else None,
                                                 cells=cells), None
        row, col = _row_col(rest[title.end():] if title else rest)
        if not row:
            return None
        if _DELETED.match(new):
            return n, "article", "replace", Edit("row_delete", table=hint, row=row), None
        return n, "article", "replace", Edit("cell_replace", old=old, new=new, table=hint, row=row, column=col), None
    added = _NEW_ALINEA.search(rest)
    if added or _EMPTY.match(old):
        return n, "article", "replace", Edit("paragraph_add", new=new,
                                             paragraph=ordinal_number(added.group("ord")) if added else None), None
    a = _ALINEA.search(rest)
    rank = (ordinal_number(a.group("ord")) if a.group("ord") else int(a.group("num"))) if a else None
    if _DELETED.match(new):
        return n, "article", "replace", Edit("words_delete", old=old, paragraph=rank), None
    return n, "article", "replace", Edit("words_replace", old=old, new=new, paragraph=rank), None


def comparison_amendments(tables: list[Table], above: Optional[dict[str, str]] = None,
                          places: Optional[dict[str, str]] = None) -> list[Amendment]:
    """The amendments a comparison table of the avenant lists, in its row order."""
    out = []
    for t, (place, old, new) in comparison_rows(tables, above, places):
        got = read_row(place, old, new)
        if got is None:
            continue
        target, kind, action, edit, heading = got
        out.append(Amendment(target=target, target_kind=kind, action=action, new_heading=heading,  # type: ignore[arg-type]
                             new_text=describe(edit) if edit is not None else None, section=t.section,
                             page=t.pages[0] if t.pages else 0, raw=" | ".join((place, old, new)), edit=edit))
    return out


def _section_key(number: Optional[str]) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", number or "")] or [0]


# An avenant article naming the convention article it modifies: "Modification de l'article 4.1 « … »",
# "Article 9 modifié", "… (article 9 modifié)".
_MODIFIES = re.compile(r"modification\s+de\s+l['’]\s*article\s+(?P<n>\d+(?:\.\d+)*)", re.I)


def _placed(draft) -> dict[str, str]:
    """By table id, "Article N" for the tables printed under an avenant heading that names the article N
    it modifies (the place of a two-column comparison table's rows)."""
    out: dict[str, str] = {}
    for sec in draft.sections:
        m = _MODIFIES.search(sec.heading or "")
        n = m.group("n") if m else modified_article(sec.heading or "")
        if n:
            out.update({b.table: f"Article {n}" for b in sec.blocks if b.kind == "table" and b.table})
    return out


def _text_above(draft) -> dict[str, str]:
    """By table id, the paragraphs printed right before the table on its own page (a table's
    continuation: what a page break cut from its last row may be read there)."""
    out: dict[str, str] = {}
    for sec in draft.sections:
        run: list = []
        for b in sec.blocks:
            if b.kind == "table" and b.table:
                out[b.table] = " ".join(x.text for x in run if x.page == b.page)
                run = []
            elif b.kind in ("paragraph", "list_item"):
                run.append(b)
    return out


def with_table_rows(draft, tables: list[Table]) -> None:
    """Add the comparison table's amendments to an avenant draft's, in the order of the avenant's
    own sections (the rows of its article 2 before the instructions of its article 3)."""
    rows = comparison_amendments(tables, _text_above(draft), _placed(draft))
    if rows:
        draft.amendments = sorted(draft.amendments + rows, key=lambda a: _section_key(a.section))
