"""Sections hold blocks (issue 13): ids unique in the part, every fact names an existing
block or table, the section text is its paragraph blocks, tables and footnotes sit where
they are printed."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from convention_parser.pipeline import parse_pdf

SEED = Path(__file__).resolve().parents[1] / "corpora" / "pdf" / "seed_deliberation_avenant01.pdf"


@lru_cache(maxsize=None)
def avenant():
    return next(p for p in parse_pdf(SEED).parts if p.kind == "avenant")


def _blocks(part):
    return part.preamble_blocks + [b for s in part.sections for b in s.blocks]


def test_block_and_section_ids_are_unique_and_in_document_order():
    part = avenant()
    ids = [b.id for b in _blocks(part)]
    assert len(ids) == len(set(ids)) and len(ids) > 100
    assert [int(i[1:]) for i in ids] == list(range(1, len(ids) + 1))
    sids = [s.id for s in part.sections]
    assert len(sids) == len(set(sids))
    for s in part.sections:
        assert [(b.page, b.top) for b in s.blocks] == sorted((b.page, b.top) for b in s.blocks)


def test_section_text_is_its_paragraph_blocks():
    for s in avenant().sections:
        prose = [b.text for b in s.blocks if b.kind in ("paragraph", "list_item")]
        assert "\n".join(prose) == s.text, s.number


def test_facts_point_at_blocks_and_sections_by_id():
    part = avenant()
    blocks = {b.id: b for b in _blocks(part)}
    sections = {s.id: s for s in part.sections}
    prose = [a for a in part.amounts if a.table is None]
    assert prose and all(a.block in blocks and a.text in blocks[a.block].text for a in prose)
    for a in prose:
        if a.section_id:
            assert sections[a.section_id].number == a.section
            assert blocks[a.block] in sections[a.section_id].blocks
    assert all(e.block in blocks for e in part.entities if e.block)
    assert all(o.section_id in sections for o in part.operations if o.section_id)


def test_tables_and_footnotes_are_blocks_where_printed():
    part = avenant()
    tables = {t.id: t for t in part.tables}
    refs = [b for b in _blocks(part) if b.kind == "table"]
    assert sorted(b.table for b in refs) == sorted(tables)
    for s in part.sections:
        for b in s.blocks:
            if b.kind == "table":
                assert tables[b.table].section == s.number
    notes = [b for b in _blocks(part) if b.kind == "footnote"]
    assert [b.mark for b in notes] == ["1", "2", "3", "4"]
    # the three notes called by the parties block are in the preamble, before "Il est convenu"'s end
    assert [b.mark for b in part.preamble_blocks if b.kind == "footnote"] == ["1", "2", "3"]
