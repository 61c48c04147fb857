"""Change history for the audit trail: django-pghistory records every write of a tracked
model in PostgreSQL triggers (bulk writes included), and a trigger on each history table
copies the event into the audit trail (members.AuditEvent), so that one append-only,
indexed table holds every entry the audit pages show.

Models use `history(...)` below instead of `pghistory.track` directly. Free text (case
text, comment bodies, flagged identifiers, reasons) and token hashes are left out of the
snapshots: the product keeps case text history in CaseRevision, where retention can redact
it; an append-only copy could never be redacted or erased.

This module imports no models, so that models.py files can use it."""

import pghistory
import pgtrigger

# The user, path, IP address and user agent come from pghistory's context, which the
# audit middleware (members.audit_middleware.HistoryMiddleware) sets for each request;
# writes made outside a request (Celery, commands) have no actor.
_MIRROR_SQL = """
    meta := NULLIF(current_setting('pghistory.context_metadata', true), '')::jsonb;
    INSERT INTO members_auditevent
        (created_at, action, actor_id, target_type, target_id, community_id,
         ip, user_agent, path, detail)
    VALUES (
        NEW.pgh_created_at,
        NEW.pgh_label,
        CASE WHEN meta->>'user' ~ '^[0-9]{1,18}$' THEN (meta->>'user')::bigint END,
        '%(target_type)s',
        NEW.pgh_obj_id,
        %(community)s,
        CASE WHEN meta->>'ip' ~ '^[0-9A-Fa-f:.]{2,45}$' THEN (meta->>'ip')::inet END,
        left(coalesce(meta->>'user_agent', ''), 200),
        left(coalesce(meta->>'url', ''), 300),
        %(detail)s
    );
    RETURN NULL;
"""


def mirror_trigger(*, target_type: str, community: str, detail: str) -> pgtrigger.Trigger:
    """An AFTER INSERT trigger on a history table that appends the event to the audit trail.
    `community` and `detail` are SQL expressions over NEW (the history row)."""
    return pgtrigger.Trigger(
        name="audit_mirror",
        when=pgtrigger.After,
        operation=pgtrigger.Insert,
        declare=[("meta", "jsonb")],
        func=_MIRROR_SQL % {"target_type": target_type, "community": community,
                            "detail": detail},
    )


def history(*trackers, target_type: str, community: str, detail: str = "'{}'::jsonb",
            exclude=()):
    """`pghistory.track` with an append-only history table mirrored into the audit trail."""
    return pghistory.track(
        *trackers,
        exclude=list(exclude),
        append_only=True,
        meta={"triggers": [mirror_trigger(target_type=target_type, community=community,
                                          detail=detail)]},
    )


def inserted(action: str) -> pghistory.InsertEvent:
    return pghistory.InsertEvent(action, trigger_name=_trigger_name(action))


def deleted(action: str) -> pghistory.DeleteEvent:
    return pghistory.DeleteEvent(action, trigger_name=_trigger_name(action))


def changed(action: str, *fields: str, condition=None) -> pghistory.UpdateEvent:
    """An event when any of `fields` changes (or when the SQL `condition` holds)."""
    condition = pgtrigger.Condition(condition) if condition else pghistory.AnyChange(*fields)
    return pghistory.UpdateEvent(action, condition=condition,
                                 trigger_name=_trigger_name(action))


def _trigger_name(action: str) -> str:
    return action.replace(".", "_")
