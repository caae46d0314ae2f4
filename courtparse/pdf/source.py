"""Turn whatever the caller passed into PDF bytes and a name to report errors under.

Every backend takes bytes, so the file is read once, here; both failure modes a
user meets first (a path that is wrong, a download that saved an HTML error page)
are named here before any PDF library sees the input.
"""

from __future__ import annotations

import os
import re
from typing import Any

from courtparse.errors import NotAPdfError, SourceError

# "s3://bucket/key", "file:///tmp/x.pdf", "memory://x.pdf": a scheme of two or more
# letters, so a Windows drive ("C:\\x.pdf") is still a path.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")

_SNIFF_BYTES = 1024


def read_source(source: Any) -> tuple[bytes, str]:
    """Read ``source`` (path, ``os.PathLike``, bytes-like, binary file object or an
    fsspec URL) and return its bytes and a display name."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), "<bytes>"
    if isinstance(source, str) and _URL.match(source):
        return _read_url(source), source
    if isinstance(source, (str, os.PathLike)):
        name = os.fsdecode(source)
        try:
            with open(name, "rb") as fh:
                return fh.read(), name
        except FileNotFoundError as exc:
            raise SourceError(name, "file not found") from exc
        except IsADirectoryError as exc:
            raise SourceError(name, "is a directory, not a file") from exc
        except OSError as exc:
            raise SourceError(name, f"cannot read file: {exc.strerror or exc}") from exc
    read = getattr(source, "read", None)
    if callable(read):
        name = _file_name(source)
        try:
            data = read()
        except (OSError, ValueError) as exc:
            raise SourceError(name, f"cannot read file object: {exc}") from exc
        if isinstance(data, str):
            raise SourceError(name, "file object is open in text mode; open it with 'rb'")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise SourceError(name, f"file object returned {type(data).__name__}, not bytes")
        return bytes(data), name
    raise SourceError(
        None,
        f"unsupported source type {type(source).__name__}: "
        "pass a path, bytes or a binary file object",
    )


def _file_name(fileobj: Any) -> str:
    name = getattr(fileobj, "name", None)
    if isinstance(name, (str, bytes, os.PathLike)):
        return os.fsdecode(name)
    return "<file object>"


def _read_url(url: str) -> bytes:
    """Read through fsspec, imported only here: plain paths never pay for it."""
    try:
        import fsspec
    except ImportError as exc:  # pragma: no cover - fsspec is a dependency
        raise SourceError(url, "reading URLs needs fsspec (pip install fsspec)") from exc
    try:
        with fsspec.open(url, "rb") as fh:
            data = fh.read()
    except FileNotFoundError as exc:
        raise SourceError(url, "file not found") from exc
    except ImportError as exc:
        # fsspec raises ImportError when the protocol's package (s3fs, gcsfs) is missing.
        raise SourceError(url, f"cannot open URL: {exc}") from exc
    except (OSError, ValueError) as exc:
        # ValueError: an unknown protocol ("Protocol not known: foo").
        raise SourceError(url, f"cannot read URL: {exc}") from exc
    return bytes(data)


def sniff(data: bytes, name: str) -> None:
    """Raise ``NotAPdfError`` unless ``data`` looks like a PDF.

    Readers accept a header anywhere in the first 1024 bytes (some PACER
    downloads carry junk before it), so this does too."""
    if not data:
        raise NotAPdfError(name, "empty file")
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head:
        return
    raise NotAPdfError(name, f"not a PDF: {_looks_like(head)}")


# Magic numbers of what people save by mistake under a .pdf name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (or a .docx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


def _looks_like(head: bytes) -> str:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"looks like {what}"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "looks like an HTML page (a login or error page saved as .pdf?)"
    if lowered.startswith((b"<?xml", b"<")):
        return "looks like XML/markup"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sniff boundary is still text.
        text = head[: exc.start].decode("utf-8") if exc.start >= len(head) - 3 else ""
    if text and sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= 0.95 * len(text):
        return f"looks like plain text (starts {text[:40].strip()!r})"
    return f"unrecognized binary data (starts {head[:8]!r})"
