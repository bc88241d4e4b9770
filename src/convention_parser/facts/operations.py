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
from .lexicon import Lexicon
from .numbers import find_amounts, parse_amount, parse_number
from .text_tools import fold, key

_UP = "A-ZÉÈÊËÀÂÎÏÔÛÜÇ"
_CONNECT = r"(?:des|du|de\s+la|de\s+l['’]|d['’]|de|la|le|les|l['’])"
_PROPER = rf"[{_UP}][\w'’\-]*(?:[ \u00a0\n]+(?:{_CONNECT}[ \u00a0\n]*)?[{_UP}0-9][\w'’\-]*)*"
_BULLET_SPLIT = re.compile(r"(?:^|\n|(?<=[:;,.])[ \u00a0]+)[-‐–•▪\uf0b7\uf0a7][ \u00a0]+")
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_COUNT_IN_PAREN = re.compile(r"(\d[\d \u00a0]*)\s*(?:\([^)]*\)\s*)?(?:logements?|lls|lgts?|logts?)\b", re.IGNORECASE)
_A_COMMUNE_END = re.compile(rf"[ \u00a0\n]+(?:à|a)[ \u00a0\n]+(?P<c>[{_UP}][\w'’\-]+)[ \u00a0\n]*$")
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
        self._tail = re.compile(
            rf"(?:(?<![\w])(?P<keep>(?i:{keep}))[ \u00a0\n]+(?:{_CONNECT}[ \u00a0\n]*)?)?(?<![\w'’])(?P<proper>{_PROPER})[ \u00a0\n]*$")

    # -- prose -------------------------------------------------------------

    def read_paragraph(self, text: str, page: int, section: Optional[str], list_item: bool = False) -> None:
        if section != self._section:
            self._section = section
            self.ctx = self._section_context(section)
        elif not list_item and not re.match(r"\s*[-‐–•▪\uf0b7\uf0a7]", text):
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
        hits = list(self._actions.finditer(folded)) if self._actions else []
        segments: list[tuple[int, int, Optional[str]]] = []
        if not hits or hits[0].start() > 0 and text[:hits[0].start()].strip() and self.ctx.type:
            # A list item without its own action ("Immeubles Glycines (30 logements) ...").
            segments.append((0, hits[0].start() if hits else len(text), self.ctx.type))
        for i, h in enumerate(hits):
            end = hits[i + 1].start() if i + 1 < len(hits) else len(text)
            segments.append((h.start(), end, self._type_of(folded, h)))
        for s, e, typ in segments:
            if typ:
                self._read_segment(text[s:e], typ, page, section)
        if hits and text.rstrip().endswith(":"):
            # The clause introduces a list: its type and owner carry over.
            self.ctx.type = self._type_of(folded, hits[0])
            self.ctx.maitre_ouvrage = self._owner(text) or self.ctx.maitre_ouvrage

    def _type_of(self, folded: str, hit: re.Match) -> str:
        typ = self._action_type[hit.group(1)]
        if typ in ("requalification", "construction", "amenagement"):
            window = folded[hit.end():hit.end() + 40]
            for word, obj_type in self.lx.objects:
                if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", window):
                    return obj_type
        return typ

    def _owner(self, text: str) -> Optional[str]:
        from .entities import rule_entities
        for f in rule_entities(text, self.lx):
            if f.label == "ORG" and self._org_kind(f.normalized) in ("bailleur", "commune", "epci"):
                return f.normalized
        return None

    def _org_kind(self, name: str) -> str:
        return next((o.kind for o in self.lx.organisations if o.name == name), "org")

    def _read_segment(self, seg: str, typ: str, page: int, section: Optional[str]) -> None:
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
                                    text=_one_line(seg)))
            return
        # One named site in the clause, possibly with its amount.
        sites = [self._site_name(m) for m in self._site.finditer(seg)]
        sites = [s for s in sites if s]
        if len({key(s) for s in sites}) == 1:
            amounts = [a for a in find_amounts(seg) if a.per is None]
            self._add(Operation(type=typ, name=sites[0], commune=commune, maitre_ouvrage=owner,
                                amount=amounts[0].value if len(amounts) == 1 else None,
                                page=page, section=section, quartier=self.ctx.quartier, text=_one_line(seg)))

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
        header = [" ".join(col) for col in zip(*table.header)] if table.header else []
        roles = _column_roles(header)
        if "label" not in roles or not ({"amount", "owner", "logements"} & set(roles)):
            return
        for row in table.rows:
            cell = lambda role: row[roles[role]].strip() if role in roles and roles[role] < len(row) else ""
            label = cell("label")
            folded = fold(label)
            hit = self._actions.search(folded) if self._actions else None
            if not hit:
                continue
            typ = self._type_of(folded, hit)
            name = self._strip_action(label, hit) or cell("place") or label
            amount = parse_amount(cell("amount")) if cell("amount") else None
            n = parse_number(re.sub(r"[^\d ,.]", "", cell("logements")).strip()) if cell("logements") else None
            place = cell("place") or None
            self._add(Operation(type=typ, name=_one_line(name), commune=self._commune_in(place),
                                maitre_ouvrage=cell("owner") or None, logements=int(n) if n else None,
                                amount=amount, page=table.pages[0] if table.pages else 0, section=table.section,
                                quartier=place if place and not self._commune_in(place) else None,
                                text=" | ".join(row)))

    def _commune_in(self, text: Optional[str]) -> Optional[str]:
        if not text:
            return None
        for k, name in self.lx.communes.items():
            if re.search(rf"(?<![\w]){re.escape(k)}(?![\w])", key(text)):
                return name
        return None

    def _strip_action(self, label: str, hit: re.Match) -> str:
        rest = label[hit.end():]
        rest = re.sub(r"^\w*", "", rest)              # the end of the action word
        rest = re.sub(rf"^[\s,:–-]*(?:(?:partielle|complète|totale|anticipée)\s+)?(?:{_CONNECT}\s*)?", "", rest,
                      flags=re.IGNORECASE)
        return self._drop_lead.sub("", rest).strip(" -–:,")

    # -- merging -----------------------------------------------------------

    def _add(self, op: Operation) -> None:
        self.spellings[op.name] = self.spellings.get(op.name, 0) + 1
        for old in self.ops:
            if old.type == op.type and fuzz.ratio(key(old.name), key(op.name)) >= 88:
                for f in ("commune", "maitre_ouvrage", "logements", "amount", "quartier"):
                    if getattr(old, f) is None and getattr(op, f) is not None:
                        setattr(old, f, getattr(op, f))
                return
        self.ops.append(op)


def _trim_proper(p: str) -> str:
    """Drop a trailing connector picked up by the greedy name pattern."""
    p = re.sub(rf"[ \u00a0\n]+{_CONNECT}$", "", p.strip(), flags=re.IGNORECASE)
    return p.strip(" ,;:.")


def _one_line(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip(" ,;")


_ROLE_WORDS = [
    ("owner", r"ma[iî]tre d|maitrise d|\bmo\b|porteur|bailleur"),
    ("amount", r"montant|co[uû]t|subvention|financement|base|€|euros|concours"),
    ("logements", r"logement|\blls\b|nombre|\bnb\b"),
    ("place", r"localisation|commune|quartier|adresse|\bsite\b|\bqpv\b"),
    ("label", r"libell|op[ée]ration|intitul|nature|objet|d[ée]signation"),
]


def _column_roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, h in enumerate(header):
        f = fold(h)
        for role, rx in _ROLE_WORDS:
            if role not in roles and re.search(rx, f):
                roles[role] = i
                break
    return roles
