"""Two more drafting styles of an avenant (issue 12, "any drafting style is still an avenant": on
hidden avenants drafted in another style the avenant route's recall was 0.20).

Same AvenantPlan and consolidated convention as every other style; the changes are those the
Recorder of conv_avenant_styles3 finds (the legislative writer comparing each article of the signed
and the consolidated convention, forms fixed), so the gold of the triple holds by construction and
both routes score against the same change list. Each change is then written:

- ``ordinal``: the Légifrance hierarchy. The instructions on one article under a head "L'article 4.1
  est ainsi modifié :", its items naming no article ("1° Au deuxième alinéa, les mots « … » sont
  remplacés par … ;", "2° Il est complété par un alinéa ainsi rédigé : « … » ;"), those on one table
  of it under a head of their own naming no article either ("3° Le premier tableau est ainsi modifié :
  a) À la ligne « … », le montant … ; b) La ligne « … » est supprimée ; c) Est ajoutée la ligne
  suivante :"). The groups are led, drawn per avenant, by Roman numbers ("I. – ", "II. – "), by
  ordinal adverbs ("Premièrement, l'article 4.1 est ainsi modifié :", "Deuxièmement, au deuxième alinéa
  de l'article 9, …"), by "En premier lieu, " / "En deuxième lieu, ", or are avenant articles of their
  own whose numbers are spelled ("Article deux – Modification de l'article 4.1", "Article premier –
  Objet"); a group without a table to print may run its items into one paragraph ("I. – L'article 4.1
  est ainsi modifié : 1° … ; 2° … ."); the items end on " ;", the group's last on ".".
- ``fichestab``: the operations the avenant creates, modifies or withdraws as the ``fiches`` style's
  sheets (conv_avenant_styles6), each printed as a two-column table "Libellé | Démolition de …",
  "Maître d'ouvrage | …", "Nombre de logements | 71", "Subvention ANRU | 1 880 000 € → 1 900 000 €",
  its head ("Fiche opération n° 2 – opération modifiée") a bold line above the table or the table's
  header row over both columns, sometimes a header "Rubrique | Contenu" under it; the keys named as the
  fiche style names them or shorter ("Opération", "Coût HT", "Concours ANRU", "Logements concernés",
  "Date de lancement"); the other changes in
  the letter style's sentences under "Article 3 – Autres modifications".

Each style draws from its own stream ``{seed}:styles7``: nothing of the other styles' documents
changes. Both are only ever forced (``conv_driver.py --avenant-style ordinal|fichestab``), never drawn.
"""

from __future__ import annotations

import dataclasses
import random
import re

from .conv_avenant_refs import refer_items
from .conv_avenant_styles3 import framed, recorded
from .conv_avenant_styles6 import (_fields, modified_lines, other_changes, sheet_amendments, sheet_head,
                                   sheet_status, sheets_of, sheets_opening)
from .conv_blocks import Block, Heading, Para, TableB
from .conv_content import Written, entities
from .conv_legis_forms import _SENTENCE, ROMAN, localise
from .conv_layout import Style
from .conv_project import AvenantPlan, Project

STYLES = ("ordinal", "fichestab")

# --- ordinal -------------------------------------------------------------------------------------

_ORD_WORDS = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
              "neuvième", "dixième", "onzième", "douzième"]
# a table an instruction names, once its article is left out (localise): "Au cinquième tableau, ",
# "Dans le tableau financier, ", "Au tableau « Opérations « … » », " leading it; " du premier tableau" after its cell
_TAB = r"(?:(?P<ord>\w+ième|premier)\s+)?tableau(?P<desc>\s+financier)?(?P<title>\s*«(?:[^«»]|«[^«»]*»)*»)?"
_LEAD_REF = re.compile(r"^(?:Au|Dans\s+le)\s+" + _TAB + r"\s*,\s*")
_MID_REF = re.compile(r"\s+du\s+" + _TAB + r"(?=\s*,)")


def _lead(form: str, k: int, last: bool) -> str | None:
    """The words leading the k-th group (1-based), None past the words drawn."""
    if form == "roman":
        return f"{ROMAN[(k - 1) % len(ROMAN)]}. – "
    if k > len(_ORD_WORDS):
        return None
    if form == "adverb":
        return "Premièrement, " if k == 1 else f"{_ORD_WORDS[k - 1].capitalize()}ment, "
    if last and k > 2:
        return "En dernier lieu, "
    return f"En {_ORD_WORDS[k - 1]} lieu, "


