"""A reference to a thing of another app (a case, a session, a survey) by the model's label
("casework.casestudy") and id: for tables in a lower app that must not hold foreign keys to a
higher one. A label rather than a content type, whose ids a long-running process would
otherwise cache."""

from django.apps import apps
from django.db import models


class AboutReference(models.Model):
    about_type = models.CharField(max_length=100, blank=True, default="")  # a model label
    about_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def about(self) -> models.Model | None:
        """The thing referred to, or None (one query)."""
        if not self.about_type or self.about_id is None:
            return None
        model = apps.get_model(self.about_type)
        found: models.Model | None = model._default_manager.filter(pk=self.about_id).first()
        return found

    @about.setter
    def about(self, thing: models.Model | None) -> None:
        self.about_type = thing._meta.label_lower if thing is not None else ""
        self.about_id = thing.pk if thing is not None else None
