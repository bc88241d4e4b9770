"""An avenant written in the legislative drafting style (Guide de légistique).

Same AvenantPlan, same consolidated convention as ``conv_content.avenant`` (the
full-rewrite style), another way of writing it: a short document whose
"Article 1er" holds numbered instructions (1°, 2°, …) that edit the signed
convention in place: words replaced, deleted or inserted in a given paragraph
(alinéa) of an article, an article completed by a paragraph, a heading
replaced, a line removed from or added to a table, one cell of a table
replaced, "Les totaux sont modifiés en conséquence", annexes repealed,
replaced or added. "Article 2" is the entry into force.

The instructions are not written by hand per change: each article of the
signed convention (``conv_content.article_body`` on the signed project) is
compared with the same article of the consolidated convention (same seed, the
consolidated project), paragraph by paragraph and table by table, and every
difference becomes an instruction. Applying them to the signed convention
therefore gives the consolidated convention by construction. Quoted words are
printed as the signed convention prints them (its amount format).
"""

from __future__ import annotations

import difflib
import random
import re

from .conv_avenant_paths import legis_paths
from .conv_subitems import name as sub_name
from .conv_blocks import Block, Bullets, Heading, Money, Note, Para, TableB
from .conv_content import ARTICLES, Written, article_body, entities, parties_block
from .conv_layout import Style, format_money
from .conv_legis_forms import Forms, fem_ordinal, localise, sentence_of
from .conv_legis_struct import CHAIN_FORMS, COLUMN, SYNTHESIS, Struct, without_column
from .conv_project import AvenantPlan, Project, date_fr

ORDINALS = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
            "huitième", "neuvième", "dixième", "onzième", "douzième"]
# Tokens of a word diff: an amount with its grouped digits and unit stays one token.
_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?:[ \u00a0\u202f]?(?:M€|€|euros|EUR))?"
                    r"|\d+(?:,\d+)?[ \u00a0\u202f]?(?:M€|€|euros|EUR)|\S+")
_AMOUNT = re.compile(r"^[\d \u00a0\u202f.,]+[ \u00a0\u202f]?(?:M€|€|euros|EUR)$|^\d{1,3}(?:[\u00a0 .]\d{3})+(?:,\d+)?$")


class _Printer:
    """Text of blocks as the signed convention prints it (its amount formats)."""

    def __init__(self, style: Style):
        self.s = style

    def segs(self, segs, table: bool = False) -> str:
        out = []
        for seg in segs:
            if isinstance(seg, Money):
                out.append(format_money(seg.value, self.s.money_table if table else self.s.money_prose,
                                        "\u00a0" if table else self.s.thousands))
            elif isinstance(seg, Note):
                continue
            else:
                out.append(seg)
        return "".join(out)

    def cell(self, c) -> str:
        return self.segs([c], table=True) if c != "" else ""


def _ordinal(i: int, n: int, rng: random.Random) -> str:
    if i == n - 1 and n > 2 and rng.random() < 0.5:
        return "dernier"
    return ORDINALS[i] if i < len(ORDINALS) else f"{i + 1}e"


def _alineas(blocks: list[Block], pr: _Printer) -> list:
    """Paragraph texts (a bullet is an alinéa) and tables, in order."""
    out: list = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(pr.segs(b.segs))
        elif isinstance(b, Bullets):
            out += [pr.segs(item) for item in b.items]
        elif isinstance(b, TableB):
            out.append(b)
    return out


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _quote_unique(tokens: list[str], i: int, j: int, whole: str) -> tuple[int, int]:
    """Widen tokens[i:j] until its text occurs once in ``whole`` (the article's text); a bare
    number takes the word after it ("339" → "339 logements")."""
    if j - i == 1 and re.fullmatch(r"\(?\d+", tokens[i]) and j < len(tokens):
        j += 1
    while True:
        phrase = " ".join(tokens[i:j])
        if whole.count(phrase) <= 1 or (i == 0 and j == len(tokens)):
            return i, j
        if j < len(tokens):
            j += 1
        if whole.count(" ".join(tokens[i:j])) <= 1:
            return i, j
        if i > 0:
            i -= 1


