"""Run every fact extractor over a part's paragraphs and tables.

Prose and tables are read separately: the structure stage keeps table lines
out of paragraphs, so an amount printed in a table is reported once, tied to
its row and column labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..records import Amount, DateFact, Entity, Operation, Quantity, Section, Table
from ..rules import RuleSet
from ..structure.model import Paragraph
from ..french.dates import find_dates
from .bodies import person_ok
from .entities import Found, merge_variants, model_entities, rule_entities, sentences_needing_model
from .labels import count_label, prose_label
from .lexicon import Lexicon, lexicon
from ..french.numbers import find_amounts, parse_amount
from .operations import OperationReader
from .quantities import find_quantities


@dataclass
class Facts:
    amounts: list[Amount] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_facts(paragraphs: list[Paragraph], tables: list[Table], rules: RuleSet,
                  sections: Optional[list[Section]] = None, use_model: bool = True) -> Facts:
    """Facts of one part. ``sections`` (optional) lets operations inherit quartier/commune
    from headings; ``use_model=False`` skips spaCy (rules only)."""
    lx = lexicon(rules)
    facts = Facts()
    ops = OperationReader(lx, sections)
    ents: list[tuple[Found, Paragraph]] = []
    pending: list[tuple[int, str, Paragraph]] = []
    carried = 0        # characters opening this paragraph that end an amount of the one before
    for i, p in enumerate(paragraphs):
        text = p.text
        before = (len(facts.amounts), len(facts.quantities), len(facts.dates))
        amounts = [a for a in find_amounts(text) if a.start >= carried]
        read, carried = _with_amount_cut_by_page(p, paragraphs[i + 1] if i + 1 < len(paragraphs) else None, amounts)
        for a in read:
            facts.amounts.append(Amount(text=a.text, value=a.value, page=p.page, section=p.section,
                                        qualifier=a.qualifier, per=a.per,
                                        label=prose_label(a.context, a.start, a.end, lx.label_heads, lx.label_cuts)))
        money = [(a.start, a.end) for a in amounts]
        for s, e, t, v, unit in find_quantities(text, lx):
            if any(a <= s < b for a, b in money):
                continue
            facts.quantities.append(Quantity(text=t, value=v, unit=unit, page=p.page, section=p.section,
                                             label=count_label(text, s, e)))
        for d in find_dates(text):
            facts.dates.append(DateFact(text=d.text, value=d.value, page=p.page, precision=d.precision,
                                        section=p.section))
        _provenance(p, facts.amounts[before[0]:], facts.quantities[before[1]:], facts.dates[before[2]:])
        found = rule_entities(text, lx)
        ents.extend((f, p) for f in found)
        if use_model:
            pending.extend((off, sent, p) for off, sent in sentences_needing_model(text, found, lx))
        ops.read_paragraph(text, p.page, p.section, p.list_item)
    if pending:
        common_words = _lowercase_vocabulary(paragraphs)
        try:
            results = model_entities([s for _, s, _ in pending], lx, common_words)
        except (OSError, ImportError) as exc:   # model not installed: rules only
            facts.warnings.append(f"entities: spaCy model unavailable ({exc}); rule entities only")
            results = []
        for (off, _sent, p), found in zip(pending, results):
            rule_spans = [f for f, q in ents if q is p]
            for f in found:
                s, e = off + f.start, off + f.end
                if any(not (e <= r.start or s >= r.end) for r in rule_spans):
                    continue     # the rules already explained this span
                f.start, f.end = s, e
                ents.append((f, p))
    euro_sections = _euro_sections(paragraphs)
    scale_sections = _scale_sections(paragraphs)
    for t in tables:
        _table_facts(t, lx, facts, money_table(t, euro_sections | set(scale_sections)), table_scale(t, scale_sections))
        ops.read_table(t)
        ents.extend(_table_entities(t, lx))
    merge_variants(f for f, _ in ents)
    seen = set()
    for f, p in ents:
        k = (f.label, f.normalized, p.page)
        if k not in seen:
            seen.add(k)
            facts.entities.append(Entity(text=f.text, label=f.label, normalized=f.normalized,
                                         page=p.page, section=p.section))
            _provenance(p, facts.entities[-1:])
    facts.operations = ops.finish()
    _merge_operation_names(facts.operations, ops.spellings)
    return facts


@dataclass
class _Read:
    """An amount read in prose, with the text its offsets point into (its paragraph's, or its
    paragraph's and the next one's opening when a page break cut the amount)."""
    text: str
    value: float
    qualifier: Optional[str]
    per: Optional[str]
    start: int
    end: int
    context: str


def _with_amount_cut_by_page(p: Paragraph, nxt: Optional[Paragraph], amounts: list) -> tuple[list[_Read], int]:
    """The amounts of ``p``; when the page break cut the paragraph inside an amount ("… 11" at
    the page foot, "761 801,26 € HT pour …" atop the next page: one paragraph read as two
    blocks), that amount whole, read across the break and given to the page it opens on. Also
    returns how many characters opening ``nxt`` that amount took (0: none)."""
    out = [_Read(a.text, a.value, a.qualifier, a.per, a.start, a.end, p.text) for a in amounts]
    if nxt is None or nxt.section != p.section or nxt.page != p.page + 1 or not nxt.text:
        return out, 0
    joined = p.text + "\n" + nxt.text
    cut = [a for a in find_amounts(joined) if a.start < len(p.text) < a.end]
    if not cut:
        return out, 0
    a = cut[0]
    out = [r for r in out if r.end <= a.start] + \
        [_Read(a.text, a.value, a.qualifier, a.per, a.start, a.end, joined)]
    return out, a.end - len(p.text) - 1


def _provenance(p: Paragraph, *found: list) -> None:
    """Facts read from paragraph ``p`` name its block and section id."""
    for facts in found:
        for f in facts:
            f.block = p.block.id if p.block else None
            f.section_id = p.section_id


def _table_entities(table: Table, lx: Lexicon) -> list[tuple[Found, Paragraph]]:
    """Rule entities of a table's cells (maîtres d'ouvrage, communes, QPV codes), each
    distinct cell once. Rules only: cells are fragments the model reads badly."""
    page = table.pages[0] if table.pages else 0
    out = []
    seen: set[str] = set()
    rows = [*table.header, *table.rows]
    for row in rows:
        for cell in row:
            if cell and cell not in seen:
                seen.add(cell)
                holder = Paragraph(text=cell, page=page, section=table.section)
                out.extend((f, holder) for f in rule_entities(cell, lx))
    if lx.bodies.stacked_name is not None:
        # A grid of signatories read with a row per printed line: each column's cells, top
        # down, are the lines of its signatures ("Pour …", "Le Maire", "Hervé PRUVOST").
        named: set[str] = set()
        for j in range(max((len(r) for r in rows), default=0)):
            column = [r[j] for r in rows if j < len(r) and r[j]]
            for k in range(1, len(column)):
                text = f"{column[k - 1]}\n{column[k]}"
                m = lx.bodies.stacked_name.search(text)
                if m and column[k] not in named:
                    name = " ".join(m.group("name").split())
                    if person_ok(name, lx.stopwords, lx.alias_names):
                        named.add(column[k])
                        holder = Paragraph(text=text, page=page, section=table.section)
                        out.append((Found(m.start("name"), m.end("name"), name, "PER", name), holder))
    return out


def _lowercase_vocabulary(paragraphs: list[Paragraph]) -> set[str]:
    """Words the part writes in lower case: a model entity opening with one is a common noun."""
    words: set[str] = set()
    for p in paragraphs:
        words.update(w for w in re.findall(r"(?<![\w'’])[a-zéèêàâîôûç][\w\-]{3,}", p.text))
    return words


# A unit stated once for a whole table: "(montants en euros)", "en €", "en euros HT".
_EURO_UNIT = re.compile(r"\ben\s+(?:euros?|€)(?!\w)|\(\s*(?:en\s+)?(?:euros?|€)\s*(?:HT|TTC)?\s*\)", re.I)
# A title that names money: a financing plan, its financiers, subsidies, costs.
_MONEY_TITLE = re.compile(r"\bfinanc|\bsubvention|\bco[uû]ts?\b|\bmontants?\b|\bconcours\b|€|\beuros?\b", re.I)
# A column or row of counts, dates or shares, never money whatever the table's unit.
_NOT_MONEY_LABEL = re.compile(r"logem|\blogts?\b|\bnb\b|nombre|lancement|ann[ée]e|date|semestre|"
                              r"surface|\bm2\b|m²|%|taux|\bn°|idtop", re.I)
# "Logement" capitalised and singular after a capitalised word is a name's ("Action Logement",
# a financeur's column in a financing table of bare figures), not a count's ("Logements",
# "Nombre de logements").
_NAMED_LOGEMENT = re.compile(r"\b([A-ZÀ-Ý][\w'’-]*)\s+Logement\b(?!s)")


def _not_money(label: str, start: bool = False) -> bool:
    """A label of counts, dates or shares (``start``: opening on one)."""
    label = _NAMED_LOGEMENT.sub(r"\1", label)
    return bool(_NOT_MONEY_LABEL.match(label) if start else _NOT_MONEY_LABEL.search(label))


# A scale stated once for bare figures: "(en k€)", "montants en milliers d'euros", "(M€)". Only after
# "en" or an opening bracket: "1 880 k€" is an amount, not a unit statement.
_SCALE_UNIT = re.compile(r"(?:\ben|\()\s*(?:(?P<k>k\s?€|K\s?€|keuros|k\s?EUR|KEUR|milliers\s+d['’]\s?euros)"
                         r"|(?P<m>M\s?€|M\s?EUR|MEUR|millions\s+d['’]\s?euros))(?!\w)")


def stated_scale(text: str) -> Optional[float]:
    """The factor a unit statement gives bare figures ("(en k€)": 1000, "en millions d'euros": 1e6),
    None when the text states none, or states several."""
    found = {1e3 if m.group("k") else 1e6 for m in _SCALE_UNIT.finditer(text or "")}
    return found.pop() if len(found) == 1 else None


def _scale_sections(paragraphs: list[Paragraph]) -> dict[Optional[str], float]:
    """Sections whose prose states one scale for the figures it prints ("(montants en k€)")."""
    out: dict[Optional[str], set[float]] = {}
    for p in paragraphs:
        f = stated_scale(p.text)
        if f is not None:
            out.setdefault(p.section, set()).add(f)
    return {sec: fs.pop() for sec, fs in out.items() if len(fs) == 1}


def table_scale(table: Table, scale_sections: dict[Optional[str], float]) -> float:
    """The factor of a table's bare figures: the unit its title or header cells state ("Quartier
    (en k€)", "Montants en milliers d'euros"), else its section's prose, unless its header
    states euros itself; 1 otherwise."""
    heads = " ".join([table.title or ""] + [c for row in table.header for c in row if c])
    f = stated_scale(heads)
    if f is not None:
        return f
    if _EURO_UNIT.search(heads):
        return 1.0
    return scale_sections.get(table.section, 1.0)


def _euro_sections(paragraphs: list[Paragraph]) -> set[Optional[str]]:
    """Sections whose prose states a euro unit for the figures it prints
    ("s'établit comme suit (montants en euros) :")."""
    return {p.section for p in paragraphs if _EURO_UNIT.search(p.text)}


def money_table(table: Table, euro_sections: set[Optional[str]]) -> bool:
    """Whether a table's bare numbers are euros: its title or header says so
    (a financing plan, "Montant (€)"), or the prose of its section states the
    unit. A financing table financeur × quartier often prints bare figures
    ("7 739 900,74") under a sentence that gives the unit once."""
    heads = " ".join([table.title or ""] + [c for row in table.header for c in row if c])
    return bool(_MONEY_TITLE.search(heads) or _EURO_UNIT.search(heads) or stated_scale(heads)) \
        or table.section in euro_sections


def _table_facts(table: Table, lx: Lexicon, facts: Facts, euro_table: bool = False, scale: float = 1.0) -> None:
    """``scale``: the factor of the table's bare figures (a table "en k€"); a figure under a column
    stating its own unit ("Montant (k€)", "Coût (€)") takes that column's."""
    page = table.pages[0] if table.pages else 0
    # Header cells can hold thresholds ("< à 45 000 €"); spread copies read once.
    for row in table.header:
        for text in dict.fromkeys(row):
            for a in find_amounts(text or ""):
                facts.amounts.append(Amount(text=a.text, value=a.value, page=page, section=table.section,
                                            qualifier=a.qualifier, per=a.per, label=text, table=table.id))
    for i, row_label, col_label, text, value in _cells(table):
        page = table.page_of_row(i)
        label = " / ".join(x for x in (row_label, col_label) if x) or None
        amounts = find_amounts(text)
        euros = re.search(r"€|euro|montant", col_label, re.I) or \
            (euro_table and not _not_money(col_label) and not _not_money(row_label, start=True))
        if not amounts and value is not None and value.kind == "number" and (euros or stated_scale(col_label)):
            v = parse_amount(text)
            if v is not None:
                factor = stated_scale(col_label) or (1.0 if _EURO_UNIT.search(col_label) else scale)
                facts.amounts.append(Amount(text=text.strip(), value=round(v * factor, 2), page=page,
                                            section=table.section, label=label, table=table.id))
        for a in amounts:
            facts.amounts.append(Amount(text=a.text, value=a.value, page=page, section=table.section,
                                        qualifier=a.qualifier, per=a.per, label=label, table=table.id))
        money = [(a.start, a.end) for a in amounts]
        for s, e, t, v, unit in find_quantities(text, lx):
            if not any(a <= s < b for a, b in money):
                facts.quantities.append(Quantity(text=t, value=v, unit=unit, page=page, section=table.section,
                                                 label=label, table=table.id))


def _cells(table: Table):
    """(row index, row_label, col_label, text, typed value) per data cell, merged cells once."""
    from ..tables.cells import indexed_table_cells

    return indexed_table_cells(table)


def _merge_operation_names(ops: list[Operation], counts: dict[str, int]) -> None:
    """One spelling per site written in prose: the most frequent, accented on ties.
    Only prose spellings are counted (table labels are printed names), and only
    spellings sharing an initial are compared, which keeps this linear in practice."""
    from rapidfuzz import fuzz
    from ..french.text import key
    by_initial: dict[str, list[str]] = {}
    for n in counts:
        by_initial.setdefault(key(n)[:1], []).append(n)
    for o in ops:
        if o.name not in counts:
            continue
        variants = [n for n in by_initial.get(key(o.name)[:1], []) if fuzz.ratio(key(n), key(o.name)) >= 88]
        o.name = max(variants, key=lambda n: (counts[n], sum(ord(c) > 127 for c in n)))
