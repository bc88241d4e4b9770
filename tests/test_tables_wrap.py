"""Words broken across a cell's lines without a hyphen (tables/wrap.py)."""

from collections import Counter

from convention_parser.tables.grid import GridCell, words_text
from convention_parser.tables.wrap import join_lines, vocabulary, wrap_edges
from convention_parser.text.model import Word

# A document's whole words: what prose and unbroken cells write.
VOCAB = Counter({"nombre": 3, "de": 40, "la": 25, "logements": 12, "subvention": 9, "taux": 4,
                 "anru": 20, "date": 6, "lancement": 2, "opération": 7, "opérationnel": 1,
                 "semestre": 2, "et": 30, "année": 3, "surface": 2, "plan": 4, "plancher": 1,
                 "insertion": 2, "objectif": 1, "en": 10, "sur": 8, "face": 1, "bien": 2,
                 "tôt": 1, "bientôt": 1, "ville": 3, "dela": 0})


def lines(*texts: str) -> list[list[str]]:
    return [t.split() for t in texts]


def test_piece_unknown_and_joined_known_glue():
    assert join_lines(lines("Nombre de logeme", "nts"), VOCAB) == "Nombre de logements"
    assert join_lines(lines("Taux de s", "ubvention ANRU"), VOCAB) == "Taux de subvention ANRU"
    # A known word whose continuation is not a word: "opération" + "nel".
    assert join_lines(lines("Date de la", "ncement opération", "nel (semestre et année)"), VOCAB) \
        == "Date de lancement opérationnel (semestre et année)"
    # A piece that is a word ("on") with one that is not ("subventi").
    assert join_lines(lines("Taux de subventi", "on ANRU"), VOCAB) == "Taux de subvention ANRU"


def test_word_over_three_lines_and_punctuation_around():
    assert join_lines(lines("Date de l", "ancemen", "t opérati", "onnel (se", "mestre et", "année)"), VOCAB) \
        == "Date de lancement opérationnel (semestre et année)"
    assert join_lines(lines("Nombr", "e de lo", "gemen", "ts"), VOCAB) == "Nombre de logements"


def test_elision_and_opening_bracket_join_without_space():
    assert join_lines(lines("Objectif d’", "insertion en %"), None) == "Objectif d’insertion en %"
    assert join_lines(lines("Objectif d'insertio", "n en %"), VOCAB) == "Objectif d'insertion en %"
    assert join_lines(lines("opérationnel (", "semestre et année)"), None) == "opérationnel (semestre et année)"


def test_two_real_words_never_glue():
    assert join_lines(lines("Date de", "la ville"), VOCAB) == "Date de la ville"
    # Joined form known, but both pieces are words the document writes whole.
    assert join_lines(lines("la sur", "face"), VOCAB) == "la sur face"
    assert join_lines(lines("bien", "tôt"), VOCAB) == "bien tôt"
    # Joined form unknown: "plan" + "cher" glue only on evidence.
    assert join_lines(lines("Surface de planc", "her"), Counter({"surface": 1})) == "Surface de planc her"


def test_no_glue_across_capitals_numbers_or_punctuation():
    v = VOCAB + Counter({"anruanru": 0, "logements12": 1})
    assert join_lines(lines("Taux", "ANRU"), v) == "Taux ANRU"
    assert join_lines(lines("Nombre de logeme", "Nts"), v) == "Nombre de logeme Nts"
    assert join_lines(lines("logeme", "nts12"), v) == "logeme nts12"
    assert join_lines(lines("logeme,", "nts"), v) == "logeme, nts"
    assert join_lines(lines("Nombre de logeme", "nts"), None) == "Nombre de logeme nts"


def test_hyphen_at_line_end_kept_inside_word():
    assert join_lines(lines("Rivemont-sur-", "Sambre"), VOCAB) == "Rivemont-sur-Sambre"


def _w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 6 * len(text), top + 9, size=9)


def test_cell_words_and_wrap_edges():
    words = [_w("Nombre", 10, 100), _w("de", 52, 100), _w("logeme", 70, 100), _w("nts", 10, 111)]
    assert words_text(words) == "Nombre de logeme nts"
    assert words_text(words, VOCAB) == "Nombre de logements"
    assert GridCell(row=0, col=0, words=words).text_in(VOCAB) == "Nombre de logements"
    # Words at a line wrap are not evidence of whole words.
    assert [w.text for w in wrap_edges(words)] == ["logeme", "nts"]
    three = [_w("Date", 10, 100), _w("de", 40, 100), _w("l", 58, 100), _w("ancemen", 10, 111),
             _w("t", 10, 122), _w("opérati", 20, 122)]
    assert [w.text for w in wrap_edges(three)] == ["l", "ancemen", "t"]


