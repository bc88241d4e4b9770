"""Section-level changes from an alignment: added, removed, renamed, modified."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional

from ..records import Change, Evidence, Section, Table
from .align import Pair
from .annexes import REPEALED_TEXT, without_amended_mark
from .normalize import clean, fold, key, same_text
from .redline import redline
from .sections import is_annex, norm_number, same_number
from .settings import diff_settings



def _sec(s: Section, with_text: bool = True) -> dict:
    d = {"number": s.number, "heading": s.heading}
    if with_text:
        d["text"] = s.text
    if s.last_amended_by:
        d["last_amended_by"] = s.last_amended_by
    return d


def _name(s: Section) -> str:
    return f"{'annexe' if is_annex(s) else 'article'} {s.number}" + (f" « {s.heading} »" if s.heading else "")


def _evidence(p: Pair) -> Evidence:
    return Evidence(p.old.page if p.old else None, p.old.number if p.old else None,
                    p.new.page if p.new else None, p.new.number if p.new else None)


def word_counts(old: str, new: str, furniture: frozenset[str]) -> tuple[int, int]:
    segs = redline(old, new, furniture)
    return (sum(len(s.text.split()) for s in segs if s.op == "-"),
            sum(len(s.text.split()) for s in segs if s.op == "+"))


# Unnumbered block titles printed on a line of their own ("ANNEXES", "Liste des
# annexes"): not sections (the contract lists numbered headings), so the parse
# leaves the block in the text of the section before it; a reader still tells
# a change of the block apart from a change of that section. Folded words.
BLOCK_TITLES = ["annexes", "liste des annexes", "les annexes"]


_TITLE_RUN_IN = re.compile(r"^(ANNEXES|LISTE DES ANNEXES|LES ANNEXES)\s*:?\s+(?=[A-ZÀ-Þ][a-zà-ÿ'’])")


def split_blocks(text: str) -> list[tuple[str, str]]:
    """(title, text) of a section's own text (title "") and of each unnumbered
    block that follows it in the text."""
    blocks: list[tuple[str, list[str]]] = [("", [])]
    for line in (text or "").splitlines():
        bare = line.strip()
        run = _TITLE_RUN_IN.match(bare)
        if run:
            # the title in capitals run into the block's first sentence by the parse ("ANNEXES Les annexes …")
            blocks.append((run.group(1), [bare[run.end():]]))
            continue
        if bare and len(bare) < 40 and fold(bare).strip(" :.") in BLOCK_TITLES and \
                (bare.isupper() or bare.endswith(":")):
            blocks.append((bare.rstrip(" :"), []))
        else:
            blocks[-1][1].append(line)
    return [(title, "\n".join(lines)) for title, lines in blocks]


def _block_changes(a: Section, b: Section, ev: Evidence, furniture: frozenset[str]) -> list[Change]:
    """article_modified for a section, or for the unnumbered blocks its text
    carries, whichever changed."""
    old, new = split_blocks(a.text), split_blocks(b.text)
    titles = [t for t, _ in old]
    if len(old) == 1 or titles != [t for t, _ in new]:
        old, new = [("", a.text)], [("", b.text)]
    out = []
    annex = is_annex(b)
    for (title, ta), (_, tb) in zip(old, new):
        if same_text(ta, tb, furniture):
            continue
        dels, adds = word_counts(ta, tb, furniture)
        if title:
            out.append(Change(type="article_modified", target=title,
                              before={"number": "", "heading": title, "text": ta},
                              after={"number": "", "heading": title, "text": tb},
                              summary=f"Modification : {title} ({dels} mots retirés, {adds} mots ajoutés)",
                              evidence=ev))
            continue
        out.append(Change(type="annex_modified" if annex else "article_modified", target=b.number,
                          before=_sec(a), after=_sec(b),
                          summary=f"Modification : {_name(b)} ({dels} mots retirés, {adds} mots ajoutés)",
                          evidence=ev))
    return out


def without_tables(text: str, tables: list[Table]) -> str:
    """A section's text without what its tables print: a caption read as a
    line of text (or run into the next sentence), a header or a row read as a
    line. One layout attaches them to the table, another leaves them in the
    text; the table is compared on its own (table_changes)."""
    if not tables or not text:
        return text or ""
    lines = {key(" ".join(c for c in row if c)) for t in tables for row in t.header + t.rows}
    lines.discard("")
    words = {w for t in tables for row in t.header + t.rows for c in row for w in key(c).split()}
    kept = [ln for ln in text.splitlines() if key(ln) not in lines and not _printed_by(ln, words)]
    out = "\n".join(kept)
    for t in tables:
        words = (t.title or "").split()
        if len(words) >= 3:
            out = re.sub(r"\s+".join(re.escape(w) for w in words), " ", out)
    return out


def _printed_by(line: str, words: set[str]) -> bool:
    """A line of text every word of which a table's cells print: the table's row or
    header cut over two lines, or a page of the table the parse read as text
    ("Sainte-Marthe-de-Scarpe Marelle Habitat 1 600 001,09 € 560 000,38 €")."""
    toks = key(line).split()
    return len(toks) >= diff_settings().table_line_words and all(t in words for t in toks)


def _words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", key(text)))


def same_words(a: str, b: str, prose_a: list[Table], prose_b: list[Table], furniture: frozenset[str]) -> bool:
    """The same words, whatever their order, once the text each version set in columns
    (read by the parse as a table, or as lines interleaving two columns) is put back:
    a layout moves words, a rewording changes them."""
    def row(cells: list[str]) -> str:    # a merged cell is spread over the columns it spans: once
        return " ".join(c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1]))

    def text(t: str, prose: list[Table]) -> str:
        return clean(t, furniture) + "\n" + "\n".join(row(r) for p in prose for r in p.rows)
    return _words(text(a, prose_a)) == _words(text(b, prose_b))


def section_changes(pairs: list[Pair], furniture: frozenset[str] = frozenset(),
                    tables: Optional[Callable[[Section, Section], list[Table]]] = None,
                    prose: Optional[Callable[[Section, Section], tuple[list[Table], list[Table]]]] = None
                    ) -> list[Change]:
    """Sections added, removed, renamed or modified. ``tables(old, new)`` gives
    the tables both versions print in a pair of sections: what they print in
    the text is not the section's wording. ``prose(old, new)`` gives each
    version's text set in columns that the parse read as a table."""
    out: list[Change] = []
    shifted = _shifted_boundaries(pairs, furniture, prose)
    moved = _moved_with_parent(pairs)
    gone = _removed_with_parent(pairs)
    for i, p in enumerate(pairs):
        ev = _evidence(p)
        if p.old is None:
            s = p.new
            out.append(Change(type="annex_added" if is_annex(s) else "article_added", target=s.number,
                              after=_sec(s), summary=f"Ajout : {_name(s)}", evidence=ev))
            continue
        if p.new is None:
            s = p.old
            if i in gone:
                continue
            if is_annex(s):
                out.append(Change(type="annex_repealed", target=s.number, before=_sec(s),
                                  summary=f"Abrogation : {_name(s)}", evidence=ev))
            else:
                out.append(Change(type="article_removed", target=s.number, before=_sec(s),
                                  summary=f"Suppression : {_name(s)}", evidence=ev))
            continue
        a, b = p.old, p.new
        annex = is_annex(b)
        if annex and REPEALED_TEXT.match(b.text or "") and not REPEALED_TEXT.match(a.text or ""):
            out.append(Change(type="annex_repealed", target=b.number, before=_sec(a), after=_sec(b),
                              summary=f"Abrogation : {_name(a)}", evidence=ev))
            continue
        if fold(a.heading) != fold(b.heading) or not same_number(a.number, b.number) and i not in moved:
            what = "renuméroté" if fold(a.heading) == fold(b.heading) else "renommé"
            out.append(Change(type="article_renamed", target=b.number, before=_sec(a, False), after=_sec(b, False),
                              summary=f"{'Annexe' if annex else 'Article'} {a.number} {what} : "
                                      f"« {a.number} {a.heading} » → « {b.number} {b.heading} »",
                              evidence=ev))
        if annex and same_text(without_amended_mark(a.text), without_amended_mark(b.text), furniture):
            continue     # the same annex text; which version is in force: annexes.annex_changes
        if i not in shifted and not same_text(a.text, b.text, furniture):
            near = tables(a, b) if tables else []
            if near and same_text(without_tables(a.text, near), without_tables(b.text, near), furniture):
                continue
            if same_words(a.text, b.text, *(prose(a, b) if prose else ([], [])), furniture):
                continue
            out += _block_changes(a, b, ev, furniture)
    return out


