"""The text inside a library file, so the identifier scanner can read it.

PDF with pypdf, Word (.docx) with python-docx, OpenDocument text (.odt) with odfpy, plain text
as it is: pure-Python, widely used libraries that read without running anything in the file.
The file has already been identified by its content (library.detect_file).

Bounded, so that extraction and scanning fit in the upload's request: at most TEXT_MAX
characters and PAGES_MAX pages are read, and an Office or OpenDocument package whose parts
would unpack to more than UNPACKED_MAX bytes is not opened. What could not be read, or read in
full, is said in `problem`, and the uploader is asked to check it themselves."""

import logging
import zipfile
from dataclasses import dataclass

logger = logging.getLogger(__name__)

TEXT_MAX = 100_000  # characters scanned: about 16,000 words, 40 pages of prose
PAGES_MAX = 300
UNPACKED_MAX = 50 * 1024 * 1024

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
TEXT = "text/plain"

UNREADABLE = "The library could not read the text in this file"
TRUNCATED = ("The file is long: only its first {max:,} characters were checked for "
             "identifiers")
NOT_READ_TYPE = "The library cannot read the text of this type of file"


class Unreadable(Exception):
    """The file's text cannot be read; the message says why, in plain words."""


@dataclass(frozen=True)
class DocumentText:
    text: str
    problem: str = ""  # why the text is missing or incomplete ('' when all of it was read)


def _pdf_text(path: str) -> tuple[str, bool]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable(f"{UNREADABLE}: it is protected by a password.")
        parts: list[str] = []
        size, pages = 0, reader.pages
        for number, page in enumerate(pages):
            if number >= PAGES_MAX or size > TEXT_MAX:
                return "\n".join(parts), False
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, NotImplementedError) as exc:
        logger.info("PDF text not read: %s", type(exc).__name__)
        raise Unreadable(f"{UNREADABLE}: it may be damaged.") from exc
    return "\n".join(parts), True


def _check_unpacked_size(path: str) -> None:
    """A package whose parts unpack to more than UNPACKED_MAX is not opened (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(entry.file_size for entry in package.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise Unreadable(f"{UNREADABLE}: it may be damaged.") from exc
    if unpacked > UNPACKED_MAX:
        raise Unreadable(f"{UNREADABLE}: it unpacks to more than the library reads.")


def _docx_text(path: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn

    _check_unpacked_size(path)
    try:
        document = docx.Document(path)
        parts = [document.element.body]
        for section in document.sections:  # headers and footers hold names too
            parts += [section.header._element, section.footer._element]
        paragraphs: list[str] = []
        for part in parts:
            # Every paragraph in order, those inside tables too.
            for paragraph in part.iter(qn("w:p")):
                paragraphs.append("".join(node.text or "" for node in paragraph.iter(qn("w:t"))))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError,
            AttributeError) as exc:
        logger.info("Word text not read: %s", type(exc).__name__)
        raise Unreadable(f"{UNREADABLE}: it may be damaged.") from exc
    return "\n".join(paragraphs)


def _odt_paragraphs(element, found: list[str]) -> None:
    from odf import teletype
    from odf.namespaces import TEXTNS

    for child in element.childNodes:
        if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
            found.append(teletype.extractText(child))
        elif child.nodeType == child.ELEMENT_NODE:
            _odt_paragraphs(child, found)


def _odt_text(path: str) -> str:
    from odf.opendocument import load

    _check_unpacked_size(path)
    try:
        document = load(path)
        paragraphs: list[str] = []
        _odt_paragraphs(document.masterstyles, paragraphs)  # headers and footers
        _odt_paragraphs(document.text, paragraphs)
    except Exception as exc:  # odfpy raises many kinds on a damaged file (SAX, XML, zip)
        logger.info("OpenDocument text not read: %s", type(exc).__name__)
        raise Unreadable(f"{UNREADABLE}: it may be damaged.") from exc
    return "\n".join(paragraphs)


def _plain_text(path: str, content_type: str) -> str:
    charset = content_type.partition("charset=")[2].strip() or "utf-8"
    codec = {"utf-8": "utf-8-sig", "windows-1252": "cp1252"}.get(charset, charset)
    with open(path, "rb") as f:
        return f.read().decode(codec, errors="replace").lstrip("\ufeff")


def extract_text(path: str, content_type: str) -> DocumentText:
    """The text of the file at `path` (capped at TEXT_MAX), and what stopped it being read
    in full, if anything."""
    kind = content_type.split(";", 1)[0].strip()
    complete = True
    try:
        if kind == PDF:
            text, complete = _pdf_text(path)
        elif kind == DOCX:
            text = _docx_text(path)
        elif kind == ODT:
            text = _odt_text(path)
        elif kind == TEXT:
            text = _plain_text(path, content_type)
        else:
            return DocumentText("", f"{NOT_READ_TYPE}.")
    except Unreadable as exc:
        return DocumentText("", str(exc))
    if not complete or len(text) > TEXT_MAX:
        return DocumentText(text[:TEXT_MAX], TRUNCATED.format(max=TEXT_MAX) + ".")
    if not text.strip():
        return DocumentText("", f"{UNREADABLE}: it has no text that can be read, as in a "
                                "scanned image.")
    return DocumentText(text)
