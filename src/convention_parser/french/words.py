"""Small French words, in one place: the stopword set and the sets of small words a
proper name holds in lower case. Folded (no accents) unless a set says otherwise."""

from __future__ import annotations

# Function words (articles, prepositions, conjunctions, pronouns, auxiliaries): what a
# comparison of names or a qualifier ("20 logements sociaux pour ...") leaves out.
STOPWORDS = frozenset({
    "a", "au", "aux", "de", "du", "des", "d", "l", "la", "le", "les", "un", "une", "en", "et", "ou",
    "par", "pour", "sur", "dans", "avec", "sans", "chez", "vers", "entre", "sous", "selon", "dont",
    "qui", "que", "qu", "ainsi", "soit", "sont", "seront", "est", "sera", "ont", "ne", "pas",
    "cette", "ce", "ces", "son", "sa", "ses", "leur", "leurs", "hors", "apres", "avant", "lors",
    "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel",
    "desquels", "desquelles", "comme", "y", "s"})

# Words a place or body name holds in lower case ("Bassin de la Sorgue", "Villers-lès-Nancy").
# Accented: they are matched on the text as printed.
NAME_LINKS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en", "et",
                        "lès", "aux", "au"})
# ... and the links of a hyphenated place name (Pas-de-Calais, Loos-en-Gohelle, Saint-Pol-sur-Ternoise).
PLACE_LINKS = NAME_LINKS | {"lez", "st", "ste", "saint", "sainte"}
# Particles of a person's name in lower case (de Villepin, van Dyck, ben Ali).
PERSON_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "van", "von", "der", "den", "ten",
                              "ter", "di", "da", "dos", "das", "del", "della", "ben", "bin", "el", "al", "y",
                              "e", "zu", "af", "st", "ste"})
# Words that open a sentence or a clause, never a name ("Pour Arcades Logement" -> "Arcades Logement").
# Headings of a session's counts and a vote's tally ("En exercice | Présents | Représentés |
# Votants", "Pour | Contre"): a grid of them read as a list gives these words, never a person.
TALLY_HEADINGS = frozenset({"votants", "présents", "présentes", "représentés", "représentées",
                            "exprimés", "suffrages", "excusés", "absents", "pouvoirs",
                            "procurations", "abstentions", "exercice", "quorum"})
CLAUSE_OPENERS = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "son", "sa", "ses",
    "leur", "leurs", "pour", "par", "avec", "entre", "et", "ou", "dont", "sur", "dans", "selon", "chez",
    "vers", "au", "aux", "en", "a", "vu", "considerant", "notre", "votre", "nos", "vos", "tout", "toute"})
