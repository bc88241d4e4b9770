"""Split a Document into the documents it holds (parts) and build each one.

Flow: body lines + layout measures (lines.py) -> segments classified by family
(split.py) -> per part: headings (headings.py), section tree and paragraphs
(tree.py), then by kind: deliberation metadata, avenant metadata, amendments.
Council minutes (a family with ``[items]``) give one part per numbered item.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..records import ConventionMetadata
from ..rules import RuleSet
from ..tables.finder import LocatedTable
from ..text.model import Document
from .amendments import extract_amendments
from .avenant_meta import read_avenant_metadata, read_parties
from .deliberation import inline_president, read_metadata, session_date
from .family import FLAGS, Family, families, grammar_family
from .headings import detect
from .lines import BodyLine, BodyStats, body_lines, measure, restarted_pages
from .minutes import build_items
from .model import PartDraft
from .movements import own_vote_attendance
from .own_title import labelled_subject, numbered_title
from .party_rows import with_table_rows
from .settings import structure_settings
from .split import page_headers, segment
from .table_marks import check_table_marks
from .tree import build_tree
from .vote_grid import grid_vote_text

_OTHER = Family(name="", kind="other", data={})


def split_parts(doc: Document, rules: RuleSet,
                located: Optional[Sequence[LocatedTable]] = None) -> list[PartDraft]:
    """The parts ``doc`` holds. Runs after the table stage: ``located`` is what
    ``tables.locate_tables`` returned for ``doc`` (it marked their lines, which
    structure keeps out of headings and prose); see table_marks.py."""
    check_table_marks(doc, located)
    if not doc.pages:
        return []
    fams = families(rules)
    # (a family whose title runs atop its pages names no act with it: lines._title_headers)
    act_starts = [p for f in fams if not f.running_title for p in f.starts]
    lines = body_lines(doc, [b for f in fams for b in f.binders], act_starts, [p for f in fams for p in f.ends + f.tails])
    first_page, last_page = doc.pages[0].number, doc.pages[-1].number
    if not lines:
        return [PartDraft(kind="other", first_page=first_page, last_page=last_page)]
    stats = measure(lines)
    grammar = grammar_family(fams) or _OTHER
    segs = _rejoin(segment(lines, fams, stats, restarted_pages(doc), page_headers(doc)), lines, fams)
    drafts: list[PartDraft] = []
    for n, seg in enumerate(segs):
        seg_lines = lines[seg.start:seg.end]
        p0 = first_page if n == 0 else seg_lines[0].page
        p1 = last_page if n == len(segs) - 1 else max(seg_lines[-1].page, lines[segs[n + 1].start].page - 1)
        fam = seg.family
        minutes = _minutes_family(fam, fams)
        # The signature block: the segment's last lines, and the first line of the next page
        # when the segment ends at a page's foot (the signer's name pushed overleaf).
        after = lines[seg.end:seg.end + 1]
        closing = seg_lines[-structure_settings().signature_lines:] + \
            [bl for bl in after if bl.page == seg_lines[-1].page + 1]
        if minutes is not None:
            # A text read as one decision may be minutes holding several (their vocabulary
            # overlaps): two decided items or more make it minutes; one item only in a text
            # already read as minutes.
            items = build_items(seg_lines, minutes, stats, p0, p1, build_part, single=minutes is fam,
                                closing=closing)
            if items:
                drafts.extend(items)
                continue
        drafts.append(build_part(seg_lines, fam, grammar, stats, p0, p1, party_grammar(fam, fams),
                                 items_family=minutes, located=located or (), closing=closing))
    _link_decisions(drafts)
    _running_header_dates(drafts, doc, fams)
    return drafts


def _running_header_dates(drafts: list[PartDraft], doc: Document, fams: list[Family]) -> None:
    """A session box printed in the page header of every page ("Séance du jeudi 20 novembre
    2025 à 18h30 | Nombre de membres : …") is furniture to the reading order, yet it is where
    the session's date is: a deliberation whose own text gives none takes the one the running
    header of its pages gives. So with the chair ("sous la présidence de Mme X, Maire" in that
    box): a deliberation whose text names none takes the one its pages' running header names."""
    by_name = {f.name: f for f in fams}
    pages = {p.number: p for p in doc.pages}
    for d in drafts:
        fam = by_name.get(d.family)
        if d.kind != "deliberation" or fam is None or not isinstance(d.metadata, dict) \
                or not fam.section("deliberation"):
            continue
        cfg = fam.section("deliberation")
        for key, read in (("session_date", session_date), ("president", inline_president)):
            if d.metadata.get(key):
                continue
            for n in range(d.first_page, d.last_page + 1):
                page = pages.get(n)
                text = "\n".join(ln.text for ln in page.header) if page is not None else ""
                found = read(text, cfg) if text.strip() else None
                if found:
                    d.metadata[key] = found
                    break


def _rejoin(segs: list, lines: list[BodyLine], fams: list[Family]) -> list:
    """Undo cuts made by a line that merely looks like a document's start ("Vu le règlement
    général de l'ANRU …" at the top of a page) inside a decision or minutes. A segment that
    opens fresh (a title page after the previous one's end) or follows a closed one stays cut.
    Otherwise it is glued back when
    - it follows minutes and decides something: more of their items;
    - it is a decision and the segment before it, which no family claims, reads as that
      decision's head by its family's keywords (heading, session, attendance, title);
    - no family claims it, it follows a decision and decides something: more of that text;
    - it is minutes, follows a decision and opens with no start line of the minutes: the
      decision was their first items (minutes classified by their head read as one decision);
    - it is of the same single-document family as the text it now follows (split.py's rule,
      once a fragment between them is glued back)."""
    out = []
    for s in segs:
        prev = out[-1] if out else None
        if prev is None or prev.closed or s.fresh or prev.end != s.start:
            out.append(s)
            continue
        text = [bl.text for bl in lines[s.start:s.end]]
        pf, sf = prev.family, s.family
        deciding = pf is not None and pf.kind == "deliberation"
        more_items = deciding and pf.has_items and (sf is None or sf.kind == "deliberation") and pf.admits(text)
        # (The head of minutes reads as such by the minutes' keywords, not the decision's: a
        # page of minutes' head cut from their items by a "Vu le règlement …" page top.)
        head = (pf is None and sf is not None and sf.kind == "deliberation"
                and any(f.score([bl.text for bl in lines[prev.start:prev.end]])
                        >= structure_settings().min_score
                        for f in (sf, _minutes_family(sf, fams)) if f is not None))
        fragment = deciding and sf is None and pf.admits(text)
        same = deciding and sf is pf and not pf.has_items
        # A decision's text read on, then items of minutes that no start line of theirs opened
        # (the cut was another family's start line): the decision was the minutes' first items.
        minutes_on = (deciding and not pf.has_items and sf is not None and sf.has_items
                      and sf.kind == "deliberation" and sf.admits(text)
                      and not _opened_by(sf, lines[s.start:s.start + structure_settings().top_lines]))
        if not (more_items or head or fragment or same or minutes_on):
            out.append(s)
            continue
        prev.end, prev.closed = s.end, s.closed
        if head or minutes_on:
            prev.family, prev.score = sf, s.score
    return out


def _opened_by(fam: Family, lines: list[BodyLine]) -> bool:
    """Does one of the family's start lines stand among these (a segment's first lines)?"""
    return any(p.search(bl.text) for bl in lines for p in fam.starts)


def _minutes_family(fam: Optional[Family], fams: list[Family]) -> Optional[Family]:
    """The family whose items a segment may hold: its own, or for a deliberation (or a text
    no family claims) the family of minutes."""
    if fam is not None and fam.has_items:
        return fam
    if fam is not None and fam.kind != "deliberation":
        return None
    return next((f for f in fams if f.has_items and f.kind == "deliberation"), None)


def _link_decisions(drafts: list[PartDraft]) -> None:
    """An avenant bound after the decision approving it: the decision's subject names it
    ("Avenant n°01 à la Convention …") when the avenant's own pages do not."""
    for prev, cur in zip(drafts, drafts[1:]):
        subject = prev.metadata.get("subject") if prev.kind == "deliberation" else None
        if cur.kind != "avenant" or not subject:
            continue
        if not cur.metadata.get("number"):
            for p in cur.metadata_rules.get("number", []):
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
               first_page: int, last_page: int, parties_rules: Optional[dict] = None,
               items_family: Optional[Family] = None, located: Sequence[LocatedTable] = (),
               closing: Optional[list[BodyLine]] = None) -> PartDraft:
    """items_family: the minutes' family, whose item grammar reads a single decision's own
    numbered title line; located: the document's tables (parties typeset as a table); closing:
    the lines of its signature block (default: its last lines)."""
    rules = fam if fam is not None and fam.headings else grammar
    draft = PartDraft(kind=fam.kind if fam else "other", first_page=first_page, last_page=last_page,
                      family=fam.name if fam else "")
    heads = detect(lines, rules, stats)
    build_tree(draft, lines, heads, rules, stats)
    draft.title = find_title(lines, fam, stats)
    if fam is None:
        return draft
    if fam.metadata_as == "deliberation" and fam.section("deliberation"):
        # The opening block: the lines before the first heading, table lines included.
        stop = heads[0].first.index if heads else None
        header = [bl for bl in lines if stop is None or bl.index < stop]
        body = "\n".join(p.text for p in draft.paragraphs)
        own = numbered_title(lines, items_family, stats) if items_family is not None else None
        # A labelled subject ("Objet : …") says what the decision is about, whatever a
        # numbered line above it says (the act's number and the sitting in the page's
        # running header: "DCM n° 25/006 – Conseil Municipal du 04/05/2025").
        labelled = labelled_subject(lines, fam, stats)
        number, subject = (own[0], labelled or own[1]) if own else (None, labelled)
        # The vote is read in the paragraphs and in the lines the table stage took (a vote line
        # laid out in tab columns is no paragraph).
        below = [bl for bl in lines if stop is None or bl.index >= stop]
        votes = "\n".join([body] + [bl.text for bl in below if bl.line.table_id is not None]
                          + [grid_vote_text(below)])
        noisy = any(bl.ocr for bl in lines)
        closing = closing if closing is not None else lines[-structure_settings().signature_lines:]
        md = read_metadata(fam, header, body, votes, subject=subject or None, number=number,
                           noisy=noisy, closing=closing, first_heading=heads[0].first.text if heads else "")
        under = _under_own_title(lines, heads, own, md)
        if under is not None:
            md = read_metadata(fam, under, body, votes, subject=subject or None, number=number,
                               noisy=noisy, closing=closing, first_heading=heads[0].first.text)
        own_vote_attendance(md, body, fam)     # a member leaving the room before the vote
        draft.metadata = md.to_dict()
    elif fam.metadata_as == "avenant":
        draft.metadata = read_avenant_metadata(fam, draft.title, draft.paragraphs,
                                               with_table_rows(draft.paragraphs, located, first_page, last_page)).to_dict()
        draft.metadata_rules = fam.section("metadata")
        draft.amendments = extract_amendments(draft, fam)
    elif fam.metadata_as == "convention" and parties_rules:
        parties, associated = read_parties(parties_rules,
                                           with_table_rows(draft.paragraphs, located, first_page, last_page))
        if parties:
            draft.metadata = ConventionMetadata(parties=parties, associated_partners=associated).to_dict()
    return draft


def _under_own_title(lines: list[BodyLine], heads: list, own: Optional[tuple[str, str]],
                     md) -> Optional[list[BodyLine]]:
    """The opening block of a decision printed under its own numbered title ("DEL_2025_085 –
    Vote des taux", read as the first heading), as a recueil des actes prints each act: the
    sitting, its counts and its attendance follow the title. When the lines above the title
    named nobody present, the block runs on to the next heading (None otherwise)."""
    if not heads or own is None or md.present or md.present_count is not None:
        return None
    first = heads[0].first
    if not own[0] or own[0] not in first.text:
        return None
    stop = heads[1].first.index if len(heads) > 1 else None
    return [bl for bl in lines if stop is None or bl.index < stop]


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
        same = bl.bold == first.bold and abs(bl.size - first.size) < structure_settings().same_size and bl.page == first.page
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
    return (bl.bold and stats.bold_share < structure_settings().bold_share_max) or bl.size > stats.size + structure_settings().larger_by