def _low(text: str) -> str:
    """A sentence run on after a leading word: "Au deuxième alinéa …" → "au deuxième alinéa …"."""
    return text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] in ("'", "’", " ") else text


def _end(text: str, last: bool) -> str:
    """An item's end: " ;" inside its group, "." for the group's last; a colon announcing a table stays."""
    t = text.rstrip()
    if t.endswith(":"):
        return t
    t = t.rstrip(" .;")
    return t + ("." if last else " ;")


def _table_of(text: str) -> tuple[tuple, str, str] | None:
    """(the table's key, its subject "Le premier tableau", the sentence without it) of an item naming a table."""
    m = _LEAD_REF.match(text)
    if m is not None:
        rest = text[m.end():]
        rest = rest[:1].upper() + rest[1:]
    else:
        m = _MID_REF.search(text)
        if m is None:
            return None
        rest = text[:m.start()] + text[m.end():]
    ord_, desc, title = m.group("ord") or "", (m.group("desc") or "").strip(), (m.group("title") or "").strip()
    subject = "Le " + (f"{ord_} " if ord_ else "") + "tableau" + (f" {desc}" if desc else "") + \
              (f" {title}" if title else "")
    return (ord_, desc, title), subject, rest.strip()


_FEM = ["première", "deuxième", "troisième", "quatrième", "cinquième", "sixième"]


def _phrase(text: str, c) -> str:
    """"Au deuxième alinéa, les mots « X » …" placed by its sentence when the alinéa holds several: "À la
    dernière phrase du deuxième alinéa, …" ("première", "deuxième" …)."""
    e = c.edit
    quote = e.old if e.op != "words_insert" else e.after
    if not c.par or not quote:
        return text
    sents = _SENTENCE.split(c.par)
    hits = [i for i, x in enumerate(sents) if quote in x]
    if len(sents) < 2 or len(hits) != 1 or c.par.count(quote) != 1:
        return text
    i = hits[0]
    word = "dernière" if i == len(sents) - 1 else _FEM[i] if i < len(_FEM) else None
    if word is None:
        return text
    return re.sub(r"^Au (\w+) alinéa\b", lambda m: f"À la {word} phrase du {m.group(1)} alinéa", text, count=1)


@dataclasses.dataclass
class _Item:
    text: str
    after: list           # blocks printed after it (a one-row table, a rewritten article's paragraphs)
    subs: list | None = None     # a table's sub-items (text, after)


def _items(lw, idx: list[int], art: str, rng: random.Random) -> list[_Item]:
    """The items of an article's group: each instruction without its article, consecutive instructions on
    one table under that table's own head."""
    out: list[_Item] = []
    cur_key = None
    pronoun = rng.random() < 0.5
    for i in idx:
        c = lw.changes[i]
        text = c.text
        if pronoun:
            text = re.sub(rf"^L'{re.escape(art[2:])} est complété par un (alinéa|\d+°)", r"Il est complété par un \1",
                          text)
        text = localise(text, art)
        if c.edit is not None and c.edit.op.startswith("words_") and rng.random() < 0.6:
            text = _phrase(text, c)
        after = list(c.rest) + list(c.extra)
        got = _table_of(text) if c.edit is not None and c.edit.op in ("cell_replace", "row_add", "row_delete") else None
        if got is not None:
            key, subject, rest = got
            if cur_key == key and out and out[-1].subs is not None:
                out[-1].subs.append((rest, after))
                continue
            out.append(_Item(text, after, subs=[(rest, after)]))
            out[-1].subject = subject            # type: ignore[attr-defined]
            cur_key = key
            continue
        if c.edit is not None and c.edit.op == "totals" and out and out[-1].subs is not None:
            out[-1].subs.append((text, after))   # the totals go with the table edited before them
            continue
        cur_key = None
        out.append(_Item(text, after))
    for it in out:          # a table edited once: the item as it was
        if it.subs is not None and len(it.subs) == 1:
            it.subs = None
    return out


