"""Errors that stop one input without stopping a batch."""


class InputError(Exception):
    """An input that cannot be parsed: corrupt, encrypted, empty, not a PDF...

    The message is the one-line reason printed as ``error: <path>: <reason>``.
    """


class OcrUnavailable(InputError):
    """Image-only pages need Tesseract (with French data) and it is missing."""
