"""Operations (demolition, requalification, ...) of named sites, from prose and tables.

Prose: an action word ("Démolition", "requalification", ...) opens a clause;
each building listed in it with a count in brackets ("Capucines (16 logements)")
is one operation. A clause that ends with ":" ("Requalification de 190 LLS
propriété de Pas-de-Calais Habitat :") sets the type and maître d'ouvrage for
the list items that follow; the section heading ("Le quartier République –
Cité 4 Sud à Avion") gives quartier and commune.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from ..records import Operation, Section, Table
from .keyed_records import Where, keyed_pairs
from .lexicon import Lexicon
from ..french.numbers import find_amounts, parse_amount, parse_number
from ..french.bullets import LIST_MARK_CLASS
from ..french.text import fold, key, squeeze
from ..french.words import NAME_LINKS

_UP = "A-ZÉÈÊËÀÂÎÏÔÛÜÇ"
_CONNECT = r"(?:des|du|de\s+la|de\s+l['’]|d['’]|de|la|le|les|l['’])"
_PROPER = rf"[{_UP}][\w'’\-]*(?:[ \u00a0\n]+(?:{_CONNECT}[ \u00a0\n]*)?[{_UP}0-9][\w'’\-]*)*"
_BULLET_SPLIT = re.compile(rf"(?:^|\n|(?<=[:;,.])[ \u00a0]+)[{LIST_MARK_CLASS}][ \u00a0]+")
_LIST_START = re.compile(rf"\s*[{LIST_MARK_CLASS}]")
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_COUNT_IN_PAREN = re.compile(r"(\d[\d \u00a0]*)\s*(?:\([^)]*\)\s*)?(?:logements?|lls|lgts?|logts?)\b", re.IGNORECASE)
_A_COMMUNE_END = re.compile(rf"[ \u00a0\n]+(?:à|a)[ \u00a0\n]+(?P<c>[{_UP}][\w'’\-]+)[ \u00a0\n]*$")
# An operation code opening its label cell: glued before the label by a merged column
# ("C0437-37-0007 Réhabilitation ..."), or the IDTOP printed in the label, a dash after it
# ("C0999-21-0042 – Démolition …").
_CODE_LEAD = re.compile(r"^(?=[\w\-/.]*\d{3})[A-Z0-9][\w\-/.]*\d(?:\s+|\s*[–—:]\s*|\s+-\s+)(?=[^\W\d])")
# A label that ends on a connector or a dash was cut (its end went to another row or table);
# cut before it named a site, it names no operation.
_CUT_LABEL = re.compile(r"(?:\s[-–—]|(?<![\w])(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|et|un|une|en|sur))\s*$",
                        re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?")
_CODE_CELL = re.compile(r"(?=[\w\-/.]*\d{3})[A-Z0-9][\w\-/.]*\d")
_A_COMMUNE = re.compile(rf"(?<![\w])à[ \u00a0\n]+(?P<c>[{_UP}][\w'’\-]+)")


@dataclass
class Context:
    """What list items inherit: set by a clause ending with ':' and by the section."""
    type: Optional[str] = None
    maitre_ouvrage: Optional[str] = None
    commune: Optional[str] = None
    quartier: Optional[str] = None


class OperationReader:
    def __init__(self, lx: Lexicon, sections: list[Section] | None = None):
        self.lx = lx
        self.sections = {s.number: s for s in (sections or [])}
        self.ops: list[Operation] = []
        self.spellings: dict[str, int] = {}    # every way a site was written, for the final name
        self._section: object = object()
        self.ctx = Context()
        self._actions = re.compile(
            r"(?<![\w])(" + "|".join(re.escape(a) for a, _ in sorted(lx.actions, key=lambda x: -len(x[0]))) + r")",
        ) if lx.actions else None
        self._action_type = {a: t for a, t in lx.actions}
        keep = "|".join(re.escape(w) for w in sorted(lx.site_keep, key=len, reverse=True)) or "(?!)"
        drop = "|".join(re.escape(w) for w in sorted(lx.site_drop, key=len, reverse=True)) or "(?!)"
        self._drop_lead = re.compile(rf"^(?:(?i:{drop})[ \u00a0\n]+)+")
        self._site = re.compile(
            rf"(?<![\w])(?:(?P<keep>(?i:{keep}))[ \u00a0\n]+(?:{_CONNECT}[ \u00a0\n]*)?|(?i:{drop})[ \u00a0\n]+)(?P<proper>{_PROPER})")
        self._site_words = keep + "|" + drop
        # Site words naming a housing building ("barre", "tour", "résidence"), not an
        # equipment ("groupe scolaire"): an object word after one is part of its name.
        objects = {w for w, _ in lx.objects}
        housing = [key(w) for w in lx.site_keep + lx.site_drop
                   if not any(o in key(w).split() or key(w) in o for o in objects)]
        self._housing_site = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(housing, key=len, reverse=True)) + r")(?![\w])"
        ) if housing else re.compile("(?!)")
        self._drop_words = {key(w) for w in lx.site_drop}
        self._by_initial: dict[str, list[Operation]] = {}
        self._last_family: Optional[tuple[list[str], Optional[str]]] = None
        # the header and column roles of the last operation table (a continuation without
        # its header, as many columns wide, reads the same columns)
        self._last_columns: Optional[tuple[list[str], dict[str, int], int]] = None
        # a table that was only a header (left at a page foot) and its page
        self._lone_header: Optional[tuple[list[str], int]] = None
        self._table_ops: set[int] = set()        # ids of operations read from table rows
        self._from_prose: set[int] = set()       # ids of operations prose alone has given so far
        self._in_list = False
        self._commune_column = False
        # rows of tables without a family, with table id and whether the table is the programme's
        self._deferred: list[tuple[Operation, str, bool]] = []
        self._programmed = False                  # a family table was read
        self._last_programme = False              # the last operation table programmed (see read_table)
        self._quartier_of: Optional[dict[str, str]] = None
        self._tail = re.compile(
            rf"(?:(?<![\w])(?P<keep>(?i:{keep}))[ \u00a0\n]+(?:{_CONNECT}[ \u00a0\n]*)?)?(?<![\w'’])(?P<proper>{_PROPER})[ \u00a0\n]*$")

    # -- prose -------------------------------------------------------------

    def read_keyed(self, text: str, where: object) -> None:
        """An operation printed as one record of key / value pairs (keyed_records.py): the keys
        take the column roles an operation table's headings would, the values are its row."""
        pairs = keyed_pairs(text)
        if not pairs:
            return
        header, row = [k for k, _ in pairs], [v for _, v in pairs]
        roles = _column_roles(header, [row], self.lx.columns)
        if "label" not in roles or not ({"amount", "owner", "logements"} & set(roles)):
            return
        held = self._commune_column
        self._commune_column = "place" in roles and "commune" in squeeze(header[roles["place"]])
        op = self._row_operation(row, roles, None, where)  # type: ignore[arg-type]
        self._commune_column = held
        if op is not None:
            self._add(op)

    def read_paragraph(self, text: str, page: int, section: Optional[str], list_item: bool = False) -> None:
        self.read_keyed(text, Where([page], section))
        self._in_list = list_item or bool(_LIST_START.match(text))
        if section != self._section:
            self._section = section
            self.ctx = self._section_context(section)
        elif not list_item and not _LIST_START.match(text):
            # Running prose ends the list a "... :" clause opened.
            self.ctx.type = self.ctx.maitre_ouvrage = None
        for item in _BULLET_SPLIT.split(text):
            if item.strip():
                self._read_item(item, page, section)

    def _section_context(self, number: Optional[str]) -> Context:
        sec = self.sections.get(number) if number else None
        ctx = Context()
        while sec is not None:
            m = re.search(r"^(?P<q>.*?)[ \u00a0]+à[ \u00a0]+(?P<c>[" + _UP + r"][\w'’\-]+(?:[ -][\w'’\-]+)*)\s*$",
                          sec.heading.strip())
            if m and ctx.commune is None:
                ctx.commune = m.group("c")
                q = re.sub(r"^(?:le|la|les)\s+quartiers?\s+(?:de\s+la\s+|du\s+|de\s+)?", "", m.group("q").strip(),
                           flags=re.IGNORECASE)
                ctx.quartier = q.strip(" –-") or None
                break
            sec = self.sections.get(self._parent_number(sec))
        return ctx

    def _parent_number(self, sec: Section) -> Optional[str]:
        if not sec.parent:
            return None
        for s in self.sections.values():
            if s.id == sec.parent:
                return s.number
        return None

    def _read_item(self, text: str, page: int, section: Optional[str]) -> None:
        folded = fold(text)
        # "410 démolitions" counts demolitions: a unit, not an action on a site.
        hits = [h for h in (self._actions.finditer(folded) if self._actions else [])
                if not re.search(r"\d\s*$", text[max(0, h.start() - 6):h.start()])]
        segments: list[tuple[int, int, Optional[str]]] = []
        if not hits or hits[0].start() > 0 and text[:hits[0].start()].strip() and self.ctx.type:
            # A list item without its own action ("Immeubles Glycines (30 logements) ...").
            segments.append((0, hits[0].start() if hits else len(text), self.ctx.type))
        for i, h in enumerate(hits):
            end = hits[i + 1].start() if i + 1 < len(hits) else len(text)
            segments.append((h.start(), end, self._type_of(folded, h)))
        for s, e, typ in segments:
            if typ and self._withdrawn(text[:s]):
                continue                          # "Retrait de l'opération démolition de …"
            if typ:
                # A list item, or a clause the action opens ("..., démolition complète des
                # immeubles X"), is a programme line; "libéré par la démolition de X" is not.
                opens = not text[:s].strip() or bool(re.search(r"(?:[,;:(]|\bet|\bainsi que)\s*$", text[:s]))
                self._read_segment(text[s:e], typ, page, section,
                                   listed=opens and (self._in_list or self.ctx.type is not None))
        if hits and text.rstrip().endswith(":"):
            # The clause introduces a list: its type and owner carry over.
            self.ctx.type = self._type_of(folded, hits[0])
            self.ctx.maitre_ouvrage = self._owner(text) or self.ctx.maitre_ouvrage

    def _withdrawn(self, before: str) -> bool:
        """The words before an action withdraw the operation it opens (see [operations.withdrawn])."""
        k = key(before[-60:])
        return any(k.endswith(w) for w in self.lx.withdrawn)

    def _type_of(self, folded: str, hit: re.Match) -> str:
        typ = self._action_type[hit.group(1)]
        if typ in ("requalification", "construction", "amenagement"):
            window = folded[hit.end():hit.end() + 40]
            housing = re.search(r"(?<![\w])(?:logements?|lls)(?![\w])", window)
            if housing:
                window = window[:housing.start()]    # "Réhabilitation de 84 logements rue X" is housing
            building = self._housing_site.search(window)
            if building:
                window = window[:building.start()]   # "Requalification de la barre du Parc" is housing
            for word, obj_type in self.lx.objects:
                if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", window):
                    return obj_type
        return typ

    def _object_in(self, folded: str) -> Optional[str]:
        for word, obj_type in self.lx.objects:
            if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", folded):
                return obj_type
        return None

    def _owner(self, text: str) -> Optional[str]:
        from .entities import rule_entities
        for f in rule_entities(text, self.lx):
            if f.label == "ORG" and self._org_kind(f.normalized) in ("bailleur", "commune", "epci"):
                return f.normalized
        return None

    def _org_kind(self, name: str) -> str:
        return next((o.kind for o in self.lx.organisations if o.name == name), "org")

    def _read_segment(self, seg: str, typ: str, page: int, section: Optional[str], listed: bool = False) -> None:
        owner = self._owner(seg) or self.ctx.maitre_ouvrage
        cm = _A_COMMUNE.search(seg)
        commune = cm.group("c") if cm and key(cm.group("c")) in self.lx.communes else self.ctx.commune
        items, prev_end, any_counted = [], 0, False
        action_end = re.match(r"\S+", seg)
        prev_end = action_end.end() if action_end else 0
        for m in _PAREN.finditer(seg):
            content = m.group(1)
            cm_ = _COUNT_IN_PAREN.search(content)
            if cm_:
                count = int(parse_number(cm_.group(1).strip()) or 0)
            elif re.fullmatch(r"\s*\d{1,4}\s*", content) and any_counted:
                count = int(content)
            else:
                prev_end = m.end()
                continue
            chunk = seg[prev_end:m.start()]
            prev_end = m.end()
            item_commune = commune
            ce = _A_COMMUNE_END.search(chunk)
            if ce:
                item_commune = ce.group("c")
                chunk = chunk[:ce.start()]
            name = self._name_at_end(chunk)
            if name:
                any_counted = True
                items.append((name, count, item_commune))
        if items:
            for name, count, item_commune in items:
                self._add(Operation(type=typ, name=name, commune=item_commune, maitre_ouvrage=owner,
                                    logements=count, page=page, section=section, quartier=self.ctx.quartier,
                                    text=_one_line(seg)), prose=True)
            return
        # One named site in the clause, governed by the action ("démolition de la tour
        # des Frênes"), with evidence that it is programmed: an amount, a count, or a
        # list line. A site merely mentioned ("... avec la démolition de la tour des
        # Frênes et la création d'un pôle") is not an operation.
        sites = [self._site_name(m) for m in self._site.finditer(seg)]
        sites = [s for s in sites if s]
        if len({key(s) for s in sites}) == 1 and self._governs(seg):
            amounts = [a for a in find_amounts(seg) if a.per is None]
            if not (amounts or listed or _COUNT_IN_PAREN.search(seg)):
                return
            self._add(Operation(type=typ, name=sites[0], commune=commune, maitre_ouvrage=owner,
                                amount=amounts[0].value if len(amounts) == 1 else None,
                                page=page, section=section, quartier=self.ctx.quartier, text=_one_line(seg)), prose=True)

    def _governs(self, seg: str) -> bool:
        """The first site of the clause is the action's object: action word, an optional
        qualifier, determiners/prepositions, then the site."""
        m = re.match(rf"\S+(?:\s+(?:partielle|complète|totale|anticipée|d['’]une|de|d['’]))*\s*(?:{_CONNECT}\s*)*",
                     seg, re.IGNORECASE)
        first = self._site.search(seg)
        return bool(m and first and first.start() <= m.end())

    def _site_name(self, m: re.Match) -> Optional[str]:
        proper = _trim_proper(m.group("proper"))
        if not proper or self._not_a_site(proper):
            return None
        if m.group("keep"):
            return _one_line(m.group(0)[: m.start("proper") - m.start()] + proper)
        return proper

    def _not_a_site(self, name: str) -> bool:
        k = key(name)
        return k in self.lx.stopwords or k in self.lx.alias_names or k in self.lx.communes

    def _name_at_end(self, chunk: str) -> Optional[str]:
        m = self._tail.search(chunk)
        if not m:
            return None
        proper = _trim_proper(self._drop_lead.sub("", m.group("proper")))
        if not proper or self._not_a_site(proper):
            return None
        if m.group("keep"):
            return _one_line(m.group(0)[: m.start("proper") - m.start()] + proper).strip()
        return _one_line(proper)

    # -- tables ------------------------------------------------------------

    def read_table(self, table: Table) -> None:
        """One operation per data row of an operation table (see [operations.columns]).

        A table whose title names a family ("La démolition de logements locatifs
        sociaux") programmes operations. Other tables listing operations (a
        calendar, a co-financer's table) usually repeat them: their rows are kept
        aside and only complete the programmed operations (see ``finish``)."""
        for row in table.rows:                   # a record of key / value pairs in a cell
            for cell in row:
                if cell.count(":") >= 2:
                    self.read_keyed(cell, table)
        header = _column_headers(table)
        first = 0                                # the first data row
        width = max((len(r) for r in table.rows), default=0)
        if not header:
            first = self._header_rows(table.rows)
            if first == len(table.rows):
                # Only a header, at a page foot: its rows follow on the next page.
                self._lone_header = (_rows_header(table.rows, first), table.pages[-1] if table.pages else 0)
                return
            if first:
                # The header was read as data rows ("IDTOP | Libellé | Commune | ...").
                header = _rows_header(table.rows, first)
        if not header and self._lone_header and len(self._lone_header[0]) == width and table.pages \
                and 0 <= table.pages[0] - self._lone_header[1] <= 1:
            header = self._lone_header[0]
        self._lone_header = None
        headerless = not header
        if headerless and self._continues(table, width):
            # A table continued on the next page without its header: the previous operation
            # table's columns (its amounts need not carry a currency sign).
            header, roles = list(self._last_columns[0]), dict(self._last_columns[1])
        elif headerless:
            # A table printed without a header: the cells tell the roles.
            header = [""] * width
            roles = self._roles_from_cells(table.rows)
        else:
            roles = _column_roles(header, table.rows[first:], self.lx.columns)
        if "label" not in roles or not ({"amount", "owner", "logements"} & set(roles)) \
                or self._is_summary(table, header, roles):
            self._last_family = None
            self._last_columns = None
            return
        if not headerless or self._last_columns:
            self._last_columns = (header, roles, table.pages[-1] if table.pages else 0)
        family = self._family(table.title) if table.title.strip() else None
        previous = self._last_family
        inherited = False
        if family is None and not table.title.strip() and previous and (previous[0] == header or headerless):
            family = previous[1]                 # a title-less table continues the previous one
            inherited = True
        self._last_family = (previous[0] if headerless and previous else header, family)
        # Without a family, a table whose subsidy column is the programme's own
        # ("Montant prévisionnel de subvention ANRU") still programmes
        # operations ("Les opérations financées au titre de l'appel à projets
        # …"): a row no other table programmes is one, of its action's type or
        # "other". A co-financer's table ("… de subvention Région") only
        # completes. A header-less table continues the previous one's status;
        # alone, it programmes when its rows carry operation codes.
        if headerless:
            programme = family is None and (self._last_programme if previous else self._coded(table.rows))
        else:
            programme = family is None and "amount" in roles and any(
                w in squeeze(header[roles["amount"]]) for w in self.lx.columns.get("programme_amount", []))
        self._last_programme = programme
        label_header = squeeze(header[roles["label"]])
        self._commune_column = "place" in roles and "commune" in squeeze(header[roles["place"]])
        # Two rows of one programming table are two operations, even of one site, type and
        # commune (a table without IDTOP column: "Création du centre commercial Saint-Jean"
        # by two maîtres d'ouvrage): a row never merges with what another row of it read.
        mine: set[int] = set()
        rows = self._merged_down(table.rows, roles, first)
        for i, row in enumerate(rows):
            if i < first:
                continue
            if roles["label"] < len(row) and squeeze(row[roles["label"]]) == label_header:
                continue                          # the header repeated on a new page
            op = self._row_operation(row, roles, family, table, default="other" if programme else None,
                                     inherited=inherited)
            if op is None:
                continue
            op.page = table.page_of_row(i)
            op.row = f"{table.id}#{i}"
            if family:
                self._programmed = True
                mine.add(id(self._add(op, exclude=mine)))
                self._table_ops.add(id(self.ops[-1]))
            else:
                self._deferred.append((op, table.id, programme))

    def _continues(self, table: Table, width: int) -> bool:
        """Does a table without header continue the last operation table: as many
        columns, on the same page or the next?"""
        if not self._last_columns or len(self._last_columns[0]) != width or not table.pages:
            return False
        return 0 <= table.pages[0] - self._last_columns[2] <= 1

    def _roles_from_cells(self, rows: list[list[str]]) -> dict[str, int]:
        """Column roles of a table without header, from what its cells hold: labels open
        with an action word, amounts are money (the rightmost money column: the subsidy
        follows its base), counts are whole numbers, owners are organisations."""
        from .entities import rule_entities
        width = max((len(r) for r in rows), default=0)
        columns = [[r[i].strip() for r in rows if i < len(r) and r[i].strip()] for i in range(width)]

        def share(cells, test) -> float:
            return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

        def opens_action(c: str) -> bool:
            m = self._actions.search(fold(_CODE_LEAD.sub("", c))) if self._actions else None
            return bool(m and m.start() <= 2)

        def money(c: str) -> bool:
            # a currency, or figures grouped by thousands ("3 943 800", "1.163.000,50"): no
            # count of logements is written so
            return _money_in(c) is not None and bool(re.search(r"€|euros?|EUR", c, re.IGNORECASE)
                                                     or _GROUPED.fullmatch(c.strip()))

        def org(c: str) -> bool:
            return any(f.label == "ORG" for f in rule_entities(c, self.lx))

        roles: dict[str, int] = {}
        label = next((i for i, c in enumerate(columns) if share(c, opens_action) >= 0.6), None)
        if label is None:
            return roles
        roles["label"] = label
        amount = [i for i, c in enumerate(columns) if i != label and share(c, money) >= 0.6]
        if amount:
            roles["amount"] = amount[-1]
        free = [i for i in range(width) if i not in roles.values()]
        count = next((i for i in free if share(columns[i], lambda c: _whole_number(c) is not None) >= 0.6), None)
        if count is not None:
            roles["logements"] = count
        owner = next((i for i in free if i != count and share(columns[i], org) >= 0.5), None)
        if owner is not None:
            roles["owner"] = owner
        return roles

    def _header_rows(self, rows: list[list[str]]) -> int:
        """How many leading rows of a table without header are its header: rows with no
        figure, one of them naming the label column ("Libellé", "Opération"). All its
        rows when the table is only that (a header left at a page foot)."""
        n = 0
        while n < min(2, len(rows)) and rows[n] and not any(re.search(r"\d", c) for c in rows[n]):
            n += 1
        labels = self.lx.columns.get("label", [])
        named = any(any(w in squeeze(c) for w in labels) for r in rows[:n] for c in r)
        return n if named else 0

    def _coded(self, rows: list[list[str]]) -> bool:
        """Rows that carry an operation code ("C0437-21-0001") in a cell of their own."""
        return sum(1 for r in rows if any(_CODE_CELL.fullmatch(c.strip()) for c in r)) >= 0.6 * max(len(rows), 1)

    def _is_summary(self, table: Table, header: list[str], roles: dict[str, int]) -> bool:
        """A table restating the programme by family ("Concours financiers par famille
        d'opérations", a synthesis of counts): its rows are families, not operations.
        Told by its title or label header (`summary` words of [operations.columns]),
        or by its rows: no maître d'ouvrage nor count column, and no row naming a site."""
        words = self.lx.columns.get("summary", [])
        if any(w in squeeze(f"{table.title} {header[roles['label']]}") for w in words):
            return True
        if "owner" in roles or "logements" in roles:
            return False
        labels = [_one_line(r[roles["label"]]) for r in table.rows if roles["label"] < len(r)]
        labels = [x for x in labels if x and not any(key(x) == w or key(x).startswith(w + " ")
                                                      for w in self.lx.skip_rows)]
        return len(labels) >= 3 and not any(_names_a_site(x) or _COUNT_IN_PAREN.search(x) for x in labels)

    def _merged_down(self, rows: list[list[str]], roles: dict[str, int], first: int) -> list[list[str]]:
        """The rows with their commune and maître d'ouvrage cells merged down filled: a word
        processor prints a cell merged over consecutive rows once, and without vertical rules
        the rows below read it empty. Within a block of rows (a group row, a total or a
        sub-total ends it), an empty cell of those columns under a filled one is that cell."""
        cols = [roles[r] for r in ("place", "owner") if r in roles]
        if not cols:
            return rows
        out: list[list[str]] = []
        above: dict[int, str] = {}
        for i, row in enumerate(rows):
            label = row[roles["label"]].strip() if roles["label"] < len(row) else ""
            if i < first or _spread(row) or not label or any(
                    key(label) == w or key(label).startswith(w + " ") for w in self.lx.skip_rows):
                above = {}
                out.append(row)
                continue
            row = list(row)
            for j in cols:
                if j >= len(row):
                    continue
                if row[j].strip():
                    above[j] = row[j]
                elif j in above:
                    row[j] = above[j]
            out.append(row)
        return out

    def _row_operation(self, row: list[str], roles: dict[str, int], family: Optional[str],
                       table: Table, default: Optional[str] = None, inherited: bool = False) -> Optional[Operation]:
        """One operation of a table row. ``family``: the type the table's title gives; when
        ``inherited`` from the table before, a row's own action word decides first (the
        neighbouring table's family is only a guess)."""
        cell = lambda role: row[roles[role]].strip() if role in roles and roles[role] < len(row) else ""  # noqa: E731
        label = _CODE_LEAD.sub("", _one_line(cell("label")))
        if not label or any(key(label) == w or key(label).startswith(w + " ") for w in self.lx.skip_rows):
            return None                           # "Total", "Sous-total La Briqueterie"
        if _spread(row):
            return None                           # a group row spread over the columns ("Cité du 12/14 (QP062024)")
        amount = _money_in(cell("amount"))
        if "amount_last" in roles:
            found = [a for a in find_amounts(cell("amount")) if a.per is None]
            amount = found[-1].value if len(found) >= 2 else amount
        n = _whole_number(cell("logements"))
        owner = _one_line(cell("owner")) or None
        if amount is None and n is None and owner is None:
            return None                           # a sub-heading row ("Quartier République")
        commune, rest = self._commune_prefix(label)
        if _CUT_LABEL.search(label) and not _names_a_site(rest):
            return None                           # "AVION - Démolition de": the rest of the label was lost
        place = _one_line(cell("place")) or None
        commune = self._commune_in(place) or commune
        if commune is None and place and roles.get("place") is not None and self._commune_column:
            commune = place                       # a "Commune" column names it, listed or not
        folded = fold(rest)
        hit = self._actions.search(folded) if self._actions else None
        if family and not (inherited and hit):
            typ = family
        elif hit:
            # A category written before the action ("Immobilier à vocation
            # économique Construction d'une maison de santé") names the family.
            typ = (hit.start() > 0 and self._object_in(folded[:hit.start()])) or self._type_of(folded, hit)
        else:
            # A row of an operation table names an operation: without an action
            # word, its object says which ("Développement d'un pôle économique").
            typ = default or self._object_in(folded)
        if typ is None:
            return None
        name = self._strip_action(rest, hit) if hit and hit.start() == 0 else rest
        # "Aménagement secteur 1 : rue X, place Y": the words before the colon name the
        # operation; the streets after it detail it and do not make it a named site.
        site_named = name != rest or _names_a_site(re.split(r"\s*:\s", rest, maxsplit=1)[0])
        name = _unbracket(_drop_count(name) or name)
        quartier = self._quartiers().get(commune) if commune else None
        if quartier and not site_named and key(quartier) not in key(name):
            name = f"{name} – {quartier}"         # "Accompagnement des ménages relogés": the site is the quartier
        return Operation(type=typ, name=name, commune=commune, maitre_ouvrage=owner,
                         logements=n if n is not None else _count_in(rest), amount=amount,
                         page=table.pages[0] if table.pages else 0, section=table.section,
                         quartier=quartier or place, text=" | ".join(row))

    def finish(self) -> list[Operation]:
        """Rows of tables without a family complete the programmed operations; with none
        programmed in the part, they are the operations."""
        # One row is one operation: a row never completes an operation another row of
        # its table already completed ("Requalification de la résidence X" and
        # "Résidentialisation de la résidence X" are two).
        claimed: dict[int, set[str]] = {}
        for op, table_id, programme in self._deferred:
            taken = {i for i, tables in claimed.items() if table_id in tables}
            old = self._same_site(op, firm_type=False, loose=True, exclude=taken) if self._programmed else None
            if not self._programmed or (programme and old is None):
                held = self._add(op, firm_type=False, exclude=taken)
                claimed.setdefault(id(held), set()).add(table_id)
                continue
            if old is not None:
                claimed.setdefault(id(old), set()).add(table_id)
                # another financer's amount is not the programmed one
                _complete(old, op, amount=programme, prefer=self._table_over_prose(old, False))
        self._deferred = []
        self.ops = self._into_groups(self.ops)
        return self.ops

    def _into_groups(self, ops: list[Operation]) -> list[Operation]:
        """A building the prose names one by one ("Immeubles Glycines (30 logements)
        et Cyclamens (20 logements)") that a programming table groups with others
        in one operation ("Résidentialisation des immeubles Glycines, Cyclamens et
        Edelweiss") is part of that operation, not one of its own."""
        def items(name: str) -> set[str]:
            return {self._site_key(x) for x in re.split(r",|\bet\b", name) if x.strip()}
        groups = [(g, items(g.name)) for g in ops if id(g) in self._table_ops and len(items(g.name)) > 1]
        kept = []
        for op in ops:
            home = None if id(op) in self._table_ops else next(
                (g for g, names in groups if g.type == op.type and self._site_key(op.name) in names
                 and not (g.commune and op.commune and g.commune != op.commune)), None)
            if home is None:
                kept.append(op)
        return kept

    def _quartiers(self) -> dict[str, str]:
        """Commune -> quartier, from headings such as "Le quartier République – Cité 4 Sud à Avion"."""
        if self._quartier_of is None:
            self._quartier_of = {}
            for number in self.sections:
                ctx = self._section_context(number)
                if ctx.commune and ctx.quartier and key(ctx.commune) in self.lx.communes:
                    q = re.sub(r"^(?:la|le|les|l['’])\s*", "", ctx.quartier, flags=re.IGNORECASE)
                    self._quartier_of.setdefault(self.lx.communes[key(ctx.commune)], q)
        return self._quartier_of

    def _family(self, title: str) -> Optional[str]:
        """The operation family a table title names: its object first ("les équipements publics"),
        else its action ("La démolition de ..."). A title opening on an operation code is a
        row taken for the title ("C0579-21-0002 Démolition de la tour X …"): no family."""
        if _CODE_CELL.match(title.strip().split(" ", 1)[0]) and re.search(r"\d", title.split(" ", 1)[0]):
            return None
        folded = fold(title)
        for word, obj_type in self.lx.objects:
            if obj_type in ("equipement", "immobilier_economique") and re.search(
                    rf"(?<![\w]){re.escape(word)}", folded):
                return obj_type
        hit = self._actions.search(folded) if self._actions else None
        return self._type_of(folded, hit) if hit else None

    def _commune_prefix(self, label: str) -> tuple[Optional[str], str]:
        """"LENS - Démolition de ..." -> ("Lens", "Démolition de ...")."""
        m = re.match(r"^\s*([^\W\d][\w'’ \-]*?)\s+[-–—]\s+", label)
        if m and key(m.group(1)) in self.lx.communes:
            return self.lx.communes[key(m.group(1))], label[m.end():]
        return None, label

    def _commune_in(self, text: Optional[str]) -> Optional[str]:
        """The first commune of the list written in ``text`` ("62510 Liévin, Angres ...")."""
        if not text or self.lx.commune_regex is None:
            return None
        m = self.lx.commune_regex.search(fold(text, lower=False))
        return self.lx.communes.get(key(m.group(0))) if m else None

    def _strip_action(self, label: str, hit: Optional[re.Match]) -> str:
        """Drop the opening action when a site follows it ("Démolition de l’immeuble X" -> "immeuble X");
        keep it when it is the name ("Études urbaines et AMO")."""
        if hit is None:
            return label
        rest = label[hit.end():]
        rest = re.sub(r"^\w*", "", rest)              # the end of the action word
        rest = re.sub(r"^\s*(?:(?:partielle|complète|totale|anticipée)\s+)?", "", rest, flags=re.IGNORECASE)
        m = re.match(rf"^[\s,:–-]*(?:{_CONNECT}\s*)", rest, flags=re.IGNORECASE)
        if m:
            rest = rest[m.end():]
        # What follows must name a site: a site word or a proper name. "Études de
        # programmation", "Résidentialisation de 208 logements" name none.
        # An acronym is not a site: "Conduite de projet NPNRU CALL" keeps its action.
        site = rf"^[\s,:–-]*(?:(?i:{self._site_words})(?!\w)|[{_UP}](?![{_UP}\d\s]))"
        if not re.match(site, rest):
            # "Reconstitution de l'offre – l'opération X": the action's complement, then
            # a site word after a dash ("Construction d'un centre commercial - Quartier
            # République" only places the operation).
            dash = re.search(r"\s[–—-]\s+", rest)
            after = dash and re.sub(rf"^(?i:{_CONNECT})\s*", "", rest[dash.end():])
            if not after or not re.match(rf"(?i:{self._site_words})(?!\w)", after):
                return label
            rest = after
        dropped = self._drop_lead.sub("", rest).strip(" -–:,")
        if re.match(rf"(?i:{_CONNECT})\s", dropped):
            return rest.strip(" -–:,")        # "immeuble du Parc": the building word holds the name
        return dropped or label

    # -- merging -----------------------------------------------------------

    def _site_key(self, name: str) -> str:
        """What identifies a site across spellings: "l’immeuble Capucines (16 logements)" -> "capucines"."""
        k = key(re.sub(r"\([^()]*\)", " ", name))
        words = [w for w in k.split() if w not in self._drop_words]
        # the article or preposition the dropped site word governed goes with it
        # ("immeuble des Frênes" / "Frênes"; "l'immeuble Capucines" / "Capucines")
        while len(words) > 1 and words[0] in NAME_LINKS:
            words = words[1:]
        return " ".join(words) or key(name)

    def _add(self, op: Operation, firm_type: bool = True, prose: bool = False,
             exclude: set[int] = frozenset()) -> Operation:
        """Merge with an operation of the same (type, site, commune), keeping the richest fields
        and the first page."""
        if prose:     # table labels are printed names; prose spellings vary ("Fresnes" / "Frênes")
            self.spellings[op.name] = self.spellings.get(op.name, 0) + 1
        old = self._same_site(op, firm_type, exclude=exclude)
        if old is not None:
            _complete(old, op, prefer=self._table_over_prose(old, prose))
            return old
        if prose:
            self._from_prose.add(id(op))
        self.ops.append(op)
        self._by_initial.setdefault(self._site_key(op.name)[:1], []).append(op)
        return op

    def _table_over_prose(self, old: Operation, prose: bool) -> tuple[str, ...]:
        """A table row's count wins over the count prose gave the same site: an avenant's
        prose recalls the former programme ("démolition de la tour X (61 logements)"),
        its table states the current one."""
        if prose or id(old) not in self._from_prose:
            return ()
        self._from_prose.discard(id(old))
        return ("logements",)

    def _same_site(self, op: Operation, firm_type: bool, loose: bool = False,
                   exclude: set[int] = frozenset()) -> Optional[Operation]:
        """The operation already read for this site: same commune, same type (unless the new
        one's type is only a guess), site keys equal, close, or one extending the other
        ("groupe scolaire Jean Macé" / "... et du gymnase"). ``loose`` compares word sets
        (a co-financer's table words the same operation differently)."""
        site = self._site_key(op.name)
        pool = self.ops if loose else self._by_initial.get(site[:1], [])   # fuzzy only within an initial
        if not firm_type:
            pool = sorted(pool, key=lambda o: o.type != op.type)         # a same-type match first
        for old in pool:
            if firm_type and old.type != op.type or id(old) in exclude:
                continue
            if old.commune and op.commune and old.commune != op.commune:
                continue
            other = self._site_key(old.name)
            if other == site:
                return old
            # Two rows of one programming table are two operations, however alike
            # ("... tranche 1" / "... tranche 2"); so are sites numbered differently.
            if id(old) in self._table_ops and not loose or re.findall(r"\d+", other) != re.findall(r"\d+", site):
                continue
            short, long_ = sorted((other, site), key=len)
            if (fuzz.ratio(other, site) >= 88
                    or len(short.split()) >= 2 and long_.startswith(short + " ")
                    or loose and old.type == op.type and fuzz.token_set_ratio(other, site) >= 80):
                return old
        return None


