"""The layout styles: fonts, heading and amount formats, table rules, header/footer."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT

FONT_DIRS = ["/usr/share/fonts/truetype/crosextra", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/dejavu"]

FAMILIES = {  # name -> (regular, bold, italic, bold italic) file names
    "Carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                   "DejaVuSans-BoldOblique.ttf"),
}

LABEL_RE = re.compile(r"^(?P<prefix>Article|ARTICLE|Art\.|Annexe|ANNEXE|Titre|TITRE|Point n°)?\s*(?P<num>.*)$")


def split_label(label: str) -> tuple[str, str]:
    """"Article 3.1" -> ("Article", "3.1"); "I" -> ("", "I"); "" -> ("", "")."""
    m = LABEL_RE.match(label.strip())
    return (m.group("prefix") or ""), m.group("num").strip()


def heading_a(label: str, title: str, level: int) -> tuple[str, str]:
    """Word export: "Article 3.1 – Title", "I – CONTEXTE"."""
    return label, title


def heading_b(label: str, title: str, level: int) -> tuple[str, str]:
    """Serif: "ARTICLE 3.1 : TITLE", "I. CONTEXTE"."""
    return label.upper(), title.upper()


def heading_c(label: str, title: str, level: int) -> tuple[str, str]:
    """Compact: "Art. 3-1. Title", "Annexe C2. Title", "I) Title"."""
    prefix, num = split_label(label)
    if prefix.lower() == "article":
        return f"Art. {num.replace('.', '-')}", title
    return label, title


@dataclass
class Style:
    name: str
    family: str
    body_size: float
    leading: float
    alignment: int
    heading_sizes: list[float]
    heading_fmt: Callable[[str, str, int], tuple[str, str]]
    heading_sep: dict[str, str]          # label kind -> separator between label and title
    amounts: str                         # amounts.FORMATTERS key
    bullets: tuple[str, str]
    table_rules: str                     # all | horizontal | none
    repeat_header: str                   # source | always | never
    footer: Callable[[int, int], str]
    footer_align: str = "center"
    header: str = "center"               # running header position, or "none"
    nbsp_amounts: bool = False           # amounts glued with no-break spaces (Word habit)
    margins: tuple[float, float, float, float] = (56, 56, 64, 64)   # left, right, top, bottom (pt)
    cell_size: float = 8.5
    heading_upper_levels: int = 0
    extra: dict = field(default_factory=dict)

    def heading_text(self, label: str, title: str, level: int) -> tuple[str, str, str]:
        lab, tit = self.heading_fmt(label, title, level)
        if not lab:
            return "", tit, tit
        prefix, _ = split_label(label)
        sep = self.heading_sep["prefixed" if prefix else "bare"]
        return lab, tit, f"{lab}{sep}{tit}"


STYLES = {
    "A": Style(
        name="A", family="Carlito", body_size=10.5, leading=13, alignment=TA_JUSTIFY,
        heading_sizes=[14, 12.5, 11.5, 11, 10.5, 10.5], heading_fmt=heading_a,
        heading_sep={"prefixed": " – ", "bare": " – "}, amounts="keep",
        bullets=("\uf0b7", "\u25aa"), table_rules="all", repeat_header="source",
        footer=lambda p, n: f"Page {p} sur {n}", footer_align="right", header="center",
    ),
    "B": Style(
        name="B", family="LiberationSerif", body_size=11, leading=14, alignment=TA_JUSTIFY,
        heading_sizes=[13, 12, 11.5, 11, 11, 11], heading_fmt=heading_b,
        heading_sep={"prefixed": " : ", "bare": ". "}, amounts="serif",
        bullets=("\u2022", "\u2013"), table_rules="horizontal", repeat_header="always",
        footer=lambda p, n: f"{p}/{n}", footer_align="right", header="none",
        nbsp_amounts=True, margins=(70, 70, 60, 60),
    ),
    "C": Style(
        name="C", family="DejaVuSans", body_size=9, leading=11.5, alignment=TA_LEFT,
        heading_sizes=[11.5, 10.5, 10, 9.5, 9.5, 9.5], heading_fmt=heading_c,
        heading_sep={"prefixed": ". ", "bare": ") "}, amounts="compact",
        bullets=("-", "\u00b7"), table_rules="none", repeat_header="never",
        footer=lambda p, n: f"- {p} -", footer_align="center", header="left",
        margins=(48, 48, 54, 54), cell_size=8,
    ),
}
