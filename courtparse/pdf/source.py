"""Turn whatever the caller passed into PDF bytes and a name to report errors under.

Every backend takes bytes, so the file is read once, here; both failure modes a
user meets first (a path that is wrong, a download that saved an HTML error page)
are named here before any PDF library sees the input.
"""

from __future__ import annotations

import os
import re
import stat
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
        return _read_url(source), shown_name(source)
    if isinstance(source, (str, os.PathLike)):
        path = os.fsdecode(source)
        name = shown_name(path)
        return read_regular_file(path, name), name
    read = getattr(source, "read", None)
    if callable(read):
        name = shown_name(_file_name(source))
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


def shown_name(name: str) -> str:
    """``name`` as valid Unicode, to print, write in JSON and report errors under.

    A file name that is not UTF-8 (``b"ord\\xe9.pdf"`` from a Latin-1 system) comes
    from ``os.fsdecode`` with lone surrogates that no UTF-8 writer accepts; its
    undecodable bytes are shown as ``\\xe9`` instead, so the name stays readable and
    distinct. Valid names are returned unchanged."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate fsdecode cannot have made
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


_FILE_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a FIFO (named pipe), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file. Only regular
    files are read: a FIFO blocks on open until a writer comes, a device (a symlink
    to /dev/zero) never ends."""
    if stat.S_ISREG(mode):
        return None
    for test, why in _FILE_KINDS:
        if test(mode):
            return why
    return "is not a regular file"


def read_regular_file(path: str, name: str | None = None) -> bytes:
    """The bytes of the regular file at ``path``; anything else (a FIFO, a device, a
    directory) is a ``SourceError`` saying what it is, raised without blocking: the
    file is opened non-blocking and checked again on the open descriptor, so a FIFO
    put in its place after the first check cannot hang the reader. ``name``: what
    errors call it (default: ``path``)."""
    shown = name if name is not None else shown_name(path)
    try:
        why = _not_regular(os.stat(path).st_mode)
        if why is not None:
            raise SourceError(shown, why)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise SourceError(shown, "file not found") from exc
    except OSError as exc:
        raise SourceError(shown, f"cannot read file: {exc.strerror or exc}") from exc
    with open(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            why = _not_regular(st.st_mode)
            if why is not None:
                raise SourceError(shown, why)
            return fh.read()
        except MemoryError as exc:
            raise SourceError(
                shown, f"too large to read into memory ({st.st_size:,} bytes)"
            ) from exc
        except OSError as exc:
            raise SourceError(shown, f"cannot read file: {exc.strerror or exc}") from exc


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
