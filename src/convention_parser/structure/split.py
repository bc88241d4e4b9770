"""Cut the document's line stream into the documents it holds, and classify them.

A document opens with a line (or a title wrapped over two lines: "AVENANT N° 1" /
"à la convention …") one family's ``starts`` patterns recognise, near the top of
a page and at the head of its block (a PDF that binds several documents starts
each on a new page; the same words inside a text — a decision's subject "Avenant
n°01 à la convention …", a heading that wraps onto "CONVENTION PLURIANNUELLE »" —
do not open a document). A document also ends: after a line one family's ``ends``
patterns recognise (a decision's closing formula, "Pour extrait conforme") in a
segment that family claims, the next page opens another document whatever its
first lines look like. Each segment is then classified by the families'
weighted keywords, from its content only.

Two adjacent segments of one family are one document (a long cover page, a
second "Vu le règlement …" page), unless the second opens *fresh*: a prominent
start line after the first one's end — its closing formula, its last stretch
(a ``tail`` line: "Fait à …, le …", the annexes, "Décision adoptée …") or a page
numbering that restarts at 1. So two conventions bound together stay two.

A start line printed at the same place near the top of several pages, two of
them in a row, is page furniture the furniture pass left in the body (a title
repeated on every page, a running header on pages where the body touches it):
inside a document whose pages continue (no closing formula, no last stretch, no
page numbering restarting at 1) it opens nothing. Nor does any start line on a
page that carries the same running header as the page before: the header names
the document, and it has not changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.furniture import is_page_number, normalise
from ..text.model import Document
from .family import FLAGS, Family
from .lines import BodyLine, BodyStats
from .settings import structure_settings


@dataclass
class Segment:
    start: int             # index into the line list (inclusive)
    end: int               # exclusive
    family: Family | None = None
    score: float = 0.0
    closed: bool = False   # ended by its family's closing formula: a whole document, not a cover page
    fresh: bool = False    # a title page after the previous document's end: never joins it


def _page_rank(lines: list[BodyLine]) -> list[int]:
    rank, prev_page, r = [], None, 0
    for bl in lines:
        r = 0 if bl.page != prev_page else r + 1
        prev_page = bl.page
        rank.append(r)
    return rank


def _repeated_tops(lines: list[BodyLine], rank: list[int]) -> set[int]:
    """Indexes of top-of-page lines whose text (digits normalised) sits at the same place on
    ``repeat_pages`` pages or more (settings.py), on the next or the previous page among them."""
    where: dict[tuple[str, int], set[int]] = {}
    tops: list[tuple[int, tuple[str, int]]] = []
    for i, bl in enumerate(lines):
        if rank[i] >= structure_settings().top_lines or bl.line.table_id is not None:
            continue
        key = (normalise(bl.text), round(bl.top / structure_settings().repeat_step))
        where.setdefault(key, set()).add(bl.page)
        tops.append((i, key))
    out: set[int] = set()
    around: dict[tuple[str, int], set[int]] = {}   # pages near each place, built once per place
    for i, (text, bucket) in tops:
        if (text, bucket) not in around:
            around[(text, bucket)] = set().union(*(where.get((text, b), ()) for b in (bucket - 1, bucket, bucket + 1)))
        pages = around[(text, bucket)]
        page = lines[i].page
        if len(pages) >= structure_settings().repeat_pages and (page - 1 in pages or page + 1 in pages):
            out.add(i)
    return out


def page_headers(doc: Document) -> dict[int, str]:
    """The running header of each page that has one (page numbers aside, digits normalised)."""
    out = {}
    for p in doc.pages:
        text = " ".join(normalise(ln.text) for ln in p.header if not is_page_number(ln.text))
        if text:
            out[p.number] = text
    return out


def binder_pages(headers: dict[int, str], fams: list[Family]) -> set[int]:
    """Pages whose running header names a collection of acts ("Recueil des actes
    administratifs – Mars 2025", a family's ``binder`` patterns): every act of it starts on a
    page of its own under its own title, so that header ties no page to the one before, and
    an act's title at the same place atop several pages (one deliberation a page) is no
    furniture."""
    return {page for page, text in headers.items()
            if any(b.search(text) for f in fams for b in f.binders)}


def segment(lines: list[BodyLine], fams: list[Family], stats: BodyStats | None = None,
            restarts: frozenset[int] = frozenset(), headers: dict[int, str] | None = None) -> list[Segment]:
    """restarts: pages whose printed page number starts again at 1; headers: page_headers."""
    headers = headers or {}
    if not lines:
        return []
    rank = _page_rank(lines)
    repeated = _repeated_tops(lines, rank)
    binder = binder_pages(headers, fams)
    cuts = [0]
    ending: Family | None = None      # the family whose closing formula was just read
    closed: set[int] = set()          # cut indexes that follow a closed document
    fresh: set[int] = set()           # cut indexes where a new document of any family opens
    tail = False                      # the current segment has reached a document's last stretch
    for i, bl in enumerate(lines):
        if ending is not None and rank[i] == 0 and i > cuts[-1]:
            cuts.append(i)                    # what follows a closed document is another one
            closed.add(i)
            ending = None
            tail = True
        if bl.line.table_id is not None:
            continue
        after_end = tail or bl.page in restarts
        # Inside a document that goes on, a repeated top line is furniture and a page under
        # the same running header as the page before is the same document.
        same_header = bl.page in headers and headers[bl.page] == headers.get(bl.page - 1)
        if bl.page in binder:   # the header names the collection, and each act prints its own title
            same_header = False
        furniture = i in repeated and bl.page not in binder
        if rank[i] < structure_settings().top_lines and i > 0 and (after_end or (not furniture and not same_header
                                                            and not _runs_on(lines, i, rank))) \
                and _opens(lines, i, fams) and _heads_block(lines, i, stats):
            cut = i - rank[i]                 # the document starts with its page
            if cut > cuts[-1]:
                cuts.append(cut)
                ending = None
            if cut == cuts[-1] and (after_end or bl.page in binder) and _prominent(bl, stats):
                fresh.add(cut)
            tail = False
        if any(p.search(bl.text) for f in fams for p in f.tails):
            tail = True
        closing = next((f for f in fams if any(p.search(bl.text) for p in f.ends)), None)
        if closing is not None:
            probe = Segment(cuts[-1], i + 1)
            classify(probe, lines, fams)
            ending = closing if probe.family is closing else None
    segs = [Segment(a, b, closed=b in closed, fresh=a in fresh)
            for a, b in zip(cuts, cuts[1:] + [len(lines)])]
    merged: list[Segment] = []
    for s in segs:
        # A cover page joins its document; a short text that reached its last stretch ("Fait à
        # …, le …") before a fresh title (a one-page arrêté of a recueil) is a document of its
        # own, and so is the cover of a collection of acts ("RECUEIL DES ACTES ADMINISTRATIFS",
        # "N° 2020-10": the collection's number, no act's).
        if merged and not merged[-1].closed and not s.fresh and not _names_binder(lines, merged[-1], fams) \
                and merged[-1].end - merged[-1].start < structure_settings().min_lines and merged[-1].end == s.start:
            merged[-1] = Segment(merged[-1].start, s.end, fresh=merged[-1].fresh)
        else:
            merged.append(s)
    for s in merged:
        classify(s, lines, fams)
    # Two adjacent segments of the same non-repeating family are one document, unless the
    # second opens fresh after the first one's end.
    out: list[Segment] = []
    for s in merged:
        if out and s.family is not None and out[-1].family is s.family and not s.family.has_items and not s.fresh:
            out[-1].end = s.end
        elif out and s.family is None and s.start in closed and out[-1].family is not None \
                and _signature_page(lines[s.start:s.end], out[-1].family):
            out[-1].end = s.end             # its signatures, on the page after its closing formula
        else:
            out.append(s)
    return out


def _signature_page(lines: list[BodyLine], fam: Family) -> bool:
    """A few lines no family claims, opening on the closing stretch of the document before
    ("Fait à Maubeuge, le 25/06/2024." / "Le secrétaire de séance, La Présidente du Conseil
    départemental," / the names), printed on the page after its closing formula
    ("Certifié exécutoire …"): that document's signature block."""
    if not lines or len(lines) > structure_settings().signature_page_lines:
        return False
    role = fam.section("deliberation").get("signature_role") if fam.metadata_as == "deliberation" else None
    first = lines[0].text.strip(" ,.;:")
    return any(p.search(lines[0].text) for p in fam.tails) \
        or bool(role and re.fullmatch(role, first, FLAGS))


def _names_binder(lines: list[BodyLine], seg: Segment, fams: list[Family]) -> bool:
    return any(b.search(bl.text) for bl in lines[seg.start:seg.end] for f in fams for b in f.binders)


def _runs_on(lines: list[BodyLine], i: int, rank: list[int]) -> bool:
    """Line i opens its page under a sentence the page before left open (its last line ends
    with a comma or a semicolon: "Vu le budget de l'exercice 2017," / "Vu le règlement
    général de l'ANRU, …"): the text runs on, no document starts there."""
    k = i - rank[i] - 1                   # the previous page's last line
    return k >= 0 and lines[k].text.rstrip().endswith((",", ";"))


def _heads_block(lines: list[BodyLine], i: int, stats: BodyStats | None) -> bool:
    """Is line i the head of its block: first on its page, or set apart from the line above
    by space or typography? A heading wrapping onto "CONVENTION PLURIANNUELLE »" is not."""
    prev, bl = lines[i - 1], lines[i]
    if prev.page != bl.page or stats is None:
        return True
    if stats.spaced(bl.gap_before, max(bl.size, prev.size)):
        return True
    return prev.bold != bl.bold or abs(prev.size - bl.size) > structure_settings().larger_by


def _prominent(bl: BodyLine, stats: BodyStats | None) -> bool:
    """A title line: bold in a mostly regular text, or larger than the body."""
    if stats is None:
        return True
    return (bl.bold and stats.bold_share < structure_settings().bold_share_max) or bl.size > stats.size + structure_settings().larger_by


def _opens(lines: list[BodyLine], i: int, fams: list[Family]) -> bool:
    """Does line i open a document? A title may wrap: "AVENANT N° 1" / "à la convention …"."""
    text = lines[i].text
    if i + 1 < len(lines) and lines[i + 1].page == lines[i].page and lines[i + 1].line.table_id is None:
        joined = text + " " + lines[i + 1].text
    else:
        joined = text
    return any(p.search(text) or p.search(joined) for f in fams for p in f.starts)


def classify(seg: Segment, lines: list[BodyLine], fams: list[Family]) -> None:
    texts = [bl.text for bl in lines[seg.start:min(seg.end, seg.start + structure_settings().score_window)]]
    whole = [bl.text for bl in lines[seg.start:seg.end]]
    noisy = any(bl.ocr for bl in lines[seg.start:seg.end])
    # A family claims only a text that holds what it requires (a council's agenda names the
    # items of a session but decides nothing: no deliberation).
    scored = sorted(((f.score(texts, structure_settings().title_lines), f.name, f) for f in fams if f.admits(whole, noisy)), key=lambda t: (-t[0], t[1]))
    if scored and scored[0][0] >= structure_settings().min_score:
        seg.score, seg.family = scored[0][0], scored[0][2]
