"""Council minutes cut into one part per item (deliberation).

items.py finds where each item starts; here the lines are shared out: the session's head
(before the first item) feeds every item's session fields, each item keeps its lines (a
theme heading set right above it — "I. AFFAIRES GÉNÉRALES", "Point n° 1 : Finances", a bold
"Qualité de l'espace public" — opens it and names its theme), and a theme heading that no
item follows ("V. Questions diverses") ends the deliberations: what follows is another part.

Lines are shared out in reading order, except on a page whose lines go back up (layer 1 read
a three-column row in pieces), where each line goes to the item whose rows hold it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Optional

from ..records import DeliberationMetadata
from .deliberation import read_metadata, read_opening
from .family import FLAGS, Family
from .headings import _DANGLING, Heading, _continues, detect
from .items import Item, Row, act_number, find_items, runs_into, split_vote, title_above, title_words, wrapped_above
from .lines import BodyLine, BodyStats, in_capitals
from .model import PartDraft
from .movements import attendance_by_vote, item_point, movement_text
from .names import strip_civility
from .settings import structure_settings
from .tree import build_tree
from .vote_grid import grid_vote_text

_NUMBERING = re.compile(r"^(?:(?P<roman>[IVXL]+)|(?P<digit>\d{1,2})|(?P<letter>[A-H]))\s*[.)–—\-]\s*(?=\S)")


def build_items(lines: list[BodyLine], fam: Family, stats: BodyStats, first_page: int, last_page: int,
                build_part: Callable[..., PartDraft], single: bool = True,
                closing: Optional[list[BodyLine]] = None) -> list[PartDraft]:
    """single: a text already read as minutes may hold a single item; closing: the last lines
    (a signature block naming the president)."""
    rows, items = find_items(lines, fam, stats, replace(structure_settings().items, single=single))
    if not items:
        return []
    heads = detect(lines, fam, stats)
    head_at = {h.first.index: h for h in heads if h.kind in set(fam.item_group_kinds)}
    decided = [re.compile(p, FLAGS) for p in fam.section("items").get("decided", [])]
    theme_kinds = _themes(items, rows, head_at, stats, decided)
    end_row = _tail_row(items, rows, head_at, theme_kinds, fam, stats)
    titles = [_item_title(it, rows, lines, fam, stats) for it in items]
    _open_at_titles(items, rows, titles)
    slot = _share_out(lines, rows, items, end_row)
    shares: dict[int, list[BodyLine]] = {}
    for bl, s in zip(lines, slot):
        shares.setdefault(max(s, -1), []).append(bl)
    header = shares.get(-1, [])
    last_share = max(shares)
    opening = read_opening(fam, header)          # every item's metadata reads the same block
    # Each item's headings, found in its own share of the lines (not in all the headings).
    share_of = {bl.index: max(s, -1) for bl, s in zip(lines, slot)}
    heads_in: dict[int, list[Heading]] = {}
    for h in heads:
        heads_in.setdefault(share_of.get(h.first.index, -2), []).append(h)
    # A line that goes up the page because it opens the next column of prose (layer 1's
    # Word.column) is no piece of a row read apart.
    column_tops = {bl.index for prev, bl in zip(lines, lines[1:])
                   if bl.line.words and prev.line.words and bl.line.words[0].column != prev.line.words[0].column}
    drafts = []
    voted: list[tuple[PartDraft, DeliberationMetadata, str, int]] = []   # draft, metadata, text, point
    for k, it in enumerate(items):
        item_lines = shares.get(k, [])
        if not item_lines:
            continue
        title, title_ids = titles[k]
        title, vote_after = split_vote(title)       # "Budget primitif - Adopté à l'unanimité"
        body = [bl for bl in item_lines if bl.index not in title_ids]
        last = item_lines[-1].page if last_share > k else last_page
        draft = PartDraft(kind=fam.kind, first_page=item_lines[0].page, last_page=last, family=fam.name)
        body_ids = {bl.index for bl in body}
        build_tree(draft, body, [h for h in heads_in.get(k, []) if h.first.index in body_ids], fam, stats)
        draft.title = title
        own = "\n".join(p.text for p in draft.paragraphs)
        if any(bl.gap_before < 0 and bl.index not in column_tops or bl.line.table_id is not None
               for bl in item_lines):
            # Layer 1 read the item's rows in pieces, or the table stage took some of them
            # (a rapporteur | number | subject layout reads like a table): read the rows.
            stop = items[k + 1].first_row if k + 1 < len(items) else end_row
            own = "\n".join(rows[r].text for r in range(it.start.row, stop) if r not in it.title_rows)
        if _withdrawn(own, fam) or _withdrawn_title(title, fam):
            draft.kind = "other"            # withdrawn or adjourned: no deliberation was taken
            drafts.append(draft)
            continue
        votes = "\n".join([own, vote_after.strip(" –—-:"), grid_vote_text(body)])
        md = read_metadata(fam, header, own, votes, subject=title,
                           number=it.number or None,
                           noisy=any(bl.ocr for bl in item_lines), closing=closing, opening=opening)
        if len(items) == 1 and not md.present and md.present_count is None:
            # A lone decision printed under its own numbered title, its sitting's block after
            # it (a recueil des actes prints each act so): the opening runs on under the title.
            md = read_metadata(fam, header + body, own, votes, subject=title, number=it.number or None,
                               noisy=any(bl.ocr for bl in item_lines), closing=closing)
        md.rapporteur = _as_person(fam, it.rapporteur or _labelled_rapporteur(fam, body)
                                   or _presenter(fam, own), md.president)
        md.theme = it.theme
        voted.append((draft, md, own, item_point(it.point or it.number, k + 1)))
        drafts.append(draft)
    # Members arriving or leaving during the session: each item gets the attendance of its vote.
    attendance_by_vote([(md, own, point) for _, md, own, point in voted],
                       movement_text(header, fam.section("deliberation")), fam)
    for draft, md, _, _ in voted:
        draft.metadata = md.to_dict()
    tail = shares.get(len(items), [])
    if tail:
        drafts.append(build_part(tail, None, fam, stats, tail[0].page, last_page))
    return drafts


def _themes(items: list[Item], rows: list[Row], head_at: dict, stats: BodyStats,
            decided: list[re.Pattern]) -> set[str]:
    """Set each item's theme and first row (its theme heading's, when one is right above it);
    return the kinds of heading that served as themes. A row that decides (the previous item's
    vote set in bold, "Pour : 26 Contre : 4") heads no theme."""
    theme: Optional[str] = None
    kinds: set[str] = set()
    for k, it in enumerate(items):
        prev_end = max(items[k - 1].title_rows) if k else -1
        above = min(it.title_rows or [it.start.row]) - 1
        found = _theme_row(rows, above, prev_end, head_at, stats) \
            if above > prev_end and not any(rx.search(rows[above].text) for rx in decided) else None
        if found is not None:
            theme, kind = found
            kinds.add(kind)
            it.first_row = above
        it.theme = theme
    return kinds


def _theme_row(rows: list[Row], r: int, floor: int, head_at: dict, stats: BodyStats,
               numbered: bool = False) -> Optional[tuple[str, str]]:
    """The theme heading printed in row r, if it is one: (theme, kind). A heading the grammar
    knows, or a short line set apart in bold or capitals; numbered: a short numbered line
    ("V. Questions diverses") will do (when its kind of numbering already headed themes)."""
    row = rows[r]
    h = head_at.get(row.first_line().index)
    if h is not None:
        return (h.title.strip() or h.label), h.kind
    text = row.text
    if len(text) > structure_settings().theme_max_chars or re.search(r"[.;,]\s*$", text):
        return None
    caps = in_capitals(text)
    bold = all(w.bold for w in row.words) and stats.bold_share < structure_settings().bold_share_max
    m = _NUMBERING.match(text)
    if not (bold or caps or (numbered and m)):
        return None
    prev = rows[r - 1] if r else None
    if prev is not None and r - 1 > floor and prev.page == row.page and row.top - prev.top < row.height * structure_settings().wrap_step:
        return None                          # set tight under a line of text: no heading
    if r - 1 > floor and prev is not None and not stats.spaced(row.top - prev.top) and runs_into(rows, r, stats.gap * 2,
                                   "bold" if all(w.bold for w in row.words) else "caps" if caps else ""):
        return None                          # the last row of a list above ("…, Mme Brigitte LE" / "BIHAN")
    kind = next((g for g in ("roman", "digit", "letter") if m and m.group(g)), "theme")
    return text[m.end():].strip() if m else text, kind


def _tail_row(items: list[Item], rows: list[Row], head_at: dict, kinds: set[str], fam: Family,
              stats: BodyStats) -> int:
    """The row where the deliberations end: a theme heading of a kind that opened items, after
    the last item has decided, that no item follows (len(rows) when there is none)."""
    decided = [re.compile(p, FLAGS) for p in fam.section("items").get("decided", [])]
    last = items[-1]
    start = max(last.title_rows) + 1
    seen_decision = False
    for r in range(start, len(rows)):
        if any(rx.search(rows[r].text) for rx in decided):
            seen_decision = True
            continue
        if not seen_decision:
            continue
        found = _theme_row(rows, r, start, head_at, stats, numbered=True)
        if found is not None and found[1] in kinds and found[1] != "theme":
            return r
    return len(rows)


def _open_at_titles(items: list[Item], rows: list[Row], titles: list[tuple[str, set[int]]]) -> None:
    """An item whose title is printed above its number (wrapped over rows above the number's
    line) opens at the title's first row, not under it."""
    row_of: dict[int, int] = {}
    for r, row in enumerate(rows):
        for bl in row.lines:
            row_of.setdefault(bl.index, r)
    floor = -1
    for it, (_, ids) in zip(items, titles):
        first = min((row_of[i] for i in ids if i in row_of), default=it.first_row)
        if floor < first < it.first_row:
            it.first_row = first
        floor = max(it.title_rows or [it.start.row])


