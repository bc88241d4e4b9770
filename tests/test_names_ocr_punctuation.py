"""Lists of names as OCR reads them: a comma read as a period after a surname in capitals
still separates two people; initials keep their periods."""

from convention_parser.structure.names import split_names


def test_a_period_after_a_surname_in_capitals_separates_two_people():
    assert split_names("Jacques DOMERGUE. Marc DUFOUR, Christian DUMONT") == [
        "Jacques DOMERGUE", "Marc DUFOUR", "Christian DUMONT"]


def test_initials_and_civilities_keep_their_periods():
    assert split_names("J.-P. DUPONT, Mme A. BERNARD, Paul-Henri DUBOIS") == [
        "J.-P. DUPONT", "A. BERNARD", "Paul-Henri DUBOIS"]


def test_mme_read_mine_by_ocr_is_a_civility():
    assert split_names("Mine WALLART Annick, Mme Julie DUPUIS") == ["WALLART Annick", "Julie DUPUIS"]
