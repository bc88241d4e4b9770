"""Layout set 4 of the convention kind: typesetting and naming families none of layout
sets 1-3 (conv_layout.py/conv_variants.py, conv_variants2.py, conv_variants3.py) draws,
seen in conventions of other agglomerations, drawn from their own seed streams
(``f"{seed}:layout4..."``) so every document of sets 1-3 stays byte-identical.
``convention.build(seed, dir, layout_set=4)`` applies them; ``conv_driver.py --layout-set 4``
measures them.

Per triple (content the three versions share, `Triple4`; Wording fields read by conv_content,
so the legislative avenant, which diffs the printed tables, names the rows and columns the
convention prints):
- ``fin_form`` "transposed": the financing table with the quartiers as rows and the
  financeurs as columns (a "Total" column per quartier, a "Total" row per financeur);
- ``fin_unit``: the financing table's amounts without currency, the unit in the corner cell
  and the sentence before it: "€ HT" or "k€" (thousands of euros, "1 880,45": the gold values
  stay in euros);
- ``op_subtotals``: the operation table holds a "Sous-total <quartier>" row after each
  quartier's operations (several quartiers);
- ``ht``: amounts in prose "1 880 000 € HT" in the three versions (or in none);
- ``annex_prose``: the annex list as one paragraph of prose ("Sont annexés à la présente
  convention : l'annexe A1 (Plan de situation), …, et l'annexe C4 (…)." or "… : A1 – …
  ; A2 – … ."), the avenant's joined annexes likewise.

Per document (`Layout4`, typesetting):
- ``heading``: "ARTICLE 4 - TITLE" in capitals with sub-articles "4-1 Title" ("upper_hyphen"),
  or "Article 4 – Title" with "4.1 - Title" ("hyphen_sub"); ``underline``: headings underlined
  (not bold when ``plain_weight``);
- ``titre_page``: each titre on a page of its own ("TITRE II -" over its title, centred);
- ``footer_table``: the footer a ruled three-cell table, a shaded logo-like cell "ANRU" |
  "Convention NPNRU – <agglomération> – <version>" | "Page 3 sur 60";
- ``first_page_plain``: the first page without header nor footer (title page);
- ``parties_entre``: the parties as paragraphs "ENTRE :" <party> "ET :" <party> …;
- ``signature_table``: the signatures on a page of their own, in a ruled two-column table;
- ``merge_cells``: in operation tables, the commune and maître d'ouvrage cells shared by
  consecutive rows merged vertically (printed once);
- ``cell_breaks``: an operation's label broken before its "(71 logements)" inside the cell;
- ``money_prose``: amounts in prose "1 880 k€" ("€ HT" only where the triple writes HT).

Gold follows by construction: headings as printed (number normalised "4.1"), merged cells
written once (the gold table holds "" where a merge covers), the annex list's annexes are no
headings (like set 3's annex table), layout tables (signatures, footer) are no gold tables."""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass

from .conv_blocks import Block, Break, Bullets, Grid, Heading, Para, TableB
from .conv_project import Project

HEADINGS4 = ["upper_hyphen", "upper_hyphen", "hyphen_sub"]
MONEY4 = ["eur_ht", "keur_lower"]


@dataclass
class Triple4:
    fin_form: str          # "" (financeurs as rows, as sets 1-3) | "transposed"
    fin_unit: str          # "" (the style's) | "eur_ht" | "keur"
    op_subtotals: bool
    annex_prose: int       # 0 (one heading per annex) | 1 ("l'annexe A1 (…)") | 2 ("A1 – … ;")
    # Amounts in prose "… € HT" in all three versions or in none: "HT" says what the amount is (a
    # version adding it to an amount changes the text), where "k€" / "€" is only its form.
    ht: bool = False

    @staticmethod
    def draw(seed: int) -> "Triple4":
        rng = random.Random(f"{seed}:layout4")
        t = Triple4(fin_form=rng.choice(["", "transposed", "transposed"]),
                    fin_unit=rng.choice(["", "eur_ht", "keur", "keur"]),
                    op_subtotals=rng.random() < 0.5, annex_prose=rng.choice([0, 1, 1, 2]))
        t.ht = rng.random() < 0.35
        return t

    def money_prose(self, drawn: str | None) -> str | None:
        """A document's prose amount form: "€ HT" when the triple writes HT, else its own draw
        ("k€" or the style's) without HT."""
        if self.ht:
            return "eur_ht"
        return None if drawn == "eur_ht" else drawn

    def wording(self, p: Project, p2: Project) -> dict:
        """Wording fields (conv_content) of the triple; "k€" only when every amount of the
        financing table is a whole number of tens of euros in both versions (k€ with at most two
        decimals), else "€ HT"."""
        unit = self.fin_unit
        if unit == "keur":
            values = [v for q in (p, p2) for row in q.financing.values() for v in row.values()]
            if any(round(v * 100) % 1000 for v in values):
                unit = "eur_ht"
        return {"fin_form": self.fin_form, "fin_unit": unit, "op_subtotals": self.op_subtotals}


