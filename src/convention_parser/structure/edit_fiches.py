"""Operations given as fiches: "Fiche opération n° 3 – opération modifiée" and its "key : value" lines.

Some avenants give each operation they create, modify or withdraw as a fiche, one "key : value"
line per characteristic:

    Fiche opération n° 3 – opération modifiée
    Libellé : Aménagement de la rue Victor Hugo et des espaces publics attenants
    N° IDTOP : C0399-24-0009
    Localisation : Aubigny-le-Haut (QP057056)
    Maître d'ouvrage : Arcades Habitat
    Subvention ANRU : 1 138 800 € → 1 024 900 €
    Calendrier : lancement S1 2026

The head says what happens to the operation ("créée", "nouvelle", "création"; "modifiée",
"modification"; "supprimée", "retirée", "abandonnée", "suppression"; in brackets, after a dash or a
colon, in capitals), else a line of the fiche does ("Statut : …", "Motif : opération abandonnée").
A value that changes is printed "A → B" ("A -> B", "A ⇒ B"), "B (au lieu de A)" ("précédemment A",
"initialement A", "contre A"), "portée de A à B" / "passe de A à B", "initialement A, désormais B".

A fiche is read into the Edit records of the other drafting styles: a line added (its cells by
column: label, IDTOP, commune, maître d'ouvrage, logements, subvention, assiette, lancement), a line
removed, the cells of a line that change (the label last: the other cells name the line by it when
the table prints no IDTOP). The edits name no article (target ``BY_ROW``): consolidation places
them by the line (diff/edit_places.py).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Optional

from ..french.text import one_line
from ..records import Edit
from .edit_instructions import ITEM, ReadEdit
from .edit_prose import BY_ROW
from .model import Paragraph

_ADDED = r"(?:op[ée]ration\s+)?(?:cr[ée]{2}e|nouvelle|ajout[ée]e|cr[ée]ation|ajout|int[ée]gr[ée]e|inscrite)"
_REMOVED = (r"(?:op[ée]ration\s+)?(?:supprim[ée]e|retir[ée]e|abandonn[ée]e|annul[ée]e|suppression|retrait|abandon"
            r"|annulation)")
_MODIFIED = r"(?:op[ée]ration\s+)?(?:modifi[ée]e|modification|r[ée]vis[ée]e|actualis[ée]e|mise\s+[àa]\s+jour)"
# "Fiche opération n° 3 – opération modifiée", "Fiche n° 3 (modifiée)", "FICHE OPÉRATION N° 3 : SUPPRESSION",
# "Fiche descriptive de l'opération n° 3", "Fiche opération modifiée n° 3"
FICHE_HEAD = re.compile(r"^" + ITEM + r"fiche(?:\s+(?:op[ée]ration|descriptive(?:\s+de\s+l['’]\s*op[ée]ration)?"
                        r"|action))?(?:\s+(?P<status0>" + _ADDED + "|" + _REMOVED + "|" + _MODIFIED + r"))?"
                        r"\s*(?:n°|no\.?|num[ée]ro)\s*\d+\w*\s*(?:[-–—:(]\s*)?(?P<status>" + _ADDED + "|" + _REMOVED + "|"
                        + _MODIFIED + r")?\b", re.I)
_STATUS_ADDED = re.compile(r"^" + _ADDED + r"\b", re.I)
_STATUS_REMOVED = re.compile(r"\b" + _REMOVED + r"\b", re.I)
_STATUS_MODIFIED = re.compile(r"^" + _MODIFIED + r"\b", re.I)

# the keys of a fiche's lines, by the column of the operations table they stand for
_KEYS: list[tuple[str, str]] = [
    ("label", r"libell[ée](?:\s+de\s+l['’]\s*op[ée]ration)?|intitul[ée](?:\s+de\s+l['’]\s*op[ée]ration)?|d[ée]signation"
              r"|nom\s+de\s+l['’]\s*op[ée]ration"),
    ("code", r"(?:n°\s*)?idtop|identifiant(?:\s+(?:idtop|de\s+l['’]\s*op[ée]ration))?|code\s+(?:de\s+l['’]\s*)?op[ée]ration"
             r"|n°\s+(?:de\s+l['’]\s*)?op[ée]ration"),
    ("place", r"localisation|commune|lieu|site"),
    ("moa", r"ma[îi]tre\s+d['’]\s*ouvrage|ma[îi]trise\s+d['’]\s*ouvrage|porteur(?:\s+de\s+projet)?"),
    ("count", r"nombre\s+de\s+logements(?:\s+concern[ée]s)?|nb\s+(?:de\s+)?(?:logements|logts)|logements"),
    ("base", r"co[ûu]t(?:\s+(?:total|pr[ée]visionnel|global|de\s+l['’]\s*op[ée]ration))*(?:\s+(?:HT|TTC))?"
             r"|assiette(?:\s+subventionnable)?|montant\s+(?:HT|TTC)"),
    ("amount", r"(?:subvention|montant|concours(?:\s+financier)?|participation|financement)\s+(?:de\s+l['’]\s*)?ANRU"
               r"|subvention(?:\s+pr[ée]visionnelle)?"),
    ("start", r"calendrier(?:\s+pr[ée]visionnel)?|date\s+(?:pr[ée]visionnelle\s+)?de\s+lancement|lancement|d[ée]marrage"),
    ("other", r"motif|observations?|statut|commentaires?|objet|quartier|dur[ée]e"),
]
_KEY = re.compile(r"(?:^|(?<=\n)|(?<=\s))(?P<key>" + "|".join(f"(?P<{k}>{rx})" for k, rx in _KEYS) + r")\s*:\s*", re.I)
# the columns a fiche's key fills in a line added (the table's own headers vary: consolidation matches by words)
_COLUMNS = {"label": "Libellé de l'opération", "code": "IDTOP", "moa": "Maître d'ouvrage", "count": "Logements",
            "base": "Assiette subventionnable", "amount": "Subvention ANRU", "start": "Lancement"}
_IDTOP = re.compile(r"\b[A-Z]\d{3,5}-\d{2}-\d{3,5}\b")

_FIG = r"\d(?:[\d \u00a0.]*\d)?(?:,\d+)?(?:\s*(?:M€|k€|€\s*(?:HT|TTC)?|euros|EUR|%|logements?))?"
_ARROW = re.compile(r"^(?P<old>.+?)\s*(?:→|->|⇒|=>|➔|►)\s*(?P<new>.+)$")
_INSTEAD = re.compile(r"^(?P<new>.+?)\s*\(\s*(?:au\s+lieu\s+de|pr[ée]c[ée]demment|initialement|contre|auparavant|"
                      r"ancien(?:ne)?\s+(?:montant|valeur)\s*:?)\s*(?P<old>(?:[^()]|\([^()]*\))+?)\s*\)\s*$", re.I)
_MOVED = re.compile(r"^(?:(?:est\s+)?(?:port|ramen|relev|r[ée]duit|modifi|r[ée][ée]valu|augment|diminu)[ée]?e?s?|passe)\s+de\s+"
                    r"(?P<old>" + _FIG + r")\s+[àa]\s+(?P<new>" + _FIG + r")$", re.I)
_ONCE = re.compile(r"^(?:initialement|anciennement|avant\s+avenant)\s*:?\s*(?P<old>.+?)\s*[,;]\s*(?:d[ée]sormais|"
                   r"d[ée]sormais\s+fix[ée]e?\s+[àa]|apr[èe]s\s+avenant|nouveau(?:\s+montant)?)\s*:?\s*(?P<new>.+)$", re.I)


def _change(value: str) -> Optional[tuple[str, str]]:
    """(old, new) of a value printed as a change, None for a value that stays."""
    v = value.strip().rstrip(" ;.")
    for rx in (_INSTEAD, _ONCE, _MOVED, _ARROW):
        m = rx.match(v)
        if m:
            return m.group("old").strip(), m.group("new").strip()
    return None


def _status(head: re.Match, fields: list[tuple[str, str, str]]) -> Optional[str]:
    said = head.group("status") or head.group("status0") or ""
    for rx, kind in ((_STATUS_ADDED, "added"), (_STATUS_REMOVED, "removed"), (_STATUS_MODIFIED, "modified")):
        if rx.search(said):
            return kind
    for kind, _key, value in fields:
        if kind == "other" and _STATUS_REMOVED.search(value):
            return "removed"
    if any(_change(v) for _k, _key, v in fields):
        return "modified"
    return None


def _inside_value(body: str, m: re.Match) -> bool:
    """True when the key ``m`` found stands inside the value before it: within brackets opened on its line,
    or a count's unit right after its figure ("55 logements :")."""
    line = body[body.rfind("\n", 0, m.start()) + 1:m.start()]
    unit = re.match(r"logements?\b", m.group("key"), re.I) and re.search(r"\d\s*$", line)
    return line.count("(") > line.count(")") or bool(unit)


