"""generator2 kind "convention": an NPNRU convention, its avenant n°1 and the
consolidated convention (three DOCX files per seed), with gold by construction.

Content (conv_project, conv_content) and layout (conv_layout, conv_docx) are
drawn from the seed; each of the three documents gets its own layout. The gold
of each sample holds its part (sections, tables, amounts, entities, operations,
amendments, parties) and, for the avenant and the consolidated convention, the
changes from the signed convention (corpora/heldout/gold/changes_*.json style)
for the diff scoring to come. Pages are not known when the DOCX is written:
`locate` finds each amount's page in the converted PDF (pdfplumber, walking
forward through the compacted page texts; an amount found nowhere, broken
inside by LibreOffice, is left out of the amount fields); headings and tables
are scored without pages."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

from convention_parser.evaluate.score import (FieldScore, compare, compare_fuzzy, norm,
                                              numbered_levels, score_amendments, score_entities,
                                              score_operations, similar)
from convention_parser.evaluate.score import spread_cells as _cells  # the records' convention: merged cells spread
from convention_parser.records import part_from_dict

from . import (conv_avenant_refs, conv_subitems, conv_variants, conv_variants2, conv_variants3, conv_variants4, conv_variants5, conv_variants6,
               conv_variants7, conv_variants8, conv_variants9)
from .conv_blocks import TableB
from .conv_content import ARTICLES, FAMILY_PHRASE, Wording, article_body, avenant, convention, family_title, has_article, party_names, synthesis_41
from .conv_docx import Renderer
from .conv_docx10 import Renderer10
from .conv_variants10 import Layout10, Triple10
from .conv_html9 import HtmlRenderer
from .conv_avenant_styles3 import STYLES as STYLES3
from .conv_avenant_styles3 import avenant_style3
from .conv_avenant_styles4 import STYLES as STYLES4
from .conv_avenant_styles4 import avenant_style4
from .conv_avenant_styles5 import STYLES as STYLES5
from .conv_avenant_styles5 import avenant_style5
from .conv_avenant_styles6 import STYLES as STYLES6
from .conv_avenant_styles6 import avenant_style6
from .conv_avenant_styles7 import STYLES as STYLES7
from .conv_avenant_styles7 import avenant_style7
from .conv_avenant_styles8 import STYLES as STYLES8
from .conv_avenant_styles8 import avenant_style8
from .conv_avenant_styles9 import STYLES as STYLES9
from .conv_avenant_styles9 import avenant_style9
from .conv_avenant_styles10 import STYLES as STYLES10
from .conv_avenant_styles10 import avenant_style10, with_number
from .conv_avenant_paths import Bis
from .conv_legis import avenant_legis
from .conv_legis_struct import Struct, term_articles
from .conv_layout import Style
from .conv_project import AvenantPlan, Operation, Project, consolidate, draw_avenant, draw_project
from .sample import Sample

KIND = "convention"
TABLE_MATCH_MIN = 0.5   # share of a gold table's cells a parsed table must hold to be "the same table"


# --- build ----------------------------------------------------------------------------

def _op_gold(o: Operation) -> dict:
    return {"type": o.type, "name": o.name, "commune": o.commune, "maitre_ouvrage": o.maitre_ouvrage,
            "logements": o.logements, "amount": o.amount, "idtop": o.idtop, "libelle": o.libelle,
            "quartier": o.quartier}


def _render(written, style: Style, seed: int, header: str, path: Path, extra=None, extra3=None,
            extra4=None, extra5=None, extra6=None, extra7=None, extra8=None) -> dict:
    r = Renderer(style, random.Random(seed), header, extra, extra3, extra4, extra5, extra6, extra7, extra8)
    r.render(written.blocks)
    r.save(path)
    return r.gold()


LEGIS_SHARE = 0.4   # share of avenants written in the legislative drafting style (conv_legis.py)
STYLES3_SHARE = 0.3  # share of the other avenants written in a style of conv_avenant_styles3.py
STYLES5_SHARE = 0.3  # share of the remaining full rewrites written in a style of conv_avenant_styles5.py


def avenant_style(seed: int, forced: str | None = None) -> str:
    """'full' (the ANRU model's full rewrites), 'legislative' (numbered in-place edits) or a style of
    conv_avenant_styles3 ('lettre', 'tableau'): drawn
    from its own stream, so adding the choice changed no other draw of a seed. The styles of
    conv_avenant_styles4 ('erratum', 'remplacement', 'synthese'), conv_avenant_styles6 ('objet',
    'fiches', 'avantapres'), conv_avenant_styles7 ('ordinal', 'fichestab') and conv_avenant_styles8 ('mixte')
    and conv_avenant_styles9 ('marques') and conv_avenant_styles10 ('theme') are only ever forced (never drawn).
    The styles of conv_avenant_styles5 ('narratif', 'puces') take a share of the full rewrites, from
    a stream of their own (a legislative, letter or comparison-table draw stays what it was)."""
    if forced:
        return forced
    if random.Random(f"{seed}:avenant-style").random() < LEGIS_SHARE:
        return "legislative"
    # the third family of styles has its own stream: a legislative draw stays legislative
    r = random.Random(f"{seed}:avenant-style3")
    if r.random() < STYLES3_SHARE:
        return r.choice(STYLES3)
    r5 = random.Random(f"{seed}:avenant-style5")
    return r5.choice(STYLES5) if r5.random() < STYLES5_SHARE else "full"


def build(seed: int, workdir: Path, style: str | None = None, variants: bool = True,
          layout_set: int = 1, chains: bool = False, sub_items: bool = False) -> list[Sample]:
    """The triple of ``seed``. ``style`` forces the avenant's drafting style; ``variants``
    False leaves out the drafting variants of conv_variants (the layout a seed had before
    them: the pinned-seed floors were measured on it); ``layout_set`` 2 adds the layout and
    naming families of conv_variants2 (their own stream: set 1 documents are unchanged);
    ``chains`` lets a legislative avenant renumber a run of articles after the one it inserts
    (conv_legis_struct.Struct.chain; off, every seed's documents are as before); ``sub_items`` lets a
    legislative triple print article 4.1's operations as items and lettered sub-items its avenant names by
    their paths (conv_subitems, own stream; off, every seed's documents are as before)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    p = draw_project(rng)
    plan = draw_avenant(rng, p)
    if variants:
        conv_variants.new_bailleur(seed, p, plan)
    civil = conv_variants2.names(seed, p, plan) if layout_set == 2 else {}
    p2 = consolidate(p, plan, random.Random(f"{seed}:consolidate"))
    w = Wording.draw(rng)
    if variants:
        w = dataclasses.replace(w, **conv_variants.draw(seed))
    t3 = conv_variants3.Triple3.draw(seed) if layout_set == 3 else None
    if t3 is not None and t3.short_dates:
        w = dataclasses.replace(w, date_form="slash_short")
    t4 = conv_variants4.Triple4.draw(seed) if layout_set == 4 else None
    if t4 is not None:
        w = dataclasses.replace(w, **t4.wording(p, p2))
    t5 = conv_variants5.Triple5.draw(seed) if layout_set == 5 else None
    t6 = conv_variants6.Triple6.draw(seed) if layout_set == 6 else None
    t7 = conv_variants7.Triple7.draw(seed) if layout_set == 7 else None
    if t6 is not None:
        w = dataclasses.replace(w, **t6.wording(p, p2))
    styles = [Style.draw(rng) for _ in range(3)]
    if rng.random() < 0.5:          # the consolidated version often keeps the signed one's template
        styles[2] = styles[0]
    names = [f"convention-{seed}-signed", f"convention-{seed}-avenant", f"convention-{seed}-consolidated"]
    drafting = avenant_style(seed, style)
    if drafting in STYLES10:
        # a later avenant (n°2 to 4): its title, header and citations name the earlier ones
        p = with_number(p, seed)
    if drafting == "ordinal":
        # article 4.1's operations as numbered items, for the avenant to name them by their marks (own stream)
        w = dataclasses.replace(w, item_marks=conv_avenant_refs.item_marks(seed, p, p2))
    if drafting == "legislative" and sub_items:
        # article 4.1's operations as items by family and lettered sub-items, for the avenant to name them by
        # their paths ("Le c) du 2° de l'article 4.1 est abrogé"; own stream: a triple drawing none is unchanged)
        w = dataclasses.replace(w, sub_marks=conv_subitems.sub_marks(seed, p, p2))
    if drafting != "full" and styles[1].two_columns_article == "1":
        # the instruction list of a short avenant (its article 1) is not set in two columns
        styles[1] = dataclasses.replace(styles[1], two_columns_article=None)
    # structural edits (an article repealed, inserted, renumbered, a column, …): legislative avenants only
    struct = Struct.draw(seed, chains) if drafting == "legislative" else None
    if struct is not None and struct.term:
        printed = {num: " ".join(_texts(article_body(p, w, num, random.Random(f"{seed}:{num}"), None), []))
                   for num in ARTICLES if has_article(seed, num)}
        struct.term_in = term_articles(struct, printed)
    # The avenant quotes the convention's text as the convention prints it: layout set 7's
    # "€ TTC" (every version's prose) is in its quotes too.
    quoted = dataclasses.replace(styles[0], money_prose="eur_ttc") if t7 is not None and t7.ttc else styles[0]
    if drafting == "legislative":
        written_av = avenant_legis(p, p2, plan, w, seed, quoted, struct)
    elif drafting in STYLES3:
        written_av = avenant_style3(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES4:
        written_av = avenant_style4(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES5:
        written_av = avenant_style5(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES6:
        written_av = avenant_style6(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES7:
        written_av = avenant_style7(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES8:
        written_av = avenant_style8(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES9:
        written_av = avenant_style9(p, p2, plan, w, seed, quoted, drafting)
    elif drafting in STYLES10:
        written_av = avenant_style10(p, p2, plan, w, seed, quoted, drafting)
    else:
        written_av = avenant(p, p2, plan, w, seed)
    docs = [convention(p, w, seed, struct=struct), written_av, convention(p2, w, seed, plan, struct=struct)]
    bis = Bis.draw(seed, lambda num: has_article(seed, num)) if drafting in STYLES10 else None
    if bis is not None:
        # the theme avenant amends an article an earlier avenant inserted ("7.2 bis"): both versions print it
        docs[0] = dataclasses.replace(docs[0], blocks=bis.blocks(docs[0].blocks, False))
        docs[2] = dataclasses.replace(docs[2], blocks=bis.blocks(docs[2].blocks, True))
    headers = [f"Convention pluriannuelle NPNRU – {p.agglo}",
               f"Avenant n°{p.avenant_number} – Convention NPNRU {p.number}",
               f"Convention NPNRU {p.number} – version consolidée"]
    projects = [p, p2, p2]
    if t3 is not None:
        replaced = plan.replaced_annex[0] if plan.replaced_annex else None
        # the consolidated version's article numbers as the signed one prints them (a renumbering chain)
        signed_number = ({n: o for o, n in struct.chain} | {struct.inserted[1]: ""}
                         if struct is not None and struct.chain else {})
        docs = [dataclasses.replace(d, blocks=conv_variants3.apply_triple(
                    d.blocks, t3, seed, projects[i], "avenant" if i == 1 else "convention",
                    replaced if i == 2 else None, signed_number if i == 2 else None))
                for i, d in enumerate(docs)]
    if t6 is not None:
        docs = [dataclasses.replace(d, blocks=conv_variants6.apply_triple(d.blocks, t6)) for d in docs]
    t10 = Triple10.draw(seed) if layout_set == 10 else None
    if t10 is not None:
        # layout set 10: the encadrés of both versions of the convention (the avenant has none)
        docs = [d if i == 1 else dataclasses.replace(d, blocks=t10.apply(d.blocks)) for i, d in enumerate(docs)]
    if t4 is not None:
        replaced = plan.replaced_annex[0] if plan.replaced_annex else None
        docs = [dataclasses.replace(d, blocks=conv_variants4.apply_triple(
                    d.blocks, t4, projects[i], "avenant" if i == 1 else "convention",
                    replaced if i == 2 else None, p.avenant_number))
                for i, d in enumerate(docs)]
    samples = []
    for i, (name, written, style) in enumerate(zip(names, docs, styles)):
        path = workdir / f"{name}.{'html' if layout_set == 9 else 'docx'}"
        extra = conv_variants2.Layout2.draw(seed, i) if layout_set == 2 else None
        extra3 = conv_variants3.Layout3.draw(seed, i) if layout_set == 3 else None
        if extra3 is not None:
            written = dataclasses.replace(written, blocks=conv_variants3.apply_layout(written.blocks, extra3))
        extra4 = None
        if layout_set == 4:
            drawn4 = conv_variants4.Layout4.draw(seed, i)
            extra4 = dataclasses.replace(drawn4, money_prose=t4.money_prose(drawn4.money_prose),
                                         footer_text=f"Convention NPNRU – {p.agglo} – {conv_variants4.VERSIONS[i]}")
            written = dataclasses.replace(written, blocks=conv_variants4.apply_layout(written.blocks, extra4))
        extra5 = conv_variants5.Layout5.draw(seed, i, t5) if layout_set == 5 else None
        if extra5 is not None:
            written = dataclasses.replace(written, blocks=conv_variants5.apply_layout(written.blocks, extra5))
        extra6 = conv_variants6.Layout6.draw(seed, i, t6) if layout_set == 6 else None
        if extra6 is not None and extra6.footer:
            style = dataclasses.replace(style, footer=extra6.footer)
        extra7 = conv_variants7.Layout7.draw(seed, i, t7) if layout_set == 7 else None
        extra8 = None
        if layout_set == 8:
            extra8 = dataclasses.replace(conv_variants8.Layout8.draw(seed, i),
                                         footer_text=f"Convention NPNRU n° {p.number} – {conv_variants8.VERSIONS8[i]}")
        extra9 = conv_variants9.Layout9.draw(seed, i) if layout_set == 9 else None
        extra10 = Layout10.draw(seed, i) if layout_set == 10 else None
        if extra10 is not None:
            # layout set 10: conv_docx10.Renderer10 (sets 1-8 keep conv_docx.Renderer)
            r10 = Renderer10(style, random.Random(seed * 10 + i), headers[i], extra10)
            r10.render(written.blocks)
            r10.save(path)
            typeset = r10.gold()
        elif extra9 is not None:
            # layout set 9: HTML + CSS printed by Chromium (conv_html9), the style's forms kept
            r9 = HtmlRenderer(style, extra9, random.Random(seed * 10 + i), headers[i])
            r9.render(written.blocks)
            r9.save(path)
            typeset = r9.gold()
        else:
            typeset = _render(written, style, seed * 10 + i, headers[i], path, extra, extra3, extra4, extra5, extra6,
                              extra7, extra8)
        kind = "avenant" if i == 1 else "convention"
        part = {"kind": kind, **typeset,
                "entities": conv_variants2.gold_entities(_printed(written.entities, written.blocks), civil),
                # a legislative avenant prints as operations only the lines it adds
                "operations": [_op_gold(o) for o in (plan.added if i == 1 and drafting != "full"
                                                     else projects[i].operations)],
                "amendments": written.amendments,
                "metadata": {"parties": party_names(projects[i])}}
        layout = dataclasses.asdict(style) | {"avenant_style": drafting}
        if extra is not None:
            layout["layout2"] = dataclasses.asdict(extra)
        if extra3 is not None:
            layout["layout3"] = dataclasses.asdict(extra3) | {"triple": dataclasses.asdict(t3)}
        if extra4 is not None:
            layout["layout4"] = dataclasses.asdict(extra4) | {"triple": dataclasses.asdict(t4)}
        if extra5 is not None:
            layout["layout5"] = dataclasses.asdict(extra5) | {"triple": dataclasses.asdict(t5)}
        if extra6 is not None:
            layout["layout6"] = dataclasses.asdict(extra6) | {"triple": dataclasses.asdict(t6)}
        if extra7 is not None:
            layout["layout7"] = dataclasses.asdict(extra7) | {"triple": dataclasses.asdict(t7)}
        if extra8 is not None:
            layout["layout8"] = dataclasses.asdict(extra8)
        if extra9 is not None:
            layout["layout9"] = dataclasses.asdict(extra9)
        if extra10 is not None:
            layout["layout10"] = dataclasses.asdict(extra10) | {"triple": dataclasses.asdict(t10)}
        wording = dataclasses.asdict(w)
        if t4 is None and t6 is None:      # sets 1-3: the gold as before layout set 4 added its fields
            for k in ("fin_form", "fin_unit", "op_subtotals"):
                wording.pop(k)
        gold = {"name": name, "seed": seed, "layout": layout,
                "wording": wording, "parts": [part]}
        if i:
            gold["changes"] = changes(p, p2, plan, w, old=names[0], new=name, via_avenant=i == 1,
                                      has_82=has_article(seed, "8.2"), struct=struct)
            if bis is not None:
                gold["changes"]["changes"].append(bis.gold_change())
            if t3 is not None:
                extra = conv_variants3.extra_changes(seed, t3, p, p2)
                if i == 1:
                    # the avenant joins the new annex C2 without printing it: its table cannot be told
                    extra = [c | {"not_told": "annex joined to the avenant, not printed in it"} for c in extra]
                gold["changes"]["changes"] += extra
            if t4 is not None and t4.annex_prose:
                # the annex list is one sentence of the "ANNEXES" block: the block changes with the
                # list (as the CALL gold tells it); an avenant names annexes, never that sentence
                ch = {"type": "article_modified", "target": "ANNEXES", "before": None, "after": None,
                      "summary": "Liste des annexes modifiée.", "status": "applied"}
                if i == 1:
                    ch["not_told"] = "the avenant's instructions name annexes, not the list's sentence"
                gold["changes"]["changes"].append(ch)
        samples.append(Sample(name=name, kind=KIND, docx=path, gold=gold, seed=seed))
    return samples


def _texts(obj, out: list[str]) -> list[str]:
    """Every string a block holds (paragraph runs, cells, notes, headings)."""
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _texts(x, out)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            _texts(getattr(obj, f.name), out)
    return out


def _printed(entities: list[dict], blocks: list) -> list[dict]:
    """The curated entities this version actually prints (an avenant does not print
    every signatory of the convention: gold must not ask for a name it never shows)."""
    text = " ".join(_texts(blocks, []))
    return [e for e in entities if e["text"] in text]


# --- the changes (gold for diff) ---------------------------------------------------------

def changes(p: Project, p2: Project, plan: AvenantPlan, w: Wording, old: str, new: str,
            via_avenant: bool, has_82: bool = True, struct: Struct | None = None) -> dict:
    status = "applied"
    out = []

    def add(type_, target, before=None, after=None, summary="", **extra):
        out.append({"type": type_, "target": target, "before": before, "after": after,
                    "summary": summary, "status": status, **extra})

    for o in plan.added:
        add("operation_added", f"{o.libelle} ({o.idtop})", None, _op_gold(o),
            f"Opération ajoutée : {o.libelle} à {o.commune}.")
    for o in plan.removed:
        add("operation_removed", f"{o.libelle} ({o.idtop})", _op_gold(o), None,
            f"Opération retirée : {o.libelle} à {o.commune}.")
    for b, a in plan.modified:
        add("operation_modified", f"{a.libelle} ({a.idtop})", _op_gold(b), _op_gold(a),
            f"{a.libelle} : {b.amount} € → {a.amount} €.")
    # The financing table financeur x quartier: a changed cell names its row and column;
    # the totals that change only because of it say so (derived_from) and come after it.
    eur = lambda v: {"value": v, "currency": "EUR"}  # noqa: E731
    cells: dict[tuple[str, str], str] = {}
    for f in p.financing:
        for q in p.quartiers:
            before, after = p.financing[f][q.code], p2.financing[f][q.code]
            if before != after:
                target = f"Article 9 – {f} – {q.name} ({q.code})"
                cells[(f, q.code)] = target
                add("amount_changed", target, eur(before), eur(after), derived_from=[])
    several = len(p.quartiers) > 1
    for f in p.financing:
        tb, ta = round(sum(p.financing[f].values()), 2), round(sum(p2.financing[f].values()), 2)
        if tb != ta and several:
            add("amount_changed", f"Article 9 – {f} – total", eur(tb), eur(ta),
                derived_from=[t for (g, _), t in cells.items() if g == f])
    if several:
        for q in p.quartiers:
            cb = round(sum(p.financing[f][q.code] for f in p.financing), 2)
            ca = round(sum(p2.financing[f][q.code] for f in p2.financing), 2)
            if cb != ca:
                add("amount_changed", f"Article 9 – Total – {q.name} ({q.code})", eur(cb), eur(ca),
                    derived_from=[t for (_, c), t in cells.items() if c == q.code])
    gb = round(sum(sum(r.values()) for r in p.financing.values()), 2)
    ga = round(sum(sum(r.values()) for r in p2.financing.values()), 2)
    if gb != ga:
        add("amount_changed", "Article 9 – coût total du programme", eur(gb), eur(ga),
            derived_from=list(cells.values()))
    for kind, word in (("demolition", "démolis"), ("requalification", "requalifiés")):
        nb = sum(o.logements or 0 for o in p.operations if o.type == kind)
        na = sum(o.logements or 0 for o in p2.operations if o.type == kind)
        if nb != na and (kind == "demolition" or nb):
            add("quantity_changed", f"Article 4.1 – logements {word} (total)",
                {"value": nb, "unit": "logement"}, {"value": na, "unit": "logement"})
    num, old_h, new_h = plan.renamed
    add("article_renamed", f"Article {num}", {"heading": old_h}, {"heading": new_h})
    # 4.1 restates the programme (its table, totals and list of sites): an avenant that only
    # moves amounts reprints it unchanged, and an unchanged article is no change.
    st = struct or Struct()
    synth0, synth1 = st.body("4.1", synthesis_41(p, w), False), st.body("4.1", synthesis_41(p2, w), True)
    same_41 = synth0 == synth1
    modified = ([] if same_41 else ["4.1"]) + ["8.1", "9"] + ([num] if w.rename_form == "renamed" else [])
    modified += [st.alinea] if st.alinea and st.alinea != st.repealed else []
    # a renumbered article is told under its new number
    modified += [st.number(n, True) for n in st.term_in if n not in modified]
    if w.nest_8 and w.rewrite_82 and has_82 and not w.op_by_family:
        modified.append("8.2")
    for m in sorted(modified, key=lambda s: [int(x) for x in s.split(".")]):
        add("article_modified", f"Article {m}")
    if w.op_by_family:
        touched = {o.type for o in plan.added + plan.removed} | {a.type for _, a in plan.modified}
        for k in FAMILY_PHRASE:
            if k in touched:
                add("table_modified", family_title(k))
    else:
        add("table_modified", "Tableau des opérations cofinancées par l'ANRU (article 8.1)",
            {"n_rows": None}, {"n_rows": None})
    add("table_modified", "Plan de financement prévisionnel par financeur et par quartier")
    before_synth = [b for b in synth0 if isinstance(b, TableB)][0]
    after_synth = [b for b in synth1 if isinstance(b, TableB)][0]
    if before_synth.rows != after_synth.rows:
        add("table_modified", before_synth.title)
    if w.family_table:
        add("table_modified", "Concours financiers de l'ANRU par famille d'opérations")
    if st.repealed:
        add("article_removed", f"Article {st.repealed}", {"heading": ARTICLES[st.repealed]}, None)
    if st.inserted:
        add("article_added", f"Article {st.inserted[1]}", None, {"heading": st.inserted[2]})
    for o, n in st.renumbering():
        add("article_renamed", f"Article {n}", {"heading": ARTICLES[o]}, {"heading": ARTICLES[o]},
            summary=f"Article {o} renuméroté {n}.")
    add("annex_modified", f"Annexe {plan.replaced_annex[0]}", {"heading": plan.replaced_annex[1]},
        {"heading": plan.replaced_annex[1]})
    if plan.added_annex:
        add("annex_added", f"Annexe {plan.added_annex[0]}", None, {"heading": plan.added_annex[1]})
    add("annex_repealed", f"Annexe {plan.repealed_annex[0]}", {"heading": plan.repealed_annex[1]}, None)
    if plan.added_party:
        add("party_added", plan.added_party.name, None, {"name": plan.added_party.name})
    return {"old": old, "new": new, "notes": [
        "Operation amounts are ANRU subsidies; the financing table's ANRU row is their sum by quartier.",
        "Totals of the financing table list in derived_from the changed cells they follow from.",
        "The consolidated title page ('Version consolidée ...'), running header and signature date are not changes.",
        "Article " + num + " is renamed" + (" and rewritten." if w.rename_form == "renamed" else " only."),
    ], "changes": out}


# --- pages of amounts, found in the converted PDF -------------------------------------------

_SPACE = re.compile(r"\s+")


def _compact(text: str) -> str:
    return _SPACE.sub("", text.replace("\u00a0", " ").replace("\u202f", " "))


def locate(sample: Sample, pdf: Path) -> None:
    """Write each gold amount's page: the next occurrence of its printed text
    after the previous amount's, in document order (None when not found, e.g.
    an amount cut by a page break)."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pages = [_compact(pg.extract_text() or "") for pg in doc.pages]
    page, pos = 0, 0
    for part in sample.gold["parts"]:
        for a in part["amounts"]:
            key = _compact(a["text"])
            found = None
            for i in range(page, len(pages)):
                j = pages[i].find(key, pos if i == page else 0)
                if j >= 0:
                    found = (i, j + len(key))
                    break
            if found is None:     # out of reading order (columns, table cells): any page holding it
                hits = [i for i, t in enumerate(pages) if key in t]
                a["page"] = hits[0] + 1 if len(hits) == 1 else None
                a["in_text"] = bool(hits)
                continue
            a["in_text"] = True
            page, pos = found
            a["page"] = page + 1
        part["pages_located"] = True


# --- score -------------------------------------------------------------------------------

def _pr(s: FieldScore) -> tuple[list[int], list[int]]:
    return [s.tp, s.tp + s.fn], [s.tp, s.tp + s.fp]


def _match_tables(gold: list[dict], found: list) -> list[tuple[dict, object | None]]:
    """Each gold table with the parsed table holding most of its cells (each used once)."""
    used: set[int] = set()
    pairs = []
    for gt in gold:
        gcells = {c for _, _, c in _cells(gt)}
        best, best_share = None, 0.0
        for i, ft in enumerate(found):
            if i in used or not gcells:
                continue
            fcells = {c for _, _, c in _cells(ft)}
            share = len(gcells & fcells) / len(gcells)
            if share > best_share:
                best, best_share = i, share
        if best is not None and best_share >= TABLE_MATCH_MIN:
            used.add(best)
            pairs.append((gt, found[best]))
        else:
            pairs.append((gt, None))
    return pairs


def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]:
    gold = sample.gold["parts"][0]
    res = results.get(sample.name)
    parsed = [part_from_dict(d) for d in (res or {}).get("parts", [])]
    same_kind = [q for q in parsed if q.kind == gold["kind"]]
    part = same_kind[0] if same_kind else None
    out: dict[str, list[int]] = {"parts.kind": [int(part is not None), 1],
                                 "parts.single": [int(len(parsed) == 1), 1]}
    # sections: number + heading, recall and precision; levels of the numbered headings
    g = numbered_levels(gold["sections"])
    f = part.sections if part else []
    s = compare(((x["number"], norm(x["heading"])) for x in g), ((x.number, norm(x.heading)) for x in f))
    out["sections.recall"], out["sections.precision"] = _pr(s)
    lv = compare(((x["number"], x["level"]) for x in g), ((x.number, x.level) for x in f))
    out["sections.level"] = [lv.tp, lv.tp + lv.fn]
    # tables: matched by content; shape (data rows x columns) and cells exact
    found_tables = list(part.tables) if part else []
    pairs = _match_tables(gold["tables"], found_tables)
    matched = [(gt, ft) for gt, ft in pairs if ft is not None]
    out["tables.found"] = [len(matched), len(pairs)]
    out["tables.precision"] = [len(matched), len(found_tables)]
    out["tables.shape"] = [sum(1 for gt, ft in matched if (ft.n_rows, ft.n_cols) == (gt["n_rows"], gt["n_cols"])),
                           len(pairs)]
    cells = FieldScore()
    for gt, ft in pairs:
        cells.add(compare(_cells(gt), _cells(ft) if ft is not None else []))
    out["tables.cells"] = [cells.tp, cells.tp + cells.fn]
    # amounts: value recall; value + page where the page was located
    money = lambda v: round(float(v), 2)  # noqa: E731
    amounts = part.amounts if part else []
    # An amount LibreOffice broke inside (a cell too narrow even at 6 pt) is not in the text as one
    # token: left out once located.
    printed = [a for a in gold["amounts"] if a.get("in_text", True)]
    av = compare((money(a["value"]) for a in printed), (money(a.value) for a in amounts), recall_only=True)
    out["amounts.value"] = [av.tp, av.tp + av.fn]
    paged = [a for a in gold["amounts"] if a.get("page")]
    if gold.get("pages_located"):
        ap = compare(((money(a["value"]), a["page"]) for a in paged),
                     ((money(a.value), a.page) for a in amounts), recall_only=True)
        out["amounts.page"] = [ap.tp, ap.tp + ap.fn]
    # entities by label (recall: the gold is a curated subset)
    for label in ("ORG", "LOC", "QPV", "PER"):
        sub = {"entities": [e for e in gold["entities"] if e["label"] == label]}
        if sub["entities"]:
            e = score_entities(sub, part)["entities.curated"]
            out[f"entities.{label}"] = [e.tp, e.tp + e.fn]
    # operations (type, commune, logements, amount)
    ops = score_operations(gold, part)
    out["operations.recall"], out["operations.precision"] = _pr(ops["operations"])
    if "operations.amount" in ops:
        oa = ops["operations.amount"]
        out["operations.amount"] = [oa.tp, oa.tp + oa.fn]
    # amendments (avenant): target + action, and the new heading of a rename
    if gold["kind"] == "avenant":
        am = score_amendments(gold, part)
        out["amendments.recall"], out["amendments.precision"] = _pr(am["amendments.target+action"])
        if "amendments.new_heading" in am:
            nh = am["amendments.new_heading"]
            out["amendments.new_heading"] = [nh.tp, nh.tp + nh.fn]
    # parties of the opening block
    gp = gold["metadata"]["parties"]
    fp = list((part.metadata or {}).get("parties") or []) if part else []
    pa = compare_fuzzy(gp, fp, lambda x, y: similar(x, y, 88))
    out["parties.recall"], out["parties.precision"] = _pr(pa)
    return out


def write_gold(sample: Sample, path: Path) -> None:
    path.write_text(json.dumps(sample.gold, ensure_ascii=False, indent=1), encoding="utf-8")
