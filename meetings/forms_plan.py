"""Forms for planning an item, editing a stage's guide, and the presenter's follow-up."""

from collections.abc import Sequence
from typing import Any

from django import forms

from cop.text_limits import explain_limit, explain_limits

from .follow_ups import Answer, how_field
from .formats import Format, Stage
from .models import GUIDE_MAX, HOW_IT_WENT_MAX, QUESTION_MAX, Entry, Tried, ValueCycle
from .planning import MAX_STAGE_MINUTES


def minutes_field(stage: Stage) -> str:
    return f"minutes_{stage.key}"


@explain_limits
class ItemPlanForm(forms.Form):
    """The format, each stage's minutes (for the format shown: `shown_format`) and the
    presenter's question. A changed format takes its own stages at their default minutes,
    shown again to adjust."""

    format = forms.ChoiceField(choices=Format.choices, widget=forms.RadioSelect,
                               label="Format")
    shown_format = forms.CharField(widget=forms.HiddenInput, required=False, max_length=30)
    question = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=QUESTION_MAX,
        label="The presenter's question (optional)",
        help_text="The one question the presenter wants help with. Keep the person anonymous: "
                  "the case's pseudonym is fine.")

    def __init__(self, *args: Any, stages: Sequence[Stage], minutes: Sequence[int],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stages = list(stages)
        for stage, default in zip(self.stages, minutes, strict=False):
            self.fields[minutes_field(stage)] = forms.IntegerField(
                min_value=1, max_value=MAX_STAGE_MINUTES, initial=default,
                label=f"{stage.name} (minutes)",
                widget=forms.NumberInput(attrs={"class": "govuk-input govuk-input--width-3"}),
                error_messages={"required": f"Enter the minutes of {stage.name.lower()}."})

    def minutes_fields(self) -> list[forms.BoundField]:
        return [self[minutes_field(stage)] for stage in self.stages]

    def format_changed(self) -> bool:
        return self.cleaned_data["format"] != self.cleaned_data.get("shown_format")

    def stage_minutes(self) -> list[int] | None:
        """The minutes given, or None (the defaults) when the format changed."""
        if self.format_changed():
            return None
        return [self.cleaned_data[minutes_field(stage)] for stage in self.stages]


@explain_limits
class StageGuideForm(forms.Form):
    guide = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=GUIDE_MAX,
                            label="What happens",
                            error_messages={"required": "Enter what happens in this stage."})
    avoid = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=GUIDE_MAX,
                            required=False, label="What to avoid")


class FollowUpForm(forms.Form):
    """For each recommendation: tried or not, how it went, and its value (optional)."""

    def __init__(self, *args: Any, entries: Sequence[Entry], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entries = list(entries)
        for entry in self.entries:
            self.fields[f"tried_{entry.pk}"] = forms.ChoiceField(
                choices=Tried.choices, widget=forms.RadioSelect, required=False,
                label="Did you try it?")
            self.fields[how_field(entry.pk)] = explain_limit(forms.CharField(
                widget=forms.Textarea(attrs={"rows": 2}), required=False,
                max_length=HOW_IT_WENT_MAX, label="How did it go? (optional)",
                help_text="For you: evaluators see only counts. Keep the person anonymous."))
            self.fields[f"value_{entry.pk}"] = forms.ChoiceField(
                choices=ValueCycle.choices, widget=forms.RadioSelect, required=False,
                label="What value did it have? (optional)")

    def rows(self) -> list[dict[str, Any]]:
        return [{"entry": e, "tried": self[f"tried_{e.pk}"], "how": self[how_field(e.pk)],
                 "value": self[f"value_{e.pk}"]} for e in self.entries]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for entry in self.entries:
            if not cleaned.get(f"tried_{entry.pk}") and (
                    cleaned.get(how_field(entry.pk)) or cleaned.get(f"value_{entry.pk}")):
                self.add_error(f"tried_{entry.pk}", "Say whether you tried it.")
        if not self.errors and not any(cleaned.get(f"tried_{e.pk}") for e in self.entries):
            raise forms.ValidationError(
                "Say, for at least one recommendation, whether you tried it.")
        return cleaned

    def answers(self) -> dict[int, Answer]:
        data = self.cleaned_data
        return {e.pk: Answer(data[f"tried_{e.pk}"], data.get(how_field(e.pk)) or "",
                             data.get(f"value_{e.pk}") or "")
                for e in self.entries if data.get(f"tried_{e.pk}")}
