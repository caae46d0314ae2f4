"""Limits on what one PDF may cost, and the scan of its streams that enforces them.

Before a backend sees the bytes, every compressed stream of the file is inflated here,
in bounded pieces that are counted and thrown away: a decompression bomb (1 MB of
Flate that inflates to 1 GB, ``corpus/bad/sp.bomb_spaces.pdf``) is refused with a
``LimitExceededError`` naming the limit, instead of PDFium growing past 2 GB and the
process aborting. The same pass finds the streams whose compressed data is corrupt or
ends early (a byte flipped, a file cut short): the backends read what they can of
those without a word (PDFium) or log it (pdfminer), so the pipeline names the pages
that lose text in ``Document.warnings``.

The scan reads the file as bytes (``N G obj << … >> stream … endstream``), the way
both backends' own repair code finds objects; it costs a few ms per filing (zlib runs
in C). Image streams are not inflated: reading text never decodes them, and a page
rendered for OCR is bounded by ``max_render_pixels``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

import attrs

from courtparse.errors import LimitExceededError

__all__ = ["DEFAULT_LIMITS", "Limits", "StreamProblem", "scan_streams", "stream_warnings"]

_MIB = 1024 * 1024


def _positive(_inst: object, attr: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attr.name} must be positive, got {value}")


@attrs.frozen
class Limits:
    """What ``parse`` will spend on one PDF. Going past a limit is a
    ``LimitExceededError`` naming it (or, for ``max_page_chars``, a warning), never
    an abort of the process. Raise one for a file that needs it:
    ``parse(path, limits=Limits(max_stream_bytes=256 * 2**20))``."""

    max_stream_bytes: int = attrs.field(default=32 * _MIB, validator=_positive)
    """Decompressed bytes of one stream (content, form, font, object stream). The
    largest in the pool and pool2 filings is about 1.5 MB; PDFium needs ~15 bytes of
    memory per byte of a stream of text objects."""
    max_document_bytes: int = attrs.field(default=256 * _MIB, validator=_positive)
    """Decompressed bytes of all those streams of the file together."""
    max_page_chars: int = attrs.field(default=200_000, validator=_positive)
    """Characters kept from one page (a dense printed page has ~5,000); the rest of
    the page is left out with a warning naming it."""
    max_render_pixels: int = attrs.field(default=40_000_000, validator=_positive)
    """Pixels of one page rendered for OCR (a letter page at 300 dpi is 8.4 M; an
    11 x 17 in. page 16.8 M). A larger page is rendered at a lower resolution."""


DEFAULT_LIMITS = Limits()


@attrs.frozen
class StreamProblem:
    """A stream whose compressed data is damaged: the backends read less of it."""

    objid: int
    """Its object number (0 when the scan could not tell)."""
    why: str
    """"is cut short" (the compressed data ends early), "is corrupt" (zlib refuses
    it) or "has an unknown filter /X"."""


_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
# The object a stream belongs to: the last "N G obj" before its dictionary.
_OBJ = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
# A font program (FontFile, FontFile2, FontFile3): text is read from the font's encoding
# and ToUnicode map, not from its glyph outlines, so a damaged one loses no text
# (scotus_slip-opinion-b: a TrueType program 2 bytes short, its text intact).
_FONT_PROGRAM = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
# /Length given directly (not "/Length 12 0 R").
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_WHITE = frozenset(b" \t\r\n\f\x00")
_EOL_SLACK = 4
"""White-space bytes allowed between a stream's /Length end and its "endstream"."""
_OBJ_HEADER = 64
_OBJ_AT_END = re.compile(rb"(?<!\d)(\d{1,10})\s+\d{1,5}\s+obj\Z")
_WORD_BYTE = re.compile(rb"\w")
"""Bytes before "obj" searched for its object and generation numbers."""
_DICT_WINDOW = 4096
"""Bytes before ``stream`` searched for its dictionary and object number."""
_PIECE = _MIB
"""Inflated bytes produced (and dropped) at a time."""

