"""A community's glossary: the terms its members meet across agencies ("priority need",
"MAPPA", "duty to refer"), each with its meaning in plain words, where it comes from and a
link. Terms are marked wherever case text and comments use them (marking.py)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from cop.gate import REASON_MAX
from cop.text_limits import LengthCheck
from members.models import Community

SEARCH_CONFIG = "english"

# What people type, in characters (cop/text_limits.py): a term is a phrase, a meaning a
# paragraph or two in plain words, a source the name of an agency or a law.
TERM_MAX = 100
MEANING_MAX = 2_000
SOURCE_MAX = 200
LINK_MAX = 500


class Term(models.Model):
    """One term of a community's glossary, added and edited by any member (wiki style),
    removed by a facilitator. Unique in its community whatever its capitals."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE,
                                  related_name="glossary_terms")
    term = models.CharField(max_length=TERM_MAX)
    meaning = models.TextField(max_length=MEANING_MAX)
    source = models.CharField(max_length=SOURCE_MAX, blank=True)  # the agency or law
    link = models.URLField(max_length=LINK_MAX, blank=True)  # http or https only (services)
    # Who added it; NULL once their account is closed (lifecycle.py).
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Kept by a PostgreSQL trigger (migration 0002): term A, meaning B, source C.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = [Lower("term"), "pk"]
        constraints = [
            models.UniqueConstraint("community", Lower("term"),
                                    name="glossary_term_unique_in_community"),
            LengthCheck(field="meaning", limit=MEANING_MAX),
            # Shown as a link: whatever writes it, never a javascript: or data: address.
            models.CheckConstraint(condition=models.Q(link="")
                                   | models.Q(link__iregex=r"^https?://"),
                                   name="glossary_term_link_is_a_web_address"),
        ]
        indexes = [GinIndex(fields=["search_vector"])]

    def __str__(self) -> str:
        return self.term

    @property
    def link_host(self) -> str:
        """The site the link goes to, to show beside it."""
        return (urlsplit(self.link).hostname or "").removeprefix("www.")


class TermOverride(models.Model):
    """Whoever wrote a term's text declared a finding of the identifier gate in it not to be
    an identifier, with a reason. Kept with the term (casework keeps its own, for cases; the
    glossary sits below casework and cannot use them)."""

    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="overrides")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+")
    field = models.CharField(max_length=40)
    kind = models.CharField(max_length=40)
    flagged_text = models.CharField(max_length=200)
    reason = models.TextField(max_length=REASON_MAX)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [LengthCheck(field="reason", limit=REASON_MAX)]

    def __str__(self) -> str:
        return f"{self.kind} kept on term {self.term_id}"

    @property
    def kind_label(self) -> str:
        from cop.scanner import KIND_LABELS

        return KIND_LABELS.get(self.kind, self.kind)


class GlossaryVersion(models.Model):
    """A number per community that PostgreSQL raises in the transaction of every insert,
    update or delete of its terms (migration 0002), whoever writes them: the key under which
    the marked case text and discussion are cached (casework/thread_html.py). The time in
    microseconds, or one more than before if that is later, so it never repeats. No foreign
    key: a community being deleted may still have its terms counted on their way out."""

    community_id = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"Glossary of community {self.community_id}, version {self.version}"