def _share_out(lines: list[BodyLine], rows: list[Row], items: list[Item], end_row: int) -> list[int]:
    """Each line's item (-1: the session's head, len(items): after the deliberations)."""
    row_of: dict[int, int] = {}
    for r, row in enumerate(rows):
        for bl in row.lines:
            row_of.setdefault(bl.index, r)
    firsts = [it.first_row for it in items] + [end_row]
    disordered = {bl.page for bl in lines if bl.gap_before < 0}
    # In reading order: an item opens at the first line of its first row.
    opens = [min(bl.index for bl in rows[r].lines) for r in firsts[:-1]]
    if end_row < len(rows):
        opens.append(min(bl.index for bl in rows[end_row].lines))
    slot = []
    for bl in lines:
        if bl.page in disordered:
            slot.append(bisect.bisect_right(firsts, row_of[bl.index]) - 1)
        else:
            slot.append(bisect.bisect_right(opens, bl.index) - 1)
    return slot


def _item_title(it: Item, rows: list[Row], lines: list[BodyLine], fam: Family, stats: BodyStats
                ) -> tuple[str, set[int]]:
    """The item's subject, and the body lines that print it."""
    if it.start.column or it.start.trailing:
        return it.title, {bl.index for r in it.title_rows for bl in rows[r].lines}
    # An identifier at the head of its line: the title wraps like a heading does.
    start = rows[it.start.row].lines[it.start.col]
    row = rows[it.start.row]
    # The number's own line, and the line under it when its label was printed alone above
    # ("Délibération n°" / "2024-012 : Budget …": one row); not a stamp beside it.
    own = sorted({bl.index: bl for bl in row.lines
                  if bl is start or (bl.top > start.top + 1 and bl.x1 >= start.x0)}.values(),
                 key=lambda bl: bl.index)
    head = Heading("item", it.number, it.number, it.title, 1, own)
    after = title_words(row, it.start)
    x_title = after[0].x0 if after else None
    j = _below(lines, own[-1].index - lines[0].index + 1, start)
    above = it.start.row - 1 if it.first_row in (it.start.row - 1, it.start.row) else None
    if (not it.title.strip() and above is not None and above >= 0 and title_above(rows, it.start.row, lambda r: _decides(rows[r].text, fam))
            and (j >= len(lines) or _no_title(lines[j].text, fam))):
        # The number alone on its line under a line set apart, and no title under it (the
        # rapporteur, the vistas follow): the line above was the title ("Budget 2024" /
        # "Délibération n° 2024-012"), not a theme.
        it.theme = None
        title_rows = wrapped_above(rows, above) + [above]
        return (" ".join(rows[r].text.strip() for r in title_rows),
                {bl.index for r in title_rows for bl in rows[r].lines})
    if not it.title.strip() and j < len(lines) and lines[j].line.table_id in (None, start.line.table_id):
        act = act_number(lines[j].text, fam.section("items")) if it.number.isdigit() else None
        if act is not None and j + 1 < len(lines) and lines[j + 1].page == lines[j].page:
            # "POINT N° 5" / "2024-DCM-045" / "Objet : …": the agenda point, then the act's
            # own identifier on a line of its own; the act's is the deliberation's number.
            head.lines.append(lines[j])
            it.point, it.number = it.number, act
            j = _below(lines, j + 1, start)
    view = head
    if not it.title.strip() and j < len(lines) and lines[j].line.table_id in (None, start.line.table_id):
        # "DÉLIBÉRATION N° 2024-017" alone on its line: the title ("Objet : …") is the next one
        # (in the same table when the table finder took the number's rows with the head's grid).
        head.lines.append(lines[j])
        head.title = lines[j].text
        x_title = lines[j].x0
        # The title wraps as its own line is set, not as the number's above it (the number
        # in bold, "Objet : …" in the body type).
        view = Heading("item", it.number, it.number, head.title, 1, [lines[j]])
        j = _below(lines, j + 1, start)
    right = max((bl.x1 for bl in lines if bl.page == start.page and bl.line.table_id is None), default=0.0)
    while j < len(lines) and (_continues(view, lines[j], stats, fam) or _hangs(lines[j], view, x_title, stats)
                              or _title_wraps(lines[j], view, stats, x_title)
                              or (view is not head and _broke_at_edge(view, lines[j], right, stats, fam))
                              or wrapped_separator(view, lines[j], right, stats)):
        text = lines[j].text
        if wrapped_separator(view, lines[j], right, stats):
            text = f"{lines[j].line.bullet} {text}"     # the separator read as a bullet is the title's
        if view is not head:
            view.lines.append(lines[j])
            view.title += " " + text
        head.lines.append(lines[j])
        head.title += " " + text
        j = _below(lines, j + 1, start)
    title = head.title.strip()
    skip = fam.section("items").get("title_skip")
    if skip:
        title = re.sub(skip, "", title, flags=FLAGS)
    return title.strip().rstrip(":").strip(), {bl.index for bl in head.lines}


