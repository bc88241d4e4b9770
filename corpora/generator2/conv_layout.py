"""Layout decisions of one document, drawn from a seed: fonts, sizes, margins,
heading numbering and styles, bullets, running header and footer, table rules,
amount formats. Only how things look; what they say is conv_content.py."""

from __future__ import annotations

import random
from dataclasses import dataclass

FONTS = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Carlito", "Caladea"]

# How a heading is printed, by kind. {n} the number as printed, {t} the title.
ARTICLE_FORMS = {
    "dash": "Article {n} – {t}",
    "hyphen": "Article {n} - {t}",
    "upper_colon": "ARTICLE {n} : {T}",
    "abbrev": "Art. {nd}. {t}",
    "colon": "Article {n} : {t}",
}
# Sub-articles printed with the number alone ("4.1 Title", "4.1. Title") in some styles.
SUB_FORMS = {"same": None, "bare": "{n} {t}", "bare_dot": "{n}. {t}"}
TITRE_FORMS = {
    "upper_dash": "TITRE {n} – {T}",
    "colon": "Titre {n} : {t}",
    "two_lines": "TITRE {n}\n{T}",
    "chapitre": "CHAPITRE {n} – {T}",
}
ANNEX_FORMS = {"dash": "Annexe {n} – {t}", "upper": "ANNEXE {n} : {T}", "bare": "{n} {t}"}
BULLET_GLYPHS = ["•", "–", "-", "▪", "\uf0b7", "➢", "o"]
FOOTERS = ["Page {PAGE} sur {NUMPAGES}", "{PAGE}/{NUMPAGES}", "- {PAGE} -", "Page {PAGE}", "{PAGE}"]
MONEY_FORMS = ["space", "space_cents", "meur", "dots_euros", "space_euros", "eur_code"]
SPACES = [" ", "\u00a0", "\u202f"]


@dataclass
class Style:
    font: str
    size: float
    heading_font: str
    margins_cm: tuple[float, float]          # (left/right, top/bottom)
    justify: bool
    line_spacing: float
    article_form: str
    sub_form: str
    titre_form: str
    annex_form: str
    heading_word_styles: bool                # Word "Heading N" styles vs direct bold paragraphs
    heading_sizes: tuple[float, float, float]
    heading_center_titre: bool
    para_space_after: float                  # points between paragraphs
    bullets_word: bool                       # Word list styles vs literal glyphs
    glyph1: str
    glyph2: str
    header_text: bool
    header_align: str
    footer: str
    footer_simple_fields: bool               # w:fldSimple vs complex fields
    two_columns_article: str | None          # an article typeset in two columns
    rules: str                               # "all" | "horizontal" | "none"
    shade_header: bool
    repeat_header: bool
    caption_below: bool
    caption_style: str                       # "bold" | "italic" | "plain"
    table_font_delta: float
    money_prose: str
    money_table: str
    thousands: str
    first_article_er: bool                   # "Article 1er"

    @staticmethod
    def draw(rng: random.Random) -> "Style":
        font = rng.choice(FONTS)
        return Style(
            font=font, size=rng.choice([9.5, 10, 10.5, 11, 11, 12]),
            heading_font=font if rng.random() < 0.6 else rng.choice(FONTS),
            margins_cm=(rng.choice([1.8, 2.0, 2.5, 3.0]), rng.choice([1.5, 2.0, 2.5])),
            justify=rng.random() < 0.7, line_spacing=rng.choice([1.0, 1.0, 1.15, 1.3]),
            article_form=rng.choice(list(ARTICLE_FORMS)), sub_form=rng.choice(list(SUB_FORMS)),
            titre_form=rng.choice(["upper_dash", "upper_dash", "colon", "two_lines", "chapitre"]),
            annex_form=rng.choice(["dash", "dash", "upper", "bare"]),
            heading_word_styles=rng.random() < 0.5,
            heading_sizes=rng.choice([(14, 12, 11), (13, 11.5, 10.5), (12, 11, 11), (16, 13, 11)]),
            heading_center_titre=rng.random() < 0.6,
            para_space_after=rng.choice([0, 4, 6, 6, 8, 10, 12]),
            bullets_word=rng.random() < 0.4, glyph1=rng.choice(BULLET_GLYPHS[:5]), glyph2=rng.choice(BULLET_GLYPHS),
            header_text=rng.random() < 0.7, header_align=rng.choice(["left", "right", "center"]),
            footer=rng.choice(FOOTERS), footer_simple_fields=rng.random() < 0.5,
            two_columns_article=rng.choice([None, None, "1", "7.1", "2.1"]),
            rules=rng.choice(["all", "all", "horizontal", "none"]), shade_header=rng.random() < 0.5,
            repeat_header=rng.random() < 0.6, caption_below=rng.random() < 0.25,
            caption_style=rng.choice(["bold", "italic", "plain"]), table_font_delta=rng.choice([0, -1, -1.5, -2]),
            money_prose=rng.choice(MONEY_FORMS), money_table=rng.choice(["space", "space", "space_cents", "dots_euros"]),
            thousands=rng.choice(SPACES), first_article_er=rng.random() < 0.2,
        )


