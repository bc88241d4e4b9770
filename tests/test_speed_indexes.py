"""The indexes that replaced scans over a whole page or part give what the scans gave."""

import random

from convention_parser.records import Table
from convention_parser.structure.model import Paragraph
from convention_parser.structure.party_rows import with_table_rows
from convention_parser.tables.finder import LocatedTable
from convention_parser.tables.ruled import _Centres
from convention_parser.text.model import Line, Word


def test_cell_words_by_centre_match_a_scan_in_page_order():
    rnd = random.Random(7)
    words = []
    for k in range(300):
        x, y = rnd.uniform(0, 500), rnd.uniform(0, 800)
        words.append(Word(f"w{k}", x, y, x + rnd.uniform(5, 40), y + rnd.choice([8.0, 10.0, 12.0])))
    index = _Centres(words)
    for _ in range(200):
        x0, y0 = rnd.uniform(0, 500), rnd.uniform(0, 800)
        box = (x0, y0, x0 + rnd.uniform(10, 200), y0 + rnd.uniform(5, 100))
        scan = [w for w in words
                if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]]
        assert index.inside(box) == scan
    edge = words[0]                               # a centre exactly on the box's edges counts
    box = (edge.x0, (edge.top + edge.bottom) / 2, (edge.x0 + edge.x1) / 2, 900.0)
    assert edge in index.inside(box)


def _paragraph(text, page, top):
    return Paragraph(text=text, page=page, lines=[Line(words=[Word(text, 50, top, 200, top + 10)], page=page)])


def _located(name, page, top):
    t = Table(id=name, title="", pages=[page], header=[], rows=[[name, "1"]], n_rows=1, n_cols=2)
    return LocatedTable(table=t, top=top, bboxes={page: (50, top, 400, top + 20)})


def test_table_rows_go_before_the_first_paragraph_below_them():
    paras = [_paragraph("a", 1, 100), _paragraph("b", 1, 300), Paragraph(text="no lines", page=1),
             _paragraph("c", 2, 100)]
    located = [_located("T1", 1, 150), _located("T2", 1, 200), _located("T3", 2, 500), _located("T0", 1, 50)]
    out = [p.text for p in with_table_rows(paras, located, 1, 2)]
    # Two tables between a and b: the later one's rows first (the tables are taken from
    # the last, each inserted right before the paragraph), as before the index.
    assert out == ["T0, 1", "a", "T2, 1", "T1, 1", "b", "no lines", "c", "T3, 1"]