_DASHES = ("-", "–", "—")


def wrapped_separator(head: Heading, bl: BodyLine, right: float, stats: BodyStats) -> bool:
    """The title's " - " separator wrapped to the next line's start and read as a bullet
    ("Objet : Nouveau Programme … quartier la Fontaine d'Ouche" / "- approbation du programme
    de travaux"): right under a line that filled its width (right: the page's text edge), at
    its left edge or the value's, the dash followed by a lower-case word carries the title on."""
    last = head.lines[-1]
    if len(head.lines) >= 4 or not bl.list_item or bl.line.bullet not in _DASHES or not bl.text[:1].islower() \
            or bl.page != last.page or bl.line.table_id != last.line.table_id \
            or stats.spaced(bl.gap_before, last.size) or bl.x0 > last.x0 + 2 * last.size:
        return False
    left = min(h.x0 for h in head.lines)
    return right > left and last.x1 - left >= structure_settings().items.run_on_width * (right - left)


def _broke_at_edge(head: Heading, bl: BodyLine, right: float, stats: BodyStats, fam: Family) -> bool:
    """A title in the body type ("Objet : …" under its number) wraps onto the next line when its
    last line broke at the right edge: the next line's first word would not have fit after it.
    The next line starts at the same left edge, right below, in the same type, and opens no body
    (a vista, the rapporteur, a vote)."""
    last = head.lines[-1]
    if len(head.lines) >= 4 or bl.page != last.page or not bl.line.words or bl.line.table_id is not None:
        return False
    if abs(bl.x0 - last.x0) > 6 or stats.spaced(bl.gap_before, last.size) or bl.bold != last.bold \
            or abs(bl.size - last.size) >= structure_settings().same_size or _no_title(bl.text, fam):
        return False
    first = bl.line.words[0]
    return last.x1 + structure_settings().items.wrap_space * last.size + (first.x1 - first.x0) > right


