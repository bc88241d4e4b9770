"""A later avenant, its instructions grouped by theme, its figures moved by differences (style ``theme``).

Issue 12 ("avenants drafted in another style"): three habits of real avenants no other style drew.

- **A later avenant amending a convention already amended.** The avenant is n°2, 3 or 4; it cites
  the earlier ones ("Vu l'avenant n°1 à la convention signé le …") and names the text it amends as
  those left it: "L'article 9, tel que modifié par l'avenant n°1, est ainsi rédigé", "Au tableau de
  l'article 8.1, dans sa rédaction issue de l'avenant n°2, …", "À l'article 4.1 (modifié par
  l'avenant n°1 du 3 mars 2024), …", "L'annexe C2, telle que modifiée par l'avenant n°1, est
  remplacée …" (``_amended_ref``: the clause put after the first article or annex a sentence names).
- **Instructions grouped by theme under headings that are no articles**: "Modifications relatives au
  programme urbain", "Dispositions financières", "Annexes", "Autres stipulations" (a plain heading,
  a bold line, or a lettered one "A. …"), all inside the avenant's article 2.
- **Figures moved by a difference**: "la participation de la Région au titre du quartier « X »
  (article 9) est augmentée de 250 000 €" (the new figure stated nowhere: the reader adds it to the
  convention's; a third of such sentences name no article, and their gold no article either: the line
  names the place), "… est portée de A à B, soit une augmentation de D", "… est minorée de D pour être
  ramenée à B", "… fait l'objet d'une hausse de D", "le montant de A est majoré de D" (an amount of
  the text), counts as "le nombre « 23 logements » est augmenté de 10".

Same AvenantPlan and consolidated convention as every other style: the changes are the Recorder's
(conv_avenant_styles3), so the gold (the triple's changes, the legislative amendments) holds by
construction. Forced only; draws from its own stream ``{seed}:styles10``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from decimal import Decimal

from .conv_avenant_paths import Bis, Paths
from .conv_avenant_styles3 import _OF_FIN, Change, Recorder, _is_money, _label, _tab, framed, named_gold, recorded
from .conv_blocks import Block, Heading, Para
from .conv_content import Written, entities, has_article
from .conv_layout import Style
from .conv_project import AvenantPlan, Project, date_fr

STYLES = ("theme",)

_UP = ("augmenté", "majoré", "abondé", "relevé")
_DOWN = ("diminué", "minoré", "réduit")
_THEMES = {
    "programme": ["Modifications relatives au programme urbain", "Dispositions relatives au programme",
                  "Évolution du programme d'opérations"],
    "finance": ["Dispositions financières", "Modifications relatives au plan de financement",
                "Évolution des participations financières"],
    "annexes": ["Annexes", "Modifications des annexes", "Dispositions relatives aux annexes"],
    "other": ["Autres stipulations", "Dispositions diverses", "Autres modifications de la convention"],
}
_ORDER = ("programme", "finance", "other", "annexes")


def number(seed: int) -> int:
    """The avenant's number (2 to 4): the ones before it are cited and named as the text's authors."""
    return random.Random(f"{seed}:styles10-number").randint(2, 4)


# --- figures -------------------------------------------------------------------------------------

_FIGURE = re.compile(r"\d(?:[\d \u00a0\u202f.]*\d)?(?:,\d+)?")
# words a difference can move: an amount or a count of dwellings ("9 955 502,01 €", "339 logements")
_COUNT = re.compile(r"^\d[\d \u00a0\u202f.]*(?:,\d+)?(?:[\s\u00a0\u202f]*(?:€|M€|euros|logements?))?$")


def _cents(text: str) -> int | None:
    m = _FIGURE.search(text or "")
    if not m:
        return None
    num = m.group(0)
    whole, _, dec = num.partition(",")
    digits = re.sub(r"\D", "", whole)
    if not digits:
        return None
    dec = (dec + "00")[:2]
    return int(digits) * 100 + int(dec)


def _like(template: str, cents: int) -> str:
    """``cents`` printed as ``template`` prints its figure ("9 955 502,01 €", "23 logements")."""
    m = _FIGURE.search(template)
    num = m.group(0)
    sep = next((c for c in num if c in " \u00a0\u202f."), "\u00a0")
    whole = f"{cents // 100:,}".replace(",", sep)
    if "," in num:
        whole += f",{cents % 100:02d}"
    return template[:m.start()] + whole + template[m.end():]


def _is_amount(text: str) -> bool:
    """A sum of money, not a bare count: in euros, or in the thousands."""
    return _is_money(text) and ("€" in text or "euro" in text or (_cents(text) or 0) >= 100000)


def _agree(participle: str, fem: bool) -> str:
    return participle + ("e" if fem else "")


def _delta_phrase(old: str, new: str, fem: bool, rng: random.Random, named: bool = False) -> str | None:
    """The verb phrase moving ``old`` to ``new`` by their difference; None when they are no figures.
    ``named``: the subject already quotes ``old`` ("le montant de A"), so no form repeats it."""
    a, b = _cents(old), _cents(new)
    if a is None or b is None or a == b:
        return None
    if _FIGURE.sub("", old).strip() != _FIGURE.sub("", new).strip() or "M€" in old:
        # figures printed in other units ("6 814 000,89 €" → "9,38 M€"): no difference of their digits
        return None
    # printed as the figure with decimals prints them ("9 655" → "12 289,6" moves by "2 634,60", not "2 634")
    d = _like(new if "," in new and "," not in old else old, abs(b - a))
    if not _is_amount(old):
        d = _FIGURE.search(d).group(0)           # a count: "augmenté de 10"
    up = b > a
    verb = _agree(rng.choice(_UP if up else _DOWN), fem)
    moved = _agree("porté" if up else "ramené", fem)
    noun = rng.choice(["une augmentation", "une hausse"] if up else ["une diminution", "une baisse"])
    k = rng.choice([0, 2, 3, 5, 7]) if named else rng.randrange(8)
    if k == 5:
        # the active verb, or the difference as "un montant de D"
        return rng.choice([f"{'augmente' if up else 'diminue'} de {d}", f"est {verb} d'un montant de {d}"])
    if k == 6:
        return f"est {moved} à {new}, soit {noun} de {d}"
    if k == 7:
        return f"est {verb} de {d}, soit un {'nombre' if not _is_amount(old) else 'montant'} total de {new}"
    if k == 0:
        return f"est {verb} de {d}"
    if k == 1:
        return f"est {moved} de {old} à {new}, soit {noun} de {d}"
    if k == 2:
        return f"est {verb} de {d} pour être {moved} à {new}"
    if k == 3:
        return f"fait l'objet d'{noun} de {d}"
    return f"passe de {old} à {new} ({'+' if up else '-'} {d})"


def _article_of(c: Change, num: str, unnamed: set[int], rng: random.Random) -> str:
    """" (article 9)" after the operation or financeur a sentence names, or nothing (a third of the time): the
    line names the place, and the change's gold then names no article (``unnamed``)."""
    if rng.random() < 0.3:
        unnamed.add(id(c))
        return ""
    return f" (article {num})"


