"""Rows a page break cuts in two.

A word processor lets a table row break across pages: the lines of its cells
that did not fit go to the next page ("Office public de" / "l'habitat",
"Finance" / "ment"). The rest is no row of its own, and the pieces it leaves
at the page foot and top are no words the document writes whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional, TYPE_CHECKING

from ..text.model import Document, Line, Word
from .cells import cell_value
from .header import figure, numberish
from .wrap import DIGIT_GROUP, cell_lines, glues, join_lines, split_digit_group, vocabulary, wrap_edges

if TYPE_CHECKING:
    from .grid import Grid


def page_break_pieces(grids: list["Grid"]) -> list[Word]:
    """Words a page break may have cut: the last word of each cell of a grid's
    last row when a grid opens the next page, and the first word of each cell
    of that grid's first two rows (a repeated header may stand above the rest)."""
    by_page: dict[int, list["Grid"]] = defaultdict(list)
    for g in grids:
        by_page[g.page].append(g)
    out: list[Word] = []
    for page, gs in by_page.items():
        nxt = by_page.get(page + 1)
        if not nxt:
            continue
        a, b = gs[-1], nxt[0]
        last = max((c.row for c in a.cells), default=-1)
        out += [cell_lines(c.words)[-1][-1] for c in a.cells if c.row + c.rowspan - 1 == last and c.words]
        out += [cell_lines(c.words)[0][0] for c in b.cells if c.row < 2 and c.words]
    return out


def is_rest_of_row(last: list[str], first: list[str], ruled: bool, labelled: bool = False,
                   always: frozenset[int] = frozenset(), min_left: int = 2) -> bool:
    """Whether ``first`` (the first row of a table's part on a new page, under
    any repeated header) is the rest of ``last`` (the part's last row above).

    Its cells sit in columns the row above fills. In a ruled grid (its
    columns drawn, a blank cell is no misplaced word) a rest fills few of
    them (at most half), or leaves the first column, the row's label, empty
    where the row above has one, or it leaves the figures of the row above
    and one of its cells plainly goes on; an amount under an amount of the row
    above that it does not end is a row of its own. In any table, every cell of it goes on a line of text
    (a lowercase letter, a closing mark or a currency sign opens it): a row
    of its own opens its cells like the rows above. In a table whose rows all
    fill their label (``labelled``: every row of the part above), a rest
    leaving the label empty is no row either ("(quote-part" / "République)").
    A figure cell going on is the end of its figure ("128.800 euro" / "s"),
    no figure filled anew, when the label goes on too ("LIEVIN -" /
    "Reconstitution ..."); a row opening a label of its own beside figures of
    its own (a "Total") is no rest, however few cells it fills. ``always``:
    the columns every row of the part above fills (over enough rows to tell);
    a row leaving ``min_left`` of them empty, filling no figure anew, is a rest
    whatever its cells open on ("40 LLS (36 PLUS" / "euros", a label's
    "(40 logements)" alone under the header printed again; the caller
    keeps a label alone that may be a group row out).
    """
    filled = {c for c, x in enumerate(last) if x}
    rest = {c for c, x in enumerate(first) if x}
    if not rest or not rest <= filled:
        return False
    if rest == filled:
        # Every cell the row above fills goes on (the row broken under each of its lines:
        # "4 - Autres Grands" / "pôles", "56,0% soit 52" / "droits"): its rest; a row of
        # its own opens its cells afresh.
        return all(_goes_on(last[c], first[c]) for c in rest)
    # An amount under an amount of the row above that does not end it (a broken
    # amount's last digits) opens a row of its own: an amount does not wrap
    # (a "Total" row pushed over the break, its label and its sum only).
    if any(_amount(last[c]) and _amount(first[c]) and not _goes_on(last[c], first[c]) for c in rest):
        return False
    # A row opening on a label of its own with figures of its own (a "Total" under the
    # header repeated over the next page) is no rest, however few cells it fills.
    if 0 in rest and not _goes_on(last[0], first[0]) and any(
            numberish(first[c]) and not _words_in(first[c]) and numberish(last[c]) and not _words_in(last[c])
            and not _goes_on(last[c], first[c]) for c in rest if c):
        return False
    if ruled and (2 * len(rest) <= len(filled) or (0 not in rest and 0 in filled)):
        return True
    if len(always - rest) >= min_left and not any(
            numberish(first[c]) and not _words_in(first[c]) and not _goes_on(last[c], first[c]) for c in rest):
        return True
    if labelled and 0 not in rest and 0 in filled:
        return True
    goes_on = [_goes_on(last[c], first[c]) for c in rest]
    if all(goes_on):
        return True
    # In a ruled table a row of its own fills the figures the row above
    # does; a rest leaves them all and carries a cell that plainly goes on
    # ("La Croix-" / "Rouge", "Interc" / "ommunalité").
    # Unruled, the row above must show figures in two columns at least (a
    # row of text only is no evidence), codes set among words ("62498 Lens
    # 6062024 Cité", a place that wraps) no figure, and the rest's label go on.
    figures = {c for c in filled if numberish(last[c]) and (ruled or not _words_in(last[c]))}
    if not ruled and (len(figures) < 2 or (0 in rest and not _goes_on(last[0], first[0]))):
        return False    # ... and its label, if any, must go on: a row of its own opens its label
    left = figures - rest
    if not (0 in rest and not _goes_on(last[0], first[0])):
        # The label goes on (or is left empty): a figure cell whose rest goes on is the
        # end of that figure ("128.800 euro" / "s") and fills no figure anew.
        figures = {c for c in figures & rest if not _goes_on(last[c], first[c])}
        # Ruled, a rest may carry a cell of codes and words broken after its code ("62510"
        # / "Liévin, Angres"): most of its cells go on and it leaves figures of the row above.
        if ruled and left and 2 * sum(goes_on) > len(goes_on):
            return True
    return any(goes_on) and bool(left) and not figures & rest