def _complete(old: Operation, new: Operation, amount: bool = True, prefer: tuple[str, ...] = ()) -> None:
    """Fill ``old``'s missing fields from ``new``; the ``prefer`` fields take ``new``'s value."""
    for f in ("commune", "maitre_ouvrage", "logements", "amount", "quartier"):
        if f == "amount" and not amount:
            continue
        if (getattr(old, f) is None or f in prefer) and getattr(new, f) is not None:
            setattr(old, f, getattr(new, f))
    if new.page and (not old.page or new.page < old.page):
        old.page, old.section = new.page, new.section


def _names_a_site(name: str) -> bool:
    """A proper name past the first word ("immeuble Capucines"), not just acronyms ("AMO")."""
    return bool(re.search(rf"(?<=\s)[{_UP}][a-zéèêëàâîïôûüç]", name))


def _rows_header(rows: list[list[str]], n: int) -> list[str]:
    """Column headers from the first ``n`` rows (a header read as data rows)."""
    width = len(rows[n - 1])
    return [" ".join(dict.fromkeys(c for c in col if c)) for col in zip(*[r + [""] * (width - len(r)) for r in rows[:n]])]


def _column_headers(table: Table) -> list[str]:
    """One heading per column, from the header rows that name columns: an empty row, or a
    banner spread over every column ("Quartier Les Sablons (QP045043) – Villers-Saint-Amand"
    read as the header when the column headings were left on the page before), names none."""
    rows = [r for r in (table.header or []) if not _banner(r) or (len(r) == 1 and r[0].strip())]
    if not rows:
        return []
    return [" ".join(dict.fromkeys(c for c in col if c)) for col in zip(*rows)]


