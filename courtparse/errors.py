"""The exceptions courtparse raises: each names the file and the cause.

A caller catches ``CourtparseError`` and never sees a bare pdfminer, pdfium or
OS exception; the original is chained as ``__cause__``.
"""

from __future__ import annotations


class CourtparseError(Exception):
    """Base of every error courtparse raises on bad input."""

    kind = "error"

    def __init__(self, source: str | None, cause: str) -> None:
        self.source = source
        self.cause = cause
        # No source (an option, a run that cannot start): the cause alone, which names
        # what it is about, rather than a placeholder like "<input>".
        super().__init__(cause if source is None else f"{source}: {cause}")


class NotAPdfError(CourtparseError):
    """The bytes are not a PDF (an HTML error page, a text file named .pdf, empty)."""

    kind = "not_a_pdf"


class EncryptedPdfError(CourtparseError):
    """The PDF needs a password to read its text."""

    kind = "encrypted"


class DamagedPdfError(CourtparseError):
    """The PDF is truncated or corrupt beyond what the backend can repair."""

    kind = "damaged"


class NoTextError(CourtparseError):
    """No page has a text layer and OCR is not available or found nothing."""

    kind = "no_text"


class SourceError(CourtparseError):
    """The source cannot be opened (missing file, unreadable, unsupported type)."""

    kind = "source"


class LimitExceededError(CourtparseError):
    """The PDF goes past one of ``parse``'s ``Limits`` (a decompression bomb); the
    message names the limit to raise."""

    kind = "limit"


class ParseTimeoutError(CourtparseError):
    """A batch worker took longer than the per-file timeout."""

    kind = "timeout"


class BatchError(CourtparseError):
    """The run cannot start: no inputs, an output that would get a second record, …"""

    kind = "batch"
