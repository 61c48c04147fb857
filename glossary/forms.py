from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size
from django import forms
from django.core.validators import URLValidator

from cop.text_limits import explain_limits

from .models import LINK_MAX, MEANING_MAX, SOURCE_MAX, TERM_MAX
from .services import TermText


@explain_limits
class TermForm(forms.Form):
    """Input shape only: the service checks that the term is new to the glossary, and the
    gate checks the texts."""

    term = forms.CharField(
        max_length=TERM_MAX, error_messages={"required": "Enter the term."},
        help_text="As people say or write it, for example “priority need” or “MAPPA”.")
    meaning = forms.CharField(
        label="What it means", max_length=MEANING_MAX, widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say what it means."},
        help_text="In plain words, for someone from another agency. Leave out anything that "
                  "could identify anyone.")
    source = forms.CharField(
        label="Where it comes from (optional)", max_length=SOURCE_MAX, required=False,
        help_text="The agency or law, for example “Housing Act 1996, section 189”.")
    link = forms.URLField(
        label="Link (optional)", max_length=LINK_MAX, required=False, assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"class": "govuk-input", "spellcheck": "false"}),
        help_text="Guidance or the law itself, for example on gov.uk or legislation.gov.uk.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the page's form has its token
        self.helper.layout = Layout(
            Field.text("term", label_size=Size.SMALL),
            Field.textarea("meaning", label_size=Size.SMALL, rows=4),
            Field.text("source", label_size=Size.SMALL),
            Field.text("link", label_size=Size.SMALL),
        )

    def text(self) -> TermText:
        data = self.cleaned_data
        return TermText(term=data["term"], meaning=data["meaning"],
                        source=data.get("source") or "", link=data.get("link") or "")
