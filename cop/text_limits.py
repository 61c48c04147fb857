"""Limits on what people type: one message in every form, a CHECK on every text column.

Each app keeps its numbers as constants in its models.py, shared by the models and the
forms. A CharField's limit is its varchar length; a TextField gets the same `max_length`
(which its ModelForm field takes) and a `LengthCheck` in its model's Meta.constraints, so
PostgreSQL refuses more, whatever writes it.

Forms say the limit in words and keep what was typed: `explain_limits` gives a form's text
fields `MaxLength` instead of Django's validator, and takes away the `maxlength` attribute,
with which a browser would cut pasted text short without a word."""

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual

TOO_LONG = "Keep this to %(limit_value)s characters or fewer (you have %(show_value)s)."


def _params(limit: int, length: int) -> dict[str, str]:
    return {"limit_value": f"{limit:,}", "show_value": f"{length:,}"}


def too_long(limit: int, length: int) -> ValidationError:
    return ValidationError(TOO_LONG, code="max_length", params=_params(limit, length))


def too_long_message(text: str, limit: int) -> str:
    """The message for `text` if it is longer than `limit`, else ""."""
    return TOO_LONG % _params(limit, len(text)) if len(text) > limit else ""


class MaxLength(validators.MaxLengthValidator):
    """Django's validator, with the numbers as people read them (20,000)."""

    def __call__(self, value: Any) -> None:
        length = self.clean(value)
        if length > self.limit_value:
            raise too_long(self.limit_value, length)


def explain_limit(field: forms.Field) -> forms.Field:
    """A form field's limit said by MaxLength, and no `maxlength` attribute."""
    if isinstance(field, forms.CharField) and field.max_length is not None:
        field.validators = [v for v in field.validators
                            if not isinstance(v, validators.MaxLengthValidator)]
        field.validators.append(MaxLength(field.max_length))
        field.widget.attrs.pop("maxlength", None)
    return field


def explain_limits[F: type[forms.Form | forms.ModelForm[Any]]](form_class: F) -> F:
    """Class decorator: `explain_limit` on each of the form's fields."""
    for field in form_class.base_fields.values():
        explain_limit(field)
    return form_class


class LengthCheck(models.CheckConstraint):
    """CHECK (length(field) <= limit) on a text column, named <app>_<model>_<field>_max_length.
    Model validation (full_clean, ModelForms) checks it in Python, with the forms' message,
    instead of asking the database once per constraint."""

    def __init__(self, *, field: str, limit: int, name: str = "", **kwargs: Any):
        self.field, self.limit = field, limit
        super().__init__(condition=LessThanOrEqual(Length(field), limit),
                         name=name or f"%(app_label)s_%(class)s_{field}_max_length", **kwargs)

    def deconstruct(self) -> tuple[str, Sequence[Any], dict[str, Any]]:
        path, args, kwargs = super().deconstruct()
        kwargs.pop("condition")
        return path, args, {"field": self.field, "limit": self.limit, **kwargs}

    def validate(self, model: type[models.Model], instance: models.Model,
                 exclude: set[str] | None = None, using: str = DEFAULT_DB_ALIAS) -> None:
        if exclude and self.field in exclude:
            return
        value = getattr(instance, self.field)
        if value is not None and len(value) > self.limit:
            raise ValidationError({self.field: too_long(self.limit, len(value))})