def _difference(c: Change, lw: Recorder, rng: random.Random, unnamed: set[int]) -> str | None:
    """A figure's change stated by its difference; None when the change moves no figure. A change whose
    sentence names no article goes into ``unnamed``."""
    e, num = c.edit, c.target
    if e is None:
        return None
    if e.op == "words_replace" and _cents(e.old) is not None and _cents(e.new) is not None \
            and _COUNT.match(e.old or "") and _COUNT.match(e.new or ""):
        moved = _delta_phrase(e.old, e.new, False, rng, named=True)
        if moved is None:
            return None
        where = (f"Au {_rank_word(e.paragraph)} alinéa de l'article {num}" if e.paragraph and e.paragraph > 0
                 else f"À l'article {num}")
        noun = "le montant" if _is_amount(e.old) else "le nombre"
        return f"{where}, {noun} de {e.old} {moved}."
    if e.op != "cell_replace" or not e.row or not _COUNT.match(e.old or "") or not _COUNT.match(e.new or ""):
        return None
    column = c.column or e.column
    label = _label(lw.p, e.row)
    # the ANRU's subsidy of an operation (not its "Assiette", its cost: named by its line and column below)
    if label is not None and _is_amount(e.old) and (not column or re.search(r"ANRU|[Ss]ubvention|[Cc]oncours", column)):
        moved = _delta_phrase(e.old, e.new, True, rng)
        if moved is None:
            return None
        op = f"l'opération « {label} »" + (f" ({e.row})" if e.row != label else "")
        noun = rng.choice(["La subvention de l'ANRU", "La participation de l'ANRU"])
        return f"{noun} à {op}{_article_of(c, num, unnamed, rng)} {moved}."
    if num == "9" and column and e.row in _OF_FIN and _is_amount(e.old) and (e.table or "") != "2":
        noun = rng.choice(["La participation", "La contribution", "La subvention", "La participation financière",
                           "Le montant de la participation"])
        moved = _delta_phrase(e.old, e.new, not noun.startswith("Le "), rng)
        if moved is None:
            return None
        return f"{noun} {_OF_FIN[e.row]} au titre du quartier « {column} »{_article_of(c, num, unnamed, rng)} {moved}."
    moved = _delta_phrase(e.old, e.new, False, rng)
    if moved is None:
        return None
    col = f", colonne « {column} »" if column else ""
    noun = "le montant" if _is_amount(e.old) else "le nombre"
    return f"{_cap(_tab_of(e, num))}, à la ligne « {e.row} »{col}, {noun} {moved}."