def _disjoint_quotes(a: list[str], sm: difflib.SequenceMatcher, whole: str) -> list[tuple]:
    """The word edits of one paragraph as quotes that never overlap: each differing run is
    widened until its words occur once in the article, and runs whose widened quotes meet are
    merged into one edit (quoting « Démolition de la » then « la barre Colbert (173 » would leave
    the second quote unfindable once the first is applied). Returns (lo, hi, nlo, nhi, after):
    old tokens a[lo:hi] become new tokens b[nlo:nhi]; ``after`` marks an insertion after the
    quoted words b[nlo:nhi] being the inserted words."""
    spans: list[list] = []      # [lo, hi, first op, last op, after-form]
    ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
    for op in ops:
        tag, i1, i2, j1, j2 = op
        span = None
        if tag == "insert" and i1 > 0:
            lo, hi = _quote_unique(a, max(0, i1 - 2), i1, whole)
            if hi == i1:
                span = [lo, hi, op, op, True]
        if span is None:
            lo, hi = _quote_unique(a, i1, max(i2, i1 + 1), whole)
            span = [lo, max(hi, i2), op, op, False]
        if spans and span[0] < spans[-1][1] + (1 if spans[-1][4] or span[4] else 0):
            last = spans[-1]            # meets the previous quote: one edit over both
            last[0], last[1] = min(last[0], span[0]), max(last[1], span[1], op[2])
            last[3], last[4] = op, False
            continue
        spans.append(span)
    out = []
    for lo, hi, first, last, after in spans:
        if after:
            out.append((lo, hi, first[3], first[4], True))
            continue
        hi = max(hi, last[2])
        nlo, nhi = first[3] - (first[1] - lo), last[4] + (hi - last[2])
        out.append((lo, hi, nlo, nhi, False))
    return out


def _paired_tables(t0: list[TableB], t1: list[TableB]) -> list[tuple[TableB, TableB]]:
    """Each table of the signed article with the same table of the consolidated one:
    by caption when the tables have one (a family table emptied by the avenant is not
    printed any more, one added appears: pairing by position would edit the next
    family's table), else by position. A signed table gone from the consolidated
    version is paired with an empty copy (its lines are deleted); a table only the
    consolidated version prints cannot be told line by line (no instruction here)."""
    if not all(x.title for x in t0 + t1):
        return list(zip(t0, t1))
    by_title = {y.title: y for y in t1}
    out = []
    for x in t0:
        y = by_title.get(x.title)
        if y is None:
            y = TableB(x.title, x.header, [], header_spans=x.header_spans, widths=x.widths, wide=False)
        out.append((x, y))
    return out


def _added_tables(t0: list[TableB], t1: list[TableB]) -> list[tuple[TableB | None, TableB]]:
    """Tables only the consolidated article prints, each with the table printed before it."""
    if all(x.title for x in t0 + t1):
        titles = {x.title for x in t0}
        return [(t1[i - 1] if i else None, y) for i, y in enumerate(t1) if y.title not in titles and y.rows]
    return [(t1[i - 1] if i else None, y) for i, y in enumerate(t1) if i >= len(t0) and y.rows]


def _copy_table(t: TableB) -> TableB:
    return TableB(t.title, t.header, t.rows, header_spans=t.header_spans, row_spans=t.row_spans, widths=t.widths,
                  wide=False, total_rows=t.total_rows)


