import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from cop.text_limits import explain_limits

from .models import (
    INVITE_LIST_MAX,
    NAME_MAX,
    Agency,
    EmailFrequency,
    NotificationKind,
    Role,
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


@explain_limits
class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "job_title", "agency"]
        help_texts = {"display_name": "How other members of your communities see you."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.order_by("name")
        self.fields["agency"].required = False
        self.helper = _helper("Save changes")


@explain_limits
class AcceptInvitationForm(forms.Form):
    """Creates the account of a person invited by email."""

    display_name = forms.CharField(
        max_length=NAME_MAX, help_text="How other members of your communities see you."
    )
    job_title = forms.CharField(max_length=NAME_MAX, required=False)
    agency = forms.ModelChoiceField(queryset=Agency.objects.order_by("name"), required=False)
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

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.helper = _helper("Create account and join")

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
