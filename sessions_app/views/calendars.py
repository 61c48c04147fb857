# placeholder: replaced by its owner
from django.http import Http404


def community_calendar(request, *args, **kwargs):
    raise Http404


def session_ics(request, *args, **kwargs):
    raise Http404


def my_calendar(request, *args, **kwargs):
    raise Http404


def calendar_feed(request, *args, **kwargs):
    raise Http404