def is_rest_of_header(last: list[str], first: list[str], ruled: bool) -> bool:
    """Whether ``first`` (the first row of a table's part on a new page) is the rest of the
    header row ``last`` the part above ends on (a header alone at the page foot, its row broken
    by the page break). Every cell of it goes on a line of the header's (is_rest_of_row); or, in
    a ruled grid, it leaves the header's first cell (the corner, "Financeurs") empty and holds
    no figure (a header never does): the codes under the quartiers' names ("(QP021030)") pushed
    to the new page. A first row of the body fills its label, or figures."""
    if is_rest_of_row(last, first, ruled=False):
        return True
    filled = {c for c, x in enumerate(last) if x}
    rest = {c for c, x in enumerate(first) if x}
    return (ruled and bool(rest) and rest < filled and 0 in filled and 0 not in rest
            and not any(figure(first[c]) for c in rest))


def _amount(text: str) -> bool:
    v = cell_value(text)
    return v is not None and v.kind == "amount"


def _words_in(text: str) -> bool:
    """The text holds a word of letters (three or more) besides a currency."""
    return any(len(w) >= 3 and w.isalpha() and w.lower() not in ("eur", "euro", "euros") for w in text.split())


def _goes_on(above: str, text: str) -> bool:
    """``text`` reads as the next line of ``above``: it opens lowercase or on a
    closing mark, closes a parenthesis or a quotation ``above`` left open, or ends a word or an
    amount broken there ("Saint-" / "Jean", "6 157 56" / "3 €")."""
    head = text.lstrip()[:1]
    if head.islower() or head in ")]»€%,;.":
        return True
    # A parenthesis the line above left open closes here ("(quote-part" / "République)").
    close, opening = text.find(")"), text.find("(")
    if above.count("(") > above.count(")") and close >= 0 and (opening < 0 or close < opening):
        return True
    # ... and so does a quotation ("« Maître d'ouvrage » : « Atelier" / "Solidaire du Pays » ; …).
    close, opening = text.find("»"), text.find("«")
    if above.count("«") > above.count("»") and close >= 0 and (opening < 0 or close < opening):
        return True
    words, rest = above.split(), text.split()
    if not words or not rest:
        return False
    return words[-1].endswith("-") or (len(words) > 1 and bool(DIGIT_GROUP.match(words[-2]))
                                       and split_digit_group(words[-1], rest[0]))


