"""The service map's forms: input shape only; services.py checks the rest (who may, the
gate, a stale version)."""

from typing import Any, cast

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size
from django import forms

from cop.gate import REASON_MAX
from cop.text_limits import explain_limits
from members import selectors as member_selectors
from members.models import Agency, Community, User

from . import selectors
from .models import (
    AREA_MAX,
    EXPERTISE_LINE_MAX,
    LANGUAGES_MAX,
    ORGANISATION_MAX,
    SERVICE_NAME_MAX,
    SERVICE_SHORT_TEXT_MAX,
    SERVICE_TEXT_FIELDS,
    SERVICE_TEXT_MAX,
    WHAT_WORKS_MAX,
    ReferralRoute,
    Service,
    ServiceType,
)

LABELS = dict(SERVICE_TEXT_FIELDS)
URL_MAX = 200  # Service.website, Django's URLField


def _text(limit: int, *, required: bool = False, help_text: str = "") -> forms.CharField:
    return forms.CharField(max_length=limit, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": 3}))


def _line(limit: int, *, required: bool = False, help_text: str = "") -> forms.CharField:
    return forms.CharField(max_length=limit, required=required, help_text=help_text)


def _helper(form: forms.Form, *fields: Any) -> FormHelper:
    """Fields only: the page's own <form> holds the token, the gate's findings and the
    buttons."""
    helper = FormHelper(form)
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(*fields)
    return helper


def _select(name: str) -> Field:
    """A select with its label the size of the other fields' (crispy-forms-gds's
    Field.select sizes a legend, which a select has not)."""
    return Field(name, context={"label_size": Size.for_label(Size.SMALL)})


def agency_choices(*, community: Community | None = None, user: User | None = None,
                   blank: str = "Not listed here, or none") -> list[Any]:
    """The agencies, those with staff near the community (or the person's communities) first:
    members' own order (members.selectors.agencies_near)."""
    near, rest = member_selectors.agencies_near(community=community, user=user)
    label = "Near this community" if community is not None else "Near your communities"
    groups = [(heading, [(str(a.pk), a.name) for a in agencies])
              for heading, agencies in ((label, near), ("Other agencies", rest)) if agencies]
    return [("", blank)] + groups


def _offer(form: forms.Form, name: str, choices: list[Any]) -> None:
    cast(forms.ChoiceField, form.fields[name]).choices = choices


def _agency(value: str) -> Agency | None:
    if not value:
        return None
    agency = Agency.objects.filter(pk=int(value)).first()
    if agency is None:
        raise forms.ValidationError("Choose an agency from the list.")
    return agency


@explain_limits
class ServiceForm(forms.Form):
    """A service's entry, to add it or edit it; `version` is the one the edit started from."""

    name = _line(SERVICE_NAME_MAX, required=True)
    organisation = _line(ORGANISATION_MAX,
                         help_text="The council, NHS trust or charity that runs it.")
    agency = forms.ChoiceField(
        required=False, label="Agency on this platform",
        help_text="If it is listed: its staff among the members may be asked to check the "
                  "entry.")
    service_type = forms.ChoiceField(
        required=False, label="Type of service",
        choices=[("", "Another kind of service"), *ServiceType.choices])
    description = _text(SERVICE_TEXT_MAX, help_text="In a sentence or two.")
    website = forms.URLField(required=False, max_length=URL_MAX, assume_scheme="https",
                             widget=forms.URLInput(attrs={"class": "govuk-input"}))
    area = _line(AREA_MAX, help_text="For example: Leeds; or the postcode districts LS6 to LS9.")
    who_for = _text(SERVICE_TEXT_MAX)
    eligibility = _text(
        SERVICE_TEXT_MAX, help_text="In plain words: priority need, local connection, the age "
                                    "range, “no current use”.")
    exclusions = _text(SERVICE_TEXT_MAX, help_text="For example: three strikes, past violence, "
                                                   "no pets, no couples.")
    what_to_bring = _text(SERVICE_SHORT_TEXT_MAX,
                          help_text="For example: photo ID, proof of address, a benefits "
                                    "letter.")
    referral_routes = forms.MultipleChoiceField(
        required=False, label="Ways in", choices=ReferralRoute.choices,
        widget=forms.CheckboxSelectMultiple)
    how_to_refer = _text(SERVICE_SHORT_TEXT_MAX,
                         help_text="Office contacts only: the duty line, the team's inbox, "
                                   "where the referral form is. Never a client's details.")
    opening_hours = _text(SERVICE_SHORT_TEXT_MAX)
    languages = _line(LANGUAGES_MAX, help_text="For example: English and Polish; "
                                               "interpreters on request.")
    what_works = forms.CharField(
        max_length=WHAT_WORKS_MAX, required=False,
        help_text="Tips from members: “ask for the duty senior”, “a GP letter about "
                  "vulnerability helps”. No one's details.",
        widget=forms.Textarea(attrs={"rows": 5}))
    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, community: Community, service: Service | None = None,
                 **kwargs: Any):
        if service is not None and "initial" not in kwargs:
            values = service.editable_values()
            values["agency"] = str(values.pop("agency_id") or "")
            kwargs["initial"] = {**values, "version": service.version}
        super().__init__(*args, **kwargs)
        for name, label in LABELS.items():
            self.fields[name].label = label
        _offer(self, "agency", agency_choices(community=community))
        if service is None:
            del self.fields["version"]
        text = {"label_size": Size.SMALL}
        self.helper = _helper(
            self, Field.text("name", **text), Field.text("organisation", **text),
            _select("agency"), _select("service_type"),
            Field.textarea("description", rows=3, **text), Field.text("website", **text),
            Field.text("area", **text), Field.textarea("who_for", rows=3, **text),
            Field.textarea("eligibility", rows=4, **text),
            Field.textarea("exclusions", rows=3, **text),
            Field.textarea("what_to_bring", rows=3, **text),
            Field.checkboxes("referral_routes", legend_size=Size.SMALL, small=True),
            Field.textarea("how_to_refer", rows=3, **text),
            Field.textarea("opening_hours", rows=3, **text), Field.text("languages", **text),
            Field.textarea("what_works", rows=5, **text),
            *(["version"] if "version" in self.fields else []))

    def clean_agency(self) -> Agency | None:
        return _agency(self.cleaned_data["agency"])

    def clean_version(self) -> int | None:
        version = self.cleaned_data.get("version")
        if "version" in self.fields and version is None:
            raise forms.ValidationError("Open the entry again and make your change there.")
        return version


