"""Builds one register document (a single deliberation extract or the minutes
of a session holding several) as DOCX, every decision drawn from the seed;
deliberation.py and minutes.py are thin wrappers over build_register."""

from __future__ import annotations

import json
import unicodedata
import random
from pathlib import Path
from typing import Optional


from . import docxkit
from .deliberation_text import (Item, draw_items, gold_entry, number_and_label, page_break,
                                write_body, write_doc_basics, write_rapporteur, write_stamp,
                                write_title)
from .layout import Layout, draw_layout
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import margin_column_lines, name, write_header
from .summary4 import write_summary_item
from .variants3 import apply_variants3
from .variants4 import apply_variants4, plain_theme

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _heading_block(container, session: Session, layout: Layout, single: bool, rng: random.Random) -> None:
    b = session.body
    if rng.random() < 0.4:
        container.add_paragraph("RÉPUBLIQUE FRANÇAISE").alignment = docxkit.ALIGN["center"]
    p = container.add_paragraph()
    p.add_run(b.organisation.upper() if rng.random() < 0.5 else b.organisation).bold = True
    if single:
        title = rng.choice([f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU {b.name.upper()}",
                            f"Extrait du registre des délibérations du {b.name}",
                            f"DÉLIBÉRATION DU {b.name.upper()}"])
    else:
        title = rng.choice([f"PROCÈS-VERBAL DE LA SÉANCE DU {b.name.upper()}",
                            f"Compte rendu de la séance du {b.name}",
                            f"PROCES-VERBAL DU {b.name.upper()}"])
    p = container.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = docxkit.ALIGN["center"]


def _theme_heading(container, theme: str, index: int, layout: Layout) -> None:
    if layout.theme_style == "plain":
        text = plain_theme(theme)
    elif layout.theme_style == "arabic":
        text = f"{index + 1}. {theme}"
    else:
        text = f"{ROMAN[index % len(ROMAN)]}. {theme.capitalize()}"
    p = container.add_paragraph()
    p.add_run(text).bold = True


def _table_title(container, item: Item, layout: Layout) -> None:
    """rapporteur | number | subject: the bare item number beside its title."""
    table = container.add_table(rows=1, cols=3)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_col_widths(table, [4.0, 1.5, 10.0])
    cells = table.rows[0].cells
    cells[0].paragraphs[0].add_run(name(item.rapporteur, layout) if item.rapporteur else "")
    cells[1].paragraphs[0].add_run(item.number or "").bold = True
    cells[2].paragraphs[0].add_run(item.subject).bold = True
    container.add_paragraph()


