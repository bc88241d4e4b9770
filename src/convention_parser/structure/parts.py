"""Split a Document into the documents it holds (parts) and build each one.

Flow: body lines + layout measures (lines.py) -> segments classified by family
(split.py) -> per part: headings (headings.py), section tree and paragraphs
(tree.py), then by kind: deliberation metadata, avenant metadata, amendments.
Council minutes (a family with ``[items]``) give one part per numbered item.
"""

from __future__ import annotations

import re
from typing import Optional

from ..rules import RuleSet
from ..text.model import Document
from .amendments import extract_amendments
from .avenant_meta import read_avenant_metadata, read_parties
from .deliberation import read_metadata
from .family import FLAGS, Family, families, grammar_family
from .headings import Heading, _continues, detect
from .lines import BodyLine, BodyStats, body_lines, measure, restarted_pages
from .model import PartDraft
from .split import segment
from .tree import build_tree

_OTHER = Family(name="", kind="other", data={})
MIN_STATS_LINES = 30     # a shorter part is measured with the whole document
SIGNATURE_LINES = 40     # the closing lines where a deliberation's signature block is looked for


def split_parts(doc: Document, rules: RuleSet) -> list[PartDraft]:
    if not doc.pages:
        return []
    lines = body_lines(doc)
    first_page, last_page = doc.pages[0].number, doc.pages[-1].number
    if not lines:
        return [PartDraft(kind="other", first_page=first_page, last_page=last_page)]
    stats = measure(lines)
    fams = families(rules)
    grammar = grammar_family(fams) or _OTHER
    segs = segment(lines, fams, stats, restarted_pages(doc))
    drafts: list[PartDraft] = []
    for n, seg in enumerate(segs):
        seg_lines = lines[seg.start:seg.end]
        p0 = first_page if n == 0 else seg_lines[0].page
        p1 = last_page if n == len(segs) - 1 else max(seg_lines[-1].page, lines[segs[n + 1].start].page - 1)
        fam = seg.family
        if fam is not None and fam.item is not None:
            items = build_items(seg_lines, fam, stats, p0, p1)
            if items:
                drafts.extend(items)
                continue
        drafts.append(build_part(seg_lines, fam, grammar, stats, p0, p1, party_grammar(fam, fams)))
    _link_decisions(drafts)
    return drafts


def _link_decisions(drafts: list[PartDraft]) -> None:
    """An avenant bound after the decision approving it: the decision's subject names it
    ("Avenant n°01 à la Convention …") when the avenant's own pages do not."""
    for prev, cur in zip(drafts, drafts[1:]):
        subject = prev.metadata.get("subject") if prev.kind == "deliberation" else None
        if cur.kind != "avenant" or not subject:
            continue
        if not cur.metadata.get("number"):
            for p in cur.metadata_rules.get("number", []):  # type: ignore[attr-defined]
                m = re.search(p, subject, FLAGS)
                if m:
                    cur.metadata["number"] = m.group("value")
                    break


def party_grammar(fam: Optional[Family], fams: list[Family]) -> dict:
    """The rules that read the parties' block ("Il est convenu entre ...").
    Conventions and avenants open with the same block: a family that declares
    no party rules of its own uses those of a family of the same genre that
    does (one inheriting the same heading grammar)."""
    if fam is None:
        return {}
    own = fam.section("metadata")
    if own.get("parties_start"):
        return own
    kin = [f for f in fams if f is not fam and f.section("metadata").get("parties_start")
           and f.data.get("inherit") in (fam.name, fam.data.get("inherit") or fam.name)]
    return kin[0].section("metadata") if kin else {}


def build_part(lines: list[BodyLine], fam: Optional[Family], grammar: Family, stats: BodyStats,
               first_page: int, last_page: int, parties_rules: Optional[dict] = None) -> PartDraft:
    rules = fam if fam is not None and fam.headings else grammar
    draft = PartDraft(kind=fam.kind if fam else "other", first_page=first_page, last_page=last_page,
                      family=fam.name if fam else "")
    heads = detect(lines, rules, stats)
    build_tree(draft, lines, heads, rules, stats)
    draft.title = find_title(lines, fam, stats)
    if fam is None:
        return draft
    if draft.kind == "deliberation" and fam.section("deliberation"):
        # The opening block: the lines before the first heading, table lines included.
        stop = heads[0].first.index if heads else None
        header = [bl for bl in lines if stop is None or bl.index < stop]
        body = "\n".join(p.text for p in draft.paragraphs)
        md = read_metadata(fam, header, body, body, noisy=any(bl.ocr for bl in lines), closing=lines[-SIGNATURE_LINES:])
        draft.metadata = md.to_dict()
    elif draft.kind == "avenant":
        draft.metadata = read_avenant_metadata(fam, draft.title, draft.paragraphs).to_dict()
        draft.metadata_rules = fam.section("metadata")  # type: ignore[attr-defined]
        draft.amendments = extract_amendments(draft, fam)
    elif draft.kind == "convention" and parties_rules:
        parties, associated = read_parties(parties_rules, draft.paragraphs)
        if parties:
            draft.metadata = {"parties": parties, "associated_partners": associated}
    return draft


