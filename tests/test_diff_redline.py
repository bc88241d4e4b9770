from convention_parser.diff.assign import best_pairs, hungarian
from convention_parser.diff.redline import cleanup_semantic, redline


def test_semantic_cleanup_folds_small_equalities():
    # "le" kept between two long edits is folded into them (diff-match-patch's example shape).
    diffs = [["-", "ancien texte"], ["=", "le"], ["+", "nouveau passage"]]
    assert cleanup_semantic(diffs) == [["-", "ancien textele"], ["+", "lenouveau passage"]]
    # A long equality survives.
    diffs = [["-", "a"], ["=", "une longue partie commune"], ["+", "b"]]
    assert cleanup_semantic(diffs) == diffs


def test_redline_is_words_not_confetti_and_ignores_noise():
    segs = redline("Le financement de la tour A s’élève à 1 500 000 €.",
                   "Le financement de la tour des Frênes s'élève à 1 880 000 €.")
    assert [(s.op, s.text) for s in segs if s.op != "="] == [
        ("-", "A"), ("+", "des Frênes"), ("-", "1 500 000"), ("+", "1 880 000")]
    assert redline("renouvel-\nlement urbain", "renouvellement  urbain") == [
        type(segs[0])("=", "renouvellement urbain")]


def test_moved_sentence_is_a_move():
    a = "Première phrase du texte ici. Deuxième phrase qui va bouger ailleurs. Troisième phrase finale du texte."
    b = "Première phrase du texte ici. Troisième phrase finale du texte. Deuxième phrase qui va bouger ailleurs."
    segs = redline(a, b)
    moves = sorted((s.op, s.text.strip(), s.move) for s in segs if s.op in "<>")
    # Two sentences swapped: one of them is shown moved, from one place to the other.
    assert len(moves) == 2 and moves[0][1] == moves[1][1] and moves[0][2] == moves[1][2]
    assert moves[0][1] in ("Deuxième phrase qui va bouger ailleurs.", "Troisième phrase finale du texte.")
    assert not [s for s in segs if s.op in "+-"]


def test_hungarian_beats_greedy():
    # Greedy takes (0,0)=0.9 and leaves row 1 with 0.1; the optimum pairs crosswise.
    sim = [[0.9, 0.8], [0.85, 0.1]]
    assert best_pairs(sim, 0.5) == [(0, 1, 0.8), (1, 0, 0.85)]
    assert hungarian([[4, 1, 3], [2, 0, 5], [3, 2, 2]]) == [1, 0, 2]
