from crispy_forms.helper import FormHelper
from crispy_forms_gds.layout import Field, Fluid, Layout, Size
from django import forms

from cop.text_limits import explain_limits

from .models import COMMENT_MAX, REASON_MAX, Barrier, CaseStudy, NeedsDomain

MARKDOWN_HELP = ("You can use Markdown: **bold**, *italic*, lists with - . "
                 "Leave out anything that could identify the person.")


@explain_limits
class CaseForm(forms.ModelForm):
    needs_domains = forms.MultipleChoiceField(
        choices=NeedsDomain.choices, widget=forms.CheckboxSelectMultiple, required=False,
        label="Needs",
    )
    pseudonym_declared = forms.BooleanField(
        label="I confirm the pseudonym is not the person's real name.",
        required=True,
    )

    class Meta:
        model = CaseStudy
        fields = ["pseudonym", "pseudonym_declared", "title", "presenting_situation",
                  "needs_domains", "services_involved", "what_tried", "question", "outcome",
                  "for_discussion"]
        labels = {
            "presenting_situation": "Presenting situation",
            "services_involved": "Services involved",
            "what_tried": "What has been tried",
            "question": "Question for the group",
            "outcome": "What happened next",
            "for_discussion": "I would like this case discussed at a session",
        }
        widgets = {
            "presenting_situation": forms.Textarea(attrs={"rows": 6}),
            "services_involved": forms.Textarea(attrs={"rows": 3}),
            "what_tried": forms.Textarea(attrs={"rows": 4}),
            "question": forms.Textarea(attrs={"rows": 3}),
            "outcome": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["outcome"]  # "what happened next" comes later
        for name in ("presenting_situation", "services_involved", "what_tried", "question",
                     "outcome"):
            if name in self.fields:
                self.fields[name].help_text = MARKDOWN_HELP
        self.fields["for_discussion"].help_text = ""  # its label says it all
        self.fields["pseudonym"].help_text = (
            "A made-up first name, e.g. “Elizabeth”. It is the only name the case may use.")
        if self.instance.pk is not None:
            # Confirmed when the case was brought: asked again only for a new pseudonym.
            declared = self.fields["pseudonym_declared"]
            declared.required = False
            declared.help_text = "Tick this again only if you change the pseudonym."
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.text("pseudonym", label_size=Size.SMALL, field_width=Fluid.ONE_HALF),
            Field.checkbox("pseudonym_declared", small=True),
            Field.text("title", label_size=Size.SMALL),
            Field.textarea("presenting_situation", label_size=Size.SMALL, rows=6),
            Field.checkboxes("needs_domains", legend_size=Size.SMALL, small=True),
            Field.textarea("services_involved", label_size=Size.SMALL, rows=3),
            Field.textarea("what_tried", label_size=Size.SMALL, rows=4),
            Field.textarea("question", label_size=Size.SMALL, rows=3),
            *([Field.textarea("outcome", label_size=Size.SMALL, rows=4)]
              if "outcome" in self.fields else []),
            Field.checkbox("for_discussion", small=True),
        )

    def clean(self):
        cleaned = super().clean()
        if ("pseudonym" in self.changed_data and not cleaned.get("pseudonym_declared")
                and "pseudonym_declared" not in self.errors):
            self.add_error("pseudonym_declared",
                           "You have changed the pseudonym: confirm it is not the person's "
                           "real name.")
        return cleaned


@explain_limits
class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment", widget=forms.Textarea(attrs={"rows": 3}), max_length=COMMENT_MAX,
        help_text="Markdown works here. Leave out anything that could identify anyone.",
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


@explain_limits
class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason", widget=forms.Textarea(attrs={"rows": 2}), max_length=REASON_MAX,
        help_text="The author and the case history will show it.",
    )


class ModerateCaseForm(ReasonForm):
    action = forms.ChoiceField(label="What do you want to do?", widget=forms.RadioSelect,
                               choices=[
        ("close", "Close the case"), ("reopen", "Reopen the case"),
        ("archive", "Archive the case"),
        ("return_to_draft", "Return the case to its author as a draft"),
    ])
    field_order = ["action", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(Field.radios("action", legend_size=Size.SMALL),
                                    Field.textarea("reason", label_size=Size.SMALL, rows=2))


@explain_limits
class BarrierForm(forms.ModelForm):
    class Meta:
        model = Barrier
        fields = ["service_type", "category", "description", "overcome", "how_overcome"]
        labels = {
            "service_type": "Service",
            "category": "What kind of barrier",
            "description": "What happened",
            "overcome": "Was it overcome?",
            "how_overcome": "How it was overcome (if it was)",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 2}),
                   "how_overcome": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.select("service_type"), Field.select("category"),
            Field.textarea("description", rows=3), Field.select("overcome"),
            Field.textarea("how_overcome", rows=3),
        )
