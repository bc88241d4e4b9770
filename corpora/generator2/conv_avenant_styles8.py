"""An avenant drafted in mixed styles (issue 12, "any drafting style is still an avenant"; style ``mixte``).

Real drafters mix: one avenant states a figure as a letter would ("… est porté de A à B"), the next
change as a corrigendum ("Au lieu de … lire …"), the next as the Guide de légistique teaches, and
each drafter has verb phrases of their own. Same AvenantPlan and consolidated convention as every
other style; the changes are found the way conv_avenant_styles3 finds them (its ``Recorder``), so the
gold (the changes of the triple) holds by construction. Each change is then written in a form drawn
for it alone:

- ``legis``: the legislative sentence as the Recorder wrote it;
- ``lettre``: the letter style's sentence (conv_avenant_styles3);
- ``erratum``: the corrigendum's blocks (conv_avenant_styles4);
- ``phrase`` (drawn twice as often): a sentence built from a grammar of its own, drawn part by part:
  the reference ("À l'article 4", "Dans l'article 4", "À l'article 4 de la convention", "Au 4ème
  article", "Au paragraphe 2 de l'article 4", "À l'alinéa 3 de l'article 4", "À l'article 4, à
  l'alinéa 3"), the subject ("les mots", "la mention", "le montant", "l'alinéa 2", "le deuxième
  alinéa", "la ligne « … »"), and a verb phrase from the operation's class:
  replace ("est remplacé par", "est ainsi rédigé", "se lit désormais", "est modifié comme suit",
  "devient", "est porté de A à B", "passe de A à B"), delete ("est supprimé", "est abrogé", "est
  retiré", "est sans objet", "est annulé"), insert ("est inséré", "est ajouté", "est complété par",
  "il est créé").

What no short sentence can hold (an article redrafted whole, a table added, annexes, headings)
keeps the legislative or letter sentence. Forms are drawn from the stream ``{seed}:styles8`` (forced only: no
other style's document changes; until session 13 it drew from ``{seed}:styles7``, the stream of
conv_avenant_styles7's styles, so the ``mixte`` documents of a seed changed once when it got its own).
"""

from __future__ import annotations

import random

from .conv_avenant_styles3 import (Change, Recorder, _is_money, _lettre_sentence, _rank, _tab, _value, framed, named_gold,
                                   recorded)
from .conv_avenant_styles4 import _erratum_blocks
from .conv_blocks import Block, Heading, Para
from .conv_content import Written, entities
from .conv_layout import Style
from .conv_project import AvenantPlan, Project

STYLES = ("mixte",)
FORMS = ("legis", "lettre", "erratum", "phrase", "phrase")

_DELETE = ("supprimé", "abrogé", "retiré", "sans objet", "annulé")
_DELETE_WORDS = ("supprimé", "retiré", "annulé")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _agree(participle: str, fem: bool, plural: bool) -> str:
    """"supprimé" agreed with its subject ("supprimées"); "sans objet" stays as it is."""
    if " " in participle:
        return participle
    return participle + ("e" if fem else "") + ("s" if plural else "")


def _be(plural: bool) -> str:
    return "sont" if plural else "est"


def _numeric(num: str) -> bool:
    return num.isdigit()


def _article(num: str, rng: random.Random) -> str:
    """"l'article 4", "l'article 4 de la convention", "le 4ème article" (whole numbers only)."""
    forms = [f"l'article {num}", f"l'article {num} de la convention"]
    if _numeric(num):
        forms.append(f"le {num}ème article" if num != "1" else "le premier article")
    return rng.choice(forms)


def _in(article: str, rng: random.Random) -> str:
    """"à l'article 4" / "dans l'article 4" / "au 4ème article"."""
    if article.startswith("le "):
        return rng.choice(["au " + article[3:], "dans " + article])
    return rng.choice(["à " + article, "dans " + article])


def _alinea(k: int, rng: random.Random) -> str:
    """An alinéa by its rank: "le deuxième alinéa", "l'alinéa 2", "le paragraphe 2", "le dernier alinéa"."""
    if k == -1:
        return "le dernier alinéa"
    return rng.choice([f"le {_rank(k)} alinéa", f"l'alinéa {k}", f"le paragraphe {k}"])


def _at_alinea(k: int, rng: random.Random) -> str:
    """"au deuxième alinéa", "à l'alinéa 2", "au paragraphe 2"."""
    a = _alinea(k, rng)
    return ("à " + a) if a.startswith("l'") else ("au " + a[3:])


def _of(article: str) -> str:
    """"de l'article 4", "du 4ème article"."""
    return "du " + article[3:] if article.startswith("le ") else "de " + article


def _place(num: str, para: int | None, rng: random.Random) -> str:
    """Where words are: "À l'article 4", "Au paragraphe 2 de l'article 4", "À l'article 4, à l'alinéa 3"."""
    art = _article(num, rng)
    if not para:
        return _cap(_in(art, rng))
    if rng.random() < 0.5:
        return _cap(f"{_at_alinea(para, rng)} {_of(art)}")
    return _cap(f"{_in(art, rng)}, {_at_alinea(para, rng)}")


