"""Layout set 3 of the convention kind: typesetting and naming families neither
layout set 1 (conv_layout.py, conv_variants.py) nor set 2 (conv_variants2.py) draws,
drawn from their own seed streams (``f"{seed}:layout3..."``) so every document of
sets 1 and 2 stays byte-identical. ``convention.build(seed, dir, layout_set=3)``
applies them; ``conv_driver.py --layout-set 3`` measures them.

Per triple (content the three versions share, `Triple3`):
- ``deep``: articles numbered four levels deep ("7.2.1.1") under 7.2 and 11;
- ``wide_annex``: annex C2 printed on a landscape page as a 12-column operation
  table, a two-level merged header ("Financements" over "ANRU | Région |
  Département | Commune | Bailleur | Total");
- ``annex_table``: the annex list as a table "N° | Intitulé | Objet" instead of
  one heading per annex (and the avenant's joined annexes as a table);
- ``short_dates``: dates "01/01/25".

Per document (`Layout3`, typesetting):
- ``boxed``: headings in a shaded one-cell table (titres and articles, or every heading);
- ``parties_grid``: the parties as a two-column table (the party | "représenté(e) par …");
- ``signature_grid``: the signatories as a grid of cells ("Pour la X" / "Le Président" / name);
- ``totals_first``: a table's totals row printed first;
- ``idtop_in_label``: the IDTOP in the operation's label cell ("C0999-21-0042 – Démolition …");
- ``rotated``: the wide annex table's lower header row in vertical text;
- ``running_titre``: each titre opens a page whose running header carries its heading;
- ``money_mix``: amounts in prose drawn per amount among "1 880 000,00 €", "1 880 K€", "1,88 M€".

Layout tables (a boxed heading, the parties' and signatories' grids) are no gold
tables: their content is gold as headings, parties and entities."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass

from .conv_blocks import Block, Break, Bullets, Grid, Heading, Money, Note, Para, TableB
from .conv_project import Project

MONEY_MIX = ["space_cents", "keur", "meur", "space"]


@dataclass
class Triple3:
    deep: bool
    wide_annex: bool
    annex_table: bool
    short_dates: bool

    @staticmethod
    def draw(seed: int) -> "Triple3":
        rng = random.Random(f"{seed}:layout3")
        return Triple3(deep=rng.random() < 0.6, wide_annex=rng.random() < 0.6,
                       annex_table=rng.random() < 0.45, short_dates=rng.random() < 0.4)


@dataclass
class Layout3:
    boxed: str                 # "none" | "titres" (titres and articles) | "all"
    parties_grid: bool
    parties_intro: str
    signature_grid: int        # 0 (paragraphs) or the grid's number of columns
    totals_first: bool
    idtop_in_label: bool
    rotated: bool
    running_titre: bool
    money_mix: bool

    @staticmethod
    def draw(seed: int, i: int) -> "Layout3":
        rng = random.Random(f"{seed}:layout3:{i}")
        return Layout3(boxed=rng.choice(["none", "titres", "all", "all"]), parties_grid=rng.random() < 0.6,
                       parties_intro=rng.choice(["Il est convenu entre :", "ENTRE :", "ENTRE LES SOUSSIGNÉS :"]),
                       signature_grid=rng.choice([0, 2, 2, 3]), totals_first=rng.random() < 0.4,
                       idtop_in_label=rng.random() < 0.4, rotated=rng.random() < 0.5,
                       running_titre=rng.random() < 0.4, money_mix=rng.random() < 0.6)


# --- content shared by the three versions ---------------------------------------------

DEEP = {
    "7.2": [("7.2.1", "L'organisation de la maîtrise d'ouvrage"),
            ("7.2.1.1", "Le pilotage opérationnel"),
            ("7.2.1.2", "La coordination des maîtres d'ouvrage"),
            ("7.2.2", "Les moyens d'ingénierie mobilisés")],
    "11": [("11.1", "Le dispositif local d'évaluation"),
           ("11.1.1", "Les indicateurs de suivi"),
           ("11.1.1.1", "Les indicateurs de réalisation"),
           ("11.1.1.2", "Les indicateurs de résultat"),
           ("11.2", "La revue de projet")],
}
DEEP_TEXT = [
    "Le porteur de projet désigne un directeur de projet à temps plein, chargé de la coordination des "
    "maîtres d'ouvrage et de l'animation des instances techniques.",
    "Un tableau de bord partagé retrace l'avancement physique et financier de chaque opération ; il est "
    "actualisé avant chaque comité de pilotage.",
    "Les maîtres d'ouvrage transmettent au porteur de projet, chaque semestre, l'état d'avancement de leurs "
    "opérations et les difficultés rencontrées.",
    "Les moyens d'ingénierie comprennent l'équipe projet, les études complémentaires et l'assistance à "
    "maîtrise d'ouvrage pour l'ordonnancement, le pilotage et la coordination.",
    "L'évaluation s'appuie sur les données de l'observatoire local de l'habitat et sur les enquêtes conduites "
    "auprès des habitants du quartier.",
]


def _deep_blocks(seed: int, num: str, printed: str, agglo: str) -> list[Block]:
    """The sub-articles of ``num`` (signed number), under the number ``printed`` it has here."""
    rng = random.Random(f"{seed}:layout3:deep:{num}")
    out: list[Block] = []
    for n, title in DEEP[num]:
        n = printed + n[len(num):]
        out.append(Heading("article", n, title, 2 + n.count(".")))
        text = " ".join(rng.sample(DEEP_TEXT, 2))
        out.append(Para([text + f" Ces dispositions s'appliquent à l'ensemble du programme de la {agglo}."]))
    return out


def _ops_financing(seed: int, o) -> list[float]:
    """Région, Département, Commune, Bailleur of an operation (from its IDTOP: the same in every
    version; an operation the avenant modifies keeps them, its ANRU amount changes)."""
    rng = random.Random(f"{seed}:layout3:fin:{o.idtop}")
    base = max(o.base, o.amount)
    shares = [rng.choice([0, 0.05, 0.1]), rng.choice([0, 0.05]), rng.choice([0.05, 0.1]), rng.choice([0.1, 0.2])]
    return [round(base * s, -2) for s in shares]


WIDE_TITLE = "Tableau financier des opérations programmées par financeur"


def wide_table(seed: int, p: Project) -> TableB:
    header = [["Opération", "", "", "", "Calendrier", "", "Financements", "", "", "", "", ""],
              ["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Lancement", "Durée (mois)",
               "ANRU", "Région", "Département", "Commune", "Bailleur", "Total"]]
    rows: list[list] = []
    sums = [0.0] * 6
    for o in p.operations:
        fin = [o.amount] + _ops_financing(seed, o)
        total = round(sum(fin), 2)
        dur = 12 + 6 * random.Random(f"{seed}:layout3:dur:{o.idtop}").randint(0, 6)
        rows.append([o.idtop, o.libelle, o.commune, o.maitre_ouvrage, o.start, str(dur)]
                    + [Money(v) if v else "–" for v in fin] + [Money(total)])
        sums = [a + b for a, b in zip(sums, fin + [total])]
    rows.append(["Total", "", "", "", "", ""] + [Money(round(v, 2)) if v else "–" for v in sums])
    return TableB(WIDE_TITLE, header, rows, header_spans=[(0, 0, 1, 4), (0, 4, 1, 2), (0, 6, 1, 6)],
                  widths=[1.7, 3.0, 1.4, 1.9, 1.1, 0.8, 1.5, 1.4, 1.4, 1.4, 1.4, 1.6], wide=True,
                  total_rows=[len(rows) - 1])


def annex_list_table(annexes: list[tuple[str, str]], objet) -> TableB:
    return TableB("Liste des annexes", [["N°", "Intitulé", "Objet"]],
                  [[code, title, objet(code)] for code, title in annexes], widths=[0.7, 3.5, 2.8])


def apply_triple(blocks: list[Block], t: Triple3, seed: int, p: Project, kind: str,
                 replaced_annex: str | None = None, signed_number: dict[str, str] | None = None) -> list[Block]:
    """The content families of the triple, on one version's blocks (kind "convention" or "avenant").
    ``signed_number``: an article number of this version -> the signed version's ("" for an article
    the avenant inserted), when an avenant renumbered articles; the deep sub-articles follow theirs."""
    signed_number = signed_number or {}
    out: list[Block] = []
    i = 0
    deep_pending: str | None = None
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Heading) and deep_pending:
            out += _deep_blocks(seed, *deep_pending, p.agglo)
            deep_pending = None
        if t.deep and kind == "convention" and isinstance(b, Heading) and b.kind == "article" \
                and signed_number.get(b.number, b.number) in DEEP:
            deep_pending = (signed_number.get(b.number, b.number), b.number)
        if kind == "convention" and isinstance(b, Heading) and b.kind == "plain" and b.title == "ANNEXES":
            out.append(b)
            rest = blocks[i + 1:]
            objet = lambda code: ("Version modifiée par l'avenant" if code == replaced_annex  # noqa: E731
                                  else "Document joint à la convention")
            if t.annex_table:
                out.append(Para(["Les annexes de la présente convention sont les suivantes :"]))
                out.append(annex_list_table(p.annexes, objet))
                if t.wide_annex and any(c == "C2" for c, _ in p.annexes):
                    wt = wide_table(seed, p)
                    out += [Break("landscape"), Heading("annexe", "C2", dict(p.annexes)["C2"], 2), wt, Break("portrait")]
                return out
            for j, x in enumerate(rest):
                out.append(x)
                if (t.wide_annex and isinstance(x, Heading) and x.kind == "annexe" and x.number == "C2"):
                    # after the annex's own paragraph
                    out.append(rest[j + 1])
                    out += [Break("landscape"), wide_table(seed, p), Break("portrait")]
                    out += rest[j + 2:]
                    return out
            return out
        if (kind == "avenant" and t.annex_table and isinstance(b, Bullets) and i > 0
                and isinstance(blocks[i - 1], Para) and "annexes suivantes" in "".join(
                    s for s in blocks[i - 1].segs if isinstance(s, str))):
            rows = []
            for item in b.items:
                code, _, title = item[0].partition(" – ")
                rows.append((code, title))
            out.append(TableB("Annexes jointes au présent avenant", [["N°", "Intitulé"]],
                              [[c, tt] for c, tt in rows], widths=[0.7, 4.0]))
            i += 1
            continue
        out.append(b)
        i += 1
    if deep_pending:
        out += _deep_blocks(seed, *deep_pending, p.agglo)
    return out


# --- typesetting families applied to blocks ----------------------------------------------

def _text(segs) -> str:
    return "".join(s for s in segs if isinstance(s, str))


def _split_party(segs: list) -> tuple[list, list] | None:
    """["X, représenté par …", Note, ","] -> (["X"], ["représenté par …", Note, ","])."""
    for k, s in enumerate(segs):
        if isinstance(s, str) and ", représenté" in s:
            left, _, right = s.partition(", ")
            return [left], [right] + segs[k + 1:]
    return None


def parties_grid(blocks: list[Block], intro: str) -> list[Block]:
    start = next((i for i, b in enumerate(blocks) if isinstance(b, Para) and _text(b.segs) == "Il est convenu entre :"),
                 None)
    if start is None:
        return blocks
    end = next(i for i in range(start, len(blocks)) if isinstance(blocks[i], Para)
               and _text(blocks[i].segs) == "Ce qui suit :")
    out: list[Block] = [Para([intro], bold=intro.isupper())]
    rows: list = []

    def flush():
        if rows:
            out.append(Grid([list(r) for r in rows], widths=[2.0, 3.0]))
            rows.clear()

    for b in blocks[start + 1:end]:
        split = _split_party(b.segs) if isinstance(b, Para) else None
        if split is not None:
            rows.append(([split[0]], [split[1]]))
        elif isinstance(b, Para) and _text(b.segs).startswith("La Banque des Territoires"):
            rows.append(([[_text(b.segs).rstrip(",")]], [[""]]))
        else:
            flush()
            out.append(b)
    flush()
    out.append(blocks[end])
    return blocks[:start] + out + blocks[end + 1:]


def signature_grid(blocks: list[Block], cols: int) -> list[Block]:
    """The "Pour …" lines after "Fait à …" as a grid of cells, one signatory each."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        out.append(b)
        i += 1
        if not (isinstance(b, Para) and _text(b.segs).startswith("Fait à ")):
            continue
        cells = []
        while i < len(blocks) and isinstance(blocks[i], Para) and _text(blocks[i].segs).startswith("Pour "):
            text = _text(blocks[i].segs)
            head, _, rest = text.partition(", ")
            office, _, name = rest.rpartition(", ")
            lines = [[head]] + ([[office[0].upper() + office[1:]]] if office else []) + [[name]]
            cells.append(lines)
            i += 1
        rows = [cells[k:k + cols] for k in range(0, len(cells), cols)]
        if rows:
            rows[-1] += [[[""]]] * (cols - len(rows[-1]))
            out.append(Grid(rows, widths=[1.0] * cols, ruled=False))
    return out


