"""Avenant metadata: its number, the convention it amends, the parties."""

from __future__ import annotations

import re
from typing import Optional

from ..records import AvenantMetadata
from .dates import iso_date
from .family import FLAGS, Family
from .model import Paragraph


def _first(patterns: list[str], text: str) -> Optional[str]:
    for p in patterns:
        m = re.search(p, text, FLAGS)
        if m:
            return m.group("value").strip()
    return None


def read_avenant_metadata(fam: Family, title: str, paragraphs: list[Paragraph]) -> AvenantMetadata:
    cfg = fam.section("metadata")
    text = "\n".join([title] + [p.text for p in paragraphs])
    md = AvenantMetadata()
    num = _first(cfg.get("number", []), text)
    md.number = num.zfill(2) if num else None
    md.convention_number = _first(cfg.get("convention_number", []), text)
    date = _first(cfg.get("convention_signature_date", []), text)
    md.convention_signature_date = iso_date(date) if date else None
    md.parties = read_parties(cfg, paragraphs)
    return md


def read_parties(cfg: dict, paragraphs: list[Paragraph]) -> list[str]:
    start = re.compile(cfg.get("parties_start", "^il est convenu entre"), FLAGS)
    ends = [re.compile(p, FLAGS) for p in cfg.get("parties_end", [])]
    skip = [re.compile(p, FLAGS) for p in cfg.get("parties_skip", [])]
    name_end = re.compile(cfg.get("party_name_end", ","), FLAGS)
    out: list[str] = []
    inside = False
    for p in paragraphs:
        t = p.text.strip()
        if not inside:
            if start.search(t):
                inside = True
            continue
        if any(rx.search(t) for rx in ends) or p.section is not None:
            break
        if any(rx.search(t) for rx in skip):
            continue
        name = name_end.split(t, maxsplit=1)[0].strip(" ,.:;")
        name = re.sub(r"\d+$", "", name).strip()          # footnote call glued to the name
        if name and name not in out:
            out.append(name)
    return out
