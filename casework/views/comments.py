"""Comments: posted and edited without a page reload through htmx, and with plain forms
when JavaScript is off. Every post and edit goes through the identifier gate."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render

from cop import gate_forms
from members.permissions import get_membership_for, is_facilitator, require_facilitator

from .. import marked_text, permissions, services
from ..forms import CommentForm, ReasonForm

BODY_LABEL = {"body": "Your comment"}


def _is_htmx(request) -> bool:
    return bool(request.headers.get("HX-Request"))


def _comment_url(case, comment) -> str:
    return f"{case.get_absolute_url()}#comment-{comment.pk}"


@login_required
def comment_create(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    if request.method != "POST":
        return redirect(case)
    form = CommentForm(request.POST)
    parent = None
    if form.is_valid() and form.cleaned_data["parent"]:
        parent = permissions.get_comment_for(case, form.cleaned_data["parent"])
    gated = gate_forms.submit(
        form, texts=BODY_LABEL, labels=BODY_LABEL, allowed_names=[case.pseudonym],
        save=lambda reasons: services.comment_create(
            actor=request.user, case=case, body=form.cleaned_data["body"], parent=parent,
            reasons=reasons))
    error = form.non_field_errors()[0] if form.non_field_errors() else None
    if gated.is_saved:
        comment = gated.saved
        if _is_htmx(request):
            case.refresh_from_db(fields=["comment_count"])
            return render(request, "casework/comment_posted.html", {
                "case": case, "community": membership.community, "comment": comment,
                "body_html": marked_text.comment_body(
                    comment, marked_text.marker_now(membership.community)),
                "membership": membership,
                "can_moderate": is_facilitator(membership, case.community_id),
                "can_discuss": True, "parent_id": form.cleaned_data["parent"],
                "comment_form": CommentForm(),
            })
        messages.success(request, "Your comment is posted.")
        return redirect(_comment_url(case, comment))
    context = {"case": case, "community": membership.community, "membership": membership,
               "comment_form": form, "error": error, **gated.context(),
               "parent_id": request.POST.get("parent") or ""}
    template = "casework/comment_refused.html" if _is_htmx(request) else \
        "casework/comment_form_page.html"
    return render(request, template, context)


@login_required
def comment_edit(request, slug, pk, comment_pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    comment = permissions.get_comment_for(case, comment_pk)
    permissions.require_author(request.user, comment)
    if comment.is_removed:
        raise PermissionDenied("A removed comment cannot be edited.")
    form = CommentForm(request.POST or None, initial={"body": comment.body})
    gated = gate_forms.submit(
        form, texts=BODY_LABEL, labels=BODY_LABEL, allowed_names=[case.pseudonym],
        save=lambda reasons: services.comment_update(
            actor=request.user, comment=comment, body=form.cleaned_data["body"],
            reasons=reasons))
    error = form.non_field_errors()[0] if form.is_bound and form.non_field_errors() else None
    if gated.is_saved:
        if _is_htmx(request):
            return render(request, "casework/comment_edited.html", {
                "case": case, "community": membership.community, "comment": comment,
                "body_html": marked_text.comment_body(
                    comment, marked_text.marker_now(membership.community)),
                "membership": membership,
                "can_moderate": is_facilitator(membership, case.community_id),
                "can_discuss": permissions.can_discuss(case),
            })
        messages.success(request, "Your comment is updated.")
        return redirect(_comment_url(case, comment))
    context = {"case": case, "community": membership.community, "membership": membership,
               "comment": comment, "edit_form": form, "error": error, **gated.context()}
    if not _is_htmx(request):
        template = "casework/comment_edit_page.html"
    elif request.method == "POST":
        template = "casework/comment_edit_refused.html"
    else:
        template = "casework/case_detail.html#comment_edit_form"
    return render(request, template, context)


@login_required
def comment_remove(request, slug, pk, comment_pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    comment = permissions.get_comment_for(case, comment_pk)
    require_facilitator(membership, case.community_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.comment_remove(actor=request.user, membership=membership, comment=comment,
                                reason=form.cleaned_data["reason"])
        messages.success(request, "The comment is removed. The thread shows that it was.")
        return redirect(_comment_url(case, comment))
    return render(request, "casework/comment_remove.html", {
        "case": case, "community": membership.community, "membership": membership,
        "comment": comment, "form": form,
    })