class LegisWriter:
    def __init__(self, p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style,
                 rng: random.Random, struct: Struct | None = None):
        self.p, self.p2, self.plan, self.w, self.seed = p, p2, plan, w, seed
        self.pr = _Printer(style0)
        self.rng = rng
        self.items: list[list] = []          # each instruction: list of segments / blocks after it
        self.extra: list[list[Block]] = []   # blocks printed right after instruction k (a one-row table)
        self.amendments: list[dict] = []
        self.f = Forms.draw(seed)
        self.r2 = random.Random(f"{seed}:legis2:draws")
        self.groups: list[str | None] = []   # the article an instruction may be grouped under
        self.struct = struct or Struct()
        self.r3 = random.Random(f"{seed}:legis3:draws")
        self.r_sub = random.Random(f"{seed}:subitems:names")

    def art(self, num: str) -> str:
        return f"l'article {num}{self.f.conv_ref}"

    def add(self, text: str, target: str, kind: str = "article", action: str = "replace",
            new_heading: str | None = None, after: list[Block] | None = None, group: bool = True) -> None:
        self.items.append([text])
        self.extra.append(after or [])
        self.groups.append(target if group and kind == "article" else None)
        self.amendments.append({"target": target, "target_kind": kind, "action": action,
                                "new_heading": new_heading, "placeholder": False, "section": "1"})

    def sub(self, text: str, num: str, old=None, new=None) -> str:
        """``text`` naming a lettered sub-item of article 4.1 by its path ("Le c) du 2° de l'article 4.1 est
        abrogé", conv_subitems) when the convention prints them; unchanged otherwise."""
        if num != "4.1" or not getattr(self.w, "sub_marks", None):
            return text
        return sub_name(text, self.art(num), old, new, self.r_sub)

    # --- prose -------------------------------------------------------------------------
    def prose(self, num: str, before: list[str], after: list[str]) -> None:
        whole = "\n".join(before)
        art, cap = self.art(num), "L'" + self.art(num)[2:]
        sm = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        shift = 0        # alinéas inserted minus deleted by the instructions written so far (read in order)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            cur = len(before) + shift
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    if self.r2.random() < self.f.whole_alinea:
                        # the paragraph rewritten whole
                        self.add(self.sub(f"Le {_ordinal(i1 + k + shift, cur, self.rng)} alinéa de {art} est "
                                          + self.r2.choice(["ainsi rédigé", "remplacé par un alinéa ainsi rédigé"])
                                          + f" : « {after[j1 + k]} »", num, (before, i1 + k), (after, j1 + k)), num)
                        continue
                    self.words(num, i1 + k + shift, cur, before[i1 + k], after[j1 + k], whole,
                               at=((before, i1 + k), (after, j1 + k)))
                continue
            for k in range(i1, i2):
                if self.r2.random() < 0.5:
                    self.add(self.sub(f"Le {_ordinal(k + shift, len(before) + shift, self.rng)} alinéa de {art} "
                                      f"est supprimé.", num, (before, k), (after, -1)), num)
                else:
                    self.add(f"À {art}, les mots « {before[k].rstrip(' ;.')} » sont supprimés.", num)
                shift -= 1
            for m, k in enumerate(range(j1, j2)):
                new = after[k]
                if i2 >= len(before):
                    form = self.rng.choice([f"{cap} est complété par un alinéa ainsi rédigé : « {new} »",
                                            f"{cap} est complété par un alinéa ainsi rédigé : « {new} »",
                                            f"Après le dernier alinéa de {art}, il est inséré un alinéa "
                                            f"ainsi rédigé : « {new} »"])
                else:
                    pos = i1 - 1 + shift if i1 > 0 else i2 - 1
                    form = (f"Après le {_ordinal(pos, len(before) + shift, self.rng)} alinéa de {art}, "
                            f"il est inséré un alinéa ainsi rédigé : « {new} »")
                self.add(self.sub(form, num, None, (after, k)), num)
                shift += 1

    def add_at(self, at, text: str, num: str) -> None:
        self.add(self.sub(text, num, *at) if at else text, num)

    def words(self, num: str, idx: int, n: int, old: str, new: str, whole: str, at=None) -> None:
        a, b = _tokens(old), _tokens(new)
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        art = self.art(num)
        alinea = _ordinal(idx, n, self.rng)
        where = (f"Au {alinea} alinéa de {art}" if self.rng.random() < 0.75 else f"À {art}")
        if self.struct.plural:
            where = f"À {art}"      # the same words edited in two articles: one instruction names both
        for lo, hi, nlo, nhi, after in _disjoint_quotes(a, sm, whole):
            old_q, new_q = " ".join(a[lo:hi]), " ".join(b[nlo:nhi])
            here = where
            sent = sentence_of(old, old_q) if self.r2.random() < self.f.phrase and not self.struct.plural else None
            if sent is not None:
                here = f"À la {fem_ordinal(sent[0], sent[1], self.r2)} phrase du {alinea} alinéa de {art}"
            if after:
                forms = [f"{here}, après les mots « {old_q} », sont insérés les mots « {new_q} ».",
                         f"{here}, après les mots « {old_q} », sont ajoutés les mots « {new_q} »."]
                self.add_at(at, forms[0] if self.struct.plural else self.r2.choice(forms), num)
            elif not new_q:
                self.add_at(at, f"{here}, les mots « {old_q} » sont supprimés.", num)
            elif _AMOUNT.match(old_q) and _AMOUNT.match(new_q):
                self.add_at(at, self.r2.choice([f"{here}, le montant « {old_q} » est remplacé par le montant « {new_q} ».",
                                         f"{here}, la somme de « {old_q} » est remplacée par la somme de « {new_q} ».",
                                         f"{here}, le montant « {old_q} » est remplacé par « {new_q} »."]), num)
            elif self.struct.plural:
                # one form, so the same edit of two articles reads the same (merge_plural)
                self.add_at(at, f"{here}, les mots « {old_q} » sont remplacés par les mots « {new_q} ».", num)
            else:
                self.add_at(at, self.r2.choice([f"{here}, les mots « {old_q} » sont remplacés par les mots « {new_q} ».",
                                         f"{here}, les mots « {old_q} » sont remplacés par les mots « {new_q} ».",
                                         f"{here}, les mots « {old_q} » sont remplacés par « {new_q} »."]), num)

    # --- tables --------------------------------------------------------------------------
    def table(self, num: str, t0: TableB, t1: TableB, name: str, subj: str) -> None:
        """Line by line; ``name`` places an edit ("Au tableau … de l'article 8.1"), ``subj`` is the
        table as a subject ("Le tableau … de l'article 8.1")."""
        pr = self.pr
        cells0 = [[pr.cell(c) for c in r] for r in t0.rows]
        cells1 = [[pr.cell(c) for c in r] for r in t1.rows]
        header = [pr.cell(c) for c in t1.header[-1]]
        for k, h in enumerate(header):        # a merged two-row header: the upper label where the lower is empty
            if not h:
                header[k] = next((pr.cell(r[k]) for r in reversed(t1.header) if pr.cell(r[k])), f"colonne {k + 1}")
        total_col = len(header) - 1 if header[-1] == "Total" else None
        tot0, tot1 = set(t0.total_rows), set(t1.total_rows)
        keys0 = {r[0]: i for i, r in enumerate(cells0) if i not in tot0}
        keys1 = {r[0]: i for i, r in enumerate(cells1) if i not in tot1}
        totals = False
        for k, i in keys0.items():
            if k not in keys1:
                self.add(f"{name}, la ligne « {k} » est supprimée.", num)
        for k, j in keys1.items():
            if k in keys0:
                continue
            row = cells1[j]
            prev = cells1[j - 1][0] if j > 0 and (j - 1) not in tot1 else None
            last = j + 1 >= len(cells1) or (j + 1) in tot1
            where = (f"{name}, est ajoutée" if last and self.rng.random() < 0.5 or prev is None
                     else f"{name}, après la ligne « {prev} », est insérée")
            if last and self.r2.random() < self.f.row_complete:
                one = TableB("", t1.header, [t1.rows[j]], header_spans=t1.header_spans, widths=t1.widths,
                             wide=False)
                self.add(f"{subj} est complété par une ligne ainsi rédigée :", num, after=[one])
            elif self.rng.random() < 0.5:
                pairs = " ; ".join(f"« {h} » : « {v} »" for h, v in zip(header, row) if v)
                self.add(f"{where} une ligne ainsi renseignée : {pairs}.", num)
            else:
                one = TableB("", t1.header, [t1.rows[j]], header_spans=t1.header_spans, widths=t1.widths,
                             wide=False)
                self.add(f"{where} la ligne suivante :", num, after=[one])
            if total_col is not None:
                totals = True
        for k, i in keys0.items():
            j = keys1.get(k)
            if j is None:
                continue
            for c, (x, y) in enumerate(zip(cells0[i], cells1[j])):
                if x == y:
                    continue
                if c == total_col:
                    totals = True
                    continue
                self.cell(num, name, k, header[c], x, y, cells0[i])
        if any(cells0[i] != cells1[j] for i, j in zip(sorted(tot0), sorted(tot1))):
            totals = True
        if totals:
            self.add(self.rng.choice(["Les totaux sont modifiés en conséquence.",
                                      f"Les totaux du tableau de {self.art(num)} sont modifiés en conséquence."]),
                     num)

    def cell(self, num: str, name: str, row: str, col: str, old: str, new: str, cells: list[str]) -> None:
        ambiguous = sum(1 for c in cells if old in c) > 1
        colpart = f" et à la colonne « {col} »" if ambiguous or self.rng.random() < 0.5 else ""
        of = re.sub(r"^(?:Au|Dans le)\s+", "du ", name)
        lead = self.rng.choice([f"{name}, à la ligne « {row} »{colpart}", f"À la ligne « {row} »{colpart} {of}"])
        if self.r2.random() < self.f.intersection:
            lead = f"{name}, à l'intersection de la ligne « {row} » et de la colonne « {col} »"
        if _AMOUNT.match(old) and _AMOUNT.match(new):
            self.add(f"{lead}, le montant « {old} » est remplacé par « {new} ».", num)
            return
        if old in ("–", "") or new in ("–", ""):
            self.add(f"{lead}, la mention « {old or '–'} » est remplacée par « {new or '–'} ».", num)
            return
        a, b = _tokens(old), _tokens(new)
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
        if len(ops) == 1 and ops[0][0] == "replace" and len(a) > 2:
            _, i1, i2, j1, j2 = ops[0]
            if i2 - i1 == 1 and re.fullmatch(r"\(?\d+", a[i1]) and i2 < len(a):
                i2, j2 = i2 + 1, j2 + 1
            self.add(f"{lead}, les mots « {' '.join(a[i1:i2])} » sont remplacés par les mots "
                     f"« {' '.join(b[j1:j2])} ».", num)
            return
        self.add(f"{lead}, les mots « {old} » sont remplacés par les mots « {new} ».", num)

    # --- one article ---------------------------------------------------------------------
    def article(self, num: str) -> None:
        w, seed = self.w, self.seed
        if num in ("4.2", "8.2") and random.Random(f"{seed}:opt{num}").random() < 0.3:
            return
        st = self.struct
        if num == st.repealed:
            self.add(f"L'{self.art(num)[2:]} est {st.repeal_word}.", num, action="repeal", group=False)
            return
        b0 = st.body(num, article_body(self.p, w, num, random.Random(f"{seed}:{num}"), None), False)
        b1 = st.body(num, article_body(self.p2, w, num, random.Random(f"{seed}:{num}"), self.plan), True)
        renamed = self.plan.renamed and self.plan.renamed[0] == num
        if renamed:
            new = self.plan.renamed[2]
            art = self.art(num)
            form = self.rng.choice([f"L'intitulé de {art} est remplacé par l'intitulé suivant : « {new} ».",
                                    f"Le titre de {art} est ainsi rédigé : « {new} ».",
                                    f"L'intitulé de {art} est remplacé par « {new} »."])
            if self.r3.random() < 0.4:
                form = f"L'intitulé de {art} est ainsi rédigé : « {new} »."
            self.add(form, num, action="rename", new_heading=new, group=False)
        column = None
        if num == "4.1" and st.column:
            # the column first deleted, or added last (with the consolidated figures); the lines between
            t_with = next(b for b in (b0 if st.column == "delete" else b1) if isinstance(b, TableB) and b.title == SYNTHESIS)
            b0 = [without_column(b) if isinstance(b, TableB) else b for b in b0]
            b1 = [without_column(b) if isinstance(b, TableB) else b for b in b1]
            column = t_with
            if st.column == "delete":
                self.add(self.r3.choice([f"Au tableau de {self.art(num)}, la colonne « {COLUMN} » est supprimée.",
                                         f"La colonne « {COLUMN} » du tableau de {self.art(num)} est supprimée."]),
                         num)
        self.article_text(num, b0, b1, renamed)
        if column is not None and st.column == "add":
            pairs = " ; ".join(f"« {self.pr.cell(r[0])} » : « {self.pr.cell(r[-1])} »" for r in column.rows)
            self.add(self.r3.choice([f"Au tableau de {self.art(num)}, il est ajouté une colonne « {COLUMN} » ainsi "
                                     f"renseignée : {pairs}.",
                                     f"Le tableau de {self.art(num)} est complété par une colonne « {COLUMN} » "
                                     f"ainsi renseignée : {pairs}."]), num)
        if st.inserted and num == st.inserted[0] and not st.chain:
            self.insert_article()

    def insert_article(self) -> None:
        """The new article after the one it follows (and its sub-articles): announced, then its
        heading and text; a renumbering first makes room for it."""
        st = self.struct
        after, number, heading, paras = st.inserted
        if st.chain:
            self.renumber_chain()
        if st.renumbered:
            old, new = st.renumbered
            self.add(self.r3.choice([f"L'{self.art(old)[2:]} devient l'article {new}.",
                                     f"L'{self.art(old)[2:]} est renuméroté article {new}."]),
                     old, action="rename", group=False)
        art = self.art(after)
        forms = [f"Après {art}, il est inséré un article {number} ainsi rédigé :",
                 f"Il est inséré, après {art}, un article {number} « {heading} » ainsi rédigé :",
                 f"Après {art}, il est inséré un article {number} intitulé « {heading} » et ainsi rédigé :"]
        self.add(forms[st.insert_form], number, action="insert", new_heading=heading, group=False)
        if st.insert_form == 0:
            self.items[-1].append(Heading("article", number, heading, 2))
        self.items[-1] += [Para([t]) for t in paras]

    def renumber_chain(self) -> None:
        """"Les articles 11 à 13 deviennent respectivement les articles 12 à 14." (or a list, or one
        instruction per article): each article renumbered is one gold amendment."""
        chain, ref = self.struct.chain, self.f.conv_ref
        form = CHAIN_FORMS[self.struct.chain_form] if len(chain) > 1 else "each_desc"
        olds, news = [o for o, _ in chain], [n for _, n in chain]

        def listed(xs: list[str]) -> str:
            return ", ".join(xs[:-1]) + " et " + xs[-1]
        if form.startswith("each"):
            for old, new in (reversed(chain) if form == "each_desc" else chain):
                self.add(f"L'{self.art(old)[2:]} devient l'article {new}.", old, action="rename", group=False)
            return
        if form.startswith("range") and len(chain) == 2:
            form = "list"            # "Les articles 12 et 13 …", never "12 à 13"
        if form == "range":
            text = f"Les articles {olds[0]} à {olds[-1]}{ref} deviennent respectivement les articles {news[0]} à {news[-1]}."
        elif form == "range_renumbered":
            text = f"Les articles {olds[0]} à {olds[-1]}{ref} sont renumérotés {news[0]} à {news[-1]}."
        else:
            text = f"Les articles {listed(olds)}{ref} deviennent respectivement les articles {listed(news)}."
        self.add(text, olds[0], action="rename", group=False)
        for old in olds[1:]:
            self.amendments.append({"target": old, "target_kind": "article", "action": "rename",
                                    "new_heading": None, "placeholder": False, "section": "1"})

    def merge_plural(self) -> None:
        """Instructions "À l'article X, <edit>", "À l'article Y, <the same edit>", … become one "Aux
        articles X, Y et Z, <edit>" (every gold amendment stays: the instruction names each target)."""
        rx = re.compile(r"^À l'article (\S+)" + re.escape(self.f.conv_ref) + r", (.+)$")
        same: dict[str, list[tuple[int, str]]] = {}
        for k, it in enumerate(self.items):
            m = rx.match(it[0]) if len(it) == 1 and not self.extra[k] else None
            if m:
                same.setdefault(m.group(2), []).append((k, m.group(1)))
        drop = []
        for rest, hits in same.items():
            if len(hits) < 2:
                continue
            nums = [n for _, n in hits]
            k0 = hits[0][0]
            self.items[k0][0] = f"Aux articles {', '.join(nums[:-1])} et {nums[-1]}{self.f.conv_ref}, {rest}"
            self.groups[k0] = None
            drop += [k for k, _ in hits[1:]]
        for k in sorted(drop, reverse=True):
            for lst in (self.items, self.extra, self.groups):
                del lst[k]

    def article_text(self, num: str, b0: list[Block], b1: list[Block], renamed) -> None:
        a0, a1 = _alineas(b0, self.pr), _alineas(b1, self.pr)
        if a0 == a1:
            return
        p0 = [x for x in a0 if isinstance(x, str)]
        p1 = [x for x in a1 if isinstance(x, str)]
        if renamed and p0 != p1:
            # the whole text is new: the article is redrafted (its heading was replaced above)
            self.add(f"Le texte de {self.art(num)} est remplacé par les dispositions suivantes :", num, group=False)
            self.items[-1] += [Para([x]) for x in p1]
            return
        self.prose(num, p0, p1)
        t0 = [x for x in a0 if isinstance(x, TableB)]
        t1 = [x for x in a1 if isinstance(x, TableB)]
        art = self.art(num)
        for k, (x, y) in enumerate(_paired_tables(t0, t1)):
            if x.rows == y.rows:
                continue
            if len(t0) == 1:
                name, subj = f"Au tableau de {art}", f"Le tableau de {art}"
            elif x.title and self.rng.random() < 0.6:
                name, subj = f"Au tableau « {x.title} » de {art}", f"Le tableau « {x.title} » de {art}"
            else:
                name, subj = f"Au {ORDINALS[k]} tableau de {art}", f"Le {ORDINALS[k]} tableau de {art}"
            if num == "9" and k == 0 and self.rng.random() < 0.5:
                name = f"Dans le tableau financier de {art}"
            if x.title and len(t0) > 1 and self.r2.random() < self.f.title_only:
                name, subj = f"Dans le tableau « {x.title} »", f"Le tableau « {x.title} »"
            if y.rows and self.r2.random() < self.f.whole_table:
                # the table reprinted whole (its totals with it)
                self.add(f"{subj} est remplacé par le tableau suivant :", num, after=[_copy_table(y)])
                continue
            self.table(num, x, y, name, subj)
        for prev, y in _added_tables(t0, t1):
            # a table only the consolidated article prints (a family's first operation)
            if prev is not None and prev.title and y.title and self.r2.random() < 0.5:
                form = f"Après le tableau « {prev.title} » de {art}, il est inséré un tableau ainsi rédigé :"
            else:
                form = f"L'{art[2:]} est complété par un tableau ainsi rédigé :"
            self.add(form, num, after=[_copy_table(y)])

    # --- annexes -------------------------------------------------------------------------
    def annexes(self) -> None:
        plan = self.plan
        c2 = plan.replaced_annex
        self.add(self.rng.choice([f"L'annexe {c2[0]} est remplacée par l'annexe jointe au présent avenant.",
                                  f"L'annexe {c2[0]} « {c2[1]} » est remplacée par l'annexe {c2[0]} jointe au "
                                  f"présent avenant.",
                                  f"L'annexe {c2[0]} « {c2[1]} » est remplacée par l'annexe jointe au présent "
                                  f"avenant."]), c2[0], "annexe", "replace")
        if plan.added_annex:
            a = plan.added_annex
            self.add(self.r2.choice([f"Après l'annexe {plan.repealed_annex[0]}, il est inséré une annexe {a[0]} "
                                     f"« {a[1]} » jointe au présent avenant.",
                                     f"L'annexe {a[0]} « {a[1]} » est ajoutée.",
                                     f"Une annexe {a[0]} « {a[1]} », jointe au présent avenant, est ajoutée à la "
                                     f"convention.",
                                     f"Est ajoutée une annexe {a[0]} « {a[1]} »."]), a[0], "annexe", "insert")
        r = plan.repealed_annex
        self.add(self.rng.choice([f"L'annexe {r[0]} est abrogée.", f"L'annexe {r[0]} « {r[1]} » est abrogée.",
                                  f"L'annexe {r[0]} « {r[1]} » est supprimée."]),
                 r[0], "annexe", "repeal")