def _removed_with_parent(pairs: list[Pair]) -> set[int]:
    """Indexes of removed sub-articles whose article is removed too (11.1, 11.1.1 under a repealed
    11): the article's removal is the change."""
    removed = {norm_number(p.old.number): i for i, p in enumerate(pairs)
               if p.new is None and p.old is not None and not is_annex(p.old)}
    out = set()
    for n, i in removed.items():
        head = n
        while "." in head:
            head = head.rsplit(".", 1)[0]
            if head in removed:
                out.add(i)
                break
    return out


def _moved_with_parent(pairs: list[Pair]) -> set[int]:
    """Indexes of sub-articles whose number changed only with their renumbered article's (11.1
    under 11 become 12.1 under 12): the article's renumbering is the change, not each of theirs."""
    moves = {norm_number(p.old.number): norm_number(p.new.number) for p in pairs
             if p.old is not None and p.new is not None and not is_annex(p.new)
             and not same_number(p.old.number, p.new.number)}
    out = set()
    for i, p in enumerate(pairs):
        if p.old is None or p.new is None or i in out:
            continue
        a, b = norm_number(p.old.number), norm_number(p.new.number)
        head = a
        while "." in head:
            head = head.rsplit(".", 1)[0]
            if head in moves:
                if b == moves[head] + a[len(head):]:
                    out.add(i)
                break
    return out


