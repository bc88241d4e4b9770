"""A session of a council or board: who sat, who was excused, who held whose
proxy, on which date; drawn from a seed, with its gold (GOLD_FORMAT.md)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from . import pools
from .pools import Person


@dataclass
class Body:
    kind: str            # "municipal" | "communautaire" | "bureau" | "board"
    organisation: str    # "Commune de Lens", "Pas-de-Calais Habitat", ...
    name: str            # "Conseil municipal", "Conseil d'administration", ...
    head_title: str      # "Maire", "Président", "Présidente"
    members_word: str    # "conseillers", "administrateurs", ...
    commune: str
    department: str
    agglo: str


@dataclass
class Session:
    body: Body
    day: date
    convened: date                      # convocation date: a decoy printed in the opening
    president: Person
    secretary: Optional[Person]
    present: list[Person]               # president included
    represented: list[tuple[Person, Person]]   # (member, proxy holder)
    excused: list[Person]               # excused without proxy
    absent: list[Person]
    in_office: int                      # "membres en exercice"

    @property
    def voters(self) -> int:
        return len(self.present) + len(self.represented)

    def gold(self, present_printed: bool, present_count: Optional[int],
             secretary_printed: bool) -> dict:
        return {
            "date": self.day.isoformat(),
            "president": self.president.gold,
            "secretary": self.secretary.gold if (self.secretary and secretary_printed) else None,
            "present": [p.gold for p in self.present] if present_printed else None,
            "present_count": present_count,
            "excused": ([{"name": m.gold, "proxy_to": h.gold} for m, h in self.represented]
                        + [{"name": m.gold, "proxy_to": None} for m in self.excused]),
            "absent": [p.gold for p in self.absent],
        }


def draw_body(rng: random.Random) -> Body:
    commune, dep, agglo = rng.choice(pools.COMMUNES)
    r = rng.random()
    if r < 0.5:
        org = rng.choice([f"Commune de {commune}", f"Ville de {commune}", f"Mairie de {commune}"])
        return Body("municipal", org, rng.choice(["Conseil municipal", "Conseil Municipal"]),
                    "Maire", "conseillers municipaux", commune, dep, agglo)
    if r < 0.7:
        return Body("communautaire", agglo, "Conseil communautaire", rng.choice(["Président", "Présidente"]),
                    "conseillers communautaires", commune, dep, agglo)
    if r < 0.8:
        return Body("bureau", agglo, "Bureau communautaire", rng.choice(["Président", "Présidente"]),
                    "membres du bureau", commune, dep, agglo)
    bailleur = rng.choice(pools.HLM_BAILLEURS)
    form = rng.choice(pools.HLM_FORMS)
    return Body("board", f"{bailleur} - {form}" if rng.random() < 0.4 else bailleur,
                "Conseil d'administration", rng.choice(["Président", "Présidente"]),
                "administrateurs", commune, dep, agglo)


def draw_session(rng: random.Random, body: Body) -> Session:
    small = body.kind in ("bureau", "board")
    in_office = rng.randint(9, 23) if small else rng.randint(15, 45)
    members = pools.people(rng, in_office)
    president = members[0]
    n_rep = rng.randint(0, min(6, in_office // 4))
    n_exc = rng.randint(0, 3)
    n_abs = rng.randint(0, 3) if rng.random() < 0.6 else 0
    rest = members[1:]
    rng.shuffle(rest)
    represented_members = rest[:n_rep]
    excused = rest[n_rep:n_rep + n_exc]
    absent = rest[n_rep + n_exc:n_rep + n_exc + n_abs]
    present = [president] + rest[n_rep + n_exc + n_abs:]
    holders = rng.sample(present, k=min(n_rep, len(present)))
    represented = list(zip(represented_members, holders))
    secretary = rng.choice(present[1:]) if len(present) > 1 else None
    if body.head_title != "Maire":
        body.head_title = "Présidente" if president.female else "Président"
    day = pools.session_date(rng)
    return Session(body, day, day - timedelta(days=rng.randint(3, 10)), president, secretary,
                   present, represented, excused, absent, in_office)
