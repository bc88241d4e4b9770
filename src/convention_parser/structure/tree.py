"""One part's section tree, paragraphs and preamble, from its lines and headings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Section
from .family import Family
from .headings import Heading
from .lines import BodyLine, BodyStats
from .model import Paragraph, PartDraft

_SENTENCE_END = re.compile(r"[.:;!?]\s*$")


def assign_levels(heads: list[Heading], fam: Family) -> list[int]:
    """Level = rank of the heading's kind among the kinds present + numbering depth."""
    present = [k for k in fam.level_order if any(h.kind == k for h in heads)]
    levels = []
    for h in heads:
        if h.kind in fam.fixed_levels:
            levels.append(int(fam.fixed_levels[h.kind]))
        elif h.kind in present:
            levels.append(present.index(h.kind) + h.depth)
        else:
            levels.append(h.depth)
    return levels


def build_tree(draft: PartDraft, lines: list[BodyLine], heads: list[Heading],
               fam: Family, stats: BodyStats) -> None:
    levels = assign_levels(heads, fam)
    head_at = {h.first.index: (h, lvl) for h, lvl in zip(heads, levels)}
    heading_line_ids = {bl.index for h in heads for bl in h.lines}
    stack: list[Section] = []
    current: Section | None = None
    texts: dict[str, list[str]] = {}
    preamble: list[str] = []
    para: list[BodyLine] = []

    def flush():
        if not para:
            return
        text = _join(para)
        draft.paragraphs.append(Paragraph(
            text=text, page=para[0].page,
            section=current.number if current else None,
            section_id=current.id if current else None,
            list_item=para[0].list_item, lines=[p.line for p in para]))
        (texts.setdefault(current.id, []) if current else preamble).append(text)
        para.clear()

    for bl in lines:
        if bl.index in head_at:
            flush()
            h, lvl = head_at[bl.index]
            while stack and stack[-1].level >= lvl:
                stack.pop()
            sec = Section(id=f"s{len(draft.sections) + 1}", number=h.number, heading=h.title,
                          level=lvl, page=h.page, parent=stack[-1].id if stack else None,
                          label=h.label)
            sec._pos = (h.page, h.top)  # type: ignore[attr-defined]  # for PartDraft.section_at
            sec._kind = h.kind          # type: ignore[attr-defined]
            draft.sections.append(sec)
            stack.append(sec)
            current = sec
            continue
        if bl.index in heading_line_ids or bl.line.table_id is not None:
            continue
        if para and _breaks(para[-1], bl, stats, para[0]):
            flush()
        para.append(bl)
    flush()
    for sec in draft.sections:
        sec.text = "\n".join(texts.get(sec.id, []))
    draft.preamble = "\n".join(preamble)


def _breaks(prev: BodyLine, bl: BodyLine, stats: BodyStats, start: BodyLine | None = None) -> bool:
    """Does ``bl`` start a new paragraph after ``prev`` (in a paragraph opened by ``start``)?"""
    if bl.page != prev.page or bl.list_item:
        return True
    if stats.spaced(bl.gap_before):
        return True
    if start is not None and start.list_item and bl.x0 < start.x0 - 5:
        return True                     # back at the margin after an indented list item
    if abs(bl.size - prev.size) > 0.6:
        return True
    margin = stats.margin.get(bl.page, bl.x0)
    # An indented first line after a finished sentence opens a paragraph.
    if _SENTENCE_END.search(prev.text) and bl.x0 > margin + 8 and prev.x0 <= margin + 8 and not prev.list_item:
        return True
    return False


def _join(lines: list[BodyLine]) -> str:
    out = ""
    for bl in lines:
        t = bl.text
        if not out:
            out = t
        elif out.endswith("-") and not out.endswith(" -") and t[:1].islower():
            out = out + t               # "Pas-" + "de-Calais": keep the hyphen, drop the break
        else:
            out += " " + t
    return out