_TITLES = {"n": "Avenant n°{n} à la convention pluriannuelle de renouvellement urbain",
           "caps": "AVENANT N° {n} À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN",
           "technique": "Avenant technique à la convention pluriannuelle de renouvellement urbain",
           "simplification": "Avenant de simplification à la convention pluriannuelle de renouvellement urbain"}


def _preamble(p: Project, plan: AvenantPlan, w, forms) -> list[Block]:
    b: list[Block] = []
    if forms.preamble == "expose":
        b.append(Heading("plain", None, "Exposé des motifs", 1))
        b.append(Para([f"La convention pluriannuelle de renouvellement urbain de la {p.agglo} (n°{p.number}) a été "
                       f"signée le {date_fr(p.signature_date, w.date_form)}. Le comité d'engagement de l'ANRU du "
                       f"{date_fr(plan.ce_date, w.date_form)} a validé l'évolution de son programme. Le présent "
                       f"avenant en tire les conséquences."]))
        return b
    b.append(Para(["Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au nouveau "
                   "programme national de renouvellement urbain (RGA NPNRU),"]))
    b.append(Para([f"Vu la convention pluriannuelle de renouvellement urbain de la {p.agglo} (n°{p.number}) "
                   f"signée le {date_fr(p.signature_date, w.date_form)},"]))
    b.append(Para([f"Vu l'avis du comité d'engagement de l'ANRU du {date_fr(plan.ce_date, w.date_form)},"]))
    if forms.preamble == "considerant":
        b.append(Para(["Considérant que l'évolution du programme de renouvellement urbain nécessite d'adapter "
                       "les opérations et leur plan de financement,"]))
        b.append(Para(["Considérant qu'il convient de mettre à jour les annexes de la convention,"]))
    return b


