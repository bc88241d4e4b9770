"""parse: PDF -> ParseResult. The one place where the layers meet.

Data flows one way:
  PDF -> pages of positioned text (text/) -> tables (tables/) -> parts and
  section tree (structure/) -> facts with provenance (facts/) -> records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .facts import extract_facts
from .records import Footnote, Furniture, Part, ParseResult, Source, Table
from .rules import RuleSet, load_rules
from .settings import ParseSettings
from .structure import PartDraft, split_parts
from .structure.blocks import place_blocks
from .structure.comparison_table import with_table_rows
from .structure.fiche_tables import with_fiche_tables
from .structure.situation_tables import with_situation_rows
from .structure.synthesis_table import with_synthesis_rows
from .structure.heading_runs import release_heading_runs
from .structure.in_office import attach_in_office
from .structure.layout_rows import place_layout_rows
from .structure.receipt import attach_receipts
from .structure.settings import use_structure_settings
from .tables import locate_tables
from .tables.finder import LocatedTable
from .text import read_document
from .text.revisions import strip_struck
from .text.model import Document
from .text.opening import open_input
from .text.settings import use_text_settings


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _tables_of(draft: PartDraft, tables: list[Table], tops: dict[str, float] | None = None) -> list[Table]:
    """The part's tables, each attached to the section printed above its top (``tops``: id -> top)."""
    mine = [t for t in tables if t.pages and draft.first_page <= t.pages[0] <= draft.last_page]
    for t in mine:
        if t.section is None:
            sec = draft.section_at(t.pages[0], (tops or {}).get(t.id, 0.0))
            t.section = sec.number if sec else None
    return mine


def page_extras(draft: PartDraft, doc: Document, pages: set[int]
                ) -> tuple[list[tuple[Footnote, float]], list[Furniture]]:
    """The footnotes (with the height of their call) and running lines of the
    part's pages not yet given to an earlier part (``pages`` grows): so every
    printed word is output once."""
    notes: list[tuple[Footnote, float]] = []
    furniture: list[Furniture] = []
    # Pages are numbered 1.. in order: the part's own pages by index (a minutes of 70
    # items must not scan every page once per item).
    for page in doc.pages[max(draft.first_page - 1, 0):draft.last_page]:
        if page.number in pages:
            continue
        pages.add(page.number)
        for place, lines in (("header", page.header), ("footer", page.footer), ("margin", page.margin)):
            furniture.extend(Furniture(text=ln.text, page=page.number, place=place) for ln in lines)
        for note in page.footnotes:
            top = note.call.top if note.call else (note.lines[0].top if note.lines else 0.0)
            sec = draft.section_at(page.number, top)
            notes.append((Footnote(mark=note.mark, text=note.text, page=page.number,
                                   section=sec.number if sec else None), top))
    return notes, furniture


def locate_facts(draft: PartDraft, facts) -> None:
    """Section ids for the facts prose did not place: table facts take the section
    holding their table; operations, the last section of their number printed on or
    before their page (a number may repeat: "Article 2", "Annexe 2")."""
    table_section = {b.table: s.id for s in draft.sections for b in s.blocks if b.kind == "table"}
    for f in [*facts.amounts, *facts.quantities]:
        if f.section_id is None and f.table:
            f.section_id = table_section.get(f.table)
    by_number: dict[str, list] = {}
    for s in draft.sections:
        by_number.setdefault(s.number, []).append(s)
    for op in facts.operations:
        if op.section_id is None and op.section in by_number:
            same = by_number[op.section]
            before = [s for s in same if s.page <= op.page] or same
            op.section_id = before[-1].id


def build_part(draft: PartDraft, tables: list[Table], rules: RuleSet, doc: Document,
               given_pages: set[int], tops: dict[str, float] | None = None,
               layout: list[LocatedTable] | None = None) -> tuple[Part, list[str]]:
    """One part's record. ``given_pages``: pages whose furniture and footnotes an
    earlier part already holds (grows); ``layout``: the layout grids (their rows go
    back to the text, tables/layout.py)."""
    part_tables = _tables_of(draft, tables, tops)
    notes, furniture = page_extras(draft, doc, given_pages)
    layout_tables = place_layout_rows(draft, layout or [])
    place_blocks(draft, part_tables, tops or {}, notes)
    if draft.kind == "avenant":
        with_table_rows(draft, part_tables)
        with_situation_rows(draft, part_tables)
        with_synthesis_rows(draft, part_tables)
        with_fiche_tables(draft, part_tables)
    facts = extract_facts(draft.paragraphs, part_tables + layout_tables, rules, sections=draft.sections)
    locate_facts(draft, facts)
    part = Part(
        kind=draft.kind,  # type: ignore[arg-type]
        pages=[draft.first_page, draft.last_page],
        title=draft.title,
        metadata=draft.metadata,
        sections=draft.sections,
        tables=part_tables,
        amounts=facts.amounts,
        quantities=facts.quantities,
        dates=facts.dates,
        entities=facts.entities,
        operations=facts.operations,
        amendments=draft.amendments if draft.kind == "avenant" else [],
        preamble=draft.preamble,
        footnotes=[n for n, _ in notes],
        furniture=furniture,
        preamble_blocks=draft.preamble_blocks,
        family=draft.family,
    )
    return part, draft.warnings + facts.warnings


@dataclass
class Analysis:
    """A parse with what it was built from: the positioned text and the tables' places (for debug)."""
    result: ParseResult
    doc: Document
    located: list[LocatedTable]


def analyse_pdf(path: str | Path, ocr: str = "auto", rules: RuleSet | None = None,
                password: str | None = None, settings: ParseSettings | None = None) -> Analysis:
    """Parse one PDF and keep its layer-1 document and located tables."""
    rules = rules or load_rules()
    settings = settings or ParseSettings()
    with open_input(path, password) as opened, use_text_settings(settings.text), \
            use_structure_settings(settings.structure):
        doc = read_document(opened.path, ocr=ocr)
        located = locate_tables(str(opened.path), doc, settings.tables)
        strip_struck(doc)          # a redline's struck words: the tables read them as layout, the text has them not
        located = release_heading_runs(doc, rules, located)   # headings lined up at tab stops
        drafts = split_parts(doc, rules, located)      # after the table stage: it marks table lines
        attach_receipts(drafts, doc, str(opened.path))
        attach_in_office(drafts, doc)
    tables = [f.table for f in located if not f.layout]
    layout = [f for f in located if f.layout]
    tops = {f.table.id: f.top for f in located}
    result = ParseResult(
        source=Source(path=str(path), sha256=sha256_of(path), pages=len(doc.pages),
                      text_source=doc.text_source),  # type: ignore[arg-type]
        warnings=[*opened.warnings, *doc.warnings],
    )
    given: set[int] = set()
    with use_text_settings(settings.text), use_structure_settings(settings.structure):
        for draft in drafts:
            part, warnings = build_part(draft, tables, rules, doc, given, tops, layout)
            result.parts.append(part)
            result.warnings.extend(warnings)
    return Analysis(result, doc, located)


def parse_pdf(path: str | Path, ocr: str = "auto", rules: RuleSet | None = None,
              password: str | None = None, settings: ParseSettings | None = None) -> ParseResult:
    """Parse one PDF. Raises errors.InputError for input that cannot be read.

    ``password`` opens an encrypted PDF; a damaged one is repaired when it can be
    (text/opening.py) and the result's warnings say what was lost. ``settings``: the
    thresholds of the text, table and structure stages (settings.py; default: the tuned ones).
    """
    return analyse_pdf(path, ocr, rules, password, settings).result