def _banner(row: list[str]) -> bool:
    """A row that is one text spread over the columns (a quartier's banner), or empty."""
    return len({c.strip() for c in row if c and c.strip()}) <= 1


def _column_roles(header: list[str], rows: list[list[str]], words: dict[str, list[str]]) -> dict[str, int]:
    """Column index per role, from header words checked against the cells (see common.toml);
    a quartier's banner row among the operations holds no cell of any column."""
    rows = [r for r in rows if not _banner(r)]
    squeezed = [squeeze(h) for h in header]
    fits = {"label": _is_text, "owner": _is_text, "place": _is_text, "amount": _money_in, "logements": _whole_number}
    roles: dict[str, int] = {}
    for role in ("label", "owner", "amount", "logements", "place"):
        cands = [i for i, h in enumerate(squeezed) if i not in roles.values()
                 and any(w in h for w in words.get(role, []))]
        if role == "amount":
            cands = [i for i in cands if not any(w in squeezed[i] for w in words.get("amount_exclude", []))]
            prefer = words.get("amount_prefer", [])
            cands.sort(key=lambda i: -sum(w in squeezed[i] for w in prefer))
        for i in cands:
            cells = [r[i] for r in rows if i < len(r) and r[i].strip()]
            if cells and sum(fits[role](c) is not None for c in cells) >= 0.6 * len(cells):
                roles[role] = i
                break
    if "amount" not in roles:
        joined = _joined_amount_column(squeezed, rows, words)
        if joined is not None:
            roles["amount"] = roles["amount_last"] = joined
    return roles


