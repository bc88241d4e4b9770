"""Scoring parse and diff against the corpus' gold annotations."""

from .score import Report, run_evaluation

__all__ = ["Report", "run_evaluation"]
