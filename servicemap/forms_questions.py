"""Forms for questions to the members who can help: input shape only; who may be asked,
and the identifier gate, are the services' (servicemap/services.py)."""

from typing import Any, cast

from django import forms
from django.http import QueryDict

from cop.text_limits import explain_limits

from .models import ANSWER_MAX, QUESTION_MAX
from .selectors import Helper

PRIVATE_HINT = ("Only you and the members you ask will see it. Leave out anything that could "
                "identify the person you support.")


@explain_limits
class QuestionForm(forms.Form):
    service = forms.IntegerField(widget=forms.HiddenInput)
    barrier = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)
    body = forms.CharField(label="Your question", max_length=QUESTION_MAX,
                           widget=forms.Textarea(attrs={"rows": 6}), help_text=PRIVATE_HINT)
    recipients = forms.TypedMultipleChoiceField(
        label="Who to ask", coerce=int, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one member to ask."})

    def __init__(self, *args: Any, helpers: list[Helper], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.helpers = helpers
        recipients = cast(forms.TypedMultipleChoiceField, self.fields["recipients"])
        recipients.choices = [(h.user_id, h.name) for h in helpers]
        # Everyone who can help is asked unless the asker unticks them.
        recipients.initial = [h.user_id for h in helpers]

    def helper_rows(self) -> list[dict[str, Any]]:
        """Each person who can help, for the template's checkboxes, ticked as the form is."""
        if self.is_bound:
            ticked = {str(v) for v in cast(QueryDict, self.data).getlist("recipients")}
        else:
            ticked = {str(v) for v in self.fields["recipients"].initial}
        return [{"helper": h, "ticked": str(h.user_id) in ticked} for h in self.helpers]


@explain_limits
class AnswerForm(forms.Form):
    body = forms.CharField(label="Your answer", max_length=ANSWER_MAX,
                           widget=forms.Textarea(attrs={"rows": 6}),
                           help_text="Only the asker and the members asked will see it. Leave "
                                     "out anything that could identify anyone.")
    share_consent = forms.BooleanField(
        required=False, label="You may add this answer to the service’s “what works”",
        help_text="Then the asker can add it to the service’s entry, without your name, "
                  "for the whole community to read.")