_FLATE = frozenset((b"FlateDecode", b"Fl"))
# Filters PDF defines: left for the backends (they rarely wrap text in court filings).
_KNOWN = frozenset(
    (
        b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85", b"LZWDecode", b"LZW",
        b"RunLengthDecode", b"RL", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode",
        b"DCTDecode", b"DCT", b"JPXDecode", b"Crypt",
    )
)


def _object_number(head: bytes) -> tuple[int, int]:
    """The last "N G obj" of ``head`` (its number, and where its header ends), read from
    the end: (0, 0) when there is none."""
    hi = len(head)
    while True:
        i = head.rfind(b"obj", 0, hi)
        if i < 0:
            return 0, 0
        m = _OBJ_AT_END.search(head, max(0, i - _OBJ_HEADER), i + 3)
        if m is not None and not _WORD_BYTE.match(head, i + 3):
            return int(m.group(1)), m.end()
        hi = i  # "endobj", or "obj" inside a string: look further back


def _streams(data: bytes) -> Iterator[tuple[int, bytes, memoryview, bool]]:
    """(object number, dictionary bytes, stream data, whether ``endstream`` was found).

    The search for the next stream resumes after this one's ``endstream`` (a stream's own
    bytes are never searched for "stream"), and its data is a view, not a copy: the scan
    costs a small share of a parse (issue 16's speed bar)."""
    view = memoryview(data)
    pos = 0
    while True:
        m = _STREAM.search(data, pos)
        if m is None:
            return
        head = data[max(0, m.start() - _DICT_WINDOW) : m.start()]
        start = m.end()
        if not head.rstrip().endswith(b">>"):
            pos = start  # "stream" inside other text, or "endstream"
            continue
        objid, header_end = _object_number(head)
        head = head[header_end:]
        length = _LENGTH.search(head)
        if length is not None:  # the usual case: "endstream" right where /Length says
            end = start + int(length.group(1))
            after = end
            while after < len(data) and after - end < _EOL_SLACK and data[after] in _WHITE:
                after += 1
            if data.startswith(b"endstream", after):
                yield objid, head, view[start:end], True
                pos = after + len(b"endstream")
                continue
        # No /Length, or not where it says (a damaged file): the next "endstream", and the
        # search goes on inside this stream, where a lost "endstream" may hide the next one.
        end = data.find(b"endstream", start)
        yield objid, head, view[start:] if end < 0 else view[start:end], end >= 0
        pos = start


def _blank(raw: memoryview) -> bool:
    """Whether stream data is only white space (copied only when it starts with some)."""
    return len(raw) == 0 or (raw[0] in b" \t\r\n\f\x0b" and not raw.tobytes().strip())


def _shown(name: bytes) -> str:
    return name.decode("ascii", "backslashreplace")[:40]


def _inflate(raw: bytes | memoryview, room: int) -> tuple[int, str | None]:
    """(inflated size, problem) of Flate data, stopping once past ``room`` bytes."""
    inflater = zlib.decompressobj()
    size = 0
    rest = raw
    try:
        while rest and not inflater.eof:
            piece = len(inflater.decompress(rest, _PIECE))
            size += piece
            if size > room:
                return size, None
            if not piece and len(inflater.unconsumed_tail) == len(rest):
                break  # no progress: zlib wants input the stream does not have
            rest = inflater.unconsumed_tail
        if not inflater.eof:
            size += len(inflater.flush())
    except zlib.error:
        return size, "is corrupt"
    if not inflater.eof:
        return size, "is cut short"
    return size, None


