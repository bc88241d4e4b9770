"""Legislative drafting (Guide de légistique): one test per phrasing family of in-place edits,
the gold written by hand from each sentence."""

from convention_parser.structure.edit_instructions import read_edit


def _read(text):
    r = read_edit(text)
    assert r is not None, text
    return r.target, r.edit


def test_words_replaced_in_a_paragraph():
    target, e = _read("2° Au deuxième alinéa de l'article 4.1, les mots « 339 logements » sont remplacés "
                      "par les mots « 410 logements ».")
    assert (target, e.op, e.old, e.new, e.paragraph) == ("4.1", "words_replace", "339 logements", "410 logements", 2)


def test_amount_replaced_article_first_then_paragraph():
    target, e = _read("À l'article 9, au dernier alinéa, le montant « 1 200 000 € » est remplacé par le montant "
                      "« 1 450 000 € ».")
    assert (target, e.op, e.old, e.new, e.paragraph) == ("9", "words_replace", "1 200 000 €", "1 450 000 €", -1)


def test_words_deleted():
    target, e = _read("4° À l'article 6, les mots « et des espaces publics attenants » sont supprimés.")
    assert (target, e.op, e.old, e.paragraph) == ("6", "words_delete", "et des espaces publics attenants", None)


def test_words_inserted_after_words():
    target, e = _read("Au troisième alinéa de l'article 5.2, après les mots « droits de réservation », sont "
                      "insérés les mots « de logements neufs ».")
    assert (target, e.op, e.after, e.new, e.paragraph) == ("5.2", "words_insert", "droits de réservation",
                                                           "de logements neufs", 3)


def test_article_completed_by_a_paragraph():
    target, e = _read("L'article 6 est complété par un alinéa ainsi rédigé : « Le relogement est achevé en 2027. »")
    assert (target, e.op, e.new, e.paragraph) == ("6", "paragraph_add", "Le relogement est achevé en 2027.", None)


def test_paragraph_inserted_after_a_paragraph():
    target, e = _read("3° Après le premier alinéa de l'article 4.1, il est inséré un alinéa ainsi rédigé : "
                      "« Une maison du projet est créée. »")
    assert (target, e.op, e.new, e.paragraph) == ("4.1", "paragraph_add", "Une maison du projet est créée.", 1)


def test_table_line_removed():
    target, e = _read("Au tableau de l'article 8.1, la ligne « C0688-21-0003 » est supprimée.")
    assert (target, e.op, e.row, e.table) == ("8.1", "row_delete", "C0688-21-0003", None)


def test_table_line_added_with_its_values_in_words():
    target, e = _read("Au tableau de l'article 8.1, après la ligne « C0688-21-0003 », est insérée une ligne ainsi "
                      "renseignée : « IDTOP » : « C0688-21-0012 » ; « Logements » : « 40 » ; « Subvention ANRU » : "
                      "« 1 200 000 € ».")
    assert (target, e.op, e.after_row) == ("8.1", "row_add", "C0688-21-0003")
    assert e.cells == {"IDTOP": "C0688-21-0012", "Logements": "40", "Subvention ANRU": "1 200 000 €"}


def test_table_line_added_as_a_one_row_table():
    target, e = _read("Au deuxième tableau de l'article 9, est ajoutée la ligne suivante :")
    assert (target, e.op, e.table, e.after_row, e.cells) == ("9", "row_add", "2", None, {})


def test_cell_replaced_by_line_and_column():
    target, e = _read("Dans le tableau financier de l'article 9, à la ligne « Région » et à la colonne "
                      "« Quartier X », le montant « 1 200 000 € » est remplacé par « 1 450 000 € ».")
    assert (target, e.op, e.row, e.column, e.old, e.new, e.table) == (
        "9", "cell_replace", "Région", "Quartier X", "1 200 000 €", "1 450 000 €", "financier")


def test_cell_replaced_line_first():
    target, e = _read("À la ligne « C0688-21-0004 » du tableau de l'article 8.1, le montant « 1 200 000 € » est "
                      "remplacé par « 1 450 000 € ».")
    assert (target, e.op, e.row, e.column, e.old, e.new) == ("8.1", "cell_replace", "C0688-21-0004", None,
                                                             "1 200 000 €", "1 450 000 €")


def test_cell_of_a_titled_table():
    target, e = _read("Au tableau « Concours financiers de l'ANRU » de l'article 9, à la ligne « Démolition », "
                      "les mots « 12 logements » sont remplacés par les mots « 14 logements ».")
    assert (target, e.table, e.row, e.old, e.new) == ("9", "Concours financiers de l'ANRU", "Démolition",
                                                      "12 logements", "14 logements")


def test_totals_follow():
    assert _read("Les totaux sont modifiés en conséquence.") == (None, _read("Les totaux sont modifiés en "
                                                                              "conséquence.")[1])
    target, e = _read("Les totaux du tableau de l'article 9 sont modifiés en conséquence.")
    assert (target, e.op) == ("9", "totals")


def test_not_an_edit():
    assert read_edit("L'article 4.1 « La synthèse » est modifié et désormais rédigé comme suit :") is None
    assert read_edit("L'annexe C4 est abrogée.") is None
