"""The audit pages: the whole trail for site admins (/audit/), and the trail of a
community's cases for its facilitators (/c/<slug>/audit/). Neither shows case text: an
entry names its case by title (facilitators, for cases they can open) or by number."""

from datetime import datetime, time, timedelta

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from cop.text_limits import explain_limits

from . import audit, audit_subjects, permissions, selectors
from .models import Community, User


@explain_limits
class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label="What", required=False)
    person = forms.EmailField(label="Person (email address)", required=False)
    community = forms.ModelChoiceField(label="Community", required=False,
                                       queryset=Community.objects.order_by("name"),
                                       empty_label="Any community")
    since = forms.DateField(label="From", required=False,
                            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    until = forms.DateField(label="To", required=False,
                            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "Anything")] + sorted(
            audit.ACTION_LABELS.items(), key=lambda item: item[1])

    def clean_person(self):
        email = self.cleaned_data["person"]
        if not email:
            return None
        user = selectors.user_by_email(email)
        if user is None:
            raise forms.ValidationError("No account has this email address.")
        return user

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        elif until and until.year == 9999:  # the day after it, where the filter stops, fails
            self.add_error("until", "Choose an end date before the year 9999.")
        return data


def _local_midnight(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _before(request) -> int | None:
    value = request.GET.get("before", "")
    # isdigit() is also true for "²", which int() refuses: ASCII digits only.
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


def _older_link(request, older: int | None) -> str | None:
    if older is None:
        return None
    query = request.GET.copy()
    query["before"] = str(older)
    return "?" + query.urlencode()


def _newest_link(request) -> str:
    query = request.GET.copy()
    query.pop("before", None)
    return "?" + query.urlencode()


def _object_label(event, users: dict) -> str:
    kind = audit.TARGET_LABELS.get(event.target_type, event.target_type or "")
    if not kind:
        return ""
    if event.target_type == User._meta.label_lower and event.target_id in users:
        return f"{kind} of {audit.person_name(users[event.target_id])}"
    label = f"{kind} #{event.target_id}" if event.target_id else kind
    user_id = event.detail.get("user") if isinstance(event.detail, dict) else None
    if isinstance(user_id, int) and user_id in users:
        label += f" ({audit.person_name(users[user_id])})"
    return label


@login_required
@require_safe
def audit_trail(request):
    """Every entry, filtered by what, who, community and dates; site admins only."""
    permissions.require_site_admin(request.user, "Only site admins can see the audit trail.")
    form = AuditFilterForm(request.GET or None)
    events, older = [], None
    if form.is_bound and not form.is_valid():
        pass  # show the errors, and no entries rather than unfiltered ones
    else:
        data = form.cleaned_data if form.is_bound else {}
        community = data.get("community")
        since, until = data.get("since"), data.get("until")
        person = data.get("person")
        events, older = audit.trail_page(
            before=_before(request), action=data.get("action") or "",
            person=person, community_id=community.pk if community else None,
            since=_local_midnight(since) if since else None,
            until=_local_midnight(until + timedelta(days=1)) if until else None,
        )
        audit.record(action="audit.view", request=request, detail={
            "filter_action": data.get("action") or "", "person": person,
            "community": community, "since": since, "until": until,
        })
    users = audit.users_named(events)
    rows = [{
        "event": event,
        "who": audit.actor_name(event),
        "what": audit.ACTION_LABELS.get(event.action, event.action),
        "object": _object_label(event, users),
    } for event in events]
    return render(request, "members/audit_trail.html", {
        "form": form, "rows": rows, "older_link": _older_link(request, older),
        "newest_link": _newest_link(request) if _before(request) else None,
    })


@login_required
@require_safe
def community_audit(request, slug):
    """Who viewed and changed the community's cases, comments and overrides; facilitators."""
    membership = permissions.get_membership_for(request.user, slug)
    permissions.require_facilitator(membership, membership.community_id)
    community = membership.community
    events, older = audit.trail_page(before=_before(request), actions=audit.CASE_ACTIONS,
                                     community_id=community.pk)
    rows = [{
        "event": event,
        "who": audit.actor_name(event),
        "what": audit.ACTION_LABELS.get(event.action, event.action),
        "subject": subject,  # the case, if the viewer may open it (audit_subjects.py)
    } for event, subject in zip(events, audit_subjects.subjects_of(events, membership),
                                strict=True)]
    audit.record(action="audit.view", request=request, community=community)
    return render(request, "members/community_audit.html", {
        "membership": membership, "community": community, "rows": rows,
        "older_link": _older_link(request, older),
        "newest_link": _newest_link(request) if _before(request) else None,
    })
