import calendar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import home_pieces, permissions, security, selectors, services
from .forms import (
    AcceptInvitationForm,
    InviteForm,
    NotificationSettingsForm,
    ProfileForm,
    RoleForm,
)
from .models import NotificationKind
from .page_parts import Slot, shown


@login_required
def my_communities(request):
    return render(request, "members/my_communities.html", {
        "memberships": selectors.active_memberships(request.user),
        "parts": shown(Slot.MY_COMMUNITIES, request.user),
    })


@login_required
def community_home(request, slug):
    membership = permissions.get_membership_for(request.user, slug)
    pieces = home_pieces.home_pieces(membership)  # latest cases, upcoming sessions...
    return render(request, "members/community_home.html", {
        "membership": membership,
        "community": membership.community,
        "counts": pieces.counts,
        "newest_members": pieces.newest_members,
        "parts": pieces.parts,
    })


@login_required
def member_directory(request, slug):
    membership = permissions.get_membership_for(request.user, slug)
    facilitates = permissions.is_facilitator(membership, membership.community_id)
    return render(request, "members/directory.html", {
        "membership": membership,
        "community": membership.community,
        "members": selectors.community_members(membership.community),
        "show_emails": facilitates,  # members' email addresses: facilitators only
        "can_manage": facilitates,
        "role_form": RoleForm(),
    })


@login_required
def invite(request, slug):
    membership = permissions.get_membership_for(request.user, slug)
    permissions.require_facilitator(membership, membership.community_id)
    community = membership.community
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = services.invitations_create(
            actor=request.user, community=community,
            emails=form.cleaned_data["emails"], role=form.cleaned_data["role"],
        )
        if outcome.invited:
            messages.success(request, "Invitation sent to " +
                             ", ".join(i.email for i in outcome.invited) + ".")
        if outcome.already_members:
            messages.info(request, "Already members, so not invited: " +
                          ", ".join(outcome.already_members) + ".")
        return redirect("members:invite", slug=slug)
    return render(request, "members/invite.html", {
        "membership": membership,
        "community": community,
        "form": form,
        "pending": selectors.pending_invitations(community),
    })


@login_required
@require_POST
def member_role(request, slug, pk):
    membership = permissions.get_membership_for(request.user, slug)
    permissions.require_facilitator(membership, membership.community_id)
    member = permissions.get_member_for(membership, pk)
    security.require_reauthentication(request)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a role from the list.")
    else:
        try:
            services.membership_change_role(
                actor=request.user, membership=member, role=form.cleaned_data["role"])
            role_name = member.get_role_display().lower()
            messages.success(request, f"{member.user} is now a {role_name}.")
        except services.MembershipError as exc:
            messages.error(request, str(exc))
    return redirect("members:directory", slug=slug)


@login_required
def member_remove(request, slug, pk):
    membership = permissions.get_membership_for(request.user, slug)
    permissions.require_facilitator(membership, membership.community_id)
    member = permissions.get_member_for(membership, pk)
    if request.method == "POST":
        security.require_reauthentication(request)
        try:
            services.membership_remove(actor=request.user, membership=member)
            messages.success(request, f"{member.user} has been removed from {member.community}.")
        except services.MembershipError as exc:
            messages.error(request, str(exc))
        if member.user_id == request.user.id and not member.is_active:
            return redirect("members:my_communities")
        return redirect("members:directory", slug=slug)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(request, "members/member_remove.html", {
        "membership": membership, "community": membership.community, "member": member,
    })


def invitation_accept(request, token):
    invitation = selectors.invitation_by_token(token)
    if invitation is None:
        return render(request, "members/invitation_problem.html", {
            "problem": "This invitation link is not valid. Check that you copied the whole "
                       "link from the email, or ask the facilitator to invite you again.",
        }, status=404)
    if not invitation.is_open:
        problem = ("This invitation has already been used." if invitation.accepted_at else
                   "This invitation has expired or been replaced. "
                   "Please ask the facilitator for a new one.")
        accepted_by_viewer = invitation.accepted_by_id == getattr(request.user, "id", None)
        if invitation.accepted_at and accepted_by_viewer:
            return redirect(invitation.community)
        return render(request, "members/invitation_problem.html", {"problem": problem}, status=410)

    context = {"invitation": invitation, "community": invitation.community}
    user = request.user
    if user.is_authenticated:
        if user.email.lower() != invitation.email.lower():
            context["problem"] = (
                f"You are signed in as {user.email}, but this invitation was sent to "
                f"{invitation.email}. Sign out, then open the link again."
            )
            return render(request, "members/invitation_problem.html", context, status=403)
        if request.method == "POST":
            return _joined(request, services.invitation_accept_existing_user(
                invitation_id=invitation.pk, user=user))
        return render(request, "members/invitation_join.html", context)

    if selectors.user_by_email(invitation.email) is not None:
        return render(request, "members/invitation_sign_in.html", context)

    near, rest = selectors.agencies_near(community=invitation.community)
    form = AcceptInvitationForm(request.POST or None, email=invitation.email,
                                community=invitation.community, near=near, rest=rest)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = services.invitation_accept_new_user(
                invitation_id=invitation.pk, display_name=data["display_name"],
                password=data["password1"], job_title=data["job_title"], agency=data["agency"],
                new_agency=_new_agency(data),
            )
        except services.InvitationError as exc:
            return render(request, "members/invitation_problem.html",
                          {"problem": str(exc)}, status=410)
        login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
        return _joined(request, membership)
    context["form"] = form
    return render(request, "members/invitation_accept.html", context)