def _groups(lw, by_article: bool) -> list[tuple[str | None, list[int]]]:
    """Consecutive instructions on one article (those the writer lets group): (article or None, indices)."""
    out: list[tuple[str | None, list[int]]] = []
    for i, (c, g) in enumerate(zip(lw.changes, lw.groups)):
        key = c.target if by_article and c.kind == "article" else g
        if by_article and c.kind != "article":
            key = "annexes"
        if key is not None and out and out[-1][0] == key:
            out[-1][1].append(i)
        else:
            out.append((key, [i]))
    return out


def _item_mark(words: bool, m: int) -> str:
    """The m-th item's mark: "1° ", or an ordinal word ("Premièrement, ") past which the sentence runs on."""
    return (_lead("adverb", m, False) or f"{m}° ") if words else f"{m}° "


def _print_items(items: list[_Item], inline: bool, words: bool = False) -> tuple[list[str], list[Block]] | list[Block]:
    """The items "1° …" (or "Premièrement, …"), their sub-items "a) …": as paragraphs (with what each prints
    after it) or (inline) as the pieces of one paragraph."""
    pieces: list[str] = []
    blocks: list[Block] = []
    for m, it in enumerate(items, start=1):
        last = m == len(items)
        mark = _item_mark(words, m)
        run_on = mark.endswith(", ")
        if it.subs is None:
            t = f"{mark}{_end(_low(it.text) if run_on else it.text, last)}"
            pieces.append(t)
            blocks.append(Para([t]))
            blocks.extend(it.after)
            continue
        subject = it.subject                                   # type: ignore[attr-defined]
        head = f"{mark}{_low(subject) if run_on else subject} est ainsi modifié :"
        pieces.append(head)
        blocks.append(Para([head]))
        for n, (text, after) in enumerate(it.subs, start=1):
            t = f"{chr(96 + n)}) {_end(text, last and n == len(it.subs))}"
            pieces.append(t)
            blocks.append(Para([t]))
            blocks.extend(after)
    return (pieces, blocks) if inline else blocks


def _ordinal(lw, rng: random.Random) -> tuple[list[Block], bool]:
    """The instructions, their groups led as drawn; True when the groups are avenant articles."""
    form = rng.choice(["roman", "roman", "adverb", "lieu", "articles"])
    inline_share = rng.choice([0.0, 0.5, 1.0])
    # the items of a group led by numbers may be led by ordinal words ("Premièrement, au deuxième alinéa, …")
    words = form in ("roman", "articles") and rng.random() < 0.3
    groups = _groups(lw, form == "articles")
    b: list[Block] = []
    if form == "articles":
        for k, (key, idx) in enumerate(groups, start=2):
            title = "Modification des annexes" if key == "annexes" else f"Modification de l'article {key}"
            b.append(Heading("article", str(k), title, 1, spelled=True))
            if key == "annexes" or len(idx) == 1:
                for i in idx:
                    c = lw.changes[i]
                    b.append(Para([c.text]))
                    b.extend(list(c.rest) + list(c.extra))
                continue
            art = f"l'article {key}"
            b.extend(_print_items(_items(lw, idx, art, rng), False, words))
        return b, True
    b.append(Heading("article", "2", rng.choice(["Modifications de la convention pluriannuelle",
                                                 "Dispositions modificatives"]), 1))
    b.append(Para(["La convention pluriannuelle de renouvellement urbain susvisée est ainsi modifiée :"]))
    for k, (key, idx) in enumerate(groups, start=1):
        lead = _lead(form, k, k == len(groups)) or f"{ROMAN[(k - 1) % len(ROMAN)]}. – "
        if key is None or len(idx) == 1:
            for i in idx:
                c = lw.changes[i]
                text = _low(c.text) if lead.endswith(", ") else c.text
                b.append(Para([f"{lead}{text}"]))
                b.extend(list(c.rest) + list(c.extra))
            continue
        art = f"l'article {key}"
        head = f"{lead}{'l' if lead.endswith(', ') else 'L'}'article {key} est ainsi modifié :"
        items = _items(lw, idx, art, rng)
        if len(items) == 1 and items[0].subs is not None:
            # every instruction on one table: the group's head names it ("II. – Le tableau … de l'article 8.1 est
            # ainsi modifié :"), its items lettered or numbered
            it = items[0]
            subject = it.subject                                     # type: ignore[attr-defined]
            head = f"{lead}{_low(subject) if lead.endswith(', ') else subject} de {art} est ainsi modifié :"
            marks = (lambda n: f"{n}° ") if lead.startswith(tuple(ROMAN)) and rng.random() < 0.5 else \
                (lambda n: f"{chr(96 + n)}) ")
            b.append(Para([head]))
            for n, (text, after) in enumerate(it.subs, start=1):
                b.append(Para([f"{marks(n)}{_end(text, n == len(it.subs))}"]))
                b.extend(after)
            continue
        if rng.random() < inline_share and not any(it.after or any(a for _t, a in (it.subs or [])) for it in items):
            pieces, _ = _print_items(items, True, words)
            b.append(Para([" ".join([head] + pieces)]))
            continue
        b.append(Para([head]))
        b.extend(_print_items(items, False, words))
    return b, False