def header_lines(lines: list[Line], header: list[list[str]]) -> list[Line]:
    """The lines (right above a table's part on a new page) that print its
    header again: the last lines whose words are all header words, together
    holding most of them. Empty when there are none."""
    words = Counter(w for row in header for cell in dict.fromkeys(row) for w in cell.split())
    if not words:
        return []
    taken: list[Line] = []
    for line in sorted(lines, key=lambda l: -l.top):
        if not all(w.text in words for w in line.words):
            break
        taken.append(line)
    found = sum(1 for line in taken for _ in line.words)
    return taken if taken and 2 * found >= sum(words.values()) else []


def document_vocabulary(doc: Document, grids: list["Grid"]) -> Counter:
    """The words the document writes whole: all its words (its notes' too: a page foot
    or the end of the document) but the cell words at a line wrap (where a piece of a
    broken word may be)."""
    texts = Counter(w.text for page in doc.pages for line in page.lines for w in line.words)
    texts.update(w.text for page in doc.pages for note in page.footnotes for line in note.lines
                 for w in line.words)
    texts.subtract(w.text for g in grids for c in g.cells for w in wrap_edges(c.words))
    texts.subtract(w.text for w in page_break_pieces(grids))
    return vocabulary(texts)


def join_cell(a: str, b: str, vocab: Counter) -> str:
    """A cell's text on the page foot and its rest on the next page, as one.
    A word broken over the cell's last lines there and ending on the new
    page ("Résiden tialisatio" / "n") is glued whole when the document
    writes it so."""
    if not (a and b):
        return a or b
    ta, tb = a.split(), b.split()
    for k in (3, 2):
        if len(ta) >= k and glues(ta[-k:] + tb[:1], vocab):
            return " ".join(ta[:-k] + ["".join(ta[-k:] + tb[:1])] + tb[1:])
    return join_lines([ta, tb], vocab)


def header_with_rest(header: list[list[str]], matrix: list[list[str]], last: list[str]) -> Optional[list[str]]:
    """The header printed again atop the new page, the rest of the row the break cut read
    into its last row (the rest's lines sit under the header's, closer than a row: "Libellé
    de l'opération (59 places)" under a header whose cell wraps, "(59 places)" the label's
    last words): the rest's cells (the text past the header's in each cell), or None. Each
    cell of that row is the header's, or the header's then more words in a cell ``last``
    (the row above the break) fills; one cell at least holds more."""
    h = len(header)
    if not header or len(matrix) < h or matrix[:h - 1] != header[:h - 1] or len(matrix[h - 1]) != len(header[-1]):
        return None
    rest = []
    for got, head, above in zip(matrix[h - 1], header[-1], last):
        if got == head:
            rest.append("")
        elif above and (not head or got.startswith(head + " ")):
            rest.append(got[len(head):].strip())
        else:
            return None
    return rest if any(rest) and any(header[-1]) else None


def header_printed_alone(header: list[list[str]], matrix: list[list[str]]) -> bool:
    """The part holds the table's header only, printed again on the next page
    and wrapped otherwise (its rows, column by column, spell the header's
    cells): no rows of its own (a word processor repeats the header over
    a page holding nothing more of the table)."""
    if not header or not matrix or len(matrix[0]) != len(header[-1]):
        return False
    def squeeze(texts) -> str:
        return "".join("".join(texts).split())
    cols = range(len(header[-1]))
    spelt = [squeeze(dict.fromkeys(r[c] for r in matrix if r[c])) for c in cols]
    wanted = [squeeze(dict.fromkeys(r[c] for r in header if r[c])) for c in cols]
    return any(spelt) and spelt == wanted