def _decides(text: str, fam: Family) -> bool:
    return any(re.search(p, text, FLAGS) for p in fam.section("items").get("decided", []))


def _withdrawn(text: str, fam: Family) -> bool:
    """The item says it is withdrawn from the agenda or put off, and decides nothing."""
    return any(re.search(p, text, FLAGS) for p in fam.section("items").get("withdrawn", [])) \
        and not _decides(text, fam)


def _withdrawn_title(title: str, fam: Family) -> bool:
    """The item's title is only the statement that it was withdrawn or put off ("Affaire
    retirée" in the subject's place): no deliberation, whatever its stretch holds after it."""
    return any(re.search(p, title.strip(), FLAGS) for p in fam.section("items").get("withdrawn_title", []))


def _no_title(text: str, fam: Family) -> bool:
    """A line that opens an item's body, never its title: the rapporteur, a vista, a vote."""
    items = fam.section("items")
    rules = list(items.get("title_stop", [])) + list(items.get("rapporteur", []))
    return any(re.search(p, text, FLAGS) for p in rules)


def _below(lines: list[BodyLine], j: int, start: BodyLine) -> int:
    """The first line from j on in reading order printed below the item's number on its page
    (or on a later page), not beside it: layer 1 may read a column of the session head (the
    values of a label / value grid) after the labels' column that runs down to the first item,
    or a prefecture stamp left of the number after it."""
    while j < len(lines) and lines[j].page == start.page and (
            lines[j].top < start.top + 1 or lines[j].x1 < start.x0):
        j += 1
    return j