def _fields(body: str) -> list[tuple[str, str, str]]:
    """(kind, key as printed, value) of each "key : value" of a fiche's text, in order."""
    # a key's word inside a value is none: "Libellé : Reconstitution … (55 logements : 30 PLAI et 25 PLUS)" (in
    # brackets, or a count's unit after its figure: "55 logements :")
    found = [m for m in _KEY.finditer(body) if not _inside_value(body, m)]
    out = []
    for m, nxt in zip(found, found[1:] + [None]):
        kind = next(k for k, _ in _KEYS if m.group(k))
        value = body[m.end():nxt.start() if nxt else len(body)]
        out.append((kind, m.group("key"), one_line(value).rstrip(" ;")))
    return out


def _place(value: str) -> str:
    """The commune of "Aubigny-le-Haut (QP057056)", "Avion – quartier République"."""
    return re.split(r"\s*[(,–—]\s*|\s+-\s+", value, maxsplit=1)[0].strip()


def read_fiche(text: str) -> Optional[ReadEdit]:
    """The edits a fiche makes (a line added or removed, the cells of a line modified), or None."""
    t = text.replace("’", "'")
    head = FICHE_HEAD.match(one_line(t.split("\n", 1)[0]))
    if head is None:
        return None
    # the keys after the head on its own line too ("FICHE OPÉRATION N° 3 : OPÉRATION SUPPRIMÉE Libellé : … N° IDTOP :
    # …", short lines set close together read as one paragraph), then the lines under it
    first, _, rest = t.partition("\n")
    fields = _fields(one_line(first)[head.end():] + (f"\n{rest}" if rest else ""))
    if not fields:
        return None
    kind = _status(head, fields)
    values = {k: v for k, _key, v in fields if k != "other"}
    code = _IDTOP.search(values.get("code", "") or "")
    label = values.get("label", "")
    label_change = _change(label)
    row = code.group(0) if code else (label_change[0] if label_change else label)
    if kind == "added":
        cells = {}
        for k, v in values.items():
            if k == "place":
                # the commune alone: a column "Localisation" over "Commune" would take both
                cells["Commune"] = _place(v)
            elif k == "count":
                cells[_COLUMNS[k]] = re.sub(r"\s*logements?\b.*$", "", v)
            elif k == "start":
                cells[_COLUMNS[k]] = re.sub(r"^(?:lancement|d[ée]marrage)\s*(?:en|au|:)?\s*", "", v, flags=re.I)
            elif k in _COLUMNS:
                cells[_COLUMNS[k]] = code.group(0) if k == "code" and code else v
        return ReadEdit(BY_ROW, Edit("row_add", cells={k: v for k, v in cells.items() if v}), "fiche_added")
    if not row:
        return None
    if kind == "removed":
        return ReadEdit(BY_ROW, Edit("row_delete", row=row), "fiche_removed")
    edits = []
    for k, key, v in fields:
        got = _change(v)
        if got is None or k in ("label", "code", "other"):
            continue
        old, new = got
        if k == "count":
            old, new = (re.sub(r"\s*logements?$", "", x) for x in (old, new))
        edits.append(Edit("cell_replace", old=old, new=new, row=row, column=_COLUMNS.get(k)))
    if label_change:
        # last: the line's other cells are found by its former label
        edits.append(Edit("cell_replace", old=label_change[0], new=label_change[1], row=row, column=None))
    if not edits:
        return None
    return ReadEdit(BY_ROW, edits[-1], "fiche_modified", also=edits[:-1])


