"""The community library: research and guidance brought to sessions, as links or files.

Writes are services (`material_add`, `material_delete`: the transaction boundary); reads
(`library_for`) are scoped to the viewer's membership. A file's type is decided by its
content (puremagic reads the magic bytes, then our own checks confirm the structure of the
formats we accept), never by its name or by what the browser says it is. Files are stored
under random names and served only by `views.library.material_file`, to members.

The identifier gate (cop/gate.py): a title or summary with a finding is saved only once each
finding is changed or kept with a reason (MaterialOverride). A file's text (documents.py) is
scanned when it is added or replaced, in the request (both are bounded, about a second at
most); a file with findings, or whose text could not be read in full, is held: only its
uploader sees it until they confirm each finding (`material_confirm`) or replace the file
with one that passes (`material_replace`)."""

import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit
from xml.etree import ElementTree

import puremagic
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from cop import gate
from cop.text_limits import too_long
from members import permissions as member_permissions

from . import documents
from .models import (
    FINDING_EXCERPT_MAX,
    MATERIAL_SUMMARY_MAX,
    TITLE_MAX,
    URL_MAX,
    Material,
    MaterialFinding,
    MaterialOverride,
)
from .permissions import require_material_deleter, require_material_uploader

SEARCH_CONFIG = "english"
MIN_SEARCH_LENGTH = 3  # shorter queries match by substring, not full text

ACCEPTED = ("a PDF, a Word document (.docx or .doc), an OpenDocument text document (.odt), "
            "a PowerPoint presentation (.pptx), an Excel workbook (.xlsx) or a plain text file")
NOT_ACCEPTED = ("The library cannot take this type of file. You can add " + ACCEPTED + ".")

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
DOC = "application/msword"
TEXT = "text/plain"


@dataclass(frozen=True)
class FileKind:
    content_type: str  # as detected, without parameters
    label: str  # what people call it
    extensions: tuple[str, ...]  # the first is added to a filename that has none of these


KINDS = {
    PDF: FileKind(PDF, "PDF", (".pdf",)),
    DOCX: FileKind(DOCX, "Word document", (".docx",)),
    DOC: FileKind(DOC, "Word 97-2003 document", (".doc",)),
    ODT: FileKind(ODT, "OpenDocument text", (".odt",)),
    PPTX: FileKind(PPTX, "PowerPoint presentation", (".pptx",)),
    XLSX: FileKind(XLSX, "Excel workbook", (".xlsx",)),
    TEXT: FileKind(TEXT, "Plain text", (".txt", ".text", ".md", ".csv")),
}
# What puremagic may call a type we accept (CSV is plain text to us).
DETECTED_AS = {kind: kind for kind in KINDS} | {"text/csv": TEXT}