def totals_first(t: TableB) -> TableB:
    if not t.total_rows or t.total_rows != [len(t.rows) - 1]:
        return t
    k = t.total_rows[0]
    rows = [t.rows[k]] + t.rows[:k]
    spans = [(r + 1, c, h, w) for r, c, h, w in t.row_spans]
    return dataclasses.replace(t, rows=rows, row_spans=spans, total_rows=[0])


def idtop_in_label(t: TableB) -> TableB:
    if len(t.header) != 1 or t.header[0][0] not in ("IDTOP", "N° IDTOP"):
        return t
    header = [["Opération (IDTOP – libellé)"] + t.header[0][2:]]
    full = {r for r, c, h, w in t.row_spans if w == len(t.header[0])}
    rows = []
    for k, r in enumerate(t.rows):
        if k in full or not r[1]:
            rows.append([r[0]] + r[2:])
        else:
            rows.append([f"{r[0]} – {r[1]}"] + r[2:])
    spans = [(r, c, h, w - 1) for r, c, h, w in t.row_spans]
    widths = [t.widths[0] + t.widths[1]] + t.widths[2:] if t.widths else []
    return dataclasses.replace(t, header=header, rows=rows, row_spans=spans, widths=widths)


def apply_layout(blocks: list[Block], x: Layout3) -> list[Block]:
    if x.parties_grid:
        blocks = parties_grid(blocks, x.parties_intro)
    if x.signature_grid:
        blocks = signature_grid(blocks, x.signature_grid)
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TableB):
            if x.idtop_in_label:
                b = idtop_in_label(b)
            if x.totals_first:
                b = totals_first(b)
            if x.rotated and b.title == WIDE_TITLE:
                b = dataclasses.replace(b, rotated_header=True)
        out.append(b)
    return out


def extra_changes(seed: int, t: Triple3, p: Project, p2: Project) -> list[dict]:
    """Gold changes the set-3 content adds: the wide annex table follows the operations."""
    if not t.wide_annex or "C2" not in dict(p.annexes) or "C2" not in dict(p2.annexes):
        return []
    if wide_table(seed, p).rows == wide_table(seed, p2).rows:
        return []
    return [{"type": "table_modified", "target": WIDE_TITLE, "before": None, "after": None,
             "summary": "", "status": "applied"}]


__all__ = ["Layout3", "Triple3", "apply_triple", "apply_layout", "extra_changes", "MONEY_MIX", "Note"]
