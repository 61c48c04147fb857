"""The identifier gate in the library: the text of real PDF, Word and OpenDocument files is
read and scanned; a file with findings is held (its uploader alone sees it) until they
confirm each finding or replace the file; titles and summaries pass the gate as cases do."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfWriter

from cop import lifecycle
from sessions_app import documents, library
from sessions_app.lifecycle import HELD_MATERIAL_DAYS
from sessions_app.models import Material, MaterialFinding, MaterialOverride

from .factories import add_file, docx_bytes, join, make_session, make_user, odt_bytes, pdf_bytes
from .helpers import stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

NAMED = "We went with Kevin Moore to the council about his tenancy."
CLEAN = "Priority need: what the housing team must consider."


def on_disk(tmp_path, data: bytes, name="file") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- Reading the text ---------------------------------------------------------------------


def test_text_of_a_pdf_a_word_document_and_an_opendocument(tmp_path):
    pdf = documents.extract_text(on_disk(tmp_path, pdf_bytes("Notes", NAMED)), documents.PDF)
    assert "Kevin Moore" in pdf.text and pdf.problem == ""
    word = documents.extract_text(
        on_disk(tmp_path, docx_bytes("Notes", NAMED, table_cell="Ring Tanya on 07700 900660",
                                     header="Written by Sam Okafor")), documents.DOCX)
    assert "Kevin Moore" in word.text and "07700 900660" in word.text  # a table's cell
    assert "Sam Okafor" in word.text and word.problem == ""  # the header
    odt = documents.extract_text(on_disk(tmp_path, odt_bytes(NAMED, heading="About Ivy Lee")),
                                 documents.ODT)
    assert "About Ivy Lee" in odt.text and "Kevin Moore" in odt.text and odt.problem == ""


def test_what_cannot_be_read_is_said(tmp_path, monkeypatch):
    damaged = documents.extract_text(on_disk(tmp_path, b"%PDF-1.7\n" + b"\x00" * 200),
                                     documents.PDF)
    assert damaged.text == "" and "could not read" in damaged.problem
    image_only = documents.extract_text(on_disk(tmp_path, pdf_bytes()), documents.PDF)
    assert image_only.text == "" and "no text" in image_only.problem
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(NAMED)))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    locked = io.BytesIO()
    writer.write(locked)
    protected = documents.extract_text(on_disk(tmp_path, locked.getvalue()), documents.PDF)
    assert protected.text == "" and "password" in protected.problem
    assert documents.extract_text(on_disk(tmp_path, b"x"), "application/msword").problem


def test_long_text_is_capped_and_said_so(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "TEXT_MAX", 40)
    result = documents.extract_text(on_disk(tmp_path, docx_bytes(NAMED, CLEAN)), documents.DOCX)
    assert len(result.text) == 40 and "only its first 40 characters" in result.problem


def test_a_package_that_unpacks_too_large_is_not_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "UNPACKED_MAX", 1000)
    data = docx_bytes(NAMED)
    assert sum(e.file_size for e in zipfile.ZipFile(io.BytesIO(data)).infolist()) > 1000
    result = documents.extract_text(on_disk(tmp_path, data), documents.DOCX)
    assert result.text == "" and "unpacks to more" in result.problem


# --- Held until its uploader confirms --------------------------------------------------------


@pytest.fixture
def held(community, member):
    material = add_file(member, community, pdf_bytes("Notes from the session", NAMED),
                        name="notes.pdf", title="Notes")
    assert material.held
    return material


def check_url(community, material):
    return reverse("sessions_app:material_check", args=[community.slug, material.pk])


def replace_url(community, material):
    return reverse("sessions_app:material_replace", args=[community.slug, material.pk])


def file_url(community, material):
    return reverse("sessions_app:material_file", args=[community.slug, material.pk])


def library_page(client, community):
    return client.get(reverse("sessions_app:library", args=[community.slug]))


def test_a_clean_file_is_shared_at_once(community, member):
    for data, name in ((pdf_bytes(CLEAN), "a.pdf"), (docx_bytes(CLEAN), "a.docx"),
                       (odt_bytes(CLEAN), "a.odt")):
        material = add_file(member, community, data, name=name)
        assert not material.held and not material.findings.exists(), name


@pytest.mark.parametrize("data, name", [(docx_bytes(NAMED), "n.docx"),
                                        (odt_bytes(NAMED), "n.odt")])
def test_word_and_opendocument_files_are_held_too(community, member, data, name):
    material = add_file(member, community, data, name=name)
    assert material.held
    assert [f.text for f in material.findings.all()] == ["Kevin Moore"]


def test_a_held_file_is_its_uploaders_only(client, community, member, facilitator, held):
    finding = held.findings.get()
    assert (finding.kind, finding.text) == ("PERSON", "Kevin Moore")
    assert finding.before.endswith("We went with") and finding.after.startswith("to the council")
    # Others: not listed, not downloadable, no check page, not on the session's page.
    other = make_user("other@example.test", display_name="Other Member")
    join(other, community)
    for person in (facilitator, other):
        client.force_login(person)
        page = library_page(client, community)
        assert "Notes" not in [row["material"].title for row in page.context["rows"]]
        assert client.get(file_url(community, held)).status_code == 404
        assert client.get(check_url(community, held)).status_code == 404
        assert client.post(check_url(community, held),
                           {"confirm": [finding.pk]}).status_code == 404
        assert client.post(replace_url(community, held),
                           {"upload": SimpleUploadedFile("c.pdf", pdf_bytes(CLEAN))}
                           ).status_code == 404
    assert Material.objects.get(pk=held.pk).held
    # Its uploader sees its state, and can download it to check it.
    client.force_login(member)
    page = library_page(client, community)
    assert "Held" in page.text and "1 possible identifier to check" in page.text
    assert check_url(community, held) in page.text
    assert client.get(file_url(community, held)).status_code == 200
    page = client.get(check_url(community, held))
    assert page.status_code == 200
    assert '<mark class="finding">Kevin Moore<span class="finding-kind"> [' in page.text
    assert "to the council" in page.text


def test_a_held_file_is_not_listed_on_its_session(client, community, member, facilitator):
    session = make_session(community, title="April session", starts_in=timedelta(0))
    add_file(member, community, pdf_bytes(NAMED), title="Held notes", session=session)
    add_file(member, community, pdf_bytes(CLEAN), title="Clean notes", session=session)
    client.force_login(facilitator)
    page = client.get(reverse("sessions_app:session_detail", args=[community.slug, session.pk]))
    assert "Clean notes" in page.text and "Held notes" not in page.text


def test_each_finding_must_be_confirmed(client, community, member, facilitator, held):
    two = add_file(member, community, pdf_bytes("Kevin Moore met Tanya Smith at the council."),
                   title="Two names")
    first, second = two.findings.all()
    client.force_login(member)
    page = client.post(check_url(community, two), {"confirm": [first.pk]})
    assert page.status_code == 200 and "Tick each possible identifier" in page.text
    assert "govuk-error-summary" in page.text
    assert Material.objects.get(pk=two.pk).held
    assert MaterialFinding.objects.filter(material=two, confirmed_at=None).count() == 2
    response = client.post(check_url(community, two), {"confirm": [first.pk, second.pk]})
    assert response.status_code == 302
    two.refresh_from_db()
    assert not two.held
    # The record stays, without the document's words.
    assert [(f.kind, f.text, f.before, bool(f.confirmed_at)) for f in two.findings.all()] == [
        ("PERSON", "", "", True), ("PERSON", "", "", True)]
    client.force_login(facilitator)
    assert client.get(file_url(community, two)).status_code == 200
    assert "Two names" in library_page(client, community).text
    # A shared file has no check page: its uploader goes back to the library.
    client.force_login(member)
    assert client.get(check_url(community, two)).status_code == 302


def test_confirming_anothers_finding_does_not_count(client, community, member, held):
    other = add_file(member, community, pdf_bytes("Tanya Smith rang."), title="Other")
    client.force_login(member)
    page = client.post(check_url(community, held), {"confirm": [other.findings.get().pk]})
    assert page.status_code == 200 and Material.objects.get(pk=held.pk).held


def test_replacing_with_a_clean_file_shares_it(client, community, member, held, media_root,
                                               django_capture_on_commit_callbacks):
    old = held.file.name
    assert len(stored_files(media_root)) == 1
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(replace_url(community, held), {
            "upload": SimpleUploadedFile("fixed.docx", docx_bytes(CLEAN))})
    assert response.status_code == 302
    held.refresh_from_db()
    assert not held.held and not held.findings.exists()
    assert held.filename == "fixed.docx" and held.file.name != old
    assert [p.name for p in stored_files(media_root)] == [held.file.name.rsplit("/", 1)[1]]


def test_replacing_with_a_file_that_has_findings_keeps_it_held(client, community, member,
                                                                held):
    client.force_login(member)
    response = client.post(replace_url(community, held), {
        "upload": SimpleUploadedFile("still.odt", odt_bytes("Ring Tanya Smith tomorrow."))})
    assert response.status_code == 302 and response["Location"] == check_url(community, held)
    held.refresh_from_db()
    assert held.held and [f.text for f in held.findings.all()] == ["Tanya Smith"]


def test_replacing_with_a_refused_file_says_why(client, community, member, held):
    client.force_login(member)
    page = client.post(replace_url(community, held),
                       {"upload": SimpleUploadedFile("x.html", b"<html><script></script>")})
    assert page.status_code == 200 and "cannot take this type of file" in page.text
    assert Material.objects.get(pk=held.pk).held
    assert client.get(replace_url(community, held)).status_code == 405


def test_a_file_that_cannot_be_read_is_held_until_checked(client, community, member):
    material = add_file(member, community, pdf_bytes(), title="A scan")
    assert material.held
    unchecked = material.findings.get()
    assert unchecked.kind == MaterialFinding.UNCHECKED and "no text" in unchecked.reason
    client.force_login(member)
    page = client.get(check_url(community, material))
    assert "I have read the file myself" in page.text
    assert "text the library could not check" in library_page(client, community).text
    client.post(check_url(community, material), {"confirm": [unchecked.pk]})
    assert not Material.objects.get(pk=material.pk).held


def test_services_refuse_anyone_but_the_uploader(community, member, facilitator, held):
    membership = community.memberships.get(user=facilitator)
    with pytest.raises(Exception, match="Only the person who added the file"):
        library.material_confirm(actor=facilitator, membership=membership, material=held,
                                 confirmed={f.pk for f in held.findings.all()})
    with pytest.raises(Exception, match="Only the person who added the file"):
        library.material_replace(actor=facilitator, membership=membership, material=held,
                                 upload=SimpleUploadedFile("c.pdf", pdf_bytes(CLEAN)))


# --- Titles and summaries -------------------------------------------------------------------


def test_a_title_with_a_name_needs_a_change_or_a_reason(client, community, member):
    client.force_login(member)
    url = reverse("sessions_app:material_add", args=[community.slug])
    data = {"title": "What worked for Darren Hughes", "summary": "Useful.",
            "url": "https://example.org/guide"}
    page = client.post(url, data)
    assert page.status_code == 200 and not Material.objects.exists()
    assert "Possible identifiers found" in page.text
    assert 'Darren Hughes<span class="finding-kind"> [' in page.text
    assert "There is a problem" not in page.text and "Check the title and summary" in page.text
    key = page.context["findings"][0]["findings"][0]["finding"].key
    response = client.post(url, {**data, f"override-{key}": "The author of the guide."})
    assert response.status_code == 302
    material = Material.objects.get()
    override = MaterialOverride.objects.get()
    assert (override.material, override.user, override.field, override.flagged_text,
            override.reason) == (material, member, "title", "Darren Hughes",
                                 "The author of the guide.")


def test_a_summary_with_a_phone_number_is_refused_by_the_service(community, member):
    membership = community.memberships.get(user=member)
    with pytest.raises(Exception, match="possible identifier"):
        library.material_add(actor=member, membership=membership, title="Guide",
                             summary="Ring 07700 900660 for help.",
                             url="https://example.org/guide")
    assert not Material.objects.exists()


def test_the_names_the_product_knows_are_not_flagged(community, member):
    membership = community.memberships.get(user=member)
    material = library.material_add(
        actor=member, membership=membership, title=f"Notes from {community.name}",
        summary=f"What {member.agency.name} does.", url="https://example.org/guide")
    assert not material.overrides.exists()


# --- Its lifecycle --------------------------------------------------------------------------


def test_closing_an_account_deletes_its_held_files(community, member, held, media_root,
                                                   django_capture_on_commit_callbacks):
    shared = add_file(member, community, pdf_bytes(CLEAN), title="Shared")
    with pytest.raises(ValidationError):
        library.material_confirm(actor=member, membership=community.memberships.get(
            user=member), material=held, confirmed=set())
    with django_capture_on_commit_callbacks(execute=True):
        counts = lifecycle.close_account(member, timezone.now())
    assert counts["held_library_files_deleted"] == 1
    assert list(Material.objects.all()) == [shared]
    assert len(stored_files(media_root)) == 1


def test_retention_deletes_files_held_too_long(community, member, held):
    fresh = add_file(member, community, pdf_bytes(NAMED), title="Fresh")
    Material.objects.filter(pk=held.pk).update(
        created_at=timezone.now() - timedelta(days=HELD_MATERIAL_DAYS + 1))
    assert lifecycle.apply_retention(timezone.now())["held_library_files_deleted"] == 1
    assert list(Material.objects.all()) == [fresh]


def test_download_my_data_says_what_is_held(community, member, held):
    from sessions_app.lifecycle import sessions

    item = sessions(member)["library_items_you_added"][0]
    assert item["held_until_you_check_it"] is True
    assert item["possible_identifiers"][0]["text"] == "Kevin Moore"
