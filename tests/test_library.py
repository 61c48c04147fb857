"""The community library: a file's type is decided by its content, files go only to members
of the community (never from a public URL), and the library page's queries stay bounded."""

import io
import struct
import zipfile
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import Resolver404, resolve, reverse

from members.models import Role
from sessions_app import library
from sessions_app.models import Material

from .factories import add_file, join, make_session, make_user, pdf_bytes
from .helpers import queries_for, stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


# --- Files with real magic bytes ---------------------------------------------------------

PDF_BYTES = pdf_bytes("Priority need: a short guide for housing teams.")
HTML_BYTES = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG_BYTES = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
             b"<script>alert(1)</script></svg>")
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(240)
TEXT_BYTES = "Priority need: a short guide.\nWhat the housing team must consider, £0.\n".encode()

OOXML_MAIN = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "pptx": ("ppt/presentation.xml", "presentationml.presentation.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
}


def zipped(entries) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data, *stored in entries:
            package.writestr(name, data,
                             compress_type=zipfile.ZIP_STORED if stored else None)
    return buffer.getvalue()


def ooxml(kind="docx", *, main_type=None, with_part=True) -> bytes:
    part, suffix = OOXML_MAIN[kind]
    main_type = main_type or f"application/vnd.openxmlformats-officedocument.{suffix}"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{main_type}"/></Types>')
    entries = [("[Content_Types].xml", content_types),
               ("_rels/.rels", '<?xml version="1.0"?><Relationships/>')]
    if with_part:
        entries.append((part, '<?xml version="1.0"?><document/>'))
    return zipped(entries)