def build_register(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                   variants_rng: Optional[random.Random] = None,
                   single: Optional[bool] = None,
                   variants4_rng: Optional[random.Random] = None, signed: bool = False) -> Sample:
    """variants_rng: draw variants3.py's families too (its own stream, so the base
    draws stay those of the seed); single: an extract rather than minutes
    (default: one item); variants4_rng: draw variants4.py's families (its own stream);
    signed: the chair named only in the signature block at the end, the header naming
    nobody in the chair (scans.py --signed scribbles a signature over that block; no draw
    is taken, the document is otherwise the seed's)."""
    single = n_items == 1 if single is None else single
    layout = draw_layout(rng)
    if variants_rng is not None:
        apply_variants3(layout, variants_rng)
    if variants4_rng is not None:
        apply_variants4(layout, variants4_rng, single)
    if signed:
        layout.president_style = "signature"
    if single and layout.number_family == "table_bare":
        layout.number_family = "deliberation_n"
    if not single:
        layout.margin_column = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    write_doc_basics(doc, session, layout, rng)
    items = draw_items(rng, session, layout, n_items, single)
    if layout.theme_style != "none" and not single:
        order = sorted(range(len(items)), key=lambda i: items[i].theme)
        numbers = [(it.number, it.label) for it in items]
        items = [items[i] for i in order]
        # Renumber in printed order so numbers stay increasing down the document.
        for it, (number, label) in zip(items, numbers):
            it.number, it.label = number, label

    write_stamp(doc, session, layout, items[0].number if single else None, rng)
    container = doc
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]      # the text's width
    header_width = width
    if layout.margin_column == "table":
        table = doc.add_table(rows=1, cols=2)
        docxkit.table_borders(table, ruled=False)
        docxkit.set_grid_widths(table, [4.2, width - 4.2])
        header_width = width - 4.2
        left, container = table.rows[0].cells
        first = True
        for line in margin_column_lines(session, layout, items[0].number):
            para = left.paragraphs[0] if first else left.add_paragraph()
            run = para.add_run(line)
            run.font.size = docxkit.Pt(max(7.5, layout.size - 2))
            first = False
    elif layout.margin_column == "frame":
        # A text frame against the left edge; the body flows around it.
        p = doc.add_paragraph()
        p.alignment = docxkit.ALIGN["left"]
        for i, line in enumerate(margin_column_lines(session, layout, items[0].number)):
            if i:
                p.add_run().add_break()
            p.add_run(line).font.size = docxkit.Pt(max(7.5, layout.size - 2))
        docxkit.frame(p, 0.6, layout.margins_cm[0] + 3.0, max(3.0, layout.margins_cm[3] + 1.5))
    _heading_block(container, session, layout, single, rng)
    session_gold = write_header(container, session, layout, rng, header_width)
    if layout.margin_column != "none":
        session_gold["present_count"] = len(session.present)

    if not single and rng.random() < 0.35:
        p = container.add_paragraph()
        p.add_run("ORDRE DU JOUR").bold = True
        for it in items:
            container.add_paragraph(f"- {it.subject}")

    golds = []
    theme_index, last_theme = -1, None
    for i, item in enumerate(items):
        if layout.summary:
            new_theme = layout.theme_style != "none" and item.theme != last_theme
            last_theme = item.theme
            vote = write_summary_item(container, item, session, layout, variants4_rng, header_width,
                                      item.theme if new_theme else None)
            golds.append(gold_entry(item, vote))
            continue
        if i > 0 and layout.page_break_between:
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        if layout.theme_style != "none" and not single and item.theme != last_theme:
            theme_index += 1
            last_theme = item.theme
            _theme_heading(container, item.theme, theme_index, layout)
        if layout.number_family == "table_bare":
            _table_title(container, item, layout)
        else:
            write_title(container, item, layout, rng)
        write_rapporteur(container, item, layout)
        cited = None
        if rng.random() < 0.3:
            k = rng.randint(1, 60)
            cited, _ = number_and_label(layout.number_family, session.day.year - 1,
                                        session.day.month, k, True)
        vote = write_body(container, item, session, layout, rng, cited)
        golds.append(gold_entry(item, vote))

    container.add_paragraph()
    if single:
        container.add_paragraph("Fait et délibéré les jour, mois et an susdits.")
        container.add_paragraph("Pour extrait conforme,")
    else:
        container.add_paragraph(f"La séance est levée à {rng.randint(19, 23)} h {rng.choice(['00', '15', '30', '45'])}.")
    title = f"{'La' if body.head_title == 'Présidente' else 'Le'} {body.head_title}"
    container.add_paragraph(f"{title},").alignment = docxkit.ALIGN["right"]
    container.add_paragraph(name(session.president, layout)).alignment = docxkit.ALIGN["right"]

    return save_register(doc, workdir, kind, seed, layout.to_dict(), body, session_gold, golds)


def save_register(doc, workdir: Path, kind: str, seed: int, layout: dict, body, session_gold: dict,
                  golds: list[dict]) -> Sample:
    """Save a register's DOCX and its gold by construction (every register family)."""
    sample_name = f"{kind}-{seed}"
    path = workdir / f"{sample_name}.docx"
    workdir.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    gold = {"pdf": f"{sample_name}.pdf", "origin": "construction", "kind": kind, "seed": seed,
            "layout": layout,
            "body": {"kind": body.kind, "organisation": body.organisation, "name": body.name},
            "session": session_gold, "deliberations": golds}
    return Sample(sample_name, kind, path, gold, seed)


def docx_text(path: Path) -> str:
    """Every paragraph's text, tables included, for determinism checks."""
    from docx import Document
    doc = Document(str(path))
    body = doc.element.body
    return "\n".join(t.text or "" for t in body.iter() if t.tag.endswith("}t"))


def dump_gold(sample: Sample) -> str:
    return json.dumps(sample.gold, ensure_ascii=False, indent=1, sort_keys=True)


def _squash(text: str) -> str:
    """Letters and digits only, folded: line breaks, hyphens and case do not matter."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.lower() if c.isalnum())


def locate_pages(sample: Sample, pdf: Path) -> None:
    """Fill each gold deliberation's pages from the converted PDF.

    The page flow is LibreOffice's, so the pages are read back: a deliberation
    starts on the page holding the last occurrence of its (unique) subject (an
    agenda may print it earlier) and ends where the next one starts."""
    import pypdfium2

    pdf_doc = pypdfium2.PdfDocument(str(pdf))
    try:
        texts = [_squash(page.get_textpage().get_text_range()) for page in pdf_doc]
    finally:
        pdf_doc.close()
    offsets, flat = [], ""
    for t in texts:
        offsets.append(len(flat))
        flat += t
    delibs = sample.gold["deliberations"]
    starts = []
    for d in delibs:
        at = flat.rfind(_squash(d["subject"]))
        starts.append(max(i for i, o in enumerate(offsets) if o <= at) + 1 if at >= 0 else None)
    for i, d in enumerate(delibs):
        if len(delibs) == 1:
            d["pages"] = [1, len(texts)]
            continue
        start = starts[i]
        if start is None:
            continue
        nxt = next((s for s in starts[i + 1:] if s is not None), len(texts))
        d["pages"] = [start, max(start, nxt)]
