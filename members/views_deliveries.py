"""The deliveries page (/audit/deliveries/), for site admins: how each outbox channel stands
(waiting, being delivered, done, not needed, failed), the failed rows with their last
error, and "Send again". It names no person: rows are shown by number and kind."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from cop.outbox import channels
from cop.outbox.models import DeliveryStatus
from cop.outbox.selectors import channel_states

from . import permissions, services


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def deliveries(request):
    permissions.require_site_admin(request.user, "Only site admins can see deliveries.")
    if request.method == "POST":
        channel = request.POST.get("channel", "")
        if channel in {c.name for c in channels.registered()}:
            pk = request.POST.get("row", "")
            count = services.deliveries_resend(actor=request.user, channel=channel,
                                               pk=int(pk) if pk.isdigit() else None)
            messages.success(request, f"{count} will be tried again within a minute."
                             if count else "Nothing to send again: it is no longer failed.")
        return redirect("members:deliveries")
    return render(request, "members/deliveries.html", {
        "states": channel_states(), "statuses": DeliveryStatus.choices,
    })