# a line of a fiche after its head: a key and its value, or the wrapped rest of the value above
_LINE = re.compile(r"^(?:" + "|".join(rx for _k, rx in _KEYS) + r")\s*:", re.I)
_GOES_ON = re.compile(r"^[a-zà-öø-ÿ(\d]")
_CLOSING = re.compile(r"^l['’]op[ée]ration\s+est\s+(?:retir|supprim|abandonn|annul)[ée]e\b", re.I)


def _heads_apart(paragraphs: Iterable[Paragraph]) -> Iterator[Paragraph]:
    """Paragraphs cut before each fiche head inside them (short lines set close together come out as
    one paragraph: "… Calendrier : lancement S2 2023 FICHE OPÉRATION N° 2 : MODIFICATION Libellé : …")."""
    for p in paragraphs:
        text = p.text
        cuts = [m.start() for m in re.finditer(r"(?<=\s)fiche\b", text, re.I) if FICHE_HEAD.match(text[m.start():])]
        if not cuts:
            yield p
            continue
        yield from p.split_at(cuts)


def join_fiches(paragraphs: Iterable[Paragraph], heading_of: Callable[[Optional[str]], str]) -> Iterator[Paragraph]:
    """Each fiche as one paragraph: its head (a paragraph, or the heading of its section when the
    head was read as one) and the "key : value" lines under it, one per line of the text."""
    fiche: Optional[Paragraph] = None
    last_section: Optional[str] = None
    for p in _heads_apart(paragraphs):
        text = p.text.strip()
        entering = p.section_id != last_section
        last_section = p.section_id
        if entering and fiche is not None:
            yield fiche
            fiche = None
        head = heading_of(p.section_id) if entering else ""
        if entering and FICHE_HEAD.match(one_line(head)) and (_LINE.match(text) or _CLOSING.match(text)):
            fiche = Paragraph(text=one_line(head), page=p.page, section=p.section, section_id=p.section_id)
        if FICHE_HEAD.match(one_line(text)):
            if fiche is not None:
                yield fiche
            fiche = Paragraph(text=one_line(text), page=p.page, section=p.section, section_id=p.section_id,
                              list_item=p.list_item, lines=list(p.lines))
            continue
        if fiche is not None and (_LINE.match(text) or _CLOSING.match(text)
                                  or (_GOES_ON.match(text) and "\n" in fiche.text)):
            joint = "\n" if _LINE.match(text) or _CLOSING.match(text) else " "
            fiche = fiche.joined(p, f"{fiche.text}{joint}{one_line(text)}")
            continue
        if fiche is not None:
            yield fiche
            fiche = None
        yield p
    if fiche is not None:
        yield fiche