@dataclass
class Layout4:
    heading: str
    underline: bool
    plain_weight: bool
    titre_page: bool
    footer_table: bool
    first_page_plain: bool
    parties_entre: bool
    signature_table: bool
    merge_cells: bool
    cell_breaks: bool
    money_prose: str | None
    footer_text: str = ""

    @staticmethod
    def draw(seed: int, i: int) -> "Layout4":
        rng = random.Random(f"{seed}:layout4:{i}")
        underline = rng.random() < 0.5
        return Layout4(heading=rng.choice(HEADINGS4), underline=underline,
                       plain_weight=underline and rng.random() < 0.5, titre_page=rng.random() < 0.5,
                       footer_table=rng.random() < 0.6, first_page_plain=rng.random() < 0.6,
                       parties_entre=rng.random() < 0.7, signature_table=rng.random() < 0.6,
                       merge_cells=rng.random() < 0.6, cell_breaks=rng.random() < 0.5,
                       money_prose=rng.choice([None, "eur_ht", "keur_lower"]))


VERSIONS = ["version signée", "avenant n°1", "version consolidée"]


# --- content shared by the three versions ---------------------------------------------

def _text(segs) -> str:
    return "".join(s for s in segs if isinstance(s, str))


def _annex_prose(annexes: list[tuple[str, str]], form: int, lead: str,
                 note=lambda code: "") -> Para:
    if form == 1:
        items = [f"l'annexe {c} ({t}{note(c)})" for c, t in annexes]
        body = ", ".join(items[:-1]) + (" et " if len(items) > 1 else "") + items[-1]
    else:
        body = " ; ".join(f"{c} – {t}{note(c)}" for c, t in annexes)
    return Para([f"{lead} : {body}."])


def apply_triple(blocks: list[Block], t: Triple4, p: Project, kind: str, replaced_annex: str | None = None,
                 avenant_number: int = 1) -> list[Block]:
    """The annex list as prose on one version's blocks (kind "convention" or "avenant")."""
    if not t.annex_prose:
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if kind == "convention" and isinstance(b, Heading) and b.kind == "plain" and b.title == "ANNEXES":
            out.append(b)
            note = lambda code: (f", dans sa version modifiée par l'avenant n°{avenant_number}"  # noqa: E731
                                 if code == replaced_annex else "")
            lead = ("Sont annexés à la présente convention" if t.annex_prose == 1
                    else "Les annexes suivantes sont jointes à la présente convention et en font partie intégrante")
            out.append(_annex_prose(p.annexes, t.annex_prose, lead, note))
            # the per-annex headings and their paragraphs are gone; what follows them stays
            i += 1
            while i < len(blocks) and (isinstance(blocks[i], Heading) and blocks[i].kind == "annexe"
                                       or isinstance(blocks[i], Para) and _text(blocks[i].segs).startswith(
                                           "Document joint")):
                i += 1
            continue
        if (kind == "avenant" and isinstance(b, Bullets) and i > 0 and isinstance(blocks[i - 1], Para)
                and "annexes suivantes" in _text(blocks[i - 1].segs)):
            rows = []
            for item in b.items:
                code, _, title = _text(item).partition(" – ")
                rows.append((code, title))
            out[-1] = _annex_prose(rows, t.annex_prose, "Sont jointes au présent avenant les annexes suivantes")
            i += 1
            continue
        out.append(b)
        i += 1
    return out


# --- typesetting families applied to blocks ----------------------------------------------

_NOT_A_PARTY = ("Ci-après", "En présence de", "Ce qui suit", "Il est convenu")


