"""An avenant that reprints each amended article with its revision marks (style ``marques``).

Word's "track changes" printed, or the redline a lawyer types: the avenant reprints every
article the avenant amends (its prose, its bullets and its tables) in full, the words it
inserts marked (bold, underlined, blue, or bold and underlined) and the words it deletes struck
through (a line through the text, sometimes red too) or typed between brackets "[supprimé : …]";
a legend says which ("Les modifications apparaissent en caractères gras ; les suppressions sont
barrées"). Tables: a line added in the insertions' look, a line removed struck through, a changed
cell "1 500 000 1 880 000" with the old amount struck.

Same AvenantPlan and consolidated convention as every other style: the Recorder
(conv_avenant_styles3) finds the changes and the gold (the triple's changes, one amendment per
article reprinted, as ``remplacement``) holds by construction; the marks are the word and line
differences between the signed and the consolidated article bodies (the very bodies the two
conventions print), so removing the deleted words and keeping the inserted ones gives the
consolidated article. Renames and annexes are told in a sentence (as ``remplacement``). Draws
from its own stream ``{seed}:styles9``.
"""

from __future__ import annotations

import difflib
import random
import re

from .conv_avenant_styles3 import Recorder, framed, recorded
from .conv_avenant_styles4 import _annex_sentence, _whole_amendments
from .conv_blocks import Block, Bullets, Heading, Mark, Money, Note, Para, TableB, text_of
from .conv_content import ARTICLES, Written, article_body, entities
from .conv_layout import Style
from .conv_project import AvenantPlan, Project

STYLES = ("marques",)

_INS = {"bold": "en caractères gras", "underline": "soulignées", "colour": "en bleu",
        "bold_underline": "en caractères gras soulignés"}
_DEL = {"strike": "barrées", "strike_colour": "barrées en rouge",
        "bracket": "signalées entre crochets par la mention « [supprimé : …] »"}

_INTROS = ["L'article {n} de la convention est modifié comme suit :",
           "L'article {n} est désormais rédigé comme suit :",
           "Les stipulations de l'article {n} sont modifiées et désormais rédigées comme suit :",
           "L'article {n} « {t} » est modifié et rédigé comme suit (modifications apparentes) :",
           "L'article {n} est remplacé par les dispositions suivantes, les modifications apparaissant selon les "
           "conventions de l'article 1 :"]


# --- word marks ------------------------------------------------------------------------------------

def _tokens(segs: list) -> list:
    """Words (with their trailing spaces) and amounts: the units a redline marks."""
    out: list = []
    for s in segs:
        if isinstance(s, str):
            out += re.findall(r"\S+\s*|\s+", s)
        else:
            out.append(s)
    return out


def _key(t) -> str:
    if isinstance(t, Money):
        return f"\x00{t.value}"
    if isinstance(t, Note):
        return f"\x01{t.text}"
    return t.strip()


def _strip_end(toks: list) -> tuple[list, str]:
    """The run without its last trailing space (a mark never covers the space after it)."""
    if toks and isinstance(toks[-1], str) and toks[-1] != toks[-1].rstrip():
        last = toks[-1].rstrip()
        return toks[:-1] + ([last] if last else []), " "
    return toks, ""


def marked_segs(old: list, new: list, look: tuple[str, str]) -> list:
    """``new``'s segments with the words ``old`` had and it has not struck through and the words it
    adds marked: the same text once the deletions are removed."""
    a, b = _tokens(old), _tokens(new)
    sm = difflib.SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    out: list = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out += b[j1:j2]
            continue
        if i2 > i1:
            # the space after the deleted words is theirs (struck with them): removed, the text reads
            # as the new one; a deletion an insertion follows ends in a space, or the two would touch
            toks = list(a[i1:i2])
            if j2 > j1 and isinstance(toks[-1], str) and toks[-1] == toks[-1].rstrip():
                toks.append(" ")
            elif j2 > j1 and not isinstance(toks[-1], str):
                toks.append(" ")
            out.append(Mark("del", toks, look[1]))
        if j2 > j1:
            toks, space = _strip_end(b[j1:j2])
            out.append(Mark("ins", toks, look[0]))
            if space:
                out.append(space)
    # a deletion at the end leaves the space before it: the text as amended keeps no double space
    return [s for s in out if s != ""]


