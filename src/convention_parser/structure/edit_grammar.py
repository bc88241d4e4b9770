"""In-place edits read by grammar: a verb of a class, the references around it, the values it moves.

The other readers (edit_instructions, edit_prose, edit_narrative, edit_erratum) each know the
sentences of one drafting style. Drafters mix styles and each has verb phrases of their own ("est
remplacé par", "se lit désormais", "devient", "est porté de A à B", "est abrogé", "est sans objet", "il
est créé", "est complété par"), so this reader takes a sentence apart instead of matching it whole:

1. quoted wording is set aside first («…», one level of quotes inside), so nothing inside the new
   wording is read as grammar;
2. the verb: the first verb phrase of a class (:data:`_VERBS`: replace, delete, insert) splits the
   sentence into what comes before it (subject and places) and after it (the new value or wording);
3. the references, anywhere before the verb (:func:`_refs`): the article ("l'article 4", "article 4
   de la convention", "le 4ème article"), the alinéa ("le deuxième alinéa", "l'alinéa 3", "le
   paragraphe 2", "le dernier alinéa"; after "après": where an alinéa is inserted), the table
   ("au deuxième tableau", "tableau « … »"), its line and column ("la ligne « … »", "colonne « … »");
4. the operation from the verb's class and what the subject is: quoted words, an alinéa, a line.

Read into the same Edit records as the other styles; tried after them (their sentences keep their
readings). A sentence naming no article has no target (the article of the instruction before, as a
group's items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..french.text import one_line
from ..records import Edit
from .edit_instructions import ITEM, ReadEdit, ordinal_number

_ORD_WORDS = (r"premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
              r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)")
# an ordinal in words or in figures ("deuxième", "2e", "2ème", "2è")
_ORD = r"(?:" + _ORD_WORDS + r"|\d+\s*(?:e|ème|è|eme)\b)"
_CONV = r"(?:\s+de\s+la\s+(?:présente\s+)?convention(?:\s+(?:pluriannuelle|susvis[ée]e|initiale|précitée))*)?"
# A quoted span once set aside: «k», k its index.
_QK = r"«(\d+)»"
# A figure printed bare: "1 267 200 €", "6 359 400,94 €", "187".
_FIG = r"\d(?:[\d \u00a0.]*\d)?(?:,\d+)?(?:\s*(?:M€|k€|€|EUR|euros|%))?"
# a value: quoted, a bare figure, words in brackets ("(186 logements)", a label's part), or the dash of an
# empty cell ("passe de – à 250 000 €")
_VALUE = r"(?:" + _QK + r"|(" + _FIG + r"|\([^()]{1,80}\)|[–-](?=\s)))"

# --- verbs, by class -------------------------------------------------------------------------------
_PP = r"(?:e?s?)"      # a past participle's agreement
_VERBS: list[tuple[str, re.Pattern]] = [
    # "est remplacé par", "sont remplacés par", "est ainsi rédigé", "est modifié comme suit", "est désormais
    # rédigé comme suit", "se lit désormais", "devient", "est porté de A à B", "passe de A à B", "est ramené à B"
    ("replace", re.compile(r"\b(?:(?:est|sont)\s+(?:d[ée]sormais\s+)?(?:remplac[ée]" + _PP + r"\s+par|ainsi\s+r[ée]dig[ée]"
                           + _PP + r"|(?:modifi|r[ée]dig)[ée]" + _PP + r"\s+(?:comme\s+suit|ainsi)"
                           r"|(?:port|ramen|relev|fix)[ée]" + _PP + r"\s+(?=de\b|[àa]\b)|r[ée]duite?s?\s+(?=de\b|[àa]\b))"
                           r"|se\s+lit|se\s+lisent|devien(?:t|nent)\b|passe(?:nt)?\s+(?=de\b|[àa]\b))", re.I)),
    # "est supprimé", "est abrogé", "est retiré", "est annulé", "est sans objet"
    ("delete", re.compile(r"\b(?:est|sont)\s+(?:supprim[ée]|abrog[ée]|retir[ée]|annul[ée])" + _PP + r"\b"
                          r"|\b(?:est|sont)\s+sans\s+objet\b", re.I)),
    # "est inséré", "est ajouté", "il est créé", "est complété par"
    ("insert", re.compile(r"\b(?:il\s+)?(?:est|sont)\s+(?:ins[ée]r[ée]|ajout[ée]|cr[ée]{2}|compl[ée]t[ée])" + _PP
                          + r"\b", re.I)),
]

# --- references ------------------------------------------------------------------------------------
# the article: "l'article 4.1", "article 4 de la convention", "le 4ème article", "le premier article"
_ARTICLE = re.compile(r"\barticle\s+(?P<n>\d+(?:\.\d+)*)(?:er)?\b" + _CONV
                      + r"|\b(?P<o>\d+)\s*(?:e|ème|è|eme|er)\s+article\b|\bpremier\s+article\b", re.I)
# the alinéa: "le deuxième alinéa", "l'alinéa 3", "le paragraphe 2", "le 2e alinéa"; "après" before it
# says where a new one goes
_ALINEA = re.compile(r"(?P<after>apr[èe]s\s+(?:le\s+|l['’]\s*))?(?:(?P<ord>" + _ORD
                     + r")\s+(?:alin[ée]a|paragraphe)\b|\b(?:alin[ée]a|paragraphe)\s+(?:n°\s*)?(?P<k>\d+)\b)", re.I)
_TABLE = re.compile(r"\b(?:(?P<ord>" + _ORD_WORDS + r")\s+)?tableau\b(?:\s*" + _QK + r")?", re.I)
# the line: "la ligne « … »", or the operation it holds ("l'opération « … » (C0908-34-0008)": its identifier
# when it is given, the label otherwise)
_ROW = re.compile(r"\bligne\s+" + _QK + r"|\bop[ée]ration\s+" + _QK
                  + r"(?:\s*\(\s*(?P<code>[A-Z]\d{3,5}-\d{2}-\d{3,5})\s*\))?", re.I)
_COL = re.compile(r"\bcolonne\s+" + _QK, re.I)
# words named by what they are: "les mots « … »", "la mention « … »", "le montant « … »"
_AFTER_WORDS = re.compile(r"\bapr[èe]s\s+(?:les\s+mots|le\s+mot|la\s+mention|le\s+montant|la\s+somme)\s+" + _QK, re.I)
# "… de A à B" after a verb that moves a figure
_FROM_TO = re.compile(r"^\s*de\s+" + _VALUE + r"\s+[àa]\s+" + _VALUE)
_TO = re.compile(r"^\s*[àa]\s+" + _VALUE)
_PAIR = re.compile(r"«(\d+)»\s*:\s*«(\d+)»")


@dataclass
class _Masked:
    text: str               # the sentence, each top-level quoted span as «k»
    quotes: list[str]       # the spans' wording


def _mask(text: str) -> _Masked:
    """Set quoted wording aside (quotes inside a quote stay in it; an alinéa quoted to the paragraph's
    end without its closing quote is quoted to the end)."""
    out, quotes, depth, cur = [], [], 0, []
    for ch in text:
        if ch == "«":
            depth += 1
            if depth == 1:
                cur = []
                continue
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append(f"«{len(quotes)}»")
                quotes.append(" ".join("".join(cur).split()))
                continue
        if depth:
            cur.append(ch)
        else:
            out.append(ch)
    if depth:
        # an alinéa quoted to the paragraph's end without its closing quote
        out.append(f"«{len(quotes)}»")
        quotes.append(" ".join("".join(cur).split()))
    return _Masked("".join(out), quotes)


def _rank(m: re.Match) -> Optional[int]:
    if m.group("k"):
        return int(m.group("k"))
    o = re.sub(r"\s+", "", m.group("ord").lower())
    num = re.match(r"(\d+)", o)
    return int(num.group(1)) if num else ordinal_number(o)


def _value(m: re.Match, i: int, q: list[str]) -> Optional[str]:
    """The value of a _VALUE group pair (quoted index, bare figure) starting at group ``i``."""
    if m.group(i) is not None:
        return q[int(m.group(i))]
    v = m.group(i + 1)
    return v.strip() if v else None


def _article(s: str) -> Optional[str]:
    m = _ARTICLE.search(s)
    if m is None:
        return None
    if m.group("n"):
        return m.group("n")
    return m.group("o") or "1"


def read_grammar(text: str) -> Optional[ReadEdit]:
    """The edit a sentence of any drafting style makes, read by its verb and references; None when it
    has no verb of a class, names nothing it edits, or lacks the value its verb needs."""
    t = one_line(text)
    t = re.sub(r"^" + ITEM, "", t)
    mk = _mask(t)
    s, q = mk.text, mk.quotes
    hit = None
    for cls, rx in _VERBS:
        m = rx.search(s)
        if m and (hit is None or m.start() < hit[1].start()):
            hit = (cls, m)
    if hit is None:
        return None
    cls, verb = hit
    pre, post = s[:verb.start()], s[verb.end():]
    target = _article(pre) or _article(post)
    row = _ROW.search(pre) or (_ROW.search(post) if cls == "insert" else None)
    col = _COL.search(pre)
    table = _TABLE.search(pre) or _TABLE.search(post)
    alineas = list(_ALINEA.finditer(pre)) + list(_ALINEA.finditer(post))
    place = next((_rank(a) for a in alineas if not a.group("after")), None)
    after_alinea = next((_rank(a) for a in alineas if a.group("after")), None)
    row_text = (row.group("code") or q[int(row.group(1) or row.group(2))]) if row else None
    named = {int(k) for x in (row, col) if x for k in x.groups()[:2] if k and k.isdigit()} \
        | ({int(table.group(2))} if table and table.group(2) else set())
    # an article's title quoted after its number ("l'article 9 « Le plan de financement »") is no operand
    named |= {int(m.group(1)) for m in re.finditer(r"\barticle\s+\d+(?:\.\d+)*\s*" + _QK, s, re.I)}
    after_words = _AFTER_WORDS.search(s)
    if after_words:
        named.add(int(after_words.group(1)))
    # quoted operands before the verb that name no line, column or table: the words edited
    subject = [int(k) for k in re.findall(_QK, pre) if int(k) not in named]
    later = [int(k) for k in re.findall(_QK, post) if int(k) not in named]
    if target is None and not (alineas or table or row):
        return None          # names nothing it edits ("La convention est modifiée comme suit :")
    hint = None
    if table:
        hint = str(ordinal_number(table.group("ord"))) if table.group("ord") and ordinal_number(table.group("ord")) \
            else (q[int(table.group(2))] if table.group(2) else None)

    def done(e: Edit) -> ReadEdit:
        return ReadEdit(target, e, "grammar:" + cls, [target] if target else [])

    if cls == "replace":
        old = q[subject[-1]] if subject else None
        col_text = None
        moved = _FROM_TO.match(post)
        to = _TO.match(post)
        if moved:
            old, new = _value(moved, 1, q), _value(moved, 3, q)
            if row and col is None and subject and q[subject[-1]] != old:
                # "la valeur « Nb logts » passe de A à B": the verb carries the old value, the quote names the column
                col_text = q[subject[-1]]
        elif to:
            new = _value(to, 1, q)
        elif later:
            new = q[later[0]]
        else:
            return None
        if row:
            column = q[int(col.group(1))] if col else col_text
            return done(Edit("cell_replace", old=old, new=new, row=row_text, column=column, table=hint))
        if old is not None:
            return done(Edit("words_replace", old=old, new=new, paragraph=place))
        if place is not None and later and not moved and not to:
            return done(Edit("paragraph_replace", new=new, paragraph=place))
        return None
    if cls == "delete":
        if row:
            return done(Edit("row_delete", row=row_text, table=hint))
        if subject:
            return done(Edit("words_delete", old=q[subject[-1]], paragraph=place))
        if place is not None and re.search(r"(?:alin[ée]a|paragraphe)", pre, re.I):
            return done(Edit("paragraph_delete", paragraph=place))
        return None
    # insert
    if re.search(r"\bligne\b", post, re.I) or (row is None and re.search(r"\bligne\s+(?:suivante|nouvelle)", pre, re.I)):
        prev = re.search(r"apr[èe]s\s+la\s+ligne\s+" + _QK, s, re.I)
        cells = {q[int(a)]: q[int(b)] for a, b in _PAIR.findall(post)}
        return done(Edit("row_add", after_row=q[int(prev.group(1))] if prev else None, cells=cells, table=hint))
    if after_words or (subject and later and re.search(r"compl[ée]t[ée]", verb.group(0), re.I)):
        anchor = q[int(after_words.group(1))] if after_words else q[subject[-1]]
        new = [k for k in subject + later if q[k] != anchor]
        if not new:
            return None
        return done(Edit("words_insert", after=anchor, new=q[new[0]], paragraph=place))
    if later and re.search(r"alin[ée]a", post + pre, re.I) and not subject:
        return done(Edit("paragraph_add", new=q[later[-1]], paragraph=after_alinea))
    return None