@explain_limits
class ReasonForm(forms.Form):
    """Hiding or showing an entry: the reason is kept in its history."""

    reason = forms.CharField(
        label="Reason", max_length=REASON_MAX, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept in the entry's history, which the members see.",
        error_messages={"required": "Say why."})

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.helper = _helper(self, Field.textarea("reason", rows=3, label_size=Size.SMALL))


class UndoForm(ReasonForm):
    """Undoing an edit, from the version the page showed."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.helper = _helper(self, Field.textarea("reason", rows=3, label_size=Size.SMALL),
                              "version")


@explain_limits
class ExpertiseForm(forms.Form):
    """A service of one's communities, or an agency, that one knows from the inside."""

    service = forms.ChoiceField(required=False, label="A service in the service map")
    agency = forms.ChoiceField(required=False, label="Or an agency")
    community = forms.ChoiceField(
        required=False, label="For an agency: the community whose members may ask you",
        help_text="A service belongs to its community already.")
    line = forms.CharField(
        max_length=EXPERTISE_LINE_MAX, label="What you can help with",
        help_text="One line, for example: I work in Housing Options; ask me about duty to "
                  "refer and priority need.",
        error_messages={"required": "Write a line about what you can help with."})

    def __init__(self, *args: Any, user: User, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.communities = {c.pk: c for c in member_selectors.active_communities(user)}
        services = selectors.services_known_to(user)
        self.services = {s.pk: s for s in services}
        groups: dict[str, list[tuple[str, str]]] = {}
        for service in services:
            groups.setdefault(service.community.name, []).append((str(service.pk),
                                                                  service.name))
        _offer(self, "service", [("", "Not a service: an agency"), *groups.items()])
        _offer(self, "agency", agency_choices(user=user, blank="Not an agency: a service"))
        _offer(self, "community", [(str(pk), c.name) for pk, c in self.communities.items()])
        if len(self.communities) == 1:
            self.fields["community"].widget = forms.HiddenInput()
            self.fields["community"].initial = str(next(iter(self.communities)))
        self.helper = _helper(
            self, _select("service"), _select("agency"),
            _select("community") if len(self.communities) != 1 else "community",
            Field.text("line", label_size=Size.SMALL))

    def clean_service(self) -> Service | None:
        value = self.cleaned_data["service"]
        return self.services.get(int(value)) if value else None

    def clean_agency(self) -> Agency | None:
        return _agency(self.cleaned_data["agency"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        service = data.get("service")
        if service is not None:
            data["community"] = service.community
        elif data.get("community"):
            data["community"] = self.communities.get(int(data["community"]))
        if not self.errors and data.get("community") is None:
            self.add_error("community", "Choose a community.")
        return data