def _joined(request, membership):
    messages.success(request, f"Welcome to {membership.community.name}.")
    return redirect(membership.community)


def _new_agency(data) -> services.NewAgency | None:
    return services.NewAgency(**data["new_agency"]) if data["new_agency"] else None


@login_required
def profile(request):
    user = request.user
    near, rest = selectors.agencies_near(user=user)
    form = ProfileForm(request.POST or None, near=near, rest=rest, initial={
        "display_name": user.display_name, "job_title": user.job_title,
        "agency": str(user.agency_id or "")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.profile_update(actor=user, display_name=data["display_name"],
                                job_title=data["job_title"], agency=data["agency"],
                                new_agency=_new_agency(data))
        messages.success(request, "Your profile has been saved.")
        return redirect("members:profile")
    return render(request, "members/profile.html", {
        "form": form, "parts": shown(Slot.PROFILE, user)})


@login_required
@require_POST
def usersession_end(request, pk):
    """Sign out one of one's own signed-in sessions (listed at allauth's usersessions_list)."""
    if security.usersession_end(actor=request.user, request=request, session_pk=pk):
        return redirect("account_login")
    messages.success(request, "That session has been signed out.")
    return redirect("usersessions_list")


NOTIFICATIONS_PER_PAGE = 30


@login_required
def notification_list(request):
    page = Paginator(selectors.notifications_for(request.user), NOTIFICATIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    # Counted afresh here, not from the cache (members/unread.py): this page says how many.
    unread_now = selectors.unread_notification_count(request.user)
    return render(request, "members/notifications.html",
                  {"page": page, "nav_unread_count": unread_now})


@login_required
@require_POST
def notifications_mark_all_read(request):
    if services.notifications_mark_read(actor=request.user):
        messages.success(request, "All your notifications are marked as read.")
    return redirect("members:notifications")


@login_required
def notification_open(request, pk):
    """Following a notification marks it read and takes the person to what it is about."""
    notification = permissions.get_notification_for(request.user, pk)
    services.notifications_mark_read(actor=request.user, notification_ids=[notification.pk])
    url = notification.url
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return redirect(url)
    return redirect("members:notifications")  # never leave the site, whatever was stored


@login_required
def notification_settings(request):
    form = NotificationSettingsForm(
        request.POST if request.method == "POST" else None,
        current=selectors.notification_settings_for(request.user),
    )
    if request.method == "POST" and form.is_valid():
        services.notification_settings_update(actor=request.user, values=form.values())
        messages.success(request, "Your notification settings have been saved.")
        return redirect("members:notification_settings")
    return render(request, "members/notification_settings.html", {
        "form": form,
        "digest_time": settings.NOTIFICATION_DIGEST_TIME,
        "digest_weekday": calendar.day_name[settings.NOTIFICATION_DIGEST_WEEKDAY],
    })


# The signed token is the proof, and mail programs' one-click unsubscribe (RFC 8058) posts
# from outside the site without a CSRF token: nothing here acts for a signed-in session.
@csrf_exempt
def notification_unsubscribe(request, token):
    """Works without signing in. GET asks; POST turns off that kind of email."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    target = selectors.unsubscribe_target(token)
    if target is not None and request.method == "POST":
        try:
            target = services.notification_unsubscribe(token=token)
        except services.UnsubscribeError:
            target = None
    if target is None:
        return render(request, "members/unsubscribe.html", {
            "problem": "This unsubscribe link is not valid. Check that you copied the whole "
                       "link from the email, or sign in and change your notification settings.",
        }, status=400)
    _user, kind = target
    return render(request, "members/unsubscribe.html", {
        "kind_label": NotificationKind(kind).label,
        "done": request.method == "POST",
    })