# a fiche's key alone, as a key | value table's first cell prints it ("Maître d'ouvrage", "Coût HT"); a table
# also names the label "Opération" and the count "Logements concernés" (a line "Opération : …" of prose would
# be any sentence's end)
_CELL_KEYS = [(k, rx + ({"label": r"|op[ée]ration", "count": r"|logements\s+concern[ée]s|nombre\s+de\s+logts"}.get(k, "")))
              for k, rx in _KEYS]
_KEY_CELL = re.compile(r"^(?:" + "|".join(f"(?P<{k}>{rx})" for k, rx in _CELL_KEYS) + r")\s*:?\s*$", re.I)
# each key as a fiche's line names it (read_fiche reads those)
_CANON = {"label": "Libellé", "code": "N° IDTOP", "place": "Localisation", "moa": "Maître d'ouvrage",
          "count": "Nombre de logements", "base": "Assiette subventionnable", "amount": "Subvention ANRU",
          "start": "Calendrier"}


def fiche_head(text: str) -> Optional[str]:
    """The last fiche head in ``text`` ("… suivants. Fiche opération n° 2 – opération modifiée"), None."""
    t = one_line(text)
    heads = [m.start() for m in re.finditer(r"(?:^|(?<=\s))fiche\b", t, re.I) if FICHE_HEAD.match(t[m.start():])]
    return t[heads[-1]:] if heads else None


def key_rows(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(key, value) of the rows of a two-column table whose first cell is a fiche's key, the key as a fiche's
    line names it ("Coût HT" → "Assiette subventionnable")."""
    out = []
    for r in rows:
        cells = [one_line(c) for c in r if one_line(c)]
        m = _KEY_CELL.match(cells[0]) if len(cells) == 2 else None
        if m:
            out.append((_CANON.get(m.lastgroup or "", cells[0].rstrip(" :")), cells[1]))
    return out


def implied_head(rows: list[list[str]]) -> Optional[str]:
    """The head of a fiche table printed without one, or whose head row the table reader lost (a band over both
    columns): a table naming an operation by its IDTOP and its label is a fiche; of an operation removed when a
    value says so ("Motif | Opération abandonnée, retirée du programme"), modified when a value shows its change
    ("48 (au lieu de 56)", "A → B"), else of a new operation (a sheet stating an operation as it will be)."""
    fields = _fields("\n".join(f"{k} : {v}" for k, v in key_rows(rows)))
    if not {"code", "label"} <= {k for k, _key, _v in fields}:
        return None
    said = "Fiche opération n° 0"
    return said if _status(FICHE_HEAD.match(said), fields) else f"{said} – opération nouvelle"


def read_fiche_table(head: str, rows: list[list[str]]) -> Optional[ReadEdit]:
    """A fiche printed as a key | value table ("Libellé | Démolition de …", "Subvention ANRU | A → B") under
    its head: read as the same fiche printed in "key : value" lines."""
    pairs = key_rows(rows)
    if not pairs:
        return None
    return read_fiche("\n".join([one_line(head)] + [f"{k} : {v}" for k, v in pairs]))
