import re
from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms_gds.layout import HTML, Fieldset, Layout, Size, Submit
from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from cop.text_limits import explain_limits

from .models import (
    AGENCY_NAME_MAX,
    INVITE_LIST_MAX,
    NAME_MAX,
    Agency,
    Discipline,
    EmailFrequency,
    NotificationKind,
    Role,
    Sector,
    User,
    default_email_frequency,
)

MAX_INVITES_AT_ONCE = 50


def _helper(submit_label: str) -> FormHelper:
    helper = FormHelper()
    helper.add_input(Submit("submit", submit_label))
    return helper


@explain_limits
class InviteForm(forms.Form):
    emails = forms.CharField(
        label="Email addresses", max_length=INVITE_LIST_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
        help_text="One or more work email addresses, separated by commas, spaces or new lines.",
    )
    role = forms.ChoiceField(choices=Role.choices, initial=Role.MEMBER)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper("Send invitations")

    def clean_emails(self):
        candidates = [e for e in re.split(r"[\s,;]+", self.cleaned_data["emails"]) if e]
        if not candidates:
            raise ValidationError("Enter at least one email address.")
        if len(candidates) > MAX_INVITES_AT_ONCE:
            raise ValidationError(f"Invite at most {MAX_INVITES_AT_ONCE} people at once.")
        invalid = []
        for email in candidates:
            try:
                validate_email(email)
            except ValidationError:
                invalid.append(email)
        if invalid:
            raise ValidationError(
                "These are not valid email addresses: %(invalid)s. Nobody has been invited yet.",
                params={"invalid": ", ".join(invalid)},
            )
        return [e.lower() for e in candidates]


OTHER_AGENCY = "other"
OTHER_AGENCY_LABEL = "Other: my agency is not listed"


@explain_limits
class AgencyForm(forms.Form):
    """The person's agency: those near their communities first (members.selectors.
    agencies_near), then the rest, then "Other", which asks for the agency's name, sector and
    discipline. cleaned_data gives `agency` (an Agency or None) and `new_agency` (the named
    agency's fields, or None)."""

    agency = forms.ChoiceField(
        label="Agency", required=False,
        help_text="The organisation you work for. Members of your communities see it.")
    new_agency_name = forms.CharField(label="Your agency's name", max_length=AGENCY_NAME_MAX,
                                      required=False)
    new_agency_sector = forms.ChoiceField(
        label="Sector", required=False, choices=[("", "Choose a sector"), *Sector.choices])
    new_agency_discipline = forms.ChoiceField(
        label="Discipline", required=False,
        choices=[("", "Choose a discipline"), *Discipline.choices],
        help_text="The main kind of work your agency does.")

    def offer_agencies(self, near: list[Agency], rest: list[Agency], *, near_label: str):
        self._agencies = {str(a.pk): a for a in [*near, *rest]}
        choices: list[tuple[str, Any]] = [("", "Choose your agency")]
        if near:
            choices.append((near_label, [(str(a.pk), a.name) for a in near]))
        if rest:
            choices.append(("Other agencies" if near else "Agencies",
                            [(str(a.pk), a.name) for a in rest]))
        agency_field = self.fields["agency"]
        assert isinstance(agency_field, forms.ChoiceField)
        agency_field.choices = [*choices, (OTHER_AGENCY, OTHER_AGENCY_LABEL)]

    @staticmethod
    def agency_layout() -> list:
        return ["agency", Fieldset(
            HTML(f'<p class="govuk-hint">Choose “{OTHER_AGENCY_LABEL}” above, then say '
                 "which agency you work for.</p>"),
            "new_agency_name", "new_agency_sector", "new_agency_discipline",
            legend="If your agency is not listed", legend_size=Size.SMALL,
            css_class="govuk-inset-text")]

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("agency") or ""
        named = {key: cleaned.get(f"new_agency_{key}") or ""
                 for key in ("name", "sector", "discipline")}
        named["name"] = " ".join(named["name"].split())
        cleaned["agency"], cleaned["new_agency"] = None, None
        if choice and choice != OTHER_AGENCY:
            cleaned["agency"] = self._agencies[choice]
            if named["name"]:
                self.add_error("new_agency_name", (
                    f"You chose {cleaned['agency'].name} above: leave this empty, or choose "
                    f"“{OTHER_AGENCY_LABEL}”."))
        elif choice == OTHER_AGENCY or named["name"]:
            missing = {"name": "Give the name of your agency.", "sector": "Choose its sector.",
                       "discipline": "Choose its discipline."}
            for key, problem in missing.items():
                if not named[key] and f"new_agency_{key}" not in self.errors:
                    self.add_error(f"new_agency_{key}", problem)
            if all(named.values()):
                cleaned["new_agency"] = named
        return cleaned


@explain_limits
class ProfileForm(AgencyForm):
    display_name = forms.CharField(
        max_length=NAME_MAX, help_text="How other members of your communities see you.")
    job_title = forms.CharField(max_length=NAME_MAX, required=False)

    field_order = ["display_name", "job_title"]

    def __init__(self, *args, near: list[Agency], rest: list[Agency], **kwargs):
        super().__init__(*args, **kwargs)
        self.offer_agencies(near, rest, near_label="Near your communities")
        self.helper = _helper("Save changes")
        self.helper.layout = Layout("display_name", "job_title", *self.agency_layout())


@explain_limits
class AcceptInvitationForm(AgencyForm):
    """Creates the account of a person invited by email."""

    display_name = forms.CharField(
        max_length=NAME_MAX, help_text="How other members of your communities see you."
    )
    job_title = forms.CharField(max_length=NAME_MAX, required=False)
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    field_order = ["display_name", "job_title"]

    def __init__(self, *args, email: str, community, near: list[Agency], rest: list[Agency],
                 **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.offer_agencies(near, rest, near_label=f"In {community.region or community.name}")
        self.helper = _helper("Create account and join")
        self.helper.layout = Layout("display_name", "job_title", *self.agency_layout(),
                                    "password1", "password2")

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The two passwords do not match.")
        elif p1:
            candidate = User(email=self.email, display_name=cleaned.get("display_name", ""))
            try:
                password_validation.validate_password(p1, candidate)
            except ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)


class NotificationSettingsForm(forms.Form):
    """Per kind of notification: shown in the app (a checkbox), and by email how often."""

    def __init__(self, *args, current: dict[str, tuple[bool, str]], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            in_app, frequency = current.get(kind.value,
                                            (True, default_email_frequency(kind)))
            self.fields[f"{kind.value}-in_app"] = forms.BooleanField(
                label="Show in the app", required=False, initial=in_app)
            # Not sent (a kind added since the page was shown): the choice stays as it is.
            self.fields[f"{kind.value}-email"] = forms.ChoiceField(
                label="By email", choices=EmailFrequency.choices, initial=frequency,
                required=False)

    def kinds(self):
        """(kind, label, in-app field, email field) for the template, in a stable order."""
        return [
            (kind.value, kind.label, self[f"{kind.value}-in_app"], self[f"{kind.value}-email"])
            for kind in NotificationKind
        ]

    def values(self) -> dict[str, tuple[bool, str]]:
        data = self.cleaned_data
        return {
            kind.value: (data[f"{kind.value}-in_app"],
                         data[f"{kind.value}-email"] or self.fields[f"{kind.value}-email"].initial)
            for kind in NotificationKind
        }