def _joined_amount_column(squeezed: list[str], rows: list[list[str]], words: dict[str, list[str]]) -> Optional[int]:
    """A base column and the subsidy after it read as one ("Assiette Montant ANRU
    subventionnable" over "460 400 € 115 100 €"): the heading names an amount besides the
    excluded base, and its cells hold two amounts; the subsidy is the last."""
    for i, h in enumerate(squeezed):
        if not (any(w in h for w in words.get("amount", [])) and any(w in h for w in words.get("amount_exclude", []))):
            continue
        cells = [r[i] for r in rows if i < len(r) and r[i].strip()]
        if cells and sum(len(find_amounts(c)) >= 2 for c in cells) >= 0.6 * len(cells):
            return i
    return None


def _is_text(cell: str) -> Optional[str]:
    return cell if re.search(r"[^\W\d_]{3}", cell) else None


def _spread(row: list[str]) -> bool:
    """A row that is one text spread over the columns: a group's heading ("Cité du 12/14
    (QP062024)"), or a family's title the table reader ran into the next row's banner
    ("Les opérations « La démolition … » : Quartier Les Sablons (QP069059)" in the first
    cell, "Les opérations « La démolition … » :" in every other)."""
    cells = sorted({squeeze(c) for c in row if c.strip()}, key=len)
    return bool(cells) and all(cells[-1].startswith(c) for c in cells)