def find_title(lines: list[BodyLine], fam: Optional[Family], stats: BodyStats) -> str:
    window = lines[:40]
    start = None
    if fam is not None:
        start = next((i for i, bl in enumerate(window) if any(p.search(bl.text) for p in fam.titles)), None)
    if start is None:
        start = next((i for i, bl in enumerate(window) if _prominent(bl, stats)), 0)
    first = window[start]
    parts = [first.text]
    for bl in window[start + 1:start + 5]:
        same = bl.bold == first.bold and abs(bl.size - first.size) < 0.3 and bl.page == first.page
        close = bl.gap_before <= stats.gap * 1.6
        caps = first.text.isupper() == bl.text.isupper()
        typographic = _prominent(first, stats)
        if not (same and close and (caps if not typographic else True)) or ":" in bl.text[:25]:
            break
        if not typographic and not first.text.isupper():
            break
        parts.append(bl.text)
    return " ".join(parts)[:300]


def _prominent(bl: BodyLine, stats: BodyStats) -> bool:
    return (bl.bold and stats.bold_share < 0.5) or bl.size > stats.size + 0.6


# --------------------------------------------------------------------------
# Council minutes: one part per numbered item
# --------------------------------------------------------------------------

def build_items(lines: list[BodyLine], fam: Family, stats: BodyStats,
                first_page: int, last_page: int) -> list[PartDraft]:
    assert fam.item is not None
    heads = detect(lines, fam, stats)
    group_at = {h.first.index: h for h in heads if h.kind in fam.item_group_kinds}
    starts: list[tuple[int, re.Match]] = []
    for i, bl in enumerate(lines):
        if bl.line.table_id is None:
            m = fam.item.match(bl.text)
            if m:
                starts.append((i, m))
    if not starts:
        return []
    header_lines = lines[:starts[0][0]]
    # Group headings ("Point n° 1 : …") right before an item open that item's part.
    cut_points = []
    for i, _ in starts:
        j = i
        if j > 0 and lines[j - 1].index in group_at:
            j -= 1
        elif j > 0:
            h = next((g for g in group_at.values() if lines[j - 1] in g.lines), None)
            if h is not None:
                j = lines.index(h.first)
        cut_points.append(j)
    cut_points[0] = min(cut_points[0], len(header_lines))
    header = lines[:cut_points[0]]
    drafts = []
    for k, (i, m) in enumerate(starts):
        a = cut_points[k] if k else 0
        b = cut_points[k + 1] if k + 1 < len(starts) else len(lines)
        item_lines = lines[a:b]
        # The item's title wraps like a heading does.
        title_head = Heading("item", m.group("num"), m.group("num"), m.group("title").strip(), 1, [lines[i]])
        j = i + 1
        while j < len(lines) and _continues(title_head, lines[j], stats, fam):
            title_head.lines.append(lines[j])
            title_head.title += " " + lines[j].text
            j += 1
        title_ids = {bl.index for bl in title_head.lines}
        body = [bl for bl in item_lines if bl.index not in title_ids]
        p0 = first_page if k == 0 else item_lines[0].page
        p1 = last_page if k + 1 == len(starts) else max(item_lines[-1].page, lines[b].page - (1 if lines[b].top < 1e-6 else 0))
        draft = PartDraft(kind=fam.kind, first_page=p0, last_page=min(p1, last_page), family=fam.name)
        build_tree(draft, body, [h for h in heads if h.first in body], fam, stats)
        title = title_head.title.strip().rstrip(":").strip()
        draft.title = title
        own = "\n".join(p.text for p in draft.paragraphs if p.lines and p.lines[0] not in
                        [bl.line for bl in lines[:cut_points[0]]])
        md = read_metadata(fam, header, own, own, subject=title, number=m.group("num"),
                           noisy=any(bl.ocr for bl in item_lines), closing=lines[-SIGNATURE_LINES:])
        draft.metadata = md.to_dict()
        drafts.append(draft)
    return drafts
