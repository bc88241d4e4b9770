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


def test_every_low_resolution_reading_of_mme_is_a_civility():
    # the humps of the m read "rn", "ni", "ui", "n"; the e read "c" (72-96 dpi scans)
    assert split_names("Muie PAQUET Patricia, Mrne Julie DUPUIS, Mnie Anne ROUX, Mmc Léa MARTIN, "
                       "Mne Sophie POULAIN") == [
        "PAQUET Patricia", "Julie DUPUIS", "Anne ROUX", "Léa MARTIN", "Sophie POULAIN"]
    # names that only look alike keep their first word
    assert split_names("Marie DUPUIS, Mireille ROUX, Manon MARTIN") == [
        "Marie DUPUIS", "Mireille ROUX", "Manon MARTIN"]


def test_initials_run_together_before_a_period_get_their_periods_back():
    # OCR of small italic capitals loses the period between two initials: "J.T." read "JT."
    assert split_names("JT. ALBERTINI, E. BAGHIONI et JL. CASTELLI") == [
        "J.T. ALBERTINI", "E. BAGHIONI", "J.L. CASTELLI"]
    # a civility in capitals is no initials; a surname in capitals still ends its entry
    assert split_names("MM. DUPONT et MARTIN, Jacques DOMERGUE. Marc DUFOUR") == [
        "DUPONT", "MARTIN", "Jacques DOMERGUE", "Marc DUFOUR"]
    # initials without a closing period are written that way, and stay so
    assert split_names("JF Orsatelli, Jean DUPONT") == ["JF Orsatelli", "Jean DUPONT"]