def _money_in(cell: str) -> Optional[float]:
    """The amount a money cell holds (first one: "354 200,00 € AMO 2023" spreads two columns)."""
    if not cell or not cell.strip():
        return None
    v = parse_amount(cell)
    if v is not None and "%" not in cell:
        return v
    found = [a for a in find_amounts(cell) if a.per is None]
    if found:
        return found[0].value
    # Bare figures run together ("1 590 000,68 18 981 003,60": the row and the total line
    # the table reader joined to it): the first is the row's.
    first = _FIRST_FIGURE.match(cell)
    return parse_amount(first.group(1)) if first else None


_FIRST_FIGURE = re.compile(r"\s*(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?)\s+\d")


def _whole_number(cell: str) -> Optional[int]:
    v = parse_number(cell) if cell and "%" not in cell and "€" not in cell else None
    return int(v) if v is not None and v == int(v) and 0 <= v < 100000 else None


def _count_in(text: str) -> Optional[int]:
    m = _COUNT_IN_PAREN.search(text)
    return int(parse_number(m.group(1).strip()) or 0) or None if m else None


def _drop_count(name: str) -> str:
    """A trailing count in brackets is not part of a name: "immeuble Capucines (16 logements)",
    nor a bracket a cut cell left open ("immeuble du Parc (139")."""
    name = re.sub(r"\s*\(\s*\d[^()]*\)\s*$", "", name).strip()
    return re.sub(r"\s*\([^()]*$", "", name).strip()


def _unbracket(name: str) -> str:
    """A closing aside that numbers the operation ("tranche 1", "phase 2", "lot 3") tells
    two rows apart: it is written as words of the name, without brackets:
    "... de 29 logements (tranche 1)" -> "..., tranche 1". Other asides are comments."""
    return re.sub(r"\s*\(((?:[^\W\d][\w'’\-]*\s+)+\d+)\)\s*$", r", \1", name).strip()


def _trim_proper(p: str) -> str:
    """Drop a trailing connector picked up by the greedy name pattern."""
    p = re.sub(rf"[ \u00a0\n]+{_CONNECT}$", "", p.strip(), flags=re.IGNORECASE)
    return p.strip(" ,;:.")


def _one_line(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip(" ,;")