def _hangs(bl: BodyLine, head: Heading, x_title: Optional[float], stats: BodyStats) -> bool:
    """A line set under the title's first word (a hanging indent), right below: the title wraps."""
    last = head.lines[-1]
    return (x_title is not None and len(head.lines) < 4 and bl.page == last.page
            and abs(bl.x0 - x_title) < 6 and bl.x0 > last.x0 + 6
            and not stats.spaced(bl.gap_before, last.size))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _title_wraps(bl: BodyLine, head: Heading, stats: BodyStats, x_title: Optional[float] = None) -> bool:
    """A title set apart (in capitals, or in bold in a text mostly not bold) wraps onto the next
    line set the same way, right below at the same left edge (or, under the number's line, a
    hanging indent anywhere up to the title's first word), in the same table cell or none."""
    last = head.lines[-1]
    if len(head.lines) < 4 and bl.page == last.page + 1 and _DANGLING.search(head.title) and bl.text[:1].isalpha():
        return True                     # "… Programme de" / (next page) "reconstitution de l'offre …"
    edge = abs(bl.x0 - last.x0) < (12 if bl.list_item else 6)    # "- QUARTIER …": a dash read as a bullet
    hanging = len(head.lines) == 1 and x_title is not None and last.x0 - 6 < bl.x0 < x_title + 6
    if not (len(head.lines) < 4 and bl.page == last.page and bl.line.table_id == last.line.table_id
            and (edge or hanging) and not stats.spaced(bl.gap_before, last.size)):
        return False
    title = re.sub(r"^objet\s*:\s*", "", head.title.strip(), flags=FLAGS)
    if _caps(title) and _caps(bl.text):
        return True
    return stats.bold_share < structure_settings().bold_share_max and head.lines[0].bold and bl.bold and abs(bl.size - last.size) < structure_settings().same_size


def _presenter(fam: Family, text: str) -> Optional[str]:
    """Who presents the item, in its text before the decision (the earliest presenting phrase)."""
    cfg = fam.section("items")
    decided = [re.search(p, text, FLAGS | re.MULTILINE) for p in cfg.get("decided", [])]
    stop = min([m.start() for m in decided if m] + [len(text)])
    hits = [m for p in cfg.get("presenter", []) for m in [re.search(p, text[:stop], FLAGS)] if m]
    if not hits:
        return None
    return re.sub(r"\s+", " ", min(hits, key=lambda m: m.start("value")).group("value")).strip()


def _as_person(fam: Family, name: Optional[str], president: Optional[str]) -> Optional[str]:
    """A presenter's name without civility; "le Maire" is the session's president."""
    if not name:
        return None
    chair = fam.section("items").get("presenter_chair")
    if chair and re.search(chair, name.strip(), FLAGS):
        return president
    return strip_civility(name) or None


def _labelled_rapporteur(fam: Family, lines: list[BodyLine]) -> Optional[str]:
    """"Rapporteur : M. X" on one of the item's first lines."""
    for rx in fam.section("items").get("rapporteur", []):
        for bl in lines[:8]:
            m = re.search(rx, bl.text, FLAGS)
            if m:
                return strip_civility(re.sub(r"\s+", " ", m.group("value")).strip(" .,;:")) or None
    return None