def scan_streams(data: bytes, source_name: str, limits: Limits = DEFAULT_LIMITS) -> list[StreamProblem]:
    """The damaged streams of a PDF's bytes; raises ``LimitExceededError`` when a
    stream or all of them together inflate past ``limits``."""
    problems: list[StreamProblem] = []
    total = 0
    for objid, head, raw, ended in _streams(data):
        if _IMAGE.search(head):
            continue
        found = _FILTER.search(head)
        names = _NAME.findall(found.group(1)) if found else []
        if names and names[0] not in _FLATE:
            if names[0] not in _KNOWN:
                problems.append(StreamProblem(objid, f"has an unknown filter /{_shown(names[0])}"))
            total += len(raw)
            continue
        length = _LENGTH.search(head)
        if length is not None and int(length.group(1)) <= len(raw) and _blank(raw[int(length.group(1)) :]):
            raw = raw[: int(length.group(1))]  # the EOL before "endstream" is not data
        if not names or _blank(raw):
            size, why = len(raw), None  # "/Length 0" and an empty line: an empty stream
        else:
            room = min(limits.max_stream_bytes, limits.max_document_bytes - total)
            size, why = _inflate(raw, room)
            if size > limits.max_stream_bytes:
                raise LimitExceededError(
                    source_name,
                    f"stream object {objid} inflates past {limits.max_stream_bytes:,} bytes "
                    "(a decompression bomb?); raise Limits.max_stream_bytes to read it",
                )
        total += size
        if total > limits.max_document_bytes:
            raise LimitExceededError(
                source_name,
                f"streams inflate past {limits.max_document_bytes:,} bytes in all; "
                "raise Limits.max_document_bytes to read it",
            )
        if why is None and not ended:
            why = "is cut short"
        if why is not None and not _FONT_PROGRAM.search(head):
            problems.append(StreamProblem(objid, why))
    return problems


_WALK_CAP = 5000
"""Objects visited per page when looking for the damaged ones it draws."""
_NOT_FOLLOWED = frozenset(("Parent", "P", "Annots", "B", "Dest", "Thumb", "StructParents"))


def _reached(obj: object, seen: set[int], budget: list[int]) -> None:
    """Collect in ``seen`` the object numbers reachable from ``obj`` (a page's
    contents and resources): fonts and their files, forms, content streams."""
    from pdfminer.pdftypes import PDFObjRef, PDFStream

    stack = [obj]
    while stack and budget[0] > 0:
        item = stack.pop()
        if isinstance(item, PDFObjRef):
            if item.objid in seen:
                continue
            seen.add(item.objid)
            budget[0] -= 1
            try:
                stack.append(item.resolve())
            except Exception:  # a missing object: nothing to follow
                continue
        elif isinstance(item, PDFStream):
            if item.objid is not None:
                seen.add(item.objid)
            stack.extend(v for k, v in item.attrs.items() if k not in _NOT_FOLLOWED)
        elif isinstance(item, dict):
            stack.extend(v for k, v in item.items() if k not in _NOT_FOLLOWED)
        elif isinstance(item, list):
            stack.extend(item)


def stream_warnings(data: bytes, problems: list[StreamProblem]) -> list[str]:
    """Sentences for ``Document.warnings`` naming the pages that draw a damaged
    stream (through their contents, fonts or forms), read with pdfminer: only files
    with such a stream pay for it."""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from courtparse.pdf.base import page_list

    by_id = {p.objid: p for p in problems}
    hit: dict[str, list[int]] = {}
    placed: set[int] = set()
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        for number, page in enumerate(PDFPage.create_pages(doc), start=1):
            seen: set[int] = set()
            budget = [_WALK_CAP]
            _reached([page.attrs.get("Contents"), page.attrs.get("Resources")], seen, budget)
            for objid in sorted(seen & by_id.keys()):
                placed.add(objid)
                hit.setdefault(by_id[objid].why, []).append(number)
    except Exception:  # pdfminer cannot walk the pages: name the objects alone
        pass
    out = [
        f"{page_list(sorted(set(pages)))}: a stream drawn there {why} "
        "(damaged compressed data); the text read may be incomplete"
        for why, pages in sorted(hit.items())
    ]
    rest = sorted(p.objid for p in problems if p.objid not in placed)
    if rest and not hit:
        objects = ", ".join(f"{i} {by_id[i].why}" for i in rest[:10]) + (", …" if len(rest) > 10 else "")
        out.append(
            f"damaged streams (object {objects}) on pages that could not be told; "
            "the text read may be incomplete"
        )
    return out
