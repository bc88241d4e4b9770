"""A roll-call table whose state columns are so narrow that their heads wrap inside the word
over two or three rows ("Prés" / "ent(e" / ")", "Excu" / "sé(e)", "Abse" / "nt"), the lines
a full line step apart (generator2's seventh family, dev seed 7200: rows 16 pt apart, words
7 pt high), with an office column between the names and the states. Documents built word by
word for the test (no PDF); gold by construction."""

from __future__ import annotations

import pytest

from test_attendance_layouts import _line, _metadata

X_NAME, X_GIVEN, X_OFFICE, X_P, X_E, X_A, X_PROXY = 50.0, 140.0, 220.0, 320.0, 360.0, 400.0, 440.0

HEADS = {
    2: [("Prése", "Excus", "Abse"), ("nt", "é", "nt")],
    3: [("Prés", "Excu", "Abse"), ("ent(e", "sé(e", "nt(e"), (")", ")", ")")],
}
MEMBERS = [("DELANNOY", "Gaëlle", "Présidente", X_P, ""),
           ("LEFEBVRE", "Sophie", "Vice-présidente", X_P, ""),
           ("CARPENTIER", "Alain", "Administrateur", X_A, ""),
           ("DAVID", "Corinne", "Administratrice", X_E, ""),
           ("GIRARD-LAMBERT", "Sylvie", "Administratrice", 0.0, "Mme Sophie LEFEBVRE"),
           ("ROUX", "Virginie", "Administratrice", X_P, "")]


@pytest.mark.parametrize("wrap", [2, 3])
def test_state_heads_wrapped_inside_their_word(wrap):
    top = 200.0
    first, *rest = HEADS[wrap]
    header = [_line(1, top, (X_NAME, "NOM"), (X_GIVEN, "Prénom"), (X_OFFICE, "Fonction"),
                    *zip((X_P, X_E, X_A), first), (X_PROXY, "Pouvoir donné à"), table_id="t1")]
    for cells in rest:
        top += 16.0
        header.append(_line(1, top, *zip((X_P, X_E, X_A), cells), table_id="t1"))
    for name, given, office, mark, holder in MEMBERS:
        top += 16.0
        chunks = [(X_NAME, name), (X_GIVEN, given), (X_OFFICE, office)]
        if mark:
            chunks.append((mark, "X"))
        if holder:
            chunks.append((X_PROXY, holder))
        header.append(_line(1, top, *chunks, table_id="t1"))
    md = _metadata(header)
    assert md["present"] == ["DELANNOY Gaëlle", "LEFEBVRE Sophie", "ROUX Virginie"]
    assert md["excused"] == [{"name": "DAVID Corinne", "proxy_to": None},
                             {"name": "GIRARD-LAMBERT Sylvie", "proxy_to": "Sophie LEFEBVRE"}]
    assert md["absent"] == ["CARPENTIER Alain"]
