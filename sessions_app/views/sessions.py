# placeholder: replaced by its owner
from django.http import Http404


def session_create(request, *args, **kwargs):
    raise Http404


def session_detail(request, *args, **kwargs):
    raise Http404


def session_edit(request, *args, **kwargs):
    raise Http404


def session_cancel(request, *args, **kwargs):
    raise Http404


def session_rsvp(request, *args, **kwargs):
    raise Http404


def agenda_add(request, *args, **kwargs):
    raise Http404


def agenda_edit(request, *args, **kwargs):
    raise Http404


def agenda_delete(request, *args, **kwargs):
    raise Http404


def session_record(request, *args, **kwargs):
    raise Http404


def action_add(request, *args, **kwargs):
    raise Http404


def action_done(request, *args, **kwargs):
    raise Http404


def follow_up_request(request, *args, **kwargs):
    raise Http404


def follow_up_list(request, *args, **kwargs):
    raise Http404


def follow_up_handled(request, *args, **kwargs):
    raise Http404
