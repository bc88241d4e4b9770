"""A table's header printed again atop the next page, told from its text."""

from __future__ import annotations


def header_again(rows: list[list[str]], header: list[list[str]]) -> bool:
    """``rows`` (a part's first rows) are ``header`` printed again: the same cells but for the
    spaces between their words. A word processor's soft hyphens and a cell's words broken
    across lines are rejoined on the evidence each page gives ("(intitulé exact)" on one page,
    "(intituléexact)" on the next), so one header may read its word breaks two ways; a word
    hyphenated at a line end may keep its hyphen on one page only ("Lancement opéra-tionnel"
    on a table's last page, "opérationnel" on the others: cpd_office 223 --word, the header
    read there as a row): hyphens count no more than spaces."""
    def bare(r: list[str]) -> list[str]:
        return ["".join(x.split()).replace("-", "").replace("\u00ad", "") for x in r]
    return len(rows) == len(header) and all(bare(a) == bare(b) for a, b in zip(rows, header))
