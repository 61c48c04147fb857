"""Small builders for test data (plain functions: no factory library needed yet)."""

import itertools

from allauth.account.models import EmailAddress

from members.models import Agency, Community, Membership, MembershipStatus, Role, User

PASSWORD = "a-long-test-password"
# Facilitators, evaluators and site admins must have a second factor (members.middleware):
# the builders below give them this authenticator-app secret, so tests keep their meaning.
TOTP_SECRET = "TESTTOTPSECRETFORPYTESTONLY23456"
_seq = itertools.count(1)


def give_totp(user, secret=TOTP_SECRET):
    """An authenticator app for `user` (its secret stored encrypted, as the app stores it)."""
    from members.security import totp_add

    return totp_add(user, secret)


def totp_now(secret=TOTP_SECRET) -> str:
    from members.security import totp_code

    return totp_code(secret)


def reauthenticate(client, password=PASSWORD):
    """Confirm the password again, as a sensitive action asks (allauth's reauthentication)."""
    response = client.post("/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def make_agency(**fields) -> Agency:
    n = next(_seq)
    fields = {"name": f"Agency {n}", "sector": "voluntary", "discipline": "housing", **fields}
    return Agency.objects.create(**fields)


def make_user(email=None, **fields) -> User:
    n = next(_seq)
    email = email or f"person{n}@example.test"
    fields.setdefault("display_name", f"Person {n}")
    user = User.objects.create_user(email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if user.is_evaluator or user.is_staff or user.is_superuser:
        give_totp(user)
    return user


def make_community(**fields) -> Community:
    n = next(_seq)
    fields = {"name": f"Community {n}", "slug": f"community-{n}", "region": "North", **fields}
    return Community.objects.create(**fields)


def join(user, community, role=Role.MEMBER, status=MembershipStatus.ACTIVE) -> Membership:
    if role == Role.FACILITATOR:
        give_totp(user)
    return Membership.objects.create(user=user, community=community, role=role, status=status)


def make_case(community, author, **fields):
    """A published case with harmless text (nothing the identifier scanner flags)."""
    from django.utils import timezone

    from casework.models import CaseStudy

    now = timezone.now()
    fields = {
        "pseudonym": "Elizabeth",
        "title": "Discharged with nowhere to go",
        "presenting_situation": "Elizabeth left hospital with a leg ulcer and no home to go to.",
        "question": "How do we get the housing team to accept a duty?",
        "status": "published",
        "published_at": now,
        **fields,
    }
    return CaseStudy.objects.create(community=community, author=author, **fields)


def make_comment(case, author, body="Have you tried asking for a review of the decision?",
                 **fields):
    from casework.models import Comment

    return Comment.objects.create(case=case, author=author, body=body, **fields)


# --- Real documents, for the library's text extraction (made by the libraries that write
# each format, so the reading side meets files as office software writes them) ----------


def pdf_bytes(*lines: str, pages: int = 1) -> bytes:
    """A PDF (reportlab, compressed streams) with these lines on each page."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        for number, line in enumerate(lines):
            pdf.drawString(72, 770 - 16 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(*paragraphs: str, table_cell: str = "", header: str = "") -> bytes:
    """A Word document (python-docx): paragraphs, and optionally a table cell and a header."""
    import io

    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_cell:
        document.add_table(rows=1, cols=1).cell(0, 0).text = table_cell
    if header:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(*paragraphs: str, heading: str = "") -> bytes:
    """An OpenDocument text (odfpy): an optional heading, then paragraphs."""
    import io

    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def make_session(community, *, days=7, **fields):
    """A session `days` from now (negative: in the past), two hours long."""
    from datetime import timedelta

    from django.utils import timezone

    from sessions_app.models import Session

    start = (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)
    fields = {"title": "Practice session", "starts_at": start,
              "ends_at": start + timedelta(hours=2), **fields}
    return Session.objects.create(community=community, **fields)