def _whole(segs: list, kind: str, look: tuple[str, str]) -> list:
    toks, space = _strip_end(_tokens(segs))
    return [Mark(kind, toks, look[0] if kind == "ins" else look[1])] + ([space] if space else [])


# --- blocks ----------------------------------------------------------------------------------------

def _sig(b: Block) -> str:
    if isinstance(b, Para):
        return "P:" + text_of(b.segs)
    if isinstance(b, TableB):
        return "T:" + b.title
    return type(b).__name__


def _cell_text(c) -> str:
    if isinstance(c, Money):
        return f"\x00{c.value}"
    return str(c)


def _marked_cell(old, new, look: tuple[str, str]):
    if _cell_text(old) == _cell_text(new):
        return new
    if old == "":
        return [Mark("ins", [new], look[0])]
    if new == "":
        return [Mark("del", [old], "strike")]
    return [Mark("del", [old], "strike"), " ", Mark("ins", [new], look[0])]


def marked_table(old: TableB, new: TableB, look: tuple[str, str]) -> TableB:
    """``new`` with the lines ``old`` had struck through, its added lines and changed cells marked;
    ``new`` as printed when the two are not one grid (other header, merged cells)."""
    if (old.header != new.header or old.row_spans or new.row_spans or old.header_spans != new.header_spans
            or any(len(r) != len(new.header[0]) for r in old.rows + new.rows)):
        return new
    key = lambda r: _cell_text(r[0]) + "|" + _cell_text(r[1] if len(r) > 1 else "")  # noqa: E731
    sm = difflib.SequenceMatcher(None, [key(r) for r in old.rows], [key(r) for r in new.rows], autojunk=False)
    rows: list = []
    totals: list[int] = []
    dl = "strike"       # a line or a cell is struck through, whatever the prose's deletions look like
    ins = look[0]

    def put(row, src_total: bool) -> None:
        if src_total:
            totals.append(len(rows))
        rows.append(row)

    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1
                             and all(_cell_text(o[0]) == _cell_text(n[0]) or _cell_text(o[0]) and
                                     _cell_text(o[0]) == _cell_text(n[0])
                                     for o, n in zip(old.rows[i1:i2], new.rows[j1:j2]))):
            for o, n, j in zip(old.rows[i1:i2], new.rows[j1:j2], range(j1, j2)):
                put([_marked_cell(a, b, look) for a, b in zip(o, n)], j in new.total_rows)
            continue
        for i in range(i1, i2):
            put([[Mark("del", [c], dl)] if c != "" else "" for c in old.rows[i]], False)
        for j in range(j1, j2):
            put([[Mark("ins", [c], ins)] if c != "" else "" for c in new.rows[j]], j in new.total_rows)
    return TableB(new.title, new.header, rows, widths=new.widths, wide=new.wide, total_rows=totals,
                  rotated_header=new.rotated_header)