def _tab_of(e, num: str) -> str:
    return f"au {_tab(e)} de l'article {num}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _rank_word(k: int) -> str:
    from .conv_avenant_styles3 import _rank
    return _rank(k)


# --- references to the text as earlier avenants left it ----------------------------------------

_REF = re.compile(r"\b(?P<what>l['’]article|l['’]annexe)\s+(?P<num>[A-Z]?\d+(?:\.\d+)*)(?P<after>\s*(?:,|\s))")


def _amended_ref(text: str, earlier: list[tuple[int, dt.date]], w, rng: random.Random) -> str:
    """``text`` naming its first article or annex as the earlier avenants left it."""
    m = _REF.search(text)
    if not m or not earlier:
        return text
    fem = m.group("what").endswith("annexe")
    k, when = rng.choice(earlier)
    telque = "telle que modifiée" if fem else "tel que modifié"
    modif = "modifiée" if fem else "modifié"
    n = rng.choice([f"n°{k}", f"n° {k}"])
    clause = rng.choice([
        f", {telque} par l'avenant {n},",
        f", dans sa rédaction issue de l'avenant {n},",
        f" ({modif} par l'avenant {n} du {date_fr(when, w.date_form)})",
        f", {modif} par l'avenant {n} en date du {date_fr(when, w.date_form)},",
        f" de la convention, {telque} par l'avenant {n},",
        f", {telque} en dernier lieu par l'avenant {n},",
        f", {'telle qu' + chr(39) + 'elle' if fem else 'tel qu' + chr(39) + 'il'} résulte de l'avenant {n},",
        f" (dans sa rédaction issue de l'avenant {n})",
    ] + ([f", {telque} par les avenants n°1 et n°2,", f", {telque} par l'avenant n°1 et l'avenant n°2,"]
         if len(earlier) >= 2 else []))
    head, after = text[:m.end("num")], text[m.end("num"):]
    if clause.endswith(","):
        # the sentence's own comma (or space before its verb) after the clause
        after = after[1:] if after.startswith(",") else after
        return head + clause + (" " + after.lstrip() if not after.startswith(" ") else after)
    return head + clause + after


# --- the avenant ------------------------------------------------------------------------------------

def _theme(c: Change) -> str:
    e = c.edit
    if c.kind == "annexe":
        return "annexes"
    if c.target.startswith("9") or c.target.startswith("10"):
        return "finance"
    if e is not None and c.target.split(".")[0] in ("4", "8"):
        return "programme"
    return "other"


def _heading(theme: str, k: int, look: str, rng: random.Random) -> Block:
    title = rng.choice(_THEMES[theme])
    if look == "plain":
        return Heading("plain", None, title, 2)
    if look == "letter":
        return Para([f"{'ABCD'[k]}. {title}"], bold=True)
    if look == "roman":
        return Para([f"{('I', 'II', 'III', 'IV')[k]} – {title}"], bold=True)
    if look == "caps":
        return Para([title.upper()])
    return Para([title], bold=True)


