"""A redline's changed cell in a narrow column of a table without rules between rows: the old amount
struck on two lines ("9 962 501,35" / "€"), the new one wrapped under it on two more; the cell to the
left, unchanged, wraps too ("10 309 800,92" / "€", its "€" on the struck "€"'s line, kept). The new
amount goes up to the row's first line (text/revisions.lift_under_struck), as it does when no cell
beside it wraps: the kept "€" of another column does not make the struck line a line of the table's
own. Words placed for the test, gold by construction."""

from convention_parser.text.model import Word
from convention_parser.text.revisions import lift_under_struck


def _words(text: str, x: float, top: float, struck: bool = False) -> list[Word]:
    out = []
    for t in text.split():
        w = Word(t, x, top, x + 5.0 * len(t), top + 8.3, size=9.0, base=top + 7.0)
        w.struck = struck
        out.append(w)
        x += 5.0 * len(t) + 3.0
    return out


def test_new_amount_goes_up_beside_a_wrapped_unchanged_cell():
    rows = [
        _words("Communes", 90, 310.3) + _words("5 639 500,17 €", 181, 310.3) + _words("609 000,00 €", 275, 310.3),
        _words("Total", 90, 324.9) + _words("10 309 800,92", 175, 324.9) + _words("9 962 501,35", 266, 324.9, True),
        _words("€", 243, 335.5) + _words("€", 329, 335.5, True),
        _words("9 941 501,35", 266, 346.1),
        _words("€", 329, 356.7),
    ]
    out = lift_under_struck(rows)
    kept = [" ".join(w.text for w in r if not w.struck) for r in out]
    kept = [k for k in kept if k]
    assert kept == ["Communes 5 639 500,17 € 609 000,00 €", "Total 10 309 800,92 9 941 501,35", "€ €"]
    total = next(r for r in out if any(w.text == "Total" for w in r))
    assert not any(w.struck for w in total)
