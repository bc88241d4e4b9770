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


# How each money form writes an amount in full: (thousands separator, None for the style's
# space; two decimals even when they are 00; what follows the amount). A narrow no-break
# separator (layout set 8) spaces the unit too, whatever the style's space.
NNBSP = "\u202f"
FULL_MONEY = {
    "space": (None, False, "€"), "meur": (None, False, "€"), "space_cents": (None, True, "€"),
    "dots_euros": (".", False, "euros"), "space_euros": (None, False, "euros"), "eur_code": (None, False, "EUR"),
    # layout set 2 (conv_variants2.py)
    "dots_eur": (".", False, "€"), "keur": (None, False, "€"), "millions": (None, False, "euros"),
    # layout set 4 (conv_variants4.py)
    "eur_ht": (None, False, "€ HT"), "keur_lower": (None, False, "€"),
    # layout set 5 (conv_variants5.py)
    "euros_ht": (None, False, "euros HT"), "dots_cents": (".", True, "€"), "meur3": (None, False, "€"),
    # layout set 6 (conv_variants6.py)
    "meur_ht": (None, False, "€ HT"),
    # layout set 7 (conv_variants7.py)
    "eur_ttc": (None, False, "€ TTC"),
    # layout set 8 (conv_variants8.py)
    "thin": (NNBSP, False, "€"), "thin_meur": (NNBSP, False, "€"),
}
# Forms writing a round amount in millions: (unit, decimals); two decimals drop their trailing
# zeros ("1,88 M€", "2 M€") for a multiple of 10 000 €, three keep them ("1,880 M€") for a
# multiple of 1 000 €. "{s}": the plural of "million" from 2 millions on.
MILLION_MONEY = {"meur": ("M€", 2), "millions": ("million{s} d'euros", 2), "meur3": ("M€", 3),
                 "meur_ht": ("M€ HT", 2), "eur_ttc": ("M€ TTC", 2), "thin_meur": ("M€", 2)}
# Forms writing a round amount in thousands ("1 880 K€").
THOUSAND_MONEY = {"keur": "K€", "keur_lower": "k€"}


def format_money(value: float, form: str, sep: str = " ") -> str:
    """One amount as the style writes it. The gold keeps the value and this text."""
    cents = round(value * 100) % 100
    if form == "digits":        # layout set 6: no thousands separator
        return (f"{int(value)}" if not cents else f"{int(value)},{cents:02d}") + f"{sep}€"
    if form not in FULL_MONEY:
        raise ValueError(form)
    thousands, force_cents, unit = FULL_MONEY[form]
    space = NNBSP if thousands == NNBSP else sep
    thousands = thousands or sep
    if form in MILLION_MONEY and value >= 1_000_000 and not cents:
        word, decimals = MILLION_MONEY[form]
        if round(value) % 10 ** (6 - decimals) == 0:
            m = f"{value / 1_000_000:.{decimals}f}"
            if decimals == 2:
                m = m.rstrip("0").rstrip(".")
            return f"{m.replace('.', ',')}{space}{word.format(s='s' if value >= 2_000_000 else '')}"
    if form in THOUSAND_MONEY and not cents and round(value) % 1000 == 0:
        return f"{int(round(value)) // 1000:,}".replace(",", thousands) + f"{space}{THOUSAND_MONEY[form]}"
    whole = f"{int(value):,}".replace(",", thousands)
    return f"{whole},{cents:02d}{space}{unit}" if (cents or force_cents) else f"{whole}{space}{unit}"


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