def _words_noun(text: str, rng: random.Random) -> tuple[str, bool, bool]:
    """(noun, feminine, plural) naming quoted words."""
    if _is_money(text):
        return rng.choice([("le montant", False, False), ("la somme", True, False), ("la mention", True, False)])
    return rng.choice([("les mots", False, True), ("la mention", True, False)])


def _table(num: str, e, rng: random.Random) -> str:
    """"au tableau de l'article 8.1", "dans le deuxième tableau de l'article 8.1", "au tableau « … » du 9ème
    article" (which table, as the legislative sentence named it)."""
    de = _of(_article(num, rng))
    which = _tab(e)
    return rng.choice([f"au {which} {de}", f"dans le {which} {de}"])


def _quote_or_bare(v: str, rng: random.Random) -> str:
    return v if _is_money(v) and rng.random() < 0.5 else f"« {v} »"


def _replace_verb(new: str, fem: bool, plural: bool, rng: random.Random) -> str:
    """The verb phrase of a replacement whose subject quotes the old value."""
    return rng.choice([f"{_be(plural)} {_agree('remplacé', fem, plural)} par « {new} »",
                       f"{'deviennent' if plural else 'devient'} « {new} »",
                       f"se {'lisent' if plural else 'lit'} désormais « {new} »",
                       f"{_be(plural)} {_agree('modifié', fem, plural)} comme suit : « {new} »"])


def _move_verb(old: str, new: str, fem: bool, rng: random.Random) -> str | None:
    """"est porté de A à B", "est ramené de A à B", "passe de A à B" (figures only; None otherwise)."""
    a, b = _value(old), _value(new)
    if not (_is_money(old) and _is_money(new)) or a is None or b is None or a == b:
        return None
    moved = _agree("porté" if b > a else "ramené", fem, False)
    return rng.choice([f"est {moved} de {_quote_or_bare(old, rng)} à {_quote_or_bare(new, rng)}",
                       f"passe de {_quote_or_bare(old, rng)} à {_quote_or_bare(new, rng)}"])


def _row_ref(e, column: str | None, rng: random.Random) -> str:
    col = ""
    if column:
        col = rng.choice([f", colonne « {column} »", f" pour la colonne « {column} »", f" et la colonne « {column} »"])
    return f"la ligne « {e.row} »{col}"