def _numbered(lw: LegisWriter) -> list[tuple[str | None, list]]:
    """Instructions in groups: (article of the group or None, [(text, rest, extra), …])."""
    out: list[tuple[str | None, list]] = []
    by_article = lw.f.grouped or lw.f.numbering == "articles"
    for text, rest, extra, group in zip((i[0] for i in lw.items), (i[1:] for i in lw.items), lw.extra, lw.groups):
        if by_article and group is not None and out and out[-1][0] == group:
            out[-1][1].append((text, rest, extra))
        else:
            out.append((group if by_article else None, [(text, rest, extra)]))
    return out


def _body(lw: LegisWriter) -> list[Block]:
    """The instructions as the drawn numbering and grouping print them."""
    f = lw.f
    b: list[Block] = []
    groups = _numbered(lw)
    for k, (num, items) in enumerate(groups, start=1):
        if f.numbering == "articles":
            head = f"Modification de l'article {num}" if num else "Modification de la convention"
            b.append(Heading("article", str(k), head, 1))
            mark = ""
        else:
            mark = f.mark(k)
        if num is not None and len(items) > 1 and f.grouped:
            art = lw.art(num)
            b.append(Para([f"{mark}L'{art[2:]} est ainsi modifié :"]))
            for m, (text, rest, extra) in enumerate(items, start=1):
                b.append(Para([f"{f.sub_mark(m)}{localise(text, art)}"]))
                b.extend(rest)
                b.extend(extra)
            continue
        for m, (text, rest, extra) in enumerate(items, start=1):
            if f.numbering == "articles" and len(items) > 1:
                mark = f"{m}° "
            b.append(Para([f"{mark}{text}"]))
            b.extend(rest)
            b.extend(extra)
    return b


