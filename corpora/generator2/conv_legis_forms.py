"""More drafting forms of a legislative-style avenant (issue 12, mechanism 8, second pass).

``conv_legis.py`` writes one "Article 1er" of instructions numbered 1°, 2°, … each naming
its article. Avenants of other agglomerations are drafted other ways; each way below is
drawn per avenant from its own seed stream (``{seed}:legis2``), gold by construction (the
instructions still turn the signed convention into the consolidated one):

- numbering: "1°", "I. –", "1.", "a)", a dash, or one avenant article per instruction
  group ("Article 2 – Modification de l'article 4.1");
- grouping: "1° L'article 4.1 est ainsi modifié :" then "a) Au deuxième alinéa, les mots …",
  "b) Le dernier alinéa est supprimé" (sub-items name no article);
- references: "l'article 6", "l'article 6 de la convention", "… de la convention susvisée";
- places: "À la première phrase du deuxième alinéa de l'article 6", whole alinéas rewritten
  ("Le deuxième alinéa … est ainsi rédigé : « … »") or deleted ("… est supprimé");
- tables: a table replaced whole ("Le tableau « … » de l'article 8.1 est remplacé par le
  tableau suivant :"), a table added ("L'article 8.1 est complété par un tableau ainsi
  rédigé :"), a table named by its title alone ("Dans le tableau « … », la ligne …"), a line
  added by "Le tableau … est complété par une ligne ainsi rédigée :", a cell "à l'intersection
  de la ligne « … » et de la colonne « … »";
- title ("AVENANT N° 1 À LA CONVENTION …", "Avenant technique …", "Avenant de simplification
  …"), preamble ("Vu …" alone, "Vu …" then "Considérant …", an "Exposé des motifs").
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII",
         "XXVIII", "XXIX", "XXX"]
FEM = ["première", "deuxième", "troisième", "quatrième", "cinquième", "sixième"]
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-Ý])")


@dataclass
class Forms:
    numbering: str        # "deg" | "roman" | "arabic" | "letter" | "dash" | "articles"
    grouped: bool         # per article: "L'article N est ainsi modifié :" + sub-items
    conv_ref: str         # "" | " de la convention" | " de la convention susvisée"
    title: str            # "n" | "caps" | "technique" | "simplification"
    preamble: str         # "vu" | "considerant" | "expose"
    whole_table: float    # share of changed tables replaced whole
    whole_alinea: float   # share of changed paragraphs rewritten whole
    phrase: float         # share of word edits placed by sentence ("première phrase")
    title_only: float     # share of table instructions naming the table by its title alone
    row_complete: float   # share of added lines written "Le tableau … est complété par une ligne"
    intersection: float   # share of cells placed "à l'intersection de la ligne … et de la colonne …"

    @classmethod
    def draw(cls, seed: int) -> "Forms":
        r = random.Random(f"{seed}:legis2")
        numbering = r.choice(["deg", "deg", "roman", "arabic", "letter", "dash", "articles"])
        return cls(numbering=numbering,
                   grouped=numbering in ("deg", "roman", "articles") and r.random() < 0.5,
                   conv_ref=r.choice(["", "", " de la convention", " de la convention susvisée"]),
                   title=r.choice(["n", "caps", "technique", "simplification"]),
                   preamble=r.choice(["vu", "considerant", "expose"]),
                   whole_table=r.choice([0.0, 0.3, 0.6]), whole_alinea=r.choice([0.0, 0.2, 0.4]),
                   phrase=r.choice([0.0, 0.3, 0.6]), title_only=r.choice([0.0, 0.3]),
                   row_complete=r.choice([0.0, 0.4]), intersection=r.choice([0.0, 0.4]))

    def mark(self, k: int) -> str:
        """The number of the k-th instruction (1-based)."""
        return {"deg": f"{k}° ", "roman": f"{ROMAN[(k - 1) % len(ROMAN)]}. – ", "arabic": f"{k}. ",
                "letter": f"{chr(96 + (k - 1) % 26 + 1)}) ", "dash": "– ", "articles": f"{k}° "}[self.numbering]

    def sub_mark(self, k: int) -> str:
        """The number of the k-th sub-item of a group."""
        return f"{k}° " if self.numbering == "roman" else f"{chr(96 + (k - 1) % 26 + 1)}) "


def sentence_of(paragraph: str, quote: str) -> tuple[int, int] | None:
    """(index, count) of the one sentence of ``paragraph`` holding ``quote``, when the
    paragraph has several sentences and the quote lies inside one."""
    sents = _SENTENCE.split(paragraph)
    if len(sents) < 2:
        return None
    hits = [i for i, s in enumerate(sents) if quote in s]
    return (hits[0], len(sents)) if len(hits) == 1 else None


def fem_ordinal(i: int, n: int, rng: random.Random) -> str:
    if i == n - 1 and n > 2 and rng.random() < 0.5:
        return "dernière"
    return FEM[i] if i < len(FEM) else f"{i + 1}e"


def localise(text: str, art: str) -> str:
    """An instruction of a group ("L'article 4.1 est ainsi modifié :") written without its
    article: the group names it once."""
    a = re.escape(art)
    cap = re.escape(art[0].upper() + art[1:])
    # ("… par un 7° ainsi rédigé": an item numbered, conv_avenant_refs)
    t = re.sub(rf"^{cap} est complété par (un|une) (alinéa|tableau|\d+°)", r"Il est ajouté \1 \2", text)
    t = re.sub(rf"^À {a}, (\w)", lambda m: m.group(1).upper(), t)
    t = re.sub(rf" (?:de|du) {a}\b", "", t)
    return t