def _phrase(c: Change, lw: Recorder, rng: random.Random) -> tuple[str, list[Block]] | None:
    """The change as a sentence of the mixed grammar; None when it holds no short sentence."""
    e, num = c.edit, c.target
    if e is None:
        return None
    para = e.paragraph if e.paragraph and e.paragraph != 0 else None
    if e.op == "words_replace":
        noun, fem, plural = _words_noun(e.old, rng)
        moved = _move_verb(e.old, e.new, noun == "la somme", rng) if rng.random() < 0.4 else None
        if moved and noun != "la mention":
            return f"{_place(num, para, rng)}, {noun} {moved}.", []
        return f"{_place(num, para, rng)}, {noun} « {e.old} » {_replace_verb(e.new, fem, plural, rng)}.", []
    if e.op == "words_delete":
        noun, fem, plural = _words_noun(e.old, rng)
        verb = _agree(rng.choice(_DELETE_WORDS), fem, plural)
        return f"{_place(num, para, rng)}, {noun} « {e.old} » {_be(plural)} {verb}.", []
    if e.op == "words_insert":
        k = rng.randrange(3)
        place = _place(num, para, rng)
        if k == 0:
            verb = rng.choice(["sont insérés", "sont ajoutés", "il est inséré", "il est ajouté"])
            what = "les mots" if verb.startswith("sont") else "la mention"
            return f"{place}, après les mots « {e.after} », {verb} {what} « {e.new} ».", []
        if k == 1:
            return f"{place}, la mention « {e.after} » est complétée par les mots « {e.new} ».", []
        return f"{place}, les mots « {e.new} » sont insérés après les mots « {e.after} ».", []
    if e.op == "paragraph_add":
        art = _article(num, rng)
        if para and para > 0:
            k = rng.randrange(3)
            after = f"après {_alinea(para, rng)}"
            if k == 0:
                return f"{_cap(_in(art, rng))}, {after}, il est inséré un alinéa ainsi rédigé : « {e.new} »", []
            if k == 1:
                return f"{_cap(after)} {_of(art)}, est ajouté l'alinéa suivant : « {e.new} »", []
            return f"{_cap(_in(art, rng))}, il est créé, {after}, un nouvel alinéa ainsi rédigé : « {e.new} »", []
        k = rng.randrange(4)
        if k == 0:
            return f"{_cap(art)} est complété par l'alinéa suivant : « {e.new} »", []
        if k == 1:
            return f"{_cap(_in(art, rng))}, il est créé un nouvel alinéa ainsi rédigé : « {e.new} »", []
        if k == 2:
            return f"{_cap(_in(art, rng))}, il est ajouté in fine l'alinéa suivant : « {e.new} »", []
        return f"{_cap(_in(art, rng))}, est inséré à la fin un alinéa ainsi rédigé : « {e.new} »", []
    if e.op in ("paragraph_replace", "paragraph_delete") and para:
        art = _article(num, rng)
        sub = _alinea(para, rng)
        subject = _cap(f"{sub} {_of(art)}") if rng.random() < 0.6 else None
        lead = "" if subject else f"{_cap(_in(art, rng))}, "
        s = subject or sub
        if e.op == "paragraph_delete":
            return f"{lead}{s} est {rng.choice(_DELETE)}.", []
        verb = rng.choice(["est remplacé par l'alinéa suivant :", "est ainsi rédigé :", "se lit désormais :",
                           "est modifié comme suit :", "devient :"])
        return f"{lead}{s} {verb} « {e.new} »", []
    if e.op == "cell_replace" and e.row and e.old and e.new:
        tab = _table(num, e, rng)
        row = _row_ref(e, c.column, rng)
        k = rng.randrange(3)
        if k == 0:
            noun, fem, plural = _words_noun(e.old, rng)
            return f"{_cap(tab)}, à {row}, {noun} « {e.old} » {_replace_verb(e.new, fem, plural, rng)}.", []
        moved = _move_verb(e.old, e.new, True, rng) if k == 1 else None
        if moved:
            return f"{_cap(tab)}, {row} {moved}.", []
        return (f"{_cap(tab)}, la valeur « {e.old} » de {row} "
                f"{rng.choice(['devient', 'est remplacée par', 'se lit désormais'])} « {e.new} ».", [])
    if e.op == "row_delete" and e.row:
        tab = _table(num, e, rng)
        verb = _agree(rng.choice(_DELETE), True, False)
        if rng.random() < 0.5:
            return f"{_cap(tab)}, la ligne « {e.row} » est {verb}.", []
        de = "du " + tab.split(" ", 1)[1] if tab.startswith("au ") else "du " + tab[len("dans le "):]
        return f"La ligne « {e.row} » {de} est {verb}.", []
    if e.op == "row_add" and c.extra:
        tab = _table(num, e, rng)
        after = f", après la ligne « {e.after_row} »" if e.after_row else ""
        k = rng.randrange(3)
        if k == 0:
            return f"{_cap(tab)}{after}, il est ajouté la ligne suivante :", c.extra
        if k == 1:
            return f"{_cap(tab)}{after}, il est créé une nouvelle ligne ainsi rédigée :", c.extra
        return f"{_cap(tab)}{after}, est insérée la ligne suivante :", c.extra
    return None


def pieces(lw: Recorder, rng: random.Random) -> list[tuple[Change, str, list[Block]]]:
    """Each change with the form drawn for it and the blocks that state it."""
    out = []
    last = None
    for c in lw.changes:
        form = rng.choice([f for f in FORMS if f != last] or FORMS)
        last = form
        blocks: list[Block] | None = None
        if form == "phrase":
            got = _phrase(c, lw, rng)
            if got is not None:
                blocks = [Para([got[0]])] + got[1]
        elif form == "erratum" and c.edit is not None:
            blocks = _erratum_blocks(c, lw, rng, True)
        elif form == "lettre":
            text, after = _lettre_sentence(c, lw, rng)
            blocks = [Para([text])] + after
        if blocks is None:
            form, blocks = "legis", [Para([c.text])] + c.extra + c.rest
        out.append((c, form, blocks))
    return out


def _mixte(lw: Recorder, rng: random.Random, said: dict[int, str]) -> list[Block]:
    b: list[Block] = [Heading("article", "2", "Modifications apportées à la convention", 1),
                      Para([rng.choice(["La convention pluriannuelle est modifiée comme suit :",
                                        "Les stipulations de la convention sont modifiées ainsi qu'il suit :"])])]
    mark = rng.choice(["deg", "paren", "none"])
    for k, (c, form, blocks) in enumerate(pieces(lw, rng), 1):
        head = blocks[0]
        if form == "lettre" and isinstance(head, Para) and head.segs and isinstance(head.segs[0], str):
            said[id(c)] = head.segs[0]
        if mark != "none" and isinstance(head, Para) and head.segs and isinstance(head.segs[0], str):
            label = f"{k}° " if mark == "deg" else f"{k}) "
            blocks[0] = Para([label + head.segs[0]] + list(head.segs[1:]))
        b += blocks
    return b


def avenant_style8(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles8")
    lw = recorded(p, p2, plan, w, seed, style0)
    said: dict[int, str] = {}    # the letter style's sentences: those naming no article have a gold naming none
    b = framed(p, p2, plan, w, _mixte(lw, rng, said), "Il est convenu ce qui suit :", "Objet", "Entrée en vigueur")
    return Written(b, amendments=named_gold(lw, said), entities=entities(p2))