def format_money(value: float, form: str, sep: str = " ") -> str:
    """One amount as the style writes it. The gold keeps the value and this text."""
    cents = round(value * 100) % 100

    def grouped(v: float, thousands: str, decimal: str, force_cents: bool) -> str:
        whole = f"{int(v):,}".replace(",", thousands)
        return f"{whole}{decimal}{cents:02d}" if (cents or force_cents) else whole

    if form == "meur" and value >= 1_000_000 and round(value) % 10000 == 0 and not cents:
        m = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{m}{sep}M€"
    if form in ("space", "meur"):
        return f"{grouped(value, sep, ',', False)}{sep}€"
    if form == "space_cents":
        return f"{grouped(value, sep, ',', True)}{sep}€"
    if form == "dots_euros":
        return f"{grouped(value, '.', ',', False)}{sep}euros"
    if form == "space_euros":
        return f"{grouped(value, sep, ',', False)}{sep}euros"
    if form == "eur_code":
        return f"{grouped(value, sep, ',', False)}{sep}EUR"
    # layout set 2 (conv_variants2.py)
    if form == "dots_eur":
        return f"{grouped(value, '.', ',', False)}{sep}€"
    if form == "keur":
        if not cents and round(value) % 1000 == 0:
            return f"{int(round(value)) // 1000:,}".replace(",", sep) + f"{sep}K€"
        return f"{grouped(value, sep, ',', False)}{sep}€"
    if form == "millions":
        if value >= 1_000_000 and round(value) % 10000 == 0 and not cents:
            m = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m}{sep}million{'s' if value >= 2_000_000 else ''} d'euros"
        return f"{grouped(value, sep, ',', False)}{sep}euros"
    # layout set 4 (conv_variants4.py)
    if form == "eur_ht":
        return f"{grouped(value, sep, ',', False)}{sep}€ HT"
    if form == "keur_lower":
        if not cents and round(value) % 1000 == 0:
            return f"{int(round(value)) // 1000:,}".replace(",", sep) + f"{sep}k€"
        return f"{grouped(value, sep, ',', False)}{sep}€"
    # layout set 5 (conv_variants5.py)
    if form == "euros_ht":
        return f"{grouped(value, sep, ',', False)}{sep}euros HT"
    if form == "dots_cents":
        return f"{grouped(value, '.', ',', True)}{sep}€"
    if form == "meur3":
        if value >= 1_000_000 and round(value) % 1000 == 0 and not cents:
            return f"{value / 1_000_000:.3f}".replace(".", ",") + f"{sep}M€"
        return f"{grouped(value, sep, ',', False)}{sep}€"
    # layout set 6 (conv_variants6.py)
    if form == "digits":
        return (f"{int(value)}" if not cents else f"{int(value)},{cents:02d}") + f"{sep}€"
    if form == "meur_ht":
        if value >= 1_000_000 and round(value) % 10000 == 0 and not cents:
            m = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m}{sep}M€ HT"
        return f"{grouped(value, sep, ',', False)}{sep}€ HT"
    # layout set 7 (conv_variants7.py)
    if form == "eur_ttc":
        if value >= 1_000_000 and round(value) % 10000 == 0 and not cents:
            m = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m}{sep}M€ TTC"
        return f"{grouped(value, sep, ',', False)}{sep}€ TTC"
    # layout set 8 (conv_variants8.py): narrow no-break spaces whatever the style's separator
    if form == "thin":
        return f"{grouped(value, chr(0x202f), ',', False)}\u202f€"
    if form == "thin_meur":
        if value >= 1_000_000 and round(value) % 10000 == 0 and not cents:
            m = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m}\u202fM€"
        return f"{grouped(value, chr(0x202f), ',', False)}\u202f€"
    raise ValueError(form)


def heading_text(style: Style, kind: str, number: str | None, title: str, level: int) -> str:
    """The printed heading (may hold a line break for two-line titres)."""
    if kind == "plain" or number is None:
        return title.upper() if style.article_form == "upper_colon" else title
    if kind == "titre":
        return TITRE_FORMS[style.titre_form].format(n=number, t=title, T=title.upper())
    if kind == "annexe":
        return ANNEX_FORMS[style.annex_form].format(n=number, t=title, T=title.upper())
    shown = number
    if number == "1" and style.first_article_er:
        shown = "1er"
    sub = SUB_FORMS[style.sub_form]
    if "." in number and sub:
        return sub.format(n=number, t=title)
    return ARTICLE_FORMS[style.article_form].format(n=shown, nd=number.replace(".", "-"), t=title,
                                                    T=title.upper())


def printed_title(style: Style, kind: str, number: str | None, title: str) -> str:
    """The heading's title as printed (upper-case in some forms), for the gold."""
    if kind == "plain" or number is None:
        return title.upper() if style.article_form == "upper_colon" else title
    if kind == "titre":
        return title if style.titre_form == "colon" else title.upper()
    if kind == "annexe":
        return title.upper() if style.annex_form == "upper" else title
    if "." in number and SUB_FORMS[style.sub_form]:
        return title
    return title.upper() if style.article_form == "upper_colon" else title