# The main part each Office Open XML type must declare in [Content_Types].xml (ECMA-376).
OOXML_MAIN_PART = {
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
CONTENT_TYPES_MAX_BYTES = 1024 * 1024
CFBF_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")
MARKUP_START = re.compile(r"<[a-zA-Z!?/]")
TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DetectedFile:
    kind: FileKind
    content_type: str  # what the file is served as, with a charset for text


def kind_label(content_type: str) -> str:
    """'PDF', 'Word document', ... for a stored content type ('' for a link)."""
    kind = KINDS.get(content_type.split(";", 1)[0].strip())
    return kind.label if kind else ("File" if content_type else "")


# --- Checking a file ---------------------------------------------------------------------


def _refuse(message: str = NOT_ACCEPTED):
    return ValidationError({"upload": message})


def _on_disk(upload, directory) -> str:
    """A copy of the upload under a name with no extension, so that nothing but the
    content can steer detection (Django's own temporary file keeps the upload's suffix)."""
    path = f"{directory}/upload"
    upload.seek(0)
    with open(path, "wb") as out:
        shutil.copyfileobj(upload, out, 64 * 1024)
    upload.seek(0)
    return path


def _detected_type(path: str) -> str:
    """The content type puremagic finds with most confidence, or ''. Among equally confident
    answers the first one we accept wins; a less confident answer never does."""
    try:
        matches = puremagic.magic_file(path)
    except (puremagic.PureError, ValueError, OSError):
        return ""
    if not matches:
        return ""
    best = [m for m in matches if m.confidence == matches[0].confidence]
    for match in best:
        if match.mime_type in DETECTED_AS:
            return DETECTED_AS[match.mime_type]
    return ""


def _check_pdf(path: str) -> None:
    with open(path, "rb") as f:
        if not PDF_HEADER.match(f.read(16)):
            raise _refuse()


def _check_ooxml(path: str, content_type: str) -> None:
    """A real Office Open XML package: [Content_Types].xml declares the main part of this
    type, and that part is in the package."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names:
                raise _refuse()
            with package.open("[Content_Types].xml") as part:
                declared = part.read(CONTENT_TYPES_MAX_BYTES + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, RuntimeError,
            NotImplementedError, EOFError) as exc:
        raise _refuse() from exc
    if len(declared) > CONTENT_TYPES_MAX_BYTES:
        raise _refuse()
    try:
        root = ElementTree.fromstring(declared)
    except ElementTree.ParseError as exc:
        raise _refuse() from exc
    main = OOXML_MAIN_PART[content_type]
    for element in root.iter():
        if (element.tag.endswith("}Override") and element.get("ContentType") == main
                and (element.get("PartName") or "").lstrip("/") in names):
            return
    raise _refuse()


def _check_odt(path: str) -> None:
    """An OpenDocument text package: its first entry is the uncompressed `mimetype` naming
    OpenDocument text (ODF 1.2, part 3, 3.3), with content and manifest present."""
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            first = entries[0] if entries else None
            if (first is None or first.filename != "mimetype"
                    or first.compress_type != zipfile.ZIP_STORED or first.file_size > 100):
                raise _refuse()
            mimetype = package.read("mimetype")
            names = {e.filename for e in entries}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, RuntimeError,
            NotImplementedError, EOFError) as exc:
        raise _refuse() from exc
    if mimetype != ODT.encode() or not {"content.xml", "META-INF/manifest.xml"} <= names:
        raise _refuse()


def _check_doc(path: str) -> None:
    # puremagic has already found a WordDocument stream in the compound file's directory.
    with open(path, "rb") as f:
        if f.read(8) != CFBF_MAGIC:
            raise _refuse()


def _text_charset(path: str) -> str:
    """The charset of a plain text file (UTF-8, UTF-16 with a byte order mark, or
    Windows-1252), refusing binary data and markup such as HTML or SVG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        candidates = [("utf-16", "utf-16")]
    elif b"\x00" in data:
        raise _refuse()
    else:
        candidates = [("utf-8", "utf-8-sig"), ("windows-1252", "cp1252")]
    for charset, codec in candidates:
        try:
            text = data.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
        if TEXT_CONTROLS.search(text) or MARKUP_START.match(text.lstrip()):
            raise _refuse()
        return charset
    raise _refuse()


def _detect_on_disk(path: str) -> DetectedFile:
    content_type = _detected_type(path)
    if content_type == PDF:
        _check_pdf(path)
    elif content_type in OOXML_MAIN_PART:
        _check_ooxml(path, content_type)
    elif content_type == ODT:
        _check_odt(path)
    elif content_type == DOC:
        _check_doc(path)
    elif content_type == TEXT:
        return DetectedFile(KINDS[TEXT], f"{TEXT}; charset={_text_charset(path)}")
    else:
        raise _refuse()
    return DetectedFile(KINDS[content_type], content_type)


def _check_size(upload) -> None:
    limit = settings.MATERIAL_MAX_BYTES
    if not upload.size:
        raise _refuse("The file is empty.")
    if upload.size > limit:
        raise _refuse(f"The file is {filesizeformat(upload.size)}; the library takes files up "
                      f"to {filesizeformat(limit)}.")


def detect_file(upload) -> DetectedFile:
    """What the uploaded file really is, or a ValidationError on `upload` saying what the
    library accepts. Size first: nothing larger than MATERIAL_MAX_BYTES is read."""
    _check_size(upload)
    with tempfile.TemporaryDirectory(prefix="material-") as directory:
        return _detect_on_disk(_on_disk(upload, directory))


@dataclass(frozen=True)
class CheckedFile:
    detected: DetectedFile
    findings: list[MaterialFinding]  # unsaved, in document order; none for a clean file


def _excerpt_findings(text: str, found: list[gate.FieldFinding],
                      problem: str) -> list[MaterialFinding]:
    rows = [MaterialFinding(position=0, kind=MaterialFinding.UNCHECKED, reason=problem)
            ] if problem else []
    for f in sorted(found, key=lambda f: f.start):
        before = text[max(0, f.start - FINDING_EXCERPT_MAX):f.start]
        after = text[f.end:f.end + FINDING_EXCERPT_MAX]
        rows.append(MaterialFinding(
            position=len(rows), kind=f.kind, reason=f.reason[:300],
            before=" ".join(before.split())[-FINDING_EXCERPT_MAX:],
            text=" ".join(f.text.split())[:200],
            after=" ".join(after.split())[:FINDING_EXCERPT_MAX]))
    return rows


def check_file(upload) -> CheckedFile:
    """Detect the file's type (ValidationError if the library does not take it), read its
    text and scan it: what would hold it back from the community."""
    _check_size(upload)
    with tempfile.TemporaryDirectory(prefix="material-") as directory:
        path = _on_disk(upload, directory)
        detected = _detect_on_disk(path)
        extracted = documents.extract_text(path, detected.content_type)
    found = gate.find({"file": extracted.text}, [], gate.known_terms())
    return CheckedFile(detected, _excerpt_findings(extracted.text, found, extracted.problem))


def clean_filename(name: str, kind: FileKind) -> str:
    """The original name, safe to show and to offer as a download name: no folders, no
    control or direction-changing characters, and an extension that matches the content."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"|?*]', "_", name)
    name = " ".join(name.split()).strip(" .")
    stem, dot, extension = name.rpartition(".")
    if dot and f".{extension.lower()}" in kind.extensions:
        extension = f".{extension.lower()}"
    else:
        stem, extension = name, kind.extensions[0]
    stem = stem.strip(" .") or "material"
    return stem[: 200 - len(extension)] + extension


def _check_link(url: str) -> None:
    if len(url) > URL_MAX:
        raise ValidationError({"url": too_long(URL_MAX, len(url))})
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as exc:
        raise ValidationError(
            {"url": "Enter a web address that starts with https:// or http://."}) from exc


# --- Writes ------------------------------------------------------------------------------


def _gate_texts(title: str, summary: str, reasons: dict[str, str] | None):
    """The overrides to record for the title and summary (IdentifiersFound if a finding has
    neither a change nor a reason)."""
    return gate.check({"title": title, "summary": summary}, [], reasons or {},
                      gate.known_terms())


def _save_findings(material: Material, findings: list[MaterialFinding]) -> None:
    for finding in findings:
        finding.material = material
    MaterialFinding.objects.bulk_create(findings)


def material_add(*, actor, membership, title, summary, url="", upload=None,
                 session=None, reasons=None) -> Material:
    """Add a link or a file to the community's library. Any active member may. The title
    and summary pass the gate; a file with findings is held (see the module's docstring)."""
    if membership.user_id != actor.pk or not member_permissions.is_member(
            membership, membership.community_id):
        raise PermissionDenied("Only members of this community can add to its library.")
    title, summary, url = (title or "").strip(), (summary or "").strip(), (url or "").strip()
    errors: dict[str, str | ValidationError] = {}
    if not title:
        errors["title"] = "Give it a title."
    elif len(title) > TITLE_MAX:
        errors["title"] = too_long(TITLE_MAX, len(title))
    if len(summary) > MATERIAL_SUMMARY_MAX:
        errors["summary"] = too_long(MATERIAL_SUMMARY_MAX, len(summary))
    if session is not None and session.community_id != membership.community_id:
        errors["session"] = "Choose a session of this community."
    if bool(url) == (upload is not None):
        errors[NON_FIELD_ERRORS] = "Add either a link or a file (one of them, not both)."
    if errors:
        raise ValidationError(errors)
    accepted = _gate_texts(title, summary, reasons)
    material = Material(community=membership.community, session=session, title=title,
                        summary=summary, url=url, uploaded_by=actor)
    findings = []
    if url:
        _check_link(url)
    else:
        checked = check_file(upload)
        findings = checked.findings
        material.filename = clean_filename(upload.name, checked.detected.kind)
        material.content_type = checked.detected.content_type
        material.size = upload.size
        material.held = bool(findings)
    stored: str | None = ""
    try:
        with transaction.atomic():
            if upload is not None:
                upload.seek(0)
                # material_path gives the stored name: random, never the original.
                material.file.save(material.filename, upload, save=False)
                stored = material.file.name
            material.save()
            _save_findings(material, findings)
            MaterialOverride.objects.bulk_create(
                MaterialOverride(material=material, user=actor, field=finding.field,
                                 kind=finding.kind, flagged_text=finding.text[:200],
                                 reason=reason)
                for finding, reason in accepted)
    except BaseException:
        if stored:
            material.file.storage.delete(stored)
        raise
    return material


def material_replace(*, actor, membership, material, upload) -> Material:
    """The uploader puts a new file in place of a held one: checked as a new file, its
    findings (if any) replace the old ones. The old file goes once this is committed."""
    if membership.user_id != actor.pk:
        raise PermissionDenied("That is someone else's membership.")
    require_material_uploader(membership, material)
    checked = check_file(upload)
    old = material.file.name
    stored: str | None = ""
    try:
        with transaction.atomic():
            locked = Material.objects.select_for_update().get(pk=material.pk)
            upload.seek(0)
            locked.filename = clean_filename(upload.name, checked.detected.kind)
            locked.content_type = checked.detected.content_type
            locked.size = upload.size
            locked.file.save(locked.filename, upload, save=False)
            stored = locked.file.name
            locked.held = bool(checked.findings)
            locked.save(update_fields=["file", "filename", "content_type", "size", "held"])
            locked.findings.all().delete()
            _save_findings(locked, checked.findings)
            if old:
                transaction.on_commit(partial(locked.file.storage.delete, old))  # a file
    except BaseException:
        if stored:
            material.file.storage.delete(stored)
        raise
    return locked


NOT_ALL_CONFIRMED = ("Tick each possible identifier to confirm that it is safe to share, "
                     "or replace the file.")


@transaction.atomic
def material_confirm(*, actor, membership, material, confirmed: set[int]) -> Material:
    """The uploader confirms every finding of a held file: it is shared with the community.
    The excerpts are cleared; what was confirmed, and when, stays."""
    if membership.user_id != actor.pk:
        raise PermissionDenied("That is someone else's membership.")
    require_material_uploader(membership, material)
    locked = Material.objects.select_for_update().get(pk=material.pk)
    waiting = set(locked.findings.filter(confirmed_at=None).values_list("pk", flat=True))
    if not locked.held:
        return locked
    if waiting - set(confirmed):
        raise ValidationError(NOT_ALL_CONFIRMED)
    locked.findings.filter(pk__in=waiting).update(
        confirmed_at=timezone.now(), before="", text="", after="")
    locked.held = False
    locked.save(update_fields=["held"])
    return locked


def material_delete(*, actor, membership, material) -> None:
    """Remove a material; its stored file goes once the deletion is committed."""
    if membership.user_id != actor.pk:
        raise PermissionDenied("That is someone else's membership.")
    require_material_deleter(membership, material)
    storage, stored = material.file.storage, material.file.name
    with transaction.atomic():
        material.delete()
        if stored:
            transaction.on_commit(partial(storage.delete, stored))  # a file, not a job


# --- Reads -------------------------------------------------------------------------------


def library_for(membership, query: str = ""):
    """The community's materials, newest first, with the session each was brought to;
    `query` searches titles and summaries (PostgreSQL full text, websearch syntax). Held
    files are in the list of their uploader only, with the count of findings to confirm."""
    materials = (
        Material.objects.filter(community=membership.community)
        .filter(Q(held=False) | Q(uploaded_by_id=membership.user_id))
        .select_related("session", "uploaded_by")
        .only("id", "community_id", "title", "summary", "url", "file", "filename",
              "content_type", "size", "created_at", "held", "session__id", "session__title",
              "session__starts_at", "uploaded_by__id", "uploaded_by__display_name")
        .annotate(
            to_confirm=Count("findings", filter=Q(findings__confirmed_at=None)
                             & ~Q(findings__kind=MaterialFinding.UNCHECKED)),
            unchecked=Count("findings", filter=Q(findings__confirmed_at=None,
                                                 findings__kind=MaterialFinding.UNCHECKED)))
        .order_by("-created_at", "-pk")
    )
    query = " ".join((query or "").split())[:200]
    if not query:
        return materials
    if len(query) < MIN_SEARCH_LENGTH:
        return materials.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    vector = (SearchVector("title", weight="A", config=SEARCH_CONFIG)
              + SearchVector("summary", weight="B", config=SEARCH_CONFIG))
    search = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    return materials.annotate(search=vector).filter(search=search)


def link_host(url: str) -> str:
    """The site a link goes to, to show beside it."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