def _themed(lw: Recorder, earlier: list[tuple[int, dt.date]], w, rng: random.Random,
            unnamed: set[int], said: dict[int, str], paths: Paths | None = None, bis: Bis | None = None) -> list[Block]:
    b: list[Block] = [Heading("article", "2", "Modifications apportées à la convention", 1),
                      Para([rng.choice(["La convention pluriannuelle susvisée est modifiée comme suit :",
                                        "Les stipulations de la convention sont modifiées ainsi qu'il suit :"])])]
    look = rng.choice(["plain", "bold", "letter", "roman", "caps"])
    groups: dict[str, list[Change]] = {}
    for c in lw.changes:
        groups.setdefault(_theme(c), []).append(c)
    k = 0
    for theme in _ORDER:
        if theme not in groups:
            continue
        b.append(_heading(theme, k, look, rng))
        k += 1
        for c in groups[theme]:
            text = _difference(c, lw, rng, unnamed) if rng.random() < 0.85 else None
            line = paths.count(c) if paths is not None else None
            if line is not None:
                # a count of dwellings on a line, the line named without its table (conv_avenant_paths)
                text = line[0]
                if not line[1]:
                    unnamed.add(id(c))
                b.append(Para([text]))
            elif text is None:
                text = paths.refer(c.text) if paths is not None else c.text
                if rng.random() < 0.6:
                    text = _amended_ref(text, earlier, w, rng)
                b.append(Para([text]))
                b.extend(c.extra + c.rest)
            else:
                text = paths.refer(text) if paths is not None else text
                b.append(Para([text]))
            said[id(c)] = text
        if bis is not None and theme == "other":
            b.append(Para([bis.sentence(len(earlier), rng)]))
            bis = None
    if bis is not None:
        # no other stipulation changed: the inserted article's theme of its own, before the annexes'
        at = next((i for i, x in enumerate(b) if i > 1 and _is_annex_theme(x)), len(b))
        b[at:at] = [_heading("other", k, look, rng), Para([bis.sentence(len(earlier), rng)])]
    return b


def _is_annex_theme(x: Block) -> bool:
    text = (x.title if isinstance(x, Heading) else " ".join(str(s) for s in getattr(x, "segs", []))).lower()
    return isinstance(x, (Heading, Para)) and any(t.lower() in text for t in _THEMES["annexes"]) and len(text) < 60


def avenant_style10(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles10")
    n = p.avenant_number
    lw = recorded(p, p2, plan, w, seed, style0)
    # the earlier avenants, between the signature and this one
    span = max((plan.date - p.signature_date).days, n * 30)
    earlier = [(k, p.signature_date + dt.timedelta(days=span * k // n - rng.randint(5, 25)))
               for k in range(1, n)]
    unnamed: set[int] = set()
    said: dict[int, str] = {}
    bis = Bis.draw(seed, lambda num: has_article(seed, num))
    body = _themed(lw, earlier, w, rng, unnamed, said, Paths(seed), bis)
    # framed numbers the closing article after the body's articles: the themes' plain headings go in after
    b = framed(p, p2, plan, w, body[:2], "Il est convenu ce qui suit :", "Objet", "Entrée en vigueur")
    at = next(i for i, x in enumerate(b) if isinstance(x, Heading) and x.number == "3")
    b[at:at] = body[2:]
    # "Vu l'avenant n°1 …": cited after the convention itself
    at = next(i for i, x in enumerate(b) if isinstance(x, Para) and x.segs and str(x.segs[0]).startswith("Vu la convention"))
    cites = [Para([f"Vu l'avenant n°{k} à la convention signé le {date_fr(d, w.date_form)},"]) for k, d in earlier]
    b[at + 1:at + 1] = cites
    # a figure's sentence naming an operation or a financeur without its article: the gold names none either
    # (edit_prose.BY_ROW: the parse places it by its line; no reader of the avenant alone knows the article)
    # (and a totals sentence naming no table right after one: conv_avenant_styles3.named_gold)
    gold = named_gold(lw, said)
    if bis is not None:
        # an article the avenant n°1 inserted ("7.2 bis"), amended here (conv_avenant_paths.Bis)
        gold.append(bis.gold_amendment(gold[-1]["section"] if gold else "2"))
    return Written(b, amendments=gold, entities=entities(p2))


def with_number(p: Project, seed: int) -> Project:
    """The project as this style's avenant names it (its number drawn)."""
    return dataclasses.replace(p, avenant_number=number(seed))
