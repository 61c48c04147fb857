"""The forms of the run screen and the live view (views_live.py)."""

from typing import Any

from django import forms
from django.db.models import QuerySet

from cop.text_limits import explain_limits
from members.models import User
from sessions_app.models import AgendaItem

from .models import ENTRY_MAX, EntryKind


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name)


@explain_limits
class EntryForm(forms.Form):
    """A clarifying question or a recommendation, as the facilitator or scribe heard it."""

    item = forms.ModelChoiceField(queryset=AgendaItem.objects.none(),
                                  widget=forms.HiddenInput)
    kind = forms.ChoiceField(choices=EntryKind.choices, widget=forms.RadioSelect,
                             label="What is it?",
                             error_messages={"required": "Choose a question or a "
                                                         "recommendation."})
    text = forms.CharField(max_length=ENTRY_MAX, label="What was said",
                           widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="In a line or two. No names or details of the person "
                                     "the case is about.",
                           error_messages={"required": "Enter the question or "
                                                       "recommendation."})
    member = MemberChoiceField(queryset=User.objects.none(), required=False,
                               empty_label="Anonymous", label="Whose is it?")

    def __init__(self, *args: Any, items: QuerySet[AgendaItem], members: QuerySet[User],
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = items  # type: ignore[attr-defined]
        self.fields["member"].queryset = members  # type: ignore[attr-defined]


class ScribeForm(forms.Form):
    scribe = MemberChoiceField(queryset=User.objects.none(), required=False,
                               empty_label="No scribe", label="Scribe")

    def __init__(self, *args: Any, members: QuerySet[User], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["scribe"].queryset = members  # type: ignore[attr-defined]