def parties_entre(blocks: list[Block]) -> list[Block]:
    """"Il est convenu entre :" -> "ENTRE :" before the first party, "ET :" before each next one
    (the maîtres d'ouvrage listed under their lead sentence keep no "ET :"; the partners after
    "En présence de :" neither)."""
    start = next((i for i, b in enumerate(blocks) if isinstance(b, Para) and _text(b.segs) == "Il est convenu entre :"),
                 None)
    if start is None:
        return blocks
    end = next(i for i in range(start, len(blocks)) if isinstance(blocks[i], Para)
               and _text(blocks[i].segs) == "Ce qui suit :")
    out: list[Block] = [Para(["ENTRE :"], bold=True)]
    first, listing, present = True, False, False
    for b in blocks[start + 1:end]:
        text = _text(b.segs) if isinstance(b, Para) else ""
        if text.startswith("En présence de"):
            present = True
        if text.startswith(_NOT_A_PARTY) or present:
            listing = False
            out.append(b)
            continue
        if listing and not text.startswith(("Action Logement", "Foncière Logement")):
            out.append(b)
            continue
        if not first:
            out.append(Para(["ET :"], bold=True))
        first = False
        listing = text.rstrip().endswith(":")
        out.append(b)
    out.append(blocks[end])
    return blocks[:start] + out + blocks[end + 1:]


def signature_table(blocks: list[Block]) -> list[Block]:
    """The "Pour …" lines after "Fait à …" on a page of their own, a ruled two-column table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if not (isinstance(b, Para) and _text(b.segs).startswith("Fait à ")):
            out.append(b)
            i += 1
            continue
        out += [Break("page"), b]
        i += 1
        cells = []
        while i < len(blocks) and isinstance(blocks[i], Para) and _text(blocks[i].segs).startswith("Pour "):
            text = _text(blocks[i].segs)
            head, _, rest = text.partition(", ")
            office, _, name = rest.rpartition(", ")
            lines = [[head + ","]] + ([[office[0].upper() + office[1:]]] if office else []) + [[""], [""], [name]]
            cells.append(lines)
            i += 1
        rows = [cells[k:k + 2] for k in range(0, len(cells), 2)]
        if rows:
            rows[-1] += [[[""]]] * (2 - len(rows[-1]))
            out.append(Grid(rows, widths=[1.0, 1.0], ruled=True))
    return out


_MERGE_HEADS = ("Commune", "Maître d'ouvrage")
_LOGTS = re.compile(r" \((\d+ logements)")


def merge_cells(t: TableB) -> TableB:
    """The commune and maître d'ouvrage cells shared by consecutive operation rows printed once,
    merged over the rows (not across a group row, a total or a sub-total)."""
    last_head = t.header[-1]
    cols = [j for j, h in enumerate(last_head) if h in _MERGE_HEADS]
    if not cols:
        return t
    full = {r for r, c, h, w in t.row_spans if w > 1}
    barrier = full | set(t.total_rows)
    rows = [list(r) for r in t.rows]
    spans = list(t.row_spans)
    for j in cols:
        k = 0
        while k < len(rows):
            if k in barrier or not isinstance(rows[k][j], str) or not rows[k][j]:
                k += 1
                continue
            m = k + 1
            while m < len(rows) and m not in barrier and rows[m][j] == rows[k][j]:
                m += 1
            if m - k > 1:
                for r in range(k + 1, m):
                    rows[r][j] = ""
                spans.append((k, j, m - k, 1))
            k = m
    return dataclasses.replace(t, rows=rows, row_spans=spans)


def cell_breaks(t: TableB) -> TableB:
    """An operation label broken inside its cell before "(71 logements …)"."""
    rows = [[_LOGTS.sub(r"\n(\1", c) if isinstance(c, str) else c for c in r] for r in t.rows]
    return dataclasses.replace(t, rows=rows)


def _is_operation_table(t: TableB) -> bool:
    return any(h in ("Libellé de l'opération", "Libellé", "Opération") for h in t.header[-1])


def apply_layout(blocks: list[Block], x: Layout4) -> list[Block]:
    if x.parties_entre:
        blocks = parties_entre(blocks)
    if x.signature_table:
        blocks = signature_table(blocks)
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TableB) and _is_operation_table(b):
            if x.merge_cells:
                b = merge_cells(b)
            if x.cell_breaks:
                b = cell_breaks(b)
        out.append(b)
    return out


__all__ = ["Layout4", "Triple4", "apply_triple", "apply_layout", "VERSIONS"]
