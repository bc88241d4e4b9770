"""Every layout decision of a generator2 deliberation or minutes document,
drawn from the seed and recorded in the gold (so a failure can be traced back
to the layout that caused it)."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

FONTS = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Carlito", "Caladea"]

HEADER_STYLES = ["paragraph", "grid_ruled", "grid_plain", "tabs", "hanging"]
DATE_STYLES = ["seance_long", "seance_caps", "numeric", "words", "seance_publique", "body_numeric"]
PRESENT_LABELS = ["Présents :", "Etaient présents :", "Présents ({n}) :", "Présents : {n}",
                  "Membres présents :", "PRÉSENTS :"]
PROXY_STYLES = ["pouvoirs_a", "donne_procuration", "pouvoir_paren", "votes_par_procuration"]
EXCUSED_LABELS = ["Excusés :", "Absents excusés :", "Excusé(e)s :", "EXCUSÉS :"]
ABSENT_LABELS = ["Absents :", "Absent(e)s :", "Absents non excusés :"]
SECRETARY_STYLES = ["label", "short_label", "sentence"]
PRESIDENT_STYLES = ["label", "sentence"]
NAME_ORDERS = ["first_last", "last_first"]
CIVILITIES = ["none", "short", "long"]
LIST_SEPS = ["comma", "dash", "semicolon", "lines"]
MARGIN_COLUMNS = ["none", "none", "table", "frame"]
STAMPS = ["none", "none", "top_right", "bottom_left"]
FOOTERS = ["none", "page_of", "slash", "dashes"]
NUMBER_FAMILIES = ["del_compact", "del_spaced", "n_year_slash", "d_objet", "session_slash",
                   "deliberation_n", "table_bare"]
THEME_STYLES = ["none", "arabic", "roman"]
RAPPORTEUR_STYLES = ["none", "label", "label_plain", "sur_le_rapport"]
TITLE_STYLES = ["bold", "bold_underline", "caps"]


@dataclass
class Layout:
    font: str
    size: float
    margins_cm: tuple[float, float, float, float]   # top, right, bottom, left
    align: str
    line_spacing: float
    space_after_pt: float
    header_style: str
    date_style: str
    present_label: str
    proxy_style: str
    excused_label: str
    absent_label: str
    secretary_style: str
    president_style: str
    name_order: str
    civility: str
    list_sep: str
    margin_column: str
    stamp: str
    running_header: bool
    footer: str
    number_family: str
    theme_style: str
    rapporteur_style: str
    title_style: str
    page_break_between: bool
    decoy_date: bool
    # Families of variants3.py (kinds deliberation3 / minutes3); None keeps the base behaviour.
    attendance: str = "base"
    present_functions: bool = False
    count_after_list: bool = False
    vote_style: str = "base"
    # Families of variants4.py (kinds deliberation4 / minutes4).
    name_style: str = "base"
    count_block: bool = False
    summary: bool = False

    def to_dict(self) -> dict:
        d = asdict(self)
        d["margins_cm"] = list(self.margins_cm)
        return d


def draw_layout(rng: random.Random) -> Layout:
    c = rng.choice
    return Layout(
        font=c(FONTS),
        size=c([9, 9.5, 10, 10.5, 11, 11.5, 12]),
        margins_cm=(round(rng.uniform(1.2, 3.0), 1), round(rng.uniform(1.2, 2.8), 1),
                    round(rng.uniform(1.2, 2.5), 1), round(rng.uniform(1.5, 3.0), 1)),
        align=c(["justify", "justify", "left"]),
        line_spacing=c([1.0, 1.0, 1.08, 1.15, 1.25, 1.5]),
        space_after_pt=c([0, 2, 4, 6, 8]),
        header_style=c(HEADER_STYLES),
        date_style=c(DATE_STYLES),
        present_label=c(PRESENT_LABELS),
        proxy_style=c(PROXY_STYLES),
        excused_label=c(EXCUSED_LABELS),
        absent_label=c(ABSENT_LABELS),
        secretary_style=c(SECRETARY_STYLES),
        president_style=c(PRESIDENT_STYLES),
        name_order=c(NAME_ORDERS),
        civility=c(CIVILITIES),
        list_sep=c(LIST_SEPS),
        margin_column=c(MARGIN_COLUMNS),
        stamp=c(STAMPS),
        running_header=rng.random() < 0.4,
        footer=c(FOOTERS),
        number_family=c(NUMBER_FAMILIES),
        theme_style=c(THEME_STYLES),
        rapporteur_style=c(RAPPORTEUR_STYLES),
        title_style=c(TITLE_STYLES),
        page_break_between=rng.random() < 0.3,
        decoy_date=rng.random() < 0.6,
    )
