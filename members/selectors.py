"""Reads, scoped to the viewer's active memberships."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from cop import model_rows

from . import permissions
from .models import (
    Agency,
    Community,
    Invitation,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
    PersonalDataExport,
    User,
    default_email_frequency,
    hash_token,
    unsubscribe_token_data,
)


def active_memberships(user: User | AnonymousUser) -> list[Membership]:
    """The viewer's active memberships with their communities and member counts."""
    if not user.is_authenticated:
        return []
    return list(
        Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE)
        .select_related("community")
        .annotate(
            member_count=Count(
                "community__memberships",
                filter=Q(community__memberships__status=MembershipStatus.ACTIVE),
            )
        )
        .order_by("community__name")
    )


def active_communities(user: User | AnonymousUser) -> list[Community]:
    """The communities of the viewer's active memberships, by name (without the member
    counts of active_memberships, which read every membership of those communities)."""
    if not user.is_authenticated:
        return []
    with connection.cursor() as cursor:  # SQL written once: search reads it on every page
        cursor.execute(_ACTIVE_COMMUNITIES, [user.pk, MembershipStatus.ACTIVE.value])
        return [model_rows.instance(Community, row) for row in cursor.fetchall()]


_ACTIVE_COMMUNITIES = (
    f"SELECT {model_rows.columns(Community, 'c')} FROM members_community c"
    " WHERE c.id IN (SELECT m.community_id FROM members_membership m"
    "  WHERE m.user_id = %s AND m.status = %s) ORDER BY c.name, c.id")


def active_membership(user: User | AnonymousUser, slug: str) -> Membership | None:
    """The viewer's active membership of the community `slug`, with its community: read on
    nearly every page, so in SQL written once (cop/model_rows.py)."""
    if not user.is_authenticated:
        return None
    with connection.cursor() as cursor:
        cursor.execute(_ACTIVE_MEMBERSHIP, [user.pk, slug, MembershipStatus.ACTIVE.value])
        row = cursor.fetchone()
    if row is None:
        return None
    split = model_rows.width(Membership)
    membership: Membership = model_rows.instance(Membership, row[:split])
    membership.community = model_rows.instance(Community, row[split:])
    membership.user = user  # the signed-in user already loaded: not read again
    return membership


_ACTIVE_MEMBERSHIP = (
    f"SELECT {model_rows.columns(Membership, 'm')}, {model_rows.columns(Community, 'c')}"
    " FROM members_membership m JOIN members_community c ON c.id = m.community_id"
    " WHERE m.user_id = %s AND c.slug = %s AND m.status = %s ORDER BY m.id LIMIT 1")


def community_by_slug(slug: str) -> Community | None:
    """For the command line (no viewer: whoever runs manage.py may see every community)."""
    return Community.objects.filter(slug=slug).first()


def community_members(community: Community) -> list[Membership]:
    """The directory: active members with agency, facilitators first."""
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user", "user__agency")
        .order_by("role", "user__display_name")  # "facilitator" sorts before "member"
    )


def agencies_near(*, community: Community | None = None, user: User | None = None
                  ) -> tuple[list[Agency], list[Agency]]:
    """Every agency, in two lists by name: first those with staff among the active members of
    `community` (or of `user`'s communities) or of another community in the same region, then
    the rest. What a person joining or editing their profile is offered, nearest first."""
    if community is not None:
        communities = Community.objects.filter(pk=community.pk)
    else:
        communities = Community.objects.filter(memberships__user=user,
                                               memberships__status=MembershipStatus.ACTIVE)
    regions = communities.exclude(region="").values("region")
    nearby = Community.objects.filter(Q(pk__in=communities.values("pk")) | Q(region__in=regions))
    staff_nearby = Membership.objects.filter(user__agency=OuterRef("pk"), community__in=nearby,
                                             status=MembershipStatus.ACTIVE)
    agencies = list(Agency.objects.annotate(nearby=Exists(staff_nearby)).order_by("name"))
    return [a for a in agencies if a.nearby], [a for a in agencies if not a.nearby]