def _shifted_boundaries(pairs: list[Pair], furniture: frozenset[str],
                        prose: Optional[Callable[[Section, Section], tuple[list[Table], list[Table]]]] = None
                        ) -> set[int]:
    """Indexes of consecutive section pairs whose texts differ only by where the
    boundary between them falls: a paragraph cut by a page break that one parse
    files under the next heading ("… des engagements de" / "foncière et …"). The two
    sections read together say the same: neither is modified."""
    out: set[int] = set()
    differ: dict[int, bool] = {}

    def differs(k: int) -> bool:       # each section compared once
        if k not in differ:
            a, b = pairs[k].old.text or "", pairs[k].new.text or ""
            differ[k] = a != b and not same_text(a, b, furniture)
        return differ[k]
    for i in range(len(pairs) - 1):
        p, q = pairs[i], pairs[i + 1]
        if not (p.old and p.new and q.old and q.new) or i in out:
            continue
        if not differs(i) or not differs(i + 1):
            continue
        both_old, both_new = f"{p.old.text}\n{q.old.text}", f"{p.new.text}\n{q.new.text}"
        if same_text(both_old, both_new, furniture):
            out |= {i, i + 1}
        elif prose is not None:       # the words cut at the boundary set in columns by one layout
            (po, pn), (qo, qn) = prose(p.old, p.new), prose(q.old, q.new)
            if same_words(both_old, both_new, po + qo, pn + qn, furniture):
                out |= {i, i + 1}
    return out


def table_section_changes(pairs: list[Pair], table_changes: list[Change], told: list[Change]) -> list[Change]:
    """A section whose tables changed is modified, even when its prose is not
    (an article that is one sentence and a table): one change per section,
    unless one is already told."""
    by_new = {p.new.number: p for p in pairs if p.old is not None and p.new is not None}
    done = {c.target for c in told if c.type in ("article_modified", "annex_modified", "annex_repealed",
                                                 "article_removed", "article_added", "annex_added")}
    out: list[Change] = []
    for t in table_changes:
        p = by_new.get(t.evidence.new_section or "")
        if p is None or p.new.number in done:
            continue
        done.add(p.new.number)
        annex = is_annex(p.new)
        out.append(Change(type="annex_modified" if annex else "article_modified", target=p.new.number,
                          before=_sec(p.old), after=_sec(p.new),
                          summary=f"Modification : {_name(p.new)} (tableau « {t.target} » modifié)",
                          evidence=_evidence(p)))
    return out
