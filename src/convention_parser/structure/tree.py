"""One part's section tree, paragraphs and preamble, from its lines and headings."""

from __future__ import annotations

import re

from ..records import Block, Section
from ..text.model import page_boxes
from .family import Family
from .headings import Heading
from .inner_themes import theme_headings_out
from .lines import BodyLine, BodyStats
from .model import Paragraph, PartDraft
from .settings import structure_settings
from .short_lines import ends_short, right_edges

_SENTENCE_END = re.compile(r"[.:;!?]\s*$")
# A line ending a clause ("…, représentée par son président," / "… 2015." / "entre :"), a footnote
# call possibly glued to it ("le département1,").


def assign_levels(heads: list[Heading], fam: Family, before: dict[int, str] | None = None) -> list[int]:
    """Level = rank of the heading's kind among the kinds present + numbering depth.

    A heading right after a sentence that announces quoted text ("L'article 6 est ainsi
    rédigé :", ``levels.reprint_after``) and names the heading's number is a reprint of the amended document: it sits
    one level under the amending document's own heading, and the reprint's sub-articles
    keep their depth relative to it ("4.1" reprinted under "Article 2" is level 2).
    """
    # Kinds the level order does not name rank after the ones it does, in order of appearance.
    kinds = list(dict.fromkeys(h.kind for h in heads))
    present = [k for k in fam.level_order if k in kinds] + \
              [k for k in kinds if k not in fam.level_order and k not in fam.fixed_levels]
    before = before or {}
    levels: list[int] = []
    own_level = 0                                   # level of the last own heading
    root: tuple[Heading, int] | None = None         # the reprint being read, and its level
    for h in heads:
        prev = before.get(h.first.index, "")
        if fam.reprint_after is not None and prev and fam.reprint_after.search(prev) \
                and re.search(rf"(?<![\d.]){re.escape(h.number)}(?![\d])", prev):
            # announced ("… ainsi rédigé :") and named ("L'article 6") by the line before it
            root = (h, own_level + 1)
            levels.append(own_level + 1)
            continue
        if root is not None and h.kind == root[0].kind and h.number.startswith(root[0].number + "."):
            levels.append(root[1] + h.depth - root[0].depth)
            continue
        root = None
        if h.kind in fam.fixed_levels:
            lvl = int(fam.fixed_levels[h.kind]) + h.depth - 1
        else:
            lvl = present.index(h.kind) + h.depth
        levels.append(lvl)
        own_level = lvl
    return levels


def build_tree(draft: PartDraft, lines: list[BodyLine], heads: list[Heading],
               fam: Family, stats: BodyStats) -> None:
    # The last body lines before each heading (a reprint is announced by them).
    before: dict[int, str] = {}
    recent: list[str] = []
    for bl in lines:
        before[bl.index] = " ".join(recent)
        if bl.line.table_id is None:
            recent = (recent + [bl.text])[-3:]
    # an avenant's theme headings ("I – Dispositions financières") inside its article 2 are no titres
    heads = theme_headings_out(heads, fam)
    levels = assign_levels(heads, fam, before)
    head_at = {h.first.index: (h, lvl) for h, lvl in zip(heads, levels)}
    heading_line_ids = {bl.index for h in heads for bl in h.lines}
    stack: list[Section] = []
    current: Section | None = None
    texts: dict[str, list[str]] = {}
    preamble: list[str] = []
    para: list[BodyLine] = []
    edges = right_edges(lines)

    def flush():
        if not para:
            return
        text = _join(para)
        block = Block(id="", kind="list_item" if para[0].list_item else "paragraph", text=text,
                      page=para[0].page, top=round(para[0].line.top, 1),
                      boxes=page_boxes([p.line for p in para]))
        (current.blocks if current else draft.preamble_blocks).append(block)
        draft.paragraphs.append(Paragraph(
            text=text, page=para[0].page,
            section=current.number if current else None,
            section_id=current.id if current else None,
            list_item=para[0].list_item, lines=[p.line for p in para], block=block))
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
                          label=h.label, kind=h.kind, top=round(h.top, 2))
            draft.sections.append(sec)
            stack.append(sec)
            current = sec
            continue
        if bl.index in heading_line_ids or bl.line.table_id is not None:
            continue
        if para and (_breaks(para[-1], bl, stats, para[0])
                     or ends_short(para[-1], bl, max(edges.get(para[-1].index, 0.0), edges.get(bl.index, 0.0)))):
            flush()
        para.append(bl)
    flush()
    for sec in draft.sections:
        sec.text = "\n".join(texts.get(sec.id, []))
    draft.preamble = "\n".join(preamble)


# A numbered item of an article ("2°", "2° bis", "12°") opening a line, after a line ending a clause.
_ITEM_OPENS = re.compile(r"^\s*\d+\s*°(?:\s+(?:bis|ter|quater|quinquies|sexies))?\s+\S")
_CLAUSE_END = re.compile(r"[;:.]\s*$")


def _breaks(prev: BodyLine, bl: BodyLine, stats: BodyStats, start: BodyLine | None = None) -> bool:
    """Does ``bl`` start a new paragraph after ``prev`` (in a paragraph opened by ``start``)?"""
    if bl.page != prev.page or bl.list_item:
        return True
    if stats.spaced(bl.gap_before):
        return True
    if start is not None and start.list_item and bl.x0 < start.x0 - 5:
        return True                     # back at the margin after an indented list item
    if abs(bl.size - prev.size) > structure_settings().larger_by and not _small_capitals(min(bl, prev, key=_size)):
        return True
    if _ITEM_OPENS.match(bl.text) and _CLAUSE_END.search(prev.text):
        return True                     # "… ;" then "2° …": an article's numbered item is an alinéa of its own
    margin = stats.margin.get(bl.page, bl.x0)
    # An indented first line after a finished sentence opens a paragraph.
    if _SENTENCE_END.search(prev.text) and bl.x0 > margin + 8 and prev.x0 <= margin + 8 and not prev.list_item:
        return True
    return False


def _size(bl: BodyLine) -> float:
    return bl.size


def _small_capitals(bl: BodyLine) -> bool:
    """A line set smaller in capitals only: the rest of a name in small capitals the line
    above ran into ("… propriété de" / "PAS-DE-CALAIS HABITAT :"), no paragraph of its own."""
    return any(c.isupper() for c in bl.text) and not any(c.islower() for c in bl.text)


def _join(lines: list[BodyLine]) -> str:
    out = ""
    for bl in lines:
        t = bl.text
        if not out:
            out = t
        elif out.endswith("-") and not out.endswith(" -") and (t[:1].islower() or out[-2:-1].isdigit() and t[:1].isdigit()):
            # "Pas-" + "de-Calais", "L 441-" + "1-5 du CCH": keep the hyphen, drop the break
            out = out + t
        else:
            out += " " + t
    return out
