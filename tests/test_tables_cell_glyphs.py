"""A wrapped cell's words in reading order when a dash or a colon has a box lower and
shorter than its line's words (LibreOffice's Carlito: "l'offre – l'opération",
"logements : 34 PLAI"): the glyph stays in the line its middle lies in (tables/wrap.py)."""

from convention_parser.tables.grid import words_text
from convention_parser.text.model import Word


def _w(text: str, x0: float, top: float, height: float = 8.5) -> Word:
    return Word(text, x0, top, x0 + 5.0 * len(text), top + height, size=8.5)


def test_a_low_dash_and_colon_stay_in_their_lines():
    words = [_w("Reconstitution", 136, 178.5), _w("de", 188, 178.5), _w("l'offre", 199, 178.5),
             _w("–", 221, 180.3, height=3.0), _w("l'opération", 227, 178.5), _w("Ravel", 267, 178.5),
             _w("(62", 288, 178.2),
             _w("logements", 136, 192.0), _w(":", 174, 193.8, height=4.5), _w("34", 178, 192.4),
             _w("PLAI", 189, 192.4), _w("et", 206, 192.5), _w("28", 215, 192.1), _w("PLUS)", 225, 191.7)]
    assert words_text(words) == "Reconstitution de l'offre – l'opération Ravel (62 logements : 34 PLAI et 28 PLUS)"


def test_lines_of_a_wrapped_cell_stay_apart():
    words = [_w("Démolition", 136, 178.5), _w("de", 190, 178.5), _w("la", 203, 178.5),
             _w("tour", 136, 189.0), _w("Mozart", 160, 189.0)]
    assert words_text(words) == "Démolition de la tour Mozart"
