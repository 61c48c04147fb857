"""The export form: a format and the de-identification choices, each explained in plain
words (the template shows the explanations next to each choice)."""

from django import forms
from django.core.validators import RegexValidator

from cop.text_limits import explain_limits

from ..models import ExportFormat
from .options import CSV_NAME, DATES_DROP, DATES_KEEP, DATES_SHIFT, ExportOptions, default_csv_name

FORMAT_HELP = {
    ExportFormat.CSV: "One row per response, answers as their codes (1, 2, 3...). For R, "
                      "SPSS, Stata or Python. A multiple-choice question gives one 0/1 "
                      "column per option. A text that a spreadsheet would run as a formula "
                      "begins with an added ' (in every CSV; the SPSS and R syntax remove it).",
    ExportFormat.CSV_LABELS: "The same rows and columns with the words people chose instead "
                             "of codes (ticked options say “Checked” or “Unchecked”).",
    ExportFormat.LONG: "One row per answer: who (by code), which question, the value and its "
                       "label. Handy for charts and for linking waves.",
    ExportFormat.XLSX: "An Excel workbook: the data sheet (as the CSV, numbers as numbers), "
                       "the codebook, and a note on how it was made.",
    ExportFormat.CODEBOOK: "One row per column of the CSV: the question, its type, its "
                           "value labels, required or not, instrument, subscale and scoring.",
    ExportFormat.SPSS: "SPSS syntax that opens the CSV and adds the question and value "
                       "labels. Export the CSV with the same choices below.",
    ExportFormat.R: "An R script that reads the CSV and adds the question and value labels "
                    "(and factors). Export the CSV with the same choices below.",
}

DATE_CHOICES = [
    (DATES_KEEP, "Keep the real dates"),
    (DATES_SHIFT, "Shift the dates"),
    (DATES_DROP, "Leave the dates out"),
]
DATE_HELP = {
    DATES_KEEP: "When each response was sent (and the session date), as they are.",
    DATES_SHIFT: "Every date in the file moves back by the same hidden number of days (one "
                 "month to one year), drawn afresh for each export and kept nowhere. The "
                 "days between dates stay right, and every answer about one session shows "
                 "the same date, but the real dates cannot be worked out. Each export is "
                 "shifted differently.",
    DATES_DROP: "No dates at all.",
}


@explain_limits
class ExportForm(forms.Form):
    format = forms.ChoiceField(choices=ExportFormat.choices, initial=ExportFormat.CSV,
                               widget=forms.RadioSelect, label="What to download")
    drop_free_text = forms.BooleanField(
        required=False, label="Leave out answers people wrote in their own words",
        help_text="People sometimes write names, places or other details that could tell "
                  "who they are. This leaves out every short and long text answer.")
    dates = forms.ChoiceField(choices=DATE_CHOICES, initial=DATES_KEEP,
                              widget=forms.RadioSelect, label="Dates")
    drop_groups = forms.BooleanField(
        required=False, label="Leave out the community and the session",
        help_text="In a small group, knowing the community or the session can be enough to "
                  "tell who someone is.")
    csv_name = forms.CharField(
        required=False, max_length=104, label="Name of the CSV file the script reads",
        validators=[RegexValidator(CSV_NAME, "Use letters, digits, dots, dashes or "
                                             "underscores, ending in .csv.")],
        help_text="SPSS and R only. Leave it empty to use the name the CSV download gets.")

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.fields["csv_name"].widget.attrs["placeholder"] = default_csv_name(survey)

    def options(self) -> ExportOptions:
        data = self.cleaned_data
        return ExportOptions(drop_free_text=data["drop_free_text"], dates=data["dates"],
                             drop_groups=data["drop_groups"], csv_name=data["csv_name"])

    def format_choices(self):
        """For the template: each format with its explanation."""
        return [{"value": value, "label": label, "help": FORMAT_HELP[value],
                 "checked": str(self["format"].value()) == value}
                for value, label in ExportFormat.choices]

    def date_choices(self):
        return [{"value": value, "label": label, "help": DATE_HELP[value],
                 "checked": str(self["dates"].value()) == value}
                for value, label in DATE_CHOICES]