def marked_blocks(old: list[Block], new: list[Block], look: tuple[str, str]) -> list[Block]:
    """An article's new body with its revision marks against its old body."""
    sm = difflib.SequenceMatcher(None, [_sig(b) for b in old], [_sig(b) for b in new], autojunk=False)
    out: list[Block] = []

    def whole(b: Block, kind: str) -> Block:
        if isinstance(b, Para):
            return Para(_whole(b.segs, kind, look), align=b.align, bold=b.bold)
        if isinstance(b, Bullets):
            return Bullets([_whole(it, kind, look) for it in b.items], b.level)
        if isinstance(b, TableB):
            mk = look[0] if kind == "ins" else "strike"
            return TableB(b.title, b.header, [[[Mark(kind, [c], mk)] if c != "" else "" for c in r] for r in b.rows],
                          widths=b.widths, wide=b.wide, total_rows=b.total_rows)
        return b

    for op, i1, i2, j1, j2 in sm.get_opcodes():
        olds, news = old[i1:i2], new[j1:j2]     # equal: same text or title (a table's lines may differ)
        while olds and news and type(olds[0]) is type(news[0]):
            o, n = olds.pop(0), news.pop(0)
            if isinstance(n, Para):
                out.append(Para(marked_segs(o.segs, n.segs, look), align=n.align, bold=n.bold))
            elif isinstance(n, TableB):
                out.append(marked_table(o, n, look))
            elif isinstance(n, Bullets):
                out.append(Bullets([marked_segs(a, b, look) for a, b in zip(o.items, n.items)]
                                   + [_whole(it, "ins", look) for it in n.items[len(o.items):]], n.level))
            else:
                out.append(n)
        out += [whole(b, "del") for b in olds]
        out += [whole(b, "ins") for b in news]
    return out


# --- the avenant -----------------------------------------------------------------------------------

def _legend(look: tuple[str, str], rng: random.Random) -> str:
    ins, dl = _INS[look[0]], _DEL[look[1]]
    tables = "" if look[1] != "bracket" else " ; dans les tableaux, les montants et les lignes supprimés sont barrés"
    return rng.choice([f"Les modifications apparaissent {ins} ; les suppressions sont {dl}{tables}.",
                       f"Dans les articles reproduits ci-après, les ajouts figurent {ins} et les passages supprimés "
                       f"sont {dl}{tables}.",
                       f"Les mentions ajoutées par le présent avenant sont {ins.replace('en caractères', 'imprimées en caractères')}"
                       f" ; les mentions supprimées sont {dl}{tables}."])


def _marques(lw: Recorder, rng: random.Random, look: tuple[str, str]) -> list[Block]:
    p, p2, plan, w, seed = lw.p, lw.p2, lw.plan, lw.w, lw.seed
    b: list[Block] = []
    k = 1
    arts: list[str] = []
    for c in lw.changes:
        if c.kind == "article" and c.target not in arts:
            arts.append(c.target)
    heads = rng.choice(["modification", "title"])
    for num in arts:
        k += 1
        title = {"modification": f"Modification de l'article {num}", "title": ARTICLES.get(num, "")}[heads]
        b.append(Heading("article", str(k), title, 1))
        mine = [c for c in lw.changes if c.kind == "article" and c.target == num]
        if any(c.action == "rename" for c in mine):
            new = next(c.new_heading for c in mine if c.action == "rename")
            b.append(Para([rng.choice([f"L'intitulé de l'article {num} est remplacé par « {new} ».",
                                       f"L'article {num} est désormais intitulé « {new} »."])]))
            if all(c.action == "rename" for c in mine):
                continue
        old = article_body(p, w, num, random.Random(f"{seed}:{num}"), None)
        new = article_body(p2, w, num, random.Random(f"{seed}:{num}"), plan)
        b.append(Para([rng.choice(_INTROS).format(n=num, t=ARTICLES.get(num, ""))]))
        b += marked_blocks(old, new, look)
    annexes = [c for c in lw.changes if c.kind != "article"]
    if annexes:
        k += 1
        b.append(Heading("article", str(k), "Modification des annexes", 1))
        for c in annexes:
            b.append(Para([_annex_sentence(c, plan, rng)]))
    return b


def avenant_style9(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles9")
    look = (rng.choice(sorted(_INS)), rng.choice(sorted(_DEL)))
    lw = recorded(p, p2, plan, w, seed, style0)
    body = _marques(lw, rng, look)
    b = framed(p, p2, plan, w, body, "Il est convenu ce qui suit :", "Objet de l'avenant", "Dispositions finales")
    # the legend, under the object article's sentence (where drafters state how to read the marks)
    at = next(i for i, x in enumerate(b) if isinstance(x, Heading) and x.number == "1") + 2
    b.insert(at, Para([_legend(look, rng)]))
    return Written(b, amendments=_whole_amendments(lw), entities=entities(p2))
