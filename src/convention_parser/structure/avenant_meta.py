"""Avenant metadata: its number, the convention it amends, the parties."""

from __future__ import annotations

import re
from typing import Optional

from ..records import AvenantMetadata
from .dates import iso_date
from .family import FLAGS, Family
from .lines import clean
from .model import Paragraph


def _first(patterns: list[str], text: str) -> Optional[str]:
    for p in patterns:
        m = re.search(p, text, FLAGS)
        if m:
            return m.group("value").strip()
    return None


def read_avenant_metadata(fam: Family, title: str, paragraphs: list[Paragraph],
                          party_paragraphs: Optional[list[Paragraph]] = None) -> AvenantMetadata:
    """party_paragraphs: the paragraphs with the rows of tables among them (parties typeset
    as a table, structure/party_rows.py), where the parties are read."""
    cfg = fam.section("metadata")
    text = "\n".join([title] + [p.text for p in paragraphs])
    md = AvenantMetadata()
    num = _first(cfg.get("number", []), text)
    md.number = num or None          # as written: "N°01" -> "01", "N° 1" -> "1"
    md.convention_number = _first(cfg.get("convention_number", []), text)
    date = _first(cfg.get("convention_signature_date", []), text)
    md.convention_signature_date = iso_date(date) if date else None
    md.parties, associated = read_parties(cfg, paragraphs if party_paragraphs is None else party_paragraphs)
    md.associated_partners = associated  # type: ignore[attr-defined]
    return md


def read_parties(cfg: dict, paragraphs: list[Paragraph]) -> tuple[list[str], list[str]]:
    """Signatories and maîtres d'ouvrage under "Il est convenu entre", then associated partners."""
    start = re.compile(cfg.get("parties_start", "^il est convenu entre"), FLAGS)
    ends = [re.compile(p, FLAGS) for p in cfg.get("parties_end", [])]
    skip = [re.compile(p, FLAGS) for p in cfg.get("parties_skip", [])]
    name_end = re.compile(cfg.get("party_name_end", ","), FLAGS)
    assoc_rx = re.compile(cfg["associated_start"], FLAGS) if cfg.get("associated_start") else None
    strip = re.compile(cfg["party_strip"], re.UNICODE) if cfg.get("party_strip") else None
    groups = [(re.compile(g["pattern"], FLAGS), g["each"]) for g in cfg.get("party_groups", [])]
    plural = re.compile(cfg["party_plural"], FLAGS) if cfg.get("party_plural") else None
    out: list[str] = []
    associated: list[str] = []
    target = out
    inside = False
    for p, t in _pieces(paragraphs, start, re.compile(cfg.get("party_named", r"(?!)"), FLAGS)):
        if not inside:
            if start.search(t):
                inside = True
            continue
        if any(rx.search(t) for rx in ends) or p.section is not None:
            break
        if assoc_rx is not None and assoc_rx.search(t):
            target = associated
            continue
        if any(rx.search(t) for rx in skip):
            continue
        name = name_end.split(t, maxsplit=1)[0].strip(" ,.:;")
        name = re.sub(r"\d+$", "", name).strip()          # footnote call glued to the name
        if strip is not None:
            name = strip.sub("", name, count=1).strip()
        name = re.sub(r"\s*\([^()]*\)$", "", name)          # "… (ANRU)": the alias, not the name
        name = name[:1].upper() + name[1:]
        names = _spell_out(name, groups)
        if len(names) == 1 and plural is not None and plural.search(t):
            # "l'OPH Val-de-Sambre et Rivéa Habitat, représentés par leurs
            # directeurs" names two parties; "Maisons et Cités, représentée
            # par son directeur" one.
            names = _items(name)
            if strip is not None:
                names = [strip.sub("", x, count=1).strip() for x in names]
            names = [x[:1].upper() + x[1:] for x in names]
        for name in names:
            # a closing quote wrapped alone onto its line ("… désignée « le porteur de projet" / "»")
            # names nobody
            if name and any(ch.isalpha() for ch in name) and name not in target:
                target.append(name)
    return out, associated


_CIVILITY = re.compile(r"^(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:]\d{0,2}\s*$")


def _pieces(paragraphs: list[Paragraph], start: re.Pattern, named: re.Pattern):
    """(paragraph, text) of the parties' block, one party a piece. Parties typeset one
    a line with no paragraph spacing can come out as one paragraph; a line that closes a
    clause (",", ";", ":") after a party was named and represented, or after an
    introduction ("… dans la présente convention :"), ends a piece when the next line
    opens on a capital that is not a civility ("Monsieur X" is the representative).
    The block's opening line ("Il est convenu entre :") may have joined the paragraph
    before it ("Vu le règlement …, Il est convenu entre :"): it opens the block there."""
    inside = False
    for p in paragraphs:
        t = p.text.strip()
        texts = [clean(ln.text) for ln in p.lines]
        if len(texts) < 2 or " ".join(texts) != " ".join(t.split()):
            inside = inside or bool(start.search(t))
            yield p, t                       # lines rejoined otherwise (a hyphen): kept whole
            continue
        if not inside:
            at = next((k for k, line in enumerate(texts) if start.search(line)), None)
            if at is None:
                yield p, t
                continue
            inside = True
            yield p, texts[at]
            texts = texts[at + 1:]
        piece: list[str] = []
        for line in texts:
            if piece and _CLAUSE_END.search(piece[-1]) and line[:1].isupper() and not _CIVILITY.match(line):
                joined = " ".join(piece)
                if joined.endswith(":") or named.search(joined):
                    yield p, joined
                    piece = []
            piece.append(line)
        if piece:
            yield p, " ".join(piece)


def _spell_out(name: str, groups) -> list[str]:
    for rx, each in groups:
        m = rx.match(name)
        if m:
            # "de Rivemont-sur-Sambre et de Haucourt-la-Forge": the
            # preposition belongs to the group's wording, not to the name.
            # When the text spells it, it also says whether to elide ("de
            # Haucourt", "d'Avion"); otherwise French elision decides.
            out = []
            for x in _items(m.group("list")):
                bare = re.sub(r"^(?:de\s+|d['’]\s*)", "", x)
                if not bare:
                    continue
                spelled = each.format(bare)
                out.append(spelled if bare != x and x.startswith("de") else _elide(spelled))
            return out
    return [name]


def _items(text: str) -> list[str]:
    return [x.strip() for x in re.split(r",|\bet\b", text) if x.strip()]


def _elide(text: str) -> str:
    """French elision: "Commune de Avion" -> "Commune d’Avion"."""
    return re.sub(r"\b([dl])e ([AEIOUYÉÈÂHaeiouyéèâ])", r"\1’\2", text)
