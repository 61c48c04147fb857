"""Reads of the service map, scoped to the viewer."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection

from members.models import Community

from . import open_referral
from .models import Answer, Question, Service, ServiceRevision

# --- Open Referral UK export (servicemap/open_referral.py; manage.py export_open_referral) ---


def services_export_open_referral(community: Community) -> dict[str, Any]:
    """The community's entries (not those hidden) as one page of the Open Referral UK API's
    /services answer, in the order they were added. For the command line: no viewer."""
    records = [
        open_referral.record_for_export(
            open_referral.service_values(service), service.open_referral_extra,
            service.open_referral_id or f"{open_referral.OWN_ID_PREFIX}{service.pk}")
        for service in Service.objects.filter(community=community, hidden_at__isnull=True)
        .order_by("pk")
    ]
    return open_referral.page(records)


# --- Counts for evaluators (no text) --------------------------------------------------------


@dataclass(frozen=True)
class ServiceMapCounts:
    """A community's service map in numbers: what evaluators see of it."""

    services: int  # entries shown now (not hidden)
    confirmations: int  # "still right" confirmations since the period began
    questions_asked: int  # since the period began
    questions_answered: int  # of those, the ones with an answer


_COUNTS_SQL = f"""
SELECT c.id,
  (SELECT count(*) FROM {Service._meta.db_table} s
    WHERE s.community_id = c.id AND s.hidden_at IS NULL),
  (SELECT count(*) FROM {ServiceRevision._meta.db_table} r
    JOIN {Service._meta.db_table} s ON s.id = r.service_id
    WHERE s.community_id = c.id AND r.kind = %s AND r.created_at >= %s),
  (SELECT count(*) FROM {Question._meta.db_table} q
    WHERE q.community_id = c.id AND q.created_at >= %s),
  (SELECT count(*) FROM {Question._meta.db_table} q
    WHERE q.community_id = c.id AND q.created_at >= %s
      AND EXISTS (SELECT 1 FROM {Answer._meta.db_table} a WHERE a.question_id = q.id))
FROM unnest(%s::bigint[]) AS c(id)
"""  # the table names come from the models; every value is a parameter


def service_map_counts(community_ids: Sequence[int], *, since: datetime
                       ) -> dict[int, ServiceMapCounts]:
    """Community id -> its counts (confirmations and questions since `since`), in one
    query whatever the number of communities."""
    if not community_ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_COUNTS_SQL, [ServiceRevision.Kind.CONFIRMED.value, since, since, since,
                                     list(community_ids)])
        rows = cursor.fetchall()
    return {row[0]: ServiceMapCounts(*row[1:]) for row in rows}