def odt(mimetype="application/vnd.oasis.opendocument.text") -> bytes:
    return zipped([("mimetype", mimetype, "stored"),
                   ("content.xml", '<?xml version="1.0"?><office:document-content/>'),
                   ("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest/>')])


def word_97(stream="WordDocument") -> bytes:
    """A minimal compound file (CFBF) with a root entry and one named stream."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    struct.pack_into("<HH", header, 30, 9, 6)
    struct.pack_into("<Ii", header, 44, 1, 1)  # one FAT sector; directory in sector 1
    struct.pack_into("<Iii", header, 56, 4096, -2, 0)
    struct.pack_into("<i", header, 68, -2)
    struct.pack_into("<i", header, 76, 0)  # the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<i", header, 76 + 4 * i, -1)
    fat = struct.pack("<ii", -3, -2) + struct.pack("<i", -1) * 126

    def entry(name, kind):
        data = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        data[: len(encoded)] = encoded
        struct.pack_into("<H", data, 64, len(encoded))
        data[66] = kind
        struct.pack_into("<iii", data, 68, -1, -1, -1)
        struct.pack_into("<i", data, 116, -2)
        return bytes(data)

    return bytes(header) + fat + entry("Root Entry", 5) + entry(stream, 2) + bytes(256)


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def add_link(user, community, url="https://example.org/guide", **fields):
    membership = community.memberships.get(user=user)
    return library.material_add(actor=user, membership=membership,
                                title=fields.pop("title", "Local connection explained"),
                                summary=fields.pop("summary", "A short read on the rules."),
                                url=url, **fields)


# --- Accepted and refused types ----------------------------------------------------------

ACCEPTED = [
    ("guide.pdf", PDF_BYTES, "application/pdf", "guide.pdf"),
    ("notes.docx", ooxml("docx"),
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "notes.docx"),
    ("slides.pptx", ooxml("pptx"),
     "application/vnd.openxmlformats-officedocument.presentationml.presentation",
     "slides.pptx"),
    ("figures.xlsx", ooxml("xlsx"),
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "figures.xlsx"),
    ("minutes.odt", odt(), "application/vnd.oasis.opendocument.text", "minutes.odt"),
    ("old-leaflet.doc", word_97(), "application/msword", "old-leaflet.doc"),
    ("read-me.txt", TEXT_BYTES, "text/plain; charset=utf-8", "read-me.txt"),
    ("windows.txt", "Café notes, 50p\r\nsecond line\r\n".encode("cp1252"),
     "text/plain; charset=windows-1252", "windows.txt"),
    # The name does not decide the type, and a misleading name gets the right extension.
    ("report.html", PDF_BYTES, "application/pdf", "report.html.pdf"),
    ("no-extension", ooxml("docx"),
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "no-extension.docx"),
]


@pytest.mark.parametrize(("name", "data", "content_type", "filename"), ACCEPTED,
                         ids=[a[0] for a in ACCEPTED])
def test_accepted_types_are_stored_with_detected_type(community, member, media_root, name,
                                                      data, content_type, filename):
    material = add_file(member, community, name=name, data=data)
    material.refresh_from_db()
    assert material.content_type == content_type
    assert material.filename == filename
    assert material.size == len(data)
    assert material.uploaded_by == member and material.community == community
    # Stored under a random name that keeps nothing of the original.
    assert material.file.name.startswith(f"materials/{community.pk}/")
    assert name.split(".")[0] not in material.file.name
    assert "." not in material.file.name.rsplit("/", 1)[1]
    assert (media_root / material.file.name).read_bytes() == data


REFUSED = [
    ("page.html", HTML_BYTES, "text/html"),
    ("report.pdf", HTML_BYTES, "application/pdf"),  # an HTML file named and sent as a PDF
    ("chart.svg", SVG_BYTES, "image/svg+xml"),
    ("chart.pdf", SVG_BYTES, "application/pdf"),
    ("setup.exe", EXE_BYTES, "application/x-msdownload"),
    ("guide.pdf", EXE_BYTES, "application/pdf"),
    ("notes.txt", b"<p>Hello</p><script>alert(1)</script>", "text/plain"),
    ("binary.txt", b"some text\x00\x01\x02 and binary", "text/plain"),
    ("archive.docx", zipped([("word/document.xml", "<document/>")]), "application/msword"),
    ("hollow.docx", ooxml("docx", with_part=False), "application/msword"),
    ("macros.docx", ooxml("docx", main_type="application/vnd.ms-word.document."
                                            "macroEnabled.main+xml"), "application/msword"),
    ("sheet.ods", odt("application/vnd.oasis.opendocument.spreadsheet"), "text/plain"),
    ("mail.doc", word_97("__nameid_version1.0"), "application/msword"),
    ("fake.pdf", b"%PDF" + bytes(200), "application/pdf"),
    ("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(100), "application/pdf"),
]


@pytest.mark.parametrize(("name", "data", "browser_type"), REFUSED, ids=[r[0] for r in REFUSED])
def test_other_types_are_refused_by_content(community, member, media_root, name, data,
                                            browser_type):
    membership = community.memberships.get(user=member)
    with pytest.raises(ValidationError) as refused:
        library.material_add(actor=member, membership=membership, title="Something",
                             summary="", upload=upload(name, data, browser_type))
    message = refused.value.message_dict["upload"][0]
    assert "You can add a PDF, a Word document (.docx or .doc)" in message
    assert "plain text file" in message
    assert not Material.objects.exists()
    assert stored_files(media_root) == []


def test_size_limit(settings, community, member, media_root):
    settings.MATERIAL_MAX_BYTES = 2048
    padded = PDF_BYTES + b" " * (2048 - len(PDF_BYTES))
    assert add_file(member, community, data=padded).size == 2048
    with pytest.raises(ValidationError) as refused:
        add_file(member, community, data=padded + b" ")
    assert "the library takes files up to 2.0\xa0KB" in refused.value.message_dict["upload"][0]
    assert Material.objects.count() == 1 and len(stored_files(media_root)) == 1


def test_the_form_shows_why_a_file_was_refused(client, community, member, media_root):
    client.force_login(member)
    url = reverse("sessions_app:material_add", args=[community.slug])
    page = client.post(url, {"title": "Report", "summary": "A report.",
                             "upload": upload("report.pdf", HTML_BYTES, "application/pdf")})
    assert page.status_code == 200
    assert "The library cannot take this type of file." in page.text
    assert not Material.objects.exists() and stored_files(media_root) == []


def test_a_member_adds_a_file_through_the_form(client, community, member, media_root):
    session = make_session(community, title="March session", starts_in=timedelta(0))
    client.force_login(member)
    url = reverse("sessions_app:material_add", args=[community.slug])
    assert "Add to the library" in client.get(url).text
    response = client.post(url, {
        "title": "Priority need", "summary": "Guidance.", "session": session.pk,
        "upload": upload("../../etc/Guide\u202egnp.pdf", PDF_BYTES, "image/png"),
        "community": 999, "uploaded_by": 999,  # ignored: not the form's to set
    })
    assert response.status_code == 302
    material = Material.objects.get()
    assert (material.community, material.session, material.uploaded_by) == (
        community, session, member)
    assert material.filename == "Guidegnp.pdf"
    assert material.content_type == "application/pdf"  # not the browser's word


def test_a_session_of_another_community_cannot_be_chosen(client, community, member,
                                                         other_community):
    foreign = make_session(other_community, title="Bristol session", starts_in=timedelta(0))
    client.force_login(member)
    page = client.post(reverse("sessions_app:material_add", args=[community.slug]),
                       {"title": "x", "summary": "y", "url": "https://example.org",
                        "session": foreign.pk})
    assert page.status_code == 200 and not Material.objects.exists()
    membership = community.memberships.get(user=member)
    with pytest.raises(ValidationError):
        library.material_add(actor=member, membership=membership, title="x", summary="",
                             url="https://example.org", session=foreign)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/file",
                                 "data:text/html,<script>alert(1)</script>", "example",
                                 "https://" + "a" * 200 + ".org"])
def test_links_must_be_http_or_https(community, member, url):
    with pytest.raises(ValidationError) as refused:
        add_link(member, community, url=url)
    assert "url" in refused.value.message_dict
    assert not Material.objects.exists()


def test_exactly_one_of_link_or_file(community, member):
    membership = community.memberships.get(user=member)
    for kwargs in ({}, {"url": "https://example.org", "upload": upload("a.pdf", PDF_BYTES)}):
        with pytest.raises(ValidationError, match="either a link or a file"):
            library.material_add(actor=member, membership=membership, title="x", summary="",
                                 **kwargs)
    material = add_link(member, community, url="http://example.org/guide")
    assert (material.url, material.file.name, material.content_type) == (
        "http://example.org/guide", "", "")


def test_only_active_members_add(community, former_member, member):
    former = community.memberships.get(user=former_member)
    with pytest.raises(PermissionDenied):
        library.material_add(actor=former_member, membership=former, title="x", summary="",
                             url="https://example.org")
    mine = community.memberships.get(user=member)
    with pytest.raises(PermissionDenied):  # someone else's membership
        library.material_add(actor=former_member, membership=mine, title="x", summary="",
                             url="https://example.org")


# --- Files go to members only ------------------------------------------------------------


@pytest.fixture
def material(community, member):
    return add_file(member, community, PDF_BYTES, name="Zebrafinch guide.pdf",
                    title="Zebrafinch guide")


def file_url(community, material):
    return reverse("sessions_app:material_file", args=[community.slug, material.pk])


def library_urls(community, material):
    slug = community.slug
    return [
        ("get", reverse("sessions_app:library", args=[slug])),
        ("get", reverse("sessions_app:material_add", args=[slug])),
        ("post", reverse("sessions_app:material_add", args=[slug])),
        ("get", file_url(community, material)),
        ("get", reverse("sessions_app:material_delete", args=[slug, material.pk])),
        ("post", reverse("sessions_app:material_delete", args=[slug, material.pk])),
    ]


def test_anonymous_is_sent_to_login(client, community, material):
    for method, url in library_urls(community, material):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_everything_is_404_outside_the_community(client, request, community, material,
                                                 viewer, media_root):
    client.force_login(request.getfixturevalue(viewer))
    for method, url in library_urls(community, material):
        data = {"title": "x", "summary": "y", "url": "https://example.org"}
        response = getattr(client, method)(url, data if method == "post" else None)
        assert response.status_code == 404, (viewer, method, url)
    assert Material.objects.get() == material and len(stored_files(media_root)) == 1


@pytest.mark.parametrize("viewer", ["member", "facilitator"])
def test_members_download_the_file_safely(client, request, community, material, viewer):
    client.force_login(request.getfixturevalue(viewer))
    response = client.get(file_url(community, material))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Zebrafinch guide.pdf"'
    assert response["Content-Length"] == str(len(PDF_BYTES))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "sandbox"


def test_text_is_served_with_its_charset(client, community, member):
    material = add_file(member, community, name="notes.txt", data=TEXT_BYTES)
    client.force_login(member)
    response = client.get(file_url(community, material))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")


def test_another_communitys_material_is_404_through_this_communitys_url(
        client, community, other_community, member, outsider):
    join(member, other_community)
    foreign = add_file(outsider, other_community, PDF_BYTES, title="Bristol only")
    client.force_login(member)
    slug = community.slug
    assert client.get(file_url(community, foreign)).status_code == 404
    for name in ("material_delete",):
        url = reverse(f"sessions_app:{name}", args=[slug, foreign.pk])
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert Material.objects.filter(pk=foreign.pk).exists()
    # Through its own community, a member of both gets it.
    assert client.get(file_url(other_community, foreign)).status_code == 200


def test_a_link_has_no_file(client, community, member):
    link = add_link(member, community)
    client.force_login(member)
    assert client.get(file_url(community, link)).status_code == 404


def test_no_public_media_url(client, community, member, material):
    stored = material.file.name
    for path in (f"/media/{stored}", f"/{stored}", "/media/", f"/.data/media/{stored}"):
        with pytest.raises(Resolver404):
            resolve(path)
        client.force_login(member)
        assert client.get(path).status_code == 404
    # The page links to the members-only view, never to the stored name.
    page = client.get(reverse("sessions_app:library", args=[community.slug]))
    assert file_url(community, material) in page.text
    assert stored not in page.text and stored.rsplit("/", 1)[1] not in page.text


# --- Reading and searching ---------------------------------------------------------------


def test_library_lists_newest_first_with_session(client, community, member, other_community,
                                                 outsider):
    session = make_session(community, title="April session", starts_in=timedelta(0))
    add_link(member, community, title="Older link")
    add_file(member, community, PDF_BYTES, title="Newer file", session=session)
    add_link(outsider, other_community, title="Bristol material")
    client.force_login(member)
    page = client.get(reverse("sessions_app:library", args=[community.slug]))
    assert page.status_code == 200
    titles = [row["material"].title for row in page.context["rows"]]
    assert titles == ["Newer file", "Older link"]
    assert "April session" in page.text and "Bristol material" not in page.text
    assert ('class="cop-community-nav__link" href="/c/leeds-test/library/" aria-current="page"'
            in page.text)  # Library tab


def search(client, community, q):
    page = client.get(reverse("sessions_app:library", args=[community.slug]), {"q": q})
    assert page.status_code == 200
    return [row["material"].title for row in page.context["rows"]]


def test_search_by_title_and_summary_words(client, community, member, other_community,
                                           outsider):
    add_link(member, community, title="Priority need explained",
             summary="How councils decide who is vulnerable.")
    add_file(member, community, PDF_BYTES, title="Hospital discharge protocol",
             summary="Nobody should leave hospital homeless: the duty to refer.")
    add_link(outsider, other_community, title="Priority need in Bristol", summary="Housing.")
    client.force_login(member)
    assert search(client, community, "priority") == ["Priority need explained"]
    assert search(client, community, "councils deciding") == ["Priority need explained"]
    assert search(client, community, "homelessness OR vulnerable") == [
        "Hospital discharge protocol", "Priority need explained"]
    assert search(client, community, '"duty to refer"') == ["Hospital discharge protocol"]
    assert search(client, community, "hospital -discharge") == []
    assert search(client, community, "vu") == ["Priority need explained"]  # short: substring
    assert search(client, community, "zebrafinch") == []
    assert search(client, community, "the") == []  # only a stop word: nothing, no error


def test_library_for_is_scoped(community, other_community, member, outsider):
    add_link(member, community, title="Ours")
    add_link(outsider, other_community, title="Theirs")
    membership = community.memberships.get(user=member)
    assert [m.title for m in library.library_for(membership)] == ["Ours"]
    assert [m.title for m in library.library_for(membership, "theirs")] == []


# --- Removing ----------------------------------------------------------------------------


def test_the_uploader_removes_their_file_and_it_is_deleted(
        client, community, member, material, media_root, django_capture_on_commit_callbacks):
    client.force_login(member)
    url = reverse("sessions_app:material_delete", args=[community.slug, material.pk])
    assert "Remove “Zebrafinch guide”" in client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert not Material.objects.exists()
    assert stored_files(media_root) == []


def test_a_facilitator_removes_anyones(client, community, facilitator, material,
                                       django_capture_on_commit_callbacks, media_root):
    client.force_login(facilitator)
    url = reverse("sessions_app:material_delete", args=[community.slug, material.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    assert not Material.objects.exists() and stored_files(media_root) == []


def test_other_members_cannot_remove(client, community, material, media_root):
    other = make_user()
    join(other, community, Role.MEMBER)
    client.force_login(other)
    url = reverse("sessions_app:material_delete", args=[community.slug, material.pk])
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    page = client.get(reverse("sessions_app:library", args=[community.slug]))
    assert url not in page.text
    assert Material.objects.exists() and len(stored_files(media_root)) == 1
    with pytest.raises(PermissionDenied):
        library.material_delete(actor=other, membership=community.memberships.get(user=other),
                                material=material)


def test_clean_filename():
    pdf = library.KINDS[library.PDF]
    assert library.clean_filename("C:\\Users\\me\\Guide.PDF", pdf) == "Guide.pdf"
    assert library.clean_filename("../../.htaccess", pdf) == "htaccess.pdf"
    assert library.clean_filename("a\x00b\nc\u202ed.pdf", pdf) == "abcd.pdf"
    assert library.clean_filename('say "hi" <now>?.pdf', pdf) == "say _hi_ _now__.pdf"
    assert library.clean_filename("", pdf) == "material.pdf"
    assert len(library.clean_filename("x" * 500 + ".pdf", pdf)) == 200


# --- Bounded queries ---------------------------------------------------------------------


def fill(community, users, n):
    session = make_session(community, title="A session", starts_in=timedelta(0))
    Material.objects.bulk_create(
        Material(community=community, uploaded_by=users[i % len(users)],
                 session=session if i % 2 else None, title=f"Housing guide {i}",
                 summary="Priority need and local connection.", url="https://example.org/x")
        for i in range(n))


def test_library_page_query_count_does_not_grow(client, community, member):
    users = [make_user() for _ in range(3)]
    for user in users:
        join(user, community)
    fill(community, users, 3)
    url = reverse("sessions_app:library", args=[community.slug])
    client.force_login(member)
    small = queries_for(client, url)
    small_search = queries_for(client, url, {"q": "housing"})
    more = [make_user() for _ in range(10)]
    for user in more:
        join(user, community)
    fill(community, users + more, 30)
    assert queries_for(client, url) == small
    assert queries_for(client, url, {"q": "housing"}) == small_search
    assert queries_for(client, url, {"page": 2}) == small
    assert small <= 8


def test_a_large_upload_on_disk_is_checked_and_stored(client, community, member, media_root):
    """Over Django's in-memory limit the upload arrives as a temporary file: same checks."""
    data = PDF_BYTES + b"%" + b"x" * (3 * 1024 * 1024)
    client.force_login(member)
    response = client.post(reverse("sessions_app:material_add", args=[community.slug]),
                           {"title": "Big report", "summary": "Long.",
                            "upload": upload("big.pdf", data)})
    assert response.status_code == 302
    material = Material.objects.get()
    assert (material.size, material.content_type) == (len(data), "application/pdf")
    download = client.get(file_url(community, material))
    assert b"".join(download.streaming_content) == data
    page = client.post(reverse("sessions_app:material_add", args=[community.slug]),
                       {"title": "Big page", "summary": "Long.",
                        "upload": upload("big.pdf", HTML_BYTES + b" " * (3 * 1024 * 1024))})
    assert "The library cannot take this type of file." in page.text
    assert Material.objects.count() == 1 and len(stored_files(media_root)) == 1
