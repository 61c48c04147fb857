"""Writes to a community's glossary. Each function is a transaction.

A term's words, meaning and source pass the identifier gate (cop/gate.py): a finding is
saved only once it is changed or kept with a reason (TermOverride). The link is checked to
be a web address (http or https). A write causes no email and no job. The community's
glossary version, which the marked case pages are cached under, is raised by PostgreSQL in
the same transaction (migration 0002)."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from cop import gate
from cop.text_limits import too_long
from members.models import Membership, User

from . import permissions, selectors
from .models import LINK_MAX, MEANING_MAX, SOURCE_MAX, TERM_MAX, Term, TermOverride

GATED_FIELDS = ("term", "meaning", "source")  # read by the community: they pass the gate


@dataclass(frozen=True)
class TermText:
    """What a person types for a term."""

    term: str
    meaning: str
    source: str = ""
    link: str = ""

    def cleaned(self) -> "TermText":
        return TermText(term=" ".join(self.term.split()), meaning=self.meaning.strip(),
                        source=" ".join(self.source.split()), link=self.link.strip())

    def gated(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in GATED_FIELDS}


def _own(actor: User, membership: Membership) -> None:
    if membership.user_id != actor.pk:
        raise PermissionDenied("That is someone else's membership.")


def _validate(text: TermText, membership: Membership, *, other_than: int | None) -> None:
    errors: dict[str, ValidationError | str] = {}
    if not text.term:
        errors["term"] = "Enter the term."
    elif len(text.term) > TERM_MAX:
        errors["term"] = too_long(TERM_MAX, len(text.term))
    elif selectors.term_named(membership.community, text.term, other_than=other_than):
        errors["term"] = f"“{text.term}” is in the glossary already: edit it there."
    if not text.meaning:
        errors["meaning"] = "Say what it means."
    elif len(text.meaning) > MEANING_MAX:
        errors["meaning"] = too_long(MEANING_MAX, len(text.meaning))
    if len(text.source) > SOURCE_MAX:
        errors["source"] = too_long(SOURCE_MAX, len(text.source))
    if len(text.link) > LINK_MAX:
        errors["link"] = too_long(LINK_MAX, len(text.link))
    elif text.link:
        try:
            URLValidator(schemes=["http", "https"])(text.link)
        except ValidationError:
            errors["link"] = "Enter a web address that starts with https:// or http://."
    if errors:
        raise ValidationError(errors)


def _save(term: Term, text: TermText, actor: User,
          accepted: list[tuple[gate.FieldFinding, str]]) -> Term:
    term.term, term.meaning, term.source, term.link = (text.term, text.meaning, text.source,
                                                       text.link)
    try:
        with transaction.atomic():
            term.save()
    except IntegrityError as exc:  # the same term added at the same moment by someone else
        raise ValidationError(
            {"term": f"“{text.term}” is in the glossary already: edit it there."}) from exc
    TermOverride.objects.bulk_create(
        TermOverride(term=term, user=actor, field=finding.field, kind=finding.kind,
                     flagged_text=finding.text[:200], reason=reason)
        for finding, reason in accepted)
    return term


@transaction.atomic
def term_add(*, actor: User, membership: Membership, text: TermText,
             reasons: dict[str, str] | None = None) -> Term:
    """Add a term to the viewer's community's glossary (any member)."""
    _own(actor, membership)
    permissions.require_term_writer(membership, membership.community_id)
    text = text.cleaned()
    _validate(text, membership, other_than=None)
    accepted = gate.check_known(text.gated(), [], reasons or {})
    now = timezone.now()
    return _save(Term(community=membership.community, created_by=actor, created_at=now,
                      updated_at=now), text, actor, accepted)


@transaction.atomic
def term_update(*, actor: User, membership: Membership, term: Term, text: TermText,
                reasons: dict[str, str] | None = None) -> Term:
    """Edit a term of the viewer's community (any member: the glossary is everyone's)."""
    _own(actor, membership)
    permissions.require_term_writer(membership, term.community_id)
    text = text.cleaned()
    _validate(text, membership, other_than=term.pk)
    accepted = gate.check_known(text.gated(), [], reasons or {})
    term.updated_at = timezone.now()
    return _save(term, text, actor, accepted)


@transaction.atomic
def term_remove(*, actor: User, membership: Membership, term: Term) -> None:
    """Remove a term (facilitators); its overrides go with it."""
    _own(actor, membership)
    permissions.require_term_remover(membership, term)
    term.delete()