def avenant_legis(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style,
                  struct: Struct | None = None) -> Written:
    rng = random.Random(f"{seed}:legis")
    n = p.avenant_number
    lw = LegisWriter(p, p2, plan, w, seed, style0, rng, struct)
    for num in ARTICLES:
        lw.article(num)
    if lw.struct.plural:
        lw.merge_plural()
    if lw.struct.chain:
        # a chain last: the instructions before it name the articles by their signed numbers
        lw.insert_article()
    lw.annexes()
    f = lw.f
    b: list[Block] = []
    b.append(Para([_TITLES[f.title].format(n=n)], align="center", bold=True, big=True))
    b.append(Para([f"de la {p.agglo} (n° {p.number})"], align="center", bold=True))
    b += _preamble(p, plan, w, f)
    b += parties_block(p2, w, avenant=True)
    if f.numbering == "articles":
        b += _body(lw)
        last = str(len(_numbered(lw)) + 1)
    else:
        b.append(Heading("article", "1", "Modifications de la convention pluriannuelle", 1))
        b.append(Para(["La convention pluriannuelle de renouvellement urbain susvisée est ainsi modifiée :"]))
        b += _body(lw)
        last = "2"
    b.append(Heading("article", last, "Entrée en vigueur", 1))
    b.append(Para(["Le présent avenant entre en vigueur à la date de sa signature par la dernière des Parties. "
                   "Les autres stipulations de la convention pluriannuelle demeurent inchangées."]))
    b.append(Para([f"Fait à {p.communes[0]}, le {date_fr(plan.date, w.date_form)}"]))
    b.append(Para([f"Pour la {p.agglo}, le Président, {p.president}"]))
    for bl in p2.bailleurs:
        b.append(Para([f"Pour {bl.name}, {bl.signatory}"]))
    # a sub-article named as its article's division ("Au deuxième alinéa du 1 de l'article 4"), as codified law
    # names it: drawn on a stream of its own (conv_avenant_paths), so every other draw keeps its value
    b = legis_paths(b, seed)
    return Written(b, amendments=lw.amendments, entities=entities(p2))
