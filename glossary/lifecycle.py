"""What happens to the glossary's data (see cop/lifecycle.py).

- Closing an account: the terms the person added stay in their communities' glossaries
  (others rely on them, and have edited them), with no one named as having added them
  (`created_by` becomes empty); so do the reasons they gave to keep an identifier finding
  in a term, with no one named.
- Removal from a community: nothing; the terms are the community's.
- "Download my data": glossary.json, the terms the person added (as they read now) and the
  reasons they gave to keep identifier findings in terms.
- Retention: nothing. A term describes a service or a law, never a person or a case, so no
  retention period applies; it stays until a facilitator removes it.
"""

from django.db.models import Prefetch

from cop import lifecycle
from members.lifecycle import community_json

from .models import Term, TermOverride


def close_account(user, now) -> dict:
    kept = Term.objects.filter(created_by=user).update(created_by=None)
    TermOverride.objects.filter(user=user).update(user=None)
    return {"glossary_terms_kept": kept}


def glossary(user) -> dict:
    own_overrides = Prefetch("overrides", TermOverride.objects.filter(user=user))
    return {
        "terms_you_added": [
            {"community": community_json(t.community), "term": t.term, "meaning": t.meaning,
             "source": t.source, "link": t.link, "created_at": t.created_at,
             "updated_at": t.updated_at}
            for t in Term.objects.filter(created_by=user).select_related("community")
            .order_by("created_at", "pk")
        ],
        "identifier_warnings_you_overrode": [
            {"community": community_json(t.community), "term": t.term, "field": o.field,
             "kind": o.kind, "flagged_text": o.flagged_text, "reason": o.reason,
             "created_at": o.created_at}
            for t in Term.objects.filter(overrides__user=user).distinct()
            .select_related("community").prefetch_related(own_overrides)
            .order_by("created_at", "pk")
            for o in t.overrides.all()
        ],
    }


EXPORT_FILES = [
    lifecycle.ExportFile(
        "glossary.json", glossary,
        "The glossary terms you added, and the reasons you gave to keep a possible "
        "identifier in a term."),
]


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="glossary", close_account=close_account, export_files=EXPORT_FILES))
