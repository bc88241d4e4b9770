"""Imported once by the batch's fork server (see ``batch._context``): the pipeline's
modules and the spaCy model are loaded there, so every worker forked from it starts
with them (shared copy-on-write) instead of loading them again, and a worker that
replaces one killed on a timeout is ready at once."""

from .batch import load_parser

try:
    load_parser()
except Exception:  # noqa: BLE001 - each worker's warm-up tries again and its files report the error
    pass