def membership_in(user: User | AnonymousUser, community_id: int) -> Membership | None:
    """The person's membership in the community, whatever its status (the rules in
    permissions.py decide what it allows)."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, community_id=community_id).first()


def member_of_community(community: Community, pk: int) -> Membership | None:
    return (
        Membership.objects.filter(community=community, pk=pk, status=MembershipStatus.ACTIVE)
        .select_related("user", "community")
        .first()
    )


def active_member_ids(community: Community) -> list[int]:
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .values_list("user_id", flat=True)
    )


def recent_joiners(community: Community, limit: int = 5) -> list[Membership]:
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user", "user__agency")
        .order_by("-joined_at")[:limit]
    )


def community_counts(community: Community) -> dict[str, int]:
    facilitators = permissions.facilitator_memberships().filter(community=community)
    return Membership.objects.filter(
        community=community, status=MembershipStatus.ACTIVE
    ).aggregate(
        members=Count("id"),
        facilitators=Count("id", filter=Q(pk__in=facilitators.values("pk"))),
    )


def pending_invitations(community: Community) -> list[Invitation]:
    from django.utils import timezone

    return list(
        Invitation.objects.filter(
            community=community,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .select_related("invited_by")
        .order_by("-created_at")
    )


def invitation_by_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.filter(token_hash=hash_token(token))
        .select_related("community", "invited_by")
        .first()
    )


def user_by_email(email: str) -> User | None:
    return User.objects.filter(email__iexact=email.strip()).first()


def _notifications_shown_to(user: User) -> QuerySet[Notification]:
    """The viewer's in-app notifications from communities they are still an active member of:
    someone who has left a community no longer sees what happens in it."""
    return Notification.objects.filter(
        user=user,
        in_app=True,
        community__in=Membership.objects.filter(
            user=user, status=MembershipStatus.ACTIVE
        ).values("community"),
    )


def notifications_for(user: User) -> QuerySet[Notification]:
    """The viewer's notifications, newest first, with their communities (a queryset to page)."""
    return _notifications_shown_to(user).select_related("community").order_by("-created_at", "-pk")


def notification_for(user: User, pk: int) -> Notification | None:
    return _notifications_shown_to(user).filter(pk=pk).first()


# The navigation's badge, on every page: the rule of _notifications_shown_to in one plain
# statement (served by the notification_user_read index), without building a queryset.
_UNREAD_COUNT_SQL = f"""
SELECT count(*) FROM {Notification._meta.db_table} n
WHERE n.user_id = %s AND n.in_app AND n.read_at IS NULL
  AND EXISTS (SELECT 1 FROM {Membership._meta.db_table} m
              WHERE m.user_id = n.user_id AND m.community_id = n.community_id
                AND m.status = %s)
"""


def unread_notification_count(user: User | AnonymousUser) -> int:
    if not user.is_authenticated:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(_UNREAD_COUNT_SQL, [user.pk, MembershipStatus.ACTIVE.value])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def notification_settings_for(user: User) -> dict[str, tuple[bool, str]]:
    """{kind: (in_app, email frequency)} for every kind; a kind without a saved row is shown
    in the app and emailed as its default says."""
    saved = {
        kind: (in_app, frequency)
        for kind, in_app, frequency in NotificationSetting.objects.filter(user=user)
        .values_list("kind", "in_app", "email_frequency")
    }
    return {kind: saved.get(kind, (True, default_email_frequency(kind)))
            for kind in NotificationKind.values}


def email_frequency_of(user: User, kind: str) -> str:
    """How `user` now wants to hear about `kind` by email (one query)."""
    saved = (NotificationSetting.objects.filter(user=user, kind=kind)
             .values_list("email_frequency", flat=True).first())
    return saved or default_email_frequency(kind)


def unsubscribe_target(token: str) -> tuple[User, str] | None:
    """The person and kind of notification email an unsubscribe link stands for, if genuine."""
    data = unsubscribe_token_data(token)
    if data is None:
        return None
    user = User.objects.filter(pk=data[0]).first()
    return None if user is None else (user, data[1])


def personal_exports_for(user: User, limit: int = 10) -> list[PersonalDataExport]:
    """The person's latest "Download my data" requests, newest first."""
    return list(PersonalDataExport.objects.filter(user=user)[:limit])


def account_close_blockers(user: User) -> list[Community]:
    """The communities of which `user` is the only active facilitator: they must hand over
    before closing their account, or the community would have no one to run it."""
    facilitators = permissions.facilitator_memberships()
    alone = (facilitators.filter(community_id__in=facilitators.filter(user=user)
                                 .values("community_id"))
             .values("community_id").annotate(n=Count("pk")).filter(n=1)
             .values("community_id"))
    return list(Community.objects.filter(pk__in=alone).order_by("name"))


def known_terms() -> list[str]:
    """Names the product knows are no one's, for the identifier gate: its agencies and
    communities (two queries)."""
    return [*Agency.objects.values_list("name", flat=True),
            *Community.objects.values_list("name", flat=True)]