# --- fichestab -----------------------------------------------------------------------------------

def _sheet(head: str, rows: list[list[str]], form: str, keys_head: list[str] | None) -> list[Block]:
    """One fiche as a two-column table, its head above it or as its header row over both columns."""
    if form == "header":
        header = [[head, ""]] + ([keys_head] if keys_head else [])
        return [TableB("", header, rows, header_spans=[(0, 0, 1, 2)], widths=[2.4, 4.6])]
    out: list[Block] = [Para([head], bold=True)]
    # without a header of its own, the fiche's first line heads the table (as a word processor sets it)
    header, body = ([keys_head], rows) if keys_head else ([rows[0]], rows[1:])
    out.append(TableB("", header, body, widths=[2.4, 4.6]))
    return out


def _fichestab(lw, rng: random.Random) -> list[Block]:
    groups, kinds, ops, rest = sheets_of(lw)
    printed_id = lw.w.idtop_column or lw.w.op_columns == "full"
    head_form = rng.randrange(3)
    change_form = rng.randrange(3)
    form = rng.choice(["para", "para", "header"])
    keys_head = rng.choice([None, None, ["Rubrique", "Contenu"], ["Caractéristique", "Valeur"]])
    # how the sheets name their keys (the fiche style's names, or a table's shorter ones)
    names = rng.choice([{}, {"Libellé": "Opération", "Assiette subventionnable": "Coût HT"},
                        {"Libellé": "Intitulé de l'opération", "Subvention ANRU": "Concours ANRU",
                         "Nombre de logements": "Logements concernés"},
                        {"Assiette subventionnable": "Coût prévisionnel HT", "Calendrier": "Date de lancement"}])
    status = sheet_status(rng)
    b = sheets_opening(rng, "dans les tableaux suivants.")
    for k, idtop in enumerate(groups, start=1):
        o, kind = ops[idtop], kinds[idtop]
        head = sheet_head(k, status[kind], head_form)
        fields = _fields(o, printed_id)
        rows: list[list[str]] = []
        if kind == "modified":
            rows = [list(kv) for kv in modified_lines(lw, o, groups[idtop], printed_id, change_form)]
        elif kind == "removed":
            rows = [[key, value] for key, value in fields[:4 if printed_id else 3]]
            rows.append(["Motif", rng.choice(["Opération abandonnée, retirée du programme.",
                                              "Opération retirée du programme."])])
        else:
            rows = [[key, value] for key, value in fields]
        rows = [[names.get(r[0], r[0]), r[1].removeprefix("lancement ") if names.get(r[0]) == "Date de lancement"
                 else r[1]] for r in rows]
        b += _sheet(head, rows, form, keys_head)
    return b + other_changes(rest, lw, rng)


# --- the avenant -----------------------------------------------------------------------------------

def avenant_style7(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles7")
    lw = recorded(p, p2, plan, w, seed, style0)
    if name == "fichestab":
        b = framed(p, p2, plan, w, _fichestab(lw, rng), "Il est convenu ce qui suit :", "Objet",
                   "Dispositions finales")
        return Written(b, amendments=sheet_amendments(lw), entities=entities(p2))
    if w.item_marks:
        refer_items(lw)       # the alinéas of article 4.1 that open on a mark named by it ("Au 3° de l'article 4.1")
    body, articles = _ordinal(lw, rng)
    b = framed(p, p2, plan, w, body, "Il est convenu ce qui suit :", "Objet", "Entrée en vigueur")
    if articles:
        b = [dataclasses.replace(x, spelled=True) if isinstance(x, Heading) and x.kind == "article" else x for x in b]
    return Written(b, amendments=lw.amendments, entities=entities(p2))
