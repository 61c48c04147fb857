"""Reads, scoped to the viewer's active memberships."""

from django.db.models import Count, Q

from .models import Invitation, Membership, MembershipStatus, Role, User, hash_token


def active_memberships(user) -> list[Membership]:
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


def active_membership(user, slug: str) -> Membership | None:
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(user=user, community__slug=slug, status=MembershipStatus.ACTIVE)
        .select_related("community", "user")
        .first()
    )


def community_members(community) -> list[Membership]:
    """The directory: active members with agency, facilitators first."""
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user", "user__agency")
        .order_by("role", "user__display_name")  # "facilitator" sorts before "member"
    )


def member_of_community(community, pk: int) -> Membership | None:
    return (
        Membership.objects.filter(community=community, pk=pk, status=MembershipStatus.ACTIVE)
        .select_related("user", "community")
        .first()
    )


def recent_joiners(community, limit: int = 5) -> list[Membership]:
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user", "user__agency")
        .order_by("-joined_at")[:limit]
    )


def community_counts(community) -> dict:
    return Membership.objects.filter(
        community=community, status=MembershipStatus.ACTIVE
    ).aggregate(
        members=Count("id"),
        facilitators=Count("id", filter=Q(role=Role.FACILITATOR)),
    )


def pending_invitations(community) -> list[Invitation]:
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