def test_vocabulary_keys_words_once_per_text():
    v = vocabulary(Counter({"Logements,": 2, "logements": 3, "d'insertion": 1, "(semestre": 1, "-": 4, "x": -1}))
    assert v == Counter({"logements": 5, "insertion": 1, "semestre": 1})


def test_long_words_broken_in_a_narrow_unruled_column_are_rejoined():
    """An unruled table of set column widths (a word processor's, borders
    off): a narrow column breaks its long words, every piece filling it to
    the same right edge ("Interco" / "mmun" / "alité", "Démoli" / "tions").
    A column sized to its widest word has one line at its edge at most:
    "Réhabilitation" / "lourde" stays two words."""
    from collections import Counter

    from convention_parser.tables.grid import Grid, GridCell
    from convention_parser.tables.wrap import vocabulary
    from convention_parser.text.model import Word

    def cell(row, col, pieces, x0, right):
        words, y = [], 100.0 + 40 * row
        for k, p in enumerate(pieces):
            x1 = right if k < len(pieces) - 1 else x0 + 5.0 * len(p)
            words.append(Word(p, x0, y, x1, y + 10, size=10.0, base=y + 8))
            y += 12
        return GridCell(row=row, col=col, words=words)

    vocab = vocabulary(Counter({"Voirie": 2, "Commune": 3, "Région": 2}))
    narrow = [cell(0, 1, ["Interco", "mmun", "alité"], 200.0, 236.0), cell(1, 1, ["Démoli", "tions"], 200.0, 236.0)]
    g = Grid(page=1, bbox=(80, 100, 300, 200), kind="aligned", xs=[80.0, 195.0, 240.0, 300.0],
             cells=[cell(0, 0, ["Voirie"], 85.0, 0), cell(1, 0, ["Commune"], 85.0, 0)] + narrow, n_rows=2)
    assert [r[1] for r in g.matrix(vocab)] == ["Intercommunalité", "Démolitions"]
    wide = [cell(0, 1, ["Réhabilitation", "lourde"], 200.0, 270.0), cell(1, 1, ["Région"], 200.0, 0)]
    g2 = Grid(page=1, bbox=(80, 100, 300, 200), kind="aligned", xs=[80.0, 195.0, 275.0, 300.0],
              cells=[cell(0, 0, ["Voirie"], 85.0, 0), cell(1, 0, ["Commune"], 85.0, 0)] + wide, n_rows=2)
    assert [r[1] for r in g2.matrix(vocab)] == ["Réhabilitation lourde", "Région"]


def test_the_notes_words_are_words_of_the_document():
    # "lancement" written whole only in an endnote still rejoins "Lanceme" / "nt" in a cell
    from convention_parser.tables.page_break import document_vocabulary
    from convention_parser.text.model import Document, Footnote, Line, Page
    def line(text: str) -> Line:
        return Line(words=[Word(t, 10 * i, 0, 10 * i + 8, 10) for i, t in enumerate(text.split())], page=1)
    note = Footnote("iii", "Montants prévisionnels ; les dates de lancement", 1,
                    lines=[line("iii Montants prévisionnels ; les dates de lancement")])
    page = Page(1, 595, 842, lines=[line("Le calendrier des opérations")], footnotes=[note])
    vocab = document_vocabulary(Document(path="x.pdf", pages=[page]), [])
    assert vocab["lancement"] == 1 and vocab["calendrier"] == 1
    assert join_lines([["Lanceme"], ["nt"]], vocab) == "Lancement"


def _grid(rows: list[list[str]]):
    from convention_parser.tables.grid import Grid
    cells = [GridCell(r, c, words=[Word(w, 100 * c + i, 12 * r, 100 * c + i + 1, 12 * r + 10)
                                   for i, w in enumerate(text.split())])
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Grid(1, (0, 0, 500, 100), "aligned", [0, 250, 500], cells, len(rows))


def test_two_columns_of_paragraphs_are_prose_not_a_table():
    # the grid made each paragraph of two prose columns a cell: every cell a paragraph,
    # whatever case the rows open on
    from convention_parser.tables.prose_grids import running_prose
    from convention_parser.tables.settings import TableSettings
    para = "Une attention particulière est portée à la qualité environnementale des opérations et au réemploi"
    assert running_prose(_grid([[para, para], [para.replace("Une", "La"), para]]), TableSettings())
    # a table of long descriptions keeps its short labels
    table = [["Démolition", para], ["Requalification", para], ["Aménagement", para]]
    assert not running_prose(_grid(table), TableSettings())
