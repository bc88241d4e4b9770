"""Numbered headings: numbering patterns (from the family TOML) judged with typography.

A line is a heading when its start matches a numbering pattern *and* the layout
agrees: bold or larger than the body, space above it, a title in capitals, a
label word ("Article", "Titre") followed by a separator. In-text references
("conformément à l'article 7.2 du titre III") fail on the layout side: they
continue a sentence, start lower-case or carry no separator. A heading that
wraps keeps its continuation lines (same typography, or an unclosed « », or a
line that plainly continues the phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..french.numbers import spaced_suffix
from ..text.model import Line
from .family import Family, HeadingPattern
from .lines import BodyLine, BodyStats, clean
from .settings import ProseRegionSettings, structure_settings
from .short_lines import right_edges, room_for

_ROMAN = re.compile(r"^[IVXL]+$")
# A title that ends on a label word waits for its number on the next line.
_AWAITS_NUMBER = re.compile(r"\b(?:titre|article|annexe|chapitre|point|section|n\s*°)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?»)]\s*$")
_DANGLING = re.compile(r"(?:\b(?:de|du|des|la|le|les|l['’]|d['’]|et|ou|à|au|aux|en|pour|par|sur|dans|avec|une?)|[,–\-])\s*$",
                       re.IGNORECASE)


@dataclass
class Heading:
    kind: str
    number: str              # normalised: "4.1.2", "II", "C2"
    label: str               # as printed: "Article 4.1.2 –"
    title: str
    depth: int
    lines: list[BodyLine] = field(default_factory=list)

    @property
    def first(self) -> BodyLine:
        return self.lines[0]

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def top(self) -> float:
        return self.lines[0].top


# "Article premier" is article 1; an avenant may spell its own articles' numbers ("Article deux", "Article trois")
_ORDINAL_WORDS = {"premier": "1", "première": "1", "unique": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
                  "six": "6", "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12"}


def normalise_number(kind: str, raw: str) -> str:
    num = re.sub(r"\s+", "", raw)
    num = _ORDINAL_WORDS.get(num.lower(), num)
    if kind in ("article",):
        num = num.replace("-", ".")
        num = ".".join(str(int(p)) if p.isdigit() else p for p in num.split(".") if p)
        num = spaced_suffix(num)          # "Article 11 bis": "11 bis", as the reader cites it
    return num.upper() if _ROMAN.match(num.upper()) and kind in ("titre", "chapitre", "roman") else num


def _depth(kind: str, number: str) -> int:
    """Depth inside the heading's own kind, from the number's dots, whatever the kind
    ("4.1.2" article: 3; "A.2" annex: 2; "II" titre: 1)."""
    return number.count(".") + 1


def _typography(bl: BodyLine, prev: BodyLine | None, stats: BodyStats, prev_heading: bool = False,
                prev_short: bool = False) -> float:
    """Evidence from layout alone, about 0..5. ``prev_short``: the previous line left room
    for this one's first word (a paragraph's last line, not a sentence running on)."""
    score = 0.0
    bold = bl.bold and stats.bold_share < structure_settings().bold_share_max
    if bold:
        score += 2
    if stats.size and bl.size > stats.size + structure_settings().larger_by:
        score += 2
    elif (bl.underlined or bl.tracked) and not bold:
        score += 2       # underlined or letter-spaced as a whole in the body's type: set apart as bold would
    if stats.spaced(bl.gap_before) or _boxed_apart(bl, prev):
        score += 1
    if prev is not None and not prev_heading and len(prev.text) > 3 and prev.page == bl.page and not _SENTENCE_END.search(prev.text) \
            and bl.gap_before <= stats.gap * 1.2 and not prev.list_item and prev.line.table_id is None \
            and not prev_short:
        score -= 2       # the previous line's sentence runs on into this one
    return score


def _boxed_apart(bl: BodyLine, prev: BodyLine | None) -> bool:
    """Is the line set in a box of its own that no table claimed, the line above out of it
    (a heading paragraph shaded or framed by the word processor, printed right under the
    paragraph before it: the box sets it apart as a space above would)?"""
    cell = bl.line.cell
    if cell is None or bl.line.table_id is not None:
        return False
    return prev is None or prev.page != bl.page or prev.line.cell is None or prev.line.cell[0] != cell[0]


def _title_evidence(title: str) -> float:
    t = title.strip()
    if not t:
        return 0.5
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > structure_settings().caps_share and len(letters) > 2:
        return 1.5
    if t[0].islower():
        return -3
    return 0.5


def column_view(bl: BodyLine, stats: BodyStats) -> BodyLine:
    """The heading a line may hold left of a column gutter.

    Where a heading opens a section set in two columns, the text layer may read its row
    together with the other column's first line ("Art. 1. Les éléments | vacance organisée
    …"). When the words left of the widest gap (wider than ``gutter`` ems, settings.py) are set apart
    (bold or larger) and the words right of it are not, the left words are the line a
    heading is looked for in; otherwise the line itself."""
    words = bl.line.words
    if len(words) < 2:
        return bl
    k = max(range(1, len(words)), key=lambda i: words[i].x0 - words[i - 1].x1)
    if words[k].x0 - words[k - 1].x1 <= structure_settings().gutter * max(words[k - 1].size, 1.0):
        return bl

    def apart(ws) -> bool:
        return all(w.bold for w in ws) and stats.bold_share < structure_settings().bold_share_max \
            or bool(stats.size) and all(w.size > stats.size + 0.6 for w in ws)
    left, right = words[:k], words[k:]
    if not apart(left) or any(w.bold for w in right) or apart(right):
        return bl
    line = Line(words=list(left), page=bl.line.page, list_item=bl.line.list_item, bullet=bl.line.bullet,
                table_id=bl.line.table_id, cell=bl.line.cell)
    return BodyLine(line, clean(line.text), bl.page, bl.index, bl.list_item, bl.gap_before, bl.ocr)


def prose_regions(lines: list[BodyLine], settings: ProseRegionSettings | None = None) -> set[str]:
    """Ids of the unruled table regions whose lines are running prose."""
    settings = settings or structure_settings().prose_regions
    counts: dict[str, list[int]] = {}
    for bl in lines:
        if bl.line.table_id is not None:
            counts.setdefault(bl.line.table_id, []).append(len(bl.text.split()))
    out = set()
    for tid, words in counts.items():
        if len(words) >= settings.min_lines and sorted(words)[len(words) // 2] >= settings.median_words:
            out.add(tid)
    return out


def match_heading(text: str, patterns: list[HeadingPattern],
                  line: BodyLine | None = None, stats: BodyStats | None = None) -> tuple[HeadingPattern, re.Match] | None:
    for hp in patterns:
        m = hp.regex.match(text)
        if m and (not hp.needs_gap or (line is not None and _tab_after_label(line, m))) \
                and (not hp.hangs or (line is not None and stats is not None and hangs_in_margin(line, m, stats))):
            return hp, m
    return None


def _usual_margin(stats: BodyStats) -> float | None:
    values = sorted(stats.margin.values())
    return values[(len(values) - 1) // 2] if values else None   # the lower median: indented pages are the fewer


def hangs_in_margin(bl: BodyLine, m: re.Match, stats: BodyStats) -> bool:
    """Is the label set out in the left margin, its title starting at the page's text edge
    ("4<tab>La description du projet urbain", the number outdented as a hanging indent puts it)?"""
    words = bl.line.words
    n = len(m.group("label").split())
    # the page's text edge, or the document's (a page all tables, an avenant's comparison table;
    # a page of indented lists, whose usual left edge is the lists')
    edges = {e for e in (stats.margin.get(bl.page), _usual_margin(stats)) if e is not None}
    if not edges or not 0 < n < len(words):
        return False
    em = max(bl.size, 1.0)
    st = structure_settings()
    return words[n - 1].x1 < words[n].x0 and any(
        words[0].x0 < edge - st.hang_out * em and abs(words[n].x0 - edge) <= st.hang_edge * em for edge in edges)


def _tab_after_label(bl: BodyLine, m: re.Match) -> bool:
    """Is the label followed by a tab-wide gap on the page ("I<tab>CONTEXTE")?"""
    words = bl.line.words
    n = len(m.group("label").split())
    if not 0 < n < len(words):
        return False
    return words[n].x0 - words[n - 1].x1 > structure_settings().tab_gap * max(bl.size, 1.0)


def _has_separator(label_and_rest: str, m: re.Match) -> bool:
    between = label_and_rest[m.end("label"):m.start("title")] if m.group("title") else label_and_rest[m.end("label"):]
    return bool(re.search(r"[–—:\-.]", between + m.group("label")[-1:]))


def detect(lines: list[BodyLine], fam: Family, stats: BodyStats) -> list[Heading]:
    out: list[Heading] = []
    prose = prose_regions(lines)
    edges = right_edges(lines)
    last_cell = {bl.line.table_id: bl.index for bl in lines if bl.line.cell is not None}
    i = 0
    while i < len(lines):
        bl = column_view(lines[i], stats)
        prev = lines[i - 1] if i else None
        hit = None
        in_prose = bl.line.table_id in prose and bl.line.cell is None
        # The first line of an unruled table region, set apart, may be a heading the region
        # reached up to (a heading whose number is a list label, a tab away from its title),
        # when a line of prose follows it there; over a table's short cells it is a row.
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        region_top = bl.line.table_id is not None and bl.line.cell is None and _distinct(bl, stats) \
            and (prev is None or prev.line.table_id != bl.line.table_id) and nxt is not None \
            and nxt.line.table_id == bl.line.table_id and nxt.line.cell is None \
            and len(nxt.text.split()) >= 2 * structure_settings().prose_regions.median_words
        # A line set apart below the table's last cell, in none of its cells: the region reached
        # down past the grid to the heading (and the prose) after the table.
        region_foot = bl.line.table_id is not None and bl.line.cell is None and _distinct(bl, stats) \
            and bl.index > last_cell.get(bl.line.table_id, bl.index)
        if (bl.line.table_id is None or (in_prose and _distinct(bl, stats)) or region_top or region_foot) \
                and not bl.list_item:
            hit = match_heading(bl.text, fam.headings, bl, stats)
        if hit is None:
            i += 1
            continue
        hp, m = hit
        title = (m.group("title") or "").strip()
        prev_heading = bool(out) and prev is not None and prev.index == out[-1].lines[-1].index
        prev_short = prev is not None and prev.index in edges and room_for(prev, bl, edges[prev.index])
        score = _typography(bl, prev, stats, prev_heading, prev_short) + _title_evidence(title)
        if _has_separator(bl.text, m) or hp.hangs or _tab_after_label(bl, m):
            # a label hanging in the margin, or a tab away from its title ("5.1<tab>Title", a
            # label cell beside a title cell), is set apart from its title as a dash would
            score += 1
        if len(bl.text) > 160 and not _distinct(bl, stats):
            score -= 2   # a whole paragraph, not a heading (a long bold line still may be one)
        need = 0.5 if hp.strong and not in_prose else 3.0
        if score < need:
            i += 1
            continue
        number = normalise_number(hp.kind, m.group("num"))
        h = Heading(hp.kind, number, m.group("label").strip(), title, _depth(hp.kind, number), [bl])
        j = i + 1
        while j < len(lines) and _continues(h, column_view(lines[j], stats), stats, fam, prose):
            nxt = column_view(lines[j], stats)
            h.lines.append(nxt)
            h.title = (h.title + " " + nxt.text).strip()
            j += 1
        # a dash closing the title announced the paragraph run in after it, which went to
        # the next line ("… « LES QUARTIERS FERTILES » –" / "L'article est modifié …")
        h.title = re.sub(r"\s+[–—-]$", "", h.title)
        out.append(h)
        i = j
    return out


def _set_size(bl: BodyLine) -> float:
    """The size a heading line is set in: its largest words. In small capitals the lower-case
    letters print smaller, so the line's dominant size understates the size its leading
    follows ("ARTICLE 2 – LES OBJECTIFS" has its capitals and figures at 12 pt, the rest at 9.6)."""
    return max((w.size for w in bl.line.words), default=bl.size)


def _step(last: BodyLine, nxt: BodyLine) -> float:
    """How far ``nxt`` sits below ``last``: from baseline to baseline where both lines have
    them. A wrapped line all in small capitals ("urbain" under "ARTICLE 2 – LES OBJECTIFS …",
    Chromium's synthesized small capitals at 0.7 of the size) has its tops lower than a line
    with capitals, and its top-to-top step reads as a paragraph's spacing."""
    a = [w.base for w in last.line.words if w.base]
    b = [w.base for w in nxt.line.words if w.base]
    if not a or not b:
        return nxt.gap_before
    return min(nxt.gap_before, max(b) - max(a))


def _distinct(bl: BodyLine, stats: BodyStats) -> bool:
    """Set apart from the body by its typography: bold in a mostly regular text, or larger."""
    return (bl.bold and stats.bold_share < structure_settings().bold_share_max) or bool(stats.size and bl.size > stats.size + structure_settings().larger_by)


def _continues(h: Heading, nxt: BodyLine, stats: BodyStats, fam: Family, prose: set[str] = frozenset()) -> bool:
    last = h.lines[-1]
    if len(h.lines) >= 4 or nxt.page != last.page or nxt.list_item:
        return False
    if nxt.line.table_id is not None and not (nxt.line.table_id == last.line.table_id and nxt.line.table_id in prose):
        return False                                  # a table's cell, unless both sit in one prose region
    if not h.title.strip() and len(h.lines) == 1 and not match_heading(nxt.text, fam.headings, nxt):
        # A label alone on its line ("TITRE II") takes its title from the next
        # line, which layouts often set apart (larger, bold, after a gap).
        prominent = (nxt.bold and stats.bold_share < structure_settings().bold_share_max) or (stats.size and nxt.size > stats.size + structure_settings().larger_by) \
            or nxt.underlined or nxt.tracked
        near = nxt.gap_before <= max(stats.gap, nxt.size * 1.2) * 3
        return bool(prominent and near and len(nxt.text) <= 160)
    if stats.spaced(_step(last, nxt), _set_size(h.lines[0])):
        return False
    title = h.title
    if (_AWAITS_NUMBER.search(title) or _DANGLING.search(title)) and title.strip() \
            and nxt.bold == h.lines[0].bold and abs(nxt.size - h.lines[0].size) < structure_settings().same_size:
        # "… du titre" / "I – « Les quartiers »", "… DE L'ARTICLE 1 DU" / "TITRE II – …": a line
        # ending mid-phrase runs on, even where the next one starts like a numbered heading.
        return True
    if match_heading(nxt.text, fam.headings, nxt):
        return False
    if title.count("«") > title.count("»"):
        return True                                   # a quoted title is still open
    head = h.lines[0]
    distinct = (head.bold and stats.bold_share < structure_settings().bold_share_max) or (stats.size and head.size > stats.size + structure_settings().larger_by)
    if distinct:
        # Same typography as the heading line: part of the heading.
        return nxt.bold == head.bold and abs(nxt.size - head.size) < structure_settings().same_size
    if head.underlined:
        # Set apart by its underline alone: its wrapped lines are underlined too.
        return nxt.underlined and nxt.bold == head.bold and abs(nxt.size - head.size) < structure_settings().same_size
    if head.tracked:
        # Set apart by its spread letters alone: its wrapped lines are spread too.
        return nxt.tracked and nxt.bold == head.bold and abs(nxt.size - head.size) < structure_settings().same_size
    if not title:
        return False
    return bool(_DANGLING.search(title)) or nxt.text[:1].islower()
