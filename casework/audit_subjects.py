"""The cases that a community's audit trail entries are about (members/audit_subjects.py):
an entry about a case, a comment or an override names its case, by title and with a link,
for a facilitator who may open it."""

from django.urls import reverse

from members import audit_subjects
from members.audit_subjects import Subject, SubjectKind

from . import selectors


def case_id(event) -> int | None:
    """The case an entry is about: its target, or the case in its detail (a comment's or
    an override's entry)."""
    if event.target_type == "casework.casestudy":
        return event.target_id
    found = event.detail.get("case") if isinstance(event.detail, dict) else None
    return found if isinstance(found, int) else None


def cases(membership, ids: set[int]) -> dict[int, Subject]:
    slug = membership.community.slug
    return {pk: Subject(title, reverse("casework:case_detail", args=[slug, pk]))
            for pk, title in selectors.visible_cases(membership).filter(pk__in=ids)
            .values_list("pk", "title")}


def register() -> None:
    audit_subjects.register(SubjectKind(app="casework", subject_id=case_id, subjects=cases))
